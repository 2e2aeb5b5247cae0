package ner

import "strings"

// datelinePlaces makes places of the names of a dateline line ("MONTE
// CARLO 1996-08-08", "SOTOGRANDE , Spain 1996-10-31"): a short line of
// capitalised names and commas ending in a numeric date names the town
// the story was filed from and its country, whatever the model makes of
// an unknown town in capitals.
func datelinePlaces(words, tags []string) {
	n := len(words)
	if n < 2 || n > 8 || !isDate(words[n-1]) {
		return
	}
	for _, w := range words[:n-1] {
		if w != "," && !startsUpper(w) {
			return
		}
	}
	for s := 0; s < n-1; {
		if words[s] == "," {
			s++
			continue
		}
		e := s + 1
		for e < n-1 && words[e] != "," {
			e++
		}
		if !isSpan(tags, [2]int{s, e}, "LOC") {
			setSpan(tags, s, e, "LOC")
		}
		s = e
	}
}

// indexNames makes MISC of a name just before "index" ("the [Hang Seng]
// index", "the [Nikkei] index"): by the conventions a market index is
// MISC, which the model reads as a person or a firm. A place there ("the
// [Japan] index") is left alone.
func indexNames(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for _, ch := range chunks {
		if ch.Type == "MISC" || ch.End >= len(words) || words[ch.End] != "index" {
			continue
		}
		if gaz != nil && gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))&(placeKinds|1<<GazDemonym) != 0 {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "MISC")
	}
}

// firmsOfSpeakers makes an organisation of the name after a quoted
// speaker's "of" ("said NAME of [Nedbank]", "NAME of [Kell Brothers]
// said"): the speaker's firm or body, which the model reads as a place.
// A town or state there ("said NAME of Chicago") is left alone.
func firmsOfSpeakers(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for ci := 1; ci < len(chunks); ci++ {
		ch, p := chunks[ci], chunks[ci-1]
		if ch.Type != "LOC" || p.Type != "PER" || ch.Start != p.End+1 || words[p.End] != "of" {
			continue
		}
		said := p.Start > 0 && speechVerbs[words[p.Start-1]] || ch.End < len(words) && speechVerbs[words[ch.End]]
		if !said {
			continue
		}
		if gaz != nil && gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))&placeKinds != 0 {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// drawLines makes clubs of the sides of a draw or fixture line whose
// sides carry their countries in brackets ("Schalke ( Germany ) v Club
// Brugge ( Belgium )"): a side with a country after it is a club, which
// the model reads as a town or a person. Persons of two words or more
// (a tennis draw) and countries are left alone.
func drawLines(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil || !hasWord(words, "v", "vs", "vs.", "V") {
		return
	}
	for _, ch := range chunks {
		if ch.Type == "ORG" || ch.Type == "PER" && ch.End-ch.Start > 1 {
			continue
		}
		if !countryInBrackets(words, ch.End, gaz) {
			continue
		}
		if gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))&(1<<GazCountry) != 0 {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// countryInBrackets reports whether words from i on are a country in
// brackets: "( Germany )".
func countryInBrackets(words []string, i int, gaz *Gazetteer) bool {
	if i >= len(words) || words[i] != "(" {
		return false
	}
	e := i + 1
	for e < len(words) && e < i+5 && words[e] != ")" {
		e++
	}
	if e >= len(words) || words[e] != ")" || e == i+1 {
		return false
	}
	return gaz.Lookup(lowerJoin(words[i+1:e]))&(1<<GazCountry) != 0
}

// hasWord reports whether words hold one of ws.
func hasWord(words []string, ws ...string) bool {
	for _, w := range words {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

// leaderLines types the clubs and teams of a ranked list line of players
// ("9 - Fredi Bobic ( VfB Stuttgart )", "5. NAME ( Britain ) Jordan
// 1:33:40.911"): a name in brackets after a player's name that is no
// country or nationality is the player's club, and a name after the
// player's country in brackets is the team (motor racing, cycling). The
// model reads clubs named after towns as places. The line must open with
// a figure or a rank ("9 -", "5.").
func leaderLines(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	if gaz == nil || len(words) < 4 || !rankOpening(words) {
		return
	}
	for ci, ch := range chunks {
		if ch.Type != "PER" || ch.End >= len(words) || words[ch.End] != "(" {
			continue
		}
		if ci+1 >= len(chunks) {
			continue
		}
		b := chunks[ci+1]
		if b.Start != ch.End+1 || b.End >= len(words) || words[b.End] != ")" {
			continue
		}
		if gaz.Lookup(lowerJoin(words[b.Start:b.End]))&(1<<GazCountry|1<<GazDemonym) == 0 {
			// A person's full name there is a jockey or a partner.
			if b.Type != "ORG" && !(b.Type == "PER" && b.End-b.Start > 1) {
				setSpan(tags, b.Start, b.End, "ORG")
			}
			continue
		}
		// "( Britain ) Jordan 1:33:40.911": the team after the country.
		if ci+2 < len(chunks) {
			t := chunks[ci+2]
			if t.Start == b.End+1 && t.Type != "ORG" && (t.End == len(words) || isRaceTime(words[t.End])) {
				setSpan(tags, t.Start, t.End, "ORG")
			}
		}
	}
}

// rankOpening reports whether a line opens with a rank or a figure and a
// dash: "5.", "12 -", "1".
func rankOpening(words []string) bool {
	w := words[0]
	if r, ok := strings.CutSuffix(w, "."); ok && isScore(r) {
		return true
	}
	return isFigure(w) && (words[1] == "-" || startsUpper(words[1]))
}

// isRaceTime reports whether w is a race time or a gap: "1:33:40.911",
// "+1.883", "1:32:35.674", or a figure.
func isRaceTime(w string) bool {
	w = strings.TrimPrefix(w, "+")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == ':' || r == '.' || r == ',') {
			return false
		}
	}
	return true
}
