package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestTagCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nNikol NNP B-NP B-PER\nPashinyan NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n\nThanks\n"
	code, out, errs := runCLI(t, in, "tag", "--conll", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(out, "\n")
	// The UPOS column belongs to the POS tagger; here it must only be a
	// UD tag. "*" stands for it.
	want := []string{"-DOCSTART- -X- -X- O", "", "Nikol\t*\tB-PER", "Pashinyan\t*\tI-PER", "visited\t*\tO", "Paris\t*\tB-LOC", ".\t*\tO", ""}
	upos := "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X"
	for i, w := range want {
		got := ""
		if i < len(lines) {
			got = lines[i]
		}
		if f := strings.Split(got, "\t"); len(f) == 3 && strings.Contains(" "+upos+" ", " "+f[1]+" ") {
			got = f[0] + "\t*\t" + f[2]
		}
		if got != w {
			t.Fatalf("line %d: got %q, want %q\nall:\n%s", i+1, got, w, out)
		}
	}
	if !strings.HasPrefix(lines[8], "Thanks\t") || len(strings.Split(lines[8], "\t")) != 3 {
		t.Errorf("last sentence without a final blank line: %q", lines[8])
	}
	if code, _, _ := runCLI(t, "", "tag"); code != exitUsage {
		t.Errorf("no --conll: exit %d", code)
	}
	if code, _, errs := runCLI(t, "", "tag", "--conll", "/nonexistent/x.conll"); code != exitFailure || !strings.Contains(errs, "/nonexistent/x.conll") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

func TestEvalNER(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.iob")
	data := "Nikol I-PER\nPashinyan I-PER\nvisited O\nParis I-LOC\n. O\n\nThe O\nUnited I-ORG\nNations I-ORG\nmet O\n. O\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "eval", "ner", "--data", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"overall", "PER", "LOC", "ORG", "precision"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	bad := filepath.Join(dir, "bad.iob")
	os.WriteFile(bad, []byte("word\n"), 0o644)
	if code, _, errs := runCLI(t, "", "eval", "ner", "--data", bad); code != exitFailure || !strings.Contains(errs, "bad.iob") || !strings.Contains(errs, "line 1") {
		t.Errorf("bad file: exit %d, %q", code, errs)
	}
}
