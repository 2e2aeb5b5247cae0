package claim_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// claimfind19Want is one claim a passage should give: the cue's text, a
// part of the speaker's text, the stance ("" not checked) and a part of
// the sentence that holds the cue. An optional item ("?" before the cue)
// is neither required nor counted extra: a second act of one speaker
// ("..., adding that"), which the golds split on.
type claimfind19Want struct {
	cue, speaker, stance, sentence string
}

// claimfind19Passages: the session-19 claims-finding battery, written
// before the lane changed anything, in the styles of real outlets: live
// blogs with clock-time headings, headlines with a colon or a trailing
// "says X", "according to" at the end and at the start, quotations over
// several paragraphs, a question-and-answer transcript, statements quoted
// by a news agency, "X told reporters", "in a statement", "wrote on X",
// and passages with no claim, which must give none. Invented text.
var claimfind19Passages = []claimFindPassage{
	{"liveblog-time-party-colon",
		"Live: strikes on the port\n\n09:15 Yemeni health ministry: 14 killed in overnight raids on Hodeidah\n\nThe health ministry said 14 people were killed and 30 wounded in the raids.",
		[]claimfind19Want{{":", "health ministry", "assert", "14 killed in overnight raids"}, {"said", "health ministry", "assert", "30 wounded"}}},
	{"liveblog-time-body-colon",
		"Talks latest\n\n14:02 Kremlin: talks with Kyiv 'not on the agenda'\n\nKremlin spokesman Dmitry Peskov told reporters that no talks were planned this month.",
		[]claimfind19Want{{":", "Kremlin", "assert", "not on the agenda"}, {"told", "Dmitry Peskov", "assert", "no talks were planned"}}},
	{"liveblog-time-group-says",
		"Border clashes\n\n11:40 Hezbollah says it fired rockets at army post\n\nHezbollah said in a statement that its fighters had targeted a post near Metula with rockets.",
		[]claimfind19Want{{"says", "Hezbollah", "assert", "fired rockets at army post"}, {"said", "Hezbollah", "assert", "targeted a post"}}},
	{"liveblog-time-person-colon",
		"Sanaa strikes\n\n16:20 Port director: two cranes destroyed\n\nThe director of Hodeidah port, Ahmed Saleh, said on X that two cranes had been destroyed.",
		// (the heading "Port director:" optional since session 20: the golds
		// keep an office's heading in a live blog as its claim)
		[]claimfind19Want{{"said", "Ahmed Saleh", "assert", "two cranes had been destroyed"}, {"?:", "Port director", "assert", "two cranes destroyed"}}},
	{"headline-colon-army",
		"Army: 30 militants killed in northern raids\n\nThe army said on Sunday that 30 militants had been killed in raids in the north.",
		[]claimfind19Want{{":", "Army", "assert", "30 militants killed"}, {"said", "army", "assert", "30 militants had been killed"}}},
	{"headline-trailing-governor-says",
		"Two drones downed over Belgorod, governor says\n\nTwo drones were shot down over the city overnight, Governor Viktor Orlov said on Telegram.",
		[]claimfind19Want{{"says", "governor", "assert", "Two drones downed"}, {"said", "Viktor Orlov", "assert", "Two drones were shot down"}}},
	{"headline-inverted-says-group",
		"Border post overrun, 12 soldiers killed, says rebel alliance\n\nThe rebel alliance said its fighters had overrun a border post on Friday.",
		[]claimfind19Want{{"says", "alliance", "assert", "Border post overrun"}, {"said", "alliance", "assert", "overrun a border post"}}},
	{"headline-quote-colon-source",
		"'We do not target civilians': army spokesman on Kunduz strike\n\nThe army spokesman said the strike had hit a militant depot.",
		[]claimfind19Want{{"said", "spokesman", "assert", "militant depot"}}},
	{"according-to-end",
		"The strike killed at least nine people, including three children, according to the local health office.",
		[]claimfind19Want{{"according to", "office", "assert", "nine people"}}},
	{"according-to-start",
		"According to the United Nations, more than 200,000 people have fled the fighting since March.",
		// (cue text as written: "According to", corrected after the first run)
		[]claimfind19Want{{"According to", "United Nations", "assert", "200,000 people"}}},
	{"told-reporters",
		"Interior Minister Ali Kazemi told reporters in Tehran that the attackers had crossed from Iraq.",
		[]claimfind19Want{{"told", "Ali Kazemi", "assert", "crossed from Iraq"}}},
	{"told-us-by-phone",
		"\"We have not lost a single aircraft,\" an air force officer told us by phone.",
		[]claimfind19Want{{"told", "officer", "", "single aircraft"}}},
	{"in-a-statement",
		"In a statement on Tuesday, the Ethiopian defence ministry said its forces had repelled an attack near Bahir Dar.",
		[]claimfind19Want{{"said", "defence ministry", "assert", "repelled an attack"}}},
	{"wrote-on-x",
		"Foreign Minister Anna Kowal wrote on X that the drone incursion was deliberate.",
		[]claimfind19Want{{"wrote", "Anna Kowal", "assert", "incursion was deliberate"}}},
	{"wrote-on-telegram-inverted",
		"\"Our air defence worked well tonight,\" the governor of the region wrote on Telegram.",
		[]claimfind19Want{{"wrote", "governor", "assert", "air defence worked"}}},
	{"agency-quoted-as-saying",
		"The Saba news agency quoted a military spokesman as saying that the ship had been hit by two missiles.",
		[]claimfind19Want{{"saying", "spokesman", "assert", "hit by two missiles"}}},
	{"agency-citing-official",
		"The state news agency, citing a provincial official, reported that four border guards had been killed.",
		[]claimfind19Want{{"reported", "agency", "assert", "four border guards"}}},
	{"quote-over-paragraphs",
		"\"We were not consulted,\" said Amina Yusuf, an opposition lawmaker.\n\n\"The decision was taken in secret and the people of the north will pay for it. We will challenge it in court.\"\n\nThe bill passed by 210 votes to 95.",
		[]claimfind19Want{{"said", "Amina Yusuf", "assert", "not consulted"}, {"?said", "Amina Yusuf", "", "taken in secret"}, {"?said", "Amina Yusuf", "", "challenge it in court"}}},
	{"qa-transcript",
		"Defence Minister Karin Dahl spoke to our correspondent on Monday.\n\nQ: Were civilians hit in the strike on Lysne?\n\nDahl: No. Our forces struck only a fuel depot used by the militia.",
		[]claimfind19Want{{":", "Dahl", "", "fuel depot"}}},
	{"said-adding",
		"The ministry said 40 fighters were killed in the assault, adding that its own losses were light.",
		[]claimfind19Want{{"said", "ministry", "assert", "40 fighters"}, {"?adding", "", "", "losses were light"}}},
	{"denied-that",
		"The militia denied that its fighters had shelled the camp.",
		[]claimfind19Want{{"denied", "militia", "deny", "shelled the camp"}}},
	{"rejected-claims",
		"Moscow rejected as absurd claims that its troops had fired on the aid convoy.",
		[]claimfind19Want{{"rejected", "Moscow", "deny", "fired on the aid convoy"}}},
	{"none-reporter-fighting",
		"Fighting resumed on Tuesday near the border town of Kurmuk, where the army and the rebels have traded artillery fire for weeks.",
		nil},
	{"none-travel",
		"The minister arrived in Nairobi on Monday for talks on the ceasefire and is due to leave on Wednesday.",
		nil},
	{"none-statement-came",
		"The statement came hours after the attack on the market.",
		nil},
	{"none-were-told-to-leave",
		"Residents were told to leave their homes before dawn.",
		nil},
	{"none-showed-weapons",
		"Police showed the seized weapons to journalists at a base outside the city.",
		nil},
	{"none-announcement-expected",
		"The announcement of the new cabinet is expected on Friday.",
		nil},
	{"none-did-not-say",
		"The army's statement did not say how many soldiers were wounded.",
		nil},
	{"none-building",
		"The Defence Ministry building was damaged in the blast, and two guards were hurt.",
		nil},
	{"trailing-told-reporters-rank",
		"Government troops have retaken the airport, army spokesman Colonel Idris Musa told reporters on Monday.",
		[]claimfind19Want{{"told", "Idris Musa", "assert", "retaken the airport"}}},
	{"inverted-long-title",
		"\"The situation is critical,\" said international aid coordinator Mara Lind of the Nordic Refugee Council.",
		[]claimfind19Want{{"said", "Mara Lind", "assert", "situation is critical"}}},
	{"sources-at-hospital",
		"Medical sources at the city's main hospital told Example News they had received 30 bodies.",
		[]claimfind19Want{{"told", "sources", "assert", "30 bodies"}}},
	// (the coordinated passages' speaker is not checked since the first
	// run: the probes give such a claim to the noun next to the cue,
	// "residents and a rebel spokesman said" the spokesman's)
	{"coordinated-speakers-trailing",
		"Three people were killed when shells hit the market, residents and a nurse told Example Radio.",
		[]claimfind19Want{{"told", "", "assert", "Three people were killed"}}},
	{"acronym-media-office",
		"Five fighters were killed in the ambush, the Popular Defence Forces (PDF) media office said.",
		[]claimfind19Want{{"said", "", "assert", "Five fighters were killed"}}},
	{"commander-of-one-of",
		"A commander of one of the factions told a local news agency that his men had captured three tanks.",
		[]claimfind19Want{{"told", "commander", "assert", "captured three tanks"}}},
	{"it-said-after-body",
		"The Interior Ministry said 12 police officers had been killed. It said the attackers had fled toward the hills.",
		[]claimfind19Want{{"said", "Interior Ministry", "assert", "12 police officers"}, {"said", "It", "assert", "fled toward the hills"}}},
	{"put-the-toll-at",
		"The health ministry put the toll at 27 dead and 80 wounded.",
		[]claimfind19Want{{"put", "ministry", "assert", "27 dead"}}},
	{"had-reported-the-deaths",
		"Earlier in the day the army had reported the deaths of two soldiers.",
		[]claimfind19Want{{"reported", "army", "assert", "deaths of two soldiers"}}},
	// (rewritten after the first run: its first wording ran too close to
	// a held-out sentence; the form, a day word before the object, kept)
	{"announced-today-the-loss",
		"The navy announced today the loss of a patrol boat in the gulf.",
		[]claimfind19Want{{"announced", "navy", "assert", "loss of a patrol boat"}}},
	{"who-said",
		"The protest was broken up by police, who said the gathering had not been authorised.",
		[]claimfind19Want{{"said", "police", "assert", "not been authorised"}}},
	{"anonymity",
		"A senior security official, speaking on condition of anonymity, said the gunmen had come from across the border.",
		[]claimfind19Want{{"said", "official", "assert", "come from across the border"}}},
	{"the-statement-said",
		"The army issued a statement on Sunday. \"The enemy suffered heavy losses,\" the statement said.",
		[]claimfind19Want{{"said", "statement", "assert", "heavy losses"}}},
	// added after the first run, still before any change: the speaker
	// shapes the first passages were too kind to (a party before a title,
	// "this publication", "one of its", an acronym in brackets, nouns
	// coordinated before the cue)
	{"told-this-publication",
		"Fighting went on for a third day.\n\nMedical sources at the hospital told this publication they had received 43 bodies.",
		[]claimfind19Want{{"told", "sources", "assert", "43 bodies"}}},
	{"party-before-title",
		"The attack came at dawn.\n\n\"The town is still ours,\" an RSF field commander told us by phone.",
		[]claimfind19Want{{"told", "commander", "assert", "still ours"}}},
	{"one-of-its",
		"The alliance gave another account. A commander of one of its brigades told a local news agency that his men had taken the bridge.",
		[]claimfind19Want{{"told", "commander", "assert", "taken the bridge"}}},
	{"acronym-in-brackets-trailing",
		"The convoy was hit twice.\n\nFour fighters died in the clash, the Sudan Liberation Movement (SLM) press office said.",
		[]claimfind19Want{{"said", "", "assert", "Four fighters died"}}},
	{"coordinated-nouns-told",
		"The market was crowded.\n\nTwo children were among the dead, residents and a doctor told Example Radio.",
		[]claimfind19Want{{"told", "", "assert", "Two children"}}},
	{"coordinated-nouns-said",
		"The town lost power.\n\nThe shelling lasted all night, villagers and a local official said.",
		[]claimfind19Want{{"said", "", "assert", "shelling lasted"}}},
	{"general-staff-of",
		"The front moved little.\n\nOn Monday the General Staff of the Tigray forces claimed that its units had repelled every assault.",
		[]claimfind19Want{{"claimed", "General Staff", "assert", "repelled every assault"}}},
	{"agency-dateline",
		"MOSCOW, May 3 (Example Agency) - Russian air defences destroyed 12 Ukrainian drones overnight, the Defence Ministry said on Saturday.",
		[]claimfind19Want{{"said", "Defence Ministry", "assert", "12 Ukrainian drones"}}},
}

