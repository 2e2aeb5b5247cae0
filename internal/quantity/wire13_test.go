package quantity_test

import "testing"

// wire13Known are the items of the wire13 battery that the whole pipeline
// does not meet yet, each with the reason.
var wire13Known = map[string]string{
	"14-irrawaddy-aa-captured|about 70 regime troops":  "actor stage: 'The ethnic army' (the Arakan Army) is resolved to Myanmar's army",
	"14-irrawaddy-aa-captured|several 105mm howitzers": "actor stage: 'The ethnic army' (the Arakan Army) is resolved to Myanmar's army, so what 'its fighters' seized is taken for the Arakan Army's",
	"14-irrawaddy-aa-captured|two armored vehicles":    "actor stage: 'The ethnic army' (the Arakan Army) is resolved to Myanmar's army, so what 'its fighters' seized is taken for the Arakan Army's",
}

// TestWire13 runs the wire13 battery (testdata/wire13, session 12): invented
// wire stories in count phrasings the earlier batteries lack (daily loss
// lists with day figures in brackets, ministry "up to N", "sent to hell",
// "embraced shahadat", rising tolls, counts in headlines and quotations, the
// other side's losses claimed by a speaker, drones downed). Its expectations
// were written before the pipeline ran on it; an extra count fails as much
// as a missed one.
func TestWire13(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/wire13", "testdata/wire13.tsv", wire13Known, "wire13Known")
	t.Logf("wire13: %d/%d items right", right, total)
}

// wire13bKnown are the items of the wire13b battery that the whole
// pipeline does not meet yet, each with the reason.
var wire13bKnown = map[string]string{
	"10-kyivpost-pows|More than 5,000 Ukrainians": "actor stage: Ukraine's 'Coordination Headquarters for the Treatment of Prisoners of War' gets no side",
}

// TestWire13b runs the wire13b battery (testdata/wire13b): invented wire
// stories written after the wire13 fixes, before the pipeline ran on them.
func TestWire13b(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/wire13b", "testdata/wire13b.tsv", wire13bKnown, "wire13bKnown")
	t.Logf("wire13b: %d/%d items right", right, total)
}
