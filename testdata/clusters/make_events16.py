"""Writes events16.jsonl: the sixteenth battery of invented reports (session 24,
lane events16; `parallax eval incidents --data
testdata/clusters/events16.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run or build parallax and
read no parallax Go source, no measurements, no other lane's brief, no other
battery's file or script and nothing of testdata/heldout2 (only DESIGN.md
sections 2-3, testdata/clusters/README.md and make_events15.py, for the
format, and GeoNames files to check place names). Only the lead runs it; no
rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
52 reports of 20 incidents (18 of two to four reports, 2 singletons; 48
gold pairs; two duplicate pairs), mostly conflict news in places and kinds
events..events15 do not use: a Russian missile strike on a cafe and a hotel
in central Kramatorsk on a Tuesday evening and glide bombs on Kramatorsk on
the Friday; Ukrainian drones on the Morozovsk air base and on an oil depot
in Tatsinskaya (Rostov region) the same night, about 45 km apart; a drone on
the Al Asad air base in Iraq and US air strikes on Kataib Hezbollah in Jurf
al-Sakhar and al-Qaim the next day, announced as the response; Burkina
Faso's expulsion of two Ivorian diplomats and Cote d'Ivoire's
counter-expulsion three days later; riots over a diesel price rise in
Luanda and protests in Huambo the same day; an attack on villages in Mangu
(Plateau, Nigeria); an RSF assault on the army garrison of El Muglad (West
Kordofan); the abduction of bus passengers near Nejo (West Wollega,
Oromia); a raid on a weekly market in the Tera department (Tillaberi,
Niger); gunmen at a family party in Penjamo (Guanajuato); China Coast Guard
ships off the Senkaku / Diaoyu islands; an Israeli raid on the Nur Shams
camp near Tulkarm; ordinary news: a rodeo stand collapsing in San Vicente de
Tagua Tagua (Chile); singletons (an old shell exploding near Izium, a
Brazilian soybean crop forecast).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a temporary
  deployment point of AFU commanders and foreign mercenaries" against a
  cafe and a hotel; "a fire on the territory of an
  enterprise" against an air base; "the
  occupation's base in the western desert" against Al Asad; "positions of
  the 45th and 46th brigades of the Popular Mobilisation" against "command
  and control facilities of Kataib Hezbollah"; "herders attacked
  near Bokkos" against burnt villages in Mangu; "full control of the Muglad
  garrison" against "an attack repelled"; "youths detained by government
  forces near Gimbi" against abducted passengers; "a gathering of militia"
  against a market; "a Japanese fishing vessel that had illegally entered" against
  Chinese ships in Japanese waters; "three terrorists eliminated" against a
  14-year-old boy;
- place names differ by side, language and granularity: Kramatorsk /
  Sotsmisto / "the Kramatorsk direction"; Morozovsk / "the
  Morozovsky district" / "the Morozovsk military airfield"; Tatsinskaya /
  Tatsinsky / "the Tatsinsky district"; Al Asad / Ain al-Asad / al-Baghdadi /
  "the western desert of Anbar"; Jurf al-Sakhar / Jurf al-Nasr / "north
  Babil"; Luanda / Cazenga / Viana / Cacuaco; Huambo / Caala; Mangu /
  Mangu local government area / Bokkos; El Muglad / Muglad / "the Muglad garrison"; Nejo / West Wollega /
  Gimbi / "the Gimbi-Nejo road"; Tera / Tillaberi / "the three borders
  area"; Senkaku / Diaoyu Dao / Uotsuri; Nur Shams / Tulkarm / Tulkarem /
  "northern Samaria"; San Vicente de Tagua Tagua / O'Higgins / Rancagua;
- follow-ups one to four days later (tolls rising, funerals, satellite
  images, a summoned charge d'affaires, a curfew, a release after a ransom,
  national mourning, arrests, charges), denials (the herders' association,
  the OLA, the Israeli military on the boy's age) and two statements each
  in a wire's reported speech and in a translation-like English rendering
  (Burkina Faso's expulsion communique, the Angolan national police's
  statement; marked same_statement);
- hard negatives, each its own incident: Kramatorsk on Tuesday and on
  Friday (same sides, same city); Morozovsk and Tatsinskaya the same night,
  about 45 km apart; the Al Asad drone and the US strikes announced as its
  answer the next day; the expulsion and the counter-expulsion three days
  later; Luanda and Huambo the same day, over the same price rise; the
  Izium shell, 55 km from Kramatorsk, a few days later; recap paragraphs
  that tell the other incident again.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Licence: CC0 (written by the project).

Usage: python3 testdata/clusters/make_events16.py > testdata/clusters/events16.jsonl
"""
import json
import re

arts = []


def paras(text):
    """Joins the lines of each paragraph; paragraphs stay apart (a blank line)."""
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def add(id, outlet, pub, title, incident, text, duplicate_of="", duplicate_kind=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub,
                 "language": "en", "text": paras(text), "incident": incident,
                 "duplicate_of": duplicate_of, "duplicate_kind": duplicate_kind})


