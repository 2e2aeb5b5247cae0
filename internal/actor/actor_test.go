package actor

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/parallaxhq/parallax"
)

var (
	kbOnce sync.Once
	kbVal  *KB
	kbErr  error
)

func sharedKB(t testing.TB) *KB {
	t.Helper()
	kbOnce.Do(func() { kbVal, kbErr = Load() })
	if kbErr != nil {
		t.Fatal(kbErr)
	}
	return kbVal
}

// want is an expected entity: its text and what it resolves to.
type want struct{ text, actor, side, kind string }

func run(t *testing.T, text, published string, ents ...parallax.Entity) *parallax.Document {
	t.Helper()
	doc := &parallax.Document{Article: parallax.Article{Published: published}, Text: text, Entities: ents}
	New(sharedKB(t)).Process(doc)
	return doc
}

// checkSide fails the test unless the entity named person is resolved
// and has the side want.
func checkSide(t *testing.T, doc *parallax.Document, person, want string) {
	t.Helper()
	e, ok := find(doc, person)
	if !ok {
		t.Fatalf("%s not resolved: %+v", person, doc.Entities)
	}
	if e.Side != want {
		t.Errorf("%s: side %q, want %q", person, e.Side, want)
	}
}

func find(doc *parallax.Document, text string) (parallax.Entity, bool) {
	for _, e := range doc.Entities {
		if e.Text == text && e.Actor != "" {
			return e, true
		}
	}
	return parallax.Entity{}, false
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []want
		forbid                string // an entity text that must not be resolved
	}{
		{"full name", "Vladimir Putin met the delegation.", "2023-05-01",
			[]want{{"Vladimir Putin", "Vladimir Putin", "RUS", "person"}}, ""},
		{"transliterated name after a title", "The meeting was attended by President Vaughan Khachaturian.", "2022-09-13",
			[]want{{"Vaughan Khachaturian", "Vahagn Khachaturyan", "ARM", "person"}}, ""},
		{"misspelled surname after a title", "Chairman of the National Assembly Alen Simanyan spoke first.", "2022-09-13",
			[]want{{"Alen Simanyan", "Alen Simonyan", "ARM", "person"}}, ""},
		{"dropped letter in a first name", "By decree of Karabakh leader Araik Harutyunyan, mobilisation began.", "2022-08-03",
			[]want{{"Araik Harutyunyan", "Arayik Harutyunyan", "NKR", "person"}}, ""},
		{"spelling variant", "Ukrainian President Volodymyr Zelensky said so.", "2023-01-10",
			[]want{{"Volodymyr Zelensky", "Volodymyr Zelenskyy", "UKR", "person"}}, ""},
		{"diacritics folded", "Recep Tayyip Erdogan spoke in Ankara.", "2021-01-01",
			[]want{{"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "TUR", "person"}}, ""},
		{"surname after first mention", "Antony Blinken arrived on Monday. Blinken said the talks went well.", "2022-03-01",
			[]want{{"Blinken", "Antony Blinken", "USA", "person"}}, ""},
		{"title resolved by date", "The Armenian president said he would travel.", "2023-06-01",
			[]want{{"Armenian president", "Vahagn Khachaturyan", "ARM", "person"}}, ""},
		{"same title, earlier date", "The Armenian president said he would travel.", "2019-06-01",
			[]want{{"Armenian president", "Armen Sarkissian", "ARM", "person"}}, ""},
		{"title of country", "The Prime Minister of Pakistan arrived.", "2020-01-01",
			[]want{{"Prime Minister of Pakistan", "Imran Khan", "PAK", "person"}}, ""},
		{"demonym body", "The Azerbaijani Defense Ministry issued a statement.", "",
			[]want{{"Azerbaijani Defense Ministry", "Azerbaijani Ministry of Defense", "AZE", "government"}}, ""},
		{"other ministry", "The Iraqi Ministry of Culture announced the project.", "",
			[]want{{"Iraqi Ministry of Culture", "Iraqi Ministry of Culture", "IRQ", "government"}}, ""},
		{"possessive body", "Russia's Defence Ministry said the drones were downed.", "",
			[]want{{"Russia's Defence Ministry", "Russian Ministry of Defense", "RUS", "government"}}, ""},
		{"body of country", "The Ministry of Foreign Affairs of Ukraine replied.", "",
			[]want{{"Ministry of Foreign Affairs of Ukraine", "Ukrainian Ministry of Foreign Affairs", "UKR", "government"}}, ""},
		{"de facto authority", "The defense ministry of the separatist region in Nagorno-Karabakh said four drones fell.", "",
			[]want{{"defense ministry of the separatist region", "Nagorno-Karabakh Ministry of Defense", "NKR", "government"}}, ""},
		{"generic phrase outside its conflict", "The separatist region held elections, officials in Moldova said.", "",
			[]want{{"officials in Moldova", "Government of Moldova", "MDA", "government"}}, "separatist region"},
		{"demonym troops", "Pakistani troops crossed the line.", "",
			[]want{{"Pakistani troops", "Pakistani Armed Forces", "PAK", "military"}}, ""},
		{"modifiers before the body", "Palestinian health officials said 20 people died.", "",
			[]want{{"Palestinian health officials", "Government of Palestine", "PSE", "government"}}, ""},
		{"the X side", "The Armenian side rejected the report.", "",
			[]want{{"Armenian side", "Government of Armenia", "ARM", "government"}}, ""},
		{"curated army name", "The Israeli army said it struck the site.", "",
			[]want{{"Israeli army", "Israel Defense Forces", "ISR", "military"}}, ""},
		{"metonymy capital", "Moscow has denied the claims.", "",
			[]want{{"Moscow", "Government of Russia", "RUS", "government"}}, ""},
		{"capital as a place is no actor", "The delegation arrived in Moscow on Friday.", "", nil, "Moscow"},
		{"metonym", "The Kremlin said talks would resume.", "",
			[]want{{"Kremlin", "Government of Russia", "RUS", "government"}}, ""},
		{"authorities in capital", "The authorities in Kabul deny the report.", "",
			[]want{{"authorities in Kabul", "Government of Afghanistan", "AFG", "government"}}, ""},
		{"country", "Iran said the tanker was seized.", "",
			[]want{{"Iran", "Iran", "IRN", "gpe"}}, ""},
		{"plural demonym", "Somalis say the attack killed 10.", "",
			[]want{{"Somalis", "Somalia", "SOM", "gpe"}}, ""},
		{"armed group aliases", "Daesh claimed the attack, and al-Shabab denied involvement.", "",
			[]want{{"Daesh", "Islamic State", "ISIS", "group"}, {"al-Shabab", "Al-Shabaab", "ALSHABAB", "group"}}, ""},
		{"acronym is case-sensitive", "It is what it is, said the UN.", "",
			[]want{{"UN", "United Nations", "UNO", "organization"}}, ""},
		{"international organisation", "NATO Secretary-General Jens Stoltenberg said the alliance would respond.", "2020-02-02",
			[]want{{"NATO", "NATO", "NATO", "organization"}, {"Jens Stoltenberg", "Jens Stoltenberg", "NATO", "person"}}, ""},
		{"org title", "Taliban spokesman Zabihullah Mujahid denied it. Pentagon spokesman Jeff Davis said so.", "2022-01-01",
			[]want{{"Zabihullah Mujahid", "Zabihullah Mujahid", "TALIBAN", "person"}, {"Jeff Davis", "Jeff Davis", "USA", "person"}}, ""},
		{"he is never a group", "Al-Shabaab claimed the attack. He said ten died.", "", nil, "He"},
		{"ambassador", "Afghan Ambassador Hamdullah Mohib spoke.", "2019-05-01",
			[]want{{"Hamdullah Mohib", "Hamdullah Mohib", "AFG", "person"}}, ""},
		{"no name after a title", "The General Assembly voted on Friday.", "2019-05-01", nil, "Assembly"},
		{"a UN organ is the UN's", "The UN General Assembly voted on Friday.", "2019-05-01",
			[]want{{"UN General Assembly", "United Nations General Assembly", "UNO", "organization"}}, ""},
		{"title after a body", "Russian Defense Ministry spokesman Ivan Petrov said so.", "2023-05-01",
			[]want{{"Ivan Petrov", "Ivan Petrov", "RUS", "person"}}, ""},
		{"the title refers back", "President Ilham Aliyev visited Shusha. The president said the town would be rebuilt.", "2023-05-01",
			[]want{{"president", "Ilham Aliyev", "AZE", "person"}}, ""},
		{"pronoun he to person", "Hikmet Hajiyev spoke to reporters. He said the shelling continued.", "2020-09-27",
			[]want{{"He", "Hikmet Hajiyev", "AZE", "person"}}, ""},
		{"pronoun it to body", "The Turkish Defense Ministry issued a statement. It said two soldiers died.", "",
			[]want{{"It", "Turkish Ministry of Defense", "TUR", "government"}}, ""},
		{"nominal anaphora", "Ukraine's Defense Ministry reported the strike. The ministry said 12 drones were shot down.", "",
			[]want{{"ministry", "Ukrainian Ministry of Defense", "UKR", "government"}}, ""},
		{"statement anaphora", "Pakistan's Foreign Ministry issued a statement. The statement said the talks failed.", "",
			[]want{{"The statement", "Pakistani Ministry of Foreign Affairs", "PAK", "government"}}, ""},
		{"they to government", "The Taliban took Kabul. They said the war was over.", "",
			[]want{{"They", "Taliban", "TALIBAN", "group"}}, ""},
		{"dummy it is no actor", "Hamas fired rockets. It is not clear how many.", "",
			[]want{{"Hamas", "Hamas", "HAMAS", "group"}}, "It"},
		{"body noun as modifier", "An Azerbaijani military helicopter was downed.", "", nil, "Azerbaijani military"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, tc.published)
			for _, w := range tc.want {
				e, ok := find(doc, w.text)
				if !ok {
					t.Fatalf("no resolved entity %q in %v", w.text, doc.Entities)
				}
				if e.Actor != w.actor || e.Side != w.side || e.Kind != w.kind {
					t.Errorf("%q -> %s/%s/%s, want %s/%s/%s", w.text, e.Actor, e.Side, e.Kind, w.actor, w.side, w.kind)
				}
			}
			if tc.forbid != "" {
				for _, e := range doc.Entities {
					if strings.Contains(e.Text, tc.forbid) {
						t.Errorf("unexpected entity %+v", e)
					}
				}
			}
		})
	}
}

