package actor

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// regionBodyHeads end the names of a region's own bodies: its force, its
// government and its offices ("Tigray Army", "the Tigray government",
// "Tigray Health Bureau"), not its media or firms.
var regionBodyHeads = map[string]bool{
	"army": true, "forces": true, "government": true, "administration": true, "bureau": true,
	"ministry": true, "council": true, "authorities": true, "authority": true, "command": true,
	"office": true, "cabinet": true,
}

// regionForces: a force named for a region of the story's places, not
// for a state ("Tigray Army", "the Tigray Defence Forces"), is no state's
// army: a region with an army of its own is held by the armed group the
// story names whose name holds the region's ("Tigray People's Liberation
// Front"), and the force and the region's bodies named with the region's
// name ("the Tigray government", "the Tigray Health Bureau") speak for
// that group, not for the state the region lies in. Nothing changes when
// no such group, or two, is named, or when the word is a state's or an
// actor's name ("the Sudanese Army", "the Arakan Army").
func (st *docState) regionForces() {
	ents := st.doc.Entities
	regions := map[string]string{} // region word: the group's side
	forces := map[string]string{}  // the region force's actor: side
	for _, e := range ents {
		if !bodyKind(e.Kind) {
			continue
		}
		ws := strings.Fields(strings.TrimPrefix(e.Text, "the "))
		if len(ws) < 2 || len(ws) > 3 {
			continue
		}
		head := strings.ToLower(strings.Join(ws[1:], " "))
		if head != "army" && head != "defence forces" && head != "defense forces" {
			continue
		}
		region := ws[0]
		side, ok := regions[region]
		if !ok {
			side = st.regionGroup(region)
			regions[region] = side
		}
		if side != "" && e.Actor != "" {
			forces[e.Actor] = side
		}
	}
	for j := range ents {
		e := &ents[j]
		if !bodyKind(e.Kind) {
			continue
		}
		if side, ok := forces[e.Actor]; ok {
			e.Side = side // the force, and "It" or "the statement" that take it up
			continue
		}
		ws := strings.Fields(strings.TrimPrefix(e.Text, "the "))
		if len(ws) < 2 || !regionBodyHeads[strings.ToLower(ws[len(ws)-1])] {
			continue
		}
		if side := regions[strings.TrimSuffix(ws[0], "'s")]; side != "" {
			e.Actor, e.Side = strings.Join(ws, " "), side
		}
	}
}

// regionGroup is the side of the one armed group the story names whose
// name holds the region's word, where that word names a region of the
// story's places and no state or actor; "" otherwise.
func (st *docState) regionGroup(region string) string {
	if region == "" || !startsUpper(region) || st.sideOfWord(region) != "" {
		return ""
	}
	placed := false
	for _, p := range st.doc.Places {
		if p.Admin1 == region || p.Name == region || strings.HasPrefix(p.Admin1, region+" ") {
			placed = true
			break
		}
	}
	if !placed {
		return ""
	}
	side := ""
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindGroup || e.Side == "" {
			continue
		}
		if !containsWord(e.Actor, region) && !containsWord(e.Text, region) {
			continue
		}
		if side != "" && side != e.Side {
			return ""
		}
		side = e.Side
	}
	return side
}

// startsUpper: the word is capitalised, as a region's name is.
func startsUpper(w string) bool { return w[0] >= 'A' && w[0] <= 'Z' }
