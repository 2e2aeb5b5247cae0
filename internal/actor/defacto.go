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
