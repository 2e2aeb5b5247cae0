package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// entitySpec is a hand-made entity: its words, kind and side, as the actor
// stage gives them.
type entitySpec struct{ text, kind, side string }

// claimCue is a hand-made claim with its cue and speaker side.
type claimCue struct{ span, cue, side string }

// TestGeneralCounts holds sentences written in the styles of wire copy,
// government releases, military strike lists and Wikipedia prose, none
// taken from the development or seed articles: the general cases the count
// rules must meet. Claims and entities stand in for the stages before.
func TestGeneralCounts(t *testing.T) {
	checkCounts(t, []countCase{
		// claimed_by: the speaker of the claim that holds the count
		{"claim", "Iraqi military spokesman Yahya Rasool said 25 Islamic State fighters were killed in the operation near Mosul.",
			[]claimCue{{"25 Islamic State fighters were killed in the operation near Mosul", "said", "IRQ"}}, nil,
			[]string{"25 Islamic State fighters|killed|25|killed|ISIS|IRQ"}},
		{"claim", "“We destroyed four Russian tanks and killed 30 soldiers,” a Ukrainian army spokesman told reporters.",
			[]claimCue{{"We destroyed four Russian tanks and killed 30 soldiers", "told", "UKR"}}, nil,
			[]string{"four Russian tanks|tank|4|destroyed|RUS|UKR", "30 soldiers|killed|30|killed|RUS|UKR"}},
		{"claim", "According to the Syrian Observatory, at least 17 civilians were killed in Russian airstrikes on Idlib.",
			[]claimCue{{"at least 17 civilians were killed in Russian airstrikes on Idlib", "According to", ""}}, nil,
			[]string{"17 civilians|killed|17|killed||"}},
		{"claim", "Nigeria's army said its troops killed 22 Boko Haram militants in Borno state.",
			[]claimCue{{"its troops killed 22 Boko Haram militants in Borno state", "said", "NGA"}},
			[]entitySpec{{"Boko Haram", "group", "BOKOHARAM"}},
			[]string{"22 Boko Haram militants|killed|22|killed|BOKOHARAM|NGA"}},
		{"claim", "Hamas said three of its commanders died in the strikes.",
			[]claimCue{{"three of its commanders died in the strikes", "said", "HAMAS"}}, nil,
			[]string{"three of its commanders|killed|3|killed|HAMAS|HAMAS"}},
		// a responsibility claim or a condemnation carries the event, not
		// the toll: the toll is the reporter's
		{"claim", "The Taliban claimed responsibility for the attack, which killed 12 Afghan soldiers in Helmand province.",
			[]claimCue{{"responsibility for the attack, which killed 12 Afghan soldiers in Helmand province", "claimed", "TALIBAN"}}, nil,
			[]string{"12 Afghan soldiers|killed|12|killed|AFG|"}},
		{"claim", "On Friday, ISIS claimed a bombing at a market in Baghdad that killed 30 people.",
			[]claimCue{{"a bombing at a market in Baghdad that killed 30 people", "claimed", "ISIS"}}, nil,
			[]string{"30 people|killed|30|killed||"}},
		{"claim", "The United Kingdom condemns the attack on a school in Kabul, which killed at least 50 Afghan students.",
			[]claimCue{{"the attack on a school in Kabul, which killed at least 50 Afghan students", "condemns", "GBR"}}, nil,
			[]string{"50 Afghan students|killed|50|killed|AFG|"}},
		// a claim that the attack did something is a claim like any other
		{"claim", "Russia claimed its strikes destroyed 10 Ukrainian tanks.",
			[]claimCue{{"its strikes destroyed 10 Ukrainian tanks", "claimed", "RUS"}}, nil,
			[]string{"10 Ukrainian tanks|tank|10|destroyed|UKR|RUS"}},
		// but what the claimant goes on to say is theirs
		{"claim", "The Islamic State group claimed responsibility for the bombing, saying in a statement that it had killed 20 Shiite pilgrims.",
			[]claimCue{{"responsibility for the bombing, saying in a statement that it had killed 20 Shiite pilgrims", "claimed", "ISIS"}}, nil,
			[]string{"20 Shiite pilgrims|killed|20|killed||ISIS"}},
		// a pronoun speaker left without a side is the speaker before it
		{"claim", "The Russian defense ministry said it had repelled the attack. It added that 40 Ukrainian soldiers had been killed.",
			[]claimCue{{"it had repelled the attack", "said", "RUS"}, {"40 Ukrainian soldiers had been killed", "added", "@It"}}, nil,
			[]string{"40 Ukrainian soldiers|killed|40|killed|UKR|RUS"}},
		// a statement introduced by "said:" goes on over the paragraphs after it
		{"claim", "The Foreign Secretary said:\n\nI welcome the report on the convoy.\n\nThis was an indefensible attack, with at least 20 Syrian civilians killed.\n\nThe regime must allow access.",
			[]claimCue{{"I welcome the report on the convoy.", "said", "GBR"}}, nil,
			[]string{"20 Syrian civilians|killed|20|killed|SYR|GBR"}},
		// a claim with no speaker inside another is the outer speaker's
		{"claim", "The minister said he was concerned by reports that ISIL had killed 70 Yazidi men.",
			[]claimCue{{"he was concerned by reports that ISIL had killed 70 Yazidi men", "said", "GBR"}, {"ISIL had killed 70 Yazidi men", "reports", ""}}, nil,
			[]string{"70 Yazidi men|killed|70|killed||GBR"}},
		// but not past a paragraph with a speaker of its own
		{"claim", "The minister said:\n\nWe mourn the victims.\n\nPolice said 14 Somali civilians were injured.",
			[]claimCue{{"We mourn the victims.", "said", "GBR"}, {"14 Somali civilians were injured", "said", ""}}, nil,
			[]string{"14 Somali civilians|wounded|14|wounded|SOM|"}},

		// owner from modifiers
		{"owner", "Three Iraqi soldiers were killed and five wounded when a roadside bomb exploded near Tikrit.", nil, nil,
			[]string{"Three Iraqi soldiers|killed|3|killed|IRQ|", "five wounded|wounded|5|wounded|IRQ|"}},
		{"owner", "A Russian general was killed in a car bomb explosion in Moscow.", nil, nil,
			[]string{"A Russian general|killed|1|killed|RUS|"}},
		{"owner", "Two Syrian civilians died in the shelling of Aleppo on Sunday.", nil, nil,
			[]string{"Two Syrian civilians|killed|2|killed|SYR|"}},
		{"owner", "Al-Shabaab militants attacked a Kenyan army base, killing 15 Kenyan soldiers.", nil, nil,
			[]string{"15 Kenyan soldiers|killed|15|killed|KEN|"}},
		{"owner", "Dozens of Houthi fighters were killed in clashes with government forces in Marib.", nil,
			[]entitySpec{{"Houthi", "group", "HOUTHIS"}},
			[]string{"Dozens of Houthi fighters|killed|null|killed|HOUTHIS|"}},
		// owner from the target of the event
		{"owner", "Coalition airstrikes against ISIS near Raqqa killed 18 militants on Friday.", nil, nil,
			[]string{"18 militants|killed|18|killed|ISIS|"}},
		{"owner", "Israeli strikes on Hezbollah positions killed seven fighters, Lebanese media reported.", nil, nil,
			[]string{"seven fighters|killed|7|killed|HEZBOLLAH|"}},
		// owner from the speaker: a party reporting its enemy's losses
		{"owner", "The Ukrainian military said its forces killed 40 soldiers and destroyed six tanks near Bakhmut. Russia did not comment.",
			[]claimCue{{"its forces killed 40 soldiers and destroyed six tanks near Bakhmut", "said", "UKR"}}, nil,
			[]string{"40 soldiers|killed|40|killed|RUS|UKR", "six tanks|tank|6|destroyed|RUS|UKR"}},

		// an armed group reporting soldiers or police killed: its enemy's
		{"owner", "Taliban insurgents attacked a checkpoint in Kunduz. The Taliban said 15 police officers were killed. Afghanistan denied it.",
			[]claimCue{{"15 police officers were killed", "said", "TALIBAN"}}, nil,
			[]string{"15 police officers|killed|15|killed|AFG|TALIBAN"}},
		// a state reporting militants killed: not its own
		{"owner", "The Pakistani military said 11 militants were killed in the raid.",
			[]claimCue{{"11 militants were killed in the raid", "said", "PAK"}}, nil,
			[]string{"11 militants|killed|11|killed||PAK"}},
		// "eliminated" people are killed
		{"owner", "“Our forces eliminated more than 400 Ukrainian servicemen in the past day,” the spokesman said.",
			[]claimCue{{"Our forces eliminated more than 400 Ukrainian servicemen in the past day", "said", "RUS"}}, nil,
			[]string{"400 Ukrainian servicemen|killed|400|killed|UKR|RUS"}},
		// a people noun with an "of" phrase before its state
		{"owner", "The monitor said 12 members of the Syrian government forces and allied militiamen were killed in an ambush.",
			[]claimCue{{"12 members of the Syrian government forces and allied militiamen were killed in an ambush", "said", ""}}, nil,
			[]string{"12 members|killed|12|killed|SYR|"}},
		// a party's short name that is also a word
		{"owner", "Seven IS militants were also killed in the clashes.", nil, []entitySpec{{"IS", "group", "ISIS"}},
			[]string{"Seven IS militants|killed|7|killed|ISIS|"}},
		{"owner", "Houthi rebels said they had shot down a U.S. MQ-9 Reaper drone over Marib.",
			[]claimCue{{"they had shot down a U.S. MQ-9 Reaper drone over Marib", "said", "HOUTHIS"}},
			[]entitySpec{{"U.S.", "gpe", "USA"}},
			[]string{"a U.S. MQ-9 Reaper drone|drone|1|shot_down|USA|HOUTHIS"}},

		// the party that suffered its losses
		{"owner", "Ethiopian forces suffered 42 dead and 65 wounded over the opening days of the assault.", nil, nil,
			[]string{"42 dead|killed|42|killed|ETH|", "65 wounded|wounded|65|wounded|ETH|"}},
		{"owner", "The battle left 25 Iraqi soldiers dead and 40 wounded, according to Iraqi officials.",
			[]claimCue{{"The battle left 25 Iraqi soldiers dead and 40 wounded", "according to", "IRQ"}}, nil,
			[]string{"25 Iraqi soldiers|killed|25|killed|IRQ|IRQ", "40 wounded|wounded|40|wounded|IRQ|IRQ"}},
		// whose materiel: "launched by X"
		{"owner", "The coalition said it had destroyed four explosive-laden drones launched by the Houthis.",
			[]claimCue{{"it had destroyed four explosive-laden drones launched by the Houthis", "said", "SAU"}},
			[]entitySpec{{"Houthis", "group", "HOUTHIS"}},
			[]string{"four explosive-laden drones|drone|4|destroyed|HOUTHIS|SAU"}},
		{"owner", "Two U.S. Black Hawk helicopters were shot down during the battle.", nil, nil,
			[]string{"Two U.S. Black Hawk helicopters|helicopter|2|shot_down|USA|"}},
		// the second member of a list after a noun of harm
		{"owner", "The operation resulted in the deaths of 40 insurgents and three U.S. Marines.", nil, nil,
			[]string{"40 insurgents|killed|40|killed||", "three U.S. Marines|killed|3|killed|USA|"}},
		// a death toll is a count of the killed
		{"owner", "The health ministry in Gaza said the death toll from the strike had risen to 45.",
			[]claimCue{{"the death toll from the strike had risen to 45", "said", "HAMAS"}}, nil,
			[]string{"45|killed|45|killed||HAMAS"}},
		// civilians of the place hit, not of the attacker, even when the
		// attacker's demonym was taken for a place
		{"owner", "The death toll from the Israeli strike in Gaza rose to 45.", nil,
			[]entitySpec{{"Gaza", "place:PS", ""}, {"Israeli", "place:IL", ""}},
			[]string{"45|killed|45|killed|PSE|"}},
		{"owner", "The death toll stands at 1,200, and 30 percent of the city is in ruins.", nil, nil,
			[]string{"1,200|killed|1200|killed||"}},

		// an unnamed armed group's victims: soldiers of the group's enemy,
		// else of the state where it happened; not of the speaker's enemy
		{"owner", "Militants ambushed a convoy, killing six soldiers, the army said. Nigeria has fought Boko Haram since 2009.",
			[]claimCue{{"Militants ambushed a convoy, killing six soldiers", "said", "NGA"}},
			[]entitySpec{{"Boko Haram", "group", "BOKOHARAM"}, {"Nigeria", "gpe", "NGA"}},
			[]string{"six soldiers|killed|6|killed|NGA|NGA"}},
		{"owner", "Gunmen ambushed a patrol in Borno, killing six soldiers.", nil,
			[]entitySpec{{"Borno", "place:NG", ""}},
			[]string{"six soldiers|killed|6|killed|NGA|"}},
		{"owner", "The battle began in Fallujah. The insurgents captured two Marines, who were later released.", nil,
			[]entitySpec{{"Fallujah", "place:IQ", ""}},
			[]string{"two Marines|captured|2|captured||"}},
		// materiel: parts of a whole, losses, interceptions
		{"owner", "Ukraine's air force said it destroyed 20 of the 25 drones launched by Russia overnight.",
			[]claimCue{{"it destroyed 20 of the 25 drones launched by Russia overnight", "said", "UKR"}}, nil,
			[]string{"20 of the 25 drones|drone|20|destroyed|RUS|UKR"}},
		{"owner", "The army said it lost two tanks and a helicopter in the battle.",
			[]claimCue{{"it lost two tanks and a helicopter in the battle", "said", "ARM"}}, nil,
			[]string{"two tanks|tank|2|lost|ARM|ARM", "a helicopter|helicopter|1|lost|ARM|ARM"}},
		{"owner", "The U.S. military said an MQ-9 drone was lost over Yemen.",
			[]claimCue{{"an MQ-9 drone was lost over Yemen", "said", "USA"}}, nil,
			[]string{"an MQ-9 drone|drone|1|lost|USA|USA"}},
		{"owner", "Russia said its air defenses had intercepted 30 Ukrainian drones.",
			[]claimCue{{"its air defenses had intercepted 30 Ukrainian drones", "said", "RUS"}}, nil,
			[]string{"30 Ukrainian drones|drone|30|shot_down|UKR|RUS"}},

		// militants are never the host state's
		{"militants", "French officials reported that the offensive in Mali killed 64 insurgents. Mali welcomed it.",
			[]claimCue{{"the offensive in Mali killed 64 insurgents", "reported", "FRA"}}, nil,
			[]string{"64 insurgents|killed|64|killed||FRA"}},
		{"militants", "Afghan forces killed 35 insurgents in Kunduz province, the Afghan Defense Ministry said. Afghanistan has fought for years.",
			[]claimCue{{"Afghan forces killed 35 insurgents in Kunduz province", "said", "AFG"}}, nil,
			[]string{"35 insurgents|killed|35|killed||AFG"}},
		// (the story's one armed group, session 12; with two groups, none)
		{"militants", "Boko Haram attacked Dapchi on Monday. Dozens of militants were killed in the fighting.", nil,
			[]entitySpec{{"Boko Haram", "group", "BOKOHARAM"}},
			[]string{"Dozens of militants|killed|null|killed|BOKOHARAM|"}},
		{"militants", "Al-Shabaab and ISIS fighters clashed. Dozens of militants were killed in the fighting.", nil,
			[]entitySpec{{"Al-Shabaab", "group", "ALSHABAB"}, {"ISIS", "group", "ISIS"}},
			[]string{"Dozens of militants|killed|null|killed||"}},
		{"militants", "Police said two suicide bombers were killed before they reached the checkpoint in Kano.",
			[]claimCue{{"two suicide bombers were killed before they reached the checkpoint in Kano", "said", "NGA"}},
			[]entitySpec{{"Kano", "place:NG", ""}},
			[]string{"two suicide bombers|killed|2|killed||NGA"}},
		{"militants", "Security forces killed nine terrorists in a gunfight in Balochistan.", nil, nil,
			[]string{"nine terrorists|killed|9|killed||"}},
		{"militants", "The army said troops killed 12 militants in Borno. Boko Haram has waged an insurgency for years. Nigeria and Boko Haram fight on.",
			[]claimCue{{"troops killed 12 militants in Borno", "said", "NGA"}},
			[]entitySpec{{"Boko Haram", "group", "BOKOHARAM"}},
			[]string{"12 militants|killed|12|killed|BOKOHARAM|NGA"}},

		// one person, named or described
		{"one", "Abu Khalid al-Masri was killed in a drone strike near Sirte in May 2017.", nil,
			[]entitySpec{{"Abu Khalid al-Masri", "person", "ALQAEDA"}},
			[]string{"Abu Khalid al-Masri|killed|1|killed|ALQAEDA|"}},
		{"one", "Islamic State leader Abu Bakr al-Baghdadi was killed in a U.S. raid in Idlib province.", nil,
			[]entitySpec{{"Abu Bakr al-Baghdadi", "person", "ISIS"}},
			[]string{"Abu Bakr al-Baghdadi|killed|1|killed|ISIS|"}},
		{"one", "The commander of the brigade died of his wounds two days later.", nil, nil,
			[]string{"The commander|killed|1|killed||"}},
		{"one", "A soldier was wounded when his patrol came under fire in Kandahar.", nil, nil,
			[]string{"A soldier|wounded|1|wounded||"}},
		{"one", "Dawud led the cell. He was captured by Malian troops in Gao in 2014.", nil,
			[]entitySpec{{"Dawud", "person", ""}},
			[]string{"He|captured|1|captured||"}},
		{"one", "An American journalist was kidnapped by gunmen in Baghdad on Monday.", nil, nil,
			[]string{"An American journalist|captured|1|captured|USA|"}},
		// (one count, as the golds sum "the general and 27 soldiers")
		{"one", "Ten soldiers and a colonel were killed in the ambush.", nil, nil,
			[]string{"Ten soldiers and a colonel|killed|11|killed||"}},
		{"one", "The bridge fell after battles that saw 85 Syrian soldiers and a senior Syrian colonel killed.", nil, nil,
			[]string{"85 Syrian soldiers|killed|85|killed|SYR|", "a senior Syrian colonel|killed|1|killed|SYR|"}},
		{"one", "“The strike also killed two of his associates,” the statement said.",
			[]claimCue{{"The strike also killed two of his associates", "said", "USA"}}, nil,
			[]string{"two of his associates|killed|2|killed||USA"}},
		// the person's side from the actor stage, else from a title or
		// an appositive of theirs; "he" is who the actor stage says
		{"one", "Abu Omar, a senior commander of al-Shabaab, led the raid. He was killed in a U.S. airstrike in 2019.", nil,
			[]entitySpec{{"Abu Omar", "person", ""}, {"He@Abu Omar", "person", ""}, {"al-Shabaab", "group", "ALSHABAB"}},
			[]string{"He|killed|1|killed|ALSHABAB|"}},
		{"one", "The onetime chief of Boko Haram in Borno, Chadian-born fighter Abu Hamza Tashadi, ran a camp there. In 2016 he was killed by allied jets.", nil,
			[]entitySpec{{"Abu Hamza Tashadi", "person", ""}, {"he@Abu Hamza Tashadi", "person", ""}, {"Boko Haram", "group", "BOKOHARAM"}},
			[]string{"he|killed|1|killed|BOKOHARAM|"}},
		{"one", "Abu Dawud (born in Gao) was an Islamist fighter loyal to al-Qaeda in the Sahel. He died in a drone strike in 2013.", nil,
			[]entitySpec{{"Abu Dawud", "person", ""}, {"He@Abu Dawud", "person", ""}, {"al-Qaeda", "group", "ALQAEDA"}},
			[]string{"He|killed|1|killed|ALQAEDA|"}},
		{"one", "Omar Hassan was arrested by Iraqi police officers in 2009. He was killed in prison in 2012.", nil,
			[]entitySpec{{"Omar Hassan", "person", ""}, {"He@Omar Hassan", "person", ""}},
			[]string{"He|killed|1|killed||"}},
		{"one", "Taliban commander Mullah Dadullah was killed in Helmand.", nil,
			[]entitySpec{{"Mullah Dadullah", "person", ""}},
			[]string{"Mullah Dadullah|killed|1|killed|TALIBAN|"}},
		{"one", "Sergeant Dayton was mortally wounded near Ayn Issa, the task force said.", nil,
			[]entitySpec{{"Dayton", "person", "USA"}},
			[]string{"Dayton|killed|1|killed|USA|"}},
		{"one", "The minister was not injured in the attack.", nil, nil, nil},
		{"one", "Nine pro-Palestinian activists aboard were killed.", nil, nil,
			[]string{"Nine pro-Palestinian activists|killed|9|killed||"}},
		// one person named after an active verb of harm
		{"one", "Israel's military said it had killed Hamas commander Ahmed Ghandour in an airstrike.",
			[]claimCue{{"it had killed Hamas commander Ahmed Ghandour in an airstrike", "said", "ISR"}},
			[]entitySpec{{"Ahmed Ghandour", "person", ""}},
			[]string{"Ahmed Ghandour|killed|1|killed|HAMAS|ISR"}},
		{"one", "Staff Sgt. John Miller, 31, of Austin, Texas, died Feb. 3 in Baghdad from wounds sustained when his unit was attacked.", nil,
			[]entitySpec{{"John Miller", "person", "USA"}},
			[]string{"John Miller|killed|1|killed|USA|"}},
		{"one", "Spc. John Doe, 21, of Dayton, Ohio, died June 3 in Kabul of injuries sustained when enemy forces attacked his unit.", nil,
			[]entitySpec{{"John Doe", "person", "USA"}, {"Dayton", "person", ""}},
			[]string{"John Doe|killed|1|killed|USA|"}},
		{"one", "“Three of them were killed when reinforcements arrived,” he said.",
			[]claimCue{{"Three of them were killed when reinforcements arrived", "said", "AFG"}}, nil,
			[]string{"Three of them were killed|killed|3|killed||AFG"}},
		{"one", "Police said security forces killed all five attackers.",
			[]claimCue{{"security forces killed all five attackers", "said", "SOM"}}, nil,
			[]string{"five attackers|killed|5|killed||SOM"}},
		{"one", "The car was attacked with gunfire, killing all the civilians except Abdi.", nil,
			[]entitySpec{{"Abdi", "person", ""}}, nil},
		{"none", "He got a telegram telling him his brother was injured in the South.", nil, nil, nil},
		{"owner", "A nurse in Kidal said health staff had recorded 58 civilians killed during the early days of the offensive.",
			[]claimCue{{"health staff had recorded 58 civilians killed during the early days of the offensive", "said", ""}},
			[]entitySpec{{"Kidal", "place:ML", ""}},
			[]string{"58 civilians|killed|58|killed|MLI|"}},
		{"owner", "Last week, at least 76 people were killed when a hotel in Mecca collapsed.", nil,
			[]entitySpec{{"Mecca", "place:SA", ""}},
			[]string{"76 people|killed|76|killed||"}},
		{"one", "He was convicted of treason and was hanged in March 2011.", nil,
			[]entitySpec{{"He@Tomas Verin", "person", ""}},
			[]string{"He|killed|1|killed||"}},
		{"none", "The army executed a plan to retake the town.", nil, nil, nil},
		{"one", "Rights groups condemned the killing of journalist Daniel Pearl in Karachi.", nil,
			[]entitySpec{{"Daniel Pearl", "person", ""}},
			[]string{"Daniel Pearl|killed|1|killed||"}},
		{"one", "The lawyer of Ahmed Ali said his client was murdered in custody.", nil,
			[]entitySpec{{"Ahmed Ali", "person", ""}},
			nil},
		{"none", "The show marks the anniversary of the death of Andy Warhol in 1987.", nil,
			[]entitySpec{{"Andy Warhol", "person", "USA"}}, nil},
		{"one", "The widow of reporter Marco Ferri, who was killed in Honduras in 2014, appealed.", nil,
			[]entitySpec{{"Marco Ferri", "person", ""}},
			[]string{"Marco Ferri|killed|1|killed||"}},
		{"one", "He told the judges that he had first been abducted in Jordan.", nil,
			[]entitySpec{{"He@Tomas Verin", "person", ""}, {"he@Tomas Verin", "person", ""}},
			[]string{"he|captured|1|captured||"}},
		// a person's death outside violence is no count
		{"one", "When his father died in 1927, his mother took the children to China.", nil,
			[]entitySpec{{"China", "gpe", "CHN"}}, nil},

		// abductions and the missing
		{"capture", "Gunmen kidnapped 20 passengers from a bus in Zamfara state, police said.",
			[]claimCue{{"Gunmen kidnapped 20 passengers from a bus in Zamfara state", "said", ""}}, nil,
			[]string{"20 passengers|captured|20|captured||"}},
		{"capture", "Boko Haram abducted 110 Nigerian schoolgirls from their school in Dapchi.", nil, nil,
			[]string{"110 Nigerian schoolgirls|captured|110|captured|NGA|"}},
		{"capture", "At least 40 foreign workers were taken hostage by the militants at the gas plant.", nil, nil,
			[]string{"40 foreign workers|captured|40|captured||"}},
		{"capture", "Militants seized three Turkish engineers at the construction site.", nil, nil,
			[]string{"three Turkish engineers|captured|3|captured|TUR|"}},
		{"capture", "Kenyan officials said the raid killed 48 gunmen and took 17 more captives.",
			[]claimCue{{"the raid killed 48 gunmen and took 17 more captives", "said", "KEN"}}, nil,
			[]string{"48 gunmen|killed|48|killed||KEN", "17 more captives|captured|17|captured||KEN"}},
		{"capture", "The prison holds 3,000 prisoners.", nil, nil, nil},
		{"capture", "The gunmen were holding 40 hostages in the hotel.", nil, nil,
			[]string{"40 hostages|captured|40|captured||"}},
		{"capture", "Five aid workers went missing after their convoy was attacked.", nil, nil,
			[]string{"Five aid workers|missing|5|lost||"}},

		// amounts
		{"amount", "Scores of civilians were wounded in the bombing.", nil, nil,
			[]string{"Scores of civilians|wounded|null|wounded||"}},
		{"amount", "Several Ukrainian soldiers were captured near Bakhmut.", nil, nil,
			[]string{"Several Ukrainian soldiers|captured|null|captured|UKR|"}},
		{"amount", "More than 200 Sri Lankan civilians were killed and hundreds wounded in the bombings.", nil, nil,
			[]string{"200 Sri Lankan civilians|killed|200|killed|LKA|", "hundreds wounded|wounded|null|wounded|LKA|"}},
		{"amount", "Between 30 and 40 Syrian soldiers died in the attack on the airbase.", nil, nil,
			[]string{"Between 30 and 40 Syrian soldiers|killed|30-40|killed|SYR|"}},
		{"amount", "Over a hundred Yemeni civilians were killed in the air raid.", nil, nil,
			[]string{"a hundred Yemeni civilians|killed|100|killed|YEM|"}},
		{"amount", "The blast killed a policeman and wounded four others.", nil, nil,
			[]string{"a policeman|killed|1|killed||", "four others|wounded|4|wounded||"}},
		{"amount", "Some two dozen Iraqi soldiers were killed.", nil, nil,
			[]string{"two dozen Iraqi soldiers|killed|24|killed|IRQ|"}},

		{"amount", "The bombing claimed the lives of 30 Afghan civilians.", nil, nil,
			[]string{"30 Afghan civilians|killed|30|killed|AFG|"}},
		{"amount", "The attack claimed 30 lives.", nil, nil,
			[]string{"30 lives|killed|30|killed||"}},
		{"amount", "The new hospital saved 30 lives.", nil, nil, nil},
		{"amount", "Twelve people lost their lives in the attack.", nil, nil,
			[]string{"Twelve people|killed|12|killed||"}},
		{"amount", "Police found the bodies of 15 soldiers near the border.", nil, nil,
			[]string{"15 soldiers|killed|15|killed||"}},
		{"amount", "Five people are still missing after the attack.", nil, nil,
			[]string{"Five people|missing|5|lost||"}},
		{"amount", "An Israeli soldier was killed and three others were wounded.", nil, nil,
			[]string{"An Israeli soldier|killed|1|killed|ISR|", "three others|wounded|3|wounded|ISR|"}},
		{"amount", "Clashes left at least nine dead.", nil, nil,
			[]string{"nine dead|killed|9|killed||"}},

		{"amount", "At least 6 British paratroopers and an unknown number of Afghan policemen died in the clashes.", nil, nil,
			[]string{"6 British paratroopers|killed|6|killed|GBR|", "an unknown number of Afghan policemen|killed|null|killed|AFG|"}},
		{"amount", "The bombing killed 12 people, wounding dozens.", nil, nil,
			[]string{"12 people|killed|12|killed||", "dozens|wounded|null|wounded||"}},
		{"none", "The drought is killing hundreds across the region.", nil, nil, nil},

		{"amount", "Eight Afghan police officers were killed and four other officers were wounded.", nil, nil,
			[]string{"Eight Afghan police officers|killed|8|killed|AFG|", "four other officers|wounded|4|wounded|AFG|"}},

		{"none", "Near Raqqa, two strikes destroyed a dump truck, two bulldozers and an excavator.", nil, nil, nil},

		// not counts
		{"none", "The army deployed 3,000 soldiers to the region in 2019.", nil, nil, nil},
		{"none", "About 20,000 people have fled their homes since the fighting began.", nil, nil, nil},
		{"none", "The 25 soldiers arrived at the base on Monday.", nil, nil, nil},
		// arrests are captures (DESIGN §3 has no "arrested" outcome)
		{"capture", "Police arrested 15 protesters in the capital.", nil, nil,
			[]string{"15 protesters|captured|15|captured||"}},
		{"capture", "About 40 demonstrators were rounded up outside the court.", nil, nil,
			[]string{"40 demonstrators|captured|40|captured||"}},
		{"capture", "Some 230 strikers were taken into custody on Tuesday.", nil, nil,
			[]string{"230 strikers|captured|230|captured||"}},
		{"capture", "Six students were arrested at the rally, the university said.", nil, nil,
			[]string{"Six students|captured|6|captured||"}},
		{"none", "The court ordered the arrest of the governor.", nil, nil, nil},
		{"none", "The conflict has displaced more than one million people.", nil, nil, nil},
	})
}