// TestUnknownOrganization: the recogniser's organisations that the
// knowledge base does not know become actors with no side.
func TestUnknownOrganization(t *testing.T) {
	text := "Human Rights Watch said the strike was unlawful."
	doc := run(t, text, "", parallax.Entity{ID: "e1", Start: 0, End: 18, Text: text[:18], Kind: parallax.KindOrganization})
	if e := doc.Entities[0]; e.Actor != "Human Rights Watch" || e.Side != "" || e.Kind != parallax.KindOrganization {
		t.Errorf("got %+v", e)
	}
}

// TestOrganizationNamedAfterCountry: a country at the start of an
// organisation's name does not make the organisation a party.
func TestOrganizationNamedAfterCountry(t *testing.T) {
	text := "Lina Haddad of the Jordan Institute of Regional Studies spoke."
	i := strings.Index(text, "Jordan Institute")
	org := parallax.Entity{ID: "e1", Start: i, End: i + len("Jordan Institute of Regional Studies"), Kind: parallax.KindOrganization}
	org.Text = text[org.Start:org.End]
	doc := run(t, text, "", org)
	if e := doc.Entities[0]; e.Actor != org.Text || e.Side != "" {
		t.Errorf("got %+v", e)
	}
	for _, e := range doc.Entities[1:] {
		if e.Side == "SGP" {
			t.Errorf("country inside the name became an actor: %+v", e)
		}
	}
	// a country the recogniser calls an organisation stays the country
	text = "Turkey has demanded a cessation of hostilities."
	doc = run(t, text, "", parallax.Entity{ID: "e1", Start: 0, End: 6, Text: "Turkey", Kind: parallax.KindOrganization})
	if e := doc.Entities[0]; e.Side != "TUR" {
		t.Errorf("got %+v", e)
	}
}

