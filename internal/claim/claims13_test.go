package claim_test

import (
	"strings"
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// TestStateBodiesWithoutState: a state body or state source named
// without its state ("police said", "the Home Ministry said", "a military
// officer told") in a story no state's mentions dominate and no towns
// place speaks for the state of the dateline's city, or of the town its
// own name holds; a body of no state, a bureau dateline abroad and a
// body placed by what follows keep no side.
func TestStateBodiesWithoutState(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"police after a dateline", "LAHORE, May 3 (Reuters) - Four people died when a bus was set on fire on Saturday, police said.", "said", "police", "PAK", "assert", "-"},
		{"capitalised ministry after a dateline", "NAIROBI, May 3 (AFP) - The Interior Ministry said on Saturday that 30 suspects had been detained after the riots.", "said", "-", "KEN", "assert", "-"},
		{"force named after its city", "Violence flared again on Saturday. A spokesman for the Lahore City Police told reporters that 12 officers had been hurt.", "told", "-", "-", "assert", "-"},
		{"unnamed military officer", "MANDALAY, May 3 (Reuters) - A military officer told Reuters the convoy had been ambushed on Friday.", "told", "military officer", "MMR", "assert", "-"},
		{"bureau dateline abroad", "NAIROBI, May 3 (Reuters) - Somalia said on Saturday it would expel the envoy. Somalia accused the envoy of meddling. Officials insisted the decision was final.", "insisted", "Officials", "SOM", "assert", "-"},
		{"a party's ministry takes no dateline state: its owner's", "JERUSALEM, May 3 (Reuters) - The Hamas-run Interior Ministry said six police officers were killed.", "said", "-", "HAMAS", "assert", "-"},
		{"country-named agency", "The Kenya Wildlife Service said on Monday that three rangers had been wounded by poachers.", "said", "-", "KEN", "assert", "-"},
		{"country-named federation is no agency", "The Kenya Rugby Federation said on Monday that the match would be replayed.", "said", "-", "", "assert", "-"},
	})
}

// TestOwnStaffSpeaks: "his office said", "her spokeswoman said" speak for
// the person the pronoun names in the sentence (or the one before), with
// that person's side; a lawyer does not.
func TestOwnStaffSpeaks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"his office", "President Emmanuel Macron will travel to Beirut on Friday, his office said.", "said", "his office", "FRA", "assert", "Emmanuel Macron"},
		{"her spokeswoman, sentence before", "Prime Minister Giorgia Meloni met the envoy on Monday. Her spokeswoman told reporters the talks had gone well.", "told", "Her spokeswoman", "ITA", "assert", "Giorgia Meloni"},
		{"his lawyer is no staff", "Opposition figure Daniel Okafor was detained on Monday, his lawyer said.", "said", "-", "", "assert", "-"},
	})
}

// TestRankPhrasesBeforeNames: ranks of two or three words ("Field
// Marshal", "Air Chief Marshal", "Rear Admiral") before a name are no part
// of it, so the name resolves to the office holder the base knows.
func TestRankPhrasesBeforeNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"field marshal", "Army chief Field Marshal Asim Munir warned on Sunday that any attack would be answered.", "warned", "Asim Munir", "PAK", "assert", "Asim Munir"},
		{"rank and office after a body", "Ukraine's commander-in-chief, Colonel General Oleksandr Syrskyi, said the front was holding.", "said", "-", "UKR", "assert", "Oleksandr Syrskyi"},
	})
}

// TestCoordinatedAbsoluteClauses: "with X saying C and Y accusing Z of D":
// the second participle's subject speaks its own claim, and C ends before
// "and".
func TestCoordinatedAbsoluteClauses(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"accusing after saying", "Shelling resumed overnight, with Serbia saying two of its police officers were hurt and Kosovo accusing Belgrade of arming the gunmen.", "accusing", "Kosovo", "-", "assert", "-"},
		{"insisting after claiming", "The truce collapsed on Sunday, with Eritrea claiming its posts had been shelled and Ethiopia insisting that its troops had not moved.", "insisting", "Ethiopia", "ETH", "assert", "-"},
		{"the first clause keeps its speaker", "The truce collapsed on Sunday, with Eritrea claiming its posts had been shelled and Ethiopia insisting that its troops had not moved.", "claiming", "Eritrea", "ERI", "assert", "-"},
	})
}

