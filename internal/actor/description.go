package actor

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// describedPersons adds the descriptions by which real copy takes up a
// person it named a sentence or two before, instead of the name, a
// pronoun or the person's title: "The French politician, who ..., says",
// "said the 52-year-old", "The veteran diplomat told reporters", "said
// the young father". The description is no title of an office (the role
// anaphora read those: "the minister said"), so only the nearness of the
// person, not the title, links the two (describedAntecedent).
func (st *docState) describedPersons() {
	added := false
	for i, t := range st.toks {
		if !t.Word || t.InQuote || st.cover[i] || !(descriptionNouns[t.Norm] || ageNoun(t.Norm)) {
			continue
		}
		// THE [one to three modifiers] NOUN: lower-case words, ages
		// ("the 52-year-old father") and a demonym ("the French
		// politician"), which must then agree with the person's state
		d, demonym := i-1, ""
		for d >= 0 && i-d <= 3 && st.toks[d].Word && !st.toks[d].InQuote && st.toks[d].Norm != "the" {
			w := st.toks[d]
			if l, ok := st.lexStarting(d); ok && w.Cap && l.b == d+1 {
				h, isDemonym := l.first(hitDemonym)
				if !isDemonym {
					break
				}
				demonym = st.kb.Countries[h.idx].Side
			} else if w.Cap || st.cover[d] || verbAfterSubject[w.Norm] || !(descriptionModifiers[w.Norm] || ageNoun(w.Norm)) {
				break
			}
			d--
		}
		if d < 0 || st.toks[d].Norm != "the" || st.cover[d] || st.sentOf[d] != st.sentOf[i] {
			continue
		}
		if !st.describedSpeakerContext(d, i) || st.introducedUnnamed(d, i) {
			continue
		}
		// (the mention starts after the article, as the claim stage
		// reads a speaker's phrase, and after the demonym's own mention,
		// if any)
		a := d + 1
		if st.covered(d, i) {
			a = i
			for k := i - 1; k > d && !st.cover[k]; k-- {
				a = k
			}
		}
		st.add(mention{a: a, b: i + 1, anaphor: "described", role: demonym})
		added = true
	}
	if added {
		sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
	}
}

// describedSpeakerContext: the description at tokens [d, i] is a subject
// of a verb ("The veteran diplomat told"), the subject of a sentence held
// by a relative clause or an apposition ("The French politician, who
// ..., says"), or the speaker after an inverted cue ("said the
// 52-year-old").
func (st *docState) describedSpeakerContext(d, i int) bool {
	j := i + 1
	if isAdverb(st.tokNorm(j)) || st.tokNorm(j) == "also" {
		j++
	}
	if v := st.tokNorm(j); verbAfterSubject[v] && !isAuxiliary(v) || findingVerbs[v] {
		return true
	}
	if st.tokNorm(i+1) == "," && (d == 0 || st.sentOf[d-1] != st.sentOf[d]) {
		return true
	}
	// (`," said the 52-year-old`, not "said the activist had called",
	// whose noun opens the reported clause)
	if d < 2 || !invertedDescriptionCues[st.tokNorm(d-1)] {
		return false
	}
	switch st.toks[d-2].Text {
	case ",", "\"", "”", "’", "'":
		return true
	}
	return false
}

// introducedUnnamed: the description's noun at i was brought in without
// a name a sentence or two before ("police arrested an opposition
// activist ... the activist"), so it takes up that unnamed person, not
// the last named one.
func (st *docState) introducedUnnamed(d, i int) bool {
	for k := d - 1; k >= 0 && st.sentOf[k] >= st.sentOf[d]-2; k-- {
		if st.toks[k].Norm != st.toks[i].Norm {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if w := st.toks[j].Norm; w == "a" || w == "an" || w == "one" {
				// (not an apposition or a predicate of a name: "NAME, a
				// veteran diplomat,", "NAME is a veteran diplomat")
				p := st.tokNorm(j - 1)
				return p != "," && p != "is" && p != "was" && p != "as"
			}
			if !st.toks[j].Word {
				break
			}
		}
	}
	return false
}

// describedAntecedent: the person a description takes up is the last
// named person a sentence or two before (the subject first), of the
// description's demonym's state when it has one.
func (st *docState) describedAntecedent(i int) int {
	m := st.ments[i]
	for _, subj := range []bool{true, false} {
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-2 {
				break
			}
			if !a.resolved || a.inQuote || a.kind != parallax.KindPerson || a.actor == "" || a.anaphor != "" && a.anaphor != "he" || subj && !a.subject {
				continue
			}
			if m.role != "" && a.side != "" && a.side != m.role {
				continue
			}
			return j
		}
	}
	return -1
}

// ageNoun: "52-year-old", the description of a person by age.
func ageNoun(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// descriptionNouns describe a person by a trade, a calling or a family
// role, as real copy takes up someone it named before; not titles of
// offices (lexicon roles), which the role anaphora read, and not "man",
// "woman", which copy also uses for people it never names.
var descriptionNouns = map[string]bool{
	"politician": true, "diplomat": true, "professional": true, "veteran": true,
	"activist": true, "campaigner": true, "academic": true, "scholar": true, "economist": true,
	"businessman": true, "businesswoman": true, "entrepreneur": true, "tycoon": true, "billionaire": true,
	"novelist": true, "writer": true, "author": true, "singer": true, "musician": true, "artist": true,
	"actor": true, "actress": true, "filmmaker": true, "athlete": true,
	"father": true, "mother": true, "grandfather": true, "grandmother": true, "widow": true, "widower": true,
	"teenager": true, "pensioner": true, "retiree": true,
}

// descriptionModifiers may stand between "the" and a description noun.
var descriptionModifiers = map[string]bool{
	"young": true, "veteran": true, "elderly": true, "former": true, "seasoned": true, "retired": true,
	"longtime": true, "career": true, "conservative": true, "liberal": true, "outspoken": true,
	"exiled": true, "jailed": true, "grieving": true, "single": true,
}

// invertedDescriptionCues put the speaker after them: "said the
// 52-year-old".
var invertedDescriptionCues = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "explained": true, "recalled": true,
	"continued": true, "insisted": true, "asked": true, "wrote": true,
}
