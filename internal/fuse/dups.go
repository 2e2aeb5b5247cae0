package fuse

import (
	"slices"

	"github.com/parallaxhq/parallax"
)

// findDuplicates records the exact and near duplicates of article ai among
// the articles before it and returns them (the articles whose incidents ai
// should share).
func (ix *Index) findDuplicates(ai int32) []int32 {
	a := ix.arts[ai]
	if len(ix.words) == 0 {
		return nil
	}
	if first, ok := ix.exact[a.hash]; ok {
		// Same words in the same order: an exact copy. It joins the first
		// copy's group and adds nothing new to the LSH tables.
		a.exact = first
		ix.sameSource(ai, first)
		return []int32{first}
	}
	ix.exact[a.hash] = ai
	a.sig, a.hasSig = newSignature(ix.words)
	if !a.hasSig {
		return nil
	}
	ix.stampGen++
	var partners []int32
	// A bucket that many articles share (boilerplate, a wire story
	// reprinted a thousand times) is scanned only to its latest entries:
	// a copy of any of them is found through them or the other bands, and
	// the cost of an insert stays bounded.
	const maxBucketScan = 48
	for b := 0; b < lshBands; b++ {
		key := a.sig.bandKey(b)
		head, ok := ix.lshHead[key]
		scanned := 0
		for e := head; ok && e >= 0 && scanned < maxBucketScan; e = ix.lshNext[e] {
			scanned++
			o := ix.lshArt[e]
			if ix.artStamp[o] == ix.stampGen {
				continue
			}
			ix.artStamp[o] = ix.stampGen
			osig := &ix.arts[o].sig
			j := a.sig.jaccard(osig)
			c := a.sig.containment(osig, j)
			if j >= ix.opt.NearDuplicate || c >= ix.opt.Containment {
				ix.dups = append(ix.dups, dupPair{a: o, b: ai, kind: "near_duplicate", sim: round3(max(j, c))})
				ix.sameSource(ai, o)
				partners = append(partners, o)
			}
		}
		if !ok {
			head = -1
		}
		ix.lshHead[key] = int32(len(ix.lshNext))
		ix.lshNext = append(ix.lshNext, head)
		ix.lshArt = append(ix.lshArt, ai)
	}
	slices.Sort(partners)
	return partners
}

// findSameStatements compares article ai with the other articles of its
// incidents and records those that render the same statement.
func (ix *Index) findSameStatements(ai int32, partners []int32) {
	a := ix.arts[ai]
	ix.stampGen++
	ix.artStamp[ai] = ix.stampGen
	var cands []int32
	roots := make([]int32, 0, len(a.segs)+len(ix.nearMiss))
	for _, si := range a.segs {
		roots = append(roots, ix.find(ix.segs[si].inc))
	}
	for _, r := range ix.nearMiss {
		roots = append(roots, ix.find(r))
	}
	for _, r := range roots {
		for _, t := range ix.incs[r].segs {
			o := ix.segs[t].art
			if ix.artStamp[o] == ix.stampGen || ix.dupGroup(o) == ix.dupGroup(ai) {
				continue
			}
			ix.artStamp[o] = ix.stampGen
			cands = append(cands, o)
		}
	}
	if len(cands) == 0 {
		return
	}
	slices.Sort(cands)
	// The most recent articles of a large incident are the likeliest
	// reprints; a bound keeps a busy day's cost linear.
	const maxCompared = 24
	if len(cands) > maxCompared {
		cands = cands[len(cands)-maxCompared:]
	}
	pa := ix.profileOf(ai)
	for _, o := range cands {
		if !statementsAgree(a.doc, ix.arts[o].doc) {
			continue
		}
		if ix.dupGroup(o) == ix.dupGroup(ai) {
			continue
		}
		if sim := alignStatements(pa, ix.profileOf(o)); sim >= ix.opt.SameStatement {
			ix.dups = append(ix.dups, dupPair{a: o, b: ai, kind: "same_statement", sim: round3(sim)})
			ix.sameSource(ai, o)
			ix.joinRenderings(ai, o)
		}
	}
}

func (ix *Index) profileOf(ai int32) *profile {
	a := ix.arts[ai]
	if a.prof == nil {
		a.prof = newProfile(a.doc, ix.buf[:0])
	}
	return a.prof
}

// profile is a text as a list of sentences, each the sorted set of its
// content stems: what two renderings of one statement share even when their
// wording differs.
type profile struct {
	sents [][]uint64
	terms int // content stems in all sentences
}

// minSentenceTerms: a sentence with fewer content stems ("He added.") is
// too short to align reliably.
const minSentenceTerms = 4

