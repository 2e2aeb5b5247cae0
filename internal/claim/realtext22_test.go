package claim_test

import (
	"strings"
	"testing"
)

// realtext22Passages: the session-22 real-text battery, written before the
// lane changed anything, in the style of real wire, broadcast and
// non-conflict news copy: a speaker taken up paragraphs later by a
// description rather than a name or title ("the French politician", "the
// 52-year-old", "the veteran diplomat"), people the knowledge base lacks
// whose side the text gives ("an aide to President X", "X's spokesman",
// "an adviser to Pakistan's prime minister", a lawyer of a named person),
// officials of police, courts, prosecutors, health ministries and central
// banks, news-agency attributions, long sentences with several clauses
// and two sources, "according to" far from its claim, speech on social
// media, verbs of speech that real copy uses and wire copy rarely
// ("lamented", "dubbed", "characterized", "recounted"), and passages
// with no claim. Invented text; no sentence is taken from an article.
var realtext22Passages = []batteryPassage{
	// a speaker taken up later by a description
	{"description-nationality-politician",
		"Former EU trade commissioner Pascal Morin, who led the bloc's talks with South American states, says the tariffs should be scrapped.\n\nThe French politician, who is expected to run for mayor of Lyon next year, says farmers have been misled about the deal.",
		[]batteryWant{{"says", "Pascal Morin", "", "assert", "tariffs should be scrapped"}, {"says", "politician", "", "assert", "farmers have been misled"}}},
	{"description-age",
		"Maria Costa lost her house and her shop when the river burst its banks in October.\n\n\"We have nothing left,\" said the 52-year-old, who now sleeps at her sister's flat.",
		[]batteryWant{{"said", "52-year-old", "-", "assert", "nothing left"}}},
	{"description-veteran-diplomat",
		"Sweden's ambassador to the United Nations, Lars Holm, chaired the closed meeting on Tuesday.\n\nThe veteran diplomat told reporters afterwards that no member had blocked the text.",
		[]batteryWant{{"told", "diplomat", "SWE", "assert", "no member had blocked"}}},
	{"description-young-father",
		"Tomas Ruiz, a bus driver in his 30s, said the fuel price had doubled since May.\n\n\"I cannot feed my children on this,\" said the young father, who works two shifts a day.",
		[]batteryWant{{"said", "Tomas Ruiz", "-", "assert", "fuel price had doubled"}, {"said", "father", "-", "assert", "feed my children"}}},
	{"description-without-a-name",
		"Shells hit the market on Sunday morning.\n\nA man who sells vegetables there said he had counted eleven explosions.",
		[]batteryWant{{"said", "man", "-", "assert", "counted eleven explosions"}}},
	// people the knowledge base lacks whose side the text gives
	{"aide-to-named-president",
		"An aide to Kenyan President William Ruto said the state visit to Tanzania had been postponed.",
		[]batteryWant{{"said", "aide", "KEN", "assert", "postponed"}}},
	{"adviser-to-prime-minister-apposition",
		"Rana Malik, an adviser to Pakistan's prime minister, told reporters that talks with the IMF would resume next week.",
		[]batteryWant{{"told", "Rana Malik", "PAK", "assert", "talks with the IMF"}}},
	{"possessive-spokesman-of-president",
		"Senegal's president Bassirou Diomaye Faye cut short his visit to Paris.\n\nFaye's spokesman, Ousmane Ndiaye, said the president had to attend to the floods in the north.",
		[]batteryWant{{"said", "Ousmane Ndiaye", "SEN", "assert", "attend to the floods"}}},
	{"spokesman-for-opposition-party",
		"A spokesman for the opposition Democratic Alliance, Sipho Nkosi, said the vote count had been rigged in three provinces.",
		[]batteryWant{{"said", "Sipho Nkosi", "-", "assert", "rigged in three provinces"}}},
	{"lawyers-for-detained-activist",
		"Lawyers for the detained activist said he had not been charged and had not seen a doctor since his arrest.",
		[]batteryWant{{"said", "Lawyers", "-", "assert", "not been charged"}}},
	{"lawyer-of-minister",
		"Former Serbian interior minister Dragan Ilic appeared in court on Monday.\n\nIlic's lawyer, Marko Savic, said his client would appeal the ruling.",
		[]batteryWant{{"said", "Marko Savic", "-", "assert", "appeal the ruling"}}},
	// officials of police, courts, ministries and banks
	{"national-police-spokesperson",
		"Kenyan police spokeswoman Grace Wanjiru said 14 people had been arrested after the protests in Kisumu.",
		[]batteryWant{{"said", "Grace Wanjiru", "KEN", "assert", "14 people had been arrested"}}},
	{"health-ministry-spokesman",
		"Pakistan's health ministry spokesman Tariq Aziz told AFP that 12 people had died of cholera in Sindh province this week.",
		[]batteryWant{{"told", "Tariq Aziz", "PAK", "assert", "died of cholera"}}},
	{"judge-of-national-court",
		"Judge Ahmed Hassan of Egypt's Supreme State Security Court said the defendants had confessed to planning the attack.",
		[]batteryWant{{"said", "Ahmed Hassan", "", "assert", "confessed to planning"}}},
	{"prosecutors-in-city",
		"Prosecutors in Istanbul said the suspects had planned to attack a concert hall on New Year's Eve.",
		[]batteryWant{{"said", "Prosecutors", "", "assert", "attack a concert hall"}}},
	{"central-bank-governor",
		"Nigeria's central bank governor Amina Bello told reporters in Abuja that inflation would fall below 20 percent by December.",
		[]batteryWant{{"told", "Amina Bello", "NGA", "assert", "inflation would fall"}}},
	{"medical-examiner",
		"The county medical examiner said the victim had died of a single gunshot wound to the chest.",
		[]batteryWant{{"said", "medical examiner", "", "assert", "single gunshot wound"}}},
	// news-agency attributions
	{"state-agency-reported",
		"Two drones were shot down over the port of Bandar Abbas overnight, the official IRNA news agency reported.",
		[]batteryWant{{"reported", "IRNA", "", "assert", "Two drones were shot down"}}},
	{"told-agency-anonymity",
		"A senior army officer, who asked not to be named because he was not authorised to brief the media, told AFP that 30 soldiers had been killed in the ambush.",
		[]batteryWant{{"told", "officer", "", "assert", "30 soldiers had been killed"}}},
	{"reuters-citing-sources",
		"The company plans to cut 4,000 jobs in Germany, Reuters reported on Friday, citing three people familiar with the matter.",
		[]batteryWant{{"reported", "Reuters", "-", "assert", "cut 4,000 jobs"}}},
	{"agency-quoted-ministry",
		"The Interfax news agency quoted the Russian defence ministry as saying that 25 Ukrainian drones had been destroyed over Bryansk.",
		[]batteryWant{{"saying", "defence ministry", "RUS", "assert", "25 Ukrainian drones"}}},
	{"statement-carried-by-agency",
		"The army said in a statement carried by the state news agency that the border crossing at Rafah would stay closed.",
		[]batteryWant{{"said", "army", "", "assert", "border crossing at Rafah"}}},
	// long sentences with several clauses, and two sources
	{"long-fronted-clauses",
		"After a meeting that lasted more than four hours on Tuesday, during which the two delegations discussed prisoner exchanges and grain exports, Turkish Foreign Minister Kemal Arslan told reporters that the next round would be held in Istanbul.",
		[]batteryWant{{"told", "Kemal Arslan", "TUR", "assert", "next round would be held"}}},
	{"army-while-residents",
		"The army said it had repelled an attack on the base, while residents said at least six civilians were killed when shells hit the market.",
		[]batteryWant{{"said", "army", "", "assert", "repelled an attack"}, {"said", "residents", "-", "assert", "six civilians were killed"}}},
	{"ministry-but-ngo",
		"The interior ministry said only two people had died in the protests, but Amnesty International said it had documented at least 17 deaths.",
		// (speaker corrected after the first run: the speaker's text is the
		// head noun, "ministry", as the claim stage marks it)
		[]batteryWant{{"said", "ministry", "", "assert", "only two people"}, {"said", "Amnesty International", "-", "assert", "documented at least 17"}}},
	// "according to" far from its claim
	{"according-to-after-relative-clauses",
		"The ferry, which was carrying more than 300 passengers, many of them traders returning from the weekly market in Goma, capsized about 100 metres from the shore, according to the provincial governor's office.",
		[]batteryWant{{"according to", "governor's office", "", "assert", "capsized about 100 metres"}}},
	{"according-to-fronted-report-with-relative",
		"According to a United Nations report released on Monday, which drew on interviews with more than 200 witnesses, government forces carried out at least 40 executions in the region.",
		[]batteryWant{{"According to", "report", "UNO", "assert", "at least 40 executions"}}},
	// speakers named paragraphs earlier
	{"surname-after-another-speaker",
		"Brazil's finance minister, Ana Rocha, presented the budget on Wednesday.\n\nEconomist Paulo Lima said the figures were too optimistic.\n\nRocha said the deficit would be closed by 2027.",
		[]batteryWant{{"said", "Paulo Lima", "-", "assert", "too optimistic"}, {"said", "Rocha", "BRA", "assert", "deficit would be closed"}}},
	{"pronoun-after-quotation",
		"Ghana's energy minister, Kojo Addo, visited the dam on Thursday.\n\n\"We will not ration power this year,\" he said. \"The reservoir is full.\"\n\nHe added that a new turbine would be installed in June.",
		// (the continued quotation optional, corrected after the first
		// run: the golds count it a claim of the speaker too)
		[]batteryWant{{"said", "he", "GHA", "assert", "not ration power"}, {"?said", "he", "GHA", "assert", "reservoir is full"}, {"added", "He", "GHA", "assert", "new turbine"}}},
	// speech on social media and in addresses
	{"wrote-on-x",
		"Foreign Minister Radoslaw Nowak wrote on X that the Russian ambassador had been summoned over the drone incursion.",
		[]batteryWant{{"wrote", "Radoslaw Nowak", "", "assert", "ambassador had been summoned"}}},
	{"said-on-telegram",
		"The governor of the Belgorod region, Ivan Petrov, said on Telegram that two drones had been shot down over the city.",
		[]batteryWant{{"said", "Ivan Petrov", "RUS", "assert", "two drones had been shot down"}}},
	{"televised-address",
		"In a televised address on Sunday night, President Luis Arce said the army would guard the fuel depots.",
		// (side left unchecked, corrected after the first run: the text
		// names no state, and the knowledge base's holders of an office
		// need it)
		[]batteryWant{{"said", "Luis Arce", "", "assert", "guard the fuel depots"}}},
	// verbs of speech that real copy uses
	{"lamented-that",
		"The mayor lamented that the city's parks had been neglected for a decade.",
		[]batteryWant{{"lamented", "mayor", "", "assert", "neglected for a decade"}}},
	{"dubbed-object",
		"Opposition leader Rosa Lima dubbed the new budget a gift to the banks.",
		[]batteryWant{{"dubbed", "Rosa Lima", "", "assert", "gift to the banks"}}},
	{"characterized-as",
		"The envoy characterized the talks as frank but useful.",
		[]batteryWant{{"characterized", "envoy", "", "assert", "frank but useful"}}},
	{"recounted-how",
		"One survivor recounted how the boat had capsized in the dark and only six people had reached the shore.",
		[]batteryWant{{"recounted", "survivor", "-", "assert", "capsized in the dark"}}},
	// no claim
	{"no-claim-arrival",
		"The president arrived in Nairobi on Monday for a two-day visit.",
		nil},
	{"no-claim-court-date",
		"The court will hear the case again in March.",
		nil},
	{"no-claim-police-found",
		"Police found three bodies in a car near the border on Tuesday.",
		nil},
	{"no-claim-description-subject",
		"The 41-year-old was taken to hospital with burns to his arms.",
		nil},
}

