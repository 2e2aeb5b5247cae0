package geo

// The word lists that say whether a capitalised name is used as a place.
// They are general English usage, not tuned to any article.

// placeBefore are words that put the next name in a place context: "in
// X", "near X", "the village of X".
var placeBefore = map[string]bool{
	"in": true, "near": true, "at": true, "from": true, "to": true, "into": true, "towards": true,
	"toward": true, "outside": true, "around": true, "across": true, "via": true, "through": true,
	"throughout": true, "inside": true, "within": true, "between": true, "nearby": true, "off": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "occupied": true, "liberated": true, "besieged": true,
	"visited": true, "entered": true, "captured": true, "shelled": true, "bombed": true,
	"struck": true, "attacked": true, "fled": true, "reached": true, "recaptured": true, "seized": true,
	// The same acts as participles and in other tenses: "capturing X",
	// "forces stormed X".
	"capturing": true, "seizing": true, "shelling": true, "entering": true, "attacking": true,
	"bombing": true, "recapturing": true, "reaching": true, "besieging": true, "storming": true,
	"stormed": true, "liberating": true, "retook": true, "retaking": true,
	"overran": true, "overrunning": true, "evacuated": true, "evacuating": true,
}

// ofPlaceHeads before "of" put the next name in a place context: "residents
// of X", "north of X", "the outskirts of X" (placeNouns hold the kinds of
// place).
var ofPlaceHeads = map[string]bool{
	"residents": true, "inhabitants": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "centre": true,
	"center": true, "heart": true, "edge": true, "shores": true, "shore": true, "ruins": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// placeNouns name a kind of place: "the village of X", "X district",
// "the X direction", "cities of X and Y".
var placeNouns = map[string]bool{
	"village": true, "villages": true, "city": true, "cities": true, "town": true, "towns": true,
	"region": true, "regions": true, "district": true, "districts": true, "province": true,
	"provinces": true, "settlement": true, "settlements": true, "direction": true, "directions": true,
	"area": true, "areas": true, "outskirts": true, "suburb": true, "suburbs": true, "capital": true,
	"territory": true, "territories": true, "border": true, "borders": true, "oblast": true,
	"governorate": true, "rayon": true, "county": true, "state": true, "municipality": true,
	"neighbourhood": true, "neighborhood": true, "port": true, "airport": true, "highway": true,
	"road": true, "front": true, "frontline": true, "axis": true, "sector": true, "valley": true,
	"river": true, "mountains": true, "mountain": true, "hills": true, "lake": true, "gorge": true,
	"pass": true, "camp": true, "base": true, "hamlet": true, "commune": true, "prefecture": true,
	"department": true, "locality": true, "enclave": true, "exclave": true, "corridor": true,
	"peninsula": true, "island": true, "islands": true, "coast": true, "heights": true,
	"positions": true, "checkpoint": true, "crossing": true, "bridge": true, "plain": true,
	"countryside": true, "environs": true, "vicinity": true, "streets": true, "refinery": true,
	"forest": true, "desert": true, "district's": true, "governorate's": true, "outpost": true,
	"province's": true, "region's": true, "states": true, "oblasts": true, "governorates": true,
	"counties": true, "prefectures": true, "provincial": true, "airbase": true, "airfield": true,
	"garrison": true, "barracks": true, "township": true, "townships": true, "krai": true, "kray": true,
}

// campModifiers come between a name and "camp" or "base": "the Zamzam
// displacement camp", "the Hmeimim military base".
var campModifiers = map[string]bool{
	"refugee": true, "refugees": true, "displacement": true, "displaced": true, "idp": true,
	"military": true, "army": true, "naval": true, "transit": true, "detention": true, "training": true,
}

// adminNouns after a name ask for an administrative division: "Lachin
// district".
var adminNouns = map[string]bool{
	"region": true, "regions": true, "district": true, "districts": true, "province": true,
	"provinces": true, "oblast": true, "governorate": true, "rayon": true, "county": true,
	"state": true, "municipality": true, "prefecture": true, "department": true,
	"states": true, "oblasts": true, "governorates": true, "counties": true, "prefectures": true,
	"departments": true, "municipalities": true, "provincial": true,
}

// divisionOwners are the offices and bodies of a first-level division:
// "Quebec's premier", "the governor of Kharkiv", "X's legislature".
var divisionOwners = map[string]bool{
	"premier": true, "premiers": true, "governor": true, "governors": true, "legislature": true,
	"legislatures": true, "governorship": true, "provincial": true,
}

// settlementOwners are the offices of a city: "the mayor of Quebec".
var settlementOwners = map[string]bool{
	"mayor": true, "mayors": true, "mayoral": true, "municipal": true, "city's": true,
}

// regionAdjectives before a name speak of a part of a region: "northern
// Quebec", "rural Idlib".
var regionAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"rural": true, "upstate": true,
}

