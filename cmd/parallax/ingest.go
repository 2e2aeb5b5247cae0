package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/postgres"
	"github.com/parallaxhq/parallax/internal/store/sqlite"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// defaultDB is the database of ingest, export and search when --db is not
// given.
const defaultDB = "parallax.db"

// sqlitePath returns the file an SQLite DSN names.
func sqlitePath(dsn string) (string, bool) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "", false
	case strings.HasPrefix(dsn, "sqlite:"):
		return strings.TrimPrefix(dsn, "sqlite:"), true
	}
	return dsn, true
}

// redactDSN hides a password in a DSN.
func redactDSN(dsn string) string { return postgres.Redact(dsn) }

// openStore opens the database a DSN names: postgres://... (or
// postgresql://), sqlite:PATH, or a file path (SQLite). It is the one
// opener of every command. With mustExist (export, search, serve), an
// SQLite file that does not exist is an error rather than a new, empty
// database: a mistyped path gets a clear message.
func openStore(ctx context.Context, dsn string, mustExist bool) (*sqlstore.Store, error) {
	if path, ok := sqlitePath(dsn); ok && mustExist {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("database %s: %w (run 'parallax ingest --db %s FILES' first)", path, err, path)
		}
	}
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return postgres.Open(ctx, dsn)
	case strings.HasPrefix(dsn, "sqlite:"):
		return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite:"))
	default:
		return sqlite.Open(ctx, dsn)
	}
}

func runIngest(e *env, args []string) int {
	fs := newFlags(e, "ingest", "[--db DSN] [--queue] [--date YYYY-MM-DD] [--workers N] [--batch N] [--memory-limit SIZE] INPUT...",
		"Analyse articles and store them (idempotent: content already stored is skipped), updating incidents and\n"+
			"duplicates. DSN: a file path or sqlite:PATH (default ./parallax.db), or postgres://...\n"+
			"With --queue (PostgreSQL only), only queue the raw articles for `parallax worker` processes.\n"+
			"The fusion index keeps about 1.3 KB per article in memory and moves what only nearby dates need of\n"+
			"articles dated well before the newest to a temporary file (about 3 KB per article, in $TMPDIR);\n"+
			"--memory-limit keeps the resident memory near the limit by collecting more often (a soft limit: more\n"+
			"CPU, never an error). At its end, ingest saves the fusion index in the database (about 3 KB per article),\n"+
			"so that the next run of the same build starts from it instead of reading every stored article again.")
	db := fs.String("db", defaultDB, "database `DSN`")
	queueOnly := fs.Bool("queue", false, "queue the articles for workers instead of analysing them here")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	workers := fs.Int("workers", 0, "analysis workers (0: one per core)")
	batch := fs.Int("batch", 64, "articles stored per transaction")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse input files (JSONL lines, WARC records) larger than this many bytes")
	memLimit := memoryLimitFlag(fs)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if err := applyMemoryLimit(*memLimit); err != nil {
		fmt.Fprintf(e.stderr, "parallax ingest: --memory-limit: %v\n", err)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "parallax ingest: no input (give files, directories, or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	if *date != "" {
		d, err := ingest.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(e.stderr, "parallax ingest: --date: %v\n", err)
			return exitUsage
		}
		*date = d
	}
	if *batch < 1 {
		*batch = 1
	}
	// The models load (a quarter of a second on every core) while the
	// store opens, the inputs are read and the fusion index is loaded
	// (seconds from a large store's saved index), not before them.
	var loadPipeline func() (*pipeline.Pipeline, error)
	if !*queueOnly {
		loaded := make(chan struct{})
		var p *pipeline.Pipeline
		var perr error
		go func() {
			defer close(loaded)
			p, perr = pipeline.Default()
		}()
		loadPipeline = func() (*pipeline.Pipeline, error) { <-loaded; return p, perr }
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db, false)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax ingest: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	opt := ingest.Options{Date: *date, MaxBytes: *maxBytes, Stdin: e.stdin, Workers: *workers}
	if path, ok := sqlitePath(*db); ok {
		// The database may lie in an input directory: its files are no
		// articles.
		opt.Skip = []string{path, path + "-wal", path + "-shm", path + "-journal"}
	}

	// The progress bar needs the total, which only a first pass over the
	// inputs gives: made only when someone watches a terminal.
	total := 0
	if isTerminal(e.stderr) && !hasStdin(fs.Args()) {
		ingest.Read(fs.Args(), opt, func(parallax.Article) { total++ }, func(*ingest.Error) {})
	}
	bar := newProgress(e.stderr, total, "articles")

	failed := 0
	var failMu sync.Mutex // the reader and the analysis both report
	fail := func(err error) {
		failMu.Lock()
		defer failMu.Unlock()
		failed++
		fmt.Fprintf(e.stderr, "parallax ingest: %v\n", err)
	}
	articles := make(chan parallax.Article, 64)
	go func() {
		defer close(articles)
		seen := map[string]int{}
		ingest.Read(fs.Args(), opt, func(a parallax.Article) {
			// Unique ids within one run, as analyze makes them.
			seen[a.ID]++
			if n := seen[a.ID]; n > 1 {
				a.ID = fmt.Sprintf("%s~%d", a.ID, n)
			}
			select {
			case articles <- a:
			case <-ctx.Done():
			}
		}, func(err *ingest.Error) { fail(err) })
	}()

	if *queueOnly {
		return enqueue(ctx, e, st, *db, articles, bar, &failed)
	}
	warn := func(err error) { fmt.Fprintf(e.stderr, "parallax ingest: %v\n", err) }
	in := &ingester{store: st, loadPipeline: loadPipeline, batch: *batch, workers: *workers, progress: bar.Set, fail: fail, warn: warn}
	sum, err := in.run(ctx, articles)
	bar.Finish()
	fmt.Fprintf(e.stderr, "parallax ingest: %s stored, %d already stored, %s of stored content, %d failed; %s, %s in the database\n",
		plural(sum.Stored, "article"), sum.AlreadyStored, plural(sum.Duplicates, "duplicate"), failed,
		plural(sum.Incidents, "incident"), plural(sum.Articles, "article"))
	if in.rebuilt > 0 {
		// Said because it is what made the run slow: the next run of
		// this binary starts from the index saved at its end.
		fmt.Fprintf(e.stderr, "parallax ingest: fusion index rebuilt from %s (no saved index of this parallax build applied)\n",
			plural(in.rebuilt, "stored article"))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax ingest: %v (what was stored before stays; run again to complete)\n", err)
		return exitFailure
	}
	if failed > 0 {
		return exitFailure
	}
	return exitOK
}

