"""Writes gold.json for articles.jsonl (the score tool's format: ../shared/tools/score).
Written before parallax first ran on the articles, with the conventions of
testdata/xdoc (README.md there): an article that recalls another incident
with its date belongs to that incident too; a party's count is the largest
figure it gives; "more than 60" counts as 60.

Usage: python3 testdata/xdoc2/make_gold.py > testdata/xdoc2/gold.json
"""
import json

arts = [json.loads(l) for l in open(__file__.rsplit("/", 1)[0] + "/articles.jsonl")]
g = {"about": "Second cross-article gold for the invented conflict reports of articles.jsonl: nine incidents in "
     "six conflicts that testdata/xdoc does not use (Israel-Gaza, Somalia-al-Shabaab, Myanmar, Mali and Burkina "
     "Faso-JNIM, Turkey-SDF/PKK, Nigeria-ISWAP), with hard negatives (same city four days apart, same day 90 km "
     "apart, one ministry's two statements of one day on two subjects), a translation, same-statement pairs, "
     "contradictions and a one-sided incident, and a few claims, counts, places and people. Sides as in "
     "DESIGN.md; ISWAP is ISIS; the Myanmar opposition government is NUG.",
     "articles": {a["id"]: {"file": a["id"], "published": a["published"]} for a in arts}}

inc = lambda id, date, articles, what: {"id": id, "date": date, "articles": articles, "what": what}
g["incidents"] = [
    inc("G1", "2024-09-14", ["g1-wafa", "g1-toi", "g1-wire", "g1-aje", "g2-wire"],
        "strike on the Al-Nour school shelter in Gaza City; g2-wire recalls it with its day"),
    inc("G2", "2024-09-18", ["g2-wafa", "g2-wire"], "strike on a house in Shujaiya, Gaza City, four days later"),
    inc("S1", "2024-03-05", ["s1-sonna", "s1-shabab", "s1-wire", "s1-garowe"], "al-Shabaab attack on the Sabiid base"),
    inc("M1", "2025-01-08", ["m1-nug", "m1-gnlm", "m1-mrtv", "m1-wire"], "junta air strike on Ohtaw village, Sagaing"),
    inc("L1", "2025-06-01", ["l1-fama", "l1-jnim", "l1-wire", "b1-wire"],
        "JNIM attack on the Boulkessi camp, Mali; b1-wire tells it in one sentence"),
    inc("B1", "2025-06-01", ["b1-aib", "b1-wire"], "attack on Djibo, Burkina Faso, the same day"),
    inc("Y1", "2024-12-10", ["y1-msb", "y1-sdf", "y1-wire"], "Turkish drone strikes near Kobani"),
    inc("Y2", "2024-12-10", ["y2-aa", "y2-sabah"], "Turkish strikes in the Metina region of northern Iraq, the same ministry the same day"),
    inc("N1", "2025-03-24", ["n1-army", "n1-wire"], "ISWAP attack on Marte, Borno; only the army speaks"),
]
g["same_statement"] = [["m1-gnlm", "m1-mrtv"], ["y2-aa", "y2-sabah"]]
# Y2 too: only Turkey speaks of strikes on the PKK (an annotation error of
# the first commit, found at the first run: by DESIGN's definition a party
# named in the events and never heard makes an incident one-sided).
g["one_sided"] = ["N1", "Y2"]

cnt = lambda i, item, owner, values: {"incident": i, "kind": "count", "item": item, "owner": owner, "values": values}
civ = lambda i, a, b, what: {"incident": i, "kind": "civilian_targeting", "between": [a, b], "what": what}
g["contradictions"] = [
    civ("G1", "HAMAS", "ISR", "Hamas: a massacre of displaced civilians; Israel: a Hamas command center, steps taken to spare civilians"),
    cnt("S1", "killed", "SOM", {"SOM": 3, "ALSHABAB": 31}),
    cnt("S1", "killed", "ALSHABAB", {"SOM": 47, "ALSHABAB": 4}),
    civ("M1", "NUG", "MMR", "NUG: 27 civilians killed at a monastery; the junta: only terrorists targeted, reports fabricated"),
    cnt("L1", "killed", "MLI", {"MLI": 5, "JNIM": 60}),
    civ("Y1", "SDF", "TUR", "SDF: a bakery and a power station hit, civilians killed; Turkey: no civilians harmed"),
    # Added after the first run (left out at first as Turkey's own statement
    # says 'neutralized'; the wire says 'Turkey said it had killed 12').
    cnt("Y1", "killed", "SDF", {"SDF": 2, "TUR": 12}),
]

