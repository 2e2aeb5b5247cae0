package fuse

import "slices"

// alignMerged is alignStatements' loose alignment where one unit of a
// pair may also be two adjacent sentences of a text taken together: a
// report that relays a statement condenses it ("the government said seven
// bodies were recovered from the lagoons and that the victims drowned"
// stands for the statement's sentence on the bodies and the next one on
// the cause of death), and a translation splits one sentence of its
// original in two. A merged unit counts as one aligned sentence and each
// of its two sentences must share a stem with the other side, so that a
// sentence is not carried by a neighbour it has nothing to do with.
// Pairs keep their order in both texts, as in alignStatements.
func alignMerged(a, b *profile, scratch *[]chain) (share float64, n int) {
	if a.terms == 0 || b.terms == 0 {
		return 0, 0
	}
	if a.terms > b.terms {
		a, b = b, a
	}
	nb := len(b.sents)
	buf := slices.Grow((*scratch)[:0], 2*(nb+1))[:2*(nb+1)]
	clear(buf)
	*scratch = buf
	// tree holds the chains over the sentences of a seen so far; before
	// the chains over those before the previous sentence (a merged unit of
	// a starts at the previous sentence).
	tree, before := buf[:nb+1], buf[nb+1:]
	type update struct {
		k int // Fenwick position: the last sentence of b taken, plus one
		c chain
	}
	var group, prevGroup []update
	var union []uint32
	for i, s := range a.sents {
		group = group[:0]
		if len(s) > 0 {
			for j, t := range b.sents {
				if len(t) == 0 {
					continue
				}
				if renders(intersectSorted(s, t), len(s), len(t), true) {
					c := bestBefore(tree, j)
					group = append(group, update{j + 1, chain{c.w + len(s), c.n + 1}})
				}
				// b's sentences j and j+1 for a's sentence.
				if j+1 < nb && len(b.sents[j+1]) > 0 && mergeRenders(s, t, b.sents[j+1], &union) {
					c := bestBefore(tree, j)
					group = append(group, update{j + 2, chain{c.w + len(s), c.n + 1}})
				}
				// a's sentences i-1 and i for b's sentence j.
				if i > 0 && len(a.sents[i-1]) > 0 && mergeRenders(t, a.sents[i-1], s, &union) {
					c := bestBefore(before, j)
					group = append(group, update{j + 1, chain{c.w + len(s) + len(a.sents[i-1]), c.n + 1}})
				}
			}
		}
		// before takes the previous sentence's pairs, tree this one's:
		// both added after the whole sentence is matched, so that no chain
		// takes two units of b for one sentence of a.
		for _, p := range prevGroup {
			for k := p.k; k < len(before); k += k & -k {
				before[k] = before[k].better(p.c)
			}
		}
		for _, p := range group {
			for k := p.k; k < len(tree); k += k & -k {
				tree[k] = tree[k].better(p.c)
			}
		}
		prevGroup = append(prevGroup[:0], group...)
	}
	best := bestBefore(tree, nb)
	return float64(best.w) / float64(a.terms), best.n
}

// mergeRenders tells whether sentence s renders sentences t and u taken
// together by the loose test, each of t and u sharing a stem with s.
func mergeRenders(s, t, u []uint32, union *[]uint32) bool {
	it, iu := intersectSorted(s, t), intersectSorted(s, u)
	if it == 0 || iu == 0 {
		return false
	}
	m := append(append((*union)[:0], t...), u...)
	slices.Sort(m)
	m = slices.Compact(m)
	*union = m
	return renders(intersectSorted(s, m), len(s), len(m), true)
}
