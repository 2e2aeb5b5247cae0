// Package ner is the named-entity recogniser: a linear-chain averaged
// perceptron over BIO tags for PER, ORG, LOC and MISC, with features from
// the word, its shape and affixes, its neighbours, word clusters and
// gazetteers (countries, nationalities, regions, cities, actor names). The
// model is trained by cmd/parallax-train (target ner) and embedded.
//
// As a pipeline stage it fills Token.NER and appends person, organization,
// location and gpe entities to the document; MISC stays in Token.NER.
package ner

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
	"github.com/parallaxhq/parallax/models"
)

// Recognizer tags tokens with entities. It is read-only after Load and safe
// for concurrent use.
type Recognizer struct {
	model *Model
	fz    featurizer
	pool  sync.Pool // *scratch
}

// scratch holds the buffers of one decoding.
type scratch struct {
	sf    sentenceFeatures
	emit  []float32
	out   []int
	words []string
	lt    lattice
}

// Load reads the embedded model and word clusters.
func Load() (*Recognizer, error) {
	m, err := ReadModel(models.NER)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded models/ner.gob.gz: %w", err)
	}
	c, err := wordcluster.Load()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return New(m, c), nil
}

// New makes a recogniser from a model and the clusters it was trained with.
func New(m *Model, c *wordcluster.Clusters) *Recognizer {
	r := &Recognizer{model: m, fz: featurizer{clusters: c, gaz: m.gaz}}
	r.pool.New = func() any { return new(scratch) }
	return r
}

// Name is the stage name.
func (r *Recognizer) Name() string { return "ner" }

// Tag returns the BIO tag of each word.
func (r *Recognizer) Tag(words []string) []string {
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	labels := r.decode(words, sc)
	out := make([]string, len(words))
	for i, l := range labels {
		out[i] = labelNames[l]
	}
	return out
}

func (r *Recognizer) decode(words []string, sc *scratch) []int {
	r.fz.extract(words, &sc.sf)
	sc.emit = r.model.emissions(&sc.sf, len(words), sc.emit)
	sc.out = sc.lt.viterbi(sc.emit, len(words), &r.model.trans, nil, sc.out)
	return sc.out
}

// Process tags every sentence of doc, setting Token.NER, and appends an
// entity for every PER, ORG and LOC span. Entity ids continue after the
// entities already in doc ("e1", "e2", ...).
func (r *Recognizer) Process(doc *parallax.Document) {
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	next := len(doc.Entities) + 1
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if len(s.Tokens) == 0 {
			continue
		}
		sc.words = sc.words[:0]
		for _, t := range s.Tokens {
			sc.words = append(sc.words, t.Text)
		}
		labels := r.decode(sc.words, sc)
		tags := make([]string, len(labels))
		for i, l := range labels {
			tags[i] = labelNames[l]
			s.Tokens[i].NER = tags[i]
		}
		sentence := ""
		for _, ch := range Chunks(tags) {
			kind := r.kind(ch.Type, sc.sf.lower[ch.Start:ch.End])
			if kind == "" {
				continue
			}
			start, end := s.Tokens[ch.Start].Start, s.Tokens[ch.End-1].End
			if start < 0 || end > len(doc.Text) || start >= end {
				continue
			}
			if sentence == "" {
				sentence = parallax.NormalizeSpace(doc.Text[s.Start:s.End])
			}
			doc.Entities = append(doc.Entities, parallax.Entity{
				ID:       "e" + strconv.Itoa(next),
				Article:  doc.Article.ID,
				Start:    start,
				End:      end,
				Text:     doc.Text[start:end],
				Kind:     kind,
				Sentence: sentence,
			})
			next++
		}
	}
}

// kind maps an entity type to the report's entity kind: a LOC that the
// gazetteer knows as a country, region or city is a gpe, any other LOC a
// location; MISC has no kind.
func (r *Recognizer) kind(typ string, lower []string) string {
	switch typ {
	case "PER":
		return parallax.KindPerson
	case "ORG":
		return parallax.KindOrganization
	case "LOC":
		if r.model.gaz != nil {
			const gpe = 1<<GazCountry | 1<<GazAdmin1 | 1<<GazCity
			phrase := joinSpace(lower)
			if r.model.gaz.Lookup(phrase)&gpe != 0 {
				return parallax.KindGPE
			}
			// "the Republic of Armenia", "Armenia 's"
			if len(lower) > 1 && r.model.gaz.Lookup(lower[len(lower)-1])&(1<<GazCountry) != 0 && lower[len(lower)-2] == "of" {
				return parallax.KindGPE
			}
		}
		return parallax.KindLocation
	}
	return ""
}

func joinSpace(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}