// TestOfficeHeldByAnother: the claim stage gives an unknown "Prime
// Minister NAME" no story state when the story already named another
// holder of that office for it (officeTakenInStory); a different office
// of the same state ("Interior Minister") still takes it. The actor
// stage applies the same guard (officeNamedForOther), so through the
// whole pipeline the second prime minister stays sideless.
func TestOfficeHeldByAnother(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a second prime minister", "BELGRADE, May 3 (Reuters) - Serbia said it had closed two crossings. Serbia's Prime Minister Dragan Vukic said the border was calm. Later, Prime Minister Milos Radic warned that smugglers were active.", "warned", "Milos Radic", "", "assert", "-"},
		{"another office of the same state", "BELGRADE, May 3 (Reuters) - Serbia said it had closed two crossings. Serbia's Prime Minister Dragan Vukic said the border was calm. Later, Interior Minister Milos Radic warned that smugglers were active.", "warned", "Milos Radic", "SRB", "assert", "-"},
	})
}

// TestConfideTheorize: "confided that", "theorized that" report a claim;
// "confided in a friend" reports none.
func TestConfideTheorize(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"confided that", "A senior aide to the governor confided that the budget talks had collapsed overnight.", "confided", "-", "-", "assert", "-"},
		{"theorized that", "Analyst Mara Lindqvist theorized that the drone strike was meant as a warning to the militia.", "theorized", "Mara Lindqvist", "", "assert", "-"},
		{"inverted after a quotation", "“We have not eaten since Tuesday,” confided Halima, a mother of four in the camp.", "confided", "Halima", "", "assert", "-"},
		{"British spelling", "Retired colonel Piet Verhoeven theorised that the convoy had been betrayed by an informer.", "theorised", "Piet Verhoeven", "-", "assert", "-"},
	})
}

// TestCountryAgencyStaff: a body whose name begins with its state's
// ("the Ghana Health Service") speaks for that state, and so do the
// people its name or its acronym titles ("GHS lead Dr. NAME", later
// "NAME said"); a federation named after a country does not.
func TestCountryAgencyStaff(t *testing.T) {
	text := "The Ghana Health Service, or GHS, said it had recorded 52 cases of cholera this month. " +
		"At a briefing, GHS lead Dr. Kwesi Amoah said that teams had been sent to the affected districts. " +
		"Amoah warned that the rains would spread the disease."
	runSpeakerCases(t, []speakerCase{
		{"the agency", text, "said", "-", "GHA", "assert", "-"},
		{"its lead, named later", text, "warned", "Amoah", "GHA", "assert", "-"},
		{"federation", "The Ghana Football Federation, or GFA, said the league would resume in May. GFA boss Kojo Mensah said that clubs had agreed.", "said", "-", "", "assert", "-"},
	})
}

// TestGovernmentMembersTakeLeadingState: "Government ministers say" in
// a story that names one state most, though not three times as often as
// the rest, speaks for it; "officials say" there stays sideless.
func TestGovernmentMembersTakeLeadingState(t *testing.T) {
	text := "Portugal has reopened its museums after a long lockdown. Visitors from Spain returned to Portugal on Monday. " +
		"Government ministers say they expect hotels to reopen in June. Officials say the border checks will stay."
	runSpeakerCases(t, []speakerCase{
		{"government ministers", text, "say", "Government ministers", "PRT", "assert", "-"},
	})
	runSpeakerCases(t, []speakerCase{
		{"officials", strings.Replace(text, "Government ministers say", "Tourism is slow, ministers conceded", 1), "say", "Officials", "", "assert", "-"},
	})
}

// probes6Known are the expectations of the sixth battery (probes6.txt)
// parallax does not meet yet, each with the reason.
var probes6Known = map[string]string{}

// TestStateBodyProbes runs the whole pipeline on the sixth battery:
// short wire stories with state bodies named without their state, staff
// of agencies and offices, ranks of several words and coordinated
// absolute clauses.
func TestStateBodyProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes6.txt"))
	testutil.CheckKnownFailures(t, failed, probes6Known, "probes6Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes6Known))
}

// TestWelcomeStance: "NAME welcomed the agreement" is a stance on what
// another did, as a condemnation is; a reception of people or a delivery
// ("welcomed visiting soldiers", "welcomed the first vaccine doses") is
// none.
func TestWelcomeStance(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"welcomed the truce", "Foreign Minister Ana Duarte welcomed the truce between the two factions as a first step towards talks.", "welcomed", "Ana Duarte", "-", "assert", "-"},
		{"welcomes the decision", "The rights group Civic Watch welcomes the court's decision to release the detained reporters.", "welcomes", "-", "", "assert", "-"},
	})
	p := sharedPipeline(t)
	for _, text := range []string{
		"The garrison welcomed visiting soldiers from the allied brigade on Monday morning.",
		"The mayor personally welcomed the first vaccine doses at the airport.",
	} {
		doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
		for _, c := range doc.Claims {
			t.Errorf("%q: claim %q by %q, want none", text, c.Cue.Text, c.Speaker.Text)
		}
	}
}

