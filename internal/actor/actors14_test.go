package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestLocalBodyNamedWithPlace: a town's or county's own public body named
// after a geoparsed place is the state's where the place lies; private
// bodies, unplaced names and bodies of de facto regions keep no side.
func TestLocalBodyNamedWithPlace(t *testing.T) {
	cases := []struct {
		text, org, place, country, admin1, want string
	}{
		{"Parents met in Orlen. The Orlen Independent School District said classes resume Monday.", "Orlen Independent School District", "Orlen", "US", "Texas", "USA"},
		{"Flames reached Dalby overnight. The Dalby Fire Department said two homes burned.", "Dalby Fire Department", "Dalby", "AU", "Queensland", "AUS"},
		{"Voters in Tamsford were angry. The Tamsford City Council said the levy would stay.", "Tamsford City Council", "Tamsford", "GB", "England", "GBR"},
		{"A fence fell in Kerrow. The Kerrow County Council said repairs would take a week.", "Kerrow County Council", "Kerrow", "IE", "Munster", "IRL"},
		{"Boats sank off Pellan. The Pellan Sheriff's Office said three men were rescued.", "Pellan Sheriff's Office", "Pellan", "US", "Florida", "USA"},
		{"Schools shut in Marvale. The Marvale Board of Education said exams are postponed.", "Marvale Board of Education", "Marvale", "US", "Ohio", "USA"},
		{"Lights failed in Osterby. The Osterby Town Council said power was back by noon.", "Osterby Town Council", "Osterby", "DK", "Zealand", "DNK"},
		{"Tax rose in Velmora. The Velmora Municipal Council said the fee funds roads.", "Velmora Municipal Council", "Velmora", "IT", "Liguria", "ITA"},
		{"Streets flooded in Ramsgill. The Ramsgill Public Schools said buses would not run.", "Ramsgill Public Schools", "Ramsgill", "US", "Oregon", "USA"},
		{"Roads closed near Korvat. The Korvat City Hall said the bridge reopens Friday.", "Korvat City Hall", "Korvat", "PH", "Calabarzon", "PHL"},
		// private or unplaced bodies and de facto regions: no side
		{"Shares fell in Orlen. The Orlen Software Company said sales dropped.", "Orlen Software Company", "Orlen", "US", "Texas", ""},
		{"Rain fell in Dalby. The Dalby Rugby Club said the match was off.", "Dalby Rugby Club", "Dalby", "AU", "Queensland", ""},
		{"The Harbourside School District said classes resume Monday.", "Harbourside School District", "", "", "", ""},
		{"Shelling hit Donetsk again. The Donetsk City Council said four were hurt.", "Donetsk City Council", "Donetsk", "UA", "Donetsk", ""},
		{"Sirens sounded in Gaza City. The Gaza City Council said water was cut.", "Gaza City Council", "Gaza City", "PS", "Gaza Strip", ""},
		{"Doctors in Marvale struck. The Marvale University Hospital said wards stayed open.", "Marvale University Hospital", "Marvale", "US", "Ohio", ""},
	}
	for _, c := range cases {
		j := strings.Index(c.text, c.org)
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{{ID: "e1", Start: j, End: j + len(c.org), Text: c.org, Kind: "organization"}}}
		if c.place != "" {
			i := strings.Index(c.text, c.place)
			doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(c.place), Text: c.place, Country: c.country, Admin1: c.admin1})
		}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.org, got, c.want)
		}
	}
}

