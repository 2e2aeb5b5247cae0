package ner

import "strings"

// priceVerbs tell how a share price moved in a market report.
var priceVerbs = map[string]bool{
	"rose": true, "fell": true, "gained": true, "lost": true, "eased": true,
	"slipped": true, "added": true, "dropped": true, "climbed": true,
	"jumped": true, "firmed": true, "shed": true, "dipped": true, "slid": true,
	"surged": true, "tumbled": true, "advanced": true, "declined": true,
}

// businessNouns name a firm's kind just before its name: "state oil firm
// Pemex", "Italian bottler Fonti Chiaravalle", "German carrier Lufthansa".
var businessNouns = map[string]bool{
	"firm": true, "company": true, "carrier": true, "maker": true,
	"makers": true, "insurer": true, "retailer": true, "airline": true,
	"bottler": true, "conglomerate": true, "brewer": true, "miner": true,
	"producer": true, "utility": true, "operator": true, "distributor": true,
	"subsidiary": true, "manufacturer": true, "supplier": true,
	"chipmaker": true, "automaker": true, "carmaker": true, "broker": true,
	"brokerage": true, "lender": true, "developer": true, "refiner": true,
	"brokers": true, "stockbrokers": true, "stockbroker": true,
}

// firmsByContext makes organisations of names that the context shows to
// be firms, which the model reads as persons or places when it does not
// know them ("[Elf Aquitaine] rose 6 francs", "state oil firm [Pemex]"):
// a person's name whose price moved by a figure and a unit ("X rose 6 francs",
// "X lost 25 cents", "X rose 3-1/8 to 131"; a player who "added 20 for"
// his club stays a person) or before "shares" (a place there is its
// market: "Wall Street shares") or with "up" or "down" and a price ("X
// up 1.50 dollars"), a name after "shares in", and any name just after a
// noun of a firm's kind ("of brokers X"). Names the gazetteer knows as places and names after a
// preposition of place are left alone ("Japan rose 3 percent" is its
// market, and so is "in North America").
func firmsByContext(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for _, ch := range chunks {
		if ch.Type == "ORG" {
			continue
		}
		firm := false
		if e := ch.End; e+2 < len(words) && (priceVerbs[words[e]] || words[e] == "up" || words[e] == "down") && isPrice(words[e+1]) && priceUnits[words[e+2]] && ch.Type == "PER" {
			firm = true
		}
		if e := ch.End; e < len(words) && (words[e] == "shares" || words[e] == "stock") && ch.Type == "PER" {
			firm = true
		}
		// "Shares in [Kell] fell": the firm whose shares moved.
		sharesIn := ch.Start > 1 && words[ch.Start-1] == "in" && (words[ch.Start-2] == "Shares" || words[ch.Start-2] == "shares")
		firm = firm || sharesIn
		if ch.Start > 0 && businessNouns[words[ch.Start-1]] && !shipPrefixes[words[ch.Start]] &&
			!(ch.Start > 1 && words[ch.Start-1] == "carrier" && militaryCarriers[strings.ToLower(words[ch.Start-2])]) {
			firm = true
		}
		if !firm || ch.Start > 0 && placePrepositions[strings.ToLower(words[ch.Start-1])] && !sharesIn {
			// "Sales in North America rose 8 percent"
			continue
		}
		if gaz != nil {
			lower := make([]string, 0, ch.End-ch.Start)
			for _, w := range words[ch.Start:ch.End] {
				lower = append(lower, lowerASCIIFast(w))
			}
			if gaz.Lookup(joinSpace(lower))&placeKinds != 0 {
				continue
			}
		}
		setSpan(tags, ch.Start, ch.End, "ORG")
	}
}

// priceUnits follow the figure of a price's move.
var priceUnits = map[string]bool{
	"pence": true, "cents": true, "pct": true, "percent": true, "%": true,
	"francs": true, "marks": true, "yen": true, "crowns": true, "pesos": true,
	"rupees": true, "dollars": true, "euros": true, "pounds": true, "lire": true,
	"to": true, "at": true, "p": true, "centimes": true, "pfennigs": true,
}

// isPrice reports whether w is a figure of a price's move: "6", "2.10",
// "1,250", "3-1/8", "1/4".
func isPrice(w string) bool {
	w = strings.ReplaceAll(w, ",", "")
	if a, b, ok := strings.Cut(w, "-"); ok {
		return isScore(a) && strings.Contains(b, "/") && isFigure(b)
	}
	return isFigure(w)
}

// shipPrefixes open ships' names ("the carrier USS Kelby"), MISC by the
// conventions, never firms.
var shipPrefixes = map[string]bool{
	"USS": true, "HMS": true, "HMAS": true, "HMCS": true, "INS": true, "MV": true,
	"RFS": true, "PNS": true, "ROKS": true, "JS": true, "FS": true,
}

// militaryCarriers are the words before a "carrier" that is no airline:
// "aircraft carrier", "troop carrier".
var militaryCarriers = map[string]bool{
	"aircraft": true, "troop": true, "personnel": true, "armoured": true,
	"armored": true, "helicopter": true, "amphibious": true, "supercarrier": true,
}

