package ner

import (
	"strings"
	"testing"
)

func TestStorms(t *testing.T) {
	for _, c := range []struct{ doc, tags, want string }{
		{"Cyclone Vanta struck the coast", "B-PER I-PER O O O", "B-MISC I-MISC O O O"},
		{"Hurricane Delia weakened | Delia moved inland", "B-ORG I-ORG O | B-PER O O", "B-MISC I-MISC O | B-MISC O O"},
		{"before Tropical Storm Orlo arrived", "O O O B-PER O", "O B-MISC I-MISC I-MISC O"},
		{"as Typhoon Kemal neared Luzon", "O O B-PER O B-LOC", "O B-MISC I-MISC O B-LOC"},
		// A head inside a longer name, or before a longer name, stays.
		{"the National Hurricane Center said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"Hurricane Relief Fund donors", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		// A head in lower case, or with no tagged name after it.
		{"the storm Reya hit", "O O B-PER O", "O O B-PER O"},
		{"Storm damage in Orvik", "O O O B-LOC", "O O O B-LOC"},
		// A person who shares no name with a storm keeps the type.
		{"Storm Ciara came | Ciara Doyle said", "B-PER I-PER O | B-PER I-PER O", "B-MISC I-MISC O | B-PER I-PER O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.doc, "|") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, "|") {
			tags = append(tags, strings.Fields(s))
		}
		storms(sents, tags)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q: got %s, want %s", c.doc, g, c.want)
		}
	}
}
