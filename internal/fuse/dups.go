package fuse

import (
	"slices"

	"github.com/parallaxhq/parallax"
)

// findDuplicates records the exact and near duplicates of article ai among
// the articles before it and returns them (the articles whose incidents ai
// should share).
func (ix *Index) findDuplicates(ai int32, doc *parallax.Document) []int32 {
	a := ix.arts[ai]
	if len(ix.words) == 0 {
		return nil
	}
	if first, ok := ix.exact[a.hash]; ok {
		// Same words in the same order: an exact copy. It joins the first
		// copy's group and adds nothing new to the LSH tables.
		a.exact = first
		ix.copiesOf[first] = append(ix.copiesOf[first], ai)
		ix.exactDirty = append(ix.exactDirty, first)
		ix.sameSource(ai, first)
		return []int32{first}
	}
	ix.exact[a.hash] = ai
	sig, ok := newSignature(ix.words)
	if !ok {
		return nil
	}
	a.sig = int32(len(ix.sigs))
	ix.sigs = append(ix.sigs, &sig)
	ix.sigArt = append(ix.sigArt, ai)
	ix.stampGen++
	if ix.sigCache == nil {
		ix.sigCache = map[int32]*signature{}
	}
	clear(ix.sigCache)
	var partners []int32
	var figs []uint32 // a's figures, read when a candidate passes (figuresApart)
	figsRead := false
	// A bucket that many articles share (boilerplate, a wire story
	// reprinted a thousand times) is scanned only to its latest entries:
	// a copy of any of them is found through them or the other bands, and
	// the cost of an insert stays bounded.
	const maxBucketScan = 48
	asig := ix.sigs[a.sig]
	for b := 0; b < lshBands; b++ {
		key := asig.bandKey(b)
		scanned := 0
		for e := ix.lsh.first(key); e >= 0 && scanned < maxBucketScan; e = ix.lsh.next[e] {
			if ix.lsh.chk[e] != uint32(key) || ix.entryKey(e) != key {
				continue // another key in the bucket
			}
			scanned++
			o := ix.sigArt[e/lshBands]
			if ix.artStamp[o] == ix.stampGen {
				continue
			}
			ix.artStamp[o] = ix.stampGen
			osig := ix.candidateSignature(ix.arts[o].sig)
			j := asig.jaccard(osig)
			c := asig.containment(osig, j)
			if j >= ix.opt.NearDuplicate || c >= ix.opt.Containment {
				if !figsRead {
					p := ix.encodeProfile(doc)
					figs, figsRead = p.figures(nil, textNumbers(doc.Text)), true
				}
				if of := ix.feats(o); of != nil {
					ix.figB = of.prof.figures(ix.figB[:0], of.nums)
					if !keepsFigures(figs, ix.figB) {
						continue
					}
				}
				ix.dups = append(ix.dups, dupPair{a: o, b: ai, kind: "near_duplicate", sim: round3(max(j, c))})
				ix.sameSource(ai, o)
				partners = append(partners, o)
			}
		}
		ix.lsh.push(key)
	}
	slices.Sort(partners)
	return partners
}

// entryKey is the band key of LSH entry e.
func (ix *Index) entryKey(e int32) uint64 {
	return ix.candidateSignature(e / lshBands).bandKey(int(e % lshBands))
}

