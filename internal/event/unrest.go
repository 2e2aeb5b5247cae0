package event

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// This file holds the rules for civil unrest: protests, strikes, road
// blockades, riots and mob violence, the force the state uses against
// crowds, and the restrictions it imposes (internet shutdowns). ACLED
// codes force used on demonstrators as a protest (with intervention, or
// excessive force against protesters) and a crowd's violence as a riot;
// CAMEO codes the first 175 (violent repression) and the second 145.

// crowdWords name the people of a protest or riot: unarmed, no party.
var crowdWords = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "rioters": true, "mob": true, "mobs": true,
	"crowd": true, "crowds": true, "marchers": true, "youths": true, "villagers": true, "students": true,
	"supporters": true, "residents": true, "hoodlums": true, "picketers": true, "strikers": true,
	"mourners": true, "pensioners": true, "farmers": true, "workers": true, "looters": true, "vigilantes": true,
	"protester": true, "protestor": true, "demonstrator": true, "miners": true, "teachers": true, "nurses": true,
	"traders": true, "drivers": true, "men": true, "women": true,
	// "members of two communities clashed": a communal riot
	"communities": true,
	// pupils ("learners" in South Africa) and a club's fans
	"learners": true, "pupils": true, "fans": true,
	// translated Spanish and Portuguese news: "manifestantes", "jubilados"
	"manifestants": true, "manifestant": true, "retirees": true,
}

// crowdTargets are the crowd words that, as what force was used on, make
// it repression of a protest rather than an attack on civilians.
var crowdTargets = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "crowd": true, "crowds": true,
	"marchers": true, "mourners": true, "rioters": true, "protester": true, "protestor": true,
	"demonstrator": true, "picketers": true, "strikers": true,
}

// policeWords name a state's forces of order without naming the state:
// in a story placed in one country they are its ("Police fired tear gas",
// "Authorities imposed a curfew").
var policeWords = map[string]bool{
	"police": true, "policemen": true, "gendarmes": true, "gendarmerie": true,
}

// authorityWords name who imposes a curfew or makes arrests: the state of
// the story when no party is named ("Authorities imposed a curfew", "the
// state government", "police").
var authorityWords = map[string]bool{
	"police": true, "policemen": true, "gendarmes": true, "gendarmerie": true, "authorities": true,
	"government": true, "administration": true, "officials": true, "security": true, "junta": true, "regime": true,
	"officers": true, "cops": true, "constables": true, "enforcers": true,
}

// orderWords are the forces whose force on a crowd is repression.
var orderWords = map[string]bool{
	"police": true, "policemen": true, "security": true, "forces": true, "troops": true, "soldiers": true,
	"army": true, "gendarmes": true, "gendarmerie": true, "officers": true, "guards": true, "military": true,
	"authorities": true, "rangers": true, "paramilitary": true, "paramilitaries": true, "riot": true,
}

// armedWords are the armed bodies whose acts are no riots or protests.
var armedWords = map[string]bool{
	"troops": true, "soldiers": true, "army": true, "forces": true, "militants": true, "fighters": true,
	"rebels": true, "insurgents": true, "gunmen": true, "jihadists": true, "militia": true, "militiamen": true,
	"terrorists": true, "bandits": true, "tanks": true, "military": true, "police": true, "policemen": true,
}

// riotTriggers are the force triggers a crowd turns into a riot: clashes,
// storming, assault and the acts of arson and looting.
var riotTriggers = map[string]bool{
	"clash": true, "clashes": true, "clashed": true, "clashing": true, "storm": true, "stormed": true,
	"storming": true, "storms": true, "attack": true, "attacked": true, "attacking": true, "attacks": true,
	"assaulted": true, "assault": true, "killed": true, "kill": true, "beat": true, "lynched": true,
	"fought": true, "fighting": true, "torched": true, "stabbed": true, "death": true, "shot": true, "beaten": true,
	"invaded": true, "stoned": true,
}

// roadWords are what a road blockade blocks.
var roadWords = map[string]bool{
	"road": true, "roads": true, "highway": true, "highways": true, "street": true, "streets": true,
	"traffic": true, "motorway": true, "expressway": true, "bridge": true, "railway": true,
	"tracks": true, "junction": true, "intersection": true, "entrance": true, "entrances": true, "route": true,
	"routes": true, "roundabout": true, "freeway": true, "avenue": true, "avenues": true, "boulevard": true,
	"boulevards": true, "crossing": true, "crossings": true,
	// a named road ("Beyers Naudé Drive") and what closes a campus or a
	// compound ("barricaded the main gate")
	"drive": true, "gate": true, "gates": true,
}

var blockVerbs = map[string]bool{
	"block": true, "blocks": true, "blocked": true, "blocking": true, "barricade": true, "barricaded": true,
	"barricading": true, "barricades": true,
	// a crowd sitting on a road or the rails ("squatted on the railway
	// tracks") blocks it
	"squatted": true, "squatting": true, "squat": true,
}

// netWords are the services an internet shutdown cuts.
var netWords = map[string]bool{
	"internet": true, "social": true, "instagram": true, "whatsapp": true, "facebook": true, "telegram": true,
	"tiktok": true, "twitter": true, "youtube": true, "broadband": true, "data": true, "telecommunications": true,
	"communications": true, "phone": true, "sms": true,
}

// cutVerbs cut or restrict a service.
var cutVerbs = map[string]bool{
	"suspend": true, "suspends": true, "suspended": true, "suspending": true, "shut": true, "shuts": true,
	"cut": true, "cuts": true, "cutting": true, "restrict": true, "restricts": true, "restricted": true,
	"restricting": true, "block": true, "blocks": true, "blocked": true, "blocking": true, "ban": true,
	"banned": true, "bans": true, "disrupted": true, "throttled": true, "curbed": true, "snapped": true,
	"shutdown": true, "blackout": true,
}

// unrestTrigger reads the acts that a phrase rather than a word names: a
// road blocked ("blocked the highway", "barricaded roads": CAMEO 144, a
// protest) and a service cut ("suspended mobile internet", "a ban on
// mobile internet", "an internet shutdown": 172, restrictions). It returns
// the entry and the number of words of its trigger (0 for none).
func unrestTrigger(ws []words.Word, i int) (*entry, int) {
	w := ws[i].Lower
	if !unrestStarts[w] {
		return nil, 0 // one look-up for the words that start none
	}
	if blockVerbs[w] {
		// ("blocked at least 12 points on the main roads")
		for k := i + 1; k < len(ws) && k <= i+8; k++ {
			x := ws[k].Lower
			if netWords[x] || x == "websites" || x == "portals" || x == "sites" {
				break // "blocking access to internet portals": censorship below
			}
			if roadWords[x] {
				return &entry{cameo: "144", typ: parallax.EventProtests, curated: true}, 1
			}
			if isPunctWord(x) || x == "by" || x == "and" || x == "their" && k > i+1 {
				break
			}
		}
	}
	if (w == "closed" || w == "closing") && (crowdBefore(ws, i) || crowdSubject(ws, i)) {
		// "Residents ... closed the MG-020 highway" (translated news:
		// "fecharam a rodovia"): a crowd that closes a road blocks it
		for k := i + 1; k < len(ws) && k <= i+5; k++ {
			if roadWords[ws[k].Lower] {
				return &entry{cameo: "144", typ: parallax.EventProtests, curated: true}, 1
			}
			if isPunctWord(ws[k].Lower) {
				break
			}
		}
	}
	if (w == "concentration" || w == "act") && i > 0 && rallySense(ws, i) {
		// translated news: "carried out a concentration in front of
		// Congress", "made an act in front of the Ministry" (a
		// "concentración", an "ato"): a rally
		return &entry{cameo: "141", typ: parallax.EventProtests, curated: true}, 1
	}
	if cutVerbs[w] || w == "ban" {
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			x := ws[k].Lower
			if netWords[x] && (x != "social" || k+1 < len(ws) && ws[k+1].Lower == "media") &&
				(x != "data" && x != "phone" || k > i+1 && ws[k-1].Lower == "mobile") {
				return &entry{cameo: "172", typ: parallax.EventStrategic, curated: true}, 1
			}
			if isPunctWord(x) || x == "by" {
				break
			}
		}
	}
	if w == "set" || w == "sets" || w == "setting" {
		// "set a government building ablaze", "set two buses alight"
		for k := i + 1; k < len(ws) && k <= i+6; k++ {
			x := ws[k].Lower
			if x == "ablaze" || x == "alight" || x == "fire" && ws[k-1].Lower == "on" {
				return &entry{cameo: "145", typ: parallax.EventRiots, curated: true}, 1
			}
			if isPunctWord(x) {
				break
			}
		}
	}
	if gatherVerbs[w] && i > 0 {
		// "homebuyers gathered outside the sales office, demanding that
		// work resume": a gathering with a demand or slogans is a
		// protest; one to mourn or to watch is not
		for k := i + 1; k < len(ws) && k <= i+16; k++ {
			x := ws[k].Lower
			if x == ";" || x == "." || x == "but" {
				break
			}
			// ("gathered outside the transport office and submitted a
			// memorandum")
			if x == "demanding" || x == "chanting" || x == "shouting" || x == "slogans" || x == "placards" || x == "memorandum" ||
				(x == "demand" || x == "protest") && ws[k-1].Lower == "to" {
				return &entry{cameo: "141", typ: parallax.EventProtests, curated: true}, 1
			}
		}
	}
	if (w == "handed" || w == "submitted" || w == "presented" || w == "handing" || w == "submitting") && crowdBefore(ws, i) {
		// "marchers handed a memorandum to the premier's representative":
		// the crowd's petition, an act of its protest
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if x := ws[k].Lower; x == "memorandum" || x == "memorandums" || x == "memoranda" {
				return &entry{cameo: "141", typ: parallax.EventProtests, curated: true}, 1
			} else if x != "over" && x != "a" && x != "the" && x != "their" && x != "its" {
				break
			}
		}
	}
	if (w == "held" || w == "holding" || w == "kept") && crowdBefore(ws, i) {
		// "villagers held a team of forest officials captive, demanding
		// compensation": officials held by a crowd to press its demand
		for k := i + 1; k < len(ws) && k <= i+8; k++ {
			if x := ws[k].Lower; x == "captive" || x == "hostage" {
				return &entry{cameo: "141", typ: parallax.EventProtests, curated: true}, 1
			} else if isPunctWord(x) {
				break
			}
		}
	}
	if w == "stoned" || w == "stoning" {
		// "stoned passing cars", "stoning police vehicles" (not "the
		// stoning of Satan", a pilgrims' rite)
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if stonedObjects[ws[k].Lower] {
				return &entry{cameo: "145", typ: parallax.EventRiots, curated: true}, 1
			}
		}
	}
	if w == "internet" && i+1 < len(ws) {
		switch ws[i+1].Lower {
		case "shutdown", "shutdowns", "blackout", "ban", "outage", "cut":
			return &entry{cameo: "172", typ: parallax.EventStrategic, curated: true}, 2
		}
		// the passive: "Internet services were suspended", "mobile
		// internet services suspended for three days"
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			x := ws[k].Lower
			if cutVerbs[x] && x != "cuts" && x != "cut" && x != "ban" && x != "bans" && x != "shutdown" && x != "blackout" {
				return &entry{cameo: "172", typ: parallax.EventStrategic, curated: true}, 1
			}
			if !netPassiveWords[x] {
				break
			}
		}
	}
	return nil, 0
}

