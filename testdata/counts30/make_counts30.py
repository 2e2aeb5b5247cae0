#!/usr/bin/env python3
"""Writes counts30's articles.jsonl and gold.json (python3 make_counts30.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c30-01", "Example Gulf Wire", "Iran says Khorramshahr retaken, claims 12,000 Iraqi prisoners", "1982-05-25",
"""Iran says Khorramshahr retaken, claims 12,000 Iraqi prisoners

NICOSIA, May 25 (Example Gulf Wire) - Iran said on Tuesday its forces had recaptured the port of Khorramshahr and taken 12,000 Iraqi soldiers prisoner, while Iraq said its troops had withdrawn in good order after killing 2,500 Iranians.

Tehran Radio, monitored here, said the Iranian forces had destroyed 80 Iraqi tanks, 45 armoured personnel carriers and 12 artillery pieces in the final assault.

Baghdad's military communique said Iraqi aircraft had flown 140 sorties and shot down three Iranian F-4 Phantoms. It said Iraq had lost one MiG-23.

Neither figure could be checked independently. Diplomats in Baghdad said the Iraqi army had probably lost several thousand men in the three-week battle.""",
[("Iran said on Tuesday", "IRN", "assert"),
 ("while Iraq said", "IRQ", "assert"),
 ("Tehran Radio, monitored here, said", "IRN", "assert"),
 ("Baghdad's military communique said", "IRQ", "assert"),
 ("It said Iraq had lost", "IRQ", "assert"),
 ("Diplomats in Baghdad said", "", "assert")],
[("claims 12,000 Iraqi prisoners", "captured", 12000, "IRQ", "IRN"),
 ("taken 12,000 Iraqi soldiers prisoner", "captured", 12000, "IRQ", "IRN"),
 ("killing 2,500 Iranians", "killed", 2500, "IRN", "IRQ"),
 ("destroyed 80 Iraqi tanks", "tank", 80, "IRQ", "IRN"),
 ("45 armoured personnel carriers", "armored_vehicle", 45, "IRQ", "IRN"),
 ("12 artillery pieces", "artillery", 12, "IRQ", "IRN"),
 ("shot down three Iranian F-4 Phantoms", "aircraft", 3, "IRN", "IRQ"),
 ("lost one MiG-23", "aircraft", 1, "IRQ", "IRQ"),
 ("lost several thousand men", "killed", None, "IRQ", "")]))

A.append(("c30-02", "Example London Daily", "Two Harriers lost as troops land at San Carlos", "1982-05-22",
"""Two Harriers lost as troops land at San Carlos

LONDON - Britain lost two Harrier jump jets and a Gazelle helicopter on Friday as troops went ashore at San Carlos, the Ministry of Defence said last night.

The ministry said British forces had shot down 14 Argentine aircraft during the day. Army units ashore had also destroyed two Pucara ground-attack planes and a Chinook helicopter on the ground, it said.

Buenos Aires claimed a far greater success. An Argentine military communique said its pilots had hit nine British ships and downed six Harriers, and admitted the loss of ten of its own aircraft.

"We lost one pilot, and three of our aircrew were wounded," a Royal Navy officer told reporters aboard HMS Hermes.""",
[("the Ministry of Defence said last night", "GBR", "assert"),
 ("The ministry said British forces", "GBR", "assert"),
 ("on the ground, it said", "GBR", "assert"),
 ("An Argentine military communique said", "ARG", "assert"),
 ("a Royal Navy officer told reporters", "GBR", "assert")],
[("Two Harriers lost", "aircraft", 2, "GBR", ""),
 ("lost two Harrier jump jets", "aircraft", 2, "GBR", "GBR"),
 ("a Gazelle helicopter", "helicopter", 1, "GBR", "GBR"),
 ("shot down 14 Argentine aircraft", "aircraft", 14, "ARG", "GBR"),
 ("destroyed two Pucara ground-attack planes", "aircraft", 2, "ARG", "GBR"),
 ("a Chinook helicopter", "helicopter", 1, "ARG", "GBR"),
 ("downed six Harriers", "aircraft", 6, "GBR", "ARG"),
 ("ten of its own aircraft", "aircraft", 10, "ARG", "ARG"),
 ("We lost one pilot", "killed", 1, "GBR", "GBR"),
 ("three of our aircrew were wounded", "wounded", 3, "GBR", "GBR")]))

A.append(("c30-03", "Eritrean Ministry of Defence", "Statement of the Ministry of Defence of the State of Eritrea, Asmara, 26 February 1999", "1999-02-26",
"""Statement of the Ministry of Defence of the State of Eritrea, Asmara, 26 February 1999