// defaultMemoryLimit is the soft memory limit of long ingest and worker
// runs. Without one, the Go collector lets the heap grow to twice what is
// live before collecting, so a process whose fusion index grows with the
// corpus holds about twice its live memory; the limit makes it collect
// more often instead as it nears the limit (and never fails for it: a
// live heap above the limit only costs collection CPU).
const defaultMemoryLimit = "400MiB"

// memoryLimitFlag declares --memory-limit on fs.
func memoryLimitFlag(fs *flagSet) *string {
	return fs.String("memory-limit", "", "soft memory `limit` of the process (e.g. 400MiB, 2GiB, 0 for none); default "+
		defaultMemoryLimit+", or GOMEMLIMIT when that is set")
}

// applyMemoryLimit sets the soft memory limit from the flag's value: an
// empty value keeps GOMEMLIMIT if the environment sets it (the runtime
// has read it) and otherwise applies defaultMemoryLimit.
func applyMemoryLimit(v string) error {
	if v == "" {
		if os.Getenv("GOMEMLIMIT") != "" {
			return nil
		}
		v = defaultMemoryLimit
	}
	n, err := parseBytes(v)
	if err != nil {
		return err
	}
	if n == 0 {
		n = math.MaxInt64 // no limit
	}
	debug.SetMemoryLimit(n)
	return nil
}

// parseBytes reads a size as GOMEMLIMIT writes it: a whole number with an
// optional unit B, KiB, MiB, GiB, TiB (also KB, MB, GB, TB, as powers of
// 1000), or "off"/"0" for none (0).
func parseBytes(v string) (int64, error) {
	s := strings.TrimSpace(v)
	if s == "off" || s == "none" {
		return 0, nil
	}
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(num), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not a size (e.g. 400MiB, 2GiB, 0 for none)", v)
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("%q is too large", v)
	}
	return n * mult, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func hasStdin(inputs []string) bool {
	for _, in := range inputs {
		if in == "-" {
			return true
		}
	}
	return false
}