// TestNERSurnameOfUnknownPerson: the recogniser's bare surname follows the
// unknown full name before it, not a known person with that surname.
func TestNERSurnameOfUnknownPerson(t *testing.T) {
	text := "UN rapporteur Richard Bennett visited Kabul. Bennett said the ban hurt women."
	full := strings.Index(text, "Richard Bennett")
	bare := strings.LastIndex(text, "Bennett")
	doc := run(t, text, "2025-01-10",
		parallax.Entity{ID: "e1", Start: full, End: full + 15, Text: "Richard Bennett", Kind: parallax.KindPerson},
		parallax.Entity{ID: "e2", Start: bare, End: bare + 7, Text: "Bennett", Kind: parallax.KindPerson})
	if e := doc.Entities[1]; e.Actor != "Richard Bennett" {
		t.Errorf("bare surname resolved to %+v", e)
	}
}

// TestRecognizerEntities: entities of earlier stages get actors; a person
// entity that took in its title is cut to the name; a person inside a
// larger entity gets an entity of its own.
func TestRecognizerEntities(t *testing.T) {
	text := "Armenian Prime Minister Nikol Pashinyan met the Defense Ministry of Armenia and the Mayor of Paris Anne Hidalgo."
	span := func(id, s, kind string) parallax.Entity {
		i := strings.Index(text, s)
		return parallax.Entity{ID: id, Start: i, End: i + len(s), Text: s, Kind: kind}
	}
	ents := []parallax.Entity{
		span("e1", "Armenian Prime Minister Nikol Pashinyan", parallax.KindPerson),
		span("e2", "Defense Ministry of Armenia", parallax.KindOrganization),
		span("e3", "Mayor of Paris Anne Hidalgo", parallax.KindPerson),
	}
	doc := run(t, text, "2021-01-01", ents...)
	e1 := doc.Entities[0]
	if e1.Text != "Nikol Pashinyan" || e1.Start != 24 || e1.Actor != "Nikol Pashinyan" || e1.Side != "ARM" {
		t.Errorf("e1 = %+v", e1)
	}
	e2 := doc.Entities[1]
	if e2.Actor != "Armenian Ministry of Defense" || e2.Kind != parallax.KindGovernment || e2.Side != "ARM" {
		t.Errorf("e2 = %+v", e2)
	}
	if e3 := doc.Entities[2]; e3.Text != "Mayor of Paris Anne Hidalgo" {
		t.Errorf("e3 changed: %+v", e3)
	}
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.ID, "e") {
			continue
		}
		if e.Start < 0 || e.End > len(text) || e.Text != text[e.Start:e.End] {
			t.Errorf("bad span %+v", e)
		}
	}
}

