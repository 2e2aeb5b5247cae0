package ingest

import "testing"

func TestFindDate(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Mara Ostin, 2025-03-14", "2025-03-14"},
		{"Posted March 3, 2025 by staff", "2025-03-03"},
		{"Updated Sept. 21st 2024, 10:42", "2024-09-21"},
		{"3 February 2021 | Politics", "2021-02-03"},
		{"2025-02-30", ""}, // no such day
		{"March 2025", ""},
		{"Reports filed: 102", ""},
	} {
		if got := findDate(tc.line); got != tc.want {
			t.Errorf("findDate(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestBylineDate(t *testing.T) {
	page := `<html><body><table><tr><td><a href="/">Home</a><br>Archive: 2024-12-01</td><td><b>Harbour wall to be rebuilt after winter storms</b><br><i>Mara Ostin, 14 March 2025</i>` +
		`<p>The council voted on Tuesday to rebuild the harbour wall, which winter storms breached in two places.</p></td></tr></table></body></html>`
	doc := mustParseHTML(t, page)
	if got := bylineDate(doc, []string{"Harbour wall to be rebuilt after winter storms"}); got != "2025-03-14" {
		t.Errorf("bylineDate = %q", got)
	}
	// No headline on the page: no date is guessed from elsewhere.
	if got := bylineDate(doc, []string{"Some other headline of a story"}); got != "" {
		t.Errorf("date without the headline: %q", got)
	}
}
