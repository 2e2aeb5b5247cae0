// Package sqlstore is the store.Store shared by the SQL backends (sqlite,
// postgres): one schema, the same queries, and a Dialect for what differs
// (placeholders, full-text search, locks).
package sqlstore

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/memstore"
)

// Dialect is what differs between SQL engines.
type Dialect struct {
	Name string
	// Dollar: placeholders are $1, $2... instead of ?.
	Dollar bool
	// MigrationLock is run first in the migration transaction ("" if the
	// transaction itself excludes other writers).
	MigrationLock string
	// NoNUL: text columns cannot hold NUL bytes (PostgreSQL); the store
	// replaces them with U+FFFD in queryable columns. Bodies and texts are
	// kept exactly in binary columns.
	NoNUL bool
	// InsertFTS adds (title, text, seq) to the full-text index; DeleteFTS
	// removes seq. Empty when the engine indexes a column by itself.
	InsertFTS, DeleteFTS string
	// InsertFTSRows, when set, is InsertFTS without its VALUES row, so that
	// a batch's rows go in one statement: SQLite's FTS5 flushes its pending
	// terms to disk at every statement that writes to it, which made the
	// full-text index a seventh of the cost of storing an article.
	InsertFTSRows string
	// MatchSeqs selects the seq of the articles matching one parameter, the
	// query that FTSQuery makes.
	MatchSeqs string
	FTSQuery  func(words []string) string
	// Analyze refreshes the planner's statistics after fusion is replaced.
	Analyze string
	// LockArticles, run in a transaction, keeps other writers from adding
	// articles until it ends ("" when every write transaction excludes the
	// others, as SQLite's do).
	LockArticles string
}

