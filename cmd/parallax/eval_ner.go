package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/parallaxhq/parallax/internal/nlp/ner"
	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// runEvalNER scores the entity recogniser on an IOB/BIO file with the
// conlleval rules: an entity counts only when its span and type both match.
func runEvalNER(e *env, args []string) int {
	fs := newFlags(e, "eval ner", "--data FILE", "Exact-span precision, recall and F1 per type and overall (conlleval rules) on an IOB file:\nUNER iob2 (ID, token, tag), CoNLL columns (token first, gold tag last) or token-tag pairs;\nIOB1 is converted; .gz accepted.")
	data := fs.String("data", "", "IOB/BIO file with gold tags")
	drop := fs.String("drop", "", "comma-separated entity types whose predictions become O (e.g. MISC for a corpus that does not annotate MISC)")
	errs := fs.Bool("errors", false, "also print the gold entities by outcome (correct, wrong type, wrong span, missed) and the spurious predictions")
	errList := fs.String("error-list", "", "write every error with its sentence to this file, one per line")
	modelFile := fs.String("model", "", "score this model file (written by parallax-train ner) instead of the embedded one, to compare training runs without rebuilding")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	sents, err := ner.ReadIOBFile(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval ner: %v\n", err)
		return exitFailure
	}
	rec, err := loadNER(*modelFile)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval ner: %v\n", err)
		return exitFailure
	}
	var dropTypes []string
	for _, t := range strings.Split(*drop, ",") {
		if t = strings.TrimSpace(t); t != "" {
			dropTypes = append(dropTypes, t)
		}
	}
	score := ner.NewScore()
	analysis := newNERErrors()
	tokens := 0
	start := time.Now()
	// Documents (-DOCSTART- or "# newdoc" marks) are tagged as a whole,
	// as the pipeline tags an article.
	for _, doc := range ner.Documents(sents) {
		words := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Words
		}
		preds := rec.TagDocument(words)
		for i, s := range doc {
			pred := preds[i]
			for _, t := range dropTypes {
				pred = ner.DropType(pred, t)
			}
			score.Add(s.Tags, pred)
			analysis.add(s.Words, s.Tags, pred)
			tokens += len(s.Words)
		}
	}
	took := time.Since(start)
	fmt.Fprintf(e.stdout, "%s: %d sentences, %d tokens", *data, len(sents), tokens)
	if len(dropTypes) > 0 {
		fmt.Fprintf(e.stdout, " (predictions of %s dropped)", strings.Join(dropTypes, ", "))
	}
	fmt.Fprintf(e.stdout, "\n%s", score)
	if *errs {
		analysis.write(e.stdout)
	}
	if *errList != "" {
		if err := os.WriteFile(*errList, []byte(strings.Join(analysis.lines, "\n")+"\n"), 0o644); err != nil {
			fmt.Fprintf(e.stderr, "parallax eval ner: %v\n", err)
			return exitFailure
		}
	}
	if took > 0 {
		fmt.Fprintf(e.stdout, "tagged at %.0f tokens/s\n", float64(tokens)/took.Seconds())
	}
	return exitOK
}

// loadNER loads the embedded recogniser, or the model in file with the
// embedded word clusters (the ones every model is trained with).
func loadNER(file string) (*ner.Recognizer, error) {
	if file == "" {
		return ner.Load()
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m, err := ner.ReadModel(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	c, err := wordcluster.Load()
	if err != nil {
		return nil, err
	}
	return ner.New(m, c), nil
}
