"""Writes scope.jsonl: a battery of invented conflict reports for the scope
of figures and for front-wide summaries (issue 7; TestScopeProbes in
internal/fuse; `parallax eval incidents --data testdata/clusters/scope.jsonl`).

Every person, figure and toll is invented; states, towns, armed groups and
institutions are real. Labels were written before parallax ran on the file.

Besides the incident label, each article carries two fields of its own:
- "rivals": the count contradictions its incident should show, as
  "item/owner" (the same list on every article of the incident): parties
  giving different figures of the same scope for one item and owner;
- "tallies": figures of the article that are cumulative ("since the start
  of the war", "in total since", a running total beside a "(+11)" daily
  increment) or period totals ("over the past week", "so far this year"):
  no count contradiction may set one of them against another party's
  figure of a single day or incident.

Kinds:
- one incident told by two sides and a wire, where one side's report also
  gives its war's running total (Hezbollah, Gaza, Kashmir, Somalia, PKK);
- two sides' front-wide daily summaries of a long war (Ukraine, Russia;
  Armenia, Azerbaijan in 2020; Sudan's army and the RSF; SOHR and SANA)
  on the same or the next day: many sites, one per paragraph; each is an
  incident of its own;
- two sides' summaries whose lead tells one strike in detail (the same
  strike): one incident;
- a period total ("over the past week") beside a report of one of the
  week's raids: two incidents.

Usage: python3 testdata/clusters/make_scope.py > testdata/clusters/scope.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text, rivals=(), tallies=()):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": text.strip(), "incident": incident, "duplicate_of": "", "duplicate_kind": "",
                 "rivals": list(rivals), "tallies": list(tallies)})


# 1. Israel–Hezbollah: one strike on Aitaroun; the IDF and Hezbollah differ
# on the dead; Hezbollah's statement adds its running total.
add("hz-aitaroun-idf", "Example Israeli Daily", "2024-03-12", "IDF says 15 Hezbollah operatives killed in Aitaroun strike",
    "hz-aitaroun", """
The Israel Defense Forces said on Tuesday that fighter jets struck a Hezbollah compound in the southern Lebanese village of Aitaroun overnight, killing 15 Hezbollah operatives, including a local commander.

"The compound was used to plan rocket fire at the Galilee," military spokesman Lt. Col. Yoav Keren said.

The army said it had killed more than 310 Hezbollah operatives since the group began its attacks on October 8.
""", rivals=["killed/HEZBOLLAH"], tallies=[310])
add("hz-aitaroun-hzb", "Example Lebanese Channel", "2024-03-12", "Hezbollah mourns three fighters killed in Aitaroun",
    "hz-aitaroun", """
Hezbollah said on Tuesday that three of its fighters were killed when Israeli warplanes bombed a house in Aitaroun overnight, and denied Israeli claims that a command centre had been hit.

The group said the house belonged to a family of farmers and that two civilians were also wounded in the raid.

Hezbollah has lost 264 fighters since October 8, according to a tally of its own death notices.
""", rivals=["killed/HEZBOLLAH"], tallies=[264])
add("hz-aitaroun-wire", "Example Wire", "2024-03-12", "Israeli strike hits south Lebanon village",
    "hz-aitaroun", """
BEIRUT, March 12 - An Israeli air strike hit the village of Aitaroun in southern Lebanon early on Tuesday, Lebanon's state news agency said, in the latest exchange of fire across the border.

Israel's military said the strike killed 15 Hezbollah operatives. Hezbollah announced the deaths of three fighters.

Hezbollah and Israel have traded fire almost daily since the Gaza war began in October.
""", rivals=["killed/HEZBOLLAH"])

# 2. Gaza: one strike on a school in Nuseirat; the health ministry's toll of
# the strike and its war total; the IDF's figure of militants killed.
add("gz-nuseirat-moh", "Example Palestinian Agency", "2024-06-18", "23 killed in Israeli strike on Nuseirat school",
    "gz-nuseirat", """
GAZA, June 18 - At least 23 people were killed and 41 wounded when Israeli aircraft bombed a school sheltering displaced families in the Nuseirat refugee camp on Tuesday, the Gaza health ministry said.