// settlementNouns after or before a name ask for a populated place.
var settlementNouns = map[string]bool{
	"village": true, "villages": true, "city": true, "cities": true, "town": true, "towns": true,
	"settlement": true, "settlements": true, "hamlet": true, "suburb": true, "capital": true,
}

// genericTail are words that may follow a name inside one capitalised run
// without changing what place it names ("Lachin District", "Azerbaijan
// SSR").
var genericTail = map[string]bool{
	"district": true, "region": true, "province": true, "city": true, "village": true, "town": true,
	"oblast": true, "governorate": true, "rayon": true, "county": true, "state": true, "republic": true,
	"autonomous": true, "ssr": true, "municipality": true, "valley": true, "river": true, "mountains": true,
	"airport": true, "front": true, "area": true, "border": true, "corridor": true, "strip": true,
	"bay": true, "island": true, "islands": true, "coast": true, "peninsula": true, "basin": true,
	"settlement": true, "regions": true, "districts": true, "highway": true, "gorge": true,
	// "Depayin Township", "Krasnodar Krai": Myanmar's townships and
	// Russia's krais.
	"township": true, "krai": true, "kray": true,
	// "Aviano Air Base", "Kadena Airfield": an installation named after
	// its town lies at it.
	"air": true, "base": true, "airbase": true, "airfield": true, "naval": true, "garrison": true,
}

// runStop are capitalised function words that start sentences and are not
// part of a name.
var runStop = map[string]bool{
	"the": true, "in": true, "on": true, "at": true, "a": true, "an": true, "for": true, "from": true,
	"after": true, "before": true, "since": true, "during": true, "when": true, "while": true,
	"if": true, "as": true, "but": true, "and": true, "or": true, "so": true, "yet": true, "by": true,
	"with": true, "without": true, "to": true, "of": true, "near": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "here": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "we": true, "they": true, "he": true, "she": true, "it": true,
	"i": true, "you": true, "both": true, "all": true, "some": true, "many": true, "most": true,
	"then": true, "also": true, "however": true, "meanwhile": true, "according": true, "despite": true,
	"although": true, "though": true, "because": true, "unlike": true, "like": true, "between": true,
	"among": true, "into": true, "over": true, "under": true, "about": true, "against": true,
	"across": true, "around": true, "inside": true, "outside": true, "towards": true, "via": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "president": true, "minister": true,
	"prime": true, "general": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"gov": true, "sen": true, "rep": true, "governor": true, "mayor": true, "king": true, "queen": true,
	"prince": true, "sheikh": true, "st": false, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"ministry": true, "army": true, "defense": true, "defence": true, "foreign": true,
	"reuters": true, "afp": true, "ap": true, "tass": true, "news": true,
}

