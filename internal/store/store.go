// Package store keeps analysed articles and the results of fusion, and
// answers the queries of the CLI, the API and the web pages. Store is the
// one interface; each backend (memory, sqlite, postgres) lives in its own
// package and runs the conformance suite of storetest.
package store

import (
	"context"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
)

// ErrNotFound is returned when an article or incident does not exist.
var ErrNotFound = errors.New("not found")

// Store keeps articles, their extractions, incidents and duplicates.
type Store interface {
	Reader
	Writer
	Close() error
}

// Writer adds articles and replaces fusion results.
type Writer interface {
	// Put stores analysed documents in one transaction: either all of them
	// are stored or none is. A document whose content (the article body) is
	// already stored is not stored again: its result names the stored
	// article it duplicates.
	Put(ctx context.Context, docs []*parallax.Document) ([]PutResult, error)
	// SetFusion stores the incidents and duplicates computed over the
	// stored articles, replacing the previous ones.
	SetFusion(ctx context.Context, incidents []parallax.Incident, dups []parallax.Duplicate) error
}

// FusionUpdater is a store that updates fusion results in place, writing
// only what changed, so that a large ingest can store them after every
// batch.
type FusionUpdater interface {
	// UpdateFusion applies u in one transaction.
	UpdateFusion(ctx context.Context, u FusionUpdate) (FusionWrites, error)
	// PutFused stores docs as Put does and, in the same transaction, the
	// update that fuse returns given Put's results. articles is how many
	// articles the caller's fusion has seen (the first ones stored); when
	// the store holds more (another writer added some), fuse also gets
	// those it has not seen, in storage order, read in the transaction so
	// that no other writer adds more meanwhile. When it holds fewer,
	// nothing is stored and ok is false. An error from fuse stores nothing.
	PutFused(ctx context.Context, articles int, docs []*parallax.Document, fuse func(res []PutResult, missed []*parallax.Document) (FusionUpdate, error)) (res []PutResult, w FusionWrites, ok bool, err error)
}

// FusionUpdate is a change to the stored incidents and duplicates.
type FusionUpdate struct {
	// Incidents are stored, replacing those with the same id; an incident
	// whose stored content is the same is left untouched.
	Incidents []parallax.Incident
	// Each, when set, calls fn with further incidents, stored as
	// Incidents are: a fusion index describes them one at a time as they
	// are written, so that an update naming every incident of a large
	// corpus (after the index is rebuilt) does not hold all their
	// descriptions at once. An error from Each (its own or fn's) fails
	// the update.
	Each func(fn func(parallax.Incident) error) error
	// Removed are the ids of incidents that no longer exist.
	Removed []string
	// Duplicates are stored, replacing those with the same key; likewise
	// left untouched when unchanged.
	Duplicates []KeyedDuplicate
	// Complete: Incidents and Duplicates are the whole result, and what
	// they do not name is deleted.
	Complete bool
	// Index is the key of the fusion index that made the update ("" for
	// a fusion that keeps no saved state): a store that keeps saved
	// indexes (IndexKeeper) records it as the writer of its results, and
	// refuses an update that is not Complete from an index whose key is
	// not that of the results' last writer (ok false, as for a count that
	// does not match), since only an index of that kind knows what its
	// changes apply to.
	Index string
}

// IndexKeeper is a store that keeps the saved state of a fusion index
// (fuse.Index.Save) beside the articles and results it covers, so that a
// writer starts from it instead of rebuilding the index from every stored
// article. A saved state applies only while everything it says still
// holds: the articles it covers are the first ones stored (none replaced
// since), and the stored results were last written by an index of its
// key (an update from any other writer, SetFusion included, makes it
// stale). Articles stored after it (by Put, or a writer that failed
// before saving) are read with FusionDocumentsAfter.
type IndexKeeper interface {
	// SaveIndex stores what write writes as the state of an index of key
	// covering the first articles articles, replacing any saved state, if
	// the store holds exactly that many and its results were last
	// written by an index of key when it held them; otherwise it stores
	// nothing and ok is false. An error from write stores nothing.
	SaveIndex(ctx context.Context, key string, articles int, write func(io.Writer) error) (ok bool, err error)
	// LoadIndex calls read with the saved state of an index of key, if
	// there is one that applies (found false otherwise, read not
	// called), and returns the mark of the articles it covers. An error
	// from read, or a saved state replaced while it is read, is
	// returned.
	LoadIndex(ctx context.Context, key string, read func(io.Reader) error) (at IndexMark, found bool, err error)
	// FusionDocumentsAfter calls fn, in storage order, with the articles
	// stored after those of mark, as fusion reads them.
	FusionDocumentsAfter(ctx context.Context, at IndexMark, fn func(*parallax.Document) error) error
	// IndexResults returns the mark of the articles over which an index
	// of key wrote the stored results, if it was the last writer and
	// they are still the first articles stored (ok false otherwise): an
	// index of key rebuilt from the store gives those results once it
	// holds them.
	IndexResults(ctx context.Context, key string) (at IndexMark, ok bool, err error)
}

