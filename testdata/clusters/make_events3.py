"""Writes events3.jsonl: the third battery of invented reports for the
incident-grouping test (TestEventProbes3 in internal/fuse;
`parallax eval incidents --data testdata/clusters/events3.jsonl`), in the
style of cross-document event coreference data: one happening told by
several outlets (wires, each side's agencies and ministries, local papers,
rights groups, monitors) in different words, with dates given relatively
("on Tuesday", "overnight", "Tuesday's strike") and places at different
granularity (a district, a town, a region, a country).

Every person, figure and toll is invented; states, towns, armed groups and
institutions are real. The expected grouping (the "incident" labels) was
written before parallax ran on the file.

Twelve topics, conflicts and ordinary news, each with near misses:
- same kind, same place, another day: a drone strike on a market and
  shelling of the same city three days later (Sudan); two fires in Dhaka
  five days apart; two building collapses in Lagos four days apart; a
  quake and its strong aftershock three days later (Turkey);
- same kind, same day, another town: drones on El Obeid and on Kosti;
  missiles on Dnipro and drones on Kryvyi Rih in one night; protests in
  Nairobi and in Mombasa; shootings in Tulsa and Oklahoma City;
- two attacks in one city on one day: a car bomb in the morning and
  mortars on the airport zone in the evening (Mogadishu);
- follow-ups that are happenings of their own: a retaliation the next day
  (Belgorod after Dnipro; rockets on Kiryat Shmona after a strike in
  Nabatieh), an arrest two days after a stabbing and the suspect's first
  court appearance weeks later, a protester's funeral that turns into a
  clash, a second attack on another town of the same province two days
  later (Djibo, Arbinda);
- follow-ups of the same happening (a toll revised, aid arriving, a
  survivor's account days later) stay in its incident.

Usage: python3 testdata/clusters/make_events3.py > testdata/clusters/events3.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- Sudan: El Obeid market (Tue 11 Mar), Kosti the same day, El Obeid shelled on Friday ----
add("sd-obeid-wire", "Example Wire", "2025-03-11", "Drone strike on Sudan market kills 23", "sd-obeid-market", """
PORT SUDAN, March 11 - A drone strike hit a crowded market in El Obeid, the capital of Sudan's North Kordofan state, on Tuesday, killing at least 23 people, a medical source at the city's main hospital said.
The army-aligned state government blamed the Rapid Support Forces, which have besieged the city for months. The RSF did not respond to a request for comment.
Witnesses said the drone struck near the livestock section of the market shortly before noon.
""")
add("sd-obeid-army", "Example Sudan State Agency", "2025-03-11", "Rebel militia targets civilians in El Obeid", "sd-obeid-market", """
The Sudanese Armed Forces said the terrorist Rapid Support Forces militia launched a strategic drone at the Souq al-Kabir in El Obeid at midday, martyring 21 citizens and wounding dozens.
Army spokesman Brigadier Nabil Hamdan said the attack was a crime against unarmed civilians and that air defences had shot down two more drones over the city.
""")
add("sd-obeid-doctors", "Example Rights Monitor", "2025-03-12", "Doctors say toll from Kordofan market attack rises to 31", "sd-obeid-market", """
The toll from Tuesday's drone attack on the main market of El Obeid has risen to 31, among them six children, the Sudan Doctors Network said on Wednesday.
The network said the wounded had overwhelmed the hospital in the North Kordofan capital, which was short of blood and anaesthetics, and accused the RSF of deliberately targeting a civilian site.
""")
add("sd-obeid-later", "Example Africa Outlet", "2025-03-13", "Traders return to ruined El Obeid market", "sd-obeid-market", """
Two days after the drone strike that tore through its busiest market, traders in El Obeid began clearing charred stalls on Thursday.
"I lost my brother and my shop in one minute," said Adam Tirab, a grain seller. Local officials now put the number of dead at 31.
""")
add("sd-kosti-wire", "Example Wire", "2025-03-11", "Drones target power station in Sudan's White Nile state", "sd-kosti-drones", """
KHARTOUM, March 11 - Drones struck a power station and a fuel depot in Kosti, in Sudan's White Nile state, on Tuesday, cutting electricity to the city, a state official said.
Two guards were killed. The official blamed the paramilitary Rapid Support Forces.
""")
add("sd-kosti-local", "Example Sudan Paper", "2025-03-12", "Kosti in darkness after drone attack", "sd-kosti-drones", """
Residents of Kosti spent a second night without power on Wednesday after drones hit the city's transformer station and a nearby fuel depot. Engineers said repairs could take a week.
Two watchmen at the depot died in the strike, the White Nile government said.
""")
add("sd-shell-wire", "Example Wire", "2025-03-14", "RSF shells residential districts of besieged El Obeid", "sd-obeid-shelling", """
PORT SUDAN, March 14 - The Rapid Support Forces shelled residential districts of El Obeid on Friday, killing nine people, days after a drone strike on the city's market, a local resistance committee said.
Shells landed in the Al-Qubba and Karima neighbourhoods in the early morning.
""")
add("sd-shell-local", "Example Sudan Paper", "2025-03-15", "Nine killed as artillery hits homes in North Kordofan capital", "sd-obeid-shelling", """
Artillery fire hit homes in two neighbourhoods of El Obeid on Friday morning, killing nine members of three families, the North Kordofan health ministry said on Saturday.
The ministry said the shells were fired from RSF positions west of the city.
""")

# --- Somalia: two attacks in Mogadishu on Saturday 5 April ---------------------------------
add("so-bomb-wire", "Example Wire", "2025-04-05", "Car bomb kills 11 at Mogadishu checkpoint", "so-mogadishu-carbomb", """
MOGADISHU, April 5 - A car bomb exploded at a security checkpoint near the Daljirka Dahsoon monument in central Mogadishu on Saturday morning, killing at least 11 people, police said.
Al Shabaab said in a statement on a website linked to the group that it had carried out the attack, which it said targeted government soldiers.
""")
add("so-bomb-police", "Example Somali State Agency", "2025-04-05", "Police: terrorists' car bomb kills civilians and officers", "so-mogadishu-carbomb", """
The Somali Police Force said a vehicle packed with explosives was driven into the Daljirka Dahsoon checkpoint at about 8 am, killing four officers and seven civilians.
Police spokesman Abdikarim Waayeel said the Khawarij had again shown their disregard for Somali lives.
""")
add("so-bomb-local", "Example Mogadishu Radio", "2025-04-06", "Families bury victims of Saturday's checkpoint bombing", "so-mogadishu-carbomb", """
Families in Mogadishu buried on Sunday most of the 11 people killed when a car bomb hit a checkpoint in the city centre on Saturday morning. Among them was Hodan Ciise, a tea seller who worked beside the checkpoint.
""")
add("so-mortar-wire", "Example Wire", "2025-04-05", "Mortars land near Mogadishu airport compound", "so-mogadishu-mortars", """
MOGADISHU, April 5 - Several mortar shells landed inside the heavily fortified airport zone of Mogadishu on Saturday evening, hours after a car bomb in the city centre, wounding three contractors, a security official said.
The Halane compound houses the United Nations and several embassies. Al Shabaab said it fired the shells.
""")
add("so-mortar-un", "Example Humanitarian Site", "2025-04-06", "UN staff shelter as shells hit Halane", "so-mogadishu-mortars", """
UN staff in the Halane base spent part of Saturday night in bunkers after at least five mortar rounds fell inside the compound near Aden Adde airport, a UN spokesperson said on Sunday. Three contract workers were hurt by shrapnel.
""")

# --- Ukraine: Dnipro and Kryvyi Rih in one night (13 May), Belgorod the next day -----------
add("ua-dnipro-gov", "Example Ukrainian Agency", "2025-05-13", "Russian missile hits Dnipro apartment block, 14 dead", "ua-dnipro-missile", """
A Russian ballistic missile struck a nine-storey apartment building in Dnipro on Tuesday evening, killing 14 people and wounding 40, regional governor Serhiy Lysak said.
Rescuers were still searching the rubble of two collapsed entrances overnight. The Air Force said the missile was an Iskander-M launched from Russia's Rostov region.
""")
add("ua-dnipro-ru", "Example Russian State Agency", "2025-05-14", "Russian forces hit military-industrial site in Dnipropetrovsk region", "ua-dnipro-missile", """
The Russian Defence Ministry said on Wednesday that its forces had struck a workshop assembling long-range drones in the city of Dnipro with an Iskander missile on Tuesday.
The ministry said all designated targets had been hit and denied targeting residential buildings, saying damage to homes was caused by Ukrainian air defence.
""")
add("ua-dnipro-wire", "Example Wire", "2025-05-14", "Toll in Dnipro strike rises as Kyiv seeks more air defence", "ua-dnipro-missile", """
KYIV, May 14 - The toll from a Russian missile strike on an apartment building in the central Ukrainian city of Dnipro rose to 17 on Wednesday, officials said, as President Volodymyr Zelensky renewed calls for more Patriot systems.
Moscow said it had hit a military target in the city. The agency could not verify either side's account.
""")
add("ua-kryvyi-gov", "Example Ukrainian Agency", "2025-05-13", "Drones hit Kryvyi Rih, two injured", "ua-kryvyi-drones", """
Russian Shahed drones attacked Kryvyi Rih late on Tuesday, damaging a school and a gas pipeline and injuring two people, the head of the city's defence council Oleksandr Vilkul said.
Air defences shot down seven of the eleven drones over the city.
""")
add("ua-kryvyi-local", "Example Ukrainian Regional Paper", "2025-05-14", "School in Kryvyi Rih damaged in overnight drone attack", "ua-kryvyi-drones", """
Classes at School No. 44 in Kryvyi Rih were suspended on Wednesday after a drone hit its gym overnight. A caretaker and a passer-by were treated for cuts. Crews repaired a damaged gas line in the Metalurhiinyi district by morning.
""")
add("ru-belgorod-gov", "Example Russian State Agency", "2025-05-14", "Ukrainian drones strike Belgorod, one killed", "ru-belgorod-drones", """
Ukrainian drones attacked the city of Belgorod on Wednesday afternoon, killing one man and setting fire to a fuel station, regional governor Vyacheslav Gladkov said.
The Defence Ministry said air defences destroyed 12 Ukrainian drones over the Belgorod region.
""")
add("ru-belgorod-wire", "Example Wire", "2025-05-15", "Drone attack on Russian border city follows deadly Dnipro strike", "ru-belgorod-drones", """
MOSCOW, May 15 - A Ukrainian drone attack on the Russian border city of Belgorod on Wednesday killed one person and set a petrol station ablaze, a day after a Russian missile killed 17 people in Dnipro.
A source in Ukraine's SBU security service said the attack targeted fuel supplies for Russian troops.
""")

# --- Dhaka: factory fire in Mirpur (Wed 18 June), warehouse fire in Old Dhaka (Mon 23 June) ---
add("bd-mirpur-wire", "Example Wire", "2025-06-18", "Fire at Dhaka garment factory kills 16", "bd-mirpur-fire", """
DHAKA, June 18 - A fire swept through a garment factory in the Mirpur area of Bangladesh's capital on Wednesday, killing at least 16 workers, fire service officials said.
Workers said the exit on the second floor was locked. Twelve fire units needed three hours to bring the blaze under control.
""")
add("bd-mirpur-local", "Example Dhaka Paper", "2025-06-19", "Mirpur factory owner detained after deadly blaze", "bd-mirpur-fire", """
Police detained the owner of Rupnagar Apparels in Mirpur on Thursday, a day after a fire at the factory killed 16 workers, most of them young women.
Fire Service and Civil Defence director Lt Col Tajul Karim said the building had no fire licence and its stairway was blocked by fabric rolls.
""")
add("bd-mirpur-union", "Example Labour Site", "2025-06-20", "Unions demand justice for Rupnagar fire victims", "bd-mirpur-fire", """
Garment unions held a vigil outside the burnt Rupnagar Apparels building on Friday and demanded compensation for the families of the 16 workers who died in Wednesday's fire.
""")
add("bd-chawk-wire", "Example Wire", "2025-06-23", "Warehouse fire in Old Dhaka kills five", "bd-chawkbazar-fire", """
DHAKA, June 23 - A fire at a chemical warehouse in the Chawkbazar area of Old Dhaka killed five people on Monday, five days after a deadly factory blaze in the city's Mirpur district, officials said.
""")
add("bd-chawk-local", "Example Dhaka Paper", "2025-06-24", "Chemical stores in Old Dhaka in spotlight again", "bd-chawkbazar-fire", """
Monday's fire in a plastics and chemicals depot on Chawkbazar's Water Works Road, which killed five people, has renewed calls to move chemical warehouses out of the old city's crowded lanes.
""")

# --- Turkey: quake in Malatya (Tue 8 July) and a strong aftershock (Fri 11 July) -------------
add("tr-quake-wire", "Example Wire", "2025-07-08", "Magnitude 6.1 quake jolts eastern Turkey", "tr-malatya-quake", """
ISTANBUL, July 8 - A magnitude 6.1 earthquake struck Turkey's eastern province of Malatya before dawn on Tuesday, killing three people and damaging dozens of buildings already weakened by the 2023 disaster, the disaster agency AFAD said.
The quake was centred in the Yesilyurt district at a depth of 9 km.
""")
add("tr-quake-agency", "Example Turkish State Agency", "2025-07-08", "AFAD: 3 dead, 112 injured in Yesilyurt quake", "tr-malatya-quake", """
Interior Minister Kemal Aksoy said three citizens lost their lives and 112 were injured in the 6.1 earthquake centred in Yesilyurt, Malatya, at 04.17 local time. Search teams were sent from eleven provinces.
""")
add("tr-quake-later", "Example Europe Outlet", "2025-07-10", "Tent city rises in Malatya after quake", "tr-malatya-quake", """
Two days after Tuesday's earthquake, the Red Crescent had put up 900 tents in Malatya on Thursday for families afraid to return to cracked homes.
""")
add("tr-after-wire", "Example Wire", "2025-07-11", "Strong aftershock rattles Malatya, buildings collapse", "tr-malatya-aftershock", """
ISTANBUL, July 11 - A magnitude 5.2 aftershock hit Malatya on Friday afternoon, bringing down two empty buildings damaged in Tuesday's quake, AFAD said. One person was injured jumping from a balcony.
""")
add("tr-after-local", "Example Turkish Paper", "2025-07-12", "Friday's tremor deepens fear in Yesilyurt", "tr-malatya-aftershock", """
The 5.2 tremor that shook Yesilyurt on Friday sent hundreds more families into the tent city, officials said on Saturday. Two vacant blocks on Inonu Street, evacuated after the first quake, collapsed.
""")

# --- England: a stabbing in Leeds (Sat 23 Aug), an arrest in Bradford (Mon 25 Aug), court (Oct) ---
add("uk-stab-wire", "Example UK Wire", "2025-08-23", "Two stabbed at Leeds street festival", "uk-leeds-stabbing", """
Two men were stabbed during a street festival in the Chapeltown area of Leeds on Saturday evening, West Yorkshire Police said. One, aged 24, was in a critical condition.
Officers said a man ran from the scene towards Roundhay Road.
""")
add("uk-stab-local", "Example Yorkshire Paper", "2025-08-24", "Festival stabbing: police appeal for footage", "uk-leeds-stabbing", """
Detectives investigating the stabbing of two men at the Chapeltown festival on Saturday night have appealed for phone footage. The 24-year-old victim remains in hospital.
""")
add("uk-arrest-wire", "Example UK Wire", "2025-08-25", "Teenager arrested over Leeds festival stabbing", "uk-bradford-arrest", """
A 19-year-old man was arrested in Bradford on Monday on suspicion of attempted murder after two men were stabbed at a festival in Leeds at the weekend, West Yorkshire Police said.
Armed officers detained him at a house in the Manningham area.
""")
add("uk-arrest-local", "Example Yorkshire Paper", "2025-08-26", "Armed police swoop on Manningham house", "uk-bradford-arrest", """
Neighbours described armed officers surrounding a terraced house in Manningham early on Monday, when a teenager was arrested. Police said he remained in custody on Tuesday.
""")
add("uk-court", "Example Yorkshire Paper", "2025-10-21", "Man denies attempted murder at Chapeltown festival", "uk-leeds-court", """
Jordan Pryce, 19, of Bradford, pleaded not guilty at Leeds Crown Court on Tuesday to the attempted murder of two men at the Chapeltown festival in August. A trial was set for March.
""")

# --- Kenya: protests in Nairobi and Mombasa (Tue 2 Sept), a funeral clash in Kisumu (Sat 13 Sept) ---
add("ke-nbi-wire", "Example Wire", "2025-09-02", "Kenyan police fire tear gas at Nairobi protesters; two dead", "ke-nairobi-protest", """
NAIROBI, Sept 2 - Kenyan police fired tear gas and live rounds at protesters in central Nairobi on Tuesday, killing two people, as thousands marched against new fuel taxes, rights groups said.
Protesters burned tyres on Moi Avenue and Kenyatta Avenue.
""")
add("ke-nbi-paper", "Example Nairobi Paper", "2025-09-03", "CBD counts losses after Tuesday's fuel tax demonstrations", "ke-nairobi-protest", """
Traders in Nairobi's central business district counted their losses on Wednesday after Tuesday's demonstrations against the fuel levy. Police Inspector General Douglas Kanja said 61 people had been arrested and denied that officers shot at peaceful marchers.
""")
add("ke-nbi-rights", "Example Rights Monitor", "2025-09-03", "Rights group demands inquiry into protest killings", "ke-nairobi-protest", """
Amnesty Kenya called on Wednesday for an independent inquiry into the deaths of two young men shot during the fuel tax protest in Nairobi the day before. One of them, Brian Otieno, 22, was hit near the Hilton hotel.
""")
add("ke-mba-wire", "Example Wire", "2025-09-02", "Protest in Mombasa blocks port road", "ke-mombasa-protest", """
MOMBASA, Sept 2 - Hundreds of protesters blocked the main road to Mombasa's port on Tuesday, lighting bonfires in a demonstration against the fuel tax, and police dispersed them with tear gas. No deaths were reported.
""")
add("ke-mba-paper", "Example Coast Paper", "2025-09-03", "Truckers stranded as Makupa protests shut port access", "ke-mombasa-protest", """
Hundreds of trucks were stranded at Makupa roundabout on Tuesday when demonstrators blocked the Mombasa port road. County police commander Ali Nuno said 14 people were arrested.
""")
add("ke-funeral-wire", "Example Wire", "2025-09-13", "Clashes erupt at funeral of Kenyan protester", "ke-kisumu-funeral", """
KISUMU, Sept 13 - Police fired tear gas at mourners in Kisumu on Saturday during the funeral of Brian Otieno, a 22-year-old shot in Nairobi's fuel tax protest, after youths stoned a police station. Three people were injured.
""")
add("ke-funeral-paper", "Example Nairobi Paper", "2025-09-14", "Otieno burial ends in chaos", "ke-kisumu-funeral", """
The burial of protester Brian Otieno in Kisumu ended in running battles between youths and anti-riot police on Saturday, with three people hurt and a police post set on fire.
""")

# --- United States: shootings in Tulsa and Oklahoma City on Saturday 11 Oct --------------------
add("us-tulsa-wire", "Example US Wire", "2025-10-11", "Three killed in Tulsa mall shooting", "us-tulsa-shooting", """
TULSA, Okla. (Example) - A gunman opened fire in the food court of the Woodland Hills Mall in Tulsa on Saturday afternoon, killing three people before officers shot him dead, police said.
""")
add("us-tulsa-tv", "Example Tulsa TV", "2025-10-12", "Tulsa police name mall shooting victims", "us-tulsa-shooting", """
Tulsa police on Sunday named the three people killed in Saturday's shooting at Woodland Hills, among them a 17-year-old who worked at a pretzel stand. The gunman, 31, had no criminal record, Chief Dennis Larkin said.
""")
add("us-okc-wire", "Example US Wire", "2025-10-11", "Shooting at Oklahoma City park leaves two wounded", "us-okc-shooting", """
OKLAHOMA CITY (Example) - Two people were wounded on Saturday night when shots were fired during an argument at a basketball court in a city park, Oklahoma City police said, hours after a deadly mall shooting in Tulsa.
""")
add("us-okc-tv", "Example Oklahoma TV", "2025-10-12", "Police seek suspect after park shooting", "us-okc-shooting", """
Oklahoma City police were searching on Sunday for a man who opened fire at a basketball court in Woodson Park late on Saturday, wounding two teenagers.
""")

# --- Burkina Faso: Djibo (Tue 4 Nov), Arbinda (Thu 6 Nov) --------------------------------------
add("bf-djibo-wire", "Example Wire", "2025-11-04", "Jihadists attack army base in northern Burkina Faso", "bf-djibo-attack", """
ABIDJAN, Nov 4 - Hundreds of fighters of the al Qaeda-linked JNIM attacked an army base in Djibo, in northern Burkina Faso, on Tuesday, killing dozens of soldiers and volunteers, two security sources said.
The fighters arrived on motorcycles at dawn and held part of the town for several hours.
""")
add("bf-djibo-jnim", "Example Jihadist Monitor", "2025-11-05", "JNIM claims Djibo raid", "bf-djibo-attack", """
JNIM said in a statement on Wednesday that its fighters had stormed the military camp of Djibo in Soum province, killing 64 soldiers and militiamen and seizing weapons and vehicles.
""")
add("bf-djibo-army", "Example Burkina State Agency", "2025-11-05", "Army repels terrorist assault in Soum", "bf-djibo-attack", """
The armed forces said they had repelled a large terrorist attack on the Djibo detachment on Tuesday, neutralising more than 80 assailants. Nine soldiers were killed, the army said.
""")
add("bf-arbinda-wire", "Example Wire", "2025-11-06", "Second attack in two days hits northern Burkina town", "bf-arbinda-attack", """
OUAGADOUGOU, Nov 6 - Militants attacked the town of Arbinda in northern Burkina Faso on Thursday, killing at least 15 civilians, two days after a deadly raid on an army base in Djibo, residents said.
""")
add("bf-arbinda-local", "Example Sahel Outlet", "2025-11-07", "Arbinda residents flee after Thursday raid", "bf-arbinda-attack", """
Residents of Arbinda, in Soum province, fled towards Dori on Friday after gunmen on motorbikes burned the market and killed 15 people on Thursday, local sources said.
""")

# --- Lebanon and Israel: a strike in Nabatieh (Mon 20 Jan), rockets on Kiryat Shmona (Tue 21 Jan) ---
add("lb-nabatieh-idf", "Example Israeli Outlet", "2025-01-20", "IDF says it killed Hezbollah commander in southern Lebanon", "lb-nabatieh-strike", """
The Israeli military said on Monday that an aircraft struck and killed Hassan Karaki, a commander of Hezbollah's Radwan force, in the area of Nabatieh in southern Lebanon. The military said he had planned attacks on Israeli communities.
""")
add("lb-nabatieh-nna", "Example Lebanese State Agency", "2025-01-20", "Israeli drone targets car on Nabatieh road", "lb-nabatieh-strike", """
An Israeli drone struck a car on the road between Nabatieh and Kfar Rumman on Monday afternoon, killing two people, the National News Agency reported. The health ministry said a passer-by was wounded.
""")
add("lb-nabatieh-wire", "Example Wire", "2025-01-21", "Israeli strike kills Hezbollah commander despite truce", "lb-nabatieh-strike", """
BEIRUT, Jan 21 - An Israeli drone strike near the southern Lebanese city of Nabatieh killed a Hezbollah field commander and another man on Monday, the latest strike despite a ceasefire, Lebanese and Israeli sources said.
""")
add("il-kiryat-wire", "Example Wire", "2025-01-21", "Hezbollah fires rockets at northern Israel after commander killed", "il-kiryat-rockets", """
JERUSALEM, Jan 21 - Hezbollah fired about 20 rockets at Kiryat Shmona in northern Israel on Tuesday, a day after an Israeli strike killed one of its commanders near Nabatieh, the Israeli military said. Most were intercepted; a house was damaged.
""")
add("il-kiryat-hzb", "Example Lebanese Outlet", "2025-01-21", "Islamic Resistance targets Kiryat Shmona", "il-kiryat-rockets", """
Hezbollah said in a statement that its fighters had targeted the settlement of Kiryat Shmona with a rocket salvo on Tuesday in response to the assassination of the martyr commander Hassan Karaki.
""")

# --- Nigeria: building collapses in Lagos (Tue 25 Feb, Sat 1 Mar) --------------------------------
add("ng-island-wire", "Example Wire", "2025-02-25", "Building collapse in Lagos kills seven", "ng-lagos-island-collapse", """
LAGOS, Feb 25 - A four-storey building under construction collapsed on Lagos Island on Tuesday, killing seven workers, the Lagos State Emergency Management Agency said. Rescuers pulled 12 people alive from the rubble.
""")
add("ng-island-local", "Example Lagos Paper", "2025-02-26", "Developer arrested as Lagos Island toll hits nine", "ng-lagos-island-collapse", """
The number of people killed when a building collapsed on Martins Street, Lagos Island, rose to nine on Wednesday, LASEMA said, as police arrested the developer. The state building regulator said the site had been sealed twice.
""")
add("ng-island-nema", "Example Nigerian State Agency", "2025-02-26", "NEMA: search ends at collapsed Lagos building", "ng-lagos-island-collapse", """
The National Emergency Management Agency said on Wednesday that search and rescue operations at the collapsed building on Lagos Island had ended, with nine dead and 12 rescued.
""")
add("ng-ojodu-wire", "Example Wire", "2025-03-01", "Another Lagos building collapses, two dead", "ng-lagos-ojodu-collapse", """
LAGOS, March 1 - A three-storey residential building collapsed in the Ojodu district of Lagos on Saturday, killing two people, four days after a collapse on Lagos Island killed nine, emergency officials said.
""")
add("ng-ojodu-local", "Example Lagos Paper", "2025-03-02", "Ojodu residents blame cracks ignored for months", "ng-lagos-ojodu-collapse", """
Residents of Ojodu said cracks in the building that fell on Saturday, killing a mother and her son, had been reported to the council months ago.
""")

# --- Myanmar: an airstrike in Sagaing (Tue 2 Dec) --------------------------------------------------
add("mm-sagaing-wire", "Example Wire", "2025-12-02", "Myanmar military airstrike kills 28 in Sagaing village", "mm-sagaing-airstrike", """
BANGKOK, Dec 2 - A Myanmar military airstrike on a village in the Sagaing region killed at least 28 people, including children, on Tuesday, a local resistance group and residents said.
The jet bombed a school and a monastery in Let Yet Kone village in Depayin township.
""")
add("mm-sagaing-nug", "Example Myanmar Exile Outlet", "2025-12-03", "NUG condemns junta bombing of Depayin school", "mm-sagaing-airstrike", """
The National Unity Government said on Wednesday that the junta's bombing of a school in Depayin township the day before was a war crime, and put the death toll at 31, among them 20 pupils.
""")
add("mm-sagaing-junta", "Example Myanmar State Media", "2025-12-03", "Tatmadaw targets PDF terrorists in Sagaing Region", "mm-sagaing-airstrike", """
Security forces carried out an air operation against a PDF terrorist training camp in Depayin Township, Sagaing Region, on 2 December, the information team said, rejecting reports that civilians had been killed as fabricated.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
