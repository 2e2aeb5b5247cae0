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

// TestDocumentAuthors: a document or toll speaks for the body that wrote
// it ("according to a statement signed by its military command", "a
// statement from the group's media office", "a statement by the NPA's
// regional command"), and "the rebel army" takes up the armed group
// named before it; a document by a research group or a person gives no
// side. Sentences invented.
func TestDocumentAuthors(t *testing.T) {
	its := "Fighting spread to the outskirts of Kidal, 1,500 km from Bamako. The CSP-PSD said its fighters had destroyed four army trucks, according to a statement signed by its military command."
	group := "Al-Shabaab fighters attacked a base near Jowhar on Monday. Ten soldiers were killed, according to a statement from the group's media office."
	rebel := "The Kachin Independence Army seized a hill post near Bhamo on Friday. The rebel army claimed that 30 soldiers had fled."
	research := "Air strikes hit three villages in Sagaing last month. Forty civilians were killed, according to data compiled by a research group."
	runSpeakerCases(t, []speakerCase{
		{"a statement signed by its command", its, "according to", "-", "CSP", "-", "-"},
		{"a statement from the group's office", group, "according to", "-", "ALSHABAB", "-", "-"},
		{"the rebel army", rebel, "claimed", "rebel army", "KIA", "-", "-"},
		{"data compiled by a research group", research, "according to", "-", "", "-", "-"},
	})
}
