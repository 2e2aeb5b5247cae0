package claim_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// spanWant is one attribution of a spans battery: its cue, speaker and
// content as the text has them (testdata/spans27/spans27.txt's header
// gives the conventions). The probe format's three fields carry them:
// "> cue | speaker | content".
type spanWant struct{ cue, speaker, content string }

// span is a byte range of the article's cleaned text; a < 0 is no span.
type span struct{ a, b int }

func (s span) ok() bool { return s.a >= 0 && s.b > s.a }

func (s span) overlaps(o span) bool { return s.ok() && o.ok() && s.a < o.b && o.a < s.b }

// spanScore counts what a spans battery measures: attributions found
// (a report claim's cue overlaps the gold cue, or for a cue-less quotation
// its content overlaps the gold content), report claims that match
// none, and over the found ones, exact matches and the sum of
// token-overlap F1 of each part.
type spanScore struct {
	gold, found, claims, matched int
	exact, f1                    [3]float64 // content, speaker, cue
}

var spanParts = [3]string{"content", "speaker", "cue"}

func (s spanScore) String() string {
	var b strings.Builder
	p := 0.0
	if s.claims > 0 {
		p = float64(s.matched) / float64(s.claims)
	}
	fmt.Fprintf(&b, "attributions %d, found %d (recall %.3f), report claims %d, matching one %d (precision %.3f)",
		s.gold, s.found, float64(s.found)/float64(max(s.gold, 1)), s.claims, s.matched, p)
	for i, part := range spanParts {
		fmt.Fprintf(&b, "; %s exact %.0f/%d (%.3f) overlap F1 %.3f", part, s.exact[i], s.found,
			s.exact[i]/float64(max(s.found, 1)), s.f1[i]/float64(max(s.found, 1)))
	}
	return b.String()
}

