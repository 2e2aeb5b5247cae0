#!/usr/bin/env python3
"""Writes counts29b's articles.jsonl and gold.json (python3 make_counts29b.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c29b-01", "Example Subcontinent Wire", "India says 97 Pakistani tanks destroyed at Asal Uttar", "1965-09-11",
"""India says 97 Pakistani tanks destroyed at Asal Uttar

NEW DELHI, Sept 11 (Example Subcontinent Wire) - India said on Saturday its forces had destroyed or captured 97 Pakistani Patton tanks in the battle of Asal Uttar and lost twelve of their own.

A defence ministry spokesman said 1,100 Pakistani soldiers had been killed and 340 taken prisoner, and that Indian losses were 219 killed and 542 wounded.

Radio Pakistan said Pakistani forces had shot down twenty-two Indian aircraft since Sept 6, and put Pakistan's own air losses at four.

Western military attaches in Karachi said each side had lost about 150 tanks in the fortnight of fighting.""",
[("India says 97 Pakistani tanks destroyed", "IND", "assert"),
 ("India said on Saturday", "IND", "assert"),
 ("A defence ministry spokesman said", "IND", "assert"),
 ("Radio Pakistan said", "PAK", "assert"),
 ("Western military attaches in Karachi said", "", "assert")],
[("97 Pakistani tanks destroyed", "tank", 97, "PAK", "IND"),
 ("captured 97 Pakistani Patton tanks", "tank", 97, "PAK", "IND"),
 ("lost twelve of their own", "tank", 12, "IND", "IND"),
 ("1,100 Pakistani soldiers had been killed", "killed", 1100, "PAK", "IND"),
 ("340 taken prisoner", "captured", 340, "PAK", "IND"),
 ("219 killed", "killed", 219, "IND", "IND"),
 ("542 wounded", "wounded", 542, "IND", "IND"),
 ("shot down twenty-two Indian aircraft", "aircraft", 22, "IND", "PAK"),
 ("each side had lost about 150 tanks", "tank", 150, "", "")]))

A.append(("c29b-02", "Egyptian Armed Forces General Command", "Military Communique No. 42 of the General Command of the Egyptian Armed Forces, Cairo, 21 July 1969", "1969-07-21",
"""Military Communique No. 42 of the General Command of the Egyptian Armed Forces, Cairo, 21 July 1969

At 1400 hours today our forces on the Suez Canal front engaged enemy positions east of the canal with artillery.

The results of the engagement were as follows:
- Enemy killed: 40
- Tanks destroyed: 6 Centurion
- Aircraft shot down: 3
- Prisoners: 2

Our losses: seven martyrs and 16 wounded, and one aircraft which did not return to base.

The enemy's artillery shelled the town of Suez, killing four civilians and wounding nine.""",
[],
[("Enemy killed: 40", "killed", 40, "ISR", ""),
 ("Tanks destroyed: 6", "tank", 6, "ISR", ""),
 ("Aircraft shot down: 3", "aircraft", 3, "ISR", ""),
 ("Prisoners: 2", "captured", 2, "ISR", ""),
 ("seven martyrs", "killed", 7, "EGY", ""),
 ("16 wounded", "wounded", 16, "EGY", ""),
 ("one aircraft which did not return to base", "aircraft", 1, "EGY", ""),
 ("killing four civilians", "killed", 4, "EGY", ""),
 ("wounding nine", "wounded", 9, "EGY", "")]))

A.append(("c29b-03", "Example Anatolia Daily", "Security forces kill 31 PKK militants in Sirnak clashes", "1992-08-20",
"""Security forces kill 31 PKK militants in Sirnak clashes

ANKARA - Turkish security forces killed 31 PKK militants and captured five others in three days of clashes around Sirnak, the governor's office said yesterday.

It said eight soldiers and two village guards were killed and 14 soldiers wounded, and that troops had seized two heavy machine guns and a mortar.

The PKK, in a statement sent to a news agency in Germany, put its own dead at nine and said its fighters had killed more than 70 soldiers.

Residents said at least 20 civilians had been killed when the town was shelled.""",
[("the governor's office said yesterday", "TUR", "assert"),
 ("It said eight soldiers", "TUR", "assert"),
 ("put its own dead at nine and said", "PKK", "assert"),
 ("Residents said", "", "assert")],
[("kill 31 PKK militants", "killed", 31, "PKK", ""),
 ("killed 31 PKK militants", "killed", 31, "PKK", "TUR"),
 ("captured five others", "captured", 5, "PKK", "TUR"),
 ("eight soldiers and two village guards", "killed", 10, "TUR", "TUR"),
 ("14 soldiers wounded", "wounded", 14, "TUR", "TUR"),
 ("a mortar", "artillery", 1, "PKK", "TUR"),
 ("put its own dead at nine", "killed", 9, "PKK", "PKK"),
 ("killed more than 70 soldiers", "killed", 70, "TUR", "PKK"),
 ("at least 20 civilians had been killed", "killed", 20, "TUR", "")]))