# --- Kramatorsk: a Russian missile strike on the city centre on Tuesday 12 January 2027 (a cafe
# and a hotel on Vasylia Stusa street near the central square) and guided aerial bombs on a
# residential quarter of the Sotsmisto area on Friday 15 January. Same sides, same city, three
# days apart: two incidents. ---
add("kra-tue-local", "Example Donbas Courier", "2027-01-12", "Missile hits cafe in central Kramatorsk, six killed", "kramatorsk-missile-tue", """
KRAMATORSK - Six people were killed and 41 wounded when a Russian missile struck a cafe and the
hotel beside it near the central square of Kramatorsk at about 7.30 p.m. on Tuesday, the head of
the city military administration, Mykola Bilyk, said.

"It was dinner time, the cafe was full. Young people, families, volunteers," Bilyk said in a
video from the scene. Rescuers were searching the rubble of the hotel's two upper floors, where
guests were believed to be trapped. Among the wounded were a child of nine and two foreign
volunteers who work with an aid group in the city.

Prosecutors said the attack was carried out with an Iskander-M ballistic missile launched from
the Belgorod region. The air raid alert sounded less than a minute before the explosion.
""")
# The Russian MoD names no cafe and no civilian: its "temporary deployment point" of commanders and
# mercenaries "in Kramatorsk" the same evening is the same act told by the other side: same incident.
add("kra-tue-rumod", "Example Moscow Wire", "2027-01-13", "Russian strike destroys AFU deployment point in Kramatorsk, MoD says", "kramatorsk-missile-tue", """
MOSCOW - Russian forces on Tuesday evening struck a temporary deployment point of commanders of
the AFU's operational-tactical group and foreign mercenaries in Kramatorsk with a high-precision
weapon, the Russian Defence Ministry said on Wednesday.

"Up to 25 servicemen, including foreign mercenaries and instructors, were eliminated," the
ministry said in its daily briefing, without giving evidence. It said the building had been used
as a hotel before the war and had housed officers coordinating operations in the Kramatorsk
direction.

In the same briefing the ministry said units of the Yug group had improved their positions near
Siversk and that air defence had shot down 38 Ukrainian drones overnight.
""")
add("kra-tue-wire", "Example World Wire", "2027-01-13", "Kramatorsk toll rises to 11 as rescuers end search of hotel", "kramatorsk-missile-tue", """
KYIV - The number of people killed by Tuesday evening's Russian missile strike on a cafe and a
hotel in the centre of Kramatorsk rose to 11 on Wednesday after rescuers pulled four bodies from
the rubble and a woman died in hospital, Ukraine's emergency service said. Forty-six people were
wounded.

Russia said it had hit a "deployment point" of Ukrainian commanders and foreign mercenaries.
Ukrainian officials said the hotel had housed journalists and aid workers and called the claim a
lie. An aid group said one of its staff, a Czech national, was among the injured.

Kramatorsk, which had about 150,000 inhabitants before the war, lies about 20 km from the front
line and is the administrative centre of the part of the Donetsk region under Ukrainian control.
""")
add("kra-tue-funeral", "Example Donbas Courier", "2027-01-14", "Kramatorsk buries victims of cafe strike", "kramatorsk-missile-tue", """
KRAMATORSK - Hundreds of people gathered at the city cemetery on Thursday for the funerals of five
of the people killed on Tuesday when a missile hit the cafe near the central square, among them
the cafe's cook, Iryna Savchuk, 43, and two 17-year-old students.

"They were just having tea after classes," said a teacher at the students' lyceum. A day of
mourning was declared in the city. The toll stands at 11 dead; nine of the wounded remain in
hospital in Kramatorsk and Dnipro, two in a serious condition.

The owner of the cafe said he would rebuild it. The hotel next door will be demolished, the city
administration said.
""")
# Friday: glide bombs on a residential quarter of the same city, three days later. The wire recalls
# Tuesday's strike in its last paragraph; it stays with Friday's bombs.
add("kra-fri-gov", "Example Kyiv Daily", "2027-01-15", "Glide bombs hit apartment blocks in Kramatorsk, two dead", "kramatorsk-glidebomb-fri", """
KRAMATORSK - Russian aircraft dropped two guided aerial bombs on the Sotsmisto residential area of
Kramatorsk on Friday afternoon, killing two people and wounding 14, the governor of the Donetsk
region, Vadym Fedorenko, said.

One of the bombs hit the courtyard of a five-storey apartment block and the other a car repair
shop on a neighbouring street, he said. Windows were blown out in a kindergarten nearby; the
children were in the shelter and none was hurt.

"The Russians drop these bombs on the city from beyond the range of our air defence," Fedorenko
wrote on Telegram, and again urged residents with children to leave the region.
""")
add("kra-fri-wire", "Example World Wire", "2027-01-16", "Russian glide bombs kill three in Kramatorsk, days after deadly cafe strike", "kramatorsk-glidebomb-fri", """
KYIV - Russian glide bombs killed three people and wounded 16 in a residential area of Kramatorsk
on Friday, Ukrainian officials said on Saturday, after a wounded man died overnight.

The bombs, each weighing about 500 kg, hit an apartment block courtyard and a repair shop in the
Sotsmisto area, the regional governor said. Russia's Defence Ministry did not comment on the
attack; its Saturday briefing said aviation had struck "AFU manpower and equipment in the
Kramatorsk direction".

On Tuesday, a Russian missile strike on a cafe and a hotel in the city centre killed 11 people.
""")