// TestLocalBodyName: the names of local public bodies, and names that
// only look like them.
func TestLocalBodyName(t *testing.T) {
	cases := map[string]bool{
		"Orlen Independent School District": true, "Dalby Fire Department": true, "Pellan Sheriff ’s Office": true,
		"School District": false, "City Council": false, "Orlen Council": false, "Orlen District": false,
		"Orlen Software Company": false,
	}
	for name, want := range cases {
		if got := localBodyName(strings.Fields(name)); got != want {
			t.Errorf("localBodyName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestTownBodyByKind: "the city" or "the city council" that speaks is the
// government of the last town the story named, part of its state; no town
// before it, a town of a de facto region, or a city that does not speak
// gives no side.
func TestTownBodyByKind(t *testing.T) {
	type pl struct{ text, country, admin1 string }
	cases := []struct {
		text   string
		places []pl
		want   string
	}{
		{"Prices rose across Velmoria. The city expects a rebound.", []pl{{"Velmoria", "CZ", "A.PCLI"}}, ""},
		{"Schools in Velmora owe back taxes. The city reasoned that the schools earn fees.", []pl{{"Velmora", "IT", "Liguria"}}, "ITA"},
		{"Lanterns rose over Pingshan. The city expects ten thousand visitors.", []pl{{"Pingshan", "TW", "Taiwan"}}, "TWN"},
		{"Pipes burst in Korvat. The city council said repairs begin Monday.", []pl{{"Korvat", "PH", "Calabarzon"}}, "PHL"},
		{"Buses stopped in Osterby. The town said drivers were on strike.", []pl{{"Osterby", "DK", "Zealand"}}, "DNK"},
		{"Floods reached Marvale on Friday. The municipality estimated the damage at 3 million.", []pl{{"Marvale", "BR", "Parana"}}, "BRA"},
		{"Lanterns rose over Kaoshan. The city expects ten thousand visitors.", []pl{{"Kaoshan", "TW", "A.ADM1"}}, "TWN"},
		{"Talks moved from Orlen to Dalby. The city also said it would host the next round.", []pl{{"Orlen", "FR", "Brittany"}, {"Dalby", "SE", "Skane"}}, "SWE"},
		// no side
		{"The city reasoned that the schools earn fees.", nil, ""},
		{"Shells fell on Makiivka. The city council said four were hurt.", []pl{{"Makiivka", "UA", "Donetsk"}}, ""},
		{"Rain fell in Velmora. The city was quiet on Sunday.", []pl{{"Velmora", "IT", "Liguria"}}, ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		for _, p := range c.places {
			i := strings.Index(c.text, p.text)
			place := parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country, Admin1: p.admin1, Feature: "P.PPL"}
			if strings.HasPrefix(p.admin1, "A.") {
				place.Admin1, place.Feature = "", p.admin1 // a division's or a country's feature code
			}
			doc.Places = append(doc.Places, place)
		}
		New(sharedKB(t)).Process(doc)
		got := lastBodySide(doc, strings.Index(c.text, "The "))
		if got != c.want {
			t.Errorf("%q: side %q, want %q (entities %+v)", c.text, got, c.want, doc.Entities)
		}
	}
}

// TestDemonymBody: a state's demonym and lower-case words before an
// agency's head name that state's body; a news, aid or trade agency is
// no state's.
func TestDemonymBody(t *testing.T) {
	cases := []struct{ text, want string }{
		{"On Monday the Moroccan counterterror agency broke up a cell of six men.", "MAR"},
		{"The Kenyan police agency said it arrested two men near the port.", "KEN"},
		{"The Peruvian water authority said the dam held.", "PER"},
		{"The Nigerian drug enforcement agency seized 40 kilograms.", "NGA"},
		{"The Turkish disaster directorate counted 12 collapsed homes.", "TUR"},
		// no side
		{"The Kenyan news agency said it arrested two men near the port.", ""},
		{"The Danish aid agency said the camp was full.", ""},
		{"The British nongovernmental agency said 40 clinics closed.", ""},
		{"The Irish non-profit agency said 40 clinics closed.", ""},
		{"The Italian advertising agency said sales dropped.", ""},
		{"The agency said it arrested two men near the port.", ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		New(sharedKB(t)).Process(doc)
		got := lastBodySide(doc, 0)
		if got != c.want {
			t.Errorf("%q: side %q, want %q (entities %+v)", c.text, got, c.want, doc.Entities)
		}
	}
}

// TestAuthoritiesAfterBody: bare "Authorities said" right after a
// sentence naming one state body is that state's government; not when
// either sentence names another side or places in another state, nor
// after a force.
func TestAuthoritiesAfterBody(t *testing.T) {
	type pl struct{ text, country string }
	cases := []struct {
		text   string
		places []pl
		want   string
	}{
		{"The Moroccan counterterror agency broke up a cell of six men. Authorities said the men were building drones.", nil, "MAR"},
		{"On Friday the Kenyan interior ministry closed two camps. Officials said the camps were unsafe.", nil, "KEN"},
		{"The Peruvian water authority opened the dam. The authorities said no town was flooded.", nil, "PER"},
		{"The Moroccan interior ministry raided a flat in Tetouan. Authorities said four men were held.", []pl{{"Tetouan", "MA"}}, "MAR"},
		// no side
		{"Russia's defence ministry said it struck Kharkiv. Authorities said two people died.", []pl{{"Kharkiv", "UA"}}, ""},
		{"The Moroccan interior ministry met Algerian envoys. Authorities said talks went well.", nil, ""},
		{"Israeli troops raided a camp. Authorities said two people died.", nil, ""},
		{"The Kenyan interior ministry closed two camps. Local officials said the camps were unsafe.", nil, ""},
		{"Authorities said the men were building drones.", nil, ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		for _, p := range c.places {
			i := strings.Index(c.text, p.text)
			doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country, Feature: "P.PPL"})
		}
		New(sharedKB(t)).Process(doc)
		k := strings.LastIndex(c.text, ". ") + 2
		if k == 1 {
			k = 0
		}
		got := lastBodySide(doc, k)
		if got != c.want {
			t.Errorf("%q: side %q, want %q (entities %+v)", c.text, got, c.want, doc.Entities)
		}
	}
}

// TestPublicBodyOfCountry: a public body's name that ends "of COUNTRY"
// is that state's; bodies of civil society, the professions and sport
// named so are not.
func TestPublicBodyOfCountry(t *testing.T) {
	cases := []struct{ org, want string }{
		{"Tourism Authority of Thailand", "THA"},
		{"Marine Department of Peru", "PER"},
		{"Revenue Service of Ghana", "GHA"},
		{"Election Commission of India", "IND"},
		{"Human Rights Commission of Pakistan", ""},
		{"Bar Council of India", ""},
		{"Olympic Committee of Kenya", ""},
		{"Friends Society of Chile", ""},
		{"Distilled Juice Council of Canada", ""},
		{"Comic Artists Corps of Canada", ""},
		{"Tourism Authority of Northland", ""},
	}
	for _, c := range cases {
		text := "The " + c.org + " said 40 staff were hired."
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: text,
			Entities: []parallax.Entity{{ID: "e1", Start: 4, End: 4 + len(c.org), Text: c.org, Kind: "organization"}}}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.org, got, c.want)
		}
	}
}

// TestPublicBodyCutBeforeOf: where the recogniser cut a public body's
// name before "of COUNTRY", the body is still that state's; a longer name
// after the country ("of Peru Airways") is not the state.
func TestPublicBodyCutBeforeOf(t *testing.T) {
	cases := []struct{ text, org, want string }{
		{"The Tourism Authority of Thailand expects 30 million visitors.", "Tourism Authority", "THA"},
		{"The Revenue Service of Ghana said 40 staff were hired.", "Revenue Service", "GHA"},
		{"The Cargo Service of Peru Airways said 40 staff were hired.", "Cargo Service", ""},
		{"The Friends Society of Chile said 40 staff were hired.", "Friends Society", ""},
		{"The Human Rights Commission of Pakistan said 40 staff were hired.", "Human Rights Commission", ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{{ID: "e1", Start: 4, End: 4 + len(c.org), Text: c.org, Kind: "organization"}}}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.org, got, c.want)
		}
	}
}

