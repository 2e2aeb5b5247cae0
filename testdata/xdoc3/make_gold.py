"""Writes gold.json for articles.jsonl (the score tool's format: ../shared/tools/score).
Written before parallax first ran on the articles, with the conventions of
testdata/xdoc and testdata/xdoc2 (README.md there): an article that tells
or recalls another incident with its date or weekday belongs to that
incident too (a live blog to both incidents it covers; a follow-up to the
incident it recalls); a commemoration belongs to the old incident only; a
party's count is the largest figure it gives; an overnight strike reported
in the morning is dated by the night's two days.

Usage: python3 testdata/xdoc3/make_gold.py > testdata/xdoc3/gold.json
"""
import json

arts = [json.loads(l) for l in open(__file__.rsplit("/", 1)[0] + "/articles.jsonl")]
g = {"about": "Third cross-article gold for the invented conflict reports of articles.jsonl: twelve incidents in "
     "conflicts that testdata/xdoc and xdoc2 do not use (Israel-Iran, Ukraine's strikes on Russian refineries, "
     "Venezuela-Guyana, Libya GNU-LNA, Mozambique-Islamic State, Cameroon's Anglophone conflict, Colombia-ELN, "
     "Haiti's gangs, Israel-UNIFIL), with a live blog covering two incidents, a follow-up four days later, "
     "hard negatives (two refineries on consecutive days, one day in two conflicts, a commemoration of a "
     "2020 killing the same day as a new attack nearby), two translations, initiator, count, civilian-targeting "
     "and denial contradictions, two one-sided incidents, and a few claims, counts, places and people. Sides as "
     "in DESIGN.md; the Libyan National Army is LNA, the Tripoli government LBY; Islamic State's Mozambique "
     "branch is ISIS.",
     "articles": {a["id"]: {"file": a["id"], "published": a["published"]} for a in arts}}

inc = lambda id, date, articles, what: {"id": id, "date": date, "articles": articles, "what": what}
g["incidents"] = [
    inc("J1", "2025-06-16", ["j1-toi", "j1-irna", "j1-tasnim", "j1-wire", "j-live"],
        "Iranian missiles on Haifa; the live blog covers it with J2"),
    inc("J2", "2025-06-16", ["j2-presstv", "j2-idf", "j-live"], "Israeli strike on the state broadcaster in Tehran"),
    inc("U1", ["2025-08-11", "2025-08-12"], ["u1-genstaff", "u1-tass", "u1-wire", "u1-followup"],
        "drones on the Novokuibyshevsk refinery overnight; u1-followup recalls it four days later ('last Tuesday')"),
    inc("U2", ["2025-08-12", "2025-08-13"], ["u2-genstaff", "u2-tass"], "drones on the Syzran refinery the next night"),
    inc("V1", "2025-02-17", ["v1-gdf", "v1-caracas", "v1-wire"], "shooting at a Guyanese patrol on the Cuyuni River"),
    inc("L1", "2025-09-03", ["l1-lna-a", "l1-lna-b", "l1-gnu", "l1-wire"], "GNU-LNA clashes near Abu Grein"),
    inc("Z1", "2024-05-10", ["z1-mod", "z1-amaq", "z1-wire", "z1-carta"],
        "Islamic State attack on Macomia; z1-carta recalls 'last week's attack' five days later"),
    inc("C1", "2025-02-14", ["c1-army", "c1-wire"], "separatist attack on a checkpoint near Nkambe; only the army speaks"),
    inc("C0", "2020-02-14", ["c0-memorial"], "the Ngarbuh killings of 2020, commemorated the day of C1"),
    inc("K1", "2025-03-31", ["k1-army", "k1-eln", "k1-wire"], "ELN drone attack on the Tibu army base"),
    inc("H1", "2025-03-31", ["h1-pnh", "h1-wire"], "gang attack on Mirebalais the same day; only the police speak of it"),
    inc("N1", "2024-10-10", ["n1-unifil", "n1-idf", "n1-nna", "n1-wire"], "Israeli tank fire on UNIFIL's Naqoura headquarters"),
]
g["same_statement"] = [["j1-irna", "j1-tasnim"], ["l1-lna-a", "l1-lna-b"]]
# C1: the army speaks, the separatists named in its events never do.
# H1: the police speak (the UN is no party), the gang is never heard.
g["one_sided"] = ["C1", "H1"]

