package quantity

import "testing"

// TestCounts19Aircraft holds aircraft phrasings that the development golds
// and the counts19 battery missed (invented sentences): a model name
// followed by "fighter(s)", materiel "of its own" after a verb of losing,
// the subject's own people after "losing", a second predicate after a list
// of materiel, and captured pilots of the aircraft brought down.
func TestCounts19Aircraft(t *testing.T) {
	checkCounts(t, []countCase{
		{"model fighters", "The air force said it had shot down two Zorvian MiG-29 fighters over the pass.",
			[]claimCue{{"it had shot down two Zorvian MiG-29 fighters over the pass", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"two Zorvian MiG-29 fighters|aircraft|2|shot_down|ZOR|RUR"}},
		{"model fighter lost", "The ministry said it had lost one F-16 fighter in the engagement.",
			[]claimCue{{"it had lost one F-16 fighter in the engagement", "said", "RUR"}}, nil,
			[]string{"one F-16 fighter|aircraft|1|lost|RUR|RUR"}},
		{"group fighters stay people", "The army said 14 FLR fighters were killed near the river.",
			[]claimCue{{"14 FLR fighters were killed near the river", "said", "RUR"}}, []entitySpec{{"FLR", "group", "FLR"}},
			[]string{"14 FLR fighters|killed|14|killed|FLR|RUR"}},
		{"helicopter pilots stay people", "Two helicopter pilots were killed when the base was shelled, the army said.",
			[]claimCue{{"Two helicopter pilots were killed when the base was shelled", "said", "RUR"}}, nil,
			[]string{"Two helicopter pilots|killed|2|killed||RUR"}},
		{"of its own aircraft", "The general staff said its air defences had downed six enemy drones and had lost three of its own aircraft.",
			[]claimCue{{"its air defences had downed six enemy drones and had lost three of its own aircraft", "said", "RUR"}}, nil,
			[]string{"six enemy drones|drone|6|shot_down||RUR", "three of its own aircraft|aircraft|3|lost|RUR|RUR"}},
		{"losing of their own", "The army said its troops had killed 20 Zorvian soldiers, losing four of their own.",
			[]claimCue{{"its troops had killed 20 Zorvian soldiers, losing four of their own", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"20 Zorvian soldiers|killed|20|killed|ZOR|RUR", "four of their own|killed|4|lost|RUR|RUR"}},
		{"second predicate", "The command said its pilots had shot down five Zorvian jets and three helicopters since Monday and had lost two of their own.",
			[]claimCue{{"its pilots had shot down five Zorvian jets and three helicopters since Monday and had lost two of their own", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"five Zorvian jets|aircraft|5|shot_down|ZOR|RUR", "three helicopters|helicopter|3|shot_down|ZOR|RUR", "two of their own|killed|2|lost|RUR|RUR"}},
		{"captured pilots", "The army said its air defences had shot down two Zorvian jets. It said two pilots had been captured.",
			[]claimCue{{"its air defences had shot down two Zorvian jets", "said", "RUR"}, {"two pilots had been captured", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"two Zorvian jets|aircraft|2|shot_down|ZOR|RUR", "two pilots|captured|2|captured|ZOR|RUR"}},
	})
}