// TestDomainCountryAgency: "FIELD COUNTRY" names a state's agency
// ("Food Standards Australia New Zealand": the first state named), and a
// person introduced "for" it at the head of a sentence speaks for it;
// firms, sports bodies and charities named so, and "for" as a cause, do
// not.
func TestDomainCountryAgency(t *testing.T) {
	orgs := []struct{ org, want string }{
		{"Food Standards Australia New Zealand", "AUS"},
		{"Statistics Norway", "NOR"},
		{"Fisheries Canada", "CAN"},
		{"Cricket Australia", ""},
		{"Oxfam Australia", ""},
		{"Pacific Air Canada", ""},
	}
	for _, c := range orgs {
		text := "The " + c.org + " said 40 staff were hired."
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: text,
			Entities: []parallax.Entity{{ID: "e1", Start: 4, End: 4 + len(c.org), Text: c.org, Kind: "organization"}}}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.org, got, c.want)
		}
	}
	people := []struct{ text, want string }{
		{"Mara Quill for Statistics Norway, says the count will take a year.", "NOR"},
		{"Mara Quill for Statistics Norway says the count will take a year.", "NOR"},
		{"Critics blamed Mara Quill for Statistics Norway's error.", ""},
		{"Mara Quill for Oxfam Australia, says the count will take a year.", ""},
	}
	for _, c := range people {
		org := "Statistics Norway"
		if strings.Contains(c.text, "Oxfam") {
			org = "Oxfam Australia"
		}
		j := strings.Index(c.text, "Mara Quill")
		k := strings.Index(c.text, org)
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{
				{ID: "e1", Start: j, End: j + len("Mara Quill"), Text: "Mara Quill", Kind: "person"},
				{ID: "e2", Start: k, End: k + len(org), Text: org, Kind: "organization"}}}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: person side %q, want %q", c.text, got, c.want)
		}
	}
}

// lastBodySide is the side of the last sided entity that is no person and
// starts at or after byte from: the body whose side a case checks.
func lastBodySide(doc *parallax.Document, from int) string {
	side := ""
	for _, e := range doc.Entities {
		if e.Start >= from && e.Kind != parallax.KindPerson && e.Side != "" {
			side = e.Side
		}
	}
	return side
}