// stonedObjects are what a crowd stones in a riot: vehicles, buildings,
// the police.
var stonedObjects = map[string]bool{
	"cars": true, "vehicles": true, "buses": true, "bus": true, "trucks": true, "houses": true, "shops": true,
	"police": true, "policemen": true, "officers": true, "convoy": true, "train": true, "trains": true,
	"windows": true, "motorists": true, "vehicle": true, "car": true,
}

// rallySense reports "concentration" or "act" as a rally, as Spanish and
// Portuguese name one and translation keeps: made, held or carried out
// ("carried out a concentration"), or held in front of a building ("an
// act in front of the Ministry"); not "the concentration of income", "in
// an act at the palace" that signs a law.
func rallySense(ws []words.Word, i int) bool {
	if i+1 < len(ws) && ws[i+1].Lower == "of" {
		return false
	}
	if i+3 < len(ws) && ws[i+1].Lower == "in" && ws[i+2].Lower == "front" && ws[i+3].Lower == "of" || i+1 < len(ws) && ws[i+1].Lower == "outside" {
		return true
	}
	if k := i - 1; k >= 1 && (ws[k].Lower == "a" || ws[k].Lower == "an") {
		switch ws[k-1].Lower {
		case "out", "made", "held", "staged", "organised", "organized", "called": // ("carried out a")
			return ws[k-1].Lower != "out" || k >= 2 && ws[k-2].Lower == "carried" || k >= 2 && ws[k-2].Lower == "carry"
		}
	}
	return false
}

// gatherVerbs bring a crowd together; with a demand they are a protest.
var gatherVerbs = map[string]bool{
	"gathered": true, "gathering": true, "assembled": true, "converged": true, "congregated": true,
}

// netPassiveWords stand between "internet" and the participle that cuts
// it: "internet services were suspended", "internet and phone lines have
// been snapped".
var netPassiveWords = map[string]bool{
	"services": true, "service": true, "connections": true, "connectivity": true, "access": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "been": true, "also": true, "and": true, "phone": true,
	"lines": true, "data": true,
}

// unrestStarts are the words unrestTrigger can start at.
var unrestStarts = func() map[string]bool {
	m := map[string]bool{"set": true, "sets": true, "setting": true, "internet": true, "ban": true,
		"closed": true, "closing": true, "concentration": true, "act": true,
		"handed": true, "submitted": true, "presented": true, "handing": true, "submitting": true,
		"held": true, "holding": true, "kept": true, "stoned": true, "stoning": true}
	for w := range gatherVerbs {
		m[w] = true
	}
	for w := range blockVerbs {
		m[w] = true
	}
	for w := range cutVerbs {
		m[w] = true
	}
	return m
}()

// unheldProtest reports whether the protest trigger at word i is one that
// has not taken place: called, planned, threatened or urged ("called a
// strike for Friday", "had planned a protest", "will hold peaceful
// sit-ins", "urged supporters to continue protesting", "their planned
// march"), which is no event.
func unheldProtest(ws []words.Word, i, pubYear int) bool {
	if notOfStreet(ws, i, 1) || aheadOf(ws, i) || pastUnrest(ws, i, 1, pubYear) || calledOff(ws, i) || courtAccount(ws) || charged(ws, i) || drill(ws) {
		// (a labour "strike" is read here too: "serve a strike notice",
		// "the strike planned for Monday", "a similar strike in 2018")
		return true
	}
	k := i - 1
	for n := 0; n < 5 && k >= 0 && (lightWords[ws[k].Lower] || protestModifiers[ws[k].Lower] || compoundModifier(ws, k)); n++ {
		k--
	}
	if k < 0 {
		return false
	}
	w := ws[k].Lower
	switch {
	case k > 0 && (w == "it" || w == "they" || w == "we") && conditionWords[ws[k-1].Lower]:
		// "until the end of the month before it embarks on its own
		// strike", "if they hold a march": not yet held
		return true
	case w == "by" && strings.HasSuffix(ws[i].Lower, "ing") && modalClause(ws, k):
		// "no one would be allowed to hold the public to ransom by
		// blocking roads": the means of an act not done
		return true
	case planWords[w] || offWords[w] || w == "off" && k > 0 && ws[k-1].Lower == "called":
		// ("deferred the nationwide general strike", "averting a strike",
		// "called off the bandh")
		return true
	case w == "will" || w == "would" || w == "shall" || w == "'ll" || modals[w]:
		return true
	case w == "to":
		// "urged supporters to continue protesting", "plans to march",
		// "on their way to gherao the residence": aims; but "gathered
		// to protest the law", "defied a ban to march on parliament"
		// tell of the protest held
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if x := ws[j].Lower; planWords[x] || intentVerbs[x] || willingWords[x] || x == "way" {
				return true
			}
		}
		// "denied permission to a group of wrestlers to hold a sit-in",
		// "sought approval to march": a protest asked for or permitted
		// is yet to come
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if x := ws[j].Lower; isPunctWord(x) {
				break
			} else if permissionWords[x] {
				return true
			}
		}
		// "called a 12-hour bandh on Friday to protest against": the
		// aim of a protest called, further back in its clause
		for j := k - 4; j >= 0 && j >= k-8; j-- {
			if x := ws[j].Lower; isPunctWord(x) {
				break
			} else if x == "called" || x == "calls" || x == "calling" || x == "announced" {
				return true
			}
		}
		return false
	case w == "of" && k > 0 && warnWords[ws[k-1].Lower]:
		// "had warned of a strike if talks failed", "the threat of a
		// bandh": a protest feared or threatened
		return true
	case w == "from":
		// "an order preventing the union from holding any protest"
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if barWords[ws[j].Lower] {
				return true
			}
		}
		return false
	case w == "for" && k > 0 && (ws[k-1].Lower == "called" || ws[k-1].Lower == "call" || ws[k-1].Lower == "calls" || ws[k-1].Lower == "calling" ||
		permissionWords[ws[k-1].Lower]):
		// ("granted the unions permission for a tractor march")
		return true
	}
	return false
}

// protestModifiers stand between a verb and the protest it holds or
// calls: "a nationwide rural strike", "peaceful sit-ins".
var protestModifiers = map[string]bool{
	"peaceful": true, "nationwide": true, "national": true, "rural": true, "mass": true, "indefinite": true,
	"general": true, "fresh": true, "further": true, "more": true, "street": true, "day-long": true,
	"their": true, "its": true, "his": true, "her": true, "our": true, "continue": true, "resume": true,
	"join": true, "hold": true, "go": true, "organise": true, "organize": true, "a": true, "the": true,
	"24-hour": true, "48-hour": true, "two-day": true, "three-day": true, "one-day": true, "week-long": true,
	"protest": true, "solidarity": true, "silent": true, "shutter-down": true, "token": true,
	"statewide": true, "state-wide": true, "countrywide": true, "province-wide": true, "district-wide": true,
	"launch": true, "stage": true, "observe": true, "own": true, "on": true, "embark": true, "embarks": true,
	"dawn-to-dusk": true, "12-hour": true, "36-hour": true, "72-hour": true, "any": true, "holding": true,
	"staging": true,
	// the first words of a protest named in two ("a rasta roko agitation")
	"rasta": true, "rail": true, "roko": true, "chakka": true, "jam": true, "dharna": true, "bandh": true,
	"hartal": true, "hunger": true,
}

