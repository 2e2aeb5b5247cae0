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

// The items of an article as kept: strings that recur across articles
// (sides, stances, types, items, speaker keys) as references into the
// index's table of interned strings (sref, 0 for ""), and the article's
// own item ids as spans of one string per article (name), so that an
// event costs a few dozen bytes instead of a struct of string headers and
// strings of its own.

// sref is an interned string: an index into Index.strList; 0 is "".
type sref uint32

// name is an item id: the bytes [off, off+n) of its article's names,
// after the article's id and ':' when the top bit of n is set (the
// pipeline qualifies every item id so: "001:c3").
type name struct{ off, n uint32 }

const prefixed = 1 << 31

// claimC is what fusion keeps of a claim.
type claimC struct {
	id                name
	side, key, stance sref     // the speaker's side, speakerKey, the stance
	stems             [2]int32 // its content stems: article.stems[stems[0]:stems[1]]
	civ               bool     // its text mentions civilians (civilianWords)
	lost              uint16   // a denial: the items (bits of lossItems) whose loss it denies (lostItems)
	refers            int32    // a denial that points back: the index of the claim it answers, else -1 (denialReferents)
	standing          bool     // a denial told as a standing position ("..., a charge Kabul denies": standingDenial)
	nested            bool     // reported inside another claim ("denied the reports that ...": Claim.Parent)
	sent              uint32   // the hash of its sentence: two claims of one sentence are one reporting act's parts
}

// eventC is what fusion keeps of an event.
type eventC struct {
	id, claim               name
	typ, init, target, kind sref // type, initiator's and target's sides, the target's kind
	class                   uint8
	negated                 bool
	// answer: its sentence tells it as an answer to the other side
	// ("retaliatory operations against", "returned fire", "in
	// response"): said by its initiator, it blames the one it hit.
	answer bool
}

// countC is what fusion keeps of a count.
type countC struct {
	claim           name
	item, owner, by sref // by: the claiming side (Count.ClaimedBy)
	hasN, hasMax    bool
	tally           bool  // a running or a period total (isTally)
	course          bool  // a tally since the happening began (courseTally)
	victims         uint8 // who the people counted are, by their noun (victimClass)
	n, nmax         int
}

// placeC is what fusion keeps of a place: its id and the key that makes
// two mentions one place (GeoNames id, else name, else lower-cased text).
type placeC struct {
	id  name
	key sref
}

// The view of an item that the assessment reads, made from the kept form
// when an incident is described.
type claimF struct {
	id, side, key, stance string
	civ                   bool
	lost                  uint16
	stems                 []uint32
	refers                string // a denial that points back: the id of the claim it answers
	standing              bool
	nested                bool
	sent                  uint32
}

type eventF struct {
	id, claim, typ, init, target, kind string
	class                              uint8
	negated, answer                    bool
	voice                              string // no claim: the side of the issued document that tells it (voice.go)
}

type countF struct {
	claim, item, owner, by string
	n, nmax                int
	hasN, hasMax, tally    bool
	course                 bool  // a tally since the happening began (courseTally)
	victims                uint8 // victimsFighters, victimsCivilians or 0 (victimClass)
}

// intern returns the reference of s in the table of short strings that
// recur across articles, adding it.
func (ix *Index) intern(s string) sref {
	if s == "" {
		return 0
	}
	if v, ok := ix.strs[s]; ok {
		return v
	}
	if len(ix.strList) == 0 {
		ix.strList = append(ix.strList, "")
	}
	s = strings.Clone(s)
	r := sref(len(ix.strList))
	ix.strList = append(ix.strList, s)
	ix.strs[s] = r
	return r
}

func (ix *Index) str(r sref) string { return ix.strList[r] }

