package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// TestPurposeInfinitives checks that an act of force in a "to" infinitive
// after a noun, an adjective or a verb of asking is a purpose, a demand or
// a hope, not a deed (session 10, from the readable news: "its
// determination to defeat ISIL", "in order to fight", "urged its
// neighbours to seize", "the campaign to liberate the city"), while a
// verb that says the act went ahead ("began to shell", "went on to
// kill"), an attempt, an operation under way and "the first to attack"
// keep it, and "to" before a noun stays a preposition ("in response to
// the attack", "stabbed to death"). Every sentence is invented.
func TestPurposeInfinitives(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trigger string
		want          bool // an event of force at the trigger
	}{
		{"The coalition restated its determination to defeat the insurgents in the north.", "defeat", false},
		{"Villagers formed patrols in order to fight off the raiders.", "fight", false},
		{"The minister urged the neighbouring states to seize the smugglers' boats.", "seize", false},
		{"Throughout the campaign to liberate Tal Afar, aid groups kept working.", "liberate", false},
		{"Experts said it was crucial to attack the problem at its root.", "attack", false},
		{"The army sent two battalions to Kidal to fight the rebels.", "fight", false},
		// what went ahead
		{"Rebel gunners began to shell the airport at dawn on Monday.", "shell", true},
		{"The gunmen went on to kill three guards at the gate.", "kill", true},
		{"Militants tried to storm the police station in Bannu.", "storm", true},
		{"The start of army operations to retake the town of Bakhmut was announced on Monday.", "retake", true},
		{"Baku denied that its troops were the first to attack the Armenian posts.", "attack", true},
		// "to" before a noun
		{"Militants killed four policemen, and in response to the attack troops sealed the district.", "killed", true},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-03-01")
		if got := forceAt(doc, tc.trigger); got != tc.want {
			t.Errorf("%q: event of force at %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestUnrealisedAfterTo checks the reading of "to" before a trigger word:
// an infinitive of purpose, or a preposition before a noun, a plural or a
// gerund.
func TestUnrealisedAfterTo(t *testing.T) {
	tests := []struct {
		text string
		at   int // the trigger word
		want int
	}{
		{"the guard was beaten to death", 5, done},
		{"the junta went to war", 4, done},
		{"in response to attacks", 3, done},
		{"they returned to fighting", 3, done},
		{"a campaign to liberate", 3, notDone},
		{"soldiers were sent to fight", 4, notDone},
		{"they kept on to fight", 4, done},
		{"gunmen tried to storm", 3, done},
	}
	for _, tc := range tests {
		var ws []words.Word
		for _, f := range strings.Fields(tc.text) {
			ws = append(ws, words.Word{Text: f, Lower: f, Tok: -1})
		}
		if got := unrealised(ws, tc.at); got != tc.want {
			t.Errorf("%q at %q: unrealised %d, want %d", tc.text, ws[tc.at].Text, got, tc.want)
		}
	}
}

// TestSportsResults checks that a team's win is no act of force: a
// sports word or a score in the sentence ("Sweden defeated South Korea
// 1-0"), while an army's defeat of rebels stays one. Every sentence is
// invented.
func TestSportsResults(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"Ghana defeated Nigeria 2-1 in Accra on Saturday.", "defeated", false},
		{"Morocco beat Portugal 1-0 to reach the semi-final of the Cup.", "beat", false},
		{"Ethiopian troops defeated the TPLF near Mekelle after three days of fighting.", "defeated", true},
		{"Russian forces defeated Ukrainian units near Avdiivka, the ministry said on Friday.", "defeated", true},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-03-01")
		got := false
		for _, e := range doc.Events {
			if strings.Contains(doc.Text[e.Start:e.End], tc.trigger) && forceful(e.CAMEO) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: event of force at %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}
