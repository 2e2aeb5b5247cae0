"""Writes probes26.jsonl: invented reports for the incident tests of
session 26 (TestProbes26 in internal/fuse; `parallax eval incidents --data
testdata/clusters/probes26.jsonl`). Every person, unit and number is
invented; states, towns, bodies and armed groups are real, the happenings
are not. Written before any session-26 fusion change, in the kinds of the
wrong pairs of events16, events8, events9 and events11 that session 25
left: an article that tells its own story and recalls another happening
in a paragraph of its own (a second shelling of a city recalling the
first by its day, a counter-expulsion recalling the expulsion, a march in
one town telling the riots of another the same day), with the guards of
the other side: a follow-up whose own news no other report tells, and a
digest that leads with the week's deadliest attack.

Cases, each with its label decision:
  taiz-market-mon / taiz-hospital-thu
                Taiz: shells on a market on a Monday (a toll revised the
                next day) and on the streets by a hospital on the
                Thursday: two incidents; the Thursday wire recalls
                Monday's market in a paragraph and stays with Thursday.
  lv-expels / by-expels
                Latvia expels two Belarusian diplomats on a Monday (Minsk's
                protest the next day stays with it); Belarus expels two
                Latvian diplomats on the Thursday "in kind", its wire
                recalling Monday's move in a paragraph; Riga's reaction on
                the Friday stays with the counter-expulsion.
  andahuaylas-clashes / arequipa-march
                the same Monday, deadly clashes at a road blockade in
                Andahuaylas and a peaceful march in Arequipa over the same
                political crisis, about 400 km apart: two incidents; the
                Arequipa wire tells Andahuaylas in a paragraph of its own.
  mopti-village
                gunmen kill villagers in the Mopti region on a Monday;
                the army's report, a wire the next day, and on the
                Thursday a report whose own news (a minister's visit,
                funerals) no other report tells: all one incident.
  gao-convoy    an ambush on a convoy near Gao on the Friday, its one
                report; the weekly digest that leads with the Mopti
                village attack and tells the Gao ambush in a later
                paragraph belongs to the Mopti incident (what it leads
                with).

Usage: python3 testdata/clusters/make_probes26.py > testdata/clusters/probes26.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text, dup=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": "same_statement" if dup else ""})


# --- Taiz: a market shelled on Monday 1 April 2019, the streets by a hospital on Thursday 4 April.
# Same city, same sides, two incidents. ---
add("taiz-mon-local", "Example Taiz Voice", "2019-04-01", "Shells hit crowded market in Taiz, seven killed", "taiz-market-mon", """
TAIZ - Seven people were killed and 19 wounded on Monday when shells landed in the vegetable market of the Bir Basha district of Taiz, health officials said.

Witnesses said three shells fell within minutes of each other at about noon, when the market was at its busiest. The local authority blamed Houthi fighters positioned on the hills east of the city.
""")
add("taiz-mon-wire", "Example Gulf Wire", "2019-04-02", "Toll from Taiz market shelling rises to nine", "taiz-market-mon", """
ADEN - The number of people killed by shelling of a market in Yemen's city of Taiz rose to nine on Tuesday after two of the wounded died, a hospital director said.

The government accused the Houthis of targeting civilians. A Houthi spokesman denied the movement's forces had fired on the market and blamed "the aggression's mercenaries".
""")
add("taiz-thu-local", "Example Taiz Voice", "2019-04-04", "Shelling near Al-Thawra hospital kills two in Taiz", "taiz-hospital-thu", """
TAIZ - Two men were killed and five wounded on Thursday morning when shells struck a street beside Al-Thawra hospital in the Al-Qahira district of Taiz, medics said.

The shelling damaged the hospital's outer wall and a pharmacy across the road. Doctors moved patients from the upper floors into the basement.
""")
# The Thursday wire recalls Monday's market shelling in a paragraph of its own.
add("taiz-thu-wire", "Example Gulf Wire", "2019-04-05", "Taiz hospital area shelled, days after deadly market attack", "taiz-hospital-thu", """
ADEN - Shells hit a street next to the main public hospital in Yemen's Taiz on Thursday, killing two men, medics and local officials said on Friday.

The hospital's director said its generators had been damaged and that surgery would be limited for several days.

On Monday, shells struck the Bir Basha vegetable market in the west of the city, killing nine people. The government blamed the Houthis for both attacks; the Houthis have denied targeting civilians.
""")

# --- Latvia expels two Belarusian diplomats on Monday 10 June 2019; Belarus expels two Latvian
# diplomats in kind on Thursday 13 June. Two incidents. ---
add("lv-exp-wire", "Example Baltic Wire", "2019-06-10", "Latvia expels two Belarusian diplomats", "lv-expels", """
RIGA - Latvia on Monday ordered two diplomats of the Belarusian embassy to leave the country within 72 hours, saying their activities were incompatible with their diplomatic status.

The foreign ministry did not give details. A ministry spokeswoman said the decision had been taken on the advice of the State Security Service.
""")
add("lv-exp-minsk", "Example Minsk Daily", "2019-06-11", "Minsk protests expulsion of its diplomats from Riga", "lv-expels", """
MINSK - Belarus's foreign ministry on Tuesday summoned Latvia's charge d'affaires to protest against the expulsion of two Belarusian diplomats, calling the move "groundless and unfriendly".

