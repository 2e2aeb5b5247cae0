// Package memstore is the in-memory store: what `parallax demo --serve`
// and the tests use. It holds everything in maps guarded by one lock.
package memstore

import (
	"context"
	"crypto/sha256"
	"sort"
	"strings"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
)

// Store is an in-memory store.Store. The zero value is not usable: call New.
type Store struct {
	mu        sync.RWMutex
	order     []string                      // article ids in the order stored
	docs      map[string]*parallax.Document // by article id
	byHash    map[[32]byte]string           // content hash -> article id
	incidents []parallax.Incident
	byInc     map[string]int // incident id -> index
	dups      []parallax.Duplicate
}

var _ store.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{docs: map[string]*parallax.Document{}, byHash: map[[32]byte]string{}, byInc: map[string]int{}}
}

// ContentHash is the key that makes two articles the same content: the
// SHA-256 of the body with white space collapsed.
func ContentHash(body string) [32]byte {
	return sha256.Sum256([]byte(parallax.NormalizeSpace(body)))
}

func (s *Store) Put(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]store.PutResult, len(docs))
	for i, d := range docs {
		h := ContentHash(d.Article.Body)
		if id, ok := s.byHash[h]; ok {
			out[i] = store.PutResult{ID: d.Article.ID, DuplicateOf: id}
			continue
		}
		if _, ok := s.docs[d.Article.ID]; !ok {
			s.order = append(s.order, d.Article.ID)
		}
		s.docs[d.Article.ID] = d
		s.byHash[h] = d.Article.ID
		out[i] = store.PutResult{ID: d.Article.ID}
	}
	return out, nil
}

func (s *Store) SetFusion(ctx context.Context, incidents []parallax.Incident, dups []parallax.Duplicate) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.incidents = append([]parallax.Incident(nil), incidents...)
	// Keep incidents in list order (latest first), so a query filters and
	// windows without sorting 10,000 incidents on every request.
	sort.SliceStable(s.incidents, func(i, j int) bool {
		a, b := s.incidents[i], s.incidents[j]
		if a.Date.Start != b.Date.Start {
			return a.Date.Start > b.Date.Start
		}
		return a.ID < b.ID
	})
	s.dups = append([]parallax.Duplicate(nil), dups...)
	s.byInc = make(map[string]int, len(incidents))
	for i, inc := range s.incidents {
		s.byInc[inc.ID] = i
	}
	return nil
}

func (s *Store) Document(ctx context.Context, id string) (*parallax.Document, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, ok := s.docs[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	return d, nil
}

func (s *Store) Documents(ctx context.Context, fn func(*parallax.Document) error) error {
	s.mu.RLock()
	ids := append([]string(nil), s.order...)
	s.mu.RUnlock()
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.mu.RLock()
		d := s.docs[id]
		s.mu.RUnlock()
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// Info describes a document as a report does.
func Info(d *parallax.Document) parallax.ArticleInfo {
	a := d.Article
	return parallax.ArticleInfo{ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
		Published: a.Published, Language: a.Language, Sentences: len(d.Sentences)}
}

func (s *Store) Articles(ctx context.Context, p store.Page) ([]parallax.ArticleInfo, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	all := make([]parallax.ArticleInfo, 0, len(s.order))
	for _, id := range s.order {
		all = append(all, Info(s.docs[id]))
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Published > all[j].Published })
	return window(all, p), len(all), nil
}

func (s *Store) Incidents(ctx context.Context, f store.IncidentFilter) ([]parallax.Incident, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	off, lim := f.Page.Window()
	out := []parallax.Incident{}
	total := 0
	for _, inc := range s.incidents { // already in list order (SetFusion)
		if !s.passes(inc, f) {
			continue
		}
		if total >= off && len(out) < lim {
			out = append(out, inc)
		}
		total++
	}
	return out, total, nil
}

// passes reports whether inc satisfies every filter that f sets.
func (s *Store) passes(inc parallax.Incident, f store.IncidentFilter) bool {
	if f.From != "" && inc.Date.End != "" && inc.Date.End < f.From {
		return false
	}
	if f.To != "" && inc.Date.Start != "" && inc.Date.Start > f.To {
		return false
	}
	if f.Side != "" && !contains(inc.Sides, f.Side) {
		return false
	}
	if f.OneSided != nil && inc.OneSided != *f.OneSided {
		return false
	}
	if f.Place != "" && !s.hasPlace(inc, f.Place) {
		return false
	}
	if f.Text != "" && !s.hasText(inc, f.Text) {
		return false
	}
	return true
}

func (s *Store) hasPlace(inc parallax.Incident, name string) bool {
	want := map[string]bool{}
	for _, id := range inc.Places {
		want[id] = true
	}
	for _, a := range inc.Articles {
		if d := s.docs[a]; d != nil {
			for _, p := range d.Places {
				if want[p.ID] && (strings.EqualFold(p.Name, name) || strings.EqualFold(p.Text, name)) {
					return true
				}
			}
		}
	}
	return false
}

func (s *Store) hasText(inc parallax.Incident, q string) bool {
	for _, a := range inc.Articles {
		if d := s.docs[a]; d != nil && matches(d, q) {
			return true
		}
	}
	return false
}

// matches reports whether every word of q occurs in the title or text of d,
// ignoring case.
func matches(d *parallax.Document, q string) bool {
	hay := strings.ToLower(d.Article.Title + "\n" + d.Text)
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return len(strings.Fields(q)) > 0
}

func (s *Store) Incident(ctx context.Context, id string) (*parallax.Incident, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	i, ok := s.byInc[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	inc := s.incidents[i]
	return &inc, nil
}

func (s *Store) Duplicates(ctx context.Context) ([]parallax.Duplicate, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]parallax.Duplicate{}, s.dups...), nil
}

func (s *Store) Search(ctx context.Context, q string, p store.Page) ([]store.Hit, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var hits []store.Hit
	for _, id := range s.order {
		d := s.docs[id]
		if matches(d, q) {
			hits = append(hits, store.Hit{Article: Info(d), Snippet: snippet(d.Text, q)})
		}
	}
	return window(hits, p), len(hits), nil
}

// snippet returns about 160 bytes of text around the first word of q.
func snippet(text, q string) string {
	words := strings.Fields(strings.ToLower(q))
	if len(words) == 0 {
		return ""
	}
	i := strings.Index(strings.ToLower(text), words[0])
	if i < 0 {
		i = 0
	}
	start, end := max(0, i-60), min(len(text), i+100)
	for start > 0 && !isBoundary(text, start) {
		start--
	}
	for end < len(text) && !isBoundary(text, end) {
		end++
	}
	return parallax.NormalizeSpace(text[start:end])
}

func isBoundary(s string, i int) bool { return i >= len(s) || s[i]&0xC0 != 0x80 }

func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := store.Stats{Articles: len(s.docs), Duplicates: len(s.dups), Incidents: len(s.incidents)}
	for _, d := range s.docs {
		st.Claims += len(d.Claims)
		st.Events += len(d.Events)
		st.Counts += len(d.Counts)
		st.Places += len(d.Places)
		st.Entities += len(d.Entities)
	}
	return st, nil
}

func (s *Store) Close() error { return nil }

func window[T any](xs []T, p store.Page) []T {
	off, lim := p.Window()
	if off >= len(xs) {
		return []T{}
	}
	return xs[off:min(len(xs), off+lim)]
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
