package fuse

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// The voice of an issued document. A party's own communiqué or statement
// ("Communiqué of the General Staff of the Armed Forces on the aggression
// at ...", "Statement of the Ministry of Information on ...") tells the
// clash in its own voice: "units of the enemy army opened fire on our
// positions", "35 enemy soldiers were killed". Its acts and figures are no
// reporter's: they are the issuer's word, as a spokesman's would be in a
// wire report, and they stand against the other party's account of the
// same clash (who attacked first, whose dead). The extraction gives them
// no claim, since no one in the text says them; fusion gives them the
// issuer's side (issuerSide), and only for the parts told in the
// document's own voice (no claim, no claimant), so that the parties it
// quotes keep their own.

// issuedNouns open the title of a document a party issues in its own
// name. A briefing's or a press conference's transcript is not one: its
// own voice is the questions of the press.
var issuedNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"announcement": true, "bulletin": true, "release": true}

// issuerEnd words end the issuer's name in such a title ("... of the
// General Command on the attack").
var issuerEnd = map[string]bool{"on": true, "regarding": true, "about": true, "concerning": true, "following": true}

// issuerSide returns the side of the party that issues doc in its own
// name: its first sentence (the title) opens with an issued document's
// noun (in its first six words), followed within three words by "of" or
// "by" and the issuer's name, whose last sided entity (no person) before
// the name ends gives the side, else a claim whose speaker names the
// issuer again. "" for any other document: a report, an interview, a
// transcript, a statement whose issuer has no side (a rights group).
func issuerSide(doc *parallax.Document) string {
	if len(doc.Sentences) == 0 {
		return ""
	}
	sent := doc.Sentences[0].Span
	if sent.End > len(doc.Text) || sent.Start >= sent.End {
		return ""
	}
	title := doc.Text[sent.Start:sent.End]
	if nl := strings.IndexByte(title, '\n'); nl >= 0 {
		title = title[:nl] // the title line only, where the dateline runs on in one sentence
	}
	type word struct {
		w     string
		start int
	}
	var ws []word
	for i := 0; i < len(title); {
		for i < len(title) && !titleByte(title[i]) {
			if title[i] == '(' || title[i] == ':' || title[i] == ',' {
				ws = append(ws, word{title[i : i+1], sent.Start + i})
			}
			i++
		}
		j := i
		for j < len(title) && titleByte(title[j]) {
			j++
		}
		if j > i {
			ws = append(ws, word{strings.ToLower(title[i:j]), sent.Start + i})
		}
		i = j
	}
	open := -1
	for k := 0; k < len(ws) && k < 6; k++ {
		if issuedNouns[ws[k].w] {
			open = k
			break
		}
	}
	if open < 0 {
		return ""
	}
	of := -1
	for k := open + 1; k < len(ws) && k <= open+3; k++ {
		if ws[k].w == "of" || ws[k].w == "by" {
			of = k
			break
		}
	}
	if of < 0 {
		return ""
	}
	from, to := ws[of].start, sent.Start+len(title)
	for k := of + 1; k < len(ws); k++ {
		if w := ws[k].w; issuerEnd[w] || w == "(" || w == ":" || w == "," {
			to = ws[k].start
			break
		}
	}
	// The name's last sided entity is the party: "the Ministry of
	// Defence of Ostria", "the Joint Staff of the Valdorian Army" (the body
	// a name ends with owns the parts before it).
	side, last := "", -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Start >= from && e.End <= to && e.Side != "" && e.Kind != parallax.KindPerson && e.Start > last {
			side, last = e.Side, e.Start
		}
	}
	if side != "" {
		return side
	}
	// A name that holds no sided entity ("the High Command of the Army",
	// "the Press Office") is the issuer's as its text says it again: a
	// claim whose speaker is that name, or its head, gives the side ("The
	// Press Office of the Republic of Ostria announces ...").
	name := strings.ToLower(doc.Text[from:to])
	for i := range doc.Claims {
		sp := &doc.Claims[i].Speaker
		if sp.Side != "" && len(sp.Text) >= minIssuerName && strings.Contains(name, strings.ToLower(sp.Text)) {
			return sp.Side
		}
	}
	return ""
}

// minIssuerName is the shortest speaker's text that may name an issuer
// again ("General Command"; not "it", "the army").
const minIssuerName = 12

// titleByte: a byte of a word of a title (letters, digits, the bytes of
// a non-ASCII letter, an apostrophe or a hyphen inside a name).
func titleByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c >= 0x80 || c == '-' || c == '\''
}

// voiceClaim is the claim an act told in the issued document's own voice
// stands for in the assessment: the issuer asserting it. It has no id (no
// claim of the report says it).
func voiceClaim(side string) *claimF {
	return &claimF{side: side, stance: parallax.StanceAssert}
}

// claimList is a contradiction value's claims, sorted and distinct: [],
// never null, where the value is told only in an issued document's own
// voice (no claim id).
func claimList(ids []string) []string {
	if out := sortedSet(ids); out != nil {
		return out
	}
	return []string{}
}
