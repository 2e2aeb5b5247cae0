package ner

import (
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// caselessWriter reports whether a sentence of three or more words was
// written by someone who does not capitalise names: no word after the
// first begins with a capital ("I" and its contractions aside). Web posts
// and chat are written so ("i live in san rafael near the bay"), and the
// model, which leans on capitals, misses their places.
func caselessWriter(words []string) bool {
	letters := 0
	for i, w := range words {
		if !hasLetter(w) {
			continue
		}
		letters++
		if i > 0 && startsUpper(w) && w != "I" && !strings.HasPrefix(w, "I'") {
			return false
		}
	}
	return letters >= 3
}

// lowerPlaces tags as places, in a caseless writer's sentence, the
// untagged lower-case words that the gazetteer knows as a country or a
// region and that are not words of their own in lower case ("malaysia",
// "punjab"; not "store" or "bar", which are regions somewhere), and the
// untagged lower-case phrases of two to four words that it knows as any
// place ("san francisco", "greater noida"). UNER EWT dev: F1 0.7038 ->
// 0.7125 (15 names tagged, 13 right); the training file, which the model
// already fits, gets 7 (2 wrong: "new territory", "bloke").
func lowerPlaces(words, tags []string, gaz *Gazetteer, clusters *wordcluster.Clusters) {
	if gaz == nil || !caselessWriter(words) {
		return
	}
	// kinds[l-1] holds the gazetteer kinds of the phrase of l words at i,
	// hashed word by word as Gazetteer.Match does, without joining them.
	var kinds [maxLowerPlace]uint8
	for i := 0; i < len(words); i++ {
		if !lowerFree(words, tags, i) {
			continue
		}
		h := phraseAdd(phraseStart(), strings.ToLower(words[i]))
		v := gaz.get(h)
		if v&gazStart == 0 {
			// No phrase begins with this word.
			continue
		}
		n := 1
		kinds[0] = v &^ gazStart
		for ; n < maxLowerPlace && i+n < len(words) && lowerFree(words, tags, i+n); n++ {
			h = phraseAdd(phraseSpace(h), strings.ToLower(words[i+n]))
			kinds[n] = gaz.get(h) &^ gazStart
		}
		for l := n; l >= 1; l-- {
			v := kinds[l-1]
			if i+l < len(tags) && strings.HasPrefix(tags[i+l], "I-") {
				continue
			}
			if i+l < len(words) && nameGoesOn[strings.ToLower(words[i+l])] {
				// "michigan avenue", "ohio state": a longer name that
				// the gazetteer does not hold.
				continue
			}
			if l == 1 {
				// One word: a country or region only, and not a word
				// that the clusters know in lower case or the gazetteer
				// as anything else (a person's given name).
				if v&(1<<GazCountry|1<<GazAdmin1) == 0 || v&^placeKinds != 0 || clusters.Known(words[i]) {
					continue
				}
			} else if v&placeKinds == 0 || (v&(1<<GazCountry) == 0 && allKnown(words[i:i+l], clusters)) {
				// Several words: any place, but a region or town named
				// by common words ("north side", "new territory") only
				// where one of them is no word of its own ("new york").
				continue
			}
			tags[i] = "B-LOC"
			for k := i + 1; k < i+l; k++ {
				tags[k] = "I-LOC"
			}
			i += l - 1
			break
		}
	}
}

// maxLowerPlace is the longest place phrase lowerPlaces looks up.
const maxLowerPlace = 4

// lowerFree reports whether words[i] is an untagged word that begins with
// a lower-case letter.
func lowerFree(words, tags []string, i int) bool {
	return tags[i] == "O" && hasLetter(words[i]) && !startsUpperOrDigit(words[i])
}

// nameGoesOn are words that, after a place name, make a longer name of it
// (a street, a building, a school, a team).
var nameGoesOn = map[string]bool{
	"avenue": true, "ave": true, "street": true, "st": true, "road": true,
	"rd": true, "boulevard": true, "blvd": true, "lane": true, "drive": true,
	"highway": true, "square": true, "park": true, "river": true, "lake": true,
	"bay": true, "beach": true, "mall": true, "center": true, "centre": true,
	"hall": true, "airport": true, "station": true, "county": true,
	"university": true, "college": true, "school": true, "hospital": true,
	"hotel": true, "state": true, "island": true, "islands": true,
}

// allKnown reports whether every word is a word the clusters know in
// this case.
func allKnown(words []string, clusters *wordcluster.Clusters) bool {
	for _, w := range words {
		if !clusters.Known(w) {
			return false
		}
	}
	return true
}
