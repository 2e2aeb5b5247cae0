package ner

import (
	"strings"
	"testing"
)

func TestDropFurniture(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A stage direction alone in brackets.
		{"( Laughter . )", "O B-PER O O", "O O O O"},
		{"[ APPLAUSE ]", "O B-LOC O", "O O O"},
		// Not alone: a name in brackets stays.
		{"( Music by Lena Orr )", "O B-MISC O B-PER I-PER O", "O B-MISC O B-PER I-PER O"},
		// Not in brackets: a band or a film may be called so.
		{"Silence won the award", "B-MISC O O O", "B-MISC O O O"},
		// File names, alone or opening a tagged span.
		{"See attached file : Q3Margins.xls", "O O O O B-ORG", "O O O O O"},
		{"Report.pdf Tovar", "B-ORG I-ORG", "O B-ORG"},
		// Web addresses and abbreviations are no file names.
		{"Orvelo.com said", "B-ORG O", "B-ORG O"},
		{"U.S. forces", "B-LOC O", "B-LOC O"},
		{".pdf", "B-ORG", "B-ORG"},
		// Stretched words; a name in capitals, a doubled letter: kept.
		{"Soooo tasty !", "B-PER O O", "O O O"},
		{"Yesss Kelby won", "B-LOC I-LOC O", "O B-LOC O"},
		{"Super Bowl III", "B-MISC I-MISC I-MISC", "B-MISC I-MISC I-MISC"},
		{"AAA said", "B-ORG O", "B-ORG O"},
		{"Anna Tellechea", "B-PER I-PER", "B-PER I-PER"},
	} {
		words := strings.Fields(c.words)
		tags := strings.Fields(c.tags)
		dropFurniture(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
