package ner

import (
	"strings"
	"testing"
)

// sentenceRule runs a rule on one sentence written as word/TAG words and
// compares with the tags wanted.
func sentenceRule(t *testing.T, name string, rule func(words, tags []string), cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		sents, tags := doc(in)
		rule(sents[0], tags[0])
		if got, w := render(sents, tags), render(doc(want)); got != w {
			t.Errorf("%s %q:\n got %s\nwant %s", name, in, got, w)
		}
	}
}

func TestScorers(t *testing.T) {
	sentenceRule(t, "scorers", scorers, map[string]string{
		// Scorers read as clubs, a two-word name, a penalty, stoppage time.
		"Kelby/B-ORG 2 ( Brand/B-ORG 12 , Van/B-PER Oost/I-ORG 78 pen ) Dunmore/B-ORG 1 ( Ivo/B-ORG 90+2 )": "Kelby/B-ORG 2 ( Brand/B-PER 12 , Van/B-PER Oost/I-PER 78 pen ) Dunmore/B-ORG 1 ( Ivo/B-PER 90+2 )",
		// A missed scorer with two goals.
		"Kelby/B-ORG 3 ( Brand 12 40 )": "Kelby/B-ORG 3 ( Brand/B-PER 12 40 )",
		// A country in brackets, a bracket without a score before it, a
		// note: unchanged.
		"Kelby/B-ORG ( Valdoria/B-LOC ) 2 Dunmore/B-ORG 1": "Kelby/B-ORG ( Valdoria/B-LOC ) 2 Dunmore/B-ORG 1",
		"the Kelby/B-ORG ( Brand/B-ORG 12 )":               "the Kelby/B-ORG ( Brand/B-ORG 12 )",
		"Kelby/B-ORG 2 ( after extra time )":               "Kelby/B-ORG 2 ( after extra time )",
		"Kelby/B-ORG 2 ( Valdoria/B-LOC )":                 "Kelby/B-ORG 2 ( Valdoria/B-LOC )",
	})
}

func TestScoreboardPlayers(t *testing.T) {
	sentenceRule(t, "scoreboard", scoreboardPlayers, map[string]string{
		"T./B-PER Brand/I-PER c Kell/B-ORG b Ovo/B-ORG 4": "T./B-PER Brand/I-PER c Kell/B-PER b Ovo/B-PER 4",
		"D. Brand b Ovo/B-ORG 31":                         "D./B-PER Brand/I-PER b Ovo/B-PER 31",
		"R./B-PER Kell/I-PER lbw b Ovo/B-ORG 12":          "R./B-PER Kell/I-PER lbw b Ovo/B-PER 12",
		"R./B-PER Kell/I-PER c & b Ovo/B-LOC 0":           "R./B-PER Kell/I-PER c & b Ovo/B-PER 0",
		"Bowling : Ovo/B-ORG 24-6-70-3 , Kell 20-4-66-2":  "Bowling : Ovo/B-PER 24-6-70-3 , Kell/B-PER 20-4-66-2",
		// No marks of dismissal, no runs at the end: unchanged.
		"Kelby/B-ORG 310 and Dunmore/B-ORG 45": "Kelby/B-ORG 310 and Dunmore/B-ORG 45",
		"Plan b Kelby/B-ORG said .":            "Plan b Kelby/B-ORG said .",
		"Bowling : Kelby/B-ORG won .":          "Bowling : Kelby/B-ORG won .",
	})
}

func TestStageRaces(t *testing.T) {
	sentenceRule(t, "stageRaces", stageRaces, map[string]string{
		"won the Tour of Valdoria/B-LOC on":          "won the Tour/B-MISC of/I-MISC Valdoria/I-MISC on",
		"WINS TOUR OF UPPER/B-LOC TESSA/I-LOC .":     "WINS TOUR/B-MISC OF/I-MISC UPPER/I-MISC TESSA/I-MISC .",
		"a tour of Valdoria/B-LOC":                   "a tour of Valdoria/B-LOC",
		"the Tour/B-MISC of/I-MISC Kelby/I-MISC won": "the Tour/B-MISC of/I-MISC Kelby/I-MISC won",
	})
}