# --- Night of 19-20 January: Ukrainian drones on the Morozovsk air base and on an oil depot in
# Tatsinskaya, both in the Rostov region, about 45 km apart. Two targets, two incidents. ---
add("mor-genstaff", "Example Kyiv Daily", "2027-01-20", "Ukraine says it hit Su-34 jets at Morozovsk air base", "morozovsk-airbase", """
KYIV - Ukrainian drones struck the Morozovsk military airfield in Russia's Rostov region overnight,
hitting at least two Su-34 bombers and an ammunition store, the General Staff of Ukraine's armed
forces said on Wednesday.

"Secondary detonations were recorded at the airfield," the General Staff said, adding that the
air base is used by Russian aviation to drop glide bombs on Ukrainian cities, including
Kramatorsk and Kostiantynivka. It said the results of the strike were being clarified.

The operation was carried out by the Unmanned Systems Forces together with the SBU security
service, it said.
""")
# The governor's account names no air base: drones downed over "the Morozovsky district", debris,
# a fire "on the territory of an enterprise". The same night's attack on the same town told by the
# other side: same incident. His sentence on the Tatsinsky district does not make it a round-up
# (one clause against three paragraphs on Morozovsk).
add("mor-governor", "Example Rostov News", "2027-01-20", "Drone attack repelled in Morozovsky district, governor says", "morozovsk-airbase", """
ROSTOV-ON-DON - Air defence repelled a massive drone attack on the Morozovsky district overnight,
Rostov regional governor Anatoly Grebnev said on Wednesday. Falling debris caused a fire on the
territory of an enterprise, which firefighters put out by morning.

"There are no casualties among the civilian population," Grebnev wrote on Telegram. Residents of
two streets on the edge of Morozovsk were briefly evacuated as a precaution, and power lines were
damaged in the village of Vladimirovka.

Drones were also shot down over the Tatsinsky, Millerovsky and Kamensky districts, he said. The
Russian Defence Ministry said 47 drones had been destroyed over the Rostov region overnight.
""")
add("mor-satellite", "Example Open Source Monitor", "2027-01-22", "Satellite images show damage at Morozovsk air base after drone attack", "morozovsk-airbase", """
Commercial satellite images taken on Thursday show a burnt-out aircraft shelter and scorch marks on
the apron of the Morozovsk air base in southern Russia, two days after Ukraine said its drones had
hit Su-34 bombers there.

A crater and blackened ground are visible at a storage area in the north-east of the base, where
Ukraine's General Staff said an ammunition store had been struck. At least one aircraft appears to
have been destroyed; the remains of a second cannot be identified with certainty.

Russian officials have said only that drones were shot down over the Morozovsky district and that
debris caused a fire at "an enterprise".
""")
# Tatsinskaya: the same night, about 45 km west of Morozovsk, an oil depot. The local report's
# sentence on Morozovsk is a recap of the same night's other attack: it stays with Tatsinskaya.
add("tat-local", "Example Don Telegram Digest", "2027-01-20", "Oil depot burns in Tatsinskaya after night drone attack", "tatsinskaya-depot", """
Residents of the stanitsa of Tatsinskaya in the Rostov region woke to a column of black smoke over
the local oil depot on Wednesday after a night of explosions, videos published by local channels
show. Three tanks were on fire, according to residents; the district administration closed the
road to Belaya Kalitva.

"We heard the drone buzzing, then a bang, then another. The windows shook," a woman living on
Sovetskaya street told a local channel. The head of the Tatsinsky district, Sergei Ovcharenko,
said 60 residents of nearby houses had been moved to the school and that no one was injured.

Governor Grebnev reported drones shot down over several districts, including the Morozovsky
district, where an air base is located.
""")
add("tat-source", "Example Kyiv Daily", "2027-01-21", "SBU drones hit oil depot supplying Russian troops in Rostov region, source says", "tatsinskaya-depot", """
KYIV - Drones of Ukraine's SBU security service hit the Tatsinskaya oil depot in the Rostov region
overnight on Wednesday, setting fire to four tanks holding about 8,000 cubic metres of diesel, a
source in the service told the newspaper on Thursday.

"The depot supplied fuel to Russian units in the south of Ukraine. It is a legitimate military
target," the source said. The fire was still burning on Thursday morning, the source said.

Rostov officials spoke only of a fire "at a fuel facility" in the Tatsinsky district caused by
falling debris.
""")

# --- Iraq: a drone on the Al Asad air base (Anbar) on Saturday 23 January, and US air strikes on
# Kataib Hezbollah in Jurf al-Sakhar (north Babil) and al-Qaim on the night of Sunday 24 January,
# announced as the response. A strike and its announced reprisal the next day: two incidents. ---
add("asad-centcom", "Example Washington Wire", "2027-01-23", "Drone attack on Iraq's Al Asad base injures three US troops", "alasad-drone", """
WASHINGTON - A one-way attack drone struck the Al Asad air base in western Iraq on Saturday
morning, injuring three US service members and damaging a hangar, US Central Command said. A
second drone was shot down before it reached the base.

"The injured personnel are being evaluated for traumatic brain injuries and are in stable
condition," CENTCOM said in a statement. It did not say who had launched the drones, but US
officials have blamed previous attacks on the base on Iran-backed militias.

Al Asad, in Anbar province about 180 km west of Baghdad, hosts US and coalition troops who advise
Iraqi forces in the fight against the Islamic State group.
""")
# The claim names "Ain al-Asad" in "the western desert of Anbar" and no casualties: the same act
# told by the side that carried it out, the same morning: same incident.
add("asad-claim", "Example Baghdad Observer", "2027-01-23", "Islamic Resistance in Iraq claims drone strike on Ain al-Asad", "alasad-drone", """
BAGHDAD - The Islamic Resistance in Iraq, an umbrella of Iran-backed armed factions, said on
Saturday that its fighters had struck "the occupation's base of Ain al-Asad in the western desert
of Anbar" with two drones at dawn.

"The operation comes in response to the crimes of the occupation and its continued presence on
the land of Iraq," the group said in a statement on Telegram, and promised further attacks "until
the last American soldier leaves".

Residents of al-Baghdadi, the town nearest the base, said they heard a loud explosion at about
6 a.m. and saw aircraft take off shortly afterwards.
""")
# The next day's wire: more injured, Baghdad's condemnation and the Pentagon's warning of a
# response. A warning is not the response: it stays with the drone attack.
add("asad-wire", "Example World Wire", "2027-01-24", "Five US troops hurt in Iraq drone attack; Pentagon vows response", "alasad-drone", """
BAGHDAD - Five US service members were injured in Saturday's drone attack on the Al Asad air base
in Iraq, two more than first reported, the Pentagon said on Sunday, and vowed to respond "at a
time and place of our choosing".

"Those who attack our forces will be held accountable," Pentagon spokesman Daniel Whitcomb told
reporters. The Islamic Resistance in Iraq claimed the attack.

Iraqi government spokesman Haider al-Rubaie condemned the attack as an "act of sabotage that
harms Iraq's interests" and said security forces had found the launch site, a farm north of
Hit, and arrested two suspects.
""")
# The US strikes, Sunday night: the answer to the Al Asad attack, named as such, against other
# targets 300 km away. Another incident, though every report recalls Al Asad.
add("jurf-centcom", "Example Washington Wire", "2027-01-25", "US strikes Iran-backed militia in Iraq after attack on troops", "jurf-us-strikes", """
WASHINGTON - US forces carried out air strikes overnight on three facilities of the Iran-backed
militia Kataib Hezbollah in Iraq, US Central Command said on Monday, in response to Saturday's
drone attack that injured five American troops at the Al Asad air base.

The strikes hit "command and control facilities, a drone storage site and a weapons depot" in
Jurf al-Sakhar, south of Baghdad, and near al-Qaim on the border with Syria, CENTCOM said. "These
precision strikes were against facilities used to plan and carry out attacks on US forces."

The initial assessment was that "a number of militants" were killed, a US official said. The
White House said the United States did not seek escalation.
""")
# The Popular Mobilisation Forces' statement names "Jurf al-Nasr" (the name Iraq gave Jurf
# al-Sakhar) and its brigades, not Kataib Hezbollah: the same strikes, the same night: same incident.
add("jurf-pmf", "Example Baghdad Observer", "2027-01-25", "PMF says six fighters killed in US aggression on Jurf al-Nasr", "jurf-us-strikes", """
BAGHDAD - Six fighters of the Popular Mobilisation Forces were killed and nine wounded when US
aircraft bombed positions of the 45th and 46th brigades in Jurf al-Nasr in north Babil and a
border post in al-Qaim overnight, the PMF said on Monday.

"This American aggression targeted Iraqi security forces carrying out their duty of protecting
the borders and will not pass without a response," the PMF said in a statement. It said a
warehouse of food supplies had been destroyed in Jurf al-Nasr.

The PMF, an umbrella of mostly Shiite armed groups, is formally part of Iraq's security forces.
Its brigades 45 and 46 are made up mainly of Kataib Hezbollah fighters.
""")
add("jurf-funeral", "Example World Wire", "2027-01-26", "Iraq summons US envoy as funerals held for fighters killed in strikes", "jurf-us-strikes", """
BAGHDAD - Iraq's foreign ministry summoned the US charge d'affaires on Tuesday over overnight air
strikes on Sunday that killed seven members of the Popular Mobilisation Forces, and called them a
"flagrant violation of Iraqi sovereignty".

Thousands of mourners chanting against the United States carried the coffins of the dead through
Baghdad's Jadriya district before their burial in Najaf. The toll rose to seven after a wounded
fighter died in hospital in Hilla, the PMF said.

The United States said the strikes on Jurf al-Sakhar and al-Qaim were a response to a drone attack
on Saturday that wounded five US troops at the Al Asad base.
""")

