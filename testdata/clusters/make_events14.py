"""Writes events14.jsonl: the fourteenth battery of invented reports (session 22,
lane events14; `parallax eval incidents --data
testdata/clusters/events14.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2. Only the lead runs it; no rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
52 reports of 21 incidents (19 of two to four reports, 2 singletons; 46
gold pairs; one duplicate pair), mostly conflict news in places and kinds
events..events13 do not use: Russian glide bombs on Sloviansk on a Tuesday
and again on the Friday; Ukrainian sea drones on the Novorossiysk naval base
and drones on the Vityazevo airfield near Anapa the same night; Turkish air
strikes in the Amedi district of Duhok; an attack on Nyinkuac in the Abyei
area; fire on the Armenia-Azerbaijan border near Khnatsakh; an Israeli drone
strike in Tammun (Tubas); fuel protests in El Alto and a march in Cochabamba
the same day; Chad's expulsion of Sudanese diplomats and Sudan's
counter-expulsion; an ICRC-facilitated handover of detainees between the
AFC/M23 and Kinshasa; a JNIM ambush on a fuel convoy near Kolondieba and a
JNIM attack on the Diboli border post four days later; a police operation in
the Mare favelas of Rio; a motorcycle bomb in Sungai Kolok; an al-Shabaab
attack on a police camp in Elwak (Mandera); ordinary news: a train collision
near Tahta (Sohag); singletons (a cluster bomblet in Xieng Khouang, a wheat
export quota).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a repair base
  for armoured vehicles" against a bus depot and a street of houses;
  "five uncrewed boats destroyed" against "a patrol ship hit"; "14 PKK
  terrorists neutralised" against three shepherds; JNIM's 38 tankers against
  the army's "a dozen terrorists neutralised"; the police's eight "suspects"
  against residents' eleven dead; the AFC/M23's "104 prisoners of war"
  against the ICRC's 87;
- place names differ by side, language and granularity: Sloviansk /
  Slovyansk / Slavyansk / "the Kramatorsk district"; Novorossiysk / Tsemes Bay /
  "the north-eastern part of the Black Sea"; Anapa / Vityazevo / "the Anapa
  district"; Amedi / Amadiya / Kani Masi / Sargele / "the Metina region";
  Nyinkuac / Rumamier / Abyei / Agok / "Aneet"; Khnatsakh / Goris / Syunik /
  "the Lachin district"; Tammun / Tubas / "northern Samaria"; El Alto /
  Senkata / "District 8"; Kolondieba / Kolondiéba / Kadiana / Sikasso;
  Diboli / Kidira / Kayes; Complexo da Maré /
  "the Maré favela complex" / Nova Holanda / Bonsucesso; Sungai
  Kolok / "Golok" / Narathiwat / Rantau Panjang; Elwak / El
  Wak / Mandera South; Tahta / Sohag;
- follow-ups one to four days later (tolls rising, funerals, a chargé
  summoned, truckers' dead counted, a governor's inquiry, a driver
  detained), denials (the Azerbaijani MoD, the Twic county commissioner,
  the Bolivian government on firearms, the Kenyan county commissioner on the
  al-Shabaab figures), and the Bolivian ombudsman's statement in a wire's
  reported speech and in a translation-like English rendering (marked
  same_statement);
- hard negatives, each its own incident: Sloviansk on Tuesday and on
  Friday (same sides, same city); Novorossiysk and Anapa the same night,
  about 45 km apart; El Alto and Cochabamba the same day; the expulsion and
  the counter-expulsion; the Kolondieba ambush and the Diboli attack (one
  group, one week); recap paragraphs that tell the older incident again;
  two round-ups labelled with their main incident (the Russian MoD's morning
  summary, a weekly Sahel security digest).

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events14.py > testdata/clusters/events14.jsonl
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


# --- Sloviansk: glide bombs on Tuesday 9 June (a bus depot in the north of the city) and again on
# Friday 12 June (a block of flats near the salt lakes in the south). Same sides, same city, three
# days apart: two incidents. (Zaporizhzhia was avoided: scope.jsonl tells a strike there.) ---
add("slov-tue-ova", "Example Kyiv Daily", "2026-06-09", "Russian glide bombs hit Sloviansk bus depot, 11 killed", "sloviansk-glidebombs-tue", """
SLOVIANSK - Russian aircraft dropped four guided aerial bombs on Sloviansk on Tuesday afternoon,
killing at least 11 people and wounding 38, the head of the Donetsk regional military
administration, Ivan Fedorenko, said. Two bombs hit the municipal bus depot in the north of the
city while drivers were changing shifts, and two landed on a street of private houses a few
hundred metres away.

"There was no military target there, only buses and people's homes," Fedorenko wrote on Telegram.
Eight of the dead were depot employees. Rescuers pulled a woman and her son from the rubble of a
house in the evening. Fires burned in 14 buses, and the city suspended most of its bus routes.

The bombs were launched from Su-34 jets flying over occupied territory about 50 km to the
south-east, the air force said. Guided bombs of this kind give residents almost no warning; the
air raid alert sounded less than a minute before the first impact. Sloviansk, which had about
100,000 residents before the war, lies some 25 km from the front line.
""")
# The Russian MoD names no civilian, no depot and no street; a strike on "Slavyansk" on the same
# afternoon at a "repair base for armoured vehicles" on the city's northern outskirts is the same
# act told by the other side (the depot's repair hangars): same incident.
add("slov-tue-rumod", "Example Moscow Wire", "2026-06-09", "Russian aviation strikes AFU armour repair base in Slavyansk", "sloviansk-glidebombs-tue", """
MOSCOW - Russian operational-tactical aviation on Tuesday struck a repair base for armoured
vehicles of the Armed Forces of Ukraine on the northern outskirts of the city of Slavyansk in the
Donetsk People's Republic, the Russian Defence Ministry said in its daily briefing.

"A strike with guided aerial bombs destroyed repair hangars, up to 20 units of military equipment
and a fuel store," the ministry said. It said the base had been used to restore vehicles damaged
in fighting in the direction of Konstantinovka.

The ministry did not comment on reports by Ukrainian officials of civilian deaths, which could not
be independently verified. In the same briefing it said units of the Southern group of forces had
improved their positions in the Slavyansk-Kramatorsk agglomeration and that air defence systems
had shot down two French-made Hammer guided bombs and 46 drones over the previous day.
""")
add("slov-tue-wire", "Example World Wire", "2026-06-10", "Sloviansk toll rises to 16 after bus depot bombing", "sloviansk-glidebombs-tue", """
KYIV - The death toll from Tuesday's Russian glide bomb attack on a bus depot and nearby houses in
Sloviansk rose to 16 on Wednesday, regional officials said, after rescuers found three more bodies
under the collapsed roof of a repair hangar and two wounded men died in hospital.

Forty-one people were wounded, nine of them critically. The city declared Thursday a day of
mourning. Russia's Defence Ministry said it had struck a base repairing armoured vehicles;
Ukrainian officials said the depot served only the city's public transport and that its staff were
civilians.

