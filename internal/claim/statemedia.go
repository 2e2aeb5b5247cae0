package claim

// broadcastHeads head the name of a broadcaster a state's name or
// demonym may qualify ("Libyan radio", "Tehran radio", "Ethiopian state
// television").
var broadcastHeads = map[string]bool{"radio": true, "television": true, "tv": true, "broadcaster": true}

// stateMediumSide reads the side of a speaker over tokens [a, b) that is
// a state's broadcaster: a state's name, demonym or capital right before
// the broadcaster's head ("Libyan radio said", "Tehran radio said",
// "Kenyan radio reported", "Ethiopian state television said") speaks for
// that state, which runs the station or whose country it reports from; a
// name followed by "state television" or "state radio" ("NAME state
// television broadcast", the speaker being the name) or a head after
// "state" with no state word ("state radio said") speaks for the story's
// state (story). People named by a demonym ("Libyan fighters") and the
// press in general ("Iranian media", "a French radio station") are no
// broadcaster: the head must end the speaker's words, and "station" or
// "media" are not heads.
func (st *state) stateMediumSide(a, b int, story func() string) (string, bool) {
	if a < 0 || b <= a || b > len(st.toks) {
		return "", false
	}
	head := b - 1
	if !broadcastHeads[st.norm(head)] {
		// "Iraqiya state television broadcast ...": the name the parser
		// took for the speaker, with the medium after it
		if st.norm(b) == "state" && broadcastHeads[st.norm(b+1)] && st.toks[a].Cap {
			if side, _, ok := st.countryWordsEndingAt(a, b-1); ok {
				return side, true
			}
			s := story()
			return s, s != ""
		}
		return "", false
	}
	k := head - 1
	state := false
	if st.norm(k) == "state" || st.norm(k) == "state-run" || st.norm(k) == "official" {
		state = true
		k--
	}
	if k >= 0 && st.sentOf[k] == st.sentOf[head] {
		if side, ka, ok := st.countryWordsEndingAt(max(0, k-2), k); ok && (ka >= a || k < a && ka < a) {
			return side, true
		}
	}
	if state {
		s := story()
		return s, s != ""
	}
	return "", false
}
