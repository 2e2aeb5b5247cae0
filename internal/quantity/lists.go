package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// Loss lists: a military's daily tally printed as one figure per item,
// "tanks — 11,870 (+5);", one line each or all in one sentence after a
// colon ("The total combat losses of the enemy are approximately:
// personnel — about 1,254,130 (+1,130) persons, tanks — 11,870 (+5), ...").
// No verb governs the figures, so the ordinary noun-phrase reading finds
// nothing; the list's lead ("combat losses of the enemy", "Russian losses")
// says whose losses they are, and the body that published it tells them.

// listDashes separate an item from its figure.
var listDashes = map[string]bool{"—": true, "–": true, "-": true, ":": true, "‒": true}

// listApprox are the hedges a figure may carry ("about 1,254,130").
var listApprox = map[string]bool{"about": true, "approximately": true, "around": true, "some": true,
	"nearly": true, "almost": true, "over": true, "roughly": true, "~": true, "up": true, "to": true}

// listUnits may follow a figure ("about 1,130 persons").
var listUnits = map[string]bool{"persons": true, "people": true, "units": true, "pcs": true, "troops": true,
	"soldiers": true, "servicemen": true}

// listSeparators end one entry of a list and may start the next.
var listSeparators = map[string]bool{",": true, ";": true, ".": true, "and": true}

// lossLead words mark the sentence before a list (or its clause before
// the colon) as the announcement of a party's losses.
var lossLead = map[string]bool{"losses": true, "loss": true, "lost": true, "casualties": true,
	"destroyed": true, "eliminated": true, "neutralised": true, "neutralized": true}

// resultLead words mark a lead that announces a table of figures without
// a losses word ("The outcome of the fighting is as follows:", "The
// following results were achieved:", "Its daily tally also listed:"); such
// a lead counts only where it ends in the colon that opens the table.
var resultLead = map[string]bool{"results": true, "result": true, "outcome": true, "outcomes": true,
	"tally": true, "toll": true, "balance": true, "score": true}

// listEntry is one "ITEM — N (+M)" entry: the item's first word, the
// figure's words and value, and the day figure in brackets (day < 0: none).
type listEntry struct {
	first, numFirst, numLast int
	item                     string
	n                        int
	day, dayFirst, dayLast   int
	// label: the item is a table's label of a loss ("Killed", "Tanks
	// destroyed"), not a bare item noun
	label bool
}

// listBullets may open a table's line.
var listBullets = map[string]bool{"-": true, "•": true, "*": true, "–": true, "—": true}

// labelItem reads a table's label of losses, ws[i:dash]: a word that says
// what befell people ("Killed", "Wounded", "Missing", "Prisoners",
// "Dead"), or an item phrase and the outcome after it ("Tanks destroyed",
// "Aircraft shot down", "Armoured vehicles captured"). It returns the
// item, and whether the label is one.
func (s *Stage) labelItem(ws []words.Word, i, dash int) (string, bool) {
	if dash-i == 1 {
		w := ws[i].Lower
		if prisonerNouns[w] {
			return "captured", true
		}
		if w == "dead" {
			return "killed", true
		}
		if out, n := phraseAt(s.outcomes, 1, ws, i); n == 1 {
			if out, ok := peopleOut(out, w); ok && out != "lost" {
				return out, true
			}
		}
		return "", false
	}
	for j := i; j < dash && j <= i+3; j++ {
		it, n := phraseAt(s.items, s.firstLen(ws, j), ws, j)
		if n == 0 || j+n >= dash {
			continue
		}
		out, m := phraseAt(s.outcomes, dash-j-n, ws, j+n)
		if m != dash-j-n {
			continue
		}
		if !it.people {
			return it.item, true
		}
		// "Enemy soldiers put out of action: 900", "Soldiers
		// wounded: 40": people and what befell them; people "destroyed"
		// or put out of action are counted as killed (a toll of the
		// killed and wounded together, as the other tolls of people out
		// of the fight)
		if po, ok := peopleOut(out, ws[j+n].Lower); ok && po != "lost" {
			return po, true
		}
		if out == "destroyed" || out == "damaged" {
			return "killed", true
		}
	}
	return "", false
}

