package fuse_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// knownClusterMisses are the article pairs of testdata/clusters/probes.jsonl
// that fusion gets wrong, with the reason; none at present. The test fails
// when a listed pair comes right (remove it) as well as on any other error.
var knownClusterMisses = map[fuse.Pair]string{}

// knownEventMisses are the article pairs of
// testdata/clusters/events.jsonl (ordinary news events: two sister events
// of one kind per topic) that fusion gets wrong, with the reason.
var knownEventMisses = map[fuse.Pair]string{
	{"match-everton-paper", "match-everton-wire"}: "missed: the wire's 'Emirates' is geocoded as the United Arab Emirates and the paper's 'Arsenal' as a town: no place agreement, and the wire joined the Anfield match",
	{"match-anfield-paper", "match-everton-wire"}: "wrong: the Everton match report recalls 'Sunday's win at Liverpool' three days before (no span of time, so no recall clause) and shares the teams and a manager",
	{"match-anfield-wire", "match-everton-wire"}:  "wrong: as above",
}

// knownEvent2Misses are those of testdata/clusters/events2.jsonl (the
// second battery: eighteen topics), with the reason.
var knownEvent2Misses = map[fuse.Pair]string{
	{"derail-montana-later", "derail-montana-national"}: "missed: the follow-up names the hospital and 'last Friday's derailment' but not the town, the train or the state: text cosine 0.18",
	{"derail-montana-later", "derail-montana-wire"}:     "missed: as above (cosine 0.11)",
}

// TestEventProbes2 runs the whole pipeline on the second battery of
// ordinary news events, ../../testdata/clusters/events2.jsonl: eighteen
// topics of two sister events (same airline, state, city, club or league
// days apart; the same singer, ceremony or country a year apart), two to
// four reports each, and six singletons.
func TestEventProbes2(t *testing.T) {
	checkClusterFile(t, "../../testdata/clusters/events2.jsonl", knownEvent2Misses, map[fuse.Pair]string{})
}

// knownEvent3Misses are those of testdata/clusters/events3.jsonl (the
// third battery: cross-document reports of conflicts and ordinary news
// with near misses of place, day and follow-up), with the reason.
var knownEvent3Misses = map[fuse.Pair]string{
	{"lb-nabatieh-idf", "lb-nabatieh-nna"}:  "missed: the Lebanese agency's car on the Nabatieh road and the Israeli army's named commander share few words (0.24) and the road's second town moves its point",
	{"lb-nabatieh-nna", "lb-nabatieh-wire"}: "missed: as above",
	{"so-mortar-un", "so-mortar-wire"}:      "missed: the UN report names the compound and the airport, not Mogadishu (no place agreement; 0.28 against 0.32)",
	{"tr-after-local", "tr-after-wire"}:     "missed: the aftershock wire, dated only by its publication, joined the quake as a follow-up (below), and the local report is too far from the quake's dates to follow it",
	{"tr-after-wire", "tr-quake-agency"}:    "wrong: 'Tuesday's quake' is no recall clause, and the aftershock (no event the event stage reads) is taken for a follow-up of the quake",
	{"tr-after-wire", "tr-quake-wire"}:      "wrong: as above",
	{"tr-after-local", "tr-quake-later"}:    "wrong: the local report's tremor is of Friday (since session 23 its later sentences are no longer dated by the officials' Saturday of saying), a day after the tent-city report, and both tell of families in the tent city: the text joins them (its one event is read as a protest)",
	{"tr-quake-agency", "tr-quake-later"}:   "missed: the tent-city report shares only the province and 'quake' with the others (0.16)",
	{"tr-quake-later", "tr-quake-wire"}:     "missed: as above",
	{"uk-arrest-local", "uk-arrest-wire"}:   "missed: the wire joined the stabbing (below); the local report names no town the others share (0.18)",
	{"uk-arrest-wire", "uk-stab-local"}:     "wrong: the arrest report tells the stabbing in an 'after' clause with no span of time ('after two men were stabbed at a festival in Leeds at the weekend'), and an arrest is no act of force",
	{"uk-arrest-wire", "uk-stab-wire"}:      "wrong: as above",
}

