package claim

import "strings"

// cue is how a reporting word introduces a claim.
type cue struct {
	lemma string
	deny  bool
	// clause: the word reports speech only with a clause or quotation
	// after it ("declared that", "declared: ..."), not with a plain object
	// ("declared martial law").
	clause bool
	// participle: a past participle, usable in a passive ("is blamed").
	participle bool
	// gerund: an -ing form, which continues the previous speaker's claim
	// (", saying that ...").
	gerund bool
	// object: what follows the cue is itself what was said, even when it
	// opens with a preposition ("responded to the reports", "echoed this
	// sentiment", "raised these concerns in a call").
	object bool
	// labelEnd: for a labelling verb, the token after the label ("called
	// the vote a sham", "described it as “a good one,”"), 0 if unknown
	labelEnd int
}

// verbCues lists reporting verbs with their forms. Built from general
// knowledge of English reporting verbs (PLOVER/CAMEO verbal categories
// ACCUSE, REJECT, DEMAND, THREATEN read as speech acts).
var verbCues = buildVerbCues([]struct {
	forms  []string // base, 3rd person, past, past participle, gerund
	deny   bool
	clause bool
}{
	{[]string{"say", "says", "said", "said", "saying"}, false, false},
	{[]string{"state", "states", "stated", "stated", "stating"}, false, false},
	{[]string{"claim", "claims", "claimed", "claimed", "claiming"}, false, false},
	{[]string{"announce", "announces", "announced", "announced", "announcing"}, false, false},
	{[]string{"note", "notes", "noted", "noted", "noting"}, false, false},
	// "signalled that rates would stay high": with a clause only ("signalled
	// a turn" names an act)
	{[]string{"signal", "signals", "signaled", "signaled", "signaling"}, false, true},
	{[]string{"signal", "signals", "signalled", "signalled", "signalling"}, false, true},
	{[]string{"inform", "informs", "informed", "informed", "informing"}, false, false},
	{[]string{"report", "reports", "reported", "reported", "reporting"}, false, false},
	// "Oryx lists 2,934 Russian tanks destroyed": a tally's source, only
	// before a figure (listedFigure)
	{[]string{"list", "lists", "listed", "listed", "listing"}, false, false},
	// a monitor's or a rights group's tally: "ACLED recorded more than
	// 200 deaths", "rights groups have counted 2,000 killings", "has
	// documented the deaths of at least 40 civilians"; only before a
	// figure (listedFigure), as "list" is ("recorded a video", "counted
	// the votes", "documented abuses", "documented 17 cases" give none),
	// and not inside another cue's words (speechBefore)
	{[]string{"record", "records", "recorded", "recorded", "recording"}, false, false},
	{[]string{"count", "counts", "counted", "counted", "counting"}, false, false},
	{[]string{"document", "documents", "documented", "documented", "documenting"}, false, false},
	{[]string{"tally", "tallies", "tallied", "tallied", "tallying"}, false, false},
	// a party's own roll of its dead: "has published the names of 71
	// servicemen"; only in that form (listedFigure), not "published
	// photos"
	{[]string{"publish", "publishes", "published", "published", "publishing"}, false, false},
	// "would add $2 billion to the deficit" adds no words: only with a
	// clause or quotation ("added that", "added: ...", `," he added`)
	{[]string{"add", "adds", "added", "added", "adding"}, false, true},
	{[]string{"indicate", "indicates", "indicated", "indicated", "indicating"}, false, true},
	{[]string{"confirm", "confirms", "confirmed", "confirmed", "confirming"}, false, false},
	{[]string{"emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"}, false, false},
	{[]string{"emphasise", "emphasises", "emphasised", "emphasised", "emphasising"}, false, false},
	{[]string{"stress", "stresses", "stressed", "stressed", "stressing"}, false, false},
	{[]string{"underline", "underlines", "underlined", "underlined", "underlining"}, false, false},
	{[]string{"accuse", "accuses", "accused", "accused", "accusing"}, false, false},
	{[]string{"blame", "blames", "blamed", "blamed", "blaming"}, false, false},
	{[]string{"urge", "urges", "urged", "urged", "urging"}, false, false},
	{[]string{"demand", "demands", "demanded", "demanded", "demanding"}, false, false},
	{[]string{"warn", "warns", "warned", "warned", "warning"}, false, false},
	{[]string{"tell", "tells", "told", "told", "telling"}, false, true},
	{[]string{"insist", "insists", "insisted", "insisted", "insisting"}, false, false},
	{[]string{"argue", "argues", "argued", "argued", "arguing"}, false, false},
	{[]string{"allege", "alleges", "alleged", "alleged", "alleging"}, false, false},
	{[]string{"maintain", "maintains", "maintained", "maintained", "maintaining"}, false, true},
	{[]string{"declare", "declares", "declared", "declared", "declaring"}, false, true},
	// "proclaimed victory", "proclaimed that the siege was broken": only
	// with a clause or a declared outcome (declaredOutcome)
	{[]string{"proclaim", "proclaims", "proclaimed", "proclaimed", "proclaiming"}, false, true},
	{[]string{"assert", "asserts", "asserted", "asserted", "asserting"}, false, false},
	{[]string{"acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"}, false, false},
	{[]string{"admit", "admits", "admitted", "admitted", "admitting"}, false, false},
	{[]string{"explain", "explains", "explained", "explained", "explaining"}, false, true},
	{[]string{"write", "writes", "wrote", "written", "writing"}, false, true},
	{[]string{"tweet", "tweets", "tweeted", "tweeted", "tweeting"}, false, false},
	{[]string{"post", "posts", "posted", "posted", "posting"}, false, true},
	{[]string{"reveal", "reveals", "revealed", "revealed", "revealing"}, false, true},
	{[]string{"disclose", "discloses", "disclosed", "disclosed", "disclosing"}, false, false},
	{[]string{"echo", "echoes", "echoed", "echoed", "echoing"}, false, false},
	{[]string{"cite", "cites", "cited", "cited", "citing"}, false, false},
	{[]string{"suggest", "suggests", "suggested", "suggested", "suggesting"}, false, true},
	{[]string{"threaten", "threatens", "threatened", "threatened", "threatening"}, false, true},
	{[]string{"promise", "promises", "promised", "promised", "promising"}, false, true},
	{[]string{"pledge", "pledges", "pledged", "pledged", "pledging"}, false, true},
	{[]string{"vow", "vows", "vowed", "vowed", "vowing"}, false, true},
	{[]string{"condemn", "condemns", "condemned", "condemned", "condemning"}, false, false},
	// a condemnation by another word ("Kyiv denounces 'Russian terror'",
	// "denounced the vote as a sham")
	{[]string{"denounce", "denounces", "denounced", "denounced", "denouncing"}, false, false},
	// a stance on what another did, as a condemnation is ("Foreign
	// Secretary NAME welcomed the agreement")
	{[]string{"welcome", "welcomes", "welcomed", "welcomed", "welcoming"}, false, false},
	// praise is a stance on what another did, as a welcome is
	{[]string{"praise", "praises", "praised", "praised", "praising"}, false, false},
	// "hailed the bravery of the troops": praise
	{[]string{"hail", "hails", "hailed", "hailed", "hailing"}, false, false},
	// "lauded the security forces for foiling the attack": praise
	{[]string{"laud", "lauds", "lauded", "lauded", "lauding"}, false, false},
	// "complimented the prime minister on the army's performance": praise
	{[]string{"compliment", "compliments", "complimented", "complimented", "complimenting"}, false, false},
	// a court's or a judge's order rules on the facts ("the High Court
	// ordered the school to readmit the pupils"); others' orders are acts
	// (courtOrder)
	{[]string{"order", "orders", "ordered", "ordered", "ordering"}, false, false},
	{[]string{"reiterate", "reiterates", "reiterated", "reiterated", "reiterating"}, false, false},
	{[]string{"repeat", "repeats", "repeated", "repeated", "repeating"}, false, true},
	{[]string{"highlight", "highlights", "highlighted", "highlighted", "highlighting"}, false, true},
	{[]string{"assure", "assures", "assured", "assured", "assuring"}, false, true},
	{[]string{"affirm", "affirms", "affirmed", "affirmed", "affirming"}, false, false},
	{[]string{"predict", "predicts", "predicted", "predicted", "predicting"}, false, true},
	{[]string{"estimate", "estimates", "estimated", "estimated", "estimating"}, false, true},
	{[]string{"describe", "describes", "described", "described", "describing"}, false, true},
	// an account given by a report or a witness: "the report details how
	// the militia burned the villages" (a clause; "detailed plans" and
	// "details of the deal" state nothing)
	{[]string{"detail", "details", "detailed", "detailed", "detailing"}, false, true},
	// a doubt stated as a question: "lawmakers questioned whether the army
	// could hold the city" (only with a clause; "questioned the
	// suspects" is an interrogation)
	{[]string{"question", "questions", "questioned", "questioned", "questioning"}, false, true},
	{[]string{"comment", "comments", "commented", "commented", "commenting"}, false, true},
	{[]string{"respond", "responds", "responded", "responded", "responding"}, false, true},
	{[]string{"reply", "replies", "replied", "replied", "replying"}, false, true},
	{[]string{"charge", "charges", "charged", "charged", "charging"}, false, true},
	{[]string{"contend", "contends", "contended", "contended", "contending"}, false, false},
	// a reply to the other side's account: "Washington countered that the
	// ship was outside the zone", "the minister retorted: ..."; only with
	// a clause or quotation ("countered the offensive" is an act), and no
	// -ing form ("countering drones", "countering Russian influence")
	{[]string{"counter", "counters", "countered", "countered"}, false, true},
	{[]string{"retort", "retorts", "retorted", "retorted"}, false, true},
	{[]string{"recall", "recalls", "recalled", "recalled", "recalling"}, false, true},
	{[]string{"specify", "specifies", "specified", "specified", "specifying"}, false, true},
	{[]string{"clarify", "clarifies", "clarified", "clarified", "clarifying"}, false, true},
	{[]string{"read", "reads", "read", "read", "reading"}, false, true},
	{[]string{"believe", "believes", "believed", "believed", "believing"}, false, false},
	// "thinks the blockade will be lifted", "..., he thinks": a mental
	// verb, whose object is what is thought (the parser often reads the
	// clause's subject as an object); "think tank" and "the thought" are
	// nouns, "think of/about/so/twice" no claim (cueguards.go)
	{[]string{"think", "thinks", "thought", "thought", "thinking"}, false, false},
	// cues of feeling and narration that report words only with a clause
	// or inverted after a quotation (`," lamented X`, "recounted how")
	{[]string{"lament", "laments", "lamented", "lamented", "lamenting"}, false, true},
	// a private or speculative telling, only with a clause or quotation
	// ("confided that", "theorized that"): "confided in a friend" tells
	// nothing by itself
	{[]string{"confide", "confides", "confided", "confided", "confiding"}, false, true},
	{[]string{"theorize", "theorizes", "theorized", "theorized", "theorizing"}, false, true},
	{[]string{"theorise", "theorises", "theorised", "theorised", "theorising"}, false, true},
	{[]string{"recount", "recounts", "recounted", "recounted", "recounting"}, false, true},
	// an argument given, only with a clause ("the city reasoned that the
	// schools were businesses"); "the reasons" is a noun
	{[]string{"reason", "reasons", "reasoned", "reasoned", "reasoning"}, false, true},
	{[]string{"remark", "remarks", "remarked", "remarked", "remarking"}, false, true},
	// `," one protester shouted`, "crowds chanted that ...": words said
	// aloud, with a quotation or clause only
	{[]string{"shout", "shouts", "shouted", "shouted", "shouting"}, false, true},
	{[]string{"chant", "chants", "chanted", "chanted", "chanting"}, false, true},
	// "He continued, “...”": the speaker goes on; only with a quotation
	// or clause ("continued its offensive" is an act)
	{[]string{"continue", "continues", "continued", "continued", "continuing"}, false, true},
	{[]string{"conclude", "concludes", "concluded", "concluded", "concluding"}, false, true},
	// "the inquiry found that ...", "an analysis has found": only with a
	// clause (not "found the bodies"); no passive ("were found")
	{[]string{"find", "finds", "found", "found", "finding"}, false, true},
	// "ship-tracking websites show the ship departed", "data showed
	// that": only with a clause (not "showed the way")
	{[]string{"show", "shows", "showed", "shown", "showing"}, false, true},
	// verbs of assessment and prediction that report a view with a
	// clause ("underscored that", "fretted that", "forecast that the
	// economy would shrink"); not "think", whose forms other rules
	// read as a verb inside names ("a think tank")
	{[]string{"underscore", "underscores", "underscored", "underscored", "underscoring"}, false, false},
	{[]string{"outline", "outlines", "outlined", "outlined", "outlining"}, false, false},
	{[]string{"fret", "frets", "fretted", "fretted", "fretting"}, false, true},
	{[]string{"forecast", "forecasts", "forecast", "forecast", "forecasting"}, false, true},
	{[]string{"agree", "agrees", "agreed", "agreed", "agreeing"}, false, true},
	{[]string{"concede", "concedes", "conceded", "conceded", "conceding"}, false, false},
	{[]string{"observe", "observes", "observed", "observed", "observing"}, false, true},
	{[]string{"caution", "cautions", "cautioned", "cautioned", "cautioning"}, false, false},
	{[]string{"complain", "complains", "complained", "complained", "complaining"}, false, true},
	{[]string{"determine", "determines", "determined", "determined", "determining"}, false, true},
	{[]string{"characterize", "characterizes", "characterized", "characterized", "characterizing"}, false, true},
	{[]string{"characterise", "characterises", "characterised", "characterised", "characterising"}, false, true},
	{[]string{"reaffirm", "reaffirms", "reaffirmed", "reaffirmed", "reaffirming"}, false, false},
	// advice, projections and hopes stated with a clause ("the panel
	// recommends that", "researchers had projected that", "officials
	// hope the talks will resume"); "recommended a ban", "projected
	// power" and "hope for" state none
	{[]string{"recommend", "recommends", "recommended", "recommended", "recommending"}, false, true},
	{[]string{"project", "projects", "projected", "projected", "projecting"}, false, true},
	{[]string{"hope", "hopes", "hoped", "hoped", "hoping"}, false, true},
	// sworn or private words: "testified that the department had
	// deported", `," one lawmaker texted Playbook`; "testified before
	// the committee" and "texted a photo" state nothing by themselves
	{[]string{"testify", "testifies", "testified", "testified", "testifying"}, false, true},
	{[]string{"text", "texts", "texted", "texted", "texting"}, false, true},
	// beliefs and feelings held about what is or will be, with a clause
	// ("donors fear the party could lose the Senate", "aides worry that
	// ...", "strategists doubt that the convention will unite the
	// party"), as "believe" and "hope" are; "fear for their lives",
	// "worry about", "no doubt" and the nouns state none
	{[]string{"fear", "fears", "feared", "feared", "fearing"}, false, true},
	{[]string{"worry", "worries", "worried", "worried", "worrying"}, false, true},
	{[]string{"doubt", "doubts", "doubted", "doubted", "doubting"}, false, true},
	// veiled, light or harsh speech: "hinted that it may close the border",
	// "joked on social media that ...", "decrying the move as
	// interference"
	{[]string{"hint", "hints", "hinted", "hinted", "hinting"}, false, true},
	{[]string{"joke", "jokes", "joked", "joked", "joking"}, false, true},
	{[]string{"decry", "decries", "decried", "decried", "decrying"}, false, false},
	// courts: "the Supreme Court ruled that ..." (a clause; "ruled out"
	// is a two-word cue of its own, "ruled the country" no claim)
	{[]string{"rule", "rules", "ruled", "ruled", "ruling"}, false, true},
	// "pleaded not guilty": the negation makes it a denial
	{[]string{"plead", "pleads", "pleaded", "pleaded", "pleading"}, false, false},
	{[]string{"deny", "denies", "denied", "denied", "denying"}, true, false},
	{[]string{"reject", "rejects", "rejected", "rejected", "rejecting"}, true, false},
	{[]string{"dismiss", "dismisses", "dismissed", "dismissed", "dismissing"}, true, false},
	{[]string{"refute", "refutes", "refuted", "refuted", "refuting"}, true, false},
	{[]string{"rebuff", "rebuffs", "rebuffed", "rebuffed", "rebuffing"}, true, false},
	{[]string{"dispute", "disputes", "disputed", "disputed", "disputing"}, true, true},
	// "Kigali has always contested the findings": a denial of a
	// statement or figure, as "dispute" is ("contested the election" is
	// a race, disputedStatement)
	{[]string{"contest", "contests", "contested", "contested", "contesting"}, true, true},
})

