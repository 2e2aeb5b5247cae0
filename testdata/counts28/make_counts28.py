import json, sys
A = []  # (id, outlet, title, published, text, claims, counts)
def art(i, outlet, title, pub, body, claims, counts):
    A.append(dict(id=i, outlet=outlet, title=title, published=pub, text=title + "\n\n" + body, claims=claims, counts=counts))

art("c28-01", "Example Levant Wire", "Iraq says 2,000 Iranians killed in Majnoon counter-attack", "1984-03-03",
"""BAGHDAD, March 3 (Example Levant Wire) - Iraq said on Saturday its forces had killed more than 2,000 Iranian troops in a counter-attack on the Majnoon islands and captured 340 others.

A military communique broadcast by Baghdad radio said Iraqi aircraft had destroyed 18 tanks and 11 armoured personnel carriers east of the Hawizeh marshes. It said the enemy had also lost a helicopter. Iraqi losses were 46 martyrs and 113 wounded, the communique said.

Tehran radio said Iranian forces had shot down two Iraqi MiG-23s and killed "thousands" of Iraqi soldiers. It gave no figure for Iranian casualties.

A colonel and 12 soldiers of an Iraqi brigade were killed when their position was overrun on Thursday, a Western diplomat in Baghdad said, citing hospital staff.""",
[("Iraq said on Saturday its forces had killed", "IRQ", "assert"),
 ("A military communique broadcast by Baghdad radio said", "IRQ", "assert"),
 ("It said the enemy had also lost a helicopter", "IRQ", "assert"),
 ("Iraqi losses were 46 martyrs", "IRQ", "assert"),
 ("Tehran radio said Iranian forces had shot down", "IRN", "assert"),
 ("a Western diplomat in Baghdad said", "", "assert")],
[("Iraq says 2,000 Iranians killed", "killed", 2000, "IRN", "IRQ"),
 ("killed more than 2,000 Iranian troops", "killed", 2000, "IRN", "IRQ"),
 ("captured 340 others", "captured", 340, "IRN", "IRQ"),
 ("destroyed 18 tanks", "tank", 18, "IRN", "IRQ"),
 ("11 armoured personnel carriers", "armored_vehicle", 11, "IRN", "IRQ"),
 ("lost a helicopter", "helicopter", 1, "IRN", "IRQ"),
 ("46 martyrs", "killed", 46, "IRQ", "IRQ"),
 ("113 wounded", "wounded", 113, "IRQ", "IRQ"),
 ("two Iraqi MiG-23s", "aircraft", 2, "IRQ", "IRN"),
 ('"thousands" of Iraqi soldiers', "killed", None, "IRQ", "IRN"),
 ("A colonel and 12 soldiers", "killed", 13, "IRQ", "")])

art("c28-02", "Example Horn Wire", "Eritrea says Ethiopian offensive repulsed, 9,000 attackers dead", "1999-02-26",
"""ASMARA, Feb 26 (Example Horn Wire) - Eritrea said on Friday its forces had repulsed a three-day Ethiopian offensive on the Badme front and that more than 9,000 of the attackers had been killed.

"The enemy lost 17 tanks and we captured four more intact," an Eritrean foreign ministry spokesman told reporters. He said 560 Ethiopian soldiers had surrendered.

Ethiopia rejected the figures. A government spokeswoman in Addis Ababa said two of its aircraft had been lost to ground fire but that the offensive had reached its objectives. She said Eritrean losses in the fighting stood at more than 3,000 dead.

Aid workers in Barentu said an artillery shell had hit a market on Wednesday, killing a mother and her three children.""",
[("Eritrea said on Friday its forces had repulsed", "ERI", "assert"),
 ("The enemy lost 17 tanks", "ERI", "assert"),
 ("He said 560 Ethiopian soldiers had surrendered", "ERI", "assert"),
 ("Ethiopia rejected the figures", "ETH", "deny"),
 ("A government spokeswoman in Addis Ababa said two of its aircraft", "ETH", "assert"),
 ("She said Eritrean losses in the fighting", "ETH", "assert"),
 ("Aid workers in Barentu said", "", "assert")],
[("9,000 attackers dead", "killed", 9000, "ETH", "ERI"),
 ("more than 9,000 of the attackers had been killed", "killed", 9000, "ETH", "ERI"),
 ("The enemy lost 17 tanks", "tank", 17, "ETH", "ERI"),
 ("captured four more intact", "tank", 4, "ETH", "ERI"),
 ("560 Ethiopian soldiers had surrendered", "captured", 560, "ETH", "ERI"),
 ("two of its aircraft had been lost", "aircraft", 2, "ETH", "ETH"),
 ("more than 3,000 dead", "killed", 3000, "ERI", "ETH"),
 ("killing a mother and her three children", "killed", 4, "ERI", "")])

