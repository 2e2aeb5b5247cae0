package claim

import (
	parallax "github.com/parallaxhq/parallax"
)

// timeHeads end noun phrases of time that a parse may take for the
// subject ("Six unions this week urged ...").
var timeHeads = map[string]bool{
	"week": true, "weekend": true, "month": true, "year": true, "day": true, "night": true,
	"morning": true, "afternoon": true, "evening": true, "time": true,
}

// pollNouns head the phrase of an opinion poll, which measures what
// people answer and states no party's view.
var pollNouns = map[string]bool{"poll": true, "polls": true, "pollster": true, "pollsters": true}

// refineSpeaker corrects the speaker of a draft where the rules that
// found it read a general pattern of English too narrowly: a time phrase
// taken for the subject, and a person's body given as "NAME of the BODY".
func (st *state) refineSpeaker(d *draft) {
	s := &d.spk
	if s.a < 0 || s.b <= s.a || s.b > len(st.toks) {
		return
	}
	if s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson {
		if k, ok := st.entourageBefore(s.a); ok {
			// "Aides to Speaker NAME say", "Allies of NAME argue": the
			// entourage speaks, for the person's side, and is not the
			// person
			s.a, s.ent, s.actor = k, -1, ""
			return
		}
	}
	if k, ok := st.spokespersonFor(s.a); ok && s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson {
		// "A spokeswoman for the prime minister said", "a spokesman for
		// President NAME": the spokesperson speaks, for the principal's
		// side, and is not the principal (a body's spokesman stays the
		// body's voice, as before)
		s.a, s.b, s.ent, s.actor = k, k+1, -1, ""
		return
	}
	if k, ok := st.counselFor(s.a); ok {
		// "Lawyers for the detained activist said", "a lawyer for NAME
		// said": counsel speaks, and is not the client; for no party but
		// a body it acts for ("lawyers for the Justice Department") or
		// an armed group the client leads or belongs to
		side := ""
		if s.ent >= 0 && st.doc.Entities[s.ent].Kind != parallax.KindPerson || st.groupSideInStory(s.side) {
			side = s.side
		}
		s.a, s.b, s.ent, s.actor, s.side = k, k+1, -1, "", side
		return
	}
	if st.pollHead(s.b, d.cueA) || pollNouns[st.norm(s.b-1)] {
		// "a Washington Post-Schar School poll found": an opinion poll
		// speaks for no party, whatever body the name before it looks like
		s.side, s.actor, s.ent = "", "", -1
		return
	}
	if st.residentOfPlace(s) {
		// "A Vietnam dweller said", "a Darfur villager told": the place
		// only tells where the speaker lives; a resident is no party,
		// whatever state the place is
		if residentNouns[st.norm(s.b)] && !st.toks[s.b].Cap {
			s.b++
		}
		s.ent, s.actor, s.side = -1, "", ""
		return
	}
	if timeHeads[st.norm(s.b-1)] || calendarWords[st.norm(s.b-1)] {
		// the noun phrase before the time phrase speaks
		if si := st.sentOf[s.a]; si >= 0 {
			if np, ok := st.speakerNP(st.sentTok[si][0], s.a); ok && !timeHeads[st.norm(np.b-1)] {
				*s = np
			}
		}
		return
	}
	if (s.ent < 0 || st.doc.Entities[s.ent].Kind != parallax.KindPerson) && s.b < d.cueA {
		// "The EU's foreign policy chief Josep Borrell said", "Houthi
		// political bureau member NAME said": the title or the body
		// before it was read as the subject; the name after it, right
		// before the cue, is the speaker
		start := s.b
		for start < d.cueA && start < s.b+4 && st.lowerWord(start) && !pronoun(st.toks[start].Text) {
			start++ // the lower-case title between the body and the name
		}
		if ei, eb, ok := st.entityStartingAt(start); ok && (start == s.b || s.ent >= 0) && st.doc.Entities[ei].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[ei].Text) {
			k := eb
			for k < d.cueA && (adverbials[st.norm(k)] || calendarWords[st.norm(k)]) {
				k++
			}
			if k == d.cueA {
				side := s.side
				*s = st.speakerFromEntity(ei, start, eb)
				if s.side == "" {
					s.side = side
				}
				return
			}
		}
	}
	if s.ent >= 0 && s.b-s.a <= 2 && s.a >= 2 && st.lowerWord(s.a) && personTitles[st.norm(s.b-1)] && (st.norm(s.a-1) == "'s" || st.norm(s.a-1) == "’s") {
		// "Hezbollah's leader", "The Taliban's spokesman": the actor stage
		// resolved the title alone; the mention that names the speaker
		// includes its possessor
		if _, pa, ok := st.entityEndingAt(s.a - 1); ok {
			s.a = pa
		}
	}
	if s.ent >= 0 && s.side == "" && s.b < len(st.toks) && speakerNouns[st.norm(s.b)] && !st.toks[s.b].Cap && st.sentOf[s.b] == st.sentOf[s.a] {
		if e := st.doc.Entities[s.ent]; e.Kind != parallax.KindPerson && e.Side == "" {
			// "A Maungdaw resident told": a name the recogniser took for
			// a body modifies the speaker noun that heads the phrase
			// ("An AFP correspondent in Tyre said": the noun's place
			// may stand between it and the cue)
			if _, ok := verbCues[st.norm(s.b+1)]; ok || st.norm(s.b+1) == "," || st.placedBeforeCue(s.b+1, d.cueA) {
				s.b++
				s.ent, s.actor = -1, ""
				return
			}
		}
	}
	if s.ent < 0 && s.side == "" && s.actor == "" && speakerNouns[st.norm(s.b-1)] && (st.norm(s.b) == "for" || st.norm(s.b) == "of") {
		// "A spokesman for the Pentagon, who spoke on condition of
		// anonymity, said": the body after "for" gives the side
		k := s.b + 1
		if st.norm(k) == "the" {
			k++
		}
		if ei, _, ok := st.entityStartingAt(k); ok {
			if e := st.doc.Entities[ei]; e.Side != "" && e.Kind != parallax.KindPerson && e.Kind != parallax.KindGPE && e.Kind != parallax.KindLocation {
				s.side = e.Side
			}
		}
		return
	}
	if s.ent < 0 || st.doc.Entities[s.ent].Kind != parallax.KindPerson || s.side != "" {
		return
	}
	if side := st.roleOfBodyAfter(s.b); side != "" {
		// "said Dana Bell, the head of the mission" after "the UN
		// monitoring mission" was named: the body her role names
		s.side = side
		return
	}
	// "Abdul Karim of the Iraqi army said": the body after "of"
	k := s.b
	if st.norm(k) != "of" && st.norm(k) != "with" {
		return
	}
	k++
	if st.norm(k) == "the" {
		k++
	}
	if ei, _, ok := st.entityStartingAt(k); ok {
		if e := st.doc.Entities[ei]; e.Side != "" && e.Kind != parallax.KindPerson {
			s.side = e.Side
		}
	}
}

