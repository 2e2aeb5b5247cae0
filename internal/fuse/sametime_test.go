package fuse

import "testing"

// TestSameTimeSentence: a sentence that opens with "the same night" or
// "that same day", or opens with a place and a comma ("In Ostra,", "In the
// port city Ostra,") and says "on the same day" or "the same" anything, or
// says one happening is "separate from" another, is a sequel clause (the
// whole sentence); a "same day" inside a sentence that opens otherwise,
// "the same day as" (concurrentAt's own form), "separately" after a
// speaker, "the same group", and "the same" after "In X" with no comma or
// after "In a statement," are not.
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
		{"Drivers marched in Dallin. In the port city Ostra, strikers on the same day shut the docks.", "In the port city Ostra, strikers on the same day shut the docks"},
		{"Drivers marched in Dallin. In Ostra, crowds angered by the same fuel prices burned a toll booth.", "In Ostra, crowds angered by the same fuel prices burned a toll booth"},
		{"Drivers marched in Dallin. In Ostra the governor said the same measures would apply.", ""},
		{"Drivers marched in Dallin. In a statement, the governor of Ostra said the same.", ""},
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

// TestSameTimeBeforeAlso: a sentence opening with "The same night," that
// also holds "also" is a sequel told as another happening of the night,
// not an "also" sentence (whose speaker's claim would keep it the story's:
// alsoClaimed).
func TestSameTimeBeforeAlso(t *testing.T) {
	text := "Drones hit the substation at Kelm. The same night, the General Staff said drones had struck the air base at Varno, also in the region."
	var words []word
	scanWords(text, nil, func(w word) { words = append(words, w) })
	for i := range words {
		if c, also, ok := concurrentAt(text, words, i); ok {
			if also || text[c.Start:c.Start+14] != "The same night" {
				t.Errorf("sequel %q also=%v, want the same-night sentence with also=false", text[c.Start:c.End], also)
			}
			return
		}
	}
	t.Error("no sequel found")
}
