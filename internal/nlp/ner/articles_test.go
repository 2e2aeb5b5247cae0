package ner

import (
	"strings"
	"testing"
)

func TestTrimArticles(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"A Defence Ministry spokesman said", "B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		{"The Ministry of Defence said", "B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"An Army spokesman", "B-ORG I-ORG O", "O B-ORG O"},
		{"The Korvan Accord", "B-MISC I-MISC I-MISC", "O B-MISC I-MISC"},
		// Places, persons, lower-case articles, an article alone:
		// unchanged.
		{"The Hague", "B-LOC I-LOC", "B-LOC I-LOC"},
		{"A Qiang said", "B-PER I-PER O", "B-PER I-PER O"},
		{"in the Ministry", "O B-ORG I-ORG", "O B-ORG I-ORG"},
		{"The said", "B-ORG O", "B-ORG O"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		trimArticles(words, tags, Chunks(tags))
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}
