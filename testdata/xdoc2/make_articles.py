"""Writes articles.jsonl: invented reports of nine conflict incidents for the
second cross-article gold (gold.json; TestXDoc2 in internal/fuse), in
conflicts that testdata/xdoc does not use. Every person named as a
spokesman, officer, doctor or resident is invented unless he or she is a
well-known office holder; every number, village and school name is
invented. States, armed groups, regions and towns are real. The texts are
written for this battery and copy no published article.

Incidents (gold.json gives their dates, the same-statement pairs, the
contradictions and the one-sided ones):
  G1 Israeli strike on a school shelter in Gaza City (2024-09-14): civilian
     targeting; Hamas, the Palestinian agency, the Israeli army, two wires
  G2 strike on a house in Gaza City four days later (2024-09-18): hard
     negative of G1 (same city, other days)
  S1 al-Shabaab attack on an army base at Sabiid, Lower Shabelle
     (2024-03-05): count contradiction (soldiers killed); a local paper the
     next day
  M1 junta air strike on Ohtaw village, Sagaing (2025-01-08): civilian
     targeting; one junta statement in two English renderings (a
     translation); a wire two days later
  L1 JNIM attack on the Boulkessi camp, Mali (2025-06-01): count
     contradiction (Malian soldiers killed)
  B1 attack on Djibo, Burkina Faso, the same day about 90 km away: hard
     negative of L1 (same day, same group, other place); its wire mentions
     the Boulkessi attack in one sentence
  Y1 Turkish drone strikes near Kobani, Syria (2024-12-10): civilian
     targeting, count contradiction (SDF fighters killed)
  Y2 the same Turkish ministry's statement of the same day on strikes in
     northern Iraq: hard negative of Y1 (one ministry, two subjects); one
     statement rendered by two outlets
  N1 ISWAP attack on Marte, Borno (2025-03-24): one-sided (only the army
     speaks; a wire quotes it and residents)

Usage: python3 testdata/xdoc2/make_articles.py > testdata/xdoc2/articles.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub,
                 "language": "en", "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))})


# G1: school shelter in Gaza City, 2024-09-14 (Saturday)
add("g1-wafa", "Example Palestinian News Agency", "2024-09-14", "Occupation strike on shelter school in Gaza City kills 22", """
GAZA - Twenty-two civilians, among them nine children, were killed on Saturday when Israeli occupation aircraft bombed the Al-Nour school, which was sheltering displaced families in the Al-Daraj neighbourhood of Gaza City, medical sources said.

The Civil Defence said its crews pulled bodies from the rubble of two classrooms where about 400 displaced people had been sleeping. Spokesman Rami Abu Zaid said most of the dead were women and children.

Hamas said in a statement that the bombing of a school full of displaced families was a new massacre against defenceless civilians and called on the international community to act.
""")
add("g1-toi", "Example Times of Israel", "2024-09-14", "IDF says it struck Hamas command center inside former school in Gaza City", """
The Israel Defense Forces said Saturday it carried out a precise strike on Hamas terrorists operating from a command and control center embedded inside a compound in Gaza City that previously served as the Al-Nour school.

The military said the center was used by Hamas to plan and carry out attacks against IDF troops and the State of Israel, and that numerous steps were taken before the strike to mitigate the risk of harming civilians, including the use of precise munitions and aerial surveillance.

The IDF said Hamas systematically violates international law by using civilian structures as shields, and rejected what it called the inflated figures published by the Hamas-run health ministry.
""")
add("g1-wire", "Example Wire", "2024-09-14", "Israeli strike on Gaza school shelter kills at least 22, health officials say", """
GAZA, Sept 14 (Example Wire) - An Israeli air strike on a school housing displaced Palestinians in Gaza City killed at least 22 people on Saturday, Palestinian health officials said, while the Israeli military said it had targeted a Hamas command post inside the building.

Witnesses said two missiles hit the upper floor of the Al-Nour school in the Al-Daraj district at dawn. "We were asleep, and then the ceiling fell on us," said Umm Khaled, who said she lost two nephews.

Hamas called the strike a massacre. The Israeli military said it had taken steps to reduce harm to civilians and accused Hamas of hiding among them.
""")
add("g1-aje", "Example Doha Channel", "2024-09-15", "Gaza buries victims of school strike as toll rises to 24", """
Families in Gaza City on Sunday buried the victims of Saturday's Israeli strike on the Al-Nour school shelter, as the Civil Defence said the death toll had risen to 24 after two wounded children died in hospital.

Mourners carried the bodies from the courtyard of Al-Ahli hospital, where doctors said they had treated more than 50 wounded from the strike. Dr Samir Hallaq said many had burns and crush injuries.