art("c28-03", "Example Beirut Daily", "Hezbollah says eight Merkavas destroyed in Wadi Saluki; Israel admits 12 soldiers dead", "2006-08-13",
"""BEIRUT - Hezbollah said on Saturday its fighters had destroyed eight Merkava tanks in the Wadi Saluki valley and killed "dozens" of Israeli soldiers.

The Israeli army said 12 of its soldiers had been killed in the fighting in southern Lebanon on Saturday, the deadliest day of the war for its ground forces. An army spokeswoman said a helicopter had been brought down near Yater and that its five crew were killed.

In Tyre, civil defence workers pulled 14 bodies from the rubble of a building hit by an Israeli air strike, and hospital staff said 31 others were wounded.

Lebanon's health ministry put the country's toll since July 12 at 1,071 dead and 4,409 wounded.""",
[("Hezbollah said on Saturday its fighters had destroyed", "HEZBOLLAH", "assert"),
 ("The Israeli army said 12 of its soldiers", "ISR", "assert"),
 ("An army spokeswoman said a helicopter had been brought down", "ISR", "assert"),
 ("hospital staff said 31 others were wounded", "", "assert"),
 ("Lebanon's health ministry put the country's toll", "LBN", "assert")],
[("eight Merkavas destroyed", "tank", 8, "ISR", "HEZBOLLAH"),
 ("destroyed eight Merkava tanks", "tank", 8, "ISR", "HEZBOLLAH"),
 ('"dozens" of Israeli soldiers', "killed", None, "ISR", "HEZBOLLAH"),
 ("Israel admits 12 soldiers dead", "killed", 12, "ISR", "ISR"),
 ("12 of its soldiers had been killed", "killed", 12, "ISR", "ISR"),
 ("a helicopter had been brought down", "helicopter", 1, "ISR", "ISR"),
 ("its five crew were killed", "killed", 5, "ISR", "ISR"),
 ("pulled 14 bodies", "killed", 14, "LBN", ""),
 ("31 others were wounded", "wounded", 31, "LBN", ""),
 ("1,071 dead", "killed", 1071, "LBN", "LBN"),
 ("4,409 wounded", "wounded", 4409, "LBN", "LBN")])

art("c28-04", "Example Lagos Daily", "Army says 76 Boko Haram insurgents killed near Monguno, two soldiers dead", "2015-03-09",
"""MAIDUGURI - The Nigerian Army said on Sunday troops had killed 76 Boko Haram insurgents in a clash near Monguno and captured seven gun trucks and an armoured personnel carrier from the insurgents.

Army spokesman Colonel Sani Usman said in a statement that two soldiers had been killed and nine others wounded. Twenty-one insurgents were arrested, he said.

Residents of Monguno said the insurgents had burned dozens of homes before the troops arrived. "They killed my brother and two of his friends," one resident told Example Lagos Daily by telephone.

A village leader in nearby Kukawa said 13 villagers, among them four women, had been abducted by the fighters as they withdrew.""",
[("The Nigerian Army said on Sunday troops had killed", "NGA", "assert"),
 ("Army spokesman Colonel Sani Usman said in a statement", "NGA", "assert"),
 ("Twenty-one insurgents were arrested, he said", "NGA", "assert"),
 ("Residents of Monguno said the insurgents had burned", "", "assert"),
 ("They killed my brother", "", "assert"),
 ("A village leader in nearby Kukawa said", "", "assert")],
[("76 Boko Haram insurgents killed", "killed", 76, "BOKOHARAM", "NGA"),
 ("killed 76 Boko Haram insurgents", "killed", 76, "BOKOHARAM", "NGA"),
 ("two soldiers dead", "killed", 2, "NGA", "NGA"),
 ("seven gun trucks", "vehicle", 7, "BOKOHARAM", "NGA"),
 ("an armoured personnel carrier", "armored_vehicle", 1, "BOKOHARAM", "NGA"),
 ("two soldiers had been killed", "killed", 2, "NGA", "NGA"),
 ("nine others wounded", "wounded", 9, "NGA", "NGA"),
 ("Twenty-one insurgents were arrested", "captured", 21, "BOKOHARAM", "NGA"),
 ("They killed my brother and two of his friends", "killed", 3, "NGA", ""),
 ("13 villagers, among them four women, had been abducted", "captured", 13, "NGA", "")])

