package actor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parallaxhq/parallax"
)

// TestLocalSpeakersByPlace: police and local officials the story does not
// name, and public services named without their state, are the state's
// where every place of the story lies, when no other state is named; a
// place in another state, another state named, a place held by de facto
// authorities or a party's, a rebel's or a firm's officials give no side.
func TestLocalSpeakersByPlace(t *testing.T) {
	type pl struct{ text, country, admin1 string }
	cases := []struct {
		text, speaker string
		places        []pl
		want          string
	}{
		{"Gunmen seized six traders near Dorvale, police said on Monday.", "police", []pl{{"Dorvale", "NG", "Kaduna"}}, "NGA"},
		{"Police said the Dutch cyclist was hurt near Orlenz.", "Police", []pl{{"Orlenz", "MA", "Souss-Massa"}}, "MAR"},
		{"Local officials said the flood cut the road to Mervik.", "Local officials", []pl{{"Mervik", "ML", "Mopti"}}, "MLI"},
		{"A bridge fell at Tamsa. District authorities confirmed two deaths.", "District authorities", []pl{{"Tamsa", "KE", "Kitui"}}, "KEN"},
		{"Fighting closed the market in Garvo, according to local officials.", "local officials", []pl{{"Garvo", "SO", "Bay"}}, "SOM"},
		{"Shops burned in Velka overnight. The police said four men were held.", "police", []pl{{"Velka", "TZ", "Mwanza"}}, "TZA"},
		{"Wells dried up in Korrin. The Government Communication Service said aid was on the way.", "Government Communication Service", []pl{{"Korrin", "ET", "Tigray"}}, "ETH"},
		{"Two buses burned near Garvo. Local officials, who asked not to be named, said eight died.", "Local officials", []pl{{"Garvo", "SO", "Bay"}}, "SOM"},
		{"Trucks were stopped at Orlenz and Pellasz. In Orlenz, police said six drivers were held.", "police", []pl{{"Orlenz", "ML", "Kayes"}, {"Pellasz", "SN", "Tambacounda"}, {"Orlenz", "ML", "Kayes"}}, "MLI"},
		// no side
		{"A police officer in Dorvale said the road was shut.", "police", []pl{{"Dorvale", "NG", "Kaduna"}}, ""},
		{"Rockets hit Dorvale and Pellasz, police said.", "police", []pl{{"Dorvale", "NG", "Kaduna"}, {"Pellasz", "NE", "Zinder"}}, ""},
		{"Shells fell on Makiivka again, police said.", "police", []pl{{"Makiivka", "UA", "Donetsk"}}, ""},
		{"Turkey said its drones hit Velka, police said.", "police", []pl{{"Velka", "SY", "Aleppo"}}, ""},
		{"Local party officials said the vote in Mervik was rigged.", "Local party officials", []pl{{"Mervik", "ML", "Mopti"}}, ""},
		{"Local rebel officials said the road to Mervik was mined.", "Local rebel officials", []pl{{"Mervik", "ML", "Mopti"}}, ""},
		{"Police said the thieves fled.", "Police", nil, ""},
		{"Wells dried up in Korrin. The Marvale Taxi Service said fares would rise.", "Marvale Taxi Service", []pl{{"Korrin", "ET", "Tigray"}}, ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		seen := map[string]int{} // a town written twice: its second place is after the first
		for _, p := range c.places {
			i := seen[p.text] + strings.Index(c.text[seen[p.text]:], p.text)
			seen[p.text] = i + len(p.text)
			doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country, Admin1: p.admin1, Feature: "P.PPL"})
		}
		if strings.HasPrefix(c.speaker, "Government") || strings.HasPrefix(c.speaker, "Marvale") {
			j := strings.Index(c.text, c.speaker)
			doc.Entities = append(doc.Entities, parallax.Entity{ID: "e1", Start: j, End: j + len(c.speaker), Text: c.speaker, Kind: parallax.KindOrganization})
		}
		New(sharedKB(t)).Process(doc)
		j := strings.Index(c.text, c.speaker)
		got := ""
		for _, e := range doc.Entities {
			if e.Start <= j && j < e.End {
				got = e.Side
			}
		}
		if got != c.want {
			t.Errorf("%q: %q side %q, want %q (entities %+v)", c.text, c.speaker, got, c.want, doc.Entities)
		}
	}
}

