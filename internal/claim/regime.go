package claim

import "strings"

// regimeState is the state a story calls "the regime": the one it names
// so ("the Ethiopian regime", "Syria's regime"), else, when it names no
// state's regime, the state its places lie in (a regime rules where the
// story happens: "the regime's jets struck Laukkai"). "" when it names
// two states' regimes, or a regime by another word ("the Zionist
// regime", "the Assad regime" are left to the knowledge base).
func (st *state) regimeState(placed func() string) string {
	side, other := "", false
	for k := 1; k < len(st.toks); k++ {
		if st.norm(k) != "regime" {
			continue
		}
		j := k - 1
		if st.norm(j) == "'s" || st.norm(j) == "’s" {
			j--
		}
		if j < 0 || !st.toks[j].Cap || !st.toks[j].Word || st.norm(j) == "the" {
			continue // "the regime", "The regime", "the military regime"
		}
		s, _, ok := st.countryWordsEndingAt(0, j)
		if !ok {
			other = true // "the Zionist regime", "the Assad regime"
			continue
		}
		if side != "" && s != side {
			return ""
		}
		side = s
	}
	if side != "" || other {
		return side
	}
	if p := placed(); p != "" {
		return p
	}
	return st.onlyPlaceState()
}

// onlyPlaceState is the state of the story's towns and regions when they
// all lie in one ("Laukkai" alone), else "".
func (st *state) onlyPlaceState() string {
	side := ""
	for _, p := range st.doc.Places {
		if p.Country == "" || strings.HasPrefix(p.Feature, "A.PCL") {
			continue
		}
		s := st.sideOfISO2[p.Country]
		if s == "" || side != "" && s != side {
			return ""
		}
		side = s
	}
	return side
}

// bareRegime: the speaker is "the regime" alone.
func (st *state) bareRegime(spk speaker) bool {
	return spk.a > 0 && spk.b == spk.a+1 && st.norm(spk.a) == "regime" && st.norm(spk.a-1) == "the"
}

// ownerBefore is the first token of a possessive that owns the speaker's
// noun phrase ("the regime's communication service", "its military
// command", "Its communication service"): the token of "its" or of
// "regime" before "'s", or -1. The phrase runs back from the head over
// lower-case words.
func (st *state) ownerBefore(spk speaker) int {
	k := spk.a - 1
	for n := 0; n < 3 && k > 0 && st.sentOf[k] == st.sentOf[spk.a]; n++ {
		t := st.toks[k]
		if !t.Word || t.Cap && t.Norm != "its" {
			break
		}
		if t.Norm == "its" || t.Norm == "'s" || t.Norm == "’s" {
			break
		}
		k--
	}
	if k < 0 || st.sentOf[k] != st.sentOf[spk.a] {
		return -1
	}
	switch st.norm(k) {
	case "its":
		return k
	case "'s", "’s":
		if st.norm(k-1) == "regime" && st.norm(k-2) == "the" {
			return k - 1
		}
	}
	return -1
}
