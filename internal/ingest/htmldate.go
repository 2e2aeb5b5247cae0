package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// bylineDate finds the publication date of a page that gives it only in
// the text under its headline ("Jane Doe, 2025-03-14", "March 14, 2025"):
// old hand-made and table-layout pages carry no date metadata. It looks at
// the few short lines right after the headline, where bylines and
// datelines sit, and nowhere else: a date elsewhere on the page may be
// another story's.
func bylineDate(doc *html.Node, titles []string) string {
	lines := strings.Split(renderTextN(doc, maxDateNodes), "\n")
	var keys []string
	for _, t := range titles {
		if k := lineKey(t); len(k) >= 20 {
			keys = append(keys, k)
		}
	}
	for i, line := range lines {
		// Table cells run together on one line: the headline may end it.
		k := lineKey(line)
		found := false
		for _, t := range keys {
			found = found || strings.HasSuffix(k, t)
		}
		if !found {
			continue
		}
		for _, l := range lines[i+1 : min(len(lines), i+1+dateLookahead)] {
			if fieldCount(l, 16) > 15 {
				continue // prose: the article has begun, or a summary
			}
			if d := findDate(l); d != "" {
				return d
			}
		}
		return ""
	}
	return ""
}

// maxDateNodes bounds the nodes rendered to look for a byline date;
// dateLookahead is the number of lines after the headline looked at.
const (
	maxDateNodes  = 20000
	dateLookahead = 6
)

var (
	isoDateRE  = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	mdyDateRE  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b`)
	dmyDateRE  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ((?:19|20)\d\d)\b`)
	monthIndex = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
)

// findDate reads the first full date of a line as YYYY-MM-DD.
func findDate(line string) string {
	valid := func(y, m, d int) string {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || d < 1 || t.Day() != d {
			return ""
		}
		return t.Format("2006-01-02")
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := isoDateRE.FindStringSubmatch(line); m != nil {
		return valid(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := mdyDateRE.FindStringSubmatch(line); m != nil {
		return valid(atoi(m[3]), monthIndex[strings.ToLower(m[1])], atoi(m[2]))
	}
	if m := dmyDateRE.FindStringSubmatch(line); m != nil {
		return valid(atoi(m[3]), monthIndex[strings.ToLower(m[2])], atoi(m[1]))
	}
	return ""
}
