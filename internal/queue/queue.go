// Package queue is a work queue of raw articles kept in PostgreSQL, so that
// worker processes on many machines share one corpus. It is in-house over
// SELECT ... FOR UPDATE SKIP LOCKED rather than River: the whole job is one
// table and one transaction that both claims the rows and stores the
// results, which is what makes "exactly once" hold when a worker dies (River
// commits job completion apart from the work the job does).
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// Queue is the work queue of a PostgreSQL store.
type Queue struct {
	st *sqlstore.Store
}

// New returns the queue of st, which must be a PostgreSQL store.
func New(st *sqlstore.Store) (*Queue, error) {
	if !st.D.Dollar {
		return nil, fmt.Errorf("the work queue needs a PostgreSQL database (--db postgres://...), not %s", st.D.Name)
	}
	return &Queue{st: st}, nil
}

// Enqueue adds articles to the queue in one transaction.
func (q *Queue) Enqueue(ctx context.Context, arts []parallax.Article) (err error) {
	tx, err := q.st.Write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	for _, a := range arts {
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO queue (article) VALUES ($1)`, b); err != nil {
			return fmt.Errorf("queueing %s: %w", a.ID, err)
		}
	}
	return tx.Commit()
}

// Pending counts the articles waiting, locked ones included.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	var n int
	err := q.st.Read.QueryRowContext(ctx, `SELECT count(*) FROM queue`).Scan(&n)
	return n, err
}

// Process takes up to n articles no other worker holds, analyses them with
// analyze, stores the documents and removes the articles from the queue,
// all in one transaction: if the worker dies at any point, the articles
// return to the queue untouched. It returns the store's results (empty when
// the queue had nothing free).
func (q *Queue) Process(ctx context.Context, worker string, n int, analyze func([]parallax.Article) []*parallax.Document) (res []store.PutResult, err error) {
	tx, err := q.st.Write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	rows, err := tx.QueryContext(ctx, `SELECT seq, article FROM queue ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`, n)
	if err != nil {
		return nil, err
	}
	var seqs []int64
	var arts []parallax.Article
	for rows.Next() {
		var seq int64
		var raw []byte
		if err := rows.Scan(&seq, &raw); err != nil {
			rows.Close()
			return nil, err
		}
		var a parallax.Article
		if err := json.Unmarshal(raw, &a); err != nil {
			rows.Close()
			return nil, fmt.Errorf("queued article %d: %w", seq, err)
		}
		seqs = append(seqs, seq)
		arts = append(arts, a)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, tx.Commit()
	}
	docs := analyze(arts)
	res, err = q.st.PutTx(ctx, tx, docs)
	if err != nil {
		return nil, err
	}
	for i, seq := range seqs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM queue WHERE seq = $1`, seq); err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO queue_log (article_id, worker) VALUES ($1, $2)`, arts[i].ID, worker); err != nil {
			return nil, err
		}
	}
	return res, tx.Commit()
}

// Processed returns, for each article id the queue log holds, how many
// times it was processed, and by which workers.
func (q *Queue) Processed(ctx context.Context) (map[string][]string, error) {
	rows, err := q.st.Read.QueryContext(ctx, `SELECT article_id, worker FROM queue_log ORDER BY done_at`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var id, w string
		if err := rows.Scan(&id, &w); err != nil {
			return nil, err
		}
		out[id] = append(out[id], w)
	}
	return out, rows.Err()
}
