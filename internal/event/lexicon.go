package event

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// entry is what a trigger word means: its CAMEO code and ACLED type.
type entry struct {
	cameo, typ string
	curated    bool // from events.tsv; PETRARCH-only verbs need more evidence
	// weapon: the verb is an event only with a weapon as its object
	// ("launched 84 missiles", "fired rockets"), which gives the code.
	weapon bool
}

// trigger holds the readings of one form: as a verb, a noun, or exact words.
type trigger struct {
	verb, noun, exact *entry
}

type lexicon struct {
	forms  map[string]*trigger // lower-case words joined by one space
	maxLen int
	// firsts: the most words of the forms that start with a word.
	firsts map[string]int
}

func (l *lexicon) get(form string) *trigger {
	t := l.forms[form]
	if t == nil {
		t = &trigger{}
		l.forms[form] = t
		n := strings.Count(form, " ") + 1
		l.maxLen = max(l.maxLen, n)
		first, _, _ := strings.Cut(form, " ")
		l.firsts[first] = max(l.firsts[first], n)
	}
	return t
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{forms: map[string]*trigger{}, firsts: map[string]int{}}
	rows, err := words.ReadTSV("events.tsv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		e := &entry{cameo: r[2], typ: r[3], curated: true}
		form := normalize(r[0])
		switch r[1] {
		case "v", "w":
			e.weapon = r[1] == "w"
			for _, f := range verbForms(form) {
				l.get(f).verb = e
			}
		case "n":
			for _, f := range nounForms(form) {
				l.get(f).noun = e
			}
		default:
			l.get(form).exact = e
		}
	}
	rows, err = words.ReadTSV("cameo_verbs.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		e := &entry{cameo: r[2], typ: typeOfCode(r[2])}
		forms := []string{normalize(r[0])}
		if r[0] == r[1] {
			forms = verbForms(forms[0])
		}
		for _, f := range forms {
			t := l.get(f)
			if t.verb == nil {
				t.verb = e
			}
		}
	}
	return l, nil
}

// normalize scans a phrase into lower-case words joined by one space, as
// the sentence words are looked up.
func normalize(p string) string {
	ws := words.Scan(p, parallax.Span{End: len(p)})
	k := make([]string, len(ws))
	for i, w := range ws {
		k[i] = w.Lower
	}
	return strings.Join(k, " ")
}

// verbForms derives the regular forms of a verb (or of the first word of a
// phrasal verb: "shoot down" → "shoots down").
func verbForms(v string) []string {
	head, rest, _ := strings.Cut(v, " ")
	if rest != "" {
		rest = " " + rest
	}
	out := []string{v}
	add := func(f string) { out = append(out, f+rest) }
	switch {
	case strings.HasSuffix(head, "e"):
		add(head + "s")
		add(head + "d")
		add(strings.TrimSuffix(head, "e") + "ing")
	case strings.HasSuffix(head, "y") && len(head) > 2 && !strings.ContainsAny(head[len(head)-2:len(head)-1], "aeiou"):
		add(strings.TrimSuffix(head, "y") + "ies")
		add(strings.TrimSuffix(head, "y") + "ied")
		add(head + "ing")
	case strings.HasSuffix(head, "s") || strings.HasSuffix(head, "sh") || strings.HasSuffix(head, "ch") || strings.HasSuffix(head, "x"):
		add(head + "es")
		add(head + "ed")
		add(head + "ing")
	default:
		add(head + "s")
		add(head + "ed")
		add(head + "ing")
		// one-syllable consonant-vowel-consonant verbs double: "plan" → "planned"
		if n := len(head); n >= 3 && n <= 4 && isVowel(head[n-2]) && !isVowel(head[n-1]) && !isVowel(head[n-3]) && !strings.ContainsAny(head[n-1:], "wxy") {
			add(head + head[n-1:] + "ed")
			add(head + head[n-1:] + "ing")
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func nounForms(n string) []string {
	switch {
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return []string{n, n + "es"}
	case strings.HasSuffix(n, "y") && len(n) > 2 && !isVowel(n[len(n)-2]):
		return []string{n, strings.TrimSuffix(n, "y") + "ies"}
	}
	return []string{n, n + "s"}
}

// typeOfCode gives the ACLED event type of a CAMEO code for verbs that
// events.tsv does not curate (acled_definitions: Battles ≈ 190/193;
// Explosions/Remote violence ≈ 183, 194, 195; Violence against civilians ≈
// 180–182, 20x; Protests ≈ 14x; Riots ≈ 145; the rest are strategic
// developments).
func typeOfCode(code string) string {
	switch {
	case strings.HasPrefix(code, "145"):
		return parallax.EventRiots
	case strings.HasPrefix(code, "14"):
		return parallax.EventProtests
	case strings.HasPrefix(code, "183"), strings.HasPrefix(code, "194"), strings.HasPrefix(code, "195"):
		return parallax.EventExplosions
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "20"):
		return parallax.EventViolenceCivilians
	case strings.HasPrefix(code, "19"):
		return parallax.EventBattles
	}
	return parallax.EventStrategic
}
