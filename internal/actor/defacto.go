package actor

import "github.com/parallaxhq/parallax"

// deFactoRulers are states whose government and forces were taken over
// by a party the project keeps apart from the state it rules: from the
// day given, "the Afghan Defence Ministry", "Kabul said" and an official
// titled with the state's office speak for that party (the Taliban took
// Kabul on 15 August 2021), while the state's people and places stay the
// state's.
var deFactoRulers = []struct{ state, from, side string }{
	{"AFG", "2021-08-15", "TALIBAN"},
}

// deFactoGovernments gives the state bodies, forces and officials of a
// state under a de facto ruler that ruler's side, on stories published
// from the day it took power. A person the knowledge base lists with the
// state's side (a president of the former government) keeps it: their
// offices end on that day, and the former-office rules speak for them.
func (st *docState) deFactoGovernments() {
	if st.day == "" {
		return
	}
	for _, r := range deFactoRulers {
		if st.day < r.from {
			continue
		}
		for i := range st.ments {
			m := &st.ments[i]
			if m.side != r.state {
				continue
			}
			switch m.kind {
			case parallax.KindGovernment, parallax.KindMilitary:
			case parallax.KindPerson:
				if p, ok := st.kb.Actor(m.actor); ok && p.Side == r.state {
					continue
				}
			default:
				continue
			}
			m.side = r.side
		}
	}
}

// sceneStateBodies: a state body named by its kind alone right after an
// opening "In COUNTRY," ("In neighbouring Niger, the Defence Ministry
// said", "In Iran, the army said") is that country's, whatever state the
// story's dateline, outlet or other bodies give.
func (st *docState) sceneStateBodies() {
	for i := range st.ments {
		m := &st.ments[i]
		waiting := !m.resolved && m.anaphor == "inst" // "the Defense Ministry" no state has claimed yet
		if m.inst == "" || !waiting && (!m.resolved || m.kind != parallax.KindGovernment && m.kind != parallax.KindMilitary) || st.namesCountry(m.a, m.b) {
			continue
		}
		c := m.a - 1
		if st.tokNorm(c) == "the" {
			c--
		}
		if c < 2 || st.tokNorm(c) != "," {
			continue
		}
		l, ok := st.lexEndingAt(c)
		if !ok {
			continue
		}
		h, ok := l.first(hitCountry)
		if !ok {
			continue
		}
		k := l.a - 1
		if w := st.tokNorm(k); w == "neighbouring" || w == "neighboring" || w == "nearby" {
			k--
		}
		if st.tokNorm(k) != "in" || k > 0 && st.sentOf[k-1] == st.sentOf[k] {
			continue // the phrase must open the sentence
		}
		side := st.kb.Countries[h.idx].Side
		ci, ok := st.kb.bySide[side]
		if !ok || side == m.side {
			continue
		}
		m.actor, m.kind = st.bodyName(ci, m.inst)
		m.side, m.resolved = side, true
	}
}

// lexEndingAt is the knowledge base's item that ends right before token b.
func (st *docState) lexEndingAt(b int) (lexItem, bool) {
	for _, l := range st.lex {
		if l.b == b {
			return l, true
		}
		if l.a >= b {
			break
		}
	}
	return lexItem{}, false
}

// DeFactoSide is the side of the party that rules the state of side on
// day (an ISO date, as an article's published day), for a state under a
// de facto ruler from that day; else side itself. Later stages that give
// a bare state body the story's state ("the interior ministry said" in a
// Kabul story) call it so that the body speaks for whoever rules.
func DeFactoSide(side, day string) string {
	if day == "" {
		return side
	}
	for _, r := range deFactoRulers {
		if side == r.state && day >= r.from {
			return r.side
		}
	}
	return side
}
