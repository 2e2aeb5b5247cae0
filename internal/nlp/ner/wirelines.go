package ner

import (
	"maps"
	"strings"
)

// datelinePlaces makes places of the names of a dateline line ("MONTE
// CARLO 1996-08-08", "SOTOGRANDE , Spain 1996-10-31"): a short line of
// capitalised names and commas ending in a numeric date names the town
// the story was filed from and its country, whatever the model makes of
// an unknown town in capitals.
func datelinePlaces(words, tags []string) {
	if !datelineLine(words) {
		return
	}
	n := len(words)
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

// datelineLine reports whether a sentence is a dateline line: up to seven
// capitalised words and commas, then a numeric date.
func datelineLine(words []string) bool {
	n := len(words)
	if n < 2 || n > 8 || !isDate(words[n-1]) {
		return false
	}
	for _, w := range words[:n-1] {
		if w != "," && !startsUpper(w) {
			return false
		}
	}
	return true
}

// indexNames makes MISC of a name just before "index" ("the [Hang Seng]
// index", "the [Nikkei] index") or before a prize's noun ("five [Golden
// Globe] awards"): by the conventions market indices and prizes are
// MISC, which the model reads as persons or firms. A place there ("the
// [Japan] index") is left alone. A law named after its sponsors ("the
// [Helms-Burton] law"), one hyphenated word of two capitalised names
// before "law", "act" or "bill", is MISC too: the model reads it as a
// place.
func indexNames(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for _, ch := range chunks {
		if ch.Type == "MISC" || ch.End >= len(words) {
			continue
		}
		switch next := words[ch.End]; {
		case miscNouns[next]:
		case lawNouns[next] && ch.End-ch.Start == 1 && sponsorsName(words[ch.Start]):
		default:
			continue
		}
		if gaz != nil && gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))&(placeKinds|1<<GazDemonym) != 0 {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "MISC")
	}
}

// miscNouns follow the names of market indices and prizes.
var miscNouns = map[string]bool{
	"index": true, "award": true, "awards": true, "prize": true, "prizes": true,
	"medal": true, "trophy": true,
}

// lawNouns follow the name of a law.
var lawNouns = map[string]bool{
	"law": true, "act": true, "bill": true, "amendment": true, "legislation": true,
}

// sponsorsName reports whether w is two capitalised names joined by a
// hyphen: "Helms-Burton", "Gramm-Rudman".
func sponsorsName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) > 1 && len(b) > 1 && startsUpper(a) && startsUpper(b) && !strings.Contains(b, "-")
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

// rankedPersons makes a person of a name of two or three capitalised
// words before a country in brackets in a ranked line that names persons
// ("68 Greg Norman , [LOC Savannah] Pryor ( U.S. ) , ..."): a
// leaderboard's entries are players, whatever their given names.
func rankedPersons(words, tags []string, gaz *Gazetteer) {
	if gaz == nil || len(words) < 4 || !rankOpening(words) {
		return
	}
	for i := 2; i < len(words); i++ {
		if words[i] != "(" || !countryInBrackets(words, i, gaz) {
			continue
		}
		s := i
		for s > 0 && startsUpper(words[s-1]) && plainName(words[s-1:s]) {
			s--
		}
		if n := i - s; n < 2 || n > 3 || isSpan(tags, [2]int{s, i}, "PER") {
			continue
		}
		if s > 0 && tags[s][0] == 'I' {
			continue
		}
		// Another person in the line: a leaderboard, not a club's table.
		other := false
		for _, ch := range Chunks(tags) {
			if ch.Type == "PER" && (ch.End <= s || ch.Start >= i) {
				other = true
			}
		}
		// A name read as MISC there is a player too: no club or team is
		// MISC ("2. [MISC Picabo Street] ( U.S. ) 1:41.53").
		if other || isSpan(tags, [2]int{s, i}, "MISC") {
			setSpan(tags, s, i, "PER")
		}
	}
}

