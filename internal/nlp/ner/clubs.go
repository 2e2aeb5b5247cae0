package ner

import "strings"

// sportLabels open an agency's sports headline ("SOCCER - LAZIO SIGN
// KOVAC", "RUGBY LEAGUE - WIGAN SIGN PARIS").
var sportLabels = map[string]bool{
	"SOCCER": true, "FOOTBALL": true, "RUGBY": true, "CRICKET": true,
	"BASKETBALL": true, "BASEBALL": true, "HOCKEY": true, "ICE": true,
	"AMERICAN": true, "HANDBALL": true, "VOLLEYBALL": true, "NFL": true,
	"NBA": true, "NHL": true, "GAELIC": true, "AUSTRALIAN": true,
}

// sportsStory reports whether a document is a team sport's story: its
// first sentence is a headline that opens with a sport's label and a
// dash ("SOCCER -", "RUGBY LEAGUE -", "ICE HOCKEY -").
func sportsStory(sents [][]string) bool {
	if len(sents) == 0 {
		return false
	}
	s := sents[0]
	for k := 0; k < len(s) && k < 3; k++ {
		if s[k] == "-" {
			return k > 0 && sportLabels[s[0]]
		}
	}
	return false
}

// clubFollowers are the words after a club's name in a sports story that
// a town's name does not take: a plural verb ("Lazio have signed", "Wigan
// are third": British usage for a team) or a club's people ("Lazio
// president", "Wigan chairman", "Derby fans").
var clubFollowers = map[string]bool{
	"have": true, "are": true, "were": true, "president": true, "chairman": true,
	"owner": true, "fans": true, "supporters": true, "squad": true,
	"director": true,
}

// signingVerbs tell a transfer, after which "from X" names a club.
var signingVerbs = map[string]bool{
	"signed": true, "sign": true, "signs": true, "signing": true, "joined": true,
	"joins": true, "join": true, "bought": true, "buy": true, "loan": true,
	"transfer": true, "move": true, "moved": true,
}

// resultNouns and resultWords come before the opponent's name in a
// match report: "a 3-0 defeat at X", "the only goal against X", "a win
// over X", "lost 2-1 at X".
var resultNouns = map[string]bool{
	"defeat": true, "win": true, "victory": true, "draw": true, "loss": true,
	"derby": true, "goal": true, "goals": true, "game": true, "match": true,
	"lost": true, "drew": true, "won": true, "tie": true, "clash": true,
}

// sportsClubs makes organisations of the clubs of a team sport's story
// that the model reads as their towns, where the sentence says club: a
// plural verb or a club's people after a place's name, "club" before
// the name, "from X" in a sentence
// of a transfer, and the opponent after a result ("lost 2-1 at X", "a
// 3-0 defeat at X", "the only goal against X", "a win over X"; after
// "at" only where no other team is named before it: "Kelby beat Dunmore
// 2-0 at Marsh" names the ground). By the conventions a club is an
// organisation however placelike its name; a country is its national
// team, a place, and is left alone. The clubs found join clubs, so that
// clubMentions types their other mentions.
func sportsClubs(sents, tags [][]string, gaz *Gazetteer, clubs map[string]bool) {
	if !sportsStory(sents) {
		return
	}
	for i, s := range sents {
		if capsSentence(s) || dateline(s) {
			continue
		}
		t := tags[i]
		chunks := Chunks(t)
		for ci, ch := range chunks {
			afterClub := ch.Start > 0 && (s[ch.Start-1] == "club" || s[ch.Start-1] == "clubs")
			if ch.Type != "LOC" && ch.Type != "MISC" && !(ch.Type == "PER" && afterClub) {
				continue
			}
			name := s[ch.Start:ch.End]
			if gaz != nil && gaz.Lookup(lowerJoin(name))&(1<<GazCountry|1<<GazDemonym) != 0 || homeNations[lowerJoin(name)] {
				continue
			}
			if !clubContext(s, chunks, ci) {
				continue
			}
			setSpan(t, ch.Start, ch.End, "ORG")
			addClubName(clubs, name)
		}
	}
}

// clubContext reports whether the words around chunks[ci] say club (see
// sportsClubs).
func clubContext(s []string, chunks []Chunk, ci int) bool {
	ch := chunks[ci]
	// Only a place before "fans" or "have": a MISC there is a people
	// ("Corsican fans").
	if ch.Type == "LOC" && ch.End < len(s) && clubFollowers[s[ch.End]] {
		return true
	}
	if ch.Start == 0 {
		return false
	}
	switch s[ch.Start-1] {
	case "club", "clubs":
		return true // "his club Velez Sarsfield"
	case "from":
		for _, w := range s[:ch.Start] {
			if signingVerbs[w] {
				return true
			}
		}
	case "against", "over", "to", "by":
		return resultBefore(s, ch.Start-1)
	case "at":
		// Only the subject named before: "Kelby lost 2-1 at Dunmore".
		names := 0
		for _, c := range chunks[:ci] {
			if c.Type != "PER" {
				names++
			}
		}
		return names <= 1 && resultBefore(s, ch.Start-1)
	}
	return false
}

// resultBefore reports whether a score or a result's word comes in the
// three words before s[i]: "2-1 at", "defeat at", "goal against".
func resultBefore(s []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if isMatchScore(s[k]) || resultNouns[strings.ToLower(s[k])] {
			return true
		}
	}
	return false
}
