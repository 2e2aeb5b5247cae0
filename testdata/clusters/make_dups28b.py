"""Writes dups28b.jsonl: a second blind battery for the same_statement
duplicates of session 28 (`parallax eval duplicates --data
testdata/clusters/dups28b.jsonl` and `eval incidents`). dups28's relays
shared too many words with their statements: the rules before the session
found them as well. Here each statement is rendered in words of its own
(a translation's vocabulary, numbered points, figures in words and digits,
a sign-off), as in probes24, and the titles vary: "Statement of ...",
"Communique No. 7 of ...", a headline. Every person, unit and number is
invented; states, towns, bodies and armed groups are real. Written after
the lane's change and before its first run; not tuned on.

Cases, each with its label decision:
  pe-pataz    illegal miners attack a mine in Pataz: the energy ministry's
              communique (numbered title) and a wire's relay are
              duplicates; the mining company's own statement the same day
              (the same toll, its own words and account) is the same
              incident, no duplicate.
  ml-boni     an ambush near Boni: the Malian general staff's communique
              and a wire's relay are duplicates; JNIM's claim (other
              figures) is the same incident, the general staff's next
              communique two days later on another operation another
              incident: no duplicates.
  cl-fire     a forest fire near Vina del Mar: the disaster agency's
              report in translation (a headline for title) and a wire's
              relay are duplicates; the forestry corporation's note the
              same day (hectares, brigades) is the same incident, no
              duplicate.
  tr-mod      Turkey's defence ministry weekly briefing in translation and a
              wire's relay are duplicates; the next week's briefing (same
              template, other figures) is another incident, no duplicate.
  ke-protest  protests in Nairobi: the police service's statement (a
              headline for title) and a paper's relay are duplicates; a
              rights group's statement the same day (other figures) and
              the police oversight authority's statement the next day
              are the same incident, no duplicates.

Usage: python3 testdata/clusters/make_dups28b.py > testdata/clusters/dups28b.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text, dup=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": "same_statement" if dup else ""})

# --- pe-pataz ---
add("pe-pataz-minem", "Example Lima Digest (English edition)", "2027-03-09", "Communique No. 7 of the Ministry of Energy and Mines", "pe-pataz", """
The Ministry of Energy and Mines expresses its deepest condolences to the families of the nine (9) workers who lost their lives in the criminal act perpetrated on the night of Sunday 7 March against the facilities of a formal mining operation in the province of Pataz, department of La Libertad.

The criminal groups linked to illegal mining used explosives in an underground gallery of the Santa Rosa concession. Fourteen (14) other workers were wounded and transferred to the health centre of Tayabamba.

The sector has coordinated with the Ministry of the Interior the reinforcement of the state of emergency in the province and will not yield to those who seek to appropriate the mineral by violence.

Lima, 8 March. Vice Minister of Mines, Carla Huaman.
""")
add("pe-pataz-wire", "Example Andes Wire", "2027-03-08", "Peru says nine miners killed in explosives attack in Pataz", "pe-pataz", """
LIMA - Peru's energy and mines ministry said on Monday that nine workers had been killed and 14 wounded when gangs tied to illegal mining set off explosives in a tunnel of a licensed gold mine in the Pataz province of La Libertad on Sunday night.

The ministry said the attack hit the Santa Rosa concession and that the wounded had been taken to a clinic in Tayabamba. Vice minister Carla Huaman said the government would strengthen the state of emergency in the province together with the interior ministry.

Pataz, one of Peru's main gold districts, has seen dozens of killings linked to disputes over tunnels.
""", dup="pe-pataz-minem")
add("pe-pataz-company", "Example Mining Journal", "2027-03-08", "Statement by Andes Gold Corporation on the attack at Santa Rosa", "pe-pataz", """
Andes Gold Corporation deeply regrets to report that nine members of our contractor teams died on Sunday night after intruders detonated explosive charges inside level 1,840 of our Santa Rosa unit in Pataz. Fourteen colleagues were injured; our medical team stabilised them before their transfer to Tayabamba.

Production at Santa Rosa has been suspended. We have repeatedly warned the authorities about armed groups occupying our tunnels and we ask for a permanent police presence in the area.
""")

# --- ml-boni ---
add("ml-boni-fama", "Example Bamako Observer", "2027-04-14", "Communique of the General Staff of the Armies on the attack near Boni", "ml-boni", """
The General Staff of the Armies informs the national and international opinion that on Tuesday 13 April 2027, around 07:00, a supply convoy of the FAMa was the target of a complex attack by armed terrorist groups between Boni and Hombori.

