// Package pgtest gives tests a fresh PostgreSQL database on the server that
// PARALLAX_TEST_POSTGRES names (scripts/postgres-test.sh starts one).
// Without it the tests skip, except in CI (CI=true), where they fail: a
// PostgreSQL test can never be skipped silently there.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// Env is the variable that names the test server.
const Env = "PARALLAX_TEST_POSTGRES"

// DSN creates an empty database for one test and returns its DSN; the
// database is dropped when the test ends.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL tests (see scripts/postgres-test.sh)", Env)
		}
		t.Skipf("%s is not set: skipping the PostgreSQL tests (start a server with scripts/postgres-test.sh)", Env)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "parallax_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(context.Background(), "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating test database on %s: %v", Env, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		db.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}
