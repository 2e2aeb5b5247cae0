package actor

import "github.com/parallaxhq/parallax"

// ownerBefore is the side of the party that owns "its" or "their" at
// token i: the first party named before it in its sentence, else the first
// in the sentence before, the subject such a pronoun takes up ("Eritrea
// rejected the account. Its information minister, NAME, said"; "The KDF
// said al-Shabaab had planted the device. Its spokesperson"). A party is a
// body with a side (group, government, army, organisation) or a state
// named as such: leaving states out took the owner from a body named
// further back, often the other party's. A person or a town owns no
// "its"; a state before "'s" and a body ("Afghanistan's Taliban
// administration") yields to the body, the phrase's head.
func (st *docState) ownerBefore(i int) string {
	sent := st.sentOf[i]
	for _, s := range []int{sent, sent - 1} {
		if s < 0 {
			continue
		}
		for k, m := range st.ments {
			if m.b > i || st.sentOf[m.a] != s || m.side == "" || !m.resolved {
				continue
			}
			switch m.kind {
			case parallax.KindGroup, parallax.KindGovernment, parallax.KindMilitary, parallax.KindOrganization:
				return m.side
			case parallax.KindGPE:
				if _, state := st.kb.bySide[m.side]; state && st.ownerState(m) && !st.headBodyAfter(k) {
					return m.side
				}
			}
		}
	}
	return ""
}

// headBodyAfter: the mention k is a possessive ("Afghanistan's") before a
// body's mention that heads the phrase.
func (st *docState) headBodyAfter(k int) bool {
	m := st.ments[k]
	if n := st.tokNorm(m.b); n != "'s" && n != "’s" {
		return false
	}
	for _, o := range st.ments {
		if o.a > m.b && o.a <= m.b+2 && o.resolved && o.side != "" {
			switch o.kind {
			case parallax.KindGroup, parallax.KindGovernment, parallax.KindMilitary, parallax.KindOrganization:
				return true
			}
		}
	}
	return false
}

// ownerState: a state's mention that can own "its": the state's name
// ("Eritrea rejected", "Pakistan has given"), not its demonym before a
// noun ("Eritrean shells"), which names the noun's owner (a mention of its
// own when the noun is a body).
func (st *docState) ownerState(m mention) bool {
	if l, ok := st.lexStarting(m.a); ok && l.has(hitDemonym) && m.b < len(st.toks) && st.toks[m.b].Word && !st.toks[m.b].Cap {
		return false
	}
	return true
}

// oppositionHeads head a person's description as a politician of the
// opposition: the opposition is no party to a state's side (DESIGN.md:
// a state's side is its government's, forces' and officials'), while a
// lawmaker of any party still speaks for the state ("NAME, an opposition
// MP," stays the state's: the golds keep members of parliament their
// state's).
var oppositionHeads = map[string]bool{
	"leader": true, "leaders": true, "politician": true, "politicians": true, "figure": true,
	"figures": true, "activist": true, "activists": true, "candidate": true, "chief": true,
	"head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// oppositionTitled: the person named over [a, b) is described as a
// politician of the opposition, before the name ("Opposition leader
// NAME", "South African opposition politician NAME") or in an apposition
// after it (", the opposition leader,", ", now a leading opponent of the
// government,"). "The Leader of the Opposition" is not read: it is an
// office of parliament, a lawmaker's, and lawmakers speak for their state.
func (st *docState) oppositionTitled(a, b int) bool {
	sent := st.sentOf[a]
	// before the name: "... opposition HEAD [,] NAME" or "leader of the opposition [,] NAME"
	j := a - 1
	if j >= 0 && st.toks[j].Text == "," {
		j--
	}
	if j >= 1 && st.sentOf[j] == sent {
		if oppositionHeads[st.tokNorm(j)] && st.tokNorm(j-1) == "opposition" {
			return true
		}
	}
	// after the name: ", [now] a|an|the [leading|main|...] opposition HEAD" or
	// ", [now] a [leading] opponent of the government|president"
	if b >= len(st.toks) || st.toks[b].Text != "," || st.sentOf[b] != sent {
		return false
	}
	k := b + 1
	if st.tokNorm(k) == "now" {
		k++
	}
	if w := st.tokNorm(k); w != "a" && w != "an" && w != "the" {
		return false
	}
	for end := k + 5; k < end && k < len(st.toks) && st.sentOf[k] == sent && st.toks[k].Word; k++ {
		switch w := st.tokNorm(k); {
		case w == "opposition" && oppositionHeads[st.tokNorm(k+1)]:
			return true
		case w == "opponent" || w == "opponents" || w == "critic":
			return st.tokNorm(k+1) == "of" && (st.tokNorm(k+2) == "the" && (st.tokNorm(k+3) == "government" || st.tokNorm(k+3) == "president" || st.tokNorm(k+3) == "regime") || st.tokNorm(k+2) == "president")
		}
	}
	return false
}

// forcesTitleWords name an armed service in a spokesperson's title ("An
// Army spokesman", "Its military spokesman").
var forcesTitleWords = map[string]bool{
	"army": true, "military": true, "navy": true, "naval": true, "air": true, "forces": true,
	"defence": true, "defense": true, "police": true,
}

// otherBodysSpokesperson: the title over [a, b) is an armed service's
// spokesperson's, and the person p the knowledge base lists for the
// side's spokesperson on the day speaks for another body (the foreign
// ministry's, the president's): the title names someone else ("An Army
// spokesman" is not the Foreign Office's spokesman).
func (st *docState) otherBodysSpokesperson(a, b int, role string, p Actor) bool {
	if role != "spokesperson" {
		return false
	}
	forces := false
	for i := a; i < b; i++ {
		if forcesTitleWords[st.tokNorm(i)] {
			forces = true
		}
	}
	if !forces {
		return false
	}
	for _, r := range p.Roles {
		if r.Title == "spokesperson" && r.activeAt(st.day) && (r.Of == "defence" || r.Of == "army" || r.Of == "military") {
			return false
		}
	}
	return true
}

// possessedTitleSide: the title at token a follows "its" or "their" ("Its
// military spokesman said"): the side of the nearest party named before
// the pronoun, "" when there is no possessive or no such party.
func (st *docState) possessedTitleSide(a int) string {
	if a <= 0 || st.sentOf[a-1] != st.sentOf[a] {
		return ""
	}
	if w := st.tokNorm(a - 1); w != "its" && w != "their" {
		return ""
	}
	return st.ownerBefore(a - 1)
}

// acronymOwner is the mention an acronym in brackets after m defines:
// m itself, or, when m is a state named inside a longer name after "in",
// "for" or "of" that an international body's mention opens ("The United
// Nations Mission in South Sudan (UNMISS)"), that body: the acronym names
// the body's mission, not the state where it works.
func (st *docState) acronymOwner(m mention) mention {
	if m.kind != parallax.KindGPE || m.a < 2 {
		return m
	}
	if p := st.tokNorm(m.a - 1); p != "in" && p != "for" && p != "of" {
		return m
	}
	// the capitalised run before the preposition
	start := m.a - 1
	for start > 0 && st.toks[start-1].Word && st.toks[start-1].Cap && st.sentOf[start-1] == st.sentOf[m.a] {
		start--
	}
	if start == m.a-1 {
		return m
	}
	for _, o := range st.ments {
		if o.resolved && o.a >= start && o.b <= m.a-1 && intergovernmental[o.side] {
			return o
		}
	}
	return m
}
