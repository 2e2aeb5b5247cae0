package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestEvents8Kinds covers the general error kinds the session-8 battery
// (testdata/probes8) found, on new invented sentences: an attack noun as
// the subject of a verb of hitting is one event; "neutralised" and
// "martyred" are an attack's outcome; whoever denies doing an act is its
// initiator; "civilians" hit by an army are no protest crowd; "riot
// police" and "set on fire on" name no riot and no shooting; objects
// thrown at police make a riot; the army deployed is a show of force;
// merchant ships are civilian and radars military.
func TestEvents8Kinds(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text       string
		events     int    // events in the sentence (-1: unchecked)
		trig       string // a word of the event checked ("" none)
		typ, cameo string // its type and CAMEO prefix ("" unchecked)
		init, kind string // its initiator side and target kind ("" unchecked)
		negated    bool
		noneAt     string // no event holds these words ("" unchecked)
	}{
		{"A Turkish drone strike hit a PKK convoy near Amadiya.", 1, "drone strike", "explosions_remote_violence", "19", "TUR", KindMilitary, false, ""},
		{"A Russian missile strike destroyed a grain terminal in Izmail.", 1, "missile strike", "explosions_remote_violence", "19", "RUS", KindInfrastructure, false, ""},
		{"Nigerian jets neutralised scores of bandits in airstrikes on Tsafe forest.", 1, "airstrikes", "explosions_remote_violence", "19", "", KindMilitary, false, ""},
		{"Three policemen were martyred when a bomb exploded near their van in Bannu.", 1, "bomb", "explosions_remote_violence", "", "", "", false, ""},
		{"The Wagner group denied killing civilians in Moura.", 1, "killing", "", "", "WAGNER", KindCivilian, true, ""},
		{"Hamas denies holding the hostages in Rafah.", -1, "", "", "", "", "", false, ""},
		{"The army denied that drones had targeted civilians in the Tigray town.", 1, "targeted", "", "19", "", KindCivilian, true, ""},
		{"Riot police stood guard outside the ministry.", 0, "", "", "", "", "", false, "Riot police"},
		{"Protesters set a police kiosk on fire on Freedom Avenue.", 1, "set", "riots", "145", "", "", false, "fire on"},
		{"Youths threw petrol bombs at officers outside the stadium gates.", 1, "threw petrol bombs", "riots", "145", "", "", false, ""},
		{"The president deployed the army to the capital's streets.", 1, "deployed the army", "strategic_developments", "15", "", "", false, ""},
		{"Houthi drones attacked an oil tanker off Hodeidah.", 1, "attacked", "explosions_remote_violence", "19", "HOUTHIS", KindCivilian, false, ""},
		{"US jets struck Houthi radar sites near Hodeidah.", 1, "struck", "explosions_remote_violence", "19", "USA", KindMilitary, false, ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02")
		var all []string
		for _, e := range doc.Events {
			all = append(all, doc.Text[e.Start:e.End]+"/"+e.Type+"/"+e.CAMEO)
		}
		if tc.events >= 0 && len(all) != tc.events {
			t.Errorf("%s: %d events, want %d; events %q", tc.text, len(all), tc.events, all)
		}
		if tc.noneAt != "" {
			k := strings.Index(tc.text, tc.noneAt)
			for _, e := range doc.Events {
				if e.Start < k+len(tc.noneAt) && k < e.End && doc.Text[e.Start:e.End] != "set" {
					t.Errorf("%s: event %q over %q", tc.text, doc.Text[e.Start:e.End], tc.noneAt)
				}
			}
		}
		if tc.trig == "" {
			continue
		}
		e := find(doc, tc.trig)
		if e == nil {
			t.Errorf("%s: no event at %q; events %q", tc.text, tc.trig, all)
			continue
		}
		if tc.typ != "" && e.Type != tc.typ || !strings.HasPrefix(e.CAMEO, tc.cameo) || tc.init != "" && e.Initiator.Side != tc.init ||
			tc.kind != "" && e.Target.Kind != tc.kind || e.Negated != tc.negated {
			t.Errorf("%s: event at %q %s %s %s→%s negated %v; want %s %s… %s→%s negated %v", tc.text, tc.trig, e.Type, e.CAMEO,
				e.Initiator.Side, e.Target.Kind, e.Negated, tc.typ, tc.cameo, tc.init, tc.kind, tc.negated)
		}
	}
}

// TestVictimsLinkToForce checks that the dead and wounded of a sentence
// are linked to its act of force, not to another event whose words hold
// them ("shattering a truce").
func TestVictimsLinkToForce(t *testing.T) {
	s := loadStage(t)
	text := "Israeli airstrikes across Gaza killed 86 people on Tuesday, shattering a truce."
	doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: "2025-06-04"}, Text: text}
	k := strings.Index(text, "86 people")
	n := 86
	doc.Counts = []parallax.Count{{Start: k, End: k + len("86 people"), Item: "killed", N: &n, Outcome: "killed", Owner: "PSE"}}
	s.Process(doc)
	var linked *parallax.Event
	for i := range doc.Events {
		if string(doc.Counts[0].Event) == doc.Events[i].ID {
			linked = &doc.Events[i]
		}
	}
	if linked == nil || !forceRoot(linked.CAMEO) || linked.Target.Side != "PSE" {
		t.Fatalf("the 86 killed linked to %+v, want the airstrikes with target PSE", linked)
	}
}

