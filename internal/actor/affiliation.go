package actor

import (
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// officialTitles are words of a title that make a person speak for the
// body or state named beside it ("Pentagon press operations director Navy
// Capt. Jeff Davis", "Jeff Rathke, the State Department spokesperson").
// Titles such as "writer", "fellow" or "analyst" do not: an "Afghan
// writer" speaks for no party. They are the words flagged "official" in
// data/lexicon/titles.tsv.
var officialTitles = titleSet("official")

// formerWords make a title a past one (or one never held): a former
// official speaks for themselves.
var formerWords = map[string]bool{
	"former": true, "ex": true, "retired": true, "onetime": true, "late": true,
	// titles that were never a state's office: "the unofficial mayor of
	// the Chinese community", "an honorary consul", "self-styled governor"
	"unofficial": true, "honorary": true, "self-styled": true, "self-proclaimed": true, "would-be": true,
}

// usParties name the two US parties before a legislator's title
// ("Republican Representative Michael McCaul").
var usParties = map[string]bool{"republican": true, "democratic": true, "democrat": true}

// affiliate gives persons named without a side the side of the body or
// state in their title, written before the name within the sentence or
// in an apposition after it, and then to every other mention of the same
// person ("Davis said").
func (st *docState) affiliate() {
	endsAt := map[int]int{}   // token end → index of a sided non-person mention
	startsAt := map[int]int{} // token start → same
	for i, m := range st.ments {
		if m.side != "" && m.kind != parallax.KindPerson && m.resolved {
			endsAt[m.b] = i
			startsAt[m.a] = i
		}
	}
	sides := map[string]string{}
	override := map[string]string{} // a title's side over an out-of-date entry's
	for i := range st.ments {
		m := &st.ments[i]
		if m.kind != parallax.KindPerson || !m.resolved || m.actor == "" {
			continue
		}
		if (st.formerRunBefore(m.a) || st.formerApposition(m.a, m.b) && !st.officialTitleBefore(m.a)) && !st.inOffice(m.actor) {
			// "Former Russian deputy foreign minister NAME": whatever the
			// title's state, a former office holder speaks for himself
			// (one the base has in another office that day speaks for
			// it: "NAME, a former Dutch prime minister," of NATO's head;
			// and one titled with a present office before his name, "Representative
			// NAME, former chairman of the committee,")
			override[m.actor] = ""
			continue
		}
		if st.resignedAfter(m.b) && !st.inOffice(m.actor) {
			// "Chile's interior minister, NAME, resigned on Monday":
			// the story quotes him after he left office, as "the former
			// minister", who speaks for himself
			override[m.actor] = ""
			continue
		}
		if st.oppositionTitled(m.a, m.b) {
			// "Opposition leader NAME", "NAME, now a leading opponent of
			// the government,": the opposition speaks for no state,
			// whatever office the base gives the person
			override[m.actor] = ""
			continue
		}
		if m.side != "" && st.privateApposition(m.b) {
			// "NAME, a resident of the village of X,": a namesake of an
			// office holder, or a person the base lists, speaking as a
			// private person
			override[m.actor] = ""
			continue
		}
		if p, ok := st.kb.Actor(m.actor); ok && m.side != "" {
			// an office held that day for another side than the
			// entry's own: "HTS leader NAME" in 2023 of a man the base
			// lists as his state's president since
			if s := p.sideOn(st.day); s != p.Side {
				override[m.actor] = s
				continue
			}
		}
		if m.side != "" {
			// a known person whose offices all lie outside the
			// publication day takes the side of the title the text gives
			// ("The president of the International Court of Justice,
			// NAME" before NAME became a state's prime minister)
			// an imported entry (state offices only) yields to an
			// international body's title: the dictionaries keep the ICJ's
			// president as his state's diplomat
			out, imported := st.outOfOffice(m.actor), st.importedPerson(m.actor)
			if out || imported {
				side := st.titleSideBefore(m.a, m.b, endsAt)
				if side == "" {
					side = st.titleSideAfter(m.b, startsAt)
				}
				_, isState := st.kb.bySide[side]
				if side != "" && side != m.side && (out || !isState) {
					override[m.actor] = side
				} else if side == "" && out && st.formerTitled(m.a, m.b) {
					// "former NATO chief NAME" years after the term: a
					// former office holder speaks for himself
					override[m.actor] = ""
				}
			}
			continue
		}
		if side := st.titleSideBefore(m.a, m.b, endsAt); side != "" {
			m.side = side
		} else if side := st.titleSideAfter(m.b, startsAt); side != "" {
			m.side = side
		} else if side := st.ofBodySide(m.b, startsAt); side != "" {
			m.side = side // "Abdul Karim of the Iraqi army"
		} else if side := st.localOfficeSide(m.a); side != "" {
			m.side = side
		} else if st.usPartyApposition(m.b) || st.usPartyTag(m.b) {
			m.side = "USA" // "said Rep. NAME, a Democrat from Colorado", "Sen. NAME (D-N.C.)"
		} else if side := st.localOfficeAfter(m.b); side != "" {
			m.side = side // "NAME, Ontario's provincial leader,"
		} else if side := st.localTitleApposition(m.a); side != "" {
			m.side = side // "The governor of Zamfara State, NAME, said"
		} else if side := st.possessivePronounSide(m.a); side != "" {
			m.side = side // "GROUP claimed the attack. Its spokesman, NAME, said"
		} else if side := st.possessiveAppositionSide(m.b); side != "" {
			m.side = side // "GROUP said ... NAME, the group's spokesman, said"
		} else if side := st.placeServiceSide(m.a); side != "" {
			m.side = side // "Balochistan government spokesman NAME"
		} else if side := st.possessorSide(m.a, m.b); side != "" {
			m.side = side // "COUNTRY's NAME"
		} else if side := st.unnamedOfficeBefore(i); side != "" {
			m.side = side // "COUNTRY's U.N. ambassador told reporters ... NAME blamed"
		} else if pub := st.publisherSide(); pub != "" && st.officialTitleBefore(m.a) && !st.officeHeldByOther(pub, *m) {
			m.side = pub // "Minister for Africa, NAME said" on a government site
		} else if st.stateTitleNear(m.a, m.b) && st.courtTitleNear(m.a, m.b) {
			m.side = st.courtState() // "federal prosecutor NAME" in a story on an Iranian plot
		} else if side := st.govPanelSide(m.a, m.b); side != "" {
			m.side = side // "NAME, chairman of the government's flag panel,"
		} else if dom := st.titledOfficeState(); dom != "" && (st.stateTitleNear(m.a, m.b) || st.headOfStateTitle(*m) || st.legislatureApposition(m.b)) && !st.officeHeldByOther(dom, *m) {
			// "Finance Minister NAME said" in a story about one state,
			// "President NAME" in a story filed from his capital
			m.side = dom
		} else if dom := st.titledOfficeState(); dom != "" && st.shadowTitled(m.a) {
			// "Shadow Foreign Minister NAME": the office shadowed is held
			// by another, the shadow sits in the legislature
			m.side = dom
		} else if dom := st.titledOfficeState(); dom != "" && st.rulingPartyTitled(m.a, m.b) {
			// "NAME, a spokesman for the ruling party," in a story about
			// one state
			m.side = dom
		}
		if m.side != "" {
			sides[m.actor] = m.side
		}
	}
	for i := range st.ments {
		m := &st.ments[i]
		if m.kind == parallax.KindPerson && m.side == "" && m.resolved {
			if s, ok := sides[m.actor]; ok {
				m.side = s
			}
		}
		if s, ok := override[m.actor]; ok && m.kind == parallax.KindPerson && m.resolved {
			m.side = s
		}
	}
}

// lateAppositions gives a person still without a side the side of the
// body of an apposition after the name that only genericBodies resolved
// (", head of the Amhara regional government's communication bureau,"),
// and that side to the person's other mentions.
func (st *docState) lateAppositions() {
	startsAt := map[int]int{}
	for i, m := range st.ments {
		if m.side != "" && m.kind != parallax.KindPerson && m.resolved {
			startsAt[m.a] = i
		}
	}
	sides := map[string]string{}
	for i := range st.ments {
		m := &st.ments[i]
		if m.kind != parallax.KindPerson || !m.resolved || m.actor == "" || m.side != "" {
			continue
		}
		if side := st.titleSideAfter(m.b, startsAt); side != "" {
			m.side, sides[m.actor] = side, side
		}
	}
	for i := range st.ments {
		if m := &st.ments[i]; m.kind == parallax.KindPerson && m.side == "" && m.resolved && sides[m.actor] != "" {
			m.side = sides[m.actor]
		}
	}
}

// outOfOffice: the person is a knowledge base entry with offices, none
// of them held on the publication day (which must be known).
func (st *docState) outOfOffice(name string) bool {
	if st.day == "" {
		return false
	}
	p, ok := st.kb.Actor(name)
	if !ok || len(p.Roles) == 0 {
		return false
	}
	for _, r := range p.Roles {
		if r.activeAt(st.day) {
			return false
		}
	}
	return true
}

// titleSideBefore reads back from the name at token a over its title: a
// sided body at the start of a title with an official word gives its
// side.
func (st *docState) titleSideBefore(a, b int, endsAt map[int]int) string {
	sent := st.sentOf[a]
	official := false
	ownerSide := "" // the side of a possessor inside the title
	i := a - 1
	if i >= 0 && st.burmeseAddress(st.toks[i].Text) && st.sentOf[i] == sent {
		i-- // "AA spokesman U Khaing Thukha": the form of address is no title
	}
	// a rank the recogniser left outside the name ("general, Lt. Gen.
	// Stephen Townsend")
	for i >= 0 && st.sentOf[i] == sent && (st.toks[i].Text == "." || serviceWords[st.toks[i].Norm] || rankWords[st.toks[i].Norm]) {
		if st.teamCaptain(i) {
			return "" // "English captain Harry Kane": a team's captain speaks for no state
		}
		if _, ends := endsAt[i+1]; ends {
			break // "U.S. Army Gen.": the rank follows the body that gives the side
		}
		if (serviceWords[st.toks[i].Norm] || rankWords[st.toks[i].Norm]) && !courtesyTitles[st.toks[i].Norm] {
			official = true
		}
		i--
	}
	// "Malaysia's Prime Minister, Najib Razak"; a title in apposition
	// before the name ("Norway's ambassador to the UN, Mona Juul, said")
	if i > 0 && st.toks[i].Text == "," && (officialTitles[st.toks[i-1].Norm] || st.tokNorm(b) == ",") {
		i--
		// (a country in the remit is its subject, not the title's body:
		// "The UN special envoy on Myanmar, NAME")
		if mi, body := endsAt[i+1]; !body || st.ments[mi].kind == parallax.KindGPE || st.ments[mi].kind == parallax.KindLocation {
			if t, ok := st.remitBefore(i); ok {
				i = t // "the European Union's envoy for the dialogue, NAME"
			}
		}
	}
	for k := 0; k < 8 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if official && st.tokNorm(i-1) == "'s" && st.unsidedOwnerBefore(i-1) {
			return "" // "Amnesty International's Nigeria director": the NGO's post there
		}
		if _, ends := endsAt[i+1]; ends && officialTitles[t.Norm] {
			official = true // the title ends a body's name ("British Ambassador")
		}
		if mi, ok := endsAt[i+1]; ok && (official || st.ments[mi].kind != parallax.KindGPE && st.ments[mi].kind != parallax.KindLocation && st.titleOfBody(st.ments[mi].a)) {
			if st.formerBefore(st.ments[mi].a) {
				return "" // "former top European Union official"
			}
			if side := st.ambassadorsState(st.ments[mi], a); side != "" {
				return side // "Britain's U.N. ambassador"
			}
			return st.ments[mi].side
		}
		if side := st.demonymSide(i); side != "" && official || (side == "" && official && st.portfolioAfter(i, a)) {
			if side == "" {
				side = st.demonymSideAnyCase(i) // "South Korean Unification Minister"
			}
			if i > 0 && formerWords[st.tokNorm(i-1)] {
				return "" // "former Turkish ambassador"
			}
			return side // "Turkish presidential adviser"
		}
		if side := st.appointerSide(i); side != "" && official {
			return side // "United Nations-appointed special rapporteur"
		}
		if t.Norm == "'s" {
			if st.unsidedOwnerBefore(i) {
				return "" // "Amnesty International's Nigeria director": the NGO's post
			}
			if mi, ok := endsAt[i]; ok && ownerSide == "" {
				ownerSide = st.ments[mi].side
			}
			i-- // "Malaysia's Prime Minister": the country is read next
			continue
		}
		if !t.Word && t.Text != "." && t.Text != "-" {
			return "" // (a hyphen stays inside a title: "Kurdish-led forces commander")
		}
		if formerWords[t.Norm] {
			return ""
		}
		if officialTitles[t.Norm] {
			official = true
		} else if !official && t.Word && !t.Cap && !serviceWords[t.Norm] && !titleLinks[t.Norm] && t.Norm != "to" && t.Norm != "'s" {
			// a lower-case word between the name and any title ends the
			// title: "a State Department spokesperson said that the US
			// wants Lai's release" gives Lai no side
			return ""
		}
		if usParties[t.Norm] && t.Cap && official {
			return "USA"
		}
		i--
	}
	if mi, ok := endsAt[i+1]; ok && official {
		return st.ments[mi].side
	}
	if official {
		// "The commander of Ukraine's Unmanned Systems Forces, NAME": the
		// owner of the unit named in the title
		return ownerSide
	}
	return ""
}

