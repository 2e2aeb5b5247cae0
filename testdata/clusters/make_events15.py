"""Writes events15.jsonl: the fifteenth battery of invented reports (session 23,
lane events15; `parallax eval incidents --data
testdata/clusters/events15.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2 (only DESIGN.md sections 2-3, testdata/clusters/README.md
and make_events14.py, for the format). Only the lead runs it; no rule may be
made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
51 reports of 20 incidents (18 of two to four reports, 2 singletons; 47
gold pairs; two duplicate pairs), mostly conflict news in places and kinds
events..events14 do not use: a Russian missile strike on Mykolaiv on a
Monday and drones on a Mykolaiv substation on the Thursday; Ukrainian drones
on the Buturlinovka air base and on the Liski rail junction (Voronezh
region) the same night, about 80 km apart; an Israeli drone strike on a car
in Nabatieh and Hezbollah's rockets on the Upper Galilee the next day;
Kinshasa's expulsion of Rwanda's charge d'affaires and Kigali's
counter-expulsion; protests over power cuts in Conakry and Labe the same
day; a China Coast Guard water cannon on a Philippine resupply boat at
Ayungin Shoal (Second Thomas Shoal, Ren'ai Jiao); an ISWAP attack on the
army base at Malam Fatori (Borno); a massacre in the Litoral penitentiary in
Guayaquil; a settler attack on Turmus Ayya; Houthi shelling of a residential
quarter of Taiz; the detention of Georgian villagers at the South Ossetian
line near Khurvaleti; an armed group's attack on a gold mining site near
Bambari (Ouaka); ordinary news: bootleg liquor deaths in Kirinyaga;
singletons (a roadside bomb in Dera Ismail Khan, Vietnamese rice prices).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a workshop
  assembling uncrewed boats at the former Okean shipyard" against a tram
  stop and a school; "a Hezbollah terrorist" against a driver and a
  passer-by; "25 launches, most intercepted" against "dozens of Katyusha
  rockets on the Meron base"; "more than 40 terrorists neutralised" against
  ISWAP's "27 apostate soldiers"; "a violent riot by Israeli civilians and
  Palestinians" against houses and cars set on fire; "positions of the
  aggression's mercenaries" against a market street in Taiz;
- place names differ by side, language and granularity: Mykolaiv /
  Nikolayev / "the Zavodskyi district" / Okean / Varvarivka;
  Buturlinovka / "the Buturlinovka district" / "an airfield in the Voronezh
  region"; Liski / Liski junction / "the south of the Voronezh region";
  Nabatieh / Nabatiyeh / Kfar Remman / "southern Lebanon"; Meron / Mount
  Meron / Safed / Kiryat Shmona / "the Upper Galilee"; Ayungin Shoal /
  Second Thomas Shoal / Ren'ai Jiao / Ren'ai Reef; Malam Fatori / Abadam /
  "the Lake Chad axis" / "Malam Fatori barracks"; Turmus Ayya / Turmusayya /
  "the Binyamin area" / Shiloh; Taiz / Salah district / al-Masbah / "the
  eastern front of Taiz"; Khurvaleti / Gori municipality / "Orchosani" /
  "the Leningor district"; Ndassima / Bambari / Ouaka / Ippy; Kirinyaga /
  Kerugoya / Mwea / Kutus;
- follow-ups one to four days later (tolls rising, funerals, a protest
  note, identification of the dead, an inquiry, arrests, a release), denials
  (the Israeli military on the passer-by, Tskhinvali on the place of the
  detention, the UPC, the Guinean government on live fire), and two
  statements each in a wire's reported speech and in a translation-like
  English rendering (the Guinean government's communique, Ecuador's prison
  service's bulletin; marked same_statement);
- hard negatives, each its own incident: Mykolaiv on Monday and on Thursday
  (same sides, same city); Buturlinovka and Liski the same night, about 80 km
  apart; the Nabatieh strike and the Galilee rockets announced as its answer
  the next day; the expulsion and the counter-expulsion three days later;
  Conakry and Labe the same day, over the same power cuts; recap paragraphs
  that tell the other incident again.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Licence: CC0 (written by the project).

Usage: python3 testdata/clusters/make_events15.py > testdata/clusters/events15.jsonl
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


# --- Mykolaiv: a ballistic missile strike on Monday 5 October (a tram stop and a school on the
# road to the Okean shipyard, Zavodskyi district) and drones on a power substation in the
# Varvarivka area on Thursday 8 October. Same sides, same city, three days apart: two incidents. ---
add("myk-mon-local", "Example Mykolaiv Courier", "2026-10-05", "Missile hits tram stop in Mykolaiv, nine dead", "mykolaiv-missile-mon", """
MYKOLAIV - Nine people were killed and 34 wounded when a Russian ballistic missile struck a tram
stop on Admiral Makarov street in the Zavodskyi district of Mykolaiv shortly after 8 a.m. on
Monday, the head of the regional military administration, Andriy Hnatiuk, said. The blast also
tore the roof off part of School No. 27 across the road, where lessons had not yet begun.

"People were waiting for the tram to go to work. This is who Russia was aiming at," Hnatiuk
wrote on Telegram. Among the dead were a tram driver and two women who worked at a bakery nearby.
Rescuers said the missile had carried a cluster warhead; dozens of cars parked along the street
were riddled with fragments.

The air raid alert sounded about two minutes before the strike. The city council declared
Tuesday a day of mourning and suspended tram traffic in the district until the overhead lines are
repaired.
""")
# The Russian MoD names no stop, no school and no civilian; a strike with an Iskander on "Nikolayev"
# the same morning at "a workshop assembling uncrewed boats on the territory of the former Okean
# shipyard" (about 600 m from the stop) is the same act told by the other side: same incident.
add("myk-mon-rumod", "Example Moscow Wire", "2026-10-05", "Russian Iskander destroys uncrewed boat workshop in Nikolayev", "mykolaiv-missile-mon", """
MOSCOW - Russian forces on Monday morning struck a workshop assembling uncrewed boats for the
Ukrainian navy on the territory of the former Okean shipyard in Nikolayev with an Iskander-M
missile system, the Russian Defence Ministry said.

"As a result of the strike, the workshop, a batch of finished boats and up to 30 foreign
specialists and personnel of the AFU were destroyed," the ministry said in its daily briefing,
without giving further evidence. It said the boats had been intended for attacks on ships of the
Black Sea Fleet and on the Crimean coast.

