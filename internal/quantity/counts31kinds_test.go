package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/when"
)

// Session 31 (counts5 lane): kinds of count misses on invented conflict
// wire (testdata/counts31), each with sentences of the lane's own;
// Zorvian (BLR) and Ruritanian (MDA) stand for any two states.

// TestCounts31MoreMissingNow: "N more are missing" after a tally of dead
// and wounded counts the missing in the present tense as "N more were
// missing" does in the past.
func TestCounts31MoreMissingNow(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"are", "A spokesman told reporters that 12 Zorvian soldiers had been killed and 37 wounded since the offensive began. Three more are missing, he said.",
			[]claimCue{{"12 Zorvian soldiers had been killed and 37 wounded since the offensive began", "told", "BLR"}, {"Three more are missing", "said", "BLR"}}, ents,
			[]string{"12 Zorvian soldiers|killed|12|killed|BLR|BLR", "37 wounded|wounded|37|wounded|BLR|BLR", "Three more are missing|missing|3|lost|BLR|BLR"}},
		{"remain", "Nine Zorvian soldiers were killed on Monday. Two more remain missing, the army said.",
			[]claimCue{{"Two more remain missing", "said", "BLR"}}, ents,
			[]string{"Nine Zorvian soldiers|killed|9|killed|BLR|", "Two more remain missing|missing|2|lost|BLR|BLR"}},
	})
}

// TestCounts31ArmourAndLaunchers: half-tracks are armoured vehicles and a
// missile launcher is artillery, as a rocket launcher is.
func TestCounts31ArmourAndLaunchers(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"half-tracks", "The Zorvian army said its troops had destroyed at least 30 Ruritanian half-tracks.",
			[]claimCue{{"its troops had destroyed at least 30 Ruritanian half-tracks", "said", "BLR"}}, ents,
			[]string{"30 Ruritanian half-tracks|armored_vehicle|30|destroyed|MDA|BLR"}},
		{"launchers", "The Zorvian army said its aircraft had destroyed seven Ruritanian anti-ship missile launchers.",
			[]claimCue{{"its aircraft had destroyed seven Ruritanian anti-ship missile launchers", "said", "BLR"}}, ents,
			[]string{"seven Ruritanian anti-ship missile launchers|artillery|7|destroyed|MDA|BLR"}},
	})
}

// TestCounts31SubjectLost: "Ruritania had lost N troops killed and M
// wounded, he said" in a Zorvian speaker's words counts Ruritania's dead:
// the subject of "lost" owns what it lost, whoever tells it.
func TestCounts31SubjectLost(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritania", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"lost killed", "Ruritania had lost more than 2,870 troops killed and about 3,700 wounded, he said.",
			[]claimCue{{"Ruritania had lost more than 2,870 troops killed and about 3,700 wounded", "said", "BLR"}}, ents,
			[]string{"2,870 troops|killed|2870|lost|MDA|BLR", "3,700 wounded|wounded|3700|wounded|MDA|BLR"}},
	})
}

// TestCounts31AirDefenceLaunchers: a surface-to-air missile launcher stays
// air defence though "missile launcher" alone is artillery.
func TestCounts31AirDefenceLaunchers(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"sam", "The Zorvian army said its aircraft had destroyed two Ruritanian surface-to-air missile launchers.",
			[]claimCue{{"its aircraft had destroyed two Ruritanian surface-to-air missile launchers", "said", "BLR"}}, ents,
			[]string{"two Ruritanian surface-to-air missile launchers|air_defense|2|destroyed|MDA|BLR"}},
	})
}

// TestCounts31UNPeacekeepers: peacekeepers a UN mission tells of, or a
// sentence of a UN base, are the UN's whichever state sent them; outside
// a UN story a demonym keeps them its state's.
func TestCounts31UNPeacekeepers(t *testing.T) {
	ents := []entitySpec{{"UN", "organization", "UNO"}, {"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"mission says", "Two Zorvian peacekeepers were killed and three wounded when gunmen attacked a base near Kestrel on Wednesday, the UN mission said.",
			[]claimCue{{"Two Zorvian peacekeepers were killed and three wounded when gunmen attacked a base near Kestrel on Wednesday", "said", "UNO"}}, ents,
			[]string{"Two Zorvian peacekeepers|killed|2|killed|UNO|UNO", "three wounded|wounded|3|wounded|UNO|UNO"}},
		{"headline", "Two peacekeepers killed in attack on UN base in Zorvia",
			nil, append(ents, entitySpec{"Zorvia", "gpe", "BLR"}),
			[]string{"Two peacekeepers|killed|2|killed|UNO|"}},
		{"no UN", "Two Ruritanian peacekeepers were wounded by shelling near Kestrel, the Zorvian defence ministry said.",
			[]claimCue{{"Two Ruritanian peacekeepers were wounded by shelling near Kestrel", "said", "BLR"}}, ents,
			[]string{"Two Ruritanian peacekeepers|wounded|2|wounded|MDA|BLR"}},
	})
}