// Rebind turns ? placeholders into the dialect's.
func (d Dialect) Rebind(q string) string {
	if !d.Dollar {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// Store is a store.Store over database/sql. Writes go through Write (one
// connection for SQLite: one writer), reads through Read.
type Store struct {
	Write, Read *sql.DB
	D           Dialect
}

var _ store.Store = (*Store)(nil)

// Close closes both pools.
func (s *Store) Close() error {
	err := s.Write.Close()
	if s.Read != s.Write {
		err = errors.Join(err, s.Read.Close())
	}
	return err
}

// Put stores docs in one transaction.
func (s *Store) Put(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, error) {
	tx, err := s.Write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	res, err := s.PutTx(ctx, tx, docs)
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return res, nil
}

// PutTx stores docs within tx, so that a caller (the work queue) can commit
// them together with other changes.
func (s *Store) PutTx(ctx context.Context, tx *sql.Tx, docs []*parallax.Document) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(docs))
	p, err := s.prepare(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer p.close()
	for i, d := range docs {
		dupOf, err := s.putDoc(ctx, tx, p, d)
		if err != nil {
			return nil, fmt.Errorf("storing article %s: %w", d.Article.ID, err)
		}
		out[i] = store.PutResult{ID: d.Article.ID, DuplicateOf: dupOf}
	}
	if err := p.flushRows(ctx, tx, s.D); err != nil {
		return nil, err
	}
	if err := s.flushFTS(ctx, tx, p); err != nil {
		return nil, err
	}
	return out, nil
}

// putStmts are the statements of one PutTx, prepared once for the batch
// instead of once per row (a query run with its text is parsed again at
// every call: the three per article that were not prepared cost as much
// as the article's rows), and the rows it has yet to add: the claims,
// events and places go in many rows per statement (rows, flushed before
// anything reads or deletes them), the full-text rows likewise (fts).
type putStmts struct {
	byHash, seqByID, article *sql.Stmt
	claims, events, places   *rows
	fts                      []any  // title, text, seq per article
	enc                      []byte // the encoded document, reused
}

// rows are the pending rows of one table, inserted by statements of
// maxRows rows and of powers of two below it (each prepared once per
// batch), so that a row costs its values rather than a statement: one
// statement per row made the items' rows a third of the cost of storing
// an article. The rows go in the order they were added, as one statement
// each would have put them (same rowids).
type rows struct {
	insert string // INSERT INTO t (columns) VALUES
	cols   int
	args   []any
	stmts  map[int]*sql.Stmt // by rows per statement
}

// maxRows is the most rows per statement: 288 parameters for places.
const maxRows = 32

func (r *rows) add(args ...any) { r.args = append(r.args, args...) }

// flush inserts the pending rows.
func (r *rows) flush(ctx context.Context, tx *sql.Tx, d Dialect) error {
	if len(r.args)%r.cols != 0 {
		return fmt.Errorf("%s: %d values for rows of %d", r.insert, len(r.args), r.cols)
	}
	args := r.args
	defer func() { clear(r.args); r.args = r.args[:0] }()
	for len(args) > 0 {
		n := maxRows
		for n > len(args)/r.cols {
			n /= 2
		}
		st := r.stmts[n]
		if st == nil {
			var q strings.Builder
			q.WriteString(r.insert)
			for i := range n {
				if i > 0 {
					q.WriteByte(',')
				}
				q.WriteString(" (?")
				q.WriteString(strings.Repeat(", ?", r.cols-1))
				q.WriteByte(')')
			}
			var err error
			if st, err = tx.PrepareContext(ctx, d.Rebind(q.String())); err != nil {
				return err
			}
			r.stmts[n] = st
		}
		if _, err := st.ExecContext(ctx, args[:n*r.cols]...); err != nil {
			return err
		}
		args = args[n*r.cols:]
	}
	return nil
}

func (r *rows) close() {
	for _, st := range r.stmts {
		st.Close()
	}
}

// flushRows inserts the pending claims, events and places.
func (p *putStmts) flushRows(ctx context.Context, tx *sql.Tx, d Dialect) error {
	for _, r := range []*rows{p.claims, p.events, p.places} {
		if err := r.flush(ctx, tx, d); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) prepare(ctx context.Context, tx *sql.Tx) (*putStmts, error) {
	r := s.D.Rebind
	p := &putStmts{
		claims: &rows{insert: `INSERT INTO claims (article_seq, id, speaker_actor, side, stance, quote) VALUES`, cols: 6, stmts: map[int]*sql.Stmt{}},
		events: &rows{insert: `INSERT INTO events (article_seq, id, type, cameo, initiator_side, target_side, date_start) VALUES`, cols: 7, stmts: map[int]*sql.Stmt{}},
		places: &rows{insert: `INSERT INTO places (article_seq, id, name, name_lower, text_lower, country, geonameid, lat, lon) VALUES`, cols: 9, stmts: map[int]*sql.Stmt{}},
	}
	for _, st := range []struct {
		to *(*sql.Stmt)
		q  string
	}{
		{&p.byHash, `SELECT id FROM articles WHERE hash = ?`},
		{&p.seqByID, `SELECT seq FROM articles WHERE id = ?`},
		{&p.article, `INSERT INTO articles (id, source, url, outlet, title, published, language, sentences, body, text, hash, doc,
		n_claims, n_events, n_counts, n_places, n_entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING seq`},
	} {
		var err error
		if *st.to, err = tx.PrepareContext(ctx, r(st.q)); err != nil {
			p.close()
			return nil, err
		}
	}
	return p, nil
}

func (p *putStmts) close() {
	for _, st := range []*sql.Stmt{p.byHash, p.seqByID, p.article} {
		if st != nil {
			st.Close()
		}
	}
	for _, r := range []*rows{p.claims, p.events, p.places} {
		r.close()
	}
}

// flushFTS adds the batch's pending full-text rows, a few hundred per
// statement.
func (s *Store) flushFTS(ctx context.Context, tx *sql.Tx, p *putStmts) error {
	const perStatement = 300 // 900 parameters, well below SQLite's limit
	for len(p.fts) > 0 {
		n := min(len(p.fts)/3, perStatement)
		var q strings.Builder
		q.WriteString(s.D.InsertFTSRows)
		for i := range n {
			if i > 0 {
				q.WriteByte(',')
			}
			q.WriteString(" (?, ?, ?)")
		}
		if _, err := tx.ExecContext(ctx, s.D.Rebind(q.String()), p.fts[:3*n]...); err != nil {
			return err
		}
		p.fts = p.fts[3*n:]
	}
	return nil
}

func (s *Store) putDoc(ctx context.Context, tx *sql.Tx, p *putStmts, d *parallax.Document) (string, error) {
	r, c := s.D.Rebind, s.str
	h := memstore.ContentHash(d.Article.Body)
	var have string
	switch err := p.byHash.QueryRowContext(ctx, h[:]).Scan(&have); {
	case err == nil:
		if have != d.Article.ID {
			if _, err := tx.ExecContext(ctx, r(`INSERT INTO aliases (id, duplicate_of) VALUES (?, ?) ON CONFLICT DO NOTHING`), c(d.Article.ID), have); err != nil {
				return "", err
			}
		}
		return have, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	// The same id with other content replaces the stored article.
	if err := s.deleteArticle(ctx, tx, p, d.Article.ID); err != nil {
		return "", err
	}
	enc, err := appendDocument(p.enc[:0], d)
	if err != nil {
		return "", err
	}
	p.enc = enc // the driver copies it: the next article reuses it
	a := d.Article
	var seq int64
	err = p.article.QueryRowContext(ctx,
		c(a.ID), c(a.Source), c(a.URL), c(a.Outlet), c(a.Title), c(a.Published), c(a.Language), len(d.Sentences), s.textArg(a.Body), s.textArg(d.Text), h[:], enc,
		len(d.Claims), len(d.Events), len(d.Counts), len(d.Places), len(d.Entities)).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		// Another writer stored the same content meanwhile (PostgreSQL).
		if err := p.byHash.QueryRowContext(ctx, h[:]).Scan(&have); err != nil {
			return "", fmt.Errorf("article stored concurrently under the same id with other content: %w", err)
		}
		return have, nil
	}
	if err != nil {
		return "", err
	}
	switch {
	case s.D.InsertFTSRows != "":
		p.fts = append(p.fts, noNUL(a.Title), noNUL(d.Text), seq)
	case s.D.InsertFTS != "":
		if _, err := tx.ExecContext(ctx, r(s.D.InsertFTS), noNUL(a.Title), noNUL(d.Text), seq); err != nil {
			return "", err
		}
	}
	for _, cl := range d.Claims {
		p.claims.add(seq, c(cl.ID), c(cl.Speaker.Actor), c(cl.Speaker.Side), c(cl.Stance), c(cl.Quote))
	}
	for _, e := range d.Events {
		p.events.add(seq, c(e.ID), c(e.Type), c(e.CAMEO), c(e.Initiator.Side), c(e.Target.Side), c(e.Date.Start))
	}
	for _, pl := range d.Places {
		p.places.add(seq, c(pl.ID), c(pl.Name), c(strings.ToLower(pl.Name)), c(strings.ToLower(pl.Text)), c(pl.Country), pl.GeonameID, pl.Lat, pl.Lon)
	}
	return "", nil
}

// str makes a string fit a text column.
func (s *Store) str(x string) string {
	if s.D.NoNUL {
		return strings.ReplaceAll(x, "\x00", "\uFFFD")
	}
	return x
}

// textArg passes a body or text: as bytes where text columns cannot hold
// every string.
func (s *Store) textArg(x string) any {
	if s.D.NoNUL {
		return []byte(x)
	}
	return x
}

// noNUL replaces NUL bytes by spaces, for the full-text index.
func noNUL(x string) string { return strings.ReplaceAll(x, "\x00", " ") }

func (s *Store) deleteArticle(ctx context.Context, tx *sql.Tx, p *putStmts, id string) error {
	r := s.D.Rebind
	var seq int64
	switch err := p.seqByID.QueryRowContext(ctx, s.str(id)).Scan(&seq); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	// An article stored earlier in the same batch has its rows still
	// pending: they go in first, as they would have, and are deleted
	// below; its full-text row is dropped from the pending ones.
	if err := p.flushRows(ctx, tx, s.D); err != nil {
		return err
	}
	for i := 0; i < len(p.fts); i += 3 {
		if p.fts[i+2] == any(seq) {
			p.fts = append(p.fts[:i:i], p.fts[i+3:]...)
			break
		}
	}
	for _, q := range []string{`DELETE FROM claims WHERE article_seq = ?`, `DELETE FROM events WHERE article_seq = ?`,
		`DELETE FROM places WHERE article_seq = ?`, `DELETE FROM articles WHERE seq = ?`, s.D.DeleteFTS} {
		if q == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, r(q), seq); err != nil {
			return err
		}
	}
	return nil
}

// SetFusion replaces incidents and duplicates in one transaction, writing
// only those that changed.
func (s *Store) SetFusion(ctx context.Context, incidents []parallax.Incident, dups []parallax.Duplicate) error {
	_, err := s.SetFusionIf(ctx, -1, incidents, dups)
	return err
}

// SetFusionIf replaces incidents and duplicates if the store holds exactly
// articles articles (any number when articles < 0), checked in the same
// transaction that writes them, so that a writer whose fusion missed
// another's articles learns it (ok false) instead of overwriting theirs.
func (s *Store) SetFusionIf(ctx context.Context, articles int, incidents []parallax.Incident, dups []parallax.Duplicate) (ok bool, err error) {
	_, ok, err = s.updateIf(ctx, articles, store.FusionUpdate{Incidents: incidents, Duplicates: store.KeyDuplicates(dups), Complete: true})
	return ok, err
}

// UpdateFusion applies u in one transaction.
func (s *Store) UpdateFusion(ctx context.Context, u store.FusionUpdate) (store.FusionWrites, error) {
	w, _, err := s.updateIf(ctx, -1, u)
	return w, err
}

// UpdateFusionIf is UpdateFusion if the store holds exactly articles
// articles (as SetFusionIf).
func (s *Store) UpdateFusionIf(ctx context.Context, articles int, u store.FusionUpdate) (store.FusionWrites, bool, error) {
	return s.updateIf(ctx, articles, u)
}

func (s *Store) updateIf(ctx context.Context, articles int, u store.FusionUpdate) (w store.FusionWrites, ok bool, err error) {
	tx, err := s.Write.BeginTx(ctx, nil)
	if err != nil {
		return w, false, err
	}
	defer func() {
		if err != nil || !ok {
			tx.Rollback()
		}
	}()
	if ok, err = s.holds(ctx, tx, articles); err != nil || !ok {
		return w, false, err
	}
	if w, err = s.updateFusionTx(ctx, tx, u); err != nil {
		if errors.Is(err, errOtherWriter) {
			return w, false, nil
		}
		return w, false, err
	}
	if err := tx.Commit(); err != nil {
		return w, false, err
	}
	if s.D.Analyze != "" && u.Complete {
		// Statistics only guide the planner: a failure here loses nothing.
		// Only after a complete update: it reads every table.
		s.Write.ExecContext(ctx, s.D.Analyze)
	}
	return w, true, nil
}

// Analyze refreshes the planner's statistics (after a long ingest, whose
// batches do not). A failure loses nothing.
func (s *Store) Analyze(ctx context.Context) {
	if s.D.Analyze != "" {
		s.Write.ExecContext(ctx, s.D.Analyze)
	}
}

// holds reports, within tx, whether the store holds exactly n articles
// (true when n < 0), keeping other writers from adding any until tx ends.
func (s *Store) holds(ctx context.Context, tx *sql.Tx, n int) (bool, error) {
	if n < 0 {
		return true, nil
	}
	if s.D.LockArticles != "" {
		if _, err := tx.ExecContext(ctx, s.D.LockArticles); err != nil {
			return false, err
		}
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&have); err != nil {
		return false, err
	}
	return have == n, nil
}

// PutFused stores docs and, in the same transaction, the fusion update
// that fuse makes of Put's results.
func (s *Store) PutFused(ctx context.Context, articles int, docs []*parallax.Document, fuse func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error)) (res []store.PutResult, w store.FusionWrites, ok bool, err error) {
	return s.PutFusedWithin(ctx, articles, -1, docs, fuse)
}

