package quantity

import (
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax/internal/when/words"
)

var units = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// vagueWords are amounts with no number ("dozens of soldiers").
var vagueWords = map[string]bool{
	"several": true, "many": true, "numerous": true, "multiple": true, "dozens": true, "hundreds": true,
	"thousands": true, "scores": true, "tens": true, "millions": true, "some": true, "countless": true,
}

// amount is a quantity expression: a number, a range or a vague amount.
type amount struct {
	first, last int // word indexes, inclusive
	n, nMax     *int
	vague       bool
	article     bool // "a"/"an": a count only before a known item
	// definite: "the" before a singular people noun with a passive state
	// ("the American service member who was killed"): one person.
	definite bool
}

func intp(v int) *int { return &v }

// harmParticiples are the verbs of harm whose object may be "a third".
var harmParticiples = map[string]bool{"injuring": true, "wounding": true, "killing": true, "injured": true,
	"wounded": true, "killed": true}

// anotherVerbs take "another" as one more of their object: "downed
// another drone", "killed another soldier".
var anotherVerbs = map[string]bool{"downed": true, "down": true, "destroyed": true, "captured": true, "seized": true,
	"killed": true, "lost": true, "downing": true, "destroying": true, "killing": true, "capturing": true}

// ordinals name a person's place in a row of people: "a third".
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true}

// wordValue parses one number word: digits ("1,200", "12"), a number word
// ("twelve", "twenty-five").
func wordValue(w string) (float64, bool) {
	if w == "" {
		return 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil || f < 0 || f > 1e10 {
			return 0, false
		}
		return f, true
	}
	if v, ok := units[w]; ok {
		return float64(v), true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, ok1 := units[a]
		u, ok2 := units[b]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && u < 10 {
			return float64(t + u), true
		}
	}
	return 0, false
}

// numberAt parses a number that starts at ws[i], with its scale words
// ("two hundred and fifty", "1.5 million", "two dozen"); it returns the
// value and the index of its last word.
func numberAt(ws []words.Word, i int) (int, int, bool) {
	v, ok := wordValue(ws[i].Lower)
	if !ok {
		return 0, 0, false
	}
	total, cur := 0.0, v
	last := i
	for j := i + 1; j < len(ws); j++ {
		w := ws[j].Lower
		if s, ok := scales[w]; ok {
			cur *= float64(s)
			if s >= 1000 {
				total += cur
				cur = 0
			}
			last = j
			continue
		}
		if w == "dozen" {
			cur *= 12
			last = j
			continue
		}
		if w == "and" && j+1 < len(ws) {
			if u, ok := units[ws[j+1].Lower]; ok && u < 100 && last > i {
				cur += float64(u)
				last = j + 1
				j++
				continue
			}
		}
		if u, ok := wordValue(w); ok && !isDigits(w) && last > i && u < 100 && !isDigits(ws[i].Lower) {
			cur += u
			last = j
			continue
		}
		break
	}
	total += cur
	if total > 1e9 {
		return 0, 0, false
	}
	return int(total + 0.5), last, true
}