The Israeli army has said the school housed a Hamas command center, a claim Hamas rejects. UN officials said at least a dozen schools used as shelters have been hit in the past two months.
""")

# G2: house in Gaza City, 2024-09-18 (Wednesday), four days later
add("g2-wafa", "Example Palestinian News Agency", "2024-09-18", "Seven killed as occupation strike hits home in Gaza City's Shujaiya", """
GAZA - Seven members of one family were killed on Wednesday when Israeli occupation warplanes struck their home in the Shujaiya neighbourhood east of Gaza City, medical sources said.

The Civil Defence said rescuers were still searching for two people under the rubble of the three-storey Hassouna family house. Neighbours said the family had returned to the house a week earlier after fleeing to the west of the city.
""")
add("g2-wire", "Example Wire", "2024-09-18", "Israeli strike on Gaza City house kills seven, medics say", """
GAZA, Sept 18 (Example Wire) - An Israeli air strike on a house in the Shujaiya district of Gaza City killed seven people from one family on Wednesday, Palestinian medics said.

The Israeli military said it was looking into the report. It said separately that its forces had killed several militants in the area over the past day.

Residents said the strike came without warning. Gaza City has been hit repeatedly in recent weeks, including a strike on a school shelter on Saturday that killed more than 20 people.
""")

# S1: Sabiid, Lower Shabelle, 2024-03-05 (Tuesday)
add("s1-sonna", "Example Somali National News Agency", "2024-03-05", "SNA repulses Khawarij attack on Sabiid base, kills 47", """
MOGADISHU - The Somali National Army on Tuesday repulsed an attack by the Khawarij on its base in Sabiid, in the Lower Shabelle region, killing 47 of the terrorists, the Ministry of Defence said.

Deputy Defence Minister Abdullahi Warsame Hirsi said the militants attacked the base before dawn with a car bomb and heavy machine guns, and that the troops fought them off within two hours. Three soldiers were martyred and five others were wounded, he said.

The minister said the army seized two technical vehicles and a large amount of weapons left behind by the fleeing militants.
""")
add("s1-shabab", "Example Calamada", "2024-03-05", "Mujahideen storm apostate militia base in Sabiid", """
The mujahideen of Harakat al-Shabaab al-Mujahideen stormed a base of the apostate militia in Sabiid, Lower Shabelle, on Tuesday morning, killing 31 soldiers, according to a statement from the group's military operations office.

The statement said a martyrdom operation with a car bomb opened the way for the fighters, who took control of the base for several hours and captured weapons and ammunition before withdrawing.

The group said four of its fighters were killed in the assault.
""")
add("s1-wire", "Example Wire", "2024-03-06", "Al Shabaab attack on Somali army base leaves dozens dead, both sides say", """
MOGADISHU, March 6 (Example Wire) - Al Shabaab militants attacked a Somali army base in the Lower Shabelle region before dawn on Tuesday with a car bomb and gunfire, with the army and the insurgents giving sharply different accounts of the losses.

The defence ministry said 47 militants and three soldiers were killed in the fighting at Sabiid, about 40 km west of Mogadishu. Al Shabaab said it killed 31 soldiers and briefly held the base.

A resident of Sabiid, Hawo Mahad, said the fighting lasted for hours and that the army brought in reinforcements from Afgooye.
""")
add("s1-garowe", "Example Garowe Daily", "2024-03-06", "Lower Shabelle commander says Sabiid base secured after militant assault", """
AFGOOYE - The commander of army forces in Lower Shabelle, Colonel Ahmed Nur Gaab, said on Wednesday that the Sabiid base was fully under army control a day after al-Shabaab fighters attacked it with a car bomb.

Gaab told reporters in Afgooye that the blast destroyed the base's outer wall and two armoured vehicles. He said the militants who broke in were killed or driven out by midday on Tuesday.

Elders in Sabiid said dozens of families fled to nearby villages during the fighting and had begun to return.
""")

# M1: Ohtaw village, Kani township, Sagaing, 2025-01-08 (Wednesday)
add("m1-nug", "Example Myanmar Now", "2025-01-08", "Junta jets bomb Sagaing village, killing 27 civilians", """
Junta fighter jets bombed Ohtaw village in Kani township, Sagaing Region, on Wednesday afternoon, killing 27 civilians, among them eight children, the National Unity Government said.

NUG spokesman Htet Lin Aung said two bombs hit a monastery compound where villagers were attending a religious ceremony, and a third struck houses nearby. He said there were no resistance fighters in the village.

