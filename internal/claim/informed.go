package claim

import "github.com/parallaxhq/parallax"

// Speakers named by what they know rather than whom they speak for:
// "people familiar with the matter", "sources close to the talks",
// "officials briefed on the plan", "a person with knowledge of the
// deal". Political and business wires attribute much of their news this
// way; what follows the speaker noun is the topic, so neither a place nor
// a body named in it is the speaker.

// informedTail: the words from token k on tie the speaker noun before
// them to a topic ("familiar with", "close to", "briefed on",
// "knowledgeable about", "with knowledge of", "with direct knowledge of",
// "aware of").
func (st *state) informedTail(k int) bool {
	switch st.norm(k) {
	case "familiar":
		return st.norm(k+1) == "with"
	case "close", "closer":
		return st.norm(k+1) == "to"
	case "briefed":
		return st.norm(k+1) == "on" || st.norm(k+1) == "about"
	case "knowledgeable":
		return st.norm(k+1) == "about" || st.norm(k+1) == "of"
	case "aware":
		return st.norm(k+1) == "of"
	case "with":
		n := st.norm(k + 1)
		if n == "direct" || n == "firsthand" || n == "first-hand" || n == "detailed" {
			n = st.norm(k + 2)
		}
		return n == "knowledge"
	}
	return false
}

// informedSpeaker: a speaker noun in [a, end) followed by an informed
// tail speaks ("two people familiar with the discussions", "U.S.
// officials briefed on the plan"): its noun phrase, with the side of a
// body named in the phrase before the noun, none from the topic.
func (st *state) informedSpeaker(a, end int) (speaker, bool) {
	for h := a; h < end-1; h++ {
		w := st.norm(h)
		if !st.lowerWord(h) || !(speakerNouns[w] || w == "person" || w == "persons") || !st.informedTail(h+1) {
			continue
		}
		if st.inQuote(h) {
			return speaker{}, false
		}
		if !speakerNouns[w] {
			// "a person familiar with the talks": no speaker noun of its
			// own, the noun alone
			return speaker{a: h, b: h + 1, ent: -1}, true
		}
		return st.speakerNP(a, h+1)
	}
	return speaker{}, false
}

// relayed: the draft d is a ", quoting X," or ", citing X," insertion
// that ends right before the cue at ca ("RIA, quoting a source in the
// ministry, said"): the cue's subject stands before the insertion.
func (st *state) relayed(d draft, ca int) bool {
	if w := st.norm(d.cueA); w != "quoting" && w != "citing" {
		return false
	}
	return d.contA > ca && st.norm(ca-1) == ","
}

// relayedSource reads a relayed source placed in a body ("quoting a
// source in the defence ministry", "citing officials at the interior
// ministry") over tokens [j, end), the relay's cue at i: the speaker noun
// speaks, for the body's side. A body named by its kind alone ("the
// defence ministry") is that of the outlet that relays it ("Russia's
// RIA news agency, quoting ..."), when the outlet has a side.
func (st *state) relayedSource(j, end, i int) (speaker, bool) {
	for h := j; h+1 < end; h++ {
		w := st.norm(h + 1)
		if !st.lowerWord(h) || !speakerNouns[st.norm(h)] || !(w == "in" || w == "at" || w == "within" || w == "from") {
			continue
		}
		spk, ok := st.speakerNP(j, h+1)
		if !ok {
			return speaker{}, false
		}
		unnamed := false
		for k := h + 2; k < end; k++ {
			if st.lowerWord(k) && relayBodies[st.norm(k)] {
				unnamed = true
			}
			ei, eb, ok := st.entityStartingAt(k)
			if !ok || eb > end {
				continue
			}
			e := st.doc.Entities[ei]
			if e.Side != "" && stateKind(e.Kind) && e.Kind != parallax.KindPerson && st.toks[k].Cap {
				return speakerWithSide(spk, e.Side), true
			}
			break
		}
		if unnamed {
			// the outlet's side: the last sided body in the few words
			// before the relay's comma ("Russia's RIA news agency")
			for k := i - 2; k >= 0 && k >= i-6 && st.toks[k].Word; k-- {
				if ei, ok := st.entEnd[k+1]; ok {
					if e := st.doc.Entities[ei]; e.Side != "" && e.Kind != parallax.KindPerson {
						return speakerWithSide(spk, e.Side), true
					}
				}
			}
		}
		return spk, true
	}
	return speaker{}, false
}

