package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// retractedDeterminers may stand between a retracting verb and the
// statement it takes back ("withdrew its earlier claim").
var retractedDeterminers = map[string]bool{
	"its": true, "his": true, "her": true, "their": true, "the": true, "an": true, "a": true, "this": true,
	"that": true, "earlier": true, "previous": true, "initial": true, "own": true,
}

// retractedStatements are what a speaker can take back.
var retractedStatements = map[string]bool{
	"claim": true, "claims": true, "statement": true, "statements": true, "allegation": true,
	"allegations": true, "accusation": true, "accusations": true, "assertion": true, "report": true,
	"remarks": true, "comments": true, "remark": true, "comment": true, "testimony": true, "confession": true,
}

// convictionAdjectives state a speaker's conviction about the clause
// after "that" ("is convinced that", "was adamant that").
var convictionAdjectives = map[string]bool{
	"convinced": true, "confident": true, "adamant": true, "certain": true, "sure": true,
	"optimistic": true, "pessimistic": true, "skeptical": true, "sceptical": true, "doubtful": true,
	"insistent": true, "positive": true,
}

// impersonalSubjects before a copula make its "that" clause the
// reporter's ("It is certain that", "There is no doubt").
var impersonalSubjects = map[string]bool{"it": true, "this": true, "that": true, "there": true, "what": true, "which": true}

// objectCues report speech through their object: "disclosed the
// decision", "echoed this sentiment", "cited officials".
var objectCues = map[string]bool{"disclose": true, "echo": true, "cite": true}

// speechNouns are what a reply answers ("responded to the reports").
var speechNouns = map[string]bool{
	"report": true, "reports": true, "question": true, "questions": true, "accusation": true,
	"accusations": true, "allegation": true, "allegations": true, "claim": true, "claims": true,
	"remarks": true, "comments": true, "statement": true, "statements": true, "criticism": true,
	"charges": true, "query": true, "queries": true,
}

// speechGerunds after a non-reporting verb still report what the
// sentence's subject said ("voted to extend it, saying ..."); "urging",
// "calling for" there name the act's purpose.
var speechGerunds = map[string]bool{"say": true, "add": true, "state": true, "note": true, "insist": true, "argue": true, "explain": true, "claim": true,
	// "issued a statement, warning that ...": the statement's author warns
	"warn": true, "stress": true, "threaten": true,
	// "filed a lawsuit, alleging ...", "passed a resolution, decrying
	// ...", "issued a statement, denying ...": the act's author speaks
	"allege": true, "decry": true, "deny": true}

// speechObject: a speech noun within the few words after k ("the news
// reports").
func (st *state) speechObject(k, b int) bool {
	for i := k; i < b && i < k+4; i++ {
		if speechNouns[st.norm(i)] {
			return true
		}
		if !st.toks[i].Word {
			return false
		}
	}
	return false
}

// briefedNouns are whom a briefing informs, beyond listenerNouns
// ("members", "diplomats", "ministers").
var briefedNouns = map[string]bool{
	"members": true, "council": true, "diplomats": true, "ministers": true, "envoys": true, "leaders": true,
	"officials": true, "senators": true, "legislators": true, "committee": true, "delegates": true,
	"allies": true, "partners": true, "counterparts": true,
}

// concernWords may stand between "raised" and "concerns".
var concernDeterminers = map[string]bool{
	"these": true, "those": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "serious": true, "similar": true, "new": true, "grave": true, "strong": true, "such": true,
}

