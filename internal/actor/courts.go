package actor

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// courtVoices are the unnamed voices of a criminal case: prosecutors and
// the court's papers speak for the state whose court tries it, not for a
// foreign state the charges name ("Federal prosecutors said the man
// worked with an Indian official": USA).
var courtVoices = map[string]bool{
	"prosecutor": true, "prosecutors": true, "prosecution": true, "indictment": true,
}

// courtPapers are "court documents", "court filings" and the like: two
// words, the first "court" or "charging".
var courtPapers = map[string]bool{"documents": true, "filings": true, "papers": true, "records": true, "filing": true}

// usCourtMarks are words only a United States case carries. "Federal
// prosecutor", "federal judge" and "district court" are not among them:
// Germany, Brazil, Nigeria, Switzerland and Australia have federal
// prosecutors and judges, and many states have district courts.
var usCourtMarks = []string{"u.s. attorney", "us attorney", "u.s. district", "us district", "u.s. justice department", "us justice department", "u.s. department of justice", "fbi"}

// usStates are the states a United States judicial district is named
// after ("the Southern District of New York"); "district of" and one of
// them is a US court's district. A state's name also stands before a
// party in a member of Congress's apposition ("a New Jersey Democrat").
var usStates = []string{
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
	"louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
	"missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
	"new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
	"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
	"virginia", "washington", "west virginia", "wisconsin", "wyoming", "columbia", "puerto rico",
}

// districtWords name the part of a US state a federal district covers.
var districtWords = []string{"southern", "northern", "eastern", "western", "middle", "central"}

// usCase: the text carries a mark only a United States case has: a U.S.
// attorney or district court, a district named after a US state ("the
// Eastern District of Virginia"), the FBI, or a grand jury where the
// story names a place in the United States or a US government publishes
// it (grand juries are rare elsewhere).
func (st *docState) usCase() bool {
	for _, m := range usCourtMarks {
		if containsWord(st.folded, m) {
			return true
		}
	}
	for _, d := range districtWords {
		for k := 0; ; {
			i := strings.Index(st.folded[k:], d+" district of ")
			if i < 0 {
				break
			}
			k += i + len(d) + len(" district of ")
			for _, s := range usStates {
				if strings.HasPrefix(st.folded[k:], s) {
					return true
				}
			}
		}
	}
	return strings.Contains(st.folded, "grand jury") && st.mentionsUS()
}

// mentionsUS: the story names the United States, one of its places, or
// is published by a US government.
func (st *docState) mentionsUS() bool {
	if st.publisherSide() == "USA" {
		return true
	}
	for _, p := range st.doc.Places {
		if p.Country == "US" {
			return true
		}
	}
	for _, l := range st.lex {
		if h, ok := l.countryHit(); ok && st.kb.Countries[h.idx].Side == "USA" {
			return true
		}
	}
	return false
}