func buildVerbCues(list []struct {
	forms  []string
	deny   bool
	clause bool
}) map[string]cue {
	out := map[string]cue{}
	for _, v := range list {
		lemma := v.forms[0]
		for i, f := range v.forms {
			c := cue{lemma: lemma, deny: v.deny, clause: v.clause}
			if i == 3 {
				c.participle = true
			}
			if i == 4 {
				c.gerund = true
			}
			if old, ok := out[f]; ok && i == 3 {
				// the past tense and the participle share a form
				old.participle = true
				out[f] = old
				continue
			}
			out[f] = c
		}
	}
	return out
}

// twoWordCues are reporting phrases of two words, keyed by their first
// word; the value maps the second word to the cue.
var twoWordCues = map[string]map[string]cue{
	"point":   {"out": {lemma: "point out"}},
	"points":  {"out": {lemma: "point out"}},
	"pointed": {"out": {lemma: "point out", participle: true}},
	"called":  {"for": {lemma: "call for"}, "on": {lemma: "call on"}},
	"calling": {"for": {lemma: "call for", gerund: true}, "on": {lemma: "call on", gerund: true}},
	"calls":   {"for": {lemma: "call for"}, "on": {lemma: "call on"}},
	"call":    {"for": {lemma: "call for"}, "on": {lemma: "call on"}},
	"ruled":   {"out": {lemma: "rule out", deny: true}},
	// "appealed for calm", "appealed to residents to stay indoors": a
	// directive, as "called for" and "called on" are ("appealed the
	// verdict" is a court filing, no cue)
	"appealed":  {"for": {lemma: "appeal for", participle: true}, "to": {lemma: "call on", participle: true}},
	"appeals":   {"for": {lemma: "appeal for"}, "to": {lemma: "call on"}},
	"appeal":    {"for": {lemma: "appeal for"}, "to": {lemma: "call on"}},
	"appealing": {"for": {lemma: "appeal for", gerund: true}, "to": {lemma: "call on", gerund: true}},
	// "commented on the arrests", "MINISTER comments on ..." (a release
	// headline): what is commented on; "his comments on" is a noun
	// (commentNoun)
	"comment":    {"on": {lemma: "comment on", object: true}},
	"comments":   {"on": {lemma: "comment on", object: true}},
	"commented":  {"on": {lemma: "comment on", object: true, participle: true}},
	"commenting": {"on": {lemma: "comment on", object: true, gerund: true}},
	"rules":      {"out": {lemma: "rule out", deny: true}},
	// "have complained of unfair quotas", "complained about being kept
	// waiting": what is complained of is what was said
	"complained": {"of": {lemma: "complain of", object: true, participle: true}, "about": {lemma: "complain of", object: true, participle: true}},
	"complain":   {"of": {lemma: "complain of", object: true}, "about": {lemma: "complain of", object: true}},
	"complains":  {"of": {lemma: "complain of", object: true}, "about": {lemma: "complain of", object: true}},
	// "brushed aside reports that ...": a rejection ("pushed back" is
	// left out: troops push back rebels)
	"brushed": {"aside": {lemma: "brush aside", deny: true, participle: true}, "off": {lemma: "brush aside", deny: true, participle: true}},
	"brushes": {"aside": {lemma: "brush aside", deny: true}, "off": {lemma: "brush aside", deny: true}},
	// "laughed off a report that C", "shrugged off the accusations",
	// "waved away suggestions that C": the same rejection of words, with
	// the same guard ("waved away the crowd" rejects no words)
	"laughed":  {"off": {lemma: "brush aside", deny: true, participle: true}},
	"laughs":   {"off": {lemma: "brush aside", deny: true}},
	"shrugged": {"off": {lemma: "brush aside", deny: true, participle: true}},
	"shrugs":   {"off": {lemma: "brush aside", deny: true}},
	"waved":    {"away": {lemma: "brush aside", deny: true, participle: true}, "aside": {lemma: "brush aside", deny: true, participle: true}},
	"waves":    {"away": {lemma: "brush aside", deny: true}, "aside": {lemma: "brush aside", deny: true}},
}

