package actor

import "github.com/parallaxhq/parallax"

// unlistedBodyHeads are the last words of the names of a state's own
// bodies: courts, commissions, councils, authorities, ministries
// ("Moldova's Central Electoral Commission", "the Court of Auditors",
// "the Ocean Affairs Council", "the Seoul Central District Court").
var unlistedBodyHeads = map[string]bool{
	"court": true, "tribunal": true, "commission": true, "council": true, "authority": true,
	"ministry": true, "directorate": true, "inspectorate": true, "judiciary": true,
	"auditors": true, "ombudsman": true,
}

// notStateBodyWords mark a body of that shape that is no state's: NGOs
// and think tanks ("Norwegian Refugee Council", "Atlantic Council",
// "Council on Foreign Relations"), bodies of several states or of
// faiths, trades and professions ("the Bar Council").
var notStateBodyWords = map[string]bool{
	"international": true, "world": true, "global": true, "refugee": true, "refugees": true,
	"atlantic": true, "european": true, "african": true, "arab": true, "islamic": true,
	"relations": true, "crisis": true, "church": true, "churches": true, "bar": true,
	"muslim": true, "christian": true, "catholic": true, "students": true, "student": true,
	"trade": true, "business": true, "chamber": true, "union": true, "party": true,
	"citizens": true, "people's": true, "transitional": true,
	"security": true, "olympic": true, "medical": true, "research": true, "media": true,
}

// localBodyWords mark a town's or county's own body ("Gaza City
// Council"), which the local-body rules read; a court named so ("the
// Tbilisi City Court") is still the state's judiciary.
var localBodyWords = map[string]bool{
	"city": true, "municipal": true, "town": true, "village": true, "county": true, "local": true,
}

// unlistedStateBodies: a body the knowledge base lacks, named with the
// head of a state body's name and speaking ("The Anti-Corruption
// Commission said", "The Court of Auditors said in a report"), is the
// body of a state: for a court the state a place in its name lies in,
// else the state that tries the case (courtState); for another body with
// no place in its name the story's state as storyStateBodies reads it
// (publisher, dateline, dominant state). In a story about two states with neither a dateline nor a
// place in the name it stays unresolved.
func (st *docState) unlistedStateBodies() {
	story, done := "", false
	for i := range st.ments {
		m := &st.ments[i]
		if m.side != "" || m.kind != parallax.KindOrganization || m.inQuote || m.b-m.a < 2 {
			continue
		}
		// the head: the word before "of" ("Court of Auditors"), else the last
		h := m.b - 1
		for j := m.a + 1; j < m.b; j++ {
			if st.tokNorm(j) == "of" {
				h = j - 1
				break
			}
		}
		head := st.tokNorm(h)
		if !unlistedBodyHeads[head] || !st.toks[h].Cap {
			continue
		}
		if !st.bodyActs(m.b) && !st.statementSource(m.a) && !st.voiceAt(m.a, m.b) {
			continue // a body named, not speaking
		}
		court := head == "court" || head == "tribunal"
		side, foreign := "", false
		for j := m.a; j < m.b; j++ {
			if notStateBodyWords[st.tokNorm(j)] || localBodyWords[st.tokNorm(j)] && !court {
				foreign = true
				break
			}
			if s := st.placeSideAt(j); s != "" && side == "" {
				side = s
			}
		}
		if foreign || side != "" && !court {
			// a body named with a place or state other than a court is
			// read by the rules for public bodies ("Human Rights
			// Commission of Pakistan" is an NGO, "Gaza City Council" a
			// local body)
			continue
		}
		if side == "" && court {
			side = st.courtState()
		}
		if side == "" {
			if !done {
				done = true
				if story = st.publisherSide(); story == "" {
					if story = st.datelineState(); story == "" {
						story = st.dominantState()
					}
				}
			}
			side = story
		}
		if _, ok := st.kb.bySide[side]; !ok {
			continue
		}
		m.side, m.resolved = side, true
	}
}
