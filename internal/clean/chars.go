package clean

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallaxhq/parallax"
)

// composeNFC puts s in Unicode normalisation form C. Text that is already
// NFC (nearly all news text) is returned as is with an empty (identity) map.
func composeNFC(s string) (string, parallax.OffsetMap) {
	if isNFC(s) {
		return s, nil
	}
	b := newBuilder(s, nil)
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		if norm.NFC.IsNormalString(seg) {
			b.copy(i, i+n)
		} else {
			b.replace(norm.NFC.String(seg), i, i+n)
		}
		i += n
	}
	return b.result()
}

// isNFC reports whether s is in NFC, as norm.NFC.IsNormalString does,
// reading runs of ASCII eight bytes at a time. ASCII is NFC, and nothing
// composes or reorders across an ASCII character (a starter that combines
// with nothing before it), so s is NFC when each stretch of other
// characters is, checked with the ASCII character before it.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		for i+8 <= len(s) && load8(s, i)&0x8080808080808080 == 0 {
			i += 8
		}
		for i < len(s) && s[i] < utf8.RuneSelf {
			i++
		}
		if i == len(s) {
			return true
		}
		a := max(i-1, 0)
		for i < len(s) && s[i] >= utf8.RuneSelf {
			i++
		}
		if !norm.NFC.IsNormalString(s[a:i]) {
			return false
		}
	}
	return true
}

// normalizeChars replaces odd white space by a plain space or line break,
// drops invisible characters (zero-width spaces, soft hyphens, byte order
// marks, direction marks, control characters) and turns "\r\n" and "\r" into
// "\n". Invalid UTF-8 bytes are dropped.
func normalizeChars(in string, src parallax.OffsetMap) (string, parallax.OffsetMap) {
	// Most texts have nothing to change: the builder (a copy of the
	// whole text) is made at the first change only.
	var b *builder
	run := 0 // start of the pending run of bytes copied unchanged
	flush := func(i int) {
		if b == nil {
			b = newBuilder(in, src)
		}
		b.copy(run, i)
	}
	for i := 0; i < len(in); {
		// Eight printable ASCII bytes at a time, the bulk of most texts.
		for i+8 <= len(in) && printable8(load8(in, i)) {
			i += 8
		}
		if i >= len(in) {
			break
		}
		c := in[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != 0x7f || c == '\n':
				i++
				continue
			case c == '\r':
				flush(i)
				if i+1 < len(in) && in[i+1] == '\n' {
					i++ // drop the \r of \r\n
				} else {
					b.replace("\n", i, i+1)
					i++
				}
				run = i
				continue
			case c == '\t' || c == '\v' || c == '\f':
				flush(i)
				b.replace(" ", i, i+1)
			default: // other control characters
				flush(i)
			}
			i++
			run = i
			continue
		}
		r, size := utf8.DecodeRuneInString(in[i:])
		rep, changed := normalRune(r, size)
		if !changed {
			i += size
			continue
		}
		flush(i)
		b.replace(rep, i, i+size)
		i += size
		run = i
	}
	if b == nil {
		return in, src
	}
	flush(len(in))
	return b.result()
}

// load8 reads the eight bytes of s from i on as a little-endian word.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printable8 reports whether the eight bytes of x are all printable
// ASCII (0x20 to 0x7e), which normalizeChars keeps as they are: no byte
// has its high bit set, none is below 0x20, none is 0x7f.
func printable8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x // high bit set where a byte < 0x20 (or ≥ 0x80)
	del := x ^ 0x7f*ones          // zero where a byte is 0x7f
	isDel := (del - ones) &^ del  // high bit set where a byte was 0x7f
	return (x|below|isDel)&highs == 0
}

// normalRune returns what rune r (of size bytes) becomes, and whether that
// differs from r.
func normalRune(r rune, size int) (string, bool) {
	switch {
	case r == utf8.RuneError && size == 1:
		return "", true
	case r == 0x85 || r == 0x2028: // next line, line separator
		return "\n", true
	case r == 0x2029: // paragraph separator
		return "\n\n", true
	case r >= 0x80 && r <= 0x9f: // C1 controls
		return "", true
	case r == 0xa0 || r == 0x1680 || r >= 0x2000 && r <= 0x200a || r == 0x202f || r == 0x205f || r == 0x3000:
		return " ", true
	case r == 0xad || r == 0x200b || r == 0x2060 || r == 0xfeff || r == 0x180e,
		r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		// Soft hyphen, zero-width space, word joiner, byte order mark,
		// Mongolian vowel separator, direction marks and embeddings: all
		// invisible, all break tokens. Zero-width joiners (U+200C, U+200D)
		// stay: they shape emoji and Persian or Indic script.
		return "", true
	}
	return "", false
}
