package ner

import (
	"strings"
	"unicode"
)

// stageDirections are the words a transcript puts in brackets for what is
// heard besides speech ("( Laughter . )", "(APPLAUSE)", "[CROSSTALK]").
// The model, seeing a capitalised word alone in a short sentence, reads
// them as names (UNER EWT dev: eight such persons and places in one
// speech).
var stageDirections = map[string]bool{
	"laughter": true, "laughs": true, "laughing": true, "applause": true,
	"cheers": true, "cheering": true, "booing": true, "boos": true,
	"crosstalk": true, "inaudible": true, "unintelligible": true,
	"silence": true, "music": true, "sighs": true, "pause": true,
	"groans": true, "gasps": true, "chuckles": true, "chanting": true,
}

// fileExtensions end the names of attached and linked files
// ("Budget2024.xls", "Minutes.pdf"), which are no names whatever they
// hold (UNER EWT dev: eight organisations, all e-mail attachments; the
// training file tags 53 file names O and 2 as part of a person).
var fileExtensions = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true,
	"xlsm": true, "ppt": true, "pptx": true, "txt": true, "rtf": true,
	"csv": true, "jpg": true, "jpeg": true, "png": true, "gif": true,
	"tif": true, "tiff": true, "bmp": true, "zip": true, "rar": true,
	"exe": true, "mp3": true, "mp4": true, "wav": true, "avi": true,
	"mov": true, "wmv": true, "msg": true,
}

// dropFurniture clears the tags of a transcript's stage directions that
// stand alone in brackets, of file names and of stretched words. A name
// that the cleared word opened goes on from the word after it.
func dropFurniture(words, tags []string) {
	for i, w := range words {
		if tags[i] == "O" {
			continue
		}
		if !isFileName(w) && !isStretched(w) && !(bracketedAlone(words, i) && stageDirections[strings.ToLower(w)]) {
			continue
		}
		tags[i] = "O"
		if i+1 < len(tags) && strings.HasPrefix(tags[i+1], "I-") {
			tags[i+1] = "B-" + tags[i+1][2:]
		}
	}
}

// isFileName reports whether w is a name, a dot and a file extension.
func isFileName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 1 || dot == len(w)-1 {
		return false
	}
	return fileExtensions[strings.ToLower(w[dot+1:])] && hasLetter(w[:dot])
}

// bracketedAlone reports whether words[i] is the only word (punctuation
// aside) between an opening and a closing bracket.
func bracketedAlone(words []string, i int) bool {
	open := false
	for j := i - 1; j >= 0; j-- {
		if words[j] == "(" || words[j] == "[" {
			open = true
			break
		}
		if hasLetterOrDigit(words[j]) {
			return false
		}
	}
	if !open {
		return false
	}
	for j := i + 1; j < len(words); j++ {
		if words[j] == ")" || words[j] == "]" {
			return true
		}
		if hasLetterOrDigit(words[j]) {
			return false
		}
	}
	return false
}

func hasLetterOrDigit(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isStretched reports whether w writes one letter three or more times in
// a row and has a lower-case letter: web writers stretch interjections
// and praise ("Soooo tasty !", "Brilll .", "Nooo"), which the model,
// seeing a capitalised unknown word open a short sentence, reads as
// persons and places (UNER EWT dev: four). Names do not triple a letter;
// words in capitals do ("III", "AAA").
func isStretched(w string) bool {
	lower := false
	run, last := 0, rune(0)
	stretched := false
	for _, r := range w {
		lower = lower || unicode.IsLower(r)
		l := unicode.ToLower(r)
		if l == last && unicode.IsLetter(r) {
			run++
		} else {
			run, last = 1, l
		}
		stretched = stretched || run >= 3
	}
	return stretched && lower
}
