package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// checkTargets rebuilds each target into a temporary folder (the
// repository's inputs are read as usual) and compares every file it
// writes with the committed one. It prints one line a file, "same" or
// "DIFFERS" with where, and returns the exit code: 0 when every file is
// byte-identical, 1 when one differs, is missing or is not listed in the
// target's outputs, or a target fails.
func checkTargets(names []string, o options) int {
	tmp, err := os.MkdirTemp("", "parallax-train-check-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "parallax-train --check: %v\n", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	var lines []string
	code := 0
	for _, n := range names {
		t := targets()[n]
		root := filepath.Join(tmp, n)
		for _, rel := range t.outputs {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755); err != nil {
				fmt.Fprintf(os.Stderr, "parallax-train --check: %v\n", err)
				return 1
			}
		}
		fmt.Printf("== %s (check)\n", n)
		to := o
		to.root = root
		if err := t.run(to); err != nil {
			lines = append(lines, fmt.Sprintf("check %s: FAILED: %v", n, err))
			code = 1
			continue
		}
		res, ok := checkOutputs(n, t.outputs, root, ".")
		lines = append(lines, res...)
		if !ok {
			code = 1
		}
	}
	fmt.Println("== check")
	for _, l := range lines {
		fmt.Println(l)
	}
	return code
}

// checkOutputs compares the files a target wrote under root with the
// committed files under repo: one line a file, and whether all are the
// same. A file written under root that is not in outputs fails the
// check, so a new output cannot go unchecked.
func checkOutputs(target string, outputs []string, root, repo string) ([]string, bool) {
	var lines []string
	ok := true
	for _, rel := range outputs {
		rebuilt, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			lines = append(lines, fmt.Sprintf("check %s: %s: DIFFERS: not written (%v)", target, rel, err))
			ok = false
			continue
		}
		committed, err := os.ReadFile(filepath.Join(repo, rel))
		if err != nil {
			lines = append(lines, fmt.Sprintf("check %s: %s: DIFFERS: no committed file (%v)", target, rel, err))
			ok = false
			continue
		}
		if d := compareFile(rel, committed, rebuilt); d != "" {
			lines = append(lines, fmt.Sprintf("check %s: %s: DIFFERS: %s", target, rel, d))
			ok = false
		} else {
			lines = append(lines, fmt.Sprintf("check %s: %s: same (%d bytes)", target, rel, len(rebuilt)))
		}
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); !slices.Contains(outputs, rel) {
			lines = append(lines, fmt.Sprintf("check %s: %s: written but not among the target's outputs (main.go's outputs list)", target, rel))
			ok = false
		}
		return nil
	})
	if err != nil {
		lines = append(lines, fmt.Sprintf("check %s: %v", target, err))
		ok = false
	}
	return lines, ok
}

// compareFile says how a rebuilt file differs from the committed one, ""
// when the bytes are the same. For a gzip file it also says whether the
// content is the same (then only the wrapping differs: header time,
// compression level), and where the content first differs.
func compareFile(name string, committed, rebuilt []byte) string {
	if bytes.Equal(committed, rebuilt) {
		return ""
	}
	where := func(a, b []byte) string {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		s := fmt.Sprintf("first difference at byte %d", i)
		if isText(a[:i]) {
			s += fmt.Sprintf(" (line %d)", bytes.Count(a[:i], []byte{'\n'})+1)
		}
		return s
	}
	msg := fmt.Sprintf("%d bytes committed, %d rebuilt", len(committed), len(rebuilt))
	if strings.HasSuffix(name, ".gz") {
		a, errA := gunzip(committed)
		b, errB := gunzip(rebuilt)
		switch {
		case errA != nil || errB != nil:
			return msg + "; not both readable as gzip"
		case bytes.Equal(a, b):
			return msg + "; content the same (only the gzip wrapping differs)"
		default:
			return fmt.Sprintf("%s; content %d bytes committed, %d rebuilt, %s", msg, len(a), len(b), where(a, b))
		}
	}
	return msg + ", " + where(committed, rebuilt)
}

// isText: no NUL byte, so line numbers mean something.
func isText(b []byte) bool {
	return bytes.IndexByte(b, 0) < 0
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
