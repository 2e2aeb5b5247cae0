#!/usr/bin/env python3
"""Builds articles.jsonl and the claims and people of gold.json from articles.src.

articles.src holds each article as '=== ID | TITLE | PUBLISHED' and its text; a gold claim is
marked inline as {{ANCHOR|SIDE|a or d|ACTOR}} (SIDE "" for none, ACTOR optional) and the markup
is removed from the text. The notes of gold.json's articles are kept from notes.json.
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "articles.src"), encoding="utf-8").read()
notes = json.load(open(os.path.join(HERE, "notes.json"), encoding="utf-8"))
MARK = re.compile(r"\{\{(.*?)\}\}", re.S)
arts, claims, people = [], [], []
for block in src.split("=== ")[1:]:
    head, body = block.split("\n", 1)
    aid, title, pub = [x.strip() for x in head.split("|")]
    body = body.strip()
    for m in MARK.finditer(body):
        parts = m.group(1).split("|")
        anchor, side, st = parts[0], parts[1].strip('"'), parts[2]
        c = {"article": aid, "anchor": anchor, "side": side, "stance": {"a": "assert", "d": "deny"}[st]}
        if len(parts) > 3 and parts[3]:
            c["actor"] = parts[3]
        claims.append(c)
    text = MARK.sub(lambda m: m.group(1).split("|")[0], body)
    arts.append({"id": aid, "url": "https://example.invalid/attrib28/" + aid, "outlet": "invented (parallax attrib28)",
                 "title": title, "published": pub, "language": "en", "text": text})
    for p in notes.get("people", {}).get(aid, []):
        people.append({"article": aid, "text": p[0], "canonical": p[1], "side": p[2]})
with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
gold = {"about": notes["about"], "articles": {a["id"]: {"note": notes["articles"].get(a["id"], "")} for a in arts},
        "claims": claims, "counts": [], "places": [], "people": people}
json.dump(gold, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(arts), "articles", len(claims), "claims", len(people), "people")
