package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// authorityMediaHeads are the words of an authority's media, which speak
// for it as its bodies do ("the Bosnian Serb news agency SRNA", "the
// Krajina Serb radio").
var authorityMediaHeads = map[string]bool{"agency": true, "radio": true, "television": true, "tv": true}

// speakerNamesAuthority is the side of the one authority of the story's
// day whose name opens the speaker's own words, a body, office or medium
// ("The Bosnian Serb leadership in Pale", "The Krajina Serb leadership",
// "The Bosnian Serb news agency SRNA"), where the story names two
// authorities at war on that day (the Bosnian and the Krajina Serbs in
// 1995), so that no one separatist party of the story gives it
// (authoritySpeakerSide); the actor stage read the speaker as the state
// its land lies in, or as Serbia by "Serb". The name must open the
// speaker's words, after a determiner only: a state's office for the
// region ("Ethiopia's Tigray task force") is the state's. A person whom
// the actor stage sided keeps the side.
func (st *state) speakerNamesAuthority(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) || spk.side != "" && !st.isStateSide(spk.side) {
		return "", false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson && spk.side != "" {
		return "", false
	}
	start := st.modifiersBefore(a)
	for start < b && determiners[st.norm(start)] {
		start++
	}
	body := false
	var ws []string
	for k := start; k < b; k++ {
		w := st.norm(k)
		ws = append(ws, w)
		body = body || authorityHeads[w] || authorityMediaHeads[w]
	}
	if !body {
		return "", false
	}
	words := strings.Join(ws, " ") + " "
	found := ""
	for _, au := range actor.AuthoritiesOn(st.storyDay()) {
		for _, n := range au.Names {
			if strings.HasPrefix(words, n+" ") {
				if found != "" && found != au.Side {
					return "", false
				}
				found = au.Side
			}
		}
	}
	return found, found != "" && found != spk.side
}

// placedAuthorityHeads are the nouns of a body or its people that a town
// after them places in an authority's seat ("the Serb authorities in
// Knin", "officials in Tiraspol").
var placedAuthorityHeads = map[string]bool{
	"authorities": true, "officials": true, "leadership": true, "leaders": true, "government": true,
	"administration": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// speakerInAuthorityTown is the side of the authority of the story's day
// whose seat the speaker is placed in by "in TOWN" right after its words
// ("A spokesman for the Serb authorities in Knin said" in 1993): a body
// seated in a separatist capital is that authority's, not the state of
// its people's name (Serbia by "Serb") nor none. A speaker the story
// gives the state the authority broke from ("Croatian police in Knin"),
// or no state's side at all (a UN official), keeps its side.
func (st *state) speakerInAuthorityTown(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b+1 >= len(st.toks) || st.norm(b) != "in" || !placedAuthorityHeads[st.norm(b-1)] {
		return "", false
	}
	if spk.side != "" && !st.isStateSide(spk.side) {
		return "", false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		return "", false
	}
	town := st.norm(b + 1)
	for _, au := range actor.AuthoritiesOn(st.storyDay()) {
		if spk.side == au.State || spk.side == au.Side {
			continue
		}
		for _, t := range au.Towns {
			if t == town {
				return au.Side, true
			}
		}
	}
	return "", false
}
