"""Writes probes25.jsonl: invented reports for the incident tests of
session 25 (TestProbes25 in internal/fuse; `parallax eval incidents --data
testdata/clusters/probes25.jsonl`). Every person, unit and number is
invented; states, towns, bodies and armed groups are real, the happenings
are not. Written before any session-25 fusion change, in the kinds of the
wrong pairs of events16 (a strike and the answer to it; an expulsion and
the counter-expulsion; one city struck on two days; two targets of one
night; one cause in two towns), with no sentence of its own.

Cases, each with its label decision:
  bashiqa-rockets / qandil-strikes
                rockets on a Turkish base near Bashiqa on a Thursday, and
                Turkish air strikes in the Qandil mountains the night of
                Saturday, announced as the answer "to Thursday's rocket
                attack" (the answer's report dates nothing but that
                possessive day and "overnight"): two incidents; the PKK's
                own account of the strikes joins them.
  gin-expels / sen-expels
                Guinea expels two Senegalese diplomats on a Monday
                (Dakar's regret the next day stays with it); Senegal
                expels two Guinean diplomats on the Thursday "in kind",
                its wire recalling Monday's move in a paragraph; Conakry's
                reaction on the Friday stays with the counter-expulsion.
  zap-market-tue / zap-bombs-fri
                Zaporizhzhia: a drone on a market on a Tuesday (a toll
                revised the next day) and glide bombs on a residential
                district on the Friday: two incidents, same sides, same
                city; the regional head's Friday report does not name
                Tuesday.
  yeysk-airfield / akhtarsk-depot
                the same night, drones on the Yeysk airfield and on a fuel
                depot in Primorsko-Akhtarsk, about 60 km apart: two
                incidents; the governor's report on Yeysk names the other
                district in a clause.
  kano-riots / kaduna-protest
                the same day, riots over a fuel price rise in Kano and a
                peaceful march in Kaduna: two incidents; the Kaduna wire
                tells Kano in a paragraph of its own.

Usage: python3 testdata/clusters/make_probes25.py > testdata/clusters/probes25.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text, dup=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": "same_statement" if dup else ""})


# --- Bashiqa rockets (Thursday 5 March 2026) and the Turkish answer in Qandil (night of Saturday
# to Sunday): a strike and its announced reprisal are two incidents. ---
add("bsq-wire", "Example Levant Wire", "2026-03-05", "Rockets hit Turkish base in northern Iraq, four soldiers hurt", "bashiqa-rockets", """
ERBIL - Four Turkish soldiers were wounded when at least five rockets struck the Zilkan base near Bashiqa, north-east of Mosul, on Thursday evening, Turkey's defence ministry said.

Two of the soldiers were flown to a hospital in Diyarbakir. The ministry blamed the PKK and said the launch site, about 12 km from the base, had been identified.

No group claimed the attack. Iraqi Kurdish officials said a field near the village of Bahzani had caught fire.
""")
add("bsq-claim", "Example Kurdish Daily", "2026-03-06", "Group claims rocket attack on Zilkan base", "bashiqa-rockets", """
SULAIMANIYAH - A little-known group calling itself the Sons of Sinjar said on Friday it had fired rockets at the "occupation base" at Zilkan on Thursday night and caused "heavy losses".

The statement, posted on a messaging channel, gave no figures. Turkey says four soldiers were wounded in the attack near Bashiqa.
""")
# The answer: announced on Sunday, the strikes of the night before; the only day it names is
# Thursday's, in the possessive, after the strikes' words.
add("qdl-mod", "Example Anatolian Wire", "2026-03-08", "Turkey strikes PKK targets in Qandil after base attack", "qandil-strikes", """
ANKARA - Turkish warplanes struck 14 PKK targets in the Qandil mountains and the Asos area overnight, the defence ministry said on Sunday, in response to Thursday's rocket attack that wounded four soldiers at the Zilkan base.

