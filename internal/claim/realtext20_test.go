package claim_test

import "testing"

// realtext20Passages: the session-20 real-text battery, written before the
// lane changed anything, in the style of real wire and broadcast copy (not
// invented-conflict wire golds): long sentences of several clauses whose
// source comes last, "according to" far from its claim, news-agency
// attributions ("told AFP", "in a statement carried by", "quoted ... as
// saying"), speakers named paragraphs earlier and then by surname or
// pronoun, speakers introduced by appositions and long titles, and
// officials of bodies outside conflict news (police, courts, prosecutors,
// health ministries, UN agencies). Passages with no claim must give none.
// Invented text; no sentence is taken from an article.
var realtext20Passages = []batteryPassage{
	// long sentences whose source comes last
	{"long-clauses-source-last",
		"The flooding, which began after three days of heavy rain and forced thousands of families from their homes in the low-lying districts east of the capital, has killed at least 23 people, the national disaster agency said on Monday.",
		[]batteryWant{{"said", "disaster agency", "", "assert", "has killed at least 23"}}},
	{"long-clauses-police-spokesman-last",
		"Two men who were arrested on Saturday near the border crossing at Malaba, where trucks had been queuing for days, were carrying forged documents, police spokesman Bruno Shioso told reporters in Nairobi.",
		[]batteryWant{{"told", "Bruno Shioso", "KEN", "assert", "forged documents"}}},
	{"long-clauses-two-sources",
		"The talks broke down on Thursday, a diplomat familiar with the negotiations said, after the government refused to release the detained opposition leaders, whom it accuses of plotting a coup.",
		[]batteryWant{{"said", "diplomat", "-", "assert", "The talks broke down"}, {"?accuses", "it", "", "assert", "plotting a coup"}}},
	// "according to" far from its claim
	{"according-to-after-long-clause",
		"The explosion, which tore through a crowded market in the northern town shortly after morning prayers and set several shops on fire, killed at least 11 people and wounded dozens, according to the regional health bureau.",
		[]batteryWant{{"according to", "health bureau", "", "assert", "killed at least 11"}}},
	{"according-to-document",
		"According to court documents filed in Brooklyn last week, the two men paid a private investigator to follow the journalist for several months.",
		[]batteryWant{{"According to", "court documents", "", "assert", "paid a private investigator"}}},
	{"according-to-report-with-figures",
		"Fewer than half of the country's rural schools have running water, according to a report released Tuesday by the U.N. children's agency.",
		[]batteryWant{{"according to", "report", "UNO", "assert", "running water"}}},
	{"according-to-mid-sentence",
		"Rebel fighters, according to residents reached by phone, withdrew from the town before dawn.",
		[]batteryWant{{"according to", "residents", "-", "assert", "withdrew from the town"}}},
	// news-agency attributions
	{"told-afp",
		"\"We have not been paid for four months,\" a nurse at the hospital told AFP, asking not to be named for fear of reprisals.",
		[]batteryWant{{"told", "nurse", "-", "assert", "not been paid"}}},
	{"statement-carried-by-agency",
		"Three soldiers were killed when their vehicle hit a mine near the border, the defence ministry said in a statement carried by the state news agency.",
		[]batteryWant{{"said", "defence ministry", "", "assert", "Three soldiers were killed"}}},
	{"agency-reported-citing",
		"The central bank will raise interest rates next week, Reuters reported, citing two people familiar with the matter.",
		[]batteryWant{{"reported", "Reuters", "-", "assert", "raise interest rates"}}},
	{"agency-quoted-minister",
		"The official IRNA news agency quoted Foreign Minister Hossein Amir-Abdollahian as saying that Tehran would not negotiate under pressure.",
		[]batteryWant{{"saying", "Amir-Abdollahian", "IRN", "assert", "would not negotiate"}}},
	{"dateline-officials-said",
		"KYIV, Ukraine (AP) — Russian drones struck an energy facility in the western Lviv region overnight, regional officials said Wednesday.",
		[]batteryWant{{"said", "officials", "UKR", "assert", "struck an energy facility"}}},
	{"told-voa-email",
		"Aid deliveries to the camps have fallen by a third this year, Maria Lindqvist, a spokeswoman for the U.N. refugee agency in Chad, told VOA in an email.",
		[]batteryWant{{"told", "Maria Lindqvist", "UNO", "assert", "fallen by a third"}}},
	// speakers named paragraphs earlier
	{"surname-paragraphs-later",
		"Dr. Amina Yusuf has run the district hospital in Maiduguri for nine years.\n\nThe hospital received 40 wounded on Sunday alone.\n\n\"We are running out of blood,\" Yusuf said.",
		[]batteryWant{{"said", "Yusuf", "-", "assert", "running out of blood"}}},
	{"pronoun-after-named-official",
		"Health Minister Tedros Mengistu visited the clinic on Friday.\n\nHe said the ministry would send 200 more nurses to the region by the end of the month.",
		[]batteryWant{{"said", "He", "", "assert", "200 more nurses"}}},
	{"title-only-after-named",
		"Kenya's interior minister, Kithure Kindiki, ordered the curfew on Monday.\n\nThe minister said the measure would last for at least two weeks.",
		[]batteryWant{{"said", "minister", "KEN", "assert", "at least two weeks"}}},
	{"quote-then-pronoun-next-paragraph",
		"Ali Hassan, a farmer, lost his whole herd in the drought.\n\n\"There is nothing left for us here,\" he said. \"My children have not eaten since yesterday.\"",
		// (the quotation that goes on after "he said" is his claim too, as the
		// golds annotate such continuations; optional, added after the first run)
		[]batteryWant{{"said", "he", "-", "assert", "nothing left"}, {"?said", "he", "-", "assert", "not eaten"}}},
	// appositions and long titles
	{"inverted-said-title-of-university",
		"\"The government has no plan for the day after,\" said political science lecturer Daniel Ofori of the University of Ghana.",
		[]batteryWant{{"said", "Daniel Ofori", "-", "assert", "no plan for the day after"}}},
	{"inverted-said-former-ambassador",
		"\"Nobody in Ankara believes the base will close,\" said former Turkish ambassador Selim Kaya.",
		[]batteryWant{{"said", "Selim Kaya", "", "assert", "base will close"}}},
	{"apposition-spokesperson-before-cue",
		"Tomas Berg, a spokesperson for the European Commission, said the bloc would release the funds in March.",
		[]batteryWant{{"said", "Tomas Berg", "EU", "assert", "release the funds"}}},
	{"apposition-after-name-who-clause",
		"Grace Achieng, who heads a women's group in Kisumu, said many families had sold their land to pay school fees.",
		[]batteryWant{{"said", "Grace Achieng", "-", "assert", "sold their land"}}},
	{"possessive-title-name",
		"Nigeria's information minister, Mohammed Idris, said the government would not pay any ransom.",
		[]batteryWant{{"said", "Mohammed Idris", "NGA", "assert", "not pay any ransom"}}},
	{"lawyer-of-politician",
		"The opposition leader's lawyer, Peter Mwangi, said his client would appeal the ruling.",
		[]batteryWant{{"said", "Peter Mwangi", "-", "assert", "appeal the ruling"}}},
	// officials of bodies outside conflict news
	{"police-said",
		"Police in Lagos said they had arrested 14 people after the clashes at the market.",
		[]batteryWant{{"said", "Police", "NGA", "assert", "arrested 14 people"}}},
	{"high-court-ruled",
		"Kenya's High Court ruled on Thursday that the deployment of police officers abroad was unconstitutional.",
		[]batteryWant{{"ruled", "High Court", "KEN", "assert", "was unconstitutional"}}},
	{"judge-said-inverted",
		"\"The state has failed to prove its case,\" said Judge Mary Kasango, who led the three-judge bench in Nairobi.",
		[]batteryWant{{"said", "Mary Kasango", "KEN", "assert", "failed to prove"}}},
	{"prosecutors-told-court",
		"Prosecutors told the court in Manhattan that the defendant had wired $200,000 to the plotters.",
		[]batteryWant{{"told", "Prosecutors", "USA", "assert", "wired $200,000"}}},
	{"health-ministry-toll",
		"The Health Ministry in Gaza said on Saturday that 35 people had been killed in the past 24 hours.",
		// (HAMAS, not PSE: the golds give Gaza's health ministry the side of
		// the authority that runs it; corrected after the first run)
		[]batteryWant{{"said", "Health Ministry", "HAMAS", "assert", "35 people had been killed"}}},
	{"who-warned",
		"The World Health Organization warned on Monday that cholera cases in Sudan had doubled in a month.",
		[]batteryWant{{"warned", "World Health Organization", "UNO", "assert", "cholera cases"}}},
	{"icj-president-said",
		"The president of the International Court of Justice, Joan Harris, said the court would rule on the case next year.",
		[]batteryWant{{"said", "Joan Harris", "UNO", "assert", "rule on the case next year"}}},
	{"defendant-told-jurors",
		"Rafael Moreno, one of the men on trial, told jurors that he had been paid to watch the house but had never intended to harm anyone.",
		[]batteryWant{{"told", "Rafael Moreno", "-", "assert", "paid to watch the house"}}},
	{"defendants-pleaded-not-guilty",
		"Both men have pleaded not guilty to the charges of murder for hire.",
		[]batteryWant{{"pleaded", "men", "-", "deny", "not guilty"}}},
	// a second source in a long sentence
	{"two-sources-one-sentence",
		"The army said 12 militants were killed in the raid, but residents told VOA that most of the dead were farmers.",
		[]batteryWant{{"said", "army", "", "assert", "12 militants"}, {"told", "residents", "-", "assert", "most of the dead were farmers"}}},
	{"as-reported-by-body",
		// (reworded after the first run: its first wording ran too close
		// to a held-out sentence; the construction is unchanged)
		"As reported by the World Health Organization in May, the clinics of the province have no vaccines left, the British envoy said.",
		[]batteryWant{{"said", "envoy", "GBR", "assert", "no vaccines left"}, {"As reported by", "World Health Organization", "UNO", "assert", "no vaccines left"}}},
	{"which-x-denied",
		"He was accused of financing the attacks, which Rahimi denied.",
		// (the accusation, with no speaker, is a claim of the golds too;
		// optional, added after the first run)
		[]batteryWant{{"denied", "Rahimi", "-", "deny", "financing the attacks"}, {"?accused", "", "-", "assert", "financing the attacks"}}},
	// statements and releases
	{"department-announced-death",
		"The Pentagon announced on Tuesday the deaths of two Marines who were taking part in a training exercise in Norway.",
		[]batteryWant{{"announced", "Pentagon", "USA", "assert", "the deaths of two Marines"}}},
	{"it-issued-statement-saying",
		"The U.N. refugee agency shares those concerns.\n\nIt released a statement on Friday saying the closure would leave thousands without protection.",
		// (cue corrected in session 23, when "It" was first resolved: the
		// phrase cue "released a statement" holds "saying")
		[]batteryWant{{"released a statement", "It", "UNO", "assert", "leave thousands without protection"}}},
	{"we-announced-release",
		"The Foreign Office published the minister's remarks.\n\nThis week we also announced that we would double our support to the region.",
		[]batteryWant{{"announced", "we", "", "assert", "double our support"}}},
	// added after the first run, before any change: constructions of the
	// real golds' misses the first passages were too kind to
	{"according-to-bureau",
		"Nine people drowned when the boat capsized on Lake Albert, according to the district disaster bureau.",
		[]batteryWant{{"according to", "bureau", "", "assert", "Nine people drowned"}}},
	{"according-to-hospital",
		"At least four of the wounded were in critical condition, according to the hospital.",
		[]batteryWant{{"according to", "hospital", "", "assert", "critical condition"}}},
	{"according-to-ministry-of-health",
		"The outbreak has infected more than 300 people in two provinces, according to the ministry of health.",
		[]batteryWant{{"according to", "ministry", "", "assert", "infected more than 300"}}},
	{"inverted-said-lecturer",
		"\"The ruling party fears a runoff,\" said lecturer Kwame Asante.",
		[]batteryWant{{"said", "Kwame Asante", "-", "assert", "fears a runoff"}}},
	{"inverted-said-two-word-title-lecturer",
		"\"Nobody expects the talks to resume before the election,\" said international law lecturer Ama Owusu of Accra's Ashesi University.",
		[]batteryWant{{"said", "Ama Owusu", "-", "assert", "talks to resume"}}},
	{"participial-opener-then-pronoun",
		"Ministers met in Brussels on Monday. Carla Duarte has more. Addressing senior NATO and European Union commanders in Brussels, Portuguese Defence Minister Rui Tavares stressed the need for more ammunition. While the alliance matters, he said Europe must rely on its own factories.",
		[]batteryWant{{"said", "he", "PRT", "assert", "rely on its own factories"}, {"?stressed", "Rui Tavares", "PRT", "assert", "ammunition"}}},
	{"as-reported-by-fronted",
		"As reported by the World Food Programme in June, half of the country's children are malnourished.",
		// (cue text as written, "As reported by", corrected after the lane's change)
		[]batteryWant{{"As reported by", "World Food Programme", "UNO", "assert", "malnourished"}}},
	// no claim
	{"no-claim-court-schedule",
		"The trial is expected to resume on Monday in the capital's main court.",
		nil},
	{"no-claim-police-act",
		"Police fired tear gas at protesters outside parliament on Tuesday.",
		nil},
	{"no-claim-health-facts",
		"The hospital, built in 1962, has 300 beds and two operating theatres.",
		nil},
}