// remitBefore: the words ending at token i are a title's remit after
// it ("envoy for the dialogue", "adviser on security", "ambassador to
// the United Nations"), up to five words; it returns the title's token.
func (st *docState) remitBefore(i int) (int, bool) {
	for t := i - 1; t >= 1 && t >= i-6 && st.sentOf[t] == st.sentOf[i]; t-- {
		w := st.tokNorm(t)
		if w == "for" || w == "to" || w == "on" {
			if officialTitles[st.tokNorm(t-1)] && t < i {
				return t - 1, true
			}
			return 0, false
		}
		if !st.toks[t].Word {
			return 0, false
		}
	}
	return 0, false
}

// titleSideAfter reads an apposition after the name at token b (",
// spokesman for the Indonesian military,"): an official word and a sided
// body, not a place the person is in or from.
func (st *docState) titleSideAfter(b int, startsAt map[int]int) string {
	if b >= len(st.toks) || st.toks[b].Text != "," {
		return ""
	}
	official := false
	for i := b + 1; i < len(st.toks) && i < b+14; i++ {
		t := st.toks[i]
		if t.Text == "," || t.Text == ";" || (t.Text == "." && !(i > 0 && len(st.toks[i-1].Text) <= 3)) {
			return ""
		}
		if formerWords[t.Norm] {
			return ""
		}
		if t.Norm == "opposition" || st.tokNorm(i+1) == "opposition" && st.demonymSide(i) != "" {
			// ", a spokesman for the Kenyan opposition coalition,": the
			// opposition is no party to its state's side (a lawmaker of
			// it is, which legislatureApposition reads)
			return ""
		}
		if officialTitles[t.Norm] {
			official = true
		}
		if st.tokNorm(i-1) == "'s" && st.demonymSide(i) != "" {
			// "the Network's Nigeria director": a country after a
			// possessive is the post's remit, and the possessor (a
			// state or sided body is read above) employs the person
			continue
		}
		if side := st.demonymSide(i); side != "" && st.prepBefore(i) != "in" && st.prepBefore(i) != "from" && !st.privateBodyAfter(i) && !st.unsidedOrgBefore(i) && !st.closesAName(i) && !st.employerAfter(i) && (official || st.followedByOfficial(st.afterPossessive(i), b+14)) {
			return side // ", a Turkish presidential foreign policy adviser,"
		}
		if mi, ok := startsAt[i]; ok {
			p := st.prepBefore(i)
			if p == "of" && st.unsidedOrgBefore(i) {
				continue // "head of the Distilled Spirits Council of the United States"
			}
			// "who lives in Mexico" is a place; "an official at the U.S.
			// Treasury" is a body
			place := st.ments[mi].kind == parallax.KindGPE || st.ments[mi].kind == parallax.KindLocation
			if st.privateBodyAfter(i) || st.closesAName(i) && place {
				// "president of Cameroon's Poultry Farmers Association",
				// "director for Birdlife Spain"; a state body's name may
				// carry more words before it ("spokesperson for the State
				// Council Taiwan Affairs Office")
				continue
			}
			if (p == "in" || p == "at" || p == "from" || p == "near" || p == "based" || p == "born") && (place || !official) {
				continue
			}
			if place && st.employerAfter(i) {
				continue // "Iran project director at the International Crisis Group"
			}
			// (an office the grammar read as a title: ", the ministry's
			// spokesperson,")
			if official || st.ments[mi].role != "" || st.followedByOfficial(st.ments[mi].b, b+14) {
				return st.ments[mi].side
			}
			if st.ments[mi].kind == parallax.KindGroup && appositionTitles[st.tokNorm(st.ments[mi].b)] {
				// ", the UNITA leader,": an armed group's leader,
				// commander or spokesman speaks for the group, though a
				// party leader holds no state office
				return st.ments[mi].side
			}
		}
	}
	return ""
}

