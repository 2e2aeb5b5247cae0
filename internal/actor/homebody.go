package actor

import "strings"

// homeBodyHeads are the head nouns of a state's civil or security body
// that a story names without its state ("the Secretariat of Security and
// Civilian Protection", "The Ministry of External Affairs", "the Bureau
// for Reintegration Policies", "the Civil Aviation Authority").
var homeBodyHeads = map[string]bool{
	"ministry": true, "department": true, "authority": true, "agency": true,
	"directorate": true, "secretariat": true,
	"inspectorate": true, "administration": true, "command": true,
	"constabulary": true, "gendarmerie": true, "police": true,
}

// homeServiceHeads are heads a firm's or an activists' body's name shares
// ("Marvale Taxi Service", "Baloch Solidarity Committee"), a state's only with a word of a public remit
// in the name (homeRemitWords): "National Police Service", "Bureau for
// Reintegration Policies".
var homeServiceHeads = map[string]bool{
	"service": true, "bureau": true, "office": true, "committee": true, "commission": true,
}

// homeRemitWords are words of a state's remit in a body's name.
var homeRemitWords = map[string]bool{
	"national": true, "state": true, "federal": true, "civil": true, "public": true, "security": true,
	"border": true, "prison": true, "prisons": true, "intelligence": true, "customs": true,
	"immigration": true, "migration": true, "emergency": true, "emergencies": true, "policy": true,
	"policies": true, "affairs": true, "defence": true, "defense": true, "investigation": true,
	"investigations": true, "statistics": true, "reintegration": true, "reconstruction": true,
	"police": true, "liberty": true, "election": true, "electoral": true, "ombudsman's": true, "ombudsman": true, "prosecutor's": true,
}

// homeForceHeads are heads of an armed body, a state's only when its name
// also says so (homeForceWords): "Royal Armed Forces", "National Guard",
// "Peace Task Force"; a militia's "Defence Force" is not.
var homeForceHeads = map[string]bool{
	"force": true, "forces": true, "army": true, "navy": true, "guard": true, "corps": true,
}

// homeForceWords mark an armed body's name as a state's.
var homeForceWords = map[string]bool{
	"armed": true, "royal": true, "national": true, "task": true, "border": true, "coast": true,
	"republican": true, "presidential": true, "federal": true,
}

// nonStateNameWords make a body's name one of a party, a movement, a
// people's militia, civil society or an international body, never a
// state's own ("Southern Transitional Council", "People's Defence
// Force", "Committee to Protect Journalists", "International Crisis
// Group").
var nonStateNameWords = map[string]bool{
	"liberation": true, "people's": true, "peoples": true, "popular": true, "resistance": true,
	"revolutionary": true, "rebel": true, "islamic": true, "patriotic": true, "front": true,
	"movement": true, "party": true, "union": true, "transitional": true, "mujahideen": true,
	"militia": true, "brigade": true, "brigades": true, "international": true, "world": true,
	"global": true, "european": true, "african": true, "humanitarian": true, "aid": true,
	"relief": true, "refugee": true, "refugees": true, "journalists": true, "press": true, "news": true,
	"media": true, "association": true, "federation": true, "foundation": true, "institute": true,
	"university": true, "college": true, "school": true, "church": true, "students": true,
	"workers": true, "lawyers": true, "bar": true, "chamber": true, "company": true,
	"corporation": true, "democratic": true, "opposition": true, "self-defence": true,
	"self-defense": true, "political": true, "rights": true, "watch": true, "council": true, "network": true,
	"coalition": true, "alliance": true, "league": true, "society": true, "trust": true,
}

// homeStateBody: an organisation's words are a state's public body by
// its head (the word before the first "of" or "for", else the last) and
// hold no word of a party, militia or civil society.
func homeStateBody(words []string) bool {
	if len(words) < 2 {
		return false
	}
	head := words[len(words)-1]
	for k := 1; k < len(words); k++ {
		if words[k] == "of" || words[k] == "for" {
			head = words[k-1]
			break
		}
	}
	force, remit := false, false
	for _, w := range words {
		if nonStateNameWords[w] {
			return false
		}
		force = force || homeForceWords[w]
		remit = remit || homeRemitWords[w]
	}
	switch {
	case homeBodyHeads[head]:
		return true
	case homeServiceHeads[head]:
		return remit
	}
	return homeForceHeads[head] && force
}

// homeBodySide is the side of the recogniser's organisation at tokens
// [a, b) that the knowledge base lacks, when its name is a state's public
// body (homeStateBody) written bare ("the Bureau for Reintegration
// Policies said", not "Russia's" or "Tiraspol's"): the state the story is
// about, else the state of its dateline, else the state its outlet's name
// holds ("Example Quito Herald"). Reporters mark a foreign state's bodies
// by the state and leave their own state's bare. "" otherwise.
func (st *docState) homeBodySide(a, b int) string {
	if a > 0 && st.tokNorm(a-1) != "the" && st.toks[a-1].Word {
		return ""
	}
	if a > 0 && (st.tokNorm(a-1) == "'s" || st.tokNorm(a-1) == "’s") {
		return ""
	}
	if !homeStateBody(st.words(a, b)) || st.namesCountry(a, b) {
		return ""
	}
	side := st.dominantState()
	if side == "" {
		side = st.bodyDatelineState()
	}
	if side == "" {
		side = st.outletHomeState()
	}
	if _, ok := st.kb.bySide[side]; !ok {
		return ""
	}
	return side
}

// outletHomeState is the state whose country, demonym or capital the
// outlet's name holds ("Example Kathmandu Post", "Kenya Briefings"), or
// "" when it holds none or two.
func (st *docState) outletHomeState() string {
	ws := st.foldWords(st.doc.Article.Outlet)
	side := ""
	for i := range ws {
		for j := min(len(ws), i+3); j > i; j-- {
			for _, h := range st.kb.phrases[strings.Join(ws[i:j], " ")] {
				switch h.kind {
				case hitCountry, hitDemonym, hitDemonymPlural, hitCapital:
					c := st.kb.Countries[h.idx]
					if c.Context != nil {
						continue
					}
					if side != "" && side != c.Side {
						return ""
					}
					side = c.Side
				}
			}
		}
	}
	return side
}
