package ner

import "strings"

// trimLowerTails takes the lower-case words off the end of a name that
// opens with a capital: "[Xinhua news] agency", "the [Mapei team]". A
// name written in title case does not end in
// a common word; the model, which has seen many names followed by such
// nouns, now and then takes one in. A word after a hyphen stays
// ("Chiang Kai - shek"), and so do a possessive written without its
// apostrophe ("McDonald s", one letter) and names in text written in
// lower case, whose first word is not capitalised. Places keep their
// noun ("Boni forest", "Tigris river"): by the conventions it is outside
// the name, but the geoparser, given the bare name, places a forest at a
// namesake town abroad, and the story's country with it.
func trimLowerTails(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.End-ch.Start < 2 || ch.Type == "LOC" || !startsUpper(words[ch.Start]) {
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

// demonymHeads split a nationality adjective off the name the model joined
// it to: "[Dane Bjarne Brand]" is "[MISC Dane] [PER Bjarne Brand]",
// "[Serb SDS]" is "[MISC Serb] [ORG SDS]". Only persons' names and
// acronyms are split: by the conventions a demonym before a body's name
// in title case is part of it ("Russian Defence Ministry").
func demonymHeads(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	for _, ch := range chunks {
		if ch.End-ch.Start < 2 || ch.Type != "PER" && ch.Type != "ORG" && ch.Type != "MISC" {
			continue
		}
		rest := words[ch.Start+1 : ch.End]
		typ := ch.Type
		switch {
		case ch.Type == "PER":
		case len(rest) == 1 && capsWord(rest[0]) && !capsWord(words[ch.Start]):
			typ = "ORG"
		default:
			continue
		}
		if !startsUpper(rest[0]) {
			continue
		}
		k := gaz.Lookup(strings.ToLower(words[ch.Start]))
		if k&(1<<GazDemonym) == 0 || k&(placeKinds|1<<GazGroup) != 0 {
			continue
		}
		tags[ch.Start] = "B-MISC"
		setSpan(tags, ch.Start+1, ch.End, typ)
	}
}

// teamAfterCountry tags the team in a line of a race's results, which
// gives each rider or driver, the country in brackets, the team and a
// time: "2. Ivo Brand ( Valdoria ) Kelby Racing 1:50.671", "1. Ivo Brand
// ( Valdoria ) Kelvo 55 minutes 10 seconds". The model reads a team named
// after its sponsor or founder as a person or a product.
func teamAfterCountry(words, tags []string) {
	for i := 2; i+1 < len(words); i++ {
		if words[i] != ")" || !strings.HasSuffix(tags[i-1], "-LOC") {
			continue
		}
		// The bracket opens after a person's name.
		s := i - 1
		for s > 0 && tags[s][0] == 'I' {
			s--
		}
		if s < 2 || words[s-1] != "(" || !strings.HasSuffix(tags[s-2], "PER") {
			continue
		}
		e := i + 1
		for e < len(words) && e-i <= 3 && startsUpper(words[e]) {
			e++
		}
		if e == i+1 || e >= len(words) || !raceTime(words, e) {
			continue
		}
		if !isSpan(tags, [2]int{i + 1, e}, "ORG") {
			setSpan(tags, i+1, e, "ORG")
		}
	}
}

// raceTime reports whether a race's time or gap begins at words[i]:
// "1:50.671", "55 minutes", "22 seconds", "1:04".
func raceTime(words []string, i int) bool {
	w := words[i]
	if strings.Contains(w, ":") {
		return strings.Trim(w, "0123456789:.") == ""
	}
	if isFigure(w) && i+1 < len(words) {
		switch words[i+1] {
		case "minutes", "minute", "seconds", "second", "points", "laps", "lap", "hours", "hour":
			return true
		}
	}
	return false
}

// hyphenatedAmericans makes one MISC of a nationality and "American(s)"
// after it ("[MISC Chinese Americans]"), which names one group of
// Americans; the model tags the second word alone. Only "American" is
// taken: a nationality before another people names two ("[MISC Greek]
// [MISC Cypriots]"). The hyphenated form is left alone: it also joins
// two states ("[MISC Turkish] - [MISC American] cooperation", as the VOA
// training set tags it) as often as it names one group.
func hyphenatedAmericans(words, tags []string, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	for k := 1; k < len(words); k++ {
		if (words[k] != "American" && words[k] != "Americans") || tags[k] != "B-MISC" {
			continue
		}
		s := k - 1
		if tags[s] != "O" && tags[s] != "B-MISC" || !startsUpper(words[s]) {
			continue
		}
		if !americanOrigins[words[s]] && gaz.Lookup(strings.ToLower(words[s]))&(1<<GazDemonym) == 0 {
			continue
		}
		setSpan(tags, s, k+1, "MISC")
	}
}

// americanOrigins are the adjectives of continents and peoples that open
// names of groups of Americans besides the nationalities ("Asian
// Americans", "Native Americans", "Latin American").
var americanOrigins = map[string]bool{
	"Asian": true, "African": true, "Arab": true, "European": true, "Latin": true,
	"Native": true, "Hispanic": true,
}
