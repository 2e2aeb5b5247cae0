// Package quantity is the stage that finds counts of materiel and people in
// an article ("two Azerbaijani helicopters" shot down, "the death of two
// military contractors"): the number (digits, words, "a"/"an", ranges,
// vague amounts), the item of DESIGN §3, the outcome from the governing
// verb or noun, the owner (from modifiers, or from who did what to whom as
// the speaker tells it) and the claim that carries the count.
package quantity

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/data"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// Stage fills Document.Counts. It is read-only after Load and safe for
// concurrent use.
type Stage struct {
	items      map[string]itemEntry
	itemMax    int
	outcomes   map[string]string
	outcomeMax int
	// firsts and lasts: for each first (last) word of an item or outcome
	// phrase, the most words of the phrases that start (end) with it.
	firsts, lasts map[string]int
	sides         *words.Sides
	// countryCodes maps an ISO alpha-2 country code (the country of a
	// place) to its alpha-3 side.
	countryCodes map[string]string
	// states are the sides that are states (the alpha-3 codes), as
	// opposed to armed groups and international bodies.
	states map[string]bool
	// acronyms maps the capital-letter acronyms of the actor base's
	// armed groups ("PKK", "YPG", "HTS") to their sides, for names the
	// earlier stages leave joined to another by a slash ("PKK/YPG").
	acronyms map[string]string
	// deFacto are the de facto authorities among states (Nagorno-Karabakh),
	// whose places the gazetteer puts in the state they broke from.
	deFacto map[string]bool
}

type itemEntry struct {
	item   string // DESIGN §3 item, "person" for people nouns
	people bool
}

// Load reads the vocabularies (data/lexicon items.tsv, outcomes.tsv and the
// side names).
func Load() (*Stage, error) {
	s := &Stage{items: map[string]itemEntry{}, outcomes: map[string]string{}, firsts: map[string]int{}, lasts: map[string]int{}}
	rows, err := words.ReadTSV("items.tsv", 3)
	if err != nil {
		return nil, err
	}
	// The curated list first: it wins over the WordNet nouns.
	more, err := words.ReadTSV("items_wordnet.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range append(rows, more...) {
		e := itemEntry{item: r[1], people: r[2] == "people"}
		for _, form := range words.Plurals(r[0]) {
			k, n := key(form)
			if _, ok := s.items[k]; !ok {
				s.items[k] = e
			}
			s.itemMax = max(s.itemMax, n)
			s.index(k, n)
		}
	}
	rows, err = words.ReadTSV("outcomes.tsv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		k, n := key(r[0])
		s.outcomes[k] = r[1]
		s.outcomeMax = max(s.outcomeMax, n)
		s.index(k, n)
	}
	if s.sides, err = words.LoadSides(); err != nil {
		return nil, err
	}
	rows, err = words.ReadTSV("country_codes.tsv", 2)
	if err != nil {
		return nil, err
	}
	s.countryCodes = make(map[string]string, len(rows))
	s.states = map[string]bool{}
	for _, r := range rows {
		s.countryCodes[r[0]] = r[1]
		s.states[r[1]] = true
	}
	// De facto authorities (the actor knowledge base's gpe entries, such
	// as Nagorno-Karabakh) field armies like states.
	defacto, err := deFactoStates()
	if err != nil {
		return nil, err
	}
	if s.acronyms, err = groupAcronyms(); err != nil {
		return nil, err
	}
	s.deFacto = map[string]bool{}
	for _, side := range defacto {
		s.states[side] = true
		s.deFacto[side] = true
	}
	return s, nil
}

// groupAcronyms returns the armed groups' acronyms of the actor base
// (rows of kind group that apply in every story), upper-case as written.
func groupAcronyms() (map[string]string, error) {
	orgs, err := data.Orgs()
	if err != nil {
		return nil, fmt.Errorf("actor knowledge base: %w", err)
	}
	out := map[string]string{}
	for _, o := range orgs {
		if o.Kind != "group" || o.Side == "" || o.Context != nil {
			continue
		}
		for _, a := range o.Aliases {
			if acronym(a) {
				if _, ok := out[a]; !ok {
					out[a] = o.Side
				}
			}
		}
	}
	return out, nil
}

// deFactoStates returns the sides of the actor knowledge base's gpe
// entries (data/actors/orgs.tsv: name, kind, side, ...).
func deFactoStates() ([]string, error) {
	orgs, err := data.Orgs()
	if err != nil {
		return nil, fmt.Errorf("actor knowledge base: %w", err)
	}
	var sides []string
	for _, o := range orgs {
		if o.Kind == "gpe" && o.Side != "" {
			sides = append(sides, o.Side)
		}
	}
	return sides, nil
}

func (s *Stage) index(k string, n int) {
	f := k[:strings.IndexByte(k+" ", ' ')]
	l := k[strings.LastIndexByte(k, ' ')+1:]
	s.firsts[f] = max(s.firsts[f], n)
	s.lasts[l] = max(s.lasts[l], n)
}

// firstLen bounds the words of a phrase that starts at ws[i].
func (s *Stage) firstLen(ws []words.Word, i int) int {
	if i < 0 || i >= len(ws) {
		return 0
	}
	return s.firsts[ws[i].Lower]
}

// lastLen bounds the words of a phrase that ends at ws[k].
func (s *Stage) lastLen(ws []words.Word, k int) int {
	if k < 0 || k >= len(ws) {
		return 0
	}
	return s.lasts[ws[k].Lower]
}

// key is the lookup key of a phrase: its scanned words in lower case.
func key(phrase string) (string, int) {
	ws := words.Scan(phrase, parallax.Span{End: len(phrase)})
	ks := make([]string, len(ws))
	for i, w := range ws {
		ks[i] = w.Lower
	}
	return strings.Join(ks, " "), len(ws)
}

// Name is the stage name.
func (*Stage) Name() string { return "quantity" }

// phraseAt returns the value of the longest phrase of dict (at most maxLen
// words) that starts at ws[i], and its length in words.
func phraseAt[T any](dict map[string]T, maxLen int, ws []words.Word, i int) (T, int) {
	var zero T
	if i >= len(ws) {
		return zero, 0
	}
	var b strings.Builder
	for n := min(maxLen, len(ws)-i); n >= 1; n-- {
		b.Reset()
		for k := i; k < i+n; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(ws[k].Lower)
		}
		if v, ok := dict[b.String()]; ok {
			return v, n
		}
	}
	return zero, 0
}

// phraseEndingAt returns the longest phrase of dict that ends at ws[k] and
// its first word index, or -1.
func phraseEndingAt(dict map[string]string, maxLen int, ws []words.Word, k int) (string, int) {
	var b strings.Builder
	for n := min(maxLen, k+1); n >= 1; n-- {
		b.Reset()
		for j := k - n + 1; j <= k; j++ {
			if j > k-n+1 {
				b.WriteByte(' ')
			}
			b.WriteString(ws[j].Lower)
		}
		if v, ok := dict[b.String()]; ok {
			return v, k - n + 1
		}
	}
	return "", -1
}

// Words that end a noun phrase.
var npStop = map[string]bool{
	"of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"from": true, "by": true, "to": true, "were": true, "was": true, "had": true, "have": true, "has": true,
	"are": true, "is": true, "that": true, "which": true, "who": true, "during": true, "near": true,
	"as": true, "including": true, "after": true, "before": true, "while": true, "but": true, "into": true,
	"since": true, "over": true, "per": true, "than": true, "belonging": true, "carrying": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "been": true, "be": true,
	"will": true, "would": true, "could": true, "may": true, "said": true, "says": true, "according": true,
	"percent": true, "%": true, "km": true, "kilometers": true, "kilometres": true, "miles": true,
	"meters": true, "metres": true, "years": true, "year": true, "days": true, "day": true, "times": true,
	"hours": true, "months": true, "weeks": true, "minutes": true,
	// a subordinate clause ends the phrase too: "five wounded when gunmen
	// attacked" counts the wounded, not the gunmen
	"when": true, "where": true, "because": true, "until": true, "although": true, "though": true,
	"whereas": true, "unless": true,
}

// npPronouns end a noun phrase before its head: "a telegram telling him
// his brother" is no phrase headed by "brother".
var npPronouns = map[string]bool{"him": true, "her": true, "his": true, "them": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "us": true, "my": true, "your": true, "me": true, "you": true, "i": true}

// Words between a noun phrase and a state word: "were", "have been".
var auxWords = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "being": true,
	"are": true, "is": true, "reportedly": true, "also": true, "all": true, "later": true, "allegedly": true,
	"seriously": true, "critically": true, "severely": true, "lightly": true, "slightly": true, "moderately": true,
	"badly": true, "gravely": true,
	"subsequently": true, "got": true, "went": true, "gone": true, "are now": true, "who": true, "that": true, "which": true, "then": true, "left": true,
	"remain": true, "remains": true, "remained": true, // "two sailors remain unaccounted for"
	"been-": true, "aboard": true, "still": true, "onboard": true, "either": true, "apparently": true, "now": true, "confirmed": true, "reported": true,
}

// Words before a number that do not change it: "at least 12", "the".
var numberLead = map[string]bool{
	"at": true, "least": true, "more": true, "than": true, "over": true, "about": true, "around": true,
	"nearly": true, "almost": true, "up": true, "to": true, "some": true, "the": true, "of": true,
	"total": true, "approximately": true, "roughly": true, "estimated": true, "an": true, "a": true,
	"another": true, "additional": true, "further": true, "only": true, "just": true, "least-": true,
	"all": true, "no": true, "fewer": true, "less": true, "not": true, // "no fewer than 30"
}

// peopleItems are the items that count people.
var peopleItems = map[string]bool{"killed": true, "wounded": true, "captured": true, "missing": true}

var peopleOutcomes = map[string]bool{"killed": true, "wounded": true, "captured": true, "lost": true}

// materielOnly are outcomes that never describe people.
var materielOnly = map[string]bool{"destroyed": true, "shot_down": true, "damaged": true}

// peopleOnlyForms are outcome words that never govern materiel.
var peopleOnlyForms = map[string]bool{
	"killed": true, "kill": true, "kills": true, "killing": true, "dead": true, "died": true, "die": true,
	"dies": true, "death": true, "deaths": true, "slain": true, "fatalities": true, "perished": true,
	"martyred": true, "succumbed": true, "wounded": true, "wounding": true, "wound": true, "injured": true, "injuring": true,
	"injure": true, "injuries": true, "hurt": true, "missing": true, "unaccounted for": true, "taken prisoner": true,
	"taken hostage": true, "taken captive": true, "abducted": true, "kidnapped": true, "detained": true,
	"abduction": true, "abductions": true, "kidnapping": true, "kidnappings": true, "executed": true,
	"hanged": true, "beheaded": true, "assassinated": true, "shot dead": true, "gunned down": true,
	"killings": true, "mortally wounded": true, "fatally wounded": true, "fatally injured": true, "fatally shot": true,
	"lives": true, "bodies": true, "lost their lives": true, "lost his life": true, "lost her life": true,
	"murdered": true, "assassination": true, "abducting": true, "abducts": true, "kidnaps": true, "detaining": true,
	"arrested": true, "arresting": true, "arrest": true, "arrests": true, "rounded up": true, "taken into custody": true,
	"into custody": true, "into preventive custody": true, "stabbed to death": true, "beaten to death": true,
	"hacked to death": true, "lynched": true,
}

