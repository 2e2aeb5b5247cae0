#!/usr/bin/env python3
"""Writes counts29's articles.jsonl and gold.json (python3 make_counts29.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c29-01", "Example Horn Daily", "Somalia says 23 Ethiopian tanks destroyed near Jijiga", "1977-08-14",
"""Somalia says 23 Ethiopian tanks destroyed near Jijiga

MOGADISHU, Aug 14 (Example Horn Daily) - The Somali Ministry of Defence said on Sunday that its forces had destroyed twenty-three Ethiopian tanks and shot down three Ethiopian F-5 jets in fighting around Jijiga.

The ministry said Somali units had killed about 400 Ethiopian soldiers and captured 65 others, among them two officers. It said Somalia lost 31 soldiers and 58 were wounded.

"The enemy abandoned forty-two armoured vehicles and a dozen artillery pieces as it fled," Colonel Abdi Warsame, a ministry spokesman, told reporters.

Ethiopian radio said the army had repulsed the attack and killed hundreds of Somali invaders. It made no mention of its own losses.

A Western diplomat in Mogadishu said at least 70 civilians had been killed in Jijiga since the fighting began.""",
[("Somalia says 23 Ethiopian tanks destroyed", "SOM", "assert"),
 ("The Somali Ministry of Defence said on Sunday", "SOM", "assert"),
 ("The ministry said Somali units", "SOM", "assert"),
 ("It said Somalia lost", "SOM", "assert"),
 ("Colonel Abdi Warsame, a ministry spokesman, told reporters", "SOM", "assert", "Abdi Warsame"),
 ("Ethiopian radio said", "ETH", "assert"),
 ("A Western diplomat in Mogadishu said", "", "assert")],
[("23 Ethiopian tanks destroyed", "tank", 23, "ETH", "SOM"),
 ("destroyed twenty-three Ethiopian tanks", "tank", 23, "ETH", "SOM"),
 ("shot down three Ethiopian F-5 jets", "aircraft", 3, "ETH", "SOM"),
 ("killed about 400 Ethiopian soldiers", "killed", 400, "ETH", "SOM"),
 ("captured 65 others", "captured", 65, "ETH", "SOM"),
 ("Somalia lost 31 soldiers", "killed", 31, "SOM", "SOM"),
 ("58 were wounded", "wounded", 58, "SOM", "SOM"),
 ("forty-two armoured vehicles", "armored_vehicle", 42, "ETH", "SOM"),
 ("a dozen artillery pieces", "artillery", 12, "ETH", "SOM"),
 ("killed hundreds of Somali invaders", "killed", None, "SOM", "ETH"),
 ("at least 70 civilians had been killed", "killed", 70, "ETH", "")]))

A.append(("c29-02", "Example Addis Herald", "Revolutionary army liberates Jijiga; 3,000 invaders wiped out", "1978-03-06",
"""Revolutionary army liberates Jijiga; 3,000 invaders wiped out

ADDIS ABABA, March 6 (Example Addis Herald) - The heroic Revolutionary Army has liberated Jijiga and wiped out more than 3,000 soldiers of the Somali expansionist regime, the Ethiopian military government announced yesterday.

The announcement said the army destroyed 52 enemy tanks, downed four MiG-21 fighters and seized 120 vehicles, 18 field guns and large quantities of ammunition.

More than 600 enemy soldiers surrendered, it said.

Eighty-seven of our comrades fell as martyrs in the battle and 140 were wounded, the government said.

The Somali government in Mogadishu continued to claim that its regular forces were not involved in the fighting.""",
[("the Ethiopian military government announced yesterday", "ETH", "assert"),
 ("The announcement said", "ETH", "assert"),
 ("surrendered, it said", "ETH", "assert"),
 ("the government said", "ETH", "assert"),
 ("The Somali government in Mogadishu continued to claim", "SOM", "assert")],
[("3,000 invaders wiped out", "killed", 3000, "SOM", ""),
 ("wiped out more than 3,000 soldiers", "killed", 3000, "SOM", "ETH"),
 ("destroyed 52 enemy tanks", "tank", 52, "SOM", "ETH"),
 ("downed four MiG-21 fighters", "aircraft", 4, "SOM", "ETH"),
 ("seized 120 vehicles", "vehicle", 120, "SOM", "ETH"),
 ("18 field guns", "artillery", 18, "SOM", "ETH"),
 ("More than 600 enemy soldiers surrendered", "captured", 600, "SOM", "ETH"),
 ("Eighty-seven of our comrades fell as martyrs", "killed", 87, "ETH", "ETH"),
 ("140 were wounded", "wounded", 140, "ETH", "ETH")]))

A.append(("c29-03", "Example Asia Wire", "China says 20,000 Vietnamese troops put out of action as it pulls back from Lang Son", "1979-03-06",
"""China says 20,000 Vietnamese troops put out of action as it pulls back from Lang Son

