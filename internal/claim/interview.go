package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// interviewTurns reads an interview printed without speaker labels: the
// outlet's questions and the interviewee's answers as plain paragraphs
// ("What will you do first?" / "I will cut the fuel tax ..."). Each
// answer is one claim of the interviewee, as a labelled turn is
// (devgold2's transcript convention); its later paragraphs are not new
// claims. The question's mark is the cue, the answer's first sentence the
// claim's sentence.
//
// Plain news asks questions too (a reporter's "So what happens next?",
// an explainer's "What is a green card?"), so the text must read as an
// interview as a whole: at least two questions each answered by the next
// paragraph, one at least put to someone ("you", "your"), and the text
// calling itself an interview before its first question; or, where it
// does not, three such pairs, at least half of them put to someone. The interviewee is the person the introduction names
// most often before the first question (the first of equals).
func (st *state) interviewTurns() {
	paras := st.paragraphs()
	type pair struct{ q, ans int } // paragraph indices
	var pairs []pair
	you := 0
	for pi := 0; pi+1 < len(paras); pi++ {
		ai := pi + 1
		if c := paras[ai]; ai+1 < len(paras) && st.caption(c[0], c[1]) {
			ai++ // a picture's caption printed between question and answer
		}
		q, ans := paras[pi], paras[ai]
		if !st.questionParagraph(q[0], q[1]) || st.questionParagraph(ans[0], ans[1]) || !st.answerParagraph(ans[0], ans[1]) {
			continue
		}
		pairs = append(pairs, pair{pi, ai})
		if st.secondPerson(q[0], q[1]) {
			you++
		}
	}
	if len(pairs) < 2 || you == 0 {
		return
	}
	firstQ := paras[pairs[0].q][0]
	called := st.callsItselfInterview(firstQ)
	if len(pairs) < 3 && !called || 2*you < len(pairs) && !called {
		// (a text that calls itself an interview may ask most of its
		// questions without "you": "Is the video available to the
		// public?", "How big would the samples be?")
		return
	}
	ei := st.interviewee(firstQ)
	if ei < 0 {
		return
	}
	ea, eb := st.tokensIn(st.doc.Entities[ei].Start, st.doc.Entities[ei].End)
	spk := st.speakerFromEntity(ei, ea, eb)
	for _, p := range pairs {
		q, ans := paras[p.q], paras[p.ans]
		mark := q[1] - 1
		for mark > q[0] && st.toks[mark].Text != "?" {
			mark--
		}
		st.addDraft(draft{cueA: mark, cueB: mark + 1, contA: ans[0], contB: ans[1], spk: spk, direct: true, cont: true})
	}
}

// paragraphs are the token ranges [a, b) of the text's paragraphs.
func (st *state) paragraphs() [][2]int {
	var ps [][2]int
	for a := 0; a < len(st.toks); {
		b := st.paragraphEnd(a) + 1
		ps = append(ps, [2]int{a, b})
		a = b
	}
	return ps
}

// questionParagraph: a paragraph that asks, ending with its question mark
// (maybe after a closing quotation mark: `What about the adage, “…”?`) or
// trailing off after one ("…? Although a computer can …"). A paragraph
// opening with a quotation is someone's quoted words; one with a label
// ("Q:", "NAME:") is a labelled transcript, read elsewhere.
func (st *state) questionParagraph(a, b int) bool {
	if b-a < 3 || actor.IsQuoteMark(st.toks[a].Text) || st.labelled(a, b) {
		return false
	}
	last := b - 1
	for last > a && st.isCloseQuote(last) {
		last--
	}
	switch st.toks[last].Text {
	case "?":
		// a question mark inside a closing quotation is the quoted
		// words' (an answer that ends on a quoted "..., would it?")
		return last == b-1 || !st.inQuote(last)
	case "…", "...":
		for k := a; k < last; k++ {
			if st.toks[k].Text == "?" && !st.inQuote(k) {
				return true
			}
		}
	}
	return false
}

// answerParagraph: a paragraph of sentences (a heading or a caption
// without a full stop is none), not a quotation, not labelled.
func (st *state) answerParagraph(a, b int) bool {
	if b-a < 2 || actor.IsQuoteMark(st.toks[a].Text) || st.labelled(a, b) {
		return false
	}
	switch l := st.toks[b-1].Text; {
	case l == "." || l == "!" || l == "…" || l == "...":
		return true
	case st.isCloseQuote(b - 1):
		return true
	}
	return false
}

