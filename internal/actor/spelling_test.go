package actor

import "testing"

// TestTextSpellings: a person of the imported (ASCII) dictionaries takes
// the article's spelling with its diacritics, the surname too; a curated
// entry keeps its title whatever the article writes; an ASCII spelling
// keeps the entry's name.
func TestTextSpellings(t *testing.T) {
	for _, tc := range []struct {
		name, text, published, person, want string
	}{
		{"imported name with diacritics", "President Blaise Compaoré said the army would stay in its barracks. Compaoré spoke in Ouagadougou.", "2008-04-14", "Blaise Compaoré", "Blaise Compaoré"},
		{"its surname too", "President Blaise Compaoré said the army would stay in its barracks. Compaoré spoke in Ouagadougou.", "2008-04-14", "Compaoré", "Blaise Compaoré"},
		{"ASCII copy keeps the entry", "President Blaise Compaore said the army would stay in its barracks.", "2008-04-14", "Blaise Compaore", "Blaise Compaore"},
		{"curated title over the copy's accents", "Ghassan Salame said the talks would resume.", "2019-04-10", "Ghassan Salame", "Ghassan Salamé"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, tc.published)
			e, ok := findLast(doc, tc.person)
			if !ok || e.Actor != tc.want {
				t.Errorf("%s -> %+v, want actor %q", tc.person, e, tc.want)
			}
		})
	}
}
