"""Writes events9.jsonl: the ninth battery of invented reports (session 17,
lane events9; `parallax eval incidents --data
testdata/clusters/events9.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements and no other lane's brief. Only the
lead runs it; no rule may be made on it.

Every person, company figure and number is invented; states, towns, armed
groups and institutions are real, the happenings are not (where one
resembles a real event, its details differ). 52 reports of 20 incidents
(17 of two to five reports, 3 singletons; 53 gold pairs), mostly conflict
news in places and kinds events..events8 do not use: a drone strike on a
bus in Bilopillia and drones on Shostka the same morning (Sumy region),
two rounds of fighting for Pinga (Walikale, North Kivu) in one week, a
coach ambush in Kalat and a Frontier Corps camp attacked in Turbat by the
BLA in one week, a drone shot down on the Algeria-Mali border and the
expulsions and counter-expulsions that followed, warning shots at North
Korean soldiers on the MDL, a Houthi-government detainee exchange, a
Turkish drone strike near the Tishrin dam and the SDF's retaliation, a
protest crushed in Novi Sad and a peaceful march in Belgrade the same
night, a decoy drone down near Horodlo in Poland, an ambush on soldiers in
Tibu (Catatumbo); ordinary news: a gondola cabin falling at Kronplatz /
Plan de Corones; singletons (a tanker seized off Jask, a march in
Belgrade, Ghana's cocoa price).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: a bus of
  civilians (9, then 11 dead) against "a vehicle transporting servicemen"
  ("up to 20 militants"); 17 "terrorists neutralised" against 30 coalition
  fighters killed; seven, then nine passengers against "18 army and
  intelligence personnel"; four civilians, then six dead against "five
  PKK/YPG terrorists neutralised"; 153 and 98 detainees against the ICRC's
  251; an airspace violation of two kilometres against a wreck 9.5 km
  inside Mali;
- place names differ by side, language and granularity: Bilopillia /
  Belopolye / "the Bilopillia community"; Tin Zaouatine (Bordj Badji
  Mokhtar) / Tinzaouatene (Kidal region); Tishrin / Tishreen, Qara Qozaq /
  Qara Qozak, "the rural area of Manbij"; Sana'a / Sanaa, Ma'rib / Marib;
  Kalat / Mangochar / the N-25; Turbat / Kech; Pinga / Walikale / the
  Kashebere-Pinga axis; Horodlo / "a border area of the Lublin voivodeship";
  Plan de Corones / Kronplatz, Brunico / Bruneck, Riscone / Reischach;
  Tibu / Campo Dos / the Catatumbo; Cheorwon / "the central sector of the
  front";
- follow-ups one to three days later (tolls rising to 11, 9, 6, 5, 3;
  funerals in Bilopillia, Rahim Yar Khan, Kobani, Ocana), denials by the
  other side (Mali on the airspace, the ELN on the ambush, Russia's embassy
  and Belarus on the drone, the BLA on civilian victims), KCNA's
  translation-English statement, and one ISPR press release in two Pakistani
  papers' renderings (marked same_statement);
- hard negatives, each its own incident: Pinga fought over on Monday and
  on Thursday; Bilopillia and Shostka hit the same morning; Novi Sad and
  Belgrade the same night; a coach ambush and a camp attack by the BLA
  three days apart; a drone shot down, an expulsion three days later and
  the counter-expulsion three days after that; a drone strike and the
  retaliation two days later; recap paragraphs that tell the older
  incident again (Monday's fighting in Pinga, the Kalat ambush in the
  Turbat reports, the drone in the expulsion reports, the 2021 Stresa
  cable car); two round-ups (a regional administration's day summary, a
  think tank's weekly digest) that name several happenings and are
  labelled with their main incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events9.py > testdata/clusters/events9.jsonl
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


# --- Sumy region, Saturday 13 June: a Russian drone strike on a bus in Bilopillia (Belopolye in
# --- Russian renderings) and, the same morning, drones on energy sites in Shostka, about 130 km
# --- to the north-west (same day, same region, same attacker, another town: two incidents) -----
add("bilo-ua", "Example Ukrainian Online", "2026-06-13", "Russian drone hits passenger bus in Bilopillia, nine killed", "bilopillia-bus", """
SUMY - Nine people were killed and 14 injured when a Russian attack drone hit a passenger bus
in the town of Bilopillia in Sumy region on Saturday morning, the head of the regional
military administration, Oleh Hryhorov, said. The bus was carrying residents from the town to
Sumy and was struck at a stop near the central market at about 08:20, he said. "The enemy
knew perfectly well that this was a civilian bus. It was a deliberate strike on people," he
wrote on Telegram. Among the dead are a 71-year-old woman and a 16-year-old boy. Six of the
injured are in serious condition and have been taken to the regional hospital in Sumy.
Photographs released by the State Emergency Service show the burnt-out shell of the bus and
a damaged shop front. Bilopillia lies about ten kilometres from the Russian border and has
been shelled almost daily for months; the regional administration announced a three-day
mourning period in the Bilopillia community.
""")
# The Russian MoD claims a strike on soldiers in "Belopolye": its own framing and figure of the
# same strike at the same time and town (transliteration of the Russian name): same incident.
add("bilo-ru", "Example Russian Agency", "2026-06-13", "Russian forces strike AFU personnel in Belopolye area - MoD", "bilopillia-bus", """
MOSCOW, June 13. Units of the North group of forces struck a concentration of manpower of the
Armed Forces of Ukraine in the area of the settlement of Belopolye in the Sumy region on
Saturday morning, the Russian Defence Ministry said in its daily summary. According to the
ministry, a "Geran-2" unmanned aerial vehicle hit a vehicle transporting Ukrainian
servicemen to positions near the border, destroying up to 20 militants. The ministry said
the Kyiv regime was using civilian transport to move personnel and ammunition in the
frontline zone and "bears full responsibility" for any consequences. Russian military
bloggers published a video said to show the moment of the strike, in which a large vehicle
is seen bursting into flames on a street. The ministry did not comment on Ukrainian reports
of civilian casualties. In the same summary, the ministry said air defence had shot down 41
Ukrainian drones over the Kursk, Bryansk and Belgorod regions overnight.
""")
# Next day: the toll rises; the wire gives both sides' accounts and names the Shostka strike of
# the same morning in one sentence: it stays with its lead, the bus.
add("bilo-wire", "Example Europe Wire", "2026-06-14", "Death toll from drone strike on Ukrainian bus rises to 11", "bilopillia-bus", """
KYIV, June 14 - The death toll from a Russian drone strike on a bus in the northeastern
Ukrainian town of Bilopillia rose to 11 on Sunday after two of the wounded died in hospital,
regional officials said. The strike on Saturday morning hit a regular intercity bus as
passengers were boarding near a market, local officials said. Russia's Defence Ministry said
its forces had struck "a vehicle transporting servicemen" in the area, using the Russian name
Belopolye for the town; it gave no details. Ukrainian officials and witnesses said all those
on board were civilians, most of them elderly people travelling to the regional capital for
medical appointments and pensions. Ukraine's foreign minister called the strike "a war
crime" and urged partners to provide more air defence for frontier towns. Separately, drones
damaged energy facilities in Shostka, another town in the Sumy region, on Saturday, cutting
power to part of the town. The Sumy region, which borders Russia's Kursk and Belgorod
regions, has come under increasing attack since the spring, with glide bombs and
first-person-view drones reaching towns up to 20 kilometres from the border.
""")
add("bilo-funerals", "Example Ukrainian Regional Paper", "2026-06-16", "Bilopillia says goodbye to victims of Saturday's bus strike", "bilopillia-bus", """
Funerals were held in Bilopillia on Monday for seven of the eleven people killed when a
Russian drone struck a bus in the town on Saturday. Hundreds of residents lined the road to
the cemetery on the town's northern edge, many of them kneeling as the coffins passed. The
services were held in the morning and kept short because of the danger of new attacks, the
town council said; air raid sirens sounded twice during the day. Among those buried were
Halyna and Petro Kovalchuk, a couple in their seventies who were travelling to Sumy to visit
their granddaughter, and 16-year-old Denys Marchenko, who was going to sit an exam. The
driver, Serhiy Lytvyn, 52, who had driven the route for 20 years, will be buried on Tuesday
in his home village. Four of the injured remain in hospital in Sumy, two of them in intensive
care. The town's mayor said the bus route, the only public transport link to the regional
capital, would not resume until a protected stop was built.
""")
# A regional round-up of the day: its lead and most of its text is the bus strike; one
# paragraph tells the Shostka drones and one the shelling of border villages no other report
# tells. Labelled with its main incident, the bus strike.
add("bilo-roundup", "Example Ukrainian Online", "2026-06-13", "Sumy region: 112 attacks in a day, bus hit in Bilopillia", "bilopillia-bus", """
Russian forces carried out 112 attacks on 27 settlements in Sumy region over the past day,
the regional military administration said in its evening summary on Saturday. The deadliest
was a drone strike on a passenger bus in the Bilopillia community, where, according to the
latest data, nine people were killed and 14 wounded. The bus, a yellow Bogdan on the
Bilopillia-Sumy route, was hit near the market as people were getting on. Rescuers worked at
the scene for four hours.

