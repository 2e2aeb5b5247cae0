package claim

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/demo"
)

// namedByJoin is how separatistParty first found the authorities' names
// in a story, kept as the reference of authorityNamesIn: the folded
// text's words joined by single spaces, searched for each name between
// spaces.
func namedByJoin(folded, name string) bool {
	text := " " + strings.Join(strings.FieldsFunc(folded, notWordRune), " ") + " "
	return strings.Contains(text, " "+name+" ")
}

// TestAuthorityNameShapes: every authority's name is folded words joined
// by single spaces, which authorityNamesIn's word-by-word reading takes
// for granted (a name with another character, or an empty word, would be
// found by neither reading; one empty name, by the joined text alone).
func TestAuthorityNameShapes(t *testing.T) {
	for _, a := range actor.AuthoritiesOn("") {
		for _, n := range a.Names {
			for _, w := range strings.Split(n, " ") {
				if w == "" || strings.IndexFunc(w, notWordRune) >= 0 || actor.Fold(w) != w {
					t.Errorf("%s: name %q is not folded words joined by single spaces", a.Side, n)
				}
			}
		}
	}
}

// checkAuthorityNames compares authorityNamesIn with namedByJoin for
// every name on folded text.
func checkAuthorityNames(t *testing.T, folded string) {
	t.Helper()
	got := authorityNamesIn(folded)
	for _, a := range actor.AuthoritiesOn("") {
		for _, n := range a.Names {
			if want := namedByJoin(folded, n); got[n] != want {
				t.Errorf("name %q in %.80q: got %v, want %v", n, folded, got[n], want)
			}
		}
	}
}

func TestAuthorityNamesIn(t *testing.T) {
	for _, text := range []string{
		"",
		"Abkhazia",
		"The South  Ossetian leader, in south\nossetia's capital",
		"south-ossetia and south ossetians; southossetia",
		"TRANS-DNIESTER (Tiraspol): Dniester, Moldavian forces; dniester moldavian",
		"the tamil tiger's vanni base and Tamil, Tigers",
		"Chechen-Ingush, chechens and karabakhs; Karabakh’s",
		"Ābkhāzia, abkhazian… «artsakh» 1991karabakh karabakh1",
		"\xffabkhaz\xfe krajina-",
	} {
		checkAuthorityNames(t, actor.Fold(text))
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		checkAuthorityNames(t, actor.Fold(a.Body))
	}
}

func FuzzAuthorityNamesIn(f *testing.F) {
	for _, s := range []string{"south ossetia", "Tamil  Tigers, LTTE", "trans-dniester\u00a0republic", "a\x80b karabakh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkAuthorityNames(t, actor.Fold(text))
	})
}
