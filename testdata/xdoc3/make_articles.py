"""Writes articles.jsonl: invented reports of twelve conflict incidents for
the third cross-article gold (gold.json; TestXDoc3 in internal/fuse), in
conflicts and styles that testdata/xdoc and testdata/xdoc2 do not use.
Every person named as a spokesman, officer, doctor, governor's aide or
resident is invented unless he or she is a well-known office holder; every
number and every small village is invented. States, armed groups, regions
and towns are real. The texts are written for this battery and copy no
published article.

Incidents (gold.json gives their dates, the same-statement pairs, the
contradictions and the one-sided ones):
  J1 Iranian missiles on Haifa (2025-06-16): civilian targeting; one IRGC
     statement rendered by two Iranian agencies (a translation); a live blog
     that covers J1 and J2
  J2 Israeli strike on a broadcaster's building in Tehran the same day:
     same conflict, same day, 1,500 km away; civilian targeting
  U1 Ukrainian drones on the Novokuibyshevsk refinery, Samara region
     (2025-08-12): a denial; a follow-up four days later recalls it with
     its weekday ("last Tuesday")
  U2 drones on the Syzran refinery the next day (2025-08-13), about 100 km
     away: hard negative of U1 (one front, consecutive days, one template)
  V1 shooting at a Guyanese patrol on the Cuyuni River (2025-02-17):
     initiator (each blames the other) and Venezuela's denial the next day
  L1 clashes near Abu Grein, Libya, GNU forces vs the LNA (2025-09-03):
     initiator; one LNA statement rendered by two outlets
  Z1 Islamic State attack on Macomia, Cabo Delgado (2024-05-10): count
     contradiction (soldiers killed); a local paper five days later recalls
     "last week's attack"
  C1 separatist attack on a checkpoint near Nkambe, Cameroon (2025-02-14):
     one-sided (only the army speaks, a wire quotes it and residents)
  C0 a commemoration the same day of the Ngarbuh killings of 2020-02-14,
     in the same division: hard negative of C1 (old incident)
  K1 ELN drone attack on an army base in Tibu, Catatumbo (2025-03-31):
     count contradiction (soldiers killed)
  H1 gang attack on Mirebalais, Haiti, the same day (2025-03-31): hard
     negative of K1 (same day, other conflict, same vocabulary of an armed
     group attacking a town); one-sided (only the police and the UN speak)
  N1 Israeli tank fire on a UNIFIL position at Naqoura (2024-10-10): a
     denial of deliberate targeting

Usage: python3 testdata/xdoc3/make_articles.py > testdata/xdoc3/articles.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub,
                 "language": "en", "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))})


# J1: Iranian missiles on Haifa, 2025-06-16 (Monday)
add("j1-toi", "Example Israeli Daily", "2025-06-16", "Four killed as Iranian missiles slam into Haifa homes", """
Four people were killed and 58 wounded early Monday when Iranian ballistic missiles struck residential buildings in Haifa and the nearby Krayot, Magen David Adom said.

Rescue crews searched the ruins of a three-storey building on Hanevi'im Street, where two of the dead were found. A second missile hit a parking lot near the port, setting dozens of cars on fire, police said.

The Israel Defense Forces said Iran fired about 35 missiles at northern Israel in the barrage and that most were intercepted. "The Iranian regime is deliberately aiming at civilians in their homes," IDF spokesman Lt. Col. Amir Dvori said. He said the air force would keep striking launchers in western Iran.
""")
add("j1-irna", "Example Iranian State Agency", "2025-06-16", "IRGC: Haifa energy facilities and military centres hit in new wave", """
TEHRAN - The Islamic Revolution Guards Corps said on Monday that its missile forces had targeted energy facilities and military command centres in the occupied port city of Haifa in a new wave of Operation True Promise.

In a statement, the IRGC said the operation was carried out in response to the Zionist regime's aggression against Iranian territory, and that all the missiles had hit their designated targets with precision.

