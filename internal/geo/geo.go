// Package geo is the geoparser stage: it finds the place names of an
// article (NER location spans and gazetteer names in place contexts),
// leaves out names that are not used as places (capitals speaking for
// their governments, demonyms, names inside person or organisation names)
// and resolves each to a gazetteer entry by population and feature priors,
// the article's country focus, the spatial coherence of all its places and
// the administrative words around the name.
package geo

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// Geoparser is the stage. It is read-only after construction and safe for
// concurrent use.
type Geoparser struct {
	gaz  *gazetteer.Gazetteer
	orgs orgIndex
}

// Load builds the stage on the embedded gazetteer.
func Load() (*Geoparser, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return New(g), nil
}

// New builds the stage on a gazetteer and the organisation names of the
// actor knowledge base (see orgIndex).
func New(g *gazetteer.Gazetteer) *Geoparser {
	return &Geoparser{gaz: g, orgs: loadOrgs(g)}
}

// Name implements pipeline.Stage.
func (p *Geoparser) Name() string { return "geo" }

// Gazetteer returns the stage's gazetteer.
func (p *Geoparser) Gazetteer() *gazetteer.Gazetteer { return p.gaz }

// Hint is what an earlier stage says about a span: a place (NER LOC/GPE)
// or not a place (a person or organisation name).
type Hint struct {
	Start, End int
	Place      bool
	Person     bool // a person's name (a place inside it is not a place)
}

// Toponym is a place name of the text resolved to a gazetteer entry.
type Toponym struct {
	Start, End int
	Place      gazetteer.Place
	// Confidence of the detection, from 0 to 1.
	Confidence float64
}

// mention is a candidate place name while the article is parsed.
type mention struct {
	start, end int
	wi, wj     int // words [wi, wj)
	key        string
	surface    string
	cands      []gazetteer.Candidate
	quality    int // best match quality of the candidates
	ner        bool
	ctx        float64 // place-context strength
	admin      bool    // "X district"
	settle     bool    // "the village of X"
	river      bool
	// division is a weaker call for a first-level division than admin:
	// "northern X", or X in a list of divisions (see resolve).
	division bool
	speaker  bool // the subject of a reporting verb: "Baku said"
	// speakerIn marks "the authorities in X deny", "as they say in X.":
	// X stands for its government when it is a capital or a country.
	speakerIn  bool
	unknown    bool // a capitalised name with no exact or skeleton match
	multi      bool // an unknown name of several words
	index      int  // position in the list of detected mentions
	nerOther   bool // the entity tagger calls exactly this span a person or organisation
	inOrg      bool // inside a longer organisation name
	orgStart   bool // ... at its start
	common     bool // also an ordinary English word
	person     bool // a person's or people's name in WordNet
	initial    bool // first word of a sentence
	acronym    bool
	fromHyphen bool // one part of a hyphenated compound
	// coastTail: the run ended with a coast word the gazetteer does not
	// hold with the name ("Swartz Bay" matched as Swartz).
	coastTail bool
	// structHead: a capitalised line or structure word follows the name
	// in its run ("the Bruce Highway", "Paris Avenue"), or a walled
	// compound's noun in either case ("Wilberforce barracks").
	structHead bool
	// townApposition: "X, a town ...", "X, the provincial capital".
	townApposition bool
	// dateline marks an upper-case name that opens a paragraph before a
	// comma, dash, colon or parenthesis ("KYIV, March 3 (Reuters) -",
	// "QUETTA:", "December 3 (KHARTOUM) -"): the place a story was
	// filed from, not an acronym.
	dateline bool
	// divisionNoun marks a name written with the kind of its division
	// ("Chin State", "Niger state", "Georgia province"): not a country.
	divisionNoun bool
	// apState marks an AP abbreviation of a U.S. state after a place and
	// a comma ("Springfield, Ill.", "MARIETTA, Ga. -"): the state itself.
	apState bool
	group   int
}

// Process implements pipeline.Stage: it appends the article's places and,
// for each place no entity covers, an entity of kind gpe or location.
func (p *Geoparser) Process(doc *parallax.Document) {
	tops := p.parse(doc.Text, hintsOf(doc), dateline.Of(doc))
	nextG := 1
	for i, t := range tops {
		pl := parallax.Place{
			ID:        "p" + strconv.Itoa(i+1),
			Start:     t.Start,
			End:       t.End,
			Text:      doc.Text[t.Start:t.End],
			Name:      t.Place.Name,
			GeonameID: t.Place.ID,
			Lat:       t.Place.Lat,
			Lon:       t.Place.Lon,
			Country:   t.Place.Country,
			Admin1:    t.Place.Admin1,
			Feature:   t.Place.Feature,
			Sentence:  doc.SentenceText(t.Start),
		}
		doc.Places = append(doc.Places, pl)
		kind := parallax.KindGPE
		if !strings.HasPrefix(t.Place.Feature, "P.") && !strings.HasPrefix(t.Place.Feature, "A.") {
			kind = parallax.KindLocation
		}
		covered := false
		span := parallax.Span{Start: t.Start, End: t.End}
		for j := range doc.Entities {
			e := &doc.Entities[j]
			es := parallax.Span{Start: e.Start, End: e.End}
			if es.Contains(span) || span.Contains(es) {
				if e.Kind == "" || e.Kind == parallax.KindLocation || e.Kind == parallax.KindGPE {
					e.Kind = kind
				}
				covered = true
			}
		}
		if !covered {
			doc.Entities = append(doc.Entities, parallax.Entity{
				ID: "g" + strconv.Itoa(nextG), Start: t.Start, End: t.End, Text: pl.Text,
				Kind: kind, Sentence: pl.Sentence,
			})
			nextG++
		}
	}
}

// hintsOf reads the NER layer: entities and BIO tags.
func hintsOf(doc *parallax.Document) []Hint {
	var hints []Hint
	for _, e := range doc.Entities {
		switch e.Kind {
		case parallax.KindLocation, parallax.KindGPE:
			hints = append(hints, Hint{Start: e.Start, End: e.End, Place: true})
		case parallax.KindPerson:
			hints = append(hints, Hint{Start: e.Start, End: e.End, Person: true})
		case parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
			hints = append(hints, Hint{Start: e.Start, End: e.End})
		}
	}
	for _, s := range doc.Sentences {
		start, typ := -1, ""
		flush := func(end int) {
			if start >= 0 {
				switch typ {
				case "LOC", "GPE":
					hints = append(hints, Hint{Start: start, End: end, Place: true})
				case "PER", "PERSON":
					hints = append(hints, Hint{Start: start, End: end, Person: true})
				case "ORG":
					hints = append(hints, Hint{Start: start, End: end})
				}
			}
			start, typ = -1, ""
		}
		for i, t := range s.Tokens {
			tag := t.NER
			if strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-") && typ != tag[2:] {
				flush(s.Tokens[max(i-1, 0)].End)
				start, typ = t.Start, tag[2:]
			} else if !strings.HasPrefix(tag, "I-") {
				flush(s.Tokens[max(i-1, 0)].End)
			}
		}
		if len(s.Tokens) > 0 {
			flush(s.Tokens[len(s.Tokens)-1].End)
		}
	}
	return hints
}

// Parse finds and resolves the place names of a text. hints may be nil.
func (p *Geoparser) Parse(text string, hints []Hint) []Toponym {
	return p.parse(text, hints, dateline.Read(text))
}

