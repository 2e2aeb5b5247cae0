package fuse

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPersistFields: every field of the structs Save writes is either
// saved or named as scratch here. A field added to the index without a
// decision fails this test: left out of Save, it would be lost at every
// start from a saved index, and the results would drift from those of a
// rebuild without any other test noticing.
func TestPersistFields(t *testing.T) {
	for _, c := range []struct {
		v              any
		saved, scratch []string
	}{
		{Index{}, []string{"opt", "arts", "df", "nDoc", "exact", "sigs", "sigArt", "lsh", "dups", "strs", "strList", "stemIDs",
			"group", "segs", "incs", "days", "usedIDs", "undated", "copiesOf", "gnext", "gsize", "dupsSent",
			"cold", "hot", "hotIncs", "newest", "stampGen", "coldPut"},
			// Per-query and per-document scratch, pending changes (Save
			// refuses an index that has any), counters and the Cold
			// store's error (Save refuses one), and per-entity stamps
			// (zero after a load: every stamp is below stampGen).
			[]string{"nearMiss", "stamp", "artStamp", "tf", "segTF", "segNear", "names", "nameSeen", "recall", "otherRecall", "answerSpans", "prior", "afterTF", "recallNames", "curAfter", "curSegs", "nameBuf",
				"words", "wordSpan", "buf", "all", "scanned", "scannedText", "isDirty", "dirty", "removed", "exactDirty",
				"profA", "profB", "figA", "figB", "anchA", "anchB", "chains", "sents", "coldErr", "packBuf", "reloads", "sigReloads", "sigCache", "coldDead"}},
		{article{}, []string{"id", "pub", "last", "hash", "sig", "exact", "segs", "f", "coldRef", "coldLen"}, nil},
		{incident{}, []string{"parent", "order", "id", "start", "end", "size", "segs", "vec", "fine", "countries", "figures",
			"sides", "sideW", "types", "roundup", "regStart", "regEnd", "cold", "changed", "coldRef", "coldLen", "touched"}, nil},
		{segRef{}, []string{"art", "start", "end", "inc", "main", "recalled", "answer"}, nil},
		{dupPair{}, []string{"a", "b", "kind", "sim"}, nil},
		{bandIndex{}, []string{"heads", "next", "chk"}, nil},
		{signature{}, []string{"Bins", "Shingles"}, nil},
		{Options{}, []string{"MaxGapDays", "MaxSpanDays", "NearKm", "FarKm", "LinkScore", "MinText", "PlaceWeight", "PartyWeight",
			"BackgroundMargin", "FigureWeight", "NearDuplicate", "Containment", "SameStatement"}, nil},
	} {
		typ := reflect.TypeOf(c.v)
		known := append(slices.Clone(c.saved), c.scratch...)
		var fields []string
		for i := range typ.NumField() {
			f := typ.Field(i).Name
			fields = append(fields, f)
			if !slices.Contains(known, f) {
				t.Errorf("%s.%s: new field; persist.go must save it (and this test name it saved) or this test name it scratch", typ.Name(), f)
			}
		}
		for _, f := range known {
			if !slices.Contains(fields, f) {
				t.Errorf("%s.%s: no longer a field; update persist.go and this test", typ.Name(), f)
			}
		}
	}
}

