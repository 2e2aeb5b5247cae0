package claim_test

import (
	"strings"
	"testing"
)

// realtext21Passages: the session-21 real-text battery, written before the
// lane changed anything, in the style of real wire, broadcast and
// non-conflict news copy: long sentences holding two claims (a second
// source after "but", a second act of the same speaker "adding that",
// "noting", a claim inside a quotation, "which X described as", a passive
// "claimed by X"), reported speech without a plain cue verb (a headline
// colon, "the statement blamed", "per"), "according to" far from its
// claim, news-agency attributions, speakers named paragraphs earlier and
// then by a surname of two words, a title or a pronoun, appositions and
// inverted titles ("said former Turkish ambassador NAME"), officials of
// bodies outside conflict news (associations, panels, courts, coroners,
// health ministries, police), verbs of evidence and findings ("data
// show", "a study finds", "researchers found that", "estimated"), and
// passages with no claim. Invented text; no sentence is taken from an
// article.
var realtext21Passages = []batteryPassage{
	// long sentences holding two claims
	{"two-sources-but",
		"The ministry said the vaccine had been tested on 3,000 volunteers, but independent doctors said the trial was too small to show whether it worked.",
		[]batteryWant{{"said", "ministry", "", "assert", "tested on 3,000"}, {"said", "doctors", "-", "assert", "too small"}}},
	{"said-adding-that",
		"Port director Emeka Okafor said the terminal would reopen on Monday, adding that customs officers had been sent from Lagos to clear the backlog.",
		// (", adding that ..." optional, corrected after the first run: the
		// seeds and devgold count it one act with the claim it follows,
		// devgold3 two; the code keeps the seeds' convention)
		[]batteryWant{{"said", "Emeka Okafor", "", "assert", "reopen on Monday"}, {"?adding", "Emeka Okafor", "", "assert", "customs officers"}}},
	{"praised-noting",
		"Governor Alice Mwale praised the rescue teams on Sunday, noting that nobody had died in the second wave of flooding.",
		// (corrected after the first run: "praised" is a cue, and the
		// participle after it is one act with it, as ", adding that")
		[]batteryWant{{"praised", "Alice Mwale", "", "assert", "nobody had died"}, {"?noting", "Alice Mwale", "", "assert", "nobody had died"}}},
	{"stressed-while-noting",
		"The general stressed the need for more helicopters while noting the progress the brigade had made since the spring.",
		// ("noting" optional, corrected after the first run: one act
		// with "stressed", as ", adding that")
		[]batteryWant{{"stressed", "general", "", "assert", "more helicopters"}, {"?noting", "general", "", "assert", "the progress the brigade"}}},
	{"quotation-holds-relayed-claim",
		"\"As the health ministry reported last week, the number of cases has tripled,\" the WHO representative in Malawi said.",
		[]batteryWant{{"said", "representative", "UNO", "assert", "number of cases has tripled"}, {"?reported", "health ministry", "", "assert", "number of cases has tripled"}}},
	{"which-described-as",
		"The president announced a new curfew on Friday, which opposition leader Rosa Pinto described as an attack on freedom of movement.",
		[]batteryWant{{"announced", "president", "", "assert", "new curfew"}, {"described", "Rosa Pinto", "", "assert", "an attack on freedom"}}},
	{"passive-claimed-by",
		"Several bombings this month, including one in Maiduguri claimed by Boko Haram, have killed dozens of people.",
		[]batteryWant{{"claimed", "Boko Haram", "BOKOHARAM", "assert", "including one in Maiduguri"}}},
	// reported speech without a plain cue verb
	{"headline-colon",
		"Police: three arrested after stabbing in Leeds\n\nThree men were arrested on Saturday after a man was stabbed outside a bar in Leeds city centre.",
		[]batteryWant{{":", "Police", "", "assert", "three arrested"}}},
	{"statement-blamed",
		"The plant was shut for two days after the blaze.\n\nThe company's statement blamed the fire on a faulty cable in the storage hall.",
		[]batteryWant{{"blamed", "statement", "-", "assert", "faulty cable"}}},
	{"in-a-statement-fronted",
		"In a statement on Sunday, the Ministry of Health said 14 new cholera cases had been recorded in Blantyre.",
		[]batteryWant{{"said", "Ministry of Health", "", "assert", "14 new cholera cases"}}},
	// "according to" far from its claim
	{"according-to-after-long-sentence",
		"The convoy, which had left the capital two days earlier carrying food, medicine and fuel for the besieged town, was stopped at a checkpoint outside Kadugli and turned back, according to two aid workers who were travelling with it.",
		[]batteryWant{{"according to", "aid workers", "-", "assert", "was stopped at a checkpoint"}}},
	{"according-to-possessive-report",
		"According to the agency's latest report, food prices in the capital have doubled since January.",
		[]batteryWant{{"According to", "report", "", "assert", "food prices"}}},
	{"according-to-website",
		"The festival will draw more than 200,000 visitors this year, according to the event website.",
		[]batteryWant{{"according to", "website", "-", "assert", "200,000 visitors"}}},
	// news-agency attributions
	{"agency-could-not-verify",
		"Rebels said they had shot down a government helicopter near the airport, a claim Reuters could not independently verify.",
		[]batteryWant{{"said", "Rebels", "", "assert", "shot down a government helicopter"}}},
	{"anonymous-official-told-reuters",
		"A senior official, speaking on condition of anonymity because he was not authorised to talk to the media, told Reuters the talks had collapsed.",
		[]batteryWant{{"told", "official", "", "assert", "talks had collapsed"}}},
	{"quoted-by-agency",
		"Interior Minister Ahmet Yilmaz was quoted by the Anadolu agency as saying that 40 suspects had been detained in Izmir.",
		[]batteryWant{{"saying", "Ahmet Yilmaz", "TUR", "assert", "40 suspects"}}},
	{"agency-citing-source",
		"The state news agency SANA, citing a military source, said two missiles had been intercepted over Damascus.",
		[]batteryWant{{"said", "SANA", "", "assert", "two missiles"}}},
	{"ap-dateline-state-media",
		"BEIRUT (AP) — An Israeli strike on a car in southern Lebanon killed two people on Tuesday, Lebanon's state media said.",
		[]batteryWant{{"said", "state media", "LBN", "assert", "killed two people"}}},
	// speakers named paragraphs earlier
	{"two-word-surname-later",
		"Tunisia's justice minister, Naima Ben Salah, presented the bill to parliament on Monday.\n\nThe law would bar former officials from public office for ten years.\n\nBen Salah says the law is aimed at the former ruling party.",
		[]batteryWant{{"says", "Ben Salah", "TUN", "assert", "aimed at the former ruling party"}}},
	{"surname-after-possessive-title",
		"Kenya's health minister, Susan Wafula, visited the ward on Friday.\n\nNurses there have not been paid since March.\n\nWafula said the ministry would hire 500 nurses before the end of the year.",
		[]batteryWant{{"said", "Wafula", "KEN", "assert", "hire 500 nurses"}}},
	{"pronoun-two-paragraphs-later",
		"Brazil's foreign minister, Mauro Vieira, met his Chinese counterpart in Beijing on Tuesday.\n\nThe two discussed trade and the war in Ukraine.\n\nHe said Brazil would not join any sanctions.",
		[]batteryWant{{"said", "He", "BRA", "assert", "would not join any sanctions"}}},
	{"title-then-surname-with-professor",
		"Professor Helen Marsh, an epidemiologist at the University of Sydney, studies the spread of measles.\n\nProfessor Marsh says the outbreak is not yet under control.",
		[]batteryWant{{"says", "Marsh", "-", "assert", "not yet under control"}}},
	// appositions and inverted titles
	{"inverted-former-national-ambassador",
		"\"The base will never close,\" said former Turkish ambassador Selim Kaya.",
		[]batteryWant{{"said", "Selim Kaya", "", "assert", "base will never close"}}},
	{"inverted-former-capitalized-title",
		"\"Nobody in Brasilia wants a new round of tariffs,\" said former Brazilian Ambassador Paulo Ramos.",
		[]batteryWant{{"said", "Paulo Ramos", "-", "assert", "new round of tariffs"}}},
	{"spokesperson-for-agency-country-office",
		// (reworded after TestNoHeldOutTextInCode found its end too close to
		// a held-out sentence; the construction is unchanged)
		"Food rations in the camps were cut by half in March, Lena Ortiz, a spokeswoman for UNHCR Ethiopia, told this newspaper by email.",
		[]batteryWant{{"told", "Lena Ortiz", "UNO", "assert", "cut by half"}}},
	{"spokesman-after-clause-with-places",
		"Refugee programmes in Chad and elsewhere are under strain, Ahmed Saleh, a spokesman for the World Food Programme, told reporters in Geneva.",
		[]batteryWant{{"told", "Ahmed Saleh", "UNO", "assert", "under strain"}}},
	{"chairman-of-review-panel",
		"John Carver, the chairman of the independent review panel, said the report would be published in June.",
		[]batteryWant{{"said", "John Carver", "-", "assert", "published in June"}}},
	{"executive-director-of-association",
		"Cambodia's press association has logged 30 cases this year.\n\nSok Dara, the association's executive director, told VOA that reporters had been followed by police.",
		[]batteryWant{{"told", "Sok Dara", "-", "assert", "followed by police"}}},
	{"lawyer-of-named-politician",
		"Opposition leader Kwame Mensah was charged on Monday.\n\nMensah's lawyer, Kofi Boateng, said his client would not appear before the court.",
		[]batteryWant{{"said", "Kofi Boateng", "-", "assert", "would not appear"}}},
	{"resident-of-years",
		"Rents in Hanoi have doubled since 2019.\n\nPeter Lang, a Hanoi resident of 20 years, warned that many foreigners were leaving.",
		[]batteryWant{{"warned", "Peter Lang", "-", "assert", "foreigners were leaving"}}},
	// officials of bodies outside conflict news
	{"international-court-president",
		"The International Court of Justice opened hearings on Monday in the maritime case between Kenya and Somalia.\n\nThe court's president, Judge Maria Lindholm, said the court regretted Kenya's absence.",
		[]batteryWant{{"said", "Maria Lindholm", "UNO", "assert", "regretted Kenya's absence"}}},
	{"prosecutor-office-charged",
		"The prosecutor's office in Sarajevo said it had charged two former police officers with abuse of office.",
		[]batteryWant{{"said", "prosecutor's office", "", "assert", "charged two former police officers"}}},
	{"coroner-found-that",
		"The coroner found that the man had died of a heart attack and not of his injuries.",
		[]batteryWant{{"found", "coroner", "", "assert", "died of a heart attack"}}},
	{"police-spokesman-named",
		"Police spokesman Mark Otieno said three suspects had been arrested in Mombasa.",
		[]batteryWant{{"said", "Mark Otieno", "", "assert", "three suspects"}}},
	// verbs of evidence and findings
	{"study-finds",
		"A new study by the International Energy Agency finds that countries must double their investment in solar power by 2030.",
		// (speaker corrected after the first run: the study's author,
		// named after "by", is as right a speaker as the study)
		[]batteryWant{{"finds", "International Energy Agency", "", "assert", "double their investment"}}},
	{"researchers-found",
		"Researchers at the University of Ghana found that the disease is spreading faster among young adults.",
		[]batteryWant{{"found", "Researchers", "-", "assert", "spreading faster"}}},
	{"data-show",
		"Ship-tracking data show the tanker left the port of Bandar Abbas on Friday.",
		[]batteryWant{{"show", "data", "-", "assert", "the tanker left"}}},
	{"figures-show",
		"Figures released on Tuesday by the statistics office show unemployment rose to 9 percent in the second quarter.",
		[]batteryWant{{"show", "Figures", "", "assert", "unemployment rose"}}},
	{"economists-estimated",
		"Economists estimated the cost of the floods at $2 billion.",
		[]batteryWant{{"estimated", "Economists", "-", "assert", "cost of the floods"}}},
	{"explained-rationale",
		"Defence Minister Carl Berg spoke to reporters in Stockholm.\n\nHe explained the rationale behind the new conscription rules.",
		[]batteryWant{{"explained", "He", "", "assert", "rationale behind"}}},
	{"commented-on-calling",
		"The minister commented on the bombing, calling it a cowardly act.",
		[]batteryWant{{"calling", "minister", "", "assert", "cowardly act"}, {"?commented on", "minister", "", "assert", "the bombing"}}},
	// no claim
	{"no-claim-study-published",
		"The study was published in the journal Nature on Wednesday.",
		nil},
	{"no-claim-police-blocked",
		"Police blocked the road to the airport for three hours on Monday.",
		nil},
	{"no-claim-museum-show",
		"The museum will show paintings by local artists until March.",
		nil},
	{"no-claim-found-body",
		"Fishermen found the body of a young man on the beach on Sunday.",
		nil},
}

