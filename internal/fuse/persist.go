package fuse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"slices"
)

// Persistence. An index is the product of every article it was given, in
// order: rebuilding it means reading and re-scanning every stored
// document (the larger part of adding a few articles to a large store),
// and its first Changes after a rebuild names every incident. Save writes
// its whole state and Load reads it back, so that a caller that keeps the
// saved state with the articles it covers (and the incidents it wrote)
// continues where it stopped: the loaded index is the index that was
// saved, field for field (TestSaveLoadSame), and adding the same articles
// to either gives the same results, changes included.
//
// What is saved: every field that a later Add, Changes, Incidents or
// Duplicates reads. Scratch fields (term counts, the current document's
// words, query stamps) are left out and made anew; TestPersistFields
// fails when a field is added to a saved struct without being named here,
// so that a new field cannot silently be lost. The packed features in the
// Cold store are copied into the stream and put into the loading index's
// Cold store, as RewriteCold copies them (entries nothing reads are
// dropped).
//
// The stream is a sequence of frames, each its length, its bytes and
// their CRC-32C, ended by an empty frame: a truncated or damaged stream
// fails to load (the caller rebuilds) rather than giving another index.

// persistVersion is the format of the stream; a stream of another format
// does not load (ErrStale). It is raised also when what a saved field
// holds changes meaning, so that an index saved by older code is rebuilt
// rather than mixing old and new values: 7 (session 22) because story
// segments now place acts dated after publication and prefer a named day
// to "this week"; 8 (session 23) because a segment now saves whether it
// is an answer (segRef.answer), which keeps a move and its counter-move
// apart (answerApart); 9 (session 23) because a story segment now holds
// the acts dated by the month its days fall in, and the event stage no
// longer dates a report's later sentences by a day of saying; 10 (session
// 24) because an article's features now save the side that issues it in
// its own name (feats.voice), whose acts and figures are that side's; 11
// (session 24) because a count now saves whether it is a tally since the
// happening began (countC.course), which may stand as its party's figure;
// 12 (session 24) because a sentence profile now holds the sentence's
// figures (figures.go), which a rendering's test reads (rendersFigures);
// 13 (session 26) because a denial's lost items now hold whether it names
// the people lost as fighters (lostFighters); 14 (session 26) because a
// story told as an answer and dated by the day of what it answers now
// holds the days after it (answerDays), and a weekday after "next to" is
// no longer read as next week's (internal/when); 15 (session 27) because
// a claim's speaker span is now the whole mention ("The Armenian Defense
// Ministry"), which the denial rules read for the parties it names
// (contra_refers.go); 16 (session 27) because the geoparser reads
// datelines, barracks of a dateline's town and names joined by a
// lower-case particle otherwise, which moves the places an index holds
// (internal/geo), and a statement's points now start with its dateline's
// (feats.bureau); 17 (session 27) because a claim's speaker may now take
// the side of a release's publisher (an outlet named by a government's
// host, "the command" of a .mil release) and an interview's answers may
// now be claims, which the saved incidents hold; 18 (session 28) because
// a sentence profile now keeps the stems a text writes as names (nameBase,
// read by rendersAnchors to align a statement with its relay), and the
// claim and actor stages give more claims and other speakers' sides
// (partitive and trailing speakers, views, retractions; surnames that are
// places, ruling-party officials, Hong Kong's and Macau's authorities),
// which the saved incidents hold; 19 (session 29) because the claim,
// actor and quantity stages give other claims, sides and counts (denials
// of an act, "did not deny", trailing possessive titles, armed groups'
// leaders and media, NGO chapters, resigned officials; loss tables,
// "both sides", materiel lost), which the saved incidents hold; 20
// (session 30) because the claim, actor and quantity stages and the
// retrained sentence-boundary model give other claims, speakers, sides and
// counts (partitive and ranked trailing speakers, separatist authorities,
// opposition lawmakers, pronoun gender, spelling variants of office
// holders; loss tables announced by a colon), which the saved incidents
// hold.
const persistVersion = 20

var persistMagic = []byte("parallax fusion index\n")

// ErrStale is returned by Load for a stream of another format or made
// with other options: the caller rebuilds the index.
var ErrStale = errors.New("fusion index: saved in another format or with other options")

