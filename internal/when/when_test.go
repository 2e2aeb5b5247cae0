package when

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

func run(text, pub string) []parallax.DateMention {
	doc := &parallax.Document{Article: parallax.Article{Published: pub}, Text: text}
	New().Process(doc)
	return doc.Dates
}

// dateCase is a row of the date tables: a text published on pub, the
// span of a date in it, and the range and precision wanted for it.
type dateCase struct {
	pub, text            string
	span, start, end, pr string
}

func TestExpressions(t *testing.T) {
	tests := []dateCase{
		// absolute
		{"2022-09-14", "Fighting broke out on 13 September 2022 near the border.", "13 September 2022", "2022-09-13", "2022-09-13", Day},
		{"", "Fighting broke out on 13 September 2022 near the border.", "13 September 2022", "2022-09-13", "2022-09-13", Day},
		{"2022-09-14", "It happened on 13th of September.", "13th of September", "2022-09-13", "2022-09-13", Day},
		{"2022-09-14", "Troops moved in on Sept. 12, officials said.", "Sept. 12", "2022-09-12", "2022-09-12", Day},
		{"2023-01-02", "Troops moved in on September 12, 2022, officials said.", "September 12, 2022", "2022-09-12", "2022-09-12", Day},
		{"", "The report is dated 2022-09-13 and was released later.", "2022-09-13", "2022-09-13", "2022-09-13", Day},
		{"", "The decree of 13.09.2022 was published.", "13.09.2022", "2022-09-13", "2022-09-13", Day},
		{"", "It declared independence in 1991 after the collapse.", "1991", "1991-01-01", "1991-12-31", Year},
		{"", "The war ended in September 2020 with a deal.", "September 2020", "2020-09-01", "2020-09-30", Month},
		{"", "Escalation at the end of September 2020 followed.", "the end of September 2020", "2020-09-01", "2020-09-30", Month},
		// year inferred: most recent past occurrence
		{"2022-09-13", "The previous escalation took place on August 3.", "August 3", "2022-08-03", "2022-08-03", Day},
		{"2022-02-10", "The previous escalation took place on August 3.", "August 3", "2021-08-03", "2021-08-03", Day},
		{"", "The previous escalation took place on August 3.", "August 3", "", "", Unknown},
		{"2022-09-13", "The Ministry states that on the night of September 12, the forces attacked.", "the night of September 12", "2022-09-12", "2022-09-12", Day},
		{"2022-09-13", "The offensive began in mid-September.", "mid-September", "2022-09-01", "2022-09-30", Month},
		{"2022-03-10", "Talks failed in November.", "November", "2021-11-01", "2021-11-30", Month},
		// weekdays: most recent on or before publication (2020-09-27 is a Sunday)
		{"2020-09-27", "The clashes began early Sunday morning.", "early Sunday morning", "2020-09-27", "2020-09-27", Day},
		{"2020-09-27", "The clashes began on Friday.", "Friday", "2020-09-25", "2020-09-25", Day},
		{"2020-09-27", "The clashes began last Sunday.", "last Sunday", "2020-09-20", "2020-09-20", Day},
		{"2020-09-29", "Shelling continued on Tuesday night.", "Tuesday night", "2020-09-29", "2020-09-29", Day},
		// a number after the weekday's comma with no month is no date of its own
		{"2020-09-29", "Police fired tear gas on Sunday, 30 people were hurt.", "Sunday", "2020-09-27", "2020-09-27", Day},
		{"2020-09-29", "Police fired tear gas on Sunday, 27 September, near the stadium.", "27 September", "2020-09-27", "2020-09-27", Day},
		// the future: "will", "scheduled", "next" before the date
		{"2020-09-23", "The ministers will meet on Monday in Moscow.", "Monday", "2020-09-28", "2020-09-28", Day},
		{"2020-09-23", "Talks are scheduled for October 5.", "October 5", "2020-10-05", "2020-10-05", Day},
		{"2020-12-20", "The vote is due in January.", "January", "2021-01-01", "2021-01-31", Month},
		// "next to" is a place, not the future
		{"2020-09-27", "Shells hit a street next to the main hospital in the city on Friday.", "Friday", "2020-09-25", "2020-09-25", Day},
		{"2020-09-27", "A drone fell next to a school on Thursday, police said.", "Thursday", "2020-09-24", "2020-09-24", Day},
		// relative
		{"2020-09-27", "Two soldiers died yesterday.", "yesterday", "2020-09-26", "2020-09-26", Day},
		{"2020-09-27", "Protesters gathered today.", "today", "2020-09-27", "2020-09-27", Day},
		{"2020-09-27", "Drones struck the city last night.", "last night", "2020-09-26", "2020-09-26", Day},
		{"2020-09-27", "Talks broke down last week.", "last week", "2020-09-14", "2020-09-20", Week},
		{"2020-09-27", "Talks broke down last month.", "last month", "2020-08-01", "2020-08-31", Month},
		{"2020-09-27", "Talks broke down earlier this month.", "earlier this month", "2020-09-01", "2020-09-27", Month},
		{"2020-09-27", "Talks broke down last year.", "last year", "2019-01-01", "2019-12-31", Year},
		{"2020-09-27", "Talks broke down two days ago.", "two days ago", "2020-09-25", "2020-09-25", Day},
		{"2020-09-27", "Talks broke down 3 months ago.", "3 months ago", "2020-06-01", "2020-06-30", Month},
		{"2020-09-27", "Fighting has gone on since 2020 in the area.", "since 2020", "2020-01-01", "2020-09-27", Year},
		{"", "Yesterday the army attacked.", "Yesterday", "", "", Unknown},
		// ranges
		{"2022-06-01", "Talks were held from 10 to 12 May in Geneva.", "from 10 to 12 May", "2022-05-10", "2022-05-12", Day},
		{"", "Talks were held 10-12 May 2021 in Geneva.", "10-12 May 2021", "2021-05-10", "2021-05-12", Day},
		{"", "During the armed conflict of 1988–1994, 30,000 people died.", "1988–1994", "1988-01-01", "1994-12-31", Year},
		{"", "Between 1988 and 1994 the war raged.", "Between 1988 and 1994", "1988-01-01", "1994-12-31", Year},
		{"", "The dispute goes back to the late 1980s.", "late 1980s", "1986-01-01", "1989-12-31", Year},
		// a weekday that opens its clause, in a sentence about the future
		// (2021-04-12 is a Monday)
		{"2021-04-12", "On Thursday, the delegations will sign the truce in Doha.", "Thursday", "2021-04-15", "2021-04-15", Day},
		{"2021-04-12", "On Thursday the council is expected to vote on the mission.", "Thursday", "2021-04-15", "2021-04-15", Day},
		{"2021-04-12", "Officials said that on Friday the convoy is due to leave Mekelle.", "Friday", "2021-04-16", "2021-04-16", Day},
		{"2021-04-12", "On Thursday, the militia shelled the market, and it will face sanctions.", "Thursday", "2021-04-08", "2021-04-08", Day},
		{"2021-04-12", "On Thursday, the spokesman said the talks will resume.", "Thursday", "2021-04-08", "2021-04-08", Day},
		{"2021-04-12", "The army said on Thursday it will withdraw from the pass.", "Thursday", "2021-04-08", "2021-04-08", Day},
		{"2021-04-12", "On Thursday, the United Nations will brief the council.", "Thursday", "2021-04-15", "2021-04-15", Day},
		{"2021-04-12", "The envoy is scheduled to present the plan to both delegations in Geneva on Thursday.", "Thursday", "2021-04-15", "2021-04-15", Day},
		{"2021-04-12", "The envoy will tour the camp where gunmen killed nine people on Thursday.", "Thursday", "2021-04-08", "2021-04-08", Day},
		{"2021-04-12", "The militia plans to attack next Friday.", "next Friday", "2021-04-16", "2021-04-16", Day},
		// weekday ranges and weeks
		{"2021-04-12", "Clashes went on from Tuesday to Thursday near the dam.", "from Tuesday to Thursday", "2021-04-06", "2021-04-08", Day},
		{"2021-04-12", "The ministers will meet between Tuesday and Thursday.", "between Tuesday and Thursday", "2021-04-13", "2021-04-15", Day},
		{"2021-04-12", "Shelling hit the town on the night of Friday into Saturday.", "the night of Friday into Saturday", "2021-04-09", "2021-04-10", Day},
		{"2021-04-15", "The convoy was ambushed on Tuesday last week.", "Tuesday last week", "2021-04-06", "2021-04-06", Day},
		{"2021-04-15", "Fighting flared earlier this week.", "earlier this week", "2021-04-12", "2021-04-15", Week},
		{"2021-04-15", "Talks resume later this week.", "later this week", "2021-04-15", "2021-04-18", Week},
		{"2021-04-12", "Rebels seized two villages over the weekend.", "the weekend", "2021-04-10", "2021-04-11", Week},
		{"2021-04-14", "Envoys will meet at the weekend.", "the weekend", "2021-04-17", "2021-04-18", Week},
		// periods ending at publication
		{"2021-04-12", "Troops fired 40 shells in the past 24 hours.", "the past 24 hours", "2021-04-11", "2021-04-12", Day},
		{"2021-04-12", "Nine fighters died over the last three days.", "the last three days", "2021-04-09", "2021-04-12", Day},
		{"2021-04-12", "Attacks doubled in the past week.", "the past week", "2021-04-05", "2021-04-12", Week},
		{"2021-04-12", "Prices rose in the past two months.", "the past two months", "2021-02-12", "2021-04-12", Month},
		{"2021-04-12", "Exports fell 5% from the previous year.", "the previous year", "2020-01-01", "2020-12-31", Year},
		// the night, dawn and early hours
		{"2021-04-12", "Drones hit the depot overnight, the governor said.", "overnight", "2021-04-11", "2021-04-12", Day},
		{"2021-04-12", "Drones hit the depot overnight into Sunday.", "overnight into Sunday", "2021-04-11", "2021-04-11", Day},
		{"2021-04-12", "Militants were kidnapped last Friday in an overnight raid.", "last Friday", "2021-04-09", "2021-04-09", Day},
		{"2021-04-12", "The blast happened in the early hours, police said.", "the early hours", "2021-04-12", "2021-04-12", Day},
		{"2021-04-12", "The blast happened in the small hours of Saturday.", "the small hours of Saturday", "2021-04-10", "2021-04-10", Day},
		{"2021-04-12", "The siege ended late on Saturday night.", "late on Saturday night", "2021-04-10", "2021-04-10", Day},
		// dates without a year, ranges, and months after a preposition
		{"2021-04-12", "Aid flights were halted between March 3 and 9.", "between March 3 and 9", "2021-03-03", "2021-03-09", Day},
		{"2021-04-12", "The ceasefire will hold until May.", "May", "2021-05-01", "2021-05-31", Month},
		{"2021-04-12", "The talks have stalled since May.", "since May", "2020-05-01", "2021-04-12", Month},
		{"2021-04-12", "The curfew was lifted on 9 June.", "9 June", "2020-06-09", "2020-06-09", Day},
		// the end of a period: the occurrence nearest publication
		{"2021-04-12", "The junta delayed the vote until May 3.", "May 3", "2021-05-03", "2021-05-03", Day},
		{"2021-04-12", "The curfew stayed in force until March 30.", "March 30", "2021-03-30", "2021-03-30", Day},
		{"2021-11-20", "The council extended the mission through January 31.", "January 31", "2022-01-31", "2022-01-31", Day},
		{"2021-04-12", "The truce held until September.", "September", "2020-09-01", "2020-09-30", Month},
		// hours ago, mid-year
		{"2021-04-12", "A shell hit the clinic 48 hours ago.", "48 hours ago", "2021-04-10", "2021-04-10", Day},
		{"2021-04-12", "A shell hit the clinic three hours ago.", "three hours ago", "2021-04-12", "2021-04-12", Day},
		{"2021-04-12", "The siege began in mid-2019.", "mid-2019", "2019-01-01", "2019-12-31", Year},
	}
	for _, tc := range tests {
		got := run(tc.text, tc.pub)
		if len(got) != 1 {
			t.Errorf("%q (pub %q): want 1 date, got %+v", tc.text, tc.pub, got)
			continue
		}
		g := got[0]
		if tc.text[g.Start:g.End] != tc.span || g.Date.Start != tc.start || g.Date.End != tc.end || g.Date.Precision != tc.pr {
			t.Errorf("%q (pub %q): got %q %s..%s %s, want %q %s..%s %s", tc.text, tc.pub,
				tc.text[g.Start:g.End], g.Date.Start, g.Date.End, g.Date.Precision, tc.span, tc.start, tc.end, tc.pr)
		}
		if g.Date.Text != tc.span {
			t.Errorf("%q: text %q, want %q", tc.text, g.Date.Text, tc.span)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"About 2,000 people live there.",
		"Some 2000 troops were deployed.",
		"They may march on the capital.",
		"The March agreement was signed.",
		"[ad_1] Armenia says it shot down two helicopters.",
		"He has 12 tanks and 300 men.",
	} {
		if got := run(text, "2020-09-27"); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", text, got)
		}
	}
}

