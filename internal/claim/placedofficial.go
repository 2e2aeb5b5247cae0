package claim

// placedOfficialSide is the side of the state an unnamed official speaker
// at tokens [a, b) is placed in by "in" or "at" and a place the geoparser
// located right after it ("A senior Army officer in Leh", "officials in
// Srinagar", "a security source at Bol"): an official posted in a town
// speaks for the state the town lies in, whichever state the story names
// most. "" when no located place follows.
func (st *state) placedOfficialSide(a, b int) string {
	if a < 0 || b <= a || b+1 >= len(st.toks) {
		return ""
	}
	if p := st.norm(b); p != "in" && p != "at" {
		return ""
	}
	return st.placeSideAt(b + 1)
}

// placeSideAt is the side of the state of the place that starts at token
// k, after an optional "the" ("in the Donbas"), or "" when no place
// with a country starts there.
func (st *state) placeSideAt(k int) string {
	if st.norm(k) == "the" {
		k++
	}
	if k >= len(st.toks) {
		return ""
	}
	for _, p := range st.doc.Places {
		if p.Start == st.toks[k].Start && p.Country != "" {
			return st.sideOfISO2[p.Country]
		}
	}
	return ""
}

// placedOfficerHeads are the nouns of an official or officer whom a
// place after them may tie to a state ("a senior Army officer in Leh").
var placedOfficerHeads = map[string]bool{
	"officer": true, "officers": true, "official": true, "officials": true, "commander": true,
	"commanders": true, "policeman": true, "policemen": true,
}

// placedOfficer: the speaker at tokens [a, b) is an officer or official
// noun, with no word of a party other than a state just before it ("a
// senior Army officer", not "a rebel officer", "a former official").
func (st *state) placedOfficer(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) || !placedOfficerHeads[st.norm(b-1)] {
		return false
	}
	for i := max(0, a-3); i < b-1; i++ {
		if w := st.norm(i); nonStateModifiers[w] || formerWords(w) {
			return false
		}
	}
	return true
}
