package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// claimSpec is a hand-made claim: the claimed words and the speaker's side.
type claimSpec struct{ span, side string }

func newDoc(t testing.TB, text, pub string, claims ...claimSpec) *parallax.Document {
	t.Helper()
	doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: pub}, Text: text}
	for i, c := range claims {
		k := strings.Index(text, c.span)
		if k < 0 {
			t.Fatalf("claim %q not in %q", c.span, text)
		}
		doc.Claims = append(doc.Claims, parallax.Claim{ID: fmt.Sprintf("c%d", i+1), Start: k, End: k + len(c.span),
			Speaker: parallax.Speaker{Side: c.side}, Stance: parallax.StanceAssert})
	}
	return doc
}

func loadStage(t testing.TB) *Stage {
	t.Helper()
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func show(doc *parallax.Document, c parallax.Count) string {
	n, nmax := "null", ""
	if c.N != nil {
		n = fmt.Sprint(*c.N)
	}
	if c.NMax != nil {
		nmax = fmt.Sprintf("-%d", *c.NMax)
	}
	return fmt.Sprintf("%s|%s|%s%s|%s|%s|%s", doc.Text[c.Start:c.End], c.Item, n, nmax, c.Outcome, c.Owner, c.ClaimedBy)
}

func TestCounts(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		claims []claimSpec
		want   []string // span|item|n[-nmax]|outcome|owner|claimed_by
	}{
		// owner from the speaker's perspective: the other party
		{"Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks.",
			[]claimSpec{{"it shot down two Azerbaijani helicopters and destroyed three tanks", "ARM"}},
			[]string{"two Azerbaijani helicopters|helicopter|2|shot_down|AZE|ARM", "three tanks|tank|3|destroyed|AZE|ARM"}},
		// owner from a following "for X", shared by coordination
		{"The defense ministry said its forces shot down two helicopters and three drones for Azerbaijan.",
			[]claimSpec{{"its forces shot down two helicopters and three drones for Azerbaijan", "ARM"}},
			[]string{"two helicopters|helicopter|2|shot_down|AZE|ARM", "three drones|drone|3|shot_down|AZE|ARM"}},
		// opponent from the parties named in the article; ranges
		{"Ukraine said its forces had destroyed 10 to 15 tanks. Russia denied the report.",
			[]claimSpec{{"its forces had destroyed 10 to 15 tanks", "UKR"}},
			[]string{"10 to 15 tanks|tank|10-15|destroyed|RUS|UKR"}},
		// nominal states: a party reports its own losses
		{"The Ministry reported the death of two military contractors and the wounding of 14 soldiers.",
			[]claimSpec{{"the death of two military contractors and the wounding of 14 soldiers", "NKR"}},
			[]string{"two military contractors|killed|2|killed|NKR|NKR", "14 soldiers|wounded|14|wounded|NKR|NKR"}},
		{"The ministry announced the death of an Azerbaijani soldier.",
			[]claimSpec{{"the death of an Azerbaijani soldier", "AZE"}},
			[]string{"an Azerbaijani soldier|killed|1|killed|AZE|AZE"}},
		// admitted losses
		{"Azerbaijan admits losing one helicopter.",
			[]claimSpec{{"losing one helicopter", "AZE"}},
			[]string{"one helicopter|helicopter|1|lost|AZE|AZE"}},
		// passive with an agent: the victim is the agent's opponent
		{"Two tanks were destroyed by Russian drones, Ukrainian officials said.",
			[]claimSpec{{"Two tanks were destroyed by Russian drones", "UKR"}},
			[]string{"Two tanks|tank|2|destroyed|UKR|UKR"}},
		// a list hanging on a phrase with a demonym
		{"He said his forces destroyed a large number of Armenian military installations, including 12 “OSA” anti-aircraft missile systems.",
			[]claimSpec{{"his forces destroyed a large number of Armenian military installations, including 12 “OSA” anti-aircraft missile systems", "AZE"}},
			[]string{"12 “OSA” anti-aircraft missile systems|air_defense|12|destroyed|ARM|AZE"}},
		// reporter's voice: claimed_by ""
		{"At least 12 people were killed and 30 injured in the blast.", nil,
			[]string{"12 people|killed|12|killed||", "30 injured|wounded|30|wounded||"}},
		{"Dozens of soldiers were killed in the fighting.", nil,
			[]string{"Dozens of soldiers|killed|null|killed||"}},
		{"A dozen Bayraktar drones were shot down over the city.", nil,
			[]string{"A dozen Bayraktar drones|drone|12|shot_down||"}},
		{"Twenty-five soldiers went missing after the battle.", nil,
			[]string{"Twenty-five soldiers|missing|25|lost||"}},
		{"Some 1,200 civilians were taken prisoner.", nil,
			[]string{"1,200 civilians|captured|1200|captured||"}},
		{"Between 10 and 15 drones were intercepted.", nil,
			[]string{"Between 10 and 15 drones|drone|10-15|shot_down||"}},
		{"Two Su-25 jets were shot down near the border.", nil,
			[]string{"Two Su-25 jets|aircraft|2|shot_down||"}},
		{"The rebels killed 30 Nigerian soldiers in an ambush.", nil,
			[]string{"30 Nigerian soldiers|killed|30|killed|NGA|"}},
		{"Israel said it struck five Hamas rocket launchers.",
			[]claimSpec{{"it struck five Hamas rocket launchers", "ISR"}},
			[]string{"five Hamas rocket launchers|artillery|5|damaged|HAMAS|ISR"}},
		{"Three armoured personnel carriers and two BMP-2s were captured.", nil,
			[]string{"Three armoured personnel carriers|armored_vehicle|3|captured||", "two BMP-2s|armored_vehicle|2|captured||"}},
		{"He said 2.5 million people had fled and 300 had died.", nil,
			[]string{"300 had died|killed|300|killed||"}},
		{"The bombing killed an American scientist and nine French soldiers.", nil,
			[]string{"an American scientist|killed|1|killed|USA|", "nine French soldiers|killed|9|killed|FRA|"}},
		{"The blast wounded a local taxi driver and killed a Kenyan police officer.", nil,
			[]string{"a local taxi driver|wounded|1|wounded||", "a Kenyan police officer|killed|1|killed|KEN|"}},
		{"The rebels captured a command center and killed a number of guards.", nil,
			[]string{"a number of guards|killed|null|killed||"}},
		// plural demonyms are people
		{"Three Americans were killed and two Iraqis wounded.", nil,
			[]string{"Three Americans|killed|3|killed|USA|", "two Iraqis|wounded|2|wounded|IRQ|"}},
		{"The court heard that four Hamas fighters died.", nil,
			[]string{"four Hamas fighters|killed|4|killed|HAMAS|"}},
		// one person named with "the" and a passive state
		{"The Pentagon identified the American service member who was killed in Syria.", nil,
			[]string{"the American service member|killed|1|killed|USA|"}},
		{"The soldiers who were killed in the raid were buried. The tank was destroyed.", nil, nil},
		{"The death of the commander was confirmed.", nil, nil},
		{"Abu Ahmad, an ISIL gang leader in Raqqah, was struck and killed by a coalition airstrike.", nil,
			[]string{"an ISIL gang leader|killed|1|killed|ISIS|"}},
		{"Two soldiers in Kherson were shot and wounded.", nil,
			[]string{"Two soldiers|wounded|2|wounded||"}},
		// abductions
		{"It recalled the 2014 abduction of 276 schoolgirls from Chibok.", nil,
			[]string{"276 schoolgirls|captured|276|captured||"}},
		{"Near Palmyra, one strike destroyed an ISIL-held tank.", nil,
			[]string{"an ISIL-held tank|tank|1|destroyed|ISIS|"}},
		// a party after a number is an object, not the agent
		// and materiel hit with no agent named belongs to the party attacked
		{"Coalition strikes engaged two ISIL units and destroyed a vehicle. ISIL fought Iraq.", nil,
			[]string{"a vehicle|vehicle|1|destroyed|ISIS|"}},
		{"Israeli jets struck Hezbollah positions overnight. Near the border, two strikes destroyed three rocket launchers.", nil,
			[]string{"three rocket launchers|artillery|3|destroyed|HEZBOLLAH|"}},
		{"Near the town, the strikes engaged an ISIL tactical unit and destroyed two tactical vehicles.", nil,
			[]string{"two tactical vehicles|vehicle|2|destroyed|ISIS|"}},
		{"The strikes engaged four Taliban vehicles.", nil,
			[]string{"four Taliban vehicles|vehicle|4|damaged|TALIBAN|"}},
		{"The Pentagon said the strikes engaged three ISIL units and destroyed four enemy mortar systems. Russia and Syria objected.",
			[]claimSpec{{"the strikes engaged three ISIL units and destroyed four enemy mortar systems", "USA"}},
			[]string{"four enemy mortar systems|artillery|4|destroyed|ISIS|USA"}},
		{"“One of our brave service members has been killed in Syria,” Carter said.",
			[]claimSpec{{"One of our brave service members has been killed in Syria", "USA"}},
			[]string{"One of our brave service members|killed|1|killed|USA|USA"}},
		// a verb governs the whole list after it, and a passive the whole list before it
		{"Near the town, seven strikes destroyed a fighting position, a heavy machine gun, seven buildings, four bunkers, a weapons cache, two trenches, three trucks, a tunnel entrance, and a mortar.", nil,
			[]string{"three trucks|vehicle|3|destroyed||", "a mortar|artillery|1|destroyed||"}},
		{"In addition to the 20 tanks, four howitzers, two buildings, three trucks, and an air defense artillery system were also destroyed.", nil,
			[]string{"20 tanks|tank|20|destroyed||", "four howitzers|artillery|4|destroyed||", "three trucks|vehicle|3|destroyed||", "an air defense artillery system|air_defense|1|destroyed||"}},
		{"The army destroyed two mortar systems and 15 anti-aircraft artillery systems.", nil,
			[]string{"two mortar systems|artillery|2|destroyed||", "15 anti-aircraft artillery systems|air_defense|15|destroyed||"}},
		// "N or more" is N
		{"The explosion killed 40 or more people.", nil,
			[]string{"40 or more people|killed|40|killed||"}},
		// people of no one state are owned only by a modifier
		{"The ministry said 50 pilgrims were killed in the crush.",
			[]claimSpec{{"50 pilgrims were killed in the crush", "SAU"}},
			[]string{"50 pilgrims|killed|50|killed||SAU"}},

		{"The armed forces of Armenia destroyed three tanks. Azerbaijan denied it.", nil,
			[]string{"three tanks|tank|3|destroyed|AZE|"}},
		// an item word that modifies another noun is no item
		{"The airstrikes destroyed 967 vehicle bombs and four UAV launch sites.", nil, nil},
		{"The army destroyed two helicopters today and three tanks parked near the base.", nil,
			[]string{"two helicopters|helicopter|2|destroyed||", "three tanks|tank|3|destroyed||"}},
		// parts of a whole
		{"Ukraine's air force said it shot down 28 of 35 Russian drones overnight.",
			[]claimSpec{{"it shot down 28 of 35 Russian drones overnight", "UKR"}},
			[]string{"28 of 35 Russian drones|drone|28|shot_down|RUS|UKR"}},
		{"Hamas said 12 of its fighters were killed in the raid.",
			[]claimSpec{{"12 of its fighters were killed in the raid", "HAMAS"}},
			[]string{"12 of its fighters|killed|12|killed|HAMAS|HAMAS"}},
		// nouns from WordNet
		{"Four paratroopers were killed and a stealth bomber was shot down.", nil,
			[]string{"Four paratroopers|killed|4|killed||", "a stealth bomber|aircraft|1|shot_down||"}},
		// not counts: no outcome, no item, dates and years, negations, percentages
		{"No one is dead.", nil, nil},
		{"The rebels have since lost over 40 percent of their land.", nil, nil},
		{"They grieve the loss of one of their own.", nil, nil},
		{"The army has 300 tanks and 2,000 troops in the region.", nil, nil},
		{"Two helicopters flew over the town on 12 May.", nil, nil},
		{"The 12 members of the council met in 2020.", nil, nil},
		{"Since 1992, Armenia occupies about 20% of the land, including 5 provinces.", nil, nil},
	}
	for _, tc := range tests {
		doc := newDoc(t, tc.text, "2022-09-13", tc.claims...)
		when.New().Process(doc)
		s.Process(doc)
		var got []string
		for _, c := range doc.Counts {
			got = append(got, show(doc, c))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}

// TestParsedAgent checks that the parse, where the parser has run, gives the
// agent: the subject, not a party named in a clause in between.
func TestParsedAgent(t *testing.T) {
	s := loadStage(t)
	text := "Armenia, which Russia supports, destroyed three tanks. Azerbaijan denied it."
	type tok struct {
		w    string
		head int
		rel  string
		upos string
	}
	toks := []tok{{"Armenia", 7, "nsubj", "PROPN"}, {",", 1, "punct", "PUNCT"}, {"which", 5, "obj", "PRON"},
		{"Russia", 5, "nsubj", "PROPN"}, {"supports", 1, "acl:relcl", "VERB"}, {",", 1, "punct", "PUNCT"},
		{"destroyed", 0, "root", "VERB"}, {"three", 9, "nummod", "NUM"}, {"tanks", 7, "obj", "NOUN"}, {".", 7, "punct", "PUNCT"}}
	var tokens []parallax.Token
	off := 0
	for _, tk := range toks {
		k := strings.Index(text[off:], tk.w) + off
		tokens = append(tokens, parallax.Token{Span: parallax.Span{Start: k, End: k + len(tk.w)}, Text: tk.w, Head: tk.head, Rel: tk.rel, UPOS: tk.upos})
		off = k + len(tk.w)
	}
	end := strings.Index(text, ".") + 1
	doc := &parallax.Document{Text: text, Sentences: []parallax.Sentence{
		{Span: parallax.Span{Start: 0, End: end}, Tokens: tokens},
		{Span: parallax.Span{Start: end + 1, End: len(text)}},
	}}
	s.Process(doc)
	if len(doc.Counts) != 1 || doc.Counts[0].Owner != "AZE" {
		t.Errorf("parse path: got %+v", doc.Counts)
	}
}

// TestVictimsOwner checks that civilian victims of an attack are owned by
// the state where they were hit (the country of the sentence's place, else
// of the article's places), and victims of an accident by no one.
func TestVictimsOwner(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		places map[string]string // place text → GeoNames country
		want   []string
	}{
		{"A suicide attack in Baghdad killed at least 28 people.", map[string]string{"Baghdad": "IQ"},
			[]string{"28 people|killed|28|killed|IRQ|"}},
		{"Kabul and Kandahar were quiet. Gunmen opened fire on a bus, wounding 12 passengers and killing two children.",
			map[string]string{"Kabul": "AF", "Kandahar": "AF"},
			// (a bus's passengers are the people of the country it runs
			// in, as the children on it are; a flight's or ship's need
			// their own modifier)
			[]string{"12 passengers|wounded|12|wounded|AFG|", "two children|killed|2|killed|AFG|"}},
		{"Najaf was calm. A bomb in the Al-Sinek market in Baghdad killed 12 people.",
			map[string]string{"Najaf": "IQ", "Al-Sinek": "AM", "Baghdad": "IQ"},
			[]string{"12 people|killed|12|killed|IRQ|"}},
		// (session 10: captives the sentence tells were freed are no
		// capture, as the devgold annotation of this sentence's original
		// has it; the owner rule is checked on their abduction)
		{"More than 270 schoolgirls were kidnapped in Zamfara state.", map[string]string{"Zamfara": "NG"},
			[]string{"270 schoolgirls|captured|270|captured|NGA|"}},
		{"More than 270 schoolgirls kidnapped in Zamfara state were freed.", map[string]string{"Zamfara": "NG"}, nil},
		{"A crane fell on the crowd in Mecca, killing 107 people.", map[string]string{"Mecca": "SA"},
			[]string{"107 people|killed|107|killed||"}},
		{"The attack in Mosul killed 30 Syrian civilians.", map[string]string{"Mosul": "IQ"},
			[]string{"30 Syrian civilians|killed|30|killed|SYR|"}},
		// a drone raid told before the casualties: the people hit are the
		// state's where it happened, not the victims of an accident
		{"Drones hit the Belgorod region overnight. Three civilians were wounded in Belgorod.", map[string]string{"Belgorod": "RU"},
			[]string{"Three civilians|wounded|3|wounded|RUS|"}},
		{"A crane fell on the crowd in Belgorod. Three civilians were wounded in Belgorod.", map[string]string{"Belgorod": "RU"},
			[]string{"Three civilians|wounded|3|wounded||"}},
	}
	for _, tc := range tests {
		doc := newDoc(t, tc.text, "2022-09-13")
		for name, cc := range tc.places {
			k := strings.Index(tc.text, name)
			doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(name), Text: name, Country: cc})
		}
		s.Process(doc)
		var got []string
		for _, c := range doc.Counts {
			got = append(got, show(doc, c))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}

func TestDeFactoStates(t *testing.T) {
	sides, err := deFactoStates()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sides {
		found = found || s == "NKR"
	}
	if !found {
		t.Errorf("de facto states %v: want NKR, a gpe entry of the knowledge base", sides)
	}
}
