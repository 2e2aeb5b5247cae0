package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestFigureAt: digits of one or two figures and number words are figures,
// the same value either way ("twenty-two (22)"), a ten joined to a unit by
// a hyphen is one; a list's marker, a date's day and a clock time are not.
func TestFigureAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int
	}{
		{"Twenty-two (22) detainees were set free.", []int{22, 22}},
		{"Forty-five (45) houses burned, and nine (9) shops.", []int{45, 45, 9, 9}},
		{"the toll rose to 12 and forty were hurt", []int{12, 40}},
		{"1. In the early hours of Tuesday 4 August, a patrol stopped two boats.", []int{2}},
		{"Intro line\n2) The forces regained control at 09:00 on 15 November.", nil},
		{"Prices rose 3.7% in May, against a target of 3.5%.", []int{3, 7, 3, 5}},
		{"The convoy of 120 trucks left at dawn.", nil},
	} {
		var words []word
		scanWords(c.text, nil, func(w word) { words = append(words, w) })
		var got []int
		for i := 0; i < len(words); i++ {
			if v, n, ok := figureAt(c.text, words, i); ok {
				got = append(got, v)
				i += n - 1
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: figures %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRendersFigures: a relay and a translation-like rendering of one
// statement (other words, the same figures, the same day) render it; own
// reporting that repeats one figure, a story that adds the other party's
// words, a second statement two days on and texts that share two of three
// figures do not.
func TestRendersFigures(t *testing.T) {
	const wire = `KERVA - The interior ministry said on Friday that two people were killed and 19 police officers were hurt in riots in the Salm district, and that 63 suspects had been detained.

The ministry said rioters had set fire to the district's town hall and a fuel station, and that an inquiry had been opened by the prosecutor.

Minister Adil Harun said the unrest had been stirred up by parties seeking to exploit the price of bread.`
	const rendering = `The Ministry of the Interior informs the public that on Thursday, rioters set fire to the town hall and a fuel station in the Salm district.

The provisional toll is two (02) dead. Nineteen (19) police officers were hurt. Sixty-three (63) suspects were detained.

The prosecutor has opened an inquiry. The Ministry calls on citizens to refuse the manipulation of parties who exploit the price of bread.`
	const own = `KERVA - Shopkeepers in Salm swept up glass on Friday after riots over the price of bread burned the district's town hall.

Doctors said two young men had died and that 19 people were still being treated, among them police officers hurt by stones.

Residents said the police fired tear gas into side streets until dawn, and that the town hall had been set on fire by rioters.`
	const partial = `KERVA - The interior ministry said two people were killed and 19 police officers were hurt in riots in the Salm district, and that 40 suspects had been detained.

The ministry said rioters had set fire to the district's town hall and a fuel station, and that an inquiry had been opened by the prosecutor.

Minister Adil Harun said the unrest had been stirred up by parties seeking to exploit the price of bread.`
	ix := NewIndex(DefaultOptions())
	feat := func(text string, sides ...string) *feats { return renderingFeats(ix, text, "", sides...) }
	day := func(d int32) *article { return &article{pub: 20000 + d} }
	for _, c := range []struct {
		name       string
		a, b       *feats
		dayA, dayB int32
		want       bool
	}{
		{"relay and rendering", feat(wire, "XA"), feat(rendering, "XB"), 0, 0, true},
		{"rendering the next day", feat(wire, "XA"), feat(rendering), 0, 1, true},
		{"rendering two days on", feat(wire, "XA"), feat(rendering), 0, 2, false},
		{"own reporting", feat(wire, "XA"), feat(own), 0, 0, false},
		{"two parties' words", feat(wire, "XA", "XC"), feat(rendering, "XA"), 0, 0, false},
		{"one figure of two", feat(partial, "XA"), feat(rendering, "XA"), 0, 0, false},
	} {
		c.a.prof.decode(&ix.profA)
		if _, got := ix.rendersFigures(day(c.dayA), day(c.dayB), c.a, c.b); got != c.want {
			t.Errorf("%s: renders %v, want %v", c.name, got, c.want)
		}
	}
}

// TestStatementPlacesNear: two statements' places agree within the
// distance; their datelines' towns count only where one text names no
// place but its dateline's.
func TestStatementPlacesNear(t *testing.T) {
	quito, guayaquil, esmeraldas := point{-0.23, -78.52}, point{-2.20, -79.89}, point{0.96, -79.65}
	for _, c := range []struct {
		name string
		a, b feats
		want bool
	}{
		{"one bureau, two cities", feats{points: []point{quito, guayaquil}, bureau: 1}, feats{points: []point{quito, esmeraldas}, bureau: 1}, false},
		{"one bureau, one city", feats{points: []point{quito, guayaquil}, bureau: 1}, feats{points: []point{guayaquil}}, true},
		{"a dateline alone meets the other's bureau", feats{points: []point{quito}, bureau: 1}, feats{points: []point{quito, esmeraldas}, bureau: 1}, true},
		{"a dateline alone far from the other's places", feats{points: []point{guayaquil}, bureau: 1}, feats{points: []point{esmeraldas}}, false},
		{"no places on one side", feats{}, feats{points: []point{esmeraldas}}, true},
	} {
		if got := statementPlacesNear(&c.a, &c.b, 25); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// renderingFeats makes the features the rendering tests compare: the
// text's profile and figures, the issuer's stems when one is given (a
// statement titled with its issuer), and the sides of its speakers.
func renderingFeats(ix *Index, text, issuer string, sides ...string) *feats {
	f := &feats{prof: ix.encodeProfile(&parallax.Document{Text: text}), nums: textNumbers(text)}
	if issuer != "" {
		f.issuer = ix.stemSet(issuer)
	}
	for _, s := range sides {
		f.speakers = append(f.speakers, ix.intern(s))
	}
	return f
}
