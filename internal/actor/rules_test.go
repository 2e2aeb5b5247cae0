package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// ent marks the n-th occurrence (from 1) of s in text as a recogniser's
// entity of the kind.
func ent(text, s, kind string, n int) parallax.Entity {
	i := -1
	for k := 0; k < n; k++ {
		j := strings.Index(text[i+1:], s)
		if j < 0 {
			panic("no " + s)
		}
		i += 1 + j
	}
	return parallax.Entity{ID: "e" + s, Start: i, End: i + len(s), Text: s, Kind: kind}
}

// TestRecognizedNameRules: what the stage makes of the recogniser's
// person and organisation entities: titles and ranks cut off, joined names
// and nicknames kept whole, misspelt and 'al-' surnames tied to the full
// name before them, owners of unknown bodies, entities cut inside a word.
func TestRecognizedNameRules(t *testing.T) {
	type ne struct {
		s, kind string
		n       int
	}
	tests := []struct {
		name, text, published string
		ents                  []ne
		want                  []want // text of an entity after the stage, its actor, side, kind
		forbid                string // text of an entity that must keep no actor
	}{
		{"title and surname", "Secretary Kerry met the envoy in Rome.", "2014-05-01",
			[]ne{{"Secretary Kerry", "person", 1}},
			[]want{{"Kerry", "John Kerry", "USA", "person"}}, ""},
		{"title before a recognised surname", "Secretary Kerry raised the matter by phone.", "2015-03-01",
			[]ne{{"Kerry", "person", 1}},
			[]want{{"Kerry", "John Kerry", "USA", "person"}}, ""},
		{"first name and surname recognised apart around a nickname", "“We will respond,” said Col. Robert “Bo” Lindqvist, the coalition spokesperson.", "",
			[]ne{{"Robert", "person", 1}, {"Lindqvist", "person", 1}},
			[]want{{"Robert “Bo” Lindqvist", "Robert Lindqvist", "", "person"}}, ""},
		{"nickname inside the recognised name", "“We will respond,” said Col. Robert “Bo” Lindqvist.", "",
			[]ne{{"Robert “Bo” Lindqvist", "person", 1}},
			[]want{{"Robert “Bo” Lindqvist", "Robert Lindqvist", "", "person"}}, ""},
		{"two-word rank", "Petty Officer Dana Whitfield was wounded near the town.", "",
			[]ne{{"Petty Officer Dana Whitfield", "person", 1}},
			[]want{{"Dana Whitfield", "Dana Whitfield", "", "person"}}, ""},
		{"abbreviated rank", "Gen. Marcus T. Hale, commander of U.S. Africa Command, said the strikes would go on.", "",
			[]ne{{"Gen. Marcus T. Hale", "person", 1}},
			[]want{{"Marcus T. Hale", "Marcus T. Hale", "USA", "person"}}, ""},
		{"rank after a titled body", "The task force's commanding general, Lt. Gen. Marcus Hale, said so. The CENTCOM commanding general, Lt. Gen. Ray Odom, agreed.", "",
			[]ne{{"Ray Odom", "person", 1}},
			[]want{{"Ray Odom", "Ray Odom", "USA", "person"}}, ""},
		{"title alone is no person", "Prime Minister said nothing.", "",
			[]ne{{"Prime Minister", "person", 1}}, nil, "Prime Minister"},
		{"joined name", "The deputy minister, Inam-ul Rahim Sadiq, told reporters the list was final.", "",
			[]ne{{"Rahim Sadiq", "person", 1}},
			[]want{{"Inam-ul Rahim Sadiq", "Inam-ul Rahim Sadiq", "", "person"}}, ""},
		{"quoted nickname", "“We will respond,” said Col. Robert “Bo” Lindqvist, the coalition spokesperson.", "",
			[]ne{{"Col. Robert", "person", 1}},
			[]want{{"Robert “Bo” Lindqvist", "Robert Lindqvist", "", "person"}}, ""},
		{"misspelt surname", "Marta Oyelaran leads the mission. Oyelaren said access was limited.", "",
			[]ne{{"Marta Oyelaran", "person", 1}, {"Oyelaren", "person", 1}},
			[]want{{"Oyelaren", "Marta Oyelaran", "", "person"}}, ""},
		{"a different short name is no misspelling", "Omar Said spoke first. Saif said the rest.", "",
			[]ne{{"Omar Said", "person", 1}, {"Saif", "person", 1}}, []want{{"Saif", "Saif", "", "person"}}, ""}, // its own person, not Omar Said
		{"surname with article", "Karim al-Haddad, a lawyer, spoke. al-Haddad said the law was vague.", "",
			[]ne{{"Karim al-Haddad", "person", 1}},
			[]want{{"al-Haddad", "Karim al-Haddad", "", "person"}}, ""},
		{"possessive country before a title and comma", "Peru's Prime Minister, Lucia Campos Vera said the talks would go on.", "",
			[]ne{{"Lucia Campos Vera", "person", 1}},
			[]want{{"Lucia Campos Vera", "Lucia Campos Vera", "PER", "person"}}, ""},
		{"appointed by", "Kremlin-appointed governor Oleg Brant said the bridge was hit.", "",
			[]ne{{"Oleg Brant", "person", 1}},
			[]want{{"Oleg Brant", "Oleg Brant", "RUS", "person"}}, ""},
		{"backed by is no affiliation", "Iran-backed commander Ali Rezaei said the base was hit.", "",
			[]ne{{"Ali Rezaei", "person", 1}},
			[]want{{"Ali Rezaei", "Ali Rezaei", "", "person"}}, ""},
		{"entity cut inside a word", "United Nations-appointed investigator Sara Lind said the camp was shelled.", "",
			[]ne{{"United Nations", "organization", 1}, {"Sara Lind", "person", 1}},
			[]want{{"United Nations", "United Nations", "UNO", "organization"}, {"Sara Lind", "Sara Lind", "UNO", "person"}}, ""},
		{"body owned by a state", "Figures came from Chile's National Emergency Office. National Emergency Office head Ana Paz said 12 died.", "",
			[]ne{{"National Emergency Office", "organization", 1}, {"National Emergency Office", "organization", 2}},
			[]want{{"National Emergency Office", "National Emergency Office", "CHL", "organization"}}, ""},
		{"company owned by no state", "Russia's Novatek Holding said exports rose.", "",
			[]ne{{"Novatek Holding", "organization", 1}},
			[]want{{"Novatek Holding", "Novatek Holding", "", "organization"}}, ""},
		{"body of an international organisation", "The UN Panel of Experts found the sanctions were broken. The Panel of Experts said so.", "",
			[]ne{{"UN Panel of Experts", "organization", 1}, {"Panel of Experts", "organization", 2}},
			[]want{{"Panel of Experts", "Panel of Experts", "UNO", "organization"}}, ""},
		{"body in a spokesperson's title", "Chinese Foreign Ministry spokesperson Lin Wei said the report was false.", "2024-01-01",
			[]ne{{"Foreign Ministry", "person", 1}, {"Lin Wei", "person", 1}},
			[]want{{"Foreign Ministry", "Chinese Ministry of Foreign Affairs", "CHN", "government"}, {"Lin Wei", "Lin Wei", "CHN", "person"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ents []parallax.Entity
			for _, e := range tc.ents {
				ents = append(ents, ent(tc.text, e.s, e.kind, e.n))
			}
			doc := run(t, tc.text, tc.published, ents...)
			for _, w := range tc.want {
				e, ok := findLast(doc, w.text)
				if !ok {
					t.Fatalf("no entity %q in %+v", w.text, doc.Entities)
				}
				if e.Actor != w.actor || e.Side != w.side || e.Kind != w.kind {
					t.Errorf("%q -> %q/%q/%s, want %q/%q/%s", w.text, e.Actor, e.Side, e.Kind, w.actor, w.side, w.kind)
				}
			}
			if tc.forbid != "" {
				for _, e := range doc.Entities {
					if e.Text == tc.forbid && e.Actor != "" {
						t.Errorf("unexpected actor %+v", e)
					}
				}
			}
		})
	}
}

// findLast returns the last entity with the text (a later mention, where
// the first may differ).
func findLast(doc *parallax.Document, text string) (parallax.Entity, bool) {
	for i := len(doc.Entities) - 1; i >= 0; i-- {
		if doc.Entities[i].Text == text {
			return doc.Entities[i], true
		}
	}
	return parallax.Entity{}, false
}

// TestKnowledgeBaseRules: state media, agencies and joint speakers.
func TestKnowledgeBaseRules(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []want
		forbid                string
	}{
		{"state news agency", "KCNA said the drills were a provocation.", "",
			[]want{{"KCNA", "Korean Central News Agency", "PRK", "organization"}}, ""},
		{"agency in its state's article", "Turkey's military struck the base, Anadolu reported.", "",
			[]want{{"Anadolu", "Anadolu Agency", "TUR", "organization"}}, ""},
		{"ambiguous acronym outside its state", "The MAP of the region was redrawn.", "", nil, "MAP"},
		{"intelligence agency", "The CIA declined to comment.", "",
			[]want{{"CIA", "Central Intelligence Agency", "USA", "government"}}, ""},
		{"joint body takes the first state", "Both Kenyan and Somali officials said the raid failed.", "",
			[]want{{"Kenyan and Somali officials", "Government of Kenya", "KEN", "government"}}, ""},
		{"agent noun after a demonym", "A Syrian army officer said the road was cut.", "",
			[]want{{"Syrian army officer", "Syrian Armed Forces", "SYR", "military"}}, ""},
		{"legislators after a demonym", "Kenyan lawmakers voted against the bill.", "",
			[]want{{"Kenyan lawmakers", "Kenyan Parliament", "KEN", "government"}}, ""},
		{"agent noun after a possessive country", "Peru's intelligence officers said the cell was broken up.", "",
			[]want{{"Peru's intelligence officers", "Peruvian Security Service", "PER", "government"}}, ""},
		{"agent noun as a modifier", "The Chilean army officer training ended.", "", nil, "Chilean army officer"},
		{"general staff", "The Ukrainian General Staff said 12 clashes took place.", "",
			[]want{{"Ukrainian General Staff", "Armed Forces of Ukraine", "UKR", "military"}}, ""},
		{"government of a state written with the article", "A U.S. official said the ship was hit. Dutch officials agreed.", "",
			[]want{{"U.S. official", "Government of the United States", "USA", "government"}, {"Dutch officials", "Government of the Netherlands", "NLD", "government"}}, ""},
		{"capitals joined before the verb", "Baku and Moscow said the peacekeepers would stay. The talks in Baku and Moscow ended.", "",
			[]want{{"Baku", "Government of Azerbaijan", "AZE", "government"}, {"Moscow", "Government of Russia", "RUS", "government"}}, ""},
		{"peacekeepers", "Russian peacekeepers said no shots were fired.", "",
			[]want{{"Russian peacekeepers", "Russian Armed Forces", "RUS", "military"}}, ""},
		{"portfolio before a minister's title, no holder known", "Somalia's information minister said 40 militants died.", "",
			[]want{{"Somalia's information minister", "Government of Somalia", "SOM", "government"}}, ""},
		{"unlisted commander", "A Ukrainian general said the line held.", "",
			[]want{{"Ukrainian general", "Armed Forces of Ukraine", "UKR", "military"}}, ""},
		{"junta", "Burkina Faso's junta said the attack was foiled.", "",
			[]want{{"Burkina Faso's junta", "Government of Burkina Faso", "BFA", "government"}}, ""},
		{"possessive country, modifier, body", "Ethiopia's federal government said rebels attacked.", "",
			[]want{{"Ethiopia's federal government", "Government of Ethiopia", "ETH", "government"}}, ""},
		{"body run by its owner", "The Houthi-run Saba news agency said five people died in Yemen.", "",
			[]want{{"Saba news agency", "Saba News Agency", "HOUTHIS", "organization"}}, ""},
		{"possessor is not the subject", "Yemen's Houthi rebels attacked a ship. They said it burned.", "",
			[]want{{"They", "Houthis", "HOUTHIS", "group"}}, ""},
		{"the country's body", "Drones struck Iran overnight. The country's foreign ministry said it would respond.", "",
			[]want{{"The country's foreign ministry", "Iranian Ministry of Foreign Affairs", "IRN", "government"}}, ""},
		{"the country's title", "Drones struck Iran overnight. The country's foreign minister said it would respond.", "",
			[]want{{"The country's foreign minister", "Government of Iran", "IRN", "government"}}, ""},
		{"spokesperson of a seat of government", "The Kremlin spokesman said talks were impossible.", "2024-01-01",
			[]want{{"spokesman", "Dmitry Peskov", "RUS", "person"}}, ""},
		{"press secretary of a seat of government", "A White House press secretary said so.", "2018-06-01",
			[]want{{"press secretary", "Sarah Huckabee Sanders", "USA", "person"}}, ""},
		{"legislature without its country", "The Knesset passed the bill on Monday.", "",
			[]want{{"Knesset", "Knesset", "ISR", "government"}}, ""},
		{"seat of government in its country's article", "Aso Rock said the Nigerian army would pursue the gunmen.", "",
			[]want{{"Aso Rock", "Government of Nigeria", "NGA", "government"}}, ""},
		{"sea named after a unit is no actor", "Ukrainian drones hit a ship in the Sea of Azov.", "", nil, "Azov"},
		{"title and surname without the article", "Egyptian President Sisi met the envoy.", "2016-01-01",
			[]want{{"Sisi", "Abdel Fattah el-Sisi", "EGY", "person"}}, ""},
		{"title and surname of an office holder of the dictionaries", "Greek Prime Minister Tsipras met the envoy.", "2016-01-01",
			[]want{{"Tsipras", "Alexis Tsipras", "GRC", "person"}}, ""},
		{"the holder of the day", "Prime Minister Samaras met the envoy.", "2013-01-01",
			[]want{{"Samaras", "Antonis Samaras", "GRC", "person"}}, ""},
		{"title and surname with no side and no date", "Prime Minister Tsipras met the envoy.", "", nil, "Tsipras"},
		{"title and surname out of office", "Prime Minister Tsipras met the envoy.", "2012-01-01", nil, "Tsipras"},
		{"office holder from the dictionaries", "Narendra Modi met the delegation.", "2019-01-01",
			[]want{{"Narendra Modi", "Narendra Modi", "IND", "person"}}, ""},
		{"title resolves to the holder of the day", "The U.S. Secretary of State arrived in Cairo.", "2014-06-01",
			[]want{{"U.S. Secretary of State", "John Kerry", "USA", "person"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, tc.published)
			for _, w := range tc.want {
				e, ok := find(doc, w.text)
				if !ok {
					t.Fatalf("no resolved entity %q in %+v", w.text, doc.Entities)
				}
				if e.Actor != w.actor || e.Side != w.side || e.Kind != w.kind {
					t.Errorf("%q -> %q/%q/%s, want %q/%q/%s", w.text, e.Actor, e.Side, e.Kind, w.actor, w.side, w.kind)
				}
			}
			if tc.forbid != "" {
				for _, e := range doc.Entities {
					if strings.Contains(e.Text, tc.forbid) && e.Actor != "" {
						t.Errorf("unexpected entity %+v", e)
					}
				}
			}
		})
	}
}

