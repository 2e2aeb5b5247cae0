package claim_test

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes12Known are the expectations of the twelfth battery (probes12.txt)
// parallax does not meet yet, each with the reason; the test fails when
// one of them starts to pass, so the list stays honest.
var probes12Known = map[string]string{
	// first run as written: 70 of 94 expectations right and 4 extra
	// claims; after two corrections (commented in the file) 72 of 94 and 3
	// extra, listed here
	"et-addisstandard-tplf: > dismissed | Government Communication Service": "an unnamed state body ('Government Communication Service') in a story whose places are Tigray and Pretoria (the peace deal): no state is the story's",
	"mm-irrawaddy-anonymous: > denied | information team":                   "'The regime's information team': the junta is not resolved to the state (as probes3)",
	"mm-irrawaddy-anonymous: > said | information team":                     "'denied that C and said D': the second act is not found",
	"mm-irrawaddy-anonymous: > urged | National Unity Government":           "'called the strike X and urged': the coordinated second cue is not found",
	"ua-kyivindependent-telegram: > According to | Air Force":               "actor stage: 'the Air Force' in a Ukrainian story gets no side",
	"ua-kyivindependent-telegram: > said | Air Force":                       "actor stage: 'The Air Force' resolves to the Russian Air Force in a Ukrainian story",
}

// TestAttributionFormsProbes runs the whole pipeline on the twelfth
// battery: how wire and national outlets attribute (participle cues with
// an act of their own, "according to" a document or a body, anonymous
// sources, posts, spokespeople, quotations over paragraphs, headline
// lines with a colon, denials in many forms, the reporter's own voice).
func TestAttributionFormsProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes12.txt"))
	testutil.CheckKnownFailures(t, failed, probes12Known, "probes12Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes12Known))
}

// TestOwnActParticiples: after a first cue, a participle that accuses,
// lays blame or labels a thing it names anew is a claim of its own, with
// the first claim's speaker (devgold3's and devgold4's second cues); one
// that labels or rejects again what the first cue spoke of, or blames
// after an accusation, is part of the first act. Each case fails without
// ownActGerund.
func TestOwnActParticiples(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"blaming after said", "The interior ministry of Chad said the shelling had stopped, blaming the rebels for the earlier deaths.", "blaming", "-", "TCD", "assert", "-"},
		{"accusing after a closing quote", `Finance Minister Tomas Rell said the bank was "in good hands," accusing rivals of spreading panic.`, "accusing", "Tomas Rell", "-", "assert", "-"},
		{"calling a new thing", `Poland's defence minister said two bridges had collapsed, calling the bombing "an act of sabotage."`, "calling", "-", "POL", "assert", "-"},
		{"describing as", `Nepal's army chief Gen. Sunil Dhakal said the patrols would continue, describing the clashes near the border as "isolated incidents."`, "describing", "-", "NPL", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"label of the same object", `The council rejected the plan, calling it "a betrayal."`, "calling"},
		{"label of what was announced", "The ministry announced the new bridge, calling it a gift to the valley.", "calling"},
		{"dismissing it again", "The group denied the report, dismissing it as propaganda.", "dismissing"},
		{"blame after an accusation", "The army accused the rebels of shelling the market, blaming them for twelve deaths.", "blaming"},
	})
}

// TestLocalUnnamedSides: unnamed sources taken up by "the source", the
// police and local officials of a story whose only places lie in one
// state, and state services named without their state.
func TestLocalUnnamedSides(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the source after a security source", "KHARTOUM, May 2 (Reuters) - Drones hit the airport in Khartoum overnight, a military source told Reuters.\n\n\"Two hangars were destroyed,\" the source said, declining to be named.", "said", "source", "SDN", "assert", "-"},
		{"police of one village", "Gunmen abducted nine farmers near a village in Katsina State, police said on Friday.", "said", "police", "NGA", "assert", "-"},
		{"local officials of one town", "Local officials said the floods had cut the only road to Mopti.", "said", "Local officials", "MLI", "assert", "-"},
		{"a tourist of another state", "Police said the French tourist was robbed near Marrakech.", "said", "Police", "MAR", "assert", "-"},
		{"a service of the state", "The National Security Service said it had arrested four men in Gyumri and Vanadzor.", "said", "-", "ARM", "assert", "-"},
	})
}

// TestPossessedPrivateRoles: "COUNTRY's ROLE NAME said" names the person;
// the possessor's side goes with an office's title only, not with a
// private role such as a writer's or an artist's.
func TestPossessedPrivateRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"celebrated novelist", "Nigeria's acclaimed playwright Tunde Bakare said the army had failed the villagers.", "said", "Tunde Bakare", "", "assert", "-"},
		{"best-known singer", "Mali's beloved singer Awa Traore said the blockade had emptied the markets of Bamako.", "said", "Awa Traore", "", "assert", "-"},
		{"office title keeps the side", "Ghana's defence minister Kofi Mensah said the border would stay closed.", "said", "Kofi Mensah", "GHA", "assert", "-"},
	})
}

