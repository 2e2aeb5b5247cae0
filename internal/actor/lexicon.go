package actor

// Institutions: the nouns that, attached to a country ("the Azerbaijani
// Defense Ministry", "armed forces of Armenia", "Azerbaijan's MoD"), name a
// state body. The value is the body's code; canonicalName builds the actor
// name from it. Keys are folded (see Fold) and space-joined.
var institutions = map[string]string{
	"ministry of defense": "mod", "ministry of defence": "mod", "defense ministry": "mod",
	"defence ministry": "mod", "mod": "mod", "ministry of national defense": "mod",
	"ministry of national defence": "mod", "defense department": "mod", "defence department": "mod",
	"ministry of foreign affairs": "mfa", "foreign ministry": "mfa", "foreign affairs ministry": "mfa",
	"mfa": "mfa", "ministry of external affairs": "mfa", "foreign office": "mfa",
	"ministry of internal affairs": "mia", "interior ministry": "mia", "ministry of interior": "mia",
	"ministry of the interior": "mia", "internal affairs ministry": "mia",
	"ministry":           "ministry",
	"ministry of health": "health", "health ministry": "health",
	"ministry of emergency situations": "emergency", "emergency situations ministry": "emergency",
	"armed forces": "army", "army": "army", "military": "army", "troops": "army", "forces": "army",
	"soldiers": "army", "servicemen": "army", "defense forces": "army", "defence forces": "army",
	"defense army": "army", "defence army": "army", "military forces": "army", "armed units": "army",
	"border guards": "border", "border guard": "border", "border service": "border", "border troops": "border",
	"police": "police", "national police": "police",
	"air force": "airforce", "navy": "navy",
	"government": "gov", "governments": "gov", "authorities": "gov", "officials": "gov", "official": "gov", "diplomat": "gov",
	"diplomats": "gov", "delegation": "gov", "negotiators": "gov", "leadership": "gov", "side": "gov",
	"cabinet": "gov", "administration": "gov", "presidency": "gov", "presidential administration": "gov",
	"military-political leadership": "gov", "military and political leadership": "gov",
	"parliament": "parl", "national assembly": "parl",
	"security council": "secco", "national security council": "secco",
	"embassy": "embassy", "prosecutor general's office": "prosecutor", "general prosecutor's office": "prosecutor",
	"general staff": "army", "junta": "gov", "military junta": "gov", "ruling junta": "gov", "peacekeepers": "army", "peacekeeping forces": "army", "peacekeeping contingent": "army",
	"peacekeeping troops": "army",
	// a state's unit named by its kind ("the brigade said" in a story
	// about one army's brigade)
	"brigade":                "army",
	"state security service": "security", "security service": "security", "intelligence service": "security",
	// unnamed sources of a state's security services ("a Lebanese
	// security source told Reuters"); "military", "government" and
	// "police" sources are their body's already (the body noun before
	// "source"), and a bare "source" or a "diplomatic source" in a
	// capital may be anyone's
	"security source": "security", "security sources": "security",
	"intelligence source": "security", "intelligence sources": "security",
	// a state's courts speak for it ("a Kenyan court said", "a Phnom Penh
	// court alleged"); the international ones are organisations of their
	// own in orgs.tsv, matched as longer phrases
	"court": "court", "courts": "court", "high court": "court", "supreme court": "court",
	"constitutional court": "court", "military court": "court", "appeals court": "court",
	"appellate court": "court", "district court": "court", "criminal court": "court", "judiciary": "court",
}

// institutionName gives the canonical name pattern of each body: %s is the
// country's adjective ("Azerbaijani") or, for "of" patterns, its name.
var institutionName = map[string]struct{ pattern, kind string }{
	"mod":        {"%s Ministry of Defense", "government"},
	"mfa":        {"%s Ministry of Foreign Affairs", "government"},
	"mia":        {"%s Ministry of Internal Affairs", "government"},
	"health":     {"%s Ministry of Health", "government"},
	"emergency":  {"%s Ministry of Emergency Situations", "government"},
	"army":       {"%s Armed Forces", "military"},
	"border":     {"%s Border Guard", "military"},
	"police":     {"%s Police", "government"},
	"airforce":   {"%s Air Force", "military"},
	"navy":       {"%s Navy", "military"},
	"gov":        {"Government of %s", "government"},
	"parl":       {"%s Parliament", "government"},
	"secco":      {"%s Security Council", "government"},
	"embassy":    {"%s Embassy", "government"},
	"prosecutor": {"%s Prosecutor General's Office", "government"},
	"security":   {"%s Security Service", "government"},
	"court":      {"%s Judiciary", "government"},
}

