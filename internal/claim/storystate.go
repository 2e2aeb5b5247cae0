package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// The rule of this file gives a state's bare body or office ("Defence
// says", "the Secretariat of National Defence said", "Local officials
// said", "the Carabineros said") the state a story is about when the
// story is about one state only but names it seldom or never: a
// regional daily's report from "CULIACÁN, Sinaloa.-", a live blog whose
// towns all lie in Ecuador, a wire story from "TEMUCO —" whose places
// are Chilean towns. The reporter writes for readers who know the
// state; the gazetteer, which puts each place in its country, knows it
// too. Where the story's places and mentions lie in two states, a bare
// body could be either's and gets none.

// placedHomeState is the state a story is set in by its dateline's towns,
// its resolved places and its mentions of states together: the state
// with the most weight, when every other state has at most a third of
// it and the text itself names the state or one of its places. A
// dateline's town weighs three (the filing's place), a place named in
// the text one, a mention of a state, its government, forces or
// officials one; a double dateline whose towns lie in two states
// ("KHARTOUM/JUBA") weighs for neither. "" when nothing places the story
// or two states share it.
func (st *state) placedHomeState() string {
	if st.placedHomeDone {
		return st.placedHome
	}
	st.placedHomeDone = true
	weight, filedWeight := map[string]int{}, map[string]int{}
	var filed []parallax.Span
	for _, d := range st.datelines {
		if d.Start > homeDatelineReach {
			break
		}
		filed = d.Places
		side, one := "", true
		for _, town := range d.Places {
			s := st.placeSideIn(town)
			if s == "" {
				continue
			}
			if side != "" && s != side {
				one = false
			}
			side = s
		}
		if side != "" && one {
			weight[side] += 3
			filedWeight[side] = 3
		}
		break
	}
	for _, p := range st.doc.Places {
		if p.Country == "" {
			continue
		}
		inDateline := false
		for _, f := range filed {
			inDateline = inDateline || f.Contains(parallax.Span{Start: p.Start, End: p.End})
		}
		if inDateline {
			continue
		}
		if side, ok := st.sideOfISO2[p.Country]; ok {
			weight[side]++
		}
	}
	for _, e := range st.doc.Entities {
		if e.Side != "" && stateKind(e.Kind) {
			weight[e.Side]++
		}
	}
	best, first, second := "", 0, 0
	for side, w := range weight {
		switch {
		case w > first || w == first && side < best:
			if best != "" {
				second = max(second, first)
			}
			best, first = side, w
		case w > second:
			second = w
		}
	}
	if first < 2 || 3*second > first || first-filedWeight[best] < 1 {
		// two states share the story, or only its dateline places it
		// ("LONDON - ... the Ministry of Sound said": a bureau's story
		// need not be about the state it is filed from)
		return ""
	}
	st.placedHome = best
	return best
}

// placeSideIn is the side of the state of the first resolved place that
// lies inside span s (a dateline's town or region), or "".
func (st *state) placeSideIn(s parallax.Span) string {
	for _, p := range st.doc.Places {
		if p.Country != "" && s.Contains(parallax.Span{Start: p.Start, End: p.End}) {
			return st.sideOfISO2[p.Country]
		}
	}
	return ""
}

// deFactoSpeakerSide is the side of speaker spk once a de facto ruler
// takes its state's place: the interior ministry, the governor and
// "Kabul said" of a story of 2023 speak for the Taliban, as the actor
// stage gives the ruler the state's bodies it resolves. A person whose
// own side the actor stage kept (a president of the former government)
// and the pronouns that take that person up keep it.
func (st *state) deFactoSpeakerSide(spk speaker) string {
	if spk.side == "" {
		return ""
	}
	ruler := actor.DeFactoSide(spk.side, strings.TrimSpace(st.doc.Article.Published))
	if ruler == spk.side {
		return spk.side
	}
	if spk.actor != "" {
		for _, e := range st.doc.Entities {
			if e.Actor == spk.actor && e.Kind == parallax.KindPerson && e.Side == spk.side {
				return spk.side
			}
		}
	}
	return ruler
}

// placedOrTakenUpSide sides two unnamed speakers the other rules leave
// without one. An official, officer or source whose words end in "in" or
// "at" and a town ("a security source in Lomé", as "according to" takes
// the whole phrase) speaks for the state the town lies in, as the same
// words before the cue do (placedOfficialSide). And "it said" right
// after a state's body that spoke in the same or the sentence before,
// and that no entity names ("According to the Defence Secretariat, ...
// Three vehicles were burned, it said"), is that body. prev is the
// speaker of the claim before; gap the sentences between the two.
func (st *state) placedOrTakenUpSide(spk speaker, prev speaker, gap int) string {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) {
		return ""
	}
	for k := a + 1; k < b-1; k++ {
		if w := st.norm(k); w != "in" && w != "at" {
			continue
		}
		if st.unnamedOfficial(a, k) || st.stateSources(a, k) || st.stateOfficers(a, k) || st.placedOfficer(a, k) {
			return st.placeSideAt(k + 1)
		}
		return ""
	}
	if b != a+1 || st.norm(a) != "it" || prev.side == "" || prev.a < 0 || gap < 0 || gap > 1 {
		return ""
	}
	for k := prev.a; k < prev.b; k++ {
		if institutionWords[st.norm(k)] {
			return prev.side
		}
	}
	return ""
}

// institutionWords name a state's institution, not a person, so that an
// "it" may take it up.
var institutionWords = map[string]bool{
	"army": true, "navy": true, "military": true, "police": true, "government": true, "ministry": true,
	"service": true, "committee": true, "command": true, "presidency": true, "forces": true, "guard": true,
	"gendarmerie": true, "directorate": true, "board": true, "secretariat": true, "carabineros": true,
	"prefecture": true, "council": true, "office": true, "agency": true, "force": true, "defence": true,
	"defense": true, "constabulary": true,
}