The ministry did not comment on Ukrainian reports of civilian deaths in the city. In the same
briefing it said air defence had shot down 51 drones and four Neptune missiles over the previous
day, and that forces of the Dnieper group had repelled two attacks in the Kherson direction.
""")
add("myk-mon-wire", "Example World Wire", "2026-10-06", "Toll from Mykolaiv missile strike rises to 13", "mykolaiv-missile-mon", """
KYIV - The number of people killed by Monday's Russian missile strike on a tram stop in Mykolaiv
rose to 13 on Tuesday after two of the wounded died in hospital and rescuers found two bodies
under a collapsed kiosk, regional officials said. Thirty-nine people were wounded, eight of them
seriously.

Russia said it had destroyed a workshop for naval drones at the former Okean shipyard, several
hundred metres from the stop. Ukrainian officials said the shipyard had been idle for years and
that the missile hit a crowded street in the morning rush hour.

Prosecutors said fragments of an Iskander-M missile with a cluster warhead had been found at the
scene. The United Nations human rights monitoring mission said it was "appalled" by the use of
cluster munitions in a residential area. Mykolaiv, a shipbuilding city on the Southern Bug, lies
about 50 km from the front line.
""")
add("myk-mon-funerals", "Example Mykolaiv Courier", "2026-10-08", "Mykolaiv buries tram driver and bakery workers killed on Monday", "mykolaiv-missile-mon", """
MYKOLAIV - Several hundred people gathered at the city cemetery on Thursday morning for the
funerals of the tram driver Olena, 52, and three other victims of Monday's missile strike on the
stop on Admiral Makarov street. Trams across the city stopped for a minute's silence at noon.

"She drove the number 3 for nineteen years. The passengers brought her flowers on her birthday,"
said a colleague from the tram depot. A fund opened by the city's transport company has collected
1.4 million hryvnias for the families.

A 16-year-old pupil wounded by glass from the school windows died on Wednesday night, bringing
the toll to 14, the regional administration said. Classes at School No. 27 have moved online
until the roof is repaired.
""")
# Thursday's drone attack on a substation in another part of the city: its own incident. The wire
# recalls Monday's strike in a paragraph (recap); it stays with Thursday.
add("myk-thu-local", "Example Mykolaiv Courier", "2026-10-08", "Drones hit Mykolaiv substation, parts of city without power", "mykolaiv-drones-thu", """
MYKOLAIV - Russian Shahed drones struck a power substation in the Varvarivka area on the
western edge of Mykolaiv overnight into Thursday, cutting electricity to about 60,000 households
and to the city's water pumping station, regional head Andriy Hnatiuk said. A night watchman was
wounded.

Air defence shot down 11 of 14 drones that approached the city, he said. Fires at the substation
were put out by 5 a.m. The water utility said taps in the northern districts would be dry until
the evening and set up water trucks at schools.

Power engineers said they hoped to restore supply to most homes by Friday by switching to backup
lines.
""")
add("myk-thu-wire", "Example World Wire", "2026-10-08", "Mykolaiv hit again as drones knock out power, days after deadly missile strike", "mykolaiv-drones-thu", """
KYIV - Russian drones knocked out a substation in Mykolaiv early on Thursday, leaving tens of
thousands of homes without power or water, three days after a missile strike on a tram stop in the
same city killed 14 people.

The substation in the west of the city was hit by at least three drones, officials said; a
watchman was injured. The Russian Defence Ministry said it had struck "energy facilities
supplying enterprises of the military-industrial complex" in the Nikolayev region.

On Monday, an Iskander missile with a cluster warhead hit a stop in the Zavodskyi district during
the morning rush hour; Russia said it had targeted a workshop for naval drones at a shipyard.
Funerals for four of the victims were held on Thursday. Ukraine's energy ministry said Russia had
attacked power facilities in six regions overnight.
""")

# --- Night of 12-13 October: Ukrainian drones on the Buturlinovka air base and on the Liski rail
# junction, both in the Voronezh region, about 80 km apart. Two incidents (different targets,
# different towns), though the governor's message names both. ---
add("but-genstaff", "Example Kyiv Daily", "2026-10-13", "Ukrainian drones hit Buturlinovka air base, General Staff says", "buturlinovka-airbase-drones", """
KYIV - Ukrainian drones struck the Buturlinovka military airfield in Russia's Voronezh region
overnight, hitting a hangar and a store of guided aerial bombs, the General Staff of Ukraine's
armed forces said on Tuesday. The airfield is used by Su-34 bombers that drop glide bombs on
Ukrainian front-line towns.

"Secondary detonations were recorded. The results are being clarified," the General Staff said.
It said the operation was carried out by the Unmanned Systems Forces together with the SBU.

Residents of Buturlinovka posted videos of a large fire on the horizon and of explosions lasting
more than twenty minutes. The airfield lies about 200 km from the Ukrainian border.
""")
# The governor's message is led by and mostly about the Buturlinovka district (debris, a fire "on
# the territory of an enterprise", no mention of the airfield): the other side's account of the same
# attack. Its last sentence names Liski (the other incident of the night): stays with Buturlinovka.
add("but-governor", "Example Voronezh News", "2026-10-13", "Governor: drone debris sparks fire in Buturlinovka district", "buturlinovka-airbase-drones", """
VORONEZH - Air defence forces shot down and suppressed 23 drones over the Voronezh region
overnight, Governor Pavel Zotov said on Tuesday morning. "In the Buturlinovka district, falling
debris caused a fire on the territory of an enterprise. The fire has been localised. There are no
casualties," he wrote on his channel.

Zotov said windows were broken in three private houses on the outskirts of Buturlinovka and that
residents of one street had been temporarily moved to a school as a precaution. He did not say
which enterprise had been hit.

The governor also said that in the Liski district debris had damaged railway infrastructure and
that emergency services were working there. The regional mobile internet was restricted during
the night.
""")
add("but-wire", "Example World Wire", "2026-10-15", "Satellite images show burned hangar at Russian air base hit by drones", "buturlinovka-airbase-drones", """
LONDON - Satellite images taken on Wednesday show a burned-out hangar and scorch marks on a
parking area at the Buturlinovka air base in Russia's Voronezh region, which Ukraine said it struck
with drones on Monday night, according to an analysis by an open-source research group.