// roles: titles of office holders, folded. The value is the role as written
// in people.tsv; "spokesperson@defence" narrows a spokesperson to a body.
var roles = map[string]string{
	"president": "president", "head of state": "president",
	"vice president": "vice president", "vice-president": "vice president", "first vice president": "vice president",
	"deputy president": "vice president", // Kenya's and South Africa's title for the office
	"prime minister":   "prime minister", "premier": "prime minister", "pm": "prime minister", "chancellor": "prime minister",
	"foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
	"foreign affairs minister": "foreign minister", "secretary of state": "foreign minister",
	"foreign secretary": "foreign minister", "top diplomat": "foreign minister",
	"defense minister": "defence minister", "defence minister": "defence minister",
	"minister of defense": "defence minister", "minister of defence": "defence minister",
	"defense secretary": "defence minister", "defence secretary": "defence minister",
	"secretary of defense": "defence minister", "war minister": "defence minister",
	"interior minister": "interior minister", "minister of internal affairs": "interior minister",
	"home secretary": "interior minister", "home minister": "interior minister", "home affairs minister": "interior minister",
	"speaker": "speaker", "parliament speaker": "speaker", "speaker of parliament": "speaker",
	"chairman of the national assembly": "speaker", "president of the national assembly": "speaker",
	"speaker of the national assembly": "speaker", "chairman of parliament": "speaker",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"press secretary":            "spokesperson",
	"defense ministry spokesman": "spokesperson@defence", "defence ministry spokesman": "spokesperson@defence",
	"defense ministry spokeswoman": "spokesperson@defence", "defence ministry spokeswoman": "spokesperson@defence",
	"defense ministry spokesperson": "spokesperson@defence", "defence ministry spokesperson": "spokesperson@defence",
	"foreign ministry spokesman": "spokesperson@foreign", "foreign ministry spokeswoman": "spokesperson@foreign",
	"foreign ministry spokesperson": "spokesperson@foreign",
	"leader":                        "leader", "supreme leader": "leader",
	"army chief": "army chief", "chief of general staff": "army chief", "chief of the general staff": "army chief",
	"chief of staff": "army chief", "commander-in-chief": "army chief", "army chief of staff": "army chief",
	"secretary-general": "secretary-general", "secretary general": "secretary-general",
	"adviser": "adviser", "advisor": "adviser", "senior adviser": "adviser", "senior advisor": "adviser",
	"national security adviser": "adviser", "aide": "adviser", "assistant": "adviser",
	"high representative": "high representative", "foreign policy chief": "high representative",
	// titles with no office-holder list: they give the name after them a side
	"ambassador": "ambassador", "envoy": "envoy", "special envoy": "envoy", "commander": "commander",
	"governor": "governor", "mayor": "mayor", "minister": "minister", "deputy foreign minister": "minister",
	"deputy defense minister": "minister", "deputy defence minister": "minister", "deputy prime minister": "minister",
	"general": "commander", "lieutenant general": "commander", "major general": "commander", "colonel": "commander",
}

// prepositions that put a mention in a prepositional phrase, out of
// subject position.
var prepositions = map[string]bool{
	"in": true, "at": true, "on": true, "from": true, "near": true, "of": true, "to": true, "for": true,
	"with": true, "by": true, "across": true, "over": true, "during": true, "after": true, "before": true,
	"against": true, "into": true, "between": true, "among": true, "toward": true, "towards": true,
	"under": true, "about": true, "through": true, "without": true, "around": true, "along": true,
	"than": true, "like": true, "behind": true, "within": true, "including": true,
}