// relayBodies are a state's bodies named by their kind in a relayed
// source's place ("a source in the defence ministry").
var relayBodies = map[string]bool{
	"ministry": true, "army": true, "military": true, "government": true, "police": true,
	"office": true, "headquarters": true, "command": true, "services": true, "service": true,
}

func speakerWithSide(s speaker, side string) speaker {
	s.side = side
	return s
}

// possessiveTitlePerson reads an inverted speaker "POSSESSOR's TITLE,
// NAME" from token j (`," said Bayrou's budget minister, NAME.`): the
// person named last speaks, with the possessor's side when the title
// gives none. It returns the speaker and the token after the name.
func (st *state) possessiveTitlePerson(j, b int) (speaker, int, bool) {
	ei, eb, ok := st.entityStartingAt(j)
	if !ok || eb+1 >= b || st.doc.Entities[ei].Kind != parallax.KindPerson {
		return speaker{}, 0, false
	}
	if w := st.norm(eb); w != "'s" && w != "’s" {
		return speaker{}, 0, false
	}
	k := eb + 1
	for k < b && k < eb+6 && st.toks[k].Word && !prepositions(st.norm(k)) {
		k++
	}
	if k == eb+1 || !(speakerNouns[st.norm(k-1)] || titleWords[st.norm(k-1)]) || st.norm(k) != "," {
		return speaker{}, 0, false
	}
	x, e, ok := st.appositionName(speaker{a: j, b: k, ent: -1, side: st.doc.Entities[ei].Side}, k, b)
	if !ok {
		return speaker{}, 0, false
	}
	return x, e, true
}

// appositionName: after an inverted title speaker s ending at token
// after, ", NAME" closes the clause (`," said the budget minister,
// NAME.`): that person speaks, with the title's side when the person has
// none. It returns the speaker and the token after the name.
func (st *state) appositionName(s speaker, after, b int) (speaker, int, bool) {
	if s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson || st.norm(after) != "," {
		return speaker{}, 0, false
	}
	ei, eb, ok := st.entityStartingAt(after + 1)
	if !ok || st.doc.Entities[ei].Kind != parallax.KindPerson || pronoun(st.doc.Entities[ei].Text) {
		return speaker{}, 0, false
	}
	if eb < b && st.toks[eb].Text != "." && !st.endsClause(eb, b) {
		return speaker{}, 0, false
	}
	p := st.speakerFromEntity(ei, after+1, eb)
	if p.side == "" {
		p.side = s.side
	}
	return p, eb, true
}

// coordinatedCue: the parse makes the cue at ca a conjunct of the cue of
// a claim found before it in the sentence ("X has denied any wrongdoing
// and says C", "The army rejected the report and says ..."): that
// claim's speaker speaks again, and its content ends before the
// conjunction at conj.
func (st *state) coordinatedCue(si, a, ca, conj, first int) (speaker, bool) {
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "conj" || t.Head <= 0 {
		return speaker{}, false
	}
	h := st.doc.Sentences[si].Tokens[t.Head-1]
	for k := len(st.drafts) - 1; k >= first; k-- {
		d := &st.drafts[k]
		if d.cueA < a || d.cueA >= ca || st.toks[d.cueA].Start != h.Start || d.spk.a < 0 {
			continue
		}
		if d.contB > conj && d.contA < conj {
			d.contB = conj
			for d.contB > d.contA && !st.toks[d.contB-1].Word && !st.isCloseQuote(d.contB-1) {
				d.contB--
			}
		}
		return d.spk, true
	}
	return speaker{}, false
}

// sayingCues report words of their own when coordinated with a claim
// before them ("denied the charge and says C"); an appeal or a citation
// coordinated with it ("raised concerns and urged him to ...") is part
// of the act before it.
var sayingCues = map[string]bool{
	"say": true, "state": true, "tell": true, "claim": true, "insist": true, "argue": true,
	"maintain": true, "write": true, "contend": true, "assert": true, "acknowledge": true,
	"admit": true, "add": true,
}

