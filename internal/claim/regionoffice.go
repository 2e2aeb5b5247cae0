package claim

import "github.com/parallaxhq/parallax"

// regionNouns name a region of a state that a story refers back to by a
// definite noun ("the province's", "the island's", "the region's").
var regionNouns = map[string]bool{
	"province": true, "region": true, "island": true, "islands": true, "territory": true,
	"district": true, "county": true, "emirate": true, "archipelago": true,
}

// regionBodyHeads head a region's body, office or officer.
var regionBodyHeads = map[string]bool{
	"agency": true, "office": true, "ministry": true, "department": true, "council": true,
	"government": true, "administration": true, "authority": true, "authorities": true,
	"police": true, "commission": true, "guard": true, "service": true, "bureau": true,
	"assembly": true, "parliament": true, "officials": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "governor": true, "mayor": true, "chief": true,
}

// regionTitles are the titles of a region's own head named before the
// person in apposition ("The regional president, NAME,").
var regionTitles = map[string]bool{
	"president": true, "governor": true, "leader": true, "premier": true, "chief": true,
}

// regionOffice: the speaker tokens [a, b) are a body or office of a
// region the story refers back to by a definite noun ("The province's
// disaster management agency", "The island's coast guard
// administration"), or a person titled as the region's head before the
// name ("The regional president, NAME"). A region's bodies and heads
// speak for the state the region lies in (DESIGN.md sides are states;
// the golds give Aceh's, Zanzibar's, Puntland's and an island's bodies
// their state), which the story's towns give (localPlaceState); their
// words name no state, so no earlier rule sided them.
func (st *state) regionOffice(spk speaker) bool {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		// "The regional president, NAME": the title before the name
		if a < 4 || st.norm(a-1) != "," || !regionTitles[st.norm(a-2)] || st.norm(a-4) != "the" {
			return false
		}
		return st.norm(a-3) == "regional" || st.norm(a-3) == "provincial"
	}
	if spk.ent >= 0 || spk.actor != "" {
		return false
	}
	a = st.modifiersBefore(a)
	if st.norm(a) == "the" {
		a++
	}
	if b-a < 3 || st.norm(a-1) != "the" || !regionNouns[st.norm(a)] || st.toks[a].Cap && a != st.sentTok[st.sentOf[a]][0] {
		return false
	}
	if p := st.norm(a + 1); p != "'s" && p != "’s" && p != "'" && p != "’" {
		return false
	}
	for k := a + 2; k < b; k++ {
		if !st.lowerWord(k) {
			return false // a name: "the island's Mainland Affairs Council" is read by the rules for names
		}
	}
	return regionBodyHeads[st.norm(b-1)]
}
