package ner

import "strings"

// resultVerbs are the verbs of a match report that join the two sides
// of a result ("Leeds beat Hull 2-1", "Kelby drew with Dunmore 1-1").
var resultVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeat": true, "defeats": true,
	"drew": true, "draw": true, "held": true, "hold": true, "edged": true, "edge": true,
	"thrashed": true, "thrash": true, "routed": true, "rout": true, "crushed": true,
	"hammered": true, "overcame": true, "downed": true, "upset": true, "stunned": true,
	"lost": true, "lose": true, "outlasted": true, "blanked": true, "whipped": true,
	"beating": true, "defeating": true, "thrashing": true, "edging": true,
	"routing": true, "crushing": true, "hammering": true, "holding": true,
	"v": true, "vs": true, "vs.": true, "V": true,
}

// matchTeams retypes the sides of a result told in a sentence with a
// score ("Southampton beat Coventry 4-2", "Somerset 310 ( ... ) v Kent
// 45-2", "a 5-4 win over the California Angels"). By the conventions a
// club is an organisation however placelike its name and a national team
// is its country; the model reads a club named after its town as the
// town. The sides are the name the model tagged just before the verb and
// the one just after it (past "with", "to" and "the"), the latter
// stretched over the capitalised words the model left out ("[California]
// Angels"); before "v" after a figure, the side is the first name after
// the line's last colon. A side the model tagged a place or MISC becomes
// an organisation, or a place when it is a country (retypeTeam); persons
// (tennis, boxing) and untagged words are left alone. The sides that
// are organisations are added to clubs, whose names then hold for the
// document (clubMentions).
func matchTeams(words, tags []string, gaz *Gazetteer, clubs map[string]bool) {
	if !hasMatchScore(words) {
		return
	}
	retype := func(s, e int) {
		if tags[s] == "B-LOC" || tags[s] == "B-MISC" {
			retypeTeam(words, tags, [2]int{s, e}, gaz)
		}
		if tags[s] == "B-ORG" && (e == len(tags) || tags[e] != "I-ORG") {
			addClubName(clubs, words[s:e])
		}
	}
	for i, w := range words {
		right := i + 1
		switch {
		case resultVerbs[w] || resultVerbs[strings.ToLower(w)] && capsWord(w):
			if right < len(words) && (words[right] == "with" || words[right] == "to") {
				right++
			}
			if s, e, ok := chunkEndingAt(tags, i); ok {
				retype(s, e)
			} else if e, ok := openingSide(words, tags, i, right); ok {
				retypeTeam(words, tags, [2]int{0, e}, gaz)
				retype(0, e)
			} else if (w == "v" || w == "V" || w == "vs") && i > 0 && (words[i-1] == ")" || isMatchScore(words[i-1]) || isFigure(words[i-1])) {
				if s, e, ok := firstSide(words, tags, i); ok {
					retype(s, e)
				}
			}
		case w == "over" && i > 0 && (words[i-1] == "win" || words[i-1] == "victory"):
		default:
			continue
		}
		if right < len(words) && (words[right] == "the" || words[right] == "The") {
			right++
		}
		if right < len(words) && strings.HasPrefix(tags[right], "B-") {
			e := right + 1
			for e < len(words) && strings.HasPrefix(tags[e], "I-") {
				e++
			}
			// "[California] Angels": the club's name runs on.
			for e < len(words) && e-right < 4 && tags[e] == "O" && startsUpper(words[e]) && !resultVerbs[words[e]] {
				e++
			}
			if e > right+1 && tags[right+1] == "O" {
				setSpan(tags, right, e, tags[right][2:])
			}
			retype(right, e)
		}
	}
}

// openingSide returns the end of an untagged side that opens the
// sentence before the result verb at i, when the side after the verb
// (from right on, past "the") is one organisation: "[Galatasaray] beat
// [ORG Bursaspor] 5-1", a club the model did not know. The side is one
// to three capitalised words and must end at the verb.
func openingSide(words, tags []string, i, right int) (int, bool) {
	if i == 0 || i > 3 || resultVerbs[words[i-1]] {
		return 0, false
	}
	for k := 0; k < i; k++ {
		if tags[k] != "O" || !startsUpper(words[k]) || articles[words[k]] || subjectPronouns[words[k]] {
			return 0, false
		}
	}
	if right < len(words) && (words[right] == "the" || words[right] == "The") {
		right++
	}
	if right >= len(words) || tags[right] != "B-ORG" {
		return 0, false
	}
	return i, true
}

