package dateline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// describe renders the first dateline of text as
// "PLACE|PLACE date=DATE credit=CREDIT close=KIND caps body=FIRST WORDS",
// or "" when there is none.
func describe(text string) string {
	ds := Read(text)
	if len(ds) == 0 {
		return ""
	}
	d := ds[0]
	var places []string
	for _, p := range d.Places {
		places = append(places, text[p.Start:p.End])
	}
	out := strings.Join(places, "|")
	if d.Date != (parallax.Span{}) {
		out += " date=" + text[d.Date.Start:d.Date.End]
	}
	if d.Credit != (parallax.Span{}) {
		out += " credit=" + text[d.Credit.Start:d.Credit.End]
	}
	out += " close=" + [...]string{"?", "dash", "colon", "stop", "line"}[d.Close]
	if d.Caps {
		out += " caps"
	}
	if d.Bracketed {
		out += " bracketed"
	}
	if d.Towns > 1 {
		out += " towns=" + string(rune('0'+d.Towns))
	}
	body := text[d.Body:]
	if f := strings.Fields(body); len(f) > 0 {
		out += " body=" + f[0]
	}
	return out
}

// TestRead reads datelines in the styles of wire agencies, state
// agencies and regional papers, and lines that hold none. The sentences
// are written for this test.
func TestRead(t *testing.T) {
	cases := []struct{ name, text, want string }{
		// wire agencies
		{"AP with country", "DUBAI, United Arab Emirates (AP) — Two tankers collided off the coast.",
			"DUBAI|United Arab Emirates credit=AP close=dash caps body=Two"},
		{"Reuters with date", "BAKU, Sept. 13 (Reuters) - Azerbaijan said its posts came under fire.",
			"BAKU date=Sept. 13 credit=Reuters close=dash caps body=Azerbaijan"},
		{"Reuters long country", "GOMA, Democratic Republic of Congo, Jan 28 (Reuters) - Rebels entered the town.",
			"GOMA|Democratic Republic of Congo date=Jan 28 credit=Reuters close=dash caps body=Rebels"},
		{"two towns", "JERUSALEM/BEIRUT, June 15 (Reuters) - Rockets were fired overnight.",
			"JERUSALEM|BEIRUT date=June 15 credit=Reuters close=dash caps towns=2 body=Rockets"},
		{"AFP no date", "NIAMEY (AFP) - Gunmen attacked a convoy near the border.",
			"NIAMEY credit=AFP close=dash caps body=Gunmen"},
		{"two-word credit", "LIMA, Oct 2 (Example Wire) - Police cleared the square.",
			"LIMA date=Oct 2 credit=Example Wire close=dash caps body=Police"},
		{"AP state abbreviation", "SPRINGFIELD, Ill. (AP) — A tornado struck the county fair.",
			"SPRINGFIELD|Ill. credit=AP close=dash caps body=A"},
		{"saint in capitals", "ST. PAUL, Minn. (AP) — The council voted on Tuesday.",
			"ST. PAUL|Minn. credit=AP close=dash caps body=The"},
		{"day month year", "Maputo, 14 Jun 2023 (Lusa) - Troops retook the port town.",
			"Maputo date=14 Jun 2023 credit=Lusa close=dash body=Troops"},
		{"comma before the agency", "DAMASCUS, (SANA) - The ministry said the road was reopened.",
			"DAMASCUS credit=SANA close=dash caps body=The"},
		{"weekday before the date", "HEBRON, Tuesday, July 9, 2024 (Example Agency) - Forces raided the old city.",
			"HEBRON date=Tuesday, July 9, 2024 credit=Example Agency close=dash caps body=Forces"},
		{"short weekday", "HERAT, Weds. (AFP) - A bomb went off near the mosque.",
			"HERAT date=Weds. credit=AFP close=dash caps body=A"},
		{"double hyphen", "BEIJING, Sept. 3 (Xinhua) -- China held a parade on Wednesday.",
			"BEIJING date=Sept. 3 credit=Xinhua close=dash caps body=China"},
		{"apostrophe town", "SANA'A, March 23 (Saba) - Airstrikes hit the port.",
			"SANA'A date=March 23 credit=Saba close=dash caps body=Airstrikes"},
		// state agencies
		{"TASS", "MOSCOW, October 18. /TASS/. Air defences downed nine drones.",
			"MOSCOW date=October 18 credit=TASS close=stop caps body=Air"},
		{"Armenpress", "YEREVAN, SEPTEMBER 13, ARMENPRESS. At 00:05 the shelling began.",
			"YEREVAN date=SEPTEMBER 13 credit=ARMENPRESS close=stop caps body=At"},
		{"date and stop", "YEREVAN, NOVEMBER 16. Azerbaijani units opened fire.",
			"YEREVAN date=NOVEMBER 16 close=stop caps body=Azerbaijani"},
		{"Mediamax slashes", "Yerevan/Mediamax/. The ministry reported two wounded.",
			"Yerevan credit=Mediamax close=stop body=The"},
		{"SANA after comma", "Idlib, SANA- Army units repelled an attack.",
			"Idlib credit=SANA close=dash body=Army"},
		{"agency in brackets mixed case", "Phnom Penh, June 5 (AKP) - Troops exchanged fire at the temple.",
			"Phnom Penh date=June 5 credit=AKP close=dash body=Troops"},
		{"APP colon", "ISLAMABAD, May 7 (APP): The air force said it downed two jets.",
			"ISLAMABAD date=May 7 credit=APP close=colon caps body=The"},
		// regional dailies
		{"Dawn colon", "QUETTA: Four levies personnel were martyred in an attack.",
			"QUETTA close=colon caps body=Four"},
		{"bare dash", "KIGALI - The government rejected the report.",
			"KIGALI close=dash caps body=The"},
		{"two-word capital", "ADDIS ABABA - The federal army said it retook the town.",
			"ADDIS ABABA close=dash caps body=The"},
		{"en dash with date", "BISHKEK, September 16 – At least ten people were killed.",
			"BISHKEK date=September 16 close=dash caps body=At"},
		{"town and country in capitals", "MARANCHON, SPAIN — The wind farm stood still.",
			"MARANCHON|SPAIN close=dash caps body=The"},
		{"lower-case town dash", "Rabat - One person was hurt when a shell fell.",
			"Rabat close=dash body=One"},
		{"town, state, country", "Dayton, Ohio, United States - This week the fair opened.",
			"Dayton|Ohio|United States close=dash body=This"},
		{"town in brackets after date", "March 3, 2025 (KHARTOUM) - Shelling resumed in the capital.",
			"KHARTOUM date=March 3, 2025 close=dash caps bracketed body=Shelling"},
		{"quote after dash", "KYIV - \"We will hold,\" the commander said.",
			"KYIV close=dash caps body=\"We"},
		{"alone on its line", "ANKARA\n\nTurkish forces struck targets in the north.",
			"ANKARA close=line caps body=Turkish"},
		{"numeric date line", "MONTE CARLO 1996-08-08\nThe race was run in rain.",
			"MONTE CARLO date=1996-08-08 close=line caps body=The"},
		{"numeric date line with country", "SOTOGRANDE , Spain 1996-10-31",
			"SOTOGRANDE|Spain date=1996-10-31 close=line caps"},
		// the Spanish- and French-language press
		{"full stop and dash", "MONTERREY, Nuevo León.- Three officers were hurt at a checkpoint.",
			"MONTERREY|Nuevo León close=dash caps body=Three"},
		{"town alone, full stop and dash", "TRUJILLO.- The market reopened on Monday.",
			"TRUJILLO close=dash caps body=The"},
		{"French short month", "DAKAR, 14 févr. (Example) - Fishermen blocked the port.",
			"DAKAR date=14 févr. credit=Example close=dash caps body=Fishermen"},
		{"French month in full", "BAMAKO, 2 mars (Example) - The convoy left at dawn.",
			"BAMAKO date=2 mars credit=Example close=dash caps body=The"},
		{"Spanish day de month", "OAXACA, 9 de julio.- Teachers marched to the square.",
			"OAXACA date=9 de julio close=dash caps body=Teachers"},
		{"full stop and dash in a sentence", "He left early.- Then it rained.", ""},
		// none
		{"no dateline", "Rebels seized two villages on Monday, the army said.", ""},
		{"place starts a sentence", "Kyiv said on Monday that the strikes had stopped.", ""},
		{"place and comma in a sentence", "Kharkiv, the second city, was shelled again.", ""},
		{"headline topic", "South Lebanon: Militants fire rockets at the north", ""},
		{"headline lower case after colon", "Djibo: the army repels an attack", ""},
		{"title case headline", "Rebels Say Dozens Killed In Army Offensive\n\nBy Staff", ""},
		{"headline with dash in lower case", "Kyiv - based analysts doubt the figures", ""},
		{"mixed-case line alone", "Syria\n\nAircraft struck two targets.", ""},
		{"date line", "Friday, August 21, 2015\n\nThe talks opened.", ""},
		{"speaker line", "Minister Ellwood said:\n\nThe attack was appalling.", ""},
		{"empty", "", ""},
		{"starts with a figure", "12 soldiers were killed - officials said.", ""},
	}
	for _, c := range cases {
		if got := describe(c.text); got != c.want {
			t.Errorf("%s: %q\n got %q\nwant %q", c.name, c.text, got, c.want)
		}
	}
}