// leadershipBodies are a party's ruling bodies: a member of one speaks
// for the party ("a member of the Polisario leadership", "a member of
// the Hamas politburo").
var leadershipBodies = map[string]bool{"leadership": true, "politburo": true, "presidium": true}

// followedByOfficial: an official title word follows token i before the
// apposition ends ("a Turkish presidential foreign policy adviser").
func (st *docState) followedByOfficial(i, limit int) bool {
	for ; i < len(st.toks) && i < limit; i++ {
		t := st.toks[i]
		if t.Norm == "'s" {
			continue // "WFP's country director"
		}
		if !t.Word || privateRoles[t.Norm] {
			return false
		}
		if officialTitles[t.Norm] || leadershipBodies[t.Norm] {
			return true
		}
	}
	return false
}

// demonymSide: the side of the country whose name or demonym starts at
// token i ("Turkish", "Nigeria's"), or "".
func (st *docState) demonymSide(i int) string {
	l, ok := st.lexStarting(i)
	if !ok {
		return ""
	}
	if ch, ok := l.countryHit(); ok {
		if l.b < len(st.toks) && st.toks[l.b].Cap && st.toks[l.b].Word {
			return "" // a name that starts with a demonym ("Syrian Center for Legal Studies")
		}
		return st.kb.Countries[ch.idx].Side
	}
	return ""
}

// appointedBy are the participles that make the holder of a title the
// agent of the actor joined to them ("Russian-appointed governor",
// "United Nations-appointed special rapporteur"); "-backed" or "-led" do
// not ("Iran-backed Houthis" speak for themselves).
var appointedBy = []string{"-appointed", "-installed", "-mandated"}

// appointerSide: the token at i is ACTOR-appointed (the actor perhaps
// starting up to three words before); the actor's side, or "".
func (st *docState) appointerSide(i int) string {
	t := st.toks[i]
	prefix := ""
	for _, p := range appointedBy {
		if strings.HasSuffix(t.Norm, p) {
			prefix = t.Norm[:len(t.Norm)-len(p)]
		}
	}
	if prefix == "" {
		return ""
	}
	exact := t.Text[:len(prefix)]
	key := prefix
	for k := 0; k <= 3 && i-k >= 0; k++ {
		if k > 0 {
			w := st.toks[i-k]
			if !w.Word || st.sentOf[i-k] != st.sentOf[i] {
				break
			}
			key = w.Norm + " " + key
		}
		hs := st.kb.phrases[key]
		if k == 0 {
			hs = append(hs, st.kb.exact[exact]...)
		}
		for _, h := range st.applicable(hs) {
			switch h.kind {
			case hitActor:
				if a := st.kb.Actors[h.idx]; a.Kind != parallax.KindPerson && a.Side != "" {
					return a.Side
				}
			case hitCountry, hitDemonym, hitDemonymPlural:
				return st.kb.Countries[h.idx].Side
			}
		}
	}
	return ""
}

// localHeads are the titles of sub-national office holders ("Lamu County
// Commissioner", "State Governor", "Mayor"): an office of the state in
// whose territory the place of the title, or of the text just before it,
// lies.
var localHeads = map[string]bool{
	"governor": true, "commissioner": true, "mayor": true, "prefect": true, "administrator": true, "sheriff": true,
	"governors": true, "commissioners": true, "gov": true,
}

// localTitleWords make the office after them a region's or a town's
// ("local official", "regional president", "community head").
var localTitleWords = map[string]bool{
	"local": true, "regional": true, "provincial": true, "district": true, "county": true, "municipal": true,
}

// communityHead: the words are "community head", the elected head of a
// municipal community ("Sotk community head NAME"); a "community leader"
// is civil society's, no office of the state.
func communityHead(prev, w string) bool { return prev == "community" && w == "head" }

// localOfficeSide: the name at token a is titled as a local office holder;
// the side of the state of the geoparsed place in the title, else the
// last place before it in its sentence or the sentence before.
func (st *docState) localOfficeSide(a int) string {
	if a == 0 {
		return ""
	}
	sent := st.sentOf[a]
	i := a - 1
	local := false
	for i >= 0 && st.sentOf[i] == sent && (st.toks[i].Text == "." || serviceWords[st.toks[i].Norm]) {
		local = local || localHeads[st.toks[i].Norm] // "Arizona Gov. NAME"
		i--
	}
	start := i + 1
	for k := 0; k < 6 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if formerWords[t.Norm] {
			return "" // a former governor speaks for themselves
		}
		if !t.Word || !(t.Cap || localHeads[t.Norm] || officialTitles[t.Norm] || localTitleWords[t.Norm] || t.Norm == "elected") {
			break
		}
		prev := st.tokNorm(i - 1)
		if prev == "elected" {
			prev = st.tokNorm(i - 2) // "Local elected official NAME"
		}
		if localHeads[t.Norm] || (subnationalHeads[t.Norm] || t.Norm == "official") && localTitleWords[prev] || communityHead(prev, t.Norm) {
			local = true // "Dohrak local official NAME", "Regional president NAME"
		}
		start = i
		i--
	}
	if !local || start >= a {
		return ""
	}
	lo, hi := st.toks[start].Start, st.toks[a].Start
	country := st.lastPlaceCountry(lo, hi) // in the title: "Lamu County Commissioner"
	if country == "" {
		// the place the text just named ("... the capital of Zamfara
		// State. State Governor Bello Matawalle said"), in the story's
		// first sentence the text before the title ("... in the Belgorod
		// region, Governor NAME said")
		s := sent - 1
		if s < 0 {
			s = 0
		}
		from := -1
		for k := start; k >= 0 && st.sentOf[k] >= s; k-- {
			from = st.toks[k].Start
		}
		if from >= 0 {
			country = st.lastPlaceCountry(from, lo)
		}
	}
	if country == "" {
		// a governor or mayor with no place named near the title is the
		// story's own ("Governor NAME said" in a story about one state)
		if dom := st.dominantState(); dom != "" {
			return dom
		}
	}
	if c, ok := st.kb.CountryOfISO2(country); ok {
		return c.Side
	}
	return ""
}

// lastPlaceCountry: the country of the last geoparsed place within byte
// offsets [lo, hi), or "".
func (st *docState) lastPlaceCountry(lo, hi int) string {
	country, at := "", -1
	for _, p := range st.doc.Places {
		if p.Start >= lo && p.End <= hi && p.Country != "" && p.Start > at {
			country, at = p.Country, p.Start
		}
	}
	return country
}

