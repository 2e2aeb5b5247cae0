package actor

// enemyForces are the nouns of armed forces that "enemy" may modify ("the
// enemy army's spokesman", "enemy artillery shelled").
var enemyForces = map[string]bool{
	"army": true, "forces": true, "troops": true, "soldiers": true, "military": true,
	"artillery": true, "aircraft": true, "warplanes": true, "drones": true, "drone": true,
}

// namedEnemy: a partisan outlet calls the other party "the enemy"; where
// the story itself says whom it means ("The Israeli enemy committed a new
// massacre", "the Russian enemy shelled"), its bare "the enemy" later
// ("The enemy claimed", "the enemy's claims", "The enemy army's spokesman")
// is that state's armed forces. Only one state may be so named: a story
// that calls two states the enemy (or none) says nothing of its bare
// "enemy". Quotations are left out: a quoted speaker's enemy is not
// necessarily the outlet's.
func (st *docState) namedEnemy() {
	ci := -1
	for i := range st.toks {
		if st.toks[i].Norm != "enemy" || i < 2 {
			continue
		}
		l, ok := st.lexBefore(i)
		if !ok || st.tokNorm(l.a-1) != "the" {
			continue
		}
		h, ok := l.countryHit()
		if !ok || h.kind != hitDemonym {
			continue
		}
		if ci >= 0 && st.kb.Countries[ci].Side != st.kb.Countries[h.idx].Side {
			return // two states called the enemy
		}
		ci = h.idx
	}
	if ci < 0 || st.kb.Countries[ci].Side == "" {
		return
	}
	name, kind := st.bodyName(ci, "army")
	for i := range st.toks {
		t := st.toks[i]
		if t.Norm != "enemy" || st.cover[i] || t.InQuote {
			continue
		}
		a, b := i, i+1
		if l, ok := st.lexBefore(i); ok && st.tokNorm(l.a-1) == "the" {
			if _, ok := l.countryHit(); ok && !st.covered(l.a, i) {
				a = l.a // the naming phrase itself
			}
		}
		if a == i && st.tokNorm(i-1) != "the" && !possessiveMark(st.tokNorm(i+1)) && !enemyForces[st.tokNorm(i+1)] {
			continue // "an enemy of the people", "enemy combatants"
		}
		if enemyForces[st.tokNorm(b)] && !st.cover[b] {
			b++ // "the enemy army", "enemy artillery"
		}
		st.add(mention{a: a, b: b, actor: name, kind: kind, side: st.kb.Countries[ci].Side, resolved: true})
	}
}

// lexBefore: the looked-up run that ends right before token i.
func (st *docState) lexBefore(i int) (lexItem, bool) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if l, ok := st.lexStarting(j); ok && l.b == i {
			return l, true
		}
	}
	return lexItem{}, false
}

// possessiveMark: the token is the possessive "'s".
func possessiveMark(w string) bool { return w == "'s" || w == "’s" }