// PutFusedWithin is PutFused that stores nothing (ok false, fuse not
// called) when the store holds more than maxMissed articles the caller's
// fusion has not seen (any number when maxMissed < 0): a server answering
// a request reads and fuses a few articles another writer stored, not
// the thousands a long ingest may have added, which it leaves to work
// done outside the request.
func (s *Store) PutFusedWithin(ctx context.Context, articles, maxMissed int, docs []*parallax.Document, fuse func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error)) (res []store.PutResult, w store.FusionWrites, ok bool, err error) {
	tx, err := s.Write.BeginTx(ctx, nil)
	if err != nil {
		return nil, w, false, err
	}
	defer func() {
		if err != nil || !ok {
			tx.Rollback()
		}
	}()
	if s.D.LockArticles != "" {
		if _, err := tx.ExecContext(ctx, s.D.LockArticles); err != nil {
			return nil, w, false, err
		}
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&have); err != nil {
		return nil, w, false, err
	}
	if have < articles || (maxMissed >= 0 && have-articles > maxMissed) {
		return nil, w, false, nil
	}
	var missed []*parallax.Document
	if have > articles {
		// Another writer's articles: read here, in the transaction that
		// keeps others from adding more.
		rows, err := tx.QueryContext(ctx, s.D.Rebind(`SELECT `+docColumns+` FROM articles ORDER BY seq LIMIT ? OFFSET ?`), have-articles, max(articles, 0))
		if err != nil {
			return nil, w, false, err
		}
		for rows.Next() {
			d, err := scanDoc(rows)
			if err != nil {
				rows.Close()
				return nil, w, false, err
			}
			missed = append(missed, d)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, w, false, err
		}
	}
	if res, err = s.PutTx(ctx, tx, docs); err != nil {
		return nil, w, false, err
	}
	u, err := fuse(res, missed)
	if err != nil {
		return nil, w, false, err
	}
	if w, err = s.updateFusionTx(ctx, tx, u); err != nil {
		if errors.Is(err, errOtherWriter) {
			return nil, w, false, nil
		}
		return nil, w, false, err
	}
	if err := tx.Commit(); err != nil {
		return nil, w, false, err
	}
	return res, w, true, nil
}

