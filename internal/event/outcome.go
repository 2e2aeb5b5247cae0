package event

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// outcomeWords are the verbs and nouns that tell what an attack did to
// people ("killed 23 people", ", wounding seven", "died in shelling"):
// read next to the attack they come from, they are its fatalities and its
// victims, not an event of their own. ACLED codes one event per attack,
// of the attack's type, with its fatalities and the civilian targeting of
// its victims (acled_definitions: "Shelling or air strikes that hit
// civilians stay under Explosions/Remote violence").
var outcomeWords = map[string]bool{
	"kill": true, "kills": true, "killed": true, "killing": true,
	"wound": true, "wounds": true, "wounded": true, "wounding": true,
	"injure": true, "injures": true, "injured": true, "injuring": true,
	"die": true, "dies": true, "died": true, "dying": true,
	// the armies' words for killing fighters ("neutralised dozens of
	// terrorists in strikes") and the press's for killed servicemen
	"neutralised": true, "neutralized": true, "neutralising": true, "neutralizing": true,
	"martyred": true,
}

// hitVerbs, right after the attack noun they have as subject ("a US
// airstrike targeted al-Shabab fighters", "Russian missiles struck a
// power plant"), tell what that attack hit: one event.
var hitVerbs = map[string]bool{
	"hit": true, "hits": true, "struck": true, "targeted": true, "targets": true, "slammed": true,
	"pounded": true, "destroyed": true, "damaged": true,
	// "Fighting broke out near Goma", "clashes erupted": the verb that
	// tells the fighting started is the same act
	"broke": true, "erupted": true, "flared": true, "raged": true,
}

// outcomeBreaks start another clause or another happening between an
// attack and a killing told after it ("Israel struck Gaza after gunmen
// killed 1,200 people", "drones hit Odesa, and elsewhere two people were
// killed").
var outcomeBreaks = map[string]bool{
	";": true, "after": true, "before": true, "because": true, "while": true, "whereas": true,
	"although": true, "though": true, "but": true, "since": true, "until": true, "as": true,
	"who": true, "whom": true, "elsewhere": true, "separately": true, "separate": true,
	"meanwhile": true, "another": true, "earlier": true, "later": true, "also": true,
	"said": true, "says": true, "told": true, "accused": true, "denied": true,
}

// causeLinks join a killing to the attack told after it that caused it
// ("were killed in an airstrike", "died when a missile hit", "killed by
// shelling", "killed after a drone struck their car").
var causeLinks = map[string]bool{
	"in": true, "during": true, "by": true, "when": true, "after": true, "as": true, "from": true, "amid": true,
	"under": true,
}

// attackOf reports whether an event is an act that can have fatalities of
// its own: force of the 18-20 roots (abductions, 181, are their own
// events: "kidnapped and killed"), force on crowds (175) and riots.
func attackOf(ev *parallax.Event) bool {
	switch {
	case hasPrefix(ev.CAMEO, "181"):
		return false
	case forceRoot(ev.CAMEO), hasPrefix(ev.CAMEO, "175"), ev.Type == parallax.EventRiots:
		return true
	}
	return false
}