// bankNames makes an organisation of a one-word name ending in "bank"
// ("Bundesbank", "Nedbank") and of a name opening with a bank's or a
// group's word ("Bank Slaski", "Banco Rio", "Banque Delorme",
// "Grupo Kelvo"): the model reads unknown ones as persons or places.
func bankNames(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type == "ORG" {
			continue
		}
		first := words[ch.Start]
		one := ch.End-ch.Start == 1 && len(first) > 6 && strings.HasSuffix(first, "bank") && startsUpper(first)
		if one || ch.End-ch.Start > 1 && firmOpeners[first] {
			setSpan(tags, ch.Start, ch.End, "ORG")
		}
	}
}

// firmOpeners open names of banks and groups: "Bank Slaski", "Banco",
// "Banque", "Grupo".
var firmOpeners = map[string]bool{
	"Bank": true, "Banco": true, "Banque": true, "Banca": true, "Grupo": true, "Groupe": true,
	"Gruppo": true, "Compagnie": true, "Societe": true, "Société": true,
}

// formulaSeries tags the motor racing series "Formula One", "Formula
// 3000", "Formula Two" as MISC, as the conventions tag competitions; the
// model reads "Formula" as a body's name and leaves the figure out.
func formulaSeries(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "Formula" && words[i] != "FORMULA" {
			continue
		}
		switch strings.ToLower(words[i+1]) {
		case "one", "1", "two", "2", "three", "3", "3000", "ford", "e":
		default:
			continue
		}
		if i > 0 && tags[i][0] == 'I' {
			continue
		}
		setSpan(tags, i, i+2, "MISC")
	}
}

// countyLines types the sides of a cricket score line that opens with its
// ground ("At Hove : Sussex 201 ( ... ) v Derbyshire 45-2", "At
// Chelmsford : Essex 340-7 ( ... ) v Kent"): the name after the colon and
// the one after "v" are teams, organisations (a country there is its
// national team), even where the model read a county as a person or left
// it out.
func countyLines(words, tags []string, gaz *Gazetteer) {
	if len(words) < 5 || words[0] != "At" || !startsUpper(words[1]) {
		return
	}
	colon := -1
	for k := 1; k < len(words) && k < 6; k++ {
		if words[k] == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return
	}
	side := func(s int) {
		if s >= len(words) || !startsUpper(words[s]) {
			return
		}
		e := s + 1
		for e < len(words) && (tags[e][0] == 'I' || tags[s] == "O" && startsUpper(words[e]) && tags[e] == "O") {
			e++
		}
		if e < len(words) && !isFigure(words[e]) && !isMatchScore(words[e]) && words[e] != "(" && !strings.Contains(words[e], "-") {
			return
		}
		if e < len(words) && tags[e][0] == 'I' {
			return
		}
		for k := s; k < e; k++ {
			if tags[k] != "O" && k > s && tags[k][0] == 'B' {
				return
			}
		}
		typ := "ORG"
		if gaz != nil && gaz.Lookup(lowerJoin(words[s:e]))&(1<<GazCountry) != 0 {
			typ = "LOC"
		}
		setSpan(tags, s, e, typ)
	}
	side(colon + 1)
	for k := colon + 1; k+1 < len(words); k++ {
		if words[k] == "v" {
			side(k + 1)
		}
	}
}

// marketBodies are the exchanges and central banks that market wire
// names by their initials alone ("stocks in LME warehouses", "FED 'S
// GREENSPAN", "after SNB comments"); the model, seeing a short word in
// capitals with no context, often leaves them out. "Bund" is the German
// government bond future, MISC as a product.
var marketBodies = map[string]string{
	"LME": "ORG", "LIFFE": "ORG", "Liffe": "ORG", "CBOT": "ORG", "NYMEX": "ORG",
	"Nymex": "ORG", "COMEX": "ORG", "Comex": "ORG", "SIMEX": "ORG", "Simex": "ORG",
	"MATIF": "ORG", "Matif": "ORG", "SNB": "ORG", "ECB": "ORG", "BOJ": "ORG",
	"Fed": "ORG", "FED": "ORG", "Bundesbank": "ORG", "Bund": "MISC", "Bunds": "MISC",
}

