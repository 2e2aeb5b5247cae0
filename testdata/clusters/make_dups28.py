"""Writes dups28.jsonl: invented reports for the same_statement duplicates of
session 28 (`parallax eval duplicates --data testdata/clusters/dups28.jsonl`
and `eval incidents`). Every person, unit and number is invented; states,
towns, bodies and armed groups are real. Written after the session-28
statements-lane change (rendersAnchors, minAligned) and before its first
run, as a blind measure of it: the forms vary beyond the tunable batteries
(titles that are headlines, not "Statement of ..."; a statement relayed by
a national agency in its own English; one speech quoted by two papers).

A duplicate pair (`same_statement`) is two renderings of one statement of
one speaker: the same day or the next, the same figures, names and places,
its content in the same order though worded differently. Not duplicates:
the same happening told by another source, the same speaker's statement of
another day, the other party's statement, a reply to the statement.

Cases, each with its label decision:
  kg-border   a shooting on the Kyrgyz-Tajik border: the Kyrgyz border
              service's statement in translation (headline title) and a
              wire's reported speech of it are duplicates; the Tajik border
              troops' own statement (other figures, other blame) and a
              regional paper's own report with a village head's words are
              the same incident, no duplicates.
  sd-market   shelling of a market in El Fasher: the health ministry's
              statement as relayed by the state agency in English and a
              wire's relay are duplicates; a doctors' network's count the
              same day and the ministry's next statement (toll raised) are
              the same incident, no duplicates.
  co-speech   Colombia's defence minister's speech at a base in Cali,
              quoted by two papers (each its own selection and order of
              paraphrase, the same quotes): duplicates; the opposition
              senator's reply the next day, quoting the speech, is the
              same incident, no duplicate.
  ng-abduct   abduction of worshippers in Kaduna State: the state police
              command's press statement and a Lagos paper's retelling of it
              are duplicates; a local paper's report from the village
              (residents' figure) is the same incident, no duplicate.
  np-flood    floods in Nepal's Koshi Province: the home ministry's update
              in unofficial translation and the wire's relay of it are
              duplicates; the army's statement on its rescues the same day
              (other speaker, some of the same districts) is the same
              incident, no duplicate; nor is a paper's own report from
              Ilam that repeats the ministry's toll.
  ua-drones   an overnight drone attack on Ukraine: the air force's
              morning report in translation and a wire's relay are
              duplicates; the air force's report of the next night (same
              template, other figures) is another incident, the Russian
              ministry's claim of the first night the same incident: no
              duplicates.

Usage: python3 testdata/clusters/make_dups28.py > testdata/clusters/dups28.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text, dup=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": "same_statement" if dup else ""})

# --- kg-border: a border service's statement, its relay, the other side, own reporting ---
add("kg-border-wire", "Example Central Asia Wire", "2027-05-18", "Kyrgyzstan says two guards wounded in border shooting with Tajikistan", "kg-border", """
BISHKEK - Kyrgyzstan's border service said on Tuesday that two of its guards had been wounded when Tajik troops opened fire on a patrol near the village of Kok-Tash in the Batken region on Monday evening.

The service said the Tajik side had fired first, from positions near the Golovnoi water intake, and that its guards had returned fire. It said the shooting lasted about 40 minutes and stopped after the commanders of both sides spoke by telephone.

Service spokesman Major Nurlan Abdykadyrov said the wounded guards had been taken to hospital in Isfana and were in a stable condition. Border clashes in the area killed more than 100 people in 2022.
""")
add("kg-border-tr", "Example Kabar Digest (English)", "2027-05-18", "Two Kyrgyz border guards wounded near Kok-Tash", "kg-border", """
(Translated from Russian.) On 17 May at about 19:30, servicemen of the Tajik side opened fire with automatic weapons on a border detail of the Batken border detachment on the Kok-Tash section.

The fire was conducted from the area of the Golovnoi water intake. Our servicemen were forced to respond with return fire. The exchange of fire continued for about forty (40) minutes and was stopped after negotiations between the commanders of the border units.

As a result, two (2) servicemen of the Border Service received gunshot wounds. They were evacuated to the Isfana hospital, their condition is assessed as stable, said Major Nurlan Abdykadyrov, head of the press service.
""", dup="kg-border-wire")
add("kg-border-tj", "Example Dushanbe Herald", "2027-05-18", "Tajik border troops accuse Kyrgyz side of provocation", "kg-border", """
DUSHANBE - Tajikistan's border troops said on Tuesday that Kyrgyz servicemen had started Monday's shooting near the Golovnoi water intake by firing on Tajik workers repairing a canal, and that one Tajik soldier had been wounded.