// claimfind19Known are the battery's items parallax does not meet, each
// with the reason; the test fails when one of them starts to pass.
var claimfind19Known = map[string]string{
	"qa-transcript: > : | Dahl": "an answer labelled with a surname after a 'Q:' line is not read as the minister's turn: turn wants a person entity or an answer label, and the surname alone after a paragraph break is not resolved to the person named before",
}

// TestClaimFindBattery19 runs the battery through the whole pipeline:
// every wanted claim must be found (cue, speaker, stance, sentence) and
// no other claim may be reported, outside the optional ones.
func TestClaimFindBattery19(t *testing.T) {
	runClaimFindBattery(t, unsided(claimfind19Passages), claimfind19Known, "claimfind19Known")
}

// claimFindPassage is one passage of a claims-finding battery and the
// claims it should give.
type claimFindPassage struct {
	name, text string
	want       []claimfind19Want
}

// batteryWant is one claim a passage should give: the cue's text, a
// piece of the speaker's text, the speaker's side ("" not checked, "-"
// none), the stance ("" not checked) and a piece of the sentence that
// holds the cue. A "?" before the cue marks an optional item (a second
// act of one speaker), neither required nor counted extra.
type batteryWant struct {
	cue, speaker, side, stance, sentence string
}

// batteryPassage is one passage of a claims battery and the claims it
// should give, sides included.
type batteryPassage struct {
	name, text string
	want       []batteryWant
}

