package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// wholeReport is what export --format report wrote before it streamed:
// the report of every stored document, built in memory, indented.
func wholeReport(t *testing.T, st *sqlstore.Store) []byte {
	t.Helper()
	ctx := context.Background()
	var docs []*parallax.Document
	if err := st.Documents(ctx, func(d *parallax.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	incs, err := allIncidents(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := newJSONEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(report.Build(docs, incs, dups, report.Options{})); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExportReportStreams: the streamed report export is byte for byte
// the report built in memory, on an empty store and on one holding the
// seeds (incidents, a duplicate group, every kind of item).
func TestExportReportStreams(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "p.db")
	mustRun(t, "ingest", "--db", db, seedsJSONL)
	empty := filepath.Join(t.TempDir(), "e.db")
	for _, path := range []string{db, empty} {
		st, err := openStore(ctx, path, false)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		want := wholeReport(t, st)
		var got bytes.Buffer
		if err := exportReport(ctx, st, &got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: streamed report (%d bytes) differs from the report built in memory (%d bytes):\n%.400s", path, got.Len(), len(want), firstDiff(got.Bytes(), want))
		}
		var r parallax.Report
		if err := json.Unmarshal(got.Bytes(), &r); err != nil {
			t.Errorf("%s: streamed report is not JSON: %v", path, err)
		}
		if path == db && (len(r.Claims) == 0 || len(r.Incidents) == 0 || len(r.Events) == 0) {
			t.Errorf("the seeds' report has %d claims, %d events, %d incidents: the test compares little", len(r.Claims), len(r.Events), len(r.Incidents))
		}
	}
}

// firstDiff is the text of got from a little before its first difference
// with want.
func firstDiff(got, want []byte) []byte {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	return got[max(0, i-100):]
}
