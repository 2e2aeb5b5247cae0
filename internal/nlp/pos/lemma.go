package pos

import "strings"

// lemmaTable turns a word and its Penn tag into its lemma: first the lemma
// it had in the treebanks (only where the rules below would get it wrong),
// then WordNet's irregular forms, then suffix rules checked against
// WordNet's list of base forms (as WordNet's morphy does).
type lemmaTable struct {
	seen map[lemmaKey]string   // (lower, XPOS) → lemma, where the rules miss
	exc  map[lemmaKey]string   // (form, n|v|a) → base (WordNet .exc files)
	base map[lemmaKey]struct{} // (lemma, v|a) (WordNet index files)
}

// lemmaKey is a word and a tag; a struct key saves building a string for
// every lookup.
type lemmaKey struct{ word, tag string }

// wordnetPOS is WordNet's part-of-speech letter for the inflected Penn
// tags, "" for tags whose lemma is the word itself.
func wordnetPOS(xpos string) string {
	switch xpos {
	case "NNS", "NNPS":
		return "n"
	case "VBD", "VBG", "VBN", "VBZ", "VBP", "VB":
		return "v"
	case "JJR", "JJS", "RBR", "RBS":
		return "a"
	}
	return ""
}

// lemma returns the lemma of word tagged xpos.
func (t *lemmaTable) lemma(word, xpos string) string {
	lower := lowerASCIIFast(word)
	if l, ok := t.seen[lemmaKey{lower, xpos}]; ok {
		return l
	}
	return t.rule(word, lower, xpos)
}

// rule is the lemma without the treebank table.
func (t *lemmaTable) rule(word, lower, xpos string) string {
	switch xpos {
	case "NNP":
		return word
	case "NNPS":
		return nounBase(word, "")
	case "CD", "FW", "ADD", "LS", "NFP", "SYM", "GW", "XX":
		return word
	}
	wn := wordnetPOS(xpos)
	if wn == "" {
		return lower
	}
	if b, ok := t.exc[lemmaKey{lower, wn}]; ok {
		return b
	}
	switch wn {
	case "n":
		return nounBase(lower, lower)
	case "v":
		return t.verbBase(lower, xpos)
	}
	return t.adjBase(lower, xpos)
}

func nounBase(w, _ string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// pick returns the first candidate WordNet knows as a base form of wn, or
// fallback.
func (t *lemmaTable) pick(wn, fallback string, cands ...string) string {
	for _, c := range cands {
		if c == "" {
			continue
		}
		if _, ok := t.base[lemmaKey{c, wn}]; ok {
			return c
		}
	}
	return fallback
}

func undouble(s string) string {
	n := len(s)
	if n >= 2 && s[n-1] == s[n-2] && strings.IndexByte("bdfgklmnprtvz", s[n-1]) >= 0 {
		return s[:n-1]
	}
	return ""
}

func (t *lemmaTable) verbBase(w, xpos string) string {
	switch {
	case xpos == "VBZ" || (xpos == "VBP" || xpos == "VB") && strings.HasSuffix(w, "s"):
		if strings.HasSuffix(w, "ies") {
			return t.pick("v", w[:len(w)-3]+"y", w[:len(w)-3]+"y")
		}
		if strings.HasSuffix(w, "es") {
			return t.pick("v", w[:len(w)-1], w[:len(w)-2], w[:len(w)-1])
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-1]
		}
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := w[:len(w)-3]
		return t.pick("v", stem, stem, stem+"e", undouble(stem), strings.TrimSuffix(stem, "y")+"ie")
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		stem := w[:len(w)-2]
		guess := stem
		if strings.HasSuffix(stem, "e") || strings.IndexByte("aeiou", stem[len(stem)-1]) < 0 && len(stem) > 1 && strings.IndexByte("aeiou", stem[len(stem)-2]) >= 0 && strings.IndexByte("cgsvz", stem[len(stem)-1]) >= 0 {
			guess = stem + "e"
		}
		return t.pick("v", guess, stem, stem+"e", w[:len(w)-1], undouble(stem))
	}
	return w
}

func (t *lemmaTable) adjBase(w, xpos string) string {
	var stem string
	switch {
	case strings.HasSuffix(w, "est") && (xpos == "JJS" || xpos == "RBS"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "er") && (xpos == "JJR" || xpos == "RBR"):
		stem = w[:len(w)-2]
	default:
		return w
	}
	if stem == "" {
		return w
	}
	cands := []string{stem, stem + "e", undouble(stem)}
	if strings.HasSuffix(stem, "i") {
		cands = append(cands, stem[:len(stem)-1]+"y")
	}
	return t.pick("a", w, cands...)
}