// candidateSignature returns signature s during findDuplicates: a
// compacted one is read back once per call (sigCache). Signatures never
// change once made, so what is read is what was packed.
func (ix *Index) candidateSignature(s int32) *signature {
	if p := ix.sigs[s]; p != nil {
		return p
	}
	if p, ok := ix.sigCache[s]; ok {
		return p
	}
	p := ix.signature(s, new(signature))
	ix.sigCache[s] = p
	return p
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
	fa := ix.feats(ai)
	fa.prof.decode(&ix.profA)
	for _, o := range cands {
		if ix.dupGroup(o) == ix.dupGroup(ai) {
			continue
		}
		// A rendering of a statement (a translation, an agency's relay)
		// is published within days of it; two reports on one wire's
		// template published a week apart tell two happenings.
		if pa, po := a.pub, ix.arts[o].pub; pa != noDay && po != noDay && max(pa-po, po-pa) > int32(ix.opt.MaxGapDays) {
			continue
		}
		fo := ix.feats(o)
		ix.figA = fa.prof.figures(ix.figA[:0], fa.nums)
		ix.figB = fo.prof.figures(ix.figB[:0], fo.nums)
		if !keepsFigures(ix.figA, ix.figB) {
			continue
		}
		if !statementsAgree(fa, fo) {
			// A translation's speaker and counts are read less surely
			// than its figures (rendersFigures), and its words are not
			// the relay's (rendersAnchors).
			if sim, ok := ix.rendersFigures(a, ix.arts[o], fa, fo); ok {
				ix.addRendering(ai, o, sim)
			} else if asim, ok := ix.rendersAnchors(a, ix.arts[o], fa, fo); ok {
				ix.addRendering(ai, o, asim)
			}
			continue
		}
		fo.prof.decode(&ix.profB)
		sim, n := alignStatements(&ix.profA, &ix.profB, &ix.chains, false)
		if sim >= ix.opt.SameStatement && n >= minAligned && !enoughAligned(n, &ix.profA, &ix.profB) {
			// A translation paraphrases ("bombed four locations" /
			// "carried out aerial bombardment at four places") and
			// condenses: where two sentences render one by the strict
			// test, the others are held to the loose one.
			sim, n = alignStatements(&ix.profA, &ix.profB, &ix.chains, true)
			if !enoughAligned(n, &ix.profA, &ix.profB) {
				// A relay condenses two sentences into one (alignMerged).
				if ms, mn := alignMerged(&ix.profA, &ix.profB, &ix.chains); mn > n {
					sim, n = ms, mn
				}
			}
		}
		if sim >= ix.opt.SameStatement && enoughAligned(n, &ix.profA, &ix.profB) {
			ix.addRendering(ai, o, sim)
		} else if fsim, ok := ix.rendersFigures(a, ix.arts[o], fa, fo); ok {
			ix.addRendering(ai, o, fsim)
		} else if asim, ok := ix.rendersAnchors(a, ix.arts[o], fa, fo); ok {
			// A translation beside a relay (anchors.go).
			ix.addRendering(ai, o, asim)
		}
	}
}

// figuresApart tells whether two texts give figures (above commonFigure:
// figures) of which they share none, one of them two at least: one
// speaker's statements of two days or weeks on one template ("forty-one
// (41) terrorists have been neutralised in the last week", the next
// week's "thirty-three (33)"; a general staff's communique on an ambush,
// its next on a raid) share their words and none of their figures, while a
// copy, a relay or a translation of one statement keeps them.
func figuresApart(a, b []uint32) bool {
	return len(a) > 0 && len(b) > 0 && max(len(a), len(b)) >= 2 && intersectSorted(a, b) == 0
}

// keepsFigures tells whether two texts give the figures that two
// copies or two renderings of one text share: three quarters of the
// fewer's (above commonFigure: figures) when it gives two or more, and
// not two sets apart (figuresApart) when it gives one. A scraped copy
// keeps its original's figures, truncated or with a line added, and a
// relay or a translation of a statement keeps the statement's; one
// speaker's daily summaries on one template ("conducted 34 strikes ... 23
// strikes using attack, bomber, fighter ... aircraft", the next day's "26
// strikes ... 15 strikes") share their words and a few small figures by
// chance.
func keepsFigures(a, b []uint32) bool {
	fewer := min(len(a), len(b))
	if fewer < 2 {
		return !figuresApart(a, b)
	}
	return 4*intersectSorted(a, b) >= 3*fewer
}

// addRendering records that article ai renders the statement of the
// earlier article o.
func (ix *Index) addRendering(ai, o int32, sim float64) {
	ix.dups = append(ix.dups, dupPair{a: o, b: ai, kind: "same_statement", sim: round3(sim)})
	ix.sameSource(ai, o)
	ix.joinRenderings(ai, o)
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
	// looseJaccard and looseOverlap hold the other sentences of two texts
	// that render two sentences by the strict test (alignStatements).
	looseJaccard = 0.2
	looseOverlap = 0.4
)

