package fuse

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// Options tune fusion. DefaultOptions holds the values the evaluation
// figures were measured with.
type Options struct {
	// MaxGapDays: a segment joins an incident only if their dates are at
	// most this many days apart.
	MaxGapDays int
	// MaxSpanDays: an incident never spans more days than this (end minus
	// start), so one clash stays tight.
	MaxSpanDays int
	// NearKm and FarKm: places this close argue for one incident, places
	// twice NearKm apart neither for nor against it, places FarKm apart or
	// more fully against it.
	NearKm, FarKm float64
	// LinkScore is the score a segment needs to join an incident: the
	// cosine of their texts plus PlaceWeight times place agreement (-1..1)
	// plus PartyWeight times party agreement (-1..1: twice the share of
	// party mentions they have in common, partyOverlap, minus one).
	// MinText is the cosine needed whatever the places and parties: a
	// capital and a superpower appear in too many stories to link texts
	// that share nothing else. A background segment (an earlier clash an article
	// recalls) needs BackgroundMargin more, since the article's own story
	// is elsewhere.
	LinkScore, MinText, PlaceWeight, PartyWeight, BackgroundMargin float64
	// FigureWeight is added when the segment and the incident give a
	// figure in common (the same item and number, at least minFigure:
	// "31 soldiers killed" in the attackers' claim and in a wire).
	FigureWeight float64
	// NearDuplicate is the estimated Jaccard similarity of word 3-shingles
	// above which two texts are near duplicates; Containment the share of
	// the shorter text's shingles found in the longer (a truncated copy).
	NearDuplicate, Containment float64
	// SameStatement is the share of the shorter text's content that must
	// align, sentence by sentence, with the other for two articles to
	// render one statement.
	SameStatement float64
}

// DefaultOptions returns the tuned options.
func DefaultOptions() Options {
	return Options{
		MaxGapDays:       2,
		MaxSpanDays:      6,
		NearKm:           75,
		FarKm:            500,
		LinkScore:        0.32,
		MinText:          0.2,
		PlaceWeight:      0.1,
		PartyWeight:      0.05,
		BackgroundMargin: 0.15,
		FigureWeight:     0.1,
		NearDuplicate:    0.5,
		Containment:      0.85,
		SameStatement:    0.3,
	}
}

// Fuser implements pipeline.Fuser over a fresh Index per call.
type Fuser struct{ opt Options }

// New returns a Fuser with the given options.
func New(opt Options) *Fuser { return &Fuser{opt: opt} }

// Fuse groups the documents' events into incidents and finds duplicates.
// The documents' ids must already be qualified with their article ids. The
// result depends only on the documents and their order.
func (f *Fuser) Fuse(docs []*parallax.Document) ([]parallax.Incident, []parallax.Duplicate) {
	ix := NewIndex(f.opt)
	// Document frequencies first, so that every article is weighed against
	// the whole batch, not only the articles before it.
	for _, d := range docs {
		ix.observe(d)
	}
	for _, d := range docs {
		ix.insert(d)
	}
	return ix.Incidents(), ix.Duplicates()
}

// Index is the incremental core of fusion: Add puts one more document in,
// joining it to the incidents and duplicates found so far without
// recomputing them. Incidents are blocked by day, so the cost of an Add
// depends on how many incidents share its dates, not on the size of the
// index. An Index is not safe for concurrent use.
type Index struct {
	opt Options

	arts []*article
	df   map[uint64]int32 // articles holding each content stem
	nDoc int32

	exact   map[uint64]int32 // text hash → first article with that text
	sigs    []*signature     // MinHash signatures, in order of the articles that have one; nil when compacted (cold.go)
	sigArt  []int32          // signature → article
	lsh     bandIndex        // band key → entries (entry e is band e%lshBands of signature e/lshBands)
	dups    []dupPair
	strs    map[string]sref // interned short strings (intern)
	strList []string
	stemIDs map[uint64]uint32 // content stem hash → dense id (stemID)
	group   []int32           // duplicate groups: union-find over articles

	segs    []segRef
	incs    []incident
	days    map[int32][]int32 // day → incidents registered on it
	usedIDs map[string]bool
	undated []int32 // incidents founded by an undated article's own story, in order
	// nearMiss lists the incidents the current article's segments nearly
	// joined: where a rendering of the same statement may be.
	nearMiss []int32

	stamp       []int32 // per incident: the last query that saw it
	stampGen    int32
	artStamp    []int32 // per article, likewise
	tf          map[uint64]int32
	segTF       []map[uint64]int32 // scratch term counts, one per segment
	segNear     []bool             // scratch: segments whose words the main vector counts too
	names       map[uint64]float32 // scratch: stems of the current document's participants' names (nameSpans)
	nameSeen    map[uint64]int32   // scratch: per name's stem, its mentions, the lead's and the headline's counting twice
	recall      []parallax.Span    // scratch: the current document's recall clauses (recallClauses)
	otherRecall []parallax.Span    // scratch: those of them that introduce a happening (not definite, not "before")
	answerSpans []parallax.Span    // scratch: its answer clauses (priorClauses: "in response to Saturday's attack")
	prior       []priorClause      // scratch: its recall and answer clauses (priorClauses)
	afterTF     map[uint64]int32   // scratch: term counts of the clauses that set its story after another
	recallNames []recallName       // scratch: the names met in its recall clauses (segmentVectors)
	curAfter    *segment           // scratch: its main segment while its renderings are joined, when it sets its act after another (segment.after)
	curSegs     []segment          // scratch: its segments while they are placed, in the order of its article's segs (recapApart)
	nameBuf     []nameSpan
	words       []uint64
	wordSpan    []word
	buf         []byte
	all         []word             // the words of the document scanned last (scan)
	scanned     *parallax.Document // that document, and its text when scanned
	scannedText string
	copiesOf    map[int32][]int32 // first article → its exact copies
	gnext       []int32           // duplicate groups' members: a circular list per group
	gsize       []int32           // members of the group (at its root)

	// What changed since the last Changes (changes.go).
	isDirty    []bool
	dirty      []int32
	removed    []string
	dupsSent   int
	exactDirty []int32

	anchA      []anchorSent // scratch sentences for rendersAnchors
	anchB      []anchorSent
	profA      profile // scratch profiles for same_statement comparisons
	profB      profile
	figA, figB []uint32     // scratch figure sets (rendersFigures)
	chains     []chain      // scratch for alignStatements
	sents      sentenceScan // scratch: the current document's sentences, lower-cased as read

	// Compaction (cold.go).
	cold       Cold
	coldErr    error
	hot        []int32 // articles whose features are in memory, when there is a Cold store
	hotIncs    []int32 // incidents whose placing fields are in memory, likewise
	newest     int32   // the latest publication day seen
	packBuf    []byte
	reloads    int // features read back from the Cold store
	sigReloads int // signatures read back
	// sigCache holds the compacted signatures read back during one
	// findDuplicates call, so that an article met in several bands'
	// buckets (and then compared) is read once, not at every meeting.
	sigCache map[int32]*signature
	// coldPut is the bytes of the Cold store's entries, coldDead those
	// that nothing reads any more (an incident packed again, or merged
	// into another): what RewriteCold would reclaim.
	coldPut, coldDead int64
}

// article is what the index keeps of a document in memory whatever its
// date: what placing and duplicate detection read. The rest, feats, may be
// compacted (cold.go).
type article struct {
	id  string
	pub int32
	// last is when it can be compacted: its publication day, else its
	// segments' latest day, else noDay. Not the segments' days when it
	// has a publication date: an article dated by events days after it
	// was published (a plan, a misread year) would stay in memory while
	// the feed's dates never reach them.
	last  int32
	hash  uint64
	sig   int32 // index into Index.sigs; -1 when the text is too short or an exact copy
	exact int32 // the first article with the same text, or itself
	segs  []int32
	f     *feats // nil when compacted: then coldLen bytes at coldRef in the Cold store
	// coldRef and coldLen locate the packed features of a compacted
	// article.
	coldRef int64
	coldLen int32
}

// segRef is what the index keeps of a segment once placed.
type segRef struct {
	art        int32
	start, end int32
	inc        int32 // the incident (a union-find node; resolve with find)
	main       bool
	recalled   bool // segment.recalled: an earlier act the article tells apart from its story
	answer     bool // segment.answer: the article tells its story as an answer to another happening
}

type dupPair struct {
	a, b int32 // a < b
	kind string
	sim  float64
}

// incident is a union-find node; the root carries the aggregate.
type incident struct {
	parent     int32
	order      int32 // creation order, for output order
	id         string
	start, end int32
	size       int32 // segments
	segs       []int32
	vec        termVec
	fine       []fpoint
	countries  []string
	figures    []string // the segments' figures (segment.figures), at most maxFigures
	sides      []string
	sideW      []float32 // per side, the sum of its members' shares of party mentions
	types      uint8
	roundup    bool  // a member segment is a roundup of a front (segment.roundup)
	regStart   int32 // days registered in Index.days: [regStart, regEnd]
	regEnd     int32
	// What only placing reads (vec, fine, countries, sides) may be
	// compacted (cold.go): then cold is set and they are coldLen bytes at
	// coldRef. changed: they changed since they were last packed (or were
	// never packed), so that an incident read back and compacted again
	// unchanged is not written twice.
	cold, changed bool
	coldRef       int64
	coldLen       int32
	// touched is the newest publication day when a segment last joined
	// it (or when it was made): an incident that the feed has left
	// behind can be compacted whatever its dates.
	touched int32
}

// nearMissText is the text cosine above which an incident that a segment
// did not join is still searched for renderings of the same statement
// (translations share fewer words than reports in one language).
const nearMissText = 0.15

// lateMargin is what a follow-up report (segment.late) needs above
// LinkScore to join an incident that ended days before it was published:
// its date says less than a report of the day.
const lateMargin = 0.05

// undatedMargin is what a report needs above LinkScore to join an
// incident when one of them has no date: nothing then keeps apart two
// statements of one campaign, or two happenings of a kind, months apart.
const undatedMargin = 0.1

