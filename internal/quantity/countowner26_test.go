package quantity_test

import "testing"

// countowner26Known are the items of the countowner26 battery that the
// whole pipeline does not meet yet, each with the reason.
var countowner26Known = map[string]string{
	"01-irq-basra|\"hundreds\" of men":                 "owner and claimed_by: \"the enemy had lost\" given the speaker; the communique read on a radio no side",
	"01-irq-basra|40 enemy tanks":                      "claimed_by: a communique read on Baghdad radio no side (claims)",
	"03-vnm-langson|\"several thousand\" of the enemy": "not found: \"several thousand\" of the enemy (countfind's part)",
	"03-vnm-langson|22 of the attackers":               "owner and claimed_by: the attackers no one's; \"According to the agency\" not taken up",
	"03-vnm-langson|30 artillery pieces":               "claimed_by: an army newspaper no side (claims)",
	"04-tur-sirnak|40 soldiers and village guards":     "owner: the soldiers a group says it killed given the group",
	"04-tur-sirnak|extra|A PKK spokesman":              "extra: \"A PKK spokesman\" read as one killed (countfind's part)",
	"05-geo-sukhumi|\"dozens\" of bodies":              "not found: \"left dozens of bodies\" (countfind's part)",
	"05-geo-sukhumi|45 of its fighters":                "owner: \"N of its fighters\" no one's",
	"06-per-huallaga|killing three policemen":          "owner: policemen the subversives killed given the group",
	"07-sau-jizan|\"dozens\" of infiltrators killed":   "owner: a heading's infiltrators no one's",
	"07-sau-jizan|\"dozens\" of the infiltrators":      "owner: infiltrators given the speaker",
}

// TestCountOwner26 runs the countowner26 battery (testdata/countowner26,
// session 26): short invented wire stories, statements and a live blog of
// eight conflicts that neither the development golds nor the earlier
// countowner batteries cover, about whose a count is and who claims it,
// sorted by the causes of the development golds' owner and claimant misses:
// a side's losses told by its name before "losses", "N of its fighters"
// and "one of its trucks" after a statement of the speaker, the enemy's
// losses named by a word of the speaker ("the enemy", "mercenaries",
// "attackers", "infiltrators", "intruders", "separatists"), civilians of
// the state whose villages were hit, and claimants from a heading's colon,
// "according to", a side's radio or agency, a claim nested in another and
// the wire's own voice. Its expectations were written before the pipeline
// ran on it; an extra count fails as much as a missed one.
func TestCountOwner26(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countowner26", "testdata/countowner26.tsv", countowner26Known, "countowner26Known")
	t.Logf("countowner26: %d/%d items right", right, total)
}
