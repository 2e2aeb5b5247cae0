package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// parsed returns the parsed token of sentence si that starts where token
// i starts, with its 1-based index; ok is false when the sentence carries
// no parse or no token starts there.
func (st *state) parsed(si, i int) (parallax.Token, int, bool) {
	if si < 0 || si >= len(st.doc.Sentences) || i < 0 || i >= len(st.toks) {
		return parallax.Token{}, 0, false
	}
	sent := st.doc.Sentences[si]
	if len(sent.Tokens) == 0 || sent.Tokens[0].Rel == "" {
		return parallax.Token{}, 0, false
	}
	start := st.toks[i].Start
	for k, t := range sent.Tokens {
		if t.Start == start {
			return t, k + 1, true
		}
	}
	return parallax.Token{}, 0, false
}

// finiteVerbIn: the parse tags a finite verb or a modal in tokens [a, b)
// of sentence si ("the leader of the movement" has none, "Rebels took
// the town" has one).
func (st *state) finiteVerbIn(si, a, b int) bool {
	for i := a; i < b; i++ {
		if t, _, ok := st.parsed(si, i); ok {
			switch t.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// insertion: the clause break at token i ("however", "while") opens a
// comma-delimited insertion that closes before the cue at ca ("The
// ministry, however, said", "Casin, while condemning the violence,
// says"), so the subject before it still governs the cue.
func (st *state) insertion(i, ca int) bool {
	if st.norm(i+1) == "," {
		return true // ", however, said"
	}
	if !strings.HasSuffix(st.norm(i+1), "ing") {
		return false
	}
	for k := i + 2; k < ca; k++ {
		if st.norm(k) == "," {
			for j := k + 1; j < ca; j++ {
				if !adverbials[st.norm(j)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// appositivePerson finds a person named in apposition right before the
// cue at ca, after the title that opens the clause: "The Foreign
// Secretary, Boris Johnson, said", "the leader of the movement, Florence
// Ozor, said", "Erdogan's communication chief, Fahrettin Altun, Monday
// tweeted", "Malaysia's Prime Minister, Najib Razak said". The person,
// not a body named in the title, speaks; a person without a side takes
// the side of the body their title names.
func (st *state) appositivePerson(si, a, ca int) (speaker, bool) {
	e := ca
	for e > a && (adverbials[st.norm(e-1)] || calendarWords[st.norm(e-1)]) {
		e--
	}
	if st.norm(e-1) == "," {
		e--
	}
	ei, ea, ok := st.entityEndingAt(e)
	if !ok || ea <= a+1 || st.doc.Entities[ei].Kind != parallax.KindPerson || st.norm(ea-1) != "," || st.inQuote(ea) {
		return speaker{}, false
	}
	if pronoun(st.doc.Entities[ei].Text) {
		return speaker{}, false
	}
	// the title before the comma: a noun phrase without a finite verb or
	// a quotation, opening the clause
	t0 := a
	for k := ea - 2; k >= a; k-- {
		if st.norm(k) == "," || st.norm(k) == ";" || st.isCloseQuote(k) || st.isOpenQuote(k) {
			t0 = k + 1
			break
		}
	}
	if t0 >= ea-1 || st.finiteVerbIn(si, t0, ea-1) {
		return speaker{}, false
	}
	words := 0
	for k := t0; k < ea-1; k++ {
		if _, isCue := verbCues[st.norm(k)]; isCue && !st.toks[k].Cap {
			return speaker{}, false
		}
		if st.toks[k].Word {
			words++
		}
	}
	if words == 0 || words > 14 {
		return speaker{}, false
	}
	spk := st.speakerFromEntity(ei, ea, e)
	if spk.side == "" && !prepositions(st.norm(t0)) {
		for k := t0; k < ea-1; k++ {
			if ej, eb, ok := st.entityStartingAt(k); ok && eb <= ea-1 && st.doc.Entities[ej].Side != "" {
				spk.side = st.doc.Entities[ej].Side
				break
			}
		}
	}
	return spk, true
}

// nounSubject reads the parse's nominal subject of the cue at ca when it
// is a common noun that no entity covers ("The owner said", "An owner of
// a printing press, who requested anonymity, told VOA"): the noun phrase
// up to its head speaks, with no side.
func (st *state) nounSubject(si, a, ca int) (speaker, bool) {
	_, verb, ok := st.parsed(si, ca)
	if !ok {
		return speaker{}, false
	}
	sent := st.doc.Sentences[si].Tokens
	subj := subjectOf(sent, verb)
	if subj < 0 || sent[subj].UPOS != "NOUN" {
		return speaker{}, false
	}
	head := sent[subj]
	// the head's own modifiers before it: determiners, adjectives,
	// compounds
	lo := head.Start
	for k := subj - 1; k >= 0; k-- {
		u := sent[k]
		if u.Head != subj+1 {
			break
		}
		switch u.Rel {
		case "det", "amod", "compound", "nmod:poss", "case", "nummod":
			lo = u.Start
			continue
		}
		break
	}
	sa, sb := -1, -1
	for i := a; i < ca; i++ {
		if st.toks[i].Start >= lo && sa < 0 {
			sa = i
		}
		if st.toks[i].End <= head.End {
			sb = i + 1
		}
	}
	if sa < 0 || sb <= sa || st.inQuote(sa) {
		return speaker{}, false
	}
	for sa < sb && (st.norm(sa) == "the" || st.norm(sa) == "a" || st.norm(sa) == "an") {
		sa++
	}
	if sa >= sb {
		return speaker{}, false
	}
	return speaker{a: sa, b: sb, ent: -1}, true
}

// subjectOf is the 0-based index of the nominal subject of the verb at
// 1-based index verb: its own, that of the verb it is coordinated with
// ("addressed the girls and said"), or, for a relative pronoun, the noun
// the relative clause modifies ("Washington, which claims"); -1 if none.
func subjectOf(sent []parallax.Token, verb int) int {
	for hop := 0; hop < 3 && verb > 0 && verb <= len(sent); hop++ {
		for k, t := range sent {
			if t.Head != verb || (t.Rel != "nsubj" && t.Rel != "nsubj:outer") {
				continue
			}
			if w := strings.ToLower(t.Text); (w == "which" || w == "who" || w == "that") && strings.HasPrefix(sent[verb-1].Rel, "acl") {
				return sent[verb-1].Head - 1
			}
			return k
		}
		v := sent[verb-1]
		if v.Rel != "conj" {
			return -1
		}
		verb = v.Head
	}
	return -1
}

// clauseFollows: the parse makes the words from token j a clause
// complement of the cue at ca, reported without "that" ("is warning it
// could turn to ...", "declared the war was over"): token j or the one
// after it is the subject of a ccomp of the cue.
func (st *state) clauseFollows(si, ca, j int) bool {
	_, verb, ok := st.parsed(si, ca)
	if !ok {
		return false
	}
	sent := st.doc.Sentences[si].Tokens
	for k := j; k <= j+1; k++ {
		t, _, ok := st.parsed(si, k)
		if !ok || !strings.HasPrefix(t.Rel, "nsubj") || t.Head < 1 || t.Head > len(sent) {
			continue
		}
		h := sent[t.Head-1]
		if h.Rel == "ccomp" && h.Head == verb {
			return true
		}
	}
	return false
}