The targets included "caves, shelters and ammunition depots used by the terrorist organisation", the ministry said, adding that "many terrorists were neutralised".

Defence Minister Kerem Aydin said the operation would continue "until the last terrorist is eliminated".
""")
add("qdl-pkk", "Example Kurdish Daily", "2026-03-08", "PKK says Turkish jets bombed villages in Qandil, two civilians killed", "qandil-strikes", """
SULAIMANIYAH - Turkish jets bombed the villages of Bokriskan and Sheikh Ali in the Qandil area overnight, killing two shepherds and destroying a school, a PKK-affiliated news agency said on Sunday.

It said the raids lasted about three hours and that no guerrilla position had been hit. Local officials in Pishdar district confirmed two deaths.
""")

# --- Guinea expels two Senegalese diplomats (Monday 13 April 2026); Senegal answers in kind on
# Thursday 16 April. A measure and its counter-measure: two incidents. ---
add("gin-exp-wire", "Example West Africa Wire", "2026-04-13", "Guinea expels two Senegalese diplomats", "gin-expels", """
CONAKRY - Guinea on Monday ordered two diplomats of Senegal's embassy, the first counsellor and the military attache, to leave the country within 48 hours, accusing them of "activities contrary to their status".

A foreign ministry statement read on state television said the two had met "individuals seeking to destabilise the transition". It gave no further details.
""")
add("gin-exp-dakar", "Example Dakar Daily", "2026-04-14", "Dakar regrets Guinea's expulsion of its diplomats", "gin-expels", """
DAKAR - Senegal's foreign ministry on Tuesday expressed its "deep regret" after Guinea expelled two of its diplomats and said it reserved the right to take "appropriate measures".

Foreign Minister Awa Ndoye said she had summoned Guinea's ambassador for explanations. The two diplomats are expected back in Dakar on Wednesday.
""")
add("sen-exp-wire", "Example West Africa Wire", "2026-04-16", "Senegal expels two Guinean diplomats in reciprocal move", "sen-expels", """
DAKAR - Senegal on Thursday declared two diplomats of Guinea's embassy in Dakar persona non grata and gave them 48 hours to leave, three days after Conakry expelled two Senegalese diplomats.

The foreign ministry said the two, a counsellor and the consul in Ziguinchor, had engaged in "activities incompatible with their functions". An official called the decision "a measure of reciprocity".

On Monday Guinea expelled Senegal's first counsellor and military attache, accusing them of meeting people seeking to destabilise its transition.
""")
add("sen-exp-conakry", "Example Conakry Daily", "2026-04-17", "Conakry calls Senegal's expulsion of its diplomats regrettable", "sen-expels", """
CONAKRY - Guinea's government on Friday called Senegal's expulsion of two of its diplomats "regrettable and disproportionate" and said it would not change its position.

"Guinea acted on facts. Dakar acts out of pride," government spokesman Ousmane Barry told reporters. He said the consulate in Ziguinchor would stay open under a deputy.
""")

# --- Zaporizhzhia: a drone on a market on Tuesday 19 May 2026 and glide bombs on the
# Shevchenkivskyi district on Friday 22 May. Same sides, same city, three days apart. ---
add("zap-tue-local", "Example Dnipro Courier", "2026-05-19", "Drone hits market in Zaporizhzhia, four killed", "zap-market-tue", """
ZAPORIZHZHIA - Four people were killed and 23 wounded when a Russian drone hit a covered market in central Zaporizhzhia on Tuesday morning, the head of the regional military administration, Oleh Hrytsenko, said.

The drone struck the market's roof during the busiest hour, he said. Traders' stalls burned for two hours before firefighters put out the blaze.
""")
add("zap-tue-wire", "Example World Wire", "2026-05-20", "Zaporizhzhia market strike toll rises to six", "zap-market-tue", """
KYIV - The number of people killed by Tuesday's Russian drone strike on a market in Zaporizhzhia rose to six on Wednesday after two of the wounded died in hospital, officials said. Twenty-five people were wounded.