// shipNouns name a kind of vessel before a ship's name ("the tanker
// Nakhodka", "the ferry Estonia", "the frigate Almirante Padilla").
// "ship" is left out: it is also a verb before a place ("to ship Iraq's
// oil").
var shipNouns = map[string]bool{
	"tanker": true, "supertanker": true, "freighter": true, "vessel": true,
	"ferry": true, "liner": true, "yacht": true, "trawler": true, "frigate": true,
	"destroyer": true, "cruiser": true, "corvette": true, "submarine": true,
	"warship": true, "dhow": true, "barge": true, "schooner": true, "steamer": true,
}

// shipNames makes MISC of a name right after a vessel's noun: by the
// conventions ships are MISC, while the model reads a ship named after a
// town ("the tanker [Nakhodka]") as the place and one named after a
// person ("the frigate [Yavuz]") as the person. A country there is left
// alone: "the tanker Iran seized" names the state that acted.
func shipNames(words, tags []string, chunks []Chunk, gaz *Gazetteer) {
	for _, ch := range chunks {
		if ch.Type == "MISC" || ch.Start == 0 || !shipNouns[strings.ToLower(words[ch.Start-1])] {
			continue
		}
		if gaz != nil && gaz.Lookup(lowerJoin(words[ch.Start:ch.End]))&(1<<GazCountry|1<<GazDemonym) != 0 {
			continue
		}
		setSpan(tags, ch.Start, ch.End, "MISC")
	}
}

// possessiveHeads end the names of firms that open with a founder's
// possessive ("Moody 's Investors Service", "Lloyd 's List", "Lloyd 's
// Register"), besides the legal forms of companyHeads.
var possessiveHeads = map[string]bool{
	"Service": true, "Services": true, "List": true, "Register": true,
}

// possessiveFirms tags a firm named with its founder's possessive as one
// organisation ("[ORG Moody 's Investors Service]"), which the model cuts
// into a person and a rest, and then the document's short form, the
// possessive alone ("Moody 's rates the bonds A2", "MOODY 'S UPGRADES"),
// as the same firm: the name, "'s" and one to three capitalised words
// ending in a firm's head.
func possessiveFirms(sents, tags [][]string) {
	firms := map[string]bool{}
	for i, s := range sents {
		for k := 0; k+2 < len(s); k++ {
			// A founder read as a person or missed; a body's or a place's
			// possessive names its unit ("VOA 's Somali Service").
			if s[k+1] != "'s" || !startsUpper(s[k]) || tags[i][k] != "O" && tags[i][k] != "B-PER" {
				continue
			}
			e := k + 2
			for e < len(s) && e-k-2 < 3 && startsUpper(s[e]) {
				e++
			}
			if e == k+2 || !(possessiveHeads[s[e-1]] || companyHeads[s[e-1]]) || e < len(s) && tags[i][e][0] == 'I' {
				continue
			}
			if k > 0 && tags[i][k][0] == 'I' {
				continue
			}
			setSpan(tags[i], k, e, "ORG")
			firms[strings.ToLower(s[k])] = true
		}
	}
	if len(firms) == 0 {
		return
	}
	for i, s := range sents {
		for k := 0; k+1 < len(s); k++ {
			if s[k+1] != "'s" || !firms[strings.ToLower(s[k])] || tags[i][k+1] != "O" {
				continue
			}
			if tags[i][k] != "O" && (tags[i][k][0] == 'I' || k+1 < len(s) && tags[i][k+1][0] == 'I') {
				continue
			}
			setSpan(tags[i], k, k+2, "ORG")
		}
	}
}

// legalForms end a company's name: nothing of the name comes after them.
var legalForms = map[string]bool{
	"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "LLC": true,
	"Corp": true, "Corp.": true, "Corporation": true, "plc": true, "Plc": true,
	"PLC": true, "GmbH": true, "L.P.": true,
}

// legalFormEnds ends an organisation's name at its legal form when the
// model ran it on over one or two capitalised words after it: the
// document, title or field that follows ("a copy of the [ORG Kelvo
// Corporation] Guaranty", "[ORG Orvelo Services , Inc.] Phone ( 713 )").
// A second legal form ("Co. Ltd"), a joining word or a longer run after
// it leave the name as it is ("Kelvo Corporation of America").
func legalFormEnds(words, tags []string) {
	inside := false
	for k, w := range words {
		inside = inside || tags[k] == "I-ORG" && legalForms[w]
	}
	if !inside {
		return
	}
	for _, ch := range Chunks(tags) {
		if tags[ch.Start] != "B-ORG" {
			continue
		}
		for p := ch.Start + 1; p < ch.End-1; p++ {
			if !legalForms[words[p]] {
				continue
			}
			rest := words[p+1 : ch.End]
			cut := len(rest) <= 2
			for _, w := range rest {
				cut = cut && startsUpper(w) && !companyHeads[w] && !legalForms[w] && hasLetter(w)
			}
			if cut {
				for k := p + 1; k < ch.End; k++ {
					tags[k] = "O"
				}
			}
			break
		}
	}
}
