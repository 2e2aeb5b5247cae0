package fuse

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// The story's days (segmentArticle): which dated events may set the days
// of the happening an article reports.

// afterPublication reports whether an event is dated wholly after the
// article's publication day: an act the article expects, plans or makes
// a condition of ("the fighting can stop tomorrow", "talks resume next
// week"), not one it reports. It is no segment's day: the story keeps it,
// as its people's words, with its places apart, and no later segment is
// made of it, which would take the story's place as the segment nearest
// the publication day.
func afterPublication(start, pub int32) bool {
	return pub != noDay && start > pub
}

// namesDay reports whether a segment holds an event dated by a day
// ("on Friday", "Tuesday afternoon"), not only by weeks ("this week").
// A week names no day of the story: the story is the segment nearest the
// publication day among those that name one, where any does ("diplomats
// expected the fighting to shift this week" is no happening of the
// week the report was published in, beside the capture it tells of
// Sunday).
func namesDay(doc *parallax.Document, s *segment) bool {
	for _, e := range s.events {
		if doc.Events[e].Date.Precision != "week" {
			return true
		}
	}
	return false
}

// startNouns name the beginning of a happening in a noun phrase before a
// date: "since the start of the siege on May 23", "the outbreak of the
// fighting on 15 April".
var startNouns = map[string]bool{"start": true, "beginning": true, "outbreak": true, "onset": true}

// startOfBefore reports whether the text just before a date mention
// (before, lower case) tells the date as the day a happening began with
// a noun: a startNouns word and "of", then at most three words and "on"
// ("the start of the crisis on", "the beginning of the Marawi siege
// on"). beginWords tell it with a verb ("began on").
func startOfBefore(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n < 3 || ws[n-1] != "on" {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-5; k-- {
		if ws[k] == "of" && startNouns[ws[k-1]] {
			return true
		}
	}
	return false
}