// ingester analyses articles and stores them in batches, keeping a fusion
// index up to date as they arrive.
type ingester struct {
	store    *sqlstore.Store
	pipeline *pipeline.Pipeline
	// loadPipeline, when pipeline is nil, gives it once the fusion index
	// is loaded (run): the models load meanwhile.
	loadPipeline func() (*pipeline.Pipeline, error)
	batch        int
	workers      int
	progress     func(done int)
	fail         func(error)

	index   *fuse.Index
	indexed int // articles in the index
	// cold holds the packed features of the articles the index compacted
	// (nil: they stay packed in memory).
	cold *coldFile
	// onCompact, when set, is told how many articles each compaction
	// moved out of memory; sideBytes is the size of the last side file
	// when it was closed.
	onCompact func(n int)
	sideBytes int64
	sideDead  int64 // of sideBytes, what the index would never read
	// reclaimWhen says, from the bytes put in the side file and how many
	// of them are dead, when to replace it by a new one holding only what
	// the index can still read (nil: shouldReclaim); rewrites counts the
	// replacements.
	reclaimWhen func(put, dead int64) bool
	rewrites    int
	// complete: the index was (re)built from the store, whose incidents may
	// be another writer's: the next fusion update replaces them all (it
	// still writes only what differs).
	complete bool
	// pending: the index holds changes not yet stored (after a rebuild,
	// or articles read after its saved state); unsaved: it differs from
	// its saved state in the store (saveIndex).
	pending, unsaved bool
	// key names the kind of fusion index this binary makes (indexKey);
	// "" until computed. rebuilt counts the articles of the last rebuild
	// from the store (0 when the index was loaded from its saved state),
	// replayed those read after a loaded state.
	key               string
	rebuilt, replayed int
	// settled: the articles of the last rebuild over which the store held
	// this kind of index's results (settle), -1 when it did not.
	settled int
	// noSave: the index is never saved (tests: a run that stops before
	// it saves).
	noSave bool
	// warn, when set, is told what went wrong without failing the run
	// (a saved index that could not be read or saved).
	warn func(error)
	// onLoad, when set, is called before the index is made (tests: a
	// load held while a server's requests come).
	onLoad func()
}

// ingestSummary counts what a run did.
type ingestSummary struct {
	Stored, AlreadyStored, Duplicates int
	Incidents, Articles               int // in the database at the end
}

