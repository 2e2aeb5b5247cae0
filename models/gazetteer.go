package models

import _ "embed"

// gazetteerIndex is the place index built by `go run ./cmd/parallax-train
// gazetteer` (internal/gazetteer): GeoNames places, divisions and countries
// with their Latin-script names. Sources and licences are in NOTICE.
//
//go:embed gazetteer.idx.gz
var gazetteerIndex string

// GazetteerIndex returns the gzip-compressed gazetteer index, for
// gazetteer.Decode.
func GazetteerIndex() string { return gazetteerIndex }
