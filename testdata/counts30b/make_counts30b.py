#!/usr/bin/env python3
"""Writes counts30b's articles.jsonl and gold.json (python3 make_counts30b.py DIR)."""
import json, os, sys

A = []  # (id, outlet, title, published, text, claims, counts)
# claims: (anchor, side, stance[, actor]); counts: (anchor, item, n, owner, claimed_by[, n_max])

A.append(("c30b-01", "Example Himalaya Wire", "India says 20 soldiers killed in Galwan clash with Chinese troops", "2020-06-17",
"""India says 20 soldiers killed in Galwan clash with Chinese troops

NEW DELHI, June 17 (Example Himalaya Wire) - India said on Tuesday that 20 of its soldiers had been killed in a clash with Chinese troops in the Galwan valley, the first deadly confrontation on the disputed border in 45 years.

An Indian army statement said 17 soldiers who had been critically injured at the site died of their wounds overnight, bringing the toll to 20. It said there had been casualties on both sides.

China's foreign ministry did not give any figures. Eight months later, China's People's Liberation Army Daily said four Chinese soldiers had died in the clash.

Indian government sources told reporters that 43 Chinese soldiers had been killed or wounded.""",
[("India said on Tuesday", "IND", "assert"),
 ("An Indian army statement said", "IND", "assert"),
 ("People's Liberation Army Daily said", "CHN", "assert"),
 ("Indian government sources told reporters", "IND", "assert")],
[("20 soldiers killed in Galwan", "killed", 20, "IND", "IND"),
 ("20 of its soldiers had been killed", "killed", 20, "IND", "IND"),
 ("17 soldiers who had been critically injured", "killed", 17, "IND", "IND"),
 ("four Chinese soldiers had died", "killed", 4, "CHN", "CHN"),
 ("43 Chinese soldiers had been killed or wounded", "killed", 43, "CHN", "IND")]))

A.append(("c30b-02", "Nigerian Army Directorate of Army Public Relations", "Press release: troops clear Boko Haram enclaves in Sambisa", "2016-12-24",
"""Press release: troops clear Boko Haram enclaves in Sambisa

Troops of Operation Lafiya Dole have cleared the remaining Boko Haram enclaves in the Sambisa forest after three days of intense fighting.

The breakdown of the operation is as follows:
- Terrorists neutralised: 38
- Terrorists arrested: 11
- Gun trucks destroyed: 4

The troops also recovered two anti-aircraft guns, three motorcycles and a large quantity of ammunition. Sadly, two of our gallant soldiers paid the supreme price, while nine others were wounded and are receiving treatment.""",
[],
[("Terrorists neutralised: 38", "killed", 38, "BOKOHARAM", ""),
 ("Terrorists arrested: 11", "captured", 11, "BOKOHARAM", ""),
 ("Gun trucks destroyed: 4", "vehicle", 4, "BOKOHARAM", ""),
 ("two anti-aircraft guns", "air_defense", 2, "BOKOHARAM", ""),
 ("three motorcycles", "vehicle", 3, "BOKOHARAM", ""),
 ("two of our gallant soldiers", "killed", 2, "NGA", ""),
 ("nine others were wounded", "wounded", 9, "NGA", "")]))

A.append(("c30b-03", "Example Caucasus Wire", "Azerbaijan admits losing helicopter and tank as Karabakh fighting flares", "2016-04-03",
"""Azerbaijan admits losing helicopter and tank as Karabakh fighting flares

BAKU, April 3 (Example Caucasus Wire) - Azerbaijan said on Sunday it had lost 12 soldiers, a Mi-24 helicopter and a tank in two days of fighting along the line of contact around Nagorno-Karabakh, while Armenia's defence ministry said Azerbaijani losses were far higher.

The Armenian ministry said its forces had destroyed six Azerbaijani tanks, two drones and an engineering vehicle and killed more than 200 Azerbaijani troops. It put Armenian losses at 18 killed and 35 wounded.

The Azerbaijani defence ministry said its troops had killed 170 Armenian servicemen and destroyed six tanks and 15 artillery pieces, adding that the village of Talish had been taken.""",
[("Azerbaijan said on Sunday", "AZE", "assert"),
 ("while Armenia's defence ministry said", "ARM", "assert"),
 ("The Armenian ministry said", "ARM", "assert"),
 ("It put Armenian losses", "ARM", "assert"),
 ("The Azerbaijani defence ministry said", "AZE", "assert")],
[("lost 12 soldiers", "killed", 12, "AZE", "AZE"),
 ("a Mi-24 helicopter", "helicopter", 1, "AZE", "AZE"),
 ("and a tank in two days", "tank", 1, "AZE", "AZE"),
 ("destroyed six Azerbaijani tanks", "tank", 6, "AZE", "ARM"),
 ("two drones", "drone", 2, "AZE", "ARM"),
 ("an engineering vehicle", "vehicle", 1, "AZE", "ARM"),
 ("killed more than 200 Azerbaijani troops", "killed", 200, "AZE", "ARM"),
 ("18 killed", "killed", 18, "ARM", "ARM"),
 ("35 wounded", "wounded", 35, "ARM", "ARM"),
 ("killed 170 Armenian servicemen", "killed", 170, "ARM", "AZE"),
 ("destroyed six tanks", "tank", 6, "ARM", "AZE"),
 ("15 artillery pieces", "artillery", 15, "ARM", "AZE")]))

