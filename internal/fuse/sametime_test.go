package fuse

import "testing"

// TestSameTimeSentence: a sentence that opens with "the same night" or
// "that same day", or opens with a place and says "on the same day", or
// says one happening is "separate from" another, is a sequel clause (the
// whole sentence); a "same day" inside a sentence that opens otherwise,
// "the same day as" (concurrentAt's own form), "separately" after a
// speaker and "the same group" are not.
func TestSameTimeSentence(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the sequel's text, "" for none
	}{
		{"Drones hit the depot at Kelm. The same night, sea drones attacked the harbour at Varno, the navy said.", "The same night, sea drones attacked the harbour at Varno, the navy said"},
		{"Drivers marched in Dallin. In Ostra, police cleared a blockade of the fuel plant on the same day.", "In Ostra, police cleared a blockade of the fuel plant on the same day"},
		{"The march in Dallin was peaceful. The protests there were separate from those in Ostra, where two men were shot.", "The protests there were separate from those in Ostra, where two men were shot"},
		{"Shells hit Kelm. The soldiers wounded near the village of Ostra on the same night were taken to Dallin.", ""},
		{"Shells hit Kelm. The army said separately that its troops had retaken a hill near Ostra.", ""},
		{"Gunmen raided a post at Kelm. The same group attacked a camp at Ostra, across the border.", ""},
		{"Aid reached Ostra the same day.", ""},
	} {
		if got := firstSequel(c.text); got != c.want {
			t.Errorf("%q: sequel %q, want %q", c.text, got, c.want)
		}
	}
}

// firstSequel is the text of the first sequel clause concurrentAt finds in
// text, "" for none.
func firstSequel(text string) string {
	words := []word{}
	scanWords(text, nil, func(w word) { words = append(words, w) })
	for i := range words {
		if p, _, ok := concurrentAt(text, words, i); ok {
			return text[p.Start:p.End]
		}
	}
	return ""
}
