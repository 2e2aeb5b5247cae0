package actor

// wordKind is the set of the word lists that the stage's scans of every
// token (genericBodies and the rules it calls, anaphors) test a token
// against first, as bits: one map look-up a token (wordKinds, once a
// document: docState.kinds) where each scan asked its own maps of every
// token, most of which are in none of them (the look-ups were about 1.5 %
// of the pipeline's instructions).
type wordKind uint16

const (
	kindStatement       wordKind = 1 << iota // statementNouns
	kindDemonymBodyHead                      // demonymBodyHeads
	kindTown                                 // townNouns
	kindStateOwned                           // stateOwned
	kindClass                                // a key of classNouns
	kindNameHead                             // nameHeadNouns
	kindFinding                              // findingNouns
	kindUnnamedOfficial                      // unnamedOfficials
	kindGenericHead                          // genericHeads
	kindLaw                                  // lawNouns
	kindPartyGovernment                      // partyGovernment
	kindPlace                                // a key of placeNouns
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
		{statementNouns, kindStatement},
		{demonymBodyHeads, kindDemonymBodyHead},
		{townNouns, kindTown},
		{stateOwned, kindStateOwned},
		{nameHeadNouns, kindNameHead},
		{findingNouns, kindFinding},
		{unnamedOfficials, kindUnnamedOfficial},
		{genericHeads, kindGenericHead},
		{lawNouns, kindLaw},
		{partyGovernment, kindPartyGovernment},
	} {
		for w, in := range set.words {
			if in {
				out[w] |= set.kind
			}
		}
	}
	for w := range classNouns {
		out[w] |= kindClass
	}
	for w := range placeNouns {
		out[w] |= kindPlace
	}
	return out
}

// kindsOf returns the kinds of each token's Norm.
func kindsOf(toks []Tok) []wordKind {
	kinds := make([]wordKind, len(toks))
	for i, t := range toks {
		kinds[i] = wordKinds[t.Norm]
	}
	return kinds
}

// is: the token at i (a token of the document) is of a kind of k.
func (st *docState) is(i int, k wordKind) bool { return st.kinds[i]&k != 0 }