# --- Burkina Faso expels two Ivorian diplomats (Monday 1 February); Cote d'Ivoire expels two
# Burkinabe diplomats three days later (Thursday 4 February). A measure and its counter-measure
# days later: two incidents. Abidjan's "reserves the right to respond" the day after the expulsion
# stays with the expulsion; Ouagadougou's "unjustified" the day after the counter-expulsion stays
# with it. ---
# Burkina Faso's communique in a wire's reported speech and in a translation-like English rendering
# of the same French communique (the first duplicate pair, same_statement).
add("bf-exp-wire", "Example West Africa Wire", "2027-02-01", "Burkina Faso expels two Ivorian diplomats over 'subversive activities'", "burkina-expels-ivorians", """
OUAGADOUGOU - Burkina Faso on Monday ordered two diplomats of Cote d'Ivoire's embassy in
Ouagadougou, a first counsellor and the defence attache, to leave the country within 72 hours,
accusing them of "subversive activities" against the transitional government.

In a communique read on national television, foreign minister Aminata Sawadogo said the two had
held "clandestine meetings" with former officers and members of the opposition living in exile.
She said the decision had been notified to Cote d'Ivoire's ambassador.

Relations between the two neighbours have been tense since Burkina Faso's military took power.
Ouagadougou has repeatedly accused Abidjan of harbouring people plotting against it, which Cote
d'Ivoire denies.
""")
add("bf-exp-tr", "Example Ouaga Herald (English edition)", "2027-02-01", "Communique of the Ministry of Foreign Affairs on two diplomats of the Embassy of Cote d'Ivoire", "burkina-expels-ivorians", """
The Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad informs the national
and international opinion that the Government of Burkina Faso has declared persona non grata Mr.
the First Counsellor and Mr. the Defence Attache of the Embassy of the Republic of Cote d'Ivoire in
Ouagadougou.

The two diplomats have been engaged in subversive activities incompatible with their status,
notably clandestine meetings with former officers and with members of the opposition in exile,
for the purpose of destabilising the institutions of the Transition.

They have a delay of seventy-two (72) hours to leave the national territory. The Ambassador of
the Republic of Cote d'Ivoire has been notified of this decision.

Ouagadougou, 1 February. The Minister, Aminata Sawadogo.
""", duplicate_of="bf-exp-wire", duplicate_kind="same_statement")
add("bf-exp-abidjan", "Example Abidjan Matin", "2027-02-02", "Abidjan regrets expulsion of its diplomats, reserves right to respond", "burkina-expels-ivorians", """
ABIDJAN - Cote d'Ivoire's government on Tuesday said it "regrets" Burkina Faso's decision to
expel two of its diplomats and rejected the accusation of subversion as "without foundation".

"Cote d'Ivoire reserves the right to respond appropriately," government spokesman Kouadio
Yao N'Guessan said after the weekly cabinet meeting. He said the two diplomats would return to
Abidjan on Wednesday.

The spokesman said Cote d'Ivoire hosts more than three million Burkinabe nationals and would
"never" be used as a base against a neighbouring country.
""")
add("ci-exp-wire", "Example West Africa Wire", "2027-02-04", "Cote d'Ivoire expels two Burkinabe diplomats in tit-for-tat move", "ivorians-expel-burkinabe", """
ABIDJAN - Cote d'Ivoire on Thursday declared two diplomats of Burkina Faso's embassy in Abidjan
persona non grata and gave them 72 hours to leave, three days after Ouagadougou expelled two
Ivorian diplomats.

The foreign ministry said the two, a counsellor and the consul general in Bouake, had carried out
"activities incompatible with their status", without giving details. A ministry official said the
move was "a response in kind".

On Monday Burkina Faso expelled Cote d'Ivoire's first counsellor and defence attache, accusing
them of meeting exiled opponents of its military government.
""")
add("ci-exp-ouaga", "Example Ouaga Herald (English edition)", "2027-02-05", "Ouagadougou calls expulsion of its diplomats unjustified", "ivorians-expel-burkinabe", """
OUAGADOUGOU - Burkina Faso's government on Friday called Cote d'Ivoire's expulsion of two of its
diplomats "unjustified and unfriendly" and said the measure would not change its position.

"Burkina Faso acted on the basis of established facts. Abidjan acts by reflex," government
spokesman Jean-Baptiste Kabore told journalists. He said the consulate in Bouake would stay open
under a deputy consul.

Burkinabe associations in Cote d'Ivoire called for calm and asked both governments not to take
measures affecting the millions of Burkinabe living in the country.
""")