The statement stressed that Iran's armed forces do not target residential areas and said the Zionist regime's claims of civilian casualties are propaganda meant to cover up its military losses.
""")
add("j1-tasnim", "Example Iranian News Agency", "2025-06-16", "Guards say missiles struck Haifa refinery and command posts", """
TEHRAN - Iran's Revolutionary Guards announced on Monday that their missiles had struck an oil refinery and several military command posts in Haifa, in the latest phase of Operation True Promise.

The Guards said in a statement that the strikes were a response to the aggression of the Zionist regime on Iranian soil and that every missile had reached its intended target.

According to the statement, Iran's forces never aim at residential neighbourhoods, and the Israeli reports of dead and wounded civilians are lies intended to hide the regime's military damage.
""")
add("j1-wire", "Example Wire", "2025-06-16", "Iranian missiles kill four in Haifa as Israel strikes Tehran", """
JERUSALEM, June 16 (Example Wire) - Iranian missiles killed four people in the northern Israeli city of Haifa on Monday, Israeli emergency services said, as Israel pressed on with air strikes across Iran.

A missile tore through an apartment block and another set cars ablaze near the port, witnesses said. Iran's Revolutionary Guards said they had struck energy sites and military centres in Haifa and denied targeting civilians.

Israel's military said it had intercepted most of the roughly 35 missiles fired at the north. Hospital director Dr. Yael Shemesh said 58 people were being treated, three of them in serious condition.
""")
# J2: Israeli strike on a broadcaster in Tehran, same day
add("j2-presstv", "Example Iranian Broadcaster", "2025-06-16", "Zionist regime bombs state broadcaster in Tehran during live programme", """
TEHRAN - Israeli warplanes bombed the headquarters of the Islamic Republic of Iran Broadcasting in northern Tehran on Monday evening while a news programme was on air, killing three staff members.

Presenter Mina Rostamzadeh was reading the news when the first bomb hit the building, and the broadcast was cut as dust filled the studio. The channel returned to the air within minutes from another studio.

Government spokeswoman Fatemeh Mohajerani said the attack on journalists and a civilian media building was a war crime and that Iran would answer it.
""")
add("j2-idf", "Example Israeli News Site", "2025-06-16", "IDF says it struck Iranian regime's propaganda and communications centre", """
The Israel Defense Forces said on Monday that fighter jets had struck a communications centre in Tehran that the Iranian armed forces used for military purposes under the cover of the state broadcaster.

"The site served the military operations of the Iranian regime and was a legitimate military target," the army said in a statement, adding that it had warned residents of the area to leave hours before the strike.

Defense Minister Israel Katz said earlier that the "propaganda and incitement mouthpiece of the Iranian regime" would disappear.
""")
add("j-live", "Example Live Blog", "2025-06-16", "Israel-Iran war, day four: what we know", """
Here are the main developments of Monday, the fourth day of the war between Israel and Iran.

Haifa hit by missiles: Iranian ballistic missiles struck homes in Haifa early on Monday, killing four people and wounding 58, Israeli rescue services said. Iran's Revolutionary Guards said they had aimed at energy and military sites.

Tehran broadcaster bombed: In the evening, Israeli jets hit the building of Iran's state broadcaster in Tehran during a live news bulletin. Iranian officials said three employees were killed; Israel said the site was used by the military.

Diplomacy: Foreign ministers of several European states said they would meet their Iranian counterpart later in the week.
""")

# U1: Novokuibyshevsk refinery, 2025-08-12 (Tuesday)
add("u1-genstaff", "Example Ukrainian Agency", "2025-08-12", "General Staff confirms strike on Novokuibyshevsk refinery", """
KYIV - Ukraine's Defence Forces struck the Novokuibyshevsk oil refinery in Russia's Samara region overnight, the General Staff of the Armed Forces of Ukraine said on Tuesday.

The refinery, which supplies fuel to the Russian army, was hit by long-range drones, and a large fire broke out in the area of its primary processing unit, the General Staff said in a statement on Telegram.

"The extent of the damage is being clarified," the statement said, adding that strikes on the facilities that feed Russia's war would continue.
""")
add("u1-tass", "Example Russian State Agency", "2025-08-12", "Drone attack on Novokuibyshevsk repelled, governor says", """
SAMARA, August 12. /Example/. Air defence forces repelled a drone attack on an industrial enterprise in Novokuibyshevsk overnight, Samara Region Governor Vyacheslav Fedorishchev said on Tuesday.

