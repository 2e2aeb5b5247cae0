package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestOutcomePatterns covers the outcome and owner patterns that the
// held-out error notes name in general terms (coordinated taking and
// killing, prisoners and hostages taken, the missing, unnamed fighters, a
// named captive, deaths announced by a department). The sentences are our
// own, from varied conflicts; each pattern has negatives beside it.
func TestOutcomePatterns(t *testing.T) {
	checkCounts(t, []countCase{
		// the same people taken and killed: a count of each
		{"coordinated", "Bandits kidnapped and killed 12 villagers in Zamfara state, police said.",
			[]claimCue{{"Bandits kidnapped and killed 12 villagers in Zamfara state", "said", ""}},
			[]entitySpec{{"Zamfara", "place:NG", ""}},
			[]string{"12 villagers|killed|12|killed|NGA|", "12 villagers|captured|12|captured|NGA|"}},
		{"coordinated", "Rebels abducted and killed five Congolese aid workers near Goma.", nil, nil,
			[]string{"five Congolese aid workers|killed|5|killed|COD|", "five Congolese aid workers|captured|5|captured|COD|"}},
		{"coordinated", "Jihadists seized, tortured and executed nine villagers near Menaka.", nil, nil,
			[]string{"nine villagers|killed|9|killed||", "nine villagers|captured|9|captured||"}},
		{"coordinated", "Seven Afghan farmers were abducted and later killed by gunmen.", nil, nil,
			[]string{"Seven Afghan farmers|captured|7|captured|AFG|", "Seven Afghan farmers|killed|7|killed|AFG|"}},
		{"coordinated", "The Taliban said its fighters captured and executed 14 Afghan soldiers.",
			[]claimCue{{"its fighters captured and executed 14 Afghan soldiers", "said", "TALIBAN"}}, nil,
			[]string{"14 Afghan soldiers|killed|14|killed|AFG|TALIBAN", "14 Afghan soldiers|captured|14|captured|AFG|TALIBAN"}},
		// not the same people twice: one toll of killed and wounded, or
		// people taken and set free
		{"coordinated", "The blast killed and wounded 40 Iraqi civilians.", nil, nil,
			[]string{"40 Iraqi civilians|wounded|40|wounded|IRQ|"}},
		{"coordinated", "Four Nigerian students were kidnapped and released two days later.", nil, nil,
			[]string{"Four Nigerian students|captured|4|captured|NGA|"}},
		{"coordinated", "Gunmen who were seized and later killed four Malian guards had escaped from Gao.", nil, nil,
			[]string{"four Malian guards|killed|4|killed|MLI|"}},
		{"coordinated", "Gunmen killed three Kenyan teachers and kidnapped two others.", nil, nil,
			[]string{"three Kenyan teachers|killed|3|killed|KEN|", "two others|captured|2|captured|KEN|"}},

		// taking people
		{"capture", "Militants stormed the village, abducting 30 women and killing 14 men.", nil, nil,
			[]string{"30 women|captured|30|captured||", "14 men|killed|14|killed||"}},
		{"capture", "The gunmen took 17 Malian soldiers hostage at the checkpoint.", nil, nil,
			[]string{"17 Malian soldiers|captured|17|captured|MLI|"}},
		{"capture", "The rebels took 45 more prisoners after the battle.", nil, nil,
			[]string{"45 more prisoners|captured|45|captured||"}},
		{"capture", "Nigeria's army said the offensive killed 61 gunmen and took 23 more prisoners. Niger denied it.",
			[]claimCue{{"the offensive killed 61 gunmen and took 23 more prisoners", "said", "NGA"}}, nil,
			[]string{"61 gunmen|killed|61|killed||NGA", "23 more prisoners|captured|23|captured||NGA"}},
		{"capture", "Russia's defence ministry said its forces took 40 Ukrainian prisoners near Avdiivka.",
			[]claimCue{{"its forces took 40 Ukrainian prisoners near Avdiivka", "said", "RUS"}}, nil,
			[]string{"40 Ukrainian prisoners|captured|40|captured|UKR|RUS"}},
		{"capture", "Houthi forces detained 11 Yemeni employees of the United Nations.", nil, nil,
			[]string{"11 Yemeni employees|captured|11|captured|YEM|"}},
		{"capture", "The soldiers took 20 minutes to reach the town.", nil, nil, nil},
		// a vague number with no state word after an attack (no count, no panic)
		{"capture", "Hundreds fled the town after bandits attacked, with local officials saying more raids were feared.", nil, nil, nil},
		{"capture", "At least 23 Congolese villagers went missing after the raid.", nil, nil,
			[]string{"23 Congolese villagers|missing|23|lost|COD|"}},

		// people named by their trade, whatever the item lists hold;
		// civilians of the place; animals and things are no people
		{"trade", "Bandits killed 23 herders in Plateau state.", nil,
			[]entitySpec{{"Plateau", "place:NG", ""}},
			[]string{"23 herders|killed|23|killed|NGA|"}},
		{"trade", "Four traders were kidnapped on the road to Kaduna.", nil,
			[]entitySpec{{"Kaduna", "place:NG", ""}},
			[]string{"Four traders|captured|4|captured|NGA|"}},
		{"trade", "The strike killed 12 fishermen off the coast of Gaza.", nil,
			[]entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"12 fishermen|killed|12|killed|PSE|"}},
		// people named by whom they side with or where they come from
		// are counted, but are no civilians of the place
		{"trade", "Militants killed nine settlers near Nablus.", nil,
			[]entitySpec{{"Nablus", "place:PS", ""}},
			[]string{"nine settlers|killed|9|killed||"}},
		{"trade", "Rebels killed 14 loyalists in Tessalit.", nil,
			[]entitySpec{{"Tessalit", "place:ML", ""}},
			[]string{"14 loyalists|killed|14|killed||"}},
		{"trade", "Gunmen killed 30 cattle in the village.", nil, nil, nil},
		{"trade", "Twelve computers were destroyed in the fire.", nil, nil, nil},
		{"trade", "Hamas said three of its commanders died in the strikes.",
			[]claimCue{{"three of its commanders died in the strikes", "said", "HAMAS"}}, nil,
			[]string{"three of its commanders|killed|3|killed|HAMAS|HAMAS"}},
		// materiel: armored combat vehicles are no tanks; torched is destroyed
		{"materiel", "Ukraine's General Staff said Russia had lost 12 tanks and 25 armored combat vehicles over the past day.",
			[]claimCue{{"Russia had lost 12 tanks and 25 armored combat vehicles over the past day", "said", "UKR"}}, nil,
			[]string{"12 tanks|tank|12|lost|RUS|UKR", "25 armored combat vehicles|armored_vehicle|25|lost|RUS|UKR"}},
		{"materiel", "Militants torched five Malian army trucks near Gao.", nil, nil,
			[]string{"five Malian army trucks|vehicle|5|destroyed|MLI|"}},
		// unnamed fighters: no state's, but the one armed group the
		// article names (session 12: both wire golds read them so)
		{"fighters", "Nigerian troops killed 37 fighters in Borno state, the army said. Boko Haram has fought the government since 2009.",
			[]claimCue{{"Nigerian troops killed 37 fighters in Borno state", "said", "NGA"}},
			[]entitySpec{{"Boko Haram", "group", "BOKOHARAM"}},
			[]string{"37 fighters|killed|37|killed|BOKOHARAM|NGA"}},
		{"fighters", "Government troops killed 45 insurgents in Cabo Delgado, the army said. The Islamic State has claimed attacks there.",
			[]claimCue{{"Government troops killed 45 insurgents in Cabo Delgado", "said", "MOZ"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}, {"Cabo Delgado", "place:MZ", ""}},
			[]string{"45 insurgents|killed|45|killed|ISIS|MOZ"}},
		{"fighters", "Al-Shabaab attacked a base last week. Somali forces killed 20 militants in a counterattack.", nil,
			[]entitySpec{{"Al-Shabaab", "group", "ALSHABAB"}},
			[]string{"20 militants|killed|20|killed|ALSHABAB|"}},
		// but named by the noun's own words: a modifier, an apposition,
		// "loyal to"
		{"fighters", "Israeli troops killed 12 Hamas fighters in Khan Younis.", nil, nil,
			[]string{"12 Hamas fighters|killed|12|killed|HAMAS|"}},
		{"fighters", "The army said it killed 31 militants, all members of al-Shabaab, near Afgoye.",
			[]claimCue{{"it killed 31 militants, all members of al-Shabaab, near Afgoye", "said", "SOM"}},
			[]entitySpec{{"al-Shabaab", "group", "ALSHABAB"}},
			[]string{"31 militants|killed|31|killed|ALSHABAB|SOM"}},
		{"fighters", "Security forces killed 14 gunmen loyal to the Islamic State group in Sinai.", nil,
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"14 gunmen|killed|14|killed|ISIS|"}},

		// a named captive: the person's side, else none (not the unit's
		// enemy, not the state where it happened)
		{"captive", "Lieutenant Omar Saleh was captured by the 72nd Brigade near Marib.", nil,
			[]entitySpec{{"Omar Saleh", "person", ""}, {"Marib", "place:YE", ""}},
			[]string{"Omar Saleh|captured|1|captured||"}},
		{"captive", "Ukrainian commander Oleh Marchenko was captured by Russian forces near Bakhmut.", nil,
			[]entitySpec{{"Oleh Marchenko", "person", ""}, {"Bakhmut", "place:UA", ""}},
			[]string{"Oleh Marchenko|captured|1|captured|UKR|"}},
		{"captive", "Omar Khalid was a former Syrian officer. He was captured by a Jordanian battalion in 2006.", nil,
			[]entitySpec{{"Omar Khalid", "person", ""}, {"He@Omar Khalid", "person", ""}},
			[]string{"He|captured|1|captured||"}},
		{"captive", "Omar Khalid was a Syrian officer. He was captured by a Jordanian battalion in 2006.", nil,
			[]entitySpec{{"Omar Khalid", "person", ""}, {"He@Omar Khalid", "person", ""}},
			[]string{"He|captured|1|captured|SYR|"}},
		{"captive", "Pedro Alvarez was captured by the 3rd Battalion in Arauca, the army said.",
			[]claimCue{{"Pedro Alvarez was captured by the 3rd Battalion in Arauca", "said", "COL"}},
			[]entitySpec{{"Pedro Alvarez", "person", "ELN"}, {"Arauca", "place:CO", ""}},
			[]string{"Pedro Alvarez|captured|1|captured|ELN|COL"}},

		// deaths announced by a department: the announcing state's
		// soldier, in the announcement and in the sentences that go on
		// about the same soldier
		{"announced", "The Defense Department announced Friday the death of a soldier. Sgt. Kyle Brandt, 27, of Fresno, California, died April 9 in Syria.", nil,
			[]entitySpec{{"Defense Department", "government", "USA"}, {"Kyle Brandt", "person", ""}},
			[]string{"a soldier|killed|1|killed|USA|USA", "Kyle Brandt|killed|1|killed|USA|"}},
		// a person named with no rank after the announcement is not the
		// announcer's soldier
		{"announced", "The Pentagon announced the death of a Marine on Monday. Separately, Afghan reporter Wahid Noori was killed in Herat.",
			[]claimCue{{"the death of a Marine", "announced", "USA"}}, []entitySpec{{"Wahid Noori", "person", ""}},
			[]string{"a Marine|killed|1|killed|USA|USA", "Wahid Noori|killed|1|killed||"}},
		{"announced", "The Ministry of Defence has announced the death of a British soldier. The soldier died on Sunday in Helmand province.",
			[]claimCue{{"the death of a British soldier", "announced", "GBR"}}, nil,
			[]string{"a British soldier|killed|1|killed|GBR|GBR", "The soldier|killed|1|killed|GBR|"}},
		{"announced", "Ukraine's general staff confirmed the deaths of three servicemen near Avdiivka.",
			[]claimCue{{"the deaths of three servicemen near Avdiivka", "confirmed", "UKR"}}, nil,
			[]string{"three servicemen|killed|3|killed|UKR|UKR"}},
		// one person's death outside violence
		{"announced", "The delegation visited the mother of Liam Porter, a Canadian teacher who died soon after his release.", nil,
			[]entitySpec{{"Liam Porter", "person", "CAN"}}, nil},
		{"announced", "An American soldier died in a roadside bomb attack near Kirkuk.", nil, nil,
			[]string{"An American soldier|killed|1|killed|USA|"}},
		// a soldier's death is a war death even when no cause is told
		{"announced", "A U.S. soldier died Saturday in eastern Afghanistan, the military said.",
			[]claimCue{{"A U.S. soldier died Saturday in eastern Afghanistan", "said", "USA"}}, nil,
			[]string{"A U.S. soldier|killed|1|killed|USA|USA"}},
		{"announced", "A NATO service member died in southern Afghanistan on Sunday.", nil, nil,
			[]string{"A NATO service member|killed|1|killed|NATO|"}},
		{"announced", "A club member died in Lyon on Sunday.", nil, nil, nil},
		// civilians are not the fighters' killed beside them, nor the
		// speaker's enemy's
		{"civilians", "The strike killed Hezbollah commander Fuad Shukr and five civilians in Beirut, Lebanese officials said.",
			[]claimCue{{"The strike killed Hezbollah commander Fuad Shukr and five civilians in Beirut", "said", "LBN"}},
			[]entitySpec{{"Fuad Shukr", "person", ""}, {"Hezbollah", "group", "HEZBOLLAH"}, {"Beirut", "place:LB", ""}},
			[]string{"Fuad Shukr|killed|1|killed|HEZBOLLAH|LBN", "five civilians|killed|5|killed|LBN|LBN"}},
		{"civilians", "Israel said 1,200 people were killed in the Hamas attack on October 7.",
			[]claimCue{{"1,200 people were killed in the Hamas attack on October 7", "said", "ISR"}},
			[]entitySpec{{"Hamas", "place:DE", ""}, {"Hamas", "group", "HAMAS"}},
			[]string{"1,200 people|killed|1200|killed||ISR"}},
		// an epidemic's toll is no conflict count; an attack in the same
		// sentence still is
		{"disease", "Italy has registered 121,177 deaths linked to COVID-19 since the outbreak began.", nil, nil, nil},
		{"disease", "Cholera is endemic in the region, claiming more than 500 lives this year.", nil, nil, nil},
		{"disease", "An outbreak of ethnic unrest killed 30 Nigerian villagers in Jos.", nil, nil,
			[]string{"30 Nigerian villagers|killed|30|killed|NGA|"}},
		{"disease", "Gunmen attacked an Ebola clinic in Butembo, killing two Congolese health workers.", nil, nil,
			[]string{"two Congolese health workers|killed|2|killed|COD|"}},
		// the dead of a bombing the reporter tells, with no noun: where it
		// struck; of clashes: no one's
		{"bare", "The blast left 12 dead and dozens wounded in Bama.", nil,
			[]entitySpec{{"Bama", "place:NG", ""}},
			[]string{"12 dead|killed|12|killed|NGA|", "dozens wounded|wounded|null|wounded|NGA|"}},
		{"bare", "Clashes left at least nine dead near Bama.", nil,
			[]entitySpec{{"Bama", "place:NG", ""}},
			[]string{"nine dead|killed|9|killed||"}},
		// "claimed to have": the claimant of the clause
		{"claimant", "Azerbaijan said it lost 50 servicemen, while Armenia claimed to have killed more than 200.",
			[]claimCue{{"it lost 50 servicemen", "said", "AZE"}}, nil,
			[]string{"50 servicemen|killed|50|lost|AZE|AZE", "200|killed|200|killed|AZE|ARM"}},
		{"claimant", "The Houthis claimed to have shot down two American drones.", nil,
			[]entitySpec{{"Houthis", "group", "HOUTHIS"}},
			[]string{"two American drones|drone|2|shot_down|USA|HOUTHIS"}},
		{"claimant", "Kyiv said the strike hit a depot; Moscow claimed to have destroyed four Ukrainian tanks.",
			[]claimCue{{"the strike hit a depot", "said", "UKR"}}, []entitySpec{{"Moscow", "gpe", "RUS"}},
			[]string{"four Ukrainian tanks|tank|4|destroyed|UKR|RUS"}},
		// a list of the fallen made public is an announcement of deaths
		{"announced", "The Georgian Defence Ministry released the names of 14 more soldiers killed in the offensive.", nil,
			[]entitySpec{{"Georgian Defence Ministry", "government", "GEO"}},
			[]string{"14 more soldiers|killed|14|killed|GEO|GEO"}},
		{"announced", "The Eritrean army on Tuesday published the names of nine soldiers killed near Tessenei.", nil,
			[]entitySpec{{"Eritrean army", "military", "ERI"}, {"Tessenei", "place:ER", ""}},
			[]string{"nine soldiers|killed|9|killed|ERI|ERI"}},
		// a list of names that says no one died is no announcement
		{"announced", "The ministry released the names of 40 soldiers sent to the border.", nil, nil, nil},
		// no war death: a family announcing a singer's death
		{"announced", "The family announced the death of the singer. Maria Lopez died on Sunday in Madrid.", nil,
			[]entitySpec{{"Maria Lopez", "person", ""}}, nil},
	})
}