// compoundModifier reports a lower-case word right after an article that
// stands before a protest noun as the first part of its compound ("an
// education bandh", "a statewide rasta roko"), which unheldProtest steps
// over as it does over adjectives.
func compoundModifier(ws []words.Word, k int) bool {
	if k < 1 || !isArticle(ws[k-1].Lower) {
		return false
	}
	t := ws[k].Text
	// (not "the planned protests": the plan is the point)
	return t != "" && t[0] >= 'a' && t[0] <= 'z' && !isPunctWord(t) && !planWords[ws[k].Lower] && !strings.HasSuffix(t, "ed")
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// barWords keep someone from doing what follows "from".
var barWords = map[string]bool{"preventing": true, "prevented": true, "prevent": true, "barred": true,
	"barring": true, "bar": true, "banned": true, "banning": true, "stopped": true, "stopping": true,
	"restrained": true, "restraining": true, "stop": true, "stops": true, "prevents": true, "bars": true,
	"ban": true, "restrain": true}

// conditionWords open a clause of what has not happened yet: "before it
// embarks on a strike", "if they hold a march".
var conditionWords = map[string]bool{"before": true, "until": true, "unless": true, "if": true}

// flopped reports a protest told as having failed to happen: "a stayaway
// called by war veterans failed to take off", "the planned march fizzled
// out". The words follow the trigger in its sentence, before a ";".
func flopped(ws []words.Word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+16; k++ {
		switch ws[k].Lower {
		case ";", ".":
			return false
		case "fizzled", "flopped":
			return true
		case "failed", "fails", "fail":
			if k+2 < len(ws) && ws[k+1].Lower == "to" {
				switch ws[k+2].Lower {
				case "take", "materialise", "materialize", "happen", "start", "draw", "get":
					return true
				}
			}
		}
	}
	return false
}

// toBeHeld reports a protest told in the future passive after it: "a
// countrywide wheel-jam strike would be observed on Saturday", "a march
// is to be held".
func toBeHeld(ws []words.Word, j int) bool {
	k := j + 1
	if k < len(ws) && (ws[k].Lower == "would" || ws[k].Lower == "will" || ws[k].Lower == "shall") {
		k++
	} else if k+1 < len(ws) && (ws[k].Lower == "is" || ws[k].Lower == "are") && ws[k+1].Lower == "to" {
		k += 2
	} else {
		return false
	}
	return k+1 < len(ws) && ws[k].Lower == "be" && (strings.HasSuffix(ws[k+1].Lower, "ed") || ws[k+1].Lower == "held")
}

// planWords before a protest make it one not (yet) held.
var planWords = map[string]bool{
	"planned": true, "planning": true, "plans": true, "plan": true, "called": true, "calls": true, "call": true,
	"announced": true, "announces": true, "threatened": true, "threatens": true, "threaten": true,
	"vowed": true, "vows": true, "urged": true, "urges": true, "proposed": true, "scheduled": true,
	"upcoming": true, "intended": true, "calling": true,
}

// modalClause reports a modal or a negation among the twelve words before
// word k in its clause.
func modalClause(ws []words.Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		x := ws[j].Lower
		if isPunctWord(x) {
			return false
		}
		if modals[x] || x == "must" || x == "should" || x == "can" || x == "cannot" || x == "never" || x == "not" {
			return true
		}
	}
	return false
}

// offWords before a protest say it will not be held (or not when called):
// "postponed the strike", "averting a strike".
var offWords = map[string]bool{
	"postponed": true, "postpone": true, "postpones": true, "postponing": true, "deferred": true, "defer": true,
	"defers": true, "deferring": true, "cancelled": true, "canceled": true, "cancel": true, "cancels": true,
	"cancelling": true, "averted": true, "avert": true, "averts": true, "averting": true,
}

// permissionWords before "to" and a protest: one asked for or permitted.
var permissionWords = map[string]bool{
	"permission": true, "permit": true, "approval": true, "nod": true,
	"clearance": true, "licence": true, "license": true,
}

// warnWords before "of" make the protest after it one threatened or
// feared.
var warnWords = map[string]bool{
	"warned": true, "warning": true, "warns": true, "warn": true, "threat": true, "threats": true,
	"risk": true, "fears": true, "fear": true, "spectre": true, "specter": true, "prospect": true,
}

// sportsWords tell a match report: its "clash" and "battle" are games.
var sportsWords = map[string]bool{
	"stadium": true, "league": true, "cup": true, "match": true, "matches": true, "tournament": true,
	"fixture": true, "derby": true, "innings": true, "wicket": true, "wickets": true, "goalkeeper": true,
	"semi-final": true, "quarter-final": true, "t20": true, "odi": true, "kick-off": true, "scored": true,
	"championship": true, "olympics": true, "squad": true, "playoff": true, "playoffs": true, "season": true,
}

// sportsClash reports whether the fight trigger at word i stands in a
// sentence about sport and not about war ("Sunday's clash with Eastern",
// "India's clash with Pakistan at the T20 World Cup").
func sportsClash(ws []words.Word, i int) bool {
	switch ws[i].Lower {
	case "clash", "clashes", "battle", "battles", "fight", "attack", "showdown",
		// "Sweden defeated South Korea 1-0", "Belgium beat Panama 3-0"
		"defeated", "defeat", "defeats", "beat", "beats", "routed", "thrashed":
	default:
		return false
	}
	if crowdBefore(ws, i) {
		return false // "rival fans clashed outside the stadium": a riot
	}
	if hasWithout(ws, sportsWords, warWords) {
		return true
	}
	// a score ("1-0", "3-2") after a win: a game's result
	for _, w := range ws[i+1:] {
		if scoreLike(w.Lower) {
			return !hasWithout(ws, warWords, nil)
		}
	}
	return false
}

// gameRally reports a rally in a match report or a motor race: a comeback
// ("rallied from a goal down", "rallied from behind"), a rally in a
// sentence of sport ("rallied the visitors with a stand of 97 for the
// fifth wicket") or a rally with stages won ("won the seventh stage of the
// Dakar Rally").
func gameRally(ws []words.Word, i int) bool {
	if !strings.HasPrefix(ws[i].Lower, "rall") {
		return false
	}
	stage, race := false, false
	for _, w := range ws {
		switch w.Lower {
		case "stage", "stages":
			stage = true
		case "won", "wins", "win", "driver", "co-driver", "overall", "podium", "leg", "motorsport":
			race = true
		}
	}
	if stage && race {
		return true
	}
	if i+1 < len(ws) && ws[i+1].Lower == "from" && i+2 < len(ws) {
		for k := i + 2; k < len(ws) && k <= i+5; k++ {
			if x := ws[k].Lower; x == "down" || x == "behind" || x == "deficit" {
				return true
			}
		}
	}
	if hasWithout(ws, sportsWords, warWords) {
		return true
	}
	for _, w := range ws[i+1:] {
		if scoreLike(w.Lower) {
			return true
		}
	}
	return false
}

// marketWords tell of prices on a market: what "rallies" there is a
// price, a currency or an index ("shares rallied 4%", "the peso
// rallied", "economists warned that the rally could fade").
var marketWords = map[string]bool{
	"shares": true, "stocks": true, "bonds": true, "equities": true, "markets": true, "index": true,
	"indices": true, "sensex": true, "nifty": true, "merval": true, "bovespa": true, "jse": true,
	"peso": true, "rupee": true, "rand": true, "dollar": true, "euro": true, "yen": true, "currency": true,
	"currencies": true, "investors": true, "yields": true, "reserves": true, "futures": true, "commodities": true, "treasuries": true, "bourse": true,
}

