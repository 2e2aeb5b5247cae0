// Package sqlite is the embedded store: one SQLite file (pure Go driver,
// modernc.org/sqlite) in WAL mode, with FTS5 full-text search. One writer
// connection takes batched transactions; a separate pool serves reads.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/parallaxhq/parallax/internal/store/sqlstore"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Dialect is SQLite's: ? placeholders and an FTS5 table kept by hand.
var Dialect = sqlstore.Dialect{
	Name:          "sqlite",
	InsertFTS:     `INSERT INTO articles_fts (title, text, rowid) VALUES (?, ?, ?)`,
	InsertFTSRows: `INSERT INTO articles_fts (title, text, rowid) VALUES`,
	DeleteFTS:     `DELETE FROM articles_fts WHERE rowid = ?`,
	// ANALYZE reads every row of every index: 1 CPU-second and 3.7 s on
	// a database of 20,000 articles, at the end of every ingest, however
	// few it added. Sampling at most 1,000 rows per index (what SQLite
	// advises for this pragma) gives the planner the same picture in a
	// bounded time (0.13 CPU-seconds there).
	Analyze:   `PRAGMA analysis_limit = 1000; ANALYZE`,
	MatchSeqs: `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`,
	FTSQuery: func(words []string) string {
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		}
		return strings.Join(q, " AND ")
	},
}

// Open opens (creating it if needed) the database file at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*sqlstore.Store, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: no database path")
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("database %s: directory %s does not exist", path, dir)
	}
	if _, err := os.Stat(path); os.IsNotExist(err) {
		// Say plainly when the file cannot be created, instead of SQLite's
		// "unable to open database file (14)".
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return nil, fmt.Errorf("database %s: cannot create it: %w", path, err)
		}
		f.Close()
	}
	// Per-connection settings go in the DSN so that every pooled connection
	// gets them; _txlock=immediate makes write transactions take the write
	// lock at BEGIN, so two processes wait (busy_timeout) instead of failing
	// on upgrade.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(30000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	// The writer keeps its temporary files in memory: a statement of a
	// batch's transaction (a multi-row insert, a trigger, a foreign key
	// check) journals the pages it changes so that it can be undone alone,
	// and past 64 KiB SQLite moved that journal to a temporary file with
	// two write calls per page (6 % of the CPU of storing an article).
	// The journal lasts one statement and is no part of what makes a
	// transaction durable (the WAL is). A sort the writer makes (an index
	// a migration builds) stays in memory too; the readers, whose sorts
	// may be large, keep spilling to files.
	w, err := sql.Open("sqlite", dsn+"&_pragma=temp_store(MEMORY)")
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s := &sqlstore.Store{Write: w, Read: r, D: Dialect}
	sub, _ := fs.Sub(migrations, "migrations")
	if err := sqlstore.Migrate(ctx, w, Dialect, sub); err != nil {
		s.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return s, nil
}