// maxUndated bounds the incidents an undated report is compared with, and
// the undated incidents a dated one is (the latest ones): without dates to
// block by, the cost of an Add would otherwise grow with the corpus.
const maxUndated = 1024

// maxFine bounds the points an incident keeps for distance checks.
const maxFine = 32

// maxFigures bounds the figures an incident keeps.
const maxFigures = 32

// capFigures keeps the first maxFigures of a sorted set of figures.
func capFigures(fs []string) []string {
	if len(fs) > maxFigures {
		return slices.Clip(fs[:maxFigures])
	}
	return fs
}

// sortedMeet reports whether two ascending sets have an element in common
// (one merge walk, no allocation).
func sortedMeet[T cmp.Ordered](a, b []T) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	return &Index{
		opt:      opt,
		df:       map[uint64]int32{},
		exact:    map[uint64]int32{},
		days:     map[int32][]int32{},
		usedIDs:  map[string]bool{},
		tf:       map[uint64]int32{},
		names:    map[uint64]float32{},
		afterTF:  map[uint64]int32{},
		nameSeen: map[uint64]int32{},
		strs:     map[string]sref{},
		stemIDs:  map[uint64]uint32{},
		copiesOf: map[int32][]int32{},
		newest:   noDay,
	}
}

// Add puts one document into the index.
func (ix *Index) Add(doc *parallax.Document) {
	ix.observe(doc)
	ix.insert(doc)
}

// scan splits the document's text into ix.all, unless it is the document
// scanned last: Add reads the words three times and splits them once.
func (ix *Index) scan(doc *parallax.Document) {
	if ix.scanned == doc && ix.scannedText == doc.Text {
		return
	}
	ix.all = ix.all[:0]
	ix.buf = scanWords(doc.Text, ix.buf, func(w word) { ix.all = append(ix.all, w) })
	ix.scanned, ix.scannedText = doc, doc.Text
}

// observe counts the document's distinct content stems.
func (ix *Index) observe(doc *parallax.Document) {
	clear(ix.tf)
	ix.scan(doc)
	for _, w := range ix.all {
		if w.Stem != 0 {
			ix.tf[w.Stem] = 1
		}
	}
	// The headline's words are the article's too (segmentVectors).
	ix.buf = scanWords(doc.Article.Title, ix.buf, func(w word) {
		if w.Stem != 0 {
			ix.tf[w.Stem] = 1
		}
	})
	for h := range ix.tf {
		ix.df[h]++
	}
	ix.nDoc++
}

// idf is the smoothed inverse document frequency of a content stem: never
// zero, so that the first articles of an index, or a stem every article
// shares, still weigh something.
//
// Frequencies count the index's own articles plus the background
// collection's (see background.go).
func (ix *Index) idf(h uint64) float64 {
	n := float64(ix.nDoc + background.docs + 1)
	return 1 + math.Log(n/float64(ix.df[h]+background.df[h]+1))
}

func (ix *Index) insert(doc *parallax.Document) {
	ai := int32(len(ix.arts))
	pub, ok := dayNumber(doc.Article.Published)
	if !ok {
		pub = noDay
	}
	a := &article{id: strings.Clone(doc.Article.ID), pub: pub, last: pub, exact: ai, sig: -1}
	if pub != noDay && (ix.newest == noDay || pub > ix.newest) {
		ix.newest = pub
	}
	ix.arts = append(ix.arts, a)
	ix.artStamp = append(ix.artStamp, 0)
	ix.group = append(ix.group, ai)
	ix.gnext = append(ix.gnext, ai)
	ix.gsize = append(ix.gsize, 1)

	// Words: hashes for shingles and the exact-text hash; stems with
	// offsets for the segment vectors.
	ix.words = ix.words[:0]
	ix.wordSpan = ix.wordSpan[:0]
	h := uint64(fnvOffset)
	ix.scan(doc)
	for _, w := range ix.all {
		ix.words = append(ix.words, w.Hash)
		h = mix64(h ^ w.Hash)
		if w.Stem != 0 {
			ix.wordSpan = append(ix.wordSpan, w)
		}
	}
	a.hash = h
	partners := ix.findDuplicates(ai, doc)

	ix.nearMiss = ix.nearMiss[:0]
	maxGap, maxSpan := int32(ix.opt.MaxGapDays), int32(ix.opt.MaxSpanDays)
	ix.prior = priorClauses(doc.Text, ix.all, ix.prior[:0])
	ix.prior = slices.DeleteFunc(ix.prior, func(c priorClause) bool { return c.sequel && !sisterAct(doc, c.Span) })
	ix.prior = concurrentClauses(doc, ix.all, ix.prior)
	ix.recall = ix.recall[:0]
	ix.otherRecall = ix.otherRecall[:0]
	for _, c := range ix.prior {
		if c.timed {
			ix.recall = append(ix.recall, c.Span)
			if !c.before && !c.definite {
				ix.otherRecall = append(ix.otherRecall, c.Span)
			}
		}
	}
	segs := segmentArticle(doc, ai, pub, maxGap, maxSpan, ix.recall, ix.otherRecall)
	for i := range segs {
		if segs[i].main {
			if doc.Article.Title != "" {
				segs[i].titleKeys = titleKeys(doc.Article.Title)
			}
			segs[i].named = namedDays(doc, &segs[i], ix.recall)
		}
	}
	ix.sents.doc = doc
	ix.sents.lower, ix.sents.last = nil, parallax.Span{}
	mutualBlame(doc, &ix.sents, segs)
	ix.segmentVectors(doc, segs)
	// A story told as an answer and dated only by the day of what it
	// answers happened after that day (answerDays).
	ix.answerSpans = ix.answerSpans[:0]
	for _, c := range ix.prior {
		if !c.timed && !c.sequel {
			ix.answerSpans = append(ix.answerSpans, c.Span)
		}
	}
	for i := range segs {
		if start, end, ok := answerDays(doc, &segs[i], ix.answerSpans, pub); ok {
			segs[i].start, segs[i].end = start, end
		}
	}
	items := make([]segItems, len(segs))
	ix.curSegs = segs
	for i := range segs {
		s := &segs[i]
		si := int32(len(ix.segs))
		ix.segs = append(ix.segs, segRef{art: ai, start: s.start, end: s.end, main: s.main, recalled: s.recalled, answer: s.main && s.answer, inc: -1})
		a.segs = append(a.segs, si)
		if pub == noDay && s.start != noDay {
			a.last = max(a.last, s.end)
		}
		ix.place(si, s, partners)
		items[i] = segItems{events: int32s(s.events), claims: int32s(s.claims), counts: int32s(s.counts), places: int32s(s.places)}
		for _, p := range s.mutual {
			items[i].mutual = append(items[i].mutual, int32(ix.intern(p[0])), int32(ix.intern(p[1])))
		}
	}
	ix.curSegs = nil
	a.segs = slices.Clip(a.segs)
	a.f = ix.features(a, doc, items, slices.ContainsFunc(segs, func(s segment) bool { return s.roundup }))
	if ix.cold != nil {
		ix.hot = append(ix.hot, ai)
	}
	// The document is the caller's again: no reference to it stays.
	ix.scanned, ix.scannedText = nil, ""
	ix.sents.doc, ix.sents.lower = nil, nil
	for i := range segs {
		if segs[i].main && segs[i].after {
			ix.curAfter = &segs[i]
		}
	}
	ix.findSameStatements(ai, partners)
	ix.curAfter = nil
}