func TestSkeleton(t *testing.T) {
	pairs := [][2]string{{"khachaturian", "khachaturyan"}, {"vaughan", "vahagn"}, {"simanyan", "simonyan"}, {"araik", "arayik"}, {"zelensky", "zelenskyy"}}
	for _, p := range pairs {
		if skeleton(p[0]) != skeleton(p[1]) {
			t.Errorf("skeleton(%q)=%q != skeleton(%q)=%q", p[0], skeleton(p[0]), p[1], skeleton(p[1]))
		}
	}
	if skeleton("putin") == skeleton("pashinyan") {
		t.Error("distinct names share a skeleton")
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize(`Azerbaijan’s MoD said: “the U.S.-backed forces” fired.`)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := "Azerbaijan|’s|MoD|said|:|“|the|U.S.|-|backed|forces|”|fired|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %s, want %s", strings.Join(got, "|"), want)
	}
	if !toks[6].InQuote || toks[3].InQuote || toks[12].InQuote {
		t.Error("quote marking wrong")
	}
	if toks[1].Norm != "'s" {
		t.Errorf("possessive norm %q", toks[1].Norm)
	}
}

func TestSentencesFallback(t *testing.T) {
	text := "Mr. Smith said so. The U.S. army left.\nNew paragraph here"
	got := splitSentences(text)
	if len(got) != 3 {
		t.Fatalf("got %d sentences: %v", len(got), got)
	}
	if text[got[0].Start:got[0].End] != "Mr. Smith said so." {
		t.Errorf("first sentence %q", text[got[0].Start:got[0].End])
	}
}

func TestLoadFSErrors(t *testing.T) {
	good := "ARM\tArmenia\t\tArmenian\tYerevan\n"
	cases := map[string]fstest.MapFS{
		"missing file": {"kb/countries.tsv": {Data: []byte(good)}},
		"bad country":  {"kb/countries.tsv": {Data: []byte("X\t\n")}, "kb/orgs.tsv": {}, "kb/people.tsv": {}, "kb/petrarch_people.tsv": {}},
		"bad role": {"kb/countries.tsv": {Data: []byte(good)}, "kb/orgs.tsv": {},
			"kb/people.tsv": {Data: []byte("A B\tARM\t\tpresident\n")}, "kb/petrarch_people.tsv": {}},
		"bad kind": {"kb/countries.tsv": {Data: []byte(good)}, "kb/orgs.tsv": {Data: []byte("X\tplanet\tARM\t\t\n")},
			"kb/people.tsv": {}, "kb/petrarch_people.tsv": {}},
	}
	for name, fsys := range cases {
		if _, err := LoadFS(fsys, "kb"); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.Contains(err.Error(), "kb") {
			t.Errorf("%s: error %q does not name the input", name, err)
		}
	}
}