// reportingVerbs make the name before them a speaker: "Baku said",
// "Yerevan denies", "Paris had consistently supported".
var reportingVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "claim": true, "claims": true, "claimed": true,
	"deny": true, "denies": true, "denied": true, "accuse": true, "accuses": true, "accused": true,
	"announce": true, "announces": true, "announced": true, "insist": true, "insists": true,
	"insisted": true, "report": true, "reports": true, "reported": true, "states": true,
	"stated": true, "warn": true, "warns": true, "warned": true, "urge": true, "urges": true,
	"urged": true, "demand": true, "demands": true, "demanded": true, "confirm": true,
	"confirms": true, "confirmed": true, "blame": true, "blames": true, "blamed": true,
	"contest": true, "contests": true, "contested": true,
	"reject": true, "rejects": true, "rejected": true, "condemn": true, "condemns": true,
	"condemned": true, "support": true, "supports": true, "supported": true,
	"argue": true, "argues": true, "argued": true,
	"allege": true, "alleges": true, "alleged": true, "called": true, "calls": true, "welcomed": true, "welcomes": true,
	"told": true, "tells": true, "added": true, "adds": true, "noted": true, "notes": true,
	"recognised": true, "recognized": true, "backed": true, "backs": true, "threatened": true,
	"threatens": true, "vowed": true, "vows": true, "promised": true, "promises": true,
	"admitted": true, "admits": true, "acknowledged": true, "acknowledges": true,
	"declared": true, "declares": true, "dismissed": true, "dismisses": true, "dismiss": true,
}

// tallyVerbs are the reporting verbs that also record what happened in
// a place ("Peru reported 40 cases", "Tanzania confirmed an outbreak",
// "Johor declared an emergency"); see tallyObject.
var tallyVerbs = map[string]bool{
	"report": true, "reports": true, "reported": true, "confirm": true, "confirms": true,
	"confirmed": true, "declared": true, "declares": true, "announced": true, "announces": true,
}

// tallyNouns are the objects of tallyVerbs that count cases, deaths,
// outbreaks and emergencies, and the diseases outbreak news names
// without a noun after them ("reported rising dengue").
var tallyNouns = map[string]bool{
	"case": true, "cases": true, "outbreak": true, "outbreaks": true, "infection": true,
	"infections": true, "death": true, "deaths": true, "fatalities": true, "epidemic": true,
	"emergency": true, "emergencies": true, "evacuations": true, "admissions": true,
	"hospitalisations": true, "hospitalizations": true, "dengue": true, "cholera": true,
	"measles": true, "malaria": true, "mpox": true, "polio": true, "diphtheria": true,
	"meningitis": true, "typhoid": true, "anthrax": true, "rabies": true, "numbers": true,
	// "Kenya confirmed Rift Valley fever in livestock", "Uganda confirmed
	// Sudan virus disease": a disease named by its kind word.
	"fever": true, "virus": true, "flu": true, "influenza": true, "plague": true, "ebola": true,
	"hepatitis": true, "tuberculosis": true, "leptospirosis": true, "chikungunya": true,
	"encephalitis": true, "poliovirus": true,
}

// auxiliaries and adverbs that may stand between a speaker and its verb.
// asides are the parenthetical words a writer puts between commas after a
// speaking name: "Kigali, for its part, rejects ...".
var asides = [][]string{
	{"for", "its", "part"}, {"for", "its", "own", "part"}, {"for", "its", "side"}, {"in", "turn"},
	{"in", "response"}, {"meanwhile"}, {"however"}, {"too"}, {"though"}, {"in", "a", "statement"},
}

var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"could": true, "should": true, "must": true, "may": true, "might": true, "also": true,
	"again": true, "previously": true, "consistently": true, "repeatedly": true, "officially": true,
	"strongly": true, "not": true, "never": true, "already": true, "now": true, "then": true,
	"firmly": true, "categorically": true, "quickly": true, "immediately": true, "publicly": true,
	"reportedly": true, "still": true, "always": true, "does": true, "did": true, "do": true,
}

// speakerHeads are the nouns of "the authorities in Yerevan deny": the
// government of the place speaks, the place is not the point.
var speakerHeads = map[string]bool{
	"authorities": true, "officials": true, "government": true, "leadership": true, "leaders": true,
	"sources": true, "ministry": true, "diplomats": true, "politicians": true, "officials,": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// runBreak are capitalised words that end a run of name words: days,
// months and titles ("in Paris Monday", "Kenya President Ruto").
var runBreak = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "president": true, "minister": true, "prime": true, "governor": true,
	"mayor": true, "general": true, "ambassador": true, "secretary": true, "senator": true,
	// "a Chicago Democrat", "Texas Republicans": a party member from
	// the place.
	"democrat": true, "democrats": true, "republican": true, "republicans": true,
}

