package ner

// resultLines retypes the team names of agency result and standings
// lines: "Leeds 2 Hull 1", "Rapid Vienna ( Austria ) 1 Ajax ( Netherlands )
// 3", "In Lagos : Kano 0 Enugu 2", "BALTIMORE 40 22 .645 -". By the
// conventions a club is an organisation however placelike its name
// ("Leeds", "Bayern Munich", "NEW YORK" for its baseball team), while a
// national team is its country (LOC). The model, which meets these names
// far more often as places in running text, reads most of them as
// places, and cuts names it half knows ("Rapid [Vienna]", "St [Pauli]").
//
// A results line is two capitalised runs, each followed by a score (one
// to three digits) and optionally by a bracketed country before it,
// with nothing after the second score but a bracketed note ("( OT )",
// "( after extra time )"); a standings line is one capitalised run
// followed only by three or more figures. Only the text after the last
// colon is read (the venue before it stays what it is). A run the model
// tagged as a place or MISC, or of which it tagged a part, becomes one
// organisation, unless the whole run is a country, which becomes a place;
// runs holding a person are left alone (darts and snooker list players
// the same way) unless the other side is a club (typeSides). A line may
// hold several results split by commas or semicolons and closed by a
// full stop, as a story's "Other results :" line does. An untagged run of a results line is tagged only when
// the other side holds a name ("River Plate 3 Huracan 1"), so that "Yes
// 52 No 48" stays untagged. The clubs are added to clubs when it is not
// nil (clubMentions).
func resultLines(words, tags []string, gaz *Gazetteer, clubs map[string]bool) {
	start := afterLastColon(words)
	// Several results on one line, split by commas or semicolons and
	// closed by a full stop ("Other results : Besiktas 2 Trabzonspor 2 ,
	// Kocaelispor 1 Fenerbahce 2 ."): each part must be a results pair.
	end := len(words)
	if end > start+1 && words[end-1] == "." && hasWord(words[start:end-1], ",", ";") {
		parts := splitPairs(words, start, end-1, resultPair, ",", ";")
		for p := 0; p+1 < len(parts); p += 2 {
			typeSides(words, tags, [2][2]int{parts[p], parts[p+1]}, gaz, clubs)
		}
		if len(parts) > 0 {
			return
		}
	}
	if runs, ok := resultPair(words, start, end); ok {
		typeSides(words, tags, runs, gaz, clubs)
		return
	}
	// A standings line: one run, then figures only.
	if r, ok := standingsRun(words); ok && hasName(tags, r) {
		retypeTeam(words, tags, r, gaz)
		addClub(words, tags, r, clubs)
	}
}

// resultPair finds the two sides of a results pair in words[lo:hi]: two
// capitalised runs, each followed by an optional bracket and a score,
// with nothing after the second score but a bracketed note.
func resultPair(words []string, lo, hi int) ([2][2]int, bool) {
	var runs [2][2]int
	i := lo
	for n := 0; n < 2; n++ {
		s := i
		for i < hi && teamWord(words, i, s) {
			i++
		}
		e := i
		// A connector cannot end a run ("Newell 's Old Boys").
		for e > s && !startsUpper(words[e-1]) {
			e--
		}
		if e == s || e-s > 5 || e != i {
			return runs, false
		}
		if i < hi && words[i] == "(" {
			j := i + 1
			for j < hi && words[j] != ")" && j-i <= 4 {
				j++
			}
			if j >= hi || words[j] != ")" {
				return runs, false
			}
			i = j + 1
		}
		if i >= hi || !isScore(words[i]) {
			return runs, false
		}
		i++
		runs[n] = [2]int{s, e}
	}
	return runs, i == hi || words[i] == "("
}