// knownEvent4Misses are those of testdata/clusters/events4.jsonl (the
// fourth battery, session 13: twenty topics of ordinary news in the style
// of cross-document event coreference data), with the reason.
var knownEvent4Misses = map[fuse.Pair]string{
	{"booker2025-blog", "booker2025-paper"}:         "missed: the blog names no place, no person but the novel, and 'Monday's ceremony' (text cosine 0.11)",
	{"booker2025-blog", "booker2025-wire"}:          "missed: as above",
	{"bus-arequipa-paper", "bus-arequipa-wire"}:     "missed: the paper names Ocona and the bus company, the wire the highway and the region (text 0.19)",
	{"cit-r21-later", "cit-r21-police"}:             "missed: the arrests are dated by their own day, three days after the robbery (beyond MaxGapDays, and an arrest is no follow-up); events3 makes such an arrest a happening of its own (uk-arrest), this battery does not: a label question",
	{"cit-r21-later", "cit-r21-wire"}:               "missed: as above",
	{"heli-solu-mx", "heli-solu-paper"}:             "missed: a relative's quotes from Guadalajara, dated 'last week' (a week wide), text 0.12",
	{"heli-solu-mx", "heli-solu-wire"}:              "missed: as above",
	{"jail-lafayette-paper", "jail-lafayette-wire"}: "missed: undated, 0.415 against 0.42; the town is only in the jail's name",
	{"poison-beed-tv", "poison-beed-wire"}:          "missed: the wire joined the Nanded wedding (below); the parents' account (a lizard, Ambajogai) shares little with it",
	{"rescue-cairn-bbc", "rescue-cairn-local"}:      "missed: the rescue leader's quotes share 0.11 with the BBC report, and its walkers' Glasgow is read as its place",
	{"rocket-ok-paper", "rocket-ok-space"}:          "missed: the spectators' report shares only 'rocket' and 'Esrange' with the others",
	{"rocket-ok-paper", "rocket-ok-wire"}:           "missed: as above",
	{"shark-ballina-tv", "shark-ballina-wire"}:      "missed: the beach and the hospital are not geocoded, both are read as attacks (no same-days help), text 0.19",
	{"tornado-tupelo-later", "tornado-tupelo-tv"}:   "missed: the survivors' report never says 'tornado', and its Lee County is read as Florida's",
	{"tornado-tupelo-tv", "tornado-tupelo-wire"}:    "missed: as above",
}

// TestEventProbes4 runs the whole pipeline on the fourth battery,
// ../../testdata/clusters/events4.jsonl: twenty topics of two sister
// events (the same prize, player or rocket a year or months apart; the
// same country, state or city days apart), two to four reports each from
// wires, papers, broadcasters, trade sites and blogs, reporters' prose
// against quotes, two undated topics, and six singletons.
func TestEventProbes4(t *testing.T) {
	// Session 28: no longer found (minAligned holds however short the
	// reports; their one aligned sentence is a shared lead).
	knownDups := map[fuse.Pair]string{}
	checkClusterFile(t, "../../testdata/clusters/events4.jsonl", knownEvent4Misses, knownDups)
}

// knownEvent5Misses are those of testdata/clusters/events5.jsonl (a small
// battery written after the session-13 fusion changes to measure them),
// with the reason.
var knownEvent5Misses = map[fuse.Pair]string{
	{"blackout-lisbon-paper", "blackout-lisbon-wire"}: "missed: the metro passengers' report names two stations, one of them (Saldanha) read as a town in South Africa",
	{"dam-mai-paper", "dam-mai-wire"}:                 "missed: a survivor's quotes, no place; the wire's Mai Mahiu is not geocoded",
	{"fire-fresno-local", "fire-fresno-wire"}:         "missed: the homeowner's account names a road; its town is read 40 km from the wire's Fresno",
	{"fire-sonoma-blog", "fire-sonoma-wire"}:          "missed: a winery's blog names a road and Cal Fire, no town",
}

// TestEventProbes5 runs the whole pipeline on the fifth battery,
// ../../testdata/clusters/events5.jsonl: seven topics of two sister
// events (avalanches, wildfires, blackouts, hostage stand-offs, doping
// bans, dam bursts, zoo escapes), a wire and a short quoted report each.
func TestEventProbes5(t *testing.T) {
	checkClusterFile(t, "../../testdata/clusters/events5.jsonl", knownEvent5Misses, map[fuse.Pair]string{})
}

// TestEventProbes3 runs the whole pipeline on the third battery,
// ../../testdata/clusters/events3.jsonl: twelve topics, 27 incidents told
// by wires, each side's agencies, local papers and monitors, with near
// misses (same place another day, same day another town, two attacks in
// one city on one day, retaliations, arrests, court hearings, funerals).
func TestEventProbes3(t *testing.T) {
	// Session 28: no longer found (minAligned holds however short the
	// reports; their one aligned sentence is a shared lead).
	knownDups := map[fuse.Pair]string{}
	checkClusterFile(t, "../../testdata/clusters/events3.jsonl", knownEvent3Misses, knownDups)
}

