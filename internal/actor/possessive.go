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
	official, comma := false, false
	for k := 0; k < 6 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if t.Text == "," && !comma && official && rankWords[st.tokNorm(i+1)] {
			// "Its spokesperson, Lt Col NAME": the rank after the
			// title's comma is the person's, not a new phrase
			comma = true
			i--
			continue
		}
		if (t.Norm == "'s" || t.Norm == "'") && official && i >= 2 && st.tokNorm(i-2) == "the" {
			// "The rebels' spokesman NAME", "the agency's spokesman
			// NAME": the body of that class the story names
			if cls, ok := classNouns[st.tokNorm(i-1)]; ok {
				return st.classBodySide(cls, i-2)
			}
			// "The council's spokesman, NAME": the group whose name
			// the noun heads (namehead.go)
			return st.nameHeadGroupSide(st.tokNorm(i-1), i-2)
		}
		if !t.Word && t.Text != "." {
			return ""
		}
		if t.Norm == "its" || t.Norm == "their" {
			if !official {
				return ""
			}
			return st.ownerBefore(i)
		}
		if t.Norm == "his" || t.Norm == "her" {
			if !official {
				return ""
			}
			return st.personSideBefore(i) // "Governor NAME1 vetoed the bill, and her spokeswoman, NAME2, said"
		}
		if officialTitles[t.Norm] || serviceWords[t.Norm] || rankWords[t.Norm] {
			official = true
		} else if !t.Cap && !titleLinks[t.Norm] && !portfolioWords[t.Norm] && t.Text != "." {
			return ""
		}
		i--
	}
	return ""
}

// personSideBefore is the side of the people named before token i, in
// its sentence or the one before, when they all have one side: the
// owner of "his spokesman" is among them, whichever it is.
func (st *docState) personSideBefore(i int) string {
	side := ""
	for _, m := range st.ments {
		if m.b > i || m.kind != parallax.KindPerson || !m.resolved || st.sentOf[m.a] < st.sentOf[i]-1 {
			continue
		}
		if m.side == "" || side != "" && m.side != side {
			return ""
		}
		side = m.side
	}
	return side
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

// classBodySide is the side of the body that a class noun at token i
// refers to ("the rebels", "the agency"): the last body with a side
// named before it in its sentence or the one before; for an armed group's
// class ("the rebels", "the militants"), else the one armed group the
// story names, wherever (a lead may name the group after its spokesman:
// "The rebels' spokesman NAME said M23 fighters would not withdraw").
func (st *docState) classBodySide(cls string, i int) string {
	if side := st.bodyBefore(i); side != "" {
		if cls != "group" || st.groupSide(side) {
			return side
		}
	}
	if cls != "group" {
		return ""
	}
	only := ""
	for _, m := range st.ments {
		if !m.resolved || m.kind != parallax.KindGroup || m.side == "" {
			continue
		}
		if only != "" && only != m.side {
			return "" // two armed groups: which one is not known
		}
		only = m.side
	}
	return only
}

// groupSide: some mention of the story resolves to an armed group with
// this side.
func (st *docState) groupSide(side string) bool {
	for _, m := range st.ments {
		if m.resolved && m.kind == parallax.KindGroup && m.side == side {
			return true
		}
	}
	return false
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

// mixedAcronym: an acronym with lower-case letters of the short words it
// keeps ("MoND" of the Ministry of National Defence, "MoD", "DoD"): a
// capital first and last, three or more capitals, letters alone.
func mixedAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
		default:
			return false
		}
	}
	n := len(s)
	return n >= 3 && n <= 6 && caps >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[n-1] >= 'A' && s[n-1] <= 'Z'
}

// definedAcronyms applies the acronyms a story defines ("The Arakan Army
// (AA) said ... According to the AA"): a body with a side named before
// an acronym in brackets is what that acronym means in the rest of the
// story, over any other reading the knowledge base has of it ("AA" is
// also the Turkish news agency's). It runs before titles and anaphora are
// read, so that "AA spokesman NAME" and "the group" after "the AA" take
// the body's side.
func (st *docState) definedAcronyms() {
	defs := map[string]mention{}
	for _, m := range st.ments {
		if !m.resolved || m.kind == parallax.KindPerson || m.side == "" || m.actor == "" || m.b+2 >= len(st.toks) {
			continue
		}
		if st.toks[m.b].Text != "(" || st.toks[m.b+2].Text != ")" || !isAcronym(st.toks[m.b+1].Text) && !mixedAcronym(st.toks[m.b+1].Text) {
			continue
		}
		if _, ok := defs[st.toks[m.b+1].Text]; !ok {
			defs[st.toks[m.b+1].Text] = st.acronymOwner(m)
		}
	}
	if len(defs) == 0 {
		return
	}
	covered := map[int]bool{}
	for i := range st.ments {
		m := &st.ments[i]
		if m.b-m.a != 1 {
			continue
		}
		if d, ok := defs[st.toks[m.a].Text]; ok {
			m.actor, m.kind, m.side, m.inst, m.resolved = d.actor, d.kind, d.side, d.inst, true
			covered[m.a] = true
		}
	}
	for i, t := range st.toks {
		if d, ok := defs[t.Text]; ok && !covered[i] && !st.cover[i] {
			st.add(mention{a: i, b: i + 1, actor: d.actor, kind: d.kind, side: d.side, inst: d.inst, resolved: true})
		}
	}
}