HONG KONG, March 6 (Example Asia Wire) - China said on Tuesday its frontier forces had killed or wounded more than 20,000 Vietnamese troops since Feb 17 and would now withdraw from Lang Son, while Hanoi said it had inflicted 42,000 casualties on the invaders.

The New China News Agency said Chinese units had destroyed 62 Vietnamese tanks and 37 armoured vehicles and captured 1,638 Vietnamese soldiers. It gave no figure for Chinese losses.

Radio Hanoi said Vietnamese forces had knocked out 280 Chinese tanks and shot down five aircraft, and that tens of thousands of Chinese soldiers had been killed or wounded.

Western military analysts in Bangkok estimated that each side had lost about 20,000 men killed or wounded in the 17-day war, and that thousands of civilians had died in the border provinces.

A Vietnamese foreign ministry spokesman told reporters in Hanoi that Chinese troops had killed 1,200 civilians in Cao Bang province and taken 300 villagers across the border.""",
[("China says 20,000 Vietnamese troops", "CHN", "assert"),
 ("China said on Tuesday", "CHN", "assert"),
 ("Hanoi said it had inflicted", "VNM", "assert"),
 ("The New China News Agency said", "CHN", "assert"),
 ("Radio Hanoi said", "VNM", "assert"),
 ("Western military analysts in Bangkok estimated", "", "assert"),
 ("A Vietnamese foreign ministry spokesman told reporters in Hanoi", "VNM", "assert")],
[("20,000 Vietnamese troops put out of action", "killed", 20000, "VNM", "CHN"),
 ("killed or wounded more than 20,000 Vietnamese troops", "killed", 20000, "VNM", "CHN"),
 ("inflicted 42,000 casualties on the invaders", "killed", 42000, "CHN", "VNM"),
 ("destroyed 62 Vietnamese tanks", "tank", 62, "VNM", "CHN"),
 ("37 armoured vehicles", "armored_vehicle", 37, "VNM", "CHN"),
 ("captured 1,638 Vietnamese soldiers", "captured", 1638, "VNM", "CHN"),
 ("knocked out 280 Chinese tanks", "tank", 280, "CHN", "VNM"),
 ("shot down five aircraft", "aircraft", 5, "CHN", "VNM"),
 ("tens of thousands of Chinese soldiers", "killed", None, "CHN", "VNM"),
 ("each side had lost about 20,000 men", "killed", 20000, "", ""),
 ("thousands of civilians had died", "killed", None, "VNM", ""),
 ("killed 1,200 civilians", "killed", 1200, "VNM", "VNM"),
 ("taken 300 villagers across the border", "captured", 300, "VNM", "VNM")]))

A.append(("c29-04", "Example Delhi Wire", "Transcript: daily army briefing on the Kargil operations, New Delhi, 12 June 1999", "1999-06-12",
"""Transcript: daily army briefing on the Kargil operations, New Delhi, 12 June 1999

BRIG. MOHAN DASS (Army spokesman): Good afternoon. In the last 24 hours our troops have cleared two more features in the Batalik sector. We have recovered the bodies of 14 intruders. Our own casualties in this action were three killed and nine wounded.

Q: Can you give the total figures since the start of the operations?

BRIG. DASS: Since May 26, 93 of our soldiers have been killed and 214 wounded. Eleven are missing. On the other side, we estimate that more than 400 intruders, most of them regulars of the Pakistan Army's Northern Light Infantry, have been killed.

Q: Pakistan says it shot down two of your aircraft last month and that your losses are far higher. Your comment?

BRIG. DASS: We lost one MiG-27 and one MiG-21 to ground fire, and one Mi-17 helicopter. That we have said. The rest is propaganda.