cl = lambda a, anchor, side, stance, actor=None: dict(article=a, anchor=anchor, side=side, stance=stance, **({"actor": actor} if actor else {}))
g["claims"] = [
    cl("g1-toi", "carried out a precise strike on Hamas terrorists", "ISR", "assert"),
    cl("m1-gnlm", "no civilians were targeted", "MMR", "deny"),
    cl("m1-nug", "This is a deliberate attack on civilians and a war crime", "NUG", "assert"),
    cl("s1-shabab", "stormed a base of the apostate militia in Sabiid", "ALSHABAB", "assert"),
    cl("y1-sdf", "Turkish drones struck a bakery and a power station", "SDF", "assert"),
    cl("n1-army", "repelled an attack by ISWAP terrorists", "NGA", "assert"),
    cl("l1-jnim", "its fighters had taken control of the military barracks of Boulkessi", "JNIM", "assert"),
]
ct = lambda a, anchor, item, n, owner, by: dict(article=a, anchor=anchor, item=item, n=n, owner=owner, claimed_by=by)
g["counts"] = [
    ct("s1-sonna", "killing 47 of the terrorists", "killed", 47, "ALSHABAB", "SOM"),
    ct("s1-sonna", "Three soldiers were martyred", "killed", 3, "SOM", "SOM"),
    ct("s1-shabab", "killing 31 soldiers", "killed", 31, "SOM", "ALSHABAB"),
    ct("l1-fama", "Five soldiers were killed", "killed", 5, "MLI", "MLI"),
    ct("l1-jnim", "killed more than 60 soldiers", "killed", 60, "MLI", "JNIM"),
    ct("y1-sdf", "two fighters of the Syrian Democratic Forces", "killed", 2, "SDF", "SDF"),
    # Session 10: the other counts of the sentences above (the score tool
    # judges precision on every count of an anchored sentence).
    ct("s1-sonna", "five others were wounded", "wounded", 5, "SOM", "SOM"),
    ct("l1-fama", "eleven were wounded", "wounded", 11, "MLI", "MLI"),
    ct("y1-sdf", "killing five civilians", "killed", 5, "SYR", "SDF"),
]
pl = lambda a, text, lat, lon, cc: dict(article=a, text=text, lat=lat, lon=lon, country=cc)
g["places"] = [
    pl("g1-wafa", "Gaza City", 31.502, 34.467, "PS"),
    pl("y1-sdf", "Kobani", 36.891, 38.354, "SY"),
    pl("b1-aib", "Djibo", 14.102, -1.631, "BF"),
    pl("s1-wire", "Afgooye", 2.138, 45.121, "SO"),
    pl("n1-army", "Marte", 12.362, 13.829, "NG"),
    pl("m1-nug", "Sagaing Region", 22.0, 95.5, "MM"),
]
pe = lambda a, text, canon, side: dict(article=a, text=text, canonical=canon, side=side)
g["people"] = [
    pe("s1-sonna", "Abdullahi Warsame Hirsi", "Abdullahi Warsame Hirsi", "SOM"),
    pe("s1-garowe", "Ahmed Nur Gaab", "Ahmed Nur Gaab", "SOM"),
    pe("y1-sdf", "Dilovan Haso", "Dilovan Haso", "SDF"),
    pe("m1-nug", "Htet Lin Aung", "Htet Lin Aung", "NUG"),
    pe("n1-army", "Musa Adamu", "Musa Adamu", "NGA"),
]
texts = {a["id"]: " ".join(a["text"].split()) for a in arts}
for k in ("claims", "counts"):
    for x in g[k]:
        assert x["anchor"] in texts[x["article"]], x
for k in ("places", "people"):
    for x in g[k]:
        assert x["text"] in texts[x["article"]], x
ids = set(texts)
for i in g["incidents"]:
    assert set(i["articles"]) <= ids, i
print(json.dumps(g, indent=1, ensure_ascii=False))
