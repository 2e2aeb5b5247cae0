package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the lookup key of a place name: lower case, diacritics
// removed, letters that NFD does not decompose (ə, ı, ø, ß...) spelled in
// ASCII the way news romanises them, apostrophes and modifier letters
// dropped (K’arvachar, Tʻartʻar), every other run of non-letters one space.
// Two spellings that differ only in accents or punctuation share a key.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// Folded in a buffer on the stack when short (one
			// allocation, the result), decomposed only when
			// appendFoldTable cannot fold it alone.
			var out [128]byte
			if f, ok := appendFoldTable(out[:0], s); ok {
				return string(f)
			}
			var nfd [128]byte
			return string(appendFoldRunes(out[:0], norm.NFD.AppendString(nfd[:0], s)))
		}
	}
	return foldASCII(s)
}

// foldASCII is Fold of an ASCII string, byte by byte: most names and
// words the geoparser folds are ASCII, and many are keys already (lower
// case letters and digits, single spaces inside), which it returns as
// they are. FuzzFoldASCII checks it against foldRunes.
func foldASCII(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
			c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' '
	}
	if clean {
		return s
	}
	return string(appendFoldASCII(make([]byte, 0, len(s)), s))
}

// appendFoldASCII appends Fold of the ASCII string s to b.
func appendFoldASCII(b []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' || c == '`':
			continue
		default:
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return b
}

// FoldedNameIs reports whether name, as written, folds to key, with or
// without a leading Arabic article: Fold(name) == key ||
// StripArticle(Fold(name)) == key. The geoparser asks it of every
// candidate entry's preferred name, most of them ASCII, which it folds
// here on the stack instead of in a new string each.
func FoldedNameIs(name, key string) bool {
	var buf [64]byte
	var f []byte
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			var ok bool
			if f, ok = appendFoldTable(buf[:0], name); !ok {
				var nfd [128]byte
				f = appendFoldRunes(buf[:0], norm.NFD.AppendString(nfd[:0], name))
			}
			break
		}
	}
	if f == nil {
		f = appendFoldASCII(buf[:0], name)
	}
	if string(f) == key {
		return true
	}
	for _, a := range arabicArticles {
		if len(f) > len(a)+2 && string(f[:len(a)]) == a {
			return string(f[len(a):]) == key
		}
	}
	return false
}

// foldRunes is Fold of a string in NFD (any string when ASCII).
func foldRunes(s string) string {
	return string(appendFoldRunes(make([]byte, 0, len(s)), []byte(s)))
}

// appendFoldRunes appends foldRunes of s (in NFD) to dst.
func appendFoldRunes(dst, s []byte) []byte {
	n0, space := len(dst), false
	var buf [8]rune
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		for _, e := range foldEmits(buf[:0], r) {
			dst, space = emit(dst, n0, space, e)
		}
	}
	return dst
}

// emit writes e to dst, of which the first n0 bytes are not the fold's,
// as a fold writes what foldEmits gives: a space makes a space due
// (space) when the fold has written something, which the next rune
// writes first, so that runs of non-letters are one space and there is
// none at either end.
func emit(dst []byte, n0 int, space bool, e rune) ([]byte, bool) {
	if e == ' ' {
		return dst, len(dst) > n0
	}
	if space {
		dst = append(dst, ' ')
	}
	return utf8.AppendRune(dst, e), false
}

// foldEmits appends to dst what the fold of r, a rune of a string in NFD,
// writes (a space for a space due): the same whatever came before r.
func foldEmits(dst []rune, r rune) []rune {
	switch {
	case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		return append(dst, r)
	case r >= 'A' && r <= 'Z':
		return append(dst, r+'a'-'A')
	case r == '\'' || r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == '`' || r == '´' || r == 'ʹ' || r == 'ʿ' || r == 'ʾ':
		// apostrophes mark aspiration or glottal stops in romanisations
		// and are dropped or kept at random by news writers.
		return dst
	case r < utf8.RuneSelf:
		return append(dst, ' ')
	case unicode.Is(unicode.Mn, r):
		return dst
	}
	// Lower case first: some capitals have no decomposition while
	// their small letter is special (Ƒ → ƒ → f).
	lr := unicode.ToLower(r)
	if rep, ok := specialLetters[lr]; ok {
		for _, c := range rep {
			dst = append(dst, c)
		}
	} else if d := norm.NFD.String(string(lr)); d != string(lr) {
		for _, c := range d {
			if !unicode.Is(unicode.Mn, c) {
				dst = append(dst, c)
			}
		}
	} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
		dst = append(dst, lr)
	} else {
		dst = append(dst, ' ')
	}
	return dst
}

// appendFoldTable appends Fold of s to dst when every rune of s is in
// the tables of foldTable (ASCII, the Latin letters, the punctuation of
// news: the names of the gazetteer and the words of news nearly always
// are), without decomposing s; ok is false otherwise, and the caller
// folds the NFD of s. The geoparser folds the preferred name of every
// candidate place it weighs, and decomposing a non-ASCII name cost about
// 2,500 instructions and an allocation.
func appendFoldTable(dst []byte, s string) (_ []byte, ok bool) {
	n0, space := len(dst), false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		f, ok := foldTable(r)
		if !ok {
			return dst, false
		}
		for _, e := range f {
			dst, space = emit(dst, n0, space, e)
		}
		i += size
	}
	return dst, true
}

// foldTable returns what the fold of the NFD of r writes (foldEmits of
// each of its runes), when r is in the tables.
func foldTable(r rune) (string, bool) {
	switch {
	case r < rune(len(latinFolds)):
		f := &latinFolds[r]
		return f.emits, f.ok
	case r >= punctuationStart && r < punctuationStart+rune(len(punctuationFolds)):
		f := &punctuationFolds[r-punctuationStart]
		return f.emits, f.ok
	}
	return "", false
}