// IndexMark locates the articles a saved index covers.
type IndexMark struct {
	Articles int   // how many: the first ones stored
	Last     int64 // the storage sequence of the last of them (0 when none)
}

// KeyedDuplicate is a duplicate entry, its key (what identifies it from one
// update to the next) and its place in the Duplicates list (ascending).
type KeyedDuplicate struct {
	Key   string
	Order int64
	parallax.Duplicate
}

// FusionWrites counts what an update did.
type FusionWrites struct {
	Incidents, UnchangedIncidents, DeletedIncidents    int
	Duplicates, UnchangedDuplicates, DeletedDuplicates int
}

// KeyDuplicates keys a plain list of duplicates, in list order: the key is
// the kind and the articles, so that an entry found again is recognised.
func KeyDuplicates(dups []parallax.Duplicate) []KeyedDuplicate {
	out := make([]KeyedDuplicate, len(dups))
	seen := map[string]int{}
	for i, d := range dups {
		k := d.Kind + "\n" + strings.Join(d.Articles, "\n")
		n := seen[k]
		seen[k]++
		if n > 0 {
			k += "\n#" + strconv.Itoa(n)
		}
		out[i] = KeyedDuplicate{Key: k, Order: int64(i), Duplicate: d}
	}
	return out
}

// PutResult is what Put did with one document.
type PutResult struct {
	ID string // the article id
	// DuplicateOf is the id of the stored article with the same content,
	// when the document was not stored for that reason; "" when stored.
	DuplicateOf string
}

// Reader answers queries.
type Reader interface {
	// Document returns one stored article with all its extractions.
	Document(ctx context.Context, id string) (*parallax.Document, error)
	// Documents calls fn for every stored article in the order they were
	// stored, stopping at the first error fn returns.
	Documents(ctx context.Context, fn func(*parallax.Document) error) error
	// Articles lists stored articles, newest publication first.
	Articles(ctx context.Context, f Page) ([]parallax.ArticleInfo, int, error)
	// Incidents lists incidents that pass the filter, latest first, with
	// the total number that pass it.
	Incidents(ctx context.Context, f IncidentFilter) ([]parallax.Incident, int, error)
	// Incident returns one incident.
	Incident(ctx context.Context, id string) (*parallax.Incident, error)
	// Duplicates returns every duplicate group.
	Duplicates(ctx context.Context) ([]parallax.Duplicate, error)
	// Search finds articles whose title or text match a full-text query.
	Search(ctx context.Context, query string, f Page) ([]Hit, int, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
}

// Page selects a window of a result list.
type Page struct {
	Offset int
	Limit  int // 0: the backend's default (50)
}

// IncidentFilter selects incidents. Empty fields do not filter.
type IncidentFilter struct {
	From, To string // YYYY-MM-DD: incidents whose date range overlaps [From, To]
	Place    string // a place name (case-insensitive) among the incident's places
	Side     string // a side among the incident's sides
	Text     string // words in the text of the incident's articles
	OneSided *bool
	Page
}

// Hit is one search result.
type Hit struct {
	Article parallax.ArticleInfo
	Snippet string // a short passage around the match
}

// Stats counts what a store holds.
type Stats struct {
	Articles, Duplicates, Incidents, Claims, Events, Counts, Places, Entities int
}

// DefaultLimit is the page size when Page.Limit is 0; MaxLimit caps it.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Window returns the offset and limit to use for p.
func (p Page) Window() (offset, limit int) {
	offset, limit = p.Offset, p.Limit
	if offset < 0 {
		offset = 0
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		limit = MaxLimit
	}
	return offset, limit
}

// ItemCounter is a store that counts the claims and events of its
// articles by the columns it keeps of them, without reading the
// documents: the API then reads only the articles that hold the page a
// client asked for, not every stored article.
type ItemCounter interface {
	// ClaimCounts calls fn, in storage order, with each article that
	// holds claims matching f and how many. fn must not use the store.
	ClaimCounts(ctx context.Context, f ClaimFilter, fn func(article string, n int) error) error
	// EventCounts is ClaimCounts for events.
	EventCounts(ctx context.Context, f EventFilter, fn func(article string, n int) error) error
}

// ClaimFilter selects claims: of one article (Article), by the speaker's
// side (Side, ignoring case) and by stance; "" matches any.
type ClaimFilter struct{ Article, Side, Stance string }

// EventFilter selects events: of one article, by type, and by the side
// (ignoring case) of the initiator or the target; "" matches any.
type EventFilter struct{ Article, Type, Side string }
