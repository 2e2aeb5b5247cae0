package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/parallaxhq/parallax/internal/actor"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/memstore"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
	"github.com/parallaxhq/parallax/internal/web"
)

const defaultAddr = "127.0.0.1:8080"

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve", "[--db DSN] [--addr HOST:PORT] [--token TOKEN] [--memory-limit SIZE]",
		"Serve the web app and the JSON API over a store.\n"+
			"DSN: a SQLite file path (or sqlite:PATH), postgres://..., or memory: for an empty in-memory store.\n"+
			"POST /api/articles is enabled only with a token (--token or PARALLAX_TOKEN). Over a database, posted articles\n"+
			"are stored as ingest stores them: the server keeps the fusion index in memory (about 1.3 KB per article)\n"+
			"and saves it in the database once POSTs pause for 10 seconds, and when it stops. It makes the index at\n"+
			"start-up, in the background, from the index ingest saved (or from every stored article when there is none\n"+
			"of this build, a minute per 20,000 articles), and again, in the background, when another process writes\n"+
			"the incidents with another kind of index. No request waits for it: a POST that comes while the index is\n"+
			"busy, or after another process stored more than 200 articles, stores its articles at once and their\n"+
			"incidents follow in the background; the headers Parallax-Index (current or updating), Parallax-Index-Age\n"+
			"(seconds) and Parallax-Unfused (articles whose incidents are still to come) say how current they are.\n"+
			"--memory-limit is a soft limit on the process's memory: near it the collector runs more often (more CPU,\n"+
			"never an error). The models and their word memos hold about 200-300 MB, the index 1.3 KB per article.")
	dsn := fs.String("db", "parallax.db", "the store to serve")
	addr := fs.String("addr", defaultAddr, "address to listen on")
	token := fs.String("token", "", "bearer token that enables POST /api/articles (default $PARALLAX_TOKEN)")
	memLimit := memoryLimitFlag(fs)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if err := applyMemoryLimit(*memLimit); err != nil {
		fmt.Fprintf(e.stderr, "parallax serve: --memory-limit: %v\n", err)
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "parallax serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if *token == "" {
		*token = os.Getenv("PARALLAX_TOKEN")
	}
	ctx := context.Background()
	st, err := openServeStore(ctx, *dsn)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax serve: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	p, err := pipeline.Default()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax serve: %v\n", err)
		return exitFailure
	}
	return serveHTTP(e, "serve", st, p, *addr, *token)
}

// openServeStore opens the store a DSN names.
func openServeStore(ctx context.Context, dsn string) (store.Store, error) {
	if dsn == "memory:" {
		return memstore.New(), nil
	}
	return openStore(ctx, dsn, true)
}

// serveHTTP serves the web app on addr until SIGINT or SIGTERM, then shuts
// down gracefully, letting requests in flight finish.
func serveHTTP(e *env, name string, st store.Store, p *pipeline.Pipeline, addr, token string) int {
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	kb, err := actor.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	cfg := web.Config{Store: st, Pipeline: p, Token: token, Log: log, SideNames: kb.SideNames()}
	if sq, ok := st.(*sqlstore.Store); ok && token != "" && p != nil {
		// Articles posted are stored as ingest stores them, with its
		// fusion index (kept between requests, saved after each).
		ing := newServeIngester(sq, p, func(err error) { log.Warn("fusion index", "err", err) })
		defer ing.Close()
		ing.Start(func(in *ingester, took time.Duration, err error) {
			if err != nil {
				log.Warn("fusion index not made at start-up: the next POST starts it again", "err", err)
				return
			}
			log.Info("fusion index ready", "articles", in.indexed, "rebuilt", in.rebuilt, "replayed", in.replayed,
				"took", took.Round(time.Millisecond).String())
		})
		ing.caughtUp = func(in *ingester, took time.Duration, err error) {
			if err != nil {
				log.Warn("fusion index not brought up to date: the next POST tries again", "err", err)
				return
			}
			log.Info("fusion index brought up to date in the background", "articles", in.indexed, "rebuilt", in.rebuilt,
				"took", took.Round(time.Millisecond).String())
		}
		cfg.Ingester = ing
	}
	app, err := web.New(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	srv := &http.Server{
		Handler:           app.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Analysing a large POST takes a while; pages take milliseconds.
		WriteTimeout:   2 * time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	loopback := isLoopback(ln.Addr())
	mode := "read-only (no token)"
	if token != "" {
		mode = "POST /api/articles with bearer token"
	}
	log.Info("listening", "addr", ln.Addr().String(), "loopback", loopback, "ingest", mode)
	fmt.Fprintf(e.stdout, "parallax %s: open http://%s/\n", name, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
			return exitFailure
		}
	case <-ctx.Done():
		log.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			fmt.Fprintf(e.stderr, "parallax %s: shutdown: %v\n", name, err)
			return exitFailure
		}
	}
	return exitOK
}

func isLoopback(a net.Addr) bool {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.IsLoopback()
	}
	return false
}

// serveDemo stores the analysed demo corpus in memory and serves it.
func serveDemo(e *env, p *pipeline.Pipeline, analysed func(st store.Store) error, addr string) int {
	st := memstore.New()
	if err := analysed(st); err != nil {
		fmt.Fprintf(e.stderr, "parallax demo: %v\n", err)
		return exitFailure
	}
	token := os.Getenv("PARALLAX_TOKEN")
	return serveHTTP(e, "demo", st, p, addr, token)
}
