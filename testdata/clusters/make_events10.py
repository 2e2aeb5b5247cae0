"""Writes events10.jsonl: the tenth battery of invented reports (session 18,
lane events10; `parallax eval incidents --data
testdata/clusters/events10.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2. Only the lead runs it; no rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
51 reports of 20 incidents (18 of two to four reports, 2 singletons; 45 gold
pairs; one duplicate pair), mostly conflict news in places and kinds
events..events9 do not use: naval drones and missiles on Sevastopol on a
Monday and again on a Wednesday; a drone on the Khor Mor gas field and, the
same night, a drone downed near Erbil airport; an Iranian strike near
Panjgur and Pakistan's retaliatory strikes near Saravan two days later;
Somalia's expulsion of Ethiopia's ambassador and Ethiopia's counter-
expulsion; armed clashes in Abu Salim (Tripoli) on a Monday and again on a
Thursday; shelling of Nasir (Upper Nile); an ambush on soldiers in
Maguindanao del Sur and a bombing by the same group four days later; an
exchange of fire at the Islam Qala / Dogharoun crossing between Afghan and
Iranian border guards; protests met with live fire in Juliaca and a march in
Lima the same day; an Armenia-Azerbaijan detainee exchange; ordinary news: a
tanker and a container ship colliding off the Humber; singletons (a roadside
bomb in Cameroon's Far North, Norges Bank's rate decision).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "two
  uncrewed boats destroyed" against "a landing ship hit"; two children
  killed against "terrorists of Jaish al-Zolm"; nine "non-Iranian
  nationals" killed against "terrorist hideouts"; "targeting White Army
  militia positions" against a hospital hit; three, then five dead in
  Juliaca; four Armenian and two Azerbaijani detainees against "six men";
- place names differ by side, language and granularity: Pivdenna /
  Yuzhnaya Bay, Sevastopol / "the city of federal significance"; Khor Mor
  / Chamchamal / the Qadir Karam sub-district / Sulaimani province;
  Panjgur / Panjgoor / "Kuh-e Sabz"; Saravan / Sarawan / "Sistan and
  Baluchestan"; Mogadishu / Muqdisho; Abu Salim / Abusleem / "southern
  Tripoli"; Nasir / Nassir / "Longechuk" / "the Sobat corridor"; Datu
  Hoffer Ampatuan / "the SPMS box" / Maguindanao del Sur; Islam Qala /
  Eslam Qaleh, Dogharoun / Dowqarun, Herat / Khorasan Razavi; Juliaca /
  San Roman / Puno / the Inca Manco Capac airport; the Gazakh / Tavush
  section of the border, Ijevan; the Humber / Spurn Point / "off Grimsby";
- follow-ups one to four days later (tolls rising, funerals in Panjgur and
  Juliaca, a search called off, a hospital evacuated), denials (the SSPDF
  on civilians, Iran on civilian victims, the Taliban blaming Iranian
  guards, Tehran on the Saravan victims), one ombudsman's statement in a
  wire's English and a translation-like English rendering (marked
  same_statement);
- hard negatives, each its own incident: Sevastopol attacked on Monday and
  on Wednesday; Abu Salim fought over on Monday and on Thursday by the
  same two forces; Khor Mor and Erbil the same night; Juliaca and Lima the
  same day; Panjgur and the Saravan retaliation; the expulsion and the
  counter-expulsion; an ambush and a bombing by Dawlah Islamiyah in one
  week; recap paragraphs that tell the older incident again; two round-ups
  (the Russian MoD's night summary, a Mindanao weekly security digest)
  labelled with their main incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events10.py > testdata/clusters/events10.jsonl
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

# --- Sevastopol: Ukrainian naval drones and missiles in the early hours of Monday 16 March, and a
# --- second attack on the city on Wednesday 18 March (same sides, same city, two days apart: two
# --- incidents) -----------------------------------------------------------------------------
add("sev-ua-navy", "Example Kyiv Daily", "2026-03-16", "Ukrainian Navy says landing ship hit in Sevastopol", "sevastopol-mon", """
KYIV - Ukraine's navy said on Monday that its forces had struck a Russian large landing ship
moored in Sevastopol in occupied Crimea in a combined attack with sea drones and Neptune
missiles overnight. Navy spokesman Oleksandr Hrytsenko said the ship, which he named as the
Yamal, had been hit at its berth in Pivdenna Bay at about 03:40 and that "a fire was recorded on
board". He said the ship had been used to ferry ammunition across the Black Sea. "The Russian
fleet has no safe harbour in Crimea," he told national television. Residents posted videos of
explosions and tracer fire over the bay, and of a column of smoke rising over the southern part
of the city at dawn. The navy did not say how many drones or missiles were used. Ukraine's
military intelligence agency said separately that an air defence radar near the Khersones
lighthouse had also been damaged. There was no independent confirmation of the damage; Russia's
Black Sea Fleet has moved most of its larger ships to Novorossiysk since 2024.
""")
add("sev-governor", "Example Russian State Agency", "2026-03-16", "Korolyov: attack on Sevastopol repelled, one civilian injured", "sevastopol-mon", """
SEVASTOPOL, March 16 - Air defence forces and the Black Sea Fleet repelled an attack on
Sevastopol overnight, the governor of the city, Andrei Korolyov, said on Monday. "Two uncrewed
boats were destroyed in the area of the Yuzhnaya Bay and several air targets were shot down over
the city," Korolyov wrote on his Telegram channel. Falling debris damaged the roofs of two
private houses on Korabelnaya side and broke windows in a school, he said; one man, aged 58, was
taken to hospital with shrapnel wounds. Ferry traffic across the bay was suspended until 09:00
and the boats resumed their normal schedule in the morning. "There was no damage to important
infrastructure. The situation in the city is calm," the governor said. He called on residents
not to publish videos of the work of air defence. Classes at the damaged school were cancelled
for the day. Sevastopol, a city of federal significance in Russian law, was annexed by Russia
together with the rest of Crimea in 2014.
""")
# A round-up: the Russian MoD's night summary names drones over several regions. Its lead and
# most of its text are the Crimea/Black Sea interceptions of the Sevastopol attack, so it is
# labelled with sevastopol-mon; the other regions' drones are told by no other report.
add("sev-mod-summary", "Example Moscow Wire", "2026-03-16", "Russian air defences down 41 Ukrainian drones overnight, ministry says", "sevastopol-mon", """
MOSCOW, March 16 - Russian air defence systems destroyed 41 Ukrainian fixed-wing drones and four
uncrewed boats overnight, the Russian Defence Ministry said on Monday. Twenty-two of the drones
were intercepted over the Republic of Crimea and the Black Sea, and the four uncrewed boats were
destroyed by the Black Sea Fleet on approach to the main naval base, the ministry said in its
morning summary, adding that three Neptune-MD cruise missiles had also been shot down over the
peninsula. It did not mention any damage to ships.

Eleven more drones were downed over the Belgorod region, five over the Kursk region and three
over the Bryansk region, the ministry said. Governors in those regions reported no casualties.