// phraseCue reads a reporting phrase of several words starting at token i
// and returns its cue and the token after it: "raised (these) concerns",
// "made (it) clear", "provided/issued/released (the following) statement".
func (st *state) phraseCue(i, b int) (cue, int, bool) {
	w := st.norm(i)
	switch w {
	case "raise", "raises", "raised", "raising":
		k := i + 1
		for k < b && k < i+3 && concernDeterminers[st.norm(k)] {
			k++
		}
		if n := st.norm(k); n == "concerns" || n == "concern" {
			return cue{lemma: "raise concerns", object: true, participle: w == "raised", gerund: w == "raising"}, k + 1, true
		}
		// "raised the possibility that C", "raised the prospect that C":
		// the speaker puts C forward
		if n := st.norm(i + 2); st.norm(i+1) == "the" && (n == "possibility" || n == "prospect") && st.norm(i+3) == "that" {
			return cue{lemma: "raise possibility", clause: true, participle: w == "raised", gerund: w == "raising"}, i + 3, true
		}
	case "express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing":
		// "expressed concern that C", "voiced hope that C": a view with
		// its clause (without one, "expressed concern about the vote"
		// names a feeling, not what was said)
		k := i + 1
		for k < b && k < i+3 && concernDeterminers[st.norm(k)] {
			k++
		}
		switch st.norm(k) {
		case "concern", "concerns", "fear", "fears", "hope", "confidence", "belief", "doubt", "doubts", "regret", "frustration", "frustrations",
			"desire", "wish", "optimism", "conviction", "expectation":
			if st.norm(k+1) == "that" {
				return cue{lemma: "express view", clause: true, gerund: strings.HasSuffix(w, "ing")}, k + 1, true
			}
		}
		// "expressed frustration over the delays", "voiced concern at
		// the shelling": a grievance names what it is about, a stance
		// as a condemnation is (a bare "expressed concern." names none)
		switch st.norm(k) {
		case "concern", "concerns", "frustration", "frustrations", "anger", "outrage", "alarm", "dismay", "disappointment":
			if n := st.norm(k + 1); (n == "over" || n == "at" || n == "with" || n == "about") && k+2 < b && st.toks[k+2].Word {
				return cue{lemma: "express view", object: true, gerund: strings.HasSuffix(w, "ing")}, k + 1, true
			}
		case "interest", "support", "solidarity", "optimism":
			// "expressed interest in further loans", "voiced support for
			// the truce", "expressed solidarity with the victims": a
			// stance on what it names, as a welcome is
			if n := st.norm(k + 1); (n == "in" || n == "for" || n == "with" || n == "about") && k+2 < b && st.toks[k+2].Word {
				return cue{lemma: "express view", object: true, gerund: strings.HasSuffix(w, "ing")}, k + 1, true
			}
		}
	case "poured", "pours", "pour", "pouring":
		// "poured cold water on suggestions that C", "pours cold water
		// on reports of a deal": the idiom rejects what others say,
		// as "brushed aside" does; on a thing that is no one's words
		// ("poured cold water on the fire") it is no cue
		if st.norm(i+1) == "cold" && st.norm(i+2) == "water" && st.norm(i+3) == "on" && (st.speechObject(i+4, b) || concernObject(st.norm(i+4)) || concernObject(st.norm(i+5))) {
			return cue{lemma: "brush aside", deny: true, participle: w == "poured", gerund: w == "pouring"}, i + 4, true
		}
	case "on":
		// "is on record as favoring a larger navy", "went on record as
		// saying": a stance the subject has stated publicly
		if st.norm(i+1) == "record" {
			if n := st.norm(i + 2); (n == "as" || n == "of") && i+3 < b && st.toks[i+3].Word {
				return cue{lemma: "on record", object: true}, i + 3, true
			}
		}
	case "is", "are", "was", "were", "remains", "remain", "remained":
		// "The governor is convinced that C", "the envoy was adamant
		// that C": a speaker's conviction about a clause is the
		// speaker's claim ("It is certain that C" is the reporter's)
		if p := st.norm(i - 1); impersonalSubjects[p] || p == "i" || p == "we" || p == "you" {
			break
		}
		k := i + 1
		for k < b && k < i+3 && adverbials[st.norm(k)] {
			k++
		}
		if convictionAdjectives[st.norm(k)] && st.norm(k+1) == "that" {
			return cue{lemma: "be convinced", clause: true}, k + 1, true
		}
	case "make", "makes", "made", "making":
		k := i + 1
		if st.norm(k) == "it" {
			k++
		}
		if st.norm(k) == "clear" {
			return cue{lemma: "make clear", clause: true, gerund: w == "making"}, k + 1, true
		}
	case "brief", "briefs", "briefed", "briefing", "update", "updates", "updated", "updating":
		// "briefed Security Council members on the fighting", "updated
		// reporters that ...": an addressee, then what was told
		k := i + 1
		if st.norm(k) == "the" {
			k++
		}
		start := k
		for k < b && k < start+5 && st.toks[k].Word && (st.toks[k].Cap && !notSpeakers[st.norm(k)] || listenerNouns[st.norm(k)] || briefedNouns[st.norm(k)]) {
			k++
		}
		if k == start || passiveAux[st.norm(i-1)] {
			return cue{}, 0, false
		}
		if n := st.norm(k); n == "on" || n == "about" {
			return cue{lemma: "brief", object: true, gerund: strings.HasSuffix(w, "ing")}, k + 1, true
		} else if n == "that" {
			return cue{lemma: "brief", gerund: strings.HasSuffix(w, "ing")}, k, true
		}
	case "give", "gives", "gave", "given", "giving":
		// "Earlier it had given a toll of two dead", "gave a provisional
		// death toll of 40": a figure stated by the subject ("given the
		// toll of the war" states none)
		if k, ok := st.tollOf(i+1, b); ok && !passiveAux[st.norm(i-1)] && st.norm(i-1) != "," {
			_ = k
			return cue{lemma: "put toll", object: true, gerund: w == "giving"}, i + 1, true
		}
	case "put", "puts", "putting", "place", "places", "placed", "placing":
		// "the ministry put the death toll at 44", "put its own losses
		// at 23 soldiers": a figure stated by the subject, the commonest
		// way wires give a party's toll without "said". Only a toll's
		// noun and "at" with a number after it: "put pressure on",
		// "put the blame on" and "put at risk" state no figure.
		if _, ok := st.tollAt(i+1, b); ok && !passiveAux[st.norm(i-1)] {
			return cue{lemma: "put toll", object: true, gerund: w == "putting"}, i + 1, true
		}
		// "Dushanbe put the blame on Bishkek", "placed the blame
		// squarely on the rebels for the attack", "put responsibility
		// on Kyiv": an accusation, as "blamed X" is ("put pressure on"
		// names none)
		k := i + 1
		if n := st.norm(k); n == "the" || n == "all" || n == "full" {
			k++
		}
		if st.norm(k) == "blame" || st.norm(k) == "responsibility" && st.norm(k+1) == "on" {
			k++
			if st.norm(k) == "squarely" || st.norm(k) == "firmly" || st.norm(k) == "solely" {
				k++
			}
			if st.norm(k) == "on" && k+1 < b && st.toks[k+1].Word && !passiveAux[st.norm(i-1)] {
				return cue{lemma: "blame", object: true, gerund: w == "putting" || w == "placing"}, k, true
			}
		}
	case "went", "goes", "go", "going":
		// "He went on to say that C", "went on to accuse the army of
		// C": the cue after "on to" reports, with its own kind
		if st.norm(i+1) == "on" && st.norm(i+2) == "to" {
			if c, ok := st.cueAt(i + 3); ok && st.norm(i+3) == c.lemma {
				c.gerund = w == "going"
				return c, i + 4, true
			}
		}
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "retract", "retracts", "retracted", "retracting":
		// "withdrew its claim that the men were soldiers", "retracted
		// the statement": taking back one's own statement denies it
		// ("withdrew its troops", "withdrew the bill" take back no words)
		k := i + 1
		for k < b && k < i+4 && retractedDeterminers[st.norm(k)] {
			k++
		}
		if retractedStatements[st.norm(k)] {
			return cue{lemma: "retract", deny: true, object: true, participle: w == "withdrawn" || w == "retracted", gerund: strings.HasSuffix(w, "ing")}, i + 1, true
		}
	case "walk", "walks", "walked", "walking", "row", "rows", "rowed", "rowing", "backtrack", "backtracks", "backtracked", "backtracking":
		// "walked back its statement that C", "rowed back on his claim",
		// "backtracked on her remarks": a retraction, as "withdrew"
		// ("walked back to the car", "rowed back to shore" take back no
		// words)
		k := i + 1
		if strings.HasPrefix(w, "backtrack") {
			if n := st.norm(k); n != "on" && n != "from" {
				break
			}
		} else {
			if st.norm(k) != "back" {
				break
			}
			if st.norm(k+1) == "on" || st.norm(k+1) == "from" {
				k++
			}
		}
		cb := k + 1
		for k = cb; k < b && k < cb+3 && retractedDeterminers[st.norm(k)]; k++ {
		}
		if retractedStatements[st.norm(k)] {
			return cue{lemma: "retract", deny: true, object: true, gerund: strings.HasSuffix(w, "ing")}, cb, true
		}
	case "ask", "asks", "asked", "asking":
		// "asked the council to prepare options", "asks residents to
		// stay indoors": a request with its addressee (not "asked not
		// to be named", "asked about the strike", "was asked to leave")
		if st.addresseeInfinitive(i+1, b) && !passiveAux[st.norm(i-1)] {
			return cue{lemma: "ask", gerund: w == "asking"}, i + 1, true
		}
		if st.norm(i-1) == "rhetorically" || st.norm(i+1) == "rhetorically" {
			// "rhetorically asked whether Europe would accept it": the
			// question is the asker's point, not a request for an answer
			k := i + 1
			if st.norm(k) == "rhetorically" {
				k++
			}
			return cue{lemma: "ask", gerund: w == "asking"}, k, true
		}
		if w == "asked" || w == "asks" {
			if st.afterQuotedQuestion(i) {
				// `"Who kidnaps people in the name of peace?" asked
				// Senator X`, `"...?" she asked`: a quoted question put
				// to no one in the story is the asker's point, a claim
				return cue{lemma: "ask"}, i + 1, true
			}
		}
	case "provide", "provides", "provided", "issue", "issues", "issued", "release", "releases", "released":
		k := i + 1
		if n := st.norm(k); n == "a" || n == "the" || n == "an" {
			k++
		}
		if st.norm(k) == "following" || st.norm(k) == "joint" || st.norm(k) == "written" {
			k++
		}
		if st.norm(k) == "statement" {
			return cue{lemma: "issue statement", object: true}, k + 1, true
		}
		// "issued a series of warnings to citizens", "issued a warning
		// that": the warning is the claim (not "issued passports")
		if st.norm(k) == "series" && st.norm(k+1) == "of" {
			k += 2
		}
		if n := st.norm(k); n == "warning" || n == "warnings" || n == "ultimatum" || n == "denial" {
			return cue{lemma: "issue warning", object: true, deny: n == "denial"}, k + 1, true
		}
	}
	return cue{}, 0, false
}