In the fighting on the Badme front between 23 and 25 February, our Defence Forces repulsed three waves of attacks by the Ethiopian army.

The outcome of the three days of fighting is as follows:
Ethiopian soldiers put out of action: 9,000
Tanks: 18 T-55
Armoured vehicles: 7
Aircraft: one MiG-23

Our forces also captured two tanks, three BTR-60 armoured personnel carriers and an anti-aircraft gun in working order.

Eritrean losses in the three days were 140 martyrs and 390 wounded.""",
[],
[("put out of action: 9,000", "killed", 9000, "ETH", ""),
 ("Tanks: 18", "tank", 18, "ETH", ""),
 ("Armoured vehicles: 7", "armored_vehicle", 7, "ETH", ""),
 ("Aircraft: one MiG-23", "aircraft", 1, "ETH", ""),
 ("captured two tanks", "tank", 2, "ETH", ""),
 ("three BTR-60 armoured personnel carriers", "armored_vehicle", 3, "ETH", ""),
 ("an anti-aircraft gun", "air_defense", 1, "ETH", ""),
 ("140 martyrs", "killed", 140, "ERI", ""),
 ("390 wounded", "wounded", 390, "ERI", "")]))

A.append(("c30-04", "Example World Live", "Georgia conflict: live updates", "2008-08-10",
"""Georgia conflict: live updates

14:05 Georgia's Interior Ministry says Georgian forces have shot down four Russian aircraft since Friday, including a Tu-22 bomber. Russia's defence ministry has confirmed the loss of two Su-25 jets.

14:20 Russia's General Staff says 18 Russian servicemen have been killed and 52 wounded in South Ossetia. Fourteen more are missing, a deputy chief of the General Staff, Anatoly Nogovitsyn, told a briefing.

14:42 Alexander Lomaia, secretary of Georgia's Security Council, says Georgian troops have destroyed 10 Russian tanks and 20 other armoured vehicles near Tskhinvali.

15:10 The Georgian government says 130 Georgians have been killed, most of them civilians, and 1,165 wounded, in air raids on Gori and other towns.

15:31 Reuters photographer: at least a dozen burned-out Georgian tanks are lying on the road north of Gori.""",
[("Georgia's Interior Ministry says", "GEO", "assert"),
 ("Russia's defence ministry has confirmed", "RUS", "assert"),
 ("Russia's General Staff says", "RUS", "assert"),
 ("Anatoly Nogovitsyn, told a briefing", "RUS", "assert"),
 ("secretary of Georgia's Security Council, says", "GEO", "assert"),
 ("The Georgian government says", "GEO", "assert")],
[("shot down four Russian aircraft", "aircraft", 4, "RUS", "GEO"),
 ("the loss of two Su-25 jets", "aircraft", 2, "RUS", "RUS"),
 ("18 Russian servicemen have been killed", "killed", 18, "RUS", "RUS"),
 ("52 wounded", "wounded", 52, "RUS", "RUS"),
 ("Fourteen more are missing", "missing", 14, "RUS", "RUS"),
 ("destroyed 10 Russian tanks", "tank", 10, "RUS", "GEO"),
 ("20 other armoured vehicles", "armored_vehicle", 20, "RUS", "GEO"),
 ("130 Georgians have been killed", "killed", 130, "GEO", "GEO"),
 ("1,165 wounded", "wounded", 1165, "GEO", "GEO"),
 ("at least a dozen burned-out Georgian tanks", "tank", 12, "GEO", "")]))

A.append(("c30-05", "Example Colombo Daily", "Elephant Pass: army admits heavy losses", "2000-04-24",
"""Elephant Pass: army admits heavy losses

COLOMBO - The army yesterday admitted that 167 soldiers had been killed and 420 wounded in four days of fighting around Elephant Pass, the highest toll it has given in a single battle.

Military spokesman Brigadier Sanath Karunaratne said troops had killed more than 600 Tiger rebels. He said the air force had lost a Mi-24 helicopter gunship and an Israeli-built Kfir jet to rebel fire, but denied that the Tigers had captured any artillery.

The LTTE, in a statement faxed to news agencies in London, said its cadres had killed 1,000 soldiers and seized 20 artillery guns and four tanks. It put the number of its own fighters killed at 102.

