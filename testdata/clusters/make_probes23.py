"""Writes probes23.jsonl: invented reports for the incident-grouping test
of session 23 (TestProbes23 in internal/fuse; `parallax eval incidents
--data testdata/clusters/probes23.jsonl`). Every person, unit and number is
invented; states, towns and armed groups are real. Written before any
session-23 fusion change, in the kinds of the wrong and missed pairs the
incidents lane sorted on events8-14 (no sentence of theirs).

Incidents (gold label: reports of one happening within days), each case
with its label decision:
  azir-expel / iraz-expel  tit-for-tat: Azerbaijan expels Iranian diplomats
                     (its ministry, then Tehran's "will respond" the next
                     day: that stays with the expulsion); Iran expels the
                     Azerbaijani ambassador three days later "in response"
                     (another incident), and Baku's reply the day after the
                     counter-expulsion, which names both, stays with it.
  bu-recall / rw-expel   the same kind with another act: Burundi recalls its
                     envoy and expels Rwanda's chargé; Rwanda's answer two
                     days later ("in retaliation"), and Bujumbura's reply
                     a day after the answer, which stays with the answer.
  sumy-hospital      the other side's account of one strike on one town the
                     same day in other words (a "temporary deployment
                     point" against a hospital): one incident.
  kherson-night / mykolaiv-night   same night, same sides, two cities about
                     60 km apart, each report naming the other city in one
                     sentence: two incidents.
  gedo-ambush        a recap: the follow-up wire on a second ambush three
                     days later tells the first in a paragraph; it stays
                     with its lead (gedo-ambush2).

Usage: python3 testdata/clusters/make_probes23.py > testdata/clusters/probes23.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})

# --- tit-for-tat: an expulsion, the answer, and a reply to the answer ---
add("azir-expel-mfa", "Example Baku Gazette", "2026-03-02", "Azerbaijan declares four Iranian diplomats persona non grata", "azir-expel", """
BAKU - Azerbaijan's foreign ministry on Monday declared four employees of the Iranian embassy persona non grata and gave them 48 hours to leave the country.
The ministry said the diplomats had engaged in "activities incompatible with their status" and had met members of a banned religious group in Baku.
Iran's ambassador, Reza Karimpour, was summoned to the ministry and handed a note of protest, spokesman Elnur Hasanli told reporters.
""")
add("azir-expel-wire", "Example World Wire", "2026-03-03", "Iran vows to respond after Azerbaijan expels its diplomats", "azir-expel", """
TEHRAN - Iran said on Tuesday it would respond to Azerbaijan's decision to expel four of its diplomats, calling the move "hasty and provocative".
Foreign ministry spokesman Davoud Rahimi said Tehran reserved the right to take "appropriate measures" and urged Baku to reconsider the expulsion of the embassy staff.
Relations between the neighbours have been strained since an attack on Azerbaijan's embassy in Tehran in 2023.
""")
add("iraz-expel-wire", "Example World Wire", "2026-03-05", "Iran expels Azerbaijani ambassador in response to expulsions", "iraz-expel", """
TEHRAN - Iran on Thursday ordered Azerbaijan's ambassador, Tural Mammadli, to leave the country within 72 hours in response to Baku's expulsion of four Iranian diplomats earlier in the week.
The foreign ministry said the ambassador had been declared persona non grata and that two other members of the embassy staff must also leave.
Azerbaijan's foreign ministry did not immediately comment.
""")
add("iraz-expel-baku", "Example Baku Gazette", "2026-03-06", "Baku calls Iran's expulsion of its ambassador 'regrettable'", "iraz-expel", """
BAKU - Azerbaijan on Friday called Iran's decision to expel its ambassador "regrettable and unjustified" and said it would not escalate the dispute.
Foreign ministry spokesman Elnur Hasanli said ambassador Tural Mammadli would return to Baku for consultations on Saturday.
Tehran ordered the ambassador out on Thursday, days after Azerbaijan expelled four Iranian diplomats it accused of meeting members of a banned group.
""")

# --- the same with a recall and an expulsion ---
add("bu-recall-gov", "Example Bujumbura Daily", "2026-05-11", "Burundi recalls envoy from Kigali, expels Rwandan charge d'affaires", "bu-recall", """
BUJUMBURA - Burundi on Monday recalled its ambassador from Kigali and ordered Rwanda's charge d'affaires, Jean-Pierre Habimana, to leave within 48 hours, accusing Rwanda of arming rebels in South Kivu.
Government spokesman Prosper Ndayishimiye said the decision followed an attack by the RED-Tabara group near the border town of Gatumba last week.
""")
add("rw-expel-wire", "Example Great Lakes Wire", "2026-05-13", "Rwanda expels Burundian diplomat in retaliation", "rw-expel", """
KIGALI - Rwanda on Wednesday expelled Burundi's deputy ambassador, Claver Niyonzima, in retaliation for Bujumbura's expulsion of its charge d'affaires two days earlier.
Rwanda's foreign ministry said the diplomat had 48 hours to leave and rejected Burundi's accusations of support for RED-Tabara rebels as "baseless".
""")
add("rw-expel-bujumbura", "Example Bujumbura Daily", "2026-05-14", "Bujumbura says Rwanda's expulsion of its diplomat confirms hostility", "rw-expel", """
BUJUMBURA - Burundi's government said on Thursday that Rwanda's expulsion of deputy ambassador Claver Niyonzima confirmed Kigali's "hostile attitude".
Spokesman Prosper Ndayishimiye said Niyonzima had arrived back in Bujumbura, and that Burundi would raise the matter with the East African Community.
Burundi recalled its ambassador and expelled Rwanda's charge d'affaires on Monday over Kigali's alleged support for RED-Tabara rebels.
""")

# --- the other side's account of one strike in other words ---
add("sumy-hospital-ova", "Example Kyiv Daily", "2026-04-14", "Russian missile hits Sumy hospital, six killed", "sumy-hospital", """
SUMY - A Russian ballistic missile struck a city hospital in Sumy on Tuesday morning, killing six people and wounding 27, the head of the regional military administration, Oleh Kravets, said.
Patients were evacuated from the damaged surgical wing, and rescuers pulled two nurses from the rubble, Kravets said on Telegram.
""")
add("sumy-hospital-rumod", "Example Moscow Wire", "2026-04-14", "Russian forces hit AFU deployment point in Sumy", "sumy-hospital", """
MOSCOW - Russian forces struck a temporary deployment point of Ukrainian armed formations in Sumy on Tuesday with an Iskander missile, the Russian Defence Ministry said.
Up to 40 servicemen and foreign mercenaries were eliminated, the ministry said in its daily briefing. It made no mention of civilian casualties.
""")

# --- same night, two cities about 60 km apart ---
add("kherson-night-ova", "Example Kyiv Daily", "2026-06-17", "Russian drones hit Kherson trolleybus depot, two killed", "kherson-night", """
KHERSON - Russian drones struck a trolleybus depot in Kherson overnight, killing two workers and wounding five, regional governor Taras Bilyk said on Wednesday.
Bilyk said 14 trolleybuses were burned out. Drones also hit Mykolaiv during the night, officials there said.
""")
add("kherson-night-wire", "Example World Wire", "2026-06-17", "Two killed as drones strike Kherson depot", "kherson-night", """
KYIV - Two people were killed when Russian drones hit a trolleybus depot in the southern city of Kherson overnight, Ukrainian officials said on Wednesday.
Governor Taras Bilyk said five workers were wounded and that the depot's repair shop was destroyed.
""")
add("mykolaiv-night-city", "Example Mykolaiv News", "2026-06-17", "Drone strike damages Mykolaiv port warehouse", "mykolaiv-night", """
MYKOLAIV - A Russian drone struck a grain warehouse in the port of Mykolaiv overnight, starting a fire and injuring one guard, Mayor Oleksandr Fesko said on Wednesday.
Firefighters put out the blaze by morning. In neighbouring Kherson, drones hit a trolleybus depot the same night.
""")

# --- a recap paragraph of an earlier ambush ---
add("gedo-ambush-wire", "Example Horn Wire", "2026-07-20", "Al-Shabaab ambush kills nine soldiers near Bardhere", "gedo-ambush", """
MOGADISHU - Al-Shabaab fighters ambushed an army convoy near Bardhere in Somalia's Gedo region on Monday, killing nine soldiers, a military officer, Captain Abdi Warsame, said.
The militants detonated a roadside bomb before opening fire on the trucks, Warsame said.
""")
add("gedo-ambush-radio", "Example Mogadishu Radio", "2026-07-21", "Families bury soldiers killed in Bardhere ambush", "gedo-ambush", """
BARDHERE - Families on Tuesday buried nine soldiers killed when al-Shabaab attacked their convoy outside Bardhere on Monday.
Local elder Hassan Nur said the convoy had been carrying supplies to a base at Garbaharey.
""")
add("gedo-ambush2-wire", "Example Horn Wire", "2026-07-23", "Second al-Shabaab ambush in a week hits convoy near Luuq", "gedo-ambush2", """
MOGADISHU - Al-Shabaab fighters attacked a military convoy near Luuq in Somalia's Gedo region on Thursday, killing four soldiers, officials said.
Officer Ahmed Gure said the convoy was hit by a roadside bomb and gunfire about 20 km outside the town.
On Monday, the group killed nine soldiers in an ambush on an army convoy near Bardhere, also in Gedo.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
