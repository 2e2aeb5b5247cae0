package geo

import (
	"strings"
	"testing"
)

// checkFound runs the geo stage alone on each text and checks that every
// want ("surface/CC", or "surface/CC/admin1 prefix") is found and that no
// not surface is a place.
func checkFound(t *testing.T, p *Geoparser, cases []struct {
	text      string
	want, not []string
}) {
	t.Helper()
	for _, c := range cases {
		tops := p.Parse(c.text, nil)
		var got []string
		for _, tp := range tops {
			got = append(got, c.text[tp.Start:tp.End]+"/"+tp.Place.Country+"/"+tp.Place.Admin1)
		}
		joined := "|" + strings.Join(got, "|")
		for _, w := range c.want {
			if !strings.Contains(joined, "|"+w) {
				t.Errorf("%q: want %s, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if strings.Contains(joined, "|"+n+"/") {
				t.Errorf("%q: %s is not a place here, got %v", c.text, n, got)
			}
		}
	}
}

// TestGroupNamesAreNotPlaces: the armed groups and organisations of the
// actor knowledge base are not places, even where GeoNames lists their
// names as alternate names of towns, and a place name inside a group's
// longer name is not one either.
func TestGroupNamesAreNotPlaces(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Hamas said its fighters ambushed a patrol near Rafah.", []string{"Rafah/PS"}, []string{"Hamas"}},
		{"A Hamas-run ministry and Hezbollah officials gave different figures.", nil, []string{"Hamas", "Hezbollah"}},
		{"Taliban-led authorities closed schools in Herat.", []string{"Herat/AF"}, []string{"Taliban"}},
		{"Fano fighters entered Gondar as the Amhara crisis deepened.", nil, []string{"Fano"}},
		{"Wagner mercenaries were seen near Kidal, Mali.", []string{"Mali/ML"}, []string{"Wagner"}},
		{"A bomber from Islamic State Khorasan struck a shrine in Kunduz.", []string{"Kunduz/AF"}, []string{"Khorasan"}},
		{"The Baloch Liberation Army claimed the attack on a convoy near Turbat.", nil, []string{"Baloch"}},
		// Names the actors know with a context word apply only with it:
		// without any word of Ethiopia or Amhara, Fano is the Italian town.
		{"The festival in Fano drew visitors from Ancona and Pesaro.", []string{"Fano/IT"}, nil},
		// A country that starts a group's name is a toponym.
		{"The Myanmar National Democratic Alliance Army still holds Lashio.", []string{"Myanmar/MM"}, nil},
	})
}

// TestDatelines: the upper-case city that opens a wire story is a place,
// and counts little for what the story is about.
func TestDatelines(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"LVIV, June 4 (Reuters) - Drones hit a fuel depot overnight.", []string{"LVIV/UA"}, nil},
		{"NIAMEY (AFP) - Soldiers were killed near the border, the army said.", []string{"NIAMEY/NE"}, nil},
		{"PESHAWAR: Police said two officers were wounded.", []string{"PESHAWAR/PK"}, nil},
		{"June 9, 2024 (ADEN) - Clashes were reported overnight.", []string{"ADEN/YE"}, nil},
		{"Title line\nBEIRUT — Rescue teams searched the rubble.", []string{"BEIRUT/LB"}, nil},
		// Transcript labels and acronyms inside the text are not datelines.
		{"QUESTION: Was the convoy hit?\nANSWER: We are checking.", nil, []string{"QUESTION", "ANSWER"}},
		{"The report said NATO and the EU would meet.", nil, []string{"NATO", "EU"}},
		// The capital a story is filed from does not pull a town named
		// like places of its own country.
		{"MOSCOW, April 8. Units took control of Krasnoarmeysk and Kurakhove in the Donetsk region, the ministry said.",
			[]string{"MOSCOW/RU", "Krasnoarmeysk/UA", "Kurakhove/UA"}, nil},
	})
}

