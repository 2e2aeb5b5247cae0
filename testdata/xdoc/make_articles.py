"""Writes articles.jsonl: invented reports of fifteen conflict incidents for
the cross-article gold (gold.json; TestXDoc in internal/fuse). Every person
named as a spokesman, officer, doctor or resident is invented unless he or
she is a well-known office holder; every number is invented. States, armed
groups, towns and the broad outline of the conflicts are real. The texts
are written for this battery and copy no published article.

Incidents (gold.json gives their dates, the same-statement pairs, the
contradictions and the one-sided ones):
  T1 Chong Bok shooting, Thailand-Cambodia (2025-05-28): Thai army, Cambodian
     ministry, a wire the next day; also recalled as background by t2-thaipbs
  T2 Ta Muen Thom clash a week later on the same border (2025-06-04):
     hard negative of T1; count contradiction (Cambodian dead)
  I1 Indian strikes on Pakistan (2025-05-06/07): one ISPR statement rendered
     by two outlets; civilian targeting; count (Indian aircraft); a report
     two days later
  H1 rockets at Metula and Israeli strikes in Lebanon (2025-03-22): Hezbollah
     denies firing and calls the strikes aggression
  Y1 US strikes on Sanaa the same day (2025-03-22): hard negative of H1; the
     Houthi health ministry's statement rendered by two Houthi outlets
  R1 missile strike on Dnipro (2025-10-18): count (Ukrainian dead) and
     civilian targeting; a wire the next day
  R2 drones on Saratov the same day (2025-10-18): one-sided (only Russia speaks)
  D1 fighting near Kavumu, DRC-M23/Rwanda (2025-02-14/15): initiator, count,
     Rwanda's denial
  S1 drones on Port Sudan (2025-05-04): one-sided (only the army speaks; a
     wire quotes it)
  E1 air strike on Abiy Addi market, Tigray (2021-06-22): civilian targeting
  K1 Kyrgyzstan-Tajikistan border fighting (2022-09-16): initiator, count; a
     report three days later recalls K0 (2021-04-29) as background
  X1 Banjska attack, Kosovo-Serbia (2023-09-24): initiator and denial
  A1 Armenia-Azerbaijan border fighting (2021-11-16): one ministry statement
     rendered by two agencies; initiator; count (Armenian captives)
  P1 Pakistan-Afghanistan border fighting (2025-10-11/12): initiator, two counts

Usage: python3 testdata/xdoc/make_articles.py > testdata/xdoc/articles.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub,
                 "language": "en", "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))})


# T1: Chong Bok, 2025-05-28 (Wednesday)
add("t1-thai-army", "Example Bangkok Daily", "2025-05-28", "Thai and Cambodian troops exchange fire at Chong Bok", """
UBON RATCHATHANI - Thai and Cambodian soldiers exchanged fire for about ten minutes early on Wednesday in the Chong Bok area of Nam Yuen district, the Royal Thai Army said.

Army spokesman Major General Prasert Wongsakul said a Cambodian patrol had crossed into a disputed strip of forest and opened fire first on a Thai unit that asked it to withdraw. "Our troops fired back only to protect themselves," Prasert told reporters in Bangkok.

No Thai soldier was hurt, he said. The Second Army Area has sent extra troops to its posts along the border in Ubon Ratchathani province.
""")
add("t1-khmer-mod", "Example Phnom Penh Post", "2025-05-28", "Cambodian soldier killed as Thai troops open fire at border", """
PHNOM PENH - A Cambodian soldier was killed on Wednesday morning when Thai troops opened fire on a Cambodian position in the Mom Bei area of Choam Ksant district in Preah Vihear province, the Ministry of National Defence said.

Ministry spokeswoman Lieutenant General Chhum Sokunthea said Thai soldiers shot first at a patrol that was moving inside Cambodian territory, along a path it has used for decades. She called the shooting an unprovoked attack and said Cambodian troops returned fire in self-defence.

The ministry urged Thailand to settle the border through talks and said Cambodia would raise the matter with the joint boundary commission.
""")
add("t1-wire", "Example Wire", "2025-05-29", "Thailand, Cambodia trade blame after deadly border shooting", """
BANGKOK, May 29 (Example Wire) - Thailand and Cambodia blamed each other on Thursday for a brief gunfight on their disputed frontier that killed a Cambodian soldier the day before.

