package clean

import (
	"sort"
	"unsafe"

	"github.com/parallaxhq/parallax"
)

// builder writes a cleaned text piece by piece and records where each piece
// came from. Pieces are taken from an input text (in) that itself maps to the
// article body through src, so that the passes of the cleaner compose into
// one map from cleaned offsets to body offsets.
type builder struct {
	out []byte
	m   parallax.OffsetMap
	src parallax.OffsetMap // input offsets → body offsets; empty is the identity
	in  string
}

func newBuilder(in string, src parallax.OffsetMap) *builder {
	return &builder{out: make([]byte, 0, len(in)), src: src, in: in}
}

// anchor makes the next byte written map to body offset orig.
func (b *builder) anchor(orig int) {
	c := len(b.out)
	if n := len(b.m); n > 0 {
		last := b.m[n-1]
		if last.Orig+c-last.Clean == orig {
			return
		}
		if last.Clean == c {
			b.m[n-1].Orig = orig
			return
		}
	} else if orig == c {
		return // still the identity
	}
	b.m = append(b.m, parallax.OffsetAnchor{Clean: c, Orig: orig})
}

// copy appends in[s:e], mapping every byte to the body byte it came from.
func (b *builder) copy(s, e int) {
	if s >= e {
		return
	}
	if len(b.src) == 0 {
		b.anchor(s)
		b.out = append(b.out, b.in[s:e]...)
		return
	}
	// Split the piece at the anchors of src that fall inside it.
	i := sort.Search(len(b.src), func(i int) bool { return b.src[i].Clean > s })
	pos := s
	for pos < e {
		next := e
		if i < len(b.src) && b.src[i].Clean < e {
			next = b.src[i].Clean
		}
		b.anchor(b.src.Original(pos))
		b.out = append(b.out, b.in[pos:next]...)
		pos = next
		i++
	}
}

// replace appends text that stands for in[s:e] (a normalised character, a
// separator). Its bytes map onto the body from the origin of s on; bytes
// beyond the length of the replaced input map to its last byte, so that the
// map never runs past what follows.
func (b *builder) replace(text string, s, e int) {
	if text == "" {
		return
	}
	orig := b.origin(s)
	span := b.origin(e) - orig
	if span < 1 {
		span = 1
	}
	if len(text) <= span {
		b.anchor(orig)
		b.out = append(b.out, text...)
		return
	}
	b.anchor(orig)
	b.out = append(b.out, text[:span]...)
	for k := span; k < len(text); k++ {
		b.anchor(orig + span - 1)
		b.out = append(b.out, text[k])
	}
}

// origin is the body offset of input offset s.
func (b *builder) origin(s int) int {
	if len(b.src) == 0 {
		return s
	}
	return b.src.Original(s)
}

// last returns the last byte written, or 0.
func (b *builder) last() byte {
	if len(b.out) == 0 {
		return 0
	}
	return b.out[len(b.out)-1]
}

// result returns the text written and its map. The text shares the
// builder's bytes rather than copying them (as strings.Builder does): the
// builder is dropped after result and its bytes never change again.
func (b *builder) result() (string, parallax.OffsetMap) {
	if len(b.out) == 0 {
		return "", b.m
	}
	return unsafe.String(unsafe.SliceData(b.out), len(b.out)), b.m
}

// unwrite takes back the last n bytes written.
func (b *builder) unwrite(n int) {
	if n > len(b.out) {
		n = len(b.out)
	}
	b.out = b.out[:len(b.out)-n]
	for len(b.m) > 0 && b.m[len(b.m)-1].Clean > len(b.out) {
		b.m = b.m[:len(b.m)-1]
	}
}
