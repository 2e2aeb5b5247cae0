"""Writes probes.jsonl: invented reports for the incident-grouping test
(TestClusterProbes in internal/fuse; `parallax eval incidents --data
testdata/clusters/probes.jsonl`). Every name of a person, ship or unit and
every number is invented; states, towns and armed groups are real.

Incidents (gold label: reports of one happening within days):
  kharkiv-strike     two reports (wire, Kyiv daily); the wire adds an aside on
                     Turkey and the EU
  odesa-port         same parties, same day, another city: apart
  zamzam-assault     two reports; nyala-airstrike (same parties, next day,
                     190 km away) apart
  almaty-talks       a preview with a fronted future weekday after a dateline
                     ("YEREVAN - On Friday, ... will meet") and the outcome;
                     kalbajar-fire (same parties, same days, filed from the
                     same capital as the outcome) apart
  marlin-dawn        two reports of a ship attack
  lido-beach         two reports of a siege
  djibo-attack       two reports, one with an aside naming Mali, France and
                     Niger; diapaga-attack (same day, 250 km away) apart
  druzhkivka-strike  two reports naming the town and the city 20 km away

Usage: python3 testdata/clusters/make_probes.py > testdata/clusters/probes.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})

add("kharkiv-wire", "Example Wire", "2025-04-05", "Russian missile strike on Kharkiv apartment block kills five", "kharkiv-strike", """
KHARKIV, April 5 - A Russian missile struck a nine-storey apartment block in Kharkiv early on Saturday, killing five people and wounding 31, Mayor Ihor Terekhov said.
Rescuers were searching the rubble of the building in the city's Kyivskyi district for more residents, Terekhov wrote on Telegram.
Regional governor Oleh Syniehubov said two children were among the wounded. Ukraine's air force said Russia had launched two Iskander missiles at the city.
Russia's Defence Ministry did not comment on the strike. Moscow says it does not target civilians.
Separately, Turkey's foreign minister will travel to Brussels on Monday to discuss Black Sea shipping with European Union officials, a Turkish diplomatic source said.
""")
add("kharkiv-daily", "Example Kyiv Daily", "2025-04-06", "Death toll from Kharkiv missile attack rises to seven", "kharkiv-strike", """
The death toll from Russia's April 5 missile attack on Kharkiv has risen to seven after rescuers pulled two more bodies from the ruins of a residential building, Governor Oleh Syniehubov said on April 6.
The ballistic missile hit the apartment block in the Kyivskyi district shortly before dawn, Syniehubov said. Thirty-four people were injured, including two children.
"This was a deliberate strike on a residential neighbourhood," Kharkiv Mayor Ihor Terekhov said. The Russian Defence Ministry claimed its forces had hit a Ukrainian drone workshop in Kharkiv.
""")
add("odesa-port", "Example Wire", "2025-04-05", "Russian drones hit Odesa grain terminal", "odesa-port", """
ODESA, April 5 - Russian drones struck a grain terminal at the port of Odesa overnight, setting fire to storage tanks and injuring three dock workers, the regional military administration said on Saturday.
Governor Oleh Kiper said air defences shot down 14 of 19 Shahed drones over the Odesa region. A Panama-flagged bulk carrier moored at the terminal was slightly damaged, the port authority said.
Russia's Defence Ministry said it had struck fuel depots used by the Ukrainian army in southern Ukraine.
""")

add("zamzam-tribune", "Example Sudan Tribune", "2025-04-12", "RSF storms Zamzam displacement camp", "zamzam-assault", """
EL FASHER - The Rapid Support Forces (RSF) stormed the Zamzam displacement camp south of El Fasher on Friday, killing dozens of displaced people and torching shelters, camp coordinators said.
The General Coordination for Displaced Persons and Refugees said at least 60 civilians were killed, among them nine aid workers from a medical charity that ran the camp's last clinic.
The Sudanese Armed Forces said in a statement that the RSF shelled the camp for two days before its fighters entered it. Tens of thousands of families fled towards Tawila, residents said.
""")
add("zamzam-network", "Example Gulf Network", "2025-04-13", "Aid groups say more than 100 killed in RSF attack on Zamzam camp", "zamzam-assault", """
More than 100 people, including children and nine health workers, were killed when the paramilitary Rapid Support Forces attacked the Zamzam camp in North Darfur, the United Nations said on Saturday.
The RSF said in a statement that Zamzam had been turned into a base for army-allied fighters and denied targeting civilians. Satellite images showed large parts of the camp near El Fasher burned.
"The attack on Zamzam is a horror," said UN aid chief Tom Fletcher, calling for safe passage for those fleeing to Tawila.
""")
add("nyala-airstrike", "Example Sudan Tribune", "2025-04-13", "Army airstrike on Nyala market kills 20", "nyala-airstrike", """
NYALA - A Sudanese army airstrike hit the central market of Nyala, the capital of South Darfur, on Saturday, killing 20 civilians and wounding dozens, according to the RSF-run civil administration.
The Rapid Support Forces accused the army of bombing traders and shoppers. The Sudanese Armed Forces said its aircraft had destroyed RSF weapons depots and a drone control centre near Nyala airport.
""")

add("almaty-preview", "Example Caucasus Wire", "2024-05-09", "Armenian and Azerbaijani foreign ministers to meet in Almaty", "almaty-talks", """
YEREVAN - On Friday, the foreign ministers of Armenia and Azerbaijan will meet in Almaty for two days of talks on the draft peace treaty, Kazakhstan's Foreign Ministry said.
Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov are expected to discuss the delimitation of the border and the opening of transport links.
Kazakh President Kassym-Jomart Tokayev offered to host the negotiations during a visit to Baku last month.
""")
add("almaty-outcome", "Example Baku Agency", "2024-05-11", "Bayramov and Mirzoyan end Almaty talks on peace treaty", "almaty-talks", """
BAKU - Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan ended two days of negotiations on a peace agreement in Almaty on Saturday.
The ministers agreed to continue work on the unresolved articles of the draft treaty, Azerbaijan's Foreign Ministry said in a statement. Mirzoyan told reporters in Almaty that the talks were constructive.
Kazakhstan's President Kassym-Jomart Tokayev received both delegations on Friday.
""")
add("kalbajar-fire", "Example Baku Agency", "2024-05-10", "Azerbaijan says Armenian forces fired at its positions in Kalbajar", "kalbajar-fire", """
BAKU - Armenian armed forces units fired on Azerbaijani army positions in the Kalbajar district with small arms on Friday, Azerbaijan's Defence Ministry said.
The ministry said its units took "adequate retaliatory measures". Armenia's Defence Ministry denied the report, calling it disinformation, and said its positions near Sotk had not opened fire.
""")

add("redsea-wire", "Example Wire", "2024-07-15", "Houthis attack tanker in Red Sea, maritime agency says", "marlin-dawn", """
DUBAI - A Liberian-flagged oil tanker, the Marlin Dawn, was hit by an explosive-laden drone boat in the Red Sea about 90 nautical miles northwest of Hodeidah on Monday, the British military's maritime agency UKMTO said.
The crew were safe and the vessel was proceeding to its next port of call, the agency said. Yemen's Houthi rebels, who have attacked shipping since November, did not immediately claim the attack.
""")
add("redsea-outlet", "Example Jerusalem Outlet", "2024-07-16", "Houthi spokesman claims drone boat attack on tanker", "marlin-dawn", """
The Houthi military spokesman Yahya Saree claimed on Tuesday that the group's naval forces targeted the oil tanker Marlin Dawn off Yemen's Hodeidah with an unmanned surface vessel.
Saree said in a televised statement that the tanker belonged to a company dealing with Israeli ports. UKMTO reported minor damage to the ship's hull and no casualties among the crew.
""")

add("lido-outlet", "Example Puntland Outlet", "2024-08-03", "Al-Shabaab attack on Lido beach kills 32", "lido-beach", """
MOGADISHU - At least 32 people were killed and 63 wounded when al-Shabaab militants attacked a crowded restaurant on Mogadishu's Lido beach on Friday night, police spokesman Abdifatah Aden said.
A suicide bomber blew himself up at the entrance of the Beach View restaurant before gunmen stormed it, Aden said. Security forces killed five attackers and captured one.
Al-Shabaab claimed responsibility for the attack through its Andalus radio station.
""")
add("lido-wire", "Example Wire", "2024-08-03", "Somali police say death toll from beach restaurant siege rises", "lido-beach", """
MOGADISHU, Aug 3 - Somali security forces ended a siege at a beachfront restaurant in Mogadishu on Saturday after al-Shabaab fighters killed at least 32 people, police said.
Witnesses said an explosion near the Beach View restaurant on Lido beach was followed by hours of gunfire. The al Qaeda-linked group said its fighters carried out the attack.
""")


add("djibo-wire", "Example Wire", "2025-05-11", "Jihadists attack army base in Djibo, northern Burkina Faso", "djibo-attack", """
OUAGADOUGOU, May 11 - Hundreds of jihadist fighters attacked an army base and a police post in the northern Burkina Faso town of Djibo on Sunday, killing dozens of soldiers, security sources and residents said.
The al Qaeda-linked group JNIM claimed the assault, saying its fighters had seized weapons and vehicles. Burkina Faso's army said its troops repelled the attackers after several hours of fighting and killed scores of militants.
Residents said the fighters burned shops in the town's market before withdrawing. In neighbouring Mali, the junta said on Sunday it had expelled a French diplomat accused of spying, and Niger's government said it had recalled its ambassador from Paris.
""")
add("djibo-outlet", "Example Sahel Outlet", "2025-05-12", "JNIM says it killed 100 soldiers in Djibo raid", "djibo-attack", """
The Group for the Support of Islam and Muslims (JNIM) said on Monday that its fighters killed more than 100 soldiers and militiamen during Sunday's raid on Djibo, the main town of Burkina Faso's Soum province.
Survivors said the attackers overran the base of the army's 14th battalion at dawn. Burkina Faso's junta has not given a toll; state television said the army had driven the jihadists out of Djibo and was pursuing them.
""")
add("diapaga-attack", "Example Sahel Outlet", "2025-05-11", "Gunmen kill 15 civilians near Diapaga in eastern Burkina Faso", "diapaga-attack", """
Gunmen killed 15 civilians in an attack on a village near Diapaga in eastern Burkina Faso on Sunday, a local official said. The official blamed jihadists of JNIM, which is active along the border with Niger and Benin.
Burkina Faso's army said it had sent reinforcements to the area. The attackers also burned granaries and stole cattle, residents said.
""")
add("druzhkivka-wire", "Example Wire", "2025-06-20", "Russian glide bomb hits Druzhkivka, kills three", "druzhkivka-strike", """
A Russian guided aerial bomb struck a residential street in Druzhkivka in Ukraine's Donetsk region on Friday, killing three civilians and wounding eight, regional governor Vadym Filashkin said.
Filashkin said the bomb destroyed two private houses and damaged a school. Russia has intensified strikes on towns behind the front line as its troops push towards Kostiantynivka.
""")
add("druzhkivka-daily", "Example Kyiv Daily", "2025-06-21", "Three killed as Russia bombs town near Kramatorsk", "druzhkivka-strike", """
Russian forces dropped a glide bomb on a town near Kramatorsk on June 20, killing three people, Donetsk Oblast Governor Vadym Filashkin reported.
Eight more were injured in the attack on Druzhkivka, which lies about 20 kilometres south of Kramatorsk. Rescuers worked through the night to clear the rubble of two destroyed homes, the State Emergency Service said.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
