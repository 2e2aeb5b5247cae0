package web_test

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"testing"

	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/memstore"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/web"
)

// TestGoldenSeeds renders the five seed articles through the default
// pipeline: each article's highlighted text and every incident page (rewrite
// with go test ./internal/web -run TestGoldenSeeds -update).
func TestGoldenSeeds(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, incs, dups, err := p.AnalyzeAll(context.Background(), testutil.Seeds(t), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var articles bytes.Buffer
	for _, d := range docs {
		fmt.Fprintf(&articles, "== %s\n%s\n\n", d.Article.ID, web.Highlight(d))
	}
	testutil.Golden(t, "seeds.articles.html", articles.Bytes())

	st := memstore.New()
	if _, err := st.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := st.SetFusion(context.Background(), incs, dups); err != nil {
		t.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, World: loadWorld(t), SideNames: kbSideNames(t)})
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, app)
	var pages bytes.Buffer
	for _, inc := range incs {
		code, body, _ := get(t, srv+"/incidents/"+url.PathEscape(inc.ID))
		if code != 200 {
			t.Fatalf("incident %s: status %d", inc.ID, code)
		}
		checkPage(t, body)
		fmt.Fprintf(&pages, "== %s\n%s\n", inc.ID, body)
	}
	testutil.Golden(t, "seeds.incidents.html", pages.Bytes())
}