// usParties are the words of the two American parties that the
// conventions tag MISC alone ("Republican presidential candidate",
// "Democrats in the Senate").
var usParties = map[string]bool{
	"Republican": true, "Republicans": true, "Democrat": true, "Democrats": true,
	"REPUBLICAN": true, "DEMOCRAT": true,
}

// marketInitials are the first bytes of marketBodies and usParties.
var marketInitials = initialsOf(maps.Keys(marketBodies), maps.Keys(usParties))

// marketWords tags the words of marketBodies and usParties that the model
// left untagged: one word alone, not inside another name, not "FED"
// before "UP" ("FED UP") and not "Fed" before a capitalised word ("Fed
// Tax ID").
func marketWords(words, tags []string) {
	for i, w := range words {
		if tags[i] != "O" || i+1 < len(tags) && tags[i+1][0] == 'I' {
			continue
		}
		if w == "FED" && i+1 < len(words) && words[i+1] == "UP" {
			continue
		}
		// "Fed Tax ID": the short form of "federal" before a name.
		if w == "Fed" && i+1 < len(words) && startsUpper(words[i+1]) {
			continue
		}
		if !marketInitials.has(w) {
			continue // in neither list
		}
		if typ, ok := marketBodies[w]; ok {
			tags[i] = "B-" + typ
		} else if usParties[w] {
			tags[i] = "B-MISC"
		}
	}
}

// sponsoredContests runs a competition's name back over its sponsor's
// name and splits a series off a race's name ("the [Kelvo] [MISC
// Princess Cup]" becomes "[MISC Kelvo Princess Cup]"; "[MISC Macau Grand
// Prix Formula Three]" becomes "[MISC Macau Grand Prix] [MISC Formula
// Three]"): by the conventions the whole sponsored name is the event, and
// a race and its series are two.
func sponsoredContests(words, tags []string) {
	for _, ch := range Chunks(tags) {
		if ch.Type != "MISC" {
			continue
		}
		// A series inside a race's name.
		for k := ch.Start + 1; k+1 < ch.End; k++ {
			if words[k] == "Formula" && contestHeads[words[k-1]] {
				setSpan(tags, ch.Start, k, "MISC")
				setSpan(tags, k, ch.End, "MISC")
				break
			}
		}
		if !contestHeads[words[ch.End-1]] || ch.Start == 0 {
			continue
		}
		p := ch.Start - 1
		if !startsUpper(words[p]) || isAllUpper(words[p]) != isAllUpper(words[ch.Start]) || calendarWords[words[p]] {
			continue
		}
		// An untagged word or a one-word firm just before: the sponsor.
		if tags[p] == "O" && (p == 0 || tags[p-1] == "O") && p > 0 && !startsUpper(words[p-1]) ||
			tags[p] == "B-ORG" {
			setSpan(tags, p, ch.End, "MISC")
		}
	}
}

// calendarWords are capitalised words of dates, never a sponsor's name.
var calendarWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "January": true,
	"February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Last": true, "Next": true, "This": true,
}

// individualSports are the labels of sports whose sides are persons
// ("SUMO -", "TENNIS -", "ALPINE SKIING -"), words of section labels as
// sectionLabels are.
var individualSports = map[string]bool{
	"TENNIS": true, "GOLF": true, "BOXING": true, "ATHLETICS": true, "SKIING": true,
	"SKATING": true, "SWIMMING": true, "DIVING": true, "BADMINTON": true, "SQUASH": true,
	"SNOOKER": true, "DARTS": true, "CHESS": true, "SUMO": true, "JUDO": true,
	"WRESTLING": true, "FENCING": true, "GYMNASTICS": true, "WEIGHTLIFTING": true,
	"TRIATHLON": true, "ARCHERY": true,
}