// parse is Parse with the text's datelines (dateline.Read).
func (p *Geoparser) parse(text string, hints []Hint, datelines []dateline.Dateline) []Toponym {
	ws := words(text)
	ms := p.candidates(text, ws, hints)
	if len(ms) == 0 {
		return nil
	}
	for _, m := range ms {
		m.surface = text[m.start:m.end]
	}
	p.dropOrgNames(text, ws, ms)
	p.context(ws, ms, datelines)
	p.fuzzyLookups(ms)
	all := append([]*mention(nil), ms...)
	ms = p.detect(ms)
	if len(ms) == 0 {
		return nil
	}
	followers := p.adminFollowers(ws, ms)
	choice := p.resolve(ms, p.demonymFocus(ws), followers, p.localDemonyms(ws, ms))
	// "Charlevoix, Quebec" with no Charlevoix in Quebec: the place lies
	// somewhere in the division named after it, which is a better answer
	// than a namesake elsewhere.
	for i, m := range ms {
		if followers[i] == "" || i+1 >= len(ms) || choice[i+1] < 0 || m.speaker {
			continue
		}
		if ms[i+1].wi != m.wj {
			// "Andriivka in the Kharkiv region" with no Andriivka
			// there: the division is the better answer.
			if choice[i] >= 0 && !p.inFollower(choice[i], followers[i]) && p.inFollower(choice[i+1], followers[i]) &&
				p.gaz.Feature(choice[i]) != "A.PCLI" {
				choice[i] = choice[i+1]
			}
			continue
		}
		if choice[i] < 0 {
			// Dropped as a namesake far from the article: the division
			// after the comma still says where it is.
			if !(i > 0 && listed(ws, ms[i-1], m) || i+2 < len(ms) && listed(ws, ms[i+1], ms[i+2])) && p.inFollower(choice[i+1], followers[i]) {
				choice[i] = choice[i+1]
			}
			continue
		}
		inList := i > 0 && listed(ws, ms[i-1], m) || i+2 < len(ms) && listed(ws, ms[i+1], ms[i+2])
		if inList {
			continue
		}
		if f := p.gaz.Feature(choice[i]); f == "A.PCLI" || f == "A.ADM1" || strings.HasPrefix(f, "L.") {
			continue
		}
		if !p.inFollower(choice[i], followers[i]) && p.inFollower(choice[i+1], followers[i]) {
			choice[i] = choice[i+1]
		}
	}
	p.vehicleMakers(ws, ms, choice)
	ms, choice = p.rescueLocal(ws, all, ms, choice)
	p.localNamesakes(ws, ms, choice)
	p.listedCapitals(ws, ms, choice)
	p.appositeTowns(ms, choice)
	p.districtHosts(ws, ms, choice)
	p.regionDivisions(ws, ms, choice)
	ms, choice = p.hostedPlaces(ws, all, ms, choice)
	var out []Toponym
	for i, m := range ms {
		if m.speaker || choice[i] < 0 {
			continue
		}
		if f := p.gaz.Feature(choice[i]); m.speakerIn && (f == "P.PPLC" || f == "A.PCLI") {
			continue
		}
		out = append(out, Toponym{Start: m.start, End: kindTailEnd(ws, m, p.gaz.Feature(choice[i])), Place: p.gaz.Place(choice[i]),
			Confidence: confidence(m)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// tailWord is a word's lower case without a possessive ending: "Paletwa
// Township's last camp" ends its name with a generic word too.
func tailWord(w word) string {
	if e := possessive(w); e < w.end {
		return w.lower[:e-w.start]
	}
	return w.lower
}

// kindTails are the kinds of division that wire services and Russian,
// Nigerian and Myanmar outlets capitalise after a name as part of it
// ("in the Kursk Region", "Marte, Borno State", "Kyauktaw Township"), and
// the "City" of a Philippine city's official name ("Kabankalan City").
// "Province" is not one: the whole-system golds write "Diyala Province"
// as Diyala more often than with its kind.
var kindTails = map[string]bool{"region": true, "state": true, "oblast": true, "krai": true, "kray": true, "township": true, "city": true}

// kindTailEnd is the end of a resolved mention's span as written: a
// capitalised kind word right after the name that ends the run of
// capitals is part of the name ("the Kursk Region" is the place "Kursk
// Region"; "the Kursk region" is "Kursk"). The kind was read as context
// already (m.admin, m.divisionNoun), so only the span grows; a kind
// before more capitals opens a body's name ("the Borno State Police
// Command", "Kharkiv Oblast Governor ...") and is left outside. A
// country takes none ("Islamic State" holds no place anyway).
func kindTailEnd(ws []word, m *mention, feature string) int {
	if m.wj <= 0 || m.wj >= len(ws) || feature == "A.PCLI" || m.end != ws[m.wj-1].end {
		return m.end
	}
	w := ws[m.wj]
	end := possessive(w)
	if !w.upper || w.initial || w.gap != " " || !kindTails[strings.ToLower(w.text[:end-w.start])] {
		return m.end
	}
	if n := m.wj + 1; end == w.end && n < len(ws) && ws[n].upper && !ws[n].initial && strings.TrimSpace(ws[n].gap) == "" {
		return m.end
	}
	return end
}

// candidates collects the capitalised names that the gazetteer knows, and
// the NER place spans.
func (p *Geoparser) candidates(text string, ws []word, hints []Hint) []*mention {
	var ms []*mention
	covered := func(s, e int) bool {
		for _, m := range ms {
			if m.start < e && s < m.end {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(ws); {
		if !ws[i].upper && !(articleName(ws[i].text) && (i == 0 || !ws[i-1].upper) && len(p.gaz.Exact(foldWord(ws[i]))) > 0) {
			i++
			continue
		}
		j := i + 1
		// "Mazar-e Sharif", "Pul-e Khumri": a Persian connector written
		// after a hyphen is no compound adjective when the gazetteer
		// knows the name with the words after it.
		if m := p.connectorName(text, ws, i); m != nil {
			ms = append(ms, m)
			i = m.wj
			continue
		}
		// A possessive ends a name ("China's Liuheng Island"), so do a
		// title ("Lamu County Commissioner") and a compound adjective
		// ("Serb-controlled Republika Srpska", "The Hague-based").
		for !hyphenAdjective(ws[i].text) && j < len(ws) && ws[j].upper && (ws[j].gap == " " || ws[j].gap == ". " && nameAbbrevs[ws[j-1].text]) && !ws[j].initial &&
			!runBreak[ws[j].lower] && !titles[strings.TrimSuffix(ws[j].lower, ".")] && !hyphenAdjective(ws[j].text) &&
			possessive(ws[j-1]) == ws[j-1].end {
			j++
		}
		// "Ogba/Egbema/Ndoni": GeoNames joins the names of some local
		// government areas with slashes; the whole is one name when the
		// gazetteer knows it.
		if j == i+1 {
			j = p.joinSlashes(text, ws, i)
		}
		// "New York-based", "Tel Aviv-based": a name of several words
		// before a compound adjective ends on its first part.
		if m := p.hyphenRun(text, ws, i, j); m != nil {
			ms = append(ms, m)
			i = m.wj
			continue
		}
		// "Gulf of Guinea", "Bosnia and Herzegovina", "Republic of the
		// Congo": a name that spans a lower-case connector, when the
		// gazetteer knows the whole.
		if k, ok := p.joinConnector(text, ws, i, j); ok {
			j = k
		}
		// "Ma'arrat al-Nu'man", "Deir ez-Zor": a lower-case Arabic
		// article joined to the next word goes on the name when the
		// gazetteer knows the whole (otherwise the name is a person's,
		// below: "Omar al-Bashir").
		if k, ok := p.joinArticle(text, ws, i, j); ok {
			j = k
		}
		// "Lionel Bethune de Moro": a capitalised word after a name
		// particle that follows a capitalised word belongs to a name;
		// so does one before "al-Bashir", "bin Salman".
		if i >= 2 && nameParticles[ws[i-1].lower] && ws[i-2].upper && ws[i-1].gap == " " && ws[i].gap == " " {
			i = j
			continue
		}
		if j < len(ws) && ws[j].gap == " " && (nameParticles[ws[j].lower] && j+1 < len(ws) && ws[j+1].upper ||
			strings.HasPrefix(ws[j].lower, "al-") || strings.HasPrefix(ws[j].lower, "el-")) {
			i = j
			continue
		}
		// "Major General Hassan", "Secretary of State Kerry": a name right
		// after a title is a person's.
		if i >= 1 && ws[i].gap == " " && (titles[strings.TrimSuffix(ws[i-1].lower, ".")] ||
			i >= 3 && ws[i-1].lower == "state" && ws[i-2].lower == "of" && ws[i-3].lower == "secretary" ||
			i >= 2 && ws[i].lower == "state" && ws[i-1].lower == "of" && ws[i-2].lower == "secretary") {
			i = j
			continue
		}
		run := p.runMentions(text, ws, i, j)
		// "the Gulf", "the Caucasus": with its article the name may be
		// a region's.
		if len(run) == 1 && i > 0 && ws[i].gap == " " && ws[i-1].lower == "the" && !run[0].unknown {
			if the := p.gaz.Exact("the " + run[0].key); len(the) > 0 {
				run[0].cands = run[0].cands[:0]
				for _, c := range the {
					run[0].cands = append(run[0].cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
				}
			}
		}
		ms = append(ms, run...)
		i = j
	}
	ms = p.apStateMentions(text, ws, ms)
	// NER place spans that no capitalised run produced (lower case, or
	// split differently).
	for _, h := range hints {
		if !h.Place || h.Start < 0 || h.End > len(text) || h.Start >= h.End {
			continue
		}
		// "Brig. Gen. Coe": a title is no place, whatever the tagger says.
		if titles[gazetteer.Fold(text[h.Start:h.End])] {
			continue
		}
		// "Kenya-U.S. base": a tagged abbreviation keeps its last dot.
		if h.End < len(text) && text[h.End] == '.' && h.End-h.Start >= 3 && text[h.End-2] == '.' {
			h.End++
		}
		if covered(h.Start, h.End) {
			// "Donetsk People's Republic" split by its possessive into
			// runs that match nothing whole: a tagged span the
			// gazetteer knows exactly replaces the mentions inside it.
			inside := true
			for _, m := range ms {
				if m.start < h.End && h.Start < m.end && (m.start < h.Start || m.end > h.End || m.start == h.Start && m.end == h.End) {
					inside = false
				}
			}
			if !inside || len(p.gaz.Exact(gazetteer.Fold(text[h.Start:h.End]))) == 0 {
				continue
			}
			keep := ms[:0]
			for _, m := range ms {
				if !(m.start < h.End && h.Start < m.end) {
					keep = append(keep, m)
				}
			}
			ms = keep
		}
		key := gazetteer.Fold(text[h.Start:h.End])
		if p.articleNoun(key) {
			continue
		}
		cands := p.gaz.Lookup(text[h.Start:h.End], false)
		if len(cands) == 0 {
			key = gazetteer.StripGeneric(key)
			cands = p.gaz.Lookup(key, false)
		}
		if len(cands) == 0 {
			continue
		}
		wi := sort.Search(len(ws), func(k int) bool { return ws[k].end > h.Start })
		wj := sort.Search(len(ws), func(k int) bool { return ws[k].start >= h.End })
		if wi >= wj {
			continue
		}
		// "Secretary Kerry": a name right after a title is a person's,
		// whatever the tagger says ("the major U.S. indexes": a
		// country's name is not).
		if wi > 0 && ws[wi].gap == " " && titles[strings.TrimSuffix(ws[wi-1].lower, ".")] {
			country := false
			for _, c := range cands {
				country = country || c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.PCLI"
			}
			if !country {
				continue
			}
		}
		// "Secretary of State Kerry" tagged from "State": an office's
		// holder (see runMentions).
		if wj-wi > 1 && wi >= 2 && officeTails[ws[wi].lower] && ws[wi-1].lower == "of" && titles[strings.TrimSuffix(ws[wi-2].lower, ".")] {
			continue
		}
		ms = append(ms, &mention{start: h.Start, end: h.End, wi: wi, wj: wj, key: key, cands: cands})
	}
	for _, m := range ms {
		for _, h := range hints {
			if h.Start < m.end && m.start < h.End {
				switch {
				case h.Place:
					// "the Soviet Union", "the Islamic Republic": a common
					// word that ends a longer tagged name the gazetteer
					// lacks is that name's head noun, not a place of its
					// own (Union, South Carolina), so the tag does not
					// vouch for it.
					m.ner = !(h.Start < m.start && m.wj-m.wi == 1 && p.gaz.IsCommonWord(ws[m.wi].lower))
				case h.Start == m.start && h.End == m.end:
					// Tagged as a person or organisation: weighed against
					// the place context in detectScore (the tagger is
					// wrong on rare place names).
					m.nerOther = true
				case h.Person && !(h.Start >= m.start && h.End <= m.end) && !brokenName(text[h.Start:h.End]):
					// Inside a person's name: not a place.
					m.cands = nil
				case h.Person && !(h.Start >= m.start && h.End <= m.end):
					// "Robotyne towards Verbove": a span that holds a
					// lower-case word other than a name particle is no
					// person's name, so it does not take the place away;
					// it is weighed as a person's tag (see detectScore).
					m.nerOther = true
				case !(h.Start >= m.start && h.End <= m.end):
					// Inside an organisation's name: a place only as its
					// leading country ("Kenya Interior Ministry") or in a
					// place context (see detectScore).
					// "a Chicago Democrat": a party member named by the
					// place is no organisation.
					if h.Start == m.start && partyMember(text[m.end:h.End]) {
						break
					}
					if namePair(text[h.Start:h.End], m.start-h.Start, m.end-h.Start) {
						// "with Ladysmith and Estcourt cut off": two
						// names the tagger joined into one; each is
						// weighed as a name it called no place.
						m.nerOther = true
						break
					}
					m.inOrg = true
					m.orgStart = h.Start == m.start
				}
			}
		}
		m.quality = gazetteer.MatchFuzzy
		for _, c := range m.cands {
			m.quality = min(m.quality, c.Quality)
		}
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	out := ms[:0]
	for _, m := range ms {
		// "(Times of Israel)", "the Voice of Nigeria": an outlet's name
		// the tagger may cut, whose place is no toponym.
		if m.wi >= 2 && ws[m.wi-1].lower == "of" && ws[m.wi-1].gap == " " && ws[m.wi].gap == " " &&
			(ws[m.wi-2].text == "Times" || ws[m.wi-2].text == "Voice") {
			continue
		}
		if len(m.cands) > 0 || m.ner || m.unknown {
			out = append(out, m)
		}
	}
	return out
}

// groupPossessive reports the possessive of a word for an armed group or a
// movement: "the group's spokesman in Sanaa said", "the rebels' envoy in
// Doha said" speak for the group, not for the government of the place.
func groupPossessive(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		w = b
	} else if b, ok := strings.CutSuffix(w, "'"); ok {
		w = b
	} else {
		return false
	}
	return groupNouns[w]
}

var groupNouns = map[string]bool{
	"group": true, "groups": true, "rebels": true, "rebel": true, "militia": true, "militias": true,
	"movement": true, "insurgents": true, "militants": true, "faction": true, "factions": true,
	"fighters": true, "guerrillas": true,
}

// articleName reports a lower-case Arabic article joined to a capitalised
// name, "al-Mawasi", "el-Arish": after a lower-case word it starts a place
// name when the gazetteer knows the whole (after a capitalised one it ends
// a person's, "Omar al-Bashir").
func articleName(w string) bool {
	// Every article below is two or three letters and a hyphen: a word
	// with no hyphen at the third or fourth byte (nearly every word) has
	// none of them, and is told without trying each.
	if len(w) < 3 || w[2] != '-' && (len(w) < 4 || w[3] != '-') {
		return false
	}
	for _, a := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// brokenName reports whether a span the tagger calls a person's name holds
// a lower-case word that no name has ("Robotyne towards Verbove", "Kupiansk
// and Lyman"): name particles (de, van, bin), Arabic articles and
// apostrophes' tails (al-, el-, 's) are parts of names.
func brokenName(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if nameParticles[lw] || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") ||
			strings.HasPrefix(lw, "ad-") || strings.HasPrefix(lw, "ar-") || strings.HasPrefix(lw, "as-") ||
			lw == "al" || lw == "el" || lw == "la" || lw == "y" || lw == "e" || lw == "ter" || lw == "ten" || lw == "abu" {
			continue
		}
		return true
	}
	return false
}

// localRescueKm is how close a small town the entity tagger calls a
// person or an organisation must lie to a place of the article in its own
// first-level division for rescueLocal to take it back.
const localRescueKm = 120

// borderRescueKm is how close such a town in a neighbouring first-level
// division must lie to a settled place of the story.
const borderRescueKm = 30

// localPeople are the nouns after a town's name that make it the home of
// someone ("a Lindale man", "the Kennesaw teenager").
var localPeople = map[string]bool{
	"man": true, "woman": true, "men": true, "women": true, "resident": true, "residents": true,
	"teen": true, "teenager": true, "boy": true, "girl": true, "couple": true, "family": true,
	"native": true, "driver": true,
}

// localNamesakes gives a country's name listed with a town of another
// country to that town's namesake in the same first-level division:
// "crews from Peru and Plymouth" in an Indiana story, "the Benin-Auchi
// road" in Edo State. A country is seldom listed with a foreign town;
// towns named after countries are common (Mexico, Missouri; Lebanon,
// Ohio; Benin City, whose short name is Benin).
func (p *Geoparser) localNamesakes(ws []word, ms []*mention, choice []int) {
	for i, m := range ms {
		if choice[i] < 0 || m.speaker || p.gaz.Feature(choice[i]) != "A.PCLI" {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || choice[j] < 0 || ms[j].speaker {
				continue
			}
			if j < i && !listed(ws, ms[j], m) || j > i && !listed(ws, m, ms[j]) {
				continue
			}
			town := choice[j]
			f := p.gaz.Feature(town)
			cc, a1 := p.gaz.Country(town), p.gaz.Admin1(town)
			if !strings.HasPrefix(f, "P.") || f == "P.PPLC" || cc == p.gaz.Country(choice[i]) || a1 == "" {
				continue
			}
			found := -1
			for _, c := range m.cands {
				if c.Quality == gazetteer.MatchExact && strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") &&
					p.gaz.Country(c.Entry) == cc && p.gaz.Admin1(c.Entry) == a1 {
					found = c.Entry
					break
				}
			}
			if found >= 0 {
				choice[i] = found
				break
			}
		}
	}
}

// listedCapitals gives a town's name listed with a city (or a city-state)
// of another country to the national capital of that name: "offices in Dublin and
// Bengaluru" in a story of Redmond and Cupertino is Ireland's capital, not
// Dublin, California, near the article's other places. A list that
// crosses a border names cities the world knows; a town placed by its
// state ("Dublin, Calif.") keeps it.
func (p *Geoparser) listedCapitals(ws []word, ms []*mention, choice []int) {
	for i, m := range ms {
		if choice[i] < 0 || m.speaker || m.apState {
			continue
		}
		if i+1 < len(ms) && ms[i+1].wi == m.wj && strings.TrimSpace(ws[m.wj].gap) == "," && choice[i+1] >= 0 {
			if f := p.gaz.Feature(choice[i+1]); f == "A.ADM1" || f == "A.PCLI" {
				continue // "Dublin, Calif.", "Dublin, Ohio"
			}
		}
		if f := p.gaz.Feature(choice[i]); !strings.HasPrefix(f, "P.") || f == "P.PPLC" || p.prominent(choice[i]) {
			continue
		}
		cc := p.gaz.Country(choice[i])
		abroad := false
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || choice[j] < 0 || ms[j].speaker ||
				j < i && !listed(ws, ms[j], m) || j > i && !listed(ws, m, ms[j]) {
				continue
			}
			fj := p.gaz.Feature(choice[j])
			abroad = abroad || (strings.HasPrefix(fj, "P.") || fj == "A.PCLI") && p.gaz.Country(choice[j]) != cc
		}
		if !abroad {
			continue
		}
		for _, c := range m.cands {
			if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "P.PPLC" && gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, m.key) {
				choice[i] = c.Entry
				break
			}
		}
	}
}

// appositeTowns gives a country's name that an apposition calls a town
// ("soldiers were deployed to Costa Rica, a town south of the city" in a
// Sinaloa story) to its namesake town in the first-level division where
// another place of the article lies.
// districtHosts places a name said to lie in a district ("a rocket hit
// Ban Phai in Phanom Dong Rak district") at the district's seat when the
// entry chosen for it lies farther than a district reaches from that
// seat: the gazetteer's namesake is another village (in another
// province), and the district is the better answer, as a division is for
// "Andriivka in the Kharkiv region" in Parse.
func (p *Geoparser) districtHosts(ws []word, ms []*mention, choice []int) {
	for i := 0; i+1 < len(ms); i++ {
		m, d := ms[i], ms[i+1]
		if choice[i] < 0 || choice[i+1] < 0 || m.speaker || m.wj+1 != d.wi || ws[m.wj].lower != "in" ||
			strings.ContainsAny(ws[m.wj].gap+ws[d.wi].gap, ".;:!?,\n") {
			continue
		}
		if !districtNouns[tailWord(ws[d.wj-1])] && (d.wj >= len(ws) || !districtNouns[ws[d.wj].lower] || strings.TrimSpace(ws[d.wj].gap) != "") {
			continue
		}
		host := p.gaz.Feature(choice[i+1])
		if !strings.HasPrefix(host, "P.PPLA") && host != "A.ADM2" || !strings.HasPrefix(p.gaz.Feature(choice[i]), "P.") {
			continue
		}
		e, h := p.gaz.Entry(choice[i]), p.gaz.Entry(choice[i+1])
		if gazetteer.Distance(float64(e.Lat), float64(e.Lon), float64(h.Lat), float64(h.Lon)) > districtReachKm {
			choice[i] = choice[i+1]
		}
	}
}

// regionDivisions reads a name that is both a region across borders and
// a first-level division ("the Sahel", Sahel, Burkina Faso) as the
// division when the sentence calls it a region or province of its own
// ("Djibo, in the Sahel region", "northern Sahel") and the division holds
// another place of the sentence: the Burkinabe region, not the belt from
// Senegal to Sudan. "Across the Sahel region, from Mali to Chad" keeps
// the region.
func (p *Geoparser) regionDivisions(ws []word, ms []*mention, choice []int) {
	sameSentence := func(a, b *mention) bool {
		lo, hi := min(a.wi, b.wi), max(a.wi, b.wi)
		for w := lo + 1; w <= hi; w++ {
			if ws[w].initial {
				return false
			}
		}
		return true
	}
	for i, m := range ms {
		if choice[i] < 0 || m.speaker || !m.admin && !m.division || !strings.HasPrefix(p.gaz.Feature(choice[i]), "L.") {
			continue
		}
		// The candidates of "the Sahel" are those of the name with its
		// article (see candidates): the division's are the bare name's.
	cands:
		for _, e := range p.gaz.Exact(m.key) {
			c := int(e)
			if p.gaz.Feature(c) != "A.ADM1" {
				continue
			}
			cc, a1 := p.gaz.Country(c), p.gaz.Admin1(c)
			for k, o := range ms {
				if k == i || choice[k] < 0 || o.speaker || o.key == m.key || !strings.HasPrefix(p.gaz.Feature(choice[k]), "P.") ||
					!sameSentence(m, o) {
					continue
				}
				if p.gaz.Country(choice[k]) == cc && p.gaz.Admin1(choice[k]) == a1 {
					choice[i] = c
					break cands
				}
			}
		}
	}
}

// hostedPlaces places a village, camp or sector that the gazetteer lacks
// (GeoNames' extract holds places of 500 people or more) at the division
// or town the sentence puts it in: "near the village of X in Y province",
// "X, a village in Y Subdivision", "the X settlement of Armenia's Y
// region", "in X sector of Y district". The host's point is the best the
// gazetteer can say of where X lies, as "Charlevoix, Quebec" is placed in
// Quebec. Only a name the gazetteer does not know at all (no exact or
// skeleton match; a look-alike two edits away is no evidence) and that
// its words call a place (a settlement noun or apposition, or "near" or
// "outside" before it) is taken, and only a host below a country: a
// country or a loose region says too little.
func (p *Geoparser) hostedPlaces(ws []word, all, ms []*mention, choice []int) ([]*mention, []int) {
	at := make(map[*mention]int, len(ms))
	for i, m := range ms {
		at[m] = i
	}
	for _, m := range all {
		i, kept := at[m]
		placed := kept && choice[i] >= 0
		if m.speaker || m.acronym || m.common || m.inOrg || m.initial || m.fromHyphen {
			continue
		}
		// Only a whole capitalised run: "Bei" of "the Mom Bei area" is
		// no name; a name with a digit is a road's ("the A9 north of
		// Perth").
		if strings.ContainsAny(m.surface, "0123456789") {
			continue
		}
		if m.wi > 0 && ws[m.wi-1].upper && strings.TrimSpace(ws[m.wi].gap) == "" ||
			m.wj < len(ws) && ws[m.wj].upper && strings.TrimSpace(ws[m.wj].gap) == "" {
			continue
		}
		prev := ""
		if m.wi > 0 && !strings.ContainsAny(ws[m.wi].gap, ".;:!?\n") {
			prev = ws[m.wi-1].lower
		}
		next := ""
		if m.wj < len(ws) && !strings.ContainsAny(ws[m.wj].gap, ".,;:!?\n") {
			next = ws[m.wj].lower
		}
		// "the village of X", "X, a village in", "X sector" call X a
		// place whatever the tagger or WordNet say of the name; "near
		// X" does so only for a name they do not take for a person's.
		// A place the resolver took is only moved, below, when the host
		// lies far from it.
		named := placed || m.settle && prev == "of" || m.townApposition || hamletNouns[next]
		h, apart := p.hostOf(ws, m, ms, choice)
		// "X, west of Y", "X, in northwest Y" call X a place too.
		named = named || apart
		if !named && (m.person || m.nerOther || prev != "near" && prev != "outside") {
			continue
		}
		if h < 0 || h == i && kept || !ms[h].divisionNoun && !kindNamed(ws, ms[h]) && !p.otherInCountry(ms, choice, h) {
			continue
		}
		if placed {
			// "a fuel depot in Shahran, in northwest Tehran" read as a
			// look-alike in another country, "Salah Al-Din areas south
			// of Tripoli" as the Iraqi province: the host says where,
			// when it is set off so and itself lies in a country of the
			// story ("Baidoa, the interim seat of South West State"
			// keeps Baidoa whatever the state was read as).
			if apart && p.otherInCountry(ms, choice, h) && p.hostCorrects(choice[i], choice[h]) {
				choice[i] = choice[h]
			}
			continue
		}
		if kept {
			choice[i] = choice[h]
			continue
		}
		ms = append(ms, m)
		choice = append(choice, choice[h])
	}
	return ms, choice
}

// otherInCountry reports whether a place of the article other than
// ms[h] (and its namesakes) lies in the country of ms[h]'s entry: a host
// resolved to a town of a country nothing else of the story is in ("Kani
// township" read as Kani, Japan, in a Myanmar story) passes no error on.
// A host written with its division's kind ("Kishtwar district", "Momo
// Division") needs no such support.
func (p *Geoparser) otherInCountry(ms []*mention, choice []int, h int) bool {
	cc := p.gaz.Country(choice[h])
	for i, m := range ms {
		if choice[i] >= 0 && !m.speaker && m.key != ms[h].key && p.gaz.Country(choice[i]) == cc {
			return true
		}
	}
	return false
}

// divisionAfter reports whether a name after a comma is a division that
// the name before it lies in, not the subject of the next clause ("in the
// Kursk region, Kyiv said"): written with its kind ("Sagaing Region") or
// a first-level division's name.
func (p *Geoparser) divisionAfter(ws []word, m *mention) bool {
	if m.speaker {
		return false
	}
	if m.wj < len(ws) && ws[m.wj].gap == " " && adminNouns[strings.ToLower(ws[m.wj].text)] ||
		m.wj > m.wi && adminNouns[strings.ToLower(ws[m.wj-1].text)] {
		return true
	}
	for _, c := range m.cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.ADM1" {
			return true
		}
	}
	return false
}

// kindNamed reports whether a name's own last word is its kind ("Momo
// Division", "Ramree Island", "Sagaing Region").
func kindNamed(ws []word, m *mention) bool {
	if m.wj-m.wi < 2 {
		return false
	}
	k := strings.ToLower(ws[m.wj-1].text)
	return adminNouns[k] || k == "division" || k == "township" || k == "island"
}

// hostCorrects reports whether a place the resolver chose is wrong by its
// host: it lies in another country than the host ("a fuel depot in
// Shahran, in northwest Tehran" read as Sakhnin, Israel). A country never
// moves, and a place of the host's own country keeps its point: a town
// is often far from its division's representative point ("El Fasher,
// the capital of North Darfur" lies 270 km from the state's point), and
// the gazetteer's division names do not always agree between towns and
// divisions.
func (p *Geoparser) hostCorrects(chosen, host int) bool {
	if f := p.gaz.Feature(chosen); f == "A.PCLI" || f == "L.CONT" {
		return false
	}
	return p.gaz.Country(chosen) != p.gaz.Country(host)
}

// compassWords set a place off from the one it lies by: "X, west of Y".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true,
}

// hamletNouns after a name call it a place below a town: "the X camp",
// "X sector", "the X neighbourhood".
var hamletNouns = map[string]bool{
	"village": true, "settlement": true, "hamlet": true, "camp": true, "sector": true, "neighbourhood": true,
	"neighborhood": true, "locality": true, "commune": true, "area": true, "areas": true,
}

// hostOf returns the index in ms of the place that the words after m put
// it in ("in", "of" or "on", after an apposition such as ", a village"),
// or -1; apart tells that a comma or a compass direction set the host off
// (", in northwest Tehran", "south of Tripoli").
func (p *Geoparser) hostOf(ws []word, m *mention, ms []*mention, choice []int) (host int, apart bool) {
	k := m.wj
	if k < len(ws) && hamletNouns[ws[k].lower] && !strings.ContainsAny(ws[k].gap, ".,;:!?\n") {
		k++ // "X areas south of Y"
	}
	// ", in northwest Tehran", "areas south of Tripoli", ", west of
	// Marib governorate": the place lies in or by the host, set off as
	// an apposition or by a direction.
	if k+1 < len(ws) && (strings.TrimSpace(ws[k].gap) == "," || ws[k].gap == " ") && compassWords[ws[k].lower] &&
		ws[k+1].lower == "of" && ws[k+1].gap == " " {
		return p.hostAfter(ws, k+1, ms, choice), true
	}
	if k < len(ws) && strings.TrimSpace(ws[k].gap) == "," && ws[k].lower == "in" {
		return p.hostAfter(ws, k, ms, choice), true
	}
	k = m.wj
	// The apposition: ", a village", ", a small farming village".
	if k+1 < len(ws) && strings.TrimSpace(ws[k].gap) == "," && (ws[k].lower == "a" || ws[k].lower == "the") {
		k++
		for k < len(ws) && !ws[k].upper && ws[k].lower != "in" && ws[k].lower != "of" && k < m.wj+5 &&
			!strings.ContainsAny(ws[k].gap, ".,;:!?\n()") {
			k++
		}
	} else if k < len(ws) && hamletNouns[ws[k].lower] && !strings.ContainsAny(ws[k].gap, ".,;:!?\n") {
		k++ // "X sector of", "X settlement of"
	}
	link := func(k int) bool {
		return k < len(ws) && !strings.ContainsAny(ws[k].gap, ".,;:!?\n()") &&
			(ws[k].lower == "in" || ws[k].lower == "of" || ws[k].lower == "on")
	}
	if !link(k) {
		return -1, false
	}
	// One division the gazetteer lacks may stand between the name and
	// its host: "in Batibo Subdivision of Momo Division".
	for hop := 0; hop < 2; hop++ {
		if h := p.hostAfter(ws, k, ms, choice); h >= 0 {
			return h, false
		}
		w := k + 1
		for w < len(ws) && w <= k+3 && ws[w].upper && !strings.ContainsAny(ws[w].gap, ".,;:!?\n()") {
			w++
		}
		if kind := strings.ToLower(ws[w-1].text); w == k+1 || !link(w) || !adminNouns[kind] && kind != "subdivision" && kind != "division" {
			return -1, false
		}
		for _, d := range ms {
			if d.wi < w && d.wj > k {
				return -1, false // a place the resolver dropped is no unknown division
			}
		}
		k = w
	}
	return -1, false
}

// hostAfter returns the index in ms of the place that opens after the
// link word at k (at most two lower-case words between: "in the", "of
// north"), or -1. A country's or region's possessive before the host is
// skipped ("of Armenia's Ararat region").
func (p *Geoparser) hostAfter(ws []word, k int, ms []*mention, choice []int) int {
	limit := k + 3
	for h := range ms {
		d := ms[h]
		if d.wi <= k || d.wi > limit || choice[h] < 0 || d.speaker {
			continue
		}
		for w := k + 1; w < d.wi; w++ {
			if ws[w].upper || strings.ContainsAny(ws[w].gap, ".,;:!?\n()") {
				return -1
			}
		}
		if strings.ContainsAny(ws[d.wi].gap, ".,;:!?\n()") {
			return -1
		}
		f := p.gaz.Feature(choice[h])
		if f == "A.PCLI" || strings.HasPrefix(f, "L.") {
			if possessive(ws[d.wj-1]) == ws[d.wj-1].end {
				return -1
			}
			k, limit = d.wj-1, d.wj
			continue
		}
		if strings.HasPrefix(f, "P.") || strings.HasPrefix(f, "A.ADM") || f == "T.ISL" {
			return h
		}
		return -1
	}
	return -1
}

// vehicleMakers drops a name between "a" and a vehicle's noun ("seized
// a Toyota pick-up", "an Antonov plane") that the resolver put in a
// country no other name of the article lies in: it is the maker, not a
// town (Toyota, Japan, in a Central African story); "a Gaza ambulance" in
// a story of Gaza keeps its place.
func (p *Geoparser) vehicleMakers(ws []word, ms []*mention, choice []int) {
	for i, m := range ms {
		if choice[i] < 0 || m.wi == 0 || m.wj >= len(ws) || ws[m.wi-1].lower != "a" && ws[m.wi-1].lower != "an" ||
			!vehicleNouns[ws[m.wj].lower] || !strings.HasPrefix(p.gaz.Feature(choice[i]), "P.") {
			continue
		}
		cc, shared := p.gaz.Country(choice[i]), false
		for j, o := range ms {
			shared = shared || j != i && o.key != m.key && choice[j] >= 0 && o.quality == gazetteer.MatchExact && p.gaz.Country(choice[j]) == cc
		}
		if !shared {
			for j, o := range ms {
				if o.key == m.key {
					choice[j] = -1
				}
			}
		}
	}
}

// districtReachKm is how far from its seat a place of a district may lie:
// large rural districts (of Sudan, Mali, Afghanistan) span 100 km and
// more.
const districtReachKm = 150

// districtNouns are the kind words of second-level divisions.
var districtNouns = map[string]bool{
	"district": true, "county": true, "municipality": true, "rayon": true, "raion": true,
	"tehsil": true, "township": true, "subdistrict": true, "amphoe": true, "commune": true,
}

func (p *Geoparser) appositeTowns(ms []*mention, choice []int) {
	for i, m := range ms {
		if choice[i] < 0 || !m.townApposition || p.gaz.Feature(choice[i]) != "A.PCLI" {
			continue
		}
		for _, c := range m.cands {
			if c.Quality != gazetteer.MatchExact || !strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") {
				continue
			}
			cc, a1 := p.gaz.Country(c.Entry), p.gaz.Admin1(c.Entry)
			found := false
			for j, o := range ms {
				if j != i && choice[j] >= 0 && !o.speaker && p.gaz.Feature(choice[j]) != "A.PCLI" &&
					p.gaz.Country(choice[j]) == cc && p.gaz.Admin1(choice[j]) == a1 {
					found = true
					break
				}
			}
			if found {
				choice[i] = c.Entry
				break
			}
		}
	}
}

// rescueLocal takes back the names that detection left out only because
// the entity tagger called them a person or an organisation, where the
// article itself places them: local news is full of small towns the
// tagger has never seen ("A man from Muscle Shoals", "Roads to
// Adamsville", "where Albury and Wagga Wagga were on alert"). A name
// comes back when the gazetteer knows it exactly, the words around it
// make it a place ("from", "to", "where", "a Lindale man"), and one of its
// entries lies in a first-level division the article has settled: the
// division is named in the same sentence, or two of the article's places
// lie in it and one within localRescueKm of the entry. Names inside
// organisations, person names, common words and speakers stay out.
func (p *Geoparser) rescueLocal(ws []word, all, ms []*mention, choice []int) ([]*mention, []int) {
	if len(all) == len(ms) {
		return ms, choice
	}
	kept := make(map[*mention]bool, len(ms))
	type div struct{ cc, a1 string }
	count := map[div]int{}
	// filed: the division of the dateline's town ("KANO — Traders from
	// Fagge and Gwale said"), which settles the local story's division
	// as two of its places would.
	filed := map[div]bool{}
	var settled []int // entries of the resolved places
	for i, m := range ms {
		kept[m] = true
		if choice[i] < 0 || m.speaker {
			continue
		}
		settled = append(settled, choice[i])
		if f := p.gaz.Feature(choice[i]); f != "A.PCLI" && !strings.HasPrefix(f, "L.") && !strings.HasPrefix(f, "H.") {
			d := div{p.gaz.Country(choice[i]), p.gaz.Admin1(choice[i])}
			count[d]++
			filed[d] = filed[d] || m.dateline && strings.HasPrefix(f, "P.")
		}
	}
	sentence := func(w int) int { // index of the word opening w's sentence
		for w > 0 && !ws[w].initial {
			w--
		}
		return w
	}
	// "where Albury and Wagga Wagga": a name listed with a place is used
	// as one.
	placedGroup := map[int]bool{}
	for i, m := range ms {
		if choice[i] >= 0 && !m.speaker {
			placedGroup[m.group] = true
		}
	}
	// "with Ladysmith and Estcourt cut off", tagged as one organisation:
	// two names the tagger left out, listed together, are a list of
	// places when each is one in the division the article settles (the
	// check below).
	leftOut := map[int]int{}
	for _, m := range all {
		if !kept[m] && m.nerOther && m.quality == gazetteer.MatchExact && !m.inOrg && !m.common && !m.person {
			leftOut[m.group]++
		}
	}
	added := false
	rescued := map[string]int{} // key -> entry of the names taken back
	for _, m := range all {
		// A person's name too ("Parker", "Murray") only in a list with a
		// place after a preposition: "crews from Paducah and Murray".
		if kept[m] || m.quality != gazetteer.MatchExact || !m.nerOther || m.inOrg || m.common ||
			m.person && !(placedGroup[m.group] && m.ctx >= 1) || m.speaker || m.acronym || m.unknown || len(m.cands) == 0 {
			continue
		}
		prev := ""
		if m.wi > 0 {
			prev = ws[m.wi-1].lower
		}
		next := ""
		if m.wj < len(ws) {
			next = ws[m.wj].lower
		}
		if !(m.ctx >= 1 || prev == "where" || localPeople[next] || placedGroup[m.group] || leftOut[m.group] >= 2 && !m.person) {
			continue
		}
		best, bestPrior := -1, math.Inf(-1)
		for _, c := range m.cands {
			if c.Quality != gazetteer.MatchExact || !strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") && !strings.HasPrefix(p.gaz.Feature(c.Entry), "A.ADM") {
				continue
			}
			d := div{p.gaz.Country(c.Entry), p.gaz.Admin1(c.Entry)}
			ok := false
			e := p.gaz.Entry(c.Entry)
			for k, o := range ms {
				if choice[k] < 0 || o.speaker {
					continue
				}
				if p.gaz.Feature(choice[k]) == "A.ADM1" && p.gaz.Country(choice[k]) == d.cc && p.gaz.Admin1(choice[k]) == d.a1 &&
					sentence(o.wi) == sentence(m.wi) {
					ok = true
					break
				}
			}
			if !ok && (count[d] >= 2 || filed[d]) {
				for _, s := range settled {
					if p.gaz.Country(s) == d.cc && p.gaz.Admin1(s) == d.a1 && p.gaz.Feature(s) != "A.ADM1" {
						o := p.gaz.Entry(s)
						if gazetteer.Distance(float64(e.Lat), float64(e.Lon), float64(o.Lat), float64(o.Lon)) < localRescueKm {
							ok = true
							break
						}
					}
				}
			}
			if !ok {
				// "PORTSMOUTH — ... the bridge to Kittery": a town just
				// across a state line from a settled place of the story
				// (within 30 km) is as local as one in its division.
				for _, s := range settled {
					sd := div{p.gaz.Country(s), p.gaz.Admin1(s)}
					if sd.cc != d.cc || sd.a1 == d.a1 || p.gaz.Feature(s) == "A.ADM1" || !(count[sd] >= 2 || filed[sd]) {
						continue
					}
					o := p.gaz.Entry(s)
					if gazetteer.Distance(float64(e.Lat), float64(e.Lon), float64(o.Lat), float64(o.Lon)) < borderRescueKm {
						ok = true
						break
					}
				}
			}
			if !ok {
				continue
			}
			if pr := p.prior(c, []*mention{m}); pr > bestPrior {
				best, bestPrior = c.Entry, pr
			}
		}
		if best < 0 {
			continue
		}
		ms = append(ms, m)
		choice = append(choice, best)
		placedGroup[m.group] = true
		added = true
		kept[m] = true
		rescued[m.key] = best
	}
	// "the bridge to Kittery ... Kittery's town manager": the other
	// mentions of a name taken back are the same place, where nothing
	// makes them speakers or parts of an organisation's name.
	for _, m := range all {
		if e, ok := rescued[m.key]; ok && !kept[m] && !m.speaker && !m.inOrg && m.quality == gazetteer.MatchExact {
			ms = append(ms, m)
			choice = append(choice, e)
			kept[m] = true
		}
	}
	if added {
		// Parse reads the mentions in text order.
		idx := make([]int, len(ms))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return ms[idx[a]].start < ms[idx[b]].start })
		ms2, ch2 := make([]*mention, len(ms)), make([]int, len(ms))
		for k, i := range idx {
			ms2[k], ch2[k] = ms[i], choice[i]
		}
		ms, choice = ms2, ch2
	}
	return ms, choice
}