// scoreLike reports whether w is a game's score: "1-0", "3-2", "21-17".
func scoreLike(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	digits := func(x string) bool {
		if x == "" || len(x) > 3 {
			return false
		}
		for _, c := range x {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return ok && digits(a) && digits(b)
}

// abstractObjects are what one attacks with words: "attacked the bill",
// "attacked the criticism as interference".
var abstractObjects = map[string]bool{
	"bill": true, "bills": true, "law": true, "laws": true, "policy": true, "policies": true, "decision": true,
	"remarks": true, "comments": true, "criticism": true, "statement": true, "budget": true, "proposal": true,
	"proposals": true, "reform": true, "reforms": true, "verdict": true, "ruling": true, "report": true,
	"media": true, "press": true, "idea": true, "plan": true, "record": true, "handling": true, "stance": true,
	"move": true, "speech": true, "agenda": true, "decree": true, "judiciary": true, "opposition": true,
	"legislation": true, "amendment": true, "manifesto": true, "critics": true,
}

// verbalAttack reports whether the attack trigger at word i is an attack
// in words: on a bill, a decision, a statement, or on someone "over" a
// policy or "as" something ("attacked the Centre over rising prices").
func verbalAttack(ws []words.Word, i int) bool {
	switch ws[i].Lower {
	case "attack", "attacked", "attacks", "attacking", "slammed", "blasted":
	default:
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		x := ws[k].Lower
		if abstractObjects[x] {
			return true
		}
		if k == i+2 && ws[i+1].Lower == "the" && ws[k].Text == "Centre" {
			return true // India's central government
		}
		if (x == "as" || x == "for") && k > i+1 && k+1 < len(ws) {
			switch ws[k+1].Lower {
			case "it", "they", "he", "she", "we", "the", "a", "an", "part", "well", "soon", "troops", "its", "their":
			default:
				if x == "as" {
					return true // "attacked the criticism as interference"
				}
			}
		}
		if isPunctWord(x) {
			break
		}
	}
	return false
}

// feared reports a coercive act named only as a fear or a risk ("citing
// fears of arrest", "faces arrest").
func feared(ws []words.Word, i int) bool {
	k := i - 1
	// (past "of", articles and "the sort of": "avoid the sort of looting")
	for n := 0; n < 5 && k >= 0; n++ {
		switch ws[k].Lower {
		case "of", "an", "a", "the", "any", "further", "more", "sort", "kind":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch ws[k].Lower {
	case "prevent", "prevents", "prevented", "preventing", "avoiding",
		"fear", "fears", "feared", "risk", "risks", "threat", "face", "faces", "facing", "avoid", "avoided",
		"evade", "evaded", "escape", "escaped", "warrant", "warrants", "threatened":
		return true
	}
	return false
}

// namedAs reports a noun trigger that only names what another act was
// called ("called the crackdown a massacre", "described it as a war").
func namedAs(ws []words.Word, i int) bool {
	k := i - 1
	for k >= 0 && (ws[k].Lower == "a" || ws[k].Lower == "an" || ws[k].Lower == "as" || ws[k].Lower == "\"" || ws[k].Lower == "“" || ws[k].Lower == "outright") {
		k--
	}
	if k == i-1 {
		return false
	}
	for j := k; j >= 0 && j >= k-4; j-- {
		switch ws[j].Lower {
		case "called", "calls", "call", "calling", "described", "describes", "describing", "branded", "brands",
			"labelled", "labeled", "termed", "terms", "likened", "compared":
			return true
		}
		if isPunctWord(ws[j].Lower) {
			return false
		}
	}
	return false
}

// riotCrowd reports whether a crowd is the subject of the trigger at words
// [ti, tj]: a crowd word among the six words before it in its clause, the
// trigger not passive ("Protesters stormed parliament", "a mob assaulted
// and killed two men"); and for clashes, a crowd on either side ("police
// clashed with student protesters").
func riotCrowd(ws []words.Word, ti, tj int, passive bool) bool {
	if crowdAgent(ws, tj) {
		return true
	}
	if passive {
		return false
	}
	if participleClause(ws, ti) && crowdOpens(ws) {
		// "Hundreds of protesters attacked the embassies, setting fires
		// and looting offices": the participle's subject is the
		// sentence's
		return true
	}
	if crowdSubject(ws, ti) {
		// "Learners at a high school in Eldorado Park stoned passing
		// cars and set a classroom alight": the crowd that opens the
		// sentence does what its first clause tells
		return true
	}
	armed := false
	for k := ti - 1; k >= 0 && k >= ti-6 && !prepositionObject(ws, ti); k-- {
		x := ws[k].Lower
		// ("Protesters said police had set their tents alight": the
		// crowd speaks, the act is the police's)
		if isPunctWord(x) || x == "after" || x == "when" || x == "as" || x == "while" || x == "by" || x == "said" || x == "says" || x == "told" {
			break
		}
		if crowdWords[x] && !armed {
			return true
		}
		armed = armed || armedWords[x] && x != "police"
	}
	if strings.HasPrefix(ws[ti].Lower, "clash") {
		for k := tj + 1; k < len(ws) && k <= tj+5; k++ {
			x := ws[k].Lower
			if crowdTargets[x] || crowdWords[x] && (crowdBefore(ws, ti) || orderBefore(ws, ti)) {
				return true
			}
			if isPunctWord(x) {
				break
			}
		}
	}
	return false
}

// prepositionObject reports a noun trigger governed by a preposition
// ("arrested two men in connection with the assault", "injured during
// the clashes"): the people before it are not its subject.
func prepositionObject(ws []words.Word, ti int) bool {
	if ti < 2 || !isArticle(ws[ti-1].Lower) {
		return false
	}
	switch ws[ti-2].Lower {
	case "with", "in", "of", "for", "during", "after", "before", "over", "about", "since", "into":
		return true
	}
	return false
}

// participleClause reports a trigger in "-ing" that opens, or follows
// another verb of, a participle clause after a comma: ", setting fires and
// looting offices".
func participleClause(ws []words.Word, ti int) bool {
	if !strings.HasSuffix(ws[ti].Lower, "ing") {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-5; k-- {
		if ws[k].Lower == "," {
			return k+1 < len(ws) && strings.HasSuffix(ws[k+1].Lower, "ing")
		}
		if isPunctWord(ws[k].Lower) {
			return false
		}
	}
	return false
}

// crowdSubject reports a crowd word among the first seven words of a
// sentence with nothing between it and word ti that opens another clause
// or names another actor (a comma, "said", "who", "after", an armed body).
func crowdSubject(ws []words.Word, ti int) bool {
	if t := ws[ti].Lower; !strings.HasSuffix(t, "ed") && !pastActs[t] || prepositionObject(ws, ti) {
		// (a noun is no clause's verb: "Villagers are afraid ... and a
		// deadly January attack on a base")
		return false
	}
	c := -1
	for k := 0; k < len(ws) && k < 7 && k < ti; k++ {
		if x := ws[k].Lower; crowdWords[x] {
			c = k
			break
		} else if authorityWords[x] || armedWords[x] {
			return false // "Police arrested three men ...": the crowd is an object
		}
	}
	if c < 0 {
		return false
	}
	for k := c + 1; k < ti; k++ {
		x := ws[k].Lower
		if x == "," || x == ";" || x == ":" || clauseOpeners[x] || armedWords[x] || insurgents[x] || policeWords[x] {
			return false
		}
	}
	return true
}

// pastActs are the irregular past forms of a crowd's violent acts.
var pastActs = map[string]bool{"set": true, "threw": true, "burnt": true, "fought": true, "beat": true, "broke": true}

// clauseOpeners start another clause, whose subject is not the
// sentence's: "Protesters said police had set fire to their tents".
var clauseOpeners = map[string]bool{
	"said": true, "says": true, "told": true, "that": true, "who": true, "which": true, "after": true,
	"when": true, "as": true, "while": true, "because": true, "but": true, "whom": true, "whose": true,
	"where": true, "before": true, "until": true, "if": true, "by": true,
}

// crowdOpens reports a crowd word among the first seven words of a
// sentence, before any armed body: its subject is a crowd ("Hundreds of
// protesters ...", "An angry mob ...").
func crowdOpens(ws []words.Word) bool {
	for k := 0; k < len(ws) && k < 7; k++ { // (past a dateline, "KINSHASA -")
		x := ws[k].Lower
		if armedWords[x] || insurgents[x] {
			return false
		}
		if crowdWords[x] {
			return true
		}
	}
	return false
}

// repression reports force used on a crowd by the forces of order: a
// crowd word as what was hit (after an active trigger, before a passive
// one) and no armed group or army doing it ("Police opened fire on the
// crowd", "13 protesters were shot dead by security forces").
func repression(ws []words.Word, ti, tj int, passive bool, unrestNear func() bool) bool {
	lo, hi := tj+1, min(len(ws), tj+7)
	if passive {
		lo, hi = max(0, ti-6), ti
	}
	crowd, people := false, false
	for k := lo; k < hi; k++ {
		x := ws[k].Lower
		if (isPunctWord(x) || x == "by") && !passive {
			break // "by rioters": the agent, not what was hit
		}
		crowd = crowd || crowdTargets[x]
		people = people || peopleWords[x]
	}
	if !crowd && people {
		// "six people were shot dead by police ... as opposition
		// supporters took to the streets": people of a protest; "beat
		// some of the students" after a sentence on their march
		for _, w := range ws {
			crowd = crowd || unrestWords[w.Lower] || w.Lower == "streets"
		}
		crowd = crowd || unrestNear()
	}
	if !crowd {
		return false
	}
	// who did it: the words before an active trigger, the agent after a
	// passive one
	alo, ahi := max(0, ti-6), ti
	if passive {
		alo, ahi = tj+1, min(len(ws), tj+6)
	}
	order := false
	for k := alo; k < ahi; k++ {
		switch x := ws[k].Lower; {
		case x == "militants" || x == "gunmen" || x == "rebels" || x == "insurgents" || x == "jihadists" || x == "fighters" ||
			x == "bandits" || x == "terrorists" || x == "terrorist" || x == "attackers" || x == "assailants":
			return false
		case orderWords[x]:
			order = true
		}
	}
	return order
}

// violentProtest reports a protest trigger told as violent: "violent
// protests", "demonstrations ... turned violent".
func violentProtest(ws []words.Word, ti, tj int) bool {
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		// "a violent service delivery protest"
		if ws[k].Lower == "violent" {
			return true
		}
		if isPunctWord(ws[k].Lower) || upperWord(ws[k].Text) {
			break
		}
	}
	for k := tj + 1; k < len(ws) && k <= tj+7; k++ {
		x := ws[k].Lower
		if (x == "turned" || x == "turn" || x == "turning") && k+1 < len(ws) && (ws[k+1].Lower == "violent" || ws[k+1].Lower == "deadly") {
			return true
		}
		if x == ";" || x == "." {
			break
		}
	}
	return false
}

// occupyObjects are the buildings and land a movement occupies in protest.
var occupyObjects = map[string]bool{
	"building": true, "buildings": true, "campus": true, "office": true, "offices": true, "factory": true,
	"land": true, "farm": true, "estate": true, "square": true, "ministry": true, "headquarters": true,
	"university": true, "plant": true, "hall": true,
}

// protestOccupation reports an occupation of a building or land by people
// no party names (a movement, students, workers): a protest, not a
// military occupation ("members of the movement occupied a vacant
// building").
func protestOccupation(ws []words.Word, ti int) bool {
	if w := ws[ti].Lower; w == "siege" || strings.HasPrefix(w, "besieg") {
		// "Hundreds of contract teachers laid siege to the education
		// complex": a crowd besieges an office in protest
		return crowdBefore(ws, ti)
	}
	if !strings.HasPrefix(ws[ti].Lower, "occup") {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-8; k-- {
		if armedWords[ws[k].Lower] {
			return false
		}
	}
	for k := ti + 1; k < len(ws) && k <= ti+4; k++ {
		if occupyObjects[ws[k].Lower] {
			return true
		}
	}
	// "Indigenous protesters occupied a grain port": a crowd's
	// occupation, whatever it holds
	return crowdBefore(ws, ti)
}

// unrest recodes an event by the crowd around it: force used on
// demonstrators by the forces of order is a protest met with force (175),
// a crowd's clashes, arson, storming and mob killings a riot (145), a
// protest told as violent a riot, an occupation by a movement a protest,
// and a road blocked by a party's forces a blockade (191).
func unrest(ev *parallax.Event, ws []words.Word, ti, tj int, passive bool, unrestNear func() bool) {
	trig := ws[ti].Lower
	crowd := riotCrowd(ws, ti, tj, passive)
	switch {
	case ev.CAMEO == "141" && protestVerb(trig) && complaint(ws, ti, ev.Initiator.Side):
		// "the foreign ministry protested on Thursday against remarks by
		// a British minister", "the coach protested to the referee": an
		// objection in words (CAMEO 111), no street protest
		ev.CAMEO, ev.Type = "111", parallax.EventStrategic
	case ev.CAMEO == "191" && strings.HasPrefix(trig, "blockade") && ev.Initiator.Side == "" && !armedParty(ws, ti) && unrestNear() &&
		!genericProtest(ws, ti, tj-ti+1):
		// "The blockade cut one of the main routes" after protesters
		// blocked a bridge: their road blockade (144), not a party's
		// siege
		ev.CAMEO, ev.Type = "144", parallax.EventProtests
	case strings.HasPrefix(trig, "scuffle"):
		// a scuffle is a brawl of people, whoever is in it: no
		// property destroyed, no party's act
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
		ev.Initiator = parallax.EventActor{}
	case ev.CAMEO == "145" && passive && !strings.HasSuffix(trig, "ing") && !strings.HasPrefix(trig, "pelt"):
		// "the priest was set on fire", "cars were torched": what was
		// burned is told, not a crowd's riot; property destroyed (1712).
		// ("were rioting", "were looting" are no passives; stones
		// "were pelted" are thrown by a crowd, whoever it is.)
		ev.CAMEO, ev.Type = "1712", parallax.EventStrategic
	case ev.CAMEO == "145" && !crowd && !riotNouns[trig] && !unrestNear():
		// "he set fire to the gunpowder house": arson with no crowd
		// and no unrest told near it is property destruction (CAMEO
		// 1712), not a riot
		ev.CAMEO, ev.Type = "1712", parallax.EventStrategic
	case strings.HasPrefix(trig, "clash") && !crowd && policeClash(ws) && ev.Initiator.Side == "":
		// "Clashes broke out near the bridge when riot police tried to
		// clear the road": the police against a crowd no word names
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
	case strings.HasPrefix(trig, "clash") && crowd:
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
		if ev.Initiator.Side != "" && ev.Target.Side == "" {
			// "police clashed with protesters": the crowd acts, the
			// police are whom it fought
			ev.Target.Side, ev.Target.Actor = ev.Initiator.Side, ev.Initiator.Actor
			ev.Target.Kind = KindMilitary
		}
		ev.Initiator = parallax.EventActor{}
	case ev.CAMEO == "145" && crowd:
		ev.Initiator = parallax.EventActor{} // a crowd is no party
	case ev.CAMEO == "145" && (ev.Initiator.Side != "" || armedParty(ws, ti) || orderBefore(ws, ti)):
		// "RSF fighters looted the market", "militants torched houses",
		// "police had set their tents alight": an armed party's or the
		// police's looting and arson is property destruction (ACLED
		// strategic developments; CAMEO 1712), not a riot
		ev.CAMEO, ev.Type = "1712", parallax.EventStrategic
	case ev.CAMEO == "144" && burning(ws, ti):
		// roads barricaded with burning tyres: a violent demonstration
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
	case ev.CAMEO == "144" && armedParty(ws, ti):
		// "Israeli forces blocked the road to the village": a party's
		// forces restrict movement (CAMEO 191), no protest
		ev.CAMEO, ev.Type = "191", parallax.EventStrategic
	case strings.HasPrefix(ev.CAMEO, "14") && ev.CAMEO != "145" && !strings.HasPrefix(ev.CAMEO, "143") && violentProtest(ws, ti, tj):
		// (a strike is the work stopped; its violence is acts of its own)
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
	case strings.HasPrefix(ev.CAMEO, "14") && crowdBefore(ws, ti):
		ev.Initiator = parallax.EventActor{} // "farmers marching": the crowd protests
	case strings.HasPrefix(ev.CAMEO, "19") && protestOccupation(ws, ti) && ev.Initiator.Side == "":
		ev.CAMEO, ev.Type = "141", parallax.EventProtests
	case ev.CAMEO == "154" && ev.Initiator.Side == "" && (crowdBefore(ws, ti) || crowdOf(ws, tj)) && !armedParty(ws, ti):
		// "The teachers mobilised to the Government House", "the
		// mobilisation of retirees" (translated news: "se movilizaron"):
		// a crowd's march, not forces mobilised
		ev.CAMEO, ev.Type = "141", parallax.EventProtests
	case ev.CAMEO == "175":
		// repression falls on people ("used tear gas to unblock the road":
		// the road is where the crowd stood; "where police tried to clear
		// a blockade with tear gas, 30 police officers were injured":
		// the officers were not its target)
		ev.Target.Kind = KindCivilian
	case (trig == "battles" || trig == "battle") && ti > 0 && ws[ti-1].Lower == "running" && !armedParty(ws, ti) && unrestNear():
		// "running battles" in a story of protests: the crowd fights
		// the police, a riot
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
		ev.Initiator = parallax.EventActor{}
	case (strings.HasPrefix(ev.CAMEO, "18") || strings.HasPrefix(ev.CAMEO, "19")) && ev.Type != parallax.EventExplosions &&
		repression(ws, ti, tj, passive, unrestNear):
		ev.CAMEO, ev.Type = "175", parallax.EventProtests
		ev.Target.Kind = KindCivilian
		if ev.Target.Side == ev.Initiator.Side {
			ev.Target.Side, ev.Target.Actor = "", ""
		}
	case (strings.HasPrefix(ev.CAMEO, "18") || strings.HasPrefix(ev.CAMEO, "19")) && (riotTriggers[trig] || passive) && crowd &&
		(crowdAgent(ws, tj) || !armedParty(ws, ti)):
		// (the armed body before "killed by a mob" is the victim)
		ev.CAMEO, ev.Type = "145", parallax.EventRiots
		ev.Initiator = parallax.EventActor{}
	}
}

// crowdOf reports a crowd word within three words after "of" after word
// tj, no armed body among them: "the mobilisation of retirees".
func crowdOf(ws []words.Word, tj int) bool {
	if tj+1 >= len(ws) || ws[tj+1].Lower != "of" {
		return false
	}
	for k := tj + 2; k < len(ws) && k <= tj+4; k++ {
		if armedWords[ws[k].Lower] || ws[k].Lower == "agents" {
			return false
		}
		if crowdWords[ws[k].Lower] {
			return true
		}
	}
	return false
}

// policeClash reports police in a sentence that names no armed body
// other than them (no troops, militants, rebels): whom they clash with is
// a crowd.
func policeClash(ws []words.Word) bool {
	police := false
	for _, w := range ws {
		switch x := w.Lower; {
		case x == "police" || x == "policemen" || x == "gendarmes":
			police = true
		case armedWords[x] || insurgents[x]:
			return false
		}
	}
	return police
}

// armedParty reports an armed body among the six words before word ti
// ("Militants torched", "troops clashed with villagers"): its acts are no
// riot.
func armedParty(ws []words.Word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		x := ws[k].Lower
		if isPunctWord(x) {
			return false
		}
		if armedWords[x] && x != "police" && x != "policemen" {
			return true
		}
	}
	return false
}

// burning reports burning tyres or barricades in the clause of word ti.
func burning(ws []words.Word, ti int) bool {
	// ("barricaded the main avenues of the capital with stones and
	// burning tyres")
	for k := ti + 1; k < len(ws) && k <= ti+12; k++ {
		x := ws[k].Lower
		if x == "." || x == ";" {
			break
		}
		if (x == "burning" || x == "burnt" || x == "burned") && k+1 < len(ws) {
			switch ws[k+1].Lower {
			case "tyres", "tires", "barricades", "logs", "debris", "bins":
				return true
			}
		}
	}
	return false
}

// protestVerb reports a verb form of "protest".
func protestVerb(w string) bool {
	return w == "protest" || w == "protested" || w == "protests" || w == "protesting"
}

// objectDeterminers open the direct object of "protest" in the sense of
// objecting to something ("protested the decision").
var objectDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"its": true, "their": true, "his": true, "her": true, "these": true, "those": true}

// notAnEvent reports a trigger that names no act here: a sports clash, an
// attack in words, an arrest only feared, a noun that only names another
// act ("called the crackdown a massacre"), a protest not held, or troops
// marching.
func notAnEvent(ws []words.Word, i, n int, e *entry, pubYear int) bool {
	switch {
	case strings.HasPrefix(e.cameo, "19") && (sportsClash(ws, i) || verbalAttack(ws, i)):
		return true
	case (forceful(e.cameo) || strings.HasPrefix(e.cameo, "14")) && feared(ws, i):
		return true
	case namedAs(ws, i):
		return true
	case strings.HasPrefix(ws[i].Lower, "rall") && hasWithout(ws, marketWords, crowdTargets):
		// "bonds rallied", "the peso rallied": prices rising, no crowd
		return true
	case strings.HasPrefix(e.cameo, "14") && (unheldProtest(ws, i, pubYear) || flopped(ws, i+n-1) || toBeHeld(ws, i+n-1)):
		return true
	case (strings.HasPrefix(e.cameo, "14") || e.cameo == "175") && unrestNamed(ws, i):
		return true
	case (strings.HasPrefix(e.cameo, "14") || e.cameo == "175" || e.cameo == "145") && (courtAccount(ws) || charged(ws, i) || drill(ws)):
		return true
	case strings.HasPrefix(e.cameo, "14") && (notOfStreet(ws, i, n) || aheadOf(ws, i) || pastUnrest(ws, i, n, pubYear)):
		return true
	case strings.HasPrefix(e.cameo, "14") && genericProtest(ws, i, n):
		return true
	case e.cameo == "141" && hasWithout(ws, festiveWords, disputeWords):
		// "two million people took to the streets as the carnival got
		// under way": a crowd that celebrates or worships, no protest
		return true
	case e.cameo == "141" && strings.HasPrefix(ws[i].Lower, "march") && armedParty(ws, i):
		return true
	case ws[i].Lower == "striking" && i > 0 && (objectDeterminers[ws[i-1].Lower] || ws[i-1].Lower == "most" || ws[i-1].Lower == "more") && !strikingWorkers(ws, i):
		// "its striking omissions", "the most striking feature": an
		// adjective, no strike
		return true
	case ws[i].Lower == "riot" && i+1 < len(ws) && riotGear[ws[i+1].Lower]:
		// "Riot police used water cannon": the police's kind, no riot
		return true
	case ws[i].Lower == "fire" && i > 0 && ws[i-1].Lower == "on":
		// "set a barricade on fire on Rustaveli Avenue": burning, not
		// fire opened on someone
		return true
	}
	return false
}

// riotGear are the nouns "riot" names the kind of ("riot police", "riot
// gear"): no riot is told.
var riotGear = map[string]bool{
	"police": true, "policemen": true, "officers": true, "gear": true, "squad": true, "squads": true, "shields": true,
	"units": true, "unit": true, "troops": true, "control": true, "act": true, "helmets": true, "vans": true,
}

// crowdBefore reports a crowd word among the six words before word ti in
// its clause, no armed body nearer: the crowd is the subject.
func crowdBefore(ws []words.Word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		x := ws[k].Lower
		if isPunctWord(x) || x == "after" || x == "when" || x == "as" || x == "while" || x == "by" {
			return false
		}
		if crowdWords[x] {
			return true
		}
		if armedWords[x] {
			return false
		}
	}
	return false
}

// institutionWords name the officials and bodies that protest a decision
// in words: "the foreign ministry protested the remarks".
var institutionWords = map[string]bool{
	"ministry": true, "government": true, "embassy": true, "minister": true, "secretary": true, "office": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "president": true, "department": true,
	"council": true, "affairs": true, "foreign": true, "beijing": true, "moscow": true, "washington": true,
}

// officialSubject reports a party or an institution among the eight words
// before word ti.
func officialSubject(ws []words.Word, ti int, side string) bool {
	if side != "" {
		return true
	}
	for k := ti - 1; k >= 0 && k >= ti-8; k-- {
		if institutionWords[ws[k].Lower] {
			return true
		}
		if crowdWords[ws[k].Lower] {
			return false
		}
	}
	return false
}

// riotNouns name a riot or looting themselves: no crowd need be told.
var riotNouns = map[string]bool{"riot": true, "riots": true, "rioting": true, "rioted": true, "looting": true,
	"scuffle": true, "scuffles": true, "scuffled": true,
	"loot": true, "looted": true, "loots": true, "lynch": true, "lynched": true, "lynching": true, "lynchings": true,
	// stones are pelted by a crowd ("Stones were pelted at the police post")
	"pelt": true, "pelted": true, "pelting": true}

// unrestWords tell of civil unrest: a protest, a riot, a strike, a crowd.
var unrestWords = map[string]bool{
	"protest": true, "protests": true, "protesters": true, "protestors": true, "protested": true, "protesting": true,
	"demonstration": true, "demonstrations": true, "demonstrators": true, "riot": true, "riots": true,
	"rioters": true, "rioting": true, "unrest": true, "mob": true, "crowd": true, "crowds": true, "strike": true,
	"hartal": true, "bandh": true, "rally": true, "march": true, "marchers": true, "clashes": true,
	"marched": true, "marching": true, "rallied": true, "demonstrated": true, "sit-in": true, "dharna": true,
	"agitation": true, "stayaway": true,
}

// unrestNear reports unrest words in sentence si or the two before it.
func unrestNear(sents []words.Sentence, si int) bool {
	for k := max(0, si-2); k <= si; k++ {
		for _, w := range sents[k].Words {
			if unrestWords[w.Lower] {
				return true
			}
		}
	}
	return false
}

// orderBefore reports police or security forces among the four words
// before word ti: "Police clashed with striking miners".
func orderBefore(ws []words.Word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		x := ws[k].Lower
		if isPunctWord(x) {
			return false
		}
		if x == "police" || x == "policemen" || x == "security" || x == "gendarmes" {
			return true
		}
	}
	return false
}

// crowdAgent reports a crowd as the agent after "by" within a few words
// after word tj: "stabbed to death by rioters", "killed by a mob".
func crowdAgent(ws []words.Word, tj int) bool {
	for k := tj + 1; k < len(ws) && k <= tj+4; k++ {
		if ws[k].Lower != "by" {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if ws[j].Lower == "armed" {
				return false // "attacked by armed men": an armed group
			}
			if crowdWords[ws[j].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// peopleWords are the plain words for people that a protest sentence makes
// its crowd.
// ("civilians" is not among them: it is what war reports call the victims
// of armed force, "the army had targeted civilians", where a "strike" or
// "clashes" near it are acts of war, not unrest)
var peopleWords = map[string]bool{"people": true, "persons": true, "men": true, "women": true,
	"students": true, "youths": true, "residents": true, "supporters": true, "activists": true}

// lodged reports a protest noun after a verb of filing ("lodged a strong
// protest", "registered its protest", "handed over a protest note").
func lodged(ws []words.Word, i int) bool {
	if i+1 < len(ws) && ws[i+1].Lower == "note" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch ws[k].Lower {
		case "lodged", "lodge", "lodges", "lodging", "registered", "register", "filed", "file", "conveyed", "delivered", "sent":
			return true
		case "a", "an", "its", "their", "his", "her", "strong", "formal", "official", "stern", "strongly-worded":
			continue
		}
		return false
	}
	return false
}

// unrestNamed reports a protest word ending the name of a body that
// speaks or leads: "the Samyukt Kisan Morcha said", "Kisan Morcha leader
// NAME", "the Azadi March's organisers". A named protest that is held
// ("observed the Bharat Bandh") keeps its event: only a capitalised
// trigger after a capitalised word, before a word of speaking or of
// membership, is a body.
func unrestNamed(ws []words.Word, i int) bool {
	t := ws[i].Text
	if i < 2 || t == "" || t[0] < 'A' || t[0] > 'Z' || strings.ToUpper(t) == t {
		return false // sentence-first, lower-case or an all-capitals line
	}
	p := ws[i-1].Text
	if p == "" || p[0] < 'A' || p[0] > 'Z' || i+1 >= len(ws) {
		return false
	}
	return bodyAfter[ws[i+1].Lower]
}

// bodyAfter follow the name of a body that speaks or has members.
var bodyAfter = map[string]bool{
	"said": true, "says": true, "'s": true, "(": true, "leader": true, "leaders": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "president": true, "chief": true, "convener": true, "convenor": true,
	"member": true, "members": true, "coordinator": true, "announced": true, "demanded": true, "alleged": true,
}

// noticeNouns are what a protest word as a modifier names instead of the
// act: "served a strike notice", "a protest call", "a strike ballot".
var noticeNouns = map[string]bool{
	"notice": true, "notices": true, "call": true, "calls": true, "threat": true, "threats": true,
	"ballot": true, "ballots": true, "deadline": true, "letter": true, "letters": true, "note": true,
	"notes": true, "plan": true, "plans": true, "programme": true, "program": true, "vote": true,
	"votes": true, "fund": true, "funds": true, "committee": true,
	"time": true, // "stoppage time": a match's added minutes
	// works of protest: "an album of protest songs", "protest poetry"
	"song": true, "songs": true, "music": true, "poetry": true, "poems": true, "poem": true, "art": true,
	"literature": true, "singer": true, "singers": true, "album": true, "anthem": true, "anthems": true,
}

// figurativeMarch are the words before "march" that make it a trend:
// "prices continued their upward march", "the relentless march of
// technology".
var figurativeMarch = map[string]bool{
	"upward": true, "onward": true, "relentless": true, "inexorable": true, "steady": true,
	"inevitable": true, "forward": true, "downward": true, "unstoppable": true,
}

// campaignWords before "rally" make it an election or party meeting, no
// protest: "an election rally", "addressed a rally of supporters".
var campaignWords = map[string]bool{
	"election": true, "campaign": true, "poll": true, "electoral": true, "addressed": true,
	"addresses": true, "addressing": true, "address": true, "roadshow": true, "victory": true,
}

// notOfStreet reports a protest word in another sense: a modifier of a
// notice or call ("a strike notice"), a trend's "march", a campaign
// "rally", or a participle of plan after it ("the strike planned for
// Monday", "a protest scheduled for Friday") that makes it one not held.
func notOfStreet(ws []words.Word, i, n int) bool {
	w := ws[i].Lower
	j := i + n
	if n == 1 && j < len(ws) && noticeNouns[ws[j].Lower] {
		return true
	}
	if strings.HasPrefix(w, "march") && i > 0 && figurativeMarch[ws[i-1].Lower] {
		return true
	}
	if w == "march" && i > 1 && ws[i-1].Lower == "of" && ws[i-2].Lower == "month" {
		return true // "the inflation of the month of March"
	}
	if strings.HasPrefix(w, "rall") {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if campaignWords[ws[k].Lower] {
				return true
			}
			if isPunctWord(ws[k].Lower) {
				break
			}
		}
	}
	if j < len(ws) {
		switch ws[j].Lower {
		case "planned", "scheduled", "proposed", "slated":
			return true
		}
	}
	// "the paro of next Thursday", "the strike next week": one to come
	for k := j; k < len(ws) && k <= j+2; k++ {
		if ws[k].Lower == "next" && k+1 < len(ws) && (weekdayOrTime[ws[k+1].Lower] || ws[k+1].Lower == "week" || ws[k+1].Lower == "month") {
			return true
		}
		if ws[k].Lower != "of" && ws[k].Lower != "on" {
			break
		}
	}
	// "a book on the sit-in", "a documentary about the strike": the
	// protest is the work's subject
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if x := ws[k].Lower; (x == "on" || x == "about") && mediumNouns[ws[k-1].Lower] {
			return true
		}
	}
	return false
}

// mediumNouns are works and meetings that have a protest as their subject.
var mediumNouns = map[string]bool{
	"book": true, "film": true, "documentary": true, "report": true, "exhibition": true, "seminar": true,
	"study": true, "play": true, "series": true, "lecture": true, "debate": true, "discussion": true,
	"novel": true, "essay": true, "podcast": true, "paper": true,
}

// drill reports a sentence about an exercise: "held an anti-riot drill,
// simulating the dispersal of a crowd", "the exercise used water
// cannon". Its crowds and force are staged.
func drill(ws []words.Word) bool {
	for k, w := range ws {
		switch w.Lower {
		case "simulating", "simulated", "simulation", "rehearsal":
			return true
		case "drill", "drills", "exercise", "exercises":
			// (not "rock drill operators", "the exercise of their right")
			if k > 0 && drillBefore[ws[k-1].Lower] && (k+1 == len(ws) || ws[k+1].Lower != "of") {
				return true
			}
		}
	}
	return false
}

// drillBefore stand before a drill or exercise that stages force.
var drillBefore = map[string]bool{
	"mock": true, "anti-riot": true, "riot-control": true, "crowd-control": true, "security": true,
	"emergency": true, "the": true, "a": true, "an": true, "large": true, "joint": true, "police": true,
}

// aheadOf reports a protest that security is readied for: "ahead of
// Sunday's rally", "arrangements for the bandh", "preparations for the
// march" tell of one still to come.
func aheadOf(ws []words.Word, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		x := ws[k].Lower
		if isPunctWord(x) {
			return false
		}
		if x == "of" && ws[k-1].Lower == "ahead" || x == "for" && readyNouns[ws[k-1].Lower] {
			return true
		}
	}
	return false
}

// readyNouns are made "for" a protest to come.
var readyNouns = map[string]bool{
	"arrangements": true, "preparations": true, "bandobast": true, "deployment": true,
}

// pastUnrest reports a protest placed in another year than the story's
// or a span of years: "the 2020 riots", "a similar strike in 2018",
// "protests against pass laws in 1960", "a march on June 4, 1989", "have
// drawn protests over the past decade". Background of the story, not the
// event it reports; a year after "since" is the start of one that goes
// on. pubYear is the publication's year: a protest of that year ("a march
// on June 4, 2025" in a story of June 5, 2025) is the story's own, and
// one of a later year is still to come (no event held either). With no
// publication date (pubYear 0) every year is read as another (news style
// writes a year, even after a day, mostly for another year than the
// story's).
func pastUnrest(ws []words.Word, i, n, pubYear int) bool {
	year := func(k int) bool {
		t := ws[k].Text
		if len(t) != 4 || !(strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) {
			return false
		}
		y := 0
		for _, c := range t {
			if c < '0' || c > '9' {
				return false
			}
			y = 10*y + int(c-'0')
		}
		return y != pubYear && k > 0 && ws[k-1].Lower != "since" && ws[k-1].Lower != "by"
	}
	// before: "the 2020 north-east Delhi riots", "its 1989 protests"
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if isPunctWord(ws[k].Lower) {
			break
		}
		if year(k) && (ws[k-1].Lower == "the" || ws[k-1].Lower == "of" || strings.HasSuffix(ws[k-1].Lower, "'s")) {
			return true
		}
	}
	// "Five years after the sit-in", "two decades since the riots"
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if x := ws[k].Lower; (x == "after" || x == "since") && (ws[k-1].Lower == "years" || ws[k-1].Lower == "decades" || ws[k-1].Lower == "year" || ws[k-1].Lower == "decade") {
			return true
		}
	}
	for k := i + n; k < len(ws) && k < i+n+20; k++ {
		x := ws[k].Lower
		if x == ";" || x == "." || x == "but" || x == "while" || x == "and" && k > i+n && ws[k-1].Lower == "," {
			break
		}
		if year(k) && (ws[k-1].Lower == "in" || ws[k-1].Lower == "of" || ws[k-1].Lower == "," || months[ws[k-1].Lower]) {
			return true
		}
		if (x == "decade" || x == "decades" || x == "years") && k > 1 && (ws[k-1].Lower == "past" || ws[k-1].Lower == "recent" || ws[k-1].Lower == "last") {
			return true
		}
		if x == "year" && k > 1 && ws[k-1].Lower == "last" && ws[k-2].Lower != "since" && (k+1 == len(ws) || ws[k+1].Lower != "'s") &&
			!begun(ws, i) {
			// "against striking transport workers last year" (not "the
			// anniversary of last year's protests": another noun's time;
			// nor "began protesting late last year": one that goes on)
			return true
		}
		if (x == "decades" || x == "years") && k > 2 && (ws[k-2].Lower == "past" || ws[k-2].Lower == "last") && (numberWords[ws[k-1].Lower] || isDigits(ws[k-1].Lower)) {
			return true // "in the past five years"
		}
		if x == "ago" && k > 1 && (ws[k-1].Lower == "years" || ws[k-1].Lower == "decades") {
			return true
		}
	}
	return false
}