func (f *feats) name(n name) string {
	if n.n&prefixed != 0 {
		return f.id + ":" + f.names[n.off:n.off+n.n&^prefixed]
	}
	return f.names[n.off : n.off+n.n]
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

// features makes a's kept features from doc; items are its segments'
// items, in the order of a.segs.
func (ix *Index) features(a *article, doc *parallax.Document, items []segItems, roundup bool) *feats {
	f := &feats{id: a.id, items: items, voice: ix.intern(issuerSide(doc))}
	if name := issuedDocument(doc); name != "" {
		f.issuer = ix.stemSet(name)
	}
	var names strings.Builder
	ids := make(map[string]name, len(doc.Claims))
	add := func(id string) name {
		if id == "" {
			return name{}
		}
		if n, ok := ids[id]; ok {
			return n
		}
		local, ok := strings.CutPrefix(id, a.id+":")
		n := name{uint32(names.Len()), uint32(len(local))}
		if ok {
			n.n |= prefixed
		}
		names.WriteString(local)
		return n
	}
	f.claims = make([]claimC, len(doc.Claims))
	var speakers []string
	var stems []uint32
	refers := denialReferents(doc)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		id := add(c.ID)
		ids[c.ID] = id
		text := ""
		if !(c.Start < 0 || c.End > len(doc.Text) || c.Start >= c.End) {
			text = strings.ToLower(doc.Text[c.Start:c.End])
		}
		// What the claim is about may follow a quotation cut short
		// (`had "never targeted" Azerbaijan's civilian population`): the
		// civilians are looked for up to the end of its sentence in the
		// text (a split after the closing quote does not end it).
		about := text
		if text != "" {
			about = text + strings.ToLower(doc.Text[c.End:aboutEnd(doc.Text, c.End)])
		}
		civ := false
		for _, w := range civilianWords {
			if strings.Contains(about, w) {
				civ = true
				break
			}
		}
		var lost uint16
		if c.Stance == parallax.StanceDeny {
			lost = lostItems(text, civ)
		}
		from := int32(len(stems))
		stems = append(stems, ix.stemSet(text)...)
		f.claims[i] = claimC{id: id, side: ix.intern(c.Speaker.Side), key: ix.intern(speakerKey(&c.Speaker)),
			stance: ix.intern(c.Stance), civ: civ, lost: lost, stems: [2]int32{from, int32(len(stems))}, refers: refers[i],
			standing: standingDenial(doc, c), nested: c.Parent != "",
			sent: uint32(hashBytes([]byte(claimSentence(doc, c))))}
		speakers = append(speakers, c.Speaker.Side)
	}
	f.stems = slices.Clip(stems)
	for _, s := range sortedSet(speakers) {
		f.speakers = append(f.speakers, ix.intern(s))
	}
	// Sorted by reference: what a Jaccard over the set needs.
	slices.Sort(f.speakers)
	f.speakers = slices.Clip(f.speakers)
	f.events = make([]eventC, len(doc.Events))
	for i := range doc.Events {
		e := &doc.Events[i]
		f.events[i] = eventC{id: add(e.ID), claim: add(string(e.Claim)), typ: ix.intern(e.Type),
			init: ix.intern(e.Initiator.Side), target: ix.intern(e.Target.Side), kind: ix.intern(e.Target.Kind),
			class: eventClass(e), negated: e.Negated, answer: blames(e, &ix.sents)}
	}
	f.counts = make([]countC, len(doc.Counts))
	for i := range doc.Counts {
		k := &doc.Counts[i]
		c := countC{claim: add(string(k.Claim)), item: ix.intern(k.Item), owner: ix.intern(k.Owner), by: ix.intern(k.ClaimedBy),
			tally: isTally(k, &ix.sents) || roundup && isDayTotal(k, &ix.sents)}
		c.course = c.tally && courseTally(k, &ix.sents)
		if personItems[k.Item] && k.Start >= 0 && k.Start < k.End && k.End <= len(doc.Text) {
			c.victims = victimClass(doc.Text[k.Start:k.End])
		}
		if k.N != nil {
			c.n, c.hasN = *k.N, true
		}
		if k.NMax != nil {
			c.nmax, c.hasMax = *k.NMax, true
		}
		f.counts[i] = c
	}
	f.places = make([]placeC, len(doc.Places))
	// The dateline's towns first (bureau): the bureau's, not the
	// statement's places (statementPlacesNear).
	dateline, datelineEnd := datelinePlace(doc)
	for i := range doc.Places {
		if pl := &doc.Places[i]; dateline >= 0 && pl.Start < datelineEnd && isFine(pl.Feature) && (pl.Lat != 0 || pl.Lon != 0) {
			f.points = append(f.points, point{pl.Lat, pl.Lon})
		}
	}
	f.bureau = len(f.points)
	for i := range doc.Places {
		pl := &doc.Places[i]
		key := pl.Name
		if pl.GeonameID != 0 {
			key = itoa(pl.GeonameID)
		}
		if key == "" {
			key = strings.ToLower(pl.Text)
		}
		f.places[i] = placeC{id: add(pl.ID), key: ix.intern(key)}
		if isFine(pl.Feature) && (pl.Lat != 0 || pl.Lon != 0) && !(dateline >= 0 && pl.Start < datelineEnd) {
			f.points = append(f.points, point{pl.Lat, pl.Lon})
		}
	}
	f.points = slices.Clip(f.points)
	f.names = strings.Clone(names.String()) // without the builder's spare room
	f.prof = ix.encodeProfile(doc)
	f.nums = textNumbers(doc.Text)
	return f
}

// claimView, eventView and countView make the assessment's view of a kept
// item.
func (ix *Index) claimView(a *feats, c *claimC) claimF {
	f := claimF{id: a.name(c.id), side: ix.str(c.side), key: ix.str(c.key), stance: ix.str(c.stance), civ: c.civ,
		lost: c.lost, stems: a.stems[c.stems[0]:c.stems[1]], standing: c.standing, nested: c.nested, sent: c.sent}
	if c.refers >= 0 && int(c.refers) < len(a.claims) {
		f.refers = a.name(a.claims[c.refers].id)
	}
	return f
}

func (ix *Index) eventView(a *feats, e *eventC) eventF {
	f := eventF{id: a.name(e.id), claim: a.name(e.claim), typ: ix.str(e.typ), init: ix.str(e.init),
		target: ix.str(e.target), kind: ix.str(e.kind), class: e.class, negated: e.negated, answer: e.answer}
	if f.claim == "" {
		f.voice = ix.str(a.voice) // an act told in an issued document's own voice (voice.go)
	}
	return f
}

