package geo

import (
	"strings"
	"testing"
)

// TestOrdinaryNews checks the patterns of local and general news that the
// seventh probe battery found (our own sentences, invented names): AP
// state abbreviations, small towns the tagger calls people or
// organisations in an article that places them, a name's qualifier
// ("Frankfurt (Oder)"), rivers, mountains and regions, a name after "in
// the" before a verb, party members named by their place. want entries
// are "surface=CC/Admin1" (Admin1 a prefix, may be empty); tagged lists
// spans the tagger calls a person ("P:"), an organisation ("O:") or a
// place ("L:").
func TestOrdinaryNews(t *testing.T) {
	checkParseCases(t, []parseCase{
		// AP abbreviations after a place and a comma are the state.
		{"DECATUR, Ala. — Two brothers were arrested after a chase.", nil,
			[]string{"DECATUR=US/Alabama", "Ala.=US/Alabama"}, nil},
		{"A barn burned near Lebanon, Pa., on Sunday night.", nil,
			[]string{"Lebanon=US/Pennsylvania", "Pa.=US/Pennsylvania"}, nil},
		{"The mill in Roswell, N.M., closed after the flood.", nil,
			[]string{"Roswell=US/New Mexico", "N.M.=US/New Mexico"}, nil},
		{"CLARKSVILLE, Tenn. (AP) — The county school board met late.", nil,
			[]string{"CLARKSVILLE=US/Tennessee", "Tenn.=US/Tennessee"}, nil},
		// ... and Canadian provinces' abbreviations the province.
		{"LONDON, Ont. — Two men were charged after a break-in downtown.", nil,
			[]string{"LONDON=CA/Ontario", "Ont.=CA/Ontario"}, nil},
		{"Hail hit farms near Red Deer, Alta., and Brandon, Man., on Friday.", nil,
			[]string{"Red Deer=CA/Alberta", "Alta.=CA/Alberta", "Brandon=CA/Manitoba", "Man.=CA/Manitoba"}, nil},
		// Without its dot, or not after a place, it is no state.
		{"Farida Ala, who runs the shelter, spoke first.", nil, nil, []string{"Ala"}},
		{"Ga Osei and Mo Danso were named to the board.", nil, nil, []string{"Ga", "Mo"}},
		// Small towns the tagger calls people or organisations, placed
		// by the article's own division.
		{"GADSDEN, Ala. — A woman from Attalla was charged with theft at a store in Gadsden.",
			[]string{"O:Attalla"}, []string{"Attalla=US/Alabama"}, nil},
		{"ODESSA, Texas — A Kermit man died when his truck overturned near Odessa, Texas troopers said.",
			[]string{"O:Kermit"}, []string{"Kermit=US/Texas"}, nil},
		{"Heavy rain moved into eastern Victoria, where Bairnsdale and Orbost braced for floods.",
			[]string{"P:Bairnsdale", "P:Orbost"}, []string{"Bairnsdale=AU/Victoria", "Orbost=AU/Victoria"}, nil},
		// A person's name too, listed with a place after a preposition.
		{"GREELEY, Colo. — Volunteers from Loveland and Parker filled sandbags along the river.",
			[]string{"P:Parker"}, []string{"Parker=US/Colorado"}, nil},
		// ... but a person's name the tagger gives is not taken back
		// without such words around it.
		{"GADSDEN, Ala. — Attalla said the store in Gadsden would reopen.",
			[]string{"P:Attalla"}, []string{"GADSDEN=US/Alabama"}, []string{"Attalla"}},
		// A qualifier in a namesake's own name.
		{"The airline moved its hub from Frankfurt to Munich and Hamburg.", nil,
			[]string{"Frankfurt=DE/Hesse", "Munich=DE/Bavaria"}, nil},
		{"Bankers in Frankfurt and Berlin expect lower rates.", nil,
			[]string{"Frankfurt=DE/Hesse", "Berlin=DE/"}, nil},
		// Rivers, mountains, ranges and regions.
		{"Cargo ships waited on the Rhine as levels dropped near Cologne.", nil,
			[]string{"Rhine=DE/", "Cologne=DE/"}, nil},
		{"Floods along the Ganges displaced thousands near Patna.", nil,
			[]string{"Ganges=IN/", "Patna=IN/"}, nil},
		{"Snow closed passes in the Himalayas and the Hindu Kush.", nil,
			[]string{"Himalayas=NP/", "Hindu Kush=AF/"}, nil},
		{"A heat dome settled over the Pacific Northwest and the Midwest.", nil,
			[]string{"Pacific Northwest=US/", "Midwest=US/"}, nil},
		{"Tourists were evacuated from Yosemite National Park as fire spread.", nil,
			[]string{"Yosemite National Park=US/California"}, nil},
		// "in the X said": where the speakers are, not who speaks.
		{"Farmers in the Central Valley said the drought cut their harvest.", nil,
			[]string{"Central Valley=US/California"}, nil},
		// The party that strikes says where the front is, not that the
		// place is in its country.
		{"Russian troops shelled Pokrovsk overnight, the city's military administration said.", nil,
			[]string{"Pokrovsk=UA/Donetsk"}, nil},
		{"Russian forces have again struck Pokrovsk, officials said.", nil,
			[]string{"Pokrovsk=UA/Donetsk"}, nil},
		{"Ukrainian drones struck Engels overnight.", nil, []string{"Engels=RU/Saratov"}, nil},
		{"Israeli jets struck targets in Gaza, medics said.", nil, []string{"Gaza=PS/"}, nil},
		// A demonym that is no party to a strike still vouches for its
		// country.
		{"The Russian town of Pokrovsk in Yakutia froze at minus 50.", nil, []string{"Pokrovsk=RU/Sakha"}, nil},
		// Diseases, institutions and companies named after places.
		{"Health workers in Liberia reported new cases of Lassa fever near Monrovia.", nil,
			[]string{"Liberia=LR/", "Monrovia=LR/"}, []string{"Lassa"}},
		{"Health officials in Rwanda said the Marburg virus outbreak was over.", nil, []string{"Rwanda=RW/"}, []string{"Marburg"}},
		{"Kenya's disease control agency reported cases in Mombasa.", nil, []string{"Kenya=KE/", "Mombasa=KE/"}, nil},
		{"Students at the University of Oregon in Eugene protested.", nil,
			[]string{"Eugene=US/Oregon"}, []string{"University"}},
		{"She joined the Centre for Marine Studies at the University of Bergen.", nil, nil, []string{"Centre", "University"}},
		{"Hitachi, based in Tokyo, will build a plant in Pennsylvania.", nil,
			[]string{"Tokyo=JP/", "Pennsylvania=US/Pennsylvania"}, []string{"Hitachi"}},
		// America is the United States; pronouns with contracted verbs
		// and common words that only towns' alternate names hold are no
		// places.
		{"Farmers across America face higher costs, the senator from Iowa said.", nil,
			[]string{"America=US/", "Iowa=US/Iowa"}, nil},
		{"I've lived in Ohio all my life, and we'll stay.", []string{"L:I've"}, []string{"Ohio=US/Ohio"}, []string{"I've"}},
		{"Was that the year you moved to Ely, Nev.? Do you miss it?", []string{"L:Was", "L:Do"}, []string{"Ely=US/Nevada", "Nev.=US/Nevada"}, []string{"Was", "Do"}},
		{"Life on Earth began in the oceans, and English is spoken in Indiana.", nil, []string{"Indiana=US/Indiana"}, []string{"Earth", "English"}},
		{"Muslims in Jakarta began fasting for Ramadan on Monday.", []string{"L:Ramadan"}, []string{"Jakarta=ID/"}, []string{"Ramadan"}},
		{"Pilgrims gathered on Mount Arafat outside Mecca.", nil, []string{"Mount Arafat=SA/", "Mecca=SA/"}, nil},
		{"Voters want Peace at the Top.", []string{"L:Voters", "L:Peace", "L:Top"}, nil, []string{"Voters", "Peace", "Top"}},
		// A party member named by the place, also where the tagger calls
		// the two words an organisation.
		{"A Sacramento Democrat proposed the bill in California.", []string{"O:Sacramento Democrat"},
			[]string{"Sacramento=US/California"}, nil},
		{"A Houston Republican and a Dallas Democrat wrote the bill.", nil,
			[]string{"Houston=US/Texas", "Dallas=US/Texas"}, nil},
	})
}

