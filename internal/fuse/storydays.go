package fuse

import "github.com/parallaxhq/parallax"

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