Q: Any artillery destroyed on the Pakistani side?

BRIG. DASS: Our guns have destroyed at least 12 of their artillery pieces across the Line of Control, and a helicopter that was ferrying supplies.

Q: Were any prisoners taken?

BRIG. DASS: We have taken two prisoners, both of them soldiers of the Northern Light Infantry.""",
[("Pakistan says it shot down", "PAK", "assert")],
[("the bodies of 14 intruders", "killed", 14, "PAK", "IND"),
 ("three killed", "killed", 3, "IND", "IND"),
 ("nine wounded", "wounded", 9, "IND", "IND"),
 ("93 of our soldiers have been killed", "killed", 93, "IND", "IND"),
 ("214 wounded", "wounded", 214, "IND", "IND"),
 ("Eleven are missing", "missing", 11, "IND", "IND"),
 ("more than 400 intruders", "killed", 400, "PAK", "IND"),
 ("shot down two of your aircraft", "aircraft", 2, "IND", "PAK"),
 ("We lost one MiG-27", "aircraft", 1, "IND", "IND"),
 ("one MiG-21", "aircraft", 1, "IND", "IND"),
 ("one Mi-17 helicopter", "helicopter", 1, "IND", "IND"),
 ("at least 12 of their artillery pieces", "artillery", 12, "PAK", "IND"),
 ("a helicopter that was ferrying supplies", "helicopter", 1, "PAK", "IND"),
 ("We have taken two prisoners", "captured", 2, "PAK", "IND")]))

A.append(("c29-05", "Inter Services Public Relations", "Press Release No PR-141/99-ISPR", "1999-06-14",
"""Press Release No PR-141/99-ISPR

RAWALPINDI, June 14: Indian troops today resorted to unprovoked artillery shelling on civilian areas across the Line of Control in the Neelum valley, killing five civilians including two women and injuring eleven others.

Pakistani troops responded effectively and destroyed two Indian artillery guns and an ammunition dump. Four Indian soldiers were killed.

In the Kargil sector, the Mujahideen shot down an Indian helicopter gunship on Saturday, according to reports received here.

Two Pakistan Army soldiers embraced shahadat and three were injured in the Indian shelling.

The Director General ISPR said that Indian claims of having killed 400 Pakistani soldiers were baseless and part of a malicious propaganda campaign. He said India had so far lost more than 350 soldiers and six aircraft in its failed operations.""",
[("according to reports received here", "", "assert"),
 ("The Director General ISPR said", "PAK", "assert"),
 ("He said India had so far lost", "PAK", "assert")],
[("killing five civilians", "killed", 5, "PAK", ""),
 ("injuring eleven others", "wounded", 11, "PAK", ""),
 ("destroyed two Indian artillery guns", "artillery", 2, "IND", ""),
 ("Four Indian soldiers were killed", "killed", 4, "IND", ""),
 ("shot down an Indian helicopter gunship", "helicopter", 1, "IND", ""),
 ("Two Pakistan Army soldiers embraced shahadat", "killed", 2, "PAK", ""),
 ("three were injured", "wounded", 3, "PAK", ""),
 ("lost more than 350 soldiers", "killed", 350, "IND", "PAK"),
 ("six aircraft", "aircraft", 6, "IND", "PAK")]))

A.append(("c29-06", "Example Southern Africa Wire", "Angola says South African assault on Cuito Cuanavale repulsed", "1988-02-16",
"""Angola says South African assault on Cuito Cuanavale repulsed

LUANDA, Feb 16 (Example Southern Africa Wire) - Angola said on Tuesday its forces had repulsed a South African assault on Cuito Cuanavale, destroying seven South African Olifant tanks and killing 172 South African soldiers.

The Angolan news agency ANGOP, quoting a defence ministry communique, said two South African Mirage jets had been shot down and dozens of UNITA rebels killed. It said Angola's own losses were 17 dead and 40 wounded.

In Pretoria, the South African Defence Force said its forces had lost four men killed and one tank damaged in what it called a limited operation. It said 300 Angolan troops had been killed and that 11 Angolan T-55 tanks had been destroyed or captured.

