package fuse

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// coldCorpus is synthDocs with exact copies of earlier articles (some of
// copies) and articles that render two others, so that duplicate groups
// grow and join across dates.
func coldCorpus(t testing.TB, n int) []*parallax.Document {
	docs := synthDocs(t, n)
	for i := 0; i < n/20; i++ {
		o := *docs[(i*37)%len(docs)]
		o.Article.ID = fmt.Sprintf("copy%03d", i)
		docs = append(docs, &o)
	}
	for i := 0; i < n/40; i++ {
		x, y := docs[(i*53)%n], docs[(i*71+5)%n]
		day, _ := dayNumber(x.Article.Published)
		docs = append(docs, &parallax.Document{Article: parallax.Article{ID: fmt.Sprintf("both%03d", i), Published: dayString(day + 30)},
			Text: x.Text + " " + y.Text})
	}
	return docs
}

// fuseBatches adds docs in batches, calling compact after each article,
// and returns every batch's changes and the final result as JSON.
func fuseBatches(t *testing.T, docs []*parallax.Document, batch int, cold Cold, compact func(*Index)) (steps []string, final string, ix *Index) {
	ix = NewIndex(DefaultOptions())
	if cold != nil {
		ix.SetCold(cold)
	}
	for start := 0; start < len(docs); start += batch {
		for _, d := range docs[start:min(start+batch, len(docs))] {
			ix.Add(d)
			compact(ix)
		}
		c, r, d := ix.Changes()
		b, err := json.Marshal([]any{c, r, d})
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, string(b))
	}
	if err := ix.Err(); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal([]any{ix.Incidents(), ix.Duplicates(), ix.KeyedDuplicates()})
	return steps, string(b), ix
}

// TestCompactExact: with every article's features compacted as soon as it
// is added (the most aggressive compaction), or compacted by date, and the
// corpus in date order or shuffled, every batch's changes and the final
// incidents and duplicates are those of an index that compacts nothing.
func TestCompactExact(t *testing.T) {
	docs := coldCorpus(t, 1500)
	shuffled := append([]*parallax.Document(nil), docs...)
	rand.New(rand.NewPCG(7, 7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	byDate := append([]*parallax.Document(nil), docs...)
	sortByDate(byDate)
	for _, c := range []struct {
		name    string
		docs    []*parallax.Document
		compact func(*Index)
	}{
		{"shuffled/all", shuffled, func(ix *Index) { ix.compactBefore(math.MaxInt32) }},
		{"shuffled/by-date", shuffled, func(ix *Index) { ix.Compact() }},
		{"in-order/all", byDate, func(ix *Index) { ix.compactBefore(math.MaxInt32) }},
		{"in-order/by-date", byDate, func(ix *Index) { ix.Compact() }},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantSteps, want, _ := fuseBatches(t, c.docs, 50, nil, func(*Index) {})
			gotSteps, got, ix := fuseBatches(t, c.docs, 50, &MemCold{}, c.compact)
			for i := range wantSteps {
				if gotSteps[i] != wantSteps[i] {
					t.Fatalf("batch %d: changes differ with compaction:\n%.600s\nwant\n%.600s", i, gotSteps[i], wantSteps[i])
				}
			}
			if got != want {
				t.Fatalf("result differs with compaction:\n%.600s\nwant\n%.600s", got, want)
			}
			if ix.reloads == 0 || len(ix.hot) > len(c.docs)/2 || len(ix.hotIncs) > len(ix.incs)/2 {
				t.Errorf("%d articles in memory of %d, %d incidents of %d, %d read back: compaction did not happen",
					len(ix.hot), len(c.docs), len(ix.hotIncs), len(ix.incs), ix.reloads)
			}
			coldSigs := 0
			for _, sg := range ix.sigs {
				if sg == nil {
					coldSigs++
				}
			}
			if coldSigs < len(ix.sigs)/2 || ix.sigReloads == 0 {
				t.Errorf("%d signatures of %d compacted, %d read back", coldSigs, len(ix.sigs), ix.sigReloads)
			}
			t.Logf("%d articles in memory of %d, %d incidents of %d, %d read back; %d signatures of %d compacted, %d read back",
				len(ix.hot), len(c.docs), len(ix.hotIncs), len(ix.incs), ix.reloads, coldSigs, len(ix.sigs), ix.sigReloads)
		})
	}
}