art("c28-05", "Example Maghreb Agency", "Polisario says 320 Moroccan soldiers killed in Guelta Zemmour attack", "1981-10-16",
"""ALGIERS, Oct 16 (Example Maghreb Agency) - The Polisario Front said on Friday its guerrillas had killed 320 Moroccan soldiers and taken 104 prisoner in a week-long attack on the garrison at Guelta Zemmour.

A Polisario communique issued in Algiers said the guerrillas had shot down three Moroccan aircraft, a Mirage F-1, a C-130 transport and a helicopter, and destroyed 42 military vehicles. Its own losses were 18 martyrs, it said.

Morocco's information minister told reporters in Rabat that the garrison had held. He said the attackers had lost more than 200 men and that Moroccan losses stood at 40 dead and 70 wounded. Two of the kingdom's aircraft had been downed by missiles, he said.""",
[("The Polisario Front said on Friday its guerrillas had killed", "POLISARIO", "assert"),
 ("A Polisario communique issued in Algiers said", "POLISARIO", "assert"),
 ("Its own losses were 18 martyrs, it said", "POLISARIO", "assert"),
 ("Morocco's information minister told reporters in Rabat", "MAR", "assert"),
 ("He said the attackers had lost more than 200 men", "MAR", "assert"),
 ("Two of the kingdom's aircraft had been downed by missiles, he said", "MAR", "assert")],
[("320 Moroccan soldiers killed in Guelta Zemmour", "killed", 320, "MAR", "POLISARIO"),
 ("killed 320 Moroccan soldiers", "killed", 320, "MAR", "POLISARIO"),
 ("taken 104 prisoner", "captured", 104, "MAR", "POLISARIO"),
 ("shot down three Moroccan aircraft", "aircraft", 3, "MAR", "POLISARIO"),
 ("destroyed 42 military vehicles", "vehicle", 42, "MAR", "POLISARIO"),
 ("18 martyrs", "killed", 18, "POLISARIO", "POLISARIO"),
 ("lost more than 200 men", "killed", 200, "POLISARIO", "MAR"),
 ("40 dead", "killed", 40, "MAR", "MAR"),
 ("70 wounded", "wounded", 70, "MAR", "MAR"),
 ("Two of the kingdom's aircraft", "aircraft", 2, "MAR", "MAR")])

