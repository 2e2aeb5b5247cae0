"""Writes events19.jsonl: a second, smaller battery of the coref lane (session 27;
`parallax eval incidents --data testdata/clusters/events19.jsonl`), written and committed
after the lane's fixes and before parallax ran on it, to measure whether they carry.

Five topics of ordinary violent and political happenings, each holding two different
happenings of one type told by two or three reports (wire, local paper, broadcaster, a
rendering from another language, a follow-up days later): knife attacks in two German
cities nine days apart, grenades thrown into bars in two Colombian cities two weeks apart,
the arrests of two gang leaders in Honduras nine days apart (one police statement in a
wire's reported speech and in a translation-like rendering: same_statement), the killings
of two radio journalists in the Philippines eight days apart, and air strikes by Myanmar's
military on a monastery in Magway and on a clinic in Kachin six days apart. One aggregator
copy (near_duplicate). Later reports recall the sister happening in a sentence.

Every person, figure and number is invented; states, towns, agencies and groups are real,
the happenings are not. No text, topic list or wording is taken from any benchmark.

Licence: CC0 (written by the project).
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


# --- Knife attacks in Germany: Hanover central station on Thursday 4 March 2027; a street
# festival in Freiburg on Saturday 13 March. Two incidents. ---
add("han-wire", "Example Europe Wire", "2027-03-04", "Three hurt in knife attack at Hanover station", "knife-hanover-station", """
HANOVER, Germany - A man stabbed three people on a platform of Hanover's central station on
Thursday morning before federal police officers overpowered him, police said.

Two of the victims, a woman of 52 and a man of 30, were seriously injured. The attacker, a
27-year-old German, was arrested at the scene. Trains were halted for two hours.
""")
add("han-copy", "Example Aggregator", "2027-03-04", "KNIFE ATTACK AT GERMAN TRAIN STATION", "knife-hanover-station", """
HANOVER, Germany - A man stabbed three people on a platform of Hanover's central station on
Thursday morning before federal police officers overpowered him, police said.

Two of the victims, a woman of 52 and a man of 30, were seriously injured. The attacker, a
27-year-old German, was arrested at the scene.

[ad_2]
""", duplicate_of="han-wire", duplicate_kind="near_duplicate")
add("han-local", "Example Lower Saxony Post", "2027-03-05", "Hauptbahnhof attack: suspect sent to psychiatric ward", "knife-hanover-station", """
(Translated from German.) The man who injured three travellers with a knife at Hanover's main
station on Thursday has been placed in a psychiatric clinic, the public prosecutor's office
said on Friday. Investigators found no evidence of a political motive.

Federal police will increase their presence at the station over the weekend.
""")
add("fre-wire", "Example Europe Wire", "2027-03-13", "One dead, four hurt in stabbing at Freiburg street festival", "knife-freiburg-festival", """
FREIBURG, Germany - A man killed one person and wounded four with a knife at a street festival
in the old town of Freiburg on Saturday evening, police said. He fled and was arrested two
hours later near the university.
""")
add("fre-tv", "Example German Broadcaster", "2027-03-14", "Freiburg mourns after festival stabbing", "knife-freiburg-festival", """
(Translated from German.) Hundreds of people laid flowers on the Munsterplatz on Sunday, a day
after a knife attack at the spring festival in Freiburg killed a 23-year-old student. The
suspect, a 34-year-old man, was remanded in custody.

It was the second knife attack in Germany in ten days after three people were injured at
Hanover's central station.
""")

# --- Grenades thrown into bars in Colombia: Cucuta on Saturday 7 August 2027; Barranquilla on
# Saturday 21 August. Two incidents. ---
add("cuc-wire", "Example Americas Wire", "2027-08-08", "Grenade attack on bar in Colombia's Cucuta kills two", "grenade-cucuta-bar", """
BOGOTA - Two people were killed and 17 wounded when men on a motorcycle threw a grenade into a
crowded bar in the Colombian border city of Cucuta late on Saturday, police said.

Police blamed a criminal gang that extorts businesses in the city.
""")
add("cuc-local", "Example Norte de Santander Daily", "2027-08-09", "Cucuta bar attack: third victim dies", "grenade-cucuta-bar", """
(Translated from Spanish.) A third person died on Monday in the Erasmo Meoz hospital after the
grenade attack on a bar in the La Libertad neighbourhood of Cucuta on Saturday night. The mayor
offered a reward for information on the attackers.
""")
add("baq-wire", "Example Americas Wire", "2027-08-22", "Grenade hurts nine at Barranquilla bar", "grenade-barranquilla-bar", """
BOGOTA - A grenade thrown into a bar in the Colombian Caribbean city of Barranquilla on Saturday
night wounded nine people, police said. The bar's owner had refused to pay extortion money to a
local gang, police said.
""")
add("baq-local", "Example Caribbean Herald", "2027-08-22", "Barranquilla: nine hurt in bar grenade attack", "grenade-barranquilla-bar", """
BARRANQUILLA - Nine customers were injured when a grenade exploded in a bar on Calle 30 late on
Saturday. Police said two men on a motorcycle threw the device and fled.

The attack came two weeks after a grenade killed three people at a bar in Cucuta.
""")

# --- Arrests of gang leaders in Honduras: an MS-13 leader in San Pedro Sula on Tuesday 6 April
# 2027; a Barrio 18 leader in Tegucigalpa on Thursday 15 April. Two incidents. ---
add("sps-wire", "Example Americas Wire", "2027-04-06", "Honduras arrests MS-13 leader in San Pedro Sula", "arrest-sanpedrosula-ms13", """
TEGUCIGALPA - Honduran police arrested a leader of the MS-13 gang in San Pedro Sula on Tuesday,
the national police said in a statement.