// possessedSpeaker: the subject of a cue is something a person has
// ("Zamora's lawyer said", "Gachagua's legal team rejected"): the
// possession speaks, unnamed and for no side of the possessor's, when it
// is a speaker at all ("Zamora's case underscores" reports nothing).
func (st *state) possessedSpeaker(poss int, head parallax.Token, ca int) (speaker, bool) {
	for h := poss; h < ca; h++ {
		if st.toks[h].Start != head.Start {
			continue
		}
		if w := st.norm(h); st.lowerWord(h) && mediumNouns[w] {
			// "Sharif's official social-media account said": the
			// person speaks through it
			if ei, eb, ok := st.entityStartingAt(poss); ok {
				return st.speakerFromEntity(ei, poss, eb), true
			}
		}
		if w := st.norm(h); st.lowerWord(h) && representNouns[w] {
			// "Prime Minister X's administration rejected": the body
			// that serves the person speaks for the person's side
			if ei, _, ok := st.entityStartingAt(poss); ok && st.doc.Entities[ei].Side != "" {
				return speaker{a: poss, b: h + 1, ent: -1, side: st.doc.Entities[ei].Side}, true
			}
		}
		if w := st.norm(h); st.lowerWord(h) && (speakerNouns[w] || w == "team") {
			return speaker{a: poss, b: h + 1, ent: -1}, true
		}
		break
	}
	return speaker{}, false
}

