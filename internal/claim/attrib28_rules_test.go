package claim_test

import (
	"strings"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// TestAttrib28Partitive: "one of the X", "two of the X" speak after the
// clause they report and after the cue, as "the X" do. Sentences
// invented.
func TestAttrib28Partitive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"one of the drivers said",
			"The convoy was held at the border crossing for two days, one of the drivers said.",
			"said", "one of the drivers", "-", "assert", "-"},
		{"two of the witnesses told",
			"The guards beat prisoners who refused to work, two of the witnesses told the commission.",
			"told", "two of the witnesses", "-", "assert", "-"},
		{"said one of the miners, NAME",
			"\"We were never paid for the last three months,\" said one of the miners, Tomas Ruiz.",
			"said", "Tomas Ruiz", "-", "assert", "-"},
		{"said some of the residents",
			"\"The water came in the middle of the night,\" said some of the residents.",
			"said", "some of the residents", "-", "assert", "-"},
		{"an apposition with one of stays the body's",
			"The army, one of the few institutions still working, said the road to the port was open again.",
			"said", "The army", "-", "assert", "-"},
	})
}

// TestAttrib28QuotedQuestion: a quoted question followed by "asked" is
// the asker's point; the segmenter ends the sentence at "?”" before a
// capital, so "“…?” Brandt asked." is read across the boundary.
// Questions the reporter reports being put ("asked whether", "asked
// about") stay no claims. Sentences invented.
func TestAttrib28QuotedQuestion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"asked NAME after the question",
			"\"Who will pay for the damage to our harbour?\" asked Mayor Lena Brandt.",
			"asked", "Lena Brandt", "-", "assert", "-"},
		{"the union leader asked",
			"\"Where are the missing fishermen?\" the union leader asked at the rally.",
			"asked", "the union leader", "-", "assert", "-"},
		{"NAME asked, next sentence",
			"Lena Brandt spoke after the council vote. \"Who will pay for the damage?\" Brandt asked.",
			"asked", "Brandt", "-", "assert", "-"},
		{"NAME said after an exclamation",
			"Lena Brandt spoke after the council vote. \"We will not pay a single cent!\" Brandt said.",
			"said", "Brandt", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"asked about", "Reporters asked about the strike at the briefing.", "asked"},
		{"asked whether", "Reporters asked whether the army would withdraw from the town.", "asked"},
		{"asked not to be named", "A resident, who asked not to be named, left the town on Monday.", "asked"},
	})
}

// TestAttrib28DataTrailing: figures, a study or a comparison after the
// clause they report speak, with the side of a body named with them.
// Sentences invented.
func TestAttrib28DataTrailing(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"customs figures show",
			"Exports of grain fell by a fifth in March, customs figures show.",
			"show", "customs figures", "-", "assert", "-"},
		{"figures from the nursing council",
			"More than 9,000 nurses left the country last year, figures from the nursing council show.",
			"show", "figures", "-", "assert", "-"},
		{"a study by the group shows",
			"Rents in the capital have doubled since 2020, a study by the tenants' association shows.",
			"shows", "a study", "-", "assert", "-"},
		{"EU figures show",
			"The bloc has frozen the assets of 35 shipping companies, EU figures show.",
			"show", "EU figures", "EU", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"two shows", "He visited the fair and watched two shows.", "shows"},
		{"the figures show none", "The trade figures for March, published on Monday, were late.", "show"},
	})
}

// TestAttrib28SeeAs: "see X as" with an adjective judges X, whatever tag
// the tagger gives "as"; "saw X as they ..." is a time. Sentences
// invented.
func TestAttrib28SeeAs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"see as increasingly divided",
			"Conflict researchers see the rebels as increasingly divided between their leaders and field commanders.",
			"see", "Conflict researchers", "-", "assert", "-"},
		{"view as fragile",
			"Diplomats in the region view the truce as fragile.",
			"view", "Diplomats", "-", "assert", "-"},
		{"characterize with a possessive in the label",
			"Critics characterize the wave of arrests as a purge of the governor's rivals.",
			"characterize", "Critics", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"saw as they flew", "Witnesses saw the planes as they flew over the town.", "saw"},
		{"see as well as", "Farmers see the river as well as the canal drying up.", "see"},
	})
}