// segmentVectors gives each segment the TF-IDF vector of its text.
//
// The main segment's vector also counts the words of the background
// segments dated within MaxSpanDays of it. Such a segment is the story's
// own lead-up (the talks announced three days before the agreement), or a
// weekday resolved to the wrong week ("on Tuesday, the envoy will join"
// read as last Tuesday): without its sentences the main segment loses the
// words that other reports of the story share. A clash recalled from
// weeks before stays out, so that the main story is not pulled towards the
// reports of that clash.
func (ix *Index) segmentVectors(doc *parallax.Document, segs []segment) {
	for len(ix.segTF) < len(segs) {
		ix.segTF = append(ix.segTF, map[uint64]int32{})
	}
	tfs := ix.segTF[:len(segs)]
	for _, m := range tfs {
		clear(m)
	}
	main := -1
	for i := range segs {
		if segs[i].main {
			main = i
			break
		}
	}
	// near[i]: segment i's words count in the main vector too.
	near := ix.segNear[:0]
	for range segs {
		near = append(near, false)
	}
	ix.segNear = near
	nearAny := false
	if main >= 0 && segs[main].start != noDay {
		span := int32(ix.opt.MaxSpanDays)
		for i := range segs {
			if i == main || segs[i].start == noDay || segs[i].sibling || segs[i].recalled {
				continue
			}
			if max(segs[i].start-segs[main].end, segs[main].start-segs[i].end) <= span {
				near[i], nearAny = true, true
			}
		}
	}
	clear(ix.names)
	clear(ix.nameSeen)
	ents := ix.nameSpans(doc)
	k := 0
	leadEnd := -1
	if len(ix.wordSpan) > 0 {
		leadEnd = sentenceSpan(doc, ix.wordSpan[0].Start).End
	}
	if main >= 0 {
		segs[main].recalls = len(ix.recall) > 0
		segs[main].answer = slices.ContainsFunc(ix.prior, func(c priorClause) bool { return !c.timed })
		m := &segs[main]
		for _, c := range ix.prior {
			if !c.before && !c.sequel && m.ownAct {
				m.after = true
				m.afterHours = m.afterHours || c.hours
			}
		}
	}
	clear(ix.afterTF)
	ix.recallNames = ix.recallNames[:0]
	r, q := 0, 0
	for _, w := range ix.wordSpan {
		// How often each stem is met, and whether in the lead: what
		// tells a protagonist's name from an aside's (below). A mention
		// in a clause that recalls another happening ("a day after West
		// Ham sacked its manager") is not counted.
		for r < len(ix.recall) && ix.recall[r].End <= w.Start {
			r++
		}
		inRecall := r < len(ix.recall) && ix.recall[r].Start <= w.Start
		for q < len(ix.prior) && ix.prior[q].End <= w.Start {
			q++
		}
		inAfter := main >= 0 && q < len(ix.prior) && ix.prior[q].Start <= w.Start && !ix.prior[q].before
		if inAfter {
			ix.afterTF[w.Stem]++
		}
		si := segmentOf(segs, w.Start)
		if !inRecall || !segs[si].main {
			tfs[si][w.Stem]++
		}
		if nearAny && near[si] {
			tfs[main][w.Stem]++
		}
		// Names sorted by start: those before k end before this word
		// (spans may overlap: a person "Kellan Moss" and a place "Moss").
		for k < len(ents) && ents[k].End <= w.Start && (k+1 == len(ents) || ents[k+1].Start <= w.Start) {
			k++
		}
		named, nameAt := false, -1
		for j := k; j < len(ents) && ents[j].Start <= w.Start; j++ {
			if w.Start < ents[j].End {
				ix.names[w.Stem] = max(ix.names[w.Stem], ents[j].w)
				named = true
				if nameAt < 0 || ents[j].person {
					nameAt = j
				}
			}
		}
		// A capitalised word inside a sentence that no entity covers is
		// a name the tagger missed; in a recall clause, after a
		// preposition of place ("killed 41 people near Mai Mahiu"), it
		// names where the other happening was, as a tagged name does
		// ("his move from Amsterdam" says no such thing).
		capital := !named && capitalisedInside(doc.Text, w.Start)
		switch {
		case named && inRecall && inAfter && !ix.prior[q].definite:
			e := &ents[nameAt]
			// Of a person's name, the surname tells whether the report
			// names them again ("Rui Tavares", then "Tavares").
			if !e.person || w.End >= e.End {
				ix.recallNames = append(ix.recallNames, recallName{w.Stem, ix.prior[q].hours})
			}
		case capital && inRecall && inAfter && !ix.prior[q].definite && placedRun(doc.Text, w.Start):
			ix.recallNames = append(ix.recallNames, recallName{w.Stem, ix.prior[q].hours})
		case capital && !inRecall:
			ix.nameSeen[w.Stem]++
		case !named || inRecall:
		case w.Start < leadEnd:
			ix.nameSeen[w.Stem] += 2
		default:
			ix.nameSeen[w.Stem]++
		}
	}
	// The headline counts in the main story's vector: it names the
	// story's who and where in a few words ("Stromboli eruption prompts
	// evacuation", "Orbel Software cuts 400 jobs"), where a short report
	// of a few sentences may name them once, and two outlets' headlines
	// on one happening share them even when their bodies share little.
	// Its names weigh as the body's do (names is by stem). Near duplicates
	// and renderings compare bodies only: a scraper's new headline must
	// not hide a copy.
	ix.buf = scanWords(doc.Article.Title, ix.buf, func(w word) {
		if w.Stem == 0 {
			return
		}
		if main >= 0 {
			tfs[main][w.Stem]++
		}
		if _, ok := ix.names[w.Stem]; ok || capitalisedInside(doc.Article.Title, w.Start) || w.Start == 0 {
			ix.nameSeen[w.Stem] += 2
		}
	})
	// A recall clause that introduces a happening (not definite) and
	// names someone or somewhere the report names nowhere else ("three
	// days after a tiger got out at Prague Zoo" in a report of a bear's
	// escape in Bratislava; "a week after a substation failure darkened
	// Lisbon" in a report of a blackout in Porto) tells another happening
	// than the report's: the report sets its own after it, as one of an
	// act of force does (segment.after), though the events read no act in
	// it. A follow-up's clause refers to its story as known ("five days
	// after the blaze that killed 12 people in Tai Po"), names nothing,
	// or names what the report names again.
	// A person is named again by the surname; a place or a body by all
	// its words ("Prague Zoo" is not "Bratislava Zoo").
	if main >= 0 && !segs[main].after {
		m := &segs[main]
		for _, n := range ix.recallNames {
			if ix.nameSeen[n.stem] == 0 {
				m.after, m.afterOther = true, true
				m.afterHours = m.afterHours || n.hours
				m.afterNames = append(m.afterNames, n.stem)
			}
		}
	}
	// A name met once, past the lead and not in the headline, is likely
	// an aside ("he travels on to meet G7 ministers", "a day after West
	// Ham sacked its manager"): it names another story's protagonists,
	// and the full boost would tie the report to that story. The
	// protagonists of a report are in its headline or lead, or named
	// again. Half the boost, not none: a report of the story written
	// from another angle (lawmakers reacting to the talks) may name the
	// talks' town once, past its lead.
	for h := range ix.names {
		if ix.nameSeen[h] < 2 {
			ix.names[h] = 1 + (ix.names[h]-1)/2
		}
	}
	weight := func(h uint64) float64 {
		if b := ix.names[h]; b > 0 {
			return float64(b) * ix.idf(h)
		}
		return ix.idf(h)
	}
	for i := range segs {
		segs[i].vec = newVec(tfs[i], weight)
	}
	if main >= 0 && segs[main].after {
		segs[main].afterVec = newVec(ix.afterTF, weight)
	}
}

// capitalisedInside reports whether the word at text[off:] opens with a
// capital letter and does not open a sentence (text's start, or after a
// full stop, a question or exclamation mark, a colon or an opening
// quotation mark): a name, whether or not the tagger found it.
func capitalisedInside(text string, off int) bool {
	r, _ := utf8.DecodeRuneInString(text[off:])
	if !unicode.IsUpper(r) {
		return false
	}
	before := strings.TrimRight(text[:off], " \t")
	if before == "" {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before)
	return !strings.ContainsRune(".!?:\"“‘'\n", p)
}

// placeWords are the prepositions that set a happening at a place.
var placeWords = wordSet(`in near at outside off around`)

// placedRun reports whether the capitalised run holding the word at
// text[off:] follows a preposition of place (placeWords): "near Mai
// Mahiu", "in Kiambu".
func placedRun(text string, off int) bool {
	for {
		before := strings.TrimRight(text[:off], " ")
		i := strings.LastIndexAny(before, " ,;()") + 1
		prev := before[i:]
		if prev == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(prev)
		if !unicode.IsUpper(r) {
			return placeWords[prev]
		}
		off = i
	}
}

// recallName is the stem of a word of a name met in a recall clause
// (of a person's name, the surname only), and whether the clause's span
// of time is hours (priorClause.hours).
type recallName struct {
	stem  uint64
	hours bool
}

// Hashes of the words that open a recall clause: a span of time, then
// "after" or "before".
var (
	recallUnits = func() map[uint64]bool {
		m := map[uint64]bool{}
		for _, w := range []string{"hour", "hours", "day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"} {
			m[hashBytes([]byte(w))] = true
		}
		return m
	}()
	hashAfter, hashBefore  = hashBytes([]byte("after")), hashBytes([]byte("before"))
	hashAgo                = hashBytes([]byte("ago"))
	hashLater, hashEarlier = hashBytes([]byte("later")), hashBytes([]byte("earlier"))
	hashHour, hashHours    = hashBytes([]byte("hour")), hashBytes([]byte("hours"))
	hashSeparately         = hashBytes([]byte("separately"))
	hashElsewhere          = hashBytes([]byte("elsewhere"))
)

// recallClauses appends to dst the spans of text that recall a happening
// by its distance in time ("a day after West Ham sacked its manager",
// "eight days after one of its jets slid off the runway", "two weeks
// before the vote"), from the span of time to the end of the clause (a
// comma, a dash, a semicolon or the sentence's end). words are text's
// words in order. Such a clause names another happening's protagonists,
// or the report's own story in a follow-up ("six days after the quake"),
// whose names the report then gives elsewhere too.
func recallClauses(text string, words []word, dst []parallax.Span) []parallax.Span {
	for _, c := range priorClauses(text, words, nil) {
		if c.timed {
			dst = append(dst, c.Span)
		}
	}
	return dst
}

// A priorClause is a clause that sets the report's own happening after
// another one: a recall clause of recallClauses ("two days after a raid
// on Djibo"; timed, hours when its span of time is hours: the other
// happening is of the same day) or an answer ("in response to the
// killing of its commander", "in retaliation for the strike on
// Nabatieh"), whose happening came before. before: the clause sets the
// report's happening before the other ("two weeks before the vote").
//
// definite: the happening after the span of time is one the reader
// knows ("six days after the blaze", "a day after its arrest", "a week
// after last Friday's derailment"), as a follow-up recalls its own
// story; not one it introduces ("three days after a tiger got out", "a
// day after West Ham sacked its manager").
type priorClause struct {
	parallax.Span
	timed, hours, before, definite bool
	// sequel: a sentence that opens with a span of hours and "later" or
	// "earlier" ("A few hours later, missiles hit the regional centre"),
	// or with "Separately" or "Elsewhere": it tells another happening of
	// the story's days, a sister act, in a sentence of its own
	// (sequelAt). It is kept only where it tells an act at a place the
	// report names nowhere else (sisterAct): a story's own course
	// ("Hours later, the toll rose to 12") names nothing new. As a
	// recall clause of hours that introduces its happening, it sets the
	// report's act apart from the incident that names that place
	// (segmentVectors, actAfter).
	sequel bool
}

// definiteWords open a noun phrase that refers to what the reader knows.
var definiteWords = wordSet(`the this that these those its their his her our last yesterday's`)

