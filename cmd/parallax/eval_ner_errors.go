package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/ner"
)

// nerErrors sorts every gold and predicted entity of an evaluation into the
// kinds of error that need different fixes: a wrong type on the right span
// (a gazetteer or context problem), a wrong span of the right type (a
// boundary problem: titles, "the", hyphens), both, a missed name, and a
// spurious one.
type nerErrors struct {
	// outcome[goldType][kind] counts gold entities; kind is "correct",
	// "type→X", "span", "span+type→X" or "missed".
	outcome map[string]map[string]int
	// spurious[predType] counts predictions that overlap no gold entity.
	spurious map[string]int
	// lines are the errors in context, one per line, for reading.
	lines []string
}

func newNERErrors() *nerErrors {
	return &nerErrors{outcome: map[string]map[string]int{}, spurious: map[string]int{}}
}

func (e *nerErrors) add(words, gold, pred []string) {
	g, p := ner.Chunks(gold), ner.Chunks(pred)
	text := func(c ner.Chunk) string { return strings.Join(words[c.Start:c.End], " ") }
	overlap := func(a, b ner.Chunk) bool { return a.Start < b.End && b.Start < a.End }
	count := func(typ, kind string) {
		if e.outcome[typ] == nil {
			e.outcome[typ] = map[string]int{}
		}
		e.outcome[typ][kind]++
	}
	for _, gc := range g {
		kind := "missed"
		var hit ner.Chunk
		for _, pc := range p {
			if !overlap(gc, pc) {
				continue
			}
			hit = pc
			sameSpan := pc.Start == gc.Start && pc.End == gc.End
			switch {
			case sameSpan && pc.Type == gc.Type:
				kind = "correct"
			case sameSpan:
				kind = "type→" + pc.Type
			case pc.Type == gc.Type:
				kind = "span"
			default:
				kind = "span+type→" + pc.Type
			}
			if sameSpan {
				break
			}
		}
		count(gc.Type, kind)
		if kind != "correct" {
			got := "-"
			if kind != "missed" {
				got = hit.Type + " [" + text(hit) + "]"
			}
			e.lines = append(e.lines, fmt.Sprintf("%s\t%s [%s]\tpredicted %s\t%s", kind, gc.Type, text(gc), got, strings.Join(words, " ")))
		}
	}
	for _, pc := range p {
		alone := true
		for _, gc := range g {
			alone = alone && !overlap(gc, pc)
		}
		if alone {
			e.spurious[pc.Type]++
			e.lines = append(e.lines, fmt.Sprintf("spurious\t%s [%s]\t\t%s", pc.Type, text(pc), strings.Join(words, " ")))
		}
	}
}

// write prints the table of outcomes by gold type and the spurious
// predictions by predicted type.
func (e *nerErrors) write(w io.Writer) {
	types := []string{}
	for t := range e.outcome {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintln(w, "gold entities by outcome:")
	for _, t := range types {
		kinds := []string{}
		total := 0
		for k, n := range e.outcome[t] {
			kinds = append(kinds, k)
			total += n
		}
		sort.Slice(kinds, func(a, b int) bool { return e.outcome[t][kinds[a]] > e.outcome[t][kinds[b]] })
		var parts []string
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%s %d", k, e.outcome[t][k]))
		}
		fmt.Fprintf(w, "  %-5s %5d: %s\n", t, total, strings.Join(parts, ", "))
	}
	var parts []string
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		if n := e.spurious[t]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, n))
		}
	}
	fmt.Fprintf(w, "spurious predictions (overlapping no gold entity): %s\n", strings.Join(parts, ", "))
}