The images, from a commercial provider, show at least one aircraft-sized burned shape beside the
hangar, though the group said it could not confirm what it was. Ukraine said it had hit a store of
guided bombs; the regional governor said only that debris had caused a fire at "an enterprise".

Russia's Defence Ministry said on Tuesday that 96 Ukrainian drones had been destroyed over seven
regions overnight, without naming the air base. Ukraine has repeatedly targeted airfields that
house the bombers used in glide-bomb attacks.
""")
# Liski: the rail junction the same night, about 80 km west of Buturlinovka. The railway's
# "delays due to an external impact" and the Ukrainian source's "traction substation hit" are the two
# sides of one act: same incident, not Buturlinovka's.
add("liski-rail", "Example Voronezh News", "2026-10-13", "Trains delayed at Liski after night attack on railway", "liski-junction-drones", """
LISKI - More than 20 passenger and freight trains were delayed on Tuesday after what the South-
Eastern Railway called "an external impact on power supply facilities" at the Liski junction in
the south of the Voronezh region overnight.

Passenger trains between Moscow and the south ran up to six hours late, and diesel locomotives
were brought in to haul them through the section, the railway said. Passengers on a train from
Adler to Moscow said they had been held at the station of Liski for four hours.

Residents said they heard several explosions near the station shortly after 2 a.m. and saw a fire
near the depot. Officials have not reported casualties.
""")
add("liski-source", "Example Kyiv Daily", "2026-10-13", "Source: drones hit traction substation at Liski rail junction", "liski-junction-drones", """
KYIV - Drones of Ukraine's military intelligence hit a traction substation at the Liski railway
junction in the Voronezh region overnight, a source in the agency told the newspaper on Tuesday.
Liski is a key hub on the line that carries Russian fuel and ammunition towards the front in the
south.

"Power to the section was cut, and military echelons were stuck at the junction," the source
said. Two drones reached the substation and a transformer caught fire, according to the source.

Russian railways reported long delays on the line. The same night, Ukraine's General Staff said
drones had struck the Buturlinovka air base, also in the Voronezh region.
""")

# --- Lebanon and Israel: an Israeli drone strike on a car in Nabatieh on Monday 19 October, and
# Hezbollah's rockets on the Upper Galilee on Tuesday 20 October, announced as its answer. A strike
# and the reprisal the next day are two incidents (tit-for-tat). ---
add("nab-nna", "Example Beirut Daily", "2026-10-19", "Two killed in Israeli drone strike on car in Nabatieh", "nabatieh-drone-strike", """
NABATIEH - Two people were killed and three wounded when an Israeli drone fired a missile at a
car on the road between Nabatieh and Kfar Remman on Monday afternoon, the health ministry said.
The car burst into flames outside a pharmacy; a man walking past was among the dead, residents
said.

The driver was a member of Hezbollah, a security source said, without naming him. Civil defence
teams took the wounded, among them a girl of nine, to the Ragheb Harb hospital.

The strike was the third on the Nabatieh area in a week despite the ceasefire agreed in 2024.
Lebanon's president said the attacks "undermine the state's efforts to extend its authority
over the south" and called on the countries that sponsored the ceasefire to act.
""")
# The IDF names no passer-by and places the strike "in the area of Nabatiyeh": the other side's
# account of the same strike, the same afternoon: same incident.
add("nab-idf", "Example Jerusalem Wire", "2026-10-19", "IDF says it eliminated Hezbollah operative in southern Lebanon", "nabatieh-drone-strike", """
JERUSALEM - The Israeli military said on Monday it had struck and eliminated a Hezbollah
terrorist in the area of Nabatiyeh in southern Lebanon who had been "working to re-establish the
organisation's rocket array" near the border.

"The terrorist's activity constituted a violation of the understandings between Israel and
Lebanon," the military said in a statement. It named him as Ali Hammoud, a commander in
Hezbollah's rocket unit, and said the strike had been carried out by an aircraft of the air force.

The statement made no mention of other casualties. Asked about Lebanese reports that a passer-by
was killed, a military spokesman said the incident was being reviewed. Israel has kept up
near-daily strikes in Lebanon against what it says are Hezbollah attempts to rearm.
""")
add("nab-funeral", "Example Beirut Daily", "2026-10-20", "Thousands attend Nabatieh funerals; Hezbollah vows response", "nabatieh-drone-strike", """
NABATIEH - Thousands of people marched behind the coffins of the two men killed in Monday's
Israeli drone strike in Nabatieh on Tuesday morning, among them the pharmacist's neighbour Hassan
Fawaz, 61, who was buying medicine when the car next to him was hit. The girl wounded in the
strike is in stable condition, the hospital said.

A Hezbollah official, Sheikh Hussein Jaber, told mourners that "the enemy's crimes will not go
without a response" and that the group "chooses the time and the place". Hezbollah's flag covered
the coffin of the second man, Ali Hammoud, 44.

The Lebanese army deployed additional troops on the Nabatieh-Kfar Remman road. The health
ministry put the toll at two dead and four wounded.
""")
# The next day's rockets, announced by Hezbollah as the response to the Nabatieh assassination: an
# act of its own (other side as initiator, another country, another day). Hezbollah's "Meron base"
# and the IDF's "Upper Galilee" with impacts near Safed are the two sides of the one barrage.
add("gal-hezbollah", "Example Beirut Daily", "2026-10-20", "Hezbollah fires rockets at Meron base in response to Nabatieh strike", "galilee-rockets", """
BEIRUT - Hezbollah said on Tuesday evening it had fired "dozens of Katyusha rockets" at the Israeli
army's air traffic control base on Mount Meron "in response to the Zionist enemy's assassination
in Nabatieh and the killing of civilians".

"The Islamic Resistance targeted the Meron base at 18:40 with a rocket salvo and achieved
confirmed hits," the group said in a statement. It was the first attack claimed by the group on
Israeli territory in more than a year.