// namedNext reports whether the words after the one at text[off:] open
// with two capitalised words: "the Maren Star", "the Dora K" after
// "after", a name; not "the Munich club", a description.
func namedNext(text string, off int) bool {
	fields := strings.Fields(text[off:min(len(text), off+80)])
	if len(fields) < 3 {
		return false
	}
	for _, f := range fields[1:3] {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// definiteAt reports whether the word at text[off:] (after spaces) opens
// a definite noun phrase (definiteWords, or a weekday's possessive:
// "Tuesday's quake").
func definiteAt(text string, off int) bool {
	w := strings.TrimLeft(text[off:], " ")
	if i := strings.IndexAny(w, " ,.;"); i >= 0 {
		w = w[:i]
	}
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if w == "the" && namedNext(text, off) {
		// "the Maren Star", "the Dora K": a name, which introduces its
		// happening as an indefinite phrase does.
		return false
	}
	if definiteWords[w] {
		return true
	}
	day, ok := strings.CutSuffix(w, "'s")
	return ok && weekdays[day]
}

var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// Hashes of the words that open an answer clause: "in response to", "in
// retaliation for".
var hashA = hashBytes([]byte("a"))

var hashIn, hashResponse, hashRetaliation, hashTo, hashFor = hashBytes([]byte("in")), hashBytes([]byte("response")), hashBytes([]byte("retaliation")), hashBytes([]byte("to")), hashBytes([]byte("for"))

// hashTat opens "(tit-for-)tat response to", hashReciprocity the
// reciprocity an answer cites.
var hashTat, hashReciprocity = hashBytes([]byte("tat")), hashBytes([]byte("reciprocity"))

// modalWords tell an act not yet done: a threat, a plan, a condition.
var modalWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"would", "will", "could", "may", "might", "shall", "threatened", "vowed", "warned", "reserves", "if"} {
		m[hashBytes([]byte(w))] = true
	}
	return m
}()

// modalBefore reports whether one of the eight words before words[i] (or
// the two after it: "... of reciprocity if necessary") tells an act not
// yet done (modalWords).
func modalBefore(words []word, i int) bool {
	for k := max(0, i-8); k < min(len(words), i+3); k++ {
		if modalWords[words[k].Hash] {
			return true
		}
	}
	return false
}

// priorClauses appends to dst the recall and answer clauses of text (see
// priorClause), in order.
func priorClauses(text string, words []word, dst []priorClause) []priorClause {
	clauseEnd := func(from int) int {
		for k := from; k < len(text); k++ {
			if c := text[k]; c == ',' || c == ';' || c == '\n' || c == '(' ||
				(c == '.' || c == '!' || c == '?') && (k+1 == len(text) || text[k+1] == ' ' || text[k+1] == '\n') ||
				strings.HasPrefix(text[k:], " - ") || strings.HasPrefix(text[k:], "—") || strings.HasPrefix(text[k:], "–") {
				return k
			}
		}
		return len(text)
	}
	for i := 0; i < len(words); i++ {
		if words[i].Hash == hashReciprocity && !modalBefore(words, i) {
			// "in application of the principle of reciprocity", "citing
			// reciprocity": the act answers the other side's of its kind
			// (an expulsion answering an expulsion), though the clause
			// names it not. Not where it is only threatened ("would act
			// in accordance with the principle of reciprocity if
			// necessary").
			end := clauseEnd(words[i].End)
			dst = append(dst, priorClause{Span: parallax.Span{Start: words[i].Start, End: end}})
			for i+1 < len(words) && words[i+1].Start < end {
				i++
			}
			continue
		}
		if i+2 < len(words) && (words[i].Hash == hashIn || words[i].Hash == hashA || words[i].Hash == hashTat) &&
			(words[i+1].Hash == hashResponse && words[i+2].Hash == hashTo || words[i+1].Hash == hashRetaliation && words[i+2].Hash == hashFor) {
			end := clauseEnd(words[i+2].End)
			dst = append(dst, priorClause{Span: parallax.Span{Start: words[i].Start, End: end}})
			for i+1 < len(words) && words[i+1].Start < end {
				i++
			}
			continue
		}
		if c, ok := sequelAt(text, words, i); ok {
			dst = append(dst, c)
			for i+1 < len(words) && words[i+1].Start < c.End {
				i++
			}
			continue
		}
		if c, ok := agoAt(text, words, i); ok {
			dst = append(dst, c)
			for i+1 < len(words) && words[i+1].Start < c.End {
				i++
			}
			continue
		}
		if i+1 == len(words) || !recallUnits[words[i].Hash] || words[i+1].Hash != hashAfter && words[i+1].Hash != hashBefore {
			continue
		}
		// Only the words between them: "days, after" is no clause.
		if gap := text[words[i].End:words[i+1].Start]; gap != " " {
			continue
		}
		end := clauseEnd(words[i+1].End)
		unit := strings.ToLower(text[words[i].Start:words[i].End])
		dst = append(dst, priorClause{Span: parallax.Span{Start: words[i].Start, End: end}, timed: true,
			hours: unit == "hour" || unit == "hours", before: words[i+1].Hash == hashBefore,
			definite: definiteAt(text, words[i+1].End)})
		for i+1 < len(words) && words[i+1].Start < end {
			i++
		}
	}
	return dst
}

// sequelAt returns the sequel clause (priorClause.sequel) that opens at
// words[i]: a sentence whose first words are a span of hours, at most
// three words long ("Hours later", "A few hours later", "Two hours
// earlier"), then "later" or "earlier" and a comma; or "Separately" or
// "Elsewhere" ending its opener with a comma or a colon (openerEnds:
// "Elsewhere this week:"), which a wire or a digest opens another story
// with.
// Its span is the whole sentence: the comma opens the other happening,
// not the clause's end.
func sequelAt(text string, words []word, i int) (priorClause, bool) {
	if !sentenceOpens(text, words[i].Start) {
		return priorClause{}, false
	}
	if (words[i].Hash == hashSeparately || words[i].Hash == hashElsewhere) && openerEnds(text[words[i].End:]) {
		return priorClause{Span: parallax.Span{Start: words[i].Start, End: sentenceEndFrom(text, words[i].End)}, timed: true, hours: true, sequel: true}, true
	}
	for k := i; k < min(len(words)-1, i+3); k++ {
		if words[k].Hash != hashHour && words[k].Hash != hashHours {
			continue
		}
		w := words[k+1]
		if w.Hash != hashLater && w.Hash != hashEarlier || !strings.HasPrefix(text[w.End:], ",") {
			return priorClause{}, false
		}
		return priorClause{Span: parallax.Span{Start: words[i].Start, End: sentenceEndFrom(text, w.End)}, timed: true, hours: true, sequel: true}, true
	}
	return priorClause{}, false
}

// agoAt returns the recall clause that opens at words[i]: a sentence
// whose first words are a span of time, at most three words long, then
// "ago" ("Three weeks ago a hostage taking in a Rotterdam cafe ended
// without injuries", "A year ago, floods closed the same road"). It
// introduces another happening, whose day the span gives even where the
// report carries none; its span is the whole sentence.
func agoAt(text string, words []word, i int) (priorClause, bool) {
	if !sentenceOpens(text, words[i].Start) {
		return priorClause{}, false
	}
	for k := i; k < min(len(words)-1, i+3); k++ {
		if !recallUnits[words[k].Hash] {
			continue
		}
		if w := words[k+1]; w.Hash != hashAgo || text[words[k].End:w.Start] != " " {
			return priorClause{}, false
		}
		unit := strings.ToLower(text[words[k].Start:words[k].End])
		return priorClause{Span: parallax.Span{Start: words[i].Start, End: sentenceEndFrom(text, words[k+1].End)}, timed: true,
			hours: unit == "hour" || unit == "hours"}, true
	}
	return priorClause{}, false
}

// openerEnds reports whether rest, the text after "Separately" or
// "Elsewhere", ends the opener with a comma or a colon within three
// words ("Separately,", "Elsewhere this week:", "Elsewhere in the
// province,"), before the sentence ends.
func openerEnds(rest string) bool {
	k := strings.IndexAny(rest, ",:.!?\n")
	return k >= 0 && (rest[k] == ',' || rest[k] == ':') && len(strings.Fields(rest[:k])) <= 3
}

// sentenceEndFrom returns the offset of the end of the sentence that
// holds text[from]: its stop, or the line's end.
func sentenceEndFrom(text string, from int) int {
	end := from
	for end < len(text) {
		if c := text[end]; c == '\n' || (c == '.' || c == '!' || c == '?') && (end+1 == len(text) || text[end+1] == ' ' || text[end+1] == '\n') {
			break
		}
		end++
	}
	return end
}

// sisterAct reports whether the sequel sentence sp tells another act than
// the report's own: an act of force in it, at a place it names that the
// report names nowhere else, headline included ("A few hours later,
// missiles hit the regional centre, Poltava" in a report of a refinery
// fire at Kremenchuk). A sentence that names the story's places again
// goes on with the story ("Hours later, troops retook Heglig").
func sisterAct(doc *parallax.Document, sp parallax.Span) bool {
	act := slices.ContainsFunc(doc.Events, func(e parallax.Event) bool {
		return sp.Start <= e.Start && e.Start < sp.End && eventClass(&e)&(classViolence|classUnrest) != 0 && !e.Negated
	})
	if !act {
		return false
	}
	title := strings.ToLower(doc.Article.Title)
	for i := range doc.Places {
		p := &doc.Places[i]
		if p.Start < sp.Start || p.Start >= sp.End || isCountry(p.Feature) {
			continue
		}
		name := strings.ToLower(p.Text)
		again := strings.Contains(title, name) || slices.ContainsFunc(doc.Places, func(q parallax.Place) bool {
			return (q.Start < sp.Start || q.Start >= sp.End) && (strings.EqualFold(q.Text, p.Text) || q.Name != "" && q.Name == p.Name)
		})
		if !again {
			return true
		}
	}
	return false
}

// sentenceOpens reports whether a sentence opens at text[off:]: the text
// before it, past spaces and opening quotes, is nothing or ends a
// sentence or a line.
func sentenceOpens(text string, off int) bool {
	t := strings.TrimRight(text[:off], " \t\"“‘'")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '.', '!', '?', '\n':
		return true
	}
	return false
}

// inSpans reports whether offset off lies in one of spans.
func inSpans(spans []parallax.Span, off int) bool {
	return slices.ContainsFunc(spans, func(sp parallax.Span) bool { return sp.Start <= off && off < sp.End })
}

