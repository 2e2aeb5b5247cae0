package claim

import "github.com/parallaxhq/parallax/data"

// titleSet is the set of title words of data/lexicon/titles.tsv, the one
// list of person titles the NER, claim and actor stages share, that carry
// flag. The file is part of the binary and its test parses it, so failing
// to read it is a broken build, not an input error.
func titleSet(flag string) map[string]bool {
	titles, err := data.Titles()
	if err != nil {
		panic("claim: " + err.Error())
	}
	m := map[string]bool{}
	for _, t := range titles {
		if t.Has(flag) {
			m[t.Word] = true
		}
	}
	return m
}

// anyTitles are the words of data/lexicon/titles.tsv of every kind.
var anyTitles = func() map[string]bool {
	titles, err := data.Titles()
	if err != nil {
		panic("claim: " + err.Error())
	}
	m := map[string]bool{}
	for _, t := range titles {
		m[t.Word] = true
	}
	return m
}()