A UNITA spokesman in Lisbon said the rebels had captured 45 FAPLA soldiers, including a major, and seized twenty-one trucks.""",
[("Angola says South African assault", "AGO", "assert"),
 ("Angola said on Tuesday", "AGO", "assert"),
 ("The Angolan news agency ANGOP", "AGO", "assert"),
 ("quoting a defence ministry communique", "AGO", "assert"),
 ("It said Angola's own losses", "AGO", "assert"),
 ("the South African Defence Force said", "ZAF", "assert"),
 ("It said 300 Angolan troops", "ZAF", "assert"),
 ("A UNITA spokesman in Lisbon said", "UNITA", "assert")],
[("destroying seven South African Olifant tanks", "tank", 7, "ZAF", "AGO"),
 ("killing 172 South African soldiers", "killed", 172, "ZAF", "AGO"),
 ("two South African Mirage jets", "aircraft", 2, "ZAF", "AGO"),
 ("dozens of UNITA rebels killed", "killed", None, "UNITA", "AGO"),
 ("17 dead", "killed", 17, "AGO", "AGO"),
 ("40 wounded", "wounded", 40, "AGO", "AGO"),
 ("lost four men killed", "killed", 4, "ZAF", "ZAF"),
 ("one tank damaged", "tank", 1, "ZAF", "ZAF"),
 ("300 Angolan troops had been killed", "killed", 300, "AGO", "ZAF"),
 ("11 Angolan T-55 tanks", "tank", 11, "AGO", "ZAF"),
 ("captured 45 FAPLA soldiers", "captured", 45, "AGO", "UNITA"),
 ("seized twenty-one trucks", "vehicle", 21, "AGO", "UNITA")]))

A.append(("c29-07", "Example Gulf Live", "Battle of Khafji: live updates", "1991-01-31",
"""Battle of Khafji: live updates

Live | Updated 31 January 1991

21:40 — Saudi command: Khafji retaken

A Saudi military spokesman says Saudi and Qatari forces have retaken the town of Khafji. He says 30 Iraqi soldiers were killed and 463 taken prisoner.

19:15 — US Central Command: 11 Marines killed

US Central Command says 11 Marines were killed in fighting near the Saudi border on Tuesday night, the first American ground combat deaths of the war. Seven of them died when their light armoured vehicle was hit.

18:02 — Baghdad radio: US column destroyed

Baghdad radio says Iraqi forces destroyed 17 US armoured vehicles and killed hundreds of American soldiers.

16:30 — Two Saudis missing, two Americans captured

Saudi officials say two Saudi soldiers are missing. Iraqi radio says two American soldiers, one of them a woman, were captured near Khafji.

14:05 — Allied aircraft hit Iraqi column

Coalition aircraft destroyed at least 24 Iraqi tanks and 13 armoured personnel carriers in the column, a US military spokesman in Riyadh said.""",
[("Saudi command: Khafji retaken", "SAU", "assert"),
 ("A Saudi military spokesman says", "SAU", "assert"),
 ("He says 30 Iraqi soldiers", "SAU", "assert"),
 ("US Central Command: 11 Marines killed", "USA", "assert"),
 ("US Central Command says", "USA", "assert"),
 ("Baghdad radio: US column destroyed", "IRQ", "assert"),
 ("Baghdad radio says", "IRQ", "assert"),
 ("Saudi officials say", "SAU", "assert"),
 ("Iraqi radio says", "IRQ", "assert"),
 ("a US military spokesman in Riyadh said", "USA", "assert")],
[("30 Iraqi soldiers were killed", "killed", 30, "IRQ", "SAU"),
 ("463 taken prisoner", "captured", 463, "IRQ", "SAU"),
 ("11 Marines killed", "killed", 11, "USA", "USA"),
 ("11 Marines were killed", "killed", 11, "USA", "USA"),
 ("destroyed 17 US armoured vehicles", "armored_vehicle", 17, "USA", "IRQ"),
 ("killed hundreds of American soldiers", "killed", None, "USA", "IRQ"),
 ("Two Saudis missing", "missing", 2, "SAU", ""),
 ("two Americans captured", "captured", 2, "USA", ""),
 ("two Saudi soldiers are missing", "missing", 2, "SAU", "SAU"),
 ("two American soldiers, one of them a woman", "captured", 2, "USA", "IRQ"),
 ("at least 24 Iraqi tanks", "tank", 24, "IRQ", "USA"),
 ("13 armoured personnel carriers", "armored_vehicle", 13, "IRQ", "USA")]))

A.append(("c29-08", "Example Strategic Review", "Analysis: Two ledgers of the Bekaa air battle", "1982-06-15",
"""Analysis: Two ledgers of the Bekaa air battle

