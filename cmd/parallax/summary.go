package main

import (
	"fmt"
	"io"
	"time"

	"github.com/parallaxhq/parallax"
)

// printSummary writes a short human-readable account of a report.
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
}
