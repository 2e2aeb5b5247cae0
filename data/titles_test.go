package data

import (
	"strings"
	"testing"
	"unicode"
)

func TestTitles(t *testing.T) {
	titles, err := Titles()
	if err != nil {
		t.Fatal(err)
	}
	byWord := map[string]Title{}
	for _, tt := range titles {
		byWord[tt.Word] = tt
		for _, b := range tt.Before {
			// A form before a name is the word capitalised, with its
			// abbreviation dot: the NER compares it with the token.
			r := []rune(b)
			if !unicode.IsUpper(r[0]) || strings.ToLower(strings.ReplaceAll(b, ".", "")) != tt.Word {
				t.Errorf("%s: before-name form %q is not the word capitalised", tt.Word, b)
			}
		}
		if tt.Full != "" && tt.Full == tt.Word {
			t.Errorf("%s: abbreviates itself", tt.Word)
		}
	}
	for _, c := range []struct {
		word, kind, full string
		before           []string
		has, hasNot      string
	}{
		{"gen", "rank", "general", []string{"Gen."}, "state", "possessed"},
		{"mr", "courtesy", "mister", []string{"Mr.", "Mr"}, "prefix", "official"},
		{"spokesman", "role", "", []string{"Spokesman"}, "possessed", "state"},
		{"pm", "office", "prime minister", nil, "capitals", "official"},
		{"major", "rank", "", nil, "official", "prefix"},
	} {
		tt, ok := byWord[c.word]
		if !ok {
			t.Errorf("%s: not read", c.word)
			continue
		}
		if tt.Kind != c.kind || tt.Full != c.full || strings.Join(tt.Before, "|") != strings.Join(c.before, "|") {
			t.Errorf("%s: got %+v", c.word, tt)
		}
		if !tt.Has(c.has) || tt.Has(c.hasNot) {
			t.Errorf("%s: flags %v, want %s and not %s", c.word, tt.Flags, c.has, c.hasNot)
		}
	}
}

func TestParseTitlesErrors(t *testing.T) {
	for _, raw := range []string{
		"gen\trank\tgeneral\tGen.\n",               // four columns
		"Gen\trank\t-\t-\t-\n",                     // not lower case
		"gen\trank\t-\t-\t-\ngen\trank\t-\t-\t-\n", // twice
		"gen\tranks\t-\t-\t-\n",                    // unknown kind
		"gen\trank\t-\t-\tofficial,stat\n",         // unknown flag
	} {
		if _, err := parseTitles(raw); err == nil {
			t.Errorf("%q: no error", raw)
		}
	}
	got, err := parseTitles("# comment\n\nlt-gen\trank\tlieutenant-general\tLt.-Gen.\t-\r\n")
	if err != nil || len(got) != 1 || got[0].Full != "lieutenant-general" || got[0].Flags != nil || got[0].Before[0] != "Lt.-Gen." {
		t.Errorf("got %+v, %v", got, err)
	}
}