// denialWords in a claimed clause make its stance a denial ("the
// information ... is not true").
var denialWords = map[string]bool{
	"untrue": true, "false": true, "baseless": true, "groundless": true, "unfounded": true,
	"fabricated": true, "fabrication": true, "fabrications": true, "disinformation": true,
	"lie": true, "lies": true, "fake": true, "slander": true, "absurd": true, "nonsense": true,
	"propaganda": true, "misinformation": true, "slanderous": true, "lying": true,
}

// labelFalseWords call untrue only what states something ("called the
// report wrong", "calling it “flat-out wrong”"); "called the decision
// wrong" judges an act, so they count only after a statement's noun or a
// pronoun (labelsFalse), unlike denialWords.
var labelFalseWords = map[string]bool{
	"wrong": true, "inaccurate": true, "incorrect": true, "untruthful": true, "bogus": true,
	"hoax": true, "fiction": true, "fantasy": true, "misleading": true, "distorted": true,
	"exaggerated": true, "inflated": true,
	// a story made up ("called that report “a fable”", "dismissed the
	// account as a myth", "a fairy tale")
	"fable": true, "fables": true, "myth": true, "myths": true, "invention": true, "fairy": true,
}

// labelGerunds label after a comma what the clause before names, for
// that clause's subject (", calling it “flat-out wrong”"); only with a
// word that calls it untrue after them ("calling reservists to the front"
// labels nothing).
var labelGerunds = map[string]bool{
	"calling": true, "branding": true, "labelling": true, "labeling": true, "terming": true, "dubbing": true,
}