Lebanese officials warned of an escalation. Israeli artillery shelled the outskirts of several
border villages in the hours after the salvo, residents said.
""")
add("gal-idf", "Example Jerusalem Wire", "2026-10-20", "Rockets from Lebanon hit Upper Galilee; IDF strikes launchers", "galilee-rockets", """
JERUSALEM - About 25 launches were identified crossing from Lebanon into the Upper Galilee on
Tuesday evening, most of them intercepted, the Israeli military said. Fragments fell in open areas
near Safed and a fire broke out in woodland on Mount Meron; a man of 70 was lightly hurt while
running to a shelter in Kiryat Shmona.

Sirens sounded in more than 20 communities. The military said its fighter jets and artillery
struck the launchers and "Hezbollah terror infrastructure" in the area of Yohmor and Arnoun.
Defence Minister Eitan Levav said Lebanon's government "bears responsibility for every launch".

Schools in the Galilee border communities were told to open on Wednesday only where shelters were
available.
""")

# --- Kinshasa expels Rwanda's charge d'affaires (Monday 26 October); Kigali expels two Congolese
# diplomats (Thursday 29 October). An act and its answer are two incidents. Kigali's "regret" the
# day after the expulsion is a reaction to it and stays with it; Kinshasa's "unjustified" after the
# counter-expulsion stays with the counter-expulsion. ---
add("drc-expels-local", "Example Kinshasa Tribune", "2026-10-26", "DR Congo expels Rwanda's charge d'affaires", "drc-expels-rwandan", """
KINSHASA - The Democratic Republic of Congo on Monday declared Rwanda's charge d'affaires in
Kinshasa, Jean-Pierre Habimana, persona non grata and gave him 48 hours to leave the country, the
foreign ministry said. The ministry accused Rwanda of "continued support to the M23/AFC terrorist
movement" in violation of the peace agreement signed last year.

"The Congolese government cannot tolerate the presence in its capital of a representative of a
state that arms those who kill our people," Foreign Minister Therese Mbuyi told a press
conference. She said Kinshasa would keep its own mission in Kigali open "for now".

The decision followed new fighting around Uvira in South Kivu last week, which the Congolese army
blamed on the M23/AFC and on Rwandan troops.
""")
add("drc-expels-wire", "Example World Wire", "2026-10-27", "Rwanda regrets Congolese expulsion of envoy, reserves right to respond", "drc-expels-rwandan", """
KIGALI - Rwanda on Tuesday said it "regrets" the Democratic Republic of Congo's decision to expel
its charge d'affaires and that it reserved the right to respond, a day after Kinshasa gave the
diplomat 48 hours to leave.

"Accusations against Rwanda are a diversion from the failures of the Congolese government," the
Rwandan government spokeswoman, Grace Uwase, said in a statement. Rwanda has long denied arming
the M23/AFC rebels, saying its troops only guard its border against the FDLR militia.

The expelled diplomat, Jean-Pierre Habimana, left Kinshasa for Kigali on Tuesday afternoon on a
flight via Addis Ababa. Diplomats said the United States and Qatar, which mediated last year's
peace deal, were trying to calm tensions.
""")
add("rwa-counter-local", "Example Kigali Times", "2026-10-29", "Rwanda expels two Congolese diplomats", "rwanda-expels-congolese", """
KIGALI - Rwanda on Thursday ordered two diplomats of the Democratic Republic of Congo's embassy in
Kigali, among them the first counsellor, to leave the country within 72 hours, the ministry of
foreign affairs said, three days after Kinshasa expelled Rwanda's charge d'affaires.

"This measure is taken in accordance with the principle of reciprocity," the ministry said,
accusing the Congolese embassy of "activities incompatible with diplomatic status", including
contacts with the FDLR.

Rwanda said its border with Congo at Gisenyi and Rusizi would stay open to traders.
""")
add("rwa-counter-wire", "Example World Wire", "2026-10-30", "Congo calls Rwanda's expulsion of its diplomats 'unjustified'", "rwanda-expels-congolese", """
KINSHASA - The Democratic Republic of Congo on Friday called Rwanda's expulsion of two of its
diplomats "unjustified and unfounded" and said the accusations of contacts with the FDLR militia
were "a crude fabrication".

Rwanda ordered the first counsellor and a second diplomat of the Congolese embassy in Kigali to
leave on Thursday, citing reciprocity. On Monday, Congo had expelled Rwanda's charge d'affaires
over Kigali's alleged support for the M23/AFC rebels.

Congo's foreign ministry said it would not expel further Rwandan staff, but that it would raise
the matter with the African Union's Peace and Security Council next week. Both countries still
keep embassies in each other's capitals.
""")

# --- Guinea, Tuesday 3 November: protests over power cuts in Conakry (Ratoma, the Le Prince road)
# and in Labe, about 250 km apart, the same day. Same cause, same day, two cities: two incidents. ---
# The Conakry wire names Labe in one sentence; its lead is Conakry: stays with Conakry.
add("cky-wire", "Example West Africa Wire", "2026-11-03", "Two killed as Guinea police disperse power-cut protests in Conakry", "conakry-powercut-protest", """
CONAKRY - Two young men were killed and dozens injured in Conakry on Tuesday when security forces
dispersed protesters who had blocked the Le Prince road in the Ratoma commune with burning tyres
over weeks of power cuts, residents and a hospital source said.

Witnesses in the Bambeto and Hamdallaye neighbourhoods said gendarmes fired tear gas and live
rounds as groups of youths threw stones. A 19-year-old was shot in the chest near the Cosa
roundabout, a relative said. Shops along the road stayed shut for most of the day.

Protests over electricity cuts also broke out in Labe in the north on Tuesday. Parts of Conakry
have had power for only a few hours a day since September, when a fault hit the Kaleta
hydroelectric dam.
""")
add("cky-forces", "Example Conakry Observer", "2026-11-04", "Forces vives say four dead in Ratoma, accuse gendarmes of firing live rounds", "conakry-powercut-protest", """
CONAKRY - The Forces vives de Guinee, a coalition of opposition parties and civil society groups,
said on Wednesday that four people were killed and 61 injured by security forces during
Tuesday's protests along the Le Prince road, and that 93 people had been arrested.

"The gendarmes fired live rounds at unarmed youths in Bambeto, Cosa and Wanindara. We have the
names and the photographs," the coalition's spokesman, Alpha Sow, told a press conference. He
said two of the dead were under 18.

