package main

import (
	"fmt"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

// runEvalPOS tags the gold-tokenised sentences of a CoNLL-U file with the
// embedded tagger and prints UPOS, XPOS and lemma accuracy.
func runEvalPOS(e *env, args []string) int {
	fs := newFlags(e, "eval pos", "--data FILE.conllu[.gz]",
		"UPOS, XPOS and lemma accuracy of the tagger on a CoNLL-U file (gold tokens).")
	data := fs.String("data", "", "CoNLL-U file (.conllu or .conllu.gz)")
	errs := fs.Int("errors", 0, "also print the N most frequent UPOS confusions")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" {
		fmt.Fprintln(e.stderr, "parallax eval pos: --data FILE is required")
		return exitUsage
	}
	sents, err := conllu.ReadFile(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval pos: %s: %v\n", *data, err)
		return exitFailure
	}
	tagger, err := pos.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval pos: %v\n", err)
		return exitFailure
	}
	sc := pos.Evaluate(tagger, sents)
	fmt.Fprintf(e.stdout, "data: %s (%d sentences, %d words)\n", *data, len(sents), sc.Words)
	fmt.Fprintf(e.stdout, "UPOS  %6.2f%%\nXPOS  %6.2f%%\nlemma %6.2f%% (%d words with a gold lemma)\n",
		100*sc.UPOS(), 100*sc.XPOS(), 100*sc.Lemma(), sc.Lemmas)
	if *errs > 0 {
		printTagConfusions(e.stdout, tagger, sents, *errs)
	}
	return exitOK
}
