package data

import "embed"

// Lexicon holds the vocabularies of the when, quantity and event stages
// (data/lexicon/*.tsv): tab-separated, "#" starts a comment line. The
// generated files (cameo_verbs.tsv, countries.tsv) are rebuilt by
// `go run ./cmd/parallax-train events`; the others are curated by hand.
//
//go:embed lexicon/*.tsv
var Lexicon embed.FS
