// Package event is the stage that finds events in an article: attacks,
// shelling, air and drone strikes, clashes, mines, killings, captures,
// mobilisation, martial law, ceasefires, appeals, protests, riots and the
// other CAMEO verb classes, each with its ACLED type and CAMEO code, its
// initiator and target (with side and target kind), negation, places, date
// and the claim that asserts it. Counts are linked to their event.
//
// Triggers come from data/lexicon/events.tsv (curated) and cameo_verbs.tsv
// (the PETRARCH2 CAMEO verb dictionary). Arguments come from the parse
// where the parser has run, else from word patterns around the trigger.
package event

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/data"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// Stage fills Document.Events and Count.Event. It is read-only after Load
// and safe for concurrent use.
type Stage struct {
	lex   *lexicon
	sides *words.Sides
	// codes maps a GeoNames country code to its side: the state whose
	// "junta" or "regime" a story means is where its places lie.
	codes map[string]string
	// stateSides are the sides of codes: the states' (docContext.stateSide)
	stateSides map[string]bool
}

// Load reads the trigger and side vocabularies.
func Load() (*Stage, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	sides, err := words.LoadSides()
	if err != nil {
		return nil, err
	}
	orgs, err := data.Orgs()
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		// The armed groups of the actor knowledge base, so that a group
		// the entity stage leaves without a side ("Yemen's Houthi rebels")
		// is still the party that acts; only rows that hold everywhere.
		if o.Kind != "group" || o.Side == "" || o.Context != nil {
			continue
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if !strings.HasPrefix(n, "the ") {
				sides.Add(n, o.Side)
			}
		}
	}
	rows, err := words.ReadTSV("country_codes.tsv", 2)
	if err != nil {
		return nil, err
	}
	codes := make(map[string]string, len(rows))
	stateSides := map[string]bool{}
	for _, r := range rows {
		codes[r[0]] = r[1]
		stateSides[r[1]] = true
	}
	return &Stage{lex: lex, sides: sides, codes: codes, stateSides: stateSides}, nil
}

// Name is the stage name.
func (*Stage) Name() string { return "event" }

// Target kinds.
const (
	KindMilitary       = "military"
	KindCivilian       = "civilian"
	KindInfrastructure = "infrastructure"
	KindUnknown        = "unknown"
)

var kindWords = map[string]string{
	"civilian": KindCivilian, "civilians": KindCivilian, "population": KindCivilian, "village": KindCivilian,
	"villages": KindCivilian, "settlement": KindCivilian, "settlements": KindCivilian, "residential": KindCivilian,
	"homes": KindCivilian, "houses": KindCivilian, "school": KindCivilian, "schools": KindCivilian,
	"hospital": KindCivilian, "hospitals": KindCivilian, "city": KindCivilian, "cities": KindCivilian,
	"town": KindCivilian, "towns": KindCivilian, "people": KindCivilian, "residents": KindCivilian,
	"villagers": KindCivilian, "neighborhood": KindCivilian, "neighbourhood": KindCivilian, "market": KindCivilian,
	"protesters": KindCivilian, "demonstrators": KindCivilian, "journalists": KindCivilian, "children": KindCivilian,
	"women": KindCivilian, "refugees": KindCivilian, "populated": KindCivilian, "worshippers": KindCivilian,
	"infrastructure": KindInfrastructure, "road": KindInfrastructure, "roads": KindInfrastructure,
	"bridge": KindInfrastructure, "bridges": KindInfrastructure, "power": KindInfrastructure,
	"plant": KindInfrastructure, "facility": KindInfrastructure, "facilities": KindInfrastructure,
	"pipeline": KindInfrastructure, "dam": KindInfrastructure, "airport": KindInfrastructure,
	"port": KindInfrastructure, "railway": KindInfrastructure, "highway": KindInfrastructure,
	"grid": KindInfrastructure, "energy": KindInfrastructure, "substation": KindInfrastructure,
	"military": KindMilitary, "army": KindMilitary, "positions": KindMilitary, "position": KindMilitary,
	"soldiers": KindMilitary, "troops": KindMilitary, "forces": KindMilitary, "base": KindMilitary,
	"bases": KindMilitary, "units": KindMilitary, "servicemen": KindMilitary, "post": KindMilitary,
	"posts": KindMilitary, "checkpoint": KindMilitary, "checkpoints": KindMilitary, "strongholds": KindMilitary,
	"tanks": KindMilitary, "personnel": KindMilitary, "militants": KindMilitary, "fighters": KindMilitary,
	"rebels": KindMilitary, "convoy": KindMilitary, "helicopter": KindMilitary, "helicopters": KindMilitary,
	"drones": KindMilitary, "aircraft": KindMilitary, "garrison": KindMilitary, "trenches": KindMilitary,
	"refugee": KindCivilian, "apartment": KindCivilian, "apartments": KindCivilian, "mosque": KindCivilian,
	"church": KindCivilian, "shelter": KindCivilian, "shelters": KindCivilian, "shops": KindCivilian,
	"patients": KindCivilian, "students": KindCivilian, "schoolchildren": KindCivilian, "farmers": KindCivilian,
	"teachers": KindCivilian, "pupils": KindCivilian, "doctors": KindCivilian, "nurses": KindCivilian,
	"herders": KindCivilian, "miners": KindCivilian, "drivers": KindCivilian, "priests": KindCivilian,
	"tourists": KindCivilian, "volunteers": KindCivilian, "families": KindCivilian,
	// merchant shipping ("a Greek-owned bulk carrier", "an oil tanker")
	"tanker": KindCivilian, "tankers": KindCivilian, "freighter": KindCivilian, "cargo": KindCivilian,
	"merchant": KindCivilian, "bulk": KindCivilian, "container": KindCivilian,
	"terminal": KindInfrastructure, "terminals": KindInfrastructure,
	"radar": KindMilitary, "radars": KindMilitary, "launcher": KindMilitary, "launchers": KindMilitary,
	"refinery": KindInfrastructure, "refineries": KindInfrastructure, "oil": KindInfrastructure,
	"electricity": KindInfrastructure, "powerline": KindInfrastructure, "railways": KindInfrastructure,
	"ports": KindInfrastructure, "airports": KindInfrastructure, "dams": KindInfrastructure,
	"militant": KindMilitary, "hideout": KindMilitary, "hideouts": KindMilitary, "barracks": KindMilitary,
	"outpost": KindMilitary, "outposts": KindMilitary, "warship": KindMilitary, "airbase": KindMilitary,
	"airfield": KindMilitary, "airfields": KindMilitary, "airbases": KindMilitary, "depot": KindMilitary, "depots": KindMilitary, "battalion": KindMilitary,
	"brigade": KindMilitary, "troop": KindMilitary, "soldier": KindMilitary,
	// state forces of many names, and the fighters of armed groups
	"police": KindMilitary, "policemen": KindMilitary, "gendarmes": KindMilitary, "jawans": KindMilitary,
	"patrol": KindMilitary, "insurgents": KindMilitary, "terrorists": KindMilitary, "guerrillas": KindMilitary,
	"jihadists": KindMilitary, "maoists": KindMilitary, "bandits": KindMilitary, "separatists": KindMilitary,
	// civilians at work
	"labourers": KindCivilian, "laborers": KindCivilian, "workers": KindCivilian, "traders": KindCivilian,
	"fishermen": KindCivilian, "shopkeepers": KindCivilian, "commuters": KindCivilian, "pilgrims": KindCivilian,
	"brothers": KindCivilian, "sisters": KindCivilian, "relatives": KindCivilian, "inmates": KindCivilian,
	// places and vehicles of civilian life that wire copy names as hit
	// ("strikes on a migrant detention centre", "attacked a passenger
	// train", "shelled a displacement camp")
	"displacement": KindCivilian, "idp": KindCivilian, "idps": KindCivilian,
	"migrant": KindCivilian, "migrants": KindCivilian, "passenger": KindCivilian, "passengers": KindCivilian,
	"train": KindCivilian, "bus": KindCivilian, "buses": KindCivilian, "minibus": KindCivilian,
	"ambulance": KindCivilian, "ambulances": KindCivilian, "supermarket": KindCivilian, "mall": KindCivilian,
	"bakery": KindCivilian, "restaurant": KindCivilian, "hotel": KindCivilian, "churches": KindCivilian,
	"mosques": KindCivilian, "clinic": KindCivilian, "clinics": KindCivilian, "university": KindCivilian,
	"kindergarten": KindCivilian, "wedding": KindCivilian, "funeral": KindCivilian,
	"marketplace": KindCivilian, "aid": KindCivilian, "food": KindCivilian,
	// the crowds of protests and funerals
	"mourners": KindCivilian, "crowd": KindCivilian, "crowds": KindCivilian, "marchers": KindCivilian,
	"protestors": KindCivilian, "worshipers": KindCivilian,
}

// weapons used at a distance: they make an attack explosions/remote violence.
var weapons = map[string]string{
	"artillery": "194", "shelling": "194", "mortar": "194", "mortars": "194", "rocket": "194",
	"rockets": "194", "missile": "194", "missiles": "194", "mlrs": "194", "howitzer": "194",
	"howitzers": "194", "grad": "194", "shells": "194", "drone": "195", "drones": "195", "uav": "195",
	"uavs": "195", "aircraft": "195", "airstrike": "195", "airstrikes": "195", "warplanes": "195",
	"jets": "195", "helicopters": "195", "bombs": "195", "bombing": "195",
}

var negators = map[string]bool{"not": true, "never": true, "no": true, "without": true, "neither": true, "nor": true}

var denyVerbs = map[string]bool{"deny": true, "denies": true, "denied": true, "denying": true, "rejected": true, "refuted": true}

var beForms = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true}

var pronouns = map[string]bool{"it": true, "we": true, "our": true, "its": true, "they": true, "their": true, "he": true, "his": true, "she": true, "her": true, "us": true}

// Process finds the events of doc and links its counts to them.
func (s *Stage) Process(doc *parallax.Document) {
	doc.Events = nil
	sents := words.Split(doc)
	dc := newDocContext(doc, sents, s.sides, s.codes, s.stateSides)
	id := 0
	for si := range sents {
		for _, e := range dc.backdropped(si, s.sentenceEvents(dc, si)) {
			id++
			e.ID = "v" + strconv.Itoa(id)
			doc.Events = append(doc.Events, e)
		}
		dc.advanceDate(si)
	}
	linkCounts(doc, sents)
	targetsFromCounts(doc, dc.stateSide)
	mannerTargets(doc)
}

// mannerLead ends right before a noun trigger that tells how the act of
// the verb before it was done: "killed five soldiers in an ambush",
// "were wounded during a drone attack" ("in response to this attack" is
// another act, not the manner of one).
var mannerLead = regexp.MustCompile(`\b(?:in|during) (?:an?|the) (?:[a-z-]+ ){0,2}$`)

// mannerTargets gives an act of force told as the manner of the act
// before it in the same clause ("Separatists killed five Cameroonian
// soldiers in an ambush on a convoy") that act's parties where it has none
// of its own: the soldiers killed are whom the ambush hit.
func mannerTargets(doc *parallax.Document) {
	for i := range doc.Events {
		ev := &doc.Events[i]
		if ev.Target.Side != "" || !forceRoot(ev.CAMEO) {
			continue
		}
		lead := strings.ToLower(doc.Text[max(0, ev.Start-40):ev.Start])
		if !mannerLead.MatchString(lead) {
			continue
		}
		var verb *parallax.Event
		for j := range doc.Events {
			v := &doc.Events[j]
			if j == i || v.End > ev.Start || v.Sentence != ev.Sentence || v.Target.Side == "" || !forceRoot(v.CAMEO) ||
				strings.ContainsAny(doc.Text[v.End:ev.Start], ";\n") || ev.Start-v.End > 80 {
				continue
			}
			if verb == nil || v.End > verb.End {
				verb = v
			}
		}
		if verb == nil {
			continue
		}
		if verb.Target.Side == ev.Initiator.Side {
			continue // a side does not attack itself
		}
		ev.Target.Side, ev.Target.Actor = verb.Target.Side, verb.Target.Actor
		if ev.Initiator.Side == "" && verb.Initiator.Side != verb.Target.Side {
			ev.Initiator = verb.Initiator
		}
	}
}