The coalition called for a day of "dead city" on Monday and for an independent inquiry. Relatives
of the dead gathered at the Ignace Deen hospital morgue on Wednesday to ask for the bodies.
""")
# The government's communique in a wire's reported speech and in a translation-like English
# rendering of the same French communique (the first duplicate pair, same_statement). Both Conakry.
add("cky-gov-wire", "Example West Africa Wire", "2026-11-04", "Guinea government says one dead in Conakry unrest, denies live fire", "conakry-powercut-protest", """
CONAKRY - Guinea's government said on Wednesday that one person died and 28 members of the
security forces were injured during Tuesday's unrest on the Le Prince road in Conakry, and denied
that gendarmes or police had used firearms.

In a communique read on state television, government spokesman Ibrahima Sylla Konate said the
security forces had been deployed "only with means of maintaining order" and that the death was
being investigated by the prosecutor of Dixinn. He said 47 "troublemakers" had been arrested and
would be brought before the courts.

Konate said the power cuts were caused by a technical fault at the Kaleta dam and that supply
would return to normal by the end of the month. Opposition groups say four people were killed.
""")
add("cky-gov-tr", "Example Conakry Observer (English edition)", "2026-11-04", "Communique of the Government following the events of 3 November on the Le Prince road", "conakry-powercut-protest", """
The Government of the Republic of Guinea informs the national and international opinion that on
Tuesday 3 November, acts of vandalism and violence were committed by groups of individuals on
the Le Prince road, in the commune of Ratoma.

In the face of these acts, the defence and security forces intervened with the sole means of
maintaining order, without any use of firearms. The Government deplores the loss of one human
life and presents its condolences to the family. The Prosecutor of the Republic at the Court of
First Instance of Dixinn is seized to establish the circumstances.

Twenty-eight (28) elements of the defence and security forces were wounded. Forty-seven (47)
troublemakers were arrested and will be presented to justice.

The interruptions of electricity are due to a technical incident at the Kaleta dam. The Government
assures the population that the supply will return to normal before the end of the month.

Conakry, 4 November. Ibrahima Sylla Konate, Minister, Spokesman of the Government.
""", duplicate_of="cky-gov-wire", duplicate_kind="same_statement")
# Labe: the same day's protest in another city; both reports recall Conakry in one sentence.
add("labe-local", "Example Fouta Radio", "2026-11-03", "Youths march on electricity office in Labe", "labe-powercut-protest", """
LABE - Hundreds of young people marched on the offices of the national electricity company in
Labe on Tuesday, throwing stones at the building and setting fire to a vehicle parked outside,
after the town went without power for a fifth day. Police used tear gas to disperse them near the
central market; the prefect said six people were arrested and three police officers injured.

"We cannot keep food, we cannot charge our phones, the hospital runs on a generator," said a
shopkeeper in the Tata neighbourhood. No deaths were reported.

The prefect announced a meeting with youth leaders for Wednesday. In Conakry, protests over the
same power cuts blocked the Le Prince road.
""")
add("labe-wire", "Example West Africa Wire", "2026-11-04", "Calm returns to Labe after power protest; electricity company promises generators", "labe-powercut-protest", """
LABE - Shops reopened in Labe on Wednesday after a day of protests over power cuts in which youths
stoned the offices of the electricity company and burned a pickup, and the company promised to
send two mobile generators to the town within a week.

The regional governor met youth leaders and the imams of the town on Wednesday morning. Six people
arrested during Tuesday's protest were released on bail, a lawyer said. No deaths were reported in
Labe.

In the capital Conakry, protests on the same day left between one and four people dead, according
to the government and the opposition respectively.
""")

# --- China Coast Guard water cannon on a Philippine resupply boat at Ayungin Shoal, Sunday 8
# November. The China Coast Guard's "Ren'ai Jiao" and its "control measures" against vessels that
# "illegally intruded" are the other side's account of the same encounter: same incident. Manila's
# protest note two days later is a diplomatic follow-up and stays with it. ---
add("ayu-pcg", "Example Manila Standard", "2026-11-08", "Chinese coast guard water-cannons Philippine supply boat at Ayungin", "ayungin-water-cannon", """
MANILA - A China Coast Guard ship fired water cannon at a Philippine boat carrying food and water
to the BRP Sierra Madre at Ayungin Shoal on Sunday morning, injuring three crew members and
damaging its engine, the Philippine Coast Guard said.

"The water cannon was aimed directly at the bridge for almost ten minutes," the coast guard's
spokesman for the West Philippine Sea, Commodore Rafael Dizon, told reporters. He said six Chinese
coast guard ships and a dozen maritime militia vessels had blocked the boat about 3 nautical miles
from the shoal. The boat, the Unaiza Mae 4, was towed back to Palawan.

The Sierra Madre, a navy ship grounded on the shoal in 1999, is manned by a small detachment of
marines. Ayungin lies about 105 nautical miles from Palawan.
""")
add("ayu-ccg", "Example Beijing Wire", "2026-11-08", "China Coast Guard takes control measures against Philippine vessels at Ren'ai Jiao", "ayungin-water-cannon", """
BEIJING - The China Coast Guard on Sunday took "necessary control measures in accordance with the
law" against Philippine vessels that illegally intruded into the waters adjacent to Ren'ai Jiao
in China's Nansha Islands, a spokesman said.

"The Philippine side, in disregard of China's repeated warnings, sent a supply vessel and two
coast guard ships in an attempt to deliver construction materials to the illegally grounded
warship," spokesman Zhou Jianmin said. "The operation on site was professional, standard, restrained
and lawful."

He said China has indisputable sovereignty over the Nansha Islands, including Ren'ai Jiao, and
urged the Philippines to stop its provocations. The statement made no mention of injuries.
""")
add("ayu-wire", "Example World Wire", "2026-11-10", "Philippines protests to China over water cannon attack at Second Thomas Shoal", "ayungin-water-cannon", """
MANILA - The Philippines on Tuesday summoned China's deputy ambassador and handed him a note of
protest over Sunday's water cannon attack on a resupply boat at the Second Thomas Shoal, which
Manila calls Ayungin and Beijing calls Ren'ai Reef, the foreign ministry said.

One of the three injured crew members, a 47-year-old mechanic, remains in hospital in Puerto
Princesa with a fractured arm, the coast guard said. China said its coast guard had acted lawfully
against vessels carrying construction materials, which Manila denies.