// namePair reports whether span is two capitalised names joined by
// " and " ("Ladysmith and Estcourt") and [i, j) is one of them, whole.
// Such a span the tagger calls an organisation is as often two places
// in a list; rescueLocal takes them back only where the article's
// division holds both.
func namePair(span string, i, j int) bool {
	a, b, ok := strings.Cut(span, " and ")
	if !ok || !(i == 0 && j == len(a) || i == len(a)+5 && j == len(span)) {
		return false
	}
	for _, part := range []string{a, b} {
		fs := strings.Fields(part)
		if len(fs) == 0 || len(fs) > 3 {
			return false
		}
		for _, f := range fs {
			r, _ := utf8.DecodeRuneInString(f)
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// contraction reports a word written with a contracted verb or negation:
// "I've", "we'll", "they're", "don't".
func contraction(s string) bool {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < 0x80
	}
	if !ascii {
		s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	}
	for _, suf := range contractionEnds {
		// An ASCII word's end is compared without case, as its lower
		// case was (without a copy of it).
		if len(s) >= len(suf) && (ascii && strings.EqualFold(s[len(s)-len(suf):], suf) || !ascii && strings.HasSuffix(s, suf)) {
			return true
		}
	}
	return false
}

var contractionEnds = [...]string{"'ve", "'ll", "'re", "'m", "'d", "n't"}

// partyMember reports whether the rest of a tagged organisation after a
// place is a party member's word: " Democrat", " Republicans".
func partyMember(rest string) bool {
	switch strings.ToLower(strings.TrimSpace(rest)) {
	case "democrat", "democrats", "republican", "republicans":
		return true
	}
	return false
}

// apStateMentions makes each AP abbreviation of a U.S. state (or of a
// Canadian province, "London, Ont.") written
// after a capitalised name and a comma ("Springfield, Ill.", "Las Vegas,
// N.M.,", "MARIETTA, Ga. -") a mention of that state, replacing what the
// run of capitalised words made of it (Ga was a village, Ala. Almaty).
// The abbreviation's dot is required: "Paris, Mo" is rarer in news than a
// name that happens to be spelled like one.
func (p *Geoparser) apStateMentions(text string, ws []word, ms []*mention) []*mention {
	for k := 1; k < len(ws); k++ {
		w := ws[k]
		if !w.upper || !ws[k-1].upper || strings.TrimSpace(w.gap) != "," {
			continue
		}
		abbr := strings.TrimSuffix(w.lower, ".")
		st, cc := apStates[abbr], "US"
		if st == "" {
			st, cc = caProvinces[abbr], "CA"
		}
		if st == "" {
			continue
		}
		end := w.end
		if !strings.HasSuffix(w.text, ".") {
			if end >= len(text) || text[end] != '.' {
				continue
			}
			end++
		}
		entry := p.division(cc, st)
		if entry < 0 {
			continue
		}
		keep := ms[:0]
		for _, m := range ms {
			if !(m.start < end && w.start < m.end) {
				keep = append(keep, m)
			}
		}
		ms = append(keep, &mention{start: w.start, end: end, wi: k, wj: k + 1, key: "ap " + abbr, apState: true,
			cands: []gazetteer.Candidate{{Entry: entry, Quality: gazetteer.MatchExact}}})
	}
	return ms
}

// division returns the entry of the first-level division of country cc
// (or the capital, for "washington d c") whose folded name is st, or -1.
func (p *Geoparser) division(cc, st string) int {
	for _, e := range p.gaz.Exact(st) {
		if p.gaz.Country(int(e)) != cc {
			continue
		}
		if f := p.gaz.Feature(int(e)); f == "A.ADM1" || f == "P.PPLC" {
			return int(e)
		}
	}
	return -1
}

// fuzzyLookups gives unknown words in a place context ("the cities of
// Garis and Jermuk") the entries within an edit or two of their skeleton.
func (p *Geoparser) fuzzyLookups(ms []*mention) {
	for _, m := range ms {
		if !m.unknown || m.common || m.acronym || m.speaker || m.ctx == 0 && !m.ner || len(m.key) < 4 ||
			m.multi && m.ctx < 2 && !m.ner {
			continue
		}
		m.cands = p.gaz.Lookup(m.key, true)
		m.quality = gazetteer.MatchFuzzy
		for _, c := range m.cands {
			m.quality = min(m.quality, c.Quality)
		}
	}
}

// joinConnector extends the run [i, j) over "of", "of the", "and", "de"
// and the capitalised words after them when the gazetteer knows the joined
// name exactly, returning the new end.
func (p *Geoparser) joinConnector(text string, ws []word, i, j int) (int, bool) {
	if j >= len(ws) || !connectors[ws[j].lower] || ws[j].gap != " " {
		return j, false
	}
	k := j + 1
	// "of the", and the article after a Romance connector: "Santiago de
	// los Caballeros", "Rincón de la Vieja".
	if k < len(ws) && ws[k].gap == " " && (ws[k].lower == "the" || connectorArticles[ws[k].lower] && ws[j].lower != "of") {
		k++
	}
	if k >= len(ws) || !ws[k].upper || ws[k].gap != " " {
		return j, false
	}
	end := k + 1
	for end < len(ws) && ws[end].upper && ws[end].gap == " " && !runBreak[ws[end].lower] {
		end++
	}
	for e := end; e > k; e-- {
		start := i
		if runStop[ws[start].lower] && start+1 < j {
			start++
		}
		if len(p.gaz.Exact(gazetteer.Fold(text[ws[start].start:possessive(ws[e-1])]))) > 0 {
			return e, true
		}
	}
	return j, false
}

// joinSlashes returns the end of the longest run of capitalised words
// from i joined by slashes that the gazetteer knows exactly ("Ido/Osi"),
// or i+1.
func (p *Geoparser) joinSlashes(text string, ws []word, i int) int {
	e := i + 1
	for e < len(ws) && ws[e].gap == "/" && ws[e].upper {
		e++
	}
	for ; e > i+1; e-- {
		if len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:ws[e-1].end]))) > 0 {
			return e
		}
	}
	return i + 1
}

// articleWord reports a lower-case word that starts with a romanised
// Arabic article and a hyphen: "al-Nu'man", "ez-Zor", "ash-Sham".
func articleWord(w word) bool {
	h := strings.IndexByte(w.text, '-')
	return !w.upper && h > 0 && h+1 < len(w.text) && arabicArticles[w.lower[:h]]
}

// joinArticle extends the run [i, j) over the lower-case article words
// after it ("Ma'arrat al-Nu'man") when the gazetteer knows the joined name
// exactly or by its skeleton, returning the new end.
func (p *Geoparser) joinArticle(text string, ws []word, i, j int) (int, bool) {
	k := j
	for k < len(ws) && ws[k].gap == " " && articleWord(ws[k]) {
		k++
	}
	if k == j {
		return j, false
	}
	start := i
	for start < j-1 && runStop[ws[start].lower] {
		start++
	}
	for e := k; e > j; e-- {
		if len(p.gaz.Lookup(text[ws[start].start:possessive(ws[e-1])], false)) > 0 {
			return e, true
		}
	}
	return j, false
}

// runMentions matches one run of capitalised words [i, j) against the
// gazetteer: the whole run, or names inside it whose leftover words are
// generic ("Lachin District"), or the parts of a hyphenated compound
// ("Ahmedbeyli-Fizuli-Shusha highway").
func (p *Geoparser) runMentions(text string, ws []word, i, j int) []*mention {
	// Function words and titles that start a sentence are not part of the
	// name; neither is a demonym before another capitalised word.
	if runStop[ws[i].lower] && j-i > 1 && ws[i].lower == "the" && len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]))) > 0 &&
		!p.articleNoun(gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])])) {
		// "The Hague", "The Gambia": the article is part of the name.
		end := possessive(ws[j-1])
		key := gazetteer.Fold(text[ws[i].start:end])
		m := &mention{start: ws[i].start, end: end, wi: i, wj: j, key: key}
		for _, c := range p.gaz.Exact(key) {
			m.cands = append(m.cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
		}
		return []*mention{m}
	}
	// "Co Clare": the abbreviated County is no part of the name (see
	// context).
	for i < j && (runStop[ws[i].lower] || j-i > 1 && ws[i].text == "Co" ||
		j-i > 1 && p.isDemonym(foldWord(ws[i])) && len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]))) == 0) {
		i++
	}
	if i >= j {
		return nil
	}
	// "Southern Iraq", "Northern Syria": a direction before a name is not
	// part of it, unless the whole is a name (South Sudan, West Bank).
	// A variant spelling of a whole name is a name too ("Middle
	// Shabelle", which the gazetteer spells Middle Shabele).
	// (The whole is folded only for a run that could need it.)
	if j-i > 1 && directions[ws[i].lower] {
		if full := gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]); len(p.gaz.Exact(full)) == 0 &&
			len(p.gaz.Exact(gazetteer.StripGeneric(full))) == 0 && !p.directionName(text, ws, i, j) &&
			len(p.gaz.Lookup(full, false)) == 0 {
			i++
		}
	}
	// "Ain Zara", "Hay Salam", "Um Sumeima": a run that opens with the
	// head word of an Arabic place name (spring, quarter, mother, well,
	// monastery) is one name, which the gazetteer lacks when it does not
	// know the whole: its last word alone is no town (Zuwarah for Zara,
	// Salam, Texas).
	if j-i >= 2 && j-i <= 4 && ws[i].upper && arabicHeads[ws[i].text] {
		if full := gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]); len(p.gaz.Exact(full)) == 0 {
			m := &mention{start: ws[i].start, end: possessive(ws[j-1]), wi: i, wj: j, key: full}
			m.cands = p.gaz.Lookup(full, false)
			m.unknown = len(m.cands) == 0
			m.multi = m.unknown
			return []*mention{m}
		}
	}
	// "Secretary of State Kerry", "Minister of State Smith": the
	// office's last word opens the run, and the rest is a person's name.
	if j-i > 1 && i >= 2 && officeTails[ws[i].lower] && ws[i-1].lower == "of" && titles[strings.TrimSuffix(ws[i-2].lower, ".")] {
		return nil
	}
	// "Secretary Kerry", "Governor Bogomaz": a title that starts the run
	// makes the rest a person's name, unless the whole is a place.
	if j-i > 1 && titles[strings.TrimSuffix(ws[i].lower, ".")] &&
		len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]))) == 0 {
		return nil
	}
	// "Beyond Ukraine", "Given China": a first word that is capitalised
	// only because it starts the sentence, or is a common word, is not
	// part of the name when the rest is one, unless the whole is a
	// variant spelling of a name ("Middle Shabelle" for Middle Shabele,
	// beside an Ethiopian district called Shabelle).
	if j-i > 1 && (ws[i].initial || p.gaz.IsCommonWord(ws[i].lower)) {
		if full := gazetteer.Fold(text[ws[i].start:possessive(ws[j-1])]); len(p.gaz.Exact(full)) == 0 &&
			len(p.gaz.Exact(gazetteer.Fold(text[ws[i+1].start:possessive(ws[j-1])]))) > 0 &&
			len(p.gaz.Lookup(full, false)) == 0 {
			i++
		}
	}
	// "Ayn Issa": a name of several words that the gazetteer knows only
	// as a whole variant spelling, not as separate names.
	// "Passi City" is Passi, though Pasay City has its skeleton: a name
	// the gazetteer knows exactly before a kind word is the name.
	if j-i >= 2 && !(genericTail[tailWord(ws[j-1])] && len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:ws[j-2].end]))) > 0) {
		end := possessive(ws[j-1])
		key := gazetteer.Fold(text[ws[i].start:end])
		if len(p.gaz.Exact(key)) == 0 {
			if cands := p.gaz.Lookup(key, false); len(cands) > 0 {
				return []*mention{{start: ws[i].start, end: end, wi: i, wj: j, key: key, cands: cands}}
			}
		}
	}
	var out []*mention
	k := i
	for k < j {
		// "Spangdahlem Air Base": generic words after a name found in the
		// run do not start another name (there is a place called Aïr).
		if len(out) > 0 && genericTail[tailWord(ws[k])] {
			k++
			continue
		}
		found := false
		for e := j; e > k; e-- {
			end := possessive(ws[e-1])
			key := gazetteer.Fold(text[ws[k].start:end])
			if cands := p.gaz.Exact(key); len(cands) > 0 && !p.isDemonym(key) {
				m := &mention{start: ws[k].start, end: end, wi: k, wj: e, key: key}
				// "Liuheng Island", "Spangdahlem Air Base": generic words
				// that end the run are part of the name as written.
				g := e
				for g < j && nameTail[ws[g].lower] {
					g++
				}
				if g == j && g > e {
					m.end, m.wj = possessive(ws[j-1]), j
					for t := e; t < j; t++ {
						m.coastTail = m.coastTail || coastTails[ws[t].lower]
					}
					e = j
				}
				// The skeleton candidates stay in the running, below the
				// exact ones: "Anbar Province" is Al Anbar, not the
				// Turkish village that GeoNames also calls Anbar.
				m.cands = p.gaz.Lookup(key, false)
				out = append(out, m)
				k = e
				found = true
				break
			}
		}
		if found {
			continue
		}
		if genericTail[tailWord(ws[k])] {
			k++
			continue
		}
		// An unknown word: the run is a name the gazetteer does not know
		// (a person, an organisation), unless it is a single word, which
		// may be a variant spelling, or a hyphenated compound of places.
		if j-i >= 2 && j-i <= 3 && k == i && !genericTail[tailWord(ws[j-1])] {
			// A name of two or three words that the gazetteer does not
			// know: a variant spelling ("Dayr Az Zayr") is looked for in
			// a place context only (fuzzyLookups).
			end := possessive(ws[j-1])
			m := &mention{start: ws[i].start, end: end, wi: i, wj: j, key: gazetteer.Fold(text[ws[i].start:end])}
			m.cands = p.gaz.Lookup(m.key, false)
			m.unknown = len(m.cands) == 0
			if len(m.cands) > 0 {
				// A skeleton match of the whole run.
				return []*mention{m}
			}
			m.multi = true
			return []*mention{m}
		}
		// "U.S. Senate", "Kenya Interior Ministry": a country named at
		// the start of an organisation's name is a toponym.
		if k > i && len(out) == 1 && out[0].wi == i && p.isCountry(out[0]) {
			return out
		}
		if j-i == 1 || j-i == 2 && genericTail[tailWord(ws[i+1])] {
			w := ws[k]
			if strings.Contains(w.text, "-") {
				if m := p.hyphenModifier(text, ws, k); m != nil {
					return append(out, m)
				}
				if parts := p.hyphenParts(text, w, k); parts != nil {
					return parts
				}
				// "Pul-e-Khumri", "Mazar-i-Sharif": one name written
				// with hyphens.
				end := possessive(w)
				key := gazetteer.Fold(text[w.start:end])
				if len(p.gaz.Exact(key)) > 0 {
					return append(out, &mention{start: w.start, end: end, wi: k, wj: k + 1,
						key: key, cands: p.gaz.Lookup(key, false)})
				}
				return nil
			}
			if p.isDemonym(foldWord(w)) && !p.demonymDivision(ws, k) {
				return nil
			}
			end := possessive(w)
			m := &mention{start: w.start, end: end, wi: k, wj: k + 1, key: gazetteer.Fold(text[w.start:end])}
			// The edit-distance search waits for the context (see
			// fuzzyLookups): it is slow and only worth it in a place context.
			m.cands = p.gaz.Lookup(text[w.start:end], false)
			m.unknown = len(m.cands) == 0
			return append(out, m)
		}
		return nil
	}
	// A run split into several names ("Richard Bennett", both places
	// somewhere) is more likely a person's name, unless each part is a
	// well-known place ("Zhuhai, Guangdong" without the comma).
	if len(out) > 1 {
		for _, m := range out {
			known := false
			for _, c := range m.cands {
				known = known || p.prominent(c.Entry)
			}
			if !known || p.gaz.IsPersonName(m.key) {
				return nil
			}
		}
	}
	return out
}

