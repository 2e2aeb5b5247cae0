package event_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// caseKnown are the items of the document- and sentence-level battery
// (testdata/case) that the pipeline does not get right yet, each with the
// reason; kept honest as protestsKnown is.
// case2Known are the transfer batch's known misses (see caseKnown).
var case2Known = map[string]string{
	"t01-in-patna-students|sent|At least a dozen students":                        "injuries told in their own sentence without a protest word",
	"t01-in-patna-students|sent|The students had gathered near":                   "a gathering with no demand or slogan in its sentence ('refused to move')",
	"t02-in-kolkata-rail-roko|sent|Railway Protection Force personnel persuaded":  "the blockade's end told by those who ended it, without a protest word",
	"t03-za-durban-truckers|sent|KwaZulu-Natal police spokesperson Colonel Nomsa": "convention: passive arson with no crowd named is property destruction (1712)",
	"t04-za-eff-march|detail":                                      "geo: Sandton (a Johannesburg district) is not found; the march has no place",
	"t06-br-belem-indigenous|sent|Members of the Munduruku people": "'blocked access to the terminal': 'access' is no road word (it is also what armed parties block)",
	"t08-cn-hk-rail|sent|Several elderly villagers were pushed":    "violence told in the passive without a riot word",
}

// case3Known are the known misses of the session-13 battery (testdata/case3,
// written before any run; see caseKnown).
var case3Known = map[string]string{
	"a05-in-bareilly-clash|sent|At least eight people, including":       "injuries told in their own sentence without a protest word",
	"a06-in-vizhinjam-boats|detail":                                     "geo: Vizhinjam (a port of Thiruvananthapuram) is not found; the blockade has the dateline's city",
	"a10-za-tut-students|detail":                                        "geo: Soshanguve (a Pretoria township) is not found; the arson has the dateline's Pretoria",
	"a17-ar-congress-clashes|sent|Security Minister Laura Benítez said": "'said the violence had been planned': the riot named as a topic in a reported clause (as p10)",
	"a18-br-app-riders|detail":                                          "the lead's act is not found, and 'the stoppage was joined in at least 40 cities' names no place",
	"a18-br-app-riders|sent|SÃO PAULO - Delivery riders":                "'switched off their apps and rode in a motorcade ..., demanding a minimum fee' is no listed act",
	"a22-in-guwahati-black-flags|sent|Police detained 14 workers who":   "convention: arrests are strategic developments (173); 'tried to stop the convoy' is no listed act",
}

// case4Known are the known misses of the session-13 transfer batch
// (testdata/case4, written after the case3 fixes and before any run).
var case4Known = map[string]string{
	"c01-in-jaipur-teachers|sent|The teachers sat in the":         "'sat in the driveway and did not let officials leave': no listed act (a sit-in told without the word)",
	"c03-in-keonjhar-hostage|detail":                              "geo: Keonjhar and Harichandanpur are not found; the protest has Odisha",
	"c03-in-keonjhar-hostage|sent|The officials were freed after": "the protest's end told in the passive by what it did to the officials, without a protest word",
	"c04-in-medals|sent|The veterans, many of them":               "'placed the medals in a box addressed to the President' is no listed act",
	"c07-ar-olla-popular|sent|Hundreds of people queued for":      "'queued for a plate of stew as leaders read a statement against ...': no listed act",
	"c07-ar-olla-popular|sent|Police cordoned off two lanes":      "police that 'did not intervene': no force used, no protest word",
}

// case5Known are the known misses of the machine-translated batch
// (testdata/case5, written after the case4 fixes and before any run).
var case5Known = map[string]string{
	"e01-ar-concentration|sent|Federal forces deployed a strong":  "'moments of tension when officers pushed a group of retirees': pushing is no listed force",
	"e01-ar-concentration|sent|The demonstrators remained in the": "'remained in the square with flags and banners': no listed act",
	"e04-ar-escrache|sent|The activists painted graffiti on":      "'painted graffiti and shouted insults': no listed act",
	"e04-ar-escrache|sent|The deputy denounced the act":           "'the act' names the escrache only by the translation's word for a rally, with no rally sense of its own",
	"e06-br-highway-closed|detail":                                "the riot of the second sentence (tyres set on fire) has no place; Belo Horizonte is named in the first, whose blockade is a protest",
	"e07-br-landless-march|sent|The act closed the activities":    "'The act closed the activities of the so-called Red April': 'act' as a rally named without a place or a verb of holding",
	"e08-br-students-occupy|sent|The occupants affirm that they":  "'will only leave the building': the occupation told by its end to come, without a protest word",
	"e08-br-students-occupy|sent|The university said it respects": "'considers the occupation illegal': the occupation named as a topic in a reported clause",
}

