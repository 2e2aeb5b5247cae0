package fuse

import (
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// Hashes of the words that tell a happening of the story's hours or day
// as another one: "also", "same", "as".
var hashAlso, hashSame, hashAs = hashBytes([]byte("also")), hashBytes([]byte("same")), hashBytes([]byte("as"))

// sameTimeUnits are the spans of "the same day as", "in the same hours
// as", "at the same time as", "on the same night as".
var sameTimeUnits = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"day", "night", "morning", "evening", "afternoon", "hours", "hour", "time"} {
		m[hashBytes([]byte(w))] = true
	}
	return m
}()

// sameTimeOpeners are the words before "same" in "in the same hours as".
var sameTimeOpeners = wordSet(`the in on at`)

// concurrentAt returns the sequel clause (priorClause.sequel) that opens
// at words[i] and tells another happening of the story's hours or day:
//
//   - a sentence that tells it with "also" ("Protests were also reported
//     in the northern town of Ostra", "Overnight, drones had also hit a
//     substation in the Kelm district"): the whole sentence;
//   - "the same day as", "in the same hours as", "at the same time as"
//     and what follows to the sentence's end ("..., the same day as
//     deadlier protests in the capital");
//   - a sentence that opens with a span of hours after or before a
//     definite happening and a comma ("Hours after the drones, missiles
//     struck the regional capital"), with "Earlier" or "Later" and a
//     comma within four words ("Earlier on Monday,", "Later in the
//     evening,"), or with a span of hours and "later" or "earlier" with
//     no comma ("About an hour later a second drone hit ..."): the whole
//     sentence, as "A few hours later," is (sequelAt).
//
// As for sequelAt, the clause is kept only where it tells an act at a
// place the report names nowhere else (sisterAct): "the blast also
// wounded 13 people" names nothing new and goes on with the story.
func concurrentAt(text string, words []word, i int) (c priorClause, also, ok bool) {
	sequel := func(start, end int) (priorClause, bool, bool) {
		return priorClause{Span: parallax.Span{Start: start, End: end}, timed: true, hours: true, sequel: true}, false, true
	}
	w := words[i]
	if w.Hash == hashSame && i+2 < len(words) && sameTimeUnits[words[i+1].Hash] && words[i+2].Hash == hashAs &&
		text[w.End:words[i+1].Start] == " " && text[words[i+1].End:words[i+2].Start] == " " {
		start := w.Start
		// "the same day as", "in the same hours as": from the article and
		// the preposition before it.
		for k := i - 1; k >= max(0, i-2) && strings.TrimSpace(text[words[k].End:words[k+1].Start]) == "" && sameTimeOpeners[strings.ToLower(text[words[k].Start:words[k].End])]; k-- {
			start = words[k].Start
		}
		return sequel(start, sentenceEndFrom(text, w.End))
	}
	if !sentenceOpens(text, w.Start) {
		return priorClause{}, false, false
	}
	end := sentenceEndFrom(text, w.End)
	// "Earlier on Wednesday,", "Later in the evening,", "Later that day,":
	// "Earlier" or "Later" opening the sentence, its opener ended by a
	// comma within four words.
	if w.Hash == hashLater || w.Hash == hashEarlier {
		if c := strings.IndexByte(text[w.End:end], ','); c >= 0 && len(strings.Fields(text[w.End:w.End+c])) <= 3 {
			return sequel(w.Start, end)
		}
	}
	// A span of hours, "after" or "before", at most four words, a comma;
	// or "later" or "earlier" with no comma ("About an hour later a
	// separate drone attack set fire to ...").
	for k := i; k < min(len(words)-1, i+3); k++ {
		if words[k].Hash != hashHour && words[k].Hash != hashHours {
			continue
		}
		a := words[k+1]
		if (a.Hash == hashAfter || a.Hash == hashBefore) && definiteAt(text, a.End) {
			if c := strings.IndexByte(text[a.End:end], ','); c >= 0 && len(strings.Fields(text[a.End:a.End+c])) <= 4 {
				return sequel(w.Start, end)
			}
		}
		if a.Hash == hashLater || a.Hash == hashEarlier {
			return sequel(w.Start, end)
		}
		break
	}
	// Before "also": a sentence that says it tells another happening of
	// the same hours ("The same night, the General Staff said drones had
	// struck the air base, also in the region") is the reporter's sequel
	// even where a speaker's claim holds the "also" (alsoClaimed).
	if sameTimeSentence(text, words, i, end) {
		return sequel(w.Start, end)
	}
	for k := i; k < len(words) && words[k].Start < end; k++ {
		if words[k].Hash == hashAlso {
			c, _, _ := sequel(w.Start, end)
			return c, true, true
		}
	}
	return priorClause{}, false, false
}

