package event

import "testing"

// TestUnrestForms checks, on invented sentences, the forms of protest the
// case3 battery led to (work ceased, courts boycotted, black flags, tyres
// burnt, roads and gates barricaded, a gathering with a memorandum,
// communal clashes, stones pelted in the passive, force used to disperse a
// crowd, a stoppage, striking workers), each beside a sentence where the
// same words are no protest.
func TestUnrestForms(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Resident doctors ceased work at the district hospital over unpaid stipends.", "ceased work", "protests", "143"},
		{"Lawyers abstained from work in Allahabad against the transfer of a judge.", "abstained from work", "protests", "143"},
		{"Youth wing activists showed black flags to the chief minister's convoy in Kozhikode.", "showed black flags", "protests", "141"},
		{"Villagers burnt tyres on the Mahikeng road overnight.", "burnt tyres", "riots", "145"},
		{"Residents blocked Voortrekker Drive with branches and rocks.", "blocked", "protests", "144"},
		{"Students barricaded the gates of the administration block.", "barricaded", "protests", "144"},
		{"Hawkers gathered outside the municipal office and handed over a memorandum.", "gathered", "protests", "141"},
		{"Hawkers gathered outside the municipal office to collect their licences.", "gathered", "-", ""},
		{"Members of the two communities clashed near the market in Nuh.", "clashed", "riots", "145"},
		{"Stones were pelted at the police post in the old city.", "pelted", "riots", "145"},
		{"Police fired in the air to disperse the villagers at the toll plaza.", "disperse", "protests", "175"},
		{"Police were sent to the toll plaza to disperse the villagers.", "disperse", "-", ""},
		{"A stoppage by bus conductors halted services in Rosario.", "stoppage", "protests", "143"},
		{"The referee added four minutes of stoppage time.", "stoppage", "-", ""},
		{"Striking nurses picketed outside the hospital in Soweto.", "Striking", "protests", "143"},
		{"The bill drew attention for its striking omissions.", "striking", "-", ""},
		{"Two constables were attacked by a mob near the station.", "attacked", "riots", "145"},
	})
	// a crowd word before a preposition's noun is not its subject, nor
	// are armed men a crowd: no riot
	s := loadStage(t)
	for _, tc := range []struct{ text, trigger string }{
		{"Police arrested three men in connection with the assault on the priest.", "assault"},
		{"Two constables were attacked by armed men near the station.", "attacked"},
		{"Villagers gave shelter to the women during the attack on the camp.", "attack"},
		{"Villagers are afraid to leave their homes and a deadly attack on the base has raised fears.", "attack"},
	} {
		doc := analyse(t, s, tc.text, "2024-03-01")
		if e := find(doc, tc.trigger); e != nil && e.Type == "riots" {
			t.Errorf("%q: %q read as a riot", tc.text, tc.trigger)
		}
	}
}