cnt = lambda i, item, owner, values: {"incident": i, "kind": "count", "item": item, "owner": owner, "values": values}
two = lambda i, kind, a, b, what: {"incident": i, "kind": kind, "between": [a, b], "what": what}
g["contradictions"] = [
    two("J1", "civilian_targeting", "ISR", "IRN", "Israel: homes hit, civilians aimed at; the IRGC: only energy and military sites, civilian casualties are propaganda"),
    two("J2", "civilian_targeting", "IRN", "ISR", "Iran: journalists and a civilian media building; Israel: a military communications centre"),
    two("U1", "denial", "RUS", "UKR", "the governor calls Ukraine's statements that the plant stopped false"),
    two("V1", "initiator", "GUY", "VEN", "Guyana: Venezuelan troops fired on the patrol; Venezuela: Guyanese soldiers fired at fishermen"),
    two("L1", "initiator", "LBY", "LNA", "each says the other attacked"),
    cnt("Z1", "killed", "MOZ", {"MOZ": 3, "ISIS": 20}),
    cnt("K1", "killed", "COL", {"COL": 2, "ELN": 9}),
    two("N1", "denial", "UNO", "ISR", "UNIFIL: deliberate fire at the position's cameras; Israel rejects deliberate targeting"),
]

cl = lambda a, anchor, side, stance, actor=None: dict(article=a, anchor=anchor, side=side, stance=stance, **({"actor": actor} if actor else {}))
g["claims"] = [
    cl("j1-toi", "The Iranian regime is deliberately aiming at civilians in their homes", "ISR", "assert"),
    cl("j1-irna", "claims of civilian casualties are propaganda", "IRN", "deny"),
    cl("j2-presstv", "the attack on journalists and a civilian media building was a war crime", "IRN", "assert"),
    cl("u1-tass", "had been put out of operation were false", "RUS", "deny"),
    cl("v1-caracas", "rejected accusations by Guyana that Venezuelan troops had fired on Guyanese soldiers", "VEN", "deny"),
    cl("l1-gnu", "forces loyal to Khalifa Haftar had attacked positions of the Libyan army near Abu Grein", "LBY", "assert"),
    cl("k1-eln", "its units had attacked the army's base in Tibu, killing nine soldiers", "ELN", "assert"),
    cl("n1-idf", "rejected claims that it had deliberately targeted the peacekeepers", "ISR", "deny"),
    cl("c1-army", "repelled an attack by separatist fighters on a checkpoint near Nkambe", "CMR", "assert"),
]
ct = lambda a, anchor, item, n, owner, by: dict(article=a, anchor=anchor, item=item, n=n, owner=owner, claimed_by=by)
g["counts"] = [
    ct("z1-mod", "killing 18 terrorists", "killed", 18, "ISIS", "MOZ"),
    ct("z1-mod", "Three soldiers were killed", "killed", 3, "MOZ", "MOZ"),
    ct("z1-amaq", "killed 20 Mozambican soldiers", "killed", 20, "MOZ", "ISIS"),
    ct("k1-army", "Two soldiers were killed", "killed", 2, "COL", "COL"),
    ct("k1-eln", "killing nine soldiers", "killed", 9, "COL", "ELN"),
    ct("l1-gnu", "killing two soldiers", "killed", 2, "LBY", "LBY"),
    ct("c1-army", "Two soldiers were killed", "killed", 2, "CMR", "CMR"),
    ct("n1-unifil", "Two peacekeepers were injured", "wounded", 2, "UNO", "UNO"),
]
pl = lambda a, text, lat, lon, cc: dict(article=a, text=text, lat=lat, lon=lon, country=cc)
g["places"] = [
    pl("j1-toi", "Haifa", 32.794, 34.989, "IL"),
    pl("u1-tass", "Novokuibyshevsk", 53.096, 49.946, "RU"),
    pl("u2-tass", "Syzran", 53.159, 48.468, "RU"),
    pl("l1-wire", "Abu Grein", 31.44, 15.25, "LY"),
    pl("z1-mod", "Macomia", -12.245, 40.125, "MZ"),
    pl("c1-wire", "Nkambe", 6.583, 10.667, "CM"),
    pl("k1-wire", "Tibu", 8.639, -72.735, "CO"),
    pl("h1-wire", "Mirebalais", 18.834, -72.105, "HT"),
    pl("n1-wire", "Naqoura", 33.118, 35.139, "LB"),
]
pe = lambda a, text, canon, side: dict(article=a, text=text, canonical=canon, side=side)
g["people"] = [
    pe("u1-tass", "Vyacheslav Fedorishchev", "Vyacheslav Fedorishchev", "RUS"),
    pe("l1-gnu", "Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah", "LBY"),
    pe("n1-nna", "Najib Mikati", "Najib Mikati", "LBN"),
    pe("j2-idf", "Israel Katz", "Israel Katz", "ISR"),
    pe("z1-carta", "Tomas Badae", "Tomas Badae", "MOZ"),
]
texts = {a["id"]: " ".join(a["text"].split()) for a in arts}
for k in ("claims", "counts"):
    for x in g[k]:
        assert x["anchor"] in texts[x["article"]], x
for k in ("places", "people"):
    for x in g[k]:
        assert x["text"] in texts[x["article"]], x
ids = set(texts)
seen = set()
for i in g["incidents"]:
    assert set(i["articles"]) <= ids, i
    seen |= set(i["articles"])
assert seen == ids, ids - seen
print(json.dumps(g, indent=1, ensure_ascii=False))
