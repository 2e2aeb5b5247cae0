package quantity_test

import "testing"

// countowner24Known are the items of the countowner24 battery that the
// whole pipeline does not meet yet, each with the reason.
var countowner24Known = map[string]string{
	"02-col-arauca|more than 20 men":                "owner: the men the 'mercenaries of the regime' lost given the speaker's side",
	"03-phl-isulan|Two suspects held":               "not found: a headline's 'Two suspects held' (countfind's part)",
	"04-som-sahafi|four of the attackers":           "claimed_by: 'Police said' after the Somali police given the headline's Kenya (claims)",
	"04-som-sahafi|two of its delegation":           "not found: a headline's 'two of its delegation' (countfind's part)",
	"06-eth-mekelle|\"hundreds of junta militias\"": "not found: 'junta militias' no people noun (countfind's part)",
	"06-eth-mekelle|70 prisoners":                   "owner: prisoners a group took, no state named",
	"07-sdn-omdurman|\"more than 100 mercenaries\"": "owner and claimed_by: 'mercenaries' given the speaker, the Wagner Group the speaker",
	"08-eth-ogaden|\"dozens\" of tanks":             "claimed_by: 'The radio said' not taken up (claims)",
	"08-eth-ogaden|150 prisoners":                   "not found: '150 prisoners had been taken' (countfind's part)",
	"08-eth-ogaden|more than 500 of the invaders":   "claimed_by: 'Ethiopian radio' no side (claims)",
	"09-tza-masaka|12 tanks":                        "owner: tanks the forces of a named leader lost given the speaker",
	"09-tza-masaka|300 of the invaders":             "claimed_by: 'Radio Uganda' no side (claims)",
	"09-tza-masaka|90 prisoners":                    "claimed_by: 'Radio Tanzania' no side (claims)",
	"09-tza-masaka|more than 200 Ugandan soldiers":  "claimed_by: 'Radio Tanzania' no side (claims)",
	"11-mmr-rakhine|four helicopters":               "owner: materiel the 'terrorist military' lost given the speaker",
	"12-mdg-cyclone|Four fishermen":                 "outcome and claimed_by: 'missing since' read as lost; the disaster office no side (claims)",
	"12-mdg-cyclone|killed 11 people":               "claimed_by: the disaster office no side (claims)",
	"12-mdg-cyclone|kills 11":                       "owner and claimed_by: a headline's bare figure of a storm's dead, no one's; the office no side",
}

// TestCountOwner24 runs the countowner24 battery (testdata/countowner24,
// session 24): short invented wire stories and statements of 12 conflicts
// and disasters that neither the development golds nor the earlier
// countowner batteries cover, about whose a count is, sorted by the causes
// of the development golds' owner misses: a speaker's own losses told
// without "our", the enemy's losses named with a word of contempt (the
// party the speaker fights, not a third group the story names), civilians
// wounded in a story of two states, the bodies of a named side's fighters,
// suspects arrested after a group's attack, a visiting delegation's dead,
// "our" in a claim the publisher rejects, prisoners counted beside the
// enemy's dead, and materiel a speaker's unit claims to have destroyed. Its
// expectations were written before the pipeline ran on it; an extra count
// fails as much as a missed one.
func TestCountOwner24(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countowner24", "testdata/countowner24.tsv", countowner24Known, "countowner24Known")
	t.Logf("countowner24: %d/%d items right", right, total)
}