// accidentWords name a cause of death that is no one's attack; attackWords
// name one, and win when a sentence has both.
var (
	accidentWords = map[string]bool{
		"stampede": true, "crush": true, "collapse": true, "collapsed": true, "crane": true, "earthquake": true,
		"flood": true, "floods": true, "flooding": true, "storm": true, "cyclone": true, "hurricane": true,
		"landslide": true, "accident": true, "capsized": true, "disease": true, "pandemic": true,
		"covid-19": true, "heatwave": true, "typhoon": true, "tornado": true, "avalanche": true, "derailment": true,
	}
	attackWords = map[string]bool{
		"attack": true, "attacks": true, "bomb": true, "bombing": true, "strike": true, "strikes": true,
		"airstrike": true, "airstrikes": true, "shelling": true, "gunmen": true, "militants": true, "troops": true,
		"forces": true, "rocket": true, "rockets": true, "missile": true, "missiles": true, "drone": true,
		"suicide": true, "explosion": true, "blast": true, "ambush": true, "raid": true, "shot": true,
	}
)

// accidental reports whether a sentence tells of an accident or disaster
// and of no attack.
func accidental(ws []words.Word) bool { return hasWithout(ws, accidentWords, attackWords) }

// hasWithout reports whether a sentence holds a word of some and none of
// veto: the test behind both the accidental deaths and the labour strikes.
func hasWithout(ws []words.Word, some, veto map[string]bool) bool {
	found := false
	for _, w := range ws {
		if veto[w.Lower] {
			return false
		}
		found = found || some[w.Lower]
	}
	return found
}

// whenCause reports whether the event at ev is the cause a "when" clause
// gives of the count before it ("Three soldiers were wounded on Monday
// when gunmen opened fire on their patrol"): the people counted are whom
// the act hit, though "when" starts another clause.
func whenCause(text string, count, ev parallax.Span) bool {
	if count.End > ev.Start {
		return false
	}
	when := false
	for _, w := range words.Scan(text, parallax.Span{Start: count.End, End: ev.Start}) {
		switch w.Lower {
		case "when":
			when = true
		case "after", "before", "while", "because", "since", "as", "but", "although", ";", "whereas", "until", ".", ",":
			return false
		}
	}
	return when
}

// sameClause reports whether nothing between two spans of text starts
// another clause ("a counterattack had begun, after several civilians were
// killed": the civilians are not the counterattack's target).
func sameClause(text string, a, b parallax.Span) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	if b.Start <= a.End {
		return true
	}
	for _, w := range words.Scan(text, parallax.Span{Start: a.End, End: b.Start}) {
		switch w.Lower {
		case "after", "before", "when", "while", "because", "since", "as", "but", "although", ";", "whereas", "until":
			return false
		}
	}
	return true
}

// targetsFromCounts completes an event's target from the counts linked to
// it: the people or materiel hit are the target's, so an event with no
// target side takes the one owner its counts name, and an initiator of
// that same side was a misreading ("Coalition aircraft destroyed 14 ISIL
// tanks": ISIL owns the tanks, it did not attack). Losses a party admits
// ("lost") say nothing about who attacked. A state that strikes its own
// civilians is no misreading (a junta's air strike on a village of its
// own country): stateSide tells a state's side.
func targetsFromCounts(doc *parallax.Document, stateSide func(string) bool) {
	byID := make(map[string]*parallax.Event, len(doc.Events))
	for i := range doc.Events {
		byID[doc.Events[i].ID] = &doc.Events[i]
	}
	owners := map[parallax.OptionalID]string{} // event id → the one owner of its counts, "-" when several
	for _, c := range doc.Counts {
		if c.Event == "" || c.Owner == "" || c.Outcome == "lost" {
			continue
		}
		if ev := byID[string(c.Event)]; ev == nil || !sameClause(doc.Text, parallax.Span{Start: ev.Start, End: ev.End}, parallax.Span{Start: c.Start, End: c.End}) &&
			!whenCause(doc.Text, parallax.Span{Start: c.Start, End: c.End}, parallax.Span{Start: ev.Start, End: ev.End}) {
			continue
		}
		switch o, seen := owners[c.Event]; {
		case !seen:
			owners[c.Event] = c.Owner
		case o != c.Owner:
			owners[c.Event] = "-"
		}
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		owner := owners[parallax.OptionalID(ev.ID)]
		if owner == "" || owner == "-" {
			continue
		}
		if ev.Initiator.Side == owner {
			if strings.HasPrefix(ev.CAMEO, "17") {
				// a state arrests or represses its own people: no
				// misreading ("Police arrested 457 people across France")
				continue
			}
			if ev.Target.Kind == KindCivilian && stateSide(owner) {
				continue
			}
			ev.Initiator = parallax.EventActor{}
		}
		if ev.Target.Side == "" {
			ev.Target.Side = owner
			ev.Target.Actor = ""
		}
	}
}

// sentenceEvents finds the events of sentence si.
func (s *Stage) sentenceEvents(dc *docContext, si int) []parallax.Event {
	sent := dc.sents[si]
	ws := sent.Words
	var out []parallax.Event
	var trig [][2]int // the first and last word of each event's trigger
	// reduced: the index in out of an act named by a reduced relative
	// ("drones launched by the RSF"), whose agent ends at word agentEnd
	reduced, agentEnd := -1, -1
	for i := 0; i < len(ws); i++ {
		if dc.inDate(ws[i].Start) {
			continue // "March", "May" in a date are months
		}
		e, n := unrestTrigger(ws, i)
		if n == 0 {
			e, n = s.triggerAt(dc, si, i)
		}
		if n == 0 {
			continue
		}
		if gameRally(ws, i) {
			dc.gameRally = true
		}
		if dc.gameRally && strings.HasPrefix(ws[i].Lower, "rall") && !hasWithout(ws, disputeWords, nil) {
			// "Argentina rallied from a goal down", "the rally ends in
			// Yanbu" after a stage of the Dakar Rally: a game's or a
			// race's, no protest (unless a grievance is told)
			i += n - 1
			continue
		}
		if notAnEvent(ws, i, n, e, dc.pubYear()) || senseOutOfContext(ws, i, n) || !e.curated && i+n < len(ws) && ws[i+n].Lower == "to" && strings.HasSuffix(ws[i].Lower, "ing") {
			// (and "are struggling to stamp out": a PETRARCH verb
			// before an infinitive is an effort, not the act)
			i += n - 1
			continue
		}
		if (e.cameo == "190" || e.cameo == "1833") && (peacefulDeath(dc, si, i) || figurativeFight(ws, i, n)) {
			// "after the death of the 88-year-old leader", "the fight
			// against corruption": no act of force
			i += n - 1
			continue
		}
		if e.weapon {
			code, ok := weaponObject(ws, i+n)
			if !ok {
				code, ok = weaponSubject(ws, i)
			}
			if !ok && reduced >= 0 && reduced == len(out)-1 && clauseVerbAfter(ws, agentEnd, i) {
				// "Drones launched by the RSF hit": the weapon is the
				// subject before the relative
				code, ok = out[reduced].CAMEO, true
			}
			if !ok && noCivilianHit(ws, i) {
				// "no civilian site was hit", "no civilians were
				// targeted": a side's denial that its strikes hit
				// civilians names no weapon, and is the negated
				// strike on civilians its accusers assert.
				code, ok = e.cameo, true
			}
			if !ok {
				continue
			}
			e = &entry{cameo: code, typ: parallax.EventExplosions, curated: true}
		}
		if e.cameo == "195" && ((ws[i].Lower == "strike" || ws[i].Lower == "strikes") && (labourStrike(ws) || dc.labour && !hasWithout(ws, warWords, nil)) ||
			strikingWorkers(ws, i)) {
			// (after a work stoppage told earlier, "strikes" with no word
			// of war near it are more of them)
			dc.labour = true
			e = &entry{cameo: "143", typ: parallax.EventProtests, curated: true}
			if notAnEvent(ws, i, n, e, dc.pubYear()) {
				i += n - 1
				continue // "called a strike for Friday", "the strike would be held in January"
			}
		}
		if k := undoneBy(ws, i); e.curated && !e.weapon && k >= 0 {
			// "lifted the curfew", "ended the fighting", "suspended
			// protests": the act undone is no event of its own; the
			// undoing verb, where listed, is. Aid, talks and mediation
			// stopped are a reduction of relations (CAMEO 162, 164,
			// 165): "suspended part of its military aid".
			code := stoppedCode(e.cameo, ws[k].Lower)
			if code == "" {
				i += n - 1
				continue
			}
			e = &entry{cameo: code, typ: parallax.EventStrategic, curated: true}
		}
		if !e.curated && s.curatedObject(dc, si, i+n) {
			// "imposed new sanctions", "carried out airstrikes": the
			// curated noun after a general verb names the act, and is
			// coded on its own.
			i += n - 1
			continue
		}
		if forceful(e.cameo) {
			switch u := unrealised(ws, i); {
			case (u == notDone || u == threat && !e.curated) && !forceToDisperse(ws, i):
				// "threatened to strike", "could attack": a threat coded
				// by its own verb, or a possibility; no act of force
				// (nor from a general verb: "will take time").
				i += n - 1
				continue
			case u == threat:
				// "they would blockade Paris", "is prepared to impose
				// martial law": force announced is a threat (PLOVER:
				// an assault said of the future is THREATEN).
				e = &entry{cameo: threatCode(e.cameo), typ: parallax.EventStrategic, curated: e.curated}
			}
		}
		if e.cameo == "150" && peacekeepers(ws, i+n) {
			// "the deployment of NATO peacekeeping troops": protection
			// given (CAMEO 074, PLOVER AID), not a show of force
			e = &entry{cameo: "074", typ: parallax.EventStrategic, curated: e.curated}
		}
		if code := modalCode(ws, i, e.cameo); code != "" {
			// "Syria is willing to withdraw", "Sudan must return the
			// helicopter": an intention or a demand, not the act.
			e = &entry{cameo: code, typ: parallax.EventStrategic, curated: e.curated}
		}
		ev, ok := s.build(dc, si, i, i+n-1, e)
		if ok {
			unrest(&ev, ws, i, i+n-1, i > 0 && beForms[ws[i-1].Lower] || i > 1 && beForms[ws[i-2].Lower] && ws[i-1].Lower != "to",
				func() bool { return unrestNear(dc.sents, si) })
			if strings.HasPrefix(ev.CAMEO, "143") {
				// a strike told by its own name ("a 24-hour general
				// strike"): later "the strike" is that one, not a
				// weapon's
				dc.labour = true
			}
			if ev.CAMEO == "175" && forceRoot(e.cameo) && pastUnrest(ws, i, n, dc.pubYear()) {
				// a killing by police recoded as repression and dated to
				// another year than the story's ("shot dead by police
				// during a march in 1961" in an anniversary story) is
				// background, as a protest of that year is
				i += n - 1
				continue
			}
			dc.authorityInitiator(&ev, si, i)
			dc.counterInsurgency(&ev, si, i, i+n-1)
			dc.speakersTroops(&ev, si, i)
			if ev.CAMEO == "141" && protestVerb(ws[i].Lower) && i+1 < len(ws) && objectDeterminers[ws[i+1].Lower] && officialSubject(ws, i, ev.Initiator.Side) {
				// "The foreign ministry protested the decision": a party
				// objects to something (CAMEO 111, criticize or
				// denounce); a crowd that protests does so in the street
				// ("protested in Tbilisi", "protested against the law")
				ev.CAMEO, ev.Type = "111", parallax.EventStrategic
			}
			if ev.CAMEO == "141" && lodged(ws, i) {
				// "lodged a strong protest with the embassy": a note of
				// protest, a diplomatic complaint (111), no street protest
				ev.CAMEO, ev.Type = "111", parallax.EventStrategic
			}
			if reduced >= 0 && reduced == len(out)-1 && clauseVerbAfter(ws, agentEnd, i) {
				// "Drones launched by the RSF hit fuel depots": the
				// launch names who did it, the verb after it the act
				if a := out[reduced]; a.Initiator.Side != "" {
					ev.Initiator = a.Initiator
					if ev.Target.Side == a.Initiator.Side {
						ev.Target = parallax.EventTarget{Kind: ev.Target.Kind}
					}
				}
				if out[reduced].Start < ev.Start {
					ev.Start = out[reduced].Start
				}
				out, trig = out[:reduced], trig[:reduced]
				reduced = -1
			}
			if reducedRelative(ws, i, n) {
				agent := dc.byAgent(si, i+n, len(ws))
				if agent < 0 && ws[i+n].Lower == "from" {
					// "intercepted a missile fired from Yemen": who fired
					// it is where it came from, not who intercepted it
					agent = dc.fromAgent(si, i+n, len(ws))
					ev.Initiator = parallax.EventActor{}
					if agent >= 0 && ev.Target.Side == dc.side(si, agent, "") {
						ev.Target = parallax.EventTarget{Kind: ev.Target.Kind}
					}
				}
				if agent >= 0 {
					ev.Initiator = parallax.EventActor{Actor: dc.actor(si, agent), Side: dc.side(si, agent, "")}
				}
				reduced, agentEnd = len(out), agent
				if agent < 0 {
					// an agent no name list knows: its first word
					agentEnd = i + n + 1
				}
				for agent >= 0 && agentEnd+1 < len(ws) && dc.sides[si][agentEnd+1] == dc.sides[si][agent] {
					agentEnd++
				}
			}
			out = append(out, ev)
			trig = append(trig, [2]int{i, i + n - 1})
		}
		i += n - 1
	}
	return mergeOutcomes(out, trig, ws)
}

