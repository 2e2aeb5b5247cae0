package claim

import (
	"sort"
	"strings"
)

// The stance convention: a claim is a denial when its speaker denies or
// rejects a statement, an accusation or a fact, not whenever its content
// holds a negation. "X said no soldiers were killed", "she said they
// would not attend" and "X said its troops did not shell the town" are
// assertions (the golds' convention since devgold: negative content under
// a neutral cue is assert, whichever act it denies); "X said the report
// is false", "there is no truth to the reports" and "he pleaded not
// guilty" reject a statement or a charge, so they are denials. One
// negated act is still a denial: the one set against what the speaker
// says it struck "only" ("the strikes are only against the army's
// positions; populated areas are not being targeted"), the rebuttal
// itself.

// denial: the claimed clause calls a statement untrue or denies an act
// the speaker's side is accused of.
func (st *state) denial(a, b int) bool {
	for i := a; i < b; i++ {
		w := st.toks[i].Norm
		kind := wordKinds[w] // one look-up for the lists below (most words are in none)
		if kind&kindDenial != 0 && !st.topicNoun(i) && !st.attributiveDenial(i, b) && !st.lyingDown(i) && !st.purposeNoun(i) && !st.chargedFalsehood(i, a) {
			return true
		}
		if kind&kindInflating != 0 && st.inflatedFigure(i, b) {
			return true // "Djibouti had inflated its own losses": the other side's figure rejected
		}
		if (w == "rubbish" || w == "garbage") && st.rubbishVerdict(i, a) {
			return true // "Totally rubbish," the spokesman said
		}
		if w == "nothing" && st.norm(i+1) == "to" && st.norm(i+2) == "do" && st.norm(i+3) == "with" && untrueNothing[st.norm(i+4)] {
			return true // "has nothing to do with reality": a statement called untrue
		}
		// judgedWrong says no to a word of none of its lists but "tale"
		if (kind&(kindInvented|kindPretext|kindWrong) != 0 || w == "tale" || w == "tales") && st.judgedWrong(i, a) {
			return true // "the figures were wrong": a statement called untrue
		}
		if kind&kindNegator == 0 {
			continue
		}
		if w == "no" {
			// "no role in", "no truth to": a denial; "no attack had
			// occurred", "no soldiers were killed": a statement
			for j := i + 1; j < b && j <= i+2; j++ {
				if hasStem(st.toks[j].Norm, negatedFacts) && !st.factSubject(j, b) {
					return true // "no truth to the reports", "no evidence"
				}
			}
			if st.onlyContrast(a, b) {
				// "targeted only terrorist positions and no civilians
				// were targeted"
				for j := i + 1; j < b && j <= i+4; j++ {
					if w := st.toks[j].Norm; hasStem(w, negatedActs) && !notActs[w] && j > i+1 {
						return true
					}
				}
			}
			continue
		}
		if st.modalBefore(i, a) || st.norm(i+1) == "to" {
			// "would not strike", "should be declared not guilty",
			// "agreed not to fire": a pledge, a wish or an undertaking
			continue
		}
		for j := i + 1; j < b && j <= i+4; j++ {
			w := st.toks[j].Norm
			if strings.HasPrefix(w, "carr") && st.norm(j+1) != "out" {
				continue // "did not carry out the raid" denies; "did not carry a rifle" describes
			}
			if hasStem(w, negatedStatements) {
				return true // "is not true", "not guilty"
			}
			if hasStem(w, negatedActs) && !notActs[w] && st.onlyContrast(a, b) {
				return true
			}
			if st.tagAt(j) == "VERB" {
				// the negation falls on another verb, whose object the act
				// word only describes ("did not cover the bombed sites")
				break
			}
		}
	}
	return false
}

// factSubject: the fact noun at j ("no such evidence") is the subject of
// a finite verb after it ("no such evidence had been shared", "no proof
// was given to the court"): the speaker states that an act did not
// happen, negative content under a neutral cue (assert), not that a
// statement lacks a ground ("there is no evidence of that", "no truth to
// the reports").
func (st *state) factSubject(j, b int) bool {
	switch st.norm(j + 1) {
	case "had", "has", "have", "was", "were":
		return j+2 < b && st.toks[j+2].Word && (st.norm(j+2) == "been" || strings.HasSuffix(st.norm(j+2), "ed") || st.tagAt(j+2) == "VERB")
	}
	return false
}

