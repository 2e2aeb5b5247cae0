package actor

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// A state may have two armies that each call themselves its army: in
// eastern Libya "the army" of a story is the Libyan National Army, which
// holds the east, not the recognised government's forces. When the story
// names a listed armed group whose name is a national army's (the state's
// demonym and "Army": "Libyan National Army") and never names the state's
// own army by the state's name ("the Libyan army", "Libya's military"),
// its bare "the army", "the military", "the armed forces" are that
// group's. A rebel army named after a region or people ("Arakan Army")
// holds no state's demonym and changes nothing.

// selfStyledArmy gives the state's bare army mentions to the group that
// names itself the state's army, as above.
func (st *docState) selfStyledArmy() {
	group, ci := -1, -1
	for k, m := range st.ments {
		if m.kind != parallax.KindGroup || m.side == "" || !strings.Contains(m.actor, " Army") {
			continue
		}
		if _, isState := st.kb.bySide[m.side]; isState {
			continue
		}
		c := st.nationalArmyOf(m.actor)
		if c < 0 {
			continue
		}
		if group >= 0 && st.ments[group].side != m.side {
			return // two such armies: no rule
		}
		group, ci = k, c
	}
	if group < 0 {
		return
	}
	stateArmy, _ := st.bodyName(ci, "army")
	c := st.kb.Countries[ci]
	var bare []int
	for k, m := range st.ments {
		if m.actor != stateArmy || m.side != c.Side {
			continue
		}
		if !st.bareArmyWords(m.a, m.b) {
			return // the story names the state's own army: "the army" may be it
		}
		bare = append(bare, k)
	}
	g := st.ments[group]
	for _, k := range bare {
		st.ments[k].actor, st.ments[k].side, st.ments[k].kind = g.actor, g.side, g.kind
	}
}

// nationalArmyOf is the index of the state whose demonym the army's name
// holds before "Army" ("Libyan National Army" -> Libya), else -1.
func (st *docState) nationalArmyOf(name string) int {
	words := strings.Fields(name)
	if len(words) < 2 || words[len(words)-1] != "Army" {
		return -1
	}
	for ci, c := range st.kb.Countries {
		if c.Adj != "" && words[0] == c.Adj && len(c.Context) == 0 {
			return ci
		}
	}
	return -1
}

// bareArmyWords: the mention at [a, b) is a state's army named without its
// state ("the army", "the military", "the armed forces", "army").
func (st *docState) bareArmyWords(a, b int) bool {
	for i := a; i < b; i++ {
		switch st.toks[i].Norm {
		case "the", "army", "military", "armed", "forces", "army's", "'s":
		default:
			return false
		}
	}
	return true
}