// StoredContent returns the id of the stored article whose content is body,
// if there is one.
func (s *Store) StoredContent(ctx context.Context, body string) (string, bool, error) {
	h := memstore.ContentHash(body)
	var id string
	err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT id FROM articles WHERE hash = ?`), h[:]).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return id, err == nil, err
}

// fusionHash is the content hash that tells whether a stored incident or
// duplicate entry changed.
func fusionHash(data []byte, extra int64) []byte {
	h := sha256.New()
	h.Write(data)
	binary.Write(h, binary.LittleEndian, extra)
	return h.Sum(nil)[:16]
}

// updateFusionTx applies u within tx: an incident or duplicate entry is
// written only when its content hash differs from the stored one.
func (s *Store) updateFusionTx(ctx context.Context, tx *sql.Tx, u store.FusionUpdate) (store.FusionWrites, error) {
	var w store.FusionWrites
	if err := s.checkWriter(ctx, tx, u); err != nil {
		return w, err
	}
	r := s.D.Rebind
	var stmts []*sql.Stmt
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	var perr error
	prep := func(q string) *sql.Stmt {
		st, err := tx.PrepareContext(ctx, r(q))
		if err != nil {
			perr = errors.Join(perr, err)
			return nil
		}
		stmts = append(stmts, st)
		return st
	}
	selInc := prep(`SELECT seq, hash FROM incidents WHERE id = ?`)
	insInc := prep(`INSERT INTO incidents (id, date_start, date_end, one_sided, hash) VALUES (?, ?, ?, ?, ?) RETURNING seq`)
	updInc := prep(`UPDATE incidents SET date_start = ?, date_end = ?, one_sided = ?, hash = ? WHERE seq = ?`)
	delInc := prep(`DELETE FROM incidents WHERE seq = ?`)
	var delParts []*sql.Stmt
	for _, t := range []string{"incident_sides", "incident_places", "incident_articles", "incident_data"} {
		delParts = append(delParts, prep(`DELETE FROM `+t+` WHERE incident_seq = ?`))
	}
	insData := prep(`INSERT INTO incident_data (incident_seq, data) VALUES (?, ?)`)
	selData := prep(`SELECT data FROM incident_data WHERE incident_seq = ?`)
	updData := prep(`UPDATE incident_data SET data = ? WHERE incident_seq = ?`)
	delSide := prep(`DELETE FROM incident_sides WHERE incident_seq = ? AND side = ?`)
	delArt := prep(`DELETE FROM incident_articles WHERE incident_seq = ? AND article_seq IN (SELECT seq FROM articles WHERE id = ?)`)
	delPlaces := prep(`DELETE FROM incident_places WHERE incident_seq = ?`)
	insSide := prep(`INSERT INTO incident_sides (incident_seq, side) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	insArt := prep(`INSERT INTO incident_articles (incident_seq, article_seq) SELECT CAST(? AS BIGINT), seq FROM articles WHERE id = ? ON CONFLICT DO NOTHING`)
	insPlace := prep(`INSERT INTO incident_places (incident_seq, name) SELECT CAST(? AS BIGINT), name_lower FROM places WHERE id = ?
		UNION SELECT CAST(? AS BIGINT), text_lower FROM places WHERE id = ? ON CONFLICT DO NOTHING`)
	// One statement per entry: most are new pairs, which a lookup first
	// would only confirm.
	putDup := prep(`INSERT INTO duplicates (data, dkey, ord, hash) VALUES (?, ?, ?, ?)
		ON CONFLICT (dkey) WHERE dkey <> '' DO UPDATE SET data = excluded.data, ord = excluded.ord, hash = excluded.hash
		WHERE duplicates.hash <> excluded.hash`)
	delDup := prep(`DELETE FROM duplicates WHERE seq = ?`)
	if perr != nil {
		return w, perr
	}
	deleteParts := func(seq int64) error {
		for _, st := range delParts {
			if _, err := st.ExecContext(ctx, seq); err != nil {
				return err
			}
		}
		return nil
	}
	lookup := func(st *sql.Stmt, key string) (int64, []byte, bool, error) {
		var seq int64
		var h []byte
		err := st.QueryRowContext(ctx, s.str(key)).Scan(&seq, &h)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, nil, false, nil
		}
		return seq, h, err == nil, err
	}

	named := map[string]bool{}
	putInc := func(inc parallax.Incident) error {
		named[s.str(inc.ID)] = true
		data, err := json.Marshal(inc)
		if err != nil {
			return err
		}
		h := fusionHash(data, 0)
		one := 0
		if inc.OneSided {
			one = 1
		}
		seq, old, found, err := lookup(selInc, inc.ID)
		switch {
		case err != nil:
			return err
		case found && bytes.Equal(old, h):
			w.UnchangedIncidents++
			return nil
		case found:
			// A changed incident mostly grows: its rows are diffed against
			// the stored version, so that a large incident that gains an
			// article costs one row, not all of them again.
			var raw []byte
			if err := selData.QueryRowContext(ctx, seq).Scan(&raw); err != nil {
				return err
			}
			var prev struct{ Articles, Places, Sides []string }
			if err := json.Unmarshal(raw, &prev); err != nil {
				return fmt.Errorf("incident %s: %w", inc.ID, err)
			}
			if _, err := updInc.ExecContext(ctx, s.str(inc.Date.Start), s.str(inc.Date.End), one, h, seq); err != nil {
				return err
			}
			if _, err := updData.ExecContext(ctx, data, seq); err != nil {
				return err
			}
			w.Incidents++
			if err := s.diffRows(ctx, seq, prev.Sides, inc.Sides, delSide, insSide); err != nil {
				return err
			}
			if err := s.diffRows(ctx, seq, prev.Articles, inc.Articles, delArt, insArt); err != nil {
				return err
			}
			if !slices.Equal(prev.Places, inc.Places) {
				// At most ten places, and two ids may give one name: all
				// again.
				if _, err := delPlaces.ExecContext(ctx, seq); err != nil {
					return err
				}
				for _, p := range inc.Places {
					if _, err := insPlace.ExecContext(ctx, seq, s.str(p), seq, s.str(p)); err != nil {
						return err
					}
				}
			}
			return nil
		default:
			if err := insInc.QueryRowContext(ctx, s.str(inc.ID), s.str(inc.Date.Start), s.str(inc.Date.End), one, h).Scan(&seq); err != nil {
				return fmt.Errorf("storing incident %s: %w", inc.ID, err)
			}
		}
		w.Incidents++
		if _, err := insData.ExecContext(ctx, seq, data); err != nil {
			return err
		}
		for _, side := range inc.Sides {
			if _, err := insSide.ExecContext(ctx, seq, s.str(side)); err != nil {
				return err
			}
		}
		for _, a := range inc.Articles {
			if _, err := insArt.ExecContext(ctx, seq, s.str(a)); err != nil {
				return err
			}
		}
		for _, p := range inc.Places {
			if _, err := insPlace.ExecContext(ctx, seq, s.str(p), seq, s.str(p)); err != nil {
				return err
			}
		}
		return nil
	}
	for _, inc := range u.Incidents {
		if err := putInc(inc); err != nil {
			return w, err
		}
	}
	if u.Each != nil {
		if err := u.Each(putInc); err != nil {
			return w, err
		}
	}
	var gone []int64
	for _, id := range u.Removed {
		if named[s.str(id)] {
			continue
		}
		seq, _, found, err := lookup(selInc, id)
		if err != nil {
			return w, err
		}
		if found {
			gone = append(gone, seq)
		}
	}
	if u.Complete {
		seqs, err := s.unnamed(ctx, tx, `SELECT seq, id FROM incidents`, named)
		if err != nil {
			return w, err
		}
		gone = append(gone, seqs...)
	}
	for _, seq := range gone {
		if err := deleteParts(seq); err != nil {
			return w, err
		}
		if _, err := delInc.ExecContext(ctx, seq); err != nil {
			return w, err
		}
		w.DeletedIncidents++
	}

	keys := map[string]bool{}
	for _, d := range u.Duplicates {
		keys[s.str(d.Key)] = true
		data, err := json.Marshal(d.Duplicate)
		if err != nil {
			return w, err
		}
		h := fusionHash(data, d.Order)
		r, err := putDup.ExecContext(ctx, data, s.str(d.Key), d.Order, h)
		if err != nil {
			return w, err
		}
		if n, err := r.RowsAffected(); err != nil {
			return w, err
		} else if n == 0 {
			w.UnchangedDuplicates++
			continue
		}
		w.Duplicates++
	}
	if u.Complete {
		seqs, err := s.unnamed(ctx, tx, `SELECT seq, dkey FROM duplicates`, keys)
		if err != nil {
			return w, err
		}
		for _, seq := range seqs {
			if _, err := delDup.ExecContext(ctx, seq); err != nil {
				return w, err
			}
			w.DeletedDuplicates++
		}
	}
	return w, s.recordWriter(ctx, tx, u)
}