// untrueNothing: "nothing to do with reality": what a statement is said to
// lack when it is called untrue.
var untrueNothing = map[string]bool{"reality": true, "truth": true, "facts": true, "fact": true}

// onlyContrast: the claimed clause says what the speaker's side struck
// "only" ("targeted only terrorist positions", "are only against the
// army's positions"), so a negated act beside it rebuts an accusation.
func (st *state) onlyContrast(a, b int) bool {
	for i := a; i < b; i++ {
		if st.norm(i) == "only" {
			return true
		}
	}
	return false
}

// hasStem: w starts with one of the stems.
func hasStem(w string, stems []string) bool {
	for _, stem := range stems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// modalBefore: a modal or an infinitive's "to" governs the negation at i
// ("will not attack", "agreed not to fire", "could never be
// found guilty"), within three words back.
func (st *state) modalBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		w := st.norm(k)
		if modals[w] {
			return true
		}
		if w == "," || w == "." || w == ";" || w == "that" {
			return false
		}
	}
	return false
}

// attributiveDenial: the denial adjective at i qualifies a noun that is no
// statement ("carried false passports", "posted “false” messages"): the
// speaker describes a thing, not rejects a claim. "The report is false",
// "baseless accusations" and "fake news" stay denials.
func (st *state) attributiveDenial(i, b int) bool {
	if !denialAdjectives[st.norm(i)] {
		return false
	}
	for k := i + 1; k < b && k <= i+3; k++ {
		t := st.toks[k]
		if !t.Word {
			if t.Text == "“" || t.Text == "”" || t.Text == "\"" || t.Text == "'" || t.Text == "’" || t.Text == "‘" {
				continue // a quoted adjective
			}
			return false
		}
		w := t.Norm
		return !notNounAfter[w] && !statementNouns[w] && !denialWords[w] && !denialAdjectives[w]
	}
	return false
}

// rejectsStatement: the denial cue ending before token ob has for its
// object a statement, an accusation or a fact ("rejected the
// accusations", "denied the attack", "dismissed concerns") rather than a
// measure, a request or a person ("rejected the budget", "denied entry",
// "dismissed the commander"). A clause, a passive or no object keeps the
// denial.
func (st *state) rejectsStatement(ob int) bool {
	verb := st.norm(ob - 1)
	var obj []string
	for k := ob; k < len(st.toks) && k < ob+7; k++ {
		t := st.toks[k]
		if t.Norm == "'s" || t.Norm == "’s" || t.Norm == "'" || t.Norm == "’" || t.Norm == "-" {
			continue // "rejected Kyiv's claims", "U.S.-led"
		}
		if !t.Word || objectStops[t.Norm] {
			break
		}
		obj = append(obj, t.Norm)
	}
	if len(obj) == 0 {
		return true // "denied that ...", "denied, saying", "X, a claim Y rejects."
	}
	switch {
	case verb == "out" && strings.HasPrefix(st.norm(ob-2), "rul"):
		// "ruled out any involvement": a denial of an act or a claim;
		// "ruled out an early election", "rules out talks": a decision
		// about what will be, asserted
		for _, w := range obj {
			if statementNouns[w] || rejectedStatements[w] || ruledOutActs[w] {
				return true
			}
		}
		return false
	case strings.HasPrefix(verb, "reject") || strings.HasPrefix(verb, "rebuff"):
		// rejecting is a denial only of what states something
		if objectPronouns[obj[0]] {
			return true
		}
		if obj[0] == "what" && st.labelledStatement(ob+1) {
			return true // "rejected what he called “a campaign of slander”"
		}
		for _, w := range obj {
			if statementNouns[w] || rejectedStatements[w] {
				return true
			}
		}
		return false
	case strings.HasPrefix(verb, "den") || strings.HasPrefix(verb, "dismiss"):
		if st.deniedGerund(ob) >= 0 {
			// "denied obstructing aid", "denied ever receiving a bribe":
			// an act of the speaker denied, whatever its object ("aid")
			return true
		}
		for _, w := range obj {
			if deniedNonStatements[w] {
				return false
			}
		}
	}
	return true
}

// deniedGerund: the object of a denial cue starting at token ob opens,
// after at most an adverb ("ever", "again"), with a verb's -ing form the
// tagger reads as a verb: the act denied ("denied obstructing aid",
// "denies ever taking bribes"). It returns the gerund's index, else -1.
// A noun in -ing ("denied housing", "denied funding") is what is refused.
func (st *state) deniedGerund(ob int) int {
	k := ob
	if w := st.norm(k); w == "ever" || w == "again" || w == "personally" {
		k++
	}
	if k >= len(st.toks) || !st.toks[k].Word || !strings.HasSuffix(st.norm(k), "ing") {
		return -1
	}
	if st.norm(k) != "having" && st.tagAt(k) != "VERB" {
		return -1
	}
	return k
}

