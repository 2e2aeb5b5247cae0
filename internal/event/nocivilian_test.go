package event

import "testing"

// TestNoCivilianHit: a side's denial that its strikes hit civilians names
// no weapon ("no civilian site was hit"), yet it is the negated strike on
// civilians that its accusers assert; a passive "was hit" with no denial
// and no weapon stays no event ("the school was hit by flooding").
func TestNoCivilianHit(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		tagged, trig string
		want         bool // a negated event on civilians
	}{
		{"Our/PRON strikes/NOUN were/AUX measured/VERB ,/PUNCT and/CCONJ no/DET civilian/ADJ site/NOUN was/AUX hit/VERB ,/PUNCT the/DET ministry/NOUN said/VERB ./PUNCT", "hit", true},
		{"None/PRON of/ADP the/DET civilian/ADJ homes/NOUN in/ADP Kestrel/PROPN was/AUX hit/VERB ,/PUNCT the/DET ministry/NOUN said/VERB ./PUNCT", "hit", true},
		{"No/DET civilians/NOUN were/AUX hit/VERB in/ADP the/DET operation/NOUN ,/PUNCT the/DET ministry/NOUN said/VERB ./PUNCT", "hit", true},
		{"The/DET school/NOUN in/ADP Kestrel/PROPN was/AUX hit/VERB by/ADP flooding/NOUN on/ADP Monday/PROPN ./PUNCT", "hit", false},
		{"No/DET road/NOUN was/AUX hit/VERB by/ADP the/DET storm/NOUN ,/PUNCT the/DET governor/NOUN said/VERB ./PUNCT", "hit", false},
	} {
		doc := taggedDoc(tc.tagged)
		s.Process(doc)
		e := find(doc, tc.trig)
		got := e != nil && e.Negated && e.Target.Kind == KindCivilian
		if got != tc.want {
			t.Errorf("%s: negated civilian event %v, want %v (%+v)", doc.Text, got, tc.want, e)
		}
	}
}
