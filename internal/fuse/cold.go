package fuse

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Compaction. Most of what the index keeps of an article (its items, claim
// stems and sentence profile: feats) is read only when an incident it is
// in is described, or when a new article is compared with it for
// same_statement; both happen to articles near the new one in date. When a
// corpus arrives roughly in date order, the features of articles dated
// well before the newest can be moved out of memory, packed, into a Cold
// store (a file the caller provides, or memory), and read back when
// needed: an article dated in the compacted past, a background segment
// recalling an old clash, or a copy of an old article. What is read back
// is the same bytes, so compaction changes no result, only where the
// features live; what stays in memory per article is what every Add
// reads: its id, dates, MinHash signature and segments.

// Cold keeps packed features outside the index. Put stores b and returns
// where (the caller reuses b afterwards); Get returns the n bytes stored at
// ref, which the index reads before its next Put. The index calls them
// from Compact and when a compacted article's features are needed.
type Cold interface {
	Put(b []byte) (ref int64, err error)
	Get(ref int64, n int) ([]byte, error)
}

// feats is what the index keeps of an article besides its hot fields
// (article): the few fields of each item that the assessment reads, the
// items of each of its segments, its claims' content stems and its sentence
// profile (see features.go).
type feats struct {
	id       string // the article's id (not packed: the article keeps it)
	claims   []claimC
	events   []eventC
	counts   []countC
	places   []placeC
	points   []point // coordinates of its fine places, the dateline's first
	bureau   int     // how many of points are the dateline's
	speakers []sref  // the speakers' sides, a set sorted by reference
	names    string  // its items' ids, end to end (name)
	stems    []uint32
	prof     packedProfile // sentence profile for same_statement
	items    []segItems    // per segment, in the order of article.segs
	nums     []uint32      // the numbers its text gives, a sorted set (textNumbers)
	voice    sref          // the side of the party that issues it in its own name (issuerSide), 0 for any other
	issuer   []uint32      // the stems of its issuer's name when it is a party's own statement (issuedDocument), whatever the party
}

// segItems are the items of one segment: indexes into the document's (and
// feats') events, claims, counts and places.
type segItems struct {
	events, claims, counts, places []int32
	// mutual: pairs of parties that the segment's text says blame each
	// other ("X and Y accused each other"), as interned sides end to end.
	mutual []int32
}

// compactMargin: days beyond MaxSpanDays and twice MaxGapDays that an
// article stays in memory after the newest publication date, so that the
// usual spread of dates in a feed (a report filed a few days after the
// clash, a late article) does not read features back.
const compactMargin = 7

// SetCold makes Compact move features to c. Without a Cold store the index
// keeps everything in memory and Compact does nothing.
func (ix *Index) SetCold(c Cold) { ix.cold = c }

// Err returns the first error of the Cold store, if any: the results made
// since are incomplete and must not be stored.
func (ix *Index) Err() error { return ix.coldErr }

// Compact moves to the Cold store the features of the articles whose
// publication date (or, for an article without one, its segments' latest
// day) is more than the incident window (MaxSpanDays + 2·MaxGapDays) and
// compactMargin days before the newest publication date seen, and of
// undated articles (an undated segment joins incidents only through
// copies); likewise the placing fields of incidents that end before, or
// that no segment joined since. It returns how many articles it moved.
func (ix *Index) Compact() int {
	if ix.cold == nil || ix.newest == noDay {
		return 0
	}
	return ix.compactBefore(ix.newest - int32(ix.opt.MaxSpanDays+2*ix.opt.MaxGapDays+compactMargin))
}

// compactBefore moves the features of the hot articles whose latest date
// is before day.
func (ix *Index) compactBefore(day int32) int {
	if ix.cold == nil {
		return 0
	}
	moved := 0
	keep := ix.hot[:0]
	for _, ai := range ix.hot {
		a := ix.arts[ai]
		if a.last >= day || a.f == nil {
			if a.f != nil {
				keep = append(keep, ai)
			}
			continue
		}
		// The signature first, so that it can be read back alone.
		ix.packBuf = ix.packBuf[:0]
		if a.sig >= 0 {
			ix.packBuf = ix.sigs[a.sig].pack(ix.packBuf)
		}
		ix.packBuf = a.f.pack(ix.packBuf)
		ref, err := ix.cold.Put(ix.packBuf)
		if err != nil {
			// Kept in memory: nothing is lost, only memory not saved.
			keep = append(keep, ai)
			continue
		}
		a.coldRef, a.coldLen, a.f = ref, int32(len(ix.packBuf)), nil
		ix.coldPut += int64(len(ix.packBuf))
		if a.sig >= 0 {
			ix.sigs[a.sig] = nil
		}
		moved++
	}
	clear(ix.hot[len(keep):])
	ix.hot = keep

	// Incidents: their vectors, points, countries and sides, which
	// placing a segment on their days reads.
	keepInc := ix.hotIncs[:0]
	for _, r := range ix.hotIncs {
		in := &ix.incs[r]
		if in.parent != r || in.cold {
			continue // merged into another, or compacted already
		}
		if in.start != noDay && in.end >= day && in.touched >= day {
			keepInc = append(keepInc, r)
			continue
		}
		if in.changed {
			ix.packBuf = in.packPlacing(ix.packBuf[:0])
			ref, err := ix.cold.Put(ix.packBuf)
			if err != nil {
				keepInc = append(keepInc, r)
				continue
			}
			// The entry it had, if any, is superseded.
			ix.coldDead += int64(in.coldLen)
			ix.coldPut += int64(len(ix.packBuf))
			in.coldRef, in.coldLen, in.changed = ref, int32(len(ix.packBuf)), false
		}
		in.cold = true
		in.vec, in.fine, in.countries, in.figures, in.sides, in.sideW = nil, nil, nil, nil, nil, nil
	}
	clear(ix.hotIncs[len(keepInc):])
	ix.hotIncs = keepInc
	return moved
}

// ColdBytes returns the bytes the index has put in its Cold store since
// it was set (or since the last RewriteCold) and how many of them it will
// never read again.
func (ix *Index) ColdBytes() (put, dead int64) { return ix.coldPut, ix.coldDead }

// RewriteCold copies the entries of the Cold store that the index may
// still read to c, which replaces it: the caller can then drop the old
// store, reclaiming what ColdBytes counts as dead. The entries are the
// same bytes, so no result changes. On an error the index keeps the old
// store, unchanged.
func (ix *Index) RewriteCold(c Cold) error {
	if ix.cold == nil {
		ix.cold = c
		return nil
	}
	// Copy first, then move the references, so that a failure leaves
	// every reference as it was.
	var put int64
	copyEntry := func(ref int64, n int32) (int64, error) {
		b, err := ix.cold.Get(ref, int(n))
		if err != nil {
			return 0, err
		}
		put += int64(n)
		return c.Put(b)
	}
	artRefs := make([]int64, 0, len(ix.arts)-len(ix.hot))
	for _, a := range ix.arts {
		if a.f != nil || a.coldLen == 0 {
			continue
		}
		ref, err := copyEntry(a.coldRef, a.coldLen)
		if err != nil {
			return fmt.Errorf("fusion: rewriting the side store: %w", err)
		}
		artRefs = append(artRefs, ref)
	}
	// An incident's entry is read again when it is compacted (cold) or
	// will be taken as it is at its next compaction (read back and
	// unchanged since); one read back and changed will be packed anew.
	live := func(r int32, in *incident) bool {
		return in.parent == r && in.coldLen > 0 && (in.cold || !in.changed)
	}
	var incRefs []int64
	for r := range ix.incs {
		in := &ix.incs[r]
		if !live(int32(r), in) {
			continue
		}
		ref, err := copyEntry(in.coldRef, in.coldLen)
		if err != nil {
			return fmt.Errorf("fusion: rewriting the side store: %w", err)
		}
		incRefs = append(incRefs, ref)
	}
	k := 0
	for _, a := range ix.arts {
		if a.f != nil || a.coldLen == 0 {
			continue
		}
		a.coldRef = artRefs[k]
		k++
	}
	k = 0
	for r := range ix.incs {
		in := &ix.incs[r]
		if live(int32(r), in) {
			in.coldRef = incRefs[k]
			k++
		} else if in.coldLen > 0 {
			// Not in c: nothing to count as dead when it is packed anew.
			in.coldRef, in.coldLen = 0, 0
		}
	}
	ix.cold, ix.coldPut, ix.coldDead = c, put, 0
	return nil
}

// warm reads incident r's placing fields back when compacted; it stays in
// memory until the next compaction.
func (ix *Index) warm(r int32) {
	in := &ix.incs[r]
	if !in.cold {
		return
	}
	b, err := ix.cold.Get(in.coldRef, int(in.coldLen))
	if err == nil {
		err = in.unpackPlacing(b)
	}
	if err != nil && ix.coldErr == nil {
		ix.coldErr = fmt.Errorf("fusion: reading back incident %s: %w", in.id, err)
	}
	in.cold = false
	ix.hotIncs = append(ix.hotIncs, r)
	ix.reloads++
}

// packPlacing appends the incident's placing fields to b: each vector
// term as its hash and weight bits, points as their 8-byte IEEE bits and
// their name key (30 bits) and kind (2 bits),
// strings with their lengths.
func (in *incident) packPlacing(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(in.vec)))
	for _, t := range in.vec {
		b = binary.LittleEndian.AppendUint64(b, t.H)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t.W))
	}
	b = binary.AppendUvarint(b, uint64(len(in.fine)))
	for _, p := range in.fine {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lat))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lon))
		b = binary.LittleEndian.AppendUint32(b, p.key<<2|uint32(p.kind))
	}
	for _, ss := range [][]string{in.countries, in.figures, in.sides} {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, x := range ss {
			b = binary.AppendUvarint(b, uint64(len(x)))
			b = append(b, x...)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(in.sideW)))
	for _, w := range in.sideW {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

// unpackPlacing reverses packPlacing into in.
func (in *incident) unpackPlacing(b []byte) error {
	count := func(size int) (int, bool) {
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)-w)/uint64(size) {
			return 0, false
		}
		b = b[w:]
		return int(n), true
	}
	n, ok := count(12)
	if !ok {
		return errPacked
	}
	in.vec = nil
	if n > 0 {
		in.vec = make(termVec, n)
		for i := range in.vec {
			in.vec[i] = term{binary.LittleEndian.Uint64(b), math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))}
			b = b[12:]
		}
	}
	if n, ok = count(20); !ok {
		return errPacked
	}
	in.fine = nil
	if n > 0 {
		in.fine = make([]fpoint, n)
		for i := range in.fine {
			k := binary.LittleEndian.Uint32(b[16:])
			in.fine[i] = fpoint{point{math.Float64frombits(binary.LittleEndian.Uint64(b)), math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))},
				k >> 2, uint8(k & 3)}
			b = b[20:]
		}
	}
	for _, dst := range []*[]string{&in.countries, &in.figures, &in.sides} {
		if n, ok = count(1); !ok {
			return errPacked
		}
		*dst = nil
		for range n {
			k, ok := count(1)
			if !ok {
				return errPacked
			}
			*dst = append(*dst, string(b[:k]))
			b = b[k:]
		}
	}
	if n, ok = count(4); !ok || n != len(in.sides) {
		return errPacked
	}
	in.sideW = nil
	if n > 0 {
		in.sideW = make([]float32, n)
		for i := range in.sideW {
			in.sideW[i] = math.Float32frombits(binary.LittleEndian.Uint32(b))
			b = b[4:]
		}
	}
	if len(b) != 0 {
		return errPacked
	}
	return nil
}

