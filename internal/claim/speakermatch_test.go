package claim_test

import (
	"strings"
	"unicode"
)

// sameSpeaker: a claim's speaker text got is the speaker a table test
// names by want. Since session 27 the report's speaker span is the whole
// mention ("Mayor Jane Holt", "the interior ministry", "a spokeswoman
// for the health ministry"), while the table tests written before name
// the speaker by its head or name ("Jane Holt", "interior ministry",
// "spokeswoman"): got matches when it is want, or holds want as whole
// words. The spans batteries (spans27_test.go) and TestSpeakerMention
// test the extent itself.
func sameSpeaker(got, want string) bool {
	if got == want {
		return true
	}
	if want == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(got[i:], want)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !wordRune(rune(got[k-1]))
		after := k+len(want) == len(got) || !wordRune(rune(got[k+len(want)]))
		if before && after {
			return true
		}
		i = k + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x80 }

// sameClaimLine: two "cue|speaker|..." lines are the same with the
// speaker fields compared by sameSpeaker.
func sameClaimLine(got, want string) bool {
	g, w := strings.Split(got, "|"), strings.Split(want, "|")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if i == 1 && !sameSpeaker(g[i], w[i]) || i != 1 && g[i] != w[i] {
			return false
		}
	}
	return true
}

// sameClaimLines: got and want hold the same "cue|speaker|..." lines
// (sameClaimLine), in order when ordered.
func sameClaimLines(got, want []string, ordered bool) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(got))
	for i, w := range want {
		found := false
		for j, g := range got {
			if ordered && j != i || used[j] || !sameClaimLine(g, w) {
				continue
			}
			used[j], found = true, true
			break
		}
		if !found {
			return false
		}
	}
	return true
}

// holdsClaimLine: got holds a line that is want by sameClaimLine.
func holdsClaimLine(got []string, want string) bool {
	for _, g := range got {
		if sameClaimLine(g, want) {
			return true
		}
	}
	return false
}