The border troops said in a statement that Kyrgyz forces had tried to set up a new post on disputed land and that Tajik guards had acted in self-defence. They called on Bishkek to respect earlier agreements.
""")
add("kg-border-local", "Example Fergana Valley News", "2027-05-18", "Kok-Tash residents spend night in basements after shooting", "kg-border", """
ISFANA - Families in Kok-Tash spent Monday night in basements and cellars after gunfire broke out near the water intake at the edge of the village, residents said.

Village head Asylbek Toktosunov said about 300 people, mostly women and children, had been taken by bus to Isfana as a precaution. "The shooting was very close, we could hear it in every house," he said.

Two wounded border guards were brought to the Isfana hospital, a doctor there said. Schools in the village stayed closed on Tuesday.
""")
add("kg-border-later", "Example Central Asia Wire", "2027-05-25", "Kyrgyz border service reports new shooting on Tajik border", "kg-border-0524", """
BISHKEK - Kyrgyzstan's border service said on Tuesday that Tajik troops had fired on a Kyrgyz patrol near the village of Dostuk in the Leilek district on Monday, a week after a shooting near Kok-Tash, and that no one had been hurt.

The service said its guards had not returned fire and that the two sides' commanders had met at the Kairagach checkpoint to ease tensions. Service spokesman Major Nurlan Abdykadyrov said a note of protest had been sent to Dushanbe.
""")

# --- sd-market: the ministry's statement via the state agency, a wire relay, doctors, the next day ---
add("sd-market-suna", "Example Sudan Agency (English service)", "2027-06-09", "Health Ministry: 23 killed in militia shelling of El Fasher market", "sd-market", """
EL FASHER - The Federal Ministry of Health announced that twenty-three citizens were martyred and fifty-eight others were injured in the shelling carried out by the terrorist militia on the Nayer market in El Fasher on Tuesday morning.

The Ministry said in a statement that among the martyrs were seven children and five women, and that the wounded had been received at the Saudi Hospital, which is operating with limited capacity.

The Ministry called on the international community and humanitarian organisations to condemn the targeting of civilians and to provide medical supplies to the city.
""")
add("sd-market-wire", "Example Africa Wire", "2027-06-09", "Sudan says 23 killed as RSF shells El Fasher market", "sd-market", """
PORT SUDAN - Sudan's health ministry said on Tuesday that shelling by the paramilitary Rapid Support Forces on a market in El Fasher had killed 23 people and wounded 58.

Seven children and five women were among the dead, the ministry said in a statement, adding that the wounded were taken to the Saudi Hospital, which it said was working with limited capacity. It urged aid groups to send medical supplies.

The RSF, which has besieged El Fasher for more than a year, did not comment. It usually denies targeting civilians.
""", dup="sd-market-suna")
add("sd-market-doctors", "Example Darfur Monitor", "2027-06-09", "Doctors' network says 31 dead in El Fasher market attack", "sd-market", """
EL FASHER - The Sudan Doctors Network said on Tuesday that at least 31 people had been killed and more than 70 wounded when shells hit the Nayer market in El Fasher during the morning rush.

The network said its volunteers were still pulling bodies from burned stalls and that the Saudi Hospital had run out of blood for transfusions. It accused the RSF of deliberately shelling crowded places.
""")
add("sd-market-day2", "Example Africa Wire", "2027-06-10", "Sudan raises El Fasher market toll to 34", "sd-market", """
PORT SUDAN - Sudan's health ministry said on Wednesday that the death toll from Tuesday's shelling of a market in El Fasher had risen to 34, after 11 of the wounded died in hospital.

The ministry said in a new statement that 41 people remained in hospital, nine of them in a critical condition, and that a convoy of medical supplies had reached the city overnight.
""")
add("sd-market-un", "Example Humanitarian News", "2027-06-10", "UN coordinator condemns El Fasher market shelling", "sd-market", """
NEW YORK - The UN humanitarian coordinator for Sudan, Helena Marsh, on Wednesday condemned Tuesday's shelling of a market in El Fasher, which the health ministry said had killed 23 people, and called for an immediate pause in the fighting around the city.

"Markets are where families buy the little food that still reaches El Fasher. Shelling them is a violation of international humanitarian law," Marsh said in a statement. She said the UN was ready to send a convoy of medical supplies as soon as the parties guaranteed its safety.
""")

# --- co-speech: one speech quoted by two papers, and the opposition's reply ---
add("co-speech-a", "Example Bogota Daily", "2027-07-22", "Defence minister vows to retake Jamundi roads from dissidents", "co-speech", """
CALI - Colombia's defence minister Ramiro Quintana said on Wednesday that the army would send 1,200 more troops to Jamundi and retake the rural roads held by FARC dissidents "within 90 days".