// TestReadParagraphs reads a dateline below a headline and byline, and
// one at the head of each entry of a live page.
func TestReadParagraphs(t *testing.T) {
	text := "Drones strike fuel depot\n\nBy A. Writer\n\nKHERSON, May 2 (Example Wire) - Drones hit a depot.\nOfficials said more were seen.\n\nODESA - A port was hit later."
	ds := Read(text)
	if len(ds) != 2 {
		t.Fatalf("got %d datelines, want 2: %+v", len(ds), ds)
	}
	if got := text[ds[0].Places[0].Start:ds[0].Places[0].End]; got != "KHERSON" {
		t.Errorf("first dateline's place %q", got)
	}
	if got := text[ds[1].Start:ds[1].End]; got != "ODESA -" {
		t.Errorf("second dateline %q", got)
	}
	if d, ok := Opening(ds, ds[1].Start); !ok || d.Start != ds[1].Start {
		t.Error("Opening missed the second dateline")
	}
	if _, ok := Opening(ds, ds[1].Start+1); ok {
		t.Error("Opening found a dateline inside a word")
	}
	if d, ok := Containing(ds, ds[0].Date.Start); !ok || d.Start != ds[0].Start {
		t.Error("Containing missed the date")
	}
	if _, ok := Containing(ds, ds[0].Body); ok {
		t.Error("the body is inside the dateline")
	}
	if !ds[0].InPlaces(ds[0].Places[0]) || ds[0].InPlaces(ds[0].Date) {
		t.Error("InPlaces")
	}
}