Hospital sources in Jaffna said 25 civilians had been wounded by shelling.""",
[("The army yesterday admitted", "LKA", "assert"),
 ("Military spokesman Brigadier Sanath Karunaratne said", "LKA", "assert"),
 ("He said the air force", "LKA", "assert"),
 ("in a statement faxed to news agencies in London, said", "LTTE", "assert"),
 ("It put the number of its own fighters", "LTTE", "assert"),
 ("Hospital sources in Jaffna said", "", "assert")],
[("167 soldiers had been killed", "killed", 167, "LKA", "LKA"),
 ("420 wounded", "wounded", 420, "LKA", "LKA"),
 ("killed more than 600 Tiger rebels", "killed", 600, "LTTE", "LKA"),
 ("a Mi-24 helicopter gunship", "helicopter", 1, "LKA", "LKA"),
 ("an Israeli-built Kfir jet", "aircraft", 1, "LKA", "LKA"),
 ("killed 1,000 soldiers", "killed", 1000, "LKA", "LTTE"),
 ("seized 20 artillery guns", "artillery", 20, "LKA", "LTTE"),
 ("four tanks", "tank", 4, "LKA", "LTTE"),
 ("its own fighters killed at 102", "killed", 102, "LTTE", "LTTE"),
 ("25 civilians had been wounded", "wounded", 25, "LKA", "")]))

A.append(("c30-06", "Example Levant Wire", "Israel says 15 soldiers killed in south Lebanon, Hezbollah claims tank hits", "2006-08-10",
"""Israel says 15 soldiers killed in south Lebanon, Hezbollah claims tank hits

BEIRUT, Aug 10 (Example Levant Wire) - Hezbollah said its fighters had destroyed 21 Merkava tanks in southern Lebanon on Wednesday, while the Israeli army said 15 of its soldiers had been killed and that its troops had killed about 40 guerrillas.

The group's Al-Manar television said the fighters had also shot down an Israeli helicopter near Marjayoun. The Israeli army denied any aircraft had been hit.

An Israeli army spokeswoman said two soldiers were missing after a clash near Bint Jbeil. "Our forces destroyed 12 rocket launchers and a Hezbollah command post," she said.

Lebanese police said Israeli air strikes had killed 19 civilians in the villages of Srifa and Qana since dawn.""",
[("Israel says 15 soldiers killed", "ISR", "assert"),
 ("Hezbollah said its fighters", "HEZBOLLAH", "assert"),
 ("while the Israeli army said", "ISR", "assert"),
 ("The group's Al-Manar television said", "HEZBOLLAH", "assert"),
 ("The Israeli army denied", "ISR", "deny"),
 ("An Israeli army spokeswoman said", "ISR", "assert"),
 ("command post,\" she said", "ISR", "assert"),
 ("Lebanese police said", "LBN", "assert")],
[("15 soldiers killed in south Lebanon", "killed", 15, "ISR", "ISR"),
 ("destroyed 21 Merkava tanks", "tank", 21, "ISR", "HEZBOLLAH"),
 ("15 of its soldiers had been killed", "killed", 15, "ISR", "ISR"),
 ("killed about 40 guerrillas", "killed", 40, "HEZBOLLAH", "ISR"),
 ("shot down an Israeli helicopter", "helicopter", 1, "ISR", "HEZBOLLAH"),
 ("two soldiers were missing", "missing", 2, "ISR", "ISR"),
 ("destroyed 12 rocket launchers", "artillery", 12, "HEZBOLLAH", "ISR"),
 ("killed 19 civilians", "killed", 19, "LBN", "LBN")]))

A.append(("c30-07", "Example Monitoring Digest", "Ecuador says two Peruvian helicopters downed in Cenepa", "1995-02-11",
"""Ecuador says two Peruvian helicopters downed in Cenepa

Text of report by Ecuadorean radio on 10 February

The Joint Command of the Armed Forces announced in a communique read on national radio this evening that Ecuadorean forces had shot down two Peruvian Mi-8 helicopters, an A-37 jet and a Sukhoi fighter-bomber over the Cenepa valley since Tuesday.

The communique said 42 Peruvian soldiers had been killed in attacks on the Tiwinza and Base Sur posts, and that Ecuador's own losses were three soldiers dead and nine wounded.

Peru's President Alberto Fujimori, speaking in Lima, acknowledged the loss of one helicopter but said Peruvian troops had killed more than 60 Ecuadoreans.

