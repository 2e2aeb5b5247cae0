package claim

import (
	"strings"
	"testing"
)

func TestPhraseCues(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker, stance string
	}{
		{"disclosed with an object", "The Sudanese army spokesman disclosed the plan to reporters in Port Sudan.", "disclosed", "spokesman", "assert"},
		{"echoed a sentiment", "German Chancellor Olaf Scholz echoed this view in Berlin on Monday.", "echoed", "Olaf Scholz", "assert"},
		{"raised concerns", "The Red Cross raised serious concerns about the detainees in a letter to the ministry.", "raised serious concerns", "", "assert"},
		{"cited sources as saying", "Two newspapers cited unnamed officials as saying the convoy was hit by a drone.", "cited", "newspapers", "assert"},
		{"makes clear that", "The report makes clear that the camp was shelled twice.", "makes clear", "", "assert"},
		{"made it clear that", "The commander made it clear that his troops would not withdraw.", "made it clear", "commander", "assert"},
		{"provided the following statement", "The mayor of Kharkiv provided the following statement: the city will not be evacuated.", "provided the following statement", "", "assert"},
		{"issued a statement", "The Nigerian presidency issued a statement on Friday condemning the attack.", "issued a statement", "", "assert"},
		{"responded to reports", "The Chinese Foreign Ministry responded to the news reports in a briefing on Thursday.", "responded", "", "assert"},
		{"was the first to reject", "Russia was the first to reject the findings of the inquiry.", "was the first to reject", "Russia", "deny"},
		{"titled person after the body", "Kremlin spokesperson Dmitry Peskov told reporters the talks had been useful.", "told", "Dmitry Peskov", "assert"},
		{"saying after a non-cue verb", "One day later, the regional assembly approved the budget, saying it had no alternative.", "saying", "assembly", "assert"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyze(t, tc.text, "2024-05-06")
			for _, c := range doc.Claims {
				if c.Cue.Text != tc.cue {
					continue
				}
				if tc.speaker != "" && !strings.Contains(c.Speaker.Text, tc.speaker) {
					t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
				}
				if string(c.Stance) != tc.stance {
					t.Errorf("stance %q, want %q", c.Stance, tc.stance)
				}
				return
			}
			t.Errorf("no claim with cue %q:\n%s", tc.cue, dump(doc))
		})
	}
}

func TestPhraseCuesNoClaim(t *testing.T) {
	for _, text := range []string{
		"The army responded to the attack with air strikes.",
		"The factory released a new model of tractor.",
		"Engineers raised the bridge by two metres.",
		"The court made clear progress on the backlog.",
	} {
		doc := analyze(t, text, "2024-05-06")
		if len(doc.Claims) > 0 {
			t.Errorf("%q: unexpected claims:\n%s", text, dump(doc))
		}
	}
}
