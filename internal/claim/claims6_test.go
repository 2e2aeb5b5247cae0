package claim_test

import (
	"strings"
	"testing"
)

// TestDatelineIsNoSubject: a wire dateline before the first sentence
// ("CITY, Month D (Agency) -") names no speaker; the sentence's own
// subject speaks.
func TestDatelineIsNoSubject(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"reuters", "LURIN, Feb 3 (Reuters) - The Ruvian army said it had taken the bridge at Kasu.", "said", "army", "", "assert", "it had taken the bridge"},
		{"ap em dash", "DASTAN, Ruvia (AP) — Police said two officers were wounded near the market.", "said", "Police", "", "assert", "two officers were wounded"},
		{"capitals and colon", "KASU: The governor said the curfew would be lifted on Friday.", "said", "governor", "", "assert", "the curfew would be lifted"},
		{"agency in slashes", "LURIN, March 9. /Ruvpress/ - The ministry said the convoy had reached the port.", "said", "ministry", "", "assert", "the convoy had reached"},
	})
	// a sentence that merely opens with capitals keeps its subject
	runClaims4(t, []claims4Case{
		{"acronym subject", "NATO said the drills would go on - and no one objected.", "said", "NATO", "", "assert", "the drills would go on"},
	})
}

// TestPronounObjectDenial: a denial whose object is a bare pronoun ("but
// the army denied it", "while Lurin rejected this") denies the claim
// reported just before.
func TestPronounObjectDenial(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"but denied it", "The rebels said they had captured the dam at Kasu, but the army denied it.", "denied", "army", "", "deny", "captured the dam"},
		{"while rejected this", "The militia said its drones had hit the airport, while the ministry rejected this.", "rejected", "ministry", "", "deny", "hit the airport"},
		{"next sentence", "The Ruvian navy said it had sunk two patrol boats. The coast guard denied it on Tuesday.", "denied", "coast guard", "", "deny", "sunk two patrol boats"},
		{"as false", "Police said the protesters had thrown stones, but the organisers rejected this as false.", "rejected", "organisers", "", "deny", "thrown stones"},
	})
	// a pronoun that opens a clause or a noun phrase is no object pronoun
	runClaims4(t, []claims4Case{
		{"that clause", "The rebels said they held the dam, but the army denied that the dam had fallen.", "denied", "army", "", "deny", "the dam had fallen"},
	})
	runNoClaims4(t, []string{
		"The army denied it.",
		"The rebels took the dam at Kasu, but the army denied it.",
	}, "denied")
}

// TestCoordinatedSecondAct: "X denied that C and said D": the cue after
// "and"/"but" with no subject of its own is a second act of the first
// cue's speaker, and it ends the first claim.
func TestCoordinatedSecondAct(t *testing.T) {
	runClaims4(t, []claims4Case{
		// (session 22: the "and said" after the denial is folded into it,
		// which keeps its own words; the case checked the "said" claim)
		{"denied and said folds", "Lukas Brenner denied that his ministry had been involved and said the gunmen were local farmers.", "denied", "Lukas Brenner", "", "deny", "his ministry had been involved"},
		{"first ends", "Lukas Brenner denied that his ministry had been involved and said the gunmen were local farmers.", "denied", "Lukas Brenner", "", "deny", "his ministry had been involved"},
		// (until session 11 the parse left the second "says" without a
		// clause and one claim ran over both acts, which this case, then
		// checking "the money must come", let pass; the modal after the
		// noun phrase now marks the clause: two acts, the first ending
		// before "but")
		{"says but says", "Mayor Irena Novak says the bridge can be rebuilt but says the money must come from Lurin.", "says", "Irena Novak", "", "assert", "the bridge can be rebuilt"},
	})
	if !testing.Short() {
		doc := analyzeParsed(t, "Mayor Irena Novak says the bridge can be rebuilt but says the money must come from Lurin.")
		second := false
		for _, c := range doc.Claims {
			got := doc.Text[c.Start:c.End]
			if strings.Contains(got, "bridge") && strings.Contains(got, "money") {
				t.Errorf("one claim runs over both acts: %q", got)
			}
			second = second || c.Cue.Text == "says" && strings.HasPrefix(got, "the money must come")
		}
		if !second {
			t.Error("no second act 'says the money must come'")
		}
	}
	for _, text := range []string{
		"Lukas Brenner denied that his ministry had been involved and said the gunmen were local farmers.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Cue.Text == "denied" && c.End > len("Lukas Brenner denied that his ministry had been involved") {
				t.Errorf("%q: the denial runs into the second act: %q", text, doc.Text[c.Start:c.End])
			}
		}
	}
	// (session 12: a request after "and" is an act of its own, as
	// devgold2, wiregold2 and xdoc2 count it; session 21 folds it into a
	// claim of the same speaker before it: TestCoordinatedAppeals)
}

