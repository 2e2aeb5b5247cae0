package claim

import parallax "github.com/parallaxhq/parallax"

// openingPlaceSide is the side of the state an unnamed official speaker
// at token a is placed in by the sentence's opening "In TOWN," ("In
// Malabo, a navy spokesman said"), in a story filed from two states'
// towns at once ("MALABO/LIBREVILLE"), when TOWN lies in one of the two:
// each side's officials speak from home, and the reporter marks them by
// the place (as the actor stage does for named ones, placedSpeakerSides).
// "" otherwise.
func (st *state) openingPlaceSide(a int) string {
	if a < 0 || a >= len(st.toks) || len(st.datelines) == 0 || st.datelines[0].Towns < 2 {
		return ""
	}
	start := st.sentTok[st.sentOf[a]][0]
	for k := start; k <= start+1 && k < a; k++ {
		if st.norm(k) != "in" {
			continue
		}
		side, end := st.placeSideEnd(k + 1)
		if side == "" || end >= a || st.norm(end) != "," || !st.datelineTownState(side) {
			return ""
		}
		return side
	}
	return ""
}

// placeSideEnd is the side of the state of the place the geoparser
// located at token k, with the token after the place; "" when none.
func (st *state) placeSideEnd(k int) (string, int) {
	if k >= len(st.toks) {
		return "", k
	}
	for _, p := range st.doc.Places {
		if p.Start != st.toks[k].Start || p.Country == "" {
			continue
		}
		end := k
		for end < len(st.toks) && st.toks[end].Start < p.End {
			end++
		}
		return st.sideOfISO2[p.Country], end
	}
	return "", k
}

// datelineTownState: side is the state of one of the towns a slash
// joins in the story's first dateline.
func (st *state) datelineTownState(side string) bool {
	d := st.datelines[0]
	for _, town := range d.Places[:min(d.Towns, len(d.Places))] {
		for _, p := range st.doc.Places {
			if p.Country != "" && town.Contains(parallax.Span{Start: p.Start, End: p.End}) && st.sideOfISO2[p.Country] == side {
				return true
			}
		}
	}
	return false
}

// privateInstitutionStaff: an unnamed official speaker ending before token
// b is the staff of a hospital, school, company or church the words
// after it name ("Officials at the Civil Hospital in Quetta said", "a
// spokeswoman for the hospital said", "a spokesman for the company"):
// no party's, as the golds keep a hospital's doctors and officials, and
// as a modifier before the head already says ("hospital officials"). A
// military or state-run hospital's officials stay the state's.
func (st *state) privateInstitutionStaff(b int) bool {
	if b >= len(st.toks) {
		return false
	}
	if p := st.norm(b); p != "at" && p != "for" && p != "of" && p != "from" {
		return false
	}
	sent := st.sentOf[b]
	for k := b + 1; k < len(st.toks) && k <= b+6 && st.sentOf[k] == sent; k++ {
		t := st.toks[k]
		if !t.Word && t.Norm != "'s" && t.Norm != "’s" && t.Text != "-" {
			return false
		}
		if stateInstitutionWords[t.Norm] {
			return false // "officials at the military hospital"
		}
		if privateInstitutionNouns[t.Norm] {
			return true
		}
		if t.Norm == "in" || t.Norm == "said" || t.Norm == "told" || t.Norm == "says" {
			return false
		}
	}
	return false
}

// privateInstitutionNouns head the name of a body no party runs as such:
// hospitals, schools, companies, churches.
var privateInstitutionNouns = map[string]bool{
	"hospital": true, "hospitals": true, "clinic": true, "clinics": true, "university": true, "college": true,
	"school": true, "company": true, "firm": true, "charity": true, "church": true, "mosque": true,
	"diocese": true, "parish": true,
}

// stateInstitutionWords make such a body a state's ("the military
// hospital", "the state-run company", "the police college").
var stateInstitutionWords = map[string]bool{
	"military": true, "army": true, "police": true, "state-run": true, "state-owned": true,
	"government": true, "government-run": true, "naval": true, "defence": true, "defense": true,
}

// institutionStaffSpeaker: the unnamed speaker over [a, b) is an
// official or officer of a hospital, school, company or church
// ("Officials at the Civil Hospital", "a spokeswoman for the hospital").
func (st *state) institutionStaffSpeaker(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	h := st.toks[b-1].Norm
	return (unnamedHeads[h] || placedOfficerHeads[h]) && st.privateInstitutionStaff(b)
}