The United States and Japan expressed concern over the "dangerous manoeuvres". The Philippine
navy said it would attempt another resupply mission within two weeks.
""")

# --- ISWAP attack on the army base at Malam Fatori (Abadam, Borno), Thursday 12 November. The
# army's "attack repelled, more than 40 terrorists neutralised" and ISWAP's "27 apostate soldiers
# killed" at "the Malam Fatori barracks" are the two sides of one attack: same incident. ---
add("mf-army", "Example Abuja Herald", "2026-11-12", "Troops repel terrorist attack on Malam Fatori base, neutralise over 40", "malamfatori-base-attack", """
ABUJA - Troops of Operation Hadin Kai repelled an attack by ISWAP terrorists on a forward
operating base in Malam Fatori, Abadam local government area of Borno state, in the early hours of
Thursday, the Defence Headquarters said, neutralising more than 40 of the attackers.

"The terrorists, who came in large numbers on gun trucks and motorcycles from the Lake Chad
axis, were met with superior firepower supported by the Air Component," the director of defence
media operations, Major General Bala Tukur, said. He said four soldiers paid the supreme price and
nine were wounded, and that troops recovered two gun trucks and 21 rifles.

Malam Fatori, on the border with Niger, has been attacked repeatedly since residents returned to
the town in 2024.
""")
add("mf-iswap", "Example Security Monitor", "2026-11-13", "Islamic State claims attack on Nigerian army base at Malam Fatori", "malamfatori-base-attack", """
The Islamic State's West Africa Province (ISWAP) claimed on Friday that its fighters had killed
27 "apostate soldiers" of the Nigerian army in an attack on "the Malam Fatori barracks" in northern
Borno on Thursday, according to a statement carried by the group's Amaq news agency.

The claim said fighters seized weapons and burned three armoured vehicles and a tank, and
published photographs of bodies in uniform and of a burning building. The monitor could not
verify the claim or the photographs.

The Nigerian military said it had repelled the attack, killing more than 40 militants, and lost
four soldiers. ISWAP, which split from Boko Haram in 2016, frequently exaggerates the losses it
inflicts on the army, while the army rarely reports its full losses.
""")
add("mf-wire", "Example World Wire", "2026-11-14", "Residents say 11 soldiers killed in Malam Fatori attack; army denies", "malamfatori-base-attack", """
MAIDUGURI - At least 11 soldiers and two civilians were killed in Thursday's jihadist attack on the
military base in Malam Fatori in Borno state, two residents and a militia member said on
Saturday, contradicting the army's toll of four.

"We buried the civilians on Friday; the soldiers' bodies were taken to Maiduguri by helicopter,"
a member of the Civilian Joint Task Force said. Residents said the attackers burned a health
post and looted shops before withdrawing towards Lake Chad.

The army said its figures were correct and warned against "propaganda". Hundreds of residents
fled across the border to Niger's Diffa region, a humanitarian official said.
""")

# --- Massacre in the Litoral penitentiary, Guayaquil, Sunday 15 November. The prison service's
# bulletin in a wire's reported speech and in a translation-like English rendering (the second
# duplicate pair, same_statement); tolls rising over three days. ---
add("gye-snai-wire", "Example Andes Wire", "2026-11-15", "At least 17 inmates killed in clashes inside Guayaquil prison", "guayaquil-prison-massacre", """
GUAYAQUIL - At least 17 inmates were killed and 11 injured in clashes between rival gangs in
pavilions 5 and 8 of the Litoral penitentiary in Guayaquil early on Sunday, Ecuador's prison
service SNAI said.

The SNAI said in a bulletin that the police and the armed forces had entered the prison and
regained control of the pavilions by 9 a.m., and that firearms, explosives and machetes had been
seized. It said the dead had not yet been identified and that the prosecutor's office had opened
an investigation.

The Litoral, Ecuador's largest prison, has been the scene of several massacres linked to the war
between drug gangs. The government placed prisons under military control in 2024.
""")
add("gye-snai-tr", "Example Guayaquil Gazette (English edition)", "2026-11-15", "Bulletin of the SNAI on the events in the Litoral Penitentiary", "guayaquil-prison-massacre", """
The National Service of Integral Attention to Persons Deprived of Liberty (SNAI) informs the
citizenship:

1. In the early hours of this Sunday 15 November, a confrontation between persons deprived of
liberty was registered in pavilions 5 and 8 of the Penitentiary of the Litoral, in the city of
Guayaquil.

2. As a result, seventeen (17) persons deprived of liberty lost their lives and eleven (11) were
wounded, who receive medical attention.

3. The National Police and the Armed Forces intervened and at 09:00 the control of the pavilions
was recovered. Firearms, explosive material and machetes were seized.

4. The identification of the deceased is in process. The Office of the Attorney General initiated
the corresponding investigation.

Guayaquil, 15 November.
""", duplicate_of="gye-snai-wire", duplicate_kind="same_statement")
add("gye-toll", "Example Andes Wire", "2026-11-16", "Guayaquil prison toll rises to 26 as bodies found in tunnel", "guayaquil-prison-massacre", """
GUAYAQUIL - The number of inmates killed in Sunday's clashes in the Litoral penitentiary rose to 26
on Monday after soldiers searching pavilion 8 found nine bodies in a tunnel under the kitchen,
Ecuador's prison service said.

Interior Minister Carolina Vera said the fighting began when members of one gang tried to take
over the pavilion held by another after the transfer of a leader to a maximum-security prison. She
said 14 inmates had been identified as instigators and would be transferred.

Families gathered outside the prison on Monday demanding lists of the dead. Rights groups said the
military's control of the prisons had not stopped the massacres.
""")
add("gye-families", "Example Guayaquil Gazette", "2026-11-17", "Families wait at Guayaquil morgue for bodies of inmates", "guayaquil-prison-massacre", """
GUAYAQUIL - Dozens of mothers and wives of inmates spent the night outside the forensic centre in
Guayaquil, waiting to identify the bodies of those killed in Sunday's massacre in the Litoral
penitentiary. By Tuesday, 19 of the 27 victims had been identified, the prosecutor's office said;
an injured inmate died in hospital on Monday night.

"They told us he was not on the list, then that he was. Nobody tells us anything," said a woman
whose son, 23, was serving a sentence for theft. Some bodies were burned beyond recognition, and
families were asked for DNA samples.