By Example Review staff

Israel says its pilots shot down 86 Syrian MiGs over the Bekaa valley in four days without losing a single fighter in air combat. Damascus says it downed 19 Israeli aircraft. Both figures deserve scrutiny.

The Israeli figure rests on gun-camera film and radar tracks; an Israeli Air Force spokesman told this magazine that 17 of the 19 Syrian SAM batteries in the valley were destroyed on June 9 alone.

Syria's state radio, for its part, has acknowledged the loss of a number of aircraft and the deaths of 12 pilots.

Western military attaches in Beirut put Israel's losses at one A-4 Skyhawk and two helicopters, all to ground fire, and Syria's at between 80 and 90 aircraft.

On the ground, the Syrian army says it destroyed 40 Israeli tanks near Sultan Yacoub; Israel admits to losing eight.

The gap between the ledgers is not new: in 1973 each side claimed to have destroyed three times what the other admitted.""",
[("Israel says its pilots shot down", "ISR", "assert"),
 ("Damascus says it downed", "SYR", "assert"),
 ("an Israeli Air Force spokesman told this magazine", "ISR", "assert"),
 ("Syria's state radio, for its part, has acknowledged", "SYR", "assert"),
 ("Western military attaches in Beirut put", "", "assert"),
 ("the Syrian army says", "SYR", "assert"),
 ("Israel admits to losing eight", "ISR", "assert")],
[("shot down 86 Syrian MiGs", "aircraft", 86, "SYR", "ISR"),
 ("downed 19 Israeli aircraft", "aircraft", 19, "ISR", "SYR"),
 ("17 of the 19 Syrian SAM batteries", "air_defense", 17, "SYR", "ISR"),
 ("a number of aircraft", "aircraft", None, "SYR", "SYR"),
 ("the deaths of 12 pilots", "killed", 12, "SYR", "SYR"),
 ("one A-4 Skyhawk", "aircraft", 1, "ISR", ""),
 ("two helicopters", "helicopter", 2, "ISR", ""),
 ("between 80 and 90 aircraft", "aircraft", 80, "SYR", "", 90),
 ("destroyed 40 Israeli tanks", "tank", 40, "ISR", "SYR"),
 ("losing eight", "tank", 8, "ISR", "ISR")]))

A.append(("c29-09", "Example Muscat Daily", "Sultan's forces clear last rebel positions near Dalkut", "1975-12-04",
"""Subscribe | Log in | Arabic edition
HOME > NEWS > OMAN
Sultan's forces clear last rebel positions near Dalkut
Published: December 4, 1975
Share on Facebook | Tweet | Email

MUSCAT - The Sultan's Armed Forces have cleared the last positions of the Popular Front for the Liberation of Oman near Dalkut, killing 26 rebels and capturing 14, a defence ministry spokesman said yesterday.

He said the army also seized three mortars and two anti-aircraft guns, and that seven soldiers of the Sultan's Armed Forces were killed and 19 were wounded in the two-week operation.

ADVERTISEMENT
Read more: Oil exports rise for third month

The rebels' radio in Aden claimed that its fighters had killed more than 60 of the Sultan's troops and downed a Strikemaster jet.

An Iranian battalion fighting alongside the Omani army lost four men on Monday when its convoy was ambushed, a diplomatic source said.

Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK
(c) 1975 Example Muscat Daily. All rights reserved. Related: Dhofar | Sultan | Army""",
[("a defence ministry spokesman said yesterday", "OMN", "assert"),
 ("He said the army also seized", "OMN", "assert"),
 ("The rebels' radio in Aden claimed", "PFLO", "assert"),
 ("a diplomatic source said", "", "assert")],
[("killing 26 rebels", "killed", 26, "PFLO", "OMN"),
 ("capturing 14", "captured", 14, "PFLO", "OMN"),
 ("seized three mortars", "artillery", 3, "PFLO", "OMN"),
 ("two anti-aircraft guns", "air_defense", 2, "PFLO", "OMN"),
 ("seven soldiers of the Sultan's Armed Forces were killed", "killed", 7, "OMN", "OMN"),
 ("19 were wounded", "wounded", 19, "OMN", "OMN"),
 ("killed more than 60 of the Sultan's troops", "killed", 60, "OMN", "PFLO"),
 ("downed a Strikemaster jet", "aircraft", 1, "OMN", "PFLO"),
 ("lost four men", "killed", 4, "IRN", "")]))

A.append(("c29-10", "Central America Rights Monitor", "Statement: Civilian toll of the November offensive in San Salvador", "1989-11-24",
"""Statement: Civilian toll of the November offensive in San Salvador