// verbAfterSubject holds words that follow a subject: reporting verbs and
// auxiliaries. A capital or a pronoun followed by one of them stands for an
// actor ("Baku said", "it added", "Moscow has").
var verbAfterSubject = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "states": true, "claimed": true, "claims": true,
	"announced": true, "announces": true, "noted": true, "notes": true, "reported": true, "reports": true,
	"added": true, "adds": true, "confirmed": true, "confirms": true, "denied": true, "denies": true,
	"accused": true, "accuses": true, "blamed": true, "blames": true, "rejected": true, "rejects": true,
	"warned": true, "warns": true, "urged": true, "urges": true, "demanded": true, "demands": true,
	"insisted": true, "insists": true, "informed": true, "informs": true, "declared": true, "declares": true,
	"indicated": true, "indicates": true, "emphasized": true, "emphasised": true, "stressed": true,
	"told": true, "tells": true, "responded": true, "responds": true, "condemned": true, "condemns": true,
	"called": true, "calls": true, "insisted on": true, "dismissed": true, "dismisses": true,
	"has": true, "had": true, "have": true, "is": true, "was": true, "are": true, "were": true,
	"will": true, "would": true, "could": true, "can": true, "also": true, "did": true, "does": true,
	"further": true, "then": true, "later": true, "earlier": true, "previously": true, "repeatedly": true,
	"launched": true, "attacked": true, "supported": true, "sent": true, "wants": true, "wanted": true,
	"agreed": true, "agrees": true, "refused": true, "refuses": true, "threatened": true, "threatens": true,
	"admitted": true, "admits": true, "acknowledged": true, "acknowledges": true, "alleged": true, "alleges": true,
	"argued": true, "argues": true, "maintains": true, "maintained": true, "contends": true, "contended": true,
	"asserted": true, "asserts": true, "vowed": true, "vows": true, "pledged": true, "pledges": true,
	"protested": true, "countered": true, "welcomed": true, "welcomes": true, "objected": true,
	"wrote": true, "writes": true, "cited": true, "cites": true, "described": true, "describes": true,
	"believe": true, "believes": true, "think": true, "thinks": true, "claim": true, "deny": true, "warn": true,
	"insist": true, "accuse": true, "blame": true, "reject": true, "urge": true, "demand": true, "argue": true,
}

// capitalVerbs follow a capital used for its government but, as
// participles, also a noun ("Pyongyang issued a warning", not "a report
// issued by").
var capitalVerbs = map[string]bool{"issued": true, "summoned": true, "expelled": true, "recalled": true}

// determiners that may precede an institution noun used anaphorically
// ("the ministry").
var anaphoricDeterminers = map[string]bool{"the": true, "this": true, "that": true}

// statementNouns refer back to the body that issued a statement ("the
// statement noted").
var statementNouns = map[string]bool{
	"statement": true, "message": true, "communique": true, "communiqué": true, "press release": true,
	"release": true, "report": true, "announcement": true, "document": true,
}

// bodyPeopleNouns, after a body noun used as a modifier, name the body's
// own people, who speak for it ("Japanese government sources", "Indian
// army officials", "a Pakistani army official").
var bodyPeopleNouns = map[string]bool{
	"source": true, "sources": true, "official": true, "officials": true,
}

// nameParticles may stand lower-case inside a person's name.
var nameParticles = map[string]bool{
	"al": true, "al-": true, "bin": true, "ibn": true, "von": true, "van": true, "der": true, "de": true,
	"la": true, "le": true, "da": true, "del": true, "el": true, "abu": true, "ben": true,
}

// notNameWords are capitalised words that begin sentences or titles but never
// form part of a person's name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "and": true, "but": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "that": true,
	"minister": true, "president": true, "ministry": true, "government": true, "army": true, "general": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sunday": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "according": true, "however": true, "meanwhile": true,
	"also": true, "both": true, "after": true, "since": true, "then": true, "when": true, "while": true,
}

// bodyModifiers may stand between a demonym and a body noun ("Palestinian
// health officials", "Israeli security forces").
var bodyModifiers = map[string]bool{
	"health": true, "security": true, "intelligence": true, "senior": true, "top": true, "local": true,
	"regional": true, "state": true, "border": true, "foreign": true, "defense": true, "defence": true,
	"government": true, "ministry": true, "police": true, "military": true, "interior": true, "emergency": true,
	"special": true, "elite": true, "ground": true, "naval": true, "federal": true, "provincial": true,
}
