package actor

// A state's side is its government's, forces' and officials' (DESIGN.md
// §3); the golds extend it to the party that governs and to every member
// of the legislature, the opposition's included (devgold conventions),
// while the opposition outside parliament speaks for itself. The rules
// below read those descriptions of a person.

// rulingWords mark the party or coalition that governs.
var rulingWords = map[string]bool{"ruling": true, "governing": true}

// partyNouns name a party or a coalition of parties after "ruling".
var partyNouns = map[string]bool{
	"party": true, "parties": true, "coalition": true, "alliance": true, "front": true, "congress": true, "movement": true, "bloc": true,
}

// rulingPartyAt: the word at k is "ruling" or "governing" before a party:
// a party noun within three words, or a capitalised name right after it
// ("the ruling United Democratic Alliance", "the governing Socialist
// party", "the ruling party's"); not a court's ruling ("a ruling by the
// court").
func (st *docState) rulingPartyAt(k int) bool {
	if !rulingWords[st.tokNorm(k)] || k+1 >= len(st.toks) {
		return false
	}
	if p := st.tokNorm(k - 1); p == "a" || p == "court's" || p == "its" {
		return false
	}
	if n := st.toks[k+1]; n.Word && n.Cap {
		return true
	}
	for j := k + 1; j <= k+3 && j < len(st.toks) && st.sentOf[j] == st.sentOf[k]; j++ {
		if partyNouns[st.tokNorm(j)] {
			return true
		}
		if !st.toks[j].Word {
			return false
		}
	}
	return false
}

// rulingPartyTitled: the person named over [a, b) holds an office in the
// ruling party, by a title before the name ("ruling party spokesman
// NAME") or in an apposition after it (", a spokesman for the ruling
// party,", ", deputy secretary-general of the governing Socialist
// party,"). Such an official speaks for the state the party governs.
func (st *docState) rulingPartyTitled(a, b int) bool {
	sent := st.sentOf[a]
	for k := a - 1; k >= 0 && k >= a-6 && st.sentOf[k] == sent; k-- {
		t := st.toks[k]
		if !t.Word && t.Norm != "'s" && t.Norm != "’s" {
			break
		}
		if st.rulingPartyAt(k) {
			return true
		}
	}
	if b >= len(st.toks) || st.toks[b].Text != "," {
		return false
	}
	for k := b + 1; k < len(st.toks) && k <= b+10 && st.sentOf[k] == sent; k++ {
		t := st.toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ";" {
			break
		}
		if _, cue := cueWords[t.Norm]; cue {
			break
		}
		if st.rulingPartyAt(k) && st.roleOfAt(k) {
			return true
		}
	}
	return false
}

// roleOfAt: the party word at k is the object of a role's "of" or "for"
// (", a spokesman for the ruling party", ", deputy head of the governing
// Socialist party"), not of a verb (", who criticised the ruling party").
func (st *docState) roleOfAt(k int) bool {
	p := k - 1
	if st.tokNorm(p) == "the" {
		p--
	}
	return st.tokNorm(p) == "of" || st.tokNorm(p) == "for"
}

// cueWords end an apposition: the reporting verb after it.
var cueWords = map[string]struct{}{"said": {}, "says": {}, "told": {}, "added": {}, "stated": {}}
