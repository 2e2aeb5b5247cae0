package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// authorityOwners gives the counts of a story in which a de facto or
// separatist authority speaks (actor.Authority, as the claim stage
// sides its speakers) that authority as owner where the rules before
// gave the state it broke from, or none: fighters and materiel the
// count's own words call the separatists' or the rebels' ("200
// separatist fighters", "two armoured carriers of the separatists",
// "rebel losses were 30 men"), and the civilians the authority itself
// counts as killed or wounded (the people of the land it holds, though
// the gazetteer puts their town in the state; wiregold13–16's
// convention). One authority must speak: a story where two do decides
// nothing.
func authorityOwners(doc *parallax.Document) {
	day := strings.TrimSpace(doc.Article.Published)
	if len(day) > 10 {
		day = day[:10]
	}
	if len(doc.Claims) == 0 {
		return // no authority speaks
	}
	var sep actor.Authority
	// The day's authorities once: asked for each claim, the list (of
	// every authority of that day) was built again for every one.
	auths := actor.AuthoritiesOn(day)
	for _, cl := range doc.Claims {
		for _, a := range auths {
			if cl.Speaker.Side != a.Side {
				continue
			}
			if sep.Side != "" && sep.Side != a.Side {
				return
			}
			sep = a
		}
	}
	if sep.Side == "" {
		return
	}
	for i := range doc.Counts {
		c := &doc.Counts[i]
		if c.Owner == sep.Side || c.Start < 0 || c.End > len(doc.Text) || c.Start >= c.End {
			continue
		}
		own := countWords(doc.Text[c.Start:c.End])
		switch {
		case anyWordIn(own, separatistCountWords) || separatistOwnerAfter(doc.Text[c.End:]):
			c.Owner = sep.Side
		case c.Owner != "" && c.Owner != sep.State:
		case separatistLossesBefore(doc.Text[max(0, c.Start-60):c.Start]):
			c.Owner = sep.Side
		case c.Owner == sep.State && c.ClaimedBy == sep.Side && !sep.Region && (c.Item == "killed" || c.Item == "wounded") && anyWordIn(own, civilianCountWords):
			// (a region in arms counts the state's civilians: they stay
			// the state's)
			c.Owner = sep.Side
		}
	}
}

// countWords are the folded words of a count's text.
func countWords(s string) []string {
	return strings.FieldsFunc(actor.Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r >= 0x80)
	})
}

// separatistCountWords call fighters or materiel the breakaway party's.
var separatistCountWords = map[string]bool{
	"separatist": true, "separatists": true, "rebel": true, "rebels": true, "secessionist": true,
	"secessionists": true, "breakaway": true,
}

// anyWordIn reports whether one of ws is in set.
func anyWordIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// separatistOwnerAfter: the text after a count opens with "of the
// separatists" or "of the rebels".
func separatistOwnerAfter(after string) bool {
	ws := countWords(after[:min(len(after), 40)])
	return len(ws) >= 3 && ws[0] == "of" && ws[1] == "the" && separatistCountWords[ws[2]]
}

// separatistLossesBefore: the words just before a count name the
// separatists' losses ("rebel losses were \"not more than"), the count
// their figure.
func separatistLossesBefore(before string) bool {
	ws := countWords(before)
	if len(ws) > 6 {
		ws = ws[len(ws)-6:]
	}
	for j := 0; j+1 < len(ws); j++ {
		if separatistCountWords[ws[j]] && (ws[j+1] == "losses" || ws[j+1] == "casualties" || ws[j+1] == "dead") {
			return true
		}
	}
	return false
}

// civilianCountWords name a count's people as civilians.
var civilianCountWords = map[string]bool{
	"civilians": true, "civilian": true, "citizens": true, "residents": true, "inhabitants": true,
	"people": true, "villagers": true,
}