// TestBodyOfTitleNamedBefore: "Army spokesman NAME" after "the Nigerian
// Army" is that army's spokesman; with no army named before, no side.
func TestBodyOfTitleNamedBefore(t *testing.T) {
	text := "The Nigerian Army said troops rescued 20 hostages. Army spokesman Ade Okon said so."
	doc := run(t, text, "2022-01-01", ent(text, "Ade Okon", "person", 1))
	if e := doc.Entities[0]; e.Side != "NGA" {
		t.Errorf("got %+v", e)
	}
	text = "Troops rescued 20 hostages. Army spokesman Ade Okon said so."
	doc = run(t, text, "2022-01-01", ent(text, "Ade Okon", "person", 1))
	if e := doc.Entities[0]; e.Side != "" {
		t.Errorf("got %+v", e)
	}
}

// TestPronounAfterTitledPerson: "he" after "BODY spokesperson NAME said"
// is that person, not a person named as subject before.
func TestPronounAfterTitledPerson(t *testing.T) {
	text := "Mira Kovac called for talks. Militia spokesperson Dario Vuk rejected the call on Tuesday. He accused Kovac of bias."
	doc := run(t, text, "", ent(text, "Mira Kovac", "person", 1), ent(text, "Dario Vuk", "person", 1), ent(text, "Militia", "organization", 1))
	e, ok := find(doc, "He")
	if !ok || e.Actor != "Dario Vuk" {
		t.Errorf("He -> %+v", e)
	}
	// a title ending the body's name, the person right after it
	text = "Karabakh leader Samvel Shahramanyan signed a decree. UN Secretary-General Antonio Guterres said he was alarmed."
	doc = run(t, text, "2023-10-01", ent(text, "Samvel Shahramanyan", "person", 1), ent(text, "Antonio Guterres", "person", 1))
	if e, ok := find(doc, "he"); !ok || e.Actor != "António Guterres" {
		t.Errorf("he -> %+v", e)
	}
}

