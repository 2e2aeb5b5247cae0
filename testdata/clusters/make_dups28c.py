"""Writes dups28c.jsonl: the third blind battery of session 28's statements
lane (`parallax eval duplicates --data testdata/clusters/dups28c.jsonl` and
`eval incidents`), written after the lane's second change (a relay must
name the statement's issuer; texts whose figures are all different are
not duplicates) and before its first run, to measure it. Every person,
unit and number is invented; states, towns, bodies and armed groups are
real.

Cases, each with its label decision:
  gh-blast     a blast at a gas station in Accra: the National Fire Service's
               statement (titled "Statement from the Ghana National Fire
               Service") and a wire relay naming the fire service are
               duplicates; the hospital's own statement the same day (the
               same toll and injured, its own words) and the gas company's
               statement are the same incident, no duplicates.
  mz-attack    insurgents attack a village in Cabo Delgado: the defence
               ministry's communique in translation and a wire relay are
               duplicates; a scraped copy of the wire (share buttons, a
               "Related" line) is a near duplicate of the wire (a third
               pair through it); the ministry's communique of the next week
               on another attack, on the same template, is another
               incident, no duplicate.
  pk-weekly    a provincial disaster authority's daily monsoon report on two
               days (same template, other figures): two incidents, no
               duplicate; the first day's report and its relay by a
               national paper are duplicates.
  co-eln       the ELN's communique on a captured soldier (its own words)
               and the army's statement on the same capture: the same
               incident, no duplicate; the army's statement and a wire
               relay naming the army are duplicates.

Usage: python3 testdata/clusters/make_dups28c.py > testdata/clusters/dups28c.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text, dup="", kind="same_statement"):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": kind if dup else ""})

# --- gh-blast ---
add("gh-blast-gnfs", "Example Accra Chronicle", "2027-10-05", "Statement from the Ghana National Fire Service on the Kasoa Road explosion", "gh-blast", """
The Ghana National Fire Service (GNFS) wishes to inform the general public that at about 21:40 hours on Monday, 4 October, its Weija and Kaneshie stations received a distress call of an explosion at a gas refilling station along the Kasoa Road.

Eight fire tenders were dispatched and the fire was brought under control at about 01:15 hours. Regrettably, seven (7) persons lost their lives and twenty-six (26) others sustained various degrees of burns. They have been conveyed to the Korle Bu Teaching Hospital.

The Service has commenced investigations into the cause of the explosion and urges operators of gas stations to comply with safety regulations. Signed: ACFO Abena Mensah, Head of Public Relations.
""")
add("gh-blast-wire", "Example West Africa Wire", "2027-10-05", "Gas station blast kills seven in Ghana's capital", "gh-blast", """
ACCRA - An explosion at a gas refilling station on the Kasoa Road in Accra late on Monday killed seven people and injured 26, the Ghana National Fire Service said on Tuesday.

Fire service spokeswoman Abena Mensah said eight fire engines had fought the blaze for more than three hours before it was put out after 1 a.m. The injured were taken to Korle Bu Teaching Hospital with burns, she said.

The service said it was investigating the cause and urged gas station operators to follow safety rules. A similar blast in Accra killed more than 150 people in 2015.
""", dup="gh-blast-gnfs")
add("gh-blast-korlebu", "Example Health Ghana", "2027-10-05", "Statement from Korle Bu Teaching Hospital on victims of the Kasoa Road explosion", "gh-blast", """
The Management of Korle Bu Teaching Hospital confirms that twenty-six (26) victims of Monday night's explosion on the Kasoa Road were received at our Burns Centre between 22:30 and 03:00. Seven (7) bodies were also brought to the hospital mortuary.

Nine of the patients are in critical condition. The Burns Centre has activated its emergency plan, and the hospital appeals to the public to donate blood at the National Blood Service in Korle Bu.
""")
add("gh-blast-company", "Example Energy Ghana", "2027-10-05", "Statement by Volta Gas Limited on the Kasoa Road incident", "gh-blast", """
Volta Gas Limited is saddened by the explosion that occurred at our Kasoa Road refilling station on Monday night, in which seven people lost their lives and 26 were injured.

The station had passed its last safety inspection by the National Petroleum Authority in June. We are cooperating fully with the fire service and the police, and we have suspended operations at the station pending the investigation.
""")

# --- mz-attack ---
add("mz-attack-mdn", "Example Maputo Digest (English)", "2027-11-16", "Communique of the Ministry of National Defence", "mz-attack", """
(Translated from Portuguese.) The Ministry of National Defence informs that on 14 November, a group of terrorists attacked the village of Nangade-Sede, in the district of Nangade, province of Cabo Delgado, burning twenty-two (22) houses and a health post.

The Defence and Security Forces intervened promptly and dislodged the attackers, having neutralised eight (8) terrorists and recovered six (6) weapons of the AKM type. Regrettably, three (3) civilians lost their lives.

The population is reassured that the situation is under control and is encouraged to collaborate with the authorities.
""")
add("mz-attack-wire", "Example Southern Africa Wire", "2027-11-15", "Mozambique says insurgents burned 22 houses in Cabo Delgado village", "mz-attack", """
MAPUTO - Islamist insurgents attacked a village in Mozambique's northern Cabo Delgado province on Sunday, killing three civilians and burning 22 houses and a clinic, the defence ministry said on Monday.

