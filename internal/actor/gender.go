package actor

import "github.com/parallaxhq/parallax"

// The story's own words give some people a grammatical gender: a
// courtesy title ("Ms. NAME", "Mr. NAME"), a gendered title just before
// the name ("spokeswoman NAME", "chairman NAME"), or the pronoun the
// writer uses for the person in the clause the person speaks in ("NAME
// said she", "NAME says he"), or the pronoun that speaks where the story
// leaves it no one else ('"...," she said' with one person named in that
// sentence and the two before). No list of first names is consulted: a
// name alone says nothing here. A person given both genders has none.

// genderWords: words before a name that give the person's gender.
var genderWords = map[string]byte{
	"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "madame": 'f', "sir": 'm', "dame": 'f', "lady": 'f', "lord": 'm', "baroness": 'f', "baron": 'm',
	"spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm', "congresswoman": 'f',
	"businessman": 'm', "businesswoman": 'f', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f',
}

// pronounGender: the gender of a personal pronoun, 0 for none.
func pronounGender(w string) byte {
	switch w {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// genders returns the gender the story gives each person actor it names.
func (st *docState) genders() map[string]byte {
	out := map[string]byte{}
	conflict := map[string]bool{}
	give := func(actor string, g byte) {
		if g == 0 || actor == "" || conflict[actor] {
			return
		}
		if h, ok := out[actor]; ok && h != g {
			delete(out, actor)
			conflict[actor] = true
			return
		}
		out[actor] = g
	}
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || !m.resolved || m.anaphor != "" || m.actor == "" {
			continue
		}
		// a word before the name ("Ms. NAME", "spokeswoman NAME")
		k := m.a - 1
		if k >= 0 && st.toks[k].Text == "." {
			k--
		}
		if k >= 0 && st.sentOf[k] == m.sent {
			give(m.actor, genderWords[st.toks[k].Norm])
		}
		// the pronoun right after the person's own reporting verb
		// ("NAME said she would stay")
		if v := m.b; v+1 < len(st.toks) && st.sentOf[v+1] == m.sent && verbAfterSubject[st.tokNorm(v)] && !isAuxiliary(st.tokNorm(v)) {
			if w := st.tokNorm(v + 1); w == "he" || w == "she" {
				give(m.actor, pronounGender(w))
			}
		}
	}
	// a pronoun that speaks ("she said", '"...," he added') with only one
	// person named outside quotes in its sentence and the two before: the
	// writer could mean no one else (the first such pronoun of a person
	// decides; a later one of the other gender stands for someone else)
	for _, m := range st.ments {
		if m.anaphor != "he" || m.b-m.a != 1 || !st.reportsAfter(m.b) {
			continue
		}
		g := pronounGender(st.toks[m.a].Norm)
		if g == 0 {
			continue
		}
		only := ""
		for _, a := range st.ments {
			if a.a >= m.a || a.sent < m.sent-2 || a.kind != parallax.KindPerson || !a.resolved || a.anaphor != "" || a.actor == "" || a.inQuote {
				continue
			}
			if only != "" && only != a.actor {
				only = "-"
				break
			}
			only = a.actor
		}
		if _, known := out[only]; only != "" && only != "-" && !known && !conflict[only] {
			out[only] = g // the first such pronoun decides: a later one of the other gender is someone else
		}
	}
	return out
}
