#!/usr/bin/env python3
"""Rebuild dev.jsonl, the development clusters of incident grouping and
duplicate detection (see README.md), from ../shared/data/voa and the seeds.

usage: python3 testdata/clusters/make_dev.py ../shared > testdata/clusters/dev.jsonl

Deterministic: the same inputs give the same file.
"""
import gzip
import json
import re
import sys

shared = sys.argv[1]
voa = {}
with gzip.open(f"{shared}/data/voa/voa_stories.jsonl.gz", "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        voa[d["id"]] = d

# Incident labels, by hand after reading the stories. Stories of one week
# that share a theme but report different happenings (a G7 meeting and the
# Jeddah talks before it; three tariff moves; a transfer of migrants and a
# court hearing about them) are different incidents.
LABELS = {
    "8005899": "jeddah-ceasefire-talks", "8008456": "jeddah-ceasefire-talks",
    "8010030": "g7-charlevoix", "8010842": "g7-charlevoix",
}
MARCH = [i for i, d in voa.items() if d["published"] >= "2025-03-09"]
OLDER = ["6180015", "6180932", "6181235", "6184244", "6184384", "6202743", "6203896", "6205674",
         "7750892", "7836916"]

def rec(d, label, **extra):
    r = {"id": d["id"], "url": d["url"], "outlet": "Voice of America", "title": d["title"],
         "published": d["published"][:10], "language": "en", "text": d["text"],
         "incident": label, "duplicate_of": "", "duplicate_kind": ""}
    r.update(extra)
    return r

out = []
for i in sorted(MARCH) + OLDER:
    d = voa[i]
    out.append(rec(d, LABELS.get(i, "voa-" + i)))

# The seeds: 000/001 report the same day's fighting, 002/003 render one
# statement (same_statement), 004 stands alone.
seed_labels = {"000": "karabakh-2020-09-27", "001": "karabakh-2020-09-27",
               "002": "border-2022-09-13", "003": "border-2022-09-13", "004": "karabakh-2023-09-19"}
with open(f"{shared}/corpus/seeds/seeds.jsonl", encoding="utf-8") as f:
    for line in f:
        s = json.loads(line)
        out.append({"id": "seed-" + s["id"], "url": "", "outlet": "", "title": "", "published": s["published"],
                    "language": "en", "text": s["text"], "incident": seed_labels[s["id"]],
                    "duplicate_of": "seed-002" if s["id"] == "003" else "",
                    "duplicate_kind": "same_statement" if s["id"] == "003" else ""})

def sentences(t):
    return re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", t)

# Scraped copies of real stories, made with the edits aggregators and
# scrapers make: junk tokens, a new headline, share buttons, truncation,
# dropped paragraphs, a footer, straightened quotes, an inserted "Related"
# line, a dropped lede, or nothing at all (an exact copy).
def junk(t, d):
    return "[ad_1]\n" + t + "\n[ad_2]"

def headline(t, d):
    return "BREAKING: " + d["title"].upper() + "\n\n" + t + "\n\nShare this:\nFacebook\nTwitter\nWhatsApp"

def truncate(t, d):
    s = sentences(t)
    return " ".join(s[: max(3, len(s) * 6 // 10)]) + "\n\nRead the full story at voanews.com"

def drop_middle(t, d):
    s = sentences(t)
    k = len(s) // 3
    return " ".join(s[:k] + s[k + 3:]) + "\n\n© 2025 Example News Network. All rights reserved."

def quotes(t, d):
    s = sentences(t)
    k = len(s) // 2
    t = " ".join(s[:k]) + "\n\nRelated: Europe holds high-level talks on rearming continent\n\n" + " ".join(s[k:])
    return t.replace("“", '"').replace("”", '"').replace("’", "'").replace(". ", ".  ")

def exact(t, d):
    return t

def no_lede(t, d):
    s = sentences(t)
    return "Advertisement\n\n" + " ".join(s[2:]) + "\n\nAdvertisement"

COPIES = [("8005899", junk, "near_duplicate"), ("8010842", headline, "near_duplicate"),
          ("8006924", truncate, "near_duplicate"), ("8009719", drop_middle, "near_duplicate"),
          ("8008456", quotes, "near_duplicate"), ("8008349", exact, "exact"),
          ("8010418", no_lede, "near_duplicate"), ("6202743", headline, "near_duplicate")]
for n, (i, edit, kind) in enumerate(COPIES, 1):
    d = voa[i]
    r = rec(d, LABELS.get(i, "voa-" + i), duplicate_of=i, duplicate_kind=kind)
    r["id"] = f"{i}-copy{n}"
    r["url"] = f"https://aggregator.example/{i}-{n}"
    r["outlet"] = "Example Aggregator"
    r["text"] = edit(d["text"], d)
    out.append(r)

for r in out:
    print(json.dumps(r, ensure_ascii=False))