// TestAttrib28Stances: a retraction ("withdrew", "walked back",
// "backtracked on" a statement) and "rejected what he called a lie"
// deny; "Totally rubbish" is a verdict on a statement; a charge of
// spreading false news asserts. Sentences invented.
func TestAttrib28Stances(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"withdrew its claim that",
			"The interior ministry later withdrew its claim that the detained men were soldiers.",
			"withdrew", "-", "-", "deny", "-"},
		{"retracted his statement",
			"The police chief retracted his statement that the protesters had fired first.",
			"retracted", "-", "-", "deny", "-"},
		{"rejected what he called slander",
			"The governor rejected what he called \"a campaign of slander\" against the police.",
			"rejected", "The governor", "-", "deny", "-"},
		{"totally rubbish",
			"\"Totally rubbish,\" the ministry spokesman said when asked about the report.",
			"said", "-", "-", "deny", "-"},
		{"accusing it of airing false information",
			"The military government suspended the channel on Monday, accusing it of airing \"false information\" about the floods.",
			"accusing", "-", "-", "assert", "-"},
		{"said rubbish had piled up",
			"The council said rubbish had piled up in the streets since the strike began.",
			"said", "The council", "-", "assert", "-"},
		{"rejected what he called a budget",
			"The governor rejected what he called an unfair budget.",
			"rejected", "The governor", "-", "assert", "-"},
	})
	runSpeakerCases(t, []speakerCase{
		{"walked back its statement",
			"The ministry later walked back its statement that the border had been closed.",
			"walked back", "The ministry", "-", "deny", "-"},
		{"backtracked on his claim",
			"The spokesman backtracked on his claim that the army had not fired on protesters.",
			"backtracked on", "The spokesman", "-", "deny", "-"},
		{"rowed back on his remarks",
			"The president rowed back on his earlier remarks about the election.",
			"rowed back on", "The president", "-", "deny", "-"},
	})
	noClaimCases(t, [][3]string{
		{"withdrew its troops", "The army withdrew its troops from the border town on Friday.", "withdrew"},
		{"walked back to their base", "The soldiers walked back to their base after the patrol.", "walked back"},
		{"backtracked on a tax", "The government backtracked on the fuel tax after protests.", "backtracked on"},
	})
}

// TestAttrib28QuoteParagraph: a quotation that is a paragraph of its own
// right after a paragraph whose last claim is indirect carries on that
// claim's speaker (the outer one of a nested claim); after a paragraph
// with no claim it is no one's. Texts invented.
func TestAttrib28QuoteParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	cases := []struct{ name, text, quote, speaker string }{
		{"after an indirect claim",
			"Port official Ana Silva said the cranes had been idle for a week.\n\n\"We cannot move a single container until the strike ends.\"",
			"We cannot move", "Ana Silva"},
		{"after a nested claim: the outer speaker",
			"Government spokesman Omar Diallo said the channel had falsely reported that soldiers burned a market.\n\n\"No foreign channel will write our history for us.\"",
			"No foreign channel", "Omar Diallo"},
		// ("!X": any speaker but X; the misplaced mark leaves the
		// quotation unread, which is no reason to give it to X)
		{"a misplaced mark before its own cue: not the indirect claim's speaker",
			"Support from the reserve is vital, according to wing leadership.\n\n“We are the key to global reach, “Ortega said. “Nobody gets there without us.”",
			"We are the key", "!wing leadership"},
		{"after no claim", "Prices of bread rose sharply in March.\n\n\"It is a disaster for every family here.\"", "It is a disaster", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			got := ""
			for _, c := range doc.Claims {
				if strings.Contains(c.Sentence, tc.quote) {
					got = c.Speaker.Text
				}
			}
			if not, ok := strings.CutPrefix(tc.speaker, "!"); ok {
				if got != "" && sameSpeaker(got, not) {
					t.Errorf("speaker of the quotation %q, want any other", got)
				}
				return
			}
			if tc.speaker == "" && got != "" || tc.speaker != "" && !sameSpeaker(got, tc.speaker) {
				t.Errorf("speaker of the quotation %q, want %q", got, tc.speaker)
			}
		})
	}
}

// TestAttrib28Rhetorical: "rhetorically asked whether C", "asked
// rhetorically what C" state the asker's point; a research institute
// named by its bare noun speaks after the clause. Sentences invented.
func TestAttrib28Rhetorical(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"rhetorically asked whether",
			"The foreign minister rhetorically asked whether Europe would accept such treatment of its own citizens.",
			"asked", "The foreign minister", "-", "assert", "-"},
		{"asked rhetorically what",
			"The senator asked rhetorically what the sanctions had achieved in ten years.",
			"asked rhetorically", "The senator", "-", "assert", "-"},
		{"the institute said",
			"The dam was breached deliberately, the institute said.",
			"said", "the institute", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"institute a curfew", "The council voted to institute a curfew in the old town.", "institute"},
	})
}

