package fuse

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// The index keeps of each document only what fusion reads after the
// document is added, in compact form: the store keeps the documents. A
// document's text, sentences, spans and sentence texts are gone once Add
// returns; what remains is its id and dates, its MinHash signature, its
// sentences as sets of content stems (for same_statement), and per item the
// few fields the assessment reads. Short strings that recur across
// articles (sides, stances, event types, items) are interned, and stems
// are numbered densely (uint32) in order of first sight, which keeps set
// intersections and Jaccard similarities exactly what they were over the
// 64-bit stem hashes.

// claimF is what fusion keeps of a claim.
type claimF struct {
	id     string
	side   string // the speaker's side
	key    string // speakerKey: who speaks, for counting sources
	stance string
	civ    bool     // its text mentions civilians (civilianWords)
	stems  []uint32 // the content stems of its text, dense ids, sorted
}

// eventF is what fusion keeps of an event.
type eventF struct {
	id, claim          string
	typ                string
	init, target, kind string // initiator's and target's sides, the target's kind
	class              uint8  // eventClass
	negated            bool
}

// countF is what fusion keeps of a count.
type countF struct {
	claim           string
	item, owner, by string // by: the claiming side (Count.ClaimedBy)
	n, nmax         int
	hasN, hasMax    bool
}

// placeF is what fusion keeps of a place: its id and the key that makes
// two mentions one place (GeoNames id, else name, else lower-cased text).
type placeF struct {
	id, key string
}

// intern returns the index's copy of s, so that a side or an item named
// in a thousand articles is stored once and keeps no article's memory.
func (ix *Index) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := ix.strs[s]; ok {
		return v
	}
	s = strings.Clone(s)
	ix.strs[s] = s
	return s
}

// stemID numbers a content stem densely, in order of first sight.
func (ix *Index) stemID(h uint64) uint32 {
	id, ok := ix.stemIDs[h]
	if !ok {
		id = uint32(len(ix.stemIDs))
		ix.stemIDs[h] = id
	}
	return id
}

// features fills a's kept fields from doc.
func (ix *Index) features(a *article, doc *parallax.Document) {
	ids := make(map[string]string, len(doc.Claims))
	a.claims = make([]claimF, len(doc.Claims))
	var speakers []string
	for i := range doc.Claims {
		c := &doc.Claims[i]
		id := strings.Clone(c.ID)
		ids[c.ID] = id
		text := ""
		if !(c.Start < 0 || c.End > len(doc.Text) || c.Start >= c.End) {
			text = strings.ToLower(doc.Text[c.Start:c.End])
		}
		civ := false
		for _, w := range civilianWords {
			if strings.Contains(text, w) {
				civ = true
				break
			}
		}
		a.claims[i] = claimF{id: id, side: ix.intern(c.Speaker.Side), key: ix.intern(speakerKey(&c.Speaker)),
			stance: ix.intern(c.Stance), civ: civ, stems: ix.stemSet(text)}
		speakers = append(speakers, c.Speaker.Side)
	}
	for _, s := range sortedSet(speakers) {
		a.speakers = append(a.speakers, ix.intern(s))
	}
	a.speakers = slices.Clip(a.speakers)
	ref := func(id string) string {
		if id == "" {
			return ""
		}
		if v, ok := ids[id]; ok {
			return v
		}
		return strings.Clone(id)
	}
	a.events = make([]eventF, len(doc.Events))
	for i := range doc.Events {
		e := &doc.Events[i]
		a.events[i] = eventF{id: strings.Clone(e.ID), claim: ref(string(e.Claim)), typ: ix.intern(e.Type),
			init: ix.intern(e.Initiator.Side), target: ix.intern(e.Target.Side), kind: ix.intern(e.Target.Kind),
			class: eventClass(e), negated: e.Negated}
	}
	a.counts = make([]countF, len(doc.Counts))
	for i := range doc.Counts {
		c := &doc.Counts[i]
		f := countF{claim: ref(string(c.Claim)), item: ix.intern(c.Item), owner: ix.intern(c.Owner), by: ix.intern(c.ClaimedBy)}
		if c.N != nil {
			f.n, f.hasN = *c.N, true
		}
		if c.NMax != nil {
			f.nmax, f.hasMax = *c.NMax, true
		}
		a.counts[i] = f
	}
	a.places = make([]placeF, len(doc.Places))
	for i := range doc.Places {
		pl := &doc.Places[i]
		key := pl.Name
		if pl.GeonameID != 0 {
			key = itoa(pl.GeonameID)
		}
		if key == "" {
			key = strings.ToLower(pl.Text)
		}
		a.places[i] = placeF{id: strings.Clone(pl.ID), key: ix.intern(key)}
		if isFine(pl.Feature) && (pl.Lat != 0 || pl.Lon != 0) {
			a.points = append(a.points, point{pl.Lat, pl.Lon})
		}
	}
	a.points = slices.Clip(a.points)
	a.prof = ix.encodeProfile(doc)
}

// stemSet returns the dense ids of text's content stems, sorted and
// distinct; nil when it has none.
func (ix *Index) stemSet(text string) []uint32 {
	var out []uint32
	ix.buf = scanWords(text, ix.buf, func(w word) {
		if w.Stem != 0 {
			out = append(out, ix.stemID(w.Stem))
		}
	})
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// profile is a text as a list of sentences, each the sorted set of its
// content stems (dense ids): what two renderings of one statement share
// even when their wording differs. It is kept encoded (packedProfile) and
// decoded for a comparison.
type profile struct {
	sents [][]uint32
	terms int // content stems in all sentences
}

// packedProfile is a profile as bytes: per sentence the number of stems,
// then the gaps between its sorted ids, as uvarints. Ids of common stems
// are small and the gaps of a sentence's few stems short, so most take one
// or two bytes instead of eight.
type packedProfile struct {
	b     []byte
	terms int32
}

// minSentenceTerms: a sentence with fewer content stems ("He added.") is
// too short to align reliably.
const minSentenceTerms = 4

func (ix *Index) encodeProfile(doc *parallax.Document) packedProfile {
	var p packedProfile
	var cur []uint32
	end := -1
	flush := func() {
		slices.Sort(cur)
		cur = slices.Compact(cur)
		if len(cur) >= minSentenceTerms {
			p.b = binary.AppendUvarint(p.b, uint64(len(cur)))
			prev := uint32(0)
			for _, id := range cur {
				p.b = binary.AppendUvarint(p.b, uint64(id-prev))
				prev = id
			}
			p.terms += int32(len(cur))
		}
		cur = cur[:0]
	}
	ix.scan(doc)
	for _, w := range ix.all {
		if w.Start >= end {
			flush()
			end = sentenceSpan(doc, w.Start).End
			if end <= w.Start {
				end = w.End
			}
		}
		if w.Stem != 0 {
			cur = append(cur, ix.stemID(w.Stem))
		}
	}
	flush()
	p.b = slices.Clip(p.b)
	return p
}

// decode unpacks p into dst, reusing its storage.
func (p *packedProfile) decode(dst *profile) {
	dst.terms = int(p.terms)
	n := 0
	b := p.b
	for len(b) > 0 {
		k, w := binary.Uvarint(b)
		b = b[w:]
		if n == len(dst.sents) {
			dst.sents = append(dst.sents, nil)
		}
		s := dst.sents[n][:0]
		prev := uint32(0)
		for range k {
			d, w := binary.Uvarint(b)
			b = b[w:]
			prev += uint32(d)
			s = append(s, prev)
		}
		dst.sents[n] = s
		n++
	}
	dst.sents = dst.sents[:n]
}
