// Package memstore is the in-memory store: what `parallax demo --serve`
// and the tests use. It holds everything in maps guarded by one lock.
package memstore

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"maps"
	"slices"
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
	keyed     []store.KeyedDuplicate // dups with their keys and orders
	incHash   map[string][32]byte    // incident id → hash of its content
}

var _ store.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{docs: map[string]*parallax.Document{}, byHash: map[[32]byte]string{}, byInc: map[string]int{}}
}

// ContentHash is the key that makes two articles the same content: the
// SHA-256 of the body with white space collapsed (parallax.NormalizeSpace).
// The words are hashed as they are found, through a small buffer, instead
// of making the collapsed copy: ingest hashes every article twice (the
// check before analysis, then the store), and the copy with its slice of
// words was most of the cost.
func ContentHash(body string) [32]byte {
	h := sha256.New()
	var buf [1024]byte
	b := buf[:0]
	first := true
	for w := range strings.FieldsSeq(body) {
		if len(b)+1+len(w) > cap(b) {
			h.Write(b)
			b = buf[:0]
		}
		if !first {
			b = append(b, ' ')
		}
		first = false
		if len(w) > cap(b)-len(b) {
			h.Write(b)
			h.Write([]byte(w))
			b = buf[:0]
			continue
		}
		b = append(b, w...)
	}
	h.Write(b)
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

func (s *Store) Put(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.put(docs), nil
}

func (s *Store) put(docs []*parallax.Document) []store.PutResult {
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
	return out
}

func (s *Store) SetFusion(ctx context.Context, incidents []parallax.Incident, dups []parallax.Duplicate) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.update(store.FusionUpdate{Incidents: incidents, Duplicates: store.KeyDuplicates(dups), Complete: true})
	return err
}

// setIncidents stores the incident list.
func (s *Store) setIncidents(incidents []parallax.Incident) {
	s.incidents = incidents
	// Keep incidents in list order (latest first), so a query filters and
	// windows without sorting 10,000 incidents on every request.
	sort.SliceStable(s.incidents, func(i, j int) bool {
		a, b := s.incidents[i], s.incidents[j]
		if a.Date.Start != b.Date.Start {
			return a.Date.Start > b.Date.Start
		}
		return a.ID < b.ID
	})
	s.byInc = make(map[string]int, len(incidents))
	for i, inc := range s.incidents {
		s.byInc[inc.ID] = i
	}
}

var _ store.FusionUpdater = (*Store)(nil)

// UpdateFusion applies u: incidents by id, duplicates by key.
func (s *Store) UpdateFusion(ctx context.Context, u store.FusionUpdate) (store.FusionWrites, error) {
	if err := ctx.Err(); err != nil {
		return store.FusionWrites{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.update(u)
}

// PutFused stores docs and the update fuse makes of the results, under
// one lock: both or (when fuse fails) neither.
func (s *Store) PutFused(ctx context.Context, articles int, docs []*parallax.Document, fuse func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error)) ([]store.PutResult, store.FusionWrites, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, store.FusionWrites{}, false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if articles > len(s.order) {
		return nil, store.FusionWrites{}, false, nil
	}
	var missed []*parallax.Document
	for _, id := range s.order[max(articles, 0):] {
		missed = append(missed, s.docs[id])
	}
	// Put, on copies, so that a failing fuse leaves the store as it was.
	order, byHash := slices.Clone(s.order), maps.Clone(s.byHash)
	docsByID := maps.Clone(s.docs)
	res := s.put(docs)
	u, err := fuse(res, missed)
	if err != nil {
		s.order, s.byHash, s.docs = order, byHash, docsByID
		return nil, store.FusionWrites{}, false, err
	}
	w, err := s.update(u)
	if err != nil {
		// update changes nothing when it fails; the articles go too.
		s.order, s.byHash, s.docs = order, byHash, docsByID
		return nil, store.FusionWrites{}, false, err
	}
	return res, w, true, nil
}

func (s *Store) update(u store.FusionUpdate) (store.FusionWrites, error) {
	var w store.FusionWrites
	byID := map[string]parallax.Incident{}
	if !u.Complete {
		for _, inc := range s.incidents {
			byID[inc.ID] = inc
		}
	}
	for _, id := range u.Removed {
		if _, ok := byID[id]; ok {
			delete(byID, id)
			w.DeletedIncidents++
		}
	}
	incs := u.Incidents
	if u.Each != nil {
		incs = slices.Clone(incs)
		if err := u.Each(func(inc parallax.Incident) error { incs = append(incs, inc); return nil }); err != nil {
			return w, err
		}
	}
	for _, inc := range incs {
		if old, ok := s.incHash[inc.ID]; ok && old == hashJSON(inc) {
			w.UnchangedIncidents++
		} else {
			w.Incidents++
		}
		byID[inc.ID] = inc
	}
	if u.Complete {
		for _, inc := range s.incidents {
			if _, ok := byID[inc.ID]; !ok {
				w.DeletedIncidents++
			}
		}
	}
	s.incHash = make(map[string][32]byte, len(byID))
	list := make([]parallax.Incident, 0, len(byID))
	for id, inc := range byID {
		list = append(list, inc)
		s.incHash[id] = hashJSON(inc)
	}
	s.setIncidents(list)

	dups := map[string]store.KeyedDuplicate{}
	old := map[string]store.KeyedDuplicate{}
	for _, d := range s.keyed {
		old[d.Key] = d
		if !u.Complete {
			dups[d.Key] = d
		}
	}
	for _, d := range u.Duplicates {
		if o, ok := old[d.Key]; ok && o.Order == d.Order && hashJSON(o.Duplicate) == hashJSON(d.Duplicate) {
			w.UnchangedDuplicates++
		} else {
			w.Duplicates++
		}
		dups[d.Key] = d
	}
	if u.Complete {
		for k := range old {
			if _, ok := dups[k]; !ok {
				w.DeletedDuplicates++
			}
		}
	}
	s.keyed = slices.SortedStableFunc(maps.Values(dups), func(a, b store.KeyedDuplicate) int {
		if a.Order != b.Order {
			return cmp.Compare(a.Order, b.Order)
		}
		return strings.Compare(a.Key, b.Key)
	})
	s.dups = make([]parallax.Duplicate, len(s.keyed))
	for i, d := range s.keyed {
		s.dups[i] = d.Duplicate
	}
	return w, nil
}

func hashJSON(v any) [32]byte {
	b, _ := json.Marshal(v)
	return sha256.Sum256(b)
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