// TestYearOfEarlierMention: a day written with its year earlier in the
// article keeps that year when it comes back without one.
func TestYearOfEarlierMention(t *testing.T) {
	text := "The siege of the town began on March 20, 2020. Aid has not reached it since March 20."
	got := run(text, "2021-04-12")
	if len(got) != 2 {
		t.Fatalf("want 2 dates, got %+v", got)
	}
	if got[1].Date.Start != "2020-03-20" || got[1].Date.End != "2021-04-12" {
		t.Errorf("second mention: %+v, want 2020-03-20..2021-04-12", got[1].Date)
	}
	// Without the full mention the day is the last one before publication.
	if got := run("Aid has not reached it since March 20.", "2021-04-12"); len(got) != 1 || got[0].Date.Start != "2021-03-20" {
		t.Errorf("alone: %+v, want 2021-03-20", got)
	}
}

// TestDayOffsets: "the previous day", "a day later" count from the last day
// the article named, else from publication; "the day before the vote" is
// counted from the vote and left alone.
func TestDayOffsets(t *testing.T) {
	tests := []struct {
		text, span, want string
	}{
		{"Drones hit the depot on Saturday. The previous day, shelling killed two.", "The previous day", "2021-04-09"},
		{"Drones hit the depot on April 3. Two days later, the army withdrew.", "Two days later", "2021-04-05"},
		{"Drones hit the depot on Saturday. A day earlier, rebels took the bridge.", "A day earlier", "2021-04-09"},
		{"Rebels took the bridge the day before, officials said.", "the day before", "2021-04-11"},
		{"Drones hit the depot on Saturday, and the next day the army withdrew.", "the next day", "2021-04-11"},
	}
	for _, tc := range tests {
		got := run(tc.text, "2021-04-12")
		found := false
		for _, d := range got {
			if tc.text[d.Start:d.End] == tc.span {
				found = true
				if d.Date.Start != tc.want || d.Date.Precision != Day {
					t.Errorf("%q: %q %s %s, want %s", tc.text, tc.span, d.Date.Start, d.Date.Precision, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no date %q in %+v", tc.text, tc.span, got)
		}
	}
	for _, text := range []string{"Rebels took the bridge the day before the vote.", "It was a day of mourning.", "The day after the vote, crowds gathered."} {
		for _, d := range run(text, "2021-04-12") {
			t.Errorf("%q: want no date, got %q", text, text[d.Start:d.End])
		}
	}
}

// TestAgencyDateline checks that a state agency's dateline ("MOSCOW, March
// 3. /TASS/.") dates itself and leaves a fronted weekday after it to its
// own clause: forward before a future form, back before a past verb
// (2025-03-03 is a Monday).
func TestAgencyDateline(t *testing.T) {
	tests := []struct{ text, day, start string }{
		{"MOSCOW, March 3 /TASS/. On Thursday, the envoy will join the talks in Riyadh.", "Thursday", "2025-03-06"},
		{"MINSK, March 3. /BelTA/. On Friday, the two ministers are due to meet in Brest.", "Friday", "2025-03-07"},
		{"MOSCOW, March 3. /TASS/. On Friday, the two ministers met in Brest.", "Friday", "2025-02-28"},
	}
	for _, tc := range tests {
		got := map[string]string{}
		for _, d := range run(tc.text, "2025-03-03") {
			got[d.Date.Text] = d.Date.Start
		}
		if got["March 3"] != "2025-03-03" || got[tc.day] != tc.start {
			t.Errorf("%q: got %v, want March 3 on 2025-03-03 and %s on %s", tc.text, got, tc.day, tc.start)
		}
	}
}
