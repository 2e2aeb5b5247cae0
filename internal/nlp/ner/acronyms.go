package ner

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
