package ner

import "strings"

// stormHeads open the names of storms ("Hurricane Delia", "Typhoon
// Haikui", "Cyclone Phailin", "Storm Ciara"), MISC by the conventions
// (newswire/README.md). The model reads the head and the given name as a
// person or an organisation, and a later "Delia" as a person.
var stormHeads = [...]string{"hurricane", "typhoon", "cyclone", "storm"}

// isStormHead reports whether w is a storm head in any case, without
// lower-casing every capitalised word of the text.
func isStormHead(w string) bool {
	for _, h := range stormHeads {
		if strings.EqualFold(w, h) {
			return true
		}
	}
	return false
}

// storms makes MISC of each capitalised storm head and the one tagged,
// capitalised word after it, with "Tropical" or "Super" before the head
// ("Tropical Storm Alberto"), and then of the one-word names elsewhere in
// the document that are such a storm's given name. A head inside a
// longer name ("National Hurricane Center") or before a name of two or
// more words ("Hurricane Relief Fund") is left alone.
func storms(sents, tags [][]string) {
	var given map[string]bool
	for i, words := range sents {
		t := tags[i]
		for k := 0; k+1 < len(words); k++ {
			if !startsUpper(words[k]) || !isStormHead(words[k]) {
				continue
			}
			start := k
			if k > 0 && startsUpper(words[k-1]) {
				switch strings.ToLower(words[k-1]) {
				case "tropical", "super":
					start = k - 1
				}
			}
			name := k + 1
			if strings.HasPrefix(t[start], "I-") || t[name] == "O" || !startsUpper(words[name]) ||
				(name+1 < len(t) && strings.HasPrefix(t[name+1], "I-")) {
				continue
			}
			t[start] = "B-MISC"
			for j := start + 1; j <= name; j++ {
				t[j] = "I-MISC"
			}
			if given == nil {
				given = map[string]bool{}
			}
			given[words[name]] = true
		}
	}
	if given == nil {
		return
	}
	for i, words := range sents {
		for _, ch := range Chunks(tags[i]) {
			if ch.End-ch.Start == 1 && ch.Type != "MISC" && given[words[ch.Start]] {
				tags[i][ch.Start] = "B-MISC"
			}
		}
	}
}