[Passage omitted]""",
[("Ecuador says two Peruvian helicopters", "ECU", "assert"),
 ("The Joint Command of the Armed Forces announced", "ECU", "assert"),
 ("The communique said 42", "ECU", "assert"),
 ("acknowledged the loss of one helicopter", "PER", "assert", "Alberto Fujimori")],
[("two Peruvian helicopters downed", "helicopter", 2, "PER", "ECU"),
 ("shot down two Peruvian Mi-8 helicopters", "helicopter", 2, "PER", "ECU"),
 ("an A-37 jet", "aircraft", 1, "PER", "ECU"),
 ("a Sukhoi fighter-bomber", "aircraft", 1, "PER", "ECU"),
 ("42 Peruvian soldiers had been killed", "killed", 42, "PER", "ECU"),
 ("three soldiers dead", "killed", 3, "ECU", "ECU"),
 ("nine wounded", "wounded", 9, "ECU", "ECU"),
 ("the loss of one helicopter", "helicopter", 1, "PER", "PER"),
 ("killed more than 60 Ecuadoreans", "killed", 60, "ECU", "PER")]))

A.append(("c30-08", "Example Gulf Wire", "Houthis say they downed US drone over Hodeidah", "2019-06-20",
"""Houthis say they downed US drone over Hodeidah

DUBAI, June 20 (Example Gulf Wire) - Yemen's Houthi movement said on Thursday it had shot down a U.S. MQ-9 Reaper drone over Hodeidah province, the second it has claimed this month.

The Saudi-led coalition said its air defences had intercepted five drones launched by the Houthis towards the Saudi city of Abha. It did not comment on the Reaper.

A U.S. defense official, speaking on condition of anonymity, confirmed that an MQ-9 had been lost over Yemen but said the cause was under investigation.

Separately, the coalition said 23 Houthi fighters were killed in clashes in al-Dhalea province, and the Houthis' al-Masirah TV said coalition air strikes had killed seven civilians in Saada.""",
[("Houthis say they downed", "HOUTHIS", "assert"),
 ("Yemen's Houthi movement said on Thursday", "HOUTHIS", "assert"),
 ("The Saudi-led coalition said", "SAU", "assert"),
 ("confirmed that an MQ-9", "USA", "assert"),
 ("the coalition said 23", "SAU", "assert"),
 ("al-Masirah TV said", "HOUTHIS", "assert")],
[("downed US drone", "drone", 1, "USA", "HOUTHIS"),
 ("shot down a U.S. MQ-9 Reaper drone", "drone", 1, "USA", "HOUTHIS"),
 ("intercepted five drones", "drone", 5, "HOUTHIS", "SAU"),
 ("an MQ-9 had been lost", "drone", 1, "USA", "USA"),
 ("23 Houthi fighters were killed", "killed", 23, "HOUTHIS", "SAU"),
 ("killed seven civilians", "killed", 7, "YEM", "HOUTHIS")]))

A.append(("c30-09", "Example Sahel Report", "Four peacekeepers killed in attack on UN base in northern Mali", "2021-01-16",
"""Four peacekeepers killed in attack on UN base in northern Mali

BAMAKO - Four peacekeepers were killed and five wounded when gunmen attacked a United Nations camp near Timbuktu early on Friday, the UN mission in Mali, MINUSMA, said.

The mission said its troops had repelled the attack and that the attackers had left behind the bodies of six fighters. A vehicle of the mission was destroyed by an improvised explosive device during the pursuit, it added.

The UN Secretary-General condemned the attack in a statement, saying it was the deadliest on peacekeepers in Mali this year.

Mali's army said separately that 11 of its soldiers had died when their convoy hit a mine near Boni, and that two more were missing.""",
[("the UN mission in Mali, MINUSMA, said", "UNO", "assert"),
 ("The mission said its troops", "UNO", "assert"),
 ("during the pursuit, it added", "UNO", "assert"),
 ("Mali's army said separately", "MLI", "assert")],
[("Four peacekeepers killed in attack", "killed", 4, "UNO", ""),
 ("Four peacekeepers were killed", "killed", 4, "UNO", "UNO"),
 ("five wounded", "wounded", 5, "UNO", "UNO"),
 ("the bodies of six fighters", "killed", 6, "", "UNO"),
 ("A vehicle of the mission was destroyed", "vehicle", 1, "UNO", "UNO"),
 ("11 of its soldiers had died", "killed", 11, "MLI", "MLI"),
 ("two more were missing", "missing", 2, "MLI", "MLI")]))