// publisherSide is the side of the government that publishes the article,
// from its outlet ("UK Government", "US State Department", "CENTCOM") or
// its web address (gov.uk, state.gov, centcom.mil, mid.ru): an office
// holder in its press release is one of its own. "" for other outlets.
func (st *docState) publisherSide() string {
	if st.pubDone {
		return st.pubSide
	}
	st.pubDone = true
	if o := st.doc.Article.Outlet; o != "" {
		toks := Tokenize(o)
		key := make([]string, 0, len(toks))
		for _, t := range toks {
			key = append(key, t.Norm)
		}
		for _, h := range st.kb.phrases[strings.Join(key, " ")] {
			if h.kind == hitActor {
				if a := st.kb.Actors[h.idx]; a.Kind == parallax.KindGovernment || a.Kind == parallax.KindMilitary {
					st.pubSide = a.Side
					return st.pubSide
				}
			}
		}
		// COUNTRY + "Government" ("UK Government", "Government of Canada")
		if len(toks) >= 2 {
			for _, c := range []struct{ country, gov []Tok }{{toks[:len(toks)-1], toks[len(toks)-1:]}, {toks[min(2, len(toks)):], toks[:1]}} {
				if len(c.gov) != 1 || (c.gov[0].Norm != "government" && c.gov[0].Norm != "gov") {
					continue
				}
				if side := st.countryOfToks(c.country); side != "" {
					st.pubSide = side
					return side
				}
			}
		}
	}
	if o := strings.TrimSpace(st.doc.Article.Outlet); strings.Contains(o, ".") && !strings.ContainsAny(o, " /") {
		// an outlet named by its host ("GOV.UK")
		if st.pubSide = st.hostSide("https://" + o); st.pubSide != "" {
			return st.pubSide
		}
	}
	st.pubSide = st.hostSide(st.doc.Article.URL)
	return st.pubSide
}

// countryOfToks: the side of the country the tokens name exactly, by its
// name or adjective ("UK", "British").
func (st *docState) countryOfToks(toks []Tok) string {
	key := make([]string, 0, len(toks))
	for _, t := range toks {
		key = append(key, t.Norm)
	}
	k := strings.Join(key, " ")
	hs := st.kb.phrases[k]
	if len(toks) == 1 {
		hs = append(hs, st.kb.exact[toks[0].Text]...)
	}
	for _, h := range hs {
		if h.kind == hitCountry || h.kind == hitDemonym {
			return st.kb.Countries[h.idx].Side
		}
	}
	return ""
}

// hostSide reads a government's web address: .gov and .mil hosts are the
// United States', gov.XX and mil.XX (with or without a second-level
// label, "gov.uk", "mod.gov.az") are those of the country with that code.
func (st *docState) hostSide(url string) string {
	_, rest, ok := strings.Cut(url, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, ":")
	labels := strings.Split(strings.ToLower(host), ".")
	n := len(labels)
	if n < 2 {
		return ""
	}
	last := labels[n-1]
	if last == "gov" || last == "mil" {
		return "USA"
	}
	if len(last) == 2 && (labels[n-2] == "gov" || labels[n-2] == "mil") {
		code := strings.ToUpper(last)
		if code == "UK" {
			code = "GB"
		}
		if c, ok := st.kb.CountryOfISO2(code); ok {
			return c.Side
		}
	}
	return ""
}

// officialTitleBefore: an official title stands right before the name at
// token a, perhaps with a comma between ("Minister for the Middle East,
// Tobias Ellwood"), within its sentence.
func (st *docState) officialTitleBefore(a int) bool {
	sent := st.sentOf[a]
	i := a - 1
	if i >= 0 && st.toks[i].Text == "," {
		i--
	}
	for k := 0; k < 7 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if formerWords[t.Norm] {
			return false
		}
		if officialTitles[t.Norm] || (serviceWords[t.Norm] && !courtesyTitles[t.Norm]) {
			return true
		}
		if !t.Word && t.Text != "." {
			return false
		}
		i--
	}
	return false
}

// courtesyTitles hold no office.
var courtesyTitles = map[string]bool{"dr": true, "mr": true, "ms": true, "mrs": true, "professor": true}

// afterPossessive returns the token after the country or demonym at i and
// its possessive "'s" ("Iraq's foreign minister" -> "foreign").
func (st *docState) afterPossessive(i int) int {
	j := i + 1
	if l, ok := st.lexStarting(i); ok {
		j = l.b
	}
	if st.tokNorm(j) == "'s" {
		j++
	}
	return j
}

// privateRoles are words of a description that make a person speak for
// no state ("a Nigerian women's rights activist and president of ...").
var privateRoles = map[string]bool{
	"activist": true, "activists": true, "analyst": true, "writer": true, "journalist": true, "researcher": true,
	"expert": true, "lawyer": true, "scholar": true, "fellow": true, "resident": true, "academic": true,
	"commentator": true, "blogger": true, "rights": true, "women's": true, "student": true, "businessman": true,
}

// ambassadorsState: an ambassador or permanent representative to an
// international body speaks for the state that sends them: the body m in
// the title before the name at token a is the one they are sent to
// ("Britain's U.N. ambassador", "the Norwegian ambassador to the UN").
// It returns that state's side, or "" when m is no international body,
// the title names no ambassador or no state stands in it.
func (st *docState) ambassadorsState(m mention, a int) string {
	if _, isState := st.kb.bySide[m.side]; isState || m.side == "" {
		return ""
	}
	sent := st.sentOf[a]
	envoy := false
	for i := m.b; i < a; i++ {
		if st.ambassadorWord(i) {
			envoy = true
		}
	}
	// the title word may stand before the body ("ambassador to the UN")
	side := ""
	for i, k := m.a-1, 0; k < 6 && i >= 0 && st.sentOf[i] == sent; i, k = i-1, k+1 {
		if st.ambassadorWord(i) {
			envoy = true
		}
		if s := st.demonymSideAnyCase(i); s != "" && side == "" {
			side = s
		}
		if !st.toks[i].Word && st.toks[i].Text != "." && st.toks[i].Norm != "'s" {
			break
		}
	}
	if !envoy {
		return ""
	}
	return side
}

// demonymSideAnyCase: the token at i starts a country's name or
// adjective, capitalised words after it or not ("British Ambassador").
func (st *docState) demonymSideAnyCase(i int) string {
	l, ok := st.lexStarting(i)
	if !ok {
		return ""
	}
	if ch, ok := l.countryHit(); ok {
		return st.kb.Countries[ch.idx].Side
	}
	return ""
}

// ambassadorWord: the token at i is "ambassador" or the "representative"
// of a "permanent representative"; an envoy or special representative of
// the UN is the UN's own.
func (st *docState) ambassadorWord(i int) bool {
	w := st.tokNorm(i)
	return w == "ambassador" || (w == "representative" && st.tokNorm(i-1) == "permanent")
}

// ofBodySide: the name ending at token b is followed by "of (the) BODY"
// or "with (the) BODY", a sided body that is not a place ("Abdul Karim of
// the Iraqi army", "Olga Sarrado of the UN refugee agency", "NAME, with
// UNHCR"): the person works for it. "Ahmed of Syria" names a home, not a
// body.
func (st *docState) ofBodySide(b int, startsAt map[int]int) string {
	i := b
	if st.tokNorm(i) == "," && st.tokNorm(i+1) == "with" {
		i++
	}
	w := st.tokNorm(i)
	if w != "of" && w != "with" && w != "for" {
		return ""
	}
	i++
	if st.tokNorm(i) == "the" {
		i++
	}
	mi, ok := startsAt[i]
	if !ok {
		return ""
	}
	m := st.ments[mi]
	if m.kind == parallax.KindGPE || m.kind == parallax.KindLocation {
		return ""
	}
	if w == "for" && !st.forBodySubject(b, m) {
		return ""
	}
	return m.side
}

// forBodySubject: "NAME for BODY" opens its sentence and a comma or a
// reporting verb follows the body ("Mara Quill for Food Standards
// Australia, says"): the person speaks for the body. Elsewhere "for" is
// a cause or a purpose ("blamed NAME for the group's attack").
func (st *docState) forBodySubject(b int, body mention) bool {
	a := b - 1
	for a > 0 && st.sentOf[a-1] == st.sentOf[b] && st.toks[a-1].Cap {
		a--
	}
	if a > 0 && st.sentOf[a-1] == st.sentOf[b] {
		return false
	}
	v := st.tokNorm(body.b)
	return v == "," || verbAfterSubject[v]
}