// realtext22Known: the battery items that fail, each with what is missing.
// First run (before any change, 40 passages): 46 items, 10 failing, and 4
// of 5 actor items; three expectations were corrected with the reasons
// given in the passages (the speaker's text is its head noun; a continued
// quotation is a claim; a president the text gives no state keeps none):
// 6 failing. After the description anaphora (internal/actor/description.go)
// and the relative clause after an inverted person: 4, and 0 actor items;
// after counsel's own voice (counselFor): 2; after a surname that is a
// capital's yields to the person named before (session 28): 1.
var realtext22Known = map[string]string{
	"characterized-as: > characterized | envoy": "\"characterized X as Y\" is no cue",
}

// TestRealText22Battery runs the battery through the whole pipeline:
// every wanted claim must be found (cue, speaker, side, stance, sentence)
// and no other claim may be reported, outside the optional ones.
func TestRealText22Battery(t *testing.T) {
	runClaimFindBattery(t, realtext22Passages, realtext22Known, "realtext22Known")
}

// realtext22Actors: the canonical actor a claim's speaker should carry in
// the battery's passages that take a named person up by a description.
var realtext22Actors = []struct{ passage, cue, sentence, actor string }{
	{"description-nationality-politician", "says", "farmers have been misled", "Pascal Morin"},
	{"description-age", "said", "nothing left", "Maria Costa"},
	{"description-veteran-diplomat", "told", "no member had blocked", "Lars Holm"},
	{"description-young-father", "said", "feed my children", "Tomas Ruiz"},
	{"description-without-a-name", "said", "eleven explosions", ""},
}