// TestEventProbes runs the whole pipeline on the invented reports of
// ../../testdata/clusters/events.jsonl: thirteen topics of ordinary news
// (quakes, shootings, arrests, deaths, rehab, launches, transfers, matches,
// awards, hijackings, fires, landslides, resignations), each with two
// sister events told by two to four reports, two topics undated, and four
// singletons.
func TestEventProbes(t *testing.T) {
	knownDups := map[fuse.Pair]string{}
	checkClusterFile(t, "../../testdata/clusters/events.jsonl", knownEventMisses, knownDups)
}

// TestClusterProbes runs the whole pipeline on the invented reports of
// ../../testdata/clusters/probes.jsonl (nine incidents in eight conflicts:
// two reports of each story in different outlets' words, a preview with a
// fronted future weekday, reports with an aside naming other parties, and
// hard negatives: the same parties on the same day in a town 190 or 250 km
// away, or a clash filed from the same capital as the talks) and checks
// every pair of articles: gold pairs share an incident, others do not.
func TestClusterProbes(t *testing.T) {
	// No article of the file copies another; a pair found as duplicates
	// must be listed here with the reason.
	knownDups := map[fuse.Pair]string{}
	checkClusterFile(t, "../../testdata/clusters/probes.jsonl", knownClusterMisses, knownDups)
}

// checkClusterFile runs the pipeline on a cluster file and checks every
// pair of articles against the gold labels: the test fails on a pair
// wrong and not listed in known, and on a listed pair that comes right;
// likewise for duplicates found (knownDups: pairs found as duplicates
// though no article copies another).
func checkClusterFile(t *testing.T, path string, known, knownDups map[fuse.Pair]string) {
	arts, incs, dups := analyzeClusterFile(t, path)
	s := fuse.ScorePairs(fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs))
	checkPairScore(t, "incidents", s, known)
	knownDups = maps.Clone(knownDups)
	d := fuse.ScorePairs(fuse.GoldDuplicatePairs(arts), fuse.DuplicatePairs(dups))
	for _, pr := range d.Wrong {
		if _, known := knownDups[pr]; !known {
			t.Errorf("%s %s: found as duplicates", pr[0], pr[1])
		}
		delete(knownDups, pr)
	}
	for pr := range knownDups {
		t.Errorf("%s %s: listed as found duplicates but not found now: remove it", pr[0], pr[1])
	}
}

// analyzeClusterFile runs the whole pipeline on a cluster file (skipped in
// short mode: it loads every model) and returns its labelled articles with
// the incidents and duplicates found.
func analyzeClusterFile(t *testing.T, path string) ([]fuse.ClusterArticle, []parallax.Incident, []parallax.Duplicate) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	arts, err := fuse.ReadClusters(path)
	if err != nil {
		t.Fatal(err)
	}
	incs, dups := analyzeClusterArticles(t, arts)
	return arts, incs, dups
}

