// Package report assembles the report of contract v1 from analysed
// documents and the results of fusion.
package report

import (
	"github.com/parallaxhq/parallax"
)

// Options say what the report carries beyond the contract's required fields.
type Options struct {
	// WithText puts each article's cleaned text in the report.
	WithText bool
}

// Build assembles the report. It fills each item's "sentence" from the
// document's sentences where a stage left it empty (for a claim, the
// sentence of its cue), and returns a normalised report: lists are never nil.
func Build(docs []*parallax.Document, incidents []parallax.Incident, dups []parallax.Duplicate, opt Options) parallax.Report {
	var r parallax.Report
	for _, d := range docs {
		a := d.Article
		info := parallax.ArticleInfo{
			ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
			Published: a.Published, Language: a.Language, Sentences: len(d.Sentences),
		}
		if opt.WithText {
			info.Text = d.Text
		}
		r.Articles = append(r.Articles, info)
		for _, e := range d.Entities {
			e.Sentence = fill(d, e.Sentence, e.Start)
			r.Entities = append(r.Entities, e)
		}
		for _, p := range d.Places {
			p.Sentence = fill(d, p.Sentence, p.Start)
			r.Places = append(r.Places, p)
		}
		for _, c := range d.Claims {
			c.Sentence = fill(d, c.Sentence, c.Cue.Start)
			r.Claims = append(r.Claims, c)
		}
		for _, e := range d.Events {
			e.Sentence = fill(d, e.Sentence, e.Start)
			r.Events = append(r.Events, e)
		}
		for _, c := range d.Counts {
			c.Sentence = fill(d, c.Sentence, c.Start)
			r.Counts = append(r.Counts, c)
		}
	}
	r.Incidents = incidents
	r.Duplicates = dups
	r.Normalize()
	return r
}

func fill(d *parallax.Document, have string, off int) string {
	if have != "" {
		return have
	}
	return d.SentenceText(off)
}
