package actor

import (
	"strconv"

	"github.com/parallaxhq/parallax"
)

// Namesakes: persons the base names alike.

// orderNamesakes: a name the base gives several persons ("George Bush",
// father and son) stands in this story for the one namesake picks; his
// hit goes first, as the stage reads the first. The base's hit lists are
// shared, so a reordered list is a copy.
func (st *docState) orderNamesakes() {
	for li := range st.lex {
		l := &st.lex[li]
		var ps, pos []int
		for k, h := range l.hits {
			if h.kind == hitActor && st.kb.Actors[h.idx].Kind == parallax.KindPerson {
				ps, pos = append(ps, h.idx), append(pos, k)
			}
		}
		if len(ps) < 2 {
			continue
		}
		best := pos[st.namesake(ps, li)]
		if best == pos[0] {
			continue
		}
		hs := append([]hit(nil), l.hits...)
		hs[pos[0]], hs[best] = hs[best], hs[pos[0]]
		l.hits = hs
	}
}

// namesake picks among persons who share a name (indices into the base)
// the one this story means: the one in office on its date; else the one
// whose terms hold the most signs of the story's era, the officials it
// names (who held office at the same time as him; twice in the name's
// own sentence) and the years it names other than its own; else the one
// who left office last before its date, since news speaks of the recent
// past more than the distant. lex is the name's lex item, -1 when it is
// not one.
func (st *docState) namesake(ps []int, lex int) int {
	if len(ps) == 1 {
		return 0
	}
	day := st.day
	sent := -1
	if lex >= 0 && st.lex[lex].a < len(st.sentOf) {
		sent = st.sentOf[st.lex[lex].a]
	}
	var years []int
	for _, t := range st.toks {
		if len(t.Text) != 4 || !t.Word {
			continue
		}
		y, err := strconv.Atoi(t.Text)
		if err != nil || y < 1900 || y > 2099 || len(day) >= 4 && t.Text == day[:4] {
			continue
		}
		years = append(years, y)
	}
	best, bestScore, bestEnd := 0, -1, ""
	for k, idx := range ps {
		p := st.kb.Actors[idx]
		score, end := 0, ""
		for _, r := range p.Roles {
			if day != "" && r.activeAt(day) {
				score = 1 << 20
			}
			if e := r.To; day == "" || e != "" && e <= day {
				end = max(end, e)
			}
		}
		if score == 0 {
			for _, y := range years {
				if heldIn(p, y) {
					score++
				}
			}
			for li, l := range st.lex {
				if li == lex {
					continue
				}
				h, ok := l.first(hitActor)
				if !ok || h.idx == idx || st.kb.Actors[h.idx].Kind != parallax.KindPerson || contains(ps, h.idx) {
					continue
				}
				if served(p, st.kb.Actors[h.idx]) {
					score++
					if sent >= 0 && l.a < len(st.sentOf) && st.sentOf[l.a] == sent {
						score++
					}
				}
			}
		}
		if score > bestScore || score == bestScore && end > bestEnd {
			best, bestScore, bestEnd = k, score, end
		}
	}
	return best
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// heldIn: person p held one of his offices in year y.
func heldIn(p Actor, y int) bool {
	ys := strconv.Itoa(y)
	for _, r := range p.Roles {
		if r.From != "" && (len(r.From) < 4 || r.From[:4] <= ys) && (r.To == "" || len(r.To) >= 4 && ys <= r.To[:4]) {
			return true
		}
	}
	return false
}

// served: persons p and q held office at the same time (dated roles only:
// an office open at both ends tells no era).
func served(p, q Actor) bool {
	for _, r := range p.Roles {
		if r.From == "" {
			continue
		}
		for _, s := range q.Roles {
			if s.From == "" {
				continue
			}
			if (r.To == "" || s.From <= r.To) && (s.To == "" || r.From <= s.To) {
				return true
			}
		}
	}
	return false
}