func TestFirmsOfDealers(t *testing.T) {
	rule := func(words, tags []string) { firmsOfDealers(words, tags, Chunks(tags)) }
	sentenceRule(t, "firmsOfDealers", rule, map[string]string{
		"said a dealer at Kelby/B-LOC Bank/I-LOC .":       "said a dealer at Kelby/B-ORG Bank/I-ORG .",
		"an economist with Dunmore/B-MISC in Kelby/B-LOC": "an economist with Dunmore/B-ORG in Kelby/B-LOC",
		"a trader at Ivo/B-PER Brand/I-PER 's desk":       "a trader at Ivo/B-PER Brand/I-PER 's desk",
		"dealers in Kelby/B-LOC said":                     "dealers in Kelby/B-LOC said",
		"the meeting at Kelby/B-LOC":                      "the meeting at Kelby/B-LOC",
		// Session 12: a firm named after its founders, a fund manager's
		// firm; another manager's place stays.
		"a metals analyst at Rudo/B-PER Wolk/I-PER .": "a metals analyst at Rudo/B-ORG Wolk/I-ORG .",
		"a fund manager at Jarvo/B-LOC Fell/I-LOC .":  "a fund manager at Jarvo/B-ORG Fell/I-ORG .",
		"a branch manager at Kelby/B-LOC .":           "a branch manager at Kelby/B-LOC .",
	})
}

func TestLongBodies(t *testing.T) {
	sentenceRule(t, "longBodies", longBodies, map[string]string{
		"The Confederation of Indigenous Peoples of Kelby/B-LOC said":      "The Confederation/B-ORG of/I-ORG Indigenous/I-ORG Peoples/I-ORG of/I-ORG Kelby/I-ORG said",
		"'s Movement for a Democratic Valdoria/B-LOC rejected":             "'s Movement/B-ORG for/I-ORG a/I-ORG Democratic/I-ORG Valdoria/I-ORG rejected",
		"the Office of the High Commissioner for Human/B-ORG Rights/I-ORG": "the Office/B-ORG of/I-ORG the/I-ORG High/I-ORG Commissioner/I-ORG for/I-ORG Human/I-ORG Rights/I-ORG",
		"the Kelby Liberation Front for Peace":                             "the Kelby/B-ORG Liberation/I-ORG Front/I-ORG for/I-ORG Peace/I-ORG",
		// A name the model tagged, a person at the end, no capitalised
		// word after the joint: unchanged.
		"the Party/B-ORG of/I-ORG Regions/I-ORG in Valdoria/B-LOC": "the Party/B-ORG of/I-ORG Regions/I-ORG in Valdoria/B-LOC",
		"the Council of Ivo/B-PER Brand/I-PER":                     "the Council of Ivo/B-PER Brand/I-PER",
		"the Council of the city":                                  "the Council of the city",
	})
}

