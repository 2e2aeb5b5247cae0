"""Writes events17.jsonl: the seventeenth battery of invented reports (session 25,
lane events17; `parallax eval incidents --data
testdata/clusters/events17.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run or build parallax and
read no parallax Go source, no measurements, no other lane's brief, no other
battery's file or script and nothing of testdata/heldout2 (only DESIGN.md
sections 2-3, testdata/clusters/README.md and make_events16.py, for the
format, and GeoNames files to check place names). Only the lead runs it; no
rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
50 reports of 20 incidents (18 of two to four reports, 2 singletons; 44
gold pairs; two duplicate pairs), mostly conflict news in places and kinds
events..events16 do not use: a Russian missile strike on a block of flats
and a bus stop in Pavlohrad on a Monday morning and drones on Pavlohrad on
the Thursday night; Ukrainian drones on the Kstovo refinery and on a
chemical plant in Dzerzhinsk (Nizhny Novgorod region) the same night, about
47 km apart; Somaliland's shelling of Las Anod (the general hospital and the
livestock market) and the SSC-Khatumo attack on Somaliland positions at Oog
the next day, announced as the response; Niger's expulsion of two Beninese
diplomats and Benin's counter-expulsion three days later; fuel-shortage
protests in Lilongwe and in Blantyre the same day; an attack on a general
security checkpoint near al-Mazraa (Sweida, Syria); a suicide attack on the
Bannu cantonment (Khyber Pakhtunkhwa); a clash in the hills of Himamaylan
(Negros Occidental) that the army calls an encounter with the NPA and the
NPA a massacre of farmers; a China Coast Guard boarding of a Taiwanese
tourist boat off Kinmen; a Shining Path ambush on an army patrol in the
VRAEM (Vizcatan del Ene, Junin); shots from Afghan territory at a road
camp in the Shamsiddin Shohin district (Khatlon, Tajikistan); gunmen at a
traffic police post in Derbent (Dagestan); ordinary news: a construction
hoist falling at a building site in Bien Hoa (Dong Nai, Vietnam);
singletons (Russian shelling of Nikopol the day after the Pavlohrad strike,
an Indonesian palm oil export levy).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a workshop
  of the Pavlohrad chemical plant assembling solid-fuel rocket motors"
  against a block of flats and a bus stop; "debris of downed drones in an
  industrial zone" against a refinery; "militia gun positions at Maraaga"
  against a hospital and a market; "outlaw groups" against "our sons who
  defended Ariqa"; "khwarij" against "the fedayeen of the Hafiz Gul Bahadur
  group"; "an encounter with NPA rebels" against "the massacre of five
  farmers"; "a routine law enforcement inspection in Xiamen-Kinmen waters"
  against a tourist boat boarded; "narcoterrorists" against "the Militarized
  Communist Party's combatants"; "an incident under investigation" against
  shots from across the Panj;
- place names differ by side, language and granularity: Pavlohrad /
  Pavlograd / "the Dnipropetrovsk region"; Kstovo / "the Kstovsky district"
  / NORSI; Dzerzhinsk / "the Sverdlov plant"; Las Anod / Laascaanood /
  "the eastern side of Laascaanood" / Maraaga; Oog / "the direction of Oog" / "the road
  towards Burao"; Niamey / Cotonou; Lilongwe / Area 25 / Kanengo; Blantyre / Limbe /
  Ndirande; Sweida / Suwayda / al-Mazraa / Ariqa; Bannu / "the Bannu
  cantonment"; Himamaylan / Kabankalan / "the boundary of Himamaylan and
  Kabankalan"; Kinmen / "Xiamen-Kinmen waters" / Beiding / Liaoluo; Vizcatan del Ene /
  the VRAEM / Pichari / the Ene river; Shamsiddin Shohin / Khatlon / the Panj / Darwaz /
  Badakhshan; Derbent / "the southern entrance of the city"; Bien Hoa /
  Dong Nai;
- follow-ups one to three days later (tolls rising, funerals, a refinery's
  halt, a rights commission's inquiry, an emergency extended, a rights group's count, a monitor's count, a
  protest note, arrests, the contractor's director detained), denials
  (Somaliland on the hospital, the NPA on the army's account, the Taliban on
  the shots) and two statements each in a wire's reported speech and in a
  translation-like English rendering (Somaliland's defence ministry statement
  on Las Anod, Niger's expulsion communique; marked same_statement);
- hard negatives, each its own incident: Pavlohrad on Monday and on
  Thursday (same sides, same city); Kstovo and Dzerzhinsk the same night,
  about 47 km apart; the Las Anod shelling and the Oog attack announced as
  its answer the next day; the expulsion and the counter-expulsion three
  days later; Lilongwe and Blantyre the same day, over the same fuel
  shortage; Nikopol shelled the day after the Pavlohrad strike, about 150
  km away; recap paragraphs and clauses that tell the other incident again.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Licence: CC0 (written by the project).

Usage: python3 testdata/clusters/make_events17.py > testdata/clusters/events17.jsonl
"""
import json
import re

arts = []


def paras(text):
    """Joins the lines of each paragraph; paragraphs stay apart (a blank line)."""
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def add(id, outlet, pub, title, incident, text, duplicate_of="", duplicate_kind=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub,
                 "language": "en", "text": paras(text), "incident": incident,
                 "duplicate_of": duplicate_of, "duplicate_kind": duplicate_kind})