// diffRows deletes the rows of incident seq whose value (a side, an
// article id) is in prev and not in cur, and inserts those in cur and not
// in prev.
func (s *Store) diffRows(ctx context.Context, seq int64, prev, cur []string, del, ins *sql.Stmt) error {
	inPrev, inCur := make(map[string]bool, len(prev)), make(map[string]bool, len(cur))
	for _, x := range prev {
		inPrev[x] = true
	}
	for _, x := range cur {
		inCur[x] = true
	}
	for _, x := range prev {
		if !inCur[x] {
			if _, err := del.ExecContext(ctx, seq, s.str(x)); err != nil {
				return err
			}
		}
	}
	for _, x := range cur {
		if !inPrev[x] {
			if _, err := ins.ExecContext(ctx, seq, s.str(x)); err != nil {
				return err
			}
		}
	}
	return nil
}

// unnamed returns the seqs of the rows of q (seq, name) whose name is not
// in named.
func (s *Store) unnamed(ctx context.Context, tx *sql.Tx, q string, named map[string]bool) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var seq int64
		var name string
		if err := rows.Scan(&seq, &name); err != nil {
			return nil, err
		}
		if !named[name] {
			out = append(out, seq)
		}
	}
	return out, rows.Err()
}

const docColumns = `id, source, url, outlet, title, published, language, body, text, doc`