// TestAttrib28Convictions: "signalled that C", a speaker's conviction
// after a copula ("is convinced that C", "was adamant that C", "remains
// confident that C") and "raised the possibility that C" state C; the
// reporter's "It is certain that", "signals a shift" and "raised the
// prospect of" state nothing of anyone's. Sentences invented.
func TestAttrib28Convictions(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"signalled that",
			"The central bank signalled that interest rates would stay high until next year.",
			"signalled", "The central bank", "-", "assert", "-"},
		{"is convinced that",
			"The provincial governor is convinced that the attack was planned abroad.",
			"is convinced", "The provincial governor", "-", "assert", "-"},
		{"was adamant that",
			"The envoy was adamant that no deal had been reached on the prisoners.",
			"was adamant", "The envoy", "-", "assert", "-"},
		{"remains confident that",
			"The army remains confident that it can hold the line until the spring.",
			"remains confident", "The army", "-", "assert", "-"},
		{"raised the possibility that",
			"Officials raised the possibility that the bridge had been sabotaged.",
			"raised the possibility", "Officials", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"it is certain that", "It is certain that the talks will resume in the spring.", "is certain"},
		{"signals a shift", "The appointment signals a shift in the government's policy.", "signals"},
		{"raised the prospect of", "The floods raised the prospect of food shortages in the north.", "raised the prospect"},
		{"was sure of it", "The farmer was sure of it.", "was sure"},
		// inside another's claim: what that speaker says, no second act
		{"nested conviction", "The president's spokesman said the president was confident that an agreement would be reached.", "was confident"},
		{"nested signal", "The newspaper is told that at least four senators have signaled they would vote against the bill.", "signaled"},
	})
}

// TestAttrib28TrailingRoles: after the clause, a role possessed by a body
// named by its kind ("the agency's finance chief"), a chief executive
// named by a possessive, a study published at a time; after a quotation,
// "said under cross-examination". Sentences invented.
func TestAttrib28TrailingRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the agency's finance chief said",
			"Bus fares in the region will rise by a tenth from May, the agency's finance chief said on Monday.",
			"said", "the agency's finance chief", "-", "assert", "-"},
		{"its chief executive said",
			"The airline announced it would refund every passenger. \"We let our customers down,\" its chief executive said.",
			"said", "its chief executive", "-", "assert", "-"},
		{"a study published on Monday found",
			"Glaciers in the Andes lost a fifth of their ice in two decades, a study published on Monday found.",
			"found", "a study", "-", "assert", "-"},
		{"said under cross-examination",
			"\"I never saw the contract before it was signed,\" the former mayor said under cross-examination.",
			"said", "the former mayor", "-", "assert", "-"},
	})
}

// TestAttrib28RaisedNegation: "does not think C", "do not see X as Y",
// "did not believe C" state a view (the negation of a view sits on its
// verb); "never thought" and "did not say" report none, nor does
// "believe in". Sentences invented.
func TestAttrib28RaisedNegation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"does not think",
			"The finance minister does not think the new sanctions will work.",
			"think", "The finance minister", "-", "assert", "-"},
		{"do not see as",
			"Analysts in the capital do not see the deal as a breakthrough.",
			"see", "Analysts", "-", "assert", "-"},
		{"did not believe",
			"The army did not believe the rebels would attack at night.",
			"believe", "The army", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"never thought", "The minister never thought the war would last this long.", "thought"},
		{"did not say", "The minister did not say when the troops would leave.", "say"},
		{"does not believe in", "The ministry does not believe in quick fixes.", "believe"},
	})
}

// TestAttrib28Unions: unions named by their plural speak through a
// participle act after an act that reports nothing ("called a strike,
// saying C"), as "the union" does. Sentences invented.
func TestAttrib28Unions(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"teachers' unions called a strike, saying",
			"Teachers' unions in Kenya called a strike on Monday, saying the government had broken its promises.",
			"saying", "Teachers' unions", "-", "assert", "-"},
		{"dock unions said",
			"\"We will not unload a single ship,\" the dock unions said.",
			"said", "the dock unions", "-", "assert", "-"},
	})
}
