package fuse

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// A translation of a statement changes nearly every common word ("four
// (4) citizens lost their lives" for "four people were killed"), so that
// its sentences share too few content stems with a wire's relay for
// alignStatements, even by the loose test. What it keeps, sentence by
// sentence, are the statement's anchors: the names it gives (Cazenga,
// Viana and Cacuaco; the Council of Ministers; Superintendent Nelson
// Kiala) and its figures (twenty-one (21), Five hundred and twelve (512)).
// Each stem a text writes as a name (capitalised inside its sentence) is
// kept a second time in the sentence profile, at nameBase above its id
// (encodeProfile); rendersAnchors aligns two texts' sentences by the
// anchors they share.

// nameBase is the profile id of a name's stem 0: above every stem's dense
// id and below figureBase, so that a sentence's names sort between its
// stems and its figures.
const nameBase = 1 << 29

// nameWord tells whether w, not the first word of its sentence, is written
// as a name: a capital, or digits of three figures or more (a toll of 512,
// a year), which a translation keeps as they are. A weekday or a month is
// no anchor: a relay dates by the weekday ("on Monday") what the statement
// dates by the day of the month ("8 February").
func nameWord(text string, w word) bool {
	c := text[w.Start]
	if '0' <= c && c <= '9' {
		return w.End-w.Start >= 3 && isDigits([]byte(text[w.Start:w.End]))
	}
	if c < 'A' || c > 'Z' {
		return false
	}
	low := strings.ToLower(text[w.Start:w.End])
	return !weekdays[low] && !slices.Contains(monthNames, low)
}

// anchorSent is one sentence of a text for rendersAnchors: its terms
// (content stems and figures, as profile ids) and the stems it writes as
// names, both sorted sets.
type anchorSent struct {
	terms, names []uint32
	// anchors counts its names and its figures above commonFigure.
	anchors int
}

// anchorSents decodes p's sentences with their names and figures into dst,
// reusing its storage.
func (p *packedProfile) anchorSents(dst []anchorSent) []anchorSent {
	n := 0
	b := p.b
	for len(b) > 0 {
		k, w := binary.Uvarint(b)
		b = b[w:]
		if n == len(dst) {
			dst = append(dst, anchorSent{})
		}
		s := &dst[n]
		s.terms, s.names, s.anchors = s.terms[:0], s.names[:0], 0
		prev := uint32(0)
		for range k {
			d, w := binary.Uvarint(b)
			b = b[w:]
			prev += uint32(d)
			switch {
			case prev < nameBase:
				s.terms = append(s.terms, prev)
			case prev < figureBase:
				s.names = append(s.names, prev-nameBase)
				s.terms = append(s.terms, prev-nameBase)
				s.anchors++
			default:
				s.terms = append(s.terms, prev)
				if prev > figureBase+commonFigure {
					s.anchors++
				}
			}
		}
		// A name's stem is among the sentence's stems, unless the sentence
		// is short (encodeProfile keeps its names and figures only).
		slices.Sort(s.terms)
		s.terms = slices.Compact(s.terms)
		n++
	}
	return dst[:n]
}

// sharedAnchors counts the terms that sentences s and t share and that are
// anchors: a stem either writes as a name ("the National Guard" renders "a
// group of soldiers of the national guard") or a figure; strong counts
// those that are names or figures above commonFigure. Small figures count
// beside a strong anchor: "3.7%" is the figures 3 and 7.
func sharedAnchors(s, t *anchorSent) (all, strong int) {
	i, j := 0, 0
	for i < len(s.terms) && j < len(t.terms) {
		switch x, y := s.terms[i], t.terms[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			switch {
			case x > figureBase+commonFigure:
				all++
				strong++
			case x >= figureBase:
				all++
			default:
				if _, ok := slices.BinarySearch(s.names, x); ok {
					all++
					strong++
				} else if _, ok := slices.BinarySearch(t.names, x); ok {
					all++
					strong++
				}
			}
			i++
			j++
		}
	}
	return all, strong
}

// minSentenceAnchors is how many anchors two sentences share to render one
// sentence, one of them a name or a figure above commonFigure: one name
// or one figure is in any report of the story (the town, the toll), two
// in the same sentence are the statement's.
const minSentenceAnchors = 2

// alignAnchors returns how many sentences of a and b align by their
// anchors (at least minSentenceAnchors shared), each sentence of either
// taken once and the pairs keeping their order in both texts (the longest
// such chain), and how many sentences of each give minSentenceAnchors
// anchors of their own.
func alignAnchors(a, b []anchorSent) (n, withA, withB int) {
	for i := range a {
		if a[i].anchors >= minSentenceAnchors {
			withA++
		}
	}
	for j := range b {
		if b[j].anchors >= minSentenceAnchors {
			withB++
		}
	}
	// The longest common subsequence over the relation "the two sentences
	// share minSentenceAnchors anchors": texts are a few dozen sentences.
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			best := max(prev[j+1], cur[j])
			if all, strong := sharedAnchors(&a[i], &b[j]); all >= minSentenceAnchors && strong > 0 {
				best = max(best, prev[j]+1)
			}
			cur[j+1] = best
		}
		prev, cur = cur, prev
	}
	return prev[len(b)], withA, withB
}