// senseOutOfContext reports a trigger read in its everyday sense: "neutralised"
// said of a threat or a bomb rather than of people ("troops neutralised 11
// bandits"), "encounter" with no fighting told in its sentence (Indian
// English's word for a gunfight: "killed in an encounter with security
// forces"), and "broke into" with no crowd doing it (a mob breaking into
// shops is looting; a burglar breaking into a house is no event).
func senseOutOfContext(ws []words.Word, i, n int) bool {
	switch w := ws[i].Lower; {
	case strings.HasPrefix(w, "neutrali"):
		for k := i + n; k < len(ws) && k < i+n+6; k++ {
			x := ws[k].Lower
			if isPunctWord(x) {
				break
			}
			if isDigits(x) || numberWords[x] || fighterWords[x] {
				return false
			}
		}
		return true
	case w == "encounter" || w == "encounters":
		return !hasWithout(ws, encounterWords, nil)
	case (w == "broke" || w == "break" || w == "breaking") && n == 2 && ws[i+1].Lower == "into":
		return !riotCrowd(ws, i, i+n-1, false)
	case (w == "aiming" || w == "going") && n == 2:
		return !pursuedTarget(ws, i, n)
	}
	return false
}

// pursuedTarget reports whether "aiming at" or "going after" at ws[i:i+n]
// is an attack told in the progressive: a form of "be" before it (an
// adverb may come between: "is deliberately aiming at") and people or
// sites one strikes right after it ("are going after civilians fleeing
// the town"). Without them the words aim at a goal ("the talks are aiming
// at a truce", "going after the vote") or tell no act of force.
func pursuedTarget(ws []words.Word, i, n int) bool {
	be := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if beForms[ws[k].Lower] {
			be = true
			break
		}
		if !strings.HasSuffix(ws[k].Lower, "ly") {
			break
		}
	}
	if !be {
		return false
	}
	for k := i + n; k < len(ws) && k < i+n+4; k++ {
		x := ws[k].Lower
		if isPunctWord(x) || strings.HasSuffix(x, "ing") {
			return false
		}
		if _, ok := kindWords[x]; ok || fighterWords[x] || struckCraft[x] {
			return true
		}
	}
	return false
}

// struckCraft are the craft an attack is aimed at that name no kind of
// target of their own ("aiming at commercial ships").
var struckCraft = map[string]bool{
	"ships": true, "vessels": true, "shipping": true, "tankers": true, "aircraft": true, "convoys": true, "boats": true,
}

// fighterWords are the people one neutralises: fighters, and the vague
// numbers of them.
var fighterWords = map[string]bool{
	"militants": true, "terrorists": true, "insurgents": true, "bandits": true, "rebels": true, "fighters": true,
	"gunmen": true, "jihadists": true, "attackers": true, "assailants": true, "maoists": true, "soldiers": true,
	"dozens": true, "scores": true, "several": true, "hundreds": true, "khawarij": true, "kharijites": true,
}

// numberWords are the number words a count of people opens with.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "a": true, "an": true, "one": true, "dozen": true,
}

// encounterWords make an "encounter" a gunfight.
var encounterWords = map[string]bool{
	"killed": true, "dead": true, "gunfight": true, "firing": true, "fire": true, "militants": true, "maoists": true,
	"terrorists": true, "naxals": true, "naxalites": true, "rebels": true, "insurgents": true, "jawans": true,
	"injured": true, "wounded": true, "gunbattle": true, "shootout": true, "neutralised": true, "neutralized": true,
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return true
}

// clauseVerbAfter reports whether the trigger at word ti is the active
// verb that follows the agent of a reduced relative ending at word
// agentEnd, close after it and with no punctuation between ("Drones
// launched by the RSF hit ..."), not a passive of another clause.
func clauseVerbAfter(ws []words.Word, agentEnd, ti int) bool {
	if agentEnd < 0 || ti <= agentEnd || ti-agentEnd > 4 || beForms[ws[ti-1].Lower] {
		return false
	}
	for k := agentEnd + 1; k < ti; k++ {
		if isPunctWord(ws[k].Lower) {
			return false
		}
	}
	return true
}

func isPunctWord(w string) bool {
	return w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == ")" || w == "-" || w == "--"
}

// reducedRelative reports whether the trigger at ws[i:i+n] is a participle
// after a remote weapon with its agent right after ("drones launched by the
// RSF", "missiles fired by Hezbollah", "a missile fired from Yemen"): it
// names who acted, while the verb of the clause, if a trigger, is the act.
func reducedRelative(ws []words.Word, i, n int) bool {
	if i < 1 || i+n >= len(ws) || (ws[i+n].Lower != "by" && ws[i+n].Lower != "from") || !strings.HasSuffix(ws[i+n-1].Lower, "ed") {
		return false
	}
	_, weapon := weapons[ws[i-1].Lower]
	return weapon
}

// curatedObject reports a curated trigger among the three words from
// word k, before any punctuation.
func (s *Stage) curatedObject(dc *docContext, si, k int) bool {
	ws := dc.sents[si].Words
	for j := k; j < len(ws) && j < k+3; j++ {
		if w := ws[j].Lower; w == "," || w == "." || w == ";" {
			return false
		}
		if e, n := s.triggerAt(dc, si, j); n > 0 && e.curated && !e.weapon {
			return true
		}
	}
	return false
}

// triggerAt returns the reading of the longest trigger at word i, chosen by
// the part of speech where the tagger has run.
func (s *Stage) triggerAt(dc *docContext, si, i int) (*entry, int) {
	ws := dc.sents[si].Words
	var arr [64]byte // the key of n words, looked up without a string per word
	for n := min(s.lex.firsts[ws[i].Lower], len(ws)-i); n >= 1; n-- {
		b := arr[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				b = append(b, ' ')
			}
			b = append(b, ws[k].Lower...)
		}
		t := s.lex.forms[string(b)]
		if t == nil || (n > 1 && t.exact == nil && t.noun == nil && t.verb != nil && !t.verb.curated) {
			continue // PETRARCH's multiword heads ("kidnapped and killed") are parsing aids
		}
		upos := dc.upos(si, i)
		var e *entry
		switch {
		case n > 1 && (t.exact != nil || t.noun != nil):
			// A multiword noun ("general strike", "car bomb") is one
			// whatever its first word is tagged.
			e = first(t.exact, t.noun)
		case upos == "NOUN" || upos == "PROPN":
			e = first(t.noun, t.exact)
			if e == nil && t.verb != nil && t.verb.curated && strings.HasSuffix(ws[i].Lower, "ing") {
				e = t.verb // "the shelling": a gerund
			}
			if e == nil && n == 1 && t.verb != nil && t.verb.curated && dc.pluralSubject(si, i) && dc.predicate(si, i) {
				e = t.verb // a verb tagged as a noun where a verb stands: "Rebels shell Goma"
			}
		case upos == "VERB":
			e = first(t.verb, t.exact, t.noun)
			if t.verb != nil && !t.verb.curated && t.exact != nil {
				e = t.exact // a curated form ("withdrew", "expelled") wins over PETRARCH's
			}
		case upos == "":
			e = first(t.exact, t.noun, t.verb)
			if e != nil && !e.curated && !clearlyVerb(ws, i) {
				e = nil // without a tagger, a PETRARCH verb must read as a verb
			}
		case upos == "ADJ" && n == 1 && t.verb != nil && t.verb.curated && strings.HasSuffix(ws[i].Lower, "ed") && dc.predicate(si, i):
			// The tagger reads some past forms as adjectives ("Rioters
			// looted shops"); a curated verb's form that stands as the
			// clause's predicate is the verb, whatever its tag.
			e = t.verb
		default:
			e = t.exact
		}
		if e != nil {
			return e, n
		}
	}
	return nil, 0
}

func first(es ...*entry) *entry {
	for _, e := range es {
		if e != nil {
			return e
		}
	}
	return nil
}

