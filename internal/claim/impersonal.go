package claim

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
	n := j
	j++
	if w := st.norm(j); w == "on" || w == "in" || w == "from" {
		// "on social media", "in local media", "from residents"
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