// disputedFigures are what a dispute rejects besides statements: numbers
// another party gave ("disputed the figures", "disputes the toll").
var disputedFigures = map[string]bool{
	"figure": true, "figures": true, "number": true, "numbers": true, "toll": true, "tally": true,
	"count": true, "estimate": true, "estimates": true, "data": true, "results": true, "result": true,
}

// disputedStatement: the object of "disputed" starting at token k names
// a statement, a finding or a figure within a few words ("the
// assessment", "both figures", "Kyiv's account"), so the dispute rejects
// what another said.
func (st *state) disputedStatement(k, b int) bool {
	for i := k; i < b && i < k+5; i++ {
		w := st.norm(i)
		if statementNouns[w] || rejectedStatements[w] || disputedFigures[w] {
			return true
		}
		if !st.toks[i].Word && w != "'s" && w != "’s" && w != "-" {
			return false
		}
	}
	return false
}

// ruledOutActs are what "ruled out" denies (a part in an act, a cause)
// rather than a plan it declines ("ruled out any involvement", "ruled
// out foul play" against "ruled out an early election").
var ruledOutActs = map[string]bool{
	"involvement": true, "role": true, "responsibility": true, "foul": true, "link": true, "links": true,
	"connection": true, "participation": true, "complicity": true, "sabotage": true, "terrorism": true,
}

// wrongWords call a statement or a figure mistaken when predicated of it.
var wrongWords = map[string]bool{
	"wrong": true, "incorrect": true, "inaccurate": true, "untrue": true, "false": true,
	"exaggerated": true, "inflated": true, "mistaken": true, "misleading": true, "deceptive": true,
}

// pretextNouns call a statement a means to another end when predicated
// of it with an article ("are an attempt to justify", "a pretext for").
var pretextNouns = map[string]bool{
	"attempt": true, "pretext": true, "ploy": true, "smokescreen": true, "excuse": true,
	"provocation": true, "cover": true, "cover-up": true, "distraction": true, "fabrication": true,
}

// judgedWrong: the word at i calls a statement or a figure named as the
// subject before it wrong ("the figures were wrong", "the report is
// inaccurate"): the speaker rejects a claim. "the road was wrong" or "it
// is wrong to strike" judge no statement.
//
// A statement called a pretext ("the claims are an attempt to justify
// the raid", "the accusations are a ploy", "the reports were a
// smokescreen") is rejected so too: the speaker says what it is for,
// not that it is true. So is one called an invention ("the claims are
// pure fiction", "the army's figures were “pure fantasy”", "the toll
// was invented"), and a quotation mark or an intensifier may stand
// between the verb and the judgement ("were “an attempt to hide the
// collapse”", "is another ploy"). A demonstrative that opens the
// claimed clause stands for the statement before it when what it is
// called can only be an invention ("This is a fairy tale written to
// justify the siege", "That is pure fiction"); a pretext needs a
// statement's noun ("This is an attempt to divide us" may judge an act).
func (st *state) judgedWrong(i, a int) bool {
	w := st.norm(i)
	invention := inventedWords[w] || (w == "tale" || w == "tales") && st.norm(i-1) == "fairy"
	k := i - 1
	if w == "tale" || w == "tales" {
		k--
	}
	switch {
	case pretextNouns[w] || invention:
	case wrongWords[w]:
		if st.norm(i+1) == "to" {
			return false // "it is wrong to strike"
		}
	default:
		return false
	}
	for ; k >= a && k > i-5; k-- {
		if st.isOpenQuote(k) || judgementModifiers[st.norm(k)] {
			continue
		}
		if d := st.norm(k); (d == "a" || d == "an" || d == "another") && (pretextNouns[w] || invention) {
			continue
		}
		break
	}
	if pretextNouns[w] && !invention && !st.pretextArticle(i) {
		// a pretext needs its article: "the attacks were provocation"
		// judges acts
		return false
	}
	if k-1 < a {
		return false
	}
	switch st.norm(k) {
	case "is", "are", "was", "were", "been":
	default:
		return false
	}
	// "reports that C were invented": the noun before "that" is judged,
	// inside the claimed words or just before them
	nounClause := a >= 2 && st.norm(a-1) == "that" && statementNouns[st.norm(a-2)] && st.lowerWord(a-2) && st.clauseVerbIn(a, k)
	for j := a; j < k; j++ {
		if st.norm(j) == "that" && j > a && statementNouns[st.norm(j-1)] && st.lowerWord(j-1) && st.clauseVerbIn(j+1, k) {
			nounClause = true
			continue
		}
		if st.norm(j) == "that" && j > a {
			// the judgement is in a later clause than the content's
			// first ("said soldiers fired first, and that the story was
			// invented"; a nested claim whose words run on into the
			// reporting clause "..., a source told X that the figure was
			// invented"): the first clause keeps the claim's stance
			return false
		}
	}
	if nounClause {
		return true
	}
	if invention && k-1 >= a && demonstratives[st.norm(k-1)] && (k-1 == a || st.isOpenQuote(k-2)) {
		return true // "This is a fairy tale", "“That is pure fiction"
	}
	for j := k - 1; j >= a && j >= k-3; j-- {
		w := st.norm(j)
		if statementNouns[w] || evidenceNouns[w] || w == "figures" || w == "figure" || w == "numbers" || w == "toll" || w == "estimates" || w == "data" {
			return true
		}
		if !st.toks[j].Word {
			return false
		}
	}
	return (invention || wrongWords[w]) && st.evidenceSubject(a, k)
}

