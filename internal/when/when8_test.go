package when

import (
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// TestNightWithSaying checks that the day a report was told on (a verb of
// saying before it) or its dateline does not make "overnight" and "the
// early hours" that day's: the night stays the one before publication,
// while a day of the act itself still takes the night's place. Sentences
// are invented.
func TestNightWithSaying(t *testing.T) {
	tests := []dateCase{
		{"2025-06-14", "Drones struck Odesa overnight, the regional governor said on Saturday.", "overnight", "2025-06-13", "2025-06-14", Day},
		{"2025-06-14", "Shelling hit Nikopol overnight, officials told reporters Saturday.", "overnight", "2025-06-13", "2025-06-14", Day},
		{"2025-06-14", "ODESA, June 14 (Reuters) - Drones struck the port overnight, officials said.", "overnight", "2025-06-13", "2025-06-14", Day},
		{"2025-06-14", "Militants attacked the post in the early hours, police said on Saturday.", "the early hours", "2025-06-14", "2025-06-14", Day},
	}
	checkDateSpans(t, tests)
	// a day of the act itself: the night is that day's, told by it
	for _, d := range run("Gunmen raided the camp on Thursday during an overnight operation, police said.", "2025-06-14") {
		if d.Date.Text == "overnight" {
			t.Errorf("the overnight raid on Thursday: 'overnight' kept as the night before publication")
		}
	}
}

// TestSpeechDate checks which date mentions words.SpeechDate takes for the
// day of a saying.
func TestSpeechDate(t *testing.T) {
	tests := []struct {
		text, day string
		want      bool
	}{
		{"officials said on Saturday", "Saturday", true},
		{"the ministry said Monday", "Monday", true},
		{"he told reporters on Sunday", "Sunday", true},
		{"the group claimed responsibility on Friday", "Friday", true},
		{"the convoy was ambushed on Saturday", "Saturday", false},
		{"the army said troops had, on Friday, retaken it", "Friday", false},
		{"on Monday, police said", "Monday", false},
	}
	for _, tc := range tests {
		ws := words.Scan(tc.text, parallax.Span{End: len(tc.text)})
		j := -1
		for k, w := range ws {
			if w.Text == tc.day {
				j = k
			}
		}
		if got := words.SpeechDate(ws, j); got != tc.want {
			t.Errorf("%q at %q: %v, want %v", tc.text, tc.day, got, tc.want)
		}
	}
}
