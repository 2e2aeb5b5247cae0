package parallax_test

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestNoHeldOutTextInCode keeps the held-out golds held out: no source,
// test or data file may copy a run of eight words from a held-out article
// (testdata/heldout, testdata/heldout2). Their texts also sit in the
// shared corpora that rule writers read, so a test sentence or a comment
// taken from there would tune the rules to the very articles that measure
// them. Runs that the development gold also holds are common English of
// the news and are allowed, and so are the long official names of bodies,
// written capitalised (see nameJoiners).
func TestNoHeldOutTextInCode(t *testing.T) {
	const n = 8
	held := map[string]string{} // shingle -> article id
	for _, dir := range []string{"testdata/heldout", "testdata/heldout2"} {
		for id, text := range articleTexts(t, filepath.Join(dir, "articles.jsonl")) {
			for _, s := range shingles(text, n) {
				held[s] = dir + ":" + id
			}
		}
	}
	if len(held) == 0 {
		t.Fatal("no held-out article text read")
	}
	for _, f := range []string{"testdata/devgold/articles.jsonl"} {
		for _, text := range articleTexts(t, f) {
			for _, s := range shingles(text, n) {
				delete(held, s)
			}
		}
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch path {
			case "testdata", ".git", "models", "bench", "node_modules":
				return filepath.SkipDir
			}
			if strings.HasSuffix(path, "/testdata/golden") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".tsv", ".txt", ".md", ".html", ".js":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, r := range wordRuns(line, n) {
				if id, ok := held[r.text]; ok && !r.name {
					t.Errorf("%s:%d copies held-out text (%s): %q", path, i+1, id, r.text)
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// articleTexts reads the text of each article of a JSONL file by id.
func articleTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out[a.ID] = a.Text
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// shingles are the runs of n lower-cased words (letters and digits) of s.
func shingles(s string, n int) []string {
	var out []string
	for _, r := range wordRuns(s, n) {
		out = append(out, r.text)
	}
	return out
}

// wordRun is a run of words: lower-cased and joined, and whether it is a
// proper name as written (every word capitalised but for joining words).
type wordRun struct {
	text string
	name bool
}

func wordRuns(s string, n int) []wordRun {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	var out []wordRun
	for i := 0; i+n <= len(words); i++ {
		run := words[i : i+n]
		name := true
		for _, w := range run {
			if !unicode.IsUpper([]rune(w)[0]) && !nameJoiners[w] {
				name = false
				break
			}
		}
		out = append(out, wordRun{strings.ToLower(strings.Join(run, " ")), name})
	}
	return out
}

// nameJoiners are the lower-case words inside long official names ("Commission
// of Inquiry on the Syrian Arab Republic"): a run of eight words that is such a
// name, as written, names a body; it copies no prose.
var nameJoiners = map[string]bool{"of": true, "on": true, "the": true, "and": true, "for": true, "in": true, "to": true, "de": true, "al": true}

// TestWordRunsNames: only a run written as a proper name is exempt, so
// copied prose still fails the leak test.
func TestWordRunsNames(t *testing.T) {
	for _, c := range []struct {
		s    string
		name bool
	}{
		{"the Independent Commission of Inquiry on the Northern Republic", true},
		{"the commission of inquiry on the northern republic said", false},
		{"Officials said the Commission of Inquiry had found that", false},
	} {
		runs := wordRuns(c.s, 8)
		if len(runs) == 0 {
			t.Fatalf("%q: no run", c.s)
		}
		if runs[0].name != c.name {
			t.Errorf("%q: name %v, want %v", c.s, runs[0].name, c.name)
		}
	}
}
