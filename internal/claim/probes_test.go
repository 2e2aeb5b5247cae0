package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probesKnown are the probe expectations parallax does not meet yet, each
// with the reason; the test fails when one of them starts to pass, so the
// list stays honest.
var probesKnown = map[string]string{
	"india-hindustantimes: > told | Khawaja Asif":                    "'told a television channel that Pakistan had nothing to do with the attack' is asserted since session 16: the golds' convention makes negative content under a neutral cue assert (wiregold1 'had nothing to do with it'); the expectation reads it as a denial",
	"kosovo-balkaninsight: > said | Marko Jovic":                     "'opposition politician' (no legislature title): party officials get no state side (TestOfficeSide); the conventions decide lawmakers only",
	"ukraine-kyivpost-idioms: > told | Sources":                      "'Sources close to the Ukrainian delegation told': the delegation is taken as the speaker (UKR); whether sources close to a party speak for it is not decided by the conventions",
	"ukraine-kyivpost-idioms: extra told | the Ukrainian delegation": "the same claim as the one above",
	// second battery (probes2.txt, claims7)
	"colombia-reuters: > accused | ELN":          "'accused the government of lying about the death toll' is read as a denial (stance deny); the conventions make 'accused' no rejecting cue",
	"colombia-reuters: > said | ombudsman":       "'The ombudsman's office said': the speaker is 'office' with no side; a state ombudsman's office is not resolved to its state",
	"iraq-rudaw: extra informed | Washington":    "'Washington had informed Baghdad before the strikes' is read as a nested claim; informing with no reported content is no claim",
	"kcna-pyongyang: > statement | spokesman":    "'issued the following press statement:' followed by the statement's paragraph: 'statement' is no cue",
	"moldova-rferl: > said | Gazprom":            "a state-controlled company: the knowledge base gives Gazprom no side, and the conventions do not decide state companies",
	"moldova-rferl: > said | officials":          "found since claims9 (the placed trailing speaker), but side MDA: officials in the breakaway region's capital take the story's state; the expectation gives the de facto authority's officials no side",
	"moldova-rferl: > told | pensioner":          "'\"Q,\" a pensioner in Tiraspol told RFE/RL.': the speaker with a place after it closing a quotation is not found",
	"mozambique-lusa: > said | police commander": "'The provincial police commander said' (no longer taken for the Rwandan spokesman named before) has no side: 'commander' is no unnamed-official head, so the story's state is not given",
	// third battery (probes3.txt, claims8): 42 of 53 expectations right
	// at its first run as written, 44 once the Houthis' side code was
	// corrected (HOUTHI to the knowledge base's HOUTHIS)
	"drc-okapi-m23: = Kigali":                                               "'a claim Kigali denies': the capital resolves to the actor 'Government of Rwanda' (side RWA right); the expectation named the country",
	"drc-okapi-m23: extra denies | Kigali":                                  "'..., a claim Kigali denies' is read as Kigali's denial; the expectation listed no claim there",
	"myanmar-irrawaddy-junta: > said | information team":                    "'The regime's information team': 'regime' (the junta) is not resolved to the state (MMR)",
	"myanmar-irrawaddy-junta: extra denied | The regime's information team": "'said ... and denied hitting civilians': the coordinated second cue is read as a claim of its own (the expectation listed none)",
	"yemen-saba-ministry: > said | Ministry of Health":                      "Saba from Sana'a is the Houthis' agency, but the knowledge base gives Saba Yemen's side, so its ministries are YEM",
	"yemen-saba-ministry: > said | ministry":                                "as above",
	// fourth battery (probes4.txt, claims10): 75 of 114 expectations right
	// at its first run (15 extra claims); 4 expectations added after it
	// by the conventions (continuation claims, a denial's ', saying')
	"brazil-court-bolsonaro: > said | lawyers":                "'said ... they would appeal, calling the sentence \"absurd and disproportionate\"': the gerund's label makes the claim deny (a court's finding called absurd); the expectation keeps the statement assert",
	"france-afp-bayrou: > said | Le Pen":                      "the recogniser drops 'Marine' from 'Marine Le Pen' as a rank (NER title list), so the person is 'Le Pen' and the bare 'Pen' another mention (the two 'told' items pass since the actor base lists her, session 9)",
	"georgia-civilge: > said | de facto authorities":          "the recogniser retrained in session 6 (held-out stories replaced) tags the place after the body so that 'Tskhinvali' becomes the speaker (side unchanged, none)",
	"georgia-civilge: extra said | Tskhinvali":                "the same claim as the one above",
	"mali-wagner-telegram: > acknowledged | Telegram channel": "the recogniser retrained in session 6 leaves 'Telegram channel' untagged, so the group the channel is linked to is the speaker (side right, WAGNER)",
	"mali-wagner-telegram: extra acknowledged | Wagner":       "the same claim as the one above",
	"korea-yonhap-lee: > dismissed | Kim Yo-jong":             "'KCNA said Kim Yo-jong ... had dismissed the offer as \"a farce\"': the nested dismissal of an offer (no speech object) is not read",
	"korea-yonhap-lee: > said | Korean Central News Agency":   "\"North Korea's official Korean Central News Agency (KCNA) said\": the actor stage reads the adjective 'official' after the state's possessive as an unnamed official (side right, PRK)",
	"korea-yonhap-lee: extra said | North Korea's official":   "the same claim as the one above",
}

// TestProbes runs the whole pipeline on invented articles from many
// conflicts and outlets and compares claims (cue, speaker, side, stance,
// actor, quote) and entity resolutions with what was expected of them.
func TestProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	// probes2.txt is the second battery (claims7), written before parallax
	// ran on it: other outlets and conflicts, multi-party wire stories.
	probes := testutil.ReadClaimProbes(t, "testdata/probes/probes.txt")
	probes = append(probes, testutil.ReadClaimProbes(t, "testdata/probes/probes2.txt")...)
	// probes3.txt is the third battery (claims8), written before parallax
	// ran on it, after the governor, agency-body, nominal-anaphora and de
	// facto fixes, to see them carry to text they were not written for.
	probes = append(probes, testutil.ReadClaimProbes(t, "testdata/probes/probes3.txt")...)
	// probes4.txt is the fourth battery (claims10), written before parallax
	// ran on it: speaker choice among several names, sides from titles and
	// earlier offices, canonical person names, and political news.
	probes = append(probes, testutil.ReadClaimProbes(t, "testdata/probes/probes4.txt")...)
	failed, items := pipetest.ClaimProbeMismatches(t, probes)
	testutil.CheckKnownFailures(t, failed, probesKnown, "probesKnown")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probesKnown))
}
