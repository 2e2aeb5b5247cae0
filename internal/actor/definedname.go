package actor

import "strings"

// Movements a story names in full and defines by their short name in
// brackets: "the Front de libération nationale du Tchad (FROLINAT)",
// "the Union des forces pour la démocratie et le développement (UFDD)",
// "the Movimiento 19 de Abril (M-19)". French, Spanish and Portuguese
// names keep their small words and adjectives in lower case, so the
// recogniser cuts them short or misses them; the acronym after them says
// where the name starts: at the last capitalised word from which the
// acronym's letters are the initials of the name's words in order. A
// name the story so defines is a group of the stage when the story shows
// it a party of the fighting (unlisted.go's armedContext); its side is
// the acronym (DESIGN §3). "The Communist Party of Nepal (Maoist)"
// defines no acronym but a qualifier that the party's short name keeps
// (CPN-Maoist): its side is the name's initials and the qualifier.

// definedNameSpan is the whole name the acronym in brackets at open
// ("(" ACR ")") defines: [start, open) and the acronym; start < 0 when
// the words before the bracket do not spell the acronym.
func (st *docState) definedNameSpan(open int) (int, string) {
	if open < 1 || open+2 >= len(st.toks) || st.toks[open].Text != "(" || st.toks[open+2].Text != ")" {
		return -1, ""
	}
	acr := st.toks[open+1].Text
	if !groupAcronym(acr) && !numberedAcronym(acr) {
		return -1, ""
	}
	sent := st.sentOf[open]
	best := -1
	for s := open - 1; s >= 0 && s >= open-14 && st.sentOf[s] == sent; s-- {
		t := st.toks[s]
		if !t.Word && t.Norm != "'s" && t.Norm != "’s" {
			break
		}
		if t.Cap && acronymSpells(acr, st.nameWords(s, open)) {
			best = s
			break
		}
	}
	return best, acr
}

