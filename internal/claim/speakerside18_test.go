package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// speakerside18Known are the speaker-side battery's expectations parallax
// does not meet yet, each with the reason; the test fails when one starts
// to pass. Kinds: P a place title, S a short form of a body named
// before, C a body name several states share, K a body the knowledge base
// lacks. First run (main 2a7be52): 108 expectations, 62 right, 17 extra
// claims; with the spans corrected (see the battery's header) 112 items,
// 43 failing; after the place-title rules 34; after the short forms 31;
// after national bodies 29.
var speakerside18Known = map[string]string{
	"aegean-greek-coastguard-athens: > said | coast guard":                 "C: a coast guard of each party; the Athens dateline and outlet give no side to 'the coast guard'",
	"aegean-izmir-governor: > said | governor's office":                    "P: 'the governor's office in Izmir province' names its province after the head; the rule reads a place before it only",
	"aegean-turkish-coastguard-ankara: > said | spokesman":                 "C: as above, 'A coast guard spokesman'",
	"benin-interior-ministry: > declared | interior ministry":              "'declared a curfew' is not read as a reporting act",
	"benin-interior-ministry: > said | ministry statement":                 "C: 'the interior ministry' of a story on one state (Cotonou dateline) gets no side",
	"kabul-airport-director: > said | Abdul Rahim Zahid":                   "P: 'the director of Kabul airport' is no local office title; the de facto ruler's side is not reached",
	"kabul-airport-director: extra said | Islamic State's Khorasan branch": "span: 'Islamic State's Khorasan branch' is reported as 'Islamic State' (side right)",
	"korea-defence-ministry-seoul: > added | spokesman":                    "C: 'the defence ministry' in a Seoul story goes to North Korea, the state named first",
	"korea-unification-ministry-team: > said | team":                       "S: 'The team' after 'The military's psychological operations team' (span 'military') does not take it up",
	"mexico-military-zone: > said | Ninth Military Zone":                   "S: 'The army's Ninth Military Zone': an unknown body after the army's possessive",
	"paracel-quang-ngai: > said | Coast Guard":                             "span and side: 'A spokesman for the China Coast Guard' is reported as 'Coast Guard' with no side",
	"peru-governor-office-control: > asked | regional government":          "'asked the defence ministry for more troops' is not read as a reporting act",
	"peru-joint-command: extra said | The rebels' faction":                 "'The rebels' faction' said: a claim the battery did not list (its side, the Shining Path's, is not reached)",
	"peru-ombudsman-own: > said | office":                                  "S: 'The office' after 'Peru's own Ombudsman's Office' (reported as 'Peru') is not taken up",
	"senkaku-okinawa-governor: > said | chief":                             "P: 'The prefecture's fisheries chief' with no name is an unnamed speaker the rule does not reach",
	"sinai-military-spokesman: > said | source":                            "geo: the place before is Rafah, geoparsed as Gaza's, so the governorate's source is PSE",
	"srilanka-media-centre: > said | Media Centre for National Security":   "K: a body the knowledge base does not hold; the Colombo story gives no side",
	"srilanka-media-centre: > said | centre":                               "S: takes up the body above, which has no side",
	"srilanka-media-centre: extra said | A pro-rebel website":              "'A pro-rebel website said': a claim the battery did not list",
	"thailand-security-council: extra said | The Malaysian facilitator":    "'The Malaysian facilitator said': a claim the battery did not list",
}

// TestSpeakerSideProbes runs the whole pipeline on the speaker-side battery
// (testdata/probes/speakerside18.txt): speakers whose side a place title, a
// short form of a body named before or the story gives, on conflicts not in
// the golds.
func TestSpeakerSideProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/speakerside18.txt"))
	testutil.CheckKnownFailures(t, failed, speakerside18Known, "speakerside18Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(speakerside18Known))
}

