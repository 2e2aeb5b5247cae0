import json, re, sys
# usage: gen.py SRC OUTDIR ; SRC: articles separated by lines "=== id | date | outlet | title | note",
# text with [[anchor|SIDE|stance|actor|mention]] marks (actor, mention optional).
src, out, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
arts, gold = [], {"about": "", "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
blocks = re.split(r"^=== ", open(src).read(), flags=re.M)[1:]
for b in blocks:
    head, body = b.split("\n", 1)
    aid, date, outlet, title, note = [x.strip() for x in head.split("|")]
    people = {}
    def rep(m):
        parts = m.group(1).split("|")
        anchor, side, stance = parts[0], parts[1], parts[2]
        actor = parts[3] if len(parts) > 3 else ""
        c = {"article": aid, "anchor": anchor, "side": side, "stance": stance}
        if actor:
            c["actor"] = actor
            mention = parts[4] if len(parts) > 4 else actor
            people.setdefault(actor, (mention, side))
        gold["claims"].append(c)
        return anchor
    text = re.sub(r"\[\[(.*?)\]\]", rep, body.strip(), flags=re.S)
    for actor, (mention, side) in people.items():
        gold["people"].append({"article": aid, "text": mention, "canonical": actor, "side": side})
    arts.append({"id": aid, "url": f"https://example.org/{prefix}/{aid}", "outlet": outlet, "title": title,
                 "published": date, "language": "en", "text": text})
    gold["articles"][aid] = {"published": date, "note": note}
gold["about"] = open(src).readline().strip("# \n")
with open(out + "/articles.jsonl", "w") as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
json.dump(gold, open(out + "/gold.json", "w"), ensure_ascii=False, indent=1)
print(len(arts), "articles", len(gold["claims"]), "claims", len(gold["people"]), "people")