# --- Pavlohrad (Dnipropetrovsk region): a Russian missile strike on a block of flats and a bus stop
# near the chemical plant on Monday 5 April 2027 (morning), and drones on the city on the night of
# Thursday 8 April. Same sides, same city, three days apart: two incidents. ---
add("pav-mon-local", "Example Dnipro Herald", "2027-04-05", "Missile strike on Pavlohrad kills seven, hits bus stop", "pavlohrad-missile-mon", """
PAVLOHRAD - Seven people were killed and 29 wounded when a Russian missile hit a five-storey block
of flats and a crowded bus stop on Soborna street in Pavlohrad at about 8.10 a.m. on Monday, the
head of the Dnipropetrovsk regional military administration, Oleksandr Hnatiuk, said.

"People were waiting for the bus to work. The blast wave threw them across the street," Hnatiuk
said on Telegram. Rescuers were clearing the collapsed stairwell of the block, where at least three
residents were believed to be under the rubble. Among the wounded were two children.

The air force said the missile was an Iskander-M launched from the occupied part of the Zaporizhzhia
region. The alert sounded about two minutes before the explosion.
""")
# The Russian MoD names no flats and no bus stop: its "workshop of the Pavlograd chemical plant" hit
# "on the morning of 5 April" is the same act told by the other side, a few hundred metres from the
# flats: same incident.
add("pav-mon-rumod", "Example Moscow Wire", "2027-04-05", "Russian MoD says it destroyed rocket motor workshop in Pavlograd", "pavlohrad-missile-mon", """
MOSCOW - Russian forces on Monday morning struck a workshop of the Pavlograd chemical plant where
solid-fuel motors for Ukrainian long-range missiles were being assembled, the Russian Defence
Ministry said in its daily briefing.

"The target was hit. The production of rocket motors at the facility has been disrupted," the
ministry said, without giving evidence. It said the strike had been carried out with a
high-precision weapon and that "all assigned targets were hit".

In the same briefing the ministry said air defence had shot down 41 Ukrainian drones overnight over
the Belgorod, Kursk and Voronezh regions.
""")
add("pav-mon-wire", "Example World Wire", "2027-04-06", "Pavlohrad missile toll rises to 12 as rescuers reach trapped residents", "pavlohrad-missile-mon", """
KYIV - The number of people killed by Monday's Russian missile strike on Pavlohrad rose to 12 on
Tuesday after rescuers recovered four bodies from the collapsed stairwell of an apartment block and
a man died in hospital in Dnipro, Ukraine's emergency service said. Thirty-four people were
wounded.

Russia said it had hit a workshop of the city's chemical plant. Local officials said the plant had
not been hit and that the missile struck a residential street about 600 metres from its fence.

Pavlohrad, a city of about 100,000 people in eastern Dnipropetrovsk region, has been struck
repeatedly since 2022.
""")
add("pav-mon-funeral", "Example Dnipro Herald", "2027-04-07", "Pavlohrad mourns victims of bus stop strike", "pavlohrad-missile-mon", """
PAVLOHRAD - Several hundred people lined Soborna street on Wednesday as the coffins of six of the
people killed at the bus stop on Monday were carried past the spot where they died, among them a
nurse, Halyna Ostapenko, 52, and a 16-year-old student of the mining college.

The city council declared three days of mourning. The toll stands at 12 dead; 11 of the wounded
remain in hospitals in Pavlohrad and Dnipro. The block of flats will be demolished and its 64
families rehoused, the mayor said.
""")
# Thursday night: drones on the same city, three days later. The wire recalls Monday's strike in
# its last paragraph; it stays with Thursday's drones.
add("pav-thu-local", "Example Dnipro Herald", "2027-04-09", "Drones hit Pavlohrad overnight, two wounded, fire at enterprise", "pavlohrad-drones-thu", """
PAVLOHRAD - Russian attack drones hit Pavlohrad overnight into Friday, wounding two people and
starting a fire at an industrial enterprise that firefighters put out by morning, the head of the
Pavlohrad district administration, Serhii Lytvyn, said.

Air defence shot down nine drones over the district, he said. Debris damaged the roofs of 11
private houses in the Zakhidnyi neighbourhood and a gas pipeline.
""")
add("pav-thu-wire", "Example World Wire", "2027-04-09", "Russian drones strike Pavlohrad again, days after deadly missile attack", "pavlohrad-drones-thu", """
KYIV - Russian drones attacked the eastern Ukrainian city of Pavlohrad overnight, damaging an
industrial site and houses and wounding two people, regional officials said on Friday.

The Russian Defence Ministry said on Friday that drones had struck "a storage site for attack
drones and ammunition in the Pavlograd area" overnight.

On Monday, a Russian missile hit a bus stop and a block of flats in the city, killing 12 people.
""")

