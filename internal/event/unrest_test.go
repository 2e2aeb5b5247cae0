package event

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUnrest checks the civil-unrest rules on invented sentences: force on
// crowds by the forces of order is a protest met with force (175), a
// crowd's violence a riot (145), road blockades 144, internet cuts 172;
// protests called, planned or urged, protests of a decision, attacks in
// words, sports clashes and feared arrests are no events ("-" type).
func TestUnrest(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Riot police fired tear gas at hundreds of nurses outside the ministry.", "tear gas", "protests", "175"},
		{"Gendarmes used water cannon to disperse the marchers in Conakry.", "water cannon", "protests", "175"},
		{"Officers baton-charged the students near the campus gate.", "baton-charged", "protests", "175"},
		{"Soldiers opened fire on the mourners at the cemetery, killing four.", "opened fire", "protests", "175"},
		{"Seven demonstrators were shot dead by police in Lome.", "shot", "protests", "175"},
		{"Gunmen opened fire on the mourners at the cemetery.", "opened fire", "violence_against_civilians", "19"},
		{"Angry youths stormed the district office and smashed its windows.", "stormed", "riots", "145"},
		{"Rival supporters clashed outside the counting centre in Kano.", "clashed", "riots", "145"},
		{"Police clashed with striking miners near the shaft.", "clashed", "riots", "145"},
		{"Troops clashed with rebels near the border.", "clashed", "battles", "190"},
		{"Protesters pelted the convoy with stones on the bypass.", "pelted", "riots", "145"},
		{"A crowd set the police post ablaze after the funeral.", "set", "riots", "145"},
		{"Rebel fighters torched houses in the village.", "torched", "strategic_developments", "1712"},
		{"The demonstrations turned violent in the evening.", "demonstrations", "riots", "145"},
		{"Thousands of teachers marched through the capital demanding back pay.", "marched", "protests", "141"},
		{"Taxi drivers blocked the main highway into Kumasi for six hours.", "blocked", "protests", "144"},
		{"Israeli forces blocked the road to the village with earth mounds.", "blocked", "strategic_developments", "191"},
		{"Traders staged a hartal in the old city.", "hartal", "protests", "143"},
		{"The regulator suspended mobile internet in three provinces.", "suspended", "strategic_developments", "172"},
		{"An internet shutdown hit the region for a week.", "internet shutdown", "strategic_developments", "172"},
		{"Squatters occupied an empty warehouse building near the docks.", "occupied", "protests", "141"},
		{"Unions called a general strike for next Monday.", "strike", "-", ""},
		{"The students will hold a sit-in on Friday.", "sit-in", "-", ""},
		{"Organisers had planned a rally but cancelled it.", "rally", "-", ""},
		{"The party urged members to continue protesting.", "protesting", "-", ""},
		{"The foreign ministry protested the expulsion of its envoy.", "protested", "strategic_developments", "111"},
		{"Thousands protested in the square against the tax.", "protested", "protests", "141"},
		{"The senator attacked the budget as reckless.", "attacked", "-", ""},
		{"The league leaders face a tough clash with the champions at the stadium.", "clash", "-", ""},
		{"Several activists went into hiding, fearing arrest.", "arrest", "-", ""},
		{"Residents gathered to protest the closure of the clinic.", "protest", "protests", "141"},
		{"Villagers lynched two men accused of cattle theft near Jos.", "lynched", "riots", "145"},
		{"Thousands of garment workers took to the streets of Dhaka on Sunday.", "took to the streets", "protests", "141"},
		{"Students boycotted classes across the province over the fee rise.", "boycotted classes", "protests", "143"},
		{"Farmers formed a human chain along the highway near Ludhiana.", "human chain", "protests", "141"},
		{"The ministry lodged a strong protest with the Chinese embassy.", "protest", "strategic_developments", "111"},
		{"The party said it would stage a protest rally in Multan on Sunday.", "rally", "-", ""},
		{"Four people were shot dead by police in Conakry as opposition supporters took to the streets.", "shot", "protests", "175"},
		{"Gunmen shot dead four people in Conakry on Sunday.", "shot", "violence_against_civilians", "19"},
	})
}

// triggerCase is a row of the unrest tables: a sentence, the words of its
// trigger, and the event type and CAMEO prefix wanted there; type "-"
// wants no force or protest event over those words.
type triggerCase struct{ text, trigger, typ, cameo string }

// checkTriggers runs the stage on each case (published 2024-03-01) and
// reports the events missing, misread or wrongly found.
func checkTriggers(t *testing.T, tests []triggerCase) {
	t.Helper()
	checkTriggersOn(t, "2024-03-01", tests)
}

