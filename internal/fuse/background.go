package fuse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
)

// backgroundDF holds document frequencies of content stems in a reference
// collection of news and reports (the Wikinews and re3d documents of the
// demo corpus; see NOTICE), as "stem<TAB>df" lines after a first line
// "#docs<TAB>N". They are a prior for the IDF weights: in a small batch,
// say five articles on one war, every word of the war is in every article
// and would weigh nothing; against the reference, "Dashkasan" and
// "helicopter" stay rare and "minister" stays common. Rebuild with
// go test ./internal/fuse -run TestBackgroundDF -gen-background.
//
//go:embed background_df.tsv.gz
var backgroundGz []byte

// background is the parsed prior: df by stem hash, and the number of
// documents. Read-only after package initialisation.
var background = parseBackground(backgroundGz)

type backgroundDF struct {
	df   map[uint64]int32
	docs int32
}

// parseBackground reads the embedded table; a malformed table (which only
// a broken build can produce) gives an empty prior, and the test of the
// table fails.
func parseBackground(gz []byte) backgroundDF {
	bg := backgroundDF{df: map[uint64]int32{}}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return bg
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Bytes()
		tab := bytes.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		n, err := strconv.Atoi(string(line[tab+1:]))
		if err != nil {
			continue
		}
		if string(line[:tab]) == "#docs" {
			bg.docs = int32(n)
			continue
		}
		bg.df[hashBytes(line[:tab])] = int32(n)
	}
	return bg
}