The United Nations humanitarian coordinator for Ukraine said attacks on civilian infrastructure in
front-line cities "continue to take a terrible toll". Local officials said more than 60 homes in
the surrounding streets were damaged and that 23 families had been moved to temporary
accommodation. The depot's director said half of the city's buses had been destroyed or damaged,
and that routes would be served by buses lent from other cities of the Kramatorsk district.
""")
add("slov-tue-funerals", "Example Donbas Herald", "2026-06-11", "Slovyansk bids farewell to bus drivers killed in Tuesday's bombing", "sloviansk-glidebombs-tue", """
Hundreds of people stood along the central square of Slovyansk on Thursday as the funeral
procession of six bus drivers and mechanics killed in Tuesday's bombing of the municipal bus depot
passed by. Buses decorated with black ribbons sounded their horns at noon.

"He drove the route to the railway station for 22 years. Everyone knew him," said the daughter of
one of the drivers, Mykola, 58. The city's transport workers' union has opened a fund for the
families.

A 71-year-old woman wounded when a bomb hit her house near the depot died overnight, bringing the
toll to 17, the regional administration said. Eleven people remain in hospital. Municipal crews
finished clearing the debris from the street of private houses on Wednesday evening, and
volunteers began covering broken roofs with plastic sheeting before the rain forecast for the
weekend. Two bus routes resumed with vehicles lent by neighbouring Kramatorsk, the city council
said.
""")
# Friday's attack on another part of the city: its own incident. The wire recalls Tuesday's bombing
# in a paragraph (recap); it stays with Friday.
add("slov-fri-local", "Example Donbas Herald", "2026-06-12", "Guided bombs hit Slovyansk flats near salt lakes, three dead", "sloviansk-glidebombs-fri", """
Three people were killed and 12 wounded when Russian guided aerial bombs struck the resort area of
Slovyansk near the salt lakes on Friday morning, the regional military administration said. One
bomb hit a five-storey apartment block, destroying the stairwell of one entrance, and a second left
a crater in a schoolyard nearby. The school had been empty since the end of the school year.

Firefighters rescued nine people from the upper floors by ladder. The dead were a married couple in
their sixties and a man of 40 who was walking his dog, officials said. "We heard the bomb whistle
and then the walls shook," said a resident of the third floor.

Regional head Ivan Fedorenko said Russian aircraft had dropped nine guided bombs on the city and
nearby villages since the morning. Power was cut to several streets in the area while engineers
repaired a damaged cable, and a sanatorium on the lake shore lost its windows.
""")
add("slov-fri-wire", "Example World Wire", "2026-06-12", "Sloviansk bombed again, three days after depot strike", "sloviansk-glidebombs-fri", """
KYIV - Russian guided bombs struck an apartment block in Sloviansk on Friday, killing three people
and wounding at least 12, Ukrainian officials said, three days after a bombing of a bus depot in
the same city killed 17.

The Friday attack hit the south of the city near the salt lakes, about 5 km from the depot.
Photographs released by the emergency service showed a gaping hole in the side of a five-storey
building and cars burning in the courtyard.

On Tuesday, four bombs fell on the municipal bus depot in the north of the city and on a street of
houses beside it during a shift change; funerals for six of the depot's staff were held on
Thursday. Russia said that strike had hit a base repairing armoured vehicles.

Russia's Defence Ministry did not comment on Friday's attack. Ukraine's air force said Russia drops
more than a hundred guided bombs a day along the front, and cities such as Sloviansk, Kramatorsk
and Kharkiv lie within their range.
""")

# --- Night of 21-22 June: sea drones on the Novorossiysk naval base, and drones on the Vityazevo
# airfield near Anapa, about 45 km away, the same night. Two incidents (different targets and
# weapons, different places), though one Russian summary counts both. ---
add("novo-navy", "Example Kyiv Daily", "2026-06-22", "Ukrainian sea drones hit Russian patrol ship in Novorossiysk, navy says", "novorossiysk-seadrones", """
KYIV - Ukrainian naval drones struck a Russian Project 22160 patrol ship at the naval base in
Novorossiysk overnight, the spokesman for Ukraine's navy, Oleh Marchuk, said on Monday. "The
ship was hit at its mooring in Tsemes Bay. The extent of the damage is being clarified," he told
national television.

A source in Ukraine's security service said five Sea Baby drones had taken part in the operation
and that at least two had reached the inner harbour. Videos posted by residents showed tracer fire
over the bay and two explosions near the naval piers shortly after 3 a.m.

Novorossiysk became the main base of Russia's Black Sea Fleet after repeated strikes on ships in
Sevastopol. The Sheskharis oil terminal, one of Russia's largest export outlets, lies on the other
side of the bay; the source said it had not been a target. Russia said all boats had been
destroyed before they reached the harbour. Marchuk said the navy would "continue to make the
sea unsafe for the occupiers' fleet".
""")
# The mayor's report ends with one sentence on debris in the Anapa district (the other incident of
# the night); its lead and text are the boats in Tsemes Bay: stays with Novorossiysk.
add("novo-hq", "Example Kuban News", "2026-06-22", "Novorossiysk repels night attack by uncrewed boats", "novorossiysk-seadrones", """
NOVOROSSIYSK - An attack by Ukrainian uncrewed boats on Novorossiysk was repelled overnight, the
city's mayor, Sergei Bobrov, said on Monday. "Two boats were destroyed in the water area of
Tsemes Bay. Fragments damaged windows in several apartment blocks on the embankment," he wrote on
his channel.

A 54-year-old woman was cut by glass, the regional operational headquarters said. A temporary
restriction on ferry and port traffic was lifted at 7 a.m. Residents reported loud explosions and
gunfire from about 3 a.m.; the sirens sounded twice.

Bobrov asked residents not to film or post the work of air defence and the fleet. The
headquarters made no mention of damage to ships. Schools and shops opened as normal on Monday. In
the Anapa district, debris of drones shot down overnight fell on a village, the headquarters said
in a separate message.
""")
# A round-up: the Russian MoD's morning summary. Its lead and most of its text are the boats
# heading for Novorossiysk; one sentence counts 19 drones over the Krasnodar territory "including
# the Anapa district" (the Vityazevo incident). Labelled with its main incident, Novorossiysk.
add("novo-rumod-summary", "Example Moscow Wire", "2026-06-22", "Black Sea Fleet destroys five uncrewed boats, MoD says", "novorossiysk-seadrones", """
MOSCOW - Forces of the Black Sea Fleet destroyed five Ukrainian uncrewed boats in the
north-eastern part of the Black Sea overnight as they headed for the naval base in Novorossiysk,
the Russian Defence Ministry said on Monday.

"The boats were detected and destroyed by fire from on-duty ships, naval aviation and coastal
units," the ministry said. "There is no damage to ships of the fleet." It did not mention the
videos of explosions inside the bay posted by residents.

Over the night, air defence systems also intercepted and destroyed 38 Ukrainian aircraft-type
unmanned aerial vehicles: 19 over the territory of the Krasnodar region, including the Anapa
district, 12 over the Republic of Crimea and seven over the waters of the Black Sea, the ministry
said.

