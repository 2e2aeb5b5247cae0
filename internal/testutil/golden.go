// Package testutil has helpers shared by the tests of every stage: golden
// files and the seed articles.
package testutil

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Golden compares got with testdata/golden/NAME in the calling package's
// directory, or rewrites that file when the test runs with -update.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update to accept):\n%s", path, diffLines(string(want), string(got)))
	}
}

// GoldenJSON is Golden for a value encoded as indented JSON.
func GoldenJSON(t testing.TB, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	Golden(t, name, buf.Bytes())
}

// Seeds returns the five seed articles with their publication dates.
func Seeds(t testing.TB) []parallax.Article {
	t.Helper()
	a, err := demo.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 5 {
		t.Fatalf("want 5 seed articles, got %d", len(a))
	}
	return a
}

// diffLines shows the first lines where want and got differ.
func diffLines(want, got string) string {
	wl := bytes.Split([]byte(want), []byte("\n"))
	gl := bytes.Split([]byte(got), []byte("\n"))
	var out bytes.Buffer
	shown := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			out.WriteString("line ")
			out.WriteString(itoa(i + 1))
			out.WriteString(":\n  want: ")
			out.Write(w)
			out.WriteString("\n  got:  ")
			out.Write(g)
			out.WriteString("\n")
			if shown++; shown == 10 {
				out.WriteString("...\n")
				break
			}
		}
	}
	return out.String()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
