package segment

import (
	"strings"
	"testing"
)

// TestModelSentences checks the boundary model on sentence ends that no
// punctuation marks and on places where news keeps one sentence.
func TestModelSentences(t *testing.T) {
	seg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		// Sentence ends that no punctuation marks: an emoticon, a
		// sign-off word after a clause (the rules split neither).
		{"Hope you are well :) See you soon.", "Hope you are well :) | See you soon ."},
		{"Call me when you get in Thanks", "Call me when you get in | Thanks"},
		// Names, titles and abbreviations stay inside their sentence.
		{"The meeting was attended by President Vaughan Khachaturian and Chairman of the National Assembly Alen Simanyan.",
			"The meeting was attended by President Vaughan Khachaturian and Chairman of the National Assembly Alen Simanyan ."},
		{"Lt. Col. John Smith of the U.S. Army said the strike hit Raqqa.", "Lt. Col. John Smith of the U.S. Army said the strike hit Raqqa ."},
		{"He arrived at 5 p.m. The talks began an hour later.", "He arrived at 5 p.m. | The talks began an hour later ."},
		// A slip in edited text does not cut the sentence.
		{"Troops entered the town on Monday. Officials said the road was closed, it says. in the statement of the ministry.",
			"Troops entered the town on Monday . | Officials said the road was closed , it says . in the statement of the ministry ."},
		// A colon keeps the quotation it introduces.
		{`The ministry said: "Our units responded to the attack."`, `The ministry said : " Our units responded to the attack . "`},
	} {
		if g := strings.Join(render(seg.Segment(tc.in)), " | "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
		checkDoc(t, tc.in, seg.Segment(tc.in))
	}
}

func TestParseBias(t *testing.T) {
	b, err := ParseBias(FormatBias([2]float32{-1.5, 4}))
	if err != nil || b != [2]float32{-1.5, 4} {
		t.Errorf("round trip: %v %v", b, err)
	}
	if _, err := ParseBias("rule=x"); err == nil {
		t.Error("no error for a bad bias line")
	}
}

func TestDocStyle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"One. Two. Three.", 0},
		{"One. Two. three. Four. Five.", 1},
		{"ok. thanks. see you. Bye.", 2},
		{"", 0},
	} {
		if got := docStyle(tc.in); got != tc.want {
			t.Errorf("docStyle(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
