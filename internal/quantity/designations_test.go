package quantity

import (
	"strings"
	"testing"
)

// TestDesignations checks that the model names of aircraft, helicopters,
// drones, armour and artillery that reports of recent wars use alone ("an
// Israeli F-35", "three Rafales") are count items of their kind, and that
// the words kept out of the list because they are as often names or weather
// ("Bradley", "Typhoon") are not counted on their own.
func TestDesignations(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text string
		want []string // span|item|n|outcome|owner|claimed_by
	}{
		{"The guards said they had shot down an Israeli F-35.",
			[]string{"an Israeli F-35|aircraft|1|shot_down|ISR|"}},
		{"Air defences downed three Indian Rafales and a MiG-29 overnight.", // (one count, as wiregold17's fighter-bombers and a jet)
			[]string{"three Indian Rafales and a MiG-29|aircraft|4|shot_down|IND|"}},
		{"Two Russian Su-30 jets were shot down over the sea.",
			[]string{"Two Russian Su-30 jets|aircraft|2|shot_down|RUS|"}},
		{"Drones destroyed 12 Russian T-62 tanks and four BTR-82 armoured personnel carriers.",
			[]string{"12 Russian T-62 tanks|tank|12|destroyed|RUS|", "four BTR-82 armoured personnel carriers|armored_vehicle|4|destroyed|RUS|"}},
		{"The strike destroyed two M777 howitzers and a Bradley fighting vehicle.",
			[]string{"two M777 howitzers|artillery|2|destroyed||", "a Bradley fighting vehicle|armored_vehicle|1|destroyed||"}},
		{"Two Apache helicopters were damaged on landing.",
			[]string{"Two Apache helicopters|helicopter|2|damaged||"}},
		{"A column of 40 Humvees drove north on Monday.", nil},
		{"Typhoon Haiyan destroyed two villages.", nil},
	}
	for _, tc := range tests {
		if got := countsOf(t, s, tc.text, nil, nil); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}
