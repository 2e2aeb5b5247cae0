package claim

import (
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// FuzzParsed: the rules that read the dependency parse do not panic and
// keep every span inside the text whatever the parse says, including
// malformed heads and relations; the parse is drawn from the fuzzer's
// bytes over the text's tokens.
func FuzzParsed(f *testing.F) {
	f.Add("The minister, Jane Doe, said: \n\nWe will act. The army repelled it and said five died.", []byte{2, 0, 7, 1, 3, 9, 4, 4, 0, 2})
	f.Add("Moscow, which claims it, is warning it could act, according to a news release issued Monday.", []byte{5, 1, 1, 8, 0, 3})
	f.Add("“Q,” said the shop owner. Still, he says, it is. Attacks, also claimed by the group, killed 3.", []byte{9, 9, 9, 0, 1})
	f.Add("\"Q,\" said camp manager Ana Ruiz. Critics, including X Y, suggest it. Figures released Monday showed that 3 died, which the army denied.", []byte{4, 0, 2, 7, 1})
	f.Add("By Ann Lee\n\nHe said on Monday it would, with Ruto warning that it was. China's U.N. ambassador told them. X called the vote a sham and said so.", []byte{1, 3, 3, 0, 8, 2})
	analyze(f, "", "")
	rels := []string{"nsubj", "nsubj:outer", "conj", "acl:relcl", "ccomp", "det", "amod", "compound", "appos", "punct", "root", "obj"}
	tags := []string{"VBD", "VBZ", "NN", "NNP", "MD", "IN", "DT", "PRP"}
	upos := []string{"VERB", "NOUN", "PROPN", "PRON", "ADP", "DET"}
	f.Fuzz(func(t *testing.T, text string, parse []byte) {
		if !utf8.ValidString(text) || len(parse) == 0 {
			return
		}
		doc := &parallax.Document{Text: text}
		toks := actor.Tokenize(text)
		if len(toks) == 0 {
			return
		}
		sent := parallax.Sentence{Span: parallax.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}}
		for i, tk := range toks {
			b := int(parse[i%len(parse)]) + i
			sent.Tokens = append(sent.Tokens, parallax.Token{
				Span: tk.Span, Text: tk.Text,
				Head: b % (len(toks) + 2), // may point past the sentence
				Rel:  rels[b%len(rels)], XPOS: tags[b%len(tags)], UPOS: upos[b%len(upos)],
			})
		}
		doc.Sentences = []parallax.Sentence{sent}
		actorSt.Process(doc)
		New().Process(doc)
		for _, c := range doc.Claims {
			in := func(a, b int) bool { return 0 <= a && a <= b && b <= len(text) }
			if !in(c.Start, c.End) || !in(c.Cue.Start, c.Cue.End) {
				t.Fatalf("claim outside the text: %+v", c)
			}
			if c.Speaker.Text != "" && (!in(c.Speaker.Start, c.Speaker.End) || c.Speaker.Text != text[c.Speaker.Start:c.Speaker.End]) {
				t.Fatalf("speaker outside the text: %+v", c.Speaker)
			}
		}
	})
}