// sentenceSubject finds the subject that opens the sentence [a, ca),
// after a short leading adverbial ("One day earlier, parliament voted
// ..., saying"): a speaker entity or a noun phrase headed by a speaker
// noun, followed by a lower-case word (its verb).
func (st *state) sentenceSubject(a, ca int) (speaker, bool) {
	// "Hamas has rejected the proposal, saying ...": the entity that
	// opens the sentence, before any reading of a comma as the end of an
	// opening adverbial
	if ei, eb, ok := st.entityStartingAt(a); ok && eb < ca && st.lowerWord(eb) && !st.inQuote(a) {
		return st.speakerFromEntity(ei, a, eb), true
	}
	if x, ok := st.insertedSubject(a, ca); ok {
		return x, true
	}
	s := a
	for k := a; k < ca && k < a+6; k++ {
		if st.norm(k) == "," {
			// "Populist leaders, such as X, have long railed against
			// Y, arguing ...": the group before its examples
			if w := st.norm(k + 1); w == "including" || w == "like" || w == "among" || w == "such" && st.norm(k+2) == "as" {
				if np, ok := st.speakerNP(a, k); ok && speakerNouns[st.norm(k-1)] {
					return np, true
				}
			}
			s = k + 1
			break
		}
	}
	if ei, eb, ok := st.entityStartingAt(s); ok && eb < ca && st.lowerWord(eb) {
		return st.speakerFromEntity(ei, s, eb), true
	}
	for e := s + 1; e < ca && e <= s+5; e++ {
		if !st.toks[e-1].Word && st.norm(e-1) != "'s" && st.norm(e-1) != "'" {
			break
		}
		if speakerNouns[st.norm(e-1)] && st.lowerWord(e) {
			if speakerNouns[st.norm(e)] && e+1 < ca && st.lowerWord(e+1) {
				continue // "coalition lawmakers adopted": the last noun heads
			}
			return st.speakerNP(s, e)
		}
	}
	return speaker{}, false
}