// mergeOutcomes folds each killing or wounding that a sentence tells as the
// outcome of one of its attacks into that attack: "Russian strikes killed
// 23 people in Kyiv" is one explosions/remote violence event with civilian
// victims, not a strike and a killing; "Gunmen stormed the village,
// killing 12 civilians" one act of violence against civilians. The attack
// keeps its type, span and parties; it takes the victims' side and kind
// where it had none (and, against civilians, a battle becomes violence
// against civilians, as refineType decides for a target named with the
// act). A killing with no attack next to it ("Gunmen killed 12 villagers")
// stays an event.
func mergeOutcomes(out []parallax.Event, trig [][2]int, ws []words.Word) []parallax.Event {
	if len(out) < 2 {
		return out
	}
	// (and then keeps one of the events that tell the same act: dedupe)
	type span struct{ first, last int }
	at := make([]span, len(out))
	outcome := make([]bool, len(out))
	for i := range out {
		f, l := trig[i][0], trig[i][1]
		at[i] = span{f, l}
		outcome[i] = outcomeWords[ws[f].Lower] && forceRoot(out[i].CAMEO) && !hasPrefix(out[i].CAMEO, "181")
	}
	hit := make([]bool, len(out)) // a verb of hitting whose subject is an attack noun just before it
	for i := range out {
		f := at[i].first
		if outcome[i] || !hitVerbs[ws[f].Lower] || !forceRoot(out[i].CAMEO) {
			continue
		}
		for a := range out {
			if a != i && at[a].last == f-1 && !outcome[a] && attackOf(&out[a]) && out[a].Negated == out[i].Negated {
				outcome[i], hit[i] = true, true
			}
		}
	}
	into := make([]int, len(out)) // the attack each outcome merges into, else -1
	for k := range out {
		into[k] = -1
		if !outcome[k] {
			continue
		}
		best := -1
		for a := range out {
			if a == k || outcome[a] || !attackOf(&out[a]) || out[a].Negated != out[k].Negated {
				continue
			}
			var ok bool
			if hit[k] {
				ok = at[a].last == at[k].first-1
			} else if at[a].last < at[k].first {
				same := out[k].Initiator.Side != "" && out[a].Initiator.Side == out[k].Initiator.Side
				ok = outcomeAfter(ws, at[a].last, at[k].first, same)
				if out[k].Initiator.Side != "" && out[a].Type == parallax.EventRiots {
					ok = false // a crowd's riot has no party's killing
				}
			} else if at[k].last < at[a].first {
				ok = causeBefore(ws, at[k].last, at[a].first)
			}
			if !ok {
				continue
			}
			// the nearest attack, but one by the party that did the
			// killing first ("Police opened fire on protesters who
			// stormed Parliament, killing five": the police's)
			cost := func(a int) int {
				d := distance(at[a].first, at[k].first)
				if out[k].Initiator.Side != "" && out[a].Initiator.Side != out[k].Initiator.Side {
					d += 1000
				}
				return d
			}
			if best < 0 || cost(a) < cost(best) {
				best = a
			}
		}
		into[k] = best
	}
	merged := out[:0:0]
	for i := range out {
		if a := into[i]; a >= 0 {
			if k := &out[i]; k.Target.Kind == "" || k.Target.Kind == KindUnknown {
				k.Target.Kind = subjectVictims(ws, at[i].first)
			}
			absorb(&out[a], &out[i], ws[at[a].first].Lower)
		}
	}
	for i := range out {
		if into[i] < 0 {
			merged = append(merged, out[i])
		}
	}
	return dedupe(merged, ws)
}

// dedupe keeps one of the events of a sentence that are the same act told
// by several overlapping triggers: same code, same parties, same
// negation, overlapping words ("fired tear gas, rubber bullets and stun
// grenades at demonstrators" is one act of repression, "attacking and
// fighting Kenyan troops" one attack). Overlapping or only listed one
// after the other (see listed); a target named by one is the other's.
func dedupe(out []parallax.Event, ws []words.Word) []parallax.Event {
	kept := out[:0]
	for _, e := range out {
		dup := false
		for i := range kept {
			k := &kept[i]
			if k.CAMEO == e.CAMEO && k.Initiator.Side == e.Initiator.Side &&
				(k.Target.Side == e.Target.Side || k.Target.Side == "" || e.Target.Side == "") &&
				k.Negated == e.Negated && (k.Start < e.End && e.Start < k.End || listed(ws, k.End, e.Start) && bare(ws, e)) {
				if k.Target.Kind == KindUnknown || k.Target.Kind == "" {
					k.Target.Kind = e.Target.Kind
				}
				if k.Target.Side == "" {
					k.Target.Side, k.Target.Actor = e.Target.Side, e.Target.Actor
				}
				// the one act's words run over all its triggers
				k.Start, k.End = min(k.Start, e.Start), max(k.End, e.End)
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, e)
		}
	}
	return kept
}

