package claim

import parallax "github.com/parallaxhq/parallax"

// openingPlaceSide is the side of the state an unnamed official speaker
// at token a is placed in by the sentence's opening "In TOWN," ("In
// Malabo, a navy spokesman said"), in a story filed from two states'
// towns at once ("MALABO/LIBREVILLE"), when TOWN lies in one of the two:
// each side's officials speak from home, and the reporter marks them by
// the place (as the actor stage does for named ones, placedSpeakerSides).
// "" otherwise.
func (st *state) openingPlaceSide(a int) string {
	if a < 0 || a >= len(st.toks) || len(st.datelines) == 0 || st.datelines[0].Towns < 2 {
		return ""
	}
	start := st.sentTok[st.sentOf[a]][0]
	for k := start; k <= start+1 && k < a; k++ {
		if st.norm(k) != "in" {
			continue
		}
		side, end := st.placeSideEnd(k + 1)
		if side == "" || end >= a || st.norm(end) != "," || !st.datelineTownState(side) {
			return ""
		}
		return side
	}
	return ""
}

// placeSideEnd is the side of the state of the place the geoparser
// located at token k, with the token after the place; "" when none.
func (st *state) placeSideEnd(k int) (string, int) {
	if k >= len(st.toks) {
		return "", k
	}
	for _, p := range st.doc.Places {
		if p.Start != st.toks[k].Start || p.Country == "" {
			continue
		}
		end := k
		for end < len(st.toks) && st.toks[end].Start < p.End {
			end++
		}
		return st.sideOfISO2[p.Country], end
	}
	return "", k
}

// datelineTownState: side is the state of one of the towns a slash
// joins in the story's first dateline.
func (st *state) datelineTownState(side string) bool {
	d := st.datelines[0]
	for _, town := range d.Places[:min(d.Towns, len(d.Places))] {
		for _, p := range st.doc.Places {
			if p.Country != "" && town.Contains(parallax.Span{Start: p.Start, End: p.End}) && st.sideOfISO2[p.Country] == side {
				return true
			}
		}
	}
	return false
}
