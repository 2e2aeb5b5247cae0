package claim_test

import "testing"

// TestAdjunctsAndSubjects: forms of attribution that session 14's first
// claims round found missing on unseen text: a day or a clock time
// between the cue and what it reports, new cues (denounce, contest,
// detail, question whether), subjects named by an agent noun or a report
// from a body, a clause without "that" after a noun phrase, a cue
// coordinated with an act, and a headline's source after a comma.
// Invented sentences.
func TestAdjunctsAndSubjects(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"day before the object", "The militia denied on Sunday any role in the killing of the two engineers.", "denied", "militia", "", "deny", "any role in the killing"},
		{"day before the object, confirm", "The navy confirmed on Tuesday night the loss of a patrol boat off the coast.", "confirmed", "navy", "", "assert", "the loss of a patrol boat"},
		{"clock time before that", "The regional council announced at 6 p.m. local time that the curfew would be lifted.", "announced", "regional council", "", "assert", "the curfew would be lifted"},
		{"denounce a label", "The opposition leader denounced the vote as a sham staged by the ruling party.", "denounced", "opposition leader", "", "assert", "the vote as a sham"},
		{"contest a statement", "Kigali has always contested the findings of the panel of experts.", "contested", "Kigali", "RWA", "deny", "the findings of the panel"},
		{"details how", "The report details how the militia burned three villages near the lake.", "details", "report", "", "assert", "how the militia burned three villages"},
		{"question whether", "Several lawmakers questioned whether the army could hold the port city.", "questioned", "lawmakers", "", "assert", "whether the army could hold"},
		{"agent noun subject", "Some columnists suggested the minister's resignation may be behind the delay.", "suggested", "columnists", "", "assert", "the minister's resignation may be behind"},
		{"clause after an of-phrase", "One poll found two-thirds of voters and half of the soldiers are opposed to the truce.", "found", "poll", "", "assert", "two-thirds of voters"},
		{"data from a body", "A preliminary assessment from the National Disaster Agency released Monday showed that the floods had displaced 4,000 people.", "showed", "assessment", "", "assert", "the floods had displaced 4,000 people"},
		{"coordinated after an act", "The group seized the town, renamed its main square and claimed it would be the capital of a new province.", "claimed", "group", "", "assert", "it would be the capital"},
		{"headline comma source", "Gunmen raid border post, Niger confirms casualties\n\nGunmen attacked a border post in the Tillaberi region on Friday.", "confirms", "Niger", "NER", "assert", "Gunmen raid border post"},
		{"headline quoted object", "Drones hit power plant, Kyiv denounces 'Russian terror'\n\nDrones hit a power plant near Odesa overnight, Ukraine's energy ministry said.", "denounces", "Kyiv", "UKR", "assert", "Russian terror"},
	})
	// A day after a verb that reports nothing, an interrogation, an
	// adjective, a race contested and a clause-opening word after the
	// day make no claim.
	runNoClaims4(t, []string{
		"The minister spoke on Sunday about the talks with the rebels.",
		"Police questioned the two suspects for several hours.",
		"The ministry released detailed plans for the evacuation of the city.",
		"He contested the election in 2019 and lost.",
		"The army confirmed on Monday.",
	})
}

// TestGerundsAfterActs: an -ing cue after a clause that reports nothing
// itself speaks for that clause's subject, found through the parse over
// an infinitive ("seeks to block ..., alleging"), for speech and stance
// cues ("voted ..., urging", "went on alert, announcing"); right after a
// paper without a comma it speaks for whoever put the paper out ("put out
// a statement saying", "filed petitions arguing"); after "by" for the
// verb's subject ("retaliated by announcing"); and people named by a
// noun before ", who said" speak. Invented sentences.
func TestGerundsAfterActs(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"alleging over an infinitive", "The petition, filed on Monday in the high court, seeks to halt the deportations, alleging they break the constitution.", "alleging", "petition", "", "assert", "they break the constitution"},
		{"urging after a vote", "The assembly voted 88-4 on Thursday, urging the cabinet to recall the envoy.", "urging", "assembly", "", "assert", "the cabinet to recall the envoy"},
		{"announcing after an act", "The health ministry raised its alert level, announcing four new cases of measles.", "announcing", "health ministry", "", "assert", "four new cases of measles"},
		{"calling on after a meeting", "The governor met the elders in the capital, calling on them to hand over the weapons.", "calling on", "governor", "", "assert", "them to hand over the weapons"},
		{"statement saying", "The navy put out a statement saying the tanker had been towed to port.", "saying", "navy", "", "assert", "the tanker had been towed to port"},
		{"petitions arguing", "The opposition filed six petitions arguing that the count had been rigged.", "arguing", "opposition", "", "assert", "the count had been rigged"},
		{"by announcing", "The cabinet responded by announcing new duties on imported grain.", "announcing", "cabinet", "", "assert", "new duties on imported grain"},
		{"who said after by", "The police version was contested by witnesses, who said officers fired first.", "said", "witnesses", "", "assert", "officers fired first"},
	})
	// A thing that does something speaks for no one; a passive "by"
	// before the -ing form is no manner of a speaker's act.
	runNoClaims4(t, []string{
		"The flood cut the valley off for a week, demanding a huge relief effort.",
		"The town was shaken by rumours saying the dam had burst.",
	}, "demanding", "saying")
}

// TestLabelsConnectivesAndScareQuotes: a label given to "it" ("called it
// the largest attack"), praise by "hail", a connective before the
// speaker that is no clause said before the cue ("However, X told Y on
// Friday C"), a clause after a day without "that" whose subject is a
// noun phrase, and a word quoted inside the reported clause (`says
// "foreign" agents are`) that is no direct quotation. Invented sentences.
func TestLabelsConnectivesAndScareQuotes(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"label of it", "The navy called it the heaviest missile barrage on the port since the summer.", "called", "navy", "", "assert", "the heaviest missile barrage"},
		{"hail", "The mayor hailed \"the courage of our rescuers\" after the flood.", "hailed", "mayor", "", "assert", "the courage of our rescuers"},
		{"connective before the speaker", "However, a border guard spokesman told state radio on Monday the crossing had been reopened.", "told", "spokesman", "", "assert", "the crossing had been reopened"},
		{"scare quote in the clause", "The interior ministry says \"foreign\" agents are behind the riots in the capital.", "says", "ministry", "", "assert", "agents are behind the riots"},
	})
	// "called it a day" and "called it quits" label nothing; a quotation
	// that is the whole object stays a direct quotation (checked by the
	// content of its claim, below).
	runNoClaims4(t, []string{
		"After twelve hours of talks the negotiators called it a day.",
		"The coach called it quits after the final.",
	}, "called")
	runClaims4(t, []claims4Case{
		{"quoted object", "The ministry said \"the situation is under control\" in the north.", "said", "ministry", "", "assert", "the situation is under control"},
	})
}