A.append(("c29b-04", "Example Sudan Relief Network", "Statement on the fighting in Juba, 15 July 1992", "1992-07-15",
"""Statement on the fighting in Juba, 15 July 1992

NAIROBI - The Example Sudan Relief Network is gravely concerned by the fighting in Juba since the SPLA attack of 7 July. Our staff in the town have recorded the deaths of at least 180 civilians and the wounding of several hundred more.

Government shelling of the Munuki and Kator districts killed dozens of residents on 8 July alone.

The army said it had killed 600 rebels and lost 45 soldiers; the SPLA said it had lost 60 fighters and captured 200 government troops.

"We buried 23 people in one day," said a nurse at the Juba Teaching Hospital.""",
[("The army said it had killed", "SDN", "assert"),
 ("the SPLA said", "SPLA", "assert"),
 ("said a nurse at the Juba Teaching Hospital", "", "assert")],
[("the deaths of at least 180 civilians", "killed", 180, "SDN", ""),
 ("the wounding of several hundred more", "wounded", None, "SDN", ""),
 ("killed dozens of residents", "killed", None, "SDN", ""),
 ("killed 600 rebels", "killed", 600, "SPLA", "SDN"),
 ("lost 45 soldiers", "killed", 45, "SDN", "SDN"),
 ("lost 60 fighters", "killed", 60, "SPLA", "SPLA"),
 ("captured 200 government troops", "captured", 200, "SDN", "SPLA"),
 ("We buried 23 people", "killed", 23, "SDN", "")]))

A.append(("c29b-05", "Example Delhi Wire", "Transcript: defence ministry briefing on the NEFA front, New Delhi, 23 October 1962", "1962-10-23",
"""Transcript: defence ministry briefing on the NEFA front, New Delhi, 23 October 1962

MR. R. K. NAIR (Ministry spokesman): Our forward posts on the Namka Chu were attacked in strength on the morning of the 20th. Our troops fought gallantly. We estimate that our casualties so far are about 250 killed and 400 missing.

Q: Peking radio says 900 of your soldiers were taken prisoner. Is that correct?

MR. NAIR: We have no confirmation. The enemy suffered heavy losses; our men killed at least 300 of the attackers at Tsangdhar alone.

Q: Has any aircraft been lost?

MR. NAIR: One Dakota transport was damaged by ground fire while dropping supplies.""",
[("Peking radio says", "CHN", "assert")],
[("about 250 killed", "killed", 250, "IND", "IND"),
 ("400 missing", "missing", 400, "IND", "IND"),
 ("900 of your soldiers were taken prisoner", "captured", 900, "IND", "CHN"),
 ("killed at least 300 of the attackers", "killed", 300, "CHN", "IND"),
 ("One Dakota transport", "aircraft", 1, "IND", "IND")]))

A.append(("c29b-06", "Example Jerusalem Daily", "Five soldiers killed in canal shelling; IAF downs two MiGs", "1969-07-21",
"""Five soldiers killed in canal shelling; IAF downs two MiGs

TEL AVIV - Five Israeli soldiers were killed and eleven wounded yesterday when Egyptian artillery shelled positions along the Suez Canal, the army spokesman announced.

The spokesman said Israeli Air Force Mirages shot down two Egyptian MiG-21s over the canal and destroyed three Egyptian artillery batteries. One Israeli aircraft was hit but returned safely to base.

Cairo radio claimed that Egyptian gunners had killed 40 Israeli soldiers and destroyed six tanks, and that three Israeli aircraft had been downed.

A UN observer said both sides had lost several men in the exchanges of the past week.""",
[("the army spokesman announced", "ISR", "assert"),
 ("The spokesman said", "ISR", "assert"),
 ("Cairo radio claimed", "EGY", "assert"),
 ("A UN observer said", "UNO", "assert")],
[("Five soldiers killed", "killed", 5, "ISR", ""),
 ("two MiGs", "aircraft", 2, "EGY", ""),
 ("Five Israeli soldiers were killed", "killed", 5, "ISR", "ISR"),
 ("eleven wounded", "wounded", 11, "ISR", "ISR"),
 ("shot down two Egyptian MiG-21s", "aircraft", 2, "EGY", "ISR"),
 ("three Egyptian artillery batteries", "artillery", 3, "EGY", "ISR"),
 ("killed 40 Israeli soldiers", "killed", 40, "ISR", "EGY"),
 ("destroyed six tanks", "tank", 6, "ISR", "EGY"),
 ("three Israeli aircraft had been downed", "aircraft", 3, "ISR", "EGY"),
 ("both sides had lost several men", "killed", None, "", "UNO")]))

ABOUT = ("counts29b: 6 invented conflict wire articles (Asal Uttar 1965, the War of Attrition 1969 from both sides, "
         "Sirnak 1992, Juba 1992, the NEFA front 1962) written for session 29's 'counts3' lane after its fixes, committed "
         "before parallax was run on them (a blind measure): counts (item, n, owner, claimed_by) and the claims that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts29b/" + aid, "outlet": outlet, "title": title,
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
