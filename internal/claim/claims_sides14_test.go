package claim_test

import "testing"

// TestHyphenatedRankInApposition: a rank joined by a hyphen
// ("Colonel-Major", "Lieutenant-Colonel") before the name apposed to a
// title is part of the apposition: the person speaks, not the body named
// in the title. Invented sentences.
func TestHyphenatedRankInApposition(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"colonel-major", "The spokesman of the Supreme Council for National Recovery (CSRN), Colonel-Major Ali Issa, said in a statement that the attackers fled.", "said", "Ali Issa", "", "assert", "the attackers fled"},
		{"lieutenant-colonel", "The spokesperson of the Lake Chad Basin operations, Lieutenant-Colonel Paul Mbeki, affirmed that the town was retaken.", "affirmed", "Paul Mbeki", "", "assert", "the town was retaken"},
	})
}
