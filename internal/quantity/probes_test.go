package quantity_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probesKnown are the probe expectations the whole pipeline does not meet
// yet, each with the reason. TestProbes fails when one of them starts to
// pass (remove it from here) as much as when another item fails.
var probesKnown = map[string]string{
	"06-sudan-tribune|event|shelled":      "event: a named camp ('the Abu Shouk camp') is not known to be a displacement camp; 'camp' alone is as often a militant camp",
	"08-sahel-afp|12 jihadists":           "claim/actor stage: 'the army' in a sentence opening 'In neighbouring Mali' is resolved to the story's state (BFA)",
	"11-syria-aljazeera|37 people":        "people killed in clashes between two forces are given the place's state (mostly fighters here); the convention is unsettled",
	"19-roundup|40 government soldiers":   "claim/actor stage: 'The rebels' is resolved to HAMAS, named two paragraphs before, so the soldiers are ISR",
	"20-kosovo-balkaninsight|24 vehicles": "'armed Serbs' gives the group Serbia's side, so what the police seized from it is SRB",
	// session 8 (probes 66-92)
	"65-pak-afghan|30 militants":           "parse: passes with the parser retrained in session 8 (not shipped, see the README); the session-7 parser's tree of '..., the Inter-Services Public Relations (ISPR) said' leaves the speaker without its side",
	"70-sudan-elfasher|60 people":          "actor stage: 'the group' is resolved to RSF, not the El Fasher Resistance Committees named before",
	"76-headline-body|Kill 558 In":         "a title-case headline line: no claim in '..., Health Ministry Says', and a bare number killed by Israeli strikes is taken for the opponent's (HEZBOLLAH)",
	"83-myanmar-aa|four armoured vehicles": "actor stage: 'the ethnic armed group' gets no side, so the vehicles have no claimant to take them from",
	"83-myanmar-aa|three artillery pieces": "actor stage: 'the ethnic armed group' gets no side, so the pieces have no claimant to take them from",
	"91-ukr-mixed-words|several aircraft":  "materiel a party tells of as hit with no agent is taken for its enemy's; aircraft Russia says caught fire are its own",
	"109-kashmir-loc|16 civilians":         "geo/actor stages: 'Line of Control' is placed at Kiribati's Line Islands and Poonch at Pakistan's district, so 'officials' and 'the Army' are Pakistan's",
	"109-kashmir-loc|59 injured":           "geo/actor stages: 'Line of Control' is placed at Kiribati's Line Islands and Poonch at Pakistan's district, so 'officials' and 'the Army' are Pakistan's",
	"109-kashmir-loc|A soldier":            "geo/actor stages: 'Line of Control' is placed at Kiribati's Line Islands and Poonch at Pakistan's district, so 'officials' and 'the Army' are Pakistan's",
	"109-kashmir-loc|four children":        "geo/actor stages: 'Line of Control' is placed at Kiribati's Line Islands and Poonch at Pakistan's district, so 'officials' and 'the Army' are Pakistan's",
	"124-xinhua-myanmar|50 members":        "geo stage: the dateline's 'Nov.' is placed in Angola, which the unnamed armed groups' owner falls back to",
	"125-armenpress-2023|200 wounded":      "claim/actor stage: the Karabakh ombudsman gets no side",
	"125-armenpress-2023|32 people":        "claim/actor stage: the Karabakh ombudsman gets no side",
	"125-armenpress-2023|7 civilians":      "claim/actor stage: the Karabakh ombudsman gets no side",
	"129-fardc|Three soldiers":             "claim/actor stage: 'the army spokesman in the region, Captain Antony Mualushayi' gets no side",
	"129-fardc|five others":                "claim/actor stage: 'the army spokesman in the region, Captain Antony Mualushayi' gets no side",
	"131-kia-mia|24 were":                  "claim stage: 'the brigade's press service' takes no side from 'the brigade' (UKR), as 'the army's press service' does",
	"131-kia-mia|Eleven soldiers":          "claim stage: 'the brigade's press service' takes no side from 'the brigade' (UKR), as 'the army's press service' does",
	"131-kia-mia|six went":                 "claim stage: 'the brigade's press service' takes no side from 'the brigade' (UKR), as 'the army's press service' does",
	// session 9 (probes 135-149)
	"135-ukr-genstaff-prose|1,140,000 troops": "claim/actor stage: 'it' after 'Russia has lost' is resolved to Russia, not to the General Staff of the sentence before",
	"141-iran-missiles|two people":            "geo stage: 'the Sharon region' is no place, so the wounded have no state",
	"146-mali-boulkessi|100 Malian soldiers":  "claim/actor stage: 'Al Qaeda-affiliated JNIM' is resolved to al-Qaeda, not JNIM",
	"154-hrw-burkina|223 villagers":           "actor stage: 'The government' of a Nairobi-datelined story is Kenya's, so the victims of Burkina Faso's army, placed by no town, are taken for its opponent's",
	"154-hrw-burkina|56 children":             "actor stage: 'The government' of a Nairobi-datelined story is Kenya's, so the victims of Burkina Faso's army, placed by no town, are taken for its opponent's",
}

