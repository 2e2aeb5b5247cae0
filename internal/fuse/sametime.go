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
// ("In Ostra, police cleared a blockade on the same day", "In the capital
// Ostra, protests on the same day left two dead"), or "the same" anything
// in a sentence that opens with a place put first ("In Ostra, protests
// over the same power cuts blocked the ring road": the same cause at
// another place; placeOpener). A "same
// night" inside a sentence that opens otherwise is mostly the story's own
// ("the soldiers killed near the village on the same night were ...").
// concurrentClauses keeps the sentence only where it tells an act at a
// place the report names nowhere else (sisterAct, newPlaceIn).
func sameTimeSentence(text string, words []word, i, end int) bool {
	placeFirst := placeOpener(text, words, i, end)
	for k := i; k < len(words) && words[k].Start < end; k++ {
		switch words[k].Hash {
		case hashSeparate:
			if k+1 < len(words) && words[k+1].Hash == hashFrom {
				return true
			}
		case hashSame:
			if k+1 >= len(words) || words[k+1].Start >= end || k+2 < len(words) && words[k+2].Hash == hashAs {
				continue
			}
			if sameTimeUnits[words[k+1].Hash] && (k-i <= 2 || placeFirst) {
				return true
			}
			// "In Ostra, protests over the same power cuts blocked the
			// ring road": the same cause at a place put first.
			if placeFirst {
				return true
			}
		}
	}
	return false
}

// placeOpener reports whether the sentence of words[i:] (ending at end)
// opens with a place put first and a comma: "In Ostra,", "In the capital
// Ostra,", "In neighbouring Kelm province,": "In" and, within its next
// four words, a capitalised one that a comma follows within three more.
func placeOpener(text string, words []word, i, end int) bool {
	if !strings.EqualFold(text[words[i].Start:words[i].End], "in") {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+4 && words[k].Start < end; k++ {
		if strings.IndexByte(text[words[i].End:words[k].Start], ',') >= 0 {
			return false
		}
		if !capitalisedInside(text, words[k].Start) {
			continue
		}
		for m := k; m < len(words) && m <= k+3 && words[m].Start < end; m++ {
			if words[m].End < len(text) && text[words[m].End] == ',' {
				return true
			}
		}
		return false
	}
	return false
}