Ukraine's navy claimed earlier that a landing ship had been hit in the attack on the Crimean
port. The ministry's figures could not be independently verified; Moscow does not disclose its
own losses.
""")

# Wednesday's attack. Both reports recall Monday's attack (a recap sentence or paragraph); they
# are the second attack, not a follow-up of the first.
add("sev-wed-wire", "Example Europe Wire", "2026-03-18", "Sevastopol hit again as drones target fuel depot", "sevastopol-wed", """
KYIV, March 18 - Ukrainian drones attacked Sevastopol again before dawn on Wednesday, setting
fire to a fuel tank at a storage depot near the Inkerman district, according to
Russian-installed officials and local Telegram channels, two days after Ukraine said it had hit
a landing ship in the city's bay. Andrei Korolyov, the Moscow-appointed governor, said air
defences had shot down nine drones and that debris had fallen on an "industrial facility" where
a fire broke out over an area of 200 square metres. Nobody was hurt, he said. Ukraine's General
Staff said it had struck a fuel and lubricants depot supplying the Black Sea Fleet and that the
results were being clarified.

In Monday's attack, sea drones and missiles targeted ships in Pivdenna (Yuzhnaya) Bay; the
Ukrainian navy said the landing ship Yamal was hit, which Russia did not confirm.
""")
add("sev-wed-local", "Example Crimea Local News", "2026-03-18", "Fire at Inkerman depot after night drone attack, governor says", "sevastopol-wed", """
SEVASTOPOL - Fire crews spent more than three hours putting out a blaze at an industrial site
near Inkerman on Wednesday morning after an air raid alert that lasted from 04:10 to 06:30.
Governor Andrei Korolyov said nine UAVs had been destroyed over the city and that the fire was
caused by falling fragments. Residents of Inkerman and the Chernorechye area said they heard at
least six explosions. The Inkerman - Sevastopol commuter train was delayed by an hour and the
road to Balaklava was closed for the morning. The governor said the city's fuel supply was not
affected and asked drivers not to queue at petrol stations. Air raid alerts have sounded in the
city almost every night this week; on Monday two houses and a school were damaged by debris.
""")

# --- Iraqi Kurdistan, night of Tuesday 21 April: a drone hits the Khor Mor gas field (Chamchamal
# --- district, Sulaimani province) and, about an hour earlier, a drone is shot down near Erbil
# --- airport, some 150 km away (same night, same region, unknown attackers: two incidents) ------
add("khor-krg", "Example Kurdistan News Network", "2026-04-22", "Drone attack hits Khor Mor gas field, cuts power across Kurdistan Region", "khor-mor-drone", """
SULAIMANI - An explosive-laden drone struck a gas storage tank at the Khor Mor field in
Chamchamal district late on Tuesday, setting it ablaze and halting production, the Kurdistan
Region's interior ministry said. Gas supply to the region's main power stations was cut,
reducing electricity generation by about 2,500 megawatts and leaving large parts of Erbil,
Sulaimani and Duhok with only a few hours of power on Wednesday, the ministry of electricity
said. Nobody was killed; two workers were treated for smoke inhalation. "This terrorist attack
targets the livelihood of the people of Kurdistan," the interior ministry said, calling on the
federal government in Baghdad to find and punish those responsible. Firefighters from Chamchamal
and Kalar brought the blaze under control by morning. No group claimed the attack. The field, in
the Qadir Karam sub-district, has been hit by rockets and drones several times since 2022.
""")
# Baghdad's rendering ('Khurmor', 'Sulaymaniyah governorate', a drone launched 'south of
# Kirkuk') names no damage; it is the same attack on the same night.
add("khor-baghdad", "Example Iraqi News Agency", "2026-04-22", "Prime minister orders investigation into attack on gas field in Sulaymaniyah", "khor-mor-drone", """
BAGHDAD - The Prime Minister's office said on Wednesday that a high-level security committee had
been formed to investigate the attack that targeted the Khurmor gas field in Sulaymaniyah
governorate on Tuesday night. The committee, headed by the deputy commander of joint operations,
will visit the site and report within 72 hours, the statement said. The Prime Minister "condemns
the attack on an economic facility that serves all Iraqis" and directed the ministry of
electricity to compensate the shortfall in supply to the region from the national grid as far as
possible. The Joint Operations Command said initial information indicated that a drone was
launched from an area south of Kirkuk. The spokesman of the commander-in-chief said the
perpetrators "will not escape punishment." The Kurdistan Regional Government had called for a
federal investigation.
""")
add("khor-trade", "Example Energy Trade Weekly", "2026-04-23", "Khor Mor output to stay shut for days after drone strike - operator", "khor-mor-drone", """
The operator of the Khor Mor gas field in the Kurdistan Region of Iraq said on Thursday that
production would remain suspended for at least five days while engineers assessed damage to a
condensate storage tank hit by a drone on Tuesday night. Example Gulf Gas, which runs the field
for a consortium of regional companies, said none of its staff had been seriously hurt and that
the processing trains themselves appeared undamaged. The field normally produces about 525
million standard cubic feet of gas a day, feeding power plants that supply most of the region's
electricity. Condensate and LPG exports by truck have also stopped. The company said the strike
was the fourth on the field in three years and repeated its call for air defence to protect the
site. Analysts said the outage would hit the region's power supply during the first heat of the
summer.
""")

# Erbil, the same night: a drone shot down near the airport. The Erbil reports mention Khor Mor in
# one sentence; they stay with their own lead.
add("erbil-ctg", "Example Kurdistan News Network", "2026-04-22", "Drone shot down near Erbil airport, counter-terrorism service says", "erbil-airport-drone", """
ERBIL - A drone was shot down near Erbil international airport on Tuesday evening, the Kurdistan
Region's counter-terrorism service said, adding that there were no casualties or damage. The
drone was intercepted at about 21:50 over farmland west of the airport, which also hosts forces
of the US-led coalition, the service said in a statement. Flights were halted for about 40
minutes. The service said the drone had been launched "by outlaw groups" but gave no further
details. Residents of the Ainkawa district said they heard a loud explosion and saw flashes in
the sky. About an hour later a separate drone attack set fire to a tank at the Khor Mor gas
field in Sulaimani province. Erbil airport has been targeted by rockets and drones repeatedly
over the past five years.
""")
add("erbil-wire", "Example Middle East Wire", "2026-04-22", "Coalition intercepts drone over Erbil, flights briefly halted", "erbil-airport-drone", """
BAGHDAD, April 22 - A one-way attack drone was downed by coalition air defences near the airport
in Erbil, the capital of Iraq's Kurdistan region, on Tuesday night, a U.S. defence official
said, speaking on condition of anonymity. "There were no injuries and no damage to
infrastructure," the official said. Two airlines diverted flights to Sulaimani and Baghdad. The
official did not say who was responsible; Iran-aligned armed factions have claimed similar
attacks in the past. A security source at the airport said debris was found about three
kilometres from the perimeter fence. Iraqi Kurdish authorities said the interception was
unrelated to a gas field fire in Sulaimani province, though both happened within about an hour.
Security at the airport's main gate was tightened on Wednesday morning and passengers were told
to arrive three hours before departure.
""")

# --- Iran and Pakistan, January: an Iranian missile and drone strike near Panjgur on Tuesday
# --- 20 January and Pakistan's strikes near Saravan on Thursday 22 January, announced as the
# --- answer to it (strike and retaliation: two incidents) --------------------------------------
add("panj-fo", "Example Pakistani Daily", "2026-01-21", "Two children killed as Iran violates Pakistan's airspace near Panjgur, FO says", "panjgur-strike", """
ISLAMABAD - Pakistan on Wednesday condemned what it called an "unprovoked violation of its
airspace" by Iran, saying a strike on a village near Panjgur in Balochistan late on Tuesday had
killed two children and injured three women. The Foreign Office said the attack was "completely
unacceptable" and that Iran's charge d'affaires had been summoned to lodge a strong protest.
"Pakistan reserves the right to respond to this illegal act," spokesperson Sara Qureshi told the
weekly briefing, moved forward by a day. Officials in Panjgur district said three projectiles
hit a house and a mosque in the village of Sabz Kouh, about 50 km from the border, at around
11pm. Pakistan also recalled its ambassador from Tehran and said Iran's ambassador, who was on a
visit home, would not be allowed to return for now.
""")
# The IRGC's 'headquarters of Jaish al-Zolm' in 'the Kuh-e Sabz area' is the other side's account
# of the same strike on Sabz Kouh (Panjgur): same night, same place in another spelling. It denies
# the civilian victims; a denial of the same act joins it.
add("panj-iran", "Example Iranian State Agency", "2026-01-21", "IRGC targets headquarters of Jaish al-Zolm terrorist group", "panjgur-strike", """
TEHRAN - The Islamic Revolutionary Guard Corps said on Wednesday it had destroyed two important
headquarters of the "Jaish al-Zolm" terrorist group in the Kuh-e Sabz area with precision
missiles and drones. The group, which calls itself Jaish al-Adl, was responsible for recent
attacks on border guards and police stations in Sistan and Baluchestan province, the IRGC
statement said. "These headquarters were used for planning and carrying out terrorist operations
against the Islamic Republic," it said. An informed source said no citizens of the brotherly
neighbouring country had been targeted and that "only Iranian terrorists" were hit. A Foreign
Ministry spokesman said Iran respected the sovereignty of Pakistan but would not allow its
security to be "played with". Jaish al-Adl said in a statement that two of its members' homes
were hit and that women and children were among the victims.
""")
# Funerals two days later: a follow-up of the strike, not a happening of its own.
add("panj-funeral", "Example Balochistan Times", "2026-01-22", "Funerals held in Panjgur as anger grows over Iranian strike", "panjgur-strike", """
PANJGUR - Hundreds of people attended the funerals on Thursday of two girls, aged six and nine,
killed in Tuesday night's Iranian strike on Sabz Kouh village. Mourners chanted slogans against
Iran and blocked the Panjgur-Gwadar road for two hours. One of the three women injured in the
strike remained in a critical condition at the district headquarters hospital, doctors said.
Villagers said the house that was hit belonged to a date farmer with no links to any armed
group. The deputy commissioner of Panjgur said compensation had been announced by the provincial
government. Traders said the border markets at Chedgi and Parom were closed and that fuel
supplies from Iran, on which much of the district depends, had dried up.
""")

# Saravan, Thursday 22 January: Pakistan's strikes, announced as the answer. Each report recalls
# the Panjgur strike in a sentence or a paragraph; the retaliation is its own incident.
add("sar-ispr", "Example Pakistani Daily", "2026-01-22", "Pakistan strikes 'terrorist hideouts' in Iran's Sistan-Baluchestan", "saravan-strike", """
ISLAMABAD - Pakistan carried out "highly coordinated and specifically targeted precision
military strikes" against terrorist hideouts in Iran's Sistan and Baluchestan province early on
Thursday, the Foreign Office said, killing "a number of terrorists". The operation, code-named
Marg Bar Sarmachar, used drones, rockets and stand-off weapons against hideouts used by the
Balochistan Liberation Front and the Balochistan Liberation Army near Saravan, the military's
media wing ISPR said. "Pakistan fully respects the sovereignty and territorial integrity of the
Islamic Republic of Iran," the Foreign Office said. "The sole objective of today's act was in
pursuit of Pakistan's own security."

