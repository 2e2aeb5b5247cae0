package fuse

import (
	"math"
	"strings"
	"time"
)

// point is a place's coordinates in degrees.
type point struct{ Lat, Lon float64 }

// fpoint is a place of a segment or an incident: its point, the hash of
// its name (placeKey), and its kind: a fine place, a dateline's (the
// bureau's town, which may or may not be where the story happens), or a
// region's name.
type fpoint struct {
	point
	key  uint32
	kind uint8
}

// Kinds of fpoint: a fine place of the story; a dateline's town; the name
// of a region or district (not a country) as the text writes it, which
// says nothing by its point but may be the town another report names
// ("Saratov" read as the oblast in one report and the city in the other);
// or a named site the gazetteer does not hold (a district, a beach, a
// valley, a base: "the Ojodu district", "the Halane compound"), which has
// no point and agrees only with a place of the same name.
const (
	pointFine uint8 = iota
	pointDateline
	pointName
	pointSite
)

// placeKey hashes a place's lower-cased gazetteer name (else its text):
// two reports that name the same town agree on it even when the gazetteer
// resolved the name to two places ("Lima" in Ohio and in Peru, a report
// giving no state).
func placeKey(name, text string) uint32 {
	if name == "" {
		name = text
	}
	b := make([]byte, 0, 32)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return uint32(hashBytes(b))>>2 | 1 // 30 bits (cold.go packs the kind beside it), never 0
}

// km is the great-circle (haversine) distance between two points.
func km(a, b point) float64 {
	const p = math.Pi / 180
	h := math.Pow(math.Sin((b.Lat-a.Lat)*p/2), 2) +
		math.Cos(a.Lat*p)*math.Cos(b.Lat*p)*math.Pow(math.Sin((b.Lon-a.Lon)*p/2), 2)
	return 12742 * math.Asin(math.Sqrt(min(1, h)))
}

// isFine reports whether a gazetteer feature code names a place precise
// enough to measure distances to (a town, a site), as opposed to a country
// or an administrative region, whose coordinates are a centroid. Seas,
// gulfs, oceans and rivers are named with the shores and banks they touch,
// hundreds of kilometres from their points: "the Red Sea" in a report of
// strikes on Sanaa is 800 km from the city by its point, though the strikes
// answer attacks off Yemen's coast. (A continent is no better measured,
// but it names where a story is not: "Europe" in a report of tariffs on
// European wine and Toronto in one on Canadian steel.)
func isFine(feature string) bool {
	if strings.HasPrefix(feature, "A.") {
		return false
	}
	switch feature {
	case "H.OCN", "H.SEA", "H.GULF", "H.STM":
		return false
	}
	return true
}

// isCountry reports whether a feature code is a country's (a state, a
// dependency, a territory): too broad even for its name to say where a
// story happens.
func isCountry(feature string) bool { return strings.HasPrefix(feature, "A.PCL") }

// noDay marks an unknown date.
const noDay = math.MinInt32

// dayNumber converts YYYY-MM-DD (or a longer timestamp starting with it) to
// days since 1970-01-01; ok is false when s is not a date.
func dayNumber(s string) (int32, bool) {
	if len(s) < 10 {
		return noDay, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return noDay, false
	}
	return int32(t.Unix() / 86400), true
}

// dayString is the inverse of dayNumber; "" for noDay.
func dayString(d int32) string {
	if d == noDay {
		return ""
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}