The ministry said the total number of people killed in Gaza since October 7 had risen to 37,296, with 85,197 wounded.
""", tallies=[37296, 85197])
add("gz-nuseirat-idf", "Example Israeli Daily", "2024-06-18", "IDF: Hamas command room in Nuseirat school targeted",
    "gz-nuseirat", """
The Israeli military said on Tuesday its aircraft carried out a precise strike on a Hamas command room inside a school compound in Nuseirat, killing six terrorists who were planning attacks on troops.

The IDF said it had taken steps to reduce harm to civilians, including the use of precise munitions and aerial surveillance.
""")
add("gz-nuseirat-wire", "Example Wire", "2024-06-18", "Strike on Gaza school shelter kills at least 23",
    "gz-nuseirat", """
CAIRO, June 18 - An Israeli strike on a school housing displaced Palestinians in central Gaza's Nuseirat camp killed at least 23 people on Tuesday, health officials said. Israel's military said it had targeted a Hamas command room in the school and killed six militants.

More than 37,000 Palestinians have been killed in Gaza since the war began, according to the health ministry.
""", tallies=[37000])

# 3. Ukraine: the General Staff's and the Russian Defence Ministry's daily
# summaries of one day: front-wide, many sites; two incidents.
add("ua-gs-0911", "Example Ukrainian Agency", "2024-09-11", "General Staff: 143 combat clashes on the front over the past day",
    "ua-gs-0911", """
Kyiv, September 11. There were 143 combat clashes on the front line over the past day, the General Staff of the Armed Forces of Ukraine said in its morning update.

In the Kharkiv direction, Russian troops attacked twice near Vovchansk and Lyptsi. In the Kupiansk direction, Ukrainian defenders repelled nine attacks near Synkivka and Petropavlivka.

In the Pokrovsk direction, the enemy attacked 38 times near Hrodivka, Mykolaivka and Selydove; the heaviest fighting was near Novohrodivka. In the Vremivka direction, Russian forces attacked near Vuhledar and Vodiane.

In the Orikhiv direction, Russian troops tried to advance near Robotyne and Mala Tokmachka.

According to the General Staff, the total combat losses of the enemy from February 24, 2022 to September 11, 2024 amounted to about 627,280 personnel (+1,180), 8,670 tanks (+8), 17,055 armored combat vehicles (+21), 17,790 artillery systems (+43) and 15,121 operational-tactical drones (+57).
""", tallies=[627280, 8670, 17055, 17790, 15121])
add("ru-mod-0911", "Example Russian Agency", "2024-09-11", "Russian forces liberate Memryk in DPR, MoD says",
    "ru-mod-0911", """
MOSCOW, September 11. /TASS/. Units of the Battlegroup Center liberated the community of Memryk in the Donetsk People's Republic over the past day, the Russian Defense Ministry reported on Wednesday.

The battlegroup struck Ukrainian manpower near Krasnoarmeysk and Grodovka. The Ukrainian army lost up to 480 troops and two tanks in that area, the ministry said.

Battlegroup North units defeated Ukrainian formations near Volchansk and Liptsy in the Kharkov Region. The enemy lost up to 60 troops there.

Battlegroup Dnepr units inflicted losses on the Ukrainian army near Kamenskoye in the Zaporozhye Region and Antonovka in the Kherson Region.

Russian air defenses shot down 42 Ukrainian drones over the past day. In all, 33,160 unmanned aerial vehicles and 17,512 tanks and other armored combat vehicles have been destroyed since the start of the special military operation.
""", tallies=[33160, 17512])

# 4. The next day's pair of summaries: each its own incident, and not the
# day before's either.
add("ua-gs-0912", "Example Ukrainian Agency", "2024-09-12", "Enemy attacked 41 times in Pokrovsk direction - General Staff",
    "ua-gs-0912", """
Kyiv, September 12. Russian troops carried out 129 attacks on the front line over the past day, the General Staff of the Armed Forces of Ukraine reported.

In the Siversk direction, Ukrainian units repelled four attacks near Verkhnokamianske and Ivano-Darivka.

In the Pokrovsk direction, the enemy attacked 41 times near Mykhailivka, Lysivka and Krasnyi Yar. In the Kurakhove direction, Ukrainian defenders held their positions near Kostiantynivka and Heorhiivka.

In the Prydniprovske direction, the enemy made two unsuccessful attempts to advance toward Krynky.