// typeSides types the two sides of a results pair when either holds a
// name. A side the model read as a person facing a side it read as one
// organisation is a club too ("[Gabeca Montichiari] 0 [ORG Edilcuoghi
// Ravenna] 3"): players meet players, clubs meet clubs.
func typeSides(words, tags []string, runs [2][2]int, gaz *Gazetteer, clubs map[string]bool) {
	named := [2]bool{hasName(tags, runs[0]), hasName(tags, runs[1])}
	club := [2]bool{isSpan(tags, runs[0], "ORG"), isSpan(tags, runs[1], "ORG")}
	for k, r := range runs {
		if !named[k] && !named[1-k] {
			continue
		}
		if club[1-k] && isSpan(tags, r, "PER") {
			setSpan(tags, r[0], r[1], "ORG")
		}
		retypeTeam(words, tags, r, gaz)
		addClub(words, tags, r, clubs)
	}
}

// standingsRun returns the team's run of a standings line: one
// capitalised run (after the last colon) followed only by three or more
// figures ("Galatasaray 11 9 1 1 27 7 28", "BALTIMORE 40 22 .645 -").
func standingsRun(words []string) ([2]int, bool) {
	start := afterLastColon(words)
	i := start
	for i < len(words) && teamWord(words, i, start) {
		i++
	}
	e := i
	for e > start && !startsUpper(words[e-1]) {
		e--
	}
	if e == start || e-start > 5 || e != i {
		return [2]int{}, false
	}
	figures := 0
	for ; i < len(words); i++ {
		switch {
		case isFigure(words[i]):
			figures++
		case words[i] == "-":
		default:
			return [2]int{}, false
		}
	}
	return [2]int{start, e}, figures >= 3
}

// standingsTables tags the teams of a standings table that the model
// left untagged ("Galatasaray 11 9 1 1 27 7 28" among named lines):
// where two or more standings lines of a document name their team, its
// other standings lines of five figures or more name teams too. The run
// becomes an organisation, or a place when it is a country (retypeTeam).
func standingsTables(sents, tags [][]string, gaz *Gazetteer, clubs map[string]bool) {
	named := 0
	for i, s := range sents {
		if r, ok := standingsRun(s); ok && hasName(tags[i], r) {
			named++
		}
	}
	if named < 2 {
		return
	}
	for i, s := range sents {
		r, ok := standingsRun(s)
		if !ok || hasName(tags[i], r) || len(s)-r[1] < 5 {
			continue
		}
		setSpan(tags[i], r[0], r[1], "ORG")
		retypeTeam(s, tags[i], r, gaz)
		addClub(s, tags[i], r, clubs)
	}
}

// addClub adds the run r to clubs when it is one organisation.
func addClub(words, tags []string, r [2]int, clubs map[string]bool) {
	if clubs == nil || tags[r[0]] != "B-ORG" || r[1] < len(tags) && tags[r[1]] == "I-ORG" {
		return
	}
	addClubName(clubs, words[r[0]:r[1]])
}

// homeNations field national teams but are regions, not countries, in
// the gazetteer.
var homeNations = map[string]bool{
	"england": true, "scotland": true, "wales": true, "northern ireland": true,
}

// teamWord reports whether words[i] can belong to a team's name that
// began at s: a capitalised word, or inside a name one of the small
// joining words of club names ("Newell 's Old Boys", "Vasco da Gama").
func teamWord(words []string, i, s int) bool {
	w := words[i]
	if startsUpper(w) {
		return true
	}
	if i == s {
		return false
	}
	switch w {
	case "'s", "de", "da", "do", "del", "di", "van", "von", "of", "and", "&":
		return true
	}
	return false
}

// isScore reports whether w is a score: one to three digits.
func isScore(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isFigure reports whether w is a figure of a standings table: digits
// with at most one point or slash (".645", "1/2", "44").
func isFigure(w string) bool {
	digits, marks := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '/':
			marks++
		default:
			return false
		}
	}
	return digits > 0 && marks <= 1
}

// hasName reports whether any word of the run r is tagged.
func hasName(tags []string, r [2]int) bool {
	for k := r[0]; k < r[1]; k++ {
		if tags[k] != "O" {
			return true
		}
	}
	return false
}