# --- Night of 13-14 April: Ukrainian drones on the Kstovo refinery (NORSI) and on the Sverdlov
# explosives plant in Dzerzhinsk, both in the Nizhny Novgorod region, about 47 km apart. Two
# targets, two incidents. ---
add("kst-genstaff", "Example Kyiv Daily", "2027-04-14", "Ukraine says drones hit Kstovo refinery's primary unit", "kstovo-refinery", """
KYIV - Ukrainian drones struck the Lukoil-Nizhegorodnefteorgsintez refinery in Kstovo in Russia's
Nizhny Novgorod region overnight, setting fire to its main crude distillation unit, the General
Staff of Ukraine's armed forces said on Wednesday.

The refinery, one of the four largest in Russia, supplies fuel to the Russian army, the General
Staff said. "The results of the strike are being clarified," it added. Videos posted by local
residents showed a large fire over the plant.
""")
# The governor names no refinery: drones downed over "the Kstovsky district", debris in "an
# industrial zone". The same night's attack on the same town told by the other side: same incident.
# His sentence on Dzerzhinsk does not make it a round-up (one clause against two paragraphs on
# Kstovo).
add("kst-governor", "Example Volga News", "2027-04-14", "Governor says drones downed over Kstovsky district, fire in industrial zone", "kstovo-refinery", """
NIZHNY NOVGOROD - Air defence shot down 14 drones over the Kstovsky district overnight and falling
debris started a fire in an industrial zone, Nizhny Novgorod regional governor Igor Zhuravlyov
said on Wednesday.

"There are no casualties. Emergency services are working at the scene," Zhuravlyov wrote on
Telegram. He said a section of the M-7 highway near Kstovo had been closed for several hours.

Drones were also shot down over Dzerzhinsk, where no damage was caused, the governor said.
""")
add("kst-halt", "Example Energy Trade Report", "2027-04-15", "Kstovo refinery halts main unit after drone attack", "kstovo-refinery", """
Russia's NORSI refinery in Kstovo has halted its CDU-6 crude distillation unit, which processes
about 40% of the plant's crude, after Tuesday night's drone attack, two industry sources said on
Thursday.

Repairs could take up to a month, one of the sources said. The refinery processed about 15.8
million tonnes of crude last year. Lukoil did not respond to a request for comment.
""")
# Dzerzhinsk the same night: another target 47 km west. Local channels and a Ukrainian source; the
# source's clause on Kstovo does not move it.
add("dzr-local", "Example Nizhny Telegram Digest", "2027-04-14", "Explosions heard near Sverdlov plant in Dzerzhinsk", "dzerzhinsk-plant", """
DZERZHINSK - Residents of Dzerzhinsk reported a series of explosions and a glow over the
industrial area in the west of the city at about 2.40 a.m. on Wednesday, near the Sverdlov plant,
which produces explosives for artillery shells.

Local channels published videos showing smoke over the plant's territory. The city administration
said air defence had been working and asked residents not to publish photos.
""")
add("dzr-source", "Example Kyiv Daily", "2027-04-15", "SBU source says drones hit explosives workshop at Dzerzhinsk plant", "dzerzhinsk-plant", """
KYIV - Drones of Ukraine's SBU security service hit a workshop of the Sverdlov plant in Dzerzhinsk
that produces hexogen and octogen, a source in the service told Example Kyiv Daily on Thursday.

"At least two hits were recorded on the workshop building; there was a secondary detonation,"
the source said. The attack took place the same night as the strike on the refinery in Kstovo.

Satellite images taken on Wednesday showed a burnt roof on one of the plant's buildings.
""")

