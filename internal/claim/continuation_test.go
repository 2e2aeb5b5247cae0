package claim

import "testing"

func TestContinuationQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker text of each claim, in order
		contents   []string
	}{
		{"one continuation paragraph",
			"“We will not leave the town,” the Ukrainian army spokesman said.\n“Our positions are holding and supplies are arriving.”\nThe weather was cold.",
			[]string{"Ukrainian army spokesman", "Ukrainian army spokesman"},
			[]string{"We will not leave the town", "Our positions are holding and supplies are arriving"}},
		{"two continuation paragraphs",
			"Maria Lopez, a nurse, told reporters: “The clinic has no power.”\n“We operate by torchlight.”\n“Nobody has come to help us.”",
			[]string{"Maria Lopez", "Maria Lopez", "Maria Lopez"},
			[]string{"The clinic has no power", "We operate by torchlight", "Nobody has come to help us"}},
		{"unclosed wire-style paragraph",
			"“The talks failed,” the envoy said.\n“Both sides left the room early\nOfficials said talks would resume.",
			[]string{"envoy", "envoy", "Officials"},
			nil},
		{"a quotation sentence in the same paragraph",
			"“The shelter was hit twice,” Ahmed Karimi, a volunteer, said in a statement. “Three children were wounded.” Later the road reopened.",
			[]string{"Ahmed Karimi", "Ahmed Karimi"},
			[]string{"The shelter was hit twice", "Three children were wounded"}},
		{"a quotation with its own cue in the next sentence",
			"“The shelter was hit twice,” Ahmed Karimi said. “It was dark,” he added.",
			[]string{"Ahmed Karimi", "he"},
			nil},
		{"a paragraph with its own cue is not a continuation",
			"“The bridge is closed,” the mayor said.\n“It will reopen in May,” the governor said.",
			[]string{"mayor", "governor"},
			nil},
		// (session 28: a quotation paragraph right after the paragraph
		// of an indirect claim is that speaker's, as wire copy writes
		// it; spans27's attributions and attrib28's gold annotate it so)
		{"an indirect claim before is continued by a quotation paragraph",
			"The mayor said the bridge was closed.\n“Traffic is heavy in the city.”",
			[]string{"mayor", "mayor"},
			nil},
		{"a quotation inside the paragraph of an indirect claim is not continued",
			"The mayor said the bridge was closed. “Traffic is heavy in the city.”",
			[]string{"mayor"},
			nil},
		{"a paragraph with narration around the quotation is not continued",
			"“The bridge is closed,” the mayor said.\nResidents were angry: “We were not told.” The road stayed shut.",
			[]string{"mayor"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyze(t, tc.text, "2024-05-06")
			if len(doc.Claims) != len(tc.want) {
				t.Fatalf("%d claims, want %d:\n%s", len(doc.Claims), len(tc.want), dump(doc))
			}
			for i, c := range doc.Claims {
				if c.Speaker.Text != tc.want[i] {
					t.Errorf("claim %d speaker %q, want %q", i, c.Speaker.Text, tc.want[i])
				}
				if c.Start < 0 || c.End > len(tc.text) || c.Start >= c.End {
					t.Fatalf("claim %d span [%d,%d) out of the text", i, c.Start, c.End)
				}
				if tc.contents != nil && tc.text[c.Start:c.End] != tc.contents[i] {
					t.Errorf("claim %d content %q, want %q", i, tc.text[c.Start:c.End], tc.contents[i])
				}
			}
		})
	}
}
