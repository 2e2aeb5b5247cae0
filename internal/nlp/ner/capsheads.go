package ner

import "strings"

// capsHeadlines types the names of a sentence written in capitals (an
// agency headline: "RUSSIA 'S LEBED SAYS CHECHNYA DEAL HOLDING .") by the
// mentions of the same names in the document's other sentences, which
// are in ordinary case. In capitals a word loses the clue the model
// leans on most (a capital letter opening a name among lower-case
// words), so it reads a surname such as "LEBED" or "DOLE" as an
// organisation or misses it; the story's body, which names "Alexander
// Lebed", settles it. A name of the headline takes the type the body
// gives the same words (compared in lower case), or a person's type when
// it is the surname of a person the body names in full; a name of two
// types in the body, or one the body does not name, is left to the
// model. A run of capitals that cuts no name is tagged (the names inside
// it replaced) only where it is such a name, the longest first, so that
// headline words the body uses as common words ("DEAL", "TALKS") stay
// untagged.
//
// A headline in title case opening the document ("South Korea Downgrades
// Ties With Cyprus") is read the same way, a run being capitalised words
// there; in both kinds a
// name the body knows may end inside a name the model tagged, whose rest
// is then untagged ("[South Korea Downgrades]" becomes "[South Korea]"
// when the body names South Korea), unless that rest holds a joining word
// (cuttable).
//
// A headline also names a body or a person by part of the body's name:
// a firm without its legal form ("HALLORAN DYNE" of "Halloran Dyne Plc",
// "SUMITOMO" of "Sumitomo Corp"), a club by the word after its town
// ("MAGIC" of "Orlando Magic", "ORIOLES" of "Baltimore Orioles"), a
// person by the surname without its article ("TURABI" of "Hassan
// al-Turabi") or by a surname of several words or its first ("DE KLERK",
// "SANCHEZ" of "Arantxa Sanchez Vicario"). These shorter forms hold only where the body does not
// name the same words itself (derived).
func capsHeadlines(sents, tags [][]string, gaz *Gazetteer) {
	caps := make([]bool, len(sents))
	title := make([]bool, len(sents))
	any := false
	for i, s := range sents {
		caps[i] = capsSentence(s)
		title[i] = i == 0 && !caps[i] && titleSentence(s)
		any = any || caps[i] || title[i]
	}
	if !any {
		return
	}
	known := map[string]string{}
	note := func(key, typ string) {
		if old, ok := known[key]; ok && old != typ {
			typ = ""
		}
		known[key] = typ
	}
	derived := map[string]string{}
	derive := func(key, typ string) {
		if old, ok := derived[key]; ok && old != typ {
			typ = ""
		}
		derived[key] = typ
	}
	longest := 0
	for i, s := range sents {
		if caps[i] || title[i] || dateline(s) {
			continue
		}
		for _, ch := range Chunks(tags[i]) {
			words := s[ch.Start:ch.End]
			if ch.Start == 0 && len(words) == 1 {
				// A capitalised first word is the model's least sure
				// name ("Coffee futures jumped").
				continue
			}
			note(lowerJoin(words), ch.Type)
			longest = max(longest, len(words))
			n := len(words)
			if ch.Type == "PER" && n >= 2 {
				last := strings.ToLower(words[n-1])
				note(last, "PER")
				// Surnames of more than one word and their first word:
				// "DE KLERK" of "F.W. de Klerk", "SANCHEZ" of "Arantxa
				// Sanchez Vicario".
				for k := 1; k < n-1; k++ {
					derive(lowerJoin(words[k:]), "PER")
					if startsUpper(words[k]) {
						derive(strings.ToLower(words[k]), "PER")
					}
				}
				for _, art := range [...]string{"al-", "el-"} {
					if b, ok := strings.CutPrefix(last, art); ok && b != "" {
						derive(b, "PER")
					}
				}
			}
			if ch.Type == "ORG" && n >= 2 {
				// Without all its legal forms ("MITSUI FUDOSAN" of
				// "Mitsui Fudosan Co Ltd"); not a place ("Kenya" of
				// "Kenya Airways").
				m := n
				for m > 1 && companyHeads[words[m-1]] {
					m--
				}
				if m < n && (gaz == nil || gaz.Lookup(lowerJoin(words[:m]))&(placeKinds|1<<GazDemonym) == 0) {
					derive(lowerJoin(words[:m]), "ORG")
				}
				if gaz != nil && startsUpper(words[n-1]) && gaz.Lookup(lowerJoin(words[:n-1]))&placeKinds != 0 &&
					gaz.Lookup(strings.ToLower(words[n-1]))&placeKinds == 0 {
					derive(strings.ToLower(words[n-1]), "ORG")
				}
			}
		}
	}
	for k, typ := range derived {
		if _, ok := known[k]; !ok && typ != "" {
			known[k] = typ
		}
	}
	if len(known) == 0 {
		return
	}
	longest = min(longest, maxPhrase)
	for i, s := range sents {
		if !caps[i] && !title[i] {
			continue
		}
		word := capsWord
		if title[i] {
			word = startsUpper
		}
		t := tags[i]
		for j := 0; j < len(s); j++ {
			if !word(s[j]) || t[j][0] == 'I' {
				continue
			}
			for l := min(longest, len(s)-j); l >= 1; l-- {
				e := j + l
				if !word(s[e-1]) {
					continue // a run ends on a word
				}
				ok := true
				for k := j + 1; k < e-1 && ok; k++ {
					ok = word(s[k]) || !hasLetter(s[k])
				}
				if !ok {
					continue
				}
				typ := known[lowerJoin(s[j:e])]
				if typ == "" || e < len(s) && t[e][0] == 'I' && !cuttable(s, t, e) {
					continue
				}
				// The rest of a name the run ends inside is untagged.
				for k := e; k < len(s) && t[k][0] == 'I'; k++ {
					t[k] = "O"
				}
				setSpan(t, j, e, typ)
				j = e - 1
				break
			}
		}
	}
}