# --- Angola, Monday 8 February: a taxi drivers' strike over a rise in the price of diesel turns
# into riots in Luanda (Cazenga, Viana, Cacuaco) and into protests in Huambo, about 600 km away,
# the same day. Same cause, same day, two cities: two incidents. ---
add("lua-local", "Example Luanda Journal", "2027-02-08", "Riots in Luanda as taxi strike over diesel price turns violent", "luanda-diesel-riots", """
LUANDA - Police fired tear gas and live rounds in the Cazenga and Viana municipalities of Luanda
on Monday as a strike by minibus taxi drivers against a rise in the price of diesel turned into
riots, with shops looted and buses set on fire, witnesses said.

At least two people were killed in Cazenga, residents said, one of them a street vendor shot near
the Asa Branca market. "The police came shooting. We were only closing our stalls," said a woman
who sells fish at the market. Roads into the city centre were blocked with burning tyres for most
of the day.

The government raised the price of a litre of diesel from 300 to 400 kwanzas last week, the third
rise in a year, under a plan to phase out fuel subsidies.
""")
# The national police's statement in a wire's reported speech and in a translation-like English
# rendering of the same Portuguese statement (the second duplicate pair, same_statement).
add("lua-police-wire", "Example Southern Africa Wire", "2027-02-09", "Angolan police say four dead, 512 arrested in Luanda unrest", "luanda-diesel-riots", """
LUANDA - Angola's national police said on Tuesday that four people were killed and 21 police
officers injured in Monday's unrest in Luanda, and that 512 people had been arrested for looting
and vandalism.

Police spokesman Superintendent Nelson Kiala said officers had acted "within the law" against
"criminals who took advantage of the taxi strike" to loot 46 shops and burn 19 vehicles in
Cazenga, Viana and Cacuaco. He said the circumstances of the deaths were under investigation.

Rights groups and residents accuse police of firing on unarmed people. The main opposition party,
UNITA, called for the price rise to be reversed.
""")
add("lua-police-tr", "Example Angola Press Digest (English edition)", "2027-02-09", "Statement of the National Police on the acts of vandalism of 8 February", "luanda-diesel-riots", """
The Command General of the National Police informs that on 8 February, in the municipalities of
Cazenga, Viana and Cacuaco, province of Luanda, groups of criminals took advantage of the
stoppage of taxi drivers to commit acts of vandalism, looting and destruction of public and
private goods.

In the course of the operations to restore public order, four (4) citizens lost their lives,
whose circumstances are being investigated, and twenty-one (21) police agents were injured.
Forty-six (46) commercial establishments were looted and nineteen (19) vehicles burned.

Five hundred and twelve (512) citizens were detained and will be presented to the Public
Ministry. The police forces acted within the strict observance of the law.

Luanda, 9 February. Superintendent Nelson Kiala, Spokesman.
""", duplicate_of="lua-police-wire", duplicate_kind="same_statement")
# Two days later: a rights group's higher count and funerals. Its sentence on Huambo is a recap
# of the same day's protest elsewhere: it stays with Luanda.
add("lua-rights", "Example Southern Africa Wire", "2027-02-10", "Rights group says 11 killed in Luanda fuel riots; funerals held in Cazenga", "luanda-diesel-riots", """
LUANDA - At least 11 people were killed by police gunfire during Monday's riots over the price of
diesel in Luanda, an Angolan human rights association said on Wednesday, nearly three times the
official toll.

"We have the names of eleven dead, most of them young men shot in Cazenga and Viana," said Joana
Mbala, coordinator of the association, which collected testimonies at the Josina Machel and Cajueiros
hospitals. Police have said four people died.

Families buried five of the dead in Cazenga on Wednesday under a heavy police presence. Taxi
drivers' associations suspended the strike after the government agreed to talks. In Huambo,
where drivers also protested on Monday, no deaths were reported.
""")
add("hua-local", "Example Planalto Radio", "2027-02-08", "Taxi drivers block roads in Huambo over diesel price", "huambo-diesel-protest", """
HUAMBO - Hundreds of minibus taxi drivers blocked the main roads into Huambo on Monday and marched
on the provincial government building to protest against the rise in the price of diesel, leaving
thousands of people without transport to work and school.

Police used tear gas to disperse a group that threw stones at a fuel station near the Alemanha
market; a provincial police spokesman said 23 people were detained and two officers slightly
hurt. Drivers also blocked the road to Caala.

"We cannot raise the fare again, people cannot pay. And we cannot pay 400 kwanzas for diesel,"
said a driver, Manuel Chipenda.
""")
add("hua-wire", "Example Southern Africa Wire", "2027-02-09", "Huambo calm after taxi protest; governor meets drivers", "huambo-diesel-protest", """
HUAMBO - Taxis were back on the streets of Huambo on Tuesday after the provincial governor met
drivers' representatives and promised to take their demands to the central government, a day
after protests over the price of diesel blocked the city.

The 23 people detained on Monday were released, a drivers' association said. No deaths were
reported in Huambo.

In Luanda, the same strike turned into riots on Monday in which police say four people died.
""")