// titleQualifiers are capitalised words of an office's title besides the
// portfolio ("Unification Minister", "Cabinet Secretary", "Deputy
// Minister").
var titleQualifiers = map[string]bool{
	"unification": true, "intelligence": true, "emergency": true, "emergencies": true, "religious": true,
	"digital": true, "science": true, "technology": true, "infrastructure": true, "housing": true,
	"land": true, "lands": true, "fisheries": true, "minerals": true, "resources": true, "natural": true,
	"mining": true, "telecommunications": true, "local": true, "government": true, "regional": true,
	"reconstruction": true, "human": true, "rights": true, "gender": true, "family": true, "diaspora": true,
	"humanitarian": true, "disaster": true, "management": true, "cabinet": true, "principal": true,
	"permanent": true, "deputy": true, "vice": true, "first": true, "senior": true, "chief": true,
	"presidential": true, "prime": true, "armed": true, "forces": true, "special": true, "top": true,
}

// portfolioAfter: the country or demonym at token i is followed, up to
// the name at token a, only by words of a state office's title ("South
// Korean Unification Minister", "Kenyan Interior Cabinet Secretary"), so
// the capitalised words after it are a title, not an organisation's name
// ("Syrian Observatory for Human Rights director").
func (st *docState) portfolioAfter(i, a int) bool {
	l, ok := st.lexStarting(i)
	if !ok {
		return false
	}
	h, ok := l.countryHit()
	if !ok {
		return false
	}
	j := l.b
	if st.tokNorm(j) == "'s" {
		j++
	} else if h.kind == hitCountry {
		return false // "In Turkey Minister Ellwood met": a place, then a title
	}
	title := false
	for ; j < a; j++ {
		t := st.toks[j]
		_, isRole := roles[t.Norm]
		switch {
		case officialTitles[t.Norm] || isRole:
			title = true
		case t.Text == "." || t.Text == "-" || serviceWords[t.Norm] || portfolioWords[t.Norm] || titleQualifiers[t.Norm]:
		case t.Text == "," && j == a-1 && title:
			// the title in apposition before the name: "The Somali
			// Information Minister, NAME, denied"
		default:
			return false
		}
	}
	return title
}

// dissentWords in an apposition after a name make a person speak for
// no state even when the state names them ("Russia's Ilya Varin, an
// opposition politician,").
var dissentWords = map[string]bool{"opposition": true, "dissident": true, "exiled": true, "exile": true, "critic": true, "rebel": true}

// possessorSide: a state named in the possessive right before a person's
// name ("Austria's Lukas Brandner", "Ghana's Kwame Asante Boateng") is the
// state the person acts for, unless an apposition after the name makes
// them a private person, a dissident or a former official.
func (st *docState) possessorSide(a, b int) string {
	if a < 2 || st.tokNorm(a-1) != "'s" {
		return ""
	}
	side := ""
	for j := a - 2; j >= 0 && j >= a-5; j-- {
		if l, ok := st.lexStarting(j); ok && l.b == a-1 {
			if h, ok := l.first(hitCountry); ok {
				side = st.kb.Countries[h.idx].Side
			}
			break
		}
	}
	if side == "" || (a >= 3 && formerWords[st.tokNorm(a-3)]) {
		return ""
	}
	if st.tokNorm(b) == "," {
		for j := b + 1; j < len(st.toks) && j < b+10; j++ {
			w := st.toks[j].Norm
			if w == "," || w == "." || w == ";" {
				break
			}
			if privateRoles[w] || dissentWords[w] || formerWords[w] || partyTitles[w] {
				return ""
			}
		}
	}
	return side
}

// titleOfBody: the body starting at token j follows an official title
// and "of", "for" or "at" ("the director general of the IAEA", "a
// spokesperson for UNHCR"), so a name after it is that official's.
func (st *docState) titleOfBody(j int) bool {
	i := j - 1
	if st.tokNorm(i) == "the" {
		i--
	}
	if w := st.tokNorm(i); w != "of" && w != "for" && w != "at" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && st.sentOf[k] == st.sentOf[j]; k-- {
		if formerWords[st.toks[k].Norm] {
			return false
		}
		if officialTitles[st.toks[k].Norm] {
			return true
		}
		if !st.toks[k].Word {
			return false
		}
	}
	return false
}

// unnamedOfficeBefore: the person mention i opens its sentence, bare (no
// title before, no apposition after), is the first mention of that
// person, and the sentence before was spoken by an office holder the
// text named by title only ("COUNTRY's U.N. ambassador told reporters
// ... NAME blamed"): news introduces the holder's name so. It
// returns the office's side, or "".
func (st *docState) unnamedOfficeBefore(i int) string {
	m := st.ments[i]
	if m.b-m.a < 2 || m.inQuote || (m.a > 0 && st.sentOf[m.a-1] == m.sent) || st.tokNorm(m.b) == "," {
		return ""
	}
	if v := st.tokNorm(m.b); !verbAfterSubject[v] && !courtVerbs[v] && !isAdverb(v) {
		return "" // the name must be the subject of a verb
	}
	if st.firstOf == nil {
		st.firstOf = map[string]int{}
		for j, x := range st.ments {
			if _, ok := st.firstOf[x.actor]; !ok {
				st.firstOf[x.actor] = j
			}
		}
	}
	if st.firstOf[m.actor] < i {
		return "" // named before: the title was someone else's
	}
	for j := i - 1; j >= 0; j-- {
		p := st.ments[j]
		if p.sent < m.sent-1 {
			break
		}
		if p.sent != m.sent-1 || p.inQuote {
			continue
		}
		if p.kind == parallax.KindPerson {
			return "" // a person spoke in that sentence
		}
		if p.role != "" && p.resolved && p.side != "" && st.reportsAfter(p.b) {
			return p.side
		}
	}
	return ""
}

// importedPerson: the person is an entry of the imported dictionaries,
// not of the curated list.
func (st *docState) importedPerson(name string) bool {
	i, ok := st.kb.byName[name]
	return ok && st.kb.Actors[i].Kind == parallax.KindPerson && !st.kb.Actors[i].curated
}

// usPartyTag: the name ending at token b is followed by a member of
// Congress's party-and-state tag (", R-Texas,", "(D-N.C.)", "(R-AL)"),
// which US newsrooms give legislators only.
func (st *docState) usPartyTag(b int) bool {
	w := st.tokNorm(b)
	if w != "," && w != "(" || b+1 >= len(st.toks) {
		return false
	}
	t := st.toks[b+1].Text
	if len(t) < 3 || t[0] != 'R' && t[0] != 'D' && t[0] != 'I' || t[1] != '-' || t[2] < 'A' || t[2] > 'Z' {
		return false
	}
	// the tag closes its apposition (", R-Ariz.,", "(D-N.C.)"): not
	// "NAME, D-Day veteran,"
	k := b + 2
	for k < len(st.toks) && k < b+6 && (st.toks[k].Text == "." || len(st.toks[k].Text) == 1 && st.toks[k].Cap) {
		k++
	}
	w = st.tokNorm(k)
	return w == "," || w == ")" || w == "." && k+1 >= len(st.toks)
}

// usPartyApposition: an apposition after the name at token b names a US
// party ("NAME, a Democrat from Colorado", "NAME, the Republican who
// chairs the committee", "NAME, a Democratic senator"): a US politician,
// whom the conventions give the United States as lawmakers.
func (st *docState) usPartyApposition(b int) bool {
	if st.tokNorm(b) != "," {
		return false
	}
	j := b + 1
	if w := st.tokNorm(j); w != "a" && w != "an" && w != "the" {
		return false
	}
	j++
	if !st.toks[min(j, len(st.toks)-1)].Cap {
		return false
	}
	// a state's name before the party ("a New Jersey Democrat who", "a
	// Maine Republican,")
	named := j
	for k := 0; k < 3 && j+1 < len(st.toks) && st.toks[j].Cap && st.toks[j].Word && !usParties[st.tokNorm(j)]; k++ {
		j++
	}
	if j > named {
		// the words must name a state (not "an Ottawa New Democrat MP"
		// or "a Christian Democrat from Bavaria")
		switch w := st.tokNorm(j + 1); {
		case !usParties[st.tokNorm(j)] || !slices.Contains(usStates, strings.Join(st.words(named, j), " ")):
			return false
		case w == "who" || w == "," || w == "." || w == "from" || w == "and" || w == "representing":
			return true
		}
		return false
	}
	switch st.tokNorm(j) {
	case "democrat", "republican":
		switch st.tokNorm(j + 1) {
		case "from", "of", "who", ",", ".", "and", "representing":
			return true
		}
		return legislatorTitles[st.tokNorm(j+1)]
	case "democratic":
		return legislatorTitles[st.tokNorm(j+1)]
	}
	return false
}

