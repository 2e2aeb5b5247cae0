package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/sqlite"
)

// TestFusionDocumentsFuseAlike checks that an index rebuilt from the
// store's fusion documents (no bodies, tokens or item sentence texts:
// what ingest reads at its start) finds the same incidents and
// duplicates as one rebuilt from the whole documents. It fails when
// fusion starts reading something FusionDocuments leaves out.
func TestFusionDocumentsFuseAlike(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the demo corpus")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	// The cluster corpus adds a denial answered by a witness's claim of
	// another article: the rebuilt index lost that contradiction while
	// fusion compared the claims' sentence texts, which fusion documents
	// leave out (claimSentence).
	cl, err := fuse.ReadClusters(filepath.Join("..", "..", "testdata", "clusters", "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cl {
		arts = append(arts, c.Article)
	}
	docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	fused := func(read func(context.Context, func(*parallax.Document) error) error) (string, int) {
		ix := fuse.NewIndex(fuse.DefaultOptions())
		ix.SetCold(&fuse.MemCold{})
		tokens := 0
		if err := read(ctx, func(d *parallax.Document) error {
			for _, s := range d.Sentences {
				tokens += len(s.Tokens)
			}
			ix.Add(d)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		each, removed, dups := ix.ChangesFunc()
		var incs []parallax.Incident
		if err := each(func(inc parallax.Incident) error { incs = append(incs, inc); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(incs) < 20 {
			t.Fatalf("%d incidents from %d articles: too few to compare", len(incs), len(docs))
		}
		b, err := json.Marshal(struct {
			I []parallax.Incident
			R []string
			D []fuse.KeyedDuplicate
		}{incs, removed, dups})
		if err != nil {
			t.Fatal(err)
		}
		return string(b), tokens
	}
	whole, wholeTokens := fused(st.Documents)
	light, lightTokens := fused(st.FusionDocuments)
	if wholeTokens == 0 || lightTokens != 0 {
		t.Fatalf("tokens read: %d whole, %d for fusion; want some, none", wholeTokens, lightTokens)
	}
	if whole != light {
		t.Error("fusion differs between the whole documents and the fusion documents")
	}
}