// chunkEndingAt returns the name whose last word is words[i-1].
func chunkEndingAt(tags []string, i int) (int, int, bool) {
	if i == 0 || tags[i-1] == "O" {
		return 0, 0, false
	}
	s := i - 1
	for s > 0 && strings.HasPrefix(tags[s], "I-") {
		s--
	}
	return s, i, strings.HasPrefix(tags[s], "B-")
}

// firstSide returns the first name after the last colon before i, when a
// figure follows it ("At Taunton : Somerset 310 ( ... ) v Kent 45-2").
func firstSide(words, tags []string, i int) (int, int, bool) {
	start := 0
	for k := 0; k < i; k++ {
		if words[k] == ":" {
			start = k + 1
		}
	}
	if start >= i || !strings.HasPrefix(tags[start], "B-") {
		return 0, 0, false
	}
	e := start + 1
	for e < i && strings.HasPrefix(tags[e], "I-") {
		e++
	}
	if e >= i || !(isMatchScore(words[e]) || isFigure(words[e])) {
		return 0, 0, false
	}
	return start, e, true
}

// hasMatchScore reports whether a sentence holds a score: "4-2", "402-7",
// "20-0", or a cricket margin ("by an innings and 40 runs", "by six
// wickets").
func hasMatchScore(words []string) bool {
	for i, w := range words {
		if isMatchScore(w) {
			return true
		}
		switch w {
		case "runs", "wickets", "innings":
			if i >= 2 && (words[i-2] == "by" || words[i-2] == "and") {
				return true
			}
		}
	}
	return false
}

// isMatchScore reports whether w is two groups of one to three digits
// joined by a hyphen.
func isMatchScore(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && isScore(w[:h]) && isScore(w[h+1:])
}

// clubMentions gives the document's other mentions of a club the club's
// type (those tagged as places or MISC): a name that a result of the document tags as an organisation
// ("Coventry 2 Hull 1", "Southampton beat Coventry 4-2") is the club where
// the model read it as the town elsewhere in the story ("Coventry had
// led", "Coventry manager NAME"). The town itself is kept after a
// preposition of place ("at Coventry", "in Leeds") and in a dateline (a
// name opening the sentence before a comma or a date).
func clubMentions(sents, tags [][]string, clubs map[string]bool) {
	if len(clubs) == 0 {
		return
	}
	for i, s := range sents {
		if datelineLine(s) {
			// "TALLAHASSEE , Florida 1996-11-30" names places.
			continue
		}
		for _, ch := range Chunks(tags[i]) {
			if ch.Type != "LOC" && ch.Type != "MISC" || !clubs[joinSpace(s[ch.Start:ch.End])] {
				continue
			}
			if ch.Start > 0 && placePrepositions[strings.ToLower(s[ch.Start-1])] {
				continue
			}
			if ch.Start == 0 && ch.End < len(s) && (s[ch.End] == "," || isDate(s[ch.End])) {
				continue
			}
			setSpan(tags[i], ch.Start, ch.End, "ORG")
		}
	}
}

// addClubName adds a club's name to clubs, with its first words and its
// last word, by which stories name the club again ("Coventry" of
// "Coventry City", "Preston" of "Preston North End", "the Bulls" of the
// "Chicago Bulls").
func addClubName(clubs map[string]bool, name []string) {
	for n := len(name); n >= 1; n-- {
		if startsUpper(name[n-1]) {
			clubs[joinSpace(name[:n])] = true
		}
	}
	if last := name[len(name)-1]; len(name) > 1 && startsUpper(last) {
		clubs[last] = true
	}
}

// placePrepositions open a phrase of place.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "of": true,
	"outside": true, "into": true, "across": true, "around": true,
}

// clubSuffixes end only the names of clubs: "Sheffield United", "Bristol
// Rovers", "Wigan Athletic", "West Bromwich Albion".
var clubSuffixes = map[string]bool{
	"United": true, "Rovers": true, "Wanderers": true, "Athletic": true,
	"Albion": true, "Hotspur": true, "FC": true, "F.C.": true, "Argyle": true,
	"Juniors": true, "JUNIORS": true,
	"UNITED": true, "ROVERS": true, "WANDERERS": true, "ATHLETIC": true, "ALBION": true,
}

// clubNames makes organisations of the names the model read as places
// that end as only clubs' names do ("[Sheffield United]"): a place named
// with one of these words is a club.
func clubNames(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type == "LOC" && ch.End-ch.Start > 1 && clubSuffixes[words[ch.End-1]] {
			setSpan(tags, ch.Start, ch.End, "ORG")
		}
	}
}

// subjectPronouns open a sentence in capitals without naming a side.
var subjectPronouns = map[string]bool{
	"He": true, "She": true, "They": true, "It": true, "We": true, "I": true,
	"You": true, "Who": true, "This": true, "That": true, "These": true, "Both": true,
}