The shooting broke out on Wednesday at Chong Bok, a forested area near the point where the borders of Thailand, Cambodia and Laos meet. Thailand's army said Cambodian troops fired first after crossing the line, while Cambodia's defence ministry said Thai soldiers attacked a routine patrol.

Commanders from both sides met on Thursday morning and agreed to pull their troops back from the area, a Thai army officer said.
""")

# T2: Ta Muen Thom, 2025-06-04 (Wednesday), a week later on the same border
add("t2-wire", "Example Wire", "2025-06-04", "Thai, Cambodian troops clash near disputed temple", """
SURIN, Thailand, June 4 (Example Wire) - Thai and Cambodian troops fought with rifles and rocket-propelled grenades near the Ta Muen Thom temple on Wednesday, officials on both sides said.

Thailand's army said two Thai soldiers were wounded in the fighting in Phanom Dong Rak district of Surin province and that Cambodian troops had opened fire first from positions beside the temple.

Cambodia's defence ministry accused Thai soldiers of starting the fight by laying barbed wire on Cambodian land. Residents of two Thai villages near the temple were moved to a school farther from the border.
""")
add("t2-akp", "Example Cambodian Press Agency", "2025-06-05", "Thai troops attack Cambodian soldiers at Ta Moan Thom temple", """
Phnom Penh, June 5 (AKP) - Thai soldiers launched an armed attack on Cambodian troops guarding the Ta Moan Thom temple in Oddar Meanchey province on Wednesday, killing one Cambodian soldier and wounding three, the Ministry of National Defence said in a statement on Thursday.

According to the statement, the Thai side first moved barbed wire into Cambodian territory and then fired on Cambodian soldiers who protested. Cambodian forces acted only in self-defence, it said.

The ministry rejected as completely false the Thai army's claim that Cambodian troops had started the shooting.
""")
add("t2-thaipbs", "Example Thai Broadcaster", "2025-06-05", "Army says four Cambodian soldiers killed in temple clash", """
BANGKOK - The Royal Thai Army said on Thursday that its soldiers had killed four Cambodian soldiers in Wednesday's fighting near Prasat Ta Muen Thom in Surin province, and that two Thai soldiers were wounded by a rocket-propelled grenade.

Army spokesman Major General Prasert Wongsakul said Cambodian troops had opened fire first from bunkers near the temple and that Thai units had responded in line with the rules of engagement.

The clash was the second on the border in a week. On May 28, Thai and Cambodian troops exchanged fire for ten minutes at Chong Bok in Ubon Ratchathani province, and a Cambodian soldier was killed there. Each government accused the other of firing first in that incident as well.
""")

# I1: Indian strikes on Pakistan, night of 2025-05-06/07
add("i1-pib", "Example Government of India Press Bureau", "2025-05-07", "Indian Armed Forces strike terrorist infrastructure in Pakistan", """
NEW DELHI - The Indian Armed Forces struck nine sites in Pakistan and Pakistan-occupied Jammu and Kashmir early on Wednesday, the Ministry of Defence said.

The ministry said the strikes hit camps of Lashkar-e-Taiba and Jaish-e-Mohammed from which attacks on India had been planned and directed, among them a camp at Bahawalpur. "No Pakistani military facility has been targeted, and no civilian site was hit," the ministry said, adding that India had shown considerable restraint in choosing its targets.

The action follows the killing of tourists by militants at Pahalgam last month. Colonel Meera Raghavan told a briefing in New Delhi that the Pakistani army had shelled villages in the Poonch sector along the Line of Control overnight, killing 12 Indian civilians.
""")
add("i1-dawn", "Example Pakistani Daily", "2025-05-07", "India strikes six locations, 26 civilians martyred: ISPR", """
RAWALPINDI: India fired missiles at six locations in Punjab and Azad Jammu and Kashmir late on Tuesday night, killing 26 civilians including women and children and injuring 46, the military's media wing said on Wednesday.

The Inter-Services Public Relations (ISPR) said the Indian missiles struck mosques and homes in Bahawalpur, Muridke and Muzaffarabad. It said the Pakistan Air Force shot down five Indian aircraft in response, three of them Rafale jets.