// connectors may stand inside a place name: "Gulf of Guinea", "Bosnia
// and Herzegovina", "Tren de Aragua", "Rio Grande do Sul", "Foz do Iguaçu",
// "Reggio di Calabria" (only joined when the whole is known).
var connectors = map[string]bool{"of": true, "and": true, "de": true, "del": true, "la": true, "el": true, "al": true, "upon": true, "on": true,
	"do": true, "da": true, "dos": true, "das": true, "di": true, "du": true, "des": true}

// connectorArticles follow a Romance connector inside a place name
// ("de la", "de los", "de las").
var connectorArticles = map[string]bool{"la": true, "las": true, "los": true, "le": true, "les": true, "lo": true}

// nameParticles join the parts of personal names: "Lionel Bethune de
// Moro", "Ludwig van Beethoven", "Osama bin Laden".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "du": true, "del": true, "van": true, "von": true, "bin": true,
	"ibn": true, "ben": true, "der": true, "le": true, "dos": true, "das": true,
}

// titles before a capitalised name make it a person's name.
var titles = map[string]bool{
	"general": true, "gen": true, "colonel": true, "col": true, "major": true, "maj": true,
	"captain": true, "capt": true, "lieutenant": true, "lt": true, "sergeant": true, "sgt": true,
	"admiral": true, "adm": true, "commander": true, "president": true, "minister": true,
	"ambassador": true, "governor": true, "gov": true, "senator": true, "sen": true, "mayor": true,
	"judge": true, "justice": true, "king": true, "queen": true, "prince": true, "princess": true,
	"sheikh": true, "imam": true, "ayatollah": true, "pope": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "prof": true, "professor": true, "spokesman": true, "spokeswoman": true, "chairman": true,
	"rep": true, "representative": true, "secretary": true, "emir": true, "sultan": true, "bishop": true,
	"archbishop": true, "patriarch": true, "chief": true, "spc": true, "pvt": true, "cpl": true,
	"commissioner": true, "attorney": true, "councillor": true, "councilman": true, "sheriff": true,
	"brig": true, "brigadier": true, "lt.": true, "col.": true, "maj.": true, "gen.": true,
}

// arabicArticle are the forms of the Arabic article written before a
// hyphen ("Al-Raqqa", "el-Arish", "ash-Shifa").
var arabicArticle = map[string]bool{"al": true, "el": true, "ar": true, "as": true, "ash": true, "ad": true, "at": true, "az": true, "an": true}

// officeTails end an office's name written "TITLE of X" before its
// holder's name: "Secretary of State Kerry", "Secretary of Defense Hale".
var officeTails = map[string]bool{"state": true, "defense": true, "defence": true, "staff": true}

// directions before a name are not part of it ("Southern Iraq").
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "upper": true, "lower": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// beForms among the auxiliaries make a passive: "Paris was accused".
var beForms = map[string]bool{"is": true, "was": true, "were": true, "are": true, "been": true, "being": true, "be": true}

// apStates are the Associated Press abbreviations of U.S. states, as news
// writes them after a town ("Springfield, Ill."), mapped to the folded
// GeoNames admin-1 names.
var apStates = map[string]string{
	"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
	"conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
	"ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
	"mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
	"mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire",
	"n.j": "new jersey", "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina",
	"n.d": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
	"r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee",
	"tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
	"wis": "wisconsin", "wyo": "wyoming", "d.c": "washington d c",
}

// diseaseHeads are the nouns after a place's name in a disease's name:
// "Lassa fever", "Marburg virus", "West Nile virus", "Rift Valley fever".
var diseaseHeads = map[string]bool{
	"fever": true, "virus": true, "flu": true, "disease": true, "syndrome": true, "encephalitis": true,
}

// diseaseModifiers stand between a place's name and a disease head in
// a disease's name: "Middle East respiratory syndrome", "Crimean-Congo
// haemorrhagic fever", "Rocky Mountain spotted fever".
var diseaseModifiers = map[string]bool{
	"respiratory": true, "hemorrhagic": true, "haemorrhagic": true, "spotted": true, "equine": true,
}

