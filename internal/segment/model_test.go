package segment

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestModelSentences checks the boundary model on sentence ends that no
// punctuation marks and on places where news keeps one sentence.
func TestModelSentences(t *testing.T) {
	seg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		// Sentence ends that no punctuation marks: a sign-off word
		// after a clause, a closing before a name (the rules split
		// neither).
		{"Call me when you get in Thanks", "Call me when you get in | Thanks"},
		{"Let me know what you think. Best regards, Debra Perlingiere", "Let me know what you think . | Best regards , | Debra Perlingiere"},
		// Names, titles and abbreviations stay inside their sentence.
		{"The meeting was attended by President Vaughan Khachaturian and Chairman of the National Assembly Alen Simanyan.",
			"The meeting was attended by President Vaughan Khachaturian and Chairman of the National Assembly Alen Simanyan ."},
		{"Lt. Col. John Smith of the U.S. Army said the strike hit Raqqa.", "Lt. Col. John Smith of the U.S. Army said the strike hit Raqqa ."},
		{"He arrived at 5 p.m. The talks began an hour later.", "He arrived at 5 p.m. | The talks began an hour later ."},
		{"\"The city is ours,\" the spokesman wrote on X. Corneille Nangaa told reporters the march would go on.",
			"\" The city is ours , \" the spokesman wrote on X . | Corneille Nangaa told reporters the march would go on ."},
		// A slip in edited text does not cut the sentence.
		{"Troops entered the town on Monday. Officials said the road was closed, it says. in the statement of the ministry.",
			"Troops entered the town on Monday . | Officials said the road was closed , it says . in the statement of the ministry ."},
		// Edited text: the model keeps the rules' plain sentence ends and
		// does not split after a bracket opened in the sentence, before a
		// lower-case word after a sign, or between words and numbers.
		{"A new obsession is taking hold on the internet. An insurgency against the Church began.",
			"A new obsession is taking hold on the internet . | An insurgency against the Church began ."},
		{"Tariffs stay until April 2. But Lutnick said 25% U.S. tariffs would stay.",
			"Tariffs stay until April 2 . | But Lutnick said 25 % U.S. tariffs would stay ."},
		{"She will keep the policies of [her predecessor Anton] Berg toward Russia.",
			"She will keep the policies of [ her predecessor Anton ] Berg toward Russia ."},
		{"Exports surged 60% in the past three years; the rest fell. HIV is rising in sub-Saharan Africa. In November 2006 it rose.",
			"Exports surged 60 % in the past three years ; the rest fell . | HIV is rising in sub-Saharan Africa . | In November 2006 it rose ."},
		// Reference marks close their sentence; a sentence-final
		// abbreviation ends one before a pronoun, article or preposition,
		// not before a name.
		{"It was founded in 1990 (see below).[4] Its leader was killed.[3][4] A local official said so.",
			"It was founded in 1990 ( see below ) . [ 4 ] | Its leader was killed . [ 3 ] [ 4 ] | A local official said so ."},
		{"He flew to the U.S. On Monday he met Brig. Gen. Ali Saleh of the U.S. Army in the U.K. The talks failed.",
			"He flew to the U.S. | On Monday he met Brig. Gen. Ali Saleh of the U.S. Army in the U.K. | The talks failed ."},
		// Headings stand alone between blank lines; a name alone there
		// is joined by clean, not here.
		{"The army withdrew.\n\nCasualties\n\nAt least 12 people were killed.", "The army withdrew . | Casualties | At least 12 people were killed ."},
		// A lower-case sentence start after a full stop, in a document
		// that writes one now and then, is the model's to find ("not
		// toys. | maybe"); before a word that joins ("and", "in") the
		// full stop is a slip and the sentence goes on.
		{"Like you said the kids egg him on. Cats react to the treatment they receive, they are not toys. maybe the cat needs a new home. Good luck.",
			"Like you said the kids egg him on . | Cats react to the treatment they receive , they are not toys . | maybe the cat needs a new home . | Good luck ."},
		{"The troops entered the town. Much of the Agdam province was taken. and Fuzuli too. Officials said so.",
			"The troops entered the town . | Much of the Agdam province was taken . and Fuzuli too . | Officials said so ."},
		// No sentence starts right after an opening quote (see also
		// TestCandidate).
		{"'Peace now' protesters marched through Yerevan on Sunday.",
			"' Peace now ' protesters marched through Yerevan on Sunday ."},
		// A sentence-final abbreviation before "Now", "Many", "Some" ...
		// ends its sentence; titles, names and places stay whole.
		{"China used to be one to two years behind the U.S. Now, it is likely two to three months.",
			"China used to be one to two years behind the U.S. | Now , it is likely two to three months ."},
		{"Mr. Smith of the U.S. Army met officials in New York on Monday. He said the talks went well.",
			"Mr. Smith of the U.S. Army met officials in New York on Monday . | He said the talks went well ."},
		// A quotation that opens with a number stays whole in a document
		// with a byline and headings left open.
		{"Aid groups count the dead\n\nJane Roe\n\nWhat the UN says\n\n\"12,000 Sudanese civilians fled across the border,\" the agency said.",
			"Aid groups count the dead | Jane Roe | What the UN says | \" 12,000 Sudanese civilians fled across the border , \" the agency said ."},
		// A colon keeps the quotation it introduces.
		{`The ministry said: "Our units responded to the attack."`, `The ministry said : " Our units responded to the attack . "`},
	} {
		if g := strings.Join(render(seg.Segment(tc.in)), " | "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
		checkDoc(t, tc.in, seg.Segment(tc.in))
	}
}

