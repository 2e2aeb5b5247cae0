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

// TestReportedLines23: lines of news that report without a name before
// the cue: a "he" that takes up the "he" of the quotation before it
// (the person named by a noun two sentences up); a closing outlet named
// by its kind (", state radio reports."); a body's press service named
// with a possessive; an appearance on the air "to announce"; an account
// "described" by residents; and their negatives. Invented articles.
func TestReportedLines23(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"he after a quotation's he", "A fisherman said the boats came at night. \"They burned the nets,\" he said. He said his two sons were missing.", "said", "He", "", "assert", "two sons were missing"},
		{"closing outlet named by its kind", "A car bomb exploded near the port in Kismayo on Monday, state radio reports.", "reports", "state radio", "", "assert", "car bomb exploded"},
		{"press service with a possessive", "Rescuers put out the fire at the depot on Saturday, the press service of the region's emergency department said.", "said", "press service", "", "assert", "put out the fire"},
		{"appearance on television to announce", "When General Amadou Sangare appeared on state television on Friday to announce the capture of the town, he gave no figures.", "announce", "Amadou Sangare", "", "assert", "capture of the town"},
		{"residents described", "Residents described days without water or power. The army said the road was open.", "described", "Residents", "-", "assert", "days without water"},
	})
	runNoClaims4(t, []string{
		"The ferry was still at sea, including television reports of its route.",
		"The minister appeared on television on Sunday for the first time since the election.",
		"The town, described by analysts as a gateway to the border trade, fell after weeks of fighting.",
	}, "reports", "announce", "described")
}