// rendersAnchors tells whether articles a and o, of one incident, render
// one statement by its anchors where their words differ too much for
// alignStatements (a translation beside a wire's relay): published within
// maxRenderingGap days of each other, the relay naming the statement's
// issuer (issuerNamed), naming no places apart, each giving
// the words of one party at most and the same party when both name one,
// sharing three quarters of the fewer's figures when both give figures
// above commonFigure, and aligning, in order, at least minAligned
// sentences by their anchors and half of the sentences of the text with
// fewer sentences that give anchors. Own reporting of the story shares
// the town and the toll, in one sentence; one ministry's next statement
// gives other figures; the other party's claim is another speaker's. The
// similarity is the share of those sentences that align (at most 1).
func (ix *Index) rendersAnchors(a, o *article, fa, fo *feats) (float64, bool) {
	// One is the statement in its issuer's voice, the other relays it in
	// reported speech: it names a speaker.
	stmt, relay := fa, fo
	if len(fa.issuer) == 0 {
		stmt, relay = fo, fa
	}
	if len(stmt.issuer) == 0 || len(relay.issuer) > 0 || len(relay.speakers) == 0 {
		return 0, false
	}
	if a.pub == noDay || o.pub == noDay || max(a.pub-o.pub, o.pub-a.pub) > maxRenderingGap {
		return 0, false
	}
	if !statementPlacesNear(fa, fo, renderingPlaceKm) {
		return 0, false
	}
	if len(fa.speakers) > 1 || len(fo.speakers) > 1 ||
		len(fa.speakers) == 1 && len(fo.speakers) == 1 && fa.speakers[0] != fo.speakers[0] {
		return 0, false
	}
	ix.figA = fa.prof.figures(ix.figA[:0], fa.nums)
	ix.figB = fo.prof.figures(ix.figB[:0], fo.nums)
	if len(ix.figA) > 0 && len(ix.figB) > 0 && 4*intersectSorted(ix.figA, ix.figB) < 3*min(len(ix.figA), len(ix.figB)) {
		return 0, false
	}
	ix.anchA = stmt.prof.anchorSents(ix.anchA)
	ix.anchB = relay.prof.anchorSents(ix.anchB)
	if !issuerNamed(stmt.issuer, ix.anchB) {
		return 0, false
	}
	n, withA, withB := alignAnchors(ix.anchA, ix.anchB)
	if n < minAligned || 2*n < min(withA, withB) {
		return 0, false
	}
	return float64(n) / float64(max(n, min(withA, withB))), true
}

// issuedTitleNouns open the title of a document a party issues in its own
// name, as issuedNouns do for issuerSide, and the "note" of an agency
// ("Note from the Public Security Secretariat of Bahia").
var issuedTitleNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"announcement": true, "bulletin": true, "release": true, "note": true}

// issuedDocument returns the issuer's name when doc is a party's own
// statement: its title (else its first line) opens, within its first six
// words, with an issued document's noun followed within three words by
// "of", "by" or "from" and a name ("Communique of the Ministry of Defence
// on the attack in Bambui": "the Ministry of Defence"; "Statement of KPA
// General Staff"). The name ends at a word that turns to the subject
// (issuerEnd) or at punctuation. "Release of 98 abductees" and "Oman
// mediates release of detainees" name no issuer: "". Unlike issuerSide it
// asks no side of the issuer: a central bank's committee issues
// statements too.
func issuedDocument(doc *parallax.Document) string {
	title := doc.Article.Title
	if title == "" {
		title = doc.Text
		if nl := strings.IndexByte(title, '\n'); nl >= 0 {
			title = title[:nl]
		}
	}
	type tword struct {
		w          string
		start, end int
	}
	var ws []tword
	for i := 0; i < len(title) && len(ws) < 12; {
		for i < len(title) && !titleByte(title[i]) {
			i++
		}
		j := i
		for j < len(title) && titleByte(title[j]) {
			j++
		}
		if j > i {
			ws = append(ws, tword{title[i:j], i, j})
		}
		i = j
	}
	for k := 0; k < len(ws) && k < 6; k++ {
		if !issuedTitleNouns[strings.ToLower(ws[k].w)] {
			continue
		}
		for m := k + 1; m < len(ws) && m <= k+3; m++ {
			if w := strings.ToLower(ws[m].w); w != "of" && w != "by" && w != "from" {
				continue
			}
			n := m + 1
			if n < len(ws) && strings.ToLower(ws[n].w) == "the" {
				n++
			}
			if n >= len(ws) || ws[n].w[0] < 'A' || ws[n].w[0] > 'Z' {
				return ""
			}
			name := title[ws[m].end:]
			if cut := strings.IndexAny(name, "(:,;"); cut >= 0 {
				name = name[:cut]
			}
			for e := n + 1; e < len(ws); e++ {
				if issuerEnd[strings.ToLower(ws[e].w)] {
					name = name[:min(len(name), ws[e].start-ws[m].end)]
					break
				}
			}
			return strings.TrimSpace(name)
		}
		return ""
	}
	return ""
}

// issuerNamed tells whether a relay's text names the statement's issuer:
// all but one of the stems of the issuer's name, two at least unless the
// name has one ("the interior ministry said" names "the Ministry of the
// Interior and Decentralisation"; "the health ministry" the "Federal
// Ministry of Health"). A company's statement on an attack is no rendering
// of the ministry's statement that a wire relays, though they give the
// same toll.
func issuerNamed(issuer []uint32, relay []anchorSent) bool {
	found := 0
	for _, id := range issuer {
		for i := range relay {
			if _, ok := slices.BinarySearch(relay[i].terms, id); ok {
				found++
				break
			}
		}
	}
	return found >= max(min(2, len(issuer)), len(issuer)-1)
}
