package claim_test

import "testing"

// TestOwnedAndTakenUpBodies: a body's part named after a sided owner's
// possessive speaks for the owner ("the Shining Path's Central Committee");
// a body's own head alone ("the service", "the command", "the
// paramilitary force") takes up the last body whose name ends in it, past
// bodies of other names, or a sided speaker that spoke under a longer
// name; "the regime" is the state the story calls so, or the one its
// towns lie in. The negative: a paramilitary force is no state's army.
// Sentences invented.
func TestOwnedAndTakenUpBodies(t *testing.T) {
	owned := "Fighting broke out near the Central African town of Bossangoa on Monday. The Coalition of Patriots for Change's Western Zone Command announced that its fighters had seized two checkpoints. " +
		"The command said four soldiers were captured."
	skipped := "KYIV — Ukraine's State Emergency Service said Russian drones had hit a warehouse in Kharkiv overnight. " +
		"The service added that firefighters had put out the blaze by morning."
	spoke := "Heavy fighting was reported near Tame in Colombia's Arauca province. The ELN military command claimed a decisive push at dawn. " +
		"The command said dozens of soldiers had fled toward the town."
	regime := "A drone operated by the Syrian regime struck a market in Idlib on Sunday, rescuers said. " +
		"The regime denied targeting civilians in the province."
	paramilitary := "Shelling hit El Obeid overnight. The Sudanese army said it had repelled an attack by the Rapid Support Forces east of the city. " +
		"The paramilitary force claimed that its fighters had taken two villages."
	unnamedForce := "Shelling hit El Obeid overnight. The Sudanese army said it had repelled an attack east of the city. " +
		"The paramilitary force claimed that its fighters had taken two villages."
	runSpeakerCases(t, []speakerCase{
		{"a part after its owner's possessive", owned, "announced", "-", "CPC", "-", "-"},
		{"the part's head taken up", owned, "said", "command", "CPC", "-", "-"},
		{"the head past a body of another name", skipped, "added", "service", "UKR", "-", "-"},
		{"the head after a speaker's longer name", spoke, "said", "command", "ELN", "-", "-"},
		{"the longer name", spoke, "claimed", "ELN military command", "ELN", "-", "-"},
		{"the regime the story names", regime, "denied", "regime", "SYR", "deny", "-"},
		{"a paramilitary force", paramilitary, "claimed", "paramilitary force", "RSF", "-", "-"},
		{"no paramilitary force named", unnamedForce, "claimed", "paramilitary force", "", "-", "-"},
	})
}
