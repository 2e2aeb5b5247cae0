// Package demo holds the embedded sample corpus of `parallax demo`: the five
// seed articles, Voice of America stories, Wikinews articles and re3d
// conflict documents (sources and licences in NOTICE).
package demo

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
)

//go:embed corpus
var corpus embed.FS

// Files lists the corpus files in the order Articles reads them.
var Files = []string{"seeds.jsonl", "voa.jsonl.gz", "wikinews.jsonl.gz", "re3d.jsonl.gz"}

// Articles returns the demo articles, seeds first.
func Articles() ([]parallax.Article, error) {
	var out []parallax.Article
	for _, name := range Files {
		f, err := corpus.Open(path.Join("corpus", name))
		if err != nil {
			return nil, err
		}
		var r io.Reader = f
		if strings.HasSuffix(name, ".gz") {
			gz, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("demo corpus %s: %w", name, err)
			}
			r = gz
		}
		var bad error
		ingest.ReadStream(name, r, ingest.Options{},
			func(a parallax.Article) {
				if a.Outlet == "" && strings.HasPrefix(name, "voa") {
					a.Outlet = "Voice of America"
				}
				out = append(out, a)
			},
			func(e *ingest.Error) { bad = e })
		f.Close()
		if bad != nil {
			return nil, fmt.Errorf("demo corpus: %w", bad)
		}
	}
	return out, nil
}

// Seeds returns the five seed articles (with their publication dates), the
// fixture of the golden tests.
func Seeds() ([]parallax.Article, error) {
	all, err := Articles()
	if err != nil {
		return nil, err
	}
	var out []parallax.Article
	for _, a := range all {
		if a.Source != "" && len(a.Source) > 12 && a.Source[:12] == "seeds.jsonl:" {
			out = append(out, a)
		}
	}
	return out, nil
}