// retypeTeam tags the run r as one organisation, or as one place when
// the whole run is a country; a run holding a person, or already one
// organisation, is left as it is.
func retypeTeam(words, tags []string, r [2]int, gaz *Gazetteer) {
	for k := r[0]; k < r[1]; k++ {
		if tags[k] == "B-PER" || tags[k] == "I-PER" {
			return
		}
	}
	typ := "ORG"
	if gaz != nil {
		var buf [64]byte
		b := buf[:0]
		for k, w := range words[r[0]:r[1]] {
			if k > 0 {
				b = append(b, ' ')
			}
			b = append(b, lowerASCIIFast(w)...)
		}
		if k := gaz.Lookup(string(b)); homeNations[string(b)] || k&(1<<GazCountry) != 0 && k&(1<<GazGroup) == 0 {
			typ = "LOC"
		}
	}
	tags[r[0]] = "B-" + typ
	for k := r[0] + 1; k < r[1]; k++ {
		tags[k] = "I-" + typ
	}
}

// fixtureLists types the sides of a team sport's fixture list, pairs
// split by commas after a colon ("Other matches : Natal Sharks v ACT
// Brumbies , Queensland Reds v Northern Transvaal ."): in a team sport's
// story (sportsStory) each side is a club (an organisation) or a
// national team (its country), whatever the model read, persons
// included. A line of one pair, or one whose parts are not all pairs of
// one to five capitalised words, is left to the other rules.
func fixtureLists(sents, tags [][]string, gaz *Gazetteer, clubs map[string]bool) {
	if !sportsStory(sents) {
		return
	}
	for i, s := range sents {
		start := afterLastColon(s)
		end := len(s)
		if end > start && s[end-1] == "." {
			end--
		}
		sides := splitPairs(s, start, end, fixturePair, ",")
		if len(sides) < 4 {
			continue
		}
		for _, r := range sides {
			setSpan(tags[i], r[0], r[1], "ORG")
			retypeTeam(s, tags[i], r, gaz)
			addClub(s, tags[i], r, clubs)
		}
	}
}

// fixturePair finds the two sides of "Run v Run" filling words[lo:hi].
func fixturePair(words []string, lo, hi int) ([2][2]int, bool) {
	var pair [2][2]int
	v := -1
	for k := lo; k < hi; k++ {
		if words[k] == "v" || words[k] == "vs" || words[k] == "vs." {
			v = k
		}
	}
	if v < 0 {
		return pair, false
	}
	for n, r := range [2][2]int{{lo, v}, {v + 1, hi}} {
		if r[1]-r[0] < 1 || r[1]-r[0] > 5 || !startsUpper(words[r[0]]) || !startsUpper(words[r[1]-1]) {
			return pair, false
		}
		for k := r[0]; k < r[1]; k++ {
			if !teamWord(words, k, r[0]) {
				return pair, false
			}
		}
		pair[n] = r
	}
	return pair, true
}

// afterLastColon returns the index after the last colon of a line, or 0:
// a results or fixture line's venue or label comes before it ("In Lagos
// : Kano 0 Enugu 2").
func afterLastColon(words []string) int {
	start := 0
	for i, w := range words {
		if w == ":" {
			start = i + 1
		}
	}
	return start
}

// splitPairs splits words[lo:hi] at the separators and reads each part
// with pair; it returns the two sides of every part in order, or nil when
// a part is no pair.
func splitPairs(words []string, lo, hi int, pair func([]string, int, int) ([2][2]int, bool), seps ...string) [][2]int {
	var sides [][2]int
	for k := lo; k <= hi; k++ {
		if k < hi && !hasWord(words[k:k+1], seps...) {
			continue
		}
		p, ok := pair(words, lo, k)
		if !ok {
			return nil
		}
		sides = append(sides, p[0], p[1])
		lo = k + 1
	}
	return sides
}
