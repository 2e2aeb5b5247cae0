package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// gazetteerIndexPath is where the gazetteer target writes the index that
// package models embeds.
const gazetteerIndexPath = "models/gazetteer.idx.gz"

func gazetteerTarget() target {
	return target{
		order:   10,
		outputs: []string{gazetteerIndexPath},
		summary: "place index from GeoNames, country tables and the hand-kept supplement",
		run: func(o options) error {
			start := time.Now()
			g, st, err := gazetteer.Build(o.shared)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := g.Encode(&buf); err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(o.out(gazetteerIndexPath)), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(o.out(gazetteerIndexPath), buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Printf("countries %d, admin1 %d, admin2 %d (+%d without a place, at their admin-1 point), places %d, supplement lines %d\n",
				st.Countries, st.Admin1, st.Admin2, st.Orphans, st.Places, st.Supplement)
			fmt.Printf("entries %d, distinct folded names %d, common English words %d\n",
				g.Len(), st.Names, st.CommonWords)
			fmt.Printf("wrote %s (%.1f MB) in %s\n", o.out(gazetteerIndexPath), float64(buf.Len())/1e6, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
}