The ombudsman's office said it would present a report on the conditions in pavilion 8, which held
more than twice its capacity.
""")

# --- Settler attack on Turmus Ayya, Friday 20 November. The Israeli military's "violent
# confrontation between Israeli civilians and Palestinians" near "the community of Shiloh in the
# Binyamin area" is its account of the same attack the same afternoon: same incident. The
# NGO's count two days later is a follow-up. ---
add("tur-wafa", "Example Ramallah News", "2026-11-20", "Settlers torch houses and cars in Turmus Ayya; one Palestinian killed", "turmusayya-settler-attack", """
RAMALLAH - A Palestinian man was killed and 12 people injured when dozens of Israeli settlers
attacked the village of Turmus Ayya, north-east of Ramallah, on Friday afternoon, setting fire to
four houses and 15 cars, the Palestinian health ministry and the village council said.

Mahmoud Shalabi, 27, was shot in the abdomen as residents tried to stop the settlers entering the
eastern part of the village, his cousin said. Witnesses said soldiers arrived with the settlers and
fired tear gas at residents. "They came from the direction of Shiloh, more than a hundred of them,
some masked and armed," the head of the village council said.

The Palestinian presidency called on the international community to protect Palestinian
villages from "organised settler terror".
""")
add("tur-idf", "Example Jerusalem Wire", "2026-11-20", "IDF: violent confrontation near Shiloh, Palestinian killed", "turmusayya-settler-attack", """
JERUSALEM - The Israeli military said on Friday that a "violent confrontation" between Israeli
civilians and Palestinians broke out near the community of Shiloh in the Binyamin area, in which
stones were thrown and property was set on fire, and that forces were dispatched to separate the
two sides.

"Reports of a Palestinian killed by live fire are known and under examination," the military said,
without saying who fired. It said an Israeli civilian was lightly injured by a stone and that the
police had opened an investigation.

Four Israelis were detained for questioning, the police said. Leaders of Israeli settlers in the
area said residents had "defended themselves" after a shepherd was attacked.
""")
add("tur-ngo", "Example Rights Monitor", "2026-11-22", "NGO: soldiers stood by as settlers burned Turmus Ayya homes", "turmusayya-settler-attack", """
An Israeli human rights group said on Sunday that its field researchers had documented soldiers
standing by while settlers set fire to homes in Turmus Ayya on Friday, and that at least one
settler fired live rounds at residents.

The group's report said five houses and 17 vehicles were burned or damaged and that 14
Palestinians were injured, three by live fire. Mahmoud Shalabi, 27, was buried in the village on
Saturday in a funeral attended by thousands.

All four Israelis detained after the attack were released on Saturday without charge, the group
said. Settler violence in the West Bank has risen sharply since 2023, and Turmus Ayya, many of
whose residents hold US citizenship, has been attacked several times.
""")

# --- Houthi shelling of a market street in Taiz, Tuesday 24 November. The Houthi channel's
# "positions of the aggression's mercenaries on the eastern front of Taiz" answering "an attempted
# advance" is the other side's account of the same shelling the same morning: same incident. ---
add("taiz-local", "Example Aden Post", "2026-11-24", "Houthi shells kill five, including children, in Taiz market", "taiz-shelling", """
TAIZ - Five civilians, among them two children, were killed and 19 wounded when Houthi mortar
shells and artillery rounds hit a busy market street in the al-Masbah area of Taiz's Salah district
on Tuesday morning, the city's health office said.

"The shells fell one after another on the vegetable stalls. There are no soldiers here, only
sellers and shoppers," a doctor at al-Thawra hospital, where most of the wounded were taken, told
the newspaper. The governor of Taiz, Abdulwahab al-Qadasi, called the shelling "a war crime" and asked the
UN envoy to condemn it.

Taiz, Yemen's third city, has been besieged on three sides by the Houthis for a decade, and its
residents are regularly hit by shelling and sniper fire.
""")
add("taiz-houthi", "Example Sanaa Channel", "2026-11-24", "Army forces thwart mercenaries' advance on Taiz eastern front", "taiz-shelling", """
SANAA - Units of the army and popular committees on Tuesday morning thwarted an attempted
advance by the aggression's mercenaries on the eastern front of Taiz and targeted their
positions and gatherings with artillery, inflicting heavy losses, a military source said.

"The mercenaries used residential neighbourhoods of the city as shields for their artillery, and
they bear full responsibility," the source told the channel, accusing the Saudi-backed forces of
"fabricating civilian casualties to cover their failure".

The source said the mercenaries had shelled villages in the Saleh district and the al-Hawban area
over the past week, wounding three citizens.
""")

# --- Detention of Georgian villagers at the South Ossetian line near Khurvaleti (Gori
# municipality), Saturday 28 November. Tskhinvali's "violators of the state border" detained
# "near the village of Orchosani in the Leningor district" is its account of the same detention the
# same day: same incident. The release three days later is a follow-up. ---
add("geo-ssg", "Example Tbilisi Herald", "2026-11-28", "Three Georgian villagers detained near Khurvaleti by occupation forces", "khurvaleti-detention", """
TBILISI - Russian and de facto South Ossetian border guards detained three residents of
Khurvaleti in the Gori municipality on Saturday morning as they were collecting walnuts near the
occupation line, Georgia's State Security Service said.

"The detention of peaceful citizens is a gross violation of human rights and of the ceasefire
agreement of 12 August 2008," the service said in a statement. It said it had informed the EU
monitoring mission and asked for the hotline to be activated.

Relatives said the three, two brothers aged 54 and 61 and their neighbour, were taken towards the
village of Orchosani. Dozens of Georgians are detained each year along the line for "illegal
crossing".
""")
add("geo-tskhinvali", "Example Tskhinval Press", "2026-11-28", "Three Georgian citizens detained for violating state border near Orchosani", "khurvaleti-detention", """
TSKHINVAL - Border guards of the Republic of South Ossetia on Saturday detained three citizens of
Georgia who violated the state border near the village of Orchosani in the Leningor district, the
Committee for State Security of South Ossetia said.

"The violators were handed over to the investigative bodies. A criminal case has been opened
under the article on illegal crossing of the state border," the committee said. It said the men
had been detained on the territory of the republic, 300 metres from the border line.