"This unprovoked and blatant act of aggression will be answered at a time and place of Pakistan's choosing," the ISPR said.
""")
add("i1-app", "Example Associated Press of Pakistan", "2025-05-07", "PAF downs five Indian jets after Indian missile attack: ISPR", """
ISLAMABAD, May 7 (APP): The Pakistan Air Force shot down five Indian aircraft, three of them Rafale jets, after India fired missiles at six locations in Punjab and Azad Jammu and Kashmir late on Tuesday night, the Inter-Services Public Relations said on Wednesday.

According to the ISPR, 26 civilians including women and children were martyred and 46 injured when the Indian missiles struck mosques and homes in Bahawalpur, Muridke and Muzaffarabad.

The ISPR called the strikes an unprovoked and blatant act of aggression and said it would be answered at a time and place of Pakistan's choosing.
""")
add("i1-wire", "Example Wire", "2025-05-07", "India strikes Pakistan; Islamabad says it downed five jets", """
NEW DELHI/ISLAMABAD, May 7 (Example Wire) - India launched missile strikes on what it called militant camps in Pakistan early on Wednesday, and Pakistan said it shot down five Indian fighter jets, in the worst fighting between the nuclear-armed neighbours in two decades.

India's defence ministry said it had hit nine sites linked to groups it blames for attacks in Kashmir and had not targeted any Pakistani military facility. Pakistan's military said the missiles struck mosques and homes, killing 26 civilians.

An Indian defence official, speaking on condition of anonymity, said one Indian aircraft had crashed inside Indian territory but gave no cause. The two armies also traded heavy artillery fire along the Line of Control, where Indian officials said Pakistani shelling killed 12 civilians in Poonch.
""")
add("i1-doha", "Example Doha Network", "2025-05-09", "Toll from Indian strikes on Pakistan rises to 31", """
ISLAMABAD - The number of people killed by Indian missile strikes on Pakistan early on Wednesday has risen to 31, Pakistan's military said on Friday, as the neighbours kept up their war of words.

Military spokesman Lieutenant General Ahmed Sharif Chaudhry told reporters in Rawalpindi that most of the dead were worshippers at a mosque complex in Bahawalpur. He repeated that Pakistani jets had downed five Indian aircraft.

India's foreign secretary told a briefing in New Delhi that the strikes had been measured and aimed only at militant infrastructure.
""")

# H1: rockets at Metula and Israeli strikes on Lebanon, 2025-03-22 (Saturday)
add("h1-toi", "Example Israeli Daily", "2025-03-22", "IDF strikes Hezbollah sites in south Lebanon after rockets fired at Metula", """
Six rockets were fired from Lebanon toward the northern town of Metula on Saturday morning, the Israel Defense Forces said, three of which were intercepted while the rest fell inside Lebanon. No injuries were reported.

The IDF said it responded by striking dozens of Hezbollah rocket launchers and command centers in southern Lebanon. "Hezbollah fired on Metula in a blatant violation of the ceasefire understandings," IDF spokesman Lt. Col. Avi Dromi said.

Defense Minister Israel Katz said he held the Lebanese government responsible for all fire from its territory.
""")
add("h1-beirut", "Example Beirut Channel", "2025-03-22", "Hezbollah denies firing rockets, calls Israeli strikes aggression", """
BEIRUT - Hezbollah denied on Saturday any link to the rockets fired toward northern Israel and said it remained committed to the ceasefire.

In a statement, the group said the accusations were pretexts for Israel to continue its attacks on Lebanon. Israeli warplanes and artillery pounded towns across the south on Saturday, killing seven people including a child in Touline, the Lebanese health ministry said.

Hezbollah called the raids a flagrant Israeli aggression against Lebanese sovereignty and urged the state to act.
""")
add("h1-wire", "Example Wire", "2025-03-23", "Lebanese army finds rocket launchers after Israeli strikes kill seven", """
BEIRUT, March 23 (Example Wire) - Lebanon's army said on Sunday it had found three makeshift rocket launchers north of the Litani river and detained suspects after rockets were fired at northern Israel on Saturday, the first such launch since a ceasefire took hold in November.