# --- Nigeria, Plateau state: gunmen attack two villages in Mangu local government area on the
# night of Sunday 14 February. The herders' association's statement denies the attack and says
# herders were attacked "near Bokkos" the same night: the other side's account of the same clash
# naming a neighbouring place: same incident. ---
add("mangu-police", "Example Jos Tribune", "2027-02-15", "Gunmen kill 17 in attacks on Plateau villages", "mangu-village-attack", """
JOS - Gunmen killed at least 17 people and burned dozens of houses in attacks on two villages in
the Mangu local government area of Plateau state late on Sunday, police said on Monday.

The police spokesman in Jos, Bitrus Dauda, said the attackers arrived at about 11 p.m. and shot at
residents as they fled. "Our men were deployed and the attackers fled into the bush. Five suspects
have been arrested," he said. A community leader said 38 people had been killed and that many
were still missing.

Governor Samuel Dalyop imposed a 24-hour curfew on Mangu and called the attack "barbaric".
""")
add("mangu-herders", "Example Abuja Ledger", "2027-02-16", "Herders' group denies Plateau attack, says its members were attacked near Bokkos", "mangu-village-attack", """
ABUJA - A herders' association on Tuesday denied that its members had attacked villages in Plateau
state on Sunday night and said herders had themselves been attacked "near Bokkos", losing three
men and more than 140 cattle.

"Our people are being blamed for every killing on the Plateau. On Sunday night our members were
the victims; their cattle were rustled and their camps burned," the association's state secretary,
Usman Bello Adamu, said in a statement. Bokkos borders Mangu to the south.

Police and community leaders have said gunmen killed at least 17 people in two villages of Mangu
local government area the same night.
""")
add("mangu-burial", "Example Jos Tribune", "2027-02-17", "Mass burial for 41 victims of Mangu attack", "mangu-village-attack", """
MANGU - Residents buried 41 people in a mass grave on Wednesday, victims of Sunday night's attack on
two villages in Mangu local government area, as the toll rose after more bodies were found in the
bush.

"We are burying women and children. We are tired of burying," a Catholic priest, Fr. Nanle Gyang,
told mourners. The governor extended the curfew and said a military base would be set up in the
area.

The state commissioner for information said 3,200 people had fled to Mangu town and were staying
in schools and churches.
""")

# --- Sudan, West Kordofan: the RSF assault on the army garrison of El Muglad (Al Mujlad), Wednesday
# 17 February. The army says it repelled the attack; the RSF says it took the garrison; a wire
# two days later counts civilians. One assault told three ways: same incident. ---
add("muglad-army", "Example Port Sudan Tribune", "2027-02-17", "Army repels RSF attack on El Muglad, kills dozens of rebels", "muglad-garrison", """
PORT SUDAN - The Sudanese army repelled an attack by the Rapid Support Forces on its garrison in
El Muglad in West Kordofan state on Wednesday, killing "dozens" of the militia's fighters and
destroying 12 combat vehicles, army spokesman Brigadier General Osman Abdelrahim said.

"Our forces and the popular resistance dealt with the rebel militia decisively and the garrison is
fully secure," he said in a statement. He accused the RSF of shelling residential neighbourhoods of
the town with artillery.

El Muglad, a town of about 20,000 people on the railway to Babanusa, is one of the last army
positions in West Kordofan.
""")
add("muglad-rsf", "Example Nyala Voice", "2027-02-17", "RSF says it has taken full control of Muglad garrison", "muglad-garrison", """
The Rapid Support Forces said on Wednesday they had taken "full control of the Muglad garrison"
after a battle with the army and its allied militias, and posted videos of fighters standing by a
gate and celebrating near abandoned trucks.

"Our forces captured 37 combat vehicles and large quantities of weapons and ammunition, and the
remnants of the army fled towards Al Fula," the RSF said in a statement. The videos could not be
verified independently.

The RSF did not mention civilian casualties.
""")
add("muglad-wire", "Example World Wire", "2027-02-19", "Civilians killed as battle for Sudan's El Muglad rages", "muglad-garrison", """
KHARTOUM - At least 19 civilians were killed by shelling in El Muglad in West Kordofan during the
battle for the town's army garrison that began on Wednesday, a local emergency response room
said on Friday, and thousands have fled towards Abu Zabad.

Satellite images taken on Thursday show fires in the market area and around the garrison, whose
control both sides claim. The army says it repelled the Rapid Support Forces' attack; the RSF says
it took the garrison.

"Shells fell on the market and on houses in the Al-Souq and Al-Wihda neighbourhoods," a volunteer
with the emergency room said by phone.
""")

# --- Ethiopia, Oromia: gunmen stop two buses near Nejo in West Wollega on the Gimbi-Nejo road and
# abduct passengers, Tuesday 23 February. The regional government blames the "Shene" group (its name
# for the OLA); the OLA denies and says government forces detained youths "near Gimbi" the same day:
# the other side's account of the same happening naming another place on the same road: same
# incident. The release three days later is a follow-up. ---
add("nejo-region", "Example Addis Standard-Bearer", "2027-02-23", "Gunmen abduct dozens of bus passengers in West Wollega", "nejo-bus-abduction", """
ADDIS ABABA - Gunmen stopped two buses near Nejo in the West Wollega zone of Oromia on Tuesday
morning and abducted about 60 passengers, most of them university students travelling home, the
Oromia regional government said.

The regional government's communication bureau blamed "the Shene terrorist group" and said
security forces were pursuing the abductors. A relative of one of the students said the
kidnappers had called and demanded 300,000 birr for each passenger.

The Gimbi-Nejo road has been the scene of several abductions in recent months; bus operators
had suspended services on it for two weeks in January.
""")
add("nejo-ola", "Example Horn Monitor", "2027-02-24", "OLA denies abducting bus passengers, blames government forces", "nejo-bus-abduction", """
The Oromo Liberation Army (OLA) on Wednesday denied abducting bus passengers in West Wollega and
said government forces had detained young men at a checkpoint "near Gimbi" on Tuesday and were
blaming the OLA to cover it up.

"The OLA does not target civilians. The regime detains our youth and then accuses us of
kidnapping," the group's spokesman, Gemechu Tolera, said in a statement. Gimbi lies about 50 km
south-east of Nejo on the same road.

Ethiopian authorities, who call the group "Shene", said gunmen had taken about 60 passengers from
two buses on Tuesday.
""")
add("nejo-release", "Example Addis Standard-Bearer", "2027-02-26", "23 abducted bus passengers freed in West Wollega after ransom", "nejo-bus-abduction", """
NEKEMTE - Twenty-three of the passengers abducted from two buses near Nejo on Tuesday were freed on
Friday after their families paid ransoms, relatives said. They arrived in Nekemte exhausted; some
had walked for two days.

"They kept us in the forest and moved us every night. They told us the others would not be freed
until everyone paid," a 21-year-old student said. Relatives said about 35 people were still held.

The Oromia government said security forces had "rescued" the 23 and that the operation to free the
others continued.
""")

