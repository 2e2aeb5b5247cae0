package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestEvalPOSAndDep(t *testing.T) {
	const fixture = "../../internal/nlp/pos/testdata/tiny.conllu"
	for _, c := range []struct {
		kind string
		want []string
	}{
		{"pos", []string{"UPOS", "XPOS", "lemma", "(5 sentences, 35 words)"}},
		{"dep", []string{"UAS", "LAS", "predicted tags"}},
	} {
		var out, errOut bytes.Buffer
		code := run(&env{stdout: &out, stderr: &errOut}, []string{"eval", c.kind, "--data", fixture})
		if code != exitOK {
			t.Fatalf("eval %s: exit %d: %s", c.kind, code, errOut.String())
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("eval %s: output lacks %q:\n%s", c.kind, w, out.String())
			}
		}
	}
}

func TestEvalPOSAndDepErrorKinds(t *testing.T) {
	const fixture = "../../internal/nlp/pos/testdata/tiny.conllu"
	for _, c := range []struct {
		kind string
		want []string
	}{
		{"pos", []string{"UPOS errors: "}},
		{"dep", []string{"by relation, the 3 with the most LAS errors", "by distance to the head", "\n  0 "}},
	} {
		var out, errOut bytes.Buffer
		code := run(&env{stdout: &out, stderr: &errOut}, []string{"eval", c.kind, "--data", fixture, "--errors", "3"})
		if code != exitOK {
			t.Fatalf("eval %s --errors: exit %d: %s", c.kind, code, errOut.String())
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("eval %s --errors: output lacks %q:\n%s", c.kind, w, out.String())
			}
		}
	}
}

func TestEvalPOSAndDepErrors(t *testing.T) {
	for _, kind := range []string{"pos", "dep"} {
		var out, errOut bytes.Buffer
		if code := run(&env{stdout: &out, stderr: &errOut}, []string{"eval", kind}); code != exitUsage {
			t.Errorf("eval %s without --data: exit %d", kind, code)
		}
		errOut.Reset()
		code := run(&env{stdout: &out, stderr: &errOut}, []string{"eval", kind, "--data", "no/such/file.conllu"})
		if code != exitFailure || !strings.Contains(errOut.String(), "no/such/file.conllu") {
			t.Errorf("eval %s on a missing file: exit %d, %q", kind, code, errOut.String())
		}
	}
}
