package models

import _ "embed"

// NER is the entity recogniser of internal/nlp/ner (weights, gazetteer),
// gob-encoded and gzip-compressed, built by `parallax-train ner`.
//
//go:embed ner.gob.gz
var NER []byte
