package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/when"
)

// Session 30 (counts4 lane): kinds of count misses on invented conflict
// wire (testdata/counts30), each with sentences of the lane's own;
// Zorvian (BLR) and Ruritanian (MDA) stand for any two states.

// TestCounts30TableWithoutLossWord: a table whose lead announces results
// or a tally with no losses word ("The outcome of the fighting is as
// follows:", "The following results were achieved:", "Its daily tally
// listed:") is a loss list all the same; its lines may be numbered, may
// carry a type after the figure or a figure in words.
func TestCounts30TableWithoutLossWord(t *testing.T) {
	ents := []entitySpec{{"Zorvian Army", "military", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"outcome", "On 3 May the Zorvian Army repulsed three attacks by the Ruritanian army.\n\nThe outcome of the fighting is as follows:\nRuritanian soldiers put out of action: 900\nTanks: 18 T-55\nArmoured vehicles: 7\nAircraft: one MiG-23\n",
			nil, ents,
			[]string{"Ruritanian soldiers put out of action: 900|killed|900|lost|MDA|", "Tanks: 18|tank|18|lost|MDA|", "Armoured vehicles: 7|armored_vehicle|7|lost|MDA|", "Aircraft: one|aircraft|1|lost|MDA|"}},
		{"numbered", "The Zorvian Army today met the raids of the Ruritanian air force.\n\nThe following results were achieved during the day:\n1. Enemy aircraft shot down: 21\n2. Enemy tanks destroyed: 35\n",
			nil, ents,
			[]string{"Enemy aircraft shot down: 21|aircraft|21|lost|MDA|", "Enemy tanks destroyed: 35|tank|35|lost|MDA|"}},
		{"tally", "The Zorvian General Staff said on Monday that its forces had killed 840 Ruritanian troops over the past day. Its daily tally also listed:\n\n- tanks: 12\n- artillery systems: 26\n- drones: 19\n",
			[]claimCue{{"its forces had killed 840 Ruritanian troops over the past day", "said", "BLR"}}, ents,
			[]string{"840 Ruritanian troops|killed|840|killed|MDA|BLR", "tanks: 12|tank|12|lost|MDA|BLR", "artillery systems: 26|artillery|26|lost|MDA|BLR", "drones: 19|drone|19|lost|MDA|BLR"}},
	})
}

// TestCounts30TableOwnerNotPlace: the party a table's lead names owns its
// losses before a place the fighting was at, and a line that names a party
// is that party's.
func TestCounts30TableOwnerNotPlace(t *testing.T) {
	ents := []entitySpec{{"Zorvian Defence Forces", "military", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Kestrel", "place:BY", "BLR"}, {"Kestrel", "location", "BLR"}}
	checkCounts(t, []countCase{
		{"place first", "In the fighting on the Kestrel front, our forces repulsed three waves of attacks by the Ruritanian army.\n\nThe outcome of the fighting is as follows:\nRuritanian soldiers put out of action: 900\nTanks: 18 T-55\n",
			nil, ents,
			[]string{"Ruritanian soldiers put out of action: 900|killed|900|lost|MDA|", "Tanks: 18|tank|18|lost|MDA|"}},
	})
}

// TestCounts30NoTableWithoutFigures: a lead that ends in a colon before
// lines that are no loss figures stays no list ("The brigade's
// equipment:" an inventory of one line; the agenda of a meeting).
func TestCounts30NoTableWithoutFigures(t *testing.T) {
	ents := []entitySpec{{"Zorvian Army", "military", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"agenda", "The Zorvian Army published the programme of the parade.\n\nThe programme is as follows:\nOpening: 10:00\nSpeeches: 11:00\n",
			nil, ents, nil},
	})
}

// TestCounts30PeopleJoined: people killed and a bare number wounded after
// them ("Four peacekeepers were killed and five wounded when gunmen
// attacked") are two counts of two outcomes.
func TestCounts30PeopleJoined(t *testing.T) {
	checkCounts(t, []countCase{
		{"killed and wounded when", "Four peacekeepers were killed and five wounded when gunmen attacked a United Nations camp near Timbuktu early on Friday, the UN mission said.",
			[]claimCue{{"Four peacekeepers were killed and five wounded when gunmen attacked a United Nations camp near Timbuktu early on Friday", "said", "UNO"}}, nil,
			[]string{"Four peacekeepers|killed|4|killed|UNO|UNO", "five wounded|wounded|5|wounded|UNO|UNO"}},
	})
}

// TestCounts30SubsetOfWounded: "One of the wounded" names a member of a
// toll already counted, no count of its own.
func TestCounts30SubsetOfWounded(t *testing.T) {
	checkCounts(t, []countCase{
		{"one of the wounded", "Coast guard crews boarded the boats, wounding eight sailors. One of the wounded, a navy sailor, lost his right thumb, the armed forces chief told reporters.",
			nil, nil,
			[]string{"eight sailors|wounded|8|wounded||"}},
	})
}

// TestCounts30ItsOwnPutAt: "put the number of its own fighters killed at
// N" is the teller's own dead.
func TestCounts30ItsOwnPutAt(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"its own fighters", "Zorvian troops fought the Ruritanian army for a week. The Ruritanian army said it had killed 1,000 soldiers. It put the number of its own fighters killed at 102.",
			[]claimCue{{"it had killed 1,000 soldiers", "said", "MDA"}, {"the number of its own fighters killed at 102", "put", "MDA"}}, ents,
			[]string{"1,000 soldiers|killed|1000|killed|BLR|MDA", "102|killed|102|killed|MDA|MDA"}},
	})
}