SAN SALVADOR, 24 November 1989 - The Central America Rights Monitor has documented the deaths of at least 212 civilians in San Salvador since the FMLN offensive began on 11 November, and the wounding of more than 600. Of the dead, 41 were children.

Air Force bombing of the neighbourhoods of Mejicanos and Soyapango on 13 and 14 November killed at least 68 civilians, including a family of nine.

The Monitor also holds the armed forces responsible for the killing of six Jesuit priests, their housekeeper and her daughter at the Central American University on 16 November.

FMLN fighters executed three local officials in Zacamil, witnesses told the Monitor.

The army said on Wednesday that 446 rebels and 59 soldiers had been killed in the fighting; the FMLN put its own dead at 96 and said it had killed more than 300 soldiers.

"We counted 31 bodies in one street of Soyapango alone," said Ana Ruiz, the Monitor's director.""",
[("witnesses told the Monitor", "", "assert"),
 ("The army said on Wednesday", "SLV", "assert"),
 ("the FMLN put its own dead at 96 and said", "FMLN", "assert"),
 ("said Ana Ruiz, the Monitor's director", "", "assert", "Ana Ruiz")],
[("the deaths of at least 212 civilians", "killed", 212, "SLV", ""),
 ("the wounding of more than 600", "wounded", 600, "SLV", ""),
 ("killed at least 68 civilians", "killed", 68, "SLV", ""),
 ("six Jesuit priests, their housekeeper and her daughter", "killed", 8, "SLV", ""),
 ("executed three local officials", "killed", 3, "SLV", ""),
 ("446 rebels", "killed", 446, "FMLN", "SLV"),
 ("59 soldiers had been killed", "killed", 59, "SLV", "SLV"),
 ("put its own dead at 96", "killed", 96, "FMLN", "FMLN"),
 ("killed more than 300 soldiers", "killed", 300, "SLV", "FMLN"),
 ("We counted 31 bodies", "killed", 31, "SLV", "")]))

A.append(("c29-11", "Example Dar Daily News", "Amin's troops routed at Lukaya", "1979-03-12",
"""Amin's troops routed at Lukaya

DAR ES SALAAM, March 12 - Tanzania People's Defence Forces and Ugandan patriots have routed Idi Amin's troops and Libyan mercenaries at Lukaya, the Government announced last night.

A statement from State House said more than 400 of Amin's soldiers and 200 Libyans were killed, and that the TPDF captured six Ugandan armoured personnel carriers, destroyed two Libyan tanks and took 59 Libyan soldiers prisoner.

Our losses were light, the statement said: eight TPDF soldiers were killed and 23 wounded.

Radio Uganda, in a broadcast monitored in Nairobi, said the invaders had lost 1,500 men and 40 tanks.

Twenty-one civilians were killed when shells fell on Mpigi market, hospital staff said.""",
[("the Government announced last night", "TZA", "assert"),
 ("A statement from State House said", "TZA", "assert"),
 ("the statement said", "TZA", "assert"),
 ("Radio Uganda, in a broadcast monitored in Nairobi, said", "UGA", "assert"),
 ("hospital staff said", "", "assert")],
[("more than 400 of Amin's soldiers", "killed", 400, "UGA", "TZA"),
 ("200 Libyans were killed", "killed", 200, "LBY", "TZA"),
 ("captured six Ugandan armoured personnel carriers", "armored_vehicle", 6, "UGA", "TZA"),
 ("destroyed two Libyan tanks", "tank", 2, "LBY", "TZA"),
 ("took 59 Libyan soldiers prisoner", "captured", 59, "LBY", "TZA"),
 ("eight TPDF soldiers were killed", "killed", 8, "TZA", "TZA"),
 ("23 wounded", "wounded", 23, "TZA", "TZA"),
 ("lost 1,500 men", "killed", 1500, "TZA", "UGA"),
 ("40 tanks", "tank", 40, "TZA", "UGA"),
 ("Twenty-one civilians were killed", "killed", 21, "UGA", "")]))