func isDigits(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// amountAt parses the quantity expression that starts at ws[i].
func amountAt(ws []words.Word, i int) (amount, bool) {
	w := ws[i].Lower
	next := func(k int) string {
		if k < len(ws) {
			return ws[k].Lower
		}
		return ""
	}
	// "between 10 and 15"
	if w == "between" {
		a, la, ok := numberAt(ws, min(i+1, len(ws)-1))
		if i+1 < len(ws) && ok && next(la+1) == "and" && la+2 < len(ws) {
			if b, lb, ok := numberAt(ws, la+2); ok && b > a {
				return amount{first: i, last: lb, n: intp(a), nMax: intp(b)}, true
			}
		}
		return amount{}, false
	}
	// "10-15" as one word
	if x, y, ok := strings.Cut(w, "-"); ok && isDigits(x) && isDigits(y) {
		a, ok1 := wordValue(x)
		b, ok2 := wordValue(y)
		if ok1 && ok2 && b > a {
			return amount{first: i, last: i, n: intp(int(a)), nMax: intp(int(b))}, true
		}
	}
	if v, last, ok := numberAt(ws, i); ok {
		am := amount{first: i, last: last, n: intp(v)}
		// "10 to 15", "10-15", "three or four"
		if s := next(last + 1); (s == "to" || s == "-" || s == "–" || s == "or") && last+2 < len(ws) {
			if b, lb, ok := numberAt(ws, last+2); ok && b > v {
				am.nMax, am.last = intp(b), lb
			}
		}
		// "107 or more", "20 or so": the number stated (as "at least 107").
		if next(am.last+1) == "or" && (next(am.last+2) == "more" || next(am.last+2) == "so") {
			am.last += 2
		}
		if am.nMax == nil && next(am.last+1) == "more" && (moreVerb(next(am.last+2)) || next(am.last+2) == "was" || moreEnds(next(am.last+2))) {
			// "one civilian was killed and three more were injured":
			// more of the people before, with no noun (as "several
			// more")
			am.last++
		}
		return am, true
	}
	switch w {
	case "another":
		// "A police officer was killed and another wounded": one more
		// of the people before
		if nx := next(i + 1); nx == "wounded" || nx == "injured" || nx == "killed" || nx == "was" || nx == "died" {
			return amount{first: i, last: i, n: intp(1)}, true
		}
		if i > 0 && anotherVerbs[ws[i-1].Lower] && !isDigits(next(i+1)) {
			// "say they downed another US drone", "shot down another
			// helicopter": one more, the object of a verb of loss (a
			// number after it, "another 20 drones", is read as itself)
			return amount{first: i, last: i, n: intp(1), article: true}, true
		}
		if nx := next(i + 2); !isDigits(next(i+1)) && (nx == "was" || nx == "died" || nx == "had" || nx == "has") {
			// "... and another officer was seriously wounded": one more,
			// named by its noun as "an officer" is
			return amount{first: i, last: i, n: intp(1), article: true}, true
		}
	case "a":
		// "killing two crew members and injuring a third": one more of
		// the people before, named by its place in their row (not "a
		// third of the town")
		if i > 0 && harmParticiples[ws[i-1].Lower] && ordinals[next(i+1)] && next(i+2) != "of" {
			return amount{first: i, last: i + 1, n: intp(1)}, true
		}
	}
	switch w {
	case "a", "an":
		switch next(i + 1) {
		case "dozen":
			return amount{first: i, last: i + 1, n: intp(12)}, true
		case "hundred", "thousand", "million":
			// "a hundred", "a thousand": the scale word counts as "one
			// hundred" (numberAt starts only at a number word).
			one := append([]words.Word{{Lower: "one"}}, ws[i+1:]...)
			if v, last, ok := numberAt(one, 0); ok {
				return amount{first: i, last: i + last, n: intp(v)}, true
			}
		case "unknown", "undisclosed", "unspecified", "unconfirmed":
			// "an unknown number of X troops"
			if next(i+2) == "number" && next(i+3) == "of" {
				return amount{first: i, last: i + 3, vague: true}, true
			}
			return amount{}, false
		case "few", "number", "handful", "large", "small", "series", "lot", "larger", "smaller", "greater", "very":
			// "a few", "a number of", "a large number of", "a handful of",
			// "a small number of", "a larger number of", "a very large
			// number of"
			k := i + 1
			if next(k) == "very" && (next(k+1) == "large" || next(k+1) == "small") {
				k++
			}
			if next(k) == "large" || next(k) == "small" || next(k) == "larger" || next(k) == "smaller" || next(k) == "greater" {
				k++
			}
			if next(k) == "few" {
				return amount{first: i, last: k, vague: true}, true
			}
			if (next(k) == "number" || next(k) == "handful" || next(k) == "lot") && next(k+1) == "of" {
				return amount{first: i, last: k + 1, vague: true}, true
			}
			if (next(k) == "number" || next(k) == "handful") && isQuote(next(k+1)) && next(k+2) == "of" {
				// `killed "a very large number" of militants`, `"a small
				// number" of its men`: a quoted amount
				return amount{first: i, last: k + 2, vague: true}, true
			}
			return amount{}, false
		}
		return amount{first: i, last: i, n: intp(1), article: true}, true
	case "dozen":
		return amount{first: i, last: i, n: intp(12)}, true
	}
	if (w == "large" || w == "huge" || w == "great" || w == "vast") && next(i+1) == "numbers" && next(i+2) == "of" {
		// "killed large numbers of the rebels": a vague amount
		return amount{first: i, last: i + 2, vague: true}, true
	}
	if vagueWords[w] {
		last := i
		if (w == "several" || w == "many") && (next(i+1) == "hundred" || next(i+1) == "thousand") {
			// "captured several hundred", "several thousand troops": a
			// vague number of hundreds
			last = i + 1
		}
		// "tens of thousands of", "hundreds of"
		for last+2 < len(ws) && next(last+1) == "of" && vagueWords[next(last+2)] {
			last += 2
		}
		if next(last+1) == "more" && (moreVerb(next(last+2)) || moreEnds(next(last+2))) {
			// "one civilian was killed and several more were wounded":
			// more of the people before, with no noun
			return amount{first: i, last: last + 1, vague: true}, true
		}
		if next(last+1) == "of" {
			last++
		} else if isQuote(next(last+1)) && next(last+2) == "of" {
			// `killed "hundreds" of soldiers`: a quoted amount
			last += 2
		} else if w == "dozens" || w == "hundreds" || w == "thousands" || w == "scores" || w == "tens" || w == "millions" {
			if !(last+1 < len(ws)) {
				return amount{}, false
			}
		}
		if w == "some" {
			// "some 2,000 troops" is a number
			if last+1 < len(ws) {
				if _, _, ok := numberAt(ws, last+1); ok {
					return amount{}, false
				}
			}
		}
		return amount{first: i, last: last, vague: true}, true
	}
	return amount{}, false
}

// moreVerb reports whether w, after "N more" with no noun, opens what
// befell more of the people before: "three more were injured", "two more
// had died", and in the present tense of a running report, "three more
// are missing", "two more remain missing".
func moreVerb(w string) bool {
	switch w {
	case "were", "had", "have", "died", "are", "remain", "remained":
		return true
	}
	return false
}
