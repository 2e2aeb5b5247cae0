package claim

import "testing"

// TestWordKinds holds wordKinds to the lists it is built from: a word has
// a kind's bit exactly when its list holds it, for every word of every
// list and for words of none.
func TestWordKinds(t *testing.T) {
	lists := []struct {
		name  string
		kind  wordKind
		holds func(string) bool
	}{
		{"positionNouns", kindPosition, func(w string) bool { return positionNouns[w] }},
		{"hearsayNouns", kindHearsay, func(w string) bool { return hearsayNouns[w] }},
		{"relayVerbs", kindRelay, func(w string) bool { return relayVerbs[w] }},
		{"labelVerbs", kindLabel, func(w string) bool { return labelVerbs[w] }},
		{"labelGerunds", kindLabelGerund, func(w string) bool { return labelGerunds[w] }},
		{"raisedWords", kindRaised, func(w string) bool { return raisedWords[w] }},
		{"seeVerbs", kindSee, func(w string) bool { return seeVerbs[w] }},
		{"verbCues", kindVerbCue, func(w string) bool { _, ok := verbCues[w]; return ok }},
		{"twoWordCues", kindTwoWord, func(w string) bool { _, ok := twoWordCues[w]; return ok }},
		{"denialWords", kindDenial, func(w string) bool { return denialWords[w] }},
		{"inflatingVerbs", kindInflating, func(w string) bool { return inflatingVerbs[w] }},
		{"inventedWords", kindInvented, func(w string) bool { return inventedWords[w] }},
		{"pretextNouns", kindPretext, func(w string) bool { return pretextNouns[w] }},
		{"wrongWords", kindWrong, func(w string) bool { return wrongWords[w] }},
		{"negators", kindNegator, func(w string) bool { return negators[w] }},
		{"impersonalReportNouns", kindImpersonal, func(w string) bool { return impersonalReportNouns[w] }},
	}
	words := []string{"", "said", "the", "tale", "tales", "fairy", "nothing", "army", "Denied"}
	for w := range wordKinds {
		words = append(words, w)
	}
	for _, w := range words {
		for _, l := range lists {
			if got, want := wordKinds[w]&l.kind != 0, l.holds(w); got != want {
				t.Errorf("wordKinds[%q] has %s: %v, the list says %v", w, l.name, got, want)
			}
		}
	}
}