// sortByDate sorts docs by publication date; articles of one day keep
// their order.
func sortByDate(docs []*parallax.Document) {
	slices.SortStableFunc(docs, func(a, b *parallax.Document) int {
		return strings.Compare(a.Article.Published, b.Article.Published)
	})
}

// TestPackRoundTrip: packed features unpack to what was packed, for
// synthetic and fuzz-made documents.
func TestPackRoundTrip(t *testing.T) {
	docs := append(coldCorpus(t, 200), fuzzDocs([]string{story, other, "x", ""}, []byte{1, 2, 3, 250, 7, 9, 11, 13, 200, 4})...)
	ix := NewIndex(DefaultOptions())
	for _, d := range docs {
		ix.Add(d)
	}
	for i, a := range ix.arts {
		b := a.f.pack(nil)
		f, err := unpack(b, a.id)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		if want := normalized(a.f); !reflect.DeepEqual(normalized(f), want) {
			t.Fatalf("article %d: unpacked\n%+v\nwant\n%+v", i, f, want)
		}
		// Truncated or extended bytes are refused, not misread.
		if _, err := unpack(b[:len(b)-1], a.id); err == nil {
			t.Errorf("article %d: truncated packed features accepted", i)
		}
		if _, err := unpack(append(b, 0), a.id); err == nil {
			t.Errorf("article %d: packed features with a trailing byte accepted", i)
		}
	}
}

// TestPackPlacingRoundTrip: an incident's placing fields unpack to what
// was packed; damaged bytes are refused.
func TestPackPlacingRoundTrip(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	for _, d := range coldCorpus(t, 300) {
		ix.Add(d)
	}
	n := 0
	for r := range ix.incs {
		in := &ix.incs[r]
		if in.parent != int32(r) {
			continue
		}
		n++
		b := in.packPlacing(nil)
		var got incident
		if err := got.unpackPlacing(b); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name      string
			got, want any
		}{{"vec", got.vec, in.vec}, {"fine", got.fine, in.fine}, {"countries", got.countries, in.countries}, {"sides", got.sides, in.sides}, {"sideW", got.sideW, in.sideW}} {
			if fmt.Sprint(c.got) != fmt.Sprint(c.want) || reflect.ValueOf(c.got).Len() != reflect.ValueOf(c.want).Len() {
				t.Fatalf("incident %d %s: %v, want %v", r, c.name, c.got, c.want)
			}
		}
		if err := got.unpackPlacing(b[:len(b)-1]); err == nil {
			t.Fatalf("incident %d: truncated bytes accepted", r)
		}
	}
	if n < 50 {
		t.Fatalf("only %d incidents", n)
	}
}

// normalized is f with empty slices nil (pack does not tell them apart,
// and no reader does).
func normalized(f *feats) feats {
	g := *f
	if len(g.claims) == 0 {
		g.claims = nil
	}
	if len(g.events) == 0 {
		g.events = nil
	}
	if len(g.counts) == 0 {
		g.counts = nil
	}
	if len(g.places) == 0 {
		g.places = nil
	}
	if len(g.points) == 0 {
		g.points = nil
	}
	if len(g.speakers) == 0 {
		g.speakers = nil
	}
	if len(g.stems) == 0 {
		g.stems = nil
	}
	if len(g.prof.b) == 0 {
		g.prof.b = nil
	}
	if len(g.items) == 0 {
		g.items = nil
	}
	return g
}

// failingCold fails every Get: the index reports it instead of storing
// results made without the features.
type failingCold struct{ MemCold }

func (failingCold) Get(int64, int) ([]byte, error) { return nil, fmt.Errorf("disk gone") }