Israel answered with its heaviest strikes on Lebanon in months, which killed seven people, Lebanese authorities said. Hezbollah denied firing the rockets. The Israeli military said its jets hit dozens of Hezbollah targets.

Lebanese Prime Minister Nawaf Salam said he had ordered the army to stop any military action that could drag the country into war.
""")

# Y1: US strikes on Sanaa the same day, 2025-03-22
add("y1-wire", "Example Wire", "2025-03-22", "US strikes Houthi targets around Yemen's capital", """
WASHINGTON, March 22 (Example Wire) - U.S. forces struck Houthi command centers and missile sites in and around Sanaa on Saturday, U.S. Central Command said, in a campaign it says aims to end the group's attacks on Red Sea shipping.

CENTCOM said the strikes killed several Houthi commanders who had directed missile and drone attacks on commercial vessels and American warships. The Houthis have attacked ships in the Red Sea since late 2023.

The Houthi-run health ministry said 12 people were killed in the Shuaub district of Sanaa.
""")
add("y1-saba", "Example Saba", "2025-03-23", "US aggression kills 12 civilians in Sanaa, Saada", """
SANA'A, March 23 (Saba) - The American aggression launched 17 airstrikes on the capital Sanaa and Saada province on Saturday, killing 12 civilians, including four children, and injuring 30, the Ministry of Health said.

Ministry spokesman Khalil al-Hamdani said the raids hit residential homes in the Shuaub district of the capital and a farm east of Saada city.

The armed forces spokesman, Brigadier General Yahya Saree, said the forces had responded by targeting the aircraft carrier USS Harry S. Truman in the northern Red Sea with ballistic missiles and drones.
""")
add("y1-masirah", "Example Masirah", "2025-03-23", "Health Ministry: 12 martyrs, 30 wounded in US raids on Sanaa and Saada", """
SANAA (Masirah) - Twelve civilians, among them four children, were martyred and 30 injured in 17 raids by the American aggression on the capital Sanaa and Saada province on Saturday, the Ministry of Health said on Sunday.

The ministry's spokesman, Khalil al-Hamdani, said the raids struck residential homes in the Shuaub district of the capital and a farm east of Saada city.

Brigadier General Yahya Saree, the armed forces spokesman, said the forces responded by targeting the aircraft carrier USS Harry S. Truman in the northern Red Sea with ballistic missiles and drones.
""")

# R1: missile strike on Dnipro, 2025-10-18 (Saturday)
add("r1-kyiv", "Example Kyiv Daily", "2025-10-18", "Russian missile strike on Dnipro apartment block kills 9", """
A Russian ballistic missile hit a five-storey apartment building in Dnipro on the morning of Oct. 18, killing nine civilians, including a 12-year-old girl, and injuring 41, Dnipropetrovsk Oblast Governor Serhii Lysak said.

The strike destroyed two entrances of the building in the city's Sobornyi district, and rescuers were still searching the rubble in the afternoon, Lysak said.

"There was no military target anywhere near this house," Lysak wrote on Telegram. "Russia is deliberately killing people in their homes."
""")
add("r1-ukrinform", "Example Ukrainian Agency", "2025-10-18", "Dnipro: rescuers pull survivors from rubble after missile attack", """
DNIPRO - Rescuers pulled six people alive from the ruins of an apartment block in Dnipro that was hit by a Russian missile on Saturday morning, the State Emergency Service said.

The death toll stood at nine in the evening, the service said. Ukraine's Air Force said Russia had launched two Iskander-M missiles and 64 drones at Ukraine overnight and that air defences shot down 49 of the drones.

City officials said 30 homes nearby had their windows blown out.
""")
add("r1-tass", "Example Russian News Agency", "2025-10-18", "Russian forces strike Ukrainian drone workshop in Dnipro", """
MOSCOW, October 18. /TASS/. Russian forces struck a workshop of a Ukrainian defence enterprise in Dnipro that assembled long-range attack drones, the Russian Defence Ministry said on Saturday.

The strike also hit a temporary base of Ukrainian units in the city, eliminating 40 Ukrainian servicemen, the ministry said.

