package claim

import (
	"sort"
	"strings"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// parsed returns the parsed token of sentence si that starts where token
// i starts, with its 1-based index; ok is false when the sentence carries
// no parse or no token starts there.
func (st *state) parsed(si, i int) (parallax.Token, int, bool) {
	if si < 0 || si >= len(st.doc.Sentences) || i < 0 || i >= len(st.toks) {
		return parallax.Token{}, 0, false
	}
	if !st.doc.Parsed(si) { // parses it now in the pipeline
		return parallax.Token{}, 0, false
	}
	return st.sentenceToken(si, i)
}

// tagged is parsed for a reader of the token's tags (UPOS, XPOS) alone:
// ok is the same, but the sentence is not parsed for it, since the
// tagger, not the parser, set them. (Read as parsed, the tags of a word
// in a clause with a cue made the pipeline parse sentences that no
// reader of heads and relations asked for.)
func (st *state) tagged(si, i int) (parallax.Token, bool) {
	if si < 0 || si >= len(st.doc.Sentences) || i < 0 || i >= len(st.toks) || !st.doc.ParsedOnDemand(si) {
		return parallax.Token{}, false
	}
	t, _, ok := st.sentenceToken(si, i)
	return t, ok
}

// sentenceToken returns the token of sentence si that starts where token
// i starts, with its 1-based index.
func (st *state) sentenceToken(si, i int) (parallax.Token, int, bool) {
	sent := st.doc.Sentences[si]
	start := st.toks[i].Start
	k := sort.Search(len(sent.Tokens), func(k int) bool { return sent.Tokens[k].Start >= start })
	if k < len(sent.Tokens) && sent.Tokens[k].Start == start {
		return sent.Tokens[k], k + 1, true
	}
	return parallax.Token{}, 0, false
}

// finiteVerbIn: the parse tags a finite verb or a modal in tokens [a, b)
// of sentence si ("the leader of the movement" has none, "Rebels took
// the town" has one).
func (st *state) finiteVerbIn(si, a, b int) bool {
	for i := a; i < b; i++ {
		if t, ok := st.tagged(si, i); ok {
			switch t.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// insertion: the clause break at token i ("however", "while") opens a
// comma-delimited insertion that closes before the cue at ca ("The
// ministry, however, said", "Casin, while condemning the violence,
// says"), so the subject before it still governs the cue.
func (st *state) insertion(i, ca int) bool {
	if st.norm(i+1) == "," {
		return true // ", however, said"
	}
	if !strings.HasSuffix(st.norm(i+1), "ing") {
		return false
	}
	for k := i + 2; k < ca; k++ {
		if st.norm(k) == "," {
			for j := k + 1; j < ca; j++ {
				if !adverbials[st.norm(j)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// appositivePerson finds a person named in apposition right before the
// cue at ca, after the title that opens the clause: "The Foreign
// Secretary, Boris Johnson, said", "the leader of the movement, Florence
// Ozor, said", "Erdogan's communication chief, Fahrettin Altun, Monday
// tweeted", "Malaysia's Prime Minister, Najib Razak said". The person,
// not a body named in the title, speaks; a person without a side takes
// the side of the body their title names.
func (st *state) appositivePerson(si, a, ca int) (speaker, bool) {
	if v, ok := st.coordinatedFirstVerb(si, a, ca); ok {
		ca = v // "The Minister, General NAME, visited the wounded and said"
	}
	e := ca
	for e > a && (adverbials[st.norm(e-1)] || calendarWords[st.norm(e-1)]) {
		e--
	}
	if st.norm(e-1) == "," {
		e--
		e = st.beforeRankApposition(a, e)
	}
	ei, ea, ok := st.entityEndingAt(e)
	if !ok || st.doc.Entities[ei].Kind != parallax.KindPerson {
		return speaker{}, false
	}
	nameA := ea
	// a rank the entity leaves out ("Lt. Gen. Stephen J. Townsend")
	for k := 0; k < 4 && ea-1 > a && (st.norm(ea-1) == "." || st.toks[ea-1].Cap && (len(st.toks[ea-1].Text) <= 5 || longRank(st.norm(ea-1)))); k++ {
		ea--
	}
	if ea <= a+1 || st.norm(ea-1) != "," || st.inQuote(ea) && !st.inQuote(ca) {
		return speaker{}, false
	}
	if pronoun(st.doc.Entities[ei].Text) {
		return speaker{}, false
	}
	// the title before the comma: a noun phrase without a finite verb or
	// a quotation, opening the clause
	t0 := a
	for k := ea - 2; k >= a; k-- {
		if st.norm(k) == "," || st.norm(k) == ";" || st.isCloseQuote(k) || st.isOpenQuote(k) {
			t0 = k + 1
			break
		}
	}
	if t0 >= ea-1 || ea-1-t0 > 30 || st.finiteVerbIn(si, t0, ea-1) {
		return speaker{}, false
	}
	words := 0
	for k := t0; k < ea-1; k++ {
		if _, isCue := st.cueAt(k); isCue && !st.toks[k].Cap {
			return speaker{}, false
		}
		if w := st.norm(k); w == "including" || w == "like" || w == "among" || w == "as" && st.norm(k-1) == "such" {
			return speaker{}, false // "Critics, including X, suggest": the group speaks
		}
		if st.toks[k].Word {
			words++
		}
	}
	if words == 0 || words > 14 {
		return speaker{}, false
	}
	spk := st.speakerFromEntity(ei, nameA, e)
	if spk.side == "" && !prepositions(st.norm(t0)) && !st.formerIn(t0, ea-1) {
		for k := t0; k < ea-1; k++ {
			if w := st.norm(k - 1); w == "to" || w == "in" || w == "at" || w == "from" {
				continue // "ambassador to Ivory Coast": where they serve, not whom for
			}
			ej, eb, ok := st.entityStartingAt(k)
			if ok && eb <= ea-1 && st.doc.Entities[ej].Side == "" && st.doc.Entities[ej].Kind == parallax.KindOrganization && (st.norm(eb) == "'s" || st.norm(eb) == "’s") {
				break // "Amnesty International's Nigeria director, NAME": the NGO's post
			}
			if ok && eb <= ea-1 && st.doc.Entities[ej].Side != "" {
				spk.side = st.doc.Entities[ej].Side
				break
			}
		}
	}
	return spk, true
}

// coordinatedFirstVerb: the cue at ca follows "and" and the parse coordinates
// it with a finite verb between a and the cue ("The Minister of Defence,
// General NAME, visited the wounded and said"): the subject before that
// first verb is the cue's subject, so the apposition is looked for before
// it. It returns the first verb's token.
func (st *state) coordinatedFirstVerb(si, a, ca int) (int, bool) {
	k := ca - 1
	for k > a && adverbials[st.norm(k)] {
		k--
	}
	if st.norm(k) != "and" {
		return 0, false
	}
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "conj" || t.Head <= 0 {
		return 0, false
	}
	sent := st.doc.Sentences[si]
	if t.Head > len(sent.Tokens) {
		return 0, false
	}
	head := sent.Tokens[t.Head-1]
	switch {
	case head.XPOS == "VBD" || head.XPOS == "VBZ" || head.XPOS == "VBP":
	case head.XPOS == "VBN" && head.Rel == "root":
		// a past tense the tagger read as a participle ("General NAME,
		// toured the base and said"); as the sentence's root it is finite
	default:
		return 0, false
	}
	v, ok := st.tokenAt(head.Start)
	if !ok || v <= a+1 || v >= k || st.norm(v-1) != "," {
		return 0, false // only right after the comma that closes the apposition
	}
	return v, true
}

// beforeRankApposition: the comma at token e closes a short lower-case
// apposition after a name ("Tukur Gusau, a major general, disclosed",
// "NAME, a retired colonel, said"): it returns the comma that opens it,
// so the name before it is found; else e.
func (st *state) beforeRankApposition(a, e int) int {
	for k := e - 1; k > a && k >= e-6; k-- {
		if st.norm(k) != "," {
			continue
		}
		if w := st.norm(k + 1); w != "a" && w != "an" || k+2 >= e {
			return e
		}
		for j := k + 2; j < e; j++ {
			if !st.toks[j].Word || st.toks[j].Cap {
				return e // a named body, not a rank ("a spokesman for NAME")
			}
			if !longRank(st.norm(j)) && !rankQualifiers[st.norm(j)] {
				return e
			}
		}
		return k
	}
	return e
}

// rankQualifiers may stand before a rank in an apposition ("a retired
// major general", "a serving colonel").
var rankQualifiers = map[string]bool{
	"major": true, "retired": true, "serving": true, "senior": true, "rear": true, "vice": true,
	"air": true, "lieutenant-general": true, "major-general": true, "brigadier-general": true,
}

// longRank: the word is one of longRanks, or ranks joined by hyphens
// ("Colonel-Major", "Lieutenant-Colonel").
func longRank(w string) bool {
	if longRanks[w] {
		return true
	}
	parts := strings.Split(w, "-")
	for _, p := range parts {
		if !longRanks[p] && p != "major" {
			return false
		}
	}
	return len(parts) > 1
}

// longRanks are ranks too long to pass for an abbreviation ("Colonel
// Naw Bu", "Brigadier General NAME").
var longRanks = map[string]bool{
	"colonel": true, "general": true, "lieutenant": true, "brigadier": true, "captain": true,
	"admiral": true, "sergeant": true, "commander": true, "marshal": true, "commodore": true,
}

// nounSubject reads the parse's nominal subject of the cue at ca when it
// is a common noun that no entity covers ("The owner said", "An owner of
// a printing press, who requested anonymity, told VOA"): the noun phrase
// up to its head speaks, with no side.
func (st *state) nounSubject(si, a, ca int) (speaker, bool) {
	_, verb, ok := st.parsed(si, ca)
	if !ok {
		return speaker{}, false
	}
	sent := st.doc.Sentences[si].Tokens
	subj := subjectOf(sent, verb, false)
	if subj < 0 || sent[subj].UPOS != "NOUN" {
		return speaker{}, false
	}
	head := sent[subj]
	// the head's own modifiers before it: determiners, adjectives,
	// compounds
	lo := head.Start
	for k := subj - 1; k >= 0; k-- {
		u := sent[k]
		if u.Head != subj+1 {
			break
		}
		switch u.Rel {
		case "det", "amod", "compound", "nmod:poss", "case", "nummod":
			lo = u.Start
			continue
		}
		break
	}
	sa, sb := -1, -1
	for i := a; i < ca; i++ {
		if st.toks[i].Start >= lo && sa < 0 {
			sa = i
		}
		if st.toks[i].End <= head.End {
			sb = i + 1
		}
	}
	if sa < 0 || sb <= sa || st.inQuote(sa) {
		return speaker{}, false
	}
	for sa < sb && (st.norm(sa) == "the" || st.norm(sa) == "a" || st.norm(sa) == "an") {
		sa++
	}
	if sa >= sb {
		return speaker{}, false
	}
	return speaker{a: sa, b: sb, ent: -1}, true
}

// subjectOf is the 0-based index of the nominal subject of the verb at
// 1-based index verb: its own, that of the verb it is coordinated with
// ("addressed the girls and said"), or, for a relative pronoun, the noun
// the relative clause modifies ("Washington, which claims"); -1 if none.
func subjectOf(sent []parallax.Token, verb int, conj bool) int {
	for hop := 0; hop < 3 && verb > 0 && verb <= len(sent); hop++ {
		for k, t := range sent {
			if t.Head != verb || (t.Rel != "nsubj" && t.Rel != "nsubj:outer") {
				continue
			}
			if w := strings.ToLower(t.Text); (w == "which" || w == "who" || w == "that") && strings.HasPrefix(sent[verb-1].Rel, "acl") {
				if h := sent[verb-1].Head; h >= 1 && h <= len(sent) {
					return h - 1
				}
				return -1
			}
			return k
		}
		v := sent[verb-1]
		if v.Rel != "conj" || !conj || v.Head < 1 || v.Head > len(sent) {
			return -1
		}
		verb = v.Head
	}
	return -1
}

// clauseFollows: the parse makes the words from token j a clause
// complement of the cue at ca, reported without "that" ("is warning it
// could turn to ...", "declared the war was over"): token j or the one
// after it is the subject of a ccomp of the cue.
func (st *state) clauseFollows(si, ca, j int) bool {
	_, verb, ok := st.parsed(si, ca)
	if !ok {
		return false
	}
	sent := st.doc.Sentences[si].Tokens
	for k := j; k <= j+4 && k < len(st.toks) && (k <= j+1 || st.toks[k].Word); k++ {
		// ("suggested the real figure could be double": the subject may
		// start a few words in)
		t, _, ok := st.parsed(si, k)
		if !ok || !strings.HasPrefix(t.Rel, "nsubj") || t.Head < 1 || t.Head > len(sent) {
			continue
		}
		h := sent[t.Head-1]
		if h.Rel == "ccomp" && h.Head == verb {
			return true
		}
	}
	// a clause complement verb shortly after, with no punctuation before
	// it but a possessive ("show the Iranian-flagged cargo ship Jairan
	// departed", "explained the army's focus began"), even
	// where the parse took its subject for the cue's object
	for k := j; k < len(st.toks) && k < j+10 && (st.toks[k].Word || st.norm(k) == "'s" || st.norm(k) == "’s"); k++ {
		if t, _, ok := st.parsed(si, k); ok && t.Rel == "ccomp" && t.Head == verb && t.UPOS == "VERB" && k > j {
			return true
		}
		// a finite verb or a copula clause the parse hung on the cue as
		// its object or open complement ("found a quarter of voters
		// support the plan", "found most of the dead were civilians")
		// ("shows how weak the courts are" is an exclamation, no report)
		if t, idx, ok := st.parsed(si, k); ok && k > j+1 && !whWords[st.norm(j)] && (t.Rel == "xcomp" || t.Rel == "obj") && t.Head == verb && st.finiteHead(sent, idx, t) {
			return true
		}
	}
	// a modal right after a short noun phrase ("suggested French
	// presidential ambitions may be behind it", "suggested the
	// minister's resignation may be"): an object is never
	// followed by a modal, a clause's subject is, whatever the parse
	for k := j; k < len(st.toks) && k < j+7 && (st.toks[k].Word || k > j && (st.norm(k) == "'s" || st.norm(k) == "’s")); k++ {
		if clauseModals[st.norm(k)] {
			return k > j && !whWords[st.norm(j)]
		}
		if tag := st.tagAt(k); tag == "VERB" || tag == "AUX" || tag == "ADP" || tag == "SCONJ" || tag == "PART" && st.toks[k].Word {
			break
		}
	}
	return st.copulaClause(j)
}

// tensedAux are the forms of "be" and "have" that open a clause's
// predicate after its subject.
var tensedAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// copulaClause: a tensed "be" or "have" follows a noun phrase that opens
// at j, joined only by "of", "and" and possessives ("found two-thirds
// of farmers and half of traders are worried", "showed most of the
// dead were civilians"): a clause without "that" whose subject the parse
// may have taken for the cue's object. A relative word or a verb before
// it makes it part of the object ("found the men who were missing").
func (st *state) copulaClause(j int) bool {
	if j >= len(st.toks) || whWords[st.norm(j)] || st.norm(j) == "that" {
		return false
	}
	for k := j; k < len(st.toks) && k < j+10; k++ {
		w := st.norm(k)
		if !st.toks[k].Word && w != "'s" && w != "’s" && w != "-" {
			return false
		}
		if tensedAux[w] {
			return k > j && st.toks[k-1].Word && st.tagAt(k-1) != "ADP"
		}
		if w == "of" || w == "and" {
			continue
		}
		switch st.tagAt(k) {
		case "VERB", "AUX", "ADP", "SCONJ", "PART", "PRON":
			return false
		}
	}
	return false
}

// clauseModals are the modals that follow a reported clause's subject.
var clauseModals = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "will": true, "can": true,
	"should": true, "must": true,
}

// whWords open an indirect question or exclamation.
var whWords = map[string]bool{"how": true, "why": true, "what": true, "whether": true, "if": true, "who": true, "when": true, "where": true}

// finiteHead: the parse token t (1-based index idx in sent) heads a
// finite clause: a verb in a tense, or a copula or modal in a tense among
// its dependents.
func (st *state) finiteHead(sent []parallax.Token, idx int, t parallax.Token) bool {
	switch t.XPOS {
	case "VBD", "VBZ", "VBP":
		return t.UPOS == "VERB"
	}
	for _, u := range sent {
		if u.Head == idx && (u.Rel == "cop" || u.Rel == "aux") {
			switch u.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// accusations are the cues whose agentless passive still reports a claim
// of someone unnamed ("Paris was accused of aiding rebels").
var accusations = map[string]bool{"accuse": true, "blame": true, "allege": true}

// agentCues are the speech acts whose participle with an agent reports a
// claim of that agent.
var agentCues = map[string]bool{
	"claim": true, "deny": true, "dismiss": true, "reject": true, "refute": true, "dispute": true,
	"confirm": true, "report": true, "condemn": true, "accuse": true, "blame": true, "allege": true,
}

// byAgent handles a participle cue with its agent and no auxiliary, a
// reduced relative or a coordinated predicate: "multiple attacks, also
// claimed by Da'esh, have killed 35", "a hypothesis raised by a lawyer,
// but dismissed by ambassador Simon as a conspiracy theory". The agent
// speaks; what is claimed is the sentence around it.
func (st *state) byAgent(si, a, b, ca, cb int, c cue) {
	if !agentCues[c.lemma] {
		return // "a book written by X", "a plan announced by": no claim
	}
	j := cb + 1
	if st.norm(j) == "the" {
		j++
	}
	var spk speaker
	if ei, eb, ok := st.entityStartingAt(j); ok {
		spk = st.speakerFromEntity(ei, j, eb)
	} else if ei, ea, eb, ok := st.entityAfterTitle(j, b); ok {
		spk = st.speakerFromEntity(ei, ea, eb)
	} else {
		return
	}
	// what is claimed: the clause or noun phrase the participle follows
	end := ca - 1
	for end > a && (st.norm(end) == "also" || st.norm(end) == "but" || st.norm(end) == "and" || st.norm(end) == ",") {
		end--
	}
	st.addDraft(draft{cueA: ca, cueB: cb, contA: st.clauseStart(a, end+1), contB: end + 1, spk: spk, deny: c.deny, passive: true})
}

// relay handles ", quoting X, C" and ", citing X": the source an outlet
// relays speaks in turn, with its own claim (nested in the outlet's).
// The phrase must end in a name or a speaker noun ("citing officials"),
// not in a topic ("citing the Taliban's opposition").
func (st *state) relay(si, a, b, i int) bool {
	j := i + 1
	end := j
	depth := 0
	for end < b && (depth > 0 || st.toks[end].Text != "," && st.toks[end].Text != "." && st.toks[end].Text != ";") {
		switch st.toks[end].Text {
		case "(":
			depth++
		case ")":
			depth--
		}
		end++
	}
	last := end - 1
	for last > j && !st.toks[last].Word {
		last--
	}
	data := last > j && issuedNouns[st.norm(last)] && st.lowerWord(last) && st.issuerNamed(j, last)
	if last < j || !(st.toks[last].Cap || speakerNouns[st.norm(last)] || data) || st.inQuote(last) {
		return false
	}
	if st.norm(last) == "opposition" && (st.norm(last-1) == "'s" || st.norm(last-1) == "'") {
		return false // "citing the Taliban's opposition": a stance, not the opposition party
	}
	spk := speaker{a: j, b: end, ent: -1}
	if st.norm(j) == "the" || st.norm(j) == "a" {
		spk.a++
	}
	found := false
	if x, ok := st.relayedSource(j, end, i); ok {
		spk, found = x, true // "quoting a source in the defence ministry"
	}
	for k := j; k < end && !found; k++ {
		if ei, eb, ok := st.entityStartingAt(k); ok && eb <= end && st.doc.Entities[ei].Side != "" {
			spk = st.speakerFromEntity(ei, k, eb)
			found = true
		}
	}
	if !found && data {
		// "citing Ethiopian government data": the issuer named before
		// the data speaks (devgold3: "citing World Bank data" is the
		// bank's claim)
		if x, ok := st.speakerNP(spk.a, last); ok {
			spk, found = x, true
		}
	}
	if !found {
		if x, ok := st.speakerNP(spk.a, last+1); ok {
			spk = x
		}
	}
	if st.cueEndsAt(a, i-1) && st.reportBefore(a, i) < 0 {
		// "C, X reported, citing Y": X's cue closes the sentence before
		// the aside; C is X's claim
		return true
	}
	d := draft{cueA: i, cueB: i + 1, spk: spk}
	if end < b && st.toks[end].Text == "," && end+2 < b {
		if c, ok := st.cueAt(end + 1); ok && !c.gerund && end+3 < b {
			if !data {
				// "X, citing Y, warned that C", "X, quoting a source,
				// said C": X's own cue follows the insertion, so C is
				// X's claim and Y only X's source, no speaker of its own
				return true
			}
			// "A charity, citing World Bank data, says C": the issuer
			// keeps a claim, which a later "according to the data"
			// takes its speaker from (earlierIssuer)
			d.contA, d.contB = end+2, st.clauseEnd(end+2, b)
			if st.norm(d.contA) == "that" {
				d.contA++
			}
			st.addDraft(d)
			return true
		}
		if k := st.reportBefore(a, i); k >= 0 {
			// "X said, citing Y, that C": X's cue stands before the
			// insertion; what X said follows it
			x := &st.drafts[k]
			x.contA = end + 1
			if st.norm(x.contA) == "that" && x.contA+1 < b {
				x.contA++
			}
			x.contB = st.clauseEnd(x.contA, b)
			for x.contB > x.contA && !st.toks[x.contB-1].Word && !st.isCloseQuote(x.contB-1) {
				x.contB-- // the sentence's full stop
			}
			return true
		}
		d.contA, d.contB = end+1, st.clauseEnd(end+1, b)
	} else if comma := st.outletReportsAt(a, i-1); comma >= 0 {
		// "C, Trend reports citing the ministry": what the source said
		// ends before the outlet
		d.contA, d.contB = st.clauseStart(a, comma), comma
	} else {
		d.contA, d.contB = st.clauseStart(a, i), i
	}
	st.addDraft(d)
	return true
}

// reportBefore: the index of the draft whose cue, in the sentence from
// token a, ends before the insertion ", citing" at i and whose content
// opens with that insertion ("X said on Tuesday, citing Y, that C");
// else -1.
func (st *state) reportBefore(a, i int) int {
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := st.drafts[k]
		if d.cueA < a {
			break
		}
		if st.norm(d.cueA) == "according" {
			// "According to Yonhap, quoting KCNA, C": the agency only
			// relays; the source it quotes keeps its claim, nested
			return -1
		}
		if d.cueB < i && d.contA >= d.cueB && d.contA <= i && d.contB > i && !st.relayed(d, i) {
			return k
		}
	}
	return -1
}

// cueEndsAt: a draft of the sentence from token a has its cue end right
// before token k (the comma of ", citing").
func (st *state) cueEndsAt(a, k int) bool {
	for j := len(st.drafts) - 1; j >= 0 && st.drafts[j].cueA >= a; j-- {
		if st.drafts[j].cueB == k {
			return true
		}
	}
	return false
}

// outletReportVerbs are the verbs an outlet closing a sentence relays a
// source with, without a comma before "citing" ("C, Trend reports citing
// the ministry", "C, Interfax reported quoting a source").
var outletReportVerbs = map[string]bool{
	"reports": true, "reported": true, "writes": true, "wrote": true, "says": true, "said": true,
}

// outletReportsAt: the verb at v is an outlet's report closing the
// sentence after a comma (", Trend reports" + "citing ..."), its subject
// up to four capitalised words; the comma's index, else -1.
func (st *state) outletReportsAt(a, v int) int {
	if v-2 <= a || !outletReportVerbs[st.norm(v)] || st.inQuote(v) {
		return -1
	}
	k := v - 1
	for k > a && k > v-5 && st.toks[k].Word && st.toks[k].Cap {
		k--
	}
	if k == v-1 || st.norm(k) != "," {
		return -1
	}
	return k
}

// invertedNP reads an unnamed speaker after an inverted cue at token j:
// "the" or "a", up to four lower-case words, the last a noun by the
// parse or a speaker noun, closing the clause ("," said the business
// owner.", "," said a senior official").
func (st *state) invertedNP(si, j, b int) (speaker, bool) {
	if w := st.norm(j); w != "the" && w != "a" && w != "an" && !quantifierDet[w] {
		return speaker{}, false // (`," wrote another user from Kharkiv`, `," said two residents`)
	}
	if k, ok := st.partitiveOf(j); ok {
		// `," said one of the lawyers`, `," said two of the survivors`:
		// the group after "of" names who the speaker is; the mention
		// opens at the number
		spk, ok := st.invertedNP(si, k, b)
		if ok {
			spk.a = j
		}
		return spk, ok
	}
	k := j + 1
	// capitalised modifiers before a lower-case head (`," said one GOP
	// senator`, `," said a Republican lawmaker`)
	for k < b && k < j+3 && st.toks[k].Word && st.toks[k].Cap && k+1 < b && st.lowerWord(k+1) {
		k++
	}
	for k < b && k < j+5 && st.lowerWord(k) && !prepositions(st.norm(k)) && st.norm(k) != "who" {
		if t, ok := st.tagged(si, k); ok && (t.UPOS == "VERB" || t.UPOS == "AUX") {
			break // "said the blast shattered windows": a clause, not a speaker
		}
		k++
		if k+1 < b && (st.toks[k].Text == "'" || st.toks[k].Text == "’") && strings.HasSuffix(st.norm(k-1), "s") && st.lowerWord(k+1) && !st.isOpenQuote(k) {
			k++ // `asked the journalists' union`: a plural owner's mark inside the phrase
		}
	}
	if k > j+1 {
		// `," said a teacher who fled with his family`, `," said the
		// young nurse in her 20s who ...`: a relative clause, after a
		// short phrase of place or age, tells who the speaker is, and
		// leaves the noun before it the speaker
		if st.relativeTail(k, b) >= 0 {
			// (a head the tagger took for an adjective: "the young
			// professional in his 30s who")
			if t, ok := st.tagged(si, k-1); ok && (t.UPOS == "NOUN" || t.UPOS == "ADJ" && k-1 > j+1) || speakerNouns[st.norm(k-1)] {
				spk := speaker{a: j + 1, b: k, ent: -1}
				if quantifierDet[st.norm(j)] {
					spk.a = j
				}
				return spk, true
			}
		}
	}
	if k == j+1 || !st.endsClause(k, b) {
		return speaker{}, false
	}
	// at most a short adverbial after it ("on Monday"), not a clause
	p := k
	for p < b && st.toks[p].Word {
		p++
	}
	if p-k > 3 && !(p-k <= 5 && (st.norm(k) == "from" || st.norm(k) == "in" || st.norm(k) == "at") && !st.finiteVerbIn(si, k, p)) {
		return speaker{}, false // (", wrote one commuter from southern X Province" has its place)
	}
	head := k - 1
	if t, ok := st.tagged(si, head); !(ok && t.UPOS == "NOUN" || speakerNouns[st.norm(head)]) {
		return speaker{}, false
	}
	spk := speaker{a: j + 1, b: k, ent: -1}
	if quantifierDet[st.norm(j)] {
		spk.a = j
	}
	return spk, true
}

// partitiveOf reads a partitive at token j, "one of the", "two of
// their": a number or quantifier, "of" and a determiner, as a speaker's
// phrase opens ("one of the lawyers said", "two of the officers told
// VOA"). It returns the index of the determiner.
func (st *state) partitiveOf(j int) (int, bool) {
	if !partitiveHeads[st.norm(j)] || st.norm(j+1) != "of" {
		return 0, false
	}
	switch st.norm(j + 2) {
	case "the", "his", "her", "their", "its", "our", "those", "these":
		return j + 2, true
	}
	return 0, false
}

// partitiveHeads count people out of a group named after "of".
var partitiveHeads = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "some": true, "several": true,
	"many": true, "most": true, "another": true, "both": true, "none": true, "each": true,
}

// relativeTail: the words from k are a relative clause about the noun
// before k, maybe after a short phrase of place or age ("who fled", "in
// her 20s who hopes"); it returns the index of "who", -1 if not.
func (st *state) relativeTail(k, b int) int {
	r := k
	for r < b && r < k+5 && st.toks[r].Word && st.norm(r) != "who" && (r > k || prepositions(st.norm(r))) {
		r++
	}
	if r < b && st.norm(r) == "who" {
		return r
	}
	return -1
}

// extendBlocks lets a statement introduced by "X said:" run over the
// paragraphs after its first one, as press releases print it, up to a
// paragraph that holds a cue of its own or a heading (a paragraph that
// does not end in punctuation).
func (st *state) extendBlocks() {
	for di := range st.drafts {
		d := &st.drafts[di]
		if !d.block || d.direct {
			continue
		}
		for p := st.paragraphEnd(d.contB-1) + 1; p < len(st.toks) && st.toks[p].Newline; {
			end := st.paragraphEnd(p)
			if last := st.toks[end].Text; last != "." && last != "!" && last != "?" && !actor.IsQuoteMark(last) {
				break
			}
			cued := false
			for _, o := range st.drafts {
				if o.cueA >= p && o.cueA <= end {
					cued = true
					break
				}
			}
			if cued {
				break
			}
			d.contB = end // the closing full stop left out, as addDraft does
			p = end + 1
		}
	}
}

// formerIn: a title in tokens [a, b) marks a past office ("Former French
// ambassador"): former officials speak for themselves.
func (st *state) formerIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch st.norm(k) {
		case "former", "ex", "retired", "onetime", "erstwhile":
			return true
		}
	}
	return false
}

// openingPerson: a person entity opens the clause [a, ca) and only a
// prepositional tail, an apposition or adverbs stand between it and the
// cue ("Andrew Lebovich of the Dutch think tank Clingendael said").
func (st *state) openingPerson(a, ca int) (speaker, bool) {
	i := a
	for i < ca && !st.toks[i].Word {
		i++
	}
	ei, eb, ok := st.entityStartingAt(i)
	if !ok || eb > ca || st.doc.Entities[ei].Kind != parallax.KindPerson || pronoun(st.doc.Entities[ei].Text) || st.inQuote(i) {
		return speaker{}, false
	}
	if !st.gapOK(eb, ca) {
		return speaker{}, false
	}
	return st.speakerFromEntity(ei, i, eb), true
}

// seeVerbs judge something as something ("sees the ban as part of a
// crackdown", "regards the truce as a ruse").
var seeVerbs = map[string]bool{
	"see": true, "sees": true, "saw": true, "view": true, "views": true, "viewed": true,
	"regard": true, "regards": true, "regarded": true,
	// a belief with an object: "expects X to V", "considers X illegal"
	// (beliefObject reads them)
	"expect": true, "expects": true, "expected": true,
	"consider": true, "considers": true, "considered": true,
}

// expectVerbs hold a forecast about an object ("expects the talks to
// fail"); the others of beliefVerbs judge it ("considers the vote
// illegitimate").
var expectVerbs = map[string]bool{"expect": true, "expects": true, "expected": true}

// adjectiveForm: w has the form of an adjective of judgement whatever the
// tagger says ("incompatible", "dangerous", "pointless", "unconstitutional",
// "illegitimate"), not of a noun ("proposal", "agent").
func adjectiveForm(w string) bool {
	for _, suf := range []string{"ible", "able", "ous", "less", "ful"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	for _, pre := range []string{"un", "il", "ir", "in", "im"} {
		if strings.HasPrefix(w, pre) && len(w) > 6 {
			for _, suf := range []string{"al", "ate", "ent", "ic"} {
				if strings.HasSuffix(w, suf) {
					return true
				}
			}
		}
	}
	return false
}

// beliefObject reads "X expects N to V" and "X considers N ADJ / N a M /
// N to be M" at token i: what X holds true or likely of N, a claim as
// "sees N as M" is (attrib28c's convention, after devgold's "believes").
// A modal or "to" before the verb makes it deliberation or a plan ("will
// consider the proposal", "to consider a ban"); a passive ("is expected
// to") names no one; an object with no judgement or no infinitive after
// it ("considered the request for two hours", "expected more guests")
// states nothing.
func (st *state) beliefObject(si, i, b int) (cue, int, bool) {
	if modals[st.norm(i-1)] || st.inQuote(i) {
		return cue{}, 0, false
	}
	if t, ok := st.tagged(si, i); !ok || t.UPOS != "VERB" {
		return cue{}, 0, false
	}
	if w := st.norm(i + 1); w == "to" || w == "that" || w == "it" || prepositions(w) {
		return cue{}, 0, false // "expected to", "considered that" (the plain cue's), "considered it"
	}
	expect := expectVerbs[st.norm(i)]
	lemma := "consider"
	if expect {
		lemma = "expect"
	}
	const objectWords = 7 // "the new electoral commission of the capital district"
	for k := i + 1; k < b && k <= i+objectWords+1; k++ {
		if !st.toks[k].Word {
			return cue{}, 0, false
		}
		t, ok := st.tagged(si, k)
		if !ok {
			return cue{}, 0, false
		}
		w := st.norm(k)
		if expect {
			if w == "to" && k > i+1 && st.lowerWord(k+1) && st.tagAt(k+1) == "VERB" || w == "to" && k > i+1 && st.norm(k+1) == "be" {
				return cue{lemma: lemma, object: true}, i + 1, true
			}
		} else if k > i+1 {
			prev := st.tagAt(k - 1)
			nounBefore := prev == "NOUN" || prev == "PROPN"
			switch {
			case w == "to" && st.norm(k+1) == "be":
				return cue{lemma: lemma, object: true}, i + 1, true
			case (w == "a" || w == "an") && nounBefore && !timeHeads[st.norm(k+1)] && st.norm(k+1) != "few" && st.norm(k+1) != "lot":
				return cue{lemma: lemma, object: true}, i + 1, true // "considers the commission a tool of"
			case t.UPOS == "ADJ" && nounBefore && !st.toks[k].Cap && st.tagAt(k+1) != "NOUN" && st.tagAt(k+1) != "PROPN":
				return cue{lemma: lemma, object: true}, i + 1, true // "considered the seizures unlawful"
			case t.UPOS == "NOUN" && nounBefore && !st.toks[k].Cap && adjectiveForm(w) && (!st.toks[k+1].Word || st.tagAt(k+1) == "ADP" || st.norm(k+1) == "and"):
				// "considers the law incompatible with free speech": an
				// adjective by its form the tagger read as a noun, ending
				// the object
				return cue{lemma: lemma, object: true}, i + 1, true
			}
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "ADP" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" || t.UPOS == "PRON" && k > i+1 {
			return cue{}, 0, false
		}
	}
	return cue{}, 0, false
}

// seesAs reads "X sees N as M" at token i: an opinion of X's, when the
// parse makes "as" a preposition within the clause ("as part of"), not a
// conjunction ("saw the planes as they flew over"). Passives ("is seen
// as") name no one and are left out.
func (st *state) seesAs(si, i, b int) (cue, int, bool) {
	if !seeVerbs[st.norm(i)] || passiveAux[st.norm(i-1)] {
		return cue{}, 0, false
	}
	if w := st.norm(i); expectVerbs[w] || strings.HasPrefix(w, "consider") {
		return st.beliefObject(si, i, b)
	}
	for k := i + 1; k < b && k <= i+8; k++ {
		if !st.toks[k].Word {
			return cue{}, 0, false
		}
		if st.norm(k) == "as" {
			if t, ok := st.tagged(si, k); ok && t.UPOS == "ADP" && k > i+1 {
				return cue{lemma: "see as", object: true}, i + 1, true
			}
			if k > i+1 && st.asJudgement(si, k+1) {
				// "see the rebels as increasingly divided", "view the
				// truce as fragile": an adjective after "as", which the
				// tagger may not call a preposition, judges the object
				return cue{lemma: "see as", object: true}, i + 1, true
			}
			return cue{}, 0, false
		}
	}
	return cue{}, 0, false
}

// asJudgement: the words from token j, right after "as", are an
// adjective or an adverb and an adjective ("as fragile", "as increasingly
// divided"), the judgement of "see X as", not a clause of time ("as they
// flew over") nor a fixed phrase ("as well as", "as soon as").
func (st *state) asJudgement(si, j int) bool {
	switch st.norm(j) {
	case "well", "soon", "long", "far", "much", "many", "usual", "such", "if", "though":
		return false
	}
	t, ok := st.tagged(si, j)
	if !ok || st.toks[j].Cap {
		return false
	}
	if t.UPOS == "ADJ" {
		return st.norm(j+1) != "as"
	}
	if t.UPOS == "ADV" && strings.HasSuffix(st.norm(j), "ly") {
		n, ok := st.tagged(si, j+1)
		return ok && (n.UPOS == "ADJ" || n.UPOS == "VERB" && strings.HasSuffix(st.norm(j+1), "ed"))
	}
	return false
}

// whatCalls reads "what X calls N" at the labelling verb i: X's name for
// something is X's claim ("what Moscow calls a special military
// operation", "what the State Department has called a front company").
// The label that follows is what is claimed.
func (st *state) whatCalls(a, b, i int) bool {
	e := i
	for e > a && (adverbials[st.norm(e-1)] || st.norm(e-1) == "has" || st.norm(e-1) == "have") {
		e--
	}
	var spk speaker
	if ei, ea, ok := st.entityEndingAt(e); ok && ea > a {
		spk = st.speakerFromEntity(ei, ea, e)
	} else if np, ok := st.speakerNP(max(a, e-4), e); ok {
		spk = np
	} else {
		return false
	}
	w := spk.a - 1
	if st.norm(w) == "the" {
		w--
	}
	if w < a || st.norm(w) != "what" {
		return false
	}
	if spk.a >= 0 && pronoun(st.toks[spk.a].Text) {
		for _, d := range st.drafts {
			if d.contA <= spk.a && i < d.contB {
				// "rejected the allegation, saying there was no truth in
				// what it described as baseless claims": the label is
				// the reporting speaker's own word inside its claim
				return true
			}
		}
	}
	j := i + 1
	if st.norm(j) == "as" {
		j++ // "what X described as"
	}
	end := j
	for end < b && st.toks[end].Text != "," && st.toks[end].Text != "." && st.toks[end].Text != ";" && end < j+12 {
		end++
	}
	st.addDraft(draft{cueA: i, cueB: i + 1, contA: j, contB: end, spk: spk})
	return true
}

// openingShaped: the straight quotation mark at token i stands before a
// word after a space or an opening bracket (` "so-called`), as an
// opening mark does.
func (st *state) openingShaped(i int) bool {
	t := st.toks[i]
	text := st.doc.Text
	if t.End >= len(text) || t.Start == 0 {
		return false
	}
	before, after := text[t.Start-1], text[t.End]
	space := before == ' ' || before == '\n' || before == '\t' || before == '(' || before == '['
	word := after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z' || after >= '0' && after <= '9' || after >= 0x80
	return space && word
}

// cueFollows: a reporting verb is among the next three words after token
// i (`," said Khoshbo`, `," she said`).
func (st *state) cueFollows(i int) bool {
	n := 0
	for k := i + 1; k < len(st.toks) && n < 3; k++ {
		if !st.toks[k].Word {
			if st.toks[k].Text == "," {
				continue
			}
			return false
		}
		if _, ok := st.cueAt(k); ok {
			return true
		}
		n++
	}
	return false
}

// raisedWords put a view forward; speechNounsRaised are the views ("a
// hypothesis raised by another lawyer", "concerns voiced by residents").
var raisedWords = map[string]bool{"raised": true, "voiced": true, "floated": true, "advanced": true, "aired": true, "expressed": true}

var speechNounsRaised = map[string]bool{
	"hypothesis": true, "theory": true, "question": true, "questions": true, "concern": true, "concerns": true,
	"idea": true, "possibility": true, "suggestion": true, "allegation": true, "allegations": true,
	"argument": true, "fears": true, "doubts": true, "criticism": true,
}

// raisedBy reads "N raised by X" at token i: X's view N is X's claim; X
// is the agent after "by", a name or a noun phrase up to the next
// punctuation.
func (st *state) raisedBy(a, b, i int) bool {
	j := i + 2
	if st.norm(j) == "the" {
		j++
	}
	var spk speaker
	if ei, eb, ok := st.entityStartingAt(j); ok {
		spk = st.speakerFromEntity(ei, j, eb)
	} else if ei, ea, eb, ok := st.entityAfterTitle(j, b); ok {
		spk = st.speakerFromEntity(ei, ea, eb)
	} else {
		k := j
		for k < b && k < j+6 && st.toks[k].Word && !prepositions(st.norm(k)) {
			k++
		}
		if w := st.norm(j); w == "a" || w == "an" || w == "another" || w == "some" {
			j++
		}
		if k <= j || !st.lowerWord(k-1) {
			return false
		}
		spk = speaker{a: j, b: k, ent: -1}
	}
	end := i - 1
	st.addDraft(draft{cueA: i, cueB: i + 1, contA: st.clauseStart(a, end+1), contB: end + 1, spk: spk})
	return true
}

// governorSubject: the subject of the verb that a gerund's clause hangs
// from in the parse ("Prime Minister X's administration rejected the
// resolution, saying ..."), when the sentence's opening words name no
// speaker by themselves.
// It also returns the governing verb's token.
// crowdSubject: the parse's subject of the verb the participle at ca
// hangs on is a group of people, maybe counted ("Protesters blocked
// the road, chanting ...", "Angry crowds gathered ..., shouting ..."),
// no entity for parseSubject to give.
func (st *state) crowdSubject(si, a, ca int) (speaker, bool) {
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "advcl" && t.Rel != "conj" && t.Rel != "xcomp" || t.Head <= 0 {
		return speaker{}, false
	}
	sent := st.doc.Sentences[si]
	gov := t.Head
	if h := sent.Tokens[gov-1]; h.Rel == "conj" && h.Head > 0 && !st.hasSubject(sent.Tokens, gov) {
		gov = h.Head // "rallied outside the consulate and marched ..., demanding"
	}
	for _, u := range sent.Tokens {
		if u.Head != gov || u.Rel != "nsubj" {
			continue
		}
		k, ok := st.tokenAt(u.Start)
		if !ok || k < a || k >= ca {
			return speaker{}, false
		}
		w := st.norm(k)
		if crowdCounts[w] && st.norm(k+1) == "of" && k+2 < ca && st.toks[k+2].Word {
			// "thousands of Armenian-Americans": the counted group
			spk := speaker{a: k, b: k + 3, ent: -1}
			if ei, eb, ok := st.entityStartingAt(k + 2); ok && eb <= ca {
				spk.b, spk.side, spk.actor = eb, st.doc.Entities[ei].Side, st.doc.Entities[ei].Actor
			}
			return spk, true
		}
		if !(crowdNouns[w] || speakerNouns[w] && strings.HasSuffix(w, "s")) {
			return speaker{}, false
		}
		// the head's own modifiers ("angry"): the parse subject's word
		// alone names the group
		return speaker{a: k, b: k + 1, ent: -1}, true
	}
	return speaker{}, false
}

// hasSubject: the parse gives the verb at 1-based index v a subject.
func (st *state) hasSubject(toks []parallax.Token, v int) bool {
	for _, u := range toks {
		if u.Head == v && (u.Rel == "nsubj" || u.Rel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// crowdCounts count a crowd ("thousands of protesters").
var crowdCounts = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "tens": true, "scores": true}

// crowdNouns name a crowd of people who act together.
var crowdNouns = map[string]bool{
	"crowd": true, "crowds": true, "marchers": true, "mourners": true, "rioters": true, "mob": true,
	"residents": true, "villagers": true, "people": true, "workers": true, "farmers": true, "students": true,
}

func (st *state) governorSubject(si, a, ca int) (speaker, int, bool) {
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "advcl" && t.Rel != "conj" && t.Rel != "xcomp" || t.Head <= 0 {
		return speaker{}, 0, false
	}
	sent := st.doc.Sentences[si]
	if t.Head-1 >= len(sent.Tokens) {
		return speaker{}, 0, false
	}
	v, ok := st.tokenAt(sent.Tokens[t.Head-1].Start)
	if !ok || v <= a || v >= ca {
		return speaker{}, 0, false
	}
	spk, ok := st.parseSubject(si, a, v)
	return spk, v, ok
}