The strikes came two days after Iran hit a village near Panjgur, killing two children, which
Islamabad had called an unprovoked violation of its airspace.
""")
add("sar-iran", "Example Iranian State Agency", "2026-01-22", "Nine non-Iranian nationals killed in Pakistani attack on Saravan village", "saravan-strike", """
ZAHEDAN - Nine people, including four women and three children, were killed when several drones
struck a village near the border town of Sarawan in Sistan and Baluchestan province early on
Thursday, the deputy governor of the province said. "All of the dead were non-Iranian
nationals," he told state television, adding that the explosions took place at about 4:30 a.m.
Iran's Foreign Ministry summoned Pakistan's charge d'affaires to demand an explanation. A
ministry spokesman said Iran "condemns this attack on Iranian territory" and denied that any
"terrorist hideouts" existed in the area. Residents said the houses that were hit were mud-brick
homes of families who had come across the border years ago. Security was tightened at the
Mirjaveh crossing. Funeral prayers for the victims were held in the village on Thursday
afternoon, local media reported.
""")
# A day-after wire led by the Saravan toll and the warnings it drew; its paragraph on Panjgur is a
# recap. Labelled saravan-strike.
add("sar-wire", "Example Asia Wire", "2026-01-23", "Iran, Pakistan trade warnings after tit-for-tat strikes", "saravan-strike", """
ISLAMABAD, Jan 23 - Iran and Pakistan traded warnings on Friday after Pakistani drone and rocket
strikes near the Iranian town of Saravan killed nine people, a day after Tehran said the dead
were all foreigners and Islamabad said it had hit militant hideouts. Pakistan's army chief
chaired a meeting of commanders that warned against "any misadventure", while Iran's army held
air defence drills along the border. Diplomats from China and Turkey urged restraint.

The Pakistani strikes on Thursday answered an Iranian missile and drone attack on Tuesday night
on a village near Panjgur, in Pakistan's Balochistan province, that killed two children. Iran
said it had targeted the Jaish al-Adl militant group.

