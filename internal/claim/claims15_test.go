package claim_test

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes7Known are the expectations of the seventh battery (probes7.txt)
// parallax does not meet yet, each with the reason; the test fails when
// one of them starts to pass, so the list stays honest.
var probes7Known = map[string]string{
	// claims not found
	"china-xinhua-drills: > condemned | defence ministry": "'said it had dispatched forces to respond and condemned the drills as ...': the parse coordinates 'condemned' with the verbs inside the reported clause, so it stays part of the first claim",
	// stance
	// sides and actors (the actor stage's lane)
	"ukr-aljazeera-live: > urges | Zelenskyy": "a live-blog time stamp ('11:20 GMT - Zelenskyy urges ...') is taken into the person's name, so the speaker has no actor",
}

// TestConflictNews2025Probes runs the whole pipeline on the seventh
// battery: conflict news of 2023-2026 in live-blog, analysis,
// press-release, interview and wire styles, with paraphrase cues
// ("X's position is that", "X maintains", "put the toll at"), denials
// and the reporter's own voice.
func TestConflictNews2025Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes7.txt"))
	testutil.CheckKnownFailures(t, failed, probes7Known, "probes7Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes7Known))
}

// noClaimCases: no claim of the cue in the text.
func noClaimCases(t *testing.T, cases [][3]string) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range cases {
		t.Run(tc[0], func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc[1], Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if strings.EqualFold(c.Cue.Text, tc[2]) {
					t.Errorf("claim %q by %q (%s), want none", c.Cue.Text, c.Speaker.Text, c.Sentence)
				}
			}
		})
	}
}

// TestTollFigures: "X put the death toll at N" states X's figure, alone,
// after "but" or before "and said"; "put pressure on", "put the blame
// on" and "put at risk" state none.
func TestTollFigures(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"death toll", "The provincial disaster agency put the death toll from the floods at 37.", "put", "-", "-", "assert", "-"},
		{"own losses", "Chad's army put its own losses at 14 soldiers and said 90 rebels had been killed.", "put", "-", "TCD", "assert", "-"},
		// (session 22: the "and said" after the toll is folded into the
		// toll's claim, which takes its words; the case checked the "said"
		// claim before)
		{"and said after it folds", "Chad's army put its own losses at 14 soldiers and said 90 rebels had been killed.", "put", "-", "TCD", "assert", "-"},
		{"but put", "A police spokesman, Musa Danjuma, confirmed the raid but put the number of dead at nine.", "put", "Musa Danjuma", "-", "assert", "-"},
		{"more than", "The U.N. refugee agency put the number of people who fled the town in the first week of the month at more than 40,000.", "put", "-", "UNO", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"pressure", "The new sanctions put pressure on the junta to release the prisoners.", "put"},
		{"blame", "The ministry put the blame on smugglers from across the river.", "put"},
		{"at risk", "The floods put thousands of homes at risk of collapse.", "put"},
	})
}

// TestViewsAndPositions: "In the view of X, C", "In X's view, C", "In
// his view, C" (the person just quoted) and "X's position is that C" are
// X's claims; "in my view" of the reporter and a position in the field
// are none.
func TestViewsAndPositions(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"in the view of", "In the view of Foreign Minister Lena Varga, the talks had failed before they began.", "In the view of", "Lena Varga", "-", "assert", "Lena Varga"},
		{"in his view", "\"We will rebuild the bridge,\" said Omar Haddad, a town councillor in the valley. In his view, the army left the town too early.", "In his view", "his", "-", "assert", "Omar Haddad"},
		{"in a state's view", "In Nigeria's view, the border closure is only temporary.", "In Nigeria's view", "Nigeria", "NGA", "assert", "-"},
		{"position is that", "Egypt's position is that the crossing must stay open to aid convoys.", "position", "Egypt", "EGY", "assert", "-"},
		{"has long been that", "The Kremlin's position has long been that the strikes hit only military sites.", "position", "Kremlin", "RUS", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"my view", "In my view, this is the finest harbour on the coast.", "In my view"},
		{"field position", "The army took up a position that overlooked the valley road.", "position"},
		{"no possessor", "The position is that of an observer with no vote.", "position"},
	})
}

