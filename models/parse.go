package models

import _ "embed"

// ParseWeights is the dependency parser's perceptron (internal/nlp/parse),
// built by `go run ./cmd/parallax-train parse`.
//
//go:embed parse.weights.gz
var ParseWeights []byte

// ParseLabels lists the parser's dependency relations, one a line.
//
//go:embed parse.labels.txt
var ParseLabels []byte