Officials on both sides said later on Friday that the foreign ministers had spoken by phone and
agreed that "de-escalation" was in their interest.
""")

# --- Somalia and Ethiopia, May: Somalia expels Ethiopia's ambassador on Monday 4 May; Ethiopia
# --- expels Somalia's ambassador on Thursday 7 May (expulsion and counter-expulsion: two
# --- incidents). Ethiopia's first reaction (a statement of "regret" on Tuesday) answers the
# --- expulsion and stays with it; the counter-expulsion is a new act three days later. ---------
# The ambassador's and consulates' closure (Hargeisa, Garowe) are one act, one incident.
add("som-sonna", "Example Somali National News", "2026-05-04", "Somalia orders Ethiopian ambassador to leave within 72 hours", "somalia-expels-ethiopia", """
MOGADISHU - The Federal Government of Somalia on Monday declared the Ethiopian ambassador,
Mukhtar Abdi Gure, persona non grata and gave him 72 hours to leave the country, the Ministry of
Foreign Affairs said. The ministry accused Ethiopia of "flagrant interference in Somalia's
internal affairs", citing a visit by Ethiopian military officers to the town of Dollow in Gedo
region without the federal government's consent and the opening of a liaison office in the
breakaway region of Somaliland. "Somalia will not accept any violation of its sovereignty and
territorial integrity," the statement said. The ministry also ordered the closure of Ethiopia's
consulates in Hargeisa and Garowe, saying they operated "outside the framework of the Vienna
Convention". Ethiopia has thousands of troops in Somalia fighting al-Shabaab.
""")
add("som-wire", "Example Africa Wire", "2026-05-04", "Somalia expels Ethiopian envoy in row over Somaliland", "somalia-expels-ethiopia", """
NAIROBI, May 4 - Somalia expelled Ethiopia's ambassador on Monday, accusing Addis Ababa of
undermining its sovereignty, in the latest escalation of a row over Ethiopia's dealings with the
self-declared republic of Somaliland. The envoy was given three days to leave Muqdisho, a Somali
foreign ministry official said. Relations between the Horn of Africa neighbours have been
strained since Ethiopia signed a memorandum of understanding with Somaliland in 2024 seeking
access to the sea in return for possible recognition, a deal later put on hold under Turkish
mediation. Analysts said the expulsion could complicate the future of Ethiopian troops in the
African Union mission in Somalia. There was no immediate comment from Ethiopia's foreign
ministry. Somalia's cabinet met in emergency session on Monday evening and backed the decision,
a government spokesman said, adding that ordinary Ethiopian citizens living in Somalia were not
affected.
""")
add("som-eth-reaction", "Example Addis Weekly", "2026-05-05", "Ethiopia 'regrets' Somalia's decision to expel ambassador", "somalia-expels-ethiopia", """
ADDIS ABABA - Ethiopia's Ministry of Foreign Affairs said on Tuesday it "deeply regrets" the
decision of the Federal Government of Somalia to declare its ambassador persona non grata,
calling the move "unwarranted and based on unfounded allegations". Spokesperson Tesfaye Alemu
told journalists that the officers' visit to Dollow had been part of routine coordination with
the African Union mission and that Ethiopia had "no intention of interfering in the internal
affairs of a sisterly country". He said Ethiopia was studying "appropriate responses" and would
"act in accordance with the principle of reciprocity if necessary". Ambassador Mukhtar arrived
in Addis Ababa on Tuesday afternoon, the ministry said. Diplomats in Addis Ababa said the
African Union, which has its headquarters in the Ethiopian capital, had asked both governments
to avoid further steps that could harm the fight against al-Shabaab. Somalia's foreign ministry
did not respond to the statement.
""")

# Thursday: Ethiopia's counter-expulsion. Both reports retell Monday's expulsion in a paragraph.
add("eth-mofa", "Example Ethiopian News Agency", "2026-05-07", "Ethiopia declares Somali ambassador persona non grata", "ethiopia-expels-somalia", """
ADDIS ABABA - The Ministry of Foreign Affairs of Ethiopia on Thursday declared the ambassador of
the Federal Republic of Somalia, Abdullahi Mohamed Warfa, persona non grata and asked him to
leave the country within 72 hours. The ministry said the decision was taken "in accordance with
the principle of reciprocity" and that Ethiopia remained committed to good neighbourly relations
with the Somali people.

On Monday, Somalia expelled Ethiopia's ambassador in Mogadishu and ordered the closure of
Ethiopia's consulates in Hargeisa and Garowe, accusing Addis Ababa of interference.

