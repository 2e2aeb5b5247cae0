"""Writes gold.json for articles.jsonl (the score tool's format: ../shared/tools/score).
Written before parallax first ran on the articles; see README.md.

Usage: python3 testdata/xdoc/make_gold.py > testdata/xdoc/gold.json
"""
import json

arts = [json.loads(l) for l in open(__file__.rsplit("/", 1)[0] + "/articles.jsonl")]
g = {"about": "Cross-article gold for the invented conflict reports of articles.jsonl: fifteen incidents in "
     "twelve conflicts (2021-2025), same-statement pairs, contradictions and one-sided incidents, with a few "
     "claims, counts, places and people. Sides as in DESIGN.md; UNK is the actor base's code for Kosovo; "
     "the Taliban's Islamic Emirate is TALIBAN. Counts per party are the largest figure the party gives "
     "(README: partyValues). An incident's date is a day or a [first, last] window.",
     "articles": {a["id"]: {"file": a["id"], "published": a["published"]} for a in arts}}

inc = lambda id, date, articles, what: {"id": id, "date": date, "articles": articles, "what": what}
g["incidents"] = [
    inc("T1", "2025-05-28", ["t1-thai-army", "t1-khmer-mod", "t1-wire", "t2-thaipbs"],
        "Chong Bok shooting; t2-thaipbs recalls it with its date"),
    inc("T2", "2025-06-04", ["t2-wire", "t2-akp", "t2-thaipbs"], "Ta Muen Thom clash a week later, ~190 km west"),
    inc("I1", ["2025-05-06", "2025-05-07"], ["i1-pib", "i1-dawn", "i1-app", "i1-wire", "i1-doha"],
        "Indian missile strikes on Pakistan and shelling on the Line of Control"),
    inc("H1", "2025-03-22", ["h1-toi", "h1-beirut", "h1-wire"], "rockets at Metula, Israeli strikes in south Lebanon"),
    inc("Y1", "2025-03-22", ["y1-wire", "y1-saba", "y1-masirah"], "US strikes on Sanaa and Saada"),
    inc("R1", "2025-10-18", ["r1-kyiv", "r1-ukrinform", "r1-tass", "r1-wire"], "missile strike on a Dnipro apartment block"),
    inc("R2", ["2025-10-17", "2025-10-18"], ["r2-tass", "r2-wire"], "drones on Saratov overnight; only Russia speaks"),
    inc("D1", ["2025-02-14", "2025-02-15"], ["d1-okapi", "d1-m23", "d1-kigali", "d1-wire"], "FARDC-M23 fighting near Kavumu"),
    inc("S1", "2025-05-04", ["s1-suna", "s1-wire", "s1-tribune"], "drones on Port Sudan; only the army speaks"),
    inc("E1", "2021-06-22", ["e1-wire", "e1-tigray", "e1-ebc"], "air strike on Abiy Addi market"),
    inc("K1", "2022-09-16", ["k1-bishkek", "k1-dushanbe", "k1-wire", "k1-later"], "Kyrgyz-Tajik border fighting"),
    inc("K0", "2021-04-29", ["k1-later"], "the 2021 Kok-Tash clash, background in k1-later"),
    inc("X1", ["2023-09-24", "2023-09-25"], ["x1-pristina", "x1-belgrade", "x1-wire"], "Banjska attack"),
    inc("A1", "2021-11-16", ["a1-yerevan", "a1-apa", "a1-azertac", "a1-wire"], "Armenia-Azerbaijan border fighting"),
    inc("P1", ["2025-10-11", "2025-10-12"], ["p1-dawn", "p1-kabul", "p1-wire", "p1-tribune"], "Pakistan-Taliban border fighting"),
]
g["same_statement"] = [["i1-dawn", "i1-app"], ["y1-saba", "y1-masirah"], ["a1-apa", "a1-azertac"]]
g["one_sided"] = ["R2", "S1"]

