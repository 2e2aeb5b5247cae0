package ner

import "strings"

// trimLowerTails takes the lower-case words off the end of a name that
// opens with a capital: "[Xinhua news] agency", "the [Mapei team]",
// "at [Ullevaal stadium]". A name written in title case does not end in
// a common word; the model, which has seen many names followed by such
// nouns, now and then takes one in. A word after a hyphen stays
// ("Chiang Kai - shek"), and so do a possessive written without its
// apostrophe ("McDonald s", one letter) and names in text written in
// lower case, whose first word is not capitalised.
func trimLowerTails(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.End-ch.Start < 2 || !startsUpper(words[ch.Start]) {
			continue
		}
		e := ch.End
		for e-1 > ch.Start && len(words[e-1]) > 1 && lowerWord(words[e-1]) && words[e-2] != "-" {
			e--
		}
		for k := e; k < ch.End; k++ {
			tags[k] = "O"
		}
	}
}

// lowerWord reports whether w is made of lower-case ASCII letters only.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// demonymsAsMisc makes MISC of a one-word name that is a nationality
// adjective before a common noun ("the eastern [Zairean] town", "[KOREAN]
// STRIKERS CLASH"), which the model reads now and then as a place or a
// person: by the conventions a nationality is MISC. A word the gazetteer
// also knows as a place or a group is left alone, and so is one without
// an adjective's ending: the demonym lists also hold "Britain", "U.K."
// and "EU".
func demonymsAsMisc(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	caps := -1
	for _, ch := range chunks {
		if ch.End-ch.Start != 1 || ch.Type == "MISC" || ch.End >= len(words) {
			continue
		}
		next := words[ch.End]
		if !lowerWord(next) {
			if !capsWord(next) {
				continue
			}
			if caps < 0 {
				caps = 0
				if capsSentence(words) {
					caps = 1
				}
			}
			if caps == 0 {
				continue
			}
		}
		w := strings.ToLower(words[ch.Start])
		k := gaz.Lookup(w)
		if k&(1<<GazDemonym) == 0 || k&(placeKinds|1<<GazGroup) != 0 || !demonymEnding(w) {
			continue
		}
		tags[ch.Start] = "B-MISC"
	}
}

// demonymEnding reports whether a lower-case word ends as nationality
// adjectives do: "-an" (Korean, Zairean), "-ese", "-ish", "-i" (Iraqi),
// "-ic" (Icelandic), "-ch" (Dutch), "-ss" (Swiss), "-ine" (Argentine),
// "-ene" (Slovene).
func demonymEnding(w string) bool {
	for _, e := range []string{"an", "ese", "ish", "i", "ic", "ch", "ss", "ine", "ene"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