// isDemonym reports whether a folded word names a people or nationality
// ("armenian", "azeris") rather than its country. Some sources list a
// country's own short name among its demonyms (UK): that stays a name.
func (p *Geoparser) isDemonym(key string) bool {
	d := p.gaz.Demonym(key)
	if d < 0 {
		return false
	}
	for _, e := range p.gaz.Exact(key) {
		if int(e) == d {
			// Only a short name or the country's own name stays a
			// name: some translations list an adjective among a
			// country's names ("Israeli" is one of Israel's), which
			// made the adjective a place.
			return len(key) > 3 && !gazetteer.FoldedNameIs(p.gaz.Entry(d).Name, key)
		}
	}
	return true
}

// articleNoun reports whether key is "the" and one common word that only
// some place's alternate names hold: "The City of Grand Rapids", "The
// Village of Pleasant Prairie" open with a noun (North Hero, Vermont, and
// Fredericktown, Missouri, are also called so), unlike "The Hague" or
// "The Bronx".
func (p *Geoparser) articleNoun(key string) bool {
	rest, ok := strings.CutPrefix(key, "the ")
	if !ok || strings.IndexByte(rest, ' ') >= 0 || !p.gaz.IsCommonWord(rest) {
		return false
	}
	for _, e := range p.gaz.Exact(key) {
		if gazetteer.FoldedNameIs(p.gaz.Entry(int(e)).Name, key) {
			return false
		}
	}
	return true
}

// demonymDivision reports whether the demonym at word k names a
// first-level division of that name before its division noun: "the
// Somali region" is Ethiopia's Somali region, not an adjective.
func (p *Geoparser) demonymDivision(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].gap != " " || !demonymDivisionNouns[ws[k+1].lower] {
		return false
	}
	for _, e := range p.gaz.Exact(foldWord(ws[k])) {
		if p.gaz.Feature(int(e)) == "A.ADM1" && gazetteer.FoldedNameIs(p.gaz.Entry(int(e)).Name, foldWord(ws[k])) {
			return true
		}
	}
	return false
}

// demonymDivisionNouns are the division nouns after which a demonym may
// be a division's own name (see demonymDivision).
var demonymDivisionNouns = map[string]bool{"region": true, "state": true, "province": true}

// hyphenAdjective reports a compound like "Germany-based" or
// "Serb-controlled": a capitalised part, a hyphen, a lower-case part.
func hyphenAdjective(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsLower(r)
}

