package models

import _ "embed"

// NER is the entity recogniser of internal/nlp/ner (weights, gazetteer),
// little-endian arrays, gzip-compressed, built by `parallax-train ner`.
//
//go:embed ner.bin.gz
var NER []byte