func isPunct(w string) bool {
	if w == "" {
		return true
	}
	c := w[0]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// Process finds the counts of doc.
func (s *Stage) Process(doc *parallax.Document) {
	doc.Counts = nil
	sents := s.headlineArticles(doc, words.Split(doc))
	ctx := newContext(doc, sents, s.sides, s.states, s.countryCodes)
	ctx.slashNames(s.acronyms)
	ctx.headlines = headlineSentences(doc, sents)
	id := 0
	for si := range sents {
		for _, c := range s.sentenceCounts(doc, ctx, si) {
			id++
			c.ID = "n" + strconv.Itoa(id)
			doc.Counts = append(doc.Counts, c)
		}
	}
	authorityOwners(doc)
}

// found is a count while its owner is being worked out.
type found struct {
	parallax.Count
	outcomeAt int    // word index of the governing outcome word, -1 if none
	agent     string // side of who did it, "" if unknown
	agentSet  bool   // agent was found (a mention or a pronoun)
	nominal   bool   // a state with no agent: "were killed", "the death of"
	inClaim   *parallax.Claim
	// stateless: people of no one state ("pilgrims", "migrants"), whose
	// owner only a modifier names ("Indonesian pilgrims").
	stateless bool
	civilian  bool // the people are civilians ("28 people", "civilians")
	// bare: a number with no noun ("and five wounded"), which leaves out
	// the noun of the people count before it.
	bare bool
	// armed: fighters of an armed group ("militants", "insurgents"),
	// never owned by the state where they fight.
	armed bool
	// stateForce: soldiers or police, a state's people: never the losses
	// of an armed group that reports them.
	stateForce bool
	// ownerNamed: the count's own words name the owner ("Iraqi
	// insurgents", "our fighters").
	ownerNamed bool
	// toll: a death toll ("the death toll rose to 54"), the victims of
	// whatever the story tells.
	toll bool
	// modified: the count's noun phrase has words before its head
	// ("pro-government fighters").
	modified bool
	head     string // the lower-case head noun, "" for none
	// listed: a figure of a loss list ("tanks — 11,870 (+5)"), told by
	// listBy, the side of the body that published the list.
	listed bool
	listBy string
	// untold: a headline's count in another part than its claim's cue
	// ("Strike kills four; X says ..."), claimed by no one.
	untold bool
}

// crowdNouns are the people of a protest: those a state's forces hurt
// there are the state's own.
var crowdNouns = map[string]bool{"protesters": true, "protester": true, "protestors": true, "protestor": true,
	"demonstrators": true, "demonstrator": true, "marchers": true, "mourners": true, "agitators": true,
	"agitator": true, "strikers": true, "picketers": true}

// captiveNouns are the people a verb of taking or holding makes captured.
var captiveNouns = map[string]bool{"prisoner": true, "prisoners": true, "hostage": true, "hostages": true,
	"captive": true, "captives": true, "pows": true}

// prisonerNouns are people taken in fighting, whose side is not worked out
// from who fought whom.
var prisonerNouns = map[string]bool{"prisoner": true, "prisoners": true, "captive": true, "captives": true,
	"pows": true, "detainee": true, "detainees": true}

// takeVerbs take or hold captives: "took 75 prisoners".
var takeVerbs = map[string]bool{"took": true, "take": true, "takes": true, "taking": true, "taken": true,
	"held": true, "holding": true, "holds": true, "hold": true, "seized": true}

// stateForceNouns name a state's soldiers and police.
var stateForceNouns = map[string]bool{
	"soldier": true, "soldiers": true, "troop": true, "troops": true, "serviceman": true, "servicemen": true,
	"police": true, "policeman": true, "policemen": true, "officer": true, "officers": true,
	"personnel": true, "guard": true, "guards": true, "marine": true, "marines": true, "paratrooper": true,
	"paratroopers": true, "pilot": true, "pilots": true, "sailor": true, "sailors": true, "conscript": true,
	"conscripts": true, "servicewomen": true, "servicewoman": true,
	// South Asian and francophone names of soldiers and police
	"jawan": true, "jawans": true, "gendarme": true, "gendarmes": true, "constable": true, "constables": true,
	"paramilitary": true, "paramilitaries": true, "trooper": true, "troopers": true,
	// a state's own word for its fallen soldiers ("Three of our heroes
	// were martyred", "the martyrdom of 10 of our heroes")
	"hero": true, "heroes": true,
}

// armedNouns name the fighters of armed groups. Their owner is their
// group's side, never a state: the state where they fight, or the one
// that reports killing them, is their enemy.
var armedNouns = map[string]bool{
	"militant": true, "militants": true, "insurgent": true, "insurgents": true, "fighter": true, "fighters": true,
	"rebel": true, "rebels": true, "guerrilla": true, "guerrillas": true, "terrorist": true, "terrorists": true, "jihadist": true, "jihadists": true,
	"extremist": true, "extremists": true, "gunman": true, "gunmen": true, "separatist": true, "separatists": true,
	"militiaman": true, "militiamen": true, "mujahid": true, "mujahideen": true, "mujahidin": true, "operative": true, "operatives": true, "combatant": true, "combatants": true,
	"mercenary": true, "mercenaries": true, "attacker": true, "attackers": true, "assailant": true, "assailants": true,
	"bomber": true, "bombers": true, "bandit": true, "bandits": true, "maoist": true, "maoists": true,
	"naxal": true, "naxals": true, "naxalite": true, "naxalites": true,
	"khwarij": true, "khawarij": true, "khariji": true, "kharijis": true, "kharijites": true,
	"elements": true, // "95 Houthi elements"
}

// proxyNouns after a state's demonym make the state a group's alleged
// sponsor, not the owner of its fighters: "the Indian proxy X".
var proxyNouns = map[string]bool{"proxy": true, "proxies": true}

// designatedGroup returns the group whose fighters a state's own name for
// them ending at ws[j] stands for: "Fitna al Hindustan" (Pakistan's name
// since 2025 for the Baloch separatist groups, of which the BLA is the
// largest), "" for other words. (Names that stand for one group in one
// conflict and another elsewhere, as "Khawarij" for the TTP in Pakistan
// and al-Shabaab in Somalia, are the actor base's, kept to the stories of
// their conflict: their mentions carry the group's side.)
func designatedGroup(ws []words.Word, j int) string {
	if j >= 2 && ws[j].Lower == "hindustan" && (ws[j-2].Lower == "fitna" || ws[j-1].Lower == "fitna-al") {
		return "BLA"
	}
	return ""
}

// namedFightersIn returns the group of the fighters sentence si names by
// a state's word for them that the actor base resolved to the group
// ("repulsed an attack by the Khawarij ..., killing 47 of the
// terrorists"), "" when it names none.
func (c *context) namedFightersIn(si int) string {
	ws := c.sents[si].Words
	for j := range ws {
		if g := designatedGroup(ws, j); g != "" {
			return g
		}
		if armedNouns[ws[j].Lower] {
			if g := c.sideAt(si, j); g != "" {
				return g
			}
		}
	}
	return ""
}

// statelessNouns are people who are, as a rule, not of the state where
// they are hit or of the party that reports it.
var statelessNouns = map[string]bool{
	"pilgrim": true, "pilgrims": true, "migrant": true, "migrants": true, "refugee": true, "refugees": true,
	"tourist": true, "tourists": true, "passenger": true, "passengers": true, "foreigner": true,
	"foreigners": true,
}

// civilianNouns are people counts that name civilians: victims of an
// attack are owned by the state where they were hit when no modifier names
// their nationality (DESIGN §3: whose people).
var civilianNouns = map[string]bool{
	"protesters": true, "protester": true, "protestors": true, "protestor": true, "demonstrators": true,
	"demonstrator": true, "marchers": true, "mourners": true, "supporters": true,
	"youths": true, "pensioners": true, "activists": true, "activist": true, "nationals": true,
	"rioters": true, "looters": true, "picketers": true,
	"people": true, "person": true, "persons": true, "civilian": true, "civilians": true, "resident": true,
	"residents": true, "villager": true, "villagers": true, "child": true, "children": true, "woman": true,
	"women": true, "man": true, "men": true, "schoolgirls": true, "schoolboys": true, "students": true,
	"pupils": true, "others": true, "worshippers": true, "farmers": true, "fishermen": true, "tribesmen": true,
	"members": true, "victims": true, "inhabitants": true, "bystanders": true, "shoppers": true,
	"employees": true, "workers": true, "doctors": true, "nurses": true, "medics": true, "teachers": true,
	"drivers": true, "journalists": true, "reporters": true, "photographers": true, "engineers": true,
	"technicians": true, "boy": true, "boys": true, "girl": true, "girls": true, "baby": true, "babies": true,
	"infant": true, "infants": true, "teenager": true, "teenagers": true, "toddler": true, "toddlers": true,
	"citizen": true, "citizens": true, "bodies": true, "employee": true, "worker": true, "doctor": true, "nurse": true, "medic": true,
	"teacher": true, "driver": true, "journalist": true, "reporter": true, "photographer": true,
	"engineer": true, "technician": true,
	"agitators": true, "agitator": true, "strikers": true, "labourers": true, "labourer": true, "laborers": true,
	"laborer": true, "traders": true, "trader": true, "shopkeepers": true, "shopkeeper": true, "lawyers": true,
	"lawyer": true, "miners": true, "mineworkers": true, "commuters": true, "vendors": true, "helper": true,
	"helpers": true, "leaders": true, "brothers": true, "sisters": true, "sons": true, "daughters": true,
	"relatives": true, "inmates": true, "inmate": true,
	// clergy and herders, often the victims of raids on villages
	"priest": true, "priests": true, "pastor": true, "pastors": true, "imam": true, "imams": true,
	"cleric": true, "clerics": true, "monk": true, "monks": true, "nun": true, "nuns": true,
	"bishop": true, "bishops": true, "catechist": true, "catechists": true, "seminarian": true,
	"seminarians": true, "herder": true, "herders": true, "shepherd": true, "shepherds": true,
	// rescuers, often hit by a second strike on the same place
	"paramedic": true, "paramedics": true, "rescuer": true, "rescuers": true, "firefighter": true,
	"firefighters": true, "elder": true, "elders": true,
	// local guards of a village, armed by or for the state: hit by an
	// air strike or an armed group, they are the state's people where
	// they were hit, no armed group's
	"vigilante": true, "vigilantes": true,
	// Palestinian, Lebanese and Yemeni outlets' word for a strike's dead
	"martyr": true, "martyrs": true,
}

// violenceWords mark a sentence about an attack, where people hit are
// victims of a party rather than of an accident.
var violenceWords = map[string]bool{
	"attack": true, "attacks": true, "attacked": true, "bombing": true, "bombings": true, "bomb": true,
	"bombs": true, "blast": true, "explosion": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "shelling": true, "shooting": true, "gunmen": true, "ambush": true, "raid": true,
	"assault": true, "massacre": true, "abduction": true, "abductions": true, "kidnapping": true,
	"suicide": true, "militants": true, "insurgents": true, "terrorists": true, "terrorist": true,
	"rocket": true, "rockets": true, "missile": true, "missiles": true, "shell": true, "shells": true,
	"bandits": true, "attackers": true, "assailants": true, "jihadists": true, "rebels": true, "raiders": true,
	"kidnappers": true, "militia": true, "militiamen": true, "insurgency": true, "violence": true,
	"massacres": true, "killings": true, "gunfire": true, "sniper": true,
	"rubble": true, "raids": true, "aggression": true, "explosions": true, "blasts": true, "detonation": true, "detonations": true, "bombardment": true,
	"bombardments": true, "barrage": true, "barrages": true,
	// weapons whose use is an attack ("46 drones overnight ... two civilians
	// were wounded")
	"drone": true, "drones": true, "uav": true, "uavs": true, "shelled": true, "artillery": true,
	"mortar": true, "mortars": true, "grenade": true, "grenades": true,
	// unrest: people hurt, killed or held at a protest or riot are the
	// state's where it happened, as the victims of an attack are
	"protest": true, "protests": true, "protesters": true, "protestors": true, "demonstrators": true,
	"demonstration": true, "demonstrations": true, "riot": true, "riots": true, "rioters": true, "rioting": true,
	"unrest": true, "crackdown": true, "mob": true, "clashes": true, "looting": true, "gunshots": true,
	"stone-pelting": true, "hartal": true, "bandh": true,
	// force on crowds and their scuffles ("injured in the melee")
	"melee": true, "scuffles": true, "scuffle": true, "stones": true, "lathi-charge": true, "lathicharge": true,
	"baton-charged": true, "batons": true, "teargas": true, "tear-gas": true, "agitators": true,
	"agitation": true, "strikers": true, "rubber": true,
}

func (s *Stage) sentenceCounts(doc *parallax.Document, ctx *context, si int) []parallax.Count {
	sent := ctx.sents[si]
	ws := sent.Words
	var fs []found
	for i := 0; i < len(ws); i++ {
		if ctx.inDate(ws[i].Start) {
			continue
		}
		am, ok := amountAt(ws, i)
		if !ok && ws[i].Lower == "the" && stateSoonAfter(ws, i) {
			am, ok = amount{first: i, last: i, n: intp(1), article: true, definite: true}, true
		}
		refers, referOwner := false, ""
		if !ok && ws[i].Lower == "the" {
			// "attacked the city with two drones ... the air defences
			// downed the drones": the number of the materiel told before
			if n, owner := s.anaphoricNumber(ctx, si, i); n > 0 {
				am, ok, refers, referOwner = amount{first: i, last: i, n: intp(n)}, true, true, owner
			}
		}
		if !ok {
			continue
		}
		if i > 0 {
			if p := ws[i-1].Lower; p == "no" || p == "not" || p == "none" || p == "without" {
				i = am.last // "no one is dead"
				continue
			}
			if k := i - 1; ws[k].Lower == "the" && k >= 2 && ws[k-1].Lower == "of" && (ws[k-2].Lower == "none" || ws[k-2].Lower == "neither") {
				i = am.last // "None of the 140 passengers was hurt"
				continue
			}
		}
		if designation(ws, am) {
			i = am.last // "an Israeli Hermes 450 drone": a model's number
			continue
		}
		if i > 0 && (ws[i-1].Lower == "aged" || ws[i-1].Lower == "age") || i > 2 && ws[i-1].Lower == "and" && ws[i-3].Lower == "aged" {
			i = am.last // "a young man aged 23": an age, no count
			continue
		}
		f, end, ok := s.countAt(ctx, si, am)
		if !ok {
			continue
		}
		if refers && (f.outcomeAt > am.last && !passiveBefore(ws, f.outcomeAt) ||
			f.outcomeAt < am.first && !(f.outcomeAt == am.first-1 || f.outcomeAt == am.first-2 && particles[ws[am.first-1].Lower])) {
			// "the drone hit the market": what the materiel did, not
			// what befell it; and only a verb right before takes it
			// for its object ("downed the drones", "shot down the
			// drone", not "when it was hit said the drone ...")
			continue
		}
		if referOwner != "" && !f.ownerNamed {
			// "one of its drones ... shot down the drone": whose the
			// mention it refers back to says
			f.Owner, f.ownerNamed = referOwner, true
		}
		if at := f.outcomeAt; at >= 0 && ws[at].Lower == "in" && am.first > 0 && ws[am.first-1].Lower == "whom" {
			// "received 28 injured people, of whom six were in critical
			// condition": how some of the wounded just counted are, no
			// count of its own
			i = end
			continue
		}
		if counterfactual(ws, f.outcomeAt) {
			// "Had the bomb exploded, it could have killed hundreds": what
			// did not happen
			i = end
			continue
		}
		fs = append(fs, f)
		ctx.countSpans = append(ctx.countSpans, parallax.Span{Start: f.Start, End: f.End})
		i = end
	}
	fs = append(fs, s.tollCounts(ctx, si, fs)...)
	fs = s.frontedCounts(ctx, si, fs)
	fs = s.listCounts(ctx, si, fs)
	if part := s.partCounts(ctx, si, fs); len(part) > 0 {
		fs = append(fs, part...)
		sort.SliceStable(fs, func(a, b int) bool { return fs[a].Start < fs[b].Start })
	}
	if one := s.oneCounts(ctx, si, fs); len(one) > 0 {
		fs = append(fs, one...)
		sort.SliceStable(fs, func(a, b int) bool { return fs[a].Start < fs[b].Start })
	}
	fs = appositivesLeftOut(ws, fs)
	fs = partsLeftOut(ws, fs)
	fs = membersLeftOut(ws, fs)
	fs = shareMembersLeftOut(ws, fs)
	fs = joinedPeopleSummed(ws, fs)
	othersOfMateriel(ws, fs)
	fs = speakersLeftOut(ws, fs)
	fs = materielPartsLeftOut(ws, fs)
	fs = joinedMaterielSummed(ws, fs)
	if len(fs) == 0 {
		return nil
	}
	for i := range fs {
		if side := namedLossesSide(ctx, si, fs[i]); side != "" {
			// "said Honduran losses were 'above 300 dead'": the side the
			// toll is given as, not the teller's
			fs[i].Owner, fs[i].ownerNamed, fs[i].stateless = side, true, false
		} else if fs[i].inClaim != nil && speakersLosses(ws, fs[i]) {
			if side := ctx.speakerSide(fs[i].inClaim); side != "" {
				fs[i].Owner, fs[i].ownerNamed, fs[i].stateless = side, true, false
			}
		}
	}
	// Coordinated counts share the owner a sibling names: "shot down two
	// helicopters and three drones for Azerbaijan".
	for i := range fs {
		if fs[i].Owner != "" || fs[i].outcomeAt < 0 {
			continue
		}
		for j := range fs {
			// (not from fighters to civilians: "killed commander X and
			// five civilians")
			// (nor between people each named by their own words: "32
			// pro-government fighters and 28 Houthi rebels were killed")
			// (nor between soldiers and fighters: "23 soldiers and 200
			// Taliban fighters had been killed" were of two sides)
			if j != i && fs[j].outcomeAt == fs[i].outcomeAt && fs[j].Owner != "" && (!fs[i].civilian || fs[j].civilian) &&
				!(fs[i].modified && fs[j].ownerNamed && peopleItems[fs[i].Item]) &&
				!(fs[i].stateForce && fs[j].armed || fs[i].armed && fs[j].stateForce) {
				fs[i].Owner = fs[j].Owner
				break
			}
		}
	}
	disease := diseaseToll(ws) && !ctx.violent(si) && !ctx.fighting(si)
	out := make([]parallax.Count, 0, len(fs))
	heads := make([]string, 0, len(fs)) // the people's noun of each count of out
	for _, f := range fs {
		if disease && peopleItems[f.Item] {
			// "121,177 deaths linked to COVID-19", "cholera has claimed
			// 500 lives": an epidemic's toll, no one's losses in a
			// conflict (accidents and disasters stay: their dead are
			// counted as reports count them).
			continue
		}
		if n := len(out); n > 0 && lostMateriel(ws, f, out[n-1]) {
			// "shot down 86 MiGs; Israel admits to losing eight",
			// "destroyed 27 aircraft and lost six": a bare number lost
			// right after a count of materiel is more of that
			// materiel, not people
			f.Item, f.bare, f.civilian, f.stateless = out[n-1].Item, false, false, false
		}
		if f.stateless && strings.Contains(strings.ToLower(doc.Text[f.Start:f.End]), " of them") {
			// "dispersed hundreds of students ... and arrested 30 of
			// them": the people named before the count in its sentence
			if k := antecedent(ws, f.Start); k >= 0 {
				f.stateless, f.head = false, ws[k].Lower
				f.civilian, f.stateForce, f.armed = civilianNouns[f.head], stateForceNouns[f.head], armedNouns[f.head]
				// "junta troops who fled the base ... about 60 of
				// them had been killed": the antecedent's own modifier
				// names whose they were
				for m := k - 1; m >= 0 && m >= k-2 && f.Owner == ""; m-- {
					if side := ctx.sideAt(si, m); side != "" {
						f.Owner, f.ownerNamed, f.civilian = side, true, false
					} else if w := ws[m].Lower; (w == "its" || w == "their" || w == "our") && f.inClaim != nil && !f.civilian {
						// "MONUSCO said its peacekeepers had come under
						// fire, two of them being wounded"
						if sp := ctx.speakerSide(f.inClaim); sp != "" {
							f.Owner, f.ownerNamed = sp, true
						}
					} else if regimeWords[ws[m].Lower] || ws[m].Lower == "government" {
						if g := s.governmentSide(ctx, si, f.inClaim); g != "" {
							f.Owner, f.ownerNamed, f.civilian = g, true, false
						}
					}
				}
			}
		}
		if text := strings.ToLower(doc.Text[f.Start:f.End]); f.Owner == "" && f.stateless && len(out) == 0 && peopleItems[f.Item] &&
			(strings.Contains(text, " of them") || strings.Contains(text, " of those")) && antecedent(ws, f.Start) < 0 {
			// "... 87 wounded. ... and 12 of them are in serious
			// condition", "three of those killed were border guards": a
			// share of the people the sentence before counted
			f.Owner = prevPeopleOwner(doc, ctx, si)
		}
		speaker := claimant(ctx, si, &f)
		if f.listed {
			speaker = f.listBy
		}
		if speaker == "" && f.inClaim == nil && !f.listed {
			// "Battlegroup South repulsed four attacks, the ministry
			// said. Ukrainian forces lost over 200 troops ...": a
			// sentence of no claim in a paragraph a speaker opened goes
			// on with that speaker's account
			speaker = ctx.paragraphSpeaker(si)
		}
		if side := ctx.namedOwnDead(si, f); speaker == "" && side != "" {
			// "Hezbollah has named 366 members who have been killed":
			// a party that names its dead tells of its own losses
			speaker = side
			if f.Owner == "" || !f.ownerNamed {
				f.Owner, f.ownerNamed = side, true
			}
		}
		if n := len(out); n > 0 && peopleItems[f.Item] && peopleItems[out[n-1].Item] && !f.ownerNamed && partAfterWhole(ws, f.Start) {
			// "Five militants, including a local commander, had
			// surrendered": a part of the people just counted is theirs,
			// whoever they are
			f.Owner, f.stateless = out[n-1].Owner, true
		}
		if n := len(out); n > 0 && peopleItems[f.Item] && !f.ownerNamed && crewCount(doc.Text[f.Start:f.End]) {
			// "a Russian Mi-24 helicopter was shot down, killing two crew
			// members": the crew of the craft just counted are its
			// owner's, wherever it fell
			for k := n - 1; k >= 0; k-- {
				if !peopleItems[out[k].Item] && out[k].Owner != "" {
					f.Owner, f.ownerNamed = out[k].Owner, true
					break
				}
			}
		}
		if side := sideBefore(ctx, si, f); f.Owner == "" && side != "" {
			// "the toll on the Djiboutian side is nine soldiers killed"
			f.Owner, f.ownerNamed = side, true
		}
		if side, both := sideAfter(ctx, si, f); f.Owner == "" && side != "" {
			// "23 civilian deaths on the Israeli side"
			f.Owner, f.ownerNamed = side, true
		} else if both && !f.ownerNamed {
			// "killed at least 23 people on both sides": no one party's
			f.Owner, f.stateless = "", true
		}
		if !f.ownerNamed && eachSideSubject(ws, f) {
			// "both sides had lost at least 300 men", "each side lost
			// about 20,000": the losses of two parties in one figure
			f.Owner, f.stateless = "", true
		}
		if f.Owner == "" && f.bare {
			// "Iraqi forces suffered 30 dead": the party that suffered.
			f.Owner = s.sufferer(ctx, si, f)
		}
		if n := len(out); f.Owner == "" && f.bare && n > 0 && peopleItems[out[n-1].Item] && out[n-1].Claim == f.Claim && !(f.outcomeAt >= 0 && ws[f.outcomeAt].Lower == "lost") {
			// ("killed 30 militants and lost seven of their own": the
			// losers' own people, not the killed)
			// "Three Iraqi soldiers were killed and five wounded": the
			// same people, so the same owner.
			f.Owner = out[n-1].Owner
			f.stateless = true // whatever it is, it is settled
		}
		if f.Owner == "" && f.bare && (f.head == "others" || sharePrefix(ws)) && len(out) == 0 {
			// "Hundreds of others were wounded, the ministry said", "Of
			// those, 509 were killed near the sites": the people of the
			// count the sentence before ended with.
			if o := prevPeopleOwner(doc, ctx, si); o != "" {
				f.Owner, f.stateless = o, true
			}
		}
		if f.Owner == "" && f.bare && peopleItems[f.Item] && placeHeading(ctx, si) && ctx.warStory() {
			// "Kharkiv Oblast: 3 killed, 14 injured.": a tally by place,
			// the victims of the war where they were hit
			f.Owner = ctx.placeSide(si, s.countryCodes, ctx.attackers(si))
		}
		if f.Owner == "" && f.bare && neutral[speaker] {
			// "The UN said it had recorded 410 killings": a body that
			// takes no part tells of others' dead, not its own
			f.civilian = true
		}
		if f.Owner == "" && !peopleItems[f.Item] && (civilianMateriel(ws, f.Start, f.End) || f.Item == "vehicle" && besideHomes(ws, f.Start)) {
			// "destroying three civilian aircraft": the country's where
			// they were hit, not the attacker's enemy's
			f.Owner = ctx.placeSide(si, s.countryCodes, ctx.attackers(si))
		}
		if f.Owner == "" && f.toll && f.head != "" {
			// "killed 11 terrorists ..., bringing the number of
			// terrorists killed this month to 58": a running total of
			// the people the sentence counted before it
			for k := len(out) - 1; k >= 0; k-- {
				if heads[k] == f.head && out[k].Item == f.Item && out[k].Owner != "" {
					f.Owner, f.ownerNamed = out[k].Owner, true
					break
				}
			}
		}
		if !f.ownerNamed && (speaker == "" || neutral[speaker]) && wholeWarToll(ws, doc.Text, f, f.inClaim == nil || neutral[speaker] || f.inClaim.Speaker.Actor != "") {
			// "The insurgency has killed more than 6,000 people, according
			// to the ICG", "more than 480 people, most of them fighters":
			// the dead of every side of a war as a monitor or the
			// reporter counts them, no one party's (a party that counts
			// the war's dead counts its own: "the ministry said 61,000
			// people have been killed since the war began")
			f.Owner, f.stateless = "", true
		}
		if f.Owner == "" && !f.stateless {
			f.Owner = leftBodies(ctx, si, f, speaker)
		}
		if f.Owner == "" && f.head != "" && peopleItems[f.Item] && strings.Contains(doc.Text[f.Start:f.End], " of the ") {
			// "Gunmen abducted 38 passengers ... Two of the passengers
			// were shot dead": a share of the people a count just before
			// named, whatever befell them then
			if o := ctx.sameHeadAnyOwner(si, 3, f.head); o != "" {
				f.Owner, f.stateless = o, false
			}
		}
		if f.Owner == "" && !f.ownerNamed && peopleItems[f.Item] && amongTheDead(doc.Text[ctx.sents[si].Start:f.Start]) {
			// "More than 70 militants were killed. Among the dead are
			// three senior commanders": a part of the toll told before,
			// whose people they are
			for k := len(out) - 1; k >= 0 && f.Owner == ""; k-- {
				if out[k].Item == f.Item {
					f.Owner = out[k].Owner
				}
			}
			if f.Owner == "" {
				f.Owner = ctx.sameItemOwner(si, 3, f.Item)
			}
		}
		if item := amongNouns[f.head]; f.Owner == "" && item != "" && peopleItems[f.Item] && strings.Contains(doc.Text[f.Start:f.End], " of the ") {
			// "Ten civilians were killed and 11 wounded ... It was
			// reported that two of the wounded were in critical
			// condition": a share of the toll told before, whose
			// people they are
			if o := ctx.sameItemOwner(si, 4, item); o != "" {
				f.Owner = o
			}
		}
		if f.Owner == "" && !f.ownerNamed && peopleItems[f.Item] && seafarers(doc.Text[f.Start:f.End], f.head) && ctx.merchantShipping(si) {
			// "struck a Liberian-flagged bulk carrier, killing three crew
			// members", "Two sailors were missing": a merchant ship's crew
			// is of many nations, no party's, unless its own words name
			// one ("two Filipino seafarers")
			f.stateless = true
		}
		if n := len(out); f.Owner == "" && !f.stateless && !f.ownerNamed && !f.agentSet && !peopleItems[f.Item] && n > 0 &&
			peopleItems[out[n-1].Item] && out[n-1].Owner != "" && out[n-1].Claim == f.Claim && passiveBefore(ws, f.outcomeAt) {
			// "said 12 of its servicemen had been killed and that an
			// Mi-24 helicopter had been shot down", "32 Armenian
			// servicemen were taken prisoner and two tanks were
			// destroyed": materiel a speaker tells of in the passive, no
			// one named as doing it, goes on the tally of the people
			// just counted, whosever they are (not the speaker's enemy's
			// as materiel it destroyed)
			f.Owner = out[n-1].Owner
		}
		if peopleItems[f.Item] && (f.head == "peacekeepers" || f.head == "peacekeeper") && f.Owner != "UNO" && (speaker == "UNO" || f.Owner == "" && ctx.sideInSentence(si, "UNO")) {
			// "Two Indian peacekeepers were killed ..., the UN mission
			// said", "Two peacekeepers killed in attack on UN base": the
			// UN's peacekeepers are the UN's, whichever state sent them
			// (the demonym names the contingent, not a party); outside a
			// UN story "Kenyan peacekeepers" stay Kenya's
			f.Owner, f.ownerNamed = "UNO", true
		}
		if f.Owner == "" && !f.stateless {
			f.Owner = s.ownerFromParties(ctx, si, f, speaker)
		}
		if f.armed && !f.ownerNamed && f.Outcome != "lost" && (s.states[f.Owner] || !ctx.namedIn(si, f.Owner)) {
			// (fighters a party "lost" are that party's: "Syrian
			// government forces lost 12 fighters")
			// Worked out from who fought whom, not named: militants are
			// no state's people, and unnamed fighters ("killed 64
			// insurgents") are not the group the article names elsewhere
			// either; only one named in their own sentence ("strikes
			// against ISIS killed 18 militants") is theirs, or the group
			// the sentence before names by the count's own modifier
			// ("Anglophone separatists killed ..." / "Two separatist
			// fighters were also killed").
			f.Owner = ctx.groupByModifier(si, parallax.Span{Start: f.Start, End: f.End}, s.states)
			if f.Owner == "" && f.Item == "killed" {
				// "Militants of the BLA killed 18 soldiers ..., adding
				// that 23 attackers were killed": the one group their
				// own sentence names
				// (not the group that tells of it or did it: "The SDF
				// said it had killed 25 attackers")
				if g := ctx.onlyGroupIn(si, s.states); g != speaker && g != f.agent {
					f.Owner = g
				}
			}
			if f.Owner == "" && peopleItems[f.Item] {
				// "repulsed an attack by the Khawarij ..., killing 47 of
				// the terrorists": the group a state's name for its
				// fighters in the same sentence stands for
				if g := ctx.namedFightersIn(si); g != speaker && g != f.agent {
					f.Owner = g
				}
			}
			if f.Owner == "" && peopleItems[f.Item] && (speaker == "" || s.states[speaker] || enemyNouns[f.head] && !neutral[speaker]) {
				// (an armed group telling of "mercenaries" or "attackers"
				// killed tells of its enemy's: "The SDF said 27
				// mercenaries were killed" in a story of the SNA)
				// "Burkina Faso's army said it had neutralised more than
				// 100 terrorists" in a story of JNIM's attack: the
				// fighters of the one armed group the story names, as
				// annotators read them (session 12: both wire golds
				// give them the group; before, they had no owner
				// unless their own sentence named it)
				// (several groups named: the one the state telling it
				// fights, "Turkish forces neutralized 14 of the
				// terrorists" in a story of the PKK and the YPG, a
				// breakaway state's fighters as a group's: "the army
				// neutralised eleven terrorists" in a story of the
				// Ambazonia separatists; where the state it fights most
				// is another state, the armed group the story names most)
				f.Owner = s.storyGroup(ctx, speaker, f.agent)
			}
		}
		if f.Owner == "" && f.stateForce && f.agentSet && f.agent == "" && peopleItems[f.Item] && !f.ownerNamed {
			// Soldiers or police killed by an armed group no one names:
			// the forces of the state where it happened, as the sentence
			// names it (the article's places may lie elsewhere).
			if ctx.placeInSentence(si) {
				f.Owner = ctx.placeSide(si, s.countryCodes, ctx.attackers(si))
			}
		}
		if f.Owner == "" && f.stateForce && !f.ownerNamed && peopleItems[f.Item] && f.Item != "captured" && ctx.agentNotState(si, f) &&
			(ctx.unrestAround(si) || nonStateArmed(ws)) {
			// Police or soldiers hurt by a crowd ("Four policemen also
			// sustained injuries when protesters pelted stones") or in a
			// fight with an armed group no one names ("Ten militants were
			// killed, while two jawans were wounded"): the forces of the
			// state where it happened, when the story is told of one
			// country (a border war's soldiers may lie dead across it).
			if side := ctx.placeSide(si, s.countryCodes, ctx.attackers(si)); side != "" && side == ctx.dominantCountry(nil) {
				f.Owner = side
			}
		}
		if f.Owner == "" && f.stateForce && !f.ownerNamed && !f.stateless && peopleItems[f.Item] {
			// "Five soldiers killed in ambush", "The two wounded soldiers
			// were taken to hospital": soldiers no word of their sentence
			// places, in a story of one state's war against an armed
			// group, are that state's (not when they were the state's
			// own targets: "troops killed 12 soldiers of the junta")
			if side := ctx.soleStateParty(s.deFacto); side != "" && side != f.agent {
				f.Owner = side
				if at := ctx.placeSide(si, s.countryCodes, ctx.attackers(si)); at != "" && at != side && s.states[at] && ctx.locatedIn(si) {
					// "a soldier had been killed in Safed": soldiers
					// killed where their sentence places them, in
					// another state than the story's, are that state's
					f.Owner = at
				}
			}
		}
		if f.Owner == "" && !peopleItems[f.Item] && stateMateriel(ws, f.Start, f.End) {
			// "torched a police van", "two state buses were vandalised":
			// the state's where it happened
			if side := ctx.placeSide(si, s.countryCodes, ctx.attackers(si)); side != "" && side == ctx.dominantCountry(nil) {
				f.Owner = side
			}
		}
		if f.Owner == "" && (f.civilian || f.bare) && !f.armed && !f.stateForce && !f.stateless && peopleItems[f.Item] && f.agent == "" &&
			f.inClaim != nil && (s.deFacto[speaker] || s.states[speaker]) && tollBody(f.inClaim.Speaker.Text) {
			// "Karabakh's health ministry said 68 people had died": a de
			// facto authority's toll body counts its own people, though
			// the gazetteer puts their places in the state it broke from;
			// so does a state's ("Kyrgyzstan's health ministry said 24
			// people had been killed ... in fighting on the border with
			// Tajikistan": not the state the border is with)
			f.Owner = speaker
		}
		other := ""
		if f.outcomeAt >= 0 && peopleItems[f.Item] && !partAfterWhole(ws, f.Start) {
			// (a part after "including" shares its whole's act only:
			// "killed 10 civilians, including a nun, and kidnapped
			// others" did not kidnap the nun)
			other = coordinated(ws, f.outcomeAt, f.Start > ws[f.outcomeAt].Start)
		}
		if os.Getenv("QDEBUG") != "" {
			fmt.Fprintf(os.Stderr, "DBG %q owner=%q civ=%v stateless=%v agent=%q bare=%v armed=%v sf=%v violentNear=%v toll=%v placeIn=%v war=%v placeSide=%q dom=%q\n", doc.Text[f.Start:f.End], f.Owner, f.civilian, f.stateless, f.agent, f.bare, f.armed, f.stateForce, ctx.violentNear(si), f.toll, ctx.placeInSentence(si), ctx.warStory(), ctx.placeSide(si, s.countryCodes, ctx.attackers(si)), ctx.dominantCountry(nil))
		}
		if f.Owner == "" && f.civilian && !f.stateless && peopleItems[f.Item] && (ctx.violentNear(si) || f.toll || f.Item == "captured" || other != "" ||
			(f.Item == "killed" || f.Item == "wounded") && (ctx.placeInSentence(si) && ctx.warStory() || ctx.placeNoun(si) && ctx.violentWithin(si, 3))) {
			// (an abduction is itself the act of violence)
			attackers := ctx.attackers(si)
			if crowdNouns[f.head] {
				// "Iranian security forces shot dead three protesters":
				// a state's forces fire on its own people, who stay the
				// state's where the protest was
				attackers = nil
			}
			f.Owner = ctx.placeSide(si, s.countryCodes, attackers)
			if f.Owner == "" {
				// "A junta airstrike on a nearby village killed eight
				// civilians": a government that strikes at home hits its
				// own country's people
				f.Owner = ctx.homeRegime(si)
			}
		}
		if f.Owner == "" && f.civilian && !f.stateless && f.agent == "" && (f.head == "civilians" || f.head == "civilian") && f.inClaim != nil && (f.Item == "killed" || f.Item == "wounded" || f.Item == "missing") {
			// "Between 250 and 300 civilians were killed in the no-fire
			// zone, the UN office in Colombo said": civilians dead in a
			// story told of one country, where their sentence's place
			// lies in that country, are its people (as the golds own
			// civilians where they were hit), though no word of violence
			// stands near: a tally someone tells of "civilians", a word
			// of war (a crane's victims the reporter tells stay no
			// one's, TestVictimsOwner)
			if side := ctx.placeSide(si, s.countryCodes, ctx.attackers(si)); side != "" && side == ctx.dominantCountry(nil) {
				f.Owner = side
			} else if !ctx.placeInSentence(si) && s.states[speaker] && speaker == ctx.dominantCountry(nil) {
				// "The defence ministry said no more than 10 civilians
				// had died": a state telling of civilians in a story of
				// its own country, with no place to say otherwise
				f.Owner = speaker
			}
		}
		if f.Owner == "" && f.civilian && !f.stateless && peopleItems[f.Item] && speaker != "" && !ctx.placeInSentence(si) {
			// "... after 46 Palestinians were killed in Israeli strikes,
			// the health ministry said. The ministry said 102,347 people
			// had been wounded.": the same speaker's next figure of the
			// same war's victims, where nothing places them anew
			if c := prevPeopleCount(doc, ctx, si); c != nil && c.ClaimedBy == speaker && c.Owner != "" && s.states[c.Owner] {
				f.Owner = c.Owner
			}
		}
		if f.Item == "captured" && pilotNouns[f.head] && !f.ownerNamed {
			// "shot down two Indian jets ... two pilots had been
			// arrested": captured airmen are the crews of the aircraft
			// their captors brought down, not the captors' own
			if o := downedAircraftOwner(doc, ctx, si, out, speaker); o != "" {
				f.Owner = o
			}
		}
		if f.Owner == "" && f.Item == "captured" && (f.head == "hostages" || f.head == "captives") {
			// "... and 90 people were taken hostage. 40 hostages remain
			// in the tunnels": the captives told of just before
			f.Owner = prevCapturedOwner(doc, ctx, si)
		}
		if peopleItems[f.Item] && !f.ownerNamed {
			if side := ranksOwner(ctx, si, f.Start); side != "" {
				// "The army recorded three dead and four wounded in its
				// ranks": the losses of the party that records them
				f.Owner = side
			}
		}
		if f.Owner == "" && (f.civilian || f.bare) && !f.armed && !f.stateForce && !f.stateless && peopleItems[f.Item] && f.agent == "" && f.inClaim != nil && tollBody(f.inClaim.Speaker.Text) {
			// "The Velmar health ministry said 30 people were killed and
			// 80 wounded", "According to the prosecutor general's office,
			// 60 civilians have been killed": a body that counts the
			// victims of its own country, the one its name places it in,
			// else the state it serves
			if side := ctx.placeWithin(f.inClaim.Speaker.Start, f.inClaim.Speaker.End); side != "" {
				f.Owner = side
			} else if s.states[speaker] {
				f.Owner = speaker
			} else if side := ctx.dominantCountry(nil); side != "" && s.states[side] {
				// (a de facto authority's ministry: the state where
				// the story's places lie)
				f.Owner = side
			}
		}
		if f.Owner == "" && f.bare && !f.stateless && peopleItems[f.Item] && (f.inClaim == nil || speaker == "") && ctx.bombing(si) && ctx.placeInSentence(si) {
			// "The blast left 12 dead in Bama": the victims of a bombing
			// the reporter tells, where it struck (clashes leave dead
			// of both sides, so only attacks from afar or by bombs)
			f.Owner = ctx.placeSide(si, s.countryCodes, ctx.attackers(si))
		}
		if at := f.outcomeAt; f.Owner == "" && !f.armed && peopleItems[f.Item] && si > 0 && at >= 0 &&
			(at >= 2 && ws[at-2].Lower == "among" && ws[at-1].Lower == "the" && amongNouns[ws[at].Lower] != "" || ws[at].Lower == "toll") &&
			prevPeopleCount(doc, ctx, si) != nil {
			// "The monitor said 18 members of the security forces were
			// among the dead", "The toll included 125 members of the
			// security forces": a share of the toll told before, of the
			// state where those dead were
			f.Owner = ctx.placeSide(si-1, s.countryCodes, ctx.attackers(si-1))
		}
		if f.Owner == "" && f.toll && f.head != "" && f.head != "people" && !ctx.placeInSentence(si) {
			// "Local sources put the number of dead soldiers at more
			// than 40": another figure for the people counted before
			f.Owner = ctx.sameHeadOwner(si, 3, f.head, f.Item)
		}
		if !peopleItems[f.Item] && strings.Contains(strings.ToLower(doc.Text[f.Start:f.End]), " of their ") {
			// "killed more than 30 militants ... and destroyed two of
			// their vehicles": "their" materiel belongs to the people
			// last counted before it, not to whoever was named last
			for j := len(out) - 1; j >= 0; j-- {
				if peopleItems[out[j].Item] && !civilianNouns[heads[j]] {
					// (people of no known side have materiel of no
					// known side: "killed 300 of the assailants and
					// destroyed 40 of their trucks" is not the ally's
					// the sentence names)
					f.Owner = out[j].Owner
					break
				}
			}
		}
		if n := len(out); n > 0 && !peopleItems[f.Item] && !f.ownerNamed && !peopleItems[out[n-1].Item] && out[n-1].Owner != "" &&
			strings.Contains(strings.ToLower(doc.Text[out[n-1].Start:out[n-1].End]), " of their ") && listLink(doc.Text[out[n-1].End:f.Start]) {
			// "three of their tanks and two armoured vehicles were
			// destroyed": the next member of the list is theirs too
			f.Owner = out[n-1].Owner
		}
		if !peopleItems[f.Item] && !f.ownerNamed && (f.Owner == "" || s.states[f.Owner] && !s.deFacto[f.Owner]) && (hostileOwnerAfter(ws, f.End) || hostileOwnerAfterList(ws, f.End)) {
			// "destroyed two pick-ups of the assailants": the armed
			// group's, worked out as for its fighters
			if g := s.storyGroup(ctx, speaker, f.agent); g != "" {
				f.Owner = g
			}
		}
		if f.Owner == "" && (f.civilian || f.bare) && !f.armed && !f.stateForce && !f.stateless && peopleItems[f.Item] && f.agent == "" &&
			ctx.warStory() && !fightersAmong(ws, f.End) && !partyPart(doc.Text[f.Start:f.End]) {
			// "Between 30 and 40 people were wounded, according to a
			// rescue group", "Among the civilian population, 14 people
			// lost their lives": victims no rule above placed, in a war
			// story told of one country, are that country's people, as
			// civilians are owned where they were hit (where the story's
			// places lie in several countries, nothing says which)
			if side := ctx.placeSide(si, s.countryCodes, ctx.attackers(si)); side != "" && side == ctx.dominantCountry(nil) {
				f.Owner = side
			}
		}
		// "a Turkish-backed armored vehicle", "four tanks supplied to the
		// separatists by Russia's 14th Army": the state that backs or arms
		// a force is not who used the materiel; the force it went to is
		f.Owner = s.captivesOwner(ctx, si, f, speaker)
		f.Owner = unsaidSideOwner(ctx, si, f)
		f.Owner = s.groundForcesOwner(ctx, si, f, speaker)
		f.Owner = s.backedOwner(ctx, si, f, speaker)
		f.Owner = s.notOwnEnemies(ctx, si, f, speaker)
		f.Owner = s.backedForceOwner(ctx, si, f, speaker)
		f.Owner = s.partyPlaceOwner(ctx, si, f, speaker)
		f.Owner = s.claimedDeedOwner(ctx, si, f, speaker)
		f.Owner = s.bodyMembersOwner(ctx, si, f)
		f.Owner = s.disasterVictimsOwner(ctx, si, f, speaker)
		f.Owner = ctx.treatedForcesOwner(si, f)
		f.Owner = hospitalWoundedOwner(ctx, si, f)
		if f.Owner == "" && !peopleItems[f.Item] && f.outcomeAt >= 0 && firstPersonDeed(ws, f.outcomeAt, f.Start) {
			// "Our forces also captured two tanks", "we destroyed four
			// tanks": materiel the voice took or destroyed, naming no
			// owner, is the voice's enemy's; what "our forces lost" is
			// the voice's own (the voice: the claim's speaker, else the
			// document's author)
			voice := speaker
			if voice == "" && f.inClaim == nil {
				voice = ctx.authorSide()
			}
			if f.Outcome == "lost" {
				f.Owner = voice
			} else if opp := ctx.opponent(voice); voice != "" && opp != "" {
				f.Owner = opp
			}
		}
		if speaker != "" && peopleItems[f.Item] && ownPeopleAt(ws, f.Start) {
			// "It put the number of its own fighters killed at 102": a
			// figure given for the teller's own people is the teller's
			// loss, whoever the sentence's subject fought (last, as the
			// owner rules above read the subject's deed)
			f.Owner = speaker
		}
		f.ClaimedBy = speaker
		if f.untold {
			f.ClaimedBy, f.Claim = "", ""
		}
		if speaker == "" && f.inClaim == nil && si < ctx.headlines {
			// "..., dozens killed and a helicopter shot down, says CSP":
			// the source the headline ends on tells it (its owner was
			// worked out as for a count no one tells: the source is no
			// reporting cue whose speaker's own losses a passive tells)
			f.ClaimedBy = ctx.headlineSource(si, f.End)
		}
		if speaker == "" && f.inClaim == nil && f.ClaimedBy == "" {
			// "Health ministry: 35 killed, 73 wounded", "Uganda radio: 40
			// invaders killed": a line that opens on its source and a
			// colon is that source's word, as a cue's clause is
			f.ClaimedBy = s.colonSource(ctx, si, f.Start)
			if f.ClaimedBy == "" {
				// "DG ISPR: ... As of this afternoon, 26 civilians have
				// been martyred": a transcript's answer is its speaker's
				// word, to the next speaker's label
				var labelled bool
				f.ClaimedBy, labelled = s.transcriptSource(ctx, si, f.Start)
				if f.ClaimedBy == "" && (labelled || ctx.transcriptTitle()) && ctx.ownFirstPerson(si) {
					// "Air Vice Marshal R.G.K. Kapoor: ... We lost one
					// MiG-21 Bison": a speaker of no known side who
					// answers in a briefing's first person speaks for
					// its author (a communique's own narration is
					// told by no one)
					f.ClaimedBy = ctx.authorSide()
				}
				if f.ClaimedBy == "" && ctx.transcriptTitle() && s.briefersTurn(ctx, si) {
					f.ClaimedBy = ctx.authorSide() // (a briefer's remark in the third person)
				}
			}
			if f.ClaimedBy != "" && f.Owner == "" && firstPersonOwn(ws, f.Start, f.End) {
				// "Five of our soldiers embraced shahadat", "We lost one
				// aircraft": the source's own, as in a claim
				f.Owner = f.ClaimedBy
			}
		}
		if f.inClaim != nil && f.Owner == "" && f.ClaimedBy != "" && ctx.speakerSide(f.inClaim) == "" && ctx.ownFirstPerson(si) && firstPersonOwn(ws, f.Start, f.End) {
			// a speaker of no known side who answers for a briefing's
			// author ("We lost one helicopter"): the author's own
			f.Owner = f.ClaimedBy
		}
		out = append(out, f.Count)
		heads = append(heads, f.head)
		if f.head != "" {
			if ctx.heads == nil {
				ctx.heads = map[int]string{}
			}
			ctx.heads[f.Start] = f.head
		}
		if other != "" && !hasCount(out, f.Count, other) {
			// "kidnapped and killed 12 people": the same people were
			// taken and then killed, a count of each.
			c := f.Count
			c.Item, c.Outcome = other, other
			out = append(out, c)
			heads = append(heads, f.head)
		}
	}
	if more := ctx.elidedMembers(si, out); len(more) > 0 {
		out = append(out, more...)
		sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	}
	return out
}

// anaphoricNumber returns the number of the materiel "the drones" or "the
// drone" at ws[i+1] refers back to: the last mention of the same item in
// this sentence or the three before with its number ("two explosive-laden
// drones", "one of its drones", "a drone"), when that mention is no count
// already (launched, sent, landed: what "the drones" then became is the
// count). The plural takes a number above one, the singular one. It
// returns 0 when there is none, and with the number the side the mention
// names as the materiel's ("two Houthi drones", "one of its drones": the
// speaker's), "" when it names none.
func (s *Stage) anaphoricNumber(ctx *context, si, i int) (int, string) {
	ws := ctx.sents[si].Words
	if i+1 >= len(ws) {
		return 0, ""
	}
	e, n := phraseAt(s.items, s.firstLen(ws, i+1), ws, i+1)
	if n == 0 || e.people || e.item == "none" || i+n+1 < len(ws) && ws[i+n+1].Lower == "of" {
		return 0, ""
	}
	noun := ws[i+n].Lower
	plural := strings.HasSuffix(noun, "s")
	for sj := si; sj >= 0 && sj >= si-6; sj-- {
		vs := ctx.sents[sj].Words
		hi := len(vs)
		if sj == si {
			hi = i
		}
		for j := hi - 1; j >= 1; j-- {
			ae, an := phraseAt(s.items, s.firstLen(vs, j), vs, j)
			if an == 0 || ae.item != e.item || j+an > hi {
				continue
			}
			// the number within five words before the item: "two
			// explosive-laden drones", "one of its drones", "a drone"
			num, owner := 0, ""
			for a := j - 1; a >= 0 && j-a <= 5; a-- {
				w := vs[a].Lower
				if side := ctx.sideAt(sj, a); side != "" && owner == "" {
					owner = side
				}
				if (w == "its" || w == "our" || w == "their") && owner == "" {
					if cl := ctx.claimFor(vs[a].Start, vs[a].End, sj); cl != nil {
						owner = ctx.speakerSide(cl)
					}
				}
				if am, ok := amountAt(vs, a); ok && am.n != nil && am.last < j && !am.vague {
					num = *am.n
					if a+2 < j && vs[a+1].Lower == "of" && (w == "one" || w == "1") {
						num = 1
					}
					break
				}
				if w == "a" || w == "an" {
					num = 1
					break
				}
				if isPunct(w) || w == "and" {
					break
				}
			}
			if num == 0 {
				return 0, "" // the last mention has no number
			}
			for _, sp := range ctx.countSpans {
				if sp.Start <= vs[j].Start && vs[j].Start < sp.End {
					return 0, "" // counted there already
				}
			}
			if plural != (num > 1) && noun != "aircraft" {
				return 0, ""
			}
			return num, owner
		}
	}
	return 0, ""
}

// particles end a phrasal verb of harm: "shot down", "took out".
var particles = map[string]bool{"down": true, "out": true, "up": true, "off": true}

// elidedPrepositions open the phrase that sets a list member with its noun
// left out apart from the count before it: "23 over the Kursk region".
var elidedPrepositions = map[string]bool{"over": true, "in": true, "near": true, "at": true, "around": true, "across": true}

// elidedMembers finds the members of a list whose noun and verb are left
// out after a count: "40 drones were destroyed over the Bryansk region, 23
// over the Kursk region and 17 over the Belgorod region", "killed 12
// people in Kharkiv and four in Sumy". Each member is a number right
// after a comma or "and", followed by a preposition of place; it counts
// what the count before it counts, with its outcome, claim and owner
// (people hit in another state than the count before are that state's).
func (c *context) elidedMembers(si int, out []parallax.Count) []parallax.Count {
	ws := c.sents[si].Words
	var more []parallax.Count
	for _, lead := range out {
		if lead.N == nil {
			continue
		}
		j := 0
		for j < len(ws) && ws[j].Start < lead.End {
			j++
		}
		prev := lead
		for {
			// up to eight words of the phrase before, then "," or "and"
			k := j
			for n := 0; k < len(ws) && n < 8 && ws[k].Lower != "," && ws[k].Lower != "and"; n++ {
				if isDigits(ws[k].Lower) || ws[k].Lower == ";" || ws[k].Lower == ":" || isQuote(ws[k].Lower) || inCounts(out, ws[k].Start) {
					k = len(ws)
					break
				}
				k++
			}
			if k >= len(ws) {
				break
			}
			m := k + 1
			if ws[k].Lower == "," && m < len(ws) && ws[m].Lower == "and" {
				m++
			}
			if m >= len(ws) || c.inDate(ws[m].Start) {
				break
			}
			am, ok := amountAt(ws, m)
			if !ok || am.n == nil || am.article || am.first != m || am.last+1 >= len(ws) || !elidedPrepositions[ws[am.last+1].Lower] {
				break
			}
			start, end := ws[am.first].Start, ws[am.last].End
			taken := false
			for _, o := range out {
				if o.Start < end && start < o.End {
					taken = true
				}
			}
			if taken {
				break
			}
			member := prev
			member.Start, member.End = start, end
			member.N, member.NMax = am.n, am.nMax
			if peopleItems[member.Item] {
				// where the phrase after the member places it
				stop := am.last + 1
				for stop < len(ws) && stop < am.last+8 && ws[stop].Lower != "," && ws[stop].Lower != "and" {
					stop++
				}
				if stop >= len(ws) {
					stop = len(ws) - 1
				}
				if side := c.placeWithin(ws[am.last+1].Start, ws[stop].End); side != "" && side != prev.Owner && c.placeWithin(prev.Start, ws[m].Start) != "" {
					member.Owner = side
				}
			}
			more = append(more, member)
			prev = member
			j = am.last + 1
		}
	}
	return more
}

// inCounts reports whether offset off lies inside one of the counts.
func inCounts(out []parallax.Count, off int) bool {
	for _, o := range out {
		if o.Start <= off && off < o.End {
			return true
		}
	}
	return false
}

// wordStartingAt is the index of the word of ws that starts at byte off,
// or -1 when none does.
func wordStartingAt(ws []words.Word, off int) int {
	for j := range ws {
		if ws[j].Start == off {
			return j
		}
	}
	return -1
}

// appositivesLeftOut drops the counts of an appositive that spells out
// who the people of the count just before were ("Two people, a Saudi
// citizen and a Yemeni resident, were killed"): its members, set off by
// commas right after the count and adding up to its number, are the same
// people, not more.
func appositivesLeftOut(ws []words.Word, out []found) []found {
	for i := 0; i+1 < len(out); i++ {
		whole := out[i]
		if whole.N == nil || !peopleItems[whole.Item] {
			continue
		}
		j := wordStartingAt(ws, out[i+1].Start)
		if j < 1 || ws[j-1].Lower != "," || ws[j-1].Start < whole.End || wordsBetween(ws, whole.End, ws[j-1].Start) != "" {
			continue
		}
		// the members: people counts joined by commas or "and", up to
		// the comma that closes the appositive
		sum, k := 0, i+1
		for ; k < len(out) && out[k].N != nil && peopleItems[out[k].Item] && out[k].Item == whole.Item; k++ {
			if k > i+1 {
				gap := strings.Trim(wordsBetween(ws, out[k-1].End, out[k].Start), " ,")
				if gap != "" && gap != "and" {
					break
				}
			}
			sum += *out[k].N
			if sum >= *whole.N {
				k++
				break
			}
		}
		last := out[k-1]
		if sum != *whole.N || k-1 <= i {
			continue
		}
		if e := wordStartingAt(ws, last.End); e < 0 {
			// the member's span ends inside a word: look for the word
			// after it
			for e = range ws {
				if ws[e].Start >= last.End {
					break
				}
			}
			if e >= len(ws) || ws[e].Lower != "," {
				continue
			}
		} else if ws[e].Lower != "," {
			continue
		}
		out = append(out[:i+1], out[k:]...)
	}
	return out
}

// memberLink are the words between two members of a list of people ("a
// woman and her two children").
var memberLink = map[string]bool{"": true, "and": true, "and his": true, "and her": true, "and their": true, "and its": true}

// firstPersonDeed reports whether the outcome word at, which comes before
// the count starting at offset start, has a first-person subject: "we" or
// "our" before it in its clause ("Our forces also captured", "we have
// destroyed"), with no comma, number or other noun phrase's verb between.
func firstPersonDeed(ws []words.Word, at, start int) bool {
	if at < 1 || ws[at].Start >= start {
		return false
	}
	for j := at - 1; j >= 0 && at-j <= 5; j-- {
		w := ws[j].Lower
		if w == "we" || w == "our" {
			return true
		}
		if isPunct(w) || isDigits(w) || w == "that" || w == "and" {
			return false
		}
	}
	return false
}

// ownPeopleAt reports whether the count at offset start is the figure "at"
// which a phrase of one's own people is put ("put the number of its own
// fighters killed at 102", "put their own dead at 40"): "its", "their" or
// "our" and "own" before it in its clause, within ten words.
func ownPeopleAt(ws []words.Word, start int) bool {
	k := wordStartingAt(ws, start)
	if k < 1 {
		return false
	}
	j := k - 1
	for j >= 0 && numberLead[ws[j].Lower] && ws[j].Lower != "at" {
		j-- // "at least", "about"
	}
	if j < 2 || ws[j].Lower != "at" {
		return false
	}
	for m := j - 1; m >= 1 && j-m <= 10; m-- {
		w := ws[m].Lower
		if isPunct(w) || isDigits(w) {
			return false
		}
		if w == "own" {
			p := ws[m-1].Lower
			return p == "its" || p == "their" || p == "our"
		}
	}
	return false
}

// shareMembersLeftOut drops a count set off right after a share of a toll
// ("One of the wounded, a navy sailor, lost his thumb"): the appositive
// says who that one of the people already counted is, no more people.
func shareMembersLeftOut(ws []words.Word, out []found) []found {
	kept := out[:0]
	for _, f := range out {
		j := wordStartingAt(ws, f.Start)
		if j >= 4 && peopleItems[f.Item] && ws[j-1].Lower == "," && amongNouns[ws[j-2].Lower] != "" &&
			ws[j-3].Lower == "the" && ws[j-4].Lower == "of" {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// membersLeftOut drops the people a sentence names as members of a whole
// counted just before them: after a copula that makes them its
// complement ("two of the dead were a doctor and a paramedic": as many as
// the whole), or set off after it and closed by "among them" ("killed 10
// people, a woman and her two children among them": fewer than the
// whole). They are some of the same people, not more of them; a share in
// a clause of its own with its own number ("seven of the dead were
// children") is kept.
func membersLeftOut(ws []words.Word, out []found) []found {
	for i := 0; i+1 < len(out); i++ {
		whole := out[i]
		if !peopleItems[whole.Item] {
			continue
		}
		link := strings.TrimSpace(wordsBetween(ws, whole.End, out[i+1].Start))
		copula := link == "were" || link == "are"
		for _, n := range []string{"dead", "wounded", "killed", "injured", "victims"} {
			copula = copula || link == "of the "+n+" were" || link == "of the "+n+" are"
		}
		// (",": "killed 10 people, a woman ... among them"; a verb may
		// stand before the comma: "12 people were killed, two
		// soldiers ... among them")
		if !copula && !(strings.HasSuffix(link, ",") && len(strings.Fields(link)) <= 3) {
			continue
		}
		sum, k, articles := 0, i+1, true
		for ; k < len(out) && out[k].N != nil && peopleItems[out[k].Item]; k++ {
			if k > i+1 && !memberLink[strings.Trim(wordsBetween(ws, out[k-1].End, out[k].Start), " ,")] {
				break
			}
			sum += *out[k].N
			if j := wordStartingAt(ws, out[k].Start); j < 0 || ws[j].Lower != "a" && ws[j].Lower != "an" {
				articles = false
			}
		}
		if k-1 <= i {
			continue
		}
		last := out[k-1]
		e := -1
		for j := range ws {
			if ws[j].Start >= last.End {
				e = j
				break
			}
		}
		switch {
		case copula:
			// (only people named one by one: "the wounded were 12
			// soldiers" names the whole anew)
			if whole.N == nil || sum != *whole.N || !articles || k-1 == i+1 || e < 0 || !isPunct(ws[e].Lower) && ws[e].Lower != "who" && ws[e].Lower != "whom" {
				continue
			}
		default:
			if whole.N != nil && sum >= *whole.N || e < 0 || e+1 >= len(ws) || ws[e].Lower != "among" || ws[e+1].Lower != "them" {
				continue
			}
		}
		out = append(out[:i+1], out[k:]...)
	}
	return out
}

// partHedges are the words that may stand between "including" and the
// number of a part: "including at least two children".
var partHedges = map[string]bool{"at": true, "least": true, "about": true, "some": true, "nearly": true,
	"almost": true, "around": true, "more": true, "than": true, "over": true, "up": true, "to": true,
	// ("five relatives, among them his two daughters")
	"his": true, "her": true, "their": true, "its": true}

// partsLeftOut drops the parts of a whole counted just before them in the
// same phrase: "killed 11 people, including four children", "three tanks,
// including a Leopard", "21 fighters were captured, among them a
// commander". The part is some of the same people or machines, not more of
// them; a share stated in a clause of its own ("seven of the dead were
// children") is kept, and so is a part of another item than its whole
// ("installations, including 12 air defence systems": the whole is no
// count).
func partsLeftOut(ws []words.Word, out []found) []found {
	sameKind := func(whole, part found) bool {
		if peopleItems[part.Item] {
			return peopleItems[whole.Item]
		}
		return whole.Item == part.Item
	}
	kept := out[:0:0]
	var whole *found               // the last count that is no part
	lastPart, partEnd := false, -1 // whether the last count was a part, and where it ended
	for i := range out {
		f := out[i]
		j := wordStartingAt(ws, f.Start)
		for j > 0 && partHedges[ws[j-1].Lower] {
			j--
		}
		part := false
		if j >= 1 && whole != nil && sameKind(*whole, f) {
			w := ws[j-1].Lower
			switch {
			case w == "including" || (w == "them" || w == "whom") && j >= 2 && ws[j-2].Lower == "among":
				part = true
			case (w == "and" || w == ",") && lastPart && j >= 2 && ws[j-2].End == partEnd && f.head != "others" && f.head != "other":
				// "including a priest and two children" (not "including
				// seven civilians, had been killed and 200 wounded");
				// "including three Rafales, a Su-30 and a MiG-29": the
				// list of parts goes on after a comma
				part = true
			}
		}
		lastPart, partEnd = part, f.End
		if part {
			continue
		}
		kept = append(kept, f)
		whole = &kept[len(kept)-1]
	}
	return kept
}

// wordsBetween returns the lower-case words of ws that lie between the
// offsets a and b, joined by spaces.
func wordsBetween(ws []words.Word, a, b int) string {
	var parts []string
	for _, w := range ws {
		if w.Start >= a && w.End <= b {
			parts = append(parts, w.Lower)
		}
	}
	return strings.Join(parts, " ")
}

// crewCount reports whether a count's words name the crew of a craft:
// "two crew members", "both pilots".
func crewCount(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "crew", "crewmen", "crewman", "crewmembers", "pilot", "pilots", "co-pilot", "navigator":
			return true
		}
	}
	return false
}

// seafarers reports whether a people count is of a ship's crew: "three
// crew members", "two sailors", "four seafarers".
func seafarers(text, head string) bool {
	switch head {
	case "sailors", "sailor", "seafarers", "seafarer", "seamen", "seaman", "mariners", "crew", "crewmen", "crewmembers":
		return true
	}
	return head == "members" && strings.Contains(strings.ToLower(text), "crew members")
}

// merchantVessels name a ship of trade, whose crew no party owns.
var merchantVessels = []string{"bulk carrier", "tanker", "cargo ship", "container ship", "merchant", "freighter",
	"-flagged", "shipping", "commercial vessel", "commercial ship"}

// warshipWords name a navy's ship, whose crew are its state's.
var warshipWords = []string{"warship", "navy", "naval vessel", "frigate", "destroyer", "cruiser", "corvette", "landing ship", "patrol boat", "submarine"}

// merchantShipping reports whether sentence si, or the one before, tells
// of a merchant ship and names no warship.
func (c *context) merchantShipping(si int) bool {
	text := strings.ToLower(c.sentText(si))
	if si > 0 {
		text = strings.ToLower(c.sentText(si-1)) + " " + text
	}
	for _, w := range warshipWords {
		if strings.Contains(text, w) {
			return false
		}
	}
	for _, w := range merchantVessels {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// hurtAfter reports whether a "with" phrase of wounds starts at ws[k]:
// "with burns", "with gunshot wounds", "with minor injuries".
func hurtAfter(ws []words.Word, k int) bool {
	// (past a place: "to a hospital in Leh with fractures")
	for n := 0; k < len(ws) && n < 4 && ws[k].Lower != "with" && ws[k].Lower != "for" && !isPunct(ws[k].Lower); n++ {
		k++
	}
	if k >= len(ws) || ws[k].Lower != "with" && ws[k].Lower != "for" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		switch ws[j].Lower {
		case "burns", "injuries", "wounds", "fractures", "shrapnel", "injury":
			return true
		}
	}
	return false
}

// nearHospital reports whether "hospital" or "hospitals" is among the four
// words from ws[k] on, before any punctuation ("in hospitals in Kursk",
// "at the district hospital").
func nearHospital(ws []words.Word, k int) bool {
	for j := k; j < len(ws) && j < k+4 && !isPunct(ws[j].Lower); j++ {
		if w := ws[j].Lower; w == "hospital" || w == "hospitals" {
			return true
		}
	}
	return false
}

// pastTotality returns the index after an adverb of totality at ws[k]
// that may stand between people and their verb ("eight personnel in total
// were hurt", "six soldiers in all were killed"), else k.
func pastTotality(ws []words.Word, k int) int {
	if k+1 < len(ws) && ws[k].Lower == "in" && (ws[k+1].Lower == "total" || ws[k+1].Lower == "all") {
		return k + 2
	}
	if k < len(ws) && (ws[k].Lower == "altogether" || ws[k].Lower == "overall") {
		return k + 1
	}
	return k
}

// pastSetOffPart returns the index after a part set off by commas right
// at ws[k] that names a share of the people before ("17 people, including
// four children, were ...", "..., among them two medics, were ..."), else k.
func pastSetOffPart(ws []words.Word, k int) int {
	if k+1 >= len(ws) || ws[k].Lower != "," || ws[k+1].Lower != "including" && ws[k+1].Lower != "among" {
		return k
	}
	for j := k + 2; j < len(ws) && j <= k+10; j++ {
		if ws[j].Lower == "," {
			return j + 1
		}
		if isPunct(ws[j].Lower) {
			break
		}
	}
	return k
}

// attemptNouns after a noun of killing or taking make it an attempt, not
// a deed: "two assassination attempts", "a kidnapping bid", "murder plots".
var attemptNouns = map[string]bool{"attempt": true, "attempts": true, "bid": true, "bids": true, "plot": true,
	"plots": true, "threat": true, "threats": true}

// counterfactual reports whether the outcome word at ws[at] is said of
// what would have happened and did not: "could have killed", "would have
// been destroyed", "should have died" ("may have been killed" is a toll
// not yet confirmed, and stays).
func counterfactual(ws []words.Word, at int) bool {
	if at < 2 {
		return false
	}
	k := at - 1
	if ws[k].Lower == "been" {
		k--
	}
	if k < 1 || ws[k].Lower != "have" {
		return false
	}
	switch ws[k-1].Lower {
	case "could", "would", "should", "'d":
		return true
	}
	return false
}

// materielAntecedent returns the item of the last materiel noun phrase
// with a number in digits or words before word k ("17 Shahed drones") and
// the index of its number, "" and -1 when there is none.
func (s *Stage) materielAntecedent(ws []words.Word, k int) (string, int) {
	for j := k - 1; j >= 1; j-- {
		if w := ws[j].Lower; w == ";" || w == "." {
			break
		}
		e, n := phraseAt(s.items, s.firstLen(ws, j), ws, j)
		if n == 0 || e.people || e.item == "none" {
			continue
		}
		for a := j - 1; a >= 0 && j-a <= 3; a-- {
			if w := ws[a].Lower; isDigits(strings.ReplaceAll(w, ",", "")) || units[w] > 0 {
				return e.item, a
			}
		}
	}
	return "", -1
}

// madeBy reports whether one of the modifiers names where materiel was
// made or who gave it: "US-made", "Western-supplied", "Iranian-built".
func madeBy(ws []words.Word, modifiers []int) bool {
	for _, j := range modifiers {
		w := ws[j].Lower
		for _, suf := range []string{"-made", "-supplied", "-provided", "-built", "-donated", "-manufactured", "-produced"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

// designation reports whether the number of amount am is part of a
// model's name, as in "an Israeli Hermes 450 drone" or "a Heron 1": a
// number in digits right after a capitalised word inside the sentence,
// that a word of the phrase's article or a capitalised run leads to, and
// no capitalised word after it (a headline in title case, "Strikes Kill
// 558 In Lebanon", keeps its numbers).
func designation(ws []words.Word, am amount) bool {
	i := am.first
	if i < 2 || am.last != i || !isDigits(strings.ReplaceAll(ws[i].Lower, ",", "")) || !startsUpper(ws[i-1].Text) {
		return false
	}
	if i+1 < len(ws) && startsUpper(ws[i+1].Text) {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 4; k-- {
		switch w := ws[k].Lower; {
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || units[w] > 0 || isDigits(strings.ReplaceAll(w, ",", "")):
			return true
		case !startsUpper(ws[k].Text):
			return false
		}
	}
	return false
}

// sharePrefix reports whether a sentence opens with the people of the one
// before: "Of those, ...", "Of them", "Among them".
func sharePrefix(ws []words.Word) bool {
	if len(ws) < 3 {
		return false
	}
	a, b := ws[0].Lower, ws[1].Lower
	return (a == "of" || a == "among") && (b == "those" || b == "them" || b == "these" || b == "whom")
}

// prevPeopleOwner returns the owner of the last people count of the
// sentence before si, "" when it has none.
func prevPeopleOwner(doc *parallax.Document, ctx *context, si int) string {
	if c := prevPeopleCount(doc, ctx, si); c != nil {
		return c.Owner
	}
	return ""
}

// prevCapturedOwner returns the owner of the last count of captives in
// the three sentences before si, "" when there is none.
func prevCapturedOwner(doc *parallax.Document, ctx *context, si int) string {
	for i := len(doc.Counts) - 1; i >= 0; i-- {
		c := &doc.Counts[i]
		if k := ctx.sentenceOf(c.Start); k < si-3 {
			return ""
		} else if k < si && c.Item == "captured" && c.Owner != "" {
			return c.Owner
		}
	}
	return ""
}

// pilotNouns are the heads of counts of aircrew.
var pilotNouns = map[string]bool{"pilot": true, "pilots": true, "airman": true, "airmen": true, "aviator": true, "aviators": true, "co-pilot": true}

// downedAircraftOwner returns the owner of the last aircraft or
// helicopter brought down (shot down or destroyed) told in sentence si
// before its counts out, or in the four sentences before it: the side
// whose crews could be taken. Where speaker has a side, only an aircraft
// of another side counts (the enemy's, whose pilots the speaker's side
// took). "" when there is none.
func downedAircraftOwner(doc *parallax.Document, ctx *context, si int, out []parallax.Count, speaker string) string {
	ok := func(c *parallax.Count) bool {
		return (c.Item == "aircraft" || c.Item == "helicopter") && (c.Outcome == "shot_down" || c.Outcome == "destroyed") &&
			c.Owner != "" && c.Owner != speaker
	}
	for i := len(out) - 1; i >= 0; i-- {
		if ok(&out[i]) {
			return out[i].Owner
		}
	}
	for i := len(doc.Counts) - 1; i >= 0; i-- {
		c := &doc.Counts[i]
		if k := ctx.sentenceOf(c.Start); k < si-4 {
			return ""
		} else if k < si && ok(c) {
			return c.Owner
		}
	}
	return ""
}

// prevPeopleCount returns the last people count of the sentence before
// si, nil when it has none.
func prevPeopleCount(doc *parallax.Document, ctx *context, si int) *parallax.Count {
	for i := len(doc.Counts) - 1; i >= 0; i-- {
		c := &doc.Counts[i]
		switch k := ctx.sentenceOf(c.Start); {
		case k < si-1:
			return nil
		case k == si-1 && peopleItems[c.Item]:
			return c
		}
	}
	return nil
}

// placeHeading reports whether sentence si opens with a place and a colon,
// as the lines of a tally by place do ("Kharkiv Oblast: 3 killed").
func placeHeading(ctx *context, si int) bool {
	ws := ctx.sents[si].Words
	for j := 1; j < len(ws) && j <= 5; j++ {
		if ws[j].Lower != ":" {
			continue
		}
		for _, p := range ctx.doc.Places {
			if ws[0].Start <= p.Start && p.End <= ws[j].Start {
				return true
			}
		}
		return false
	}
	return false
}

// claimant returns the side that claims count f of sentence si: the
// speaker of the claim it stands in, the party that "claimed to have"
// done it in its own clause (which then replaces the claim), or the
// announcer of a death.
func claimant(ctx *context, si int, f *found) string {
	ws := ctx.sents[si].Words
	if si < ctx.headlines && f.inClaim != nil && partBetween(ws, f.End, f.inClaim.Cue.Start) {
		// "Strike kills four; Tigray Army says it repulsed offensive": a
		// headline's count outside the cue's part is told by no one
		// (whose the losses are is still worked out from the sides the
		// headline sets against each other)
		f.untold = true
	}
	speaker := ""
	if f.inClaim != nil {
		speaker = ctx.speakerSide(f.inClaim)
	}
	if side, cue, ok := ctx.claimedTo(si, f.outcomeAt); ok && (f.inClaim == nil || f.inClaim.Cue.Start != ws[cue].Start) {
		// "..., while Armenia claimed to have killed more than 200":
		// the claimant of the clause, not another speaker of the
		// sentence.
		f.inClaim, f.Claim, speaker = nil, "", side
	}
	if side := nominalClaimant(ctx, si, f.Start); side != "" {
		// "rejected Baku's claim that 20 soldiers had been killed",
		// "dismissed claims by the Armenian ministry that a jet had
		// been shot down": the party whose claim it is, not the one
		// that rejects it
		return side
	}
	if speaker == "" && f.inClaim != nil && ctx.ownFirstPerson(si) {
		// "Air Vice Marshal R.G.K. Kapoor: ... Two of our soldiers were
		// injured": a speaker of no known side who says "our" in a
		// briefing's own words speaks for its author
		if side := ctx.authorSide(); side != "" {
			return side
		}
	}
	if cl := f.inClaim; speaker == "" && cl != nil && cl.Speaker.Text != "" && !pronoun(cl.Speaker.Text) && !documentNoun(cl.Speaker.Text) {
		// "The Russian independent outlet Mediazona has confirmed the
		// names of 45,123 Russian soldiers killed": a speaker named in
		// the sentence who is no party gives the figure, not a party
		// named in its words
		return ""
	}
	if speaker == "" && f.inClaim == nil {
		if side := accordingToParty(ctx, si, f.End); side != "" {
			// "killing about 1,200 people, according to Israeli
			// tallies": the party whose figures they are
			speaker = side
		}
	}
	if speaker == "" && peopleItems[f.Item] {
		// "The UN revised the number of women killed to 4,959": the
		// party that revises or puts a toll gives it.
		if side := ctx.tollReviser(si, f.Start); side != "" {
			speaker = side
		}
	}
	if speaker == "" && f.nominal && f.Item == "killed" {
		// "X announced the death of one of its sailors": the
		// announcer speaks, whether or not a claim was found.
		if side, ok := ctx.announcement(si); ok {
			speaker = side
		}
	}
	return speaker
}

// tallyNouns are the figures a party keeps, after "according to" and its
// demonym.
var tallyNouns = map[string]bool{"tallies": true, "tally": true, "figures": true, "count": true, "counts": true,
	"data": true, "estimates": true, "statistics": true}

// accordingToParty returns the side of "according to <party> tallies"
// (or figures, data...) after offset end in sentence si, "" when there is
// no such phrase.
func accordingToParty(ctx *context, si, end int) string {
	ws := ctx.sents[si].Words
	for j := 1; j+2 < len(ws); j++ {
		if ws[j].Start < end || ws[j-1].Lower != "according" || ws[j].Lower != "to" {
			continue
		}
		for k := j + 1; k < len(ws) && k <= j+3; k++ {
			if tallyNouns[ws[k].Lower] {
				for m := j + 1; m < k; m++ {
					if side := ctx.sideAt(si, m); side != "" {
						return side
					}
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// claimNouns name a claim that a clause after "that" spells out.
var claimNouns = map[string]bool{"claim": true, "claims": true, "assertion": true, "assertions": true,
	"allegation": true, "allegations": true}

// nominalClaimant returns the side whose claim, named by a noun, holds the
// count that starts at offset start: "X's claim that ...", "claims by X
// that ..."; "" when the count stands in no such clause or its party is
// not named.
func nominalClaimant(ctx *context, si, start int) string {
	ws := ctx.sents[si].Words
	at := -1
	for j := range ws {
		if ws[j].Start >= start {
			break
		}
		if ws[j].Lower == "that" {
			at = j
		}
	}
	if at < 2 {
		return ""
	}
	for j := at + 1; j < len(ws) && ws[j].Start < start; j++ {
		if w := ws[j].Lower; w == ";" || w == "." {
			return "" // (another sentence part)
		}
	}
	k := at - 1
	if claimNouns[ws[k].Lower] {
		// "Baku's claim that": the possessor right before the noun
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			if side := ctx.sideAt(si, j); side != "" {
				return side
			}
			if w := ws[j].Lower; w != "'s" && w != "’s" && !startsUpper(ws[j].Text) {
				break
			}
		}
		return ""
	}
	// "claims by the Armenian Defense Ministry that"
	for j := k; j >= 1 && k-j <= 6; j-- {
		if ws[j].Lower == "by" {
			if !claimNouns[ws[j-1].Lower] {
				return ""
			}
			for m := j + 1; m < at; m++ {
				if side := ctx.sideAt(si, m); side != "" {
					return side
				}
			}
			return ""
		}
		if isPunct(ws[j].Lower) {
			return ""
		}
	}
	return ""
}

// ownerFromParties works out the owner of count f, which names none, from
// who did it and who tells it (speaker): a party's own losses, its
// opponent's, or the party the sentence names as attacked; "" when none
// of these applies.
func (s *Stage) ownerFromParties(ctx *context, si int, f found, speaker string) string {
	if own := s.ownDamagedMateriel(ctx, si, f, speaker); own != "" {
		return own
	}
	agent := f.agent
	if f.agent == "" && !peopleItems[f.Item] && s.states[speaker] && !s.deFacto[speaker] && hostileSubject(ctx.sents[si].Words, f.outcomeAt) {
		// "A military source said the attackers also seized two
		// armored vehicles": what a state's enemy took or destroyed
		// was the state's, not taken by the state from its enemy
		return speaker
	}
	if !f.agentSet && f.inClaim != nil && !f.nominal && !f.civilian {
		// "claimed that [it] had destroyed...", but a speaker
		// telling of civilians killed ("the strike killed five
		// civilians, officials said") is not who killed them
		agent = speaker
	}
	switch {
	case f.nominal && f.agent == "" && f.civilian:
		// Civilians killed are not the speaker's losses unless a
		// modifier says so: sentenceCounts places them where they were hit.
	case f.nominal && f.agent == "" && f.stateForce && speaker != "" && !s.states[speaker]:
		// An armed group tells of soldiers or police killed
		// ("the Taliban said 15 police officers were killed"):
		// its enemy's.
		return ctx.opponent(speaker)
	case f.nominal && f.agent == "" && f.armed && s.states[speaker]:
		// A state tells of militants killed: not its own.
	case f.nominal && f.agent == "" && hostileNouns[f.head] && speaker != "":
		// "The mission said its troops had recovered the bodies of four
		// attackers": those who attacked the teller are not its own,
		// whoever tells it (a UN mission, an armed group)
	case f.nominal && f.agent == "" && speaker != "" && !s.states[speaker] && !f.armed && !f.stateForce && len(ctx.attackers(si)) > 0 && !ctx.attackers(si)[speaker]:
		// A group's or de facto authority's body counts the dead of
		// another party's attack ("An Israeli airstrike ... left 20 dead,
		// the civil defence agency said"): the people of where they were
		// hit, not the group's own losses
		return ctx.placeSide(si, s.countryCodes, ctx.attackers(si))
	case f.nominal && f.agent == "":
		// "the death of two contractors", "soldiers were killed": a
		// party reports its own losses.
		return speaker
	case f.Outcome == "lost":
		return agent
	case f.stateForce && f.agent == "" && !f.ownerNamed && s.states[speaker] && ctx.fightersOf(si, speaker):
		// "Kosovo police said a gunfight with Serb gunmen killed a
		// police officer": police or soldiers a state tells of, lost in
		// a fight with gunmen a demonym names, are its own (the gunmen
		// have no police)
		return speaker
	case !f.civilian && peopleItems[f.Item] && len(ctx.targets[si]) > 0 && ctx.targets[si][0] != agent && ctx.targets[si][0] != speaker:
		// People killed in an attack on a party named in the
		// sentence ("strikes against ISIS killed 18 militants"):
		// that party's people.
		return ctx.targets[si][0]
	case !f.agentSet && materielOnly[f.Outcome] && len(ctx.targets[si]) > 0 && ctx.targets[si][0] != speaker:
		// No agent named, but the sentence names whom the
		// strikes hit ("These strikes engaged three ISIL units,
		// ... four enemy mortar systems, he added"): that party,
		// rather than the speaker's opponent worked out from the
		// whole article.
		return ctx.targets[si][0]
	case f.civilian && peopleItems[f.Item]:
		// Civilians killed by a party ("Israeli strikes killed 35 people
		// in Gaza") are the people of where they were hit, which
		// sentenceCounts works out, not of an armed group the party
		// fights; the state it fights, where the sentence names no place
		// ("civilians were killed by Armenian shelling").
		if agent == "" {
			break
		}
		attackers := ctx.attackers(si)
		if attackers == nil {
			attackers = map[string]bool{}
		}
		attackers[agent] = true
		if crowdNouns[f.head] {
			// "Iranian security forces shot dead three protesters": a
			// state's forces fire on its own people
			attackers = nil
		}
		if ctx.placeInSentence(si) {
			if side := ctx.placeSide(si, s.countryCodes, attackers); side != "" || ctx.locatedIn(si) {
				return side
			}
			// (the sentence's only places name the speaking body, not
			// where it happened: "A Ukrainian naval drone attack sank a
			// Russian ship, killing 35 crew members, Ukraine's military
			// said")
		}
		if opp := ctx.opponent(agent); s.states[opp] {
			return opp
		}
		return ctx.placeSide(si, s.countryCodes, attackers)
	case agent != "":
		if !peopleItems[f.Item] {
			if o := s.objectParty(ctx, si, f, agent, speaker); o != "" {
				return o
			}
		}
		return ctx.opponent(agent)
	case materielOnly[f.Outcome] || f.Outcome == "captured" && !peopleItems[f.Item]:
		// Materiel hit with no one named as doing it ("five
		// strikes destroyed 16 oil tanker trucks"): it belongs to
		// the party under attack.
		if t := ctx.target(si); t != speaker {
			return t
		}
	}
	return ""
}

// hostileOwnerAfter reports whether the materiel ending at offset end is
// said to be an unnamed armed enemy's: "two pick-ups of the assailants",
// "a howitzer belonging to the terrorists".
func hostileOwnerAfter(ws []words.Word, end int) bool {
	for j := range ws {
		if ws[j].Start < end {
			continue
		}
		k := j
		if k+1 < len(ws) && ws[k].Lower == "belonging" && ws[k+1].Lower == "to" {
			k++
		} else if ws[k].Lower != "of" {
			return false
		}
		if k+2 >= len(ws) || ws[k+1].Lower != "the" {
			return false
		}
		if k+3 < len(ws) && hostileAdjectives[ws[k+2].Lower] && groupNouns[ws[k+3].Lower] {
			return true // "belonging to the terrorist organization"
		}
		return hostileNouns[ws[k+2].Lower] || ws[k+2].Lower == "enemy"
	}
	return false
}

// hostileOwnerAfterList reports whether the materiel ending at offset end
// is a member of a list whose last member is said to be an unnamed armed
// enemy's: "destroyed two tanks and a howitzer belonging to the terrorist
// organization" (the phrase after the last member is the whole list's).
func hostileOwnerAfterList(ws []words.Word, end int) bool {
	j := 0
	for j < len(ws) && ws[j].Start < end {
		j++
	}
	if j+1 >= len(ws) || ws[j].Lower != "and" {
		return false
	}
	if am, ok := amountAt(ws, j+1); !ok || am.first != j+1 {
		return false // "and destroyed two pick-ups of ...": another clause
	}
	for k := j + 1; k < len(ws) && k <= j+6; k++ {
		if w := ws[k].Lower; isPunct(w) || w == "and" {
			return false
		}
		if w := ws[k].Lower; w == "belonging" || w == "of" {
			return hostileOwnerAfter(ws, ws[k].Start)
		}
	}
	return false
}

// hostileAdjectives and groupNouns name an armed enemy as a body: "the
// terrorist organization", "the rebel group".
var hostileAdjectives = map[string]bool{"terrorist": true, "militant": true, "rebel": true, "insurgent": true, "jihadist": true, "extremist": true}
var groupNouns = map[string]bool{"organization": true, "organisation": true, "group": true, "militia": true, "movement": true}

// storyGroup returns the armed group that fighters no word names belong
// to in the story: the one group it names, else the one the state
// speaking fights, else the group it names most ("" when none fits or it
// is who did it).
func (s *Stage) storyGroup(ctx *context, speaker, agent string) string {
	if g := ctx.onlyGroup(s.states); g != "" && g != speaker && g != agent {
		return g
	}
	if speaker == "" {
		return ""
	}
	if opp := ctx.opponent(speaker); opp != "" && (!s.states[opp] || s.deFacto[opp]) && !neutral[opp] && opp != agent {
		return opp
	}
	if g := ctx.mainGroup(speaker); g != "" && g != agent {
		return g
	}
	return ""
}

// listLink reports whether the text between two members of a list is
// only a list separator (", ", " and ", ", and ").
func listLink(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", "and", ", and":
		return true
	}
	return false
}

// enemyNouns name the fighters of a party's enemy as the party itself
// calls them, never its own.
var enemyNouns = map[string]bool{"mercenaries": true, "attackers": true, "assailants": true, "terrorists": true}

// hostileNouns name an armed enemy by what it does, never a party's own
// forces ("our fighters" may be either side's).
var hostileNouns = map[string]bool{"attackers": true, "assailants": true, "militants": true, "insurgents": true,
	"terrorists": true, "rebels": true, "gunmen": true, "jihadists": true, "extremists": true, "bandits": true}

// hostileSubject reports whether the verb at ws[at] has for subject, right
// before it, such an enemy with "the" and no party named ("the attackers
// also seized", "the militants had destroyed").
func hostileSubject(ws []words.Word, at int) bool {
	if at < 2 {
		return false
	}
	k := at - 1
	for n := 0; k > 0 && n < 3 && (auxWords[ws[k].Lower] || ws[k].Lower == "also" || ws[k].Lower == "reportedly"); n++ {
		k--
	}
	return hostileNouns[ws[k].Lower] && ws[k-1].Lower == "the"
}

// diseaseWords name an epidemic or its cases ("outbreak" and "endemic"
// alone do not: "an outbreak of violence", "endemic insecurity").
var diseaseWords = map[string]bool{
	"covid-19": true, "covid": true, "coronavirus": true, "pandemic": true, "epidemic": true, "cholera": true,
	"ebola": true, "mpox": true, "measles": true, "malaria": true, "infections": true, "virus": true,
	"tuberculosis": true, "dengue": true, "influenza": true, "rabies": true,
}

// diseaseToll reports whether a sentence speaks of an epidemic: a disease
// named, or its cases counted beside its deaths ("with over 2,800 cases
// reported ..., claiming more than 500 lives").
func diseaseToll(ws []words.Word) bool {
	cases, deaths := false, false
	for _, w := range ws {
		if diseaseWords[w.Lower] {
			return true
		}
		switch w.Lower {
		case "cases", "infected", "endemic":
			cases = true
		case "lives", "deaths", "fatalities", "died":
			deaths = true
		}
	}
	return cases && deaths
}

// takingVerbs take people captive; killingVerbs kill them. One of each,
// coordinated, say that the same people were taken and killed: "abducted
// and killed", "were kidnapped, tortured and later executed". Killed and
// wounded are not both said of the same people ("killed and wounded 30" is
// one toll of both), so only these pairs count twice.
var (
	takingVerbs = map[string]bool{"kidnapped": true, "abducted": true, "captured": true, "seized": true,
		"detained": true, "kidnapping": true, "abducting": true, "capturing": true, "seizing": true, "detaining": true,
		"arrested": true, "arresting": true}
	killingVerbs = map[string]bool{"killed": true, "executed": true, "murdered": true, "beheaded": true,
		"killing": true, "executing": true, "murdering": true, "beheading": true, "shot dead": true}
)

// coordinated returns the second outcome of a verb of taking coordinated
// with a verb of killing around the outcome word at ws[at] ("kidnapped and
// killed 12", "12 were abducted and later killed"): "captured" or "killed",
// "" when there is none. Between the two verbs only a list of other verbs
// ("tortured"), commas, "and" and adverbs of sequence may stand, and an
// "and" or comma must. When the count is the verbs' object (after), a
// passive verb of the pair has another subject ("He was captured and
// killed three guards": the guards were only killed).
func coordinated(ws []words.Word, at int, object bool) string {
	w := ws[at].Lower
	var want map[string]bool
	other, step := "", 0
	switch {
	case killingVerbs[w]:
		want, other, step = takingVerbs, "captured", -1 // the taking comes first
	case takingVerbs[w]:
		want, other, step = killingVerbs, "killed", 1
	default:
		return ""
	}
	passive := func(j int) bool { return object && j > 0 && passiveAux[ws[j-1].Lower] }
	if passive(at) {
		return ""
	}
	joined := false
	for j, n := at+step, 0; j >= 0 && j < len(ws) && n < 6; j, n = j+step, n+1 {
		v := ws[j].Lower
		switch {
		case want[v]:
			if joined && !passive(j) {
				return other
			}
			return ""
		case v == "and" || v == ",":
			joined = true
		case sequenceWords[v]:
		case strings.HasSuffix(v, "ed") && !startsUpper(ws[j].Text):
			// another verb of the list: "abducted, tortured and killed"
		default:
			return ""
		}
	}
	return ""
}

// sequenceWords are the adverbs between coordinated verbs: "abducted and
// later killed".
var sequenceWords = map[string]bool{"later": true, "then": true, "subsequently": true, "eventually": true,
	"afterwards": true, "brutally": true, "summarily": true, "allegedly": true, "reportedly": true}

// hasCount reports whether out already holds a count of item over c's
// words.
func hasCount(out []parallax.Count, c parallax.Count, item string) bool {
	for _, o := range out {
		if o.Item == item && o.Start < c.End && c.Start < o.End {
			return true
		}
	}
	return false
}

// countAt builds the count whose amount is am, or reports that there is
// none; it returns the index of the count's last word.
func (s *Stage) countAt(ctx *context, si int, am amount) (found, int, bool) {
	sent := ctx.sents[si]
	ws := sent.Words
	// The noun phrase: modifiers, then the item head (the last item word).
	head, hFirst, hLast := itemEntry{}, -1, -1
	trade := false // the head is a plural noun of a trade no item list holds
	var modifiers []int
	np := am.last + 1
	if am.vague && np < len(ws) && (ws[np].Lower == "them" || ws[np].Lower == "those") && ws[am.last].Lower == "of" && ctx.countBefore(si, ws[am.first].Start) {
		// "killed hundreds of people, many of them civilians": a share
		// with no number of the count just told
		return found{}, 0, false
	}
	// A part of a whole: "28 of 35 Russian drones", "12 of its fighters".
	partOf := false // "718 of the drones": a whole named before
	if am.vague && ws[am.last].Lower == "of" && np+1 < len(ws) && ws[np].Lower == "the" {
		// "dozens of the militants", "hundreds of the group's
		// fighters": a vague share of people named by the noun after
		// "the" (and a possessor's name)
		np++
		for k := np; k < len(ws) && k <= np+3; k++ {
			if w := ws[k].Lower; w == "'s" || w == "’s" {
				np = k + 1
				break
			}
			if isPunct(ws[k].Lower) {
				break
			}
		}
		partOf = true
	}
	if np+1 < len(ws) && ws[np].Lower == "of" {
		switch nx := ws[np+1].Lower; {
		case nx == "the" && np+2 < len(ws) && (isDigits(ws[np+2].Lower) || units[ws[np+2].Lower] > 0):
			// "20 of the 25 drones": the whole's number is no count
			if _, last, ok := numberAt(ws, np+2); ok {
				np = last + 1
			}
			partOf = true
		case nx == "the" && np+3 < len(ws) && (ws[np+3].Lower == "'s" || ws[np+3].Lower == "’s"):
			// "two of the group's commanders": the possessor is whose
			// they are, the noun after it their head
			np += 4
			partOf = true
		case nx == "the":
			np += 2 // "three of the attackers"
			partOf = true
		case (nx == "its" || nx == "their" || nx == "our") && np+2 < len(ws) && ws[np+2].Lower == "own" && am.first > 0 &&
			strings.HasPrefix(ws[am.first-1].Lower, "los"):
			// (after the verb only: "grieve the loss of one of their
			// own" tells of no count)
			// "lost seven of their own": a bare count of the subject's
			// people
			if _, k := phraseAt(s.items, s.firstLen(ws, np+3), ws, np+3); k > 0 && np+3 < len(ws) {
				// "had lost seven of its own aircraft": the item
				// after "own" is the head (the owner rule reads "of
				// its own" as the speaker's)
				np += 3
				break
			}
			am.last = np + 2
			np = len(ws)
		case nx == "its" || nx == "their" || nx == "our" || nx == "his" || nx == "her":
			np++
		case nx == "them" || nx == "those" || nx == "us":
			// "Three of them were killed": a bare count of people named
			// before; the pronoun ends it.
			am.last = np + 1
			np = len(ws)
		case isDigits(nx) || units[nx] > 0:
			if _, last, ok := numberAt(ws, np+1); ok {
				np = last + 1
			}
		}
	}
	for j, n := np, 0; j < len(ws) && n < 7; n++ {
		if e, k := phraseAt(s.items, s.firstLen(ws, j), ws, j); k > 0 {
			if hFirst >= 0 && head.people && captiveNouns[ws[j].Lower] {
				break // "took 17 soldiers hostage": the soldiers were taken
			}
			if hFirst >= 0 && head.item == "aircraft" && e.people && (ws[j].Lower == "fighter" || ws[j].Lower == "fighters") {
				// "two MiG-29 fighters", "one MiG-21 fighter": the
				// fighter an aircraft model names is the aircraft, no
				// combatant ("helicopter pilots" stay people)
				hLast = j + k - 1
				j += k
				continue
			}
			for m := hFirst; m >= 0 && m <= hLast; m++ {
				// "two Khawarij commanders": the item word before the
				// head is its modifier, and may name its side
				modifiers = append(modifiers, m)
			}
			head, hFirst, hLast, trade = e, j, j+k-1, false
			j += k
			continue
		}
		w := ws[j].Lower
		if isQuote(w) || w == "-" || (w == "." && j > 0 && ws[j-1].End == ws[j].Start && strings.Contains(ws[j-1].Lower, ".")) {
			j++ // the period that ends "U.S." inside the phrase
			continue
		}
		if hFirst < 0 && ctx.sideAt(si, j) != "" && startsUpper(ws[j].Text) && npStop[w] {
			// "seven IS militants": a party's name, not the verb "is".
			modifiers = append(modifiers, j)
			j++
			continue
		}
		if hFirst >= 0 && genericHeads[w] {
			// "a HIMARS launcher", "two Buk systems": the item word
			// names what the launcher or system is
			if head.item == "drone" && strings.HasPrefix(w, "launcher") {
				// (but "two drone launchers" are no drones, nor any
				// item of ours)
				head = itemEntry{item: "none"}
			}
			hLast = j
			j++
			continue
		}
		if hFirst >= 0 && w == "and" && j+2 < len(ws) && ws[j+1].Lower == "other" {
			// "19,190 tanks and other armored combat vehicles": the
			// wider kind the figure counts
			if e, k := phraseAt(s.items, s.firstLen(ws, j+2), ws, j+2); k > 0 && !e.people && !head.people {
				head, hLast = e, j+2+k-1
				j += 2 + k
				continue
			}
		}
		if hFirst >= 0 && w == "and" && head.item == "tank" && j+1 < len(ws) {
			// "more than 50 tanks and armoured vehicles": one figure
			// for both, the wider kind (as with "and other")
			if e, k := phraseAt(s.items, s.firstLen(ws, j+1), ws, j+1); k > 0 && e.item == "armored_vehicle" {
				head, hLast = e, j+1+k-1
				j += 1 + k
				continue
			}
		}
		if _, k := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); hFirst >= 0 && continuesCompound(ws[j], w) && !npStop[w] && k == 0 {
			// "vehicle bombs", "UAV launch site": the item word was a
			// modifier of another noun; look on for the head.
			hFirst, hLast = -1, -1
		}
		if w == "(" && hFirst < 0 && j > np && j+3 < len(ws) && ws[j+2].Lower == ")" && acronym(ws[j+1].Text) {
			// "120 Ethiopian National Defence Force (ENDF) soldiers":
			// the force's acronym inside its name
			j += 3
			continue
		}
		if (w == "'s" || w == "’s") && j > np && j+1 < len(ws) && startsUpper(ws[j+1].Text) && ctx.sideAt(si, j-1) != "" && ctx.sideAt(si, j-1) == ctx.sideAt(si, j+1) {
			// "Five New People's Army rebels": the possessive inside a
			// party's name, whose words go on after it
			hFirst, hLast = -1, -1
			modifiers = append(modifiers, j-1, j)
			j++
			continue
		}
		if hFirst >= 0 || npStop[w] || isPunct(w) || (npPronouns[w] && j > np) {
			break
		}
		if hFirst < 0 && j == np && np >= 2 && ws[np-1].Lower == "the" && ws[np-2].Lower == "of" && amongNouns[w] != "" {
			// "five of the wounded later died": the people a state
			// names, as a noun
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
			j++
			continue
		}
		if (w == "captured" || w == "abducted" || w == "kidnapped" || w == "wounded" || w == "injured") && hFirst < 0 && j+1 < len(ws) && !npStop[ws[j+1].Lower] &&
			!isPunct(ws[j+1].Lower) && !auxWords[ws[j+1].Lower] && !startsUpper(ws[j].Text) && !outcomeAhead(s, ws, j+1) && (w != "wounded" && w != "injured" || s.peopleNounAhead(ws, j+1)) {
			// "hundreds of captured Congolese soldiers", "several
			// wounded soldiers died": a participle before the noun
			// (taken: a capture; wounded: what they are, while the
			// verb after says what befell them)
			modifiers = append(modifiers, j)
			j++
			continue
		}
		if _, k := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); k > 0 {
			break
		}
		if ageWord(w) {
			modifiers = append(modifiers, j) // "a 62-year-old man"
			j++
			continue
		}
		if isDigits(w) && j > np && designation(ws, amount{first: j, last: j}) {
			// "an Israeli Hermes 450 drone": the model's number
			modifiers = append(modifiers, j)
			j++
			continue
		}
		if calibre(w) {
			modifiers = append(modifiers, j) // "several 105mm howitzers"
			j++
			continue
		}
		if _, ok := units[w]; ok || isDigits(w) {
			break
		}
		if hFirst < 0 && am.article && !am.definite && singularPersonNoun(ws, j) {
			// "An Israeli reservist was wounded": one person named by
			// what they do
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
			j++
			continue
		}
		if hFirst < 0 && pluralPersonNoun(ws, j) {
			// "four traders", "15 miners": people named by what they do,
			// whatever the item lists hold
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
			trade = true
			j++
			continue
		}
		if hFirst < 0 && j == np && ws[j].Lower == "crew" && !am.article && !am.vague && am.n != nil && *am.n > 1 &&
			(j+1 >= len(ws) || npStop[ws[j+1].Lower] || isPunct(ws[j+1].Lower) || postNoun[ws[j+1].Lower] || ws[j+1].Lower == "on" || auxWords[ws[j+1].Lower]) {
			// "killed three crew on a bulk carrier": a number of the crew,
			// the noun standing for its members (not "an artillery crew
			// chief", "the 20-strong crew")
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
			j++
			continue
		}
		modifiers = append(modifiers, j)
		if hFirst < 0 && j == np && s.groupMembers(ctx, si, j) {
			// "killed 30 Taliban", "200 Taliban and affiliated
			// militants were killed": an armed group's one-word name
			// stands for its fighters
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
			j++
			continue
		}
		if ctx.sideAt(si, j) != "" && s.demonymPlural(ctx, si, j) {
			// "Three Americans were killed": a plural demonym is a
			// people noun, and names their side.
			head, hFirst, hLast = itemEntry{item: "person", people: true}, j, j
		}
		j++
	}
	if hFirst >= 0 && hLast+1 < len(ws) && (speechVerbs[ws[hLast+1].Lower] || namedSpeaker(ws, hLast+1)) {
		// "..., killing nine civilians, a doctor said": who speaks is
		// no count; nor with the speaker's name set off after it
		// ("abducted four women, a village head, Musa Dauda, told
		// reporters")
		return found{}, 0, false
	}
	f := found{outcomeAt: -1}
	f.N, f.NMax = am.n, am.nMax
	if am.vague {
		f.N, f.NMax = nil, nil
	}
	last := hLast
	switch {
	case hFirst >= 0 && !head.people:
		out, at := s.materielOutcome(ctx, si, am, hLast)
		if out == "" || am.definite || head.item == "none" {
			return f, 0, false
		}
		if w := ws[at].Lower; (w == "crashed" || w == "crash" || w == "crashes") && head.item == "drone" && crashedInto(ws, at) {
			// "a drone crashed into a block of flats": an attack drone
			// reaching its target, no loss (one that "crashed in Yemen"
			// was lost)
			return f, 0, false
		}
		f.Item, f.Outcome, f.outcomeAt = head.item, out, at
	case hFirst >= 0:
		out, at, nominal := s.peopleState(ws, am.first, hLast, func(j int) bool { return ctx.inCountPhrase(si, j) })
		if out != "" && out != "killed" && !am.definite && !am.article && martyrsNoun(ws[hLast].Lower) && amountBetween(ws, hLast+1, at) {
			// "Iraqi losses were 46 martyrs and 113 wounded": the state
			// after the next number is that number's; the noun itself
			// says these were killed
			out, at, nominal = "killed", hLast, true
		}
		if k := killedFirstOfAlternatives(ws, at); k >= 0 && at < am.first {
			// "had killed, wounded or captured 5,300 troops": a figure of
			// losses of any kind, told as kills (as "killed or wounded")
			out, at = "killed", k
		}
		if out == "" {
			out, at = hospitalised(ctx, si, hLast)
		}
		if out == "" && !am.definite {
			out, at = captiveOutcome(ws, am.first, hLast)
		}
		if out == "" && !am.definite {
			// "paraded hundreds of captured soldiers": a participle of
			// taking before the people's noun
			for _, j := range modifiers {
				if w := ws[j].Lower; (w == "captured" || w == "abducted" || w == "kidnapped") && !freedBefore(ws, am.first) && !freedAfter(ws, hLast) {
					out, at = "captured", j
				}
			}
		}
		if out == "" && !am.definite && prisonersOfWar(ws, hLast) && !freedBefore(ws, am.first) && !freedAfter(ws, hLast) && !swapIn(ws) {
			// "was among 47 prisoners of war": the noun itself says they
			// were taken in fighting (unless they are freed or swapped)
			out, at = "captured", hLast
		}
		if out == "" && !am.definite && !am.article {
			// "the hospital received 28 injured people": a participle of
			// harm before the people's noun, with no verb of their own
			for _, j := range modifiers {
				if w := ws[j].Lower; w == "injured" || w == "wounded" {
					out, at = "wounded", j
				}
			}
		}
		if out == "" && !am.definite && !am.article && ws[hLast].Lower == "martyrs" {
			// "10 martyrs including children": the noun itself says
			// they were killed
			out, at, nominal = "killed", hLast, true
		}
		if out == "" || am.definite && !singularPassive(ws, hLast, at) {
			return f, 0, false
		}
		if out == "captured" && (freedBefore(ws, am.first) || at > hLast && freedLater(ws, at)) {
			// "rescued 11 kidnapped victims": captives set free are no
			// capture of this report; nor "80 students kidnapped from a
			// school in Kaduna were freed on Sunday"
			return f, 0, false
		}
		if am.article && quietDeath(ctx, si, at, hLast) {
			return f, 0, false
		}
		f.Item, f.Outcome, f.outcomeAt, f.nominal = itemOf(out, ws, at), out, at, nominal
		busRiders := strings.HasPrefix(ws[hLast].Lower, "passenger") && (localTransport(ws) || !farTransport(ws) && ctx.ridersOfLocalTransport(si))
		f.stateless = statelessNouns[ws[hLast].Lower] && !busRiders
		f.head = ws[hLast].Lower
		// (people named by their trade, "traders", "miners", are civilians)
		f.civilian = civilianNouns[ws[hLast].Lower] || trade && tradeNoun(ws, hFirst, hLast) ||
			busRiders
		// "three others were wounded": the people of the count before
		f.bare = ws[hLast].Lower == "others"
		if amongNouns[ws[hLast].Lower] != "" {
			// "five of the wounded later died": victims named before
			f.civilian = true
		}
		for _, j := range modifiers {
			if ws[j].Lower == "other" {
				f.bare = true // "four other officers"
			}
		}
		if ws[am.first].Lower == "another" {
			f.bare = true // "and another officer was wounded"
		}
		if w := ws[hLast].Lower; w == "members" || w == "member" {
			for _, j := range modifiers {
				if m := ws[j].Lower; armedNouns[m] || gangWords[m] || strings.TrimSuffix(m, "s") != m && armedNouns[strings.TrimSuffix(m, "s")] {
					// "12 gang members", "militia members": fighters
					f.civilian, f.armed = false, true
				}
			}
		}
		if w := ws[hLast].Lower; (w == "members" || w == "member") && hLast+1 < len(ws) && ws[hLast+1].Lower == "of" {
			// "231 members of the security forces": whose members
			for j := hLast + 2; j < len(ws) && j <= hLast+6; j++ {
				v := ws[j].Lower
				if stateForceNouns[v] || v == "forces" || v == "army" || v == "military" {
					f.civilian, f.stateForce = false, true
					break
				}
				if armedNouns[v] || v == "militia" || v == "group" {
					f.civilian = false
					break
				}
			}
		}
		// prisoners taken ("took 75 prisoners") are fighters whose side
		// only their own words name, like the fighters killed
		f.armed = f.armed || armedNouns[ws[hLast].Lower] || prisonerNouns[ws[hLast].Lower]
		// (or members of the security forces, as found above)
		f.stateForce = f.stateForce || stateForceNouns[ws[hLast].Lower]
	case am.article && !am.definite && len(modifiers) > 0 && personNoun(ws[modifiers[len(modifiers)-1]]) && am.first > 0 && harmStates[activeStates[ws[am.first-1].Lower]]:
		// "killed an American soil scientist": the object of a verb that
		// takes people, headed by a noun that names a person by what they
		// do (-ist, -er, -or, -ian, -ant, -man).
		out := activeStates[ws[am.first-1].Lower]
		f.Item, f.Outcome, f.outcomeAt = out, out, am.first-1
		last = modifiers[len(modifiers)-1]
	case am.definite:
		return f, 0, false
	default:
		if w := ws[am.last].Lower; (w == "them" || w == "those") && !am.article && !am.vague {
			// "attacked Kharkiv with 17 Shahed drones, and air defence
			// units downed 11 of them": a share of the materiel the
			// sentence counted before, owned by who sent it
			if item, a := s.materielAntecedent(ws, am.first); item != "" {
				if out, at := s.materielOutcome(ctx, si, am, am.last); out != "" {
					f.Item, f.Outcome, f.outcomeAt = item, out, at
					f.Start, f.End = ws[am.first].Start, ws[am.last].End
					f.Sentence = ctx.sentText(si)
					f.inClaim = ctx.claimFor(f.Start, f.End, si)
					if f.inClaim != nil {
						f.Claim = parallax.OptionalID(f.inClaim.ID)
					}
					// (whose it is: a side among the antecedent's own
					// words, "five Indian aircraft, three of them Rafale
					// jets"; else who sent it)
					for m := a + 1; m < am.first && f.Owner == ""; m++ {
						if _, n := phraseAt(s.items, s.firstLen(ws, m), ws, m); n > 0 {
							break
						}
						f.Owner = ctx.sideAt(si, m)
					}
					if f.Owner == "" {
						f.Owner = ctx.launcher(si)
					}
					if f.Owner == "" {
						f.Owner = ctx.subjectBefore(si, a)
					}
					f.ownerNamed = f.Owner != ""
					f.agent, f.agentSet = s.agentOf(ctx, si, f, am)
					return f, am.last, true
				}
			}
		}
		if am.article || (am.vague && !vagueNoun[ws[am.last].Lower] && !vagueScale(ws, am) && !stateNounAfterOf(ws, am.last)) || yearLike(ws, am) {
			return f, 0, false
		}
		// A bare number with a state: "at least 12 killed", "killing 12".
		out, at, nominal := s.peopleState(ws, am.first, am.last, func(j int) bool { return ctx.inCountPhrase(si, j) })
		if out == "" {
			out, at = hospitalised(ctx, si, am.last)
		}
		after := at > am.last
		if out != "" && ws[at].Lower == "lives" && am.first > 0 && strings.HasPrefix(ws[am.first-1].Lower, "sav") {
			return f, 0, false // "saved 30 lives"
		}
		if out != "" && at+1 < len(ws) && attemptNouns[ws[at+1].Lower] {
			return f, 0, false // "survived two assassination attempts": no one died
		}
		if am.vague && !after && !(ctx.violent(si) && at >= 0 && activeStates[ws[at].Lower] != "") && !moreOfCounted(ws, am, ctx.countBefore(si, ws[am.first].Start)) {
			// "killing hundreds" is as often of animals or in figures of
			// speech, but not in a sentence about an attack
			return f, 0, false
		}
		if out == "" || (after && at != am.last+1 && !auxWords[ws[am.last+1].Lower]) {
			return f, 0, false
		}
		if out == "captured" && freedBefore(ws, am.first) {
			return f, 0, false // "rescued 11 kidnapped victims"
		}
		if !after && am.last+1 < len(ws) && !(ws[at].Lower == "bodies" && at == am.first-2) {
			// ("the bodies of five of them were found": the bodies name
			// the state, whatever verb follows)
			if nx := ws[am.last+1].Lower; nx == "%" || !(isPunct(nx) || bareFollow[nx]) {
				return f, 0, false
			}
		}
		f.Item, f.Outcome, f.outcomeAt, f.nominal = itemOf(out, ws, at), out, at, nominal
		f.bare = true
		// "recovered six bodies": victims found, as "people" are
		// ("recorded 613 killings": the killings' victims, as "people")
		f.civilian = ws[at].Lower == "bodies" || ws[at].Lower == "killings" || stateNounAfterOf(ws, am.last) // ("received dozens of wounded": victims, as "people" are)
		// "Three of them": who they are is in another sentence.
		f.stateless = ws[am.last].Lower == "them" || ws[am.last].Lower == "those"
		last = am.last
		if after {
			last = at
		}
	}
	f.Start, f.End = ws[am.first].Start, ws[last].End
	f.Sentence = ctx.sentText(si)
	f.inClaim = ctx.claimFor(f.Start, f.End, si)
	if f.inClaim != nil {
		f.Claim = parallax.OptionalID(f.inClaim.ID)
	}
	f.Owner = s.ownerOf(ctx, si, am, modifiers, hLast, f.inClaim)
	if f.Owner != "" && hFirst >= 0 && !head.people && f.inClaim != nil && s.states[f.Owner] && madeBy(ws, modifiers) && !ctx.party(f.Owner) {
		// "four US-made Bradley fighting vehicles": the state that made
		// or gave the materiel, when it speaks in no claim and no speaker
		// fights it, is not who used it; the one the speaker fights is
		// (a bare demonym, "two German Leopard tanks", stays the owner:
		// whose weapon it was is then unsaid)
		if sp := ctx.speakerSide(f.inClaim); sp != "" && sp != f.Owner {
			if opp := ctx.opponent(sp); opp != "" && opp != f.Owner {
				f.Owner = opp
			}
		}
	}
	if k := am.first - 1; f.Owner == "" && k >= 1 && ws[k].Lower == "of" && squadNouns[ws[k-1].Lower] {
		// "a Ukrainian sabotage group of six people": the group's side,
		// fighters rather than civilians
		for j := k - 2; j >= 0 && k-j <= 6 && !isPunct(ws[j].Lower); j-- {
			if side := ctx.sideAt(si, j); side != "" {
				f.Owner, f.civilian = side, false
				break
			}
		}
	}
	if f.Owner == "" && hLast >= 0 && armedNouns[ws[hLast].Lower] {
		// "54 khwarij were killed", "Two separatist fighters were
		// killed": fighters the actor base resolved to their group (a
		// state's own name for one group's fighters among them)
		if side := ctx.sideAt(si, hLast); !s.states[side] {
			f.Owner = side
		}
	}
	if at := f.outcomeAt; f.Owner == "" && at > 0 && (ws[at].Lower == "losses" || ws[at].Lower == "loss") {
		// "Russia's total combat losses have reached ...": whose losses
		whose := func(j int) bool {
			if side := ctx.sideAt(si, j); side != "" {
				f.Owner = side
				return true
			}
			if w := ws[j].Lower; (w == "enemy" || w == "enemy's") && f.inClaim != nil {
				// "enemy losses", "the losses of the enemy": the
				// speaker's opponent's
				f.Owner = ctx.opponent(ctx.speakerSide(f.inClaim))
				return true
			}
			return false
		}
		for j := at - 1; j >= 0 && at-j <= 4; j-- {
			if whose(j) {
				break
			}
		}
		if f.Owner == "" && at+1 < len(ws) && ws[at+1].Lower == "of" {
			// "the losses of the Ukrainian Armed Forces in this
			// direction amounted to": the party the of-phrase names
			for j := at + 2; j < len(ws) && j <= at+6 && j < am.first && !isPunct(ws[j].Lower) && !lossPhraseWords[ws[j].Lower]; j++ {
				if whose(j) {
					break
				}
			}
		}
	}
	if f.Owner == "" && partOf && !head.people {
		// "Russia fired 728 drones ... Air defences downed 718 of the
		// drones": the whole is the one a party launched
		f.Owner = ctx.launcher(si)
	}
	f.ownerNamed = f.Owner != ""
	f.modified = len(modifiers) > 0
	if f.outcomeAt >= 0 && !(f.nominal && f.outcomeAt < am.first) {
		// A noun state ("the death of two contractors") names no agent
		// before it; the parties named there are the reporter's.
		f.agent, f.agentSet = s.agentOf(ctx, si, f, am)
	}
	return f, max(last, am.last), true
}

// genericHeads are nouns after an item word that keep its item: "a HIMARS
// launcher" is artillery, "an S-300 complex" air defence.
var genericHeads = map[string]bool{"launcher": true, "launchers": true, "system": true, "systems": true,
	"complex": true, "complexes": true, "battery": true, "batteries": true,
	// "six field artillery guns", "four field artillery pieces"
	"gun": true, "guns": true, "piece": true, "pieces": true}

// ageWord reports whether w gives an age: "62-year-old", "8-month-old".
func ageWord(w string) bool {
	return isDigits(w) && (strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-month-old") || strings.HasSuffix(w, "-week-old"))
}

// gangWords name armed groups by what they are: "gang members", "militia
// members".
var gangWords = map[string]bool{"gang": true, "militia": true, "cartel": true, "rebel": true, "armed": true,
	"terrorist": true, "jihadist": true, "insurgent": true, "militant": true, "separatist": true}

// speechVerbs are the reporting verbs that follow a speaker's noun phrase.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"reported": true, "stated": true, "explained": true, "recalled": true, "wrote": true}

// namedSpeaker reports whether the words from ws[k] on are a name set off
// by commas and a verb of speech: ", Musa Dauda, told reporters".
func namedSpeaker(ws []words.Word, k int) bool {
	if k >= len(ws) || ws[k].Lower != "," {
		return false
	}
	j := k + 1
	for j < len(ws) && j-k <= 4 && startsUpper(ws[j].Text) && !isPunct(ws[j].Lower) {
		j++
	}
	return j > k+1 && j+1 < len(ws) && ws[j].Lower == "," && speechVerbs[ws[j+1].Lower]
}

// freeVerbs set captives free.
var freeVerbs = map[string]bool{"rescued": true, "rescue": true, "rescues": true, "rescuing": true, "freed": true,
	"free": true, "frees": true, "freeing": true, "released": true, "release": true, "releases": true,
	"releasing": true, "liberated": true, "evacuated": true}

// freedAfter reports whether a verb that sets captives free follows the
// people's noun at hLast within a few words: "40 kidnapped schoolgirls were
// freed", "the abducted pupils who escaped".
func freedAfter(ws []words.Word, hLast int) bool {
	for j := hLast + 1; j < len(ws) && j <= hLast+4; j++ {
		if w := ws[j].Lower; freeVerbs[w] || w == "escaped" || w == "returned" || w == "reunited" {
			return true
		}
	}
	return false
}

// freedLater reports whether the participle of taking at word at, after
// the people's noun ("80 students kidnapped from a school ..."), is
// followed in its clause by a passive verb of setting free ("... were
// freed on Sunday"): the sentence tells of their release.
func freedLater(ws []words.Word, at int) bool {
	if at > 0 && auxWords[ws[at-1].Lower] {
		return false // "were kidnapped": the taking is the main verb
	}
	for j := at + 1; j+1 < len(ws) && j <= at+14; j++ {
		w := ws[j].Lower
		if w == ";" || w == "." || w == "," || w == "and" || w == "but" {
			return false // ("From the 40 people detained, nine were freed")
		}
		if auxWords[w] && freeVerbs[ws[j+1].Lower] {
			return true
		}
	}
	return false
}

// freedBefore reports whether the verb before the amount at word first
// sets its people free ("rescued 11 kidnapped victims", "freed all 20
// abducted pupils").
func freedBefore(ws []words.Word, first int) bool {
	k := first - 1
	for n := 0; k >= 0 && n < 4 && (numberLead[ws[k].Lower] || ws[k].Lower == "all"); n++ {
		k--
	}
	if k >= 0 && freeVerbs[ws[k].Lower] {
		// "demanding the release of 23 fishermen arrested by the navy":
		// a release sought is no release
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if soughtWords[ws[j].Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// soughtWords ask for what follows them rather than report it.
var soughtWords = map[string]bool{"demanding": true, "demanded": true, "demand": true, "demands": true,
	"seeking": true, "sought": true, "urged": true, "urging": true, "for": true, "called": true, "secure": true}

// captiveOutcome returns "captured" and the verb's index when the people
// of a count whose noun phrase runs from word first to head hLast are
// taken or held captive ("took 75 prisoners", "holding 40 hostages",
// "took 30 aid workers hostage"), "" and -1 when they are not.
func captiveOutcome(ws []words.Word, first, hLast int) (string, int) {
	if at := heldInCaptivity(ws, hLast+1, captiveNouns[ws[hLast].Lower]); at >= 0 {
		return "captured", at
	}
	if at := hostagesRemain(ws, hLast); at >= 0 {
		return "captured", at
	}
	if captiveNouns[ws[hLast].Lower] {
		if at := takenAfter(ws, hLast); at >= 0 {
			return "captured", at
		}
	}
	k := first - 1
	for n := 0; k >= 0 && n < 4 && (numberLead[ws[k].Lower] || isQuote(ws[k].Lower)); n++ {
		// (also a quoted figure: 'had taken "more than 4,000" prisoners')
		k--
	}
	if k < 0 || !takeVerbs[ws[k].Lower] {
		return "", -1
	}
	v := ws[k].Lower
	// (a prison holds prisoners: only hostages and captives are held as
	// a capture)
	if captiveNouns[ws[hLast].Lower] && !(strings.HasPrefix(v, "h") && strings.HasPrefix(ws[hLast].Lower, "prisoner")) {
		return "captured", k
	}
	if hLast+1 < len(ws) && captiveNouns[ws[hLast+1].Lower] && v != "seized" {
		return "captured", k
	}
	if hLast+3 < len(ws) && ws[hLast+1].Lower == "and" && captiveNouns[ws[hLast+3].Lower] && v != "seized" {
		// "had taken 35 soldiers and policemen prisoner"
		return "captured", k
	}
	return "", -1
}

// takenAfter returns the index of "taken" when the captives whose noun is
// ws[hLast] are the subject of a passive of taking ("More than 1,000
// prisoners have been taken", a heading's "19,000 prisoners taken"), -1
// otherwise.
func takenAfter(ws []words.Word, hLast int) int {
	k := hLast + 1
	if k+1 < len(ws) && ws[k].Lower == "of" && ws[k+1].Lower == "war" {
		k += 2
	}
	for n := 0; k < len(ws) && n < 3 && takenAuxiliaries[ws[k].Lower]; n++ {
		k++
	}
	if k < len(ws) && ws[k].Lower == "taken" {
		return k
	}
	return -1
}

// fallenElsewhere are the words after "had fallen" that tell another
// fall than death: into hands, to a number, ill, asleep, back.
var fallenElsewhere = map[string]bool{"into": true, "to": true, "ill": true, "sick": true, "asleep": true,
	"silent": true, "back": true, "behind": true, "victim": true, "prey": true, "from": true, "off": true, "out": true,
	"by": true, "below": true, "short": true, "apart": true, "foul": true}

// takenAuxiliaries come between captives and a passive "taken".
var takenAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "been": true, "were": true,
	"was": true, "are": true, "is": true, "being": true, "also": true, "reportedly": true}

// agentClauseBetween reports whether the party named at word j heads a
// relative clause whose verb of harm governs the count at word first ("an
// Israeli strike that killed one of its commanders"): the party is the
// agent, not the owner of what follows.
func (s *Stage) agentClauseBetween(ws []words.Word, j, first int) bool {
	for m := j + 1; m+1 < first; m++ {
		if w := ws[m].Lower; w == "that" || w == "which" {
			_, n := phraseAt(s.outcomes, s.firstLen(ws, m+1), ws, m+1)
			return n > 0
		}
	}
	return false
}

// hedgeParticiples open a clause set off by commas that tells where a
// person was thought to be, not what befell them: "one crewman, believed
// to be below deck at the time, is missing".
var hedgeParticiples = map[string]bool{"believed": true, "thought": true, "understood": true, "presumed": true}

// prisonersOfWar reports whether the people's noun at hLast is "prisoners
// of war" or "POWs": people taken in fighting, not inmates of a prison.
func prisonersOfWar(ws []words.Word, hLast int) bool {
	switch ws[hLast].Lower {
	case "pows", "pow":
		return true
	case "prisoners", "prisoner":
		return hLast+2 < len(ws) && ws[hLast+1].Lower == "of" && ws[hLast+2].Lower == "war"
	}
	return false
}

// swapIn reports whether the sentence tells of an exchange of captives
// ("Kyiv and Moscow swapped 95 prisoners of war each"): the people
// counted are going home, not being taken.
func swapIn(ws []words.Word) bool {
	for _, w := range ws {
		switch w.Lower {
		case "exchange", "exchanged", "exchanges", "swap", "swapped", "swaps", "repatriated", "handed", "returned", "released", "freed":
			return true
		}
	}
	return false
}

// hostagesRemain returns the index of the verb when the hostages or
// captives whose noun is ws[hLast] "remain" or "are still" somewhere ("40
// hostages remain in the tunnels"): a hostage left is a hostage held
// (prisoners are not, who may remain in a prison). -1 otherwise.
func hostagesRemain(ws []words.Word, hLast int) int {
	switch ws[hLast].Lower {
	case "hostages", "hostage", "captives", "captive", "abductees":
	default:
		return -1
	}
	k := hLast + 1
	for n := 0; k < len(ws) && n < 3 && (ws[k].Lower == "still" || ws[k].Lower == "are" || ws[k].Lower == "were" || ws[k].Lower == "is"); n++ {
		k++
	}
	if k >= len(ws) {
		return -1
	}
	switch ws[k].Lower {
	case "remain", "remained", "remains", "remaining":
		return k
	case "in", "inside":
		if k > hLast+1 {
			return k - 1 // "are still in Gaza"
		}
	}
	return -1
}

// heldInCaptivity returns the index of the verb when the words from k on
// say that the people before them are held captive: "were still held in
// Russian captivity", "remain in captivity", "are being held hostage"; -1
// when they do not. Captives (hostages, prisoners) held are held captive
// wherever: "90 hostages are still being held in Gaza".
func heldInCaptivity(ws []words.Word, k int, captive bool) int {
	for n := 0; k < len(ws) && n < 4 && (auxWords[ws[k].Lower] || ws[k].Lower == "being"); n++ {
		k++
	}
	if k >= len(ws) {
		return -1
	}
	switch ws[k].Lower {
	case "held", "kept", "remain", "remained", "remains", "remaining", "languishing", "languish":
		if captive && (ws[k].Lower == "held" || ws[k].Lower == "kept") {
			return k
		}
		if ws[k].Lower == "held" && k+2 < len(ws) && ws[k+1].Lower == "by" && heldByParty(ws, k+2) {
			// "about 500 of its peacekeepers were being held by rebels",
			// "500 peacekeepers held by Sierra Leone rebels": people held
			// by an armed party are its captives
			return k
		}
	case "in":
		// "were still in Russian captivity": the copula before the
		// phrase (checked by the caller's words) holds them there
		if k == 0 || !auxWords[ws[k-1].Lower] {
			return -1
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if w := ws[j].Lower; w == "captivity" {
				return k
			} else if !startsUpper(ws[j].Text) && w != "enemy" {
				return -1
			}
		}
		return -1
	default:
		return -1
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		switch w := ws[j].Lower; {
		case w == "captivity" || w == "captive" || w == "hostage" || w == "hostages" || w == "prisoner" || w == "prisoners":
			return k
		case w == "in" || w == "as" || startsUpper(ws[j].Text):
		default:
			return -1
		}
	}
	return -1
}

// quietDeath reports whether one person, whose noun ends at hLast, "died"
// (the outcome word at) outside violence: "an American student who died
// shortly after his release" is no count, unless a death announcement
// goes before it. A soldier's or a fighter's death is one ("A U.S. soldier
// died Saturday in eastern Afghanistan"): reports give no cause for many
// war deaths.
func quietDeath(ctx *context, si, at, hLast int) bool {
	ws := ctx.sents[si].Words
	switch ws[at].Lower {
	case "died", "dies", "perished":
	default:
		return false
	}
	if ctx.violent(si) || ctx.fighting(si) || inService(ws, hLast) || armedNouns[ws[hLast].Lower] {
		return false
	}
	_, announced := ctx.announcedBefore(si)
	return !announced
}

// objectMarkers are words before a party's name that make it an object
// rather than the agent: a number ("two ISIL units") or a preposition.
func objectMarkers(w string) bool {
	switch w {
	case "against", "on", "at", "targeting":
		return true
	}
	return isDigits(w) || units[w] > 0
}

// continuesCompound reports whether a word after an item word goes on with
// the noun phrase, making the item word a modifier: a lower-case noun-like
// word that is no verb form (-ed, -ing), adverb (-ly), state, auxiliary or
// time word.
func continuesCompound(w words.Word, lower string) bool {
	if w.Text == "" || w.Text[0] < 'a' || w.Text[0] > 'z' {
		return false
	}
	if strings.HasSuffix(lower, "ed") || strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ly") {
		return false
	}
	switch lower {
	case "loyal", "allied", "aligned", "affiliated", "linked", "belonging", "fighting", "aged", // post-modifiers: "gunmen loyal to X"
		"today", "yesterday", "tonight", "overnight", "last", "this", "dead", "alive", "missing", "down",
		"here", "there", "too", "each", "apiece", "total", "altogether", "so", "then", "now", "again", "also",
		// function words open a clause or phrase after the head, never a
		// compound's next noun: "killed 137 soldiers when its fighters
		// overran a base", "40 soldiers across the region"
		"when", "where", "whom", "whose", "because", "although", "though", "unless", "until", "if", "whereas",
		"whether", "once", "amid", "amidst", "despite", "against", "inside", "outside", "across", "along",
		"around", "between", "under", "via", "toward", "towards", "without", "within", "beyond", "behind",
		"through", "throughout", "among", "upon", "onto", "off", "out", "up", "about",
		// verbs of staying: "6,000 soldiers remain in captivity"
		"remain", "remained", "languish", "stay", "stayed",
		// participles not in -ed: "a howitzer made in the United States"
		"made", "built", "sent", "given", "known", "thought",
		// (and of moving and holding people: "14 wounded soldiers flown
		// out by helicopter", "46 wounded brought by road")
		// (not "held": "prisoners held by X" are a state; "taken" ends
		// it, "600 prisoners taken in the battle")
		"taken", "brought", "flown", "found", "seen", "caught", "driven", "shown", "fled", "led",
		// adjectives that take a phrase after the head: "three
		// commanders responsible for the bombings"
		"responsible", "accountable",
		// reflexives: "I counted the bodies of 17 people myself"
		"myself", "himself", "herself", "themselves", "ourselves", "itself", "yourself", "alone":
		return false
	}
	return !auxWords[lower] && !peopleOnlyForms[lower] && !postNoun[lower] && !speechVerbs[lower]
}

// demonymPlural reports whether word j of sentence si is a plural demonym
// standing alone as a noun ("Americans", "Iraqis" before a verb or the end
// of the noun phrase), not a group's name that happens to end in -s.
func (s *Stage) demonymPlural(ctx *context, si, j int) bool {
	ws := ctx.sents[si].Words
	side := ctx.sideAt(si, j)
	if (j > 0 && ctx.sideAt(si, j-1) == side) || (j+1 < len(ws) && ctx.sideAt(si, j+1) == side) {
		return false
	}
	w := ws[j].Lower
	if !(strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ks") || strings.HasSuffix(w, "ds") || strings.HasSuffix(w, "ns") ||
		// "three Serbs", "two Croats", "four Czechs", "five Swedes"
		strings.HasSuffix(w, "bs") || strings.HasSuffix(w, "ts") || strings.HasSuffix(w, "chs") || strings.HasSuffix(w, "des") ||
		// "two Filipinos"
		strings.HasSuffix(w, "nos")) {
		return false
	}
	if j+1 >= len(ws) {
		return true
	}
	nx := ws[j+1].Lower
	_, k := phraseAt(s.outcomes, s.firstLen(ws, j+1), ws, j+1)
	return npStop[nx] || isPunct(nx) || auxWords[nx] || postNoun[nx] || k > 0 || suspectWords[nx]
}

// suspectWords open a reduced relative clause after the people arrested:
// "arrested three Serbs suspected of ...".
var suspectWords = map[string]bool{"suspected": true, "accused": true, "believed": true, "alleged": true, "wanted": true}

// groupMembers reports whether word j of sentence si is an armed group's
// one-word name ending its noun phrase, as a noun for its fighters: the
// next word is a function word, a verb of state or punctuation ("30
// Taliban were killed"), not a noun it modifies ("30 Taliban fighters").
func (s *Stage) groupMembers(ctx *context, si, j int) bool {
	ws := ctx.sents[si].Words
	side := ctx.sideAt(si, j)
	if side == "" || s.states[side] || neutral[side] || side == "NATO" || !startsUpper(ws[j].Text) ||
		(j+1 < len(ws) && ctx.sideAt(si, j+1) == side) || (j > 0 && ctx.sideAt(si, j-1) == side) {
		return false
	}
	if j+1 >= len(ws) {
		return true
	}
	nx := ws[j+1].Lower
	_, k := phraseAt(s.outcomes, s.firstLen(ws, j+1), ws, j+1)
	return npStop[nx] || isPunct(nx) || auxWords[nx] || k > 0
}

// singularPersonNoun reports whether word j is a singular noun of a
// person named by what they do ("reservist", "volunteer", "commander")
// that ends its noun phrase, with a verb of state or an auxiliary after
// it.
func singularPersonNoun(ws []words.Word, j int) bool {
	w := ws[j]
	if strings.HasSuffix(w.Lower, "s") || !personNoun(w) || thingNouns[w.Lower] {
		return false
	}
	if j+1 >= len(ws) {
		return false
	}
	nx := ws[j+1].Lower
	return auxWords[nx] || peopleOnlyForms[nx]
}

// pluralPersonNoun reports whether word j is a plural noun of people named
// by what they do ("traders", "miners", "herders", "journalists",
// "fishermen") that ends its noun phrase: the next word is no noun going on
// with it.
func pluralPersonNoun(ws []words.Word, j int) bool {
	w := ws[j]
	if !strings.HasSuffix(w.Lower, "s") && !strings.HasSuffix(w.Lower, "men") {
		return false
	}
	sing := strings.TrimSuffix(w.Lower, "s")
	if strings.HasSuffix(w.Lower, "men") {
		sing = strings.TrimSuffix(w.Lower, "men") + "man"
	}
	if !personNoun(words.Word{Text: w.Text, Lower: sing}) {
		return false
	}
	if thingNouns[sing] {
		// things, and people nouns the item lists already hold
		return false
	}
	if j+1 < len(ws) {
		if nx := ws[j+1]; nx.Text != "" && nx.Text[0] >= 'a' && nx.Text[0] <= 'z' && continuesCompound(nx, nx.Lower) && !npStop[nx.Lower] {
			return false // "workers union"
		}
	}
	return true
}

// thingNouns end like nouns of people ("-er", "-ant", "-ent") but name
// things, or people the item lists already hold.
var thingNouns = map[string]bool{
	"weather": true, "power": true, "water": true, "number": true, "corner": true, "border": true, "order": true,
	"matter": true, "quarter": true, "member": true, "minister": true, "center": true, "centre": true,
	"computer": true, "paper": true, "monitor": true, "sector": true, "motor": true, "factor": true, "error": true,
	"tractor": true, "reactor": true, "container": true, "shelter": true, "letter": true, "poster": true,
	"banner": true, "helicopter": true, "transporter": true, "carrier": true, "launcher": true, "fighter": true,
	"bomber": true, "tanker": true, "trailer": true, "trucker": true, "ant": true, "plant": true, "grant": true,
	"element": true, "agreement": true, "settlement": true, "government": true, "department": true,
	"movement": true, "parliament": true, "statement": true, "document": true, "segment": true,
	"tournament": true, "instrument": true, "equipment": true, "shipment": true, "payment": true,
	"investment": true, "event": true, "percent": true, "restaurant": true, "giant": true, "constituent": true,
	"talent": true, "moment": true, "comment": true, "incident": true, "accident": true, "president": true,
	"resident": true, "headquarter": true, "chamber": true, "tower": true, "river": true, "summer": true,
	"winter": true, "counter": true, "disaster": true, "cluster": true, "register": true, "bunker": true, "marker": true, "barrier": true,
}

// tradeNoun reports whether the head [hFirst, hLast] is one plural noun of
// people named by a civilian trade ("traders", "miners"): not soldiers,
// fighters, a role in a group ("commanders") or people of no state
// ("passengers").
func tradeNoun(ws []words.Word, hFirst, hLast int) bool {
	w := ws[hLast].Lower
	if hFirst != hLast || !pluralPersonNoun(ws, hLast) || stateForceNouns[w] || armedNouns[w] || statelessNouns[w] {
		return false
	}
	return !roleNouns[strings.TrimSuffix(w, "s")] && !allegianceNouns[strings.TrimSuffix(w, "s")]
}

// allegianceNouns name people by whom they side with or where they come
// from, not by a trade: "loyalists", "defenders", "settlers", "observers"
// killed are no civilians of the place where it happened (settlers and
// observers are often of another state; loyalists and defenders fight).
var allegianceNouns = map[string]bool{
	"loyalist": true, "supporter": true, "defender": true, "partisan": true, "follower": true,
	"sympathizer": true, "sympathiser": true, "settler": true, "observer": true, "monitor": true,
	"volunteer": true, "foreigner": true, "visitor": true, "tourist": true, "pilgrim": true,
	"smuggler": true, "trafficker": true, "hacker": true, "poacher": true,
}

// postNoun are words after a noun phrase that do not go on with it:
// prepositions and adverbs of place ("12 fishermen off the coast").
var postNoun = map[string]bool{"off": true, "across": true, "along": true, "inside": true, "outside": true,
	"around": true, "among": true, "aboard": true, "whose": true, "between": true, "under": true, "behind": true,
	"beyond": true, "within": true, "without": true, "against": true, "toward": true, "towards": true}

// personNoun reports whether a lower-case noun names a person by what they
// do: "scientist", "driver", "doctor", "technician", "servant", "fireman".
func personNoun(w words.Word) bool {
	if w.Text == "" || w.Text[0] < 'a' || w.Text[0] > 'z' || len(w.Lower) < 5 {
		return false
	}
	for _, suf := range []string{"ist", "er", "or", "ian", "ant", "ent", "man", "woman"} {
		if strings.HasSuffix(w.Lower, suf) {
			return true
		}
	}
	return false
}

// itemOf gives the item of a people count from its state word.
func itemOf(outcome string, ws []words.Word, at int) string {
	if ws[at].Lower == "missing" || ws[at].Lower == "unaccounted" || ws[at].Lower == "under" || at+1 < len(ws) && ws[at+1].Lower == "contact" {
		// ("under the rubble": not yet found, dead or alive)
		return "missing" // "lost contact with four soldiers"
	}
	if outcome == "lost" {
		return "killed" // "lost 12 soldiers"
	}
	return outcome
}

// materielOutcome finds the outcome of a materiel count: a passive state
// right after it ("two helicopters were shot down"), else the nearest
// outcome word before it in the clause ("destroyed four helicopters, 15
// drones and 10 tanks").
func (s *Stage) materielOutcome(ctx *context, si int, am amount, hLast int) (string, int) {
	ws := ctx.sents[si].Words
	if at := lostBefore(ws, am.first); at >= 0 {
		// "had lost two helicopters and ... destroyed 12 tanks": the
		// verb of losing right before is the materiel's, whatever verb
		// a later clause holds
		return "lost", at
	}
	if at := lossOfBefore(ws, am.first); at >= 0 {
		// "acknowledged the loss of four aircraft, ... and denied that
		// any other planes had been downed"
		return "lost", at
	}
	if at := putOutOfAction(ws, am.first, hLast); at >= 0 {
		return "destroyed", at // "had put four tanks out of action"
	}
	k := hLast + 1
	if e := s.ofPhraseEnd(ws, k); e != k && auxWords[ws[e].Lower] {
		// "four trucks of the Armenian armed forces were destroyed": the
		// phrase that names whose they are stands between the noun and
		// its verb
		k = e
	}
	if k < len(ws) && (ws[k].Lower == "and" || ws[k].Lower == "or" || ws[k].Lower == ",") {
		// "three carriers and two BMP-2s were captured": the passive
		// after the last member of the list, however long the list, as
		// long as its members keep coming (a comma or "and" every few
		// words).
		for j, since := k+1, 0; j < len(ws) && since <= 8; j, since = j+1, since+1 {
			w := ws[j].Lower
			if w == "that" && (ws[j-1].Lower == "and" || ws[j-1].Lower == ",") {
				break // "and that its gunners had destroyed ...": another clause
			}
			if auxWords[w] && ws[j-1].Lower == "and" {
				// "shot down nine jets and two helicopters since Friday
				// and had lost seven of its own": a second predicate of
				// the subject, not the list's passive
				break
			}
			if auxWords[w] && w != "who" && w != "that" && w != "which" {
				k = j
				break
			}
			if e := s.ofPhraseEnd(ws, j); w == "of" && e != j && auxWords[ws[e].Lower] {
				// "two tanks and three howitzers of the enemy were
				// destroyed": whose the list is, then its verb
				k = e
				break
			}
			if _, n := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); n > 0 && j > k+2 && s.itemEnds(ws, j-1) {
				// "lists 2,934 Russian tanks and 796 Ukrainian tanks
				// destroyed": a participle after the last member is the
				// whole list's
				k = j
				break
			}
			if w == "which" || w == "whom" {
				// "launched 87 drones and two missiles, of which 61
				// drones were shot down": the relative clause's verb is
				// its share's, not the list's
				break
			}
			if w == "," || w == "and" || w == "or" {
				since = 0
				continue
			}
			if isPunct(w) && !isQuote(w) && w != "-" {
				break
			}
		}
	}
	if k < len(ws) && (ws[k].Lower == "launched" || ws[k].Lower == "fired") {
		// "59 of the 63 drones launched by Russia overnight were shot
		// down": the participle phrase of their launch stands between
		// the noun and its verb
		for j := k + 1; j < len(ws) && j <= k+6 && !isPunct(ws[j].Lower); j++ {
			if w := ws[j].Lower; w == "were" || w == "was" || w == "had" || w == "have" {
				k = j
				break
			}
		}
	}
	if k == hLast+1 {
		k = s.relativeClauseVerb(ws, k) // ("a carrier that was sent to ... was destroyed")
	}
	bare := k
	for n := 0; k < len(ws) && n < 3 && auxWords[ws[k].Lower] && !(ws[k].Lower == "left" && k+1 < len(ws) && ws[k+1].Lower == "behind"); n++ {
		k++ // (not "left" of "had been left behind")
	}
	if k+1 < len(ws) && k > bare && ws[k].Lower == "found" {
		k++ // "two Pucarás were found destroyed": the state they were found in
	}
	if k < len(ws) {
		if out, n := phraseAt(s.outcomes, s.firstLen(ws, k), ws, k); n > 0 && !peopleOnlyForms[phrase(ws, k, k+n-1)] && ws[k].Lower != "down" &&
			!(k == bare && (s.activeObject(ws, k+n) || hitObject(ws, k, n))) {
			// ("A drone hit a bus": a verb right after the noun with an
			// object of its own says what the drone did)
			return out, k
		}
	}
	for j := am.last + 1; j < hLast; j++ {
		// "found at least a dozen burned-out armoured vehicles", "two
		// wrecked tanks": an adjective of the noun's own phrase says
		// what befell it, nearer than any verb before
		if out, ok := outcomeAdjectives[ws[j].Lower]; ok {
			return out, j
		}
	}
	if k := am.first - 1; k >= 0 {
		// (over the list before it: "losses have reached 980,000
		// personnel and 10,400 tanks")
		for n := 0; k >= 0 && n < 40 && (numberLead[ws[k].Lower] || ws[k].Lower == "," || ws[k].Lower == "and" || ctx.inCountPhrase(si, k)); n++ {
			k--
		}
		if at := lossesReached(ws, k); at >= 0 {
			return "lost", at // "its losses have reached 10,950 tanks"
		}
	}
	// The verb governs the whole list after it ("destroyed a fighting
	// position, a heavy machine gun, ..., and a mortar"): the distance is
	// counted from the nearest list separator, so a long list stays in
	// reach while a verb many words away in running text does not.
	for k, since := am.first-1, 0; k >= 0 && since <= 25; k, since = k-1, since+1 {
		w := ws[k].Lower
		if w == ";" {
			break
		}
		if w == "," || w == "and" {
			since = min(since, 6)
		}
		if out, first := phraseEndingAt(s.outcomes, s.lastLen(ws, k), ws, k); first >= 0 && !peopleOnlyForms[phrase(ws, first, k)] {
			if out == "lost" && (w == "losses" || w == "loss") && am.first-k > 3 {
				continue // "losses among personnel ... and 3 tanks": too far to govern
			}
			return out, first
		}
	}
	return "", -1
}

func phrase(ws []words.Word, a, b int) string {
	if a == b {
		return ws[a].Lower
	}
	p := make([]string, 0, b-a+1)
	for k := a; k <= b; k++ {
		p = append(p, ws[k].Lower)
	}
	return strings.Join(p, " ")
}

// peopleState finds the state of a people count: after it ("were killed",
// "died", "dead") or before it ("killing 12", "the death of two
// contractors"). nominal tells that the words name no one who did it: a
// state after the count, or a noun with "of" before it.
//
// counted tells the words of counts found before in the sentence: a list
// member reaches its verb over the members before it ("eliminated some
// 20,000 operatives in the Gaza Strip since the start of the war, and
// around 1,600 terrorists"), the distance counting from the last of them.
func (s *Stage) peopleState(ws []words.Word, first, last int, counted func(int) bool) (string, int, bool) {
	if at := lostBefore(ws, first); at >= 0 && (killedAndWounded(ws, last+1) || last > first && lostKilled(ws, last+1)) {
		// "Russia lost 1,270 soldiers killed and wounded over the past
		// day": the pair after the noun sorts the losses, the verb
		// before is the count's; so does "killed" alone ("Ukraine had
		// lost 2,870 troops killed and 3,700 wounded"): who lost them
		// owns them, not whoever the teller says killed them
		return "lost", at, false
	}
	if at := lostBefore(ws, first); at >= 0 && (last+1 >= len(ws) || lostClauseEnd[ws[last+1].Lower]) {
		// "the army lost four soldiers and seven others were wounded":
		// the verb right before the people is theirs; a state further
		// on belongs to the next clause's people
		return "lost", at, false
	}
	if k := first - 1; k >= 2 && ws[k].Lower == "of" && ws[k-1].Lower == "bodies" {
		// "received the bodies of three fighters and 22 wounded": the
		// dead whose bodies came in, whatever state ends the list
		return "killed", k - 1, true
	}
	if k := first - 1; k >= 1 && ws[k].Lower == "at" && (ws[k-1].Lower == "loss" || ws[k-1].Lower == "losses") && (last+1 >= len(ws) || lostClauseEnd[ws[last+1].Lower]) {
		// "put the army's loss at six soldiers, with two others
		// wounded": the same for a loss put at a number
		return "lost", k - 1, true
	}
	if k := first - 1; k >= 1 && ws[k].Lower == "at" && ws[k-1].Lower == "dead" && (last+1 >= len(ws) || lostClauseEnd[ws[last+1].Lower]) {
		// "the FMLN put its own dead at 96 and said it had killed 300
		// soldiers": the dead put at a number, whatever verb the next
		// clause has
		return "killed", k - 1, true
	}
	k := last + 1
	if k+1 < len(ws) && ws[k].Lower == "aged" && isDigits(ws[k+1].Lower) {
		k += 2 // "a young man aged 23 died"
		if k+1 < len(ws) && ws[k].Lower == "and" && isDigits(ws[k+1].Lower) {
			k += 2 // "two men aged 19 and 23"
		}
	}
	if k+2 < len(ws) && (ws[k].Lower == "from" || ws[k].Lower == "on" || ws[k].Lower == "of") && ws[k+1].Lower == "both" && strings.HasPrefix(ws[k+2].Lower, "side") {
		k += 3 // "some personnel from both sides sustained minor injuries"
	}
	k = pastTotality(ws, k) // "eight personnel in total were hurt"
	// "a gang leader in Raqqah was killed": a place after the noun.
	if k+1 < len(ws) && (ws[k].Lower == "in" || ws[k].Lower == "near" || ws[k].Lower == "from") && startsUpper(ws[k+1].Text) {
		k++
		for k < len(ws) && startsUpper(ws[k].Text) {
			k++
		}
		if k < len(ws) && ws[k].Lower == "," {
			k++ // the end of an appositive: "X, a leader in Raqqah, was killed"
		}
	}
	if e := s.ofPhraseEnd(ws, k); e != k && ws[e].Lower == "," {
		k = s.setOffEnd(ws, e) // (the words set off after the of-phrase)
	} else {
		k = e
	}
	k = s.ofBeforeConjunct(ws, k) // ("75 personnel of the force and one constable of ... were killed")
	if k+1 < len(ws) && ws[k].Lower == "," && (ws[k+1].Lower == "including" || ws[k+1].Lower == "among" || hedgeParticiples[ws[k+1].Lower]) {
		// "eight terrorists, including two senior figures, had
		// surrendered", "one sailor, believed to have been on deck,
		// is missing": the part set off by commas stands between the
		// people and their verb
		span := 10
		if hedgeParticiples[ws[k+1].Lower] {
			span = 16 // ("believed to be in the engine room at the time of the attack")
		}
		for j := k + 2; j < len(ws) && j <= k+span; j++ {
			if ws[j].Lower == "," {
				k = j + 1
				break
			}
			if isPunct(ws[j].Lower) {
				break
			}
		}
	}
	if k < len(ws) && ws[k].Lower == "including" {
		// "four soldiers including a captain were killed": a part
		// without commas stands between the people and their verb too
		for j := k + 1; j < len(ws) && j <= k+6; j++ {
			if isPunct(ws[j].Lower) {
				break
			}
			if auxWords[ws[j].Lower] {
				k = j
				break
			}
		}
	}
	k = s.listEnd(ws, k)
	for n := 0; k < len(ws) && n < 4 && (auxWords[ws[k].Lower] || isQuote(ws[k].Lower)); n++ {
		k++ // (`were "neutralised"`: a quoted verb)
	}
	if k+2 < len(ws) && ws[k].Lower == "among" && (ws[k+1].Lower == "the" || ws[k+1].Lower == "those") && k > last+1 && amongNouns[ws[k+2].Lower] != "" {
		// ("three of its fighters were among those killed")
		// "18 members of the security forces were among the dead"
		return amongNouns[ws[k+2].Lower], k + 2, true
	}
	if k < len(ws) && k > last+1 && ws[k].Lower == "fallen" && auxWords[ws[k-1].Lower] && (k+1 >= len(ws) || !fallenElsewhere[ws[k+1].Lower]) {
		// "at least 250 soldiers had fallen on the western front":
		// people who have fallen died (not those "fallen into enemy
		// hands" or "fallen ill")
		return "killed", k, true
	}
	// "was struck and killed", "were shot and wounded"
	if k+2 < len(ws) && harmVerbs[ws[k].Lower] && ws[k+1].Lower == "and" {
		k += 2
	}
	if k < len(ws) {
		if out, n := phraseAt(s.outcomes, s.firstLen(ws, k), ws, k); n > 0 && !(k == last+1 && n == 1 && activeStates[ws[k].Lower] != "" && s.objectAfter(ws, k+n)) {
			// ("An al-Shabaab suicide bomber killed seven soldiers": a
			// verb right after the people with its own object is theirs,
			// what they did, not what befell them)
			if out, ok := peopleOut(out, phrase(ws, k, k+n-1)); ok && !(out == "lost" && ws[k].Lower != "missing" && ws[k].Lower != "unaccounted" && ws[k].Lower != "under") {
				if out == "wounded" && last+1 < len(ws) && (ws[last+1].Lower == "who" || ws[last+1].Lower == "that") {
					// "Two civilians who had been wounded in the attack
					// later succumbed to their injuries": the main verb
					// after the relative clause
					for j := k + n; j < len(ws) && j <= k+n+10 && !isPunct(ws[j].Lower); j++ {
						if v := ws[j].Lower; v == "died" || v == "succumbed" || v == "perished" {
							return "killed", j, true
						}
					}
				}
				return out, k, true
			}
		}
	}
	k = first - 1
	for n := 0; k >= 0 && n < 5 && (numberLead[ws[k].Lower] || isQuote(ws[k].Lower) || k == first-1 && kinPossessive[ws[k].Lower]); n++ {
		// (`had "neutralised" more than 100`: quotes around the verb or
		// the amount; "killed my two brothers": a possessive)
		k--
	}
	if out, at := amongState(ws, k); out != "" {
		return out, at, true
	}
	if k >= 1 && k+1 < first && ws[k+1].Lower == "of" && squadNouns[ws[k].Lower] {
		// "liquidated a sabotage and reconnaissance group of six
		// people": the verb of the group is the verb of its members
		for j := k - 1; j >= 0 && k-j <= 7; j-- {
			w := ws[j].Lower
			if isPunct(w) {
				break
			}
			if out, ok := activeStates[w]; ok {
				return out, j, false
			}
			if killWords[w] {
				return "killed", j, false
			}
		}
	}
	if at := lossesReached(ws, k); at >= 0 {
		return "lost", at, true
	}
	if at := inflictedLosses(ws, k); at >= 0 {
		// "inflicted losses on the Ukrainian army of up to 1,650
		// troops": people the subject put out of action
		return "killed", at, false
	}
	if k >= 0 {
		if out, f := phraseEndingAt(s.outcomes, s.lastLen(ws, k), ws, k); f >= 0 {
			if out, ok := peopleOut(out, phrase(ws, f, k)); ok {
				return out, f, k+1 < len(ws) && ws[k+1].Lower == "of"
			}
		}
	}
	// The second member of a list after an active verb: "killed an
	// American scientist and nine French soldiers".
	// ("killed 12 villagers, including four children": a part of the
	// people before, in the same state)
	if k >= 1 && ws[k].Lower == "them" && ws[k-1].Lower == "among" {
		// "beheaded at least 11 civilians, among them four children":
		// a part of the people before, as after "including"
		k--
	}
	if k >= 0 && (ws[k].Lower == "including" || ws[k].Lower == "among") && last+1 < len(ws) && ws[last+1].Lower == "," && k >= 2 && ws[k-1].Lower == "," {
		// "At least 17 people, among them three police officers, died":
		// a part set off by commas between the people and their verb
		j := last + 2
		for n := 0; j < len(ws) && n < 4 && auxWords[ws[j].Lower]; n++ {
			j++
		}
		if j < len(ws) {
			if out, n := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); n > 0 {
				if out, ok := peopleOut(out, phrase(ws, j, j+n-1)); ok && out != "lost" {
					return out, j, true
				}
			}
		}
	}
	if k >= 0 && (ws[k].Lower == "including" || ws[k].Lower == "among") && tollBefore(ws, k) {
		// "the death toll ... rose to 31 on Monday, including two
		// police officers"
		return "killed", k, false
	}
	if k >= 0 && (ws[k].Lower == "and" || ws[k].Lower == "," || ws[k].Lower == "including" || ws[k].Lower == "among") {
		// (the distance counts from the nearest list separator, so that
		// a long list stays in reach of its verb; a part of the people
		// before reaches further, past the phrases of place and time that
		// end their clause: "killed at least 71 Palestinians across the
		// territory over the past 24 hours, including 23 people")
		reach := 10
		if w := ws[k].Lower; w == "including" || w == "among" {
			reach = 16
		}
		for j, since := k-1, 0; j >= 0 && (since <= reach || counted(j) && since <= 12) && k-j <= 30; j, since = j-1, since+1 {
			w := ws[j].Lower
			if w == ";" || w == "." || w == ":" {
				break
			}
			if w == "," || w == "and" || counted(j) {
				since = 0
			}
			if out, ok := activeStates[w]; ok {
				return out, j, false
			}
			if killWords[w] && (!strings.HasPrefix(w, "destroy") || stateForceNouns[ws[last].Lower] || armedNouns[ws[last].Lower]) {
				// "destroyed two launchers ... and up to 100 personnel"
				// (only fighters are "destroyed": "four bunkers" are not
				// people)
				return "killed", j, false
			}
			if out, at := amongState(ws, j); out != "" {
				return out, at, true
			}
			// "the deaths of 40 insurgents and three Marines"
			if j+1 < k && ws[j+1].Lower == "of" && peopleOnlyForms[w] {
				if out, n := phraseAt(s.outcomes, 1, ws, j); n > 0 && peopleOutcomes[out] {
					return out, j, true
				}
			}
		}
	}
	return "", -1, false
}

// lossOfBefore returns the index of "loss" or "losses" in "the loss of"
// right before the amount that starts at ws[first] ("acknowledged the loss
// of four aircraft"), -1 when there is none.
func lossOfBefore(ws []words.Word, first int) int {
	k := first - 1
	for n := 0; k >= 0 && n < 5 && numberLead[ws[k].Lower] && ws[k].Lower != "of"; n++ {
		k--
	}
	if k >= 1 && ws[k].Lower == "of" && (ws[k-1].Lower == "loss" || ws[k-1].Lower == "losses") {
		return k - 1
	}
	return -1
}

// lostBefore returns the index of a verb of losing right before the
// amount that starts at ws[first] ("lost more than 900 soldiers"), -1 when
// there is none.
func lostBefore(ws []words.Word, first int) int {
	k := first - 1
	for n := 0; k >= 0 && n < 5 && numberLead[ws[k].Lower]; n++ {
		k--
	}
	if k >= 0 {
		switch ws[k].Lower {
		case "lost", "lose", "loses", "losing":
			return k
		}
	}
	return -1
}

// killedAndWounded reports whether the words from k on are the pair of a
// casualty tally, "killed and wounded" or "killed or injured", which sorts
// the people before it rather than says what befell them.
func killedAndWounded(ws []words.Word, k int) bool {
	if k+2 >= len(ws) || ws[k].Lower != "killed" && ws[k].Lower != "dead" {
		return false
	}
	c, w := ws[k+1].Lower, ws[k+2].Lower
	return (c == "and" || c == "or" || c == ",") && (w == "wounded" || w == "injured")
}

// outcomeAdjectives are the adjectives before a materiel noun that say
// what befell it ("burned-out tanks", "wrecked helicopters").
var outcomeAdjectives = map[string]string{"burned-out": "destroyed", "burnt-out": "destroyed", "burned": "destroyed",
	"burnt": "destroyed", "wrecked": "destroyed", "destroyed": "destroyed", "downed": "shot_down", "captured": "captured"}

// lostKilled reports whether ws[k], after a people noun, is "killed" or
// "dead" closing the object of "lost" ("lost 2,870 troops killed", "lost
// 40 men dead, and 90 wounded"): it sorts the losses, and opens no clause
// of its own. (Right after the number, "lost at least 30 dead, 37
// wounded", it is the noun itself.)
func lostKilled(ws []words.Word, k int) bool {
	if k >= len(ws) || k < 1 || ws[k].Lower != "killed" && ws[k].Lower != "dead" {
		return false
	}
	if _, _, num := numberAt(ws, k-1); num {
		return false
	}
	return k+1 >= len(ws) || lostClauseEnd[ws[k+1].Lower] || ws[k+1].Lower == "in" || ws[k+1].Lower == "since" || ws[k+1].Lower == "over"
}

// lostClauseEnd end the object of "lost" and start another clause or
// phrase: "lost four soldiers, and seven others were wounded".
var lostClauseEnd = map[string]bool{"and": true, ",": true, "with": true, "while": true, ";": true, ".": true, "but": true}

// reachVerbs bring a running total to a number: "losses have reached",
// "losses stood at", "losses rose to".
var reachVerbs = map[string]bool{"reached": true, "reach": true, "reaches": true, "totalled": true, "totaled": true,
	"total": true, "totals": true, "amounted": true, "amount": true, "stood": true, "stand": true, "stands": true,
	"rose": true, "risen": true, "exceeded": true, "surpassed": true, "topped": true, "passed": true, "hit": true}

// lossesReached returns the index of "losses" when ws[k] is a verb that
// brings a party's losses to the number after it ("Russia's total combat
// losses have reached 1,045,190 personnel"), -1 when it is not.
//
// A prepositional phrase may stand between the losses and the verb, as in
// a ministry's daily tally ("Ukrainian losses in the Kursk direction over
// the past day amounted to up to 310 servicemen"): only words of such a
// phrase, with no verb or clause break among them; a copula then brings
// the losses to their number too ("losses over the day were up to 300").
func lossesReached(ws []words.Word, k int) int {
	if k >= 1 && ws[k].Lower == "at" && (ws[k-1].Lower == "loss" || ws[k-1].Lower == "losses") {
		return k - 1 // "put the army's loss at six soldiers"
	}
	if k < 1 || !reachVerbs[ws[k].Lower] && !lossCopula[ws[k].Lower] && ws[k].Lower != ":" {
		// (a colon after the losses gives their list in a headline:
		// "Russian army losses in Ukraine: 1,550 personnel, 12 tanks")
		return -1
	}
	phrase := false // a preposition was met going back
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		w := ws[j].Lower
		switch {
		case w == "losses" || w == "loss":
			if lossCopula[ws[k].Lower] && k-j > 1 && !phrase {
				return -1
			}
			return j
		case k-j <= 4 && (w == "have" || w == "has" || w == "had" || w == "now" || w == "already" || w == "so" || w == "far" || w == "total"):
		case lossPhraseWords[w]:
			phrase = true
		case (w == "that" || w == "this") && j > 0 && lossPhraseWords[ws[j-1].Lower]:
			// "losses in that area amounted to": a determiner, not a
			// relative pronoun
		case isPunct(w) || auxWords[w] || !startsUpper(ws[j].Text) && strings.HasSuffix(w, "ed"):
			return -1
		case !phrase && k-j > 4:
			return -1
		}
	}
	return -1
}

// lossCopula are the verbs "be" that give losses their number: "losses
// over the past day were up to 310 servicemen".
var lossCopula = map[string]bool{"were": true, "was": true}

// lossPhraseWords open the phrases that stand between a party's losses and
// their verb in daily tallies: "in the Kursk direction", "over the past
// day", "during the week", "since the start of the operation".
var lossPhraseWords = map[string]bool{"in": true, "over": true, "during": true, "since": true, "on": true,
	"along": true, "near": true, "at": true, "across": true, "throughout": true, "within": true, "for": true}

// tollBefore reports a death toll's number right before word k ("rose to
// 31 on Monday, including"), a toll being told earlier in the sentence.
func tollBefore(ws []words.Word, k int) bool {
	num := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if w := ws[j].Lower; isDigits(w) && j > 0 && tollLead[ws[j-1].Lower] {
			num = j
			break
		}
	}
	if num < 0 {
		return false
	}
	for j := num - 1; j > 0; j-- {
		if ws[j].Lower == "toll" && ws[j-1].Lower == "death" {
			return true
		}
		if ws[j].Lower == ";" {
			return false
		}
	}
	return false
}

// amongNouns are the people nouns of a toll's list: "among the dead were
// 11 children", "the injured included two doctors".
var amongNouns = map[string]string{"dead": "killed", "killed": "killed", "victims": "killed", "fatalities": "killed",
	"wounded": "wounded", "injured": "wounded",
	// "the number of terrorists neutralized has reached 1,164"
	"neutralized": "killed", "neutralised": "killed", "eliminated": "killed", "martyred": "killed"}

// fightersAmong reports whether the people of a count ending at offset end
// are said, right after it, to include soldiers or fighters ("received 67
// wounded, among them soldiers"): a whole of mixed people, no one state's
// civilians.
func fightersAmong(ws []words.Word, end int) bool {
	for j := range ws {
		if ws[j].Start < end {
			continue
		}
		if j+1 >= len(ws) || ws[j].Lower != "," && ws[j].Lower != "including" {
			return false
		}
		for k := j; k < len(ws) && k <= j+5; k++ {
			if w := ws[k].Lower; stateForceNouns[w] || armedNouns[w] {
				return true
			}
			if w := ws[k].Lower; w == "." || w == ";" {
				return false
			}
		}
		return false
	}
	return false
}

// partyPart reports whether a count's text names its people as a share of
// a party's own ("two of its members"): a party's people, not civilians.
func partyPart(text string) bool {
	text = strings.ToLower(text)
	return strings.Contains(text, " of its ") || strings.Contains(text, " of their ") || strings.Contains(text, " of our ")
}

// amongState returns the state of the people listed after ws[k] when ws[k]
// is the verb of "among the dead were", "the dead included", and the index
// of the state word; "" when it is not.
func amongState(ws []words.Word, k int) (string, int) {
	if k < 2 {
		return "", -1
	}
	switch ws[k].Lower {
	case "were", "are", "was", "is", "included", "include", "includes", "including":
	default:
		return "", -1
	}
	if ws[k-1].Lower == "toll" && (ws[k-2].Lower == "the" || ws[k-2].Lower == "death") && strings.HasPrefix(ws[k].Lower, "includ") {
		// "The toll included 125 members of the security forces"
		return "killed", k - 1
	}
	out, ok := amongNouns[ws[k-1].Lower]
	// ("Among those killed were two commanders", "those killed
	// included two commanders": "those" as "the")
	if !ok || ws[k-2].Lower != "the" && !(ws[k-2].Lower == "those" && (k >= 3 && ws[k-3].Lower == "among" || strings.HasPrefix(ws[k].Lower, "includ"))) {
		return "", -1
	}
	if ws[k].Lower == "include" || ws[k].Lower == "included" || ws[k].Lower == "includes" || k >= 3 && ws[k-3].Lower == "among" {
		return out, k - 1
	}
	if (ws[k].Lower == "were" || ws[k].Lower == "are") && k+1 < len(ws) {
		if _, ok := amountAt(ws, k+1); ok {
			// "The dead were two Filipinos and one Vietnamese seafarer":
			// the copula names who the dead were, as "among" does (the
			// count right after it: not "the dead were buried")
			return out, k - 1
		}
	}
	return "", -1
}

// kinPossessive are the possessives that may stand between a verb and the
// number of its people ("They killed my two brothers").
var kinPossessive = map[string]bool{"my": true, "his": true, "her": true, "their": true, "our": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// vagueNoun are the vague amounts that stand alone as a noun for people
// with a state after them: "hundreds wounded", "dozens were killed".
var vagueNoun = map[string]bool{"dozens": true, "hundreds": true, "thousands": true, "scores": true,
	"more": true} // "several more were wounded"

// activeStates are the verb forms that take people as their object.
var activeStates = map[string]string{
	"killed": "killed", "killing": "killed", "wounded": "wounded", "wounding": "wounded", "injured": "wounded",
	"injuring": "wounded", "captured": "captured", "capturing": "captured", "kidnapped": "captured",
	"abducted": "captured", "abducting": "captured", "kidnapping": "captured", "murdered": "killed",
	"assassinated": "killed", "executed": "killed", "beheaded": "killed",
}

// stateSoonAfter is the cheap test before a definite count: a people
// state word within a few words after "the".
func stateSoonAfter(ws []words.Word, i int) bool {
	for k := i + 2; k < len(ws) && k <= i+9; k++ {
		if peopleOnlyForms[ws[k].Lower] {
			return true
		}
	}
	return false
}

// singularPassive reports whether a definite people noun ending at ws[h]
// is one person with a state said of it right after: singular ("member",
// not "members", "personnel"), then "was", "who was", "has been" and the
// state word at.
func singularPassive(ws []words.Word, h, at int) bool {
	w := ws[h].Lower
	if at <= h || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || w == "people" || w == "personnel" ||
		w == "police" || w == "children" || w == "military" || w == "crew" {
		return false
	}
	for k := h + 1; k < at; k++ {
		switch ws[k].Lower {
		case "who", "that", "was", "has", "had", "been":
		default:
			return false
		}
	}
	return at > h+1
}

// passiveBefore reports whether the outcome word at ws[at] is a passive
// participle: "were destroyed", "had been shot down", "was damaged".
func passiveBefore(ws []words.Word, at int) bool {
	if at < 1 {
		return false
	}
	switch ws[at-1].Lower {
	case "was", "were", "been", "be", "is", "are":
		return true
	}
	return false
}

// yearLike reports whether a bare amount is a year ("the 2014 abduction",
// "in 2004 killings"): four digits from 1900 to 2099 with no comma and no
// word before it that marks an amount ("at least 2000").
func yearLike(ws []words.Word, am amount) bool {
	w := ws[am.first].Lower
	if am.first != am.last || len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	return am.first == 0 || !numberLead[ws[am.first-1].Lower] || ws[am.first-1].Lower == "the"
}

// harmVerbs are the verbs that come before the state in "was struck and
// killed", "were shot and wounded".
var harmVerbs = map[string]bool{
	"struck": true, "shot": true, "hit": true, "attacked": true, "stabbed": true, "beaten": true, "ambushed": true,
	"targeted": true, "bombed": true,
}

func startsUpper(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// harmStates are the outcomes of verbs that only ever take people or
// animals as their object ("killed a driver"); "captured a center" does not.
var harmStates = map[string]bool{"killed": true, "wounded": true}

// bareFollow are the words after a bare number that leave it a count of
// people ("at least 12 killed", "killing 12 in the attack"); "12 percent",
// "12 of them" are not.
var bareFollow = map[string]bool{
	"and": true, "in": true, "on": true, "at": true, "during": true, "when": true, "after": true,
	"while": true, "including": true, "since": true, "overnight": true, "as": true, "across": true,
	"near": true, "by": true, "last": true, "this": true, "so": true, "with": true, "before": true,
	// "killed at least 45 Palestinians, including 16 who were waiting for
	// aid": the people a relative clause tells of
	"who": true,
}

// ownerOf finds the owner named by the count's own words: a side in its
// noun phrase ("two Azerbaijani helicopters"), a possessive ("our
// servicemen"), a following "for/of/belonging to X" ("three drones for
// Azerbaijan"), or the side of the phrase a list of examples hangs on
// ("Armenian installations ..., including 12 OSA systems").
func (s *Stage) ownerOf(ctx *context, si int, am amount, modifiers []int, hLast int, claim *parallax.Claim) string {
	ws := ctx.sents[si].Words
	for _, j := range modifiers {
		if side := ctx.sideAt(si, j); side != "" {
			return side
		}
		switch ws[j].Lower {
		case "our", "my":
			// (a communique's own "our units": its author's)
			if v := ctx.firstPersonVoice(claim, si); v != "" || claim != nil {
				return v
			}
		case "junta", "regime", "pro-junta", "pro-regime", "regime-backed", "junta-backed":
			// "2,212 regime soldiers" in the words of the state that
			// fights it: the regime is no speaker's own government
			if side := ctx.pejorativeEnemy(claim, si, true); side != "" && s.states[ctx.voice(claim, si)] {
				return side
			}
			if side := s.governmentSide(ctx, si, claim); side != "" {
				return side
			}
		case "government", "pro-government", "government-backed",
			"state-backed", "army-backed", "government-allied":
			if side := s.governmentSide(ctx, si, claim); side != "" {
				return side
			}
		case "enemy", "enemy's", "aggressor", "aggressors", "aggressor's", "aggressors'", "zionist", "clique", "clique's",
			"apostate", "takfiri", "puppet", "occupation", "occupying", "crusader", "rafidi", "oligarchy's":
			// "35 enemy tanks", "27 of the aggressors' tanks", "40
			// takfiri elements": the voice's enemy
			if side := ctx.pejorativeEnemy(claim, si, false); side != "" {
				return side
			}
		case "army":
			// "one army vehicle was damaged": the state's forces (a
			// named army, "Arakan Army trucks", is a side of its own;
			// "military trucks" says what kind of truck, not whose)
			if j > 0 && (ws[j-1].Lower == "rebel" || ws[j-1].Lower == "rebels'" || ws[j-1].Lower == "liberation") {
				continue
			}
			if side := s.governmentSide(ctx, si, claim); side != "" {
				return side
			}
		}
	}
	if k := am.last - 2; k > am.first && ws[k].Lower == "of" && (ws[k+1].Lower == "its" || ws[k+1].Lower == "their" || ws[k+1].Lower == "our") && ws[k+2].Lower == "own" && claim != nil {
		// "killed 17 enemy troops, losing three of their own": the bare
		// count of the subject's own people is the speaker's, not of the
		// enemy named just before
		if sp := ctx.speakerSide(claim); sp != "" {
			return sp
		}
	}
	if k := am.last + 1; k+2 < len(ws) && ws[k].Lower == "of" && (ws[k+1].Lower == "its" || ws[k+1].Lower == "their" || ws[k+1].Lower == "our") && ws[k+2].Lower == "own" && claim != nil {
		// "said 71 of its own servicemen had been killed": the
		// speaker's own, whoever the sentence named before
		if sp := ctx.speakerSide(claim); sp != "" {
			return sp
		}
	}
	if k := am.last + 1; k+1 < len(ws) && ws[k].Lower == "of" && ws[k+1].Lower == "our" && claim != nil && ctx.firstPersonVoice(claim, si) != ctx.voice(claim, si) {
		// "The claims of the Thai side that 30 of our soldiers were
		// killed are lies": the reporting voice's own
		return ctx.firstPersonVoice(claim, si)
	}
	if k := am.last + 1; k+1 < len(ws) && ws[k].Lower == "of" && (ws[k+1].Lower == "its" || ws[k+1].Lower == "their") {
		// "destroyed a Fano unit and killed 87 of its members": the
		// party named last before the count has the members
		named := false
		for j := am.first - 1; j >= 0 && am.first-j <= 12; j-- {
			if w := ws[j].Lower; isPunct(w) && !isQuote(w) {
				break
			}
			if side := ctx.sideAt(si, j); side != "" {
				if claim != nil && claim.Speaker.End > claim.Speaker.Start && claim.Cue.Start >= claim.Speaker.End && ws[j].Start >= claim.Speaker.Start && ws[j].End <= claim.Cue.Start && ctx.speakerSide(claim) != "" {
					// "The United Nations mission in Sierra Leone said
					// about 500 of its peacekeepers were held": a place
					// in the speaker's own phrase, before its cue, is
					// not whose "its" is; the speaker is
					return ctx.speakerSide(claim)
				}
				if s.agentClauseBetween(ws, j, am.first) && claim != nil && ctx.speakerSide(claim) != "" {
					// "Hezbollah said ... an Israeli strike that killed
					// one of its senior commanders": the party that
					// struck is not the one that lost its own; "its" is
					// the speaker's
					return ctx.speakerSide(claim)
				}
				return side
			}
			if ctx.mentions[si][j] != "" || startsUpper(ws[j].Text) && j > 0 {
				named = true // (a name of no known side: whose "its" is, is unsaid)
			}
		}
		if am.first == 0 && !named && claim != nil && claim.Cue.Start > ws[am.last].End && claim.Cue.Start < ws[len(ws)-1].End {
			// "Nine of its fighters were killed and 13 wounded, according
			// to a statement signed by its military command": a sentence
			// that opens on the share, its source after it, tells of the
			// speaker's own
			if sp := ctx.speakerSide(claim); sp != "" && !neutral[sp] {
				return sp
			}
		}
	}
	if k := groupShareAt(ws, am); k >= 0 {
		// "killed a number of the militia's members", "two of the
		// group's fighters": the armed group the story names, when it
		// names one
		if g := ctx.onlyGroup(s.states); g != "" {
			return g
		}
	}
	// A possessive just before the amount: "its two helicopters".
	if am.first > 0 {
		if p := ws[am.first-1].Lower; (p == "our" || p == "its" || p == "their") && claim != nil {
			return ctx.speakerSide(claim)
		} else if p == "our" {
			if v := ctx.voice(nil, si); v != "" {
				return v
			}
		}
	}
	k := hLast + 1
	if k < len(ws) {
		w := ws[k].Lower
		limit := 0
		switch w {
		case "for", "of", "from":
			limit = 4
			if h := ws[max(hLast, 0)].Lower; hLast >= 0 && w == "of" && k+1 < len(ws) && ws[k+1].Lower == "the" && (h == "members" || h == "member" || h == "cadres" || h == "fighters") {
				limit = 8 // "three members of the New People's Army (NPA)"
			}
		case "belonging":
			limit = 9
		case "loyal", "linked", "affiliated", "aligned", "allied":
			// "gunmen loyal to the Islamic State group"
			limit = 7
		case "launched", "fired", "operated", "flown", "sent", "used", "deployed", "manned":
			// "four drones launched by the Houthis"
			if k+1 < len(ws) && ws[k+1].Lower == "by" {
				limit = 6
			}
		}
		for j := k + 1; j < len(ws) && j <= k+limit; j++ {
			if x := ws[j].Lower; isPunct(x) && !(x == "(" && w == "of" && limit > 4) && !(isQuote(x) && w == "of") {
				break // (not a quoted name: `members of the "extremist group"`)
			}
			if w == "of" && j+1 < len(ws) && proxyNouns[ws[j+1].Lower] {
				// "11 terrorists of the Indian proxy Fitna al Khawarij":
				// the state said to stand behind the group owns none of
				// its fighters; the group's name follows
				limit = max(limit, j+5-k)
				continue
			}
			if g := designatedGroup(ws, j); g != "" {
				return g
			}
			if side := ctx.sideAt(si, j); side != "" {
				return side
			}
			if x := ws[j].Lower; w == "of" && (pejoratives[x] || regimeWords[x]) {
				// "nine aircraft of the Sadat regime", "three tanks of
				// the apostate army": the voice's enemy
				if side := ctx.pejorativeEnemy(claim, si, regimeWords[x]); side != "" {
					return side
				}
			}
			if w == "of" && (armedNouns[ws[j].Lower] || ws[j].Lower == "group" || ws[j].Lower == "militia") && theBefore(ws, j) {
				// "arrested 11 logistics suppliers of the terrorists":
				// the people of the one armed group the story names
				if g := ctx.onlyGroup(s.states); g != "" {
					return g
				}
			}
			switch ws[j].Lower {
			case "pro-government", "government-backed", "state-backed", "army-backed", "government-allied", "pro-junta", "junta-backed":
				// "300 militiamen of the government-backed VDP": a
				// militia the story's government arms fights for it
				if w == "of" {
					if side := s.governmentSide(ctx, si, claim); side != "" {
						return side
					}
				}
			}
		}
	}
	// "..., including 12 systems": the owner of what the list hangs on.
	k = am.first - 1
	if k >= 0 && (ws[k].Lower == "including" || (ws[k].Lower == "them" && k > 0 && ws[k-1].Lower == "among")) {
		for j := k - 1; j >= 0 && k-j <= 15; j-- {
			if ws[j].Lower == ";" {
				break
			}
			if _, first := phraseEndingAt(s.outcomes, s.lastLen(ws, j), ws, j); first >= 0 {
				// the verb the list is the object of: a party before it
				// is who did it ("the Arakan Army said it captured 300
				// soldiers, including a general")
				break
			}
			if side := ctx.sideAt(si, j); side != "" {
				if j+1 < len(ws) && attackNounsBy[ws[j+1].Lower] {
					// "the toll from the Russian attack has risen to 18,
					// including four children": the attacker's demonym
					// names no victims
					continue
				}
				return side
			}
		}
	}
	return ""
}

// governmentSide returns the state whose "government soldiers" or "junta
// troops" a count of sentence si names: the speaker's own where the
// speaker is a state, the state an armed group speaker fights, else the
// state where the sentence happens; "" when none is known.
func (s *Stage) governmentSide(ctx *context, si int, claim *parallax.Claim) string {
	if claim != nil {
		if sp := ctx.speakerSide(claim); s.states[sp] {
			return sp
		} else if sp != "" && !neutral[sp] {
			if o := ctx.opponent(sp); s.states[o] {
				return o
			}
			return ""
		}
	}
	return ctx.placeSide(si, s.countryCodes, nil)
}

// agentOf finds who did what the outcome word says: "by X" after a passive,
// else the nearest party named before the outcome word in its clause (a
// name, a demonym, or a pronoun that stands for the speaker of the claim),
// leaving out the parties named inside earlier counts, which are objects.
func (s *Stage) agentOf(ctx *context, si int, f found, am amount) (string, bool) {
	ws := ctx.sents[si].Words
	at := f.outcomeAt
	if side, ok := ctx.parsedAgent(si, at, f.inClaim); ok {
		return side, true
	}
	if at > am.last {
		for j := at + 1; j < len(ws) && j <= at+8; j++ {
			if ws[j].Lower == "by" {
				// (the agent's phrase ends at a comma: "injured by falling
				// debris, he said" names who says it, not who did it)
				for k := j + 1; k < len(ws) && k <= j+6 && !isPunct(ws[k].Lower); k++ {
					if side := ctx.sideAt(si, k); side != "" {
						return side, true
					}
				}
			}
		}
		return "", false
	}
	lo := 0
	for k := at - 1; k >= 0; k-- {
		if w := ws[k].Lower; w == ";" || w == ":" {
			lo = k + 1
			break
		}
	}
	if f.inClaim != nil && f.inClaim.Start > ws[0].Start {
		for lo < at && ws[lo].Start < f.inClaim.Start {
			lo++
		}
	}
	lo = words.ClauseStart(ws, lo, at)
	for r := lo; f.Outcome == "lost" && r >= lo-1 && r >= 2; r-- {
		if (ws[r].Lower == "which" || ws[r].Lower == "who") && ws[r-1].Lower == "," && r < at {
			// "Hezbollah, which lost more than 4,000 fighters": the
			// name the relative clause hangs on lost them
			if side := ctx.sideAt(si, r-2); side != "" {
				return side, true
			}
		}
	}
	// The subject comes first in its clause: the first party named there,
	// leaving out objects ("engaged two ISIL units", "strikes against
	// al-Qaida"), places ("in northwestern Syria") and counts.
	for j := lo; j < at; j++ {
		if ctx.inCountPhrase(si, j) {
			continue
		}
		if side := ctx.sideAt(si, j); side != "" && !ctx.datelineWord(si, j) {
			// (not the dateline's town: "MEXICO CITY (Wire) - Gunmen of
			// the cartel killed 13 police officers" names no agent there)
			if words.AfterPreposition(ws, j) || (j > 0 && objectMarkers(ws[j-1].Lower)) || ctx.isTarget(si, j) {
				for j+1 < at && ctx.sideAt(si, j+1) == side {
					j++ // the rest of the same name
				}
				continue
			}
			return side, true
		}
		switch ws[j].Lower {
		case "it", "we", "our", "its", "they", "their", "his", "he", "she", "her":
			if f.inClaim != nil {
				return ctx.speakerSide(f.inClaim), true
			}
			return "", true
		case "enemy", "occupiers", "occupier", "invaders", "aggressor", "adversary":
			// "the enemy lost up to 230 servicemen", "the occupiers lost
			// 1,100 troops": the speaker's opponent, in either side's
			// daily report
			if f.inClaim != nil && !words.AfterPreposition(ws, j) {
				if sp := ctx.speakerSide(f.inClaim); sp != "" {
					return ctx.opponent(sp), true
				}
			}
		}
		if armedNouns[ws[j].Lower] && !words.AfterPreposition(ws, j) && !(j >= 2 && ws[j-1].Lower == "the" && ws[j-2].Lower == "of" && ctx.countBefore(si, ws[j].Start)) {
			// (not in the of-phrase of a count before: "arrested 11
			// suppliers of the terrorists and recovered two gun trucks")
			// "Militants ambushed a convoy, killing six soldiers": an
			// armed group did it, the one the article names if it names
			// one; not the speaker who tells it.
			g := ctx.onlyGroup(s.states)
			if g == "" && f.Outcome == "lost" && f.inClaim != nil {
				// "an RDF spokesman said the rebels had lost five men"
				// in a story that names other groups too: an armed
				// group's own account of its fighters, else the story's
				// group
				if sp := ctx.speakerSide(f.inClaim); sp != "" && !s.states[sp] && !neutral[sp] {
					g = sp
				} else {
					g = s.storyGroup(ctx, sp, "")
				}
			}
			return g, true
		}
	}
	if peopleItems[f.Item] {
		for j := lo; j < at; j++ {
			if weaponSubjects[ws[j].Lower] && !words.AfterPreposition(ws, j) && !ctx.inCountPhrase(si, j) {
				// "A car bomb exploded outside the camp, killing 10
				// soldiers": a weapon no party is named with did it;
				// who set it off is unknown, not the speaker who tells
				// it.
				return "", true
			}
		}
	}
	return "", false
}

// weaponSubjects are the nouns of bombs and blows that stand as the
// subject of a killing in place of whoever caused it.
var weaponSubjects = map[string]bool{
	"bomb": true, "bombs": true, "blast": true, "blasts": true, "explosion": true, "explosions": true,
	"bombing": true, "bomber": true, "mine": true, "landmine": true, "ied": true, "device": true,
	"shell": true, "shells": true, "shelling": true, "rocket": true, "rockets": true, "missile": true,
	"missiles": true, "grenade": true, "mortar": true, "attack": true, "ambush": true,
}

// listEnd skips the other members of a list of people that starts at ws[k]
// with "and" or a comma ("Ten soldiers and a colonel were killed", "120
// soldiers and a senior general killed"), so that the state after the last
// member is the state of every member. It returns k itself when what
// follows is no such list: a verb form ("and civilians fled"), a relative
// pronoun or other punctuation ends the search with no state found.
func (s *Stage) listEnd(ws []words.Word, k int) int {
	if k >= len(ws) || (ws[k].Lower != "and" && ws[k].Lower != ",") {
		return k
	}
	for j := k + 1; j < len(ws) && j <= k+12; j++ {
		w := ws[j].Lower
		if w == "(" && j+2 < len(ws) && ws[j+2].Lower == ")" {
			j += 2 // "14 fighters of the Hayat Tahrir al-Sham (HTS) group"
			continue
		}
		if auxWords[w] && w != "who" && w != "that" && w != "which" {
			return j
		}
		if _, n := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); n > 0 {
			// A state, not a noun heading the next member ("and the
			// wounding of 14 soldiers").
			noun := j+n < len(ws) && ws[j+n].Lower == "of" || determiners[ws[j-1].Lower]
			if out, _ := phraseAt(s.outcomes, n, ws, j); peopleOutcomes[out] && j > k+1 && !noun && !s.objectAfter(ws, j+n) {
				return j
			}
			return k
		}
		switch {
		case w == "," || w == "and":
		case isPunct(w) && !isQuote(w) && w != "-":
			return k
		case w == "who" || w == "that" || w == "which":
			return k
		case clauseLinks[w]:
			// "killed four rebels, while two guerrillas were captured":
			// another clause with its own subject
			return k
		case s.verbForm(ws, j):
			return k
		}
	}
	return k
}

// clauseLinks open a clause of its own after a list: what follows them is
// not the list's state.
var clauseLinks = map[string]bool{"while": true, "whereas": true, "but": true, "as": true, "when": true}

// objectAfter reports whether the words from ws[k] on are the object of a
// verb: a number, or an amount word before one ("about 20 others"), or a
// people noun. "killed 12 villagers, including four children, and injured
// about 20 others": "injured" is a verb of its own with its own object,
// not the state of the list before it.
func (s *Stage) objectAfter(ws []words.Word, k int) bool {
	if k+1 < len(ws) && (ws[k].Lower == "a" || ws[k].Lower == "an") {
		switch ws[k+1].Lower {
		case "unknown", "undisclosed", "unspecified", "number", "few", "dozen", "large", "small", "handful":
			return true // "kidnapped an unknown number of people"
		}
	}
	for n := 0; k < len(ws) && n < 3 && numberLead[ws[k].Lower] && ws[k].Lower != "all"; n++ {
		k++
	}
	if k >= len(ws) {
		return false
	}
	if _, ok := amountAt(ws, k); ok {
		return true
	}
	e, n := phraseAt(s.items, s.firstLen(ws, k), ws, k)
	return n > 0 && e.people
}

// activeObject reports whether the words from ws[k] on start the object of
// an active verb: a determiner, a number or an item noun.
func (s *Stage) activeObject(ws []words.Word, k int) bool {
	if k >= len(ws) {
		return false
	}
	if determiners[ws[k].Lower] || s.objectAfter(ws, k) {
		return true
	}
	_, n := phraseAt(s.items, s.firstLen(ws, k), ws, k)
	return n > 0
}

// hitPreps follow "hit" in its passive sense ("drones were hit in the
// strike"); another word right after it is its object.
var hitPreps = map[string]bool{"by": true, "in": true, "on": true, "at": true, "near": true, "during": true,
	"overnight": true, "with": true, "from": true, "while": true, "when": true, "after": true, "as": true}

// hitObject reports whether the outcome word "hit" at ws[k] (n words) right
// after materiel is an active verb with an object of its own: "24 drones
// hit targets in six locations" tells what the drones did, not that they
// were hit.
func hitObject(ws []words.Word, k, n int) bool {
	if ws[k].Lower != "hit" || n != 1 || k+1 >= len(ws) {
		return false
	}
	w := ws[k+1].Lower
	return !isPunct(w) && !hitPreps[w] && !auxWords[w]
}

// killWords are the outcome words of materiel that, said of people, kill
// them: "eliminated more than 400 servicemen", "neutralised 12 terrorists".
var killWords = map[string]bool{
	"destroyed": true, "destroying": true, // "destroyed up to 100 personnel of the enemy"
	"eliminated": true, "eliminate": true, "eliminating": true, "neutralized": true, "neutralised": true,
	"neutralize": true, "neutralise": true, "neutralizing": true, "neutralising": true, "wiped out": true,
	// a headline's present tense: "Army eliminates 70 militants"
	"eliminates": true, "neutralizes": true, "neutralises": true,
	"annihilated": true, "liquidated": true,
	// "1,230 invaders had been put out of action": Ukraine's General
	// Staff's word for the enemy's dead
	"put out of action": true, "putting out of action": true, "puts out of action": true,
}

// verbForm reports whether ws[j] looks like a verb in the past: a
// lower-case -ed word that does not modify a people or materiel noun after
// it ("allied militiamen", "armed men" are noun phrases).
func (s *Stage) verbForm(ws []words.Word, j int) bool {
	if !strings.HasSuffix(ws[j].Lower, "ed") || startsUpper(ws[j].Text) {
		return false
	}
	if j+1 < len(ws) {
		if _, n := phraseAt(s.items, s.firstLen(ws, j+1), ws, j+1); n > 0 {
			return false
		}
	}
	return true
}

// peopleOut gives the people outcome of an outcome word, and whether it
// has one.
func peopleOut(out, words string) (string, bool) {
	if materielForms[words] {
		return "", false
	}
	if peopleOutcomes[out] {
		return out, true
	}
	if killWords[words] {
		return "killed", true
	}
	return "", false
}

// ofPhraseEnd skips an "of" phrase after a people noun when a state comes
// after it ("12 members of the government forces and allied militiamen
// were killed"), returning the index of the first word after the phrase;
// k itself when ws[k] is no "of" or no state follows within a few words.
func (s *Stage) ofPhraseEnd(ws []words.Word, k int) int {
	if k >= len(ws) || ws[k].Lower != "of" {
		return k
	}
	for j := k + 1; j < len(ws) && j <= k+9; j++ {
		w := ws[j].Lower
		if w == "(" && j+2 < len(ws) && ws[j+2].Lower == ")" {
			j += 2 // "members of the New People's Army (NPA) were killed"
			continue
		}
		if auxWords[w] && w != "left" && w != "went" && w != "got" && w != "gone" {
			return j
		}
		if _, n := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j); n > 0 {
			if j > 0 && determiners[ws[j-1].Lower] {
				return k
			}
			if p := ws[j-1].Lower; p == "and" || p == "," {
				// "killed 60 soldiers of the army and their allies and
				// seized weapons": a verb joined after the object is the
				// subject's next act, not what befell the people
				return k
			}
			return j
		}
		if w == "," && j > k+1 && s.setOffEnd(ws, j) >= 0 {
			// "five members of his family, among them two girls, were
			// killed", "two servicemen of the army, Major A and Private
			// B, died": what is set off after the of-phrase is skipped
			// by the caller as after a bare noun
			return j
		}
		if (isPunct(w) && w != "-" && w != "'s" && w != "’s" && !isQuote(w)) || (s.verbForm(ws, j) && w != "armed") {
			// (a quoted name goes on: `12 terrorists of "Fitna al
			// Hindustan" were killed`)
			return k
		}
	}
	return k
}

// setOffEnd returns the index of the word after the words set off by the
// comma at ws[j] between people and what befell them: a part ("including",
// "among") or an appositive closed by a comma right before an auxiliary or
// a state ("..., Major A and Private B, died", names of more than one);
// -1 when the comma opens no
// such words, as before the speaker's verb of saying in "one of the
// victims, Umar Bulama, said".
func (s *Stage) setOffEnd(ws []words.Word, j int) int {
	if j+1 >= len(ws) {
		return -1
	}
	part := ws[j+1].Lower == "including" || ws[j+1].Lower == "among"
	several := false // (one name set off is counted itself: "a soldier of the brigade, Sergeant A, was wounded")
	for e := j + 2; e+1 < len(ws) && e <= j+16; e++ {
		if ws[e].Lower != "," {
			if isPunct(ws[e].Lower) || !part && s.verbForm(ws, e) {
				return -1
			}
			several = several || ws[e].Lower == "and"
			continue
		}
		if !part && !several {
			continue
		}
		if auxWords[ws[e+1].Lower] {
			return e + 1
		}
		if _, n := phraseAt(s.outcomes, s.firstLen(ws, e+1), ws, e+1); n > 0 {
			return e + 1
		}
	}
	return -1
}

// sufferVerbs take a party's own losses as their object: "Iraqi forces
// suffered 30 dead", "the army sustained 12 wounded".
var sufferVerbs = map[string]bool{"suffered": true, "sustained": true, "suffer": true, "suffers": true, "sustain": true}

// sufferer returns the party that suffered a bare count: the first party
// named in the clause before "suffered" right before the count; "" when
// no such verb comes before it.
func (s *Stage) sufferer(ctx *context, si int, f found) string {
	ws := ctx.sents[si].Words
	k := wordBeforeAmount(ws, f.Start)
	if k < 0 || !sufferVerbs[ws[k].Lower] {
		return ""
	}
	for j := words.ClauseStart(ws, 0, k); j < k; j++ {
		if side := ctx.sideAt(si, j); side != "" && !words.AfterPreposition(ws, j) {
			return side
		}
	}
	return ""
}

// tollLead are the words between "death toll" and its number: "rose to
// 45", "stands at 45", "of 45", "has climbed to more than 45".
var tollLead = map[string]bool{"to": true, "at": true, "of": true, "reached": true, "hit": true, "passed": true,
	"surpassed": true, "exceeded": true, "topped": true, "is": true, "was": true, "stood": true, "stands": true}

// tollCounts finds the counts a death toll states: "the death toll from
// the strike had risen to 45" is a count of 45 killed, whose victims are
// told apart no further (civilians, unless a modifier says otherwise).
// lossHead returns the head noun of the people count of have whose
// losses the word ws[t] totals ("bringing its total losses to 950,000"
// after "had lost 1,060 troops"), "" when ws[t] is no such total or no
// people loss was counted before it.
func lossHead(ws []words.Word, t int, have []found) string {
	if ws[t].Lower != "losses" || t < 1 {
		return ""
	}
	switch ws[t-1].Lower {
	case "total", "overall", "combat", "its", "their":
	default:
		return ""
	}
	for i := len(have) - 1; i >= 0; i-- {
		// ("had lost 1,060 troops", "17 of its soldiers were killed ...,
		// raising its losses since October to 890")
		if f := have[i]; (f.Outcome == "lost" || f.Outcome == "killed") && f.Item == "killed" && f.head != "" && f.End <= ws[t].Start {
			return f.head
		}
	}
	return ""
}

// bringVerbs carry a toll to a new total with the count before them.
var bringVerbs = map[string]bool{"bringing": true, "raising": true, "taking": true, "pushing": true}

// runningTollHead returns the head noun of the killed count of have that
// the toll at ws[t] totals ("two soldiers had been killed ..., bringing the
// toll since the beginning of February to 56"), "" when ws[t] is no toll
// a count before it brings to a new figure.
func runningTollHead(ws []words.Word, t int, have []found) string {
	if ws[t].Lower != "toll" || t < 2 {
		return ""
	}
	k := t - 1
	if ws[k].Lower == "death" {
		k--
	}
	if k < 1 || ws[k].Lower != "the" && ws[k].Lower != "its" && ws[k].Lower != "their" || !bringVerbs[ws[k-1].Lower] {
		return ""
	}
	for i := len(have) - 1; i >= 0; i-- {
		if f := have[i]; f.Item == "killed" && f.head != "" && f.End <= ws[t].Start {
			return f.head
		}
	}
	return ""
}

// riseVerbs move a toll to a new figure.
var riseVerbs = map[string]bool{"rose": true, "risen": true, "climbed": true, "jumped": true, "reached": true,
	"increased": true, "soared": true, "mounted": true, "grew": true, "hit": true,
	// a headline's present: "market blast toll rises to 62"
	"rises": true, "climbs": true, "jumps": true, "reaches": true, "soars": true, "mounts": true, "hits": true}

// tollRises reports whether the toll at ws[t] rises or reaches a figure
// in the next words ("the toll rose to 31", "the toll has since climbed
// to 40"): a bare toll in a story of violence is its dead, as "the death
// toll" is.
// costWords make a toll one of money or goods: "the economic toll rose to
// $5 billion".
var costWords = map[string]bool{"economic": true, "financial": true, "cost": true, "material": true, "trade": true,
	"road": true, "bridge": true, "motorway": true, "highway": true}

func tollRises(ws []words.Word, t int) bool {
	for j := t + 1; j < len(ws) && j <= t+3; j++ {
		if riseVerbs[ws[j].Lower] {
			return true
		}
	}
	return false
}

// tollOpens reports whether the toll noun at t opens its sentence or a
// heading's part (after a time stamp and a dash, or after the colon of a
// source) and a verb of rising follows it within six words, before any
// punctuation: "Toll rises to 155", "14:55 — Toll rises to 155", "Health
// ministry: toll of academy strike rises to 30".
func tollOpens(ws []words.Word, t int) bool {
	if ws[t].Lower != "toll" {
		return false
	}
	if t > 0 && ws[t-1].Lower != ":" {
		for j := 0; j < t; j++ {
			if w := ws[j].Lower; !isPunct(w) && w != "—" && w != "–" && !(w[0] >= '0' && w[0] <= '9') {
				return false
			}
		}
	}
	for j := t + 1; j < len(ws) && j <= t+6; j++ {
		if isPunct(ws[j].Lower) {
			return false
		}
		if riseVerbs[ws[j].Lower] {
			return true
		}
	}
	return false
}

func (s *Stage) tollCounts(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	var out []found
	for t := 0; t < len(ws); t++ {
		item, people := "killed", ""
		opens := tollOpens(ws, t) && (ctx.violentWithin(si, 3) || killedWithin(ctx, si, 3))
		if t == 0 && !opens {
			continue
		}
		if opens {
			// "14:55 — Toll rises to 155", "Health ministry: toll of
			// academy strike rises to 30": a live blog's heading of the
			// attack its entries tell
		} else if ws[t].Lower == "number" && t+1 < len(ws) && ws[t+1].Lower == "of" {
			// "bringing the number of soldiers killed since the start of
			// the operation to 410": a running total of people
			item = ""
			if t+3 < len(ws) && amongNouns[ws[t+2].Lower] != "" && (civilianNouns[ws[t+3].Lower] || stateForceNouns[ws[t+3].Lower] || armedNouns[ws[t+3].Lower]) {
				// "put the number of dead soldiers at more than 40": the
				// state before the people's noun
				item, people = amongNouns[ws[t+2].Lower], ws[t+3].Lower
			}
			for j := t + 2; item == "" && j < len(ws) && j <= t+5; j++ {
				w := ws[j].Lower
				if out, ok := amongNouns[w]; ok && (w != "dead" || j > t+2) {
					item = out
					break
				}
				// (the noun right before the state: "the number of
				// suspected militants killed")
				people = w
			}
			if people == "those" {
				people = "people" // "the number of those killed at 15": the toll of whatever happened
			}
			if item == "" || people == "" || (!civilianNouns[people] && !stateForceNouns[people] && !armedNouns[people]) {
				continue
			}
		} else if h := runningTollHead(ws, t, have); h != "" {
			// "two soldiers had been killed ..., bringing the toll since
			// the beginning of February to 56": a running total of the
			// dead the sentence counted, of the same people
			item, people = "killed", h
		} else if h := lossHead(ws, t, have); h != "" {
			// "Russia had lost 1,060 troops over the past day, bringing
			// its total losses to about 950,000": a running total of the
			// losses the sentence counted, of the same people
			item, people = "lost", h
		} else if ws[t].Lower != "toll" || ws[t-1].Lower != "death" && !(ws[t-1].Lower == "the" && (t >= 2 && reviseVerbs[ws[t-2].Lower] || tollRises(ws, t)) && (ctx.warStory() || ctx.violentWithin(si, 3) || killedWithin(ctx, si, 3))) &&
			!(tollRises(ws, t) && !costWords[ws[t-1].Lower] && (ctx.violentWithin(si, 0) || killedWithin(ctx, si, 0))) {
			// ("The government put the toll at 133": a toll a party
			// sets in a story of war, or after an attack or a count of
			// its dead, is its dead; "Sarajevo market shelling toll
			// rises to 68": a toll that rises after the attack its own
			// sentence names)
			continue
		}
		reach := 16 // "the death toll from a gang attack on the town of X rose to 31"
		if people != "" {
			reach = 20 // "the number of soldiers killed since ... to 410"
		}
		// A long phrase of where and what ("the death toll from a
		// Russian missile strike on an apartment block in the central
		// Ukrainian city of Dnipro rose to 11") still ends at its
		// figure when a verb of rising leads to it.
		const riseReach = 26
		for j := t + 1; j < len(ws) && j <= t+riseReach; j++ {
			w := ws[j].Lower
			if w == "." || w == ";" {
				break
			}
			if !(isDigits(w) || units[w] > 0) || ctx.inDate(ws[j].Start) || !(tollLead[ws[j-1].Lower] || numberLead[ws[j-1].Lower]) {
				continue
			}
			if j > t+reach && !(ws[j-1].Lower == "to" && j >= 2 && riseVerbs[ws[j-2].Lower]) {
				continue
			}
			am, ok := amountAt(ws, j)
			if !ok || am.n == nil || yearLike(ws, am) {
				break
			}
			if nx := am.last + 1; nx < len(ws) && (ws[nx].Lower == "%" || ws[nx].Lower == "percent") {
				break
			}
			dup := false
			for _, f := range have {
				if f.Start <= ws[j].Start && ws[j].Start < f.End {
					dup = true
				}
			}
			if dup {
				break
			}
			f := found{outcomeAt: max(t-1, 0), civilian: people == "" || civilianNouns[people], nominal: true, toll: true, head: people,
				stateForce: stateForceNouns[people], armed: armedNouns[people]}
			f.N, f.NMax = am.n, am.nMax
			f.Item, f.Outcome = item, item
			if item == "lost" {
				f.Item = "killed"
			}
			f.Start, f.End = ws[am.first].Start, ws[am.last].End
			f.Sentence = ctx.sentText(si)
			f.inClaim = ctx.claimFor(f.Start, f.End, si)
			if f.inClaim != nil {
				f.Claim = parallax.OptionalID(f.inClaim.ID)
			}
			out = append(out, f)
			break
		}
	}
	return out
}

// sameHeadAnyOwner returns the owner of the last count of the n sentences
// before si whose people have the noun head, of any item; "" when none.
func (c *context) sameHeadAnyOwner(si, n int, head string) string {
	for i := len(c.doc.Counts) - 1; i >= 0; i-- {
		ct := c.doc.Counts[i]
		k := c.sentenceOf(ct.Start)
		if k < si-n {
			return ""
		}
		if k < si && c.heads[ct.Start] == head && ct.Owner != "" && peopleItems[ct.Item] {
			return ct.Owner
		}
	}
	return ""
}

// amongTheDead reports whether the words before a count end in "among the
// dead are" (or "killed", "wounded", "victims"; "were", "included").
func amongTheDead(before string) bool {
	fs := strings.Fields(strings.ToLower(before))
	n := len(fs)
	if n < 4 {
		return false
	}
	switch fs[n-1] {
	case "are", "were", "was", "is", "included", "include", "includes":
	default:
		return false
	}
	return fs[n-4] == "among" && (fs[n-3] == "the" || fs[n-3] == "those") && amongNouns[fs[n-2]] != ""
}

// sameItemOwner returns the owner of the last count of the n sentences
// before si with the item and an owner, "" when none.
func (c *context) sameItemOwner(si, n int, item string) string {
	for i := len(c.doc.Counts) - 1; i >= 0; i-- {
		ct := c.doc.Counts[i]
		k := c.sentenceOf(ct.Start)
		if k < si-n {
			return ""
		}
		if k < si && ct.Item == item && ct.Owner != "" {
			return ct.Owner
		}
	}
	return ""
}

// sameHeadOwner returns the owner of the last count of the n sentences
// before si whose people have the noun head and the item, "" when none.
func (c *context) sameHeadOwner(si, n int, head, item string) string {
	for i := len(c.doc.Counts) - 1; i >= 0; i-- {
		ct := c.doc.Counts[i]
		k := c.sentenceOf(ct.Start)
		if k < si-n {
			return ""
		}
		if k < si && ct.Item == item && c.heads[ct.Start] == head && ct.Owner != "" {
			return ct.Owner
		}
	}
	return ""
}

// killedWithin reports whether one of the n sentences before si holds a
// count of people killed.
func killedWithin(ctx *context, si, n int) bool {
	for i := len(ctx.doc.Counts) - 1; i >= 0; i-- {
		c := ctx.doc.Counts[i]
		k := ctx.sentenceOf(c.Start)
		if k < si-n {
			return false
		}
		if k < si && c.Item == "killed" {
			return true
		}
	}
	return false
}

// outcomeAhead reports whether an outcome word starts at ws[j] or right
// after the noun there: a participle before it is then the verb of a
// clause of its own ("40 captured were freed" aside, "wounded soldiers"
// keep their participle as a modifier only before a noun).
func outcomeAhead(s *Stage, ws []words.Word, j int) bool {
	_, n := phraseAt(s.outcomes, s.firstLen(ws, j), ws, j)
	return n > 0
}

// peopleNounAhead reports whether a people item begins at ws[j] or the
// word after it: "wounded soldiers", "wounded Ukrainian soldiers".
func (s *Stage) peopleNounAhead(ws []words.Word, j int) bool {
	for k := j; k < len(ws) && k <= j+1; k++ {
		if e, n := phraseAt(s.items, s.firstLen(ws, k), ws, k); n > 0 && e.people {
			return true
		}
	}
	return false
}

// squadNouns are the small units whose members a count after "of" gives:
// "a group of six", "a cell of four militants".
var squadNouns = map[string]bool{"group": true, "unit": true, "squad": true, "team": true, "cell": true,
	"band": true, "detachment": true, "platoon": true, "crew": true}

// materielForms are outcome words said only of materiel: troops
// "recovered two gun trucks" took them; people recovered are bodies found
// or the wounded healed.
var materielForms = map[string]bool{"recovered": true, "recovering": true}

// localTransport reports whether a sentence names a bus, minibus or train:
// their passengers are, as a rule, people of the country they travel in,
// unlike the passengers of a flight or a ship.
func localTransport(ws []words.Word) bool {
	for _, w := range ws {
		switch w.Lower {
		case "bus", "buses", "minibus", "minibuses", "train", "trains", "coach", "truck", "lorry", "van", "taxi":
			return true
		}
	}
	return false
}

// farTransport reports whether a sentence names a flight or a ship, whose
// passengers are of many nations: "a passenger ferry", "the airliner".
func farTransport(ws []words.Word) bool {
	for _, w := range ws {
		if farTransportWords[w.Lower] {
			return true
		}
	}
	return false
}

var farTransportWords = map[string]bool{"flight": true, "flights": true, "plane": true, "planes": true,
	"airliner": true, "airliners": true, "aircraft": true, "jet": true, "jetliner": true, "ship": true,
	"ships": true, "ferry": true, "ferries": true, "vessel": true, "vessels": true, "boat": true,
	"boats": true, "liner": true, "cruise": true, "tanker": true}

// ridersOfLocalTransport reports whether the passengers of sentence si,
// which names no vehicle, rode a bus or train the story named before: the
// nearest earlier sentence that names a vehicle says which ("gunmen opened
// fire on a bus ... Hospital sources said the five wounded passengers were
// stable"), a flight or a ship making them of no one state.
func (c *context) ridersOfLocalTransport(si int) bool {
	for k := si - 1; k >= 0 && k >= si-maxTransportBack; k-- {
		ws := c.sents[k].Words
		if localTransport(ws) {
			return true
		}
		if farTransport(ws) {
			return false
		}
	}
	return false
}

// maxTransportBack bounds how many sentences back the vehicle of a
// sentence's passengers is looked for.
const maxTransportBack = 30

// frontedCounts finds the shares of a whole of materiel named at the head
// of the sentence: "Of the 56 drones launched overnight, 40 were shot down
// and 16 were lost to electronic warfare" is 40 drones shot down and 16
// lost. The whole is the launcher's (a party named with it or with a verb
// of launching in this sentence or the one before), else the opponent of
// the party that tells it. The whole itself is no count, and a share read
// before as a bare number of people ("71 were destroyed") is the whole's
// materiel. It returns have with those changes.
func (s *Stage) frontedCounts(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	if len(ws) < 8 || ws[0].Lower != "of" || ws[1].Lower != "the" {
		return have
	}
	_, last, ok := numberAt(ws, 2)
	if !ok {
		return have
	}
	var head itemEntry
	owner, comma := "", -1
	for j := last + 1; j < len(ws) && j <= last+10; j++ {
		if ws[j].Lower == "," {
			comma = j
			break
		}
		if side := ctx.sideAt(si, j); side != "" && head.item == "" && !words.AfterPreposition(ws, j) {
			owner = side // "Of the 56 Russian drones"
		}
		if e, k := phraseAt(s.items, s.firstLen(ws, j), ws, j); k > 0 && head.item == "" {
			head = e
			j += k - 1
		}
	}
	if comma < 0 || head.item == "" || head.people || head.item == "none" {
		return have
	}
	if owner == "" {
		owner = ctx.launcher(si)
	}
	for j := last + 1; owner == "" && j+1 < comma; j++ {
		// "Of the 56 drones launched at Ukraine": the opponent of the
		// party they were launched at
		if launchVerbs[ws[j].Lower] && (ws[j+1].Lower == "at" || ws[j+1].Lower == "against" || ws[j+1].Lower == "on" || ws[j+1].Lower == "by") {
			for m := j + 2; m < comma && m <= j+4; m++ {
				if side := ctx.sideAt(si, m); side != "" {
					owner = side // "launched by Russia"
					if ws[j+1].Lower != "by" {
						owner = ctx.opponent(side)
					}
					break
				}
			}
		}
	}
	var out []found
	for _, f := range have {
		if f.Start == ws[2].Start || f.bare && f.Start > ws[comma].Start {
			continue // the whole, and shares taken for people
		}
		out = append(out, f)
	}
	have = out
	for i := comma + 1; i < len(ws); i++ {
		if !isDigits(ws[i].Lower) && units[ws[i].Lower] == 0 {
			continue
		}
		am, ok := amountAt(ws, i)
		if !ok || am.n == nil {
			continue
		}
		k := am.last + 1
		for n := 0; k < len(ws) && n < 3 && auxWords[ws[k].Lower]; n++ {
			k++
		}
		if k == am.last+1 || k >= len(ws) {
			i = am.last
			continue // "40 were shot down": the share's own verb, after a copula
		}
		o, n := phraseAt(s.outcomes, s.firstLen(ws, k), ws, k)
		if n == 0 || peopleOnlyForms[phrase(ws, k, k+n-1)] {
			i = am.last
			continue
		}
		if overlapsFound(have, ws[am.first].Start, ws[am.last].End) {
			i = am.last
			continue
		}
		f := found{outcomeAt: k}
		f.N, f.NMax = am.n, am.nMax
		f.Item, f.Outcome = head.item, o
		f.Start, f.End = ws[am.first].Start, ws[k+n-1].End
		f.Sentence = ctx.sentText(si)
		f.inClaim = ctx.claimFor(f.Start, f.End, si)
		if f.inClaim != nil {
			f.Claim = parallax.OptionalID(f.inClaim.ID)
		}
		f.Owner = owner
		if f.Owner == "" && f.inClaim != nil {
			if sp := ctx.speakerSide(f.inClaim); sp != "" {
				f.Owner = ctx.opponent(sp)
			}
		}
		f.ownerNamed = f.Owner != ""
		f.agentSet = true // (whoever downed them, the whole's owner stands)
		out = append(out, f)
		i = k + n - 1
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// overlapsFound reports whether the text from start to end overlaps a
// count already found, which a later pass must not count again.
func overlapsFound(have []found, start, end int) bool {
	for _, f := range have {
		if f.Start < end && start < f.End {
			return true
		}
	}
	return false
}

// partVerbs join a share of a toll to the people it was: "32 of the dead
// were fighters", "five were SDF members".
var partVerbs = map[string]bool{"were": true, "was": true, "are": true, "is": true}

// partCounts finds the shares of a toll that a copula says whose people
// they were: "32 of the dead were fighters of the Syrian National Army and
// five were SDF members" is 32 killed of the SNA and 5 of the SDF. The
// toll itself is counted where it is told; a share is counted only when
// its own words name a side or say what kind of people it was.
func (s *Stage) partCounts(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	var out []found
	item, at := "", -1 // the outcome of the last share, carried to "and five were ..."
	for i := 0; i < len(ws); i++ {
		if !(isDigits(ws[i].Lower) || units[ws[i].Lower] > 0) || ctx.inDate(ws[i].Start) {
			continue
		}
		am, ok := amountAt(ws, i)
		if !ok || am.n == nil || yearLike(ws, am) {
			continue
		}
		k := am.last + 1
		share, outAt := "", -1
		if k+3 < len(ws) && ws[k].Lower == "of" && ws[k+1].Lower == "the" && partVerbs[ws[k+3].Lower] {
			// "32 of the dead were"
			if o, ok := amongNouns[ws[k+2].Lower]; ok {
				share, outAt, k = o, k+2, k+4
			}
		} else if item != "" && k < len(ws) && partVerbs[ws[k].Lower] && am.first > 0 &&
			(ws[am.first-1].Lower == "and" || ws[am.first-1].Lower == "while" || ws[am.first-1].Lower == ",") {
			// "... and five were SDF members": the next share of the same toll
			share, outAt, k = item, at, k+1
		}
		if share == "" {
			continue
		}
		item, at = share, outAt
		if overlapsFound(have, ws[am.first].Start, ws[am.last].End) {
			i = am.last
			continue
		}
		// The people it was: up to the next share, clause or sentence end;
		// the last side named is the head's ("the Turkish-backed SNA").
		side, noun := "", ""
		for j := k; j < len(ws) && j < k+9; j++ {
			w := ws[j].Lower
			if isPunct(w) || w == "and" || w == "while" || w == "but" {
				break
			}
			if sd := ctx.sideAt(si, j); sd != "" {
				side = sd
			}
			if noun == "" && (civilianNouns[w] || stateForceNouns[w] || armedNouns[w]) {
				noun = w
			}
		}
		if side == "" && noun == "" {
			i = am.last
			continue
		}
		f := found{outcomeAt: outAt, nominal: true, civilian: side == "" && civilianNouns[noun],
			stateForce: stateForceNouns[noun], armed: armedNouns[noun]}
		f.N, f.NMax = am.n, am.nMax
		f.Item, f.Outcome = share, share
		f.Owner, f.ownerNamed = side, side != ""
		f.Start, f.End = ws[am.first].Start, ws[am.last].End
		f.Sentence = ctx.sentText(si)
		f.inClaim = ctx.claimFor(f.Start, f.End, si)
		if f.inClaim != nil {
			f.Claim = parallax.OptionalID(f.inClaim.ID)
		}
		out = append(out, f)
		i = am.last
	}
	return out
}

// antecedent returns the word index of the nearest plural noun of
// civilians before offset at in its sentence that "of them" takes up
// ("police dispersed hundreds of Papuan students ... and arrested 30 of
// them"), -1 when there is none. (Soldiers named between, "against the
// deployment of troops", are not whom the police held.)
func antecedent(ws []words.Word, at int) int {
	// (civilians first, as in the protests the rule was made for; then
	// soldiers or fighters, the nearer of the two: "junta troops who fled
	// ... 60 of them", "soldiers had engaged the terrorists, killing 20 of
	// them" (the soldiers' foes, not the soldiers))
	for _, pass := range [][]map[string]bool{{civilianNouns}, {stateForceNouns, armedNouns}, {{"peacekeepers": true}}} {
		for k := len(ws) - 1; k >= 0; k-- {
			if ws[k].Start >= at {
				continue
			}
			w := ws[k].Lower
			if w == "others" || w == "people" && k > 0 && ws[k-1].Lower == "of" {
				continue
			}
			if !strings.HasSuffix(w, "s") {
				continue
			}
			for _, nouns := range pass {
				if nouns[w] {
					return k
				}
			}
		}
	}
	return -1
}

// groupShareAt returns the index of "of" when "of the group's" or "of the
// militia's" follows the amount am ("two of the group's fighters", "a
// number of the militia's members"), else -1.
func groupShareAt(ws []words.Word, am amount) int {
	k := am.last + 1
	if am.vague && ws[am.last].Lower == "of" {
		k-- // (the vague amount ends on its "of")
	}
	if k+3 < len(ws) && ws[k].Lower == "of" && ws[k+1].Lower == "the" && groupNouns[ws[k+2].Lower] && (ws[k+3].Lower == "'s" || ws[k+3].Lower == "’s") {
		return k
	}
	return -1
}

// homeNouns are the buildings people live and trade in, named beside the
// cars hit with them (not "buildings": a strike list's "three ISIL-held
// buildings, two vehicles" are the group's).
var homeNouns = map[string]bool{"house": true, "houses": true, "home": true, "homes": true, "shop": true,
	"shops": true, "apartment": true, "apartments": true}

// besideHomes reports whether the count that starts at byte start follows
// homes in one list ("A private house and three cars were damaged",
// "Several houses and three vehicles were burnt"): the cars are people's,
// as the homes are.
func besideHomes(ws []words.Word, start int) bool {
	k := -1
	for j := range ws {
		if ws[j].Start == start {
			k = j
			break
		}
	}
	if k < 2 || ws[k-1].Lower != "and" && ws[k-1].Lower != "," {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if homeNouns[ws[j].Lower] {
			return true
		}
		if isPunct(ws[j].Lower) {
			break
		}
	}
	return false
}

// civilianMateriel reports whether the words of a count at [start, end)
// name civilian materiel: "three civilian aircraft", "a commercial
// airliner".
func civilianMateriel(ws []words.Word, start, end int) bool {
	for _, w := range ws {
		if w.Start >= start && w.End <= end {
			switch w.Lower {
			case "civilian", "civil", "commercial", "passenger", "private", "civilians'":
				return true
			}
		}
	}
	return false
}

// stateMateriel reports a vehicle the words of the count [start, end)
// give to a state's services without naming the state: "a police van",
// "two state buses", "an army truck".
func stateMateriel(ws []words.Word, start, end int) bool {
	for _, w := range ws {
		if w.Start >= start && w.End <= end {
			switch w.Lower {
			case "police", "state", "state-run", "state-owned", "government", "municipal", "army", "military":
				return true
			}
		}
	}
	return false
}

// hospitalised reads people taken to hospital after an attack or at a
// protest as wounded ("at least six were taken to hospital", "two
// policemen were admitted to the Colombo National Hospital"), from the
// words after their noun at ws[last]: "wounded" and the index of the verb,
// or "" and -1. Elsewhere the sick are taken to hospital too.
func hospitalised(ctx *context, si, last int) (string, int) {
	ws := ctx.sents[si].Words
	k := pastSetOffPart(ws, pastTotality(ws, last+1))
	for n := 0; k < len(ws) && n < 3 && (auxWords[ws[k].Lower] || ws[k].Lower == "also" || ws[k].Lower == "later"); n++ {
		k++
	}
	if k >= len(ws) {
		return "", -1
	}
	switch ws[k].Lower {
	case "hospitalised", "hospitalized":
	case "treated":
		// "were being treated in hospitals", "were treated for shrapnel
		// wounds": care for the hurt ("treated for shock" is none)
		if !hurtAfter(ws, k+1) && !nearHospital(ws, k+1) {
			return "", -1
		}
	case "taken", "rushed", "admitted", "airlifted", "evacuated", "flown", "brought":
		hospital := false
		for j := k + 1; j < len(ws) && j <= k+6; j++ {
			if w := ws[j].Lower; w == "hospital" || w == "hospitals" {
				hospital = true
				if hurtAfter(ws, j+1) {
					// "taken to hospital with burns", "flown to the
					// army hospital with fractures": hurt, however
					return "wounded", k
				}
				break
			}
			if isPunct(ws[j].Lower) {
				break
			}
		}
		if !hospital {
			return "", -1
		}
	default:
		return "", -1
	}
	if !ctx.violentNear(si) && !ctx.unrestAround(si) {
		return "", -1
	}
	return "wounded", k
}

// wordBeforeAmount is the index of the word before the amount that starts
// at byte start, past up to four words that lead a number ("at least",
// "more than"), or -1 when there is none.
func wordBeforeAmount(ws []words.Word, start int) int {
	k := -1
	for j := range ws {
		if ws[j].Start == start {
			k = j - 1
			break
		}
	}
	for n := 0; k >= 0 && n < 4 && (numberLead[ws[k].Lower] || isQuote(ws[k].Lower)); n++ {
		k-- // (`suffered "a larger number of injured"`: a quoted amount)
	}
	return k
}

// objectParty returns the one party other than the agent and the speaker
// that sentence si names in an "of" phrase before materiel count f ("its
// units took over 90 posts of the Armenian armed formations and destroyed
// up to 20 military vehicles"): whose the materiel was, rather than the
// party the agent fights most across the article; "" when none or
// several.
func (s *Stage) objectParty(ctx *context, si int, f found, agent, speaker string) string {
	ws := ctx.sents[si].Words
	found := ""
	for j := 0; j < len(ws) && ws[j].End <= f.Start; j++ {
		side := ctx.sideAt(si, j)
		if side == "" || side == agent || side == speaker || neutral[side] || ctx.inCountPhrase(si, j) || supplierMention(ws, j) {
			continue
		}
		k := j
		for k > 0 && isQuote(ws[k-1].Lower) {
			k-- // `posts of the "Armenian armed formations"`
		}
		if k < 2 || !(ws[k-1].Lower == "of" || determiners[ws[k-1].Lower] && ws[k-2].Lower == "of") {
			// (only what the agent took or hit belongs to a party:
			// "posts of", "positions of"; not "territory held by
			// Yemen's Houthi rebels")
			continue
		}
		if found != "" && found != side {
			return ""
		}
		found = side
	}
	return found
}

// tollBody reports whether a speaker's words name a body that counts the
// victims of its own country: a health ministry or service ("the Velmar
// health ministry"), a prosecutor general, an ombudsman or human rights
// defender, a civil defence or emergency service.
func tollBody(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	for i, w := range ws {
		switch strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") {
		case "health", "prosecutor", "prosecutor-general", "ombudsman", "ombudsperson", "emergencies", "emergency":
			return true
		case "civil":
			if i+1 < len(ws) && strings.HasPrefix(ws[i+1], "defen") {
				return true
			}
		case "rights":
			if i+1 < len(ws) && strings.HasPrefix(ws[i+1], "defender") {
				return true
			}
		}
	}
	return false
}

// ranksOwner returns the side of the subject of sentence si when the
// people counted at offset start are said to be "in its ranks" or "in
// their ranks" later in the same clause, "" otherwise.
func ranksOwner(ctx *context, si, start int) string {
	ws := ctx.sents[si].Words
	k := 0
	for k < len(ws) && ws[k].Start < start {
		k++
	}
	for j := k; j+2 < len(ws) && j-k <= 12; j++ {
		w := ws[j].Lower
		if w == ";" || w == "." || w == "but" || w == "while" {
			return ""
		}
		if (w == "in" || w == "among" || w == "within") && (ws[j+1].Lower == "its" || ws[j+1].Lower == "their") && ws[j+2].Lower == "ranks" {
			return ctx.subjectBefore(si, k)
		}
	}
	return ""
}

// sinceConflict reports whether the words after the count ending at word
// last hold "since" and, within four words, a war or its fighting: "since
// the fighting intensified in July", "since the conflict began" (not "since
// Friday": the victims of one spell of attacks).
func sinceConflict(ws []words.Word, last int) bool {
	for j := last + 1; j < len(ws) && j <= last+12; j++ {
		w := ws[j].Lower
		if w == ";" || w == "." || w == "," && j > last+1 {
			return false
		}
		if w != "since" {
			continue
		}
		for k := j + 1; k < len(ws) && k <= j+4; k++ {
			if conflictNouns[ws[k].Lower] && ws[k].Lower != "civil" {
				return true
			}
		}
		return false
	}
	return false
}

// conflictNouns name a war as a whole, the killer of a long-run toll.
var conflictNouns = map[string]bool{"war": true, "conflict": true, "violence": true, "crisis": true,
	"insurgency": true, "fighting": true, "rebellion": true, "civil": true}

// mixedShares say that most of the people of a toll were fighters, of
// whichever side: "more than 480 people, most of them fighters".
var mixedShares = map[string]bool{"fighters": true, "combatants": true, "militants": true}

// wholeWarToll reports whether people count f is the toll of a war as a
// whole, whose dead are of every side and so no one party's: thousands of
// "people" that a war, conflict or crisis "has killed" or that were killed
// "in the fighting" by the count of a monitor (monitor: no claim, a
// neutral body's or one of a known body of no side: "according to
// ACLED"), or people of whom "most" were fighters. A smaller
// toll of "people" is the victims of an attack, owned by the state where
// they were hit; so are civilians of any number, and the dead of "gang
// violence", which no party fights as a war.
func wholeWarToll(ws []words.Word, text string, f found, monitor bool) bool {
	if f.Item != "killed" || f.head != "people" && f.head != "persons" {
		return false
	}
	first, last := -1, -1
	for j := range ws {
		if ws[j].Start >= f.Start && ws[j].End <= f.End {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	if first < 0 {
		return false
	}
	// "..., most of them fighters" (past a place: "480 people in
	// Lebanon, most of them fighters")
	k := last + 1
	if k < len(ws) && (ws[k].Lower == "in" || ws[k].Lower == "across") {
		for j := k + 1; j < len(ws) && j <= k+5; j++ {
			if isPunct(ws[j].Lower) {
				k = j
				break
			}
		}
	}
	if k+4 < len(ws) && ws[k].Lower == "," && ws[k+1].Lower == "most" && ws[k+2].Lower == "of" && ws[k+3].Lower == "them" && mixedShares[ws[k+4].Lower] {
		return true
	}
	if !monitor {
		return false
	}
	if sinceConflict(ws, last) {
		// "at least 140 people had been killed in the region since the
		// fighting intensified": a monitor's tally of a war's dead over
		// a time, however small, counts every side's
		return true
	}
	v := first - 1
	for v >= 0 && first-v <= 3 && numberLead[ws[v].Lower] {
		v-- // (over "some", "more than")
	}
	if v >= 1 && ws[v].Lower == "left" {
		// "whose war with the state left some 69,000 people dead": the
		// war the verb's subject names killed them
		for j := v - 1; j >= 0 && first-j <= 30 && ws[j].Lower != ";" && ws[j].Lower != "."; j-- {
			if conflictNouns[ws[j].Lower] && !(j > 0 && ws[j-1].Lower == "gang") {
				return f.N == nil || *f.N >= 1000
			}
		}
	}
	if f.N != nil && *f.N < 1000 {
		return false
	}
	if f.N == nil && !strings.Contains(strings.ToLower(text[f.Start:f.End]), "thousand") && !strings.Contains(strings.ToLower(text[f.Start:f.End]), "million") {
		return false
	}
	war := func(j int) bool {
		return conflictNouns[ws[j].Lower] && !(j > 0 && ws[j-1].Lower == "gang")
	}
	at := f.outcomeAt
	if at < 0 || at >= len(ws) {
		return false
	}
	if at < first && at >= 1 && (ws[at-1].Lower == "has" || ws[at-1].Lower == "have" || ws[at-1].Lower == "had") {
		// "The violence has killed tens of thousands of people": the war
		// is the subject of the perfect
		for j := at - 2; j >= 0 && at-j <= 30; j-- {
			if ws[j].Lower == ";" || ws[j].Lower == "." {
				break
			}
			if war(j) {
				return true
			}
		}
		return false
	}
	if at > last {
		// "at least 3,000 people were killed in the fighting for the city"
		for j := at + 1; j < len(ws) && j <= at+4; j++ {
			if isPunct(ws[j].Lower) {
				break
			}
			if war(j) && (ws[j-1].Lower == "the" || ws[j-1].Lower == "in") {
				return true
			}
		}
	}
	return false
}

// backerSuffixes end a modifier that names who stands behind a force
// rather than who it is: "Turkish-backed", "Iranian-sponsored".
var backerSuffixes = []string{"-backed", "-sponsored", "-funded"}

// materielHandover verbs pass materiel from a backer to a force: "tanks supplied to
// the separatists by Russia".
// ("sent by" is left out: "25 drones sent by India" names who flew them.)
var materielHandover = map[string]bool{"supplied": true, "provided": true, "delivered": true, "donated": true,
	"shipped": true, "gifted": true, "smuggled": true}

// backedOwner returns the owner of count f of sentence si once a backer is
// told apart from the force it backs: a side named by a "-backed" word of
// the count's own phrase, or after "supplied ... by" right after it, is
// the backer; the force the materiel went to ("supplied to the rebels")
// or, failing that, the armed group the story names, owns it. Where
// nothing names the force, a backer's side is dropped rather than kept.
func (s *Stage) backedOwner(ctx *context, si int, f found, speaker string) string {
	ws := ctx.sents[si].Words
	backer, recipient, groupNoun := "", "", false
	for j := range ws {
		if ws[j].Start < f.Start || ws[j].End > f.End {
			continue
		}
		for _, suf := range backerSuffixes {
			if !strings.HasSuffix(ws[j].Lower, suf) {
				continue
			}
			w := ws[j]
			w.Text, w.Lower = w.Text[:len(w.Text)-len(suf)], w.Lower[:len(w.Lower)-len(suf)]
			if side, n := s.sides.At([]words.Word{w}, 0); n == 1 {
				backer = side
			} else if side := ctx.sideAt(si, j); side != "" {
				backer = side
			}
		}
	}
	if !peopleItems[f.Item] {
		k := 0
		for k < len(ws) && ws[k].Start < f.End {
			k++
		}
		for j := k; j < len(ws) && j < k+5; j++ {
			if isPunct(ws[j].Lower) {
				break
			}
			if !materielHandover[ws[j].Lower] {
				continue
			}
			for m := j + 1; m < len(ws) && m <= j+9; m++ {
				w := ws[m].Lower
				if isPunct(w) && w != "'s" {
					break
				}
				switch {
				case w == "to" && recipient == "" && !groupNoun:
					for r := m + 1; r < len(ws) && r <= m+3; r++ {
						if side := ctx.sideAt(si, r); side != "" {
							recipient = side
							break
						}
						if armedNouns[ws[r].Lower] {
							groupNoun = true
							break
						}
					}
				case w == "by":
					for b := m + 1; b < len(ws) && b <= m+3; b++ {
						if side := ctx.sideAt(si, b); side != "" {
							if side == f.Owner {
								backer = side
							}
							break
						}
					}
				}
			}
			break
		}
	}
	if backer != f.Owner && !groupNoun {
		// (a backer that is not the owner worked out is no harm: "a
		// Turkish-backed vehicle" the SNA lost stays the SNA's)
		backer = ""
	}
	switch {
	case recipient != "" && recipient != backer:
		return recipient
	case backer == "" && !groupNoun:
		return f.Owner
	}
	if g := s.storyGroup(ctx, speaker, ""); g != "" && g != backer && (groupNoun || backer != "") {
		return g
	}
	if backer != "" {
		return ""
	}
	return f.Owner
}

// heldByParty reports whether the words from ws[k] name an armed party
// that holds people: a name (capitalised, "the Revolutionary United
// Front", "Sierra Leone rebels") or fighters ("rebels", "the militants"),
// not a thing ("held by a rope") or a place.
func heldByParty(ws []words.Word, k int) bool {
	if k < len(ws) && (ws[k].Lower == "the" || ws[k].Lower == "armed") {
		k++
	}
	for j := k; j < len(ws) && j <= k+3; j++ {
		if armedNouns[ws[j].Lower] || hostileNouns[ws[j].Lower] {
			return true
		}
		if !startsUpper(ws[j].Text) {
			return false
		}
		if j == k {
			// a name: "held by the Northern Legion", "by Sierra Leone
			// rebels" (not a day: "held by Monday")
			return !dayOrMonth[ws[j].Lower]
		}
	}
	return false
}

// dayOrMonth are capitalised words that name no party.
var dayOrMonth = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// sourceNouns are the bodies that open a line of news on their word: "Health
// ministry: 35 killed", "Iraqi communique: 60 tanks destroyed".
// The value says whether the noun is a state's own body, which speaks for
// the state the story is told of when no word names its side; media
// ("Example Capital TV:") may be anyone's, and speak for a side only when
// their words name it ("Uganda radio:").
var sourceNouns = map[string]bool{"ministry": true, "army": true, "military": true, "government": true,
	"police": true, "communique": true, "communiqué": true, "command": true, "presidency": true,
	"radio": false, "television": false, "tv": false, "agency": false, "spokesman": false,
	"spokesperson": false, "officials": false, "statement": false}

// colonSource returns the side of the source a line of sentence si opens
// on, before a colon that comes before offset start: a body noun ("Health
// ministry:"), with the side its words name or, with none, the state the
// story is told of; or a party's name ("Kurdistan Region:"). A place alone
// ("Kharkiv Oblast: 3 killed") or a heading ("Killed: 12", "Aircraft
// lost: 10") is no source. "" when none.
func (s *Stage) colonSource(ctx *context, si, start int) string {
	ws := ctx.sents[si].Words
	colon := -1
	for j := 1; j < len(ws) && j <= 5 && ws[j].Start < start; j++ {
		if ws[j].Lower == ":" {
			colon = j
			break
		}
	}
	if colon < 0 {
		return ""
	}
	side, source, body := "", false, false
	for j := 0; j < colon; j++ {
		w := ws[j]
		state, ok := sourceNouns[w.Lower]
		switch {
		case ok:
			source = true
			body = body || state
		case w.Lower == "the" || w.Lower == "'s" || w.Lower == "-" || w.Lower == "live":
		case !startsUpper(w.Text):
			return ""
		}
		if sd := ctx.sideAt(si, j); sd != "" {
			if side != "" && side != sd {
				return ""
			}
			side = sd
		}
	}
	switch {
	case side != "" && (source || !placeHeading(ctx, si)):
		return side
	case body:
		if st := ctx.dominantCountry(nil); s.states[st] && !s.deFacto[st] {
			return st
		}
	}
	return ""
}

// speakerLabel returns, for a sentence si that opens a paragraph on a
// speaker's label and a colon ("DG ISPR Lt Gen Ahmed Sharif Chaudhry:",
// "Example Dawn Wire:", "Minister Tarar:"), the colon's index and the side
// the label names ("" for a label of no known side: a newspaper asking);
// -1 when the sentence opens on no label.
func (s *Stage) speakerLabel(ctx *context, si int) (int, string) {
	ws := ctx.sents[si].Words
	if len(ws) < 3 {
		return -1, ""
	}
	k := ws[0].Start
	for k > 0 && (ctx.doc.Text[k-1] == ' ' || ctx.doc.Text[k-1] == '\t') {
		k--
	}
	if k > 0 && ctx.doc.Text[k-1] != '\n' {
		return -1, "" // not a paragraph's first sentence
	}
	colon := -1
	for j := 1; j < len(ws) && j <= 9; j++ {
		if ws[j].Lower == ":" {
			colon = j
			break
		}
		switch w := ws[j].Lower; {
		case w == "for" || w == "of" || w == "the" || w == "and" || w == "'s" || w == "-":
		case !startsUpper(ws[j].Text) || isPunct(w) && w != ".":
			return -1, ""
		}
	}
	if colon < 0 || !startsUpper(ws[0].Text) {
		return -1, ""
	}
	side := ""
	for j := 0; j < colon; j++ {
		if sd := ctx.sideAt(si, j); sd != "" {
			if side != "" && side != sd {
				return colon, ""
			}
			side = sd
		}
	}
	return colon, side
}

// transcriptSource returns the side of the speaker whose answer sentence si
// is, at offset start, in a transcript (an article with four or more
// paragraphs that open on a speaker's label): the nearest label at or
// before it, and whether there is such a label. "" when the article is no
// transcript or the label has no side.
func (s *Stage) transcriptSource(ctx *context, si, start int) (string, bool) {
	labels := 0
	for sj := range ctx.sents {
		if c, _ := s.speakerLabel(ctx, sj); c >= 0 {
			labels++
		}
	}
	if labels < 4 {
		return "", false
	}
	for sj := si; sj >= 0; sj-- {
		c, side := s.speakerLabel(ctx, sj)
		if c < 0 {
			continue
		}
		if sj == si && ctx.sents[si].Words[c].Start > start {
			return "", false // the count is in the label itself
		}
		return side, true
	}
	return "", false
}

// firstPersonOwn reports whether the count spanning [start, end) of words
// ws is the speaker's own by a first-person word: "our" inside or right
// before it ("Five of our soldiers", "our two helicopters"), or "we" as
// the subject of a verb of losing right before it ("We lost one
// aircraft").
func firstPersonOwn(ws []words.Word, start, end int) bool {
	first := -1
	for j := range ws {
		if ws[j].Start >= start && first < 0 {
			first = j
		}
		if ws[j].Start >= start && ws[j].End <= end && ws[j].Lower == "our" {
			return true
		}
	}
	if first < 1 {
		return false
	}
	if ws[first-1].Lower == "our" {
		return true
	}
	k := first - 1
	if ws[k].Lower == "lost" || ws[k].Lower == "lose" {
		k--
		if k >= 0 && (ws[k].Lower == "have" || ws[k].Lower == "had") {
			k--
		}
		return k >= 0 && ws[k].Lower == "we"
	}
	return false
}

// martyrsNoun reports whether w is a noun that itself says its people were
// killed.
func martyrsNoun(w string) bool {
	return w == "martyrs" || w == "martyr"
}

// amountBetween reports whether an amount starts at a word of ws from a up
// to (not including) b.
func amountBetween(ws []words.Word, a, b int) bool {
	for j := a; j < b && j < len(ws); j++ {
		if _, ok := amountAt(ws, j); ok {
			return true
		}
	}
	return false
}

// killedFirstOfAlternatives returns the index of "killed" that opens a
// list of alternative outcomes ending with the verb at index at ("killed,
// wounded or captured", "killed, injured or abducted"), -1 when the verb
// at at opens no such list or is "killed" itself. Such a figure is a
// side's losses of any kind, which the reports count as killed, as
// "killed or wounded" is.
func killedFirstOfAlternatives(ws []words.Word, at int) int {
	if at < 2 || at >= len(ws) || ws[at].Lower == "killed" {
		return -1
	}
	or := false
	for j := at - 1; j >= 0 && at-j <= 6; j-- {
		switch w := ws[j].Lower; w {
		case "or":
			or = true
		case ",", "and", "wounded", "injured", "captured", "abducted", "kidnapped", "missing":
		case "killed":
			if or {
				return j
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// lostMateriel: f is a number lost with no noun of its own ("losing
// eight", "and lost six") after prev, a count of materiel in the same
// sentence; it counts more of prev's item. After people ("killed 30
// militants and lost seven") the bare number stays people.
func lostMateriel(ws []words.Word, f found, prev parallax.Count) bool {
	if !peopleItems[f.Item] || peopleItems[prev.Item] || prev.End > f.Start || f.outcomeAt < 0 || f.outcomeAt >= len(ws) ||
		!strings.HasPrefix(ws[f.outcomeAt].Lower, "los") || ws[f.outcomeAt].End > f.Start {
		return false
	}
	n := 0
	for _, w := range ws {
		if w.Start >= f.Start && w.End <= f.End {
			n++
		}
	}
	// ("lost two of their own" after "its pilots had shot down five jets"
	// are the pilots' comrades: only the bare number takes the item)
	return n == 1
}

// eachSideSubject reports whether the subject of f's outcome verb is "both
// sides", "each side" or "either side" ("both sides had lost 300 men").
func eachSideSubject(ws []words.Word, f found) bool {
	j := f.outcomeAt - 1
	if f.outcomeAt < 0 || f.outcomeAt >= len(ws) || ws[f.outcomeAt].Start > f.Start {
		return false
	}
	for j >= 0 && auxWords[ws[j].Lower] {
		j--
	}
	if j < 1 || ws[j].Lower != "sides" && ws[j].Lower != "side" {
		return false
	}
	switch ws[j-1].Lower {
	case "both", "each", "either":
		return true
	}
	return false
}
