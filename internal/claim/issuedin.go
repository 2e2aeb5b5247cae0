package claim

// issuedDocuments are what a body issues that may speak in its place.
var issuedDocuments = map[string]bool{
	"communique": true, "communiqué": true, "statement": true, "declaration": true,
	"bulletin": true, "release": true,
}

// issuedParticiples say where a document was given out.
var issuedParticiples = map[string]bool{
	"issued": true, "released": true, "published": true, "distributed": true, "broadcast": true,
	"circulated": true, "read": true,
}

// issuedIn reads "A military communique issued in Damascus said C",
// where the subject found was the city (s) that ends the participle's
// phrase: the document speaks, and a document whose own words name no
// party ("A government statement", "A statement") speaks for the state
// of the city it was issued in: a capital issues its government's
// communiques (wire stories filed from a third capital name the issuing
// capital this way, not the speaker). A party named in the document's
// words ("A UNITA communique issued in Lisbon") is read by the rules
// that read the party: the subject found then is not the city.
func (st *state) issuedIn(s speaker, a int) (speaker, bool) {
	p := s.a - 1
	if st.norm(p) == "the" {
		p--
	}
	if p-2 < a || st.norm(p) != "in" || !issuedParticiples[st.norm(p-1)] || !issuedDocuments[st.norm(p-2)] {
		return speaker{}, false
	}
	side := st.placeSideAt(p + 1)
	if side == "" {
		return speaker{}, false
	}
	// the document's noun phrase: lower-case words back to its
	// determiner, the clause's first word, or a comma
	start := p - 2
	for start > a && st.sentOf[start-1] == st.sentOf[p] && st.lowerWord(start-1) {
		start--
	}
	if start > a && determiners[st.norm(start-1)] {
		start-- // "A military communique"
	}
	if start > a && st.toks[start-1].Word && st.sentOf[start-1] == st.sentOf[p] {
		return speaker{}, false // a capitalised word: a party's document
	}
	return speaker{a: start, b: p - 1, ent: -1, side: side}, true
}