// foodHeads after a name make it a dish's or produce's name: "Brussels
// sprouts", "Peking duck", "Buffalo wings", "Dijon mustard".
var foodHeads = map[string]bool{
	"sprouts": true, "duck": true, "wings": true, "mustard": true, "cheese": true, "ham": true,
	"sausage": true, "sausages": true, "pastry": true, "pastries": true,
}

// buildingNouns after a name make it a building's name when the
// gazetteer matches it only by spelling ("the Al-Aqsa mosque").
var buildingNouns = map[string]bool{
	"mosque": true, "church": true, "cathedral": true, "temple": true, "shrine": true, "synagogue": true,
	"monastery": true, "compound": true,
}

// dateAbbrevs are the abbreviated months and weekdays written with a
// full stop in datelines and wire copy ("Nov. 3", "Tues."); see
// weekdayAbbrevs for the ones that are a date without a day number.
var dateAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
}

// weekdayAbbrevs are the abbreviated weekdays: "Tues." is a date even
// without a number after it.
var weekdayAbbrevs = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
}

// lineHeads are the common nouns that head the names of lines, routes
// and structures written "X of Y" ("Line of Control", "Road of Life",
// "Bridge of Friendship"), which GeoNames also lists as places.
var lineHeads = map[string]bool{
	"line": true, "road": true, "bridge": true, "corridor": true, "highway": true, "route": true,
	"gate": true, "wall": true, "square": true, "street": true, "avenue": true, "canal": true,
	"dam": true, "crossing": true, "tunnel": true, "path": true, "way": true, "boulevard": true,
	"drive": true, "lane": true, "parkway": true, "expressway": true, "freeway": true, "turnpike": true,
}

// compoundHeads name walled compounds of a town that take their names
// from a person or a quarter, as streets do ("Wilberforce barracks", "the
// Pademba Road prison").
var compoundHeads = map[string]bool{
	"barracks": true, "prison": true, "jail": true, "penitentiary": true, "garrison": true, "cantonment": true,
}

// institutionNouns open the names of institutions written "X of Y" or
// "X for Y" ("University of Idaho", "Bank of England", "Centre for
// Social Research"), which GeoNames also lists as places somewhere.
var institutionNouns = map[string]bool{
	"university": true, "college": true, "institute": true, "academy": true, "bank": true,
	"museum": true, "church": true, "archdiocese": true, "diocese": true, "centre": true, "center": true,
}

// stormWords name a storm before its given name ("Hurricane Milton").
var stormWords = map[string]bool{
	"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tornado": true,
}

// forceHeads end the names of police forces, local authorities, courts
// and public buildings written after their area or a place's name ("West
// Midlands Police", "Dyfed-Powys Constabulary", "Essex County Council",
// "Kent County Court", "Union Station", "Wembley Stadium"). A court's
// name may hold its kind between the place and the head ("Inverness
// Sheriff Court", "Chelmsford Crown Court"): see courtHead.
var forceHeads = map[string]bool{
	"police": true, "constabulary": true, "council": true, "court": true, "station": true,
	"stadium": true, "arena": true,
}

// caProvinces are the abbreviations of Canadian provinces that news
// writes after a town ("London, Ont.", "Red Deer, Alta.").
var caProvinces = map[string]string{
	"ont": "ontario", "que": "quebec", "b.c": "british columbia", "alta": "alberta", "man": "manitoba",
	"sask": "saskatchewan", "n.s": "nova scotia", "n.b": "new brunswick", "nfld": "newfoundland and labrador",
	"p.e.i": "prince edward island",
}

// nonPlaceNames are proper names of institutions and buildings that
// GeoNames also lists as places somewhere (White House is an alternate
// name of Casablanca): in news they name the institution.
var nonPlaceNames = map[string]bool{
	"white house": true, "pentagon": true, "kremlin": true, "congress": true, "parliament": true,
	"senate": true, "capitol": true, "supreme court": true, "state department": true,
	"foreign office": true, "elysee": true, "knesset": true, "duma": true, "majlis": true,
	// Peoples and faiths that conflict news names as often as places,
	// and GeoNames lists as alternate names of villages somewhere.
	"yazidi": true, "yazidis": true, "alawite": true, "alawites": true, "druze": true,
	"hazara": true, "hazaras": true, "rohingya": true, "fulani": true, "tuareg": true,
	"tuaregs": true, "pashtun": true, "pashtuns": true,
	// Heavenly bodies and a language that GeoNames also lists as towns
	// (Earth, Texas; English, Indiana).
	"earth": true, "moon": true, "english": true,
	// Religious months and feasts (Ramadan was a Saudi village).
	"ramadan": true, "eid": true,
}