// Save writes the index's state to w. Every change must have been taken
// (Changes or ChangesFunc) first: the saved state is that of an index
// whose results were written.
func (ix *Index) Save(w io.Writer) error {
	if len(ix.dirty) > 0 || len(ix.removed) > 0 || len(ix.exactDirty) > 0 || ix.dupsSent != len(ix.dups) {
		return errors.New("fusion index: changes not yet taken cannot be saved")
	}
	if ix.coldErr != nil {
		return ix.coldErr
	}
	e := &encoder{w: w}
	e.raw(persistMagic)
	e.u(persistVersion)
	e.options(ix.opt)

	// Strings and stems first: the packed features refer to them.
	e.u(uint64(len(ix.strList)))
	for _, s := range ix.strList {
		e.str(s)
	}
	stems := make([]uint64, len(ix.stemIDs))
	for h, id := range ix.stemIDs {
		stems[id] = h
	}
	e.u(uint64(len(stems)))
	for _, h := range stems {
		e.u64(h)
	}
	e.u(uint64(ix.nDoc))
	e.u(uint64(len(ix.df)))
	for _, h := range slices.Sorted(maps.Keys(ix.df)) {
		e.u64(h)
		e.u(uint64(ix.df[h]))
	}

	// Articles, with their features: packed as in memory, or the Cold
	// store's entry (signature and features) as it is.
	e.bool(ix.cold != nil)
	e.u(uint64(len(ix.arts)))
	for _, a := range ix.arts {
		e.str(a.id)
		e.i(int64(a.pub))
		e.i(int64(a.last))
		e.u64(a.hash)
		e.i(int64(a.sig))
		e.i(int64(a.exact))
		e.i32s(a.segs)
		switch {
		case a.f != nil:
			e.u(0)
			ix.packBuf = a.f.pack(ix.packBuf[:0])
			e.bytes(ix.packBuf)
		case a.coldLen > 0:
			e.u(1)
			b, err := ix.cold.Get(a.coldRef, int(a.coldLen))
			if err != nil {
				return fmt.Errorf("fusion index: reading back article %s: %w", a.id, err)
			}
			e.bytes(b)
		default:
			return fmt.Errorf("fusion index: article %s has no features", a.id)
		}
	}
	e.u(uint64(len(ix.sigs)))
	for _, s := range ix.sigs {
		e.bool(s != nil)
		if s != nil {
			ix.packBuf = s.pack(ix.packBuf[:0])
			e.raw(ix.packBuf)
		}
	}
	e.i32s(ix.sigArt)
	e.i32s(ix.lsh.heads)
	e.i32s(ix.lsh.next)
	e.u(uint64(len(ix.lsh.chk)))
	for _, c := range ix.lsh.chk {
		e.u32(c)
	}
	e.u(uint64(len(ix.exact)))
	for _, h := range slices.Sorted(maps.Keys(ix.exact)) {
		e.u64(h)
		e.i(int64(ix.exact[h]))
	}
	e.u(uint64(len(ix.dups)))
	for _, p := range ix.dups {
		e.i(int64(p.a))
		e.i(int64(p.b))
		e.str(p.kind)
		e.u64(math.Float64bits(p.sim))
	}
	e.i32s(ix.group)
	e.i32s(ix.gnext)
	e.i32s(ix.gsize)
	e.u(uint64(len(ix.copiesOf)))
	for _, f := range slices.Sorted(maps.Keys(ix.copiesOf)) {
		e.i(int64(f))
		e.i32s(ix.copiesOf[f])
	}

	// Segments and incidents. An incident's placing fields are packed as
	// compaction packs them; a compacted incident's are its entry.
	e.u(uint64(len(ix.segs)))
	for _, s := range ix.segs {
		e.i(int64(s.art))
		e.i(int64(s.start))
		e.i(int64(s.end))
		e.i(int64(s.inc))
		e.bool(s.main)
		e.bool(s.recalled)
		e.bool(s.answer)
	}
	e.u(uint64(len(ix.incs)))
	for r := range ix.incs {
		in := &ix.incs[r]
		e.i(int64(in.parent))
		e.i(int64(in.order))
		e.str(in.id)
		e.i(int64(in.start))
		e.i(int64(in.end))
		e.i(int64(in.size))
		e.i32s(in.segs)
		e.u(uint64(in.types) | b2u(in.roundup)<<8)
		e.i(int64(in.regStart))
		e.i(int64(in.regEnd))
		e.i(int64(in.touched))
		e.bool(in.changed)
		switch {
		case in.cold:
			e.u(2)
			b, err := ix.cold.Get(in.coldRef, int(in.coldLen))
			if err != nil {
				return fmt.Errorf("fusion index: reading back incident %s: %w", in.id, err)
			}
			e.bytes(b)
		case in.coldLen > 0 && !in.changed:
			// Read back and unchanged: its entry is what it holds, and
			// the next compaction takes the entry as it is.
			e.u(1)
			ix.packBuf = in.packPlacing(ix.packBuf[:0])
			e.bytes(ix.packBuf)
		default:
			e.u(0)
			ix.packBuf = in.packPlacing(ix.packBuf[:0])
			e.bytes(ix.packBuf)
		}
	}
	e.u(uint64(len(ix.days)))
	for _, d := range slices.Sorted(maps.Keys(ix.days)) {
		e.i(int64(d))
		e.i32s(ix.days[d])
	}
	ids := slices.Sorted(maps.Keys(ix.usedIDs))
	e.u(uint64(len(ids)))
	for _, id := range ids {
		e.str(id)
		e.bool(ix.usedIDs[id])
	}
	e.i32s(ix.undated)
	e.i32s(ix.hot)
	e.i32s(ix.hotIncs)
	e.i(int64(ix.newest))
	e.i(int64(ix.stampGen))
	return e.close()
}