// unsided turns a claims-finding battery, which checks no side, into
// battery passages.
func unsided(passages []claimFindPassage) []batteryPassage {
	out := make([]batteryPassage, len(passages))
	for i, p := range passages {
		out[i] = batteryPassage{name: p.name, text: p.text}
		for _, w := range p.want {
			out[i].want = append(out[i].want, batteryWant{cue: w.cue, speaker: w.speaker, stance: w.stance, sentence: w.sentence})
		}
	}
	return out
}

// runClaimFindBattery checks each passage's claims against its wants
// and reports the failures outside known.
func runClaimFindBattery(t *testing.T, passages []batteryPassage, known map[string]string, knownName string) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed := map[string]string{}
	items := 0
	for _, p := range passages {
		doc := analyzeParsed(t, p.text)
		used := map[int]bool{}
		match := func(w batteryWant) int {
			cue := strings.TrimPrefix(w.cue, "?")
			for i, c := range doc.Claims {
				if !used[i] && c.Cue.Text == cue && strings.Contains(c.Speaker.Text, w.speaker) && strings.Contains(c.Sentence, w.sentence) {
					return i
				}
			}
			return -1
		}
		for _, w := range p.want {
			if strings.HasPrefix(w.cue, "?") {
				continue
			}
			items++
			i := match(w)
			key := fmt.Sprintf("%s: > %s | %s", p.name, w.cue, w.speaker)
			if i < 0 {
				failed[key] = "not found: " + describe(doc)
				continue
			}
			used[i] = true
			c := doc.Claims[i]
			switch {
			case w.side == "-" && c.Speaker.Side != "", w.side != "" && w.side != "-" && c.Speaker.Side != w.side:
				failed[key] = fmt.Sprintf("side %q: %s", c.Speaker.Side, describe(doc))
			case w.stance != "" && string(c.Stance) != w.stance:
				failed[key] = fmt.Sprintf("stance %s: %s", c.Stance, describe(doc))
			}
		}
		for _, w := range p.want {
			if strings.HasPrefix(w.cue, "?") {
				if i := match(w); i >= 0 {
					used[i] = true
				}
			}
		}
		if len(p.want) == 0 {
			items++ // a passage with no claim counts as one item
		}
		for i, c := range doc.Claims {
			if !used[i] {
				failed[fmt.Sprintf("%s: extra %s | %s", p.name, c.Cue.Text, c.Speaker.Text)] = extraClaim(doc, c)
			}
		}
	}
	testutil.CheckKnownFailures(t, failed, known, knownName)
	t.Logf("%d items, %d failing (%d known)", items, len(failed), len(known))
}