Ukraine's foreign ministry called the strike "deliberate terror against civilians". Russia did not comment.
""")
# Friday: the regional head's report names no Tuesday; it is the Friday's attack alone.
add("zap-fri-gov", "Example Dnipro Courier", "2026-05-22", "Glide bombs hit apartment blocks in Zaporizhzhia, three dead", "zap-bombs-fri", """
ZAPORIZHZHIA - Russian aircraft dropped three guided aerial bombs on the Shevchenkivskyi district of Zaporizhzhia on Friday afternoon, killing three people and wounding 17, the head of the regional military administration, Oleh Hrytsenko, said.

One bomb hit the yard of a nine-storey apartment block and another a garage cooperative, he said. A school nearby lost its windows; the pupils were in the shelter.
""")

# --- Night of 9-10 June 2026: drones on the Yeysk airfield and on a fuel depot in
# Primorsko-Akhtarsk, about 60 km apart. Two targets, two incidents. ---
add("yeysk-ua", "Example Kyiv Daily", "2026-06-10", "Ukraine says drones hit Su-30 jets at Yeysk airfield", "yeysk-airfield", """
KYIV - Ukrainian drones struck the Yeysk military airfield in Russia's Krasnodar region overnight, hitting two Su-30 fighters and a fuel store, Ukraine's General Staff said on Wednesday.

"Explosions and a large fire were recorded at the airfield," the General Staff said, adding that the results were being clarified.
""")
add("yeysk-gov", "Example Kuban News", "2026-06-10", "Drone attack on Yeysk district repelled, governor says", "yeysk-airfield", """
KRASNODAR - Air defence repelled a drone attack on the Yeysk district overnight, the governor of the Krasnodar region, Pavel Kuzmin, said on Wednesday, adding that falling debris had started a fire on the territory of an enterprise.

No one was hurt, he said. Drones were also shot down over the Primorsko-Akhtarsky district, Kuzmin said.
""")
add("akh-local", "Example Kuban News", "2026-06-10", "Fuel depot burns in Primorsko-Akhtarsk after drone attack", "akhtarsk-depot", """
PRIMORSKO-AKHTARSK - A fuel depot on the edge of Primorsko-Akhtarsk was on fire on Wednesday morning after a drone attack overnight, residents and local channels said.

Videos showed a column of black smoke over the depot's tanks. The district administration said firefighters had contained the blaze and that no one had been hurt.
""")

# --- Monday 6 July 2026: riots over a fuel price rise in Kano and a peaceful march in Kaduna,
# about 200 km apart. Same cause, same day, two towns: two incidents. ---
add("kano-wire", "Example Sahel Wire", "2026-07-06", "Three killed as fuel price riots hit Kano", "kano-riots", """
KANO - Three people were killed and dozens arrested in Kano on Monday when protests against a rise in the price of petrol turned into riots, police said.

Rioters burned tyres on the Zaria road and looted shops in the Sabon Gari market, and police fired tear gas to disperse them. A police spokesman said 86 people had been arrested.
""")
add("kano-local", "Example Kano Herald", "2026-07-07", "Kano counts losses after fuel riots", "kano-riots", """
KANO - Traders in Sabon Gari market said on Tuesday that more than 40 shops had been looted in Monday's riots, as the state government imposed a night curfew on the city.

The toll rose to four after a man shot during the unrest died in hospital, a police spokesman said.
""")
# The Kaduna wire tells Kano's riots in a paragraph of their own; it stays with Kaduna's march.
add("kaduna-wire", "Example Sahel Wire", "2026-07-06", "Kaduna residents march against fuel price rise", "kaduna-protest", """
KADUNA - Several thousand people marched peacefully through Kaduna on Monday to protest against a rise in the price of petrol, and handed a petition to the state governor.

The march, called by the Nigeria Labour Congress, ended without incident, police said.

In Kano, about 200 km to the north, three people were killed and 86 arrested when protests over the same price rise turned into riots.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