# --- Niger, Tillaberi region: gunmen raid the weekly market of a village in the Tera department,
# Friday 5 March. The Islamic State Sahel Province's claim speaks of "a gathering of militia of the
# apostate junta in the Tera area": the other side's account of the same raid: same incident. ---
add("tera-mod", "Example Niamey Gazette", "2027-03-06", "Niger says 29 civilians killed in attack on market near Tera", "tera-market-raid", """
NIAMEY - Gunmen on motorcycles attacked the weekly market of a village in the Tera department of
the Tillaberi region on Friday afternoon, killing 29 civilians and wounding 17, Niger's defence
ministry said on Saturday.

"The terrorists of the so-called Islamic State in the Sahel opened fire on traders and herders,
looted shops and burned the market's granary," the ministry said in a statement read on state
television. It said an army unit sent from Tera had "neutralised 15 terrorists" during the
pursuit towards the border with Burkina Faso.

The government declared three days of national mourning.
""")
add("tera-wire", "Example Sahel Wire", "2027-03-06", "Gunmen kill at least 22 at Niger village market", "tera-market-raid", """
NIAMEY - At least 22 people were killed when gunmen attacked a village cattle market in western
Niger's Tillaberi region on Friday, local officials and a resident said, in the latest of a
series of attacks in the area where Niger borders Mali and Burkina Faso.

"They came at about 3 p.m., when the market was full. They shot the men and took the animals," a
trader who escaped to Tera told the agency by phone. A local official said the toll could rise.

The Tillaberi region, part of the so-called three borders area, has been hit by attacks of
groups linked to al Qaeda and the Islamic State for more than a decade.
""")
add("tera-claim", "Example Jihadism Monitor", "2027-03-07", "Islamic State claims attack on 'militia' in Niger's Tera area", "tera-market-raid", """
The Islamic State's Sahel Province claimed on Sunday an attack on Friday on "a gathering of militia
of the apostate junta in the Tera area" of Niger, saying its fighters had killed "more than 60 of
them" and seized weapons and motorcycles.

The claim, published by the group's Amaq news agency, did not mention a market. Niger's government
said 29 civilians were killed in an attack on a village market in the Tera department on Friday.

The group has in the past described villagers who join the government-backed self-defence
volunteers as militia and legitimate targets.
""")

# --- Mexico, Guanajuato: gunmen open fire at a family party in Penjamo on the night of Saturday 6
# March; the toll rises and two arrests follow. ---
add("pen-local", "Example Bajio Diario", "2027-03-07", "Gunmen kill nine at family party in Penjamo", "penjamo-party-shooting", """
PENJAMO - Armed men burst into a family party celebrating a girl's fifteenth birthday in the La
Granja neighbourhood of Penjamo late on Saturday and opened fire on the guests, killing nine
people and wounding seven, the Guanajuato state prosecutor's office said on Sunday.

The attackers arrived in two pickups shortly before midnight and fired at people dancing in the
street outside the house, witnesses said. Investigators found more than 80 cartridge cases at the
scene. Among the dead were two teenagers.

The mayor of Penjamo, Rocio Camarena, suspended public events in the municipality for a week.
""")
add("pen-arrests", "Example Mexico City Wire", "2027-03-08", "Toll in Guanajuato party shooting rises to 11; two detained", "penjamo-party-shooting", """
MEXICO CITY - Two more people wounded in Saturday night's attack on a birthday party in Penjamo,
Guanajuato, died in hospital, raising the toll to 11, and police detained two suspects, the state
prosecutor said on Monday.

State prosecutor Hector Villalobos said the attack was linked to a dispute between criminal
groups over the sale of stolen fuel in the south of the state, and that one of the guests had been
the target. The two men were detained in a raid in neighbouring Abasolo with two rifles.

Guanajuato has for years had the highest number of murders of any Mexican state.
""")

# --- Japan and China: two China Coast Guard ships in the waters off the Senkaku islands (Diaoyu Dao)
# approach a Japanese fishing boat, Tuesday 9 March. The Chinese coast guard's account (it
# "expelled a Japanese fishing vessel that illegally entered China's territorial waters") is the
# same happening told by the other side: same incident. ---
add("sen-jcg", "Example Tokyo Broadcaster", "2027-03-09", "Chinese coast guard ships approach Japanese fishing boat off Senkakus", "senkaku-coastguard", """
TOKYO - Two China Coast Guard ships entered Japanese territorial waters off the Senkaku islands on
Tuesday morning and approached a Japanese fishing boat with four people on board, the Japan Coast
Guard's 11th Regional Headquarters in Naha said.

The Chinese ships sailed about 3 km off Uotsuri island for more than six hours and one of them
followed the fishing boat at a distance of about 200 metres, it said. Japan Coast Guard patrol
ships positioned themselves between the Chinese vessels and the boat and repeatedly warned them
to leave. No one was hurt.

Chief Cabinet Secretary Kenji Morioka said Japan had lodged a strong protest through diplomatic
channels. It was the fifth intrusion into the waters this year.
""")
add("sen-ccg", "Example Beijing Daily (English edition)", "2027-03-09", "China Coast Guard expels Japanese fishing boat from Diaoyu Dao waters", "senkaku-coastguard", """
BEIJING - China Coast Guard ships on Tuesday expelled a Japanese fishing vessel that had illegally
entered China's territorial waters around Diaoyu Dao, a spokesman for the coast guard, Zhang Weiming,
said.

"The China Coast Guard took necessary control measures in accordance with the law and warned the
vessel away," Zhang said in a statement. "Diaoyu Dao and its affiliated islands are China's inherent
territory. We urge the Japanese side to immediately stop all illegal activities in these waters."

The spokesman said Chinese coast guard ships would continue law enforcement patrols in the waters
around the islands.
""")