// TestHeadlineTurns: a headline line "PARTY: what it says" at the top of
// a paragraph is the party's claim; a place, a label or a piece's title
// before the colon is none.
func TestHeadlineTurns(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"group headline", "Hezbollah: Our fighters downed an Israeli drone over Nabatieh\n\nThe Israeli army did not comment on the claim.", ":", "Hezbollah", "HEZBOLLAH", "assert", "-"},
		{"body headline with a number", "Pentagon: 12 service members wounded in the drone attack\n\nThe attack hit a base in eastern Syria on Sunday.", ":", "Pentagon", "USA", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"a place", "Kharkiv: three killed in overnight shelling\n\nRussian missiles hit the city before dawn.", ":"},
		{"a piece's title", "Amina Yusuf: A Life in Photographs\n\nThe exhibition opens in Lagos on Friday.", ":"},
		{"a label", "WATCH: Rescuers dig through the rubble in Dnipro\n\nRescuers searched for survivors on Sunday.", ":"},
	})
}

// TestNounReportAndTrailingRelative: "a United Nations report" is a noun
// after "according to" (no second claim of the report's maker), and a
// trailing speaker may carry a relative clause without commas.
func TestNounReportAndTrailingRelative(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"relative clause after the speaker", `"The shelling did not stop until dawn," a nurse who asked not to be named told the Guardian.`, "told", "nurse", "", "assert", "-"},
		{"a man who gave his first name", `"We have no water," a man who gave only his first name, Yusuf, told Reuters.`, "told", "-", "", "assert", "-"},
		{"according to a report", "According to an Amnesty International report seen by the BBC, the detainees were beaten.", "According to", "-", "", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"a report is a noun", "According to an Amnesty International report seen by the BBC, the detainees were beaten.", "report"},
		{"a claim is a noun", "In a claim posted online, a Human Rights Watch researcher said the camp was shelled.", "claim"},
	})
}

// TestReportIssuer: "The report said" after a body issued the report and
// a person spoke about it is the body's, not the person's.
func TestReportIssuer(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"report of a rights group", "Amnesty International published a report on the camps on Monday. \"Nobody is safe there,\" said Lina Haddad, its regional director. The report said guards had beaten detainees.", "said", "-", "", "assert", "-"},
	})
	if testing.Short() {
		return
	}
	doc := sharedPipeline(t).Analyze(parallax.Article{Body: "Amnesty International published a report on the camps on Monday. \"Nobody is safe there,\" said Lina Haddad, its regional director. The report said guards had beaten detainees.", Published: "2025-05-04"})
	found := false
	for _, c := range doc.Claims {
		if strings.Contains(c.Speaker.Text, "report") {
			found = true
			if c.Speaker.Actor != "Amnesty International" {
				t.Errorf("the report's actor %q, want Amnesty International", c.Speaker.Actor)
			}
		}
	}
	if !found {
		t.Error("no claim of the report")
	}
}

// probes13Known are the expectations of the thirteenth battery
// (probes13.txt, written after the twelfth battery's fixes) parallax does
// not meet yet, each with the reason.
var probes13Known = map[string]string{
	// first run: 24 of 27 expectations right, 2 extra claims; then the
	// outer speaker of a nested claim made the accusation (outerDraft):
	// 25 of 27, 1 extra
	"sd-sudantribune-rsf: > wrote | Omran Dabbash":    "', calling the accusation \"a cheap lie\"' after 'wrote on X that': the label of untruth makes the whole post a denial, one claim; the expectation (written assert, without a claim for the label) is disputable: by probes12's convention the label is an act of its own, a denial",
	"ua-ukrinform-report: extra showed | the figures": "'said the figures showed C': the evidence cue of a nested subject gives 'figures' a claim of their own",
}

// TestAttributionFormsProbes2 runs the whole pipeline on the thirteenth
// battery: new sentences of the twelfth battery's kinds, to measure how
// its fixes carry over.
func TestAttributionFormsProbes2(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes13.txt"))
	testutil.CheckKnownFailures(t, failed, probes13Known, "probes13Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes13Known))
}

// TestRoleOfBodyAfter: a person named with a role in a body the
// apposition names by its kind (", the head of the mission") speaks for
// that body when it was named before; a body not named before gives no
// side.
func TestRoleOfBodyAfter(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"head of the mission", "The OSCE Special Monitoring Mission counted 40 explosions near Donetsk on Friday. \"The shelling was heavier than in any week this year,\" said Ivo Rask, the deputy head of the mission.", "said", "Ivo Rask", "OSCE", "assert", "-"},
		{"no body named before", "\"The shelling was heavier than in any week this year,\" said Ivo Rask, the deputy head of the mission.", "said", "Ivo Rask", "", "assert", "-"},
	})
}

// TestLongLabelObject: "called X 'label'" with a long object before the
// quoted label (up to 12 words) is a claim of the subject.
func TestLongLabelObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"long object", `Mira Dalton, head of the Northern Growers Council, called the decision to tax imported grain from Ukraine "a gift to speculators."`, "called", "Mira Dalton", "", "assert", "-"},
	})
}

// TestModalClauseWithoutThat: a reported clause without "that" whose
// subject opens with a capitalised adjective is marked by the modal after
// it ("suggested French ambitions may be behind it"), whatever the parse
// made of the noun phrase.
func TestModalClauseWithoutThat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"suggested with may", "Some analysts suggested Russian naval pressure may push the talks into the spring.", "suggested", "-", "", "assert", "-"},
		{"argued with could", "Several diplomats argued European energy sanctions could be eased by the summer.", "argued", "-", "", "assert", "-"},
	})
}
