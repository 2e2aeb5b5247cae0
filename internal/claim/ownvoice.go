package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// A non-state party speaks through its own media and statements, which
// the press names by the party they serve rather than by a name: "a
// pro-rebel website claimed", "a pro-PKK site said", "according to a
// council statement", "a movement statement said". When no rule of the
// actor stage resolved such a speaker, the party is the story's group
// that the words name: a class noun after "pro-" the story's group by
// storyGroupBefore, a group's own name after "pro-" that group, the head
// noun of a group's name before "statement" that group (storyGroupByHead).
// "pro-government" and "pro-Kremlin" media name a state and are left to
// the other rules.

// partyMediaNouns head the names of outlets and channels ("website",
// "radio station", "news agency").
var partyMediaNouns = map[string]bool{
	"website": true, "websites": true, "site": true, "sites": true, "radio": true, "station": true,
	"channel": true, "channels": true, "television": true, "tv": true, "newspaper": true, "outlet": true,
	"outlets": true, "media": true, "agency": true, "blog": true, "account": true, "accounts": true,
	"broadcaster": true, "network": true,
}

// ownVoiceSide is the side of the non-state party whose own outlet or
// statement the unresolved speaker is, "" when it is none.
func (st *state) ownVoiceSide(spk speaker) string {
	if spk.a < 0 || spk.b <= spk.a || spk.b > len(st.toks) || spk.ent >= 0 {
		return ""
	}
	head := st.norm(spk.b - 1)
	if head == "statement" || head == "communique" || head == "communiqué" {
		// "according to a council statement", "a movement statement said"
		k := spk.b - 2
		if k < 0 || k < spk.a-1 || st.toks[k].Cap {
			return ""
		}
		if d := st.norm(k - 1); d != "a" && d != "the" {
			return ""
		}
		if groupClassNouns[st.norm(k)] {
			return st.storyGroupBefore(k, st.norm(k))
		}
		return st.storyGroupByHead(k, st.norm(k))
	}
	if !partyMediaNouns[head] {
		return ""
	}
	// "a pro-rebel website", "a pro-PKK radio station": the "pro-" word
	// within the three words before the head, in the speaker or just
	// before it
	for k := spk.b - 2; k >= 0 && k >= spk.a-2 && k >= spk.b-4; k-- {
		w := st.norm(k)
		if !strings.HasPrefix(w, "pro-") {
			if !st.toks[k].Word || st.sentOf[k] != st.sentOf[spk.b-1] {
				return ""
			}
			continue
		}
		party := w[len("pro-"):]
		if groupNounModifiers[party] || groupClassNouns[party] {
			return st.storyGroupBefore(k, "rebels")
		}
		return st.groupNamed(st.toks[k].Text[len("pro-"):])
	}
	return ""
}

// groupNamed is the side of the non-state group the story names as name
// (its acronym or its name, as written), "" when it names none.
func (st *state) groupNamed(name string) string {
	if name == "" {
		return ""
	}
	states := map[string]bool{}
	for _, s := range st.sideOfISO2 {
		states[s] = true
	}
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindGroup && e.Side != "" && !states[e.Side] && (strings.EqualFold(e.Text, name) || strings.EqualFold(e.Text, name+"s")) {
			return e.Side
		}
	}
	return ""
}

// titleOfBody: the body speaker s follows a title of one person "of" or
// "for" it ("A commander of the Security Belt in Aden denied", "An
// official of the PJAK denied", "A spokesman for the Druze factions
// said"): the person speaks for the body, and the "he" of the sentences
// after is that person, as after "the body's spokesman" (titledBody).
func (st *state) titleOfBody(s speaker) bool {
	if s.a < 2 || s.ent < 0 || s.side == "" || st.doc.Entities[s.ent].Kind == parallax.KindPerson {
		return false // (a body of no side leaves the pronoun to the other rules)
	}
	k := s.a - 1
	if st.norm(k) == "the" {
		k--
	}
	if p := st.norm(k); p != "of" && p != "for" || k < 1 || st.sentOf[k-1] != st.sentOf[s.a] {
		return false
	}
	return personHeads[st.norm(k-1)] && st.lowerWord(k-1)
}
