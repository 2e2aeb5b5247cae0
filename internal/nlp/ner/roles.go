package ner

import "strings"

// openingRoles are nouns of a person's role or trade that a sentence
// opens with before the person's name ("Winger Jon Brand scored",
// "Debutant Ivo Kell was run out", "Organiser Ana Lind said"); the
// model, seeing a capitalised word before a name, takes it into the
// name. They are no titles (data/lexicon/titles.tsv holds those), so
// trimTitles leaves them.
var openingRoles = map[string]bool{
	"Winger": true, "Striker": true, "Defender": true, "Midfielder": true,
	"Goalkeeper": true, "Keeper": true, "Forward": true, "Guard": true,
	"Centre": true, "Center": true, "Outfielder": true, "Infielder": true,
	"Pitcher": true, "Catcher": true, "Shortstop": true, "Quarterback": true,
	"Debutant": true, "Newcomer": true, "Rookie": true, "Veteran": true,
	"Teenager": true, "Skipper": true, "Batsman": true, "Bowler": true,
	"Opener": true, "Spinner": true, "Paceman": true, "Wicketkeeper": true,
	"Jockey": true, "Trainer": true, "Rider": true, "Organiser": true,
	"Organizer": true, "Promoter": true, "Referee": true, "Umpire": true,
	"Substitute": true, "Holder": true, "Qualifier": true, "Compatriot": true,
	"Team-mate": true, "Teammate": true, "Fly-half": true, "Scrum-half": true,
	"Flanker": true, "Full-back": true, "Fullback": true, "Playmaker": true,
	"Sprinter": true, "Hurdler": true, "Swimmer": true, "Cyclist": true,
	"Golfer": true, "Boxer": true, "Challenger": true, "Titleholder": true,
	"Economist": true, "Analyst": true, "Dealer": true, "Trader": true,
	"Businessman": true, "Columnist": true, "Novelist": true, "Playwright": true,
	"Actor": true, "Actress": true, "Singer": true, "Activist": true,
	"Dissident": true, "Opener-batsman": true, "Sweeper": true, "Centre-back": true,
}

// trimOpeningRoles cuts a role noun off a person's name that opens the
// sentence ("[PER Winger Jon Brand]" becomes "Winger [PER Jon Brand]"),
// when a name of one word or more remains.
func trimOpeningRoles(words, tags []string) {
	i := 0
	for i < len(words) && (words[i] == "\"" || words[i] == "(" || words[i] == "``") {
		i++
	}
	if i+1 >= len(words) || tags[i] != "B-PER" || tags[i+1] != "I-PER" || !openingRoles[words[i]] {
		return
	}
	tags[i] = "O"
	tags[i+1] = "B-PER"
}

// teamRoles are the jobs of a club's people that news writes after the
// club's name and before the person's ("Sevilla coach NAME", "Wimbledon
// defender NAME", "Rangers goalkeeper NAME").
var teamRoles = map[string]bool{
	"coach": true, "manager": true, "striker": true, "defender": true,
	"midfielder": true, "goalkeeper": true, "keeper": true, "winger": true,
	"forward": true, "captain": true, "skipper": true, "playmaker": true,
	"full-back": true, "fullback": true, "centre-back": true, "sweeper": true,
	"pitcher": true, "outfielder": true, "quarterback": true, "batsman": true,
	"bowler": true, "opener": true, "spinner": true, "wicketkeeper": true,
	"fly-half": true, "scrum-half": true, "flanker": true, "guard": true,
	"centre": true, "center": true, "team-mate": true, "teammate": true,
	"coaches": true, "players": true, "player": true, "debutant": true,
	"boss": true, "goalscorer": true, "midfield": true, "paceman": true,
}

// clubsBeforeRoles makes an organisation of a name the model tagged as a
// place or a person just before a club's job and a person's name
// ("[LOC Sevilla] coach [PER NAME]" becomes a club; "fast bowler" too):
// by the conventions a club is an organisation however placelike its
// name. A country there is its national team, a place by the conventions
// ("Ireland manager NAME"), and is left alone.
func clubsBeforeRoles(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for _, ch := range chunks {
		// MISC there is a nationality ("Argentine striker").
		if ch.Type != "LOC" && ch.Type != "PER" || ch.End+1 >= len(words) {
			continue
		}
		r := ch.End
		// "fast bowler", "opening batsman", "reserve goalkeeper"
		if !teamRoles[words[r]] && r+2 < len(words) && roleModifiers[words[r]] && teamRoles[words[r+1]] {
			r++
		}
		if !teamRoles[words[r]] || r+1 >= len(words) || tags[r+1] != "B-PER" {
			continue
		}
		if gaz != nil {
			k := gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))
			if k&(1<<GazCountry|1<<GazDemonym) != 0 {
				continue
			}
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// roleModifiers come between a club's name and a player's job ("Kelby
// fast bowler", "Kelby head coach"); other words there make another job
// ("the Kelby city manager").
var roleModifiers = map[string]bool{
	"fast": true, "opening": true, "reserve": true, "veteran": true, "young": true,
	"assistant": true, "caretaker": true, "interim": true, "head": true,
	"star": true, "teenage": true, "new": true, "former": true, "left-arm": true,
	"off-spinner": true, "leg-spinner": true, "seam": true, "spin": true,
	"first-choice": true, "substitute": true, "international": true,
}

// trimCompoundRanks cuts a hyphenated rank off the front of a person's
// name ("[PER Lieutenant-Colonel Ivo Kell]" becomes "Lieutenant-Colonel
// [PER Ivo Kell]"): the title list holds the compounds without a form to
// trim, while each of their words is a title ("Major" begins names
// elsewhere, "Major League", but not in a compound rank).
func trimCompoundRanks(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		if tags[i] != "B-PER" || tags[i+1] != "I-PER" || !strings.Contains(words[i], "-") {
			continue
		}
		ok := true
		for _, p := range strings.Split(words[i], "-") {
			if !personTitles[p] && p != "Major" {
				ok = false
			}
		}
		if ok {
			tags[i] = "O"
			tags[i+1] = "B-PER"
		}
	}
}