ini = lambda i, a, b, what: {"incident": i, "kind": "initiator", "between": [a, b], "what": what}
cnt = lambda i, item, owner, values: {"incident": i, "kind": "count", "item": item, "owner": owner, "values": values}
g["contradictions"] = [
    ini("T1", "THA", "KHM", "each army says the other fired first"),
    ini("T2", "THA", "KHM", "each says the other opened fire; Cambodia calls the Thai claim false"),
    cnt("T2", "killed", "KHM", {"THA": 4, "KHM": 1}),
    ini("I1", "IND", "PAK", "Pakistan: unprovoked Indian aggression; India: Pakistani shelling killed civilians in Poonch"),
    cnt("I1", "aircraft", "IND", {"PAK": 5, "IND": 1}),
    {"incident": "I1", "kind": "civilian_targeting", "between": ["PAK", "IND"],
     "what": "Pakistan: mosques and homes hit, civilians killed; India: no civilian site hit"},
    ini("H1", "ISR", "HEZBOLLAH", "Israel: Hezbollah fired on Metula; Hezbollah denies it and calls the strikes aggression"),
    ini("Y1", "USA", "HOUTHIS", "US: strikes answer Houthi attacks on shipping; Houthis: American aggression"),
    cnt("R1", "killed", "UKR", {"UKR": 11, "RUS": 40}),
    {"incident": "R1", "kind": "civilian_targeting", "between": ["UKR", "RUS"],
     "what": "Ukraine: a residential block hit; Russia: it does not strike residential buildings"},
    ini("D1", "COD", "M23", "Congo: M23 and Rwandan troops attacked; M23: the army attacked first"),
    cnt("D1", "killed", "M23", {"COD": 40, "M23": 4}),
    {"incident": "D1", "kind": "denial", "between": ["COD", "RWA"], "what": "Rwanda rejects the claim that its troops fought"},
    {"incident": "E1", "kind": "civilian_targeting", "between": ["TPLF", "ETH"],
     "what": "TPLF: civilians bombed at a market; the army: reports fabricated, no civilians targeted"},
    ini("K1", "KGZ", "TJK", "each says the other started the fighting"),
    cnt("K1", "killed", "KGZ", {"KGZ": 24, "TJK": 57}),
    ini("X1", "UNK", "SRB", "Kosovo: Serbia behind the attack; Serbia: denies it, Kurti's terror provoked it"),
    ini("A1", "ARM", "AZE", "Armenia: Azerbaijani offensive; Azerbaijan: Armenian provocation"),
    cnt("A1", "captured", "ARM", {"ARM": 13, "AZE": 32}),
    ini("P1", "PAK", "TALIBAN", "Pakistan: unprovoked Taliban attack; Taliban: retaliation for violations"),
    cnt("P1", "killed", "PAK", {"PAK": 19, "TALIBAN": 58}),
    cnt("P1", "killed", "TALIBAN", {"PAK": 200, "TALIBAN": 9}),
]

