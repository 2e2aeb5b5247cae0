package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// headerBlocks finds statement headers of the press-release kind: a
// paragraph that is only a speaker and a colon ("FCO Minister Alistair
// Burt:", "The Foreign Secretary:") opens the statement printed in the
// paragraphs after it. The header is the reporting act, as "X said:" is;
// its content is the next paragraph, and extendBlocks carries it over
// the following ones.
func (st *state) headerBlocks() {
	for si, r := range st.sentTok {
		a, b := r[0], r[1]
		if a < 0 || b-a < 2 || b-a > 14 {
			continue
		}
		colon := b - 1
		if st.toks[colon].Text != ":" || b >= len(st.toks) || !st.toks[b].Newline {
			continue // not a paragraph of its own ending in a colon
		}
		if a > 0 && !st.toks[a].Newline {
			continue // the colon ends a sentence inside a paragraph
		}
		if st.claimIn(a, colon, st.drafts) || st.finiteVerbIn(si, a, colon) {
			continue // "X said:" is a cue of its own; "Here is what we know:" is no header
		}
		// the header names its speaker with capitals ("Minister for
		// Africa, Jane Doe", "The Defence Secretary")
		capped := false
		for k := a; k < colon; k++ {
			if st.toks[k].Word && !st.toks[k].Cap && !prepositions(st.norm(k)) && st.norm(k) != "the" && st.norm(k) != "and" {
				capped = false
				break
			}
			if st.toks[k].Word && st.toks[k].Cap {
				capped = true
			}
		}
		if !capped {
			continue
		}
		spk, ok := st.subject(si, a, colon)
		if !ok {
			continue
		}
		if st.inPP(spk.a, a) {
			// "The Minister for Africa:": the title speaks, not the place
			// it names
			from := a
			if st.norm(from) == "the" {
				from++
			}
			spk = speaker{a: from, b: colon, ent: -1}
		}
		end := st.paragraphEnd(b)
		d := draft{cueA: colon, cueB: colon + 1, contA: b, contB: end + 1, spk: spk, block: true}
		if st.isOpenQuote(b) {
			d.contA, d.direct = b+1, true
		}
		st.addDraft(d)
	}
}

// headlineSource reads a headline that names its source after a dash or
// colon at its end ("Three soldiers killed in shelling - MoD", "Rebels
// seize two villages: Army", "... – Kremlin"): the body named there
// says what the headline reports, as "..., MoD says" would. The
// headline is the document's first sentence, a paragraph of its own
// without a closing full stop; the source is one to three capitalised
// words closing it, with no cue of the headline's own.
func (st *state) headlineSource() {
	if len(st.sentTok) == 0 {
		return
	}
	a, end := st.sentTok[0][0], st.sentTok[0][1]
	if a != 0 || end < len(st.toks) && !st.toks[end].Newline {
		return
	}
	if st.headlineSourceAt(a, end) {
		return
	}
	// the source may close the headline's first clause, before a
	// semicolon ("Troops crossed the line: PLA; China urges restraint")
	for k := a; k < end; k++ {
		if st.toks[k].Text == ";" && !st.inQuote(k) {
			st.headlineSourceAt(a, k)
			return
		}
	}
}