The ministry said Russian forces had in response struck port infrastructure in the Odessa region
used to prepare uncrewed boats. Ukraine has used naval drones to attack ships, bridges and ports
throughout the war.
""")
# The General Staff report names the same night's sea-drone attack on Novorossiysk in a paragraph;
# its lead is the airfield: stays with Anapa. The local report's "debris" on Vityazevo "near the
# airport" is the Russian side's account of the same drones: same incident.
add("anapa-genstaff", "Example Kyiv Daily", "2026-06-22", "General Staff: drones hit Russian air base near Anapa", "anapa-airfield-drones", """
KYIV - Ukrainian drones struck the Vityazevo airfield near Anapa overnight, hitting a radar station
and a fuel storage site, the General Staff of Ukraine's armed forces said on Monday. The airfield
is used by Russian naval aviation, including Be-12 amphibious aircraft that patrol the Black Sea.

"A fire was recorded at the site. The results of the strike are being clarified," the General
Staff said. It said the operation was carried out by units of the Unmanned Systems Forces.

The same night, Ukrainian sea drones attacked the naval base in Novorossiysk, about 45 km to the
south-east, the navy said separately. Anapa, a resort on the Black Sea coast, lies on the route
Russian aircraft use to patrol the western approaches to Crimea.

Satellite images from a commercial provider taken on Monday afternoon showed a burned area beside
the airfield's northern taxiway. Russian officials said only that drone debris had fallen in the
Anapa district.
""")
add("anapa-local", "Example Kuban News", "2026-06-22", "Drone debris injures two in Vityazevo", "anapa-airfield-drones", """
ANAPA - Two people were injured when debris from drones shot down overnight fell on a street in the
village of Vityazevo in the Anapa district, the Krasnodar regional operational headquarters said on
Monday. A man of 37 was taken to hospital with shrapnel wounds; a woman was treated at the scene.

The debris set fire to a non-residential building near the airport, and the fire was put out by
6 a.m., the headquarters said, without saying whether the airport was damaged. Anapa's airport has
been closed to civilian flights since 2022.

Holidaymakers staying in guest houses on Vityazevo's main street said they were woken by a series
of explosions and the sound of anti-aircraft guns. "My children cried the whole night," said a
woman from Voronezh. The district's head said the beaches would stay open and that there was no
threat to tourists.
""")

# --- Turkish air strikes in the Amedi district of Duhok, Monday 6 July ---
# The Turkish MoD names no village and no civilian; "the Metina region" of the same day's air
# operation, where the Kurdish officials place the dead shepherds, is the other side's account.
add("duhok-tsk", "Example Ankara Wire", "2026-07-06", "14 PKK terrorists neutralised in northern Iraq", "duhok-airstrikes", """
ANKARA - Turkish Armed Forces neutralised 14 PKK terrorists in air operations in the Metina region
of northern Iraq on Monday, the Ministry of National Defence said. "Shelters, caves and ammunition
depots used by the terrorists were destroyed in the air operation carried out with the utmost
care to avoid harm to civilians and the environment," the ministry said in a statement.

The ministry said the terrorists had been preparing attacks on Turkish bases in the region. It
published black-and-white footage of explosions on a wooded mountainside. "Our struggle against
terrorism will continue until the last terrorist is neutralised," it said.

Turkey maintains dozens of military outposts in the mountains of northern Iraq and regularly
carries out air and ground operations there against the PKK, which has waged an insurgency since
1984. The ministry uses "neutralised" for militants killed, captured or who surrender.
""")
add("duhok-local", "Example Erbil Post", "2026-07-06", "Three shepherds killed in Turkish bombardment near Amedi", "duhok-airstrikes", """
DUHOK - Three shepherds were killed and a fourth wounded when Turkish warplanes bombed pastures
near the village of Sargele in the Kani Masi subdistrict of Amedi district on Monday morning, the
subdistrict's director, Hazim Berwari, said. The men, from two families of the village, were
grazing sheep on the slopes above the village when the jets struck.

"They were shepherds, not fighters. Everyone here knows them," Berwari told the Erbil Post. He said
about 60 sheep were also killed and that fires spread across orchards and forest near the
village. Residents said the bombing lasted about an hour.

The wounded man, 19, was taken to hospital in Duhok. Dozens of villages in the border area of
Amadiya have been emptied since Turkey extended its operations against the PKK. The Kurdistan
Regional Government did not comment immediately.
""")
# Baghdad's summoning of the Turkish charge two days later is a diplomatic reaction to the strike,
# not an act of force of its own; with the toll revised and the funerals, it stays with the strike.
add("duhok-wire", "Example World Wire", "2026-07-08", "Iraq summons Turkish envoy after civilians killed in Duhok strike", "duhok-airstrikes", """
BAGHDAD - Iraq's foreign ministry summoned Turkey's charge d'affaires on Wednesday over a Turkish
air strike in the Duhok province that killed four civilians, among them three shepherds, and
handed him a note of protest, the ministry said.

The toll rose to four on Tuesday when a 19-year-old man wounded in Monday's strike near Sargele, in
the mountains north of Amedi, died in hospital. Funerals were held in the village on Tuesday
evening. Turkey's defence ministry said on Monday it had neutralised 14 PKK militants in the
Metina region and that it took care to avoid civilians.

Kurdish lawmakers in Baghdad called for a parliamentary inquiry, and the governor of Duhok said
compensation would be paid to the families. Iraq's government has called Turkish operations on its
soil a violation of sovereignty, but also banned the PKK in 2024. Turkish officials did not comment
on the summoning.
""")

# --- Abyei: attack on Nyinkuac (Rumamier), Tuesday 14 July ---
# The Twic county commissioner's statement places the fighting "near Aneet" (a market a few km
# away) and says Twic youths repelled an attack; it is the other side's account of the same
# fighting the same day: same incident.
add("abyei-unisfa", "Example UN News", "2026-07-14", "UNISFA condemns attack on Nyinkuac village in Abyei", "abyei-nyinkuac-attack", """
The United Nations Interim Security Force for Abyei (UNISFA) condemned an attack by armed youth on
the village of Nyinkuac in the Rumamier area of Abyei on Tuesday morning, in which at least 13
civilians were killed and 20 wounded, among them women and children. A peacekeeper was injured when
a patrol sent to the village came under fire.

"Attacks on civilians and on peacekeepers are unacceptable and may constitute war crimes," the
head of mission said in a statement. UNISFA said it had deployed additional patrols and was
providing medical care to the wounded at its base in Agok.

The mission urged local authorities in Abyei and in neighbouring Twic county to restrain armed
youth and to resolve the dispute over the area's boundary through dialogue. Fighting between Ngok
and Twic Dinka communities over land and administration has killed hundreds since 2022.
""")
add("abyei-admin", "Example Juba Monitor", "2026-07-15", "Abyei administration says 19 killed in Nyinkuac attack", "abyei-nyinkuac-attack", """
JUBA - The chief administrator of the Abyei Special Administrative Area, Chol Ajak Monyluak, said on
Wednesday that 19 people had been killed in Tuesday's attack on Nyinkuac, including seven women
and four children, and accused armed youth from Twic county of carrying it out.

"They came at dawn, burned 140 houses and drove away cattle," Monyluak told journalists in Abyei
town. He said 2,300 people had fled to Agok and Abyei town, where they were sheltering in schools.