func (ix *Index) countView(a *feats, c *countC) countF {
	f := countF{claim: a.name(c.claim), item: ix.str(c.item), owner: ix.str(c.owner), by: ix.str(c.by),
		n: c.n, nmax: c.nmax, hasN: c.hasN, hasMax: c.hasMax, tally: c.tally, course: c.course, victims: c.victims}
	if f.claim == "" && f.by == "" {
		f.by = ix.str(a.voice) // a figure given in an issued document's own voice (voice.go)
	}
	return f
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
// decoded for a comparison. A sentence of fewer than minSentenceTerms
// stems is kept empty: it counts as a sentence, never aligns.
type profile struct {
	sents [][]uint32
	terms int // content stems in all sentences
}

// packedProfile is a profile as bytes: per sentence the number of terms,
// then the gaps between its sorted ids, as uvarints. Ids of common stems
// are small and the gaps of a sentence's few stems short, so most take one
// or two bytes instead of eight. A sentence's figures (figures.go) follow
// its stems, their ids being figureBase and above, and the stems it
// writes as names follow its stems again at nameBase and above
// (anchors.go); a sentence of fewer than minSentenceTerms stems keeps its
// names and figures only, and decode leaves both out (a rendering's tests
// read them: rendersFigures, rendersAnchors).
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
	end, start := -1, -1
	flush := func() {
		slices.Sort(cur)
		cur = slices.Compact(cur)
		stems, _ := slices.BinarySearch(cur, nameBase)
		switch {
		case stems == 0:
			// Figures alone ("(28)") make no sentence, as no words did
			// before figures were kept.
		case stems >= minSentenceTerms:
			p.b = binary.AppendUvarint(p.b, uint64(len(cur)))
			prev := uint32(0)
			for _, id := range cur {
				p.b = binary.AppendUvarint(p.b, uint64(id-prev))
				prev = id
			}
			p.terms += int32(stems)
		default:
			// Too short to align, but a sentence of the text: kept
			// empty (its figures only), so that two short reports that
			// share their lead and differ in a closing line ("The
			// captain has been detained.") are not taken for
			// one-sentence renderings.
			figs := cur[stems:]
			p.b = binary.AppendUvarint(p.b, uint64(len(figs)))
			prev := uint32(0)
			for _, id := range figs {
				p.b = binary.AppendUvarint(p.b, uint64(id-prev))
				prev = id
			}
		}
		cur = cur[:0]
	}
	ix.scan(doc)
	for i := 0; i < len(ix.all); i++ {
		w := ix.all[i]
		if w.Start >= end {
			flush()
			start = w.Start
			end = sentenceSpan(doc, w.Start).End
			if end <= w.Start {
				end = w.End
			}
		}
		if v, n, ok := figureAt(doc.Text, ix.all, i); ok {
			cur = append(cur, figureBase+uint32(v))
			i += n - 1
			continue
		}
		if w.Stem != 0 {
			id := ix.stemID(w.Stem)
			cur = append(cur, id)
			if w.Start != start && nameWord(doc.Text, w) {
				cur = append(cur, nameBase+id)
			}
		}
	}
	flush()
	p.b = slices.Clip(p.b)
	return p
}

// decode unpacks p's content stems into dst, reusing its storage: a
// sentence of figures only is empty.
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
			if prev < nameBase {
				s = append(s, prev)
			}
		}
		dst.sents[n] = s
		n++
	}
	dst.sents = dst.sents[:n]
}

// aboutEnd is where what a claim is about ends after its span at i: the
// end of its sentence, or a participle clause with which its speaker goes
// on to another matter ("denied that any of its fighters had been killed,
// saying the victims were civilians": the denial is of the fighters'
// deaths, the civilians are the speaker's own accusation).
func aboutEnd(t string, i int) int {
	for ; i < len(t) && !isSentenceEnd(t, i); i++ {
		if t[i] == ',' && participleAt(t, i+1) {
			return i
		}
	}
	return i
}

// notParticiples end in -ing without opening a clause of their own.
var notParticiples = map[string]bool{"including": true, "during": true, "according": true, "nothing": true, "anything": true,
	"something": true, "everything": true, "morning": true, "evening": true, "building": true, "buildings": true}

// participleAt: the word at i (after spaces) is a present participle
// ("saying", "adding", "calling").
func participleAt(t string, i int) bool {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
		j++
	}
	w := t[i:j]
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !notParticiples[w]
}

// claimSentence is the text of the claim's sentence. A document read back
// for fusion (the store's FusionDocuments) leaves out the items' sentence
// texts that are the text of the sentence holding them (a claim's: its
// cue's), so the sentence is taken from the text where the field is
// empty: a rebuilt index must tell two claims of one sentence from two of
// different sentences as the index of the analysed documents did.
func claimSentence(doc *parallax.Document, c *parallax.Claim) string {
	if c.Sentence != "" {
		return c.Sentence
	}
	return doc.SentenceText(c.Cue.Start)
}