// Load reads an index that Save wrote, with options opt, which must be
// those it was saved with (else ErrStale). cold receives the packed
// features of the articles and incidents that were compacted (a MemCold
// when nil); the loaded index uses it as SetCold would. An index saved
// without a Cold store loads without one.
func Load(r io.Reader, opt Options, cold Cold) (*Index, error) {
	d := &decoder{r: bufio.NewReaderSize(r, 1<<16)}
	ix, err := d.index(opt, cold)
	if err == nil {
		err = d.end()
	}
	if err != nil {
		if errors.Is(err, ErrStale) {
			return nil, err
		}
		return nil, fmt.Errorf("fusion index: %w", err)
	}
	return ix, nil
}

func (d *decoder) index(opt Options, cold Cold) (*Index, error) {
	magic := d.raw(len(persistMagic))
	if d.err != nil || string(magic) != string(persistMagic) {
		return nil, ErrStale
	}
	if v := d.u(); v != persistVersion || d.err != nil {
		return nil, ErrStale
	}
	if got := d.options(); d.err != nil || got != opt {
		return nil, ErrStale
	}
	ix := NewIndex(opt)
	n := d.count()
	ix.strList = make([]string, 0, capped(n))
	for range n {
		s := d.str()
		if d.err != nil {
			return nil, d.err
		}
		ix.strs[s] = sref(len(ix.strList))
		ix.strList = append(ix.strList, s)
	}
	delete(ix.strs, "") // "" is 0 without an entry (intern)
	n = d.count()
	for id := range n {
		if ix.stemIDs[d.u64()] = uint32(id); d.err != nil {
			return nil, d.err
		}
	}
	ix.nDoc = int32(d.u())
	n = d.count()
	for range n {
		h := d.u64()
		if ix.df[h] = int32(d.u()); d.err != nil {
			return nil, d.err
		}
	}

	if d.bool() {
		if cold == nil {
			cold = &MemCold{}
		}
		ix.cold = cold
	}
	put := func(b []byte) (int64, int32) {
		if ix.cold == nil {
			d.fail(errors.New("a compacted entry without a Cold store"))
			return 0, 0
		}
		ref, err := ix.cold.Put(b)
		if err != nil {
			d.fail(err)
		}
		ix.coldPut += int64(len(b))
		return ref, int32(len(b))
	}
	n = d.count()
	ix.arts = make([]*article, 0, capped(n))
	for range n {
		a := &article{id: d.str(), pub: d.i32(), last: d.i32(), hash: d.u64(), sig: d.i32(), exact: d.i32(), segs: d.i32s()}
		ix.arts = append(ix.arts, a)
		kind, b := d.u(), d.bytes()
		if d.err != nil {
			return nil, d.err
		}
		switch kind {
		case 0:
			f, err := unpack(b, a.id)
			if err != nil {
				return nil, fmt.Errorf("article %s: %w", a.id, err)
			}
			a.f = f
		case 1:
			a.coldRef, a.coldLen = put(b)
		default:
			return nil, errPacked
		}
	}
	ix.artStamp = make([]int32, len(ix.arts))
	n = d.count()
	ix.sigs = make([]*signature, 0, capped(n))
	for range n {
		if !d.bool() {
			if d.err != nil {
				return nil, d.err
			}
			ix.sigs = append(ix.sigs, nil)
			continue
		}
		b := d.raw(sigPacked)
		if d.err != nil {
			return nil, d.err
		}
		s := &signature{}
		for k := range s.Bins {
			s.Bins[k] = binary.LittleEndian.Uint32(b[4*k:])
		}
		s.Shingles = int(binary.LittleEndian.Uint64(b[4*sigBins:]))
		ix.sigs = append(ix.sigs, s)
	}
	ix.sigArt = d.i32s()
	ix.lsh.heads = d.i32s()
	ix.lsh.next = d.i32s()
	n = d.count()
	ix.lsh.chk = make([]uint32, 0, capped(n))
	for range n {
		if ix.lsh.chk = append(ix.lsh.chk, d.u32()); d.err != nil {
			return nil, d.err
		}
	}
	n = d.count()
	for range n {
		h := d.u64()
		if ix.exact[h] = d.i32(); d.err != nil {
			return nil, d.err
		}
	}
	n = d.count()
	ix.dups = make([]dupPair, 0, capped(n))
	for range n {
		ix.dups = append(ix.dups, dupPair{a: d.i32(), b: d.i32(), kind: d.str(), sim: math.Float64frombits(d.u64())})
		if d.err != nil {
			return nil, d.err
		}
	}
	ix.dupsSent = len(ix.dups)
	ix.group = d.i32s()
	ix.gnext = d.i32s()
	ix.gsize = d.i32s()
	n = d.count()
	for range n {
		f := d.i32()
		if ix.copiesOf[f] = d.i32s(); d.err != nil {
			return nil, d.err
		}
	}

	n = d.count()
	ix.segs = make([]segRef, 0, capped(n))
	for range n {
		ix.segs = append(ix.segs, segRef{art: d.i32(), start: d.i32(), end: d.i32(), inc: d.i32(), main: d.bool(), recalled: d.bool(), answer: d.bool()})
		if d.err != nil {
			return nil, d.err
		}
	}
	n = d.count()
	ix.incs = make([]incident, 0, capped(n))
	for range n {
		ix.incs = append(ix.incs, incident{})
		in := &ix.incs[len(ix.incs)-1]
		in.parent, in.order, in.id = d.i32(), d.i32(), d.str()
		in.start, in.end, in.size = d.i32(), d.i32(), d.i32()
		in.segs = d.i32s()
		tf := d.u()
		in.types, in.roundup = uint8(tf), tf&(1<<8) != 0
		in.regStart, in.regEnd, in.touched = d.i32(), d.i32(), d.i32()
		in.changed = d.bool()
		kind, b := d.u(), d.bytes()
		if d.err != nil {
			return nil, d.err
		}
		switch kind {
		case 0, 1:
			if err := in.unpackPlacing(b); err != nil {
				return nil, fmt.Errorf("incident %s: %w", in.id, err)
			}
			if kind == 1 {
				in.coldRef, in.coldLen = put(b)
			}
		case 2:
			in.cold = true
			in.coldRef, in.coldLen = put(b)
		default:
			return nil, errPacked
		}
	}
	ix.stamp = make([]int32, len(ix.incs))
	n = d.count()
	for range n {
		day := d.i32()
		if ix.days[day] = d.i32s(); d.err != nil {
			return nil, d.err
		}
	}
	n = d.count()
	for range n {
		id := d.str()
		if ix.usedIDs[id] = d.bool(); d.err != nil {
			return nil, d.err
		}
	}
	ix.undated = d.i32s()
	ix.hot = d.i32s()
	ix.hotIncs = d.i32s()
	ix.newest = d.i32()
	ix.stampGen = d.i32()
	if d.err != nil {
		return nil, d.err
	}
	if err := ix.check(); err != nil {
		return nil, err
	}
	return ix, nil
}