art("c28-06", "Example Colombo Wire", "LTTE says 600 troops killed at Elephant Pass; army puts its dead at 180", "2000-04-23",
"""COLOMBO, April 23 (Example Colombo Wire) - The Liberation Tigers of Tamil Eelam said on Sunday they had killed more than 600 Sri Lankan soldiers in the battle for the Elephant Pass base and captured two artillery pieces and a tank.

The Sri Lankan military said 180 soldiers had been killed and 650 wounded since the Tigers began their assault on Thursday, and that 40 more were missing. Military spokesman Brigadier Sanath Karunaratne said troops had killed at least 400 rebels.

A statement on a pro-rebel website said 52 of the group's fighters had died in the battle, and named them.

Hospital officials in Jaffna said a shell had hit a bus on the causeway, killing 11 civilians and wounding 27.""",
[("The Liberation Tigers of Tamil Eelam said on Sunday", "LTTE", "assert"),
 ("The Sri Lankan military said 180 soldiers", "LKA", "assert"),
 ("Military spokesman Brigadier Sanath Karunaratne said troops had killed", "LKA", "assert"),
 ("A statement on a pro-rebel website said", "LTTE", "assert"),
 ("Hospital officials in Jaffna said", "", "assert")],
[("600 troops killed at Elephant Pass", "killed", 600, "LKA", "LTTE"),
 ("killed more than 600 Sri Lankan soldiers", "killed", 600, "LKA", "LTTE"),
 ("two artillery pieces", "artillery", 2, "LKA", "LTTE"),
 ("and a tank", "tank", 1, "LKA", "LTTE"),
 ("army puts its dead at 180", "killed", 180, "LKA", "LKA"),
 ("180 soldiers had been killed", "killed", 180, "LKA", "LKA"),
 ("650 wounded", "wounded", 650, "LKA", "LKA"),
 ("40 more were missing", "missing", 40, "LKA", "LKA"),
 ("killed at least 400 rebels", "killed", 400, "LTTE", "LKA"),
 ("52 of the group's fighters had died", "killed", 52, "LTTE", "LTTE"),
 ("killing 11 civilians", "killed", 11, "LKA", ""),
 ("wounding 27", "wounded", 27, "LKA", "")])

art("c28-07", "Example Andean Wire", "FARC overruns Mitu police base; government says 60 police dead", "1998-11-04",
"""BOGOTA, Nov 4 (Example Andean Wire) - Colombia's government said on Wednesday that at least 60 police officers had been killed when FARC rebels overran the jungle town of Mitu, and that 40 others had been taken hostage.

Defence Minister Rodrigo Lloreda told a news conference that air force helicopters had killed about 150 guerrillas as troops retook the town. One Black Hawk helicopter was shot down and its pilot was wounded, he said.

In a statement read on a rebel radio station, the FARC said its fighters had taken 61 police and soldiers prisoner and lost 22 of their comrades.

A Red Cross official said 11 civilians had died in the crossfire.""",
[("Colombia's government said on Wednesday that at least 60 police officers", "COL", "assert"),
 ("Defence Minister Rodrigo Lloreda told a news conference", "COL", "assert"),
 ("its pilot was wounded, he said", "COL", "assert"),
 ("the FARC said its fighters had taken 61 police", "FARC", "assert"),
 ("A Red Cross official said 11 civilians", "ICRC", "assert")],
[("government says 60 police dead", "killed", 60, "COL", "COL"),
 ("at least 60 police officers had been killed", "killed", 60, "COL", "COL"),
 ("40 others had been taken hostage", "captured", 40, "COL", "COL"),
 ("killed about 150 guerrillas", "killed", 150, "FARC", "COL"),
 ("One Black Hawk helicopter", "helicopter", 1, "COL", "COL"),
 ("its pilot was wounded", "wounded", 1, "COL", "COL"),
 ("taken 61 police and soldiers prisoner", "captured", 61, "COL", "FARC"),
 ("lost 22 of their comrades", "killed", 22, "FARC", "FARC"),
 ("11 civilians had died", "killed", 11, "COL", "ICRC")])

