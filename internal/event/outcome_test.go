package event

import "testing"

// TestOutcomeMerge checks that a killing or wounding told as the outcome of
// an attack in its sentence is one event with the attack (ACLED: one event
// of the attack's type, with its fatalities and civilian targeting), and
// that a killing with no attack, or one told as another happening, stays
// its own event.
func TestOutcomeMerge(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		events int    // events in the sentence
		trig   string // a word of the event checked
		typ    string // its type ("" unchecked)
		kind   string // its target kind ("" unchecked)
		target string // its target side ("" unchecked)
	}{
		// the attack is the subject of the killing
		{"Russian missiles killed 14 people in Zaporizhzhia on Sunday.", 1, "missiles", "explosions_remote_violence", KindCivilian, ""},
		{"A Sudanese army airstrike on a market in Nyala killed 31 civilians.", 1, "airstrike", "explosions_remote_violence", KindCivilian, ""},
		// a participle after the attack
		{"Israeli jets struck a house in Rafah, killing six people and wounding nine.", 1, "struck", "explosions_remote_violence", KindCivilian, ""},
		{"Bandits stormed the village of Kurmin Dutse, killing 17 villagers.", 1, "stormed", "violence_against_civilians", KindCivilian, ""},
		{"Houthi fighters attacked a Saudi border post, killing four soldiers.", 1, "attacked", "battles", KindMilitary, ""},
		// the killing told first, the attack as its cause
		{"Five Malian soldiers were killed when a roadside bomb hit their truck near Gao.", 1, "roadside bomb", "explosions_remote_violence", KindMilitary, ""},
		{"Nine fishermen died in a Russian drone attack on Ochakiv.", 1, "drone attack", "explosions_remote_violence", KindCivilian, ""},
		// a battle whose crossfire kills civilians stays a battle
		{"Clashes between the army and RSF fighters in El Obeid killed seven civilians.", 1, "Clashes", "battles", "", ""},
		// no attack: the killing is the event
		{"Gunmen shot dead three teachers in Kasese.", 1, "shot", "violence_against_civilians", KindCivilian, ""},
		{"Unknown assailants killed a village chief in Bandundu.", 1, "killed", "violence_against_civilians", "", ""},
		// another happening: two events
		{"Pakistani jets bombed militant hideouts after militants killed 12 policemen in Tank.", 2, "bombed", "", "", ""},
		{"Militants killed two guards, and in retaliation for the attack the army raided Sangu.", 3, "killed", "", "", ""},
		{"Drones struck Kherson on Monday, and elsewhere two farmers were killed by a mine.", 2, "struck", "", "", ""},
		// abductions are their own events
		{"Gunmen kidnapped and killed four traders near Bunia.", 2, "kidnapped", "", "", ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02")
		var all []string
		for _, e := range doc.Events {
			all = append(all, doc.Text[e.Start:e.End]+"/"+e.Type+"/"+e.CAMEO)
		}
		if len(all) != tc.events {
			t.Errorf("%s: %d events, want %d; events %q", tc.text, len(all), tc.events, all)
			continue
		}
		e := find(doc, tc.trig)
		if e == nil {
			t.Errorf("%s: no event at %q; events %q", tc.text, tc.trig, all)
			continue
		}
		if tc.typ != "" && e.Type != tc.typ || tc.kind != "" && e.Target.Kind != tc.kind || tc.target != "" && e.Target.Side != tc.target {
			t.Errorf("%s: event at %q %s kind %s target %q; want %s %s %q", tc.text, tc.trig, e.Type, e.Target.Kind, e.Target.Side, tc.typ, tc.kind, tc.target)
		}
	}
}

// TestDedupe checks that one act told by several overlapping triggers of
// the same code and parties is one event, and that two acts of different
// parties are two.
func TestDedupe(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		events int
	}{
		{"Police fired tear gas, rubber bullets and water cannon at demonstrators in Accra.", 1},
		{"ELN guerrillas have been attacking and fighting Colombian troops in Arauca since 2022.", 1},
		// two parties, two acts; two places, two acts
		{"Drones hit Odesa and missiles struck Kyiv overnight.", 2},
		{"Police fired tear gas at demonstrators in Accra, and the demonstrators threw stones at the police.", 2},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02")
		var all []string
		for _, e := range doc.Events {
			all = append(all, doc.Text[e.Start:e.End]+"/"+e.CAMEO)
		}
		if len(all) != tc.events {
			t.Errorf("%s: %d events %q, want %d", tc.text, len(all), all, tc.events)
		}
	}
}
