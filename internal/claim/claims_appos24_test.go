package claim_test

import "testing"

// TestApposedPersonPastRankOrFirstVerb: the person apposed to a title
// speaks, not the body the title names, also when a lower-case rank
// follows the name (", a major general,") and when the cue is the second
// of two coordinated verbs ("visited the wounded and said"). Invented
// sentences.
func TestApposedPersonPastRankOrFirstVerb(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"rank after name", "The Director of Defence Information, Tukur Gusau, a major general, disclosed that the troops arrested twelve suspects.", "disclosed", "Tukur Gusau", "", "assert", "the troops arrested"},
		{"retired rank after name", "The head of the Border Guard Service, Oleh Marchenko, a retired colonel, said the crossing was shelled.", "said", "Oleh Marchenko", "", "assert", "the crossing was shelled"},
		{"second verb", "The Minister of Defence, General Ahmed Bello, visited the wounded and said the army would pursue the attackers.", "said", "Ahmed Bello", "", "assert", "the army would pursue"},
		{"second verb tagged participle", "The Chief of Army Staff, Lieutenant General Musa Garba, toured the base and said reinforcements were coming.", "said", "Musa Garba", "", "assert", "reinforcements were coming"},
		{"plain apposition still", "The Minister of Defence, General Ahmed Bello, said the army would pursue the attackers.", "said", "Ahmed Bello", "", "assert", "the army would pursue"},
		{"named body apposition untouched", "John Harlow, a spokesman for the Red Cross, said the convoy was stopped.", "said", "John Harlow", "", "assert", "the convoy was stopped"},
	})
}
