package event_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// protestsKnown are the expectations of the protest battery that the whole
// pipeline does not meet yet, each with the reason. TestProtestProbes fails
// when one of them starts to pass (remove it) as much as when another item
// fails, so the list stays honest.
var protestsKnown = map[string]string{
	"19-iran-protests|739 people":                    "parse: passes with the parser retrained in session 8 (not shipped, see the README); with the session-7 parser's tree the count's claim gets no side",
	"02-za-alexandra|Twelve people":                  "geo: 'Alexandra' (the Johannesburg township) is resolved in Australia, so owner AUS; 'she said' gets no side",
	"02-za-alexandra|event|rubber bullets":           "geo: 'Alexandra' is resolved in Australia, so the story's state is AUS and the police are its",
	"04-brazil-brasilia|none|took part in the march": "the march named again ('took part in the march') is coded a second time: events are not linked by coreference",
	"09-za-taxi-strike|event|assaulted":              "geo: Khayelitsha is not found",
	"14-kenya-election|event|abducted":               "geo: Embakasi (a Nairobi district) is not found",
	"16-argentina-cacerolazo|a man":                  "claim/actor stage: 'Police in Rosario said' gets no side since the recogniser was retrained in session 6 (held-out stories replaced)",
	"22-za-durban-mob|Three foreign nationals":       "'were assaulted and admitted to hospital with serious injuries' gives no wounded outcome",
	"24-kenya-saba-saba|312 suspects":                "convention unsettled: the first batch expected arrested suspects to be the state's (06: 681 suspects), this one none; the stage gives the state",
	"24-kenya-saba-saba|six people":                  "actor stage: the Kenya Human Rights Commission, a rights body, is given the state's side",
	"26-nigeria-mob|three suspects":                  "convention unsettled: arrested suspects are given the state's side (see 24-kenya-saba-saba)",
}