// TestSpeechDayNotActDay checks that an act is dated by its own night, not
// by the day its report was told on.
func TestSpeechDayNotActDay(t *testing.T) {
	s := loadStage(t)
	doc := analyse(t, s, "Russian drones struck Odesa overnight, the regional governor said on Saturday.", "2025-06-14")
	e := find(doc, "struck")
	if e == nil || e.Date.Start != "2025-06-13" {
		t.Fatalf("event %+v, want dated 2025-06-13 (overnight)", e)
	}
}

// TestSpeakersTroops checks that troops no name gives a party, in a
// state's claim, are that state's, and that a group's claim or a named
// party leaves them alone.
func TestSpeakersTroops(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, claim, side, trig, want string
	}{
		{"The ministry said the army had shelled rebel positions near Kalemie.", "the army had shelled rebel positions near Kalemie", "COD", "shelled", "COD"},
		{"The government denied that troops had attacked the village of Kesh.", "troops had attacked the village of Kesh", "ETH", "attacked", "ETH"},
		// a group speaking: its opponents' troops are not its own
		{"The rebels said the army had shelled their positions near Kalemie.", "the army had shelled their positions near Kalemie", "M23", "shelled", ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02", claimSpec{span: tc.claim, side: tc.side})
		e := find(doc, tc.trig)
		if e == nil || e.Initiator.Side != tc.want {
			t.Errorf("%s: event %+v, want initiator %q", tc.text, e, tc.want)
		}
	}
}

// TestStoppedCooperation checks that aid, talks and mediation stopped are
// a reduction of relations (CAMEO 162, 164, 165), that lifting is not,
// and that a cessation of hostilities is no battle.
func TestStoppedCooperation(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig, want string // want: CAMEO code of the event at trig, "" none
	}{
		{"Washington suspended part of its military aid to the Sahel juntas.", "military aid", "162"},
		{"Brussels froze humanitarian aid to the province after the coup.", "humanitarian aid", "162"},
		{"The government halted peace talks with the Karen rebels.", "peace talks", "164"},
		{"Qatar announced a suspension of its mediation between the parties.", "mediation", "165"},
		{"The two sides signed a cessation of hostilities in Pretoria.", "hostilities", ""},
		{"The army lifted the nightly curfew in Juba.", "curfew", ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02")
		e := find(doc, tc.trig)
		switch {
		case tc.want == "" && e != nil && (forceRoot(e.CAMEO) || strings.HasPrefix(e.CAMEO, "17")):
			t.Errorf("%s: event %s at %q, want none", tc.text, e.CAMEO, tc.trig)
		case tc.want != "" && (e == nil || e.CAMEO != tc.want):
			t.Errorf("%s: event %+v at %q, want CAMEO %s", tc.text, e, tc.trig, tc.want)
		}
	}
}

// TestUnrealisedAndEased checks acts only thought of or guarded against
// ("possible attacks", "to protect against attacks", "efforts to combat"),
// restrictions lifted or ended (CAMEO 081), and "strikes" after a work
// stoppage told earlier in the article.
func TestUnrealisedAndEased(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig, want string // want: CAMEO prefix of the event at trig, "" no act of force there
	}{
		{"The ministry warned of possible attacks on polling stations in Bauchi.", "attacks", ""},
		{"Troops were deployed to protect against attacks on the pipeline.", "attacks", ""},
		{"The cabinet approved new measures to combat piracy off Puntland.", "combat", ""},
		{"Gunmen attacked a polling station in Bauchi on Saturday.", "attacked", "19"},
		{"The governor lifted the curfew in Jos on Monday.", "curfew", "081"},
		{"The junta ended the state of emergency in the capital.", "state of emergency", "081"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-02")
		e := find(doc, tc.trig)
		switch {
		case tc.want == "" && e != nil && forceRoot(e.CAMEO):
			t.Errorf("%s: event %s at %q, want no act of force", tc.text, e.CAMEO, tc.trig)
		case tc.want != "" && (e == nil || !strings.HasPrefix(e.CAMEO, tc.want)):
			t.Errorf("%s: event %+v at %q, want CAMEO %s…", tc.text, e, tc.trig, tc.want)
		}
	}
	doc := analyse(t, s, "Dock workers in Santos began a strike on Monday over pay. By Wednesday the strikes had spread to two more ports.", "2025-06-02")
	for _, e := range doc.Events {
		if e.Type == parallax.EventExplosions {
			t.Errorf("labour strikes read as an air strike: %q %s", doc.Text[e.Start:e.End], e.CAMEO)
		}
	}
}

// TestClauseSubjects checks whose act a relative clause and a participle
// after "after"/"while" tell: the antecedent of "who", and the subject of
// the main clause.
func TestClauseSubjects(t *testing.T) {
	s := loadStage(t)
	tests := []initCase{
		{"Police fired on students who stormed the ministry in Dhaka.", "stormed", ""},
		{"Kenyan troops ended the siege on Sunday after killing four gunmen.", "killing", "KEN"},
		{"Ugandan forces shelled the camp on Friday before attacking the rebels.", "attacking", "UGA"},
		{"The attackers who ambushed Malian soldiers fled toward Niger.", "ambushed", ""},
	}
	checkInitiators(t, s, "2025-06-02", tests)
}
