package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// TestModalCodes checks that cooperative acts said of the future or
// demanded are coded as intentions (03), concessions (080) or demands
// (10), as the PLOVER manual has it, and that acts that took place keep
// their codes.
func TestModalCodes(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trigger, cameo string
	}{
		// future cooperation: AGREE (03)
		{"The Kenyan president will visit Ethiopia next month.", "visit", "036"},
		{"Japan is ready to donate $50 million to the flood victims.", "donate", "033"},
		{"Norway offered to mediate between the government and the rebels.", "mediate", "036"},
		// future retreat: a concession (080); a future concession stays
		{"Moscow said it would withdraw its troops from the border.", "withdraw", "080"},
		{"Armenia is prepared to withdraw from the occupied districts.", "withdraw", "080"},
		{"The junta will lift the curfew on Friday.", "lift", "081"},
		// demands: "must"
		{"Ankara said Damascus must withdraw its forces from Afrin.", "withdraw", "106"},
		{"The envoy said Khartoum must donate food to the camps.", "donate", "103"},
		// cooperation that did not come about
		{"The two delegations failed to reach an agreement on the border.", "reach an agreement", "120"},
		// force announced or intended is a threat (13); attempted, an act
		{"The farmers said they would blockade the capital from Monday.", "blockade", "1381"},
		{"The militia will attack the airport unless the troops leave.", "attack", "1384"},
		{"The junta is prepared to impose martial law in the north.", "martial law", "1324"},
		{"Gunmen tried to attack the parliament building in Mogadishu.", "attack", "190"},
		// a wish, a fear or a forecast is no threat: see TestNoForce
		{"Kinshasa issued an ultimatum to the M23 rebels.", "ultimatum", "139"},
		// peacekeepers deployed give protection (074)
		{"The deployment of Kenyan peacekeeping troops began in Haiti on Tuesday.", "deployment", "074"},
		{"The army announced the deployment of 2,000 troops to the border.", "deployment", "150"},
		// ethnic cleansing, assassination, confiscation, alert
		{"Militias carried out ethnic cleansing in the villages of West Darfur.", "ethnic cleansing", "203"},
		{"Gunmen tried to assassinate the governor of Kano.", "assassinate", "186"},
		{"Police confiscated weapons from the militia in Tripoli.", "confiscated", "1711"},
		{"Security forces in Mali arrested the mayor.", "arrested", "173"},
		{"Israeli troops remained on high alert along the border.", "on high alert", "152"},
		// what took place keeps its code
		{"The Kenyan president visited Ethiopia on Monday.", "visit", "042"},
		{"Russian troops withdrew from Kherson.", "withdrew", "0874"},
		{"Both sides agreed to a ceasefire.", "ceasefire", "0871"},
		{"Uganda has granted political asylum to 18 Rwandan rebels.", "asylum", "075"},
		{"Some 800,000 Kurds sought refuge in Germany last month.", "sought refuge", "023"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2022-09-13")
		var got []string
		ok := false
		for _, e := range doc.Events {
			if strings.Contains(doc.Text[e.Start:e.End], tc.trigger) {
				got = append(got, e.CAMEO)
				ok = ok || e.CAMEO == tc.cameo
			}
		}
		if !ok {
			t.Errorf("%q: got %v at %q, want %s", tc.text, got, tc.trigger, tc.cameo)
		}
	}
}

