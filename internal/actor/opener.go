package actor

import "strings"

// notParticipialOpeners are words in -ing that open a sentence as a
// preposition, whose phrase the writer may set off with a comma without
// any clause ("According to NAME, ...", "During the raid, ...").
var notParticipialOpeners = map[string]bool{
	"according": true, "during": true, "including": true, "regarding": true, "concerning": true,
	"notwithstanding": true, "excluding": true, "barring": true, "pending": true, "considering": true,
}

// participialOpenerWords are past participles that open a clause of
// their own before the subject in reporting ("Asked about the strike,
// NAME said").
var participialOpenerWords = map[string]bool{"asked": true, "pressed": true, "questioned": true, "quoted": true}

// participialOpener: token k, opening its sentence, is a participle that
// opens a clause before the sentence's subject ("Speaking to reporters in
// Paris, NAME stressed ...", "Addressing the council, NAME said",
// "Asked about the strike, NAME said"): the name after the clause's comma
// is the subject, not one named inside the clause.
func (st *docState) participialOpener(k int) bool {
	t := st.toks[k]
	if !t.Cap || notParticipialOpeners[t.Norm] {
		return false
	}
	if participialOpenerWords[t.Norm] {
		return true
	}
	return strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 5 && st.posAt(t.Start) == "VERB"
}