// alignStatements returns the share of the shorter text's content (in
// content stems) whose sentences have a counterpart in the other text, and
// how many sentences align. A rendering follows its statement sentence by
// sentence: each sentence of the shorter text aligns with at most one of
// the other, and the aligned pairs keep their order in both texts (the
// heaviest such chain is taken). A report that sums a statement up in one
// sentence, or that meets another statement of the same spokesman in its
// first line and a recalled clash in its last, is no rendering of it.
func alignStatements(a, b *profile, scratch *[]chain, loose bool) (share float64, n int) {
	if a.terms == 0 || b.terms == 0 {
		return 0, 0
	}
	if a.terms > b.terms {
		a, b = b, a
	}
	// The heaviest chain of pairs increasing in both texts: pairs are
	// met by sentence of a, and prefix[j] is the best chain over the
	// pairs of earlier sentences of a that end before sentence j of b (a
	// Fenwick tree of prefix maxima).
	tree := slices.Grow((*scratch)[:0], len(b.sents)+1)[:len(b.sents)+1]
	clear(tree)
	*scratch = tree
	var group []pairAt
	for _, s := range a.sents {
		if len(s) == 0 {
			continue // a short sentence (encodeProfile)
		}
		group = group[:0]
		for j, t := range b.sents {
			if len(t) == 0 {
				continue
			}
			// The test holds for more shared stems if it holds for fewer,
			// so a pair that fails it sharing all of the shorter one's
			// stems cannot pass (sentences of very different lengths):
			// not intersected.
			if !renders(min(len(s), len(t)), len(s), len(t), loose) {
				continue
			}
			if renders(intersectSorted(s, t), len(s), len(t), loose) {
				c := bestBefore(tree, j)
				group = append(group, pairAt{j, chain{c.w + len(s), c.n + 1}})
			}
		}
		// Added after the whole sentence is matched, so that no chain
		// takes two sentences of b for one of a.
		for _, p := range group {
			for k := p.j + 1; k < len(tree); k += k & -k {
				tree[k] = tree[k].better(p.c)
			}
		}
	}
	best := bestBefore(tree, len(b.sents))
	return float64(best.w) / float64(a.terms), best.n
}

// chain is an alignment's weight (aligned content stems) and length.
type chain struct{ w, n int }

func (c chain) better(d chain) chain {
	if d.w > c.w || d.w == c.w && d.n > c.n {
		return d
	}
	return c
}

type pairAt struct {
	j int
	c chain
}

// bestBefore is the best chain in tree over sentences of b before j.
func bestBefore(tree []chain, j int) chain {
	var c chain
	for k := j; k > 0; k -= k & -k {
		c = c.better(tree[k])
	}
	return c
}

// minAligned is how many sentences two renderings of one statement align
// at least (unless both are of one sentence, oneSentenceJaccard): two
// reports written apart often retell the story's lead in one sentence,
// which in a report of two or three sentences is over the SameStatement
// share. A brief that shares its lead with a longer report ("a gunman
// opened fire in the food court ... killing three" and "police named the
// three people killed in Saturday's shooting"; two wires on one template
// about two attacks two days apart; a weekly digest's line on an ambush)
// tells the same happening, not the same statement.
const minAligned = 2

// oneSentenceJaccard: two texts of one sentence each render one statement
// when their sentences share this Jaccard share of their stems, a
// rewording of the same words ("Five people were killed when a ferry
// with forty passengers capsized ..., the coast guard said" and "A ferry
// carrying forty passengers capsized ..., killing five people, according
// to the coast guard": 0.92). Two briefs of one shooting written apart
// share the place and the toll, not most of their words ("shots were
// fired during an argument at a basketball court in a city park" and
// "searching for a man who opened fire at a basketball court in Woodson
// Park": 0.33).
const oneSentenceJaccard = 0.5

// enoughAligned: two renderings align at least minAligned sentences, or
// are both of one sentence and those nearly the same words; and where the
// shorter has four sentences or more, all but one of them up to three. A
// wire story that relays two points of a ministry's statement among other
// voices aligns two; a rendering of the statement aligns most of it.
func enoughAligned(n int, a, b *profile) bool {
	if n < minAligned {
		sa, oka := onlySentence(a)
		sb, okb := onlySentence(b)
		return n == 1 && oka && okb && jaccardSorted(sa, sb) >= oneSentenceJaccard
	}
	full := func(p *profile) int {
		k := 0
		for _, s := range p.sents {
			if len(s) > 0 {
				k++
			}
		}
		return k
	}
	shorter := a
	if a.terms > b.terms {
		shorter = b
	}
	return n >= min(3, full(shorter)-1)
}

// onlySentence returns p's sentence if it has one and no other, however
// short (a closing line "The pilot was detained." is a sentence of the
// text: encodeProfile) and long enough to align.
func onlySentence(p *profile) ([]uint32, bool) {
	if len(p.sents) != 1 || len(p.sents[0]) == 0 {
		return nil, false
	}
	return p.sents[0], true
}