// TestPlaceReferredTitles: a title or a source's body that refers back to
// a place by "the province's", "the island's", "the provincial ..." speaks
// for the state of the last town or region named before it, whatever
// state the story is mostly about; a title with no such reference, or one
// after no place, is left to the other rules. Sentences invented.
func TestPlaceReferredTitles(t *testing.T) {
	izmir := "Greek patrol boats searched the sea off Samos on Monday. Turkish rescuers found two bodies near Kusadasi in Aydin province. The province's governor, Yakup Canbolat, said the boat had left from Samos."
	runSpeakerCases(t, []speakerCase{
		{"the island's official after the island", "Greek rescuers pulled 30 migrants from the sea off the island of Chios on Monday. Eleni Kostas, the island's deputy mayor, said the boat had sunk near the shore.", "said", "Eleni Kostas", "GRC", "-", "-"},
		{"the province's title before the name", izmir, "said", "Yakup Canbolat", "TUR", "-", "-"},
		{"a source in the provincial council", "Shells hit two villages near Kilinochchi on Tuesday. A source in the provincial council said 14 houses had burned.", "said", "source", "LKA", "-", "-"},
		{"the district's title with a pronoun after", "Rebels burned a school near Bundibugyo on Friday. Moses Kato, the district's resident commissioner, said nobody was hurt. \"The pupils had gone home,\" he said.", "said", "Moses Kato", "UGA", "-", "-"},
		{"a source in a national council stays unsided", "Shells hit two villages near Kilinochchi on Tuesday. A source in the council said 14 houses had burned.", "said", "source", "", "-", "-"},
	})
}

// TestShortenedBodies: a body named again by its initials ("the FO") or,
// after "the", by a head word of its name ("The Guards", "The Corps")
// takes the side of the body named in full before, and so do the pronouns
// after it; a bare body name one state's entry holds ("the Foreign
// Office") is the body of the state of a town's dateline below the
// headline; "COUNTRY's own BODY" is that country's. Sentences invented.
func TestShortenedBodies(t *testing.T) {
	fo := "Border clash at Torkham\n\nPESHAWAR: The Foreign Office said on Monday that Afghan forces had fired on a border post. The FO added that two soldiers were wounded. It stressed that Pakistan had lodged a protest."
	runSpeakerCases(t, []speakerCase{
		{"the Foreign Office under a town's dateline", fo, "said", "Foreign Office", "PAK", "-", "-"},
		{"the FO after the Foreign Office", fo, "added", "FO", "PAK", "-", "-"},
		{"the pronoun after the FO", fo, "stressed", "It", "PAK", "-", "-"},
		{"the Guard after a state's Guard", "Benin's Republican Guard said on Monday that it had sent troops north. The Guard added that the roads were open.", "added", "Guard", "BEN", "-", "-"},
		{"a head word after an unsided body stays unsided", "The Tamil Welfare Council said on Monday that 200 families had fled. The Council added that food was short.", "added", "Council", "", "-", "-"},
		{"a country's own body", "The farmers were killed on Tuesday. Peru's own Truth Commission said the soldiers had fired first.", "said", "-", "PER", "-", "-"},
	})
}

// TestNationalBodies: a public body the knowledge base lacks, named by a
// state body's words without the state ("the National Task Force", "The
// Civil Defence Authority"), is the state's that the story is about; a
// body of civil society ("Civil Liberties Union") and a story about no
// one state leave it unsided. Sentences invented.
func TestNationalBodies(t *testing.T) {
	kenya := "Kenyan police said on Monday that gunmen had killed four people in Lamu. Kenya's interior ministry sent more troops to Lamu. Kenyan officials said the roads were closed. "
	runSpeakerCases(t, []speakerCase{
		{"a national authority in a story about one state", kenya + "The National Roads Authority warned that the bridge was damaged.", "warned", "National Roads Authority", "KEN", "-", "-"},
		{"a civil society body stays unsided", kenya + "The Civil Liberties Union warned that the curfew was unlawful.", "warned", "Civil Liberties Union", "", "-", "-"},
		{"a story about two states leaves it unsided", "Kenyan police said gunmen had crossed from Somalia. Somali officials denied it. The National Roads Authority warned that the bridge was damaged.", "warned", "National Roads Authority", "", "-", "-"},
	})
}