// A runeFold is what the fold of a rune's NFD writes (foldTable).
type runeFold struct {
	emits string
	ok    bool
}

// The tables of foldTable: the runes below 0x250 (ASCII, Latin-1 and the
// Latin Extended letters) and the General Punctuation block (dashes,
// curly quotes, ellipses). A rune is in them when NFD decomposes it
// alone: it is a starter (canonical combining class 0) and so is the
// first rune of its decomposition. The NFD of a string of such runes is
// then their decompositions one after the other, since canonical
// reordering moves marks only within a run of marks, and every run is
// one rune's; and the fold writes for each rune what it writes for that
// rune alone (foldEmits), so the table's folds, written one after the
// other, are the fold of the string's NFD.
const punctuationStart = 0x2000

var (
	latinFolds       = runeFolds(0, 0x250)
	punctuationFolds = runeFolds(punctuationStart, 0x2070)
)

func runeFolds(from, to rune) []runeFold {
	t := make([]runeFold, to-from)
	for r := from; r < to; r++ {
		p := norm.NFD.PropertiesString(string(r))
		if p.CCC() != 0 || p.LeadCCC() != 0 || !utf8.ValidRune(r) {
			continue
		}
		var emits []rune
		for _, d := range norm.NFD.String(string(r)) {
			emits = foldEmits(emits, d)
		}
		t[r-from] = runeFold{emits: string(emits), ok: true}
	}
	return t
}

// specialLetters spells in ASCII the Latin letters that Unicode does not
// decompose into a base letter and a mark.
var specialLetters = map[rune]string{
	'ə': "a", 'Ə': "a", 'ǝ': "a", 'Ǝ': "a", 'ı': "i", 'İ': "i", 'ø': "o", 'Ø': "o",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'đ': "d", 'Đ': "d",
	'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
	'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t", 'ƒ': "f", 'ɨ': "i", 'ʃ': "sh", 'ŋ': "ng",
}

// foldWithLetters is Fold, except that the Turkic and Slavic letters whose
// English spelling takes two letters (ş → sh, ç → ch, ğ → gh, ž → zh, č → ch,
// š → sh) are spelled so. Names are indexed under both keys, because
// GeoNames' ASCII names drop the mark (Şuşa → Susa) while news writes
// Shusha.
func foldWithLetters(s string) string {
	if !strings.ContainsAny(s, "şŞçÇğĞžŽčČšŠșȘțȚ") {
		return Fold(s)
	}
	r := strings.NewReplacer("ş", "sh", "Ş", "Sh", "ç", "ch", "Ç", "Ch", "ğ", "gh", "Ğ", "Gh",
		"ž", "zh", "Ž", "Zh", "č", "ch", "Č", "Ch", "š", "sh", "Š", "Sh", "ș", "sh", "Ș", "Sh", "ț", "ts", "Ț", "Ts")
	return Fold(r.Replace(s))
}

// Skeleton reduces a folded key to the consonant frame that survives the
// romanisation families of conflict news: Azerbaijani Latin, Russian-based
// and Armenian-based spellings (Kelbajar/Kalbajar, Fizuli/Fuzuli,
// Basarkecher/Basargechar, Khachaturian/Khachaturyan, Xankendi/Khankendi).
// Every vowel (and y) becomes a, g/k/q merge, kh/x/h merge, j/dzh/dj/zh/c
// merge, sh/s and ch/tch/tsch merge, w/v merge, and doubled letters
// collapse. It is lossy on purpose: a skeleton match is only a candidate
// that the resolver weighs below an exact match.
func Skeleton(key string) string {
	b := make([]byte, 0, len(key))
	var last byte
	put := func(c byte) {
		if c != last || c == ' ' && last != ' ' {
			b = append(b, c)
		}
		last = c
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		next := func(k int) byte {
			if i+k < len(key) {
				return key[i+k]
			}
			return 0
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			put('a')
		case 'g', 'k', 'q':
			if next(1) == 'h' {
				// gh, kh: Ghazni/Gazni, Khankendi/Hankendi
				if c == 'k' {
					put('h')
				} else {
					put('k')
				}
				i++
				continue
			}
			put('k')
		case 'x':
			put('h')
		case 'c':
			if next(1) == 'h' {
				put('C')
				i++
				continue
			}
			if next(1) == 'k' {
				put('k')
				i++
				continue
			}
			put('j')
		case 't':
			if next(1) == 'c' && next(2) == 'h' {
				put('C')
				i += 2
				continue
			}
			if next(1) == 's' && next(2) == 'c' && next(3) == 'h' {
				put('C')
				i += 3
				continue
			}
			if next(1) == 's' && next(2) == 'h' {
				put('C')
				i += 2
				continue
			}
			put('t')
		case 'd':
			if next(1) == 'z' && next(2) == 'h' {
				put('j')
				i += 2
				continue
			}
			if next(1) == 'j' {
				put('j')
				i++
				continue
			}
			put('d')
		case 'z':
			if next(1) == 'h' {
				put('j')
				i++
				continue
			}
			put('z')
		case 's':
			if next(1) == 'h' {
				i++
			}
			if next(1) == 'c' && next(2) == 'h' {
				i += 2
			}
			put('s')
		case 'w':
			put('v')
		case 'p':
			if next(1) == 'h' {
				put('f')
				i++
				continue
			}
			put('p')
		case 'h':
			// A final h after a vowel is the Arabic ta marbuta, written
			// or not (Raqqah/Raqqa, Amarah/Amara).
			if last == 'a' && (i+1 == len(key) || key[i+1] == ' ') {
				continue
			}
			put('h')
		case ' ', '-':
			put(' ')
		default:
			put(c)
		}
	}
	return string(b)
}
