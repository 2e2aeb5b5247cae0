package fuse

import (
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// internationalBodies are sides that speak about a conflict without being
// one of its parties: they never make coverage two-sided, and their figure
// is the best estimate when they give one (as UCDP's or the UN's is).
var internationalBodies = map[string]bool{
	"UNO": true, "EU": true, "OSCE": true, "ICRC": true, "AU": true, "NATO": true, "CSTO": true,
}

// view is an incident's items resolved for assessment.
type view struct {
	claims   map[string]*claimF // every claim of the member articles, by id
	inClaims []*claimF          // the claims placed in this incident
	events   []*eventF
	counts   []*countF
	mutual   [][2]string // parties the members' texts say blame each other

	evSigs map[string][][2]string // per claim, its events' type and initiator (sameMatter)
	// civAnswered: per claim that denies harm to civilians in a
	// civilian_targeting contradiction, the sides that accuse the same
	// initiator (those the dispute stands between, and third parties
	// that condemn beside them).
	civAnswered map[string][]string

	group func(art int32) int32 // the first article of an article's duplicate group
	ms    []member
	ix    *Index
}

func (v *view) claimSide(id string) string {
	if c, ok := v.claims[id]; ok && id != "" {
		return c.side
	}
	return ""
}

// assess fills an incident's sides, one-sidedness, sources, estimates and
// contradictions from its members.
func (ix *Index) assess(inc *parallax.Incident, ms []member) {
	v := &view{claims: map[string]*claimF{}, group: ix.dupGroup, ms: ms, ix: ix}
	seenArt := map[int32]bool{}
	for _, m := range ms {
		if !seenArt[m.ai] {
			seenArt[m.ai] = true
			for i := range m.art.claims {
				c := ix.claimView(m.art, &m.art.claims[i])
				v.claims[c.id] = &c
			}
		}
		for _, i := range m.seg.claims {
			v.inClaims = append(v.inClaims, v.claims[m.art.name(m.art.claims[i].id)])
		}
		for _, i := range m.seg.events {
			e := ix.eventView(m.art, &m.art.events[i])
			v.events = append(v.events, &e)
		}
		for _, i := range m.seg.counts {
			c := ix.countView(m.art, &m.art.counts[i])
			v.counts = append(v.counts, &c)
		}
		for k := 0; k+1 < len(m.seg.mutual); k += 2 {
			v.mutual = append(v.mutual, [2]string{ix.str(sref(m.seg.mutual[k])), ix.str(sref(m.seg.mutual[k+1]))})
		}
	}

	var sides, speaking, named []string
	for _, c := range v.inClaims {
		sides = append(sides, c.side)
		speaking = append(speaking, c.side)
	}
	for _, e := range v.events {
		sides = append(sides, e.init, e.target)
		named = append(named, e.init, e.target)
	}
	for _, c := range v.counts {
		sides = append(sides, c.owner)
		named = append(named, c.owner)
	}
	inc.Sides = sortedSet(sides)
	inc.OneSided, inc.Unheard = oneSided(sortedSet(speaking), sortedSet(named))
	inc.Sources = v.sources()
	inc.Estimates = v.estimates()
	inc.Contradictions = v.contradictions()
}

// oneSided: an incident is one-sided when exactly one of the conflict's
// parties speaks in it while another party, named in its events or counts,
// is never heard. International bodies count as neither.
func oneSided(speaking, named []string) (bool, []string) {
	unheard := []string{} // [] and never null in a report, even when no one is unheard
	var parties []string
	for _, s := range speaking {
		if !internationalBodies[s] {
			parties = append(parties, s)
		}
	}
	if len(parties) != 1 {
		return false, unheard
	}
	for _, n := range named {
		if !internationalBodies[n] && n != parties[0] {
			unheard = append(unheard, n)
		}
	}
	return len(unheard) > 0, unheard
}

// sources counts independent sources. Articles of one duplicate group
// (copies, reposts, renderings of one statement) are one source; so are
// articles that only relay one speaker (no event in the reporter's own
// voice, every claim from the same actor or side), whatever their wording.
func (v *view) sources() int {
	type groupInfo struct {
		speakers []string
		own      bool // reports an event in its own voice
	}
	info := map[int32]*groupInfo{}
	var order []int32
	for _, m := range v.ms {
		g := v.group(m.ai)
		gi, ok := info[g]
		if !ok {
			gi = &groupInfo{}
			info[g] = gi
			order = append(order, g)
		}
		for _, i := range m.seg.claims {
			gi.speakers = append(gi.speakers, v.ix.str(m.art.claims[i].key))
		}
		for _, i := range m.seg.events {
			if m.art.events[i].claim.n == 0 {
				gi.own = true
			}
		}
	}
	origins := map[string]bool{}
	for _, g := range order {
		gi := info[g]
		sp := sortedSet(gi.speakers)
		if !gi.own && len(sp) == 1 && len(gi.speakers) > 0 && !slices.Contains(gi.speakers, "") {
			origins["speaker:"+sp[0]] = true
		} else {
			origins["group:"+itoa(int(g))] = true
		}
	}
	return len(origins)
}

func speakerKey(s *parallax.Speaker) string {
	switch {
	case s.Actor != "":
		return "actor:" + s.Actor
	case s.Side != "":
		return "side:" + s.Side
	case s.Text != "":
		return "text:" + strings.ToLower(s.Text)
	}
	return ""
}

// partyValue is one party's figure for an item and owner, with the claims
// that state it.
type partyValue struct {
	side   string
	value  int
	high   int
	claims []string
	// denied: the figure is the none of a party that denies the loss
	// and gives no figure of its own (partyValues).
	denied bool
	// byVictims: of people, the party's largest figure of fighters
	// ([victimsFighters]) and of civilians ([victimsCivilians]), where
	// its counts name them; unnamed: a figure of people it does not name
	// as either ("12 dead", "two people"), or a denial's none.
	byVictims [3]classFigure
	unnamed   bool
}

// classFigure is a party's largest figure of one class of victims.
type classFigure struct {
	value  int
	claims []string
	has    bool
}

// partyValues gives, per item and owner, each party's figure. A party that
// gives several figures is taken at its largest: tallies of the dead and of
// destroyed materiel grow as reports come in, so the largest is the
// party's latest word. The claims are those stating that figure.
func (v *view) partyValues() (keys [][2]string, values map[[2]string][]partyValue) {
	values = map[[2]string][]partyValue{}
	sideOf := func(c *countF) string {
		if c.by != "" {
			return c.by
		}
		return v.claimSide(c.claim)
	}
	tallyIn := v.tallyFills(sideOf)
	for _, c := range v.counts {
		if !c.hasN || c.n < 0 || c.tally && !tallyIn(c) {
			continue // a tally answers another question than the incident's figure (scope.go)
		}
		side := sideOf(c)
		if v.rejectedFigure(c, side, sideOf) {
			continue
		}
		k := [2]string{c.item, c.owner}
		high := c.n
		if c.hasMax && c.nmax > high {
			high = c.nmax
		}
		pvs, ok := values[k]
		if !ok {
			keys = append(keys, k)
		}
		i := slices.IndexFunc(pvs, func(p partyValue) bool { return p.side == side })
		if i < 0 {
			pvs = append(pvs, partyValue{side: side, value: c.n, high: high})
			i = len(pvs) - 1
		}
		p := &pvs[i]
		if personItems[c.item] {
			if f := &p.byVictims[c.victims]; c.victims != 0 {
				switch {
				case !f.has || c.n > f.value:
					*f = classFigure{value: c.n, has: true}
					fallthrough
				case c.n == f.value:
					if _, known := v.claims[c.claim]; known && c.claim != "" && !slices.Contains(f.claims, c.claim) {
						f.claims = append(f.claims, c.claim)
					}
				}
			} else {
				p.unnamed = true
			}
		}
		switch {
		case c.n > p.value:
			p.value, p.claims = c.n, nil
		case c.n < p.value:
			values[k] = pvs
			continue
		}
		p.high = max(p.high, high)
		if _, known := v.claims[c.claim]; known && c.claim != "" && !slices.Contains(p.claims, c.claim) {
			p.claims = append(p.claims, c.claim)
		}
		values[k] = pvs
	}
	// A party that denies losing an item another party says it lost
	// gives none (losses.go), where it gives no figure of its own. For
	// people, the denial must answer the claim of the rival's figure
	// (sameMatter): "denied that any of its fighters had been killed"
	// answers "killed 20 militants", not a toll of dead people that the
	// extractor gave the same owner; a tank or a jet is that item
	// whoever counts it. A denial about one known item ("the drone was
	// not hit", lostOne) answers a rival's figure of one only.
	answers := func(d *claimF, item string, p partyValue) bool {
		if !personItems[item] || fightersAnswer(d, p) {
			return true
		}
		return slices.ContainsFunc(p.claims, func(id string) bool {
			a, ok := v.claims[id]
			return ok && v.sameMatter(d, a)
		})
	}
	for _, d := range v.inClaims {
		if d.lost == 0 || d.side == "" || d.stance != parallax.StanceDeny {
			continue
		}
		for b, item := range lossItems {
			if d.lost&(1<<b) == 0 {
				continue
			}
			k := [2]string{item, d.side}
			pvs := values[k]
			rival := slices.ContainsFunc(pvs, func(p partyValue) bool {
				return p.side != "" && p.side != d.side && p.value > 0 && (d.lost&lostOne == 0 || p.value == 1) && answers(d, item, p)
			})
			if !rival {
				continue
			}
			if i := slices.IndexFunc(pvs, func(p partyValue) bool { return p.side == d.side }); i >= 0 {
				if pvs[i].value == 0 && !slices.Contains(pvs[i].claims, d.id) {
					pvs[i].claims = append(pvs[i].claims, d.id)
				}
				continue
			}
			values[k] = append(pvs, partyValue{side: d.side, claims: []string{d.id}, denied: true, unnamed: true})
		}
	}
	slices.SortFunc(keys, func(a, b [2]string) int {
		if a[0] != b[0] {
			return strings.Compare(a[0], b[0])
		}
		return strings.Compare(a[1], b[1])
	})
	for _, k := range keys {
		slices.SortFunc(values[k], func(a, b partyValue) int { return strings.Compare(a.side, b.side) })
	}
	return keys, values
}

// rejectedFigure: count c, given to side, is the figure of another party
// that side's denial rejects, not a figure of its own ("dismissed the
// Pakistani figures as propaganda, saying the 'fictitious' claim of 11
// soldiers killed ..."): c's claim denies, and another party gives the
// same figure for the same item and owner. Taken as the denier's word, it
// would make the denier and the party it rejects agree.
func (v *view) rejectedFigure(c *countF, side string, sideOf func(*countF) string) bool {
	d, ok := v.claims[c.claim]
	if !ok || c.claim == "" || d.stance != parallax.StanceDeny || side == "" {
		return false
	}
	return slices.ContainsFunc(v.counts, func(o *countF) bool {
		if o == c || !o.hasN || o.n != c.n || o.item != c.item || o.owner != c.owner || o.tally {
			return false
		}
		s := sideOf(o)
		return s != "" && s != side && v.claimStance(o.claim) != parallax.StanceDeny
	})
}

func (v *view) claimStance(id string) string {
	if c, ok := v.claims[id]; ok && id != "" {
		return c.stance
	}
	return ""
}

// estimates: per item and owner, low is the smallest party's figure, high
// the largest (the upper end of a range where one is given), best the
// figure of an international body when one gives it (their median if
// several), else the median of the parties' figures (the lower of the two
// middle ones when their number is even, erring low as UCDP does).
func (v *view) estimates() []parallax.Estimate {
	keys, values := v.partyValues()
	var out []parallax.Estimate
	for _, k := range keys {
		pvs := values[k]
		var all, neutral []int
		var claims []string
		e := parallax.Estimate{Item: k[0], Owner: k[1], Low: pvs[0].value, High: pvs[0].high}
		for _, p := range pvs {
			all = append(all, p.value)
			if internationalBodies[p.side] {
				neutral = append(neutral, p.value)
			}
			e.Low, e.High = min(e.Low, p.value), max(e.High, p.high)
			claims = append(claims, p.claims...)
		}
		if len(neutral) > 0 {
			e.Best = lowerMedian(neutral)
		} else {
			e.Best = lowerMedian(all)
		}
		slices.Sort(claims)
		e.Claims = slices.Compact(claims)
		out = append(out, e)
	}
	return out
}

func lowerMedian(xs []int) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

func (v *view) contradictions() []parallax.Contradiction {
	var out []parallax.Contradiction
	used := map[string]bool{} // deny claims a specific kind already explains
	// blamed: per claim of the initiator contradiction, the side its
	// speaker blames, where that side stands in the contradiction: it
	// blames the other in turn, or it denies having started ("not
	// HEZBOLLAH"). Its denial of the blame is then told by the
	// initiator contradiction already.
	blamed := map[string]string{}
	if c, ok := v.initiator(used); ok {
		out = append(out, c)
		answering := map[string]bool{}
		for _, val := range c.Values {
			if _, ok := val.Value.(string); ok {
				answering[val.Side] = true
			}
		}
		for _, val := range c.Values {
			if x, ok := val.Value.(string); ok && answering[x] {
				for _, id := range val.Claims {
					blamed[id] = x
				}
			}
		}
	}
	counts, deniedCounts := v.countContradictions()
	v.civAnswered = map[string][]string{}
	civilian := v.civilianTargeting(used)
	denials := v.denials(used, blamed)
	// Two parties, one of which denies the loss and gives no figure
	// ("Armenia says it shot down three drones; Baku denied losing any"),
	// dispute whether it happened: where the denial contradiction between
	// them tells it, no count is listed beside it. The none stays a figure
	// of the estimates, and of a count contradiction where a third party
	// gives a figure of its own.
	for i, c := range counts {
		if deniedCounts[i] && slices.ContainsFunc(denials, func(d parallax.Contradiction) bool { return slices.Equal(d.Between, c.Between) }) {
			continue
		}
		out = append(out, c)
	}
	out = append(out, civilian...)
	out = append(out, denials...)
	return out
}

// stanceOf is how a claim presents an event: true when it asserts that the
// event happened, false when it denies it: a denying claim, a negated
// event, or both ("the reports of attacks on civilians are not true" is a
// denial whose event the extractor may also mark negated; it is one
// negation said twice, not two that cancel).
func (v *view) stanceOf(e *eventF) (speaker string, claim *claimF, asserts bool, ok bool) {
	if e.claim == "" && e.voice != "" {
		return e.voice, voiceClaim(e.voice), !e.negated, true
	}
	c, found := v.claims[e.claim]
	if e.claim == "" || !found || c.side == "" {
		return "", nil, false, false
	}
	return c.side, c, c.stance != parallax.StanceDeny && !e.negated, true
}

func isHostile(e *eventF) bool { return e.class == classViolence }

// initiator: each side says the other attacked. A side blames another when
// it asserts a hostile event that the other initiated, or one that it
// initiated itself and tells as an answer to the side it hit ("retaliatory
// operations against", "returned fire"); it also contradicts a blame when
// it denies having initiated. A report that says in its own voice that
// two parties blame each other ("X and Y accused each other of starting
// the fighting", "each side blaming the other") counts as a blame by each.
// Each blaming side's value is the side it blames most (in claims and such
// reports; ties by code).
func (v *view) initiator(used map[string]bool) (parallax.Contradiction, bool) {
	blame := map[string]map[string][]string{} // speaker → blamed → claims
	weight := map[string]map[string]int{}     // speaker → blamed → claims and reports
	denies := map[string][]string{}           // speaker → claims denying its own attack
	untargeted := map[string][]string{}       // speaker → claims telling its own act as an answer to no named side
	admits := map[string][]string{}           // speaker → types of the hostile acts it tells as its own, not as answers
	denied := map[string][]string{}           // speaker → types of the acts of its own it denies
	addBlame := func(s, x, claim string) {
		if blame[s] == nil {
			blame[s], weight[s] = map[string][]string{}, map[string]int{}
		}
		if claim == "" {
			weight[s][x]++
			return
		}
		if !slices.Contains(blame[s][x], claim) {
			blame[s][x] = append(blame[s][x], claim)
			weight[s][x]++
		}
	}
	fighting := slices.ContainsFunc(v.events, isHostile)
	for _, e := range v.events {
		if !isHostile(e) || e.init == "" {
			// An accusation of one party by another (blames) is a blame
			// where there was fighting: what it blames is the attack.
			if fighting && e.answer && e.init != "" && !internationalBodies[e.init] {
				if s, c, asserts, ok := v.stanceOf(e); ok && asserts && s == e.init && e.target != "" && e.target != s && !internationalBodies[e.target] {
					addBlame(s, e.target, c.id)
				}
			}
			continue
		}
		s, c, asserts, ok := v.stanceOf(e)
		if !ok {
			continue
		}
		x := e.init
		switch {
		case asserts && x != s:
			addBlame(s, x, c.id)
		case asserts && e.answer && e.target != "" && e.target != s && !internationalBodies[e.target]:
			addBlame(s, e.target, c.id)
		case asserts && x == s && e.answer && e.target == "":
			untargeted[s] = appendUnique(untargeted[s], c.id)
		case asserts && x == s && !e.answer:
			admits[s] = appendUnique(admits[s], e.typ)
		case !asserts && x == s && e.kind != "civilian" && e.typ != parallax.EventViolenceCivilians && !c.civ && c.lost == 0:
			// Denying harm to civilians is not denying the attack: that
			// is the civilian_targeting kind, also where the denial names
			// the civilians beside a bare act ("had never targeted
			// civilians", "did not fire on residential areas"). Nor is
			// denying a loss ("denied that any of its tanks had been
			// destroyed", where the extractor may give the tanks' side
			// as the initiator): that is the other side's claim denied.
			denies[s] = appendUnique(denies[s], c.id)
			denied[s] = appendUnique(denied[s], e.typ)
		}
	}
	// An answer that names no side hit ("its units repelled an attack by
	// outlaw militias", where the stages gave the militias no side)
	// blames the incident's other party, when there is one other.
	for s, claims := range untargeted {
		if x, ok := v.otherParty(s); ok {
			for _, c := range claims {
				addBlame(s, x, c)
			}
		}
	}
	for _, p := range v.mutual {
		addBlame(p[0], p[1], "")
		addBlame(p[1], p[0], "")
	}
	top := func(s string) (string, []string) {
		best, n := "", 0
		for x, w := range weight[s] {
			if w > n || w == n && x < best {
				best, n = x, w
			}
		}
		return best, blame[s][best]
	}
	// A blame met by the blamed side's denial contradicts it, unless
	// that side tells an act of the kind it denies as its own (not as an
	// answer): it then disputes what the act was ("the army said its
	// troops fired at a threat and rejected claims that it had
	// deliberately targeted the peacekeepers"), not who started it, which
	// is the denial kind (denials).
	admitsDenied := func(x string) bool {
		return slices.ContainsFunc(denied[x], func(t string) bool { return slices.Contains(admits[x], t) })
	}
	var between []string
	// partner: the side s blames in the contradiction, where s blames
	// one more than the side it disputes with ("the M23, supported by
	// Rwandan troops, attacked": Kinshasa blames Rwanda most, and the
	// M23, which blames Kinshasa, too).
	partner := map[string]string{}
	for s := range blame {
		x, _ := top(s)
		if y, _ := top(x); y == s || len(denies[x]) > 0 && !admitsDenied(x) {
			between = append(between, s, x)
			continue
		}
		// s blames another side most, but also blames a side whose own
		// blame falls most on s: the two say the other attacked.
		best, n := "", 0
		for x2, w := range weight[s] {
			if y, _ := top(x2); x2 != x && y == s && (w > n || w == n && x2 < best) {
				best, n = x2, w
			}
		}
		if best != "" {
			between = append(between, s, best)
			partner[s] = best
		}
	}
	between = sortedSet(between)
	if len(between) < 2 {
		return parallax.Contradiction{}, false
	}
	c := parallax.Contradiction{Kind: "initiator", Between: between}
	for _, s := range between {
		x, claims := top(s)
		if p, ok := partner[s]; ok {
			x, claims = p, blame[s][p]
		}
		var val any = x
		if x == "" {
			val = "not " + s
		}
		claims = append(slices.Clone(claims), denies[s]...)
		for _, id := range denies[s] {
			used[id] = true
		}
		claims = sortedSet(claims) // an issued document's own voice has no claim id ("")
		if claims == nil {
			claims = []string{} // a blame told by a report alone: no claim, and [] in the report
		}
		c.Values = append(c.Values, parallax.ContradictionValue{Side: s, Value: val, Claims: claims})
	}
	return c, true
}

// otherParty returns the one party of the incident other than s (in its
// events, claims and counts; international bodies aside), if there is
// exactly one.
func (v *view) otherParty(s string) (string, bool) {
	var xs []string
	add := func(x string) {
		if x != "" && x != s && !internationalBodies[x] {
			xs = append(xs, x)
		}
	}
	for _, e := range v.events {
		add(e.init)
		add(e.target)
	}
	for _, c := range v.inClaims {
		add(c.side)
	}
	for _, c := range v.counts {
		add(c.owner)
		add(c.by)
	}
	xs = sortedSet(xs)
	if len(xs) != 1 {
		return "", false
	}
	return xs[0], true
}

// countContradictions: parties that give different figures for one item
// and owner.
func (v *view) countContradictions() (out []parallax.Contradiction, deniedPair []bool) {
	keys, values := v.partyValues()
	for _, k := range keys {
		var vals []parallax.ContradictionValue
		var between []string
		distinct := map[int]bool{}
		denied := false
		class, ok := sharedVictims(values[k])
		if !ok {
			continue
		}
		for _, p := range values[k] {
			if p.side == "" {
				continue
			}
			if class != 0 {
				f := p.byVictims[class]
				p.value, p.claims = f.value, f.claims
			}
			denied = denied || p.denied
			between = append(between, p.side)
			distinct[p.value] = true
			claims := claimList(p.claims)
			vals = append(vals, parallax.ContradictionValue{Side: p.side, Value: p.value, Claims: claims})
		}
		if len(distinct) < 2 {
			continue
		}
		out = append(out, parallax.Contradiction{Kind: "count", Item: k[0], Owner: k[1], Between: between, Values: vals})
		deniedPair = append(deniedPair, denied && len(vals) == 2)
	}
	return out, deniedPair
}

// sharedVictims tells which figures of the parties pvs (of one item of
// people and one owner) answer one question: where every party gives a
// figure of fighters, those (the soldiers each says were killed); else
// where every one gives a figure of civilians, those; else their largest
// figures, unless each party names only victims of a class no other
// names (India's "four soldiers" against Pakistan's "four civilians" of
// India's: figures of different people, no dispute): ok is false then.
// class 0 is the largest figures.
func sharedVictims(pvs []partyValue) (class uint8, ok bool) {
	n, fighters, civilians, unnamed := 0, 0, 0, false
	for _, p := range pvs {
		if p.side == "" {
			continue
		}
		n++
		if p.byVictims[victimsFighters].has {
			fighters++
		}
		if p.byVictims[victimsCivilians].has {
			civilians++
		}
		unnamed = unnamed || p.unnamed
	}
	switch {
	case n < 2:
		return 0, true
	case fighters == n:
		return victimsFighters, true
	case civilians == n:
		return victimsCivilians, true
	}
	return 0, unnamed || fighters == 0 && civilians == 0
}

// Victim classes of a count of people (countF.victims).
const (
	victimsFighters  = 1
	victimsCivilians = 2
)

// fighterNouns and civilianNouns name the people a count counts ("945
// servicemen", "four civilians", "19 of his fighters"); a count that
// names neither ("12 dead", "two people") is of unnamed victims.
var fighterNouns = wordSet(`soldier soldiers serviceman servicemen troops trooper troopers fighter fighters militant militants
	combatant combatants personnel officer officers policeman policemen guard guards commander commanders attacker attackers
	terrorist terrorists rebel rebels insurgent insurgents militiamen jihadist jihadists gunmen paratroopers marines conscripts
	mercenaries separatists extremists`)
var civilianNouns = wordSet(`civilian civilians resident residents villager villagers child children woman women boy boys
	girl girls worshipper worshippers worshippers passenger passengers pilgrims student students farmer farmers shepherd shepherds
	patient patients refugees tourists journalists labourers`)

// victimClass returns the class of the people a count's words name: the
// last noun of either list decides ("three civilians", "a soldier",
// "eight Pakistani soldiers"; "Three of the civilians").
func victimClass(words string) uint8 {
	var class uint8
	for _, w := range strings.FieldsFunc(strings.ToLower(words), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		switch {
		case fighterNouns[w]:
			class = victimsFighters
		case civilianNouns[w]:
			class = victimsCivilians
		}
	}
	return class
}

// civilianWords mark a denial as being about harm to civilians when the
// event extractor found no event on civilians in it.
var civilianWords = []string{"civilian", "populated", "residential", "settlement", "population", "villager", "residents"}

// civilianTargeting: one side says an initiator hit civilians, another
// denies it. One contradiction per accused initiator.
func (v *view) civilianTargeting(used map[string]bool) []parallax.Contradiction {
	type stance struct {
		yes, no map[string][]string // speaker → claims
	}
	byInit := map[string]*stance{}
	var inits []string
	get := func(x string) *stance {
		st, ok := byInit[x]
		if !ok {
			st = &stance{yes: map[string][]string{}, no: map[string][]string{}}
			byInit[x] = st
			inits = append(inits, x)
		}
		return st
	}
	withEvent := map[string]bool{}
	victims := map[string]bool{}     // the sides whose civilians the events hit
	strikes := map[string][]string{} // initiator → the sides that say its strike (explosions_remote_violence) hit civilians
	for _, e := range v.events {
		if e.kind != "civilian" && e.typ != parallax.EventViolenceCivilians || !isHostile(e) {
			// Only an act of force hits civilians: taking villages or
			// taking steps to spare civilians does not.
			continue
		}
		if e.target != "" && e.target != e.init && e.kind == "civilian" {
			// The side hit is the one whose civilians the event names:
			// an event typed as violence against civilians whose target
			// the extractor read as no civilians ("Hezbollah announces
			// the deaths of three of its members", "a soldier killed in
			// a Hezbollah rocket barrage") hits none.
			victims[e.target] = true
		}
		s, c, asserts, ok := v.stanceOf(e)
		if !ok {
			continue
		}
		withEvent[c.id] = true
		x := e.init
		if asserts && x == s {
			// A party does not accuse itself of hitting civilians: an
			// initiator equal to the accuser is a misattribution, so the
			// accusation counts as naming no one.
			x = ""
		}
		st := get(x)
		if asserts && e.typ == parallax.EventExplosions {
			strikes[x] = appendUnique(strikes[x], s)
		}
		if asserts {
			st.yes[s] = appendUnique(st.yes[s], c.id)
		} else {
			st.no[s] = appendUnique(st.no[s], c.id)
		}
	}
	// A side's toll of civilians told with no act on civilians is its
	// accusation, naming no one (civharm.go).
	tollSides, tolls := v.civilianTolls(withEvent, func(s string) bool {
		return slices.ContainsFunc(inits, func(x string) bool { return len(byInit[x].yes[s]) > 0 })
	})
	for _, s := range tollSides {
		st := get("")
		for _, id := range tolls[s] {
			st.yes[s] = appendUnique(st.yes[s], id)
		}
	}
	var accusations []map[string][]string
	for _, x := range inits {
		accusations = append(accusations, byInit[x].yes)
	}
	// Denials about civilians that carry no event on civilians of their
	// own ("never targeted civilians" read as a bare act), and denials
	// that point back to an accusation over civilians ("rejected the
	// accusation").
	for _, c := range v.inClaims {
		if c.stance != parallax.StanceDeny || c.side == "" || withEvent[c.id] || !c.civ && !v.answersCivilianAccusation(c, accusations) {
			continue
		}
		st := get("")
		st.no[c.side] = appendUnique(st.no[c.side], c.id)
	}
	// A side that tells its own strike as one on another side's
	// military target ("struck a command post of Hamas", "hit TTP
	// hideouts") answers an accusation that it hit civilians:
	// what it hit, it says, was no civilian target. Only where another
	// side accuses it, or accuses no one, and where the claim itself
	// names no civilians ("struck a depot, killing two civilians" admits
	// the harm).
	accused := func(s, target string) bool {
		for x, st := range byInit {
			if x != "" && len(st.yes[s]) > 0 {
				return false // s accuses another of hitting civilians: a war of words over both sides' civilians
			}
		}
		for _, t := range strikes[s] {
			if t != s {
				return true
			}
		}
		// A strike on civilians that names no one is s's where its
		// teller is the side s says it struck.
		return target != s && slices.Contains(strikes[""], target)
	}
	// A strike on a military target of no named side ("struck only
	// military targets around the town", "hit a fuel depot") answers the
	// accusation too where another party names its teller as the one
	// that hit civilians: it is then not an agentless passive whose
	// speaker the stages took for the initiator, but the accused's own
	// account of what it struck.
	accusedByName := func(s string, c *claimF) bool {
		st, ok := byInit[s]
		if !ok || s == "" {
			return false
		}
		for a, ids := range st.yes {
			if a == s || a == "" || internationalBodies[a] {
				continue
			}
			for _, id := range ids {
				if x, ok := v.claims[id]; ok && intersectSorted(x.stems, c.stems) > 0 {
					return true
				}
			}
		}
		return false
	}
	for _, e := range v.events {
		if !isHostile(e) || e.kind != "military" || e.typ != parallax.EventExplosions || e.target == "" && e.init == "" {
			// A strike whose military target belongs to no named side
			// is often the speaker taken for the initiator of an
			// agentless passive ("rockets were launched from the
			// south", "groups of the other side mined the roads").
			continue
		}
		s, c, asserts, ok := v.stanceOf(e)
		if !ok || !asserts || e.init != s || c.civ && v.tollOf(c.id) || withEvent[c.id] || e.target != "" && !accused(s, e.target) || e.target == "" && !accusedByName(s, c) {
			continue
		}
		st := get(s)
		st.no[s] = appendUnique(st.no[s], c.id)
	}
	slices.Sort(inits)
	if len(inits) == 2 && inits[0] == "" {
		// Accusations and denials that name no initiator, beside those
		// that name one: in one incident they are about that one ("the
		// strike hit a residential block" and "Russian missiles hit
		// homes"; "we do not strike residential buildings"), one
		// contradiction, not the same one twice.
		named, anon := byInit[inits[1]], byInit[""]
		for s, cs := range anon.yes {
			for _, c := range cs {
				named.yes[s] = appendUnique(named.yes[s], c)
			}
		}
		for s, cs := range anon.no {
			for _, c := range cs {
				named.no[s] = appendUnique(named.no[s], c)
			}
		}
		inits = inits[1:]
	}
	var out []parallax.Contradiction
	var anon *parallax.Contradiction
	for _, x := range inits {
		st := byInit[x]
		no := map[string][]string{}
		for s, cs := range st.no {
			no[s] = cs
		}
		// A denial that names no initiator answers every accusation, and
		// an accusation that names no one meets every denial.
		for _, y := range inits {
			if y != x && (x == "" || y == "") {
				for s, cs := range byInit[y].no {
					no[s] = append(slices.Clone(no[s]), cs...)
				}
			}
		}
		// The dispute is between the side whose civilians were hit and
		// the accused: a third state or body that condemns the attack
		// beside them ("Turkey condemned the attack on civilians")
		// backs one of them; it stands in the dispute only where the
		// side hit does not accuse.
		accusers := map[string][]string{}
		for s, cs := range st.yes {
			if victims[s] {
				accusers[s] = cs
			}
		}
		if len(accusers) == 0 {
			// No accuser is the side hit: the parties that accuse stand
			// in the dispute, and an international body ("the UN mission
			// received credible reports that civilians were killed")
			// only where no party accuses: it speaks of the conflict
			// without being one of its sides.
			for s, cs := range st.yes {
				if !internationalBodies[s] {
					accusers[s] = cs
				}
			}
		}
		if len(accusers) == 0 {
			accusers = st.yes
		}
		var between []string
		for s := range accusers {
			for t := range no {
				if t != s {
					between = append(between, s, t)
				}
			}
		}
		between = sortedSet(between)
		if len(between) < 2 {
			continue
		}
		c := parallax.Contradiction{Kind: "civilian_targeting", Between: between}
		for _, s := range between {
			if cs, ok := accusers[s]; ok {
				c.Values = append(c.Values, parallax.ContradictionValue{Side: s, Value: true, Claims: claimList(cs)})
			}
			if cs, ok := no[s]; ok {
				for _, id := range cs {
					used[id] = true
					for a := range st.yes {
						if a != s {
							v.civAnswered[id] = appendUnique(v.civAnswered[id], a)
						}
					}
				}
				c.Values = append(c.Values, parallax.ContradictionValue{Side: s, Value: false, Claims: claimList(cs)})
			}
		}
		if x == "" && len(out) == 0 && len(inits) > 1 {
			// Sorted first: the accusations that name no one, met with
			// every denial. Kept only if no named initiator's
			// contradiction stands between the same sides (below).
			anon = &c
			continue
		}
		out = append(out, c)
	}
	if anon != nil {
		// The same sides at odds over civilians twice, once naming the
		// initiator and once not, are one contradiction: the claims of
		// the unnamed one join the named one's values.
		k := slices.IndexFunc(out, func(c parallax.Contradiction) bool { return slices.Equal(c.Between, anon.Between) })
		if k < 0 {
			out = append([]parallax.Contradiction{*anon}, out...)
		} else {
			for _, av := range anon.Values {
				j := slices.IndexFunc(out[k].Values, func(v parallax.ContradictionValue) bool { return v.Side == av.Side && v.Value == av.Value })
				if j < 0 {
					out[k].Values = append(out[k].Values, av)
					continue
				}
				out[k].Values[j].Claims = sortedSet(append(slices.Clone(out[k].Values[j].Claims), av.Claims...))
			}
			slices.SortStableFunc(out[k].Values, func(a, b parallax.ContradictionValue) int { return strings.Compare(a.Side, b.Side) })
		}
	}
	return out
}

// tollOf reports whether claim id gives a toll (a count of killed or
// wounded): a strike told with civilians and a toll ("struck a depot,
// killing two civilians") admits the harm, while one told with civilians
// and none names them as what it spared ("our aircraft strike only rebel
// positions outside populated areas").
func (v *view) tollOf(id string) bool {
	return slices.ContainsFunc(v.counts, func(c *countF) bool {
		return c.claim == id && (c.item == "killed" || c.item == "wounded")
	})
}

// denialOverlap is the Jaccard similarity of content stems above which a
// denial and a claim are about one matter.
const denialOverlap = 0.25

// sameMatter: a denial d answers the claim a. A denial that points back
// ("rejected the accusation") answers the claim it points to
// (contra_refers.go); otherwise the assertion is matched by an event of
// the same type and initiator, or by the words of the claims
// (content stems Jaccard ≥ denialOverlap; or every stem of the denial, two
// or more, in the assertion; or four stems or more shared, two in five of
// the shorter's).
func (v *view) sameMatter(d, a *claimF) bool {
	if d.refers != "" && d.refers == a.id {
		return true // "rejected the accusation" answers the claim it points back to
	}
	if v.evSigs == nil {
		v.evSigs = map[string][][2]string{}
		for _, e := range v.events {
			if e.claim != "" {
				v.evSigs[e.claim] = append(v.evSigs[e.claim], [2]string{e.typ, e.init})
			}
		}
	}
	for _, x := range v.evSigs[d.id] {
		for _, y := range v.evSigs[a.id] {
			if x[0] == y[0] && x[1] != "" && x[1] == y[1] {
				return true
			}
		}
	}
	return sameWords(d, a)
}

// sameWords: a denial d and a claim a are about one matter by their
// words (sameMatter).
func sameWords(d, a *claimF) bool {
	ds := d.stems
	if len(ds) == 0 || len(a.stems) == 0 {
		return false
	}
	// A short denial ("denied that any tank had been destroyed")
	// repeats only a few words of the long claim it answers ("its
	// fighters destroyed two Merkava tanks and an armored
	// bulldozer east of the camp"): every content word of it in
	// the claim, two or more, is the same matter. Two long ones
	// that each go on with matters of their own ("destroyed
	// positions of units of the Armenian armed forces ... and a
	// civilian was killed in Shusha", "the army was not involved
	// ... no units of the Armenian armed forces in Karabakh")
	// share four content words or more, two in five of the
	// shorter's.
	inter := intersectSorted(ds, a.stems)
	return jaccardSorted(ds, a.stems) >= denialOverlap || inter >= 2 && inter == len(ds) ||
		inter >= 4 && 5*inter >= 2*min(len(ds), len(a.stems))
}

// denials: a side's explicit denial of what another side asserts (the
// same matter: sameMatter), where no more specific kind covers it. A
// claim that says a hostile act did not happen ("the army was not
// involved in the hostilities", "the drone was not hit") denies it as a
// denial does, though its stance is assert (negative content under a
// neutral cue): the event stage marks the act negated.
func (v *view) denials(used map[string]bool, blamed map[string]string) []parallax.Contradiction {
	found := map[denialPair]*parallax.Contradiction{}
	var order []denialPair
	negatedAct := map[string]bool{}
	for _, e := range v.events {
		if e.negated && isHostile(e) && e.claim != "" {
			negatedAct[e.claim] = true
		}
	}
	for _, d := range v.inClaims {
		if d.stance != parallax.StanceDeny && !negatedAct[d.id] || d.side == "" || used[d.id] || d.standing {
			continue // a standing denial ("..., a charge Kabul denies") is background (contra_refers.go)
		}
		matches := func(a *claimF) bool { return v.sameMatter(d, a) }
		// A side that denies what the other blames it for (the other's
		// "Armenian sabotage groups mined the roads", a claim of the
		// initiator contradiction) and blames the other in turn, or
		// stands in that contradiction as denying it started, disputes
		// who started: that contradiction tells it already. A side that
		// only denies, outside it ("Rwanda rejects the claim that its
		// troops fought"), makes a denial.
		// A denial of a loss another party counts ("denied that any of
		// its soldiers had been captured" against "captured 15 of their
		// soldiers") is not held there, though its words may match a
		// blame: the initiator kind leaves losses out (initiator).
		answersLoss := slices.ContainsFunc(v.inClaims, func(a *claimF) bool {
			return a.stance == parallax.StanceAssert && a.side != d.side && v.lossAnswers(d, a)
		})
		if !answersLoss && slices.ContainsFunc(v.inClaims, func(a *claimF) bool {
			return a.stance == parallax.StanceAssert && blamed[a.id] == d.side && a.side != d.side && matches(a)
		}) {
			continue
		}
		// Likewise a side that accuses the other of hitting civilians
		// and rejects the other's word that the target was military
		// ("rejects the army's claim that the school housed a command
		// centre"): the civilian_targeting contradiction tells it.
		if slices.ContainsFunc(v.inClaims, func(a *claimF) bool {
			return a.side != d.side && slices.Contains(v.civAnswered[a.id], d.side) && matches(a)
		}) {
			continue
		}
		// The claim a denial points back to ("rejected those figures")
		// is the one it answers, though the article may tell it in a
		// paragraph of its own that another segment holds (a campaign's
		// tally "since July" beside the capture it ends with).
		asserted := v.inClaims
		if r, ok := v.claims[d.refers]; ok && d.refers != "" && !slices.Contains(v.inClaims, r) {
			asserted = append(slices.Clip(slices.Clone(v.inClaims)), r)
		}
		// A party's denial that answers no party's claim may answer
		// witnesses (survivors, residents, a doctor, a rights group:
		// side ""): "the survivors said the aircraft fired on people
		// fleeing" and "the Air Force denied that it deliberately fired
		// on people fleeing" are at odds, between "" and the denier.
		// Only speakers who are named or described (speakerKey) count,
		// telling it in a reporting act of their own (not the "reports
		// that ..." a denial names, nor another cue of the denial's
		// sentence: its own content) and in words the
		// denial shares (sameWords): an agentless passive is no one's
		// word, and an act of the same type and initiator is too loose a
		// match for a voice no party backs.
		answered := false
		for pass := 0; pass < 2 && !answered; pass++ {
			for _, a := range asserted {
				if a.stance != parallax.StanceAssert || negatedAct[a.id] || a.side == d.side {
					continue
				}
				if pass == 0 && a.side == "" || pass == 1 && (a.side != "" || a.key == "" || a.nested || a.sent == d.sent) {
					continue
				}
				if pass == 1 && !witnessAnswered(d, a) || pass == 0 && !matches(a) && !v.lossAnswers(d, a) {
					continue
				}
				answered = true
				v.addDenial(found, &order, a, d)
			}
		}
	}
	var out []parallax.Contradiction
	for _, p := range order {
		c := found[p]
		for i := range c.Values {
			slices.Sort(c.Values[i].Claims)
		}
		out = append(out, *c)
	}
	return out
}

// denialPair is the asserting and the denying side of a denial contradiction.
type denialPair struct{ asserter, denier string }

// addDenial adds claim a and its denial d to the contradiction between
// their sides.
func (v *view) addDenial(found map[denialPair]*parallax.Contradiction, order *[]denialPair, a, d *claimF) {
	p := denialPair{a.side, d.side}
	c, ok := found[p]
	if !ok {
		between := sortedSet([]string{p.asserter, p.denier})
		if p.asserter == "" {
			between = []string{"", p.denier} // sortedSet drops ""
		}
		c = &parallax.Contradiction{Kind: "denial", Between: between, Values: []parallax.ContradictionValue{
			{Side: p.asserter, Value: true}, {Side: p.denier, Value: false}}}
		found[p] = c
		*order = append(*order, p)
	}
	c.Values[0].Claims = appendUnique(c.Values[0].Claims, a.id)
	c.Values[1].Claims = appendUnique(c.Values[1].Claims, d.id)
}

// lossAnswers: a denial of losing an item (losses.go: "denied that a
// second helicopter had been lost", "denied losing any tanks") answers
// the claim of another side that counts that item among the denier's
// losses ("shot down two Ka-52 attack helicopters"), whose words it need
// not share. People only where both name them as fighters ("captured 12
// Nigerian soldiers" and "denied that any Nigerian soldier had been taken
// prisoner"); otherwise a denial about people must answer the claim's
// matter (sameMatter), as partyValues asks.
func (v *view) lossAnswers(d, a *claimF) bool {
	if d.lost == 0 || a.side == "" {
		return false
	}
	for _, c := range v.counts {
		if c.claim != a.id || c.owner != d.side || !c.hasN || c.n <= 0 {
			continue
		}
		if personItems[c.item] && (d.lost&lostFighters == 0 || c.victims != victimsFighters) {
			continue
		}
		if d.lost&lostOne != 0 && c.n != 1 {
			continue
		}
		for b, item := range lossItems {
			if d.lost&(1<<b) != 0 && item == c.item {
				return true
			}
		}
	}
	return false
}

// fightersAnswer: a denial that names its lost people as fighters
// ("denied that any of its soldiers had been captured") answers a rival
// party's figure p of the denier's people in that state where that
// figure is of fighters too ("captured 15 South Sudanese soldiers"): the
// two speak of the same men. A rival's toll of people it names otherwise
// ("eight people", "five villagers") may be another matter and must share
// the denial's words (sameMatter).
func fightersAnswer(d *claimF, p partyValue) bool {
	f := p.byVictims[victimsFighters]
	return d.lost&lostFighters != 0 && f.has && f.value == p.value
}

func appendUnique(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