// feats returns article ai's features, read back from the Cold store when
// compacted (a copy that the caller may keep; the article stays compacted).
func (ix *Index) feats(ai int32) *feats {
	a := ix.arts[ai]
	if a.f != nil {
		return a.f
	}
	b, err := ix.cold.Get(a.coldRef, int(a.coldLen))
	var f *feats
	if err == nil && a.sig >= 0 {
		if len(b) < sigPacked {
			err = errPacked
		}
		b = b[min(len(b), sigPacked):]
	}
	if err == nil {
		f, err = unpack(b, a.id)
	}
	if err != nil {
		if ix.coldErr == nil {
			ix.coldErr = fmt.Errorf("fusion: reading back article %s: %w", a.id, err)
		}
		return &feats{id: a.id, items: make([]segItems, len(a.segs))}
	}
	ix.reloads++
	return f
}

// sigPacked is the size of a packed signature: its bins and shingle
// count, little-endian.
const sigPacked = 4*sigBins + 8

func (s *signature) pack(b []byte) []byte {
	for _, v := range s.Bins {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return binary.LittleEndian.AppendUint64(b, uint64(s.Shingles))
}

// signature returns signature s, read back into scratch when compacted
// (valid until scratch is used again).
func (ix *Index) signature(s int32, scratch *signature) *signature {
	if p := ix.sigs[s]; p != nil {
		return p
	}
	a := ix.arts[ix.sigArt[s]]
	b, err := ix.cold.Get(a.coldRef, sigPacked)
	if err == nil && len(b) < sigPacked {
		err = errPacked
	}
	if err != nil {
		if ix.coldErr == nil {
			ix.coldErr = fmt.Errorf("fusion: reading back the signature of article %s: %w", a.id, err)
		}
		*scratch = signature{}
		return scratch
	}
	for i := range scratch.Bins {
		scratch.Bins[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	scratch.Shingles = int(binary.LittleEndian.Uint64(b[4*sigBins:]))
	ix.sigReloads++
	return scratch
}

// pack appends f in packed form to b: counts and fields as uvarints,
// stems as deltas, coordinates as their 8-byte IEEE bits.
func (f *feats) pack(b []byte) []byte {
	u := func(v uint64) { b = binary.AppendUvarint(b, v) }
	nm := func(n name) { u(uint64(n.off)); u(uint64(n.n)) }
	u(uint64(len(f.claims)))
	for i := range f.claims {
		c := &f.claims[i]
		nm(c.id)
		u(uint64(c.side))
		u(uint64(c.key))
		u(uint64(c.stance))
		u(uint64(c.stems[0]))
		u(uint64(c.stems[1] - c.stems[0]))
		u(b2u(c.civ) | uint64(c.lost)<<1 | b2u(c.standing)<<17 | b2u(c.nested)<<18)
		u(uint64(c.refers + 1))
		u(uint64(c.sent))
	}
	u(uint64(len(f.events)))
	for i := range f.events {
		e := &f.events[i]
		nm(e.id)
		nm(e.claim)
		u(uint64(e.typ))
		u(uint64(e.init))
		u(uint64(e.target))
		u(uint64(e.kind))
		u(uint64(e.class))
		u(b2u(e.negated) | b2u(e.answer)<<1)
	}
	u(uint64(len(f.counts)))
	for i := range f.counts {
		c := &f.counts[i]
		nm(c.claim)
		u(uint64(c.item))
		u(uint64(c.owner))
		u(uint64(c.by))
		u(b2u(c.hasN) | b2u(c.hasMax)<<1 | b2u(c.tally)<<2 | uint64(c.victims)<<3 | b2u(c.course)<<5)
		b = binary.AppendVarint(b, int64(c.n))
		b = binary.AppendVarint(b, int64(c.nmax))
	}
	u(uint64(len(f.places)))
	for i := range f.places {
		nm(f.places[i].id)
		u(uint64(f.places[i].key))
	}
	u(uint64(len(f.points)))
	for _, p := range f.points {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lat))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lon))
	}
	u(uint64(f.bureau))
	u(uint64(len(f.speakers)))
	for _, s := range f.speakers {
		u(uint64(s))
	}
	u(uint64(len(f.names)))
	b = append(b, f.names...)
	u(uint64(len(f.stems)))
	prev := int64(0)
	for _, s := range f.stems {
		b = binary.AppendVarint(b, int64(s)-prev)
		prev = int64(s)
	}
	u(uint64(f.prof.terms))
	u(uint64(len(f.prof.b)))
	b = append(b, f.prof.b...)
	u(uint64(len(f.items)))
	for i := range f.items {
		for _, l := range [][]int32{f.items[i].events, f.items[i].claims, f.items[i].counts, f.items[i].places, f.items[i].mutual} {
			u(uint64(len(l)))
			for _, x := range l {
				u(uint64(x))
			}
		}
	}
	u(uint64(len(f.nums)))
	for _, x := range f.nums {
		u(uint64(x))
	}
	u(uint64(f.voice))
	u(uint64(len(f.issuer)))
	for _, x := range f.issuer {
		u(uint64(x))
	}
	return b
}

