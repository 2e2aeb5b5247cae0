package quantity_test

import "testing"

// countowner22Known are the items of the countowner22 battery that the
// whole pipeline does not meet yet, each with the reason.
var countowner22Known = map[string]string{
	"01-som-baidoa|kill 300 Islamists":                      "not found: 'Islamists' as a people noun in a headline (countfind's part)",
	"03-cod-kinshasa|300 attackers dead":                    "claimed_by: the headline's 'Congo says' gets no claim",
	"06-tcd-rebels|12 armoured vehicles":                    "owner: the ally of the next sentence (France); claimed_by: the rebels' claim given the state they fight (speaker side)",
	"06-tcd-rebels|50 government soldiers":                  "claimed_by: 'Rebels fighting to topple President Idriss Deby said' given Chad (speaker side: speakers lanes)",
	"08-sdn-jem|18 martyrs":                                 "owner and claimed_by: 'JEM spokesman Ahmed Hussein Adam' gets no side (speakers lanes)",
	"08-sdn-jem|30 army vehicles":                           "claimed_by: 'The Justice and Equality Movement said' gets no side (speakers lanes)",
	"08-sdn-jem|JEM says it killed 200 government soldiers": "claimed_by: the headline's 'JEM says' gets no side (speakers lanes)",
	"08-sdn-jem|had killed 200 government soldiers":         "claimed_by: 'The Justice and Equality Movement said' gets no side (speakers lanes)",
	"09-ind-mumbai|172 dead":                                "owner: the victims of 'the attackers' given the attackers' group the next paragraph names",
	"09-ind-mumbai|239 people":                              "claimed_by: 'The Maharashtra health department' gets no side (speakers lanes)",
	"09-ind-mumbai|the last three gunmen":                   "not found: 'the last three gunmen' (countfind's part)",
	"12-geo-sukhumi|about 200 men":                          "owner: men that a named enemy 'lost' given the speaker's own side",
	"12-geo-sukhumi|lost 200 men":                           "owner: men that a named enemy 'lost' given the speaker's own side",
	"14-bgd-jessore|18 men":                                 "claimed_by: 'He said' after the spokesman resolved to the Mukti Bahini named between (speakers lanes)",
	"14-bgd-jessore|three tanks":                            "claimed_by: 'He said' after the spokesman resolved to the Mukti Bahini named between (speakers lanes)",
	"15-bgd-dacca|93,000 taken prisoner":                    "owner: the headline's passive 'taken prisoner' under 'India says' is given the speaker, who took them",
	"19-moz-renamo|43 of the bandits":                       "owner: Renamo has no code (actor base); claimed_by: 'the agency said' gets no side (speakers lanes)",
	"19-moz-renamo|massacred 386":                           "not found: 'massacred 386' with no noun (countfind's part)",
	"21-mmr-kia-statement|23 enemy soldiers":                "owner: the statement's voice is its dateline's state, and LAIZA is read as a place in Bolivia (geoparser); the KIO is not in the actor base",
	"21-mmr-kia-statement|Three of our soldiers":            "not found: 'fell' is no outcome (as counts21's)",
	"21-mmr-kia-statement|five were wounded":                "owner: the statement's voice is its dateline's state, read as Bolivia (geoparser)",
}

// TestCountOwner22 runs the countowner22 battery (testdata/countowner22,
// session 22): short invented wire stories and statements of 14 conflicts
// that neither the development golds nor counts18-21 cover, about whose a
// count is and who claims it: allies and backers named beside a count, "the
// attackers" and "the assailants", bodies of no stated side, a reporter's
// own figures, health-ministry tolls and a party's own press. Its
// expectations were written before the pipeline ran on it; an extra count
// fails as much as a missed one.
func TestCountOwner22(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countowner22", "testdata/countowner22.tsv", countowner22Known, "countowner22Known")
	t.Logf("countowner22: %d/%d items right", right, total)
}