// TestCounts31OwnedSpeaker: a speaker of no side that is a party's organ
// or paper ("Ruritania's military communique") claims for that party;
// one owned by a pronoun ("Its General Command") for the party of the
// claim just before, as "it" does.
func TestCounts31OwnedSpeaker(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Radio Kestrel", "organization", "BLR"},
		{"Ruritania's military communique", "military", "MDA"}}
	text := "Radio Kestrel said the Zorvian army had repulsed the attack. Its General Command said Zorvian forces had killed 300 Ruritanian troops. Ruritania's military communique said Ruritanian forces had captured 40 Zorvian tanks."
	doc := docWith(t, text, []claimCue{
		{"the Zorvian army had repulsed the attack", "said", "BLR@Radio Kestrel"},
		{"Zorvian forces had killed 300 Ruritanian troops", "said", "@Its General Command"},
		{"Ruritanian forces had captured 40 Zorvian tanks", "said", "@Ruritania's military communique"}}, ents)
	for i := range doc.Claims {
		sp := &doc.Claims[i].Speaker
		k := strings.Index(text, sp.Text)
		sp.Start, sp.End = k, k+len(sp.Text)
	}
	when.New().Process(doc)
	loadStage(t).Process(doc)
	got := shownCounts(doc)
	want := []string{"300 Ruritanian troops|killed|300|killed|MDA|BLR", "40 Zorvian tanks|tank|40|captured|BLR|MDA"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestCounts31StateTollBody: a state's health ministry counts its own
// people, not those of the state whose border the fighting was on; the
// attackers a UN mission found dead are not the mission's.
func TestCounts31StateTollBody(t *testing.T) {
	ents := []entitySpec{{"Zorvia's health ministry", "government", "BLR"}, {"Zorvia", "gpe", "BLR"}, {"Ruritania", "gpe", "MDA"},
		{"UN", "organization", "UNO"}, {"The mission", "organization", "UNO"}}
	checkCounts(t, []countCase{
		{"border", "Zorvia's health ministry said on Saturday that 24 people had been killed and 87 wounded in two days of fighting on the border with Ruritania.",
			[]claimCue{{"24 people had been killed and 87 wounded in two days of fighting on the border with Ruritania", "said", "BLR@Zorvia's health ministry"}}, ents,
			[]string{"24 people|killed|24|killed|BLR|BLR", "87 wounded|wounded|87|wounded|BLR|BLR"}},
		{"attackers", "The mission said its troops had repelled the assault and recovered the bodies of four attackers.",
			[]claimCue{{"its troops had repelled the assault and recovered the bodies of four attackers", "said", "UNO@The mission"}}, ents,
			[]string{"four attackers|killed|4|killed||UNO"}},
	})
}

// TestCounts31OutcomeAdjective: an adjective before the materiel noun
// says what befell it when no verb does ("had found at least a dozen
// burned-out tanks").
func TestCounts31OutcomeAdjective(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"burned-out", "A Zorvian spokesman said the troops had found at least a dozen burned-out Ruritanian armoured vehicles at the base.",
			[]claimCue{{"the troops had found at least a dozen burned-out Ruritanian armoured vehicles at the base", "said", "BLR"}}, ents,
			[]string{"a dozen burned-out Ruritanian armoured vehicles|armored_vehicle|12|destroyed|MDA|BLR"}},
		{"wrecked", "Reporters saw two wrecked Ruritanian tanks by the road.", nil, ents,
			[]string{"two wrecked Ruritanian tanks|tank|2|destroyed|MDA|"}},
		{"no adjective", "Reporters saw two Ruritanian tanks by the road.", nil, ents, nil},
	})
}

// TestCounts31Another: "another" after a verb of loss is one more of its
// object ("downed another drone"); "another 20" is read as 20.
func TestCounts31Another(t *testing.T) {
	ents := []entitySpec{{"Zorvia", "gpe", "BLR"}, {"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"headline", "Zorvia says it downed another Ruritanian drone",
			[]claimCue{{"it downed another Ruritanian drone", "says", "BLR"}}, ents,
			[]string{"another Ruritanian drone|drone|1|shot_down|MDA|BLR"}},
		{"number", "The Zorvian army said it had destroyed another 20 Ruritanian drones.",
			[]claimCue{{"it had destroyed another 20 Ruritanian drones", "said", "BLR"}}, ents,
			[]string{"20 Ruritanian drones|drone|20|destroyed|MDA|BLR"}},
	})
}