The committee called on the Georgian side to warn its citizens against "provocative actions" in
the border zone.
""")
add("geo-release", "Example Tbilisi Herald", "2026-12-01", "Khurvaleti villagers freed after three days in Tskhinvali", "khurvaleti-detention", """
TBILISI - Three residents of Khurvaleti detained by Russian and South Ossetian border guards on
Saturday were released on Tuesday and handed over at the Ergneti crossing after relatives paid a
fine of 2,000 roubles each, Georgia's State Security Service said.

The EU Monitoring Mission said it had used its hotline to raise the case with the Russian side
immediately after the detention. "We walked where our father and grandfather collected walnuts. No
one ever told us this was a border," one of the brothers told reporters at Ergneti.

Georgia's foreign ministry said the detention showed the need for an international presence in
the occupied territories.
""")

# --- Attack on a gold mining site near Ndassima, north of Bambari (Ouaka), Friday 4 December.
# The government's statement blames the UPC; the UPC's denial says its men were attacked by the
# army's Russian instructors "near Ippy". One attack told by the two sides the same day: same
# incident (the UPC names another place in the same area). ---
add("car-radio", "Example Bangui Radio", "2026-12-04", "Gunmen kill 12 at gold mining site near Bambari", "ndassima-mine-attack", """
BAMBARI - Armed men killed at least 12 miners and traders at a gold mining site near Ndassima,
about 60 km north of Bambari in the Ouaka prefecture, on Friday morning, local authorities and
witnesses told the radio. The attackers set fire to shelters and took gold and cash.

"They arrived on motorcycles shouting, shooting at everyone," said a miner who fled through the
bush to Bambari. The prefect of Ouaka, Clement Yakite, blamed fighters of the Union for Peace in
Central Africa (UPC). Wounded people were taken to the regional hospital in Bambari, where the
UN mission MINUSCA provided medical help.

The Ndassima area holds some of the country's richest gold deposits and has been fought over by
armed groups for more than a decade.
""")
add("car-upc", "Example Security Monitor", "2026-12-05", "UPC denies attack on miners, says its men were targeted near Ippy", "ndassima-mine-attack", """
The Union for Peace in Central Africa (UPC) armed group on Saturday denied attacking miners near
Bambari and said its fighters had instead been attacked on Friday by soldiers of the Central
African army and their Russian instructors "near Ippy", killing seven of its men.

"The UPC does not kill civilians. Those who died at the mining site were killed in the crossfire
of the army and its mercenaries," the group's spokesman, Hamadou Garba, said in a statement. Ippy
lies about 50 km north-east of Ndassima.

The government and local authorities blamed the UPC for Friday's killing of at least 12 people at
a gold site near Ndassima. MINUSCA said it had opened an inquiry and raised the toll to 15.
""")

# --- Ordinary news: bootleg liquor deaths in Kirinyaga county, Tuesday 1 December to Thursday 3
# December; tolls rising, arrests. ---
add("kir-local", "Example Mount Kenya Star", "2026-12-01", "Seven die after drinking illicit brew in Kirinyaga", "kirinyaga-illicit-brew", """
KERUGOYA - Seven people died and 14 were admitted to hospital after drinking illicit liquor at a
bar in Kutus, Kirinyaga county, on Monday night, the county police commander, Jane Wairimu, said
on Tuesday.

The victims complained of stomach pains and loss of sight hours after drinking the brew, which
was sold in small sachets, she said. Several were taken to the Kerugoya county referral hospital;
others were brought in by relatives from villages around Mwea on Tuesday morning.

Police arrested the bar's owner and seized 300 litres of liquor for analysis by the government
chemist.
""")
add("kir-wire", "Example Nairobi Wire", "2026-12-02", "Kenya methanol deaths rise to 15; government orders crackdown", "kirinyaga-illicit-brew", """
NAIROBI - The death toll from illicit liquor sold in Kirinyaga county rose to 15 on Wednesday,
health officials said, and the interior ministry ordered a nationwide crackdown on unlicensed
bars.

The government chemist found high levels of methanol in samples seized from the bar in Kutus, the
ministry said. Six of the patients in hospital have lost their sight. The interior minister, Peter
Kamau, said officials who had allowed the bar to operate would be disciplined.

Kenya has had several deadly outbreaks of poisoning from illicit brews, which are popular because
they cost a fraction of licensed beer.
""")
add("kir-arrests", "Example Mount Kenya Star", "2026-12-03", "Two more arrested over Kirinyaga brew deaths as toll reaches 17", "kirinyaga-illicit-brew", """
KERUGOYA - Police in Kirinyaga arrested a supplier and a distributor of the liquor that has killed
17 people in the county since Monday, and the county commissioner closed 42 bars, officials said on
Thursday.

The supplier was arrested in Embu with 200 litres of ethanol bought from an unlicensed dealer, the
county police commander said. Two more patients died in hospital on Wednesday night.

Relatives of the dead held a meeting in Kutus and asked the county government to pay for the
funerals, which the governor promised to do.
""")

# --- Singletons ---
add("dik-ied", "Example Peshawar Post", "2026-12-07", "Roadside bomb kills three policemen in Dera Ismail Khan", "single-dik-ied", """
DERA ISMAIL KHAN - Three policemen were killed and two injured when a roadside bomb hit their
patrol vehicle on the Indus Highway near Kulachi in Dera Ismail Khan district on Monday morning,
police said.

The district police officer, Asad Khattak, said the patrol was on its way to a checkpoint when the
device, planted in a culvert, was detonated by remote control. No group immediately claimed
responsibility. The Pakistani Taliban have carried out most attacks on police in the south of
Khyber Pakhtunkhwa.

Police cordoned off the area and began a search operation in the surrounding villages.
""")
add("vn-rice", "Example Commodity Wire", "2026-12-10", "Vietnamese rice export prices fall to two-year low", "single-vn-rice", """
Prices of Vietnam's 5% broken rice fell to $372-$378 a tonne on Thursday, their lowest in two
years, as the winter-spring harvest in the Mekong Delta began and demand from the Philippines
remained weak, traders said.

"Supplies are building up and buyers are waiting," a trader in Ho Chi Minh City said. Vietnam's
rice exports reached 7.9 million tonnes in the first eleven months of the year, according to
customs data.

Prices in Thailand and India were also lower, traders said, and Indonesia has not announced new
import tenders.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
