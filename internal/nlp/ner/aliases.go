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
func firmShortNames(sents, tags [][]string, gaz *Gazetteer, chunks chunkMemos) {
	firms := map[string]bool{}
	other := map[string]bool{}
	for i, s := range sents {
		for _, ch := range chunks.of(i, tags[i]) {
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

// bodyRoles are the titles of a firm's or a body's people that news
// writes between its name and a person's ("LibriVox founder Hugh
// McGuire", "Kolvo spokeswoman Ana Lind"); a product, an event or a
// people has none of them.
var bodyRoles = map[string]bool{
	"founder": true, "co-founder": true, "cofounder": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "CEO": true, "chairman": true,
	"chairwoman": true,
}

// actingVerbs are verbs whose subject acts as a speaker or an agent: a
// body or a person, not a product or a people ("Safaricom warned"),
// besides the verbs of speech.
var actingVerbs = map[string]bool{
	"warned": true, "warns": true, "urged": true, "urges": true, "denied": true,
	"denies": true, "confirmed": true, "confirms": true, "stated": true,
	"insisted": true, "argued": true, "declined": true,
}

// miscBodies makes organisations of a one-word MISC name that the
// document shows to be a body or a firm at one of its mentions: a title
// of a body's people and a person after it ("[MISC LibriVox] founder
// [PER Hugh McGuire]"), or a verb of speech or action after it, not after
// an article ("[MISC Safaricom] warned"). The model reads web sites,
// platforms and firms it does not know as products; every mention of the
// name in the document becomes the body, but one after "a" or "an",
// which is a product ("an Orvelo phone"). Nationalities and peoples,
// which the gazetteer knows, are left alone ("Kurdish leader").
func miscBodies(sents, tags [][]string, gaz *Gazetteer) {
	var bodies map[string]bool
	for i, s := range sents {
		chunks := Chunks(tags[i])
		for ci, ch := range chunks {
			if ch.Type != "MISC" || ch.End-ch.Start != 1 || ch.End >= len(s) {
				continue
			}
			w, next := s[ch.Start], s[ch.End]
			body := bodyRoles[next] && ci+1 < len(chunks) && chunks[ci+1].Type == "PER" && chunks[ci+1].Start == ch.End+1
			if !body && (speechVerbs[next] || actingVerbs[next]) {
				body = ch.Start == 0 || !articles[s[ch.Start-1]] && s[ch.Start-1] != "the" && s[ch.Start-1] != "a" && s[ch.Start-1] != "an"
			}
			if !body || gaz != nil && gaz.Lookup(strings.ToLower(w))&(placeKinds|1<<GazDemonym) != 0 {
				continue
			}
			if bodies == nil {
				bodies = map[string]bool{}
			}
			bodies[w] = true
		}
	}
	if bodies == nil {
		return
	}
	for i, s := range sents {
		for _, ch := range Chunks(tags[i]) {
			if ch.Type != "MISC" || ch.End-ch.Start != 1 || !bodies[s[ch.Start]] {
				continue
			}
			if ch.Start > 0 && (strings.EqualFold(s[ch.Start-1], "a") || strings.EqualFold(s[ch.Start-1], "an")) {
				continue
			}
			tags[i][ch.Start] = "B-ORG"
		}
	}
}