// mediumNouns are a person's own channels of speech: what they say is
// the person's claim ("X's official account said", "X's office said").
var mediumNouns = map[string]bool{
	"account": true, "accounts": true, "page": true, "channel": true, "feed": true, "handle": true,
	"office": true, "website": true, "blog": true, "post": true, "statement": true, "tweet": true,
}

// representNouns are bodies and people that speak for the person who
// heads them ("X's administration", "X's spokesman").
var representNouns = map[string]bool{
	"administration": true, "government": true, "cabinet": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ministry": true, "aides": true, "aide": true,
}

// possessiveDet open a speaker's noun phrase as "the" does ("his family
// said", "their lawyers said").
var possessiveDet = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true}

// weSpeaker: "We urge ...", "We call on ..." in the reporter's own voice
// (outside any quotation) is a statement's author speaking of itself, as
// government releases do: the state, government or armed force that
// spoke last, within five sentences (not an armed group or a person
// reported in between: "Da'esh has claimed responsibility"), else the
// publisher of a government release.
func (st *state) weSpeaker(a, end int) (speaker, bool) {
	w := end - 1
	if w < a || st.norm(w) != "we" || st.inQuote(w) || st.quoteOf[w] >= 0 {
		return speaker{}, false
	}
	// "we" must open its clause
	if w > a && st.norm(w-1) != "," && st.norm(w-1) != "and" {
		return speaker{}, false
	}
	var last speaker
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := st.drafts[k]
		if st.sentOf[w]-st.sentOf[d.cueA] > 5 {
			break
		}
		if d.spk.ent < 0 || d.spk.side == "" {
			continue
		}
		switch st.doc.Entities[d.spk.ent].Kind {
		case parallax.KindGPE, parallax.KindGovernment, parallax.KindMilitary:
			last = d.spk
		}
		if last.side != "" {
			break
		}
	}
	if last.side == "" {
		// no state spoke lately: in a government's release, "we" is the
		// publisher itself
		pub := st.publisherSide()
		if pub == "" {
			return speaker{}, false
		}
		last.side = pub
	}
	return speaker{a: w, b: w + 1, ent: -1, actor: last.actor, side: last.side}, true
}

// stateOffices are titles of offices a state fills (its courts,
// prosecution, cabinet, armed forces and police): a holder named with
// one and no country ("Judge Antony Mrima", "Gen. Abdul Karim") serves
// the state the article is about.
var stateOffices = map[string]bool{
	"judge": true, "justice": true, "prosecutor": true, "minister": true, "general": true, "gen": true,
	"colonel": true, "col": true, "brigadier": true, "commander": true, "governor": true, "premier": true,
	"lieutenant": true, "lt": true, "major": true, "maj": true, "admiral": true, "adm": true, "inspector": true,
	"undersecretary": true,
}

// stateOfficeHolder: the speaker is a named person whose title, right
// before the name, holds a state office and no mark of a past office.
func (st *state) stateOfficeHolder(s speaker) bool {
	if s.ent < 0 || s.a <= 0 || st.doc.Entities[s.ent].Kind != parallax.KindPerson || st.formerTitle(s.a) {
		return false
	}
	office := false
	// the title set off before the name ("The Minister of Communication
	// and Government Spokesman, NAME, said"): back over the comma, and
	// over the "of" and "and" that join the office to its remit
	from, appos := s.a-1, false
	if from >= 1 && st.toks[from].Text == "," && st.sentOf[from-1] == st.sentOf[s.a] {
		from, appos = from-1, true
	}
	span := 4
	if appos {
		span = 8
	}
	for k := from; k >= 0 && k > from-span; k-- {
		t := st.toks[k]
		if t.Text == "." && !appos {
			continue
		}
		if appos && (t.Norm == "of" || t.Norm == "and") {
			continue
		}
		if !t.Word || !(t.Cap || titleWords[t.Norm] || stateOffices[t.Norm]) {
			break
		}
		if formerWords(t.Norm) {
			return false
		}
		if stateOffices[t.Norm] {
			office = true
		}
	}
	return office
}

