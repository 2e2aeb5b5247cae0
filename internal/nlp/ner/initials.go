package ner

import "iter"

// initials is the set of the first bytes of the words of some word lists:
// a word whose first byte is not in it is in none of them, which a rule
// that tries every word of a sentence against a list of names (most
// words are lower case, most names capitalised) learns without a map
// look-up. Built from the lists themselves, it says exactly what they
// say.
type initials struct {
	first [256]bool
	empty bool // a list holds ""
}

func initialsOf(lists ...iter.Seq[string]) *initials {
	in := &initials{}
	for _, words := range lists {
		for w := range words {
			if w == "" {
				in.empty = true
				continue
			}
			in.first[w[0]] = true
		}
	}
	return in
}

// has reports whether w may be in the lists: false only when it is in
// none of them.
func (in *initials) has(w string) bool {
	if w == "" {
		return in.empty
	}
	return in.first[w[0]]
}