// nameBoost is the weight of a name's stem in a text vector relative to
// other words of the same rarity. Two reports of one happening name the
// same people, towns and firms, while reports of two happenings of a kind
// (two earthquakes, two arrests, two transfers) share the kind's
// vocabulary ("magnitude", "rubble", "bail", "fee") and differ in names.
//
// placeBoost is that of a town's or a site's name (not a capital's, which
// a bureau's stories share, nor a country's or a region's): two
// earthquakes, fires or shootings a few days apart happen in different
// towns, while its reports name the town again and again. It is less
// than a person's: conflict reports of different clashes name the same
// front-line towns.
const (
	nameBoost  = 2.0
	placeBoost = 1.5
)

// nameSpan is the span of a name and the weight of its words.
type nameSpan struct {
	Start, End int
	w          float32
	person     bool
}

// nameSpans returns the spans of the document's entities that name the
// participants of a story who are no party to a conflict (people, firms,
// clubs, institutions: the names that tell one arrest, death or transfer
// from another; parties are weighed by partyOverlap) and of the towns and
// sites where it happens (the dateline's bureau left out), sorted by
// start.
func (ix *Index) nameSpans(doc *parallax.Document) []nameSpan {
	out := ix.nameBuf[:0]
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Side != "" || (e.Kind != parallax.KindPerson && e.Kind != parallax.KindOrganization) || e.End <= e.Start {
			continue
		}
		out = append(out, nameSpan{e.Start, e.End, nameBoost, e.Kind == parallax.KindPerson})
	}
	dl, dlEnd := datelinePlace(doc)
	for i := range doc.Places {
		p := &doc.Places[i]
		if dl >= 0 && p.Start < dlEnd || !isFine(p.Feature) || p.Feature == "P.PPLC" || p.End <= p.Start {
			continue
		}
		out = append(out, nameSpan{p.Start, p.End, placeBoost, false})
	}
	slices.SortFunc(out, func(a, b nameSpan) int { return a.Start - b.Start })
	ix.nameBuf = out
	return out
}

// dupGroup returns the first article of article i's duplicate group.
func (ix *Index) dupGroup(i int32) int32 {
	for ix.group[i] != i {
		ix.group[i] = ix.group[ix.group[i]]
		i = ix.group[i]
	}
	return i
}

// sameSource records that articles a and b are copies or renderings of
// one text.
func (ix *Index) sameSource(a, b int32) {
	ra, rb := ix.dupGroup(a), ix.dupGroup(b)
	if ra != rb {
		ix.groupsMerging(ra, rb)
	}
	if ra < rb {
		ix.group[rb] = ra
	} else if rb < ra {
		ix.group[ra] = rb
	}
}

// find returns the root of incident i, compressing the path.
func (ix *Index) find(i int32) int32 {
	for ix.incs[i].parent != i {
		ix.incs[i].parent = ix.incs[ix.incs[i].parent].parent
		i = ix.incs[i].parent
	}
	return i
}

// int32s is xs as int32 (item indexes), nil when empty.
func int32s(xs []int) []int32 {
	if len(xs) == 0 {
		return nil
	}
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = int32(x)
	}
	return out
}

// place puts segment si (s, in full) into an incident: the incident of a
// duplicate's matching segment, else the best-scoring incident on its
// dates, else a new one. Other incidents it also matches are merged when
// the dates allow.
func (ix *Index) place(si int32, s *segment, partners []int32) {
	// A copy of an article reports what the original reports.
	for _, p := range partners {
		if t, ok := ix.matchingSegment(p, s); ok {
			root := ix.find(ix.segs[t].inc)
			if !ix.spanOK(root, s.start, s.end) {
				continue
			}
			if s.after {
				ix.warm(root) // its vector may be compacted (cold.go)
				if actAfter(s, &ix.incs[root]) {
					// Two reports on one wire's template found to render one
					// statement, of which this one sets its act after the
					// other's ("two days after a raid on Djibo").
					continue
				}
			}
			ix.join(root, si, s, true)
			return
		}
	}
	type match struct {
		inc   int32
		score float64
		late  bool
		keep  bool // join without stretching the incident's days
	}
	var matches []match
	// next: the incident at most MaxGapDays apart (nearDays) whose text
	// comes nearest, at no place apart and not the happening the report
	// sets its own after, at MinText when it is more than a day apart;
	// otherCos: the best text cosine of any other incident considered.
	// For a report that fits none by its score (below).
	next, nextCos, otherCos := int32(-1), 0.0, 0.0
	consider := func(r int32, late, keep bool) {
		if (late || keep || s.start == noDay || ix.incs[r].start == noDay) && ix.holdsArticle(r, s.art) {
			// The article's own earlier happening, which it recalls: a
			// story is no follow-up of itself, and an undated story is
			// told apart from the dated one it recalls.
			return
		}
		if s.main && s.ownAct && ix.incs[r].types&s.types&(classViolence|classUnrest) != 0 && ix.holdsArticle(r, s.art) && ix.holdsOtherMain(r, s.art) {
			// Nor does an act of the article's own story join the older
			// sister that its background paragraphs joined, another
			// report's own story ("drones hit the refinery again on
			// Friday; on Monday, drones struck the same refinery"): the
			// article tells the two apart by their days. Its own
			// lead-up, which no other report tells as its story, stays
			// with it.
			return
		}
		if ix.recapApart(s, r) {
			return
		}
		ix.warm(r)
		sc, ok := ix.score(s, &ix.incs[r])
		if c := cosine(s.vec, ix.incs[r].vec); !late && c > nextCos && ix.soleCandidate(s, &ix.incs[r], c) {
			if next >= 0 {
				otherCos = max(otherCos, nextCos)
			}
			next, nextCos = r, c
		} else {
			otherCos = max(otherCos, c)
		}
		if !ok && sc >= nearMissText {
			ix.nearMiss = append(ix.nearMiss, r)
		}
		switch {
		case late:
			ok = ok && sc >= ix.opt.LinkScore+lateMargin
		case s.start == noDay || ix.incs[r].start == noDay:
			ok = ok && sc >= ix.opt.LinkScore+undatedMargin
		}
		if ok {
			matches = append(matches, match{r, sc, late, keep})
		}
	}
	ix.stampGen++
	if s.start == noDay && s.main {
		// An undated report (a collection that keeps no dates, a page
		// without metadata) can only be placed by its text, places and
		// parties: it is scored against the latest incidents, dated or
		// not (another report may date the same happening in its text).
		seen := 0
		for k := len(ix.incs) - 1; k >= 0 && seen < maxUndated; k-- {
			r := ix.find(int32(k))
			if ix.stamp[r] == ix.stampGen {
				continue
			}
			ix.stamp[r] = ix.stampGen
			seen++
			consider(r, false, false)
		}
	}
	if s.start != noDay && s.main {
		// Likewise a dated report meets the latest incidents that only
		// undated reports tell.
		for k := len(ix.undated) - 1; k >= 0 && len(ix.undated)-k <= maxUndated; k-- {
			r := ix.find(ix.undated[k])
			if ix.stamp[r] == ix.stampGen || ix.incs[r].start != noDay {
				continue
			}
			ix.stamp[r] = ix.stampGen
			consider(r, false, false)
		}
	}
	if s.start != noDay {
		gap := int32(ix.opt.MaxGapDays)
		// A report dated only by its publication may be a follow-up of
		// an incident that ended days before ("a week after the quake");
		// so may a report whose own events no party initiated (a toll
		// that rose, flowers laid) if it says it follows ("six days
		// after the blaze"): a disaster, an accident or a crime is
		// followed up for days, while shelling of the same town days
		// later is another incident. A report of an act of force of its
		// own (segment.ownAct: robbers ambushing a van "three days after
		// a similar heist") tells another happening, whatever it
		// recalls.
		followUp := s.late || s.main && s.noInitiator && s.recalls && !s.ownAct
		lo := s.start - gap
		if followUp {
			lo = s.start - int32(ix.opt.MaxSpanDays)
		}
		for d := lo; d <= s.end+gap; d++ {
			for _, c := range ix.days[d] {
				r := ix.find(c)
				if ix.stamp[r] == ix.stampGen {
					continue
				}
				ix.stamp[r] = ix.stampGen
				if followUp && ix.incs[r].end < s.start-gap {
					// A report dated only by its publication, days
					// after the incident: a follow-up ("a week after
					// the quake"), which leaves the incident's dates
					// as they are.
					consider(r, true, false)
					continue
				}
				if !ix.spanOK(r, s.start, s.end) {
					if s.end-s.start >= weekDays-1 && ix.incs[r].start >= s.start-gap && ix.incs[r].end <= s.end+gap {
						// A happening dated by a week ("seized near
						// Arlit last week", read as the calendar week
						// before) is one of that week's or of the days
						// next to it: it may join an incident of those
						// days as a report of them does, and the
						// incident keeps its own days.
						consider(r, false, true)
					}
					continue
				}
				consider(r, false, false)
			}
		}
	}
	if len(matches) == 0 && next >= 0 && s.main && len(ix.otherRecall) == 0 && nextCos >= sameActMinText && nextCos >= soleRatio*otherCos {
		// A report of the next days that no incident fits by its score
		// (a survivor's or an official's quote, the end of a rescue,
		// naming no place the gazetteer knows) joins the one incident
		// of the days before whose words it shares, when no other
		// incident of those days comes near. Not one that sets its
		// story after a happening it introduces ("two days after an
		// eruption of Etna"): the incident whose words it shares is
		// likely that happening.
		matches = append(matches, match{next, nextCos, false, false})
	}
	if len(matches) == 0 {
		ix.newIncident(si, s)
		return
	}
	slices.SortFunc(matches, func(a, b match) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return int(ix.incs[a.inc].order - ix.incs[b.inc].order)
	})
	if s.types&classViolence != 0 && s.start != noDay && len(matches) > 1 && ix.daysApart(s, matches[0].inc) {
		// A clash on Thursday at the temple fits Monday's clash there by
		// its words and Thursday's by its day as well: where the best
		// fit is fighting two or more days from the report's days and
		// another fit is fighting on them, the day decides (sisters at
		// one site share their words, not their days).
		for i, m := range matches[1:] {
			if in := &ix.incs[m.inc]; in.types&classViolence != 0 && in.start != noDay && s.start <= in.end && in.start <= s.end {
				matches[0], matches[i+1] = matches[i+1], matches[0]
				break
			}
		}
	}
	if pub := ix.arts[s.art].pub; pub != noDay {
		// A report that fits a happening and the answer to it (a reply to
		// a counter-expulsion names both expulsions and shares the first's
		// words) tells the answer when it was written after it: news is of
		// the latest of the two.
		for i, m := range matches[1:] {
			if ix.answersIncident(m.inc, matches[0].inc) && pub >= ix.incs[m.inc].start {
				matches[0], matches[i+1] = matches[i+1], matches[0]
				break
			}
		}
	}
	best := matches[0].inc
	ix.join(best, si, s, !matches[0].late && !matches[0].keep)
	for _, m := range matches[1:] {
		r, o := ix.find(best), ix.find(m.inc)
		// A segment that fits two incidents merges them only if they
		// also fit each other (their texts meet, or they are fighting at
		// one site: sameSite): one article must not bridge two stories.
		if r != o && ix.spanOK(r, ix.incs[o].start, ix.incs[o].end) && (ix.incCosine(r, o) >= ix.opt.LinkScore && !ix.apartActs(r, o) || ix.sameSite(r, o)) && !ix.toldApart(r, o) && !ix.answerApart(r, o) {
			ix.merge(r, o)
		}
	}
	// Two other incidents it fits, at one site, are one story too (a
	// live blog that tells the Haifa strike at length and the Tehran one
	// in a paragraph fits both Tehran reports): the segment joins neither,
	// but it ties them.
	for i, m := range matches[1:] {
		for _, n := range matches[i+2:] {
			r, o := ix.find(m.inc), ix.find(n.inc)
			if r != o && r != ix.find(best) && o != ix.find(best) && ix.spanOK(r, ix.incs[o].start, ix.incs[o].end) && ix.sameSite(r, o) && !ix.toldApart(r, o) && !ix.answerApart(r, o) {
				ix.merge(r, o)
			}
		}
	}
}