// TestStateAsModifier: "state" before "media", "television", "news
// agency" is a noun modifier, not the reporting verb; the whole phrase
// speaks for its state.
func TestStateAsModifier(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"state media", "Ruvian state media reported that the dam at Kasu had been repaired.", "reported", "state media", "", "assert", "the dam at Kasu"},
		{"state television", "Iranian state television said two drones were downed near Tabriz.", "said", "Iranian state television", "IRN", "assert", "two drones were downed"},
		{"state-run agency", "Egypt's state-run news agency said the crossing had reopened.", "said", "news agency", "EGY", "assert", "the crossing had reopened"},
	})
	runNoClaims4(t, []string{
		"Russian state media reported that the bridge had been hit.",
		"Chinese state television said the talks would resume.",
	}, "state")
	runClaims4(t, []claims4Case{
		{"verb state", "The officials state that the wells are dry.", "state", "officials", "", "assert", "the wells are dry"},
	})
}

// TestClaimApposition: ", a claim X rejected" ends the clause before it
// (which keeps its own stance) and rejects, not reports, the claim.
func TestClaimApposition(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"claim keeps assert", "The Ruvian ministry claimed that its jets had hit a fuel depot, a claim Lurin rejected as false.", "claimed", "ministry", "", "assert", "had hit a fuel depot"},
		{"apposition denies", "The Ruvian ministry claimed that its jets had hit a fuel depot, a claim Lurin rejected as false.", "rejected", "Lurin", "", "deny", ""},
		{"charge", "The rebels accused the army of shelling the clinic in Kasu, a charge the army denied.", "accused", "rebels", "", "assert", "shelling the clinic"},
	})
	for _, text := range []string{
		"The rebels accused the army of shelling the clinic in Kasu, a charge the army denied.",
		"The Ruvian ministry claimed that its jets had hit a fuel depot, a claim Lurin rejected as false.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Parent != "" {
				t.Errorf("%q: claim %q has parent %s; a rejection reports nothing", text, c.Cue.Text, c.Parent)
			}
			if c.Stance == "deny" && c.Cue.Text != "denied" && c.Cue.Text != "rejected" {
				t.Errorf("%q: %q denies", text, c.Cue.Text)
			}
		}
	}
}

// TestStateBeforeNounAfterCue: "told the state broadcaster that C": the
// modifier "state" is no nested cue that would end the search for "that".
func TestStateBeforeNounAfterCue(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"told state broadcaster", "Minister Abel Tsegaye told the state broadcaster that the road to Dessie was open.", "told", "Abel Tsegaye", "", "assert", "the road to Dessie was open"},
		{"said on state television", "The governor said on state television that the curfew would end.", "said", "governor", "", "assert", "the curfew would end"},
	})
}

// TestEventIsNoSpeaker: an event noun before an evidence cue ("the
// attack showed", "the strikes suggest") speaks for no one.
func TestEventIsNoSpeaker(t *testing.T) {
	runNoClaims4(t, []string{
		"The minister said the attack showed the rebels were not interested in talks.",
		"The strikes suggest the militia has new drones.",
	}, "showed", "suggest")
	runClaims4(t, []claims4Case{
		{"data subject", "Figures released by the ministry showed that 40 people died in Kasu.", "showed", "ministry", "", "assert", "40 people died"},
		{"person subject", "Ana Ferro showed that the ledger had been forged.", "showed", "Ana Ferro", "", "assert", "the ledger had been forged"},
	})
}

// TestMeansAndRanks: "said by phone" names the means, not an agent; a
// long rank between the apposition's comma and the name ("A spokesman
// for X, Colonel NAME, said") keeps the apposition; a denial with a
// gerund object coordinated after a reported clause is the speaker's
// second act; "Gezira state said" is a place name, not the cue "state".
func TestMeansAndRanks(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"by phone", "A spokesman for the militia, Odo Rahm, said by phone that the fighters held the bridge.", "said", "Odo Rahm", "", "assert", "the fighters held the bridge"},
		{"by telephone", "Mayor Lena Varga told AFP by telephone that the water was cut.", "told", "Lena Varga", "", "assert", "the water was cut"},
		{"long rank", "A spokesman for the Ruvian army, Colonel Ivo Marsh, said the border was quiet.", "said", "Ivo Marsh", "", "assert", "the border was quiet"},
		{"denied gerund", "The militia said in a statement that its fighters had shelled the barracks and denied targeting the market.", "denied", "militia", "", "deny", "targeting the market"},
		{"state name", "Activists in Kassala state said that the camp had been shelled.", "said", "Activists", "", "assert", "the camp had been shelled"},
	})
	runNoClaims4(t, []string{
		"Activists in Kassala state said that the camp had been shelled.",
	}, "state")
}