The vigorous reaction of the troops, supported by the air force, made it possible to repel the assailants. The provisional toll on the friendly side is six (06) dead and eleven (11) wounded. On the enemy side, about thirty (30) terrorists were neutralised and several motorcycles destroyed.

Search operations continue in the area. The General Staff salutes the memory of the fallen soldiers.
""")
add("ml-boni-wire", "Example Sahel Wire", "2027-04-13", "Mali army says six soldiers killed in ambush near Boni", "ml-boni", """
BAMAKO - Mali's army said on Tuesday that six soldiers had been killed and 11 wounded when militants attacked a supply convoy between Boni and Hombori in the central Mopti region early in the day.

Troops backed by aircraft repulsed the attack and killed around 30 of the assailants, the general staff said in a statement, adding that a sweep of the area was under way.

Al Qaeda and Islamic State affiliates have carried out frequent attacks on convoys on the road, which links central Mali with Gao.
""", dup="ml-boni-fama")
add("ml-boni-jnim", "Example Desert Monitor", "2027-04-14", "JNIM claims Boni ambush, says 19 soldiers killed", "ml-boni", """
The al Qaeda-linked group JNIM said in a claim carried by its media arm on Wednesday that its fighters had killed 19 Malian soldiers and Russian mercenaries in an ambush on a convoy near Boni on Tuesday, and seized four vehicles.

The group said two of its fighters had died. Its claim could not be independently verified; the army said six soldiers were killed.
""")
add("ml-hombori-fama", "Example Bamako Observer", "2027-04-16", "Communique of the General Staff of the Armies on an operation near Hombori", "ml-hombori", """
The General Staff of the Armies informs the national and international opinion that on Thursday 15 April 2027, an offensive reconnaissance mission of the FAMa destroyed a terrorist logistics base in the forest of Serma, south of Hombori.

The toll is twelve (12) terrorists neutralised, a large quantity of fuel and food destroyed and two (02) pick-ups recovered. No loss is to be deplored on the friendly side.
""")

# --- cl-fire ---
add("cl-fire-senapred", "Example Santiago Bulletin (English)", "2027-02-11", "Fire in Vina del Mar: 2,300 hectares burned, 3 dead", "cl-fire", """
(Translated from Spanish.) The National Disaster Prevention and Response Service (SENAPRED) reports that the forest fire in the sector of El Olivar, commune of Vina del Mar, Valparaiso Region, has affected as of 20:00 an area of 2,300 hectares.

Regrettably, three (3) people have lost their lives. The number of homes destroyed is preliminarily estimated at 180, and 1,150 people have been evacuated to shelters enabled by the municipality.

A Red Alert is maintained for the communes of Vina del Mar and Quilpue due to the threat of the fire. The population is asked to follow the instructions of the authorities.
""")
add("cl-fire-wire", "Example Americas Wire", "2027-02-11", "Chile forest fire kills three, destroys 180 homes near Vina del Mar", "cl-fire", """
SANTIAGO - A forest fire on the edge of the Chilean coastal city of Vina del Mar has killed three people, burned some 2,300 hectares and destroyed about 180 homes, the national disaster agency SENAPRED said on Thursday evening.

The agency said 1,150 people had been moved to shelters and that a red alert remained in force for Vina del Mar and neighbouring Quilpue. It urged residents to obey evacuation orders.

Fires in the same hills killed more than 130 people in 2024.
""", dup="cl-fire-senapred")
add("cl-fire-conaf", "Example Valparaiso News", "2027-02-11", "CONAF sends 40 brigades to El Olivar fire", "cl-fire", """
VINA DEL MAR - Chile's forestry corporation CONAF said on Thursday it had sent 40 brigades, 11 helicopters and three air tankers to fight the fire in El Olivar, which it said had spread to 2,300 hectares of pine, eucalyptus and scrub.

Regional director Jaime Lillo said strong winds and temperatures above 35 degrees had made the front hard to contain, and that the priority was to protect the houses on the upper streets of the hill.
""")

# --- tr-mod ---
add("tr-mod-brief", "Example Ankara Review", "2027-05-20", "Weekly press briefing of the Ministry of National Defence", "tr-mod-0520", """
(Unofficial translation.) Within the scope of the struggle against terrorism, forty-one (41) terrorists have been neutralised in the last week in northern Iraq and Syria, in operations conducted by our heroic Turkish Armed Forces.