// TestClippedGivenName: a full name whose given name is the clipped start
// of a curated person's given name ("Cres Dunmore" for the entry
// "Creswell Dunmore") names that person; a generated (uncurated) entry, a
// or a given name of two letters keeps the name as written.
func TestClippedGivenName(t *testing.T) {
	fsys := fstest.MapFS{
		"kb/countries.tsv": {Data: []byte("AUS\tAustralia\t\tAustralian\tCanberra\nNZL\tNew Zealand\t\tNew Zealander\tWellington\n")},
		"kb/orgs.tsv":      {},
		"kb/people.tsv": {Data: []byte("Creswell Dunmore\tAUS\t\tofficial:2010-01-01..\n" +
			"Rosalind Karewa\tNZL\t\tforeign minister:2019-01-01..\n" +
			"Jolene Pask\tAUS\t\tdefence minister:2019-01-01..\n")},
		"kb/petrarch_people.tsv": {Data: []byte("Maximilian Orrow\tAUS\t\tgovernment:2018-01-01..\n")},
	}
	kb, err := LoadFS(fsys, "kb")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, name, want string }{
		{"Professor Cres Dunmore, who led the study, said the salt lacked iodine.", "Cres Dunmore", "Creswell Dunmore"},
		{"Ros Karewa told reporters the talks would resume.", "Ros Karewa", "Rosalind Karewa"},
		// no curated entry, too short, or no clipping
		{"Max Orrow said the plant would close.", "Max Orrow", "Max Orrow"},
		{"Jo Pask said the drills would go on.", "Jo Pask", "Jo Pask"},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.name)
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{{ID: "e1", Start: i, End: i + len(c.name), Text: c.name, Kind: parallax.KindPerson}}}
		New(kb).Process(doc)
		if got := doc.Entities[0].Actor; got != c.want {
			t.Errorf("%q: actor %q, want %q", c.text, got, c.want)
		}
	}
}

// TestGovernmentPanelChair: the chair, head or a member of a panel,
// commission or inquiry the government set up speaks for its state: the
// state named with the government, else the story's; an opposition's,
// a firm's or a former member's does not.
func TestGovernmentPanelChair(t *testing.T) {
	type pl struct{ text, country, admin1 string }
	cases := []struct {
		text, name string
		places     []pl
		want       string
	}{
		{"Debate on the flag went on in Tarrow. Hemi Tarrant, chairman of the government's flag panel, said the vote would be open.", "Hemi Tarrant", []pl{{"Tarrow", "NZ", "Otago"}}, "NZL"},
		{"Luis Paredes, head of the Peruvian government's inquiry commission, said the report was late.", "Luis Paredes", nil, "PER"},
		{"Rain flooded Velka. Government panel chairman Amos Kitur said the review found no fraud in Velka.", "Amos Kitur", []pl{{"Velka", "KE", "Nakuru"}, {"Velka", "KE", "Nakuru"}}, "KEN"},
		{"Sofia Lind, a member of the government-appointed review panel, told reporters the dam was safe near Orlenz.", "Sofia Lind", []pl{{"Orlenz", "SE", "Skane"}}, "SWE"},
		// no side
		{"Ana Ruiz, chairwoman of the opposition's panel on water, said the plan failed in Tarrow.", "Ana Ruiz", []pl{{"Tarrow", "NZ", "Otago"}}, ""},
		{"Tom Reyes, chairman of the company's audit panel, said profits fell in Tarrow.", "Tom Reyes", []pl{{"Tarrow", "NZ", "Otago"}}, ""},
		{"Mara Lind, a former member of the government's panel, said the dam leaked near Orlenz.", "Mara Lind", []pl{{"Orlenz", "SE", "Skane"}}, ""},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.name)
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{{ID: "e1", Start: i, End: i + len(c.name), Text: c.name, Kind: parallax.KindPerson}}}
		seen := map[string]int{}
		for _, p := range c.places {
			k := seen[p.text] + strings.Index(c.text[seen[p.text]:], p.text)
			seen[p.text] = k + len(p.text)
			doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(p.text), Text: p.text, Country: p.country, Admin1: p.admin1, Feature: "P.PPL"})
		}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOurOfficeInTurn: "our secretary of state", "our government" in an