// saved is ix saved, or a failed test.
func saved(t testing.TB, ix *Index) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ix.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// changesJSON takes ix's changes as the store would get them.
func changesJSON(t testing.TB, ix *Index) string {
	c, r, d := ix.Changes()
	b, err := json.Marshal([]any{c, r, d})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSaveLoadSame: an index saved after some of a corpus's batches and
// loaded gives, batch after batch on the rest, the changes of the index
// that was never saved, and the same final incidents and duplicates; it
// saves again to the same bytes. Articles arrive shuffled or by date,
// with their features compacted as they arrive, by date or never, so that
// hot and compacted articles and incidents (read back, changed or not)
// all cross a save.
func TestSaveLoadSame(t *testing.T) {
	docs := coldCorpus(t, 600)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(3, 9)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	byDate := slices.Clone(docs)
	sortByDate(byDate)
	const batch = 40
	for _, c := range []struct {
		name    string
		docs    []*parallax.Document
		cold    bool
		compact func(*Index)
	}{
		{"shuffled/no-cold", shuffled, false, func(*Index) {}},
		{"shuffled/all", shuffled, true, func(ix *Index) { ix.compactBefore(math.MaxInt32) }},
		{"shuffled/by-date", shuffled, true, func(ix *Index) { ix.Compact() }},
		{"in-order/by-date", byDate, true, func(ix *Index) { ix.Compact() }},
	} {
		t.Run(c.name, func(t *testing.T) {
			newIndex := func() *Index {
				ix := NewIndex(DefaultOptions())
				if c.cold {
					ix.SetCold(&MemCold{})
				}
				return ix
			}
			// The reference: never saved.
			ref := newIndex()
			var want []string
			for start := 0; start < len(c.docs); start += batch {
				for _, d := range c.docs[start:min(start+batch, len(c.docs))] {
					ref.Add(d)
					c.compact(ref)
				}
				want = append(want, changesJSON(t, ref))
			}
			wantFinal := saved(t, ref)
			wantJSON, _ := json.Marshal([]any{ref.Incidents(), ref.Duplicates(), ref.KeyedDuplicates()})

			// Saved and loaded after every third batch, continuing from
			// what was loaded.
			ix := newIndex()
			for b, start := 0, 0; start < len(c.docs); b, start = b+1, start+batch {
				for _, d := range c.docs[start:min(start+batch, len(c.docs))] {
					ix.Add(d)
					c.compact(ix)
				}
				if got := changesJSON(t, ix); got != want[b] {
					t.Fatalf("batch %d: changes differ after a load:\n%.600s\nwant\n%.600s", b, got, want[b])
				}
				if b%3 != 1 {
					continue
				}
				s := saved(t, ix)
				var cold Cold
				if c.cold {
					cold = &MemCold{}
				}
				loaded, err := Load(bytes.NewReader(s), DefaultOptions(), cold)
				if err != nil {
					t.Fatalf("batch %d: %v", b, err)
				}
				if again := saved(t, loaded); !bytes.Equal(again, s) {
					t.Fatalf("batch %d: the loaded index saves to other bytes (%d, saved %d)", b, len(again), len(s))
				}
				ix = loaded
			}
			if got := saved(t, ix); !bytes.Equal(got, wantFinal) {
				t.Errorf("final state differs from the index never saved (%d bytes, want %d)", len(got), len(wantFinal))
			}
			gotJSON, _ := json.Marshal([]any{ix.Incidents(), ix.Duplicates(), ix.KeyedDuplicates()})
			if string(gotJSON) != string(wantJSON) {
				t.Errorf("final results differ:\n%.600s\nwant\n%.600s", gotJSON, wantJSON)
			}
			if err := ix.Err(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestSaveRefusesPending: an index whose changes were not taken cannot be
// saved (its saved state would say they were written).
func TestSaveRefusesPending(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	for _, d := range synthDocs(t, 20) {
		ix.Add(d)
	}
	var b bytes.Buffer
	if err := ix.Save(&b); err == nil {
		t.Fatal("Save with pending changes succeeded")
	}
	ix.Changes()
	if err := ix.Save(&b); err != nil {
		t.Fatal(err)
	}
}

// TestLoadDamaged: a saved index cut short, with a byte changed, or saved
// with other options does not load (an error, never another index or a
// panic); an empty index round-trips.
func TestLoadDamaged(t *testing.T) {
	ix := NewIndex(DefaultOptions())
	ix.SetCold(&MemCold{})
	for _, d := range coldCorpus(t, 120) {
		ix.Add(d)
		ix.compactBefore(math.MaxInt32)
	}
	ix.Changes()
	s := saved(t, ix)
	for n := 0; n < len(s); n += 1 + len(s)/97 {
		if _, err := Load(bytes.NewReader(s[:n]), DefaultOptions(), nil); err == nil {
			t.Fatalf("loaded %d of %d bytes", n, len(s))
		}
	}
	for i := 0; i < len(s); i += 1 + len(s)/89 {
		bad := slices.Clone(s)
		bad[i] ^= 0x20
		if _, err := Load(bytes.NewReader(bad), DefaultOptions(), nil); err == nil {
			t.Fatalf("loaded with byte %d of %d changed", i, len(s))
		}
	}
	if _, err := Load(bytes.NewReader(append(slices.Clone(s), 0)), DefaultOptions(), nil); err == nil {
		t.Error("loaded with a byte after the end")
	}
	other := DefaultOptions()
	other.LinkScore += 0.01
	if _, err := Load(bytes.NewReader(s), other, nil); !errors.Is(err, ErrStale) {
		t.Errorf("other options: %v, want ErrStale", err)
	}
	if _, err := Load(bytes.NewReader(s), DefaultOptions(), nil); err != nil {
		t.Errorf("the undamaged stream: %v", err)
	}
	empty := saved(t, NewIndex(DefaultOptions()))
	e, err := Load(bytes.NewReader(empty), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, e), empty) || len(e.Incidents()) != 0 {
		t.Error("the empty index did not round-trip")
	}
}

// FuzzLoad: whatever the bytes, Load returns an index or an error, and an
// index it returns takes more articles.
func FuzzLoad(f *testing.F) {
	ix := NewIndex(DefaultOptions())
	for _, d := range synthDocs(f, 12) {
		ix.Add(d)
	}
	ix.Changes()
	var b bytes.Buffer
	if err := ix.Save(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("parallax fusion index\n\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := Load(bytes.NewReader(data), DefaultOptions(), nil)
		if err != nil {
			return
		}
		for _, d := range fuzzDocs([]string{story, other}, data) {
			ix.Add(d)
		}
		ix.Changes()
		ix.Incidents()
	})
}

// BenchmarkSaveLoad saves and loads an index of 5,000 synthetic articles,
// most compacted, as ingest does at the end and the start of a run.
func BenchmarkSaveLoad(b *testing.B) {
	docs := synthDocs(b, 5000)
	sortByDate(docs)
	ix := NewIndex(DefaultOptions())
	ix.SetCold(&MemCold{})
	for _, d := range docs {
		ix.Add(d)
		ix.Compact()
	}
	ix.Changes()
	b.ResetTimer()
	var size int
	for range b.N {
		var buf bytes.Buffer
		if err := ix.Save(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
		if _, err := Load(&buf, DefaultOptions(), &MemCold{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size)/float64(len(docs)), "bytes/article")
}
