package ner

import (
	"maps"
	"strings"
)

// personNouns are nouns of an apposition or a list that describe a
// person: ", a former transport minister", ", an adviser to", "teenagers
// X and Y". They are lower case, as they are in running text.
var personNouns = map[string]bool{
	"minister": true, "adviser": true, "advisor": true, "aide": true, "official": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true,
	"member": true, "businessman": true, "businesswoman": true, "lawyer": true,
	"elder": true, "dealer": true, "trader": true, "analyst": true, "economist": true,
	"director": true, "chairman": true, "president": true, "secretary": true,
	"deputy": true, "senator": true, "governor": true, "mayor": true, "general": true,
	"commander": true, "diplomat": true, "envoy": true, "ambassador": true,
	"negotiator": true, "activist": true, "writer": true, "journalist": true,
	"player": true, "striker": true, "defender": true, "midfielder": true,
	"goalkeeper": true, "coach": true, "manager": true, "captain": true,
	"teenager": true, "teenagers": true, "veteran": true, "father": true,
	"mother": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"wife": true, "husband": true, "widow": true, "man": true, "woman": true,
	"student": true, "farmer": true, "doctor": true, "priest": true, "cleric": true,
	"colonel": true, "officer": true, "soldier": true, "candidate": true,
	"professor": true, "scholar": true, "banker": true, "executive": true,
	"chief": true, "founder": true, "owner": true, "resident": true, "politician": true,
	"deputies": true, "champion": true, "winner": true, "runner-up": true,
}

// placeNamedPersons makes persons of the names of two or three words
// that the model, seeing a place in them, tagged as a place or an
// organisation ("[LOC Israel Kessar] , a former transport minister",
// "[LOC Brooklyn Hayes]", "[ORG Dore Gold] , an adviser to"): news names
// people whose given name or surname is also a town or a state. A name
// changes only where a word of it is a place the gazetteer knows or its
// last word a surname with the Arabic article ("Osama al-Baz"), and the
// whole is none (no place, state or body; placeWord), and the sentence
// says person: an apposition describing a
// person (", a former minister", ", 34 ,"), a speech verb after a place
// ("said"; organisations speak too, so not after those), a person's title
// before it, or a list or pair whose other names are persons.
func placeNamedPersons(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	for ci, ch := range chunks {
		n := ch.End - ch.Start
		if ch.Type != "LOC" && ch.Type != "ORG" || n < 2 || n > 3 {
			continue
		}
		name := words[ch.Start:ch.End]
		if !plainName(name) {
			continue
		}
		if gaz.Lookup(lowerJoin(name))&(placeKinds|1<<GazGroup) != 0 {
			continue
		}
		if !placeWord(name, gaz) && !arabicSurname(name[n-1]) {
			continue
		}
		person := personApposition(words, ch.End) ||
			ch.Start > 0 && personTitles[words[ch.Start-1]] ||
			ch.Type == "LOC" && ch.End < len(words) && speechVerbs[words[ch.End]] ||
			personNeighbour(words, chunks, ci)
		if person {
			setSpan(tags, ch.Start, ch.End, "PER")
		}
	}
}

// placeWord reports whether a word of a name is a place the gazetteer
// knows ("Brooklyn Hayes": both are) and no word is a place's head, a word
// that opens place names or a club's suffix ("Sydney Harbour", "West
// Hamilton", "Sheffield United").
func placeWord(name []string, gaz *Gazetteer) bool {
	places := 0
	for _, w := range name {
		if placeHeads[w] || placeOpeners[w] || clubSuffixes[w] {
			return false
		}
		if gaz.Lookup(strings.ToLower(w))&placeKinds != 0 {
			places++
		}
	}
	return places >= 1
}

// placeOpeners open names of places made of another place's name ("New
// Hamilton", "Port Victoria", "San Carlos").
var placeOpeners = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Upper": true,
	"Lower": true, "New": true, "Old": true, "Port": true, "Fort": true, "Mount": true,
	"Lake": true, "Cape": true, "San": true, "Santa": true, "St": true, "St.": true,
	"Saint": true, "Greater": true, "Central": true, "Little": true, "Great": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true,
}