# --- Somaliland and SSC-Khatumo: Somaliland artillery shells Las Anod on Saturday 17 April (the
# general hospital and the livestock market); SSC-Khatumo forces attack Somaliland positions at Oog
# on Sunday 18 April, announced as the response. A strike and its reprisal the next day: two
# incidents. ---
add("lan-local", "Example Sool Voice", "2027-04-17", "Shells hit Las Anod hospital and market, seven killed", "lasanod-shelling", """
LAS ANOD - At least seven civilians were killed and 31 wounded when artillery shells fired by
Somaliland forces hit the Las Anod general hospital and the livestock market on Saturday morning,
the hospital's director, Dr. Abdirahman Warsame Ali, said.

"Two shells fell inside the hospital compound, one on the maternity ward," he said. "We moved
the patients to the corridors." Traders said the market was full when the shelling began at about
9 a.m.; most of the dead were herders and camel traders.

Residents said the shelling came from the direction of Oog, where Somaliland forces have held
positions since they withdrew from the town's outskirts.
""")
# Somaliland's defence ministry names no hospital and no market: its "militia gun positions at
# Maraaga, on the eastern outskirts of Laascaanood" shelled "on Saturday morning" are the same act
# told by the other side: same incident. Its statement in a wire's reported speech and in a
# translation-like English rendering of the same Somali statement (the first duplicate pair,
# same_statement).
add("lan-sl-wire", "Example Horn Wire", "2027-04-17", "Somaliland says it shelled militia positions near Las Anod, denies hitting hospital", "lasanod-shelling", """
HARGEISA - Somaliland's defence ministry said on Saturday that its artillery had shelled gun
positions of "the SSC-Khatumo militia" at Maraaga, on the eastern outskirts of Las Anod, after the
militia fired mortars at its troops overnight.

Defence minister Mohamed Yusuf Dirir said the army had "responded in self-defence" and targeted
only positions from which its soldiers had been attacked. He denied that the hospital had been
hit and said the militia "uses civilians as shields". Three soldiers were wounded by the mortar
fire, he said.

The ministry called on the international community to stop "foreign support" to the militia.
""")
add("lan-sl-tr", "Example Hargeisa Daily (English edition)", "2027-04-18", "Statement of the Ministry of Defence of the Republic of Somaliland", "lasanod-shelling", """
The Ministry of Defence of the Republic of Somaliland informs the public that on the night of
Friday, the militia of SSC fired mortar shells at the positions of the National Army in the
direction of Oog, wounding three (3) soldiers.

On Saturday morning, the National Army responded in self-defence and destroyed the firing
positions of the militia at Maraaga, on the eastern side of Laascaanood. The National Army did
not target the hospital nor any place of civilians. The militia uses the civilians as a shield.

The Ministry calls on the international community to stop the foreign support to the militia.

Hargeisa, 17 April. The Minister of Defence, Mohamed Yusuf Dirir.
""", duplicate_of="lan-sl-wire", duplicate_kind="same_statement")
# Two days later: toll revised and funerals; its closing clause on Sunday's Oog attack is a recap:
# it stays with the shelling.
add("lan-wire-toll", "Example World Wire", "2027-04-19", "Las Anod shelling toll rises to 13, WHO condemns hit on hospital", "lasanod-shelling", """
NAIROBI - The number of people killed when shells hit the hospital and the livestock market in Las
Anod on Saturday has risen to 13, among them two nurses, local health officials said on Monday.
The World Health Organization said it was "appalled" by the attack on a health facility.

Funerals were held on Sunday in the town, the capital of the SSC-Khatumo administration, which
broke away from Somaliland in 2023 and is recognised by Somalia's federal government as a federal
member state.

SSC-Khatumo forces attacked Somaliland positions at Oog on Sunday, saying they were responding to
the shelling.
""")
# Sunday: the SSC-Khatumo attack on Oog, on the road west of Las Anod towards Burao, announced as the answer to the
# shelling: its own incident. The Somaliland wire's recap of Saturday does not move it.
add("oog-ssc", "Example Sool Voice", "2027-04-18", "SSC-Khatumo says it overran Somaliland positions at Oog", "oog-ssc-attack", """
LAS ANOD - SSC-Khatumo forces attacked Somaliland army positions at Oog before dawn on Sunday and
killed "more than 20 enemy soldiers", the administration's defence secretary, Abdikarim Hassan
Jama, said.

"This is our answer to the massacre at the hospital," Jama told reporters in Las Anod. He said his
forces had seized two technicals and a mortar and had lost four fighters. He did not say whether
they still held the positions.
""")
add("oog-wire", "Example Horn Wire", "2027-04-19", "Somaliland says attack on Oog repelled, four soldiers killed", "oog-ssc-attack", """
HARGEISA - Somaliland's army repelled an attack by SSC-Khatumo forces on its positions at Oog on
Sunday, killing "dozens of militia", the defence ministry said on Monday. Four Somaliland soldiers
were killed and nine wounded, it said.

Residents of Oog said fighting lasted about three hours and that many families had fled towards
Burao. The SSC-Khatumo administration said the attack was a response to Saturday's shelling of Las
Anod, in which 13 people were killed at the hospital and the market.
""")

# --- Niger expels two Beninese diplomats (Monday 26 April); Benin expels two Nigerien diplomats
# three days later (Thursday 29 April). A measure and its counter-measure days later: two
# incidents. Cotonou's "regrets ... reserves the right to respond" the day after the expulsion
# stays with the expulsion; Niamey's "unjustified" the day after the counter-expulsion stays with
# it. Niger's communique in a wire's reported speech and in a translation-like English rendering of
# the same French communique (the second duplicate pair, same_statement). ---
add("ne-exp-wire", "Example West Africa Wire", "2027-04-26", "Niger expels two Beninese diplomats, accuses them of espionage", "niger-expels-beninese", """
NIAMEY - Niger on Monday ordered two diplomats of Benin's embassy in Niamey, a first secretary and
a military attache, to leave the country within 48 hours, accusing them of "espionage" and of
"activities hostile to the sovereignty" of Niger.

In a communique read on state television, foreign minister Ousmane Harouna Maiga said the two had
collected "information of a military nature" on troop movements near the border at Gaya. He said
the decision had been notified to Benin's charge d'affaires.

Relations between the neighbours have been strained since Niger's military took power; the border
between them, crossed by the pipeline that carries Nigerien oil to the port of Seme, has been
largely closed.
""")
add("ne-exp-tr", "Example Sahel Tribune (English edition)", "2027-04-26", "Communique of the Ministry of Foreign Affairs on two diplomats of the Embassy of Benin", "niger-expels-beninese", """
The Minister of Foreign Affairs, Cooperation and Nigeriens Abroad informs the national and
international opinion that the Government of the Republic of Niger has declared persona non grata
Mr. the First Secretary and Mr. the Military Attache of the Embassy of the Republic of Benin in
Niamey.

The two diplomats have engaged in activities of espionage and activities hostile to the
sovereignty of Niger, notably the collection of information of military character on the
movements of the Defence and Security Forces in the zone of Gaya.

They have a delay of forty-eight (48) hours to leave the national territory. The Charge
d'Affaires of the Republic of Benin has been notified of this decision.

Niamey, 26 April. The Minister, Ousmane Harouna Maiga.
""", duplicate_of="ne-exp-wire", duplicate_kind="same_statement")
add("ne-exp-cotonou", "Example Cotonou Matin", "2027-04-27", "Benin regrets expulsion of its diplomats from Niamey", "niger-expels-beninese", """
COTONOU - Benin's government on Tuesday said it "regrets" Niger's decision to expel two of its
diplomats and rejected the accusation of espionage as "fanciful".

"Benin reserves the right to take the measures that the situation requires," government spokesman
Armand Dossou-Yovo said after the weekly council of ministers. He said the two diplomats
would return to Cotonou by road through Malanville.
""")
add("bj-exp-wire", "Example West Africa Wire", "2027-04-29", "Benin expels two Nigerien diplomats in tit-for-tat move", "benin-expels-nigeriens", """
COTONOU - Benin on Thursday declared two diplomats of Niger's embassy in Cotonou persona non grata
and gave them 48 hours to leave, three days after Niamey expelled two Beninese diplomats.

The foreign ministry said the two, a counsellor and the head of the consular section, had engaged
in "activities incompatible with their status". A ministry official said the measure was
"reciprocal".

On Monday Niger expelled Benin's first secretary and military attache, accusing them of spying on
troop movements near Gaya.
""")
add("bj-exp-niamey", "Example Sahel Tribune (English edition)", "2027-04-30", "Niamey calls expulsion of its diplomats from Cotonou unjustified", "benin-expels-nigeriens", """
NIAMEY - Niger's government on Friday called Benin's expulsion of two of its diplomats
"unjustified and without any basis" and said the embassy in Cotonou would continue to work with a
reduced staff.

"Niger acted on facts. Benin acts out of spite," government spokesman Colonel Abdoulaye Seydou told
state television. He said Niger would not reopen the border at Gaya "under pressure".
""")

