package parse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// fullParse is the parse that scores every configuration with all of its
// features at once: the reference that parseInto, which looks up only the
// parts of the features a transition changed, must reproduce exactly.
func fullParse(p *Parser, words, upos, xpos []string) (heads, rels []int) {
	st := &state{}
	st.load(words, upos, xpos)
	scores := make([]float32, p.model.NClasses)
	for !st.c.terminal() {
		if len(st.c.stack) == 0 {
			st.c.apply(shift)
			continue
		}
		st.feats = p.features(st.feats[:0], &st.s, &st.c)
		clear(scores)
		p.model.Score(st.feats, scores)
		st.c.apply(bestValid(&st.c, scores))
	}
	return slices.Clone(st.c.heads[:len(words)]), slices.Clone(st.c.rels[:len(words)])
}

// TestFeatureParts checks, on every configuration the parser goes
// through on the demo corpus, that the parts of the stack and the buffer
// (with their groups) and the mixed part are together exactly the
// features of features.
func TestFeatureParts(t *testing.T) {
	if testing.Short() {
		t.Skip("demo corpus")
	}
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	configs := walkConfigs(p, taggedDemo(t), true, func(st *state, words []string) {
		all := p.features(nil, &st.s, &st.c)
		if len(all) > maxFeatures || maxFeatures*32768 >= 1<<23 {
			t.Fatalf("%d features, more than bestValidSum allows (%d)", len(all), maxFeatures)
		}
		parts := p.mixedFeatures(nil, &st.s, &st.c)
		for k, part := range partFeatures {
			parts = part(p, parts, &st.s, &st.c)
			for _, g := range partGroups[k] {
				key := p.groupKeyOf(g, &st.s, &st.c)
				parts = p.groupFeatures(parts, g, &key)
			}
		}
		slices.Sort(all)
		slices.Sort(parts)
		if !slices.Equal(all, parts) {
			t.Fatalf("%q: the parts (%d features) are not the features (%d)", words, len(parts), len(all))
		}
	})
	if configs == 0 {
		t.Fatal("no configuration checked")
	}
}

// TestPartsParseAsFull checks that parsing with the parts a transition
// leaves unchanged kept from one configuration to the next gives the
// same trees as scoring every configuration in full, on the demo corpus.
func TestPartsParseAsFull(t *testing.T) {
	if testing.Short() {
		t.Skip("demo corpus")
	}
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	checkParsesAsFull(t, p, &state{}, taggedDemo(t), "default memo")
}

// checkParsesAsFull parses every sentence of docs with st and fails at
// the first whose tree differs from fullParse's, or when there is no
// sentence; what names the state in the message.
func checkParsesAsFull(t *testing.T, p *Parser, st *state, docs []*parallax.Document, what string) {
	t.Helper()
	sentences := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			words, upos, xpos := tokenColumns(s)
			if len(words) == 0 {
				continue
			}
			heads, rels := fullParse(p, words, upos, xpos)
			p.parseInto(st, words, upos, xpos)
			if !slices.Equal(heads, st.c.heads[:len(words)]) || !slices.Equal(rels, st.c.rels[:len(words)]) {
				t.Fatalf("%s: %q: heads %v rels %v, full scoring gives %v %v", what, words, st.c.heads[:len(words)], st.c.rels[:len(words)], heads, rels)
			}
			sentences++
		}
	}
	if sentences == 0 {
		t.Fatal("no sentence parsed")
	}
}

// walkConfigs loads every sentence of docs and goes through the
// configurations that scoring each in full leads to, calling visit at each
// (with the sentence's words) and returning how many it visited. When
// skipEmpty, configurations with an empty stack, where only shift is
// possible, are shifted unvisited.
func walkConfigs(p *Parser, docs []*parallax.Document, skipEmpty bool, visit func(st *state, words []string)) int {
	st := &state{}
	configs := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			words, upos, xpos := tokenColumns(s)
			st.load(words, upos, xpos)
			for !st.c.terminal() {
				if skipEmpty && len(st.c.stack) == 0 {
					st.c.apply(shift)
					continue
				}
				visit(st, words)
				configs++
				st.c.apply(fullBest(p, st))
			}
		}
	}
	return configs
}

// tokenColumns are a tagged sentence's words and tags, as the parser
// takes them.
func tokenColumns(s parallax.Sentence) (words, upos, xpos []string) {
	for _, tk := range s.Tokens {
		words, upos, xpos = append(words, tk.Text), append(upos, tk.UPOS), append(xpos, tk.XPOS)
	}
	return words, upos, xpos
}