A.append(("c29-12", "Chadian National Armed Forces", "Communique of the General Staff of the Chadian National Armed Forces (FANT), N'Djamena, 9 August 1987", "1987-08-09",
"""Communique of the General Staff of the Chadian National Armed Forces (FANT), N'Djamena, 9 August 1987 (translated from French)

On 8 August 1987, the FANT liberated the town of Aouzou after a battle of six hours against the Libyan occupation forces.

The toll of enemy losses is as follows:
- Killed: 650
- Prisoners: 147
- Tanks destroyed: 14 T-55
- Armoured vehicles captured: 22 BMP-1
- Aircraft shot down: 2 (one MiG-23 and one Su-22)
- Rocket launchers destroyed: 8 BM-21

Our losses: 28 martyrs and 51 wounded.

The General Staff salutes the heroic fighters of the FANT. According to prisoners questioned by our units, more than 1,000 Libyan soldiers had been deployed in the sector.""",
[("According to prisoners questioned by our units", "", "assert")],
[("Killed: 650", "killed", 650, "LBY", ""),
 ("Prisoners: 147", "captured", 147, "LBY", ""),
 ("Tanks destroyed: 14 T-55", "tank", 14, "LBY", ""),
 ("Armoured vehicles captured: 22 BMP-1", "armored_vehicle", 22, "LBY", ""),
 ("Aircraft shot down: 2", "aircraft", 2, "LBY", ""),
 ("Rocket launchers destroyed: 8 BM-21", "artillery", 8, "LBY", ""),
 ("28 martyrs", "killed", 28, "TCD", ""),
 ("51 wounded", "wounded", 51, "TCD", "")]))

A.append(("c29-13", "Example Mediterranean Wire", "Turkey says 57 of its soldiers killed in Cyprus landing", "1974-07-23",
"""Turkey says 57 of its soldiers killed in Cyprus landing

NICOSIA, July 23 (Example Mediterranean Wire) - Turkey said on Tuesday that 57 of its soldiers had been killed and 184 wounded since its forces landed near Kyrenia on Saturday, and that two of its warplanes had been lost.

The Turkish general staff said its forces had destroyed 19 Greek Cypriot armoured cars and taken 385 National Guard soldiers prisoner.

A Greek Cypriot government spokesman said the National Guard had lost about 150 men and had shot down three Turkish aircraft over Kyrenia.

United Nations officials said both sides had lost at least 300 men in the four days of fighting, and that 12 UN peacekeepers had been wounded.

The Red Cross said 1,200 people were missing on each side.""",
[("Turkey says 57 of its soldiers killed", "TUR", "assert"),
 ("Turkey said on Tuesday", "TUR", "assert"),
 ("The Turkish general staff said", "TUR", "assert"),
 ("A Greek Cypriot government spokesman said", "CYP", "assert"),
 ("United Nations officials said", "UNO", "assert"),
 ("The Red Cross said", "ICRC", "assert")],
[("57 of its soldiers killed", "killed", 57, "TUR", "TUR"),
 ("57 of its soldiers had been killed", "killed", 57, "TUR", "TUR"),
 ("184 wounded", "wounded", 184, "TUR", "TUR"),
 ("two of its warplanes had been lost", "aircraft", 2, "TUR", "TUR"),
 ("destroyed 19 Greek Cypriot armoured cars", "armored_vehicle", 19, "CYP", "TUR"),
 ("taken 385 National Guard soldiers prisoner", "captured", 385, "CYP", "TUR"),
 ("lost about 150 men", "killed", 150, "CYP", "CYP"),
 ("shot down three Turkish aircraft", "aircraft", 3, "TUR", "CYP"),
 ("both sides had lost at least 300 men", "killed", 300, "", "UNO"),
 ("12 UN peacekeepers had been wounded", "wounded", 12, "UNO", "UNO"),
 ("1,200 people were missing on each side", "missing", 1200, "", "ICRC")]))