// TestCandidate checks where the model may start a sentence that the rules
// do not start, in text of each style.
func TestCandidate(t *testing.T) {
	edited, titled, informal := docStyle{0, 0}, docStyle{0, 1}, docStyle{2, 2}
	slips := docStyle{1, 0}
	for _, tc := range []struct {
		text  string
		word  string // the candidate token
		style docStyle
		want  bool
	}{
		// Never right after an opening quote or bracket or a title.
		{"'It reflects the fear' Abdul Lewal said", "It", titled, false},
		{"( See attached file )", "See", informal, false},
		{"the talks with Mr. Smith", "Smith", informal, false},
		// A capital after a word: only in text with open lines.
		{"Thanks Sean Here you go", "Here", titled, true},
		{"Thanks Sean Here you go", "Here", edited, false},
		// A lower-case word after a word: only in informal text.
		{"tell them how you feel it may sound bad", "it", informal, true},
		{"tell them how you feel it may sound bad", "it", titled, false},
		// A lower-case word after a full stop: in text that writes one
		// now and then, unless it joins what precedes it.
		{"they are not toys . maybe the cat", "maybe", slips, true},
		{"they are not toys . maybe the cat", "maybe", edited, false},
		{"of the provinces . and Fuzuli", "and", slips, false},
		// A number that opens a quotation or follows a lower-case word
		// counts the capitalised word after it, in text with open lines
		// too; a number alone after a name may end a line's sentence.
		{`"12,000 Sudanese civilians fled`, "Sudanese", titled, false},
		{"estimates of 40,000 or 25,000 Palestinian dead", "Palestinian", titled, false},
		{"Phillip Allen 713-853-7041 Thanks", "Thanks", titled, true},
	} {
		toks := tokenizeLine(tc.text, 0, len(tc.text), nil)
		k := -1
		for i, tk := range toks {
			if tc.text[tk.s:tk.e] == tc.word {
				k = i
				break
			}
		}
		if k < 1 {
			t.Fatalf("%q: no token %q after the first", tc.text, tc.word)
		}
		cls := make([]uint8, len(toks))
		for i := range toks {
			cls[i] = firstClass(tc.text, toks[i])
		}
		lastOpen := -1
		for i := 0; i < k; i++ {
			if c := tc.text[toks[i].s]; c == '(' || c == '[' {
				lastOpen = i
			}
		}
		got := candidate(tc.text, toks, cls, k, 0, lastOpen, false, tc.style) &&
			!joined(tc.text, toks, cls, k, tc.style)
		if got != tc.want {
			t.Errorf("%q before %q, style %v: candidate %v, want %v", tc.text, tc.word, tc.style, got, tc.want)
		}
	}
}