A.append(("c30b-04", "Example Anatolian Review", "Turkish army ends ground operation in northern Iraq", "2008-03-01",
"""Turkish army ends ground operation in northern Iraq

ANKARA - The Turkish General Staff said on Friday that its troops had returned from an eight-day ground offensive against PKK bases in northern Iraq, during which 240 militants had been killed.

In a statement on its website, the General Staff said 24 soldiers and three village guards had lost their lives and that a Cobra helicopter had crashed for technical reasons.

The PKK's news agency said rebel fighters had killed more than 100 Turkish soldiers and shot down the helicopter. It said five of the group's fighters had died.""",
[("The Turkish General Staff said on Friday", "TUR", "assert"),
 ("the General Staff said 24 soldiers", "TUR", "assert"),
 ("The PKK's news agency said", "PKK", "assert"),
 ("It said five of the group's fighters", "PKK", "assert")],
[("240 militants had been killed", "killed", 240, "PKK", "TUR"),
 ("24 soldiers and three village guards", "killed", 27, "TUR", "TUR"),
 ("a Cobra helicopter had crashed", "helicopter", 1, "TUR", "TUR"),
 ("killed more than 100 Turkish soldiers", "killed", 100, "TUR", "PKK"),
 ("shot down the helicopter", "helicopter", 1, "TUR", "PKK"),
 ("five of the group's fighters had died", "killed", 5, "PKK", "PKK")]))

A.append(("c30b-05", "Example Asia Daily", "Pakistan says it shot down two Indian jets; India admits losing one", "2019-02-28",
"""Pakistan says it shot down two Indian jets; India admits losing one

ISLAMABAD/NEW DELHI - Pakistan's military said on Wednesday it had shot down two Indian fighter jets over Kashmir and captured a pilot, while India confirmed the loss of one MiG-21 and said its air force had downed a Pakistani F-16.

"One of the aircraft fell inside Azad Kashmir and the other in Indian-held Kashmir," military spokesman Major General Asif Ghafoor told a news conference in Rawalpindi.

Pakistan denied that any of its F-16s had been lost. Indian officials said the MiG-21's pilot, Wing Commander Abhinandan Varthaman, was missing in action.""",
[("Pakistan's military said on Wednesday", "PAK", "assert"),
 ("while India confirmed the loss", "IND", "assert"),
 ("Major General Asif Ghafoor told a news conference", "PAK", "assert"),
 ("Pakistan denied", "PAK", "deny"),
 ("Indian officials said", "IND", "assert")],
[("Pakistan says it shot down two Indian jets", "aircraft", 2, "IND", "PAK"),
 ("India admits losing one", "aircraft", 1, "IND", "IND"),
 ("shot down two Indian fighter jets", "aircraft", 2, "IND", "PAK"),
 ("captured a pilot", "captured", 1, "IND", "PAK"),
 ("the loss of one MiG-21", "aircraft", 1, "IND", "IND"),
 ("downed a Pakistani F-16", "aircraft", 1, "PAK", "IND"),
 ("was missing in action", "missing", 1, "IND", "IND")]))

A.append(("c30b-06", "Example Horn Monitor", "Ethiopian army says 1,000 TPLF fighters killed near Mekelle", "2020-11-27",
"""Ethiopian army says 1,000 TPLF fighters killed near Mekelle

ADDIS ABABA - Ethiopia's army said on Friday it had killed more than 1,000 Tigrayan fighters and captured 450 in the advance on Mekelle, and seized 30 tanks and 12 rocket launchers from the TPLF. The army did not give its own losses.

A TPLF spokesman, Getachew Reda, said its forces had destroyed 16 federal tanks and shot down a MiG-23, and put the number of federal troops killed at more than 2,000.

Aid workers in the regional capital said at least 27 civilians had been killed by shelling.""",
[("Ethiopia's army said on Friday", "ETH", "assert"),
 ("A TPLF spokesman, Getachew Reda, said", "TPLF", "assert"),
 ("Aid workers in the regional capital said", "", "assert")],
[("1,000 TPLF fighters killed", "killed", 1000, "TPLF", "ETH"),
 ("killed more than 1,000 Tigrayan fighters", "killed", 1000, "TPLF", "ETH"),
 ("captured 450", "captured", 450, "TPLF", "ETH"),
 ("seized 30 tanks", "tank", 30, "TPLF", "ETH"),
 ("12 rocket launchers", "artillery", 12, "TPLF", "ETH"),
 ("destroyed 16 federal tanks", "tank", 16, "ETH", "TPLF"),
 ("shot down a MiG-23", "aircraft", 1, "ETH", "TPLF"),
 ("more than 2,000", "killed", 2000, "ETH", "TPLF"),
 ("at least 27 civilians had been killed", "killed", 27, "ETH", "")]))

ABOUT = ("counts30b: 6 invented conflict news articles (Galwan 2020, Sambisa 2016 as an army press release with a table, "
         "the April 2016 Karabakh fighting, a Turkish incursion into Iraq 2008, the Kashmir air battle of 2019, Mekelle 2020) "
         "written for session 30's 'counts4' lane after its fixes, committed before parallax was run on them (a blind "
         "measure): counts (item, n, owner, claimed_by) and the claims that carry them.")

def main(d):
    arts, gold = [], {"about": ABOUT, "articles": {}, "claims": [], "counts": [], "places": [], "people": []}
    for aid, outlet, title, pub, text, claims, counts in A:
        arts.append({"id": aid, "url": "https://example.org/counts30b/" + aid, "outlet": outlet, "title": title,
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
