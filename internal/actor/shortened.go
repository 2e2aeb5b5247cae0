package actor

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// shortHeads are the words of a body's name that a story may use alone,
// capitalised after "the", for the body it named in full before ("the
// Islamic Revolution Guards Corps ... The Guards said", "South Korea's
// Marine Corps ... The Corps said").
var shortHeads = map[string]bool{
	"guards": true, "guard": true, "corps": true, "command": true, "council": true, "front": true,
	"army": true, "navy": true, "committee": true, "centre": true, "center": true, "service": true,
	"directorate": true, "agency": true, "authority": true, "office": true, "brigade": true,
	"brigades": true, "movement": true, "division": true, "bureau": true, "team": true,
}

// initialsSkipped are the short words an acronym leaves out ("Ministry of
// Foreign Affairs" is MFA).
var initialsSkipped = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "&": true}

// shortenedBodies: a recogniser's organisation of one capitalised word
// with no side is a sided body named before in full when it is that
// body's initials ("the Foreign Office ... the FO said") or, after "the",
// a head word of its name ("the Islamic Revolution Guards Corps ... The
// Guards said"): it takes that body's actor and side, so that the
// pronouns after it do too. The body named last wins.
func (st *docState) shortenedBodies() {
	for i := range st.ments {
		m := &st.ments[i]
		if m.b-m.a > 1 && m.side == "" && m.kind == parallax.KindOrganization {
			st.shortenedRun(m) // "the Joint Chiefs" after "the Argentine Joint Chiefs of Staff"
			continue
		}
		if m.b-m.a != 1 || m.side != "" || m.kind != parallax.KindOrganization || !st.toks[m.a].Cap || !st.toks[m.a].Word {
			continue
		}
		word := st.toks[m.a].Text
		acronym := isAcronym(word)
		if !acronym && !(st.tokNorm(m.a-1) == "the" && shortHeads[st.toks[m.a].Norm]) {
			continue
		}
		best := -1
		for j, e := range st.ments {
			if e.b > m.a || e.b-e.a < 2 || !e.resolved || e.side == "" || e.actor == "" {
				continue
			}
			if e.kind != parallax.KindGovernment && e.kind != parallax.KindMilitary && e.kind != parallax.KindOrganization && e.kind != parallax.KindGroup {
				continue
			}
			if st.sentOf[m.a]-st.sentOf[e.a] > 12 {
				continue
			}
			if acronym && st.initials(e.a, e.b) == word || !acronym && st.nameHolds(e.a, e.b, st.toks[m.a].Norm) {
				if best < 0 || e.a > st.ments[best].a {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		e := st.ments[best]
		m.actor, m.kind, m.side, m.inst = e.actor, e.kind, e.side, e.inst
	}
}

// initials are the capitals of the words of tokens [a, b) past short
// links ("Foreign Office" -> "FO").
func (st *docState) initials(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		t := st.toks[k]
		if !t.Word || initialsSkipped[t.Norm] {
			continue
		}
		if !t.Cap {
			return ""
		}
		sb.WriteString(strings.ToUpper(t.Text[:1]))
	}
	return sb.String()
}

// nameHolds: a capitalised word of tokens [a, b), past the first, is w.
func (st *docState) nameHolds(a, b int, w string) bool {
	for k := a + 1; k < b; k++ {
		if st.toks[k].Cap && st.toks[k].Norm == w {
			return true
		}
	}
	return false
}

// shortenedRun: a recogniser's organisation of two or three capitalised
// words with no side, after "the", is the sided body of a state named
// before (within twelve sentences) whose longer name holds those words
// in a run ("the Argentine Joint Chiefs of Staff ... The Joint Chiefs
// also say"): it takes that body's actor and side. The body named last
// wins.
func (st *docState) shortenedRun(m *mention) {
	if m.b-m.a > 3 || st.tokNorm(m.a-1) != "the" {
		return
	}
	for k := m.a; k < m.b; k++ {
		if !st.toks[k].Cap || !st.toks[k].Word {
			return
		}
	}
	best := -1
	for j, e := range st.ments {
		if e.b > m.a || e.b-e.a <= m.b-m.a || !e.resolved || e.side == "" || e.actor == "" || st.sentOf[m.a]-st.sentOf[e.a] > 12 {
			continue
		}
		if e.kind != parallax.KindGovernment && e.kind != parallax.KindMilitary {
			continue
		}
		if st.holdsRun(e.a, e.b, m.a, m.b) && (best < 0 || e.a > st.ments[best].a) {
			best = j
		}
	}
	if best >= 0 {
		e := st.ments[best]
		m.actor, m.kind, m.side, m.inst = e.actor, e.kind, e.side, e.inst
	}
}

// holdsRun: the tokens [a, b) hold the words of [x, y) in a run, past
// their first word (a name's own opening is no shortening of it).
func (st *docState) holdsRun(a, b, x, y int) bool {
	n := y - x
	for k := a + 1; k+n <= b; k++ {
		same := true
		for i := 0; i < n && same; i++ {
			same = st.toks[k+i].Norm == st.toks[x+i].Norm
		}
		if same {
			return true
		}
	}
	return false
}