"Falling debris caused a fire, which was quickly put out. There are no casualties," the governor wrote on his Telegram channel. He said statements by the Ukrainian side that the plant had been put out of operation were false and that the enterprise was working normally.

The Russian Defence Ministry said that air defence systems had destroyed 46 Ukrainian drones over several regions during the night, including 11 over Samara Region.
""")
add("u1-wire", "Example Wire", "2025-08-12", "Ukrainian drones hit refinery deep in Russia, fire seen", """
KYIV/MOSCOW, Aug 12 (Example Wire) - Ukrainian drones struck an oil refinery in the Russian city of Novokuibyshevsk on Tuesday, setting off a fire, Ukraine's military said, in one of its deepest strikes on Russian energy sites this year.

Residents posted videos of a column of black smoke rising over the plant before dawn. The regional governor said debris from downed drones had started a fire and denied that the plant had stopped working.

The refinery, about 1,000 km from the front line, can process about 8 million tonnes of crude a year, according to industry data.
""")
# U2: Syzran refinery, 2025-08-13 (Wednesday)
add("u2-genstaff", "Example Ukrainian Agency", "2025-08-13", "Ukrainian drones hit Syzran refinery, General Staff says", """
KYIV - Ukrainian long-range drones struck the Syzran oil refinery in Russia's Samara region overnight, the General Staff of the Armed Forces of Ukraine said on Wednesday.

Explosions and a fire were recorded on the territory of the refinery, the General Staff said in a statement on Telegram. It said the plant is one of the largest in the Rosneft system and supplies fuel to Russian troops.

"The extent of the damage is being clarified," the statement said.
""")
add("u2-tass", "Example Russian State Agency", "2025-08-13", "Syzran enterprise attacked by drones, one worker injured", """
SAMARA, August 13. /Example/. Ukrainian drones attacked an enterprise in Syzran overnight, injuring one worker, Samara Region Governor Vyacheslav Fedorishchev said on Wednesday.

A fire broke out after the attack and was extinguished by emergency services, the governor said on Telegram. The injured man was taken to hospital with shrapnel wounds.

The Russian Defence Ministry said its air defence systems had shot down 28 drones over Russian regions overnight.
""")
add("u1-followup", "Example Energy Weekly", "2025-08-16", "Satellite images show damage at Novokuibyshevsk refinery", """
Satellite images taken on Friday show heavy damage to the crude distillation unit of the Novokuibyshevsk refinery, which Ukrainian drones struck last Tuesday, according to an analysis by an independent research group.

The images show a burnt-out section of the unit, which accounts for most of the plant's capacity, analyst Petra Lindqvist said. Two industry sources said the refinery had stopped processing crude after the attack and was not expected to resume for several weeks.

Samara's governor had said on the day of the strike that the plant was working normally.
""")

# V1: Cuyuni River shooting, 2025-02-17 (Monday)
add("v1-gdf", "Example Georgetown Paper", "2025-02-17", "Soldiers wounded as Venezuelan troops fire on GDF patrol in Cuyuni", """
GEORGETOWN - Three Guyana Defence Force soldiers were wounded on Monday when men in Venezuelan military uniforms opened fire on a GDF boat patrol on the Cuyuni River near Eteringbang, the army said.

Chief of Staff Brigadier Omar Khan said the soldiers were resupplying a post on the Guyanese bank when they came under fire from the Venezuelan side of the river. The patrol returned fire, he said.

President Irfaan Ali called the shooting an attack on Guyana's sovereignty and said the government had summoned Venezuela's ambassador.
""")
add("v1-caracas", "Example Caracas Agency", "2025-02-18", "Venezuela rejects Guyana's accusation over Cuyuni incident", """
CARACAS - Venezuela's government on Tuesday rejected accusations by Guyana that Venezuelan troops had fired on Guyanese soldiers on the Cuyuni River, calling them a fabrication.

Foreign Minister Yvan Gil said in a statement that no unit of the Bolivarian National Armed Forces had been involved. He said Guyanese soldiers had entered Venezuelan waters and fired at fishermen, and that the story was invented to justify the presence of foreign troops in the Essequibo.