The ministry said consular services for Somali nationals in Ethiopia would continue and that the
decision did not affect Ethiopia's contribution to peace and security in Somalia. The Somali
embassy in Addis Ababa said it had received the ministry's note verbale and was awaiting
instructions from Mogadishu.
""")
add("eth-wire", "Example Africa Wire", "2026-05-07", "Ethiopia expels Somali envoy in tit-for-tat move", "ethiopia-expels-somalia", """
ADDIS ABABA, May 7 - Ethiopia expelled Somalia's ambassador on Thursday in retaliation for
Mogadishu's expulsion of the Ethiopian envoy three days earlier, deepening a diplomatic crisis
between the two neighbours. The Somali ambassador was given 72 hours to leave, Ethiopia's
foreign ministry said, citing reciprocity. Somalia's foreign ministry called the move
"regrettable but expected". The African Union Commission chairperson urged both governments to
"exercise maximum restraint and return to dialogue", and Turkey, which mediated between them in
2024, said it was ready to help again. Ethiopia's reaction came after Somalia accused it of
sending officers to Gedo region without permission and of opening an office in Somaliland.
Ethiopian troops serving with the African Union mission remain in several Somali regions, and
officials on both sides said the diplomatic row would not immediately affect them. Flights
between the two capitals continued as normal on Thursday.
""")

# --- Tripoli, July: fighting in Abu Salim between the Stability Support Apparatus (SSA) and the
# --- 444 Combat Brigade on Monday 6 July, and again between the same two forces in the same
# --- district on Thursday 9 July after a truce broke down (same sides, same place, three days
# --- apart: two incidents) ---------------------------------------------------------------------
add("trip-local", "Example Libya Online", "2026-07-06", "Heavy clashes rock Abusleem district of Tripoli", "tripoli-mon", """
TRIPOLI - Heavy clashes with medium and heavy weapons broke out on Monday afternoon in the
Abusleem district of southern Tripoli between the Stability Support Apparatus and the 444 Combat
Brigade, residents and security sources said. The fighting began near the Abusleem roundabout
after members of the 444 Brigade detained a commander of the Apparatus at a checkpoint, the
sources said, and spread to the Salahuddin road and the area around the Tripoli Zoo. The
Ministry of Health's emergency medicine centre said six people were killed, including two
civilians, and 21 wounded. Mitiga airport suspended flights and diverted them to Misrata. The
Ministry of Education postponed secondary school exams in the capital. Residents posted videos
of burning cars and of families fleeing on foot.
""")
add("trip-wire", "Example Mediterranean Wire", "2026-07-07", "Death toll in Tripoli clashes rises to nine as truce holds", "tripoli-mon", """
TRIPOLI, July 7 - The death toll from fighting between two armed groups in Libya's capital rose
to nine on Tuesday, the health ministry said, as a ceasefire brokered by elders from Misrata and
Zawiya held overnight. Among the dead were a 12-year-old boy and a paramedic whose ambulance was
hit in the Abu Salim district on Monday, the ministry said. Thirty-four people were wounded. The
Government of National Unity said it had deployed "neutral forces" between the two sides and
formed a committee to investigate. The clashes, the worst in the city in more than a year,
erupted after the arrest of a commander of the Stability Support Apparatus by the 444 Brigade,
both nominally under the government's authority. Flights resumed at Mitiga on Tuesday afternoon.
""")
# The UN mission's statement on Monday's fighting (and the Red Crescent's and WHO's figures) is
# the Monday incident's aftermath, not a new happening.
add("trip-unsmil", "Example UN News Digest", "2026-07-07", "UNSMIL calls for protection of civilians after Tripoli fighting", "tripoli-mon", """
The United Nations Support Mission in Libya (UNSMIL) said on Tuesday it was "deeply alarmed" by
the armed clashes in densely populated neighbourhoods of southern Tripoli on Monday, which it
said had killed civilians, including a child, and damaged homes, a hospital and a school. "The
Mission reminds all parties that indiscriminate attacks on civilians and civilian objects are
prohibited under international humanitarian law," the statement said. UNSMIL welcomed the
ceasefire reached on Monday night and urged the parties to refrain from mobilising forces. The
Libyan Red Crescent said its volunteers had evacuated 140 families from the Abu Salim area and
recovered four bodies. The World Health Organization said the Abu Salim trauma hospital had
treated 30 wounded and needed blood supplies.
""")

# Thursday: the same two forces fight again in the same district. Both reports recall Monday in
# a sentence; they tell a new round of fighting, not a follow-up.
add("trip-thu-local", "Example Libya Online", "2026-07-09", "Truce collapses as fighting resumes in Abusleem", "tripoli-thu", """
TRIPOLI - Fighting resumed in Abusleem on Thursday morning between the Stability Support
Apparatus and the 444 Brigade, three days after clashes that killed nine people, residents said.
Machine-gun fire and explosions were heard from 7am around the Al-Intisar street and the
Al-Hadba area, and at least two houses were set on fire. The emergency medicine centre said
three people, all fighters, were killed and eight wounded. The two sides blamed each other for
breaking the truce agreed on Monday night. The Ministry of Interior closed the roads leading to
the district and asked residents to stay indoors. By the afternoon the fighting had eased, and
elders said they were trying to restore the ceasefire. Shops in the district stayed shut and the
Abusleem municipality said its schools would remain closed until Sunday. Residents who had
returned home after Monday's ceasefire said they were leaving again.
""")
add("trip-thu-wire", "Example Mediterranean Wire", "2026-07-09", "Renewed clashes in Libyan capital kill three", "tripoli-thu", """
TRIPOLI, July 9 - Renewed clashes between two armed groups in the Libyan capital on Thursday
killed three fighters, the health ministry said, breaking a ceasefire that had ended fighting in
the same southern district earlier this week. The 444 Brigade said the Stability Support
Apparatus had attacked one of its positions near the Hadba hospital; the Apparatus said it had
responded to an attempt to storm its headquarters. Mitiga airport remained open. The UN mission
called for an immediate halt to the fighting. Monday's clashes between the two groups in Abu
Salim killed nine people, including a child. The Government of National Unity said the "neutral
forces" deployed on Tuesday had been reinforced. Residents said many families had again fled to
relatives in other parts of the city, and the Libyan Red Crescent said it had opened two
shelters in schools in the Ain Zara area.
""")

# --- Upper Nile, Saturday 15 August: the SSPDF shells and bombs Nasir. Three reports: the
# --- SPLA-IO's account, the army's denial that civilians were targeted (its "White Army militia
# --- positions" are the same shelling of the same town that day), and MSF on its hospital -----
add("nasir-io", "Example South Sudan Post", "2026-08-15", "SPLA-IO says army shelling of Nasir kills 14 civilians", "nasir-shelling", """
JUBA - The Sudan People's Liberation Army in Opposition (SPLA-IO) said on Saturday that
government forces had shelled the town of Nassir in Upper Nile State since dawn, killing 14
civilians, among them five children, and wounding more than 30. SPLA-IO spokesman Col. Gatluak
Both Nyang said artillery fired from the army garrison at Ulang and at least two air strikes had
hit the market, a church compound and houses along the Sobat river. "This is an indiscriminate
attack on civilians, and the government bears full responsibility," he said in a statement.
Thousands of residents were fleeing towards the Ethiopian border, he said. Nasir county
commissioner, who is aligned with the opposition, said the town was "almost empty" by the
afternoon. The figures could not be independently verified; telephone networks in the area were
down.
""")
add("nasir-sspdf", "Example Juba Radio", "2026-08-15", "SSPDF denies targeting civilians in Nasir operation", "nasir-shelling", """
JUBA - The South Sudan People's Defence Forces (SSPDF) on Saturday denied targeting civilians in
Nasir, saying its forces had struck "positions of the White Army militia" that had massed around
the town to attack army bases in Upper Nile. SSPDF spokesperson Maj. Gen. Deng Makuei Aguer told
the radio that the operation was "defensive" and that residents had been warned to leave several
days earlier. "We do not target civilians. The White Army is using the people of Nasir as a
human shield," he said. He did not say how many people had been killed, but said "dozens of
armed youth" had been neutralised and that the army had taken control of the Longechuk road
junction. He accused the SPLA-IO of supporting the White Army, which the opposition denies.
""")
add("nasir-msf", "Example Humanitarian News", "2026-08-16", "MSF evacuates Nasir hospital after it is hit during shelling", "nasir-shelling", """
Medecins Sans Frontieres (MSF) said on Sunday it had evacuated patients and staff from the
hospital it supports in Nasir, Upper Nile State, after the compound was hit during Saturday's
shelling of the town. Two patients were killed and a nurse was injured when a shell landed near
the inpatient ward, the organisation said. "Attacks on health facilities are unacceptable. This
hospital was the only referral hospital for more than 200,000 people," MSF's head of mission in
South Sudan said. The UN humanitarian office OCHA said at least 19 civilians had been reported
killed in Nasir county on Saturday and that about 12,000 people had fled on foot and by canoe
towards Jikmir, Mathiang and the Ethiopian border. Fighting has intensified in the Sobat
corridor since March.
""")

# --- Maguindanao del Sur, September: Dawlah Islamiyah (DI) gunmen ambush an army patrol near
# --- Datu Hoffer Ampatuan on Monday 21 September; four days later, on Friday 25 September, a
# --- bomb blamed on the same group explodes at a bus stop in Shariff Aguak, about 20 km away (one
# --- group, one week, two attacks: two incidents) ------------------------------------------------
add("magu-army", "Example Philippine News Agency", "2026-09-21", "4 soldiers killed in Maguindanao del Sur ambush - Army", "maguindanao-ambush", """
COTABATO CITY - Four soldiers were killed and three others wounded when suspected members of the
Dawlah Islamiyah-Hassan Group ambushed an Army patrol in Barangay Tuayan, Datu Hoffer Ampatuan,
Maguindanao del Sur, on Monday morning, the military said. Maj. Gen. Ramon Salcedo, commander of
the 6th Infantry Division, said the soldiers of the 33rd Infantry Battalion were on their way to
check reports of armed men near a farm when they were fired upon with rifles and a
rocket-propelled grenade at about 7:30 a.m. A firefight of about 30 minutes followed. "We will
not stop until those responsible are brought to justice," Salcedo said. Reinforcements and an
attack helicopter were sent to the area, in the so-called SPMS box, a marshy area where DI
remnants have hidden for years. The wounded were taken to a hospital in Cotabato City.
""")
# A toll revised the next day, bodies flown home, a reward, and the MILF's denial of involvement:
# all follow-ups of the ambush.
add("magu-radio", "Example Mindanao Radio", "2026-09-22", "Ambush toll rises to five; bodies of soldiers flown home", "maguindanao-ambush", """
COTABATO CITY - One of the three soldiers wounded in Monday's ambush in Datu Hoffer died in
hospital on Tuesday, bringing the number of soldiers killed to five, the 6th Infantry Division
said. The bodies of four of them were flown on Tuesday to their home provinces in Leyte, Negros
and Davao, where their families were waiting. Local officials said about 300 families from
Barangay Tuayan and two neighbouring villages had fled to the town centre fearing further
fighting. The provincial government of Maguindanao del Sur offered a reward of one million pesos
for information leading to the arrest of the gunmen. The Bangsamoro autonomous government
condemned the attack. A local commander of the Moro Islamic Liberation Front said his forces
were not involved and would cooperate with the army.
""")
# A weekly round-up published on Friday evening, after both attacks. It leads with and mostly tells the ambush and
# gives the bombing one paragraph: labelled with its main incident, maguindanao-ambush.
add("magu-digest", "Example Mindanao Security Monitor", "2026-09-25", "Weekly security brief: deadliest ambush on troops this year in Maguindanao del Sur", "maguindanao-ambush", """
The week's most serious incident in the Bangsamoro region was Monday's ambush on a patrol of the
33rd Infantry Battalion in Barangay Tuayan, Datu Hoffer Ampatuan, in which five soldiers were
eventually killed and two wounded. It was the deadliest attack on troops in the province this
year. The military blames the Dawlah Islamiyah-Hassan Group, a pro-Islamic State faction
estimated to have fewer than 40 fighters, and says the attackers used a rocket-propelled grenade
for the first time since 2024. Army operations in the marshland that followed killed two
suspected DI members on Wednesday, according to the 6th Infantry Division.

