package claim_test

import "testing"

// TestQuoteLedCommonNouns: after a closing quotation, an article and a
// common noun phrase before the cue name the speaker whatever trade or
// plight the noun names (not only the listed speaker nouns); a relative
// clause after an inverted speaker, maybe after a phrase of age or place,
// is about the speaker and leaves the noun before it the speaker. Each
// case had no claim before the rule (readable-news audit, session 11).
func TestQuoteLedCommonNouns(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"shopkeeper told me", "Markets in Bukavu have been shut for weeks. “Nobody buys bread here anymore,” a shopkeeper told me.", "told", "shopkeeper", "", "assert", "-"},
		{"two-word trade", "Fuel ran short in the port on Tuesday. “The pumps are dry again,” a taxi driver said.", "said", "taxi driver", "", "assert", "-"},
		{"trade then place", "Fuel ran short in the port on Tuesday. “The pumps are dry again,” a minibus driver complained on Tuesday.", "complained", "minibus driver", "", "assert", "-"},
		{"one before the noun", "The ferry stopped running in March. “We cross by canoe now,” one fisherman said.", "said", "one fisherman", "", "assert", "-"},
		{"name before the noun", "Flights were cancelled at Goma airport on Friday. “I call it madness,” a Kenya Airways pilot complained.", "complained", "Kenya Airways pilot", "", "assert", "-"},
		{"group's fighter keeps the side", "Gunfire rang out across Khan Younis overnight. “We will not leave,” a Hamas fighter told the newspaper.", "told", "Hamas fighter", "HAMAS", "assert", "-"},
		{"count of children after the noun", "The camp near Kalemie holds 40,000 people. “We have nowhere to go,” a mother of four told Reuters.", "told", "mother of four", "", "assert", "-"},
		{"relative before cue", "Shells fell near the market in Sennar. “It was chaos,” a bus conductor who asked not to be named told the newspaper.", "told", "bus conductor", "", "assert", "-"},
		{"inverted with relative", "Shells fell near the market in Sennar. “We lost everything,” said a tailor who fled with his family.", "said", "tailor", "", "assert", "-"},
		{"inverted with age and relative", "Drones struck the depot near Sumy overnight. “We will rebuild it,” said the young engineer in her 20s who hopes to return next spring.", "said", "young engineer", "", "assert", "-"},
	})
}

// TestQuoteLedNounLimits: after a quotation that closed the sentence
// before, a subject keeps its quantifier ("One poster"); a relative
// clause after a reported clause's object is no speaker's.
func TestQuoteLedNounLimits(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quotation in the sentence before", "The forum filled with angry posts. Moderators wrote “stay calm.” One poster admitted to being part of the raid, writing in a forum post “we all joined in.”", "admitted", "One poster", "", "assert", "-"},
		{"object with relative", "The army said the town had been retaken by the soldiers who arrived on Monday.", "said", "army", "", "assert", "-"},
	})
}

// TestPluralFormBeforeQuotation: a cue form that is also a plural noun
// ("notes", "claims", "reports") is the verb when a comma or colon after
// it opens a quotation; each case had no claim before.
func TestPluralFormBeforeQuotation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"notes comma quotation", "Harvests fell again this year. The Ghanaian Ministry of Food notes, “Drought harms maize more than all pests together.”", "notes", "Ghanaian Ministry of Food", "GHA", "assert", "-"},
		{"notes colon quotation", "Harvests fell again this year. The ministry notes: “Drought harms maize more than all pests together.”", "notes", "ministry", "-", "assert", "-"},
		{"reports comma quotation", "The convoy was stopped near Kassala. The refugee agency reports, “Nearly half of the arrivals are children.”", "reports", "-", "-", "assert", "-"},
	})
}

// TestDescribedNameAfterQuotation: between a closing quotation and a
// named person before the cue, lower-case words that describe the
// person (a participle before a noun the parse may call a verb) are part
// of the speaker's phrase, not a clause; each case had no claim before.
func TestDescribedNameAfterQuotation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"participle and noun", "The old quarter of Herat was rebuilt twice. “Everything has changed,” celebrated poet Lenah Otieno said.", "said", "Lenah Otieno", "", "assert", "-"},
		{"participle told", "The old quarter of Herat was rebuilt twice. “Nothing is left of it,” acclaimed painter Dariu Khalsi told the radio.", "told", "Dariu Khalsi", "", "assert", "-"},
		// a country's possessive before the description: the person
		// speaks (the country, with a curly apostrophe, had been the
		// speaker), a private person of no party
		{"country owns the description", "The old quarter of Herat was rebuilt twice. “Nothing is left of it,” Kenya’s poet Lenah Otieno said.", "said", "Lenah Otieno", "", "assert", "-"},
		{"participle of exile", "The old quarter of Herat was rebuilt twice. “Nothing is left of it,” exiled filmmaker Dariu Khalsi said.", "said", "Dariu Khalsi", "", "assert", "-"},
	})
}