// countCase is a row of the count tables: a text, the claims and
// entities the stages before would give it, and the counts wanted.
type countCase struct {
	bucket   string
	text     string
	claims   []claimCue
	entities []entitySpec
	want     []string // span|item|n[-nmax]|outcome|owner|claimed_by
}

// checkCounts runs the stage on each case and reports the cases whose
// counts differ from those wanted, in order.
func checkCounts(t *testing.T, tests []countCase) {
	t.Helper()
	s := loadStage(t)
	for _, tc := range tests {
		if got := countsOf(t, s, tc.text, tc.claims, tc.entities); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("[%s] %s\n got: %q\nwant: %q", tc.bucket, tc.text, got, tc.want)
		}
	}
}

// countsOf runs the stage on a document of text with the given claims and
// entities and returns its counts as show writes them.
func countsOf(t *testing.T, s *Stage, text string, claims []claimCue, ents []entitySpec) []string {
	t.Helper()
	doc := docWith(t, text, claims, ents)
	when.New().Process(doc)
	s.Process(doc)
	return shownCounts(doc)
}

// shownCounts is every count of doc as show writes it.
func shownCounts(doc *parallax.Document) []string {
	var got []string
	for _, c := range doc.Counts {
		got = append(got, show(doc, c))
	}
	return got
}