# --- Malawi, Wednesday 5 May: protests over fuel shortages in Lilongwe (Area 25, Kanengo, the city
# centre) and in Blantyre (Limbe, Ndirande), about 310 km apart, the same day. Same cause, same day,
# two cities: two incidents. ---
add("llw-local", "Example Lilongwe Times", "2027-05-05", "Police fire tear gas as fuel protests turn violent in Lilongwe", "lilongwe-fuel-protest", """
LILONGWE - Police fired tear gas and live rounds at protesters in Area 25 and Kanengo on Wednesday
as demonstrations over fuel shortages turned violent, and one man was shot dead near the Kanengo
filling station, residents said.

Protesters blocked the M1 road with burning tyres and stoned minibuses that were running despite
the call for a stay-away. "We queue for three days and there is no petrol," said a minibus driver,
Chikondi Phiri. Shops in the city centre stayed closed.

Filling stations in the capital have had no petrol for most of the past two weeks, as the central
bank struggles to find foreign currency for fuel imports.
""")
add("llw-wire", "Example Southern Africa Wire", "2027-05-06", "Two killed, 86 arrested in Malawi capital fuel protests", "lilongwe-fuel-protest", """
LILONGWE - Two people were killed and 86 arrested during Wednesday's protests over fuel shortages
in Malawi's capital Lilongwe, police spokesman Felix Mwale-Banda said on Thursday, adding that 14
officers had been injured.

Mwale-Banda said police had used "reasonable force" against people who looted shops in Area 25 and set
fire to a police post in Kanengo. The energy minister said three fuel tankers would arrive from
Beira by the weekend.

Protests over the shortages also took place in Blantyre on Wednesday.
""")
add("llw-rights", "Example Malawi Observer", "2027-05-07", "Rights group says three killed in Lilongwe protests; victims buried", "lilongwe-fuel-protest", """
LILONGWE - A Malawian human rights centre said on Friday that three people were killed by police
gunfire during Wednesday's fuel protests in Lilongwe, among them a 15-year-old boy shot in Area
25, and called for an independent inquiry.

Two of the dead were buried on Friday at the Area 18 cemetery. Police did not comment on the
higher toll.
""")
# Blantyre the same day: a separate protest in another city; the local paper names no deaths. The
# wire's sentence on Lilongwe is a recap of the same day's protest elsewhere: it stays with
# Blantyre.
add("bty-local", "Example Blantyre Chronicle", "2027-05-05", "Traders close shops as fuel protest marches through Limbe", "blantyre-fuel-protest", """
BLANTYRE - Several thousand people marched from Ndirande to the Limbe market on Wednesday to
protest against fuel shortages, and police fired tear gas when some marchers tried to block the
Chipembere highway, witnesses said.

Most shops in Limbe closed for the day. Organisers from a coalition of minibus owners said they
would march again next week if the shortages continued. No serious injuries were reported.
""")
add("bty-wire", "Example Southern Africa Wire", "2027-05-06", "Blantyre protest over fuel ends peacefully, organisers say", "blantyre-fuel-protest", """
BLANTYRE - A march against fuel shortages in Malawi's commercial capital Blantyre on Wednesday
ended peacefully after organisers handed a petition to the district commissioner, organisers said
on Thursday. Police briefly used tear gas near Limbe.

In Lilongwe, the capital, two people were killed on the same day when police fired on protesters.
""")