A.append(("c29-14", "Example Delhi Herald", "Pak tank thrust smashed at Longewala: 34 tanks destroyed", "1971-12-07",
"""Pak tank thrust smashed at Longewala: 34 tanks destroyed

NEW DELHI, Dec 7 - Indian Air Force Hunters and a company of the Punjab Regiment smashed a Pakistani armoured thrust at Longewala in Rajasthan, destroying 34 Pakistani tanks and more than 100 vehicles, an Army spokesman said here today.

The spokesman said some 200 enemy soldiers had been killed. Indian losses were two killed, he said.

Radio Pakistan claimed that Pakistani forces had destroyed twenty-seven Indian aircraft on the western front since Friday and lost six of their own.

In the east, Indian and Mukti Bahini forces captured 300 Pakistani soldiers near Jessore, the Eastern Command said.""",
[("an Army spokesman said here today", "IND", "assert"),
 ("The spokesman said some 200", "IND", "assert"),
 ("Indian losses were two killed, he said", "IND", "assert"),
 ("Radio Pakistan claimed", "PAK", "assert"),
 ("the Eastern Command said", "IND", "assert")],
[("34 tanks destroyed", "tank", 34, "PAK", ""),
 ("destroying 34 Pakistani tanks", "tank", 34, "PAK", "IND"),
 ("more than 100 vehicles", "vehicle", 100, "PAK", "IND"),
 ("some 200 enemy soldiers had been killed", "killed", 200, "PAK", "IND"),
 ("two killed", "killed", 2, "IND", "IND"),
 ("destroyed twenty-seven Indian aircraft", "aircraft", 27, "IND", "PAK"),
 ("lost six of their own", "aircraft", 6, "PAK", "PAK"),
 ("captured 300 Pakistani soldiers", "captured", 300, "PAK", "IND")]))

A.append(("c29-15", "Biafran Defence Headquarters", "War Communique No. 112 of the Biafran Defence Headquarters, Umuahia, 1 April 1968", "1968-04-01",
"""War Communique No. 112 of the Biafran Defence Headquarters, Umuahia, 1 April 1968

Our gallant forces yesterday ambushed an enemy convoy of 96 vehicles at Abagana and destroyed all of them.

Over 500 enemy soldiers were killed.

We captured four armoured cars intact and four more were destroyed.

Our casualties were light: five of our soldiers were killed and twelve wounded.

Both sides lost heavily in earlier fighting at Onitsha.""",
[],
[("an enemy convoy of 96 vehicles", "vehicle", 96, "NGA", ""),
 ("Over 500 enemy soldiers were killed", "killed", 500, "NGA", ""),
 ("We captured four armoured cars intact", "armored_vehicle", 4, "NGA", ""),
 ("four more were destroyed", "armored_vehicle", 4, "NGA", ""),
 ("five of our soldiers were killed", "killed", 5, "BIAFRA", ""),
 ("twelve wounded", "wounded", 12, "BIAFRA", "")]))

ABOUT = ("counts29: 15 invented conflict wire articles (Ogaden 1977-78, Sino-Vietnamese war 1979, Kargil 1999, "
         "Cuito Cuanavale 1988, Khafji 1991, Bekaa 1982, Dhofar 1975, San Salvador 1989, Uganda-Tanzania 1979, "
         "Aouzou 1987, Cyprus 1974, Longewala 1971, Biafra 1968) written for session 29's 'counts3' lane, committed "
         "before parallax was run on them: counts of people and materiel (item, n, owner, claimed_by) and the claims "
         "that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts29/" + aid, "outlet": outlet, "title": title,
                     "published": pub, "language": "en", "text": text})
        gold["articles"][aid] = {"published": pub}
        for c in claims:
            assert text.count(c[0]) == 1, (aid, c[0])
            g = {"article": aid, "anchor": c[0], "side": c[1], "stance": c[2]}
            if len(c) > 3:
                g["actor"] = c[3]
            gold["claims"].append(g)
        for c in counts:
            assert text.count(c[0]) == 1, (aid, c[0])
            g = {"article": aid, "anchor": c[0], "item": c[1], "n": c[2], "owner": c[3], "claimed_by": c[4]}
            if len(c) > 5:
                g["n_max"] = c[5]
            gold["counts"].append(g)
    with open(os.path.join(d, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
