package quantity

import (
	"strings"
	"testing"
)

// TestCounts20Backers: a state that backs or arms a force is not who used
// the materiel: a "-backed" modifier names the backer, and materiel
// "supplied to" a force "by" a state is the force's (invented sentences;
// golds: "a Turkish-backed armored vehicle", battery counts20: tanks and
// trucks supplied to separatists and rebels). Drones "sent by" a state
// were flown by it.
func TestCounts20Backers(t *testing.T) {
	checkCounts(t, []countCase{
		{"supplied to the rebels", "The Northern Legion attacked on Monday. The Ruritanian army said it had destroyed three trucks carrying arms supplied to the rebels by Zorvia.",
			[]claimCue{{"it had destroyed three trucks carrying arms supplied to the rebels by Zorvia", "said", "RUR"}},
			[]entitySpec{{"Zorvia", "gpe", "BLR"}, {"Northern Legion", "group", "NL"}},
			[]string{"three trucks|vehicle|3|destroyed|NL|RUR"}},
		{"no force named: the backer is dropped", "The Ruritanian army said it had destroyed three trucks carrying arms supplied to the rebels by Zorvia.",
			[]claimCue{{"it had destroyed three trucks carrying arms supplied to the rebels by Zorvia", "said", "RUR"}},
			[]entitySpec{{"Zorvia", "gpe", "BLR"}},
			[]string{"three trucks|vehicle|3|destroyed||RUR"}},
		{"supplied to a named force", "The army said it had destroyed four tanks supplied to the Northern Legion by Zorvia.",
			[]claimCue{{"it had destroyed four tanks supplied to the Northern Legion by Zorvia", "said", "RUR"}},
			[]entitySpec{{"Zorvia", "gpe", "BLR"}, {"Northern Legion", "group", "NL"}},
			[]string{"four tanks|tank|4|destroyed|NL|RUR"}},
		{"backed modifier", "The Northern Legion (NL) said its fighters had repelled the attack. It said they destroyed a Zorvian-backed armoured vehicle of the Free Brigades (FB).",
			[]claimCue{{"its fighters had repelled the attack", "said", "NL"}, {"they destroyed a Zorvian-backed armoured vehicle of the Free Brigades (FB)", "said", "NL"}},
			[]entitySpec{{"Northern Legion", "group", "NL"}, {"NL", "group", "NL"}, {"Zorvian-backed", "gpe", "BLR"}, {"Free Brigades", "group", "FB"}, {"FB", "group", "FB"}},
			[]string{"a Zorvian-backed armoured vehicle|armored_vehicle|1|destroyed|FB|NL"}},
		{"sent by flies them", "The army said it had shot down 12 drones sent by Zorvia over the capital.",
			[]claimCue{{"it had shot down 12 drones sent by Zorvia over the capital", "said", "RUR"}},
			[]entitySpec{{"Zorvia", "gpe", "BLR"}},
			[]string{"12 drones|drone|12|shot_down|BLR|RUR"}},
	})
}

// TestCounts20Held: people "held by" an armed party are its captives; a
// place in the speaker's own phrase is not whose "its" is (invented
// sentences; battery counts20: peacekeepers held by rebels; gold: "were
// held").
func TestCounts20Held(t *testing.T) {
	checkCounts(t, []countCase{
		{"held by rebels", "The mission said on Monday that 40 aid workers were being held by rebels near the border.",
			[]claimCue{{"40 aid workers were being held by rebels near the border", "said", "UNO"}}, nil,
			[]string{"40 aid workers|captured|40|captured||UNO"}},
		{"held by a named group", "Police said 12 villagers were held by the Northern Legion overnight.",
			[]claimCue{{"12 villagers were held by the Northern Legion overnight", "said", "RUR"}},
			[]entitySpec{{"Northern Legion", "group", "NL"}}, []string{"12 villagers|captured|12|captured||RUR"}},
		{"held talks is no capture", "The ministry said 12 delegates held talks with the rebels on Monday.",
			[]claimCue{{"12 delegates held talks with the rebels on Monday", "said", "RUR"}}, nil, nil},
		{"held by a rope is no capture", "The rescuers said 12 climbers were held by ropes on the cliff.",
			[]claimCue{{"12 climbers were held by ropes on the cliff", "said", ""}}, nil, nil},
	})
	s := loadStage(t)
	text := "The United Nations mission in Zorvia said about 300 of its peacekeepers were being held by the rebels."
	doc := docWith(t, text, []claimCue{{"about 300 of its peacekeepers were being held by the rebels", "said", "UNO@United Nations mission"}},
		[]entitySpec{{"Zorvia", "gpe", "ZOR"}})
	k := strings.Index(text, "United Nations mission")
	doc.Claims[0].Speaker.Start, doc.Claims[0].Speaker.End = k, k+len("United Nations mission")
	s.Process(doc)
	got := shownCounts(doc)
	if want := "300 of its peacekeepers|captured|300|captured|UNO|UNO"; strings.Join(got, "\n") != want {
		t.Errorf("its after the speaker's place\n got: %q\nwant: %q", got, want)
	}
}