// TestNoForce checks words of fighting and dying that tell of no act or
// threat of force: a peaceful death, a fight against an abstract foe, ore mining;
// and that the same words in a war report stay events.
func TestNoForce(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trigger string
		want          bool // an event of force at the trigger
	}{
		{"The former president died last month at his home in Lisbon at the age of 91.", "died", false},
		{"Mourners gathered in Accra to mark the death of the veteran opposition leader.", "death", false},
		{"The two ministries agreed to cooperate in the fight against corruption.", "fight", false},
		{"Police in Manila vowed to keep fighting drugs in the capital.", "fighting", false},
		{"Women's groups have fought for their rights for decades.", "fought", false},
		{"The envoy said he had sought to engage with Taliban authorities in Kabul.", "engage", false},
		{"Parents fear that more schoolchildren will be abducted in Katsina.", "abducted", false},
		{"The encirclement of the city, when complete, will liberate the surrounding villages.", "liberate", false},
		{"Copper mining resumed in Katanga province after the rainy season ended.", "mining", false},
		// in a war report
		{"Shelling hit the town overnight. Both parties have reported civilian deaths.", "deaths", true},
		{"Two soldiers died of their wounds in a hospital in Kharkiv.", "died", true},
		{"Three children died after stepping on an unexploded landmine in Helmand.", "landmine", true}, // (the deaths are the mine's)
		{"A policeman in Srinagar died after being stabbed on Friday.", "died", true},
		{"Government troops fought rebels for control of the airport.", "fought", true},
		{"The rebels fought for independence until the ceasefire of 1991.", "fought", true},
		{"Artillery fire continued all night, along with the mining of roads near the front.", "mining", true},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2022-09-13")
		if got := forceAt(doc, tc.trigger); got != tc.want {
			t.Errorf("%q: event of force at %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestCoordinatedCountLinks checks that the counts of people taken and
// killed ("kidnapped and killed 12 villagers") link to the kidnapping and
// to the killing.
func TestCoordinatedCountLinks(t *testing.T) {
	s := loadStage(t)
	for _, text := range []string{
		"Bandits kidnapped and killed 12 villagers in Zamfara.",
		"Jihadists abducted and executed nine Malian soldiers near Gao.",
	} {
		doc := analyse(t, s, text, "2024-03-01")
		byID := map[string]string{}
		for _, e := range doc.Events {
			byID[e.ID] = e.CAMEO
		}
		items := 0
		for _, c := range doc.Counts {
			code := byID[string(c.Event)]
			switch c.Item {
			case "captured":
				items++
				if !strings.HasPrefix(code, "181") {
					t.Errorf("%q: captured count linked to %q (%s), want the abduction", text, c.Event, code)
				}
			case "killed":
				items++
				if code == "" || strings.HasPrefix(code, "181") {
					t.Errorf("%q: killed count linked to %q (%s), want the killing", text, c.Event, code)
				}
			}
		}
		if items != 2 {
			t.Errorf("%q: %d captured and killed counts, want 2", text, items)
		}
	}
}

// TestClearlyVerbForces checks the untagged reading of a plural after a
// modifier of armed bodies: "security forces in Guinea" is a noun phrase,
// while the same form after a subject is a verb ("The junta forces
// civilians").
func TestClearlyVerbForces(t *testing.T) {
	tests := []struct {
		text string
		at   int // the word read
		want bool
	}{
		{"Security forces in Guinea arrested the mayor", 1, false},
		{"Witnesses said border guards in Chad fired", 3, false},
		{"Government patrols on the river stopped boats", 1, false},
		{"The junta forces them to flee", 2, true},
		{"Rwanda supports the rebels in Goma", 1, true},
	}
	for _, tc := range tests {
		var ws []words.Word
		for _, f := range strings.Fields(tc.text) {
			ws = append(ws, words.Word{Text: f, Lower: strings.ToLower(f), Tok: -1})
		}
		if got := clearlyVerb(ws, tc.at); got != tc.want {
			t.Errorf("%q at %q: clearlyVerb %v, want %v", tc.text, ws[tc.at].Text, got, tc.want)
		}
	}
}

// forceAt reports whether doc holds an event of force, or a threat of
// force, whose words contain trigger (a wish or a forecast is none).
func forceAt(doc *parallax.Document, trigger string) bool {
	for _, e := range doc.Events {
		if strings.Contains(doc.Text[e.Start:e.End], trigger) && (forceful(e.CAMEO) || strings.HasPrefix(e.CAMEO, "13")) {
			return true
		}
	}
	return false
}
