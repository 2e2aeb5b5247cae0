package fuse_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/fuse"
)

// knownProbe25Misses are the incident pairs of
// testdata/clusters/probes25.jsonl (session 25's invented battery: a
// strike and its announced answer, an expulsion and the counter-expulsion,
// one city struck on two days, two targets of one night, one cause in two
// towns) that fusion gets wrong, with the reason. First run (before any
// session-25 change): pairwise P 0.429 R 0.857 F1 0.571 (nine pairs); after actOtherDays P 0.500 F1 0.632 (the Friday
// bombs apart from Tuesday's strike); after answerDays (session 26) P 0.636
// F1 0.778 (the answer's strikes apart from the rockets they answer).
var knownProbe25Misses = map[fuse.Pair]string{
	{"gin-exp-dakar", "sen-exp-wire"}: "wrong: the counter-expulsion's story joins the incident its own recap paragraph joined",
	{"gin-exp-wire", "sen-exp-wire"}:  "wrong: as above",
	{"akh-local", "yeysk-gov"}:        "wrong: the depot 60 km away, the same night, joins the airfield whose governor names its district",
	{"akh-local", "yeysk-ua"}:         "wrong: as above",
}

// TestProbes25 runs the whole pipeline on
// ../../testdata/clusters/probes25.jsonl and checks its incident pairs,
// missed and wrong, against the known list.
func TestProbes25(t *testing.T) {
	arts, incs, _ := analyzeClusterFile(t, "../../testdata/clusters/probes25.jsonl")
	checkPairScore(t, "incidents", fuse.ScorePairs(fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs)), knownProbe25Misses)
}
