package geo

import (
	"strings"
	"testing"
)

// TestFrontLine covers the rules the thirteenth probe battery (front-line
// reporting of 2022-2026) led to, on sentences of their own: a camp or
// base one modifier away makes the name a place; a lower-case Arabic
// article joined to a name the gazetteer knows starts a place name after a
// lower-case word, not after a person's first name; front-line villages,
// corridors and the Red Sea strait the supplement now holds.
func TestFrontLine(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Shelling killed two women at the Kalma displacement camp on Tuesday.", []string{"Kalma/SD"}, nil},
		{"Police raided the Nur Shams refugee camp at dawn.", []string{"Nur Shams/PS"}, nil},
		{"Tents went up in the coastal area of al-Mawasi last week.", []string{"al-Mawasi/PS"}, nil},
		{"Trucks crossed the border at el-Arish before noon.", []string{"el-Arish/EG"}, nil},
		{"Former leader Omar al-Bashir was moved to a hospital.", nil, []string{"al-Bashir", "Omar"}},
		{"Tanks moved along the Netzarim corridor south of the city.", []string{"Netzarim/PS"}, nil},
		{"Drones struck near Aita al-Shaab and Yaroun in south Lebanon.", []string{"Aita al-Shaab/LB", "Yaroun/LB"}, nil},
		{"Marines held positions in Krynky near the river bank in Kherson region.", []string{"Krynky/UA"}, nil},
		{"Troops advanced west of Kozacha Lopan and Lyptsi in Kharkiv region.", []string{"Kozacha Lopan/UA", "Lyptsi/UA"}, nil},
		{"A tanker was hit in the Bab el-Mandeb strait on Friday.", []string{"Bab el-Mandeb//"}, nil},
	})
}

// TestBrokenPersonSpan: a span the tagger calls a person's name that holds
// a lower-case word other than a name particle ("Robotyne towards
// Verbove") does not take the places inside it away; a real name with its
// particles ("Abu Bakr al-Baghdadi", "Ursula von der Leyen") still does.
func TestBrokenPersonSpan(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text, span, want string // want: surface of a place, "" none
	}{
		{"Units moved south of Robotyne towards Verbove on Sunday.", "Robotyne towards Verbove", "Robotyne"},
		{"Drones hit the towns of Kupiansk and Lyman overnight.", "Kupiansk and Lyman", "Kupiansk"},
		{"Officials met Ursula von der Leyen in the capital.", "Ursula von der Leyen", ""},
	} {
		i := strings.Index(c.text, c.span)
		hints := []Hint{{Start: i, End: i + len(c.span), Person: true}}
		got := found(p, c.text, hints)
		joined := "|" + strings.Join(got, "|")
		if c.want != "" && !strings.Contains(joined, "|"+c.want+"=") {
			t.Errorf("%q with person span %q: want %s a place, got %v", c.text, c.span, c.want, got)
		}
		if c.want == "" && len(got) > 0 {
			t.Errorf("%q with person span %q: want no place, got %v", c.text, c.span, got)
		}
		if brokenName(c.span) != (c.want != "") {
			t.Errorf("brokenName(%q) = %v", c.span, brokenName(c.span))
		}
	}
}

// TestGroupSpeakerIn: a group's spokesman in a capital speaks for the
// group, so the capital stays a place; a ministry there still speaks for
// its government, by the conventions of testdata/geo/README.md.
func TestGroupSpeakerIn(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"The group's spokesman in Sanaa said the attacks would go on.", []string{"Sanaa/YE"}, nil},
		{"The rebels' envoy in Doha said talks had stalled.", []string{"Doha/QA"}, nil},
		{"The defence ministry in Kyiv said the strike killed three.", nil, []string{"Kyiv"}},
	})
}

