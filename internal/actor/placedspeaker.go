package actor

import "github.com/parallaxhq/parallax"

// placedSpeakerSides: in a story filed from two states' towns at once
// ("KHARTOUM/JUBA", "GEORGETOWN/PARAMARIBO"), each side's officials speak
// from home, and the reporter places them there rather than naming their
// state in the title: "Army spokesman NAME told reporters in Khartoum",
// "In Juba, army spokesman NAME said". A person the knowledge base does
// not know, titled as a state's official without a country in the title,
// takes the state of the dateline town their own sentence places them in.
// The side the title gave before came from the army or state named last
// or most, as often the other party's; the place is the reporter's own
// mark. Every mention of the person follows ("Aguer said", "he said").
func (st *docState) placedSpeakerSides() {
	home := st.datelineTownStates()
	if len(home) < 2 {
		return
	}
	placed := map[string]string{}
	for i := range st.ments {
		m := &st.ments[i]
		if m.kind != parallax.KindPerson && m.role != "" && m.inst != "" && m.resolved {
			// "In Asmara, an army spokesman said": an unnamed office
			// holder speaks for their body of the placed state
			if s := st.speakerPlaceState(m.a, m.b); s != "" && home[s] && s != m.side && st.unmarkedTitleSpan(m.a, m.b) {
				if ci, ok := st.kb.bySide[s]; ok {
					m.actor, m.kind = st.bodyName(ci, m.inst)
					m.side = s
				}
			}
			continue
		}
		if m.kind != parallax.KindPerson || !m.resolved || m.actor == "" {
			continue
		}
		if _, seen := placed[m.actor]; seen {
			continue
		}
		if _, known := st.kb.Actor(m.actor); known {
			continue
		}
		if !st.unmarkedOfficialTitle(m.a) {
			continue
		}
		if s := st.speakerPlaceState(m.a, m.b); s != "" && home[s] && s != m.side {
			placed[m.actor] = s
		}
	}
	if len(placed) == 0 {
		return
	}
	for i := range st.ments {
		m := &st.ments[i]
		if s, ok := placed[m.actor]; ok && m.kind == parallax.KindPerson && m.resolved {
			m.side = s
		}
	}
}

// datelineTownStates are the states of the towns a slash joins in the
// story's first dateline ("KHARTOUM/JUBA": Sudan and South Sudan); none
// for a dateline of one town.
func (st *docState) datelineTownStates() map[string]bool {
	if len(st.datelines) == 0 || st.datelines[0].Start > homeDatelineReach || st.datelines[0].Towns < 2 {
		return nil
	}
	out := map[string]bool{}
	d := st.datelines[0]
	for _, town := range d.Places[:d.Towns] {
		for _, p := range st.doc.Places {
			if p.Country != "" && town.Contains(parallax.Span{Start: p.Start, End: p.End}) {
				if c, ok := st.kb.CountryOfISO2(p.Country); ok {
					out[c.Side] = true
				}
				break
			}
		}
	}
	return out
}

// unmarkedOfficialTitle: the title run right before the name at token a
// (back to the sentence's start or a comma) holds a spokesperson's word, a
// state title or a rank, and no country, demonym or capital ("army
// spokesman", "defence ministry spokesman Colonel"; not "Ghanaian army
// spokesman").
func (st *docState) unmarkedOfficialTitle(a int) bool {
	sent := st.sentOf[a]
	official := false
	for i := a - 1; i >= 0 && i >= a-6 && st.sentOf[i] == sent; i-- {
		t := st.toks[i]
		if !t.Word && t.Text != "." && t.Text != "-" {
			break
		}
		if l, ok := st.lexCovering(i); ok {
			if _, c := l.countryHit(); c || l.has(hitCapital) || l.has(hitDemonym) {
				return false
			}
		}
		if t.Norm == "'s" {
			return false // "Guinea's army spokesman": a possessor marks it
		}
		if spokesWords[t.Norm] || rankWords[t.Norm] || st.stateTitleAt(i) {
			official = true
		}
	}
	return official
}

// unmarkedTitleSpan: the title over [a, b) names no country, demonym,
// capital or possessor ("army spokesman", not "Eritrean army spokesman"
// nor "Eritrea's army spokesman").
func (st *docState) unmarkedTitleSpan(a, b int) bool {
	for i := a; i < b; i++ {
		if st.tokNorm(i) == "'s" || st.tokNorm(i) == "’s" {
			return false
		}
		if l, ok := st.lexCovering(i); ok {
			if _, c := l.countryHit(); c || l.has(hitCapital) || l.has(hitDemonym) {
				return false
			}
		}
	}
	return true
}

