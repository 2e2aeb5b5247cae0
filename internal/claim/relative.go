package claim

import (
	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// relativeLabel: "the measures, which Amnesty International called
// “inhumane”,", "the strikes, which rights groups described as war
// crimes,": a relative clause whose object is the thing named before it
// labels that thing in the speaker's words. The label must follow the
// verb directly (a quotation, or "as" and a short phrase), since an
// object after the verb ("which he called the army") makes the clause
// something else. i is the labelling verb.
func (st *state) relativeLabel(a, b, i int) bool {
	r := -1
	for k := i - 1; k >= a && k >= i-7; k-- {
		w := st.norm(k)
		if w == "which" || w == "whom" {
			r = k
			break
		}
		if !st.toks[k].Word && w != "'s" {
			return false
		}
	}
	if r < 0 || r+1 >= i || st.inQuote(r) {
		return false
	}
	var spk speaker
	if ei, ea, ok := st.entityEndingAt(i); ok && ea == r+1 {
		spk = st.speakerFromEntity(ei, ea, i)
	} else if i == r+2 && pronoun(st.toks[r+1].Text) {
		spk = speaker{a: r + 1, b: i, ent: -1}
	} else if np, ok := st.speakerNP(r+1, i); ok && np.a <= r+2 {
		spk = np
	} else {
		return false
	}
	j := i + 1
	as := st.norm(j) == "as"
	if as {
		j++
	}
	if w := st.norm(j); w == "a" || w == "an" {
		j++
	}
	d := draft{cueA: i, cueB: i + 1, spk: spk}
	switch {
	case st.isOpenQuote(j):
		q := st.quotes[st.quoteOf[j]]
		if q.close <= j || q.close >= b || q.close-j > 12 {
			return false
		}
		d.contA, d.contB = j+1, q.close+1
	case as:
		// "described as war crimes," : the words up to the clause's end
		e := j
		for e < b && e < j+6 && st.toks[e].Word {
			e++
		}
		if e == j || e < b && st.norm(e) != "," && st.norm(e) != "." && st.norm(e) != ";" {
			return false
		}
		d.contA, d.contB = j, e
	default:
		return false
	}
	// the thing labelled is part of what is claimed (a one-word label
	// alone says nothing): back from the relative pronoun to the
	// determiner that opens its noun phrase
	k := r - 1
	if st.norm(k) == "," {
		k--
	}
	n := k
	for n >= a && n > k-6 && st.toks[n].Word {
		if w := st.norm(n); w == "the" || w == "a" || w == "an" || possessiveDet[w] || w == "these" || w == "those" {
			break
		}
		n--
	}
	if n < a || !st.toks[n].Word {
		n++
	}
	if n > k {
		return false
	}
	d.contA = n
	st.addDraft(d)
	return true
}

// ownAttribution: sentence si ends in an attribution of its own after a
// comma, ", the army said." or ", said the spokesman.", and holds no
// quotation mark: narration, not the words of a quotation left open
// before it.
func (st *state) ownAttribution(si int) bool {
	if si < 0 || si >= len(st.sentTok) {
		return false
	}
	if st.leadingAttribution(si) {
		return true
	}
	a, b := st.sentTok[si][0], st.sentTok[si][1]
	if a < 0 || b-a < 4 || st.norm(b-1) != "." {
		return false
	}
	comma := -1
	for k := a; k < b; k++ {
		if actor.IsQuoteMark(st.toks[k].Text) {
			return false
		}
		if st.norm(k) == "," {
			comma = k
		}
	}
	if comma < 0 || b-1-comma < 2 || b-1-comma > 6 {
		return false
	}
	for k := comma + 1; k < b-1; k++ {
		if !st.toks[k].Word {
			return false
		}
	}
	_, last := st.cueAt(b - 2)
	fc, first := st.cueAt(comma + 1)
	return last || first && invertible[fc.lemma]
}

// leadingAttribution: sentence si opens with a third-party speaker and a
// past-tense reporting verb ("The government said on Monday ...",
// "Opposition leader X told reporters ...") and holds no quotation mark
// and no first or second person: the reporter's narration, which a
// quotation left open before it does not swallow.
func (st *state) leadingAttribution(si int) bool {
	a, b := st.sentTok[si][0], st.sentTok[si][1]
	if a < 0 || b-a < 5 {
		return false
	}
	for k := a; k < b; k++ {
		if actor.IsQuoteMark(st.toks[k].Text) {
			return false
		}
		switch st.norm(k) {
		case "i", "we", "our", "us", "my", "me", "you", "your":
			return false
		}
	}
	k := a
	if w := st.norm(k); w == "the" || w == "a" {
		k++
	}
	start := k
	for k < b && k < start+6 && st.toks[k].Word && (st.toks[k].Cap || speakerNouns[st.norm(k)] || npModifiers[st.norm(k)]) {
		if _, isCue := st.cueAt(k); isCue && k > start {
			break
		}
		k++
	}
	if k == start || !(st.toks[k-1].Cap || speakerNouns[st.norm(k-1)]) || notSpeakers[st.norm(start)] {
		return false
	}
	switch st.norm(k) {
	case "said", "told", "added", "stated", "announced", "reported", "warned", "claimed", "denied", "insisted":
		return true
	}
	return false
}

// relativeAntecedent: a relative clause set off by commas closes right
// before the cue ("A nurse in Dastan, who spoke with Radio Lurin on
// condition of anonymity, said"); its antecedent speaks, not a name
// inside it.
func (st *state) relativeAntecedent(a, ca int) (speaker, bool) {
	if s, ok := st.restrictiveAntecedent(a, ca); ok {
		return s, true
	}
	r := ca - 1
	for r > a && adverbials[st.norm(r)] {
		r--
	}
	if st.norm(r) != "," {
		return speaker{}, false
	}
	for k := r - 1; k > a && k >= r-24; k-- {
		if st.inQuote(k) {
			return speaker{}, false
		}
		if st.norm(k) != "," {
			continue
		}
		w := st.norm(k + 1)
		if w == "which" {
			// "The army, which controls Port Sudan, said": the body
			// the sentence opens with speaks, not the place the clause
			// names; only when that body is the whole of what comes
			// before the clause, so "hit the depot, which ..., said X"
			// keeps its own reading
			return st.whichAntecedent(a, k)
		}
		if w != "who" && w != "whose" {
			return speaker{}, false
		}
		if ei, ea, ok := st.entityEndingAt(k); ok && ea >= a && st.doc.Entities[ei].Kind == parallax.KindPerson {
			return st.speakerFromEntity(ei, ea, k), true
		}
		// "A baker from a village in the hills of X, who ...": the
		// noun phrase the sentence opens with, up to its first preposition
		p := a
		for p < k && (st.lowerWord(p) || p == a && st.toks[p].Word) && !prepositions(st.norm(p)) {
			p++
		}
		if p < k && p > a+1 && prepositions(st.norm(p)) && st.lowerWord(p-1) && !possessiveDet[st.norm(p-1)] {
			q := a
			if w := st.norm(q); w == "a" || w == "an" || w == "the" {
				q++
			}
			if q < p {
				return speaker{a: q, b: p, ent: -1}, true
			}
		}
		s, ok := st.speakerNP(a, k)
		if ok && s.a-2 >= a && prepositions(st.norm(s.a-1)) && st.lowerWord(s.a-2) {
			// "A nurse in Dastan, who ...": the noun before the place
			start := s.a - 2
			for start-1 >= a && st.lowerWord(start-1) && !prepositions(st.norm(start-1)) {
				if w := st.norm(start - 1); w == "the" || w == "a" || w == "an" {
					break
				}
				start--
			}
			return speaker{a: start, b: s.a - 1, ent: -1}, true
		}
		return s, ok
	}
	return speaker{}, false
}

// whichAntecedent: the speaker before ", which" at token k when it opens
// the clause at a (after at most a determiner).
func (st *state) whichAntecedent(a, k int) (speaker, bool) {
	start := a
	if w := st.norm(start); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		start++
	}
	// "Khalifa Haftar's Libyan National Army, which": the body after
	// the possessive
	if ei, ea, ok := st.entityEndingAt(k); ok && ea >= a && (ea <= start || st.norm(ea-1) == "'s") {
		if st.doc.Entities[ei].Kind == parallax.KindLocation {
			return speaker{}, false
		}
		return st.speakerFromEntity(ei, ea, k), true
	}
	if s, ok := st.speakerNP(a, k); ok && s.a <= start {
		return s, true
	}
	// "The militia, which ...": a short common noun phrase after "the"
	// that no list names, but not an event ("The strike, which ...")
	if start > a && st.norm(a) == "the" && k-start >= 1 && k-start <= 3 && !eventNouns[st.norm(k-1)] && !calendarWords[st.norm(k-1)] {
		for i := start; i < k; i++ {
			if !st.lowerWord(i) {
				return speaker{}, false
			}
		}
		return speaker{a: start, b: k, ent: -1}, true
	}
	return speaker{}, false
}