// labelVerbs call something by a name ("called the reports lies").
var labelVerbs = map[string]bool{
	"called": true, "calls": true, "call": true, "described": true, "describes": true, "branded": true,
	"brands": true, "labelled": true, "labeled": true, "termed": true, "terms": true,
	// "characterized the offensive as a gamble", "dubbed the town a
	// fortress"
	"characterized": true, "characterised": true, "characterizes": true, "characterises": true,
	// after a plural subject ("Critics describe the ruling as historic")
	"describe": true, "characterize": true, "characterise": true,
	"dubbed": true, "dubs": true,
}

// negatedActs: a negation shortly before one of these stems denies an act
// ("are not being targeted", "did not attack", "never shelled"): a
// denial only beside what the speaker says it struck alone
// (onlyContrast), an assertion otherwise.
var negatedActs = []string{"target", "attack", "shell", "fir", "strik", "struck", "bomb", "violat", "kill", "shot", "shoot", "involv", "hit", "invad", "occup", "role", "responsib", "carr"}

// negatedStatements: a negation shortly before one of these stems calls a
// statement or a charge untrue ("is not true", "not guilty").
var negatedStatements = []string{"true", "truth", "evidence", "guilt"}

// negators open a negation.
var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

// speakerNouns head noun phrases that can speak without being named
// actors ("officials said", "witnesses told").
var speakerNouns = map[string]bool{
	// people held, treated or housed, who tell what they saw ("C, the
	// inmates told the commission"; not agent nouns by their ending)
	"inmates": true, "inmate": true, "pilgrims": true, "patients": true, "youths": true,
	"veterans": true, "tenants": true,
	// ("institute" alone, which the tagger may read as the verb)
	"institute": true, "institutes": true,
	// (`," its chief executive said`)
	"executive": true, "executives": true,
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"witness": true, "witnesses": true, "resident": true, "residents": true, "source": true, "sources": true,
	"analyst": true, "analysts": true, "expert": true, "experts": true, "observer": true, "observers": true,
	"activist": true, "activists": true, "police": true, "military": true, "army": true, "ministry": true,
	"government": true, "authorities": true, "media": true, "agency": true, "agencies": true, "groups": true, "organizations": true, "organisations": true, "ministries": true, "governments": true, "countries": true, "reporter": true, "reporters": true,
	"correspondent": true, "doctor": true, "doctors": true, "medics": true, "villagers": true, "commander": true,
	"villager": true, "dweller": true, "dwellers": true, "inhabitant": true, "inhabitants": true,
	"commanders": true, "soldier": true, "soldiers": true, "lawmaker": true, "lawmakers": true,
	"diplomat": true, "diplomats": true, "leader": true, "leaders": true, "president": true, "minister": true,
	"group": true, "rebels": true, "militants": true, "fighters": true, "statement": true, "office": true,
	"prosecutor": true, "prosecutors": true, "court": true, "council": true, "command": true, "headquarters": true,
	"representative": true, "representatives": true, "envoy": true, "governor": true, "mayor": true,
	"survivor": true, "survivors": true, "family": true, "relatives": true, "organization": true, "presidency": true,
	"organisation": true, "party": true, "parties": true, "side": true, "sides": true, "service": true,
	"spokespeople": true, "aide": true, "adviser": true, "advisor": true, "chief": true, "head": true,
	"people": true, "ambassador": true, "embassy": true, "monitor": true, "monitors": true, "report": true,
	"inquiry": true, "investigation": true, "commission": true, "panel": true, "mission": true,
	"investigator": true, "investigators": true, "rapporteur": true, "tribunal": true,
	"secretary": true, "chancellor": true, "premier": true, "general": true,
	"house": true, "parliament": true, "senate": true, "assembly": true, "congress": true,
	"outlet": true, "outlets": true, "newspaper": true, "newspapers": true, "broadcaster": true,
	"reports": true, "analysis": true, "study": true, "review": true, "survey": true, "surveys": true, "poll": true, "polls": true,
	"website": true,
	// political reporting: legislators, a politician's entourage ("Aides
	// to the speaker say", `," said one GOP senator`), and the papers of
	// a call or a case ("according to a transcript of the call", "the
	// indictment alleges", "a readout of the call said")
	"senator": true, "senators": true, "congressman": true, "congresswoman": true, "congressmen": true,
	"legislator": true, "legislators": true, "aides": true, "advisers": true, "advisors": true,
	"insiders": true, "readout": true, "transcript": true, "indictment": true, "filings": true,
	// the papers of a campaign or a case ("the memo states", "emails
	// released by WikiLeaks show", "the lawsuit alleges", "the filing
	// argues") and a principal's friends ("Allies of the president say")
	"memo": true, "memos": true, "email": true, "emails": true, "filing": true, "lawsuit": true,
	"complaint": true, "documents": true, "allies": true, "politicians": true, "politician": true,
	// courts and the parties before them, and bodies named by their kind
	"judge": true, "judges": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"suspect": true, "defendant": true, "opposition": true, "watchdog": true, "department": true,
	"coalition": true, "alliance": true, "bank": true, "union": true, "cabinet": true, "junta": true,
	"unions": true, // ("French unions called a strike, saying C")
	// clergy, who speak for their church or themselves (`?" asked the
	// Catholic bishop of Arauca, NAME`)
	"bishop": true, "bishops": true, "archbishop": true, "priest": true, "priests": true, "pastor": true,
	"imam": true, "imams": true, "cleric": true, "clerics": true, "rabbi": true, "mufti": true,
	// groups of people named by their stance or trade ("Critics,
	// including X, suggest")
	"critics": true, "opponents": true, "supporters": true, "campaigners": true, "protesters": true,
	"demonstrators": true, "economists": true, "scholars": true, "researchers": true, "academics": true,
	"specialists": true, "skeptics": true, "proponents": true,
	// a body's head named by the body's kind ("according to wing
	// leadership", "the camp's management said")
	"leadership": true, "management": true, "administration": true,
	"critic": true, "opponent": true, "supporter": true, "protester": true, "demonstrator": true,
	"economist": true, "scholar": true, "researcher": true, "campaigner": true,
	// people named by their trade, place or plight, who speak as
	// witnesses and sources ("According to scientists", "one user wrote",
	// "nurses said")
	"scientists": true, "scientist": true, "teachers": true, "teacher": true, "parents": true,
	"officers": true, "officer": true, "users": true, "user": true, "workers": true, "worker": true,
	"farmers": true, "farmer": true, "students": true, "student": true, "nurses": true, "nurse": true,
	"staff": true, "employees": true, "victims": true, "families": true, "locals": true, "citizens": true,
	"voters": true, "refugees": true, "migrants": true, "engineers": true, "engineer": true,
	// armed men named by their kind ("Al-Qaeda-linked jihadists claimed",
	// "the insurgents said", "separatist militiamen told")
	"jihadists": true, "insurgents": true, "militiamen": true, "militia": true, "militias": true,
	"separatists": true, "paramilitaries": true, "gunmen": true, "extremists": true,
	"guerrillas": true, "combatants": true,
	// those who count the dead and speak for a delegation or a channel
	// ("rescuers said", "a negotiator told", "one military blogger
	// wrote")
	"rescuers": true, "volunteers": true, "paramedics": true,
	"responders": true, "negotiator": true, "negotiators": true, "mediators": true, "mediator": true,
	"delegation": true, "blogger": true, "bloggers": true,
	// a body's branch that speaks for it ("the military's media wing",
	// "the group's armed wing")
	"wing": true,
}