// parseCase is a sentence for Parse with the tagger's spans ("P:", "O:"
// or "L:" and the surface), the places wanted ("surface=CC/Admin1",
// Admin1 a prefix, may be empty) and the surfaces that must be no place.
type parseCase struct {
	text   string
	tagged []string
	want   []string
	not    []string
}

func checkParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	p := embedded(t)
	for _, c := range cases {
		var hints []Hint
		for _, h := range c.tagged {
			kind, s, _ := strings.Cut(h, ":")
			i := strings.Index(c.text, s)
			if i < 0 {
				t.Fatalf("%q: tagged %q not in text", c.text, s)
			}
			hints = append(hints, Hint{Start: i, End: i + len(s), Person: kind == "P", Place: kind == "L"})
		}
		got := map[string][]string{}
		for _, top := range p.Parse(c.text, hints) {
			s := c.text[top.Start:top.End]
			got[s] = append(got[s], top.Place.Country+"/"+top.Place.Admin1)
		}
		for _, w := range c.want {
			surface, want, _ := strings.Cut(w, "=")
			cc, a1, _ := strings.Cut(want, "/")
			ok := false
			for _, g := range got[surface] {
				gcc, ga1, _ := strings.Cut(g, "/")
				ok = ok || gcc == cc && strings.HasPrefix(ga1, a1)
			}
			if !ok {
				t.Errorf("%q: %s not found; got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if len(got[n]) > 0 {
				t.Errorf("%q: %s is not a place here; got %v", c.text, n, got)
			}
		}
	}
}