On Friday afternoon, an improvised explosive device exploded at a bus stop in Shariff Aguak, injuring six
people. Police suspect the same group.

We assess that DI retains the ability to carry out small attacks despite its losses.
""")

# Friday's bombing in Shariff Aguak.
add("magu-bomb-pna", "Example Philippine News Agency", "2026-09-25", "6 hurt in IED blast at Shariff Aguak bus stop", "shariff-aguak-bomb", """
SHARIFF AGUAK, Maguindanao del Sur - Six people, including a 10-year-old girl, were injured when
an improvised explosive device went off at a waiting shed for buses and vans along the national
highway in Barangay Poblacion on Friday afternoon, police said. Col. Ronald Cabrera, provincial
police director, said the bomb, made from a mortar round and a mobile phone, had been left in a
bag beside a fruit stand. Investigators suspect the Dawlah Islamiyah, he said, "because of the
signature of the device". The victims were taken to the provincial hospital. Bomb disposal teams
found a second device that did not explode near the public market and defused it. Classes in the
town were suspended for Monday. The Bangsamoro government's interior ministry ordered
checkpoints on all roads into the town and asked residents to report unattended bags.
""")
# Recalls the ambush in a clause ('four days after ... an ambush in the same province'); it stays
# with the bombing.
add("magu-bomb-wire", "Example Asia Wire", "2026-09-25", "Bomb wounds six in southern Philippines days after deadly ambush", "shariff-aguak-bomb", """
MANILA, Sept 25 - A homemade bomb exploded at a bus stop in a town in the southern Philippines
on Friday, wounding six people, police said, four days after suspected Islamic State-linked
militants killed soldiers in an ambush in the same province. The blast in Shariff Aguak, the
capital of Maguindanao del Sur province, happened during the afternoon rush as villagers waited
for transport to Cotabato City. Police said a second bomb was found and defused. No group
claimed responsibility, but police said they suspected Dawlah Islamiyah, a small militant group
that has carried out bombings on buses and in public markets on Mindanao island. Two of the
wounded, a woman and her daughter, were in serious condition, a provincial hospital official
said. The government has long fought Muslim separatist rebels on Mindanao, but most of them
signed a peace deal in 2014; small splinter groups that rejected it continue to carry out
attacks.
""")

# --- Afghanistan and Iran, Sunday 21 June: border guards exchange fire at the Islam Qala (Afghan
# --- side, Herat) / Dogharoun (Iranian side, Razavi Khorasan) crossing. Each side blames the
# --- other for firing first; the three reports are one exchange of fire at one crossing --------
add("islam-iran", "Example Iranian Student Agency", "2026-06-21", "Iranian border guard martyred in clash with Taliban forces at Dowqarun", "islamqala-clash", """
MASHHAD - One Iranian border guard was martyred and two were wounded on Sunday when Taliban
forces opened fire on a border post near the Dowqarun border crossing in Razavi Khorasan
province, the deputy commander of the province's border guard regiment said. "The Taliban forces
fired on our border guards without any reason while they were repairing the fence," he told the
agency. Iranian forces "responded decisively", he said. The crossing, the main trade route
between Mashhad and Herat, was closed to trucks for the rest of the day. The governor of Taybad
county said the situation was under control and that "the necessary follow-ups" were being made
through diplomatic channels. Iran's foreign ministry said it had conveyed a protest to the
Afghan embassy in Tehran.
""")
add("islam-afghan", "Example Kabul TV", "2026-06-21", "Islamic Emirate says Iranian guards started clash at Islam Qala", "islamqala-clash", """
HERAT - The Islamic Emirate's Ministry of Defence said on Sunday that Iranian border forces had
started a clash at the Islam Qala port in Herat province, in which one of its border guards was
killed and three were wounded. Ministry spokesman said the Iranian forces had crossed the line
"to build a wall on Afghan soil" and had fired on Afghan forces who asked them to stop. "Our
forces responded in self-defence," he said. "The Islamic Emirate does not want conflict with its
neighbours, but it will defend every inch of the country." Residents of the Kohsan district said
the shooting lasted about two hours and that mortar rounds fell near an empty customs building.
Hundreds of Afghan returnees waiting to cross from Eslam Qaleh were moved back from the gate.
Kohsan's district governor said the crossing would reopen on Monday.
""")
# The next day's wire: the crossing reopened, each side's account of who fired first, a joint
# statement; follow-up of the same clash. Its 2023 mention is a recap of no incident in this file.
add("islam-wire", "Example Asia Wire", "2026-06-22", "Iran-Afghanistan border crossing reopens after deadly clash", "islamqala-clash", """
KABUL, June 22 - The main border crossing between Iran and Afghanistan reopened to traffic on
Monday, a day after a gunfight between Iranian and Taliban border guards killed one member of
each force and wounded five, officials on both sides said. Each side accused the other of
starting the exchange of fire, which Iran said broke out while its guards were repairing a fence
and Afghanistan said began when Iranian forces tried to build a wall on Afghan land near Islam
Qala. The two governments said in a joint statement after a meeting of border commissioners in
Herat that they had agreed to "prevent a recurrence". Hundreds of trucks carrying fuel and food
were stuck on both sides overnight. Disputes over water and the demarcation of the 900 km border
have led to deadly clashes before, most recently in 2023.
""")

# --- Peru, Wednesday 11 February: protesters trying to take the Juliaca airport (San Roman
# --- province, Puno region) are met with live fire (three dead, then five); the same day a march
# --- in Lima ends with arrests (same day, same cause, another city 850 km away: two incidents) --
add("jul-local", "Example Puno Daily", "2026-02-11", "Three dead as police and protesters clash near Juliaca airport", "juliaca-protest", """
JULIACA - Three people were killed and at least 40 injured on Wednesday when police fired on
protesters who tried to enter the Inca Manco Capac airport in Juliaca, doctors at the Carlos
Monge Medrano hospital said. The dead, two men aged 19 and 34 and a 52-year-old woman, had
gunshot wounds, the hospital's director said. Thousands of protesters, many from Aymara and
Quechua communities in the Puno region, had marched since the morning to demand the resignation
of the government and new elections. Witnesses said police fired tear gas and then shot at the
crowd as some protesters broke through the perimeter fence. Seven police officers were injured
by stones, the police said. The airport was closed and flights from Lima were cancelled. The San
Roman provincial council declared three days of mourning.
""")
# The ombudsman's statement in a wire's words (reported speech) and in a translation-like
# rendering of the same statement by a Peruvian site's English page: one statement, marked
# same_statement; both belong to the Juliaca incident.
add("jul-ombuds-wire", "Example Americas Wire", "2026-02-11", "Peru ombudsman says three killed in Juliaca, urges police restraint", "juliaca-protest", """
LIMA, Feb 11 - Peru's human rights ombudsman said on Wednesday that three civilians had been
killed and 44 people injured, 12 of them police officers, in clashes near the airport of Juliaca
in the southern Puno region. In a statement on social media, the ombudsman's office called on
the police to use force "in a proportionate and strictly necessary manner" and urged protesters
not to attack public infrastructure. It asked the Public Ministry to open a prompt and impartial
investigation into the deaths and said its staff were at the hospital in Juliaca to verify the
identity of the victims. The office also called on the government to open a dialogue with the
leaders of the Puno protests. Protest leaders said they would continue their road blockades in
the region until the government resigned.
""")
add("jul-ombuds-tr", "Example Lima English Service", "2026-02-11", "Ombudsman's Office: three citizens died in Juliaca", "juliaca-protest", """
The Defensoria del Pueblo informs to the public opinion that, as a consequence of the
confrontations registered in the surroundings of the airport of the city of Juliaca, region
Puno, until this moment three civilian citizens have lost their lives and 44 persons resulted
injured, among them 12 members of the National Police of Peru. We exhort the Police to make use
of force in a manner proportional and strictly necessary, and we exhort the demonstrators to not
attack the public infrastructure. We request the Public Ministry to initiate an investigation
that is prompt and impartial about the deceases. Our personnel are present in the hospital of
Juliaca to verify the identity of the victims. We call the Executive to open a space of dialogue
with the leaders of the protests of Puno.
""", duplicate_of="jul-ombuds-wire", duplicate_kind="same_statement")
# Two days later: funerals and a revised toll; the interior ministry's account ("violent
# groups", officers acting in self-defence) answers the same shooting and stays with it.
add("jul-funerals", "Example Americas Wire", "2026-02-13", "Thousands attend funerals in Juliaca as death toll rises to five", "juliaca-protest", """
JULIACA, Peru, Feb 13 - Thousands of people followed the coffins of protesters killed near the
airport of this southern Andean city on Wednesday, as the death toll rose to five after two
wounded men died in hospital in Arequipa. Mourners carrying the rainbow wiphala flag marched
from the cathedral to the cemetery chanting "we are not terrorists". The interior minister said
on Thursday that police had acted in self-defence against "violent groups" armed with slingshots
and homemade explosives who tried to seize the airport, and denied that officers had been
ordered to use lethal force. The Public Ministry said it had opened an investigation into the
deaths of five civilians. Roads in the Puno region remained blocked at dozens of points and
trains to Cusco were suspended.
""")

# Lima, the same Wednesday: a march that ends with arrests, no deaths.
# Its last sentence names the Juliaca deaths of the same day; the report stays with Lima.
add("lima-march-wire", "Example Americas Wire", "2026-02-11", "Police detain 27 as anti-government march reaches Peru's Congress", "lima-march", """
LIMA, Feb 11 - Police in Peru's capital detained 27 people on Wednesday evening as thousands of
demonstrators marched towards Congress demanding early elections, the interior ministry said.
Officers fired tear gas to stop the crowd from breaking through a police cordon on Abancay
avenue. Eleven people, including four police officers, were treated for minor injuries, the
health ministry said. Most of the march, which started in the Plaza Dos de Mayo, was peaceful.
Organisers, a coalition of unions and student federations, said they would march again on
Saturday. Earlier on Wednesday, three people were killed in clashes near the airport in Juliaca,
in the Puno region. Shops in the historic centre closed early and several metro stations near
Congress were shut for about two hours. The interior minister said police had "acted with
restraint" and would identify those who threw stones at officers.
""")
add("lima-march-local", "Example Lima Daily", "2026-02-12", "Protest in the centre of Lima ends with 27 detained and damaged shops", "lima-march", """
LIMA - The march called by the General Confederation of Workers and university students ended
late on Wednesday night with 27 detained, according to the National Police, and with shop
windows broken on Jiron de la Union and Nicolas de Pierola avenue. The Lima Chamber of Commerce
estimated losses of two million soles for businesses in the historic centre, which closed early.
The mayor of Lima said municipal workers cleaned the streets overnight. The Prosecutor's Office
said 19 of those detained were released on Thursday morning. The Coordinadora Nacional de
Derechos Humanos complained that lawyers had been prevented from meeting the detainees at the
police station. Among those still held were three students of the San Marcos university, whose
rector asked for their release. The General Confederation of Workers said the march had been "a
success" and blamed the damage on "infiltrators".
""")

# --- Armenia and Azerbaijan, Thursday 15 October: a detainee exchange at the border. Baku tells
# --- of two servicemen returned, Yerevan of four citizens returned, a wire of "six men"; one
# --- exchange. The wire's paragraph on the December 2023 exchange is a recap (an older
# --- happening, not in this file) -----------------------------------------------------------------
add("armaz-az", "Example Baku Agency", "2026-10-15", "Two Azerbaijani servicemen returned to homeland", "armenia-azerbaijan-exchange", """
BAKU - Two servicemen of the Azerbaijani Army, Huseyn Akhundov and Agshin Babayev, who had been
held in Armenia, were returned to their homeland on Thursday, the State Commission on Prisoners
of War, Hostages and Missing Persons said. The handover took place on the state border in the
direction of the Gazakh district at 12:00, the commission said. In accordance with the
principles of humanism, Azerbaijan in turn handed over four Armenian citizens who had been
detained for illegally crossing the border. The servicemen were met by family members and
officials and were taken for medical examination. The Presidential Administration expressed
gratitude to the international partners who supported the process and said the exchange was "a
confidence-building step in the peace agenda".
""")
add("armaz-am", "Example Armenian News", "2026-10-15", "Four Armenian citizens return home from Azerbaijani captivity", "armenia-azerbaijan-exchange", """
YEREVAN - Four citizens of Armenia who had been held in Azerbaijan returned home on Thursday as
a result of negotiations, the Prime Minister's office said. The four, three servicemen and a
civilian from the village of Berkaber, crossed the border in Tavush province and were taken to a
hospital in Ijevan for examination. In exchange, Armenia handed over two Azerbaijani servicemen.
"This is the result of the work done within the peace process, and we will continue until all
our compatriots return," Deputy Prime Minister Arsen Hakobyan said. He thanked the European
Union and the United States for their support. Relatives waited for hours at the checkpoint near
Ijevan. Armenia says at least 19 of its citizens remain in Azerbaijani custody; Baku puts the
number lower.
""")
add("armaz-wire", "Example Caucasus Wire", "2026-10-15", "Armenia, Azerbaijan swap six detainees in goodwill gesture", "armenia-azerbaijan-exchange", """
TBILISI, Oct 15 - Armenia and Azerbaijan exchanged six detainees on their border on Thursday, in
what both sides called a goodwill step towards a peace treaty. Azerbaijan released four
Armenians and Armenia two Azerbaijani soldiers, in a handover on a stretch of the border between
Armenia's Tavush province and Azerbaijan's Gazakh district, officials said. EU monitors in
Armenia said they had observed the exchange.