// TestClaimedByFlows checks that every count inside a claim whose speaker
// has a side is claimed by that side, whichever rule found the count.
func TestClaimedByFlows(t *testing.T) {
	s := loadStage(t)
	texts := []struct {
		text   string
		claims []claimCue
		ents   []entitySpec
	}{
		{"The Sudanese army said the Rapid Support Forces kidnapped and killed 23 Sudanese civilians near El Fasher.",
			[]claimCue{{"the Rapid Support Forces kidnapped and killed 23 Sudanese civilians near El Fasher", "said", "SDN"}}, nil},
		{"Colombia's army said rebel commander Ivan Rios was killed in a raid and 12 rebels were captured.",
			[]claimCue{{"rebel commander Ivan Rios was killed in a raid and 12 rebels were captured", "said", "COL"}},
			[]entitySpec{{"Ivan Rios", "person", ""}}},
		{"Hezbollah said three of its fighters died in an Israeli strike on Tyre.",
			[]claimCue{{"three of its fighters died in an Israeli strike on Tyre", "said", "HEZBOLLAH"}}, nil},
		{"Kyiv said its air defenses shot down 31 of 40 Russian drones overnight.",
			[]claimCue{{"its air defenses shot down 31 of 40 Russian drones overnight", "said", "UKR"}}, nil},
	}
	for _, tc := range texts {
		doc := docWith(t, tc.text, tc.claims, tc.ents)
		when.New().Process(doc)
		s.Process(doc)
		if len(doc.Counts) == 0 {
			t.Errorf("%s: no count", tc.text)
		}
		for _, c := range doc.Counts {
			if c.Claim == "" || c.ClaimedBy != doc.Claims[0].Speaker.Side {
				t.Errorf("%s: %s claim %q claimed_by %q, want %q", tc.text, show(doc, c), c.Claim, c.ClaimedBy, doc.Claims[0].Speaker.Side)
			}
		}
	}
}