A ministry spokesman said Minsk reserved the right to respond.
""")
# The counter-expulsion's wire recalls Monday's expulsion in a paragraph of its own.
add("by-exp-wire", "Example Baltic Wire", "2019-06-13", "Belarus expels two Latvian diplomats in kind", "by-expels", """
MINSK - Belarus on Thursday ordered two Latvian diplomats to leave the country, its foreign ministry said, in what it called a response in kind.

The two, a counsellor and a second secretary of the embassy in Minsk, were given three days to go.

On Monday, Latvia expelled two Belarusian diplomats, saying their activities were incompatible with their status.
""")
add("by-exp-riga", "Example Riga Herald", "2019-06-14", "Riga calls expulsion of its diplomats unjustified", "by-expels", """
RIGA - Latvia's foreign minister said on Friday that the expulsion of two Latvian diplomats from Minsk was "unjustified" and that the embassy would continue to work.
""")

# --- Monday 12 December 2022: clashes at a road blockade in Andahuaylas, and a peaceful march in
# Arequipa, about 400 km apart, over the same political crisis. Two incidents. ---
add("andah-local", "Example Apurimac Radio", "2022-12-12", "Two killed in clashes at Andahuaylas airport blockade", "andahuaylas-clashes", """
ANDAHUAYLAS - Two young men were killed and at least 16 people injured on Monday when police clashed with protesters who had blocked the road to the airport in Andahuaylas, the regional health office said.

Protesters set fire to a police post and occupied the runway for several hours.
""")
add("andah-wire", "Example Andes Wire", "2022-12-13", "Peru rights office says toll in Andahuaylas clashes rises to four", "andahuaylas-clashes", """
LIMA - The number of people killed in Monday's clashes between police and protesters in Andahuaylas rose to four on Tuesday, the Ombudsman's Office said, and it called for an investigation into the use of firearms by police.
""")
# The Arequipa wire tells the Andahuaylas clashes in a paragraph of their own.
add("areq-wire", "Example Andes Wire", "2022-12-12", "Thousands march in Arequipa as Peru crisis deepens", "arequipa-march", """
AREQUIPA - Several thousand people marched through the centre of Arequipa on Monday to demand new elections, in a protest that ended peacefully in the Plaza de Armas, police said.

Marchers carried banners of the region's farming unions and sang as they passed the cathedral.

In Andahuaylas, in the southern Apurimac region, two people were killed when police clashed with protesters who had blocked the road to the airport.
""")
add("areq-local", "Example Arequipa Daily", "2022-12-13", "Arequipa unions plan second march after peaceful Monday", "arequipa-march", """
AREQUIPA - Farming unions said on Tuesday they would march again through Arequipa on Thursday, after Monday's march through the city centre ended without incident.
""")

# --- Monday 5 March 2018: gunmen attack a village in the Mopti region. The Thursday report's own
# news (a minister's visit, the funerals) no other report tells: it stays with the attack. ---
add("mopti-army", "Example Bamako Wire", "2018-03-05", "Gunmen kill 12 villagers in central Mali", "mopti-village", """
BAMAKO - Gunmen on motorbikes killed 12 villagers and burned granaries in the village of Koumaga in the Mopti region early on Monday, the armed forces said.

The army said it had sent a patrol to the area and that the attackers had fled towards the border with Burkina Faso.
""")
add("mopti-wire", "Example Sahel Wire", "2018-03-06", "Mali village attack toll rises to 14, herders blamed", "mopti-village", """
MOPTI - The toll from Monday's attack on the village of Koumaga rose to 14 on Tuesday, local officials said, as residents accused herders of the area of carrying it out.
""")
add("mopti-visit", "Example Bamako Wire", "2018-03-08", "Minister visits Koumaga as village buries its dead", "mopti-village", """
MOPTI - Mali's security minister visited Koumaga on Thursday and promised a permanent army post, as the village buried 14 people killed in Monday's attack.

Villagers told the minister that the gunmen had burned the millet stores and driven off about 200 cattle.
""")

# --- Friday 9 March 2018: an ambush on a convoy near Gao; its one report. ---
add("gao-ambush", "Example Sahel Wire", "2018-03-09", "Two soldiers killed in ambush near Gao", "gao-convoy", """
GAO - Two Malian soldiers were killed and four wounded on Friday when their supply convoy was ambushed on the road between Gao and Ansongo, the army said.
""")
# The weekly digest leads with the Mopti attack and tells the Gao ambush in a later paragraph.
add("sahel-digest", "Example Sahel Monitor", "2018-03-11", "Mali security digest, 5-11 March", "mopti-village", """
The deadliest attack of the week was on Koumaga, in the Mopti region, early on 5 March, where gunmen killed 14 villagers and burned granaries. Residents blamed herders of the area; no group claimed the attack.

On 9 March, two soldiers were killed when a supply convoy was ambushed between Gao and Ansongo.

Our count for the week: nine attacks in central and northern Mali, 21 people killed.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
