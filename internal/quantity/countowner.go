package quantity

// Whose captives are: people a side arrests or takes prisoner are its
// enemy's, never its own, whatever place or speaker the other owner rules
// would give them.

// arrestWords are the outcome words of an arrest: a state's police or
// troops seizing suspects, not an armed group taking hostages.
var arrestWords = map[string]bool{"arrested": true, "arrest": true, "arresting": true, "arrests": true,
	"detained": true, "detain": true, "detaining": true, "apprehended": true, "apprehend": true,
	"apprehending": true, "nabbed": true, "rounded": true}

// captivesOwner returns the owner of captured count f of sentence si, told
// by speaker: "Police arrested five people" in a story of an armed group's
// attack are that group's suspects, not the state's where they were held; "the army said it had taken 60
// prisoners" are the captor's enemy's, not the captor's. Any other count,
// and captives whose own words name them ("25 Rwandan soldiers"), keep
// owner.
func (s *Stage) captivesOwner(ctx *context, si int, f found, speaker string) string {
	if f.Item != "captured" || f.ownerNamed || f.outcomeAt < 0 {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	if arrestWords[ws[f.outcomeAt].Lower] {
		// (only where the story names the group: "government troops
		// arrested 20 young men on suspicion of supporting" a militia
		// the story does not single out are the state's own people; a
		// state's arrests of another state's airmen keep theirs)
		captor := f.agent
		if !s.states[captor] {
			captor = ctx.placeSide(si, s.countryCodes, nil)
		}
		if g := s.storyGroup(ctx, speaker, f.agent); g != "" && (f.Owner == "" || f.Owner == captor) {
			return g
		}
		return f.Owner
	}
	if captor := f.agent; captor != "" && s.states[captor] && (f.Owner == "" || f.Owner == captor) && f.head != "others" {
		// ("killed 120 federal soldiers and captured 35 others": more of
		// the people just counted, whose state the agent rule may read
		// as the captor)
		if opp := ctx.opponent(captor); opp != "" && !neutral[opp] {
			return opp
		}
		return ""
	}
	return f.Owner
}