func newProfile(doc *parallax.Document, buf []byte) *profile {
	p := &profile{}
	var cur []uint64
	end := -1
	flush := func() {
		slices.Sort(cur)
		cur = slices.Compact(cur)
		if len(cur) >= minSentenceTerms {
			p.sents = append(p.sents, cur)
			p.terms += len(cur)
		}
		cur = nil
	}
	scanWords(doc.Text, buf, func(w word) {
		if w.Start >= end {
			flush()
			end = sentenceSpan(doc, w.Start).End
			if end <= w.Start {
				end = w.End
			}
		}
		if w.Stem != 0 {
			cur = append(cur, w.Stem)
		}
	})
	flush()
	return p
}

// Two sentences render the same sentence of a statement when their
// content stems have a Jaccard similarity of at least sentenceJaccard and
// the shorter one has at least sentenceOverlap of its stems in the other: a
// translation keeps the names, numbers and key nouns of a sentence but
// often condenses it, so overlap of the shorter is the surer sign, and the
// Jaccard floor keeps a short sentence from matching a long unrelated one.
// Two reports of the same fighting written apart pass both on a sentence
// or two, not on a large share of their text.
const (
	sentenceJaccard = 0.25
	sentenceOverlap = 0.5
)

// alignStatements returns the share of the shorter text's content (in
// content stems) whose sentences have a counterpart in the other text.
func alignStatements(a, b *profile) float64 {
	if a.terms == 0 || b.terms == 0 {
		return 0
	}
	if a.terms > b.terms {
		a, b = b, a
	}
	aligned := 0
	for _, s := range a.sents {
		for _, t := range b.sents {
			inter := intersectSorted(s, t)
			if float64(inter) >= sentenceJaccard*float64(len(s)+len(t)-inter) &&
				float64(inter) >= sentenceOverlap*float64(min(len(s), len(t))) {
				aligned += len(s)
				break
			}
		}
	}
	return float64(aligned) / float64(a.terms)
}

func intersectSorted(a, b []uint64) int {
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return inter
}

func jaccardSorted(a, b []uint64) float64 {
	inter := intersectSorted(a, b)
	if u := len(a) + len(b) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}

func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// statementsAgree checks what two renderings of one statement must share
// beyond words: a speaking side (when both name speakers), a place (within
// samePlaceKm, when both have resolved places), and the figures they give
// for the same item and owner.
func statementsAgree(a, b *parallax.Document) bool {
	speakers := func(d *parallax.Document) []string {
		var s []string
		for i := range d.Claims {
			s = append(s, d.Claims[i].Speaker.Side)
		}
		return sortedSet(s)
	}
	if sa, sb := speakers(a), speakers(b); len(sa) > 0 && len(sb) > 0 && jaccardStrings(sa, sb) == 0 {
		return false
	}
	points := func(d *parallax.Document) []point {
		var p []point
		for i := range d.Places {
			if pl := &d.Places[i]; isFine(pl.Feature) && (pl.Lat != 0 || pl.Lon != 0) {
				p = append(p, point{pl.Lat, pl.Lon})
			}
		}
		return p
	}
	if pa, pb := points(a), points(b); len(pa) > 0 && len(pb) > 0 {
		const samePlaceKm = 25
		near := false
		for _, p := range pa {
			for _, q := range pb {
				if km(p, q) <= samePlaceKm {
					near = true
				}
			}
		}
		if !near {
			return false
		}
	}
	figures := func(d *parallax.Document) map[[2]string][]int {
		m := map[[2]string][]int{}
		for i := range d.Counts {
			if c := &d.Counts[i]; c.N != nil {
				k := [2]string{c.Item, c.Owner}
				m[k] = append(m[k], *c.N)
			}
		}
		return m
	}
	fb := figures(b)
	for k, va := range figures(a) {
		if vb, ok := fb[k]; ok && !slices.ContainsFunc(va, func(n int) bool { return slices.Contains(vb, n) }) {
			return false
		}
	}
	return true
}

// joinRenderings merges the incidents of the main segments of two articles
// that render one statement, when the dates allow.
func (ix *Index) joinRenderings(a, b int32) {
	for _, x := range ix.arts[a].segs {
		if !ix.segs[x].main {
			continue
		}
		for _, y := range ix.arts[b].segs {
			if !ix.segs[y].main {
				continue
			}
			r, o := ix.find(ix.segs[x].inc), ix.find(ix.segs[y].inc)
			if r != o && ix.spanOK(r, ix.incs[o].start, ix.incs[o].end) {
				ix.merge(r, o)
			}
		}
	}
}