cl = lambda a, anchor, side, stance, actor=None: dict(article=a, anchor=anchor, side=side, stance=stance, **({"actor": actor} if actor else {}))
g["claims"] = [
    cl("t1-thai-army", "opened fire first on a Thai unit", "THA", "assert"),
    cl("t1-khmer-mod", "Thai soldiers shot first at a patrol", "KHM", "assert"),
    cl("t2-akp", "rejected as completely false the Thai army's claim", "KHM", "deny"),
    cl("h1-toi", "Hezbollah fired on Metula in a blatant violation", "ISR", "assert"),
    cl("h1-beirut", "Hezbollah denied on Saturday any link to the rockets", "HEZBOLLAH", "deny"),
    cl("e1-ebc", "reports that civilians were killed at a market were fabricated", "ETH", "deny"),
    cl("d1-kigali", "rejected claims by the Congolese army that Rwandan troops took part", "RWA", "deny"),
    cl("p1-kabul", "Taliban forces had carried out retaliatory operations", "TALIBAN", "assert", "Zabihullah Mujahid"),
    cl("s1-wire", "Army spokesman Hassan Ibrahim blamed the paramilitary Rapid Support Forces", "SDN", "assert"),
    cl("k1-dushanbe", "Kyrgyz armed forces fired on the Tajik village", "TJK", "assert"),
    cl("a1-yerevan", "one Armenian soldier was killed, 13 were captured", "ARM", "assert"),
    cl("x1-pristina", "Belgrade is behind this attack on our state", "UNK", "assert", "Albin Kurti"),
]
ct = lambda a, anchor, item, n, owner, by: dict(article=a, anchor=anchor, item=item, n=n, owner=owner, claimed_by=by)
g["counts"] = [
    ct("i1-dawn", "shot down five Indian aircraft", "aircraft", 5, "IND", "PAK"),
    ct("t2-thaipbs", "killed four Cambodian soldiers", "killed", 4, "KHM", "THA"),
    ct("t2-akp", "killing one Cambodian soldier", "killed", 1, "KHM", "KHM"),
    ct("r1-tass", "eliminating 40 Ukrainian servicemen", "killed", 40, "UKR", "RUS"),
    ct("r1-kyiv", "killing nine civilians", "killed", 9, "UKR", "UKR"),
    ct("d1-okapi", "killed 40 M23 rebels", "killed", 40, "M23", "COD"),
    ct("d1-m23", "Four M23 fighters were killed", "killed", 4, "M23", "M23"),
    ct("a1-apa", "32 Armenian servicemen were taken prisoner", "captured", 32, "ARM", "AZE"),
    ct("a1-yerevan", "13 were captured", "captured", 13, "ARM", "ARM"),
    ct("p1-kabul", "killing 58 Pakistani soldiers", "killed", 58, "PAK", "TALIBAN"),
    ct("p1-dawn", "Nineteen Pakistani soldiers were martyred", "killed", 19, "PAK", "PAK"),
    ct("k1-dushanbe", "killed 57 Kyrgyz servicemen", "killed", 57, "KGZ", "TJK"),
    ct("s1-tribune", "downed eight of them", "drone", 8, "RSF", "SDN"),
    # Session 10: the other counts of the sentences above. The score tool
    # judges precision on every count of a sentence that holds a gold
    # anchor, so an anchored sentence must list all its counts (DESIGN §3,
    # testdata/devgold/README.md: shares such as "three of them" and "a
    # 12-year-old girl" among the dead are counts, as in the count probes).
    ct("a1-yerevan", "one Armenian soldier was killed", "killed", 1, "ARM", "ARM"),
    ct("a1-yerevan", "24 were missing", "missing", 24, "ARM", "ARM"),
    ct("a1-apa", "two tanks were destroyed", "tank", 2, "ARM", "AZE"),
    ct("i1-dawn", "three of them Rafale jets", "aircraft", 3, "IND", "PAK"),
    ct("p1-dawn", "200 Afghan Taliban fighters", "killed", 200, "TALIBAN", "PAK"),
    ct("p1-kabul", "wounding 30", "wounded", 30, "PAK", "TALIBAN"),
    ct("r1-kyiv", "a 12-year-old girl", "killed", 1, "UKR", "UKR"),
    ct("r1-kyiv", "injuring 41", "wounded", 41, "UKR", "UKR"),
    ct("k1-dushanbe", "two Kyrgyz tanks", "tank", 2, "KGZ", "TJK"),
    ct("t2-akp", "wounding three", "wounded", 3, "KHM", "KHM"),
    ct("t2-thaipbs", "two Thai soldiers were wounded", "wounded", 2, "THA", "THA"),
]
pl = lambda a, text, lat, lon, cc: dict(article=a, text=text, lat=lat, lon=lon, country=cc)
g["places"] = [
    pl("i1-dawn", "Bahawalpur", 29.396, 71.684, "PK"),
    pl("i1-dawn", "Muridke", 31.802, 74.255, "PK"),
    pl("i1-app", "Muzaffarabad", 34.370, 73.471, "PK"),
    pl("h1-toi", "Metula", 33.280, 35.579, "IL"),
    pl("r1-kyiv", "Dnipro", 48.450, 34.983, "UA"),
    pl("r2-tass", "Saratov", 51.543, 46.008, "RU"),
    pl("d1-okapi", "Bukavu", -2.508, 28.861, "CD"),
    pl("s1-suna", "Port Sudan", 19.616, 37.216, "SD"),
    pl("x1-pristina", "Banjska", 42.967, 20.794, "XK"),
    pl("a1-apa", "Kalbajar", 40.105, 46.038, "AZ"),
    pl("k1-dushanbe", "Isfara", 40.126, 70.625, "TJ"),
    pl("y1-saba", "Saada", 16.940, 43.761, "YE"),
    pl("t2-wire", "Surin", 14.883, 103.494, "TH"),
    pl("p1-tribune", "Chaman", 30.921, 66.451, "PK"),
]
pe = lambda a, text, canon, side: dict(article=a, text=text, canonical=canon, side=side)
g["people"] = [
    pe("p1-kabul", "Zabihullah Mujahid", "Zabihullah Mujahid", "TALIBAN"),
    pe("x1-pristina", "Albin Kurti", "Albin Kurti", "UNK"),
    pe("x1-belgrade", "Aleksandar Vucic", "Aleksandar Vučić", "SRB"),
    pe("y1-saba", "Yahya Saree", "Yahya Saree", "HOUTHIS"),
    pe("e1-wire", "Getachew Reda", "Getachew Reda", "TPLF"),
    pe("h1-wire", "Nawaf Salam", "Nawaf Salam", "LBN"),
    pe("h1-toi", "Israel Katz", "Israel Katz", "ISR"),
    pe("k1-later", "Sadyr Japarov", "Sadyr Japarov", "KGZ"),
    pe("r1-wire", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "UKR"),
]
# every anchor must be in its article
texts = {a["id"]: " ".join(a["text"].split()) for a in arts}
for k in ("claims", "counts"):
    for x in g[k]:
        assert x["anchor"] in texts[x["article"]], x
for k in ("places", "people"):
    for x in g[k]:
        assert x["text"] in texts[x["article"]], x
print(json.dumps(g, indent=1, ensure_ascii=False))
