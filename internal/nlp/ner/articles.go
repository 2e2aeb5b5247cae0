package ner

// trimArticles takes a leading "A", "An" or "The" out of a name that is
// neither a place nor a person: by the conventions articles are outside names ("The
// [Ministry of Defence]", "A [Defence Ministry] spokesman", "The
// [Irrawaddy]"), and the model, seeing a sentence open with a capitalised
// article before a body's name, now and then takes it in. Places keep
// theirs ("The Hague", "The Gambia"), and so do persons ("A Qiang" is a
// name). chunks are the names of tags.
func trimArticles(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type == "LOC" || ch.Type == "PER" || ch.End-ch.Start < 2 {
			continue
		}
		switch words[ch.Start] {
		case "A", "An", "The":
			tags[ch.Start] = "O"
			tags[ch.Start+1] = "B-" + ch.Type
		}
	}
}
