package models

import _ "embed"

// SegmentWeights is the sentence-boundary perceptron (internal/segment),
// built by `go run ./cmd/parallax-train segment`.
//
//go:embed segment.weights.gz
var SegmentWeights []byte

// SegmentBias holds the boundary model's two biases, tuned on dev.
//
//go:embed segment.bias.txt
var SegmentBias []byte