// TestProbes runs the whole pipeline on the invented articles of
// testdata/probes (wire, ministry and local-outlet styles from many
// conflicts) and checks every count and the listed events against
// testdata/probes.tsv, whose expectations were written from DESIGN §3
// before the pipeline ran on them. Every count found must be expected, so
// that a wrong extra count fails as much as a missed one.
func TestProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/probes", "testdata/probes.tsv", probesKnown, "probesKnown")
	t.Logf("probes: %d/%d items right", right, total)
}

// runProbeBattery analyses the articles of dir and checks every count and
// listed event against the expectations of tsv (format of probes.tsv), an
// unexpected count included; known lists the items that fail, with
// reasons. It returns the right items and all items.
func runProbeBattery(t *testing.T, dir, tsv string, known map[string]string, knownName string) (int, int) {
	t.Helper()
	docs := pipetest.AnalyzeDir(t, dir)
	results := map[string]string{} // item key: "" when right, else what is wrong
	used := map[*parallax.Count]bool{}
	for _, pl := range testutil.ReadProbeLines(t, tsv) {
		n, f := pl.N, pl.Fields
		doc := docs[f[0]]
		if doc == nil {
			t.Fatalf("line %d: no probe article %q", n, f[0])
		}
		switch {
		case f[1] == "count" && len(f) == 8:
			key := f[0] + "|" + f[2]
			if _, dup := results[key]; dup {
				t.Fatalf("line %d: %s listed twice", n, key)
			}
			results[key] = testutil.ProbeCount(doc, f[2:], used)
		case f[1] == "event" && len(f) == 9:
			key := f[0] + "|event|" + f[2]
			results[key] = checkEvent(doc, f[2:])
		default:
			t.Fatalf("line %d: bad line %q", n, strings.Join(f, "\t"))
		}
	}
	for id, doc := range docs {
		for i := range doc.Counts {
			if c := &doc.Counts[i]; !used[c] {
				results[id+"|extra|"+doc.Text[c.Start:c.End]] = "unexpected count " + testutil.DescribeCount(c)
			}
		}
	}
	return testutil.CheckKnown(t, results, known, knownName), len(results)
}

// checkEvent compares the shortest event over the words trigger with want
// (type, CAMEO root, initiator side, target side, target kind, negated).
func checkEvent(doc *parallax.Document, want []string) string {
	trig := want[0]
	k := strings.Index(doc.Text, trig)
	if k < 0 {
		return "trigger not in the text"
	}
	var got *parallax.Event
	for i := range doc.Events {
		e := &doc.Events[i]
		if e.Start >= k+len(trig) || k >= e.End {
			continue
		}
		if got == nil || e.End-e.Start < got.End-got.Start {
			got = e
		}
	}
	if got == nil {
		return "no event"
	}
	var miss []string
	check := func(what, w, g string) {
		if w != "*" && w != g {
			miss = append(miss, fmt.Sprintf("%s %q want %q", what, g, w))
		}
	}
	check("type", want[1], got.Type)
	root := got.CAMEO
	if len(root) > 2 {
		root = root[:2]
	}
	check("cameo", want[2], root)
	check("initiator", want[3], got.Initiator.Side)
	check("target", want[4], got.Target.Side)
	check("kind", want[5], got.Target.Kind)
	check("negated", want[6], strconv.FormatBool(got.Negated))
	return strings.Join(miss, "; ")
}