// connectorName finds a name whose first word ends in a lower-case part
// after a hyphen ("Mazar-e Sharif", "Pul-e Khumri", "Dasht-e Barchi"),
// with one or two capitalised words after it, when the gazetteer knows
// the whole. It returns nil otherwise.
func (p *Geoparser) connectorName(text string, ws []word, i int) *mention {
	if !hyphenAdjective(ws[i].text) {
		return nil
	}
	for k := min(i+3, len(ws)); k > i+1; k-- {
		ok := true
		for t := i + 1; t < k; t++ {
			ok = ok && ws[t].upper && ws[t].gap == " " && possessive(ws[t-1]) == ws[t-1].end
		}
		if !ok {
			continue
		}
		end := possessive(ws[k-1])
		key := gazetteer.Fold(text[ws[i].start:end])
		if cands := p.gaz.Exact(key); len(cands) > 0 {
			m := &mention{start: ws[i].start, end: end, wi: i, wj: k, key: key}
			for _, c := range cands {
				m.cands = append(m.cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
			}
			return m
		}
	}
	return nil
}

// hyphenModifier finds the place in "Germany-based", "Dubai-based",
// "U.S.-backed": a known name before a lower-case second part.
func (p *Geoparser) hyphenModifier(text string, ws []word, wi int) *mention {
	w := ws[wi]
	h := strings.IndexByte(w.text, '-')
	if h <= 0 || h+1 >= len(w.text) {
		return nil
	}
	rest := w.text[h+1:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) || strings.Contains(rest, "-") {
		return nil
	}
	key := gazetteer.Fold(w.text[:h])
	if p.isDemonym(key) {
		return nil
	}
	m := &mention{start: w.start, end: w.start + h, wi: wi, wj: wi + 1, key: key, fromHyphen: true}
	// "The Hague-based": the article before the compound belongs to the
	// name when the gazetteer knows it with the article.
	if wi > 0 && ws[wi-1].lower == "the" && ws[wi].gap == " " && len(p.gaz.Exact("the "+key)) > 0 {
		m.start, m.wi, m.key = ws[wi-1].start, wi-1, "the "+key
	}
	for _, c := range p.gaz.Exact(m.key) {
		m.cands = append(m.cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
	}
	if len(m.cands) == 0 {
		return nil
	}
	return m
}

// hyphenRun finds the place in "New York-based", "Abu Dhabi-led": the
// capitalised words [i, j) and the first part of the compound adjective
// at j, when the gazetteer knows them together. It returns nil otherwise.
func (p *Geoparser) hyphenRun(text string, ws []word, i, j int) *mention {
	if j >= len(ws) || !ws[j].upper || ws[j].gap != " " || !hyphenAdjective(ws[j].text) {
		return nil
	}
	h := strings.IndexByte(ws[j].text, '-')
	if r, _ := utf8.DecodeRuneInString(ws[j].text[h+1:]); h <= 0 || !unicode.IsLower(r) {
		return nil
	}
	end := ws[j].start + h
	for s := i; s < j; s++ {
		if s > i && !runStop[ws[s-1].lower] && ws[s-1].lower != "the" {
			break
		}
		key := gazetteer.Fold(text[ws[s].start:end])
		if p.isDemonym(key) {
			continue
		}
		if cands := p.gaz.Exact(key); len(cands) > 0 {
			m := &mention{start: ws[s].start, end: end, wi: s, wj: j + 1, key: key, fromHyphen: true}
			for _, c := range cands {
				m.cands = append(m.cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
			}
			return m
		}
	}
	return nil
}

// hyphenParts splits "Ahmedbeyli-Fizuli-Shusha" into its parts when at
// least two of them are known places.
func (p *Geoparser) hyphenParts(text string, w word, wi int) []*mention {
	var out []*mention
	start := w.start
	for start < w.end {
		e := strings.IndexByte(text[start:w.end], '-')
		end := w.end
		if e >= 0 {
			end = start + e
		}
		if e >= 0 && start == w.start && arabicArticle[gazetteer.Fold(text[start:end])] {
			// "Al-Raqqa": the article opens one name, not a place of
			// its own (Ål, Norway); the whole is looked up with it.
			key := gazetteer.Fold(text[w.start:w.end])
			var cands []gazetteer.Candidate
			for _, c := range p.gaz.Lookup(text[w.start:w.end], false) {
				if c.Quality == gazetteer.MatchExact {
					cands = append(cands, c)
				}
			}
			if len(cands) > 0 {
				return []*mention{{start: w.start, end: w.end, wi: wi, wj: wi + 1, key: key, cands: cands}}
			}
			start = end + 1
			continue
		}
		if end > start {
			key := gazetteer.Fold(text[start:end])
			if cands := p.gaz.Exact(key); len(cands) > 0 {
				m := &mention{start: start, end: end, wi: wi, wj: wi + 1, key: key, fromHyphen: true}
				for _, c := range cands {
					m.cands = append(m.cands, gazetteer.Candidate{Entry: int(c), Quality: gazetteer.MatchExact})
				}
				out = append(out, m)
			}
		}
		start = end + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// context sets each mention's place context, administrative hints and
// speaker role from the words around it, and shares them along lists
// ("Dashkasan, Kalbajar and Lachin directions").
func (p *Geoparser) context(ws []word, ms []*mention, datelines []dateline.Dateline) {
	lower := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return ws[i].lower
	}
	for _, m := range ms {
		first := ws[m.wi]
		m.initial = first.initial && m.start == first.start
		if m.wj-m.wi == 1 || m.fromHyphen {
			m.common = p.gaz.IsCommonWord(m.key)
			m.person = p.gaz.IsPersonName(m.key)
			t := m.surface
			m.acronym = isAcronym(t)
			if innerCapital(t) && !p.ownSpelling(t, m.cands) {
				m.cands = nil
			}
			if len(t) <= 3 && !m.acronym {
				// "Sam's Club": no country's name is a word of three
				// letters written with one capital, so a country that
				// holds one as an alternate name is not meant (its
				// codes, "US", "UK", are acronyms).
				m.cands = slices.DeleteFunc(m.cands, func(c gazetteer.Candidate) bool {
					return strings.HasPrefix(p.gaz.Feature(c.Entry), "A.PCL")
				})
			}
		}
		prev, prev2 := lower(m.wi-1), lower(m.wi-2)
		// "Equateur province's Bikoro health zone": the kind word is
		// the kind word with its possessive too.
		next := strings.TrimSuffix(strings.TrimSuffix(lower(m.wj), "'s"), "’s")
		sameClause := m.wj < len(ws) && !strings.ContainsAny(ws[m.wj].gap, ".;:!?\n")
		m.structHead = sameClause && ws[m.wj].gap == " " && (ws[m.wj].upper && lineHeads[ws[m.wj].lower] || compoundHeads[ws[m.wj].lower])
		switch {
		case m.wi > 0 && ws[m.wi].gap == " " && ws[m.wi-1].upper && stormWords[ws[m.wi-1].lower]:
			// "Hurricane Nadia", "Typhoon Kristine", "Storm Babet": a
			// storm's name is no place (Nadia, West Bengal).
			m.cands = nil
		case contraction(m.surface):
			// "I've", "We'll": a pronoun and its verb, whatever name
			// its letters resemble (Iwye, Iowa).
			m.cands = nil
		case sameClause && m.end == ws[m.wj-1].end && (diseaseHeads[next] ||
			diseaseModifiers[next] && m.wj+1 < len(ws) && diseaseHeads[lower(m.wj+1)] && !strings.ContainsAny(ws[m.wj+1].gap, ".,;:!?\n")):
			// "Lassa fever", "Marburg virus", "Middle East respiratory
			// syndrome": a disease named after a place is no place
			// ("Nigeria's disease agency" is).
			m.cands = nil
		case m.wj < len(ws) && m.end < ws[m.wj-1].end && ws[m.wj].text == "Day" && ws[m.wj].gap == " ":
			// "St. Patrick's Day", "Valentine's Day": a feast named
			// after a saint or a person is no place (St. Marys by
			// spelling).
			m.cands = nil
		case sameClause && m.end == ws[m.wj-1].end && ws[m.wj].gap == " " && foodHeads[next]:
			// "Brussels sprouts", "Peking duck", "Buffalo wings": a dish
			// or produce named after a place is no place.
			m.cands = nil
		case sameClause && buildingNouns[next] && !p.exactSettled(m.cands):
			// "the Al-Aqsa mosque": a building's own name that only
			// resembles a town (Aksu) is no place.
			m.cands = nil
		case m.wj-m.wi == 1 && dateAbbrevs[m.key] && m.wj < len(ws) && strings.HasPrefix(ws[m.wj].gap, ".") &&
			(weekdayAbbrevs[m.key] || ws[m.wj].text[0] >= '0' && ws[m.wj].text[0] <= '9') ||
			// "BEIRUT, Nov 8 —": wire copy writes the month without its
			// dot before a day number.
			m.wj-m.wi == 1 && dateAbbrevs[m.key] && !weekdayAbbrevs[m.key] && m.wj < len(ws) && ws[m.wj].gap == " " &&
				len(ws[m.wj].text) <= 2 && isDigits(ws[m.wj].text):
			// "KHARTOUM, Nov. 3 (Reuters) -", "Tues. night": an
			// abbreviated month before its day, or a weekday, is a date,
			// not the town whose alternate name it spells (Huambo's Nova).
			m.cands = nil
		case sameClause && next == "of" && m.wj-m.wi == 1 && lineHeads[m.key] && m.wj+1 < len(ws) && ws[m.wj+1].upper &&
			!p.countrySense(m.cands):
			// "the Line of Control", "the Road of Life": a line or
			// structure heading a longer name the gazetteer does not
			// know is that name's head, not a namesake of the noun (the
			// Line Islands). Natural features ("Isle of Skye") are
			// left to the names after them.
			m.cands = nil
		case sameClause && next == "of" && m.wj < len(ws)-1 && ws[m.wj+1].upper && (settlementNouns[m.key] || adminNouns[m.key] ||
			strings.HasPrefix(m.key, "the ") && (settlementNouns[m.key[4:]] || adminNouns[m.key[4:]])):
			// "The Village of Pleasant Prairie", "the Town of Hempstead":
			// the kind word heading the name is no place of its own
			// (The Village, Oklahoma; Fredericktown, Missouri, also
			// called so); the name after "of" is the place.
			m.cands = nil
		case sameClause && (next == "of" || next == "for") && m.wj-m.wi == 1 && institutionNouns[m.key]:
			// "at the University of Idaho", "the Centre for Social
			// Research": the institution's first word is no town
			// (University, Florida; Centre, Alabama).
			m.cands = nil
		case sameClause && m.wj < len(ws) && ws[m.wj].gap == " " && ws[m.wj].upper && (forceHeads[ws[m.wj].lower] || courtHead(ws, m.wj)) &&
			!p.countrySense(m.cands):
			// "Greater Manchester Police said", "Gwent Police", "Kent
			// County Council", "Inverness Sheriff Court", "Wembley
			// Stadium": the force, authority, court or building named
			// after its area is an organisation or a building (a
			// country opening such a name, "Kenya Police", stays a
			// toponym by the conventions).
			m.cands = nil
		case m.wj-m.wi > 1 && ws[m.wj-1].upper && forceHeads[ws[m.wj-1].lower] && !p.ownName(m.key, m.cands):
			// "a rally at Union Station": a building's whole name that
			// the gazetteer holds only as another name of a town (Union,
			// South Carolina, once called so) is the building.
			m.cands = nil
		case m.wj+2 < len(ws) && strings.TrimSpace(ws[m.wj].gap) == "," && (next == "based" || next == "headquartered") &&
			ws[m.wj+1].lower == "in":
			// "Toyota, based in Toyota City": a company, not a place.
			m.cands = nil
		case m.wj+1 < len(ws) && ws[m.wj].gap == ", " && ws[m.wj].text == "of" && ws[m.wj+1].upper && ws[m.wj+1].gap == " " &&
			!p.countrySense(m.cands):
			// "Costco, of Issaquah, Wash.", "Jane Doe, of Leeds": a
			// company or a person told by its home town; a place is
			// not written so.
			m.cands, m.unknown = nil, false
		}
		if prev == "the" && m.wj-m.wi == 1 && m.person {
			// "on the Rhine", "the Ganges": a river or mountain's name
			// after an article is no person's (WordNet also knows Rhine
			// as a person); "the Arab", "the Warhol" stay people's.
			for _, c := range m.cands {
				if f := p.gaz.Feature(c.Entry); c.Quality == gazetteer.MatchExact && (strings.HasPrefix(f, "H.") || strings.HasPrefix(f, "T.")) {
					m.person = false
					break
				}
			}
		}
		if m.fromHyphen {
			m.ctx = 1 // a route or front named by its places
		}
		switch {
		case m.wi > 0 && ws[m.wi-1].text == "Co" && (ws[m.wi].gap == " " || ws[m.wi].gap == ". "):
			// "Ennis, Co Clare", "Letterkenny, Co. Donegal": Irish
			// news abbreviates County before the county's name.
			m.ctx = max(m.ctx, 2)
			m.admin = true
		case prev == "to" || prev == "from":
			// "to" and "from" also precede people and organisations.
			m.ctx = max(m.ctx, 1)
		case placeBefore[prev]:
			m.ctx = max(m.ctx, 2)
		case prev == "the" && placeBefore[prev2]:
			m.ctx = max(m.ctx, 2)
		case prev == "of" && (placeNouns[prev2] || ofPlaceHeads[prev2]):
			m.ctx = max(m.ctx, 2)
			m.settle = m.settle || settlementNouns[prev2]
			m.admin = m.admin || adminNouns[prev2]
		case placeNouns[prev]:
			m.ctx = max(m.ctx, 1)
			m.settle = m.settle || settlementNouns[prev]
		case prev == "of" && divisionOwners[prev2]:
			// "the premier of Quebec": a division's office.
			m.admin = true
		case prev == "of" && settlementOwners[prev2]:
			// "the mayor of Quebec": a city's office.
			m.settle = true
		}
		if regionAdjectives[prev] || prev == "the" && regionAdjectives[prev2] {
			// "northern Quebec", "central Idlib": a part of a region,
			// more often than of a city.
			m.division = true
		}
		if m.wj < len(ws) && possessive(ws[m.wj-1]) < ws[m.wj-1].end && m.end == possessive(ws[m.wj-1]) {
			// "Quebec's premier", "Kharkiv's governor"; "Quebec's mayor".
			m.admin = m.admin || divisionOwners[next]
			m.settle = m.settle || settlementOwners[next]
		}
		// "Costa Rica, a town south of the city", "Liberia, the
		// provincial capital": an apposition that calls the name a town.
		if m.wj+1 < len(ws) && strings.TrimSpace(ws[m.wj].gap) == "," && (ws[m.wj].lower == "a" || ws[m.wj].lower == "the") {
			for k := m.wj + 1; k < len(ws) && k <= m.wj+3 && !strings.ContainsAny(ws[k].gap, ".,;:!?\n"); k++ {
				if settlementNouns[ws[k].lower] || ws[k].lower == "municipality" {
					m.townApposition = true
					break
				}
			}
		}
		// "Lebanon's state news agency": a noun after the possessive is
		// something the place owns, not the kind of place it is.
		owned := m.end == possessive(ws[m.wj-1]) && m.end < ws[m.wj-1].end
		if m.wj < len(ws) && !owned && !strings.ContainsAny(ws[m.wj].gap, ".;:!?\n") && placeNouns[next] {
			m.ctx = max(m.ctx, 2)
			m.admin = m.admin || adminNouns[next]
			m.divisionNoun = adminNouns[next] || subCountryNouns[next]
			m.settle = m.settle || settlementNouns[next]
			m.river = m.river || next == "river"
			if next == "river" && !p.exactSettled(m.cands) {
				// "the Jacuí river": a river the gazetteer lacks is
				// not the town whose name its spelling resembles, nor
				// a district of its name placed only roughly.
				m.cands = nil
			}
		}
		// "the Zamzam displacement camp", "Nur Shams refugee camp", "the
		// Khmeimim military base": a kind of camp or base, one modifier
		// away, is the kind of place the name is.
		if m.wj+1 < len(ws) && !owned && campModifiers[next] && (ws[m.wj+1].lower == "camp" || ws[m.wj+1].lower == "camps" ||
			ws[m.wj+1].lower == "base") && !strings.ContainsAny(ws[m.wj].gap+ws[m.wj+1].gap, ".,;:!?\n") {
			m.ctx = max(m.ctx, 2)
			m.settle = true
		}
		// "Spangdahlem Air Base", "Aviano air base": an installation
		// named after its town.
		if m.wj+1 < len(ws) && next == "air" && (ws[m.wj+1].lower == "base" || ws[m.wj+1].lower == "station") {
			m.ctx = max(m.ctx, 2)
		}
		if m.wj-m.wi > 1 && m.end == possessive(ws[m.wj-1]) && placeNouns[ws[m.wj-1].lower] {
			// "Liuheng Island", "Spangdahlem Air Base" as one name.
			m.ctx = max(m.ctx, 2)
		}
		// "Kibbutz Nir Oz", "Lake Kivu", "Mount Sinjar": a name that
		// starts with the kind of place it is.
		if m.wj-m.wi > 1 && namePrefixes[ws[m.wi].lower] {
			m.ctx = max(m.ctx, 2)
			// "the River Forth": a river, whatever the tagger says.
			m.river = m.river || ws[m.wi].lower == "river"
		}
		// "the Tartar River", "Lachin District" inside the run.
		if m.end < ws[m.wj-1].end || m.wj-m.wi > 1 {
			last := strings.ToLower(ws[m.wj-1].text)
			m.admin = m.admin || adminNouns[last]
			m.divisionNoun = m.divisionNoun || adminNouns[last] && m.end < ws[m.wj-1].start
			m.river = m.river || last == "river"
		}
		// "the Boma peninsula", "the Odesa coast": a coast word in lower
		// case after the name is its kind as much as one inside the run.
		if m.wj < len(ws) && ws[m.wj].gap == " " && coastTails[ws[m.wj].text] {
			m.coastTail = true
		}
		m.speaker, m.speakerIn = p.isSpeaker(ws, m)
		if p.isDateline(datelines, ws, m) {
			m.dateline = true
			m.ctx = 2
		}
	}
	// "Zalingei in Central Darfur", "Goma in Congo": a name placed in a
	// division or country is used as a place.
	for i, m := range ms {
		if i+1 < len(ms) && m.wj+1 < len(ws) && ms[i+1].wi == m.wj+1 && ws[m.wj].lower == "in" &&
			!strings.ContainsAny(ws[m.wj].gap, ".;:!?,\n") && m.quality == gazetteer.MatchExact &&
			!p.gaz.IsCommonWord(m.key) && !p.gaz.IsPersonName(m.key) && ms[i+1].key != m.key {
			for _, c := range ms[i+1].cands {
				if f := p.gaz.Feature(c.Entry); c.Quality == gazetteer.MatchExact && (f == "A.PCLI" || f == "A.ADM1") {
					m.ctx = max(m.ctx, 2)
					break
				}
			}
		}
	}
	// "Calabria's Tropea", "Kenya's Kisumu": a name right after a
	// country's or division's possessive is a place of it.
	for i, m := range ms {
		prev := ms[max(i-1, 0)]
		if i == 0 || prev.wj != m.wi || m.wi == 0 || ws[m.wi].gap != " " || prev.end == ws[prev.wj-1].end ||
			m.quality != gazetteer.MatchExact || p.gaz.IsCommonWord(m.key) || p.gaz.IsPersonName(m.key) || prev.key == m.key {
			continue
		}
		for _, c := range prev.cands {
			if f := p.gaz.Feature(c.Entry); c.Quality == gazetteer.MatchExact && (f == "A.PCLI" || f == "A.ADM1") {
				m.ctx = max(m.ctx, 2)
				break
			}
		}
	}
	// "Palmyra, Syria", "Charlevoix, Quebec": a name followed by its
	// country or division is used as a place.
	for i, m := range ms {
		if i+1 < len(ms) && ms[i+1].wi == m.wj && m.wj < len(ws) && strings.TrimSpace(ws[m.wj].gap) == "," {
			for _, c := range ms[i+1].cands {
				if f := p.gaz.Feature(c.Entry); c.Quality == gazetteer.MatchExact && (f == "A.PCLI" || f == "A.ADM1") {
					m.ctx = max(m.ctx, 2)
					break
				}
			}
		}
	}
	// Lists: mentions separated by commas, "and" or "or" share context.
	group := 0
	for i, m := range ms {
		if i > 0 && listed(ws, ms[i-1], m) {
			m.group = ms[i-1].group
		} else {
			group++
			m.group = group
		}
	}
	// "residents of Latakia and Tartus reported": a list after a
	// preposition is no subject, whatever its last name is next to.
	for i, m := range ms {
		// Only a list joined by "and" or "or": commas also join a
		// place and a clause's subject ("near Sarmada, Syria, Cook
		// said").
		if !m.speaker || i == 0 || ms[i-1].group != m.group || m.wi == 0 ||
			ws[m.wi-1].lower != "and" && ws[m.wi-1].lower != "or" {
			continue
		}
		first := i
		for first > 0 && ms[first-1].group == m.group {
			first--
		}
		if w := ms[first].wi; w >= 1 && (lowerOf(ws, w) || placeBefore[ws[w-1].lower]) {
			m.speaker = false
		}
	}
	// "Egypt and Saudi Arabia called for calm": the names listed before
	// a speaking name speak with it. Two names with a comma before the
	// "and" are two clauses ("fishing in the North Sea, and Brussels
	// said"): a list of two takes no comma.
	for i := len(ms) - 1; i > 0; i-- {
		m := ms[i]
		clauses := m.wi > 0 && strings.Contains(ws[m.wi-1].gap, ",") && (i < 2 || ms[i-2].group != m.group)
		if m.speaker && ms[i-1].group == m.group && m.wi > 0 && (ws[m.wi-1].lower == "and" || ws[m.wi-1].lower == "or") && !clauses {
			for k := i - 1; k >= 0 && ms[k].group == m.group; k-- {
				ms[k].speaker = true
			}
		}
	}
	type agg struct {
		ctx                            float64
		admin, settle, river, division bool
		ner                            bool
	}
	// The groups are numbered 1 to group above: one slice holds their
	// sums (a map of pointers cost an allocation a group).
	groups := make([]agg, group+1)
	for _, m := range ms {
		a := &groups[m.group]
		a.ctx = max(a.ctx, m.ctx)
		a.admin = a.admin || m.admin
		a.settle = a.settle || m.settle
		a.river = a.river || m.river
		a.division = a.division || m.division
		a.ner = a.ner || m.ner && m.quality == gazetteer.MatchExact
	}
	for _, m := range ms {
		a := &groups[m.group]
		m.ctx, m.admin, m.settle, m.river, m.division = a.ctx, a.admin, a.settle, a.river, a.division
		// "Antonivka and Bilozerka" with Bilozerka tagged a place and
		// Antonivka a person: a name listed with a tagged place that
		// the gazetteer knows exactly is in a place context. Only in a
		// list of at least two names the gazetteer knows.
		if a.ner && !m.ner && m.quality == gazetteer.MatchExact && !m.person && !m.common && !m.inOrg {
			m.ctx = max(m.ctx, 2)
		}
	}
}

// courtHead reports whether the word at k is a court's kind before its
// head ("Sheriff Court", "Crown Court", "Magistrates' Court"): both
// capitalised, in one clause.
func courtHead(ws []word, k int) bool {
	return k+1 < len(ws) && ws[k+1].lower == "court" && ws[k+1].upper && (ws[k+1].gap == " " || ws[k+1].gap == "' ")
}

// listed reports whether b follows a in a list: "X, Y", "X and Y", "X,
// and Y".
func listed(ws []word, a, b *mention) bool {
	between := b.wi - a.wj
	// The parts of one hyphenated word ("Benin-Auchi") are listed.
	if (a.wj == b.wi || a.wi == b.wi) && a.fromHyphen && b.fromHyphen {
		return true
	}
	switch between {
	case 0:
		return strings.TrimSpace(ws[b.wi].gap) == ","
	case 1:
		w := ws[a.wj]
		return (w.lower == "and" || w.lower == "or") && strings.TrimSpace(ws[b.wi].gap) == "" &&
			(strings.TrimSpace(w.gap) == "" || strings.TrimSpace(w.gap) == ",")
	}
	return false
}

// isSpeaker reports whether the mention is the subject of a reporting
// verb ("Baku said", "Paris had consistently supported"), or the place of
// the authorities who speak ("the authorities in Yerevan deny", "as they
// say in Baku.").
func (p *Geoparser) isSpeaker(ws []word, m *mention) (subject, in bool) {
	// "..., said Nawa.": a name right after a reporting verb that ends
	// its clause is the verb's subject, told after it.
	if m.wi > 0 && ws[m.wi].gap == " " && (ws[m.wi-1].lower == "said" || ws[m.wi-1].lower == "says") &&
		(m.wj == len(ws) || strings.ContainsAny(ws[m.wj].gap, ".,;:!?\n")) {
		return true, false
	}
	k := m.wj
	if k < len(ws) && strings.ContainsAny(ws[k].gap, ".;:!?\n") {
		k = len(ws)
	}
	// "Washington, which claims": the relative clause speaks for it.
	if k < len(ws) && strings.TrimSpace(ws[k].gap) == "," && (ws[k].lower == "which" || ws[k].lower == "who") {
		k++
	}
	// "Kigali, for its part, rejects these accusations": an aside
	// between commas does not part the name from its verb.
	aside := false
	if k < len(ws) && strings.TrimSpace(ws[k].gap) == "," {
		for _, a := range asides {
			n := len(a)
			if k+n >= len(ws) || strings.TrimSpace(ws[k+n].gap) != "," {
				continue
			}
			match := true
			for t, w := range a {
				match = match && ws[k+t].lower == w && (t == 0 || ws[k+t].gap == " ")
			}
			if match {
				k, aside = k+n, true
				break
			}
		}
	}
	passive := false
	for k < len(ws) && auxiliaries[ws[k].lower] && !strings.ContainsAny(ws[k].gap, ".;:!?\n\"“”") {
		// "Paris was accused": the place is the object, not the speaker.
		passive = passive || beForms[ws[k].lower]
		k++
	}
	if passive {
		return false, false
	}
	verbNext := k < len(ws) && reportingVerbs[ws[k].lower] && !strings.ContainsAny(ws[k].gap, ".;:!?\n\"“”")
	// "Borno and Kaduna states were hit": the plural noun, not the verb.
	// "Ondo, Edo and Bauchi states accounting for most cases": after the
	// last name of a list (a plural subject takes "state") or before a
	// participle, it is the noun too.
	if verbNext && ws[k].lower == "states" && (k+1 >= len(ws) || auxiliaries[ws[k+1].lower] ||
		beForms[ws[k+1].lower] || ws[k+1].lower == "and" || ws[k+1].lower == "of" ||
		strings.ContainsAny(ws[k+1].gap, ".,;:!?") ||
		strings.HasSuffix(ws[k+1].lower, "ing") && !ws[k+1].upper ||
		m.wi >= 2 && (ws[m.wi-1].lower == "and" || ws[m.wi-1].lower == "or") && ws[m.wi-2].upper) {
		verbNext = false
	}
	// "The Houthis, who control Sanaa and northern Yemen, say": a comma
	// between the name and the verb ends a clause the name belongs to.
	if verbNext && strings.Contains(ws[k].gap, ",") && !aside {
		verbNext = false
	}
	// "Pakistan reported two new polio cases", "Kerala has confirmed a
	// Nipah infection": a tally of cases, deaths or an outbreak is what
	// happened in the place, not a statement its government makes.
	// An organisation whose name ends with the place still speaks ("the
	// Ministry of Health of Peru confirmed 12 deaths").
	orgTail := m.wi >= 2 && ws[m.wi-1].lower == "of" && ws[m.wi-2].upper && !ws[m.wi-2].initial
	if verbNext && !orgTail && tallyVerbs[ws[k].lower] && tallyObject(ws, k+1) {
		verbNext = false
	}
	if m.wi >= 1 && ws[m.wi-1].lower == "in" && ws[m.wi-1].initial {
		// "In Maputo, the government said": the sentence opens with
		// the place; the word before "In" ends another sentence.
		return false, false
	}
	if m.wi >= 2 && ws[m.wi-1].lower == "in" {
		head := ws[m.wi-2].lower
		// "Hamas leaders in Doha said": people of a group or another
		// country who are in the place do not speak for its government.
		foreign := m.wi >= 3 && ws[m.wi-3].upper && !runStop[ws[m.wi-3].lower] && !p.isDemonym(foldWord(ws[m.wi-3])) ||
			m.wi >= 3 && groupPossessive(ws[m.wi-3].lower)
		if speakerHeads[head] && verbNext && !foreign {
			return false, true
		}
		endsClause := m.wj >= len(ws) || strings.ContainsAny(ws[m.wj].gap, ".;:!?,\n")
		if reportingVerbs[head] && endsClause {
			return false, true
		}
		// "Residents in Gaza said": where the speakers are.
		return false, false
	}
	// "residents of Tartus reported", "people in northern Gaza said":
	// the name follows a preposition or a direction, so it is not the
	// subject.
	if m.wi >= 1 && verbNext && (lowerOf(ws, m.wi) || placeBefore[ws[m.wi-1].lower]) {
		return false, false
	}
	// "Miners in the Hunter Valley said", "people across the Midwest
	// say": the article does not make the name the subject either.
	if m.wi >= 2 && verbNext && ws[m.wi-1].lower == "the" && (placeBefore[ws[m.wi-2].lower] || lowerOf(ws, m.wi-1)) {
		return false, false
	}
	return verbNext, false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// tallyObject reports whether the noun phrase opening at word k, the
// object of a reporting verb, counts what happened (cases, deaths, an
// outbreak) rather than opening a clause: its first words before any
// punctuation or "that" hold a tally noun.
func tallyObject(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+7; j++ {
		// "28,000 cases": a comma between digits groups them.
		grouped := ws[j].gap == "," && j > k && isDigits(ws[j-1].text) && isDigits(ws[j].text)
		if !grouped && strings.ContainsAny(ws[j].gap, ".,;:!?\n\"“”") || ws[j].lower == "that" {
			return false
		}
		if tallyNouns[ws[j].lower] {
			return true
		}
	}
	return false
}

// lowerOf reports "of" before word w after a lower-case word ("residents
// of X", "north of X"); after a capitalised one the name ends an
// organisation's ("the Ministry of Defense of Azerbaijan states"), which
// speaks for it.
func lowerOf(ws []word, w int) bool {
	return w >= 2 && ws[w-1].lower == "of" && (!ws[w-2].upper || ws[w-2].initial)
}

// isDateline reports an upper-case name that is the town of a dateline
// (dateline.Read): "KYIV, March 3 (Reuters) -", "GOMA (AFP) -", "QUETTA:",
// "JERUSALEM/DUBAI, June 15", "March 3, 2025 (KHARTOUM) -", "BAKU" alone on
// its line between the byline and the text. A country after the town
// ("MARANCHON, SPAIN") is no dateline's town. Before a colon, which also
// ends the speaker labels of transcripts ("QUESTION:", "MR KIRBY:"), and
// alone on its line, where an upper-case heading of another kind
// ("ANALYSIS", "UPDATE") names no such place, the name must be a city of
// 50,000 people or more, a capital or a division seat.
func (p *Geoparser) isDateline(datelines []dateline.Dateline, ws []word, m *mention) bool {
	for k := m.wi; k < m.wj; k++ {
		if strings.ToUpper(ws[k].text) != ws[k].text {
			return false
		}
	}
	sp := parallax.Span{Start: ws[m.wi].start, End: ws[m.wj-1].end}
	d, ok := dateline.Containing(datelines, sp.Start)
	if !ok || !slices.Contains(d.Places[:d.Towns], sp) {
		return false
	}
	switch d.Close {
	case dateline.Colon, dateline.Line:
		return p.notableTown(m)
	case dateline.Dash:
		return true
	}
	// "MOSCOW, October 18. /TASS/.": a town in brackets after the date
	// needs its dash
	return !d.Bracketed
}

// notableTown reports a mention that names exactly a city of 50,000
// people or more, a capital or a division seat: a name in capitals that
// stands alone (a dateline on its line, a label before a colon) is a
// place only then.
func (p *Geoparser) notableTown(m *mention) bool { return p.ofStanding(m, false) }

// datelineTown reports whether a dateline's name is also a town of
// standing (a city of 50,000 people or more, a capital or a division
// seat), which the dateline means rather than a country of that name.
func (p *Geoparser) datelineTown(m *mention) bool { return p.ofStanding(m, true) }

// ofStanding reports whether one of the mention's exact candidates is a
// place of 50,000 people or more, a capital or a division seat; with
// townsOnly, a populated place (not a country or region of that size).
func (p *Geoparser) ofStanding(m *mention, townsOnly bool) bool {
	for _, c := range m.cands {
		if c.Quality != gazetteer.MatchExact {
			continue
		}
		f := p.gaz.Feature(c.Entry)
		if townsOnly && !strings.HasPrefix(f, "P.") {
			continue
		}
		if p.gaz.Entry(c.Entry).Population >= 50000 || f == "P.PPLC" || f == "P.PPLA" {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2 && n <= 8
}

// districtTowns gives a town the prior of a roughly placed district
// (A.ADMD) of its province that the name matches better, and a little
// more: "Jisr al-Shughur" is the town GeoNames spells "Jisr ash Shughur",
// the seat of the district of that name, whose point is only its
// province's.
func (p *Geoparser) districtTowns(cands []gazetteer.Candidate, prior []float64) {
	for _, d := range cands {
		if p.gaz.Feature(d.Entry) != "A.ADMD" {
			continue
		}
		di := -1
		for k, c := range cands {
			if c.Entry == d.Entry {
				di = k
			}
		}
		for i, c := range cands {
			if strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") && p.gaz.Country(c.Entry) == p.gaz.Country(d.Entry) &&
				p.gaz.Admin1(c.Entry) == p.gaz.Admin1(d.Entry) {
				prior[i] = max(prior[i], prior[di]+0.1)
			}
		}
	}
}

// districtVouches reports whether a roughly placed district (A.ADMD)
// that the name matches exactly lies in the same first-level division as
// the variant-spelled candidate best: "Jisr al-Shughur District" in Idlib
// vouches for the town spelt "Jisr ash Shughur" there.
func (p *Geoparser) districtVouches(cands []gazetteer.Candidate, best int) bool {
	b := cands[best].Entry
	for _, c := range cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.ADMD" &&
			p.gaz.Country(c.Entry) == p.gaz.Country(b) && p.gaz.Admin1(c.Entry) == p.gaz.Admin1(b) {
			return true
		}
	}
	return false
}

// exactSettled reports whether an exact candidate is more than a
// roughly placed district (A.ADMD).
func (p *Geoparser) exactSettled(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) != "A.ADMD" {
			return true
		}
	}
	return false
}

// countrySense reports a country among the candidates: "China of the
// 1990s" still names the country.
func (p *Geoparser) countrySense(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if strings.HasPrefix(p.gaz.Feature(c.Entry), "A.PCL") {
			return true
		}
	}
	return false
}

// ownName reports whether an exact candidate's own name folds to key.
func (p *Geoparser) ownName(key string, cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Quality == gazetteer.MatchExact && gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, key) {
			return true
		}
	}
	return false
}

// ownSpelling reports whether an exact candidate's own name is written
// as t, capitals included: "KwaZulu-Natal", "McAllen", "DeKalb" are
// places written with an inner capital.
func (p *Geoparser) ownSpelling(t string, cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Entry(c.Entry).Name == t {
			return true
		}
	}
	return false
}