He called on the national government in Juba to disarm the Twic youth and to deploy a neutral
force along the boundary. The Twic county authorities denied that their youth had attacked
civilians. UN peacekeepers said at least 13 people were killed. The Abyei area is claimed by both
Sudan and South Sudan and has been under UN protection since 2011.
""")
add("abyei-twic", "Example Warrap Radio", "2026-07-15", "Twic commissioner: our youth defended themselves near Aneet", "abyei-nyinkuac-attack", """
TURALEI - The commissioner of Twic county, Akuei Mayen Kuol, on Wednesday denied that youth from his
county had attacked civilians in the Abyei area, saying they had repulsed an attack on a cattle
camp near Aneet on Tuesday morning.

"Armed men from Abyei attacked our people near Aneet, and our youth defended themselves. We do not
target women and children," Kuol told the radio. He said four Twic youths were killed and nine
wounded, and that the figures given by the Abyei administration were "exaggerated for political
purposes".

Kuol said Aneet, which lies on the disputed boundary between Twic and Abyei, belonged to Twic and
called on the UN mission to stay neutral. He said a peace conference planned for August should go
ahead. The Abyei administration says 19 civilians were killed in the attack on Nyinkuac.
""")

# --- Fire on the Armenia-Azerbaijan border near Khnatsakh (Syunik), Monday 20 July ---
# Baku's denial places the firing in "the Lachin district" (across the border from Khnatsakh) and
# says Armenia fired first; the same night's firing on the same section told by the other side:
# same incident.
add("syunik-armmod", "Example Yerevan Times", "2026-07-20", "Armenian soldier wounded by Azerbaijani fire in Syunik", "syunik-border-fire", """
YEREVAN - An Armenian contract soldier was wounded on Monday when Azerbaijani units opened fire with
small arms at Armenian combat positions near the village of Khnatsakh in the Syunik province, the
Armenian Defence Ministry said. The soldier, 24, was taken to hospital in Goris with a wound to the
shoulder; his life is not in danger.

"At around 01:40, units of the Armed Forces of Azerbaijan fired at Armenian positions located in
the eastern part of the border. The Armenian side did not return fire," the ministry said. It said
the firing lasted about 15 minutes.

Khnatsakh lies a few kilometres from the border, near the town of Goris. Armenia and Azerbaijan
initialled a peace agreement last year, and both sides had reported no shooting on the border for
months. Armenia's foreign ministry said it would raise the incident with the border commissions.
""")
add("syunik-azmod", "Example Baku News", "2026-07-20", "Azerbaijan denies opening fire, says Armenian units fired at Lachin positions", "syunik-border-fire", """
BAKU - Azerbaijan's Defence Ministry on Monday called "absolutely untrue" a statement by the
Armenian side that Azerbaijani units had opened fire at Armenian positions in the Syunik region.

"On the contrary, at around 01:35, units of the Armed Forces of Armenia, from positions in the
direction of the Khnatsakh settlement, fired with small arms at positions of the Azerbaijan Army
located in the Lachin district," the ministry said. It said Azerbaijani units took "adequate
retaliatory measures" and that there were no losses.

The ministry called on Armenia's leadership to stop "provocations that harm the peace process". It
said such incidents were used by "revanchist forces" in Armenia ahead of elections. A spokeswoman
for the Azerbaijani foreign ministry said the peace agreement should be signed without further
delay.
""")

# --- Israeli drone strike in Tammun (Tubas), Tuesday 28 July ---
# The IDF's "terrorist cell" in "the area of Tubas, northern Samaria" at the same hour is the other
# side's account (same incident). The wire's recap of a January strike in Tammun is background to
# an incident outside the battery; it stays with its lead.
add("tammun-wafa", "Example Ramallah Agency", "2026-07-28", "Five martyrs, including two children, in occupation drone strike on Tammun", "tammun-drone-strike", """
TUBAS - Five citizens, including two children, were martyred and others injured on Tuesday evening
when an occupation drone bombed a group of citizens in the town of Tammun, south of Tubas, medical
sources said. The Palestine Red Crescent said its crews took four wounded to the Turkish
Government Hospital in Tubas, one of them in critical condition.

Local sources said the drone struck a group of young men and children gathered near a shop in the
Al-Khirba neighbourhood after occupation forces stormed the town in the afternoon. The occupation
forces prevented ambulances from reaching the area for more than half an hour, they said.

The occupation forces have intensified their raids on Tubas governorate and its camps, Al-Far'a
and Tammun, since the beginning of the year, demolishing homes and bulldozing streets. The
Palestinian presidency condemned the "massacre" and called for international protection.
""")
add("tammun-wire", "Example World Wire", "2026-07-29", "Six killed in Israeli drone strike in West Bank; Israel says it hit militants", "tammun-drone-strike", """
JERUSALEM - The toll from an Israeli drone strike on the West Bank town of Tammun rose to six on
Wednesday after a wounded teenager died, the Palestinian health ministry said, as thousands
attended the funerals of the dead.

The Israeli military said it had struck "a terrorist cell that hurled explosive devices at forces"
operating in the area of Tubas in northern Samaria on Tuesday, and that it was aware of reports of
uninvolved people being hurt. It did not say how many militants had been killed. Palestinian
officials said two of the dead were boys aged 13 and 15.

In January, an Israeli air strike on a house in Tammun killed three people the military described
as militants of the Islamic Jihad. Israel has used drones and aircraft in the northern West Bank
increasingly since 2024, in operations it says target armed groups in towns and camps around
Jenin, Tulkarm and Tubas. The United Nations says civilians make up a large share of the dead.
""")

# --- El Alto (Senkata) and Cochabamba, Tuesday 4 August: fuel-shortage protests in two cities the
# same day, about 230 km apart. Two incidents. ---
# The El Alto wire names Cochabamba in one sentence; its lead is El Alto: stays with El Alto.
add("elalto-wire", "Example Andes Wire", "2026-08-04", "Two dead as police clear fuel blockade in El Alto", "elalto-fuel-protest", """
LA PAZ - Two people were killed and at least 27 injured on Tuesday when police and soldiers
cleared a blockade set up by protesters outside the Senkata fuel plant in El Alto, the city above
La Paz, residents and health officials said. Protesters demanding an end to fuel shortages had
blocked the road to the plant for three days, cutting the supply of petrol and diesel to the
capital.

Witnesses said police fired tear gas and that shots were heard as armoured vehicles escorted
tanker trucks out of the plant. A man of 34 and a youth of 19 died of gunshot wounds, the head of
the Holy Family hospital in District 8 said.

Transport unions also marched in Cochabamba on Tuesday. Government minister Jorge Villca said the
operation was needed "to guarantee the supply of fuel to the population" and blamed "violent
groups" for the clashes. Queues of several hundred metres formed at petrol stations in La Paz
during the blockade.
""")
# The ombudsman's statement in a wire's reported speech, and a translation-like English rendering
# of the same statement (the battery's duplicate pair, same_statement). Both El Alto; the wire adds
# the government's denial of firearms.
add("elalto-ombud-wire", "Example Andes Wire", "2026-08-05", "Bolivia's ombudsman says Senkata victims were shot, government denies firearms", "elalto-fuel-protest", """
LA PAZ - Bolivia's ombudsman, Pedro Callisaya, said on Wednesday that the two men killed in
Tuesday's clashes at the Senkata plant in El Alto died of bullet wounds and called on the
prosecutor's office to investigate who fired. He said his staff had counted 31 injured, among
them six police officers, and 18 people detained.

