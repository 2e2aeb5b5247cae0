package claim

// Speakers named by what they know rather than whom they speak for:
// "people familiar with the matter", "sources close to the talks",
// "officials briefed on the plan", "a person with knowledge of the
// deal". Political and business wires attribute much of their news this
// way; what follows the speaker noun is the topic, so neither a place nor
// a body named in it is the speaker.

// informedTail: the words from token k on tie the speaker noun before
// them to a topic ("familiar with", "close to", "briefed on",
// "knowledgeable about", "with knowledge of", "with direct knowledge of",
// "aware of").
func (st *state) informedTail(k int) bool {
	switch st.norm(k) {
	case "familiar":
		return st.norm(k+1) == "with"
	case "close", "closer":
		return st.norm(k+1) == "to"
	case "briefed":
		return st.norm(k+1) == "on" || st.norm(k+1) == "about"
	case "knowledgeable":
		return st.norm(k+1) == "about" || st.norm(k+1) == "of"
	case "aware":
		return st.norm(k+1) == "of"
	case "with":
		n := st.norm(k + 1)
		if n == "direct" || n == "firsthand" || n == "first-hand" || n == "detailed" {
			n = st.norm(k + 2)
		}
		return n == "knowledge"
	}
	return false
}

// informedSpeaker: a speaker noun in [a, end) followed by an informed
// tail speaks ("two people familiar with the discussions", "U.S.
// officials briefed on the plan"): its noun phrase, with the side of a
// body named in the phrase before the noun, none from the topic.
func (st *state) informedSpeaker(a, end int) (speaker, bool) {
	for h := a; h < end-1; h++ {
		w := st.norm(h)
		if !st.lowerWord(h) || !(speakerNouns[w] || w == "person" || w == "persons") || !st.informedTail(h+1) {
			continue
		}
		if st.inQuote(h) {
			return speaker{}, false
		}
		if !speakerNouns[w] {
			// "a person familiar with the talks": no speaker noun of its
			// own, the noun alone
			return speaker{a: h, b: h + 1, ent: -1}, true
		}
		return st.speakerNP(a, h+1)
	}
	return speaker{}, false
}
