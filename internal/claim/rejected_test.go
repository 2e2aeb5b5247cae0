package claim_test

import "testing"

// TestDenialAfterTheClaim: a denial that follows the claim it rejects
// (an apposition with a passive and its agent, a passive whose subject
// takes up the claim, a relative opened by "something" or by "which"
// with no comma) is the agent's denial of that claim, whoever or whatever
// the agent's phrase names. Invented sentences.
func TestDenialAfterTheClaim(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"apposition, named agent", "The navy said its ships had sunk a rebel barge, a claim denied by the rebel command.", "denied", "rebel command", "", "deny", "had sunk a rebel barge"},
		{"apposition, adverb", "The ministry said the convoy carried weapons, a claim flatly rejected by Hamas.", "rejected", "Hamas", "HAMAS", "deny", "the convoy carried weapons"},
		{"apposition, common noun agent", "He called the tanker a military vessel, a claim disputed by its Cypriot owner.", "disputed", "Cypriot owner", "", "deny", "a military vessel"},
		{"apposition, bare plural", "The militia said it had downed two helicopters, claims dismissed by the Pentagon.", "dismissed", "Pentagon", "USA", "deny", "downed two helicopters"},
		{"passive of the claim", "Separatists said they had taken the airport. The claim was denied by the regional administration.", "denied", "regional administration", "", "deny", "The claim"},
		{"something with a perfect", "The panel found that Uganda armed the rebels, something Kampala has always contested.", "contested", "Kampala", "UGA", "deny", "Uganda armed the rebels"},
		{"which without a comma", "He was charged with hiding weapons for the militia which Omar Haddad denied.", "denied", "Omar Haddad", "", "deny", "hiding weapons"},
	})
	// A refusal by someone is no denial of a claim: "access", "the
	// request" and "entry" state nothing; a thing before "which" with a
	// cue that goes on to an object is read as before.
	runNoClaims4(t, []string{
		"Access to the camp was denied by the army.",
		"The request was rejected by the court on Monday.",
		"The visa, a document denied by the embassy, was his last hope.",
	}, "denied", "rejected")
}

// TestObjectsAfterTheCue16: what a cue reports when its object is short:
// "that" after a preposition is a determiner ("claimed responsibility for
// that attack"), a party alone after "blamed" is the accusation ("The
// government blamed Rwanda." after the strike the story told), and a
// spelled figure after "at least" opens the reported clause even when a
// second noun is coordinated with it. A cause that is no party, or no
// object, makes no such claim. Invented sentences.
func TestObjectsAfterTheCue16(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"for that attack", "Gunmen stormed a police post near Bannu on Friday. The TTP claimed responsibility for that attack.", "claimed", "TTP", "TTP", "assert", "responsibility for that attack"},
		{"blamed a party", "A drone hit a fuel depot near the airport. The Congolese army blamed Rwanda.", "blamed", "Congolese army", "COD", "assert", "Rwanda"},
		{"at least five and a second noun", "Villagers said at least five houses and a grain store were burned.", "said", "Villagers", "", "assert", "at least five houses and a grain store were burned"},
	})
	runNoClaims4(t, []string{
		"The fire spread through the market. Officials blamed.",
	}, "blamed")
}

// TestHastenedTo: a cue after "to" whose verb says the party hurried to
// speak ("hastened to accuse", "was quick to deny", "rushed to claim")
// is that party's claim; verbs of refusing or trying to speak stay acts.
// Invented sentences.
func TestHastenedTo(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"hastened to accuse", "The Tbilisi government hastened to accuse the separatists of shelling a school in Gori.", "accuse", "Tbilisi government", "", "assert", "the separatists of shelling a school"},
		{"was quick to deny", "The rebel command was quick to deny any role in the bombing of the bridge.", "deny", "command", "", "deny", "any role in the bombing"},
		{"rushed to claim", "The militia rushed to claim the ambush near the lake as its own.", "claim", "militia", "", "assert", "the ambush near the lake"},
	})
	runNoClaims4(t, []string{
		"The army refused to confirm the toll from the raid.",
		"The ministry tried to deny entry to the reporters.",
	}, "confirm", "deny")
}

// TestDeniedBond: a judge who denies bond or parole refuses a release; he
// denies no statement, so the act is no denial another party's claim
// could contradict (as "denied bail"). Invented sentences.
func TestDeniedBond(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"bond", "A county judge on Thursday denied bond to the rapper arrested a day earlier.", "denied", "county judge", "", "assert", "bond to the rapper"},
		{"parole", "The judge denied parole to the former officer.", "denied", "judge", "", "assert", "parole to the former officer"},
	})
}