func distance(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// outcomeAfter reports whether a killing starting at word k follows the
// attack ending at word a in the same clause: no more than 20 words
// apart, with no word between that starts another clause or happening
// (a relative clause in between is passed over when the killing is the
// attacker's own, sameParty: "opened fire on protesters who stormed
// Parliament, killing five").
func outcomeAfter(ws []words.Word, a, k int, sameParty bool) bool {
	if k-a > 20 {
		return false
	}
	for j := a + 1; j < k; j++ {
		if w := ws[j].Lower; outcomeBreaks[w] && !(sameParty && (w == "who" || w == "whom")) {
			return false
		}
	}
	return true
}

// causeBefore reports whether a killing ending at word k is told as caused
// by the attack starting at word a after it: a link word ("in", "when",
// "by") at most four words before the attack, with nothing between them
// but its own noun phrase or subject ("killed when a Russian missile
// struck", "died in an Israeli air strike").
func causeBefore(ws []words.Word, k, a int) bool {
	if a-k > 12 {
		return false
	}
	link := -1
	for j := k + 1; j < a; j++ {
		switch x := ws[j].Lower; {
		case causeLinks[x]:
			link = j
		case x == ";" || x == "but" || x == "while" || x == "whereas" || x == "although":
			return false
		}
	}
	if link < 0 || a-link > 5 {
		return false
	}
	for j := link + 1; j < a; j++ {
		// ("in response to the attack", "in retaliation for the
		// strikes" name the attack as a cause of another act)
		if x := ws[j].Lower; x == "and" || x == "or" || x == "to" || x == "for" || isPunctWord(x) {
			return false
		}
	}
	return true
}

// subjectVictims returns the kind of the people an outcome told of its
// subject names ("Nine fishermen died in", "two soldiers were killed
// when"), from the few words before the outcome word at k; unknown when
// there is none.
func subjectVictims(ws []words.Word, k int) string {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		x := ws[j].Lower
		if isPunctWord(x) {
			break
		}
		if kind, ok := kindWords[x]; ok && kind != KindInfrastructure {
			return kind
		}
	}
	return KindUnknown
}

// mutualFights are triggers of fighting between two armed sides: the
// civilians it kills are its victims, but it stays a battle.
var mutualFights = map[string]bool{
	"clash": true, "clashes": true, "clashed": true, "fighting": true, "fight": true, "fought": true,
	"battle": true, "battles": true, "battled": true, "gunfight": true, "firefight": true, "skirmish": true,
	"skirmishes": true, "exchange": true, "exchanged": true, "encounter": true, "shootout": true, "crossfire": true,
}

// absorb gives the attack a (whose first word is trigger) what its outcome
// k tells of the victims: their side and kind where the attack named none,
// and the outcome's initiator, place and date where the attack had none.
func absorb(a, k *parallax.Event, trigger string) {
	if a.Target.Side == "" && k.Target.Side != "" && k.Target.Side != a.Initiator.Side {
		a.Target.Side, a.Target.Actor = k.Target.Side, k.Target.Actor
	}
	if (a.Target.Kind == "" || a.Target.Kind == KindUnknown) && k.Target.Kind != "" {
		a.Target.Kind = k.Target.Kind
	}
	if a.Initiator.Side == "" && k.Initiator.Side != "" && k.Initiator.Side != a.Target.Side {
		a.Initiator = k.Initiator
	}
	if len(a.Places) == 0 {
		a.Places = k.Places
	}
	if a.Date.Start == "" {
		a.Date = k.Date
	}
	if a.Claim == "" {
		a.Claim = k.Claim
	}
	switch a.Target.Kind {
	case KindCivilian:
		if a.Type == parallax.EventBattles && root(a.CAMEO) == "19" && !territorial(trigger) && !mutualFights[trigger] {
			a.Type = parallax.EventViolenceCivilians
		}
	case KindMilitary:
		if a.Type == parallax.EventViolenceCivilians && root(a.CAMEO) == "19" {
			a.Type = parallax.EventBattles
		}
	}
}

func hasPrefix(code, p string) bool { return strings.HasPrefix(code, p) }

// root is the two-digit CAMEO root of a code.
func root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// listed reports whether the text between two events' words (offsets
// from end to start) is only the commas and conjunctions of a list ("tear
// gas, rubber bullets and water cannon").
func listed(ws []words.Word, end, start int) bool {
	if start < end {
		return false
	}
	n := 0
	for _, w := range ws {
		if w.Start < end || w.End > start {
			continue
		}
		switch w.Lower {
		case ",", "and", "or":
			n++
		default:
			return false
		}
	}
	return n > 0
}

// bare reports an event whose words name no one and nowhere: no
// capitalised word ("rubber bullets", not "missiles struck Kyiv", which
// is an act of its own in a list of acts).
func bare(ws []words.Word, e parallax.Event) bool {
	for _, w := range ws {
		if w.Start >= e.Start && w.End <= e.End && isCapitalised(w.Text) {
			return false
		}
	}
	return true
}
