package actor

import "strings"

// divisionNouns name the administrative divisions and places a title can
// refer back to by "the NOUN's" ("the province's deputy governor", "the
// island's mayor", "the district's government agent"). "state" is left
// out: "the state's" is as often the country.
var divisionNouns = map[string]bool{
	"province": true, "island": true, "district": true, "region": true, "prefecture": true,
	"department": true, "governorate": true, "county": true, "city": true, "town": true,
	"municipality": true, "oblast": true, "canton": true, "territory": true, "village": true,
	"township": true, "emirate": true, "commune": true,
}

// divisionPossessive: the token at i is the "'s" of "the NOUN's" with a
// division noun, a title's reference back to a place the story named
// ("Mohammad Rahimi, the province's deputy governor,").
func (st *docState) divisionPossessive(i int) bool {
	if n := st.tokNorm(i); n != "'s" && n != "’s" {
		return false
	}
	if !divisionNouns[st.tokNorm(i-1)] {
		return false
	}
	d := st.tokNorm(i - 2)
	return d == "the" || d == "this" || d == "that"
}

// placeNamedBefore is the country (ISO2) of the last geoparsed place
// before token a in its sentence or the two before it, the place a title's
// "the province's" refers back to ("... in Sistan and Baluchestan
// province. NAME, the province's deputy governor, said"), or "".
func (st *docState) placeNamedBefore(a int) string {
	if a <= 0 || a >= len(st.toks) {
		return ""
	}
	s := st.sentOf[a] - 2
	if s < 0 {
		s = 0
	}
	lo, hi := st.sentStart(s), st.toks[a].Start
	country, at := "", -1
	for _, p := range st.doc.Places {
		// (a country is no province: "North Korea fired shells near
		// Yeonpyeong Island. ... The island's township chief")
		if p.Start >= lo && p.End <= hi && p.Country != "" && p.Start > at && !strings.HasPrefix(p.Feature, "A.PCL") {
			country, at = p.Country, p.Start
		}
	}
	return country
}
