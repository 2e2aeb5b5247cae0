package quantity

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestVictimsOfOneCountryWar holds people counts no rule placed (a toll
// told by a rescue group, "among the civilian population"): in a war story
// whose places lie in one country they are that country's people; a whole
// said to include soldiers, or a share of a party's own members, stays
// no one's (invented sentences).
func TestVictimsOfOneCountryWar(t *testing.T) {
	places := []entitySpec{{"Kadugli", "place:SD", ""}, {"Dilling", "place:SD", ""}}
	checkCounts(t, []countCase{
		{"rescue group", "Artillery shelled Kadugli on Sunday, residents said. Fighting went on near Dilling through the night. The market had been crowded with farmers.\n\nBetween 20 and 30 people were wounded, some of them badly, according to a local rescue group.", nil, places,
			[]string{"Between 20 and 30 people|wounded|20-30|wounded|SDN|"}},
		{"civilian population", "Artillery shelled Kadugli on Sunday. Fighting went on near Dilling through the night. The market had been crowded with farmers.\n\nAmong the civilian population, nine people lost their lives.", nil, places,
			[]string{"nine people|killed|9|killed|SDN|"}},
		// soldiers among them: people of more than one party
		{"among them soldiers", "Artillery shelled Kadugli on Sunday. Fighting went on near Dilling through the night. The market had been crowded with farmers.\n\nThe hospital has received 40 wounded, among them soldiers, since Friday.", nil, places,
			[]string{"40 wounded|wounded|40|wounded||"}},
		// places in two countries: nothing says whose
		{"two countries", "Artillery shelled Kadugli on Sunday. Fighting went on near Dilling, Bentiu and Malakal through the night. The market had been crowded with farmers.\n\nBetween 20 and 30 people were wounded, according to a local rescue group.",
			nil, []entitySpec{{"Kadugli", "place:SD", ""}, {"Dilling", "place:SD", ""}, {"Bentiu", "place:SS", ""}, {"Malakal", "place:SS", ""}},
			[]string{"Between 20 and 30 people|wounded|20-30|wounded||"}},
	})
}

// TestShareOfTheWounded holds "N of the wounded/dead" told sentences after
// the toll: a share of the people counted there, with their owner
// (invented sentences).
func TestShareOfTheWounded(t *testing.T) {
	checkCounts(t, []countCase{
		{"of the wounded", "A missile struck a block of flats in Zaporizhzhia, killing six civilians and wounding 14 others. Rescuers worked through the night. The mayor said the city would rebuild. Three of the wounded were in critical condition.",
			nil, []entitySpec{{"Zaporizhzhia", "place:UA", ""}, {"Belgorod", "place:RU", ""}},
			[]string{"six civilians|killed|6|killed|UKR|", "14 others|wounded|14|wounded|UKR|", "Three of the wounded|wounded|3|wounded|UKR|"}},
	})
}

// TestSoldierKilledAbroad holds a soldier killed where the sentence places
// him, in another state than the one the story's claims and places are
// of: that state's soldier (invented sentences).
func TestSoldierKilledAbroad(t *testing.T) {
	checkCounts(t, []countCase{
		{"in another state", "The ministry said an airstrike on Tyre killed four civilians. The ministry said the strikes went on near Nabatieh. Radio reports said a soldier had been killed in Metula on Tuesday.",
			[]claimCue{{"an airstrike on Tyre killed four civilians", "said", "LBN"}, {"the strikes went on near Nabatieh", "said", "LBN"}},
			[]entitySpec{{"Tyre", "place:LB", ""}, {"Nabatieh", "place:LB", ""}, {"Metula", "place:IL", ""}},
			[]string{"four civilians|killed|4|killed|LBN|LBN", "a soldier|killed|1|killed|ISR|"}},
	})
}

// TestPronounOfAPersonWithoutSide holds a claim whose speaker is a pronoun
// the actor stage resolved to a person: its counts are claimed by that
// person's side (from another of their claims), and by no party when they
// have none, not by the party of the last claim that had a side
// (invented sentences).
func TestPronounOfAPersonWithoutSide(t *testing.T) {
	s := loadStage(t)
	text := "Omar Said disputed the prosecution's version of his arrest. The prosecutor said he was caught in Ramadi. He admitted that he had abducted two Moroccans in 2005."
	doc := docWith(t, text, []claimCue{
		{"his arrest", "disputed", ""},
		{"he was caught in Ramadi", "said", "IRQ"},
		{"he had abducted two Moroccans in 2005", "admitted", "@He"},
	}, []entitySpec{{"Moroccans", "gpe", "MAR"}, {"Ramadi", "place:IQ", ""}, {"Omar Said", "person", ""}})
	doc.Claims[0].Speaker = parallax.Speaker{Text: "Omar Said", Actor: "Omar Said"}
	doc.Claims[2].Speaker.Actor = "Omar Said"
	s.Process(doc)
	var got []string
	for _, c := range doc.Counts {
		got = append(got, show(doc, c))
	}
	if want := []string{"two Moroccans|captured|2|captured|MAR|"}; len(got) != 1 || got[0] != want[0] {
		t.Errorf("no side: got %q, want %q", got, want)
	}
	// the same person with a side on another claim: theirs
	doc = docWith(t, text, []claimCue{
		{"his arrest", "disputed", "SYR"},
		{"he was caught in Ramadi", "said", "IRQ"},
		{"he had abducted two Moroccans in 2005", "admitted", "@He"},
	}, []entitySpec{{"Moroccans", "gpe", "MAR"}, {"Ramadi", "place:IQ", ""}, {"Omar Said", "person", ""}})
	doc.Claims[0].Speaker = parallax.Speaker{Text: "Omar Said", Actor: "Omar Said", Side: "SYR"}
	doc.Claims[2].Speaker.Actor = "Omar Said"
	s.Process(doc)
	got = nil
	for _, c := range doc.Counts {
		got = append(got, show(doc, c))
	}
	if want := "two Moroccans|captured|2|captured|MAR|SYR"; len(got) != 1 || got[0] != want {
		t.Errorf("side elsewhere: got %q, want %q", got, want)
	}
}
