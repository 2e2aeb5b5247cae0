// Package web serves the pages of `parallax serve` (incidents with a
// timeline, one incident with each party's claims side by side, its
// contradictions and a map, one article with its extractions highlighted)
// and mounts the JSON API of package api. Templates and every asset are
// embedded: the pages work offline and read without JavaScript.
package web

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the web app needs.
type Config struct {
	Store    store.Store
	Pipeline *pipeline.Pipeline // for POST /api/analyze and /api/articles; nil disables them
	Token    string             // enables POST /api/articles (see api.Config)
	Ingester api.Ingester       // stores POST /api/articles (see api.Config); nil: store.Put and api.Refuse
	World    *World             // country outlines; LoadWorld
	// SideNames names side codes the curated table does not (cmd wires the
	// actor knowledge base's countries: "KEN" -> "Kenya").
	SideNames map[string]string
	Log       *slog.Logger
}

// App serves the pages and the API.
type App struct {
	cfg   Config
	sides sideNamer
	pages map[string]*template.Template
}

// New parses the templates and returns the app.
func New(cfg Config) (*App, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.World == nil {
		w, err := LoadWorld()
		if err != nil {
			return nil, err
		}
		cfg.World = w
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	a := &App{cfg: cfg, sides: newSideNamer(cfg.SideNames), pages: map[string]*template.Template{}}
	funcs := template.FuncMap{
		"pathEscape": url.PathEscape,
		"join":       strings.Join,
		"sideName":   a.sides.Name,
	}
	for _, name := range []string{"incidents", "incident", "article", "articles", "error"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		a.pages[name] = t
	}
	return a, nil
}

// Handler returns every route behind the security middleware.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	api.New(api.Config{Store: a.cfg.Store, Pipeline: a.cfg.Pipeline, Token: a.cfg.Token, Ingester: a.cfg.Ingester, Log: a.cfg.Log}).Register(mux)
	static, _ := fs.Sub(staticFS, "static")
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /{$}", a.incidents)
	mux.HandleFunc("GET /incidents", a.incidents)
	mux.HandleFunc("GET /incidents/{id}", a.incident)
	mux.HandleFunc("GET /articles", a.articles)
	mux.HandleFunc("GET /articles/{id}", a.article)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		a.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return api.Secure(mux, a.cfg.Log)
}

func (a *App) render(w http.ResponseWriter, r *http.Request, name string, status int, data any) {
	var buf strings.Builder
	if err := a.pages[name].Execute(&buf, data); err != nil {
		a.cfg.Log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(buf.String()))
}

type errorData struct {
	Title, Message string
}

func (a *App) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	a.render(w, r, "error", status, errorData{http.StatusText(status), msg})
}

func (a *App) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		a.errorPage(w, r, http.StatusNotFound, "Nothing is stored under this id.")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		a.errorPage(w, r, http.StatusServiceUnavailable, "The request was cancelled or took too long.")
	default:
		a.cfg.Log.Error("store", "path", r.URL.Path, "err", err)
		a.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on the server.")
	}
}

// incidentRow is one line of the incident list.
type incidentRow struct {
	ID, Href      string
	Date          string
	Places        []string
	Sides         []string
	OneSided      bool
	Unheard       []string
	Articles      int
	Contradiction int
}

type incidentsData struct {
	Title    string
	Filter   store.IncidentFilter
	OneSided string
	Rows     []incidentRow
	Total    int
	From, To int
	Prev     string
	Next     string
	Timeline template.HTML
	Error    string
}

func (a *App) incidents(w http.ResponseWriter, r *http.Request) {
	data := incidentsData{Title: "Incidents"}
	f, err := api.ParseIncidentFilter(r)
	if err != nil {
		data.Error = err.Error()
		a.render(w, r, "incidents", http.StatusBadRequest, data)
		return
	}
	data.Filter = f
	if f.OneSided != nil {
		data.OneSided = fmt.Sprint(*f.OneSided)
	}
	list, total, err := a.cfg.Store.Incidents(r.Context(), f)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	names := placeNamer{ctx: r.Context(), st: a.cfg.Store, places: map[string][]namedPlace{}}
	for _, inc := range list {
		data.Rows = append(data.Rows, incidentRow{
			ID: inc.ID, Href: "/incidents/" + url.PathEscape(inc.ID), Date: dayRange(inc.Date),
			Places: names.names(inc), Sides: inc.Sides, OneSided: inc.OneSided, Unheard: inc.Unheard,
			Articles: len(inc.Articles), Contradiction: len(inc.Contradictions),
		})
	}
	off, lim := f.Window()
	data.Total, data.From, data.To = total, off+1, off+len(list)
	q := r.URL.Query()
	if off > 0 {
		q.Set("offset", fmt.Sprint(max(0, off-lim)))
		data.Prev = "/incidents?" + q.Encode()
	}
	if off+len(list) < total {
		q.Set("offset", fmt.Sprint(off+lim))
		data.Next = "/incidents?" + q.Encode()
	}
	data.Timeline = Timeline(list)
	a.render(w, r, "incidents", http.StatusOK, data)
}