// unsidedOwnerBefore: the possessive "'s" at token i follows an
// organisation of the recogniser that no state or party owns ("Amnesty
// International's Nigeria director"): the title after it is the
// organisation's post, not its country's.
func (st *docState) unsidedOwnerBefore(i int) bool {
	if i < 1 {
		return false
	}
	end := st.toks[i-1].End
	for _, m := range st.ments {
		if m.End == end && m.kind != parallax.KindPerson && (m.side != "" || m.kind == parallax.KindGPE) {
			return false
		}
	}
	for _, e := range st.doc.Entities {
		if e.End == end && e.Kind == parallax.KindOrganization {
			return true
		}
	}
	return false
}

// appositionTitleState: the name at token a follows a title set off by a
// comma that names a state's service ("A presidency spokesman, NAME,",
// "The army spokesman, NAME,"): a state title for the story's state.
func (st *docState) appositionTitleState(a int) bool {
	// a form of address between the comma and the name ("The Head of
	// State, His Excellency NAME", "The Defence Secretary, Mr NAME")
	if a >= 3 && st.tokNorm(a-1) == "excellency" && (st.tokNorm(a-2) == "his" || st.tokNorm(a-2) == "her") {
		a -= 2
	} else if a >= 3 && personalHonorifics[st.tokNorm(a-1)] {
		a--
	} else if a >= 4 && st.tokNorm(a-1) == "." && personalHonorifics[st.tokNorm(a-2)] {
		a -= 2
	}
	if a < 3 || st.toks[a-1].Text != "," {
		return false
	}
	sent := st.sentOf[a]
	found := false
	for i := a - 2; i >= 0 && i >= a-6 && st.sentOf[i] == sent; i-- {
		t := st.toks[i]
		switch {
		case t.Norm == "a" || t.Norm == "an" || t.Norm == "the":
			return found
		case !t.Word:
			return false
		case formerWords[t.Norm] || partyTitles[t.Norm]:
			return false
		case st.stateServiceAt(i) || st.stateTitleAt(i) || st.headOfStateAt(i):
			found = true
		case t.Norm == "of" && i > 0 && st.toks[i-1].Cap && st.toks[i+1].Cap:
			// "The Minister of Defence", "The Head of State": the title's
			// own "of" between its capitalised words
		case officialTitles[t.Norm] || t.Cap:
		default:
			return false
		}
		if i == 0 || st.sentOf[i-1] != sent {
			return found
		}
	}
	return false
}

// headOfStateAt: the words from token i are "Head of State" or "Head of
// Government", capitalised as a title is set.
func (st *docState) headOfStateAt(i int) bool {
	if st.tokNorm(i) != "head" || !st.toks[i].Cap || st.tokNorm(i+1) != "of" {
		return false
	}
	w := st.tokNorm(i + 2)
	return (w == "state" || w == "government") && st.toks[i+2].Cap
}

// possessiveAppositionSide: an apposition after the name at token b
// gives it a title owned by a pronoun or a class noun (", its spokesman,",
// ", the group's spokesman,", ", the rebels' commander,"): the person
// speaks for the body the pronoun or noun refers back to, as with the
// title before the name (possessivePronounSide).
func (st *docState) possessiveAppositionSide(b int) string {
	if b+3 >= len(st.toks) || st.toks[b].Text != "," {
		return ""
	}
	i := b + 1
	cls, byClass := "", false
	switch n := st.tokNorm(i); {
	case n == "its" || n == "their":
		i++
	case n == "the" && (st.tokNorm(i+2) == "'s" || st.tokNorm(i+2) == "'"):
		c, ok := classNouns[st.tokNorm(i+1)]
		if !ok {
			if st.nameHeadGroupSide(st.tokNorm(i+1), i) == "" {
				return ""
			}
			c = "head"
		}
		cls, byClass = c, true
		i += 3
	default:
		return ""
	}
	official := false
	for k := 0; k < 4 && i < len(st.toks) && st.sentOf[i] == st.sentOf[b]; k++ {
		t := st.toks[i]
		if t.Text == "," {
			break
		}
		if officialTitles[t.Norm] || rankWords[t.Norm] || cls == "group" && groupPosts[t.Norm] {
			official = true
		} else if !serviceWords[t.Norm] && !titleLinks[t.Norm] && !groupWings[t.Norm] && !officialModifiers[t.Norm] && !titleWord(t.Norm) {
			return ""
		}
		i++
	}
	if !official || i >= len(st.toks) || st.toks[i].Text != "," {
		return ""
	}
	if byClass && cls == "head" {
		return st.nameHeadGroupSide(st.tokNorm(b+2), b+1)
	}
	if byClass {
		return st.classBodySide(cls, b+1)
	}
	return st.bodyBefore(b)
}

// groupPosts are the posts of an armed group or movement that an
// apposition gives by its class noun ("NAME, the group's leader,", "NAME,
// the movement's secretary-general,"): the group's, though no state's
// official title.
var groupPosts = map[string]bool{
	"leader": true, "secretary-general": true, "chairman": true, "commander": true, "founder": true, "chief": true,
}

// groupPossessor: the body at token a is possessed by an armed group's
// class noun ("the rebels' health ministry", "the group's defence
// ministry"); it returns the token of "the", or -1.
func (st *docState) groupPossessor(a int) int {
	if a < 3 || st.sentOf[a-3] != st.sentOf[a] {
		return -1
	}
	if p := st.tokNorm(a - 1); p != "'s" && p != "'" && p != "’s" && p != "’" {
		return -1
	}
	if st.tokNorm(a-3) != "the" || classNouns[st.tokNorm(a-2)] != "group" {
		return -1
	}
	return a - 3
}

// groupName is the actor of an armed group with this side the story
// names, "" when it names none.
func (st *docState) groupName(side string) string {
	for _, m := range st.ments {
		if m.resolved && m.kind == parallax.KindGroup && m.side == side && m.actor != "" {
			return m.actor
		}
	}
	return ""
}
