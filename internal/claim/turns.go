package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// turn reads an interview transcript's answer: a sentence that opens with
// a person's name, maybe with an apposition, and a colon ("Hana Ostrova:
// The blockade will not hold.", "Piet Kramer, former envoy to Ruvia: We
// warned them."). The person speaks the words after the colon; the colon
// is the cue. The interviewer's label ("Q:", an outlet, "WATCH:") names
// no person and is no claim.
func (st *state) turn(a, b int) {
	if st.answerTurn(a, b) {
		return
	}
	if st.headlineTurn(a, b) {
		return
	}
	if st.capsTurn(a, b) {
		return
	}
	ei, e, ok := st.entityStartingAt(a)
	if !ok || st.doc.Entities[ei].Kind != parallax.KindPerson || pronoun(st.doc.Entities[ei].Text) || st.inQuote(a) {
		return
	}
	k := e
	if st.norm(k) == "," {
		// the apposition: a title, no verb, no quotation, no second colon
		for k++; k < b && k < e+14 && (st.toks[k].Word || st.toks[k].Text == "." || st.toks[k].Text == "-"); k++ {
			if _, cue := st.cueAt(k); cue && st.norm(k-1) != "of" && st.norm(k-1) != "the" {
				return // (not "secretary of state")
			}
		}
	}
	if k >= b || st.toks[k].Text != ":" {
		return
	}
	end := b
	if k+1 == b {
		// the segmenter may end the sentence at the colon: the answer is
		// the sentence after it, in the same paragraph
		if si := st.sentOf[k]; si+1 < len(st.sentTok) && st.sentTok[si+1][0] == b && b < len(st.toks) && !st.toks[b].Newline {
			end = st.sentTok[si+1][1]
		}
	}
	if k+1 >= end || !st.toks[k+1].Cap && !st.isOpenQuote(k+1) {
		return
	}
	// an answer ends as a sentence does; a headline ("Hana Ostrova: An
	// interview with the envoy") does not
	if l := st.toks[end-1].Text; l != "." && l != "!" && l != "?" && !st.isCloseQuote(end-1) {
		return
	}
	st.addDraft(draft{cueA: k, cueB: k + 1, contA: k + 1, contB: end, spk: st.speakerFromEntity(ei, a, e), direct: true})
}

// questionLabels and answerLabels open the turns of a question-and-answer
// transcript ("Q:", "QUESTION:", "Answer:").
var (
	questionLabels = map[string]bool{"Q": true, "Question": true, "QUESTION": true}
	answerLabels   = map[string]bool{"A": true, "Answer": true, "ANSWER": true}
)

// capsTurn reads a turn of an official transcript whose label is a
// speaker's title and surname in capitals ("SECRETARY KERRY: We talked
// about ...", "GENERAL DANE: No."): the person of that surname named in
// the text speaks. It reports whether it read one. A label the text names
// no one by ("MODERATOR:", "MR HOLT:" when no Holt is named) is no claim.
func (st *state) capsTurn(a, b int) bool {
	if a > 0 && st.toks[a-1].Text == ":" {
		// the sentence starts after the label, which the dateline rule
		// took for a "QUETTA:" dateline
		l := a - 1
		for l > 0 && l > a-6 && st.capsWord(l-1) && !st.toks[l].Newline {
			l--
		}
		if l < a-1 && (l == 0 || st.toks[l].Newline) {
			a = l
		}
	}
	if a > 0 && !st.toks[a].Newline || st.inQuote(a) {
		return false
	}
	k := a
	for k < b && k < a+4 && st.capsWord(k) {
		k++
	}
	if k == a || k >= b || st.toks[k].Text != ":" || k+1 >= b || questionLabels[st.toks[a].Text] || answerLabels[st.toks[a].Text] {
		return false
	}
	surname := st.norm(k - 1)
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || pronoun(e.Text) {
			continue
		}
		f := strings.Fields(e.Text)
		if strings.ToLower(f[len(f)-1]) != surname {
			continue
		}
		end := b
		if p := st.paragraphEnd(a) + 1; p > end {
			end = p
		}
		st.addDraft(draft{cueA: k, cueB: k + 1, contA: k + 1, contB: end, spk: speaker{a: a, b: k, ent: -1, actor: e.Actor, side: e.Side}, direct: true})
		return true
	}
	return false
}

