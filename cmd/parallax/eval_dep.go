package main

import (
	"fmt"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

// runEvalDep parses the gold-tokenised sentences of a CoNLL-U file with
// tags predicted by the embedded tagger and prints UAS and LAS
// (punctuation included, as in the CoNLL 2018 shared task).
func runEvalDep(e *env, args []string) int {
	fs := newFlags(e, "eval dep", "--data FILE.conllu[.gz]",
		"UAS and LAS of the parser on a CoNLL-U file (gold tokens, predicted tags).")
	data := fs.String("data", "", "CoNLL-U file (.conllu or .conllu.gz)")
	goldTags := fs.Bool("gold-tags", false, "parse with the file's gold UPOS/XPOS instead of predicted ones")
	errs := fs.Int("errors", 0, "also print UAS and LAS of the N relations with the most errors, and by distance to the head")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" {
		fmt.Fprintln(e.stderr, "parallax eval dep: --data FILE is required")
		return exitUsage
	}
	sents, err := conllu.ReadFile(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval dep: %s: %v\n", *data, err)
		return exitFailure
	}
	tagger, err := pos.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval dep: %v\n", err)
		return exitFailure
	}
	parser, err := parse.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval dep: %v\n", err)
		return exitFailure
	}
	exs := make([]parse.Example, len(sents))
	for i, s := range sents {
		ex := parse.Example{Words: s.Forms()}
		for _, w := range s.Words {
			ex.UPOS, ex.XPOS = append(ex.UPOS, w.UPOS), append(ex.XPOS, w.XPOS)
			ex.Heads, ex.Rels = append(ex.Heads, max(w.Head, 0)), append(ex.Rels, w.Deprel)
		}
		if !*goldTags {
			ex.UPOS, ex.XPOS, _ = tagger.Tag(ex.Words)
		}
		exs[i] = ex
	}
	sc := parse.Evaluate(parser, exs)
	tags := "predicted"
	if *goldTags {
		tags = "gold"
	}
	fmt.Fprintf(e.stdout, "data: %s (%d sentences, %d words; gold tokens, %s tags)\n", *data, len(sents), sc.Words, tags)
	fmt.Fprintf(e.stdout, "UAS %6.2f\nLAS %6.2f\n", 100*sc.UAS(), 100*sc.LAS())
	if *errs > 0 {
		printAttachErrors(e.stdout, parser, exs, *errs)
	}
	return exitOK
}
