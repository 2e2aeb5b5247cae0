package actor

import (
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// textSpellings gives a person the article's own spelling of their full
// name where the knowledge base has only the imported dictionaries'
// folded one: those dictionaries write every name in ASCII ("Blaise
// Compaore", "Francois Bozize"), while the canonical name is the English
// Wikipedia title, which keeps the diacritics that the article writes
// ("Blaise Compaoré"). The article's name must fold to the entry's name
// letter for letter (the same person, only marked), and the entry must
// be an imported one (a curated entry is the title already, whatever the
// article writes: "Ghassan Salame" stays "Ghassan Salamé"). Every
// mention resolved to the person, surnames and pronouns too, takes the
// spelling.
func (st *docState) textSpellings() {
	var rename map[string]string
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || e.Text == e.Actor || !nonASCII(e.Text) || nonASCII(e.Actor) {
			continue
		}
		ai, ok := st.kb.byName[e.Actor]
		if !ok || st.kb.Actors[ai].curated || Fold(e.Text) != Fold(e.Actor) {
			continue
		}
		if _, seen := rename[e.Actor]; seen {
			continue // the article's first spelling, as unifyPersons keeps it
		}
		if rename == nil {
			rename = map[string]string{}
		}
		rename[e.Actor] = e.Text
	}
	if rename == nil {
		return
	}
	for i := range st.doc.Entities {
		if to, ok := rename[st.doc.Entities[i].Actor]; ok {
			st.doc.Entities[i].Actor = to
		}
	}
}

// nonASCII: s holds a letter outside ASCII.
func nonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