// speakerPlaceState is the state of the place the sentence of a speaker
// named over [a, b) puts them in: a sentence opening "In TOWN," or
// "Speaking in TOWN,", or "in TOWN" right after the speaker's verb ("said
// in Conakry", "told reporters in Khartoum"); "" for none.
func (st *docState) speakerPlaceState(a, b int) string {
	sent := st.sentOf[a]
	start := a
	for start > 0 && st.sentOf[start-1] == sent {
		start--
	}
	// "In Juba, army spokesman NAME said": at most one word before "in"
	for k := start; k <= start+1 && k < a; k++ {
		if st.tokNorm(k) != "in" {
			continue
		}
		if s, end := st.placeStateAt(k + 1); s != "" && st.tokNorm(end) == "," && end < a {
			return s
		}
	}
	// "NAME told reporters in Khartoum that", "NAME said in Conakry that"
	if !speakerVerbs[st.tokNorm(b)] {
		return ""
	}
	for k := b + 1; k < len(st.toks) && k <= b+5 && st.sentOf[k] == sent; k++ {
		t := st.toks[k]
		if !t.Word || t.Norm == "that" || t.InQuote {
			return ""
		}
		if t.Norm == "in" {
			s, _ := st.placeStateAt(k + 1)
			return s
		}
	}
	return ""
}

// speakerVerbs report a speaker's words in the sentence that places them.
var speakerVerbs = map[string]bool{"said": true, "told": true, "says": true, "tells": true}

// placeStateAt is the state of the town, capital or country named from
// token i, with the token after the name; "" when no state's place starts
// there.
func (st *docState) placeStateAt(i int) (string, int) {
	if i >= len(st.toks) {
		return "", i
	}
	if l, ok := st.lexStarting(i); ok {
		if h, c := l.countryHit(); c {
			return st.kb.Countries[h.idx].Side, l.b
		}
		if h, c := l.first(hitCapital); c {
			return st.kb.Countries[h.idx].Side, l.b
		}
	}
	start := st.toks[i].Start
	for _, p := range st.doc.Places {
		if p.Start != start || p.Country == "" {
			continue
		}
		c, ok := st.kb.CountryOfISO2(p.Country)
		if !ok {
			return "", i
		}
		end := i
		for end < len(st.toks) && st.toks[end].Start < p.End {
			end++
		}
		return c.Side, end
	}
	return "", i
}

// longerBodyName handles an intergovernmental body's name made of common
// words ("Security Council") that ends a longer capitalised name ("Peace
// and Security Council", "Mediation and Security Council"): the longer
// name is another body's, the one its owner names before it ("the
// African Union's Peace and Security Council", "the AU Peace and
// Security Council": the AU's), not the body of the shorter name. It
// returns the hits to keep for tokens [a, b): the owner's when an
// intergovernmental body of another side owns the name, none when no
// known body does ("the bloc's Mediation and Security Council": a wrong
// side is worse than none), and hs unchanged when the name is no longer.
func (st *docState) longerBodyName(a, b int, hs []hit) []hit {
	if a < 2 || st.tokNorm(a-1) != "and" || !st.toks[a-2].Word || !st.toks[a-2].Cap {
		return hs
	}
	if n := len(st.lex); n > 0 && st.lex[n-1].b > a-2 {
		return hs // "the United States and the EU": two names
	}
	for k := a; k < b; k++ {
		if !st.toks[k].Word || intergovernmentalWords[st.tokNorm(k)] {
			return hs // "Russia and NATO", "Peace and the UN Security Council": the body's own name
		}
	}
	side := ""
	for _, h := range hs {
		if h.kind != hitActor {
			continue // the institution of a state's security council ("secco")
		}
		if !intergovernmental[st.kb.Actors[h.idx].Side] {
			return hs
		}
		side = st.kb.Actors[h.idx].Side
	}
	if side == "" {
		return hs
	}
	// the owner's name ends right before the longer name's first word,
	// or before its possessive
	end := a - 2
	if n := st.tokNorm(end - 1); n == "'s" || n == "’s" {
		end--
	}
	owner := -1
	if n := len(st.lex); n > 0 && st.lex[n-1].b == end {
		owner = n - 1
	} else if end < a-2 && blocNouns[st.tokNorm(end-1)] && st.tokNorm(end-2) == "the" {
		// "the bloc's Mediation and Security Council": the body the
		// noun takes up, the last union of states named in its sentence
		// or the one before
		for k := len(st.lex) - 1; k >= 0 && st.sentOf[st.lex[k].a] >= st.sentOf[a]-1; k-- {
			if len(st.ownUnionHits(st.lex[k].hits, side)) > 0 {
				owner = k
				break
			}
		}
	}
	if owner >= 0 {
		if own := st.ownUnionHits(st.lex[owner].hits, side); len(own) > 0 {
			return own
		}
	}
	return nil
}

// blocNouns take up a union of states named before ("the bloc's",
// "the alliance's").
var blocNouns = map[string]bool{"bloc": true, "alliance": true, "union": true, "organisation": true, "organization": true, "community": true}

// ownUnionHits are the hits of hs that name a union of states other than
// the one of side.
func (st *docState) ownUnionHits(hs []hit, side string) []hit {
	var own []hit
	for _, h := range hs {
		if h.kind == hitActor && intergovernmental[st.kb.Actors[h.idx].Side] && st.kb.Actors[h.idx].Side != side {
			own = append(own, h)
		}
	}
	return own
}