// TestUnrestNotOfStreet checks the rally of a market or a match, protest
// as a kind or a right, protests put off, asked for or told as the means
// of an act not done, crowds that celebrate, and a protest of last year,
// each beside a sentence where the same word is an event.
func TestUnrestNotOfStreet(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The rupee rallied against the dollar in early trade.", "rallied", "-", ""},
		{"Shares of the lender rallied after its quarterly results.", "rallied", "-", ""},
		{"Chelsea rallied from two goals down to draw at Goodison Park.", "rallied", "-", ""},
		{"The openers rallied the hosts after two early wickets.", "rallied", "-", ""},
		{"Thousands of tenants rallied outside the city hall against evictions.", "rallied", "protests", "141"},
		{"Citizens have the right to protest against the government.", "protest", "-", ""},
		{"Peaceful protest is a fundamental right, the judge said.", "protest", "-", ""},
		{"The new rules require organisers of marches to notify the police.", "marches", "-", ""},
		{"Support for street protests has fallen among young voters.", "protests", "-", ""},
		{"People who block highways will be prosecuted, the minister said.", "block", "-", ""},
		{"People who were blocking the highway were removed by police.", "blocking", "protests", "144"},
		{"The teachers' union postponed its strike after the minister intervened.", "strike", "-", ""},
		{"The unions deferred the nationwide general strike to January.", "general strike", "-", ""},
		{"The teachers' union said the strike would be held in March if talks failed.", "strike", "-", ""},
		{"The district police refused permission to the farmers to hold a dharna on Monday.", "dharna", "-", ""},
		{"The farmers held a dharna on Monday despite the police.", "dharna", "protests", "141"},
		{"Nobody will be allowed to disrupt traffic by blocking roads, the commissioner said.", "blocking", "-", ""},
		{"Farmers disrupted traffic by blocking roads near Ambala on Monday.", "blocking", "protests", "144"},
		{"Thousands of revellers took to the streets of Salvador for the carnival.", "took to the streets", "-", ""},
		{"Thousands of nurses took to the streets of Salvador against the pay freeze.", "took to the streets", "protests", "141"},
		{"Only 12% said they had joined a demonstration in the past three years.", "demonstration", "-", ""},
		{"The government had used the police against striking bus drivers last year.", "striking", "-", ""},
		{"The bus drivers began a strike late last year and have not returned to work.", "strike", "protests", "143"},
	})
}

// TestUnrestBackdrop checks that a protest or riot told without a date of
// its own after a sentence that placed unrest in another year is that
// background ("the clashes" after "the 2019 riots"), and that a dated
// sentence or one that tells unrest of the story's time ends it.
func TestUnrestBackdrop(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"An inquiry into the 2019 riots in Meerut was tabled on Monday. It found that police had ignored warnings before the clashes.", "clashes", "-", ""},
		{"Eleven workers were killed by police at the mine in August 2012. They were shot during a strike over wages.", "strike", "-", ""},
		{"The 2019 riots in Meerut are still remembered. Police fired tear gas at protesters on Monday.", "tear gas", "protests", "175"},
		{"Protesters marched on Monday, a year after the 2023 riots. Police fired tear gas at the crowd.", "tear gas", "protests", "175"},
		{"Farmers blocked the highway on Monday. Similar protests in 2019 turned deadly. Police fired tear gas at the crowd.", "tear gas", "protests", "175"},
	})
}

// TestUnrestFormsTransfer checks the rules the case4 battery led to: a
// crowd's siege of an office, officials held captive by a crowd, a
// memorandum handed by marchers, a walkout, stones and invasions by pupils
// and fans, the crowd that opens a sentence as the subject of its first
// clause; and the protest words that name no protest held (a motor rally,
// protest songs, a march permitted for a later day, protesters stopped
// from blocking roads, what blockades do in general).
func TestUnrestFormsTransfer(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Hundreds of nurses laid siege to the health directorate, demanding permanent posts.", "siege", "protests", "141"},
		{"Rebels laid siege to the garrison town for three months.", "siege", "battles", "19"},
		{"Angry villagers held two revenue officials hostage for five hours over the land survey.", "held", "protests", "141"},
		{"The marchers handed over a memorandum to the district magistrate.", "handed", "protests", "141"},
		{"The minister handed over a memorandum of understanding to the Japanese delegation.", "handed", "-", ""},
		{"Bus drivers in Durban walked off the job over unpaid overtime.", "walked off the job", "protests", "143"},
		{"Pupils at a school in Mitchells Plain stoned passing cars after a teacher was stabbed.", "stoned", "riots", "145"},
		{"Angry fans invaded the pitch and attacked the referee after the final whistle.", "invaded", "riots", "145"},
		{"Rival fans clashed outside the stadium before the derby.", "clashed", "riots", "145"},
		{"The league leaders face a tough clash with the champions at the stadium.", "clash", "-", ""},
		{"Protesters at the mine in Rustenburg set two trucks alight on Monday.", "set", "riots", "145"},
		{"Protesters said police had set their tents alight on Monday.", "set", "-", ""},
		{"Doctors and nurses formed a human embrace around the children's hospital.", "human embrace", "protests", "141"},
		{"Pilgrims at Mina performed the stoning of the pillars on Tuesday.", "stoning", "-", ""},
		// no protest held
		{"Lucas Moreno won the seventh stage of the Dakar Rally on Wednesday.", "Rally", "-", ""},
		{"A new album of protest songs was launched in Kolkata.", "protest", "-", ""},
		{"Police granted the unions permission for a tractor march on the highway.", "march", "-", ""},
		{"The court refused to stop protesters from blocking national highways.", "blocking", "-", ""},
		{"The petitioner argued that blockades cause losses to traders.", "blockades", "-", ""},
		{"Protesters said the blockades had cost the port millions this week.", "blockades", "protests", "144"},
	})
	// a race's rally told again later in the story is still the race's
	s := loadStage(t)
	doc := analyse(t, s, "Lucas Moreno won the seventh stage of the Dakar Rally on Wednesday. The rally ends in Yanbu next week.", "2024-03-01")
	for _, ev := range doc.Events {
		if forceOrProtest(ev.Type) {
			t.Errorf("race story: got %s %s at %q", ev.Type, ev.CAMEO, doc.Text[ev.Start:ev.End])
		}
	}
}

