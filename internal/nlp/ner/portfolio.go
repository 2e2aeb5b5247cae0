package ner

// portfolios are the offices that news writes between "Minister of" (or
// "Secretary of") and the holder's name: "Minister of Health Ana Kovac".
// Two-word ones are listed by their first word.
var portfolios = map[string]string{
	"Education": "", "Health": "", "Finance": "", "Defence": "", "Defense": "",
	"Interior": "", "Justice": "", "Trade": "", "Agriculture": "", "Energy": "",
	"Labour": "", "Labor": "", "Transport": "", "Culture": "", "Environment": "",
	"Economy": "", "Industry": "", "Tourism": "", "Information": "",
	"Communications": "", "State": "", "Commerce": "", "Planning": "",
	"Foreign": "Affairs", "Home": "Affairs", "Internal": "Affairs",
}

// portfolioHolders splits a name tagged as one organisation after
// "Minister of" or "Secretary of" into the portfolio (no name by the
// conventions) and the person holding it: "Minister of [Education Stefania
// Giannini]" is "Minister of Education [PER Stefania Giannini]". The model
// reads the capitalised run as one body's name; a run that is only the
// portfolio or a longer body ("Minister of State Security Council") keeps
// its tags: two capitalised words at least must follow the portfolio.
// chunks are the names of tags.
func portfolioHolders(words, tags []string, chunks []Chunk) {
	for _, ch := range chunks {
		if ch.Type != "ORG" || ch.Start < 2 || words[ch.Start-1] != "of" {
			continue
		}
		if t := words[ch.Start-2]; !personTitles[t] && t != "Secretary" {
			continue
		}
		second, ok := portfolios[words[ch.Start]]
		if !ok {
			continue
		}
		p := ch.Start + 1
		if second != "" {
			if p >= ch.End || words[p] != second {
				continue
			}
			p++
		}
		if ch.End-p < 2 {
			continue
		}
		name := true
		for k := p; k < ch.End; k++ {
			name = name && startsUpper(words[k])
		}
		if !name {
			continue
		}
		for k := ch.Start; k < p; k++ {
			tags[k] = "O"
		}
		tags[p] = "B-PER"
		for k := p + 1; k < ch.End; k++ {
			tags[k] = "I-PER"
		}
	}
}