In the Shostka community, drones struck critical infrastructure in the morning, causing
power cuts; there were no casualties there. In the Krasnopillia, Velyka Pysarivka and
Yunakivka communities, Russian artillery and mortars shelled border villages, damaging
houses, a school and a farm; one man was wounded in Velyka Pysarivka.

The administration urged residents of communities within 15 kilometres of the border to
limit trips and use shelters. Evacuation from the Bilopillia and Krasnopillia communities
continues; 36 people, among them eight children, were taken to safer areas on Saturday.
""")
add("shostka-ua", "Example Ukrainian Online", "2026-06-13", "Drones hit energy facility in Shostka, part of town without power", "shostka-energy", """
SHOSTKA - Russian drones struck an energy infrastructure facility in Shostka in the north of
Sumy region early on Saturday, the town's military administration said. The attack, at about
05:40, caused a fire at a substation, which firefighters put out within an hour. No one was
injured. About 11,000 households in the town and two neighbouring villages were left without
electricity; water pumping stations switched to generators. "Repair crews are already at work;
we expect to restore supply by the evening," the head of the administration, Mykola Noha,
said. Shostka, a town of about 70,000 before the war that is home to a chemical plant, lies
about 40 kilometres from the Russian border and has been hit by drones several times this
year. Schools in the town, where the school year ended last week, were not affected, and
summer camps will open as planned on Monday, the administration said.
""")
add("shostka-energy", "Example Energy Trade Site", "2026-06-14", "Sumyoblenergo restores power in Shostka after drone attack", "shostka-energy", """
The regional distribution company Sumyoblenergo said on Sunday it had restored power to all
consumers in the Shostka district who lost supply after a drone attack on Saturday morning
damaged a 110 kV substation. At the peak, 11,400 customers were cut off. Engineers rerouted
supply through a neighbouring substation while a damaged transformer is replaced, which could
take several weeks, the company said. It did not name the substation, citing security rules.
Ukraine's grid operator Ukrenergo said in its daily update that attacks on distribution
networks in frontline and border regions had become more frequent in June, with damage
recorded in the Sumy, Chernihiv and Kharkiv regions over the weekend. No scheduled power cuts
are planned nationwide on Monday thanks to high solar output, it said.
""")

# --- North Kivu: the army and its allies against the M23 / AFC at Pinga (Walikale territory) on
# --- Monday 2 March, and again at Pinga on Thursday 5 March (same sides, same town, three days
# --- apart: two incidents) -------------------------------------------------------------------
add("pinga1-fardc", "Example Congolese Agency", "2026-03-02", "FARDC repel RDF/M23 attack on Pinga", "pinga-clash-0302", """
GOMA - The Armed Forces of the Democratic Republic of Congo (FARDC) repelled an attack by
"the RDF/M23 terrorists" on the town of Pinga in Walikale territory early on Monday, the
army's spokesman for the Sukola II operations sector, Lieutenant Reagan Mbuyi Kalonji, said.
According to him, the enemy attacked positions south of the town from the direction of
Kashebere at about 5 a.m. and was pushed back after four hours of fighting. "Our forces,
supported by the Wazalendo, inflicted heavy losses on the enemy: 17 terrorists were
neutralised and weapons and ammunition were recovered," he said. He said two soldiers were
wounded. The army accused Rwanda of continuing to send troops into Congolese territory in
violation of the commitments made at the talks in Doha. The spokesman called on the
population of Pinga, many of whom fled into the forest during the fighting, to return home,
saying the situation was "under control".
""")
# The rebels' account: they say they were attacked, not attacking; "the Pinga axis" and
# "Kashebere-Pinga" are the same fight on the same morning: same incident.
add("pinga1-m23", "Example Regional News Site", "2026-03-02", "M23 says it repulsed 'coalition' offensive on Pinga axis", "pinga-clash-0302", """
The Alliance Fleuve Congo (AFC), the political movement that includes the M23 rebels, said
on Monday its fighters had repulsed an offensive by "the Kinshasa regime's coalition" on the
Kashebere-Pinga axis in Walikale territory. In a statement posted on X, the movement's
military spokesman, Willy Ngoma, said the coalition of the FARDC, the FDLR, Burundian troops
and Wazalendo militias had attacked M23 positions at dawn with heavy weapons, hitting
civilian homes. "Our forces responded in legitimate defence and pushed the enemy back beyond
Pinga," he said, claiming that 30 coalition fighters had been killed and that the rebels had
seized a mortar and a pickup truck. He did not give a figure for rebel losses. The AFC
accused the government of violating the ceasefire it had signed and said it would defend the
population "wherever they are attacked". The claims could not be independently verified.
""")
add("pinga1-radio", "Example Congolese Radio", "2026-03-03", "Walikale: calm returns to Pinga after Monday's fighting, displaced begin to return", "pinga-clash-0302", """
Calm returned on Tuesday to Pinga, in the Walikale territory of North Kivu, after fighting on
Monday between the M23 rebels and the FARDC supported by Wazalendo fighters, local sources
said. Civil society in the Wanianga chiefdom said at least five civilians were killed by
stray bullets and bombs, among them a nurse of the Pinga general referral hospital, and that
about 40 houses were burned in the Kalembe and Mutongo neighbourhoods. The president of the
local civil society, Jean-Pierre Kasereka, said thousands of residents had fled towards
Mpofi and into the forest and that some had begun to return on Tuesday morning. "The shops
are still closed and people are afraid," he said. The hospital received 23 wounded, most of
them civilians, a doctor there said. Neither side controls the whole town, according to
local sources: the army holds the centre and the rebels the hills to the east.
""")
# Thursday: the same sides fight at the same town three days later: its own incident. The wire
# recalls Monday's clash in a paragraph.
add("pinga2-radio", "Example Congolese Radio", "2026-03-05", "Fighting resumes in Pinga, hospital hit", "pinga-clash-0305", """
Fighting resumed on Thursday morning in Pinga, in Walikale territory, between the M23/AFC
rebels and the FARDC and their Wazalendo allies, local sources said. Heavy weapons fire was
heard from 6 a.m. on the eastern hills overlooking the town, and a shell fell on the
maternity ward of the Pinga general referral hospital, killing a woman who had just given
birth and wounding three others, the hospital's director said. Patients were moved to a
church in the centre of town. The civil society of the Wanianga chiefdom said the rebels had
reached the Kalembe market before being pushed back in the afternoon. Residents who had
returned after Monday's fighting fled again towards Mpofi and Kibua. The army spokesman in
the sector did not respond to calls. The M23 said on X that its positions had been shelled by
"the coalition" and that it had "silenced the sources of fire".
""")
add("pinga2-wire", "Example Africa Wire", "2026-03-06", "Congo fighting flares again in Walikale as talks stall", "pinga-clash-0305", """
KINSHASA, March 6 - Clashes between M23 rebels and Congolese forces and allied militias
flared again on Thursday around the town of Pinga in eastern Congo's North Kivu province,
killing at least six civilians, residents and a hospital official said, as talks between the
two sides in Qatar stalled. A shell hit a hospital maternity ward, killing one woman,
according to the hospital's director.

