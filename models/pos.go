package models

import _ "embed"

// POSWeights is the part-of-speech tagger's perceptron (internal/nlp/pos),
// built by `go run ./cmd/parallax-train pos`.
//
//go:embed pos.weights.gz
var POSWeights []byte

// POSLexicon is the tagger's classes, tag dictionary and lemma tables.
//
//go:embed pos.lexicon.tsv.gz
var POSLexicon []byte
