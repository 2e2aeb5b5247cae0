package actor

import "github.com/parallaxhq/parallax"

// otherStatesBodyAfter: the demonym or country word l (its country hit
// ch) stands right before a capitalised name the knowledge base gives to
// a body of another state ("the Argentine Joint Chiefs of Staff", "the
// Pakistani Joint Chiefs of Staff", where "Joint Chiefs of Staff" is an
// alias of the United States Armed Forces): many states name their
// bodies alike, and the demonym says whose this one is. It returns the
// end of the body's name and the base's actor. A group's or a person's
// name after a demonym ("Lebanese Hezbollah", "Pakistani Taliban") is no
// state's body and is left alone, as is a body of the demonym's own
// state.
func (st *docState) otherStatesBodyAfter(l lexItem, ch hit) (int, Actor, bool) {
	if l.b >= len(st.toks) || !st.toks[l.b].Cap || !st.toks[l.b].Word {
		return 0, Actor{}, false
	}
	next, ok := st.lexStarting(l.b)
	if !ok || next.b-next.a < 2 {
		return 0, Actor{}, false // one word ("Army", "Navy") is the body noun the rules above read
	}
	h, ok := next.first(hitActor)
	if !ok {
		return 0, Actor{}, false
	}
	a := st.kb.Actors[h.idx]
	if a.Kind != parallax.KindMilitary && a.Kind != parallax.KindGovernment {
		return 0, Actor{}, false
	}
	own := st.kb.Countries[ch.idx].Side
	if a.Side == "" || a.Side == own {
		return 0, Actor{}, false
	}
	if _, state := st.kb.bySide[a.Side]; !state {
		return 0, Actor{}, false // a de facto authority's or an alliance's body
	}
	for k := next.a; k < next.b; k++ {
		if t := st.toks[k]; t.Word && !t.Cap && t.Norm != "of" && t.Norm != "and" && t.Norm != "for" {
			return 0, Actor{}, false // "American forces": an alias of common words
		}
	}
	return next.b, a, true
}