"This is a deliberate attack on civilians and a war crime," the spokesman said, calling on ASEAN and the United Nations to stop the supply of aviation fuel to the military.
""")
add("m1-gnlm", "Example Global New Light of Myanmar", "2025-01-09", "Tatmadaw conducts air operations against PDF terrorists near Ohtaw", """
NAY PYI TAW, 9 January - The Tatmadaw conducted air operations on 8 January against PDF terrorists who had attacked security forces near Ohtaw village in Kani township, the Tatmadaw True News Information Team said.

The terrorists had gathered in the village to launch drone attacks on a security outpost, the team said, adding that the air operations targeted only terrorist positions and that no civilians were targeted.

The Information Team said reports by some foreign media that civilians and a monastery were hit were fabricated news aimed at harming the image of the Tatmadaw.
""")
add("m1-mrtv", "Example Myanmar News Agency (translated)", "2025-01-09", "Security forces carry out air strikes on terrorist positions in Kani township", """
On 8 January, the Tatmadaw carried out air strikes against PDF terrorist groups that had attacked the security forces near Ohtaw village, Kani township, according to the Tatmadaw True News Information Team.

The terrorists had gathered in the village in order to attack a security outpost with drones. The strikes were aimed only at the positions of the terrorists, and no civilians were targeted, the Information Team said.

News published by certain foreign media claiming that civilians and a monastery were struck is fabricated, with the aim of tarnishing the image of the Tatmadaw, the Information Team said.
""")
add("m1-wire", "Example Wire", "2025-01-10", "Myanmar junta denies killing civilians in Sagaing air strike", """
BANGKOK, Jan 10 (Example Wire) - Myanmar's military denied on Thursday that its air strike on a village in the Sagaing region on Wednesday killed civilians, after the opposition National Unity Government said 27 people died when bombs hit a monastery.

The junta said it had targeted fighters of the People's Defence Force who were preparing drone attacks near Ohtaw village in Kani township. A villager reached by phone said the dead were farmers and monks and that he helped bury 24 bodies on Wednesday night.

The Example Wire could not independently verify the accounts. Phone and internet lines in much of Sagaing have been cut for months.
""")

# L1: Boulkessi camp, Mali, 2025-06-01 (Sunday)
add("l1-fama", "Example Malian Armed Forces", "2025-06-01", "FAMa repel terrorist attack on Boulkessi camp", """
BAMAKO - The Malian Armed Forces (FAMa) on Sunday repelled a complex attack by armed terrorist groups on their camp at Boulkessi, in the Mopti region, the army general staff said in a communique.

The FAMa neutralised 41 terrorists and destroyed several vehicles and motorbikes, the communique said. Five soldiers were killed and eleven were wounded, it said.

The general staff said reinforcements and air assets were sent to the area and that search operations were continuing.
""")
add("l1-jnim", "Example Az-Zallaqa", "2025-06-01", "JNIM says it seized Boulkessi barracks", """
The Group for the Support of Islam and Muslims (JNIM) said in a statement on Sunday that its fighters had taken control of the military barracks of Boulkessi after an assault at dawn.

The group said its fighters killed more than 60 soldiers of the Malian army and their Russian allies and seized weapons, ammunition and vehicles.
""")
add("l1-wire", "Example Wire", "2025-06-02", "Dozens killed as jihadists attack army camp in central Mali", """
BAMAKO, June 2 (Example Wire) - Jihadist fighters attacked a Malian army camp at Boulkessi near the border with Burkina Faso on Sunday, killing dozens of soldiers, two security sources said, in one of the deadliest assaults on the army this year.

Mali's army said it repelled the attack and killed 41 assailants, while losing five soldiers. The al Qaeda-linked JNIM said it killed more than 60 soldiers and briefly held the camp. A local official said at least 30 soldiers were buried in Boulkessi on Monday.
""")

# B1: Djibo, Burkina Faso, the same day
add("b1-aib", "Example Burkina Information Agency", "2025-06-01", "Armed forces repel terrorist assault on Djibo", """
OUAGADOUGOU - The defence and security forces on Sunday repelled a massive terrorist attack on the town of Djibo, in the Soum province, the army said.

Soldiers and Volunteers for the Defence of the Homeland (VDP) fought the attackers for several hours around the army detachment and the town's main market, and air support neutralised dozens of terrorists, the army said.

The army said the situation in Djibo was under control and thanked the population for its resilience.
""")
add("b1-wire", "Example Wire", "2025-06-02", "Jihadists attack Burkina Faso's Djibo, residents report heavy losses", """
OUAGADOUGOU, June 2 (Example Wire) - Hundreds of jihadist fighters attacked the town of Djibo in northern Burkina Faso on Sunday, residents and a security source said, and the al Qaeda-linked JNIM claimed the assault.