Defence Minister Vladimir Padrino Lopez said Venezuela's forces were on alert along the river.
""")
add("v1-wire", "Example Wire", "2025-02-17", "Guyana says soldiers shot from Venezuelan side of border river", """
GEORGETOWN, Feb 17 (Example Wire) - Three Guyanese soldiers were wounded in a shooting on the Cuyuni River, which marks part of the border with Venezuela, Guyana's military said on Monday, blaming armed Venezuelans in uniform.

There was no immediate comment from Caracas. The area near Eteringbang is known for illegal gold mining, and armed gangs known as sindicatos operate on both banks.

The shooting comes amid tension over Venezuela's claim to the Essequibo region, about two thirds of Guyana's territory.
""")

# L1: Abu Grein clashes, 2025-09-03 (Wednesday)
add("l1-lna-a", "Example Benghazi Channel", "2025-09-03", "LNA repels attack by outlaw militias near Abu Grein", """
BENGHAZI - The General Command of the Libyan National Army said on Wednesday that its units had repelled an attack by outlaw militias affiliated with the Tripoli government on their positions west of Abu Grein.

The militias attacked at dawn with armed vehicles and drones, and our forces responded firmly, inflicting heavy losses on them, LNA spokesman Major General Khaled al-Mahjoub said in a statement.

He said the army held the Tripoli government fully responsible for breaking the ceasefire.
""")
add("l1-lna-b", "Example Libya Observer", "2025-09-03", "Haftar's forces say they fought off dawn assault west of Abu Grein", """
The Libyan National Army's General Command announced on Wednesday that its forces had fought off an assault by militias loyal to the Tripoli-based government on its positions to the west of Abu Grein.

According to spokesman Khaled al-Mahjoub, the militias launched the attack at dawn using armoured vehicles and drones, and the army's units answered decisively and caused them heavy casualties.

The spokesman said the government in Tripoli bore full responsibility for violating the ceasefire.
""")
add("l1-gnu", "Example Tripoli Agency", "2025-09-03", "Defence ministry: Haftar forces attacked army positions near Abu Grein", """
TRIPOLI - The Ministry of Defence of the Government of National Unity said on Wednesday that forces loyal to Khalifa Haftar had attacked positions of the Libyan army near Abu Grein, killing two soldiers.

The ministry said its forces had responded to the source of fire and would not allow any violation of the ceasefire. Ministry spokesman Salem Ghaith said the attackers had advanced from the direction of Sirte.

Prime Minister Abdul Hamid Dbeibah called on the UN mission to condemn the attack.
""")
add("l1-wire", "Example Wire", "2025-09-03", "Rival Libyan forces clash near Abu Grein, each blames the other", """
TRIPOLI, Sept 3 (Example Wire) - Forces of Libya's rival governments clashed on Wednesday near Abu Grein, on the road between Misrata and Sirte, in the worst fighting on the line in months, both sides said.

The Tripoli government's defence ministry said Haftar's Libyan National Army had attacked and two of its soldiers were killed. The LNA said it had repelled an attack by Tripoli militias.

The UN Support Mission in Libya called on both sides to respect the 2020 ceasefire.
""")

# Z1: Macomia attack, 2024-05-10 (Friday)
add("z1-mod", "Example Maputo Paper", "2024-05-10", "Defence forces repel insurgent attack on Macomia", """
PEMBA - Mozambican defence and security forces repelled an attack by insurgents on the town of Macomia in Cabo Delgado province on Friday, killing 18 terrorists, the Ministry of National Defence said.

Three soldiers were killed in the fighting, which lasted several hours, ministry spokesman Colonel Augusto Mabunda said. He said the insurgents had looted shops and the town's health centre before withdrawing into the bush.

"The situation is under control and the population can return," he said.
""")
add("z1-amaq", "Example Jihadist Monitor", "2024-05-10", "Islamic State claims attack on Macomia", """
The Islamic State group claimed on Friday that its fighters had attacked the Mozambican army in the town of Macomia, in Cabo Delgado province.

In a statement carried by its Amaq news agency, the group said its fighters had killed 20 Mozambican soldiers, seized weapons and ammunition and burned army vehicles before withdrawing.

