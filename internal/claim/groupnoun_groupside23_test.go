package claim_test

import "testing"

// TestGroupNoun23Rules: a title set before "of the" or "for the" and a
// class noun or name head of armed groups ("a commander of the force")
// takes the story's party; a title of a body that names itself by the
// noun and holds a state's side does not. Sentences invented.
func TestGroupNoun23Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"a commander of the force", "The Kelo Guard Force, a coalition of local fighters that holds the market, said on Monday that it had repelled an attack.\n\nThe army said it had killed 20 gunmen. A commander of the force told reporters that his men were still in the market.", "told", "commander", "KGF", "assert", "his men were still in the market"},
		// negatives
		{"a commander of the force's own unit", "The Kelo Guard Force, a coalition of local fighters that holds the market, said on Monday that it had repelled an attack.\n\nA commander of the force's second unit said the attackers had fled.", "said", "commander", "-", "assert", "the attackers had fled"},
	})
}

// TestMinistryTitle23Rules: a person titled with a ministry named
// without its state ("Health ministry spokesman NAME") speaks for the
// story's state; one whose ministry's state is named keeps that state.
// Sentences invented.
func TestMinistryTitle23Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"a ministry's spokesman of the story's state", "KANO, Nigeria - Gunmen attacked a market in Kano state on Sunday, police in Kano said. Health ministry spokesman Bala Yusuf said 17 people had been killed.", "said", "Bala Yusuf", "NGA", "assert", "17 people had been killed"},
		// negatives
		{"a foreign state's ministry", "IDLIB, Syria - Rescuers in Idlib pulled 12 survivors from the rubble. Turkey's health ministry spokesman Kerem Aksoy said 300 injured Syrians had been taken to Turkish hospitals.", "said", "Kerem Aksoy", "TUR", "assert", "300 injured Syrians"},
	})
}

// TestBareEnvoy23Rules: a person set off after a bare envoy title ("The
// envoy, NAME,") is the envoy of the international body named in that
// sentence or the two before; with no such body named, the title gives
// no side. Sentences invented.
func TestBareEnvoy23Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"the envoy after the UN mission", "The UN mission in South Sudan said on Friday that it was alarmed by the fighting in Malakal. The envoy, Tomas Lindgren, called on both sides to let aid convoys through.", "called on", "Tomas Lindgren", "UNO", "assert", "both sides"},
		// negatives
		{"no international body named", "Fighting went on in Malakal on Friday. The envoy, Tomas Lindgren, called on both sides to let aid convoys through.", "called on", "Tomas Lindgren", "-", "assert", "both sides"},
	})
}

// TestGroupTitledPerson23Rules: a person set off after a title that "the
// council's" or "the group's" owns takes the story's party the noun
// names. Sentences invented.
func TestGroupTitledPerson23Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"the council's vice-president", "The Highland Transitional Council (HTC) said its fighters had repelled an attack on the port.\n\nThe army said it had retaken two villages. The council's vice-president, Omar Dirie, accused the army of shelling homes.", "accused", "Omar Dirie", "HTC", "assert", "shelling homes"},
		{"the head of the group's foreign relations", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe army has not published its losses. On Sunday the head of the group's foreign relations, Paul Ekema, said talks were possible.", "said", "Paul Ekema", "KORAVUBA", "assert", "talks were possible"},
	})
}