// placeNamer resolves incident place ids to gazetteer names, reading each
// article at most once per request and keeping only its places' names.
type placeNamer struct {
	ctx    context.Context
	st     store.Reader
	places map[string][]namedPlace // by article id; nil: not readable
}

type namedPlace struct{ ID, Name string }

// maxPlaceArticles bounds the articles one incident row reads for its
// place names: an incident gathering hundreds of reports would otherwise
// cost the list page hundreds of documents for one cell.
const maxPlaceArticles = 20

func (p *placeNamer) names(inc parallax.Incident) []string {
	want := map[string]bool{}
	// The articles that hold the places: a place id is qualified with
	// its article's id ("ARTICLE:pN"), so the others need not be read.
	owners := map[string]bool{}
	qualified := true
	for _, id := range inc.Places {
		want[id] = true
		if i := strings.LastIndexByte(id, ':'); i > 0 {
			owners[id[:i]] = true
		} else {
			qualified = false
		}
	}
	if len(want) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	read := 0
	for _, aid := range inc.Articles {
		if qualified && !owners[aid] {
			continue
		}
		if read == maxPlaceArticles {
			break
		}
		read++
		places, ok := p.places[aid]
		if !ok {
			if d, err := p.st.Document(p.ctx, aid); err == nil {
				places = make([]namedPlace, len(d.Places))
				for i, pl := range d.Places {
					places[i] = namedPlace{pl.ID, pl.Name}
				}
			}
			p.places[aid] = places
		}
		for _, pl := range places {
			if want[pl.ID] && !seen[pl.Name] {
				seen[pl.Name] = true
				out = append(out, pl.Name)
			}
		}
	}
	return out
}

func dayRange(d parallax.DaySpan) string {
	switch {
	case d.Start == "" && d.End == "":
		return "date unknown"
	case d.End == "" || d.End == d.Start:
		return d.Start
	default:
		return d.Start + " – " + d.End
	}
}

// sideColumn is one party's claims on the incident page.
type sideColumn struct {
	Side   string
	Name   string
	Claims []claimView
}

type claimView struct {
	ID, Href string
	Speaker  string
	Cue      string
	Stance   string
	Text     string
	Sentence string
	Outlet   string
}

type contradictionView struct {
	Kind  string
	What  string
	Cells []cellView // one per column of the table (incidentData.Parties)
}

// cellView is one party's value in a contradiction: the value links to the
// first claim that carries it, More to the others.
type cellView struct {
	Side  string
	Value string
	Href  string
	More  []linkView
}

type linkView struct {
	Href, Label string
}

type incidentData struct {
	Title          string
	Incident       parallax.Incident
	Date           string
	Columns        []sideColumn
	Contradictions []contradictionView
	Parties        []string // the columns of the contradiction table
	Estimates      []parallax.Estimate
	Articles       []parallax.ArticleInfo
	Omitted        int // articles beyond api.MaxIncidentArticles, not read
	Places         []parallax.Place
	Map            template.HTML
}