# --- Syria, Sweida: gunmen attack a general security checkpoint on the Damascus-Sweida road near
# al-Mazraa on the night of Sunday 9 May. The local Druze faction's account ("our sons who defended
# Ariqa" from "shelling by the checkpoint") names another village about 12 km north and no attack
# of its own: the same clash that night told by the other side: same incident. The monitor's
# count the next day is a follow-up. ---
add("swd-moi", "Example Damascus Agency (English)", "2027-05-09", "Four security personnel killed as outlaw groups attack checkpoint in Sweida countryside", "sweida-checkpoint", """
DAMASCUS - Four members of the general security forces were killed and six wounded when "outlaw
groups" attacked a checkpoint on the Damascus-Sweida road near the village of al-Mazraa late on
Sunday, the interior ministry said.

"The forces responded to the sources of fire and are pursuing the attackers," ministry spokesman
Samer al-Khatib said. He said reinforcements had been sent to secure the road, which had been
closed to traffic.
""")
add("swd-local", "Example Suwayda Network", "2027-05-10", "Three local fighters killed defending Ariqa as checkpoint shells village", "sweida-checkpoint", """
SUWAYDA - Three young men of the village of Ariqa were killed on Sunday night defending the village
after the government checkpoint on the western road shelled houses with mortars, a local faction
said on Monday.

"Our sons defended Ariqa and its people. We did not attack anyone," the faction said in a
statement. Residents said a woman was wounded when a shell hit her house. The clashes, which began
at about 10 p.m., lasted until dawn. The road to Damascus remained closed on Monday.
""")
add("swd-monitor", "Example Levant Wire", "2027-05-10", "Nine killed in overnight clashes in Syria's Sweida province, monitor says", "sweida-checkpoint", """
BEIRUT - Nine people were killed in clashes between government security forces and local Druze
gunmen in the western countryside of Syria's Sweida province overnight, a UK-based monitor said on
Monday: four members of the security forces, four local fighters and a civilian.

The fighting began when gunmen attacked a checkpoint near al-Mazraa, the monitor said; local
factions said the checkpoint had first fired at homes in Ariqa. Druze religious leaders called for
calm and for the road to Damascus to be reopened.
""")

# --- Pakistan, Khyber Pakhtunkhwa: two suicide car bombs and gunmen attack the Bannu cantonment on
# the evening of Tuesday 11 May. The group's claim (the "fedayeen" at "the army's headquarters in
# Bannu") is the same attack told by the other side: same incident. Tolls rise the next day. ---
add("ban-ispr", "Example Islamabad Daily", "2027-05-11", "Five soldiers martyred as security forces repulse attack on Bannu cantonment", "bannu-cantonment-attack", """
RAWALPINDI - Security forces repulsed an attack by khwarij on the Bannu cantonment on Tuesday
evening and killed all 16 attackers, the military's media wing, ISPR, said. Five soldiers were
martyred.

The attackers rammed two explosive-laden vehicles into the cantonment's perimeter wall at about
5.45 p.m. and then tried to enter, ISPR said. "The timely response of the troops foiled the
nefarious designs of the khwarij," it said. Several civilians were killed when the blast brought
down the roof of a mosque and houses next to the wall.
""")
add("ban-claim", "Example Peshawar Daily (English)", "2027-05-12", "Hafiz Gul Bahadur group claims Bannu attack", "bannu-cantonment-attack", """
PESHAWAR - A faction of the Hafiz Gul Bahadur group claimed responsibility on Wednesday for
Tuesday's attack on the Bannu cantonment, saying its "fedayeen" had entered "the army's
headquarters in Bannu" and killed "dozens of soldiers and officers".

The claim, sent to journalists in a voice message, could not be verified. The group said the
attack was revenge for drone strikes in North Waziristan.
""")
add("ban-wire", "Example World Wire", "2027-05-12", "Bannu attack toll rises to 18 with civilians killed in mosque collapse", "bannu-cantonment-attack", """
PESHAWAR - The number of people killed in Tuesday's suicide attack on the army cantonment in the
northwestern Pakistani city of Bannu rose to 18 on Wednesday, excluding the attackers, hospital
officials said: five soldiers and 13 civilians, most of them worshippers in a mosque whose roof
collapsed in the blast.

Thirty-two people were wounded. Shops and schools in Bannu were closed on Wednesday and funeral
prayers were held at the district sports ground.
""")