// TestParticipleAndResponsibility: "in a statement read on state
// television that C" ("read" a participle, not a nested cue); "claimed
// responsibility, according to X" is a claim though its object is one
// word.
func TestParticipleAndResponsibility(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"statement read", "The Malian army said in a statement read on state television that it had retaken Kasu.", "said", "army", "", "assert", "it had retaken Kasu"},
		{"responsibility", "The Dawn Brigade, a splinter of the old militia, claimed responsibility, according to police in Lurin.", "claimed", "Dawn Brigade", "", "assert", "responsibility"},
	})
	runNoClaims4(t, []string{
		"The Malian army said in a statement read on state television that it had retaken Kasu.",
	}, "read")
	runNoClaims4(t, []string{"The militia claimed more, according to police in Lurin."}, "claimed")
}

// TestPlacedByTowns: where no state dominates the mentions, unnamed
// officials speak for the state whose towns the story is set in, unless
// another state is named more often.
func TestPlacedByTowns(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"towns of one state", "Gunmen killed 12 hikers near Pahalgam in Jammu and Kashmir. Indian troops searched the hills. Pakistan denied any role. Officials said the gunmen fled into the forest.", "said", "Officials", "IND", "assert", "the gunmen fled"},
	})
	runClaims4(t, []claims4Case{
		{"another state named more", "The Moroccan agency broke up a cell. Moroccan police searched homes. Cells were also found in Seville and Malaga. Authorities said the cell made bombs.", "said", "Authorities", "-", "assert", "the cell made bombs"},
	})
}

// TestBodyAfterSpeakerNounAndPossessedTitle: "A spokesman for the
// Pentagon, who ..., said" takes the body's side, not the story's state;
// "C, its information minister NAME said" reads the title with its
// possessive and portfolio before the name.
func TestBodyAfterSpeakerNounAndPossessedTitle(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"spokesman for a body", "Jets struck depots near Sanaa in Yemen. Yemen's government met in Aden. A spokesman for the Pentagon, who spoke on condition of anonymity, said more strikes were possible.", "said", "spokesman", "USA", "assert", "more strikes were possible"},
		{"possessed title", "The Ruvian cabinet backed the plan, its information minister Ilan Varos said on Friday.", "said", "Ilan Varos", "", "assert", "backed the plan"},
	})
}

// TestNameBeforeSpeakerNoun: a town the recogniser took for a body,
// before "resident" ("A Kasu resident told"), modifies the speaker noun:
// the resident speaks, not the town.
func TestNameBeforeSpeakerNoun(t *testing.T) {
	doc := analyzeParsed(t, "A Kasu resident told reporters that the shelling lasted all night.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "told" && c.Speaker.Actor != "" && c.Speaker.Actor != "Kasu resident" {
			t.Errorf("speaker actor %q, want none (the resident): %s", c.Speaker.Actor, describe(doc))
		}
	}
}

// TestNameAfterTitleSubject: "The bloc's foreign policy chief NAME said":
// the name before the cue speaks, with the title's side when it has none.
func TestNameAfterTitleSubject(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"title then name", "The EU's foreign policy chief Marta Lind said the sanctions would stay.", "said", "Marta Lind", "EU", "assert", "the sanctions would stay"},
		{"state's title then name", "Kenya's top diplomat Ann Wafula told reporters the talks failed.", "told", "Ann Wafula", "KEN", "assert", "the talks failed"},
		{"group, lower-case title, name", "Hamas political bureau member Samir Odeh said the talks had failed.", "said", "Samir Odeh", "HAMAS", "assert", "the talks had failed"},
	})
}

// TestGroupLeaderByTitle: an armed group's possessive title ("Hezbollah's
// leader said") is the holder of the day (Naim Qassem on the test's date,
// 2025-03-14), as a state's is.
func TestGroupLeaderByTitle(t *testing.T) {
	for _, tc := range []struct{ text, actor, side string }{
		{"Hezbollah's leader said the group would strike back.", "Naim Qassem", "HEZBOLLAH"},
		{"Russia's foreign minister said the talks were useless.", "Sergey Lavrov", "RUS"},
	} {
		doc := analyzeParsed(t, tc.text)
		found := false
		for _, c := range doc.Claims {
			if c.Cue.Text == "said" {
				found = true
				if c.Speaker.Actor != tc.actor || c.Speaker.Side != tc.side {
					t.Errorf("%q: got %+v", tc.text, c.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim: %s", tc.text, describe(doc))
		}
	}
}