// docWith builds a document with hand-made claims (cue found before the
// claimed words, else after) and entities.
func docWith(t *testing.T, text string, claims []claimCue, ents []entitySpec) *parallax.Document {
	t.Helper()
	doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: "2024-03-01"}, Text: text}
	for i, c := range claims {
		k := strings.Index(text, c.span)
		if k < 0 {
			t.Fatalf("claim %q not in %q", c.span, text)
		}
		q := strings.LastIndex(text[:k], c.cue)
		if q < 0 {
			q = strings.Index(text[k:], c.cue) + k
		}
		// "@It": a speaker named by the words It, with no side
		side, who, _ := strings.Cut(c.side, "@")
		doc.Claims = append(doc.Claims, parallax.Claim{ID: "c" + string(rune('1'+i)), Start: k, End: k + len(c.span),
			Speaker: parallax.Speaker{Side: side, Text: who}, Cue: parallax.Cue{Text: c.cue, Start: q, End: q + len(c.cue)},
			Stance: parallax.StanceAssert})
	}
	for _, e := range ents {
		// "He@Abu Omar": the words He, resolved to the actor Abu Omar.
		name, actor, _ := strings.Cut(e.text, "@")
		if actor == "" && e.kind == parallax.KindPerson {
			actor = name
		}
		for off := 0; ; {
			k := strings.Index(text[off:], name)
			if k < 0 {
				break
			}
			k += off
			if cc, ok := strings.CutPrefix(e.kind, "place:"); ok {
				// "place:PS": a place the geo stage put in that country;
				// "place:MM:P.PPL" with its GeoNames feature.
				cc, feature, _ := strings.Cut(cc, ":")
				doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(name), Text: name, Country: cc, Feature: feature})
			} else {
				doc.Entities = append(doc.Entities, parallax.Entity{Start: k, End: k + len(name), Text: name, Kind: e.kind, Side: e.side, Actor: actor})
			}
			off = k + len(name)
		}
	}
	return doc
}