// analyzeClusterArticles runs the whole pipeline on labelled articles
// already read (a test may change them first, as the undated reading of
// events18 does) and returns the incidents and duplicates found.
func analyzeClusterArticles(t *testing.T, arts []fuse.ClusterArticle) ([]parallax.Incident, []parallax.Duplicate) {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := make([]parallax.Article, len(arts))
	for i, a := range arts {
		in[i] = a.Article
	}
	_, incs, dups, err := p.AnalyzeAll(context.Background(), in, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	return incs, dups
}

// checkPairScore fails the test on each pair the score has missed or
// wrong that known does not list, and on each listed pair that comes
// right now; it logs the score.
func checkPairScore(t *testing.T, what string, s fuse.PairScore, known map[fuse.Pair]string) {
	t.Helper()
	bad := map[fuse.Pair]string{}
	for _, pr := range s.Missed {
		bad[pr] = "missed"
	}
	for _, pr := range s.Wrong {
		bad[pr] = "wrong"
	}
	for pr, how := range bad {
		if _, ok := known[pr]; !ok {
			t.Errorf("%s %s %s: %s", what, pr[0], pr[1], how)
		}
	}
	for pr := range known {
		if _, still := bad[pr]; !still {
			t.Errorf("%s %s %s: listed as known but right now: remove it", what, pr[0], pr[1])
		}
	}
	t.Logf("%s P %.3f R %.3f F1 %.3f", what, s.Precision(), s.Recall(), s.F1())
}

// knownScopeMisses are those of testdata/clusters/scope.jsonl (figures'
// scope and front-wide summaries), with the reason.
var knownScopeMisses = map[fuse.Pair]string{
	{"ru-zp-strike", "ua-zp-strike"}: "missed: the Ukrainian report tells a strike on an industrial district killing nine, the Russian one an Iskander strike on a drone workshop killing 40; they share the city and little else (text 0.18), and no figure",
}

// TestScopeProbes runs the whole pipeline on
// ../../testdata/clusters/scope.jsonl: one strike told by two sides and a
// wire where a side adds its war's running total, two sides' front-wide
// daily summaries of one day, one side's of two days, a week's total
// beside one raid of the week.
func TestScopeProbes(t *testing.T) {
	checkClusterFile(t, "../../testdata/clusters/scope.jsonl", knownScopeMisses, map[fuse.Pair]string{})
}

// knownScopeRivals are the expected count contradictions of
// testdata/clusters/scope.jsonl ("rivals": incident label, item/owner)
// not found, with the reason.
var knownScopeRivals = map[string]string{
	"in-kupwara killed/MILITANTS": "the militants have no party code and the army's figure no claiming side (quantity stage): no contradiction can name them; debatable as written",
	"tr-zap killed/PKK":           "quantity stage: 'two of its guerrillas fell' gives no count, so the PKK has no figure of its own dead",
	"bryansk-drones drone/UKR":    "'35 drones took part' is no count of drones destroyed: 27 shot down and 35 launched are not one scope (the label is debatable as written)",
}

// TestScopeContradictions checks the count contradictions of
// ../../testdata/clusters/scope.jsonl against its "rivals" and "tallies":
// no contradiction may set a running or period total (tallies) of an
// article against another figure, every listed rival must be found
// (knownScopeRivals aside), and every count contradiction found must be
// a listed rival of an incident whose articles share one label.
func TestScopeContradictions(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	const path = "../../testdata/clusters/scope.jsonl"
	arts, err := fuse.ReadClusters(path)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	label := map[string]string{}
	rivals := map[string]bool{}   // label + " " + item/owner
	tallies := map[string][]int{} // article → its tallies
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var a struct {
			ID, Incident string
			Rivals       []string
			Tallies      []int
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		label[a.ID] = a.Incident
		for _, r := range a.Rivals {
			rivals[a.Incident+" "+r] = true
		}
		tallies[a.ID] = a.Tallies
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := make([]parallax.Article, len(arts))
	for i, a := range arts {
		in[i] = a.Article
	}
	_, incs, _, err := p.AnalyzeAll(context.Background(), in, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, inc := range incs {
		labels := map[string]bool{}
		for _, a := range inc.Articles {
			labels[label[a]] = true
		}
		for _, c := range inc.Contradictions {
			if c.Kind != "count" {
				continue
			}
			key := c.Item + "/" + c.Owner
			for _, v := range c.Values {
				for _, cl := range v.Claims {
					art, _, _ := strings.Cut(cl, ":")
					if n, ok := v.Value.(int); ok && slices.Contains(tallies[art], n) {
						t.Errorf("%v: count contradiction %s sets %s's tally %d against another figure", inc.Articles, key, art, n)
					}
				}
			}
			if len(labels) != 1 {
				t.Errorf("%v: count contradiction %s in an incident of several gold incidents", inc.Articles, key)
				continue
			}
			for l := range labels {
				if !rivals[l+" "+key] {
					t.Errorf("%s: count contradiction %s is no rival of the gold", l, key)
				}
				found[l+" "+key] = true
			}
		}
	}
	for r := range rivals {
		_, known := knownScopeRivals[r]
		switch {
		case !found[r] && !known:
			t.Errorf("%s: rival not found", r)
		case found[r] && known:
			t.Errorf("%s: listed as known but found now: remove it", r)
		}
	}
}

// knownEvent6Misses are those of testdata/clusters/events6.jsonl (the
// sixth battery, session 14: written and committed before parallax ran on
// it and before the session's fusion changes, as their honest measure).
// Left as found at the session's end: no rule was made on this battery.
var knownEvent6Misses = map[fuse.Pair]string{
	{"gas-ludhiana-paper", "gas-ludhiana-toll"}:   "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"gas-ludhiana-toll", "gas-ludhiana-wire"}:    "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"izmail-romania", "izmail-wire"}:             "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"kidnap-arlit-italy", "kidnap-arlit-ransom"}: "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"kidnap-arlit-italy", "kidnap-arlit-wire"}:   "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"odesa-port-grain", "odesa-port-mod"}:        "missed at the session end (not analysed: the battery is the session's honest measure)",
	{"odesa-port-grain", "odesa-port-wire"}:       "missed at the session end (not analysed: the battery is the session's honest measure)",
}

// TestEventProbes6 runs the whole pipeline on the sixth battery,
// ../../testdata/clusters/events6.jsonl: eight topics of two sister
// events (kidnappings, drone strikes on ports, ships aground in one
// canal, gas leaks, ambushes, whale strandings, expulsions of diplomats,
// vehicles driven into crowds), two or three reports each, the canal topic
// undated, and two singletons.
func TestEventProbes6(t *testing.T) {
	// Session 28: no longer found (minAligned holds however short the
	// reports; their one aligned sentence is a shared lead).
	knownDups := map[fuse.Pair]string{}
	checkClusterFile(t, "../../testdata/clusters/events6.jsonl", knownEvent6Misses, knownDups)
}

// knownEvent7Misses are those of testdata/clusters/events7.jsonl (the
// seventh battery, held out in session 15: conflict reports told by each
// side in its own words), with the reason.
var knownEvent7Misses = map[fuse.Pair]string{
	{"arauca-soldiers-army", "arauca-soldiers-eln"}:      "missed: the guerrilla's communique shares 0.11 of the army's words ('captured in combat', 'prisoners of war'); Tame is read as a town in one and a municipality in the other",
	{"arauca-soldiers-army", "arauca-soldiers-families"}: "missed: the vigil is dated by its own day, three days after the seizure (beyond MaxGapDays)",
	{"arauca-soldiers-eln", "arauca-soldiers-families"}:  "missed: as above",
	{"boni-ambush-army", "boni-ambush-jnim"}:             "missed: the jihadists' claim names the Douentza-Gao road, not Boni or Hombori, and shares no words with the communique (0.005)",
	{"boni-ambush-copy", "boni-ambush-jnim"}:             "missed: as above",
	{"boni-ambush-jnim", "boni-ambush-wire"}:             "missed: as above (0.18, places apart)",
	{"kaduna-school-escape", "kaduna-school-father"}:     "missed: a father's quotes name no place and share 0.03 of the wire's words",
	{"kaduna-school-father", "kaduna-school-wire"}:       "missed: as above",
	{"kharkiv-block-copy", "kharkiv-block-ru"}:           "missed: the Russian ministry's 'deployment point' in 'Kharkov' shares 0.13 of the wire's words, and the wire's Kharkiv is read as the oblast",
	{"kharkiv-block-local", "kharkiv-block-ru"}:          "missed: as above",
	{"kharkiv-block-ru", "kharkiv-block-wire"}:           "missed: as above",
	{"redsea-advisory", "redsea-evacuated"}:              "missed: the maritime advisory names no ship and no party (0.17)",
	{"redsea-advisory", "redsea-houthi"}:                 "missed: as above (0.07)",
	{"redsea-advisory", "redsea-manager"}:                "missed: as above",
	{"redsea-evacuated", "redsea-houthi"}:                "missed: the ship's name is all they share; the manager's report names its route's ports (Aqaba, Mombasa), so places disagree",
	{"redsea-houthi", "redsea-manager"}:                  "missed: as above",
	{"sagaing-school-exile", "sagaing-school-junta"}:     "missed: the junta's Tabayin and Letyetkone are not the exiles' Depayin and Let Yet Kone to the gazetteer (0.14)",
	{"sagaing-school-exile", "sagaing-school-teacher"}:   "missed: a teacher's quotes name no place and share 0.05 of the words",
	{"sagaing-school-junta", "sagaing-school-teacher"}:   "missed: as above",
	{"arauca-pipeline", "arauca-soldiers-families"}:      "wrong: the pipeline report sets itself after the seizure, but the vigil (a day after it) is not that happening, and shares Arauca and the ELN",
	{"belgorod-shelling", "kharkiv-block-ru"}:            "wrong: one agency's template, and Belgorod lies 73 km from Kharkiv (within NearKm)",
	{"hodeidah-airstrikes", "redsea-advisory"}:           "wrong: 'a day after the Houthis hit a bulk carrier' is not applied: the overnight strikes' days begin on the ship's day",
	{"maputo-protest-police", "nampula-protest"}:         "wrong: Nampula is read as the province, so only the country is in common, and the fuel protests share their words (0.25)",
	{"maputo-protest-rights", "nampula-protest"}:         "wrong: as above",
	{"maputo-protest-wire", "nampula-protest"}:           "wrong: as above",
}

// TestEventProbes7 runs the whole pipeline on the seventh battery,
// ../../testdata/clusters/events7.jsonl: fourteen incidents of conflict
// told by both sides, wires, monitors and follow-ups, and seven
// singletons that are their hard negatives.
func TestEventProbes7(t *testing.T) {
	checkClusterFile(t, "../../testdata/clusters/events7.jsonl", knownEvent7Misses, map[fuse.Pair]string{})
}
