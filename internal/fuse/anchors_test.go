package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestNameWord: a capitalised word and digits of three figures are names;
// a weekday, a month, a lower-case word and a short number are not.
func TestNameWord(t *testing.T) {
	const text = "Police in Korvela said on Tuesday 3 May that 1,240 people and 14 officers were hurt"
	want := map[string]bool{"Police": true, "Korvela": true, "said": false, "Tuesday": false, "3": false,
		"May": false, "1": false, "240": true, "14": false, "officers": false}
	scanWords(text, nil, func(w word) {
		if v, ok := want[text[w.Start:w.End]]; ok && nameWord(text, w) != v {
			t.Errorf("%q: name %v, want %v", text[w.Start:w.End], !v, v)
		}
	})
}

// TestIssuedDocument: a title that opens with an issued document's noun
// and "of", "by" or "from" and a name is a party's own statement, and the
// name is its issuer's, up to a word that turns to the subject or to
// punctuation; a title where the noun is a prisoners' release, or that
// names no issuer, is not.
func TestIssuedDocument(t *testing.T) {
	for _, c := range []struct {
		title, want string
	}{
		{"Communique of the Ministry of Health on the cholera outbreak in Tarsa", "the Ministry of Health"},
		{"Press release by the Port Authority of Velmar", "the Port Authority of Velmar"},
		{"Note from the Civil Protection Directorate: floods in the north", "the Civil Protection Directorate"},
		{"Statement of FARV General Command regarding the ceasefire", "FARV General Command"},
		{"Joint statement of the two governments", ""},
		{"Release of 40 fishermen held at sea", ""},
		{"Qatar brokers release of hostages between the parties", ""},
		{"Ministry says statement of accounts was forged", ""},
		{"Velmar port reopens after strike", ""},
	} {
		doc := &parallax.Document{Article: parallax.Article{Title: c.title}, Text: "Body."}
		if got := issuedDocument(doc); got != c.want {
			t.Errorf("%q: issuer %q, want %q", c.title, got, c.want)
		}
	}
	// Without a title, the first line of the text is read.
	if got := issuedDocument(&parallax.Document{Text: "Statement of the National Police\nThe National Police informs ..."}); got != "the National Police" {
		t.Errorf("first line: issuer %q, want the National Police", got)
	}
}