In the Claw-Lock operation area, twenty-six (26) caves and shelters used by the terrorists were destroyed, and 57 weapons and 9,800 rounds of ammunition were seized.

Since 1 January, the number of terrorists neutralised has reached 1,214. Our struggle will continue until the last terrorist is neutralised.
""")
add("tr-mod-wire", "Example Mideast Wire", "2027-05-20", "Turkey says it killed 41 Kurdish militants in Iraq and Syria in a week", "tr-mod-0520", """
ANKARA - Turkey's defence ministry said on Thursday its forces had killed 41 Kurdish militants in northern Iraq and Syria over the past week.

At its weekly briefing, the ministry said troops had destroyed 26 caves and shelters and seized 57 weapons and 9,800 rounds of ammunition in the area of its Claw-Lock operation. It put the number of militants killed since the start of the year at 1,214.

Ankara uses the word "neutralised" for militants killed, captured or who surrender.
""", dup="tr-mod-brief")
add("tr-mod-brief-next", "Example Ankara Review", "2027-05-27", "Weekly press briefing of the Ministry of National Defence", "tr-mod-0527", """
(Unofficial translation.) Within the scope of the struggle against terrorism, thirty-three (33) terrorists have been neutralised in the last week in northern Iraq and Syria, in operations conducted by our heroic Turkish Armed Forces.

In the Claw-Lock operation area, nineteen (19) caves and shelters used by the terrorists were destroyed, and 44 weapons were seized.

Since 1 January, the number of terrorists neutralised has reached 1,247. Our struggle will continue until the last terrorist is neutralised.
""")

# --- ke-protest ---
add("ke-protest-nps", "Example Nairobi Gazette", "2027-07-08", "Police: 212 arrested, 38 officers injured in Nairobi demonstrations", "ke-protest", """
The National Police Service wishes to update the public on the demonstrations witnessed on Monday 7 July in Nairobi and other towns.

Regrettably, criminal elements infiltrated the demonstrations and engaged in looting and destruction of property in the Central Business District, Kitengela and Githurai. Thirty-eight (38) police officers sustained injuries in the line of duty, while two hundred and twelve (212) suspects were arrested and will be arraigned.

Eleven (11) police vehicles were set ablaze. The Service regrets the loss of four (4) lives, and the Independent Policing Oversight Authority has been notified. Signed: Muchiri Nyaga, National Police Spokesperson.
""")
add("ke-protest-paper", "Example East Africa Daily", "2027-07-08", "Police say 212 arrested after protests turn violent", "ke-protest", """
NAIROBI - Kenya's police said on Tuesday that 212 people had been arrested and 38 officers injured in Monday's protests in Nairobi, which they said had been hijacked by criminals who looted shops in the city centre, Kitengela and Githurai.

Police spokesman Muchiri Nyaga said in a statement that 11 police vehicles were burned and that four people had died. He said the oversight authority IPOA had been informed of the deaths.

Protesters were marking the anniversary of the 1990 Saba Saba demonstrations for multiparty democracy.
""", dup="ke-protest-nps")
add("ke-protest-rights", "Example East Africa Daily", "2027-07-08", "Rights groups say police killed nine protesters", "ke-protest", """
NAIROBI - A coalition of Kenyan rights groups said on Tuesday that police had shot dead nine people during Monday's protests in Nairobi and other towns, and that at least 87 people had been treated for gunshot wounds.

The Police Reforms Working Group said in a statement that officers in plain clothes had fired live rounds at unarmed demonstrators in the Central Business District and Githurai, and called for them to be prosecuted.
""")
add("ke-protest-ipoa", "Example Nairobi Gazette", "2027-07-09", "IPOA opens inquiry into deaths during Saba Saba protests", "ke-protest", """
NAIROBI - Kenya's Independent Policing Oversight Authority said on Wednesday it had opened investigations into the deaths of four people and the injuries of dozens of others during Monday's protests.

IPOA chair Grace Wambui said investigators had been deployed to Nairobi, Kitengela and Githurai and urged witnesses to come forward. She said the authority had also received reports of 38 officers injured.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
