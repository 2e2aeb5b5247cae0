package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// The voice of a count is the side whose words it is in: the speaker's of
// the claim that carries it, else, in a statement or communique that
// speaks in its own first person ("Our air defences shot down ..."), its
// author's. Whose people a count names follows from the voice: a first
// person "our" is the voice's own, a name a party uses only for its enemy
// ("the aggressors", "regime soldiers", "the apostate army") is the
// voice's enemy.

// voice returns the side whose words a count of sentence si is in: the
// speaker's of claim, else, where the sentence speaks in the first person
// outside quotes, the document's author's; "" when unknown.
func (c *context) voice(claim *parallax.Claim, si int) string {
	if claim != nil {
		if sp := c.speakerSide(claim); sp != "" || !c.ownFirstPerson(si) {
			return sp
		}
		// "Air Vice Marshal R.G.K. Kapoor: ... We lost one MiG-21": a
		// speaker of no known side who speaks for the document's
		// author in its own first person
	}
	if c.ownFirstPerson(si) {
		return c.authorSide()
	}
	return ""
}

// ownFirstPerson reports whether sentence si speaks in the first person
// plural outside quotes: the document's own words, not someone's it
// quotes. An outlet's "our correspondent" or "told us" is the newsroom's,
// no party's.
func (c *context) ownFirstPerson(si int) bool {
	if si < 0 || si >= len(c.sents) {
		return false
	}
	we := false
	ws := c.sents[si].Words
	for j, w := range ws {
		switch w.Lower {
		case "we":
			we = true
		case "our":
			if j+1 >= len(ws) || !newsroomNouns[ws[j+1].Lower] {
				we = true
			}
		case `"`, "“", "”", "'", "‘", "’":
			return false
		}
	}
	return we
}

// newsroomNouns after "our" are an outlet's own people and pages, not a
// party's: "residents told our correspondent".
var newsroomNouns = map[string]bool{"correspondent": true, "correspondents": true, "reporter": true, "reporters": true,
	"newspaper": true, "paper": true, "readers": true, "journalist": true, "journalists": true, "editor": true,
	"editors": true, "staff": true, "website": true, "channel": true, "newsroom": true, "team": true,
	"photographer": true, "colleague": true, "colleagues": true, "sister": true, "partners": true, "crew": true,
	"programme": true, "program": true, "live": true, "coverage": true}

// issuerNouns open the title of a document a party issues in its own
// name ("Statement of the General Command of ...").
var issuerNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"announcement": true, "bulletin": true, "release": true, "message": true, "briefing": true, "conference": true,
	"transcript": true}

// issuerEnds end the issuer's name in such a title ("... of the FARC-EP on
// the bombing").
var issuerEnds = map[string]bool{"on": true, "regarding": true, "about": true, "concerning": true, "(": true, ":": true}

// authorSide returns the side a document written in its own first person
// speaks for: the party its title names as the issuer ("Communique No. 18
// of the General Command of the Egyptian Armed Forces", "Statement of the
// Central Committee of the Moro Islamic Liberation Front on ..."), else
// the state of its dateline's place ("DAMASCUS, 1 March 2020 -").
func (c *context) authorSide() string {
	if c.authorDone {
		return c.author
	}
	c.authorDone = true
	if c.headlines > 0 && len(c.sents) > 0 {
		ws := c.sents[0].Words
		open := -1
		for j := 0; j < len(ws) && j < 6; j++ {
			if issuerNouns[ws[j].Lower] {
				open = j
				break
			}
		}
		if open >= 0 {
			for j := open + 1; j < len(ws) && j < open+4; j++ {
				if ws[j].Lower != "of" && ws[j].Lower != "by" {
					continue
				}
				for k := j + 1; k < len(ws) && !issuerEnds[ws[k].Lower]; k++ {
					if side := c.sideAt(0, k); side != "" {
						c.author = side
						return side
					}
				}
				break
			}
			// "Joint media briefing by the Armed Forces on the situation
			// along the LoC, New Delhi, February 28, 2019": where the
			// title says it was issued
			end := c.sents[0].End
			for _, p := range c.doc.Places {
				if p.Start >= c.sents[0].Start && p.End <= end {
					if side := c.placeState(p); side != "" {
						c.author = side
						return side
					}
				}
			}
		}
	}
	ds := dateline.Of(c.doc)
	for _, p := range c.doc.Places {
		d, ok := dateline.Containing(ds, p.Start)
		if !ok || !d.InPlaces(parallax.Span{Start: p.Start, End: p.End}) {
			continue
		}
		if side := c.placeState(p); side != "" {
			c.author = side
			return side
		}
	}
	return ""
}