// innerCapital reports an upper-case letter right after a lower-case one
// ("MoD", "iPhone"): not how place names are written, unless a place's
// own name is so written (see ownSpelling).
func innerCapital(s string) bool {
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// detect keeps the mentions that are used as places.
func (p *Geoparser) detect(ms []*mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if len(m.cands) == 0 {
			continue
		}
		if m.acronym && !m.dateline && !m.apState {
			// Upper-case short words are organisations (UN, CSTO, MoD)
			// unless they name a country (US, UK, UAE).
			keep := m.cands[:0]
			for _, c := range m.cands {
				if p.gaz.Feature(c.Entry) == "A.PCLI" && c.Quality == gazetteer.MatchExact {
					keep = append(keep, c)
				}
			}
			m.cands = keep
			if len(keep) == 0 {
				continue
			}
		}
		if detectScore(p, m) >= 2 {
			out = append(out, m)
		}
	}
	return out
}

func detectScore(p *Geoparser, m *mention) float64 {
	if m.apState {
		return 5
	}
	// "the West", "the South": a direction alone is a political or
	// loose region, not a gazetteer place.
	if nonPlaceNames[m.key] || directions[m.key] {
		return 0
	}
	s := 0.0
	switch m.quality {
	case gazetteer.MatchExact:
		s = 2
	default:
		// Variant spellings and typos need a place context (an entity
		// tag alone is not enough), and are not taken for common words
		// or the first word of a sentence.
		s = 1
		if m.quality == gazetteer.MatchFuzzy {
			s = 0
		}
		// "Was", "Do", "The", "CDs": a word of three letters or fewer
		// resembles some town's name by chance (Washington, Daux,
		// Teresina, Childress).
		if len(m.key) <= 3 {
			return 0
		}
		if m.ctx < 2 || m.common || m.person || m.initial || nonPlaceNames[m.key] {
			return 0
		}
	}

	if m.ner {
		s += 2
	}
	s += math.Min(m.ctx, 2)
	big, tiny, country := false, true, false
	for _, c := range m.cands {
		if c.Quality != m.quality {
			continue
		}
		e := p.gaz.Entry(c.Entry)
		f := p.gaz.Feature(c.Entry)
		// Mountains, ranges, valleys and parks come from the supplement,
		// which lists only well-known ones.
		if f == "A.PCLI" || f == "A.ADM1" || strings.HasPrefix(f, "L.") || strings.HasPrefix(f, "T.") || e.Population >= 100000 ||
			strings.HasPrefix(f, "H.") && f != "H.STM" {
			big = true
		}
		country = country || (f == "A.PCLI" || f == "L.CONT") && c.Quality == gazetteer.MatchExact
		if e.Population >= 5000 || !strings.HasPrefix(f, "P.") {
			tiny = false
		}
	}
	if big {
		s++
	}
	if tiny && m.quality == gazetteer.MatchExact && m.ctx == 0 && !m.ner {
		s--
	}
	// China, Turkey, Chile, Guinea are also common words; capitalised,
	// the country is meant.
	if m.common && !country || m.person && !m.ner {
		s -= 2
	}
	// "Voters", "Peace", "Top": a common word that only some town's
	// alternate names hold (Walters, Sterling, Topeka), not its own
	// name, is the word, whatever the tagger says. Divisions and
	// natural features keep their short names ("Levy" county, "the
	// Gulf").
	// "Was", "The", "Do": a short word matched only through a town's
	// alternate names (airport codes: WAS for Washington, THE for
	// Teresina) is the word, unless written in capitals as a code.
	if m.quality == gazetteer.MatchExact && len(m.key) <= 3 && !country && strings.ToUpper(m.surface) != m.surface {
		own := false
		for _, c := range m.cands {
			own = own || c.Quality == gazetteer.MatchExact && (!strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") ||
				gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, m.key))
		}
		if !own {
			return 0
		}
	}
	common := m.common || m.wj-m.wi == 1 && len(m.key) > 4 && strings.HasSuffix(m.key, "s") && p.gaz.IsCommonWord(m.key[:len(m.key)-1])
	if common && !country && m.quality == gazetteer.MatchExact {
		own := false
		for _, c := range m.cands {
			own = own || c.Quality == gazetteer.MatchExact && (!strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") ||
				gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, m.key))
		}
		if !own {
			return 0
		}
	}
	// The entity tagger's word is weighed, not obeyed: it misses rare
	// place names (Diego Garcia as a person, Sydney at a sentence start).
	// A name joined by a lower-case particle is a place's form, which the
	// tagger, reading it as a hyphenated person's name, does not know
	// ("Vaulx-en-Velin experienced a night of riots").
	if m.nerOther && !m.ner && m.ctx < 2 && !country && !big && !particleCompound(m.surface) {
		s -= 2
	}
	if m.inOrg && !(m.orgStart && country) && m.ctx < 2 {
		return 0
	}
	// A dateline opens its line by its form ("NORMAL, Ill. —", "READING
	// —"): its first place is no accident of capitalisation.
	// Nor is a name joined by a lower-case particle ("Vaulx-en-Velin
	// experienced a night of riots", "Stratford-upon-Avon"): no common
	// word opening a sentence is so written.
	if m.initial && !m.ner && m.wj-m.wi == 1 && !m.dateline && !particleCompound(m.surface) {
		s--
	}
	return s
}

// particleCompound reports a capitalised name whose hyphens join a
// lower-case particle to capitalised parts: "Vaulx-en-Velin",
// "Boulogne-sur-Mer", "Stratford-upon-Avon".
func particleCompound(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 3 {
		return false
	}
	for k, part := range parts {
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || (k == 0 || k == len(parts)-1) != unicode.IsUpper(r) {
			return false
		}
		if k > 0 && k < len(parts)-1 && strings.ToLower(part) != part {
			return false
		}
	}
	return true
}

// confidence maps a detection to 0..1.
func confidence(m *mention) float64 {
	c := 0.5
	if m.quality == gazetteer.MatchExact {
		c += 0.2
	}
	if m.ner {
		c += 0.15
	}
	if m.ctx > 0 {
		c += 0.1
	}
	if m.common {
		c -= 0.2
	}
	return math.Max(0.05, math.Min(1, c))
}

// resolve picks an entry for each mention: priors first, then two rounds
// of country focus and spatial coherence over the article's other places.
// Mentions with the same folded name get the same entry (one sense per
// article).
// demonymFocus counts the demonyms of the text by country ("Azerbaijani
// forces", "Armenians"): they say which countries an article is about as
// much as the names do. Each counts half a name, at most three halves.
func (p *Geoparser) demonymFocus(ws []word) map[string]float64 {
	focus := map[string]float64{}
	for k, w := range ws {
		if !w.upper {
			continue
		}
		key := foldWord(w)
		if !p.isDemonym(key) {
			continue
		}
		if attackerDemonym(ws, k) {
			// "Russian troops shelled Pokrovsk": the party that strikes
			// says where the front is, not that the story is in its
			// country.
			continue
		}
		if cc := p.gaz.Country(p.gaz.Demonym(key)); focus[cc] < 1.5 {
			focus[cc] += 0.5
		}
	}
	return focus
}

// adminFollowers finds, for each mention, the division or country named
// right after it with a comma: "Springfield, Illinois", "Paris, Texas",
// "Springfield, Ill.", "Gori, Georgia". It returns the folded names,
// indexed like ms.
func (p *Geoparser) adminFollowers(ws []word, ms []*mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		// "Kani township, Sagaing Region", "Nad Ali district, Helmand
		// province": the kind word in lower case between the name and
		// its comma leaves the division after it the name's.
		if k := m.wj; k+1 < len(ws) && ws[k].gap == " " && !ws[k].upper && (adminNouns[ws[k].lower] || ws[k].lower == "township") &&
			strings.TrimSpace(ws[k+1].gap) == "," && i+1 < len(ms) && ms[i+1].wi == k+1 && p.divisionAfter(ws, ms[i+1]) {
			out[i] = ms[i+1].key
			continue
		}
		if m.wj >= len(ws) || strings.TrimSpace(ws[m.wj].gap) != "," {
			continue
		}
		next := ws[m.wj]
		abbr := strings.TrimSuffix(next.lower, ".")
		// Only with its dot: "San Fernando, La Union" is no Louisiana.
		dot := strings.HasSuffix(next.lower, ".") || m.wj+1 >= len(ws) || strings.HasPrefix(ws[m.wj+1].gap, ".")
		if st, ok := apStates[abbr]; ok && next.upper && dot {
			out[i] = st
			continue
		}
		if st, ok := caProvinces[abbr]; ok && next.upper && dot {
			out[i] = st
			continue
		}
		if i+1 < len(ms) && ms[i+1].wi == m.wj {
			out[i] = ms[i+1].key
		}
	}
	// "Punjab's Lahore district", "Odisha's Ganjam": a name right after
	// a division's or country's possessive lies in it.
	for i, m := range ms {
		if out[i] != "" || i == 0 {
			continue
		}
		o := ms[i-1]
		if o.wj != m.wi || o.end != possessive(ws[o.wj-1]) || o.end >= ws[o.wj-1].end {
			continue
		}
		for _, c := range o.cands {
			if f := p.gaz.Feature(c.Entry); c.Quality == gazetteer.MatchExact && (f == "A.ADM1" || f == "A.PCLI") {
				out[i] = o.key
				break
			}
		}
	}
	// "the village of Andriivka in the Kharkiv region": a name followed
	// by "in" and a first-level division lies in it.
	in := make([]bool, len(ms))
	for i, m := range ms {
		if out[i] != "" || i+1 >= len(ms) || m.wj >= len(ws) || strings.ContainsAny(ws[m.wj].gap, ".;:!?,\n") {
			continue
		}
		k := m.wj + 1
		switch {
		case ws[m.wj].lower == "in":
		case placeNouns[ws[m.wj].lower] && k < len(ws) && ws[k].lower == "of":
			// "the Bara area of North Kordofan".
			k++
		default:
			continue
		}
		n := ms[i+1]
		if k < len(ws) && ws[k].lower == "the" {
			k++
		}
		if n.wi != k {
			continue
		}
		// Without its kind ("near Poonch and Rajouri in Jammu and
		// Kashmir") the division must be no country's name too
		// ("in Georgia").
		kind := n.wj < len(ws) && adminNouns[ws[n.wj].lower] || adminNouns[strings.ToLower(ws[n.wj-1].text)]
		if !kind && p.isCountry(n) {
			continue
		}
		for _, c := range n.cands {
			// "near Volchansk in the Kharkov Region": with its kind, a
			// division transliterated otherwise (Kharkiv) is one too.
			if (c.Quality == gazetteer.MatchExact || kind && c.Quality == gazetteer.MatchSkeleton) && p.gaz.Feature(c.Entry) == "A.ADM1" {
				out[i] = n.key
				in[i] = true
				break
			}
		}
	}
	// "Poonch and Rajouri in Jammu and Kashmir": the names listed
	// before the one placed in a division lie in it too.
	for i := len(ms) - 2; i >= 0; i-- {
		if out[i] == "" && in[i+1] && listed(ws, ms[i], ms[i+1]) {
			out[i], in[i] = out[i+1], true
		}
	}
	return out
}

// localDemonym is a demonym of a mention's own sentence: its country and
// the country's point.
type localDemonym struct {
	country string
	at      point
	// named marks a country named in the sentence ("Israel said its
	// troops were in northern Gaza") rather than a demonym; key is the
	// name's own key, which says nothing of where the name itself lies.
	named bool
	key   string
	// attacker marks a demonym of the party that strikes ("Russian
	// troops shelled X"): it says the place is near its country, not in
	// it, since armies strike across the front, not at home.
	attacker bool
}

// forceNouns are the heads after a demonym that make it an armed party:
// "Russian troops", "Israeli jets".
var forceNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "army": true, "military": true, "jets": true,
	"warplanes": true, "aircraft": true, "drones": true, "missiles": true, "artillery": true,
	"rockets": true, "units": true, "navy": true, "airstrikes": true, "strikes": true, "shelling": true,
	"paratroopers": true, "tanks": true, "gunboats": true, "warships": true,
}

// strikeVerbs are the acts of force whose object lies across the front
// from the party that commits them.
var strikeVerbs = map[string]bool{
	"shelled": true, "struck": true, "hit": true, "attacked": true, "bombed": true, "bombarded": true,
	"pounded": true, "targeted": true, "raided": true, "stormed": true, "captured": true, "seized": true,
	"overran": true, "invaded": true, "shell": true, "strike": true, "attack": true, "bomb": true,
	"pound": true, "target": true, "shelling": true, "striking": true, "attacking": true, "bombing": true,
	"pounding": true, "targeting": true,
	// An army's advance across the front: "Russian forces took full
	// control of Ugledar and repelled counterattacks near Dzerzhinsk"
	// (Toretsk, not the Russian city). Not "retook" or "liberated",
	// which armies mostly do at home.
	"took": true, "encircled": true, "advanced": true,
}

// attackerDemonym reports whether the demonym at word k names the party
// of an act of force on what follows in its clause: "Russian troops
// shelled", "Israeli jets have struck", "Azerbaijani forces are
// shelling".
func attackerDemonym(ws []word, k int) bool {
	force := false
	for j := k + 1; j < len(ws) && j <= k+6; j++ {
		if strings.ContainsAny(ws[j].gap, ".;:!?,\n") {
			return false
		}
		w := ws[j].lower
		switch {
		case !force && forceNouns[w]:
			force = true
		case force && strikeVerbs[w]:
			return true
		case force && !auxiliaries[w] && !strings.HasSuffix(w, "ly") && !ws[j].upper:
			// "Russian troops in the east shelled": only auxiliaries
			// and adverbs stand between the party and its act.
			return false
		}
	}
	return false
}

// localDemonyms returns, for each mention, the countries whose demonyms
// its sentence names ("Israeli strikes killed 35 people in Gaza"): the
// sentence's own word on where a name lies, which a digest of several
// conflicts needs beside the article's focus.
func (p *Geoparser) localDemonyms(ws []word, ms []*mention) [][]localDemonym {
	sent := make([]int, len(ws))
	var bySent map[int][]localDemonym
	for k := range ws {
		if k > 0 {
			sent[k] = sent[k-1]
			if ws[k].initial {
				sent[k]++
			}
		}
		if !ws[k].upper {
			continue
		}
		key := foldWord(ws[k])
		if !p.isDemonym(key) {
			continue
		}
		d := p.gaz.Demonym(key)
		cc := p.gaz.Country(d)
		attacker := attackerDemonym(ws, k)
		dup := false
		for x := range bySent[sent[k]] {
			if bySent[sent[k]][x].country == cc {
				dup = true
				// The demonym used otherwise in the sentence ("the
				// Russian-held town") still puts places in its country.
				bySent[sent[k]][x].attacker = bySent[sent[k]][x].attacker && attacker
			}
		}
		if !dup {
			if bySent == nil {
				bySent = map[int][]localDemonym{}
			}
			e := p.gaz.Entry(d)
			bySent[sent[k]] = append(bySent[sent[k]], localDemonym{country: cc, at: newPoint(float64(e.Lat), float64(e.Lon)), attacker: attacker})
		}
	}
	// Countries named in the sentence: weaker than a demonym (see
	// resolve), added after them so that a country both named and
	// meant by a demonym counts as the demonym.
	for _, m := range ms {
		if !p.isCountry(m) {
			continue
		}
		d := -1
		for _, c := range m.cands {
			if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.PCLI" {
				d = c.Entry
				break
			}
		}
		cc := p.gaz.Country(d)
		k := sent[m.wi]
		dup := false
		for _, x := range bySent[k] {
			dup = dup || x.country == cc
		}
		if dup {
			continue
		}
		if bySent == nil {
			bySent = map[int][]localDemonym{}
		}
		e := p.gaz.Entry(d)
		bySent[k] = append(bySent[k], localDemonym{country: cc, at: newPoint(float64(e.Lat), float64(e.Lon)), named: true, key: m.key})
	}
	if bySent == nil {
		return nil
	}
	out := make([][]localDemonym, len(ms))
	for i, m := range ms {
		out[i] = bySent[sent[m.wi]]
	}
	return out
}

// localNearKm is how far from a country's point a place may lie and still
// be near the country that a demonym of its sentence names: Gaza lies
// next to Israel's point, the Mozambican province of that name does not.
const localNearKm = 300