// formerTitled: the person named over tokens [a, b) is called a former
// office holder: "former" opens the title run before the name ("Former
// top European Union official NAME", "ex-NATO chief NAME") or an
// apposition after it (", a former prime minister,").
func (st *docState) formerTitled(a, b int) bool {
	return st.formerRunBefore(a) || st.formerApposition(a, b)
}

// formerRunBefore: "former" opens the title run before the name at token
// a ("Former top European Union official NAME", "ex-NATO chief NAME").
func (st *docState) formerRunBefore(a int) bool {
	sent := st.sentOf[a]
	for i := a - 1; i >= 0 && i >= a-8 && st.sentOf[i] == sent; i-- {
		t := st.toks[i]
		if formerWords[t.Norm] || strings.HasPrefix(t.Norm, "ex-") {
			return true
		}
		if !(t.Word && (t.Cap || officialTitles[t.Norm] || stateTitles[t.Norm] || portfolioWords[t.Norm] || titleQualifiers[t.Norm] || titleLinks[t.Norm] || t.Norm == "top" || t.Norm == "senior")) && t.Norm != "'s" && t.Text != "." && t.Text != "-" {
			break
		}
	}
	return false
}

// formerApposition: an apposition after the name over [a, b) calls the
// person a former office holder (", a former prime minister,").
func (st *docState) formerApposition(a, b int) bool {
	sent := st.sentOf[a]
	if b+2 < len(st.toks) && st.toks[b].Text == "," && st.sentOf[b] == sent {
		j := b + 1
		if w := st.tokNorm(j); w == "a" || w == "an" || w == "the" {
			j++
		}
		return formerWords[st.tokNorm(j)]
	}
	return false
}

// formerBefore: "former" (or "ex", "retired"...) stands in the three
// words before token a, within its sentence ("former top European Union
// official", "the former U.S. envoy").
func (st *docState) formerBefore(a int) bool {
	for i := a - 1; i >= 0 && i >= a-3 && st.sentOf[i] == st.sentOf[a]; i-- {
		if formerWords[st.toks[i].Norm] {
			return true
		}
		if !st.toks[i].Word {
			return false
		}
	}
	return false
}

// headTitles are the offices of a head of state or government, written
// before the name without a state: "President NAME" in a story about one
// state is that state's president, while "the company's president" or
// "Acme President" is no state's.
var headTitles = map[string]bool{"president": true, "vice president": true, "prime minister": true}

// titleBefore finds the title of up to three words written right before
// the name at token a ("President", "Vice President", "Prime Minister"),
// as the roles table names it, and the token where the title starts.
func (st *docState) titleBefore(a int) (role string, start int) {
	for n := 3; n >= 1; n-- {
		s := a - n
		if s < 0 || st.sentOf[s] != st.sentOf[a] {
			continue
		}
		if r, ok := roles[strings.Join(st.words(s, a), " ")]; ok {
			return r, s
		}
	}
	return "", -1
}

// headOfStateTitle: the person is named right after a capitalised head of
// state's or government's title that no body or possessor qualifies: the
// word before the title is no noun, adjective, name or possessive.
func (st *docState) headOfStateTitle(m mention) bool {
	role, s := st.titleBefore(m.a)
	if !headTitles[role] || !st.toks[s].Cap {
		return false
	}
	if s == 0 || st.sentOf[s-1] != st.sentOf[s] {
		return true
	}
	p := st.toks[s-1]
	if formerWords[p.Norm] || partyTitles[p.Norm] || p.Norm == "'s" {
		return false
	}
	if !p.Word {
		return true
	}
	if p.Cap && !st.kb.capitalized[p.Norm] && (s-1 == 0 || st.sentOf[s-2] != st.sentOf[s-1]) {
		return false // "Acme President NAME" opening a sentence
	}
	switch st.posAt(p.Start) {
	case "NOUN", "PROPN", "ADJ", "NUM":
		return false
	}
	return !p.Cap
}

// officeHeldByOther: the knowledge base lists another person as holder,
// on the publication day, of the office the person is titled with in
// state side: then the title is another state's ("Prime Minister NAME"
// in a story mostly about a neighbour), and the story's state is not
// the person's.
func (st *docState) officeHeldByOther(side string, m mention) bool {
	if st.officeNamedForOther(side, m) {
		return true
	}
	role := m.role
	if role == "" {
		role, _ = st.titleBefore(m.a)
	}
	if role == "" {
		return false
	}
	if _, start := st.titleBefore(m.a); role == "spokesperson" && start > 0 && spokenForBodies[st.tokNorm(start-1)] {
		// "Ministry spokesman NAME", "department spokesperson NAME": the
		// spokesman of one body, not the government's spokesperson
		return false
	}
	same := func(p Actor) bool {
		return nameKey(p.Name) == nameKey(m.actor) || lastWord(Fold(displayName(p.Name))) == m.surname
	}
	if st.day != "" {
		p, ok := st.kb.OfficeHolder(side, role, st.day)
		return ok && !same(p)
	}
	// undated (a government's release): the state's holders of the
	// office at any time, none of them this person ("Foreign Minister
	// NAME" on another state's site); and a head of state's title in a
	// state whose knowledge base lists heads of government but no such
	// head ("President NAME" on a kingdom's site)
	title, _, _ := strings.Cut(role, "@")
	holders := st.kb.holders[side+"|"+title]
	for _, i := range holders {
		if same(st.kb.Actors[i]) {
			return false
		}
	}
	if len(holders) > 0 {
		return true
	}
	return headTitles[role] && len(st.kb.holders[side+"|prime minister"])+len(st.kb.holders[side+"|president"]) > 0
}

// officeNamedForOther: the story already named another person with the
// same title for the state ("Thailand's acting Prime Minister NAME1 said
// ... Prime Minister NAME2 called for"): NAME2 is no second holder of the
// state's office, whoever NAME2 is, so the state is not theirs. Titles of
// one word other than a head's ("Minister") are shared by many holders.
func (st *docState) officeNamedForOther(side string, m mention) bool {
	key := st.titleKey(m.a)
	if key == "" || !strings.Contains(key, " ") && !headTitles[key] {
		return false
	}
	for _, o := range st.ments {
		if o.kind != parallax.KindPerson || o.a >= m.a || o.side != side || o.actor == "" || o.actor == m.actor {
			continue
		}
		if st.titleKey(o.a) == key {
			return true
		}
	}
	return false
}

// titleKey is the title written right before the name at token a, as
// titleBefore finds it ("prime minister", "deputy prime minister"); an
// "acting" before it is no part of the roles table's title.
func (st *docState) titleKey(a int) string {
	role, s := st.titleBefore(a)
	if role == "" {
		return ""
	}
	return strings.Join(st.words(s, a), " ")
}

// regionWords qualify a place before its name ("in southern Malawi").
var regionWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true, "rural": true, "neighbouring": true, "neighboring": true,
}

// prepBefore is the word before token i, over "the" and a region word:
// the preposition that says whether a country after a title is the
// body the person serves or only a place ("chairman for herders in
// southern Malawi").
func (st *docState) prepBefore(i int) string {
	j := i - 1
	for j >= 0 && (st.tokNorm(j) == "the" || regionWords[st.tokNorm(j)]) {
		j--
	}
	return st.tokNorm(j)
}

// privateBodies end the names of bodies that are no state's even when a
// country's name opens or closes them ("Cameroon's Poultry Farmers
// Association", "Chamber of Commerce of the United States").
var privateBodies = map[string]bool{
	"association": true, "federation": true, "institute": true, "foundation": true, "society": true,
	"chamber": true, "league": true, "club": true, "company": true, "corporation": true, "network": true,
	"alliance": true, "centre": true, "center": true, "university": true, "college": true, "school": true,
	"coalition": true, "forum": true, "trust": true, "cooperative": true, "syndicate": true, "guild": true,
}