// TestGuarded: where no sentence starts whatever the model says (guarded),
// and that Segment keeps to it with a model that starts one at every
// candidate.
func TestGuarded(t *testing.T) {
	for _, tc := range []struct {
		text string
		word string // the candidate token
		want bool
	}{
		// An ordinal numbers the name after it; a number that is none
		// does not.
		{"the brigade's 7th Armoured Regiment crossed", "Armoured", true},
		{"moved with Army 2nd Battalion", "Battalion", true},
		{"Call 555-0134 Tomorrow", "Tomorrow", false},
		{"Town retaken, 12 Ruritanian soldiers killed", "Ruritanian", true},
		// A name that a person's title opens goes on; a capital after
		// a name without one may start a sentence, and so may a firm
		// starter after a title's name.
		{"Lieutenant Colonel Omar Haddad Karimi told reporters", "Karimi", true},
		{"army spokesman Pedro Alvarez Ruiz said", "Ruiz", true},
		{"army spokesman Pedro Alvarez Ruiz said", "Pedro", true},
		{"the talks with Gen. Tomas Berg Lind", "Lind", true},
		{"Thanks Sean Here you go", "Here", false},
		{"sent on 05/02/2031 04:10 PM Anna Novak wrote", "Anna", false},
		{"Regards Colonel Smith The report", "The", false},
		{"ask Ambassador One Two Three Four Five", "Five", false},
	} {
		toks := tokenizeLine(tc.text, 0, len(tc.text), nil)
		k := -1
		for i, tk := range toks {
			if tc.text[tk.s:tk.e] == tc.word {
				k = i
			}
		}
		cls := make([]uint8, len(toks))
		for i := range toks {
			cls[i] = firstClass(tc.text, toks[i])
		}
		if got := guarded(tc.text, toks, cls, k); got != tc.want {
			t.Errorf("%q before %q: guarded %v, want %v", tc.text, tc.word, got, tc.want)
		}
		// With a model that starts a sentence at every candidate, in
		// text with open lines: no start at a guarded place, with the
		// guard; the guard is off for training.
		var sc scratch
		split := func([]uint32, int, bool) bool { return true }
		for _, guard := range []bool{true, false} {
			bounds := appendBoundsModel(nil, tc.text, toks, 0, false, docStyle{1, 1}, &sc, guard, split)
			starts := false
			for _, b := range bounds {
				if b.first == k {
					starts = true
				}
			}
			if want := !(guard && tc.want); starts != want {
				t.Errorf("%q, guard %v: a sentence starts at %q: %v, want %v", tc.text, guard, tc.word, starts, want)
			}
		}
	}
}

func TestParseBias(t *testing.T) {
	b, err := ParseBias(FormatBias([2]float32{-1.5, 4}))
	if err != nil || b != [2]float32{-1.5, 4} {
		t.Errorf("round trip: %v %v", b, err)
	}
	if _, err := ParseBias("rule=x"); err == nil {
		t.Error("no error for a bad bias line")
	}
}

func TestStyleOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want docStyle
	}{
		{"One. Two. Three.", docStyle{0, 0}},
		{"One. Two. three. Four. Five.", docStyle{1, 0}},
		{"Too much pepper. no place to sit", docStyle{2, 2}},
		{"Troops left.\n\nThe talks, it says. in the message, failed.", docStyle{1, 0}},
		{"ok. thanks. see you. Bye.", docStyle{2, 0}},
		// Abbreviations' full stops are no lower-case sentence starts.
		{"The U.S. diplomat met Gen. Lee at 5 a.m. on Monday, etc. and left.", docStyle{0, 0}},
		{"Title without end\n\nA line.\n\nAnother one.", docStyle{0, 1}},
		{"hi there\n\nlet me know\n\nok. thanks", docStyle{2, 2}},
		{"", docStyle{}},
	} {
		if got := styleOf(tc.in); got != tc.want {
			t.Errorf("styleOf(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestWeightsRoundTrip(t *testing.T) {
	w := make([]float32, 1<<4)
	w[1], w[5], w[15] = 2.5, -7, 0.001
	var buf bytes.Buffer
	if err := WriteWeights(&buf, w); err != nil {
		t.Fatal(err)
	}
	got, err := ReadWeights(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range w {
		// 16-bit quantisation against the largest magnitude.
		if d := got[i] - w[i]; d > 7.0/32767 || d < -7.0/32767 {
			t.Errorf("weight %d: got %g, want %g", i, got[i], w[i])
		}
	}
	if err := WriteWeights(&buf, make([]float32, 3)); err == nil {
		t.Error("no error for 3 weights")
	}
	for _, bad := range [][]byte{nil, []byte("not gzip")} {
		if _, err := ReadWeights(bytes.NewReader(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
	// A truncated model is refused, not read short.
	var short bytes.Buffer
	zw := gzip.NewWriter(&short)
	zw.Write([]byte(weightsMagic + "\x04\x00\x00\x80\x3f\x01\x00"))
	zw.Close()
	if _, err := ReadWeights(&short); err == nil {
		t.Error("no error for a truncated model")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