// build fills one event triggered by words [ti, tj] of sentence si.
func (s *Stage) build(dc *docContext, si, ti, tj int, e *entry) (parallax.Event, bool) {
	sent := dc.sents[si]
	ws := sent.Words
	ev := parallax.Event{Type: e.typ, CAMEO: e.cameo}
	trig := parallax.Span{Start: ws[ti].Start, End: ws[tj].End}
	claim := dc.claimFor(trig)
	if claim != nil {
		ev.Claim = parallax.OptionalID(claim.ID)
	}
	lo, hi := clause(ws, ti, tj)
	if claim != nil {
		for lo < ti && ws[lo].Start < claim.Start {
			lo++
		}
	}
	isNoun := dc.upos(si, ti) == "NOUN" || (dc.upos(si, ti) == "" && e.curated && !looksVerbal(ws, ti))
	// ("are shelling": a progressive, not a passive; PETRARCH's verbs
	// keep the old reading, which holds back their everyday senses)
	passive := !isNoun && ti >= 1 && !(e.curated && strings.HasSuffix(ws[ti].Lower, "ing")) &&
		(beForms[ws[ti-1].Lower] || (ti >= 2 && beForms[ws[ti-2].Lower] && ws[ti-1].Lower != "to"))
	// "its positions came under fire from Armenian units": the subject
	// is hit, the party after "from" or "by" fires
	underFire := tj > ti && ws[ti+1].Lower == "under" && comeForms[ws[ti].Lower]
	passive = passive || underFire
	speaker := ""
	if claim != nil {
		speaker = claim.Speaker.Side
	}
	need := partiesNeeded(e)
	if need > 0 && dc.distinctSides(si, speaker, need) < need {
		// An uncurated verb whose sentence's words give too few sides:
		// the checks below drop its event whatever words the patterns or
		// the parse make its arguments, so nothing of it is worked out.
		return ev, false
	}
	initI, targI := -1, -1
	{
		switch {
		case passive:
			targI = dc.mentionLeft(si, lo, ti)
			initI = dc.byAgent(si, tj+1, hi)
			if initI < 0 && underFire {
				initI = dc.fromAgent(si, tj+1, hi)
			}
		case isNoun:
			for k := ti - 1; k >= lo && k >= ti-3; k-- {
				if dc.side(si, k, speaker) != "" {
					initI = k
					break
				}
			}
			if initI < 0 {
				initI = dc.byAgent(si, tj+1, hi)
			}
			if initI < 0 {
				initI = dc.mentionLeft(si, lo, ti)
			}
			targI = dc.prepTarget(si, tj+1, hi)
			if targI < 0 && tj > ti {
				switch ws[tj].Lower {
				case "on", "at", "against":
					// The trigger ends in its preposition ("firing on
					// Armenian positions"): the target follows it.
					targI = dc.mentionRight(si, tj+1, hi)
				}
			}
			if targI < 0 && strings.HasPrefix(e.cameo, "16") {
				// Relations are cut or reduced with someone: "cut ties
				// with France".
				targI = dc.withTarget(si, tj+1, hi)
			}
		default:
			initI = dc.mentionLeft(si, lo, ti)
			targI = dc.mentionRight(si, tj+1, hi)
		}
	}
	// parseArgs returns only words that name a party (isMention): a
	// sentence with none need not be parsed for it. (An uncurated verb's
	// sentence gives enough sides, or build returned above.)
	party := need > 0
	if !party {
		for j := range ws {
			if dc.isMention(si, j) {
				party = true
				break
			}
		}
	}
	if !underFire && party && dc.parsed(si) {
		// The parse, where it names a party, wins over the word patterns
		// (not for "came under fire from": the parse gives the one hit
		// as the subject, and the one firing as a mere oblique).
		pi, pt := dc.parseArgs(si, ti)
		if pi >= 0 {
			initI = pi
		}
		if pt >= 0 {
			targI = pt
		}
	}
	if p := possessivePronoun(ws, lo, ti); isNoun && p >= 0 && (initI < 0 || initI == p || initI < p && !ownsNext(ws, initI, p)) {
		// "Hezbollah said the Israeli enemy continued its attacks on
		// Lebanon": the possessive stands for the party its clause is
		// about, not for the speaker, when one is named before it
		if k := dc.mentionLeft(si, lo, p); k >= 0 && dc.sides[si][k] != "" && ownsNext(ws, k, p) {
			initI = k
		} else if g := p - 1; g >= 2 && ws[g].Lower == "up" && strings.HasSuffix(ws[g-1].Lower, "ing") || g >= 2 && strings.HasSuffix(ws[g].Lower, "ing") {
			// "Kyiv accused Moscow of continuing its attacks", "of
			// stepping up its raids": the gerund's subject, the one
			// accused, owns them
			if ws[g].Lower == "up" {
				g--
			}
			if g >= 2 && (ws[g-1].Lower == "of" || ws[g-1].Lower == "for") && dc.sides[si][g-2] != "" {
				initI = g - 2
			}
		}
	}
	if initI >= 0 && initI+1 < ti && (possessiveMark(ws[initI].Lower) || possessiveMark(ws[initI+1].Lower)) {
		// "Yemen's Houthis attacked": the party the possessive
		// qualifies acts, not the state it belongs to (as mentionLeft
		// reads it; the parse may take the possessor); "Sudan's UN
		// mission" stays the state's
		j := initI + 1
		if !possessiveMark(ws[initI].Lower) {
			j++
		}
		if x := dc.side(si, j, speaker); j < ti && x != "" && x != dc.side(si, initI, speaker) && !bodySides[x] {
			initI = j
		}
	}
	if d := dc.datelineEnd(si); initI >= 0 && initI < d && d <= ti {
		initI = -1 // the parse took the dateline's place for the subject
	}
	if isNoun && initI >= 0 && initI < ti && harmedIn(ws, initI, ti) {
		// "No Israeli soldiers were hurt in the attack": the party hurt
		// in the attack is its target
		if targI < 0 {
			targI = initI
		}
		initI = -1
		if k := dc.byAgent(si, tj+1, hi); k >= 0 {
			initI = k
		}
	}
	if isNoun && initI >= 0 && initI < ti && reactedTo(ws, initI, ti) {
		// "France condemned the bombing of the market", "Kenya mourned
		// the attack": who judges, mourns or investigates an act did not
		// do it (who "claimed" or "denied" it is its initiator)
		initI = -1
		if k := dc.byAgent(si, tj+1, hi); k >= 0 {
			initI = k
		}
	}
	initI = dc.qualifiedParty(si, initI, ti)
	if targI > tj {
		targI = dc.qualifiedParty(si, targI, hi)
	}
	relative := false // the trigger's subject is a relative pronoun's antecedent
	if !passive && !isNoun {
		// "Police opened fire on protesters who stormed Parliament": a
		// relative clause's subject is the noun before "who", not the
		// sentence's ("Armenia, which Russia supports, attacked": a
		// closed relative clause is passed over)
		for k := ti - 1; k > lo && k >= ti-3; k-- {
			if isPunctWord(ws[k].Lower) {
				break
			}
			if w := ws[k].Lower; w == "who" || w == "which" {
				relative = true
				if initI < k {
					initI = -1
					if dc.side(si, k-1, speaker) != "" {
						initI = k - 1
					}
				}
				break
			}
		}
	}
	if initI < 0 && !passive && ti > 0 && strings.HasSuffix(ws[ti].Lower, "ing") {
		switch ws[ti-1].Lower {
		case "after", "before", "while", "by":
			// "Somali forces ended the siege after killing all five
			// attackers": the participle's subject is its main clause's
			// (the clause's subject: a party among its first words,
			// before any lower-case word but "the")
			cs := words.ClauseStart(ws, lo, ti-1)
			for k := cs; k < ti-1 && k <= cs+4; k++ {
				if dc.side(si, k, speaker) != "" {
					initI = k
					break
				}
				if w := ws[k].Text; w != "the" && !isCapitalised(w) {
					break
				}
			}
		}
	}
	if initI >= 0 && !passive && !isNoun {
		if k, ok := dc.reportedSubject(si, initI, ti, speaker); ok {
			initI = k
		}
	}
	if initI < 0 && !passive && !relative {
		initI = dc.linkedParty(si, lo, ti)
	}
	if initI >= 0 {
		ev.Initiator = parallax.EventActor{Actor: dc.actor(si, initI), Side: dc.side(si, initI, speaker)}
	}
	if targI >= 0 {
		ev.Target = parallax.EventTarget{Actor: dc.actor(si, targI), Side: dc.side(si, targI, speaker)}
	} else if !passive && e.curated && forceRoot(e.cameo) && !territorial(ws[ti].Lower) {
		// No party is named as the target, but a place is ("airstrikes
		// on Hodeidah governorate", "missiles struck Kharkiv"): what was
		// hit there is the state's where the place lies. Only for acts
		// of force: one visits or discusses a place without its state
		// being anyone's target, and who holds a town taken or
		// liberated is the party driven out, not its country.
		if j, side := dc.placeTarget(si, tj+1, hi, isNoun, s.codes); j >= 0 && side != ev.Initiator.Side {
			ev.Target = parallax.EventTarget{Side: side}
			targI = j
		} else if j, side := dc.crossBorderTarget(si, tj+1, hi, e, ev.Initiator.Side); j >= 0 {
			ev.Target = parallax.EventTarget{Side: side}
			targI = j
		}
	}
	if ev.Initiator.Side != "" && ev.Initiator.Side == ev.Target.Side {
		ev.Target = parallax.EventTarget{} // a side does not attack itself: the pattern misread
	}
	// PETRARCH verbs outside the curated list count only with a party
	// around them: "call", "hold", "take" are too common otherwise.
	if !e.curated && ev.Initiator.Side == "" && ev.Target.Side == "" {
		return ev, false
	}
	// An uncurated verb whose only party is its agent, named by a
	// person's name ("Yeats agreed with", "Ruto took less than a day",
	// "the senator backed down on"), is that person's speech or conduct,
	// not an act of the party the actor stage gives the person: the verb
	// must name an act of a state, a group or a body, or have a party as
	// its target too.
	if !e.curated && ev.Target.Side == "" && initI >= 0 && dc.person[si][initI] {
		return ev, false
	}
	// A ship named by its flag ("the Iranian-flagged cargo ship departed
	// China") sails and docks: an uncurated verb is its voyage, no act of
	// its flag's state.
	if !e.curated && initI >= 0 && strings.HasSuffix(ws[initI].Lower, "-flagged") {
		return ev, false
	}
	// CAMEO codes dyads: an uncurated cooperative verb (roots 02–09:
	// appeal, intend, consult, support, cooperate, aid, yield, investigate)
	// is an event only between two named parties, or it is everyday speech.
	if !e.curated && e.cameo < "10" && (ev.Initiator.Side == "" || ev.Target.Side == "") {
		return ev, false
	}
	if strings.HasPrefix(e.cameo, "13") && strings.HasPrefix(ws[ti].Lower, "warn") && evacuationWarning(ws, tj+1) {
		// "it had warned residents of the area to leave": an
		// evacuation warning spares the people warned, it threatens
		// no one
		return ev, false
	}
	// The target kind from the words of the target phrase.
	kFrom, kTo := tj+1, min(hi, tj+11)
	if passive {
		kFrom, kTo = lo, ti
		// A denial's passive ("No military facility has been targeted,
		// and no civilian site was hit") is about the phrase right
		// before it: after the last comma or conjunction (the site), when
		// that phrase names a kind.
		for k := ti - 1; k > lo && noneSubject(ws, ti, lo); k-- {
			if w := ws[k].Lower; w == "," || w == ";" || w == "and" || w == "but" || w == "while" || w == "whereas" {
				if slices.ContainsFunc(ws[k+1:ti], func(x words.Word) bool { _, ok := kindWords[x.Lower]; return ok }) {
					kFrom = k + 1
				}
				break
			}
		}
	}
	ev.Target.Kind = KindUnknown
	if !passive && kFrom < kTo && ws[kFrom].Lower == "by" {
		// "attacks by Kyrgyz forces on villages": the agent is no target;
		// what the act was on follows it
		for k := kFrom + 1; k < kTo && k < kFrom+7; k++ {
			if w := ws[k].Lower; w == "on" || w == "against" || w == "targeting" {
				kFrom = k + 1
				break
			}
		}
	}
	for k := kFrom; k < kTo; k++ {
		if ws[k].Lower == "by" && !passive {
			// "abductions and killings by bandits": the agent is no
			// target; a target may follow it ("attacks by X on Y",
			// "claimed by Daesh that targeted worshippers")
			on := -1
			for j := k + 1; j < kTo && j < k+7; j++ {
				w := ws[j].Lower
				if w == "on" || w == "against" || w == "targeting" || w == "targeted" || w == "that" || w == "which" {
					on = j
					break
				}
				if isPunctWord(w) || w == "near" || w == "in" || w == "at" {
					break
				}
			}
			if on < 0 {
				break
			}
			k = on
			continue
		}
		if kind, ok := kindWords[ws[k].Lower]; ok {
			if k+1 < kTo {
				if head := kindWords[ws[k+1].Lower]; kind == KindInfrastructure && head == KindCivilian {
					kind = head // "the port city": the city is hit
				}
			}
			if kind == KindMilitary && k > kFrom && supplyWords[ws[k-1].Lower] {
				kind = KindInfrastructure // "fuel depots", "oil storage", not an arms depot
			}
			ev.Target.Kind = kind
			break
		}
	}
	if ev.Target.Kind == KindUnknown && !passive && forceRoot(ev.CAMEO) {
		// "Gunmen opened fire at a cockfight, killing 11 people": who was
		// hit is told by the participle after the act
		ev.Target.Kind = participleVictims(ws, tj+1)
	}
	if ev.Target.Side == "" && !passive && forceRoot(ev.CAMEO) && ev.Target.Kind == KindMilitary && dc.state != "" &&
		(ev.Initiator.Side != "" && !dc.stateSide(ev.Initiator.Side) || ev.Initiator.Side == "" && insurgentBefore(ws, lo, ti)) &&
		stateSite(ws, kFrom, kTo) {
		// An armed group's attack on a police station, an army post or
		// a convoy that no name gives a party ("militants attacked the
		// Borobekra police station", "BLA terrorists ambushed a
		// Frontier Corps convoy"): the forces of the story's state.
		ev.Target.Side = dc.state
	}
	// Deaths in an accident or disaster ("killed in a stampede", "a
	// crane collapse killed 107") are no act of violence by anyone.
	if strings.HasPrefix(ev.CAMEO, "19") && ev.Initiator.Side == "" && accidental(ws) {
		return ev, false
	}
	refineType(&ev, ws, ti, tj, lo, hi)
	ev.Negated = negated(ws, ti, lo) || (claim != nil && claim.Stance == parallax.StanceDeny)
	if d := deniedGerund(ws, ti); ev.Negated && ev.Initiator.Side == "" && d >= 0 {
		// "The RSF denied carrying out any attack": who denies doing
		// it is who would have done it
		side, actor := speaker, ""
		for j := d - 1; side == "" && j >= 0 && j >= d-8; j-- {
			if x := dc.sides[si][j]; x != "" {
				side, actor = x, dc.actor(si, j)
			}
		}
		if side != "" && side != ev.Target.Side {
			ev.Initiator = parallax.EventActor{Actor: actor, Side: side}
		}
	}
	if ev.Negated && passive && ev.Initiator.Side == "" && claim != nil && speaker != "" && speaker != ev.Target.Side &&
		ev.Target.Kind == KindCivilian && noneSubject(ws, ti, lo) {
		// "No civilians were harmed in the operation, the army said":
		// the speaker denies that its own act hurt civilians
		ev.Initiator = parallax.EventActor{Actor: claim.Speaker.Actor, Side: speaker}
	}
	if ws[ti].Lower == "legitimate" {
		// "The site ... was a legitimate military target, the army
		// said": the side that struck it denies it struck civilians.
		// Told in the present or future ("ships are a legitimate
		// target") it is a threat, which no verb of force here tells.
		if claim == nil || speaker == "" || !pastBe(ws, ti) {
			return ev, false
		}
		ev.Negated = true
		ev.Initiator = parallax.EventActor{Actor: claim.Speaker.Actor, Side: speaker}
		ev.Target = parallax.EventTarget{Kind: KindCivilian}
		targI = -1
		if initI > ti {
			initI = -1
		}
	}
	// Span: the trigger and the arguments found next to it.
	ev.Start, ev.End = trig.Start, trig.End
	if initI >= 0 && initI < ti {
		ev.Start = ws[initI].Start
	}
	if targI > tj {
		ev.End = ws[targI].End
	}
	ev.Sentence = words.Text(dc.doc, sent)
	ev.Places = dc.placesIn(sent.Span)
	ev.Date = dc.dateFor(si, trig, forceRoot(ev.CAMEO) || strings.HasPrefix(ev.CAMEO, "14") || strings.HasPrefix(ev.CAMEO, "17"))
	return ev, true
}