art("c28-08", "Example Caucasus Wire", "Georgia says 4 Russian jets downed; Moscow admits losing two", "2008-08-10",
"""TBILISI, Aug 10 (Example Caucasus Wire) - Georgia said on Sunday its air defences had shot down four Russian warplanes over South Ossetia and the Gori region since Friday, and that 130 Georgian soldiers and civilians had been killed.

Russia's General Staff said it had lost two aircraft, a Su-25 attack jet and a Tu-22 bomber, and that 18 of its servicemen had been killed and 52 wounded. Deputy chief of staff Anatoly Nogovitsyn said Russian troops had destroyed "more than 30" Georgian tanks.

Residents fleeing Gori said a bomb had struck an apartment block, killing five people, among them a Dutch cameraman.

The South Ossetian leader, Eduard Kokoity, said 1,400 people had been killed in Tskhinvali.""",
[("Georgia said on Sunday its air defences had shot down", "GEO", "assert"),
 ("Russia's General Staff said it had lost two aircraft", "RUS", "assert"),
 ("Anatoly Nogovitsyn said Russian troops had destroyed", "RUS", "assert"),
 ("Residents fleeing Gori said", "", "assert"),
 ("Eduard Kokoity, said 1,400 people", "SOUTHOSSETIA", "assert")],
[("4 Russian jets downed", "aircraft", 4, "RUS", "GEO"),
 ("Moscow admits losing two", "aircraft", 2, "RUS", "RUS"),
 ("shot down four Russian warplanes", "aircraft", 4, "RUS", "GEO"),
 ("130 Georgian soldiers and civilians had been killed", "killed", 130, "GEO", "GEO"),
 ("lost two aircraft", "aircraft", 2, "RUS", "RUS"),
 ("18 of its servicemen had been killed", "killed", 18, "RUS", "RUS"),
 ("52 wounded", "wounded", 52, "RUS", "RUS"),
 ('"more than 30" Georgian tanks', "tank", 30, "GEO", "RUS"),
 ("killing five people", "killed", 5, "GEO", ""),
 ("1,400 people had been killed", "killed", 1400, "SOUTHOSSETIA", "SOUTHOSSETIA")])

art("c28-09", "Example Manila Daily", "Marawi: military says 13 Marines killed, 40 Maute gunmen dead in street battles", "2017-06-10",
"""MARAWI CITY - Thirteen Marines were killed and 40 others wounded in street fighting in Marawi on Friday, the Armed Forces of the Philippines said on Saturday, the heaviest loss for government troops since the siege began.

Military spokesman Brigadier General Restituto Padilla said troops had killed 40 Maute gunmen in the same battle. "We lost 13 of our men, but the enemy lost many more," he told reporters. He said soldiers had rescued 12 civilians held by the gunmen.

A provincial crisis committee said 20 civilians had been killed by the gunmen since May 23 and that the bodies of eight men, apparently executed, had been found in a ravine outside the city.

In a video posted online, the Maute group said its fighters had killed 25 soldiers and seized an armoured vehicle.""",
[("the Armed Forces of the Philippines said on Saturday", "PHL", "assert"),
 ("Restituto Padilla said troops had killed 40 Maute gunmen", "PHL", "assert"),
 ("We lost 13 of our men", "PHL", "assert"),
 ("He said soldiers had rescued 12 civilians", "PHL", "assert"),
 ("A provincial crisis committee said 20 civilians", "PHL", "assert"),
 ("the Maute group said its fighters had killed 25 soldiers", "MAUTE", "assert")],
[("13 Marines killed", "killed", 13, "PHL", "PHL"),
 ("40 Maute gunmen dead", "killed", 40, "MAUTE", "PHL"),
 ("Thirteen Marines were killed", "killed", 13, "PHL", "PHL"),
 ("40 others wounded", "wounded", 40, "PHL", "PHL"),
 ("killed 40 Maute gunmen", "killed", 40, "MAUTE", "PHL"),
 ("We lost 13 of our men", "killed", 13, "PHL", "PHL"),
 ("20 civilians had been killed", "killed", 20, "PHL", "PHL"),
 ("the bodies of eight men", "killed", 8, "PHL", "PHL"),
 ("killed 25 soldiers", "killed", 25, "PHL", "MAUTE"),
 ("seized an armoured vehicle", "armored_vehicle", 1, "PHL", "MAUTE")])