// formerTitle: the title before a name at a marks a past office
// anywhere in it ("Former Russian deputy foreign minister NAME"): the
// capitalised-title scans stop at the first lower-case word that is no
// title word ("foreign"), before they reach the "Former" that opens the
// phrase. The scan goes back over words only, in the sentence, and stops
// at a possessive.
func (st *state) formerTitle(a int) bool {
	if a >= 0 && a < len(st.toks) && formerWords(st.toks[a].Norm) {
		return true // a speaker's words that open with the title ("Former Iranian diplomat NAME")
	}
	for k := a - 1; k >= 0 && k >= a-7 && st.sentOf[k] == st.sentOf[a]; k-- {
		t := st.toks[k]
		if !t.Word || t.Norm == "'s" || t.Norm == "’s" {
			return false // "the former Soviet republic's defence minister" holds a present office
		}
		if formerWords(t.Norm) {
			return true
		}
	}
	return false
}

// formerTitledPerson: the speaker is a named person the actor stage left
// without a side, whose words hold a former office's title before the
// name ("Former Iranian diplomat NAME", "ex-army chief NAME") or an
// opposition politician's ("Uganda's opposition leader NAME"): the state
// the title names is not the person's to speak for (the actor stage's own
// rules, formerRunBefore and oppositionTitled, left the side empty, and
// the title's body or possessor gave the speaker its state).
func (st *state) formerTitledPerson(s speaker) bool {
	if s.ent < 0 || s.a < 0 || s.side == "" {
		return false
	}
	e := st.doc.Entities[s.ent]
	if e.Kind != parallax.KindPerson || e.Side != "" {
		return false
	}
	a, _ := st.tokensIn(e.Start, e.End)
	if a < 0 {
		return false
	}
	for k := min(s.a, a); k < a; k++ {
		if formerWords(st.norm(k)) {
			return true
		}
	}
	if k := a - 1; k >= 1 && oppositionTitleHeads[st.norm(k)] && st.norm(k-1) == "opposition" && st.sentOf[k-1] == st.sentOf[a] {
		return true // "Uganda's opposition leader NAME": the opposition is no state's voice
	}
	return st.formerTitle(a)
}