// partiesNeeded is how many different sides the words of its sentence
// must give (dc.side) for an event of e to be kept: the checks at the end
// of build drop an uncurated verb's event that names no side, and a
// cooperative one's (CAMEO roots 02–09) that does not name two that
// differ, and its initiator's and target's sides are those of words of
// its sentence. 0 for a curated verb, kept without a party.
func partiesNeeded(e *entry) int {
	switch {
	case e.curated:
		return 0
	case e.cameo < "10":
		return 2
	}
	return 1
}

// forceInContext are the triggers that are acts of force only where
// violence is told near them: a death ("death", "died") says nothing of
// what caused it, and "mining" lays mines in a war report but digs ore
// elsewhere.
var forceInContext = map[string]bool{"death": true, "deaths": true, "die": true, "dies": true, "died": true, "dying": true,
	"mining": true}

// violenceContext are the words that make a death one of violence: an
// attack, a weapon, fighting, wounds.
var violenceContext = map[string]bool{
	"war": true, "fighting": true, "clashes": true, "battle": true, "combat": true, "conflict": true,
	"violence": true, "injuries": true, "wounds": true, "wounded": true, "injured": true, "killed": true,
	"killing": true, "shot": true, "gunfire": true, "gunmen": true, "shelling": true, "bomb": true,
	"bombs": true, "explosion": true, "blast": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "attack": true, "attacks": true, "attacked": true, "raid": true, "ambush": true,
	"killings": true, "murder": true, "murdered": true, "assassination": true, "executed": true,
	"execution": true, "torture": true, "tortured": true, "custody": true, "crackdown": true, "fire": true,
	"fired": true, "troops": true, "soldiers": true, "militants": true, "rebels": true, "insurgents": true,
	"massacre": true, "offensive": true, "missile": true, "rocket": true, "drone": true, "protests": true,
	"protesters": true, "police": true, "coup": true, "terrorist": true, "terrorists": true, "beaten": true,
	// weapons and wounds a death is told with, no verb of attack near:
	// "died after stepping on a mine", "died after being stabbed"
	"mine": true, "mines": true, "landmine": true, "landmines": true, "ied": true, "ieds": true,
	"explosive": true, "explosives": true, "unexploded": true, "grenade": true, "shrapnel": true,
	"sniper": true, "bullet": true, "bullets": true, "gunshot": true, "shooting": true, "stabbed": true,
	"stabbing": true, "hostilities": true, "lynched": true, "hanged": true,
}

// peacefulDeath reports whether a death (or mining) trigger stands where
// no word of violence is near (its sentence, the two before it and the one after):
// "following the death of the 88-year-old leader", "died last month on
// Saint Helena" are no events of force, while "civilian deaths" after a
// paragraph on shelling are its victims.
func peacefulDeath(dc *docContext, si, i int) bool {
	if !forceInContext[dc.sents[si].Words[i].Lower] {
		return false
	}
	for k := max(0, si-2); k < len(dc.sents) && k <= si+1; k++ {
		for _, w := range dc.sents[k].Words {
			if violenceContext[w.Lower] {
				return false
			}
		}
	}
	return true
}

// abstractFoes are what one fights without force: "the fight against
// corruption", "fighting drugs", "fight for their rights". (Not
// independence or freedom: rebels fight for them with arms.)
var abstractFoes = map[string]bool{
	"corruption": true, "poverty": true, "drugs": true, "drug": true, "crime": true, "climate": true,
	"disease": true, "diseases": true, "hunger": true, "inflation": true, "impunity": true, "discrimination": true,
	"racism": true, "piracy": true, "trafficking": true, "extremism": true, "fraud": true, "cancer": true,
	"covid-19": true, "pandemic": true, "virus": true, "malaria": true, "illiteracy": true, "unemployment": true,
	"smuggling": true, "laundering": true, "rights": true, "justice": true, "democracy": true,
	"equality": true, "misinformation": true, "disinformation": true, "hiv": true,
	"aids": true, "ebola": true, "famine": true, "desertification": true, "deforestation": true, "pollution": true,
	"injustice": true, "graft": true, "tax": true, "cybercrime": true, "radicalization": true, "radicalisation": true,
}

// figurativeFight reports whether a fight trigger at words [i, i+n) has an
// abstract foe or cause within a few words after it ("the fight against
// corruption", "to fight drugs", "fought for their rights").
func figurativeFight(ws []words.Word, i, n int) bool {
	switch ws[i].Lower {
	case "fight", "fights", "fighting", "fought", "battle", "battles", "combat", "combating", "combatting":
	default:
		return false
	}
	for k := i + n; k < len(ws) && k < i+n+5; k++ {
		w := ws[k].Lower
		if abstractFoes[w] {
			return true
		}
		switch w {
		case "against", "for", "the", "a", "an", "their", "its", "his", "her", "our", "global", "international",
			"national", "ongoing", "organized", "organised", "money", "human", "climate", "illegal", "illicit", "to", "of":
			continue
		}
		return false
	}
	return false
}

// weaponSubject finds a remote weapon among the three words before a verb
// ("a Russian missile hit", "drones struck") and returns its CAMEO code.
func weaponSubject(ws []words.Word, at int) (string, bool) {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		w := ws[k].Lower
		if code, ok := weapons[w]; ok {
			return code, true
		}
		if w == "." || w == ";" || w == "," {
			break
		}
	}
	return "", false
}

// forceful reports a CAMEO code of force or coercion (15–20: force
// posture, reduced relations, coercion, assault, fight, mass violence):
// the acts that a threat or a plan names without doing them.
func forceful(code string) bool {
	return len(code) >= 2 && code[:2] >= "15" && code[:2] <= "20"
}

// intentVerbs take a "to" infinitive that did not happen (yet): a threat,
// a plan, a promise.
var intentVerbs = map[string]bool{
	"threaten": true, "threatens": true, "threatened": true, "threatening": true, "vow": true, "vows": true,
	"vowed": true, "pledge": true, "pledged": true, "pledges": true, "plan": true, "plans": true, "planned": true,
	"planning": true, "intend": true, "intends": true, "intended": true, "promise": true, "promised": true,
	"promises": true, "warned": true, "warns": true, "prepare": true, "prepared": true, "preparing": true,
	"prepares": true, "want": true, "wants": true, "wanted": true, "seek": true, "seeks": true, "sought": true,
	"ready": true, "attempt": true, "attempted": true, "tried": true, "trying": true, "try": true,
}

// modals before a verb make it a possibility, not a report.
var modals = map[string]bool{"could": true, "might": true, "may": true, "would": true, "will": true, "shall": true, "'ll": true}

// labourWords tell a strike by workers from an air strike; warWords win.
var (
	labourWords = map[string]bool{
		"workers": true, "teachers": true, "union": true, "unions": true, "employees": true, "doctors": true,
		"nurses": true, "wage": true, "wages": true, "pay": true, "salaries": true, "drivers": true, "miners": true,
		"staff": true, "strikers": true, "dockworkers": true, "labour": true, "labor": true, "walkout": true,
		"pickets": true, "truckers": true, "students": true, "pensions": true, "general": true, "hunger": true,
		// shutdowns of trade and transport (South Asian "shutter-down"
		// and "wheel-jam" strikes) and of the courts
		"traders": true, "shopkeepers": true, "transporters": true, "merchants": true, "lawyers": true,
		"shutter-down": true, "wheel-jam": true, "lecturers": true, "farmers": true,
	}
	warWords = map[string]bool{
		"air": true, "drone": true, "drones": true, "missile": true, "missiles": true, "airstrike": true,
		"military": true, "army": true, "forces": true, "troops": true, "jets": true, "warplanes": true,
		"rocket": true, "rockets": true, "killed": true, "wounded": true, "bombs": true, "artillery": true,
	}
)