// listEntries parses the words of a sentence made of loss-list entries from
// its start (or from the colon after a lead clause) to its end; nil when
// the sentence is not such a list. colon is the index of the lead's colon,
// -1 when the list opens the sentence.
func (s *Stage) listEntries(ws []words.Word) (entries []listEntry, colon int) {
	colon = -1
	start := 0
	for j, w := range ws {
		if w.Lower == ":" && j+1 < len(ws) {
			if _, ok := s.listEntryAt(ws, j+1); ok {
				colon, start = j, j+1
				break
			}
		}
	}
	if start == 0 && len(ws) > 1 && listBullets[ws[0].Lower] {
		start = 1 // "- Killed: 650": a table's line opens on a bullet
	} else if start == 0 && len(ws) > 2 && numbering(ws[:2]) {
		start = 2 // "1. Enemy aircraft shot down: 21": or on its number
	}
	for i := start; i < len(ws); {
		e, ok := s.listEntryAt(ws, i)
		if ok && colon < 0 && len(entries) == 0 && (e.label || typeAfter(ws, e.numLast+1)) && e.numLast+1 < len(ws) && !listSeparators[ws[e.numLast+1].Lower] && !listUnits[ws[e.numLast+1].Lower] {
			// "- Tanks destroyed: 14 T-55", "- Aircraft shot down: 2
			// (one MiG-23 and one Su-22)": a table's line of one figure
			// may name the type after it; the rest of the line is no
			// entry
			return append(entries, e), colon
		}
		if !ok {
			if len(entries) >= 2 && i > 0 && ws[i-1].Lower == "," && tellerClause(ws[i:]) {
				// "..., warships/boats – 28, the General Staff
				// reported": the teller after the list
				break
			}
			return nil, -1
		}
		entries = append(entries, e)
		i = max(e.numLast, e.dayLast) + 1
		for i < len(ws) && (listUnits[ws[i].Lower] || ws[i].Lower == ")") {
			i++
		}
		if i == len(ws) {
			break
		}
		if !listSeparators[ws[i].Lower] {
			return nil, -1
		}
		for i < len(ws) && listSeparators[ws[i].Lower] {
			i++
		}
	}
	return entries, colon
}

// numbering reports whether words are a line's number alone ("1.",
// "2)"), which the sentence splitter may leave as a sentence of its own.
func numbering(ws []words.Word) bool {
	return len(ws) == 2 && isDigits(ws[0].Lower) && len(ws[0].Lower) <= 2 && (ws[1].Lower == "." || ws[1].Lower == ")")
}

// typeAfter reports whether the words from i name the type of the items a
// table's line counts ("Tanks: 18 T-55", "Aircraft: one MiG-23"): a
// designation with a digit or a capital, or a bracket, up to the line's end
// within three words. Any other word after the figure makes the line no
// table's line.
func typeAfter(ws []words.Word, i int) bool {
	if i >= len(ws) || len(ws)-i > 3 {
		return false
	}
	w := ws[i].Text
	if w == "(" {
		return true
	}
	return startsUpper(w) && strings.ContainsAny(w, "0123456789-")
}

