// Command prose compares parallax with github.com/jdkato/prose/v3, the
// usual pure-Go NLP library, on the same inputs: speed of tokenising,
// tagging and recognising entities in raw text (the embedded demo corpus),
// and entity F1 on gold-tokenised test data (UNER English EWT test, the
// held-out wikigold documents and our hand-annotated VOA newswire and
// wire-style tests). It lives in its own module so that prose
// never enters parallax's go.mod.
//
//	cd bench/prose && go run . --shared ../../../shared/data
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	prose "github.com/jdkato/prose/v3"
	prosener "github.com/jdkato/prose/v3/ner"
	prosetag "github.com/jdkato/prose/v3/tag"

	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/nlp/ner"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
	"github.com/parallaxhq/parallax/internal/segment"
)

func main() {
	shared := flag.String("shared", "../../../shared/data", "folder of the shared data (UNER EWT, wikigold)")
	rounds := flag.Int("rounds", 3, "passes over the corpus for the speed figures (best kept)")
	flag.Parse()
	runtime.GOMAXPROCS(1) // per-core figures
	if err := run(*shared, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "prose comparison:", err)
		os.Exit(1)
	}
}

func run(shared string, rounds int) error {
	sys, err := load()
	if err != nil {
		return err
	}
	arts, err := demo.Articles()
	if err != nil {
		return err
	}
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Body
	}
	fmt.Printf("Speed on the embedded demo corpus (%d articles), one core, tokenise + tag + NER from raw text:\n", len(texts))
	for _, s := range []struct {
		name string
		fn   func(string) int
	}{{"parallax", sys.parallaxText}, {"prose v3.2.3", proseText}} {
		best, bestCPU := 0.0, 0.0
		tokens := 0
		for r := 0; r < rounds; r++ {
			runtime.GC()
			start, cpu := time.Now(), cpuSeconds()
			tokens = 0
			for _, t := range texts {
				tokens += s.fn(t)
			}
			best = max(best, float64(tokens)/time.Since(start).Seconds())
			bestCPU = max(bestCPU, float64(tokens)/(cpuSeconds()-cpu))
		}
		fmt.Printf("  %-13s %8d tokens  %9.0f tokens/s wall  %9.0f tokens/s of CPU time\n", s.name, tokens, best, bestCPU)
	}

	// Tagging + NER alone, on the tokens of the same texts.
	var sents [][]string
	for _, t := range texts {
		for _, sent := range segment.Segment(t) {
			words := make([]string, len(sent.Tokens))
			for i, tok := range sent.Tokens {
				words[i] = tok.Text
			}
			sents = append(sents, words)
		}
	}
	bestCPU, tokens := 0.0, 0
	for r := 0; r < rounds; r++ {
		runtime.GC()
		cpu := cpuSeconds()
		tokens = 0
		for _, w := range sents {
			sys.tagger.Tag(w)
			sys.rec.Tag(w)
			tokens += len(w)
		}
		bestCPU = max(bestCPU, float64(tokens)/(cpuSeconds()-cpu))
	}
	fmt.Printf("  parallax POS tagging + NER on the same tokens (no segmentation): %.0f tokens/s of CPU time\n", bestCPU)

	uner, err := ner.ReadIOBFile(filepath.Join(shared, "uner_english_ewt/en_ewt-ud-test.iob2.gz"))
	if err != nil {
		return err
	}
	wiki, err := ner.ReadIOBFile(filepath.Join(shared, "wikigold/wikigold.conll.txt"))
	if err != nil {
		return err
	}
	_, _, wikiTest := ner.SplitByDocument(wiki)
	// Hand-annotated VOA newswire, never trained on (see
	// internal/nlp/ner/testdata/newswire).
	news, err := ner.ReadIOBFile(filepath.Join("..", "..", "internal", "nlp", "ner", "testdata", "newswire", "voa_test.conll"))
	if err != nil {
		return err
	}
	// Wire-style test: headlines in title case and capitals, synthetic
	// agency stories, Wikinews, VOA (never trained on either).
	wire, err := ner.ReadIOBFile(filepath.Join("..", "..", "internal", "nlp", "ner", "testdata", "newswire", "wire_test.conll"))
	if err != nil {
		return err
	}
	// Agency items (results, tables, markets, datelines, headlines in
	// capitals) written for this project, never trained on.
	agency, err := ner.ReadIOBFile(filepath.Join("..", "..", "internal", "nlp", "ner", "testdata", "newswire", "agency_test.conll"))
	if err != nil {
		return err
	}
	// Conflict wire copy (armed groups, agencies, ranks, names of many
	// regions) written for this project, never trained on.
	conflict, err := ner.ReadIOBFile(filepath.Join("..", "..", "internal", "nlp", "ner", "testdata", "newswire", "conflict_test.conll"))
	if err != nil {
		return err
	}
	fmt.Println("\nEntity F1 on gold tokens (conlleval exact spans; prose PERSON→PER, ORGANIZATION→ORG, GPE/LOCATION/FACILITY→LOC,\nentities grouped by prose's own Chunk;")
	fmt.Println("MISC predictions of parallax dropped where the gold has no MISC):")
	for _, set := range []struct {
		name   string
		sents  []ner.Labelled
		noMISC bool
	}{{"UNER EWT test", uner, true}, {"wikigold held-out", wikiTest, false}, {"VOA newswire test", news, false}, {"wire-style test", wire, false}, {"agency test", agency, false}, {"conflict wire test", conflict, false}} {
		fmt.Printf("  %s (%d sentences)\n", set.name, len(set.sents))
		for _, s := range []struct {
			name string
			fn   func([][]string) [][]string
		}{{"parallax", sys.rec.TagDocument}, {"prose v3.2.3", func(doc [][]string) [][]string {
			out := make([][]string, len(doc))
			for i, words := range doc {
				out[i] = sys.proseTags(words)
			}
			return out
		}}} {
			// Documents are tagged as a whole (parallax reads the labels
			// of a word elsewhere in the document, as the pipeline does);
			// prose tags sentence by sentence.
			score := ner.NewScore()
			for _, doc := range ner.Documents(set.sents) {
				words := make([][]string, len(doc))
				for i, sent := range doc {
					words[i] = sent.Words
				}
				for i, pred := range s.fn(words) {
					if set.noMISC {
						pred = ner.DropType(pred, "MISC")
					}
					score.Add(doc[i].Tags, pred)
				}
			}
			fmt.Printf("    %-13s P %.4f  R %.4f  F1 %.4f", s.name, score.All.Precision(), score.All.Recall(), score.All.F1())
			for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
				if c := score.Types[t]; c != nil && c.Gold > 0 {
					fmt.Printf("  %s %.3f", t, c.F1())
				}
			}
			fmt.Println()
		}
	}
	return nil
}

