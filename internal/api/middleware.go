package api

import (
	"context"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"
)

// ContentSecurityPolicy allows only this server's own scripts, styles and
// images: no inline script, no third party, no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ReadTimeout bounds the work of a GET or HEAD request: its context ends
// then, so that a store query still running stops and the client gets a
// 503 (POSTs are bounded by their body and article limits, and their
// stored articles are not given up half-way).
var ReadTimeout = 30 * time.Second

// Secure wraps h with what every response needs: security headers, a bound
// on the query string and on the time of a read (ReadTimeout), recovery from panics (logged with their stack, while
// the client gets a plain 500) and an access log line.
func Secure(h http.Handler, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		hdr := w.Header()
		hdr.Set("Content-Security-Policy", ContentSecurityPolicy)
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("X-Frame-Options", "DENY")
		hdr.Set("Referrer-Policy", "no-referrer")
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if !rec.wrote {
					http.Error(rec, "internal error", http.StatusInternalServerError)
				}
			}
			log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
				"ms", float64(time.Since(start).Microseconds())/1000)
		}()
		if len(r.URL.RawQuery) > MaxQueryBytes {
			http.Error(rec, "query string too long", http.StatusRequestURITooLong)
			return
		}
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			ctx, cancel := context.WithTimeout(r.Context(), ReadTimeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		h.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}
