package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/data"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// loadAgencySides reads the knowledge base's organisations with a side
// (state news agencies and broadcasters, international bodies) by their
// folded names and aliases, so that an article's outlet can be told to be
// one of them when the text never names it.
func loadAgencySides() map[string]string {
	m := map[string]string{}
	orgs, err := data.Orgs()
	if err != nil {
		return m
	}
	for _, o := range orgs {
		if o.Kind != parallax.KindOrganization || o.Side == "" {
			continue
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			m[strings.ToLower(strings.TrimSpace(n))] = o.Side
		}
	}
	return m
}

// agencyState is the side of the party whose own news agency publishes
// the story: an organisation with a side named in the first sentence's
// dateline ("BEIJING, Sept. 3 (Xinhua) --", "Idlib, SANA-"), or one whose
// name is the article's outlet (outlet "IRNA", "KCNA"). Such a story names
// its state only as the outlet: "a military source", "an informed source",
// "a spokesperson" in it are that state's. "" for other outlets.
func (st *state) agencyState() string {
	outlet := strings.ToLower(strings.TrimSpace(st.doc.Article.Outlet))
	if side, ok := st.agencySides[outlet]; ok && outlet != "" {
		return side
	}
	for _, e := range st.doc.Entities {
		if e.Side == "" || e.Kind != parallax.KindOrganization {
			continue
		}
		if st.datelineAgency(e) {
			return e.Side
		}
		if outlet != "" && (strings.EqualFold(e.Text, outlet) || strings.EqualFold(e.Actor, outlet) ||
			strings.HasPrefix(strings.ToLower(e.Actor), outlet+" ")) {
			return e.Side
		}
	}
	return ""
}

// datelineAgency: the entity is the agency of the dateline on the text's
// first line, in brackets, between slashes or after a comma ("(Xinhua)",
// "/TASS/", ", SANA-").
func (st *state) datelineAgency(e parallax.Entity) bool {
	d, ok := st.leadDateline()
	return ok && d.Credit != (parallax.Span{}) && d.Credit.Contains(parallax.Span{Start: e.Start, End: e.End})
}

// leadDateline is the dateline on the text's first line. One below a
// headline does not make a state agency's story: in "35 citizens killed
// ...\n\nGAZA, May 14, 2024 (WAFA) –" the agency's credit gave its state
// to the "medical sources" it quotes, which no reader would.
func (st *state) leadDateline() (dateline.Dateline, bool) {
	if len(st.datelines) == 0 || strings.Contains(st.doc.Text[:st.datelines[0].Start], "\n") {
		return dateline.Dateline{}, false
	}
	return st.datelines[0], true
}

// leadPlaceSide is the side of the state of the story's first place
// with a country (the dateline's city where there is one), or "".
func (st *state) leadPlaceSide() string {
	at, side := -1, ""
	for _, p := range st.doc.Places {
		if p.Country != "" && (at < 0 || p.Start < at) {
			at, side = p.Start, st.sideOfISO2[p.Country]
		}
	}
	return side
}

// agencySpeaker: the speaker tokens [a, b) are an unnamed official or an
// unnamed source of the kind a state agency quotes ("a military source",
// "an informed source", "the source").
func (st *state) agencySpeaker(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	switch st.toks[b-1].Norm {
	case "source", "sources":
		for i := a; i < b-1; i++ {
			if nonStateModifiers[st.toks[i].Norm] || st.toks[i].Cap && i != a {
				return false
			}
		}
		return true
	}
	return st.unnamedOfficial(a, b)
}

// stateSourceMods make unnamed sources the state's: "security sources",
// "military sources", "a police source", "government sources".
var stateSourceMods = map[string]bool{
	"security": true, "military": true, "army": true, "police": true, "government": true,
	"intelligence": true, "defence": true, "defense": true, "official": true, "ministry": true,
}

// stateSources: the speaker tokens [a, b) are unnamed sources of the
// state's forces or government ("security sources told AFP", "a senior
// military source said"): lower-case modifiers, one of them a state
// body's, none pointing elsewhere.
func (st *state) stateSources(a, b int) bool {
	if a < 0 || b-a < 2 || b > len(st.toks) {
		return false
	}
	if h := st.toks[b-1].Norm; h != "source" && h != "sources" {
		return false
	}
	si := st.sentOf[a]
	state := false
	for i := a; i < b-1; i++ {
		t := st.toks[i]
		if nonStateModifiers[t.Norm] || t.Cap && !(si >= 0 && i == st.sentTok[si][0]) {
			return false
		}
		state = state || stateSourceMods[t.Norm]
	}
	return state
}

// platforms are social media and messaging services: their channels and
// accounts speak for whoever runs them, not for the service.
var platforms = map[string]bool{
	"telegram": true, "x": true, "twitter": true, "facebook": true, "youtube": true, "whatsapp": true,
	"tiktok": true, "instagram": true, "vk": true, "vkontakte": true,
}

// platformChannel: the speaker is a platform's channel or account linked
// to a party ("A Telegram channel linked to Wagner acknowledged", "a
// Facebook page run by the junta said"): the speaker runs to the party's
// name and takes its side and actor. ok is false for any other speaker.
func (st *state) platformChannel(spk speaker, cueA int) (speaker, bool) {
	if spk.a < 0 || spk.b-spk.a != 1 || !platforms[st.norm(spk.a)] {
		return spk, false
	}
	k := spk.b
	switch st.norm(k) {
	case "channel", "channels", "account", "accounts", "page", "pages", "group", "feed":
	default:
		return spk, false
	}
	k++
	switch st.norm(k) {
	case "linked", "affiliated", "close", "run", "tied", "connected", "used":
		k++
		if w := st.norm(k); w == "to" || w == "with" || w == "by" {
			k++
		}
	case "of":
		k++
	default:
		return spk, false
	}
	if st.norm(k) == "the" {
		k++
	}
	ei, ok := st.entStart[k]
	// "close to the Russian paramilitary group Wagner": a few words
	// that describe the group before its name
	for j := k; !ok && j < cueA && j < k+4 && st.toks[j].Word; j++ {
		if ej, found := st.entStart[j+1]; found {
			ei, ok, k = ej, true, j+1
		}
	}
	if !ok || k >= cueA {
		return spk, false
	}
	e := st.doc.Entities[ei]
	if e.Side == "" {
		return spk, false
	}
	_, b := st.tokensIn(e.Start, e.End)
	return speaker{a: spk.a, b: b, ent: ei, actor: e.Actor, side: e.Side}, true
}