// TestDirectivesWithoutClause: a directive whose one word names what is
// asked ("urged restraint", "called for calm", "appealed for calm",
// "appealed to residents to stay indoors") and a warning against
// something are claims; an appeal to a court is a filing.
func TestDirectivesWithoutClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"urged restraint", "Ghana and Togo urged restraint.", "urged", "Ghana", "GHA", "assert", "-"},
		{"called for calm", "The town's mayor called for calm.", "called for", "-", "-", "assert", "-"},
		{"appealed for calm", "Governor Ama Boateng appealed for calm after the clashes in the market.", "appealed for", "Ama Boateng", "-", "assert", "-"},
		{"appealed to", "Governor Ama Boateng appealed to residents to stay indoors.", "appealed to", "Ama Boateng", "-", "assert", "-"},
		{"warned against", "The envoy, Pedro Alves, warned against any escalation near the border.", "warned", "Pedro Alves", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"court appeal", "The lawyers appealed to the High Court on Monday.", "appealed to"},
		{"noun appeals", "The families' appeals for help went unanswered for days.", "appeals for"},
	})
}

// TestSourcesReachedByPhone: how the reporter reached the source ends
// its phrase ("according to residents reached by phone"), and a rescue
// team is a source.
func TestSourcesReachedByPhone(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"reached by phone", "Troops entered the town on Sunday without a fight, according to residents reached by phone.", "according to", "residents", "", "assert", "-"},
		{"rescue team", "At least 12 people died when the roof collapsed, according to a volunteer rescue team.", "according to", "volunteer rescue team", "", "assert", "-"},
	})
}

// TestPropagandaChannelStance: a group's own "propaganda channels" are
// where it speaks, not a rejection of what it says; calling a video
// propaganda still denies.
func TestPropagandaChannelStance(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"channels", "The militants claimed the raid on the barracks in a message on their propaganda channels.", "claimed", "-", "-", "assert", "-"},
		{"called propaganda", "The ministry dismissed the video as propaganda.", "dismissed", "-", "-", "deny", "-"},
	})
}

// TestLabelInsideOwnClaim: "what it described as ..." inside the claim
// of the speaker the pronoun stands for is that claim's word, no second
// claim; "what Moscow calls ..." in the reporter's voice stays one.
func TestLabelInsideOwnClaim(t *testing.T) {
	const text = "In a statement issued on Thursday, Sudan's Ministry of Foreign Affairs said drones used in the raid had been launched from a base supplied by the United Arab Emirates. " +
		"The UAE foreign ministry rejected the allegation, saying there was no truth in what it described as \"baseless claims\"."
	noClaimCases(t, [][3]string{
		{"described inside", text, "described"},
	})
	runSpeakerCases(t, []speakerCase{
		{"rejected", text, "rejected", "UAE foreign ministry", "-", "deny", "-"},
	})
}

// TestTrailingPossessedBody: a trailing speaker whose phrase opens with
// a place named by its kind ("the territory's civil defence agency
// said", "the region's health department said") speaks.
func TestTrailingPossessedBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"territory's agency", "Shelling killed at least nine people in the border villages on Monday, the territory's civil defence agency said.", "said", "civil defence agency", "-", "assert", "-"},
		{"region's department", "Floods killed 12 people in the northern districts, the region's health department said.", "said", "health department", "-", "assert", "-"},
	})
}

// TestRemarksReportedBy: "said in remarks reported by AGENCY that C":
// "remarks" is the medium, a noun, and the agency that reported them no
// second speaker of C.
func TestRemarksReportedBy(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"remarks reported by", "Foreign Ministry spokesman Ali Karimi said in remarks reported by the Fars news agency that the talks had stalled.", "said", "Ali Karimi", "-", "assert", "Ali Karimi"},
	})
}