// festiveWords tell a crowd out to celebrate or to worship.
var festiveWords = map[string]bool{
	"carnival": true, "celebration": true, "celebrations": true, "celebrate": true, "celebrated": true,
	"celebrating": true, "festival": true, "festivities": true, "revellers": true, "revelers": true,
	"parade": true, "parades": true, "pilgrims": true, "pilgrimage": true, "devotees": true, "worshippers": true,
	"faithful": true,
}

// disputeWords tell a grievance: with them a festive crowd protests too.
var disputeWords = map[string]bool{
	"protest": true, "protests": true, "protesters": true, "protestors": true, "protested": true, "protesting": true,
	"demonstration": true, "demonstrators": true, "against": true, "demanding": true, "demand": true,
	"slogans": true, "placards": true, "banners": true, "denounce": true, "condemn": true,
}

// forceToDisperse reports "disperse" as the aim of force used before it
// in its clause ("Police fired in the air to disperse the crowd", "used
// mild force to disperse them"): the force was used on the crowd, so the
// repression happened, whatever its aim achieved.
func forceToDisperse(ws []words.Word, i int) bool {
	if !strings.HasPrefix(ws[i].Lower, "dispers") || i < 2 || ws[i-1].Lower != "to" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		x := ws[k].Lower
		if x == "." || x == ";" || x == "will" || x == "would" || modals[x] {
			return false
		}
		switch x {
		case "fired", "used", "lobbed", "burst", "charged", "resorted", "opened", "sprayed", "wielded", "swung":
			return true
		}
	}
	return false
}

