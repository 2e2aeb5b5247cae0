package parallax

import (
	"encoding/json"
)

// ReportVersion is the version of the report contract these types follow.
const ReportVersion = 1

// Report is the output of `parallax analyze` (DESIGN §3, contract v1).
// Every list is [] when empty, never null: call Normalize before encoding.
type Report struct {
	Version    int           `json:"version"`
	Articles   []ArticleInfo `json:"articles"`
	Entities   []Entity      `json:"entities"`
	Places     []Place       `json:"places"`
	Claims     []Claim       `json:"claims"`
	Events     []Event       `json:"events"`
	Counts     []Count       `json:"counts"`
	Incidents  []Incident    `json:"incidents"`
	Duplicates []Duplicate   `json:"duplicates"`
}

// ArticleInfo describes one analysed article in a report.
type ArticleInfo struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Sentences int    `json:"sentences"`
	Text      string `json:"text,omitempty"`
}

// Entity is a mention of a person, organisation, government, armed force,
// group, location or geopolitical entity.
type Entity struct {
	ID       string `json:"id"`
	Article  string `json:"article"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Kind     string `json:"kind"`  // person organization government military group location gpe
	Actor    string `json:"actor"` // canonical actor name, "" when unresolved
	Side     string `json:"side"`  // side code (DESIGN §3), "" for non-parties
	Sentence string `json:"sentence"`
}

// Entity kinds.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindGovernment   = "government"
	KindMilitary     = "military"
	KindGroup        = "group"
	KindLocation     = "location"
	KindGPE          = "gpe"
)

// Place is a toponym resolved to a gazetteer entry.
type Place struct {
	ID        string  `json:"id"`
	Article   string  `json:"article"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"` // the gazetteer's name for the place
	GeonameID int     `json:"geonameid"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"` // ISO 3166-1 alpha-2
	Admin1    string  `json:"admin1"`  // GeoNames admin-1 name
	Feature   string  `json:"feature"` // GeoNames feature class.code, e.g. "P.PPLA"
	Sentence  string  `json:"sentence"`
}

// Claim is a statement attributed to a speaker.
type Claim struct {
	ID       string  `json:"id"`
	Article  string  `json:"article"`
	Start    int     `json:"start"` // what is claimed: the quote or the reported clause
	End      int     `json:"end"`
	Sentence string  `json:"sentence"` // the sentence that holds the cue
	Speaker  Speaker `json:"speaker"`
	Cue      Cue     `json:"cue"`
	Stance   string  `json:"stance"` // assert | deny
	Quote    string  `json:"quote"`  // direct | indirect
	Parent   string  `json:"parent"` // id of the claim that reports this one, "" otherwise
}

// Claim stances and quote kinds.
const (
	StanceAssert  = "assert"
	StanceDeny    = "deny"
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
)

// Speaker is who makes a claim. Text is the mention naming the speaker in
// the article ("he", "the ministry"); it is "" with no span when nothing
// names the speaker (a passive, "it is claimed").
type Speaker struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Actor string `json:"actor"`
	Side  string `json:"side"`
}

// MarshalJSON leaves out the span of a speaker that no mention names.
func (s Speaker) MarshalJSON() ([]byte, error) {
	if s.Text == "" {
		return json.Marshal(struct {
			Text  string `json:"text"`
			Actor string `json:"actor"`
			Side  string `json:"side"`
		}{s.Text, s.Actor, s.Side})
	}
	type plain Speaker
	return json.Marshal(plain(s))
}

// Cue is the reporting verb or phrase of a claim ("said", "according to").
type Cue struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is something that happened or was done, coded with an ACLED event
// type and a CAMEO code.
type Event struct {
	ID        string      `json:"id"`
	Article   string      `json:"article"`
	Start     int         `json:"start"`
	End       int         `json:"end"`
	Claim     OptionalID  `json:"claim"` // the claim that asserts it; null in the reporter's voice
	Sentence  string      `json:"sentence"`
	Type      string      `json:"type"`  // ACLED type in lower snake case
	CAMEO     string      `json:"cameo"` // CAMEO code, e.g. "195"
	Initiator EventActor  `json:"initiator"`
	Target    EventTarget `json:"target"`
	Places    []string    `json:"places"` // place ids
	Date      DateRange   `json:"date"`
	Negated   bool        `json:"negated"`
}

// ACLED event types.
const (
	EventBattles           = "battles"
	EventExplosions        = "explosions_remote_violence"
	EventViolenceCivilians = "violence_against_civilians"
	EventProtests          = "protests"
	EventRiots             = "riots"
	EventStrategic         = "strategic_developments"
)

// EventActor is the initiator of an event.
type EventActor struct {
	Actor string `json:"actor"`
	Side  string `json:"side"`
}

// EventTarget is the target of an event.
type EventTarget struct {
	Actor string `json:"actor"`
	Side  string `json:"side"`
	Kind  string `json:"kind"` // military civilian infrastructure unknown
}

