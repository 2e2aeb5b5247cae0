package geo

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/gazetteer"
	"github.com/parallaxhq/parallax/internal/testutil"
)

var (
	loadOnce sync.Once
	shared   *Geoparser
	loadErr  error
)

// embedded returns the stage on the embedded gazetteer, loaded once for
// all tests.
func embedded(t testing.TB) *Geoparser {
	t.Helper()
	loadOnce.Do(func() { shared, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return shared
}

// found renders the toponyms of a text as "surface=Name/CC" for tables.
func found(p *Geoparser, text string, hints []Hint) []string {
	var out []string
	for _, t := range p.Parse(text, hints) {
		out = append(out, text[t.Start:t.End]+"="+t.Place.Name+"/"+t.Place.Country)
	}
	return out
}

func TestDetectAndResolve(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text string
		want []string // "surface/CC" that must be found
		not  []string // surfaces that must not be places
	}{
		// Place contexts, lists and admin words.
		{"Shelling hit the village of Sotk and the town of Vardenis overnight.",
			[]string{"Sotk/AM", "Vardenis/AM"}, nil},
		{"Fighting continued in the Dashkasan, Kelbajar and Lachin directions.",
			[]string{"Dashkasan/AZ", "Kelbajar/AZ", "Lachin/AZ"}, nil},
		// Romanisation families and exonyms.
		{"Positions near Basarkecher, Istisu and Gorus settlements were shelled, officials in Armenia said.",
			[]string{"Basarkecher/AM", "Istisu/AM", "Gorus/AM"}, nil},
		{"Troops entered Fuzuli and Jabrayil, and later Kalbajar district.",
			[]string{"Fuzuli/AZ", "Jabrayil/AZ", "Kalbajar/AZ"}, nil},
		// A typo in a place context, pulled to Armenia by its neighbours.
		{"Armenia said Azerbaijan attacked the cities of Garis and Jermuk.",
			[]string{"Garis/AM", "Jermuk/AM"}, nil},
		// Speaker capitals are not places.
		{"Baku said the attack was repelled, while Yerevan denies it.", nil, []string{"Baku", "Yerevan"}},
		{"The authorities in Yerevan deny that they attacked first, as they say in Baku.", nil, []string{"Yerevan", "Baku"}},
		{"Moscow has repeatedly urged restraint.", nil, []string{"Moscow"}},
		// But the same capitals as places are places.
		{"Protesters gathered in Yerevan on Sunday; flights to Baku were cancelled.",
			[]string{"Yerevan/AM", "Baku/AZ"}, nil},
		// Demonyms and people are not places.
		{"Armenian Prime Minister Nikol Pashinyan met Azerbaijani officials.", nil, []string{"Armenian", "Azerbaijani", "Nikol"}},
		// Georgia the country, Georgia the US state.
		{"Russian troops remain in Georgia near Tskhinvali.", []string{"Georgia/GE"}, nil},
		{"Voters in Atlanta, Georgia and in Savannah lined up early.", []string{"Georgia/US", "Atlanta/US", "Savannah/US"}, nil},
		// Elsewhere in the world.
		{"Russian forces shelled Kharkiv and Zaporizhzhia, Ukrainian officials said.", []string{"Kharkiv/UA", "Zaporizhzhia/UA"}, nil},
		{"Airstrikes hit Khan Younis and Rafah in the southern Gaza Strip.", []string{"Khan Younis/PS", "Rafah/PS", "Gaza Strip/PS"}, nil},
		{"Al-Shabaab fighters attacked a base near Mogadishu, Somalia.", []string{"Mogadishu/SO", "Somalia/SO"}, nil},
		// Common words are places only in a place context.
		{"The sauce had too much Tartar in it. Later a helicopter went down near the Tartar site.", []string{"Tartar/AZ"}, nil},
		{"Mobile phones were banned.", nil, []string{"Mobile"}},
		// Organisations in upper case.
		{"The UN and the CSTO met; MoD officials spoke.", nil, []string{"UN", "CSTO", "MoD"}},
		{"The US and the UK sent envoys.", []string{"US/US", "UK/GB"}, nil},
		// Arabic articles, ta marbuta and a misspelling in a place context.
		{"In Syria, near Shaddadah and near Raqqa, and in Iraq, strikes hit ISIL positions in Anbar Province.",
			[]string{"Shaddadah/SY", "Raqqa/SY", "Anbar/IQ"}, nil},
		{"Near Ar Raqqah, five strikes; near Dayr Az Zayr, one strike destroyed a pump jack.",
			[]string{"Ar Raqqah/SY", "Dayr Az Zayr/SY"}, nil},
		// Titles make people, directions are not part of the name, the
		// passive object of a reporting verb is no speaker.
		{"Major General Hassan met Secretary of State Kerry in Southern Iraq.",
			[]string{"Iraq/IQ"}, []string{"Hassan", "Kerry", "Southern"}},
		{"Paris was accused of aiding rebels in Bouake.", []string{"Paris/FR", "Bouake/CI"}, nil},
		{"The defence minister will fly back to the Gulf.", []string{"Gulf/"}, nil},
		// Countries named like common words; compound adjectives; titles;
		// country modifiers of organisations; relative-clause speakers;
		// long acronyms.
		{"China and Turkey signed a deal. Ships left China on Monday.", []string{"China/CN", "Turkey/TR"}, nil},
		{"Lawmakers in Bosnia's Serb-run Republika Srpska met; Kilifi County Commissioner Mwangi spoke.",
			[]string{"Republika Srpska/BA", "Kilifi/KE"}, []string{"Commissioner"}},
		{"Four senators of the U.S. Senate visited.", []string{"U.S./US"}, nil},
		{"Tension with Washington, which claims the system is a threat, grew.", nil, []string{"Washington"}},
		{"The ECOWAS force was activated.", nil, []string{"ECOWAS"}},
		// "Town, State" and "Town, Country" choose the town.
		{"The festival moved from Paris, Texas to Athens, Ga. last year.", []string{"Paris/US", "Athens/US"}, nil},
		{"A storm hit Springfield, Ill. on Monday.", []string{"Springfield/US"}, nil},
		{"Refugees reached Gori, Georgia, on foot.", []string{"Gori/GE", "Georgia/GE"}, nil},
		// A name the gazetteer lacks in the division after it falls back
		// to the division; a variant spelling of several words.
		{"The G7 talks in Charlevoix, Quebec, brought ministers together.", []string{"Charlevoix/CA", "Quebec/CA"}, nil},
		{"He was wounded in the vicinity of Ayn Issa in northern Syria.", []string{"Ayn Issa/SY"}, nil},
		{"He was involved in the retaking of Palmyra, Syria.", []string{"Palmyra/SY"}, nil},
		// A dateline names a town: a country that holds the word only
		// among its alternate names is not meant.
		{"SALVADOR - Relatives of two men killed in a police raid said their sons had no links to gangs.", []string{"SALVADOR/BR"}, nil},
		{"KUWAIT - The cabinet met on Sunday.", []string{"KUWAIT/KW"}, nil},
		// Barracks named after a person are no village of that name
		// far from the story's other places.
		{"Gunmen attacked Wilberforce barracks and the central prison in Freetown, Sierra Leone.", []string{"Freetown/SL"}, []string{"Wilberforce"}},
		{"Drones hit the Morozovsk barracks in the Rostov region.", []string{"Morozovsk/RU"}, nil},
		{"FREETOWN - The toll of Monday's attack on Wilberforce barracks rose to 21.", []string{"FREETOWN/SL"}, []string{"Wilberforce"}},
		{"KYIV - A drone hit the Pokrovsk barracks overnight.", []string{"Pokrovsk/UA"}, nil},
		// A name joined by a lower-case particle opening a sentence.
		{"Vaulx-en-Velin experienced a night of urban violence.", []string{"Vaulx-en-Velin/FR"}, nil},
		{"Inmates escaped from the Pul-e-Charkhi prison east of Kabul.", []string{"Kabul/AF"}, nil},
	} {
		got := found(p, c.text, nil)
		joined := "|" + strings.Join(got, "|") + "|"
		for _, w := range c.want {
			parts := strings.SplitN(w, "/", 2)
			ok := false
			for _, g := range got {
				if strings.HasPrefix(g, parts[0]+"=") && strings.HasSuffix(g, "/"+parts[1]) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q: want %s, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if strings.Contains(joined, "|"+n+"=") {
				t.Errorf("%q: %s is not a place here, got %v", c.text, n, got)
			}
		}
	}
}

func TestHints(t *testing.T) {
	p := embedded(t)
	text := "Paris Hilton arrived. Jordan Henderson scored. He flew to Jordan."
	hints := []Hint{{Start: 0, End: 12, Person: true}, {Start: 22, End: 38, Person: true}}
	got := found(p, text, hints)
	if len(got) != 1 || !strings.HasPrefix(got[0], "Jordan=") {
		t.Errorf("people named like places: got %v, want only the country Jordan", got)
	}
	// Organisation names: a leading country stays, other places inside
	// go, unless in a place context; a prominent place the tagger calls a
	// person stays.
	text = "The Kenya Interior Ministry met Radio France International staff. Sydney is shrouded in smoke."
	hints = []Hint{{Start: 4, End: 27}, {Start: 32, End: 58}, {Start: 66, End: 72, Person: true}}
	got = found(p, text, hints)
	if strings.Join(got, "|") != "Kenya=Kenya/KE|Sydney=Sydney/AU" {
		t.Errorf("organisations and tagger errors: got %v", got)
	}
	// An NER place span that the capitalised runs miss is looked up.
	text = "they marched on kharkiv at dawn"
	got = found(p, text, []Hint{{Start: 16, End: 23, Place: true}})
	if len(got) != 1 || !strings.HasSuffix(got[0], "/UA") {
		t.Errorf("NER span: got %v", got)
	}
	// A common word that ends a longer tagged name the gazetteer lacks is
	// that name's head noun ("Soviet Union", "Islamic Republic"), not a
	// place of its own; a tagged place name that is not a common word
	// keeps the tag's weight.
	for _, c := range []struct{ text, name string }{
		{"After the collapse of the Soviet Union in 1991, troops left.", "Soviet Union"},
		{"Leaders of the Islamic Republic rejected the offer.", "Islamic Republic"},
		{"Envoys of the Westmark Federation met in private.", "Westmark Federation"},
	} {
		i := strings.Index(c.text, c.name)
		got = found(p, c.text, []Hint{{Start: i, End: i + len(c.name), Place: true}})
		if len(got) != 0 {
			t.Errorf("%q: head noun of a tagged name taken for a place: %v", c.text, got)
		}
	}
	// A name joined by a lower-case particle that the tagger calls a
	// person is still the place.
	text = "Vaulx-en-Velin experienced a night of urban violence."
	got = found(p, text, []Hint{{Start: 0, End: len("Vaulx-en-Velin"), Person: true}})
	if len(got) != 1 || !strings.HasSuffix(got[0], "/FR") {
		t.Errorf("a particle compound tagged as a person: got %v", got)
	}
	text = "Refugees crossed into Northern Ireland and then Bosnia."
	i := strings.Index(text, "Northern Ireland")
	got = found(p, text, []Hint{{Start: i, End: i + len("Northern Ireland"), Place: true}})
	if len(got) == 0 || !strings.HasPrefix(got[0], "Northern Ireland=") {
		t.Errorf("a tagged name the gazetteer knows whole: got %v", got)
	}
}

// TestResolutionSmall checks the resolver's priors and coherence on a
// gazetteer built by hand.
func TestResolutionSmall(t *testing.T) {
	b := gazetteer.NewBuilder()
	b.Add(1, "Springfield", 39.80, -89.64, 116000, "P.PPLA", "US", "Illinois")
	b.Add(2, "Springfield", 37.21, -93.29, 169000, "P.PPL", "US", "Missouri")
	b.Add(3, "Illinois", 40.0, -89.0, 12000000, "A.ADM1", "US", "Illinois")
	b.Add(4, "Peoria", 40.69, -89.59, 113000, "P.PPL", "US", "Illinois")
	b.Add(7, "Branson", 36.64, -93.22, 12000, "P.PPL", "US", "Missouri")
	b.Add(5, "Tartar", 40.34, 46.93, 18000, "P.PPLA", "AZ", "Tartar")
	b.Add(6, "Tartar River", 40.25, 46.60, 0, "H.STM", "AZ", "", "Tartar")
	p := New(b.Gazetteer())
	for _, c := range []struct{ text, surface, want string }{
		// Without context the state capital wins over the larger town...
		{"Springfield is large.", "Springfield", "Springfield/US/Illinois"},
		// ...near Branson, the Missouri one does.
		{"From Branson we drove to Springfield.", "Springfield", "Springfield/US/Missouri"},
		{"Shelling near Tartar continued.", "Tartar", "Tartar/AZ/P.PPLA"},
		{"Bodies were found in the Tartar river.", "Tartar", "Tartar River/AZ/H.STM"},
	} {
		var got []string
		for _, tp := range p.Parse(c.text, nil) {
			if c.text[tp.Start:tp.End] == c.surface {
				last := tp.Place.Admin1
				if strings.Contains(c.want, ".") {
					last = tp.Place.Feature
				}
				got = append(got, tp.Place.Name+"/"+tp.Place.Country+"/"+last)
			}
		}
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: %s resolved to %v, want %s", c.text, c.surface, got, c.want)
		}
	}
}

func TestProcessEntities(t *testing.T) {
	p := embedded(t)
	doc := &parallax.Document{Text: "Shelling hit Stepanakert. Officials in Goris said nothing.",
		Entities: []parallax.Entity{{ID: "e1", Start: 13, End: 24, Text: "Stepanakert", Kind: parallax.KindLocation}}}
	p.Process(doc)
	if len(doc.Places) != 2 || doc.Places[0].ID != "p1" || doc.Places[1].ID != "p2" {
		t.Fatalf("places: %+v", doc.Places)
	}
	if doc.Places[0].Country != "AZ" || doc.Places[0].GeonameID == 0 || doc.Places[0].Feature == "" {
		t.Errorf("Stepanakert: %+v", doc.Places[0])
	}
	if doc.Entities[0].Kind != parallax.KindGPE {
		t.Errorf("the NER entity covering Stepanakert should become gpe, is %s", doc.Entities[0].Kind)
	}
	if len(doc.Entities) != 2 || doc.Entities[1].ID != "g1" || doc.Entities[1].Text != "Goris" {
		t.Errorf("entities: %+v", doc.Entities)
	}
}

func TestGoldenSeeds(t *testing.T) {
	p := embedded(t)
	var lines []string
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		p.Process(doc)
		for _, pl := range doc.Places {
			lines = append(lines, fmt.Sprintf("%s\t%d\t%d\t%s\t%s\t%d\t%.3f\t%.3f\t%s\t%s\t%s",
				a.ID, pl.Start, pl.End, pl.Text, pl.Name, pl.GeonameID, pl.Lat, pl.Lon, pl.Country, pl.Admin1, pl.Feature))
		}
	}
	testutil.Golden(t, "seeds.places.tsv", []byte(strings.Join(lines, "\n")+"\n"))
}