// lowerWord: token k is a word in lower case.
func (st *state) lowerWord(k int) bool {
	return k < len(st.toks) && st.toks[k].Word && !st.toks[k].Cap
}

// titledPerson finds a person entity after title words starting at token
// j ("spokesperson Mao Ning", "press director Navy Capt. Jeff Davis")
// that can itself be the subject of the cue at ca.
func (st *state) titledPerson(j, ca int) (speaker, bool) {
	for k := j + 1; k < ca && k <= j+8; k++ {
		ei, eb, ok := st.entityStartingAt(k)
		if !ok {
			continue
		}
		if st.doc.Entities[ei].Kind != parallax.KindPerson || eb > ca || !st.titleBetween(j, k) || !st.gapOK(eb, ca) {
			return speaker{}, false
		}
		return st.speakerFromEntity(ei, k, eb), true
	}
	return speaker{}, false
}

// insertedSubject: the sentence opens with a named speaker, maybe after
// a capitalised title, and an insertion set off by commas before its
// verb ("Reljic, in his Tuesday remarks, also touched on ...", "Mayor
// Tomas Reljic, speaking on Sunday, dodged ..."): the speaker of a later
// gerund or coordinated cue of the sentence.
func (st *state) insertedSubject(a, ca int) (speaker, bool) {
	s := a
	for s < a+3 && s < ca && st.toks[s].Cap && st.toks[s].Word {
		if _, ok := st.entStart[s]; ok {
			break
		}
		s++
	}
	ei, eb, ok := st.entityStartingAt(s)
	if !ok || eb >= ca || st.norm(eb) != "," || st.inQuote(s) {
		return speaker{}, false
	}
	e := st.doc.Entities[ei]
	if e.Kind != parallax.KindPerson && e.Actor == "" {
		return speaker{}, false
	}
	w := st.norm(eb + 1)
	if !prepositions(w) && w != "speaking" && w != "who" {
		return speaker{}, false
	}
	for k := eb + 2; k < ca && k < eb+16; k++ {
		if st.norm(k) == "," {
			if st.lowerWord(k + 1) {
				return st.speakerFromEntity(ei, s, eb), true
			}
			return speaker{}, false
		}
		if !st.toks[k].Word && st.norm(k) != "'s" && st.norm(k) != "’s" && st.norm(k) != "." && st.norm(k) != "’" && st.norm(k) != "'" && !st.isOpenQuote(k) && !st.isCloseQuote(k) {
			return speaker{}, false // (a programme's quoted name may stand in it)
		}
	}
	return speaker{}, false
}