// TestRelativeDenialThenSaid: "X, which has denied C, said D": the
// relative clause's denial is X's, and so is D (not a place the clause
// names); the denial ends with its clause.
func TestRelativeDenialThenSaid(t *testing.T) {
	const text = "Russia, which has denied targeting civilians in Ukraine, said its forces had hit a fuel depot in Odesa."
	runSpeakerCases(t, []speakerCase{
		{"denied", text, "denied", "Russia", "RUS", "deny", "-"},
		{"said", text, "said", "Russia", "RUS", "assert", "-"},
	})
	p := sharedPipeline(t)
	doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
	for _, c := range doc.Claims {
		if c.Cue.Text == "denied" && strings.Contains(text[c.Start:c.End], "fuel depot") {
			t.Errorf("the denial spans %q, past its relative clause", text[c.Start:c.End])
		}
	}
}

// TestDirectivesToAddressees: "told X to VERB" and "asked X to VERB" are
// directives in speech, claims (devgold3's decided case); "asked not to
// be named", "was asked to leave" and "Asked about ..." are none.
func TestDirectivesToAddressees(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"told to", "Governor Amina Sule told police commanders to arrest the gunmen.", "told", "Amina Sule", "-", "assert", "-"},
		{"asked to", "The president asked the security council to prepare options for a strike.", "asked", "-", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"not to be named", "A senior officer, who asked not to be named, said the town had fallen.", "asked"},
		{"passive", "He was asked to leave the building.", "asked"},
		{"asked about", "Asked about the strike, the minister said the army would respond.", "Asked"},
	})
}

// TestHopeRecommendProject: a hope, a recommendation and a projection
// stated with a clause are claims; "hopes to", "my hope" and
// "recommended a ban" are none.
func TestHopeRecommendProject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"hope that", "Officials hope that the talks will resume next month.", "hope", "Officials", "-", "assert", "-"},
		{"recommends that", "The panel recommends that every district should open a shelter.", "recommends", "panel", "-", "assert", "-"},
		{"projected that", "Researchers had projected that the camp would double in size.", "projected", "Researchers", "-", "assert", "-"},
		{"calling on", "The farmers are calling on authorities to lift the ban.", "calling on", "farmers", "-", "assert", "-"},
		{"characterized as", "Analysts have characterized the offensive as a gamble.", "characterized", "Analysts", "-", "assert", "-"},
		{"dubbed", "Local media dubbed the town a fortress.", "dubbed", "Local media", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"hopes to", "The army hopes to retake the town before winter.", "hopes"},
		{"my hope", "My hope is that the war ends soon.", "hope"},
		{"recommended a ban", "The ministry recommended a ban on fireworks.", "recommended"},
	})
}

// TestAsSaidOpening: "As X told Y, C" and "As X said on Monday, C" open
// with the attribution; C after the comma is X's claim. "As expected,"
// and "As the talks resumed," open with no speaker.
func TestAsSaidOpening(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as told", "As the minister told reporters, the border will stay closed until May.", "told", "minister", "-", "assert", "-"},
		{"as said on a day", "As the army said on Monday, the road to the port is closed.", "said", "army", "-", "assert", "-"},
	})
	p := sharedPipeline(t)
	const text = "As the minister told reporters, the border will stay closed until May."
	doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
	for _, c := range doc.Claims {
		if got := text[c.Start:c.End]; c.Cue.Text == "told" && !strings.HasPrefix(got, "the border will stay closed") {
			t.Errorf("claimed %q, want the clause after the comma", got)
		}
	}
}

// TestMoreCueForms: a quantified speaker after a quotation (`," wrote
// another user from Kharkiv`, `," said two residents`), "places the
// damage at N" as "put" does, and an agentless labelling passive ("has
// been described as a war crime", side none) are claims.
func TestMoreCueForms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"another user", "\"The shelling never stops,\" wrote another user from Kharkiv.", "wrote", "another user", "", "assert", "-"},
		{"two residents", "\"The shelling never stops,\" said two residents.", "said", "two residents", "", "assert", "-"},
		{"places at", "A consultancy in Geneva places the damage to the port at more than 2 billion dollars.", "places", "-", "", "assert", "-"},
		{"described as", "The strike on the market has been described as a war crime.", "described", "", "", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"placed under curfew", "The army placed the town under curfew.", "placed"},
		{"called off", "The ceasefire was called off on Monday.", "called"},
	})
}