func TestFirmsByContext(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	rule := func(words, tags []string) { firmsByContext(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "firmsByContext", rule, map[string]string{
		"Kelby/B-PER Ovo/I-PER rose 6 francs to 380": "Kelby/B-ORG Ovo/I-ORG rose 6 francs to 380",
		"and Dunmore/B-LOC lost 25 cents .":          "and Dunmore/B-LOC lost 25 cents .",
		"Kelby/B-PER rose 3-1/8 to 131":              "Kelby/B-ORG rose 3-1/8 to 131",
		"state oil firm Brannock/B-PER said":         "state oil firm Brannock/B-ORG said",
		"Kelby/B-PER shares fell":                    "Kelby/B-ORG shares fell",
		"the aircraft carrier Kelby/B-MISC sailed":   "the aircraft carrier Kelby/B-MISC sailed",
		"the carrier USS/B-MISC Kelby/I-MISC sailed": "the carrier USS/B-MISC Kelby/I-MISC sailed",
		"German carrier Kelvo/B-PER said":            "German carrier Kelvo/B-ORG said",
		// A player's points, a country's market, a region's sales, an
		// index: unchanged.
		"Ivo/B-PER Brand/I-PER added 20 for the club":       "Ivo/B-PER Brand/I-PER added 20 for the club",
		"Valdoria/B-LOC rose 3 percent":                     "Valdoria/B-LOC rose 3 percent",
		"Sales in North/B-LOC Ostland/I-LOC rose 8 percent": "Sales in North/B-LOC Ostland/I-LOC rose 8 percent",
		"The Kelby/B-MISC rose 40 points":                   "The Kelby/B-MISC rose 40 points",
		// Session 12: a price moved "up" or "down", the firm after
		// "shares in", a firm after "brokers"; a country after "shares
		// in" stays its market.
		"with Kolvex/B-PER Kong/I-PER up 1.50 dollars":      "with Kolvex/B-ORG Kong/I-ORG up 1.50 dollars",
		"Shares in Halvex/B-LOC fell 14 pence":              "Shares in Halvex/B-ORG fell 14 pence",
		"said Ana Lind of brokers Hoven/B-PER Gall/I-PER .": "said Ana Lind of brokers Hoven/B-ORG Gall/I-ORG .",
		"shares in Valdoria/B-LOC fell":                     "shares in Valdoria/B-LOC fell",
		"Ivo/B-PER Brand/I-PER was up 20 points":            "Ivo/B-PER Brand/I-PER was up 20 points",
	})
}

func TestClubNamesAndMargins(t *testing.T) {
	rule := func(words, tags []string) { clubNames(words, tags, Chunks(tags)) }
	sentenceRule(t, "clubNames", rule, map[string]string{
		"at Kelby/B-LOC United/I-LOC":   "at Kelby/B-ORG United/I-ORG",
		"the United/B-LOC States/I-LOC": "the United/B-LOC States/I-LOC",
		"Kelby/B-LOC Rovers/I-LOC won":  "Kelby/B-ORG Rovers/I-ORG won",
		"Kelby/B-LOC City/I-LOC":        "Kelby/B-LOC City/I-LOC",
	})
	for s, want := range map[string]bool{
		"Kelby beat Dunmore by an innings and 40 runs": true,
		"Kelby won by six wickets":                     true,
		"Kelby beat Dunmore 2-1":                       true,
		"Kelby scored 40 runs":                         false,
		"Kelby beat Dunmore":                           false,
	} {
		if got := hasMatchScore(strings.Fields(s)); got != want {
			t.Errorf("hasMatchScore(%q) = %v, want %v", s, got, want)
		}
	}
	// A club's last word names it again.
	clubs := map[string]bool{}
	addClubName(clubs, []string{"Kelby", "Hawks"})
	for _, k := range []string{"Kelby Hawks", "Kelby", "Hawks"} {
		if !clubs[k] {
			t.Errorf("addClubName: %q missing from %v", k, clubs)
		}
	}
}

func TestDemonymHeadsAndTeams(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdorian"}, GazDemonym)
	gaz.Add([]string{"Kelbish"}, GazDemonym)
	gaz.Add([]string{"Kelbish"}, GazCountry)
	rule := func(words, tags []string) { demonymHeads(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "demonymHeads", rule, map[string]string{
		"Valdorian/B-PER Ivo/I-PER Brand/I-PER won":        "Valdorian/B-MISC Ivo/B-PER Brand/I-PER won",
		"the Valdorian/B-MISC KDP/I-MISC said":             "the Valdorian/B-MISC KDP/B-ORG said",
		"the Valdorian/B-ORG Defence/I-ORG Ministry/I-ORG": "the Valdorian/B-ORG Defence/I-ORG Ministry/I-ORG",
		"Kelbish/B-PER Brand/I-PER":                        "Kelbish/B-PER Brand/I-PER",
		"Ivo/B-PER Brand/I-PER":                            "Ivo/B-PER Brand/I-PER",
	})
	sentenceRule(t, "teamAfterCountry", teamAfterCountry, map[string]string{
		"2. Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) Kelvo/B-PER 1:50.671":           "2. Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) Kelvo/B-ORG 1:50.671",
		"1. Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) Kelvo/B-MISC Racing 55 minutes": "1. Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) Kelvo/B-ORG Racing/I-ORG 55 minutes",
		"Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) beat Tom/B-PER Kell/I-PER 6-3":     "Ivo/B-PER Brand/I-PER ( Valdoria/B-LOC ) beat Tom/B-PER Kell/I-PER 6-3",
		"the Kelby/B-ORG ( Valdoria/B-LOC ) Ostmark/B-ORG 3":                         "the Kelby/B-ORG ( Valdoria/B-LOC ) Ostmark/B-ORG 3",
	})
}

func TestPointsLineAndScorersLabel(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	rule := func(words, tags []string) { pointsLine(words, tags, gaz, map[string]bool{}) }
	sentenceRule(t, "pointsLine", rule, map[string]string{
		"Kelby/B-LOC 22 points , Dunmore/B-MISC 4":    "Kelby/B-ORG 22 points , Dunmore/B-ORG 4",
		"Kelby/B-LOC 12 pts , Ostmark 7 pts .":        "Kelby/B-ORG 12 pts , Ostmark/B-ORG 7 pts .",
		"Valdoria/B-ORG 3 points , Kelby/B-LOC 1":     "Valdoria/B-LOC 3 points , Kelby/B-ORG 1",
		"Kelby/B-LOC 22 , Dunmore/B-LOC 4":            "Kelby/B-LOC 22 , Dunmore/B-LOC 4",
		"Yes 52 points , No 48":                       "Yes 52 points , No 48",
		"Kelby/B-LOC 22 points on Sunday , Dunmore 4": "Kelby/B-LOC 22 points on Sunday , Dunmore 4",
	})
	sentenceRule(t, "scorersLabel", scorersLabel, map[string]string{
		"Scorers : Ivo/B-ORG Brand/I-ORG 12 , Kell 34 pen": "Scorers : Ivo/B-PER Brand/I-PER 12 , Kell/B-PER 34 pen",
		"Scorer : Ovo/B-LOC ( 77 )":                        "Scorer : Ovo/B-PER ( 77 )",
		"Referee : Ovo/B-LOC ( 77 )":                       "Referee : Ovo/B-LOC ( 77 )",
	})
}

func TestLongBodiesOfParties(t *testing.T) {
	sentenceRule(t, "longBodies", longBodies, map[string]string{
		"The Party of Social Democracy in Valdoria/B-LOC conceded":    "The Party/B-ORG of/I-ORG Social/I-ORG Democracy/I-ORG in/I-ORG Valdoria/I-ORG conceded",
		"the Valdorian/B-MISC Democratic Union of Kelby/B-LOC joined": "the Valdorian/B-ORG Democratic/I-ORG Union/I-ORG of/I-ORG Kelby/I-ORG joined",
		"shares of State Bank of Valdoria/B-LOC fell":                 "shares of State/B-ORG Bank/I-ORG of/I-ORG Valdoria/I-ORG fell",
	})
}

func TestBodiesOfPlaces(t *testing.T) {
	rule := func(words, tags []string) { bodiesOfPlaces(words, tags, Chunks(tags)) }
	sentenceRule(t, "bodiesOfPlaces", rule, map[string]string{
		"the Valdorian/B-ORG Democratic/I-ORG Union/I-ORG of Kelby/B-LOC joined": "the Valdorian/B-ORG Democratic/I-ORG Union/I-ORG of/I-ORG Kelby/I-ORG joined",
		"the Central/B-ORG Bank/I-ORG of Valdoria/B-LOC cut rates":               "the Central/B-ORG Bank/I-ORG of/I-ORG Valdoria/I-ORG cut rates",
		// A state's office, a place that goes on, a body not before "of":
		// unchanged.
		"the Foreign/B-ORG Ministry/I-ORG of Valdoria/B-LOC said":                                 "the Foreign/B-ORG Ministry/I-ORG of Valdoria/B-LOC said",
		"the Road/B-ORG Agency/I-ORG of Valdoria/B-LOC said":                                      "the Road/B-ORG Agency/I-ORG of Valdoria/B-LOC said",
		"the Kelby/B-ORG Party/I-ORG of Valdoria/B-LOC Ivo/B-PER said":                            "the Kelby/B-ORG Party/I-ORG of Valdoria/B-LOC Ivo/B-PER said",
		"the Organisation/B-ORG for/I-ORG Peace/I-ORG and/I-ORG Trade/I-ORG in Europe/B-LOC said": "the Organisation/B-ORG for/I-ORG Peace/I-ORG and/I-ORG Trade/I-ORG in/I-ORG Europe/I-ORG said",
		"the Party/B-ORG of/I-ORG Regions/I-ORG in Valdoria/B-LOC":                                "the Party/B-ORG of/I-ORG Regions/I-ORG in Valdoria/B-LOC",
		"the Kelby/B-ORG Party/I-ORG in Valdoria/B-LOC":                                           "the Kelby/B-ORG Party/I-ORG in Valdoria/B-LOC",
	})
}