// concurrentClauses adds to prior, the recall, answer and sequel clauses
// of doc in order, the sequel clauses of concurrentAt that tell a sister
// act (sisterAct) and, for an "also" sentence, are the reporter's own
// (alsoClaimed). A clause of prior inside one of them is replaced by it
// ("Hours after the drones" is a recall clause that the whole sentence
// now holds); where none is kept, prior is returned as it is.
func concurrentClauses(doc *parallax.Document, words []word, prior []priorClause) []priorClause {
	var add []priorClause
	for i := 0; i < len(words); i++ {
		c, also, ok := concurrentAt(doc.Text, words, i)
		if !ok || !sisterAct(doc, c.Span) || !newPlaceIn(doc, c.Span) || also && alsoClaimed(doc, c.Span) {
			continue
		}
		add = append(add, c)
		for i+1 < len(words) && words[i+1].Start < c.End {
			i++
		}
	}
	if len(add) == 0 {
		return prior
	}
	out := make([]priorClause, 0, len(prior)+len(add))
	for _, p := range prior {
		if !slices.ContainsFunc(add, func(c priorClause) bool { return p.Start < c.End && c.Start < p.End }) {
			out = append(out, p)
		}
	}
	out = append(out, add...)
	slices.SortFunc(out, func(a, b priorClause) int { return a.Start - b.Start })
	return out
}

// alsoClaimed reports whether the "also" sentence sp holds what a named
// speaker claims ("two residents said fishermen had also been killed
// when bombs hit a fishing camp"; "the two armies also traded fire along
// the border, where officials said shelling killed 12 in Ostra"): a
// witness's or an official's detail of the story's own act, at a spot of
// it the report names once. The reporter's own "also" ("protests were
// also reported in Ostra") tells another happening.
func alsoClaimed(doc *parallax.Document, sp parallax.Span) bool {
	for i := range doc.Claims {
		c := &doc.Claims[i]
		if c.Start < sp.End && sp.Start < c.End && c.Speaker.Text != "" {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// newPlaceIn reports whether span sp names a place, not a word of a
// longer name ("the Geneva Conventions", whether or not the tagger found
// it: nameGoesOn), that the report names nowhere
// else, headline included: what makes sisterAct's happening another
// one's.
func newPlaceIn(doc *parallax.Document, sp parallax.Span) bool {
	title := strings.ToLower(doc.Article.Title)
	for i := range doc.Places {
		p := &doc.Places[i]
		if p.Start < sp.Start || p.Start >= sp.End || isCountry(p.Feature) || inLongerName(doc, p.Start, p.End) || nameGoesOn(doc.Text, p.End) {
			continue
		}
		again := strings.Contains(title, strings.ToLower(p.Text)) || slices.ContainsFunc(doc.Places, func(q parallax.Place) bool {
			return (q.Start < sp.Start || q.Start >= sp.End) && (strings.EqualFold(q.Text, p.Text) || q.Name != "" && q.Name == p.Name)
		})
		if !again {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether a capitalised word follows text[end:] after
// one space: the place's name is a word of a longer name.
func nameGoesOn(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	c := text[end+1]
	return 'A' <= c && c <= 'Z'
}