// realtext21Known: the battery items that fail, each with what is missing.
// First run (before any change, 44 passages): 48 items, 15 failing; five
// were expectations corrected with the reasons given in the passages (a
// participle after a cue is one act with it, as the seeds count it; a
// study's author named after "by" speaks for it); one passage added
// before any change (an inverted title with a capital): 47 items, 10
// failing, and 2 of 7 actor items. After the lane's changes: 5 failing,
// 0 of 7 actor items; after the claimfind lane's headline colons (rebased
// on main 6addee1), 4.
var realtext21Known = map[string]string{
	"commented-on-calling: > calling | minister":     "a label after \"commented on\" is one act with it",
	"economists-estimated: > estimated | Economists": "\"estimated\" reports only with a clause",
	"explained-rationale: > explained | He":          "\"explained\" reports only with a clause",
	"figures-show: > show | Figures":                 "\"show\" is no cue of evidence",
}

// TestRealText21Battery runs the battery through the whole pipeline:
// every wanted claim must be found (cue, speaker, side, stance, sentence)
// and no other claim may be reported, outside the optional ones.
func TestRealText21Battery(t *testing.T) {
	runClaimFindBattery(t, realtext21Passages, realtext21Known, "realtext21Known")
}

// realtext21Actors: the canonical actor a claim's speaker should carry in
// the battery's passages that name a person (the battery checks speakers'
// text and side only).
var realtext21Actors = []struct{ passage, cue, actor string }{
	{"inverted-former-national-ambassador", "said", "Selim Kaya"},
	{"inverted-former-capitalized-title", "said", "Paulo Ramos"},
	{"two-word-surname-later", "says", "Naima Ben Salah"},
	{"surname-after-possessive-title", "said", "Susan Wafula"},
	{"pronoun-two-paragraphs-later", "said", "Mauro Vieira"},
	{"title-then-surname-with-professor", "says", "Helen Marsh"},
	{"lawyer-of-named-politician", "said", "Kofi Boateng"},
}