// run stores every article of in. Content already stored is skipped before
// analysis, so a rerun after a crash only analyses what is missing.
func (in *ingester) run(ctx context.Context, articles <-chan parallax.Article) (ingestSummary, error) {
	var sum ingestSummary
	defer in.close()
	if err := in.loadIndex(ctx); err != nil {
		return sum, err
	}
	if in.pipeline == nil && in.loadPipeline != nil {
		p, err := in.loadPipeline()
		if err != nil {
			return sum, err
		}
		in.pipeline = p
	}
	var done atomic.Int64
	var skipSame, skipDup int // written by the filter goroutine, read after it ends
	fresh := make(chan parallax.Article, 64)
	var readErr error
	// drained: every article has been read and sent (sent of them) to the
	// analysis, so that what is left is in flight (see tailBatch).
	var drained atomic.Bool
	var sent atomic.Int64
	go func() {
		defer close(fresh)
		defer drained.Store(true)
		for a := range articles {
			id, ok, err := in.store.StoredContent(ctx, a.Body)
			if err != nil {
				readErr = err
				return
			}
			if ok {
				if id == a.ID {
					skipSame++
				} else {
					skipDup++
				}
				in.progress(int(done.Add(1)))
				continue
			}
			sent.Add(1)
			select {
			case fresh <- a:
			case <-ctx.Done():
				return
			}
		}
	}()
	// One writer stores the batches while the workers analyse the next
	// ones: storing a batch (encoding, SQLite, fusion) then costs the
	// analysis only the CPU it takes, not the workers' wait for it. The
	// hand-over is unbuffered, so at most one batch is being stored while
	// the next one fills.
	batches := make(chan []*parallax.Document)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var putErr error // written by the writer, read after it ends
	written := make(chan struct{})
	go func() {
		defer close(written)
		for docs := range batches {
			if putErr != nil {
				continue // drained: the pipeline is stopping
			}
			res, err := in.putFused(ctx, docs)
			if err != nil {
				putErr = err
				cancel() // no point analysing what cannot be stored
				continue
			}
			for _, r := range res {
				if r.DuplicateOf != "" {
					sum.Duplicates++
				} else {
					sum.Stored++
				}
			}
			in.progress(int(done.Add(int64(len(docs)))))
		}
	}()
	var pending []*parallax.Document
	analysed := int64(0) // documents out of the analysis
	tail := false        // the early hand-over of the last batch was made
	err := in.pipeline.Run(wctx, fresh, in.workers, func(d *parallax.Document) {
		analysed++
		if !tail && drained.Load() && sent.Load()-analysed <= int64(tailBatch(in.batch)) {
			// The input is exhausted and few articles are still being
			// analysed: what is ready goes to the writer now, so that it
			// stores it while they are analysed, and is left at the end
			// with those few to store alone (one core idle) instead of
			// up to a whole batch. Once only: each transaction costs
			// CPU besides its articles.
			tail = true
			if len(pending) > 0 {
				batches <- pending
				pending = make([]*parallax.Document, 0, in.batch)
			}
		}
		if d.Err != nil {
			// Not stored, so that a run after the fault is fixed
			// analyses it again.
			if in.fail != nil {
				in.fail(d.Err)
			}
			in.progress(int(done.Add(1)))
			return
		}
		pending = append(pending, d)
		if len(pending) >= in.batch {
			batches <- pending
			pending = make([]*parallax.Document, 0, in.batch)
		}
	})
	if len(pending) > 0 {
		batches <- pending
	}
	close(batches)
	<-written
	if putErr != nil && ctx.Err() == nil && errors.Is(err, context.Canceled) {
		err = nil // the writer's cancel: putErr says why
	}
	// Drain what the reader may still send after a failure.
	for range fresh {
	}
	sum.AlreadyStored += skipSame
	sum.Duplicates += skipDup
	if err = errors.Join(err, readErr, putErr); err != nil {
		return sum, err
	}
	if in.pending {
		// Nothing was stored: the fusion of what the store holds is still
		// to be written (after a rebuild it may be missing or another
		// writer's; after a saved state, the articles stored since).
		if err := in.storeFusion(ctx); err != nil {
			return sum, err
		}
	} else {
		in.store.Analyze(ctx)
	}
	in.saveIndex(ctx)
	st, err := in.store.Stats(ctx)
	sum.Incidents, sum.Articles = st.Incidents, st.Articles
	return sum, err
}

// tailBatch is how many articles may still be in the analysis when the
// writer is handed what is ready early (see run): the last batch, stored
// after the analysis ends, is then at most that long. A quarter batch:
// enough articles to analyse (two cores) while the writer stores the
// batch before them.
func tailBatch(batch int) int { return max(1, batch/4) }

// loadIndex makes the fusion index of the stored articles: the saved
// state of the index, when the store keeps one that applies, and the
// articles stored after it; else every stored article, in the order they
// were stored, as they were added when they arrived.
func (in *ingester) loadIndex(ctx context.Context) error {
	if in.onLoad != nil {
		in.onLoad()
	}
	if ok, err := in.loadSaved(ctx); ok || err != nil {
		return err
	}
	in.close()
	in.index = fuse.NewIndex(fuse.DefaultOptions())
	in.indexed, in.complete, in.pending, in.unsaved = 0, true, true, true
	in.settled = -1
	// The features of articles dated well before the newest go to a side
	// file (in memory, packed, if no temporary file can be made): the
	// index then holds in memory what every article needs (signature,
	// dates, segments) and the features of recent days.
	in.index.SetCold(in.newCold())
	// When an index of this kind wrote the stored results over the first
	// articles (a run that stopped before it saved its index), the
	// rebuilt index gives those results again once it holds them: only
	// what changes after them is written, not every incident anew.
	mark, ours, err := in.store.IndexResults(ctx, in.indexKey())
	if err != nil {
		return err
	}
	if ours && mark.Articles == 0 {
		in.settle()
	}
	err = in.store.FusionDocuments(ctx, func(d *parallax.Document) error {
		in.add(d)
		switch {
		case ours && in.indexed == mark.Articles:
			in.settle()
		case !in.complete:
			in.pending = true
		}
		if in.indexed%compactEvery == 0 {
			in.compact()
			in.reclaim()
		}
		return nil
	})
	in.compact()
	in.rebuilt, in.replayed = in.indexed, 0
	return errors.Join(err, in.index.Err())
}