Callisaya said the use of firearms to disperse a protest could never be justified and asked the
government to withdraw the armed forces from the operation. He said his office had asked for the
detainees to be given access to lawyers.

Government minister Jorge Villca said police had not carried firearms during the operation and
that the shots were fired by "infiltrated groups" among the protesters. He said 11 police officers
were injured. Fuel deliveries to La Paz resumed overnight, the state oil company said.
""")
add("elalto-ombud-tr", "Example El Alto Voice (English edition)", "2026-08-05", "Pronouncement of the Ombudsman's Office on the events of Senkata", "elalto-fuel-protest", """
The Ombudsman's Office of the Plurinational State of Bolivia, before the events which occurred on
Tuesday 4 August in the zone of the Senkata plant of the city of El Alto, informs the public
opinion:

First. Two persons lost their lives as a consequence of wounds by firearm projectile, according to
the verification carried out by our personnel in the health centres of District 8. Our office has
registered thirty-one (31) injured persons, among them six (6) police officers, and eighteen (18)
detained persons.

Second. The use of firearms for the dispersion of a social protest is under no circumstance
justified. We exhort the Public Ministry to initiate the investigation in order to establish who
made the shots, and we request the Executive to withdraw the Armed Forces from the operation.

Third. We demand that the detained persons have access to their defence.

El Alto, 5 August. Pedro Callisaya, Ombudsman.
""", duplicate_of="elalto-ombud-wire", duplicate_kind="same_statement")
# Funerals two days later and a third death: follow-ups; the government's repeated denial of
# firearms is in it too.
add("elalto-funerals", "Example El Alto Voice (English edition)", "2026-08-06", "Senkata buries its dead; toll rises to three", "elalto-fuel-protest", """
EL ALTO - Thousands of residents of District 8 followed the coffins of the two men killed in
Tuesday's clashes at the Senkata fuel plant to the cemetery on Thursday, chanting against the
government. A third victim, a 46-year-old woman hit in the chest, died in hospital on Wednesday
night, the health service said.

Neighbourhood councils of El Alto declared a day of mourning and said they would resume the
blockade next week if the government did not guarantee fuel deliveries and punish those
responsible. "They sent soldiers with rifles against people asking for diesel," said a member of
the Senkata council.

The government repeated on Thursday that police carried no firearms. Prosecutors said autopsies
confirmed the three had died of gunshot wounds and that the bullets would be examined. The
ombudsman has called for the armed forces to be withdrawn from fuel plants.
""")
# Cochabamba: the same day's march in another city; the report recalls El Alto in one sentence.
add("cbba-local", "Example Cochabamba Tribune", "2026-08-04", "Transport unions march in Cochabamba over diesel shortage", "cochabamba-march", """
COCHABAMBA - Thousands of truck and minibus drivers marched through the centre of Cochabamba on
Tuesday to demand a regular supply of diesel, blocking the Heroínas avenue and the road to
Quillacollo for several hours. Police detained 14 people after protesters threw stones at the
offices of the state oil company; no serious injuries were reported.

"We spend two days in the queue to fill our tanks. We cannot work like this," said the leader of
the department's transport federation, Rubén Arce. The unions gave the government until Friday to
answer their demands.

Shops in the centre closed their shutters as the march passed. The departmental governor called
for dialogue. In El Alto, police cleared a blockade of the Senkata fuel plant on the same day.
""")
add("cbba-wire", "Example Andes Wire", "2026-08-05", "Cochabamba drivers threaten indefinite strike after march", "cochabamba-march", """
LA PAZ - Transport unions in Cochabamba threatened on Wednesday to start an indefinite strike next
week after Tuesday's march through the city, in which 14 people were detained, failed to win a
meeting with the energy minister.

The drivers say they wait up to 48 hours for diesel at petrol stations in the department. The
government says imports of fuel have been delayed by a shortage of dollars and that deliveries
would return to normal within two weeks.

The 14 detainees were released on Wednesday morning after a hearing, a union lawyer said. Rubén
Arce, leader of the departmental transport federation, said the march had been peaceful and blamed
"a few provocateurs" for the stones thrown at the oil company's building.

The protests in Cochabamba were separate from those in El Alto, where two people were killed on
Tuesday when security forces cleared a blockade of a fuel plant.
""")

# --- Chad expels Sudanese diplomats (Monday 10 August); Sudan's counter-expulsion (Thursday 13
# August). An act and its answer are two incidents. Port Sudan's "reserves the right to respond"
# the day after the expulsion is a reaction to it and stays with it; N'Djamena's "unjustified"
# after the counter-expulsion stays with the counter-expulsion. ---
add("chad-expels-local", "Example N'Djamena Daily", "2026-08-10", "Chad expels four Sudanese diplomats over 'hostile statements'", "chad-expels-sudanese", """
N'DJAMENA - Chad on Monday declared four Sudanese diplomats, among them the charge d'affaires,
persona non grata and gave them 72 hours to leave the country, the foreign ministry said. The
ministry cited "repeated hostile statements" by Sudanese officials who accuse Chad of letting
weapons for the Rapid Support Forces pass through its territory.

"Chad will not accept insults against its sovereignty and its institutions," Foreign Minister
Mahamat Abakar Saleh said in a statement read on national television. He said Chad had remained
neutral in the war in Sudan and had received more than a million refugees.

The decision follows a speech last week in which a senior Sudanese general threatened that
"airports in neighbouring countries used to supply the militia are legitimate targets". Chad
recalled its ambassador from Port Sudan in March.
""")
add("chad-expels-wire", "Example World Wire", "2026-08-11", "Sudan says it reserves right to respond after Chad expels diplomats", "chad-expels-sudanese", """
PORT SUDAN - Sudan's foreign ministry said on Tuesday that it "reserves the right to respond
appropriately" to Chad's decision to expel four of its diplomats, including its charge
d'affaires in Ndjamena, and accused Chad of "open involvement" in the war on the side of the
Rapid Support Forces.

The ministry, which operates from Port Sudan since the army lost Khartoum in 2023, said Chad was
"punishing the messenger" instead of stopping the flow of arms across its eastern border. It gave
no details of any measures.

The diplomats were given 72 hours to leave Chad on Monday. Chad hosts more than a million Sudanese
refugees in camps along the border, most of them from Darfur, and denies arming the RSF. The
United Nations has said weapons reached the RSF through several neighbouring countries.
""")
add("sudan-expels-wire", "Example World Wire", "2026-08-13", "Sudan expels Chadian ambassador in tit-for-tat move", "sudan-expels-chadian", """
PORT SUDAN - Sudan on Thursday ordered Chad's ambassador and defence attache to leave the country
within 72 hours, three days after Chad expelled four Sudanese diplomats, the foreign ministry
said.

"The measure comes in response to the hostile decision of the Chadian authorities and their
continuing support for the terrorist militia," the ministry said in a statement. It also said it
would suspend the work of a joint border commission.

