#!/usr/bin/env python3
"""Writes counts31b's articles.jsonl and gold.json (python3 make_counts31b.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c31b-01", "Example Asia Wire", "Thailand says three soldiers killed in border clash with Cambodia", "2011-02-06",
"""Thailand says three soldiers killed in border clash with Cambodia

BANGKOK, Feb 6 (Example Asia Wire) - Thailand's army said on Sunday that three Thai soldiers had been killed and 19 wounded in a second day of artillery duels with Cambodian troops near the Preah Vihear temple. Two more are missing, an army spokesman said.

Cambodia's defence ministry said Cambodian gunners had destroyed four Thai tanks and that two Cambodian soldiers and a civilian had been killed.

Cambodia's health ministry said 34 people had been wounded in villages near the border, and that about 3,000 families had fled.""",
[("Thailand says three", "THA", "assert"),
 ("Thailand's army said on Sunday", "THA", "assert"),
 ("an army spokesman said", "THA", "assert"),
 ("Cambodia's defence ministry said", "KHM", "assert"),
 ("Cambodia's health ministry said", "KHM", "assert")],
[("three soldiers killed in border clash", "killed", 3, "THA", "THA"),
 ("three Thai soldiers had been killed", "killed", 3, "THA", "THA"),
 ("19 wounded", "wounded", 19, "THA", "THA"),
 ("Two more are missing", "missing", 2, "THA", "THA"),
 ("destroyed four Thai tanks", "tank", 4, "THA", "KHM"),
 ("two Cambodian soldiers", "killed", 2, "KHM", "KHM"),
 ("a civilian had been killed", "killed", 1, "KHM", "KHM"),
 ("34 people had been wounded", "wounded", 34, "KHM", "KHM")]))

A.append(("c31b-02", "Example Africa Wire", "Nigerian army says 41 insurgents killed in Borno raid", "2015-09-14",
"""Nigerian army says 41 insurgents killed in Borno raid

MAIDUGURI, Sept 14 (Example Africa Wire) - Nigeria's army said on Monday its troops had killed 41 Boko Haram insurgents and freed 28 hostages in a raid on a camp in the Sambisa forest.

Army spokesman Colonel Sani Usman said soldiers had found six burnt-out gun trucks at the camp and recovered the bodies of nine insurgents from a nearby river. One soldier was killed and four wounded, he said.

A Boko Haram video released on Tuesday said the group's fighters had killed dozens of soldiers and captured two armoured vehicles.""",
[("Nigerian army says", "NGA", "assert"),
 ("Nigeria's army said on Monday", "NGA", "assert"),
 ("Colonel Sani Usman said", "NGA", "assert"),
 ("four wounded, he said", "NGA", "assert"),
 ("A Boko Haram video released on Tuesday said", "BOKOHARAM", "assert")],
[("41 insurgents killed", "killed", 41, "BOKOHARAM", "NGA"),
 ("killed 41 Boko Haram insurgents", "killed", 41, "BOKOHARAM", "NGA"),
 ("six burnt-out gun trucks", "vehicle", 6, "BOKOHARAM", "NGA"),
 ("the bodies of nine insurgents", "killed", 9, "BOKOHARAM", "NGA"),
 ("One soldier was killed", "killed", 1, "NGA", "NGA"),
 ("four wounded", "wounded", 4, "NGA", "NGA"),
 ("killed dozens of soldiers", "killed", None, "NGA", "BOKOHARAM"),
 ("captured two armoured vehicles", "armored_vehicle", 2, "NGA", "BOKOHARAM")]))

A.append(("c31b-03", "Example Wire", "Peacekeepers killed as gunmen storm UN compound in South Sudan", "2013-12-20",
"""Peacekeepers killed as gunmen storm UN compound in South Sudan

JUBA, Dec 20 (Example Wire) - Two Indian peacekeepers were killed and one wounded when armed youths stormed a UN compound in Akobo on Thursday, the UN mission in South Sudan, UNMISS, said.

The mission said at least 11 civilians sheltering at the base were also killed. South Sudan's army spokesman, Philip Aguer, said government troops had killed 15 rebels in fighting near Bor and lost two soldiers.

Rebel leader Riek Machar's spokesman said the rebels had shot down a government helicopter near Bor.""",
[("the UN mission in South Sudan, UNMISS, said", "UNO", "assert"),
 ("The mission said at least 11", "UNO", "assert"),
 ("Philip Aguer, said", "SSD", "assert"),
 ("Riek Machar's spokesman said", "SPLMIO", "assert")],
[("Two Indian peacekeepers were killed", "killed", 2, "UNO", "UNO"),
 ("one wounded", "wounded", 1, "UNO", "UNO"),
 ("at least 11 civilians", "killed", 11, "SSD", "UNO"),
 ("killed 15 rebels", "killed", 15, "SPLMIO", "SSD"),
 ("lost two soldiers", "killed", 2, "SSD", "SSD"),
 ("shot down a government helicopter", "helicopter", 1, "SSD", "SPLMIO")]))