// TestLocalOfficeSide: a local office holder ("County Commissioner",
// "State Governor") takes the side of the state where the geoparser puts
// the place of the title, or the place named just before; a title with no
// place near, or not a local office, takes none.
func TestLocalOfficeSide(t *testing.T) {
	place := func(text, s, cc string) parallax.Place {
		i := strings.Index(text, s)
		return parallax.Place{Start: i, End: i + len(s), Text: s, Country: cc}
	}
	tests := []struct {
		text, person string
		places       [][2]string // text, country
		want         string
	}{
		{"Travel is banned, says Kitui County Commissioner Joseph Mwangi Kariuki.", "Joseph Mwangi Kariuki",
			[][2]string{{"Kitui", "KE"}}, "KEN"},
		{"The girls were taken to Dutse, the capital of Jigawa State. State Governor Musa Danladi Bako said they were safe.", "Musa Danladi Bako",
			[][2]string{{"Dutse", "NG"}, {"Jigawa State", "NG"}}, "NGA"},
		{"State Governor Musa Danladi Bako said they were safe.", "Musa Danladi Bako", nil, ""},
		{"The road to Mombasa is open, says trader Joseph Mwangi Kariuki.", "Joseph Mwangi Kariuki",
			[][2]string{{"Mombasa", "KE"}}, ""},
		{"The road to Mombasa is open, says former Kitui County Commissioner Joseph Mwangi Kariuki.", "Joseph Mwangi Kariuki",
			[][2]string{{"Mombasa", "KE"}, {"Kitui", "KE"}}, ""},
	}
	for _, tc := range tests {
		doc := &parallax.Document{Text: tc.text, Entities: []parallax.Entity{ent(tc.text, tc.person, parallax.KindPerson, 1)}}
		for _, p := range tc.places {
			doc.Places = append(doc.Places, place(tc.text, p[0], p[1]))
		}
		New(sharedKB(t)).Process(doc)
		if e := doc.Entities[0]; e.Side != tc.want {
			t.Errorf("%q: side %q, want %q", tc.text, e.Side, tc.want)
		}
	}
}

