package actor

import "testing"

// TestWordKinds: a word has a kind exactly when its list holds it, for
// every word of every list (and a word of no list has none).
func TestWordKinds(t *testing.T) {
	bools := []struct {
		name  string
		words map[string]bool
		kind  wordKind
	}{
		{"statementNouns", statementNouns, kindStatement},
		{"demonymBodyHeads", demonymBodyHeads, kindDemonymBodyHead},
		{"townNouns", townNouns, kindTown},
		{"stateOwned", stateOwned, kindStateOwned},
		{"nameHeadNouns", nameHeadNouns, kindNameHead},
		{"findingNouns", findingNouns, kindFinding},
		{"unnamedOfficials", unnamedOfficials, kindUnnamedOfficial},
		{"genericHeads", genericHeads, kindGenericHead},
		{"lawNouns", lawNouns, kindLaw},
		{"partyGovernment", partyGovernment, kindPartyGovernment},
	}
	words := map[string]bool{"": true, "said": true, "the": true, "Government": true}
	for _, l := range bools {
		for w := range l.words {
			words[w] = true
		}
	}
	for w := range classNouns {
		words[w] = true
	}
	for w := range placeNouns {
		words[w] = true
	}
	for w := range words {
		st := &docState{kinds: kindsOf([]Tok{{Norm: w}})}
		for _, l := range bools {
			if got := st.is(0, l.kind); got != l.words[w] {
				t.Errorf("%q: kind of %s %v, list %v", w, l.name, got, l.words[w])
			}
		}
		if _, in := classNouns[w]; st.is(0, kindClass) != in {
			t.Errorf("%q: kind of classNouns %v, list %v", w, !in, in)
		}
		if _, in := placeNouns[w]; st.is(0, kindPlace) != in {
			t.Errorf("%q: kind of placeNouns %v, list %v", w, !in, in)
		}
	}
}