// DateRange is when something happened: a day range with its precision and
// the words that expressed it.
type DateRange struct {
	Start     string `json:"start"` // YYYY-MM-DD, "" when unknown
	End       string `json:"end"`
	Precision string `json:"precision"` // day week month year unknown
	Text      string `json:"text"`
}

// Count is a quantity of materiel or people with its outcome and owner.
type Count struct {
	ID        string     `json:"id"`
	Article   string     `json:"article"`
	Start     int        `json:"start"` // the number and its item
	End       int        `json:"end"`
	Claim     OptionalID `json:"claim"`
	Event     OptionalID `json:"event"`
	Sentence  string     `json:"sentence"`
	Item      string     `json:"item"`
	N         *int       `json:"n"`     // null for a vague amount ("dozens")
	NMax      *int       `json:"n_max"` // set for ranges ("10 to 15")
	Owner     string     `json:"owner"`
	Outcome   string     `json:"outcome"`
	ClaimedBy string     `json:"claimed_by"`
}

// Incident groups the events of one or more articles that report the same
// clash.
type Incident struct {
	ID             string          `json:"id"`
	Articles       []string        `json:"articles"`
	Events         []string        `json:"events"`
	Date           DaySpan         `json:"date"`
	Places         []string        `json:"places"`
	Sides          []string        `json:"sides"`
	OneSided       bool            `json:"one_sided"`
	Unheard        []string        `json:"unheard"`
	Sources        int             `json:"sources"`
	Estimates      []Estimate      `json:"estimates"`
	Contradictions []Contradiction `json:"contradictions"`
}

// DaySpan is a range of days, YYYY-MM-DD.
type DaySpan struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Estimate gives low, best and high values of one item and owner over the
// parties' claims.
type Estimate struct {
	Item   string   `json:"item"`
	Owner  string   `json:"owner"`
	Low    int      `json:"low"`
	Best   int      `json:"best"`
	High   int      `json:"high"`
	Claims []string `json:"claims"`
}

// Contradiction is a point on which parties disagree within one incident.
type Contradiction struct {
	Kind    string               `json:"kind"` // initiator count civilian_targeting denial
	Item    string               `json:"item"`
	Owner   string               `json:"owner"`
	Between []string             `json:"between"`
	Values  []ContradictionValue `json:"values"`
}

// ContradictionValue is one side's value in a contradiction (a number for a
// count, the side it blames for an initiator, true/false for civilian
// targeting) with the claims that carry it.
type ContradictionValue struct {
	Side   string   `json:"side"`
	Value  any      `json:"value"`
	Claims []string `json:"claims"`
}

// Duplicate links articles that carry the same text or statement.
type Duplicate struct {
	Articles   []string `json:"articles"`
	Kind       string   `json:"kind"` // exact near_duplicate same_statement
	Similarity float64  `json:"similarity"`
}

// OptionalID is a reference to another item that may be absent: it encodes
// as null when empty.
type OptionalID string

// MarshalJSON writes null for the empty id.
func (o OptionalID) MarshalJSON() ([]byte, error) {
	if o == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(o))
}

// UnmarshalJSON reads null as the empty id.
func (o *OptionalID) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*o = OptionalID(s)
	return nil
}

// Normalize replaces every nil list in the report with an empty one, so that
// the JSON carries [] and never null.
func (r *Report) Normalize() {
	r.Version = ReportVersion
	r.Articles = nonNil(r.Articles)
	r.Entities = nonNil(r.Entities)
	r.Places = nonNil(r.Places)
	r.Claims = nonNil(r.Claims)
	r.Events = nonNil(r.Events)
	r.Counts = nonNil(r.Counts)
	r.Incidents = nonNil(r.Incidents)
	r.Duplicates = nonNil(r.Duplicates)
	for i := range r.Events {
		r.Events[i].Places = nonNil(r.Events[i].Places)
	}
	for i := range r.Incidents {
		inc := &r.Incidents[i]
		inc.Articles = nonNil(inc.Articles)
		inc.Events = nonNil(inc.Events)
		inc.Places = nonNil(inc.Places)
		inc.Sides = nonNil(inc.Sides)
		inc.Unheard = nonNil(inc.Unheard)
		inc.Estimates = nonNil(inc.Estimates)
		inc.Contradictions = nonNil(inc.Contradictions)
		for j := range inc.Estimates {
			inc.Estimates[j].Claims = nonNil(inc.Estimates[j].Claims)
		}
		for j := range inc.Contradictions {
			c := &inc.Contradictions[j]
			c.Between = nonNil(c.Between)
			c.Values = nonNil(c.Values)
			for k := range c.Values {
				c.Values[k].Claims = nonNil(c.Values[k].Claims)
			}
		}
	}
	for i := range r.Duplicates {
		r.Duplicates[i].Articles = nonNil(r.Duplicates[i].Articles)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