// news7Known are the expectations of the session-7 battery (testdata/news7)
// that the pipeline does not meet yet, each with the reason; kept honest
// as protestsKnown is.
var news7Known = map[string]string{
	"01-in-collectorate|17 agitators":                     "geo: 'Vazirabad' (a Nanded square) is resolved in Afghanistan, so the story has no one country and the victims no owner",
	"01-in-collectorate|42 protesters":                    "geo: 'Vazirabad' is resolved in Afghanistan (no story state); claim/actor stage: 'superintendent of police Abhinash Kumar said' gets no side",
	"01-in-collectorate|Four policemen":                   "geo: 'Vazirabad' is resolved in Afghanistan (no story state); claim/actor stage: 'he added' (the superintendent of police) gets no side",
	"01-in-collectorate|event|detained":                   "geo: 'Vazirabad' is resolved in Afghanistan, so 'Police' has no story state",
	"01-in-collectorate|event|lathi-charge":               "geo: no story state (see above); date: the nearest date of the sentence wins, a relative clause's 'for the past week' over 'on Monday'",
	"02-in-bengal-bandh|event|vandalised":                 "convention: damage told in the passive with no crowd named is property destruction (1712), as 'cars were torched' (022f337); the battery expected a riot",
	"06-pk-kalat|event|shot dead":                         "convention: killings of civilians keep the fight code 190 with the type violence_against_civilians, as the first batteries code them; the battery expected an 18 code",
	"08-pk-lawyers|at least five police vehicles":         "'smashed the windscreens of' is no outcome word",
	"17-ph-npa|extra|two NPA rebels":                      "convention unsettled: since the session-8 quantity battery (ec040aa) fighters who surrendered ('two NPA rebels surrendered to the 94th Infantry Battalion') are counted as captured; the battery expected no count",
	"18-ar-piquete|none|weekly march":                     "a habitual protest in a clause about the future ('on Wednesday, when retirees hold their weekly march') is coded as held",
	"20-co-arauca|event|killed three farmers":             "claim stage: 'they accused of collaborating' makes the killing part of an accusation; no target without the count",
	"20-co-arauca|three farmers":                          "claim stage: the count stands in the claim of 'they accused', which carries no count",
	"22-ht-mirebalais|A police officer":                   "'A police officer and a Kenyan soldier were wounded': the coordinated count takes its sibling's demonym",
	"22-ht-mirebalais|event|set homes on fire":            "the initiator ('armed men from the Viv Ansanm coalition continued to roam the streets and') is too far before the coordinated verb",
	"25-bf-djibo|event|air strikes":                       "convention: an air strike the army tells of has no initiator unless named (quantity probes 08-sahel-afp)",
	"27-bd-hartal|at least seven buses":                   "materiel of civilians gets no owner (only police, army and state vehicles take the state's)",
	"29-bo-roadblocks|event|seized a military barracks":   "a crowd's seizure of a barracks is read as a battle; 'they' (Morales's supporters) is no crowd word",
	"29-bo-roadblocks|some 200 soldiers":                  "'held some 200 soldiers': only prisoners and hostages are taken by 'held' (it also means housed)",
	"32-in-bijapur|Two jawans":                            "'Two jawans of the District Reserve Guard (DRG) and one of the Special Task Force (STF) were killed': the of-phrase with two acronyms is too long for the state word",
	"32-in-bijapur|one of the Special Task Force":         "'one of the X' is no count",
	"32-in-bijapur|two others":                            "claim/actor stage: 'Bastar Inspector General of Police P Sundarraj said' gets no side",
	"33-in-murshidabad|a father and son":                  "'a father and son' is no count of two",
	"33-in-murshidabad|event|hacked to death":             "a killing in the passive with no crowd named is violence against civilians, not mob violence",
	"35-pk-kurram|a policeman":                            "'a polio worker and a policeman escorting him were shot dead': the second member after its participle phrase gets no state word",
	"35-pk-kurram|two vehicles":                           "vehicles of an attacked post are not given the post's state (only police, army and state vehicles are)",
	"37-ng-kaduna|a village head":                         "'a village head' is no people noun the count rules know",
	"38-ke-lamu|event|held peaceful demonstrations":       "geo: Mpeketoni (a Lamu town) is not found",
	"38-ke-lamu|event|improvised explosive device":        "passed at its first run; since the claim stage gives 'police said' its side (c7bfcb4), 'their' of 'their armoured vehicle ran over an IED' is taken for the initiator, and the agent of 'planted by al-Shabaab militants' is too far after the noun",
	"39-mz-maputo|event|looted":                           "convention: looting told in the passive ('several shops were looted') is property destruction (1712), as passive arson is (022f337)",
	"42-ug-kampala|at least six":                          "a bare number ('at least six were taken to hospital', read as wounded since the third batch) gets no owner after 'some of the students'",
	"43-cd-goma|event|attacked several Western embassies": "the crowd subject ('Hundreds of protesters angry at the fall of towns in North Kivu to M23 rebels') is too far from the verb, past an armed group's name",
	"45-mx-guerrero|two minors":                           "claim/actor stage: 'state prosecutors said' gets no side",
	"50-pk-kp-protest|event|gunned down":                  "event stage: an act by 'unknown assailants' inside the police's claim takes the police's state (PAK) as initiator; it surfaced when geo placed Khar in Pakistan (0f1e0fd)",
	"51-za-taxi|Three people":                             "claim stage: 'in what police believe is a renewed dispute' makes the reporter's toll a police claim",
	"51-za-taxi|a taxi driver":                            "claim stage: 'in what police believe is a renewed dispute' makes the reporter's toll a police claim",
	"51-za-taxi|two others":                               "claim stage: 'in what police believe is a renewed dispute' makes the reporter's toll a police claim",
	"52-ec-prison|extra|two guards":                       "convention unsettled: captives told as freed after their taking in one sentence ('two guards who had been taken hostage were freed') are counted as captured, as quantity TestVictimsOwner counts 'schoolgirls kidnapped ... were freed', while a freeing verb before them ('freed 9 kidnapped farmers') gives none; the battery expected none",
}

// TestProtestProbes runs the whole pipeline on the invented protest, riot,
// strike and crackdown stories of testdata/protests (Indian, South African,
// Argentine, Brazilian, Chinese, Nigerian, Kenyan, Pakistani, wire styles,
// with non-events: planned or called-off protests, "protested the
// decision", a sports clash, "attacked the bill") and checks them against
// testdata/protests.tsv, whose expectations were written before the
// pipeline ran on them. Every count found must be expected.
func TestProtestProbes(t *testing.T) {
	runProbeBattery(t, "testdata/protests", "testdata/protests.tsv", protestsKnown, "protestsKnown", true)
}

// TestNews7Probes runs the session-7 battery of testdata/news7: protests,
// bandhs, hartals, stayaways, sit-ins and crackdowns in the styles of
// Indian, Pakistani, South African, Nigerian, Kenyan, Filipino and
// Latin-American papers, mixed with conflict reports with counts from
// regions the earlier batteries covered little (Manipur, Balochistan, Cabo
// Delgado, Anglophone Cameroon, Burkina Faso, Colombia, Haiti, Papua). Its
// expectations (testdata/news7.tsv) were written before the pipeline ran on
// it; the first run is reported in the file's header.
func TestNews7Probes(t *testing.T) {
	runProbeBattery(t, "testdata/news7", "testdata/news7.tsv", news7Known, "news7Known", true)
}

