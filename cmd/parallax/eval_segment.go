package main

import (
	"fmt"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/clean"
	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/segment"
)

// runEvalSegment measures cleaning and segmentation on a treebank: each
// document's raw text is rebuilt from its "# text" comments (sentences of a
// paragraph joined by a space, paragraphs by a blank line; see
// segment.GoldDocs), cleaned and segmented, and the sentence and token
// spans, mapped back to the raw text, are compared with the gold ones by
// exact span match.
func runEvalSegment(e *env, args []string) int {
	fs := newFlags(e, "eval segment", "--data FILE.conllu[.gz]",
		"Sentence and token precision, recall and F1 (exact span match) of clean+segment on a CoNLL-U file.")
	data := fs.String("data", "", "CoNLL-U file (.conllu or .conllu.gz)")
	rules := fs.Bool("rules", false, "split by the rules alone, without the boundary model")
	errs := fs.Bool("errors", false, "also list every missed and spurious sentence start with its context")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" {
		fmt.Fprintln(e.stderr, "parallax eval segment: --data FILE is required")
		return exitUsage
	}
	sents, err := conllu.ReadFile(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval segment: %s: %v\n", *data, err)
		return exitFailure
	}
	docs, err := segment.GoldDocs(sents)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval segment: %s: %v\n", *data, err)
		return exitFailure
	}
	cleaner, err := clean.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval segment: %v\n", err)
		return exitFailure
	}
	seg := segment.New()
	if !*rules {
		if seg, err = segment.Load(); err != nil {
			fmt.Fprintf(e.stderr, "parallax eval segment: %v\n", err)
			return exitFailure
		}
	}
	var sentScore, tokScore segment.Score
	bytes, unmarked := 0, 0
	for _, d := range docs {
		doc := &parallax.Document{Article: parallax.Article{ID: d.ID, Body: d.Text}}
		cleaner.Process(doc)
		seg.Process(doc)
		ps, pt := segment.Predicted(doc.Sentences, doc.Origin)
		sentScore.Add(d.Sentences, ps)
		if *errs {
			listBoundaryErrors(e, d, ps)
		}
		tokScore.Add(d.Tokens, pt)
		bytes += len(d.Text)
		unmarked += segment.Unmarked(d)
	}
	fmt.Fprintf(e.stdout, "data: %s (%d documents, %d sentences, %d tokens, %d bytes)\n",
		*data, len(docs), sentScore.Gold, tokScore.Gold, bytes)
	fmt.Fprintf(e.stdout, "%-10s %9s %9s %9s %8s %8s %8s\n", "", "precision", "recall", "F1", "gold", "found", "correct")
	for _, r := range []struct {
		name string
		s    segment.Score
	}{{"sentences", sentScore}, {"tokens", tokScore}} {
		fmt.Fprintf(e.stdout, "%-10s %9.4f %9.4f %9.4f %8d %8d %8d\n", r.name, r.s.Precision(), r.s.Recall(), r.s.F1(), r.s.Gold, r.s.Predicted, r.s.Correct)
	}
	fmt.Fprintf(e.stdout, "gold sentences ending inside a paragraph without end punctuation: %d (%.1f%%)\n",
		unmarked, 100*shareOf(unmarked, sentScore.Gold))
	return exitOK
}

func shareOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// listBoundaryErrors prints the sentence starts that the gold document has
// and the prediction lacks ("miss") and the other way round ("extra"),
// each with the raw text around it, "|" at the place: the material for
// reading what the segmenter gets wrong.
func listBoundaryErrors(e *env, d segment.GoldDoc, predicted []parallax.Span) {
	starts := func(spans []parallax.Span) map[int]bool {
		m := make(map[int]bool, len(spans))
		for _, s := range spans {
			m[s.Start] = true
		}
		return m
	}
	gold, pred := starts(d.Sentences), starts(predicted)
	show := func(kind string, at int) {
		a, b := max(at-60, 0), min(at+40, len(d.Text))
		ctx := strings.NewReplacer("\n", "⏎").Replace(d.Text[a:at] + "|" + d.Text[at:b])
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\n", kind, d.ID, ctx)
	}
	for _, s := range d.Sentences {
		if !pred[s.Start] {
			show("miss", s.Start)
		}
	}
	for _, s := range predicted {
		if !gold[s.Start] {
			show("extra", s.Start)
		}
	}
}
