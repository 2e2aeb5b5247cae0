package actor_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// The speaker probes run the whole pipeline: a speaker's actor and side
// come from the recogniser, the claim stage and this stage together, and
// what is measured is what reaches the report. The file format and the
// matching are those of internal/claim's probe batteries, so that a probe
// moves between them unchanged.

// speakerProbesKnown are the expectations of testdata/probes/speakers.txt
// parallax does not meet yet, each with the reason; the test fails when
// one of them starts to pass, so the list stays honest.
var speakerProbesKnown = map[string]string{
	"drc-afp-rebels-spokesman: > said | UN peacekeeping source":            "'A UN peacekeeping source, who asked not to be named, said': after the relative clause the claim stage takes 'source' alone as the speaker, which no entity covers (side ''); without the clause the side is right (UNO)",
	"pakistan-dawn-rawalpindi: > said | Rawalpindi":                        "'Rawalpindi said' (the army's headquarters for the army): not in the base, since making the city an actor would take it from the places of stories set there",
	"pakistan-reuters-quetta-police: extra condemned | Washington":         "'The Pentagon's press secretary said Washington condemned the attack': the claim stage reads the condemnation as a nested claim of Washington (side right); the expectation listed none",
	"ukraine-kyivindependent-aide: > said | head of Russia's Wagner group": "'The head of Russia's Wagner group said': the claim stage takes the possessor 'Russia' as the speaker (RUS), not the group's head (WAGNER)",
}

// TestSpeakerProbes runs the pipeline on the speaker-resolution battery
// (invented stories from many conflicts and outlets, written before
// parallax ran on them) and compares each claim's speaker, actor, side and
// stance, and the named entities' resolutions, with what was expected.
func TestSpeakerProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	// The second battery (session 9: political news, name forms, titles
	// alone on the story's date, office holders of 2024-2026, non-parties)
	// and the third, written after the second's fixes as their transfer
	// measure, were each written before parallax ran on them.
	for _, b := range []struct {
		file, listName string
		known          map[string]string
	}{
		{"speakers.txt", "speakerProbesKnown", speakerProbesKnown},
		{"speakers2.txt", "speakers2Known", speakers2Known},
		{"speakers3.txt", "speakers3Known", speakers3Known},
		{"speakers4.txt", "speakers4Known", speakers4Known},
		{"speakers5.txt", "speakers5Known", speakers5Known},
		{"speakers6.txt", "speakers6Known", speakers6Known},
		{"speakers7.txt", "speakers7Known", speakers7Known},
	} {
		t.Run(b.file, func(t *testing.T) {
			failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/"+b.file))
			testutil.CheckKnownFailures(t, failed, b.known, b.listName)
			t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(b.known))
		})
	}
}

// speakers2Known are the expectations of testdata/probes/speakers2.txt
// parallax does not meet yet, each with the reason (see speakerProbesKnown).
var speakers2Known = map[string]string{
	"ukraine-reuters-titles-only: > said | Oleh Marchuk": "'A spokesman for the Khortytsia group of forces, NAME,' in a Kyiv story: the unnamed military unit gives no side (stance deny right)",
}

// speakers3Known are the expectations of testdata/probes/speakers3.txt
// parallax does not meet yet, each with the reason.
var speakers3Known = map[string]string{
	"india-ndtv-title-alone: > said | Foreign Secretary": "claim stage: 'The Foreign Secretary briefed envoys ... and said C' gives no claim for the coordinated 'said' (the actor stage resolves the title to Vikram Misri)",
}

// speakers4Known are the expectations of testdata/probes/speakers4.txt
// parallax does not meet yet, each with the reason.
var speakers4Known = map[string]string{
	"australia-abc-agency-staff: > said | Megan Tully":               "'NAME for Food Standards Australia New Zealand said': the recogniser takes the whole phrase as one organisation, so no person is named and the binational agency's side (AUS, the first state) is not read",
	"australia-abc-agency-staff: > said | She":                       "the same phrase: 'She' goes back to that organisation",
	"kenya-standard-novelist: > defended | Julius Ogamba":            "claim stage: 'defended the ban, saying C' gives only the participle's claim",
	"sudan-sudantribune-apposition-org: > calling | Mustafa Tambour": "claim stage: 'denied the accusation, calling it propaganda' gives no second claim for the participle",
	"us-nyt-local-police: > said | Dayton Public Schools district":   "'Both the Dayton Public Schools district and the Dayton Police Department said': the town is geoparsed nowhere (only inside the two names), so neither body is given the state's side; the claim's speaker span also stops before 'district'",
	"us-nyt-local-police: > said | Kamran Afzal":                     "'Police Chief NAME said' of a town's police in a story whose only place is inside the bodies' names: no state is read",
}

// speakers5Known are the expectations of testdata/probes/speakers5.txt
// parallax does not meet yet, each with the reason.
var speakers5Known = map[string]string{
	"myanmar-irrawaddy-gender: > said | Naw Eh Paw": "the recogniser does not tag 'Naw Eh Paw' (a Karen name opened by the honorific 'Naw') as a person: no actor (side right)",
	"myanmar-irrawaddy-gender: > said | she":        "the same name: the pronouns have no person to stand for (side right); listed once for the two quotes, which share the key",
}

// speakers6Known are the expectations of testdata/probes/speakers6.txt
// parallax does not meet yet, each with the reason.
var speakers6Known = map[string]string{
	"kenya-nation-novelist: > said | Femi Adeyemi":          "first run: 'Nigeria's leading human rights lawyer NAME' gives the lawyer Nigeria's side",
	"myanmar-irrawaddy-resistance: > said | Khaing Thu Kha": "', the group's spokesman,' loses the Arakan Army's side once the story has a place in Myanmar (the session-start code fails the same way on this text with 'near Sittwe'; it passed only while Ann was missing from the gazetteer)",
}

// speakers7Known are the expectations of testdata/probes/speakers7.txt
// parallax does not meet yet, each with the reason.
var speakers7Known = map[string]string{
	"north-korea-kcna-agency: > said | ministry spokesman": "'A ministry spokesman said' in a KCNA story from Pyongyang: the title's ministry is resolved (by the lexicon pass) before the agency's state settles 'the Foreign Ministry', so the actor stage gives no side and the claim stage's one is South Korea's (the other party)",
	"somalia-hiiraan-khawarij: > said | Ali Jeyte Osman":   "'Hiiraan regional administration spokesman NAME': a region's administration before a title is not read (placeServiceSide reads 'government' only, and the region is not geoparsed as one)",
}
