package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallaxhq/parallax/internal/store/postgres/pgtest"
	_ "modernc.org/sqlite"
)

// The tests of ingest, export, search and worker run the parallax command
// as separate processes (TestMain puts it on PATH), so that they can be
// killed mid-work.

var (
	seedsJSONL = filepath.Join("..", "..", "internal", "demo", "corpus", "seeds.jsonl")
	voaJSONL   = filepath.Join("..", "..", "internal", "demo", "corpus", "voa.jsonl.gz")
)

// parallax runs the command and returns its stdout, stderr and exit code.
func parallaxCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command("parallax", args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("parallax %v: %v", args, err)
		}
		code = ee.ExitCode()
	}
	return out.String(), errb.String(), code
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := parallaxCmd(t, args...)
	if code != 0 {
		t.Fatalf("parallax %v: exit %d\n%s", args, code, errs)
	}
	return out
}

// exports returns every export format of a database, concatenated.
func exports(t *testing.T, db string) string {
	t.Helper()
	var b strings.Builder
	for _, f := range []string{"jsonl", "csv", "acled"} {
		b.WriteString(mustRun(t, "export", "--db", db, "--format", f))
	}
	return b.String()
}

// backends returns the DSNs of one empty database per backend: an SQLite
// file, and a PostgreSQL database when the test server is there.
func backends(t *testing.T) map[string]string {
	dbs := map[string]string{"sqlite": filepath.Join(t.TempDir(), "p.db")}
	if os.Getenv(pgtest.Env) != "" || os.Getenv("CI") == "true" {
		dbs["postgres"] = pgtest.DSN(t)
	}
	return dbs
}

func TestIngestExportRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the VOA corpus")
	}
	got := map[string]string{}
	for name, db := range backends(t) {
		_, errs, code := parallaxCmd(t, "ingest", "--db", db, seedsJSONL, voaJSONL)
		if code != 0 || !strings.Contains(errs, "78 articles stored") {
			t.Fatalf("%s: ingest exit %d: %s", name, code, errs)
		}
		first := exports(t, db)
		// Idempotent: the same inputs again store nothing and change nothing.
		_, errs, code = parallaxCmd(t, "ingest", "--db", db, voaJSONL)
		if code != 0 || !strings.Contains(errs, "0 articles stored, 73 already stored") {
			t.Errorf("%s: second ingest exit %d: %s", name, code, errs)
		}
		if again := exports(t, db); again != first {
			t.Errorf("%s: a second ingest changed the export", name)
		}
		lines := strings.Count(mustRun(t, "export", "--db", db, "--format", "jsonl"), `{"article":`)
		if lines != 78 {
			t.Errorf("%s: %d articles exported, want 78", name, lines)
		}
		if out := mustRun(t, "search", "--db", db, "helicopters"); !strings.Contains(out, "001\t2020-09-27") {
			t.Errorf("%s: search helicopters: %q", name, out)
		}
		got[name] = first
	}
	if pg, ok := got["postgres"]; ok && pg != got["sqlite"] {
		t.Errorf("SQLite and PostgreSQL exports differ (%d and %d bytes)", len(got["sqlite"]), len(pg))
	}
}

func TestIngestBadInputsAmongGood(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"x1\",\"text\":\"Rebels said they seized the town of Goma on Monday.\"}\n{not json\n{\"id\":\"x3\",\"text\":\"\xff\xfe\"}\n\x00\x01\x02\n"), 0o644)
	hostile := filepath.Join(dir, "hostile.txt")
	os.WriteFile(hostile, bytes.Repeat([]byte("'; DROP TABLE articles; -- \" ) OR 1=1 "), 200), 0o644)
	db := filepath.Join(dir, "p.db")
	_, errs, code := parallaxCmd(t, "ingest", "--db", db, bad, seedsJSONL, hostile, filepath.Join(dir, "missing.txt"))
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	for _, want := range []string{"bad.jsonl:2", "missing.txt", "7 articles stored"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if out := mustRun(t, "search", "--db", db, "DROP TABLE"); !strings.Contains(out, "hostile") {
		t.Errorf("the hostile text was not stored as text: %q", out)
	}
}

// TestIngestDatabaseInInputDirectory checks that ingest does not read its
// own database (and the database's WAL files) as inputs when it lies in
// the directory being ingested, on the first run and on a rerun.
func TestIngestDatabaseInInputDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title: Shelling\n\nOfficials said shelling hit the town of Kherson on Monday."), 0o644)
	db := filepath.Join(dir, "p.db")
	for run, want := range []string{"1 article stored", "1 already stored"} {
		_, errs, code := parallaxCmd(t, "ingest", "--db", db, dir)
		if code != exitOK || !strings.Contains(errs, want) || strings.Contains(errs, "p.db") {
			t.Errorf("run %d: exit %d, stderr:\n%s", run+1, code, errs)
		}
	}
}

func TestIngestUnusableDatabasePath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	for _, db := range []string{filepath.Join(dir, "no", "such", "dir", "p.db"), filepath.Join(file, "p.db")} {
		_, errs, code := parallaxCmd(t, "ingest", "--db", db, seedsJSONL)
		if code != exitFailure || !strings.Contains(errs, "database "+db) {
			t.Errorf("db %s: exit %d, stderr %q", db, code, errs)
		}
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(dir, "ro")
		os.Mkdir(ro, 0o555)
		_, errs, code := parallaxCmd(t, "ingest", "--db", filepath.Join(ro, "p.db"), seedsJSONL)
		if code != exitFailure || !strings.Contains(errs, "cannot create") {
			t.Errorf("read-only directory: exit %d, stderr %q", code, errs)
		}
	}
}

