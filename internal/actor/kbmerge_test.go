package actor

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestGeneratedSpellingJoinsCurated: a generated row one of whose names is
// a curated person's name or alias spelled another way (case, diacritics,
// hyphens, spaces, apostrophes) makes no second actor; its spellings name
// the curated person. A row of another name stays its own actor.
func TestGeneratedSpellingJoinsCurated(t *testing.T) {
	fsys := fstest.MapFS{
		"kb/countries.tsv": {Data: []byte("ARM\tArmenia\t\tArmenian\tYerevan\nGEO\tGeorgia\t\tGeorgian\tTbilisi\n")},
		"kb/orgs.tsv":      {},
		"kb/people.tsv": {Data: []byte("Tigran Hovsepyán\tARM\tTigran Hovsepyan\tpresident:2020-01-01..\n" +
			"Nino Kva-Dze\tGEO\t\tforeign minister:2021-01-01..\n")},
		"kb/petrarch_people.tsv": {Data: []byte(
			// an alias equal once folded: joins
			"Tigran Hovsepian\tARM\tTigran Hovsepyan|Tigran H. Hovsepian\tgovernment:2019-01-01..\n" +
				// the name itself differs in case and hyphen only: joins
				"Nino Kva Dze\tARM\tNino Kvadze Jr\tgovernment:2018-01-01..\n" +
				// another person
				"Tigran Hovsepov\tARM\t\tgovernment:2018-01-01..\n")},
	}
	kb, err := LoadFS(fsys, "kb")
	if err != nil {
		t.Fatal(err)
	}
	people := 0
	for _, a := range kb.Actors {
		if a.Kind == "person" {
			people++
		}
	}
	if people != 3 {
		t.Errorf("%d people, want 3 (two curated, one other)", people)
	}
	tests := []struct{ phrase, want string }{
		{"Tigran Hovsepian", "Tigran Hovsepyán"},
		{"Tigran H. Hovsepian", "Tigran Hovsepyán"},
		{"Nino Kvadze Jr", "Nino Kva-Dze"},
		{"Tigran Hovsepov", "Tigran Hovsepov"},
	}
	for _, tc := range tests {
		var got, words []string
		for _, tok := range Tokenize(tc.phrase) {
			words = append(words, tok.Norm)
		}
		for _, h := range kb.phrases[strings.Join(words, " ")] {
			if h.kind == hitActor {
				got = append(got, kb.Actors[h.idx].Name)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q names %v, want [%s]", tc.phrase, got, tc.want)
		}
	}
	if _, ok := kb.Actor("Tigran Hovsepian"); ok {
		t.Errorf("the generated spelling is an actor of its own")
	}
}
