package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
)

// The saved state of a fusion index (store.IndexKeeper): tables
// fusion_index (what it covers) and fusion_index_parts (its bytes), and
// fusion_state, the writer of the stored results, which every fusion
// update records (updateFusionTx).

var _ store.IndexKeeper = (*Store)(nil)

// indexPart is the most bytes of one part: a saved index of 20,000
// articles is some 70 parts, each read and written whole.
const indexPart = 1 << 20

// errOtherWriter: an update that is not complete, from an index whose key
// is not that of the stored results' writer (updateFusionTx).
var errOtherWriter = errors.New("fusion results written by another kind of index")

// checkWriter refuses, within tx, an incremental update from an index
// whose key is not the stored results' writer's (errOtherWriter).
func (s *Store) checkWriter(ctx context.Context, tx *sql.Tx, u store.FusionUpdate) error {
	if u.Index == "" || u.Complete {
		return nil
	}
	var writer string
	err := tx.QueryRowContext(ctx, `SELECT writer FROM fusion_state WHERE id = 1`).Scan(&writer)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return errOtherWriter
	case err != nil:
		return err
	case writer != u.Index:
		return errOtherWriter
	}
	return nil
}

// recordWriter records, within tx, that u's writer wrote the results
// over the articles the store holds now.
func (s *Store) recordWriter(ctx context.Context, tx *sql.Tx, u store.FusionUpdate) error {
	// WHERE true: SQLite reads ON CONFLICT after a bare FROM as a join.
	_, err := tx.ExecContext(ctx, s.D.Rebind(`INSERT INTO fusion_state (id, writer, articles, last_seq) SELECT 1, ?, count(*), coalesce(max(seq), 0) FROM articles WHERE true
		ON CONFLICT (id) DO UPDATE SET writer = excluded.writer, articles = excluded.articles, last_seq = excluded.last_seq`), s.str(u.Index))
	return err
}