// evidenceNouns name what a party shows as proof of its account: called
// staged or invented, it is that account rejected ("the video was
// staged").
var evidenceNouns = map[string]bool{
	"pictures": true, "picture": true, "photos": true, "photo": true, "photographs": true, "photograph": true,
	"images": true, "image": true, "video": true, "videos": true, "footage": true, "film": true, "recording": true,
}

// evidenceSubject: the clause from token a up to its copula at k has for
// its head a proof's noun, however long its modifiers
// ("the pictures of captured soldiers shown by the rebels were
// staged"): no comma, relative or second clause between. (A statement's
// noun far from its verdict is left to the rules above: "the charges
// against her had been invented by the security service" is asserted.)
func (st *state) evidenceSubject(a, k int) bool {
	h := a
	for h < k && (st.norm(h) == "the" || st.norm(h) == "these" || st.norm(h) == "those" || st.norm(h) == "this" || possessiveDet[st.norm(h)]) {
		h++
	}
	if h >= k || !evidenceNouns[st.norm(h)] || !st.lowerWord(h) {
		return false
	}
	for j := h + 1; j < k; j++ {
		if w := st.norm(j); w == "," || w == "that" || w == "which" || w == "who" || w == "and" || w == ";" || !st.toks[j].Word && w != "-" {
			return false
		}
	}
	return true
}

// inventedWords call a statement made up when predicated of it ("the
// claims are pure fiction", "the figure was invented").
var inventedWords = map[string]bool{
	"fiction": true, "fantasy": true, "fantasies": true, "invention": true, "invented": true,
	"hoax": true, "fabrication": true, "fabricated": true, "made-up": true, "concocted": true,
	"staged": true, "fable": true, "fables": true, "myth": true, "myths": true,
}

// judgementModifiers stand between a copula and the judgement it makes
// ("are pure fiction", "were completely wrong", "is nothing but a ploy").
var judgementModifiers = map[string]bool{
	"completely": true, "simply": true, "totally": true, "entirely": true, "wholly": true,
	"clearly": true, "grossly": true, "also": true, "all": true, "pure": true, "sheer": true,
	"utter": true, "complete": true, "total": true, "absolute": true, "absolutely": true,
	"mere": true, "merely": true, "just": true, "nothing": true, "but": true, "blatant": true,
	"outright": true, "obviously": true, "deliberately": true, "again": true, "yet": true,
	// degree adverbs grade the wrongness and keep the judgement ("were
	// wildly exaggerated", "is patently false", "are vastly inflated")
	"wildly": true, "vastly": true, "hugely": true, "greatly": true, "massively": true, "highly": true,
	"patently": true, "manifestly": true, "plainly": true, "utterly": true, "factually": true,
	"seriously": true, "deeply": true, "badly": true, "heavily": true, "very": true,
	// an adjective that scorns the pretext keeps it one ("a desperate
	// attempt to hide a defeat", "a cynical ploy", "the latest
	// provocation"): what the statement is called is still a means to
	// another end
	"desperate": true, "cynical": true, "clumsy": true, "crude": true, "transparent": true,
	"pathetic": true, "feeble": true, "shameless": true, "brazen": true, "deliberate": true,
	"calculated": true, "futile": true, "last-ditch": true, "new": true, "latest": true, "further": true,
}