// strikingWorkers reports "striking" before the workers it describes
// ("striking transport workers", "striking nurses"): workers on strike,
// not a strike of weapons.
func strikingWorkers(ws []words.Word, i int) bool {
	if ws[i].Lower != "striking" {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+2; k++ {
		if labourWords[ws[k].Lower] && ws[k].Lower != "general" && ws[k].Lower != "hunger" {
			return true
		}
	}
	return false
}

// labourStrike reports whether a sentence's "strike" is a work stoppage:
// workers' words and no words of war.
func labourStrike(ws []words.Word) bool { return hasWithout(ws, labourWords, warWords) }

// undoWords end or lift what follows them.
var undoWords = map[string]bool{
	"lift": true, "lifts": true, "lifted": true, "lifting": true, "ease": true, "eases": true, "eased": true,
	"easing": true, "end": true, "ends": true, "ended": true, "ending": true, "relax": true, "relaxed": true,
	"relaxing": true, "suspend": true, "suspends": true, "suspended": true, "suspending": true, "revoke": true,
	"revoked": true, "repeal": true, "repealed": true, "cancel": true, "cancelled": true, "canceled": true,
	"halt": true, "halted": true, "stop": true, "stopped": true, "remove": true, "removed": true, "removing": true,
	"postpone": true, "postponed": true, "called": true, "calls": true, "call": true, // "called off the strike"
	"suspension": true, "freeze": true, "freezes": true, "froze": true, "frozen": true, "withhold": true,
	"withheld": true, "prohibit": true, "prohibits": true, "prohibited": true, "cessation": true, "halts": true,
	"halting": true, "stops": true, "stopping": true, "cancels": true, "cancelling": true, "canceling": true,
}

// stoppedCode gives the CAMEO code of undoing an act by a verb of undoing:
// aid (07) is reduced or stopped (162), talks and meetings (04) halted
// (164), mediation (045) halted (165); restrictions and sanctions (16,
// 17) lifted, eased or ended are eased (081); "" for any other act undone
// (an end to fighting is no event of its own).
func stoppedCode(code, verb string) string {
	switch verb {
	case "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxed", "relaxing",
		"revoke", "revoked", "repeal", "repealed", "remove", "removed", "removing":
		if strings.HasPrefix(code, "17") || strings.HasPrefix(code, "16") {
			// "lifted the curfew", "eased sanctions": restrictions
			// eased (CAMEO 081)
			return "081"
		}
		return ""
	case "called", "calls", "call":
		return ""
	}
	switch {
	case strings.HasPrefix(code, "17") || strings.HasPrefix(code, "16"):
		if verb == "end" || verb == "ends" || verb == "ended" || verb == "ending" {
			return "081" // "ended the state of emergency"
		}
		return ""
	case strings.HasPrefix(code, "07"):
		return "162"
	case strings.HasPrefix(code, "045"):
		return "165"
	case strings.HasPrefix(code, "04"):
		return "164"
	}
	return ""
}

// undoneBy finds whether the trigger at word i is the object of a verb
// that ends or lifts it, across up to three determiners or modifiers
// ("lifted the nightly curfew", "called off the strike").
//
// It returns the index of the undoing verb, or -1.
func undoneBy(ws []words.Word, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := ws[k].Lower
		if undoWords[w] {
			if w != "called" && w != "calls" && w != "call" || k+1 < i && ws[k+1].Lower == "off" {
				return k
			}
			return -1
		}
		switch w {
		case "the", "a", "an", "its", "their", "all", "nightly", "new", "partial", "off", "some", "recent", "weekend", "overnight",
			"part", "of", "most": // ("suspended part of its aid", "a cessation of hostilities")
			continue
		}
		return -1
	}
	return -1
}

// lightWords come between a modal or "to" and a nominal trigger.
var lightWords = map[string]bool{
	"impose": true, "declare": true, "launch": true, "carry": true, "out": true, "conduct": true, "stage": true,
	"mount": true, "begin": true, "start": true, "a": true, "an": true, "the": true, "new": true, "fresh": true,
	"another": true, "full-scale": true, "large-scale": true,
}

// What unrealised finds before an act of force.
const (
	done    = iota // it took place (or was attempted: "tried to storm")
	notDone        // a threat with its own verb ("threatened to strike") or a possibility ("could attack")
	threat         // announced or intended ("would attack", "is prepared to impose martial law")
)

// ownThreatVerbs are the intent verbs that are events of their own (a
// threat, a warning, a vow): the act after them is not coded again.
var ownThreatVerbs = map[string]bool{
	"threaten": true, "threatens": true, "threatened": true, "threatening": true, "vow": true, "vows": true,
	"vowed": true, "pledge": true, "pledged": true, "pledges": true, "promise": true, "promised": true,
	"promises": true, "warned": true, "warns": true,
}

// threatSubject reports whether the word before the modal at k can be
// the one who threatens: a name, a pronoun or a noun of people, not a
// clause's end or an abstract noun ("isolation", "settlement").
func threatSubject(ws []words.Word, k int) bool {
	if k == 0 {
		return false
	}
	w := ws[k-1].Lower
	if w == "" {
		return false
	}
	if c := w[0]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80) {
		return false // punctuation: the end of a clause
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// planVerbs make the act after them one that is planned or readied: a
// threat ("is prepared to impose martial law", "plans to attack").
var planVerbs = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true, "intend": true,
	"intends": true, "intended": true, "prepare": true, "prepared": true, "preparing": true, "prepares": true,
	"ready": true, "poised": true}

// hypothetical words before an act of force make it one only thought of.
var hypothetical = map[string]bool{"possible": true, "potential": true, "future": true, "hypothetical": true,
	"eventual": true, "imminent": true}

// guardWords before "against" make the act after it one guarded against.
var guardWords = map[string]bool{"protect": true, "protects": true, "protected": true, "protecting": true,
	"protection": true, "defend": true, "defending": true, "guard": true, "guarding": true, "safeguard": true,
	"shield": true, "insurance": true, "deterrent": true}

// purposeNouns before "to" make the act after it a purpose, not a deed
// ("efforts to combat Russian disinformation", "new measures to fight
// crime").
var purposeNouns = map[string]bool{"efforts": true, "effort": true, "measures": true, "steps": true,
	"means": true, "channels": true, "strategy": true, "tools": true, "funds": true, "funding": true,
	"resources": true, "powers": true, "legislation": true, "law": true, "laws": true, "policy": true}

// attemptVerbs make the act after them one that was tried: an attempted
// attack is an attack.
var attemptVerbs = map[string]bool{"attempt": true, "attempted": true, "attempts": true, "tried": true,
	"trying": true, "try": true, "tries": true}

// unrealised tells whether the trigger at word i is an act that took place
// (or was tried: "tried to storm"), one that another verb already codes as
// a threat or that is only possible or wished ("threatened to strike",
// "could attack", "sought to engage"), or one that is announced or
// intended ("would attack", "is prepared to impose martial law").
func unrealised(ws []words.Word, i int) int {
	if i > 0 && hypothetical[ws[i-1].Lower] {
		return notDone // "possible attacks", "a potential invasion"
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// "to protect against possible attacks": force guarded against
		if ws[k].Lower == "against" && k > 0 && guardWords[ws[k-1].Lower] {
			return notDone
		}
	}
	k := i - 1
	// A light verb names the act with its noun: "to impose martial law",
	// "could launch an offensive".
	for n := 0; n < 3 && k >= 0 && lightWords[ws[k].Lower]; n++ {
		k--
	}
	light := k < i-1 // (an article after "to" makes it a preposition: "in response to the attack")
	passive := false
	for k >= 0 && (ws[k].Lower == "not" || ws[k].Lower == "never" || ws[k].Lower == "also" || ws[k].Lower == "again" || ws[k].Lower == "soon" || ws[k].Lower == "be") {
		passive = passive || ws[k].Lower == "be"
		k--
	}
	if k < 0 {
		return done
	}
	switch w := ws[k].Lower; {
	case w == "will" || w == "would" || w == "shall" || w == "'ll":
		if passive || !threatSubject(ws, k) {
			// "children will be abducted": a fear; "the isolation of
			// the city, when complete, will liberate": a forecast; no
			// one's threat
			return notDone
		}
		return threat
	case modals[w]:
		return notDone
	case w == "to" && k >= 1:
		switch p := ws[k-1].Lower; {
		case attemptVerbs[p]:
			return done
		case ownThreatVerbs[p]:
			return notDone
		case planVerbs[p]:
			return threat
		case intentVerbs[p]:
			return notDone // "sought to engage", "wants to strike": a wish
		case purposeNouns[p]:
			return notDone // "efforts to combat", "measures to fight": a purpose
		case !realisingVerbs[p] && !(p == "on" && k >= 2 && realisingVerbs[ws[k-2].Lower]) && !light && infinitive(ws[i].Lower):
			// "in order to fight", "its determination to defeat ISIL",
			// "urged its neighbours to seize", "the first to be
			// targeted": a purpose, a demand or a hope after a noun, an
			// adjective or a verb of asking; only a verb that says the
			// act went ahead ("began to shell", "went on to kill")
			// makes it a deed
			return notDone
		}
	}
	return done
}