// capsWord: token k is a word in capitals ("KERRY", not "A").
func (st *state) capsWord(k int) bool {
	t := st.toks[k]
	return t.Word && len(t.Text) > 1 && t.Text == strings.ToUpper(t.Text) && strings.ToLower(t.Text) != t.Text
}

// answerTurn reads an answer of a question-and-answer interview ("Q: Is
// Kyiv ready ...? A: No. We are not going to ..."): a paragraph opening
// with "A:" after one opening with "Q:". The interviewee is the person
// the introduction names first, before the first question; the "A" is
// the mention, the colon the cue.
func (st *state) answerTurn(a, b int) bool {
	if a+1 >= b || !answerLabels[st.toks[a].Text] || st.toks[a+1].Text != ":" || !st.toks[a].Newline && a > 0 {
		return false
	}
	q := -1 // the first question's "Q"
	for k := 0; k+1 < a; k++ {
		if questionLabels[st.toks[k].Text] && st.toks[k+1].Text == ":" && (k == 0 || st.toks[k].Newline) {
			q = k
			break
		}
	}
	if q < 0 {
		return false
	}
	person := -1
	for ei, e := range st.doc.Entities {
		if e.Kind == parallax.KindPerson && e.Actor != "" && !pronoun(e.Text) && e.End <= st.toks[q].Start && (person < 0 || e.Start < st.doc.Entities[person].Start) {
			person = ei
		}
	}
	if person < 0 {
		return false
	}
	// the answer is its paragraph, however many sentences the
	// segmenter made of it ("A: No. We are not going to ..."): one turn,
	// one claim
	end := st.paragraphEnd(a) + 1
	if end <= a+2 {
		return false
	}
	p := st.doc.Entities[person]
	st.addDraft(draft{cueA: a + 1, cueB: a + 2, contA: a + 2, contB: end, spk: speaker{a: a, b: a + 1, ent: -1, actor: p.Actor, side: p.Side}, direct: true})
	return true
}

