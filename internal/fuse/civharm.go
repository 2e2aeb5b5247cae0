package fuse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
)

// A side often tells the harm its civilians suffered only as a toll: "a
// bus in the convoy was hit, wounding five passengers", "jets bombed a
// valley, killing six shepherds". The extractor may give such a sentence
// no act on civilians (the act's target is read as the vehicle, the
// place or no one), while the count names its victims as civilians
// (victimClass). And the other side's answer often names the accusation
// only by pointing back ("the ministry rejected the accusation", "the
// government has always rejected that charge"), with no word of
// civilians of its own. Both are the parties' words over civilians: the
// toll is its claimant's accusation, and the denial that points back to
// an accusation over civilians denies it.

// civilianTolls returns, per side, the claims that tell a toll of
// civilians (killed or wounded, victims named as civilians) which carry
// no act on civilians of their own (withEvent), for the sides that make
// no accusation over civilians otherwise (accusing): a toll beside the
// side's own accusation adds nothing to it. The side is the count's
// claimant: the claim's speaker, or the party the count stage found
// behind a speaker the claim gives no side ("the bulletin said" after
// "the ministry said in a bulletin"). A figure the report gives in its
// own voice (no claim), or one a sided speaker cites from another party,
// is no accusation of the claimant. International bodies count the dead
// without accusing.
func (v *view) civilianTolls(withEvent map[string]bool, accusing func(side string) bool) (sides []string, claims map[string][]string) {
	claims = map[string][]string{}
	for _, c := range v.counts {
		if c.victims != victimsCivilians || c.item != "killed" && c.item != "wounded" || c.by == "" || c.claim == "" ||
			withEvent[c.claim] || internationalBodies[c.by] || accusing(c.by) {
			continue
		}
		cl, ok := v.claims[c.claim]
		if !ok || cl.side != c.by && cl.side != "" || cl.stance == parallax.StanceDeny {
			continue
		}
		if _, seen := claims[c.by]; !seen {
			sides = append(sides, c.by)
		}
		claims[c.by] = appendUnique(claims[c.by], c.claim)
	}
	slices.Sort(sides)
	return sides, claims
}

// answersCivilianAccusation reports whether denial d points back
// (contra_refers.go) to a claim that accuses another of harming
// civilians: one of the accusations (yes, per initiator the claims of
// each accusing side) gathered for the incident. The claim pointed to is
// the last of its speaker's statement; where the claims just before it
// (statementBack, same article and side) say something else ("its
// fighters killed 60 soldiers ... Amaq also said aircraft bombed homes
// ... the spokesman dismissed the claim"), the denial answers the
// statement as a whole, not its part about civilians.
func (v *view) answersCivilianAccusation(d *claimF, yes []map[string][]string) bool {
	if d.refers == "" {
		return false
	}
	accusation := func(id string) bool {
		for _, bySide := range yes {
			for _, ids := range bySide {
				if slices.Contains(ids, id) {
					return true
				}
			}
		}
		return false
	}
	a, ok := v.claims[d.refers]
	if !ok || !accusation(a.id) {
		return false
	}
	art, n, ok := claimNumber(a.id)
	for k := 1; ok && k <= statementBack && n-k >= 1; k++ {
		b, found := v.claims[art+":c"+strconv.Itoa(n-k)]
		if !found || b.side != a.side || b.stance != parallax.StanceAssert {
			break
		}
		if !accusation(b.id) {
			return false
		}
	}
	return true
}

// statementBack is how many claims before the one a denial points back
// to may belong to the same statement.
const statementBack = 2

// claimNumber splits a claim id ("article:c12") into its article and its
// number in the article (claims are numbered in the order of the text).
func claimNumber(id string) (art string, n int, ok bool) {
	k := strings.LastIndex(id, ":c")
	if k < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[k+2:])
	return id[:k], n, err == nil
}
