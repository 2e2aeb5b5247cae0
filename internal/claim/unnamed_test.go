package claim

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

func TestUnnamedSpeakerSide(t *testing.T) {
	kenya := "Gunmen attacked a bus near Garissa in Kenya on Monday. Kenyan troops pursued them. " +
		"The Kenyan government closed the road to Somalia. Kenya has faced such attacks since 2011. "
	mixed := "Russian and Ukrainian delegations met in Istanbul. Russia wants a ceasefire in the east; Ukraine wants Russia to withdraw. " +
		"Moscow and Kyiv exchanged prisoners. "
	tests := []struct {
		name, text, cue, side string
	}{
		{"authorities in a one-state article", kenya + "Authorities said five passengers were killed.", "said", "KEN"},
		{"officials told reporters", kenya + "Security officials told reporters the attackers fled on foot.", "told", "KEN"},
		{"a spokesperson", kenya + "A spokesperson said the road would reopen on Friday.", "said", "KEN"},
		{"two states, no dominant one", mixed + "Officials said the talks would resume next week.", "said", ""},
		{"analyst stays a non-party", kenya + "Analysts said the group was regrouping.", "said", ""},
		{"witness stays a non-party", kenya + "A witness said the gunmen wore uniforms.", "said", ""},
		{"foreign officials are not the state's", kenya + "Western officials said the attack was planned abroad.", "said", ""},
		// (the actor stage reads "the statement" as the last body named
		// as a subject within two sentences: since bodies followed by
		// any verb are read, "The Kenyan government closed the road" is
		// one, so the case puts it three sentences back)
		{"the statement keeps the publisher's voice", kenya + "Residents fled to the hills. The statement said the road would reopen.", "said", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyze(t, tc.text, "2024-05-06")
			var found *parallax.Claim
			for i := range doc.Claims {
				c := &doc.Claims[i]
				if c.Cue.Text == tc.cue && c.Cue.Start > len(tc.text)-80 {
					found = c
				}
			}
			if found == nil {
				t.Fatalf("no claim with cue %q in the last sentence:\n%s", tc.cue, dump(doc))
			}
			if found.Speaker.Side != tc.side {
				t.Errorf("side %q, want %q (speaker %q)\n%s", found.Speaker.Side, tc.side, found.Speaker.Text, dump(doc))
			}
		})
	}
}

func TestDominantState(t *testing.T) {
	e := func(side, kind string) parallax.Entity { return parallax.Entity{Side: side, Kind: kind} }
	tests := []struct {
		name string
		ents []parallax.Entity
		want string
	}{
		{"none", nil, ""},
		{"clear", []parallax.Entity{e("NGA", "gpe"), e("NGA", "person"), e("NGA", "government"), e("BOKOHARAM", "group")}, "NGA"},
		{"too few", []parallax.Entity{e("NGA", "gpe"), e("NGA", "person")}, ""},
		{"tie", []parallax.Entity{e("TUR", "gpe"), e("TUR", "gpe"), e("TUR", "gpe"), e("USA", "gpe"), e("USA", "gpe"), e("USA", "gpe")}, ""},
		{"less than double", []parallax.Entity{e("ISR", "gpe"), e("ISR", "gpe"), e("ISR", "gpe"), e("ISR", "gpe"), e("TUR", "gpe"), e("TUR", "gpe"), e("TUR", "gpe")}, ""},
		{"groups do not count", []parallax.Entity{e("ISIS", "group"), e("ISIS", "group"), e("ISIS", "group"), e("ISIS", "group")}, ""},
	}
	for _, tc := range tests {
		if got := dominantState(tc.ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestTitleAnaphor(t *testing.T) {
	tests := []struct {
		name, text, cue, actor string
	}{
		{"the minister after the named minister",
			"Kremlin spokesperson Dmitry Peskov said the talks were useful. The spokesman added that a new round was planned.", "added", "Dmitry Peskov"},
		{"cue, comma, quotation",
			"Kremlin spokesperson Dmitry Peskov said the talks were useful. The spokesman added, “We expect a reply from Kyiv.”", "added", "Dmitry Peskov"},
		{"an unnamed official is not the named spokesperson",
			"Kremlin spokesperson Dmitry Peskov said the talks were useful. The official added that a new round was planned.", "added", "!Dmitry Peskov"},
		{"a title of another state keeps its own office holder",
			"Kremlin spokesperson Dmitry Peskov said the talks were useful. The Ukrainian president added that a new round was planned.", "added", "Volodymyr Zelenskyy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyze(t, tc.text, "2024-05-06")
			for _, c := range doc.Claims {
				if c.Cue.Text == tc.cue {
					// "!X": any actor but X (the actor stage may resolve an
					// unnamed official to its body)
					if not, ok := strings.CutPrefix(tc.actor, "!"); ok && c.Speaker.Actor == not || !ok && c.Speaker.Actor != tc.actor {
						t.Errorf("actor %q, want %q\n%s", c.Speaker.Actor, tc.actor, dump(doc))
					}
					return
				}
			}
			t.Errorf("no claim with cue %q:\n%s", tc.cue, dump(doc))
		})
	}
}