The total combat losses of the enemy since February 24, 2022 amounted to about 628,470 personnel (+1,190), 8,677 tanks (+7) and 17,079 armored combat vehicles (+24), the General Staff said.
""", tallies=[628470, 8677, 17079])
add("ru-mod-0912", "Example Russian Agency", "2024-09-12", "Ukraine loses up to 1,600 troops in a day - MoD",
    "ru-mod-0912", """
MOSCOW, September 12. /TASS/. The Ukrainian army lost up to 1,600 troops in all the frontline areas over the past day, the Russian Defense Ministry reported on Thursday.

Battlegroup South units improved their tactical position and defeated Ukrainian manpower near Chasov Yar, Konstantinovka and Dzerzhinsk. The enemy lost up to 720 troops there, the ministry said.

Battlegroup West units struck Ukrainian formations near Kupyansk and Sinkovka in the Kharkov Region. The enemy lost up to 490 troops.

Battlegroup East units repulsed three counterattacks near Ugledar.

Since the start of the special military operation, 640 aircraft, 283 helicopters and 17,530 tanks and other armored combat vehicles have been destroyed, the ministry said.
""", tallies=[640, 283, 17530])

# 5. Summaries whose lead is one strike told in detail by both sides: one
# incident (the strike on Zaporizhzhia), each summary's other paragraphs
# going on with the day.
add("ua-zp-strike", "Example Ukrainian Agency", "2024-10-07", "Russian missile strike on Zaporizhzhia kills nine",
    "zp-strike", """
Zaporizhzhia, October 7. A Russian missile strike on an industrial district of Zaporizhzhia killed nine people and wounded 17 on Monday morning, regional governor Ivan Fedorov said.

"Two missiles hit the territory of an industrial enterprise and a car repair shop," Fedorov said on Telegram. Rescuers were still searching the rubble.

Elsewhere, the General Staff said there were 118 combat clashes on the front over the past day, most of them in the Pokrovsk direction.

Since the start of the full-scale invasion, Russian strikes have killed 1,210 civilians in the Zaporizhzhia region, the regional administration said.
""", tallies=[1210])
add("ru-zp-strike", "Example Russian Agency", "2024-10-07", "Iskander strike destroys Ukrainian drone workshop in Zaporozhye",
    "zp-strike", """
MOSCOW, October 7. /TASS/. Russian forces struck a workshop assembling attack drones in the city of Zaporozhye with Iskander missiles on Monday morning, eliminating up to 40 Ukrainian servicemen and foreign specialists, the Russian Defense Ministry said.

The ministry said the workshop in the city's industrial zone produced long-range drones used against Russian regions.

Over the past day, Russian air defenses shot down 31 Ukrainian drones, the ministry said. Since the start of the special military operation, 34,020 unmanned aerial vehicles have been destroyed.
""", tallies=[34020])

# 6. Armenia and Azerbaijan, October 2020: each defence ministry's daily
# summary along the whole line of contact; two incidents.
add("am-mod-1014", "Example Armenian Agency", "2020-10-14", "Armenian MoD: Azerbaijani attacks repelled along the front",
    "am-mod-1014", """
YEREVAN, OCTOBER 14. The Defense Army repelled Azerbaijani attacks in the southern direction during the day, the Ministry of Defense of Armenia informs.

In the Hadrut direction, the enemy tried to advance with armoured units and suffered heavy losses. Near Martuni, Azerbaijani artillery shelled the positions of the Defense Army.

In the northern direction, near Martakert, the situation remained relatively calm, the ministry spokeswoman Narine Hovakimyan said.

During the day the enemy lost 4 tanks and 2 drones, the ministry said. In total since September 27, the Azerbaijani army has lost 5,380 servicemen, 627 tanks and 208 drones, according to the ministry.
""", tallies=[5380, 627, 208])
add("az-mod-1014", "Example Azerbaijani Agency", "2020-10-14", "Azerbaijani army destroys enemy equipment in Aghdara and Khojavend directions",
    "az-mod-1014", """
BAKU, October 14. During the night and in the morning, the units of the Azerbaijan Army destroyed the equipment of the Armenian armed forces in the Aghdara and Khojavend directions, the Ministry of Defense of Azerbaijan said.

In the Fuzuli direction, the enemy's attempts to regain lost positions were prevented. In the Jabrayil direction, Armenian artillery positions were suppressed.