// wordAt finds needle in text as whole words from offset from on, -1 when
// it is not there.
func wordAt(text, needle string, from int) int {
	for i := from; i <= len(text)-len(needle); {
		k := strings.Index(text[i:], needle)
		if k < 0 {
			return -1
		}
		k += i
		before := k == 0 || !isWordByte(text[k-1])
		after := k+len(needle) == len(text) || !isWordByte(text[k+len(needle)])
		if before && after {
			return k
		}
		i = k + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// nearest is the whole-word occurrence of needle closest to s; inside:
// one inside s counts (at distance 0); before: only occurrences ending at
// or before s.a.
func nearest(text, needle string, s span, inside, before bool) span {
	best, bestD := span{-1, -1}, -1
	for k := wordAt(text, needle, 0); k >= 0; k = wordAt(text, needle, k+1) {
		o := span{k, k + len(needle)}
		if before && o.b > s.a {
			break
		}
		if !inside && o.overlaps(s) {
			continue
		}
		d := 0
		switch {
		case o.b <= s.a:
			d = s.a - o.b + crossing(text[o.b:s.a])
		case o.a >= s.b:
			d = o.a - s.b + crossing(text[s.b:o.a])
		}
		if bestD < 0 || d < bestD {
			best, bestD = o, d
		}
	}
	return best
}

// crossing is the distance added for a sentence end or a paragraph
// break in the gap between two spans: an attribution's parts share a
// sentence unless none nearer does.
func crossing(gap string) int {
	if strings.Contains(gap, "\n") {
		return 2000
	}
	if strings.Contains(gap, ". ") || strings.Contains(gap, ".\" ") ||
		strings.Contains(gap, ".” ") || strings.Contains(gap, "? ") || strings.Contains(gap, "! ") {
		return 1000
	}
	return 0
}

// locate finds the gold spans of w in text: the content first ("A ... B":
// from A's start to the end of the first B after it), then the cue
// nearest to it, then the speaker nearest to the cue (or, with no cue,
// the nearest before the content).
func locate(text string, w spanWant) (content, speaker, cue span, err error) {
	first, last, split := strings.Cut(w.content, " ... ")
	a := strings.Index(text, first)
	if a < 0 {
		return content, speaker, cue, fmt.Errorf("content %q not in the text", first)
	}
	content = span{a, a + len(first)}
	if split {
		b := strings.Index(text[content.b:], last)
		if b < 0 {
			return content, speaker, cue, fmt.Errorf("content %q not in the text", last)
		}
		content.b += b + len(last)
	}
	cue, speaker = span{-1, -1}, span{-1, -1}
	if w.cue != "" {
		if cue = nearest(text, w.cue, content, split, false); !cue.ok() {
			return content, speaker, cue, fmt.Errorf("cue %q not in the text", w.cue)
		}
	}
	if w.speaker != "" {
		if cue.ok() {
			speaker = nearest(text, w.speaker, cue, false, false)
		} else {
			speaker = nearest(text, w.speaker, content, false, true)
		}
		if !speaker.ok() {
			return content, speaker, cue, fmt.Errorf("speaker %q not in the text", w.speaker)
		}
	}
	return content, speaker, cue, nil
}

// trimmed drops the punctuation and spaces at both ends of s.
func trimmed(text string, s span) span {
	if !s.ok() {
		return span{-1, -1}
	}
	for s.a < s.b && !isWordByte(text[s.a]) {
		s.a++
	}
	for s.b > s.a && !isWordByte(text[s.b-1]) {
		s.b--
	}
	return s
}

// tokens are the word tokens of text inside s, by their offsets.
func tokens(text string, s span) map[int]bool {
	out := map[int]bool{}
	if !s.ok() {
		return out
	}
	in := false
	for i, r := range text[s.a:s.b] {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			out[s.a+i] = true
		}
		in = w
	}
	return out
}

// overlapF1 is the token-overlap F1 of two spans: 1 when both are empty.
func overlapF1(text string, gold, got span) float64 {
	g, r := tokens(text, gold), tokens(text, got)
	if len(g) == 0 && len(r) == 0 {
		return 1
	}
	both := 0
	for k := range g {
		if r[k] {
			both++
		}
	}
	if both == 0 {
		return 0
	}
	p, rc := float64(both)/float64(len(r)), float64(both)/float64(len(g))
	return 2 * p * rc / (p + rc)
}

// scoreSpans compares one article's report with its attributions: each
// gold attribution takes the unused report claim whose cue overlaps its
// cue (or whose content overlaps its content, for a cue-less quotation)
// with the most content overlap; every miss and every report claim
// matching none goes into failed.
func scoreSpans(t *testing.T, id string, ws []spanWant, r parallax.Report, failed map[string]string, sc *spanScore) {
	text := r.Articles[0].Text
	used := map[int]bool{}
	for _, w := range ws {
		sc.gold++
		key := fmt.Sprintf("%s: > %s | %s | %.40s", id, w.cue, w.speaker, w.content)
		content, speaker, cue, err := locate(text, w)
		if err != nil {
			t.Errorf("%s: %v", key, err)
			continue
		}
		best, bestF := -1, -1.0
		for i, c := range r.Claims {
			cc, ccue := span{c.Start, c.End}, span{c.Cue.Start, c.Cue.End}
			if used[i] || !(cue.ok() && ccue.overlaps(cue) || !cue.ok() && cc.overlaps(content)) {
				continue
			}
			if f := overlapF1(text, content, cc); f > bestF {
				best, bestF = i, f
			}
		}
		if best < 0 {
			failed[key+": not found"] = "missing"
			continue
		}
		used[best] = true
		sc.found++
		c := r.Claims[best]
		got := [3]span{{c.Start, c.End}, {c.Speaker.Start, c.Speaker.End}, {c.Cue.Start, c.Cue.End}}
		if c.Speaker.Text == "" {
			got[1] = span{-1, -1}
		}
		if !cue.ok() {
			got[2] = span{-1, -1} // a cue-less quotation: its cue is not compared
		}
		want := [3]span{content, speaker, cue}
		for p := range spanParts {
			g, w := trimmed(text, got[p]), trimmed(text, want[p])
			sc.f1[p] += overlapF1(text, w, g)
			if g == w {
				sc.exact[p]++
				continue
			}
			gotText := ""
			if g.ok() {
				gotText = text[g.a:g.b]
			}
			failed[key+": "+spanParts[p]] = fmt.Sprintf("got %q", gotText)
		}
	}
	for i, c := range r.Claims {
		sc.claims++
		if used[i] {
			sc.matched++
			continue
		}
		if gotCueIn(c, ws, text) {
			sc.matched++ // a second claim of a gold attribution's cue (a split content)
			continue
		}
		failed[fmt.Sprintf("%s: extra %s | %s", id, c.Cue.Text, c.Speaker.Text)] = fmt.Sprintf("content %q", text[c.Start:c.End])
	}
}

// gotCueIn: the claim's cue overlaps the cue of one of the gold
// attributions.
func gotCueIn(c parallax.Claim, ws []spanWant, text string) bool {
	for _, w := range ws {
		if _, _, cue, err := locate(text, w); err == nil && cue.overlaps(span{c.Cue.Start, c.Cue.End}) {
			return true
		}
	}
	return false
}

// runSpanBattery runs the pipeline on a spans battery and returns what
// it misses (keys as the known-failure maps hold them) and the score.
func runSpanBattery(t *testing.T, path string) (map[string]string, spanScore) {
	t.Helper()
	p := pipetest.Pipeline(t)
	failed := map[string]string{}
	var sc spanScore
	for _, pa := range testutil.ReadClaimProbes(t, path) {
		ws := make([]spanWant, len(pa.Claims))
		for i, c := range pa.Claims {
			ws[i] = spanWant{cue: c.Cue, speaker: c.Speaker, content: c.Side} // the third field is the content
		}
		r := report.Build([]*parallax.Document{p.Analyze(pa.Article)}, nil, nil, report.Options{WithText: true})
		scoreSpans(t, pa.Article.ID, ws, r, failed, &sc)
	}
	return failed, sc
}

// spans27Known are the misses of the spans battery of session 27, each
// with the reason; the test fails when one of them starts to pass.
var spans27Known = map[string]string{
	// first run (before any fix): 158 attributions, 146 found (recall
	// 0.924), 149 report claims, 146 matching one (precision 0.980);
	// content exact 145/146, speaker exact 36/146 (overlap F1 0.737), cue
	// exact 146/146. With the speaker mention (mention.go): speaker exact
	// 146/146.
	"court-in-supreme: extra ordered | India's Supreme Court":                                               "a court order is read as a claim (a directive with an object and infinitive)",
	"biz-jp-rates: > expected | they | a rise in October: not found":                                        "a belief verb with a noun object inside a reported clause ('said they expected a rise'): no clause, no nested claim",
	"health-ca-measles: extra recorded | Ontario":                                                           "'Ontario has recorded 112 cases': a statistic's verb read as a cue",
	"health-de-drug: extra welcomed | Patient groups":                                                       "'welcomed the decision': an object with no clause, a reaction the battery does not count",
	"local-ie-flooding: > called | Local councillor Niall Byrne | for emergency payments: not found":        "'said C and called for D': the second act is folded into the first (claim.go's single act; the golds count one)",
	"local-ie-flooding: > said | Local councillor Niall Byrne | traders had been \"left to sink\": content": "the coordinated 'and called for' is kept in the reported clause (the single act above)",
	"pol-za-coalition: > expect | he | the coalition to collapse: not found":                                "'did not expect the coalition to collapse' inside a reported clause: an infinitive object, no nested claim",
}

// TestSpans27Battery scores attribution recall, precision and the extents
// of content, speaker and cue on ordinary news (testdata/spans27).
func TestSpans27Battery(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, sc := runSpanBattery(t, "testdata/spans27/spans27.txt")
	testutil.CheckKnownFailures(t, failed, spans27Known, "spans27Known")
	t.Logf("spans27: %v", sc)
}

// spans27bKnown are the misses of the second spans battery
// (testdata/spans27/spans27b.txt), written after the first one's work
// to measure how far it carries.
var spans27bKnown = map[string]string{
	// first run (main adfb31eb): 37 attributions, 34 found (recall
	// 0.919), 36 report claims, 34 matching one (precision 0.944);
	// content exact 33/34, speaker exact 10/34 (overlap F1 0.725), cue
	// exact 34/34. With the speaker mention (mention.go): speaker exact
	// 30/34 (overlap F1 0.931).
	"health-au-vaping: extra showed | the figures":                                                                                                           "'said the figures showed C': a nested paper claim the battery does not list (a convention question, as probes18's papers)",
	"biz-in-airline-merger: > told | The merged airline's chief executive, Vikram Rao | fares would not rise: speaker":                                       "speaker span 'Vikram Rao': a participle modifier ('The merged airline's chief executive') is no word of mention.go's mention, so the apposed role is not taken",
	"biz-us-chipmaker: > warned | A US chipmaker | sales in the current quarter would fall : not found":                                                      "'warned on Wednesday that C' with a company named by its kind ('A US chipmaker'): not read",
	"court-za-tender: > told | A Cape Town businessman accused of bribing municipal officials to win a housing tender | he had never paid anyone: not found": "a subject with a long participle phrase ('accused of bribing ... to win a tender') before 'told the court that C': not read",
	"local-nz-council-rates: extra confirmed | Wellington City Council":                                                                                      "'has confirmed a rates rise': an object with no clause read as a claim",
	"pol-ca-premier-letter: > say | Mayors in the Annapolis Valley | they have waited eight months for help: speaker":                                        "speaker span 'Annapolis Valley': a role phrase with 'in' ('Mayors in the Annapolis Valley') is not taken, and the rules read the place",
	"pol-ca-premier-letter: > wrote | Premier Tim Houston | the province \"cannot carry this alone\": content":                                               "'In a letter to the prime minister, NAME wrote that C': the content is the opening phrase, not the that-clause",
	"sci-de-space: > said | Klaus Weber, a professor of aerospace engineering in Munich | A week's delay is nothing compared with : speaker":                 "speaker span 'Klaus Weber': an apposition after an inverted speaker is taken only where it ends the mention ('... engineering in Munich' goes on with 'in')",
}

// TestSpans27bBattery scores the second spans battery as
// TestSpans27Battery does the first.
func TestSpans27bBattery(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, sc := runSpanBattery(t, "testdata/spans27/spans27b.txt")
	testutil.CheckKnownFailures(t, failed, spans27bKnown, "spans27bKnown")
	t.Logf("spans27b: %v", sc)
}