// TestRendersAnchors: a party's own statement, translated, and a wire's
// relay that names its speaker and the issuer render one statement by
// their names and figures, sentence by sentence, though they share few
// other words; own reporting of the same attack, the other party's claim,
// a relay two days on, a second statement with other figures, two relays,
// a relay that names no speaker or another party's, and another issuer's
// statement that gives the same toll do not.
func TestRendersAnchors(t *testing.T) {
	const statement = `The Ministry of Public Security informs the public that in the night of 3 to 4 April, armed bandits attacked the police station of Korvela, in the district of Ambeno.

The security forces repelled the attack with vigour. Fourteen (14) assailants were neutralised and nine (09) weapons recovered.

On our side, three (03) police officers lost their lives and eleven (11) others were wounded and evacuated to the hospital of Ambeno.

The Minister, General Tomas Vireo, salutes the courage of the forces.`
	const relay = `AMBENO - Gunmen attacked a police station in Korvela in the Ambeno district overnight, killing three police officers and wounding 11, the security ministry said on Tuesday.

Minister Tomas Vireo said in a statement that 14 of the attackers had been killed in the fighting and that nine weapons had been seized.

The district has seen a rise in attacks by armed gangs this year.`
	const own = `AMBENO - Relatives waited on Tuesday outside the hospital of Ambeno, where eleven police officers wounded in Korvela were being treated, a nurse said.

Residents of Korvela said the gunfire had lasted two hours and that the attackers came from the forest near the river.

Shops in the town stayed closed and the market was empty.`
	const claim = `The Ambeno Liberation Front said on Tuesday its fighters had overrun the police station in Korvela in the Ambeno district, killing 20 officers.

Its spokesman Pedro Salu said the group had lost two men and seized 30 rifles in the raid on the station.`
	const second = `The Ministry of Public Security informs the public that the toll of the attack on the police station of Korvela, in the district of Ambeno, has risen.

Seventeen (17) assailants were neutralised in the pursuit and twelve (12) weapons recovered.`
	const company = `Kelvar Mining deeply regrets to report that three of its guards died in the night of 3 to 4 April when armed bandits attacked the police station of Korvela, next to its Ambeno concession, where they were on duty.

Eleven (11) other employees were wounded. Fourteen (14) of the assailants were killed by the police and nine (09) weapons recovered, according to the authorities.

The company has suspended work at the concession and asks for a permanent police presence in Ambeno.`
	const mps = "the Ministry of Public Security"
	ix := NewIndex(DefaultOptions())
	feat := func(text, issuer string, sides ...string) *feats { return renderingFeats(ix, text, issuer, sides...) }
	day := func(d int32) *article { return &article{pub: 20000 + d} }
	for _, c := range []struct {
		name       string
		a, b       *feats
		dayA, dayB int32
		want       bool
	}{
		{"statement and relay", feat(statement, mps), feat(relay, "", "MPS"), 0, 0, true},
		{"relay and statement the next day", feat(relay, "", "MPS"), feat(statement, mps), 0, 1, true},
		{"the statement's speaker read", feat(statement, mps, "MPS"), feat(relay, "", "MPS"), 0, 0, true},
		{"relay two days on", feat(statement, mps), feat(relay, "", "MPS"), 0, 2, false},
		{"own reporting", feat(statement, mps), feat(own, "", "NURSE"), 0, 0, false},
		{"the other party's claim", feat(statement, mps), feat(claim, "", "ALF"), 0, 0, false},
		{"second statement and relay", feat(second, mps), feat(relay, "", "MPS"), 0, 0, false},
		{"two relays", feat(relay, "", "MPS"), feat(relay, "", "MPS"), 0, 0, false},
		{"two statements", feat(statement, mps), feat(statement, mps), 0, 0, false},
		{"relay naming no speaker", feat(statement, mps), feat(relay, ""), 0, 0, false},
		{"relay of another party", feat(statement, mps, "MPS"), feat(relay, "", "ALF"), 0, 0, false},
		{"a company's own statement and the ministry's relay", feat(company, "Kelvar Mining"), feat(relay, "", "MPS"), 0, 0, false},
		{"relay giving two parties' words", feat(statement, mps), feat(relay, "", "MPS", "ALF"), 0, 0, false},
	} {
		if _, got := ix.rendersAnchors(day(c.dayA), day(c.dayB), c.a, c.b); got != c.want {
			t.Errorf("%s: renders %v, want %v", c.name, got, c.want)
		}
	}
}

// TestAlignAnchors: sentences align when they share two anchors, one of
// them strong (a name either writes with a capital, a figure above
// commonFigure); one shared name, or two small figures, do not align.
func TestAlignAnchors(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	sents := func(text string) []anchorSent {
		p := ix.encodeProfile(&parallax.Document{Text: text})
		return p.anchorSents(nil)
	}
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"The National Guard attacked the Government Palace in Tarsa at night.", "Soldiers of the national guard stormed the government palace overnight, officials said.", 1},
		{"Inflation stood at 3.7% in May, the committee said in its statement.", "Prices rose 3.7% in the year to May, according to the statistics office.", 1},
		{"Police in Tarsa said the crowd was large and angry today.", "Shops in Tarsa stayed closed all day because of the protest.", 0},
		{"Two soldiers and four civilians were killed in the attack on the base.", "The attack killed two soldiers and four civilians near the base, residents said.", 0},
	} {
		if n, _, _ := alignAnchors(sents(c.a), sents(c.b)); n != c.want {
			t.Errorf("%q / %q: %d aligned, want %d", c.a, c.b, n, c.want)
		}
	}
}

// TestMinAligned: a one-sentence brief that shares its lead with a report
// of two sentences aligns one sentence, too few to render one statement.
func TestMinAligned(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	a := ix.encodeProfile(&parallax.Document{Text: "A lorry driver drove into the crowd of the Saturday market in Velmar, killing four people, police said."})
	b := ix.encodeProfile(&parallax.Document{Text: "Velmar police on Sunday named the four people killed when a lorry driver drove into the crowd of the Saturday market. The driver, 52, had been sacked by a haulage firm in the town a week earlier."})
	var pa, pb profile
	a.decode(&pa)
	b.decode(&pb)
	var scratch []chain
	sim, n := alignStatements(&pa, &pb, &scratch, false)
	if n != 1 || sim < DefaultOptions().SameStatement {
		t.Fatalf("the leads align %d sentences, share %.2f: want 1 over the SameStatement share", n, sim)
	}
	if enoughAligned(n, &pa, &pb) {
		t.Error("a brief and a report that share their lead taken for renderings of one statement")
	}
}