# --- Israeli raid on the Nur Shams camp near Tulkarm, Thursday 11 March. The Israeli military's
# "three terrorists eliminated in the Tulkarem area in northern Samaria" is the same raid told by
# the other side: same incident. Funerals the next day; the Israeli military's statement on the
# boy's age is a follow-up. ---
add("nur-health", "Example Ramallah News", "2027-03-11", "Five killed including boy of 14 in Israeli raid on Nur Shams camp", "nurshams-raid", """
TULKARM - Five Palestinians, among them a 14-year-old boy, were killed during an Israeli military
raid on the Nur Shams refugee camp east of Tulkarm on Thursday, the Palestinian health ministry
said.

Israeli forces entered the camp before dawn with armoured vehicles and bulldozers, which tore up
streets and water pipes, residents said. The Palestine Red Crescent said its ambulances were
prevented from reaching the wounded for more than two hours. The boy, Yousef Abu Hamdan, was shot
near the camp's school, his uncle said.

The raid lasted about nine hours. Eleven people were wounded, the ministry said.
""")
add("nur-idf", "Example Jerusalem Bulletin", "2027-03-11", "IDF says three terrorists eliminated in counterterrorism operation in Tulkarem", "nurshams-raid", """
JERUSALEM - Israeli forces killed three terrorists during a counterterrorism operation in the
Tulkarem area in northern Samaria on Thursday, the Israel Defense Forces said. A soldier was
lightly wounded by an explosive device.

"The forces located and destroyed explosive devices planted under roads and a weapons production
site, and confiscated weapons," the military said in a statement. It said the terrorists had been
involved in shooting attacks on Israeli communities and troops.

The statement did not give the names of those killed or the other Palestinian deaths reported by
the Palestinian health ministry.
""")
add("nur-funeral", "Example Levant Wire", "2027-03-12", "Thousands mourn Nur Shams dead as toll from Israeli raid rises to six", "nurshams-raid", """
TULKARM - Thousands of people attended funerals in Tulkarm on Friday for six Palestinians killed
in Thursday's Israeli raid on the nearby Nur Shams camp, after a wounded man died overnight, the
Palestinian health ministry said.

The Israeli military said the boy killed in the raid had been "an operative who threw an explosive
device at the forces" and was 17, not 14. His family showed reporters his birth certificate.

Armed factions in the camp said three of the dead were their members. The military said its
forces had destroyed seven explosive devices and a workshop.
""")

# --- Ordinary news, Chile: a temporary stand collapses during a rodeo at the medialuna of San Vicente
# de Tagua Tagua (O'Higgins region), Sunday 14 March; tolls rising, the organiser charged. ---
add("rod-local", "Example Rancagua Diario", "2027-03-14", "Two dead as stand collapses at San Vicente rodeo", "sanvicente-rodeo-stand", """
SAN VICENTE DE TAGUA TAGUA - Two people were killed and about 60 injured when a wooden stand
collapsed during a rodeo at the medialuna of San Vicente de Tagua Tagua on Sunday afternoon, the
regional health service said.

About 400 spectators were in the stand when part of its frame gave way during the final round,
witnesses said. The injured were taken to hospitals in San Vicente and Rancagua; eight were in a
serious condition.

"It moved, then it made a noise like a tree breaking and we all fell," said a spectator, Carolina
Fuentes, whose daughter broke an arm.
""")
add("rod-wire", "Example Santiago Wire", "2027-03-15", "Chile rodeo stand collapse toll rises to three; mayor orders inspections", "sanvicente-rodeo-stand", """
SANTIAGO - A third person died on Monday from injuries suffered when a stand collapsed at a rodeo
in San Vicente de Tagua Tagua in the O'Higgins region on Sunday, and the mayor ordered the
inspection of all temporary stands in the commune.

Mayor Patricio Lagos said the stand had been put up by a private club that organised the event
and had not been inspected by municipal engineers. The regional prosecutor's office opened an
investigation for homicide by negligence.

Chile's rodeo federation suspended events in the region for two weekends.
""")
add("rod-charge", "Example Rancagua Diario", "2027-03-16", "Rodeo club president charged after stand collapse; fourth death", "sanvicente-rodeo-stand", """
RANCAGUA - The president of the club that organised Sunday's rodeo in San Vicente de Tagua Tagua
was charged with homicide by negligence on Tuesday, the day a fourth victim of the stand collapse,
a 71-year-old man, died in hospital in Rancagua.

The prosecutor told the court that the stand had been built with reused timber and without a
structural calculation. The judge ordered the club president, Rodrigo Pizarro, to stay under
night-time house arrest during the investigation.

Twelve of the injured remain in hospital.
""")

# --- Singletons ---
# An old shell exploding near Izium, 55 km from Kramatorsk, six days after the cafe strike: no act
# of either side that day, no link to any other report: its own incident.
add("izium-shell", "Example Kharkiv Herald", "2027-01-18", "Two farmers killed by old shell near Izium", "single-izium-ordnance", """
IZIUM - Two farmers were killed on Monday when their tractor hit an unexploded artillery shell while
ploughing a field near the village of Kamianka, north of Izium, the Kharkiv regional police said.

The shell was left from the fighting of 2022, when the area was occupied by Russian forces,
police said. Deminers of the emergency service had cleared the village but not yet the fields
around it.

Ukraine is one of the most heavily mined countries in the world; the emergency service says about
a fifth of its territory may be contaminated with mines and unexploded ordnance.
""")
add("br-soy", "Example Commodity Wire", "2027-03-10", "Brazil raises soybean crop forecast to record", "single-br-soy", """
Brazil's national supply company Conab raised its forecast for the 2026/27 soybean crop to a
record 176.3 million tonnes on Wednesday, from 172.8 million a month ago, citing good rains in
Mato Grosso and Goias.

"The crop in the centre-west is excellent; the south had a dry spell but recovered," an analyst at
a Sao Paulo consultancy said. Harvesting had reached 61% of the planted area by the end of last
week.

Soybean futures in Chicago fell 1.2% after the report.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