// oppositionTitleHeads head an opposition politician's title before the
// name ("opposition leader NAME"); a lawmaker's ("opposition lawmaker")
// is the state's, and is not here.
var oppositionTitleHeads = map[string]bool{
	"leader": true, "politician": true, "figure": true, "activist": true, "candidate": true, "chief": true,
	"head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

func formerWords(w string) bool {
	switch w {
	case "former", "ex", "retired", "onetime", "erstwhile", "late":
		return true
	}
	return false
}

// pastService marks an apposition that tells where a speaker worked
// before ("who once served with an aid agency", "a former army officer"):
// the body named there is not the one they speak for.
func pastService(w string) bool {
	switch w {
	case "previously", "formerly", "once", "worked", "served", "former", "ex", "retired":
		return true
	}
	return false
}

// cabinetOffices are titles of a government's office holders that a
// person keeps over the article: once named "Energy Secretary X" or "X,
// minister of tourism,", X speaks for a state in every later "X said" or
// "he said".
var cabinetOffices = map[string]bool{
	"secretary": true, "minister": true, "governor": true, "premier": true, "chancellor": true,
	"undersecretary": true,
}

// officeSide is the side of the person actor from the titles the article
// gives them: the state a title names ("U.S. Homeland Security Secretary
// X"), else, for a state office with no state named, the state the
// article is about (dominant). "" when no mention has such a title, when
// one marks a past office ("former minister"), or when the office is a
// party's, union's or another non-state body's.
func (st *state) officeSide(actor, dominant string) string {
	office, side := false, ""
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		if b == a {
			continue
		}
		if st.formerTitle(a) {
			return ""
		}
		// a title before the name: capitalised words and title words
		for k := a - 1; k >= 0 && k >= a-6; k-- {
			t := st.toks[k]
			ministry := t.Norm == "ministry" && bodyPeople[st.norm(k+1)] && k+1 < a
			if !t.Word || !(t.Cap || titleWords[t.Norm] || ministry) || st.sentOf[k] != st.sentOf[a] {
				break
			}
			if formerWords(t.Norm) || nonStateModifiers[t.Norm] {
				return ""
			}
			if ministry {
				office = true // "Health ministry spokesman NAME": a ministry's, its state's
			}
			if cabinetOffices[t.Norm] || stateOffices[t.Norm] || rankWord(t.Norm) {
				office = true
			}
			if (t.Norm == "police" || t.Norm == "government") && bodyPeople[st.norm(k+1)] {
				office = true // "Police official NAME", "Provincial government spokesman NAME"
			}
			if (t.Norm == "police" || t.Norm == "army") && st.norm(k+1) == "chief" {
				office = true // "Police chief NAME", "Army chief NAME"
			}
			if ei, ok := st.entEnd[k+1]; ok && side == "" {
				if o := st.doc.Entities[ei]; o.Side != "" && o.Kind != parallax.KindPerson && stateKind(o.Kind) {
					side = o.Side
				}
			}
		}
		if st.appositeOfficeBefore(a) {
			office = true // "The Minister of Culture and Information, NAME,"
		}
		// an apposition after it: ", minister of environment and tourism,"
		if st.norm(b) == "," {
			for k := b + 1; k < len(st.toks) && k <= b+4 && st.toks[k].Word; k++ {
				w := st.norm(k)
				if formerWords(w) || nonStateModifiers[w] {
					return ""
				}
				if cabinetOffices[w] {
					office = true
					break
				}
			}
		}
	}
	if !office {
		return ""
	}
	if side != "" {
		return side
	}
	if dominant == "" {
		// a minister with no state named, in an article no state
		// dominates: the state named most, when it leads
		dominant = leadingState(st.doc.Entities)
	}
	if dominant == "" {
		// else the state the story is filed from (a Manila daily's
		// "Commodore NAME")
		dominant = st.filedFromState()
	}
	return dominant
}

// leadingState is the side of the state with the most resolved mentions
// (at least two), when no other state has as many; "" otherwise.
func leadingState(ents []parallax.Entity) string {
	best, first, second := topState(ents)
	if first < 2 || first == second {
		return ""
	}
	return best
}

// entourageNouns name the people around a politician who speak for him
// without being him.
var entourageNouns = map[string]bool{
	"aides": true, "aide": true, "advisers": true, "adviser": true, "advisors": true, "advisor": true,
	"allies": true, "associates": true, "confidants": true, "loyalists": true,
}

// entourageBefore: the person's name at token a follows "aides to", "allies
// of" and maybe a title ("Aides to Speaker NAME"); the first token of
// the entourage's noun phrase.
func (st *state) entourageBefore(a int) (int, bool) {
	k := a - 1
	for k > 0 && k > a-4 && st.toks[k].Word && (st.toks[k].Cap || titleWords[st.norm(k)]) && st.norm(k) != "to" && st.norm(k) != "of" {
		k-- // the title before the name
	}
	if w := st.norm(k); w != "to" && w != "of" || k < 1 || !entourageNouns[st.norm(k-1)] {
		return 0, false
	}
	k--
	for k > 0 && st.toks[k-1].Word && (npModifiers[st.norm(k-1)] || st.lowerWord(k-1) && len(st.norm(k-1)) > 3 && !prepositions(st.norm(k-1))) {
		k-- // "senior aides", "close allies"
	}
	return k, true
}

