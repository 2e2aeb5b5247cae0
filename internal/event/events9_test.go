package event

import "testing"

// TestReportedSubject checks that in a reported clause the subject of the
// act is its initiator, not the speaker before the verb of saying; a
// pronoun subject is the speaker, and troops no name gives a side leave
// the initiator open rather than give it to the speaker.
func TestReportedSubject(t *testing.T) {
	s := loadStage(t)
	tests := []initCase{
		{"The Taliban said Pakistani troops had shelled its posts in Kunar.", "shelled", "PAK"},
		{"Hezbollah said on Monday that Israeli jets bombed its positions near Tyre.", "bombed", "ISR"},
		{"Al-Shabaab said the army had attacked its fighters near Baidoa first.", "attacked", ""},
		{"The RSF said it had shelled army bases in El Obeid.", "shelled", "RSF"},
		{"Houthi rebels attacked a cargo ship in the Gulf of Aden, officials said.", "attacked", "HOUTHIS"},
	}
	checkInitiators(t, s, "2025-04-08", tests)
}

// TestNoneHit checks that a passive act whose subject "no" or "none of"
// denies is negated, however long the noun phrase, and that an act with
// "no" only in its object or another clause is not.
func TestNoneHit(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig string
		negated    bool
	}{
		{"The ministry said no Indian military installation had been targeted.", "targeted", true},
		{"None of the border villages were shelled overnight, the governor said.", "shelled", true},
		{"Two army depots were shelled and no one was hurt, the governor said.", "shelled", false},
		{"Rebels shelled the airport at Kidal on Sunday.", "shelled", false},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-04-08")
		e := find(doc, tc.trig)
		if e == nil {
			t.Errorf("%s: no event at %q", tc.text, tc.trig)
			continue
		}
		if e.Negated != tc.negated {
			t.Errorf("%s: negated %v, want %v", tc.text, e.Negated, tc.negated)
		}
	}
}

// TestSinceWhen checks that "since DATE, when X happened" dates X by that
// day (not the span from it to publication), and leaves the main clause's
// act undated by it.
func TestSinceWhen(t *testing.T) {
	s := loadStage(t)
	tests := []struct{ text, trig, start, end string }{
		{"The shelling was the heaviest since June 3, 2019, when rebels attacked the garrison at Tessit.", "attacked", "2019-06-03", "2019-06-03"},
		{"The town had been calm since 2017, when gunmen attacked a mosque there.", "attacked", "2017-01-01", "2017-12-31"},
		{"Rebels have shelled the town since June 3, 2023.", "shelled", "2023-06-03", "2025-04-08"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-04-08")
		e := find(doc, tc.trig)
		if e == nil {
			t.Errorf("%s: no event at %q", tc.text, tc.trig)
			continue
		}
		if e.Date.Start != tc.start || e.Date.End != tc.end {
			t.Errorf("%s: date %s..%s, want %s..%s", tc.text, e.Date.Start, e.Date.End, tc.start, tc.end)
		}
	}
}

// TestQualifiedParty checks that a state's adjective right before an armed
// group's name leaves the group the party ("Russian Wagner fighters"),
// while a state's own forces stay the state's.
func TestQualifiedParty(t *testing.T) {
	s := loadStage(t)
	tests := []initCase{
		{"Russian Wagner fighters killed 14 herders near Menaka on Sunday.", "killed", "WAGNER"},
		{"Malian soldiers shot dead 14 herders near Menaka on Sunday.", "shot", "MLI"},
		{"Congolese troops attacked Rwandan M23 positions near Sake.", "attacked", "COD"},
	}
	checkInitiators(t, s, "2025-04-08", tests)
	doc := analyse(t, s, "Congolese troops attacked Rwandan M23 positions near Sake.", "2025-04-08")
	if e := find(doc, "attacked"); e == nil || e.Target.Side != "M23" {
		t.Errorf("target %+v, want M23", e)
	}
}

// initCase is a text, the word of an event in it, and the side wanted as
// the event's initiator ("" none).
type initCase struct{ text, trig, init string }

// checkInitiators fails for each case whose text, published on pub, has no
// event at trig or one whose initiator has another side.
func checkInitiators(t *testing.T, s *Stage, pub string, tests []initCase) {
	t.Helper()
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, pub)
		e := find(doc, tc.trig)
		if e == nil {
			t.Errorf("%s: no event at %q", tc.text, tc.trig)
			continue
		}
		if e.Initiator.Side != tc.init {
			t.Errorf("%s: initiator %q, want %q", tc.text, e.Initiator.Side, tc.init)
		}
	}
}