// TestLookalikesNeedTheArticle: a name the gazetteer lacks is not taken
// for a far city whose skeleton it shares, even when the entity tagger
// calls it a place, and two such names do not vouch for each other.
func TestLookalikesNeedTheArticle(t *testing.T) {
	p := embedded(t)
	for _, text := range []string{
		"Rebels seized Mnuvota and Manegwa on the lake shore, residents of Goma and Bukavu said.",
		"Fighting was reported in Barsalongo and near Djibo and Ouahigouya.",
	} {
		hints := []Hint{}
		for _, w := range []string{"Mnuvota", "Manegwa", "Barsalongo"} {
			if i := strings.Index(text, w); i >= 0 {
				hints = append(hints, Hint{Start: i, End: i + len(w), Place: true})
			}
		}
		for _, tp := range p.Parse(text, hints) {
			s := text[tp.Start:tp.End]
			if (s == "Mnuvota" || s == "Manegwa" || s == "Barsalongo") && tp.Place.Country != "CD" && tp.Place.Country != "BF" {
				t.Errorf("%q: %s resolved to %s/%s far from the article", text, s, tp.Place.Name, tp.Place.Country)
			}
		}
	}
}

// TestSentenceOutweighsFocus: in a digest of several conflicts, a name's
// own sentence ("Israeli strikes ... in Gaza") outweighs the focus of the
// rest of the article on another country that has a place of that name;
// where the focus and the sentence agree nothing changes.
func TestSentenceOutweighsFocus(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Floods hit Maputo, Inhambane and Beira in Mozambique, and Xai-Xai was cut off. " +
			"In other news, Israeli strikes killed 12 people in Gaza on Sunday.",
			[]string{"Maputo/MZ", "Inhambane/MZ", "Gaza/PS"}, nil},
		{"Polling stations opened in Maputo, Inhambane and Xai-Xai, and voters in Gaza province queued early.",
			[]string{"Gaza/MZ"}, nil},
		// An adjective of nationality is not a place, though some
		// translations list it among the country's names.
		{"Israeli and Lebanese officials met in Naqoura.", nil, []string{"Israeli", "Lebanese"}},
		// A look-alike listed with names matched exactly lies in their
		// country or nowhere.
		{"Insurgents raided Macomia district, and later Pemba and Muidea, while Israeli jets struck Gaza.",
			[]string{"Pemba/MZ"}, []string{"Muidea"}},
	})
}

// TestTitlesAndTypos: a title makes the name after it a person's, even
// where the tagger calls it a place (but a country stays one: "the
// major U.S. indexes"); a word two edits from a small town is not that
// town because the article names its country once.
func TestTitlesAndTypos(t *testing.T) {
	p := embedded(t)
	text := "Secretary Kerry spoke to reporters in Geneva."
	i := strings.Index(text, "Kerry")
	if got := found(p, text, []Hint{{Start: i, End: i + 5, Place: true}}); strings.Contains(strings.Join(got, "|"), "Kerry=") {
		t.Errorf("%q: Kerry is a person, got %v", text, got)
	}
	text = "Shares fell on the three major U.S. indexes."
	i = strings.Index(text, "U.S.")
	if got := found(p, text, []Hint{{Start: i, End: i + 4, Place: true}}); !strings.Contains(strings.Join(got, "|"), "U.S.=") {
		t.Errorf("%q: U.S. is a place, got %v", text, got)
	}
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Governor Bogomaz said debris fell on a house.", nil, []string{"Bogomaz"}},
		{"The Kurmanji text is kept in the Yazidi village, scholars of English literature said.", nil, []string{"Yazidi"}},
		{"Yazidi families in Sinjar and Druze leaders in Suwayda asked for protection.", []string{"Sinjar/IQ"}, []string{"Yazidi", "Druze"}},
	})
}