// restrictiveAntecedent: a sentence that opens with a speaking noun and a
// relative clause without commas ("Residents who fled to the capital,
// a port city, told reporters", "Witnesses who saw the raid said"): the
// noun speaks, not a place or name inside the clause. The clause must be
// short and hold no cue of its own.
func (st *state) restrictiveAntecedent(a, ca int) (speaker, bool) {
	q := a
	if w := st.norm(q); w == "the" || w == "a" || w == "an" || w == "some" || w == "many" || w == "several" {
		q++
	}
	for k := q; k < ca && k <= q+3; k++ {
		if !st.toks[k].Word || st.inQuote(k) {
			return speaker{}, false
		}
		if w := st.norm(k); w == "who" || w == "whose" {
			if k == q || !speakerNouns[st.norm(k-1)] || ca-k > 20 || q > a && !st.lowerWord(q) {
				// "A Fano commander who ...": a name before the noun
				// gives the side, read elsewhere
				return speaker{}, false
			}
			for j := k + 1; j < ca; j++ {
				// "who gave his name only as X": the name speaks
				if _, isCue := st.cueAt(j); isCue || st.inQuote(j) || st.norm(j) == ";" || st.norm(j) == "name" || st.norm(j) == "named" {
					return speaker{}, false
				}
			}
			return speaker{a: q, b: k, ent: -1}, true
		}
		if k > q && !st.lowerWord(k) {
			return speaker{}, false
		}
	}
	return speaker{}, false
}