// privateBodyAfter: the country or demonym at token i is the possessor
// of, or starts, a capitalised name that ends in a private body's word
// ("Cameroon's Interprofessional Association of Poultry Farmers").
func (st *docState) privateBodyAfter(i int) bool {
	j := st.afterPossessive(i)
	if j >= len(st.toks) || !st.toks[j].Cap {
		return false
	}
	private := false
	var run []string
	for k := j; k < len(st.toks) && k < j+8 && st.sentOf[k] == st.sentOf[i]; k++ {
		t := st.toks[k]
		if !t.Word || !(t.Cap || titleLinks[t.Norm]) {
			break
		}
		run = append(run, t.Norm)
		if privateBodies[t.Norm] {
			private = true
		}
	}
	// "the Nigeria Centre for Disease Control": a centre whose name ends
	// as a public body's does is the state's
	return private && !publicBody(append([]string{""}, run...))
}

// unsidedOrgBefore: the "of" (and "the") before token i follows a
// recogniser's organisation that no state owns: the country after it is
// part of that name ("the Distilled Spirits Council of the United
// States"), not the body the person serves.
func (st *docState) unsidedOrgBefore(i int) bool {
	j := i - 1
	for j >= 0 && st.tokNorm(j) == "the" {
		j--
	}
	if j < 1 || st.tokNorm(j) != "of" {
		return false
	}
	end := st.toks[j-1].End
	for _, m := range st.ments {
		if m.End == end && m.side != "" && m.kind != parallax.KindPerson {
			return false // a state's body ("the Ministry of Defence of Ukraine")
		}
	}
	for _, e := range st.doc.Entities {
		if e.End == end && e.Kind == parallax.KindOrganization {
			return true
		}
	}
	return false
}

// candidateWords make the office after them one sought, not held.
var candidateWords = map[string]bool{
	"nominee": true, "candidate": true, "hopeful": true, "contender": true, "challenger": true,
	"aspirant": true, "running": true, "seeking": true,
}

// subnationalWords make the title after them a sub-national office
// ("provincial leader", "state premier", "regional chief").
var subnationalWords = map[string]bool{
	"provincial": true, "state": true, "regional": true, "county": true, "municipal": true, "city": true, "district": true,
	"local": true, // "Dohrak local official"
}

// subnationalHeads are the heads such a title ends in.
var subnationalHeads = map[string]bool{
	"leader": true, "premier": true, "chief": true, "head": true, "executive": true, "minister": true, "president": true,
	"official": true, "chairman": true, "chairwoman": true, "chairperson": true, // "the regional chairman of X"
}

// localOfficeAfter reads an apposition after the name at token b that
// titles the person as a local office holder (", Ontario's provincial
// leader,", ", the governor of Lagos State,", ", mayor of Kharkiv,"): the
// state in whose territory the geoparsed place of the apposition lies.
func (st *docState) localOfficeAfter(b int) string {
	if b >= len(st.toks) || st.toks[b].Text != "," {
		return ""
	}
	sent := st.sentOf[b]
	local, referred := false, false
	end := b + 1
	for i := b + 1; i < len(st.toks) && i < b+12 && st.sentOf[i] == sent; i++ {
		t := st.toks[i]
		if t.Text == "," || t.Text == ";" {
			break
		}
		if formerWords[t.Norm] || partyTitles[t.Norm] || candidateWords[t.Norm] {
			return "" // "nominee for Governor of Virginia" holds no office
		}
		if localHeads[t.Norm] || subnationalHeads[t.Norm] && subnationalWords[st.tokNorm(i-1)] || communityHead(st.tokNorm(i-1), t.Norm) ||
			st.localAdministration(i) {
			local = true
		}
		if st.divisionPossessive(i) {
			referred = true // ", the district's government agent,"
		}
		end = i + 1
	}
	if !local && !referred || end >= len(st.toks) {
		return ""
	}
	country := st.lastPlaceCountry(st.toks[b].End, st.toks[end-1].End)
	if country == "" && referred {
		// "the province's": the place the story named just before
		country = st.placeNamedBefore(b)
	}
	if c, ok := st.kb.CountryOfISO2(country); ok {
		return c.Side
	}
	return ""
}

// closesAName: the country at token i ends a capitalised name that starts
// before it ("director for Birdlife Spain", "head of Oxfam Kenya"): the
// name is a body's, not the state's.
func (st *docState) closesAName(i int) bool {
	if i == 0 || st.sentOf[i-1] != st.sentOf[i] {
		return false
	}
	p := st.toks[i-1]
	return p.Word && p.Cap && !st.titleAt(i-1) && !titleLinks[p.Norm] && st.lexAt[i-1] == 0 || st.inUnsidedOrg(i)
}

// inUnsidedOrg: the token at i lies inside, not at the start of, the name
// of an organisation that speaks for no side: the country that ends
// "Amnesty International Nigeria" or "Transparency International Georgia"
// names an NGO's national chapter, not the state its director works for.
func (st *docState) inUnsidedOrg(i int) bool {
	for _, m := range st.ments {
		if m.kind == parallax.KindOrganization && m.side == "" && m.a < i && i < m.b {
			return true
		}
	}
	return false
}

// employerAfter: the title after the country at token i is held "at",
// "with" or "of" a body of no side ("Iran project director at the
// International Crisis Group", "Russia researcher with Human Rights
// Watch", "Nigeria director of Amnesty International"): the
// country is the subject of the work, not the employer.
func (st *docState) employerAfter(i int) bool {
	for k := i + 1; k < len(st.toks) && k < i+8; k++ {
		t := st.toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == "." {
			return false
		}
		if t.Norm != "at" && t.Norm != "with" && t.Norm != "of" {
			continue
		}
		j := k + 1
		if st.tokNorm(j) == "the" {
			j++
		}
		for _, m := range st.ments {
			if m.a == j {
				return m.side == "" && m.kind == parallax.KindOrganization
			}
		}
		return false
	}
	return false
}

// armedBodies are the words before a lower-case "captain" that make it a
// rank ("army captain NAME", "a police captain").
var armedBodies = map[string]bool{
	"army": true, "navy": true, "naval": true, "police": true, "military": true, "marine": true, "marines": true,
	"guard": true, "militia": true, "rebel": true, "force": true, "forces": true, "air": true, "infantry": true,
}

// teamCaptain: the token at i is "captain" written in lower case before a
// name and after no armed body's word ("English captain NAME", "the
// team's captain NAME"): the captain of a team or a ship, no rank (a rank
// before a name is capitalised or shortened: "Captain NAME", "Capt.").
func (st *docState) teamCaptain(i int) bool {
	if st.toks[i].Text != "captain" && st.toks[i].Text != "skipper" {
		return false
	}
	return i == 0 || !armedBodies[st.tokNorm(i-1)] && !serviceWords[st.tokNorm(i-1)]
}

// chambers are the words that name a legislature after "member of (the)"
// ("a member of the upper house", "a member of parliament").
var chambers = map[string]bool{
	"parliament": true, "senate": true, "house": true, "assembly": true, "congress": true, "duma": true,
	"knesset": true, "majlis": true, "chamber": true, "legislature": true, "bundestag": true, "lok": true,
}

// legislatorCamps are the words of a legislator's camp before the noun.
var legislatorCamps = map[string]bool{
	"opposition": true, "ruling": true, "ruling-party": true, "governing": true, "independent": true,
	"senior": true, "veteran": true, "backbench": true, "pro-government": true, "opposition-party": true,
}