// headlineSourceAt reads the source closing the headline words [a, b)
// (headlineSource), and reports whether it found one.
func (st *state) headlineSourceAt(a, b int) bool {
	if b-a < 6 || st.claimIn(a, b, st.drafts) {
		return false
	}
	k := b
	for k > b-3 && k > a && st.toks[k-1].Word && st.toks[k-1].Cap && !st.inQuote(k-1) {
		k--
	}
	if k > a+2 && (st.norm(k-1) == "of" || st.norm(k-1) == "for") && st.toks[k-2].Word && st.toks[k-2].Cap {
		// "... - Ministry of Defense", "... - Ministry for Foreign
		// Affairs": the body's name runs over its "of"
		j := k - 2
		for j > k-4 && j > a && st.toks[j-1].Word && st.toks[j-1].Cap {
			j--
		}
		if d := st.toks[j-1].Text; d == "-" || d == "–" || d == "—" || d == ":" {
			k = j
		}
	}
	if k == b || k-1 <= a+3 {
		return false
	}
	switch st.toks[k-1].Text {
	case "-", "–", "—", ":":
	default:
		return false
	}
	if st.toks[k-1].Text != ":" && st.toks[k-2].End == st.toks[k-1].Start {
		return false // a hyphen inside a word's run, not a dash set off by spaces
	}
	spk := speaker{a: k, b: b, ent: -1}
	if ei, ea, ok := st.entityEndingAt(b); ok && ea == k {
		spk = st.speakerFromEntity(ei, k, b)
	} else if !sourceBodyWord(st.norm(b - 1)) {
		return false // "Peace talks resume: Geneva": a place or topic, not a source
	}
	if spk.side == "" {
		spk.actor, spk.side = st.namedBodyOf(st.norm(b - 1))
	}
	if spk.side == "" && b-k > 1 {
		spk.actor, spk.side = st.bodyNamedInFull(k, b)
	}
	st.addDraft(draft{cueA: k - 1, cueB: k, contA: a, contB: k - 1, spk: spk})
	return true
}

// namedBodyOf: the actor and side of the first body of the story that
// a short name stands for: "MoD" the ministry of defence the story
// names in full ("the Ministry of Defense of Azerbaijan"), "MFA" its
// foreign ministry, "Army" or "Police" a body whose name ends in that
// word ("Azerbaijani Army").
func (st *state) namedBodyOf(w string) (string, string) {
	var keys []string
	switch w {
	case "mod":
		keys = []string{"minist", "defen"}
	case "mofa", "mfa":
		keys = []string{"minist", "foreign"}
	case "mond":
		keys = []string{"minist", "national defen"}
	}
	for _, e := range st.doc.Entities {
		if e.Side == "" {
			continue
		}
		t := strings.ToLower(e.Text)
		ok := len(keys) > 0
		for _, key := range keys {
			ok = ok && strings.Contains(t, key)
		}
		if len(keys) == 0 {
			ok = strings.HasSuffix(t, " "+w) && strings.Contains(t, " ")
		}
		if ok {
			return e.Actor, e.Side
		}
	}
	return "", ""
}

// bodyNamedInFull: the actor and side of the first sided body of the
// story whose name holds the words of tokens [a, b) ("Border Service" for
// "the Border Service of Kyrgyzstan"), as a headline shortens a name the
// story gives in full.
func (st *state) bodyNamedInFull(a, b int) (string, string) {
	name := strings.ToLower(st.doc.Text[st.toks[a].Start:st.toks[b-1].End])
	for _, e := range st.doc.Entities {
		if e.Side == "" || e.Start < st.toks[b-1].End {
			continue
		}
		if t := strings.ToLower(e.Text); t != name && strings.Contains(t, name) {
			return e.Actor, e.Side
		}
	}
	return "", ""
}

// sourceBodyWord: the last word of a headline's closing source names a
// body that speaks ("MoD", "Army", "Ministry", "Police").
func sourceBodyWord(w string) bool {
	switch w {
	case "mod", "mofa", "mfa", "mond", "army", "ministry", "police", "military", "kremlin", "pentagon", "service",
		"government", "spokesman", "spokesperson", "official", "officials", "un", "idf", "who", "ukraine",
		"minister", "president", "governor", "command", "forces", "office":
		return true
	}
	return false
}