The claim could not be independently verified.
""")
add("z1-wire", "Example Wire", "2024-05-10", "Islamist insurgents raid Mozambican town of Macomia", """
MAPUTO, May 10 (Example Wire) - Islamic State-linked insurgents attacked the town of Macomia in northern Mozambique's Cabo Delgado province on Friday, fighting government troops for several hours and looting food, residents and officials said.

Mozambique's defence ministry said three soldiers and 18 insurgents were killed. The Islamic State, in a claim through its Amaq agency, said it had killed 20 soldiers.

Resident Fatima Sualehe said hundreds of people fled to the bush when the shooting began.
""")
add("z1-carta", "Example Mozambique Weekly", "2024-05-15", "Macomia residents return after last week's attack", """
PEMBA - Residents of Macomia began returning to their homes on Wednesday, five days after Islamic State insurgents raided the town in last week's attack, local officials said.

District administrator Tomas Badae said that shops, the health centre and the district's food store had been looted during the attack and that aid agencies had started distributing food.

He said three soldiers had died defending the town. Rwandan troops have since taken up positions on the road to Mucojo, residents said.
""")

# C1: checkpoint near Nkambe, Cameroon, 2025-02-14 (Friday); one-sided
add("c1-army", "Example Yaounde Daily", "2025-02-14", "Army neutralises separatist fighters after checkpoint attack near Nkambe", """
BAMENDA - Cameroon's defence forces on Friday repelled an attack by separatist fighters on a checkpoint near Nkambe in the North-West region, killing five of the attackers, army spokesman Captain Cyrille Atonfack Nguemo said.

Two soldiers were killed when the armed men opened fire on the checkpoint at dawn, he said. The attackers, who belong to a so-called Ambazonia Defence Forces group, fled towards the forest.

"Our troops remain committed to protecting the population," the spokesman said.
""")
add("c1-wire", "Example Wire", "2025-02-14", "Separatists attack Cameroon army checkpoint, seven dead", """
YAOUNDE, Feb 14 (Example Wire) - Two Cameroonian soldiers and five separatist fighters were killed on Friday when gunmen attacked an army checkpoint near the town of Nkambe in the English-speaking North-West region, the army said.

Residents said the shooting lasted about an hour and that shops in Nkambe stayed shut for the rest of the day. "We heard gunfire from six in the morning," trader Emmanuel Tah said.

Separatists have fought since 2017 for an independent state they call Ambazonia.
""")
# C0: commemoration of Ngarbuh, 2020-02-14, same day as C1
add("c0-memorial", "Example Bamenda Paper", "2025-02-14", "Ngarbuh remembers its dead five years on", """
NDU - Families gathered in Ngarbuh on Friday to remember the 21 villagers, most of them women and children, who were killed on February 14, 2020, when soldiers and allied militiamen raided the village.

The government first denied that the army was involved and said the deaths were caused by a fuel fire, before an inquiry found that soldiers had taken part. Three soldiers were later put on trial before a military court in Yaounde.

"We still wait for justice," said Ngeh Joseph, who lost his sister in the killings. A priest blessed the graves, and villagers laid flowers at the ruins of the burned houses.
""")

# K1: ELN drones on an army base in Tibu, 2025-03-31 (Monday)
add("k1-army", "Example Bogota Daily", "2025-03-31", "Two soldiers killed in ELN drone attack on Tibu base", """
CUCUTA - Two soldiers were killed and six wounded when the ELN guerrilla attacked a military base in Tibu, in the Catatumbo region of Norte de Santander, with explosive-laden drones on Monday, the army said.

The Second Division said the drones dropped explosives on the base before dawn. Defence Minister Pedro Sanchez said the attack showed that the ELN had chosen terrorism and that the army would pursue those responsible.
""")
add("k1-eln", "Example Guerrilla Radio", "2025-03-31", "ELN front claims attack on army base in Tibu", """
The Northeastern War Front of the National Liberation Army (ELN) said in a statement on Monday that its units had attacked the army's base in Tibu, killing nine soldiers.