// sectionLabels are the other words of an agency's section labels that
// open a headline before a dash and are no names ("MOTOR RACING -",
// "NEW ISSUE -", "PRESS DIGEST -"), besides the team sports' labels
// (sportLabels) and individualSports. In capitals the model reads some
// of them as names ("[ALPINE] SKIING", "[HANDBALL] -").
var sectionLabels = map[string]bool{
	"CYCLING": true, "MOTOR": true, "RACING": true, "MOTORCYCLING": true, "RALLYING": true,
	"HORSE": true, "ALPINE": true, "NORDIC": true, "FIGURE": true, "SPEED": true,
	"ROWING": true, "SAILING": true, "YACHTING": true, "SHOOTING": true,
	"EQUESTRIANISM": true, "TABLE": true, "BOBSLEIGH": true, "LUGE": true,
	"BIATHLON": true, "HURLING": true, "NETBALL": true, "SOFTBALL": true,
	"UNION": true, "LEAGUE": true, "RULES": true,
	"FOREX": true, "STOCKS": true, "BONDS": true, "COMMODITIES": true, "METALS": true,
	"GRAINS": true, "GRAIN": true, "SHIPPING": true, "FILM": true, "MUSIC": true,
	"PRESS": true, "DIGEST": true, "NEW": true, "ISSUE": true, "ISSUES": true,
	"MONEY": true, "MARKETS": true, "EMERGING": true,
}

// sectionLabel returns the length of the section label that opens a
// headline in capitals, the one to three words before its first dash
// when every one of them is a label word ("ALPINE SKIING - SEIZINGER
// WINS"), or 0 ("LONDON STOCKS -").
func sectionLabel(words []string) int {
	if !capsSentence(words) {
		return 0
	}
	for k := 1; k <= 3 && k < len(words); k++ {
		if words[k] != "-" {
			continue
		}
		for _, w := range words[:k] {
			if !sportLabels[w] && !sectionLabels[w] && !individualSports[w] {
				return 0
			}
		}
		return k
	}
	return 0
}

// monthForms are the names of months and their agency abbreviations in
// capitals, which date a headline ("PRESS DIGEST - HUNGARY - DEC 2").
var monthForms = map[string]bool{
	"JAN": true, "FEB": true, "MAR": true, "APR": true, "MAY": true, "JUN": true,
	"JUL": true, "AUG": true, "SEP": true, "SEPT": true, "OCT": true, "NOV": true,
	"DEC": true, "JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true,
	"JUNE": true, "JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true,
	"NOVEMBER": true, "DECEMBER": true,
}

// headlineLabels untags the section label of a headline in capitals
// (sectionLabel) and a month before a day's figure ("DEC 2"), which the model reads as
// a body or a person.
func headlineLabels(words, tags []string) {
	if !capsSentence(words) {
		return
	}
	if k := sectionLabel(words); k > 0 {
		untag(tags, 0, k)
	}
	for k := 0; k+1 < len(words); k++ {
		if monthForms[words[k]] && isScore(words[k+1]) && len(words[k+1]) <= 2 {
			untag(tags, k, k+1)
		}
	}
}

// untag clears the tags of words [s, e); a name they began goes on from
// the word after them.
func untag(tags []string, s, e int) {
	for k := s; k < e; k++ {
		tags[k] = "O"
	}
	if e < len(tags) && tags[e][0] == 'I' {
		tags[e] = "B" + tags[e][1:]
	}
}

// digestPapers tags the newspapers of a press digest, each named on a
// line of its own in capitals before its stories ("MAGYAR HIRLAP"), as
// organisations: the model reads an unknown title as a person or a
// place. The document must open with a "PRESS DIGEST" headline; a line
// of one to four words, every one in capitals, is a title.
func digestPapers(sents, tags [][]string) {
	if len(sents) == 0 || len(sents[0]) < 2 || sents[0][0] != "PRESS" || sents[0][1] != "DIGEST" {
		return
	}
	for i := 1; i < len(sents); i++ {
		s := sents[i]
		if len(s) == 0 || len(s) > 4 {
			continue
		}
		caps := true
		for _, w := range s {
			caps = caps && capsWord(w)
		}
		if caps {
			setSpan(tags[i], 0, len(s), "ORG")
		}
	}
}

