package fuse

import (
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
)

// referencePoint reports whether place p of doc is named only as the
// point another place of its sentence is measured from: "Ostra, about
// 300 km north of the capital, Dallin", "the town, which lies about 20
// kilometres south of Varno", "Kelm, an industrial city about 100 km
// southwest of Tarsk". The report's story is at the place it locates; the
// reference is a landmark the reader knows (a capital, the region's main
// city), where a sister happening of the same day may well be, and
// naming it ties the report to that happening's incident. A distance
// with no place before it in its sentence locates the happening itself
// ("The quake was centred 30 km south of Dallin"): its reference is
// the story's place.
func referencePoint(doc *parallax.Document, p int) bool {
	pl := &doc.Places[p]
	sent := sentenceSpan(doc, pl.Start)
	if pl.Start <= sent.Start || pl.Start > len(doc.Text) {
		return false
	}
	fields := strings.Fields(doc.Text[sent.Start:pl.Start])
	k := len(fields) - 1
	if k >= 0 && strings.EqualFold(fields[k], "the") {
		k--
	}
	// "of the city of Varno", "from the town of".
	if k >= 2 && fields[k] == "of" && placeAfter[strings.ToLower(fields[k-1])] && fields[k-2] == "the" {
		k -= 3
	}
	if k < 0 || fields[k] != "of" && fields[k] != "from" {
		return false
	}
	k--
	// Directions: "north", "north-west", "to the south".
	for n := 0; k >= 0 && n < 3 && (compassWords[strings.ToLower(fields[k])] || fields[k] == "to" || fields[k] == "the"); n++ {
		k--
	}
	if k < 1 || !distanceUnits[strings.ToLower(fields[k])] || !startsWithDigit(fields[k-1]) {
		return false
	}
	// The number's offset: another place must be named before it.
	numAt := sent.Start + strings.Index(doc.Text[sent.Start:pl.Start], fields[k-1]+" "+fields[k])
	for q := range doc.Places {
		o := &doc.Places[q]
		if q != p && o.Start >= sent.Start && o.End <= numAt && !(o.Name != "" && o.Name == pl.Name) {
			return true
		}
	}
	return false
}

// compassWords are the directions a distance takes ("340 km north of").
var compassWords = wordSet(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west
	northern southern eastern western`)

// distanceUnits are the units a distance is given in.
var distanceUnits = wordSet(`km kilometres kilometers kilometre kilometer miles mile mi`)

func startsWithDigit(s string) bool {
	for _, r := range s {
		return unicode.IsDigit(r)
	}
	return false
}
