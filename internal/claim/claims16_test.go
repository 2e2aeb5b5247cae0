package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes9Known are the expectations of the ninth battery (probes9.txt)
// parallax does not meet yet, each with the reason.
var probes9Known = map[string]string{
	"ye-saba-health: > said | Ministry of Health": "side YEM: Saba's dateline 'SANA'A' is the Houthis' capital, but the knowledge base tells neither Saba from Sanaa from Saba from Aden nor which capital a de facto authority holds",
	"ye-saba-health: > said | ministry":           "side YEM: as the Ministry of Health above",
}

// TestStateBodySideProbes runs the whole pipeline on the ninth battery:
// state bodies and unnamed officials whose side the story gives only by
// its dateline, its places or an earlier mention of the body.
func TestStateBodySideProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes9.txt"))
	testutil.CheckKnownFailures(t, failed, probes9Known, "probes9Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes9Known))
}

// TestStateBodySides: state bodies and officials the story names without
// their state, each given the side the story's dateline, towns or an
// earlier mention gives them. Each case fails without its rule.
func TestStateBodySides(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a state agency's dateline at home makes its ministries the
		// agency's state's, however often the story names the accused
		{"agency at home", "ADDIS ABABA, May 12 (ENA) - Eritrean troops shelled three villages near Zalambessa on Sunday, the Ministry of National Defence said. It added that Eritrea had massed forces on the border and that Eritrean artillery fired for two hours. Eritrea has not commented.", "said", "Ministry of National Defence", "ETH", "assert", "-"},
		// "Ministry of PORTFOLIO" is a state body as "the PORTFOLIO Ministry" is
		// a dateline in capitals cut off as a sentence of its own
		{"caps dateline agency", "MOSCOW, May 4. /TASS/. Air defences shot down 23 Ukrainian drones over the Kursk region overnight, the Defence Ministry said. Ukraine's army shelled Kursk, and Ukraine's president said Ukraine would hit back.", "said", "Defence Ministry", "RUS", "assert", "-"},
		{"ministry of portfolio", "DUSHANBE, June 3 (Reuters) - Floods destroyed 40 houses in two villages of the Khatlon region overnight, the Ministry of Emergency Situations said.", "said", "Ministry of Emergency Situations", "TJK", "assert", "-"},
		{"ministry of no portfolio", "LONDON, June 3 (Reuters) - The band's new album sold 40,000 copies in its first week, the Ministry of Sound said.", "said", "-", "", "assert", "-"},
		// a body whose long name ends in its state
		{"of country", "The State Border Committee of Belarus said on Monday that a drone had crossed from Lithuania.", "said", "State Border Committee of Belarus", "BLR", "assert", "-"},
		{"of country taken up", "The State Border Committee of Belarus said a patrol had detained four men near Grodno. The statement added that the men carried forged passports.", "added", "The statement", "BLR", "assert", "-"},
		// a town's official governs where the story's towns lie, not
		// where the attacker comes from
		{"regional governor", "KYIV, Jan 9 (Reuters) - Ukrainian drones struck an oil depot in the town of Novozybkov in Russia's Bryansk region overnight, the regional governor said. Ukraine's military said the depot supplied Russian troops, and Ukraine's navy said it had also hit a ferry. Ukrainian officials gave no more details.", "said", "regional governor", "RUS", "assert", "-"},
		{"head of administration", "Russian glide bombs hit two apartment blocks in Zaporizhzhia and a school in Orikhiv on Tuesday, the head of the regional administration said. Russia's defence ministry said it had struck Ukrainian army positions, and Russia's envoy said Russia would press on.", "said", "head of the regional administration", "UKR", "assert", "-"},
		// a spokesman titled by a body's kind speaks for the body named
		// before; an analyst so titled for no one
		{"army spokesman", "Chad's army said on Tuesday it had repelled an attack by Boko Haram fighters near Lake Chad. Army spokesman Ali Mahamat Saleh told reporters 17 attackers were killed.", "told", "-", "TCD", "assert", "Ali Mahamat Saleh"},
		{"body named after", "Police spokesman Amos Wekesa told reporters the gunmen had fled towards the border after the raid on Lamu. Kenya's police said earlier that al-Shabab was behind the raid.", "told", "-", "KEN", "assert", "Amos Wekesa"},
		{"military analyst", "Chad's army said on Tuesday it had repelled an attack by Boko Haram fighters near Lake Chad. Military analyst Rose Kimani told reporters the attack showed the group's reach.", "told", "-", "", "assert", "Rose Kimani"},
		// a body named by its kind in a territory the knowledge base lists
		// it for
		{"territory body capitalised", "Israeli strikes on Deir al-Balah killed 14 people overnight, the Health Ministry said.", "said", "Health Ministry", "HAMAS", "assert", "-"},
		{"territory body", "An air strike on a house in Deir al-Balah killed five members of one family on Monday, the health ministry said.", "said", "health ministry", "HAMAS", "assert", "-"},
	})
}

// TestAppositionSubjectNoInversion: a subject with its apposition before
// the cue's comma has no verb of its own, so the body after the cue opens
// the reported clause and is no inverted speaker ("The army spokesman in
// Ituri, Lieutenant NAME, said the ADF, armed with machetes, attacked");
// after a clause the body after the cue still speaks.
func TestAppositionSubjectNoInversion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"apposition subject", "The army spokesman in Ituri, Lieutenant Marc Obeni, said the ADF, armed with machetes, attacked the village of Mabalako at night.", "said", "Marc Obeni", "-", "assert", "-"},
		{"clause then inversion", "Five villagers were killed in the raid on Mabalako, said the Interior Ministry, which blamed the ADF.", "said", "Interior Ministry", "-", "assert", "-"},
	})
}