It was the second round of fighting for Pinga this week. On Monday, the army said it had
repelled a rebel attack on the town, while the rebels said they had fought off a government
offensive; local groups said five civilians were killed then.

Pinga lies on a road that links the rebel-held Masisi area to the mining centre of Walikale,
where tin is mined. The United Nations said on Friday that about 25,000 people had been
displaced from the Pinga area since the start of the month. Congo's government and the M23
each accused the other of violating a ceasefire signed in January.
""")

# --- Balochistan: the BLA ambushes a passenger coach on the N-25 in Kalat district (Mangochar)
# --- on Tuesday night 8 September, and attacks a Frontier Corps camp in Turbat (Kech district)
# --- on Friday 11 September (one group, one week, two incidents) -----------------------------
add("kalat-dawn", "Example Pakistani English Daily", "2026-09-09", "Seven passengers martyred as terrorists ambush coach in Kalat", "kalat-coach-ambush", """
QUETTA: Seven passengers were martyred and 11 others injured when terrorists opened fire on a
Karachi-bound passenger coach on the N-25 highway in the Mangochar area of Kalat district on
Tuesday night, officials said. According to the Inter-Services Public Relations (ISPR),
"terrorists of the Indian proxy Fitna al-Hindustan" blocked the highway and targeted the
coach, which was carrying 42 passengers from Quetta. Security forces responded promptly and,
in the ensuing exchange of fire, four terrorists were sent to hell, the ISPR said, adding that
a sanitisation operation was under way. The Kalat deputy commissioner said the injured had been
shifted to the district headquarters hospital and that three of them, in critical condition,
were being airlifted to Karachi. Traffic on the highway was suspended for several hours.
The prime minister condemned the attack and said "the enemies of Balochistan's development will
not succeed in their nefarious designs".
""")
# Another paper's rendering of the same ISPR press release, in other words, with a line of its
# own: a same_statement duplicate of kalat-dawn.
add("kalat-ispr-copy", "Example Pakistani Urdu Daily (English edition)", "2026-09-09", "Kalat: 7 travellers martyred, 4 terrorists killed, says ISPR", "kalat-coach-ambush", """
RAWALPINDI / QUETTA: As per the ISPR, terrorists belonging to the Indian-sponsored Fitna
al-Hindustan on Tuesday night closed the N-25 national highway in the area of Mangochar,
Kalat, and fired upon a passenger coach travelling from Quetta towards Karachi in which 42
travellers were sitting. Seven innocent passengers embraced martyrdom and 11 became injured.
The security forces immediately reached the site and in the exchange of fire four terrorists
were sent to hell, said ISPR, and sanitisation operation for elimination of other terrorists
present in the area is being carried out. The ISPR further said that the security forces of
Pakistan are determined to eliminate the menace of Indian-sponsored terrorism from the
country. The injured were taken to Kalat hospital, according to the district administration.
""", "kalat-dawn", "same_statement")
# The BLA's claim: other figures ("18 personnel of the occupying army"), the coach turned into a
# "vehicle carrying army personnel in civilian dress": the same ambush at the same place and
# night, told by the group that carried it out.
add("kalat-bla", "Example Balochistan News Site", "2026-09-09", "BLA claims Mangochar highway attack, says army men targeted", "kalat-coach-ambush", """
The Baloch Liberation Army (BLA) has claimed responsibility for Tuesday night's attack on the
Quetta-Karachi highway at Mangochar, saying its fighters targeted "personnel of the occupying
Pakistani army travelling in civilian dress". In a statement sent to the media, BLA spokesman
Jeeyand Baloch said fighters of the group set up a checkpoint on the highway for three hours,
checked the identity of travellers and killed 18 army and intelligence personnel, while
releasing civilians, women and children. He denied that any civilian was harmed and accused
the army of "firing indiscriminately" when it arrived. The spokesman said two BLA fighters,
whom he named, were killed in the clash. The group also said it had set fire to two trucks
carrying goods for a military camp. The claims could not be independently verified; mobile
internet in Kalat and neighbouring districts has been suspended since Wednesday morning.
""")
add("kalat-wire", "Example Asia Wire", "2026-09-10", "Toll from Pakistan highway attack rises to nine as funerals held", "kalat-coach-ambush", """
QUETTA, Pakistan, Sept 10 - The death toll from an attack by separatist militants on a
passenger coach in Pakistan's southwestern Balochistan province rose to nine on Thursday
after two of the wounded died in a Karachi hospital, officials said. Funerals were held in
Punjab's Rahim Yar Khan and Sindh's Sukkur for five of the victims, labourers who worked in
Quetta and were travelling home, relatives said. Gunmen stopped the coach on the main highway
in Kalat district late on Tuesday. The outlawed Baloch Liberation Army said it had targeted
soldiers travelling in civilian clothes; the military said all the victims were civilians and
that four attackers were killed. Baloch separatists have for years targeted people from
Punjab working in the province. The government blames India for backing the militants, which
New Delhi denies. Rights groups also accuse security forces of abductions in the province.
""")
# A think tank's weekly digest: led by and mostly about the Kalat ambush, one paragraph on the
# Turbat camp attack: labelled with its main incident, the ambush.
add("baloch-weekly", "Example Pakistani Security Think Tank", "2026-09-13", "Security digest: Balochistan, 7-13 September", "kalat-coach-ambush", """
The week saw the deadliest attack on civilian travellers in Balochistan this year. On the
night of 8 September, militants of the Baloch Liberation Army blocked the N-25 in the
Mangochar area of Kalat and fired on a Quetta-Karachi coach; by Thursday the toll had risen
to nine passengers, with nine injured still in hospital. The BLA claimed the attack and said
it had targeted soldiers; the ISPR said four attackers were killed. The attack follows the
pattern of highway blockades on the N-25 and N-40 that the group has staged since 2024, and
the provincial government has again suspended night travel on the highway.

