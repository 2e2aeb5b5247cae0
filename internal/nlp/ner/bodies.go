package ner

import (
	"maps"
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// bodyHeads open the names of government bodies and institutions that
// name two fields joined by "and" ("Ministry of Agriculture and Rural
// Development", "Department of Housing and Urban Development", "Office
// for Democratic Institutions and Human Rights").
var bodyHeads = map[string]bool{
	"Ministry": true, "Department": true, "Office": true, "Bureau": true,
	"Commission": true, "Committee": true, "Council": true, "Agency": true,
	"Institute": true, "Centre": true, "Center": true, "School": true,
	"Faculty": true, "Secretariat": true, "Directorate": true,
	"Authority": true, "Board": true, "Administration": true,
}

// bodiesOverAnd makes one organisation of a body's name that the model
// cut at its "and": it tags "[Ministry of Agriculture] and Rural
// Development" or "[Department of Housing] and [Urban Development]". The
// organisation must hold a body head followed by "of" or "for"; the one to
// four words after "and" must be capitalised common words (each a word of
// its own in lower case), hold no title, be untagged or one organisation,
// and end the name (no capitalised word follows), so that "the Ministry
// of Defence and Interior Minister Ana Vell" stays apart. UNER EWT dev
// 0.7098 -> 0.7126.
func bodiesOverAnd(words, tags []string, clusters *wordcluster.Clusters) {
	for _, ch := range Chunks(tags) {
		if ch.Type != "ORG" || ch.End+1 >= len(words) || words[ch.End] != "and" || !bodyName(words[ch.Start:ch.End]) {
			continue
		}
		// The run of capitalised words after "and".
		k := ch.End + 1
		end := k
		for end < len(words) && startsUpper(words[end]) && end-k < 4 {
			if personTitles[words[end]] || !clusters.Known(strings.ToLower(words[end])) {
				end = -1
				break
			}
			end++
		}
		if end <= k || (end < len(words) && startsUpper(words[end])) {
			continue
		}
		switch {
		case allTagged(tags[k:end], "O"):
		case tags[k] == "B-ORG" && allTagged(tags[k+1:end], "I-ORG") && (end == len(tags) || !strings.HasPrefix(tags[end], "I-")):
		default:
			continue
		}
		for j := ch.End; j < end; j++ {
			tags[j] = "I-ORG"
		}
	}
}

// bodyName reports whether a name holds a body head followed by "of" or
// "for".
func bodyName(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if bodyHeads[words[i]] && (words[i+1] == "of" || words[i+1] == "for") {
			return true
		}
	}
	return false
}

func allTagged(tags []string, tag string) bool {
	for _, t := range tags {
		if t != tag {
			return false
		}
	}
	return true
}

// leaderBodies makes an organisation of a name the model read as a
// person where a leader's title follows it and a person's name follows
// the title ("[PER Sinn Fein] leader [PER Gerry Adams]", "[PER Fianna]
// Fail leader [PER Bertie Ahern]", the capitalised words the model left
// out of the name joined to it): a person leads a body or a state, never
// another person, so the name is a party or a body (a country, which the
// gazetteer knows, stays for statesAsPlaces). The document's other
// mentions of the same words opening with a person's tag follow.
func leaderBodies(sents, tags [][]string, gaz *Gazetteer) {
	var bodies [][]string
	for i, s := range sents {
		chunks := Chunks(tags[i])
		for ci := 0; ci+1 < len(chunks); ci++ {
			ch, p := chunks[ci], chunks[ci+1]
			if ch.Type != "PER" || p.Type != "PER" {
				continue
			}
			t := ch.End
			for t < p.Start && t-ch.End < 2 && startsUpper(s[t]) {
				t++
			}
			if p.Start != t+1 || !leaderTitles[s[t]] {
				continue
			}
			name := s[ch.Start:t]
			if gaz != nil && gaz.Lookup(lowerJoin(name))&(placeKinds|1<<GazPerson) != 0 {
				continue
			}
			bodies = append(bodies, name)
		}
	}
	for _, name := range bodies {
		n := len(name)
		for i, s := range sents {
			for k := 0; k+n <= len(s); k++ {
				if tags[i][k] != "B-PER" || joinSpace(s[k:k+n]) != joinSpace(name) || k+n < len(s) && tags[i][k+n] == "I-PER" {
					continue
				}
				setSpan(tags[i], k, k+n, "ORG")
			}
		}
	}
}

