package words

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/data"
)

// ReadTSV reads an embedded lexicon file of data/lexicon (name without the
// folder): its non-empty lines that do not start with "#", split at tabs.
// Every line must have at least minFields fields.
func ReadTSV(name string, minFields int) ([][]string, error) {
	f, err := data.Lexicon.Open("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) < minFields {
			return nil, fmt.Errorf("lexicon %s line %d: want %d tab-separated fields, got %d", name, line, minFields, len(fs))
		}
		rows = append(rows, fs)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return rows, nil
}

// Sides finds the names and demonyms of parties in words ("Azerbaijani",
// "Republic of Armenia", "NATO") and gives their side codes. It is read-only
// after LoadSides and safe for concurrent use.
type Sides struct {
	entries map[string]sideEntry // lower-case words joined by one space
	maxLen  int                  // most words in an entry
	// firsts gives, for each first word of an entry, the most words of
	// the entries that start with it: most words start none.
	firsts map[string]int
}

type sideEntry struct {
	side    string
	acronym string // the exact spelling an all-capital entry must have ("US")
}

// LoadSides reads countries.tsv and sides.tsv.
func LoadSides() (*Sides, error) {
	s := &Sides{entries: map[string]sideEntry{}, firsts: map[string]int{}}
	for _, name := range []string{"sides.tsv", "countries.tsv"} {
		rows, err := ReadTSV(name, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			s.add(r[0], r[1])
			if strings.ToUpper(r[0]) != r[0] && !strings.HasSuffix(r[0], "s") {
				s.add(r[0]+"s", r[1]) // "Armenians", "Azerbaijanis"
			}
		}
	}
	return s, nil
}

// Add adds a name of a party with its side: the event stage adds the armed
// groups of the actor knowledge base.
func (s *Sides) Add(name, side string) { s.add(name, side) }

func (s *Sides) add(name, side string) {
	ws := Scan(name, parallax.Span{End: len(name)})
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = w.Lower
	}
	k := strings.Join(keys, " ")
	if _, ok := s.entries[k]; ok {
		return
	}
	e := sideEntry{side: side}
	if isAcronym(name) {
		e.acronym = name
	}
	s.entries[k] = e
	if len(ws) > s.maxLen {
		s.maxLen = len(ws)
	}
	if len(ws) > s.firsts[keys[0]] {
		s.firsts[keys[0]] = len(ws)
	}
}

// At returns the side named by the longest entry that starts at ws[i] and
// the number of words it covers, or "", 0. Names must be capitalised as
// names are ("us" is not the United States).
func (s *Sides) At(ws []Word, i int) (string, int) {
	if i >= len(ws) || !startsUpper(ws[i].Text) {
		return "", 0
	}
	// "ISIL-held", "Russian-controlled": held by that party.
	if k := strings.LastIndexByte(ws[i].Lower, '-'); k > 0 && heldSuffixes[ws[i].Lower[k+1:]] {
		w := ws[i]
		w.Text, w.Lower = w.Text[:k], w.Lower[:k]
		if side, n := s.At([]Word{w}, 0); n == 1 {
			return side, 1
		}
	}
	longest := s.firsts[ws[i].Lower]
	// The key of n words is built in a buffer on the stack, and looked up
	// without making it a string: the event and quantity stages ask about
	// every capitalised word, and a string per word was most of the cost.
	var arr [64]byte
	for n := min(longest, len(ws)-i); n >= 1; n-- {
		b := arr[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				b = append(b, ' ')
			}
			b = append(b, ws[k].Lower...)
		}
		e, ok := s.entries[string(b)]
		if !ok {
			continue
		}
		if e.acronym != "" && ws[i].Text != e.acronym {
			continue
		}
		return e.side, n
	}
	return "", 0
}

// heldSuffixes make "X-held" name what X holds ("Iranian-flagged boats":
// the boats are of the state whose flag they fly).
var heldSuffixes = map[string]bool{"held": true, "controlled": true, "owned": true, "operated": true, "occupied": true, "flagged": true}

// Len is the number of names known.
func (s *Sides) Len() int { return len(s.entries) }

func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func isAcronym(t string) bool {
	up := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up > 0
}

// Plurals returns a noun phrase and the plural form of its last word
// (+s, +es after s/x/ch/sh, a consonant's y → ies, -man → -men), the forms under which
// the item vocabulary is looked up by every stage that reads it.
func Plurals(p string) []string {
	last := p[strings.LastIndexAny(p, " ")+1:]
	stem := p[:len(p)-len(last)]
	switch {
	case strings.HasSuffix(last, "man") && last != "man":
		return []string{p, stem + strings.TrimSuffix(last, "man") + "men"}
	case len(last) > 1 && last[len(last)-1] == 'y' && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		// A consonant before the y ("battery"); after a vowel the y stays
		// ("convoy", "day").
		return []string{p, stem + strings.TrimSuffix(last, "y") + "ies"}
	case strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh"):
		return []string{p, stem + last + "es"}
	}
	return []string{p, stem + last + "s"}
}