func FuzzParse(f *testing.F) {
	p := embedded(f)
	for _, s := range []string{"Shelling near Gorus and Garis.", "Baku said.", "Ahmedbeyli-Fizuli-Shusha highway",
		"the area of al-Mawasi", "al-", "the Zamzam displacement camp", "(Times of Israel)", "The group's spokesman in Sanaa said",
		"GOMA, Nov. 3", "Nov.", "Tues.", "the Line of", "Line of Control", "the Hakari bridge",
		"in \xff Jermuk", "U.S.", "the village of", "’s", "Kǝlbǝcǝr’s",
		// Datelines, group names and their parts, sentence demonyms.
		"KYIV, (", "(GOMA) -", "Hamas-run Islamic State Khorasan", "Israeli strikes in Gaza.", "Pul-e-",
		// Countries named in the sentence, divisions named like countries.
		"Israel said Gaza.", "ATLANTA - Georgia and Alabama", "A and B in Punjab", "Lebanon's state",
		// Abbreviations of states and provinces, local rescues, strikes.
		"MARIETTA, Ga. -", "Las Vegas, N.M.,", "London, Ont", "a man from Muscle Shoals, Ala.",
		"Russian troops shelled Pokrovsk", "Lassa fever", "Toyota, based in",
		// Borrowed names, division seats, direction adjectives.
		"in Salem", "Bethlehem, Vancouver", "Odessa region", "Nyala, South Darfur", "Sur near Tyre",
		// Tallies, disease modifiers, inner capitals, connectors, listed
		// namesakes, provinces after a comma.
		"Peru reported 28,000 cases", "Middle East respiratory", "KwaZulu-Natal", "Rio Grande do",
		"from Peru and Plymouth", "Benin-Auchi road", "San Fernando, La", "the Jacuí river",
		// Session 9: list "states", name pairs, dateline homes, forces,
		// demonym divisions, "de la", streets and bays, "St.", "Co",
		// storms, "The Village of".
		"Ondo, Edo and Bauchi states accounting", "with Ladysmith and Estcourt cut", "WINDSOR, Ont. — Essex County",
		"Gwent Police said", "the Somali region", "Rincón de la", "near Central Square", "Swartz Bay",
		"St. Tammany Parish", "St.", "Co Clare", "Co.", "Hurricane Nadia", "The Village of", "the Bruce Highway",
		// Session 11: neighbourhood clusters, dishes, feasts, Persian
		// connectors, drives and parks, "River X", dateline words.
		"PORTSMOUTH — Dover and Rochester", "Brussels sprouts", "St. Patrick's Day", "Mazar-e Sharif", "Mazar-e",
		"Pul-e Khumri and", "Lake Shore Drive", "from Hyde Park to", "the River Forth", "River", "NORMAL, Ill. —"} {
		f.Add(s, 0, 3)
	}
	f.Fuzz(func(t *testing.T, text string, hs, he int) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Text: text, Entities: []parallax.Entity{{Start: hs, End: he, Kind: parallax.KindLocation}}}
		if hs < 0 || he > len(text) || hs > he {
			doc.Entities = nil
		}
		p.Process(doc)
		for _, pl := range doc.Places {
			if pl.Start < 0 || pl.End > len(text) || pl.Start >= pl.End || text[pl.Start:pl.End] != pl.Text {
				t.Fatalf("bad place span %+v in %q", pl, text)
			}
		}
		for _, e := range doc.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End {
				t.Fatalf("bad entity span %+v", e)
			}
		}
	})
}

