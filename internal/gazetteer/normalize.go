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
			// Decomposed and folded in buffers on the stack when short:
			// one allocation, the result.
			var nfd, out [128]byte
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
			var nfd [128]byte
			f = appendFoldRunes(buf[:0], norm.NFD.AppendString(nfd[:0], name))
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
	n0 := len(dst)
	space := false
	emit := func(r rune) {
		if r == ' ' {
			space = len(dst) > n0
			return
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			emit(r)
		case r >= 'A' && r <= 'Z':
			emit(r + 'a' - 'A')
		case r == '\'' || r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == '`' || r == '´' || r == 'ʹ' || r == 'ʿ' || r == 'ʾ':
			// apostrophes mark aspiration or glottal stops in romanisations
			// and are dropped or kept at random by news writers.
		case r < utf8.RuneSelf:
			emit(' ')
		case unicode.Is(unicode.Mn, r):
		default:
			// Lower case first: some capitals have no decomposition while
			// their small letter is special (Ƒ → ƒ → f).
			lr := unicode.ToLower(r)
			if rep, ok := specialLetters[lr]; ok {
				for _, c := range rep {
					emit(c)
				}
			} else if d := norm.NFD.String(string(lr)); d != string(lr) {
				for _, c := range d {
					if !unicode.Is(unicode.Mn, c) {
						emit(c)
					}
				}
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				emit(lr)
			} else {
				emit(' ')
			}
		}
	}
	return dst
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