// cuttable reports whether the rest of a name from e on may be untagged:
// not when it holds a joining word, as a body's name does ("U.S.
// [Department of Defense]"), while the headline words the model joins to
// a name have none ("[South Korea] Downgrades").
func cuttable(s, t []string, e int) bool {
	for k := e; k < len(s) && t[k][0] == 'I'; k++ {
		switch s[k] {
		case "of", "for", "and", "the", "de", "OF", "FOR", "AND", "THE":
			return false
		}
	}
	return true
}

// titleSentence reports whether a sentence is a headline in title case:
// three or more words of four or more letters, every one of them
// capitalised, and not a dateline or a results line (ending in a figure).
func titleSentence(s []string) bool {
	if len(s) == 0 || isFigure(s[len(s)-1]) || dateline(s) {
		return false
	}
	n := 0
	for _, w := range s {
		if len(w) < 4 || !hasLetter(w) {
			continue
		}
		if !startsUpper(w) {
			return false
		}
		n++
	}
	return n >= 3
}

// capsSentence reports whether a sentence is written in capitals: at least
// two words of two or more letters, and no word with a lower-case letter
// but short ones ("'s", "v"). A dateline line ("NEW YORK 1996-08-25") is
// none: its city is a place even where the body's results lines name a
// club after it; nor is a results or standings line ending in a figure
// ("NEW YORK 35 28 .556 5 1/2"), whose club resultLines has typed.
func capsSentence(s []string) bool {
	if len(s) == 0 || isFigure(s[len(s)-1]) {
		return false
	}
	n := 0
	if dateline(s) {
		return false
	}
	for _, w := range s {
		if !hasLetter(w) {
			continue
		}
		if capsWord(w) {
			n++
			continue
		}
		if len(w) > 2 && !isAllUpper(w) {
			return false
		}
	}
	return n >= 2
}

// setSpan tags words [s, e) as one name of type typ. The rest of a name
// the span ends inside becomes a name of its own, so that the tags stay
// valid BIO.
func setSpan(t []string, s, e int, typ string) {
	t[s] = "B-" + typ
	for k := s + 1; k < e; k++ {
		t[k] = "I-" + typ
	}
	if e < len(t) && t[e][0] == 'I' {
		t[e] = "B" + t[e][1:]
	}
}

// lowerJoin joins words with spaces, in lower case.
func lowerJoin(words []string) string {
	return strings.ToLower(joinSpace(words))
}

// isDate reports whether w is a numeric date, "1996-08-25" or
// "25/08/1996": digits in three groups split by one kind of mark.
func isDate(w string) bool {
	groups, digits := 1, 0
	var mark byte
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == '-' || c == '/' || c == '.') && (mark == 0 || mark == c):
			mark = c
			groups++
		default:
			return false
		}
	}
	return groups == 3 && digits >= 6
}

// dateline reports whether a sentence holds a numeric date: a dateline
// line ("SOUTHAMPTON , England 1996-09-14"), whose town is no club even
// where the story's clubs carry its name.
func dateline(s []string) bool {
	for _, w := range s {
		if isDate(w) {
			return true
		}
	}
	return false
}