// placeHeads end names of places and buildings made of a town's name and
// a common word ("Sydney Harbour", "Lagos Island", "Tokyo Tower").
var placeHeads = map[string]bool{
	"Harbour": true, "Harbor": true, "Island": true, "Islands": true, "Tower": true,
	"Street": true, "Road": true, "Avenue": true, "Square": true, "Park": true,
	"Airport": true, "Station": true, "Port": true, "Bay": true, "Beach": true,
	"Heights": true, "Hills": true, "Lake": true, "River": true, "Province": true,
	"District": true, "County": true, "City": true, "Region": true, "Oval": true,
	"Stadium": true, "Arena": true, "Palace": true, "Hall": true, "Gate": true,
	"Centre": true, "Center": true, "Plain": true, "Plains": true, "Valley": true,
	"Basin": true, "Gulf": true, "Coast": true, "Camp": true, "Base": true,
	"State": true, "Township": true, "Division": true, "Governorate": true,
	"Prefecture": true, "Oblast": true, "Territory": true, "Municipality": true,
	"Department": true, "Village": true, "Town": true, "Republic": true,
}

// plainName reports whether every word of a name is one capitalised word
// of letters (no joining word, figure or mark).
func plainName(name []string) bool {
	for _, w := range name {
		if arabicSurname(w) {
			continue
		}
		if !startsUpper(w) || isAllUpper(w) && len(w) > 1 {
			return false
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '-' || r >= 0xC0) {
				return false
			}
		}
	}
	return true
}

// personApposition reports whether the words from i on are an apposition
// that describes a person: ", a former transport minister", ", an
// adviser to", ", 34 ,".
func personApposition(words []string, i int) bool {
	if i+2 >= len(words) || words[i] != "," {
		return false
	}
	if isFigure(words[i+1]) && (words[i+2] == "," || words[i+2] == "-year-old") {
		return true
	}
	// Not ", who": clubs take it too ("Sheffield United , who drew").
	switch words[i+1] {
	case "a", "an", "the":
	default:
		return false
	}
	for k := i + 2; k < len(words) && k < i+7; k++ {
		w := words[k]
		if w == "," || w == "." {
			return false
		}
		if personNouns[strings.ToLower(w)] && !startsUpper(w) {
			return true
		}
	}
	return false
}

// personNeighbour reports whether the name chunks[ci] stands in a pair or
// a list ("A and B", "A , B , C") with a person's name of two words or
// more next to it, or after a noun of persons ("teenagers X and Y").
func personNeighbour(words []string, chunks []Chunk, ci int) bool {
	ch := chunks[ci]
	if ch.Start > 0 && (personNouns[words[ch.Start-1]] || teamRoles[words[ch.Start-1]]) {
		return true
	}
	joined := func(a, b Chunk) bool {
		if b.Start != a.End+1 {
			return false
		}
		j := words[a.End]
		return j == "," || j == "and" || j == "or"
	}
	isPerson := func(c Chunk) bool { return c.Type == "PER" && c.End-c.Start >= 2 }
	// A pair over "and" or "or" needs one person beside the name; over a
	// comma, which also joins a place to its region ("Ann Township ,
	// Rakhine State"), a list of two persons.
	if ci > 0 && joined(chunks[ci-1], ch) && isPerson(chunks[ci-1]) {
		if words[chunks[ci-1].End] != "," || ci > 1 && joined(chunks[ci-2], chunks[ci-1]) && isPerson(chunks[ci-2]) {
			return true
		}
	}
	if ci+1 < len(chunks) && joined(ch, chunks[ci+1]) && isPerson(chunks[ci+1]) {
		if words[ch.End] != "," || ci+2 < len(chunks) && joined(chunks[ci+1], chunks[ci+2]) && isPerson(chunks[ci+2]) {
			return true
		}
	}
	return false
}