func (p *Geoparser) resolve(ms []*mention, demonyms map[string]float64, followers []string, local [][]localDemonym) []int {
	type sense struct {
		key      string
		ms       []*mention
		cands    []gazetteer.Candidate
		prior    []float64
		best     int // index into cands
		weight   float64
		coherent bool
		// closeBy: the best candidate's country is named, or it lies
		// within 400 km of another place (see alias below).
		closeBy  bool
		filed    bool // named only in datelines
		local    []float64
		borrowed []float64 // see borrowedNames
		near     float64   // the best candidate's nearness in the last round
		share    float64   // and its country's share of the other names
		placed   bool      // another name of the article has a point
	}
	byKey := map[string]*sense{}
	var senses []*sense
	senseKey := roleKeys(ms)
	splitByFollower(senseKey, followers)
	for i, m := range ms {
		m.index = i
		s := byKey[senseKey[i]]
		if s == nil {
			s = &sense{key: m.key, cands: m.cands}
			byKey[senseKey[i]] = s
			senses = append(senses, s)
		}
		s.ms = append(s.ms, m)
	}
	senseOf := make([]*sense, len(ms))
	for i := range ms {
		senseOf[i] = byKey[senseKey[i]]
	}
	// "WINDSOR, Ont. — ... farm exporters in Essex County": a dateline
	// that names its first-level division sets the local paper's home,
	// and a town or county of the story's that has a namesake there is
	// that one (not New Jersey's larger Essex County).
	home := ""
	for i, m := range ms {
		if m.dateline && followers[i] != "" && p.isDivisionName(followers[i]) {
			home = followers[i]
			break
		}
	}
	for _, s := range senses {
		s.prior = make([]float64, len(s.cands))
		for i, c := range s.cands {
			s.prior[i] = p.prior(c, s.ms)
			// "Springfield, Illinois": the division or country after the
			// comma is the entry's own.
			followed := false
			for _, m := range s.ms {
				f := followers[m.index]
				if f == "" {
					continue
				}
				followed = true
				if p.inFollower(c.Entry, f) {
					s.prior[i] += 3
					break
				}
			}
			if f := p.gaz.Feature(c.Entry); home != "" && !followed && c.Quality == gazetteer.MatchExact &&
				(strings.HasPrefix(f, "P.") || f == "A.ADM2") && p.inFollower(c.Entry, home) {
				s.prior[i]++
			}
		}
		s.borrowed = p.borrowedNames(s.key, s.cands)
		p.divisionCapitals(s.key, s.cands, s.prior)
		p.districtTowns(s.cands, s.prior)
		// The sentence's demonyms: the candidates in or near their
		// country, when that tells the candidates apart (see below).
		if local != nil {
			s.local = make([]float64, len(s.cands))
			some, all := false, true
			// A country's name stays the country's, whatever other
			// country its sentence names ("so do Iraq, Iran, Syria" is
			// no town of Iran called Iraq).
			country := p.isCountry(s.ms[0])

			for i, c := range s.cands {
				if p.gaz.Feature(c.Entry) == "A.PCLI" {
					all = false
					continue
				}
				e := p.gaz.Entry(c.Entry)
				// judged: some word of the sentence applies to the
				// candidate; one that none applies to does not keep
				// the others from all being near.
				judged := false
				for _, m := range s.ms {
					for _, d := range local[m.index] {
						// A country named in the sentence vouches only
						// for names matched exactly: a variant spelling
						// ("Garis" in "In Armenia, Azerbaijan is
						// blamed ... Garis") is not pulled to a
						// look-alike in the other country named.
						if d.named && (country || c.Quality != gazetteer.MatchExact || d.key == s.key) {
							continue
						}
						judged = true
						switch {
						case p.gaz.Country(c.Entry) == d.country && !d.attacker:
							s.local[i] = 2
						case gazetteer.Distance(float64(e.Lat), float64(e.Lon), d.at.lat, d.at.lon) < localNearKm:
							s.local[i] = max(s.local[i], 1)
						}
					}
				}
				if !judged {
					s.local[i] = -1
				}
			}
			// A candidate in a country the sentence names outranks one
			// only near it ("Armenia said ... outside Goris": Goris in
			// Armenia, not Gori in Georgia near Armenia's point).
			// Only the name's best matches set the rank: a look-alike
			// spelling inside Israel does not outrank Tyre near it.
			bestQ := s.cands[0].Quality
			for _, c := range s.cands {
				bestQ = min(bestQ, c.Quality)
			}
			top := 0.0
			for i, l := range s.local {
				if s.cands[i].Quality == bestQ {
					top = max(top, l)
				}
			}
			for i, l := range s.local {
				switch {
				case l < 0:
					s.local[i] = 0
				case l < top:
					s.local[i] = 0
					all = false
				default:
					some = some || l > 0
					all = all && l > 0
				}
			}
			if !some || all {
				s.local = nil
			}
		}
		s.best = argmax(s.prior)
		if s.borrowed != nil {
			v := make([]float64, len(s.prior))
			for i := range v {
				v[i] = s.prior[i] - s.borrowed[i]
			}
			s.best = argmax(v)
		}
		s.weight = 1
		if s.cands[s.best].Quality != gazetteer.MatchExact {
			s.weight = 0.5
		}
		// A dateline says where the story was filed, often a capital far
		// from what it reports ("MOSCOW, ... the settlement of X"): it
		// barely counts for the article's focus.
		dateline := true
		for _, m := range s.ms {
			dateline = dateline && m.dateline
		}
		if dateline {
			s.weight = 0.1
			s.filed = true
		}
	}
	// locals lists, for each sense, its plausible readings as a town or a
	// second-level division: candidates matched exactly whose prior is
	// within 1.5 of the sense's best exact prior. A hamlet that merely
	// shares a big city's name is no such reading, so that dense
	// namesakes (villages of one common name) make no clusters.
	type localReading struct {
		cand int
		at   point
	}
	locals := make([][]localReading, len(senses))
	for si, s := range senses {
		top := math.Inf(-1)
		for i, c := range s.cands {
			if c.Quality == gazetteer.MatchExact {
				top = max(top, s.prior[i])
			}
		}
		for i, c := range s.cands {
			f := p.gaz.Feature(c.Entry)
			if c.Quality != gazetteer.MatchExact || s.prior[i] < top-1.5 || !strings.HasPrefix(f, "P.") && f != "A.ADM2" {
				continue
			}
			e := p.gaz.Entry(c.Entry)
			if !gazetteer.FoldedNameIs(e.Name, s.key) {
				// A city's alternate names ("Eugene" among Gresham's)
				// are no town of that name.
				continue
			}
			if f == "A.ADM2" && stateNamed(p, s.cands, p.gaz.Country(c.Entry)) {
				// "Quintana Roo" is the state, not its namesake
				// municipality in Yucatán.
				continue
			}
			locals[si] = append(locals[si], localReading{i, newPoint(float64(e.Lat), float64(e.Lon))})
		}
	}
	// cluster counts the article's other names that could lie beside
	// candidate i of sense si (see localReadings): a plausible local
	// reading of theirs within 50 km, or their current best being the
	// candidate's own first-level division. Only names whose current
	// best lies in the candidate's country count, so that a world
	// story's famous cities do not pull each other to a cluster of small
	// namesakes in some other country.
	cluster := func(si, i int) int {
		s := senses[si]
		c := s.cands[i]
		var at point
		own := false
		for _, l := range locals[si] {
			if l.cand == i {
				at, own = l.at, true
				break
			}
		}
		if !own {
			return 0
		}
		cc, a1 := p.gaz.Country(c.Entry), p.gaz.Admin1(c.Entry)
		n := 0
		for ti, t := range senses {
			if ti == si || t.key == s.key {
				continue
			}
			b := t.cands[t.best].Entry
			if p.gaz.Country(b) != cc {
				continue
			}
			if p.gaz.Feature(b) == "A.ADM1" && a1 != "" && p.gaz.Admin1(b) == a1 {
				n++
				continue
			}
			for _, l := range locals[ti] {
				if t.cands[l.cand].Entry != c.Entry && at.chord2(l.at) < nearBands[0].chord2 {
					n++
					break
				}
			}
		}
		return n
	}
	var lastPoints []point
	for round := 0; round < 2; round++ {
		// Country focus: the share of the article's other names whose
		// current best entry lies in each country.
		countries := map[string]float64{}
		total := 0.0
		for cc, w := range demonyms {
			countries[cc] += w
			total += w
		}
		// exactIn counts only the names matched exactly: what makes a
		// variant spelling coherent with the article (below), so that
		// two look-alikes of one far city do not vouch for each other.
		exactIn := map[string]float64{}
		// divisions is the same share by first-level division, which
		// tells a country's towns of one name apart (see divShare).
		divisions := map[string]float64{}
		var divKey []byte // a key of divisions, built without a string of its own
		for _, s := range senses {
			cc := p.gaz.Country(s.cands[s.best].Entry)
			countries[cc] += s.weight
			if a1 := p.gaz.Admin1(s.cands[s.best].Entry); a1 != "" {
				divisions[cc+"|"+a1] += s.weight
			}
			total += s.weight
			if s.cands[s.best].Quality == gazetteer.MatchExact && !s.filed {
				exactIn[cc]++
			}
		}
		// lead is the weight of the article's most named country: a
		// look-alike two edits away is trusted in a country the article
		// is about, not in one it names in passing.
		lead := 0.0
		for _, w := range countries {
			lead = max(lead, w)
		}
		points := make([]point, len(senses))
		lastPoints = points
		for i, o := range senses {
			// Countries and large regions say little about where in them
			// the other places lie.
			if f := p.gaz.Feature(o.cands[o.best].Entry); f == "A.PCLI" || f == "L.RGN" {
				points[i].none = true
				continue
			}
			// A variant spelling's guess says little of where the
			// others lie: two names the gazetteer lacks (Minova,
			// Munigi) whose look-alikes are one far city (Managua)
			// would vouch for each other.
			if o.cands[o.best].Quality != gazetteer.MatchExact || o.filed {
				points[i].none = true
				continue
			}
			e := p.gaz.Entry(o.cands[o.best].Entry)
			points[i] = newPoint(float64(e.Lat), float64(e.Lon))
		}
		// "Ontario, Quebec and Alberta": a name listed next to another
		// name's first-level division is one too.
		// listDiv holds the countries of those divisions.
		listDiv := make([][]string, len(senses))
		index := map[*sense]int{}
		for si, s := range senses {
			index[s] = si
		}
		for i := 1; i < len(ms); i++ {
			a, b := senseOf[i-1], senseOf[i]
			if a == b || a.key == b.key || ms[i].group != ms[i-1].group {
				continue
			}
			if p.gaz.Feature(a.cands[a.best].Entry) == "A.ADM1" {
				listDiv[index[b]] = append(listDiv[index[b]], p.gaz.Country(a.cands[a.best].Entry))
			}
			if p.gaz.Feature(b.cands[b.best].Entry) == "A.ADM1" {
				listDiv[index[a]] = append(listDiv[index[a]], p.gaz.Country(b.cands[b.best].Entry))
			}
		}
		bests := make([]keyEntry, len(senses))
		for i, o := range senses {
			bests[i] = keyEntry{o.key, o.cands[o.best].Entry}
		}
		// placedIn holds, for each division's name, the current best
		// entries of the names placed in it ("Bahawalpur and Muridke in
		// Punjab province", "Springfield, Illinois").
		var placedIn map[string][]keyEntry
		for i, m := range ms {
			if f := followers[i]; f != "" {
				if placedIn == nil {
					placedIn = map[string][]keyEntry{}
				}
				o := senseOf[i]
				placedIn[f] = append(placedIn[f], keyEntry{m.key, o.cands[o.best].Entry})
			}
		}
		// heldIn is, for a first-level division matched exactly that
		// has a namesake division in another country, how many more of
		// the article's other names lie in it than in any namesake (0
		// when it holds no more).
		heldIn := func(si, i int) int {
			s := senses[si]
			c := s.cands[i]
			if c.Quality != gazetteer.MatchExact || p.gaz.Feature(c.Entry) != "A.ADM1" {
				return 0
			}
			count := func(e int) int {
				n := 0
				cc, a1 := p.gaz.Country(e), p.gaz.Admin1(e)
				for ti, t := range senses {
					b := t.cands[t.best].Entry
					if ti != si && t.key != s.key && !t.filed && p.gaz.Country(b) == cc && p.gaz.Admin1(b) == a1 && p.gaz.Feature(b) != "A.ADM1" {
						n++
					}
				}
				return n
			}
			own, rival, namesake := count(c.Entry), 0, false
			for k, o := range s.cands {
				if k != i && o.Quality == gazetteer.MatchExact && p.gaz.Feature(o.Entry) == "A.ADM1" && p.gaz.Country(o.Entry) != p.gaz.Country(c.Entry) {
					namesake = true
					rival = max(rival, count(o.Entry))
				}
			}
			if !namesake || own <= rival {
				return 0
			}
			return own - rival
		}
		for si, s := range senses {
			own := p.gaz.Country(s.cands[s.best].Entry)
			// A country's own name ("Iraq") is not another country's
			// town listed under it as an alternate name (Arak): the
			// focus on that other country must not pull it there.
			countryName := false
			for _, c := range s.cands {
				if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.PCLI" &&
					gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, s.key) {
					countryName = true
				}
			}
			scores := make([]float64, len(s.cands))
			support := func(c gazetteer.Candidate) (share, near float64) {
				cc := p.gaz.Country(c.Entry)
				others := countries[cc]
				if cc == own {
					others -= s.weight
				}
				if total-s.weight > 0 {
					// One other name is weak evidence of a focus; two or
					// more make it.
					share = others / (total - s.weight) * math.Min(1, (total-s.weight)/2)
				}
				if p.gaz.Feature(c.Entry) == "A.PCLI" {
					// A country needs no support from the rest of the
					// article, and its own mention should not pull it.
					share = 0
				}
				return share, p.nearness(c.Entry, points, si)
			}
			// A candidate that the sentence's demonyms point to
			// ("Israeli strikes ... in Gaza") is given the best support
			// that the rest of the article gives any candidate: in a
			// digest of several conflicts, the article's focus on one
			// of them does not outweigh the sentence, and where the
			// focus agrees with the sentence nothing changes.
			best, localNear := math.Inf(-1), 0.0
			var shares, nears []float64
			if s.local != nil {
				shares, nears = make([]float64, len(s.cands)), make([]float64, len(s.cands))
				for i, c := range s.cands {
					shares[i], nears[i] = support(c)
					best = max(best, 3*shares[i]+nears[i])
					if s.local[i] > 0 {
						localNear = max(localNear, nears[i])
					}
				}
				if best <= 0 {
					// Nothing else in the article speaks for any
					// candidate: the sentence's word is all there is.
					best = 1
				}
			}
			for i, c := range s.cands {
				cc := p.gaz.Country(c.Entry)
				var share, near float64
				if shares != nil {
					share, near = shares[i], nears[i]
				} else {
					share, near = support(c)
				}
				scores[i] = s.prior[i] + 3*share + near
				if n := cluster(si, i); n >= 2 {
					// "PORTSMOUTH — ... workers who live in Dover and
					// Rochester": towns of one neighbourhood, each with
					// a bigger namesake elsewhere (Virginia, Delaware,
					// New York), are read together where two or more
					// other names could lie within 50 km, before the
					// current choices, each of another state, would
					// vouch for any of them.
					scores[i] += 0.6 * float64(min(n, 3)-1)
				}
				if a1 := p.gaz.Admin1(c.Entry); a1 != "" && strings.HasPrefix(p.gaz.Feature(c.Entry), "P.") && total-s.weight > 0 {
					// "BERLIN, N.H. — ... workers from Gorham": among
					// towns of one name in a country, the one in the
					// division the article's other names lie in (Gorham,
					// New Hampshire, not the larger one in Maine).
					divKey = append(append(append(divKey[:0], cc...), '|'), a1...)
					others := divisions[string(divKey)]
					if b := s.cands[s.best].Entry; joinedIs(divKey, p.gaz.Country(b), p.gaz.Admin1(b)) {
						others -= s.weight
					}
					scores[i] += 0.5 * others / (total - s.weight) * math.Min(1, (total-s.weight)/2)
				}
				if s.local != nil && s.local[i] > 0 {
					// Among the candidates the sentence points to, the
					// nearest to the article's other places is still
					// preferred ("Azerbaijani troops ... outside Goris"
					// beside Lachin: Goris in Armenia, not Gori in
					// Georgia, which also lies near Azerbaijan).
					scores[i] = s.prior[i] + best + near - localNear
				}
				if s.borrowed != nil && share == 0 && near == 0 && (s.local == nil || s.local[i] <= 0) {
					// A borrowed name's fame counts only where nothing
					// in the sentence or the article speaks for the
					// place (see borrowedNames).
					scores[i] -= s.borrowed[i]
				}
				if in := placedIn[s.key]; in != nil && c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.ADM1" && p.holdsOther(c.Entry, s.key, in) {
					// The division that holds the names placed in it
					// is the one meant (Pakistan's Punjab for
					// Bahawalpur, where India's is also named).
					scores[i] += 2
				}
				if held := heldIn(si, i); held >= 2 {
					// "missile strikes at six locations in Punjab" in a
					// story of Bahawalpur, Muridke and Sialkot: of two
					// divisions of one name (India's and Pakistan's
					// Punjab), the one that holds more of the article's
					// other places is meant, whatever country the
					// sentence names as the attacker.
					scores[i] += 2
				}
				if countryName && p.gaz.Feature(c.Entry) != "A.PCLI" && !gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, s.key) {
					scores[i] -= 5
				}
				if listDiv[si] != nil && p.gaz.Feature(c.Entry) == "A.ADM1" {
					scores[i]++
					// "Georgia and South Carolina": listed with a
					// division of its own country, a division is
					// surely one, even where a country has its name.
					for _, lc := range listDiv[si] {
						if lc == cc && c.Quality == gazetteer.MatchExact {
							scores[i] += 2
							break
						}
					}
				}
				if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.ADM1" && countryName && p.holdsOther(c.Entry, s.key, bests) && aloneIn(p.gaz, s.cands, i) {
					// "ATLANTA (AP) - Georgia election officials": of a
					// country and a division of one name, the division
					// that holds another place of the article (its
					// dateline too) is the one meant (a country's prior
					// is 3.5 more). Between a division and a city
					// elsewhere ("Xai-Xai ... Israeli strikes in Gaza")
					// the rest of the resolver decides.
					scores[i] += 4
				}
				if round == 1 && i == argmax(scores[:i+1]) {
					// A variant spelling or a typo is trusted only when
					// it fits the article: its country is already
					// named, or it lies near another of its places.
					named := exactIn[cc] + demonyms[cc]
					if cc == own && s.cands[s.best].Quality == gazetteer.MatchExact {
						named--
					}
					// A typo needs both: its country named by an exact
					// name, and another place within 400 km (or one
					// within 150 km alone). A country named once in
					// passing ("English, Indiana" for the language)
					// does not make a look-alike two edits away a place.
					// "near Mahbes" in a story of Western Sahara that
					// names Spain once as the former ruler is no
					// Mijas: a typo's country must be one the article is
					// about (half the weight of its most named one).
					others := countries[cc]
					if cc == own {
						others -= s.weight
					}
					focus := c.Quality != gazetteer.MatchFuzzy || 2*others >= lead
					s.coherent = share > 0 && named > 0 && focus && (near >= 0.7 || c.Quality != gazetteer.MatchFuzzy) ||
						near > 0 && c.Quality == gazetteer.MatchExact || near >= 1.2
					s.closeBy = share > 0 && named > 0 || near >= 0.7
				}
			}
			s.best = argmax(scores)
			if round == 1 {
				s.share, s.near = support(s.cands[s.best])
				for pi, pt := range points {
					s.placed = s.placed || pi != si && !pt.none
				}
			}
		}
	}
	// "the villages of Andriivka and Klishchiivka south of Bakhmut": a
	// village's name that several villages share, none of them near the
	// story's places, is not the far namesake that its size or its
	// alternate names favour (Andriivka in Odessa oblast, Illinka in
	// Crimea, 400-700 km from a Donetsk front): a namesake within 150 km
	// of another place of the article is taken where there is one, and
	// otherwise none is where this one lies beyond 400 km of them all. Only in an article with three or more placed
	// names, for a name not placed in a division by the text
	// ("Kalynivka in Vinnytsia oblast"), and among villages and small
	// towns of one country (under 20,000, no division's seat): a city
	// keeps its fame, and a name two countries share is the resolver's
	// to settle.
	farVillage := make([]bool, len(senses))
	for si, s := range senses {
		b := s.cands[s.best]
		if s.filed || !s.placed || s.near >= 1.2 || b.Quality != gazetteer.MatchExact || !p.smallPlace(b.Entry) {
			continue
		}
		followed := false
		for _, m := range s.ms {
			followed = followed || followers[m.index] != "" || m.apState
		}
		placed := 0
		for pi, pt := range lastPoints {
			if pi != si && !pt.none {
				placed++
			}
		}
		if followed || placed < 3 {
			continue
		}
		namesakes, alt, altPrior := 0, -1, math.Inf(-1)
		for k, c := range s.cands {
			if c.Quality != gazetteer.MatchExact || !p.smallPlace(c.Entry) || p.gaz.Country(c.Entry) != p.gaz.Country(b.Entry) {
				continue
			}
			namesakes++
			if k != s.best && p.nearness(c.Entry, lastPoints, si) >= 1.2 && s.prior[k] > altPrior {
				alt, altPrior = k, s.prior[k]
			}
		}
		switch {
		case namesakes < 2:
		case alt >= 0:
			s.best = alt
			e := p.gaz.Entry(s.cands[alt].Entry)
			lastPoints[si] = newPoint(float64(e.Lat), float64(e.Lon))
		default:
			farVillage[si] = true
		}
	}
	// Then only the one beyond 400 km of every other place, as they now
	// lie, is left out (Sahel and Darfur towns lie 150-400 km apart; two
	// far namesakes, Novoselivka and Kalynivka in Odessa and Vinnytsia
	// oblasts, do not vouch for each other once the first is settled).
	for si, s := range senses {
		if farVillage[si] && p.nearness(s.cands[s.best].Entry, lastPoints, si) >= 0.7 {
			farVillage[si] = false
		}
	}
	senseIndex := make(map[*sense]int, len(senses))
	for si, s := range senses {
		senseIndex[s] = si
	}
	// The countries of the datelines' towns, which no other place's
	// nearness counts (points): a local paper's dateline is the town
	// its streets and barracks lie in.
	var filedIn []string
	for _, s := range senses {
		if s.filed {
			filedIn = append(filedIn, p.gaz.Country(s.cands[s.best].Entry))
		}
	}
	out := make([]int, len(ms))
	for i, m := range ms {
		s := senseOf[i]
		out[i] = s.cands[s.best].Entry
		if farVillage[senseIndex[s]] {
			out[i] = -1
			continue
		}
		if m.structHead && !s.placed && len(filedIn) > 0 && !slices.Contains(filedIn, p.gaz.Country(out[i])) &&
			!m.apState && followers[i] == "" && strings.HasPrefix(p.gaz.Feature(out[i]), "P.") && !p.prominent(out[i]) {
			// "FREETOWN - ... Monday's attack on Wilberforce
			// barracks": with no other place named, a street or a
			// barracks lies in the dateline's town, not in a village
			// of that name in another country.
			out[i] = -1
			continue
		}
		exact := s.cands[s.best].Quality == gazetteer.MatchExact || p.districtVouches(s.cands, s.best)
		// An exact match by one of a small place's alternate names
		// only ("Merawi" for Sudan's Merowe, "Hakari" for Turkey's
		// Hakkâri) is a spelling other places share too (a town of
		// Ethiopia's Amhara): the tagger's place tag vouches for a
		// place, not for this one, where nothing in the article speaks
		// for its country or neighbourhood (within 400 km: Merowe lies
		// 900 km from Gondar).
		alias := exact && len(senses) >= 3 && !p.prominent(s.cands[s.best].Entry) &&
			!gazetteer.FoldedNameIs(p.gaz.Entry(s.cands[s.best].Entry).Name, s.key)
		if k := strings.LastIndexByte(m.key, ' '); (k > 0 && lineHeads[m.key[k+1:]] || m.structHead && !p.prominent(out[i]) ||
			(m.coastTail || k > 0 && m.key[k+1:] == "park" && !p.prominent(out[i])) && s.share == 0) &&
			!m.apState && followers[i] == "" && strings.HasPrefix(p.gaz.Feature(out[i]), "P.") && s.near < 1.2 && s.placed {
			// "near Central Square", "on Mill Road": a square or street
			// of the story's town, not a village of that name (Central
			// Square, New York) that lies far from every other place of
			// the article (more than 150 km); so are barracks and
			// prisons named after a person or a quarter ("Wilberforce
			// barracks" in Freetown is no Ohio village); and a small town naming a
			// road far from the story ("the Bruce Highway" in a
			// Queensland story is no suburb of Canberra). So is a bay, island or
			// coast that the gazetteer knows only by a small town of its
			// first word, in a country the article does not otherwise
			// name ("ferries from Swartz Bay" in a British Columbia
			// story is no Swartz, Louisiana; "the Boma peninsula" of
			// Lake Chad is no port of Congo, however large), and a
			// park so known ("from
			// Hyde Park to Whitehall" in a London story is no Vermont
			// village). An article with no other placed name gives no
			// such evidence.
			out[i] = -1
			continue
		}
		// "the River Niger" in a story of the delta: a river named with
		// its kind word is the river, whose one point lies far from most
		// of its course (the Niger's, in Mali).
		river := m.river && exact && p.gaz.Feature(s.cands[s.best].Entry) == "H.STM"
		// "Lahar flowed down the slopes": a common word that opens a
		// sentence is tagged for its capital, which vouches for no place.
		tagged := m.ner && !(m.initial && m.common)
		if !m.apState && !river && (!s.coherent && (!exact || !tagged && !p.prominent(s.cands[s.best].Entry) && len(senses) >= 3) || alias && !s.closeBy) {
			// A variant spelling, a typo, or a small place named
			// without a place context, in a country the article does
			// not otherwise name and far from all its places: more
			// likely a name the gazetteer lacks (Boni forest) than this
			// entry. The entity tagger's place tag vouches for a place,
			// not for a look-alike spelling of another one: Minova (a
			// town the gazetteer lacks) is not Managua.
			out[i] = -1
		}
	}
	// "near Pemba and Mueda": a variant spelling listed with names
	// matched exactly lies in their country, not in another one that its
	// look-alike happens to share with the rest of the article.
	for i, m := range ms {
		s := senseOf[i]
		if out[i] < 0 || s.cands[s.best].Quality == gazetteer.MatchExact {
			continue
		}
		cc := p.gaz.Country(out[i])
		for j, o := range ms {
			os := senseOf[j]
			if j == i || o.group != m.group || out[j] < 0 || os.cands[os.best].Quality != gazetteer.MatchExact {
				continue
			}
			if p.gaz.Country(out[j]) != cc {
				out[i] = -1
				break
			}
		}
	}
	return out
}