The ministry said the Russian armed forces do not strike residential buildings and that the damage in a residential area of Dnipro was caused by a Ukrainian air defence missile that fell on the city.
""")
add("r1-wire", "Example Wire", "2025-10-19", "Toll from Russian strike on Dnipro apartment block rises to 11", """
KYIV, Oct 19 (Example Wire) - The death toll from a Russian missile strike on an apartment block in the central Ukrainian city of Dnipro rose to 11 on Sunday after rescuers found two more bodies, regional governor Serhii Lysak said.

Russia's defence ministry said on Saturday it had struck a drone workshop in the city, and that it does not target civilians.

President Volodymyr Zelensky called on Western partners to send more air defence systems.
""")

# R2: drones on Saratov the same day, 2025-10-18: only Russia speaks
add("r2-tass", "Example Russian News Agency", "2025-10-18", "Drone debris sparks fire at Saratov industrial site", """
SARATOV, October 18. /TASS/. Debris from a Ukrainian drone shot down over Saratov set fire to an industrial facility in the city's Zavodskoy district overnight, regional governor Roman Busargin said on Saturday.

Two people were injured and were taken to hospital, the governor said. Firefighters put out the blaze by morning.

The Russian Defence Ministry said air defence systems destroyed 33 Ukrainian drones over the Saratov, Volgograd and Belgorod regions overnight.
""")
add("r2-wire", "Example Wire", "2025-10-18", "Ukrainian drones set Saratov refinery ablaze, governor says", """
MOSCOW, Oct 18 (Example Wire) - Ukrainian drones attacked the Volga city of Saratov overnight, setting fire to an oil refinery and injuring two people, the regional governor said on Saturday.

Russia's defence ministry said it had downed 33 Ukrainian drones over three regions. Ukraine's military did not comment on the attack.

Kyiv has stepped up drone attacks on Russian oil facilities this year, saying they fund Moscow's war.
""")

# D1: fighting near Kavumu, 2025-02-14 (Friday) and 15
add("d1-okapi", "Example Radio Okapi", "2025-02-14", "South Kivu: heavy fighting between FARDC and M23 near Kavumu", """
Heavy fighting broke out on Friday morning between the Armed Forces of the Democratic Republic of Congo (FARDC) and M23 rebels near Kavumu airport, about 30 kilometres north of Bukavu, local sources said.

The FARDC spokesman in South Kivu, Lieutenant Jean-Claude Mbusa, said the M23, supported by troops of the Rwandan army, attacked army positions at dawn in Kalehe territory. He said the army had killed 40 M23 rebels.

Residents of Kavumu fled toward Bukavu, civil society leaders said.
""")
add("d1-m23", "Example Wire", "2025-02-14", "M23 says it repelled Congolese army attack in South Kivu", """
GOMA, Feb 14 (Example Wire) - M23 rebels said on Friday they had repelled an attack by Congolese troops and allied FDLR militiamen on their positions in Kalehe territory of South Kivu province.

M23 spokesman Lawrence Kanyuka said on X that the Kinshasa coalition had bombed villages and attacked first, and that the rebels were only defending the population. Four M23 fighters were killed, he said.

The fighting was taking place about 25 km from Kavumu airport, the main airport serving Bukavu.
""")
add("d1-kigali", "Example Kigali Daily", "2025-02-15", "Rwanda rejects Congolese claims of RDF role in South Kivu fighting", """
KIGALI - The Government of Rwanda on Saturday rejected claims by the Congolese army that Rwandan troops took part in Friday's fighting near Kavumu in South Kivu.

Government spokesperson Yolande Makolo said the accusation was baseless and that Kinshasa was using it to hide its alliance with the FDLR militia. She said Rwanda's measures along the border were purely defensive.

Rwanda has long denied backing the M23.
""")
add("d1-wire", "Example Wire", "2025-02-15", "Congo accuses Rwanda as fighting near Bukavu enters second day", """
KINSHASA, Feb 15 (Example Wire) - Congo's government accused Rwanda on Saturday of sending troops to help M23 rebels attack the army near the airport of Kavumu in South Kivu, as fighting there went on for a second day.

Government spokesman Patrick Muyaya said Rwandan soldiers had fought alongside the rebels. Kigali denied it. The M23 said the army had attacked its positions first.