// clauseBreaks end a reported clause before a sibling attribution: ",
// while Azerbaijan said ...".
var clauseBreaks = map[string]bool{"while": true, "whereas": true, "but": true, "however": true}

// adverbials may stand between a speaker and the cue ("has also said",
// "repeatedly stated").
var adverbials = map[string]bool{
	"also": true, "has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"further": true, "then": true, "later": true, "earlier": true, "previously": true, "repeatedly": true,
	"again": true, "once": true, "reportedly": true, "allegedly": true, "officially": true, "publicly": true,
	"already": true, "recently": true, "subsequently": true, "immediately": true, "firmly": true,
	"strongly": true, "flatly": true, "categorically": true, "vehemently": true, "will": true, "would": true,
	"did": true, "does": true, "not": true, "had also": true, "been": true, "both": true, "all": true,
	// how persistently or how openly ("have persistently alleged", "has
	// openly accused"); not habits ("frequently accuse each other" is
	// background, no one's claim)
	"persistently": true, "consistently": true, "openly": true, "privately": true, "separately": true,
	"jointly": true, "promptly": true, "swiftly": true, "angrily": true,
	// "Moscow now claims C", "the army now says": the claim of the day
	"now": true,
}

// passiveAux opens a passive cue ("is blamed", "it is noted", "has been
// reported").
var passiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// invertible cues may stand before their speaker after a quotation or
// clause (`," said the ministry`); others take an object there
// (", accused the Armenian forces of ...").
var invertible = map[string]bool{
	"say": true, "add": true, "note": true, "state": true, "claim": true, "write": true, "report": true,
	"read": true, "explain": true, "insist": true, "declare": true, "announce": true, "confirm": true,
	"stress": true, "emphasize": true, "emphasise": true, "reply": true, "respond": true, "tweet": true,
	"argue": true, "continue": true, "inform": true, "indicate": true, "recall": true,
	// `," warned Asli Aydintasbas, a senior fellow`: the speaker after the
	// cue must end the clause, so `, warned the army of ...` stays out
	"warn": true, "admit": true, "acknowledge": true, "suggest": true, "predict": true, "concede": true,
	"point out": true, "ask": true, "observe": true, "caution": true, "complain": true, "agree": true,
	// `," fretted Amina Diallo, a refugee`, `," lamented a farmer`
	"fret": true, "lament": true, "recount": true, "remark": true, "believe": true, "think": true, "confide": true,
	"shout": true, "chant": true,
}

