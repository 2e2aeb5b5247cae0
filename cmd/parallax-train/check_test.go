package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func gz(t *testing.T, content string, mtime time.Time, level int) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, level)
	if err != nil {
		t.Fatal(err)
	}
	zw.ModTime = mtime
	if _, err := zw.Write([]byte(content)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCompareFile: the comparison --check prints, for plain and gzip
// files: same bytes, a text file's first differing line, gzip files whose
// content is the same (a header time) and whose content differs.
func TestCompareFile(t *testing.T) {
	t0, t1 := time.Unix(0, 0), time.Unix(1700000000, 0)
	for _, tc := range []struct {
		name, file     string
		committed, new []byte
		want           string // "" or a part of the message
	}{
		{"same text", "models/x.txt", []byte("rule=-2 other=4\n"), []byte("rule=-2 other=4\n"), ""},
		{"text", "models/x.txt", []byte("rule=-2 other=4\n"), []byte("rule=-3 other=4\n"), "16 bytes committed, 16 rebuilt, first difference at byte 6 (line 1)"},
		{"second line", "data/a.tsv", []byte("a\tb\nc\td\n"), []byte("a\tb\nc\te\n"), "first difference at byte 6 (line 2)"},
		{"shorter", "data/a.tsv", []byte("a\nb\n"), []byte("a\n"), "4 bytes committed, 2 rebuilt, first difference at byte 2 (line 2)"},
		{"same gzip", "models/w.gz", gz(t, "abc\n", t0, 9), gz(t, "abc\n", t0, 9), ""},
		{"gzip header time", "models/w.gz", gz(t, "abc\n", t0, 9), gz(t, "abc\n", t1, 9), "content the same (only the gzip wrapping differs)"},
		{"gzip content", "models/w.gz", gz(t, "abc\nxyz\n", t0, 9), gz(t, "abc\nxyw\n", t0, 9), "content 8 bytes committed, 8 rebuilt, first difference at byte 6 (line 2)"},
		{"binary gzip content", "models/w.gz", gz(t, "a\x00b", t0, 9), gz(t, "a\x00c", t0, 9), "first difference at byte 2;"},
		{"not gzip", "models/w.gz", []byte("abc"), gz(t, "abc", t0, 9), "not both readable as gzip"},
	} {
		got := compareFile(tc.file, tc.committed, tc.new)
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%s: got %q, want the same", tc.name, got)
		case tc.want != "" && !strings.Contains(got+";", tc.want):
			t.Errorf("%s: got %q, want it to hold %q", tc.name, got, tc.want)
		}
	}
}

// TestCheckOutputs: every listed output is compared with the committed
// file; a file not written, one without a committed copy and one written
// but not listed fail the check.
func TestCheckOutputs(t *testing.T) {
	repo, root := t.TempDir(), t.TempDir()
	write := func(dir, rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(repo, "models/a.txt", "1\n")
	write(root, "models/a.txt", "1\n")
	lines, ok := checkOutputs("t", []string{"models/a.txt"}, root, repo)
	if !ok || len(lines) != 1 || !strings.Contains(lines[0], "models/a.txt: same (2 bytes)") {
		t.Fatalf("identical: %v %q", ok, lines)
	}
	write(root, "models/b.txt", "2\n")
	write(root, "models/extra.txt", "x")
	write(repo, "models/b.txt", "3\n")
	lines, ok = checkOutputs("t", []string{"models/a.txt", "models/b.txt", "models/c.txt"}, root, repo)
	want := []string{
		"check t: models/a.txt: same",
		"check t: models/b.txt: DIFFERS: 2 bytes committed, 2 rebuilt, first difference at byte 0 (line 1)",
		"check t: models/c.txt: DIFFERS: not written",
		"check t: models/extra.txt: written but not among the target's outputs",
	}
	if ok || len(lines) != len(want) {
		t.Fatalf("got %v %q", ok, lines)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d: got %q, want %q...", i, lines[i], w)
		}
	}
	write(root, "models/d.txt", "4\n")
	if lines, ok = checkOutputs("t", []string{"models/d.txt"}, root, repo); ok || !strings.Contains(strings.Join(lines, "\n"), "models/d.txt: DIFFERS: no committed file") {
		t.Errorf("no committed file: %v %q", ok, lines)
	}
}

// TestTargetsListOutputs: every target names the files it writes, inside
// the repository, so --check compares them all.
func TestTargetsListOutputs(t *testing.T) {
	for n, tg := range targets() {
		if len(tg.outputs) == 0 {
			t.Errorf("%s: no outputs listed", n)
		}
		for _, rel := range tg.outputs {
			if filepath.IsAbs(rel) || strings.HasPrefix(rel, "..") || !(strings.HasPrefix(rel, "models/") || strings.HasPrefix(rel, "data/")) {
				t.Errorf("%s: output %q is not a repository file under models/ or data/", n, rel)
			}
		}
	}
	if got := (options{root: "/tmp/x"}).out("models/a.gz"); got != "/tmp/x/models/a.gz" {
		t.Errorf("out = %q", got)
	}
	if got := (options{}).out("models/a.gz"); got != "models/a.gz" {
		t.Errorf("out = %q", got)
	}
}
