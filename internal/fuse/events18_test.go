package fuse_test

import (
	"context"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// knownEvent18Misses are the incident pairs of
// testdata/clusters/events18.jsonl (session 27, lane coref: ordinary
// violent and political happenings, two of one type in each topic) that
// the pipeline gets wrong, with the reason. First run (main 6faaf96,
// before any change of the lane): pairwise P 0.952 R 0.909 F1 0.930,
// B-cubed 0.961; duplicates 2 of 4 (neither same_statement pair). The
// lane's three place rules (a dateline's town, a barracks of the
// dateline's town, a particle compound opening a sentence) found the
// three missed groups: P 0.957 R 1.000 F1 0.978.
var knownEvent18Misses = map[fuse.Pair]string{
	{"psh-tv", "qta-local"}: "wrong: the broadcaster's paragraph on the Quetta bombing of the week before (its toll of 14) joins Quetta's incident, as recaps do by the README's convention",
	{"psh-tv", "qta-wire"}:  "wrong: as above",
}

// TestEventProbes18 runs the whole pipeline on
// ../../testdata/clusters/events18.jsonl: twelve topics of two
// same-type happenings (shootings, bombings, riots, coup attempts,
// abductions, killings of politicians, police raids, prison breaks,
// hijackings at sea, arrests of militant leaders, drone attacks, hostage
// takings), each told by two to four reports.
func TestEventProbes18(t *testing.T) {
	checkClusterFile(t, "../../testdata/clusters/events18.jsonl", knownEvent18Misses, map[fuse.Pair]string{})
}

// knownEvent18UndatedMisses are the incident pairs of events18 read with
// no publication dates (as collections that keep none give their texts)
// that fusion gets wrong, with the reason. Main at the session's start:
// P 0.706 R 0.818 F1 0.758; after the lane's place rules 0.808, a
// sentence opening "N weeks ago" read as a recall 0.848, the dateline's
// town no place of a statement 0.907.
var knownEvent18UndatedMisses = map[fuse.Pair]string{
	{"ant-local", "ant-wire"}:     "missed: it scores 0.72 against the wire's incident, but its recall sentence ('Three weeks ago a hostage taking in a Rotterdam cafe ...') sets it after a happening told in the wire's words too (setAfter)",
	{"gar-local", "gar-wire"}:     "missed: the Somali radio's report joins the Carina Star by its paragraph 'Last week pirates hijacked the cargo ship Carina Star' (no day to tell it apart)",
	{"eyl-maritime", "gar-local"}: "wrong: as above",
	{"eyl-navfor", "gar-local"}:   "wrong: as above",
	{"eyl-ransom", "gar-local"}:   "wrong: as above",
	{"mare-local", "mare-wire"}:   "missed: the follow-up (toll 11, the Public Defender's Office) scores 0.39, under the undated margin, with no day to tie it",
	{"tmp-copy", "tmp-yle"}:       "missed: the broadcaster's follow-up (fifth victim, the court) shares 0.19 of the incident's words (MinText 0.2), with no day to tie it",
	{"tmp-wire", "tmp-yle"}:       "missed: as above",
}

// TestEventProbes18Undated runs events18 with every publication date
// removed: cross-document coreference data often carries none, and the
// two happenings of a topic must then be told apart by their places,
// words and recall clauses alone.
func TestEventProbes18Undated(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	arts, err := fuse.ReadClusters("../../testdata/clusters/events18.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		arts[i].Article.Published = ""
	}
	incs, _ := analyzeClusterArticles(t, arts)
	checkPairScore(t, "incidents", fuse.ScorePairs(fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs)), knownEvent18UndatedMisses)
}

// TestRelaysFromOneBureau: two undated wires filed from one capital that
// relay one agency's statements on escapes from two prisons 350 km apart
// share the bureau's dateline and the template's words; the dateline is no
// place of a statement, so they render no one statement and stay two
// incidents.
func TestRelaysFromOneBureau(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	arts := []parallax.Article{
		{ID: "gye", Body: "QUITO - Twenty-three inmates escaped from the Litoral penitentiary in the Ecuadorean port city of Guayaquil overnight after blowing a hole in a perimeter wall, the prison agency SNAI said on Wednesday. Two guards were wounded.\n\nEight of the escaped prisoners had been recaptured by morning, police said. Soldiers and police set up checkpoints on the roads out of the city."},
		{ID: "esm", Body: "QUITO - Nine inmates escaped from the prison in the Ecuadorean city of Esmeraldas during a riot on Wednesday in which one prisoner was killed, the prison agency SNAI said.\n\nThe inmates set fire to mattresses and attacked guards before climbing over the roof of the visits area, the agency said. Police were searching the city's outskirts."},
	}
	_, incs, dups, err := p.AnalyzeAll(context.Background(), arts, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(dups) != 0 {
		t.Errorf("duplicates %+v, want none", dups)
	}
	for _, in := range incs {
		if len(in.Articles) > 1 {
			t.Errorf("incident %s holds %v, want each escape apart", in.ID, in.Articles)
		}
	}
}
