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
	// exact 146/146.
	"biz-de-carmaker: > said | Analysts at a Frankfurt bank | the cuts were smaller than the market ha: speaker":                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-de-carmaker: > said | The works council | it would fight the plan \"with every mean: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-de-carmaker: > said | chief executive Anja Brandt | Demand for our cars in China has collaps: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-de-carmaker: > said | chief executive Anja Brandt | We did not take this decision lightly: speaker":                                  "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-de-carmaker: > said | the company | A German carmaker will cut 4,000 jobs at: speaker":                                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-de-carmaker: > warned | a union official | members could strike in the spring: speaker":                                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-jp-rates: > expected | they | a rise in October: not found":                                                                          "a belief verb with a noun object inside a reported clause ('said they expected a rise'): no clause, no nested claim",
	"biz-jp-rates: > signalled | The Bank of Japan | it could raise them before the end of th: not found":                                     "'signalled that C' is no cue",
	"biz-jp-rates: > told | Governor Kazuo Ueda | wages were rising \"broadly in line\" with: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-ke-telecom: > said | The Communications Authority | the company had failed to warn customers: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-ke-telecom: > said | The operator | it would pay the fine but \"respectfully : speaker":                                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-ke-telecom: > said | consumer rights campaigner Grace Wanjiru | Millions of people could not send money : speaker":                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-uk-takeover-sources: > according to | people familiar with the matter | A British supermarket chain is in talks : speaker":           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-uk-takeover-sources: > said | The private equity firm | it did not comment on \"market rumours\": speaker":                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-uk-takeover-sources: > said | one of the people | The talks are at an early stage and may : not found":                               "'C, one of the people said': the quantifier speaker with 'of the people' after a clause is not read (probes15 knows it too)",
	"biz-us-airline: > said | A pilots' union representative | the same system had failed twice last ye: speaker":                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-us-airline: > said | The Transportation Department | it was \"closely monitoring\" the situatio: speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-us-airline: > said | the airline | Our teams are working around the clock t: speaker":                                                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-us-airline: > said | the airline | We sincerely apologise to our customers: speaker":                                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-au-sentencing: > said | Dalton's lawyer, Peter Nguyen | his client would appeal against the sent: speaker":                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-au-sentencing: > said | Judge Karen Whitfield | the offending had \"struck at the heart o: speaker":                                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-au-sentencing: > told | the judge | There must be a lesson in this for other: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-au-sentencing: > told | the judge | You abused the trust of the people who e: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-in-supreme: > observed | the bench | Citizens cannot be left at the mercy of : speaker":                                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-in-supreme: > said | Animal welfare groups | they feared the order would lead to mass: speaker":                                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-in-supreme: > told | The Solicitor General | a national plan was being prepared: speaker":                                          "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-in-supreme: extra ordered | Supreme Court":                                                                                         "a court order is read as a claim (a directive with an object and infinitive)",
	"court-ke-election-petition: > said | Justice Mary Otieno | The court cannot overturn the will of th: speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-ke-election-petition: > said | The judge | the petitioners had not proved that vote: speaker":                                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-ke-election-petition: > said | The petitioners' lawyer | they would consider an appeal: speaker":                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-uk-inquest: > said | Coroner Louise Hunt | there had been \"a gross failure\" to prov: speaker":                                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-uk-inquest: > said | The hospital trust | it accepted the findings in full: speaker":                                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-uk-inquest: > said | The man's daughter | her family had waited two years for answ: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-uk-inquest: > said | its chief executive | We are deeply sorry: not found":                                                         "'\"C,\" its chief executive said' after a claim of the trust in the same paragraph: not read",
	"court-us-appeal: > said | Maria Lopez, a lawyer for the civil rights groups | Today's ruling is a victory for every vo: speaker":         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-us-appeal: > said | The state's attorney general | he would ask the Supreme Court to hear t: speaker":                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-us-appeal: > said | the court | the state had failed to show that the la: speaker":                                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ca-measles: > said | A spokeswoman for the health ministry | clinics in three regions would open on w: speaker":                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ca-measles: > urged | The province's chief medical officer, Dr. Lena Fraser | parents to check their children's vaccin: speaker":  "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ca-measles: extra recorded | Ontario":                                                                                             "'Ontario has recorded 112 cases': a statistic's verb read as a cue",
	"health-de-drug: > said | Hilde Koch of the German Alzheimer Society | Any treatment that slows this disease ma: speaker":                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-de-drug: > said | The European Medicines Agency | the benefits outweighed the risks for th: speaker":                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-de-drug: > said | The drug's maker | it was \"disappointed\" by the restriction: speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-de-drug: extra welcomed | Patient groups":                                                                                         "'welcomed the decision': an object with no clause, a reaction the battery does not count",
	"health-ng-cholera: > promised | The state government | to send water tankers to the worst-hit a: speaker":                                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ng-cholera: > said | Dr. Amina Bello | The rains have flooded wells and latrine: speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ng-cholera: > said | Dr. Amina Bello | We need clean water more than we need me: speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-ng-cholera: > said | The Nigeria Centre for Disease Control | more than 1,300 suspected cases had been: speaker":                  "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-uk-waits: > said | Health Secretary Wes Streeting | the figures proved the government's plan: speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-uk-waits: > said | The King's Fund, a think tank | waiting lists were unlikely to return to: speaker":                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-uk-waits: > said | its general secretary | Patients are being cared for in corridor: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-uk-waits: > said | the Royal College of Nursing | wards remained \"dangerously short\" of st: speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-uk-waits: > show | NHS figures | The number of patients waiting more than: not found":                                             "'C, NHS figures show': a trailing 'show' after the clause is not read",
	"local-ca-fire: > said | A spokesperson | water bombers from Ontario would arrive : speaker":                                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-ca-fire: > said | Mayor Colin Beaulieu | The wind turned overnight and pushed the: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-ca-fire: > said | Provincial fire officials | the blaze had grown to 40,000 hectares: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-ie-flooding: > called | Local councillor Niall Byrne | for emergency payments: not found":                                          "'said C and called for D': the second act is folded into the first (claim.go's single act; the golds count one)",
	"local-ie-flooding: > said | Local councillor Niall Byrne | traders had been \"left to sink\": content":                                   "the coordinated 'and called for' is kept in the reported clause (the single act above)",
	"local-ie-flooding: > said | Local councillor Niall Byrne | traders had been \"left to sink\": speaker":                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-ie-flooding: > said | The Office of Public Works | flood defences promised in 2016 would no: speaker":                              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-us-school-board: > said | Board member Alice Turner | the district had not looked at other opt: speaker":                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-us-school-board: > said | Superintendent Carla Jennings | falling enrolment had left the schools h: speaker":                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-za-water: > said | The city's water department | repairs would take \"at least another fou: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-za-water: > said | The mayor's office | water trucks had been sent to the area: speaker":                                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-za-water: > said | resident Thandi Zulu | My mother is 84 and we are carrying buck: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-za-water: > said | resident Thandi Zulu | Nobody from the city has come to see us: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ar-inflation: > said | the national statistics agency INDEC | Argentina's monthly inflation slowed to : speaker":                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ar-inflation: > warned | Economists at a Buenos Aires consultancy | wages were still falling behind prices: speaker":                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ar-inflation: > wrote | President Javier Milei | the figure showed \"the end of the inflat: speaker":                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-br-pension: > according to | Finance Ministry estimates | The government believes the reform will : speaker":                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-br-pension: > believes | The government | the reform will save 90 billion reais ov: speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-br-pension: > said | Senator Paulo Rezende | the changes punished teachers and nurses: speaker":                                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-fr-pensions-protest: > put | the CGT union | the number at 1.1 million: speaker":                                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-fr-pensions-protest: > saying | French unions | the government had ignored millions of p: not found":                                 "'called a strike, saying C': the participle act after a first act that reports nothing is not read",
	"pol-fr-pensions-protest: > showed | A poll for Le Monde | 64 per cent of French voters support the: speaker":                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-fr-pensions-protest: > told | Prime Minister François Bayrou | the pension age would not be lowered: speaker":                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-gh-nested: > denied | The former head of the company, Kwame Asante | telling the minister anything of the kin: speaker":              "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-gh-nested: > said | The minister | he had asked the auditor general to exam: speaker":                                                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-gh-nested: > told | the former head of a state power company | 200 million cedis could not be accounted: speaker":                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-headline-says: > said | Minister Hanna Berg | The timetable starts on September 14, st: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-headline-says: > said | The drivers' union | its members would walk out for 48 hours : speaker":                                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-headline-says: > said | The transport minister | a strike by train drivers would not dela: speaker":                                  "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-id-capital: > said | Public Works Minister Dody Hanggodo | the budget for this year had been cut by: speaker":                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-id-capital: > said | a cabinet minister | Indonesia's move of its civil servants t: speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-in-state-budget: > announced | Finance Minister Rajan Menon | The Kerala government will offer free bu: speaker":                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-in-state-budget: > dismissed | The opposition | the budget as \"a list of promises withou: speaker":                                  "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-kr-budget: > said | The Democratic Party | the government had padded its budget wit: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-kr-budget: > said | The finance ministry | the cuts would slow spending on childcar: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-kr-budget: > told | Finance Minister Choi Sang-mok | These are cuts to the future: speaker":                                          "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-mx-governor: > denied | The governor of Jalisco | any links to a construction company that: speaker":                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-mx-governor: > reported | A newspaper | the company's owner was a cousin of the : speaker":                                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-mx-governor: > said | Governor Luis Herrera | I have never met the owners of this comp: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-mx-governor: > said | The state prosecutor's office | it had opened an inquiry: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-nl-minister-quote-paragraphs: >  | Minister Marjolein Faber | Every week, hundreds of people sleep on : not found":                   "a paragraph quotation after an indirect claim: continuations carry on direct quotations only",
	"pol-nl-minister-quote-paragraphs: >  | Minister Marjolein Faber | We have reached the limit of what we can: not found":                   "a paragraph quotation after an indirect claim: continuations carry on direct quotations only",
	"pol-nl-minister-quote-paragraphs: > said | Green Left leader Jesse Klaver | the plan broke European law: speaker":                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-nl-minister-quote-paragraphs: > told | Minister Marjolein Faber | the country's reception centres were \"ov: speaker":                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ph-senate: > said | A senator | the impeachment trial of the vice presid: speaker":                                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ph-senate: > said | Lawyers for the vice president | the complaint is \"baseless\": speaker":                                         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ph-senate: > said | The Senate president | the trial could not begin until after th: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ph-senate: > told | Senator Risa Hontiveros | The Constitution does not allow us to si: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-uk-council-tax: > According to | the council's own figures | the authority faces a gap of 48 million : speaker":                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-uk-council-tax: > said | Opposition leader Dev Patel | the increase was \"the price of ten years: speaker":                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-uk-council-tax: > said | the authority's finance chief | Leeds City Council will raise council ta: not found":                        "'C, the authority's finance chief said': not read (the possessed role after a clause)",
	"pol-uk-council-tax: > told | Councillor Helen Marsh | Nobody wants to pay more, but the altern: speaker":                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-uk-council-tax: > told | Councillor Helen Marsh | We have run out of options: speaker":                                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-za-coalition: > expect | he | the coalition to collapse: not found":                                                                  "'did not expect the coalition to collapse' inside a reported clause: an infinitive object, no nested claim",
	"pol-za-coalition: > said | An ANC spokesperson, Mahlengi Bhengu | the DA was \"trying to govern from the co: speaker":                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-za-coalition: > said | DA leader John Steenhuisen | his party would challenge the bill in th: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-za-coalition: > told | Political analyst Sipho Ndlovu | he did not expect the coalition to colla: speaker":                           "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-headline-line: >  | a spokesman for the Swedish farmers' federation | There are none: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-headline-line: > said | Farmers' groups | the ban had cut crop yields: speaker":                                                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-headline-line: > said | a spokesman for the Swedish farmers' federation | We were told there would be alternatives: speaker":         "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-nz-volcano: > said | The National Emergency Management Agency | there was no need for residents on the c: speaker":                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-nz-volcano: > said | volcanologist Tom Ellery of GNS Science | That tells us magma is moving: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-nz-volcano: > said | volcanologist Tom Ellery of GNS Science | We are seeing more sulphur dioxide than : speaker":                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-us-climate-study: > found | a study published on Wednesday | The world's oceans absorbed more heat la: not found":                    "'C, a study published on Wednesday found': a participle after the paper speaker is not read",
	"sci-us-climate-study: > said | lead author Rachel Kim of the University of Colorado | The oceans are the memory of the climate: speaker": "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-us-climate-study: > said | lead author Rachel Kim of the University of Colorado | What goes in there stays for centuries: speaker":   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-us-climate-study: > wrote | The authors | the rise was \"unambiguous\" and could not: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-au-cricket: > said | Australia's captain | he still trusted his top order after the: speaker":                                      "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-au-cricket: > said | Cricket Australia | ticket sales for the match had set a rec: speaker":                                        "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-au-cricket: > said | Former captain Ian Chappell | the selectors had \"run out of patience\" : speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-es-coach: > according to | a club statement | The club's medical staff believe the inj: speaker":                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-es-coach: > believe | The club's medical staff | the injury is not serious: speaker":                                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-es-coach: > said | The coach of a Madrid club | the title race was \"far from over\" despi: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
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
	// exact 34/34.
	"biz-in-airline-merger: > said | The Competition Commission of India | the conditions would \"preserve choice fo: speaker":                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-in-airline-merger: > told | The merged airline's chief executive, Vikram Rao | fares would not rise: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-us-chipmaker: > told | chief financial officer Dana Whitlock | The PC market has not recovered the way : speaker":                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"biz-us-chipmaker: > warned | A US chipmaker | sales in the current quarter would fall : not found":                                                      "'warned on Wednesday that C' with a company named by its kind ('A US chipmaker'): not read",
	"court-ph-drug-war: > said | The national police | it would cooperate with any investigatio: speaker":                                                    "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-za-tender: > alleges | The state | Jacobs paid 1.2 million rand to three of: speaker":                                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-za-tender: > said | Ebrahim Jacobs | I won that tender because my price was t: not found":                                                         "'\"C,\" NAME said under cross-examination': not read",
	"court-za-tender: > said | her lawyer | His co-accused, former housing director : speaker":                                                               "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"court-za-tender: > told | A Cape Town businessman accused of bribing municipal officials to win a housing tender | he had never paid anyone: not found": "a subject with a long participle phrase ('accused of bribing ... to win a tender') before 'told the court that C': not read",
	"health-au-vaping: > said | Health Minister Mark Butler | the figures showed the ban was being enf: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-au-vaping: > said | the Australian Border Force | Border officers seized twice as many ill: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"health-au-vaping: extra showed | figures": "'said the figures showed C': a nested paper claim the battery does not list (a convention question, as probes18's papers)",
	"local-nz-council-rates: > said | Councillor Ray Chung | residents were \"being squeezed from ever: speaker":                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-nz-council-rates: > said | Mayor Tory Whanau | the rise was needed to fix the city's wa: speaker":                                     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"local-nz-council-rates: extra confirmed | Wellington City Council":                                                                          "'has confirmed a rates rise': an object with no clause read as a claim",
	"pol-ca-premier-letter: > said | A spokesperson for the federal emergency preparedness minister | the request was being reviewed: speaker":   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ca-premier-letter: > say | Mayors in the Annapolis Valley | they have waited eight months for help: speaker":                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ca-premier-letter: > wrote | Premier Tim Houston | the province \"cannot carry this alone\": content":                                   "'In a letter to the prime minister, NAME wrote that C': the content is the opening phrase, not the that-clause",
	"pol-ca-premier-letter: > wrote | Premier Tim Houston | the province \"cannot carry this alone\": speaker":                                   "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-cl-referendum: > According to | a survey by the polling firm Cadem | 58 per cent of Chileans would vote in fa: speaker":                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-cl-referendum: > announced | Interior Minister Carolina Toha | Chile's government will hold a referendu: speaker":                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-cl-referendum: > said | The opposition | the vote was \"a distraction from rising : speaker":                                            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ng-fuel-subsidy: > said | The information minister | the rise reflected world oil prices and : speaker":                                 "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ng-fuel-subsidy: > said | The president of the Nigeria Labour Congress, Joe Ajaero | workers could no longer afford to travel: speaker": "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"pol-ng-fuel-subsidy: > threatened | Nigeria's main labour unions | to call a general strike if the governme: speaker":                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-de-space: > said | Klaus Weber, a professor of aerospace engineering in Munich | A week's delay is nothing compared with : speaker":     "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-de-space: > said | an agency spokesman | Engineers found a fault in a valve durin: speaker":                                             "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sci-de-space: > said | the European Space Agency | The launch of a European rocket carrying: speaker":                                       "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-uk-football-owner: > said | The owner of a Championship football club | he had pulled out of talks to sell the c: speaker":            "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
	"sport-uk-football-owner: > said | The supporters' trust | it welcomed the news but wanted the prom: speaker":                                "speaker span: the head or name the rules read, not the whole mention (determiner, title, modifiers, role phrase, apposition)",
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