// pollHead: the speaker's noun phrase goes on from token k to a poll noun
// before the cue at ca ("A Washington Monthly-Lakeview poll found", where
// the parse took "Washington" for the subject).
func (st *state) pollHead(k, ca int) bool {
	for ; k < ca && k < len(st.toks); k++ {
		if pollNouns[st.norm(k)] {
			return true
		}
		if !st.toks[k].Word && st.toks[k].Text != "-" && st.toks[k].Text != "/" {
			return false
		}
	}
	return false
}

// residentNouns head a phrase of people named by where they live.
var residentNouns = map[string]bool{
	"resident": true, "residents": true, "villager": true, "villagers": true, "dweller": true,
	"dwellers": true, "inhabitant": true, "inhabitants": true, "native": true, "citizen": true,
	"citizens": true,
}

// residentOfPlace: the speaker phrase is a place's name before a resident
// noun, inside the span or right after it.
func (st *state) residentOfPlace(s *speaker) bool {
	place := func(b int) bool {
		ei, ok := st.entEnd[b]
		if !ok {
			return false
		}
		k := st.doc.Entities[ei].Kind
		return k == parallax.KindGPE || k == parallax.KindLocation
	}
	if s.b < len(st.toks) && residentNouns[st.norm(s.b)] && !st.toks[s.b].Cap && st.sentOf[s.b] == st.sentOf[s.a] && place(s.b) {
		return true
	}
	return s.b-1 > s.a && residentNouns[st.norm(s.b-1)] && place(s.b-1)
}

// spokesNouns speak for the one named after their "for".
var spokesNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "adviser": true,
	"advisor": true, "representative": true,
}

// spokespersonFor: the speaker phrase at a follows "a spokeswoman for
// [the]": the token where the spokesperson noun stands.
func (st *state) spokespersonFor(a int) (int, bool) {
	k := a
	if k > 0 && st.toks[k-1].Word && st.toks[k-1].Cap && (titleWords[st.norm(k-1)] || anyTitles[st.norm(k-1)]) {
		// "President", "Prime Minister", "House Democratic Leader"
		// before the name: a title word next to it, and the capitalised
		// words of the title before that word (not "the China Coast
		// Guard", which no title word ends)
		for k > 0 && k > a-4 && st.toks[k-1].Word && st.toks[k-1].Cap && st.norm(k-1) != "for" {
			k--
		}
	}
	if k > 0 && st.norm(k-1) == "the" {
		k--
	}
	if k < 2 || st.norm(k-1) != "for" || !spokesNouns[st.norm(k-2)] || st.sentOf[k-2] != st.sentOf[a] {
		return 0, false
	}
	return k - 2, true
}

// placedBeforeCue: the words from k to the cue at ca are a place phrase
// ("in Tyre", "in the city of Goma"): a preposition of place, then at most
// five words with no verb of their own.
func (st *state) placedBeforeCue(k, ca int) bool {
	switch st.norm(k) {
	case "in", "at", "near":
	default:
		return false
	}
	if ca-k < 2 || ca-k > 6 {
		return false
	}
	for j := k + 1; j < ca; j++ {
		if !st.toks[j].Word || st.tagAt(j) == "VERB" || st.tagAt(j) == "AUX" {
			return false
		}
	}
	return true
}

