package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --model scores a model file instead of the embedded one: the embedded
// model's own file scores the same, and a file that is no model fails.
func TestEvalNERModelFile(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "gold.conll")
	conll := "-DOCSTART- O\n\nBrig. O\nGen. O\nTomas B-PER\nFerro I-PER\nflew O\nto O\nKyiv B-LOC\n. O\n"
	if err := os.WriteFile(data, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	code, embedded, errs := runCLI(t, "", "eval", "ner", "--data", data)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	code, fromFile, errs := runCLI(t, "", "eval", "ner", "--data", data, "--model", filepath.Join("..", "..", "models", "ner.bin.gz"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	overall := func(out string) string {
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "overall") {
				return l
			}
		}
		return ""
	}
	if overall(embedded) == "" || overall(embedded) != overall(fromFile) {
		t.Errorf("embedded:\n%s\nfrom file:\n%s", embedded, fromFile)
	}
	if code, _, _ := runCLI(t, "", "eval", "ner", "--data", data, "--model", data); code != exitFailure {
		t.Errorf("a file that is no model: exit %d, want %d", code, exitFailure)
	}
}
