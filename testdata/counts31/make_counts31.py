#!/usr/bin/env python3
"""Writes counts31's articles.jsonl and gold.json (python3 make_counts31.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c31-01", "Example Asia Wire", "India says 30 Pakistani intruders killed on Tololing, admits losing two jets", "1999-05-28",
"""India says 30 Pakistani intruders killed on Tololing, admits losing two jets

NEW DELHI, May 28 (Example Asia Wire) - India said on Friday its troops had killed at least 30 Pakistani intruders on the Tololing ridge and that it had lost two fighter jets and a helicopter in three days of air strikes in the Kargil sector.

An army spokesman, Colonel Bikram Singh, told reporters that 12 Indian soldiers had been killed and 37 wounded since the offensive began. Three more are missing, he said.

Pakistan's military spokesman said Pakistani troops had shot down both jets and captured one of the pilots. He denied that any Pakistani soldiers were fighting in Kargil.

Radio Pakistan, monitored in New Delhi, said scores of Indian soldiers had been killed when militants ambushed a supply column near Dras.""",
[("India says 30 Pakistani", "IND", "assert"),
 ("India said on Friday", "IND", "assert"),
 ("told reporters that 12", "IND", "assert"),
 ("Three more are missing, he said", "IND", "assert"),
 ("Pakistan's military spokesman said", "PAK", "assert"),
 ("He denied that any", "PAK", "deny"),
 ("Radio Pakistan, monitored in New Delhi, said", "PAK", "assert")],
[("30 Pakistani intruders killed on Tololing", "killed", 30, "PAK", "IND"),
 ("admits losing two jets", "aircraft", 2, "IND", "IND"),
 ("killed at least 30 Pakistani intruders", "killed", 30, "PAK", "IND"),
 ("lost two fighter jets", "aircraft", 2, "IND", "IND"),
 ("and a helicopter in three days", "helicopter", 1, "IND", "IND"),
 ("12 Indian soldiers had been killed", "killed", 12, "IND", "IND"),
 ("37 wounded", "wounded", 37, "IND", "IND"),
 ("Three more are missing", "missing", 3, "IND", "IND"),
 ("shot down both jets", "aircraft", 2, "IND", "PAK"),
 ("captured one of the pilots", "captured", 1, "IND", "PAK"),
 ("scores of Indian soldiers had been killed", "killed", None, "IND", "PAK")]))

A.append(("c31-02", "Example Africa Wire", "Chad says Libyan base at Ouadi Doum taken, 1,269 Libyans killed", "1987-03-23",
"""Chad says Libyan base at Ouadi Doum taken, 1,269 Libyans killed

N'DJAMENA, March 23 (Example Africa Wire) - Chadian forces overran the Libyan air base at Ouadi Doum on Sunday, killing 1,269 Libyan soldiers and capturing 438, the Chadian government said.

A communique read on N'Djamena radio said the government troops had destroyed or captured 11 aircraft, about 50 T-55 tanks and at least 30 half-tracks. It said Chad's losses were 29 killed and 58 wounded.

Libya's official news agency JANA said Libyan forces had withdrawn from the base after inflicting heavy losses on the attackers, and denied losing any aircraft.

A French military source in N'Djamena put the number of Libyan prisoners at between 400 and 500.""",
[("Chad says Libyan base", "TCD", "assert"),
 ("the Chadian government said", "TCD", "assert"),
 ("A communique read on N'Djamena radio said", "TCD", "assert"),
 ("It said Chad's losses", "TCD", "assert"),
 ("JANA said", "LBY", "assert"),
 ("and denied losing any aircraft", "LBY", "deny"),
 ("put the number of Libyan prisoners", "FRA", "assert")],
[("1,269 Libyans killed", "killed", 1269, "LBY", "TCD"),
 ("killing 1,269 Libyan soldiers", "killed", 1269, "LBY", "TCD"),
 ("capturing 438", "captured", 438, "LBY", "TCD"),
 ("captured 11 aircraft", "aircraft", 11, "LBY", "TCD"),
 ("about 50 T-55 tanks", "tank", 50, "LBY", "TCD"),
 ("at least 30 half-tracks", "armored_vehicle", 30, "LBY", "TCD"),
 ("29 killed", "killed", 29, "TCD", "TCD"),
 ("58 wounded", "wounded", 58, "TCD", "TCD"),
 ("at between 400 and 500", "captured", 400, "LBY", "FRA", 500)]))

