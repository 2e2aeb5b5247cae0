package ner

import "strings"

// firmShortNames tags the short form of a company the document names in
// full with its legal form ("Kessler Automotive AG ... [PER Kessler]
// would keep building engines"): news names a firm once in full, then by
// its first word, which the model, not knowing the word, reads as a
// person or a place. The first word of a name of two or more words that
// ends in a legal form or a firm's kind (companyHeads), anywhere in the
// document, makes an organisation of the same word standing alone as a
// name of another type, or left out mid-sentence. A first word that the
// gazetteer knows as a country, a place or a nationality ("Saudi",
// "Indian Oil Corp") says where the firm is, not which, and is left
// alone, as is a word that some other name of the document begins with
// (two firms or a firm and a person of one name).
func firmShortNames(sents, tags [][]string, gaz *Gazetteer) {
	firms := map[string]bool{}
	other := map[string]bool{}
	for i, s := range sents {
		for _, ch := range Chunks(tags[i]) {
			first := s[ch.Start]
			if ch.Type == "ORG" && ch.End-ch.Start >= 2 && companyHeads[s[ch.End-1]] && startsUpper(first) {
				firms[first] = true
				continue
			}
			if ch.End-ch.Start >= 2 {
				other[first] = true
			}
		}
	}
	for w := range firms {
		if other[w] || len(w) < 3 || gaz != nil && gaz.Lookup(strings.ToLower(w))&(placeKinds|1<<GazDemonym) != 0 {
			delete(firms, w)
		}
	}
	if len(firms) == 0 {
		return
	}
	for i, s := range sents {
		t := tags[i]
		for k, w := range s {
			if !firms[w] {
				continue
			}
			alone := k+1 == len(s) || t[k+1] == "O" || t[k+1][0] == 'B'
			switch {
			case t[k] == "O":
				// Mid-sentence only, a capitalised first word may be a
				// common word; and alone ("Orvelo Park" is another name).
				if k == 0 || !alone || k+1 < len(s) && startsUpper(s[k+1]) {
					continue
				}
			case t[k] == "B-ORG" || t[k][0] == 'I' || !alone:
				continue
			}
			t[k] = "B-ORG"
		}
	}
}