// check verifies that the references between the loaded slices are in
// range, so that a stream that decodes but is not an index's (a bug, a
// damaged store that kept its checksums) fails here rather than as a
// panic in a later Add.
func (ix *Index) check() error {
	na, ns, ni, nsig := int32(len(ix.arts)), int32(len(ix.segs)), int32(len(ix.incs)), int32(len(ix.sigs))
	in := func(x, n int32) bool { return x >= 0 && x < n }
	all := func(xs []int32, n int32) bool {
		for _, x := range xs {
			if !in(x, n) {
				return false
			}
		}
		return true
	}
	bad := errors.New("inconsistent saved index")
	if len(ix.group) != int(na) || len(ix.gnext) != int(na) || len(ix.gsize) != int(na) || len(ix.sigArt) != int(nsig) ||
		len(ix.lsh.next) != len(ix.lsh.chk) || len(ix.lsh.next) != lshBands*int(nsig) ||
		len(ix.lsh.heads)&(len(ix.lsh.heads)-1) != 0 || !allFrom(ix.lsh.heads, -1, int32(len(ix.lsh.next))) {
		return bad
	}
	if !allFrom(ix.lsh.next, -1, int32(len(ix.lsh.next))) || !all(ix.group, na) || !all(ix.gnext, na) || !all(ix.sigArt, na) ||
		!all(ix.undated, ni) || !all(ix.hot, na) || !all(ix.hotIncs, ni) {
		return bad
	}
	for _, a := range ix.arts {
		if !all(a.segs, ns) || !in(a.exact, na) || a.sig < -1 || a.sig >= nsig || a.f != nil && len(a.f.items) != len(a.segs) {
			return bad
		}
	}
	for _, s := range ix.segs {
		if !in(s.art, na) || !in(s.inc, ni) {
			return bad
		}
	}
	for r := range ix.incs {
		c := &ix.incs[r]
		if !in(c.parent, ni) || !all(c.segs, ns) {
			return bad
		}
		// Dates: Add walks an incident's days one by one.
		if c.start != noDay && (c.end < c.start || c.end-c.start > maxSavedSpan) ||
			c.regStart <= c.regEnd && c.regEnd-c.regStart > maxSavedSpan {
			return bad
		}
	}
	// The union-find forests reach their roots, and the members of a
	// duplicate group form a cycle (a permutation's): Add follows them.
	parents := make([]int32, ni)
	for r := range ix.incs {
		parents[r] = ix.incs[r].parent
	}
	if !forest(parents) || !forest(ix.group) || !permutation(ix.gnext) {
		return bad
	}
	for _, p := range ix.dups {
		if !in(p.a, na) || !in(p.b, na) {
			return bad
		}
	}
	for _, v := range ix.exact {
		if !in(v, na) {
			return bad
		}
	}
	for f, cs := range ix.copiesOf {
		if !in(f, na) || !all(cs, na) {
			return bad
		}
	}
	for _, rs := range ix.days {
		if !all(rs, ni) {
			return bad
		}
	}
	for _, a := range ix.arts {
		if a.f == nil {
			continue
		}
		for _, r := range a.f.refs() {
			if int(r) >= len(ix.strList) && r != 0 {
				return bad
			}
		}
	}
	return nil
}