# --- Philippines, Negros Occidental: the army's "encounter" with NPA rebels in the hills on the
# boundary of Himamaylan and Kabankalan at dawn on Friday 14 May (five NPA killed). The NPA's
# regional command calls it "the massacre of five farmers" in "Sitio Lanas, Kabankalan": the same
# five dead at the same time on the same hillside told by the other side: same incident. ---
add("neg-army", "Example Manila Wire", "2027-05-14", "Five NPA rebels killed in Negros encounter, army says", "negros-encounter", """
BACOLOD - Five New People's Army rebels were killed in an encounter with soldiers of the 94th
Infantry Battalion in the hills of Barangay Carabalan, Himamaylan City, at dawn on Friday, the
army's 303rd Infantry Brigade said.

Troops responding to reports of extortion by the rebels came under fire at about 5 a.m. and fought
for 20 minutes, brigade spokesman Captain Ramon Villanueva said. Soldiers recovered four rifles, a
pistol and subversive documents. No soldier was hurt.
""")
add("neg-npa", "Example Visayas Independent", "2027-05-15", "NPA says soldiers massacred five farmers in Kabankalan hills", "negros-encounter", """
KABANKALAN - The New People's Army's Negros regional command said on Saturday that the five people
the army says were killed in an encounter on Friday were farmers shot in their huts in Sitio
Lanas, on the Kabankalan side of the boundary with Himamaylan.

"There was no encounter. It was a massacre of civilians," the command's spokesman, who uses the
name Ka Romeo Dumaguit, said in a statement. Relatives said the five, among them a father and his
19-year-old son, were sugarcane workers and that the rifles shown by the army were planted.
""")
add("neg-chr", "Example Manila Wire", "2027-05-16", "Rights commission to probe Negros killings as families bury five", "negros-encounter", """
BACOLOD - The Commission on Human Rights said on Sunday it would investigate Friday's killing of
five people in the hills between Himamaylan and Kabankalan, which the army calls an encounter with
the NPA and relatives call a massacre of farmers.

The five were buried on Sunday in Kabankalan after a mass attended by about 300 people. The army
said it would cooperate with the inquiry and stood by its account.
""")

# --- Taiwan and China: a China Coast Guard team boards a Taiwanese tourist boat off Beiding islet
# (Kinmen) on Monday 17 May. The Chinese coast guard's "routine law enforcement inspection in
# Xiamen-Kinmen waters" is the same boarding told by the other side: same incident. ---
add("kin-cga", "Example Taipei Broadcaster", "2027-05-17", "Chinese coast guard boards Taiwanese tourist boat off Kinmen", "kinmen-boarding", """
TAIPEI - A China Coast Guard team boarded a Taiwanese tourist boat with 23 passengers and two crew
off Beiding islet, east of Kinmen, on Monday afternoon and checked the captain's documents for
about 40 minutes, Taiwan's Coast Guard Administration said.

Two Taiwanese patrol boats reached the scene and escorted the tourist boat back to Kinmen's Liaoluo
harbour. No one was hurt. "This is a serious provocation that endangers our people," said Hsieh Ching-yuan, a deputy director of the administration. The Mainland Affairs Council lodged a protest
on Tuesday.
""")
add("kin-ccg", "Example Beijing Daily (English edition)", "2027-05-17", "China Coast Guard conducts law enforcement inspection in Xiamen-Kinmen waters", "kinmen-boarding", """
BEIJING - The China Coast Guard on Monday boarded and inspected a Taiwanese vessel in the
Xiamen-Kinmen waters in accordance with the law, a spokesman for the coast guard, Gan Zhiwei, said.

"The Xiamen-Kinmen waters are China's waters. The coast guard will normalise law enforcement
patrols and inspections there," Gan said. He said the inspection had been "routine" and the vessel
had been allowed to continue on its way.
""")

# --- Ordinary news, Vietnam: a construction hoist falls at a building site in Bien Hoa (Dong Nai)
# on Wednesday 19 May; the toll rises and the contractor's director is detained. ---
add("bh-local", "Example Dong Nai News (English)", "2027-05-19", "Three workers killed as construction hoist falls in Bien Hoa", "bienhoa-hoist-collapse", """
DONG NAI - Three construction workers were killed and four injured when a hoist carrying them fell
from the 14th floor of an apartment tower under construction in Bien Hoa city on Wednesday
morning, Dong Nai provincial police said.

The cage of the hoist broke loose from its mast at about 7.20 a.m., as workers were going up for
the morning shift, and crashed to the ground. The injured were taken to Dong Nai General Hospital.
""")
add("bh-wire", "Example Asia Wire", "2027-05-20", "Vietnam hoist accident toll rises to five; site closed", "bienhoa-hoist-collapse", """
HANOI - Two more workers injured when a construction hoist fell at a building site in the southern
Vietnamese city of Bien Hoa died in hospital, raising the toll to five, state media reported on
Thursday.

The provincial people's committee suspended work at the 25-storey tower and ordered checks of all
hoists and tower cranes in the province. The project's contractor, a Ho Chi Minh City company, did
not comment.
""")
add("bh-arrest", "Example Dong Nai News (English)", "2027-05-21", "Contractor director detained over Bien Hoa hoist collapse", "bienhoa-hoist-collapse", """
DONG NAI - Police in Dong Nai province on Friday detained the director of the company that
installed the hoist that fell at a Bien Hoa building site on Wednesday, killing five workers, on
suspicion of violating regulations on construction safety.

Investigators found that the hoist's safety brake had been disabled and that its last inspection
certificate had expired in March, police said.
""")

