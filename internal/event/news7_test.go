package event

import "testing"

// TestNews7Triggers covers the unrest phrasings of South Asian, African and
// Latin-American papers that the session-7 battery (testdata/news7) showed
// missing or misread, each with invented sentences: a lathi-charge as a
// noun, batons charged, live rounds fired at a crowd, effigies burned,
// slogans chanted, toyi-toyi, processions, stones thrown, tools downed,
// shutter-down and wheel-jam strikes (no air strikes), courts boycotted,
// fasts, roadblocks, internet services suspended in the passive, running
// battles with the police, "neutralised" fighters, an "encounter" with
// Maoists, a mob breaking into shops; and protests not held: threatened,
// called for, future, failed to take off ("-" type).
func TestNews7Triggers(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The police resorted to a lathi-charge to disperse the weavers outside the mill.", "lathi-charge", "protests", "175"},
		{"Law enforcers charged batons at the marchers near the press club.", "charged batons", "protests", "175"},
		{"Policemen fired live rounds at hundreds of protesters outside the depot.", "live rounds", "protests", "175"},
		{"Troops fired live rounds at the militants holed up in the forest.", "live rounds", "battles", "19"},
		{"Villagers gathered at the crossing, burning an effigy of the minister.", "burning an effigy", "protests", "141"},
		{"The nurses sat outside the gate, chanting slogans against the board.", "chanting slogans", "protests", "141"},
		{"Hundreds of residents were toyi-toying outside the municipal offices.", "toyi-toying", "protests", "141"},
		{"Opposition activists brought out processions in several towns.", "brought out processions", "protests", "141"},
		{"Four officers were hurt by stones thrown by the youths.", "stones thrown", "riots", "145"},
		{"Dock workers downed tools at the port over unpaid wages.", "downed tools", "protests", "143"},
		{"Traders observed a shutter-down strike in the bazaar.", "shutter-down strike", "protests", "143"},
		{"Transporters held a wheel-jam strike across the province.", "wheel-jam strike", "protests", "143"},
		{"Lawyers boycotted courts across the district over the assault on a colleague.", "boycotted courts", "protests", "143"},
		{"The teachers continued their fast outside the directorate.", "continued their fast", "protests", "142"},
		{"Farmers maintained roadblocks on the national highway for a week.", "roadblocks", "protests", "144"},
		{"Mobile internet services were suspended in the valley for two days.", "internet", "strategic_developments", "172"},
		{"Running battles between protesters and the police lasted into the night.", "battles", "riots", "145"},
		{"Running battles between the army and the rebels lasted into the night.", "battles", "battles", "19"},
		{"Troops neutralised seven bandits in the forest.", "neutralised", "battles", "19"},
		{"Engineers neutralised the bomb before it could explode.", "neutralised", "-", ""},
		{"Nine Maoists were killed in an encounter with security forces in the forest.", "encounter", "battles", "19"},
		{"The minister had a brief encounter with reporters outside the hall.", "encounter", "-", ""},
		{"A mob of youths broke into a warehouse and carried away sacks of rice.", "broke into", "riots", "145"},
		{"Thieves broke into the pharmacy overnight.", "broke into", "-", ""},
		{"The union threatened to launch a statewide rasta roko agitation next month.", "agitation", "-", ""},
		{"The students' union has called for an education bandh on Friday.", "bandh", "-", ""},
		{"The drivers' union gave the owners a week before it embarks on its own strike.", "strike", "-", ""},
		{"The party said a countrywide wheel-jam strike would be observed on Saturday.", "wheel-jam strike", "-", ""},
		{"A stayaway called by the veterans failed to take off in the capital.", "stayaway", "-", ""},
		{"Police held 40 people in the run-up to the planned protests.", "protests", "-", ""},
		// the second batch
		{"Hundreds of farmers squatted on the railway tracks near Ambala.", "squatted", "protests", "144"},
		{"Police stopped the leaders who were on their way to gherao the minister's house.", "gherao", "-", ""},
		{"A court order barred the union from holding any protest near the stadium.", "protest", "-", ""},
		{"The arrests led to a scuffle in which two officers were hurt.", "scuffle", "riots", "145"},
		{"Protesters barricaded the avenues of the city centre with rocks, branches and burning tyres.", "barricaded", "riots", "145"},
		{"Clashes broke out near the toll plaza when riot police tried to clear the road.", "Clashes", "riots", "145"},
		{"Clashes broke out near the toll plaza between police and militants.", "Clashes", "battles", "19"},
		{"Suspected rebels detonated an explosive device near the barracks.", "explosive device", "explosions_remote_violence", "1833"},
		{"Hundreds of students marched on the ministry. Police later opened fire on some of the students.", "opened fire", "protests", "175"},
		{"A crowd of protesters attacked the embassy, setting fires and looting offices.", "looting", "riots", "145"},
		{"Two gunmen died in a shootout with police on the ring road.", "shootout", "battles", "19"},
		// the third batch
		{"A bomber blew himself up at the gate of the police academy.", "blew himself up", "explosions_remote_violence", "1833"},
		{"Two shopkeepers were gunned down by unknown assailants near the bazaar.", "gunned down", "violence_against_civilians", "19"},
		{"A group of nurses gheraoed the medical superintendent for two hours.", "gheraoed", "protests", "141"},
	})
}