// genericProtest reports protest named as a kind of act, not one held: a
// right ("the right to protest", "peaceful protest was a democratic
// right"), protests as what rules, support or plans are about
// ("organisers of protests", "support for street protests", "plan for
// large marches"), and a habit told in the present ("organisations that
// block roads will be billed", "those who protest").
func genericProtest(ws []words.Word, i, n int) bool {
	w := ws[i].Lower
	if i >= 2 && (ws[i-1].Lower == "to" || ws[i-1].Lower == "of") && (ws[i-2].Lower == "right" || ws[i-2].Lower == "rights" || ws[i-2].Lower == "freedom") {
		return true
	}
	for k := i + n; k < len(ws) && k <= i+n+4; k++ {
		if x := ws[k].Lower; x == "right" || x == "rights" {
			return ws[i+n].Lower == "is" || ws[i+n].Lower == "was" || ws[i+n].Lower == "are" || ws[i+n].Lower == "remains"
		}
		if isPunctWord(ws[k].Lower) {
			break
		}
	}
	if n == 1 && strings.HasSuffix(w, "s") {
		// a bare plural after a preposition whose noun makes it a kind
		k := i - 1
		for k >= 0 && kindAdjectives[ws[k].Lower] {
			k--
		}
		if k >= 1 && (ws[k].Lower == "of" || ws[k].Lower == "for" || ws[k].Lower == "on" || ws[k].Lower == "against") && kindGovernors[ws[k-1].Lower] {
			return true
		}
	}
	if n == 1 && strings.HasSuffix(w, "s") && i+1 < len(ws) && genericVerbs[ws[i+1].Lower] && (i == 0 || !determinerLike(ws[i-1])) {
		// "blockades cause losses to traders", "strikes rarely work":
		// what such protests do, in the present
		return true
	}
	if i >= 2 && (ws[i-1].Lower == "who" || ws[i-1].Lower == "that") && habitualVerbs[w] {
		p := ws[i-2].Lower
		return p == "those" || p == "anyone" || p == "people" || ws[i-1].Lower == "who" || strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !sayWords[p]
	}
	return false
}