// cpuSeconds is the user+system CPU time of the process: on a shared
// machine wall time also counts the waits for a core.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

type systems struct {
	rec      *ner.Recognizer
	tagger   *pos.Tagger
	proseTag *prosetag.Tagger
	proseNER *prosener.Extracter
}

func load() (*systems, error) {
	rec, err := ner.Load()
	if err != nil {
		return nil, err
	}
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	pt, err := prosetag.New()
	if err != nil {
		return nil, err
	}
	pn, err := prosener.New()
	if err != nil {
		return nil, err
	}
	return &systems{rec: rec, tagger: tagger, proseTag: pt, proseNER: pn}, nil
}

// parallaxText segments, POS-tags and NER-tags a raw text; it returns the
// number of tokens.
func (s *systems) parallaxText(text string) int {
	n := 0
	words := make([]string, 0, 64)
	for _, sent := range segment.Segment(text) {
		words = words[:0]
		for _, t := range sent.Tokens {
			words = append(words, t.Text)
		}
		s.tagger.Tag(words)
		s.rec.Tag(words)
		n += len(words)
	}
	return n
}

// proseText runs prose's whole pipeline on a raw text.
func proseText(text string) int {
	doc, err := prose.NewDocument(text)
	if err != nil {
		return 0
	}
	return len(doc.Tokens())
}

// proseTags tags gold tokens with prose's tagger and entity model, groups
// them into entities with prose's own Chunk (which merges runs that its
// model labels B-, B-), and maps its labels onto PER/ORG/LOC.
func (s *systems) proseTags(words []string) []string {
	toks := s.proseTag.Tag(words)
	src := strings.Join(words, " ")
	at := 0
	for i := range toks {
		toks[i].Start = at
		at += len(words[i]) + 1
	}
	s.proseNER.Label(toks)
	out := make([]string, len(toks))
	for i := range out {
		out[i] = "O"
	}
	for _, e := range s.proseNER.Chunk(src, toks) {
		typ := mapProse(e.Label)
		if typ == "" {
			continue
		}
		first := true
		for i, t := range toks {
			if t.Start >= e.Start && t.End() <= e.End() {
				if first {
					out[i] = "B-" + typ
					first = false
				} else {
					out[i] = "I-" + typ
				}
			}
		}
	}
	return out
}

// mapProse maps prose's entity labels (OntoNotes style) onto the types
// of the test data; other labels ("" here) are not compared.
func mapProse(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "ORGANIZATION", "ORG":
		return "ORG"
	case "GPE", "LOCATION", "LOC", "FACILITY", "FAC":
		return "LOC"
	}
	return ""
}
