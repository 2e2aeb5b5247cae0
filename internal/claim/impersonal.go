package claim

import "strings"

// thereAreReports reads an impersonal report at token i ("There are
// reports that C", "There were unconfirmed reports that C", "There have
// been claims on social media that C"): hearsay the text attributes to
// no one, a claim with no speaker, on the noun, as "It is claimed that
// C" is. "There are three roads into the town" names no report, and a
// report without a clause ("There were reports of shelling") states
// nothing the record could hold. It reports whether it read one.
func (st *state) thereAreReports(a, b, i int) bool {
	if st.norm(i) != "there" || st.inQuote(i) {
		return false
	}
	j := i + 1
	switch st.norm(j) {
	case "are", "were", "is", "was":
		j++
	case "have", "has", "had":
		if st.norm(j+1) != "been" {
			return false
		}
		j += 2
	default:
		return false
	}
	for j < b && j < i+6 && reportModifiers[st.norm(j)] {
		j++
	}
	if !impersonalReportNouns[st.norm(j)] {
		return false
	}
	return st.hearsayClause(j, j+1, b)
}

// hearsayClause adds the claim with no speaker of the hearsay noun at n
// whose "that" clause starts at token j, after an optional source phrase
// of up to four words ("on social media", "in local media", "from
// residents"). It reports whether there was such a clause.
func (st *state) hearsayClause(n, j, b int) bool {
	if w := st.norm(j); w == "on" || w == "in" || w == "from" {
		k := j + 1
		for k < b && k < j+5 && st.toks[k].Word && st.norm(k) != "that" {
			k++
		}
		j = k
	}
	if st.norm(j) != "that" || j+2 >= b {
		return false
	}
	st.addDraft(draft{cueA: n, cueB: n + 1, contA: j + 1, contB: st.clauseEnd(j+1, b), spk: speaker{a: -1, ent: -1}, agentless: true})
	return true
}

// impersonalReportNouns name hearsay no one is said to voice ("There are
// reports that", "There were claims that").
var impersonalReportNouns = map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"rumour": true, "rumours": true, "rumor": true, "rumors": true, "accounts": true, "indications": true,
}

// reportModifiers may stand between "There are" and the report's noun
// ("There are unconfirmed reports", "There have also been several
// credible reports").
var reportModifiers = map[string]bool{
	"also": true, "now": true, "still": true, "unconfirmed": true, "unverified": true, "conflicting": true,
	"several": true, "many": true, "some": true, "widespread": true, "credible": true, "persistent": true,
	"further": true, "fresh": true, "new": true, "growing": true, "repeated": true, "numerous": true,
	"local": true, "media": true, "press": true, "multiple": true,
}

// reportsArrive reads hearsay whose noun is the subject of a verb of
// arrival at token i ("Reports are coming in that C", "Unconfirmed
// reports are emerging that C", "Reports have surfaced on social media
// that C", a live blog's "15:02 Reports are coming in that C"): the same
// claim with no speaker as "There are reports that C", on the noun.
// "Reports say C" has its own cue, and "The reports of the commission
// were published" no clause.
func (st *state) reportsArrive(a, b, i int) bool {
	if st.inQuote(i) {
		return false
	}
	for k := a; k < i; k++ {
		// only modifiers, or a live entry's time, before the noun
		if t := st.toks[k]; t.Word && !reportModifiers[t.Norm] && strings.Trim(t.Norm, "0123456789:.") != "" {
			return false
		}
	}
	j := i + 1
	switch st.norm(j) {
	case "are", "were", "is", "was":
		j++
		if !arrivalVerbs[st.norm(j)] || !strings.HasSuffix(st.norm(j), "ing") {
			return false
		}
	case "have", "has", "had":
		j++
		if !arrivalVerbs[st.norm(j)] || strings.HasSuffix(st.norm(j), "ing") {
			return false
		}
	default:
		if !arrivalVerbs[st.norm(j)] || strings.HasSuffix(st.norm(j), "ing") {
			return false
		}
	}
	j++
	if st.norm(j) == "in" {
		j++ // "coming in"
	}
	return st.hearsayClause(i, j, b)
}

// arrivalVerbs say hearsay reached the writer ("coming in", "emerging",
// "have surfaced").
var arrivalVerbs = map[string]bool{
	"coming": true, "came": true, "come": true, "emerging": true, "emerged": true,
	"circulating": true, "circulated": true, "surfacing": true, "surfaced": true,
	"spreading": true, "spread": true, "filtering": true, "filtered": true, "reaching": true,
}

// infinitiveTo: the cue at token i follows "to" as an infinitive ("to
// say", "to report"). A past form after "to" is not one: the "to" ends a
// relative clause without its pronoun ("Witnesses we spoke to said C",
// "the officers she talked to told her that C"), and the cue is the main
// verb of the noun before.
func (st *state) infinitiveTo(i int) bool {
	if st.norm(i-1) != "to" {
		return false
	}
	switch w := st.norm(i); w {
	case "said", "told", "wrote":
		return false
	default:
		return !strings.HasSuffix(w, "ed")
	}
}

// clauseGoesOn: after a parenthetical attribution ending at token after
// comes a comma and the rest of the clause in the reporter's words (a
// lower-case word or a name, no quotation, no conjunction or connective
// that would start a clause of its own).
func (st *state) clauseGoesOn(after, b int) bool {
	if st.norm(after) != "," || after+2 >= b || !st.toks[after+1].Word || st.isOpenQuote(after+1) {
		return false
	}
	n := st.norm(after + 1)
	if clauseBreaks[n] || n == "and" || n == "or" || n == "but" || n == "as" || n == "according" || n == "who" || n == "which" {
		return false
	}
	_, isCue := st.cueAt(after + 1)
	return !isCue
}
