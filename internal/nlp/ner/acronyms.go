package ner

import "strings"

// acronymBodies makes an organisation of an acronym alone after the
// definite article that the model read as MISC ("the [CPA] has been
// doing", "staffed the [CPA] with"): an acronym that stands alone behind
// "the" names a body far more often than anything else in news and web
// text (about ten to one in the project's annotated newswire), while
// the MISC acronyms there are mostly the opening of a longer name ("the
// FTSE 100", "the ATP Tour"), which this rule leaves alone as it takes
// one-word names only. An acronym that the document also tags MISC
// elsewhere, away from "the", stays MISC: treaties and diseases are
// named without the article too ("JCPOA talks", "COVID cases").
func acronymBodies(sents, tags [][]string, gaz *Gazetteer) {
	// Most documents have no one-word MISC acronym: a scan of the tags,
	// without chunking, finds that.
	var elsewhere map[string]bool
	var candidates [][2]int
	for i, s := range sents {
		for k, w := range s {
			if !oneWordMisc(tags[i], k) || !isAcronym(w) {
				continue
			}
			if k > 0 && isArticle(s[k-1]) {
				candidates = append(candidates, [2]int{i, k})
				continue
			}
			if elsewhere == nil {
				elsewhere = map[string]bool{}
			}
			elsewhere[w] = true
		}
	}
	for _, c := range candidates {
		s, k := sents[c[0]], c[1]
		if elsewhere[s[k]] {
			continue
		}
		// "the CPA" as a whole: no capitalised word or figure after it
		// that the model left out of the name.
		if k+1 < len(s) && startsUpperOrDigit(s[k+1]) {
			continue
		}
		// A state named by its initials is a place ("the DPRK", "the
		// ROK"), not a body.
		if stateAcronyms[s[k]] || gaz != nil && gaz.Lookup(lowerASCIIFast(s[k]))&(placeKinds|1<<GazDemonym) != 0 {
			continue
		}
		tags[c[0]][k] = "B-ORG"
	}
}

// oneWordMisc reports whether tags[k] opens a MISC name of one word.
func oneWordMisc(tags []string, k int) bool {
	return tags[k] == "B-MISC" && (k+1 == len(tags) || tags[k+1] != "I-MISC")
}

// stateAcronyms are initials of states, past and present, that the
// gazetteer (built from country names and their alternative spellings)
// does not hold.
var stateAcronyms = map[string]bool{
	"ROK": true, "PRC": true, "ROC": true, "USSR": true, "GDR": true, "FRG": true,
	"KSA": true, "RSA": true, "CAR": true, "DR": true, "SFRY": true, "FRY": true,
	"TRNC": true, "SADR": true, "DPR": true, "LPR": true,
}

func isArticle(w string) bool { return w == "the" || w == "The" }

// isAcronym reports whether w is two to six capital letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// knownBodies makes an organisation of a name read as MISC that the
// gazetteer knows as an organisation and as nothing else ("if [Google]
// can survive"): the model reads a firm that web text names like a
// product as one. A name the gazetteer also knows as a place, people or
// person keeps the model's type, and so does a longer MISC name around
// it ("Google Chrome" is not the firm's name alone).
func knownBodies(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	for _, ch := range chunks {
		if tags[ch.Start] != "B-MISC" || gaz.Lookup(lowerJoin(words[ch.Start:ch.End])) != 1<<GazGroup {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// acronymsAsBodies makes an organisation of an acronym of three to six
// capitals, inside a sentence in lower case, that the model read as a
// place and that the gazetteer knows as no place ("[LOC ADNOC] and
// TotalEnergies signed", "[LOC GSK] will make the doses"): the model
// types an unknown acronym by the capitals of places it has seen ("UAE",
// "DRC"), while places written as acronyms are few and known. Headlines
// and datelines in capitals are left to their own rules.
func acronymsAsBodies(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil || capsSentence(words) || dateline(words) {
		return
	}
	for _, ch := range chunks {
		if ch.Type != "LOC" || ch.End-ch.Start != 1 {
			continue
		}
		w := words[ch.Start]
		if len(w) < 3 || len(w) > 6 || !isAllUpper(w) || !allLetters(w) {
			continue
		}
		if acronymPlaces[w] || gaz.Lookup(strings.ToLower(w))&placeKinds != 0 {
			continue
		}
		// Where the words say place: a dateline's or a headline's first
		// word ("KOBANI -", "MARIB , Feb. 17"), "in" or "at" before it
		// ("in DPR", "at JFK"; "to" and "near" also come before bodies:
		// "donated to USI", "near KPA posts"), a place's own short form in brackets ("Kelby Space
		// Center ( KSC )"), a noun of place after it ("JFK airport").
		if ch.Start == 0 && datelineStart(words) || ch.End < len(words) && placeNouns[words[ch.End]] {
			continue
		}
		if p := ch.Start - 1; p >= 0 && (acronymPlacePrepositions[strings.ToLower(words[p])] ||
			words[p] == "(" && p > 0 && tags[p-1] != "O" && tags[p-1][2:] == "LOC") {
			continue
		}
		tags[ch.Start] = "B-ORG"
	}
}

// acronymPlacePrepositions come before a place, rarely before a body.
var acronymPlacePrepositions = map[string]bool{"in": true, "at": true, "into": true}

// datelineStart reports whether a sentence opens with a dateline's place:
// its first word, then a dash, or a comma and a capitalised word ("KOBANI
// - Turkish drones", "MARIB , Feb. 17"); a comma before a lower-case word
// is an apposition ("COGAT , the Israeli body").
func datelineStart(words []string) bool {
	if len(words) < 3 {
		return false
	}
	switch words[1] {
	case "-", "—", "–", "--":
		return true
	case ",":
		return startsUpper(words[2])
	}
	return false
}

// placeNouns follow a place's name in lower case ("JFK airport").
var placeNouns = map[string]bool{
	"airport": true, "base": true, "camp": true, "region": true, "province": true,
	"district": true, "city": true, "area": true, "county": true, "state": true,
}

// acronymPlaces are places that news writes as acronyms and that the
// gazetteer, holding names, may not know.
var acronymPlaces = map[string]bool{
	"NYC": true, "DMZ": true, "UAE": true, "DRC": true, "PRC": true, "ROK": true,
	"DPRK": true, "KSA": true, "USSR": true, "KPK": true, "FATA": true, "NWFP": true,
	"CAR": true, "GDR": true, "FRG": true,
}

// allLetters reports whether w is made of ASCII letters only ("U.S."
// and "F-16" are not).
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
