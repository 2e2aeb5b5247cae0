package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

// printTagConfusions prints the n most frequent UPOS confusions of the
// tagger on sents (gold tag, predicted tag, count), most frequent first.
func printTagConfusions(w io.Writer, t *pos.Tagger, sents []conllu.Sentence, n int) {
	type pair struct{ gold, got string }
	count := map[pair]int{}
	errs := 0
	for _, s := range sents {
		upos, _, _ := t.Tag(s.Forms())
		for i, wd := range s.Words {
			if upos[i] != wd.UPOS {
				count[pair{wd.UPOS, upos[i]}]++
				errs++
			}
		}
	}
	pairs := make([]pair, 0, len(count))
	for p := range count {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a.gold+" "+a.got < b.gold+" "+b.got
	})
	fmt.Fprintf(w, "UPOS errors: %d; the %d most frequent (gold, tagged, words):\n", errs, min(n, len(pairs)))
	for _, p := range pairs[:min(n, len(pairs))] {
		fmt.Fprintf(w, "  %-6s %-6s %5d\n", p.gold, p.got, count[p])
	}
}

// attachStats counts words, right heads and right heads with the right
// relation.
type attachStats struct{ words, head, both int }

func (s *attachStats) add(headOK, relOK bool) {
	s.words++
	if headOK {
		s.head++
		if relOK {
			s.both++
		}
	}
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// printAttachErrors parses exs and prints UAS and LAS by gold relation
// (the n relations with the most LAS errors) and by the distance from a
// word to its gold head (the root apart; 7 stands for 7 or more).
func printAttachErrors(w io.Writer, p *parse.Parser, exs []parse.Example, n int) {
	byRel := map[string]*attachStats{}
	var byDist [8]attachStats
	for _, ex := range exs {
		heads, rels := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		for i := range ex.Words {
			headOK := heads[i] == ex.Heads[i]
			relOK := rels[i] == ex.Rels[i]
			s := byRel[ex.Rels[i]]
			if s == nil {
				s = &attachStats{}
				byRel[ex.Rels[i]] = s
			}
			s.add(headOK, relOK)
			d := 0
			if ex.Heads[i] > 0 {
				d = min(7, max(ex.Heads[i]-(i+1), (i+1)-ex.Heads[i]))
			}
			byDist[d].add(headOK, relOK)
		}
	}
	rels := make([]string, 0, len(byRel))
	for r := range byRel {
		rels = append(rels, r)
	}
	sort.Slice(rels, func(i, j int) bool {
		a, b := byRel[rels[i]], byRel[rels[j]]
		if a.words-a.both != b.words-b.both {
			return a.words-a.both > b.words-b.both
		}
		return rels[i] < rels[j]
	})
	fmt.Fprintf(w, "by relation, the %d with the most LAS errors (words, UAS, LAS, LAS errors):\n", min(n, len(rels)))
	for _, r := range rels[:min(n, len(rels))] {
		s := byRel[r]
		fmt.Fprintf(w, "  %-14s %5d %6.2f %6.2f %5d\n", r, s.words, pct(s.head, s.words), pct(s.both, s.words), s.words-s.both)
	}
	fmt.Fprintln(w, "by distance to the head (0: the root; 7: 7 or more) (words, UAS, LAS):")
	for d, s := range byDist {
		if s.words > 0 {
			fmt.Fprintf(w, "  %d %5d %6.2f %6.2f\n", d, s.words, pct(s.head, s.words), pct(s.both, s.words))
		}
	}
}