// genericVerbs follow a bare plural protest noun that is a kind: what such
// protests do or can do ("blockades cause losses", "strikes rarely
// work", "protests can turn violent").
var genericVerbs = map[string]bool{
	"cause": true, "hurt": true, "harm": true, "disrupt": true, "affect": true, "cost": true, "damage": true,
	"endanger": true, "inconvenience": true, "rarely": true, "often": true, "usually": true, "seldom": true,
	"can": true, "cannot": true, "tend": true, "achieve": true,
}

// determinerLike reports a word that makes the noun after it particular:
// an article, a demonstrative, a possessive, a number ("the blockades",
// "their strikes", "two protests").
func determinerLike(w words.Word) bool {
	x := w.Lower
	// ("that" and "this" before a plural open a clause: "argued that
	// blockades cause losses")
	return objectDeterminers[x] && x != "that" && x != "this" || x == "our" || isDigits(x) ||
		strings.HasSuffix(x, "'s") || numberWords[x] || x == "several"
}

// kindAdjectives stand between a preposition and the bare plural of a
// kind of protest: "support for street protests", "a plan for large
// marches".
var kindAdjectives = map[string]bool{
	"street": true, "large": true, "mass": true, "peaceful": true, "violent": true, "illegal": true,
	"public": true, "unauthorised": true, "unauthorized": true, "future": true, "such": true, "political": true,
}