On Monday, Chad declared the Sudanese charge d'affaires and three other diplomats persona non
grata, citing "hostile statements" by Sudanese officials. Sudan's army accuses Chad of letting
weapons for the Rapid Support Forces through its airport at Amdjarass; Chad denies it. The two
countries share a border of about 1,400 km, much of it with Darfur.
""")
add("sudan-expels-chad-reply", "Example N'Djamena Daily", "2026-08-14", "Chad calls Sudan's expulsion of ambassador 'unjustified'", "sudan-expels-chadian", """
N'DJAMENA - Chad's government on Friday called Sudan's decision to expel its ambassador and
defence attache "unjustified and regrettable" and said the two diplomats had returned home.

"Chad has always kept its door open to our Sudanese brothers. This decision will not change our
position of neutrality," government spokesman Abdelkerim Haroun said. He said the border would
stay open for refugees and humanitarian convoys.

The ambassador, Brahim Adoum Idriss, arrived at N'Djamena airport on Friday morning. The expulsion,
ordered by the authorities in Port Sudan on Thursday, answered Chad's expulsion of four Sudanese
diplomats earlier in the week. Aid agencies said they were worried the row could slow convoys
crossing into Darfur at Adre, the main route for food aid.
""")

# --- ICRC-facilitated handover of detainees between the AFC/M23 and Kinshasa, Tuesday 18 August ---
# Three parties, three figures (87, 104, "a swap of 117"): one handover under one arrangement.
add("goma-icrc", "Example Geneva Humanitarian News", "2026-08-18", "ICRC facilitates release and transfer of 87 detainees in eastern DRC", "goma-detainee-handover", """
GENEVA - The International Committee of the Red Cross said on Tuesday it had acted as a neutral
intermediary in the release of 87 detained members of the Congolese armed forces and police held
in Goma, and in their transfer to the authorities in Kinshasa.

"Our teams spoke in private with each of the released persons to make sure that they wished to
return," the head of the ICRC delegation in Kinshasa said. The 87 were flown in two ICRC-chartered
aircraft from a regional airport to Kinshasa, where they were handed over to the government. Some
had been detained for more than a year.

The ICRC said it had also facilitated the release of detained persons by the Congolese government,
without giving a figure. The operation follows an agreement between the parties on the exchange of
prisoners reached at talks in Doha in July.
""")
# Kinshasa's release of 30 rebel detainees the same day is the other half of the same arrangement
# (an exchange), not an answer to an earlier act: same incident.
add("goma-kinshasa", "Example Kinshasa Tribune", "2026-08-18", "Kinshasa welcomes freed soldiers, releases M23 detainees", "goma-detainee-handover", """
KINSHASA - Eighty-seven soldiers and police officers held by the AFC/M23 rebels arrived in Kinshasa
on Tuesday, where they were received by the deputy prime minister for defence, the government
said. In return, the government released 30 members of the AFC/M23 from Ndolo military prison, it
said, "as part of the confidence-building measures agreed in Doha".

Government spokesman Jean-Pierre Lukusa said the freed soldiers would receive medical care
and rejoin their units. "The Republic does not abandon its children," he said.

Families gathered at the airport in the afternoon. Some of the freed soldiers were captured when
the rebels took Goma in early 2025. The government said the handover had been carried out under
the supervision of the International Committee of the Red Cross and Qatar.
""")
add("goma-m23", "Example Great Lakes Wire", "2026-08-19", "M23 says it freed 104 'prisoners of war' in swap of 117", "goma-detainee-handover", """
GOMA - The AFC/M23 rebel alliance said on Wednesday it had released 104 "prisoners of war" captured
in fighting with the Congolese army and its allies, handed over through the Red Cross on Tuesday,
and that 13 of its members had been freed by Kinshasa in return.

"This gesture shows our commitment to the Doha process. Kinshasa has freed only 13 of our
comrades, while hundreds remain in its jails," AFC/M23 spokesman Innocent Bizimana said on X. He
said the 104 included members of the Wazalendo militias and of the Burundian army, which has
fought alongside Congolese forces.

The Red Cross said on Tuesday that 87 Congolese soldiers and police officers were flown to
Kinshasa; the government says it freed 30 rebel detainees. The figures could not be reconciled.
Further exchanges are planned under the agreement reached in Qatar in July.
""")

# --- JNIM ambush on a fuel convoy near Kolondiéba (Sikasso), Tuesday 25 August, and a JNIM attack
# on the Diboli border post (Kayes) on Saturday 29 August. One group, one week, about 700 km
# apart: two incidents. ---
# JNIM's claim ("38 tankers", "15 soldiers", "between Kadiana and Kolondieba") is the other side's
# account of the same ambush: same incident.
add("kolondieba-fama", "Example Bamako Journal", "2026-08-25", "FAMa repel terrorist attack on fuel convoy near Kolondiéba", "kolondieba-convoy-ambush", """
BAMAKO - The Malian Armed Forces (FAMa) repelled an attack by armed terrorist groups on a convoy of
fuel tankers escorted by the army near Kolondiéba, in the Sikasso region, on Tuesday morning, the
army general staff said in a communique.

"The vigorous reaction of the FAMa made it possible to neutralise about a dozen terrorists and to
recover weapons and motorcycles," the communique said. It put the army's losses at three soldiers
killed and five wounded and said "some vehicles" of the convoy had been burned.

The convoy of about a hundred tankers was travelling from Côte d'Ivoire towards Bamako. The general
staff said air support had been sent and that searches were continuing in the area. Since last
year, the jihadist group JNIM has attacked fuel convoys on the roads from Senegal, Guinea and Côte
d'Ivoire in what it calls a blockade of the capital, causing shortages in Bamako.
""")
add("kolondieba-jnim", "Example Sahel Monitor", "2026-08-26", "JNIM claims destruction of 38 fuel tankers in southern Mali", "kolondieba-convoy-ambush", """
The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed on Wednesday that its
fighters had destroyed 38 fuel tankers and killed 15 soldiers in an attack on a military convoy
"between Kadiana and Kolondieba" the previous day, according to a statement circulated on its
channels and translated by the monitor.

The statement said the fighters seized two armoured vehicles, a machine gun and "a large quantity"
of ammunition, and published photographs of burning tankers on a laterite road. It warned drivers
and transport companies again not to carry fuel to "the junta".

The army said on Tuesday that three soldiers were killed and about a dozen attackers neutralised.
The figures could not be verified. Kadiana lies about 30 km north of Kolondiéba on the road to
Bougouni, which links Bamako to the Ivorian border.
""")
# The drivers' union's count two days later (seven drivers, two apprentices) is a follow-up: same
# incident.
add("kolondieba-drivers", "Example West Africa Wire", "2026-08-27", "Seven truck drivers killed in Mali convoy ambush, union says", "kolondieba-convoy-ambush", """
BAMAKO - Seven truck drivers and two apprentices were killed in Tuesday's attack on a fuel convoy in
southern Mali, and 11 drivers are missing, Mali's union of transport drivers said on Thursday,
calling a two-day halt on fuel deliveries in protest.

"Our drivers are sent onto these roads without protection, and they die for a few litres of
diesel," the union's secretary general, Souleymane Keita, said. The union said at least 30 tankers
had burned near Kolondiéba, in the Sikasso region.

