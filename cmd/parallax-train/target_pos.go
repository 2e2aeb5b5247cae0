package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

// Treebanks the tagger and parser train on: UD English EWT (CC BY-SA 4.0)
// and the CC BY part of GUM. Dev is EWT dev; the figures are on EWT test.
func treebankPaths(shared, split string) []string {
	p := []string{filepath.Join(shared, "ud_english_ewt", "en_ewt-ud-"+split+".conllu.gz")}
	if split == "train" {
		p = append(p, filepath.Join(shared, "ud_english_gum_ccby", "en_gum-ud-train.ccby.conllu.gz"))
	}
	return p
}

func readTreebanks(paths []string) ([]conllu.Sentence, error) {
	var all []conllu.Sentence
	for _, p := range paths {
		s, err := conllu.ReadFile(p)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

// posIterations was chosen on EWT dev (the best iteration is kept anyway).
const posIterations = 10

func trainPOS(o options) error {
	train, err := readTreebanks(treebankPaths(o.shared, "train"))
	if err != nil {
		return err
	}
	dev, err := readTreebanks(treebankPaths(o.shared, "dev"))
	if err != nil {
		return err
	}
	test, err := readTreebanks(treebankPaths(o.shared, "test"))
	if err != nil {
		return err
	}
	// PUD (news and Wikipedia) is reported as the out-of-domain figure.
	pud, err := conllu.ReadFile(filepath.Join(o.shared, "ud_english_pud", "en_pud-ud-test.conllu.gz"))
	if err != nil {
		return err
	}
	exc, bases, err := readWordNet(filepath.Join(o.shared, "wordnet"))
	if err != nil {
		return err
	}
	start := time.Now()
	t, err := pos.Train(train, dev, pos.TrainOptions{
		Iterations: posIterations, Seed: uint64(o.seed), MinWeight: 1, Bidirectional: true,
		WordNetExceptions: exc, WordNetBases: bases, Log: os.Stdout,
	})
	if err != nil {
		return err
	}
	fmt.Printf("pos: trained on %d sentences in %s\n", len(train), time.Since(start).Round(time.Second))
	for _, e := range []struct {
		name  string
		sents []conllu.Sentence
	}{{"EWT dev", dev}, {"EWT test", test}, {"PUD test", pud}} {
		sc := pos.Evaluate(t, e.sents)
		fmt.Printf("pos: %s: %d words, UPOS %.2f%%, XPOS %.2f%%, lemma %.2f%%\n", e.name, sc.Words, 100*sc.UPOS(), 100*sc.XPOS(), 100*sc.Lemma())
	}
	return writeModelPair(func(a, b *os.File) error { return t.Write(a, b) }, o.out("models/pos.weights.gz"), o.out("models/pos.lexicon.tsv.gz"))
}

// writeModelPair writes two model files through temporary files, so that
// a failure leaves the old ones in place.
func writeModelPair(write func(a, b *os.File) error, pathA, pathB string) error {
	fa, err := os.Create(pathA + ".tmp")
	if err != nil {
		return err
	}
	fb, err := os.Create(pathB + ".tmp")
	if err != nil {
		fa.Close()
		return err
	}
	err = write(fa, fb)
	if e := fa.Close(); err == nil {
		err = e
	}
	if e := fb.Close(); err == nil {
		err = e
	}
	if err == nil {
		err = os.Rename(pathA+".tmp", pathA)
	}
	if err == nil {
		err = os.Rename(pathB+".tmp", pathB)
	}
	if err != nil {
		os.Remove(pathA + ".tmp")
		os.Remove(pathB + ".tmp")
		return err
	}
	for _, p := range []string{pathA, pathB} {
		if fi, err := os.Stat(p); err == nil {
			fmt.Printf("wrote %s (%d KB)\n", p, fi.Size()>>10)
		}
	}
	return nil
}

// readWordNet reads WordNet's exception lists (irregular forms) and the
// lemmas of its verb and adjective indexes, keyed by word and WordNet
// part of speech (n, v, a).
func readWordNet(dir string) (map[[2]string]string, map[[2]string]bool, error) {
	exc := map[[2]string]string{}
	bases := map[[2]string]bool{}
	for _, f := range []struct{ file, pos string }{{"noun.exc.gz", "n"}, {"verb.exc.gz", "v"}, {"adj.exc.gz", "a"}} {
		err := eachLine(filepath.Join(dir, f.file), func(line string) {
			fields := strings.Fields(line)
			if len(fields) >= 2 && !strings.Contains(fields[0], "_") {
				if _, dup := exc[[2]string{fields[0], f.pos}]; !dup {
					exc[[2]string{fields[0], f.pos}] = fields[1]
				}
			}
		})
		if err != nil {
			return nil, nil, err
		}
	}
	for _, f := range []struct{ file, pos string }{{"index.verb.gz", "v"}, {"index.adj.gz", "a"}} {
		err := eachLine(filepath.Join(dir, f.file), func(line string) {
			if strings.HasPrefix(line, " ") {
				return // licence header
			}
			w, _, _ := strings.Cut(line, " ")
			if w != "" && !strings.Contains(w, "_") {
				bases[[2]string{w, f.pos}] = true
			}
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return exc, bases, nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
