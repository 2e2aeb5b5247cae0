package actor

// possessedCommonAlias: the knowledge base's hits at tokens [a, b) hold an
// intergovernmental body's name made of common words ("Security
// Council", "General Assembly") written after another's possessive
// ("Russia's Security Council", "the Kurdistan Region's Security
// Council"): the possessor's own body of that name, not the
// intergovernmental one. A possessor of the body's own ("the UN's
// Security Council") keeps it.
func (st *docState) possessedCommonAlias(a, b int, hs []hit) bool {
	if a < 2 || (st.tokNorm(a-1) != "'s" && st.tokNorm(a-1) != "’s") {
		return false
	}
	found := false
	for _, h := range hs {
		if h.kind != hitActor {
			continue // an institution the possessor's state may hold ("secco")
		}
		if !intergovernmental[st.kb.Actors[h.idx].Side] {
			return false
		}
		found = true
	}
	if !found {
		return false
	}
	for k := a; k < b; k++ {
		if !st.toks[k].Word || intergovernmentalWords[st.tokNorm(k)] {
			return false
		}
	}
	return !intergovernmentalWords[st.tokNorm(a-2)]
}

// withoutIntergovernmental is hs without its intergovernmental bodies'
// hits.
func withoutIntergovernmental(kb *KB, hs []hit) []hit {
	var out []hit
	for _, h := range hs {
		if h.kind == hitActor && intergovernmental[kb.Actors[h.idx].Side] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// intergovernmentalWords are words of the names of the bodies states make
// up ("UN", "United Nations", "NATO", "EU"): a name that holds one is the
// body's own.
var intergovernmentalWords = map[string]bool{
	"un": true, "u.n.": true, "united": true, "nations": true, "nato": true, "eu": true, "european": true,
	"union": true, "osce": true, "csto": true, "african": true, "au": true, "ecowas": true, "g7": true,
}
