package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestItemRowsInOrder checks that an article's claims, events and places,
// which the store inserts many rows per statement, are all stored, in
// their order (rowids), whatever their number, across articles of one
// batch and when an article of the batch is replaced by a later one with
// the same id.
func TestItemRowsInOrder(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "rows.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	doc := func(id string, n int, body string) *parallax.Document {
		d := &parallax.Document{Article: parallax.Article{ID: id, Body: body}, Text: body}
		for i := range n {
			d.Claims = append(d.Claims, parallax.Claim{ID: fmt.Sprintf("%s:c%d", id, i), Quote: "q"})
			d.Events = append(d.Events, parallax.Event{ID: fmt.Sprintf("%s:v%d", id, i), Type: "Battles"})
			d.Places = append(d.Places, parallax.Place{ID: fmt.Sprintf("%s:p%d", id, i), Name: "Town", GeonameID: i})
		}
		return d
	}
	counts := []int{0, 1, 5, 31, 32, 33, 63, 100}
	var batch []*parallax.Document
	for i, n := range counts {
		batch = append(batch, doc(fmt.Sprintf("a%d", i), n, fmt.Sprintf("Body number %d.", i)))
	}
	// a3 again with other content and items: it replaces the first a3.
	batch = append(batch, doc("a3", 7, "Body number 3, revised."))
	counts[3] = 7
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	prefix := map[string]string{"claims": "c", "events": "v", "places": "p"}
	for _, table := range []string{"claims", "events", "places"} {
		for i, n := range counts {
			id := fmt.Sprintf("a%d", i)
			rows, err := s.Read.QueryContext(ctx, `SELECT t.id FROM `+table+` t JOIN articles a ON a.seq = t.article_seq WHERE a.id = ? ORDER BY t.rowid`, id)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for rows.Next() {
				var x string
				rows.Scan(&x)
				got = append(got, x)
			}
			rows.Close()
			if len(got) != n {
				t.Fatalf("%s of %s: %d rows, want %d", table, id, len(got), n)
			}
			for k, x := range got {
				if want := fmt.Sprintf("%s:%s%d", id, prefix[table], k); x != want {
					t.Errorf("%s of %s: row %d is %s, want %s", table, id, k, x, want)
				}
			}
		}
	}
}

// TestAnalyzeWritesStatistics checks that the dialect's statistics
// statement (both statements of it) runs: Store.Analyze ignores its
// errors, since statistics only guide the planner.
func TestAnalyzeWritesStatistics(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "stat.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var docs []*parallax.Document
	for i := range 50 {
		docs = append(docs, storetest.Doc(fmt.Sprintf("a%02d", i), "2024-05-01", fmt.Sprintf("Shelling near the village of Zorvan number %d.", i)))
	}
	if _, err := s.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	s.Analyze(ctx)
	var limit, stats int
	if err := s.Write.QueryRowContext(ctx, `PRAGMA analysis_limit`).Scan(&limit); err != nil || limit != 1000 {
		t.Errorf("analysis_limit %d, %v: want 1000", limit, err)
	}
	if err := s.Write.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'`).Scan(&stats); err != nil || stats == 0 {
		t.Errorf("no statistics of the articles after Analyze (%d rows, %v)", stats, err)
	}
}

// TestConnectionSettings checks the settings each connection gets from the
// DSN: the writer keeps its statement journals and temporary files in
// memory (temp_store 2), the readers spill them to files (the default, 0)
// and cannot write.
func TestConnectionSettings(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "settings.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		name             string
		db               *sql.DB
		tempStore, qonly int
	}{{"writer", s.Write, 2, 0}, {"reader", s.Read, 0, 1}} {
		var temp, qonly int
		if err := c.db.QueryRowContext(ctx, `PRAGMA temp_store`).Scan(&temp); err != nil {
			t.Fatal(err)
		}
		if err := c.db.QueryRowContext(ctx, `PRAGMA query_only`).Scan(&qonly); err != nil {
			t.Fatal(err)
		}
		if temp != c.tempStore || qonly != c.qonly {
			t.Errorf("%s: temp_store %d, query_only %d; want %d, %d", c.name, temp, qonly, c.tempStore, c.qonly)
		}
	}
}
