package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// govHost: the article's web address is a government's or armed force's
// own site (state.gov, centcom.mil, gov.uk, www.mod.gov.il): the article
// is that body's release, and its unquoted narration is the publisher's
// own voice, not a claim it reports.
func govHost(url string) bool {
	_, rest, ok := strings.Cut(url, "://")
	if !ok {
		return false
	}
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, ":")
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		if l == "gov" || l == "mil" {
			return true
		}
	}
	return false
}

// publisherSide is the side of the state whose release the article is,
// "" when it is not one or the state cannot be told: a .gov or .mil
// address is the United States'; another government's address gives
// the state that dominates the article's entities (a release speaks of
// its own state most). Only the side is needed here, and the actor
// stage has already put sides on every mention.
func (st *state) publisherSide() string {
	if st.pubDone {
		return st.pubSide
	}
	st.pubDone = true
	url := st.doc.Article.URL
	if !govHost(url) {
		return ""
	}
	_, rest, _ := strings.Cut(url, "://")
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, ":")
	host = strings.ToLower(host)
	if strings.HasSuffix(host, ".gov") || strings.HasSuffix(host, ".mil") {
		st.pubSide = "USA"
	} else {
		st.pubSide = dominantState(st.doc.Entities)
	}
	return st.pubSide
}

// publisherNarration: the draft is the release's own voice, "The United
// States strongly condemns ...", "The U.S. reaffirms ...": its speaker is
// the publishing state itself (the country or its government, not a
// person or a force it reports on), outside any quotation. The people
// the release quotes or reports stay claims.
func (st *state) publisherNarration(d draft) bool {
	if d.spk.ent < 0 || d.direct || st.inQuote(d.cueA) {
		return false
	}
	e := st.doc.Entities[d.spk.ent]
	if e.Kind != parallax.KindGPE && e.Kind != parallax.KindGovernment {
		return false
	}
	pub := st.publisherSide()
	return pub != "" && e.Side == pub
}

// releaseOwnBody: the speaker is "the" and a noun that names the
// publishing body by its kind ("the command said", "a spokesman for the
// command said", "the department said", "the statement said") in a
// government's own release.
func (st *state) releaseOwnBody(s speaker) bool {
	if s.ent >= 0 || s.a < 1 || s.b-s.a != 1 || st.norm(s.a-1) != "the" || !publisherHeads[st.norm(s.a)] {
		return false
	}
	return st.publisherSide() != ""
}

// publisherHeads name a release's own body by its kind.
var publisherHeads = map[string]bool{
	"command": true, "headquarters": true, "department": true, "ministry": true,
	"statement": true, "release": true, "announcement": true,
}
