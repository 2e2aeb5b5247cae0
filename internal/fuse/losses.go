package fuse

import (
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// A side that denies losing what another side says it destroyed, shot
// down or captured ("the army denied that any tank had been destroyed",
// "al-Mismari denied that any of their fighters had been captured") gives
// its figure for that item: none. Without it the rival's figure stands
// alone and no count contradiction is told, although the two parties
// disagree on the number.

// lossItems are the count items a denial can give a zero for, as bits of
// claimC.lost (their order is that of the bits; append only).
var lossItems = []string{"helicopter", "drone", "tank", "air_defense", "armored_vehicle", "artillery", "aircraft",
	"vehicle", "killed", "wounded", "captured", "missing"}

// lostOne is the bit of claimC.lost (above lossItems' bits) set when the
// denial names its item as one known thing, "the" and a singular noun
// ("the drone was not hit", "the helicopter had not been shot down"): it
// denies losing that one, not every figure another side gives ("38
// drones downed over Belgorod").
const lostOne = 1 << 15

// lostFighters is the bit of claimC.lost set when a denial names the
// people whose loss it denies as fighters ("that any Nigerian soldier had
// been taken prisoner", "that any of its fighters had been captured"):
// the rival's count of the denier's fighters in that state is then what
// it answers, whatever other words the two share (fightersAnswer).
const lostFighters = 1 << 14

// personItems are the count items of people, by their state.
var personItems = map[string]bool{"killed": true, "wounded": true, "captured": true, "missing": true}

// lossLexicon: the item nouns (data/lexicon/items.tsv: materiel by its item,
// people as "person") and the outcome words (outcomes.tsv) the quantity
// stage reads, by their lower-case form, plurals included.
type lossLexicon struct {
	items    map[string]string // noun phrase → item, or "person"
	outcomes map[string]string // word or phrase → outcome
	itemMax  int               // words in the longest noun phrase
	outMax   int
}

var losses = loadLossLexicon()

// loadLossLexicon reads the vocabularies with the quantity stage's loader
// and plural rule (words.ReadTSV, words.Plurals), so the two stages read
// one item vocabulary the same way.
func loadLossLexicon() *lossLexicon {
	lx := &lossLexicon{items: map[string]string{}, outcomes: map[string]string{}}
	rows, err := words.ReadTSV("items.tsv", 3)
	if err != nil {
		panic("fuse: " + err.Error()) // embedded at build time: cannot fail at run time
	}
	for _, f := range rows {
		if f[1] == "none" {
			continue
		}
		item := f[1]
		if f[2] == "people" {
			item = "person"
		}
		for _, form := range words.Plurals(f[0]) {
			if _, ok := lx.items[form]; !ok {
				lx.items[form] = item
			}
			lx.itemMax = max(lx.itemMax, strings.Count(form, " ")+1)
		}
	}
	if rows, err = words.ReadTSV("outcomes.tsv", 2); err != nil {
		panic("fuse: " + err.Error())
	}
	for _, f := range rows {
		lx.outcomes[f[0]] = f[1]
		lx.outMax = max(lx.outMax, strings.Count(f[0], " ")+1)
	}
	return lx
}

// phrase returns the value of the longest phrase of dict (at most n words)
// that starts at ws[i], and its length in words.
func phrase(dict map[string]string, n int, ws []string, i int) (string, int) {
	for k := min(n, len(ws)-i); k > 0; k-- {
		if v, ok := dict[strings.Join(ws[i:i+k], " ")]; ok {
			return v, k
		}
	}
	return "", 0
}

// passiveAux are the words that make an outcome after an item its passive
// ("had been shot down", "were killed", "got captured").
var passiveAux = map[string]bool{"been": true, "was": true, "were": true, "is": true, "are": true, "being": true, "be": true,
	"got": true, "gotten": true, "get": true}

// lostItems returns the items (bits of lossItems) whose loss a denial's
// words deny: an item noun followed by a passive outcome ("any tank had
// been destroyed", "Israeli jets had been shot down", "any of their
// fighters had been captured"), or a form of "lose" before it ("losing
// any helicopters"). People give the item of their state (killed,
// wounded, captured, missing); civilians are left to the
// civilian_targeting kind (civ). The denier's own losses are meant: a
// denial of having harmed others is told in the active voice ("denied
// that its troops killed anyone"), which gives nothing here.
func lostItems(text string, civ bool) uint16 {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '/'
	})
	var out uint16
	one := true // every item named is "the" and a singular noun
	add := func(item, outcome string) {
		if item == "person" {
			if civ || outcome != "killed" && outcome != "wounded" && outcome != "captured" {
				return // "lost soldiers" says not whether killed or missing
			}
			item = outcome
		}
		for b, it := range lossItems {
			if it == item {
				out |= 1 << b
			}
		}
	}
	named := func(i, n int) {
		if i == 0 || ws[i-1] != "the" || strings.HasSuffix(ws[i+n-1], "s") {
			one = false
		}
	}
	for i := 0; i < len(ws); i++ {
		item, n := phrase(losses.items, losses.itemMax, ws, i)
		if n == 0 {
			continue
		}
		// "losing any helicopters", "lost a tank": a form of lose at most
		// three words before.
		before := out
		for k := max(0, i-3); k < i; k++ {
			if o, m := phrase(losses.outcomes, losses.outMax, ws, k); m > 0 && o == "lost" && k+m <= i && strings.HasPrefix(ws[k], "los") {
				add(item, "lost")
			}
		}
		// The passive: an auxiliary within the next three words, then
		// the outcome.
		j := i + n
		aux := false
		for k := j; k < len(ws) && k < j+4; k++ {
			if passiveAux[ws[k]] {
				aux = true
				continue
			}
			if !aux {
				continue
			}
			if o, m := phrase(losses.outcomes, losses.outMax, ws, k); m > 0 {
				add(item, o)
				break
			}
		}
		if out != before {
			named(i, n)
			if item == "person" && victimClass(strings.Join(ws[i:i+n], " ")) == victimsFighters {
				out |= lostFighters
			}
		}
		i += n - 1
	}
	if out != 0 && one {
		out |= lostOne
	}
	return out
}
