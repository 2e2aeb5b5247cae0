package actor

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// generational suffixes end a name but are no surname ("Martin Luther
// King Jr.", "Joseph Kabila II").
var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// surnameAt is the folded surname of a name ending at token b: its last
// word, before a generational suffix and its full stop.
func (st *docState) surnameAt(b int) string {
	i := b - 1
	for i > 0 && (st.toks[i].Text == "." || generational[st.toks[i].Norm]) && st.toks[i-1].Word {
		i--
	}
	return lastWord(st.toks[i].Norm)
}

// familyFirst: the first word of the full name of mention n, by which a
// story may name the person alone when the family name comes first ("Wang
// Lihong" ... "Wang said"; "Park Min-jae" ... "Park said"). Only names of two
// or three words whose first word is no known place or body, and is not
// the name's own surname.
func (st *docState) familyFirst(n mention) (string, bool) {
	if n.b-n.a < 2 || n.b-n.a > 3 {
		return "", false
	}
	t := st.toks[n.a]
	if !t.Word || !t.Cap || len(t.Norm) < 2 || t.Norm == n.surname || notNameWords[t.Norm] || serviceWords[t.Norm] {
		return "", false
	}
	// "Israel Katz": "Israel" alone is the state; but the knowledge
	// base's own entry for the whole name ("Lai Ching-te") starts here too
	// and says nothing about the first word alone
	if l, ok := st.lexStarting(n.a); ok && l.b < n.b {
		return "", false
	}
	for i := n.a; i < n.b; i++ {
		if !st.toks[i].Word {
			return "", false // an initial ("J. Smith") or a quoted nickname
		}
	}
	return t.Norm, true
}

// nameKeyReplacer drops apostrophes and splits hyphenated and dotted
// words, for nameKey.
var nameKeyReplacer = strings.NewReplacer("'", "", "’", "", "‘", "", "`", "", "-", " ", "‐", " ", ".", " ", ",", " ")

// nameKey folds a person's name so that spellings that differ only in
// diacritics, apostrophes, hyphens, middle initials or a generational
// suffix meet ("Park Min-jae" and "Park Min Jae", "Orang'o" and
// "Orango", "Martin K. Hollister" and "Martin Hollister").
func nameKey(name string) string {
	f := Fold(name)
	f = nameKeyReplacer.Replace(f)
	var out []string
	for _, w := range strings.Fields(f) {
		if len(w) == 1 || generational[w] {
			continue // an initial, "Jr."
		}
		out = append(out, w)
	}
	if len(out) < 2 {
		return ""
	}
	return strings.Join(out, " ")
}

// unifyPersons gives every mention of one person in the article one
// canonical actor: full names whose keys meet (nameKey) are the same
// person, named by the knowledge base's entry where one of them has it,
// else by their first spelling; mentions already tied to a spelling
// (bare surnames, pronouns later) follow it.
func (st *docState) unifyPersons() {
	canon := map[string]string{} // name key -> canonical actor
	known := map[string]bool{}   // key whose canonical is a knowledge base person
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || !m.resolved || m.actor == "" || m.b-m.a < 2 {
			continue
		}
		k := nameKey(m.actor)
		if k == "" {
			continue
		}
		// only a curated entry names the person over the article's
		// spelling (imported dictionaries spell oddly: "Ibrahim al- Jaafari")
		inKB := false
		if p, ok := st.kb.byName[m.actor]; ok && st.kb.Actors[p].curated {
			inKB = true
		}
		if c, ok := canon[k]; !ok || (inKB && !known[k] && c != m.actor) {
			canon[k], known[k] = m.actor, inKB
		}
	}
	rename := map[string]string{}
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || m.actor == "" {
			continue
		}
		if c, ok := canon[nameKey(m.actor)]; ok && c != m.actor {
			rename[m.actor] = c
		}
	}
	// the two last words of a longer name written before, for a person
	// the base does not know ("Jean-Marie Lefèvre Ndoki" ... "Lefèvre
	// Ndoki said"): a compound surname, the same person
	tails := map[string]mention{}
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || !m.resolved || m.actor == "" {
			continue
		}
		if m.b-m.a >= 3 {
			if k := nameKey(st.nameText(m.b-2, m.b)); k != "" {
				if _, ok := tails[k]; !ok {
					tails[k] = m
				}
			}
			continue
		}
		if m.b-m.a != 2 || rename[m.actor] != "" {
			continue
		}
		if _, ok := st.kb.byName[m.actor]; ok || st.kb.firstNames[st.toks[m.a].Norm] && !compoundSurnameOpeners[st.toks[m.a].Norm] {
			continue // ("José García" after "María José García" may be another; "Ben Salah" after "Naima Ben Salah" is not)
		}
		if long, ok := tails[nameKey(m.actor)]; ok && long.a < m.a && long.actor != m.actor {
			rename[m.actor] = canonOf(canon, long.actor)
		}
	}
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || m.actor == "" || rename[m.actor] != "" {
			continue
		}
		if c, ok := st.honorificGivenName(m); ok {
			rename[m.actor] = canonOf(canon, c)
		}
	}
	if len(rename) == 0 {
		return
	}
	for i := range st.ments {
		m := &st.ments[i]
		if c, ok := rename[m.actor]; ok && m.kind == parallax.KindPerson {
			m.actor = c
			if m.side == "" {
				if p, ok := st.kb.Actor(c); ok {
					m.side = p.Side
				}
			}
		}
	}
}