// maxSavedSpan bounds the days of a loaded incident: far more than
// fusion makes (MaxSpanDays), far less than a damaged date would.
const maxSavedSpan = 3660

// forest reports whether following parent from every node reaches a
// node that is its own parent.
func forest(parent []int32) bool {
	state := make([]uint8, len(parent)) // 1: on the current path, 2: reaches a root
	var path []int32
	for i := range parent {
		path = path[:0]
		x := int32(i)
		for state[x] == 0 && parent[x] != x {
			state[x] = 1
			path = append(path, x)
			x = parent[x]
			if x < 0 || int(x) >= len(parent) || state[x] == 1 {
				return false
			}
		}
		state[x] = 2
		for _, p := range path {
			state[p] = 2
		}
	}
	return true
}

// permutation reports whether next maps its indexes one to one onto
// themselves.
func permutation(next []int32) bool {
	seen := make([]bool, len(next))
	for _, x := range next {
		if x < 0 || int(x) >= len(next) || seen[x] {
			return false
		}
		seen[x] = true
	}
	return true
}

// capped is the capacity to allocate for n elements read from a stream:
// a damaged count must not allocate much before the stream runs out.
func capped(n int) int { return min(n, 1<<16) }

// allFrom reports whether every x is in [lo, hi).
func allFrom(xs []int32, lo, hi int32) bool {
	for _, x := range xs {
		if x < lo || x >= hi {
			return false
		}
	}
	return true
}