func scanDoc(row interface{ Scan(...any) error }) (*parallax.Document, error) {
	return scanDocAs(row, false)
}

// scanDocAs is scanDoc, decoding for fusion only (decodeDocument).
func scanDocAs(row interface{ Scan(...any) error }, fusionOnly bool) (*parallax.Document, error) {
	var a parallax.Article
	var text string
	var enc []byte
	if err := row.Scan(&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Published, &a.Language, &a.Body, &text, &enc); err != nil {
		return nil, err
	}
	d, err := decodeDocument(enc, text, fusionOnly)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", a.ID, err)
	}
	d.Article = a
	return d, nil
}

func (s *Store) Document(ctx context.Context, id string) (*parallax.Document, error) {
	d, err := scanDoc(s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT `+docColumns+` FROM articles WHERE id = ?`), s.str(id)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	return d, err
}

// Documents reads the articles in pages by seq, so that no query stays open
// while fn runs (fn may write to the store).
func (s *Store) Documents(ctx context.Context, fn func(*parallax.Document) error) error {
	return s.documents(ctx, docColumns, false, -1, fn)
}

// FusionDocuments is Documents with what fusion reads of each article (as
// ingest rebuilds its fusion index from the store at every start): no
// body, no tokens (the sentences keep their spans), no item sentence
// texts. Decoding the rest made half the CPU of a rebuild, and garbage
// that the collector of a memory-limited process went through again and
// again. TestFusionDocumentsFuseAlike checks that fusion finds the same
// from them.
func (s *Store) FusionDocuments(ctx context.Context, fn func(*parallax.Document) error) error {
	return s.documents(ctx, fusionColumns, true, -1, fn)
}

// fusionColumns are docColumns without the body.
var fusionColumns = strings.Replace(docColumns, "body", "''", 1)

// documents calls fn with the articles stored after seq after.
func (s *Store) documents(ctx context.Context, columns string, fusionOnly bool, after int64, fn func(*parallax.Document) error) error {
	const page = 200
	last := after
	for {
		rows, err := s.Read.QueryContext(ctx, s.D.Rebind(`SELECT seq, `+columns+` FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`), last, page)
		if err != nil {
			return err
		}
		var docs []*parallax.Document
		for rows.Next() {
			var seq int64
			d, err := scanDocAs(prefixScanner{rows, &seq}, fusionOnly)
			if err != nil {
				rows.Close()
				return err
			}
			last = seq
			docs = append(docs, d)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(docs) < page {
			return nil
		}
	}
}

var _ store.ItemCounter = (*Store)(nil)

// ClaimCounts counts the matching claims of each article from the claims
// table (store.ItemCounter).
func (s *Store) ClaimCounts(ctx context.Context, f store.ClaimFilter, fn func(article string, n int) error) error {
	return s.itemCounts(ctx, `SELECT a.id, count(*) FROM claims c JOIN articles a ON a.seq = c.article_seq
		WHERE (? = '' OR a.id = ?) AND (? = '' OR lower(c.side) = lower(?)) AND (? = '' OR c.stance = ?)
		GROUP BY a.seq, a.id ORDER BY a.seq`, fn, s.str(f.Article), s.str(f.Side), s.str(f.Stance))
}

// EventCounts counts the matching events of each article from the events
// table (store.ItemCounter).
func (s *Store) EventCounts(ctx context.Context, f store.EventFilter, fn func(article string, n int) error) error {
	return s.itemCounts(ctx, `SELECT a.id, count(*) FROM events e JOIN articles a ON a.seq = e.article_seq
		WHERE (? = '' OR a.id = ?) AND (? = '' OR e.type = ?) AND (? = '' OR lower(e.initiator_side) = lower(?) OR lower(e.target_side) = lower(?))
		GROUP BY a.seq, a.id ORDER BY a.seq`, fn, s.str(f.Article), s.str(f.Type), s.str(f.Side))
}

// itemCounts runs q, whose filters each take a value twice (the test for
// "" and the comparison; the side of events three times), and calls fn
// with its rows once the query is closed.
func (s *Store) itemCounts(ctx context.Context, q string, fn func(string, int) error, vals ...string) error {
	var args []any
	for i, v := range vals {
		args = append(args, v, v)
		if i == 2 && strings.Contains(q, "target_side") {
			args = append(args, v)
		}
	}
	rows, err := s.Read.QueryContext(ctx, s.D.Rebind(q), args...)
	if err != nil {
		return err
	}
	type count struct {
		id string
		n  int
	}
	var counts []count
	for rows.Next() {
		var c count
		if err := rows.Scan(&c.id, &c.n); err != nil {
			rows.Close()
			return err
		}
		counts = append(counts, c)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, c := range counts {
		if err := fn(c.id, c.n); err != nil {
			return err
		}
	}
	return nil
}

// prefixScanner scans a leading column into first, then the rest.
type prefixScanner struct {
	rows  *sql.Rows
	first any
}

func (p prefixScanner) Scan(dest ...any) error {
	return p.rows.Scan(append([]any{p.first}, dest...)...)
}

const infoColumns = `id, source, url, outlet, title, published, language, sentences`

func scanInfo(row interface{ Scan(...any) error }) (parallax.ArticleInfo, error) {
	var a parallax.ArticleInfo
	err := row.Scan(&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Published, &a.Language, &a.Sentences)
	return a, err
}

func (s *Store) Articles(ctx context.Context, p store.Page) ([]parallax.ArticleInfo, int, error) {
	var total int
	if err := s.Read.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&total); err != nil {
		return nil, 0, err
	}
	off, lim := p.Window()
	rows, err := s.Read.QueryContext(ctx, s.D.Rebind(`SELECT `+infoColumns+` FROM articles ORDER BY published DESC, seq LIMIT ? OFFSET ?`), lim, off)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []parallax.ArticleInfo{}
	for rows.Next() {
		a, err := scanInfo(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

func (s *Store) Incidents(ctx context.Context, f store.IncidentFilter) ([]parallax.Incident, int, error) {
	var where []string
	var args []any
	if f.From != "" {
		where = append(where, `(i.date_end = '' OR i.date_end >= ?)`)
		args = append(args, s.str(f.From))
	}
	if f.To != "" {
		where = append(where, `(i.date_start = '' OR i.date_start <= ?)`)
		args = append(args, s.str(f.To))
	}
	if f.Side != "" {
		where = append(where, `i.seq IN (SELECT incident_seq FROM incident_sides WHERE side = ?)`)
		args = append(args, s.str(f.Side))
	}
	if f.OneSided != nil {
		one := 0
		if *f.OneSided {
			one = 1
		}
		where = append(where, `i.one_sided = ?`)
		args = append(args, one)
	}
	if f.Place != "" {
		where = append(where, `i.seq IN (SELECT incident_seq FROM incident_places WHERE name = ?)`)
		args = append(args, s.str(strings.ToLower(f.Place)))
	}
	if f.Text != "" {
		words := Words(f.Text)
		if len(words) == 0 {
			return []parallax.Incident{}, 0, nil
		}
		where = append(where, `i.seq IN (SELECT incident_seq FROM incident_articles WHERE article_seq IN (`+s.D.MatchSeqs+`))`)
		args = append(args, s.D.FTSQuery(words))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var total int
	if err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT count(*) FROM incidents i`+cond), args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	off, lim := f.Window()
	rows, err := s.Read.QueryContext(ctx, s.D.Rebind(`SELECT d.data FROM (SELECT i.seq, i.date_start, i.id FROM incidents i`+cond+` ORDER BY i.date_start DESC, i.id LIMIT ? OFFSET ?) p JOIN incident_data d ON d.incident_seq = p.seq ORDER BY p.date_start DESC, p.id`), append(args, lim, off)...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []parallax.Incident{}
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, 0, err
		}
		var inc parallax.Incident
		if err := json.Unmarshal(data, &inc); err != nil {
			return nil, 0, err
		}
		out = append(out, inc)
	}
	return out, total, rows.Err()
}

