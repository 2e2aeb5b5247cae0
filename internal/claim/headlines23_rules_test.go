package claim_test

import "testing"

// TestHeadlineShortLines23: a live blog's entry heading or a headline
// shortens a statement to a figure and what it counts or to a quotation
// in single marks after a title or surname and a colon ("Coroner: 12
// dead", "Mirziyoyev: 'no retreat'"); a title with no party names the
// story's ("Interior minister: ..."); a surname the story names in full
// only further down is that person ("Ruto: ..." before "President
// William Ruto said"). A place, a label or a topic before the colon is
// still no speaker. Invented articles.
func TestHeadlineShortLines23(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"title and a figure after a clock", "Floods and landslides - live\n\n09:10 — Police commissioner: 14 dead\n\nThe Nairobi police commissioner told reporters that 14 people had died in the landslide.", ":", "Police commissioner", "", "assert", "14 dead"},
		{"surname and a two-word quotation, named in full later", "Mombasa port strike - live\n\n10:20 — Ruto: 'economic sabotage'\n\nPresident William Ruto said the strike at the port would not be allowed to continue.", ":", "Ruto", "KEN", "assert", "economic sabotage"},
		{"surname and a quotation opening a headline", "Burhan: 'We will fight to the last soldier'\n\nPORT SUDAN, May 2 - Army chief Abdel Fattah al-Burhan told officers that the army would fight on.", ":", "Burhan", "SDN", "assert", "fight to the last"},
	})
	runNoClaims4(t, []string{
		"Rafah: strikes continue overnight\n\nStrikes hit the east of the city through the night.",
		"Siege of El Fasher - live\n\n11:30 — Aid convoy: trucks stuck\n\nTwelve trucks waited at the crossing.",
		"Analysis: 'total peace' falters\n\nTwo years after the talks began, fighting has not stopped.",
	}, ":")
}

// TestVows23: "vows" is the verb before its infinitive ("X vows to hunt
// down ...", in a headline or a key-events line) and before what is
// threatened ("vows response with 'brute force'"); "the vows of ..." is
// a noun. Invented articles.
func TestVows23(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"headline vows to", "President Ruto vows to hunt down the attackers\n\nNAIROBI, June 3 - Police said nine people had been killed.", "vows", "Ruto", "KEN", "assert", "hunt down"},
		{"key-events line vows a response", "Mosque attack - live\n\nKey events\n- Gunmen attack a mosque in Garissa\n- President Ruto vows response with \"full force\"\n\nPresident William Ruto said the attackers would pay.", "vows", "Ruto", "KEN", "assert", "response"},
	})
	runNoClaims4(t, []string{
		"Petro's vows of 'total peace' falter in Cauca\n\nTwo years after the talks began, fighting in Cauca has not stopped.",
	}, "vows")
}