// refs lists the interned strings f refers to.
func (f *feats) refs() []sref {
	var out []sref
	for _, c := range f.claims {
		out = append(out, c.side, c.key, c.stance)
	}
	for _, e := range f.events {
		out = append(out, e.typ, e.init, e.target, e.kind)
	}
	for _, c := range f.counts {
		out = append(out, c.item, c.owner, c.by)
	}
	for _, p := range f.places {
		out = append(out, p.key)
	}
	out = append(out, f.voice)
	return append(out, f.speakers...)
}

// options writes every option, in field order.
func (e *encoder) options(o Options) {
	for _, v := range []int{o.MaxGapDays, o.MaxSpanDays} {
		e.i(int64(v))
	}
	for _, v := range []float64{o.NearKm, o.FarKm, o.LinkScore, o.MinText, o.PlaceWeight, o.PartyWeight, o.BackgroundMargin,
		o.FigureWeight, o.NearDuplicate, o.Containment, o.SameStatement} {
		e.u64(math.Float64bits(v))
	}
}

func (d *decoder) options() Options {
	var o Options
	for _, p := range []*int{&o.MaxGapDays, &o.MaxSpanDays} {
		*p = int(d.i())
	}
	for _, p := range []*float64{&o.NearKm, &o.FarKm, &o.LinkScore, &o.MinText, &o.PlaceWeight, &o.PartyWeight, &o.BackgroundMargin,
		&o.FigureWeight, &o.NearDuplicate, &o.Containment, &o.SameStatement} {
		*p = math.Float64frombits(d.u64())
	}
	return o
}

// frameSize is the most bytes of one frame.
const frameSize = 1 << 16

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encoder writes the stream's values into frames.
type encoder struct {
	w   io.Writer
	buf []byte
	err error
}

func (e *encoder) flush() {
	if e.err != nil || len(e.buf) == 0 {
		return
	}
	var head [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(head[:], uint64(len(e.buf)))
	if _, err := e.w.Write(head[:n]); err != nil {
		e.err = err
		return
	}
	e.buf = binary.LittleEndian.AppendUint32(e.buf, crc32.Checksum(e.buf, castagnoli))
	if _, err := e.w.Write(e.buf); err != nil {
		e.err = err
	}
	e.buf = e.buf[:0]
}

// room makes sure the frame has n more bytes or is flushed first (a value
// larger than a frame is split by raw).
func (e *encoder) room(n int) {
	if len(e.buf)+n > frameSize {
		e.flush()
	}
	if e.buf == nil {
		e.buf = make([]byte, 0, frameSize+4)
	}
}

func (e *encoder) u(v uint64) { e.room(binary.MaxVarintLen64); e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) i(v int64)  { e.room(binary.MaxVarintLen64); e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) u64(v uint64) {
	e.room(8)
	e.buf = binary.LittleEndian.AppendUint64(e.buf, v)
}
func (e *encoder) u32(v uint32) {
	e.room(4)
	e.buf = binary.LittleEndian.AppendUint32(e.buf, v)
}
func (e *encoder) bool(v bool) { e.u(b2u(v)) }

// raw writes b as it is, across frames if it must.
func (e *encoder) raw(b []byte) {
	for len(b) > 0 {
		e.room(1)
		n := min(len(b), frameSize-len(e.buf))
		e.buf = append(e.buf, b[:n]...)
		b = b[n:]
	}
}

func (e *encoder) bytes(b []byte) { e.u(uint64(len(b))); e.raw(b) }
func (e *encoder) str(s string)   { e.u(uint64(len(s))); e.raw([]byte(s)) }

func (e *encoder) i32s(xs []int32) {
	e.u(uint64(len(xs)))
	for _, x := range xs {
		e.i(int64(x))
	}
}

// close writes the last frame and the empty frame that ends the stream.
func (e *encoder) close() error {
	e.flush()
	if e.err == nil {
		_, e.err = e.w.Write([]byte{0})
	}
	return e.err
}

// decoder reads the values of a stream of frames, checking each frame's
// checksum before its bytes are used. Errors are sticky: after one, every
// read returns zero values and err says why.
type decoder struct {
	r     *bufio.Reader
	frame []byte // what is left of the current frame
	buf   []byte
	ended bool // the empty frame was read
	err   error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

var errTruncated = errors.New("saved index truncated or damaged")

// next reads the next frame; false at the end or on an error.
func (d *decoder) next() bool {
	if d.err != nil || d.ended {
		if d.ended {
			d.fail(errTruncated)
		}
		return false
	}
	n, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(errTruncated)
		return false
	}
	if n == 0 {
		d.ended = true
		d.fail(errTruncated)
		return false
	}
	if n > frameSize {
		d.fail(errTruncated)
		return false
	}
	if cap(d.buf) < int(n)+4 {
		d.buf = make([]byte, frameSize+4)
	}
	b := d.buf[:n+4]
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(errTruncated)
		return false
	}
	if crc32.Checksum(b[:n], castagnoli) != binary.LittleEndian.Uint32(b[n:]) {
		d.fail(errTruncated)
		return false
	}
	d.frame = b[:n]
	return true
}

