package web

// curatedSideNames spell out side codes where the display name is a choice
// rather than a country's name ("Palestinian authorities", "Turkey"),
// and the organisations' codes, which name no country. They win
// over Config.SideNames.
var curatedSideNames = map[string]string{
	"NKR": "Nagorno-Karabakh authorities", "PSE": "Palestinian authorities", "TUR": "Turkey",
	"UNO": "United Nations", "EU": "European Union", "OSCE": "OSCE", "NATO": "NATO", "AU": "African Union",
	"ICRC": "Red Cross", "CSTO": "CSTO",
}

// sideNamer names side codes: the curated names first, then the names the
// server was given (the actor knowledge base's countries), else the code.
type sideNamer map[string]string

func newSideNamer(given map[string]string) sideNamer {
	n := make(sideNamer, len(given)+len(curatedSideNames))
	for code, name := range given {
		n[code] = name
	}
	for code, name := range curatedSideNames {
		n[code] = name
	}
	return n
}

// Name is the name shown for a side code, with the code.
func (n sideNamer) Name(code string) string {
	if name, ok := n[code]; ok && name != "" && name != code {
		return name + " (" + code + ")"
	}
	return code
}
