package claim

// declaredOutcome: the words from token j after "declared" or
// "proclaimed" state an outcome of the fighting, which the speaker
// asserts: "declared victory", "proclaimed an end to the offensive",
// "declared the 12-year insurgency over", "declared the town liberated".
// A decree or a choice ("declared a state of emergency", "declared his
// candidacy") states no fact, and stays no claim without a clause.
func (st *state) declaredOutcome(j, b int) bool {
	k := j
	if w := st.norm(k); w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
		k++
	}
	switch st.norm(k) {
	case "victory", "triumph":
		return true
	case "end":
		return st.norm(k+1) == "to" || st.norm(k+1) == "of"
	}
	// an object of a few words, then the outcome and the clause's end
	for m := j + 1; m < b && m < j+14; m++ {
		if !st.toks[m].Word && st.norm(m) != "-" && st.norm(m) != "'s" && st.norm(m) != "’s" {
			return false
		}
		if !declaredOutcomes[st.norm(m)] || !st.lowerWord(m) {
			if tag := st.tagAt(m); (tag == "VERB" || tag == "AUX") && !st.lowerWord(m-1) && m > j+1 {
				return false
			}
			continue
		}
		n := m + 1
		if n >= b || !st.toks[n].Word || declaredAfters[st.norm(n)] {
			return true
		}
		return false
	}
	return false
}

// declaredOutcomes end a declared outcome ("the war over", "the district
// liberated", "the rebellion defeated").
var declaredOutcomes = map[string]bool{
	"over": true, "ended": true, "finished": true, "defeated": true, "crushed": true, "liberated": true,
	"free": true, "freed": true, "secure": true, "secured": true, "cleared": true, "won": true,
	"lost": true, "captured": true, "recaptured": true, "retaken": true,
}

// declaredAfters may follow a declared outcome in the same clause ("the
// war over on Tuesday", "the town liberated after a week").
var declaredAfters = map[string]bool{
	"and": true, "on": true, "after": true, "in": true, "at": true, "with": true, "last": true,
	"this": true, "following": true, "late": true, "early": true,
}