// renders tells whether two sentences of n and m content stems that share
// inter of them render one sentence (sentenceJaccard, sentenceOverlap).
func renders(inter, n, m int, loose bool) bool {
	jac, over := sentenceJaccard, sentenceOverlap
	if loose {
		jac, over = looseJaccard, looseOverlap
	}
	return float64(inter) >= jac*float64(n+m-inter) &&
		float64(inter) >= over*float64(min(n, m))
}

func intersectSorted(a, b []uint32) int {
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

func jaccardSorted(a, b []uint32) float64 {
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
func statementsAgree(a, b *feats) bool {
	if sa, sb := a.speakers, b.speakers; len(sa) > 0 && len(sb) > 0 && !sortedMeet(sa, sb) {
		return false
	}
	const samePlaceKm = 25
	if !statementPlacesNear(a, b, samePlaceKm) {
		return false
	}
	// A statement's numbers are its own: renderings repeat them, while
	// one spokesman's statements of two days on one template (a daily
	// summary of a front) give other numbers throughout.
	if len(a.nums) >= minNumbers && len(b.nums) >= minNumbers && !sortedMeet(a.nums, b.nums) {
		return false
	}
	// The figures they give for the same item and owner must share one
	// value.
	for i := range a.counts {
		ca := &a.counts[i]
		if !ca.hasN {
			continue
		}
		seen, shared := false, false
		for j := range b.counts {
			cb := &b.counts[j]
			if cb.hasN && cb.item == ca.item && cb.owner == ca.owner {
				seen = true
				if figureShared(a.counts, b.counts, ca.item, ca.owner) {
					shared = true
				}
				break
			}
		}
		if seen && !shared {
			return false
		}
		// Whoever the owner: the owner is the count stage's reading, which
		// one rendering may leave empty ("neutralized 12 terrorists" against
		// "12 PKK terrorists"), but a statement's figures are its own, so
		// two texts that give figures of one item and share none of them
		// ("neutralized 12" on Syria, "neutralized four" on Iraq: one
		// ministry's two statements of a day) render two statements.
		if !itemValueShared(a.counts, b.counts, ca.item) {
			return false
		}
	}
	return true
}

// statementPlacesNear reports whether two texts that both have resolved
// places have two within maxKm, or have none on one side. Their datelines'
// towns agree only where one text names no place but its dateline's: two
// wires filed from one capital ("QUITO - ... the prison agency SNAI
// said") on escapes from two prisons 350 km apart share the bureau, not
// the statement.
func statementPlacesNear(a, b *feats, maxKm float64) bool {
	if len(a.points) == 0 || len(b.points) == 0 {
		return true
	}
	bothOwn := a.bureau < len(a.points) && b.bureau < len(b.points)
	for i, p := range a.points {
		for j, q := range b.points {
			if bothOwn && i < a.bureau && j < b.bureau {
				continue
			}
			if km(p, q) <= maxKm {
				return true
			}
		}
	}
	return false
}

// figureShared reports whether the two articles' counts of item and owner
// share a value.
// itemValueShared reports whether b gives no figure of item, or one of
// the values a gives for it, whatever the owners.
func itemValueShared(a, b []countC, item sref) bool {
	gives := false
	for j := range b {
		if !b[j].hasN || b[j].item != item {
			continue
		}
		gives = true
		for i := range a {
			if a[i].hasN && a[i].item == item && a[i].n == b[j].n {
				return true
			}
		}
	}
	return !gives
}

func figureShared(a, b []countC, item, owner sref) bool {
	for i := range a {
		if !a[i].hasN || a[i].item != item || a[i].owner != owner {
			continue
		}
		for j := range b {
			if b[j].hasN && b[j].item == item && b[j].owner == owner && b[j].n == a[i].n {
				return true
			}
		}
	}
	return false
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
			if r == o || !ix.spanOK(r, ix.incs[o].start, ix.incs[o].end) {
				continue
			}
			// Two reports on one wire's template may render one
			// statement by their words while the one being added sets
			// its act after the other's ("two days after a raid on
			// Djibo"): two happenings (setAfter).
			if cur := ix.curAfter; cur != nil && (cur.art == a || cur.art == b) {
				other := o
				if cur.art == b {
					other = r
				}
				ix.warm(other)
				if setAfter(cur, &ix.incs[other]) {
					continue
				}
			}
			ix.merge(r, o)
		}
	}
}
