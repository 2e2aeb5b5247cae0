package data

import "embed"

// Actors holds the actor knowledge base (data/actors/*.tsv): the generated
// country and office-holder tables and the curated people and organisations.
// The actor stage loads it once; the file formats are described in each
// file's header.
//
//go:embed actors/*.tsv
var Actors embed.FS