A.append(("c31-03", "Example Pacific Wire", "Military says 13 marines killed in Marawi, scores of militants dead", "2017-06-10",
"""Military says 13 marines killed in Marawi, scores of militants dead

MANILA, June 10 (Example Pacific Wire) - Thirteen Philippine marines were killed and 40 wounded in street fighting with Islamic State-linked militants in the southern city of Marawi on Friday, the military said on Saturday.

Armed forces spokesman Brigadier General Restituto Padilla said troops had killed 138 militants since the siege began on May 23, and that the bodies of 58 civilians had been recovered. "We lost 13 of our best," he said.

The militants' Amaq news agency said its fighters had killed dozens of soldiers and destroyed an armoured vehicle.

Hospital officials in Iligan said they had treated at least 70 wounded civilians.""",
[("Military says 13 marines", "PHL", "assert"),
 ("the military said on Saturday", "PHL", "assert"),
 ("Restituto Padilla said troops", "PHL", "assert"),
 ('"We lost 13 of our best," he said', "PHL", "assert"),
 ("Amaq news agency said", "ISIS", "assert"),
 ("Hospital officials in Iligan said", "", "assert")],
[("13 marines killed", "killed", 13, "PHL", "PHL"),
 ("scores of militants dead", "killed", None, "ISIS", "PHL"),
 ("Thirteen Philippine marines were killed", "killed", 13, "PHL", "PHL"),
 ("40 wounded", "wounded", 40, "PHL", "PHL"),
 ("killed 138 militants", "killed", 138, "ISIS", "PHL"),
 ("the bodies of 58 civilians", "killed", 58, "PHL", "PHL"),
 ("We lost 13 of our best", "killed", 13, "PHL", "PHL"),
 ("killed dozens of soldiers", "killed", None, "PHL", "ISIS"),
 ("destroyed an armoured vehicle", "armored_vehicle", 1, "PHL", "ISIS"),
 ("at least 70 wounded civilians", "wounded", 70, "PHL", "")]))

A.append(("c31-04", "Example Wire", "Turkey says it 'neutralised' 2,212 Syrian troops; Damascus denies", "2020-03-02",
"""Turkey says it 'neutralised' 2,212 Syrian troops; Damascus denies

ANKARA, March 2 (Example Wire) - Turkey's defence ministry said on Monday that its forces had neutralised 2,212 Syrian government troops and destroyed 103 tanks, 72 artillery pieces and three air defence systems since Operation Spring Shield began on Thursday.

The ministry said Turkish F-16s had shot down two Syrian Su-24 warplanes over Idlib province on Sunday. Both pilots ejected safely, it said.

Syria's army command denied the Turkish figures. In a statement carried by the state news agency SANA, it said its air defences had downed three Turkish drones over Saraqeb.

Thirty-three Turkish soldiers were killed in a Syrian air strike in Idlib on Thursday, the deadliest single attack on the Turkish army in decades.""",
[("Turkey says it", "TUR", "assert"),
 ("Turkey's defence ministry said on Monday", "TUR", "assert"),
 ("The ministry said Turkish F-16s", "TUR", "assert"),
 ("ejected safely, it said", "TUR", "assert"),
 ("Syria's army command denied", "SYR", "deny"),
 ("it said its air defences", "SYR", "assert")],
[("'neutralised' 2,212 Syrian troops", "killed", 2212, "SYR", "TUR"),
 ("neutralised 2,212 Syrian government troops", "killed", 2212, "SYR", "TUR"),
 ("destroyed 103 tanks", "tank", 103, "SYR", "TUR"),
 ("72 artillery pieces", "artillery", 72, "SYR", "TUR"),
 ("three air defence systems", "air_defense", 3, "SYR", "TUR"),
 ("shot down two Syrian Su-24 warplanes", "aircraft", 2, "SYR", "TUR"),
 ("downed three Turkish drones", "drone", 3, "TUR", "SYR"),
 ("Thirty-three Turkish soldiers were killed", "killed", 33, "TUR", "")]))

