package actor

import "github.com/parallaxhq/parallax"

// A person's family name may be a state's or a capital's ("Linda
// Jordan", "Elena Paris", "Luís Montenegro", "Thérèse Kayikwamba
// Wagner"). The recogniser then tags the full name or the later bare
// surname as a place, and the lookup reads it as the state or its
// government. The rules below keep such a name the person's: the full
// name by a first name or a title before it, the later surname by the
// full name written before it and a mark of a person where it stands.

// personalHonorifics are the courtesy titles of a surname ("Ms. Jordan").
var personalHonorifics = map[string]bool{"mr": true, "ms": true, "mrs": true, "miss": true, "dr": true, "mx": true}

// personsNamedLikePlaces tags as a person a recogniser's place of two or
// three capitalised words whose last word alone is a state or capital and
// whose first word is a known first name or follows a title ("Ambassador
// Linda Jordan"): a given name before a state's name makes a person, not a
// place. A name the knowledge base holds whole ("Papua New Guinea",
// "South Sudan") or one the geoparser placed keeps its kind.
func (st *docState) personsNamedLikePlaces() {
	placed := map[string]bool{}
	for _, p := range st.doc.Places {
		placed[Fold(p.Text)] = true
	}
	for j := range st.doc.Entities {
		e := &st.doc.Entities[j]
		if e.Kind != parallax.KindGPE && e.Kind != parallax.KindLocation {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || b-a < 2 || b-a > 3 || placed[Fold(e.Text)] {
			continue
		}
		if _, whole := st.kb.phrases[Fold(e.Text)]; whole {
			continue
		}
		allCap := true
		for k := a; k < b; k++ {
			if t := st.toks[k]; !t.Word || !t.Cap {
				allCap = false
			}
		}
		if !allCap || !placeOnly(st.kb.phrases[st.toks[b-1].Norm]) {
			continue
		}
		if _, known := st.kb.phrases[st.toks[a].Norm]; known {
			continue // "South Jordan", "New Paris"
		}
		titled := a > 0 && st.sentOf[a-1] == st.sentOf[a] && (titleWord(st.tokNorm(a-1)) || personalHonorifics[st.tokNorm(a-1)] ||
			st.toks[a-1].Text == "." && a > 1 && personalHonorifics[st.tokNorm(a-2)])
		if titled || st.kb.firstNames[st.toks[a].Norm] {
			e.Kind = parallax.KindPerson
		}
	}
}

// surnameOfPersonAt: the place hit over [i, i+n) is the end of a
// recogniser's person of two words or more whose words before it are
// capitalised and no title: the family name of the person ("Linda
// Jordan"), not a place.
func (st *docState) surnameOfPersonAt(i, n int, personEnd []int) bool {
	for a := i - 1; a >= 0 && a >= i-3; a-- {
		if personEnd[a]-1 != i+n {
			continue
		}
		for k := a; k < i; k++ {
			if t := st.toks[k]; !t.Word || !t.Cap || st.titleAt(k) {
				return false
			}
		}
		return true
	}
	return false
}

// personalMarkAt: the bare name at token i stands where a person does:
// after a courtesy title ("Ms. Jordan") or as the subject of a reporting
// verb, not after a preposition or a conjunction ("in Jordan", "Amman and
// Paris said").
func (st *docState) personalMarkAt(i, b int) bool {
	p := i - 1
	if st.tokNorm(p) == "." {
		p--
	}
	if p >= 0 && personalHonorifics[st.tokNorm(p)] && st.toks[p].Cap {
		return true
	}
	if i > 0 && st.sentOf[i-1] == st.sentOf[i] {
		switch st.tokNorm(i - 1) {
		case "in", "to", "from", "of", "at", "with", "and", "or", "by", "for", "on", "between", "the", "near", "into", "across":
			return false
		}
	}
	return memberSpeechVerbs[st.tokNorm(b)]
}

// yieldToPerson drops the non-person mentions inside [a, b) so that a
// person's mention can take the words.
func (st *docState) yieldToPerson(a, b int) bool {
	for k := range st.ments {
		m := &st.ments[k]
		if m.a < b && a < m.b && (m.kind == parallax.KindPerson || m.a < a || m.b > b) {
			return false // a person already, or a longer name over the words
		}
	}
	for k := range st.ments {
		m := &st.ments[k]
		if m.a >= a && m.b <= b {
			m.resolved, m.actor, m.side, m.anaphor = false, "", "", ""
		}
	}
	for k := a; k < b; k++ {
		st.cover[k] = false
	}
	return true
}

// kinOfSurname picks, of the persons named in full before (in the order
// named) with the family name surname, the one "the younger" (the last
// introduced) or "the elder" (the first) refers to; it needs two persons
// or more of the name, since with one the phrase names another of the
// family.
func kinOfSurname(named []mention, surname string, younger bool) (int, bool) {
	first, last := -1, -1
	actors := map[string]bool{}
	for k, n := range named {
		if n.surname != surname || actors[n.actor] {
			continue
		}
		actors[n.actor] = true
		if first < 0 {
			first = k
		}
		last = k
	}
	if len(actors) < 2 {
		return 0, false
	}
	if younger {
		return last, true
	}
	return first, true
}