// realtext22ActorsKnown: the actor items that fail, each with the reason.
var realtext22ActorsKnown = map[string]string{}

// TestRealText22Actors checks the speakers' canonical actors of the
// battery's passages that take a person up by a description.
func TestRealText22Actors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	text := map[string]string{}
	for _, p := range realtext22Passages {
		text[p.name] = p.text
	}
	failed := map[string]string{}
	for _, a := range realtext22Actors {
		doc := analyzeParsed(t, text[a.passage])
		got := []string{}
		ok := false
		for _, c := range doc.Claims {
			if c.Cue.Text == a.cue && strings.Contains(c.Sentence, a.sentence) {
				got = append(got, c.Speaker.Actor)
				ok = ok || c.Speaker.Actor == a.actor
			}
		}
		if !ok {
			failed[a.passage+": "+a.actor] = "got " + strings.Join(got, ", ")
		}
	}
	for k, v := range failed {
		if _, known := realtext22ActorsKnown[k]; !known {
			t.Errorf("%s: %s", k, v)
		}
	}
	for k := range realtext22ActorsKnown {
		if _, f := failed[k]; !f {
			t.Errorf("%s passes now: remove it from realtext22ActorsKnown", k)
		}
	}
}

// TestRealText22Rules: the forms session 22's real-text lane made
// parallax read, with negatives. A person named a sentence or two before
// and taken up by a description (a calling with a demonym, an age, a
// family role); a relative clause after an inverted person speaker; of
// two subjects the parse gives a cue, the one after ", and"; praise by
// "complimented"; "lawyers for X said": counsel speaks, for no state.
// Invented sentences.
func TestRealText22Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"demonym and calling", "Former NATO envoy Hugo Lindqvist, who ran the alliance's Kabul office, says the mission failed.\n\nThe Swedish academic, who now teaches in Uppsala, told reporters nobody had listened to the field reports.", "told", "Swedish academic", "-", "assert", "Hugo Lindqvist"},
		{"age after inverted cue", "Amina Yusuf lost two sons in the flood.\n\n\"The water came at night,\" said the 61-year-old, who now lives in a tent.", "said", "61-year-old", "", "assert", "Amina Yusuf"},
		{"family role as subject", "Carlos Mendes, a taxi driver, waited at the gate all day.\n\nThe grieving father said nobody from the ministry had called him.", "said", "grieving father", "", "assert", "Carlos Mendes"},
		{"relative clause after inverted name", "Lena Vogt runs a bakery in the old town.\n\n\"Flour costs twice what it did,\" said Vogt who opened the shop in 2009.", "said", "Vogt", "", "assert", "Lena Vogt"},
		{"subject after a clause break", "The talks covered the offensive against al-Shabaab, and William Ruto said the troops would stay until June.", "said", "William Ruto", "-", "assert", "William Ruto"},
		{"complimented", "Kenyan President William Ruto met the Somali president in Nairobi on Monday.\n\nRuto complimented the Somali army on its gains in the south.", "complimented", "Ruto", "KEN", "assert", "William Ruto"},
		{"lawyers for a common noun", "Lawyers for the jailed blogger said he had been denied visits for a month.", "said", "Lawyers", "", "assert", ""},
		{"lawyer for a named politician", "A lawyer for Senegalese opposition leader Ousmane Sonko said the charges were politically motivated.", "said", "lawyer", "", "assert", ""},
	})
	// not taken up: a person brought in unnamed; a description with no
	// person named before; a noun that opens the reported clause
	runSpeakerCases(t, []speakerCase{
		{"unnamed activist", "Police arrested an opposition activist in Lome on Tuesday.\n\nHis lawyer, Kofi Amegah, called the arrest illegal. The activist said he had been beaten in custody.", "said", "activist", "", "assert", ""},
		{"no person before", "Shells fell on the market at dawn.\n\nThe 45-year-old said he had counted nine explosions.", "said", "45-year-old", "", "assert", ""},
	})
	runNoClaims4(t, []string{"The minister met Pascal Duret on Monday and said the veteran would be decorated."}, "veteran")
}