// infinitive reports whether a trigger word after "to" can be a verb's
// bare form, so that "to" marks an infinitive: not a plural, a gerund or
// a noun ("to attacks", "to fighting", "stabbed to death", "went to war").
func infinitive(w string) bool {
	switch w {
	case "death", "war", "violence", "arms", "bloodshed", "unrest", "gunfire", "aggression":
		return false
	}
	for _, suf := range []string{"s", "ing", "ion", "ment"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return true
}

// harmedIn reports whether the party at word p is said to be hurt in the
// nominal trigger at word ti: "were hurt in the attack", "was killed in
// the strike".
func harmedIn(ws []words.Word, p, ti int) bool {
	for k := p + 1; k+1 < ti; k++ {
		switch ws[k].Lower {
		case ",", ";":
			return false
		case "hurt", "killed", "wounded", "injured", "harmed", "martyred":
			if beForms[ws[k-1].Lower] && (ws[k+1].Lower == "in" || ws[k+1].Lower == "during" || ws[k+1].Lower == "by") {
				return true
			}
		}
	}
	return false
}

// comeForms open "came under fire", "comes under attack".
var comeForms = map[string]bool{"came": true, "come": true, "comes": true, "coming": true}

// reactionStems begin the verbs of judging, mourning and investigating an
// act that others did: "condemned", "denounces", "deplored", "decried",
// "criticised", "mourned", "is investigating", "regrets", "lamented",
// "slammed".
var reactionStems = []string{"condemn", "denounc", "deplor", "decri", "decry", "criticis", "criticiz", "mourn",
	"investigat", "regret", "lament", "slam"}

// reactedTo reports whether a verb of reaction stands between the party at
// word p and the nominal trigger at word ti: the party reacts to the act.
func reactedTo(ws []words.Word, p, ti int) bool {
	for k := p + 1; k < ti; k++ {
		w := ws[k].Lower
		if w == "," || w == ";" {
			return false
		}
		for _, st := range reactionStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// realisingVerbs before "to" say that the act after it took place: "began
// to shell", "continued to attack", "went on to kill", "managed to
// seize", "used to raid" (and the attempt verbs, above).
var realisingVerbs = map[string]bool{"began": true, "begun": true, "begin": true, "begins": true, "beginning": true,
	"started": true, "start": true, "starts": true, "starting": true, "continued": true, "continue": true,
	"continues": true, "continuing": true, "resumed": true, "resume": true, "resumes": true, "went": true,
	"go": true, "goes": true, "going": true, "managed": true, "manages": true, "proceeded": true, "used": true,
	"moved": true, "came": true, "rushed": true, "dared": true, "appeared": true, "seemed": true,
	"kept": true,
	// "denied that they were the first to attack": who struck first
	"first": true, "last": true,
	// "the start of Iraqi operations to retake Mosul": an operation under
	// way fights for what it is launched to take
	"operation": true, "operations": true, "offensive": true, "mission": true}

// threatCode gives the CAMEO threat (root 13) of an act of force: a
// blockade 1381, an occupation 1382, unconventional violence 1383, a
// conventional attack 1384, mass violence 1385, martial law or a curfew
// 1324/1323, other restrictions 132, repression 137, a show of force 138.
func threatCode(code string) string {
	switch {
	case strings.HasPrefix(code, "1724"):
		return "1324"
	case strings.HasPrefix(code, "1723"):
		return "1323"
	case strings.HasPrefix(code, "172"):
		return "132"
	case strings.HasPrefix(code, "17"):
		return "137"
	case strings.HasPrefix(code, "18"):
		return "1383"
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	case strings.HasPrefix(code, "19"):
		return "1384"
	case strings.HasPrefix(code, "20"):
		return "1385"
	}
	return "138"
}

// willingWords take a "to" infinitive that states an intention or a
// readiness: "is willing to withdraw", "offered to mediate".
var willingWords = map[string]bool{"willing": true, "ready": true, "prepared": true, "plans": true, "plan": true,
	"planned": true, "planning": true, "intends": true, "intend": true, "intended": true, "pledged": true,
	"pledges": true, "promised": true, "promises": true, "offered": true, "offers": true, "expected": true,
	"agreed": true, "agrees": true, "decided": true, "set": true, "due": true, "going": true}

// articles open a noun phrase: "to" before one is a preposition.
var articles = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "new": true, "another": true}

// intentCodes are the CAMEO "express intent to" codes (root 03) of the
// cooperative roots that PLOVER codes as AGREE when said of the future: to
// meet (04 → 036), to cooperate diplomatically (05 → 032), materially (06
// → 031), to give aid (07 → 033).
var intentCodes = map[string]string{"04": "036", "05": "032", "06": "031", "07": "033"}

// modalCode recodes a cooperative trigger (roots 03–08) that is only
// intended or demanded: after "will", "would" or a word of intention and
// "to" ("is ready to contribute troops", "will visit Mauritania") it is the
// intent of root 03, as the PLOVER manual codes future cooperation (AGREE),
// except that a future retreat is a concession (080) and a future
// concession stays one; after "must" ("Sudan must return the helicopter") a
// demand of root 10 (withdrawal 106, ceasefire 107, aid 103, a meeting 108).
// It returns "" for an act that took place, or a code of another root
// (force is handled by unrealised, threats and protests keep their codes).
func modalCode(ws []words.Word, i int, code string) string {
	if len(code) < 2 || code[:2] < "03" || code[:2] > "08" {
		return ""
	}
	k := i - 1
	for n := 0; n < 3 && k >= 0 && lightWords[ws[k].Lower]; n++ {
		k--
	}
	for k >= 0 && (ws[k].Lower == "not" || ws[k].Lower == "also" || ws[k].Lower == "soon" || ws[k].Lower == "be" || ws[k].Lower == "then") {
		k--
	}
	if k < 0 {
		return ""
	}
	switch w := ws[k].Lower; {
	case w == "to" && k >= 1 && (ws[k-1].Lower == "failed" || ws[k-1].Lower == "fail" || ws[k-1].Lower == "fails"):
		// "failed to reach agreement": the cooperation did not come
		// about, a rejection (120) rather than the act
		return "120"
	case w == "must":
		switch {
		case strings.HasPrefix(code, "0871"):
			return "107"
		case strings.HasPrefix(code, "087"):
			return "106"
		case code[:2] == "07":
			return "103"
		case code[:2] == "04":
			return "108"
		}
		return "100"
	case w == "will" || w == "would" || w == "'ll" || w == "shall" ||
		w == "to" && k >= 1 && (willingWords[ws[k-1].Lower] || intentVerbs[ws[k-1].Lower]) && !articles[ws[k+1].Lower]:
		// (not "agreed to a ceasefire": "to" before a noun is no infinitive)
		if code[:2] == "08" {
			// PLOVER: a concession said of the future stays a
			// concession, and a future retreat ("would withdraw
			// troops", 084–087) is one too (080), not an intent.
			if len(code) >= 3 && code[:3] >= "084" {
				return "080"
			}
			return ""
		}
		if c, ok := intentCodes[code[:2]]; ok {
			return c
		}
	}
	return ""
}

// weaponObject finds a remote weapon among the six words after a verb
// ("launched 84 cruise missiles") and returns its CAMEO code.
func weaponObject(ws []words.Word, from int) (string, bool) {
	for k := from; k < len(ws) && k < from+6; k++ {
		w := ws[k].Lower
		if code, ok := weapons[w]; ok && !(k > 0 && ws[k-1].Lower == "gas") {
			// (not "tear gas shells": a tear gas trigger of its own)
			return code, true
		}
		if w == "." || w == ";" || w == "," {
			break
		}
	}
	return "", false
}

// looksVerbal reports, without a tagger, whether word i reads as a verb:
// an -ed/-ing form, or a word after "to", a pronoun or an auxiliary.
func looksVerbal(ws []words.Word, i int) bool {
	w := ws[i].Lower
	if strings.HasSuffix(w, "ed") {
		return true
	}
	if i == 0 {
		return false
	}
	p := ws[i-1].Lower
	switch p {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "of", "and", "large-scale":
		return false
	case "to", "will", "would", "could", "can", "may", "might", "must", "did", "not", "they", "we", "it", "he", "she":
		return true
	}
	// An -ing form is a verb after "be" or a subject ("are shelling",
	// "they keep firing"), a noun otherwise ("artillery shelling").
	if strings.HasSuffix(w, "ing") {
		switch p {
		case "is", "are", "was", "were", "be", "been", "am", "keep", "kept", "continue", "continued", "began", "started", "stopped":
			return true
		}
	}
	return false
}

// Words before a verb form that make it a verb ("had destroyed", "to
// appeal", "they rejected").
var verbLead = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true,
	"they": true, "we": true, "it": true, "he": true, "she": true, "also": true, "not": true,
	"never": true, "then": true, "i": true, "you": true, "who": true, "reportedly": true, "officially": true,
}

// Words after a finite verb form that begin its object or complement.
var objectLead = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"to": true, "that": true, "on": true, "against": true, "with": true, "in": true, "him": true, "them": true,
	"it": true, "us": true, "for": true, "any": true, "all": true, "both": true, "this": true, "these": true,
}

// clearlyVerb reports, without a tagger, whether word i is a verb: after
// an auxiliary, a modal, "to" or a subject pronoun, or an inflected form
// ("rejected", "demands") after a name and before its object. "armed
// forces", "the support" are not.
func clearlyVerb(ws []words.Word, i int) bool {
	if i > 0 && verbLead[ws[i-1].Lower] {
		return true
	}
	w := ws[i].Lower
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) || i == 0 || i+1 >= len(ws) {
		return false
	}
	// Mid-sentence capitals are names ("Armed Forces"); after a participle
	// the word is its noun ("armed forces").
	if isCapitalised(ws[i].Text) || strings.HasSuffix(ws[i-1].Lower, "ed") {
		return false
	}
	switch ws[i-1].Lower {
	case "the", "a", "an", "of", "and", "or", "its", "their", "his", "her", "our", "this", "that", "these", "with", "by", "in", "for", "on", "to":
		return false
	}
	if strings.HasSuffix(w, "s") && forceModifiers[ws[i-1].Lower] {
		return false // "Security forces in Guinea": a noun phrase
	}
	return objectLead[ws[i+1].Lower] || isCapitalised(ws[i+1].Text)
}

// peacekeepers reports a peacekeeping word among the five words from k.
func peacekeepers(ws []words.Word, k int) bool {
	for j := k; j < len(ws) && j < k+5; j++ {
		if strings.HasPrefix(ws[j].Lower, "peacekeep") || strings.HasPrefix(ws[j].Lower, "peace-keep") {
			return true
		}
	}
	return false
}

// forceModifiers come before the plural nouns of armed bodies ("security
// forces", "government troops"), which would otherwise read as verbs.
var forceModifiers = map[string]bool{
	"security": true, "armed": true, "government": true, "special": true, "police": true, "rebel": true,
	"allied": true, "coalition": true, "military": true, "opposition": true, "peacekeeping": true, "ground": true,
	"air": true, "naval": true, "federal": true, "foreign": true, "enemy": true, "border": true, "regime": true,
	"pro-government": true, "militia": true,
}

func isCapitalised(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// clause returns the word range [lo, hi) of the clause around a trigger:
// bounded by ";", ":" and the sentence.
func clause(ws []words.Word, ti, tj int) (int, int) {
	lo, hi := 0, len(ws)
	for k := ti - 1; k >= 0; k-- {
		if w := ws[k].Lower; w == ";" || w == ":" {
			lo = k + 1
			break
		}
	}
	for k := tj + 1; k < len(ws); k++ {
		if w := ws[k].Lower; w == ";" || w == ":" {
			hi = k
			break
		}
	}
	return lo, hi
}

// negated reports a negation in the words just before the trigger ("did
// not attack", "never fired") or a denial governing it ("denies attacking").
func negated(ws []words.Word, ti, lo int) bool {
	for k := ti - 1; k >= lo && k >= ti-4; k-- {
		w := ws[k].Lower
		if negators[w] || strings.HasSuffix(w, "n't") || denyVerbs[w] {
			return true
		}
		if w == "," || w == "." || w == "and" || w == "but" {
			break
		}
	}
	return noneSubject(ws, ti, lo)
}

// qualifiedParty reads "Russian Wagner fighters", "Rwandan M23 rebels":
// a state's adjective right before an armed group's name only says where
// the group comes from or is backed; the group is the party. It returns
// the group's first word when word k is such an adjective (the group
// before end), else k.
func (dc *docContext) qualifiedParty(si, k, end int) int {
	if k < 0 {
		return k
	}
	ws := dc.sents[si].Words
	s := dc.sides[si][k]
	if s == "" || !dc.stateSide(s) {
		return k
	}
	j := k
	for j+1 < end && dc.sides[si][j+1] == s {
		j++
	}
	if possessiveMark(ws[j].Lower) || j+1 >= end {
		return k
	}
	if x := dc.sides[si][j+1]; x != "" && x != s && !dc.stateSide(x) && !bodySides[x] {
		return j + 1
	}
	return k
}

// reportedSubject reads "The M23 said the army had attacked its
// positions": when the party found for the act at ti speaks it (a verb of
// saying lies between them), the act's subject is the one of the reported
// clause, the first party or unnamed troops after the verb ("that" and the
// saying's day passed over), not the speaker; a pronoun there ("said it
// had attacked") is the speaker again. It returns that word (-1 for troops
// no name gives a side: better none than the speaker) and whether the
// reading applies.
func (dc *docContext) reportedSubject(si, initI, ti int, speaker string) (int, bool) {
	ws := dc.sents[si].Words
	v := -1
	for k := initI + 1; k < ti && k <= initI+8; k++ {
		if w := ws[k].Lower; reportVerbs[w] {
			v = k
			break
		}
	}
	if v < 0 {
		return 0, false
	}
	for k := v + 1; k < ti && k <= v+8; k++ {
		w := ws[k].Lower
		if isPunctWord(w) && w != "," || w == "and" || w == "but" {
			return 0, false
		}
		if dc.isMention(si, k) && !words.AfterPreposition(ws, k) && !dc.inCount(ws[k].Start) {
			if pronouns[w] {
				return 0, false // "said it had attacked": the speaker acted
			}
			return k, true
		}
		if stateTroops[w] && (k+1 >= ti || !stateTroops[ws[k+1].Lower]) {
			return -1, true
		}
	}
	return 0, false
}

// reportVerbs are the verbs of saying that open a reported clause.
var reportVerbs = map[string]bool{"said": true, "says": true, "claimed": true, "alleged": true,
	"reported": true, "stated": true, "insisted": true, "added": true, "told": true}

// noneSubject reports a passive act whose subject is denied by "no" or
// "none of" ("no military facility has been targeted", "none of the
// villages were shelled"): nothing was hit, whatever the length of the
// noun phrase (the four-word window of negated misses it).
func noneSubject(ws []words.Word, ti, lo int) bool {
	k := ti - 1
	for k >= lo && k >= ti-3 && (beForms[ws[k].Lower] || auxWords[ws[k].Lower]) {
		k--
	}
	if k == ti-1 || k < lo {
		return false // no form of "be" before the trigger: no passive
	}
	for j := k; j >= lo && j >= k-6; j-- {
		w := ws[j].Lower
		if w == "no" || w == "none" {
			return true
		}
		if isPunctWord(w) || w == "and" || w == "but" || w == "that" || beForms[w] || auxWords[w] {
			return false
		}
	}
	return false
}

// noCivilianHit reports a passive verb at ti whose subject denies any
// civilian was its object: "no civilian site was hit", "none of the
// civilians were struck" (a "no" or "none" and a civilian word among the
// six words before the verb's "be").
func noCivilianHit(ws []words.Word, ti int) bool {
	lo := max(0, ti-10)
	if !noneSubject(ws, ti, lo) {
		return false
	}
	for k := ti - 1; k >= lo && k >= ti-8; k-- {
		if kindWords[ws[k].Lower] == KindCivilian || strings.HasPrefix(ws[k].Lower, "civilian") {
			return true
		}
		if w := ws[k].Lower; w == "no" || w == "none" {
			break
		}
	}
	return false
}

// auxWords are the auxiliaries that may come before a passive's "been".
var auxWords = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "could": true}