// kindGovernors are the nouns whose "of", "for", "on" or "against" names a
// kind of protest, not one held: rules, rights, support, plans.
var kindGovernors = map[string]bool{
	"organisers": true, "organizers": true, "support": true, "plan": true, "plans": true, "rules": true,
	"law": true, "laws": true, "ban": true, "bans": true, "guidelines": true, "policing": true,
	"regulation": true, "regulations": true, "permits": true, "attitudes": true, "views": true,
	"handbook": true, "manual": true, "protocol": true, "tolerance": true,
}

// habitualVerbs are the present forms of protest verbs that, after "who"
// or "that", tell what a kind of people does: "those who protest",
// "organisations that block roads".
var habitualVerbs = map[string]bool{
	"protest": true, "block": true, "blocks": true, "march": true, "strike": true, "riot": true,
	"demonstrate": true, "picket": true, "barricade": true, "loot": true, "torch": true,
}

// sayWords end in "s" and take a "that" clause: "says that", "argues that".
var sayWords = map[string]bool{"says": true, "argues": true, "claims": true, "insists": true, "believes": true, "adds": true}

// pastUnrestTold reports a sentence that places unrest or violence in
// another year than the publication's: "the 2023 communal violence in
// Khambhat", "the mineworkers killed by police at Marikana in August 2012",
// "the students' movement against the Emergency of 1975".
func pastUnrestTold(ws []words.Word, pubYear int) bool {
	for k, w := range ws {
		if (unrestWords[w.Lower] || riotNouns[w.Lower] || backdropWords[w.Lower]) && pastUnrest(ws, k, 1, pubYear) {
			return true
		}
	}
	return false
}

// backdropWords name violence or a movement that a year places in the
// past.
var backdropWords = map[string]bool{
	"violence": true, "killed": true, "killings": true, "massacre": true, "movement": true,
	"uprising": true, "shot": true, "repression": true, "crackdown": true,
}

// begun reports a protest word right after a verb of starting ("began
// protesting", "started a strike").
func begun(ws []words.Word, i int) bool {
	return i > 0 && startVerbs[ws[i-1].Lower] || i > 1 && isArticle(ws[i-1].Lower) && startVerbs[ws[i-2].Lower]
}

// startVerbs before a protest make it one begun at the time after it, not
// over then.
var startVerbs = map[string]bool{"began": true, "begun": true, "started": true, "begin": true, "start": true}

// months name the month before a year ("in October 2019").
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// complaint reports "protest" as an objection: made to someone ("protested
// to the referee", "protested to the embassy"), or by a party or an
// institution against words or a decision ("the ministry protested on
// Thursday against remarks by"). A crowd's protest is held somewhere or
// against a policy, and "protested to demand" is its aim.
func complaint(ws []words.Word, ti int, side string) bool {
	k := ti + 1
	for k < len(ws) && (ws[k].Lower == "on" || weekdayOrTime[ws[k].Lower]) {
		k++
	}
	if k+1 < len(ws) && ws[k].Lower == "to" && objectDeterminers[ws[k+1].Lower] {
		return true
	}
	if k+1 < len(ws) && (ws[k].Lower == "against" || ws[k].Lower == "over") {
		j := k + 1
		if j+1 < len(ws) && objectDeterminers[ws[j].Lower] {
			j++
		}
		if objectionNouns[ws[j].Lower] {
			return officialSubject(ws, ti, side)
		}
	}
	return false
}

// weekdayOrTime may stand between "protested" and what it is about.
var weekdayOrTime = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "strongly": true, "formally": true,
}

// objectionNouns are words and acts of others a party objects to.
var objectionNouns = map[string]bool{
	"remarks": true, "comments": true, "statement": true, "statements": true, "remark": true, "comment": true,
	"decision": true, "visit": true, "move": true, "claims": true, "claim": true, "report": true,
	"letter": true, "measure": true, "measures": true, "ruling": true, "note": true,
	"tariffs": true, "tariff": true, "treatment": true, "detention": true, "arrest": true, "expulsion": true,
}

// calledOff reports a protest called for a day and then called off,
// postponed or averted: "the strike called by the unions from Friday has
// been called off", "a bandh slated for Monday was postponed". A strike
// held and then ended ("the three-day strike was called off on Friday")
// names no call or day before its end and stays an event.
func calledOff(ws []words.Word, i int) bool {
	called := false
	for k := i + 1; k < len(ws) && k <= i+16; k++ {
		x := ws[k].Lower
		switch {
		case x == ";" || x == ".":
			return false
		case k == i+1 && (x == "called" || planWords[x]):
			called = true
		case (x == "from" || x == "for") && k+1 < len(ws) && weekdayOrTime[ws[k+1].Lower] && ws[k+1].Lower != "strongly" && ws[k+1].Lower != "formally":
			called = true
		case x == "postponed" || x == "deferred" || x == "cancelled" || x == "canceled" || x == "averted" ||
			x == "off" && ws[k-1].Lower == "called":
			return called
		}
	}
	return false
}

// courtWords open the account of a trial: the judge's, the prosecution's,
// a charge sheet's.
var courtWords = map[string]bool{
	"judge": true, "court": true, "prosecution": true, "prosecutor": true, "prosecutors": true,
	"magistrate": true, "chargesheet": true, "charge-sheet": true, "indictment": true, "bench": true,
	"counsel": true, "defence": true, "defense": true,
}

// courtVerbs tell what a court or a party to a trial holds or argues.
var courtVerbs = map[string]bool{
	"said": true, "says": true, "alleged": true, "alleges": true, "argued": true, "argues": true,
	"held": true, "found": true, "claimed": true, "claims": true, "told": true, "noted": true,
	"observed": true, "stated": true, "states": true, "contended": true, "submitted": true,
}

// courtAccount reports a sentence that opens with a court's or a trial
// party's account ("The judge said the defendants threw petrol bombs",
// "The prosecution alleges that he organised road blockades", "The State
// alleges that they"): the protest or riot it tells is the matter of a
// trial, background to the story of the hearing, not news of an event.
func courtAccount(ws []words.Word) bool {
	for k := 0; k < len(ws) && k < 6; k++ {
		x := ws[k].Lower
		if isPunctWord(x) && k > 0 {
			return false
		}
		if !(courtWords[x] || x == "state" && k > 0 && ws[k-1].Lower == "the" && ws[k].Text == "State") {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if courtVerbs[ws[j].Lower] {
				return true
			}
		}
	}
	return false
}

// chargeVerbs make the protest after "for", "of" or "with" an offence:
// "jailed 12 people for rioting", "convicted of arson", "charged with
// rioting". The act is the charge's matter, not news.
var chargeVerbs = map[string]bool{
	"jailed": true, "convicted": true, "charged": true, "sentenced": true, "acquitted": true, "guilty": true,
	"accused": true, "indicted": true, "booked": true, "imprisoned": true, "fined": true,
}

// charged reports a protest word that is the offence of a charge,
// conviction or sentence before it.
func charged(ws []words.Word, i int) bool {
	if i < 2 {
		return false
	}
	switch ws[i-1].Lower {
	case "for", "of", "with":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if chargeVerbs[ws[k].Lower] {
			return true
		}
		if x := ws[k].Lower; x == ";" || x == "." {
			return false
		}
	}
	return false
}