The army has said three soldiers were killed. JNIM claimed to have destroyed 38 tankers. Petrol
stations in Bamako began rationing sales again on Thursday, and the price of fuel on the black
market doubled, residents said. The government said a new convoy would leave the Ivorian border
under a reinforced escort next week.
""")
# A round-up: the weekly Sahel security digest of Sunday 30 August. Three paragraphs on Kolondiéba,
# one on Diboli: labelled with its main incident, Kolondiéba.
add("sahel-digest", "Example Sahel Security Brief", "2026-08-30", "Sahel weekly: fuel blockade bites as JNIM hits convoy near Kolondiéba", "kolondieba-convoy-ambush", """
MALI. The week was dominated by JNIM's ambush on a fuel convoy near Kolondiéba (Sikasso region) on
25 August, the deadliest attack on the fuel supply of Bamako since the blockade began. Our count,
from the army, the drivers' union and local sources, is three soldiers, nine drivers and
apprentices killed, at least 30 tankers burned and 11 drivers missing.

The attack took place on the Bougouni-Kolondiéba road, which convoys from Côte d'Ivoire had used
to avoid the western corridor. It suggests that JNIM units have moved further south than the army
had assumed, into a zone where the group was little active until this year.

The drivers' union halted deliveries for two days. Fuel queues returned in Bamako and Ségou by the
end of the week.

In the west, JNIM fighters attacked the customs and gendarmerie post at Diboli, on the border with
Senegal, on 29 August, killing two gendarmes. Outlook: we expect further attacks on both corridors
before the rainy season ends.
""")
# The Diboli wire recalls Kolondieba in its last paragraph (recap); its lead is Diboli: stays with
# Diboli. The Senegalese paper reports from Kidira across the bridge; same attack.
add("diboli-wire", "Example West Africa Wire", "2026-08-29", "Jihadists attack Mali-Senegal border post at Diboli", "diboli-border-attack", """
BAMAKO - Jihadist fighters attacked the customs and gendarmerie post at Diboli, on Mali's border
with Senegal, on Saturday morning, killing two gendarmes and a customs officer and burning several
trucks, security sources and a local official said.

The attackers arrived on motorcycles at dawn and fought the gendarmes for about an hour before
withdrawing, a municipal councillor in Diboli said. The army said reinforcements had been sent from
Kayes. JNIM claimed the attack in the afternoon.

Diboli, in the Kayes region, is the last Malian town on the main road from the port of Dakar, the
route for most of Mali's imports. It is the second JNIM attack on a supply route in four days:
on Tuesday, the group ambushed a fuel convoy near Kolondiéba in the south, killing soldiers and
drivers and burning dozens of tankers.
""")
add("diboli-senegal", "Example Dakar Observer", "2026-08-30", "Kidira on alert after attack across the border in Diboli", "diboli-border-attack", """
KIDIRA - Senegal reinforced its troops at Kidira on Sunday, a day after jihadists attacked the
Malian border post at Diboli on the other side of the Falémé river bridge, and hundreds of trucks
were stuck on the Senegalese side as Mali closed the crossing.

"We heard the shooting from here for an hour on Saturday morning. Everyone stayed inside," a hotel
owner in Kidira said. Truck drivers said the Malian side had not let any vehicle across since the
attack, in which, according to Malian sources, three members of the security forces were killed.

Senegal's army said it had increased patrols along the border in the Tambacounda region and that
there was no threat to Senegalese territory. About 1,500 trucks a day use the Dakar-Bamako corridor
in normal times, transporters said.
""")

# --- Police operation in the Maré favelas, Rio de Janeiro, Thursday 3 September ---
add("mare-police", "Example Rio Wire", "2026-09-03", "Rio police operation in Maré leaves eight suspects dead", "mare-police-operation", """
RIO DE JANEIRO - Eight suspected drug traffickers were killed in a police operation in the Complexo
da Maré in Rio de Janeiro's North Zone on Thursday, the state Military Police said. Officers seized
seven rifles, three pistols and a large quantity of drugs, and two police officers were wounded.

The operation, with about 400 officers and armoured vehicles, aimed to arrest leaders of a drug
faction accused of ordering attacks on police bases, the police said. "Our officers were received
with heavy gunfire," a police spokesman said.

Shootouts closed 46 schools and seven health centres in the Maré, and the Linha Vermelha and Avenida
Brasil expressways were briefly blocked. Residents posted videos of helicopters firing over the
Nova Holanda and Parque União communities.
""")
# Residents' 11 and the governor's 12 against the police's eight: the same operation, a toll
# revised and disputed; follow-ups stay with it.
add("mare-ngo", "Example Rio Daily", "2026-09-04", "Residents count 11 dead in Maré, including a student", "mare-police-operation", """
RIO DE JANEIRO - Eleven people were killed during Thursday's police operation in the Maré, not eight
as the police said, according to a count by residents' associations and a local rights group,
which said the dead included a 17-year-old student shot on his way home from school in Nova
Holanda.

"He had his backpack on. He was not a trafficker," his mother said at the Bonsucesso morgue on
Friday. The group said several bodies had been carried out of the communities by police before
relatives could see them, and asked the public prosecutor to investigate.

The state's public defender's office said it had received reports of homes invaded without
warrants. The Military Police said all those killed had confronted officers. Schools in the Maré
reopened on Friday.
""")
add("mare-governor", "Example Rio Wire", "2026-09-05", "Rio governor orders inquiry into student's death in Maré raid", "mare-police-operation", """
RIO DE JANEIRO - Rio de Janeiro state's governor on Saturday ordered an inquiry into the death of a
17-year-old student during Thursday's police operation in the Maré favela complex, after the toll
rose to 12 with the death in hospital of a man shot in the abdomen.

The governor said the police had acted "within the law" but that the student's death "must be
clarified". The boy was buried on Saturday in the Caju cemetery, and hundreds of residents marched
along Avenida Brasil with his school uniform.

The public prosecutor's office said it had opened its own investigation into the operation, in
which police say they killed eight traffickers who fired on them. Police operations in Rio's
favelas are restricted by a 2020 Supreme Court ruling that limits raids near schools and health
centres.
""")

# --- Motorcycle bomb in Sungai Kolok (Narathiwat), Friday 11 September ---
# The Malaysian paper calls the town "Golok" and reports from Rantau Panjang across the river;
# same bomb: same incident.
add("kolok-thai", "Example Bangkok Daily", "2026-09-11", "Motorcycle bomb kills two near Sungai Kolok market", "sungaikolok-bomb", """
NARATHIWAT - A bomb hidden in a parked motorcycle exploded near the fresh market in Sungai Kolok
district of Narathiwat on Friday evening, killing two people and wounding nine, police said. The
dead were a fruit vendor and a Malaysian visitor.

The bomb went off at about 6.15 p.m. as vendors were closing their stalls, police colonel Somchai
Rattanaporn said. Forensic officers found parts of a mobile phone used as a detonator. Police
suspect insurgents of the Barisan Revolusi Nasional, who are active in the district.