// tollNouns head the figure a party puts at a number ("the death toll",
// "the number of dead", "its losses", "casualties").
var tollNouns = map[string]bool{
	"toll": true, "tolls": true, "number": true, "numbers": true, "figure": true, "figures": true,
	"losses": true, "casualties": true, "tally": true, "count": true, "total": true, "dead": true,
	// what a war or a disaster costs ("places the damage at", "put the
	// cost of rebuilding at")
	"damage": true, "cost": true, "costs": true, "bill": true, "revenue": true, "value": true,
}

// tollAt: from token k, a toll's noun phrase ("the death toll from the
// strikes", "its own losses", "the number of people killed") followed by
// "at" and a number ("at 44", "at more than 1,600", "at about 300"); it
// returns the token of "at".
func (st *state) tollAt(k, b int) (int, bool) {
	head := false
	for j := k; j < b && j < k+22; j++ {
		w := st.norm(j)
		if tollNouns[w] {
			head = true
			continue
		}
		if w == "at" && head {
			n := j + 1
			if n < b && actor.IsQuoteMark(st.toks[n].Text) {
				n++ // `put the toll at "at least 200, including ..."`
				if st.norm(n) == "at" {
					n++
				}
			}
			for n < b && n < j+4 && (approxWords[st.norm(n)] || st.norm(n) == "than") {
				n++
			}
			if n+1 < b && currencySigns[st.toks[n].Text] {
				n++ // "at $3 billion", "at €40 million"
				if numberLike(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(st.norm(n), "m"), "bn"), "k")) {
					return j, true // "at about $500m", "at $2bn"
				}
			}
			if n < b && (numberLike(st.toks[n].Text) || numberWords[st.norm(n)]) {
				return j, true
			}
			return 0, false
		}
		if !st.toks[j].Word && w != "'s" && w != "-" || st.inQuote(j) || w == "on" && j == k {
			return 0, false
		}
	}
	return 0, false
}

