package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalSegment(t *testing.T) {
	conll := "# newdoc id = d1\n# newpar\n# text = Gen. Lee left.\n" +
		"1\tGen.\tgen.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n2\tLee\tLee\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n" +
		"3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n" +
		"# text = He won.\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\twon\twin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	path := filepath.Join(t.TempDir(), "tiny.conllu")
	if err := os.WriteFile(path, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut}
	if code := runEvalSegment(e, []string{"--data", path}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"2 sentences, 7 tokens", "sentences     1.0000    1.0000    1.0000", "tokens        1.0000    1.0000    1.0000"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	// --errors lists the sentence starts the segmenter gets wrong: here
	// none, and one missed where the gold splits a line the rules keep.
	out.Reset()
	if code := runEvalSegment(e, []string{"--data", path, "--errors"}); code != exitOK || strings.Contains(out.String(), "miss\t") {
		t.Errorf("--errors on a perfect split: exit %d:\n%s", code, out.String())
	}
	split := "# newdoc id = d2\n# text = See you\n1\tSee\tsee\tVERB\tVB\t_\t0\troot\t_\t_\n2\tyou\tyou\tPRON\tPRP\t_\t1\tobj\t_\t_\n\n" +
		"# text = bye\n1\tbye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
	path2 := filepath.Join(t.TempDir(), "split.conllu")
	if err := os.WriteFile(path2, []byte(split), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := runEvalSegment(e, []string{"--data", path2, "--errors", "--rules"}); code != exitOK || !strings.Contains(out.String(), "miss\td2\tSee you |bye") {
		t.Errorf("--errors: exit %d:\n%s", code, out.String())
	}

	out.Reset()
	errOut.Reset()
	missing := filepath.Join(t.TempDir(), "missing.conllu")
	if code := runEvalSegment(e, []string{"--data", missing}); code != exitFailure || !strings.Contains(errOut.String(), "missing.conllu") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut.String())
	}
	if code := runEvalSegment(e, nil); code != exitUsage {
		t.Errorf("no --data: exit %d", code)
	}
}