// TestCourtOrders: a court's or a judge's order is a ruling the court
// asserts; an army's or a government's order is an act.
func TestCourtOrders(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"high court", "Zambia's High Court on Monday ordered the police to release the detained journalists.", "ordered", "-", "ZMB", "assert", "-"},
		{"judge", "A judge in Mombasa ordered the port authority to pay the dismissed workers.", "ordered", "-", "-", "assert", "-"},
	})
	p := sharedPipeline(t)
	for _, text := range []string{
		"The army ordered residents of three villages to leave their homes by Friday.",
		"The governor ordered a curfew in the northern districts after the riots.",
	} {
		doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
		for _, c := range doc.Claims {
			t.Errorf("%q: claim %q by %q, want none", text, c.Cue.Text, c.Speaker.Text)
		}
	}
}

// TestAbsoluteDemandAndCapitals: "with CAPITAL demanding NP and the BODY
// insisting that C": a demand names what is demanded, the second clause's
// subject may carry an article, and a capital before a reporting
// participle after "with" (or "and" after it) speaks for its government.
func TestAbsoluteDemandAndCapitals(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"demanding an object", "The ceasefire talks broke down on Friday, with Kyiv demanding the release of 400 detained sailors and the Kremlin insisting that the exchange was complete.", "demanding", "Kyiv", "UKR", "assert", "-"},
		{"second clause with an article", "The ceasefire talks broke down on Friday, with Kyiv demanding the release of 400 detained sailors and the Kremlin insisting that the exchange was complete.", "insisting", "Kremlin", "RUS", "assert", "-"},
		{"second capital after and", "Border talks ended without a deal, with Yerevan saying the map was outdated and Baku insisting that the villages were its own.", "insisting", "Baku", "AZE", "assert", "-"},
		{"first capital after with", "Border talks ended without a deal, with Yerevan saying the map was outdated and Baku insisting that the villages were its own.", "saying", "Yerevan", "ARM", "assert", "-"},
	})
}

// TestPraiseAndGrievance: "praised X" is a stance on what another did, as
// "welcomed X" is; "expressed frustration over X", "voiced concern at X"
// name what the grievance is about; a bare "expressed concern." names no
// content.
func TestPraiseAndGrievance(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"praised", "Opposition leader Tamar Ivashvili praised the mediators for reopening the crossing.", "praised", "Tamar Ivashvili", "-", "assert", "-"},
		{"frustration over", "Farmers in the valley expressed frustration over the repeated closures of the grain corridor.", "expressed frustration", "-", "-", "assert", "-"},
		{"concern at", "The Kenyan government voiced concern at the shelling of the border post near Mandera.", "voiced concern", "-", "KEN", "assert", "-"},
	})
}

// TestBareConcernIsNoClaim: "expressed concern." with nothing after it
// reports no content.
func TestBareConcernIsNoClaim(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	doc := p.Analyze(parallax.Article{Body: "Several aid groups expressed concern. The convoy left at dawn.", Published: "2025-05-04"})
	for _, c := range doc.Claims {
		if strings.Contains(c.Cue.Text, "concern") {
			t.Errorf("claim %q by %q", c.Cue.Text, c.Speaker.Text)
		}
	}
}

// TestContrastedQuantifierSpeakers: "Some X did A, but many said B": the
// bare quantifier after "but"/"while" speaks B.
func TestContrastedQuantifierSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"but many", "Some shopkeepers in the old market praised the new curfew, but many said it would ruin the harvest fair.", "said", "many", "", "assert", "-"},
		{"while most", "A few deputies backed the ceasefire bill, while most argued that it rewarded the militia.", "argued", "most", "", "assert", "-"},
	})
}

// TestInTheWordsOf: "in the words of X" names a source as "according to
// X" does; a person in an apposition after the source's title ("the
// district prosecutor, NAME,") is the source.
func TestInTheWordsOf(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"in the words of a title and name", "The convoy, in the words of the regional governor, Osman Farah, \"was stopped by men in uniform.\"", "in the words of", "Osman Farah", "-", "assert", "-"},
		{"opening the sentence", "In the words of one nurse at the clinic, the ward has become a shelter for whole families.", "In the words of", "-", "-", "assert", "-"},
		{"according to a title and name", "According to the camp manager, Liesl Brandt, 600 families arrived overnight.", "According to", "Liesl Brandt", "-", "assert", "-"},
	})
}

// TestSourceAppositionIsNoVictim: "according to police, NAME, 34, was
// shot": the person after a plural or undetermined source is what the
// source tells about, not the source.
func TestSourceAppositionIsNoVictim(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"police and a victim", "According to police, Daniel Mwangi, 34, was shot twice near the market.", "According to", "police", "-", "assert", "-"},
	})
}