art("c28-10", "Example Nairobi Wire", "AU troops say 30 al Shabaab fighters killed in Mogadishu push, four peacekeepers dead", "2011-10-21",
"""MOGADISHU, Oct 21 (Example Nairobi Wire) - African Union peacekeepers and Somali government troops killed at least 30 al Shabaab fighters in an offensive in northern Mogadishu on Thursday, an AU spokesman said on Friday.

Four peacekeepers were killed and 12 wounded, the spokesman, Lieutenant Colonel Paddy Ankunda, said. Troops had also destroyed two technicals mounted with heavy machine guns, he said.

Al Shabaab's military spokesman, Sheikh Abdiaziz Abu Musab, said the group's fighters had killed 70 "Christian invaders" and captured the bodies of 10 of them, which it displayed in the Elasha camp.

The Somali government said three of its soldiers had died.""",
[("an AU spokesman said on Friday", "AU", "assert"),
 ("the spokesman, Lieutenant Colonel Paddy Ankunda, said", "AU", "assert"),
 ("Troops had also destroyed two technicals", "AU", "assert"),
 ("Sheikh Abdiaziz Abu Musab, said the group's fighters", "ALSHABAB", "assert"),
 ("The Somali government said three of its soldiers had died", "SOM", "assert")],
[("30 al Shabaab fighters killed", "killed", 30, "ALSHABAB", "AU"),
 ("four peacekeepers dead", "killed", 4, "AU", "AU"),
 ("killed at least 30 al Shabaab fighters", "killed", 30, "ALSHABAB", "AU"),
 ("Four peacekeepers were killed", "killed", 4, "AU", "AU"),
 ("12 wounded", "wounded", 12, "AU", "AU"),
 ("destroyed two technicals", "vehicle", 2, "ALSHABAB", "AU"),
 ('killed 70 "Christian invaders"', "killed", 70, "AU", "ALSHABAB"),
 ("three of its soldiers had died", "killed", 3, "SOM", "SOM")])

art("c28-11", "Example Karabakh Wire", "Azerbaijan says 25 Armenian tanks destroyed near Aghdam; Stepanakert reports 31 dead", "1993-07-05",
"""BAKU, July 5 (Example Karabakh Wire) - Azerbaijan's defence ministry said on Monday its forces had destroyed 25 Armenian tanks and killed about 300 Armenian fighters in three days of fighting near Aghdam.

Azerbaijani losses were 64 dead and 150 wounded, a ministry spokesman said.

Armenian officials in Stepanakert said 31 of their fighters had been killed and 70 wounded, and that Karabakh forces had shot down an Azerbaijani Su-25 and captured four of its BMP infantry fighting vehicles.

An aid worker in Aghdam said refugees were leaving the town by the thousand and that two children had been killed by a rocket on Sunday.""",
[("Azerbaijan's defence ministry said on Monday", "AZE", "assert"),
 ("a ministry spokesman said", "AZE", "assert"),
 ("Armenian officials in Stepanakert said 31", "NKR", "assert"),
 ("An aid worker in Aghdam said", "", "assert")],
[("25 Armenian tanks destroyed", "tank", 25, "NKR", "AZE"),
 ("Stepanakert reports 31 dead", "killed", 31, "NKR", "NKR"),
 ("destroyed 25 Armenian tanks", "tank", 25, "NKR", "AZE"),
 ("killed about 300 Armenian fighters", "killed", 300, "NKR", "AZE"),
 ("64 dead", "killed", 64, "AZE", "AZE"),
 ("150 wounded", "wounded", 150, "AZE", "AZE"),
 ("31 of their fighters had been killed", "killed", 31, "NKR", "NKR"),
 ("70 wounded", "wounded", 70, "NKR", "NKR"),
 ("shot down an Azerbaijani Su-25", "aircraft", 1, "AZE", "NKR"),
 ("captured four of its BMP", "armored_vehicle", 4, "AZE", "NKR"),
 ("two children had been killed", "killed", 2, "AZE", "")])