A.append(("c31b-04", "Example Gulf Wire", "Iraq says 1,146 Iranians killed in Basra offensive", "1987-01-12",
"""Iraq says 1,146 Iranians killed in Basra offensive

BAGHDAD, Jan 12 (Example Gulf Wire) - Iraq's General Command said on Monday that Iraqi forces had killed 1,146 Iranian troops and captured 24 tanks and 15 armoured personnel carriers in fighting east of Basra. It said 86 Iraqi soldiers had been killed and 374 were missing.

Iran had lost more than 5,000 men killed since the offensive began, the command said.

Tehran Radio said Iranian forces had destroyed at least 200 Iraqi armoured vehicles and downed four helicopters. Tehran's war information headquarters said its units had lost 300 men.""",
[("Iraq says 1,146", "IRQ", "assert"),
 ("Iraq's General Command said on Monday", "IRQ", "assert"),
 ("It said 86", "IRQ", "assert"),
 ("the command said", "IRQ", "assert"),
 ("Tehran Radio said", "IRN", "assert"),
 ("Tehran's war information headquarters said", "IRN", "assert")],
[("1,146 Iranians killed", "killed", 1146, "IRN", "IRQ"),
 ("killed 1,146 Iranian troops", "killed", 1146, "IRN", "IRQ"),
 ("captured 24 tanks", "tank", 24, "IRN", "IRQ"),
 ("15 armoured personnel carriers", "armored_vehicle", 15, "IRN", "IRQ"),
 ("86 Iraqi soldiers had been killed", "killed", 86, "IRQ", "IRQ"),
 ("374 were missing", "missing", 374, "IRQ", "IRQ"),
 ("lost more than 5,000 men killed", "killed", 5000, "IRN", "IRQ"),
 ("destroyed at least 200 Iraqi armoured vehicles", "armored_vehicle", 200, "IRQ", "IRN"),
 ("downed four helicopters", "helicopter", 4, "IRQ", "IRN"),
 ("lost 300 men", "killed", 300, "IRN", "IRN")]))

A.append(("c31b-05", "Inter-Services Public Relations", "Press release, Rawalpindi, 12 March 2023", "2023-03-12",
"""Press release, Rawalpindi, 12 March 2023

On the night of 11/12 March, terrorists attacked a security forces post in North Waziristan district. Our troops responded swiftly and effectively.

During the intense exchange of fire, six terrorists were sent to hell and their weapons recovered. Two wrecked terrorist vehicles were also found near the post.

Two of our brave soldiers embraced shahadat and three were injured. Two more remain missing.""",
[],
[("six terrorists were sent to hell", "killed", 6, "", ""),
 ("Two wrecked terrorist vehicles", "vehicle", 2, "", ""),
 ("Two of our brave soldiers", "killed", 2, "PAK", ""),
 ("three were injured", "wounded", 3, "PAK", ""),
 ("Two more remain missing", "missing", 2, "PAK", "")]))

A.append(("c31b-06", "Example Gulf Wire", "Saudi-led coalition says it destroyed Houthi drone boats", "2018-04-03",
"""Saudi-led coalition says it destroyed Houthi drone boats

RIYADH, April 3 (Example Gulf Wire) - The Saudi-led coalition said on Tuesday its warships had destroyed two Houthi drone boats packed with explosives off the port of Hodeidah and its aircraft had killed 36 Houthi fighters in strikes on Saada.

Houthi-run Al-Masirah TV said coalition air strikes had killed 12 civilians in Saada, and that Houthi air defences had shot down a Saudi F-15 fighter jet, which Riyadh denied.

Houthi military spokesman Yahya Saree said in a statement that Houthi forces had killed or wounded 40 Saudi soldiers in Jizan.""",
[("Saudi-led coalition says", "SAU", "assert"),
 ("The Saudi-led coalition said on Tuesday", "SAU", "assert"),
 ("Al-Masirah TV said", "HOUTHIS", "assert"),
 ("which Riyadh denied", "SAU", "deny"),
 ("Yahya Saree said in a statement", "HOUTHIS", "assert")],
[("killed 36 Houthi fighters", "killed", 36, "HOUTHIS", "SAU"),
 ("killed 12 civilians", "killed", 12, "YEM", "HOUTHIS"),
 ("shot down a Saudi F-15 fighter jet", "aircraft", 1, "SAU", "HOUTHIS"),
 ("killed or wounded 40 Saudi soldiers", "killed", 40, "SAU", "HOUTHIS")]))

ABOUT = ("counts31b: 6 invented conflict news articles (the Thai-Cambodian border 2011, Borno 2015, a UN compound in South "
         "Sudan 2013, east of Basra 1987, a Pakistani military press release of 2023, the Red Sea coast 2018) written for session "
         "31's 'counts5' lane after its fixes and committed before parallax was run on them (blind): counts (item, n, owner, "
         "claimed_by) and the claims that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts31b/" + aid, "outlet": outlet, "title": title,
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