// TestTitleAffiliation: a person the recogniser found without a side takes
// the side of the body in an official title before the name or in an
// apposition after it, and passes it to the later surname; a writer, a
// fellow or a former official takes none.
func TestTitleAffiliation(t *testing.T) {
	tests := []struct {
		text, person, wantText, wantActor, wantSide string
	}{
		{"The strikes continued, Pentagon press operations director Navy Capt. Lena Marsh said today. Marsh added more.",
			"Navy Capt. Lena Marsh", "Lena Marsh", "Lena Marsh", "USA"},
		{"“It is over,” Republican Representative Tom Hadley told VOA.",
			"Republican Representative Tom Hadley", "Tom Hadley", "Tom Hadley", "USA"},
		{"Arif Demir, a Turkish presidential foreign policy adviser, said the talks failed.",
			"Arif Demir", "Arif Demir", "Arif Demir", "TUR"},
		{"Budi Santoso, spokesman for the Indonesian military, said the boat sank.",
			"Budi Santoso", "Budi Santoso", "Budi Santoso", "IDN"},
		{"Afghan writer Nasir Karimi told VOA the ban was expected.",
			"Nasir Karimi", "Nasir Karimi", "Nasir Karimi", ""},
		{"Omer Kaya, a former Turkish ambassador, said the deal was dead.",
			"Omer Kaya", "Omer Kaya", "Omer Kaya", ""},
		{"Laila Haddad, co-founder and director of the Syrian Center for Legal Studies, said the text was vague.",
			"Laila Haddad", "Laila Haddad", "Laila Haddad", ""},
		{"“Nothing changed,” said former Turkish ambassador Omer Kaya.",
			"Omer Kaya", "Omer Kaya", "Omer Kaya", ""},
		{"The UN special rapporteur Hana Sato confirmed the ban.",
			"Hana Sato", "Hana Sato", "Hana Sato", "UNO"},
		{"Ana Ruiz, who lives in Mexico, said the road was closed.",
			"Ana Ruiz", "Ana Ruiz", "Ana Ruiz", ""},
	}
	for _, tc := range tests {
		i := strings.Index(tc.text, tc.person)
		doc := run(t, tc.text, "2024-01-01", parallax.Entity{ID: "e1", Start: i, End: i + len(tc.person), Text: tc.person, Kind: parallax.KindPerson})
		e := doc.Entities[0]
		if e.Text != tc.wantText || e.Actor != tc.wantActor || e.Side != tc.wantSide {
			t.Errorf("%q: got %q actor %q side %q, want %q %q %q", tc.text, e.Text, e.Actor, e.Side, tc.wantText, tc.wantActor, tc.wantSide)
		}
	}
}

// TestPersonSideSpread: a side a person got from one mention's title
// holds for their other mentions; mentions that disagree keep their own.
func TestPersonSideSpread(t *testing.T) {
	text := "Kenyan Defense Minister Juma Odhiambo Wekesa announced the new force on Monday. “It is ready,” Juma Odhiambo Wekesa said in Nairobi."
	first := strings.Index(text, "Juma Odhiambo Wekesa")
	second := strings.LastIndex(text, "Juma Odhiambo Wekesa")
	doc := run(t, text, "2024-01-01",
		parallax.Entity{ID: "e1", Start: first, End: first + 20, Text: "Juma Odhiambo Wekesa", Kind: parallax.KindPerson},
		parallax.Entity{ID: "e2", Start: second, End: second + 20, Text: "Juma Odhiambo Wekesa", Kind: parallax.KindPerson})
	for _, e := range doc.Entities[:2] {
		if e.Actor != "Juma Odhiambo Wekesa" || e.Side != "KEN" {
			t.Errorf("%s at %d: actor %q side %q, want KEN", e.Text, e.Start, e.Actor, e.Side)
		}
	}
}