art("c28-12", "Example Korea Wire", "UN command says 2,400 Chinese killed at Pork Chop Hill; US losses 'moderate'", "1953-07-12",
"""TOKYO, July 12 (Example Korea Wire) - The United Nations Command said on Sunday that allied troops had killed or wounded an estimated 2,400 Chinese soldiers in five days of fighting for Pork Chop Hill before withdrawing from the position.

An Eighth Army spokesman said American losses were "moderate". He said 243 Americans had been killed, 916 wounded and nine captured since the battle began on July 6.

Peking radio said Chinese Volunteers had killed, wounded or captured 5,300 American troops and shot down 11 American aircraft on the central front. It said 86 of the Volunteers had fallen.""",
[("The United Nations Command said on Sunday", "UNO", "assert"),
 ("An Eighth Army spokesman said American losses", "USA", "assert"),
 ("He said 243 Americans had been killed", "USA", "assert"),
 ("Peking radio said Chinese Volunteers", "CHN", "assert"),
 ("It said 86 of the Volunteers had fallen", "CHN", "assert")],
[("243 Americans had been killed", "killed", 243, "USA", "USA"),
 ("916 wounded", "wounded", 916, "USA", "USA"),
 ("nine captured", "captured", 9, "USA", "USA"),
 ("shot down 11 American aircraft", "aircraft", 11, "USA", "CHN"),
 ("86 of the Volunteers had fallen", "killed", 86, "CHN", "CHN"),
 ("2,400 Chinese killed", "killed", 2400, "CHN", "UNO"),
 ("an estimated 2,400 Chinese soldiers", "killed", 2400, "CHN", "UNO"),
 ("5,300 American troops", "killed", 5300, "USA", "CHN")])

H = {'c28-01': [('Iraq says 2,000 Iranians killed', 'IRQ')], 'c28-02': [('Eritrea says Ethiopian offensive repulsed', 'ERI')], 'c28-03': [('Hezbollah says eight Merkavas destroyed', 'HEZBOLLAH'), ('Israel admits 12 soldiers dead', 'ISR')], 'c28-04': [('Army says 76 Boko Haram insurgents killed', 'NGA')], 'c28-05': [('Polisario says 320 Moroccan soldiers killed', 'POLISARIO')], 'c28-06': [('LTTE says 600 troops killed', 'LTTE'), ('army puts its dead at 180', 'LKA')], 'c28-07': [('government says 60 police dead', 'COL')], 'c28-08': [('Georgia says 4 Russian jets downed', 'GEO'), ('Moscow admits losing two', 'RUS')], 'c28-09': [('military says 13 Marines killed', 'PHL')], 'c28-10': [('AU troops say 30 al Shabaab fighters killed', 'AU')], 'c28-11': [('Azerbaijan says 25 Armenian tanks destroyed', 'AZE'), ('Stepanakert reports 31 dead', 'NKR')], 'c28-12': [('UN command says 2,400 Chinese killed', 'UNO')]}
arts = []; claims = []; counts = []
for a in A:
    t = a["text"]
    a["claims"] = [(x, y, "assert") for x, y in H[a["id"]]] + a["claims"]
    for anc, side, st in a["claims"]:
        assert t.count(anc) >= 1, (a["id"], anc)
        claims.append(dict(article=a["id"], anchor=anc, side=side, stance=st))
    for anc, item, n, own, by in a["counts"]:
        assert t.count(anc) >= 1, (a["id"], anc)
        counts.append(dict(article=a["id"], anchor=anc, item=item, n=n, owner=own, claimed_by=by))
    arts.append(dict(id=a["id"], url="https://example.org/counts28/" + a["id"], outlet=a["outlet"], title=a["title"], published=a["published"], language="en", text=t))
about = ("counts28: 12 invented conflict wire articles (Iran-Iraq 1984, Ethiopia-Eritrea 1999, Israel-Hezbollah 2006, Nigeria-Boko Haram 2015, "
 "Polisario-Morocco 1981, Sri Lanka 2000, Colombia 1998, Georgia 2008, Marawi 2017, Somalia 2011, Karabakh 1993, Korea 1953) written for session 28's "
 "'counts2' lane, committed before parallax was run on them: counts of people and materiel (item, n, owner, claimed_by) and the claims that carry them.")
gold = dict(about=about, articles={a["id"]: dict(published=a["published"]) for a in A}, claims=claims, counts=counts, places=[], people=[])
d = sys.argv[1]
with open(d + "/articles.jsonl", "w") as f:
    for x in arts: f.write(json.dumps(x, ensure_ascii=False) + "\n")
json.dump(gold, open(d + "/gold.json", "w"), indent=1, ensure_ascii=False)
print(len(arts), "articles", len(claims), "claims", len(counts), "counts")