A.append(("c31-05", "Example Gulf Wire", "Yemen's Houthis say they downed another US drone", "2024-02-19",
"""Yemen's Houthis say they downed another US drone

SANAA, Feb 19 (Example Gulf Wire) - Yemen's Houthi movement said on Monday it had shot down a US MQ-9 Reaper drone over the port city of Hodeidah.

Yahya Saree, the group's military spokesman, said in a televised statement that Houthi forces had also hit a British cargo ship in the Gulf of Aden with two missiles.

A US defence official, speaking on condition of anonymity, confirmed that an MQ-9 drone had gone down off Yemen but did not say what caused it.

US Central Command said separately that its forces had destroyed seven mobile anti-ship missile launchers and four drones in Houthi-controlled areas on Sunday. Houthi-run Al-Masirah TV said 17 people were killed in the strikes.""",
[("Yemen's Houthis say", "HOUTHIS", "assert"),
 ("Yemen's Houthi movement said on Monday", "HOUTHIS", "assert"),
 ("the group's military spokesman, said", "HOUTHIS", "assert"),
 ("confirmed that an MQ-9", "USA", "assert"),
 ("US Central Command said separately", "USA", "assert"),
 ("Al-Masirah TV said", "HOUTHIS", "assert")],
[("downed another US drone", "drone", 1, "USA", "HOUTHIS"),
 ("shot down a US MQ-9 Reaper drone", "drone", 1, "USA", "HOUTHIS"),
 ("an MQ-9 drone had gone down", "drone", 1, "USA", "USA"),
 ("destroyed seven mobile anti-ship missile launchers", "artillery", 7, "HOUTHIS", "USA"),
 ("four drones in Houthi-controlled areas", "drone", 4, "HOUTHIS", "USA"),
 ("17 people were killed", "killed", 17, "YEM", "HOUTHIS")]))

A.append(("c31-06", "Example Central Asia Wire", "Kyrgyzstan says 24 killed in border clashes with Tajikistan", "2022-09-17",
"""Kyrgyzstan says 24 killed in border clashes with Tajikistan

BISHKEK, Sept 17 (Example Central Asia Wire) - Kyrgyzstan's health ministry said on Saturday that 24 people had been killed and 87 wounded in two days of fighting on the border with Tajikistan.

The Kyrgyz border service said Tajik forces had used tanks, mortars and drones, and that its guards had destroyed two Tajik armoured personnel carriers and a Bayraktar drone. Twelve Kyrgyz servicemen are missing, it said.

Tajikistan's foreign ministry said the Kyrgyz side had shelled villages in the Isfara district, killing 15 Tajik civilians. It denied that any Tajik equipment had been lost.

Kyrgyz President Sadyr Japarov said in a video address that hundreds of homes had been burned.""",
[("Kyrgyzstan says 24", "KGZ", "assert"),
 ("health ministry said on Saturday", "KGZ", "assert"),
 ("The Kyrgyz border service said", "KGZ", "assert"),
 ("are missing, it said", "KGZ", "assert"),
 ("Tajikistan's foreign ministry said", "TJK", "assert"),
 ("It denied that any", "TJK", "deny"),
 ("said in a video address", "KGZ", "assert", "Sadyr Japarov")],
[("24 killed in border clashes", "killed", 24, "KGZ", "KGZ"),
 ("24 people had been killed", "killed", 24, "KGZ", "KGZ"),
 ("87 wounded", "wounded", 87, "KGZ", "KGZ"),
 ("destroyed two Tajik armoured personnel carriers", "armored_vehicle", 2, "TJK", "KGZ"),
 ("a Bayraktar drone", "drone", 1, "TJK", "KGZ"),
 ("Twelve Kyrgyz servicemen are missing", "missing", 12, "KGZ", "KGZ"),
 ("killing 15 Tajik civilians", "killed", 15, "TJK", "TJK")]))

A.append(("c31-07", "Example Africa Wire", "Two peacekeepers killed in attack on UN base in eastern Congo", "2023-10-05",
"""Two peacekeepers killed in attack on UN base in eastern Congo

GOMA, Oct 5 (Example Africa Wire) - Two Indian peacekeepers were killed and three wounded when gunmen attacked a UN base near Butembo on Wednesday, the UN mission in Congo, MONUSCO, said.

The mission said its troops had repelled the assault and recovered the bodies of four attackers. Two of its vehicles were burned, it said.

The Congolese army said separately that it had killed 27 M23 rebels and captured nine in fighting near Kibumba, and that it had lost three soldiers.

M23 spokesman Lawrence Kanyuka said on X that the rebels had shot down an army Sukhoi-25 jet.""",
[("the UN mission in Congo, MONUSCO, said", "UNO", "assert"),
 ("The mission said its troops", "UNO", "assert"),
 ("were burned, it said", "UNO", "assert"),
 ("The Congolese army said separately", "COD", "assert"),
 ("said on X", "M23", "assert")],
[("Two peacekeepers killed", "killed", 2, "UNO", ""),
 ("Two Indian peacekeepers were killed", "killed", 2, "UNO", "UNO"),
 ("three wounded", "wounded", 3, "UNO", "UNO"),
 ("the bodies of four attackers", "killed", 4, "", "UNO"),
 ("Two of its vehicles were burned", "vehicle", 2, "UNO", "UNO"),
 ("killed 27 M23 rebels", "killed", 27, "M23", "COD"),
 ("captured nine", "captured", 9, "M23", "COD"),
 ("lost three soldiers", "killed", 3, "COD", "COD"),
 ("shot down an army Sukhoi-25 jet", "aircraft", 1, "COD", "M23")]))