// setScoreLines makes persons of the sides of an individual sport's
// result line, "NAME ( Country ) beat NAME ( Country ) 15-10 15-8", and
// of both players of a doubles side ("NAME and NAME ( Country )"): two or
// more set scores after the verb say tennis, badminton, squash or table
// tennis, whose sides are players, while a team's result has one score.
// The model reads unknown players' names as clubs.
func setScoreLines(words, tags []string, gaz *Gazetteer) {
	if gaz == nil {
		return
	}
	verb := -1
	for i, w := range words {
		if w == "beat" || w == "bt" || w == "defeated" {
			verb = i
			break
		}
	}
	if verb < 0 {
		return
	}
	sets := 0
	for _, w := range words[verb+1:] {
		if isSetScore(w) {
			sets++
		}
	}
	if sets < 2 {
		return
	}
	for i := 1; i < len(words); i++ {
		if words[i] != "(" || !countryInBrackets(words, i, gaz) {
			continue
		}
		e := i
		for e > 0 {
			s := e
			for s > 0 && e-s < 4 && plainName(words[s-1:s]) {
				s--
			}
			if s == e || gaz.Lookup(lowerJoin(words[s:e]))&(1<<GazCountry) != 0 {
				break
			}
			if !isSpan(tags, [2]int{s, e}, "PER") && (s == 0 || tags[s][0] != 'I') {
				setSpan(tags, s, e, "PER")
			}
			if s < 2 || words[s-1] != "and" {
				break
			}
			e = s - 1
		}
	}
}

// isSetScore reports whether w is the score of a set or a game: "6-3",
// "15-10", "21-19".
func isSetScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isScore(a) && isScore(b) && len(a) <= 2 && len(b) <= 2
}

// individualWinners makes persons of the names the model read as clubs
// or MISC on either side of a result's verb in a story of a sport whose
// sides are persons ("SUMO -": "[ORG Musoyama] ( 8-3 ) beat [ORG Akebono]
// ( 9-2 )", "Grand champion [ORG Takanohana] beat [MISC Kotonishiki]"),
// and the document's other mentions of the same words. A country stays
// a place (a Davis Cup tie's sides).
func individualWinners(sents, tags [][]string, gaz *Gazetteer) {
	if len(sents) == 0 {
		return
	}
	k := sectionLabel(sents[0])
	individual := false
	for _, w := range sents[0][:k] {
		individual = individual || individualSports[w]
	}
	if !individual {
		return
	}
	players := map[string]bool{}
	for i, s := range sents {
		for _, ch := range Chunks(tags[i]) {
			if ch.Type != "ORG" && ch.Type != "MISC" || ch.End-ch.Start > 3 {
				continue
			}
			after := ch.End
			if after < len(s) && s[after] == "(" {
				for after < len(s) && s[after] != ")" {
					after++
				}
				after++
			}
			before := after < len(s) && resultVerbs[s[after]] && s[after] != "v" && s[after] != "V"
			// Not an owner after the verb ("beat IBM 's computer").
			following := ch.Start > 0 && resultVerbs[s[ch.Start-1]] && s[ch.Start-1] != "v" && s[ch.Start-1] != "V" &&
				(ch.End == len(s) || s[ch.End] != "'s")
			if !before && !following {
				continue
			}
			name := joinSpace(s[ch.Start:ch.End])
			if gaz != nil && gaz.Lookup(strings.ToLower(name))&(1<<GazCountry|1<<GazDemonym) != 0 || homeNations[strings.ToLower(name)] {
				continue
			}
			players[name] = true
		}
	}
	if len(players) == 0 {
		return
	}
	for i, s := range sents {
		for _, ch := range Chunks(tags[i]) {
			if ch.Type != "PER" && players[joinSpace(s[ch.Start:ch.End])] {
				setSpan(tags[i], ch.Start, ch.End, "PER")
			}
		}
	}
}