The United Nations said the fighting had displaced thousands of people north of Bukavu.
""")

# S1: drones on Port Sudan, 2025-05-04 (Sunday): only the army speaks
add("s1-suna", "Example Sudan News Agency", "2025-05-04", "Armed forces: RSF militia targets Port Sudan with drones", """
PORT SUDAN, May 4 (SUNA) - The armed forces said that the terrorist Rapid Support Forces militia targeted the Port Sudan air base and a fuel depot in the city with suicide drones at dawn on Sunday.

The official spokesman of the armed forces, Brigadier General Hassan Ibrahim, said air defences shot down most of the drones, but one hit a fuel warehouse and caused a fire. No civilians were hurt, he said.

The armed forces described the attack as a desperate act by the militia after its defeats in Khartoum.
""")
add("s1-wire", "Example Wire", "2025-05-04", "Drones hit Port Sudan air base and fuel depot, army says", """
CAIRO, May 4 (Example Wire) - Drones struck an air base and a fuel depot in Port Sudan on Sunday, Sudan's army said, the first attack on the Red Sea city that has served as the seat of the army-backed government for two years.

Army spokesman Hassan Ibrahim blamed the paramilitary Rapid Support Forces, which the army has fought since April 2023. The RSF did not respond to a request for comment.

Witnesses said they heard loud explosions and saw black smoke rising over the port.
""")
add("s1-tribune", "Example Sudan Tribune", "2025-05-05", "Fire still burning at Port Sudan fuel depot after drone attack", """
PORT SUDAN - Firefighters were still battling a blaze at a fuel depot in Port Sudan on Monday, a day after drones struck the city's air base and fuel storage, residents said.

The army said on Sunday that the RSF had launched 11 drones at the city and that air defences had downed eight of them.

Electricity was cut in several districts of the city, residents said.
""")

# E1: air strike on Abiy Addi market, 2021-06-22 (Tuesday)
add("e1-wire", "Example Wire", "2021-06-23", "Air strike on Tigray market kills dozens, doctor says", """
ADDIS ABABA, June 23 (Example Wire) - An air strike on a crowded market in Abiy Addi, in the central zone of Ethiopia's Tigray region, killed at least 34 civilians on Tuesday, a doctor at the town's hospital said.

Tigrayan forces' spokesman Getachew Reda said the strike was a deliberate massacre of civilians on market day.

The Ethiopian military's spokesman, Colonel Dawit Tesfaye, said the air force had hit a gathering of TPLF fighters and that no civilians were targeted.
""")
add("e1-tigray", "Example Tigray Television", "2021-06-22", "Ethiopian jets bomb Abiy Addi market, dozens of civilians killed", """
MEKELLE - Ethiopian fighter jets bombed the market of Abiy Addi on Tuesday afternoon, killing 51 civilians and wounding more than 80, the Tigray Defence Forces said in a statement.

The statement said the federal government was waging war on the people of Tigray after losing on the battlefield, and called on the world to condemn the bombing of civilians.
""")
add("e1-ebc", "Example Ethiopian Broadcaster", "2021-06-24", "Army says Abiy Addi strike targeted TPLF fighters", """
ADDIS ABABA - The Ethiopian National Defense Force said on Thursday that its air strike in Abiy Addi on Tuesday had targeted fighters of the TPLF who had gathered in the town.

Army spokesman Colonel Dawit Tesfaye said reports that civilians were killed at a market were fabricated by the TPLF's propaganda machine. "Our air force does not target civilians," he said.
""")

# K1: Kyrgyzstan-Tajikistan border fighting, 2022-09-16 (Friday)
add("k1-bishkek", "Example Bishkek Agency", "2022-09-16", "Tajik forces attack Kyrgyz border posts in Batken region", """
BISHKEK - Tajik forces opened fire on Kyrgyz border outposts in the Batken region with mortars and armoured vehicles on Friday morning and attacked the villages of Ak-Sai and Kok-Tash, the Border Service of Kyrgyzstan said.

The service said Tajik troops had moved heavy weapons to the border in breach of earlier agreements. Kyrgyz border guards were repelling the attack, it said.