// BenchmarkResolve measures toponyms resolved per second on the seed
// articles (detection and resolution together).
func BenchmarkResolve(b *testing.B) {
	p := embedded(b)
	seeds := testutil.Seeds(b)
	n := 0
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, a := range seeds {
			n += len(p.Parse(a.Body, nil))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "toponyms/s")
	// Per CPU second: on a shared machine wall time also counts the wait
	// for a core. Run with -cpu 1 for the per-core figure.
	if d := cpuTime() - cpu; d > 0 {
		b.ReportMetric(float64(n)/d.Seconds(), "toponyms/cpu-s")
	}
}

// TestParticleCompound: hyphens joining a lower-case particle to
// capitalised parts make a place's compound name; other hyphenated words
// do not.
func TestParticleCompound(t *testing.T) {
	for s, want := range map[string]bool{
		"Vaulx-en-Velin":      true,
		"Stratford-upon-Avon": true,
		"Rostov-on-Don":       true,
		"Saint-Denis":         false,
		"Pro-government":      false,
		"Al-Raqqa":            false,
		"Jean-Claude-Marie":   false,
		"Follow-up":           false,
		"State-run-media":     false,
	} {
		if got := particleCompound(s); got != want {
			t.Errorf("particleCompound(%q) = %v, want %v", s, got, want)
		}
	}
}