// lonePlacePersons gives a place back its type where the model tagged it
// alone as a person ("his men had left [PER Grozny] 's central
// districts"): a one-word person's name that the gazetteer knows as a
// town, region or state, that is no given name, that no title precedes
// and that no person's name of the document holds ("Allan Houston" makes
// "Houston" a person throughout), where the sentence says place: after a
// preposition of place ("in", "near") or before "'s" and a part of a
// town ("'s central districts", "'s airport"). A lone surname elsewhere
// ("Rubio also credited", in a story whose excerpt lacks the full name)
// stays a person.
func lonePlacePersons(sents, tags [][]string, gaz *Gazetteer, chunks chunkMemos) {
	if gaz == nil {
		return
	}
	inNames := map[string]bool{}
	for i, s := range sents {
		for _, ch := range chunks.of(i, tags[i]) {
			if ch.Type != "PER" || ch.End-ch.Start < 2 {
				continue
			}
			// Surnames only: news names a person again by the surname,
			// not by the given name ("Jordan Peterson" leaves "Jordan 's
			// king" a state).
			for _, w := range s[ch.Start+1 : ch.End] {
				inNames[strings.ToLower(w)] = true
				if b, ok := strings.CutPrefix(strings.ToLower(w), "al-"); ok {
					inNames[b] = true
				}
			}
		}
	}
	for i, s := range sents {
		if capsSentence(s) {
			continue // capsHeadlines reads headlines by their body
		}
		for _, ch := range chunks.of(i, tags[i]) {
			if ch.Type != "PER" || ch.End-ch.Start != 1 {
				continue
			}
			w := s[ch.Start]
			lw := strings.ToLower(w)
			if inNames[lw] || ch.Start > 0 && personTitles[s[ch.Start-1]] {
				continue
			}
			k := gaz.Lookup(lw)
			if k&(1<<GazGiven|1<<GazPerson) != 0 {
				continue
			}
			part := ""
			if ch.End+2 < len(s) && s[ch.End] == "'s" {
				part = s[ch.End+1]
				if ch.End+3 < len(s) && !startsUpper(part) && !placeParts[part] {
					part = s[ch.End+2] // "'s central districts"
				}
			}
			// A town's own parts say place without the gazetteer ("Grozny"
			// is in none of its lists); a preposition needs it.
			placeSaid := townParts[part] ||
				k&placeKinds != 0 && (placeParts[part] || ch.Start > 0 && lonePlacePrepositions[s[ch.Start-1]])
			if placeSaid {
				setSpan(tags[i], ch.Start, ch.End, "LOC")
			}
		}
	}
}

// lonePlacePrepositions open a phrase of place before a lone name ("of"
// and "to" also come before persons: "the remarks of NAME", "spoke to
// NAME").
var lonePlacePrepositions = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "into": true,
	"outside": true, "across": true, "around": true, "towards": true, "toward": true,
}

// placeParts are the parts of a town or a country named after its
// possessive ("Grozny 's central districts", "Kelby 's airport"), and a
// state's offices and bodies ("Jordan 's king", "Valdoria 's foreign
// minister").
var placeParts = map[string]bool{
	"districts": true, "district": true, "outskirts": true, "suburbs": true,
	"suburb": true, "centre": true, "center": true, "streets": true,
	"airport": true, "port": true, "harbour": true, "harbor": true,
	"residents": true, "mayor": true, "neighbourhoods": true, "neighborhoods": true,
	"outskirt": true, "city": true,
	"capital": true, "province": true, "region": true, "king": true,
	"queen": true, "president": true, "government": true, "army": true,
	"military": true, "parliament": true, "cabinet": true, "embassy": true,
	"ambassador": true, "economy": true, "navy": true, "police": true,
	"prime": true, "foreign": true, "interior": true, "defence": true,
	"defense": true, "ruling": true, "governor": true, "citizens": true,
}

// townParts are the parts of a town that no person has: "Kelby 's
// outskirts", "Kelby 's central districts".
var townParts = map[string]bool{
	"districts": true, "outskirts": true, "suburbs": true, "neighbourhoods": true,
	"neighborhoods": true, "airport": true, "harbour": true, "harbor": true,
	"streets": true, "outskirt": true,
}

// arabicSurnames runs a person's name on over the surname with the
// Arabic article that the model left out or read as a place ("[PER
// Mustafa] al-Libi", "[PER Abdul-Karim] [LOC al-Kabariti]"): a capitalised
// word after "al-" or "el-" right after a person's name is part of it.
// Names of places and bodies after a person ("NAME al-Aqsa mosque") are
// longer or followed by a lower-case noun, and are left alone.
func arabicSurnames(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if tags[i-1] != "B-PER" && tags[i-1] != "I-PER" || tags[i] == "I-PER" || !arabicSurname(words[i]) {
			continue
		}
		if i+1 < len(words) && tags[i+1][0] == 'I' {
			continue // a longer name of its own
		}
		if i+1 < len(words) && hasLetter(words[i+1]) && !startsUpper(words[i+1]) && !isVerbLike(words[i+1]) {
			continue
		}
		tags[i] = "I-PER"
	}
}