A.append(("c31-08", "Example Wire", "Russia says 498 of its soldiers killed in Ukraine", "2022-03-02",
"""Russia says 498 of its soldiers killed in Ukraine

MOSCOW, March 2 (Example Wire) - Russia's defence ministry said on Wednesday that 498 Russian servicemen had been killed and 1,597 wounded since the start of what it calls its special military operation, the first time it has given its own losses.

Ministry spokesman Igor Konashenkov said Russian forces had shot down 49 Ukrainian aircraft and 58 drones. Ukraine had lost more than 2,870 troops killed and about 3,700 wounded, he said.

Ukraine's General Staff said Russia had lost about 5,840 troops, 30 aircraft, 31 helicopters and 211 tanks.

"We have lost several of our pilots," a Ukrainian air force officer said.""",
[("Russia says 498", "RUS", "assert"),
 ("Russia's defence ministry said on Wednesday", "RUS", "assert"),
 ("Igor Konashenkov said", "RUS", "assert"),
 ("wounded, he said", "RUS", "assert"),
 ("Ukraine's General Staff said", "UKR", "assert"),
 ("a Ukrainian air force officer said", "UKR", "assert")],
[("498 of its soldiers killed", "killed", 498, "RUS", "RUS"),
 ("498 Russian servicemen had been killed", "killed", 498, "RUS", "RUS"),
 ("1,597 wounded", "wounded", 1597, "RUS", "RUS"),
 ("shot down 49 Ukrainian aircraft", "aircraft", 49, "UKR", "RUS"),
 ("58 drones", "drone", 58, "UKR", "RUS"),
 ("more than 2,870 troops killed", "killed", 2870, "UKR", "RUS"),
 ("about 3,700 wounded", "wounded", 3700, "UKR", "RUS"),
 ("lost about 5,840 troops", "killed", 5840, "RUS", "UKR"),
 ("30 aircraft", "aircraft", 30, "RUS", "UKR"),
 ("31 helicopters", "helicopter", 31, "RUS", "UKR"),
 ("211 tanks", "tank", 211, "RUS", "UKR"),
 ("lost several of our pilots", "killed", None, "UKR", "UKR")]))

A.append(("c31-09", "Example Africa Wire", "Sudan's army says it repelled RSF attack on El Obeid", "2023-06-08",
"""Sudan's army says it repelled RSF attack on El Obeid

KHARTOUM, June 8 (Example Africa Wire) - Sudan's army said on Thursday it had repelled an attack by the paramilitary Rapid Support Forces on El Obeid, killing more than 100 of the attackers and destroying 22 combat vehicles.

The RSF said in a statement that its fighters had seized 15 army vehicles and taken 40 soldiers prisoner.

A doctors' union said at least 18 civilians had been killed and dozens wounded by shelling in the city.""",
[("Sudan's army says", "SDN", "assert"),
 ("Sudan's army said on Thursday", "SDN", "assert"),
 ("The RSF said in a statement", "RSF", "assert"),
 ("A doctors' union said", "", "assert")],
[("killing more than 100 of the attackers", "killed", 100, "RSF", "SDN"),
 ("destroying 22 combat vehicles", "vehicle", 22, "RSF", "SDN"),
 ("seized 15 army vehicles", "vehicle", 15, "SDN", "RSF"),
 ("taken 40 soldiers prisoner", "captured", 40, "SDN", "RSF"),
 ("at least 18 civilians had been killed", "killed", 18, "SDN", ""),
 ("dozens wounded", "wounded", None, "SDN", "")]))