// smallPlace reports whether an entry is a village or small town (a
// populated place under 20,000 that is no capital of a state or of a
// first-level division).
func (p *Geoparser) smallPlace(entry int) bool {
	f := p.gaz.Feature(entry)
	return strings.HasPrefix(f, "P.") && f != "P.PPLC" && f != "P.PPLA" && p.gaz.Entry(entry).Population < 20000
}

// keyEntry is a name's key and its current best entry.
type keyEntry struct {
	key   string
	entry int
}

// holdsOther reports whether the first-level division entry holds the
// current best entry of another name of the article (key is the
// division's own name, whose other senses do not count).
func (p *Geoparser) holdsOther(entry int, key string, others []keyEntry) bool {
	cc, a1 := p.gaz.Country(entry), p.gaz.Admin1(entry)
	if a1 == "" {
		return false
	}
	for _, o := range others {
		if o.key != key && o.entry != entry && p.gaz.Country(o.entry) == cc && p.gaz.Admin1(o.entry) == a1 {
			return true
		}
	}
	return false
}

// aloneIn reports whether cands[i] is the only exact candidate of its
// country: the division's name then tells countries apart ("Georgia"),
// not a division from its own capital ("Ar Raqqah").
func aloneIn(g *gazetteer.Gazetteer, cands []gazetteer.Candidate, i int) bool {
	cc := g.Country(cands[i].Entry)
	for j, c := range cands {
		if j != i && c.Quality == gazetteer.MatchExact && g.Country(c.Entry) == cc {
			return false
		}
	}
	return true
}

// splitByFollower gives the mentions of one sense key their own senses
// when the article places them in different divisions or countries
// ("SPRINGFIELD, Mass. ... In Springfield, Ohio, police"): each follower's
// mentions resolve apart, and the mentions without one follow the
// article's first.
func splitByFollower(keys, followers []string) {
	first := map[string]string{}
	split := map[string]bool{}
	for i, k := range keys {
		f := followers[i]
		if f == "" {
			continue
		}
		if g, ok := first[k]; !ok {
			first[k] = f
		} else if g != f {
			split[k] = true
		}
	}
	for i, k := range keys {
		if !split[k] {
			continue
		}
		if f := followers[i]; f != "" {
			keys[i] = k + "@" + f
		} else {
			keys[i] = k + "@" + first[k]
		}
	}
}

// roleKeys returns the key under which each mention shares its sense:
// its folded name, one sense per article, unless the article names both a
// division and a city of that name ("the Donetsk region ... Donetsk
// city", "Quebec's premier ... the mayor of Quebec"): then the mentions
// with a division cue and those with a city cue resolve apart, and the
// others follow the first cue of the article.
func roleKeys(ms []*mention) []string {
	out := make([]string, len(ms))
	first := map[string]string{}
	both := map[string]bool{}
	role := func(m *mention) string {
		switch {
		case m.admin && !m.settle:
			return "#a"
		case m.settle && !m.admin:
			return "#s"
		}
		return ""
	}
	for _, m := range ms {
		if r := role(m); r != "" {
			if f, ok := first[m.key]; !ok {
				first[m.key] = r
			} else if f != r {
				both[m.key] = true
			}
		}
	}
	for i, m := range ms {
		out[i] = m.key
		if !both[m.key] {
			continue
		}
		if r := role(m); r != "" {
			out[i] += r
		} else {
			out[i] += first[m.key]
		}
	}
	return out
}

// isCountry reports whether a mention matched a country's name exactly.
func (p *Geoparser) isCountry(m *mention) bool {
	for _, c := range m.cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.PCLI" {
			return true
		}
	}
	return false
}

// inFollower reports whether entry i lies in the division or country
// whose folded name is f, or is it.
func (p *Geoparser) inFollower(i int, f string) bool {
	return sameDivision(gazetteer.Fold(p.gaz.Admin1(i)), f) || p.countryNamed(i, f) || p.nearProvince(i, f)
}

// isDivisionName reports whether the folded name f is a first-level
// division's and no country's ("ontario", "illinois"; not "georgia").
func (p *Geoparser) isDivisionName(f string) bool {
	div := false
	for _, e := range p.gaz.Exact(f) {
		switch p.gaz.Feature(int(e)) {
		case "A.PCLI":
			return false
		case "A.ADM1":
			div = true
		}
	}
	return div
}

// nearProvinceKm is how near a province's point a place must lie to be
// taken as in it when GeoNames files the place under another division.
const nearProvinceKm = 80

// nearProvince reports whether entry i lies near a province named f that
// GeoNames does not use as its places' first-level division: the
// Philippines' and Bangladesh's places are filed under regions and
// divisions, while news writes the province or district ("San Fernando,
// La Union"), which the gazetteer holds as a division without places
// (population 0).
func (p *Geoparser) nearProvince(i int, f string) bool {
	e := p.gaz.Entry(i)
	cc := p.gaz.Country(i)
	for _, d := range p.gaz.Exact(f) {
		de := p.gaz.Entry(int(d))
		if de.Population != 0 || p.gaz.Feature(int(d)) != "A.ADM1" || p.gaz.Country(int(d)) != cc {
			continue
		}
		if gazetteer.Distance(float64(e.Lat), float64(e.Lon), float64(de.Lat), float64(de.Lon)) <= nearProvinceKm {
			return true
		}
	}
	return false
}

// sameDivision reports whether two folded division names are one, allowing
// the adjective and the noun of a leading direction: GeoNames keeps Nyala
// in "Southern Darfur" where writers and the division's own entry say
// "South Darfur" (also North/Northern Darfur, Western/West Equatoria).
func sameDivision(a, b string) bool {
	if a == b {
		return true
	}
	a, b = directionNoun(a), directionNoun(b)
	// "Mahabad in West Azarbaijan" (GeoNames: West Azerbaijan),
	// "Kordestan" and "Kurdistan": one division transliterated twice.
	return a == b || gazetteer.Skeleton(a) == gazetteer.Skeleton(b)
}

// directionNoun writes a division name's leading direction adjective as
// the noun ("southern darfur" -> "south darfur").
func directionNoun(s string) string {
	for _, d := range [...]string{"north", "south", "east", "west"} {
		if strings.HasPrefix(s, d+"ern ") {
			return d + s[len(d)+3:]
		}
	}
	return s
}

// countryNamed reports whether the folded name f names the country of
// entry i ("georgia" for Gori, "texas" is not a country).
func (p *Geoparser) countryNamed(i int, f string) bool {
	for _, e := range p.gaz.Exact(f) {
		if p.gaz.Feature(int(e)) == "A.PCLI" && p.gaz.Country(int(e)) == p.gaz.Country(i) {
			return true
		}
	}
	return false
}

// prominent reports whether an entry is a country, continent, region, sea
// or a place of 100,000 people or more: such names need no support from
// the rest of the article.
func (p *Geoparser) prominent(entry int) bool {
	f := p.gaz.Feature(entry)
	return p.gaz.Entry(entry).Population >= 100000 || f == "A.PCLI" || f == "A.ADM1" ||
		strings.HasPrefix(f, "L.") || strings.HasPrefix(f, "T.") || strings.HasPrefix(f, "H.") && f != "H.STM"
}

// nearness rewards an entry that lies near the other places of the
// article (points, the current choice for each name; self is the name's
// own index, skipped): the closer its nearest neighbour, the more.
//
// Only the band of the nearest distance matters (nearBands), and most
// candidates of a common name lie far from every place of the article, so
// a point is measured (gazetteer.Distance, six trigonometric calls) only
// when the straight-line chord between the two, a few multiplications,
// does not already put it beyond the lower edge of the best band found
// so far. The chord test has a margin far above its rounding error, so
// the answer is the one of measuring every point.
func (p *Geoparser) nearness(entry int, points []point, self int) float64 {
	if f := p.gaz.Feature(entry); f == "A.PCLI" {
		return 0
	}
	e := p.gaz.Entry(entry)
	at := newPoint(float64(e.Lat), float64(e.Lon))
	best := math.Inf(1)
	band := len(nearBands) // index of the band of best; len: beyond them all
	for i, pt := range points {
		if i == self || pt.none {
			continue
		}
		if band > 0 && at.chord2(pt) >= nearBands[band-1].chord2 {
			// Surely no closer than the lower edge of best's band.
			continue
		}
		d := gazetteer.Distance(at.lat, at.lon, pt.lat, pt.lon)
		if d >= best {
			continue
		}
		best = d
		for band > 0 && best < nearBands[band-1].km {
			band--
		}
		if band == 0 {
			break // the nearest band: nothing can do better
		}
	}
	if band < len(nearBands) {
		return nearBands[band].score
	}
	return 0
}

// joinedIs reports whether key is a+"|"+b, without building that string.
func joinedIs(key []byte, a, b string) bool {
	return len(key) == len(a)+1+len(b) && string(key[:len(a)]) == a && key[len(a)] == '|' && string(key[len(a)+1:]) == b
}

// nearBands are the rewards of nearness by the distance of the nearest
// other place: under km, score. chord2 is the squared chord (on the unit
// sphere) of a little more than km, so that a squared chord at least as
// long is surely km or more away whatever the rounding of either measure.
var nearBands = func() []nearBand {
	bands := []nearBand{{km: 50, score: 1.5}, {km: 150, score: 1.2}, {km: 400, score: 0.7}, {km: 1000, score: 0.3}}
	for i := range bands {
		c := 2 * math.Sin(bands[i].km*(1+1e-6)/(2*earthRadius))
		bands[i].chord2 = c * c
	}
	return bands
}()

type nearBand struct{ km, score, chord2 float64 }

// earthRadius is the mean radius in km that gazetteer.Distance uses.
const earthRadius = 6371.0088

// point is a place for nearness: its coordinates in degrees and its unit
// vector. none marks a name whose place says nothing of where the others
// lie (a country, a large region).
type point struct {
	lat, lon float64
	x, y, z  float64
	none     bool
}

func newPoint(lat, lon float64) point {
	la, lo := lat*math.Pi/180, lon*math.Pi/180
	// The latitude's cosine once: the compiler does not merge the two
	// calls, and trigonometry was a hundredth of the geoparser.
	cla := math.Cos(la)
	return point{lat: lat, lon: lon, x: cla * math.Cos(lo), y: cla * math.Sin(lo), z: math.Sin(la)}
}

// chord2 is the squared straight-line distance between two points on the
// unit sphere.
func (a point) chord2(b point) float64 {
	dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
	return dx*dx + dy*dy + dz*dz
}

func argmax(v []float64) int {
	b := 0
	for i := range v {
		if v[i] > v[b] {
			b = i
		}
	}
	return b
}

// prior scores an entry for a name before looking at the other places:
// population, feature class, match quality and the words around the name.
func (p *Geoparser) prior(c gazetteer.Candidate, ms []*mention) float64 {
	e := p.gaz.Entry(c.Entry)
	f := p.gaz.Feature(c.Entry)
	s := 0.3*math.Log10(float64(e.Population)+10) + 0.8*math.Log10(float64(e.Names)+1)
	if c.Quality != gazetteer.MatchExact {
		// Writers spell famous places the usual way: that a big city
		// has a similar skeleton says little about a variant spelling.
		s *= 0.3
	}
	if len(ms) > 0 {
		if gazetteer.FoldedNameIs(e.Name, ms[0].key) {
			s += 0.5
		} else if strings.IndexByte(e.Name, '(') > 0 {
			// "Frankfurt (Oder)": a qualifier in the entry's own name
			// sets it apart from a better-known namesake, which the
			// bare name means.
			s -= 0.5
		}
	}
	// Countries, continents and seas are written the usual way: a
	// variant spelling that only resembles one ("Qa'im" and Guam) means
	// something else.
	big := 1.0
	if c.Quality != gazetteer.MatchExact {
		big = 0.3
	}
	switch {
	case f == "A.PCLI" || f == "L.CONT":
		s += 3.5 * big
	case f == "H.OCN" || f == "H.SEA" || f == "H.GULF" || f == "H.STRT":
		s += 3 * big
	case f == "L.RGN":
		s += 1.5
	case f == "A.ADM1":
		s += 1.0
	case f == "A.ADM2":
		s += 0.2
	case f == "A.ADMD":
		// A district that holds no place of the extract, at its
		// province's point (gazetteer.addOrphans): weaker than other
		// divisions; a town of its province whose spelling only
		// resembles it takes its place (see districtTowns).
		s -= 0.5
	case f == "P.PPLC":
		s += 1.5
	case f == "P.PPLA":
		s += 0.7
	case f == "P.PPLA2":
		s += 0.4
	case f == "P.PPL" && e.Population >= 300000:
		// A city of this size is a seat of something even where the
		// gazetteer marks it as none (Vancouver, BC; Salem, Tamil
		// Nadu): it is not outranked by a smaller county seat of its
		// name for the seat's mark alone.
		s += 0.4
	case f == "P.PPLQ" || f == "P.PPLH" || f == "P.PPLW":
		s -= 1.0
	case f == "P.PPLX":
		s -= 0.5
	case strings.HasPrefix(f, "H."):
		s -= 1.0
	}
	admin, settle, river, division := false, false, false, false
	for _, m := range ms {
		if m.dateline && f == "A.PCLI" && p.datelineTown(m) {
			// A dateline names the town a story was filed from:
			// "SALVADOR -" is Bahia's capital, not El Salvador.
			s -= 3.5 * big
		}
		if m.divisionNoun && f == "A.PCLI" {
			// "Chin State" is not China, "Niger State" not Niger.
			s -= 4
		}
		admin = admin || m.admin
		settle = settle || m.settle
		river = river || m.river
		division = division || m.division
	}
	if admin && strings.HasPrefix(f, "A.ADM") {
		s += 1.5
	}
	if division && f == "A.ADM1" {
		s += 1.0
	}
	if settle && strings.HasPrefix(f, "P.") {
		s += 1.0
	}
	if river && strings.HasPrefix(f, "H.") {
		s += 4
	}
	switch c.Quality {
	case gazetteer.MatchSkeleton:
		s -= 1.2
	case gazetteer.MatchFuzzy:
		s -= 2 + 0.5*float64(c.Distance-1)
	}
	return s
}

// borrowedNames lowers the prior of candidates that carry key only as an
// alternate name unlike their own, when another candidate of some standing
// bears key as its own name: "Salem" alone is a town called Salem, not
// Jerusalem; "Bethlehem" is not Belém in Brazil. Standing is a city of
// 50,000 or more, a capital or a first-level division: a Russian town of
// 25,000 called Krasnoarmeysk does not take the Soviet name back from
// Pokrovsk, which Russian reports still use. The prior's count of
// names measures how well known a place is under its own name (Jerusalem
// has dozens, in many languages); an old or foreign name among them does
// not carry that fame, so half of that term is withdrawn. A place with
// few names (Tyre, whose local name is Sur) loses little and still wins
// where the sentence points to its country; one with many exonyms loses
// more. An alternate that is a spelling of the entry's own name (Odessa
// for Odesa, Kiev for Kyiv, Kharkov for Kharkiv) is the same word and
// keeps its weight; so does any alternate when no rival of standing bears
// the name (Istisu, whose namesake is an abandoned village, still means
// Jermuk). Nor does a place that the sentence points to or that the
// article's other places support (Sur in a story of Israeli strikes is
// Tyre): the resolver withdraws the returned amounts only from candidates
// nothing speaks for.
func (p *Geoparser) borrowedNames(key string, cands []gazetteer.Candidate) []float64 {
	rival := false
	for _, c := range cands {
		if c.Quality != gazetteer.MatchExact {
			continue
		}
		e := p.gaz.Entry(c.Entry)
		if !gazetteer.FoldedNameIs(e.Name, key) {
			continue
		}
		f := p.gaz.Feature(c.Entry)
		if f == "P.PPLQ" || f == "P.PPLH" || f == "P.PPLW" {
			continue
		}
		if e.Population >= 50000 || f == "P.PPLC" || f == "P.PPLA" || f == "A.PCLI" || f == "A.ADM1" {
			rival = true
			break
		}
	}
	if !rival {
		return nil
	}
	var out []float64
	sk := gazetteer.Skeleton(key)
	for i, c := range cands {
		if c.Quality != gazetteer.MatchExact {
			continue
		}
		e := p.gaz.Entry(c.Entry)
		if gazetteer.FoldedNameIs(e.Name, key) {
			continue
		}
		own := gazetteer.Skeleton(gazetteer.Fold(e.Name))
		if gazetteer.EditDistance(sk, own) <= 1 {
			continue
		}
		if out == nil {
			out = make([]float64, len(cands))
		}
		out[i] = 0.4 * math.Log10(float64(e.Names)+1)
	}
	return out
}

// divisionCapitals gives the seat of a first-level division named by key
// the bonus of an entry's own name when the division's entry bears key as
// its own name and the seat's entry spells it otherwise: GeoNames calls
// the oblast Odessa and its city Odesa, so that "Odessa" alone was the
// oblast. A division named after its seat is mostly named for the city; a
// division word after the name ("Odessa region") still makes it the
// division.
func (p *Geoparser) divisionCapitals(key string, cands []gazetteer.Candidate, prior []float64) {
	for _, d := range cands {
		if d.Quality != gazetteer.MatchExact || p.gaz.Feature(d.Entry) != "A.ADM1" || !gazetteer.FoldedNameIs(p.gaz.Entry(d.Entry).Name, key) {
			continue
		}
		cc, a1 := p.gaz.Country(d.Entry), p.gaz.Admin1(d.Entry)
		sk := gazetteer.Skeleton(key)
		for i, c := range cands {
			if c.Quality != gazetteer.MatchExact || p.gaz.Feature(c.Entry) != "P.PPLA" || gazetteer.FoldedNameIs(p.gaz.Entry(c.Entry).Name, key) {
				continue
			}
			// Only a spelling of the seat's own name: Salvador, which
			// GeoNames also calls Bahia after its old full name, does
			// not take the state's name.
			if gazetteer.EditDistance(sk, gazetteer.Skeleton(gazetteer.Fold(p.gaz.Entry(c.Entry).Name))) > 1 {
				continue
			}
			if p.gaz.Country(c.Entry) == cc && p.gaz.Admin1(c.Entry) == a1 {
				prior[i] += 0.5
			}
		}
		return
	}
}

// directionName reports whether the run's first words, from its direction
// word on, are a name ("West Midlands" in "West Midlands Police"): the
// direction then belongs to the name, which the later words do not
// extend, instead of leaving "Midlands" to Zimbabwe's province.
func (p *Geoparser) directionName(text string, ws []word, i, j int) bool {
	for k := j - 1; k >= i+2; k-- {
		if len(p.gaz.Exact(gazetteer.Fold(text[ws[i].start:possessive(ws[k-1])]))) > 0 {
			return true
		}
	}
	return false
}

// stateNamed reports whether cands hold a first-level division of country
// cc matched exactly.
func stateNamed(p *Geoparser, cands []gazetteer.Candidate, cc string) bool {
	for _, c := range cands {
		if c.Quality == gazetteer.MatchExact && p.gaz.Feature(c.Entry) == "A.ADM1" && p.gaz.Country(c.Entry) == cc {
			return true
		}
	}
	return false
}