// TestOf checks that a document's datelines are read once while it keeps
// derived values, and read from its text otherwise.
func TestOf(t *testing.T) {
	doc := &parallax.Document{Text: "KABUL - A blast hit the city."}
	if ds := Of(doc); len(ds) != 1 || ds[0].Body != 8 {
		t.Fatalf("Of without the cache: %+v", ds)
	}
	doc.KeepDerived()
	a, b := Of(doc), Of(doc)
	if &a[0] != &b[0] {
		t.Error("read twice")
	}
}

// checkOffsets checks the invariants of every dateline of text: spans
// inside the text, on rune boundaries, in order, the body after the
// dateline.
func checkOffsets(t *testing.T, text string) {
	t.Helper()
	ok := func(s parallax.Span) bool {
		return s.Start >= 0 && s.Start <= s.End && s.End <= len(text) &&
			(s.Start == len(text) || utf8.RuneStart(text[s.Start])) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
	}
	prev := -1
	for _, d := range Read(text) {
		if !ok(d.Span) || d.Start <= prev || len(d.Places) == 0 || d.Close == 0 {
			t.Fatalf("%q: bad dateline %+v", text, d)
		}
		prev = d.End
		for _, s := range append([]parallax.Span{d.Date, d.Credit}, d.Places...) {
			if s != (parallax.Span{}) && (!ok(s) || !d.Span.Contains(s) && !(d.Close == Line && s.End <= d.End)) {
				t.Fatalf("%q: part %v outside dateline %v", text, s, d.Span)
			}
		}
		if d.Body < d.End || d.Body > len(text) {
			t.Fatalf("%q: body %d before the dateline's end %d", text, d.Body, d.End)
		}
	}
}

// FuzzRead reads any UTF-8 (and any bytes) without a panic, with every
// offset inside the text.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"DUBAI, United Arab Emirates (AP) — Two tankers collided.",
		"MOSCOW, October 18. /TASS/. Air defences downed nine drones.",
		"Yerevan/Mediamax/. The ministry",
		"March 3, 2025 (KHARTOUM) - Shelling",
		"ANKARA\n\nTurkish forces",
		"SOTOGRANDE , Spain 1996-10-31",
		"КИЕВ, 3 марта - Удар",
		"İSTANBUL — Ä\xff(",
		"A (B) -",
		"X, Sept.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkOffsets(t, text)
	})
}

// BenchmarkRead reads the datelines of a long story whose every
// paragraph opens with a capitalised word.
func BenchmarkRead(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("KHERSON, May 2 (Example Wire) - Drones hit a fuel depot in the city, the governor said.\n")
	for i := 0; i < 200; i++ {
		sb.WriteString("Officials said the fire was put out by morning and that two workers were hurt.\n")
		sb.WriteString("The Regional Military Administration gave no figure for the drones downed.\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Read(text)
	}
}
