package ner

import "strings"

// scorers tags the players that a results line lists in brackets after a
// side's score, each with the minute of a goal: "Kelby 2 ( Brand 12 , Van
// Oost 78 pen ) Dunmore 1 ( Ivo 60 )". The model, which meets these
// surnames alone between club names, reads many of them as clubs. A
// bracket is read only when a score comes just before it and every item
// in it is one to three capitalised words and figures ("45", "90+2",
// with "pen", "og" or "penalty" after them); a country in brackets
// ("( Valdoria )") has no figure and is left alone.
func scorers(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if words[i] != "(" || !isScore(words[i-1]) {
			continue
		}
		end := i + 1
		for end < len(words) && words[end] != ")" && words[end] != "(" {
			end++
		}
		if end >= len(words) || words[end] != ")" {
			continue
		}
		var names [][2]int
		ok := true
		for k := i + 1; k < end && ok; {
			s := k
			for k < end && k-s < 3 && startsUpper(words[k]) {
				k++
			}
			if k == s || k >= end || !isMinute(words[k]) {
				ok = false
				break
			}
			names = append(names, [2]int{s, k})
			for k < end && (isMinute(words[k]) || goalNote[words[k]]) {
				k++
			}
			if k < end {
				if words[k] != "," && words[k] != ";" {
					ok = false
				}
				k++
			}
		}
		if !ok || len(names) == 0 {
			continue
		}
		for _, n := range names {
			if !isSpan(tags, n, "PER") {
				setSpan(tags, n[0], n[1], "PER")
			}
		}
		i = end
	}
}

// isSpan reports whether the run r is tagged as exactly one name of type
// typ.
func isSpan(tags []string, r [2]int, typ string) bool {
	if tags[r[0]] != "B-"+typ || r[1] < len(tags) && tags[r[1]][0] == 'I' {
		return false
	}
	for k := r[0] + 1; k < r[1]; k++ {
		if tags[k] != "I-"+typ {
			return false
		}
	}
	return true
}

// goalNote are the words after a goal's minute.
var goalNote = map[string]bool{"pen": true, "pen.": true, "penalty": true, "og": true, "o.g.": true}

// isMinute reports whether w is a minute of a match: "12", "90+2".
func isMinute(w string) bool {
	a, b, plus := strings.Cut(w, "+")
	return isScore(a) && (!plus || isScore(b))
}

// scoreboardPlayers tags the players of a cricket scoreboard line, which
// names them by surname or initials and surname between the marks of how
// they were out: "T. Latham c Carey b Starc 4", "R. Kell lbw b Cummins
// 12", "D. Brand b Hazlewood 31", "Bowling : Daniels 24-6-70-3 , Parkin
// 20-4-66-2". A line is read only when it ends in a figure (a batsman's
// runs) or is a bowling line; a name is the capitalised words after "c",
// "b", "st" or "c & b", or at the start of the line before them. The model
// reads bowlers and fielders, whose surnames come without a first name,
// as clubs or misses them.
func scoreboardPlayers(words, tags []string) {
	n := len(words)
	if n < 3 {
		return
	}
	if words[0] == "Bowling" && words[1] == ":" {
		for k := 2; k < n; {
			s := k
			for k < n && k-s < 3 && startsUpper(words[k]) {
				k++
			}
			if k == s || k >= n || strings.Count(words[k], "-") != 3 {
				return
			}
			if !isSpan(tags, [2]int{s, k}, "PER") {
				setSpan(tags, s, k, "PER")
			}
			k++
			if k < n && words[k] != "," {
				return
			}
			k++
		}
		return
	}
	if !isScore(words[n-1]) {
		return
	}
	marks := 0
	for _, w := range words {
		switch w {
		case "c", "b", "lbw", "st":
			marks++
		}
	}
	if marks == 0 {
		return
	}
	var runs [][2]int
	run := func(s int) (int, bool) {
		k := s
		for k < n-1 && k-s < 3 && startsUpper(words[k]) {
			k++
		}
		return k, k > s
	}
	if e, ok := run(0); ok && e < n && (words[e] == "c" || words[e] == "b" || words[e] == "lbw" || words[e] == "st" || words[e] == "run" || words[e] == "not") {
		runs = append(runs, [2]int{0, e})
	}
	for i := 1; i < n-1; i++ {
		switch words[i] {
		case "c", "b", "st":
		default:
			continue
		}
		// "c & b Name"
		if words[i] == "c" && i+2 < n && words[i+1] == "&" && words[i+2] == "b" {
			i += 2
		}
		if e, ok := run(i + 1); ok {
			runs = append(runs, [2]int{i + 1, e})
			i = e - 1
		}
	}
	for _, r := range runs {
		if !isSpan(tags, r, "PER") {
			setSpan(tags, r[0], r[1], "PER")
		}
	}
}

