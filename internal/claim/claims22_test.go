package claim_test

import (
	"strings"
	"testing"
)

// TestSecondRoundForms: forms of attribution the first claims lane of
// session 13 left (an aside between subject and cue, a long title before
// a name, a site named as the listener, an acronym after the body of a
// "with X accusing" clause, an outlet citing its source without a comma,
// a crowd's participle). Invented sentences.
func TestSecondRoundForms(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"aside after a capital", "Moscow, as it has done for years, blamed Kyiv for the shelling of the plant.", "blamed", "Moscow", "RUS", "assert", "Kyiv"},
		{"aside after a body", "The ministry, as it has done since the war began, denied that its jets had struck the market.", "denied", "ministry", "", "deny", "its jets had struck the market"},
		{"long title before the name", "Plenipotentiary representative of the President in Osh region Bakyt Asanov told reporters that three of those killed were border guards.", "told", "Bakyt Asanov", "", "assert", "three of those killed were border guards"},
		{"listener named by its site", "Governor Nurlan Asanov told news.kg that the road to the border was closed.", "told", "Nurlan Asanov", "", "assert", "the road to the border was closed"},
		{"listener site then noun", "Governor Nurlan Asanov told 24.kg news agency that the road to the border was closed.", "told", "Nurlan Asanov", "", "assert", "the road to the border was closed"},
		{"acronym after a with-subject", "The fighting spread on Sunday, with Sudan's army (SAF) accusing the paramilitary group of shelling a market.", "accusing", "Sudan's army", "SDN", "assert", "shelling a market"},
		{"outlet reports citing", "Gunmen attacked an army post near the border overnight, Anadolu reports citing the Turkish Defence Ministry.", "citing", "Turkish Defence Ministry", "TUR", "assert", "Gunmen attacked an army post"},
		{"outlet reported citing", "Two drones were shot down over Belgorod, Interfax reported citing the Russian Defence Ministry.", "citing", "Russian Defence Ministry", "RUS", "assert", "Two drones were shot down"},
		{"crowd shouting", "Angry crowds gathered outside the embassy in Nairobi on Friday, shouting that the ambassador had lied to them.", "shouting", "crowds", "", "assert", "the ambassador had lied to them"},
		{"protesters chanting", "Protesters blocked the highway, chanting that the army had abandoned them.", "chanting", "Protesters", "", "assert", "the army had abandoned them"},
		{"counted crowd demanding", "In Lagos, hundreds of farmers rallied outside the ministry and marched to the parliament, demanding higher prices for wheat.", "demanding", "farmers", "", "assert", "higher prices for wheat"},
	})
	// No speaker: a thing, not people, before the participle; a main
	// clause after a comma is no aside; a site's dot inside a sentence
	// does not make the content start there.
	runNoClaims4(t, []string{
		"The storm flooded the valley and cut the roads, demanding a huge rescue effort.",
		"The river rose overnight, shouting winds tore the roofs off.",
	}, "demanding", "shouting")
	doc := analyzeParsed(t, "In Los Angeles, thousands of protesters rallied outside the consulate and marched downtown, demanding sanctions against the government.")
	for _, c := range doc.Claims {
		if strings.Contains(c.Speaker.Text, "Los Angeles") {
			t.Errorf("a place opening the sentence speaks: %s", describe(doc))
		}
	}
	doc = analyzeParsed(t, "Gunmen attacked an army post near the border overnight, Anadolu reports citing the Turkish Defence Ministry.")
	for _, c := range doc.Claims {
		if got := doc.Text[c.Start:c.End]; strings.Contains(got, "Anadolu") {
			t.Errorf("the relayed claim holds the outlet: %q", got)
		}
	}
}

// TestHeadlineSource: a headline closing with its source after a dash or
// colon ("... - MoD", "...: Army") is that body's claim; the short name
// takes the side of the body the story names in full. Invented articles.
func TestHeadlineSource(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"dash MoD", "Three soldiers killed in border shelling - MoD\n\nThree soldiers were killed when Russian forces shelled positions near Kupiansk overnight, Ukraine's Ministry of Defence said.", "-", "MoD", "UKR", "assert", "Three soldiers killed in border shelling"},
		{"colon Army", "Rebels seize two villages near the river: Army\n\nRebels seized two villages near the river on Sunday, the Malian Army said.", ":", "Army", "MLI", "assert", "Rebels seize two villages"},
	})
	runNoClaims4(t, []string{
		"Israel strikes Gaza - live updates\n\nThe strikes continued overnight.",
		"Peace talks resume next week in the capital: Geneva\n\nThe talks begin on Monday.",
		"Fighting spreads to the north-East\n\nThe fighting continued overnight.",
	}, "-", ":", "–")
}

// TestAccordingToNamedMedium: "according to the bulletin" refers back to
// the bulletin a body's claim named sentences before ("said in its weekly
// bulletin"): that body is the source. Without such a claim, no source.
func TestAccordingToNamedMedium(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"bulletin named four sentences before", "Two Turkish soldiers were wounded near Mosul, Turkey's Defence Ministry said in its weekly bulletin. \"The attack was repelled,\" the ministry said. Patrols continued. The monitors recorded violations of the ceasefire in three districts on Monday, according to the bulletin.", "according to", "bulletin", "TUR", "assert", "The monitors recorded violations"},
	})
	runNoClaims4(t, []string{
		"The monitors recorded violations of the ceasefire in three districts on Monday, according to the bulletin.",
	}, "according to")
}

// TestListsFigure: "lists" or "listed" before a figure gives a tally's
// source ("the site lists 300 tanks destroyed"); the noun "lists" and
// "listed as missing" report nothing. Invented sentences.
func TestListsFigure(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"site lists", "The Dutch open-source site Oryx, which only counts documented losses, lists 300 tanks destroyed or captured.", "lists", "Oryx", "", "assert", "300 tanks destroyed"},
		{"group listed at least", "The monitoring group listed at least 45 strikes on hospitals since January.", "listed", "group", "", "assert", "45 strikes on hospitals"},
	})
	runNoClaims4(t, []string{
		"The casualty lists of the ministry were published on Monday.",
		"Three soldiers were listed as missing after the ambush.",
		"Officials listed the names of the dead on a board outside the hospital.",
	}, "lists", "listed")
}