func b2u(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

var errPacked = errors.New("malformed packed features")

// unpack reverses pack; id is the article's id. Slices are nil when
// empty, as pack cannot tell nil from empty (no reader does either).
func unpack(b []byte, id string) (*feats, error) {
	f := &feats{id: id}
	bad := false
	u := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	v := func() int64 {
		x, n := binary.Varint(b)
		if n <= 0 {
			bad = true
			b = nil
			return 0
		}
		b = b[n:]
		return x
	}
	// count reads a length, bounded by what is left (every element takes a
	// byte at least), so that a corrupt length cannot allocate much.
	count := func() int {
		n := u()
		if n > uint64(len(b)) {
			bad = true
			b = nil
			return 0
		}
		return int(n)
	}
	nm := func() name { off := u(); return name{uint32(off), uint32(u())} }
	if n := count(); n > 0 {
		f.claims = make([]claimC, n)
		for i := range f.claims {
			c := &f.claims[i]
			c.id = nm()
			c.side, c.key, c.stance = sref(u()), sref(u()), sref(u())
			from := int32(u())
			c.stems = [2]int32{from, from + int32(u())}
			fl := u()
			c.civ, c.lost, c.standing, c.nested = fl&1 == 1, uint16(fl>>1), fl>>17&1 == 1, fl>>18&1 == 1
			c.refers = int32(u()) - 1
			c.sent = uint32(u())
		}
	}
	if n := count(); n > 0 {
		f.events = make([]eventC, n)
		for i := range f.events {
			e := &f.events[i]
			e.id, e.claim = nm(), nm()
			e.typ, e.init, e.target, e.kind = sref(u()), sref(u()), sref(u()), sref(u())
			e.class = uint8(u())
			fl := u()
			e.negated, e.answer = fl&1 != 0, fl&2 != 0
		}
	}
	if n := count(); n > 0 {
		f.counts = make([]countC, n)
		for i := range f.counts {
			c := &f.counts[i]
			c.claim = nm()
			c.item, c.owner, c.by = sref(u()), sref(u()), sref(u())
			fl := u()
			c.hasN, c.hasMax, c.tally, c.victims, c.course = fl&1 != 0, fl&2 != 0, fl&4 != 0, uint8(fl>>3&3), fl&32 != 0
			c.n, c.nmax = int(v()), int(v())
		}
	}
	if n := count(); n > 0 {
		f.places = make([]placeC, n)
		for i := range f.places {
			f.places[i].id = nm()
			f.places[i].key = sref(u())
		}
	}
	if n := count(); n > 0 {
		if len(b) < 16*n {
			return nil, errPacked
		}
		f.points = make([]point, n)
		for i := range f.points {
			f.points[i] = point{math.Float64frombits(binary.LittleEndian.Uint64(b)), math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))}
			b = b[16:]
		}
	}
	if f.bureau = int(u()); f.bureau > len(f.points) {
		return nil, errPacked
	}
	if n := count(); n > 0 {
		f.speakers = make([]sref, n)
		for i := range f.speakers {
			f.speakers[i] = sref(u())
		}
	}
	if n := count(); n > 0 {
		if len(b) < n {
			return nil, errPacked
		}
		f.names = string(b[:n])
		b = b[n:]
	}
	if n := count(); n > 0 {
		f.stems = make([]uint32, n)
		prev := int64(0)
		for i := range f.stems {
			prev += v()
			f.stems[i] = uint32(prev)
		}
	}
	f.prof.terms = int32(u())
	if n := count(); n > 0 {
		f.prof.b = append([]byte(nil), b[:n]...)
		b = b[n:]
	}
	if n := count(); n > 0 {
		f.items = make([]segItems, n)
		for i := range f.items {
			for _, l := range []*[]int32{&f.items[i].events, &f.items[i].claims, &f.items[i].counts, &f.items[i].places, &f.items[i].mutual} {
				if k := count(); k > 0 {
					*l = make([]int32, k)
					for j := range *l {
						(*l)[j] = int32(u())
					}
				}
			}
		}
	}
	if n := count(); n > 0 {
		f.nums = make([]uint32, n)
		for i := range f.nums {
			f.nums[i] = uint32(u())
		}
	}
	f.voice = sref(u())
	if n := count(); n > 0 {
		f.issuer = make([]uint32, n)
		for i := range f.issuer {
			f.issuer[i] = uint32(u())
		}
	}
	if bad || len(b) != 0 {
		return nil, errPacked
	}
	return f, nil
}

// MemCold is a Cold store in memory: packed features take about a third
// of their unpacked size. Its chunks are never reallocated, so that
// memory grows by what is stored.
type MemCold struct {
	chunks [][]byte
}

const memColdChunk = 1 << 20

// Put appends b.
func (m *MemCold) Put(b []byte) (int64, error) {
	n := len(m.chunks)
	if n == 0 || len(m.chunks[n-1])+len(b) > cap(m.chunks[n-1]) {
		m.chunks = append(m.chunks, make([]byte, 0, max(memColdChunk, len(b))))
		n++
	}
	c := m.chunks[n-1]
	ref := int64(n-1)<<32 | int64(len(c))
	m.chunks[n-1] = append(c, b...)
	return ref, nil
}

// Get returns the bytes stored at ref.
func (m *MemCold) Get(ref int64, n int) ([]byte, error) {
	c, off := int(ref>>32), int(ref&(1<<32-1))
	if c < 0 || c >= len(m.chunks) || off+n > len(m.chunks[c]) {
		return nil, errors.New("no such packed features")
	}
	return m.chunks[c][off : off+n], nil
}