// settle takes the index's changes without storing them: the store
// holds them (IndexResults).
func (in *ingester) settle() {
	in.index.ChangesFunc()
	in.complete, in.pending = false, false
	in.settled = in.indexed
}

// newCold makes the side file of a new index (in memory, packed, if no
// temporary file can be made).
func (in *ingester) newCold() fuse.Cold {
	c, err := newColdFile()
	if err != nil {
		return &fuse.MemCold{}
	}
	in.cold = c
	return c
}

// loadSaved loads the index's saved state, if the store keeps one that
// applies, and adds the articles stored after it (by a writer that
// stored no fusion, as queue workers, or one that stopped before it saved
// the index): their changes are pending. ok false: there is none (or it
// could not be read: warn is told), and nothing is loaded.
func (in *ingester) loadSaved(ctx context.Context) (ok bool, err error) {
	key := in.indexKey()
	if key == "" {
		return false, nil
	}
	in.close()
	cold := in.newCold()
	var ix *fuse.Index
	at, found, err := in.store.LoadIndex(ctx, key, func(r io.Reader) error {
		var err error
		ix, err = fuse.Load(r, fuse.DefaultOptions(), cold)
		return err
	})
	if err != nil || !found {
		if err != nil && in.warn != nil && ctx.Err() == nil {
			in.warn(fmt.Errorf("the saved fusion index was not used: %w", err))
		}
		in.close() // what a failed load put in the side file
		return false, nil
	}
	in.index, in.indexed = ix, at.Articles
	in.complete, in.pending, in.unsaved = false, false, false
	in.rebuilt, in.replayed = 0, 0
	err = in.store.FusionDocumentsAfter(ctx, at, func(d *parallax.Document) error {
		in.add(d)
		in.pending = true
		in.replayed++
		if in.replayed%compactEvery == 0 {
			in.compact()
			in.reclaim()
		}
		return nil
	})
	in.compact()
	return true, errors.Join(err, in.index.Err())
}

// saveIndex stores the index's state, when it differs from the one saved,
// for the next run to start from. The store takes it only if it covers
// what the store holds and the stored results are this index's (else
// another writer came after: the next run reads what it added, or
// rebuilds). A failure loses nothing but that head start.
func (in *ingester) saveIndex(ctx context.Context) {
	key := in.indexKey()
	if !in.unsaved || in.noSave || key == "" || in.index == nil {
		return
	}
	ok, err := in.store.SaveIndex(ctx, key, in.indexed, in.index.Save)
	if err != nil {
		if in.warn != nil && ctx.Err() == nil {
			in.warn(fmt.Errorf("saving the fusion index for the next run: %w", err))
		}
		return
	}
	if ok {
		in.unsaved = false
	}
}

// indexKey names the kind of fusion index this binary makes (indexKey).
func (in *ingester) indexKey() string {
	if in.key == "" {
		in.key = indexKey()
	}
	return in.key
}

// compactEvery is how many articles loadIndex adds between compactions;
// ingest compacts after every batch.
const compactEvery = 256

// compact moves the features of articles dated well before the newest
// out of the index's memory.
func (in *ingester) compact() {
	n := in.index.Compact()
	if in.onCompact != nil {
		in.onCompact(n)
	}
}

// shouldReclaim: the side file is rewritten once a third of it, and at
// least 64 MiB, is dead. A rewrite reads every live entry, so waiting
// until a third is dead bounds its cost to two bytes copied per byte
// reclaimed. (Most of the file stays live: the features of compacted
// articles, which any late article may need; 14 % was dead after 6,000
// news-sized articles in the worst arrival order.)
func shouldReclaim(put, dead int64) bool { return dead >= 64<<20 && 3*dead >= put }

// reclaim replaces the side file by a new one holding only the entries
// the index may still read (an incident packed again or merged leaves its
// old entry dead), when enough of it is dead (shouldReclaim): without it the file
// grows by every incident's repacking as long as the run lasts. A failure
// keeps the old file, which loses nothing.
func (in *ingester) reclaim() {
	when := in.reclaimWhen
	if when == nil {
		when = shouldReclaim
	}
	if in.cold == nil || !when(in.index.ColdBytes()) {
		return
	}
	c, err := newColdFile()
	if err != nil {
		return
	}
	if err := in.index.RewriteCold(c); err != nil {
		c.Close()
		return
	}
	in.cold.Close()
	in.cold = c
	in.rewrites++
}