In December 2023 the two countries swapped 32 Armenian servicemen for two Azerbaijani soldiers
in a deal reached without a mediator, the first such exchange after Azerbaijan retook
Nagorno-Karabakh.

A diplomat in the region said the two sides hoped to sign the peace treaty initialled last year
before the end of the year. Both sides accuse each other of holding more detainees than they
admit.
""")

# --- The Humber, Tuesday 3 November: a product tanker and a container ship collide off Spurn
# --- Point; a fire, one crewman missing. The Thursday report leads with the search being called
# --- off and also tells of an arrest; both are the collision's aftermath, so it stays with it ----
add("humber-local", "Example Humber Evening News", "2026-11-03", "Tanker and cargo ship collide off Spurn Point, fire on board", "humber-collision", """
GRIMSBY - A major rescue operation was launched on Tuesday morning after a tanker and a
container ship collided in the mouth of the Humber off Spurn Point, HM Coastguard said.
Lifeboats from Humber, Cleethorpes and Bridlington, a coastguard helicopter and several vessels
responded after the collision at about 9.40am, which set fire to the tanker's deck. Thirty-two
crew were brought ashore in Grimsby, where one was taken to hospital. One crew member of the
container ship was missing. The tanker, the Norwegian-flagged Solvik Arrow, was carrying jet
fuel from the Immingham terminal; the coastguard said there was "a release of product" but no
major spill had been observed. The Port of Immingham suspended shipping movements in the
estuary. Residents of Kilnsea and Easington said they saw thick black smoke rising over the
estuary for several hours.
""")
add("humber-trade", "Example Maritime Intelligence", "2026-11-04", "Solvik Arrow and Verity Bay collision: what we know", "humber-collision", """
The Marine Accident Investigation Branch (MAIB) has sent a team to the Humber after the
Portuguese-flagged feeder container ship Verity Bay struck the anchored product tanker Solvik
Arrow in fog about four nautical miles off Spurn Head on Tuesday. AIS data show the Verity Bay,
on passage from Rotterdam to Hull, keeping a speed of about 15 knots before the impact. The
tanker's owner said a cargo tank was breached and that "a quantity of jet A-1" had escaped, part
of which burned. The fire was put out on Tuesday evening. Salvors from Example Tow were
appointed for both vessels. The Verity Bay's manager said one of its Filipino crew remained
unaccounted for. Traffic to Immingham and Hull resumed on Wednesday under restrictions.
""")
add("humber-wire", "Example Europe Wire", "2026-11-05", "Search for missing sailor called off after North Sea ship collision; captain arrested", "humber-collision", """
LONDON, Nov 5 - British coastguards called off the search on Thursday for a sailor missing since
a container ship rammed an anchored tanker near the mouth of the Humber estuary on the English
North Sea coast on Tuesday, saying he was presumed dead. The search covered more than 200 square
nautical miles over two days. Humberside Police said they had arrested the 57-year-old captain
of the container ship on suspicion of gross negligence manslaughter; he was released on bail
pending further inquiries. Environmental officials said a sheen of fuel off the Lincolnshire
coast was dispersing. The collision set the tanker, loaded with aviation fuel, on fire and
briefly closed the approaches to Britain's busiest port by tonnage. The Filipino seafarers'
union in Manila said it was in contact with the missing man's family.
""")

# --- singletons ------------------------------------------------------------------------------------
add("cameroon-ied", "Example Central Africa Daily", "2026-12-08", "Five soldiers killed by roadside bomb in Cameroon's Far North", "cameroon-ied", """
MAROUA - Five Cameroonian soldiers were killed and two wounded on Tuesday when their vehicle hit
an improvised explosive device near Tourou in the Mayo-Tsanaga department of the Far North
region, military sources said. The soldiers, of the Multinational Joint Task Force, were
escorting traders to the weekly market at Mokolo. A military source blamed Boko Haram fighters
of the Bakura faction, which has laid mines on roads near the Nigerian border. The wounded were
evacuated to Maroua. Local officials said a civilian motorcyclist was also killed by a second
explosion as troops secured the area. The Far North has suffered more than a decade of attacks
by jihadists; the governor ordered a night curfew in the Mokolo area. The army said troops were
combing the area around Tourou for further devices.
""")
add("norges-rate", "Example Nordic Business", "2026-12-10", "Norges Bank holds rate, signals cut in March", "norges-rate", """
OSLO - Norway's central bank kept its policy rate unchanged at 3.75% on Thursday, as expected by
economists, and said it would probably cut it in the first quarter of next year. "The policy
rate will most likely be reduced in March," the bank's governor said in a statement. Core
inflation slowed to 2.7% in November, and unemployment edged up to 2.3%, Norges Bank said. The
crown weakened about 0.4% against the euro after the announcement. The bank lowered its forecast
for mainland growth next year to 1.3% because of weaker demand in Europe. Economists at Example
Bank said the statement was more dovish than they had expected and that two cuts next year now
looked likely. The bank raised its rate repeatedly in 2022 and 2023 to fight inflation and began
cutting it last year.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