// headlineClause: a draft of the headline whose speaker follows a comma
// after a clause of its own and whose object is a single word
// ("Gunmen raid border post, Niger confirms casualties", "Rebels take the
// town, army admits losses"): the speaker confirms or admits the
// event the clause before the comma tells, which becomes the content.
//
// A list line does so too, and a semicolon may stand for the comma: "LNA
// says it shot down a GNA jet; Tripoli denies" (what is denied is the
// clause before the semicolon).
func (st *state) headlineClause(d *draft) bool {
	if len(st.sentTok) == 0 || d.spk.a <= 0 || d.cueA < 0 {
		return false
	}
	si := st.sentOf[d.cueA]
	if si < 0 {
		return false
	}
	a, b := st.sentTok[si][0], st.sentTok[si][1]
	if si != 0 && !st.headingLine(a, b) {
		return false
	}
	if b < len(st.toks) && !st.toks[b].Newline || st.toks[b-1].Text == "." || st.norm(d.spk.a-1) != "," && st.norm(d.spk.a-1) != ";" {
		return false
	}
	if st.norm(d.spk.a-1) == ";" {
		for k := d.spk.a - 2; k > a; k-- {
			if st.norm(k) == ";" {
				a = k + 1 // the clause just before the semicolon
				break
			}
		}
	}
	switch c, _ := st.cueAt(d.cueA); c.lemma {
	case "confirm", "admit", "acknowledge", "deny", "report", "claim", "say":
	default:
		return false
	}
	comma := d.spk.a - 1
	words := 0
	for k := a; k < comma; k++ {
		if st.toks[k].Word {
			words++
		}
	}
	if words < 3 || st.inQuote(comma) {
		return false
	}
	d.contA, d.contB = a, comma
	return true
}

// headlineTailSpeaker reads the source that closes a headline line after
// its cue (", says CSP", ", says alliance", ", claims rebel group"): one
// to three words up to the line's end, which has no full stop, the last
// a name of the story's bodies or a body's noun. A short name is the story's body whose name
// holds that word ("alliance" the Myanmar National Democratic Alliance
// Army, "CSP" the CSP-DPA).
func (st *state) headlineTailSpeaker(j, b int) (speaker, bool) {
	if b < len(st.toks) && !st.toks[b].Newline || b <= j || !st.toks[b-1].Word {
		return speaker{}, false
	}
	if st.norm(j) == "the" {
		j++
	}
	if b-j < 1 || b-j > 3 {
		return speaker{}, false
	}
	for k := j; k < b; k++ {
		if !st.toks[k].Word || st.inQuote(k) {
			return speaker{}, false
		}
	}
	if ei, eb, ok := st.entityStartingAt(j); ok && eb == b {
		if e := st.doc.Entities[ei]; (e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation) && e.Side == "" {
			return speaker{}, false // "..., says Kassala": a place with no party to speak for it
		}
		return st.speakerFromEntity(ei, j, b), true
	}
	w := st.norm(b - 1)
	if !(st.toks[b-1].Cap || speakerNouns[w] || sourceBodyWord(w) || groupWords[w]) {
		return speaker{}, false
	}
	spk := speaker{a: j, b: b, ent: -1}
	spk.actor, spk.side = st.namedBodyOf(w)
	if spk.side == "" {
		spk.actor, spk.side = st.bodyNamedWith(w)
	}
	if spk.side == "" && !speakerNouns[w] && !sourceBodyWord(w) && !groupWords[w] {
		return speaker{}, false // a capitalised word the story names no body by: a place, a topic
	}
	return spk, true
}

// groupWords name an armed group or coalition by its kind.
var groupWords = map[string]bool{"alliance": true, "coalition": true, "rebels": true, "insurgents": true, "militia": true, "movement": true, "front": true}

// bodyNamedWith: the actor and side of the story's first sided body or
// group whose name holds the word w as a word of its own or before a
// hyphen ("alliance" in "Myanmar National Democratic Alliance Army",
// "csp" in "CSP-DPA").
func (st *state) bodyNamedWith(w string) (string, string) {
	for _, e := range st.doc.Entities {
		if e.Side == "" || e.Kind == parallax.KindPerson || e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation {
			continue
		}
		for _, name := range []string{e.Text, e.Actor} {
			for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
				if f == w {
					return e.Actor, e.Side
				}
			}
		}
	}
	return "", ""
}