// listEntryAt parses one entry that starts at ws[i]: at most three
// modifiers ("operational-tactical"), an item phrase, a dash, a hedged
// figure and a bracketed day figure.
func (s *Stage) listEntryAt(ws []words.Word, i int) (listEntry, bool) {
	dash := -1
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if listDashes[ws[k].Lower] {
			dash = k
			break
		}
		if w := ws[k].Lower; w == "," || w == ";" || w == "." || isDigits(w) {
			break
		}
	}
	if dash < 0 || isPunct(ws[i].Lower) || isDigits(ws[i].Lower) {
		return listEntry{}, false
	}
	// (an entry of no item of ours, "cruise missiles — 3,560", is read
	// all the same and counts nothing)
	e := listEntry{first: i, day: -1}
	for j := i; j < dash && j <= i+3; j++ {
		if it, n := phraseAt(s.items, dash-j, ws, j); n == dash-j {
			e.item = it.item
			if it.people {
				e.item = "killed"
				if prisonerNouns[ws[j].Lower] {
					e.item = "captured" // "Prisoners: 147"
				}
			}
			break
		}
	}
	if e.item == "" {
		e.item, e.label = s.labelItem(ws, i, dash)
	}
	m := dash + 1
	for m < len(ws) && listApprox[ws[m].Lower] {
		m++
	}
	if m >= len(ws) || !isDigits(ws[m].Lower) && (e.item == "" || i > 2) {
		// (a figure in words only on a line of its own that names an
		// item: "Aircraft: one MiG-23")
		return listEntry{}, false
	}
	n, last, ok := numberAt(ws, m)
	if !ok {
		return listEntry{}, false
	}
	e.n, e.numFirst, e.numLast = n, m, last
	if p := last + 1; p+2 < len(ws) && ws[p].Lower == "(" {
		q := p + 1
		if ws[q].Lower == "+" {
			q++
		}
		if q+1 < len(ws) && isDigits(ws[q].Lower) && ws[q+1].Lower == ")" {
			if d, ok := wordValue(ws[q].Lower); ok {
				e.day, e.dayFirst, e.dayLast = int(d), p, q+1
			}
		}
	}
	return e, true
}

// listCounts returns the counts of sentence si when it is a loss list (or
// a line of one) and drops the counts of have that its figures overlap:
// the list's reading is the one that knows what the figures count.
func (s *Stage) listCounts(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	entries, colon := s.listEntries(ws)
	if len(entries) == 0 {
		return have
	}
	// The lead: the clause before the colon, else the sentences before
	// the list's first line.
	var lead []int // sentence indexes
	if colon >= 0 {
		if !s.lossLeadIn(ws[:colon]) && !resultLeadIn(ws[:colon+1]) {
			return have
		}
		lead = append(lead, si)
	} else {
		first := si
		for first > 0 && first > si-20 {
			if numbering(ctx.sents[first-1].Words) {
				first-- // "1." split from its line
				continue
			}
			if es, c := s.listEntries(ctx.sents[first-1].Words); len(es) == 0 || c >= 0 {
				break
			}
			first--
		}
		found := false
		for k := first - 1; k >= 0 && k >= first-2; k-- {
			lead = append(lead, k)
			if s.lossLeadIn(ctx.sents[k].Words) || k == first-1 && resultLeadIn(ctx.sents[k].Words) {
				found = true
			}
		}
		if !found {
			return have
		}
	}
	by := s.listClaimant(ctx, lead, false)
	// (a communique's own table is told by no one, but the body its lead
	// names is whose "enemy" the list counts; where the lead speaks in the
	// first person, the document's author is that body: "our Defence
	// Forces repulsed three waves of attacks by the Ethiopian army" names
	// the enemy's body, not the teller's)
	teller := ""
	if firstPersonLead(ctx, lead) {
		teller = ctx.authorSide()
	}
	if teller == "" {
		teller = s.listClaimant(ctx, lead, true)
	}
	owner := s.listOwner(ctx, lead, colon, teller)
	out := have[:0:0]
	for _, f := range have {
		if !inList(ws, entries, f.Start, f.End) {
			out = append(out, f)
		}
	}
	add := func(e listEntry, a, b, n int) {
		if n <= 0 || e.item == "" {
			return // "aircraft — 434 (+0)": no loss that day
		}
		f := found{outcomeAt: -1, listBy: by, listed: true}
		f.Start, f.End = ws[a].Start, ws[b].End
		f.Item, f.N, f.Outcome, f.Owner = e.item, intp(n), "lost", owner
		if o := entryOwner(ctx, si, e, teller); o != "" {
			f.Owner = o
		}
		f.Sentence = ctx.sentText(si)
		f.ownerNamed = f.Owner != ""
		out = append(out, f)
	}
	for _, e := range entries {
		add(e, e.first, e.numLast, e.n)
		if e.day >= 0 {
			add(e, e.dayFirst, e.dayLast, e.day)
		}
	}
	return out
}