// TestPublisherSide: an office holder titled without a state in a
// government's own release speaks for that government; the publisher is
// read from the outlet or the web address.
func TestPublisherSide(t *testing.T) {
	text := "Minister for Africa, Helen Marsh said:\n\nWe condemn the attack."
	tests := []struct{ outlet, url, want string }{
		{"UK Government", "", "GBR"},
		{"Government of Canada", "", "CAN"},
		{"US State Department", "", "USA"},
		{"CENTCOM", "", "USA"},
		{"", "https://www.gov.uk/government/news/x", "GBR"},
		{"", "https://mod.gov.az/en/news/1", "AZE"},
		{"", "http://www.centcom.mil/MEDIA/1/", "USA"},
		{"Voice of America", "https://www.voanews.com/a/x.html", ""},
		{"", "https://www.bbc.co.uk/news/1", ""},
	}
	for _, tc := range tests {
		doc := &parallax.Document{Article: parallax.Article{Outlet: tc.outlet, URL: tc.url}, Text: text,
			Entities: []parallax.Entity{ent(text, "Helen Marsh", parallax.KindPerson, 1)}}
		New(sharedKB(t)).Process(doc)
		if e := doc.Entities[0]; e.Side != tc.want {
			t.Errorf("%q %q: side %q, want %q", tc.outlet, tc.url, e.Side, tc.want)
		}
	}
	// a person with no office title in the release takes no side
	text = "Local farmer Helen Marsh said the crops failed."
	doc := &parallax.Document{Article: parallax.Article{Outlet: "UK Government"}, Text: text,
		Entities: []parallax.Entity{ent(text, "Helen Marsh", parallax.KindPerson, 1)}}
	New(sharedKB(t)).Process(doc)
	if e := doc.Entities[0]; e.Side != "" {
		t.Errorf("farmer took side %q", e.Side)
	}
}