// rawDB opens a database a DSN names (SQLite path or postgres://) for
// the tests' own queries, read-only for SQLite.
func rawDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	driver, name := "sqlite", "file:"+dsn+"?_pragma=busy_timeout(10000)&mode=ro"
	if strings.HasPrefix(dsn, "postgres://") {
		driver, name = "pgx", dsn
	}
	db, err := sql.Open(driver, name)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// articleCount counts the articles of a database, 0 while it has no
// schema yet.
func articleCount(t *testing.T, dsn string) int {
	db := rawDB(t, dsn)
	defer db.Close()
	var n int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// halfStored lists the articles of a database whose claim, event or
// place rows do not number what the article row says, or that no
// incident holds (fusion is written with the articles, in their
// transaction).
func halfStored(t *testing.T, dsn string) []string {
	t.Helper()
	db := rawDB(t, dsn)
	defer db.Close()
	rows, err := db.QueryContext(context.Background(), `SELECT id FROM articles a WHERE
		n_claims <> (SELECT count(*) FROM claims WHERE article_seq = a.seq) OR
		n_events <> (SELECT count(*) FROM events WHERE article_seq = a.seq) OR
		n_places <> (SELECT count(*) FROM places WHERE article_seq = a.seq) OR
		NOT EXISTS (SELECT 1 FROM incident_articles WHERE article_seq = a.seq)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return bad
}

func TestIngestCrashThenRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the VOA corpus three times")
	}
	for name := range backends(t) {
		t.Run(name, func(t *testing.T) {
			clean := emptyDB(t, name)
			mustRun(t, "ingest", "--db", clean, "--batch", "4", seedsJSONL, voaJSONL)
			want := exports(t, clean)

			crashed := emptyDB(t, name)
			cmd := exec.Command("parallax", "ingest", "--db", crashed, "--batch", "4", seedsJSONL, voaJSONL)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(2 * time.Minute)
			for articleCount(t, crashed) < 8 && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			cmd.Process.Kill() // SIGKILL: no cleanup runs
			cmd.Wait()
			n := articleCount(t, crashed)
			if n == 0 {
				t.Fatal("the kill left no article stored")
			}
			if n >= 78 {
				t.Fatalf("the kill came after the ingest stored every article (%d): it tested no crash", n)
			}
			// Batches are transactions: each stored article has all its rows and
			// its place in the incidents, which the same transaction wrote (the
			// check holds on the clean database, or it would prove nothing).
			if bad := halfStored(t, clean); len(bad) > 0 {
				t.Fatalf("the clean database fails the check: %v", bad)
			}
			if bad := halfStored(t, crashed); len(bad) > 0 {
				t.Fatalf("after the kill at %d articles, half-stored articles: %v", n, bad)
			}
			mustRun(t, "ingest", "--db", crashed, "--batch", "4", seedsJSONL, voaJSONL)
			if got := exports(t, crashed); got != want {
				t.Errorf("the database after a crash and a rerun differs from one ingest (killed at %d articles)", n)
			}
		})
	}
}

func TestConcurrentIngestIntoOneSQLiteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the VOA corpus")
	}
	db := filepath.Join(t.TempDir(), "p.db")
	var wg sync.WaitGroup
	errs := make([]string, 2)
	codes := make([]int, 2)
	for i, in := range []string{seedsJSONL, voaJSONL} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i], codes[i] = parallaxCmd(t, "ingest", "--db", db, "--batch", "2", in)
		}()
	}
	wg.Wait()
	for i := range codes {
		if codes[i] != 0 {
			t.Fatalf("ingest %d: exit %d: %s", i, codes[i], errs[i])
		}
	}
	if n := articleCount(t, db); n != 78 {
		t.Errorf("%d articles stored, want 78", n)
	}
	// The fusion stored last covers both processes' articles: the seeds'
	// helicopter incident is there whichever process finished last.
	out := mustRun(t, "export", "--db", db, "--format", "jsonl")
	if !strings.Contains(out, `"incident":`) || !strings.Contains(out, `"001"`) || strings.Count(out, `{"article":`) != 78 {
		t.Errorf("export after concurrent ingest lacks articles or incidents")
	}
}

// TestSearchRefusesBadPages: search refuses a page it would otherwise
// clamp (a negative offset, a limit below 1 or above the store's cap)
// with a usage error naming the bounds.
func TestSearchRefusesBadPages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	mustRun(t, "ingest", "--db", db, seedsJSONL)
	for _, args := range [][]string{{"--limit", "0"}, {"--limit", "-3"}, {"--limit", "100000"}, {"--offset", "-1"}} {
		_, errs, code := parallaxCmd(t, append(append([]string{"search", "--db", db}, args...), "helicopters")...)
		if code != exitUsage || !strings.Contains(errs, "--limit must be 1 to 500") {
			t.Errorf("search %v: exit %d, %q", args, code, errs)
		}
	}
	if out := mustRun(t, "search", "--db", db, "--limit", "500", "helicopters"); !strings.Contains(out, "001\t") {
		t.Errorf("search --limit 500: %q", out)
	}
}
