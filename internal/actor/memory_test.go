package actor

import (
	"sort"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// memCase is an article with the recogniser's entities (each "text#n",
// the n-th occurrence, or "text" for the first) and the entities wanted
// after the stage, by the same notation.
type memCase struct {
	name, text  string
	url, outlet string
	published   string // the publication day; 2024-05-01 when empty, none when "undated"
	pers, orgs  []string
	places      []string // "text=CC": the geoparser's place and its country
	want        []want   // text may carry "#n"
}

// occurrence splits "text#n" into the text and n (1 when absent).
func occurrence(s string) (string, int) {
	if i := strings.LastIndex(s, "#"); i > 0 {
		n := 0
		for _, c := range s[i+1:] {
			n = n*10 + int(c-'0')
		}
		return s[:i], n
	}
	return s, 1
}

func runMem(t *testing.T, tc memCase) {
	t.Helper()
	var ents []parallax.Entity
	for _, p := range tc.pers {
		s, n := occurrence(p)
		ents = append(ents, ent(tc.text, s, "person", n))
	}
	for _, p := range tc.orgs {
		s, n := occurrence(p)
		ents = append(ents, ent(tc.text, s, "organization", n))
	}
	var places []parallax.Place
	for _, p := range tc.places {
		s, cc, _ := strings.Cut(p, "=")
		s, n := occurrence(s)
		e := ent(tc.text, s, "gpe", n)
		places = append(places, parallax.Place{Start: e.Start, End: e.End, Text: s, Country: cc})
	}
	day := tc.published
	if day == "" {
		day = "2024-05-01"
	} else if day == "undated" {
		day = ""
	}
	doc := &parallax.Document{Article: parallax.Article{Published: day, URL: tc.url, Outlet: tc.outlet}, Text: tc.text, Entities: ents, Places: places}
	New(sharedKB(t)).Process(doc)
	sort.Slice(doc.Entities, func(i, j int) bool { return doc.Entities[i].Start < doc.Entities[j].Start })
	for _, w := range tc.want {
		s, n := occurrence(w.text)
		var got *parallax.Entity
		k := 0
		for i := range doc.Entities {
			if doc.Entities[i].Text == s {
				if k++; k == n {
					got = &doc.Entities[i]
					break
				}
			}
		}
		if got == nil {
			if w.actor != "" || w.side != "" {
				t.Errorf("no entity %q in %+v", w.text, doc.Entities)
			}
			continue
		}
		if got.Actor != w.actor || got.Side != w.side || (w.kind != "" && got.Kind != w.kind) {
			t.Errorf("%q -> %q/%q/%s, want %q/%q/%s", w.text, got.Actor, got.Side, got.Kind, w.actor, w.side, w.kind)
		}
	}
}

// TestPersonMemory: a person named once with a side keeps actor and side
// in every later mention: the surname, the family name written first, a
// spelling without hyphen, diacritics, apostrophe, initial or suffix.
func TestPersonMemory(t *testing.T) {
	for _, tc := range []memCase{
		{name: "family name first, Chinese", text: "Chinese Foreign Minister Wang Lihong met the envoy. Wang said the talks were useful.",
			pers: []string{"Wang Lihong", "Wang#2"}, want: []want{{"Wang", "Wang Lihong", "CHN", "person"}}},
		{name: "family name first, Korean hyphenated", text: "South Korean Unification Minister Park Min-jae spoke on Monday. Park said the North had refused.",
			pers: []string{"Park Min-jae"}, want: []want{{"Park", "Park Min-jae", "KOR", "person"}}},
		{name: "family name first, Vietnamese three words", text: "Vietnamese Defense Minister Tran Quoc Hung visited Manila. Tran told reporters the sea was calm.",
			pers: []string{"Tran Quoc Hung"}, want: []want{{"Tran", "Tran Quoc Hung", "VNM", "person"}}},
		{name: "hyphen and no hyphen", text: "North Korean envoy Ri Song-chol said the drills were a threat. Ri Song Chol said Pyongyang would answer.",
			pers: []string{"Ri Song-chol", "Ri Song Chol"}, want: []want{{"Ri Song Chol", "Ri Song-chol", "PRK", "person"}}},
		{name: "diacritics", text: "Croatian Interior Minister Zvonko Matešić said the border was closed. Zvonko Matesic said patrols would double.",
			pers: []string{"Zvonko Matešić", "Zvonko Matesic"}, want: []want{{"Zvonko Matesic", "Zvonko Matešić", "HRV", "person"}}},
		{name: "apostrophe", text: "Kenyan Interior Minister Amos Ole'Nkaiserry toured the camp. Amos Olenkaiserry said the camp would close.",
			pers: []string{"Amos Ole'Nkaiserry", "Amos Olenkaiserry"}, want: []want{{"Amos Olenkaiserry", "Amos Ole'Nkaiserry", "KEN", "person"}}},
		{name: "middle initial", text: "U.S. Army Gen. Mark T. Hollins said the base was hit. Mark Hollins said two soldiers were hurt.",
			pers: []string{"Mark T. Hollins", "Mark Hollins"}, want: []want{{"Mark Hollins", "Mark T. Hollins", "USA", "person"}}},
		{name: "generational suffix is no surname", text: "U.S. envoy Robert Dane Jr. arrived in Doha. Dane said talks would resume.",
			pers: []string{"Robert Dane Jr"}, want: []want{{"Dane", "Robert Dane Jr", "USA", "person"}}},
		// negatives
		{name: "a first word that names a state stays the state", text: "Israeli Defense Minister Israel Kaspi said the strikes would go on. Israel said the strikes would go on.",
			pers: []string{"Israel Kaspi"}, want: []want{{"Israel", "Israel", "ISR", "gpe"}}},
		{name: "a different given name is another person", text: "Ghanaian Minister Kofi Mensah spoke first. Ama Mensah, a teacher, said the school had closed.",
			pers: []string{"Kofi Mensah", "Ama Mensah"}, want: []want{{"Ama Mensah", "Ama Mensah", "", "person"}}},
		{name: "an initial alone is no family name", text: "Diplomat J. Oduya spoke. J said nothing.",
			pers: []string{"J. Oduya"}, want: []want{{"J", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

func TestNameKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Park Min-jae", "Park Min Jae"}, {"Zvonko Matešić", "Zvonko Matesic"}, {"Daniel Orang'o", "Daniel Orango"},
		{"Martin K. Hollister", "Martin Hollister"}, {"Robert Dane Jr.", "Robert Dane"},
	} {
		if nameKey(tc.a) != nameKey(tc.b) || nameKey(tc.a) == "" {
			t.Errorf("nameKey(%q)=%q, nameKey(%q)=%q", tc.a, nameKey(tc.a), tc.b, nameKey(tc.b))
		}
	}
	for _, tc := range []struct{ a, b string }{{"Kofi Mensah", "Ama Mensah"}, {"Kim Jong Un", "Kim Yo Jong"}} {
		if nameKey(tc.a) == nameKey(tc.b) {
			t.Errorf("nameKey(%q) == nameKey(%q)", tc.a, tc.b)
		}
	}
	if nameKey("Putin") != "" {
		t.Errorf("a single word has no key")
	}
}

// TestPossessorAndCapitalSides: a state named in the possessive before a
// person, a capital before "government", and a capital as the subject of
// a verb of speech name the state.
func TestPossessorAndCapitalSides(t *testing.T) {
	for _, tc := range []memCase{
		{name: "possessive state before a name", text: "Austria's Lukas Brandner said Vienna would veto the package. Brandner said talks had failed.",
			pers: []string{"Lukas Brandner"}, want: []want{{"Lukas Brandner", "Lukas Brandner", "AUT", "person"}, {"Brandner", "Lukas Brandner", "AUT", "person"}}},
		{name: "possessive state, another state", text: "Poland's Tomasz Wrona told reporters the border would stay shut.",
			pers: []string{"Tomasz Wrona"}, want: []want{{"Tomasz Wrona", "Tomasz Wrona", "POL", "person"}}},
		{name: "possessive state, three-word name", text: "Ghana's Kwame Asante Boateng said the vote would go ahead.",
			pers: []string{"Kwame Asante Boateng"}, want: []want{{"Kwame Asante Boateng", "Kwame Asante Boateng", "GHA", "person"}}},
		{name: "a dissident is no state's", text: "Russia's Ilya Varin, an opposition politician, said the vote was rigged.",
			pers: []string{"Ilya Varin"}, want: []want{{"Ilya Varin", "Ilya Varin", "", "person"}}},
		{name: "an activist is no state's", text: "Chile's Ana Rojas Soto, a human rights activist, said the law was unjust.",
			pers: []string{"Ana Rojas Soto"}, want: []want{{"Ana Rojas Soto", "Ana Rojas Soto", "", "person"}}},
		{name: "capital and government", text: "The Nairobi government said schools would stay closed.",
			want: []want{{"Nairobi government", "Government of Kenya", "KEN", "government"}}},
		{name: "capital and administration", text: "The Lima administration said the loan was signed.",
			want: []want{{"Lima administration", "Government of Peru", "PER", "government"}}},
		{name: "capital and regime", text: "Rebels said the Damascus regime had bombed the town.",
			want: []want{{"Damascus regime", "Government of Syria", "SYR", "government"}}},
		{name: "capital argues", text: "Khartoum argues the deal violates its sovereignty.",
			want: []want{{"Khartoum", "Government of Sudan", "SDN", "government"}}},
		{name: "capital issued", text: "Caracas issued a warning on Monday.",
			want: []want{{"Caracas", "Government of Venezuela", "VEN", "government"}}},
		{name: "a report issued by is no statement of the capital", text: "Seoul has drawn investors, according to a report issued by a Seoul-based institute.",
			want: []want{{"a report", "", "", ""}}},
		{name: "capital vowed", text: "Tehran vowed to respond to the strike.",
			want: []want{{"Tehran", "Government of Iran", "IRN", "government"}}},
		{name: "a capital in a place phrase is no speaker", text: "Protesters in Tehran vowed to return.",
			want: []want{{"Tehran", "", "", ""}}},
		{name: "a government building is no government", text: "A blast hit the Kabul government building on Monday.",
			want: []want{{"Kabul government", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestCourtVoices: prosecutors, indictments and court papers speak for
// the state whose court tries the case, not a foreign state the charges
// name; a titled prosecutor is left to the person rules.
func TestCourtVoices(t *testing.T) {
	const doj = "United States Department of Justice"
	for _, tc := range []memCase{
		{name: "federal prosecutors, a grand jury in a US place", text: "A grand jury in Brooklyn indicted an Indian national. Federal prosecutors said he worked with an Indian official. India denied it.",
			places: []string{"Brooklyn=US", "India=IN"}, want: []want{{"Federal prosecutors", doj, "USA", "government"}}},
		{name: "a grand jury outside the US", text: "A grand jury in Monrovia indicted two former ministers. Prosecutors said the ministers had stolen relief funds.",
			places: []string{"Monrovia=LR"}, want: []want{{"Prosecutors", "Liberian Prosecutor General's Office", "LBR", "government"}}},
		{name: "a US district named after its state", text: "According to prosecutors, the trader had sent money to Iran. Iran denied it. Iran said the case was political. Iranian officials agreed. He will be tried in the Southern District of New York.",
			want: []want{{"prosecutors", doj, "USA", "government"}}},
		{name: "a US federal judge's place", text: "A federal judge in Manhattan sentenced an Iranian man to 25 years. Federal prosecutors said he had plotted for Iran's intelligence service. Iran denied it. Iran called the case a fabrication.",
			places: []string{"Manhattan=US", "Iran#2=IR"}, want: []want{{"Federal prosecutors", doj, "USA", "government"}}},
		{name: "a US state's prosecutors are not the Justice Department's", text: "State prosecutors in Texas said the two men had smuggled rifles to Mexico.",
			places: []string{"Texas=US", "Mexico=MX"}, want: []want{{"State prosecutors", "American Prosecutor General's Office", "USA", "government"}}},
		{name: "German federal prosecutor, the place the story opens in", text: "A Syrian man was charged with planning an attack on a concert in Berlin. The federal prosecutor said the suspect had bought chemicals online.",
			places: []string{"Berlin=DE"}, want: []want{{"federal prosecutor", "German Prosecutor General's Office", "DEU", "government"}}},
		{name: "Brazilian federal judge's place", text: "Three former officers who once served in Haiti were arrested. A federal judge in Brasilia ordered the arrest. Federal prosecutors said the men had planned to disrupt the vote. The United States said it was watching.",
			places: []string{"Haiti=HT", "Brasilia=BR", "United States=US"}, want: []want{{"Federal prosecutors", "Brazilian Prosecutor General's Office", "BRA", "government"}}},
		{name: "Nigerian federal prosecutors in their city", text: "Federal prosecutors in Abuja charged 12 men with financing the insurgents. The prosecutors said the money came from abroad.",
			want: []want{{"Federal prosecutors", "Nigerian Prosecutor General's Office", "NGA", "government"}, {"prosecutors", "Nigerian Prosecutor General's Office", "NGA", "government"}}},
		{name: "Swiss federal prosecutor in an apposition", text: "Two men suspected of spying were arrested in Bern. Lena Imhof, a federal prosecutor, said the men had photographed an airbase.",
			places: []string{"Bern=CH"}, pers: []string{"Lena Imhof"}, want: []want{{"Lena Imhof", "Lena Imhof", "CHE", "person"}}},
		{name: "Australian court named with its city, US named in the charges", text: "A man appeared in court in Canberra charged with planning attacks in the United States. Federal prosecutors said he had been in contact with a group in Ohio.",
			places: []string{"Canberra=AU", "United States=US", "Ohio=US"}, want: []want{{"Federal prosecutors", "Australian Prosecutor General's Office", "AUS", "government"}}},
		{name: "the indictment", text: "The U.S. Attorney charged two Iranian men. The indictment says they bought drone parts for Iran.",
			want: []want{{"indictment", doj, "USA", "government"}}},
		{name: "court documents, a court named with its city", text: "A Kenyan court in Nairobi charged two Somali men. According to court documents, the transfers began in 2019. Somalia said it was not told.",
			want: []want{{"court documents", "Kenyan Prosecutor General's Office", "KEN", "government"}}},
		{name: "the prosecution of a national court", text: "A Ghanaian court heard the case of a Togolese smuggler. The prosecution said he crossed the border at night.",
			want: []want{{"prosecution", "Ghanaian Prosecutor General's Office", "GHA", "government"}, {"he", "", "", ""}}},
		{name: "a UN court is no state's court", text: "The International Court of Justice heard Gambia's case against Myanmar. Prosecutors in Yangon said nothing.",
			want: []want{{"Prosecutors", "", "", ""}}},
		{name: "an international court's prosecutors are no host's", text: "Judges at the International Criminal Court in The Hague issued a warrant for the militia leader. Prosecutors said the attacks in Darfur were war crimes.",
			places: []string{"The Hague=NL", "Darfur=SD"}, want: []want{{"Prosecutors", "", "", ""}}},
		{name: "an international court's prosecutors are no victim state's", text: "The International Criminal Court issued a warrant after attacks in Darfur. Prosecutors said more warrants would follow.",
			places: []string{"Darfur=SD"}, want: []want{{"Prosecutors", "", "", ""}}},
		{name: "a national court named besides an international one", text: "The International Criminal Court issued a warrant. A court in Nairobi heard a related case. Prosecutors said the suspect had fled.",
			want: []want{{"Prosecutors", "Kenyan Prosecutor General's Office", "KEN", "government"}}},
		{name: "an attorney general's office without its state", text: "Police arrested a man in Bern suspected of spying. The Office of the Attorney General said the man had photographed an airbase.",
			places: []string{"Bern=CH"}, want: []want{{"Attorney General", "Swiss Prosecutor General's Office", "CHE", "government"}}},
		{name: "a director of public prosecutions", text: "A court in Nairobi heard the case. The Director of Public Prosecutions said the officials would be charged.",
			want: []want{{"Director of Public Prosecutions", "Kenyan Prosecutor General's Office", "KEN", "government"}}},
		{name: "the US attorney general is the Justice Department's", text: "An Iranian man was charged in New York. The Attorney General said the plot had been foiled. Iran denied it.",
			places: []string{"New York=US", "Iran#2=IR"}, want: []want{{"Attorney General", doj, "USA", "government"}}},
		{name: "an attorney general named is a person", text: "A court in Nairobi heard the case. Attorney General Wanjiru Kamau said the law was clear.",
			pers: []string{"Wanjiru Kamau"}, want: []want{{"Wanjiru Kamau", "Wanjiru Kamau", "KEN", "person"}, {"Attorney General", "", "", ""}}},
		{name: "a federal prosecutor in a story about a foreign plot", text: "Iran hired the men, Iran's critics say. Iran denies it. Iran's envoy left. A federal court in Manhattan heard the case. Federal prosecutor Dana Whitcombe said Tehran paid $500,000. Whitcombe said the plot failed.",
			places: []string{"Manhattan=US"}, pers: []string{"Dana Whitcombe"}, want: []want{{"Dana Whitcombe", "Dana Whitcombe", "USA", "person"}, {"Whitcombe", "Dana Whitcombe", "USA", "person"}}},
		{name: "a judge of a named court", text: "Peru and Chile argued the case. Peru said so. Peru's envoy left. A court in Santiago heard it. \"The case is closed,\" said Judge Hugo Salas Pardo.",
			pers: []string{"Hugo Salas Pardo"}, want: []want{{"Hugo Salas Pardo", "Hugo Salas Pardo", "CHL", "person"}}},
		{name: "a named prosecutor is a person", text: "A grand jury met. Federal prosecutor Dana Whitcombe said the case was strong.",
			pers: []string{"Dana Whitcombe"}, want: []want{{"prosecutor", "", "", ""}}},
		{name: "a time phrase before the verb", text: "A court in Sarajevo heard the case. State prosecutors on Wednesday ordered the arrest of the leader.",
			want: []want{{"State prosecutors", "Bosnian Prosecutor General's Office", "BIH", "government"}}},
		{name: "prosecutors as an object", text: "A grand jury sat. She now works with prosecutors after admitting the fraud.",
			want: []want{{"prosecutors", "", "", ""}}},
		{name: "the prosecution of someone", text: "A grand jury met. It could affect the prosecution of the lawbreakers.",
			want: []want{{"prosecution", "", "", ""}}},
		{name: "prosecution lawyers are no voice of their own", text: "A grand jury met. Prosecution lawyers asked for more time.",
			want: []want{{"Prosecution", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestStateTitles: legislators and secretaries named without a state
// speak for the state the article is about.
func TestStateTitles(t *testing.T) {
	kenya := "Kenya's floods worsened. Kenya asked for help. Kenya has closed schools. "
	for _, tc := range []memCase{
		{name: "lawmaker", text: kenya + "Lawmaker Opiyo Wanjala said the response was slow.",
			pers: []string{"Opiyo Wanjala"}, want: []want{{"Opiyo Wanjala", "Opiyo Wanjala", "KEN", "person"}}},
		{name: "cabinet secretary", text: kenya + "Interior Cabinet Secretary Amos Kiprotich said 90 people were missing.",
			pers: []string{"Amos Kiprotich"}, want: []want{{"Amos Kiprotich", "Amos Kiprotich", "KEN", "person"}}},
		{name: "senator", text: kenya + "Senator Mary Atieno Ochieng said the funds were late.",
			pers: []string{"Mary Atieno Ochieng"}, want: []want{{"Mary Atieno Ochieng", "Mary Atieno Ochieng", "KEN", "person"}}},
		{name: "a party secretary is no state's", text: kenya + "Party Secretary Joseph Mutua Kilonzo said the vote was close.",
			pers: []string{"Joseph Mutua Kilonzo"}, want: []want{{"Joseph Mutua Kilonzo", "Joseph Mutua Kilonzo", "", "person"}}},
		{name: "a company secretary is no state's", text: kenya + "Company secretary Joseph Mutua Kilonzo said the shares fell.",
			pers: []string{"Joseph Mutua Kilonzo"}, want: []want{{"Joseph Mutua Kilonzo", "Joseph Mutua Kilonzo", "", "person"}}},
		{name: "Bosnian Serb leader speaks for Bosnia", text: "Bosnian Serb leader Milan Jovicic said the entity would hold a vote.",
			pers: []string{"Milan Jovicic"}, want: []want{{"Milan Jovicic", "Milan Jovicic", "BIH", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestUNStaff: the staff and organs of UN agencies and courts speak for
// the UN; an ambassador to the UN speaks for the state.
func TestUNStaff(t *testing.T) {
	for _, tc := range []memCase{
		{name: "agency's country director", text: "\"Families are selling their livestock,\" said Laurent Bakari, WFP's country director in Chad.",
			pers: []string{"Laurent Bakari"}, want: []want{{"Laurent Bakari", "Laurent Bakari", "UNO", "person"}}},
		{name: "agency acronyms", text: "UNRWA said its schools were hit. The WHO said hospitals had collapsed. IOM said 40 migrants drowned.",
			want: []want{{"UNRWA", "United Nations Relief and Works Agency", "UNO", "organization"}, {"WHO", "World Health Organization", "UNO", "organization"}, {"IOM", "International Organization for Migration", "UNO", "organization"}}},
		{name: "director general of the agency", text: "The director general of the IAEA, Ana Moreira Lopes, said inspectors lacked access.",
			pers: []string{"Ana Moreira Lopes"}, want: []want{{"Ana Moreira Lopes", "Ana Moreira Lopes", "UNO", "person"}}},
		{name: "court president and her pronoun", text: "Inspectors lacked access, Ana Moreira Lopes said. The International Court of Justice president, Joan Dunmore, said the court would rule soon. She said the case was urgent.",
			pers: []string{"Ana Moreira Lopes", "Joan Dunmore"}, want: []want{{"Joan Dunmore", "Joan Dunmore", "UNO", "person"}, {"She", "Joan Dunmore", "UNO", "person"}}},
		{name: "ambassador to the UN speaks for the state", text: "Ghana's ambassador to the UN, Kofi Boateng Asare, said the vote was clear.",
			pers: []string{"Kofi Boateng Asare"}, want: []want{{"Kofi Boateng Asare", "Kofi Boateng Asare", "GHA", "person"}}},
		{name: "a ministry is not a UN agency", text: "The health agency of Ghana said 20 people died.",
			want: []want{{"health agency", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestGenericBodies: bodies and laws named without their state speak
// for the state the article is about, or the publishing government.
func TestGenericBodies(t *testing.T) {
	nepal := "Floods hit Nepal. Nepal asked for help. Nepal closed schools. "
	for _, tc := range []memCase{
		{name: "a department with lower-case modifiers", text: nepal + "The disaster management department said 12 camps were open.",
			want: []want{{"disaster management department", "Government of Nepal", "NPL", "government"}}},
		{name: "an agency with one modifier", text: nepal + "The meteorological agency warned of more rain.",
			want: []want{{"meteorological agency", "Government of Nepal", "NPL", "government"}}},
		{name: "the law", text: nepal + "The law says residents must leave flood zones.",
			want: []want{{"The law", "Government of Nepal", "NPL", "government"}}},
		{name: "the constitution, in a government release", url: "https://www.gov.uk/news/x", text: "The constitution states that the crown appoints judges.",
			want: []want{{"The constitution", "Government of the United Kingdom", "GBR", "government"}}},
		{name: "a bare agency refers back", text: nepal + "The agency said 12 camps were open.",
			want: []want{{"The agency", "", "", ""}, {"agency", "", "", ""}}},
		{name: "an aid agency is no state's", text: nepal + "The international aid agency said 12 camps were open.",
			want: []want{{"international aid agency", "", "", ""}, {"aid agency", "", "", ""}}},
		{name: "no state stands out", text: "Nepal and India met. The disaster management department said 12 camps were open.",
			want: []want{{"disaster management department", "", "", ""}}},
		{name: "the only state, named once", text: "Floods hit Malawi on Sunday after days of heavy rain. The disaster management department said 20 people had died.",
			want: []want{{"disaster management department", "Government of Malawi", "MWI", "government"}}},
		{name: "the only state, by a placed town", text: "Floods hit Blantyre on Sunday. The disaster management department said 20 people had died.",
			places: []string{"Blantyre=MW"}, want: []want{{"disaster management department", "Government of Malawi", "MWI", "government"}}},
		{name: "two states named once each", text: "Floods hit Malawi and Mozambique on Sunday. The disaster management department said 20 people had died.",
			want: []want{{"disaster management department", "", "", ""}}},
		{name: "two states named twice each", text: "Floods hit Malawi and Mozambique. Malawi and Mozambique asked for help. The disaster management department said 20 people had died.",
			want: []want{{"disaster management department", "", "", ""}}},
		{name: "the law in a clause", text: nepal + "Critics say the law says little.",
			want: []want{{"the law", "Government of Nepal", "NPL", "government"}}},
		{name: "joint governments take the first", text: "The Kenyan and Ugandan governments said they would cooperate.",
			want: []want{{"Kenyan and Ugandan governments", "Government of Kenya", "KEN", "government"}}},
		{name: "plural governments refer back to none", text: "The U.S. government urged calm. It asked the governments of the region to help.",
			want: []want{{"governments", "", "", ""}}},
		{name: "a government statement", text: "A Sudanese government statement said aid would resume.",
			want: []want{{"Sudanese government statement", "Government of Sudan", "SDN", "government"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestNameAfterUnnamedOffice: a bare name opening the sentence after an
// office holder named by title only is that holder.
func TestNameAfterUnnamedOffice(t *testing.T) {
	for _, tc := range []memCase{
		{name: "ambassador then name", text: "Indonesia's U.N. ambassador told reporters the talks were in Vienna. Arief Santoso blamed Washington for the crisis.",
			pers: []string{"Arief Santoso"}, want: []want{{"Arief Santoso", "Arief Santoso", "IDN", "person"}}},
		{name: "curly apostrophe", text: "Indonesia’s U.N. ambassador told journalists the vote was close. Arief Santoso blamed Washington for the crisis.",
			pers: []string{"Arief Santoso"}, want: []want{{"Arief Santoso", "Arief Santoso", "IDN", "person"}}},
		{name: "minister then name", text: "Somalia's information minister said the port was shut. Ahmed Warsame Nur said ships would be turned back.",
			pers: []string{"Ahmed Warsame Nur"}, want: []want{{"Ahmed Warsame Nur", "Ahmed Warsame Nur", "SOM", "person"}}},
		{name: "a general then name", text: "A Ukrainian general said the bridge was hit. Oleh Marchenko said two trains were lost.",
			pers: []string{"Oleh Marchenko"}, want: []want{{"Oleh Marchenko", "Oleh Marchenko", "UKR", "person"}}},
		{name: "an apposition makes another person", text: "Indonesia's U.N. ambassador told reporters the talks were in Vienna. Arief Santoso, an analyst, said the talks would fail.",
			pers: []string{"Arief Santoso"}, want: []want{{"Arief Santoso", "Arief Santoso", "", "person"}}},
		{name: "a name further on is another person", text: "Indonesia's U.N. ambassador told reporters the talks were in Vienna. The talks went on. Arief Santoso blamed Washington.",
			pers: []string{"Arief Santoso"}, want: []want{{"Arief Santoso", "Arief Santoso", "", "person"}}},
		{name: "a name as an object is no speaker", text: "Indonesia's U.N. ambassador told reporters the talks were in Vienna. Critics said Arief Santoso was wrong.",
			pers: []string{"Arief Santoso"}, want: []want{{"Arief Santoso", "Arief Santoso", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestBylineIsNoAntecedent: a pronoun never refers to the story's
// credited reporter; "they" after a verb of writing refers back.
func TestBylineIsNoAntecedent(t *testing.T) {
	for _, tc := range []memCase{
		{name: "reported by", text: "Mayor Kassoum Coulibaly met the families. Ten houses burned, as reported by Amara Diallo. He said the town would rebuild.",
			pers: []string{"Kassoum Coulibaly", "Amara Diallo"}, want: []want{{"He", "Kassoum Coulibaly", "", "person"}}},
		{name: "a byline opening a line", text: "Governor Ibrahim Sule met the families.\nBy Chidi Okafor\nHe said the town would rebuild.",
			pers: []string{"Ibrahim Sule", "Chidi Okafor"}, want: []want{{"He", "Ibrahim Sule", "", "person"}}},
		{name: "contributed to this report", text: "Senator Maria Lopez Vidal spoke on Monday. Tomas Reyes Pardo contributed to this report. She said the bill would pass.",
			pers: []string{"Maria Lopez Vidal", "Tomas Reyes Pardo"}, want: []want{{"She", "Maria Lopez Vidal", "", "person"}}},
		{name: "a source named with by is an antecedent", text: "The plan was drafted by Tomas Reyes Pardo. He said it would work.",
			pers: []string{"Tomas Reyes Pardo"}, want: []want{{"He", "Tomas Reyes Pardo", "", "person"}}},
		{name: "they wrote", text: "Several U.K. legislators said aid must go on. They wrote in an open letter that the war must end.",
			want: []want{{"They", "British Parliament", "GBR", "government"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestDominantStateFromPlaces: towns the geoparser placed count for
// their state when the story names the state itself rarely.
func TestDominantStateFromPlaces(t *testing.T) {
	text := "Floods hit Mombasa and Kisumu. Roads to Garissa were cut. Interior Minister Amos Kiprotich said 90 people were missing."
	place := func(s, cc string) parallax.Place {
		i := strings.Index(text, s)
		return parallax.Place{Start: i, End: i + len(s), Country: cc}
	}
	for _, tc := range []struct {
		name   string
		places []parallax.Place
		want   string
	}{
		{"three Kenyan towns", []parallax.Place{place("Mombasa", "KE"), place("Kisumu", "KE"), place("Garissa", "KE")}, "KEN"},
		{"towns of two states", []parallax.Place{place("Mombasa", "KE"), place("Kisumu", "KE"), place("Garissa", "SO")}, ""},
		{"no places", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// dated before the base lists Kenya's interior minister: an
			// office the base gives another holder is another state's
			doc := &parallax.Document{Article: parallax.Article{Published: "2021-05-01"}, Text: text, Places: tc.places,
				Entities: []parallax.Entity{ent(text, "Amos Kiprotich", "person", 1)}}
			New(sharedKB(t)).Process(doc)
			e, ok := findLast(doc, "Amos Kiprotich")
			if !ok || e.Side != tc.want {
				t.Errorf("Amos Kiprotich -> %+v, want side %q", e, tc.want)
			}
		})
	}
}

// TestCapitalsAndInternationalTitles: a capital's body or title is its
// state's; an international body's title outweighs an imported entry's
// state, but not a former title.
func TestCapitalsAndInternationalTitles(t *testing.T) {
	for _, tc := range []memCase{
		{name: "capital's ministry", text: "Seoul's defense ministry said the North fired two missiles.",
			want: []want{{"Seoul's defense ministry", "South Korean Ministry of Defense", "KOR", "government"}}},
		{name: "capital's government spokesman", text: "Tokyo's top government spokesman said Japan would protest.",
			want: []want{{"Tokyo's top government spokesman", "Government of Japan", "JPN", "government"}}},
		{name: "demonym government spokesman and name", text: "Ethiopian government spokesman Tesfaye Gudeta said the army was advancing.",
			pers: []string{"Tesfaye Gudeta"}, want: []want{{"Tesfaye Gudeta", "Tesfaye Gudeta", "ETH", "person"}}},
		{name: "UN coordinator for a country", text: "The U.N.'s humanitarian coordinator for Sudan, Marguerite Onana-Bessala, said famine was spreading.",
			pers: []string{"Marguerite Onana-Bessala"}, want: []want{{"Marguerite Onana-Bessala", "Marguerite Onana-Bessala", "UNO", "person"}}},
		{name: "a coordinator for a country is not that country's", text: "The humanitarian coordinator for Sudan, Amina Bello Sani, said famine was spreading.",
			pers: []string{"Amina Bello Sani"}, want: []want{{"Amina Bello Sani", "Amina Bello Sani", "", "person"}}},
		{name: "ICJ president over an imported state entry", text: "The president of the International Court of Justice, Antoine Chedid, said the court would rule.",
			pers: []string{"Antoine Chedid"}, want: []want{{"Antoine Chedid", "Antoine Chedid", "UNO", "person"}}},
		// a former international title gives no international side, and a
		// person out of every office the knowledge base lists, called a
		// former official, speaks for himself (devgold conventions)
		{name: "a former international title gives no side", text: "Former top European Union official Jean-Yves Le Drian says immigration should stop.",
			pers: []string{"Jean-Yves Le Drian"}, want: []want{{"Jean-Yves Le Drian", "Jean-Yves Le Drian", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestTitleRefersBack: "the minister", "the Air Force general" refer to
// the person the text titled so a few sentences before.
func TestTitleRefersBack(t *testing.T) {
	for _, tc := range []memCase{
		{name: "rank abbreviation and a body before the title", text: "U.S. Air Force Lt. Gen. Marcus Hale commands the air war. The Air Force general said the strikes would go on.",
			pers: []string{"Marcus Hale"}, want: []want{{"general", "Marcus Hale", "USA", "person"}}},
		{name: "title in an apposition", text: "Daudi Kiprono, the Kenyan interior minister, toured the camp. The minister said the camp would close.",
			pers: []string{"Daudi Kiprono"}, want: []want{{"minister", "Daudi Kiprono", "KEN", "person"}}},
		{name: "spokesman and spokesperson", text: "Army spokesperson Onyema Okafor spoke on Monday. The spokesman said 30 insurgents were killed.",
			pers: []string{"Onyema Okafor"}, want: []want{{"spokesman", "Onyema Okafor", "", "person"}}},
		{name: "another title is another person", text: "Daudi Kiprono, the Kenyan interior minister, toured the camp. The general said the camp would close.",
			pers: []string{"Daudi Kiprono"}, want: []want{{"general", "", "", ""}}},
		{name: "too far back", text: "Daudi Kiprono, the Kenyan interior minister, toured the camp. Rain fell. Roads closed. Schools shut. Food ran out. The minister said the camp would close.",
			pers: []string{"Daudi Kiprono"}, want: []want{{"minister", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestStateMedia: a state's media named without their name speak for
// the state.
func TestStateMedia(t *testing.T) {
	iran := "Iran fired missiles. Iran said so. Iran warned its rivals. "
	for _, tc := range []memCase{
		{name: "demonym state media", text: "Iranian state media reported that two drones were downed.",
			want: []want{{"Iranian state media", "Iranian state media", "IRN", "organization"}}},
		{name: "country's state television", text: "Eritrea's state television said the border was calm.",
			want: []want{{"Eritrea's state television", "Eritrean state media", "ERI", "organization"}}},
		{name: "state-run news agency in a story about one state", text: iran + "The state-run news agency said the launch was a success.",
			want: []want{{"state-run news agency", "Iranian state media", "IRN", "organization"}}},
		{name: "state TV", text: iran + "State TV showed the launch.",
			want: []want{{"State TV", "Iranian state media", "IRN", "organization"}}},
		{name: "a named agency is the knowledge base's", text: "The state-run TASS news agency reported the talks in Russia.",
			want: []want{{"TASS news agency", "TASS", "RUS", "organization"}}},
		{name: "no state stands out", text: "Iran and Israel traded fire. State media reported two drones downed.",
			want: []want{{"State media", "", "", ""}}},
		{name: "a state agency is a body, not a medium", text: iran + "The state agency said the launch was a success.",
			want: []want{{"state agency", "Government of Iran", "IRN", "government"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestSecretariatTitles: where a foreign or defence secretary is a civil
// servant (India, Pakistan), the title names no minister of the
// knowledge base; where it is the minister (Britain), it does.
func TestSecretariatTitles(t *testing.T) {
	for _, tc := range []memCase{
		{name: "India's foreign secretary is no minister", text: "India's foreign secretary said talks on the border would resume.",
			want: []want{{"India's foreign secretary", "Government of India", "IND", "government"}}},
		{name: "Pakistan's defence secretary is no minister", text: "Pakistan's defence secretary said the posts were reinforced.",
			want: []want{{"Pakistan's defence secretary", "Government of Pakistan", "PAK", "government"}}},
		{name: "India's foreign minister is", text: "India's foreign minister said talks on the border would resume.",
			want: []want{{"India's foreign minister", "S. Jaishankar", "IND", "person"}}},
		{name: "India's home secretary is no minister", text: "India's home secretary said the curfew would be lifted.",
			want: []want{{"India's home secretary", "Government of India", "IND", "government"}}},
		{name: "India's home minister is", text: "India's home minister said the curfew would be lifted.",
			want: []want{{"India's home minister", "Amit Shah", "IND", "person"}}},
		{name: "the UK home secretary is the minister", text: "The UK home secretary said the curfew would be lifted.", published: "2024-08-01",
			want: []want{{"UK home secretary", "Yvette Cooper", "GBR", "person"}}},
		{name: "the UK foreign secretary is the minister", text: "The UK foreign secretary said the sanctions would stay.", published: "2024-08-01",
			want: []want{{"UK foreign secretary", "David Lammy", "GBR", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestDemonymsThatNameTheState: the nationality list's "UK", "US",
// "Britain" name the state as nouns (the generator files them as names);
// its adjectives do not.
func TestDemonymsThatNameTheState(t *testing.T) {
	for _, tc := range []memCase{
		{name: "abbreviation as a subject", text: "The UK said it would send two more ships.",
			want: []want{{"UK", "United Kingdom", "GBR", "gpe"}}},
		{name: "placed name as a subject", text: "Rain fell on Monday. Britain said it would send two more ships.",
			places: []string{"Britain=GB"}, want: []want{{"Britain", "United Kingdom", "GBR", "gpe"}}},
		{name: "placed name in the possessive", text: "Britain's defence minister said the ships had sailed.", published: "2024-08-01",
			places: []string{"Britain=GB"}, want: []want{{"Britain's defence minister", "John Healey", "GBR", "person"}}},
		{name: "unplaced name as a subject", text: "Rain fell on Monday. Britain said it would send two more ships.",
			want: []want{{"Britain", "United Kingdom", "GBR", "gpe"}}},
		{name: "an adjective stays an adjective", text: "Classes in English resumed on Monday.",
			want: []want{{"English", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
