package actor

// localApposMarks make a title before a comma a sub-national office of
// the state or its police ("the governor of Zamfara State,", "the head of
// the regional military administration,", "a police officer,").
var localApposMarks = map[string]bool{
	"governor": true, "mayor": true, "prefect": true, "commissioner": true, "administrator": true,
	"police": true, "administration": true,
}

// localTitleApposition: the name at token a follows a comma that closes a
// title of a local office or of the police ("The governor of Zamfara
// State, NAME, said", "In the Kharkiv region, the governor, NAME, said",
// "The Hiran regional governor, NAME,", "The head of Kyiv's military
// administration, NAME,"). Such offices are the state's: the side of the
// state of the place geoparsed in the title, else of the last place
// before it in the sentence or the one before, else the story's dominant
// state. A former, opposition or candidate's title gives none.
func (st *docState) localTitleApposition(a int) string {
	// a rank between the comma and the name ("a police officer,
	// Inspector NAME")
	for k := 0; k < 3 && a > 0 && (rankWords[st.tokNorm(a-1)] || serviceWords[st.tokNorm(a-1)] || st.toks[a-1].Text == "."); k++ {
		a--
	}
	if a < 2 || st.toks[a-1].Text != "," {
		return ""
	}
	// a place set off between the title and the name ("Inspector General
	// of Police, Kashmir, NAME"): the title's place
	setOff := ""
	if k := st.placeSetOff(a - 1); k > 0 {
		setOff = st.lastPlaceCountry(st.toks[k+1].Start, st.toks[a-1].Start)
		a = k + 1
	}
	sent := st.sentOf[a]
	local, start := false, a-1
	owned, official := false, false // "Wisconsin's top election official, NAME,"
	referred := false               // "the province's": a place named before
	for i := a - 2; i >= 0 && i > a-14 && st.sentOf[i] == sent; i-- {
		t := st.toks[i]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "\"" {
			break
		}
		if formerWords[t.Norm] || partyTitles[t.Norm] || candidateWords[t.Norm] {
			return ""
		}
		if localApposMarks[t.Norm] || subnationalHeads[t.Norm] && subnationalWords[st.tokNorm(i-1)] || t.Norm == "officer" && divisionWords[st.tokNorm(i-1)] {
			local = true
		}
		if (t.Norm == "'s" || t.Norm == "’s") && i > 0 && st.placeSideAt(i-1) != "" {
			owned = true
		}
		if st.divisionPossessive(i) {
			local, referred = true, true // "The province's vice chairman, NAME,"
		}
		if officialTitles[t.Norm] || stateTitles[t.Norm] {
			official = true
		}
		start = i
	}
	// a title a place possesses ("Pennsylvania's secretary of the
	// commonwealth, NAME,") is an office of the place's state
	local = local || owned && official
	if !local || start >= a-1 || !st.titlePhrase(start, a-1) && !(owned && official) {
		return ""
	}
	lo, hi := st.toks[start].Start, st.toks[a-1].Start
	country := st.lastPlaceCountry(lo, hi)
	if country == "" {
		country = setOff
	}
	if country == "" {
		// "In the Kharkiv region, the governor, NAME,"
		country = st.lastPlaceCountry(st.sentStart(sent), lo)
	}
	if country == "" && referred {
		// "... in Izmir province. The province's governor, NAME,": the
		// place named just before, whatever state the story is about
		country = st.placeNamedBefore(start)
	}
	if country == "" {
		if dom := st.dominantState(); dom != "" {
			return dom
		}
		// "the regional governor" of a story about two states: the
		// region is the story's own, the first place it names (a place
		// named in the sentence before may be a foreign capital where
		// a minister spoke)
		country = st.lastPlaceCountry(0, st.firstPlaceEnd())
	}
	if c, ok := st.kb.CountryOfISO2(country); ok {
		return c.Side
	}
	return ""
}

// titlePhrase: tokens [i, j) read as a title, not a clause ("After news
// of the police response was reported, NAME received"): they open on an
// article ("the governor of X", "a police officer") or are all
// capitalised words and their links ("Zamfara State Governor").
func (st *docState) titlePhrase(i, j int) bool {
	switch st.toks[i].Norm {
	case "the", "a", "an":
		return true
	}
	for k := i; k < j; k++ {
		if t := st.toks[k]; t.Word && !t.Cap && !titleLinks[t.Norm] {
			return false
		}
	}
	return true
}

// sentStart is the byte offset of the first token of sentence s.
func (st *docState) sentStart(s int) int {
	for i, n := range st.sentOf {
		if n == s {
			return st.toks[i].Start
		}
	}
	return 0
}

// firstPlaceEnd is the end offset of the first geoparsed place with a
// country, or 0.
func (st *docState) firstPlaceEnd() int {
	end, at := 0, -1
	for _, p := range st.doc.Places {
		if p.Country != "" && (at < 0 || p.Start < at) {
			end, at = p.End, p.Start
		}
	}
	return end
}

// placeSetOff: the comma at token c closes a geoparsed place of one to
// three capitalised words that another comma opens (", Kashmir,"); it
// returns that opening comma's token, or -1.
func (st *docState) placeSetOff(c int) int {
	for k := c - 1; k >= 1 && k >= c-4 && st.sentOf[k] == st.sentOf[c]; k-- {
		t := st.toks[k]
		if t.Text == "," {
			if k < c-1 && st.lastPlaceCountry(st.toks[k+1].Start, st.toks[c].Start) != "" {
				return k
			}
			return -1
		}
		if !t.Word || !t.Cap {
			return -1
		}
	}
	return -1
}

// divisionWords name the administrative divisions whose officers are the
// state's ("the Divisional Officer for Batibo", "the District Officer").
var divisionWords = map[string]bool{"divisional": true, "district": true, "subdivisional": true, "sub-divisional": true}
