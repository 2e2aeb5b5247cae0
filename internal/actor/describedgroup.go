package actor

import "strings"

// Non-state parties a story names after a description of what they are
// ("the armed movement RED-Tabara said", "the separatist group Southern
// Front"). The description before the name says the body is armed, so the
// recogniser's label for the name (a person, a place: unknown names of
// one hyphenated word are often read so) does not matter.

// describedNouns close a description of an armed body written before its
// name ("the armed movement", "the rebel group", "the jihadist
// organisation"); "militia" is armed by itself ("the militia NAME").
var describedNouns = map[string]bool{
	"group": true, "movement": true, "organisation": true, "organization": true, "faction": true,
	"militia": true, "outfit": true, "coalition": true, "alliance": true, "front": true,
}

// describedNameStop are capitalised words that start no party's name
// after a description ("the rebel group on Monday").
var describedNameStop = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"i": true,
}

// describedBeforeName finds the names written right after "the" and a
// description of an armed body ("The armed movement RED-Tabara", "the
// rebel group Southern Front (SF)") that the base does not know, and adds
// each as a group: its side is the acronym the story defines after it,
// else the initials the story uses, else the name's letters. A name that
// holds a state's word or a non-party's word, or that the base knows, is
// left to the stage's other rules.
func (st *docState) describedBeforeName(add func(unlistedGroup)) {
	for i := 0; i+2 < len(st.toks); i++ {
		if st.toks[i].Norm != "the" {
			continue
		}
		// "the" [adjectives] NOUN: at least one armed adjective, or the
		// noun "militia"
		j := i + 1
		armed := false
		for j < len(st.toks) && j <= i+3 && st.toks[j].Word && !st.toks[j].Cap && !describedNouns[st.toks[j].Norm] {
			if armedAdjectives[st.toks[j].Norm] {
				armed = true
			}
			j++
		}
		if j >= len(st.toks) || !describedNouns[st.toks[j].Norm] || st.toks[j].Cap || st.sentOf[j] != st.sentOf[i] {
			continue
		}
		if st.toks[j].Norm == "militia" {
			armed = true // "the militia NAME", "the pro-integration militia NAME"
		}
		if !armed {
			continue
		}
		a := j + 1
		b := a
		for b < len(st.toks) && st.sentOf[b] == st.sentOf[i] && st.toks[b].Word && (st.toks[b].Cap || b > a && st.describedNameLink(b)) {
			b++
		}
		for b > a && nameLinks[st.toks[b-1].Norm] {
			b-- // a name ends in a name's word
		}
		if b == a || describedNameStop[st.toks[a].Norm] || st.toks[a].InQuote {
			continue
		}
		words := st.words(a, b)
		if st.knownPhrase(words) || st.stateWordIn(a, b) || hardNonParty(words) {
			continue
		}
		if _, ok := st.kb.exact[st.nameText(a, b)]; ok {
			continue
		}
		acr := st.acronymAfter(b)
		if acr == "" {
			acr = st.usedInitials(a, b)
		}
		side := sideCode(acr)
		if side == "" {
			// the description is the name's armed head: three or more
			// capitalised words go by their initials ("the militia Besi
			// Merah Putih" -> BMP)
			side = st.initialsOf(a, b)
		}
		if side == "" {
			side = sideCode(st.nameText(a, b))
		}
		add(unlistedGroup{words: words, acronym: acr, side: side, name: st.nameText(a, b)})
	}
}

// describedNameLink: token k may stand inside a name after its first
// word: a small linking word followed by a capitalised one ("Front for
// the Liberation"), or an Arabic article's prefix ("Ahrar al-Sham").
func (st *docState) describedNameLink(k int) bool {
	n := st.toks[k].Norm
	if nameLinks[n] {
		return k+1 < len(st.toks) && (st.toks[k+1].Cap || nameLinks[st.toks[k+1].Norm])
	}
	return strings.HasPrefix(n, "al-") || strings.HasPrefix(n, "el-") || strings.HasPrefix(n, "ad-") || strings.HasPrefix(n, "ar-")
}

// ownAcronym: the story defines for the name ending at b an acronym the
// base does not know ("the National Resistance Front (NRF)"): a listed
// group's words inside the name ("Resistance Front") do not make it that
// group's unit, since its own short name is not the listed group's.
func (st *docState) ownAcronym(b int) bool {
	acr := st.acronymAfter(b)
	if acr == "" || st.kb.groupSides[acr] {
		return false
	}
	if _, ok := st.kb.exact[acr]; ok {
		return false
	}
	_, ok := st.kb.phrases[strings.ToLower(acr)]
	return !ok
}