A.append(("c30-10", "Example Andes Daily", "Army says 33 FARC rebels killed in bombing raid", "2012-03-23",
"""Army says 33 FARC rebels killed in bombing raid

BOGOTA - Colombia's armed forces said on Wednesday that 33 FARC guerrillas had been killed in an air and ground operation in Arauca, the deadliest single strike against the rebels in years.

Defence Minister Juan Carlos Pinzon told reporters that troops had also captured three rebels and seized 40 rifles and two trucks. He said one soldier had been killed and four wounded.

In a message posted on a rebel website, the FARC's Eastern Bloc said 11 soldiers had been killed in an ambush near Tame the same week.""",
[("Army says 33 FARC rebels", "COL", "assert"),
 ("Colombia's armed forces said on Wednesday", "COL", "assert"),
 ("Defence Minister Juan Carlos Pinzon told reporters", "COL", "assert"),
 ("He said one soldier", "COL", "assert"),
 ("the FARC's Eastern Bloc said", "FARC", "assert")],
[("33 FARC rebels killed", "killed", 33, "FARC", "COL"),
 ("33 FARC guerrillas had been killed", "killed", 33, "FARC", "COL"),
 ("captured three rebels", "captured", 3, "FARC", "COL"),
 ("two trucks", "vehicle", 2, "FARC", "COL"),
 ("one soldier had been killed", "killed", 1, "COL", "COL"),
 ("four wounded", "wounded", 4, "COL", "COL"),
 ("11 soldiers had been killed", "killed", 11, "COL", "FARC")]))

A.append(("c30-11", "Syrian General Command", "Communique No. 17 of the General Command of the Army and Armed Forces, Damascus, 9 October 1973", "1973-10-09",
"""Communique No. 17 of the General Command of the Army and Armed Forces, Damascus, 9 October 1973

Our air defences and air force today continued to confront enemy air raids on our towns and positions.

The following results were achieved during the day:
1. Enemy aircraft shot down: 21
2. Enemy tanks destroyed: 35
3. Enemy half-tracks destroyed: 12

Eight of our aircraft were lost, and their pilots were recovered. Enemy raids on Damascus killed 17 civilians, among them five children.""",
[],
[("Enemy aircraft shot down: 21", "aircraft", 21, "ISR", ""),
 ("Enemy tanks destroyed: 35", "tank", 35, "ISR", ""),
 ("Enemy half-tracks destroyed: 12", "armored_vehicle", 12, "ISR", ""),
 ("Eight of our aircraft were lost", "aircraft", 8, "SYR", ""),
 ("killed 17 civilians", "killed", 17, "SYR", "")]))

A.append(("c30-12", "Example Kyiv Bulletin", "Russia's losses in the past day, according to the General Staff", "2023-06-12",
"""Russia's losses in the past day, according to the General Staff

Ukraine's General Staff said on Monday that its forces had killed 840 Russian troops over the past day. Its daily tally also listed:

- tanks: 12
- armoured combat vehicles: 21
- artillery systems: 26
- air defence systems: 2
- drones: 19

The Russian Defence Ministry said in its own daily briefing that it had destroyed eight Ukrainian tanks, including four Leopards, and 11 armoured vehicles near Velyka Novosilka. It said Russian air defences had shot down 27 Ukrainian drones overnight.

Neither side's figures can be independently verified.""",
[("Ukraine's General Staff said on Monday", "UKR", "assert"),
 ("The Russian Defence Ministry said", "RUS", "assert"),
 ("It said Russian air defences", "RUS", "assert")],
[("killed 840 Russian troops", "killed", 840, "RUS", "UKR"),
 ("tanks: 12", "tank", 12, "RUS", "UKR"),
 ("armoured combat vehicles: 21", "armored_vehicle", 21, "RUS", "UKR"),
 ("artillery systems: 26", "artillery", 26, "RUS", "UKR"),
 ("air defence systems: 2", "air_defense", 2, "RUS", "UKR"),
 ("drones: 19", "drone", 19, "RUS", "UKR"),
 ("destroyed eight Ukrainian tanks", "tank", 8, "UKR", "RUS"),
 ("11 armoured vehicles", "armored_vehicle", 11, "UKR", "RUS"),
 ("shot down 27 Ukrainian drones", "drone", 27, "UKR", "RUS")]))