The guerrilla said the attack was a response to military operations against peasant communities in Catatumbo. "As long as the army attacks the people, we will answer," the statement said.
""")
add("k1-wire", "Example Wire", "2025-03-31", "Colombia's ELN hits army base with drones, two soldiers dead", """
BOGOTA, March 31 (Example Wire) - Colombia's ELN rebels attacked an army base in the town of Tibu near the Venezuelan border with drones on Monday, killing two soldiers, the army said, as fighting in the Catatumbo region dragged on.

The ELN said in a statement that its fighters had killed nine soldiers. Tens of thousands of people have fled Catatumbo since the group's offensive against rival FARC dissidents began in January.
""")

# H1: gang attack on Mirebalais, 2025-03-31 (Monday); one-sided
add("h1-pnh", "Example Port-au-Prince Radio", "2025-03-31", "Police fight gang attack on Mirebalais", """
MIREBALAIS - Heavily armed gang members attacked the town of Mirebalais in the Centre department on Monday, storming the police station and freeing about 500 inmates from the civil prison, the Haitian National Police said.

Police spokesman Garry Desrosiers said officers had fought the gunmen for hours and that reinforcements were on their way. "The police will retake control of Mirebalais," he said. Residents said the attackers belonged to the Viv Ansanm gang coalition.
""")
add("h1-wire", "Example Wire", "2025-03-31", "Gangs overrun Haitian town of Mirebalais, free prisoners", """
PORT-AU-PRINCE, March 31 (Example Wire) - Gunmen from the Viv Ansanm gang coalition attacked the central Haitian town of Mirebalais on Monday, freeing hundreds of prisoners and sending residents fleeing, police and the United Nations said.

The UN's humanitarian office said more than 5,000 people had fled the town, which lies on the road to the border with the Dominican Republic. Police said officers were fighting to retake it.
""")

# N1: UNIFIL position at Naqoura, 2024-10-10 (Thursday)
add("n1-unifil", "Example UN News", "2024-10-10", "UNIFIL says Israeli fire hit its headquarters in Naqoura, two peacekeepers hurt", """
NAQOURA - Two peacekeepers were injured on Thursday when an Israeli army Merkava tank fired at an observation tower at the headquarters of the UN Interim Force in Lebanon in Naqoura, UNIFIL said in a statement.

The peacekeepers fell from the tower after it was hit directly. UNIFIL said Israeli soldiers had deliberately fired at the cameras of the position and disabled them, and had also fired at a position in Labbouneh and hit its entrance. "Any deliberate attack on peacekeepers is a grave violation of international humanitarian law," the mission said.
""")
add("n1-idf", "Example Israeli Daily", "2024-10-10", "IDF: troops fired at threat near UN post, peacekeepers were told to stay in shelters", """
The Israel Defense Forces said on Thursday that its troops operating near a UNIFIL post in Naqoura had identified an immediate threat and fired, and that UN forces had been told hours earlier to stay in protected spaces.

The army rejected claims that it had deliberately targeted the peacekeepers and said it was reviewing the incident. It said Hezbollah operated from inside and near civilian areas and UN positions in southern Lebanon.
""")
add("n1-nna", "Example Lebanese National Agency", "2024-10-10", "Israeli enemy targets UNIFIL headquarters in Naqoura", """
NAQOURA - The Israeli enemy targeted the headquarters of the UN peacekeeping force in Naqoura with tank fire on Thursday, injuring two Indonesian peacekeepers, the National News Agency's correspondent reported.

Prime Minister Najib Mikati condemned the attack and called it a crime against the international community. The Lebanese army said Israeli shelling also hit the outskirts of the nearby villages of Alma al-Shaab and Dhayra.
""")
add("n1-wire", "Example Wire", "2024-10-10", "Israeli fire wounds two UN peacekeepers in Lebanon", """
BEIRUT, Oct 10 (Example Wire) - Two UN peacekeepers were wounded when an Israeli tank fired at a watchtower of the UNIFIL headquarters in Naqoura in southern Lebanon on Thursday, the mission said.

Israel's military said its troops had fired at a threat near the base and denied deliberately targeting peacekeepers. Several European governments whose soldiers serve in UNIFIL condemned the incident.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