// headlineTurn reads a headline line at the top of a paragraph that
// names a party and what it says after a colon, as agencies and live
// blogs title statements ("Houthis: We targeted the ship with missiles",
// "ISPR: All hostages freed, 33 attackers killed"): the party speaks the
// line; the colon is the cue. The line is a paragraph of its own, short
// and without a final stop (an answer in a transcript ends as a sentence
// does, and turn reads it); the name before the colon is a resolved
// person, body, force or group, so that a place ("Kharkiv: three
// killed") or a label ("WATCH:", "Analysis:") is no speaker. It reports
// whether it read one.
func (st *state) headlineTurn(a, b int) bool {
	if a > 1 && st.toks[a-1].Text == ":" {
		// the segmenter took the name for a dateline ("ISPR: All
		// hostages freed") and the sentence starts after the colon
		if _, ea, ok := st.entityEndingAt(a - 1); ok {
			a = ea
		}
	}
	bullet := false
	if a+1 < b && st.toks[a].Newline && bulletMarks[st.toks[a].Text] {
		a, bullet = a+1, true // "- Health ministry: 22 killed": a key-events list's line
	}
	timed := false // the line is a live blog's entry heading, after its clock time
	if n := st.clockStamp(a); n > 0 && st.toks[a].Newline {
		a, timed = a+n, true // "19:42 Houthis: ...": a live blog's entry opens with its clock time
		if a+1 < b && clockDashes[st.toks[a].Text] {
			a++ // "18:02 — Army: ...": a dash between the time and the heading
		}
	} else if n := st.clockStampEndingAt(a); n > 0 && st.toks[a-n].Newline {
		// "10:30" cut off as a sentence of its own: the entry's line
		// goes on after it
		timed = true
		if a+1 < b && clockDashes[st.toks[a].Text] {
			a++
		}
	} else if n := st.clockStampEndingAt(a - 1); a >= 1 && clockDashes[st.toks[a-1].Text] && n > 0 && st.toks[a-1-n].Newline {
		timed = true // "18:02 —" cut off before the heading
	} else if a > 0 && !st.toks[a].Newline && !bullet {
		return false
	}
	if a >= b || st.inQuote(a) {
		return false
	}
	ei, e, ok := st.entityStartingAt(a)
	titleAt := -1 // the title before a person's name the recogniser left out
	if !ok && a+2 < b && st.toks[a].Cap {
		// "Governor Zulum: ...", "General Burhan: ...", "Energy Minister
		// NAME: ...": a title of up to three capitalised words, the last
		// a title, before the person's name, which the recogniser left
		// out of it
		for j := a + 1; j < b && j <= a+3 && st.toks[j-1].Word && st.toks[j-1].Cap; j++ {
			if !anyTitles[st.norm(j-1)] {
				continue
			}
			if pi, pe, found := st.entityStartingAt(j); found && st.doc.Entities[pi].Kind == parallax.KindPerson && pe < len(st.toks) && st.toks[pe].Text == ":" {
				ei, e, ok = pi, pe, true
				titleAt = a
				a = j
				break
			}
		}
	}
	var spk speaker
	titled := false // the speaker is a title or a body's kind ("Lebanese minister", "army spokesman")
	if ok && (e >= len(st.toks) || st.toks[e].Text != ":") {
		// the entity is a party before a title ("AU envoy:", "SDF
		// spokesman:"): the title's phrase speaks
		ok = false
		if _, _, found := st.headlineSpeakerNP(a); !found {
			return false
		}
	}
	if ok {
		if e-a > 5 {
			return false
		}
		ent := st.doc.Entities[ei]
		switch ent.Kind {
		case parallax.KindPerson, parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
		case parallax.KindLocation:
			// a seat of government the actor stage resolved to its
			// government ("Kremlin: ..."), unlike a place ("Kharkiv: ...")
			if !strings.HasPrefix(ent.Actor, "Government of ") {
				return false
			}
		default:
			return false
		}
		if ent.Actor == "" && ent.Side == "" && !headingBodies[st.norm(e-1)] || pronoun(ent.Text) {
			return false
		}
		spk = st.speakerFromEntity(ei, a, e)
		if titleAt >= 0 {
			spk.a = titleAt
		}
	} else if np, k, found := st.headlineSpeakerNP(a); found {
		// "Lebanese minister: children among the dead", "Army
		// spokesman: ...": a speaker named by a title or a body's
		// kind, with the party it belongs to
		spk, e = np, k
	} else {
		return false
	}
	if w := st.norm(e - 1); st.lowerWord(e-1) && (speakerNouns[w] || titleWords[w] || headingBodies[w]) {
		titled = true
	}
	end := st.paragraphEnd(e) + 1
	if end-e > 25 || end > b && b < len(st.toks) && st.sentOf[end-1] != st.sentOf[b] {
		return false // a long paragraph, or more than the line after the colon
	}
	if l := st.toks[end-1].Text; (l == "." || l == "!" || l == "?") && !timed {
		// (a live blog's timed entry may be a whole sentence: "07:12 —
		// Air force: 61 of 84 drones shot down overnight.")
		return false
	}
	words, verb := 0, false
	for k := e + 1; k < end; k++ {
		if st.toks[k].Word || startsDigit(st.toks[k].Text) {
			words++ // (a figure is a word of the line: "235 dead")
		}
		if tag := st.tagAt(k); tag == "VERB" || tag == "AUX" {
			verb = true
		}
	}
	// (what the party says has a verb; "Frank Messina: An Interview with
	// the Poet" names a piece)
	// A title with its party names no piece of writing, so what it says
	// may be a headline's verbless phrase in sentence case ("Lebanese
	// minister: children among the dead in Nabatieh").
	if timed && !verb {
		// a timed entry's heading is a headline: "IDF: Sanaa airport
		// 'completely disabled'", a participle or a quotation (headlines
		// quote in single marks) for a verb
		for k := e + 1; k < end; k++ {
			single := st.singleOpenQuote(k, end)
			if w := st.norm(k); st.lowerWord(k) && (len(w) > 4 && strings.HasSuffix(w, "ed") || headlineParticiples[w]) || st.isOpenQuote(k) || single {
				verb = true
			}
		}
	}
	// (a timed entry's heading is in sentence case: "Houthis: deal with
	// US does not cover Israel")
	// (a body's kind before the colon speaks whatever the case after it:
	// "Army: six rebels killed")
	if words < 2 || words < 3 && !st.shortHeadingLine(e+1, end) || !verb && !titled || !timed && !titled && !headingBodies[st.norm(e-1)] && !st.toks[e+1].Cap && !st.isOpenQuote(e+1) && !st.singleOpenQuote(e+1, end) && !startsDigit(st.toks[e+1].Text) {
		return false
	}
	d := draft{cueA: e, cueB: e + 1, contA: e + 1, contB: end, spk: spk}
	if st.isOpenQuote(e + 1) {
		d.contA, d.direct = e+2, true
	}
	d.deny = st.denial(d.contA, d.contB)
	st.addDraft(d)
	return true
}