// bodyHeadNoun: the subject's head is a speaker noun after the body that
// opens it ("A Home Office spokesperson", "A Turkish defense ministry
// official", "The Afghan Taliban government"): the whole phrase up to the
// head speaks, for the body's side. A person of the body (an official, a
// spokesperson, a source) is no named actor; a body noun keeps the
// body's actor.
func (st *state) bodyHeadNoun(first speaker, head parallax.Token, ca int) (speaker, bool) {
	if first.ent < 0 || first.side == "" || st.doc.Entities[first.ent].Kind == parallax.KindPerson {
		return speaker{}, false
	}
	start := first.a
	possessed := false
	if w := st.norm(first.b); (w == "'s" || w == "’s") && st.doc.Entities[first.ent].Kind == parallax.KindGPE {
		// "Russia's RIA news agency": the body after the state's
		// possessive, with its own side
		ej, eb, ok := st.entityStartingAt(first.b + 1)
		if ok && eb < ca && st.doc.Entities[ej].Side != "" && st.doc.Entities[ej].Kind != parallax.KindPerson {
			first = st.speakerFromEntity(ej, first.b+1, eb)
		} else if ok || first.b+1 >= ca || !st.lowerWord(first.b+1) {
			return speaker{}, false
		} else {
			possessed = true
		}
	} else if w == "'s" || w == "’s" {
		possessed = st.lowerWord(first.b + 1)
	}
	if possessed {
		// "Ukraine's emergency service put", "The military's media wing
		// said", "Myanmar's military government denied": a body named
		// by its kind after its owner's possessive speaks for the
		// owner's side; it is not the owner itself
		first.b++
		first.actor = ""
	}
	h := -1
	for k := first.b; k < ca && k <= first.b+3; k++ {
		if st.toks[k].Start == head.Start {
			h = k
			break
		}
		if !st.lowerWord(k) {
			return speaker{}, false
		}
	}
	if h < 0 || !st.lowerWord(h) || !speakerNouns[st.norm(h)] {
		return speaker{}, false
	}
	spk := speaker{a: start, b: h + 1, ent: -1, side: first.side, actor: first.actor}
	if bodyPeople[st.norm(h)] {
		spk.actor = ""
	}
	return spk, true
}

// possessedPeople: the subject's head is a noun for private people after
// a state's possessive ("Cameroon's poultry sellers are pleading", "Gaza's
// residents say"): those people speak, for no party; the state only
// places them.
func (st *state) possessedPeople(first speaker, head parallax.Token, ca int) (speaker, bool) {
	if first.ent < 0 || st.doc.Entities[first.ent].Kind != parallax.KindGPE {
		return speaker{}, false
	}
	if w := st.norm(first.b); w != "'s" && w != "’s" {
		return speaker{}, false
	}
	for k := first.b + 1; k < ca && k <= first.b+4; k++ {
		if !st.lowerWord(k) && st.norm(k) != "and" {
			return speaker{}, false
		}
		if st.toks[k].Start == head.Start {
			if !privatePeople[st.norm(k)] {
				return speaker{}, false
			}
			return speaker{a: first.b + 1, b: k + 1, ent: -1}, true
		}
	}
	return speaker{}, false
}

// privatePeople are plural nouns for people who speak for themselves, not
// for a state or an armed group (DESIGN §3: witnesses, victims and other
// non-parties have no side).
var privatePeople = map[string]bool{
	"residents": true, "villagers": true, "farmers": true, "sellers": true, "traders": true, "merchants": true,
	"shopkeepers": true, "vendors": true, "parents": true, "students": true, "workers": true, "families": true,
	"fishermen": true, "herders": true, "growers": true, "producers": true, "retailers": true, "drivers": true,
	"truckers": true, "doctors": true, "nurses": true, "teachers": true, "refugees": true, "voters": true,
	"women": true, "youths": true, "pensioners": true, "survivors": true, "relatives": true, "activists": true,
	"journalists": true, "businessmen": true, "businesspeople": true, "owners": true, "exporters": true, "importers": true,
}

// bodyPeople are speaker nouns for people of a body, who are not the
// body itself.
var bodyPeople = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"source": true, "sources": true, "officer": true, "officers": true, "commander": true,
	"commanders": true, "diplomat": true, "diplomats": true, "adviser": true, "advisor": true, "aide": true,
	"representative": true, "representatives": true, "envoy": true, "member": true, "members": true,
	"lawmaker": true, "lawmakers": true, "soldier": true, "soldiers": true, "fighters": true,
}
