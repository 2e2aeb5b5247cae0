package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// peopleClass sorts a people count by who its noun says they are: a
// state's forces, an armed group's fighters, civilians, or "" when the
// noun does not say ("a general", "two contractors").
func peopleClass(f found) string {
	switch {
	case f.stateForce:
		return "force"
	case f.armed:
		return "armed"
	case f.civilian:
		return "civilian"
	}
	return ""
}

// joinedPeopleSummed makes one count of two people counts joined by "and"
// under one outcome when they are one family, two persons named one by
// one, or a state's forces with one of them named alone, and the second
// names no party of its own: "killing a woman and her two sons" (3), "a
// cameraman and a technician were wounded" (2), "nine soldiers and a
// police officer were killed" (10), "the deaths of an officer and two
// soldiers" (3). The reports count such people as one loss. People of two
// kinds ("14 civilians and six soldiers", "three soldiers and 18
// insurgents"), two groups ("11 children and six women"), or a second that
// names its own party ("40 Ruritanian soldiers and two Ruritanian officers")
// stay two counts, as do vague numbers and a list of three or more ("three
// women, four children and two men").
func joinedPeopleSummed(ws []words.Word, out []found) []found {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if !peopleItems[a.Item] || a.Item != b.Item || a.outcomeAt < 0 || a.outcomeAt != b.outcomeAt || a.Claim != b.Claim {
			continue
		}
		link := strings.TrimSpace(wordsBetween(ws, a.End, b.Start))
		units := unitOfLink(link) // ("75 personnel of the force and one constable of the police")
		// (an officer named alone before his men, "a colonel and 12 Iraqi
		// soldiers", is of the party their words name)
		officer := a.N != nil && *a.N == 1 && !a.ownerNamed && peopleClass(a) == "" && peopleClass(b) == "force" && (a.Owner == "" || a.Owner == b.Owner)
		if a.N == nil || b.N == nil || a.NMax != nil || b.NMax != nil || b.ownerNamed && !(units && (a.Owner == "" || a.Owner == b.Owner)) && !(officer && link == "and") || a.bare || b.bare || a.toll || b.toll || a.listed || b.listed {
			continue
		}
		kin := link == "and her" || link == "and his" || link == "and their"
		if link != "and" && !kin && !units {
			continue
		}
		if j := wordStartingAt(ws, a.Start); j < 0 || j > 0 && (ws[j-1].Lower == "," || ws[j-1].Lower == "and") {
			// (a list's last two members, or a member of an appositive)
			continue
		}
		ca, cb := peopleClass(a), peopleClass(b)
		// (people named by whose kin they are, "a farmer and his son",
		// are one family whatever the nouns say; two people named one by
		// one, "a cameraman and a technician", are one loss; a state's
		// forces with one of them named alone, "nine soldiers and a police
		// officer", "the general and 27 soldiers", are one unit's loss.
		// Two groups of people, "11 children and six women", "three
		// paramedics and a firefighter", "14 soldiers and 23 policemen",
		// are each counted as the reports count them.)
		one := *a.N == 1 || *b.N == 1
		// (a state's forces and one civilian with them, "seven soldiers
		// and one civilian were abducted", are one party's loss as well)
		force := ca == "force" && (cb == "force" || cb == "" || cb == "civilian" && *b.N == 1) || ca == "" && cb == "force"
		if !(kin || *a.N == 1 && *b.N == 1 && ca == cb || force && one) {
			continue
		}
		n := *a.N + *b.N
		a.N, a.End = &n, b.End
		a.outcomeAt = b.outcomeAt
		if (units || officer) && a.Owner == "" {
			// (the second's unit names the party of both)
			a.Owner, a.ownerNamed = b.Owner, b.ownerNamed
		}
		out[i] = a
		out = append(out[:i+1], out[i+2:]...)
		i--
	}
	return out
}

// othersOfMateriel gives "others" (or "N more") taken right after a
// materiel count that count's item: "destroyed 40 tanks and captured 12
// others" (or "captured three more") took 12 tanks, not 12 people. Only a
// verb of taking, "and" and auxiliaries may stand between the two ("had destroyed 31 tanks and had captured 15 others").
func othersOfMateriel(ws []words.Word, out []found) {
	for i := 1; i < len(out); i++ {
		f, prev := &out[i], out[i-1]
		if f.Item != "captured" || f.head != "others" && !endsInMore(ws, *f) || peopleItems[prev.Item] || prev.Item == "" || f.outcomeAt < 0 {
			continue
		}
		and, only := false, true
		for _, w := range strings.Fields(wordsBetween(ws, prev.End, f.Start)) {
			switch w {
			case "and":
				and = true
			case ",", "had", "have", "has", "also", "captured", "seized", "took", "taken", "captures", "seizes":
			default:
				only = false
			}
		}
		if !and || !only {
			continue
		}
		f.Item = prev.Item
	}
}

// endsInMore reports whether count f is a number with "more" and no noun
// ("captured four more"): more of what a count before it counted.
func endsInMore(ws []words.Word, f found) bool {
	for j := len(ws) - 1; j >= 0; j-- {
		if ws[j].End == f.End {
			return ws[j].Lower == "more" && j > 0 && ws[j-1].Start >= f.Start
		}
	}
	return false
}