In Kech district, the BLA also attacked a Frontier Corps camp in Turbat on 11 September;
officials reported three FC personnel killed, the group claimed far more.

Our count for the week: 14 attacks in the province, 23 people killed. Mobile internet remained
suspended in Kalat, Mastung and Kech districts.
""")
add("turbat-dawn", "Example Pakistani English Daily", "2026-09-12", "Three FC personnel martyred as terrorists attack camp in Turbat", "turbat-fc-camp", """
TURBAT: Three personnel of the Frontier Corps were martyred and five others injured when
terrorists attacked an FC camp in the Kech district of Balochistan on Friday evening, the
ISPR said. The attackers first targeted the main gate of the camp, on the outskirts of Turbat
near the Absar area, with rocket-propelled grenades and then tried to storm it, the military's
media wing said. "The brave troops effectively thwarted the attack and five terrorists were
sent to hell," it said. Clearance operations were continuing. The banned Baloch Liberation
Army later claimed the attack on its Telegram channel, saying its fighters had killed 22
soldiers and held part of the camp for two hours. Turbat, the second largest town of the
province, was under heavy security on Saturday and markets stayed closed. The attack came
three days after the BLA ambushed a passenger coach in Kalat.
""")
add("turbat-wire", "Example Asia Wire", "2026-09-12", "Separatists attack paramilitary base in southwest Pakistan", "turbat-fc-camp", """
QUETTA, Pakistan, Sept 12 - Separatist militants attacked a paramilitary base in Turbat in
Pakistan's southwestern Balochistan province on Friday, killing three soldiers, the military
said, in the second major attack claimed by the Baloch Liberation Army in a week. Residents
said they heard explosions and gunfire for about two hours near the base of the Frontier
Corps. The BLA said it had killed more than 20 soldiers; the army said five attackers were
killed. Earlier in the week, the group ambushed a bus on a highway in Kalat district, killing
nine civilians. Balochistan, rich in minerals and home to projects of the China-Pakistan
Economic Corridor, has seen a rise in separatist violence. The Turbat attack came as the
provincial government hosted a delegation of Chinese investors in Quetta.
""")

# --- Algeria and Mali: a drone shot down near Tin Zaouatine on the night of 20 to 21 April;
# --- Mali expels two Algerian diplomats on Friday 24 April; Algeria expels two Malian diplomats
# --- in return on Monday 27 April (a border incident and a tit for tat: three incidents) -------
add("drone-dz", "Example Algerian Agency", "2026-04-21", "Air defence downs armed drone that violated national airspace near Tin Zaouatine", "tinzaouatine-drone", """
ALGIERS - A unit of the Territorial Air Defence Forces shot down an armed reconnaissance
drone that had violated Algerian airspace near the border town of Tin Zaouatine, in the wilaya
of Bordj Badji Mokhtar, on the night of Monday to Tuesday, the Ministry of National Defence
said in a statement. According to the statement, the aircraft was detected at 00:15 as it
penetrated two kilometres into national territory on an "offensive trajectory" and was
brought down in accordance with the rules of engagement. "This is not the first violation of
our airspace by this type of aircraft," the ministry said, adding that the army would remain
vigilant in protecting the integrity of the national territory. The statement did not say
whose drone it was. Tin Zaouatine faces the Malian town of Tinzaouatene across a dry
riverbed, and fighting between the Malian army and armed groups has repeatedly spilled up to
the border there.
""")
# Mali's account denies the violation and places the wreck in "the Tinzaouatene area, Kidal
# region", 9.5 km inside Mali: the same drone on the same night, the other side's place name
# and framing: same incident.
add("drone-ml", "Example Malian Public Broadcaster", "2026-04-21", "Government: FAMa drone crashed on Malian territory during anti-terrorist mission", "tinzaouatine-drone", """
BAMAKO - The transitional government said on Tuesday that an unmanned aircraft of the Malian
Armed Forces (FAMa) crashed overnight in the Tinzaouatene area, in the Kidal region, during a
surveillance mission against terrorist groups. In a statement read on national television,
the government spokesman, General Abdoulaye Maiga, said the wreckage had been found 9.5
kilometres from the border, "on Malian soil", which "proves that the aircraft at no time
entered the airspace of a neighbouring country". He said the drone had been tracking a
terrorist group preparing attacks and that its loss was "the result of a hostile act" that
would be investigated. "The Government of the Transition denounces the attempts to
obstruct the fight against terrorism and reserves the right to respond," he said. The
statement called on the population of the Kidal region to remain calm and to report any
movement of armed groups.
""")
add("drone-wire", "Example Africa Wire", "2026-04-22", "Algeria, Mali trade accusations after drone downed on border", "tinzaouatine-drone", """
DAKAR, April 22 - Algeria and Mali traded accusations on Wednesday over a military drone that
was shot down on their desert border, raising tension between the neighbours whose relations
have soured since Mali's junta ended a peace deal with northern separatists brokered by
Algiers. Algeria's defence ministry said its air defence downed an armed drone that had
entered its airspace near the town of Tin Zaouatine early on Tuesday. Mali's government said
the drone was one of its own and had crashed well inside Malian territory, near the town it
calls Tinzaouatene, and called the shooting "a hostile act". Satellite images reviewed by
analysts showed debris in a wadi about four kilometres from the border line on the Malian
side, though the exact point of the shoot-down was unclear. Mali's army has used
Turkish-made drones against separatist and jihadist fighters in the north since 2023.
""")
# Friday: Mali expels; Algeria's "regret" and vow of reciprocity the next day stay with this
# expulsion (a reaction, not an act). Both reports recall the drone in a clause.
add("mlexpel-ml", "Example Malian Public Broadcaster", "2026-04-24", "Mali declares two Algerian diplomats persona non grata", "mali-expels-algerian", """
BAMAKO - The Ministry of Foreign Affairs and International Cooperation on Friday declared
two officials of the Embassy of Algeria in Bamako persona non grata and gave them 72 hours to
leave the national territory. In a communique, the ministry said the two, a first counsellor
and the defence attache, had engaged in "activities incompatible with their diplomatic
status", including contacts with "terrorist groups" in the north of the country. The
ministry also announced the recall of Mali's ambassador in Algiers for consultations. The
decision was taken "in the light of the destruction of a FAMa drone" on Tuesday night, the
communique said. The Confederation of Sahel States (AES), which groups Mali, Burkina Faso
and Niger, said in a separate statement that it supported Bamako's measures and that member
states would also recall their ambassadors from Algiers.
""")
add("mlexpel-wire", "Example Africa Wire", "2026-04-25", "Mali expels Algerian diplomats as drone row escalates; Algiers vows response", "mali-expels-algerian", """
DAKAR, April 25 - Mali has expelled two Algerian diplomats, including the embassy's defence
attache, and recalled its ambassador from Algiers, escalating a row over a drone that
Algeria's military shot down on the countries' border this week. Mali's foreign ministry said
on Friday the diplomats had been in contact with armed groups in northern Mali. Algeria's
foreign ministry said on Saturday it "profoundly regrets" a decision "based on unfounded
allegations" and would "apply the principle of reciprocity". Burkina Faso and Niger, Mali's
allies in the Alliance of Sahel States, said they were also recalling their ambassadors.
Relations between Algiers and Bamako have been strained since Mali's junta accused Algeria of
harbouring separatist leaders. Algeria, which shares a 1,300-kilometre border with Mali, says
it is defending its sovereignty and airspace.
""")
# Monday: Algeria's counter-expulsion, announced as the answer to Friday's: its own incident.
add("dzexpel-dz", "Example Algerian Agency", "2026-04-27", "Algeria declares two Malian diplomats persona non grata", "algeria-expels-malian", """
ALGIERS - The Ministry of Foreign Affairs, National Community Abroad and African Affairs on
Monday declared the defence attache and a counsellor of the Embassy of the Republic of Mali
in Algiers persona non grata, in application of the principle of reciprocity, the ministry
said in a communique. The two have 48 hours to leave Algerian territory. The ministry also
announced the recall of Algeria's ambassador in Bamako for consultations and the closure of
Algerian airspace to flights to and from Mali "until further notice". The communique said
the "putschist junta" in Bamako had chosen "flight forward" to hide its failures in the
north of Mali. It repeated that the drone shot down near Tin Zaouatine last week had violated
Algerian airspace, which "is an established fact supported by radar data".
""")
# The wire of Tuesday also carries Mali's vow to close its airspace to Algerian aircraft "in
# return": announced, not yet done, a reaction inside the report of Algeria's act; it stays here.
add("dzexpel-wire", "Example Europe Wire", "2026-04-28", "Algeria hits back at Mali with expulsions, airspace closure", "algeria-expels-malian", """
PARIS, April 28 - Algeria expelled two Malian diplomats and closed its airspace to flights
to and from Mali on Monday, in a tit-for-tat response to Bamako's expulsion of two Algerian
diplomats last week. The closure forces airlines flying between Bamako and Europe to take
longer routes over Mauritania and Morocco or over Niger, adding up to an hour to some flights,
an aviation consultant said. Mali's transitional government said on Tuesday that the
airspace closure was "a hostile measure" and that it would close Malian airspace to Algerian
aircraft in return. The row began last week when Algeria shot down a drone on the border; Mali
says the aircraft never left its territory. Analysts said the rupture could complicate
efforts to secure the Sahara, where jihadist groups linked to al Qaeda and Islamic State move
across borders.
""")

# --- Korea: warning shots at North Korean soldiers who crossed the Military Demarcation Line on
# --- Tuesday 10 February; KCNA's account on Thursday ----------------------------------------
add("dmz-yonhap", "Example South Korean Agency", "2026-02-10", "S. Korean military fires warning shots after N. Korean soldiers cross MDL", "dmz-warning-shots", """
SEOUL, Feb. 10 - South Korea's military fired warning shots after about 10 North Korean
soldiers briefly crossed the Military Demarcation Line (MDL) in the central front area on
Tuesday, the Joint Chiefs of Staff (JCS) said. The soldiers, who were carrying tools and
some of whom were armed, crossed the border at around 11 a.m. in an area of Cheorwon County,
Gangwon Province, and retreated north after the warning broadcast and shots, the JCS said.
"Our military will continue to closely monitor the North Korean military's activities and
sternly respond to any provocation," it said. The JCS said the crossing did not appear to be
intentional, as the soldiers were working in a wooded area where the border markers are hard
to see. North Korea has been building walls, laying mines and planting anti-tank barriers
near the border since last year.
""")
# KCNA's statement two days later in the stilted English of its translations: "the southern
# border line", "the ROK military gangsters": the same shots on the same day, the other side's
# framing: same incident.
add("dmz-kcna", "Example North Korean State Agency", "2026-02-12", "Statement of KPA General Staff", "dmz-warning-shots", """
Pyongyang, February 12 (KCNA) -- A spokesman for the General Staff of the Korean People's
Army issued the following statement on Thursday: On February 10, the ROK military gangsters
fired more than ten rounds of machine-gun warning shots at the soldiers of the KPA who were
doing the work to permanently block the southern border line in the central sector of the
front, which is a very serious provocation and a premeditated act. The work was being
carried out on the territory of the DPRK in accordance with the measure for completely
separating the territory, and it had nothing to do with the enemy side. Such reckless
action can lead the situation near the border to an uncontrollable phase. The ROK military
should stop the dangerous provocation at once. The KPA will take necessary countermeasures
if such act is repeated. The General Staff said that it had informed the US forces side
through the communication channel about the work in advance.
""")
add("dmz-wire", "Example Asia Wire", "2026-02-12", "North Korea calls South's warning shots 'serious provocation'", "dmz-warning-shots", """
SEOUL, Feb 12 - North Korea's military on Thursday called warning shots fired by South Korean
troops at its soldiers on the border this week a "very serious provocation" and warned of
countermeasures, in its first comment on the incident. South Korea's military said on
Tuesday that about 10 North Korean soldiers had crossed the heavily fortified border in the
central region near Cheorwon and returned north after warning shots. The North's General
Staff said its soldiers had been working on its own side of the border and that the South had
fired more than 10 machine-gun rounds. South Korea's Joint Chiefs of Staff said on Thursday
that the soldiers had crossed about 20 metres south and that its response had followed
regulations. Such crossings have occurred several times since North Korea began fortifying
the border, and each time the soldiers withdrew after warning shots.
""")

# --- Yemen: an exchange of detainees between the Houthis and the government on Tuesday 19 May,
# --- told by each side and the ICRC with their own figures -----------------------------------
add("swap-saba", "Example Yemeni Agency (Sanaa)", "2026-05-19", "153 freed prisoners arrive in Sana'a in exchange deal", "yemen-detainee-exchange", """
SANA'A, May 19 (Saba) - 153 freed prisoners of the army and popular committees arrived at
Sana'a International Airport on Tuesday aboard two ICRC planes coming from Ma'rib, under the
exchange deal with the aggression coalition and its mercenaries, the head of the National
Committee for Prisoners' Affairs, Abdulqader al-Murtada, said. A big official and popular
reception was held at the airport, where the freed men were greeted with the slogans and
with flowers. Al-Murtada said the deal, concluded under the auspices of the United Nations
and the ICRC, also included the release of 98 prisoners of the other side, among them a
number of Saudis, and that the committee was ready for an "all for all" exchange. He
accused the other side of delaying the deal for months and of holding thousands of
prisoners in its jails in Ma'rib, Aden and Taiz.
""")
add("swap-gov", "Example Yemeni Agency (Aden)", "2026-05-19", "Release of 98 abductees from Houthi militia prisons", "yemen-detainee-exchange", """
ADEN, May 19 - 98 abductees and detainees held in the prisons of the Iranian-backed Houthi
militia were released on Tuesday and arrived in Marib, the head of the government
negotiating delegation, Yahya Kazman, said. Among those released are four journalists, 11
civilians who had been abducted from their homes and a number of army officers, some of whom
had been held for more than six years and had suffered torture, he said. "We will continue to
work for the release of all abductees, foremost among them the politician Mohammed Qahtan,"
he said. The deputy governor of Marib received the freed detainees at the airport, where
families had gathered since the early morning. Kazman said the exchange had been agreed in
talks in Muscat in April under the auspices of the UN envoy and the ICRC, and that the
militia had tried to add conditions until the last moment.
""")
add("swap-icrc", "Example Europe Wire", "2026-05-20", "Red Cross flies 251 Yemeni detainees home in prisoner exchange", "yemen-detainee-exchange", """
GENEVA, May 20 - The International Committee of the Red Cross said it had completed the
transfer of 251 detainees released by Yemen's warring parties on Tuesday, in the largest
exchange since 2023. ICRC planes made six flights between Sanaa, Marib and the Saudi city of
Abha to return the men to their homes, the agency said, after its staff interviewed each of
them to confirm that they wished to go. The Houthis said they had received 153 of their
fighters; the Saudi-backed government said 98 people were freed from Houthi prisons,
including four journalists, and Saudi Arabia said seven of its citizens were among them. The
UN envoy called the exchange "a step that builds trust" and urged the parties to agree on
the release of all remaining detainees. Talks on a broader settlement of the war have stalled
since attacks on shipping in the Red Sea began in late 2023.
""")

# --- northern Syria: a Turkish drone strike on a convoy near the Tishrin dam on Monday 6 July,
# --- and the SDF's shelling announced as the "response" on Wednesday 8 July (strike and
# --- retaliation: two incidents) ------------------------------------------------------------
add("tishrin-anha", "Example Kurdish Agency", "2026-07-06", "Turkish occupation drone targets civilians heading to Tishrin Dam: 4 martyrs", "tishrin-drone", """
MANBIJ - Four civilians were martyred and 15 others wounded on Monday when a drone of the
Turkish occupation army targeted a convoy of civilians on their way to the Tishrin Dam to
join the sit-in against attacks on the dam, the Autonomous Administration said. The convoy of
buses and cars, carrying residents of Kobani and Tabqa, was hit at about 1 p.m. on the road
near the village of Qara Qozaq, east of the dam. Among the wounded are women and children,
and some are in a critical condition, medical sources at Kobani hospital said. The Syrian
Democratic Forces said in a statement that "this massacre against unarmed civilians is a war
crime" and that the occupation "will bear the consequences of its crimes". Since the start of
the year, attacks by the Turkish army and its mercenaries on the dam and its surroundings
have killed dozens of civilians, the statement said.
""")
# The Turkish account: "terrorists neutralised" at "the Tishreen Dam" in the Manbij countryside;
# other figures, another framing, the same strike on the same day and road: same incident.
add("tishrin-tr", "Example Turkish Agency", "2026-07-06", "5 PKK/YPG terrorists neutralised near Tishreen Dam in northern Syria", "tishrin-drone", """
ANKARA - Turkish intelligence and armed forces neutralised five PKK/YPG terrorists in a joint
operation near the Tishreen Dam in the rural area of Manbij in northern Syria on Monday,
according to security sources. The terrorists, who were travelling in a vehicle convoy
towards the dam, were preparing an attack on the Syrian National Army positions west of the
Euphrates, the sources said, adding that the terrorist organisation had been using civilians
as human shields around the dam for months. The sources said the terrorists included a
so-called regional official of the organisation, code-named "Kendal Amed". "The operations
will continue until the terror corridor along our borders is completely eliminated," the
sources said. The term "neutralise" is used by Turkish authorities to refer to terrorists who
surrender or are killed or captured.
""")
add("tishrin-monitor", "Example Syria Monitor", "2026-07-07", "Death toll rises to six in Turkish drone strike near Tishrin Dam", "tishrin-drone", """
The death toll of the Turkish drone strike on Monday on a convoy near Tishrin Dam in the
eastern countryside of Aleppo has risen to six, after a child and a man succumbed to their
wounds in Kobani hospital, the monitor's activists reported on Tuesday. Among the six are two
members of the SDF-affiliated Internal Security Forces (Asayish) who were escorting the
convoy; the other four are civilians, among them a woman. The strike targeted a car at the
rear of the convoy near Qara Qozak bridge. Turkish media said five "terrorists" were killed.
The monitor documented 19 Turkish drone strikes in areas of north and east Syria since the
beginning of July, which killed 17 people. Funerals for the victims were held in Kobani on
Tuesday, with thousands taking part, and shops in the town were closed in mourning.
""")
# Wednesday: the SDF shelling, which its own statement calls the answer to Monday's strike, and
# the Turkish counter-fire of the same night: one incident, not the Monday strike.
add("manbij-sdf", "Example Kurdish Agency", "2026-07-08", "SDF: our forces targeted occupation positions in response to Tishrin massacre", "sdf-retaliation-manbij", """
RAQQA - The Syrian Democratic Forces said on Wednesday that their units had targeted
positions of the Turkish occupation army and its mercenaries in the villages of Arima and
al-Hudhud, west of Manbij, in response to the massacre committed by a Turkish drone against
civilians near the Tishrin Dam on Monday. In a statement, the SDF media centre said the
operation, carried out overnight with artillery and guided missiles, destroyed an armoured
vehicle and a command post and killed "at least eight mercenaries". It said Turkish forces
then shelled the villages of Qara Qozak and Sirrin with heavy artillery, wounding two
civilians. "Our forces will respond to every attack on our people," the statement said. The
SDF said it remained committed to de-escalation but would not stand idle in the face of
"daily crimes".
""")
add("manbij-tr", "Example Turkish Daily (English edition)", "2026-07-08", "Turkish base targeted by harassment fire in northern Syria, 9 terrorists neutralised in response", "sdf-retaliation-manbij", """
ANKARA - Nine PKK/YPG terrorists who opened harassment fire on a Turkish base in the
Operation Euphrates Shield zone in northern Syria were neutralised in response, the Defence
Ministry said on Wednesday. The terrorists fired mortar rounds and anti-tank missiles at the
base near the village of Arima overnight, the ministry said, without giving details of any
damage or casualties. "The positions from which the fire was opened were immediately hit
with fire support vehicles and armed drones," it said. "Our struggle will continue until the
last terrorist is neutralised." Turkey considers the YPG, the backbone of the SDF, an
extension of the outlawed Kurdistan Workers' Party. The ministry's weekly briefing on
Thursday is expected to include the figures for operations in Iraq and Syria over the past
seven days.
""")

# --- Serbia, Saturday night 17 October: protesters and police clash in Novi Sad; the same night
# --- a march in Belgrade, 80 km away, ends without violence (same night, another city: two
# --- incidents) ---------------------------------------------------------------------------------
add("novisad-n1", "Example Serbian Opposition TV", "2026-10-17", "Police use tear gas on protesters in Novi Sad, students injured", "novisad-clash", """
NOVI SAD - Police fired tear gas and used batons against protesters outside the offices of
the ruling Serbian Progressive Party (SNS) in Novi Sad on Saturday night, injuring at least
a dozen people, our reporters at the scene said. Thousands of students and citizens had
marched from the university campus to the city centre to demand early elections and
accountability for the collapse of the railway station canopy. The clashes began when a group
of masked men came out of the party offices and attacked protesters with sticks and
flares, witnesses said; riot police then charged the crowd. A student of the Faculty of
Philosophy was taken to the emergency centre with head injuries. "We were standing there
peacefully and they beat us," one protester told us. Protesters blocked the Liberty Bridge
until early Sunday.
""")
add("novisad-mup", "Example Serbian Government Site", "2026-10-18", "Statement of the Ministry of the Interior on the violent incidents in Novi Sad", "novisad-clash", """
BELGRADE - The Ministry of the Interior informs the public that during the unannounced
gathering in Novi Sad on the evening of 17 October, a group of violent hooligans attacked
members of the Ministry with stones, bottles and pyrotechnics in front of a building in
Bulevar Mihajla Pupina. On that occasion 23 police officers were injured, two of them
seriously. In order to restore public order and peace, the police used means of coercion
in accordance with the law. A total of 41 persons were detained, 16 of whom were held for 48
hours, and criminal complaints are being filed. Four citizens sought medical help. The
Ministry calls on citizens to express their views peacefully and to distance themselves from
those who want violence. The Ministry points out that the organisers of the gathering bear
responsibility for the damage to property, including six vehicles and the shop windows.
""")
# The wire names the Belgrade march of the same night in one sentence: it stays with Novi Sad.
add("novisad-wire", "Example Europe Wire", "2026-10-18", "Dozens hurt as Serbian police clash with protesters in Novi Sad", "novisad-clash", """
BELGRADE, Oct 18 - Dozens of people were injured in clashes between police and
anti-government protesters in the Serbian city of Novi Sad late on Saturday, the interior
ministry and witnesses said, in some of the worst violence since protests began nearly two
years ago. The ministry said 23 officers were hurt and 41 people detained; protesters said
many more of them were injured, including students beaten by men who came out of the ruling
party's local headquarters. Police fired tear gas to disperse the crowd. President Aleksandar
Vucic called the protesters "violent thugs" paid from abroad. A march by several thousand
people in Belgrade the same evening passed off peacefully. The protests began after a
concrete canopy at Novi Sad's railway station collapsed in November 2024, killing 16 people,
which protesters blame on corruption.
""")
# Belgrade, the same evening, 80 km away, no clash: its own incident, though the report
# mentions Novi Sad in its last paragraph.
add("belgrade-march", "Example Serbian Daily (English edition)", "2026-10-18", "Thousands march through Belgrade in 'Light for Truth' procession", "belgrade-march", """
BELGRADE - Several thousand people walked through the centre of Belgrade on Saturday evening
carrying candles and torches in a silent procession organised by students of the University
of Belgrade. The march set off from Slavija Square at 7 p.m. and ended at the Presidency on
Andrićev venac, where students read a list of demands including early parliamentary
elections and the release of detained activists. Farmers on tractors from Vojvodina and
veterans' associations joined the procession. The organisers asked participants not to carry
party symbols and to avoid any provocation; the police kept their distance and there were no
incidents, the city police directorate said. The Archive of Public Gatherings, an independent group,
estimated the crowd at about 18,000. The students announced a new gathering for next Saturday.

