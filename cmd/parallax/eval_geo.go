package main

import (
	"fmt"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/geo"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// runEvalGeo scores the geoparser on a JSONL corpus of documents with gold
// toponym spans and coordinates (format: internal/geo.GoldDoc).
func runEvalGeo(e *env, args []string) int {
	fs := newFlags(e, "eval geo", "--data FILE",
		"Toponym detection precision/recall/F1 and resolution Acc@161km, mean and median error (km)\n"+
			"and AUC (Gritta et al. 2019) on a JSONL corpus: one document a line,\n"+
			`{"id","text","toponyms":[{"start","end","text","lat","lon"}]} with byte offsets.`)
	data := fs.String("data", "", "JSONL corpus with gold toponyms (.gz accepted)")
	alone := fs.Bool("alone", false, "run the geo stage alone, without the earlier stages (NER hints)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	docs, err := geo.ReadCorpus(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax eval geo: %v\n", err)
		return exitFailure
	}
	var run func(text string) []parallax.Place
	if *alone {
		g, err := geo.Load()
		if err != nil {
			fmt.Fprintf(e.stderr, "parallax eval geo: %v\n", err)
			return exitFailure
		}
		run = func(text string) []parallax.Place {
			doc := &parallax.Document{Text: text}
			g.Process(doc)
			return doc.Places
		}
	} else {
		p, err := pipeline.Default()
		if err != nil {
			fmt.Fprintf(e.stderr, "parallax eval geo: %v\n", err)
			return exitFailure
		}
		run = func(text string) []parallax.Place {
			// Offsets go back to the text as given: a cleaning stage may
			// have changed it.
			doc := p.Analyze(parallax.Article{ID: "eval", Body: text})
			places := doc.Places
			for i := range places {
				places[i].Start = doc.Origin.Original(places[i].Start)
				places[i].End = doc.Origin.Original(places[i].End)
			}
			return places
		}
	}
	var score geo.Score
	start := time.Now()
	for _, d := range docs {
		var preds []geo.Prediction
		for _, pl := range run(d.Text) {
			preds = append(preds, geo.Prediction{Start: pl.Start, End: pl.End, Lat: pl.Lat, Lon: pl.Lon})
		}
		score.Add(d.Toponyms, preds)
	}
	took := time.Since(start)
	mode := "full pipeline"
	if *alone {
		mode = "geo stage alone"
	}
	fmt.Fprintf(e.stdout, "%s: %d documents, %d gold toponyms (%s, %.1fs)\n%s", *data, len(docs), score.Gold, mode, took.Seconds(), score.String())
	return exitOK
}