Sungai Kolok lies on the border with Malaysia's Kelantan state and is popular with Malaysian
tourists. Security was tightened at the border checkpoint after the blast. More than 7,000 people
have been killed in the insurgency in Thailand's southern provinces since 2004.
""")
add("kolok-malaysia", "Example Kelantan Star", "2026-09-12", "Malaysian woman among three dead in Golok blast", "sungaikolok-bomb", """
RANTAU PANJANG - A Malaysian woman from Pasir Mas was among three people killed in a bomb blast in
the Thai border town of Golok on Friday evening, Kelantan police said on Saturday. A third victim
died in hospital overnight, Thai authorities told their Malaysian counterparts.

The woman, 52, had crossed the border from Rantau Panjang to shop at the market, her family said.
Her body was brought back across the border on Saturday morning for burial.

Kelantan police said security at the Rantau Panjang immigration complex had been stepped up and
advised Malaysians to avoid non-essential trips to southern Thailand for the next few days. The
blast, from a bomb planted on a motorcycle, also injured eight people, among them two Malaysians.
Thai police blame separatist insurgents in the southern provinces.
""")

# --- al-Shabaab attack on the police camp at Elwak (Mandera South), Monday 14 September ---
# The al-Shabaab claim ("El Wak", "11 Kenyan soldiers") is reported with the county commissioner's
# rejection of it; the same attack: same incident.
add("elwak-police", "Example Nairobi Standard", "2026-09-14", "Four police officers killed in attack on Elwak camp", "elwak-camp-attack", """
MANDERA - Four police officers were killed and six wounded when suspected al-Shabaab militants
attacked a police camp in Elwak, in Mandera South sub-county, before dawn on Monday, police said.
The attackers fired rocket-propelled grenades at the camp and exchanged fire with officers for
about 40 minutes before retreating towards the Somali border.

"Our officers repulsed the attack and the militants fled with casualties," the regional police
commander, Samuel Kiprono, said. Two police vehicles were burned. The wounded were airlifted to
Nairobi.

Elwak lies on the border with Somalia's Gedo region. Al-Shabaab has carried out frequent attacks on
security forces and communication masts in Mandera, Wajir, Garissa and Lamu counties. Residents
said schools in the town would stay closed for the rest of the week, and police said a curfew
would be imposed between the town and the border from 6 p.m.
""")
add("elwak-claim", "Example Horn Radio", "2026-09-15", "Al-Shabaab claims El Wak attack; Kenya rejects its figures", "elwak-camp-attack", """
MOGADISHU - Al-Shabaab said on Tuesday that its fighters killed 11 Kenyan soldiers in Monday's
attack on a military base in El Wak and seized weapons, according to a statement on a website
linked to the group.

Mandera's county commissioner, Onesmus Kyatha, rejected the claim as "propaganda", saying four
police officers were killed and that the camp belonged to the police, not the army. "The militants
suffered heavy losses and were pursued across the border," he said.

Residents of El Wak, a town split by the border, said the fighting woke them before dawn and that
shops stayed closed on Monday. The four officers' bodies were flown to Nairobi on Tuesday. Kenya
keeps troops in Somalia as part of the African Union mission.
""")

# --- Ordinary news: train collision near Tahta (Sohag), Saturday 19 September ---
add("tahta-wire", "Example Cairo Wire", "2026-09-19", "Nine killed as passenger train hits freight train in Egypt's Sohag", "tahta-train-collision", """
CAIRO - Nine people were killed and 41 injured when a passenger train ran into the back of a
stationary freight train near Tahta in the Sohag governorate of Upper Egypt on Saturday, the health
ministry said. Two carriages of the passenger train overturned.

The passenger train was travelling from Aswan to Cairo. The Egyptian National Railways said an
initial inquiry suggested a signal fault, and the public prosecutor ordered the detention of the
driver and two signal operators for questioning.

Ambulances took the injured to hospitals in Tahta and Sohag. Egypt's rail network, one of the
oldest in Africa, has had several deadly accidents in recent years despite an investment programme.
Television pictures showed rescuers cutting through the roof of an overturned carriage as villagers
brought water and blankets to passengers sitting beside the track.
""")
add("tahta-local", "Example Upper Egypt News", "2026-09-20", "Tahta train crash toll rises to 12; families wait at hospital", "tahta-train-collision", """
SOHAG - The death toll from Saturday's train collision near Tahta rose to 12 on Sunday after three
of the injured died in Sohag University Hospital, the governorate said. Twenty-two people remain in
hospital, four in intensive care.

Relatives waited outside the hospital through the night for news. "My brother was going to Cairo to
start a new job," said a man from Girga. The governor visited the injured and announced
compensation of 100,000 pounds for the families of each of the dead.

Rail traffic between Sohag and Assiut resumed on a single line on Sunday morning after cranes lifted
the overturned carriages. Residents of the nearby village said the crossing signals had failed
several times in the past month.
""")
# The minister's finding three days later (human error, two operators referred to trial): a
# follow-up of the crash, not an incident of its own.
add("tahta-minister", "Example Cairo Wire", "2026-09-22", "Egypt's transport minister blames human error for Sohag crash", "tahta-train-collision", """
CAIRO - Egypt's transport minister said on Tuesday that human error, not a technical fault, caused
Saturday's train crash near Tahta in Sohag that killed 12 people, and that two signal operators had
been referred to trial.

The minister told parliament's transport committee that the operators had set the signal to green
although the freight train was still on the section. He said the passenger train's driver had
braked but could not stop in time.

Lawmakers from Sohag criticised the slow pace of the signalling upgrade in Upper Egypt. The
minister said the section between Assiut and Sohag would be equipped with the new electronic
system by the end of next year. The railway authority said the injured would receive free
treatment.
""")

# --- Singletons ---
add("laos-uxo", "Example Vientiane Times", "2026-09-24", "Cluster bomblet kills two farmers in Xieng Khouang", "single-laos-uxo", """
XIENG KHOUANG - Two farmers were killed and a third injured when a cluster bomblet left from the
Indochina war exploded as they were burning stubble on a field in Phaxay district of Xieng Khouang
province on Thursday, district officials said.

The men, aged 41 and 45, had been clearing the field for the next planting. The injured man, a
neighbour, was taken to the provincial hospital in Phonsavan. A clearance team of the national
unexploded ordnance programme will survey the field on Friday.

Laos is the most heavily bombed country per capita in the world. Millions of cluster submunitions
dropped between 1964 and 1973 did not explode, and they still kill and injure dozens of people each
year, many of them farmers and children. Clearance teams destroy tens of thousands of items a year,
but large areas of farmland remain contaminated.
""")
add("kz-wheat", "Example Grain Markets", "2026-10-01", "Kazakhstan sets wheat export quota for new season", "single-kz-wheat-quota", """
Kazakhstan's agriculture ministry on Thursday set a wheat export quota of 7.5 million tonnes for the
season to the end of June, up from 6 million a year earlier, after a harvest it estimates at 17.2
million tonnes of grain.

The ministry said the quota would ensure domestic supplies of milling wheat while allowing exporters
to take advantage of demand in Central Asia, Afghanistan and Iran. Traders said the larger quota
could weigh on prices of Russian wheat in the region.

Farmers' associations had asked for the quota to be scrapped, saying storage was short after the
large harvest. The ministry said it would review the quota in January. Kazakhstan is one of the
world's ten largest wheat exporters, and a large share of its shipments goes by rail to its
southern neighbours.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
