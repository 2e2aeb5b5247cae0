package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/parallaxhq/parallax"
)

// summaryIncidents is how many incidents the summary describes.
const summaryIncidents = 8

// printSummary writes a short human-readable account of a report: what was
// found, then the incidents where the parties disagree, with each party's
// figures.
func printSummary(w io.Writer, r parallax.Report, elapsed time.Duration) {
	sentences := 0
	for _, a := range r.Articles {
		sentences += a.Sentences
	}
	fmt.Fprintf(w, "parallax: %s, %s analysed in %s\n\n", plural(len(r.Articles), "article"),
		plural(sentences, "sentence"), elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "  %-12s %d\n", "entities", len(r.Entities))
	fmt.Fprintf(w, "  %-12s %d\n", "places", len(r.Places))
	fmt.Fprintf(w, "  %-12s %d\n", "claims", len(r.Claims))
	fmt.Fprintf(w, "  %-12s %d\n", "events", len(r.Events))
	fmt.Fprintf(w, "  %-12s %d\n", "counts", len(r.Counts))
	fmt.Fprintf(w, "  %-12s %d\n", "incidents", len(r.Incidents))
	fmt.Fprintf(w, "  %-12s %d\n", "duplicates", len(r.Duplicates))

	// The incidents worth a first look: those with contradictions, the most
	// disputed first, then the one-sided ones.
	incs := make([]parallax.Incident, 0, len(r.Incidents))
	for _, inc := range r.Incidents {
		if len(inc.Contradictions) > 0 || inc.OneSided {
			incs = append(incs, inc)
		}
	}
	sort.SliceStable(incs, func(i, j int) bool { return len(incs[i].Contradictions) > len(incs[j].Contradictions) })
	if len(incs) == 0 {
		return
	}
	fmt.Fprintf(w, "\nIncidents where the parties disagree or only one is heard:\n")
	for i, inc := range incs {
		if i == summaryIncidents {
			fmt.Fprintf(w, "\n  ... and %d more\n", len(incs)-i)
			break
		}
		date := inc.Date.Start
		if inc.Date.End != "" && inc.Date.End != inc.Date.Start {
			date += " to " + inc.Date.End
		}
		fmt.Fprintf(w, "\n  %s  %s  (articles %s; parties %s)\n", inc.ID, date,
			strings.Join(inc.Articles, ", "), strings.Join(inc.Sides, ", "))
		for _, c := range inc.Contradictions {
			fmt.Fprintf(w, "    %-40s %s\n", contradictionLabel(c), contradictionValues(c))
		}
		if inc.OneSided {
			fmt.Fprintf(w, "    %-40s %s\n", "one-sided: unheard", strings.Join(inc.Unheard, ", "))
		}
	}
}

func contradictionLabel(c parallax.Contradiction) string {
	switch c.Kind {
	case "count":
		return fmt.Sprintf("%s (owner %s)", c.Item, c.Owner)
	case "initiator":
		return "who started it"
	case "civilian_targeting":
		return "were civilians targeted"
	}
	return c.Kind
}

func contradictionValues(c parallax.Contradiction) string {
	parts := make([]string, 0, len(c.Values))
	for _, v := range c.Values {
		switch val := v.Value.(type) {
		case bool:
			answer := "no"
			if val {
				answer = "yes"
			}
			parts = append(parts, fmt.Sprintf("%s says %s", v.Side, answer))
		case string:
			if c.Kind == "initiator" {
				parts = append(parts, fmt.Sprintf("%s blames %s", v.Side, val))
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %s", v.Side, val))
		default:
			parts = append(parts, fmt.Sprintf("%s %v", v.Side, val))
		}
	}
	if len(parts) == 0 {
		return strings.Join(c.Between, " vs ")
	}
	return strings.Join(parts, " / ")
}
