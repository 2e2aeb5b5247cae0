package web

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
)

// countries50m is Natural Earth 1:50m Admin-0 countries as TopoJSON
// (world-atlas packaging; sources and licences in NOTICE).
//
//go:embed geodata/countries-50m.json.gz
var countries50m []byte

// World holds country outlines in lon/lat degrees, decoded once.
type World struct {
	Countries []Country
}

// Country is one country's rings with their bounding box.
type Country struct {
	Name  string
	Rings [][][2]float64 // lon, lat
	Boxes []box          // each ring's bounding box
	Box   box
}

type box struct{ MinLon, MinLat, MaxLon, MaxLat float64 }

func (b box) intersects(o box) bool {
	return b.MinLon <= o.MaxLon && o.MinLon <= b.MaxLon && b.MinLat <= o.MaxLat && o.MinLat <= b.MaxLat
}

// LoadWorld decodes the embedded TopoJSON.
func LoadWorld() (*World, error) {
	zr, err := gzip.NewReader(bytes.NewReader(countries50m))
	if err != nil {
		return nil, fmt.Errorf("country outlines: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("country outlines: %w", err)
	}
	return decodeTopoJSON(raw)
}

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			Arcs       json.RawMessage `json:"arcs"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// decodeTopoJSON turns quantized, delta-encoded arcs into absolute
// coordinates, then each polygon ring into the concatenation of its arcs
// (a negative index ~i is arc i reversed), per the TopoJSON specification.
func decodeTopoJSON(raw []byte) (*World, error) {
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, fmt.Errorf("country outlines: %w", err)
	}
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, p := range a {
			x, y = x+p[0], y+p[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) ([][2]float64, error) {
		var out [][2]float64
		for _, k := range idx {
			rev := k < 0
			if rev {
				k = ^k
			}
			if k >= len(arcs) {
				return nil, fmt.Errorf("country outlines: arc %d of %d", k, len(arcs))
			}
			a := arcs[k]
			for j := range a {
				p := a[j]
				if rev {
					p = a[len(a)-1-j]
				}
				// Consecutive arcs share their end points.
				if j == 0 && len(out) > 0 {
					continue
				}
				out = append(out, p)
			}
		}
		return out, nil
	}
	w := &World{}
	for _, g := range t.Objects["countries"].Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("country outlines: %s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("country outlines: %s: %w", g.Properties.Name, err)
			}
		default:
			continue
		}
		c := Country{Name: g.Properties.Name, Box: box{180, 90, -180, -90}}
		for _, p := range polys {
			for _, idx := range p {
				r, err := ring(idx)
				if err != nil {
					return nil, err
				}
				rb := box{180, 90, -180, -90}
				for _, pt := range r {
					rb.MinLon, rb.MaxLon = min(rb.MinLon, pt[0]), max(rb.MaxLon, pt[0])
					rb.MinLat, rb.MaxLat = min(rb.MinLat, pt[1]), max(rb.MaxLat, pt[1])
				}
				c.Box.MinLon, c.Box.MaxLon = min(c.Box.MinLon, rb.MinLon), max(c.Box.MaxLon, rb.MaxLon)
				c.Box.MinLat, c.Box.MaxLat = min(c.Box.MinLat, rb.MinLat), max(c.Box.MaxLat, rb.MaxLat)
				c.Rings = append(c.Rings, r)
				c.Boxes = append(c.Boxes, rb)
			}
		}
		w.Countries = append(w.Countries, c)
	}
	return w, nil
}

// Marker is one place to show on a map.
type Marker struct {
	Label    string
	Lat, Lon float64
	Href     string // where the marker links to; "" for none
}

// Map sizes, in SVG user units.
const (
	mapWidth  = 640
	mapMargin = 1.5 // degrees around the markers
	mapMinDeg = 4.0 // the smallest span shown, so one town still shows its region
)

// SVG draws the countries around markers as an inline SVG: an
// equirectangular projection scaled by the cosine of the middle latitude
// (so shapes are not stretched at the view's latitude), cropped to the
// markers' bounding box with a margin. No script is needed to read it.
func (w *World) SVG(title string, markers []Marker) template.HTML {
	if len(markers) == 0 {
		return ""
	}
	b := box{180, 90, -180, -90}
	for _, m := range markers {
		b.MinLon, b.MaxLon = min(b.MinLon, m.Lon), max(b.MaxLon, m.Lon)
		b.MinLat, b.MaxLat = min(b.MinLat, m.Lat), max(b.MaxLat, m.Lat)
	}
	grow := func(lo, hi float64) (float64, float64) {
		lo, hi = lo-mapMargin, hi+mapMargin
		if hi-lo < mapMinDeg {
			mid := (lo + hi) / 2
			lo, hi = mid-mapMinDeg/2, mid+mapMinDeg/2
		}
		return lo, hi
	}
	b.MinLon, b.MaxLon = grow(b.MinLon, b.MaxLon)
	b.MinLat, b.MaxLat = grow(b.MinLat, b.MaxLat)
	b.MinLat, b.MaxLat = max(b.MinLat, -89), min(b.MaxLat, 89)
	kx := math.Cos((b.MinLat + b.MaxLat) / 2 * math.Pi / 180)
	spanX, spanY := (b.MaxLon-b.MinLon)*kx, b.MaxLat-b.MinLat
	scale := mapWidth / spanX
	height := spanY * scale
	if height > mapWidth {
		// A tall view: fit the height instead and keep the width.
		scale = mapWidth / spanY
		height = mapWidth
	}
	width := spanX * scale
	px := func(lon, lat float64) (float64, float64) {
		return (lon - b.MinLon) * kx * scale, (b.MaxLat - lat) * scale
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="map" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">`, width, height)
	sb.WriteString(`<title id="map-title">`)
	template.HTMLEscape(&sb, []byte(title))
	sb.WriteString(`</title><rect class="sea" width="100%" height="100%"/>`)
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
	// Clip outlines a little beyond the view, so borders run off the edge.
	pad := (b.MaxLon - b.MinLon) * 0.05
	clip := box{b.MinLon - pad, b.MinLat - pad, b.MaxLon + pad, b.MaxLat + pad}
	for _, c := range w.Countries {
		if !c.Box.intersects(b) {
			continue
		}
		var d strings.Builder
		for i, r := range c.Rings {
			rb := c.Boxes[i]
			if !rb.intersects(clip) {
				continue // an island out of view
			}
			if !(clip.MinLon <= rb.MinLon && rb.MaxLon <= clip.MaxLon && clip.MinLat <= rb.MinLat && rb.MaxLat <= clip.MaxLat) {
				r = clipRing(r, clip)
			}
			lastX, lastY := math.NaN(), math.NaN()
			n := 0
			for _, p := range r {
				x, y := px(p[0], p[1])
				sx, sy := num(x), num(y)
				// Points that round to the previous one add bytes, not shape.
				if n > 0 && sx == num(lastX) && sy == num(lastY) {
					continue
				}
				if n == 0 {
					d.WriteString("M")
				} else {
					d.WriteString("L")
				}
				d.WriteString(sx)
				d.WriteByte(',')
				d.WriteString(sy)
				lastX, lastY = x, y
				n++
			}
			if n > 0 {
				d.WriteString("Z")
			}
		}
		if d.Len() == 0 {
			continue
		}
		sb.WriteString(`<path class="land" d="`)
		sb.WriteString(d.String())
		sb.WriteString(`"><title>`)
		template.HTMLEscape(&sb, []byte(c.Name))
		sb.WriteString(`</title></path>`)
	}
	for _, m := range markers {
		x, y := px(m.Lon, m.Lat)
		if m.Href != "" {
			sb.WriteString(`<a href="`)
			template.HTMLEscape(&sb, []byte(m.Href))
			sb.WriteString(`">`)
		}
		fmt.Fprintf(&sb, `<circle class="marker" cx="%s" cy="%s" r="6"><title>`, num(x), num(y))
		template.HTMLEscape(&sb, []byte(m.Label))
		fmt.Fprintf(&sb, `</title></circle><text class="marker-label" x="%s" y="%s">`, num(x+9), num(y+4))
		template.HTMLEscape(&sb, []byte(m.Label))
		sb.WriteString(`</text>`)
		if m.Href != "" {
			sb.WriteString(`</a>`)
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// clipRing clips a polygon ring to a box (Sutherland–Hodgman, one edge of
// the box at a time), so a country far larger than the view (Russia on a
// map of the Caucasus) costs only the points near it.
func clipRing(r [][2]float64, b box) [][2]float64 {
	type edge struct {
		inside func(p [2]float64) bool
		cross  func(p, q [2]float64) [2]float64
	}
	atLon := func(p, q [2]float64, lon float64) [2]float64 {
		t := (lon - p[0]) / (q[0] - p[0])
		return [2]float64{lon, p[1] + t*(q[1]-p[1])}
	}
	atLat := func(p, q [2]float64, lat float64) [2]float64 {
		t := (lat - p[1]) / (q[1] - p[1])
		return [2]float64{p[0] + t*(q[0]-p[0]), lat}
	}
	edges := []edge{
		{func(p [2]float64) bool { return p[0] >= b.MinLon }, func(p, q [2]float64) [2]float64 { return atLon(p, q, b.MinLon) }},
		{func(p [2]float64) bool { return p[0] <= b.MaxLon }, func(p, q [2]float64) [2]float64 { return atLon(p, q, b.MaxLon) }},
		{func(p [2]float64) bool { return p[1] >= b.MinLat }, func(p, q [2]float64) [2]float64 { return atLat(p, q, b.MinLat) }},
		{func(p [2]float64) bool { return p[1] <= b.MaxLat }, func(p, q [2]float64) [2]float64 { return atLat(p, q, b.MaxLat) }},
	}
	out := r
	for _, e := range edges {
		if len(out) == 0 {
			return nil
		}
		in := out
		out = make([][2]float64, 0, len(in))
		prev := in[len(in)-1]
		for _, cur := range in {
			switch {
			case e.inside(cur) && e.inside(prev):
				out = append(out, cur)
			case e.inside(cur):
				out = append(out, e.cross(prev, cur), cur)
			case e.inside(prev):
				out = append(out, e.cross(prev, cur))
			}
			prev = cur
		}
	}
	return out
}