The health ministry said 13 Kyrgyz citizens were killed and 87 wounded.
""")
add("k1-dushanbe", "Example Dushanbe Agency", "2022-09-16", "Kyrgyz forces fire on Tajik villages in Isfara district", """
DUSHANBE - Kyrgyz armed forces fired on the Tajik village of Ovchi-Kalacha and on Tajik border posts in Isfara district on Friday, the Border Troops of the State Committee for National Security of Tajikistan said.

The statement said the Kyrgyz side had broken a ceasefire and had started the fighting with mortar fire at dawn. Tajik border troops killed 57 Kyrgyz servicemen and destroyed two Kyrgyz tanks, the statement said.
""")
add("k1-wire", "Example Wire", "2022-09-17", "Kyrgyzstan, Tajikistan trade blame for deadly border fighting", """
BISHKEK, Sept 17 (Example Wire) - Kyrgyzstan and Tajikistan accused each other on Saturday of starting fighting on their disputed border that killed dozens of people on Friday.

Kyrgyzstan said 24 of its citizens were killed, and Tajikistan said Kyrgyz forces had shelled its villages. Tajikistan did not give a toll for its own side.

The presidents of the two countries, meeting at a summit in Uzbekistan, agreed to pull back troops, the Kyrgyz president's office said.
""")
add("k1-later", "Example Bishkek Agency", "2022-09-19", "Kyrgyz death toll from border fighting rises to 24", """
BISHKEK - The number of Kyrgyz citizens killed in Friday's fighting with Tajikistan has risen to 24, the health ministry said on Monday. President Sadyr Japarov declared a day of mourning.

The fighting was the worst on the border since April 29, 2021, when clashes over a water intake near the village of Kok-Tash killed 36 people on both sides and burned dozens of homes.

Kyrgyz officials said more than 130,000 people had been moved out of the Batken region.
""")

# X1: Banjska, 2023-09-24 (Sunday)
add("x1-pristina", "Example Pristina Daily", "2023-09-24", "Kosovo police officer killed in attack by armed men in Banjska", """
PRISTINA - A Kosovo police officer was killed and another wounded early on Sunday when about 30 heavily armed men attacked a police patrol near the village of Banjska in northern Kosovo, police said.

The attackers then barricaded themselves in the grounds of the village's Serbian Orthodox monastery. Prime Minister Albin Kurti said the gunmen were not local criminals but a unit trained and armed by Serbia. "Belgrade is behind this attack on our state," Kurti told a press conference.
""")
add("x1-belgrade", "Example Belgrade Agency", "2023-09-24", "Vucic: Serbia had nothing to do with Banjska clash", """
BELGRADE - Serbian President Aleksandar Vucic said on Sunday night that Serbia had nothing to do with the armed clash in Banjska and condemned the killing of the Kosovo police officer.

Vucic said three Serbs had been killed in the village by Kosovo police and blamed Kosovo Prime Minister Albin Kurti for the violence, saying his campaign of terror against Serbs in the north had provoked them. "Belgrade did not send anyone there," Vucic said.
""")
add("x1-wire", "Example Wire", "2023-09-25", "Kosovo police retake monastery village after gunfight with Serb gunmen", """
BANJSKA, Kosovo, Sept 25 (Example Wire) - Kosovo police said on Monday they had regained control of the village of Banjska after a day-long gunfight with Serb gunmen on Sunday that killed a police officer and three attackers.

Police said they had found mortars, rocket launchers and armoured vehicles in the village. Kosovo accused Serbia of backing the attack, which Serbia denied. NATO peacekeepers stepped up patrols in the north.
""")

# A1: Armenia-Azerbaijan border, 2021-11-16 (Tuesday)
add("a1-yerevan", "Example Armenian Agency", "2021-11-16", "Azerbaijani forces attack Armenian positions, Defense Ministry says", """
YEREVAN, NOVEMBER 16. Azerbaijani armed forces launched an offensive against Armenian combat positions in the eastern part of the border on Tuesday afternoon, using artillery and armoured vehicles, the Defense Ministry of Armenia said.

Ministry spokesperson Ani Sargsyan said one Armenian soldier was killed, 13 were captured and 24 were missing. Armenian units stopped the advance, she said.
""")
add("a1-apa", "Example Baku Agency", "2021-11-16", "Azerbaijan MoD: Armenian armed forces commit large-scale provocation on border", """
BAKU - Units of the Armenian armed forces committed a large-scale provocation on the state border in the Kalbajar and Lachin directions on November 16, the Ministry of Defense of Azerbaijan said.

