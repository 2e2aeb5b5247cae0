package ner

import (
	"strings"
	"testing"
)

func TestPortfolioHolders(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"Minister of Education Ilka Varro said", "O O B-ORG I-ORG I-ORG O", "O O O B-PER I-PER O"},
		{"the Minister of Foreign Affairs Tomas Brel arrived", "O O O B-ORG I-ORG I-ORG I-ORG O", "O O O O O B-PER I-PER O"},
		{"Secretary of Health Dana Oru Pike", "O O B-ORG I-ORG I-ORG I-ORG", "O O O B-PER I-PER I-PER"},
		// Unchanged: the portfolio alone, one word after it, no title
		// before "of", a body that is no portfolio, a lower-case word.
		{"Minister of Education said", "O O B-ORG O", "O O B-ORG O"},
		{"Minister of Health Kovac said", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"Ministry of Education Ilka Varro", "O O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG"},
		{"Minister of Fisheries Ilka Varro", "O O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG"},
		{"Minister of Foreign Ilka Varro", "O O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG"},
		{"Minister of Health and Welfare", "O O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG"},
		{"of Health Ilka Varro", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		portfolioHolders(words, tags, Chunks(tags))
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}