// demonstratives stand for a statement named before them.
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// tagAt is the part of speech the tagger gave token i, "" when its
// sentence is untagged (the tags come before and without the parse).
func (st *state) tagAt(i int) string {
	si := st.sentOf[i]
	if si < 0 || si >= len(st.doc.Sentences) {
		return ""
	}
	toks := st.doc.Sentences[si].Tokens
	start := st.toks[i].Start
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= start })
	if k < len(toks) && toks[k].Start == start {
		return toks[k].UPOS
	}
	return ""
}

// lyingDown: "lie", "lies" or "lying" at i is the verb of lying
// somewhere or resting with someone, which tells no lie: "bodies were
// still lying along the road", "lying dead in the street", "the
// responsibility lies entirely with Kyiv", "the blame lies with the
// junta", "hard days lie ahead". The nouns ("spreading lies about the
// war", "lies and propaganda", "lies on social media") stay denials.
func (st *state) lyingDown(i int) bool {
	w := st.norm(i)
	next := st.norm(i + 1)
	switch w {
	case "lying":
		return lyingPlaces[next]
	case "lie", "lies":
		if (st.tagAt(i) == "VERB" || labelRelatives[st.norm(i-1)]) && liePlaces[next] {
			// "the pass lies on the Indian side", "the town lies in
			// ruins", "a village that lies inside its borders" (after a
			// relative word the tagger may read a noun)
			return true
		}
		if next == "about" && st.tagAt(i+2) == "NUM" {
			return true // "the depot lies about 20 km from the border"; "Moscow lies about its losses" lies
		}
		prev := st.norm(i - 1)
		if strings.HasSuffix(prev, "ly") && st.lowerWord(i-1) {
			prev = st.norm(i - 2) // "the truth usually lies"
		}
		return lieRests[next] || lieRests[st.norm(i+2)] && lieDegrees[next] || restingNouns[prev]
	}
	return false
}

// lyingPlaces follow "lying" somewhere or in some state.
var lyingPlaces = map[string]bool{
	"along": true, "on": true, "in": true, "under": true, "near": true, "beside": true, "at": true,
	"around": true, "by": true, "across": true, "outside": true, "inside": true, "dead": true,
	"wounded": true, "injured": true, "unconscious": true, "motionless": true, "face": true,
	"low": true, "there": true, "here": true, "beneath": true, "among": true,
}

// liePlaces follow the verb "lie(s)" where something is ("lies on the
// Indian side", "lies in ruins", "lies near the border"); "lies to the
// public" tells lies, and so does "lies about" unless a number follows
// (lyingDown).
var liePlaces = map[string]bool{
	"on": true, "in": true, "at": true, "along": true, "near": true, "inside": true, "outside": true,
	"across": true, "beyond": true, "between": true, "within": true, "north": true, "south": true,
	"east": true, "west": true,
}

// clauseVerbIn: tokens [a, b) hold a verb the tagger tagged.
func (st *state) clauseVerbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := st.tagAt(k); t == "VERB" || t == "AUX" {
			return true
		}
	}
	return false
}

// lieRests follow the verb "lie(s)" where something rests or is placed
// ("lies with", "lie ahead", "lies beyond"), never the noun.
var lieRests = map[string]bool{
	"with": true, "ahead": true, "beyond": true, "beneath": true, "behind": true, "within": true,
	"elsewhere": true, "somewhere": true, "between": true, "dormant": true, "idle": true, "empty": true, "abandoned": true,
}

// lieDegrees stand between "lies" and where it rests ("lies entirely
// with", "lies squarely with").
var lieDegrees = map[string]bool{
	"entirely": true, "squarely": true, "solely": true, "wholly": true, "fully": true,
	"mainly": true, "largely": true, "partly": true, "firmly": true, "only": true,
	"exclusively": true, "primarily": true, "still": true, "clearly": true, "just": true,
}

// restingNouns are subjects of the verb "lie(s)": responsibility and its
// kin rest with someone ("the responsibility lies in Yerevan").
var restingNouns = map[string]bool{
	"responsibility": true, "blame": true, "fault": true, "onus": true, "burden": true,
	"guilt": true, "problem": true, "answer": true, "solution": true, "key": true,
	"future": true, "power": true, "danger": true, "challenge": true, "truth": true,
}

