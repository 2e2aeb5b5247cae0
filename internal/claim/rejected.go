package claim

// A denial often follows the claim it rejects instead of taking it as an
// object: "the army said it downed a drone, a claim denied by the
// rebels", "The claim was denied by the regional administration",
// "accused of aiding the militia, which Karimov denied", "Ukraine
// supplied the drones, something Kyiv has always contested". The denier
// speaks; what is denied is the clause before the apposition or the
// relative (for the passive, the claim its subject takes up). The first
// reading takes these cues for acts with no content, so recallCues reads
// them here.

// rejectedAfter reads a denial cue at tokens [ca, cb) that rejects a claim
// named before it; it reports whether it added a claim. The first reading
// (recall false) asks only for the apposition, which it would otherwise
// misread ("a claim flatly rejected by X": "claim" taken for the
// speaker); the passive with a claim for its subject and the relatives
// are read once the first reading left the cue without a claim.
func (st *state) rejectedAfter(si, a, b, ca, cb int, c cue, recall bool) bool {
	if !c.deny {
		return false
	}
	n := len(st.drafts)
	if c.participle && st.norm(cb) == "by" && !meansOfSpeech[st.norm(cb+1)] {
		spk, end, ok := st.denierAfter(cb+1, b)
		if !ok || !st.endsAt(end, b) {
			return false
		}
		k := ca - 1
		for k > a && (adverbials[st.norm(k)] || denialAdverbs[st.norm(k)]) && !passiveAux[st.norm(k)] {
			k-- // "a claim quickly denied by"
		}
		if comma, ok := st.claimNounApposition(a, k); ok {
			// "C, a claim denied by X": C is denied
			st.addDraft(draft{cueA: ca, cueB: cb, contA: st.clauseStart(a, comma), contB: comma, spk: spk, deny: true, passive: true})
			return len(st.drafts) > n
		}
		if passiveAux[st.norm(k)] && recall {
			// "The claim was denied by X", "These reports have been
			// rejected by X": the subject takes up a claim told before
			subj := k - 1
			for subj > a && (perfectAux[st.norm(subj)] || adverbials[st.norm(subj)]) {
				subj--
			}
			if subj >= a && (claimNouns[st.norm(subj)] || pluralClaimNouns[st.norm(subj)] || takenUpReports[st.norm(subj)]) && st.lowerWord(subj) {
				from := st.clauseStart(a, subj+1)
				st.addDraft(draft{cueA: ca, cueB: cb, contA: from, contB: subj + 1, spk: spk, deny: true, passive: true})
				return len(st.drafts) > n
			}
		}
		return false
	}
	// ", something Kigali has always contested", "... which Karimov
	// denied.": a relative whose speaker stands between the pronoun and
	// the cue, the cue closing the clause
	if !recall || !st.endsAt(cb, b) {
		return false
	}
	e := ca
	for e > a && (adverbials[st.norm(e-1)] || perfectAux[st.norm(e-1)] || denialAdverbs[st.norm(e-1)]) {
		e--
	}
	ei, ea, ok := st.entityEndingAt(e)
	if !ok || ea-1 <= a {
		return false
	}
	r := ea - 1
	if st.norm(r) == "the" {
		r--
	}
	w := st.norm(r)
	var end int
	switch {
	case (w == "something" || w == "what") && st.norm(r-1) == ",":
		end = r - 1
	case w == "which" && st.toks[r-1].Word:
		// "which" with no comma before it: the first reading takes up only
		// ", which"
		end = r
	default:
		return false
	}
	if end <= a || st.inQuote(r) {
		return false
	}
	spk := st.speakerFromEntity(ei, ea, e)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: st.clauseStart(a, end), contB: end, spk: spk, deny: true})
	return len(st.drafts) > n
}

