package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// The head noun of a non-state party's name takes the party up when no
// rule of the actor stage resolved it: "the Southern Transitional Council
// said ... The council said", "the front said" after "the United
// Liberation Front of Asom", "the coalition said" after a coalition of
// groups. As in actor/namehead.go, only when the story names one
// non-state group whose name holds the noun and no other body before the
// speaker does ("State Administration Council", "Saudi-led coalition",
// "UN Security Council").

// groupNameHeads are the head nouns of non-state parties' names that are
// no class nouns of armed groups (actor.nameHeadNouns).
var groupNameHeads = map[string]bool{
	"council": true, "front": true, "alliance": true, "coalition": true, "union": true, "congress": true,
	"party": true, "brotherhood": true, "organisation": true, "organization": true, "force": true,
}

// storyGroupByHead is the side of the one non-state group named before
// token at whose name holds noun (or whose apposition calls it one: "the
// CMA, a coalition of armed groups"); "" when none, two, or another body
// holding the noun is named before.
func (st *state) storyGroupByHead(at int, noun string) string {
	if !groupNameHeads[noun] || at < 0 || at >= len(st.toks) {
		return ""
	}
	states := map[string]bool{}
	for _, s := range st.sideOfISO2 {
		states[s] = true
	}
	pos := st.toks[at].Start
	side := ""
	for _, e := range st.doc.Entities {
		if e.Start >= pos {
			continue
		}
		holds := false
		for _, w := range strings.Fields(strings.ToLower(e.Text)) {
			if w == noun || w == noun+"s" {
				holds = true
				break
			}
		}
		if !holds && e.Kind == parallax.KindGroup {
			holds = st.appositionHead(e, noun)
		}
		if !holds {
			continue
		}
		if e.Kind != parallax.KindGroup || e.Side == "" || states[e.Side] {
			return ""
		}
		if side != "" && side != e.Side {
			return ""
		}
		side = e.Side
	}
	return side
}

// appositionHead: the group e is followed, in its sentence, by an
// apposition "a/an [words] NOUN" ("(CMA), a coalition of Tuareg-led
// armed groups", ", an alliance of rebel movements").
func (st *state) appositionHead(e parallax.Entity, noun string) bool {
	_, b := st.tokensIn(e.Start, e.End)
	k := b // the token after the name
	if st.norm(k) == "(" && st.norm(k+2) == ")" {
		k += 3
	}
	if k >= len(st.toks) || st.norm(k) != "," || st.sentOf[k] != st.sentOf[b-1] {
		return false
	}
	if d := st.norm(k + 1); d != "a" && d != "an" {
		return false
	}
	for j := k + 2; j < k+5 && j < len(st.toks); j++ {
		if st.norm(j) == noun {
			return true
		}
		if !st.toks[j].Word {
			return false
		}
	}
	return false
}

// nameHeadSpeakerSide: the unresolved speaker is a definite head noun of
// a group's name ("the council", "The front", a headline's bare "Council
// says"): the group's side by storyGroupByHead, else "".
func (st *state) nameHeadSpeakerSide(spk speaker) string {
	noun := spk.b - 1
	if !groupNameHeads[st.norm(noun)] {
		return ""
	}
	a := spk.a
	if st.norm(a) == "the" {
		a++
	} else if a == 0 || st.norm(a-1) != "the" {
		return ""
	}
	if a != noun || st.toks[noun].Cap && st.norm(noun-1) != "the" {
		return ""
	}
	return st.storyGroupByHead(spk.a, st.norm(noun))
}