// pretextArticle: the pretext noun at k has its article before it, past
// an opening quotation mark and an intensifier ("a ploy", "“another
// attempt", "a blatant provocation").
func (st *state) pretextArticle(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := st.norm(j); {
		case w == "a" || w == "an" || w == "another":
			return true
		case st.isOpenQuote(j) || judgementModifiers[w]:
		default:
			return false
		}
	}
	return false
}

// purposeNoun: the denial word at i is what something is done for
// ("Kyiv was parading them for propaganda", "for propaganda purposes"),
// not a verdict on a statement.
func (st *state) purposeNoun(i int) bool {
	k := i - 1
	if st.isOpenQuote(k) {
		k--
	}
	return st.norm(k) == "for"
}

// inflatingVerbs make a figure larger than it is.
var inflatingVerbs = map[string]bool{
	"inflated": true, "exaggerated": true, "overstated": true, "inflating": true, "exaggerating": true,
	"overstating": true, "inflates": true, "exaggerates": true, "overstates": true,
}

// inflatedFigure: the inflating verb at i has a figure or a toll for its
// object within a few words ("had exaggerated its own losses",
// "is inflating the death toll"): the speaker rejects another's count.
// "inflated prices" or "the figures were exaggerated" (judgedWrong's)
// are not this.
func (st *state) inflatedFigure(i, b int) bool {
	if !st.lowerWord(i) || st.tagAt(i) != "VERB" {
		return false
	}
	for j := i + 1; j < b && j <= i+4; j++ {
		w := st.norm(j)
		if disputedFigures[w] || lossNouns[w] {
			return true
		}
		if !st.toks[j].Word {
			return false
		}
	}
	return false
}

// lossNouns name a side's losses as a count.
var lossNouns = map[string]bool{
	"losses": true, "casualties": true, "dead": true, "death": true, "deaths": true, "killed": true,
}

// chargedFalsehood: the denial word at i names what someone is charged
// with spreading, after "of" and a gerund ("accused the channel of airing
// “false information”", "accused it of spreading lies"): the speaker
// accuses, and calls no statement of its own untrue.
func (st *state) chargedFalsehood(i, a int) bool {
	g := i - 1
	for g > a && g >= i-4 && !strings.HasSuffix(st.norm(g), "ing") {
		w := st.norm(g)
		if !st.toks[g].Word || articleLike(w) || denialAdjectives[w] {
			g--
			continue
		}
		return false
	}
	return g > a && strings.HasSuffix(st.norm(g), "ing") && st.norm(g-1) == "of"
}

// articleLike: determiners that may open what a charge names.
func articleLike(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "so-called":
		return true
	}
	return false
}

// rubbishVerdict: "rubbish" or "garbage" at i is a verdict on a
// statement, not refuse: it opens the claim or follows an intensifier or
// a copula ("Totally rubbish", "complete garbage", "That is rubbish").
func (st *state) rubbishVerdict(i, a int) bool {
	p := i - 1
	for p >= a && !st.toks[p].Word {
		p--
	}
	if p < a {
		// the claim opens with it: a verdict only when nothing follows
		// ("Rubbish."), not "rubbish had piled up"
		n := i + 1
		for n < len(st.toks) && !st.toks[n].Word && !isEnd(st.toks[n].Text) {
			n++
		}
		return n >= len(st.toks) || !st.toks[n].Word
	}
	switch st.norm(p) {
	case "totally", "complete", "completely", "utter", "utterly", "absolute", "absolutely", "pure", "total", "is", "was", "are", "were", "'s":
		return true
	}
	return false
}

// labelledStatement: after "what" at k-1, a speaker's label names a
// statement or calls one untrue ("what he called “a campaign of
// slander”", "what it described as false reports"): the label verb
// within three words, then a denial word or a statement noun within the
// next eight.
func (st *state) labelledStatement(k int) bool {
	v := -1
	for j := k; j < len(st.toks) && j < k+3; j++ {
		if wordKinds[st.norm(j)]&kindLabel != 0 {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	for j := v + 1; j < len(st.toks) && j < v+9; j++ {
		w := st.norm(j)
		if w == "." || w == ";" {
			break
		}
		if denialWords[w] || statementNouns[w] {
			return true
		}
	}
	return false
}

func isEnd(t string) bool { return t == "." || t == "!" || t == "?" || t == ";" || t == "," }
