package fuse

import (
	"math"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPartyShares: a party's share is how often it is named among the
// segment's party mentions; empty sides are not parties.
func TestPartyShares(t *testing.T) {
	sides, w := partyShares([]string{"SDN", "RSF", "", "RSF", "SDN", "RSF", "UNO"})
	want := map[string]float32{"RSF": 0.5, "SDN": 1.0 / 3, "UNO": 1.0 / 6}
	if len(sides) != 3 || len(w) != 3 {
		t.Fatalf("got %v %v", sides, w)
	}
	for i, s := range sides {
		if math.Abs(float64(w[i]-want[s])) > 1e-6 {
			t.Errorf("%s: share %v, want %v", s, w[i], want[s])
		}
	}
	if s, w := partyShares([]string{"", ""}); s != nil || w != nil {
		t.Errorf("no parties: got %v %v", s, w)
	}
}

// TestPartyOverlap: two reports that name the same protagonists most agree
// whatever a third party named once in an aside, where the Jaccard of the
// party sets halves; reports of different parties do not agree.
func TestPartyOverlap(t *testing.T) {
	share := func(xs ...string) ([]string, []float32) { return partyShares(xs) }
	tests := []struct {
		name     string
		a, b     []string
		min, max float64
	}{
		{"same protagonists, one aside", []string{"BFA", "BFA", "JNIM", "JNIM", "BFA", "MLI", "FRA"}, []string{"JNIM", "BFA", "JNIM"}, 0.6, 1},
		{"identical", []string{"ARM", "AZE"}, []string{"AZE", "ARM"}, 0.999, 1.001},
		{"disjoint", []string{"ARM", "AZE"}, []string{"RUS", "UKR"}, 0, 0},
		{"one shared minor party", []string{"USA", "USA", "USA", "CHN"}, []string{"CHN", "IRN", "IRN", "IRN"}, 0.24, 0.26},
	}
	for _, tc := range tests {
		as, aw := share(tc.a...)
		bs, bw := share(tc.b...)
		got := partyOverlap(as, aw, bs, bw)
		if got < tc.min || got > tc.max {
			t.Errorf("%s: overlap %.3f, want %.2f..%.2f (Jaccard %.2f)", tc.name, got, tc.min, tc.max, jaccardStrings(as, bs))
		}
	}
	// An incident sums its members' shares; the overlap normalises them.
	as, aw := share("RUS", "UKR")
	bs, bw := share("UKR", "UKR", "RUS", "USA")
	ms, mw := mergeParties(as, aw, bs, bw)
	if len(ms) != 3 || ms[0] != "RUS" || ms[1] != "UKR" || ms[2] != "USA" || mw[1] != 1 {
		t.Fatalf("merged %v %v", ms, mw)
	}
	if got := partyOverlap(ms, mw, as, aw); got < 0.87 || got > 0.88 {
		t.Errorf("overlap with the merged incident %.3f, want 0.875", got)
	}
}

// TestDatelinePlace: the place that opens a wire dateline is found in the
// styles of several agencies; a place that opens an ordinary sentence is
// not a dateline.
func TestDatelinePlace(t *testing.T) {
	tests := []struct {
		text, place string
		want        bool
	}{
		{"KHARKIV, April 5 (Reuters) - A missile struck a block of flats.", "KHARKIV", true},
		{"QUETTA: Militants attacked a bus on the highway.", "QUETTA", true},
		{"GAZA CITY (AP) — Strikes hit a school.", "GAZA CITY", true},
		// State agencies close a dateline with a full stop after the date
		// or their name (APA, TASS, Armenpress).
		{"BAKU, March 30. Positions came under fire.", "BAKU", true},
		{"MOSCOW, October 18. /TASS/. Russian forces struck a depot.", "MOSCOW", true},
		{"YEREVAN, NOVEMBER 16, ARMENPRESS. Azerbaijani troops opened fire.", "YEREVAN", true},
		{"Goma, 30 km from the border. The rebels advanced.", "Goma", false},
		{"Kabul. The talks resumed on 3 May.", "Kabul", false},
		{"Mogadishu – Gunmen stormed a hotel.", "Mogadishu", true},
		{"Khartoum was shelled again on Sunday - residents fled.", "Khartoum", false},
		{"The army said Goma had fallen - officials denied it.", "Goma", false},
	}
	for _, tc := range tests {
		i := indexOf(tc.text, tc.place)
		doc := &parallax.Document{Text: tc.text, Places: []parallax.Place{{ID: "p1", Start: i, End: i + len(tc.place), Text: tc.place}}}
		if i, _ := datelinePlace(doc); (i == 0) != tc.want {
			got := i == 0
			t.Errorf("%q: dateline %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestIsFine: towns and sites are measured; countries, divisions, and
// the seas, gulfs, oceans and rivers named beside the towns on their
// shores are not.
func TestIsFine(t *testing.T) {
	for f, want := range map[string]bool{
		"P.PPL": true, "P.PPLC": true, "S.AIRP": true, "H.STRT": true, "H.LK": true, "L.CONT": true,
		"A.PCLI": false, "A.ADM1": false, "A.ADMD": false, "H.SEA": false, "H.OCN": false, "H.GULF": false, "H.STM": false,
	} {
		if got := isFine(f); got != want {
			t.Errorf("isFine(%s) = %v, want %v", f, got, want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestPlaceAgreementRamp: places of one incident are next to each other;
// towns two or three hours apart argue against one incident.
func TestPlaceAgreementRamp(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	el := point{13.63, 25.35} // a town
	tests := []struct {
		name     string
		b        point
		min, max float64
	}{
		{"same town", point{13.64, 25.36}, 1, 1},
		{"20 km away", point{13.45, 25.35}, 1, 1},
		{"about 110 km away", point{12.64, 25.35}, 0.4, 0.6},
		{"about 190 km away", point{11.92, 25.35}, -0.2, -0.05},
		{"about 600 km away", point{8.23, 25.35}, -1, -1},
	}
	for _, tc := range tests {
		got := ix.placeAgreement([]fpoint{{el, 2, pointFine}}, nil, []fpoint{{tc.b, 4, pointFine}}, nil)
		if got < tc.min || got > tc.max {
			t.Errorf("%s (%.0f km): agreement %.2f, want %.2f..%.2f", tc.name, km(el, tc.b), got, tc.min, tc.max)
		}
	}
}

// TestPlaceAgreementNamesAndDatelines: a town named by both reports agrees
// wherever the gazetteer put it; a dateline's town cancels disagreement
// but makes no agreement.
func TestPlaceAgreementNamesAndDatelines(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	ohio := point{40.74, -84.11}
	peru := point{-12.05, -77.04}
	toronto := point{43.65, -79.38}
	halifax := point{44.65, -63.57}
	halifax2 := point{44.88, -63.51} // its airport, 26 km away
	lima, tor, hal := placeKey("Lima", ""), placeKey("", "Toronto"), placeKey("Halifax", "")
	tests := []struct {
		name string
		a, b []fpoint
		ac   []string
		bc   []string
		want float64
	}{
		{"one name, two places", []fpoint{{ohio, lima, pointFine}}, []fpoint{{peru, placeKey("LIMA", ""), pointFine}}, nil, nil, 1},
		{"two names, far apart", []fpoint{{ohio, lima, pointFine}}, []fpoint{{toronto, tor, pointFine}}, nil, nil, -1},
		{"dateline at the other's town", []fpoint{{halifax, hal, pointDateline}, {toronto, tor, pointFine}}, []fpoint{{halifax2, placeKey("Stanfield", ""), pointFine}}, nil, nil, 0},
		{"dateline named by the other", []fpoint{{halifax, hal, pointDateline}, {toronto, tor, pointFine}}, []fpoint{{peru, hal, pointFine}}, nil, nil, 0},
		{"dateline far from the other", []fpoint{{halifax, hal, pointDateline}, {toronto, tor, pointFine}}, []fpoint{{ohio, lima, pointFine}}, nil, nil, -1},
		{"dateline alone makes no agreement", []fpoint{{halifax, hal, pointDateline}}, []fpoint{{halifax2, placeKey("Stanfield", ""), pointFine}}, nil, nil, 0},
		{"two datelines say nothing", []fpoint{{halifax, hal, pointDateline}}, []fpoint{{halifax, hal, pointDateline}}, []string{"CA"}, []string{"US"}, -0.3},
		{"dateline cancels the countries' disagreement", []fpoint{{halifax, hal, pointDateline}}, []fpoint{{halifax2, 8, pointFine}}, []string{"US"}, []string{"CA"}, 0},
		// A region's name that the other report gives a town ("Saratov"
		// as the oblast in one reading, the city in the other) cancels
		// the disagreement of the reports' other towns; it makes no
		// agreement, and two regions' names, or a region's name and
		// another town, say nothing.
		{"region's name is the other's town", []fpoint{{ohio, lima, pointFine}, {peru, placeKey("", "Halifax"), pointName}}, []fpoint{{halifax, hal, pointFine}}, nil, nil, 0},
		{"region's name alone makes no agreement", []fpoint{{peru, placeKey("", "Halifax"), pointName}}, []fpoint{{halifax, hal, pointFine}}, []string{"CA"}, []string{"CA"}, 0.3},
		{"two regions' names say nothing", []fpoint{{ohio, lima, pointFine}, {peru, tor, pointName}}, []fpoint{{toronto, placeKey("Stanfield", ""), pointFine}, {peru, tor, pointName}}, nil, nil, -1},
		{"region's name near the other's town says nothing", []fpoint{{ohio, lima, pointFine}, {halifax, placeKey("", "Nova Scotia"), pointName}}, []fpoint{{halifax2, hal, pointFine}}, nil, nil, -1},
	}
	for _, tc := range tests {
		got := ix.placeAgreement(tc.a, tc.ac, tc.b, tc.bc)
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: agreement %.2f, want %.2f", tc.name, got, tc.want)
		}
		if back := ix.placeAgreement(tc.b, tc.bc, tc.a, tc.ac); back != got {
			t.Errorf("%s: not symmetric: %.2f and %.2f", tc.name, got, back)
		}
	}
}