// TestCounts20Shelling: a shell or mortar round that lands among people is
// a one-sided attack, as a bombing is: its bare victims the reporter or a
// doctor tells are of where it struck (invented sentences; battery
// counts20: "A shell landed among people queuing for water, killing
// five").
func TestCounts20Shelling(t *testing.T) {
	checkCounts(t, []countCase{
		{"shell", "A mortar round landed in a crowded square in Tarsk on Monday, killing six and wounding 20, a hospital doctor said.",
			[]claimCue{{"A mortar round landed in a crowded square in Tarsk on Monday, killing six and wounding 20", "said", ""}},
			[]entitySpec{{"Tarsk", "place:RU", ""}},
			[]string{"six|killed|6|killed|RUS|", "20|wounded|20|wounded|RUS|"}},
	})
}

// TestCounts20Headlines: a headline's reported clause after "says" may
// start with a bare noun ("says government jet shot down"); aircraft
// designations of the older wars ("MiG-23", "F-5") are aircraft (invented
// sentences).
func TestCounts20Headlines(t *testing.T) {
	checkTitledCounts(t, []countCase{
		{"says bare subject", "Rebel radio says army helicopter shot down\n\nThe army gave no details.",
			[]claimCue{{"army helicopter shot down", "says", "NL"}}, nil,
			[]string{"army helicopter|helicopter|1|shot_down||NL"}},
	})
	checkCounts(t, []countCase{
		// (a group and one more of the same item under one verb are one
		// count, as wiregold17 gives "two ... fighter-bombers and an ... jet")
		{"older designations", "The ministry said its air defences had shot down two MiG-23 jets and an F-5 over the border.",
			[]claimCue{{"its air defences had shot down two MiG-23 jets and an F-5 over the border", "said", "RUR"}}, nil,
			[]string{"two MiG-23 jets and an F-5|aircraft|3|shot_down||RUR"}},
	})
}

// TestCounts20Sources: a line that opens on its source and a colon is that
// source's word ("Health ministry: 35 killed"), and in a transcript the
// answers under a speaker's label are that speaker's, to the next label; a
// place heading, a tally heading and a newspaper's question name no source
// (invented sentences; golds: a live blog's "Health ministry:" line, a
// briefing transcript; batteries: "Iraqi communique:", "Uganda radio:").
func TestCounts20Sources(t *testing.T) {
	checkCounts(t, []countCase{
		{"body line", "Tarsk fighting enters third day\n\nHealth ministry: 18 killed, 40 wounded since Friday",
			nil, []entitySpec{{"Tarsk", "place:RU", ""}},
			[]string{"18 killed|killed|18|killed||RUS", "40 wounded|wounded|40|wounded||RUS"}},
		{"named source", "Zorvian radio: 12 invaders killed near the pass",
			nil, []entitySpec{{"Zorvian", "gpe", "BLR"}},
			[]string{"12 invaders|killed|12|killed||BLR"}},
		{"place heading", "Tarsk Oblast: 3 killed, 14 injured.",
			nil, []entitySpec{{"Tarsk", "place:RU", ""}, {"Tarsk Oblast", "gpe", "RUS"}},
			[]string{"3 killed|killed|3|killed||", "14 injured|wounded|14|wounded||"}},
		{"newspaper asks", "Example Daily: How many soldiers were wounded on the border?",
			nil, nil, []string{"many soldiers|wounded|null|wounded||"}},
	})
	transcript := "Briefing by the defence ministry (transcript)\n\n" +
		"General Ivan Petrov: Last night the enemy shelled our positions. Six of our soldiers were wounded and our air defences shot down 14 drones.\n\n" +
		"Example Daily: Were any civilians hurt?\n\n" +
		"General Ivan Petrov: Two civilians were wounded in Tarsk.\n\n" +
		"Example Radio: Will you give figures for the enemy?\n\n" +
		"Minister Oleg Sidorov: Not today."
	checkCounts(t, []countCase{
		{"transcript answers", transcript, nil,
			[]entitySpec{{"Ivan Petrov", "person", "RUS"}, {"Oleg Sidorov", "person", "RUS"}, {"Tarsk", "place:RU", ""}},
			[]string{"Six of our soldiers|wounded|6|wounded|RUS|RUS", "14 drones|drone|14|shot_down||RUS", "Two civilians|wounded|2|wounded|RUS|RUS"}},
	})
}

// TestCounts20TollRises: a headline's toll named by its attack rises in the
// present ("market blast toll rises to 40"), with no "death" before it; a
// toll of money does not count people (invented sentences; batteries:
// "Sarajevo market shelling toll rises to 68").
func TestCounts20TollRises(t *testing.T) {
	checkTitledCounts(t, []countCase{
		{"attack toll rises", "Tarsk market blast toll rises to 40\n\nRescuers searched the rubble.", nil,
			[]entitySpec{{"Tarsk", "place:RU", ""}},
			[]string{"40|killed|40|killed|RUS|"}},
		{"cost toll", "Blast damage: economic toll rises to 40 million\n\nThe port reopened.", nil, nil, nil},
	})
}

// TestCounts20KilledOrWounded: "killed or wounded N" is a toll of the dead
// as the golds read it, not of the wounded the nearer verb names
// (invented sentences; battery counts20: "killed or wounded 16,000
// Chinese troops"; gold: "killed or wounded 'dozens' of ... soldiers").
func TestCounts20KilledOrWounded(t *testing.T) {
	checkCounts(t, []countCase{
		{"killed or wounded", "The army said it had killed or wounded 300 Zorvian soldiers since Monday.",
			[]claimCue{{"it had killed or wounded 300 Zorvian soldiers since Monday", "said", "RUR"}},
			[]entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"300 Zorvian soldiers|killed|300|killed|ZOR|RUR"}},
	})
}