Later in the evening, news of clashes in Novi Sad reached the crowd, and some participants
set off for the railway station to travel there.
""")

# --- Poland, Tuesday 25 August: a drone comes down in a field near Horodło (Hrubieszów county)
# --- during a Russian attack on western Ukraine; Moscow's and Minsk's denials -------------------
add("horodlo-pl", "Example Polish Broadcaster", "2026-08-25", "Drone crashes in field near Horodło, Operational Command confirms", "horodlo-drone", """
WARSAW - An unmanned aerial vehicle crashed in a field near the village of Horodło in
Hrubieszów county, Lublin voivodeship, early on Tuesday, the Operational Command of the Polish
Armed Forces said. No one was injured. The Command said Polish and allied aircraft had been
scrambled overnight after Russia launched a massive attack on targets in western Ukraine,
including the Volyn region across the Bug river, and that ground-based air defence and radar
reconnaissance had been brought to the highest state of readiness. A farmer found the
wreckage at about 6 a.m. and alerted the police. Military investigators and prosecutors are
at the site, which has been cordoned off. The deputy prime minister said the drone had
entered from Ukrainian airspace and that Poland would demand explanations. "We are checking
whether it was armed," he said.
""")
# Moscow denies the drone was Russian; Minsk denies it crossed Belarus: the other side's denial
# of the same crash, which names no village ("a Polish border area"): same incident.
add("horodlo-ru", "Example Russian Agency", "2026-08-25", "Russian embassy: Warsaw has no evidence that drone in Poland is Russian", "horodlo-drone", """
WARSAW, August 25. The Russian Embassy in Poland said on Tuesday that the Polish side had
presented no evidence that the unmanned aircraft that fell in a border area of the Lublin
voivodeship belonged to Russia. "Such statements by Warsaw are yet another attempt to fuel
anti-Russian hysteria and to drag NATO into the conflict," the chargé d'affaires said,
adding that Russian forces strike only targets on the territory of Ukraine. The Belarusian
State Border Committee said its radar had not recorded any aircraft flying from Belarus
towards Poland overnight. Russian military correspondents suggested the drone could have
been a Ukrainian decoy deliberately diverted towards Poland. The Polish Foreign Ministry
summoned the Russian chargé d'affaires on Tuesday afternoon. The chargé told reporters after
the meeting that Moscow was ready to examine the wreckage if Warsaw handed it over.
""")
add("horodlo-wire", "Example Europe Wire", "2026-08-26", "Drone that fell in Poland was Russian decoy, prosecutors say", "horodlo-drone", """
WARSAW, Aug 26 - A drone that crashed in eastern Poland on Tuesday was a Russian-made Gerbera
decoy carrying no explosives, Polish prosecutors said on Wednesday, as Warsaw asked NATO allies
to speed up deliveries of anti-drone systems. The drone, made of plywood and foam, came down
in a field near the village of Horodlo, about a kilometre from the Ukrainian border, during a
Russian attack on western Ukraine. The Lublin prosecutor's office opened an investigation
into an act of sabotage on behalf of a foreign state. Russia's embassy said Poland had no
proof the drone was Russian. Polish officials said the drone had crossed from Ukraine, where
Russian decoys are used in large numbers to exhaust air defences. It was the fifth time this
year that a drone has fallen on Polish territory.
""")

# --- Colombia: an ambush on an army patrol in rural Tibu (Catatumbo) on Tuesday 27 January; the
# --- army blames the ELN, the ELN denies it and blames a FARC dissident front -----------------
add("tibu-army", "Example Colombian Daily (English edition)", "2026-01-27", "Four soldiers killed in ELN ambush in Tibú, army says", "tibu-ambush", """
CUCUTA - Four soldiers were killed and two wounded on Tuesday when an army patrol was
attacked with explosives and rifle fire in the rural area of Tibú, in the Catatumbo region of
Norte de Santander, the army's Second Division said. The soldiers, of the Vulcano Task
Force, were on a patrol to protect a road-building crew in the hamlet of Campo Dos when an
improvised explosive device went off beside the track and gunmen opened fire from the
surrounding coca fields, the division said in a statement. "This cowardly attack was carried
out by the ELN terrorist group," the division commander, General Fabio Caro, said. The
wounded were evacuated by helicopter to Cúcuta. The defence minister travelled to the region
and announced a reward of 200 million pesos for information on those responsible. The
Catatumbo has been the scene of fighting between the ELN and FARC dissidents since last year.
""")
# The ELN's denial, a day later, names neither Campo Dos nor the dead but "the events of 27
# January in Tibú": the same ambush, denied: same incident.
add("tibu-eln", "Example Colombian News Site", "2026-01-28", "ELN denies responsibility for attack on soldiers in Catatumbo", "tibu-ambush", """
The ELN guerrilla denied on Wednesday that it carried out the attack that killed four
soldiers in Tibú on Tuesday and blamed the 33rd Front of the FARC dissidents. In a
communique signed by its Northeastern War Front, the group said "none of our units took part
in the events of 27 January in Tibú" and that the army "lies to justify its alliance with the
dissidents against the people of Catatumbo". The ELN said the area of the attack was under the
control of the 33rd Front, which it accused of mining roads and forcing peasants to grow coca.
A spokesman for the army said the communique was "a smokescreen" and that intelligence
showed that ELN fighters of the Carlos Armando Cacua Guerrero company had planted the
explosive. Analysts said both groups operate around Campo Dos and that responsibility was
hard to establish. The 33rd Front has not commented.
""")
add("tibu-funerals", "Example Norte de Santander Paper", "2026-01-29", "Catatumbo ambush toll rises to five; soldiers laid to rest", "tibu-ambush", """
The number of soldiers killed in Tuesday's ambush in Tibú rose to five on Thursday after
Corporal Yeison Pabón, 24, died in a clinic in Cúcuta of his wounds, the Second Division
said. Funerals were held on Thursday in Ocaña and El Carmen for two of the soldiers, Private
Brayan Quintero, 19, and Sergeant Wilmer Rincón, 31, both from Norte de Santander; the
bodies of the other three were flown to Bogotá, Boyacá and Arauca. In Ocaña, hundreds of
people followed the coffin through the streets, and the mayor declared three days of mourning.
The patrol was guarding workers who were building a tertiary road between Campo Dos and La
Gabarra when the explosive went off. The army maintains that the ELN was behind the attack,
which the guerrilla denies. About 60,000 people have been displaced in the Catatumbo since
fighting between the armed groups broke out in January last year.
""")

# --- South Tyrol, Thursday 3 December: a gondola cabin falls at Plan de Corones / Kronplatz above
# --- Brunico / Bruneck (ordinary news; the German and Italian names of one mountain and town) ---
add("cable-ansa", "Example Italian Agency", "2026-12-03", "Cabin falls from gondola at Plan de Corones: two dead, three injured", "kronplatz-gondola", """
BRUNICO - Two people were killed and three injured on Thursday when a cabin of a gondola lift
fell about 15 metres at Plan de Corones, the ski area above Brunico in Alto Adige, the
provincial emergency services said. The accident happened at about 10:30 on the lift that
climbs from Riscone to the summit, two days before the official start of the ski season, when
the lift was running for staff and a group of ski instructors in training. The cabin came
off the cable near the third pylon and crashed onto a snow-covered slope. The two victims,
a 34-year-old instructor from Brunico and a 58-year-old lift technician, died at the scene.
The injured were taken by helicopter to Bolzano hospital. The Bolzano prosecutor's office has
opened an investigation and the lift has been seized. The company that runs the area said it
was "deeply shaken" and was cooperating fully.
""")
add("cable-tirol", "Example Tyrolean Daily (English edition)", "2026-12-03", "Gondola accident on the Kronplatz: two dead", "kronplatz-gondola", """
BRUNECK - A gondola fell from the cable on the Kronplatz on Thursday morning. Two men died,
three other people were injured, one of them seriously. The cabin of the Reischach
lift had eight people on board; three were able to get out on their own, the mountain rescue
said. The mountain rescue and the Aiut Alpin Dolomites helicopter were at the scene within a
few minutes. According to first information, the clamp that holds the cabin on the rope may
have opened. The Kronplatz operator said all lifts would stay closed on Friday and that the
season opening planned for Saturday was postponed. The provincial governor expressed his
condolences to the families. "It is a black day for the whole Puster Valley," the mayor of
Bruneck said. Technicians of the provincial office for cable cars started their inspection in
the afternoon.
""")
# The wire retells the 2021 Stresa-Mottarone disaster in a recap paragraph (an older incident,
# not in this file); it stays with its lead.
add("cable-wire", "Example Europe Wire", "2026-12-04", "Toll in Italian Alps cable car accident rises to three", "kronplatz-gondola", """
ROME, Dec 4 - The death toll from a cable car accident at an Italian Alpine ski resort rose to
three on Friday after a woman injured when a gondola cabin fell at Kronplatz, known in Italian
as Plan de Corones, died in hospital in Bolzano, officials said. The cabin fell about 15
metres on Thursday while carrying ski instructors and staff before the start of the season.
Investigators are examining whether a clamp attaching the cabin to the cable failed; the
operator said the lift had passed its annual inspection in October.