// realtext20Known: the battery items that fail, each with what is missing.
// First run (before any change, 41 passages): 8 of 43 items failing, 3 of
// them expectations corrected with the reasons given in the passages; 7
// passages added before any change (the real golds' kinds): 13 of 50
// failing, 10 once the expectations were corrected.
var realtext20Known = map[string]string{
	"according-to-report-with-figures: > according to | report": "a report released by a body named after it takes no side from it",
	"we-announced-release: > announced | we":                    "\"we\" outside quotes in a body's release is no speaker",
}

// TestRealText20Battery runs the battery through the whole pipeline:
// every wanted claim must be found (cue, speaker, side, stance, sentence)
// and no other claim may be reported, outside the optional ones.
func TestRealText20Battery(t *testing.T) {
	runClaimFindBattery(t, realtext20Passages, realtext20Known, "realtext20Known")
}

// TestRealText20Rules: the forms session 20's real-text lane made parallax
// read, with negatives. A source after "according to" headed by any
// common noun of a body or of people ("the district disaster bureau",
// "the coroner", "the ministry of health", "the mother of the victim"),
// not by a standard to conform to ("according to plan", "according to
// the constitution", "according to which"); the government of a located
// place speaks for the place's state; a pronoun after a sentence opened by
// a participle ("Speaking to reporters ..., NAME praised ...") stands for
// the subject after the participle's clause; "as reported by X" may have
// a time after X ("in March", "last week"); a role noun of an inverted
// title that the tagger reads as a verb ("said lecturer NAME") is still a
// title. Invented sentences.
func TestRealText20Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"bureau", "Nine fishermen are still missing after the storm, according to the coastal rescue bureau.", "according to", "bureau", "", "assert", "Nine fishermen are still missing"},
		{"coroner", "The woman died of a head wound, according to the county coroner.", "according to", "coroner", "", "assert", "died of a head wound"},
		{"hospital fronted", "According to the hospital, two of the injured children were in intensive care.", "According to", "hospital", "", "assert", "intensive care"},
		{"ministry of health", "The virus has spread to four districts, according to the ministry of health.", "according to", "ministry", "", "assert", "spread to four districts"},
		{"mother of the victim", "According to the mother of the victim, the boy was beaten by guards.", "According to", "mother", "", "assert", "beaten by guards"},
		{"directorate tagged as a name", "Two bridges collapsed in the floods, according to the provincial roads directorate.", "according to", "directorate", "", "assert", "Two bridges collapsed"},
		// the subject after a participial opener is the one a pronoun
		// in the next sentence looks for, not a name inside the opener
		// or the correspondent named before
		{"speaking to, then he said", "Defence chiefs met in Oslo.\n\nMaria Holm reports. Speaking to reporters from Norway and Sweden on Monday, Finnish Defence Minister Antti Laine praised the new brigade. Although costs are rising, he said Finland would keep its order.", "said", "he", "FIN", "assert", "Finland would keep its order"},
		{"asked about, then he said", "The talks stalled in Geneva.\n\nOlga Brandt covered them. Asked about the delay by Greek reporters, Danish Foreign Minister Lars Holt blamed the weather. Later he said the talks would resume in June.", "said", "he", "DNK", "assert", "resume in June"},
		// "as reported by X" with a time after the relayer
		{"as reported by, fronted, a time", "As reported by the refugee agency UNHCR in March, the camps hold twice their capacity.", "As reported by", "UNHCR", "UNO", "assert", "twice their capacity"},
		{"as reported by, trailing, a time", "The camps hold twice their capacity, as reported by UNHCR last week.", "as reported by", "UNHCR", "UNO", "assert", "twice their capacity"},
		// a role noun the tagger reads as a verb in an inverted title
		{"said lecturer, tagged as a verb", "\"The new dam was always a problem,\" said lecturer Daniel Ofori.", "said", "Daniel Ofori", "-", "assert", "The new dam was always a problem"},
		{"government of a located place", "More than 5,000 families have fled the clashes, according to the regional government of Cauca department.", "according to", "government", "COL", "assert", "5,000 families have fled"},
	})
	runNoClaims4(t, []string{
		"The handover went according to plan.",
		"According to the constitution, the president may serve two terms.",
		"Rations are shared according to need in the camps.",
		"According to tradition, the new chief is named at dawn.",
		"The report names a witness according to whom the convoy never stopped.",
		"According to preliminary information, the bridge is intact.",
	}, "according to", "According to")
}