// possessiveMark reports a word that is or ends in a possessive "'s".
func possessiveMark(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// deniedGerund returns the index of a verb of denial whose gerund object
// holds the trigger at ti ("denied carrying out any attack", "denies
// targeting civilians"), or -1.
func deniedGerund(ws []words.Word, ti int) int {
	for d := ti - 1; d >= 0 && d >= ti-4; d-- {
		if denyVerbs[ws[d].Lower] {
			if g := ws[d+1].Lower; strings.HasSuffix(g, "ing") && g != "that" {
				return d
			}
			return -1
		}
		if isPunctWord(ws[d].Lower) {
			return -1
		}
	}
	return -1
}

// refineType adjusts the lexicon's type by the weapon used and who was hit
// (acled_definitions): remote weapons make explosions/remote violence;
// battles against civilians are violence against civilians; killings of
// combatants are battles; drones and missiles shot down are disrupted
// weapons use (strategic developments).
func refineType(ev *parallax.Event, ws []words.Word, ti, tj, lo, hi int) {
	root := ev.CAMEO
	if len(root) > 2 {
		root = root[:2]
	}
	if root != "19" && root != "18" {
		return
	}
	trigger := ws[ti].Lower
	// (a killing done by a remote weapon is that weapon's attack:
	// "Russian missiles killed 14 people", "killed by a drone")
	if ev.Type == parallax.EventBattles || ev.Type == parallax.EventViolenceCivilians && outcomeWords[trigger] {
		for k := lo; k < hi; k++ {
			code, ok := weapons[ws[k].Lower]
			if !ok || (k >= ti && k <= tj) {
				continue
			}
			near := k == ti-1 || k == ti-2
			for b := k - 1; b >= lo && b >= k-3; b-- {
				if p := ws[b].Lower; p == "with" || p == "using" || p == "by" || p == "from" {
					near = true
				}
			}
			if near {
				ev.Type, ev.CAMEO = parallax.EventExplosions, code
				break
			}
		}
	}
	if trigger == "shot" || trigger == "down" || trigger == "downed" || strings.HasPrefix(trigger, "intercept") || strings.HasPrefix(trigger, "shoot") {
		manned := false
		remote := false
		for k := tj + 1; k < hi && k <= tj+6; k++ {
			switch ws[k].Lower {
			case "helicopter", "helicopters", "aircraft", "jet", "jets", "plane", "planes", "warplane", "warplanes":
				manned = true
			case "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets":
				remote = true
			}
		}
		if remote && !manned {
			ev.Type = parallax.EventStrategic
		}
	}
	switch ev.Target.Kind {
	case KindCivilian:
		// Taking or besieging a town is a fight for territory (ACLED:
		// battles), not violence against its people.
		if ev.Type == parallax.EventBattles && !territorial(trigger) {
			ev.Type = parallax.EventViolenceCivilians
		}
	case KindMilitary:
		if ev.Type == parallax.EventViolenceCivilians && strings.HasPrefix(ev.CAMEO, "19") {
			ev.Type = parallax.EventBattles
		}
	}
}

// participleVictims returns the kind of the people a participle of
// killing or wounding after a comma names (", killing 11 people"), from
// word k to the sentence's end; unknown when there is none.
func participleVictims(ws []words.Word, k int) string {
	for j := k; j+1 < len(ws); j++ {
		if ws[j].Lower != "," {
			continue
		}
		switch ws[j+1].Lower {
		case "killing", "wounding", "injuring":
		default:
			continue
		}
		for m := j + 2; m < len(ws) && m <= j+6; m++ {
			if isPunctWord(ws[m].Lower) {
				break
			}
			if kind, ok := kindWords[ws[m].Lower]; ok && kind != KindInfrastructure {
				return kind
			}
		}
	}
	return KindUnknown
}

// insurgents name the fighters of armed groups that no name list knows.
var insurgents = map[string]bool{
	"militants": true, "fighters": true, "rebels": true, "insurgents": true, "gunmen": true, "jihadists": true,
	"militia": true, "militiamen": true, "terrorists": true, "bandits": true, "separatists": true,
	"guerrillas": true, "maoists": true, "attackers": true, "assailants": true, "bomber": true, "bombers": true,
}

// insurgentBefore reports insurgents among the words of the clause before
// the trigger at ti (from lo).
func insurgentBefore(ws []words.Word, lo, ti int) bool {
	for k := ti - 1; k >= lo && k >= ti-10; k-- {
		if insurgents[ws[k].Lower] {
			return true
		}
	}
	return false
}

// stateForceSites name a state's forces and their posts.
var stateForceSites = map[string]bool{
	"police": true, "army": true, "military": true, "gendarmerie": true, "gendarmes": true, "soldiers": true,
	"troops": true, "security": true, "checkpoint": true, "barracks": true, "convoy": true, "patrol": true,
	"outpost": true, "garrison": true, "base": true, "post": true, "camp": true,
}

// stateSite reports a state's forces or post as what was hit, in the
// words [from, to) before any punctuation, with no fighters of a group
// among them ("a rebel base" is theirs).
func stateSite(ws []words.Word, from, to int) bool {
	site := false
	for k := from; k < to && k < len(ws); k++ {
		x := ws[k].Lower
		if isPunctWord(x) {
			break
		}
		if insurgents[x] || x == "rebel" || x == "militant" || x == "insurgent" || x == "terrorist" {
			return false
		}
		site = site || stateForceSites[x]
	}
	return site
}

// supplyWords make a depot or store before which they stand one of the
// economy's goods, infrastructure rather than a military site.
var supplyWords = map[string]bool{"fuel": true, "oil": true, "gas": true, "grain": true, "food": true,
	"water": true, "petrol": true, "diesel": true}

// forceRoot reports whether a CAMEO code is of an act of force: coerce
// (17 is left out: arrests and sanctions), assault, fight, mass violence.
func forceRoot(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// territorial reports a trigger of territorial control: capture, seize,
// retake, liberate, occupy, besiege.
func territorial(w string) bool {
	for _, p := range []string{"captur", "seiz", "recaptur", "retak", "retook", "liberat", "occup", "besieg", "siege", "took", "take"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// linkCounts sets each count's event: the event of its sentence whose span
// holds it, else the nearest one before it, else the nearest after.
func linkCounts(doc *parallax.Document, sents []words.Sentence) {
	for i := range doc.Counts {
		c := &doc.Counts[i]
		c.Event = ""
		si := sort.Search(len(sents), func(k int) bool { return sents[k].End > c.Start })
		if si >= len(sents) || sents[si].Start > c.Start {
			continue
		}
		sp := sents[si].Span
		best, bestDist := "", -1
		for _, e := range doc.Events {
			if e.Start < sp.Start || e.Start >= sp.End {
				continue
			}
			var d int
			switch {
			case e.Start <= c.Start && c.End <= e.End:
				d = 0
			case e.Start < c.Start:
				d = c.Start - e.End
			default:
				d = 1<<20 + e.Start - c.End // after: only when none before
			}
			if abduction := strings.HasPrefix(e.CAMEO, "181"); (c.Item == "captured") != abduction && (c.Item == "captured" || c.Item == "killed" || c.Item == "wounded") {
				// "kidnapped and killed 12 people": the captured count is
				// the kidnapping's, the killed count the killing's
				d += 1 << 10
			}
			if (c.Item == "killed" || c.Item == "wounded") && !attackOf(&e) {
				// the dead and wounded are an act of force's, not the
				// truce it shattered nor the statement about it
				d += 1 << 11
			}
			if best == "" || d < bestDist {
				best, bestDist = e.ID, d
			}
		}
		c.Event = parallax.OptionalID(best)
	}
}

// pastBe reports a past form of "be" among the three words before ti
// ("was a legitimate target", "had been a legitimate target"), before any
// present or future one.
func pastBe(ws []words.Word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		switch ws[k].Lower {
		case "was", "were", "been":
			return true
		case "is", "are", "be", "remain", "remains", "become", "becomes":
			return false
		}
	}
	return false
}

// ownsNext reports whether the party ending near word k is the one the
// possessive pronoun at word p stands for: the subject of the verb whose
// object the pronoun opens, a few words on, with no preposition, "to" or
// comma between ("the Israeli enemy had continued its attacks"), not a
// party whose clause the pronoun's phrase only hangs from ("will defend
// its ally in its battle", "to press the regime to end its attacks").
func ownsNext(ws []words.Word, k, p int) bool {
	if p-k > 7 {
		return false
	}
	for j := k + 1; j < p; j++ {
		switch w := ws[j].Lower; w {
		case "in", "on", "at", "of", "for", "with", "against", "to", "from", "by", "into", "its", "their", "that", "which", "who":
			return false
		default:
			if isPunctWord(w) {
				return false
			}
		}
	}
	return true
}

// leaveVerbs are what an evacuation warning tells people to do.
var leaveVerbs = map[string]bool{"leave": true, "evacuate": true, "flee": true, "move": true, "stay": true, "shelter": true, "seek": true, "head": true}

// evacuationWarning reports whether the words from k tell whom a warning
// is for and that they should leave: "residents of the area to leave",
// "civilians in Tyre to evacuate immediately", up to eight words before
// the "to" and no punctuation.
func evacuationWarning(ws []words.Word, k int) bool {
	for j := k; j+1 < len(ws) && j < k+9; j++ {
		w := ws[j].Lower
		if isPunctWord(w) {
			return false
		}
		if w == "to" {
			return j > k && leaveVerbs[ws[j+1].Lower]
		}
	}
	return false
}

// possessivePronoun returns the index of "its" or "their" right before
// the trigger at ti (an adjective may come between: "its renewed
// attacks"), or -1.
func possessivePronoun(ws []words.Word, lo, ti int) int {
	for k := ti - 1; k >= lo && k >= ti-2; k-- {
		if w := ws[k].Lower; w == "its" || w == "their" {
			return k
		}
		if isPunctWord(ws[k].Lower) {
			break
		}
	}
	return -1
}
