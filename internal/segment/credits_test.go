package segment

import "testing"

// TestCreditLines checks that a wire's reporting credit, which the cleaner
// keeps, is a sentence of its own: not glued to the story's last sentence
// (with or without its full stop) and not cut at its semicolons, so that
// the recogniser reads the journalists' names in one sentence. Invented
// names.
func TestCreditLines(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The talks resumed on Monday.\n\n(Reporting by Jane Roe in Kestrova; Additional reporting by Tom Vell; Editing by Ann Marsh)",
			[]string{"The talks resumed on Monday.", "(Reporting by Jane Roe in Kestrova; Additional reporting by Tom Vell; Editing by Ann Marsh)"}},
		{"The talks resumed on Monday.\nAdditional reporting by Tom Vell in Doha",
			[]string{"The talks resumed on Monday.", "Additional reporting by Tom Vell in Doha"}},
		{"Two drones were shot down\n(Writing by Jane Roe; Editing by Ann Marsh)",
			[]string{"Two drones were shot down", "(Writing by Jane Roe; Editing by Ann Marsh)"}},
		{"\"We hold the line,\" he said.\n\nReporting by Jane Roe and Tom Vell in Kestrova; Editing by Ann Marsh",
			[]string{"\"We hold the line,\" he said.", "Reporting by Jane Roe and Tom Vell in Kestrova; Editing by Ann Marsh"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Segment(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("Segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