// interview turn labelled with a person's name are the state of that
// person: the side the story gives the person, else the state named
// beside the person's first mention ("a retired U.S. diplomat"). The
// outlet's own turns and persons of no state give none.
func TestOurOfficeInTurn(t *testing.T) {
	intro := "Dale Whitcombe, a retired U.S. diplomat, spoke to the Herald. "
	cases := []struct {
		text, phrase, want string
	}{
		{intro + "Herald: Was the war foreseen? Whitcombe: In 1950 our secretary of state said the peninsula lay outside the line.", "our secretary of state", "USA"},
		{intro + "Herald: And now? Whitcombe: I think our government has learned. It acts sooner.", "our government", "USA"},
		{"Ines Marlow, a Canadian historian, talked to the Herald. Herald: Why? Marlow: Our prime minister said so in 1957.", "Our prime minister", "CAN"},
		// no side
		{intro + "Herald: Our government says otherwise, doesn't it? Whitcombe: Yes.", "Our government", ""},
		{"Ines Marlow spoke to the Herald. Herald: Why? Marlow: Our president said so in 1957.", "Our president", ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		for _, n := range []string{"Dale Whitcombe", "Whitcombe", "Ines Marlow", "Marlow"} {
			for k := 0; ; {
				i := strings.Index(c.text[k:], n)
				if i < 0 {
					break
				}
				i += k
				if !entityAt(doc.Entities, i) {
					doc.Entities = append(doc.Entities, parallax.Entity{ID: "e" + strings.Repeat("x", len(doc.Entities)+1), Start: i, End: i + len(n), Text: n, Kind: parallax.KindPerson})
				}
				k = i + len(n)
			}
		}
		New(sharedKB(t)).Process(doc)
		j := strings.Index(c.text, c.phrase)
		got := ""
		for _, e := range doc.Entities {
			if e.Start <= j && j < e.End {
				got = e.Side
			}
		}
		if got != c.want {
			t.Errorf("%q: %q side %q, want %q", c.text, c.phrase, got, c.want)
		}
	}
}

// entityAt: an entity covers offset i.
func entityAt(ents []parallax.Entity, i int) bool {
	for _, e := range ents {
		if e.Start <= i && i < e.End {
			return true
		}
	}
	return false
}

// TestSameNamedBody: a body's short name takes up the body named before
// whose full name opens or ends with it, and a report the body that
// reported it, not the other side's troops the sentence was about.
func TestSameNamedBody(t *testing.T) {
	text := "Kyiv, May 3. Russian troops attacked 90 times near Dorvale over the past day, the General Staff of the Armed Forces of Ukraine reported.\n\n" +
		"\"The enemy attacked 12 times,\" the report says.\n\nAccording to the General Staff, Ukrainian forces downed 20 drones."
	doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-03"}, Text: text}
	New(sharedKB(t)).Process(doc)
	for _, phrase := range []string{"the report", "According to the General Staff"} {
		j := strings.Index(text, phrase)
		if phrase != "the report" {
			j += len("According to the ")
		}
		got := "-"
		for _, e := range doc.Entities {
			if e.Start <= j && j < e.End {
				got = e.Side
			}
		}
		if got != "UKR" {
			t.Errorf("%q: side %q, want UKR (entities %+v)", phrase, got, doc.Entities)
		}
	}
}

// TestArmedGroupAnaphor: "the paramilitary group", "the Iran-backed
// group" refer back to the armed group named before, past an aid body or
// an agency that spoke in between; a bare "the group" after a rights
// group that spoke stays that body.
func TestArmedGroupAnaphor(t *testing.T) {
	cases := []struct{ text, phrase, want string }{
		{"The RSF shelled Karvo overnight. The Sudan Doctors Network said 11 people died. In a statement, the paramilitary group said its fighters took three bases.", "the paramilitary group", "RSF"},
		{"Hezbollah fired rockets at Marva on Monday. Amnesty International said it was alarmed. The Iran-backed group said the strike answered a raid.", "The Iran-backed group", "HEZBOLLAH"},
		{"The RSF shelled Karvo overnight. Amnesty International said 11 people died. The group said the toll would rise.", "The group said", ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		for _, n := range []string{"Sudan Doctors Network", "Amnesty International"} {
			if i := strings.Index(c.text, n); i >= 0 {
				doc.Entities = append(doc.Entities, parallax.Entity{ID: "e1", Start: i, End: i + len(n), Text: n, Kind: parallax.KindOrganization})
			}
		}
		New(sharedKB(t)).Process(doc)
		j := strings.Index(c.text, c.phrase)
		got := "-"
		for _, e := range doc.Entities {
			if e.Start <= j && j < e.End {
				got = e.Side
			}
		}
		if got != c.want && !(c.want == "" && got == "-") {
			t.Errorf("%q: %q side %q, want %q (entities %+v)", c.text, c.phrase, got, c.want, doc.Entities)
		}
	}
}

// TestLocalTitles: a community head, a local official or a regional
// president titled before or after the name is the state's where the
// place in the title, or named just before, lies; a community leader
// (civil society's) and a former head are no state's.
func TestLocalTitles(t *testing.T) {
	type pl struct{ text, country, admin1 string }
	cases := []struct {
		text, name string
		places     []pl
		want       string
	}{
		{"Shells hit the village overnight. Tarvik Osyan, Sarvel community head, told reporters two houses burned.", "Tarvik Osyan", []pl{{"Sarvel", "AM", "Gegharkunik"}}, "ARM"},
		{"Speaking to the agency, Dohrak local official Saman Rashed said the shelling went on for hours.", "Saman Rashed", []pl{{"Dohrak", "IQ", "Duhok"}}, "IRQ"},
		{"Fighting reached Merawi on Friday. Regional president Tesfa Alemu told a meeting the rebels had been weakened.", "Tesfa Alemu", []pl{{"Merawi", "ET", "Amhara"}}, "ETH"},
		// no side
		{"A community leader in Sarvel, Tarvik Osyan, said two houses burned.", "Tarvik Osyan", []pl{{"Sarvel", "AM", "Gegharkunik"}}, ""},
		{"Tarvik Osyan, a former Sarvel community head, said two houses burned.", "Tarvik Osyan", []pl{{"Sarvel", "AM", "Gegharkunik"}}, ""},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.name)
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text,
			Entities: []parallax.Entity{{ID: "e1", Start: i, End: i + len(c.name), Text: c.name, Kind: parallax.KindPerson}}}
		for _, p := range c.places {
			k := strings.Index(c.text, p.text)
			doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(p.text), Text: p.text, Country: p.country, Admin1: p.admin1, Feature: "P.PPL"})
		}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Side; got != c.want {
			t.Errorf("%q: side %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOmbudsmanTitle: an ombudsman titled without a state is the story's
// state's office holder, as a governor or a general is (titles.tsv flags
// the title "state").
func TestOmbudsmanTitle(t *testing.T) {
	text := "Azerbaijan said on Monday that Armenian shelling hit two villages. Azerbaijan's defence ministry blamed Yerevan, and Azerbaijani officials called it a provocation. Ombudsman Leyla Rzavand said a shepherd was hurt."
	name := "Leyla Rzavand"
	i := strings.Index(text, name)
	doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: text,
		Entities: []parallax.Entity{{ID: "e1", Start: i, End: i + len(name), Text: name, Kind: parallax.KindPerson}}}
	New(sharedKB(t)).Process(doc)
	if got := doc.Entities[0].Side; got != "AZE" {
		t.Errorf("ombudsman: side %q, want AZE", got)
	}
}

// TestOwnedCapitalisedBody: "OWNER-run" or "OWNER-affiliated" before a
// body whose name is capitalised gives it the owner's side too.
func TestOwnedCapitalisedBody(t *testing.T) {
	cases := []struct{ text, phrase, want string }{
		{"Strikes hit the port overnight. The Houthi-run Health Ministry said six people were killed.", "Health Ministry", "HOUTHIS"},
		{"The PKK-affiliated Dicle News Agency claimed that seven soldiers were killed.", "Dicle News Agency", "PKK"},
		{"The Hamas-run health ministry said 40 people were killed.", "health ministry", "HAMAS"},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		i := strings.Index(c.text, c.phrase)
		doc.Entities = append(doc.Entities, parallax.Entity{ID: "e1", Start: i, End: i + len(c.phrase), Text: c.phrase, Kind: parallax.KindOrganization})
		New(sharedKB(t)).Process(doc)
		got := "-"
		for _, e := range doc.Entities {
			if e.Start <= i && i < e.End {
				got = e.Side
			}
		}
		if got != c.want {
			t.Errorf("%q: %q side %q, want %q", c.text, c.phrase, got, c.want)
		}
	}
}

// TestInstalledHeads: the heads Russia installed in the occupied
// Ukrainian regions speak for Russia after its annexation of them.
func TestInstalledHeads(t *testing.T) {
	text := "Denis Pushilin told reporters that the shelling of Horlivka went on overnight."
	name := "Denis Pushilin"
	doc := &parallax.Document{Article: parallax.Article{Published: "2024-11-21"}, Text: text,
		Entities: []parallax.Entity{{ID: "e1", Start: 0, End: len(name), Text: name, Kind: parallax.KindPerson}}}
	New(sharedKB(t)).Process(doc)
	if got := doc.Entities[0].Side; got != "RUS" {
		t.Errorf("Pushilin: side %q, want RUS", got)
	}
}

// TestColombiaDefenceMinister: Colombia's defence minister of 2022-2025,
// written without accents, is the curated entry.
func TestColombiaDefenceMinister(t *testing.T) {
	text := "Defense Minister Ivan Velasquez told reporters in Cucuta that troops had been sent."
	name := "Ivan Velasquez"
	i := strings.Index(text, name)
	doc := &parallax.Document{Article: parallax.Article{Published: "2025-01-20"}, Text: text,
		Entities: []parallax.Entity{{ID: "e1", Start: i, End: i + len(name), Text: name, Kind: parallax.KindPerson}}}
	New(sharedKB(t)).Process(doc)
	if got := doc.Entities[0]; got.Actor != "Iván Velásquez Gómez" || got.Side != "COL" {
		t.Errorf("Velasquez: %q %q, want Iván Velásquez Gómez COL", got.Actor, got.Side)
	}
}