During the day, 3 tanks, 4 artillery pieces and 1 S-300 launcher of the enemy were destroyed, the ministry said.
""")

# 7. Sudan: the army's and the RSF's statements of one day, about other
# fronts of the war; two incidents.
add("sd-saf-0905", "Example Sudanese Agency", "2024-09-05", "Army repels militia attack in Omdurman",
    "sd-saf-0905", """
PORT SUDAN, Sept 5 - The Sudanese Armed Forces said they repelled an attack by the Rapid Support Forces militia on army positions in northern Omdurman on Thursday, killing dozens of the militia's fighters.

The army said its aircraft also struck militia gatherings near Bara in North Kordofan.

Army spokesman Brigadier Nabil Hamdan said the militia had shelled residential districts of Karari, killing 8 civilians.
""")
add("sd-rsf-0905", "Example RSF Channel", "2024-09-05", "RSF says it repelled army offensive near El Fasher",
    "sd-rsf-0905", """
The Rapid Support Forces said on Thursday that their fighters repelled an offensive by the army and allied armed movements on the eastern outskirts of El Fasher, killing 112 of the attackers and seizing 16 combat vehicles.

In a separate statement, the RSF said its forces had taken control of a base near Babanusa in West Kordofan.

The RSF said it had killed more than 4,000 army soldiers and allied fighters around El Fasher since May.
""", tallies=[4000])

# 8. Syria: the monitor's daily roundup and the state agency's roundup of
# the same day, on different fronts; two incidents.
add("sy-sohr-0702", "Example Monitor", "2024-07-02", "SOHR: regime shelling on Idlib countryside, clashes in Latakia mountains",
    "sy-sohr-0702", """
The Syrian Observatory for Human Rights said regime forces shelled the towns of Kansafra and Al-Bara in southern Idlib countryside on Tuesday, wounding four civilians.

In the Latakia mountains, clashes broke out between regime forces and Hayat Tahrir al-Sham fighters on the Kabani axis, killing two regime soldiers, the Observatory said.

Since the beginning of 2024, the Observatory has documented the deaths of 1,132 people in military operations across Syria.
""", tallies=[1132])
add("sy-sana-0702", "Example Syrian Agency", "2024-07-02", "Army units destroy terrorist drones in Hama countryside",
    "sy-sana-0702", """
Damascus, SANA - Army units downed 3 drones launched by terrorist organizations towards residential areas in the northern countryside of Hama on Tuesday, a military source said.

The source added that army units targeted terrorist positions near Taftanaz in the eastern countryside of Idlib, destroying an ammunition depot.
""")

# 9. Myanmar: the junta's weekly total and a report of one raid of that
# week; two incidents, and the week's total is no rival of the raid's toll.
add("mm-junta-week", "Example Myanmar State Daily", "2024-02-24", "Security forces neutralise 86 terrorists over the past week",
    "mm-junta-week", """
NAY PYI TAW, Feb 24 - Security forces neutralised 86 terrorists of the so-called People's Defence Force in clashes across Sagaing, Magway and Mandalay regions over the past week, the State Administration Council's information team said on Saturday.

Columns seized 54 weapons and destroyed several terrorist camps in Sagaing region, the team said.
""", tallies=[86])
add("mm-kanbalu-raid", "Example Exile Outlet", "2024-02-22", "Junta air strike kills 12 in Kanbalu village",
    "mm-kanbalu", """
A junta air strike on Let Yet Kone village in Kanbalu township, Sagaing region, killed 12 civilians including four children on Thursday, residents and a local resistance group said.

The People's Defence Force said regime troops later raided the village and that two of its fighters were killed.
""")
add("mm-kanbalu-wire", "Example Wire", "2024-02-23", "Myanmar air strike kills a dozen villagers, residents say",
    "mm-kanbalu", """
BANGKOK, Feb 23 - A Myanmar military air strike killed 12 villagers in Kanbalu township in the Sagaing region on Thursday, residents said. The junta did not respond to a request for comment.
""")

# 10. Kashmir: one gunfight; the army's toll and the militants' wing differ;
# the army's statement adds the year's total.
add("in-kupwara-army", "Example Indian Daily", "2024-08-30", "Three terrorists killed in Kupwara encounter",
    "in-kupwara", """
