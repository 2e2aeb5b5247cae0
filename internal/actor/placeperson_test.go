package actor

import "testing"

// TestOneWordPersonThatIsAPlace: a one-word "person" of the recogniser
// that the geoparser resolved as a place in the same story, with no mark
// of a person's name anywhere (title, first name, longer name, reporting
// verb), is the place; a real one-word person keeps its actor.
func TestOneWordPersonThatIsAPlace(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a town the recogniser took for a person", text: "Shells fell on Brenkova overnight. Families from Brenkova fled south.",
			pers: []string{"Brenkova"}, places: []string{"Brenkova#2=ZZ"}, want: []want{{"Brenkova", "", "", "location"}}},
		{name: "the same span resolved by both", text: "The army said it took Karvel on Friday after heavy fighting.",
			pers: []string{"Karvel"}, places: []string{"Karvel=ZZ"}, want: []want{{"Karvel", "", "", "location"}}},
		{name: "a region in quotation marks", text: "The treaty covers the \u201cDalmir\u201d region and two valleys.",
			pers: []string{"Dalmir"}, places: []string{"Dalmir=ZZ"}, want: []want{{"Dalmir", "", "", "location"}}},
		{name: "a place whose longer name is also taken for a person", text: "Upper Dalmir was calm. Later Dalmir came under fire.",
			pers: []string{"Upper Dalmir", "Dalmir#2"}, places: []string{"Upper Dalmir=ZZ", "Dalmir#2=ZZ"}, want: []want{{"Dalmir", "", "", "location"}}},
		// negatives
		{name: "a one-word person who speaks", text: "Yang said the plant would close. Workers in Yang were angry.",
			pers: []string{"Yang"}, places: []string{"Yang#2=ZZ"}, want: []want{{"Yang", "Yang", "", "person"}}},
		{name: "a surname after the full name", text: "Teodor Brenk spoke on Monday. Crews thanked Brenk warmly.",
			pers: []string{"Teodor Brenk", "Brenk#2"}, places: []string{"Brenk#2=ZZ"}, want: []want{{"Brenk", "Teodor Brenk", "", "person"}}},
		{name: "a title before the name", text: "Crews cheered Mayor Karvel as the bridge reopened.",
			pers: []string{"Karvel"}, places: []string{"Karvel=ZZ"}, want: []want{{"Karvel", "Karvel", "", "person"}}},
		{name: "no place of that name", text: "Shells fell overnight, and Brenkova fled south.",
			pers: []string{"Brenkova"}, want: []want{{"Brenkova", "Brenkova", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
