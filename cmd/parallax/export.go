package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

func runExport(e *env, args []string) int {
	fs := newFlags(e, "export", "[--db DSN] --format jsonl|csv|acled|report",
		"Write what the database holds to stdout. jsonl: one line per article with its report items (entities,\n"+
			"places, claims, events, counts), then one line per incident and per duplicate group; csv: one row per\n"+
			"claim; acled: one row per event with ACLED-like columns plus the source claim, speaker and side;\n"+
			"report: the whole report (contract v1) as one JSON document.")
	db := fs.String("db", defaultDB, "database `DSN` (file path, sqlite:PATH or postgres://...)")
	format := fs.String("format", "jsonl", "jsonl, csv, acled or report")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	switch *format {
	case "jsonl", "csv", "acled", "report":
	default:
		fmt.Fprintf(e.stderr, "parallax export: unknown --format %q (jsonl, csv, acled or report)\n", *format)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db, true)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax export: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	switch *format {
	case "jsonl":
		err = exportJSONL(ctx, st, e.stdout)
	case "csv":
		err = exportClaims(ctx, st, e.stdout)
	case "acled":
		err = exportACLED(ctx, st, e.stdout)
	case "report":
		err = exportReport(ctx, st, e.stdout)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax export: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// articleLine is one line of the jsonl export.
type articleLine struct {
	Article  parallax.ArticleInfo `json:"article"`
	Entities []parallax.Entity    `json:"entities"`
	Places   []parallax.Place     `json:"places"`
	Claims   []parallax.Claim     `json:"claims"`
	Events   []parallax.Event     `json:"events"`
	Counts   []parallax.Count     `json:"counts"`
}

func newJSONEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

func exportJSONL(ctx context.Context, st *sqlstore.Store, w io.Writer) error {
	enc := newJSONEncoder(w)
	err := st.Documents(ctx, func(d *parallax.Document) error {
		r := report.Build([]*parallax.Document{d}, nil, nil, report.Options{})
		return enc.Encode(articleLine{r.Articles[0], r.Entities, r.Places, r.Claims, r.Events, r.Counts})
	})
	if err != nil {
		return err
	}
	// A page of incidents at a time: they are not all held at once.
	f := store.IncidentFilter{Page: store.Page{Limit: store.MaxLimit}}
	for {
		page, total, err := st.Incidents(ctx, f)
		if err != nil {
			return err
		}
		for _, inc := range page {
			if err := enc.Encode(struct {
				Incident parallax.Incident `json:"incident"`
			}{inc}); err != nil {
				return err
			}
		}
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			break
		}
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		return err
	}
	for _, d := range dups {
		if err := enc.Encode(struct {
			Duplicate parallax.Duplicate `json:"duplicate"`
		}{d}); err != nil {
			return err
		}
	}
	return nil
}

// allIncidents pages through every incident, latest first.
func allIncidents(ctx context.Context, st *sqlstore.Store) ([]parallax.Incident, error) {
	var out []parallax.Incident
	f := store.IncidentFilter{Page: store.Page{Limit: store.MaxLimit}}
	for {
		page, total, err := st.Incidents(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			return out, nil
		}
	}
}

// exportReport writes the whole report as report.Build and an indented
// encoder would, without holding it: the articles are read once, each
// article's items are written at once to their section (the articles to
// w, the other sections to temporary files, copied after in the
// report's order), and the incidents are read a page at a time. Memory
// no longer grows with the store (the report of 100k articles held every
// document), only the temporary files do, with the output.
func exportReport(ctx context.Context, st *sqlstore.Store, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	// The sections after the articles, in the report's order.
	names := []string{"entities", "places", "claims", "events", "counts"}
	sections := make([]*reportSection, len(names))
	for i := range sections {
		f, err := os.CreateTemp("", "parallax-export-*")
		if err != nil {
			return err
		}
		defer os.Remove(f.Name())
		defer f.Close()
		sections[i] = newReportSection(f)
	}
	fmt.Fprintf(bw, "{\n \"version\": %d,\n \"articles\": ", parallax.ReportVersion)
	articles := newReportSection(bw)
	err := st.Documents(ctx, func(d *parallax.Document) error {
		r := report.Build([]*parallax.Document{d}, nil, nil, report.Options{})
		return errors.Join(
			addAll(articles, r.Articles), addAll(sections[0], r.Entities), addAll(sections[1], r.Places),
			addAll(sections[2], r.Claims), addAll(sections[3], r.Events), addAll(sections[4], r.Counts))
	})
	if err != nil {
		return err
	}
	if err := articles.end(); err != nil {
		return err
	}
	for i, sec := range sections {
		if err := sec.end(); err != nil {
			return err
		}
		fmt.Fprintf(bw, ",\n \"%s\": ", names[i])
		if _, err := sec.f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.Copy(bw, sec.f); err != nil {
			return err
		}
	}
	bw.WriteString(",\n \"incidents\": ")
	incs := newReportSection(bw)
	f := store.IncidentFilter{Page: store.Page{Limit: store.MaxLimit}}
	for {
		page, total, err := st.Incidents(ctx, f)
		if err != nil {
			return err
		}
		r := parallax.Report{Incidents: page}
		r.Normalize()
		if err := addAll(incs, r.Incidents); err != nil {
			return err
		}
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			break
		}
	}
	if err := incs.end(); err != nil {
		return err
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		return err
	}
	r := parallax.Report{Duplicates: dups}
	r.Normalize()
	bw.WriteString(",\n \"duplicates\": ")
	ds := newReportSection(bw)
	if err := errors.Join(addAll(ds, r.Duplicates), ds.end()); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// reportSection writes one array of the report as an encoder indented
// with one space writes it at the report's second level.
type reportSection struct {
	w   io.Writer
	f   *os.File // w, when it is a temporary file
	n   int
	buf bytes.Buffer
	enc *json.Encoder
}

func newReportSection(w io.Writer) *reportSection {
	s := &reportSection{w: w}
	s.f, _ = w.(*os.File)
	if s.f != nil {
		s.w = bufio.NewWriterSize(s.f, 64<<10)
	}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("  ", " ")
	return s
}

func (s *reportSection) add(v any) error {
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	sep := ",\n  "
	if s.n == 0 {
		sep = "[\n  "
	}
	s.n++
	if _, err := io.WriteString(s.w, sep); err != nil {
		return err
	}
	_, err := s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	return err
}

// end closes the array ("[]" when empty) and flushes a temporary file's
// buffer.
func (s *reportSection) end() error {
	end := "\n ]"
	if s.n == 0 {
		end = "[]"
	}
	if _, err := io.WriteString(s.w, end); err != nil {
		return err
	}
	if b, ok := s.w.(*bufio.Writer); ok && s.f != nil {
		return b.Flush()
	}
	return nil
}

func addAll[T any](s *reportSection, xs []T) error {
	for i := range xs {
		if err := s.add(xs[i]); err != nil {
			return err
		}
	}
	return nil
}

var claimColumns = []string{"article", "published", "outlet", "url", "claim", "speaker", "speaker_actor", "side", "cue", "stance", "quote", "parent", "start", "end", "claimed", "sentence"}

func exportClaims(ctx context.Context, st *sqlstore.Store, w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(claimColumns)
	err := st.Documents(ctx, func(d *parallax.Document) error {
		a := d.Article
		for _, c := range d.Claims {
			cw.Write([]string{a.ID, a.Published, a.Outlet, a.URL, c.ID, c.Speaker.Text, c.Speaker.Actor, c.Speaker.Side, c.Cue.Text,
				c.Stance, c.Quote, c.Parent, strconv.Itoa(c.Start), strconv.Itoa(c.End), spanText(d.Text, c.Start, c.End), sentenceOf(d, c.Sentence, c.Cue.Start)})
		}
		return cw.Error()
	})
	cw.Flush()
	if err != nil {
		return err
	}
	return cw.Error()
}

var acledColumns = []string{"event_id", "event_date", "event_type", "sub_event_type", "cameo", "actor1", "side1", "actor2", "side2", "target_kind",
	"country", "admin1", "location", "latitude", "longitude", "geonameid", "source", "source_url", "article", "notes", "claim", "speaker", "side", "negated"}

// acledTypes are ACLED's names of the contract's event types.
var acledTypes = map[string]string{
	"battles":                    "Battles",
	"explosions_remote_violence": "Explosions/Remote violence",
	"violence_against_civilians": "Violence against civilians",
	"protests":                   "Protests",
	"riots":                      "Riots",
	"strategic_developments":     "Strategic developments",
}

func exportACLED(ctx context.Context, st *sqlstore.Store, w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(acledColumns)
	err := st.Documents(ctx, func(d *parallax.Document) error {
		a := d.Article
		places := map[string]*parallax.Place{}
		for i := range d.Places {
			places[d.Places[i].ID] = &d.Places[i]
		}
		claims := map[string]*parallax.Claim{}
		for i := range d.Claims {
			claims[d.Claims[i].ID] = &d.Claims[i]
		}
		for _, ev := range d.Events {
			date := ev.Date.Start
			if date == "" {
				date = a.Published
			}
			typ := acledTypes[ev.Type]
			if typ == "" {
				typ = ev.Type
			}
			var country, admin1, location, lat, lon, gid string
			for _, id := range ev.Places {
				if p := places[id]; p != nil {
					country, admin1, location = p.Country, p.Admin1, p.Name
					lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
					gid = strconv.Itoa(p.GeonameID)
					break
				}
			}
			source := a.Outlet
			if source == "" {
				source = a.Source
			}
			var claimText, speaker, side string
			if c := claims[string(ev.Claim)]; c != nil {
				claimText, speaker, side = spanText(d.Text, c.Start, c.End), c.Speaker.Actor, c.Speaker.Side
				if speaker == "" {
					speaker = c.Speaker.Text
				}
			}
			cw.Write([]string{ev.ID, date, typ, "", ev.CAMEO, ev.Initiator.Actor, ev.Initiator.Side, ev.Target.Actor, ev.Target.Side, ev.Target.Kind,
				country, admin1, location, lat, lon, gid, source, a.URL, a.ID, sentenceOf(d, ev.Sentence, ev.Start), claimText, speaker, side, strconv.FormatBool(ev.Negated)})
		}
		return cw.Error()
	})
	cw.Flush()
	if err != nil {
		return err
	}
	return cw.Error()
}

// spanText is text[start:end], or "" for a span outside it.
func spanText(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return parallax.NormalizeSpace(text[start:end])
}

func sentenceOf(d *parallax.Document, have string, off int) string {
	if have != "" {
		return have
	}
	return d.SentenceText(off)
}