// singleOpenQuote: token k opens a quotation in single marks, as
// headlines quote ("Burhan: 'The war will end in Khartoum'"), before a
// word that touches it, within [.., end).
func (st *state) singleOpenQuote(k, end int) bool {
	return (st.toks[k].Text == "'" || st.toks[k].Text == "‘") && k+1 < end && st.toks[k+1].Word && st.toks[k].End == st.toks[k+1].Start
}

// shortHeadingLine: the words [a, end) after a heading's colon are two
// that a heading shortens a statement to: a figure and what it counts
// ("235 dead", "9 killed") or a quotation ("'brute force'").
func (st *state) shortHeadingLine(a, end int) bool {
	return a < end && (startsDigit(st.toks[a].Text) || st.isOpenQuote(a) || st.singleOpenQuote(a, end))
}

// headlineSpeakerNP: tokens from a up to a colon within four words are a
// speaker noun phrase with a party in it ("Lebanese minister", "Russian
// army spokesman", "Ukraine's air force"): a title or body noun heads it
// and an entity with a side names the party. It returns the speaker and
// the colon's index.
func (st *state) headlineSpeakerNP(a int) (speaker, int, bool) {
	e := a
	for e < len(st.toks) && e < a+5 && st.toks[e].Text != ":" {
		if !st.toks[e].Word && st.norm(e) != "'s" && st.norm(e) != "’s" {
			return speaker{}, 0, false
		}
		e++
	}
	if e >= len(st.toks) || st.toks[e].Text != ":" || e-a < 1 {
		return speaker{}, 0, false
	}
	head := st.norm(e - 1)
	if e-a == 1 && st.toks[a].Cap && headingBodies[head] {
		// "Army: 30 militants killed", "Police: ...": a body alone
		return speaker{a: a, b: e, ent: -1}, e, true
	}
	if e-a < 2 || !speakerNouns[head] && !titleWords[head] && !headingBodies[head] {
		return speaker{}, 0, false
	}
	np, ok := st.speakerNP(a, e)
	if (!ok || np.a != a) && headingBodies[head] && e-a <= 3 && st.toks[a].Cap {
		np, ok = speaker{a: a, b: e, ent: -1}, true // "Civil defence:", "Border Guard:"
	}
	if !ok || np.a != a {
		return speaker{}, 0, false
	}
	if np.side == "" && !headingBodies[head] {
		// a title names a party in a heading ("Lebanese minister:"); a
		// body's or an office's kind speaks without one ("Health
		// ministry:", "Airport director:"), a label does not
		return speaker{}, 0, false
	}
	return np, e, true
}

