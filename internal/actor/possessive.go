package actor

import "github.com/parallaxhq/parallax"

// possessivePronounSide: the name at token a follows a title owned by a
// pronoun ("Its spokesman, NAME, said", "Their commander NAME told"):
// the title is that of the body the sentence before (or this one) named
// last, a group, government, army or organisation with a side, and the
// person speaks for it.
func (st *docState) possessivePronounSide(a int) string {
	sent := st.sentOf[a]
	i := a - 1
	if i >= 0 && st.toks[i].Text == "," {
		i--
	}
	official := false
	for k := 0; k < 5 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if !t.Word && t.Text != "." {
			return ""
		}
		if t.Norm == "its" || t.Norm == "their" {
			if !official {
				return ""
			}
			return st.bodyBefore(i)
		}
		if officialTitles[t.Norm] || serviceWords[t.Norm] || rankWords[t.Norm] {
			official = true
		} else if !t.Cap && !titleLinks[t.Norm] && t.Text != "." {
			return ""
		}
		i--
	}
	return ""
}

// bodyBefore is the side of the last body with a side named before token
// i, in its sentence or the one before: a group, government, army or
// organisation (a place or a person owns no spokesman through "its").
func (st *docState) bodyBefore(i int) string {
	side, at := "", -1
	for _, m := range st.ments {
		if m.b > i || m.side == "" || !m.resolved || st.sentOf[m.a] < st.sentOf[i]-1 || m.a <= at {
			continue
		}
		switch m.kind {
		case parallax.KindGroup, parallax.KindGovernment, parallax.KindMilitary, parallax.KindOrganization:
			side, at = m.side, m.a
		}
	}
	return side
}

// placeServiceSide: the title before the name at token a is a service of
// a place inside a state ("Balochistan government spokesman NAME",
// "Kano police commissioner NAME"): the geoparsed place's state.
func (st *docState) placeServiceSide(a int) string {
	sent := st.sentOf[a]
	for i := a - 1; i > 0 && i >= a-4 && st.sentOf[i-1] == sent; i-- {
		t := st.toks[i]
		if !t.Word {
			return ""
		}
		if t.Norm != "government" && t.Norm != "police" || !st.toks[i-1].Cap {
			continue
		}
		// the words between the service and the name are its titles
		for k := i + 1; k < a; k++ {
			if w := st.toks[k]; !(officialTitles[w.Norm] || roleNouns[w.Norm] || w.Cap || w.Text == ".") {
				return ""
			}
		}
		country := st.lastPlaceCountry(st.toks[i-1].Start, st.toks[i-1].End)
		if country == "" || st.countryWordAt(st.toks[i-1].Start, st.toks[i-1].End) {
			return "" // a country's own government has its side already
		}
		if c, ok := st.kb.CountryOfISO2(country); ok {
			return c.Side
		}
		return ""
	}
	return ""
}