// nameWords are the words [a, b) as an acronym reads them: folded to
// upper-case letters and digits, "l'Azawad" and "d'Ivoire" without the
// article's apostrophe, a possessive "'s" left out.
func (st *docState) nameWords(a, b int) []string {
	var out []string
	for i := a; i < b; i++ {
		w := st.toks[i].Text
		if st.toks[i].Norm == "'s" || st.toks[i].Norm == "’s" {
			continue
		}
		for _, p := range []string{"l'", "d'", "l’", "d’", "L'", "D'"} {
			if strings.HasPrefix(w, p) && len(w) > len(p) {
				w = w[len(p):]
			}
		}
		if c := sideCode(w); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// acronymSpells: the acronym's letters and digits are, in order, the
// opening letters of the name's words, the first word always used and
// others skipped ("MNJ" of "Mouvement des Nigériens pour la justice",
// "FROLINAT" of "FROnt de LIbération NAtionale du Tchad", "M19" of
// "Movimiento 19 de Abril").
func acronymSpells(acr string, words []string) bool {
	letters := sideCode(acr)
	if letters == "" || len(words) == 0 || letters[0] != words[0][0] {
		return false
	}
	var spell func(i, w int) bool
	spell = func(i, w int) bool {
		if i == len(letters) {
			return true
		}
		if w == len(words) {
			return false
		}
		for k := 1; k <= len(words[w]) && i+k <= len(letters) && letters[i+k-1] == words[w][k-1]; k++ {
			if spell(i+k, w+1) {
				return true
			}
		}
		return w > 0 && spell(i, w+1)
	}
	return spell(0, 0)
}

// numberedAcronym: a capital and a number, joined or by a hyphen ("M-19",
// "M23").
func numberedAcronym(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	rest := strings.TrimPrefix(s[1:], "-")
	if rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// definedNameEnd: the name starting at a is followed, within a few words
// (the lower-case words of a French or Spanish name), by the acronym in
// brackets it spells: the token of the bracket, else -1.
func (st *docState) definedNameEnd(a int) int {
	for j := a + 1; j < len(st.toks) && j < a+15 && st.sentOf[j] == st.sentOf[a]; j++ {
		if st.toks[j].Text == "(" {
			if s, _ := st.definedNameSpan(j); s == a {
				return j
			}
			return -1
		}
		if !st.toks[j].Word && st.toks[j].Norm != "'s" && st.toks[j].Norm != "’s" {
			return -1
		}
	}
	return -1
}

// qualifierAfter is the word in brackets after the name ending at b that
// the party's short name keeps ("Communist Party of Nepal (Maoist)"), or
// "": one capitalised word that is no acronym.
func (st *docState) qualifierAfter(b int) string {
	if b+2 >= len(st.toks) || st.toks[b].Text != "(" || st.toks[b+2].Text != ")" {
		return ""
	}
	q := st.toks[b+1]
	if !q.Cap || !q.Word || groupAcronym(q.Text) || numberedAcronym(q.Text) || len(q.Text) < 4 {
		return ""
	}
	return q.Text
}

// stateArmyName: the name is a state's armed forces in English, French,
// Spanish or Portuguese ("Forces armées nationales tchadiennes",
// "Fuerzas Armadas de Honduras"), never a movement's.
func stateArmyName(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		switch words[i] {
		case "forces", "fuerzas", "forcas", "force":
			if words[i+1] == "armees" || words[i+1] == "armadas" || words[i+1] == "armed" {
				return true
			}
		case "armed", "armees":
			if words[i+1] == "forces" {
				return true
			}
		}
	}
	return false
}

// stateBodyHeads make a name that holds its state's name or people that
// state's body ("Uganda People's Defence Force", "Nepal Police"), even
// when the story defines an acronym for it.
var stateBodyHeads = map[string]bool{
	"army": true, "armee": true, "ejercito": true, "exercito": true, "force": true, "forces": true,
	"fuerzas": true, "forcas": true, "defence": true, "defense": true, "guard": true, "government": true,
	"navy": true, "police": true, "gendarmerie": true, "ministry": true, "republic": true, "state": true,
}

// definedMovement: the name at [a, b) that holds a state's name or people
// is nonetheless a movement's: the story defines its short name after it
// (an acronym or a qualifier) and no word of it is a state body's head
// ("Rwandese Patriotic Front (RPF)", "Frente Nacional de Libertação de
// Angola (FNLA)", "Communist Party of Nepal (Maoist)"); whether it fights
// is for the caller to read.
func (st *docState) definedMovement(a, b int, words []string) bool {
	if st.acronymAfter(b) == "" && st.qualifierAfter(b) == "" {
		return false
	}
	for _, w := range words {
		if stateBodyHeads[w] {
			return false
		}
	}
	return !stateArmyName(words)
}

// memberSuffix: a word of a movement's name that its members go by
// ("Zapatista", "Sandinista": Spanish nouns of followers); "Socialist"
// or "Nationalist" name many parties and are not read so.
func memberSuffix(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ista")
}

// definedNonParty: the story defines the acronym for a name that is a
// state's armed forces or a body of civil society ("the Forces armées
// nationales tchadiennes (FANT)", "the Ligue algérienne des droits de
// l'homme (LADH)"), so the acronym alone names no movement.
func (st *docState) definedNonParty(acr string) bool {
	for _, i := range st.openParens() {
		if i+2 >= len(st.toks) {
			break
		}
		if st.toks[i+1].Text != acr {
			continue
		}
		if s, _ := st.definedNameSpan(i); s >= 0 {
			words := st.words(s, i)
			if stateArmyName(words) || hardNonParty(words) || st.nonPartyContext(s, i) {
				return true
			}
		}
	}
	return false
}

// openParens: the indices of the document's "(" tokens, in order, found
// once a document. definedNonParty asks for them once a one-word name the
// base lacks, and a scan of every token each time was most of its cost.
func (st *docState) openParens() []int {
	if !st.parensDone {
		st.parensDone = true
		for i, t := range st.toks {
			if t.Text == "(" {
				st.parens = append(st.parens, i)
			}
		}
	}
	return st.parens
}
