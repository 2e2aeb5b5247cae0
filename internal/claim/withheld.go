package claim

// withheldActSubject: the cue at ca follows the "but" at conj, and the
// parse makes it a conjunct of a verb in [a, ca) by which the speaker
// withholds a statement ("The army did not confirm the loss of the town,
// but said C", "A spokeswoman declined to comment on the cost but said
// C", "The ministry refused to confirm the arrests but told reporters
// C"): a reporting cue that is negated, or one after "declined to" or
// "refused to". The withholding makes no claim (a negated cue claims
// nothing, and the golds keep "declined to comment" and a bare "did not
// confirm" out), so no claim before the cue lends its speaker, as it
// does for "denied C but said D"; the withholding verb's subject speaks
// C.
func (st *state) withheldActSubject(si, a, ca, conj int) (speaker, bool) {
	if st.norm(conj) != "but" {
		return speaker{}, false
	}
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "conj" || t.Head <= 0 {
		return speaker{}, false
	}
	h := st.doc.Sentences[si].Tokens[t.Head-1]
	v := -1
	for k := conj - 1; k > a; k-- {
		if st.toks[k].Start == h.Start {
			v = k
			break
		}
	}
	if v < 0 || st.inQuote(v) {
		return speaker{}, false
	}
	if withholdVerbs[st.norm(v)] && st.norm(v+1) == "to" {
		if _, isCue := st.cueAt(v + 2); isCue {
			return st.subject(si, a, v) // "declined to comment on C but said D"
		}
		return speaker{}, false
	}
	if _, isCue := st.cueAt(v); !isCue {
		return speaker{}, false
	}
	if v >= a+2 && st.norm(v-1) == "to" && withholdVerbs[st.norm(v-2)] {
		return st.subject(si, a, v-2) // the parse heads the pair on its cue
	}
	if st.negated(v, a) {
		return st.subject(si, a, v) // "did not confirm C, but said D"
	}
	return speaker{}, false
}

// withholdVerbs keep a statement back when a cue follows them with "to"
// ("declined to confirm", "refused to comment").
var withholdVerbs = map[string]bool{
	"declined": true, "declines": true, "refused": true, "refuses": true, "declining": true, "refusing": true,
}