The man, 41, alias "El Tigre", was wanted for 14 murders and for extortion of bus companies, the
statement said. He was arrested at a house in the Chamelecon sector with three other gang
members, and officers seized two rifles and cash.
""")
add("sps-police", "Example Honduras Portal", "2027-04-06", "National Police statement on capture in Chamelecon", "arrest-sanpedrosula-ms13", """
(Translated from Spanish.) The National Police of Honduras informs that on this Tuesday, in the
Chamelecon sector of San Pedro Sula, agents captured a 41-year-old man alias "El Tigre", a
leader of the Mara Salvatrucha (MS-13).

The captured man is wanted for 14 murders and for the extortion of transport companies. Three
other members of the gang were captured with him in a house, and two rifles and cash were
seized.
""", duplicate_of="sps-wire", duplicate_kind="same_statement")
add("tgu-wire", "Example Americas Wire", "2027-04-15", "Barrio 18 gang leader captured in Honduran capital", "arrest-tegucigalpa-b18", """
TEGUCIGALPA - Honduran police captured a leader of the Barrio 18 gang in a raid in the capital
Tegucigalpa on Thursday, nine days after the arrest of an MS-13 leader in San Pedro Sula.

The man, 36, ran the gang's extortion of shops in the Comayaguela area, police said.
""")
add("tgu-local", "Example Tegucigalpa Journal", "2027-04-16", "Comayaguela: alleged Barrio 18 leader presented to court", "arrest-tegucigalpa-b18", """
TEGUCIGALPA - The alleged Barrio 18 leader captured on Thursday in the Villa Nueva neighbourhood
was presented on Friday before a judge in Tegucigalpa, who ordered his pre-trial detention on
charges of extortion and illicit association.
""")

# --- Killings of radio journalists in the Philippines: a broadcaster shot dead in Dumaguete on
# Wednesday 2 June 2027; a reporter shot dead in Iligan on Thursday 10 June. Two incidents. ---
add("dum-wire", "Example Asia Wire", "2027-06-02", "Philippine radio host shot dead in Dumaguete", "journalist-dumaguete", """
MANILA - A radio commentator was shot dead by two men on a motorcycle outside his home in
Dumaguete City in the central Philippines on Wednesday, police said.

Rolando Bautista, 58, hosted a morning programme on a local station that criticised illegal
gambling. A press freedom group condemned the killing.
""")
add("dum-local", "Example Negros Chronicle", "2027-06-03", "Police form task force on Bautista killing", "journalist-dumaguete", """
DUMAGUETE - Negros Oriental police formed a special task force on Thursday to investigate the
killing of broadcaster Rolando Bautista, who was shot four times outside his house on
Wednesday morning. His colleagues held a vigil at the radio station.
""")
add("ili-wire", "Example Asia Wire", "2027-06-10", "Second Philippine journalist killed in eight days", "journalist-iligan", """
MANILA - A radio reporter was shot dead in Iligan City on the southern island of Mindanao on
Thursday, police said, the second killing of a journalist in the Philippines in eight days.

Marites Dalisay, 44, was attacked by a gunman as she left the station after her evening news
programme. A week earlier a commentator was killed in Dumaguete.
""")
add("ili-local", "Example Mindanao Times", "2027-06-11", "Iligan reporter Dalisay laid to rest as suspect sought", "journalist-iligan", """
ILIGAN CITY - Police released a sketch on Friday of the gunman who shot reporter Marites Dalisay
outside her radio station on Thursday evening. The city council condemned the killing and
offered a reward.
""")

# --- Air strikes by Myanmar's military: a monastery in Magway region on Wednesday 10 February
# 2027; a clinic in Kachin state on Tuesday 16 February. Two incidents. ---
add("mgw-wire", "Example Asia Wire", "2027-02-10", "Myanmar air strike on monastery kills 11", "airstrike-magway-monastery", """
BANGKOK - An air strike by Myanmar's military on a Buddhist monastery in the Pauk township of
Magway region killed 11 people on Wednesday, among them four novice monks, residents and a local
resistance group said.

Villagers had sheltered in the monastery after fighting nearby. The military did not comment.
""")
add("mgw-exile", "Example Myanmar Exile Media", "2027-02-11", "Pauk monastery strike: toll rises to 14", "airstrike-magway-monastery", """
The number of people killed when a junta jet bombed a monastery in Pauk township on Wednesday
rose to 14, the local People's Defence Force said on Thursday. The dead included five novices.
Residents said the jet dropped two bombs.
""")
add("kch-wire", "Example Asia Wire", "2027-02-16", "Air strike hits clinic in Myanmar's Kachin state", "airstrike-kachin-clinic", """
BANGKOK - A Myanmar military air strike hit a clinic run by the Kachin Independence Organisation
near Laiza in Kachin state on Tuesday, killing three medical workers and a patient, the group
said.

The strike came six days after a bombing of a monastery in Magway region killed 14 people.
""")
add("kch-junta", "Example Myanmar State Media", "2027-02-17", "Tatmadaw says it struck KIA targets near Laiza", "airstrike-kachin-clinic", """
NAY PYI TAW - The military information team said on Wednesday that the air force had carried
out "clearance operations" against positions of the KIA terrorist group near Laiza on Tuesday,
and denied that any medical facility had been hit.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
