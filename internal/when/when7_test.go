package when

import (
	"testing"
)

// TestLongFormAndNonWire covers the kinds the second probe battery found:
// narrative offsets, seasons and quarters, holidays, numeric dates, "next"
// on the same weekday, "Monday last", a weekday that fixes a date's year,
// passive futures and abbreviations inside a future clause. Sentences are
// invented.
func TestLongFormAndNonWire(t *testing.T) {
	tests := []dateCase{
		// narrative offsets from the last time named
		{"2024-06-03", "The militia took the valley in 2017. Four years later, it lost it again.", "Four years later", "2021-01-01", "2021-12-31", Year},
		{"2024-06-03", "The dam opened in March 2010. Two years on, the turbines stood idle.", "Two years on", "2012-01-01", "2012-12-31", Year},
		{"2024-06-03", "The siege began on 2 May 2019. Six months later, the town fell.", "Six months later", "2019-11-01", "2019-11-30", Month},
		{"2024-06-03", "Gunmen raided the depot on 4 March 2022. A week later, the guards quit.", "A week later", "2022-03-11", "2022-03-11", Day},
		{"2024-06-03", "The governor resigned in 2015. That December, riots spread to the port.", "That December", "2015-12-01", "2015-12-31", Month},
		{"2024-06-03", "The rebels took the port in May 2016; the next month, the navy shelled it.", "the next month", "2016-06-01", "2016-06-30", Month},
		{"2024-06-03", "He was first elected in 2009. The following year, he banned the party.", "The following year", "2010-01-01", "2010-12-31", Year},
		{"2024-06-03", "The fund ran out in 2019. Prices will rise over the next month.", "next month", "2024-07-01", "2024-07-31", Month},
		// seasons, quarters, halves and the end of a year
		{"2024-06-03", "The rebels withdrew in 2016, and that winter the roads reopened.", "that winter", "2016-12-01", "2017-02-28", Month},
		{"2024-06-03", "Exports dropped in 2018 and recovered the following spring.", "the following spring", "2019-03-01", "2019-05-31", Month},
		{"2024-06-03", "Aid deliveries resumed in the autumn of 2021.", "the autumn of 2021", "2021-09-01", "2021-11-30", Month},
		{"2024-12-10", "The blockade tightened last summer.", "last summer", "2024-06-01", "2024-08-31", Month},
		{"2024-07-10", "The blockade tightened last summer.", "last summer", "2023-06-01", "2023-08-31", Month},
		{"2025-01-20", "Attacks rose sharply last winter.", "last winter", "2023-12-01", "2024-02-29", Month},
		{"2024-06-03", "Fuel imports fell in the second quarter of 2023.", "the second quarter of 2023", "2023-04-01", "2023-06-30", Month},
		{"2024-06-03", "The ministry expects a deficit in Q4 2024.", "Q4 2024", "2024-10-01", "2024-12-31", Month},
		{"2024-06-03", "Elections should follow in the second half of the year.", "the second half of the year", "2024-07-01", "2024-12-31", Month},
		{"2024-06-03", "The mission will close by the end of the year.", "the end of the year", "2024-12-01", "2024-12-31", Month},
		{"2024-06-03", "A treaty was signed in 2011 and ratified at the end of that year.", "the end of that year", "2011-12-01", "2011-12-31", Month},
		{"2024-06-03", "Attacks doubled in the first five months of the year.", "the first five months of the year", "2024-01-01", "2024-05-31", Month},
		{"2024-06-03", "Attacks doubled in the last three months of 2023.", "the last three months of 2023", "2023-10-01", "2023-12-31", Month},
		// holidays
		{"2023-12-28", "Shelling killed two in the market on Christmas Eve.", "Christmas Eve", "2023-12-24", "2023-12-24", Day},
		{"2024-01-03", "Shelling killed two in the market on Christmas Day.", "Christmas Day", "2023-12-25", "2023-12-25", Day},
		{"2023-12-20", "The curfew will be lifted on New Year's Eve.", "New Year's Eve", "2023-12-31", "2023-12-31", Day},
		{"2024-05-02", "Airstrikes continued through Ramadan despite the appeals.", "Ramadan", "2024-03-11", "2024-04-09", Month},
		{"2024-06-20", "Markets were shelled on the first day of Eid al-Adha.", "the first day of Eid al-Adha", "2024-06-16", "2024-06-16", Day},
		{"2025-02-10", "The truce is expected to hold until Eid al-Fitr.", "Eid al-Fitr", "2025-03-30", "2025-04-01", Day},
		// numeric dates: day first unless a part or the article says otherwise
		{"2024-06-03", "The convoy was ambushed on 4/5/2024 near the river.", "4/5/2024", "2024-05-04", "2024-05-04", Day},
		{"2024-06-03", "The convoy was ambushed on 25/05/2024 near the river.", "25/05/2024", "2024-05-25", "2024-05-25", Day},
		{"2024-06-03", "The convoy was ambushed on 5/25/2024 near the river.", "5/25/2024", "2024-05-25", "2024-05-25", Day},
		{"2024-06-03", "Talks opened on May 2. The convoy was ambushed on 4/5/2024 near the river.", "4/5/2024", "2024-04-05", "2024-04-05", Day},
		// weekdays
		{"2024-06-05", "The assembly will vote next Wednesday.", "next Wednesday", "2024-06-12", "2024-06-12", Day},
		{"2024-06-06", "Two traders were shot dead on Tuesday last, police said.", "Tuesday last", "2024-06-04", "2024-06-04", Day},
		{"2014-03-05", "A hearing is to be held on Thursday, March 13.", "March 13", "2014-03-13", "2014-03-13", Day},
		{"2024-06-05", "The envoy will be received on Friday in the capital.", "Friday", "2024-06-07", "2024-06-07", Day},
		{"2024-06-05", "Officials will meet a U.N. team in Geneva on Monday.", "Monday", "2024-06-10", "2024-06-10", Day},
		// a day of the month alone, and since the weekend
		{"2024-06-05", "A donors' conference will be held on the 20th, the ministry said.", "the 20th", "2024-06-20", "2024-06-20", Day},
		{"2024-06-05", "The deadline passed on the 28th.", "the 28th", "2024-05-28", "2024-05-28", Day},
		{"2024-06-05", "Results are due by the 9th of next month.", "the 9th of next month", "2024-07-09", "2024-07-09", Day},
		{"2024-06-05", "Roads have been closed since the weekend.", "since the weekend", "2024-06-01", "2024-06-05", Week},
		// anniversaries, years before an event noun, fiscal years
		{"2025-08-14", "Survivors marked the second anniversary of the August 14 massacre.", "August 14", "2023-08-14", "2023-08-14", Day},
		{"2024-03-02", "It is three years since the March 1 bombing of the bridge.", "March 1", "2021-03-01", "2021-03-01", Day},
		{"2024-06-05", "Rebels used the same route in the 2019 border offensive.", "2019", "2019-01-01", "2019-12-31", Year},
		{"2024-06-05", "The 2024-25 budget doubles the defence line.", "2024-25", "2024-01-01", "2025-12-31", Year},
		// other relative days and years
		{"2024-06-05", "The court will rule tomorrow on the appeal.", "tomorrow", "2024-06-06", "2024-06-06", Day},
		{"2024-06-05", "The bridge was built a decade ago.", "a decade ago", "2014-01-01", "2014-12-31", Year},
		{"2024-06-05", "Prices are expected to stay high well into 2026.", "2026", "2026-01-01", "2026-12-31", Year},
	}
	checkDateSpans(t, tests)
}