// TestNominalAnaphora: statements, findings and unnamed officials refer
// back to the body that issued them or that the official was first named
// with; a bare spokesperson with no body near stays unresolved.
func TestNominalAnaphora(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
		forbid     string
	}{
		{"unnamed official named with a body before",
			"A senior State Department official told reporters the talks failed. The official added that sanctions could follow.",
			[]want{{"The official", "United States Department of State", "USA", "government"}}, ""},
		{"spokesperson after the body as subject",
			"Last month, the Pentagon told reporters it knew of the flights. A spokesperson said the department does not comment.",
			[]want{{"A spokesperson", "United States Department of Defense", "USA", "government"}}, ""},
		{"spokesperson with no body near", "Russia shelled the town. A spokesperson said nothing.", nil, "A spokesperson"},
		{"spokesperson after a body that did not speak", "The Israeli military shelled the town. A spokesperson said five died.", nil, "A spokesperson"},
		{"indefinite statement", "The talks were confirmed by the Kremlin. A statement said both sides agreed.",
			[]want{{"A statement", "Government of Russia", "RUS", "government"}}, ""},
		{"finding with a modifier", "NATO opened an inquiry in May. This independent investigation has concluded that the drone was Iranian.",
			[]want{{"This independent investigation", "NATO", "NATO", "organization"}}, ""},
		{"a finding spoken of again", "NATO opened an inquiry in May. This investigation has concluded that the drone was Iranian. The drone hit a school. Two children died. Parents protested. This report makes clear that the drone was armed.",
			[]want{{"This report", "NATO", "NATO", "organization"}}, ""},
		{"DoD", "The DoD said two soldiers died.", []want{{"DoD", "United States Department of Defense", "USA", "government"}}, ""},
		{"officials of an organisation referred to again", "Top diplomats from the African Union urged a truce on Friday. “We call for calm,” the diplomats said in a statement.",
			[]want{{"diplomats from the African Union", "African Union", "AU", "organization"}, {"the diplomats", "African Union", "AU", "organization"}}, ""},
		{"the group", "Al-Shabaab attacked the base on Monday. The group said 30 soldiers died. The militants also claimed a second attack.",
			[]want{{"The group", "Al-Shabaab", "ALSHABAB", "group"}, {"The militants", "Al-Shabaab", "ALSHABAB", "group"}}, ""},
		{"the agency", "The UN refugee agency UNHCR said 5,000 people fled. The agency said more aid was needed.",
			[]want{{"The agency", "United Nations", "UNO", "organization"}}, ""},
		{"the bloc", "The EU condemned the strike. The bloc said sanctions would follow.",
			[]want{{"The bloc", "European Union", "EU", "organization"}}, ""},
		{"an official for someone else is no anaphor", "The Kremlin said so. An official for the rebels said the opposite.", nil, "An official"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, "")
			for _, w := range tc.want {
				e, ok := find(doc, w.text)
				if !ok {
					t.Fatalf("no resolved entity %q in %+v", w.text, doc.Entities)
				}
				if e.Actor != w.actor || e.Side != w.side || e.Kind != w.kind {
					t.Errorf("%q -> %q/%q/%s, want %q/%q/%s", w.text, e.Actor, e.Side, e.Kind, w.actor, w.side, w.kind)
				}
			}
			if tc.forbid != "" {
				for _, e := range doc.Entities {
					if strings.Contains(e.Text, tc.forbid) && e.Actor != "" {
						t.Errorf("unexpected entity %+v", e)
					}
				}
			}
		})
	}
}