// inList reports whether the span start..end overlaps an entry's words.
func inList(ws []words.Word, entries []listEntry, start, end int) bool {
	for _, e := range entries {
		a, b := ws[e.first].Start, ws[max(e.numLast, e.dayLast)].End
		if start < b && a < end {
			return true
		}
	}
	return false
}

// lossLeadIn reports whether words announce losses.
func (s *Stage) lossLeadIn(ws []words.Word) bool {
	for _, w := range ws {
		if lossLead[w.Lower] {
			return true
		}
	}
	return false
}

// resultLeadIn reports whether words, which end in the colon that opens a
// table, announce results or a tally ("The following results were
// achieved:"): the table's lines are then its losses though no losses word
// says so (a lead that ends elsewhere is no announcement of the lines).
func resultLeadIn(ws []words.Word) bool {
	if len(ws) == 0 || ws[len(ws)-1].Lower != ":" {
		return false
	}
	for _, w := range ws {
		if resultLead[w.Lower] {
			return true
		}
	}
	return false
}

// listClaimant is the side that tells a list: the speaker of a claim over
// or in its lead sentences, else the first sided body (not a place) they
// name ("The General Staff ... published its daily tally"); with anyBody
// false, only a body in a lead that announces the losses tells the list.
func (s *Stage) listClaimant(ctx *context, lead []int, anyBody bool) string {
	for _, k := range lead {
		sent := ctx.sents[k]
		if cl := ctx.claimFor(sent.Start, sent.Start, k); cl != nil {
			if side := ctx.speakerSide(cl); side != "" {
				return side
			}
		}
	}
	for _, k := range lead {
		sent := ctx.sents[k]
		if !anyBody && !s.lossLeadIn(sent.Words) {
			// ("On 8 August the FANT liberated Aouzou. The toll of
			// enemy losses is as follows:": a body named doing a deed
			// before the lead does not tell the list; a communique's
			// own table is told by no one)
			continue
		}
		for _, e := range ctx.doc.Entities {
			if e.Start >= sent.Start && e.End <= sent.End && e.Side != "" && bodyKind(e.Kind) {
				return e.Side
			}
		}
	}
	return ""
}

// bodyKind reports whether an entity kind is a body that can publish
// figures (not a place or a person).
func bodyKind(kind string) bool {
	switch kind {
	case "organization", "military", "government", "group":
		return true
	}
	return false
}

// listOwner is whose losses a list counts: the enemy of its teller where
// the lead says "the enemy", else the party the lead names that is not
// the teller ("Russian losses", "losses of the occupiers' army"), else the
// teller's opponent.
func (s *Stage) listOwner(ctx *context, lead []int, colon int, by string) string {
	party, other := "", ""
	for _, k := range lead {
		ws := ctx.sents[k].Words
		end := len(ws)
		if k == lead[0] && colon >= 0 {
			end = colon
		}
		for j := 0; j < end; j++ {
			if w := ws[j].Lower; w == "enemy" || w == "enemy's" || w == "occupiers" || w == "invaders" {
				if opp := ctx.opponent(by); opp != "" {
					return opp
				}
			}
			if side := ctx.sideAt(k, j); side != "" && side != by && !ctx.datelineWord(k, j) {
				// (a party named is whose losses they are before a place
				// the fighting was at: "on the Badme front ... attacks by
				// the Ethiopian army")
				if !ctx.placeWord(k, j) {
					if party == "" {
						party = side
					}
				} else if other == "" {
					other = side
				}
			}
		}
	}
	if party != "" {
		return party
	}
	if other != "" {
		return other
	}
	return ctx.opponent(by)
}