// canonOf is the canonical actor of a person's name, itself when it has
// none other.
func canonOf(canon map[string]string, actor string) string {
	if c, ok := canon[nameKey(actor)]; ok {
		return c
	}
	return actor
}

// aloneAsName: the capitalised word at token i stands alone as a name:
// not after another capitalised word ("U.S. Space"), not after an
// article ("the Virginia"), and no place or organisation of the
// recogniser or geoparser covers it ("Virginia" the state).
func (st *docState) aloneAsName(i int) bool {
	if i > 0 && st.sentOf[i-1] == st.sentOf[i] {
		p := st.toks[i-1]
		// a title before the name leaves it a name ("President Lai", "Dr.
		// Lai"); another capitalised word makes it part of a longer name
		titled := titleWord(p.Norm) || p.Text == "." && i > 1 && titleWord(st.toks[i-2].Norm)
		if !titled && (p.Word && p.Cap || p.Norm == "the" || p.Norm == "a" || p.Norm == "an" || p.Text == "." && i > 1 && st.toks[i-2].Cap) {
			return false
		}
	}
	t := st.toks[i]
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson && e.Start <= t.Start && t.End <= e.End {
			return false
		}
	}
	return true
}

// titleWord: w is a courtesy, rank or office title that stands before a
// name.
func titleWord(w string) bool {
	return serviceWords[w] || officialTitles[w] || stateTitles[w]
}

// bylineVerbs precede "by" in a credit line ("Reported by", "Written
// by", "Additional reporting by").
var bylineVerbs = map[string]bool{"reported": true, "reporting": true, "written": true, "edited": true, "compiled": true, "produced": true}

// byline: the person mention is the story's reporter, credited by a
// byline ("By Jane Okafor" opening a line, "Reported by ...") or a credit
// ("... contributed to this report"): a pronoun of the story never
// refers to its reporter.
func (st *docState) byline(m mention) bool {
	if m.kind != parallax.KindPerson {
		return false
	}
	if st.tokNorm(m.b) == "contributed" {
		return true
	}
	if m.a == 0 || st.tokNorm(m.a-1) != "by" {
		return false
	}
	by := m.a - 1
	return by == 0 || st.toks[by].Newline || bylineVerbs[st.tokNorm(by-1)]
}

// definiteTitle: "the" opens the title at token a, right before it or
// before one to three capitalised words of a body ("the president", "the
// Air Force general").
func (st *docState) definiteTitle(a int) bool {
	for i := a - 1; i >= 0 && i >= a-4 && st.sentOf[i] == st.sentOf[a]; i-- {
		t := st.toks[i]
		if t.Norm == "the" {
			return true
		}
		if formerWords[t.Norm] {
			continue // "the former French foreign minister"
		}
		if (t.Norm == "'s" || t.Norm == "’s") && i >= 2 && genericPlaces[st.tokNorm(i-1)] && st.tokNorm(i-2) == "the" {
			return true // "the city's mayor", "the region's governor"
		}
		if (t.Norm == "'s" || t.Norm == "’s") && i >= 1 && st.toks[i-1].Cap && st.townAt(i-1) {
			return true // "Solo's mayor", "Kharkiv's governor": the town's one holder
		}
		if !t.Word || !t.Cap || i == a-4 {
			return false
		}
	}
	return false
}