// daysApart reports whether incident r tells fighting and ends two or
// more days before segment s starts, or starts two or more after it ends.
func (ix *Index) daysApart(s *segment, r int32) bool {
	in := &ix.incs[r]
	return in.types&classViolence != 0 && in.start != noDay && (s.start-in.end >= 2 || in.start-s.end >= 2)
}

// sameSite reports whether incidents r and o are fighting at one site on
// overlapping days: a town or site of each within NearKm of the other's
// (or of one name), as placeAgreement reads them, and days in common. A
// report that fits both (a wire that quotes both sides) then ties them,
// though the two sides' own accounts share few words ("a bakery and a
// power station were hit" against "terrorist positions were destroyed").
func (ix *Index) sameSite(r, o int32) bool {
	ix.warm(r) // the points may be compacted (cold.go)
	ix.warm(o)
	a, b := &ix.incs[r], &ix.incs[o]
	if a.types&b.types&classViolence == 0 || a.start == noDay || b.start == noDay || a.start > b.end || b.start > a.end {
		return false
	}
	fine := func(ps []fpoint) []fpoint {
		var out []fpoint
		for _, p := range ps {
			if p.kind == pointFine {
				out = append(out, p)
			}
		}
		return out
	}
	af, bf := fine(a.fine), fine(b.fine)
	if len(af) == 0 || len(bf) == 0 {
		return false
	}
	// Every site of each is at a site of the other: an incident that
	// holds a live blog's other story (Haifa beside Tehran) is not at the
	// site of one of its stories only.
	covered := func(xs, ys []fpoint) bool {
		for _, p := range xs {
			if ix.placeAgreement([]fpoint{p}, nil, ys, nil) != 1 {
				return false
			}
		}
		return true
	}
	return covered(af, bf) && covered(bf, af)
}

// apartActs reports whether incidents r and o both tell acts of force
// and share no day: shelling of a city on Friday and a drone strike on
// its market on Tuesday, however many of the city's words their reports
// share, are two happenings, and a report that fits both (it names the
// strike in passing) does not make them one.
func (ix *Index) apartActs(r, o int32) bool {
	a, b := &ix.incs[r], &ix.incs[o]
	return a.types&b.types&classViolence != 0 && a.start != noDay && b.start != noDay && (a.start > b.end || b.start > a.end)
}

// toldApart reports whether an article tells incidents r and o as two
// happenings: its own story is in one, and an earlier act it recalls by
// its day ("the victims of Monday's shelling", a segment of its own) in
// the other. A third report that fits both (a sister act of the same
// day nearby) does not make them one.
func (ix *Index) toldApart(r, o int32) bool {
	for _, t := range ix.incs[r].segs {
		a := ix.segs[t].art
		for _, u := range ix.incs[o].segs {
			if ix.segs[u].art == a && (ix.segs[t].main && ix.segs[u].recalled || ix.segs[t].recalled && ix.segs[u].main) {
				return true
			}
		}
	}
	return false
}

// holdsOtherMain reports whether incident r holds the main segment of an
// article other than a.
func (ix *Index) holdsOtherMain(r, a int32) bool {
	for _, t := range ix.incs[r].segs {
		if ix.segs[t].art != a && ix.segs[t].main {
			return true
		}
	}
	return false
}

// holdsArticle reports whether incident r holds a segment of article a.
func (ix *Index) holdsArticle(r, a int32) bool {
	for _, t := range ix.incs[r].segs {
		if ix.segs[t].art == a {
			return true
		}
	}
	return false
}

// matchingSegment finds the segment of article p that tells the same story
// as s: of the same kind (main or background), the nearest in date within
// MaxGapDays, or the main one when either is undated.
func (ix *Index) matchingSegment(p int32, s *segment) (int32, bool) {
	best, bestKey := int32(-1), int32(1<<30)
	for _, t := range ix.arts[p].segs {
		ts := &ix.segs[t]
		if s.start == noDay || ts.start == noDay {
			if s.main && ts.main {
				return t, true
			}
			continue
		}
		gap := max(0, s.start-ts.end, ts.start-s.end)
		if gap > int32(ix.opt.MaxGapDays) {
			continue
		}
		key := gap
		if s.main != ts.main {
			key += 100
		}
		if key < bestKey {
			best, bestKey = t, key
		}
	}
	return best, best >= 0
}

// spanOK reports whether incident r would stay within MaxSpanDays with the
// days [start, end] added.
func (ix *Index) spanOK(r int32, start, end int32) bool {
	in := &ix.incs[r]
	if start == noDay || in.start == noDay {
		return start == noDay && in.start == noDay
	}
	return max(end, in.end)-min(start, in.start) <= int32(ix.opt.MaxSpanDays)
}

// score says how well segment s fits incident in: the cosine of their
// texts, plus agreement of places and parties, minus disagreement; ok when
// it is enough to join.
func (ix *Index) score(s *segment, in *incident) (float64, bool) {
	cos := cosine(s.vec, in.vec)
	// Acts of force or unrest on the same days: reports of one protest or
	// attack told from other angles (the clashes, the traders' losses, a
	// rights group's demand) share few words but the site and the day.
	sameAct := s.types&in.types&(classViolence|classUnrest) != 0 && s.start != noDay && in.start != noDay && s.start <= in.end && in.start <= s.end
	// So do reports of one accident, disaster or crime a day apart
	// (sameDays): the wire's account and the survivors' quotes of the
	// next day. Both need one site (below).
	if cos < ix.opt.MinText && !((sameAct || sameDays(s, in)) && cos >= sameActMinText) {
		return cos, false
	}
	pa := ix.placeAgreement(s.fine, s.countries, in.fine, in.countries)
	if pa < 1 && titleNamesPlace(s.titleKeys, in.fine) {
		pa = 1
	}
	if cos < ix.opt.MinText && pa < 1 {
		return cos, false
	}
	sc := cos + ix.opt.PlaceWeight*pa
	if sameAct && pa == 1 {
		sc += sameActBonus
	}
	if sameDays(s, in) && pa >= 0 {
		sc += sameDaysBonus
	}
	if (sameAct || sameDays(s, in)) && sharedSite(s.fine, in.fine) {
		sc += siteBonus
	}
	if len(s.sides) > 0 && len(in.sides) > 0 {
		sc += ix.opt.PartyWeight * (2*partyOverlap(s.sides, s.sideW, in.sides, in.sideW) - 1)
	}
	if s.types != 0 && in.types != 0 && s.types&in.types == 0 {
		sc -= 0.1
	}
	if sortedMeet(s.figures, in.figures) {
		sc += ix.opt.FigureWeight
	}
	need := ix.opt.LinkScore
	if pa < 1 && s.types&in.types&classViolence != 0 && (ix.distinctSites(s.fine, in.fine) || apartCountries(s.fine, s.countries, in.fine, in.countries)) {
		need += siteMargin
	}
	if !s.main && !s.sibling && !s.recalled {
		// A happening the article names by its day ("Monday's
		// shelling") is one the reader knows, as it tells it apart from
		// its own: a definite reference to a story told before, not a
		// remark in passing.
		need += ix.opt.BackgroundMargin
	}
	if setAfter(s, in) || answers(s, in) || actOtherDays(s, in) {
		return sc, false
	}
	if s.roundup && in.roundup && !sortedMeet(s.figures, in.figures) {
		// Two roundups of a front (two sides' daily summaries, or one
		// side's of two days) share the war, the parties, the front's
		// towns and its words whatever happened: they are one story only
		// where they give one of its figures.
		return sc, false
	}
	return sc, sc >= need
}