// narrationCues report words only with a quotation or a clause; their
// -ing forms after a comma name an act or a feeling (", continuing its
// offensive", ", lamenting the loss"), not a second claim.
var narrationCues = map[string]bool{"continue": true, "lament": true, "recount": true, "remark": true, "shout": true, "chant": true}

// whClauseCues report an account with "how" or "why" and a clause
// ("explained how the radar changed the defence", "recounted how the
// militia came at night").
var whClauseCues = map[string]bool{"explain": true, "reveal": true, "recount": true, "describe": true, "recall": true, "detail": true, "question": true}

// infinitiveCues report speech with a to-infinitive ("vowed to retaliate").
var infinitiveCues = map[string]bool{"claim": true, "threaten": true, "promise": true, "pledge": true, "vow": true, "urge": true, "warn": true, "demand": true}

// npModifiers may stand in an unnamed speaker's noun phrase ("senior
// military officials", "local residents").
var npModifiers = map[string]bool{
	"senior": true, "local": true, "military": true, "government": true, "state": true, "foreign": true,
	"western": true, "top": true, "other": true, "some": true, "several": true, "two": true, "three": true,
	"many": true, "human": true, "rights": true, "security": true, "intelligence": true, "health": true,
	"defense": true, "defence": true, "news": true, "press": true, "police": true, "army": true, "hospital": true,
	"medical": true, "independent": true, "international": true, "un": true, "aid": true, "humanitarian": true,
	"regional": true, "provincial": true, "district": true, "ministry": true, "palestinian": true, "russian": true,
	"ukrainian": true, "israeli": true, "iranian": true, "former": true, "retired": true, "chief": true,
	// "a war monitor", "an informed source", "a diplomatic source"
	"war": true, "informed": true, "well-informed": true, "diplomatic": true,
	// emergency services named by their kind ("the civil defence
	// agency", "the state emergency service")
	"civil": true, "emergency": true, "disaster": true, "rescue": true,
}