// realtext21ActorsKnown: the actor items that fail, each with the reason.
var realtext21ActorsKnown = map[string]string{}

// TestRealText21Actors checks the speakers' canonical actors of the
// battery's passages that name a person.
func TestRealText21Actors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	text := map[string]string{}
	for _, p := range realtext21Passages {
		text[p.name] = p.text
	}
	failed := map[string]string{}
	for _, a := range realtext21Actors {
		doc := analyzeParsed(t, text[a.passage])
		got := []string{}
		ok := false
		for _, c := range doc.Claims {
			if c.Cue.Text == a.cue {
				got = append(got, c.Speaker.Actor)
				ok = ok || c.Speaker.Actor == a.actor
			}
		}
		if !ok {
			failed[a.passage+": "+a.actor] = "got " + strings.Join(got, ", ")
		}
	}
	for k, v := range failed {
		if _, known := realtext21ActorsKnown[k]; !known {
			t.Errorf("%s: %s", k, v)
		}
	}
	for k := range realtext21ActorsKnown {
		if _, f := failed[k]; !f {
			t.Errorf("%s passes now: remove it from realtext21ActorsKnown", k)
		}
	}
}

// TestRealText21Rules: the forms session 21's real-text lane made
// parallax read, with negatives. A clause closed by a named person, an
// apposition with a role and the cue ("C, NAME, a spokesman for X, told
// reporters") whatever the parse made of the clause; an inverted title
// with capitals before a named person ("said former Defense Minister
// NAME"): the person speaks, with no side for a former office; a surname
// of two words opened by a particle that is also a given name ("Ben",
// "Abdel") after the full name; an officer titled by "the court's" after
// an international court: the court's side, for the pronouns after too;
// a participle cue with its agent right after a noun ("one in Gao
// claimed by JNIM"): the agent speaks. Invented sentences.
func TestRealText21Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"apposition after a clause with a coordinated adverb", "Clinics in Mali and beyond have run out of vaccines, Ines Duarte, a spokeswoman for UNICEF, told reporters in Dakar.", "told", "Ines Duarte", "UNO", "assert", "run out of vaccines"},
		{"apposition, country office of an agency", "Camps in Uganda and elsewhere are short of water, Omar Said, a spokesman for UNHCR Uganda, told VOA by email.", "told", "Omar Said", "UNO", "assert", "short of water"},
		{"former capitalised title", "\"We were never consulted,\" said former Defense Minister Jorge Salas.", "said", "Jorge Salas", "-", "assert", "never consulted"},
		{"particle surname later", "Morocco's interior minister, Karim Ben Youssef, met the governors.\n\nThe meeting lasted five hours.\n\nBen Youssef says the roads will reopen on Friday.", "says", "Ben Youssef", "MAR", "assert", "roads will reopen"},
		{"court's president after the ICJ", "The International Court of Justice heard the border case between Gabon and Equatorial Guinea.\n\nThe court's president, Judge Anna Keller, said the court would rule by March.", "said", "Anna Keller", "UNO", "assert", "rule by March"},
		{"pronoun after the court's president", "The International Court of Justice heard the border case between Gabon and Equatorial Guinea.\n\nThe court's president, Judge Anna Keller, opened the session.\n\nShe said the court had received all the maps.", "said", "She", "UNO", "assert", "received all the maps"},
	})
	// a participle with its agent right after a noun, no comma
	runClaims4(t, []claims4Case{
		{"reduced relative after a place", "Three raids last week, among them one near Gao claimed by JNIM, left 40 soldiers dead.", "claimed", "JNIM", "", "assert", "one near Gao"},
		{"reduced relative opening the clause", "A car bomb claimed by al-Shabaab killed nine people in Mogadishu.", "claimed", "al-Shabaab", "", "assert", "A car bomb"},
	})
	// the court named before is a state's: its state, not the UN's
	runClaims4(t, []claims4Case{
		{"court's president after a national court", "Ghana's Supreme Court heard the election petition on Monday.\n\nThe court's president, Justice Kofi Mensah, said the court would rule next week.", "said", "Kofi Mensah", "GHA", "assert", "rule next week"},
	})
	// no clause before the name: the cue's words follow it
	runNoClaims4(t, []string{
		"In Chad and elsewhere, Ahmed Saleh, a spokesman for the agency, toured the camps.",
	})
	// a participle that is the clause's verb, and an agent that is a
	// state claiming land, keep their other readings
	runNoClaims4(t, []string{
		"The reefs claimed by China lie far off the coast.",
	}, "claimed")
	actors := []struct{ text, cue, actor string }{
		{"\"We were never consulted,\" said former Defense Minister Jorge Salas.", "said", "Jorge Salas"},
		{"Sudan's justice minister, Hamid Abdel Karim, presented the bill.\n\nAbdel Karim says the law targets the old ruling party.", "says", "Hamid Abdel Karim"},
		{"Morocco's interior minister, Karim Ben Youssef, met the governors.\n\nBen Youssef says the roads will reopen on Friday.", "says", "Karim Ben Youssef"},
	}
	for _, a := range actors {
		doc := analyzeParsed(t, a.text)
		ok := false
		for _, c := range doc.Claims {
			ok = ok || c.Cue.Text == a.cue && c.Speaker.Actor == a.actor
		}
		if !ok {
			t.Errorf("%q: no claim by %q: %s", a.text, a.actor, describe(doc))
		}
	}
}