// agencyBodyHeads are the words that make a named body one of a state's
// own ministries, forces or offices.
var agencyBodyHeads = map[string]bool{
	"ministry": true, "army": true, "police": true, "government": true, "presidency": true,
	"gendarmerie": true, "navy": true, "staff": true,
}

// agencyBody: the speaker is a named state body that the knowledge base
// gives no state ("the National Defense Ministry", "the General Staff"):
// in a state agency's story from home it is that state's own, the story
// naming its state only as the outlet.
func (st *state) agencyBody(spk speaker) bool {
	if spk.ent < 0 || spk.ent >= len(st.doc.Entities) {
		return false
	}
	e := st.doc.Entities[spk.ent]
	if e.Side != "" || e.Kind == parallax.KindPerson {
		return false
	}
	a, b := st.tokensIn(e.Start, e.End)
	for i := a; i < b; i++ {
		if agencyBodyHeads[st.toks[i].Norm] {
			return true
		}
	}
	return false
}

// loadBodySides reads the side of every body of the knowledge base by
// its folded names and aliases ("gaza civil defence agency": HAMAS), so
// that a body the story names by its kind alone can be told to be the
// one of the territory the story is set in.
func loadBodySides() map[string]string {
	m := map[string]string{}
	orgs, err := data.Orgs()
	if err != nil {
		return m
	}
	for _, o := range orgs {
		if o.Side == "" || o.Kind == "capital" || o.Kind == parallax.KindGPE {
			continue
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			m[strings.ToLower(strings.TrimSpace(n))] = o.Side
		}
	}
	return m
}

// territoryBody is the side of the body the speaker tokens [a, b) name
// by its kind alone ("the civil defence agency", "the health ministry"),
// when the knowledge base lists that body under the name of the
// territory the story's towns lie in ("Gaza civil defence agency",
// "health ministry in Gaza"): its de facto rulers' side, not the state's
// the story names most. "" when the speaker has a capital word, or the
// story's towns lie in more than one territory.
func (st *state) territoryBody(a, b int) string {
	if a < 0 || b <= a || b > len(st.toks) || b-a > 4 || len(st.kbBodies) == 0 {
		return ""
	}
	if st.norm(a) == "the" {
		a++
	}
	if a >= b {
		return ""
	}
	for k := a; k < b; k++ {
		// lower-case words, or the capitalised words of a portfolio
		// ("the Health Ministry"), never a name of its own
		t := st.toks[k]
		if !t.Word || t.Cap && !(k == a && st.sentOf[k] >= 0 && k == st.sentTok[st.sentOf[k]][0]) && !stateBodyWords[t.Norm] && !stateBodyHeads[t.Norm] && !agencyHeads[t.Norm] {
			return ""
		}
	}
	kind := strings.ToLower(st.doc.Text[st.toks[a].Start:st.toks[b-1].End])
	side, country, seen := "", "", map[string]bool{}
	perCountry := map[string]int{}
	for _, p := range st.doc.Places {
		if p.Country == "" || strings.HasPrefix(p.Feature, "A.PCL") {
			continue
		}
		perCountry[p.Country]++
		// the town, and its region with or without the kind of region
		// ("Gaza Strip" and "Gaza" for Khan Younis)
		for _, n := range []string{p.Name, p.Text, p.Admin1, regionStem(p.Admin1)} {
			n = strings.ToLower(strings.TrimSpace(n))
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			for _, alias := range []string{n + " " + kind, n + "'s " + kind, kind + " in " + n} {
				if s, ok := st.kbBodies[alias]; ok {
					if side != "" && s != side {
						return "" // towns of two territories: which one's?
					}
					side, country = s, p.Country
				}
			}
		}
	}
	for c, k := range perCountry {
		if side != "" && c != country && 2*k > perCountry[country] {
			return "" // a story set in two states as much
		}
	}
	return side
}

// regionStem is a region's name without the word for its kind ("Gaza"
// of "Gaza Strip", "Donetsk" of "Donetsk Oblast"), or "".
func regionStem(name string) string {
	for _, kind := range []string{" Strip", " Oblast", " Region", " Province", " Governorate", " District", " State"} {
		if s, ok := strings.CutSuffix(name, kind); ok && s != "" {
			return s
		}
	}
	return ""
}

// capsDatelineSide is the side of the state of the place in capitals
// that opens the text as its dateline ("MOSCOW, October 3. /TASS/.",
// which the segmenter may cut off as a sentence of its own, so that
// datelinePlace finds no dateline), or "".
func (st *state) capsDatelineSide() string {
	d, ok := st.leadDateline()
	if !ok || !d.Caps || strings.TrimSpace(st.doc.Text[:d.Start]) != "" {
		return ""
	}
	for _, p := range st.doc.Places {
		if p.Country != "" && d.Places[0].Contains(parallax.Span{Start: p.Start, End: p.End}) {
			return st.sideOfISO2[p.Country]
		}
	}
	return ""
}