// arabicSurname reports whether w is a surname with the Arabic article:
// "al-Libi", "el-Baz", "Al-Najafi".
func arabicSurname(w string) bool {
	for _, art := range [...]string{"al-", "el-", "Al-", "El-"} {
		if rest, ok := strings.CutPrefix(w, art); ok {
			return rest != "" && startsUpper(rest)
		}
	}
	return false
}

// isVerbLike reports whether a lower-case word after a name is a verb or
// a function word rather than a noun it would qualify ("al-Libi said",
// "al-Libi as saying", "al-Libi and").
func isVerbLike(w string) bool {
	switch w {
	case "as", "and", "or", "to", "in", "on", "at", "of", "for", "with", "from",
		"was", "is", "has", "had", "will", "would", "who", "said", "says", "told":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")
}

// rulersOf splits a ruler's name from the state after "of" that the
// model tagged as one place ("King [LOC Hussein of Jordan]" becomes
// "King [PER Hussein] of [LOC Jordan]"): after a title, a name and "of"
// and a place the gazetteer knows are the person and the state.
func rulersOf(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	for _, ch := range chunks {
		if ch.Type == "PER" || ch.Start == 0 || !personTitles[words[ch.Start-1]] && !royalTitles[words[ch.Start-1]] {
			continue
		}
		for k := ch.Start + 1; k < ch.End-1; k++ {
			if words[k] != "of" {
				continue
			}
			if gaz.Lookup(lowerJoin(words[k+1:ch.End]))&placeKinds == 0 {
				break
			}
			setSpan(tags, ch.Start, k, "PER")
			tags[k] = "O"
			setSpan(tags, k+1, ch.End, "LOC")
			break
		}
	}
}

// surnamePersons makes a person of a one-word place or organisation that
// is the surname of a person the document names in full ("Lincoln Paris
// ... [LOC Paris] , 26 , played"), where the sentence says person: an
// age or a describing apposition after it, a speech verb, or a title
// before it.
func surnamePersons(sents, tags [][]string, chunks chunkMemos) {
	surnames := map[string]bool{}
	for i, s := range sents {
		for _, ch := range chunks.of(i, tags[i]) {
			if ch.Type == "PER" && ch.End-ch.Start >= 2 {
				surnames[s[ch.End-1]] = true
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	surnameInitials := initialsOf(maps.Keys(surnames))
	for i, s := range sents {
		for _, ch := range chunks.of(i, tags[i]) {
			if ch.Type == "PER" || ch.End-ch.Start != 1 || !surnames[s[ch.Start]] {
				continue
			}
			if personApposition(s, ch.End) || ch.End < len(s) && speechVerbs[s[ch.End]] ||
				ch.Start > 0 && personTitles[s[ch.Start-1]] {
				setSpan(tags[i], ch.Start, ch.End, "PER")
			}
		}
		// A surname the model left out, which propagate does not tag at
		// a sentence's start when it is also a common word ("Woods , 27
		// , caught 88 passes"): the same evidence makes it the person.
		t := tags[i]
		for k, w := range s {
			if t[k] != "O" || !surnameInitials.has(w) || !surnames[w] || k+1 < len(s) && t[k+1] != "O" || k > 0 && t[k-1] != "O" && startsUpper(s[k-1]) {
				continue
			}
			if personApposition(s, k+1) || k+1 < len(s) && speechVerbs[s[k+1]] {
				t[k] = "B-PER"
			}
		}
	}
}

// royalTitles come before a ruler's name and "of" the state ("King NAME
// of Jordan", "Emir NAME of Qatar"); the title list leaves them out, as
// they also open names of places and things ("King Street").
var royalTitles = map[string]bool{
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Emir": true,
	"Sultan": true, "Sheikh": true, "Shah": true,
}
