package claim_test

import "testing"

// TestAttrib28cBeliefObject: a belief with an object and an infinitive
// ("expects X to V") or with an object and its judgement ("considers X
// illegal", "consider X a warning") states what the subject holds, as
// "sees X as Y" does (attrib28c's written convention). Deliberation
// ("will consider the proposal"), passives ("is expected to") and an
// object without a judgement state nothing. Sentences invented.
func TestAttrib28cBeliefObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"diplomats expect X to",
			"Western diplomats expect the ceasefire to collapse before the harvest.",
			"expect", "Western diplomats", "-", "assert", "-"},
		{"the minister expects X to",
			"The finance minister expects inflation to fall below five percent next year.",
			"expects", "The finance minister", "-", "assert", "-"},
		{"economists consider X ADJ",
			"Several economists consider the new fuel tax unfair to small traders.",
			"consider", "Several economists", "-", "assert", "-"},
		{"the party considers X a N",
			"The opposition party considers the electoral commission a tool of the ruling family.",
			"considers", "The opposition party", "-", "assert", "-"},
		{"an adjective the tagger may read as a noun",
			"Press freedom groups consider the decree incompatible with the constitution.",
			"consider", "Press freedom groups", "-", "assert", "-"},
		{"lawyers considered X ADJ",
			"Lawyers for the fishermen considered the seizures unlawful.",
			"considered", "Lawyers for the fishermen", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"will consider the proposal", "The council will consider the proposal next week.", "consider"},
		{"considering a ban", "Parliament is considering a ban on plastic imports.", "considering"},
		{"considered the request", "The committee considered the request for two hours.", "considered"},
		{"considered the council proposal", "The senators considered the council proposal on Monday.", "considered"},
		{"is expected to", "The new bridge is expected to open in June.", "expected"},
		{"expected guests", "The hotel expected more guests than last year.", "expected"},
		{"than expected", "The harvest was larger than expected this year.", "expected"},
	})
}

// TestAttrib28cDocumentStates: "The ruling states that C" is the ruling's
// claim although "ruling states" reads like a noun phrase ("the ruling
// states of the region"). Sentences invented.
func TestAttrib28cDocumentStates(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the verdict states that",
			"The verdict states that the company knew about the leak for a year.",
			"states", "The verdict", "-", "assert", "-"},
		{"the court's ruling states that",
			"The court's ruling states that the land belongs to the village.",
			"states", "-", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"the ruling states of the region", "The ruling states of the region met in Accra on Monday.", "states"},
	})
}

// TestAttrib28cTrailingPlural: a plural noun speaker after the clause
// with "told" and an addressee ("C, the inmates told the commission"),
// also people whose noun has no agent ending (inmates, pilgrims,
// patients). Sentences invented.
func TestAttrib28cTrailingPlural(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the prisoners told the inspectors",
			"The food was often rotten, the prisoners told the inspectors.",
			"told", "the prisoners", "-", "assert", "-"},
		{"the villagers told the commission",
			"Soldiers burned the granaries before they left, the villagers told the commission.",
			"told", "the villagers", "-", "assert", "-"},
		{"the inmates told (no agent ending)",
			"The guards took their blankets in January, the inmates told the ombudsman.",
			"told", "the inmates", "-", "assert", "-"},
		{"the pilgrims said",
			"The buses left them at the border without water, the pilgrims said.",
			"said", "the pilgrims", "-", "assert", "-"},
		{"the patients told",
			"The clinic had no insulin for a month, the patients told VOA.",
			"told", "the patients", "-", "assert", "-"},
	})
}

// TestAttrib28cBeliefNested: a belief inside another's reported clause is
// what that speaker says, no second act (as "said the president was
// confident that C"). Sentences invented.
func TestAttrib28cBeliefNested(t *testing.T) {
	noClaimCases(t, [][3]string{
		{"said X expected", "The envoy said the council expected both parties to free their prisoners.", "expected"},
		{"insisted that X considers", "The minister insisted that the cabinet considers the border closure temporary.", "considers"},
	})
}

// TestAttrib28cPassiveGroupAgent: a passive cue's agent named by a group
// noun before "that" speaks ("had been told by prosecutors that C"), as
// a named agent does ("told by U.S. officials that C"). Sentences
// invented.
func TestAttrib28cPassiveGroupAgent(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"told by prosecutors that",
			"The defence lawyer said he had been told by prosecutors that the charges would be dropped.",
			"told", "prosecutors", "-", "assert", "-"},
		{"informed by local officials that",
			"The aid group was informed by local officials that the road to the camp had reopened.",
			"informed", "local officials", "-", "assert", "-"},
	})
}

// TestAttrib28cPluralPossessive: a speaker after the cue whose phrase
// holds a plural owner's mark ("asked the journalists' union", "said the
// teachers' union"). Sentences invented.
func TestAttrib28cPluralPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"asked the journalists' union",
			"\"Since when is a budget report a state secret?\" asked the journalists' union.",
			"asked", "the journalists' union", "-", "assert", "-"},
		{"said the teachers' union",
			"\"No school will open until the salaries are paid,\" said the teachers' union.",
			"said", "the teachers' union", "-", "assert", "-"},
	})
}
