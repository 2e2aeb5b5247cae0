package actor

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// FuzzProcess: on any UTF-8 text the stage does not panic, and every entity
// it adds or resolves has a span inside the text with matching text.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"The Azerbaijani Defense Ministry said he was wrong.",
		"President\n\nVaughan Khachaturian and “it” said",
		"Ministry of Defense of the unrecognized republic of Nagorno-Karabakh, which",
		"’s ’ \" “ al- U.S. the the of of",
		"the Iraqi Ministry of Culture and the Turkish ministry said",
		"said Col. John “J.D.” Dorrian, the CJTF-OIR spokesperson. Zia-ul Haq Haqmal, Equiluz",
		"United Nations-appointed special rapporteur. Saudi Arabia's Civil Defense Authority. Lamu County Commissioner X Y.",
		"A senior State Department official told. The official added. This independent investigation has concluded",
		"Both Moroccan and Spanish authorities said a Syrian army officer said Peru's intelligence officers",
		"For Juma Ndege, the vote was a test. After meeting Kilua, Ms. Otieno said she would stay. Kilua's office said he",
		"As for X, he. When Y arrived, Z said he. Karvel Karvel said",
	} {
		f.Add(s, "2022-09-13")
	}
	st := New(sharedKB(f))
	f.Fuzz(func(t *testing.T, text, day string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Article: parallax.Article{Published: day, Outlet: "UK Government", URL: "https://" + day + ".gov.uk/x"}, Text: text}
		if len(text) > 4 {
			doc.Entities = []parallax.Entity{{ID: "e1", Start: 1, End: len(text) - 1, Kind: parallax.KindPerson}}
			doc.Entities[0].Text = text[1 : len(text)-1]
			// an organisation over the first half and a place over the
			// second third, both perhaps cut inside a word
			h := len(text) / 2
			doc.Entities = append(doc.Entities, parallax.Entity{ID: "e2", Start: 0, End: h, Text: text[:h], Kind: parallax.KindOrganization})
			doc.Places = []parallax.Place{{Start: len(text) / 3, End: 2 * len(text) / 3, Text: text[len(text)/3 : 2*len(text)/3], Country: "KE", Feature: "P.PPL"}}
		}
		st.Process(doc)
		for _, e := range doc.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End {
				t.Fatalf("entity outside the text: %+v", e)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("entity text %q != span %q", e.Text, text[e.Start:e.End])
			}
			if e.Actor != "" && (e.Kind == "" || strings.Contains(e.Actor, "%!(") && !strings.Contains(text, "%!(")) {
				t.Fatalf("resolved entity without a kind or with a broken name: %+v", e)
			}
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	st := New(sharedKB(b))
	arts := testutil.Seeds(b)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Body)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			st.Process(&parallax.Document{Article: a, Text: a.Body})
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoad measures loading the embedded knowledge base and reports
// its size by kind of entry.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var kb *KB
	for range b.N {
		var err error
		if kb, err = Load(); err != nil {
			b.Fatal(err)
		}
	}
	for k, n := range kb.Stats() {
		b.ReportMetric(float64(n), k)
	}
}

// BenchmarkDemoCorpus runs the stage over the embedded demo corpus (VOA,
// Wikinews, re3d and the seeds): the figure to compare with the pipeline's
// goal of 200 articles/s per core.
func BenchmarkDemoCorpus(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	st := New(sharedKB(b))
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			st.Process(&parallax.Document{Article: a, Text: a.Body})
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