// TestNotDatesLongForm are phrases of the same words that name no time.
func TestNotDatesLongForm(t *testing.T) {
	for _, text := range []string{
		"These are waters that fall under our command.",
		"Athletes trained for the Winter Games in the north.",
		"Crowds marked the fall of the old regime.",
		"The ship left a month later than planned.",
		"The 1,500-strong battalion patrolled Route 1960 under Resolution 2334.",
		"The 24-hour strike lasted for three days.",
		"Shops sold Christmas lights in the square.",
		"Medics treated the 2000 wounded in the war.",
		"Soldiers of the 15th Brigade fought in the 21st century's longest siege.",
	} {
		for _, d := range run(text, "2024-06-05") {
			if d.Date.Text != "" {
				t.Errorf("%q: unexpected date %q %s..%s", text, d.Date.Text, d.Date.Start, d.Date.End)
			}
		}
	}
}

// checkDateSpans checks, for each case, every date whose text is the
// case's span (a text may hold other dates, which are not checked), and
// fails when the span is found as no date.
func checkDateSpans(t *testing.T, tests []dateCase) {
	t.Helper()
	for _, tc := range tests {
		ds := run(tc.text, tc.pub)
		found := false
		for _, d := range ds {
			if d.Date.Text != tc.span {
				continue
			}
			found = true
			if d.Date.Start != tc.start || d.Date.End != tc.end || d.Date.Precision != tc.pr {
				t.Errorf("%q (pub %s): %q = %s..%s %s, want %s..%s %s", tc.text, tc.pub, tc.span,
					d.Date.Start, d.Date.End, d.Date.Precision, tc.start, tc.end, tc.pr)
			}
		}
		if !found {
			t.Errorf("%q (pub %s): no date %q in %v", tc.text, tc.pub, tc.span, ds)
		}
	}
}