// quantifierDet open an unnamed speaker's noun phrase as "the" does
// ("one protester shouted", "two witnesses said", "some residents say").
var quantifierDet = map[string]bool{
	"one": true, "two": true, "three": true, "some": true, "several": true, "many": true, "another": true,
	"other": true, "most": true,
}

// notSpeakers are capitalised sentence openers that never name a speaker.
var notSpeakers = map[string]bool{
	"it": true, "this": true, "that": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"there": true, "these": true, "those": true, "who": true, "what": true, "which": true, "some": true,
	"many": true, "others": true, "one": true, "you": true, "everyone": true, "nobody": true, "all": true,
	"to": true, "as": true, "but": true, "and": true, "so": true, "also": true,
}

// calendarWords never stand in a person's name ("On Tuesday, ...").
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true,
}

// requestNouns are objects of "reject" and "dismiss" that make them
// decisions rather than denials ("rejected a plea").
var requestNouns = map[string]bool{
	"plea": true, "request": true, "proposal": true, "offer": true, "appeal": true, "bid": true,
	"motion": true, "application": true, "petition": true, "resolution": true, "deal": true, "plan": true,
	"nomination": true, "candidacy": true, "bill": true, "invitation": true,
}

// spokeOf are the cues after which, trailing, a phrase of what or how one
// spoke may follow the speaker (`," she said of the talks`, `," he told
// reporters by phone`); other verbs take such a phrase as their own
// object ("complained of", "warned of").
var spokeOf = map[string]bool{
	"say": true, "tell": true, "add": true, "write": true, "note": true, "explain": true, "recall": true,
	"state": true, "insist": true, "reply": true, "respond": true, "continue": true, "remark": true,
}

// addresseeCues take whom they address before what they report ("told
// reporters that", "assured the visiting minister that", "warned allies
// that"): the "that" may stand far after the cue.
var addresseeCues = map[string]bool{
	"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "promise": true,
	"brief": true, "caution": true, "advise": true,
}

// negatedFacts: after "no", these deny that a statement holds ("no truth
// to the reports", "no evidence", "no basis"); "no" before an act, a part
// in it or a victim ("no attack had occurred", "played no role in", "no
// soldiers were killed") states what happened.
var negatedFacts = []string{"truth", "evidence", "basis", "proof"}

// notActs: words that share a stem of negatedActs but name no act.
var notActs = map[string]bool{
	"first": true, "firm": true, "firms": true, "firmly": true, "firsthand": true, "firstly": true,
	"carrier": true, "carriers": true, "hitherto": true,
}

// modals before a negation make it a pledge, a wish or a possibility
// rather than a denial ("will not strike", "should be found not guilty").
var modals = map[string]bool{
	"will": true, "would": true, "wo": true, "could": true, "can": true, "ca": true, "should": true,
	"may": true, "might": true, "must": true, "shall": true, "'ll": true, "to": true,
}

// denialAdjectives are the denialWords that can stand before a noun.
var denialAdjectives = map[string]bool{
	"untrue": true, "false": true, "baseless": true, "groundless": true, "unfounded": true,
	"fabricated": true, "fake": true, "slanderous": true, "absurd": true,
}

// notNounAfter: words after a denial adjective that show it is no
// attribute of a following noun ("false and misleading", "false, he
// said", "untrue to say").
var notNounAfter = map[string]bool{
	"and": true, "or": true, "but": true, "to": true, "as": true, "in": true, "of": true, "on": true,
	"for": true, "that": true, "by": true, "with": true, "because": true, "since": true, "at": true,
	"from": true, "he": true, "she": true, "they": true, "it": true, "we": true, "the": true, "a": true,
	"an": true, "is": true, "was": true, "are": true, "were": true, "and/or": true, "about": true,
	"when": true, "if": true, "said": true, "says": true, "according": true,
}

// statementNouns name statements and accusations: calling them false,
// or rejecting them, denies ("baseless accusations", "rejected the
// claims").
var statementNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true, "claim": true,
	"claims": true, "charge": true, "charges": true, "report": true, "reports": true, "reporting": true,
	"statement": true, "statements": true, "information": true, "news": true, "rumor": true, "rumors": true,
	"rumour": true, "rumours": true, "story": true, "stories": true, "narrative": true, "narratives": true,
	"assertion": true, "assertions": true, "account": true, "accounts": true, "version": true,
	"testimony": true, "insinuation": true, "insinuations": true,
}