// TestSpeakersAndContexts: a name is a speaker only as the subject of a
// reporting verb; after a preposition, a direction or a lower-case "of",
// or cut from the verb by a clause's comma, it is a place. Participles of
// military acts and "residents of", "north of" make place contexts, and a
// name listed with a tagged place is in one.
func TestSpeakersAndContexts(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"The rebels, who hold Saada and much of northern Yemen, say they will fight on.", []string{"Yemen/YE"}, nil},
		{"Residents of Latakia and Tartus reported heavy gunfire.", []string{"Latakia/SY", "Tartus/SY"}, nil},
		{"Families in northern Gaza said they had no water after Israeli strikes.", []string{"Gaza/PS"}, nil},
		{"Hamas officials in Doha said talks had stalled.", []string{"Doha/QA"}, nil},
		// The capital still speaks for its government.
		{"Officials in Kigali denied the report.", nil, []string{"Kigali"}},
		{"Moscow said the drones were shot down.", nil, []string{"Moscow"}},
		{"The Ministry of Defence of Armenia stated that the shelling stopped.", nil, []string{"Armenia"}},
		// "near Sarmada, Syria, Cook said": a list of places before a
		// speaker does not make the speaker a place.
		{"The convoy left Idlib, Syria, Kerr said.", []string{"Idlib/SY"}, []string{"Kerr"}},
		{"Troops advanced after capturing Khan Shaykhun and Saraqib.", []string{"Khan Shaykhun/SY", "Saraqib/SY"}, nil},
		{"Shelling hit the outskirts and residents of Beit Lahiya fled south.", []string{"Beit Lahiya/PS"}, nil},
	})
	// A name the tagger calls a person, listed with one it calls a place.
	text := "Drones struck Antonivka and Bilozerka overnight."
	a, b := strings.Index(text, "Antonivka"), strings.Index(text, "Bilozerka")
	got := found(p, text, []Hint{{Start: a, End: a + 9, Person: true}, {Start: b, End: b + 9, Place: true}})
	if !strings.Contains(strings.Join(got, "|"), "Antonivka=") {
		t.Errorf("%q: want Antonivka, got %v", text, got)
	}
}

// TestDivisionWords: a name written with the kind of its division is not
// a country, and "X in the Y region" puts X in Y (or, when the gazetteer
// has no X there, at Y).
func TestDivisionWords(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		// The capitalised kind is part of the span (see kindTailEnd).
		{"Gunmen attacked a police post in Niger State on Sunday.", []string{"Niger State/NG"}, nil},
		{"Airstrikes hit two villages in Chin State, near the border with India.", []string{"Chin State/MM", "India/IN"}, nil},
		{"Russia said it captured the village of Andriivka in the Kharkiv region.", []string{"Andriivka/UA/Kharkiv"}, nil},
		{"Soldiers were killed near the town of Tera in the Tillaberi region.", []string{"Tera/NE"}, nil},
	})
}

// TestTaggedSpans: a span the tagger calls a place and the gazetteer
// knows whole replaces the pieces a possessive cut it into, keeps an
// abbreviation's last dot, and a title is never one.
func TestTaggedSpans(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text, span, want string // want: "surface=Name/CC", "" for none
	}{
		{"Troops took a village in the Donetsk People's Republic, the ministry said.", "Donetsk People's Republic", "Donetsk People's Republic=Donetsk/UA"},
		{"A deadly attack hit a joint Kenya-U.S. base near the coast.", "U.S", "U.S.=United States/US"},
		{"Brig. Gen. Hollis will brief reporters.", "Brig.", ""},
	} {
		i := strings.Index(c.text, c.span)
		got := found(p, c.text, []Hint{{Start: i, End: i + len(c.span), Place: true}})
		joined := strings.Join(got, "|")
		if c.want == "" && strings.Contains(joined, c.span) || c.want != "" && !strings.Contains("|"+joined+"|", "|"+c.want+"|") {
			t.Errorf("%q: want %q, got %v", c.text, c.want, got)
		}
	}
}

// TestListsAndAreas: names listed before a speaking name speak with it;
// a name with a word for a part of a country is not a country, and "the X
// area of Y" puts X in Y.
func TestListsAndAreas(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Qatar and Egypt called for an immediate truce.", nil, []string{"Qatar", "Egypt"}},
		{"Aid reached Qatar and Egypt on Monday.", []string{"Qatar/QA", "Egypt/EG"}, nil},
		{"Fighting spread to the Bara area of North Kordofan.", []string{"Bara/SD"}, nil},
	})
}

