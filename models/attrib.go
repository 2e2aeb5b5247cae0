package models

import _ "embed"

// Attrib is the learned claim speaker model of internal/attrib (its
// policy and feature weights, gzip-compressed), built by `go run
// ./cmd/parallax-train attrib` from the project's development golds
// (seeds, devgold, devgold2; policy d1, sided picks only; 5 epochs).
//
//go:embed attrib.bin.gz
var Attrib []byte