// firstPersonLead reports whether a table's lead speaks in the first
// person plural ("our forces", "we").
func firstPersonLead(ctx *context, lead []int) bool {
	for _, k := range lead {
		for _, w := range ctx.sents[k].Words {
			if w.Lower == "our" || w.Lower == "we" {
				return true
			}
		}
	}
	return false
}

// entryOwner is whose losses one line of a table counts when the line
// names them: "Ethiopian soldiers put out of action: 9,000" (a party
// other than the teller), "Enemy aircraft shot down: 21" (the teller's
// opponent); "" when the line names no one.
func entryOwner(ctx *context, si int, e listEntry, teller string) string {
	ws := ctx.sents[si].Words
	for j := e.first; j < e.numFirst && j < len(ws); j++ {
		if listDashes[ws[j].Lower] {
			break
		}
		if w := ws[j].Lower; w == "enemy" || w == "enemy's" {
			return ctx.opponent(teller)
		}
		if side := ctx.sideAt(si, j); side != "" && side != teller && !ctx.placeWord(si, j) {
			return side
		}
	}
	return ""
}

// placeWord reports whether word j of sentence si lies in a place the geo
// stage found.
func (c *context) placeWord(si, j int) bool {
	w := c.sents[si].Words[j]
	for _, p := range c.doc.Places {
		if p.Start <= w.Start && w.End <= p.End {
			return true
		}
	}
	return false
}

// datelineWord reports whether word j of sentence si lies in a dateline
// (the outlet's town and name: "KYIV, March 12 (Ukrinform) -").
func (c *context) datelineWord(si, j int) bool {
	_, ok := dateline.Containing(dateline.Of(c.doc), c.sents[si].Words[j].Start)
	return ok
}

// leftVerbs leave the dead behind on the field.
var leftVerbs = map[string]bool{"left": true, "abandoned": true, "leaving": true, "abandoning": true, "leave": true}

// leftBodies returns the owner of count f when it counts bodies a party
// left behind ("They left more than 200 bodies in the fields", "the enemy
// abandoned 40 bodies"): the dead of the party that left them, the
// speaker's enemy when it is "they" or "the enemy" in a claim; "" when f
// is no such count.
func leftBodies(ctx *context, si int, f found, speaker string) string {
	ws := ctx.sents[si].Words
	if f.outcomeAt < 0 || ws[f.outcomeAt].Lower != "bodies" {
		return ""
	}
	k := wordBeforeAmount(ws, f.Start)
	if k < 1 || !leftVerbs[ws[k].Lower] {
		return ""
	}
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		w := ws[j].Lower
		if isPunct(w) && !isQuote(w) {
			break
		}
		if side := ctx.sideAt(si, j); side != "" {
			return side
		}
		if (w == "they" || w == "enemy" || w == "enemy's") && speaker != "" {
			return ctx.opponent(speaker)
		}
		if armedNouns[w] || w == "militia" || w == "militias" {
			// "The militia left more than 120 bodies in the field":
			// the story's one armed group, else the speaker's enemy
			if g := ctx.onlyGroup(ctx.states); g != "" && g != speaker {
				return g
			}
			if speaker != "" {
				return ctx.opponent(speaker)
			}
		}
	}
	return ""
}

// regimeWords name a government by the way it holds power at home.
var regimeWords = map[string]bool{"junta": true, "junta's": true, "regime": true, "regime's": true, "pro-junta": true}

// homeRegime returns the state whose junta or regime sentence si names
// when the story is told of that state (its places are mostly there): a
// government at war at home. "" otherwise.
func (c *context) homeRegime(si int) string {
	ws := c.sents[si].Words
	for j := range ws {
		if !regimeWords[ws[j].Lower] {
			continue
		}
		if side := c.sideAt(si, j); side != "" && c.states[side] && side == c.dominantCountry(nil) {
			return side
		}
	}
	return ""
}

// calibre reports whether w is a gun's calibre ("105mm", "155-mm",
// "122mm"), which names a weapon's kind, not a number of it.
func calibre(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 {
		return false
	}
	rest := w[d:]
	return rest == "mm" || rest == "-mm"
}

