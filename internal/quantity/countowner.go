package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// Whose captives are: people a side arrests or takes prisoner are its
// enemy's, never its own, whatever place or speaker the other owner rules
// would give them.

// arrestWords are the outcome words of an arrest: a state's police or
// troops seizing suspects, not an armed group taking hostages.
var arrestWords = map[string]bool{"arrested": true, "arrest": true, "arresting": true, "arrests": true,
	"detained": true, "detain": true, "detaining": true, "apprehended": true, "apprehend": true,
	"apprehending": true, "nabbed": true, "rounded": true}

// suspicionWords say that the people arrested are held as an armed group's
// helpers, not as protesters or bystanders: "arrested five people on
// suspicion of helping the attackers", "three suspected collaborators".
var suspicionWords = map[string]bool{"suspected": true, "suspect": true, "suspects": true, "suspicion": true,
	"accused": true, "collaborators": true, "collaborator": true, "informants": true, "informant": true,
	"logistics": true, "suppliers": true, "sympathisers": true, "sympathizers": true, "harbouring": true,
	"harboring": true, "sheltering": true, "aiding": true, "helping": true}

// suspectsIn reports whether a sentence holds a word of suspicion.
func suspectsIn(ws []words.Word) bool {
	for _, w := range ws {
		if suspicionWords[w.Lower] {
			return true
		}
	}
	return false
}