// IndexResults returns the mark of the articles whose results an index
// of key wrote last, if it did and they are still the first ones stored
// (store.IndexKeeper): an index of key rebuilt from the store gives, once
// it holds them, the stored results, and only its changes after them are
// to be written.
func (s *Store) IndexResults(ctx context.Context, key string) (at store.IndexMark, ok bool, err error) {
	if key == "" {
		return at, false, nil
	}
	var writer string
	switch err := s.Read.QueryRowContext(ctx, `SELECT writer, articles, last_seq FROM fusion_state WHERE id = 1`).Scan(&writer, &at.Articles, &at.Last); {
	case errors.Is(err, sql.ErrNoRows):
		return at, false, nil
	case err != nil:
		return at, false, err
	case writer != s.str(key):
		return at, false, nil
	}
	var n int
	if err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT count(*) FROM articles WHERE seq <= ?`), at.Last).Scan(&n); err != nil {
		return at, false, err
	}
	return at, n == at.Articles, nil
}

// SaveIndex stores the state write writes as that of an index of key over
// the first articles articles (store.IndexKeeper).
func (s *Store) SaveIndex(ctx context.Context, key string, articles int, write func(io.Writer) error) (ok bool, err error) {
	if key == "" {
		return false, nil
	}
	tx, err := s.Write.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer func() {
		if err != nil || !ok {
			tx.Rollback()
		}
	}()
	if ok, err = s.holds(ctx, tx, articles); err != nil || !ok {
		return false, err
	}
	var writer string
	var wrote int
	switch err := tx.QueryRowContext(ctx, `SELECT writer, articles FROM fusion_state WHERE id = 1`).Scan(&writer, &wrote); {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, err
	case writer != s.str(key) || wrote != articles:
		return false, nil
	}
	var last, gen int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM articles`).Scan(&last); err != nil {
		return false, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(gen), 0) FROM fusion_index`).Scan(&gen); err != nil {
		return false, err
	}
	gen++
	for _, q := range []string{`DELETE FROM fusion_index_parts`, `DELETE FROM fusion_index`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return false, err
		}
	}
	ins, err := tx.PrepareContext(ctx, s.D.Rebind(`INSERT INTO fusion_index_parts (gen, part, data) VALUES (?, ?, ?)`))
	if err != nil {
		return false, err
	}
	defer ins.Close()
	pw := &partWriter{ctx: ctx, ins: ins, gen: gen, buf: make([]byte, 0, indexPart)}
	if err := write(pw); err != nil {
		return false, err
	}
	if err := pw.flush(); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, s.D.Rebind(`INSERT INTO fusion_index (id, key, articles, last_seq, gen, parts, size) VALUES (1, ?, ?, ?, ?, ?, ?)`),
		s.str(key), articles, last, gen, pw.parts, pw.size); err != nil {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, err
	}
	return true, nil
}

// partWriter writes a saved index in parts of indexPart bytes.
type partWriter struct {
	ctx   context.Context
	ins   *sql.Stmt
	gen   int64
	buf   []byte
	parts int
	size  int64
}

func (w *partWriter) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		k := min(len(b), indexPart-len(w.buf))
		w.buf = append(w.buf, b[:k]...)
		b = b[k:]
		if len(w.buf) == indexPart {
			if err := w.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (w *partWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	if _, err := w.ins.ExecContext(w.ctx, w.gen, w.parts, w.buf); err != nil {
		return fmt.Errorf("saving the fusion index: %w", err)
	}
	w.parts++
	w.size += int64(len(w.buf))
	w.buf = w.buf[:0]
	return nil
}

// errPartGone: a part of the saved index being read was replaced by a
// newer save.
var errPartGone = errors.New("saved fusion index replaced while read")

// LoadIndex calls read with the saved state of an index of key, if it
// applies (store.IndexKeeper). It reads without a transaction, part by
// part, so that no snapshot of the database is held while the caller
// loads: a part replaced meanwhile ends the read (found false).
func (s *Store) LoadIndex(ctx context.Context, key string, read func(io.Reader) error) (at store.IndexMark, found bool, err error) {
	if key == "" {
		return at, false, nil
	}
	var have string
	var gen, size int64
	var parts int
	err = s.Read.QueryRowContext(ctx, `SELECT key, articles, last_seq, gen, parts, size FROM fusion_index WHERE id = 1`).
		Scan(&have, &at.Articles, &at.Last, &gen, &parts, &size)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return at, false, nil
	case err != nil:
		return at, false, err
	case have != s.str(key):
		return at, false, nil
	}
	var writer string
	var wrote int
	switch err := s.Read.QueryRowContext(ctx, `SELECT writer, articles FROM fusion_state WHERE id = 1`).Scan(&writer, &wrote); {
	case errors.Is(err, sql.ErrNoRows):
		return at, false, nil
	case err != nil:
		return at, false, err
	case writer != s.str(key) || wrote < at.Articles:
		return at, false, nil
	}
	// Its articles are still the first ones: none replaced (a new seq)
	// or stored under a seq below the last one's since (PostgreSQL
	// commits sequences out of order).
	var n int
	if err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT count(*) FROM articles WHERE seq <= ?`), at.Last).Scan(&n); err != nil {
		return at, false, err
	}
	if n != at.Articles {
		return at, false, nil
	}
	pr := &partReader{ctx: ctx, s: s, gen: gen, parts: parts}
	if err := read(pr); err != nil {
		if errors.Is(err, errPartGone) || pr.gone {
			return at, false, nil
		}
		return at, false, err
	}
	if pr.read != size {
		return at, false, fmt.Errorf("saved fusion index: %d bytes read of %d", pr.read, size)
	}
	return at, true, nil
}

// partReader reads the parts of a saved index in order.
type partReader struct {
	ctx   context.Context
	s     *Store
	gen   int64
	parts int
	next  int // the part to read next
	buf   []byte
	read  int64
	gone  bool
}

func (r *partReader) Read(b []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.next == r.parts {
			return 0, io.EOF
		}
		err := r.s.Read.QueryRowContext(r.ctx, r.s.D.Rebind(`SELECT data FROM fusion_index_parts WHERE gen = ? AND part = ?`), r.gen, r.next).Scan(&r.buf)
		if errors.Is(err, sql.ErrNoRows) {
			r.gone = true
			return 0, errPartGone
		}
		if err != nil {
			return 0, err
		}
		r.next++
	}
	n := copy(b, r.buf)
	r.buf = r.buf[n:]
	r.read += int64(n)
	return n, nil
}

// FusionDocumentsAfter calls fn with the articles stored after those of
// at, in storage order, as FusionDocuments reads them.
func (s *Store) FusionDocumentsAfter(ctx context.Context, at store.IndexMark, fn func(*parallax.Document) error) error {
	return s.documents(ctx, fusionColumns, true, at.Last, fn)
}