// roleOfBodyAfter is the side of the body that an apposition after the
// person's name at token k gives the person a role in, when that body is
// named only by its kind there (", the head of the mission", ", a
// spokesman for the agency") and by name earlier (bodyNamedBefore); ""
// otherwise.
func (st *state) roleOfBodyAfter(k int) string {
	if k+4 >= len(st.toks) || st.norm(k) != "," {
		return ""
	}
	j := k + 1
	if w := st.norm(j); w == "the" || w == "a" || w == "an" {
		j++
	}
	for j < k+4 && st.lowerWord(j) && !roleNouns[st.norm(j)] {
		j++ // "the deputy head of"
	}
	if !roleNouns[st.norm(j)] || st.norm(j+1) != "of" && st.norm(j+1) != "for" || st.norm(j+2) != "the" {
		return ""
	}
	a := j + 3
	b := a
	for b < len(st.toks) && b < a+4 && st.lowerWord(b) && st.sentOf[b] == st.sentOf[k] {
		b++
	}
	if b == a || b < len(st.toks) && st.toks[b].Word && st.toks[b].Cap {
		return "" // ("the head of the mission in Kyiv" ends at "in", a lower word: the body's words stop at a capital)
	}
	if ei, _ := st.bodyNamedBefore(speaker{a: a, b: b, ent: -1}); ei >= 0 {
		return st.doc.Entities[ei].Side
	}
	return ""
}

// seekingWords mark a title as one sought or studied, not held.
var seekingWords = map[string]bool{
	"candidate": true, "nominee": true, "contender": true, "hopeful": true, "expert": true, "analyst": true,
	"fellow": true, "professor": true, "researcher": true, "scholar": true,
}

// placeOfficeWords name an office a person holds in a place below the
// state: its head, its governor or mayor, its representative or member
// in parliament, its officials. A chairman chairs a church or a club as
// often as a council ("a chairman for the Zion churches in northern
// Zambia"), so names none.
var placeOfficeWords = map[string]bool{
	"head": true, "governor": true, "mayor": true, "representative": true, "plenipotentiary": true,
	"lawmaker": true, "mp": true, "parliament": true, "deputy": true, "administrator": true,
	"commissioner": true, "prefect": true, "chief": true, "official": true, "councillor": true,
	"councilor": true,
}

// placedOfficeSide: the side of the state where the place lies that the
// title of a person the actor names holds an office in, before the name
// or in an apposition after it ("Plenipotentiary representative of the
// President in Batken region NAME", "The head of the Movses community,
// NAME,", "NAME, a member of parliament from Sumy,", "NAME, head of the
// Amhara region's peace and security bureau,"); "" when no title holds
// both an office and such a place. A trade or a home alone ("a fisherman
// from Bol", "a resident of Sumy") holds no office, and a past or
// sought one ("former ... chief for Korea", "candidate for Governor of
// Virginia") makes no one the state's.
func (st *state) placedOfficeSide(actor string) string {
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson || pronoun(e.Text) {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		if a < 0 || b <= a {
			continue
		}
		si := st.sentOf[a]
		office, place, vetoed := false, "", false
		look := func(k int) bool {
			t := st.toks[k]
			if st.sentOf[k] != si || st.inQuote(k) {
				return false
			}
			if !t.Word {
				return t.Norm == "'s" || t.Norm == "’s" || t.Text == "." || t.Text == "-"
			}
			if _, isCue := st.cueAt(k); isCue && !t.Cap {
				return false
			}
			if formerWords(t.Norm) || seekingWords[t.Norm] {
				vetoed = true // "former CIA deputy division chief", "candidate for Governor of Virginia"
			}
			if placeOfficeWords[t.Norm] {
				office = true
			}
			if t.Cap && place == "" {
				if side, ok := st.townSideAt(k); ok {
					place = side
				}
			}
			return true
		}
		// the title before the name, perhaps set off by a comma
		k := a - 1
		if k >= 0 && st.toks[k].Text == "," {
			k--
		}
		for n := 0; k >= 0 && n < 10 && look(k); k, n = k-1, n+1 {
		}
		// the apposition after it
		if b < len(st.toks) && st.toks[b].Text == "," {
			for k, n := b+1, 0; k < len(st.toks) && n < 12 && st.toks[k].Text != ","; k, n = k+1, n+1 {
				if !look(k) {
					break
				}
			}
		}
		if office && place != "" && !vetoed {
			return place
		}
	}
	return ""
}