A.append(("c31-10", "Example Horn Wire", "Ethiopia says Jijiga recaptured; Somali radio claims 300 Cubans killed", "1978-03-06",
"""Ethiopia says Jijiga recaptured; Somali radio claims 300 Cubans killed

NAIROBI, March 6 (Example Horn Wire) - Ethiopia's official radio said on Sunday that its forces, backed by Cuban troops, had recaptured the town of Jijiga and killed 3,000 Somali soldiers.

Radio Mogadishu, monitored here, said the Somali National Army had repulsed the attack. Its General Command said Somali forces had killed 300 Cuban troops and destroyed 20 Ethiopian tanks and two MiG-21 jets.

Addis Ababa's military communique said Ethiopian forces had captured 40 Somali tanks and 15 artillery pieces.""",
[("Ethiopia says Jijiga", "ETH", "assert"),
 ("Somali radio claims", "SOM", "assert"),
 ("Ethiopia's official radio said", "ETH", "assert"),
 ("Radio Mogadishu, monitored here, said", "SOM", "assert"),
 ("Its General Command said", "SOM", "assert"),
 ("Addis Ababa's military communique said", "ETH", "assert")],
[("300 Cubans killed", "killed", 300, "CUB", "SOM"),
 ("killed 3,000 Somali soldiers", "killed", 3000, "SOM", "ETH"),
 ("killed 300 Cuban troops", "killed", 300, "CUB", "SOM"),
 ("destroyed 20 Ethiopian tanks", "tank", 20, "ETH", "SOM"),
 ("two MiG-21 jets", "aircraft", 2, "ETH", "SOM"),
 ("captured 40 Somali tanks", "tank", 40, "SOM", "ETH"),
 ("15 artillery pieces", "artillery", 15, "SOM", "ETH")]))

A.append(("c31-11", "Inter-Services Public Relations", "Press release, Rawalpindi, 27 February 2019", "2019-02-27",
"""Press release, Rawalpindi, 27 February 2019

In response to the violation of Pakistani airspace by the Indian Air Force, the PAF today shot down two Indian aircraft inside Pakistani airspace. One of the aircraft fell inside Azad Jammu and Kashmir while the other fell in Indian-held Kashmir. One Indian pilot was arrested by our troops on the ground.

Indian shelling along the Line of Control today killed four civilians and wounded eleven others.

Our troops responded effectively, destroying five Indian posts. No Pakistani aircraft was lost.""",
[],
[("shot down two Indian aircraft", "aircraft", 2, "IND", ""),
 ("One Indian pilot was arrested", "captured", 1, "IND", ""),
 ("killed four civilians", "killed", 4, "PAK", ""),
 ("wounded eleven others", "wounded", 11, "PAK", "")]))

A.append(("c31-12", "Example Wire", "Libya's UN-backed government says al-Watiya base captured", "2020-05-18",
"""Libya's UN-backed government says al-Watiya base captured

TRIPOLI, May 18 (Example Wire) - Forces loyal to Libya's UN-backed Government of National Accord said on Monday they had captured al-Watiya air base from Khalifa Haftar's Libyan National Army, seizing eight Pantsir air defence systems.

A GNA spokesman, Mohammed Gnounou, said the forces had found at least a dozen burned-out LNA armoured vehicles at the base and had taken 30 fighters prisoner. Two GNA fighters had been killed, he said.

The LNA's spokesman, Ahmed al-Mismari, said its forces had withdrawn in a tactical redeployment and had shot down three Turkish-made drones in the past week.""",
[("Government of National Accord said on Monday", "LBY", "assert"),
 ("Mohammed Gnounou, said", "LBY", "assert"),
 ("had been killed, he said", "LBY", "assert"),
 ("Ahmed al-Mismari, said", "LNA", "assert")],
[("seizing eight Pantsir air defence systems", "air_defense", 8, "LNA", "LBY"),
 ("at least a dozen burned-out LNA armoured vehicles", "armored_vehicle", 12, "LNA", "LBY"),
 ("taken 30 fighters prisoner", "captured", 30, "LNA", "LBY"),
 ("Two GNA fighters had been killed", "killed", 2, "LBY", "LBY"),
 ("shot down three Turkish-made drones", "drone", 3, "LBY", "LNA")]))

ABOUT = ("counts31: 12 invented conflict news articles (Kargil 1999, Ouadi Doum 1987, Marawi 2017, Idlib 2020, "
         "the Red Sea 2024, the Kyrgyz-Tajik border 2022, a UN base in eastern Congo 2023, Ukraine 2022, El Obeid 2023, "
         "Jijiga 1978, a Pakistani military press release of 2019, al-Watiya 2020) written for session 31's 'counts5' lane "
         "and committed before parallax was run on them: counts (item, n, owner, claimed_by) and the claims that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts31/" + aid, "outlet": outlet, "title": title,
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
