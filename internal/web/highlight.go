package web

import (
	"html/template"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// span is one highlighted item of an article: its byte range, its CSS
// class (entity, place, claim, count) and its report id.
type span struct {
	start, end int
	class      string
	id         string
	title      string
}

// Highlight renders an article's cleaned text as HTML: each sentence in a
// <span class="sentence">, each extracted item as <mark> with classes, and
// at the start of every item an empty anchor whose id is the item's report
// id. Linking to /articles/ID#ITEMID scrolls to the anchor, and CSS
// (.sentence:has(.anchor:target)) highlights the whole sentence: overlapping
// items never need nested or split ids. Every text byte is escaped.
func Highlight(d *parallax.Document) template.HTML {
	text := d.Text
	var spans []span
	add := func(start, end int, class, id, title string) {
		if start < 0 || end > len(text) || start >= end {
			return
		}
		spans = append(spans, span{start, end, class, id, title})
	}
	for _, c := range d.Claims {
		who := c.Speaker.Actor
		if who == "" {
			who = c.Speaker.Text
		}
		add(c.Start, c.End, "claim", c.ID, strings.TrimSpace("claim by "+who+" "+sideLabel(c.Speaker.Side)+" ("+c.Stance+")"))
	}
	for _, e := range d.Entities {
		add(e.Start, e.End, "entity entity-"+e.Kind, e.ID, strings.TrimSpace(e.Kind+" "+e.Actor+" "+sideLabel(e.Side)))
	}
	for _, p := range d.Places {
		add(p.Start, p.End, "place", p.ID, strings.TrimSpace(p.Name+", "+p.Country))
	}
	for _, c := range d.Counts {
		add(c.Start, c.End, "count", c.ID, strings.TrimSpace(c.Item+" "+c.Outcome+" owner "+c.Owner))
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })

	var sb strings.Builder
	// Segment boundaries: every span and sentence edge.
	cuts := map[int]bool{0: true, len(text): true}
	for _, s := range spans {
		cuts[s.start], cuts[s.end] = true, true
	}
	for _, s := range d.Sentences {
		if s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			cuts[s.Start], cuts[s.End] = true, true
		}
	}
	points := make([]int, 0, len(cuts))
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	// Cut only at rune boundaries, so no segment splits a character.
	valid := points[:0]
	for _, p := range points {
		if p == len(text) || (p < len(text) && isRuneStart(text[p])) {
			valid = append(valid, p)
		}
	}
	points = valid

	sent := 0 // index of the next sentence to open or the open one
	open := false
	next := 0 // next span whose anchor is still to write
	for k := 0; k+1 < len(points); k++ {
		a, b := points[k], points[k+1]
		for open && sent < len(d.Sentences) && d.Sentences[sent].End <= a {
			sb.WriteString("</span>")
			open = false
			sent++
		}
		for !open && sent < len(d.Sentences) && d.Sentences[sent].End <= a {
			sent++
		}
		if !open && sent < len(d.Sentences) && d.Sentences[sent].Start <= a && a < d.Sentences[sent].End {
			sb.WriteString(`<span class="sentence">`)
			open = true
		}
		for next < len(spans) && spans[next].start <= a {
			if spans[next].start == a {
				sb.WriteString(`<a class="anchor" id="`)
				template.HTMLEscape(&sb, []byte(spans[next].id))
				sb.WriteString(`"></a>`)
			}
			next++
		}
		var classes, titles []string
		for _, s := range spans {
			if s.start > a {
				break
			}
			if s.start <= a && b <= s.end {
				classes = append(classes, s.class)
				titles = append(titles, s.title)
			}
		}
		seg := []byte(text[a:b])
		if len(classes) == 0 {
			template.HTMLEscape(&sb, seg)
			continue
		}
		sb.WriteString(`<mark class="`)
		template.HTMLEscape(&sb, []byte(strings.Join(classes, " ")))
		sb.WriteString(`" title="`)
		template.HTMLEscape(&sb, []byte(strings.Join(titles, "; ")))
		sb.WriteString(`">`)
		template.HTMLEscape(&sb, seg)
		sb.WriteString(`</mark>`)
	}
	if open {
		sb.WriteString("</span>")
	}
	return template.HTML(sb.String())
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func sideLabel(side string) string {
	if side == "" {
		return ""
	}
	return "[" + side + "]"
}
