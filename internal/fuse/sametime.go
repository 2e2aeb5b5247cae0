package fuse

import "strings"

// Hashes of "separate from", which tells a happening apart from the
// story's ("the protests there were separate from those in Ostra"). Not
// "separately" or "a separate statement" after a speaker: a second
// statement may tell the story's own act ("the army said separately that
// its forces destroyed two launchers near the temple").
var hashSeparate, hashFrom = hashBytes([]byte("separate")), hashBytes([]byte("from"))

// sameTimeSentence reports whether the sentence of words[i:] (it opens at
// words[i] and ends at end) tells another happening of the story's hours
// or day by its words: "separate" or "separately" anywhere in it; or "the
// same night", "that same day" (with no "as" after it: "the same day as"
// is concurrentAt's) where the sentence opens with it ("The same night,
// sea drones attacked the naval base in ...") or with a place put first
// ("In Ostra, police cleared a blockade on the same day"). A "same
// night" inside a sentence that opens otherwise is mostly the story's own
// ("the soldiers killed near the village on the same night were ...").
// concurrentClauses keeps the sentence only where it tells an act at a
// place the report names nowhere else (sisterAct, newPlaceIn).
func sameTimeSentence(text string, words []word, i, end int) bool {
	placeFirst := strings.EqualFold(text[words[i].Start:words[i].End], "in") && i+1 < len(words) && capitalisedInside(text, words[i+1].Start)
	for k := i; k < len(words) && words[k].Start < end; k++ {
		switch words[k].Hash {
		case hashSeparate:
			if k+1 < len(words) && words[k+1].Hash == hashFrom {
				return true
			}
		case hashSame:
			if k+1 < len(words) && words[k+1].Start < end && sameTimeUnits[words[k+1].Hash] && (k+2 >= len(words) || words[k+2].Hash != hashAs) && (k-i <= 2 || placeFirst) {
				return true
			}
		}
	}
	return false
}