Speaking to soldiers at the Pichincha battalion base in Cali, Quintana said the dissidents of the Jaime Martinez front "have turned the mountains of Jamundi into a cocaine highway" and would find "no peace talks and no place to hide".

He said 14 soldiers had been killed in the area since January and that three new mobile bases would be built along the road to Ampudia. "We are not going to count days, we are going to count roads," he said.
""")
add("co-speech-b", "Example Pacific Herald", "2027-07-22", "Quintana in Cali: 1,200 troops and three mobile bases for Jamundi", "co-speech", """
CALI - Defence Minister Ramiro Quintana announced on Wednesday, in a speech at the Pichincha battalion, the deployment of 1,200 additional soldiers to the rural area of Jamundi, with the goal of recovering the roads controlled by the Jaime Martinez front "within 90 days".

The minister said that the dissidents "have turned the mountains of Jamundi into a cocaine highway" and warned that there would be "no peace talks and no place to hide" for them.

Quintana recalled that 14 soldiers had died in the area this year and announced three mobile bases on the road to Ampudia. "We are not going to count days, we are going to count roads," he told the troops.
""", dup="co-speech-a")
add("co-speech-reply", "Example Bogota Daily", "2027-07-23", "Senator says minister's Jamundi plan repeats failed strategy", "co-speech", """
BOGOTA - Opposition senator Lucia Arboleda said on Thursday that defence minister Ramiro Quintana's plan to send 1,200 troops to Jamundi repeated a strategy that had failed for a decade, and called for him to appear before Congress.

"The minister says there will be no place to hide; the people of Jamundi have had no place to hide from this war for years," Arboleda told reporters. She said the government had not said how the three mobile bases would be paid for.

The defence ministry did not respond to a request for comment.
""")

# --- ng-abduct: a police command's press statement, a paper's retelling, a village report ---
add("ng-abduct-police", "Example Kaduna Post", "2027-08-02", "Press statement: Kaduna police rescue 17 abducted worshippers", "ng-abduct", """
The Kaduna State Police Command wishes to inform the public that on Sunday 1 August at about 10:20, armed bandits numbering about 30 invaded the Evangelical Church Winning All at Kufana village, Kajuru Local Government Area, and abducted worshippers.

On receipt of the distress call, operatives of the Command in conjunction with the military and local vigilantes mobilised to the area and engaged the bandits in a gun duel. Seventeen (17) victims were rescued unhurt, while efforts are ongoing to rescue the remaining victims.

The Commissioner of Police, CP Ibrahim Danladi, has ordered a manhunt for the fleeing bandits and urged residents to report suspicious movements. Signed: ASP Mansir Yusuf, Police Public Relations Officer.
""")
add("ng-abduct-paper", "Example Lagos Tribune", "2027-08-02", "Police rescue 17 worshippers abducted from Kaduna church", "ng-abduct", """
LAGOS - Police in Kaduna State said on Monday they had rescued 17 of the worshippers abducted by gunmen from a church in Kufana village in the Kajuru area on Sunday morning.

Police spokesman ASP Mansir Yusuf said in a statement that about 30 bandits stormed the Evangelical Church Winning All at about 10:20 a.m. and that police, soldiers and vigilantes exchanged fire with them. He said efforts were continuing to free the others.

Yusuf said the state police commissioner, Ibrahim Danladi, had ordered a manhunt and asked residents to report suspicious movements. Kidnappings for ransom are common in north-western Nigeria.
""", dup="ng-abduct-police")
add("ng-abduct-village", "Example Northern Voice", "2027-08-02", "Kufana villagers say 46 still held after church raid", "ng-abduct", """
KAJURU - Residents of Kufana said on Monday that 46 worshippers were still in the hands of gunmen who raided a church in the village during Sunday service, despite the rescue of some of the captives.

Church elder Daniel Bako said the gunmen arrived on motorcycles and herded people into the bush. "They took my two sons and my brother's wife," he said. Villagers said no ransom demand had yet been made.
""")

# --- np-flood: the home ministry's update in translation, a wire relay, the army's statement ---
add("np-flood-moha", "Example Kathmandu Digest", "2027-08-15", "Home Ministry update on floods and landslides in Koshi Province", "np-flood", """
(Unofficial translation from Nepali.) According to the Ministry of Home Affairs, twenty-eight (28) persons have lost their lives and nineteen (19) are missing in floods and landslides triggered by continuous rainfall since Thursday in Koshi Province.

The most affected districts are Ilam, Panchthar and Taplejung. In Ilam alone, sixteen (16) deaths have been recorded. A total of 412 families have been displaced and are being sheltered in schools and community buildings.

