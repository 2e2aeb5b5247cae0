package ner

import (
	"math/rand"
	"testing"
)

// TestSession12RulesKeepBIO runs session 12's rules on random words and
// valid random tags: none may panic (they index words around names) or
// leave an inside tag without its name's beginning.
func TestSession12RulesKeepBIO(t *testing.T) {
	gaz := recognizer(t).model.gaz
	vocab := []string{"At", "Hove", ":", "v", "(", ")", "U.S.", "Jordan", "of", "King", "al-Libi", "Kelby", "1996-08-08", ",", "2-1", "at", "have", "from", "signed", "said", "'s", "districts", "index", "Formula", "One", "Banco", "Bundesbank", "5.", "68", "-", "Shares", "in", "up", "1.50", "dollars", "Winger", "Lieutenant-Colonel", "analyst", "fund", "manager", "coach", "fast", "bowler", "SOCCER", "a", "former", "minister", "34", "and", "Paris", "Lincoln", "1:33:40.911", "the", "CPA", "ROK", "Inc.", "Corporation", "Post", "Soooo", "Google"}
	types := []string{"PER", "ORG", "LOC", "MISC"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		k := rng.Intn(12)
		var sents, tags [][]string
		for si := 0; si < 1+rng.Intn(3); si++ {
			w := make([]string, k)
			tg := make([]string, k)
			for i := range w {
				w[i] = vocab[rng.Intn(len(vocab))]
				switch rng.Intn(3) {
				case 0:
					tg[i] = "O"
				case 1:
					tg[i] = "B-" + types[rng.Intn(4)]
				default:
					if i > 0 && tg[i-1] != "O" {
						tg[i] = "I-" + tg[i-1][2:]
					} else {
						tg[i] = "O"
					}
				}
			}
			sents = append(sents, w)
			tags = append(tags, tg)
		}
		if rng.Intn(2) == 0 && len(sents[0]) > 1 {
			sents[0][0], sents[0][1] = "SOCCER", "-"
		}
		for i := range sents {
			w, tg := sents[i], tags[i]
			trimOpeningRoles(w, tg)
			trimCompoundRanks(w, tg)
			arabicSurnames(w, tg)
			formulaSeries(w, tg)
			countyLines(w, tg, gaz)
			rankedPersons(w, tg, gaz)
			datelinePlaces(w, tg)
			placeNamedPersons(w, tg, Chunks(tg), gaz)
			rulersOf(w, tg, Chunks(tg), gaz)
			bankNames(w, tg, Chunks(tg))
			clubsBeforeRoles(w, tg, Chunks(tg), gaz)
			indexNames(w, tg, Chunks(tg), gaz)
			firmsOfSpeakers(w, tg, Chunks(tg), gaz)
			drawLines(w, tg, Chunks(tg), gaz)
			leaderLines(w, tg, Chunks(tg), gaz)
			firmsByContext(w, tg, Chunks(tg), gaz)
			firmsOfDealers(w, tg, Chunks(tg))
			setScoreLines(w, tg, gaz)
			shipNames(w, tg, Chunks(tg), gaz)
			bodiesOfPlaces(w, tg, Chunks(tg))
			waterNames(w, tg)
			resultLines(w, tg, gaz, nil)
			headlineLabels(w, tg)
			headTails(w, tg)
			legalFormEnds(w, tg)
			knownBodies(w, tg, Chunks(tg), gaz)
			dropFurniture(w, tg)
		}
		clubs := map[string]bool{}
		sportsClubs(sents, tags, gaz, clubs)
		clubMentions(sents, tags, clubs)
		surnamePersons(sents, tags, nil)
		lonePlacePersons(sents, tags, gaz, nil)
		capsHeadlines(sents, tags, gaz)
		leaderBodies(sents, tags, gaz)
		individualWinners(sents, tags, gaz)
		fixtureLists(sents, tags, gaz, clubs)
		possessiveFirms(sents, tags)
		digestPapers(sents, tags)
		acronymBodies(sents, tags, gaz)
		for _, tg := range tags {
			for i, x := range tg {
				if x[0] == 'I' && (i == 0 || tg[i-1] == "O" || tg[i-1][2:] != x[2:]) {
					t.Fatalf("invalid BIO %v %v", sents, tags)
				}
			}
		}
	}
}