The accident revived memories of May 2021, when a cable car cabin plunged to the ground near
Stresa on Lake Maggiore, killing 14 people, after a brake system had been deliberately
disabled. Three people were later tried over that disaster.

Kronplatz, in the German-speaking province of South Tyrol, is one of Italy's largest ski
areas, with 32 lifts.
""")

# --- singletons -------------------------------------------------------------------------------
add("gulf-tanker", "Example Gulf Business Daily", "2026-02-24", "Iran's IRGC seizes tanker in Gulf of Oman over 'fuel smuggling'", "gulf-tanker-seizure", """
DUBAI - Iran's Islamic Revolutionary Guard Corps navy seized a foreign tanker in the Gulf of
Oman on Tuesday, accusing it of smuggling two million litres of fuel, Iranian state media
reported. The vessel, whose name and flag were not given, was intercepted off the port of
Jask and its 16 crew members, from India and Sri Lanka, were detained, the reports said,
citing a provincial judiciary official. British maritime security agency UKMTO said it had
received a report of a vessel being boarded by "unauthorised persons" about 40 nautical miles
south-east of Jask and ordered to change course into Iranian territorial waters. Shipping
data showed a small Comoros-flagged product tanker had turned off its transponder near the
location. Iran regularly seizes vessels it accuses of smuggling subsidised fuel out of the
country. Tanker rates in the region were little changed.
""")
add("ghana-cocoa", "Example West African Business Daily", "2026-10-01", "Ghana raises cocoa farmgate price for new season", "ghana-cocoa-price", """
ACCRA - Ghana's government on Thursday raised the price it pays cocoa farmers by 12% for the
2026/27 season, which opens on Friday, the finance minister said at a ceremony in Kumasi.
Farmers will receive 58,000 cedis per tonne, up from 51,660 cedis last season, he said. The
Ghana Cocoa Board (Cocobod) said the increase reflected higher world prices and was meant to
discourage the smuggling of beans to neighbouring Ivory Coast and Togo, where prices have at
times been higher. Farmers' groups welcomed the increase but said it did not cover the rising
cost of fertiliser and labour. Ghana is the world's second-largest cocoa producer. Output has
fallen for three seasons because of swollen shoot disease, ageing trees and illegal gold
mining on farmland; Cocobod forecast a crop of 600,000 tonnes this season.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