The Ministry has directed the District Disaster Management Committees to mobilise the security forces for search and rescue. The Mechi Highway remains obstructed at 11 places.
""")
add("np-flood-wire", "Example South Asia Wire", "2027-08-15", "Nepal floods and landslides kill 28 in east", "np-flood", """
KATHMANDU - Floods and landslides set off by days of heavy rain have killed 28 people in eastern Nepal and 19 are missing, the home ministry said on Sunday.

Sixteen of the dead were in Ilam district, the ministry said, with Panchthar and Taplejung also badly hit. It said 412 families had been forced from their homes and were sheltering in schools.

The ministry said security forces had been deployed for search and rescue. The Mechi Highway, the main road through the hills, was blocked in 11 places, it said. Monsoon rains kill hundreds of people in Nepal every year.
""", dup="np-flood-moha")
add("np-flood-army", "Example Himalayan Times", "2027-08-15", "Nepal Army rescues 63 from flood-hit Ilam and Panchthar", "np-flood", """
KATHMANDU - The Nepal Army said on Sunday that its soldiers had rescued 63 people stranded by floods and landslides in Ilam and Panchthar, and that two army helicopters had flown 14 injured people to hospitals in Biratnagar.

Army spokesman Brigadier General Suman Thapa said 850 troops had been deployed in Koshi Province and that rescue teams were still trying to reach villages cut off by landslides in Taplejung.
""")
add("np-flood-ilam", "Example Eastern Courier", "2027-08-15", "In Ilam, villagers dig with bare hands for the missing", "np-flood", """
ILAM - Villagers in Suryodaya municipality dug through mud with shovels and bare hands on Sunday, searching for neighbours buried when a landslide swept away six houses before dawn on Saturday.

"We found my uncle this morning, my aunt is still under there," said Binod Rai, 34. The home ministry says 28 people have died in the floods and landslides across Koshi Province, 16 of them in Ilam.

Soldiers arrived in the afternoon with a digger after the road from Ilam bazaar was cleared. Tea gardens on the slopes above the village were cut by fresh cracks.
""")

# --- ua-drones: the air force's morning report in translation, a relay, the next night, Moscow's claim ---
add("ua-drones-af", "Example Ukraine Digest", "2027-09-03", "Air Force: 64 of 87 drones shot down overnight", "ua-drones-0903", """
(Translated from Ukrainian.) On the night of 3 September, the enemy attacked with 87 Shahed-type attack UAVs and imitator drones from the directions of Bryansk, Kursk and Primorsko-Akhtarsk.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups of the Defence Forces of Ukraine. As of 09:00, 64 enemy UAVs were shot down or suppressed in the north, east and centre of the country.

Hits by 19 attack UAVs were recorded at nine locations, and debris fell at four locations. The main targets were energy facilities in the Sumy and Poltava regions.
""")
add("ua-drones-wire", "Example Europe Wire", "2027-09-03", "Russia launches 87 drones at Ukraine, energy sites hit", "ua-drones-0903", """
KYIV - Russia attacked Ukraine overnight with 87 drones, 64 of which were shot down or jammed, Ukraine's air force said on Wednesday.

The air force said the drones were launched from the Bryansk and Kursk regions and from Primorsko-Akhtarsk, and that 19 of them hit targets at nine locations. It said energy facilities in the Sumy and Poltava regions were the main targets.

Regional officials in Sumy said power was cut to about 40,000 homes. There was no immediate word on casualties.
""", dup="ua-drones-af")
add("ua-drones-af-next", "Example Ukraine Digest", "2027-09-04", "Air Force: 51 of 73 drones shot down overnight", "ua-drones-0904", """
(Translated from Ukrainian.) On the night of 4 September, the enemy attacked with 73 Shahed-type attack UAVs and imitator drones from the directions of Kursk, Oryol and Millerovo.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups of the Defence Forces of Ukraine. As of 08:30, 51 enemy UAVs were shot down or suppressed in the north, south and east of the country.

Hits by 17 attack UAVs were recorded at six locations. The main targets were railway facilities in the Kharkiv region.
""")
add("ua-drones-ru", "Example Moscow Wire", "2027-09-03", "Russia says it struck Ukrainian energy sites supplying the army", "ua-drones-0903", """
MOSCOW - Russia's defence ministry said on Wednesday that its forces had carried out a massive strike overnight with long-range drones on energy facilities in Ukraine's Sumy and Poltava regions that supply the Ukrainian military.

The ministry said all the designated targets had been hit. It said its air defences had shot down 38 Ukrainian drones over the Bryansk, Kursk and Belgorod regions over the same night.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
