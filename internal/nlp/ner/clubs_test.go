package ner

import "testing"

func TestSportsClubs(t *testing.T) {
	gaz := testPlaces()
	cases := []struct{ in, want string }{
		// A plural verb, a club's people, a transfer's "from", the
		// opponent after a result; other mentions follow (clubMentions).
		{"SOCCER - KELBY SIGN BRAND .\nKelby/B-LOC have signed Ivo/B-PER Brand/I-PER from Corvo/B-LOC Rovers/I-LOC .\nKelby/B-LOC president Ana/B-PER Lind/I-PER was pleased .",
			"SOCCER - KELBY SIGN BRAND .\nKelby/B-ORG have signed Ivo/B-PER Brand/I-PER from Corvo/B-ORG Rovers/I-ORG .\nKelby/B-ORG president Ana/B-PER Lind/I-PER was pleased ."},
		{"RUGBY LEAGUE - DUNMORE LOSE .\nDunmore/B-PER lost 2-1 at Tarvos/B-LOC on Sunday .\nThe only goal against Marsh/B-LOC came late .",
			"RUGBY LEAGUE - DUNMORE LOSE .\nDunmore/B-PER lost 2-1 at Tarvos/B-ORG on Sunday .\nThe only goal against Marsh/B-ORG came late ."},
		{"SOCCER - VILLA WIN .\nIt was a 3-0 defeat at Brellin/B-LOC Villa/I-LOC .",
			"SOCCER - VILLA WIN .\nIt was a 3-0 defeat at Brellin/B-ORG Villa/I-ORG ."},
		{"SOCCER - MOVE BLOCKED .\nThe move was blocked by his club Tarvos/B-PER Sarsfield/I-PER .",
			"SOCCER - MOVE BLOCKED .\nThe move was blocked by his club Tarvos/B-ORG Sarsfield/I-ORG ."},
		// Unchanged: the ground after a result naming both sides, a
		// people before "fans" ("Corsican fans"), a
		// country (its national team), a town after "in", no sports
		// label, a dateline.
		{"SOCCER - KELBY WIN .\nKelby/B-ORG beat Dunmore/B-ORG 2-0 at Marsh/B-LOC .",
			"SOCCER - KELBY WIN .\nKelby/B-ORG beat Dunmore/B-ORG 2-0 at Marsh/B-LOC ."},
		{"SOCCER - VALDORIA WIN .\nValdoria/B-LOC have won the cup .\nThe goal against Valdoria/B-LOC came late .",
			"SOCCER - VALDORIA WIN .\nValdoria/B-LOC have won the cup .\nThe goal against Valdoria/B-LOC came late ."},
		{"SOCCER - KELBY HELD .\nKelby/B-ORG drew 1-1 at Dunmore/B-LOC , where Corvan/B-MISC fans threw flares .",
			"SOCCER - KELBY HELD .\nKelby/B-ORG drew 1-1 at Dunmore/B-ORG , where Corvan/B-MISC fans threw flares ."},
		{"SOCCER - FANS MARCH .\nFans marched in Kelby/B-LOC on Sunday .",
			"SOCCER - FANS MARCH .\nFans marched in Kelby/B-LOC on Sunday ."},
		{"Farmers in Kelby/B-LOC have signed a deal .\nA 2-1 win over Dunmore/B-LOC traders .",
			"Farmers in Kelby/B-LOC have signed a deal .\nA 2-1 win over Dunmore/B-LOC traders ."},
		{"SOCCER - KELBY WIN .\nKELBY/B-LOC , Valdoria/B-LOC 1996-05-02",
			"SOCCER - KELBY WIN .\nKELBY/B-LOC , Valdoria/B-LOC 1996-05-02"},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		clubs := map[string]bool{}
		sportsClubs(sents, tags, gaz, clubs)
		clubMentions(sents, tags, clubs)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}
