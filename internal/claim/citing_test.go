package claim_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestCitingAside: in "X, citing Y, warned that C", "X said, citing Y,
// that C" and "X, quoting Y, said C" the speaker of the cue is X, and Y
// only X's source: one claim, X's, over C. "According to X, citing Y, C"
// keeps Y's claim nested in X's (the agency relays), an issuer's data
// ("citing World Bank data") keeps its claim for a later "according to
// the data", and a gerund citing a reason ("citing security concerns")
// reports nothing. Each want is "cue|speaker|side|content".
func TestCitingAside(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"citing before the cue", "Ukraine's defence ministry, citing intelligence reports, warned that Russia was massing troops near Kharkiv.",
			[]string{"warned|Ukraine's defence ministry|UKR|Russia was massing troops near Kharkiv"}},
		{"quoting before the cue", "The Syrian army, quoting a field commander, said the village had been retaken.",
			[]string{"said|Syrian army|SYR|the village had been retaken"}},
		{"citing unnamed witnesses", "The Kenyan police chief, citing witnesses, said gunmen had killed five people in Mandera.",
			// (a police chief's demonym names the state he serves: KEN since session 21)
			[]string{"said|Kenyan police chief|KEN|gunmen had killed five people in Mandera"}},
		{"citing after the cue", "The regional governor said, citing police, that three civilians were killed in the shelling.",
			[]string{"said|regional governor||three civilians were killed in the shelling"}},
		{"citing after the cue and a time", "Pakistan's foreign minister said on Tuesday, citing army officials, that India had fired across the line.",
			[]string{"said|Pakistan's foreign minister|PAK|India had fired across the line"}},
		{"citing after a closing cue", "The envoy would visit Muscat next week, Iran's IRNA news agency reported, citing officials at the foreign ministry.",
			[]string{"reported|Iran's IRNA news agency|IRN|The envoy would visit Muscat next week"}},
		{"according to X, citing Y", "According to the Tass news agency, citing the Russian Defence Ministry, 20 drones were shot down overnight.",
			[]string{"According to|Tass news agency|RUS|citing the Russian Defence Ministry, 20 drones were shot down overnight", "citing|Russian Defence Ministry|RUS|20 drones were shot down overnight"}},
		{"citing an issuer's data", "A Dutch charity for the blind, citing World Bank data, says the region could gain billions.",
			[]string{"citing|World Bank|UNO|the region could gain billions", "says|Dutch charity||the region could gain billions"}},
		{"citing a reason first", "Citing security concerns, the interior ministry closed the border crossing on Monday.", nil},
		{"citing a reason last", "The interior ministry closed the border crossing on Monday, citing security concerns.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2026-03-01"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side, doc.Text[c.Start:c.End]))
			}
			slices.Sort(got)
			if !sameClaimLines(got, tc.want, false) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}