// leaderTitles are the titles of a body's head that news writes between
// the body's name and the person's ("Labour leader Tony Blair", "Fed
// chairman Alan Greenspan"). "spokesman" and "aide" are left out: a
// person has them too ("Clinton spokesman Mike McCurry").
var leaderTitles = map[string]bool{
	"leader": true, "chairman": true, "chairwoman": true, "secretary-general": true,
}

// parliaments are the one-word names of national parliaments and their
// houses that news leaves untranslated ("the Knesset", "the Bundesrat"):
// bodies, ORG by the conventions, which the model reads as places.
var parliaments = map[string]bool{
	"Knesset": true, "Bundestag": true, "Bundesrat": true, "Duma": true, "Sejm": true,
	"Storting": true, "Riksdag": true, "Folketing": true, "Althing": true,
	"Eduskunta": true, "Oireachtas": true, "Dail": true, "Seanad": true,
	"Majlis": true, "Sabor": true, "Skupstina": true, "Saeima": true, "Seimas": true,
	"Riigikogu": true, "Verkhovna": true, "Rada": true,
	"Bundesversammlung": true, "Nationalrat": true,
}

// parliamentNames makes organisations of the parliaments' names the
// model read as places, persons or MISC, or left untagged.
func parliamentNames(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type != "ORG" && ch.End-ch.Start == 1 && parliaments[words[ch.Start]] {
			setSpan(tags, ch.Start, ch.End, "ORG")
		}
	}
	for i, w := range words {
		if tags[i] == "O" && parliamentInitials.has(w) && parliaments[w] {
			setSpan(tags, i, i+1, "ORG")
		}
	}
}

// parliamentInitials are the first bytes of parliaments.
var parliamentInitials = initialsOf(maps.Keys(parliaments))

// crossingNouns follow the name of a border crossing, checkpoint or
// airfield ("the Erez crossing", "the Kalandia checkpoint"), places
// whatever the name, which is often a person's ("the Allenby crossing").
var crossingNouns = map[string]bool{
	"crossing": true, "checkpoint": true, "airfield": true, "airbase": true,
}

// crossingNames makes places of the names before a crossing's noun that
// the model read as bodies, persons or MISC.
func crossingNames(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type != "LOC" && ch.End < len(words) && crossingNouns[words[ch.End]] {
			setSpan(tags, ch.Start, ch.End, "LOC")
		}
	}
}

// institutionHeads end the names of institutions that go on with "of"
// and their place ("University of Cape Town", "Law Society of Kenya",
// "Supreme Court of Pakistan", "Council of Europe"), besides the heads
// of parties, unions and banks (partyHeads).
var institutionHeads = map[string]bool{
	"University": true, "College": true, "Institute": true, "Society": true,
	"Academy": true, "Council": true, "Commission": true, "Committee": true,
	"Museum": true, "Court": true, "Chamber": true, "Foundation": true,
}

// institutionsOfPlaces makes one organisation of a run of capitalised
// words the model left out, ending in an institution's head, "of" and
// the place it tagged after it ("the Law Society of [LOC Kenya]" ->
// "[ORG Law Society of Kenya]"), or whose run it read as MISC ("[MISC
// Law Society] of [LOC Kenya]"); bodiesOfPlaces does the same where the
// model tagged the head's run as a body. The run starts after an article
// or a word in lower case; a place followed by another capitalised word
// is part of a longer name and left alone.
func institutionsOfPlaces(words, tags []string) {
	if titleSentence(words) || capsSentence(words) {
		return // a headline's capitalised verbs would join the name
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "of" || tags[i] != "O" || tags[i+1] != "B-LOC" {
			continue
		}
		h := i - 1
		if !(institutionHeads[words[h]] || partyHeads[words[h]]) || tags[h] != "O" && tags[h][2:] != "MISC" {
			continue
		}
		e := i + 2
		for e < len(words) && tags[e] == "I-LOC" {
			e++
		}
		if e < len(words) && startsUpper(words[e]) {
			continue
		}
		s := h
		if tags[h] != "O" {
			// The head's run read as MISC ("[MISC Law Society] of").
			for s > 0 && tags[s][0] == 'I' {
				s--
			}
		} else {
			for s > 0 && tags[s-1] == "O" && startsUpper(words[s-1]) && !articles[words[s-1]] {
				s--
			}
		}
		setSpan(tags, s, e, "ORG")
	}
}