// rejectedStatements: besides statementNouns, objects whose rejection
// rejects a view or a finding ("rejected the idea", "rejected the
// findings", "rejected the resolution", "rebuffed fears").
var rejectedStatements = map[string]bool{
	"idea": true, "ideas": true, "notion": true, "suggestion": true, "suggestions": true,
	"characterization": true, "characterisation": true, "description": true, "portrayal": true,
	"label": true, "interpretation": true, "conclusion": true, "conclusions": true, "finding": true,
	"findings": true, "assessment": true, "premise": true, "theory": true, "theories": true,
	"hypothesis": true, "view": true, "views": true, "argument": true, "arguments": true,
	"criticism": true, "criticisms": true, "concern": true, "concerns": true, "fear": true, "fears": true,
	"warning": true, "warnings": true, "remarks": true, "comment": true, "comments": true,
	"response": true, "resolution": true, "constitution": true, "verdict": true, "ruling": true,
	"result": true, "results": true, "explanation": true, "assumption": true, "speculation": true,
	"suspicion": true, "suspicions": true, "implication": true, "perception": true, "position": true,
	"blame": true, "responsibility": true, "involvement": true, "role": true, "link": true, "links": true,
	"assertion": true, "denial": true, "denials": true, "figures": true, "figure": true, "estimate": true,
	"estimates": true, "count": true, "toll": true, "tally": true, "evidence": true, "proof": true,
	"analysis": true, "study": true, "survey": true, "rhetoric": true, "propaganda": true,
	"warrant": true, "warrants": true, "indictment": true, "indictments": true,
}

// objectPronouns stand for a statement named before ("rejected it").
var objectPronouns = map[string]bool{
	"it": true, "this": true, "that": true, "these": true, "those": true, "them": true, "any": true,
	"such": true, "all": true, "both": true,
}

// deniedNonStatements: what is denied or dismissed in the senses of
// refusing or removing ("denied entry", "denied bond", "denied him a visa", "dismissed
// the commander", "dismissed the lawsuit").
var deniedNonStatements = map[string]bool{
	"access": true, "entry": true, "right": true, "rights": true, "visa": true, "visas": true, "permission": true, "bail": true, "bond": true, "parole": true,
	"request": true, "requests": true, "passage": true, "asylum": true, "aid": true, "license": true,
	"licence": true, "accreditation": true, "treatment": true, "food": true, "water": true,
	"case": true, "lawsuit": true, "lawsuits": true, "suit": true, "petition": true, "staff": true,
	"employees": true, "workers": true, "minister": true, "commander": true, "officials": true,
	"official": true, "cabinet": true, "director": true, "governor": true, "judge": true,
	"prosecutor": true, "ambassador": true, "appeal": true, "appeals": true, "application": true,
	"applications": true, "service": true, "services": true, "landing": true, "overflight": true,
}

// objectStops end the object of a denial cue.
var objectStops = map[string]bool{
	"that": true, "as": true, "by": true, "saying": true, "calling": true, "and": true, "but": true,
	"because": true, "on": true, "in": true, "at": true, "after": true, "before": true, "during": true,
	"while": true, "with": true, "from": true, "over": true, "for": true, "which": true, "who": true,
}

// agentNoun: a plural common noun that names people by what they do, by
// its agent suffix ("commentators", "historians", "columnists",
// "volunteers", "trainees"), so that a speaker need not be listed in
// speakerNouns to speak ("Some commentators suggested C"). Nouns of
// things with the same endings are left out. (A singular one comes with
// its article and modifiers, which the parse's subject keeps: "a deputy
// administrator wrote".)
func agentNoun(w string) bool {
	if nonAgentNouns[w] || len(w) < 6 {
		return false
	}
	for _, suffix := range []string{"ators", "ists", "ians", "eers", "ees", "ers", "ors"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// nonAgentNouns end like plural agent nouns and name things, places or
// abstractions ("numbers", "borders", "helicopters").
var nonAgentNouns = map[string]bool{
	"numbers": true, "borders": true, "orders": true, "waters": true, "matters": true,
	"centers": true, "powers": true, "towers": true, "layers": true, "quarters": true,
	"chambers": true, "computers": true, "containers": true, "rivers": true, "corners": true,
	"papers": true, "letters": true, "factors": true, "sectors": true, "corridors": true,
	"doors": true, "floors": true, "errors": true, "interiors": true, "motors": true,
	"headquarters": true, "disasters": true, "shelters": true, "barriers": true, "chapters": true,
	"monsters": true, "registers": true, "clusters": true, "filters": true, "markers": true,
	"posters": true, "helicopters": true, "carriers": true, "tankers": true, "bombers": true,
	"fighters": true, "launchers": true, "trailers": true, "mirrors": true, "terrors": true,
	"rumors": true, "favors": true, "colors": true, "honors": true, "vectors": true,
	"indicators": true, "generators": true, "reactors": true, "elevators": true, "simulators": true,
	"calculators": true, "radiators": true, "detectors": true, "tractors": true, "processors": true,
	"flowers": true, "offers": true, "answers": true, "prayers": true,
	"dangers": true, "fingers": true, "cheers": true, "careers": true, "degrees": true, "fees": true,
	"committees": true, "trees": true, "guarantees": true,
}
