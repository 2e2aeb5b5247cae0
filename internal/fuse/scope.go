package fuse

import (
	"bytes"
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// Scope of a figure. A party's figure for an incident is what it says of
// that incident; reports of a long war also give running totals ("since
// February 24, 2022, Russia has lost 9,424 tanks", "627,280 personnel
// (+1,180)") and period totals ("86 terrorists over the past week", "44 so
// far this year"). Set against another party's figure of one day such a
// tally makes a contradiction out of two answers to different questions,
// and as a party's largest figure it would stand for its word on the
// incident; so fusion leaves tallies out of party figures (partyValues).

// tallyMarks say that a figure near them counts over a span longer than
// an incident: since a named start ("since October 8", "since the start of
// the special military operation", "since January 1"), this year, the past
// week or month, to date.
var tallyMarks = [][]byte{
	[]byte("since the start"), []byte("since the beginning"), []byte("since the outbreak"), []byte("since the launch"),
	[]byte("since the war"), []byte("since the invasion"), []byte("since the conflict"), []byte("since the fighting began"),
	[]byte("since the full-scale"), []byte("from the start"), []byte("from the beginning"),
	[]byte("total combat losses"), []byte("total losses"), []byte("running total"), []byte("cumulative"),
	[]byte("this year"), []byte("so far this"), []byte("to date"), []byte("throughout the war"),
	[]byte("over the past week"), []byte("over the past month"), []byte("over the past year"),
	[]byte("in the past week"), []byte("in the past month"), []byte("in the past year"),
	[]byte("during the past week"), []byte("during the past month"),
	[]byte("over the past weeks"), []byte("over the past months"), []byte("in recent weeks"), []byte("in recent months"),
}

// localMarks tie a figure to one day or one happening ("over the past
// day", "on Tuesday", "in the attack"): in a sentence that also gives a
// tally, the nearer mark decides.
var localMarks = [][]byte{
	[]byte("over the past day"), []byte("past 24 hours"), []byte("last 24 hours"), []byte("during the day"),
	[]byte("overnight"), []byte("today"), []byte("yesterday"), []byte("in the attack"), []byte("in the strike"),
	[]byte("in the raid"), []byte("in the clash"), []byte("in the fighting"), []byte("in that area"),
	[]byte("on monday"), []byte("on tuesday"), []byte("on wednesday"), []byte("on thursday"), []byte("on friday"),
	[]byte("on saturday"), []byte("on sunday"), []byte("(+"),
}

// sinceDated: "since" followed by a month or a year ("since October 8",
// "since May", "since 2022"): a start weeks or months back. A weekday
// ("since Tuesday") is a span of days that one incident may last.
var sinceStarts = [][]byte{
	[]byte("january"), []byte("february"), []byte("march"), []byte("april"), []byte("may"), []byte("june"),
	[]byte("july"), []byte("august"), []byte("september"), []byte("october"), []byte("november"), []byte("december"),
	[]byte("19"), []byte("20"),
}

// isTally reports whether count c is a running or a period total: a
// running total's daily increment follows it ("8,670 tanks (+8)"), or a
// tally mark is in its sentence and no local mark is nearer to it.
func isTally(c *parallax.Count, sc *sentenceScan) bool {
	sp, low := sc.at(c.Start)
	if low == nil || c.Start < sp.Start || c.End > sp.End {
		return false
	}
	from, to := c.Start-sp.Start, c.End-sp.Start
	// "627,280 personnel (+1,180)": the figure is the total, the bracket
	// the day's part of it. Up to three words of item may stand between.
	rest := low[to:]
	if k := bytes.IndexByte(rest, '('); k >= 0 && k+1 < len(rest) && rest[k+1] == '+' && bytes.Count(rest[:k], []byte(" ")) <= 3 &&
		bytes.IndexAny(rest[:k], ",;.") < 0 {
		return true
	}
	dist := func(at, n int) int {
		switch {
		case at+n <= from:
			return from - (at + n)
		case at >= to:
			return at - to
		}
		return 0
	}
	nearest := func(marks [][]byte, extra func(at int) bool) int {
		best := -1
		for _, m := range marks {
			for off := 0; ; {
				k := bytes.Index(low[off:], m)
				if k < 0 {
					break
				}
				at := off + k
				off = at + len(m)
				if at >= from && at < to || extra != nil && !extra(at+len(m)) {
					continue
				}
				if d := dist(at, len(m)); best < 0 || d < best {
					best = d
				}
			}
		}
		return best
	}
	tally := nearest(tallyMarks, nil)
	since := nearest([][]byte{[]byte("since ")}, func(after int) bool {
		for _, s := range sinceStarts {
			if rest, ok := bytes.CutPrefix(low[after:], s); ok && (len(rest) == 0 || !isASCIILetter(rest[0])) {
				return !recentDay(low[after:], sc.doc.Article.Published)
			}
		}
		return false
	})
	if since >= 0 && (tally < 0 || since < tally) {
		tally = since
	}
	if tally < 0 {
		return false
	}
	local := nearest(localMarks, nil)
	return local < 0 || tally <= local
}

// roundupSites and roundupParas: a roundup of a front names this many
// distinct places or more, and tells fighting in this many paragraphs or
// more.
const (
	roundupSites = 3
	roundupParas = 2
)

// dayWords give a report's span as the last day, as the daily summaries of
// a long war do ("172 attacks on the front line over the past day", "during
// the day the enemy lost 4 tanks"); a report of one strike or clash dates
// it ("on Tuesday", "overnight").
var dayWords = []string{"over the past day", "in the past day", "over the last day", "in the last day",
	"past 24 hours", "last 24 hours", "during the day"}

// dayWordsBoth are dayWords as written mid-sentence and opening one.
var dayWordsBoth = func() []string {
	var out []string
	for _, w := range dayWords {
		out = append(out, w, strings.ToUpper(w[:1])+w[1:])
	}
	return out
}()

// isRoundup reports whether an article is a roundup of a front: it gives
// its span as the last day (dayWords), its story's fighting (main and
// sibling segments) is told in two paragraphs or more, and its paragraphs
// name roundupSites distinct places or more (no country; the dateline's
// aside): a summary names the front's sectors ("in the Hadrut direction")
// where the event stage may find no act to place there.
// Two sides' summaries of a day, or one side's of two days, share the
// war, the parties, the front's towns and its vocabulary whatever happened
// on it, so sharing them says nothing of one incident (score).
func isRoundup(doc *parallax.Document, segs []segment, datelineEnd int, hasDateline bool) bool {
	// As written mid-sentence or opening one ("During the day, ..."),
	// without lower-casing the whole text.
	if !slices.ContainsFunc(dayWordsBoth, func(w string) bool { return strings.Contains(doc.Text, w) }) {
		return false
	}
	paras := paragraphs(doc.Text)
	paraOf := func(off int) int {
		for k, sp := range paras {
			if sp.Start <= off && off < sp.End {
				return k
			}
		}
		return -1
	}
	var ps []int
	for si := range segs {
		if !segs[si].main && !segs[si].sibling {
			continue
		}
		for _, e := range segs[si].events {
			if ev := &doc.Events[e]; eventClass(ev) == classViolence {
				if k := paraOf(ev.Start); k >= 0 && !slices.Contains(ps, k) {
					ps = append(ps, k)
				}
			}
		}
	}
	if len(ps) < roundupParas {
		return false
	}
	var sites []uint32
	for i := range doc.Places {
		pl := &doc.Places[i]
		if isCountry(pl.Feature) || pl.Lat == 0 && pl.Lon == 0 || hasDateline && pl.Start < datelineEnd || inLongerName(doc, pl.Start, pl.End) || paraOf(pl.Start) < 0 {
			continue
		}
		if k := placeKey(pl.Name, pl.Text); !slices.Contains(sites, k) {
			sites = append(sites, k)
		}
	}
	return len(sites) >= roundupSites
}

// minNumbers is how many numbers each of two texts gives, at least, for
// sharing none of them to tell two statements apart (statementsAgree).
const minNumbers = 3

// textNumbers returns the numbers a text writes in digits ("1,530",
// "58", "155"), as a sorted set, leaving out what dates a text rather
// than tells its news: years (four digits from 1900 to 2100 with no
// comma), a day of the month next to its month's name ("November 20",
// "20 November"), clock times ("00:05") and numbers too large to keep.
func textNumbers(t string) []uint32 {
	var out []uint32
	for i := 0; i < len(t); {
		// Not the digits of a name ("Su-30", "F-16s", "M777", "155mm").
		if t[i] < '0' || t[i] > '9' || i > 0 && (isASCIILetter(t[i-1]) || t[i-1] >= '0' && t[i-1] <= '9') ||
			i > 1 && t[i-1] == '-' && isASCIILetter(t[i-2]) {
			i++
			continue
		}
		j, v, digits, comma, big := i, uint64(0), 0, false, false
		for j < len(t) {
			c := t[j]
			switch {
			case '0' <= c && c <= '9':
				v = v*10 + uint64(c-'0')
				digits++
				big = big || v >= 1<<32
			case c == ',' && j+4 <= len(t) && isDigits([]byte(t[j+1:j+4])) && (j+4 == len(t) || t[j+4] < '0' || t[j+4] > '9'):
				comma = true
			default:
				goto done
			}
			j++
		}
	done:
		start, end := i, j
		i = j
		if big || end < len(t) && (t[end] == ':' || isASCIILetter(t[end])) || start > 0 && t[start-1] == ':' {
			continue
		}
		if digits == 4 && !comma && v >= 1900 && v <= 2100 {
			continue
		}
		if v <= 31 && (monthNear(t[:start], true) || monthNear(t[end:], false)) {
			continue
		}
		out = append(out, uint32(v))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

// monthNear reports whether the word just before (before) or after the
// number in s is a month's name.
func monthNear(s string, before bool) bool {
	var w string
	if before {
		s = strings.TrimRight(s, " .")
		k := len(s)
		for k > 0 && isASCIILetter(s[k-1]) {
			k--
		}
		w = s[k:]
	} else {
		s = strings.TrimLeft(s, " ")
		k := 0
		for k < len(s) && isASCIILetter(s[k]) {
			k++
		}
		w = s[:k]
	}
	return w != "" && slices.Contains(monthNames, strings.ToLower(w))
}

// isDayTotal reports whether count c, of a roundup of a front, is the
// day's total over the front: its sentence gives the last day as its span
// ("eliminated 1,530 occupiers over the past day", "losses of up to 1,650
// troops in all the frontline areas over the past day"). Beside one
// clash's figure that is a period total, not a rival; the roundup's
// figures of one sector ("up to 475 troops in that area") are the
// sector's.
func isDayTotal(c *parallax.Count, sc *sentenceScan) bool {
	_, low := sc.at(c.Start)
	return low != nil && containsAny(low, dayWords)
}

// tallyDays: a start named by its date ("since March 2") that many days
// or fewer before the publication is the start of the incident itself (a
// clash that went on for days), not of a war or a year.
const tallyDays = 6

// recentDay reports whether s opens with a month's name and a day ("march
// 2", "march 2, 2025") no more than tallyDays before pub (YYYY-MM-DD),
// taken in pub's year or the year before.
func recentDay(s []byte, pub string) bool {
	p, ok := dayNumber(pub)
	if !ok || len(pub) < 4 {
		return false
	}
	for m, name := range monthNames[:12] {
		rest, ok := bytes.CutPrefix(s, []byte(name))
		if !ok {
			continue
		}
		rest = bytes.TrimLeft(rest, " ")
		d := 0
		for len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && d < 100 {
			d = d*10 + int(rest[0]-'0')
			rest = rest[1:]
		}
		if d < 1 || d > 31 {
			return false
		}
		for _, y := range []string{pub[:4], itoa(atoi(pub[:4]) - 1)} {
			if day, ok := dayNumber(y + "-" + pad2(m+1) + "-" + pad2(d)); ok && day <= p && p-day <= tallyDays {
				return true
			}
		}
		return false
	}
	return false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