// currencySigns stand before a sum's figure.
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "US$": true}

// approxWords stand before a figure ("at more than 1,600", "at about
// 300", "at least 50").
var approxWords = map[string]bool{
	"more": true, "less": true, "fewer": true, "about": true, "around": true, "nearly": true,
	"almost": true, "over": true, "some": true, "least": true, "roughly": true, "approximately": true,
	"up": true, "to": true, "just": true, "under": true, "below": true,
}

// numberWords spell small figures ("at five dead", "at two dozen").
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozens": true, "dozen": true,
	"hundreds": true, "thousands": true, "a": true,
}

// numberLike: a token written with digits ("44", "1,600", "2.5").
func numberLike(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// directive: the cue at token k asks for something that one word can
// name ("urged restraint", "called for calm", "demanded compensation",
// "appealed for calm"): that word is what was said.
func (st *state) directive(k int) bool {
	c, ok := st.cueAt(k)
	if two, ok2 := twoWordCues[st.norm(k)]; ok2 {
		if c2, ok3 := two[st.norm(k+1)]; ok3 {
			c, ok = c2, true
		}
	}
	return ok && (c.lemma == "urge" || c.lemma == "demand" || c.lemma == "call for" || c.lemma == "appeal for")
}

// toInfinitiveAfter: an addressee of a few words from token k, then "to"
// and a verb ("to residents to stay indoors", "to the rebels to lay down
// their arms").
func (st *state) toInfinitiveAfter(k, b int) bool {
	for j := k + 1; j < b && j < k+8; j++ {
		if !st.toks[j].Word {
			return false
		}
		if st.norm(j) == "to" {
			return j+1 < b && st.lowerWord(j+1) && st.norm(j+1) != "the"
		}
	}
	return false
}

// addresseeInfinitive: from token k, an addressee of one to seven words
// and a to-infinitive ("the council to prepare", "police commanders to
// arrest", "residents to stay"): what a request or an order asks of
// whom. Not "not to be named", "about the strike", "to leave".
func (st *state) addresseeInfinitive(k, b int) bool {
	if k >= b || !st.toks[k].Word {
		return false
	}
	switch st.norm(k) {
	case "not", "to", "about", "for", "if", "whether", "how", "why", "what", "that", "when", "where", "him", "her", "them", "me", "us":
		if st.norm(k) == "him" || st.norm(k) == "her" || st.norm(k) == "them" || st.norm(k) == "us" || st.norm(k) == "me" {
			break // "asked them to leave": a pronoun addressee
		}
		return false
	}
	for j := k + 1; j < b && j < k+8; j++ {
		w := st.norm(j)
		if w == "to" {
			n := st.norm(j + 1)
			return j+1 < b && st.lowerWord(j+1) && n != "the" && n != "a" && n != "an" && n != "his" && n != "her" && n != "their" && n != "its"
		}
		if w == "not" && st.norm(j+1) == "to" && j > k {
			continue // "residents not to leave": a request not to
		}
		if !st.toks[j].Word && w != "'s" || w == "that" || w == "not" {
			return false
		}
		if _, cue := st.cueAt(j); cue {
			return false
		}
	}
	return false
}

// definiteSubject reads a sentence that opens with "the" and a body's
// name or a speaker noun before a lower-case verb ("The Pentagon hit
// back, ...", "The ministry answered within hours, ..."): that body,
// the subject of the verb a later gerund hangs on.
func (st *state) definiteSubject(a, ca int) (speaker, bool) {
	if st.norm(a) != "the" || st.inQuote(a) {
		return speaker{}, false
	}
	if ei, eb, ok := st.entityStartingAt(a + 1); ok && eb < ca && st.lowerWord(eb) {
		return st.speakerFromEntity(ei, a+1, eb), true
	}
	// "the ministry", "the home secretary": lower-case modifiers, then
	// a speaker noun and the verb
	for e := a + 2; e <= a+4 && e < ca; e++ {
		if !st.lowerWord(e - 1) {
			break
		}
		if speakerNouns[st.norm(e-1)] && st.lowerWord(e) && !speakerNouns[st.norm(e)] {
			return st.speakerNP(a, e)
		}
	}
	return speaker{}, false
}

// tollOf: from token k, a toll given as a noun with its figure after
// "of" ("a toll of two dead", "a provisional death toll of 40", "an
// updated figure of more than 300"): an article or possessive, up to two
// modifiers, a toll's noun, "of" and a number. It returns the token of
// "of".
func (st *state) tollOf(k, b int) (int, bool) {
	w := st.norm(k)
	if w != "a" && w != "an" && w != "the" && !possessiveDet[w] {
		return 0, false
	}
	j := k + 1
	for j < b && j < k+4 && st.lowerWord(j) && !tollNouns[st.norm(j)] {
		j++
	}
	if j >= b || !tollNouns[st.norm(j)] || st.norm(j+1) != "of" {
		return 0, false
	}
	n := j + 2
	for n < b && n < j+6 && (approxWords[st.norm(n)] || st.norm(n) == "than" || st.norm(n) == "at") {
		n++
	}
	if n < b && (numberLike(st.toks[n].Text) || numberWords[st.norm(n)] && st.norm(n) != "a") {
		return j + 1, true
	}
	return 0, false
}

// afterQuotedQuestion: the cue at i follows a quotation that ends in a
// question mark, at once (`"...?" asked X`) or after a short speaker
// (`"...?" Sarr asked`, `"...?" the minister rhetorically asked`).
func (st *state) afterQuotedQuestion(i int) bool {
	k := i - 1
	for k >= 0 && k > i-7 && st.toks[k].Word && !st.isCloseQuote(k) {
		k--
	}
	if !st.isCloseQuote(k) {
		return false
	}
	q := st.quotes[st.quoteOf[k]]
	return q.close == k && k-1 > q.open && st.toks[k-1].Text == "?"
}
