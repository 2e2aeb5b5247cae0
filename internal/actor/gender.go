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

// genderNouns: nouns that give the gender of the person they stand
// beside as title or apposition ("spokeswoman, NAME", "NAME, the
// ministry's spokeswoman,", "NAME, the wife of ..."). Courtesy titles
// are not among them: in an apposition "Ms." names someone else ("NAME,
// Ms. X's lawyer").
var genderNouns = map[string]byte{
	"spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm', "congresswoman": 'f',
	"councilman": 'm', "councilwoman": 'f', "assemblyman": 'm', "assemblywoman": 'f', "businessman": 'm', "businesswoman": 'f',
	"policeman": 'm', "policewoman": 'f', "anchorman": 'm', "anchorwoman": 'f', "actress": 'f', "widow": 'f', "widower": 'm',
	"king": 'm', "queen": 'f', "prince": 'm', "princess": 'f', "duchess": 'f', "countess": 'f',
	"mother": 'f', "daughter": 'f', "sister": 'f', "wife": 'f', "grandmother": 'f', "aunt": 'f', "niece": 'f', "granddaughter": 'f',
	"father": 'm', "son": 'm', "brother": 'm', "husband": 'm', "grandfather": 'm', "uncle": 'm', "nephew": 'm', "grandson": 'm',
}

// appositionGender: the gender a noun in the apposition right after the
// person's name gives ("NAME, the Kremlin spokesman, said"; "NAME,
// another ministry spokeswoman,"), 0 for none. A relative clause
// ("NAME, whose son ...") speaks of someone else, and a noun followed by
// a name titles that other person (", the spokesman NAME2").
func (st *docState) appositionGender(m mention) byte {
	if m.b >= len(st.toks) || st.toks[m.b].Text != "," {
		return 0
	}
	for k := m.b + 1; k < len(st.toks) && k <= m.b+8 && st.sentOf[k] == m.sent; k++ {
		t := st.toks[k]
		if !t.Word && t.Norm != "'s" && t.Norm != "’s" {
			return 0
		}
		if k == m.b+1 {
			switch t.Norm {
			case "who", "whose", "which", "where", "when", "and", "but", "said", "says":
				return 0
			}
		}
		if g := genderNouns[t.Norm]; g != 0 {
			if k+1 < len(st.toks) && st.toks[k+1].Cap && st.toks[k+1].Word && st.sentOf[k+1] == m.sent {
				return 0
			}
			return g
		}
	}
	return 0
}

// ownVerb: the index of the person's own reporting verb, right after the
// name or past an apposition ("NAME, the EU's foreign policy chief,
// said"), else -1.
func (st *docState) ownVerb(m mention) int {
	at := func(i int) int {
		for k := i; k < len(st.toks) && k <= i+2 && st.sentOf[k] == m.sent; k++ {
			w := st.tokNorm(k)
			if verbAfterSubject[w] && !isAuxiliary(w) {
				return k
			}
			if !st.toks[k].Word {
				return -1
			}
		}
		return -1
	}
	if v := at(m.b); v >= 0 {
		return v
	}
	if m.b < len(st.toks) && st.toks[m.b].Text == "," {
		for k := m.b + 1; k < len(st.toks) && k <= m.b+16 && st.sentOf[k] == m.sent; k++ {
			if st.toks[k].Text == "," {
				return at(k + 1)
			}
		}
	}
	return -1
}

// verbFillers may stand between a reporting verb and the pronoun of its
// clause that names the speaker ("said on Monday that she", "told
// reporters he", "said in a statement that her office").
var verbFillers = map[string]bool{
	"that": true, "on": true, "in": true, "a": true, "an": true, "the": true, "today": true, "yesterday": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"reporters": true, "journalists": true, "statement": true, "interview": true, "briefing": true, "later": true, "also": true,
}

// pronounAfterVerb: the gender of the personal pronoun that opens the
// clause of the reporting verb at v, past a few filler words ("NAME said
// she would stay", "NAME said on Monday that she", "NAME told reporters
// he", "NAME said her office"), 0 for none. Any other word ends the
// search: "NAME said Ms. X would" is about X.
func (st *docState) pronounAfterVerb(v, sent int) byte {
	for k := v + 1; k < len(st.toks) && k <= v+6 && st.sentOf[k] == sent; k++ {
		w := st.tokNorm(k)
		switch w {
		case "he", "she":
			return pronounGender(w)
		case "his", "her":
			if k == v+1 || st.tokNorm(k-1) == "that" {
				return pronounGender(w)
			}
			return 0
		}
		if !verbFillers[w] {
			return 0
		}
	}
	return 0
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
		// a word before the name ("Ms. NAME", "spokeswoman NAME"), or a
		// gendered noun before an apposed name ("the government
		// spokeswoman, NAME,")
		k := m.a - 1
		if k >= 0 && st.toks[k].Text == "." {
			k--
		}
		if k >= 0 && st.sentOf[k] == m.sent {
			give(m.actor, genderWords[st.toks[k].Norm])
		}
		if k := m.a - 2; k >= 0 && st.toks[k+1].Text == "," && st.sentOf[k] == m.sent {
			give(m.actor, genderNouns[st.toks[k].Norm])
		}
		// a gendered noun in the apposition after the name ("NAME, the
		// Kremlin spokesman,")
		give(m.actor, st.appositionGender(m))
		// the pronoun that opens the clause of the person's own
		// reporting verb ("NAME said she would stay", "NAME, the EU's
		// envoy, said on Monday that her office")
		if v := st.ownVerb(m); v >= 0 {
			give(m.actor, st.pronounAfterVerb(v, m.sent))
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
		// (not a "she" when a woman the story marked as such is named
		// in the four sentences before: the pronoun is hers, see
		// antecedent)
		marked := false
		for _, a := range st.ments {
			if g == 'f' && a.a < m.a && a.sent >= m.sent-4 && a.kind == parallax.KindPerson && a.resolved && a.anaphor == "" && a.actor != only && out[a.actor] == g {
				marked = true
			}
		}
		if _, known := out[only]; only != "" && only != "-" && !known && !conflict[only] && !marked {
			out[only] = g // the first such pronoun decides: a later one of the other gender is someone else
		}
	}
	return out
}