// speakersLeftOut drops a person counted by "a"/"an" who speaks right
// after ("..., a doctor there said", "a witness told reporters"): the one
// who tells of the harm, not one it befell.
func speakersLeftOut(ws []words.Word, out []found) []found {
	kept := out[:0]
	for _, f := range out {
		if f.N != nil && *f.N == 1 && peopleItems[f.Item] {
			if j := wordStartingAt(ws, f.Start); j >= 0 && (ws[j].Lower == "a" || ws[j].Lower == "an") {
				e := j
				for e < len(ws) && ws[e].Start < f.End {
					e++
				}
				if e < len(ws) && (ws[e].Lower == "there" || ws[e].Lower == "here") {
					e++
				}
				e = placeAfterSpeaker(ws, e)
				if e < len(ws) && speechVerbs[ws[e].Lower] {
					continue
				}
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// placeAfterSpeaker returns the index past a phrase of place that starts
// at e and names the place by capitalised words ("in Baghdad", "at the
// Kabul embassy" is not one), e itself when there is none: "a Western
// diplomat in Baghdad said" speaks as "a diplomat said" does.
func placeAfterSpeaker(ws []words.Word, e int) int {
	if e+1 >= len(ws) || ws[e].Lower != "in" && ws[e].Lower != "at" && ws[e].Lower != "from" || !startsUpper(ws[e+1].Text) {
		return e
	}
	k := e + 1
	for k < len(ws) && k-e <= 4 && startsUpper(ws[k].Text) {
		k++
	}
	return k
}

// moreEnds reports whether w, right after "N more" or "dozens more", ends
// the amount as more of the people or machines told before: a participle
// of harm ("and thousands more wounded"), the end of the clause ("killed
// 70 fighters and captured dozens more."), a phrase of place ("captured
// three more near the bridge", "two more in Kherson") or "intact".
func moreEnds(w string) bool {
	switch w {
	case "wounded", "injured", "hurt", "killed", "dead", "captured", "missing", ".", ",", ";", "",
		"near", "in", "at", "intact":
		return true
	}
	return false
}

// vagueScale reports whether the vague amount am ends in a scale word,
// "several hundred", "many thousand": a number of people with no noun, as
// "hundreds" alone is.
func vagueScale(ws []words.Word, am amount) bool {
	w := ws[am.last].Lower
	return am.vague && am.last > am.first && (w == "hundred" || w == "thousand")
}

// moreOfCounted reports whether the vague amount am with no noun counts
// more of the people a count told before it in its sentence (counted):
// "killed more than 70 fighters ... and had captured dozens more", "killed
// more than 1,000 soldiers and captured several hundred" (not "killing
// hundreds" alone, which is as often of animals or a figure of speech).
func moreOfCounted(ws []words.Word, am amount, counted bool) bool {
	return am.vague && counted && (ws[am.last].Lower == "more" || vagueScale(ws, am))
}

// materielKinds are the items a broader materiel item takes in: "12
// vehicles, including three armoured vehicles", "five aircraft, including
// two helicopters".
var materielKinds = map[string]map[string]bool{
	"vehicle":  {"vehicle": true, "armored_vehicle": true, "tank": true},
	"aircraft": {"aircraft": true, "helicopter": true},
}

// sameMateriel reports whether part is materiel of the whole's item.
func sameMateriel(whole, part string) bool {
	return whole == part || materielKinds[whole][part]
}

// materielPartsLeftOut drops the materiel counts that spell out a
// materiel count just before them: its breakdown after a colon (up to its
// number) or a comma (adding up to it) ("shot down five aircraft: three Rafale, one
// Su-30 and one MiG-29", "We lost one aircraft, one MiG-21"), and its
// parts after "including" of a narrower item ("captured 12 vehicles,
// including three armoured vehicles"; partsLeftOut takes those of the
// same item). They are the same machines, not more of them.
func materielPartsLeftOut(ws []words.Word, out []found) []found {
	for i := 0; i+1 < len(out); i++ {
		whole := out[i]
		if whole.N == nil || peopleItems[whole.Item] || whole.Item == "" {
			continue
		}
		link := strings.TrimSpace(wordsBetween(ws, whole.End, out[i+1].Start))
		if (link == ", including" || link == "including") && sameMateriel(whole.Item, out[i+1].Item) && whole.Item != out[i+1].Item {
			out = append(out[:i+1], out[i+2:]...)
			i--
			continue
		}
		if strings.HasPrefix(link, ":") && !strings.Contains(link, ";") {
			// after a colon, the same kind of materiel up to the whole's
			// number, whatever names the list holds that no item list
			// knows ("five aircraft: two Sukhoi, one Mirage and ...")
			sum, k := 0, i+1
			for ; k < len(out) && out[k].N != nil && sameMateriel(whole.Item, out[k].Item) && sum+*out[k].N <= *whole.N; k++ {
				sum += *out[k].N
			}
			out = append(out[:i+1], out[k:]...)
			continue
		}
		if link != "," {
			continue
		}
		sum, k := 0, i+1
		// (after a comma only the same item: "three vehicles, three tanks"
		// may be a list of two things)
		for ; k < len(out) && out[k].N != nil && out[k].Item == whole.Item; k++ {
			if k > i+1 {
				if gap := strings.Trim(wordsBetween(ws, out[k-1].End, out[k].Start), " ,"); gap != "" && gap != "and" {
					break
				}
			}
			sum += *out[k].N
			if sum >= *whole.N {
				k++
				break
			}
		}
		if sum != *whole.N || k-1 <= i {
			continue
		}
		out = append(out[:i+1], out[k:]...)
	}
	return out
}
