package quantity

import (
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestGoldenSeeds runs the stage on the seed articles as they come, with no
// claims or entities: owners from modifiers and coordination only.
func TestGoldenSeeds(t *testing.T) {
	s := loadStage(t)
	type row struct {
		Article string `json:"article"`
		Text    string `json:"text"`
		parallax.Count
	}
	var rows []row
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		when.New().Process(doc)
		s.Process(doc)
		for _, c := range doc.Counts {
			rows = append(rows, row{a.ID, doc.Text[c.Start:c.End], c})
		}
	}
	testutil.GoldenJSON(t, "seeds.json", rows)
}

func FuzzQuantity(f *testing.F) {
	s := loadStage(f)
	f.Add("Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks.", 0, 20)
	f.Add("between 10 and 15 drones, a dozen, dozens of soldiers were killed; 1,200 injured", 5, 40)
	f.Add("the death of an", 0, 3)
	f.Add("Abu Omar, a leader of ISIS, said: he was killed and was hanged; the death toll rose to 45.", 0, 8)
	f.Add("The minister said:\n\nTaliban commander Abu X, 31, of Y, died of wounds. Three of them were killed", 4, 12)
	f.Add("Among the dead were 4 nurses and a 62-year-old man. Five of the wounded later died; another wounded. Losses have reached", 0, 30)
	f.Add("bringing the number of soldiers killed to 410; killed \"hundreds\" of 30 Taliban, 718 of the drones Russia launched", 10, 60)
	f.Add("The enemy's losses:\n\npersonnel — about 1,130 (+1,130) persons;\ntanks – 5 (+", 0, 10)
	f.Add("Losses are: tanks - 3 (+ 1), MLRS — 2 (+0) and They left 20 bodies, of which", 2, 30)
	f.Fuzz(func(t *testing.T, text string, cs, ce int) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Text: text}
		if cs >= 0 && ce <= len(text) && cs < ce {
			doc.Claims = []parallax.Claim{{ID: "c1", Start: cs, End: ce, Speaker: parallax.Speaker{Side: "ARM"},
				Cue: parallax.Cue{Start: cs, End: min(ce, cs+4)}}}
			// the same words as a person, for the counts of one person
			doc.Entities = []parallax.Entity{{Start: cs, End: ce, Kind: parallax.KindPerson, Actor: "X"}}
			doc.Places = []parallax.Place{{Start: cs, End: ce, Country: "AM"}}
		}
		when.New().Process(doc)
		s.Process(doc)
		for _, c := range doc.Counts {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("span %d..%d outside text of %d bytes", c.Start, c.End, len(text))
			}
			if c.Item == "" || c.Outcome == "" || c.ID == "" {
				t.Fatalf("incomplete count %+v", c)
			}
			if c.NMax != nil && (c.N == nil || *c.NMax <= *c.N) {
				t.Fatalf("bad range %+v", c)
			}
		}
	})
}

func BenchmarkQuantity(b *testing.B) {
	s := loadStage(b)
	seeds := testutil.Seeds(b)
	docs := make([]*parallax.Document, len(seeds))
	for i, a := range seeds {
		docs[i] = &parallax.Document{Article: a, Text: a.Body}
		when.New().Process(docs[i])
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			s.Process(d)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}
