package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unsafe"
)

// magic starts every index file; the digit is the format version.
const magic = "PXGAZ3\n"

// Encode writes the gazetteer in the compact binary format that Decode
// reads, gzip-compressed.
func (g *Gazetteer) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := encoder{w: bw}
	e.bytes([]byte(magic))
	e.strings(g.features)
	e.strings(g.countries)
	e.strings(g.admin1s)
	var names bytes.Buffer
	offs := make([]uint32, len(g.entries))
	for i, en := range g.entries {
		offs[i] = uint32(names.Len())
		names.WriteString(en.Name)
	}
	e.u32(uint32(names.Len()))
	e.bytes(names.Bytes())
	e.u32(uint32(len(g.entries)))
	for i, en := range g.entries {
		e.u32(uint32(en.ID))
		e.u32(math.Float32bits(en.Lat))
		e.u32(math.Float32bits(en.Lon))
		e.u32(en.Population)
		e.u32(offs[i])
		e.u16(uint16(len(en.Name)))
		e.u16(en.Names)
		e.bytes([]byte{en.feature})
		e.u16(en.country)
		e.u16(en.admin1)
	}
	for _, k := range []*keyIndex{&g.exact, &g.skeleton, &g.common, &g.demonyms, &g.people} {
		e.keyIndex(k)
	}
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [4]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], v)
	e.bytes(e.buf[:4])
}
func (e *encoder) u16(v uint16) {
	binary.LittleEndian.PutUint16(e.buf[:], v)
	e.bytes(e.buf[:2])
}
func (e *encoder) uvarint(v uint32) {
	var b [binary.MaxVarintLen32]byte
	e.bytes(b[:binary.PutUvarint(b[:], uint64(v))])
}

// keyIndex writes the keys as one length byte each plus the blob, and the
// postings as varint counts and varint deltas: small numbers that gzip
// packs well and that decode fast.
func (e *encoder) keyIndex(k *keyIndex) {
	n := k.len()
	e.u32(uint32(n))
	e.u32(uint32(len(k.blob)))
	for i := 0; i < n; i++ {
		l := k.offs[i+1] - k.offs[i]
		if l > 255 {
			e.err = fmt.Errorf("key %q longer than 255 bytes", k.key(i))
			return
		}
		e.bytes([]byte{byte(l)})
	}
	e.bytes([]byte(k.blob))
	withPosts := len(k.poff) > 0
	if withPosts {
		e.bytes([]byte{1})
	} else {
		e.bytes([]byte{0})
		return
	}
	e.u32(uint32(len(k.posts)))
	for i := 0; i < n; i++ {
		ps := k.postings(i)
		e.uvarint(uint32(len(ps)))
		prev := uint32(0)
		for _, p := range ps {
			e.uvarint(p - prev)
			prev = p
		}
	}
}

func (e *encoder) strings(s []string) {
	e.u32(uint32(len(s)))
	for _, x := range s {
		e.u16(uint16(len(x)))
		e.bytes([]byte(x))
	}
}

// Decode reads a gazetteer written by Encode.
func Decode(r io.Reader) (*Gazetteer, error) { return decode(r, 0) }

// DecodeBytes reads a gazetteer written by Encode from memory. It reads
// the uncompressed size from the gzip trailer first, so the buffer is
// allocated once instead of grown and copied.
func DecodeBytes(b string) (*Gazetteer, error) {
	hint := 0
	if len(b) >= 18 {
		hint = int(binary.LittleEndian.Uint32([]byte(b[len(b)-4:])))
	}
	return decode(strings.NewReader(b), hint)
}