// TestPlacedInDivision: a name the gazetteer knows, placed "in" a
// division or country, is a place even where the tagger calls it an
// organisation; a common word or the same name is not helped.
func TestPlacedInDivision(t *testing.T) {
	p := embedded(t)
	text := "Zalingei in Central Darfur remained under siege."
	got := found(p, text, []Hint{{Start: 0, End: 8}})
	if !strings.Contains(strings.Join(got, "|"), "Zalingei=") {
		t.Errorf("%q: want Zalingei, got %v", text, got)
	}
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"The Summit in Britain was postponed.", []string{"Britain/GB"}, []string{"Summit"}},
	})
}

// TestHyphenatedNames: a name written with hyphens that the gazetteer
// knows whole is one place without the tagger's help; compounds of two
// names are not ("Kenya-U.S. base").
func TestHyphenatedNames(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Floods reached the provincial capital Pul-e-Khumri on Sunday.", []string{"Pul-e-Khumri/AF"}, nil},
	})
}

// TestSentenceCountries: a country named in a name's sentence says where
// the name lies as a demonym does, for names matched exactly, and never
// turns a country's own name into a town.
func TestSentenceCountries(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Israel said its tanks had reached central Gaza.", []string{"Gaza/PS"}, []string{"Israel"}},
		{"Egypt hosted talks on a truce in Gaza on Sunday.", []string{"Gaza/PS", "Egypt/EG"}, nil},
		// The namesake is meant where its own country is named.
		{"Mozambique sent rescue boats to flooded villages in Gaza.", []string{"Gaza/MZ", "Mozambique/MZ"}, nil},
		// "so do Kenya, Iraq, Iran": each country stays itself.
		{"Oil tankers sailed from Iraq, Iran and Oman last week.", []string{"Iraq/IQ", "Iran/IR", "Oman/OM"}, nil},
		{"A ship stopped at southern China's Zhuhai Gaolan port.", []string{"Gaolan/CN"}, nil},
		// Both named countries near a name's namesakes: the article
		// decides (Goris beside Lachin, not Gori in Georgia).
		{"Yerevan said its trucks were stopped at the Lachin checkpoint near Goris, and Azerbaijan denied it.", []string{"Goris/AM", "Lachin/AZ"}, nil},
		{"Armenia said Azerbaijani troops fired at a farm outside Goris.", []string{"Goris/AM"}, nil},
	})
}

// TestDivisionOverCountry: a first-level division named like a country
// is meant where the article's other places lie in it or it is listed
// with another division of its country; a division's capital of its
// name stays the city.
func TestDivisionOverCountry(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"ATLANTA (AP) - Georgia lawmakers passed the budget on Friday.", []string{"Georgia/US/Georgia"}, nil},
		{"Peanut farmers in Alabama and Georgia lost their crops to the drought.", []string{"Georgia/US/Georgia"}, nil},
		{"Tornadoes hit Georgia and Florida overnight.", []string{"Georgia/US/Georgia"}, nil},
		{"TBILISI - Georgia's president vetoed the bill.", []string{"Georgia/GE"}, nil},
		{"Armenia and Georgia signed a transit deal.", []string{"Georgia/GE"}, nil},
		{"Coalition aircraft struck a depot near Ar Raqqah and a bridge near Tabqah.", []string{"Ar Raqqah/SY"}, nil},
	})
}

// TestPossessiveNoun: the noun after a country's possessive is something
// it owns ("Lebanon's state media"), not the kind of place it is.
func TestPossessiveNoun(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Drones hit two cars near Nabatieh, Lebanon's state media reported.", []string{"Lebanon/LB", "Nabatieh/LB"}, nil},
		{"Rockets fell near Marjayoun, Lebanon's state news agency said.", []string{"Lebanon/LB"}, nil},
		{"A fire broke out in Lebanon County, Pennsylvania, on Monday.", []string{"Lebanon County/US"}, nil},
	})
}

// TestListInDivision: names listed before one placed "in" a division
// without its kind ("near Sopore and Handwara in Jammu and Kashmir") lie
// in it too; a country after "in" is no division ("in Georgia").
func TestListInDivision(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Shells fell near Poonch and Rajouri in Jammu and Kashmir after Pakistan named Kotli.", []string{"Poonch/IN", "Rajouri/IN"}, nil},
		{"Floods hit Jhang and Sargodha in Punjab, and India warned of more rain.", []string{"Jhang/PK", "Sargodha/PK", "Punjab/PK"}, nil},
	})
}