Residents said the attackers stormed the army detachment and set fire to houses and shops before withdrawing in the afternoon. A humanitarian worker said more than 50 civilians and soldiers were killed.

The same group attacked an army camp at Boulkessi, across the border in Mali, on the same day. Djibo, home to tens of thousands of displaced people, has been under blockade by jihadists for more than two years.
""")

# Y1: Kobani, 2024-12-10 (Tuesday)
add("y1-msb", "Example Anadolu", "2024-12-10", "Turkish forces neutralize 12 PKK/YPG terrorists in northern Syria", """
ANKARA - Turkish forces neutralized 12 PKK/YPG terrorists in an air operation in northern Syria, the National Defence Ministry said on Tuesday.

The terrorists were neutralized near Ayn al-Arab, also known as Kobani, after they were detected preparing an attack on Turkish bases in the region, the ministry said in a statement on X. It said only terrorist targets were hit and that no civilians were harmed in the operation.

Turkish authorities use the term neutralized to mean the terrorists in question surrendered or were killed or captured.
""")
add("y1-sdf", "Example Hawar Agency", "2024-12-10", "Turkish drones hit bakery and power station in Kobani countryside", """
KOBANI - Turkish drones struck a bakery and a power station in villages south of Kobani on Tuesday, killing five civilians and two fighters of the Syrian Democratic Forces, the SDF media centre said.

SDF spokesman Dilovan Haso said the strikes on civilian infrastructure were a war crime and part of a Turkish campaign to empty the region of its people. He said the two fighters were killed while guarding the power station.

The strikes left several villages without electricity and bread, residents said.
""")
add("y1-wire", "Example Wire", "2024-12-11", "Turkish drone strikes near Syria's Kobani kill civilians, Kurdish-led force says", """
BEIRUT, Dec 11 (Example Wire) - Turkish drone strikes near the Syrian town of Kobani on Tuesday killed five civilians and two fighters, the Kurdish-led Syrian Democratic Forces said, while Turkey said it had killed 12 militants preparing attacks.

A resident of the village of Qara Qozaq said a bakery was destroyed in the strikes. Turkey considers the SDF's main force, the YPG, an offshoot of the outlawed Kurdistan Workers' Party (PKK) and has struck its positions in northern Syria for years.
""")

# Y2: the same ministry, the same day: northern Iraq
add("y2-aa", "Example Anadolu", "2024-12-10", "Türkiye neutralizes 4 PKK terrorists in northern Iraq", """
ANKARA - Turkish security forces neutralized four PKK terrorists in the Metina region of northern Iraq, the National Defence Ministry said on Tuesday.

The terrorists were neutralized in an operation in the Claw-Lock zone after they were detected near a Turkish base, the ministry said in a statement, adding that operations would continue until the last terrorist is neutralized.
""")
add("y2-sabah", "Example Daily Sabah", "2024-12-10", "Turkish army neutralizes 4 PKK terrorists in N. Iraq", """
ANKARA - The Turkish military neutralized four PKK terrorists in northern Iraq's Metina region, the National Defence Ministry said Tuesday.

According to the ministry's statement, the four terrorists were neutralized in the Claw-Lock operation area after they were spotted near a Turkish base. The operations will continue until the last terrorist is neutralized, the ministry said.
""")

# N1: Marte, Borno, 2025-03-24 (Monday); only the army speaks
add("n1-army", "Example Nigerian Army", "2025-03-24", "Troops repel ISWAP attack on Marte, neutralise 23 terrorists", """
MAIDUGURI - Troops of Operation Hadin Kai on Monday repelled an attack by ISWAP terrorists on their base in Marte, Borno State, neutralising 23 of the terrorists, the army said.

Army spokesman Major General Musa Adamu said the terrorists came in gun trucks and on motorcycles before dawn, and that the troops, supported by the Air Component, engaged them in a fierce firefight. Two soldiers were wounded, he said.

He said the troops recovered three gun trucks, rocket-propelled grenades and assorted ammunition.
""")
add("n1-wire", "Example Wire", "2025-03-24", "Nigeria's army says it repelled jihadist attack on Borno base", """
MAIDUGURI, Nigeria, March 24 (Example Wire) - Nigeria's army said on Monday it repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte in the northeastern state of Borno, killing 23 insurgents.

Residents of Marte said the shooting started around 3 a.m. and lasted about three hours. A member of a local vigilante group, Bukar Kolo, said several houses near the base were burned.

Army spokesman Musa Adamu said two soldiers were wounded. Marte has changed hands several times during the 15-year insurgency.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
