package geo

import (
	"strings"

	"github.com/parallaxhq/parallax/data"
	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// orgIndex holds the names of the organisations, armed groups and
// governments of the actor knowledge base (data/actors/orgs.tsv), folded:
// news names them as often as places, and GeoNames lists many of them as
// alternate names of places somewhere (Hamas for Hamm, Taliban for a
// Turkish village, Fano and Wagner as towns), so that a name the actors
// know as a group is not a place, and neither is a place name inside a
// group's longer name ("Islamic State Khorasan", "Baloch Liberation
// Army").
type orgIndex struct {
	// whole maps a folded name to the words of which one must occur in
	// the text for the entry to apply (nil: always).
	whole map[string][]string
	// parts maps each run of words inside a name of several words to the
	// names that contain it.
	parts map[string][]orgPhrase
}

type orgPhrase struct {
	name    string // folded
	context []string
	// lead is the folded run of words that starts the name: a country
	// there is a toponym ("U.S. Senate"), see DESIGN's annotation rules.
	lead string
}

// loadOrgs reads the organisations of the actor knowledge base. A name
// that is also the gazetteer's own name of a prominent place (Fars the
// Iranian province, Fars the news agency) is left to the context: only
// alternate names and small places give way.
func loadOrgs(g *gazetteer.Gazetteer) orgIndex {
	idx := orgIndex{whole: map[string][]string{}, parts: map[string][]orgPhrase{}}
	orgs, err := data.Orgs()
	if err != nil {
		return idx
	}
	for _, o := range orgs {
		if o.Kind == "gpe" || o.Kind == "capital" {
			// De facto states and capitals standing for their states are
			// places as well.
			continue
		}
		var context []string
		for _, w := range o.Context {
			if w = gazetteer.Fold(w); w != "" {
				context = append(context, w)
			}
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			key := gazetteer.Fold(n)
			if key == "" || ownProminentName(g, key) {
				continue
			}
			if _, ok := idx.whole[key]; !ok || context == nil {
				idx.whole[key] = context
			}
			ws := strings.Fields(key)
			if len(ws) < 2 {
				continue
			}
			for i := range ws {
				for j := i + 1; j <= len(ws); j++ {
					if i == 0 && j == len(ws) {
						continue
					}
					part := strings.Join(ws[i:j], " ")
					lead := ""
					if i == 0 {
						lead = part
					}
					idx.parts[part] = append(idx.parts[part], orgPhrase{name: key, context: context, lead: lead})
				}
			}
		}
	}
	return idx
}

// ownProminentName reports whether key is the gazetteer's own name (not
// an alternate one) of a country, first-level division or city of
// 100,000 people or more.
func ownProminentName(g *gazetteer.Gazetteer, key string) bool {
	for _, e := range g.Exact(key) {
		i := int(e)
		f := g.Feature(i)
		if (f == "A.PCLI" || f == "A.ADM1" || g.Entry(i).Population >= 100000) && gazetteer.FoldedNameIs(g.Entry(i).Name, key) {
			return true
		}
	}
	return false
}

// applies reports whether an entry with these context words applies to a
// text whose folded form is folded.
func applies(context []string, folded string) bool {
	if context == nil {
		return true
	}
	for _, c := range context {
		if containsWords(folded, c) {
			return true
		}
	}
	return false
}

// containsWords reports whether the folded text holds the folded words w
// as whole words.
func containsWords(text, w string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if (i == 0 || text[i-1] == ' ') && (j == len(text) || text[j] == ' ') {
			return true
		}
		from = i + 1
	}
}

// dropOrgNames removes the candidates of mentions that name an
// organisation or armed group of the actor knowledge base, or lie inside
// such a name in the text (unless a country starts it: "Myanmar National
// Democratic Alliance Army" keeps Myanmar). folded is the folded text,
// computed once when needed.
func (p *Geoparser) dropOrgNames(text string, ws []word, ms []*mention) {
	if p.orgs.whole == nil {
		return
	}
	folded := ""
	fold := func() string {
		if folded == "" {
			folded = gazetteer.Fold(text)
		}
		return folded
	}
	for _, m := range ms {
		org := false
		if ctx, ok := p.orgs.whole[m.key]; ok && (ctx == nil || applies(ctx, fold())) {
			org = true
		}
		if !org {
			for _, ph := range p.orgs.parts[m.key] {
				if ph.lead == m.key && p.isCountry(m) {
					continue
				}
				// The look at the text around the mention is cheap; the
				// context words need the whole text folded.
				if p.insideName(text, m, ph.name) && (ph.context == nil || applies(ph.context, fold())) {
					org = true
					break
				}
			}
		}
		if org {
			m.cands, m.ner, m.unknown = nil, false, false
		}
	}
}

// insideName reports whether the mention lies inside an occurrence of the
// folded name in the text: the text around it, folded, holds the name
// with the mention's key at the same place.
func (p *Geoparser) insideName(text string, m *mention, name string) bool {
	at := strings.Index(name, m.key)
	for at >= 0 {
		if (at == 0 || name[at-1] == ' ') && (at+len(m.key) == len(name) || name[at+len(m.key)] == ' ') {
			// The folded name before the key is at most a few bytes
			// longer in the text (punctuation, accents): take a window
			// twice as long and look for the name ending where the key
			// does.
			lo := max(0, m.start-2*at-8)
			hi := min(len(text), m.end+2*(len(name)-at-len(m.key))+8)
			for lo > 0 && !startsRune(text[lo]) {
				lo--
			}
			for hi < len(text) && !startsRune(text[hi]) {
				hi++
			}
			// The text before the key is folded only when the name has
			// words before it, the text after only when it has words
			// after it.
			pre, post := strings.TrimSpace(name[:at]), strings.TrimSpace(name[at+len(m.key):])
			if (pre == "" || endsWithWords(gazetteer.Fold(text[lo:m.start]), pre)) &&
				(post == "" || startsWithWords(gazetteer.Fold(text[m.end:hi]), post)) {
				return true
			}
		}
		next := strings.Index(name[at+1:], m.key)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}

// endsWithWords reports whether folded text ends in the words pre.
func endsWithWords(before, pre string) bool {
	return strings.HasSuffix(before, pre) && (len(before) == len(pre) || before[len(before)-len(pre)-1] == ' ')
}

// startsWithWords reports whether folded text starts with the words post.
func startsWithWords(after, post string) bool {
	return strings.HasPrefix(after, post) && (len(after) == len(post) || after[len(post)] == ' ')
}

func startsRune(b byte) bool { return b < 0x80 || b >= 0xC0 }
