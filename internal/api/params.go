package api

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/parallaxhq/parallax/internal/store"
)

// ParsePage reads offset and limit, refusing negative, non-numeric or
// oversized values instead of guessing.
func ParsePage(q url.Values) (store.Page, error) {
	var p store.Page
	var err error
	if p.Offset, err = intParam(q, "offset", 0, 1_000_000); err != nil {
		return p, err
	}
	if p.Limit, err = intParam(q, "limit", 1, store.MaxLimit); err != nil {
		return p, err
	}
	return p, nil
}

func intParam(q url.Values, name string, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s: want an integer from %d to %d, got %q", name, lo, hi, clip(s))
	}
	return n, nil
}

// ParseIncidentFilter reads the filters of the incident list: from, to
// (YYYY-MM-DD), place, side, text, one_sided (true/false), offset, limit.
func ParseIncidentFilter(r *http.Request) (store.IncidentFilter, error) {
	q := r.URL.Query()
	var f store.IncidentFilter
	var err error
	if f.Page, err = ParsePage(q); err != nil {
		return f, err
	}
	if err := checkParams(q, "from", "to", "place", "side", "text"); err != nil {
		return f, err
	}
	for _, d := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}} {
		v := q.Get(d.name)
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return f, fmt.Errorf("%s: want a date YYYY-MM-DD, got %q", d.name, clip(v))
		}
		*d.dst = v
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, fmt.Errorf("from %s is after to %s", f.From, f.To)
	}
	f.Place, f.Side, f.Text = q.Get("place"), q.Get("side"), q.Get("text")
	if v := q.Get("one_sided"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, fmt.Errorf("one_sided: want true or false, got %q", clip(v))
		}
		f.OneSided = &b
	}
	return f, nil
}

// checkParams bounds the length of text parameters and refuses repeats,
// which would otherwise be silently ignored.
func checkParams(q url.Values, names ...string) error {
	for _, n := range names {
		vs := q[n]
		if len(vs) > 1 {
			return fmt.Errorf("%s: given %d times, want once", n, len(vs))
		}
		if len(vs) == 1 && (len(vs[0]) > MaxTextParam || !utf8.ValidString(vs[0])) {
			return fmt.Errorf("%s: want valid UTF-8 of at most %d bytes", n, MaxTextParam)
		}
	}
	return nil
}

func parseBool(q url.Values, name string) (bool, error) {
	v := q.Get(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s: want true or false, got %q", name, clip(v))
	}
	return b, nil
}

// pathID reads the {id} path value: a stored id is at most MaxTextParam
// bytes of UTF-8 without control characters.
func pathID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if id == "" || len(id) > MaxTextParam || !utf8.ValidString(id) {
		return "", fmt.Errorf("id: want 1 to %d bytes of UTF-8", MaxTextParam)
	}
	for _, c := range id {
		if c < 0x20 || c == 0x7f {
			return "", fmt.Errorf("id: control characters are not allowed")
		}
	}
	return id, nil
}

// PathID is pathID for the web pages.
func PathID(r *http.Request) (string, error) { return pathID(r) }

func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