Troops drove the attackers out of Nangade-Sede, killing eight of them and seizing six rifles, the ministry said in a statement. It said the situation was under control.

An insurgency linked to Islamic State has killed thousands of people in Cabo Delgado since 2017.
""", dup="mz-attack-mdn")
add("mz-attack-copy", "Example Aggregator", "2027-11-15", "MOZAMBIQUE SAYS INSURGENTS BURNED 22 HOUSES IN CABO DELGADO VILLAGE", "mz-attack", """
MAPUTO - Islamist insurgents attacked a village in Mozambique's northern Cabo Delgado province on Sunday, killing three civilians and burning 22 houses and a clinic, the defence ministry said on Monday.

Related: Aid agencies warn of hunger in northern Mozambique

Troops drove the attackers out of Nangade-Sede, killing eight of them and seizing six rifles, the ministry said in a statement. It said the situation was under control.

An insurgency linked to Islamic State has killed thousands of people in Cabo Delgado since 2017.

Share this article: Facebook Twitter WhatsApp
""", dup="mz-attack-wire", kind="near_duplicate")
add("mz-attack-mdn-next", "Example Maputo Digest (English)", "2027-11-23", "Communique of the Ministry of National Defence", "mz-attack-1121", """
(Translated from Portuguese.) The Ministry of National Defence informs that on 21 November, a group of terrorists attacked the village of Chitunda, in the district of Muidumbe, province of Cabo Delgado, burning thirteen (13) houses and a school.

The Defence and Security Forces intervened promptly and dislodged the attackers, having neutralised eleven (11) terrorists and recovered nine (9) weapons of the AKM type. There were no civilian victims.

The population is reassured that the situation is under control and is encouraged to collaborate with the authorities.
""")

# --- pk-weekly ---
add("pk-pdma-d1", "Example Lahore Ledger", "2027-07-28", "PDMA Punjab monsoon situation report", "pk-monsoon-0727", """
According to the Provincial Disaster Management Authority (PDMA) Punjab, in the last 24 hours 14 persons died and 37 were injured in rain-related incidents across the province, mostly due to roof collapses and electrocution.

The most affected districts were Lahore, Sheikhupura and Kasur, where 212 houses were partially or fully damaged. Rescue 1122 teams evacuated 1,640 persons from low-lying areas.

Citizens are advised to avoid unnecessary travel and to stay away from electricity poles and dilapidated buildings during the rain.
""")
add("pk-pdma-d1-paper", "Example Dawn Review", "2027-07-28", "Rains kill 14 in Punjab, PDMA says", "pk-monsoon-0727", """
LAHORE - Monsoon rains killed 14 people and injured 37 across Punjab over the past day, most of them in roof collapses and electrocutions, the province's disaster management authority said on Wednesday.

The PDMA said Lahore, Sheikhupura and Kasur were the worst hit, with 212 houses damaged, and that rescuers had moved 1,640 people out of low-lying neighbourhoods. It advised residents not to travel unless necessary.
""", dup="pk-pdma-d1")
add("pk-pdma-d2", "Example Lahore Ledger", "2027-07-30", "PDMA Punjab monsoon situation report", "pk-monsoon-0729", """
According to the Provincial Disaster Management Authority (PDMA) Punjab, in the last 24 hours 9 persons died and 23 were injured in rain-related incidents across the province, mostly due to roof collapses and drowning.

The most affected districts were Gujranwala, Sialkot and Narowal, where 148 houses were partially or fully damaged. Rescue 1122 teams evacuated 870 persons from low-lying areas.

Citizens are advised to avoid unnecessary travel and to stay away from electricity poles and dilapidated buildings during the rain.
""")

# --- co-eln ---
add("co-eln-army", "Example Bogota Daily", "2027-09-12", "Statement of the National Army on the kidnapping of a soldier in Arauca", "co-eln", """
The National Army of Colombia informs public opinion that on Saturday 11 September, in the rural area of the municipality of Saravena, Arauca, Corporal Jhon Fredy Rincon, of the Eighteenth Brigade, was intercepted by members of the ELN armed group while travelling on leave to visit his family.

The Army rejects this violation of international humanitarian law and holds the ELN responsible for the life and integrity of the non-commissioned officer. It demands his immediate and unconditional release.
""")
add("co-eln-wire", "Example Andes Wire", "2027-09-12", "Colombia's army says ELN rebels seized soldier on leave in Arauca", "co-eln", """
BOGOTA - Colombia's army said on Sunday that ELN guerrillas had seized a corporal who was travelling on leave to visit his family in the Saravena area of Arauca province on Saturday.

The army said in a statement that Corporal Jhon Fredy Rincon, of the 18th Brigade, had been intercepted by rebels on a rural road, and it held the ELN responsible for his safety. It called for his immediate release.

The ELN has been in on-and-off peace talks with the government since 2022.
""", dup="co-eln-army")
add("co-eln-claim", "Example Insurgent Monitor", "2027-09-13", "ELN says it holds soldier as prisoner of war", "co-eln", """
The ELN's Eastern War Front said in a communique published on Monday that its units had captured Corporal Jhon Fredy Rincon in Saravena on Saturday "in the course of military operations", and that he was in good health.

The group said the soldier was a prisoner of war and would be handed over to a humanitarian commission once security conditions allowed. It rejected the army's account that he had been on leave.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