var caseKnown = map[string]string{
	"n14-in-security-plan|doc":                                            "'appealed to the organisers to keep the rally peaceful': a rally still to come, told by an appeal; the earlier sentence's 'Sunday's protest rally' is no longer an event",
	"n14-in-security-plan|sent|The police commissioner appealed to":       "see n14-in-security-plan|doc",
	"p02-in-bengaluru-roadblock|sent|Hundreds of farmers parked tractors": "'parked tractors across the carriageway' blocks a road without a blocking word",
	"p03-in-mysuru-bandh|sent|Shops and commercial establishments in":     "expectation inconsistent with the battery's own convention (an effect alone, shops shut, describes no event); kept as written before the run",
	"p04-in-tvm-clash|sent|Several activists and four policemen":          "injuries told in their own sentence without a protest word",
	"p06-za-mamelodi|detail":                                              "geo: Mamelodi (a Pretoria township) is not found, so the events of its sentence have no place; the rubber bullets have Tshwane",
	"p07-za-cape-taxi|detail":                                             "convention: buses 'set alight' in the passive are property destruction (1712), so the riot is missing; the strike is placed nowhere",
	"p07-za-cape-taxi|sent|Two Golden Arrow buses were":                   "convention: passive arson with no crowd named is property destruction (1712, as 022f337)",
	"p11-ar-pensioners|sent|Several pensioners were injured and":          "injuries and arrests told in their own sentence without a protest word",
	"p12-ar-piqueteros|detail":                                            "geo: 'Pueyrredón Bridge' is no place mention; the blockade has the dateline's Buenos Aires",
	"p12-ar-piqueteros|sent|The blockade cut one of":                      "'The blockade' stays a siege (191 is recoded only with unrest words near, and 'blocked' is none)",
	"p13-br-mst-occupation|sent|The families set up tents":                "a camp at a farm's entrance is no listed act",
	"p14-br-truckers|sent|Trucks were parked across the":                  "a road blocked by parked trucks without a blocking word",
	"p20-in-asha-hunger|detail":                                           "the hunger strike gets no place: 'Freedom Park' (a Bengaluru park) is not found",
}

// unrestEvent reports whether e says that a protest, riot or strike
// happened: the document- and sentence-level question of socio-political
// event benchmarks, answered by the report's events.
func unrestEvent(e *parallax.Event) bool {
	return !e.Negated && (e.Type == parallax.EventProtests || e.Type == parallax.EventRiots)
}

// TestCaseDocuments runs the whole pipeline on the invented articles of
// testdata/case (protests, riots, strikes, bandhs, blockades and sit-ins
// that happened, and hard negatives: planned, threatened or called-off
// protests, court cases and anniversaries of past riots, a minister's or a
// state's "protest", a football "strike", prices on the "march", a rally
// without dispute, wage talks) and asks, as the benchmark does, whether
// each document and each sentence reports such an event, and for the
// documents that do, its type, place and date (testdata/case.tsv, written
// before the pipeline ran on them). Precision and recall are logged.
func TestCaseDocuments(t *testing.T) {
	runCaseBattery(t, "testdata/case", "testdata/case.tsv", caseKnown, "caseKnown")
}

// TestCaseTransfer runs the second batch (testdata/case2), written after
// the fixes the first batch led to, as a measure of how they carry to
// unseen articles; its first run is reported in the commit that added its
// known list.
func TestCaseTransfer(t *testing.T) {
	runCaseBattery(t, "testdata/case2", "testdata/case2.tsv", case2Known, "case2Known")
}

// TestCaseThird runs the session-13 batch (testdata/case3: new forms of
// protest such as effigies, black flags, court boycotts and boat
// blockades, and negatives of weather, military strikes, market rallies,
// sports, past violence in courts and inquiries, bills about protests,
// carnival and processions), written before the pipeline ran on it.
func TestCaseThird(t *testing.T) {
	runCaseBattery(t, "testdata/case3", "testdata/case3.tsv", case3Known, "case3Known")
}

// TestCaseFourth runs the session-13 transfer batch (testdata/case4),
// written after the case3 fixes, as a measure of how they carry.
func TestCaseFourth(t *testing.T) {
	runCaseBattery(t, "testdata/case4", "testdata/case4.tsv", case4Known, "case4Known")
}

// TestCaseTranslated runs the session-13 batch of Argentine and Brazilian
// stories in the literal English of machine translation (testdata/case5),
// as CASE 2021 gives its Spanish and Portuguese documents.
func TestCaseTranslated(t *testing.T) {
	runCaseBattery(t, "testdata/case5", "testdata/case5.tsv", case5Known, "case5Known")
}

