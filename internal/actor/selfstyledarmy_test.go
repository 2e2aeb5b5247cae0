package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSelfStyledArmy: in a story naming a listed group whose name is a
// national army's (the Libyan National Army), the bare "army" is the
// group's; not when the story names the state's army by its state, nor
// when the rebel army is named after a region. Sentences invented.
func TestSelfStyledArmy(t *testing.T) {
	benghazi := []parallax.Place{{Text: "BENGHAZI", Name: "Benghazi", Country: "LY"}}
	cases := []sideCase{
		{name: "the army of the east", text: "BENGHAZI - A spokesman of the Libyan National Army said its units had entered Sebha. The army said 12 of its soldiers had been killed.",
			published: "2019-02-10", places: benghazi, entity: "army", want: "LNA"},
		// negatives
		{name: "the state's army named by its state", text: "BENGHAZI - The Libyan National Army said its units had entered Sebha. The Libyan army in Tripoli said it had not moved. The army said 12 of its soldiers had been killed.",
			published: "2019-02-10", places: benghazi, entity: "army", want: "LBY"},
		{name: "a region's rebel army", text: "SITTWE - The Arakan Army said its fighters had taken two outposts. The army said the attack had been repulsed.",
			published: "2023-12-04", places: []parallax.Place{{Text: "SITTWE", Name: "Sittwe", Country: "MM"}}, entity: "army", want: "MMR"},
	}
	runSideCases(t, cases)
}