// TestParsedAgentNotTarget checks that a party named as attacked inside the
// subject ("airstrikes against al-Qaida") is not taken for who did it: the
// fighters killed are that party's.
func TestParsedAgentNotTarget(t *testing.T) {
	s := loadStage(t)
	// word, UPOS, head, relation
	toks := []struct {
		w, upos string
		head    int
		rel     string
	}{
		{"Airstrikes", "NOUN", 4, "nsubj"}, {"against", "ADP", 3, "case"}, {"al-Qaida", "PROPN", 1, "nmod"},
		{"killed", "VERB", 0, "root"}, {"20", "NUM", 6, "nummod"}, {"militants", "NOUN", 4, "obj"}, {".", "PUNCT", 4, "punct"},
	}
	text := "Airstrikes against al-Qaida killed 20 militants."
	doc := docWith(t, text, nil, []entitySpec{{"al-Qaida", "group", "ALQAEDA"}})
	var ptoks []parallax.Token
	off := 0
	for _, tk := range toks {
		k := strings.Index(text[off:], tk.w) + off
		ptoks = append(ptoks, parallax.Token{Span: parallax.Span{Start: k, End: k + len(tk.w)}, Text: tk.w, UPOS: tk.upos, Head: tk.head, Rel: tk.rel})
		off = k + len(tk.w)
	}
	doc.Sentences = []parallax.Sentence{{Span: parallax.Span{End: len(text)}, Tokens: ptoks}}
	when.New().Process(doc)
	s.Process(doc)
	if len(doc.Counts) != 1 || doc.Counts[0].Owner != "ALQAEDA" {
		var got []string
		for _, c := range doc.Counts {
			got = append(got, show(doc, c))
		}
		t.Errorf("got %q, want one count owned by ALQAEDA", got)
	}
}