func (s *Store) Incident(ctx context.Context, id string) (*parallax.Incident, error) {
	var data []byte
	err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT d.data FROM incidents i JOIN incident_data d ON d.incident_seq = i.seq WHERE i.id = ?`), s.str(id)).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	var inc parallax.Incident
	if err := json.Unmarshal(data, &inc); err != nil {
		return nil, fmt.Errorf("incident %s: %w", id, err)
	}
	return &inc, nil
}

func (s *Store) Duplicates(ctx context.Context) ([]parallax.Duplicate, error) {
	rows, err := s.Read.QueryContext(ctx, `SELECT data FROM duplicates ORDER BY ord, seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []parallax.Duplicate{}
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var d parallax.Duplicate
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Words splits a query into the words the full-text index knows: runs of
// letters and digits, lower case.
func Words(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func (s *Store) Search(ctx context.Context, q string, p store.Page) ([]store.Hit, int, error) {
	words := Words(q)
	if len(words) == 0 {
		return []store.Hit{}, 0, nil
	}
	fq := s.D.FTSQuery(words)
	var total int
	if err := s.Read.QueryRowContext(ctx, s.D.Rebind(`SELECT count(*) FROM (`+s.D.MatchSeqs+`) m`), fq).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q, err)
	}
	off, lim := p.Window()
	rows, err := s.Read.QueryContext(ctx, s.D.Rebind(`SELECT `+infoColumns+`, text FROM articles WHERE seq IN (`+s.D.MatchSeqs+`) ORDER BY seq LIMIT ? OFFSET ?`), fq, lim, off)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q, err)
	}
	defer rows.Close()
	out := []store.Hit{}
	for rows.Next() {
		var a parallax.ArticleInfo
		var text string
		if err := rows.Scan(&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Published, &a.Language, &a.Sentences, &text); err != nil {
			return nil, 0, err
		}
		out = append(out, store.Hit{Article: a, Snippet: Snippet(text, words)})
	}
	return out, total, rows.Err()
}