func TestColdError(t *testing.T) {
	docs := coldCorpus(t, 100)
	ix := NewIndex(DefaultOptions())
	ix.SetCold(&failingCold{})
	for _, d := range docs {
		ix.Add(d)
		ix.compactBefore(math.MaxInt32)
	}
	ix.Incidents()
	if ix.Err() == nil {
		t.Fatal("a failing Cold store went unreported")
	}
}

func TestMemCold(t *testing.T) {
	var m MemCold
	var refs []int64
	var want [][]byte
	for i := range 3000 {
		b := make([]byte, i%700+(i/2999)*(2<<20)) // the last one larger than a chunk
		for j := range b {
			b[j] = byte(i + j)
		}
		ref, err := m.Put(b)
		if err != nil {
			t.Fatal(err)
		}
		refs, want = append(refs, ref), append(want, b)
	}
	for i, ref := range refs {
		got, err := m.Get(ref, len(want[i]))
		if err != nil || string(got) != string(want[i]) {
			t.Fatalf("%d: got %d bytes, %v", i, len(got), err)
		}
	}
	if _, err := m.Get(int64(len(m.chunks))<<32, 1); err == nil {
		t.Error("a reference past the end was read")
	}
}

// TestRewriteColdExact: moving the live entries of the Cold store to a new
// one whenever dead entries make up a quarter of it (at most every 50
// articles) changes no batch's changes nor the final result, and the new
// store holds exactly what ColdBytes says is live.
func TestRewriteColdExact(t *testing.T) {
	docs := coldCorpus(t, 1500)
	shuffled := append([]*parallax.Document(nil), docs...)
	rand.New(rand.NewPCG(9, 9)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	wantSteps, want, _ := fuseBatches(t, shuffled, 50, nil, func(*Index) {})
	rewrites, added, deadSeen := 0, 0, int64(0)
	gotSteps, got, ix := fuseBatches(t, shuffled, 50, &MemCold{}, func(ix *Index) {
		ix.Compact()
		added++
		put, dead := ix.ColdBytes()
		deadSeen = max(deadSeen, dead)
		if added%50 != 0 || dead == 0 || 4*dead < put {
			return
		}
		c := &MemCold{}
		if err := ix.RewriteCold(c); err != nil {
			t.Fatal(err)
		}
		rewrites++
		size := 0
		for _, ch := range c.chunks {
			size += len(ch)
		}
		if put, dead := ix.ColdBytes(); dead != 0 || put != int64(size) {
			t.Fatalf("after a rewrite: %d bytes put, %d dead; the new store holds %d", put, dead, size)
		}
	})
	for i := range wantSteps {
		if gotSteps[i] != wantSteps[i] {
			t.Fatalf("batch %d: changes differ with rewrites:\n%.600s\nwant\n%.600s", i, gotSteps[i], wantSteps[i])
		}
	}
	if got != want {
		t.Fatalf("result differs with rewrites:\n%.600s\nwant\n%.600s", got, want)
	}
	if rewrites == 0 || ix.reloads == 0 {
		t.Errorf("%d rewrites, %d read back (largest dead share %d bytes): nothing tested", rewrites, ix.reloads, deadSeen)
	}
	t.Logf("%d rewrites, %d read back", rewrites, ix.reloads)
}

// failingPut fails every Put: a rewrite into it leaves the index on its
// old store, every entry readable.
type failingPut struct{ MemCold }

func (failingPut) Put([]byte) (int64, error) { return 0, fmt.Errorf("disk full") }

func TestRewriteColdFailure(t *testing.T) {
	docs := coldCorpus(t, 300)
	wantSteps, want, _ := fuseBatches(t, docs, 50, nil, func(*Index) {})
	gotSteps, got, _ := fuseBatches(t, docs, 50, &MemCold{}, func(ix *Index) {
		ix.compactBefore(math.MaxInt32)
		if err := ix.RewriteCold(&failingPut{}); err == nil {
			if put, _ := ix.ColdBytes(); put > 0 {
				t.Fatal("a rewrite into a failing store succeeded")
			}
		}
	})
	if !slices.Equal(gotSteps, wantSteps) || got != want {
		t.Fatal("a failed rewrite changed the results")
	}
}