func decode(r io.Reader, sizeHint int) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer index: %w", err)
	}
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint < 1<<30 {
		buf.Grow(sizeHint + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("gazetteer index: %w", err)
	}
	raw := buf.Bytes()
	if len(raw) == 0 {
		return nil, errors.New("gazetteer index: empty")
	}
	// One string over the whole buffer: names and keys are substrings of
	// it, so loading allocates no string per name. The buffer is never
	// written again.
	d := decoder{b: raw, s: unsafe.String(&raw[0], len(raw))}
	if d.str(len(magic)) != magic {
		return nil, errors.New("gazetteer index: not a parallax gazetteer (bad magic)")
	}
	g := &Gazetteer{}
	g.features = d.strings()
	g.countries = d.strings()
	g.admin1s = d.strings()
	namesLen := int(d.u32())
	namesAt := d.at
	d.skip(namesLen)
	n := int(d.u32())
	if d.err == nil && n > len(raw)/27 {
		d.err = errors.New("entry count beyond the file size")
	}
	if d.err != nil {
		return nil, fmt.Errorf("gazetteer index: %w", d.err)
	}
	g.entries = make([]Entry, n)
	for i := range g.entries {
		en := &g.entries[i]
		en.ID = int32(d.u32())
		en.Lat = math.Float32frombits(d.u32())
		en.Lon = math.Float32frombits(d.u32())
		en.Population = d.u32()
		off, l := int(d.u32()), int(d.u16())
		en.Names = d.u16()
		en.feature = d.byte()
		en.country = d.u16()
		en.admin1 = d.u16()
		if d.err != nil {
			break
		}
		if off+l > namesLen || int(en.feature) >= len(g.features) || int(en.country) >= len(g.countries) {
			d.err = fmt.Errorf("entry %d out of range", i)
			break
		}
		en.Name = d.s[namesAt+off : namesAt+off+l]
	}
	for _, k := range []*keyIndex{&g.exact, &g.skeleton, &g.common, &g.demonyms, &g.people} {
		d.keyIndex(k, len(g.entries))
		if d.err == nil {
			k.index()
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("gazetteer index: %w", d.err)
	}
	return g, nil
}

type decoder struct {
	b   []byte
	s   string
	at  int
	err error
}

func (d *decoder) need(n int) bool {
	if d.err != nil {
		return false
	}
	if n < 0 || d.at+n > len(d.b) {
		d.err = errors.New("truncated")
		return false
	}
	return true
}
func (d *decoder) skip(n int) {
	if d.need(n) {
		d.at += n
	}
}
func (d *decoder) str(n int) string {
	if !d.need(n) {
		return ""
	}
	s := d.s[d.at : d.at+n]
	d.at += n
	return s
}
func (d *decoder) byte() uint8 {
	if !d.need(1) {
		return 0
	}
	d.at++
	return d.b[d.at-1]
}
func (d *decoder) u16() uint16 {
	if !d.need(2) {
		return 0
	}
	d.at += 2
	return binary.LittleEndian.Uint16(d.b[d.at-2:])
}
func (d *decoder) u32() uint32 {
	if !d.need(4) {
		return 0
	}
	d.at += 4
	return binary.LittleEndian.Uint32(d.b[d.at-4:])
}
func (d *decoder) uvarint() uint32 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.at:])
	if n <= 0 || v > math.MaxUint32 {
		d.err = errors.New("bad varint")
		return 0
	}
	d.at += n
	return uint32(v)
}

func (d *decoder) keyIndex(k *keyIndex, entries int) {
	n := int(d.u32())
	bl := int(d.u32())
	if !d.need(n) {
		return
	}
	lens := d.b[d.at : d.at+n]
	d.at += n
	k.blob = d.str(bl)
	if d.err != nil {
		return
	}
	k.offs = make([]uint32, n+1)
	off := uint32(0)
	for i, l := range lens {
		off += uint32(l)
		k.offs[i+1] = off
	}
	if int(off) != len(k.blob) {
		d.err = errors.New("key lengths do not add up to the blob")
		return
	}
	if d.byte() == 0 {
		return
	}
	np := int(d.u32())
	if d.err != nil || np > len(d.b) {
		d.err = errors.New("bad postings count")
		return
	}
	k.posts = make([]uint32, 0, np)
	k.poff = make([]uint32, n+1)
	for i := 0; i < n && d.err == nil; i++ {
		c := int(d.uvarint())
		prev := uint32(0)
		for j := 0; j < c && d.err == nil; j++ {
			prev += d.uvarint()
			if int(prev) >= entries {
				d.err = errors.New("posting beyond the entries")
			}
			k.posts = append(k.posts, prev)
		}
		k.poff[i+1] = uint32(len(k.posts))
	}
}

func (d *decoder) strings() []string {
	n := int(d.u32())
	if d.err != nil || n > len(d.b) {
		d.err = errors.New("bad string table")
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str(int(d.u16()))
	}
	return out
}