// probes8Known are the expectations of the eighth battery (probes8.txt)
// parallax does not meet yet, each with the reason.
var probes8Known = map[string]string{
	"sd-warmonitor-quoted: > called | Minni Minnawi": "side RSF: the army-aligned governor of Darfur is given the RSF side (his former alliance) by the actor stage",
	"ua-suspilne-telegram: > said | Ukrenergo":       "side '': a state-owned grid operator; the knowledge base gives it no side and the conventions do not decide state companies (as Gazprom in probes2)",
}

// TestConflictNews2025SecondProbes runs the whole pipeline on the eighth
// battery, written after the seventh battery's fixes: press releases
// read through a media wing, Telegram posts, communiques, live-blog
// headlines, "was quoted by ... as saying", "went on to say" and
// refusals to comment (no claims).
func TestConflictNews2025SecondProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes8.txt"))
	testutil.CheckKnownFailures(t, failed, probes8Known, "probes8Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes8Known))
}

// TestSecondBatteryKinds: what the eighth battery found. An apposition
// before the cue's comma is no clause, so the noun after the cue is its
// object, not an inverted speaker ("JNIM, al-Qaeda's affiliate in the
// Sahel, claimed the attacks"); "went on to say" reports; a body's "it
// said" in a relative clause of its own statement is no second claim; a
// body named by its kind after its owner's possessive speaks, for the
// owner's side ("Ukraine's emergency service said").
func TestSecondBatteryKinds(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"apposition then cue", "JNIM, al-Qaeda's affiliate in the Sahel, claimed the attacks in a statement.", "claimed", "JNIM", "JNIM", "assert", "-"},
		{"went on to say", "Rebel adviser Omar Bashir spoke to reporters on Monday. He went on to say that civilians had been warned to leave.", "went on to say", "He", "-", "assert", "Omar Bashir"},
		{"possessed body", "Ukraine's emergency service said the toll from the strike had risen to 26.", "said", "Ukraine's emergency service", "UKR", "assert", ""},
		{"possessed government", "Myanmar's military government denied the report.", "denied", "Myanmar's military government", "MMR", "deny", "-"},
	})
	const ispr = "Security forces killed 12 militants in North Waziristan, according to the Inter-Services Public Relations (ISPR). " +
		"The military's media wing said in a statement that weapons were recovered from the militants, who it said belonged to a banned group."
	p := sharedPipeline(t)
	doc := p.Analyze(parallax.Article{Body: ispr, Published: "2025-05-04"})
	n := 0
	for _, c := range doc.Claims {
		if c.Cue.Text == "said" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d 'said' claims in %q, want 1 (the relative clause's 'it said' is the media wing's own claim)", n, ispr)
	}
	runSpeakerCases(t, []speakerCase{{"media wing", ispr, "said", "military's media wing", "PAK", "assert", "-"}})
}

// TestTrailingRoleOfBody: a trailing speaker named by a role in a body
// (", a spokesperson for the command said", ", the head of the civil
// defence agency said") is the person of the role, for the body's side.
func TestTrailingRoleOfBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"spokesman for", "Shelling killed nine people on Monday, a spokesman for the Ukrainian military said.", "said", "spokesman for the Ukrainian military", "UKR", "assert", ""},
		{"head of", "Shelling killed nine people on Monday, the head of the civil defence agency said.", "said", "head of the civil defence agency", "-", "assert", ""},
	})
}

// TestItIsAssertedBy: "It is asserted by X that C" claims C for X, not
// the whole sentence.
func TestItIsAssertedBy(t *testing.T) {
	const text = "It was reported by the Interior Ministry that 12 people died in the flooding."
	runSpeakerCases(t, []speakerCase{{"reported by", text, "reported", "Interior Ministry", "-", "assert", "-"}})
	p := sharedPipeline(t)
	doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
	for _, c := range doc.Claims {
		if got := text[c.Start:c.End]; c.Cue.Text == "reported" && !strings.HasPrefix(got, "12 people died") {
			t.Errorf("claimed %q, want the clause after 'that'", got)
		}
	}
}