// checkTriggersOn is checkTriggers for an article published on pub ("" for
// none).
func checkTriggersOn(t *testing.T, pub string, tests []triggerCase) {
	t.Helper()
	s := loadStage(t)
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, pub)
		e := find(doc, tc.trigger)
		if tc.typ == "-" {
			for _, ev := range doc.Events {
				if w := doc.Text[ev.Start:ev.End]; strings.Contains(w, tc.trigger) && forceOrProtest(ev.Type) {
					t.Errorf("%q: want no event at %q, got %s %s", tc.text, tc.trigger, ev.Type, ev.CAMEO)
				}
			}
			continue
		}
		if e == nil {
			t.Errorf("%q: no event at %q", tc.text, tc.trigger)
			continue
		}
		if e.Type != tc.typ || !strings.HasPrefix(e.CAMEO, tc.cameo) {
			t.Errorf("%q: got %s %s, want %s %s", tc.text, e.Type, e.CAMEO, tc.typ, tc.cameo)
		}
	}
}

func forceOrProtest(typ string) bool {
	switch typ {
	case "battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots":
		return true
	}
	return false
}

// TestUnrestNotHeld checks, on invented sentences, the protest words that
// name no protest held (a body's name, a notice, a trend, a campaign
// rally, one planned, readied for, called off or in a past year) and the
// complaints in words, each beside a sentence where the same word is an
// event.
func TestUnrestNotHeld(t *testing.T) {
	checkTriggers(t, []triggerCase{
		// a body named after a protest speaks
		{"The Rashtriya Kisan Morcha said its members would meet the collector.", "Morcha", "-", ""},
		{"Tenants of the Mill Lane Rally leaders met the mayor.", "Rally", "-", ""},
		{"Thousands of weavers observed the Gramin Bandh on Monday.", "Bandh", "protests", "143"},
		// a protest word that names a notice or a call
		{"The dockworkers' union served a strike notice on the port authority.", "strike", "-", ""},
		{"The students issued a protest call through their council.", "protest", "-", ""},
		{"The dockworkers have been on strike since Monday.", "on strike", "protests", "143"},
		// a trend's march, a campaign rally
		{"Rents continued their steady march across the northern suburbs.", "march", "-", ""},
		{"The governor addressed a rally of party workers in Kakinada.", "rally", "-", ""},
		{"Thousands joined an election rally in the port city.", "rally", "-", ""},
		{"Thousands held a rally outside the assembly against the land bill.", "rally", "protests", "141"},
		// planned, readied for, called off
		{"Police cancelled leave ahead of the march by the tenant groups.", "march", "-", ""},
		{"Elaborate arrangements for the dharna at the collectorate were made.", "dharna", "-", ""},
		{"The bandh slated for Thursday in Kozhikode has been postponed.", "bandh", "-", ""},
		{"The strike called by bank staff from Monday has been called off.", "strike", "-", ""},
		{"The five-day strike by bank staff was called off on Monday.", "strike", "protests", "143"},
		// a protest of a past year is background
		{"The 2011 protests in the capital toppled the cabinet.", "protests", "-", ""},
		{"A similar stoppage in 2016 shut every mill in the district.", "stoppage", "-", ""},
		{"Such marches have drawn thousands over the past decade.", "marches", "-", ""},
		{"Students have staged sit-ins on the campus since 2023.", "sit-ins", "protests", "141"},
		// work stopped, placards held
		{"Nearly 3,000 packers at the meat plant stopped work on Tuesday.", "stopped work", "protests", "143"},
		{"The cleaners sat outside the depot and held placards.", "held placards", "protests", "141"},
		// an objection in words
		{"The embassy protested on Friday against comments by the deputy minister.", "protested", "strategic_developments", "111"},
		{"The goalkeeper protested to the linesman after the second goal.", "protested", "-", ""},
		{"Hundreds of cotton farmers protested on Friday against the new levy.", "protested", "protests", "141"},
	})
}

// TestUnrestInCourt checks that a riot or protest told as the matter of a
// trial (a judge's or prosecutor's account, the offence of a charge or a
// sentence) is no event, while the same acts told as news are.
func TestUnrestInCourt(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The magistrate said the accused had pelted stones at a bus depot.", "pelted", "-", ""},
		{"Prosecutors alleged that the four men blocked the highway near Tumkur.", "blocked", "-", ""},
		{"A court in Nakuru jailed three traders for rioting outside the market.", "rioting", "-", ""},
		{"Eleven students were charged with rioting after the campus unrest.", "rioting", "-", ""},
		{"Traders pelted stones at a bus depot in Tumkur on Friday.", "pelted", "riots", "145"},
		{"Truck owners blocked the highway near Tumkur for five hours.", "blocked", "protests", "144"},
		{"Hundreds of traders were rioting outside the market when police arrived.", "rioting", "riots", "145"},
	})
}