// genericPlaces are the common nouns for a place: after "the" they
// possess a title ("the city's mayor", "the province's governor": the
// office named before in the story), and capitalised after a name they
// end a division's name ("Ann Township").
var genericPlaces = map[string]bool{
	"city": true, "town": true, "region": true, "province": true, "state": true, "county": true,
	"district": true, "capital": true, "village": true, "municipality": true, "oblast": true, "prefecture": true,
	"township": true, "krai": true, "governorate": true,
}

// titleAbbreviations spell out the ranks written short before a name.
var titleAbbreviations = map[string]string{"gen": "general", "col": "colonel", "adm": "admiral", "capt": "captain", "sec": "secretary", "amb": "ambassador", "sen": "senator", "rep": "representative"}

// titledAs: the person mention has the title word head right before the
// name (up to four words back, in its sentence) or in an apposition after
// it ("Lt. Gen. Marcus Hale", "NAME, the interior minister,").
func (st *docState) titledAs(m mention, head string) bool {
	same := func(w string) bool {
		if full, ok := titleAbbreviations[w]; ok {
			w = full
		}
		return w == head || spokesWords[w] && spokesWords[head]
	}
	for i := m.a - 1; i >= 0 && i >= m.a-4 && st.sentOf[i] == m.sent; i-- {
		if same(st.toks[i].Norm) {
			return true
		}
		if st.toks[i].Word && !st.toks[i].Cap && !portfolioWords[st.toks[i].Norm] && !titleQualifiers[st.toks[i].Norm] {
			break
		}
	}
	if st.tokNorm(m.b) == "," {
		for j := m.b + 1; j < len(st.toks) && j <= m.b+8; j++ {
			if t := st.toks[j]; t.Text == "," || t.Text == "." || t.Text == ";" {
				break
			}
			if same(st.toks[j].Norm) {
				return true
			}
		}
	}
	return false
}

// placesNamedAsPersons gives back to the places they are the one-word
// "persons" the recogniser took from a place's name ("shelling of Garis",
// "Karabakh is calm"): the geoparser resolved the same word as a place in
// this document, and nothing in the document makes it a person's name: no
// title or first name before any of its mentions ("President Goris",
// "Michael Jordan"), no longer name of a person that holds it, and no
// reporting verb after it ("Yang said"). A person's name the geoparser
// also resolves keeps one of these marks somewhere in a news story, which
// introduces people before it names them by one word.
func (st *docState) placesNamedAsPersons() {
	feature := map[string]string{} // folded one-word place text -> feature class
	places := map[string]bool{}    // folded place texts
	for _, p := range st.doc.Places {
		k := Fold(p.Text)
		places[k] = true
		if k != "" && !strings.Contains(k, " ") {
			feature[k] = p.Feature
		}
	}
	if len(st.doc.Places) == 0 {
		return
	}
	person := map[string]bool{} // words marked somewhere as a person's
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || places[Fold(e.Text)] {
			continue // a place's longer name ("Nagorno Karabakh") is no person's
		}
		if b-a >= 2 {
			for k := a; k < b; k++ {
				person[st.toks[k].Norm] = true
			}
		}
	}
	for i, t := range st.toks {
		if _, ok := feature[t.Norm]; !ok || !t.Cap {
			continue
		}
		if st.personMarkAt(i) {
			person[t.Norm] = true
		}
	}
	for j := range st.doc.Entities {
		e := &st.doc.Entities[j]
		if e.Kind != parallax.KindPerson || strings.HasPrefix(e.ID, "a") {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a >= 0 && b > a+1 && st.divisionPlaceAt(e.Start, e.End, b-1) {
			// "Ann Township", "Marte Region": a first name before a
			// division's kind word is a place the geoparser resolved
			// over the same words, not a person.
			e.Kind, e.Actor, e.Side = parallax.KindGPE, "", ""
			for k := a; k < b; k++ {
				st.cover[k] = true
			}
			continue
		}
		if a < 0 || b != a+1 {
			continue
		}
		w := st.toks[a].Norm
		f, ok := feature[w]
		if !ok || person[w] {
			continue
		}
		e.Kind, e.Actor, e.Side = parallax.KindLocation, "", ""
		st.cover[a] = true // no bare surname of a longer name either
		if strings.HasPrefix(f, "A.") || strings.HasPrefix(f, "P.") {
			e.Kind = parallax.KindGPE
		}
	}
}

