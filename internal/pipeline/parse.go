package pipeline

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/claim"
	"github.com/parallaxhq/parallax/internal/event"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/quantity"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// lazyParse is the default parse stage: it parses nothing itself but gives
// the document the parser, and the stages that read a sentence's parse
// (claim, quantity, event) have it parsed when they first ask for it
// (parallax.Document.Parsed). Of the demo corpus this parses 53 % of the
// tokens where selectiveParse parsed 79 % (its word lists foresee more
// reads than the stages make), and it saves selectiveParse's own scan of
// every sentence; the reports are those of a full parse
// (TestSelectiveParse). Pipeline.Analyze and Run take the parser off the
// documents when they are done.
type lazyParse struct{ parser *parse.Parser }

func (*lazyParse) Name() string { return "parse" }

func (s *lazyParse) Process(doc *parallax.Document) {
	// A parse the document carries in already (a document analysed
	// again) is dropped, as selectiveParse drops it from the sentences
	// it leaves out, so that every tree is this parser's.
	for si := range doc.Sentences {
		toks := doc.Sentences[si].Tokens
		for i := range toks {
			toks[i].Head, toks[i].Rel = 0, ""
		}
	}
	doc.Parser = s.parser
}

// selectiveParse is the parse stage that parses only the sentences a later
// stage may read the parse of, by their words; the pipeline uses it with
// the speaker model (Options.SpeakerModel), which reads the parse of the
// sentences it scores without asking for it. Parsing was half the analysis time, and
// only three stages read the parse, each for a narrow reason: claim for the
// subject of a reporting cue, quantity for the agent of a count, event for
// the initiator and target of a trigger (ner, geo, actor and when read
// none, so the parse runs after them: quantity and event need the
// entities' sides to tell). Each of them says which sentences it needs from its own lexicon
// (NeedsParse), so no word list is repeated here; the others keep Head 0
// and Rel "" on every token, which the readers take for "no parse".
type selectiveParse struct {
	parser     *parse.Parser
	quantities *quantity.Stage
	events     *event.Stage
}

func (*selectiveParse) Name() string { return "parse" }

func (s *selectiveParse) Process(doc *parallax.Document) {
	s.parser.ProcessSentences(doc, s.need(doc))
}

// need is the union of the later stages' NeedsParse over doc.Sentences.
// Claim's answer comes first and is the cheapest; quantity and event are
// asked only about the sentences it leaves out, as a document of those
// alone, since scanning the words of a sentence for them costs about as
// much as their own test.
func (s *selectiveParse) need(doc *parallax.Document) []bool {
	need := claim.NeedsParse(doc)
	var rest []int // indexes in doc.Sentences of the sentences claim leaves out
	for si, b := range need {
		if !b {
			rest = append(rest, si)
		}
	}
	if len(rest) == 0 {
		return need
	}
	sub := *doc
	sub.Sentences = make([]parallax.Sentence, len(rest))
	for k, si := range rest {
		sub.Sentences[k] = doc.Sentences[si]
	}
	sents := words.Split(&sub)
	for _, more := range [][]bool{s.quantities.NeedsParse(&sub, sents), s.events.NeedsParse(&sub, sents)} {
		for k, b := range more {
			need[rest[k]] = need[rest[k]] || b
		}
	}
	return need
}