// TestFiguresApart: texts that both give figures and share none, one of
// them two at least, are two statements; a shared figure, one figure on
// each side, or none on one side are not told apart by figures.
func TestFiguresApart(t *testing.T) {
	for _, c := range []struct {
		a, b []uint32
		want bool
	}{
		{[]uint32{26, 41, 57, 1214}, []uint32{19, 33, 44, 1247}, true},
		{[]uint32{6, 11, 30}, []uint32{12}, true},
		{[]uint32{6, 11, 30}, []uint32{11, 30}, false},
		{[]uint32{12}, []uint32{14}, false},
		{[]uint32{26, 41}, nil, false},
	} {
		if got := figuresApart(c.a, c.b); got != c.want {
			t.Errorf("%v / %v: apart %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTemplateStatements: one ministry's weekly statements on one
// template are near duplicates by their words but give other figures
// throughout: no duplicate; a copy of one with a line added still is.
func TestTemplateStatements(t *testing.T) {
	week := func(n, caves, arms, total string) string {
		return "Within the scope of the fight against smuggling, " + n + " smugglers have been detained in the last week on the eastern border, in operations conducted by our Border Guard units in the Narva and Valga districts. " +
			"In the operation area, " + caves + " hideouts and depots used by the smugglers were destroyed, and " + arms + " weapons and large quantities of fuel and cigarettes were seized. " +
			"Since 1 January, the number of smugglers detained has reached " + total + ". Our fight will continue until the border is secure."
	}
	first := week("forty-one (41)", "twenty-six (26)", "57", "1,214")
	next := week("thirty-three (33)", "nineteen (19)", "44", "1,247")
	_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("w1", "2025-05-20", first), art("w2", "2025-05-27", next), art("copy", "2025-05-21", first+"\nShare this article")})
	var got []string
	for _, d := range dups {
		got = append(got, d.Kind+":"+strings.Join(d.Articles, "+"))
	}
	if want := []string{"near_duplicate:w1+copy"}; !slices.Equal(got, want) {
		t.Errorf("duplicates %q, want %q", got, want)
	}
}

// TestKeepsFigures: copies and renderings keep three quarters of the
// fewer's figures; two daily summaries on one template that share a few
// small figures by chance do not.
func TestKeepsFigures(t *testing.T) {
	for _, c := range []struct {
		a, b []uint32
		want bool
	}{
		{[]uint32{9, 38}, []uint32{9, 10, 38}, true},
		{[]uint32{6, 8, 18, 31}, []uint32{6, 11, 18, 31}, true},
		{[]uint32{6, 8, 11, 15, 23, 29, 34}, []uint32{8, 15, 16, 23, 39}, false},
		{[]uint32{14, 37, 212, 1640}, []uint32{9, 23, 148, 870}, false},
		{[]uint32{12}, []uint32{12, 40}, true},
		{[]uint32{12}, []uint32{14, 40}, false},
		{nil, []uint32{14, 40}, true},
	} {
		if got := keepsFigures(c.a, c.b); got != c.want {
			t.Errorf("%v / %v: keeps %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDailySummaries: one command's daily summaries on one template share
// most of their words and a few small figures by chance, and name no
// year (their days are not resolved): no duplicate; an exact copy of one
// still is.
func TestDailySummaries(t *testing.T) {
	day := func(date, all, north, south, towns string) string {
		return "On " + date + ", allied aircraft conducted " + all + " strikes against insurgent positions in the northern and southern sectors. " +
			"In the northern sector, allied aircraft conducted " + north + " strikes using fighter, bomber and remotely piloted aircraft against insurgent targets. " +
			"In the southern sector, allied aircraft conducted " + south + " strikes in support of the army near " + towns + ", destroying fighting positions, vehicles and weapons caches. " +
			"Strike assessments are based on initial reports."
	}
	d1 := day("Feb. 3", "34", "23", "11", "Tarvel, Osk and Melun")
	d2 := day("Feb. 4", "26", "15", "11", "Osk, Brava and Kessin")
	d3 := day("Feb. 5", "23", "8", "15", "Melun and Tarvel")
	docs := []*parallax.Document{art("d1", "", d1), art("d2", "", d2), art("d3", "", d3), art("d1copy", "", d1)}
	_, dups := New(DefaultOptions()).Fuse(docs)
	var got []string
	for _, d := range dups {
		got = append(got, d.Kind+":"+strings.Join(d.Articles, "+"))
	}
	if want := []string{"exact:d1+d1copy"}; !slices.Equal(got, want) {
		t.Errorf("duplicates %q, want %q", got, want)
	}
}