// containsWord: m occurs in s not inside a longer word ("fbi" is not
// in "fbis").
func containsWord(s, m string) bool {
	for k := 0; ; {
		i := strings.Index(s[k:], m)
		if i < 0 {
			return false
		}
		i += k
		before, after := i == 0 || !isLetter(s[i-1]), i+len(m) == len(s) || !isLetter(s[i+len(m)])
		if before && after {
			return true
		}
		k = i + 1
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

// courtSpeakers adds the prosecutors, indictments and court papers of a
// case as bodies of the state whose court tries it (courtState), when
// the text names no state for them itself ("Kenyan prosecutors" is read
// by the grammar).
func (st *docState) courtSpeakers() {
	for i := 0; i < len(st.toks); i++ {
		if e := st.prosecutionOffice(i); e > i && !st.toks[i].InQuote {
			st.dropRoleAnaphors(i, e) // "the Attorney General" is no general named before
		}
		if st.cover[i] || !st.toks[i].Word || st.toks[i].InQuote {
			continue
		}
		w := st.toks[i].Norm
		a, b := i, i+1
		switch {
		case courtVoices[w]:
			if w == "prosecutor" && st.nameFollows(b) {
				continue // "prosecutor Jane Oduya": the person, sided by the title rules
			}
			if p := st.tokNorm(a - 1); (p == "federal" || p == "state" || p == "public" || p == "chief" || p == "special" || p == "military") && !st.cover[a-1] {
				a--
			}
			if (w == "prosecution" || w == "indictment") && !anaphorDeterminers[st.tokNorm(a-1)] {
				continue // "the prosecution" of a case, not "prosecution lawyers"
			}
		case (w == "court" || w == "charging") && courtPapers[st.tokNorm(i+1)]:
			b = i + 2
		case (w == "judge" || w == "judges" || w == "magistrate") && !st.nameFollows(b):
			// "A High Court judge in Colombo ordered", "a judge said": a
			// judge unnamed speaks for the court, and so for its state; a
			// court named just before ("High Court") joins the mention
			if k := st.courtMentionEndingAt(a); k >= 0 {
				a = st.ments[k].a
				st.dropMentionsIn(a, i)
			}
		case (w == "court" || w == "tribunal") && !st.cover[i]:
			// "The court said", "an appeals court in Tunis upheld": a court
			// named by its kind speaks for the state that tries the case
			for a > 0 && courtKindWords[st.tokNorm(a-1)] && !st.cover[a-1] {
				a--
			}
		case st.prosecutionOffice(i) > i:
			// "the Attorney General's office said", "the Director of
			// Public Prosecutions said": the state's prosecution service
			b = st.prosecutionOffice(i)
			if st.nameFollows(b) {
				continue // "Attorney General NAME": the person
			}
			if st.tokNorm(b) == "'s" && (st.tokNorm(b+1) == "office" || st.tokNorm(b+1) == "department") {
				b += 2
			}
		default:
			continue
		}
		if st.covered(a, b) || (b < len(st.toks) && st.toks[b].Word && st.toks[b].Cap) {
			continue
		}
		if a > 0 && (st.tokNorm(a-1) == "'s" || formerWords[st.tokNorm(a-1)] || partyTitles[st.tokNorm(a-1)]) {
			continue // "Kenya's prosecutors" is the grammar's; "rebel prosecutors" no state's
		}
		if !st.voiceAt(a, b) {
			continue // "it could affect the prosecution of the lawbreakers"
		}
		// "prosecutors in Abuja", "Berlin prosecutors": their own place
		// first, then the state whose court tries the case
		side := st.officerPlace(a, b)
		if side == "" {
			side = st.courtState()
		}
		ci, ok := st.kb.bySide[side]
		if !ok {
			continue
		}
		inst := "prosecutor"
		if w == "judge" || w == "judges" || w == "magistrate" || (w == "court" || w == "tribunal") && b == i+1 {
			inst = "court" // not "court documents": the prosecution's
		}
		name, kind := st.bodyName(ci, inst)
		if side == "USA" && st.tokNorm(a) != "state" && (st.tokNorm(a) == "federal" || st.tokNorm(a) == "attorney" || st.tokNorm(a) == "attorney-general" || st.usCase()) {
			// a US state's or county's prosecutors are not the Justice
			// Department's
			name = "United States Department of Justice"
		}
		st.add(mention{a: a, b: b, actor: name, kind: kind, side: side, inst: inst, resolved: true})
		i = b - 1
	}
	sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
}

// courtMentionEndingAt: the index of a court's mention the knowledge
// base gave no side ("High Court" of "A High Court judge") that ends just
// before token i, or -1.
func (st *docState) courtMentionEndingAt(i int) int {
	for k, m := range st.ments {
		if m.b == i && m.side == "" && m.kind != parallax.KindPerson && (st.tokNorm(i-1) == "court" || st.tokNorm(i-1) == "tribunal") {
			return k
		}
	}
	return -1
}

// courtKindWords name a court's kind before "court" ("an appeals court",
// "the supreme court").
var courtKindWords = map[string]bool{
	"appeals": true, "appeal": true, "appellate": true, "high": true, "supreme": true, "district": true,
	"military": true, "constitutional": true, "criminal": true, "lower": true, "top": true, "federal": true,
	"regional": true, "provincial": true, "magistrate's": true, "magistrates": true, "administrative": true,
}

// prosecutionOffice: the tokens from i name a state's chief prosecutor
// without the state ("Attorney General", "Attorney-General", "Director
// of Public Prosecutions", "Prosecutor General", "Public Prosecutor");
// it returns the end of the title, or i when none starts there.
func (st *docState) prosecutionOffice(i int) int {
	switch st.tokNorm(i) {
	case "attorney", "prosecutor":
		if st.tokNorm(i+1) == "general" || st.tokNorm(i+1) == "-general" {
			return i + 2
		}
	case "attorney-general", "prosecutor-general":
		return i + 1
	case "director":
		if st.tokNorm(i+1) == "of" && st.tokNorm(i+2) == "public" && st.tokNorm(i+3) == "prosecutions" {
			return i + 4
		}
	case "public":
		if st.tokNorm(i+1) == "prosecutor" || st.tokNorm(i+1) == "prosecutor's" {
			return i + 2
		}
	}
	return i
}

// dropRoleAnaphors drops the title mentions within [a, b) that wait to
// refer back to a person titled so ("General" of "Attorney General").
func (st *docState) dropRoleAnaphors(a, b int) {
	kept := st.ments[:0]
	for _, m := range st.ments {
		if m.a >= a && m.b <= b && m.anaphor == "role" && !m.resolved {
			for i := m.a; i < m.b; i++ {
				st.cover[i] = false
			}
			continue
		}
		kept = append(kept, m)
	}
	st.ments = kept
}

// nameFollows: a capitalised name starts at token i.
func (st *docState) nameFollows(i int) bool {
	return i < len(st.toks) && st.toks[i].Word && st.toks[i].Cap && !notNameWords[st.toks[i].Norm]
}

// courtState is the state whose court tries the article's case: the state
// of the place or country named with a court or its officers ("a federal
// court in Manhattan", "a Nairobi court", "the Kenyan High Court", "a
// federal judge in Brasilia"), else the United States where only its
// courts' words stand ("U.S. Attorney", "the Southern District of New
// York"), else the publishing government's, else the state of the place
// the story opens in, else the state the article is about. "" when none
// is known. "Federal" alone names no state: Germany, Brazil, Nigeria,
// Switzerland and Australia have federal prosecutors too.
func (st *docState) courtState() string {
	if st.courtDone {
		return st.courtSide
	}
	st.courtDone = true
	intl := false
	for i, t := range st.toks {
		if courtOfficers[t.Norm] {
			if side := st.officerPlace(i, i+1); side != "" {
				st.courtSide = side
				return side
			}
			continue
		}
		if t.Norm != "court" && t.Norm != "courthouse" && t.Norm != "tribunal" {
			continue
		}
		if l, ok := st.lexCovering(i); ok && (l.has(hitActor)) {
			intl = true // the International Court of Justice is the UN's
			continue
		}
		// a place or state just before ("a Manhattan federal court", "the
		// Kenyan High Court"), or "in PLACE" just after
		for j := i - 1; j >= 0 && j >= i-4 && st.toks[j].Word; j-- {
			if side := st.placeSideAt(j); side != "" {
				st.courtSide = side
				return side
			}
		}
		for j := i + 1; j < len(st.toks) && j <= i+4; j++ {
			if n := st.tokNorm(j); n == "in" || n == "of" || n == "the" {
				continue
			}
			if side := st.placeSideAt(j); side != "" {
				st.courtSide = side
			}
			break
		}
		if st.courtSide != "" {
			return st.courtSide
		}
	}
	if intl {
		// an international court's case, with no national court named:
		// its prosecutors are no state's, whatever place the story opens in
		return ""
	}
	if st.usCase() {
		st.courtSide = "USA"
		return "USA"
	}
	if side := st.publisherSide(); side != "" {
		st.courtSide = side
		return side
	}
	// the place the story opens in, where a case is usually tried ("a
	// man was charged in New York"), before the state the story is most
	// about, which is often the foreign state the charges name
	first := -1
	for i, p := range st.doc.Places {
		if p.Country != "" && (first < 0 || p.Start < st.doc.Places[first].Start) {
			first = i
		}
	}
	if first >= 0 {
		if c, ok := st.kb.CountryOfISO2(st.doc.Places[first].Country); ok {
			st.courtSide = c.Side
			return c.Side
		}
	}
	st.courtSide = st.dominantState()
	return st.courtSide
}

// courtOfficers are the words for a court's officers whose place, when
// named with them, is the court's ("a federal judge in Brasilia",
// "Berlin prosecutors").
var courtOfficers = map[string]bool{
	"prosecutor": true, "prosecutors": true, "judge": true, "judges": true, "magistrate": true,
	"attorney": true, "attorneys": true,
}

// officerPlace: the state of a place named right with the court officers
// over [a, b): a place or demonym in the two words before ("Berlin
// prosecutors", "a Brazilian federal judge") or "in (the) PLACE" right
// after ("prosecutors in Abuja"). "" when none.
func (st *docState) officerPlace(a, b int) string {
	for j := a - 1; j >= 0 && j >= a-2 && st.toks[j].Word; j-- {
		if side := st.placeSideAt(j); side != "" {
			return side
		}
		if n := st.tokNorm(j); n != "federal" && n != "state" && n != "public" && n != "chief" {
			break
		}
	}
	if n := st.tokNorm(b); n != "in" && n != "at" {
		return ""
	}
	j := b + 1
	if st.tokNorm(j) == "the" {
		j++
	}
	if j < len(st.toks) && st.toks[j].Word {
		return st.placeSideAt(j)
	}
	return ""
}

// courtTitles are the titles of a court's officers, who serve the state
// whose court tries the case rather than the state the story is about.
var courtTitles = map[string]bool{"prosecutor": true, "judge": true, "magistrate": true, "attorney-general": true}

// courtTitleNear: a court officer's title stands in the few words before
// the name at token a, or in an apposition after it.
func (st *docState) courtTitleNear(a, b int) bool {
	for i := a - 1; i >= 0 && i >= a-4 && st.sentOf[i] == st.sentOf[a]; i-- {
		if courtTitles[st.toks[i].Norm] {
			return true
		}
	}
	if st.tokNorm(b) == "," {
		for j := b + 1; j < len(st.toks) && j <= b+6; j++ {
			if st.toks[j].Text == "," || st.toks[j].Text == "." {
				break
			}
			if courtTitles[st.toks[j].Norm] {
				return true
			}
		}
	}
	return false
}

// placeSideAt: the side of the state that the token at i names (a
// country or demonym) or lies in (a geoparsed place), or "".
func (st *docState) placeSideAt(i int) string {
	if side := st.demonymSideAnyCase(i); side != "" {
		return side
	}
	if l, ok := st.lexStarting(i); ok {
		if h, ok := l.first(hitCapital); ok {
			return st.kb.Countries[h.idx].Side // "a court in Santiago"
		}
	}
	t := st.toks[i]
	if !t.Cap {
		return ""
	}
	for _, p := range st.doc.Places {
		if p.Start <= t.Start && t.End <= p.End && p.Country != "" {
			if c, ok := st.kb.CountryOfISO2(p.Country); ok {
				return c.Side
			}
		}
	}
	return ""
}

// lexCovering returns the lex item that covers token i.
func (st *docState) lexCovering(i int) (lexItem, bool) {
	k := sort.Search(len(st.lex), func(k int) bool { return st.lex[k].b > i })
	if k < len(st.lex) && st.lex[k].a <= i {
		return st.lex[k], true
	}
	return lexItem{}, false
}

// voiceAt: the noun phrase over tokens [a, b) is a source: the subject
// of a verb ("Prosecutors say", "the indictment alleges"), after
// "according to", or a possessor ("the prosecution's version").
func (st *docState) voiceAt(a, b int) bool {
	d := a
	if anaphorDeterminers[st.tokNorm(d-1)] {
		d--
	}
	if st.tokNorm(d-1) == "to" && st.tokNorm(d-2) == "according" {
		return true
	}
	if st.tokNorm(b) == "'s" {
		return true
	}
	// a short time or place phrase may stand before the verb ("Croatian
	// state prosecutors on Friday had asked")
	j := b
	switch st.tokNorm(j) {
	case "on", "in", "at", "last", "this", "earlier", "later":
		j++
		for k := 0; k < 2 && j < len(st.toks) && st.toks[j].Word && !isVerbHere(st.tokNorm(j)); k++ {
			j++
		}
	}
	v := st.tokNorm(j)
	if isAdverb(v) || v == "also" || v == "have" || v == "had" || v == "has" {
		v = st.tokNorm(j + 1)
	}
	return isVerbHere(v)
}

// isVerbHere: w is a verb that a source does.
func isVerbHere(w string) bool {
	return verbAfterSubject[w] && !prepositions[w] || lawVerbs[w] || findingVerbs[w] || courtVerbs[w] || w == "ordered"
}

// courtVerbs are what prosecutors and court papers do when they speak.
var courtVerbs = map[string]bool{
	"allege": true, "alleged": true, "alleges": true, "charged": true, "argued": true, "argue": true,
	"contend": true, "describe": true, "described": true, "describes": true, "show": true, "showed": true,
	"reveal": true, "revealed": true, "reveals": true, "indicate": true, "asked": true, "sought": true, "seek": true,
}
