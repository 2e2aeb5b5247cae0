package testutil

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// ClaimProbe is one invented article of a claim or speaker probe battery
// (internal/claim and internal/actor testdata/probes/*.txt) with the claims
// and entity resolutions expected of it, written by reading before
// parallax ran on it. The two packages share the format so that a probe
// moves between them unchanged.
type ClaimProbe struct {
	Article  parallax.Article
	Claims   []ProbeClaim
	Entities []ProbeEntity
}

// ProbeClaim is a "> cue | speaker | side | stance | actor | quote" line;
// an empty actor or quote matches anything.
type ProbeClaim struct {
	Cue, Speaker, Side, Stance, Actor, Quote string
}

// ProbeEntity is a "= text | actor | side" line.
type ProbeEntity struct{ Text, Actor, Side string }

// Key names the expectation in failure lists and known-miss tables.
func (c ProbeClaim) Key(id string) string {
	return fmt.Sprintf("%s: > %s | %s", id, c.Cue, c.Speaker)
}

// ReadClaimProbes parses a probe file: "## id", header lines, a blank
// line, the body, then "> " claim and "= " entity expectation lines; other
// lines opening with "#" are comments.
func ReadClaimProbes(t testing.TB, path string) []ClaimProbe {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ParseClaimProbes(string(b))
}

// ParseClaimProbes is ReadClaimProbes on the file's text.
func ParseClaimProbes(text string) []ClaimProbe {
	var out []ClaimProbe
	for _, block := range strings.Split(text, "\n## ")[1:] {
		lines := strings.Split(block, "\n")
		p := ClaimProbe{Article: parallax.Article{ID: strings.TrimSpace(lines[0]), Language: "en"}}
		i := 1
		for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			k, v, _ := strings.Cut(lines[i], ":")
			switch strings.ToUpper(strings.TrimSpace(k)) {
			case "DATE":
				p.Article.Published = strings.TrimSpace(v)
			case "TITLE":
				p.Article.Title = strings.TrimSpace(v)
			case "OUTLET":
				p.Article.Outlet = strings.TrimSpace(v)
			case "URL":
				p.Article.URL = strings.TrimSpace(v)
			}
		}
		var body []string
		for ; i < len(lines); i++ {
			l := lines[i]
			field := func() []string {
				f := strings.Split(l[2:], "|")
				for j := range f {
					f[j] = strings.TrimSpace(f[j])
				}
				for len(f) < 6 {
					f = append(f, "")
				}
				return f
			}
			switch {
			case strings.HasPrefix(l, "> "):
				f := field()
				p.Claims = append(p.Claims, ProbeClaim{f[0], f[1], f[2], f[3], f[4], f[5]})
			case strings.HasPrefix(l, "= "):
				f := field()
				p.Entities = append(p.Entities, ProbeEntity{f[0], f[1], f[2]})
			case strings.HasPrefix(l, "#"):
			default:
				body = append(body, l)
			}
		}
		p.Article.Body = strings.TrimSpace(strings.Join(body, "\n")) + "\n"
		out = append(out, p)
	}
	return out
}

// ClaimProbeMisses compares the report of one probe article with its
// expectations, adds every expectation it misses and every claim it makes
// beyond them to failed (item: what is wrong), and returns the number of
// items compared. A claim expectation takes the first unused claim with its
// cue and its speaker (SpeakerRank), preferring one that is right in full.
func ClaimProbeMisses(pa ClaimProbe, r parallax.Report, failed map[string]string) (items int) {
	id := pa.Article.ID
	used := map[int]bool{}
	got := func(c parallax.Claim) string {
		return fmt.Sprintf("%s | %s | %s | %s | %s | %s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side, c.Stance, c.Speaker.Actor, c.Quote)
	}
	for _, want := range pa.Claims {
		items++
		// the claims of the cue whose speaker is the written speaker, then
		// those whose speaker ends with it ("the coast guard"), then those
		// that hold it as whole words ("A coast guard spokeswoman"): the
		// report's speaker is the whole mention, the expectation often its
		// head or name
		best, found := -1, false
		for rank := 0; rank < 3 && best < 0; rank++ {
			for i, c := range r.Claims {
				if used[i] || !strings.EqualFold(c.Cue.Text, want.Cue) || SpeakerRank(c.Speaker.Text, want.Speaker) != rank {
					continue
				}
				if best < 0 {
					best = i
				}
				if c.Speaker.Side == want.Side && c.Stance == want.Stance &&
					(want.Actor == "" || c.Speaker.Actor == want.Actor) &&
					(want.Quote == "" || c.Quote == want.Quote) {
					best, found = i, true
					break
				}
			}
		}
		switch {
		case found:
			used[best] = true
		case best >= 0:
			used[best] = true
			failed[want.Key(id)] = "got " + got(r.Claims[best])
		default:
			failed[want.Key(id)] = "missing"
		}
	}
	for i, c := range r.Claims {
		if !used[i] {
			items++
			failed[fmt.Sprintf("%s: extra %s | %s", id, c.Cue.Text, c.Speaker.Text)] = "got " + got(c) + " in " + c.Sentence
		}
	}
	for _, want := range pa.Entities {
		items++
		key := fmt.Sprintf("%s: = %s", id, want.Text)
		failed[key] = "no such entity"
		for _, e := range r.Entities {
			if e.Text == want.Text {
				if e.Actor == want.Actor && e.Side == want.Side {
					delete(failed, key)
				} else {
					failed[key] = fmt.Sprintf("got %s | %s", e.Actor, e.Side)
				}
				break
			}
		}
	}
	return items
}

// CheckKnownFailures reconciles a battery's failing items (item: what is
// wrong) with its list of known misses: an unlisted failure fails the
// test, and so does a listed item that no longer fails (remove it from
// listName), so the list stays honest. Unlike CheckKnown it needs only the
// failures, for batteries that do not list the items they get right.
func CheckKnownFailures(t testing.TB, failed, known map[string]string, listName string) {
	t.Helper()
	keys := make([]string, 0, len(failed))
	for k := range failed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := known[k]; !ok {
			t.Errorf("%s: %s", k, failed[k])
		}
	}
	for k := range known {
		if _, ok := failed[k]; !ok {
			t.Errorf("%s: listed as known but passes now; remove it from %s", k, listName)
		}
	}
}

// SpeakerRank tells how a report's speaker text got holds an
// expectation's speaker want, case aside: 0 it is want, 1 its first
// mention (before an apposition) ends with want as whole words, 2 it
// holds want as whole words elsewhere (or want is empty), 3 not at all.
func SpeakerRank(got, want string) int {
	g, w := strings.ToLower(got), strings.ToLower(want)
	switch {
	case g == w:
		return 0
	case w == "":
		return 2 // no speaker written: any
	}
	// the mention before an apposition ends with its head ("Senior
	// Colonel Shi Yi, the spokesperson" is Shi Yi's mention)
	head, _, _ := strings.Cut(g, ", ")
	rank := 3
	for i := 0; i <= len(g)-len(w); {
		k := strings.Index(g[i:], w)
		if k < 0 {
			break
		}
		k += i
		before := k == 0 || !wordByte(g[k-1])
		after := k+len(w) == len(g) || !wordByte(g[k+len(w)])
		if before && after {
			if k+len(w) == len(head) {
				return 1
			}
			rank = 2
		}
		i = k + 1
	}
	return rank
}

// wordByte: byte c is part of a word (a letter, a digit, or a byte of a
// letter written in several).
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