// pejoratives are words a party uses only for its enemy ("the
// aggressors", "the Le Duan clique", "apostates", "takfiri elements", "the
// Zionist enemy", "the occupation"): whose people or materiel they name is
// the voice's enemy.
var pejoratives = map[string]bool{
	"enemy": true, "enemy's": true, "aggressor": true, "aggressors": true, "aggressor's": true, "aggressors'": true,
	"invaders": true, "invader": true, "occupiers": true, "occupier": true, "occupation": true, "occupying": true,
	"zionist": true, "clique": true, "clique's": true, "apostate": true, "apostates": true, "takfiri": true,
	"takfiris": true, "rats": true, "puppet": true, "puppets": true, "oligarchy": true, "oligarchy's": true,
	"crusader": true, "crusaders": true, "rafidi": true, "rafida": true,
	// a state's word for the other side's troops on its ground ("the
	// bodies of 14 intruders"; "infiltrators" are as often a group's
	// that no party owns)
	"intruders": true, "intruder": true,
}

// pejorativeEnemy returns the enemy of the voice a pejorative names: the
// state the document calls a regime ("the Syrian regime" in a Turkish
// daily) for "regime" words, else the side the voice fights in the story;
// "" when the voice or its enemy is unknown.
func (c *context) pejorativeEnemy(claim *parallax.Claim, si int, regime bool) string {
	v := c.voice(claim, si)
	if v == "" || neutral[v] {
		return ""
	}
	if regime {
		if r := c.namedRegime(); r != "" && r != v {
			return r
		}
	}
	if o := c.opponent(v); o != v {
		return o
	}
	return ""
}

// namedRegime returns the state the document names as a regime with its
// name or demonym right before the word ("Syrian regime positions", "the
// Turkish regime"), the first such; "" when none.
func (c *context) namedRegime() string {
	if c.regimeDone {
		return c.regime
	}
	c.regimeDone = true
	for si, s := range c.sents {
		for j := 1; j < len(s.Words); j++ {
			if w := s.Words[j].Lower; w != "regime" && w != "regime's" && w != "junta" && w != "junta's" {
				continue
			}
			if side := c.sideAt(si, j-1); side != "" && c.states[side] {
				c.regime = side
				return side
			}
		}
	}
	return ""
}

// transcriptTitle reports whether the title calls the document a
// transcript ("Joint media briefing ..., New Delhi (transcript,
// excerpts)"): its words are its speakers', answer by answer.
func (c *context) transcriptTitle() bool {
	for si := 0; si < c.headlines && si < len(c.sents); si++ {
		for _, w := range c.sents[si].Words {
			if w.Lower == "transcript" {
				return true
			}
		}
	}
	return false
}

// A claim told as a noun ("the claims of the Turkish regime that ...",
// "Djibouti's claim that ...") is reported by another voice, which judges
// it in the same sentence ("... are lies"): a first person "our" inside it
// is that voice's, not the claimed party's, as in any indirect speech. The
// voice is the claim that holds it, else the document's author.

// reportNouns are the nouns that tell a claim as a thing reported.
var reportNouns = map[string]bool{"claim": true, "claims": true, "statement": true, "statements": true,
	"allegation": true, "allegations": true, "assertion": true, "assertions": true, "accusation": true,
	"accusations": true, "report": true, "reports": true}

// firstPersonVoice returns the side a first person "our" in a count of
// sentence si stands for: the reporting voice where claim is told as a
// noun (the party the claimant fights where no author is known), else the
// voice of the claim (voice).
func (c *context) firstPersonVoice(claim *parallax.Claim, si int) string {
	if claim == nil || claim.Quote == "direct" || !reportNouns[strings.ToLower(claim.Cue.Text)] {
		return c.voice(claim, si)
	}
	told := c.speakerSide(claim)
	if o := c.enclosing(claim); o != nil {
		if sp := c.speakerSide(o); sp != "" && sp != told {
			return sp
		}
	}
	if a := c.authorSide(); a != "" && a != told {
		return a
	}
	if told != "" && !neutral[told] {
		// (an author no title or dateline names: a party's claim
		// about "our" losses is about its enemy's)
		if opp := c.opponent(told); opp != "" && !neutral[opp] {
			return opp
		}
	}
	return c.voice(claim, si)
}