// marketJobs are the people whom market reports quote at their firms:
// "said a dealer at Kelby Bank", "an economist with Dunmore Securities".
var marketJobs = map[string]bool{
	"dealer": true, "dealers": true, "trader": true, "traders": true,
	"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "broker": true, "brokers": true,
}

// firmsOfDealers makes organisations of the names after "at" or "with"
// that follow a market job ("a dealer at Sanwa Bank", "strategist at
// Banque Delorme in Paris"): the firm the quoted person works for. The
// model reads many of them as places, as names after "at" mostly are, and
// a firm named after its founders ("analyst at Rudolf Wolff") as a
// person; a person's name with "'s" ("a trader at Ivo Brand 's desk") is
// left alone. "a fund manager at X" too.
func firmsOfDealers(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Start < 2 || ch.Type == "ORG" {
			continue
		}
		if ch.Type == "PER" && ch.End < len(words) && words[ch.End] == "'s" {
			continue
		}
		if p := words[ch.Start-1]; p != "at" && p != "with" {
			continue
		}
		job := strings.ToLower(words[ch.Start-2])
		if !marketJobs[job] && !(job == "manager" && ch.Start > 2 && words[ch.Start-3] == "fund") {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// stageRaces tags the names of the stage races named after their country
// or region, "Tour of Valdoria", "TOUR OF VALDORIA", "Tour de Kelby", as
// one MISC: by the conventions a race is an event, while the model tags
// the place in it and leaves "Tour of" out.
func stageRaces(words, tags []string) {
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "Tour" && words[i] != "TOUR" || tags[i] != "O" {
			continue
		}
		switch words[i+1] {
		case "of", "OF", "de", "DE":
		default:
			continue
		}
		if tags[i+2] != "B-LOC" {
			continue
		}
		e := i + 3
		for e < len(words) && tags[e] == "I-LOC" {
			e++
		}
		setSpan(tags, i, e, "MISC")
		i = e - 1
	}
}

// longBodyHeads are the nouns that head the long names of bodies and
// movements: "Organisation for Security and Cooperation in Europe",
// "Confederation of Indigenous Nationalities of Ecuador", "Movement for
// a Democratic Kelby", "Party of Social Democracy in Romania", "State
// Bank of India".
var longBodyHeads = map[string]bool{
	"Organisation": true, "Organization": true, "Confederation": true,
	"Movement": true, "Federation": true, "Association": true, "Front": true,
	"Alliance": true, "Conference": true, "Coalition": true, "League": true,
	"Society": true, "Foundation": true, "Fund": true, "Programme": true,
	"Ministry": true, "Department": true, "Office": true, "Bureau": true,
	"Commission": true, "Committee": true, "Council": true, "Agency": true,
	"Institute": true, "University": true, "Authority": true, "Court": true,
	"Party": true, "Union": true, "Bank": true, "Congress": true, "Church": true,
}

// longBodies makes one organisation of a body's long name that the model
// missed but for a place or a name at its end ("the Organisation for
// Security and Cooperation in [Europe]", "The Confederation of Indigenous
// Nationalities of [Ecuador]"): a head of longBodyHeads, with the
// capitalised words just before it, then "of", "for" or "on" and
// capitalised words joined by "and", "the", "a", "of", "for" and "in", up
// to the last capitalised word. Only names whose words are untagged but
// for the last name in them are read, so a name the model tagged
// ("[Party of Regions] in [Ukraine]") keeps its parts.
func longBodies(words, tags []string) {
	for i := 0; i+2 < len(words); i++ {
		switch words[i+1] {
		case "of", "for", "on":
		default:
			continue
		}
		if !longBodyHeads[words[i]] || tags[i] != "O" {
			continue
		}
		// The name's end: the last capitalised word of the run.
		end := -1
		for k := i + 2; k < len(words) && k-i <= 10; k++ {
			w := words[k]
			if startsUpper(w) {
				end = k + 1
				continue
			}
			if w != "and" && w != "the" && w != "a" && w != "of" && w != "for" && w != "in" {
				break
			}
		}
		if end < 0 {
			continue
		}
		if end < len(words) && tags[end][0] == 'I' {
			continue
		}
		// Every word untagged but a last name that ends with the run.
		last := end
		for last > i && tags[last-1] != "O" {
			last--
			if tags[last][0] == 'B' {
				break
			}
		}
		ok := true
		for k := i; k < last && ok; k++ {
			ok = tags[k] == "O"
		}
		if !ok || last < end && tags[last] == "B-PER" {
			continue
		}
		s := i
		for s > 0 && tags[s-1] == "O" && startsUpper(words[s-1]) && !articles[words[s-1]] && s-1 > 0 {
			s--
		}
		// A nationality opens the name ("the Hungarian Democratic Union
		// of Romania").
		if s > 0 && tags[s-1] == "B-MISC" {
			s--
		}
		setSpan(tags, s, end, "ORG")
		i = end - 1
	}
}

// articles open a sentence or a name without being part of it.
var articles = map[string]bool{"The": true, "A": true, "An": true}

// pointsLine types the sides of a line of match points, as county cricket
// and league reports give them: "Kelby 22 points , Dunmore 4", "Kelby 12
// pts , Ostmark 7 pts .". Each side is one to four capitalised words and a
// figure, "points" or "pts" after the first figure at least; a side the
// model tagged (or, when another side is tagged, one it missed) becomes a
// club, or a place when it is a country (retypeTeam).
func pointsLine(words, tags []string, gaz *Gazetteer, clubs map[string]bool) {
	var sides [][2]int
	hasPoints := false
	for i := 0; i < len(words); {
		s := i
		for i < len(words) && i-s < 4 && startsUpper(words[i]) {
			i++
		}
		if i == s || i >= len(words) || !isScore(words[i]) {
			return
		}
		sides = append(sides, [2]int{s, i})
		i++
		if i < len(words) && (words[i] == "points" || words[i] == "pts") {
			hasPoints = true
			i++
		}
		if i < len(words) && words[i] == "," {
			i++
			continue
		}
		if i < len(words) && words[i] == "." && i == len(words)-1 {
			break
		}
		if i < len(words) {
			return
		}
	}
	if len(sides) < 2 || !hasPoints {
		return
	}
	named := false
	for _, r := range sides {
		named = named || hasName(tags, r)
	}
	if !named {
		return
	}
	for _, r := range sides {
		retypeTeam(words, tags, r, gaz)
		addClub(words, tags, r, clubs)
	}
}

// scorersLabel tags the players listed after a "Scorers :" label
// ("Scorers : Ivo Brand 12 , Tom Kell 34 pen"): each one to three
// capitalised words before a minute, a bracket or a comma.
func scorersLabel(words, tags []string) {
	if len(words) < 3 || words[1] != ":" {
		return
	}
	switch words[0] {
	case "Scorers", "Scorer", "Goalscorers", "Goalscorer", "Scorers-", "SCORERS":
	default:
		return
	}
	for i := 2; i < len(words); {
		s := i
		for i < len(words) && i-s < 3 && startsUpper(words[i]) {
			i++
		}
		if i == s {
			i++
			continue
		}
		if i < len(words) && !(isMinute(words[i]) || words[i] == "(" || words[i] == "," || words[i] == "." || words[i] == ";") {
			continue
		}
		if !isSpan(tags, [2]int{s, i}, "PER") {
			setSpan(tags, s, i, "PER")
		}
	}
}

// bodiesOfPlaces joins a body's name to the country or region after its
// "of", or to the continent after its "in", when the model cut it there ("[ORG Hungarian Democratic Union] of
// [LOC Romania]", "[ORG Central Bank] of [LOC Nigeria]"): a name that
// ends in a body's head, then "of" and one place name that ends the run
// of names. Only the heads of parties, movements, unions, banks and
// churches are read: a state's offices are named by what they are and
// whose ("the Foreign Ministry of Iran", "the State Road Agency of
// Azerbaijan"), the state apart.
func bodiesOfPlaces(words, tags []string, chunks []Chunk) {
	for ci := 0; ci+1 < len(chunks); ci++ {
		b, p := chunks[ci], chunks[ci+1]
		if b.Type != "ORG" || p.Type != "LOC" || p.Start != b.End+1 {
			continue
		}
		switch words[b.End] {
		case "of":
			if !partyHeads[words[b.End-1]] && !institutionHeads[words[b.End-1]] {
				continue
			}
		case "in":
			// A long body's name ends in its continent ("[Organisation
			// for Security and Cooperation] in [Europe]"); a country
			// after "in" is where a body is ("the Party of Regions in
			// Ukraine").
			if b.End-b.Start < 3 || !longBodyHeads[words[b.Start]] || !continents[lowerJoin(words[p.Start:p.End])] {
				continue
			}
		default:
			continue
		}
		if p.End < len(words) && startsUpper(words[p.End]) {
			continue
		}
		setSpan(tags, b.Start, p.End, "ORG")
	}
}

// partyHeads end the names of parties, movements, unions, banks and
// churches, which often end with the country they belong to ("Democratic
// Party of Japan", "Central Bank of Nigeria").
var partyHeads = map[string]bool{
	"Party": true, "Union": true, "Bank": true, "Front": true, "Movement": true,
	"Congress": true, "Alliance": true, "Federation": true, "Confederation": true,
	"Association": true, "League": true, "Coalition": true, "Church": true,
}

// continents end the names of bodies of a continent's states ("... in
// Europe").
var continents = map[string]bool{
	"europe": true, "asia": true, "africa": true, "latin america": true,
	"the americas": true, "americas": true, "asia-pacific": true,
}