A.append(("c30-13", "Example Manila Post", "Filipino sailor loses thumb as Chinese coast guard rams supply boats", "2024-06-18",
"""Filipino sailor loses thumb as Chinese coast guard rams supply boats

MANILA - The Philippine military said on Tuesday that Chinese coast guard personnel armed with knives and axes had boarded two Philippine navy boats near Second Thomas Shoal and seized seven rifles, wounding eight sailors.

One of the wounded, a navy sailor, lost his right thumb, armed forces chief General Romeo Brawner told reporters.

China's coast guard said it had taken "necessary control measures" against Philippine vessels that had "illegally intruded" and that no one on the Chinese side had been hurt.""",
[("The Philippine military said on Tuesday", "PHL", "assert"),
 ("General Romeo Brawner told reporters", "PHL", "assert"),
 ("China's coast guard said", "CHN", "assert")],
[("wounding eight sailors", "wounded", 8, "PHL", "PHL")]))

A.append(("c30-14", "Example Nairobi Times", "Transcript: KDF briefing on the El Adde attack", "2016-01-17",
"""Transcript: KDF briefing on the El Adde attack

NAIROBI - Transcript of the briefing by the Kenya Defence Forces spokesman, Colonel David Obonyo, on Sunday.

OBONYO: Our soldiers fought gallantly. I can confirm that al-Shabaab lost more than 100 fighters in the counter-attack and that our forces destroyed four of their technicals.

QUESTION: Al-Shabaab says it killed 63 Kenyan soldiers and captured 12. Is that true?

OBONYO: Those figures are propaganda. We will give our own casualty figures when the families have been informed. Two of our armoured vehicles were damaged.

QUESTION: Have any soldiers been taken hostage?

OBONYO: We cannot rule it out.""",
[("Al-Shabaab says it killed", "ALSHABAB", "assert")],
[("lost more than 100 fighters", "killed", 100, "ALSHABAB", "KEN"),
 ("destroyed four of their technicals", "vehicle", 4, "ALSHABAB", "KEN"),
 ("killed 63 Kenyan soldiers", "killed", 63, "KEN", "ALSHABAB"),
 ("captured 12", "captured", 12, "KEN", "ALSHABAB"),
 ("Two of our armoured vehicles were damaged", "armored_vehicle", 2, "KEN", "KEN")]))

A.append(("c30-15", "Example Strategic Review", "Analysis: what the first three weeks cost", "2003-04-10",
"""Analysis: what the first three weeks cost

LONDON - Three weeks into the war, the two sides' figures for the fighting around Nasiriyah and Baghdad remain far apart.

U.S. Central Command says 101 American troops have been killed in action, and that coalition forces have destroyed more than 800 Iraqi tanks and 600 artillery pieces. Iraq's information minister, Mohammed Saeed al-Sahhaf, said last week that Iraqi forces had killed 300 American soldiers and downed five Apache helicopters, a figure the Pentagon dismissed.

Britain says 30 of its service members have died and that its troops have taken 6,500 Iraqi prisoners around Basra.

Independent estimates of Iraqi military dead run from 2,000 to 6,000.""",
[("U.S. Central Command says", "USA", "assert"),
 ("said last week", "IRQ", "assert", "Mohammed Saeed al-Sahhaf"),
 ("Britain says 30", "GBR", "assert")],
[("101 American troops have been killed", "killed", 101, "USA", "USA"),
 ("destroyed more than 800 Iraqi tanks", "tank", 800, "IRQ", "USA"),
 ("600 artillery pieces", "artillery", 600, "IRQ", "USA"),
 ("killed 300 American soldiers", "killed", 300, "USA", "IRQ"),
 ("downed five Apache helicopters", "helicopter", 5, "USA", "IRQ"),
 ("30 of its service members have died", "killed", 30, "GBR", "GBR"),
 ("taken 6,500 Iraqi prisoners", "captured", 6500, "IRQ", "GBR"),
 ("run from 2,000 to 6,000", "killed", 2000, "IRQ", "", 6000)]))

ABOUT = ("counts30: 15 invented conflict and international news articles (Khorramshahr 1982, San Carlos 1982, Badme 1999, "
         "South Ossetia 2008, Elephant Pass 2000, south Lebanon 2006, Cenepa 1995, Yemen 2019, a UN camp in Mali 2021, "
         "Arauca 2012, the Golan 1973, Ukraine 2023, Second Thomas Shoal 2024, El Adde 2016, Iraq 2003) written for "
         "session 30's 'counts4' lane and committed before parallax was run on them: counts (item, n, owner, claimed_by) "
         "and the claims that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts30/" + aid, "outlet": outlet, "title": title,
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