func (a *App) incident(w http.ResponseWriter, r *http.Request) {
	id, err := api.PathID(r)
	if err != nil {
		a.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	inc, docs, err := api.LoadIncident(r.Context(), a.cfg.Store, id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	det := api.Detail(inc, docs)
	data := incidentData{Title: "Incident " + dayRange(inc.Date), Incident: *inc, Date: dayRange(inc.Date),
		Estimates: inc.Estimates, Articles: det.Articles, Omitted: det.OmittedArticles}
	claimHref := map[string]string{}
	outlet := map[string]string{}
	for _, ar := range det.Articles {
		outlet[ar.ID] = ar.Outlet
	}
	cols := map[string]*sideColumn{}
	for _, s := range inc.Sides {
		cols[s] = &sideColumn{Side: s, Name: a.sides.Name(s)}
	}
	for _, c := range det.Claims {
		href := "/articles/" + url.PathEscape(c.Article) + "#" + url.PathEscape(c.ID)
		claimHref[c.ID] = href
		side := c.Speaker.Side
		col, ok := cols[side]
		if !ok {
			if side == "" {
				col = &sideColumn{Side: "", Name: "Others and unattributed"}
			} else {
				col = &sideColumn{Side: side, Name: a.sides.Name(side)}
			}
			cols[side] = col
		}
		who := c.Speaker.Actor
		if who == "" {
			who = c.Speaker.Text
		}
		col.Claims = append(col.Claims, claimView{ID: c.ID, Href: href, Speaker: who, Cue: c.Cue.Text, Stance: c.Stance,
			Text: claimText(docs, c), Sentence: c.Sentence, Outlet: outlet[c.Article]})
	}
	// Columns: the incident's sides first, in its order, then other
	// sides, then the unattributed.
	order := append([]string(nil), inc.Sides...)
	var extra []string
	for s := range cols {
		if !slices.Contains(inc.Sides, s) && s != "" {
			extra = append(extra, s)
		}
	}
	sort.Strings(extra)
	order = append(order, extra...)
	if _, ok := cols[""]; ok {
		order = append(order, "")
	}
	for _, s := range order {
		data.Columns = append(data.Columns, *cols[s])
	}
	// One column per party that appears in any contradiction.
	inTable := map[string]bool{}
	for _, c := range inc.Contradictions {
		for _, v := range c.Values {
			inTable[v.Side] = true
		}
		for _, s := range c.Between {
			inTable[s] = true
		}
	}
	for _, s := range order {
		if inTable[s] {
			data.Parties = append(data.Parties, s)
			delete(inTable, s)
		}
	}
	data.Parties = append(data.Parties, api.Sorted(inTable)...)
	for _, c := range inc.Contradictions {
		v := contradictionView{Kind: strings.ReplaceAll(c.Kind, "_", " "), What: contradictionWhat(c)}
		for _, side := range data.Parties {
			cell := cellView{Side: side}
			var vals []string
			n := 0
			for _, val := range c.Values {
				if val.Side != side {
					continue
				}
				vals = append(vals, valueText(c.Kind, val.Value))
				for _, cid := range val.Claims {
					h, ok := claimHref[cid]
					if !ok {
						continue
					}
					if cell.Href == "" {
						cell.Href = h
					} else {
						n++
						cell.More = append(cell.More, linkView{h, fmt.Sprint(n + 1)})
					}
				}
			}
			cell.Value = strings.Join(vals, ", ")
			v.Cells = append(v.Cells, cell)
		}
		data.Contradictions = append(data.Contradictions, v)
	}
	data.Places = dedupPlaces(det.Places)
	var markers []Marker
	for _, p := range data.Places {
		markers = append(markers, Marker{Label: p.Name, Lat: p.Lat, Lon: p.Lon,
			Href: "/articles/" + url.PathEscape(p.Article) + "#" + url.PathEscape(p.ID)})
	}
	data.Map = a.cfg.World.SVG("Map of the incident's places: "+placeList(data.Places), markers)
	a.render(w, r, "incident", http.StatusOK, data)
}

// claimText is what a claim says: its span of the article text.
func claimText(docs []*parallax.Document, c parallax.Claim) string {
	for _, d := range docs {
		if d.Article.ID == c.Article && 0 <= c.Start && c.Start < c.End && c.End <= len(d.Text) {
			return parallax.NormalizeSpace(d.Text[c.Start:c.End])
		}
	}
	return c.Sentence
}

func dedupPlaces(ps []parallax.Place) []parallax.Place {
	seen := map[string]bool{}
	var out []parallax.Place
	for _, p := range ps {
		key := fmt.Sprint(p.GeonameID, p.Name)
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b parallax.Place) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

func placeList(ps []parallax.Place) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

func contradictionWhat(c parallax.Contradiction) string {
	switch c.Kind {
	case "count":
		s := c.Item
		if c.Owner != "" {
			s += " (" + c.Owner + "'s)"
		}
		return s
	case "initiator":
		return "who started it"
	case "civilian_targeting":
		return "were civilians targeted?"
	case "denial":
		return strings.TrimSpace(c.Item + " claim and denial")
	}
	return c.Item
}

func valueText(kind string, v any) string {
	switch x := v.(type) {
	case nil:
		return "unspecified"
	case bool:
		if kind == "civilian_targeting" {
			if x {
				return "yes"
			}
			return "no"
		}
		if x {
			return "asserts"
		}
		return "denies"
	case float64:
		return fmt.Sprint(x)
	case int:
		return fmt.Sprint(x)
	case string:
		if kind == "initiator" {
			return x + " started it"
		}
		return x
	}
	return fmt.Sprint(v)
}

type articlesData struct {
	Title    string
	Articles []parallax.ArticleInfo
	Total    int
	Prev     string
	Next     string
	Error    string
}

func (a *App) articles(w http.ResponseWriter, r *http.Request) {
	p, err := api.ParsePage(r.URL.Query())
	if err != nil {
		a.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	list, total, err := a.cfg.Store.Articles(r.Context(), p)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	off, lim := p.Window()
	data := articlesData{Title: "Articles", Articles: list, Total: total}
	if off > 0 {
		data.Prev = fmt.Sprintf("/articles?offset=%d&limit=%d", max(0, off-lim), lim)
	}
	if off+len(list) < total {
		data.Next = fmt.Sprintf("/articles?offset=%d&limit=%d", off+lim, lim)
	}
	a.render(w, r, "articles", http.StatusOK, data)
}

type articleData struct {
	Title    string
	Article  parallax.Article
	Text     template.HTML
	Claims   []claimView
	Counts   []parallax.Count
	Places   []parallax.Place
	Entities int
	Map      template.HTML
}

func (a *App) article(w http.ResponseWriter, r *http.Request) {
	id, err := api.PathID(r)
	if err != nil {
		a.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, err := a.cfg.Store.Document(r.Context(), id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	title := d.Article.Title
	if title == "" {
		title = "Article " + d.Article.ID
	}
	data := articleData{Title: title, Article: d.Article, Text: Highlight(d), Counts: d.Counts, Entities: len(d.Entities)}
	for _, c := range d.Claims {
		who := c.Speaker.Actor
		if who == "" {
			who = c.Speaker.Text
		}
		data.Claims = append(data.Claims, claimView{ID: c.ID, Href: "#" + url.PathEscape(c.ID), Speaker: who,
			Cue: c.Cue.Text, Stance: c.Stance, Text: claimText([]*parallax.Document{d}, c)})
	}
	data.Places = dedupPlaces(d.Places)
	var markers []Marker
	for _, p := range data.Places {
		markers = append(markers, Marker{Label: p.Name, Lat: p.Lat, Lon: p.Lon, Href: "#" + url.PathEscape(p.ID)})
	}
	data.Map = a.cfg.World.SVG("Map of the places the article names: "+placeList(data.Places), markers)
	a.render(w, r, "article", http.StatusOK, data)
}

// Timeline draws incidents on a time axis as an SVG: one dot per
// incident, linked to its page, with its date and places as a tooltip.
func Timeline(list []parallax.Incident) template.HTML {
	type point struct {
		t    time.Time
		inc  parallax.Incident
		lane int
	}
	var pts []point
	for _, inc := range list {
		t, err := time.Parse(time.DateOnly, inc.Date.Start)
		if err != nil {
			continue
		}
		pts = append(pts, point{t: t, inc: inc})
	}
	if len(pts) == 0 {
		return ""
	}
	slices.SortFunc(pts, func(a, b point) int { return a.t.Compare(b.t) })
	lo, hi := pts[0].t, pts[len(pts)-1].t
	if !hi.After(lo) {
		lo, hi = lo.AddDate(0, 0, -15), hi.AddDate(0, 0, 15)
	}
	const w, left, right, laneH = 640.0, 20.0, 20.0, 14.0
	x := func(t time.Time) float64 {
		return left + (w-left-right)*float64(t.Sub(lo))/float64(hi.Sub(lo))
	}
	// Stack dots that would overlap into lanes.
	lastX := map[int]float64{}
	lanes := 1
	for i := range pts {
		px := x(pts[i].t)
		l := 0
		// At most maxLanes: a busy week overlaps in the top lane instead
		// of growing the figure without bound.
		const maxLanes = 8
		for l < maxLanes-1 {
			if lx, ok := lastX[l]; !ok || px-lx >= 12 {
				break
			}
			l++
		}
		lastX[l], pts[i].lane = px, l
		lanes = max(lanes, l+1)
	}
	h := 40 + float64(lanes)*laneH
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="timeline" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">`, w, h)
	fmt.Fprintf(&sb, `<title id="timeline-title">Timeline of the %d incidents listed, %s to %s</title>`, len(pts), pts[0].t.Format(time.DateOnly), pts[len(pts)-1].t.Format(time.DateOnly))
	axisY := h - 22
	fmt.Fprintf(&sb, `<line class="axis" x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f"/>`, left, axisY, w-right, axisY)
	fmt.Fprintf(&sb, `<text class="tick" x="%.0f" y="%.1f">%s</text>`, left, h-6, lo.Format("2006-01-02"))
	fmt.Fprintf(&sb, `<text class="tick end" x="%.0f" y="%.1f">%s</text>`, w-right, h-6, hi.Format("2006-01-02"))
	for _, p := range pts {
		cy := axisY - 10 - float64(p.lane)*laneH
		sb.WriteString(`<a href="/incidents/`)
		template.HTMLEscape(&sb, []byte(url.PathEscape(p.inc.ID)))
		class := "dot"
		if p.inc.OneSided {
			class += " one-sided"
		}
		fmt.Fprintf(&sb, `"><circle class="%s" cx="%.1f" cy="%.1f" r="5"><title>`, class, x(p.t), cy)
		template.HTMLEscape(&sb, []byte(dayRange(p.inc.Date)+": "+strings.Join(p.inc.Sides, ", ")))
		sb.WriteString(`</title></circle></a>`)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