# --- Peru, VRAEM: a Shining Path remnant ambushes an army patrol in the Vizcatan del Ene district
# (Satipo, Junin) on Saturday 22 May; three, then four soldiers; funerals. The group's pamphlet is
# the same ambush told by the other side: same incident. ---
add("vra-army", "Example Lima Wire", "2027-05-22", "Three soldiers killed in VRAEM ambush blamed on Shining Path", "vraem-ambush", """
LIMA - Three soldiers were killed and five wounded when "narcoterrorists" ambushed an army patrol
near the community of Unión Mantaro in the Vizcatán del Ene district on Saturday morning, Peru's
joint command of the armed forces said.

The patrol was returning to its base after escorting coca eradication workers when it came under
fire from a hillside, the command said. The wounded were flown to a hospital in Pichari.
""")
add("vra-toll", "Example Andes Wire", "2027-05-23", "Fourth soldier dies after VRAEM ambush; government declares state of emergency extension", "vraem-ambush", """
LIMA - A fourth soldier died on Sunday of wounds suffered in Saturday's ambush in Peru's VRAEM
coca-growing valley, the defence ministry said, and the government extended the state of emergency
in the area for 60 days.

A pamphlet found near the ambush site and signed by the "Militarized Communist Party of Peru" said
its "combatants" had "punished the invading forces of the state" on the Ene river. The group is a
remnant of the Shining Path.
""")
add("vra-funeral", "Example Ayacucho Diario", "2027-05-25", "Soldiers killed in VRAEM buried in Ayacucho and Huancayo", "vraem-ambush", """
AYACUCHO - Two of the four soldiers killed in Saturday's ambush in the Vizcatán del Ene district
were buried on Tuesday in Ayacucho and Huancayo with military honours, among them Corporal Jhon
Quispe Huamán, 22.

The defence minister, who attended the ceremony in Ayacucho, said operations to find the attackers
were continuing in the valley of the Ene river.
""")

# --- Tajikistan and Afghanistan: shots fired from across the Panj at a camp of road workers in the
# Shamsiddin Shohin district (Khatlon) on the night of Tuesday 25 May; two workers killed. The
# Taliban's account ("an incident in the Darwaz district ... under investigation", "no fire from
# Afghan soil") is the same night's shooting on the same stretch of river told by the other side:
# same incident. ---
add("taj-border", "Example Dushanbe Wire", "2027-05-26", "Two road workers killed by fire from Afghan side of border", "tajik-border-shooting", """
DUSHANBE - Two workers of a road construction company were killed and one wounded when their camp
in the Shamsiddin Shohin district of the Khatlon region came under fire from the Afghan side of the
Panj river late on Tuesday, Tajikistan's border troops said on Wednesday.

The border troops said the attackers had used automatic weapons and a grenade launcher and had
fled into Afghanistan. Tajikistan called on the Taliban authorities "to ensure the security of the
common border".
""")
add("taj-taliban", "Example Kabul Herald (English)", "2027-05-26", "Taliban say they are investigating border incident in Darwaz", "tajik-border-shooting", """
KABUL - The Taliban's defence ministry said on Wednesday it was investigating "an incident on the
border in the Darwaz district of Badakhshan" on Tuesday night, and denied that Afghan forces had
fired across the river.

"No threat to any neighbouring country will come from the soil of Afghanistan," ministry
spokesman Abdul Wali Hamdard said. He said border forces had been reinforced in the area.
""")

# --- Russia, Dagestan: gunmen attack a traffic police post at the southern entrance to Derbent on
# the night of Thursday 27 May; two officers killed; two attackers "neutralised" in a
# counter-terrorism operation on the city's outskirts the next day. The operation is the hunt for
# the same attackers: same incident. ---
add("der-local", "Example Caucasus Digest", "2027-05-28", "Two police officers killed in attack on Derbent traffic post", "derbent-police-post", """
MAKHACHKALA - Two traffic police officers were killed and one wounded when gunmen fired on their
post at the southern entrance to Derbent late on Thursday, Dagestan's interior ministry said.

The attackers drove up in a car, opened fire with automatic weapons and escaped towards the city,
the ministry said. A counter-terrorism operation regime was declared in Derbent overnight.
""")
add("der-nac", "Example Moscow Wire", "2027-05-28", "Two gunmen killed in Dagestan after attack on police post", "derbent-police-post", """
MOSCOW - Two gunmen who attacked a police post in Derbent on Thursday night were "neutralised"
after they opened fire on security forces who had blocked them in a house on the outskirts of the
city, Russia's National Anti-Terrorism Committee said on Friday.

The committee said weapons and an explosive device were found in the house. It did not say which
group the men belonged to.
""")

# --- Singletons ---
# Russian artillery on Nikopol the day after the Pavlohrad missile strike, about 150 km away: another
# day, another weapon, another town: its own incident.
add("nikopol-shelling", "Example Dnipro Herald", "2027-04-06", "One killed as Russian artillery shells Nikopol", "single-nikopol-shelling", """
NIKOPOL - A 67-year-old man was killed and two people wounded when Russian artillery fired from
across the Kakhovka reservoir hit a street of private houses in Nikopol on Tuesday afternoon, the
head of the Nikopol district, Yevhen Bondar, said.

A gas pipeline and a power line were damaged. Nikopol, which faces the occupied town of Enerhodar
across the former reservoir, is shelled almost daily.
""")
add("id-palm", "Example Commodity Wire", "2027-05-20", "Indonesia raises palm oil export levy", "single-id-palm-levy", """
Indonesia will raise its export levy on crude palm oil to 9.5% of the reference price from 7.5%
from June, the trade ministry said on Thursday, to fund the biodiesel programme.

"The levy will keep the B40 programme financed without burdening the budget," a ministry official
said. Malaysian palm oil futures rose 1.4% after the announcement.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