// Snippet returns about 160 bytes of text around the first of words found.
func Snippet(text string, words []string) string {
	lower := strings.ToLower(text)
	i := -1
	for _, w := range words {
		if i = strings.Index(lower, w); i >= 0 {
			break
		}
	}
	if i < 0 || len(lower) != len(text) {
		i = 0
	}
	start, end := max(0, i-60), min(len(text), i+100)
	for start > 0 && text[start]&0xC0 == 0x80 {
		start--
	}
	for end < len(text) && text[end]&0xC0 == 0x80 {
		end++
	}
	return parallax.NormalizeSpace(text[start:end])
}

func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.Read.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(n_claims), 0), coalesce(sum(n_events), 0), coalesce(sum(n_counts), 0),
		coalesce(sum(n_places), 0), coalesce(sum(n_entities), 0) FROM articles`).Scan(&st.Articles, &st.Claims, &st.Events, &st.Counts, &st.Places, &st.Entities)
	if err != nil {
		return st, err
	}
	if err := s.Read.QueryRowContext(ctx, `SELECT count(*) FROM incidents`).Scan(&st.Incidents); err != nil {
		return st, err
	}
	err = s.Read.QueryRowContext(ctx, `SELECT count(*) FROM duplicates`).Scan(&st.Duplicates)
	return st, err
}

// encoded is the stored form of a document: everything but the texts,
// which have their own columns. Token texts are dropped when every one is
// the slice of the text its span says (TokenTexts false), and restored.
type encoded struct {
	Doc        *parallax.Document
	TokenTexts bool `json:",omitempty"`
}

// decodeV1 decodes the first stored form of a document, gzip'd JSON of
// encoded (written before version 2, docenc.go); text is the cleaned text.
func decodeV1(b []byte, text string) (*parallax.Document, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decoding the stored document: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decoding the stored document: %w", err)
	}
	var e encoded
	if err := json.Unmarshal(raw, &e); err != nil || e.Doc == nil {
		return nil, fmt.Errorf("decoding the stored document: %v", err)
	}
	d := e.Doc
	d.Text = text
	if !e.TokenTexts {
		for i := range d.Sentences {
			for j := range d.Sentences[i].Tokens {
				t := &d.Sentences[i].Tokens[j]
				if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
					t.Text = text[t.Start:t.End]
				}
			}
		}
	}
	return d, nil
}
