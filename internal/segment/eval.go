package segment

import (
	"fmt"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/conllu"
)

// GoldDoc is a document rebuilt from a treebank: its raw text and the gold
// sentence and token spans in it.
type GoldDoc struct {
	ID        string
	Text      string
	Sentences []parallax.Span
	Tokens    []parallax.Span
}

// GoldDocs rebuilds raw documents from treebank sentences. The protocol:
// a document starts at each "# newdoc" comment (the whole file is one
// document when there is none); a paragraph starts at each "# newpar"
// comment (the whole document is one paragraph when the file has none);
// within a paragraph the "# text" of the sentences are joined by one space,
// and paragraphs by "\n\n". Gold tokens are the syntactic words, located in
// the text in order; a multiword token whose words do not spell it out
// ("don't" as "do" + "not") is one gold token.
func GoldDocs(sents []conllu.Sentence) ([]GoldDoc, error) {
	hasPar := false
	for i := range sents {
		if hasComment(&sents[i], "newpar") {
			hasPar = true
			break
		}
	}
	var docs []GoldDoc
	var sb strings.Builder
	var cur *GoldDoc
	flush := func() {
		if cur != nil {
			cur.Text = sb.String()
			docs = append(docs, *cur)
		}
		sb.Reset()
	}
	for i := range sents {
		s := &sents[i]
		text, ok := commentValue(s, "text")
		if !ok {
			return nil, fmt.Errorf("sentence %d (%s) has no # text comment", i+1, s.Comment("sent_id"))
		}
		if cur == nil || hasComment(s, "newdoc") {
			flush()
			cur = &GoldDoc{ID: s.Comment("newdoc id")}
		} else if hasPar && hasComment(s, "newpar") {
			sb.WriteString("\n\n")
		} else {
			sb.WriteString(" ")
		}
		base := sb.Len()
		sb.WriteString(text)
		cur.Sentences = append(cur.Sentences, parallax.Span{Start: base, End: base + len(text)})
		toks, err := goldTokens(s, text)
		if err != nil {
			return nil, fmt.Errorf("sentence %d (%s): %w", i+1, s.Comment("sent_id"), err)
		}
		for _, t := range toks {
			cur.Tokens = append(cur.Tokens, parallax.Span{Start: base + t.Start, End: base + t.End})
		}
	}
	flush()
	return docs, nil
}

func hasComment(s *conllu.Sentence, key string) bool {
	for _, c := range s.Comments {
		if c == key || strings.HasPrefix(c, key+" ") || strings.HasPrefix(c, key+"=") {
			return true
		}
	}
	return false
}

// commentValue returns the value of "# key = value" keeping its inner
// spacing (the sentence text must stay exact).
func commentValue(s *conllu.Sentence, key string) (string, bool) {
	for _, c := range s.Comments {
		if rest, ok := strings.CutPrefix(c, key+" = "); ok {
			return rest, true
		}
	}
	return "", false
}

// goldTokens locates the words of s in its text.
func goldTokens(s *conllu.Sentence, text string) ([]parallax.Span, error) {
	var out []parallax.Span
	pos := 0
	mw := map[int]conllu.Multiword{}
	for _, m := range s.Multiwords {
		mw[m.First] = m
	}
	find := func(form string) (int, bool) {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if strings.HasPrefix(text[pos:], form) {
			return pos, true
		}
		k := strings.Index(text[pos:], form)
		if k < 0 {
			return 0, false
		}
		return pos + k, true
	}
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if m, ok := mw[w.ID]; ok {
			var parts strings.Builder
			last := i
			for last < len(s.Words) && s.Words[last].ID <= m.Last {
				parts.WriteString(s.Words[last].Form)
				last++
			}
			if parts.String() != m.Form {
				at, ok := find(m.Form)
				if !ok {
					return nil, fmt.Errorf("multiword token %q not in the text", m.Form)
				}
				out = append(out, parallax.Span{Start: at, End: at + len(m.Form)})
				pos = at + len(m.Form)
				i = last - 1
				continue
			}
		}
		at, ok := find(w.Form)
		if !ok {
			return nil, fmt.Errorf("word %d %q not in the text", w.ID, w.Form)
		}
		out = append(out, parallax.Span{Start: at, End: at + len(w.Form)})
		pos = at + len(w.Form)
	}
	return out, nil
}

// Score counts exact span matches.
type Score struct{ Gold, Predicted, Correct int }

// Add adds the matches of predicted against gold.
func (s *Score) Add(gold, predicted []parallax.Span) {
	set := make(map[parallax.Span]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	s.Gold += len(gold)
	s.Predicted += len(predicted)
	for _, p := range predicted {
		if set[p] {
			s.Correct++
			delete(set, p)
		}
	}
}

// Precision is Correct/Predicted.
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Predicted returns the sentence and token spans of a segmented document
// in the offsets of the original (uncleaned) text, through the map origin.
func Predicted(sents []parallax.Sentence, origin parallax.OffsetMap) (sentences, tokens []parallax.Span) {
	back := func(sp parallax.Span) parallax.Span {
		if sp.End <= sp.Start {
			o := origin.Original(sp.Start)
			return parallax.Span{Start: o, End: o}
		}
		return parallax.Span{Start: origin.Original(sp.Start), End: origin.Original(sp.End-1) + 1}
	}
	for _, s := range sents {
		sentences = append(sentences, back(s.Span))
		for _, t := range s.Tokens {
			tokens = append(tokens, back(t.Span))
		}
	}
	return sentences, tokens
}

// Unmarked counts the sentences of d that end inside a paragraph without
// end punctuation ("Thanks, Sean" + "Here you go"): no splitter that reads
// punctuation can find those boundaries, so they bound the sentence score.
func Unmarked(d GoldDoc) int {
	n := 0
	for k := 0; k+1 < len(d.Sentences); k++ {
		s, next := d.Sentences[k], d.Sentences[k+1]
		if strings.Contains(d.Text[s.End:next.Start], "\n") {
			continue
		}
		body := strings.TrimRight(d.Text[s.Start:s.End], "\"'”’»)] ")
		if !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "!") && !strings.HasSuffix(body, "?") &&
			!strings.HasSuffix(body, "…") && !strings.HasSuffix(body, ":") && !strings.HasSuffix(body, ";") {
			n++
		}
	}
	return n
}