// titleKeys returns the place keys (placeKey) of the capitalised words
// of a headline and of their runs of two and three, sorted: the names a
// headline may give a town by ("Lyon blast: residents had smelled gas",
// "Villeurbanne hostage-taker wanted his debts cancelled").
func titleKeys(title string) []uint32 {
	var keys []uint32
	var run []word
	flush := func() {
		for i := range run {
			for j := i; j < len(run) && j < i+3; j++ {
				keys = append(keys, placeKey("", title[run[i].Start:run[j].End]))
			}
		}
		run = run[:0]
	}
	scanWords(title, nil, func(w word) {
		r, _ := utf8.DecodeRuneInString(title[w.Start:])
		if !unicode.IsUpper(r) || len(run) > 0 && title[run[len(run)-1].End:w.Start] != " " {
			flush()
		}
		if unicode.IsUpper(r) {
			run = append(run, w)
		}
	})
	flush()
	slices.Sort(keys)
	return slices.Compact(keys)
}

// titleNamesPlace reports whether a headline's keys (titleKeys) name a
// town or site of ps: a short report whose body names only a street or a
// restaurant ("Residents of the building on Rue Marius Berliet ...") is
// set where its headline says, as the body's own names are.
func titleNamesPlace(keys []uint32, ps []fpoint) bool {
	if len(keys) == 0 {
		return false
	}
	for _, p := range ps {
		if _, ok := slices.BinarySearch(keys, p.key); ok && (p.kind == pointFine || p.kind == pointSite) {
			return true
		}
	}
	return false
}

// actAfter reports whether segment s tells an act that its article sets
// after another happening ("a day after a missile killed 17 in Dnipro",
// "two days after a raid on Djibo", "in response to the killing of its
// commander") and incident in, begun before, is what those words tell:
// the report's own act is another happening, however much of the story's
// names and vocabulary (or, on one wire's template, sentences) it shares.
func actAfter(s *segment, in *incident) bool {
	return s.after && s.start != noDay && in.start != noDay && (in.start < s.start || s.afterHours && in.start <= s.start) &&
		cosine(s.afterVec, in.vec) >= afterMatch && namesOther(s, in)
}

// namesOther reports whether incident in may be the other happening of
// s's recall clause: where the clause names someone or somewhere the
// report names nowhere else (segment.afterNames: "two days after a mass
// stranding in Tasmania"), the incident names one of them too; an
// incident of the same kind elsewhere (the stranding the report tells)
// shares the clause's words, not its names.
func namesOther(s *segment, in *incident) bool {
	if len(s.afterNames) == 0 {
		return true
	}
	return slices.ContainsFunc(in.vec, func(t term) bool { return slices.Contains(s.afterNames, t.H) })
}

// answers reports whether segment s tells an answer ("calling it a
// response to the unfriendly actions of the Polish side", "in
// retaliation for") to a happening of incident in's parties that ended
// before s's days: an expulsion answering an expulsion, a strike
// answering a strike, is another happening, though it names the same
// two parties and the words of the first (diplomats, persona non grata)
// and the answer's clause may not name the first in its words.
func answers(s *segment, in *incident) bool {
	return s.answer && !s.late && s.start != noDay && in.start != noDay && in.end < s.start &&
		partyOverlap(s.sides, s.sideW, in.sides, in.sideW) > 0
}

// setAfter reports whether segment s sets its happening after incident
// in's: actAfter, or, when either is undated, a recall clause that names
// another happening's people or places (segment.afterOther) and whose
// words are in's: the clause alone says which incident is the other
// happening.
func setAfter(s *segment, in *incident) bool {
	return actAfter(s, in) || s.afterOther && (s.start == noDay || in.start == noDay) && cosine(s.afterVec, in.vec) >= afterMatch
}

// weekDays is the span of a date given as a week ("last week").
const weekDays = 7

// sameActMinText is the text cosine that replaces MinText, and
// sameActBonus what is added to the score, when a segment and an
// incident tell acts of force or unrest on overlapping days at one site
// (place agreement 1: one town's name, or towns within NearKm).
const (
	sameActMinText = 0.12
	sameActBonus   = 0.05
)

// sameDays reports whether segment s and incident in are dated within a
// day of each other and neither is fighting told by both nor a dispute
// of parties named by both: a happening that is no fighting (an accident,
// a disaster, a crime, a debut, a ceremony) is reported on its day and
// the next, and two of one kind are seldom a day apart, while a war has
// many clashes, and its parties many statements, every day. One state
// that both name, and no other party, is no dispute: the police and the
// ministers of the country where a crime or an accident happened ("a car
// drove into a crowd at the Christmas market, police said"; "Saxony's
// interior minister said").
func sameDays(s *segment, in *incident) bool {
	return s.start != noDay && in.start != noDay && s.start <= in.end+1 && in.start <= s.end+1 &&
		s.types&in.types&classViolence == 0 && noDispute(s.sides, in.sides)
}

// noDispute reports whether the parties a and b of two reports make no
// dispute: one of them names none, or both name one and the same.
func noDispute(a, b []string) bool {
	return len(a) == 0 || len(b) == 0 || len(a) == 1 && len(b) == 1 && a[0] == b[0]
}

// siteBonus is added to the score of a segment and an incident that tell
// acts on the same days or a day apart (sameAct, sameDays) and name one
// site the gazetteer does not hold (sharedSite): a district, a beach or a
// base is where one happening is, where a town holds many.
const siteBonus = 0.1

// sharedSite reports whether a named site (pointSite) of one list of
// points has the name of a place of the other, not a dateline's.
func sharedSite(af, bf []fpoint) bool {
	for _, p := range af {
		for _, q := range bf {
			if (p.kind == pointSite || q.kind == pointSite) && p.key == q.key && p.kind != pointDateline && q.kind != pointDateline {
				return true
			}
		}
	}
	return false
}

// soleRatio is how many times the text cosine of any other incident
// considered the one incident a day apart must have for a report that
// fits nothing by its score to join it (place).
const soleRatio = 2.0

// soleCandidate reports whether incident in may take segment s as the
// one incident it comes near (place), at text cosine c: at most
// MaxGapDays apart (nearDays), at sameActMinText a day apart and MinText
// beyond, at no place apart; where neither has a date, at MinText and
// at one place (place agreement 1: nothing else keeps two happenings of
// a kind apart); or, where one of them names no place (placeless) and
// the other does, if only by its dateline, on a day they share, at sameActMinText whatever the
// events (fighting too: a clash's toll revised the day after names no
// town). Never the happening s sets its own after or answers.
func (ix *Index) soleCandidate(s *segment, in *incident, c float64) bool {
	undated := s.start == noDay && in.start == noDay
	unplaced := (placeless(s.fine) && len(in.fine) > 0 || placeless(in.fine) && len(s.fine) > 0) && s.start != noDay && in.start != noDay && s.start <= in.end && in.start <= s.end
	if !nearDays(s, in, int32(ix.opt.MaxGapDays)) && !(undated && s.types&in.types&classViolence == 0 && (len(s.sides) == 0 || len(in.sides) == 0)) && !unplaced {
		return false
	}
	if c < ix.opt.MinText && !sameDays(s, in) && !unplaced || setAfter(s, in) || answers(s, in) {
		return false
	}
	pa := ix.placeAgreement(s.fine, s.countries, in.fine, in.countries)
	return pa >= 0 && (!undated || pa == 1)
}

// placeless reports whether points ps name no place of a story: no
// town, region or site, at most a dateline's bureau. A report that names
// none (a toll revised by the rescuers, a police communique naming a
// town the gazetteer does not know) can be told from the day's other
// clashes by its words alone, so it may take the one placed incident of
// its days whose words it shares (soleCandidate), and a placed report the
// one placeless incident, as reports of a disaster or a crime may
// whatever their places; a dateline, the bureau's town, places the
// other. Two texts of a day with no point at all have nothing but their
// words to go by: they need MinText.
func placeless(ps []fpoint) bool {
	return !slices.ContainsFunc(ps, func(p fpoint) bool { return p.kind != pointDateline })
}

// nearDays is sameDays with days at most gap apart.
func nearDays(s *segment, in *incident, gap int32) bool {
	return s.start != noDay && in.start != noDay && s.start <= in.end+gap && in.start <= s.end+gap &&
		s.types&in.types&classViolence == 0 && noDispute(s.sides, in.sides)
}

// sameDaysBonus is added to the score of a segment and an incident that
// are sameDays and not set at places apart (place agreement not
// negative): a short report of the next day (a survivor's account, a
// founder ringing the bell) shares few of the wire's words but its days.
const sameDaysBonus = 0.05

// afterMatch is the cosine between the words of the clauses that set a
// report's act after another happening and an incident above which the
// incident is that other happening.
const afterMatch = 0.1

// partyOverlap is the share of party mentions two reports have in common
// (the intersection of their normalised histograms, 0..1). Two reports of
// one story name the same protagonists most; a party one of them names in
// an aside weighs what it is mentioned, where a Jaccard of the party sets
// would count it as much as the protagonists and drop by a fifth.
func partyOverlap(a []string, aw []float32, b []string, bw []float32) float64 {
	var na, nb float64
	for _, w := range aw {
		na += float64(w)
	}
	for _, w := range bw {
		nb += float64(w)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	s, i, j := 0.0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			s += min(float64(aw[i])/na, float64(bw[j])/nb)
			i++
			j++
		}
	}
	return s
}