// TestStats: the knowledge base holds every kind of entry it is built
// from, in the numbers its sources give.
func TestStats(t *testing.T) {
	st := sharedKB(t).Stats()
	for k, least := range map[string]int{"countries": 240, "people": 300, "people_imported": 6000, "organization": 40,
		"government": 15, "military": 10, "group": 18, "aliases": 9000} {
		if st[k] < least {
			t.Errorf("%s: %d entries, want at least %d", k, st[k], least)
		}
	}
}

// TestAppositionAffiliation: an apposition after the name gives its side:
// a possessive country before the title, an official at a body; a place
// or a non-official at a body gives none.
func TestAppositionAffiliation(t *testing.T) {
	tests := []struct{ text, person, want string }{
		{"Karim Haddad, Iraq's foreign minister, said the talks failed.", "Karim Haddad", "IRQ"},
		{"Sara Pik, Ukraine's ambassador to the UN, replied.", "Sara Pik", "UKR"},
		{"Mark Olsen, a senior official at the U.S. Treasury, said yes.", "Mark Olsen", "USA"},
		{"Ana Ruiz, a doctor at the UN hospital, said the wards were full.", "Ana Ruiz", ""},
		{"Ngozi Bello, a Nigerian women's rights activist and president of Women Forward, said so.", "Ngozi Bello", ""},
		{"Ana Ruiz, an official who lives in Mexico, said the road was closed.", "Ana Ruiz", ""},
	}
	for _, tc := range tests {
		doc := run(t, tc.text, "2024-01-01", ent(tc.text, tc.person, parallax.KindPerson, 1))
		if e := doc.Entities[0]; e.Side != tc.want {
			t.Errorf("%q: side %q, want %q", tc.text, e.Side, tc.want)
		}
	}
}

// TestGroupAnaphorNearestDecides: "the group" after an organisation with
// no side is not the armed group named before it.
func TestGroupAnaphorNearestDecides(t *testing.T) {
	text := "Al-Shabaab attacked the base. Human Rights Watch documented the attack. The group said civilians died."
	doc := run(t, text, "", ent(text, "Human Rights Watch", parallax.KindOrganization, 1))
	for _, e := range doc.Entities {
		if e.Text == "The group" && e.Actor != "" {
			t.Errorf("the group -> %+v", e)
		}
	}
}