// runProbeBattery analyses every article of dir with the default pipeline
// and checks the expectations of the TSV file tsv (event, none and count
// lines; see the header of protests.tsv) against it, reconciling the misses
// with known (named listName in messages). With allCounts, every count
// found must be expected, so that a wrong extra count fails as much as a
// missed one (a battery of events alone lists none).
func runProbeBattery(t *testing.T, dir, tsv string, known map[string]string, listName string, allCounts bool) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	docs := pipetest.AnalyzeDir(t, dir)
	results := map[string]string{} // item key: "" when right, else what is wrong
	used := map[*parallax.Count]bool{}
	for _, pl := range testutil.ReadProbeLines(t, tsv) {
		n, f := pl.N, pl.Fields
		doc := docs[f[0]]
		if doc == nil {
			t.Fatalf("line %d: no probe article %q", n, f[0])
		}
		var key string
		switch {
		case f[1] == "count" && len(f) == 8:
			key = f[0] + "|" + f[2]
			if _, dup := results[key]; dup {
				t.Fatalf("line %d: %s listed twice", n, key)
			}
			results[key] = testutil.ProbeCount(doc, f[2:], used)
		case f[1] == "event" && len(f) == 11:
			key = f[0] + "|event|" + f[2]
			results[key] = probeEvent(doc, f[2:])
		case f[1] == "none" && len(f) == 4:
			key = f[0] + "|none|" + f[2]
			results[key] = probeNone(doc, f[2], f[3])
		default:
			t.Fatalf("line %d: bad line %q", n, strings.Join(f, "\t"))
		}
	}
	for id, doc := range docs {
		for i := range doc.Counts {
			if !allCounts {
				break
			}
			if c := &doc.Counts[i]; !used[c] {
				results[id+"|extra|"+doc.Text[c.Start:c.End]] = "unexpected count " + testutil.DescribeCount(c)
			}
		}
	}
	right := testutil.CheckKnown(t, results, known, listName)
	t.Logf("%s: %d/%d items right", dir, right, len(results))
}

// eventOver returns the shortest event whose span holds the first
// occurrence of trig and whose type is typ ("*" or "" for any).
func eventOver(doc *parallax.Document, trig, typ string) *parallax.Event {
	k := strings.Index(doc.Text, trig)
	if k < 0 {
		return nil
	}
	var got *parallax.Event
	for i := range doc.Events {
		e := &doc.Events[i]
		if e.Start >= k+len(trig) || k >= e.End || typ != "" && typ != "*" && e.Type != typ {
			continue
		}
		if got == nil || e.End-e.Start < got.End-got.Start {
			got = e
		}
	}
	return got
}

// probeEvent compares the shortest event over the words trigger with want
// (type, CAMEO prefix, initiator side, target side, target kind, negated,
// a place among its places, its start date).
func probeEvent(doc *parallax.Document, want []string) string {
	if !strings.Contains(doc.Text, want[0]) {
		return "trigger not in the text"
	}
	got := eventOver(doc, want[0], "")
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
	if w := want[2]; w != "*" && !strings.HasPrefix(got.CAMEO, w) {
		miss = append(miss, fmt.Sprintf("cameo %q want %s…", got.CAMEO, w))
	}
	check("initiator", want[3], got.Initiator.Side)
	check("target", want[4], got.Target.Side)
	check("kind", want[5], got.Target.Kind)
	check("negated", want[6], strconv.FormatBool(got.Negated))
	if w := want[7]; w != "*" {
		found := false
		for _, id := range got.Places {
			for _, pl := range doc.Places {
				if pl.ID == id && pl.Text == w {
					found = true
				}
			}
		}
		if !found {
			miss = append(miss, fmt.Sprintf("place %q not among %v", w, got.Places))
		}
	}
	check("date", want[8], got.Date.Start)
	return strings.Join(miss, "; ")
}

// forceOrProtest are the event types a word used in another sense
// ("attacked the bill", "Sunday's clash") must not be given.
var forceOrProtest = map[string]bool{
	parallax.EventBattles: true, parallax.EventExplosions: true, parallax.EventViolenceCivilians: true,
	parallax.EventProtests: true, parallax.EventRiots: true,
}

// probeNone checks that no event of type typ ("*": of force or protest)
// holds the words trig.
func probeNone(doc *parallax.Document, trig, typ string) string {
	k := strings.Index(doc.Text, trig)
	if k < 0 {
		return "trigger not in the text"
	}
	for _, e := range doc.Events {
		if e.Start >= k+len(trig) || k >= e.End {
			continue
		}
		if typ == "*" && forceOrProtest[e.Type] || typ == e.Type {
			return fmt.Sprintf("event %s %s %q", e.Type, e.CAMEO, doc.Text[e.Start:e.End])
		}
	}
	return ""
}