// TestNews7Parties covers who acts and who is hit in the stories of one
// country that the battery showed left open: the state's offices and
// forces named by their level of government ("Federal security forces",
// "the District Administration Office"), officers after a speaker,
// arrests and internet cuts told in the passive, troops fighting
// insurgents no list knows, an armed group's attack on a police station or
// convoy, fighters "linked to" a group; and what stays open: private
// security guards, an arrest with its agent, police across a clause.
func TestNews7Parties(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text      string
		places    map[string]string // place text → GeoNames country
		trig      string
		initiator string
		target    string
	}{
		{"Federal security forces fired rubber bullets at the crowd in Rosario.", map[string]string{"Rosario": "AR"}, "rubber bullets", "ARG", ""},
		{"The Pokhara District Administration Office imposed a curfew in Pokhara.", map[string]string{"Pokhara": "NP"}, "curfew", "NPL", ""},
		{"A spokesman in Soweto said officers had to use stun grenades on the crowd.", map[string]string{"Soweto": "ZA"}, "stun grenades", "ZAF", ""},
		{"Thirty people were arrested after the march in Nakuru.", map[string]string{"Nakuru": "KE"}, "arrested", "KEN", ""},
		{"Internet services were suspended in Bhadrak after the clashes.", map[string]string{"Bhadrak": "IN"}, "Internet", "IND", ""},
		{"Troops of the joint task force neutralised six bandits near Gusau.", map[string]string{"Gusau": "NG"}, "neutralised", "NGA", ""},
		{"Militants attacked the police station in Moreh overnight.", map[string]string{"Moreh": "IN"}, "attacked", "", "IND"},
		{"Gunmen ambushed an army convoy near Mopti.", map[string]string{"Mopti": "ML"}, "ambushed", "", "MLI"},
		{"Insurgents linked to the Islamic State raided the village near Mocimboa.", map[string]string{"Mocimboa": "MZ"}, "raided", "ISIS", ""},
		{"A suicide bomber blew himself up at an army camp in Baidoa.", map[string]string{"Baidoa": "SO"}, "blew himself up", "", "SOM"},
		// left open
		{"Security guards opened fire on the striking workers at the mine near Welkom.", map[string]string{"Welkom": "ZA"}, "opened fire", "", ""},
		{"Rebels attacked a rebel base near Butembo.", map[string]string{"Butembo": "CD"}, "attacked", "", ""},
		{"Four activists were detained by the Taliban in Herat.", map[string]string{"Herat": "AF"}, "detained", "TALIBAN", ""},
	}
	for _, tc := range tests {
		e, found := eventWithPlaces(s, tc.text, tc.places, tc.trig)
		if !found || e.Initiator.Side != tc.initiator || e.Target.Side != tc.target {
			t.Errorf("%s: initiator %q target %q (found %v), want %q %q", tc.text, e.Initiator.Side, e.Target.Side, found, tc.initiator, tc.target)
		}
	}
}