// tellerVerbs report a list in a clause after it.
var tellerVerbs = map[string]bool{"said": true, "says": true, "reported": true, "reports": true, "added": true,
	"according": true, "announced": true, "stated": true, "informed": true}

// tellerClause reports whether words are a short clause naming who tells
// what went before: "the General Staff reported on 2 October".
func tellerClause(ws []words.Word) bool {
	for j, w := range ws {
		if j > 12 {
			return false
		}
		if tellerVerbs[w.Lower] {
			return true
		}
	}
	return false
}

// crashedInto reports whether the crash at ws[at] hit something: "crashed
// into a block of flats", "crashed onto a roof", not "crashed in Yemen".
func crashedInto(ws []words.Word, at int) bool {
	if at+1 >= len(ws) {
		return false
	}
	switch ws[at+1].Lower {
	case "into", "onto", "on", "through", "against":
		return true
	}
	return false
}

// acronym reports whether t is written in capitals, two to eight letters
// ("ENDF", "SDF", "FARDC").
func acronym(t string) bool {
	if len(t) < 2 || len(t) > 8 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// inflictVerbs inflict losses on a party.
var inflictVerbs = map[string]bool{"inflicted": true, "inflicting": true, "inflicts": true, "inflict": true,
	"caused": true, "causing": true}

// inflictedLosses returns the index of the verb when the words up to ws[k]
// (the word before a number and its hedges) are "inflicted losses on X of"
// ("inflicted losses on the Ukrainian army of up to 1,650 troops",
// "inflicting heavy losses on the enemy, up to 300 servicemen"); -1
// otherwise.
func inflictedLosses(ws []words.Word, k int) int {
	if k < 0 {
		return -1
	}
	on := -1
	for j := k; j >= 0 && k-j <= 10; j-- {
		w := ws[j].Lower
		switch {
		case w == "on" || w == "upon":
			on = j
		case (w == "losses" || w == "loss") && (on > j || j == k || j == k-1):
			for v := j - 1; v >= 0 && j-v <= 3; v-- {
				if inflictVerbs[ws[v].Lower] {
					return v
				}
			}
			return -1
		case w == "." || w == ";" || w == ":":
			return -1
		}
	}
	return -1
}

// sideAfter reads the words right after count f for the side its people
// were on: "on the Israeli side" names it; "on both sides", "on each
// side", "from both sides" say they were of more than one party (both).
func sideAfter(ctx *context, si int, f found) (side string, both bool) {
	if !peopleItems[f.Item] {
		return "", false
	}
	ws := ctx.sents[si].Words
	k := -1
	for j := range ws {
		if ws[j].Start >= f.End {
			k = j
			break
		}
	}
	if k < 0 {
		return "", false
	}
	for j := k; j < len(ws) && j <= k+4; j++ {
		w := ws[j].Lower
		if w != "on" && w != "from" && w != "of" {
			// ("injuries to a few soldiers of both sides")
			if isPunct(w) {
				return "", false
			}
			continue
		}
		if j+2 < len(ws) && (ws[j+1].Lower == "both" || ws[j+1].Lower == "each" || ws[j+1].Lower == "all") &&
			(ws[j+2].Lower == "sides" || ws[j+2].Lower == "side") {
			return "", true
		}
		if j+3 < len(ws) && ws[j+1].Lower == "the" && ws[j+3].Lower == "side" {
			return ctx.sideAt(si, j+2), false
		}
		return "", false
	}
	return "", false
}

// paragraphSpeaker returns the side of the speaker whose claim's cue lies
// in the sentence before si in the same paragraph, after the words it
// attributes, when sentence si holds no cue of its own: a paragraph a
// speaker's account opened goes on in their voice (the convention of the
// session-12 wire golds). "" when there is none.
func (c *context) paragraphSpeaker(si int) string {
	if si == 0 || c.para[si-1] != c.para[si] {
		return ""
	}
	cur, prev := c.sents[si], c.sents[si-1]
	var best *parallax.Claim
	for i := range c.doc.Claims {
		cl := &c.doc.Claims[i]
		if cl.Cue.End <= cl.Cue.Start {
			continue
		}
		if cur.Start <= cl.Cue.Start && cl.Cue.Start < cur.End {
			return "" // the sentence has a speaker of its own
		}
		if prev.Start <= cl.Cue.Start && cl.Cue.Start < prev.End && (best == nil || cl.Cue.Start > best.Cue.Start) {
			best = cl
		}
	}
	// (only an account told first and attributed after it, "..., the
	// ministry said.", goes on; "X announced the death of Y." tells
	// of an act, and what follows is the reporter's again, as is a
	// sentence that turns to other news)
	if best == nil || best.Cue.Start < best.End {
		return ""
	}
	if ws := cur.Words; len(ws) > 0 {
		switch ws[0].Lower {
		case "separately", "meanwhile", "elsewhere", "earlier", "later":
			return ""
		}
	}
	return c.speakerSide(best)
}

// partAfterWhole reports whether the count starting at byte start is a part
// of the people before it: right after "including" or "among them".
func partAfterWhole(ws []words.Word, start int) bool {
	for j := range ws {
		if ws[j].Start != start {
			continue
		}
		if j >= 1 && ws[j-1].Lower == "including" {
			return true
		}
		return j >= 2 && ws[j-1].Lower == "them" && ws[j-2].Lower == "among"
	}
	return false
}

// namingVerbs name or identify the dead.
var namingVerbs = map[string]bool{"named": true, "identified": true, "names": true, "identifies": true,
	"listed": true, "lists": true}

// ownNouns are a party's own people.
var ownNouns = map[string]bool{"members": true, "fighters": true, "combatants": true, "cadres": true,
	"militants": true, "martyrs": true}

// namedOwnDead returns the side of the party that, as the subject of a
// verb of naming right before count f, names its own members killed
// ("Hezbollah has named 366 members who have been killed"); "" otherwise.
func (c *context) namedOwnDead(si int, f found) string {
	if f.Item != "killed" {
		return ""
	}
	ws := c.sents[si].Words
	first := -1
	for j := range ws {
		if ws[j].Start == f.Start {
			first = j
			break
		}
	}
	if first < 2 || !namingVerbs[ws[first-1].Lower] || first+1 >= len(ws) || !ownNouns[ws[first+1].Lower] {
		return ""
	}
	for j := words.ClauseStart(ws, 0, first-1); j < first-1; j++ {
		if side := c.mentions[si][j]; side != "" && !words.AfterPreposition(ws, j) {
			if c.states[side] {
				return ""
			}
			return side
		}
	}
	return ""
}

// theBefore reports whether "the" stands among the three words before
// ws[j] ("of the terrorists", `of the "extremist group"`).
func theBefore(ws []words.Word, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if ws[k].Lower == "the" {
			return true
		}
	}
	return false
}

// mainGroup returns the armed group (no state, no neutral body, not side
// not) the article names most often, "" when none or when two tie.
func (c *context) mainGroup(not string) string {
	n := map[string]int{}
	for si := range c.mentions {
		for j, side := range c.mentions[si] {
			if side == "" || side == not || c.states[side] || neutral[side] || side == "NATO" || side == "CSTO" || c.passingGroups()[side] ||
				j > 0 && c.mentions[si][j-1] == side {
				continue
			}
			n[side]++
		}
	}
	return actor.MostNamedSide(n)
}

// stateNounAfterOf reports whether a vague amount ending in "of" at ws[k]
// counts people named by their state: "dozens of wounded", "scores of
// dead".
func stateNounAfterOf(ws []words.Word, k int) bool {
	if ws[k].Lower != "of" || k+1 >= len(ws) {
		return false
	}
	switch ws[k+1].Lower {
	case "wounded", "injured", "dead":
		return true
	}
	return false
}
