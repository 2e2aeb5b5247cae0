package quantity

import (
	"strings"
	"testing"
)

// TestOpeningPreposition covers counts whose sentence opens with "Of" or
// "From" before the amount: the word after a count's head is read for an
// owner ("members of the X"), and with no head found that look-up must not
// reach before the sentence (it indexed -1 and panicked).
func TestOpeningPreposition(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Of the 12 killed, five were police officers.", []string{"12 killed|killed|12|killed||"}},
		{"Of 30 wounded, 12 were soldiers.", []string{"30 wounded|wounded|30|wounded||"}},
		{"From the 40 people detained, nine were freed.", []string{"40 people|captured|40|captured||"}},
	} {
		if got := countsOf(t, s, tc.text, nil, nil); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}

// TestDemonymBeforePlace covers a plural demonym counted as people and
// followed by a preposition of place ("44 Palestinians across the Gaza
// Strip"): like "in", the preposition ends its noun phrase.
func TestDemonymBeforePlace(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		text string
		ent  entitySpec
		want []string
	}{
		{"Air strikes killed at least 31 Palestinians across the territory on Sunday.", entitySpec{"Palestinians", "gpe", "PSE"},
			[]string{"31 Palestinians|killed|31|killed|PSE|"}},
		{"Gunfire wounded three Afghans along the border.", entitySpec{"Afghans", "gpe", "AFG"},
			[]string{"three Afghans|wounded|3|wounded|AFG|"}},
		{"Air strikes killed at least 31 Palestinians in the territory on Sunday.", entitySpec{"Palestinians", "gpe", "PSE"},
			[]string{"31 Palestinians|killed|31|killed|PSE|"}},
	} {
		if got := countsOf(t, s, tc.text, nil, []entitySpec{tc.ent}); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}