// close removes the side file of the index.
func (in *ingester) close() {
	if in.cold != nil {
		if in.index != nil {
			_, in.sideDead = in.index.ColdBytes()
		}
		in.sideBytes = in.cold.flushed + int64(len(in.cold.buf))
		in.cold.Close()
		in.cold = nil
	}
}

// add puts a document into the fusion index, which keeps only the
// features fusion needs (not the document), so that the index of a large
// corpus stays small.
func (in *ingester) add(d *parallax.Document) {
	in.index.Add(d)
	in.indexed++
	in.unsaved = true
}

// putFused stores a batch and, in the same transaction, what it changed
// in the incidents and duplicates. If another process stored articles
// since the index was built, the index is rebuilt from the store and the
// batch tried again.
func (in *ingester) putFused(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, error) {
	for range 5 {
		res, ok, _, err := in.putFusedWithin(ctx, docs, -1)
		if err != nil || ok {
			return res, err
		}
		if err := in.loadIndex(ctx); err != nil {
			return nil, err
		}
	}
	return nil, errors.New("fusion: other writers keep adding articles; run ingest again when they are done")
}

// putFusedWithin is one try of putFused that reads at most maxMissed
// articles another process stored (any number when maxMissed < 0; see
// sqlstore.PutFusedWithin) and never makes the index again: ok false
// when the store refused the batch, nothing stored. touched: the index
// took articles of the refused try (the store refused after fusing
// them, as when another kind of index wrote the stored results) and no
// longer matches the store: the caller makes it again.
func (in *ingester) putFusedWithin(ctx context.Context, docs []*parallax.Document, maxMissed int) (res []store.PutResult, ok, touched bool, err error) {
	res, _, ok, err = in.store.PutFusedWithin(ctx, in.indexed, maxMissed, docs, func(res []store.PutResult, missed []*parallax.Document) (store.FusionUpdate, error) {
		touched = true
		// Another process's articles first, in the order they were
		// stored. The results it wrote are those of an index of the
		// same kind over the articles before them (else the store
		// refuses this update, not complete, and the index is
		// rebuilt): what changed since this index's last update is
		// what it marks changed.
		for _, d := range missed {
			in.add(d)
		}
		for i, r := range res {
			if r.DuplicateOf == "" {
				in.add(docs[i])
			}
		}
		// A side file that failed to read back made results without
		// some articles' features: none of them is stored (the
		// update's Each fails likewise on a later failure).
		return in.changes(), in.index.Err()
	})
	if err == nil && ok {
		in.complete, in.pending = false, false
		// After the update, which described the changed incidents
		// from features still in memory.
		in.compact()
		in.reclaim()
	}
	return res, ok, touched && !ok, err
}

// changes is the fusion update since the last one: complete after the
// index was (re)built. Its incidents are described as the store writes
// them (Each): after a rebuild that is every incident, which described at
// once made the memory peak of a large ingest.
func (in *ingester) changes() store.FusionUpdate {
	each, removed, dups := in.index.ChangesFunc()
	u := store.FusionUpdate{Each: each, Removed: removed, Complete: in.complete, Index: in.indexKey()}
	u.Duplicates = make([]store.KeyedDuplicate, len(dups))
	for i, d := range dups {
		u.Duplicates[i] = store.KeyedDuplicate{Key: d.Key, Order: d.Order, Duplicate: d.Duplicate}
	}
	return u
}

// storeFusion writes the index's pending changes (the whole result after
// a rebuild from the store), unless another process stored articles
// meanwhile: then the index is made again and tried again.
func (in *ingester) storeFusion(ctx context.Context) error {
	for range 5 {
		u := in.changes()
		if err := in.index.Err(); err != nil {
			return err
		}
		_, ok, err := in.store.UpdateFusionIf(ctx, in.indexed, u)
		if err != nil || ok {
			if err == nil {
				in.complete, in.pending = false, false
			}
			return err
		}
		if err := in.loadIndex(ctx); err != nil {
			return err
		}
	}
	return errors.New("fusion: other writers keep adding articles; run ingest again when they are done")
}
