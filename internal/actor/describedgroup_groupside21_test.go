package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestDescribedGroups: a name written right after a description of an
// armed body ("the armed movement NAME") is a group's, whatever the
// recogniser took it for; a full name found after its acronym is the same
// group's; a defined acronym the base does not know makes a name with a
// listed group's words its own group; "an armed opposition movement" is an
// armed apposition. Sentences and groups invented.
func TestDescribedGroups(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	cases := []sideCase{
		{name: "armed movement before a name read as a person", text: "The armed movement KORA-Vuba said on Friday that it had attacked a police post.",
			ents: []sideEnt{{"KORA-Vuba", per}}, entity: "KORA-Vuba", want: "KORAVUBA"},
		{name: "rebel group before a name with its acronym", text: "The rebel group Southern Plains Front (SPF) said it had taken the bridge.",
			ents: []sideEnt{{"Southern Plains Front", org}}, entity: "Southern Plains Front", want: "SPF"},
		{name: "militia before a name", text: "The militia Lowa Shield said nine of its men had been killed.",
			ents: []sideEnt{{"Lowa Shield", org}}, entity: "Lowa Shield", want: "LOWASHIELD"},
		{name: "full name after its acronym", text: "KLF says its fighters took the pass.\n\nThe Kamba Liberation Front (KLF) said on Friday that its fighters had taken the pass.",
			ents: []sideEnt{{"KLF", org}, {"Kamba Liberation Front", org}}, entity: "Kamba Liberation Front", want: "KLF"},
		{name: "an armed opposition movement", text: "The Front for Unity and Renewal (FUR), an armed opposition movement, said it had shelled the barracks.",
			ents: []sideEnt{{"Front for Unity and Renewal", org}}, entity: "Front for Unity and Renewal", want: "FUR"},
		// negatives
		{name: "a day after the description", text: "The rebel group Monday said it had taken the bridge.",
			entity: "Monday", want: "?"},
		{name: "no armed word in the description", text: "The protest movement Clean Hands said it would march again.",
			ents: []sideEnt{{"Clean Hands", org}}, entity: "Clean Hands", want: ""},
		{name: "a rights group after the description", text: "The rights group Kamba Rights Watch said 30 people had died.",
			ents: []sideEnt{{"Kamba Rights Watch", org}}, entity: "Kamba Rights Watch", want: ""},
		{name: "an unarmed opposition movement", text: "The Front for Unity and Renewal (FUR), an opposition movement, said it would contest the vote.",
			ents: []sideEnt{{"Front for Unity and Renewal", org}}, entity: "Front for Unity and Renewal", want: ""},
	}
	runSideCases(t, cases)
}
