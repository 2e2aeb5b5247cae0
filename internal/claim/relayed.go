package claim

import "github.com/parallaxhq/parallax"

// relayVerbs relay another's words with "by" and the relayer after them
// ("as reported by X", "as cited by X", "officials quoted by X").
var relayVerbs = map[string]bool{"reported": true, "quoted": true, "cited": true}

// asRelayedBy reads "as reported/cited/quoted by X" at token i (the
// verb) that asReportedBy, which wants a name right after "by" and the
// phrase after a comma, leaves: the relayer may be named after a
// description ("as cited by the travel website TTG Asia") or be a
// speaker noun ("as reported by the agency's director general"), and the
// phrase may open the sentence ("As reported by X, C"). X claims the
// clause the phrase is set off from. It reports whether it added a claim.
func (st *state) asRelayedBy(a, b, i int) bool {
	if st.norm(i-1) != "as" || st.norm(i+1) != "by" {
		return false
	}
	// a quotation that opens on the phrase (`"As reported by the
	// agency, C," the envoy said`): the speaker quotes a named third
	// party's report, as quotedNested lets "Moscow says C" inside a
	// quotation speak
	quoted := st.inQuote(i) && st.isOpenQuote(i-2)
	if st.inQuote(i) && !quoted {
		return false
	}
	opening := i-1 == a || quoted
	if !opening && st.norm(i-2) != "," {
		return false
	}
	spk, end, ok := st.relayer(i+2, b)
	if !ok || quoted && spk.ent < 0 {
		return false
	}
	var contA, contB int
	end = st.pastRelayTime(end, b)
	if opening && st.norm(end) != "," {
		end = st.pastRelayerTitle(end, b)
	}
	if opening {
		if st.norm(end) != "," {
			return false
		}
		contA = end + 1
		contB = st.clauseEnd(contA, b)
	} else {
		if !st.endsClause(end, b) {
			return false
		}
		contB = i - 2
		contA = st.clauseStart(a, contB)
	}
	if contB-contA < 3 {
		return false
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: i - 1, cueB: i + 2, contA: contA, contB: contB, spk: spk})
	return len(st.drafts) > n
}

// pastRelayerTitle: the token after a bracketed short name and a
// capitalised title that follow a relayer ("the International Atomic
// Energy Agency (IAEA) Director General, C": the agency's chief reports
// for it), when a comma follows them; else j.
func (st *state) pastRelayerTitle(j, b int) int {
	k := j
	if w := st.norm(k); w == "(" || w == "[" {
		for k < b && k < j+4 && st.norm(k) != ")" && st.norm(k) != "]" {
			k++
		}
		k++
	}
	for k < b && k < j+8 && st.toks[k].Word && st.toks[k].Cap {
		k++
	}
	if k > j && k < b && st.norm(k) == "," {
		return k
	}
	return j
}

// relayer reads the relayer after "by" at token j: a speaker-capable
// entity, maybe after a description of up to five lower-case words ("the
// business website Asia Markets"), else agentAfter's reading ("the
// agency's director general"). It returns the speaker and the token
// after it.
func (st *state) relayer(j, b int) (speaker, int, bool) {
	k := j
	if st.norm(k) == "the" || st.norm(k) == "a" {
		k++
	}
	for n := 0; n <= 5 && k < b; n, k = n+1, k+1 {
		if ei, eb, ok := st.entityStartingAt(k); ok && eb <= b {
			if st.doc.Entities[ei].Kind == parallax.KindLocation {
				break
			}
			return st.speakerFromEntity(ei, k, eb), eb, true
		}
		if !st.lowerWord(k) || prepositions(st.norm(k)) || st.norm(k) == "that" {
			break
		}
	}
	spk, end, ok := st.agentAfter(j, b)
	if ok && st.norm(end) == "'s" {
		// "the agency's director general": the possessor's speaker noun
		e := end + 1
		for e < b && e < end+4 && st.lowerWord(e) && !agentStops[st.norm(e)] {
			e++
		}
		if e > end+1 && speakerNouns[st.norm(e-1)] {
			spk.b, end = e, e
		}
	}
	return spk, end, ok
}

// relayedSpeakers: a claim's speaker read from a "quoted by X" phrase is
// the noun phrase the phrase follows (relayerAsSubject). X's own claim
// of the same words is left out: counts take their claimant from the
// claim that holds them, and X's would take the officials' figures from
// them.
func (st *state) relayedSpeakers() {
	for di := range st.drafts {
		st.relayerAsSubject(di)
	}
}

// relayerAsSubject: the speaker read for draft di is the relayer of a
// "quoted by" or "cited by" phrase ("Western officials quoted by The
// Washington Post estimated C": the Post was taken for the subject); the
// noun phrase before the phrase speaks, and relayedSpeakers adds the
// relayer's claim.
func (st *state) relayerAsSubject(di int) {
	d := st.drafts[di]
	k := d.spk.a - 1
	if d.spk.a < 1 || d.spk.b > d.cueA {
		return
	}
	if st.norm(k) == "the" {
		k--
	}
	if k < 2 || st.norm(k) != "by" || !(st.norm(k-1) == "quoted" || st.norm(k-1) == "cited") || st.inQuote(k) {
		return
	}
	si := st.sentOf[k]
	if si < 0 || st.sentOf[d.cueA] != si {
		return
	}
	if spk, ok := st.speakerNP(st.sentTok[si][0], k-1); ok && spk.b == k-1 {
		st.drafts[di].spk = spk
	}
}