SRINAGAR, Aug 30 - Three terrorists were killed in an encounter with security forces in Machil sector of Kupwara district on Friday, the army's Chinar Corps said.

The infiltration bid was foiled after troops spotted movement along the Line of Control, the corps said. So far this year, 44 terrorists have been killed in the Kashmir valley, police said.
""", rivals=["killed/MILITANTS"], tallies=[44])
add("in-kupwara-claim", "Example Regional Outlet", "2024-08-30", "Militant group says one fighter killed, denies infiltration",
    "in-kupwara", """
A militant group active in Kashmir said on Friday that one of its fighters was killed in a gunfight with Indian troops in Machil, Kupwara, and denied the army's claim that three infiltrators were killed.

The group said the gunfight took place inside the district, not on the Line of Control.
""", rivals=["killed/MILITANTS"])

# 11. Turkey and the PKK: one clash in the Zap region; the ministry's toll
# and its yearly total, the PKK's account.
add("tr-zap-mod", "Example Turkish Agency", "2024-05-15", "Turkish forces neutralise 9 PKK terrorists in northern Iraq",
    "tr-zap", """
ANKARA, May 15 - Turkish security forces neutralised nine PKK terrorists in the Zap region of northern Iraq, the National Defence Ministry said on Wednesday.

The terrorists were spotted by drones and targeted with artillery, the ministry said. Since January 1, 2024, a total of 612 terrorists have been neutralised, the ministry added.
""", rivals=["killed/PKK"], tallies=[612])
add("tr-zap-pkk", "Example Kurdish Agency", "2024-05-15", "HPG: two guerrillas fell in Zap clash, Turkish soldiers killed",
    "tr-zap", """
The People's Defence Forces (HPG), the PKK's armed wing, said on Wednesday that two of its guerrillas fell in a clash with Turkish troops in the Zap region of northern Iraq, and that seven Turkish soldiers were killed.

The HPG said the Turkish army had used chemical weapons in the region, an accusation Ankara denies.
""", rivals=["killed/PKK"])

# 12. Somalia: one attack on an army base; al-Shabaab's claim and the
# army's figures, with the army's yearly total.
add("so-base-army", "Example Somali Agency", "2024-04-03", "Army repels al-Shabaab attack on Bal'ad base",
    "so-base", """
MOGADISHU, April 3 - Somali National Army forces repelled an al-Shabaab attack on their base in Bal'ad, Middle Shabelle region, on Wednesday, killing 17 militants, the Ministry of Information said.

Two soldiers were killed in the fighting, the ministry said. More than 1,400 al-Shabaab fighters have been killed in army operations this year, it added.
""", rivals=["killed/ALSHABAB", "killed/SOM"], tallies=[1400])
add("so-base-shabaab", "Example Militant Radio", "2024-04-03", "Al-Shabaab says it overran army base in Bal'ad",
    "so-base", """
Al-Shabaab said on Wednesday that its fighters overran a Somali army base in Bal'ad in Middle Shabelle, killing 23 soldiers and seizing weapons.

The group said two of its fighters were killed in the assault.
""", rivals=["killed/ALSHABAB", "killed/SOM"])

# 13. Ukraine and Russia on one night's drone attack: each side's figure of
# the drones, and the Russian ministry's running total.
add("ru-drones-bryansk", "Example Russian Agency", "2024-08-21", "Air defenses destroy 27 Ukrainian drones over Bryansk Region",
    "bryansk-drones", """
MOSCOW, August 21. /TASS/. Russian air defenses intercepted and destroyed 27 Ukrainian fixed-wing drones over the Bryansk Region overnight, the Russian Defense Ministry said on Wednesday.

The ministry said an attempt by the Kiev regime to carry out a terrorist attack on facilities in the region had been thwarted. Since the start of the special military operation, 29,880 unmanned aerial vehicles have been destroyed.
""", rivals=["drone/UKR"], tallies=[29880])
add("ua-drones-bryansk", "Example Ukrainian Agency", "2024-08-21", "Drones hit oil depot in Russia's Bryansk region - source",
    "bryansk-drones", """
Ukrainian drones attacked an oil depot in Russia's Bryansk region overnight, causing a fire, a source in Ukraine's Security Service told Ukrainian media on Wednesday.

The source said 35 drones took part in the operation and that only a few of them were shot down.
""", rivals=["drone/UKR"])

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
