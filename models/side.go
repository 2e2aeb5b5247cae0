package models

import _ "embed"

// Side is the learned speaker-side model of internal/claim (sidemodel.go):
// perceptron weights, gzip-compressed, built by `go run
// ./cmd/parallax-train side` from the development golds' claims.
//
//go:embed side.bin.gz
var Side []byte

// SideMargin is the margin over "no side" the side model's choice must
// clear, chosen by the trainer's leave-one-gold-out cross-validation
// ("1e9": the cross-validation found no margin that helps, and the model
// fills nothing).
//
//go:embed side.margin.txt
var SideMargin []byte