// TestStrikeNamedThenTold checks that a strike told by its own name ("a
// general strike") makes a later bare "the strike" that strike, not a
// weapon's strike.
func TestStrikeNamedThenTold(t *testing.T) {
	s := loadStage(t)
	doc := analyse(t, s, "A 24-hour general strike halted trains across Argentina on Thursday. The spokesman said the strike cost the economy millions of dollars.", "2024-03-01")
	labour := 0
	for _, ev := range doc.Events {
		if ev.Type == "explosions_remote_violence" {
			t.Errorf("got %s %s at %q", ev.Type, ev.CAMEO, doc.Text[ev.Start:ev.End])
		}
		if ev.CAMEO == "143" {
			labour++
		}
	}
	if labour != 2 {
		t.Errorf("want 2 strikes (143), got %d", labour)
	}
}

// TestUnrestTranslated checks the protest words of Spanish and Portuguese
// news as machine translation renders them (as CASE 2021 gives those
// documents): a "concentration" or an "act" held in front of a building,
// "cuts of route", a "paro", an "escrache", activities "paralysed", a
// crowd that "closed" a highway or "mobilised", "manifestants"; and the
// same words in their other senses.
func TestUnrestTranslated(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Pensioners carried out a concentration in front of the Casa Rosada on Friday.", "concentration", "protests", "141"},
		{"The concentration of land in few hands grew in the last decade.", "concentration", "-", ""},
		{"Health workers made an act in front of the Ministry of Health.", "act", "protests", "141"},
		{"The governor signed the decree in an act at the palace.", "act", "-", ""},
		{"Unemployed groups carried out cuts of route in Neuquén.", "cuts of route", "protests", "144"},
		{"The bank workers' union carried out a paro of 24 hours in Rosario.", "paro", "protests", "143"},
		{"The unions announced a paro of next Thursday against the reform.", "paro", "-", ""},
		{"Students carried out an escrache against the minister in La Plata.", "escrache", "protests", "141"},
		{"Municipal servers paralysed their activities in Recife on Monday.", "paralysed their activities", "protests", "143"},
		{"Residents of the Vila Nova community closed the BR-101 highway on Monday.", "closed", "protests", "144"},
		{"The federal highway police closed the BR-101 highway after the landslide.", "closed", "-", ""},
		{"The teachers mobilised to the Government House on Wednesday.", "mobilised", "protests", "141"},
		{"The ministry ordered the mobilisation of 500 agents to the border.", "mobilisation", "strategic_developments", "154"},
		{"The manifestants burned tires on the Pueyrredón bridge.", "burned tires", "riots", "145"},
		{"The inflation of the month of March surprised the market.", "March", "-", ""},
	})
}
