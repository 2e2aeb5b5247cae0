// Package postgres is the store for a corpus that outgrows one file or one
// machine: the schema of the sqlite backend on PostgreSQL (pgx), with a
// generated tsvector column and a GIN index for full-text search.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Dialect is PostgreSQL's: $n placeholders, an indexed tsvector column.
var Dialect = sqlstore.Dialect{
	Name:      "postgres",
	Dollar:    true,
	NoNUL:     true,
	InsertFTS: `UPDATE articles SET tsv = to_tsvector('simple', CAST(? AS TEXT) || ' ' || CAST(? AS TEXT)) WHERE seq = ?`,
	// Processes starting together (workers) take turns to migrate.
	MigrationLock: `SELECT pg_advisory_xact_lock(7061501)`,
	Analyze:       `ANALYZE incidents, incident_sides, incident_places, incident_articles`,
	LockArticles:  `LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE`,
	MatchSeqs:     `SELECT seq FROM articles WHERE tsv @@ to_tsquery('simple', ?)`,
	FTSQuery: func(words []string) string {
		// Each word quoted as a lexeme, all required.
		q := ""
		for i, w := range words {
			if i > 0 {
				q += " & "
			}
			q += "'" + w + "'"
		}
		return q
	},
}

// Open connects to the database at dsn (postgres://...) and brings its
// schema up to date.
func Open(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", Redact(dsn), err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", Redact(dsn), err)
	}
	db.SetMaxOpenConns(8)
	s := &sqlstore.Store{Write: db, Read: db, D: Dialect}
	sub, _ := fs.Sub(migrations, "migrations")
	if err := sqlstore.Migrate(ctx, db, Dialect, sub); err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", Redact(dsn), err)
	}
	return s, nil
}

// Redact hides the password of a DSN in messages.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