// TestOutletOfPlace: the place in an outlet's name "Times of X", "Voice of
// X" is no toponym, even when the tagger tags only the place; "times of
// war in Sudan" keeps its place.
func TestOutletOfPlace(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text  string
		hints [][2]int
		want  []string
	}{
		{"HAIFA (Times of Israel) - Rockets fell near the port.", [][2]int{{16, 22}}, []string{"HAIFA=Haifa/IL"}},
		{"The Voice of Nigeria said two roads in Kano were shut.", [][2]int{{13, 20}}, []string{"Kano=Kano/NG"}},
		{"In times of war in Sudan, prices rise.", nil, []string{"Sudan=Sudan/SD"}},
	} {
		var hints []Hint
		for _, h := range c.hints {
			hints = append(hints, Hint{Start: h[0], End: h[1], Place: true})
		}
		got := found(p, c.text, hints)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDatesAndLineHeads: an abbreviated month before its day or an
// abbreviated weekday in a dateline is a date, not the town an alternate
// name of which it spells; a line or structure heading an "X of Y" name the
// gazetteer lacks is no namesake of its head noun, while a natural
// feature's name and a country still are places.
func TestDatesAndLineHeads(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"GOMA, Nov. 14 (Reuters) - Rebels shelled the town.", []string{"GOMA/CD"}, []string{"Nov"}},
		{"ADEN, Yemen, Sept. 2 (AP) - A drone hit a depot.", []string{"ADEN/YE"}, []string{"Sept"}},
		{"KABUL, Tues. (AFP) - Gunmen attacked a checkpoint.", []string{"KABUL/AF"}, []string{"Tues"}},
		{"Artillery duels along the Line of Control near Poonch in Kashmir went on all night.", []string{"Poonch/IN"}, []string{"Line"}},
		{"Convoys used the Road of Hope to reach the besieged city.", nil, []string{"Road"}},
		{"Tankers waited in the Gulf of Aden.", []string{"Gulf of Aden/"}, nil},
		{"Protesters filled the square as China of the reform years was recalled.", []string{"China/CN"}, nil},
	})
}

// TestAliasNamesake: a small place matched only by one of its alternate
// names, in a country nothing else in the article points to, is left out
// even with the tagger's place tag ("the Hakari bridge" in Amhara is not
// Turkey's Hakkâri); among places of its own country the same spelling
// stays, and a place of the spelling's own name near the others wins
// (Merawi, Ethiopia, over Sudan's Merowe, once Merawi was added).
func TestAliasNamesake(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text, span string
		want       string // "" none
	}{
		{"Fano fighters clashed with troops at Merawi, between Bahir Dar and Gondar in Ethiopia's Amhara region.", "Merawi", "Merawi/ET"},
		{"Gunmen blew up the Hakari bridge near Debre Markos and Bahir Dar, Ethiopian media said.", "Hakari", ""},
		{"The army retook Merawi after fighting near Karima and Dongola in Sudan's Northern State.", "Merawi", "Merowe/SD"},
	} {
		i := strings.Index(c.text, c.span)
		got := ""
		for _, tp := range p.Parse(c.text, []Hint{{Start: i, End: i + len(c.span), Place: true}}) {
			if tp.Start == i {
				got = tp.Place.Name + "/" + tp.Place.Country
			}
		}
		if got != c.want {
			t.Errorf("%q: %s resolved to %q, want %q", c.text, c.span, got, c.want)
		}
	}
}

// TestBorderDistricts: places the supplement now holds (Kutkai in Shan
// State, Merawi in Amhara, India's Poonch district beside Pakistan's), each
// chosen by the story's other places.
func TestBorderDistricts(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Resistance fighters seized Kutkai in northern Shan State.", []string{"Kutkai/MM"}, nil},
		{"Fano units attacked a checkpoint at Merawi, south of Bahir Dar in Amhara.", []string{"Merawi/ET"}, nil},
		{"The Indian Army said a soldier was wounded in Poonch district on Monday.", []string{"Poonch/IN"}, nil},
		{"Shells hit Poonch district near Rawalakot in Azad Kashmir, Pakistani officials said.", []string{"Poonch/PK"}, nil},
		{"Troops retook Merawi near Karima in Sudan's Northern State.", []string{"Merawi/SD"}, nil},
	})
}