// mergeParties adds the party weights of b to those of a.
func mergeParties(a []string, aw []float32, b []string, bw []float32) ([]string, []float32) {
	out := make([]string, 0, len(a)+len(b))
	ow := make([]float32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out, ow = append(out, a[i]), append(ow, aw[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out, ow = append(out, b[j]), append(ow, bw[j])
			j++
		default:
			out, ow = append(out, a[i]), append(ow, aw[i]+bw[j])
			i++
			j++
		}
	}
	return slices.Clip(out), slices.Clip(ow)
}

// placeAgreement is 1 when the two sets of places hold points within
// NearKm, falling to 0 at twice NearKm and to -1 at FarKm and beyond;
// without points on both sides it compares countries (±0.3); 0 when
// nothing is known. An incident happens at one place: reports of it name
// that place or the town next to it, while a town three hours' drive away
// (two camps of one siege, a front-line village and the regional capital
// shelled the same day) is a different incident more often than not.
//
// Two places of one name agree whatever their coordinates: reports that
// name the same town are about it, and a gazetteer that put one of them
// in another country ("Lima" without its state) should not turn that into
// disagreement. A dateline's town is weak evidence: the bureau files
// stories from elsewhere, so it creates no agreement, but one report's
// dateline at the other's town (a wire filed from the town, a blog that
// names it) cancels disagreement.
func (ix *Index) placeAgreement(af []fpoint, ac []string, bf []fpoint, bc []string) float64 {
	d, weak := math.Inf(1), math.Inf(1)
	both, sameName, weakName := false, false, false
	for _, p := range af {
		for _, q := range bf {
			switch {
			case p.kind == pointSite || q.kind == pointSite:
				// A named site has no point: only its name can agree.
				sameName = sameName || p.key == q.key && p.kind != pointDateline && q.kind != pointDateline
			case p.kind == pointName || q.kind == pointName:
				// A region's name meets a town of that name: the two
				// reports may be about one place that one gazetteer
				// reading took for the region. Its point is a
				// centroid, and two regions' names say too little.
				weakName = weakName || p.kind != q.kind && p.key == q.key
			case p.kind == pointDateline && q.kind == pointDateline:
				// Two bureaus say nothing of the stories.
			case p.kind == pointDateline || q.kind == pointDateline:
				weak = min(weak, km(p.point, q.point))
				weakName = weakName || p.key == q.key
			default:
				both = true
				d = min(d, km(p.point, q.point))
				sameName = sameName || p.key == q.key
			}
		}
	}
	near, far := ix.opt.NearKm, ix.opt.FarKm
	a := 0.0
	switch {
	case sameName:
		return 1
	case both && d <= near:
		a = 1
	case both && d <= 2*near:
		a = (2*near - d) / near
	case both && d < far:
		a = -(d - 2*near) / (far - 2*near)
	case both:
		a = -1
	case len(ac) > 0 && len(bc) > 0:
		a = -0.3
		if jaccardStrings(ac, bc) > 0 {
			a = 0.3
		}
	}
	if a < 0 && (weakName || weak <= 2*near) {
		a = 0
	}
	return a
}

// siteMargin is what a segment of fighting needs above LinkScore to join
// an incident of fighting set at another site (distinctSites) or in
// another country (apartCountries). Other news
// names places in passing (a singer who died in one city is buried in
// another; a player signed by a club is presented at its training ground),
// an attack happens where it is told.
const siteMargin = 0.4

// distinctSites reports whether two reports are set at different sites:
// each names a town or a site of its own (not its dateline's), none of one
// name, and the nearest two lie more than NearKm and less than FarKm
// apart. Drones on two refineries of one region on consecutive nights,
// told by the same ministry and agency on one template, share every word
// but the towns' names: the text cannot tell them apart, the sites can.
// Sites FarKm or more apart are more often one gazetteer's wrong reading
// of a name (a village read as a namesake on another continent) than two
// places that reports of one incident name: placeAgreement's penalty is
// enough there.
//
// A dateline at the other report's site (a wire filed from the town) and
// a region's name that the other gives a town (placeAgreement) leave the
// sites undecided.
func (ix *Index) distinctSites(af, bf []fpoint) bool {
	d := math.Inf(1)
	for _, p := range af {
		for _, q := range bf {
			switch {
			case p.kind == pointSite || q.kind == pointSite:
				if p.key == q.key {
					return false
				}
			case p.kind == pointFine && q.kind == pointFine:
				if p.key == q.key {
					return false
				}
				d = min(d, km(p.point, q.point))
			case p.kind == pointName || q.kind == pointName:
				if p.kind != q.kind && p.key == q.key {
					return false
				}
			case p.kind == pointDateline && q.kind == pointDateline:
			default:
				if p.key == q.key || km(p.point, q.point) <= ix.opt.NearKm {
					return false
				}
			}
		}
	}
	return d > ix.opt.NearKm && d < ix.opt.FarKm
}

// apartCountries reports whether two reports are set in different
// countries and say so plainly: each names a country, none of one, and
// neither names a region (a region's name is as often a gazetteer's
// namesake in another country, "St Thomas" read as a Jamaican parish).
// One ministry's statements of a day on one template, an air operation
// near a Syrian town and one in northern Iraq, share every word but the
// places; reports of one attack name the country where it happened.
func apartCountries(af []fpoint, ac []string, bf []fpoint, bc []string) bool {
	named := func(f fpoint) bool { return f.kind == pointName }
	return len(ac) > 0 && len(bc) > 0 && jaccardStrings(ac, bc) == 0 &&
		!slices.ContainsFunc(af, named) && !slices.ContainsFunc(bf, named)
}

// jaccardStrings is the Jaccard similarity of two sorted sets.
func jaccardStrings(a, b []string) float64 {
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
	u := len(a) + len(b) - inter
	if u == 0 {
		return 0
	}
	return float64(inter) / float64(u)
}

func (ix *Index) newIncident(si int32, s *segment) {
	r := int32(len(ix.incs))
	n := 0
	for _, t := range ix.arts[s.art].segs {
		n++
		if t == si {
			break
		}
	}
	// The id names the article and segment that founded the incident, so
	// it stays put as articles arrive; a repeated article id gets a suffix.
	id := parallax.Ref(ix.arts[s.art].id, "incident"+itoa(n))
	for k := 2; ix.usedIDs[id]; k++ {
		id = parallax.Ref(ix.arts[s.art].id, "incident"+itoa(n)+"-"+itoa(k))
	}
	ix.usedIDs[id] = true
	ix.incs = append(ix.incs, incident{
		parent: r, order: r,
		id:    id,
		start: s.start, end: s.end, size: 1,
		segs:      []int32{si},
		vec:       s.vec,
		fine:      capPoints(s.fine),
		countries: s.countries,
		figures:   s.figures,
		sides:     s.sides,
		sideW:     s.sideW,
		types:     s.types,
		roundup:   s.roundup,
		regStart:  1, regEnd: 0,
		changed: true, touched: ix.newest,
	})
	if ix.cold != nil {
		ix.hotIncs = append(ix.hotIncs, r)
	}
	ix.stamp = append(ix.stamp, 0)
	ix.segs[si].inc = r
	if s.start == noDay && s.main {
		ix.undated = append(ix.undated, r)
	}
	ix.register(r)
	ix.markDirty(r)
}

// join adds segment si (s, in full) to root incident r.
// stretch: the incident's dates take in the segment's.
func (ix *Index) join(r, si int32, s *segment, stretch bool) {
	ix.segs[si].inc = r
	ix.warm(r)
	in := &ix.incs[r]
	in.changed, in.touched = true, ix.newest
	in.segs = append(in.segs, si)
	in.vec = centroid(in.vec, int(in.size), s.vec, 1, 2*vecTerms)
	in.size++
	switch {
	case s.start == noDay || !stretch:
	case in.start == noDay:
		// The first dated report of a happening undated reports told.
		in.start, in.end = s.start, s.end
	default:
		in.start, in.end = min(in.start, s.start), max(in.end, s.end)
	}
	in.fine = capPoints(append(in.fine, s.fine...))
	in.countries = sortedSet(append(slices.Clone(in.countries), s.countries...))
	in.figures = capFigures(sortedSet(append(slices.Clone(in.figures), s.figures...)))
	in.sides, in.sideW = mergeParties(in.sides, in.sideW, s.sides, s.sideW)
	in.types |= s.types
	in.roundup = in.roundup || s.roundup
	ix.register(r)
	ix.markDirty(r)
}

// merge folds root o into root r.
func (ix *Index) merge(r, o int32) {
	if ix.incs[o].order < ix.incs[r].order {
		// The older incident survives, so that ids stay stable as articles
		// arrive.
		r, o = o, r
	}
	ix.warm(r)
	ix.warm(o)
	in, on := &ix.incs[r], &ix.incs[o]
	in.changed, in.touched = true, ix.newest
	on.parent = r
	in.segs = append(in.segs, on.segs...)
	in.vec = centroid(in.vec, int(in.size), on.vec, int(on.size), 2*vecTerms)
	in.size += on.size
	switch {
	case on.start == noDay:
	case in.start == noDay:
		in.start, in.end = on.start, on.end
	default:
		in.start, in.end = min(in.start, on.start), max(in.end, on.end)
	}
	in.fine = capPoints(append(in.fine, on.fine...))
	in.countries = sortedSet(append(slices.Clone(in.countries), on.countries...))
	in.figures = capFigures(sortedSet(append(slices.Clone(in.figures), on.figures...)))
	in.sides, in.sideW = mergeParties(in.sides, in.sideW, on.sides, on.sideW)
	in.types |= on.types
	in.roundup = in.roundup || on.roundup
	ix.removed = append(ix.removed, on.id)
	ix.coldDead += int64(on.coldLen) // its packed fields, if any, are never read again
	*on = incident{parent: r, order: on.order}
	ix.register(r)
	ix.markDirty(r)
}

// incCosine is the cosine of the texts of incidents r and o.
func (ix *Index) incCosine(r, o int32) float64 {
	ix.warm(r)
	ix.warm(o)
	return cosine(ix.incs[r].vec, ix.incs[o].vec)
}

// register records incident r under each day of its range not yet
// recorded.
func (ix *Index) register(r int32) {
	in := &ix.incs[r]
	if in.start == noDay {
		return
	}
	for d := in.start; d <= in.end; d++ {
		if d >= in.regStart && d <= in.regEnd {
			continue
		}
		ix.days[d] = append(ix.days[d], r)
	}
	if in.regStart > in.regEnd {
		in.regStart, in.regEnd = in.start, in.end
	} else {
		in.regStart, in.regEnd = min(in.regStart, in.start), max(in.regEnd, in.end)
	}
}

func capPoints(p []fpoint) []fpoint {
	if len(p) > maxFine {
		p = p[:maxFine]
	}
	return slices.Clip(p)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
