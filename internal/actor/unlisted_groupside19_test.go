package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestUnlistedGroups: a body the knowledge base lacks that the story
// presents as armed takes the side of its short name (the acronym the
// story defines or uses, else its name's letters); units aligned with or
// loyal to a party, and "X-affiliated" members, take the party's; rights
// groups, parties, outlets, state formations and persons stay as they
// were. Sentences invented; the groups are invented too, so that no
// entry of the base decides.
func TestUnlistedGroups(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	cases := []sideCase{
		{name: "defined acronym and a liberation front", text: "The Western Hills Liberation Front (WHLF) said its fighters had taken the pass.",
			ents: []sideEnt{{"Western Hills Liberation Front", org}}, entity: "Western Hills Liberation Front", want: "WHLF"},
		{name: "the acronym alone later", text: "The Western Hills Liberation Front (WHLF) said its fighters had taken the pass. A WHLF commander said two soldiers were captured.",
			ents: []sideEnt{{"Western Hills Liberation Front", org}, {"WHLF", org}}, entity: "WHLF", want: "WHLF"},
		{name: "initials the story uses", text: "The Western Hills Liberation Front said it had taken the pass. WHLF guerrillas also burned a truck.",
			ents: []sideEnt{{"Western Hills Liberation Front", org}}, entity: "Western Hills Liberation Front", want: "WHLF"},
		{name: "no short name: the name's letters", text: "The Lake Shore Avengers, a militant group, said they had blown up a pipeline.",
			ents: []sideEnt{{"Lake Shore Avengers", org}}, entity: "Lake Shore Avengers", want: "LAKESHOREAVENGERS"},
		{name: "a movement the story calls armed", text: "The Justice Restoration Movement (JRM), one of the region's largest armed groups, said it would defend the town.",
			ents: []sideEnt{{"Justice Restoration Movement", org}}, entity: "Justice Restoration Movement", want: "JRM"},
		{name: "a council whose fighters it names", text: "The Highland Transitional Council (HTC) said its fighters had repelled the attack.",
			ents: []sideEnt{{"Highland Transitional Council", org}}, entity: "Highland Transitional Council", want: "HTC"},
		{name: "a unit loyal to a party", text: "Units of the Coastal Guard Forces loyal to the Islamist Nahda party fought for the port.",
			ents: []sideEnt{{"Coastal Guard Forces", org}}, entity: "Coastal Guard Forces", want: "NAHDA"},
		{name: "a party's affiliated officers", text: "Nahda-affiliated officers said drones had struck their positions.",
			entity: "Nahda-affiliated officers", want: "NAHDA"},
		{name: "a named unit aligned with a group", text: "The Highland Transitional Council (HTC) said its fighters had won. The HTC-aligned Eagle Brigades held the port.",
			ents: []sideEnt{{"Highland Transitional Council", org}, {"Eagle Brigades", org}}, entity: "Eagle Brigades", want: "HTC"},
		{name: "a hyphenated name before 'rebel group'", text: "The Kamba-Ndoro rebel group said on Friday it had attacked an army post. Kamba-Ndoro said nine soldiers were killed.",
			entity: "Kamba-Ndoro", n: 2, want: "KAMBANDORO"},
		// session 23: initials of a three-word English name with an armed
		// head, an apposition naming a body of fighters, the name's tail
		{name: "a coalition of fighters: the initials", text: "The Kelo Guard Force, a coalition of local fighters that holds the market, said it had repelled an attack.",
			ents: []sideEnt{{"Kelo Guard Force", org}}, entity: "Kelo Guard Force", want: "KGF"},
		{name: "the name's tail after its town", text: "Kelo is a market town. The Kelo Guard Force, a coalition of local fighters, said it had repelled an attack. The Guard Force accused the army of shelling homes.",
			ents: []sideEnt{{"Kelo Guard Force", org}}, places: []parallax.Place{{Text: "Kelo", Name: "Kelo"}}, entity: "Guard Force", want: "KGF"},
		{name: "a hyphenated word gives each part's initial", text: "The Lowa Self-Defence Front, a militia of herders, said its men had killed 14 attackers.",
			ents: []sideEnt{{"Lowa Self-Defence Front", org}}, entity: "Lowa Self-Defence Front", want: "LSDF"},
		{name: "a council keeps its letters", text: "The Kelo Shura Council, a coalition of local fighters, said it had repelled an attack.",
			ents: []sideEnt{{"Kelo Shura Council", org}}, entity: "Kelo Shura Council", want: "KELOSHURACOUNCIL"},
		{name: "a militia described before its three-word name: the initials", text: "Members of the pro-government militia Tana Batu Hitam surrounded the village. A commander of the Tana Batu Hitam militia said his men had been attacked.",
			entity: "Tana Batu Hitam", want: "TBH"},
		// negatives
		{name: "a coalition of parties is no armed body", text: "The Kelo Unity Front, a coalition of opposition parties, said the vote had been rigged.",
			ents: []sideEnt{{"Kelo Unity Front", org}}, entity: "Kelo Unity Front", want: ""},
		// ("?": no entity at all, so no group was made of the words)
		{name: "a stance before 'militia'", text: "Pro-government militia said on Friday they had retaken the village.",
			entity: "Pro-government", want: "?"},
		{name: "a people's name before 'militia'", text: "Hema militia said on Friday they had retaken the village.",
			entity: "Hema", want: "?"},
		{name: "a rights group stays sideless", text: "The Western Hills Rights Network (WHRN), a rights group, said its researchers had counted 30 dead.",
			ents: []sideEnt{{"Western Hills Rights Network", org}}, entity: "Western Hills Rights Network", want: ""},
		{name: "a party stays sideless", text: "The Highland People's Alliance (HPA), the largest party in parliament, called for a ceasefire.",
			ents: []sideEnt{{"Highland People's Alliance", org}}, entity: "Highland People's Alliance", want: ""},
		{name: "a body with no word of arms", text: "The Justice Restoration Movement said talks with the government had stalled.",
			ents: []sideEnt{{"Justice Restoration Movement", org}}, entity: "Justice Restoration Movement", want: ""},
		{name: "a state formation named Army", text: "A soldier of the Separate Combined Arms Army was wounded, the ministry said.",
			ents: []sideEnt{{"Separate Combined Arms Army", org}}, entity: "Separate Combined Arms Army", want: ""},
		{name: "a body the rebels own", text: "The rebels' Political Bureau said its fighters had withdrawn.",
			ents: []sideEnt{{"Political Bureau", org}}, entity: "Political Bureau", want: ""},
		{name: "a person whose apposition names arms", text: "\"We were never told,\" said Dana Reyes, a lawmaker who sits on the Armed Services Committee.",
			ents: []sideEnt{{"Dana Reyes", per}}, entity: "Dana Reyes", want: ""},
		{name: "a clause after a place is no apposition", text: "Troops repelled an attack in Kamba, Lowa State, killing 35 of the insurgents.",
			ents: []sideEnt{{"Lowa State", org}}, entity: "Lowa State", want: ""},
	}
	runSideCases(t, cases)
}