// arabicArticles are the romanised forms of the Arabic article, with its
// assimilations, as they are written joined to a name by a hyphen
// ("Deir ez-Zor", "Ma'arrat al-Nu'man", "Ras al-Ayn", "Bab el-Hawa").
var arabicArticles = map[string]bool{
	"al": true, "el": true, "ul": true, "ad": true, "ed": true, "adh": true, "an": true, "en": true,
	"ar": true, "er": true, "as": true, "es": true, "ash": true, "esh": true, "at": true, "et": true,
	"ath": true, "az": true, "ez": true, "aj": true, "ej": true,
}

// nameTail are the generic words that, ending a run after a name, are
// written as part of it: "Liuheng Island", "Spangdahlem Air Base". Words
// of administrative divisions are not: the name alone is the division's
// ("Zamfara State" is annotated Zamfara), and "Autonomous Region", "SSR"
// or "Front" name something else.
var nameTail = map[string]bool{
	"valley": true, "river": true, "mountains": true, "bay": true, "island": true, "islands": true,
	"coast": true, "peninsula": true, "basin": true, "strip": true, "gorge": true, "air": true,
	"base": true, "airbase": true, "airfield": true, "naval": true, "garrison": true,
}

// coastTails are the nameTail words of coasts and islands (see
// mention.coastTail).
var coastTails = map[string]bool{"bay": true, "island": true, "islands": true, "coast": true, "peninsula": true}

// namePrefixes are kinds of place that start place names: "Kibbutz Nir
// Oz", "Lake Kivu", "Mount Sinjar", "Camp Lemonnier".
var namePrefixes = map[string]bool{
	"kibbutz": true, "moshav": true, "lake": true, "mount": true, "mt": true, "cape": true,
	"fort": true, "port": true, "camp": true, "wadi": true, "jebel": true, "jabal": true,
	"river": true,
}

// subCountryNouns after a name say it is a part of a country, never a
// country: "the Bara area" (Bara is also a name of the Åland Islands).
var subCountryNouns = map[string]bool{
	"village": true, "villages": true, "town": true, "towns": true, "city": true, "district": true,
	"area": true, "suburb": true, "suburbs": true, "neighbourhood": true, "neighborhood": true,
	"municipality": true, "outskirts": true, "camp": true, "settlement": true, "locality": true,
}

// arabicHeads are the capitalised head words that open Arabic place
// names ("Ain Zara", "Deir Hafer", "Umm Batina", "Hay al-Jihad"): spring,
// well, house, monastery, village, mountain, valley, cape, mother,
// quarter, palace, hill, ruin, market. Person-name heads (Abu, Bin) and
// words English names also open (Khan, Bab) are left out.
var arabicHeads = map[string]bool{
	"Ain": true, "Ayn": true, "Bir": true, "Beit": true, "Bayt": true, "Deir": true, "Dayr": true,
	"Kafr": true, "Kfar": true, "Jabal": true, "Jebel": true, "Wadi": true, "Ras": true,
	"Umm": true, "Um": true, "Hay": true, "Hayy": true, "Qasr": true, "Tal": true, "Tell": true,
	"Khirbet": true, "Souq": true, "Suq": true,
}

// vehicleNouns are the nouns of vehicles and aircraft that follow a
// maker's name ("a Toyota pick-up", "an Antonov plane").
var vehicleNouns = map[string]bool{
	"pick-up": true, "pickup": true, "truck": true, "lorry": true, "car": true, "jeep": true, "van": true,
	"vehicle": true, "sedan": true, "suv": true, "bus": true, "minibus": true, "motorcycle": true,
	"plane": true, "jet": true, "helicopter": true, "aircraft": true, "tractor": true,
}