// headingBodies are the kinds of body or office that speak in a heading
// with no party named ("Health ministry: 35 killed", "Airport director:
// six aircraft destroyed", "Civil defence: ..."): the story names whose
// they are. Labels ("Analysis:", "Live:", "Operation Dawn:") are none.
var headingBodies = map[string]bool{
	"ministry": true, "army": true, "police": true, "military": true, "service": true, "command": true,
	"director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "agency": true,
	"authorities": true, "council": true, "government": true, "presidency": true, "navy": true,
	"defence": true, "defense": true, "governor": true, "mayor": true, "office": true, "guard": true,
	"guards": true, "prosecutor": true, "minister": true, "commissioner": true, "commander": true, "chief": true,
}

// clockDashes stand between a live blog entry's clock time and its
// heading ("18:02 — Navy: ...", "9:15 - Army: ...").
var clockDashes = map[string]bool{"—": true, "–": true, "-": true, "|": true}

// bulletMarks open a line of a list ("- ", "• ").
var bulletMarks = map[string]bool{"-": true, "•": true, "*": true, "–": true, "·": true}

// startsDigit: the text opens with a digit ("33 attackers killed").
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// clockTime: the tokens from k are a clock time, hours, a colon and
// minutes ("19:42", "9:05"), or hours, a stop and minutes with "am" or
// "pm" ("12.55am", "2.30pm"), as live blogs stamp their entries (a
// stop without "am" or "pm" is a decimal: "1.15 million").
func (st *state) clockTime(k int) bool {
	if k < 0 || k+2 >= len(st.toks) || st.toks[k+1].Text != ":" && st.toks[k+1].Text != "." {
		return false
	}
	h, m := st.toks[k].Text, st.toks[k+2].Text
	if st.toks[k+1].Text == "." {
		l := strings.ToLower(m)
		if !strings.HasSuffix(l, "am") && !strings.HasSuffix(l, "pm") {
			return false
		}
		m = m[:len(m)-2]
	}
	return len(h) >= 1 && len(h) <= 2 && digits(h) && len(m) == 2 && digits(m) && st.toks[k].End == st.toks[k+1].Start && st.toks[k+1].End == st.toks[k+2].Start
}

// clockStamp: the number of tokens of the clock time at k with the time
// zone a live blog may stamp after it ("10:52 GMT", "14:05 UTC", "9:30
// ET"), 0 when no clock time stands at k.
func (st *state) clockStamp(k int) int {
	if !st.clockTime(k) {
		return 0
	}
	if k+3 < len(st.toks) && timeZones[st.toks[k+3].Text] {
		return 4
	}
	return 3
}

// clockStampEndingAt: the number of tokens of a clock stamp (see
// clockStamp) that ends just before token e, 0 when none does.
func (st *state) clockStampEndingAt(e int) int {
	for _, n := range []int{4, 3} {
		if e-n >= 0 && st.clockStamp(e-n) == n {
			return n
		}
	}
	return 0
}

// timeZones are the zones a live blog writes after an entry's clock time,
// in capitals as written ("10:52 GMT — ..."): a word of the stamp, not
// the entry's heading.
var timeZones = map[string]bool{
	"GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "EET": true, "EEST": true,
	"ET": true, "EST": true, "EDT": true, "PT": true, "PST": true, "PDT": true, "MSK": true, "IST": true,
	"JST": true, "AEST": true, "AEDT": true, "WAT": true, "EAT": true, "CAT": true, "SAST": true,
}

// headlineParticiples are irregular participles a headline uses for its
// verb ("GNA jet shot down", "depot hit", "two towns taken").
var headlineParticiples = map[string]bool{
	"shot": true, "hit": true, "struck": true, "taken": true, "lost": true, "sunk": true,
	"fallen": true, "held": true, "dead": true, "blown": true, "overrun": true, "retaken": true,
}

// questionLabelEnd is the token after the colon of a question's label
// that opens the sentence at a and ends before ca ("Question (Example
// Radio): Prime Minister NAME has said that ..."): the questioner relays
// the words, and the speaker is sought after the label. a when the
// sentence opens with no such label.
func (st *state) questionLabelEnd(a, ca int) int {
	if a >= ca || !questionLabels[st.toks[a].Text] {
		return a
	}
	for k := a + 1; k < ca && k < a+12; k++ {
		if st.toks[k].Text == ":" {
			return k + 1
		}
	}
	return a
}
