package event_test

import "testing"

// probes8Known are the expectations of the session-8 battery
// (testdata/probes8) that the pipeline does not meet yet, each with the
// reason; kept honest as protestsKnown is.
var probes8Known = map[string]string{
	"01-ua-kyiv-overnight|event|struck a nine-storey apartment building": "an unattributed missile strike on a building in a district the geoparser does not find (Solomianskyi) gets no target state; the story's state is not used for it",
	"07-pk-noshki|event|suicide bomber":                                  "'five people, including three FC personnel, were martyred when a suicide bomber rammed ... into a bus carrying Frontier Corps troops': the victims' first word ('people') makes the kind civilian, and a bus of a state's troops gives no target side",
	"08-mm-tabayin|event|airstrike":                                      "convention: a state's strike on its own civilians gets no target side (the stage never gives an act's target its initiator's side); the battery expected the state",
	"09-et-gerba|event|drones struck a market":                           "convention: a state's strike on its own civilians gets no target side (see 08-mm-tabayin)",
	"10-ru-shebekino|event|intercepted":                                  "'Air defence systems intercepted' in a TASS story: air defence named without its state takes no side (the claim's speaker, the Russian Defence Ministry, is told after it)",
	"03-sd-zamzam|event|fought army-allied militias":                     "session 22 (claimfind): 'The RSF denied C and said its fighters had only fought ...' is one claim, the denial, which keeps its own words (the golds' one claim for a second act); the fighting after 'and said' lies in no claim, and 'its fighters' finds no owner there",
	"12-ke-parliament|event|deployed the military":                       "the subject ('President William Ruto said the protests had been hijacked by criminals and deployed') is past a said-clause and a coordination",
}

// TestProbes8 runs the session-8 battery of testdata/probes8: invented
// 2024-2025 conflict and protest stories from wires, national papers and
// state media (Ukraine, Russia, Gaza, Sudan, DR Congo, Somalia, the Red
// Sea, Pakistan, Myanmar, Ethiopia, Georgia, Kenya, Syria, Manipur, Mali,
// Armenia) on one attack and the killing it causes, event dates told by
// the night, the early hours or a dateline of the day after, denied and
// negated acts, and police force on protests. Its expectations
// (testdata/probes8.tsv) were written before the pipeline ran on it; the
// first run is reported in the file's header. Counts are not checked here.
func TestProbes8(t *testing.T) {
	runProbeBattery(t, "testdata/probes8", "testdata/probes8.tsv", probes8Known, "probes8Known", false)
}
