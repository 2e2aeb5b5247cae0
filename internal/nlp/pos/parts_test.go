package pos

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/segment"
)

// TestFeatureParts checks that the word features and the context features
// of a word are together exactly its left-to-right features, for every
// word of the demo corpus and several histories.
func TestFeatureParts(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var ctx sentenceContext
	words := 0
	for _, sent := range demoSentences(t) {
		ctx.reset(sent, tg.lex)
		for i := range sent {
			for _, p := range [][2]uint64{{hashStart, hashStart}, {tg.lex.nameHash[0], hashStart}, {tg.lex.nameHash[1], tg.lex.nameHash[2]}} {
				all := ctx.features(nil, i, p[0], p[1], false)
				parts := ctx.contextFeatures(ctx.wordFeatures(nil, i), i, p[0], p[1])
				slices.Sort(all)
				slices.Sort(parts)
				if !slices.Equal(all, parts) {
					t.Fatalf("%q word %d: the parts (%d features) are not the features (%d)", sent, i, len(parts), len(all))
				}
			}
			words++
		}
	}
	if words == 0 {
		t.Fatal("no word checked")
	}
}

// TestTagAsScoredInFull checks that tagging with the word features' sums
// kept from one occurrence of a word to the next gives the tags that
// scoring all of every word's features gives, on the demo corpus.
func TestTagAsScoredInFull(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	st := &state{}
	ref := &state{}
	words := 0
	for _, sent := range demoSentences(t) {
		got := slices.Clone(tg.tagInto(st, sent))
		want := fullTag(tg, ref, sent)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: classes %v, full scoring gives %v", sent, got, want)
		}
		words += len(sent)
	}
	if words == 0 {
		t.Fatal("no word tagged")
	}
}

// A full memo keeps its frequent words with their sums: tagging stays
// exactly as scored in full across the memo filling up, again and again,
// with a run of words met once before each demo sentence.
func TestTagAcrossFullMemo(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	st := &state{}
	ref := &state{}
	kept, filler := 0, 0
	for k, sent := range demoSentences(t) {
		if len(st.ctx.memo) >= memoMax {
			st.ctx.reset(nil, tg.lex)
			sums := 0
			for _, w := range st.ctx.memos {
				if w.part[0] >= 0 {
					sums++
				}
			}
			if len(st.ctx.memo) > memoMax/2 || sums == 0 {
				t.Fatalf("sentence %d: the full memo kept %d words, %d with sums", k, len(st.ctx.memo), sums)
			}
			kept++
		}
		once := make([]string, 50)
		for i := range once {
			once[i] = fmt.Sprintf("Zq%d", filler)
			filler++
		}
		tg.tagInto(st, once)
		got := slices.Clone(tg.tagInto(st, sent))
		if want := fullTag(tg, ref, sent); !slices.Equal(got, want) {
			t.Fatalf("%q: classes %v, full scoring gives %v", sent, got, want)
		}
	}
	if kept < 2 {
		t.Fatalf("the memo filled %d times", kept)
	}
}

// demoSentences is the demo corpus, segmented, as lists of words.
func demoSentences(t testing.TB) [][]string {
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, a := range arts {
		for _, s := range segment.Segment(a.Body) {
			var words []string
			for _, tk := range s.Tokens {
				words = append(words, a.Body[tk.Start:tk.End])
			}
			if len(words) > 0 {
				out = append(out, words)
			}
		}
	}
	return out
}

// fullTag is tagInto as it was before the word features' sums were kept:
// every word scored with all of its features at once.
func fullTag(t *Tagger, st *state, words []string) []int32 {
	st.ctx.reset(words, t.lex)
	nc := t.model.NClasses
	scores := make([]float32, nc)
	sums := make([]float32, len(words)*nc)
	margins := make([]float32, len(words))
	var classes []int32
	bidi := t.lex.bidirectional
	p1, p2 := hashStart, hashStart
	for i := range words {
		c := st.ctx.sure[i]
		margins[i] = inf32
		if c < 0 {
			st.feats = st.ctx.features(st.feats[:0], i, p1, p2, false)
			sc := scores
			if bidi {
				sc = sums[i*nc : (i+1)*nc]
			} else {
				clear(sc)
			}
			t.model.Score(st.feats, sc)
			c = int32(argmax(sc))
			if bidi {
				margins[i] = margin(sc, c)
			}
		}
		classes = append(classes, c)
		p2, p1 = p1, t.lex.nameHash[c]
	}
	if !bidi {
		return classes
	}
	p1, p2 = hashStart, hashStart
	for i := len(words) - 1; i >= 0; i-- {
		c := classes[i]
		if margins[i] < t.lex.recheck {
			st.feats = st.ctx.features(st.feats[:0], i, p1, p2, true)
			clear(scores)
			t.model.Score(st.feats, scores)
			c = int32(argmax(scores))
			sum := sums[i*nc : (i+1)*nc]
			for k, v := range scores {
				sum[k] += v
			}
			classes[i] = int32(argmax(sum))
		}
		p2, p1 = p1, t.lex.nameHash[c]
	}
	return classes
}
