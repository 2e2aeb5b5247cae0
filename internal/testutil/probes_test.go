package testutil

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// recorder keeps what CheckKnown reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper()             {}
func (r *recorder) Logf(string, ...any) {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheckKnown(t *testing.T) {
	cases := []struct {
		name    string
		results map[string]string
		known   map[string]string
		right   int
		errs    []string // substrings, one per reported error, in order
	}{
		{"all right", map[string]string{"a": "", "b": ""}, nil, 2, nil},
		{"known miss", map[string]string{"a": "", "b": "owner X"}, map[string]string{"b": "why"}, 1, nil},
		{"new miss", map[string]string{"a": "owner X"}, nil, 0, []string{"a: owner X"}},
		{"known passes", map[string]string{"a": ""}, map[string]string{"a": "why"}, 0, []string{"a: passes now; remove it from list (why)"}},
		{"known names nothing", map[string]string{"a": ""}, map[string]string{"z": "why"}, 1, []string{"z: in list but no such item"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			if got := CheckKnown(r, tc.results, tc.known, "list"); got != tc.right {
				t.Errorf("right = %d, want %d", got, tc.right)
			}
			if len(r.errs) != len(tc.errs) {
				t.Fatalf("errors %q, want %q", r.errs, tc.errs)
			}
			for i, e := range tc.errs {
				if !strings.Contains(r.errs[i], e) {
					t.Errorf("error %q, want %q", r.errs[i], e)
				}
			}
		})
	}
}

func TestReadProbeLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.tsv")
	if err := os.WriteFile(path, []byte("# comment\n\na\tcount\t\"\"\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := ReadProbeLines(t, path)
	want := []ProbeLine{{N: 3, Fields: []string{"a", "count", "", "x"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestProbeCount(t *testing.T) {
	n := 2
	doc := &parallax.Document{Text: "Two drones were shot down.", Counts: []parallax.Count{
		{Start: 0, End: 10, Item: "drone", N: &n, Outcome: "shot_down", Owner: "RUS"},
	}}
	used := map[*parallax.Count]bool{}
	if miss := ProbeCount(doc, []string{"Two drones", "drone", "2", "shot_down", "RUS", "*"}, used); miss != "" {
		t.Errorf("right count reported %q", miss)
	}
	if !used[&doc.Counts[0]] {
		t.Error("the count taken is not marked used")
	}
	used = map[*parallax.Count]bool{}
	if miss := ProbeCount(doc, []string{"Two drones", "drone", "3", "shot_down", "UKR", "*"}, used); !strings.Contains(miss, `n "2" want "3"`) || !strings.Contains(miss, `owner "RUS" want "UKR"`) {
		t.Errorf("wrong count reported %q", miss)
	}
	if miss := ProbeCount(doc, []string{"helicopters", "helicopter", "1", "*", "*", "*"}, used); miss != "span not in the text" {
		t.Errorf("missing span reported %q", miss)
	}
}