func (d *decoder) byte() byte {
	for len(d.frame) == 0 {
		if !d.next() {
			return 0
		}
	}
	c := d.frame[0]
	d.frame = d.frame[1:]
	return c
}

// ReadByte makes the decoder an io.ByteReader for binary.ReadUvarint.
func (d *decoder) ReadByte() (byte, error) {
	c := d.byte()
	if d.err != nil {
		return 0, d.err
	}
	return c, nil
}

func (d *decoder) u() uint64 {
	if len(d.frame) >= binary.MaxVarintLen64 {
		v, n := binary.Uvarint(d.frame)
		if n > 0 {
			d.frame = d.frame[n:]
			return v
		}
	}
	v, err := binary.ReadUvarint(d)
	if err != nil {
		d.fail(errTruncated)
		return 0
	}
	return v
}

func (d *decoder) i() int64 {
	if len(d.frame) >= binary.MaxVarintLen64 {
		v, n := binary.Varint(d.frame)
		if n > 0 {
			d.frame = d.frame[n:]
			return v
		}
	}
	v, err := binary.ReadVarint(d)
	if err != nil {
		d.fail(errTruncated)
		return 0
	}
	return v
}

func (d *decoder) i32() int32 {
	v := d.i()
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail(errTruncated)
		return 0
	}
	return int32(v)
}

func (d *decoder) bool() bool { return d.u() != 0 }

// raw reads n bytes (valid until the next read).
func (d *decoder) raw(n int) []byte {
	if len(d.frame) >= n {
		b := d.frame[:n]
		d.frame = d.frame[n:]
		return b
	}
	out := make([]byte, 0, capped(n))
	for len(out) < n && d.err == nil {
		if len(d.frame) == 0 && !d.next() {
			break
		}
		k := min(n-len(out), len(d.frame))
		out = append(out, d.frame[:k]...)
		d.frame = d.frame[k:]
	}
	if len(out) < n {
		return nil
	}
	return out
}

func (d *decoder) u64() uint64 {
	b := d.raw(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (d *decoder) u32() uint32 {
	b := d.raw(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// count reads a length, which cannot exceed the bytes a stream can hold
// (every element takes one at least): a damaged length fails before it
// allocates much.
func (d *decoder) count() int {
	n := d.u()
	if n > 1<<40 {
		d.fail(errTruncated)
		return 0
	}
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.count()
	if d.err != nil {
		return nil
	}
	return d.raw(n)
}

func (d *decoder) str() string { return string(d.bytes()) }

func (d *decoder) i32s() []int32 {
	n := d.count()
	if n == 0 || d.err != nil {
		return nil
	}
	out := make([]int32, 0, min(n, 1<<16))
	for range n {
		out = append(out, d.i32())
		if d.err != nil {
			return nil
		}
	}
	return out
}

// end checks that the stream ends here.
func (d *decoder) end() error {
	if d.err != nil {
		return d.err
	}
	if len(d.frame) > 0 {
		return errTruncated
	}
	n, err := binary.ReadUvarint(d.r)
	if err != nil || n != 0 {
		return errTruncated
	}
	if _, err := d.r.ReadByte(); err != io.EOF {
		return errTruncated // bytes after the end: not what Save wrote
	}
	return nil
}
