package models

import _ "embed"

// Clusters are the word clusters of internal/nlp/wordcluster: gzip-compressed
// "path<TAB>word" lines, built by `parallax-train clusters`.
//
//go:embed clusters.tsv.gz
var Clusters []byte
