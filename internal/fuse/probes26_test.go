package fuse_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/fuse"
)

// knownProbe26Misses are the incident pairs of
// testdata/clusters/probes26.jsonl (session 26's invented battery: a
// city shelled on two days whose second wire recalls the first, an
// expulsion and the counter-expulsion whose wire recalls it, a march in
// one town whose wire tells the riots of another the same day, a
// follow-up whose own news no other report tells, a weekly digest that
// leads with the week's deadliest attack) that fusion gets wrong, with the
// reason. First run (before any session-26 change): pairwise P 0.480 R
// 1.000 F1 0.649 (13 wrong pairs).
var knownProbe26Misses = map[fuse.Pair]string{
	{"taiz-mon-local", "taiz-thu-local"}: "wrong: the Thursday shelling joins Monday's in the same city",
	{"taiz-mon-local", "taiz-thu-wire"}:  "wrong: as above",
	{"taiz-mon-wire", "taiz-thu-local"}:  "wrong: as above",
	{"taiz-mon-wire", "taiz-thu-wire"}:   "wrong: as above",
	{"by-exp-riga", "lv-exp-minsk"}:      "wrong: the counter-expulsion joins the expulsion its wire recalls",
	{"by-exp-riga", "lv-exp-wire"}:       "wrong: as above",
	{"by-exp-wire", "lv-exp-minsk"}:      "wrong: as above",
	{"by-exp-wire", "lv-exp-wire"}:       "wrong: as above",
	{"andah-local", "areq-local"}:        "wrong: the Arequipa march joins the Andahuaylas clashes its wire tells in a paragraph",
	{"andah-local", "areq-wire"}:         "wrong: as above",
	{"andah-wire", "areq-local"}:         "wrong: as above",
	{"andah-wire", "areq-wire"}:          "wrong: as above",
	{"gao-ambush", "sahel-digest"}:       "wrong: the digest's story is dated by its latest attack, the Gao ambush it tells in a later paragraph",
}

// TestProbes26 runs the whole pipeline on
// ../../testdata/clusters/probes26.jsonl and checks its incident pairs,
// missed and wrong, against the known list.
func TestProbes26(t *testing.T) {
	arts, incs, _ := analyzeClusterFile(t, "../../testdata/clusters/probes26.jsonl")
	checkPairScore(t, "incidents", fuse.ScorePairs(fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs)), knownProbe26Misses)
}