// caption: a paragraph that is a picture's caption: it names its credit
// ("... Image: NASA") or ends without a sentence's punctuation.
func (st *state) caption(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k+1 < b; k++ {
		if creditWords[st.norm(k)] && st.toks[k].Cap && st.toks[k+1].Text == ":" {
			return true
		}
	}
	switch st.toks[b-1].Text {
	case ".", "!", "?", "…", "...":
		return false
	}
	return !st.isCloseQuote(b - 1)
}

// labelled: the paragraph opens with a short capitalised label and a
// colon ("Q:", "Hana Ostrova:", "SECRETARY KERRY:").
func (st *state) labelled(a, b int) bool {
	for k := a; k < b && k < a+5; k++ {
		if st.toks[k].Text == ":" {
			return k > a
		}
		if !st.toks[k].Word && st.toks[k].Text != "." || st.toks[k].Word && !st.toks[k].Cap {
			return false // ("Achieving four goals: ..." opens an answer)
		}
	}
	return false
}

// secondPerson: the paragraph addresses someone ("do you think", "your
// plans").
func (st *state) secondPerson(a, b int) bool {
	for k := a; k < b; k++ {
		if n := st.norm(k); (n == "you" || n == "your") && !st.inQuote(k) {
			return true
		}
	}
	return false
}

// callsItselfInterview: the title or the text before token end names an
// interview ("Wikinews interviews NAME", "sat down with X for an
// interview", "He was interviewed by", "Q&A").
func (st *state) callsItselfInterview(end int) bool {
	if interviewWord(strings.ToLower(st.doc.Article.Title)) {
		return true
	}
	for k := 0; k < end; k++ {
		if n := st.norm(k); strings.HasPrefix(n, "interview") || n == "q&a" {
			return true
		}
	}
	return false
}

func interviewWord(s string) bool {
	return strings.Contains(s, "interview") || strings.Contains(s, "q&a")
}

// interviewee is the entity of the person the interview is with, -1 when
// none is named before token end: a person the title names ("Wikinews
// interviews NAME", "Q&A: NAME on ..."), else the person named last
// before the first question (the caption or line that introduces the
// talk: "Pacific Standard owner, NAME, displays ..."; "He was interviewed
// by ...") rather than the one the introduction discusses most. A photo
// credit ("Image: NAME") names no speaker.
func (st *state) interviewee(end int) int {
	if end >= len(st.toks) {
		return -1
	}
	limit := st.toks[end].Start
	title := strings.ToLower(st.doc.Article.Title)
	last, titled := -1, -1
	for ei, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || pronoun(e.Text) || e.End > limit || st.credited(e.Start) {
			continue
		}
		if _, b := st.tokensIn(e.Start, e.End); b < len(st.toks) && st.toks[b].Word && !st.toks[b].Cap && st.tagAt(b) == "NOUN" && !creditWords[st.norm(b)] {
			continue // "the Santorum cocktail": a name lent to a thing
		}
		if titled < 0 && titleNames(title, strings.ToLower(e.Text)) {
			titled = ei
		}
		if last < 0 || e.Start > st.doc.Entities[last].Start {
			last = ei
		}
	}
	if titled >= 0 {
		return titled
	}
	return last
}

// titleNames: the lower-case title names the person, not as the topic
// ("interviews New York bar owner on Santorum cocktail" is about him).
func titleNames(title, name string) bool {
	i := strings.Index(title, name)
	if name == "" || i < 0 {
		return false
	}
	before := strings.Fields(title[:i])
	if n := len(before); n > 0 {
		switch before[n-1] {
		case "on", "about", "over", "of":
			return false
		}
	}
	return true
}

// creditWords open a caption's credit ("Image: NAME"); after a name they
// label the picture of the person ("NAME image: CREDIT").
var creditWords = map[string]bool{"image": true, "photo": true, "photograph": true, "credit": true, "video": true, "audio": true}

// credited: the text at byte offset off follows a photo or image credit
// ("Image: NAME", "Photo: NAME").
func (st *state) credited(off int) bool {
	a, _ := st.tokensIn(off, off+1)
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if creditWords[st.norm(k)] {
			return true
		}
	}
	return false
}