// TestUnrestTransferKinds checks the kinds the transfer batch
// (testdata/case2) showed, on invented sentences: a protest named as a
// call's aim, warned of, a work's subject, an anniversary or a drill; a
// minister's protest over a letter; a crowd's occupation; a gathering with
// a demand.
func TestUnrestTransferKinds(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The traders' body called a dawn-to-dusk hartal on Monday to protest against the toll hike.", "protest", "-", ""},
		{"The nurses' union had warned of a strike if the posts were not filled.", "strike", "-", ""},
		{"A documentary on the march was screened in Mysuru on Sunday.", "march", "-", ""},
		{"Ten years after the blockade of the port, dockworkers still talk about it.", "blockade", "-", ""},
		{"The agitation ended in March 2019 after the chief minister met the leaders.", "agitation", "-", ""},
		// (news style writes the year with a day only for another year than
		// the story's: "a march on June 4, 1989" is background)
		{"Thousands of weavers marched on June 4, 1989, to the mill owners' offices, the union recalled.", "marched", "-", ""},
		{"Police staged a mock drill in which officers fired tear gas at volunteers.", "tear gas", "-", ""},
		{"The tribunal found that the union had called the strike without notice.", "strike", "-", ""},
		{"The trade minister protested on Monday over the letter from the commission.", "protested", "strategic_developments", "111"},
		{"Angry villagers occupied a ferry terminal in Kakinada on Friday.", "occupied", "protests", "141"},
		{"Security forces fired tear gas and mock bombs at the students in Imphal.", "tear gas", "protests", "175"},
		{"Dozens of tenants gathered outside the housing board, demanding repairs.", "gathered", "protests", "141"},
		{"Dozens of mourners gathered outside the church to pay their respects.", "gathered", "-", ""},
	})
}

// TestUnrestYearOfPublication checks that a protest, and a killing by
// police recoded as repression, dated to a year is background only when
// the year is not the publication's: the same sentences are events in a
// story of that year, none in a story of a later year, none in one of an
// earlier year (still to come), and none without a publication date (as
// before the date was read).
func TestUnrestYearOfPublication(t *testing.T) {
	const (
		march   = "Thousands of tea workers marched on May 6, 2031, to the estate offices in Dhoolpet."
		strike  = "Loom workers in Varanpur went on strike in 2031 over unpaid wages."
		named   = "The 2031 riots in Kestrel Bay left dozens of shops burned."
		killing = "Nine people were shot dead by police during a march against the dam in 2031."
	)
	checkTriggersOn(t, "2031-05-07", []triggerCase{
		{march, "marched", "protests", "141"},
		{strike, "on strike", "protests", "143"},
		{named, "riots", "riots", "145"},
		{killing, "shot", "protests", "175"},
	})
	for _, pub := range []string{"2044-05-07", "2029-11-20", ""} {
		checkTriggersOn(t, pub, []triggerCase{
			{march, "marched", "-", ""},
			{strike, "on strike", "-", ""},
			{named, "riots", "-", ""},
			{killing, "shot", "-", ""},
		})
	}
	// a year after "since" starts a protest that goes on, whatever the
	// publication year
	checkTriggersOn(t, "2044-05-07", []triggerCase{
		{"Nurses have staged sit-ins outside the Varanpur hospital since 2031.", "sit-ins", "protests", "141"},
	})
}

// FuzzUnrestRules runs the stage on protest sentences cut anywhere, so
// that the look-backs and look-aheads of the unrest rules (a name's
// words, a year, a court's account, a call called off, a gathering's
// demand) never read outside the sentence.
func FuzzUnrestRules(f *testing.F) {
	s := loadStage(f)
	for _, seed := range []string{
		"The Kisan Morcha said", "served a strike notice", "their upward march", "addressed a rally",
		"ahead of Sunday's march", "The strike called by staff from Friday has been called off.",
		"the 2020 riots", "a similar strike in 2018", "Five years after the sit-in", "The judge said they pelted stones",
		"jailed for rioting", "protested to the referee", "protested on Monday over the letter", "gathered outside, demanding",
		"a book on the sit-in", "an anti-riot drill", "shot dead by police during a march in 2025", "marched on March 3, 2025", "called a bandh on Friday to protest", "warned of a strike",
		"Morcha", "strike", "2019", "gathered", "protested", "The",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := analyse(t, s, text, "2025-03-12")
		for _, e := range doc.Events {
			if e.Start < 0 || e.End > len(doc.Text) || e.Start >= e.End {
				t.Fatalf("span %d..%d outside text of %d bytes", e.Start, e.End, len(doc.Text))
			}
		}
	})
}
