package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestBackdrop checks the backdrop of unrest placed in another year, read
// only when a later sentence tells a protest or riot without a date
// (docContext.backdropAt): the last sentence that places unrest in another
// year or names a date decides, however many sentences lie between.
func TestBackdrop(t *testing.T) {
	s := loadStage(t)
	const past = "The 2011 riots in Mervale left a dozen people dead. "
	const riot = "Youths looted shops and burned cars in the city centre."
	for _, tc := range []struct {
		name, text string
		kept       bool // the last sentence keeps its unrest event
	}{
		{"no backdrop", "The council met to discuss the budget. " + riot, true},
		{"backdrop", past + riot, false},
		{"carried", past + "The council met to discuss the budget. The mayor spoke for an hour. " + riot, false},
		{"ended by a date", past + "On Monday the council met to discuss the budget. The mayor spoke for an hour. " + riot, true},
		{"restarted after a date", "On Monday the council met to discuss the budget. " + past + "The mayor spoke for an hour. " + riot, false},
		{"own unrest told first", "Protesters marched through the capital on Monday. " + past + riot, true},
	} {
		doc := analyse(t, s, tc.text, "2026-03-02")
		last := strings.LastIndex(tc.text, riot)
		kept := false
		for _, e := range doc.Events {
			if e.Start >= last && (e.Type == parallax.EventProtests || e.Type == parallax.EventRiots) {
				kept = true
			}
		}
		if kept != tc.kept {
			t.Errorf("%s: unrest in the last sentence kept %v, want %v; events %+v", tc.name, kept, tc.kept, doc.Events)
		}
	}
}