func extraClaim(doc *parallax.Document, c parallax.Claim) string {
	return "extra claim: " + doc.Text[c.Start:c.End]
}

// TestClaimFind19Rules: the forms session 19's claims-finding lane made
// parallax read, with negatives. A listener after "told" named by the
// outlet's own words ("this publication", "us"); a speaker's phrase
// before a trailing cue that holds a party and modifiers ("a GNA-style
// air force officer"), a body's acronym in brackets before its office
// ("the X (XY) media office"), or nouns coordinated before the cue; a
// speaker's noun with a phrase of whose or where it is that the parse
// lost ("A commander of one of its brigades"); "Y quoted X as saying"; a
// bare "It" after a body's claim; a live blog's timed entry heading ("19:42
// Party: ..."); a headline's source after its cue (", says alliance");
// and a claim whose words are only a time. Invented sentences.
func TestClaimFind19Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"told this newspaper", "The siege went on.\n\nTwo nurses told this newspaper they had not been paid for months.", "told", "nurses", "", "assert", "they had not been paid"},
		{"told us", "The siege went on.\n\nA nurse told us the clinic had run out of insulin.", "told", "nurse", "", "assert", "the clinic had run out"},
		{"party and modifiers before the noun", "The siege went on.\n\n\"Nothing has crossed the bridge for days,\" an RSF field commander told us by phone.", "told", "commander", "", "assert", "Nothing has crossed the bridge"},
		{"acronym in brackets", "The siege went on.\n\nThree guards were wounded at the depot, the Democratic Forces Alliance (DFA) press office said.", "said", "Democratic Forces Alliance", "", "assert", "Three guards were wounded"},
		{"coordinated nouns", "The siege went on.\n\nThe bakery was hit twice, villagers and a police officer said.", "said", "", "", "assert", "The bakery was hit twice"},
		{"noun with of-phrase", "The siege went on.\n\nA spokesman of one of its brigades told a local radio station that his men had held the bridge.", "told", "spokesman", "", "assert", "his men had held the bridge"},
		{"quoted as saying", "The siege went on.\n\nThe state agency quoted a provincial governor as saying that four villages had been evacuated.", "saying", "governor", "", "assert", "four villages had been evacuated"},
		{"it after a body", "The siege went on.\n\nThe health agency said 40 patients had been moved. It said two more hospitals would close.", "said", "It", "", "assert", "two more hospitals would close"},
		{"timed entry", "Siege live\n\nThe siege went on.\n\n08:55 Hezbollah: fighters repelled an advance near the border\n\nHezbollah said its fighters had repelled an advance.", ":", "Hezbollah", "HEZBOLLAH", "assert", "repelled an advance near the border"},
		{"it with an auxiliary after a time", "The siege went on.\n\nThe health agency said 40 patients had died overnight. Earlier in the week it had reported the deaths of nine patients.", "reported", "it", "", "assert", "the deaths of nine patients"},
		{"given a toll of", "The siege went on.\n\nThe health agency now says 12 people died. On Monday it had given a toll of seven dead.", "given", "it", "", "assert", "a toll of seven dead"},
		{"put the losses at a sum", "The siege went on.\n\nThe port's manager said on X that three cranes were wrecked. He put the damage at about $40m.", "put", "He", "", "assert", "the damage at about $40m"},
		{"timed entry, irregular participle", "Valley live\n\nThe shelling went on.\n\n07:40 Hezbollah: army drone shot down over the valley\n\nThe group said its fighters had downed a drone.", ":", "Hezbollah", "HEZBOLLAH", "assert", "army drone shot down"},
		{"label of it with an attributive participle", "The siege went on.\n\nThe navy spokesman called it the biggest coordinated raid on the harbour this year.", "called", "spokesman", "", "assert", "the biggest coordinated raid"},
		{"declared with a colon after an act", "The siege went on.\n\nThe mayor toured the shelter and declared: \"No family will sleep outside tonight.\"", "declared", "mayor", "", "assert", "No family will sleep outside"},
		{"headline source after its cue", "Rebels take two towns in the north, says alliance\n\nThe Northern Liberation Alliance said on Sunday its fighters had taken two towns.", "says", "alliance", "", "assert", "Rebels take two towns"},
	})
	runNoClaims4(t, []string{
		// a time is no statement's content; "told me to" is an order
		"The siege went on.\n\nThe army issued a statement on Sunday.",
		"The siege went on.\n\nHe told me to leave the house.",
		// "called it a day" labels nothing, whatever follows
		"The siege went on.\n\nThe mayor called it a day and went home.",
		// a toll named with no figure, and a participle opening a clause
		"Given the toll of the long siege, the talks resumed.",
		"The siege went on.\n\nThe agency has given the toll of the siege much thought.",
		// a headline closed by a place, and a timed entry whose party is a place
		"Rebels take two towns in the north, says Kassala\n\nThe fighting went on.",
		"Siege live\n\n08:55 Kharkiv: three killed in overnight strikes\n\nThree people were killed.",
	}, "says", "said", ":", "showed", "issued a statement", "told", "given", "Given", "called")
	// "it" after a person's claim, and an "it" that shows, speak for no one
	for _, text := range []string{
		"The siege went on.\n\nThe spokesman said 40 patients had been moved. It said two more hospitals would close.",
		"The siege went on.\n\nThe health agency said 40 patients had been moved. It showed that the system was failing.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Speaker.Text == "It" {
				t.Errorf("%q: unexpected claim by It %s", text, describe(doc))
			}
		}
	}
}
