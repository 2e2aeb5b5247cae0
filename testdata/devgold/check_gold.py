#!/usr/bin/env python3
"""Consistency check of the development gold: every anchor occurs exactly once in its
article's text (after collapsing white space, and after the scorer's normalisation),
stays inside one sentence, and every field uses the vocabularies of DESIGN.md section 3.

usage: python3 testdata/devgold/check_gold.py [DIR]   (DIR holds articles.jsonl and gold.json;
       default: this folder; testdata/heldout uses it too)
"""
import json
import os
import re
import sys
import unicodedata

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'}
# abbreviations whose full stop does not end a sentence
ABBREV = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Col|Capt|Lt|Gen|Sgt|Maj|Brig|Rep|Sen|Gov)\.(?:\s|(?=[A-Z“\"]))")
ITEMS = {"helicopter", "drone", "tank", "air_defense", "armored_vehicle", "artillery",
         "aircraft", "vehicle", "killed", "wounded", "captured", "missing"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    texts = {}
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            rec = json.loads(line)
            for k in ("id", "url", "outlet", "title", "language", "text"):
                if not isinstance(rec.get(k), str) or not rec[k]:
                    sys.exit(f"articles.jsonl:{i}: field {k} missing")
            if "published" in rec and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"]):
                sys.exit(f"articles.jsonl:{i}: published {rec['published']!r} is not YYYY-MM-DD")
            if rec["id"] in texts:
                sys.exit(f"articles.jsonl:{i}: duplicate id {rec['id']}")
            texts[rec["id"]] = rec["text"]
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    problems = []
    if set(gold["articles"]) != set(texts):
        problems.append("gold articles and articles.jsonl ids differ")
    side = re.compile(r"^[A-Z0-9]*$")
    for kind in ("claims", "counts"):
        for g in gold[kind]:
            t = texts.get(g["article"])
            if t is None:
                problems.append(f"{kind}: unknown article {g['article']}")
                continue
            a = g["anchor"]
            plain = re.sub(r"\s+", " ", t).count(re.sub(r"\s+", " ", a))
            normed = norm(t).count(norm(a))
            if plain != 1 or normed != 1:
                problems.append(f"{kind}: anchor found {plain}/{normed} times in {g['article']}: {a!r}")
            if "\n" in a or re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", ABBREV.sub(" ", a)):
                problems.append(f"{kind}: anchor may cross a sentence boundary: {a!r}")
            for k in ("side", "owner", "claimed_by"):
                if k in g and not side.match(g[k]):
                    problems.append(f"{kind}: bad {k} {g[k]!r}")
            if kind == "claims" and g["stance"] not in ("assert", "deny"):
                problems.append(f"claims: bad stance {g['stance']!r}")
            if kind == "counts" and (g["item"] not in ITEMS or not (g["n"] is None or isinstance(g["n"], int))):
                problems.append(f"counts: bad item or n: {g}")
    for g in gold["places"]:
        if g["text"] not in texts.get(g["article"], ""):
            problems.append(f"places: {g['text']!r} not in {g['article']}")
        if not (-90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180 and re.fullmatch(r"[A-Z]{2}", g["country"])):
            problems.append(f"places: bad point or country {g}")
    for g in gold["people"]:
        if g["text"] not in texts.get(g["article"], ""):
            problems.append(f"people: {g['text']!r} not in {g['article']}")
        if not side.match(g["side"]):
            problems.append(f"people: bad side {g}")
    for p in problems:
        print(p)
    print(f"{len(texts)} articles, {len(gold['claims'])} claims, {len(gold['counts'])} counts, "
          f"{len(gold['places'])} places, {len(gold['people'])} people; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