// TestCounts30OfOurWounded: "N of our aircrew were wounded" in a quote.
func TestCounts30OfOurWounded(t *testing.T) {
	checkCounts(t, []countCase{
		{"of our", "\"We lost one pilot, and three of our aircrew were wounded,\" a Zorvian navy officer told reporters.",
			[]claimCue{{"We lost one pilot, and three of our aircrew were wounded", "told", "BLR"}}, nil,
			[]string{"one pilot|killed|1|lost|BLR|BLR", "three of our aircrew|wounded|3|wounded|BLR|BLR"}},
	})
}

// TestCounts30CommuniqueTableEnemyBody: a communique whose lead speaks in
// the first person and names the enemy's body ("our forces repulsed
// attacks by the Ruritanian army") tells its table as its author, whose
// enemy's losses the lines count.
func TestCounts30CommuniqueTableEnemyBody(t *testing.T) {
	s := loadStage(t)
	title := "Statement of the Ministry of Defence of Zorvia"
	text := title + "\n\nIn the fighting on the Kestrel front, our forces repulsed three waves of attacks by the Ruritanian army.\n\nThe outcome of the fighting is as follows:\nRuritanian soldiers put out of action: 900\nTanks: 18 T-55\n"
	ents := []entitySpec{{"Ministry of Defence of Zorvia", "government", "BLR"}, {"Ruritanian army", "military", "MDA"}, {"Ruritanian soldiers", "military", "MDA"}, {"Kestrel", "place:BY", "BLR"}, {"Kestrel", "location", "BLR"}}
	doc := docWith(t, text, nil, ents)
	doc.Article.Title = title
	when.New().Process(doc)
	s.Process(doc)
	got := strings.Join(shownCounts(doc), "\n")
	want := strings.Join([]string{"Ruritanian soldiers put out of action: 900|killed|900|lost|MDA|", "Tanks: 18|tank|18|lost|MDA|"}, "\n")
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestCounts30FirstPersonDeed: materiel a communique's own forces took or
// destroyed ("Our forces also captured two tanks, three armoured personnel
// carriers and an anti-aircraft gun") is the enemy's, every member of the
// list; what "our forces lost" stays theirs.
func TestCounts30FirstPersonDeed(t *testing.T) {
	s := loadStage(t)
	title := "Statement of the Ministry of Defence of Zorvia"
	ents := []entitySpec{{"Ministry of Defence of Zorvia", "government", "BLR"}, {"Ruritanian army", "military", "MDA"}}
	for _, tc := range []struct{ body, want string }{
		{"Our forces repulsed three waves of attacks by the Ruritanian army.\n\nOur forces also captured two tanks, three armoured personnel carriers and an anti-aircraft gun in working order.",
			"two tanks|tank|2|captured|MDA|\nthree armoured personnel carriers|armored_vehicle|3|captured|MDA|\nan anti-aircraft gun|air_defense|1|captured|MDA|"},
		{"Our forces repulsed three waves of attacks by the Ruritanian army.\n\nWe destroyed two tanks.", "two tanks|tank|2|destroyed|MDA|"},
		{"Our forces repulsed three waves of attacks by the Ruritanian army.\n\nOur forces lost two tanks.", "two tanks|tank|2|lost|BLR|"},
	} {
		text := title + "\n\n" + tc.body
		doc := docWith(t, text, nil, ents)
		doc.Article.Title = title
		when.New().Process(doc)
		s.Process(doc)
		if got := strings.Join(shownCounts(doc), "\n"); got != tc.want {
			t.Errorf("%s\n got: %q\nwant: %q", tc.body, got, tc.want)
		}
	}
}