// captivesOwner returns the owner of captured count f of sentence si, told
// by speaker: "Police arrested five people on suspicion of helping the
// attackers" in a story of an armed group's attack are that group's
// suspects, not the state's where they were held (protesters and people
// arrested for no word of suspicion stay the state's); "the army said it had taken 60
// prisoners" are the captor's enemy's, not the captor's. Any other count,
// and captives whose own words name them ("25 Rwandan soldiers"), keep
// owner.
func (s *Stage) captivesOwner(ctx *context, si int, f found, speaker string) string {
	if f.Item != "captured" || f.ownerNamed || f.outcomeAt < 0 {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	if arrestWords[ws[f.outcomeAt].Lower] {
		if !suspectsIn(ws) || crowdNouns[f.head] {
			return f.Owner // (an arrest is no taking of prisoners in a fight)
		}
		// (only where the story names the group: "government troops
		// arrested 20 young men on suspicion of supporting" a militia
		// the story does not single out are the state's own people; a
		// state's arrests of another state's airmen keep theirs)
		captor := f.agent
		if !s.states[captor] {
			captor = ctx.placeSide(si, s.countryCodes, nil)
		}
		// (a state that tells of its own arrests is the captor too:
		// "Angolan police say two suspects have been arrested")
		if g := s.storyGroup(ctx, speaker, f.agent); g != "" && (f.Owner == "" || f.Owner == captor || f.Owner == speaker && s.states[speaker]) {
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

// sideUnsaid reports whether a sentence says that whose its dead are is not
// known: "without saying to which side they belonged", "could not say which
// side most of them fought for", "it was unclear which side".
func sideUnsaid(ws []words.Word) bool {
	for i, w := range ws {
		if w.Lower != "which" && w.Lower != "whose" {
			continue
		}
		if i+1 >= len(ws) || ws[i+1].Lower != "side" && ws[i+1].Lower != "sides" && ws[i+1].Lower != "party" {
			continue
		}
		for j := i - 1; j >= 0 && i-j <= 7; j-- {
			switch ws[j].Lower {
			case "without", "not", "unclear", "unknown", "cannot", "n't", "no":
				return true
			}
		}
	}
	return false
}

// unsaidSideOwner returns the owner of people count f of sentence si: no
// one's where the sentence says whose they are is not known ("doctors said
// they had received 17 bodies, without saying to which side they
// belonged"), whatever place or speaker the other rules gave them; the
// count's own words ("17 Zorvian soldiers") still name theirs.
func unsaidSideOwner(ctx *context, si int, f found) string {
	if f.ownerNamed || !peopleItems[f.Item] || !sideUnsaid(ctx.sents[si].Words) {
		return f.Owner
	}
	return ""
}

// groundForcesOwner returns the owner of count f of sentence si, told by
// speaker: soldiers or police whose words name no side, killed or wounded
// by another party, on the ground of the state that tells of them, are
// that state's ("Government says Emirati air strikes killed at least 40
// soldiers on the outskirts of Aden"), not the attacker's ally or enemy
// the story's other sentences suggest. Any other count keeps owner.
func (s *Stage) groundForcesOwner(ctx *context, si int, f found, speaker string) string {
	if !f.stateForce || f.ownerNamed || !peopleItems[f.Item] || f.Item == "captured" || f.Outcome == "lost" ||
		f.agent == "" || f.agent == speaker || !s.states[speaker] || s.deFacto[speaker] || f.Owner == speaker {
		return f.Owner
	}
	if ctx.placeSide(si, s.countryCodes, map[string]bool{f.agent: true}) != speaker {
		return f.Owner
	}
	return speaker
}

// Materiel a speaker tells of as damaged, no one named as doing it: the
// speaker's own. A party reports the damage its own vehicles took ("one
// armoured vehicle was damaged by an RPG", "18 armoured vehicles had been
// damaged, most of them repairable", "two planes were hit"); what it did to
// the enemy's it tells as destroyed, downed or captured, with itself as the
// doer. The same holds for materiel "destroyed" or "set on fire" in the
// passive when its own words name a state's forces ("three military
// vehicles were set on fire") and a state tells of it in a fight with an
// armed group, which has no army, air force or police.

// stateForceMateriel are the words of a materiel phrase that name a state's
// forces as its users: "military vehicles", "army trucks", "Air Force
// planes", "police cars".
var stateForceMateriel = map[string]bool{"military": true, "army": true, "police": true, "air": true,
	"naval": true, "navy": true, "patrol": true}

// passiveMateriel reports whether the outcome of materiel count f is told
// after its noun with no doer: "had been damaged", "were set on fire", or
// the participle right after the noun, its auxiliary left out ("and several
// vehicles damaged").
func passiveMateriel(ws []words.Word, f found) bool {
	at := f.outcomeAt
	if at < 1 || ws[at].Start < f.End {
		return false
	}
	return passiveBefore(ws, at) || ws[at-1].End <= f.End
}

// ownDamagedMateriel returns the speaker whose own materiel count f of
// sentence si is, as above, or "" when the count is none such.
func (s *Stage) ownDamagedMateriel(ctx *context, si int, f found, speaker string) string {
	if peopleItems[f.Item] || f.agentSet || f.ownerNamed || f.inClaim == nil || speaker == "" || neutral[speaker] {
		return ""
	}
	ws := ctx.sents[si].Words
	if !passiveMateriel(ws, f) {
		return ""
	}
	if f.Outcome == "damaged" {
		return speaker
	}
	if f.Outcome != "destroyed" || !passiveBefore(ws, f.outcomeAt) || !s.states[speaker] || s.deFacto[speaker] {
		return ""
	}
	if opp := ctx.opponent(speaker); opp == "" || s.states[opp] {
		return "" // (a state's enemy state has an army too)
	}
	for _, w := range ws {
		if w.Start >= f.Start && w.End <= f.End && stateForceMateriel[w.Lower] {
			return speaker
		}
	}
	return ""
}

// A party never calls its own people by its enemy's names, and never
// counts the people its own forces killed or took as its own losses: where
// the other rules give a people count to the very speaker that tells it,
// while its noun is a name for an enemy ("SDF says 27 mercenaries killed",
// "had killed 'more than 400 terrorists'") or its own verb says the
// speaker's forces did it ("troops ... killed 20 of them"), it is the
// speaker's enemy's: the armed group a state fights, the party a group
// fights.

// notOwnEnemies returns the owner of people count f of sentence si, told by
// speaker, after that check: f.Owner unless f.Owner is the speaker as
// above.
func (s *Stage) notOwnEnemies(ctx *context, si int, f found, speaker string) string {
	if speaker == "" || f.Owner != speaker || !peopleItems[f.Item] || f.Outcome == "lost" || neutral[speaker] {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	if firstPersonOwn(ws, f.Start, f.End) || f.outcomeAt < 0 || speakersLosses(ws, f) {
		// ("the army puts its dead at 180": a toll the speaker gives as
		// its own, though "dead" stands before the number as a deed's
		// word would)
		return f.Owner
	}
	enemyName := enemyNouns[f.head] || pejoratives[f.head]
	// (not civilians or soldiers, whom a mistaken doer would make the
	// speaker's own victims: "came under fire ..., killing several
	// Russian servicemen")
	ownDoing := f.agentSet && f.agent == speaker && !f.nominal && (f.Item == "killed" || f.Item == "captured") &&
		!f.civilian && !f.stateForce &&
		f.outcomeAt < len(ws) && ws[f.outcomeAt].Start < f.Start
	if !enemyName && !ownDoing {
		return f.Owner
	}
	if s.states[speaker] && !s.deFacto[speaker] {
		if g := s.storyGroup(ctx, speaker, ""); g != "" && g != speaker {
			return g
		}
	}
	if opp := ctx.opponent(speaker); opp != "" && opp != speaker && !neutral[opp] {
		return opp
	}
	return ""
}

// Where fire or attackers came from is not where their victims were hit:
// "shells fired from Congo had killed five people" (in Rwanda), "the
// attackers had killed 20 people ... and had come from" a neighbour. A
// place that a verb or noun of firing or coming governs through "from" is
// left out when the place of the victims is worked out.

// originWords govern an origin through "from": the fire's or the
// attackers'.
var originWords = map[string]bool{"fired": true, "firing": true, "launched": true, "came": true, "come": true,
	"coming": true, "crossed": true, "crossing": true, "infiltrated": true, "shelling": true, "fire": true,
	"shells": true, "rockets": true, "mortars": true, "artillery": true, "attackers": true, "gunmen": true,
	"strikes": true, "missiles": true, "drones": true}

// originAt reports whether the place or country name starting at offset
// start of text is such an origin: "fired from [the] X", "had come from X".
func originAt(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	before = strings.TrimSuffix(before, " the")
	before, ok := strings.CutSuffix(before, " from")
	if !ok {
		return false
	}
	k := strings.LastIndexAny(before, " \n\"(")
	return originWords[strings.ToLower(before[k+1:])]
}

// A force's backer is not the force: where a sentence names the enemy as
// "the terrorist groups supported by the Turkish regime" and the speaker's
// forces "destroyed four tanks", the tanks are the backed force's, though
// the backer is the speaker's named opponent.

// backerVerbs name the act of backing before "by": "supported by X",
// "backed by X".
var backerVerbs = map[string]bool{"supported": true, "backed": true, "sponsored": true, "funded": true,
	"armed": true, "financed": true}

// backerOnly reports whether sentence si names side only as a backer of
// another force ("supported by the Turkish regime"): a mention of side
// within three words after a verb of backing and "by", and no other.
func backerOnly(ctx *context, si int, side string) bool {
	ws := ctx.sents[si].Words
	backed, other := false, false
	for j, m := range ctx.mentions[si] {
		if m != side || j > 0 && ctx.mentions[si][j-1] == side {
			continue
		}
		asBacker := false
		for k := j - 1; k >= 1 && j-k <= 3; k-- {
			if ws[k].Lower == "by" && backerVerbs[ws[k-1].Lower] {
				asBacker = true
				break
			}
		}
		if asBacker {
			backed = true
		} else {
			other = true
		}
	}
	return backed && !other
}

// backedForceOwner returns the owner of count f of sentence si, told by
// speaker: the armed group of the story where the other rules gave it to
// a side the sentence names only as the backer of the force fought, else
// f.Owner.
func (s *Stage) backedForceOwner(ctx *context, si int, f found, speaker string) string {
	if f.Owner == "" || f.ownerNamed || f.Owner == speaker || f.civilian || f.stateForce || !backerOnly(ctx, si, f.Owner) {
		return f.Owner
	}
	if g := s.storyGroup(ctx, speaker, f.agent); g != "" && g != f.Owner {
		return g
	}
	return f.Owner
}

// A toll told as a side's ("the toll on the Djiboutian side is nine
// soldiers killed and 55 wounded", "losses on the Kyrgyz side stood at
// ...") is that side's, as "23 dead on the Israeli side" is (sideAfter):
// the phrase stands before the count, the toll noun before it and only a
// verb of being or rising between.

// sideTollNouns name a toll a side's phrase can follow.
var sideTollNouns = map[string]bool{"toll": true, "losses": true, "casualties": true, "dead": true}

// tollLinkWords may stand between "side" and the count: "is", "had risen
// to", "stood at", a colon.
var tollLinkWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
	"have": true, "risen": true, "rose": true, "stood": true, "stands": true, "to": true, "at": true, ":": true,
	"now": true, "reached": true, "climbed": true, "been": true}

// firstWordFrom returns the index of the first word of ws that starts at
// or after offset start, -1 when none does.
func firstWordFrom(ws []words.Word, start int) int {
	for j := range ws {
		if ws[j].Start >= start {
			return j
		}
	}
	return -1
}

// sideBefore returns the side a toll phrase before people count f of
// sentence si names, "" when there is none.
func sideBefore(ctx *context, si int, f found) string {
	if !peopleItems[f.Item] {
		return ""
	}
	ws := ctx.sents[si].Words
	k := firstWordFrom(ws, f.Start) // the first word of the count
	j := k - 1
	for j >= 0 && k-j <= 5 && tollLinkWords[ws[j].Lower] {
		j--
	}
	// j is "side": "on the X side"
	if j < 3 || ws[j].Lower != "side" || ws[j-2].Lower != "the" || ws[j-3].Lower != "on" {
		return ""
	}
	if j-4 < 0 || !sideTollNouns[ws[j-4].Lower] {
		return ""
	}
	return ctx.sideAt(si, j-1)
}

// Civilians hit in a war are the people of where they were hit; where the
// only place of their sentence lies in a state that takes no part in the
// story and that the sentence does not name (a border hamlet the gazetteer
// matched to a namesake abroad), and
// the story's places lie in a state that does, they are that state's.

// partyPlaceOwner returns the owner of civilian count f of sentence si,
// told by speaker: the story's country instead of a state that is no party
// and not where the story's places lie, else f.Owner.
func (s *Stage) partyPlaceOwner(ctx *context, si int, f found, speaker string) string {
	if !f.civilian || f.ownerNamed || f.stateless || !peopleItems[f.Item] || f.Owner == "" || !s.states[f.Owner] ||
		f.Owner == speaker || ctx.party(f.Owner) || ctx.namedIn(si, f.Owner) {
		return f.Owner
	}
	dom := ctx.dominantCountry(nil)
	if dom == "" || dom == f.Owner || !ctx.party(dom) || dom == f.agent {
		return f.Owner
	}
	return dom
}

// A party that "claimed to have destroyed" materiel tells of what it did to
// its enemy's: the subject of the claim is the doer, whatever the parse
// makes of the words between ("A drone unit posted a video it said showed
// a burning Russian column and claimed to have destroyed four armoured
// vehicles": the column's, not the unit's own). The enemy is the other
// party the sentence names, else the state an "army" word stands for.

// claimVerbs report a party's own deed before "to have": "claimed to have
// destroyed".
var claimVerbs = map[string]bool{"claimed": true, "claims": true, "claiming": true, "claim": true,
	"said": true, "says": true}

// claimedDeedOwner returns the owner of materiel count f of sentence si,
// told by speaker: the enemy whose materiel a speaker's claimed deed hit,
// else f.Owner.
func (s *Stage) claimedDeedOwner(ctx *context, si int, f found, speaker string) string {
	at := f.outcomeAt
	if peopleItems[f.Item] || f.ownerNamed || speaker == "" || neutral[speaker] || at < 3 {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	if !materielOnly[f.Outcome] || ws[at-1].Lower != "have" || ws[at-2].Lower != "to" || !claimVerbs[ws[at-3].Lower] {
		return f.Owner
	}
	for j := 0; j < at; j++ {
		if m := ctx.mentions[si][j]; m != "" && m != speaker && !neutral[m] {
			return m
		}
		if ws[j].Lower == "army" && !s.states[speaker] {
			if g := s.governmentSide(ctx, si, nil); g != "" && g != speaker {
				return g
			}
		}
	}
	if f.Owner == speaker {
		if opp := ctx.opponent(speaker); opp != "" && !neutral[opp] {
			return opp
		}
	}
	return f.Owner
}

// Members of a body of people that travels ("two members of the
// delegation", "three of the team") are of the state an earlier mention of
// that body names ("the Togolese delegation", "a delegation from the
// Kenyan parliament"), not of the host state where they were hit: a
// national team's or a delegation's people belong to their state.

// travellingBodies are the nouns of such bodies.
var travellingBodies = map[string]bool{"delegation": true, "team": true, "squad": true, "contingent": true,
	"entourage": true}

// bodyMembersOwner returns the owner of people count f of sentence si: the
// side an earlier mention of the body its "of the NOUN" names gives, else
// f.Owner.
func (s *Stage) bodyMembersOwner(ctx *context, si int, f found) string {
	if f.ownerNamed || !peopleItems[f.Item] {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	body := ""
	for j := 1; j+1 < len(ws); j++ {
		if ws[j].Start < f.Start || ws[j].End > f.End+40 {
			continue
		}
		if ws[j].Lower == "the" && ws[j-1].Lower == "of" && travellingBodies[ws[j+1].Lower] {
			body = ws[j+1].Lower
			break
		}
	}
	if body == "" {
		return f.Owner
	}
	for sj := si; sj >= 0; sj-- {
		sw := ctx.sents[sj].Words
		for j := len(sw) - 1; j >= 0; j-- {
			if sw[j].Lower != body || sj == si && sw[j].Start >= f.Start {
				continue
			}
			// "the Togolese delegation", "the delegation of Togo", "a
			// delegation from the Kenyan parliament"
			for k := max(j-3, 0); k < len(sw) && k <= j+4; k++ {
				if side := ctx.sideAt(sj, k); side != "" && s.states[side] {
					return side
				}
			}
		}
	}
	return f.Owner
}

// The people a storm, flood or earthquake kills, injures or leaves missing
// are the people of the country where it struck, as civilians hit in a war
// are: the country of their sentence's places, else the state whose body
// counts them, else the story's country. (A bare figure, "killing 107",
// is left alone: a crane that fell on pilgrims in a storm killed people of
// many nations.)

// naturalDisasterWords name a natural disaster or the body that counts its
// victims.
var naturalDisasterWords = map[string]bool{"cyclone": true, "storm": true, "flood": true, "floods": true,
	"flooding": true, "earthquake": true, "quake": true, "landslide": true, "landslides": true, "mudslide": true,
	"typhoon": true, "hurricane": true, "tornado": true, "tsunami": true, "disaster": true, "avalanche": true}

// disasterIn reports whether sentence si names a natural disaster.
func (c *context) disasterIn(si int) bool {
	for _, w := range c.sents[si].Words {
		if naturalDisasterWords[w.Lower] {
			return true
		}
	}
	return false
}

// disasterVictimsOwner returns the owner of people count f of sentence si,
// told by speaker, where a natural disaster's victims (in a sentence or a
// story whose first sentence names the disaster) have none, else
// f.Owner.
func (s *Stage) disasterVictimsOwner(ctx *context, si int, f found, speaker string) string {
	if f.Owner != "" || f.ownerNamed || f.stateless || f.bare || !f.civilian || !peopleItems[f.Item] || f.agent != "" {
		return f.Owner
	}
	if ctx.violent(si) || !ctx.disasterIn(si) && !ctx.disasterIn(0) {
		return f.Owner
	}
	if side := ctx.placeSide(si, s.countryCodes, nil); side != "" && s.states[side] {
		return side
	}
	if s.states[speaker] && !neutral[speaker] {
		return speaker
	}
	if side := ctx.dominantCountry(nil); s.states[side] {
		return side
	}
	return f.Owner
}

// A hospital's wounded (its treated soldiers are treatedForcesOwner's): a
// bare figure of wounded it received that the sentence says were partly
// civilians ("received 40 wounded, most
// of them civilians", "15 wounded, among them four civilians") holds the
// hurt of more than one side: no one's.

// mixedCivilianShare reports whether the words after word k of ws set off a
// share of civilians among the people just counted: "most of them
// civilians", "among them four civilians", "including two civilians".
func mixedCivilianShare(ws []words.Word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+6; j++ {
		if w := ws[j].Lower; w == "civilians" || w == "civilian" {
			for m := j - 1; m > k && m >= j-4; m-- {
				if w := ws[m].Lower; w == "them" || w == "among" || w == "including" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// hospitalWoundedOwner returns the owner of wounded count f of sentence si
// as above, else f.Owner.
func hospitalWoundedOwner(ctx *context, si int, f found) string {
	if f.Item != "wounded" || f.ownerNamed {
		return f.Owner
	}
	ws := ctx.sents[si].Words
	hospital, last := false, -1
	for j, w := range ws {
		if w.Lower == "hospital" || w.Lower == "hospitals" {
			hospital = true
		}
		if w.Start < f.End {
			last = j
		}
	}
	if !hospital || last < 0 {
		return f.Owner
	}
	if f.bare && (ws[last].Lower == "wounded" || ws[last].Lower == "injured") && last+1 < len(ws) && ws[last+1].Lower == "," &&
		mixedCivilianShare(ws, last) {
		// (a noun names whom it counted: "42 wounded patients, most of
		// them civilians" are the place's people)
		return ""
	}
	return f.Owner
}

// A toll a sentence gives as a side's losses by the side's name or demonym
// ("said Honduran losses were 'above 300 dead'", "put Moroccan losses at
// more than 90 dead", "Georgian losses in three days of fighting stood at
// about 300 dead") is that side's, whoever tells it: the name stands right
// before the toll noun, and between the noun and the count only verbs of
// being or rising, quotation marks and a phrase that says where or when
// the losses were suffered.

// lossPhraseWords may open the phrase of place or time between a toll noun
// and its verb ("losses in the fighting", "losses since Monday").
var tollPhraseWords = map[string]bool{"in": true, "during": true, "since": true, "near": true, "around": true,
	"over": true, "on": true, "at": true, "from": true}

// namedLossesSide returns the side whose name or demonym stands before a
// toll noun that people count f of sentence si gives the figure of, ""
// when there is none.
func namedLossesSide(ctx *context, si int, f found) string {
	ws := ctx.sents[si].Words
	n := lossesOwnerWord(ws, f)
	if n < 0 || ws[n].Lower == "the" {
		return ""
	}
	if ws[n].Lower == "'s" || ws[n].Lower == "’s" {
		n--
	}
	if n < 0 {
		return ""
	}
	return ctx.sideAt(si, n)
}

// speakersLosses reports whether people count f gives the figure of a toll
// noun the speaker's possessive names: "Its own losses were 18 martyrs, it
// said", "our casualties stood at 40", "the army puts its dead at 180".
// Whoever the count's words would make them, they are the teller's own.
func speakersLosses(ws []words.Word, f found) bool {
	n := lossesOwnerWord(ws, f)
	if n < 0 {
		return false
	}
	switch ws[n].Lower {
	case "its", "our", "their":
		return true
	}
	return false
}

// lossesOwnerWord returns the index of the word right before the toll noun
// that people count f gives the figure of ("Honduran" in "Honduran losses
// were N", "its" in "its own losses stood at N"; "death" and "own" passed
// over), -1 when no toll noun leads to the count.
func lossesOwnerWord(ws []words.Word, f found) int {
	if !peopleItems[f.Item] {
		return -1
	}
	k := firstWordFrom(ws, f.Start) // the first word of the count
	j := k - 1
	links := 0
	for j >= 0 && k-j <= 7 && (numberLead[ws[j].Lower] || ws[j].Lower == "above") && !tollLinkWords[ws[j].Lower] {
		j-- // "above", "more than", "at least": the number's own words
	}
	for j >= 0 && k-j <= 9 && (tollLinkWords[ws[j].Lower] || isQuote(ws[j].Lower)) {
		if tollLinkWords[ws[j].Lower] {
			links++
		}
		j--
	}
	if links == 0 || j < 1 {
		return -1
	}
	if !sideTollNouns[ws[j].Lower] {
		// "losses in three days of fighting north of Sukhumi stood at":
		// back over a phrase of place or time to the toll noun that opens
		// it (no comma, count or other toll noun inside)
		t := -1
		for m := j; m >= 1 && j-m <= 10; m-- {
			w := ws[m].Lower
			if isPunct(w) && !isQuote(w) || w[0] >= '0' && w[0] <= '9' {
				break
			}
			if sideTollNouns[w] {
				if m+1 <= j && tollPhraseWords[ws[m+1].Lower] {
					t = m
				}
				break
			}
		}
		if t < 0 {
			return -1
		}
		j = t
	}
	// j is the toll noun; "death toll", "own losses" let the word before go
	n := j - 1
	if n >= 0 && (ws[n].Lower == "death" || ws[n].Lower == "own") {
		n--
	}
	return n
}