// runCaseBattery analyses the articles of dir and checks the document and
// sentence expectations of tsv, reconciling misses with known.
func runCaseBattery(t *testing.T, dir, tsv string, known map[string]string, listName string) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	docs := pipetest.AnalyzeDir(t, dir)
	results := map[string]string{}
	wantSent := map[string]map[int]bool{} // article: sentences that describe an event
	var docTP, docFP, docFN, sentTP, sentFP, sentFN int
	for _, pl := range testutil.ReadProbeLines(t, tsv) {
		n, f := pl.N, pl.Fields
		doc := docs[f[0]]
		if doc == nil {
			t.Fatalf("line %d: no article %q", n, f[0])
		}
		if wantSent[f[0]] == nil {
			wantSent[f[0]] = map[int]bool{}
		}
		switch {
		case f[1] == "doc" && (len(f) == 3 && f[2] == "no" || len(f) == 6 && f[2] == "yes"):
			var found []string
			for i := range doc.Events {
				if e := &doc.Events[i]; unrestEvent(e) {
					found = append(found, fmt.Sprintf("%s %s %q", e.Type, e.CAMEO, doc.Text[e.Start:e.End]))
				}
			}
			want, got := f[2] == "yes", len(found) > 0
			switch {
			case want && got:
				docTP++
				results[f[0]+"|doc"] = ""
			case want:
				docFN++
				results[f[0]+"|doc"] = "no protest or riot found"
			case got:
				docFP++
				results[f[0]+"|doc"] = "found " + strings.Join(found, ", ")
			default:
				results[f[0]+"|doc"] = ""
			}
			if want {
				results[f[0]+"|detail"] = caseDetail(doc, f[3], f[4], f[5])
			}
		case f[1] == "sent" && len(f) == 3:
			k := strings.Index(doc.Text, f[2])
			if k < 0 {
				t.Fatalf("line %d: %q not in %s", n, f[2], f[0])
			}
			wantSent[f[0]][doc.SentenceIndex(k)] = true
		default:
			t.Fatalf("line %d: bad line %q", n, strings.Join(f, "\t"))
		}
	}
	for id, doc := range docs {
		want, ok := wantSent[id]
		if !ok {
			t.Errorf("%s: no expectations", id)
			continue
		}
		for si, s := range doc.Sentences {
			var found []string
			for i := range doc.Events {
				if e := &doc.Events[i]; unrestEvent(e) && e.Start >= s.Start && e.Start < s.End {
					found = append(found, fmt.Sprintf("%s %s %q", e.Type, e.CAMEO, doc.Text[e.Start:e.End]))
				}
			}
			key := id + "|sent|" + caseSentenceKey(doc.Text[s.Start:s.End])
			got := len(found) > 0
			switch {
			case want[si] && got:
				sentTP++
				results[key] = ""
			case want[si]:
				sentFN++
				results[key] = "describes an event; none found"
			case got:
				sentFP++
				results[key] = "describes none; found " + strings.Join(found, ", ")
			default:
				results[key] = ""
			}
		}
	}
	right := testutil.CheckKnown(t, results, known, listName)
	t.Logf("%s: %d/%d items right", dir, right, len(results))
	t.Logf("documents: P %.3f R %.3f (tp %d fp %d fn %d)", ratio(docTP, docTP+docFP), ratio(docTP, docTP+docFN), docTP, docFP, docFN)
	t.Logf("sentences: P %.3f R %.3f (tp %d fp %d fn %d)", ratio(sentTP, sentTP+sentFP), ratio(sentTP, sentTP+sentFN), sentTP, sentFP, sentFN)
}

// caseSentenceKey names a sentence by its first five words.
func caseSentenceKey(s string) string {
	w := strings.Fields(s)
	if len(w) > 5 {
		w = w[:5]
	}
	return strings.Join(w, " ")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// caseDetail checks that some protest or riot event of the document has
// type typ, a place mention whose text is place (case-insensitive) and
// starts on date ("*" leaves a field unchecked); it names the nearest miss.
func caseDetail(doc *parallax.Document, typ, place, date string) string {
	best := "no protest or riot found"
	bestMiss := 4
	for i := range doc.Events {
		e := &doc.Events[i]
		if !unrestEvent(e) {
			continue
		}
		var miss []string
		if e.Type != typ {
			miss = append(miss, "type "+e.Type)
		}
		if place != "*" && !eventAt(doc, e, place) {
			miss = append(miss, fmt.Sprintf("places %v", e.Places))
		}
		if date != "*" && e.Date.Start != date {
			miss = append(miss, fmt.Sprintf("date %q", e.Date.Start))
		}
		if len(miss) < bestMiss {
			bestMiss = len(miss)
			best = fmt.Sprintf("%q: %s", doc.Text[e.Start:e.End], strings.Join(miss, "; "))
		}
	}
	if bestMiss == 0 {
		return ""
	}
	return best
}

// eventAt reports whether one of e's places is mentioned as name.
func eventAt(doc *parallax.Document, e *parallax.Event, name string) bool {
	for _, id := range e.Places {
		for _, pl := range doc.Places {
			if pl.ID == id && strings.EqualFold(pl.Text, name) {
				return true
			}
		}
	}
	return false
}