// labelledApposition reads a label verb at token ca that calls a claim
// untrue from inside an apposition to the clause before it: "C, a claim
// opposition leader NAME called absurd", `C," an account the ministry
// called a lie`. The labeller speaks and denies C (the clause before the
// apposition's comma). The label must close the clause right after its
// denial word, so that "a claim X called a turning point in the talks"
// (no denial) and "a claim X called false in a letter to Y" stay out.
func (st *state) labelledApposition(a, b, ca int) bool {
	if !labelVerbs[st.norm(ca)] || st.inQuote(ca) {
		return false
	}
	k := ca + 1
	for k < b && k <= ca+3 && st.toks[k].Word && !denialWords[st.norm(k)] {
		k++
	}
	if k >= b || !denialWords[st.norm(k)] || !st.endsAt(k+1, b) {
		return false
	}
	var spk speaker
	s := -1
	if ei, ea, ok := st.entityEndingAt(ca); ok && ea > a {
		spk, s = st.speakerFromEntity(ei, ea, ca), ea
	} else if np, ok := st.speakerNP(a, ca); ok {
		spk, s = np, np.a
	} else {
		return false
	}
	// title words between the claim noun and the speaker's name belong
	// to the speaker ("a claim opposition leader NAME called absurd")
	j := s - 1
	for j > a && j >= s-3 && st.lowerWord(j) && !appositionClaimNouns[st.norm(j)] {
		j--
	}
	comma, ok := st.claimNounApposition(a, j)
	if !ok {
		return false
	}
	if j+1 < s {
		spk.a = j + 1
	}
	end := comma
	if st.isCloseQuote(comma) && st.norm(comma-1) == "," {
		end = comma + 1 // `caught "planning violence," a claim ...`: the quotation closes the clause
	} else if st.norm(comma) != "," {
		return false
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: ca, cueB: ca + 1, contA: st.clauseStart(a, end), contB: end, spk: spk, deny: true})
	return len(st.drafts) > n
}

// denialAdverbs say how or how long a party denies ("has always
// contested", "a claim strongly denied by").
var denialAdverbs = map[string]bool{
	"always": true, "long": true, "consistently": true, "strongly": true, "vehemently": true,
	"flatly": true, "categorically": true, "swiftly": true, "quickly": true,
}

// takenUpReports head a passive subject that takes up a statement told
// before ("The report was dismissed by ...") besides the claim nouns.
var takenUpReports = map[string]bool{"report": true, "reports": true, "statement": true, "statements": true, "versions": true}

// endsAt: token k closes its clause (the sentence's end, a comma, a
// semicolon, a dash or a citation mark such as "[2]").
func (st *state) endsAt(k, b int) bool {
	if k >= b {
		return true
	}
	switch st.toks[k].Text {
	case ".", ",", ";", "[", "—", "–", "-", ")":
		return true
	}
	return false
}

// claimNounApposition: tokens up to k are ", a claim", ", an allegation",
// ", claims" (a claim noun in apposition to the clause before it); it
// returns the comma's index.
func (st *state) claimNounApposition(a, k int) (int, bool) {
	w := st.norm(k)
	switch {
	case appositionClaimNouns[w] || claimNouns[w]:
		if d := st.norm(k - 1); d != "a" && d != "an" {
			return 0, false
		}
		k -= 2
	case pluralClaimNouns[w]:
		k--
		if st.norm(k) == "the" {
			return 0, false // ", the claims denied by" names claims of its own
		}
	default:
		return 0, false
	}
	if k <= a || st.norm(k) != "," && !(st.isCloseQuote(k) && st.norm(k-1) == ",") {
		return 0, false
	}
	return k, true
}

// denierAfter reads the agent after a denial's "by" at token j: whoever
// is named there rejects the claim, so besides the speakers agentAfter
// knows any noun phrase does ("by its Greece-based manager", "by the
// regional military administration"). It returns the speaker and the
// token after the phrase.
func (st *state) denierAfter(j, b int) (speaker, int, bool) {
	if spk, end, ok := st.agentAfter(j, b); ok {
		return spk, end, true
	}
	if w := st.norm(j); w == "the" || w == "a" || w == "an" || possessiveDet[w] {
		j++
	}
	k := j
	for k < b && k < j+5 && st.toks[k].Word && !agentStops[st.norm(k)] {
		k++
	}
	if k == j || st.tagAt(k-1) != "NOUN" {
		return speaker{}, 0, false
	}
	return speaker{a: j, b: k, ent: -1}, k, true
}
