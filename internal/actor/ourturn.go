package actor

import "github.com/parallaxhq/parallax"

// ourHeads end a state's office or body after "our" ("our secretary of
// state", "our government", "our prime minister").
var ourHeads = map[string]bool{
	"government": true, "president": true, "minister": true, "secretary": true, "state": true, "army": true,
	"military": true, "chancellor": true, "premier": true, "ambassador": true, "embassy": true, "ministry": true,
}

// ourOffices adds "our" with a state's office or body ("our secretary of
// state", "Our government") said in an interview turn labelled with a
// person's name ("NAME: ... our secretary of state said ..."): the state
// of that person, who speaks of their own, whether the story gives them
// a side or only a nationality beside their first mention ("NAME, a
// retired U.S. diplomat,"). The outlet's turns and persons of no known
// state give none. It reports whether it added one.
func (st *docState) ourOffices() bool {
	added := false
	for i := 0; i+1 < len(st.toks); i++ {
		if st.tokNorm(i) != "our" || st.cover[i] {
			continue
		}
		end := i + 1
		for end < len(st.toks) && end < i+5 && st.toks[end].Word && !st.cover[end] &&
			(stateTitles[st.tokNorm(end)] || ourHeads[st.tokNorm(end)] || portfolioWords[st.tokNorm(end)] || st.tokNorm(end) == "of" || st.tokNorm(end) == "prime") {
			end++
		}
		for end > i+1 && !ourHeads[st.tokNorm(end-1)] && !stateTitles[st.tokNorm(end-1)] {
			end--
		}
		if end == i+1 || st.tokNorm(end-1) == "of" {
			continue
		}
		side := st.turnOwnerState(i)
		ci, ok := st.kb.bySide[side]
		if side == "" || !ok {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: i, b: end, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// turnOwnerState is the state of the person whose interview turn holds
// token i: the last "LABEL:" opening a sentence before it, when the label
// is a person; the person's side, else a state named beside the person's
// first mention. "" when the label is the outlet's or no label comes
// before.
func (st *docState) turnOwnerState(i int) string {
	for k := i - 1; k > 0 && i-k < 600; k-- {
		if st.toks[k].Text != ":" || st.sentOf[k-1] != st.sentOf[k] {
			continue
		}
		a := k - 1
		for a > 0 && st.toks[a-1].Cap && st.toks[a-1].Word && st.sentOf[a-1] == st.sentOf[k] {
			a--
		}
		if a > 0 && st.sentOf[a-1] == st.sentOf[a] && st.toks[a-1].Text != "." && st.toks[a-1].Text != "?" {
			continue // a colon inside a sentence ("said:"), no turn's label
		}
		for _, m := range st.ments {
			if m.b != k || m.a < a || m.kind != parallax.KindPerson || !m.resolved {
				continue
			}
			if m.side != "" {
				return m.side
			}
			return st.nationalityOf(m.actor)
		}
		return "" // the outlet's turn ("Herald:"), or one of no known person
	}
	return ""
}

// nationalityOf is the state named beside a mention of the person actor,
// the first that has one: in an apposition after the name, before any
// preposition ("NAME, a retired U.S. diplomat,", "NAME, former U.S.
// deputy secretary of state:", not "NAME, envoy to Korea"), or in the
// title right before it ("U.S. diplomat NAME").
func (st *docState) nationalityOf(actor string) string {
	country := func(k int) string {
		if l, ok := st.lexStarting(k); ok {
			if h, ok := l.countryHit(); ok {
				return st.kb.Countries[h.idx].Side
			}
		}
		return ""
	}
	for _, p := range st.ments {
		if p.kind != parallax.KindPerson || p.actor != actor {
			continue
		}
		if p.b < len(st.toks) && st.toks[p.b].Text == "," {
			for k := p.b + 1; k < len(st.toks) && k <= p.b+8 && st.toks[k].Word && st.sentOf[k] == p.sent && !prepositions[st.tokNorm(k)]; k++ {
				if s := country(k); s != "" {
					return s
				}
			}
		}
		for k := p.a - 1; k >= 0 && k >= p.a-3 && st.toks[k].Word && st.sentOf[k] == p.sent && !prepositions[st.tokNorm(k)]; k-- {
			if s := country(k); s != "" {
				return s
			}
		}
	}
	return ""
}
