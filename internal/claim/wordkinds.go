package claim

// wordKind is the set of the word lists that sentence tests every word
// against, as bits: one map look-up a word where sentence asked up to a
// dozen maps (most words are in none of them; the look-ups were about 2 %
// of the whole pipeline's instructions). denial reads it for every word
// of a claimed clause in the same way.
type wordKind uint16

const (
	kindPosition    wordKind = 1 << iota // positionNouns
	kindHearsay                          // hearsayNouns
	kindRelay                            // relayVerbs
	kindLabel                            // labelVerbs
	kindLabelGerund                      // labelGerunds
	kindRaised                           // raisedWords
	kindVerbCue                          // a key of verbCues
	kindTwoWord                          // a key of twoWordCues
	kindSee                              // seeVerbs
	kindDenial                           // denialWords
	kindInflating                        // inflatingVerbs
	kindInvented                         // inventedWords
	kindPretext                          // pretextNouns
	kindWrong                            // wrongWords
	kindNegator                          // negators
	kindImpersonal                       // impersonalReportNouns
)

// wordKinds maps a word to its kinds; a word of no kind is absent. It is
// built from the lists themselves, so it says exactly what they say.
var wordKinds = buildWordKinds()

func buildWordKinds() map[string]wordKind {
	out := map[string]wordKind{}
	for _, set := range []struct {
		words map[string]bool
		kind  wordKind
	}{
		{positionNouns, kindPosition},
		{hearsayNouns, kindHearsay},
		{relayVerbs, kindRelay},
		{labelVerbs, kindLabel},
		{labelGerunds, kindLabelGerund},
		{raisedWords, kindRaised},
		{seeVerbs, kindSee},
		{denialWords, kindDenial},
		{inflatingVerbs, kindInflating},
		{inventedWords, kindInvented},
		{pretextNouns, kindPretext},
		{wrongWords, kindWrong},
		{negators, kindNegator},
		{impersonalReportNouns, kindImpersonal},
	} {
		for w, in := range set.words {
			if in {
				out[w] |= set.kind
			}
		}
	}
	for w := range verbCues {
		out[w] |= kindVerbCue
	}
	for w := range twoWordCues {
		out[w] |= kindTwoWord
	}
	return out
}
