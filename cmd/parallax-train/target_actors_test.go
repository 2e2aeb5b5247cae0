package main

import "testing"

// TestNationalityNames: the nationality lists' names of the state itself
// are told from its adjectives.
func TestNationalityNames(t *testing.T) {
	for _, tc := range []struct {
		w    string
		abbr bool
	}{{"UK", true}, {"U.K.", true}, {"DRC", true}, {"British", false}, {"Uzbek", false}, {"A", false}} {
		if got := isAbbreviation(tc.w); got != tc.abbr {
			t.Errorf("isAbbreviation(%q) = %v", tc.w, got)
		}
	}
	names := []string{"United Kingdom", "Great Britain"}
	for _, tc := range []struct {
		w    string
		last bool
	}{{"Britain", true}, {"Kingdom", true}, {"British", false}, {"Great", false}} {
		if got := lastWordOfAny(tc.w, names); got != tc.last {
			t.Errorf("lastWordOfAny(%q) = %v", tc.w, got)
		}
	}
}