// legislatureApposition: an apposition after the name at token b calls
// the person a member of a legislature (", a member of the upper house,",
// ", a lawmaker,"): a legislator, who speaks for the story's state,
// opposition or not (devgold conventions). A former member does not.
func (st *docState) legislatureApposition(b int) bool {
	if b+2 >= len(st.toks) || st.toks[b].Text != "," {
		return false
	}
	i := b + 1
	if w := st.tokNorm(i); w == "a" || w == "an" || w == "the" {
		i++
	}
	if formerWords[st.tokNorm(i)] {
		return false
	}
	// the member's party or camp before the noun (", an opposition
	// member of parliament,", ", a ruling-party lawmaker,")
	for n := 0; n < 2 && legislatorCamps[st.tokNorm(i)]; n++ {
		i++
	}
	if legislatorTitles[st.tokNorm(i)] && st.tokNorm(i) != "deputy" {
		return true // ", a lawmaker,", ", an MP,"
	}
	switch w, n := st.tokNorm(i), st.tokNorm(i+1); {
	case w == "floor" && n == "leader", w == "parliamentary" && (n == "leader" || n == "group"), w == "chief" && n == "whip", w == "whip":
		return true // ", floor leader of the Democratic Party,"
	case w == "who" && leadVerbs[n]:
		// ", who leads a small opposition party in parliament,": the
		// party's leader sits in the chamber
		for k := i + 2; k < len(st.toks) && k <= i+10 && st.sentOf[k] == st.sentOf[b]; k++ {
			t := st.toks[k]
			if !t.Word {
				return false
			}
			if chambers[t.Norm] && (st.tokNorm(k-1) == "in" || st.tokNorm(k-2) == "in" && st.tokNorm(k-1) == "the") {
				return true
			}
		}
		return false
	}
	if st.tokNorm(i) != "member" || st.tokNorm(i+1) != "of" {
		return false
	}
	for k := i + 2; k < len(st.toks) && k <= i+6 && st.sentOf[k] == st.sentOf[b]; k++ {
		t := st.toks[k]
		if !t.Word {
			return false
		}
		if chambers[t.Norm] {
			return true
		}
	}
	return false
}

// leadVerbs lead a party or a group in a relative clause (", who leads a
// small opposition party in parliament,").
var leadVerbs = map[string]bool{"leads": true, "heads": true, "sits": true, "serves": true}

// shadowTitled: the title just before the name at token a is a shadow
// minister's ("Shadow Foreign Minister NAME", "shadow home secretary
// NAME"): an opposition lawmaker, who speaks for the story's state like
// every member of the legislature (devgold conventions), though for no
// government; a former shadow minister does not.
func (st *docState) shadowTitled(a int) bool {
	for k := a - 1; k >= 0 && k >= a-4 && st.sentOf[k] == st.sentOf[a]; k-- {
		t := st.toks[k]
		if !t.Word || formerWords[t.Norm] {
			return false
		}
		if t.Norm == "shadow" {
			return !formerWords[st.tokNorm(k-1)]
		}
	}
	return false
}

// localAdministration: the token at i is "administration" after a word
// of a region or town, maybe with "military" between ("the Myrnohrad
// city military administration", "the district administration"): a
// local office of the state.
func (st *docState) localAdministration(i int) bool {
	if st.tokNorm(i) != "administration" {
		return false
	}
	p := i - 1
	if st.tokNorm(p) == "military" || st.tokNorm(p) == "state" {
		p--
	}
	return subnationalWords[st.tokNorm(p)] && st.tokNorm(p) != "state" || st.tokNorm(p) == "oblast" || st.tokNorm(p) == "raion"
}

// spokenForBodies are the body nouns before "spokesman" that make him one
// body's spokesman, not the holder of the government's office.
var spokenForBodies = map[string]bool{
	"ministry": true, "department": true, "army": true, "military": true, "police": true, "agency": true,
	"service": true, "office": true, "bureau": true, "directorate": true, "authority": true, "command": true,
}

// appositionPrivateRoles are the nouns of an apposition that describe
// a private person, who speaks for no party ("a resident of", "a local
// farmer", "a Yangon-based military analyst").
var appositionPrivateRoles = map[string]bool{
	"resident": true, "villager": true, "farmer": true, "fisherman": true, "trader": true, "shopkeeper": true,
	"witness": true, "eyewitness": true, "survivor": true, "student": true, "analyst": true, "researcher": true,
	"lawyer": true, "attorney": true, "neighbour": true, "neighbor": true, "herder": true, "expert": true,
}

// privateApposition: the name ending at token b is followed by an
// apposition that opens with an article and names a private role within
// its first words (", a resident of Sotk,", ", a military analyst,").
func (st *docState) privateApposition(b int) bool {
	if st.tokNorm(b) != "," {
		return false
	}
	k := b + 1
	if w := st.tokNorm(k); w != "a" && w != "an" {
		return false
	}
	for k++; k < len(st.toks) && k <= b+6 && st.sentOf[k] == st.sentOf[b]; k++ {
		t := st.toks[k]
		if !t.Word || t.Norm == "of" || t.Norm == "for" || t.Norm == "at" {
			return false
		}
		if formerWords[t.Norm] {
			return false
		}
		if appositionPrivateRoles[t.Norm] {
			return true
		}
	}
	return false
}

// resignVerbs are the verbs by which a person leaves an office ("NAME
// resigned", "quit", "stepped down").
var resignVerbs = map[string]bool{"resigned": true, "quit": true, "stepped": true}

// resignedAfter: the name ending at token b (and its apposition between
// commas) is the subject of a resignation in the past ("NAME resigned",
// "NAME, the interior minister, quit on Monday", "NAME stepped down"),
// not one that keeps him in office as a caretaker.
func (st *docState) resignedAfter(b int) bool {
	if b >= len(st.toks) {
		return false
	}
	sent, j := st.sentOf[b], b
	if st.toks[j].Text == "," && (resignVerbs[st.tokNorm(j+1)] || st.tokNorm(j+1) == "has" || st.tokNorm(j+1) == "had") {
		j++ // "Chile's interior minister, NAME, resigned"
	} else if st.toks[j].Text == "," {
		for j++; j < len(st.toks) && j < b+14 && st.sentOf[j] == sent && st.toks[j].Text != ","; j++ {
		}
		if j >= len(st.toks) || st.toks[j].Text != "," {
			return false
		}
		j++
	}
	if w := st.tokNorm(j); w == "has" || w == "had" {
		j++
	}
	w := st.tokNorm(j)
	if !resignVerbs[w] || w == "stepped" && st.tokNorm(j+1) != "down" {
		return false
	}
	for k := j + 1; k < len(st.toks) && st.sentOf[k] == sent; k++ {
		if n := st.tokNorm(k); n == "caretaker" || n == "acting" || n == "remain" || n == "remains" || n == "until" {
			return false // "resigned but remains in a caretaker role"
		}
	}
	return true
}

// namedFormerActors: the person actors the story introduces as former
// holders of a title, by a word of formerWords among the title words
// just before a name ("Former Kazakh foreign minister NAME", "ex-premier
// NAME") or opening an apposition after it ("NAME, a former minister,").
func (st *docState) namedFormerActors() map[string]bool {
	out := map[string]bool{}
	isFormer := func(w string) bool { return formerWords[w] && w != "late" || strings.HasPrefix(w, "ex-") }
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || !m.resolved || m.anaphor != "" || m.actor == "" {
			continue
		}
		// (the title's own words only: capitalised, or titles and
		// portfolios; "the former minister met Foreign Minister NAME"
		// stops at "met")
		for k := m.a - 1; k >= 0 && k >= m.a-6 && st.sentOf[k] == m.sent && st.toks[k].Word; k-- {
			t := st.toks[k]
			if isFormer(t.Norm) {
				out[m.actor] = true
				break
			}
			if !t.Cap && !roleWords[t.Norm] && !officialTitles[t.Norm] && !serviceWords[t.Norm] && !portfolioWords[t.Norm] {
				break
			}
		}
		if m.b < len(st.toks) && st.toks[m.b].Text == "," {
			// (", a former minister,"; not ", who met former rebels,")
			for k := m.b + 1; k < len(st.toks) && k <= m.b+2 && st.sentOf[k] == m.sent; k++ {
				if w := st.toks[k].Norm; isFormer(w) {
					out[m.actor] = true
				} else if w != "a" && w != "an" && w != "the" {
					break
				}
			}
		}
	}
	return out
}

// roleWords are the words of the titles in roles ("prime", "minister",
// "secretary", "state").
var roleWords = func() map[string]bool {
	out := map[string]bool{}
	for k := range roles {
		for _, w := range strings.Fields(k) {
			out[w] = true
		}
	}
	return out
}()