The ministry said Armenian units tried to seize Azerbaijani positions. As a result of urgent measures, the enemy was silenced, 32 Armenian servicemen were taken prisoner and two tanks were destroyed, it said. Seven Azerbaijani servicemen were killed.

Responsibility for the tension lies with the military-political leadership of Armenia, the ministry said.
""")
add("a1-azertac", "Example Azerbaijani State Agency", "2021-11-16", "Armenian armed forces commit provocation on state border, 32 servicemen taken prisoner", """
Baku, November 16 - The Ministry of Defense of Azerbaijan said that units of the Armenian armed forces committed a large-scale provocation on the state border in the Kalbajar and Lachin directions on November 16.

According to the ministry, Armenian units tried to seize Azerbaijani positions, but as a result of urgent measures the enemy was silenced, two tanks were destroyed and 32 Armenian servicemen were taken prisoner. Seven Azerbaijani servicemen were killed.

The ministry said the military-political leadership of Armenia bears responsibility for the tension.
""")
add("a1-wire", "Example Wire", "2021-11-17", "Armenia, Azerbaijan agree truce after deadliest fighting since war", """
YEREVAN/BAKU, Nov 17 (Example Wire) - Armenia and Azerbaijan agreed to a ceasefire on Tuesday evening after the worst fighting on their border since last year's war, Russia's defence ministry said on Wednesday.

Armenia said Azerbaijani troops had attacked its positions, while Azerbaijan said Armenian forces had provoked the fighting. Armenia said 13 of its soldiers were captured and 24 were missing; Azerbaijan said it had taken 32 Armenian soldiers prisoner.
""")

# P1: Pakistan-Afghanistan border, night of 2025-10-11/12
add("p1-dawn", "Example Pakistani Daily", "2025-10-12", "19 soldiers martyred, over 200 Taliban killed in border clashes: ISPR", """
RAWALPINDI: Nineteen Pakistani soldiers were martyred and at least 200 Afghan Taliban fighters and affiliated terrorists were killed when Pakistani troops repulsed an unprovoked attack by the Afghan Taliban along the border on Saturday night, the ISPR said on Sunday.

The Afghan Taliban and Fitna al Khawarij opened fire on Pakistani posts at Angoor Adda, Bajaur, Kurram, Dir and Chitral, the statement said. Pakistani forces destroyed several Taliban posts and training camps in response.
""")
add("p1-kabul", "Example Kabul Channel", "2025-10-12", "Islamic Emirate says 58 Pakistani soldiers killed in retaliatory operations", """
KABUL - Islamic Emirate spokesman Zabihullah Mujahid said on Sunday that Taliban forces had carried out retaliatory operations against Pakistani forces along the Durand Line on Saturday night, killing 58 Pakistani soldiers and wounding 30.

Nine Taliban fighters were killed, he said. Mujahid said the operations were a response to repeated violations of Afghan territory and airspace by the Pakistani military.
""")
add("p1-wire", "Example Wire", "2025-10-12", "Pakistan, Afghanistan's Taliban clash along border, both claim heavy losses", """
ISLAMABAD, Oct 12 (Example Wire) - Pakistani and Afghan Taliban forces fought heavy battles at several points along their border on Saturday night, each side blaming the other for the fighting.

Pakistan's military said 19 of its soldiers were killed and that it had killed more than 200 Taliban fighters. The Taliban said they had killed 58 Pakistani soldiers and lost nine of their own.

Qatar and Saudi Arabia urged both sides to show restraint.
""")
add("p1-tribune", "Example Pakistani Tribune", "2025-10-14", "Border crossings stay shut after Pakistan-Afghanistan clashes", """
PESHAWAR - The main border crossings between Pakistan and Afghanistan at Torkham and Chaman remained closed on Tuesday, three days after the deadliest clashes between the neighbours in years, traders said.

Hundreds of lorries loaded with fruit and cement were stuck on both sides. Defence Minister Khawaja Asif said Pakistan would respond to any further aggression from Kabul.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