// divisionPlaceAt: the span start..end is, word for word, a place the
// geoparser resolved, and its last word (token last) is a capitalised
// place noun ("Township", "County", "Region": genericPlaces).
func (st *docState) divisionPlaceAt(start, end, last int) bool {
	t := st.toks[last]
	if !t.Cap || !genericPlaces[t.Norm] {
		return false
	}
	for _, p := range st.doc.Places {
		if p.Start == start && p.End == end {
			return true
		}
	}
	return false
}

// personMarkAt: the word at token i is written as a person's name there: a
// title or a first name before it, another capitalised word of a name
// after it, or a reporting verb after it ("Yang said", "Yang told").
func (st *docState) personMarkAt(i int) bool {
	if i > 0 && st.sentOf[i-1] == st.sentOf[i] {
		p := st.toks[i-1]
		if titleWord(p.Norm) || p.Text == "." && i > 1 && titleWord(st.toks[i-2].Norm) || p.Word && p.Cap && st.kb.firstNames[p.Norm] {
			return true
		}
	}
	if i+1 < len(st.toks) && st.sentOf[i+1] == st.sentOf[i] {
		if n := st.toks[i+1]; n.Word && n.Cap && st.kb.firstNames[st.toks[i].Norm] {
			return true
		}
	}
	return st.reportsAfter(i + 1)
}

// townAt: the token at i ends a geoparsed place below a country (a town
// or region, not a country's name), or is a one-word one placed elsewhere.
func (st *docState) townAt(i int) bool {
	t := st.toks[i]
	for _, p := range st.doc.Places {
		if p.Start <= t.Start && t.End == p.End && p.Country != "" {
			a, _ := st.tokenRange(parallax.Span{Start: p.Start, End: p.End})
			return a >= 0 && !st.countryNameAt(a, i+1)
		}
	}
	// a one-word town the geoparser placed elsewhere in the story
	// ("Solo's mayor" after "in Solo")
	for _, p := range st.doc.Places {
		if p.Text == t.Text && p.Country != "" && !st.countryNameAt(i, i+1) {
			return true
		}
	}
	return false
}

// honorificGivenName: the person n is named by a courtesy title and a
// given name alone ("Prince Faisal", "Sheikh Hamad"), and one person named
// before has that given name followed by a patronymic ("Faisal bin Farhan
// Al Saud", "Sheikh Hamad bin Khalifa al-Mansour"): Arabic names have no
// surname to repeat, and news repeats the title and the given name
// instead. It returns that person's actor; a given name two people named
// before share is no one's.
func (st *docState) honorificGivenName(n mention) (string, bool) {
	w := strings.Fields(Fold(n.actor))
	if len(w) != 2 || !honorifics[w[0]] {
		return "", false
	}
	found := ""
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || m.actor == "" || m.actor == n.actor || m.a >= n.a {
			continue
		}
		fw := strings.Fields(Fold(displayName(m.actor)))
		if len(fw) > 0 && honorifics[fw[0]] {
			fw = fw[1:]
		}
		if len(fw) < 3 || fw[0] != w[1] || !patronymicWords[fw[1]] {
			continue
		}
		if found != "" && found != m.actor {
			return "", false
		}
		found = m.actor
	}
	return found, found != ""
}

// patronymicWords join an Arabic given name to the father's ("bin",
// "ibn", "bint"), folded.
var patronymicWords = map[string]bool{"bin": true, "ibn": true, "bint": true}
