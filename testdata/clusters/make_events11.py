"""Writes events11.jsonl: the eleventh battery of invented reports (session 19,
lane events11; `parallax eval incidents --data
testdata/clusters/events11.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2. Only the lead runs it; no rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
49 reports of 20 incidents (16 of two to four reports, 4 singletons; 44
gold pairs; one duplicate pair), mostly conflict news in places and kinds
events..events10 do not use: Russian shelling of an aid distribution point
in Kherson on a Monday, shelling of Kherson again on the Wednesday and a
drone on a bus in Russian-held Oleshky the same Monday; an ADF massacre in a
village of Beni territory and an ADF attack on a health centre in Lubero
five days later; a Nigerian air strike in Zamfara that residents say killed
vigilantes and villagers; shots fired at a Kosovo police patrol near
Leposavic; France's expulsion of Algerian consular agents and Algeria's
counter-expulsion; an Iran-Sweden prisoner swap mediated by Oman; protests
in Makassar (a regional council set on fire) and in Jakarta the same day;
shots fired at Guyanese soldiers on the Cuyuni river; Ukrainian drones over
Moscow; a gang attack on Mirebalais (Haiti) and the government's drone
strikes on gang positions two days later; ordinary news: a fireworks
factory blast near Sivakasi and a second blast in the same district four
days later; singletons (a kidnapping in Bamenda, an OPEC+ decision).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a
  concentration of AFU personnel" against an aid queue; "scores of bandits
  neutralised" against 16 vigilantes and farmers; "a staged provocation"
  against a wounded officer; "a hostage of the Swedish judiciary" against
  "our citizens are home"; 23, then 31 dead in Mayi-Moya against "killing
  40 Christians";
- place names differ by side, language and granularity: Kherson /
  Kherson's Korabelnyi district / "the Korabel microdistrict"; Oleshky /
  Aleshki; Mayi-Moya / Beni territory / "the Oicha-Eringeti axis"; Tungar
  Kara / Maru LGA / "the Kwiambana forest"; Leposavic / Leposaviq /
  "Kosovo and Metohija" / Dren, Drenë; Muscat / Masqat; Makassar / Ujung
  Pandang / South Sulawesi / Sulawesi Selatan; the Cuyuni river /
  Eteringbang / "Guayana Esequiba"; Mirebalais / Mibalè / Centre
  department; Kenscoff / Fermathe; Sivakasi / Virudhunagar district /
  "near Sattur";
- follow-ups one to four days later (tolls rising, funerals in Kherson, a
  panel on the Zamfara strike, arrests in Kosovo, the displaced counted in
  Mirebalais, a factory owner arrested), denials (the Russian-installed
  Kherson administration, the Nigerian Air Force, Belgrade, Caracas),
  Algeria's foreign ministry statement in a wire's reported speech and in
  a translation-like English rendering (marked same_statement);
- hard negatives, each its own incident: Kherson shelled on Monday and on
  Wednesday; Kherson and Oleshky the same Monday; Makassar and Jakarta the
  same day; the expulsion and the counter-expulsion; the Mirebalais attack
  and the drone strikes that answer it; two ADF attacks in one week; two
  fireworks blasts in one district in one week; recap paragraphs that tell
  the older incident again; round-ups (the Russian MoD's night summary, a
  Kivu weekly security digest) labelled with their main incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events11.py > testdata/clusters/events11.jsonl
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


# --- Kherson: an aid point shelled on Monday 13 April, the city shelled again on Wednesday 15 April;
# Oleshky (Aleshki), across the Dnipro about 12 km away, hit the same Monday ------------------------
add("kherson-ova", "Example Kyiv Daily", "2026-04-13", "Russian shelling of aid point in Kherson kills five", "kherson-aidpoint-mon", """
KHERSON - Five people were killed and 14 wounded on Monday when Russian forces shelled a
humanitarian aid distribution point in the Korabelnyi district of Kherson, the head of the
regional military administration, Andriy Sokolenko, said. People had been queuing for food
parcels outside a former school on Ilyich Street at about 10:20 when several shells landed, he
said on Telegram. "The Russians knew exactly what they were hitting. It was a queue of
pensioners," Sokolenko wrote. Among the dead were two women aged 71 and 68. Four of the wounded
were in serious condition at the regional hospital. The aid point was run by a local charity with
supplies from an international organisation, which suspended distributions across the city for
the day. Prosecutors opened a war crimes investigation and said the shelling came from 122mm
artillery on the left bank of the Dnipro. Kherson, retaken by Ukraine in November 2022, is shelled
daily from Russian positions across the river.
""")
# The Russian-installed administration's account: no victims, a "concentration of AFU personnel" in
# "the Korabel microdistrict" at the same time. The same act told by the other side: same incident.
add("kherson-ru-governor", "Example Russian State Agency", "2026-04-13", "Russian-installed Kherson governor: strike hit Ukrainian troops, not civilians", "kherson-aidpoint-mon", """
GENICHESK, April 13 - The Moscow-appointed governor of the Kherson region, Vladimir Kostenko, said
on Monday that Russian forces had struck "a concentration of AFU personnel and equipment" in the
Korabel microdistrict of the city of Kherson in the morning, and called Ukrainian reports of
civilian deaths "a staged provocation for Western audiences." "Our artillery works on military
targets. The Kyiv regime deliberately places its militants among civilians," Kostenko said on his
channel. He said the strike was a response to Ukrainian shelling of settlements on the left bank
in recent days. The Russian Defence Ministry's daily summary said units of the Dnepr group of
forces had "inflicted losses on manpower" near Kherson without giving details. The governor's
administration, which sits in Genichesk, considers Kherson city part of Russia's Kherson region,
although Russian troops withdrew from it in 2022.
""")
# Next day: toll up to seven. Same incident.
add("kherson-wire", "Example World Wire", "2026-04-14", "Death toll from strike on Kherson aid queue rises to seven", "kherson-aidpoint-mon", """
KYIV, April 14 (Example World Wire) - The death toll from Russian shelling of a queue for food aid
in the southern Ukrainian city of Kherson rose to seven on Tuesday after two of the wounded died
in hospital, regional officials said. Monday's attack on the distribution point, in a
shipbuilding district of the city near the Dnipro river, also wounded 13 people, they said. The
United Nations humanitarian coordinator for Ukraine said she was "appalled" that civilians
waiting for assistance had been hit and that attacks on humanitarian operations were prohibited
under international law. Russia's Moscow-installed officials denied targeting civilians and said
their forces had struck Ukrainian troops. Ukraine's president called for more air
defence and longer-range weapons in his nightly address. Residents of Kherson, which had about
280,000 people before the full-scale invasion, say fewer than 60,000 remain.
""")
# Funerals two days later, toll eight: a follow-up of the same happening.
add("kherson-funerals", "Example Southern Ukraine News", "2026-04-15", "Kherson buries victims of aid point shelling; toll reaches eight", "kherson-aidpoint-mon", """
Funerals were held in Kherson on Wednesday for five of the people killed when Russian shells hit
a line of residents waiting for food parcels in the Korabel district on Monday. A 74-year-old man
wounded in the attack died overnight, bringing the death toll to eight, the regional
administration said. Relatives and volunteers gathered at the city cemetery under the sound of
distant artillery; services were kept short because of the danger of shelling. "My mother went
for flour and tinned meat. That is all she went for," said Natalia, whose mother Halyna, 71,
was among the dead. The charity that ran the aid point said it would move distributions to
basements and split them into smaller groups. The regional administration declared Tuesday and
Wednesday days of mourning.
""")
# Wednesday's shelling: same sides, same city, two days later: its own incident. Its recap paragraph
# on Monday's aid point does not make it part of Monday's happening.
add("kherson-wed-ova", "Example Kyiv Daily", "2026-04-15", "Russian shelling hits Kherson's Dniprovskyi district, two killed", "kherson-shelling-wed", """
KHERSON - Russian artillery and drones hit the Dniprovskyi district of Kherson on Wednesday
afternoon, killing two men and wounding six people, the regional military administration said.
A trolleybus depot, a pharmacy and several private houses were damaged near the river port, and a
drone dropped explosives on a municipal utility truck, wounding its driver. The administration
said the city had been shelled 41 times over the previous 24 hours.

The attack came as the city buried the victims of Monday's shelling of a humanitarian aid point
in the Korabelnyi district, where the death toll has risen to eight. Officials urged residents of
the riverside districts to avoid queues and to use shelters during alerts. Utility workers
restored power to about 3,000 households in the evening. The city's military administration said
it would extend the evening curfew by an hour from Thursday.
""")
# The wire's sentence on left-bank shelling of Hola Prystan and Oleshky "overnight" (Wednesday night)
# is another night than the Oleshky bus of Monday; the report stays with its lead, Wednesday's shelling.
add("kherson-wed-wire", "Example World Wire", "2026-04-16", "Two killed as Russia shells Ukraine's Kherson again", "kherson-shelling-wed", """
KYIV, April 16 (Example World Wire) - Russian shelling killed two people in the southern Ukrainian
city of Kherson on Wednesday, local authorities said, two days after an attack on an aid queue
there killed eight. The two men, aged 45 and 52, died when shells hit a street near the river port
in the Dniprovskyi district, the regional governor said on Thursday, adding that a woman injured
in the same attack was in a serious condition. A trolleybus depot was damaged, halting part of
the city's public transport. The Russian-installed authorities on the left bank of the Dnipro
said Ukrainian forces had shelled Hola Prystan and Oleshky overnight, injuring one person. Neither
side's account could be independently verified. Ukraine retook Kherson in November 2022, and
Russian forces have since shelled it from across the river, which forms the front line.
""")
# Oleshky (Russian: Aleshki), on the Russian-held left bank, the same Monday: another place, its own
# incident, told only by Russian-installed officials.
add("oleshky-bus", "Example Russian State Agency", "2026-04-13", "Ukrainian drone hits bus in Aleshki, two killed - administration", "oleshky-bus-mon", """
GENICHESK, April 13 - Two civilians were killed and five injured on Monday when a Ukrainian drone
struck a shuttle bus in the town of Aleshki on the left bank of the Dnieper, the Russian-installed
administration of the Kherson region said. The bus was carrying workers to a vegetable market in
the town centre when it was hit at about 8 a.m., the administration said. The wounded were taken
to hospital in Skadovsk. "This is a deliberate terrorist attack on civilians," governor Vladimir
Kostenko said, adding that Ukrainian drones had attacked vehicles in Aleshki, Golaya Pristan and
Kakhovka more than 60 times in the past week. Kostenko ordered public transport in the town to run
only in the early morning hours. Ukrainian officials did not comment. Aleshki, called Oleshky in
Ukrainian, lies about 12 kilometres from Kherson across the river and has been occupied by Russia
since February 2022.
""")

# --- North Kivu: the ADF kills villagers in Mayi-Moya (Beni territory) on the night of 6-7 June;
# five days later (11 June) the ADF attacks a health centre in Byambwe (Lubero territory). One group,
# one province, one week: two incidents -------------------------------------------------------------
add("beni-fardc", "Example Congo Press Agency", "2026-06-07", "FARDC: ADF terrorists kill civilians in Mayi-Moya, pursuit under way", "beni-mayimoya", """
BENI - Fighters of the Allied Democratic Forces (ADF) killed at least 23 civilians in an attack on
the village of Mayi-Moya in Beni territory on Saturday night, the spokesman of the army's Sokola 1
operations in the Grand Nord, Captain Jules Ngongo, said on Sunday. The attackers came out
of the forest at about 21:00, went from house to house with machetes and firearms and set fire to
houses and two lorries on the national road, he said. "The FARDC, together with the Ugandan
People's Defence Force, have launched a pursuit of these terrorists, who are fleeing towards the
Mayangose forest," Ngongo said. He said two attackers were killed and one weapon recovered.
Residents fled towards Oicha, the administrative centre of the territory. The ADF, a group of
Ugandan origin which pledged allegiance to the Islamic State in 2019, has killed thousands of
civilians in North Kivu and Ituri over the past decade.
""")
# Civil society's toll, one day later: 31 bodies. Place given as "the Oicha-Eringeti axis". Same incident.
add("beni-civil", "Example Radio Grands Lacs", "2026-06-08", "Mayi-Moya massacre: civil society counts 31 dead, calls for mourning", "beni-mayimoya", """
OICHA - The civil society of Beni territory said on Monday that 31 bodies had been recovered after
the ADF attack on Mayi-Moya, on the Oicha-Eringeti axis, and that at least 15 people were still
missing, including children taken into the bush. "The army arrived two hours after the first
shots. The population is abandoned," said Desire Kambale Musubao, president of the civil society of the
Beni-Mbau sector. Burials took place on Monday afternoon in a mass grave near the Mayi-Moya
parish, attended by the territory administrator. Hundreds of families had arrived in Oicha with
their goats and mattresses, the local Red Cross said, and were sheltering in schools and churches.
Traders on the Beni-Eringeti road suspended their trips. The civil society called for three days
of mourning and asked the government to end the state of siege, which has put North Kivu under
military administration since 2021 without stopping the killings.
""")
# The Islamic State's claim through Amaq: "40 Christians", "the town of Mayi Moya". Same act told by the
# perpetrators; same incident.
add("beni-amaq", "Example Jihadist Monitor", "2026-06-08", "Islamic State claims Mayi-Moya attack in eastern Congo", "beni-mayimoya", """
The Islamic State, through its Amaq news agency, claimed responsibility on Monday for the attack
on Mayi-Moya in the Democratic Republic of Congo's North Kivu province, saying its "soldiers of
the caliphate" in the Central Africa Province (ISCAP) had killed "40 Christians" and "members of
the Congolese army militias" in "the town of Mayi Moya near the city of Beni". The statement,
accompanied by two photographs of burning houses, said the fighters had "returned safely to their
positions." The figure of 40 is higher than the 31 dead reported by local civil society and the 23
given by the Congolese army on Sunday. ISCAP's claims of attacks in North Kivu have become more
frequent this year, our analysts note, and the group's propaganda increasingly presents the
killing of villagers as a campaign against Christians. The claim made no mention of the Ugandan
troops deployed in the area since 2021.
""")
# Byambwe, Lubero territory, Thursday 11 June: another ADF attack, another place, five days later:
# its own incident. The recap clause on Mayi-Moya does not move it.
add("lubero-wire", "Example World Wire", "2026-06-12", "Rebels attack health centre in eastern Congo, killing 11", "lubero-byambwe", """
GOMA, June 12 (Example World Wire) - Islamist rebels attacked a health centre in the village of
Byambwe in eastern Congo's Lubero territory on Thursday night, killing at least 11 people,
including four patients, and burning the building, local officials and a rights group said on
Friday. Attackers from the Allied Democratic Forces (ADF) set fire to the centre and looted its
pharmacy, said the administrator of Lubero territory, Colonel Bernard Matata. Nurses said some
patients were burned in their beds. The attack came five days after the ADF killed more than 30
villagers in Mayi-Moya, about 90 kilometres to the north in Beni territory. The rebels have pushed
south into Lubero in recent months, where M23 rebels also operate further west. Congo's army said
it was pursuing the attackers.
""")
add("lubero-radio", "Example Radio Grands Lacs", "2026-06-12", "Byambwe: the health centre burned, Lubero residents flee", "lubero-byambwe", """
LUBERO - Residents of Byambwe and the surrounding villages of the Bapere sector fled towards
Manguredjipa and Lubero-centre on Friday after ADF fighters attacked the local health centre on
Thursday around 20:00. The head nurse, reached by telephone, said the attackers killed a
community health worker, a woman who had just given birth and two other patients before setting
the wards on fire. The local civil society counted 13 dead on Friday evening and said that several
young people had been abducted to carry looted medicines. "There is no longer any health care
between here and Manguredjipa," a member of the health committee said. The army said a unit sent
from Lubero arrived on Friday morning. The territory administrator said the attackers had come
from the forests of the Bapere sector, where ADF groups have settled after being pushed out of
Beni. Aid groups said the centre served about 20,000 people.
""")
# A weekly digest published on the Friday: led by Mayi-Moya (three paragraphs) with one paragraph on
# Byambwe. Labelled with its main incident (beni-mayimoya), as the brief asks for round-ups.
add("kivu-digest", "Example Kivu Security Tracker", "2026-06-12", "Weekly brief: Mayi-Moya massacre is deadliest ADF attack this year", "beni-mayimoya", """
The massacre in Mayi-Moya, Beni territory, on the night of 6 to 7 June was the deadliest ADF attack
recorded this year. Our incident data, based on local sources, show 31 civilians killed, at least
15 abducted and 43 houses burned between about 21:00 and midnight. The attack targeted a village
on the Oicha-Eringeti road where farmers had returned in April after two years of displacement.

The army's Sokola 1 operations announced a joint pursuit with Ugandan forces on 7 June, but our
sources report no contact with the attackers since. The Islamic State claimed the attack on 8 June
with an inflated toll of 40. Displaced families in Oicha number about 6,500 according to local
authorities.

The attack follows a pattern seen in Beni since 2024: ADF groups split into small units and strike
villages left unprotected when army units are redeployed to the front against the M23.

Elsewhere this week: on 11 June an ADF unit attacked the health centre of Byambwe, in the Bapere
sector of Lubero territory, killing at least 11 people. We will cover it in next week's brief.
""")

# --- Zamfara: a Nigerian Air Force strike on Tuesday 17 February; the air force's "bandits", the
# residents' vigilantes and farmers, the air force's denial ------------------------------------------
add("zamfara-naf", "Example Abuja Tribune", "2026-02-17", "NAF air strikes neutralise scores of bandits in Zamfara", "zamfara-airstrike", """
ABUJA - The air component of Operation Fansan Yamma has neutralised scores of bandits in air
interdiction missions in the Kwiambana forest axis of Zamfara State, the Nigerian Air Force said on
Tuesday. The Director of Public Relations and Information, Air Commodore Olusegun Adeyemi, said the
strikes on Tuesday morning followed "credible intelligence" that fighters loyal to the bandit
kingpin Dogo Sule had converged near Tungar Kara to plan attacks on communities in Maru Local
Government Area. "Several of the criminals were neutralised and their logistics destroyed while
attempting to flee," he said. He added that the operation was part of a sustained effort to deny
the bandits freedom of action in the North West and urged residents to keep providing
information to security agencies. Bandits in Zamfara kill and kidnap villagers for ransom and
impose levies on farmers.
""")
# Residents: 16 vigilantes and farmers killed in Tungar Kara village. Same strike (same morning, same
# place named at another granularity). Same incident.
add("zamfara-residents", "Example Northern Daily", "2026-02-18", "Residents say military air strike killed 16 vigilantes, farmers in Zamfara", "zamfara-airstrike", """
GUSAU - Residents of Tungar Kara village in Maru Local Government Area of Zamfara State said on
Wednesday that a military aircraft had killed 16 people, most of them members of a local vigilante
group, as they gathered on Tuesday morning to pursue bandits who had stolen cattle overnight. "They
were our sons. They were not bandits. They had gathered near the market to go after the rustlers,"
said Malam Sani Garba, a community leader, who said nine others were wounded. Amnesty
International Nigeria called for an independent investigation, saying the strike was "another
deadly mistake in a series of air raids that have killed villagers in the North West." A
lawmaker representing Maru said he had counted 16 fresh graves. Nigeria's military has
acknowledged mistaken strikes before, including one on a religious gathering in Kaduna State in
December 2023 that killed more than 80 people.
""")
# Two days later: the governor's panel, the burials, the air force's denial. Same incident.
add("zamfara-panel", "Example West Africa Wire", "2026-02-19", "Nigeria's air force denies killing civilians; Zamfara governor orders inquiry", "zamfara-airstrike", """
ABUJA, Feb 19 (Example West Africa Wire) - Nigeria's air force said on Thursday that its strike in
northwestern Zamfara state this week had hit "armed bandits and their collaborators" and not
civilians, as the state governor set up a panel to investigate residents' accounts that 16
vigilantes and farmers were killed. "Our post-strike assessment does not support claims of
civilian casualties," an air force spokesman said. Governor Bello Dangana said a seven-member panel
would visit the village, in Maru district, and report within two weeks, and that the state would
pay for the burials and the treatment of nine wounded. Relatives buried the last of the dead on
Wednesday. Rights groups say hundreds of civilians have been killed by mistaken Nigerian air
strikes since 2017.
""")

# --- Kosovo: shots fired at a Kosovo police patrol near Leposavic (Albanian: Leposaviq) on the night of
# Tuesday 22 September; Belgrade calls it staged; arrests two days later ------------------------------
add("leposaviq-police", "Example Prishtina Online", "2026-09-22", "Police officer wounded as patrol comes under fire near Leposaviq", "leposavic-shooting", """
PRISHTINA - A Kosovo police officer was wounded on Tuesday evening when unknown gunmen opened fire
on a border police patrol near the village of Drenë in the municipality of Leposaviq, Kosovo
Police said. The patrol was checking an unofficial crossing used by smugglers on the
administrative line with Serbia when it was fired on from a wooded hill at about 19:30, deputy
police director for the North, Besnik Hoxha, said. The officer, 29, was hit in the leg and taken to
hospital in Mitrovica; his condition was stable. "Officers returned fire. The attackers withdrew
towards Serbia," Hoxha said. Special units and KFOR troops closed roads in the area overnight.
Interior Minister Arben Gashi called the attack "terrorism organised from Belgrade" and said
police had found spent cartridges of military calibre. Kosovo's north, where most residents are
Serbs, has seen repeated incidents since an armed attack in Banjska in 2023.
""")
# Belgrade's account the next day: no attack took place as described, "staged". Same incident.
add("leposavic-belgrade", "Example Belgrade Agency", "2026-09-23", "Belgrade: Pristina staged 'incident' in Leposavic to justify repression of Serbs", "leposavic-shooting", """
BELGRADE, Sept 23 - The head of the Serbian government's Office for Kosovo and Metohija, Dragan
Milosavljevic, said on Wednesday that the alleged shooting at a Kosovo police patrol near the
village of Dren in the Leposavic municipality on Tuesday night was "a staged provocation" by
Pristina's institutions to justify new raids on Serbs in the north of the province. "No Serb and no
one from central Serbia had anything to do with it. The Pristina regime needs incidents," he told
reporters. He said Kosovo special police units had entered Serb homes in Dren and Ulije overnight
and arrested two people "without any evidence". Serbia does not recognise Kosovo's independence
and calls the territory Kosovo and Metohija. The Serbian army chief of staff said the army had "no
information" about armed groups on its side of the administrative line.
""")
# Two days after the shooting: arrests and a weapons cache. Follow-up of the same happening.
add("leposavic-wire", "Example Europe Wire", "2026-09-24", "Kosovo arrests two, finds weapons after shooting at police patrol", "leposavic-shooting", """
PRISTINA, Sept 24 (Example Europe Wire) - Kosovo police said on Thursday they had arrested two
ethnic Serb men and found a cache of rifles and ammunition near the northern town of Leposavic,
two days after gunmen shot and wounded an officer on patrol near the border with Serbia. A court
in Mitrovica ordered the two men, aged 34 and 41, held for 30 days on suspicion of terrorism and
attempted murder, prosecutors said. Serbia's government has denied any involvement and called the
shooting staged. The European Union's spokesman urged both sides to show restraint and said the
EU-facilitated dialogue "remains the only way forward." The NATO-led KFOR mission said it had
increased patrols along the boundary line. Leposavic, Leposaviq in Albanian, is one of four
Serb-majority municipalities in northern Kosovo.
""")

# --- France and Algeria: France expels four Algerian consular agents on Tuesday 12 May; Algeria's
# answer "will not go unanswered" on the Wednesday stays with the expulsion it answers; Algeria
# expels four French embassy staff on Friday 15 May: its own incident (the counter-expulsion) --------
add("fr-expels-paris", "Example Paris Wire", "2026-05-12", "France expels four Algerian consular agents over dissident's abduction", "fr-expels-dz", """
PARIS, May 12 (Example Paris Wire) - France ordered four agents of Algeria's consular network to
leave the country within 48 hours on Tuesday, after prosecutors charged an Algerian consular
employee over the abduction of a dissident blogger near Paris last year, the foreign ministry
said. "These agents carried out activities incompatible with their status," the ministry's
spokeswoman, Claire Vautrin, told reporters. The four, posted at the consulates in Créteil and
Pontoise, are suspected of taking part in the surveillance of Algerian opponents living in France,
according to a source close to the case. The blogger, who has been critical of the Algerian
government, was seized outside his home in Val-de-Marne in April last year and released a day
later in a forest. Relations between Paris and Algiers have been tense since France backed
Morocco's autonomy plan for Western Sahara in 2024.
""")
# Algeria's foreign ministry statement, reported by a wire the next day.
add("dz-statement-wire", "Example World Wire", "2026-05-13", "Algeria says French expulsions 'will not go unanswered'", "fr-expels-dz", """
ALGIERS, May 13 (Example World Wire) - Algeria's foreign ministry on Wednesday condemned France's
decision to expel four Algerian consular agents, calling it "unacceptable" and "a serious breach
of diplomatic norms", and said it would not go unanswered. In a statement carried by the state news
agency, the ministry said the agents had been "arbitrarily" accused on the basis of a judicial
case "fabricated by circles hostile to Algeria" in the French interior ministry. It said the
decision "will not go unanswered" and that Algeria reserved the right to respond "on the basis of
strict reciprocity". The ministry summoned France's charge d'affaires, it said. France's ambassador
has been recalled to Paris for consultations since last year. The expulsions on Tuesday followed
the indictment of an Algerian consular employee in the abduction of a government critic.
""")
# The same statement in a translation-like English rendering (state agency style): same_statement
# duplicate of dz-statement-wire, same incident.
add("dz-statement-aps", "Example Algerian Press Service", "2026-05-13", "Ministry of Foreign Affairs: Algeria strongly condemns the expulsion of four of its consular agents by France", "fr-expels-dz", """
ALGIERS - The Ministry of Foreign Affairs and National Community Abroad expressed, on Wednesday, the
strong condemnation of Algeria of the unacceptable decision of the French authorities to expel four
agents of its consular network in France, considering it a serious breach of the diplomatic norms
and practices. In a communiqué, the Ministry indicated that the agents were arbitrarily accused on
the basis of a judicial file fabricated by circles hostile to Algeria within the French Ministry of
Interior, who continue their campaign against the relations between the two countries. The Ministry
affirmed that this decision will not remain without response and that Algeria reserves its right
to react according to the principle of strict reciprocity. The Chargé d'Affaires of the Embassy of
France in Algiers was summoned to the headquarters of the Ministry, where the strong protest of
Algeria was notified to him.
""", duplicate_of="dz-statement-wire", duplicate_kind="same_statement")
# Friday 15 May: Algeria expels four French embassy staff. The answer announced on Wednesday, carried
# out three days later: its own incident, not the expulsion it answers. Its recap of Tuesday's
# expulsion does not join them.
add("dz-expels-alg", "Example Algiers Daily", "2026-05-15", "Algeria declares four French embassy staff persona non grata", "dz-expels-fr", """
ALGIERS - Algeria on Friday declared four members of the staff of the French embassy in Algiers
persona non grata and gave them 48 hours to leave the national territory, the Ministry of Foreign
Affairs announced. The ministry said the decision was taken "in application of the principle of
reciprocity" after the expulsion by Paris, on Tuesday, of four Algerian consular agents. The four
French officials, two of them attached to the embassy's security service, were informed at the
ministry on Friday morning, an official source said. The ministry added that Algeria "did not
choose the escalation" and that the responsibility for the deterioration of relations "lies
entirely with the French side". Algerian commentators on state television welcomed a "firm and
proportionate" answer.
""")
# France's reaction to the counter-expulsion, the next day: stays with the counter-expulsion.
add("dz-expels-paris", "Example Paris Wire", "2026-05-16", "France calls Algeria's expulsion of its diplomats 'unjustified'", "dz-expels-fr", """
PARIS, May 16 (Example Paris Wire) - France on Saturday called Algeria's expulsion of four French
embassy staff "unjustified and regrettable" and said it would respond "firmly" if Algiers took
further steps against its diplomats. The foreign ministry spokeswoman said the four officials had
left Algiers on a flight to Marseille on Saturday morning. "Our agents were carrying out their
duties in full respect of the Vienna Convention," she said. Algeria announced the expulsions on
Friday, saying it was applying reciprocity after France expelled four Algerian consular agents
earlier in the week over a dissident's kidnapping. Diplomats in Paris said the tit-for-tat moves
had left both embassies with skeleton staff and put at risk cooperation on migration and on
returns of Algerians ordered to leave France.
""")

# --- Iran and Sweden: a prisoner swap mediated by Oman on Wednesday 8 July. Each side counts and names
# only its own (one Iranian; two Swedes); Oman speaks of "three persons". One exchange, one incident --
add("swap-irna", "Example Tehran News Agency", "2026-07-08", "Iranian citizen freed from Swedish prison returns home", "iran-sweden-swap", """
TEHRAN - Iranian citizen Hamid Rezaei, who spent six years in a Swedish prison, arrived in Tehran
on Wednesday evening and was welcomed at Mehrabad airport by his family and officials of the
foreign ministry, the judiciary's news site reported. Foreign Ministry spokesman Mehdi Karimzadeh
said Rezaei had been "a hostage of the Swedish judiciary", convicted on the basis of "false and
politically motivated claims", and thanked the Sultanate of Oman for its "constructive role". He
said his release was the result of "months of intensive diplomatic efforts" and gave no details
of any exchange. Rezaei, a former prison official, was arrested at Stockholm airport in 2020 and
sentenced to life imprisonment in Sweden for his alleged role in executions in 1988, a verdict
Tehran has always rejected. State television showed him kissing the ground at the airport.
""")
add("swap-sweden", "Example Stockholm Daily", "2026-07-08", "Two Swedes released by Iran are on their way home, Prime Minister says", "iran-sweden-swap", """
STOCKHOLM - Two Swedish citizens held in Iran, the EU official Johan Lindqvist and the dual
national Ahmad Nasseri, have been released and are on their way to Sweden, Prime Minister Erik
Sandström said on Wednesday. "Johan and Ahmad are free. They will soon be home with their
families," he told a news conference. In return, the government decided to release an Iranian
citizen serving a life sentence in Sweden, he said, calling it "a difficult decision" taken to save
the lives of Swedish citizens. Lindqvist was arrested at Tehran airport in 2022 and sentenced to
death for espionage; Nasseri, a researcher, had been held since 2023. Sandström thanked Oman for
mediating. Opposition parties criticised the swap, saying it rewarded hostage-taking. The two men
were expected to land at Arlanda on Wednesday night.
""")
# Oman's statement, through a Gulf paper the next day: "the release of three persons" in Muscat.
add("swap-oman", "Example Gulf Times", "2026-07-09", "Oman mediates release of detainees between Iran and Sweden", "iran-sweden-swap", """
MUSCAT - The Sultanate of Oman said on Thursday that its mediation had led to the release of three
persons held in the Islamic Republic of Iran and the Kingdom of Sweden, and that the released
persons had been transferred from Masqat to their countries on Wednesday. A statement by the
Ministry of Foreign Affairs said the operation was carried out "in response to requests from both
friendly countries" and out of humanitarian considerations. Omani officials said the three men had
been flown to Muscat International Airport on separate aircraft and had spent about two hours in
the terminal before leaving for Tehran and Stockholm. Oman has mediated several releases between
Iran and Western countries, including an exchange between Iran and Belgium in 2023 and the
release of a French national last year.
""")

# --- Indonesia: Thursday 27 August, a regional council set on fire in Makassar (old name Ujung
# Pandang, South Sulawesi) and a protest at parliament in Jakarta the same day: two incidents -------
add("makassar-local", "Example Sulawesi Post", "2026-08-27", "DPRD building in Makassar set on fire, three trapped dead", "makassar-protest", """
MAKASSAR - Three people died after protesters set fire to the building of the Regional People's
Representative Council (DPRD) of Makassar City on Jalan AP Pettarani on Thursday night, police
said. The victims, two council staff and a security guard, were trapped on the third floor when
the fire spread from the lobby, said South Sulawesi police spokesman Commissioner Andi Rahman. Five
other people jumped from windows and were taken to Wahidin Sudirohusodo hospital. Thousands of
students and online motorcycle drivers had marched on the council since the afternoon against new
allowances for lawmakers; some threw petrol bombs after police fired tear gas. Firefighters said
they could not reach the building for two hours because the road was blocked by burning tyres. At
least 14 cars parked in the compound were burned.
""")
add("makassar-wire", "Example Asia Wire", "2026-08-28", "Death toll in Indonesian council fire rises to four as protests spread", "makassar-protest", """
JAKARTA, Aug 28 (Example Asia Wire) - The death toll from a fire set by protesters at a local
parliament building in the eastern Indonesian city of Makassar rose to four on Friday after a man
who jumped from the burning building died in hospital, police said. Police said they had arrested
31 people over Thursday night's arson in the capital of South Sulawesi province and were looking
for those who threw petrol bombs. President's office spokesman Hasan Wirawan said the government
"understands the public's anger" over lawmakers' perks but "will not tolerate anarchy." The
protests over a monthly housing allowance for lawmakers began in Jakarta this week and spread to
at least ten cities on Thursday, including Bandung, Surabaya and Medan. Officials in Makassar said
the council would meet in the city hall while the gutted building is assessed.
""")
# Rights group, two days later: same fire. Same incident.
add("makassar-rights", "Example Indonesia Rights Watch", "2026-08-29", "Makassar fire: investigate police conduct as well as the arsonists", "makassar-protest", """
The deaths of four people in the fire at the Makassar DPRD building in Sulawesi Selatan on 27 August
must be fully investigated, including the delay in the arrival of fire engines and the police's
use of tear gas inside a crowd of several thousand people, our researchers said on Saturday.
Witnesses told us that police fired tear gas from the council's courtyard into the road, where
students were sitting, before the first petrol bombs were thrown. "The families of the victims
deserve the truth, not only a list of arrested students," our director said. Police have now
arrested 38 people. We also call on the authorities to release demonstrators held without access
to lawyers in Makassar and to respect the right to peaceful protest.
""")
# Jakarta, the same Thursday: protest at parliament (DPR) in Senayan, tear gas, arrests. Same day,
# same cause, another city: its own incident.
add("jakarta-local", "Example Jakarta Globe Daily", "2026-08-27", "Police fire tear gas at protesters outside parliament in Senayan", "jakarta-protest", """
JAKARTA - Police fired tear gas and water cannon on Thursday afternoon to disperse thousands of
students and workers protesting outside the House of Representatives (DPR) complex in Senayan,
Central Jakarta, against allowances for lawmakers. Protesters threw stones and bottles and tried
to pull down the fence of the complex on Jalan Gatot Subroto, and the toll road in front of the
building was closed for several hours. Jakarta police said 212 people had been detained and that
nine officers and 17 demonstrators had been treated for injuries. A police post near the Palmerah
flyover was set on fire in the evening. "We will not go home until the allowances are cancelled,"
a student leader said through a loudspeaker. Commuter train services at Palmerah station were
suspended.
""")
# The wire on Jakarta names the Makassar fire in one sentence: stays with its lead (Jakarta).
add("jakarta-wire", "Example Asia Wire", "2026-08-28", "Indonesian police detain over 200 after parliament protest in Jakarta", "jakarta-protest", """
JAKARTA, Aug 28 (Example Asia Wire) - Indonesian police said on Friday they had detained more than
200 people after clashes outside parliament in Jakarta on Thursday, where protesters angry over
lawmakers' perks hurled stones and police fired tear gas. Jakarta police chief Inspector General
Budi Santoso said most of those detained were students and that 64 were still being questioned.
Lawmakers said the parliament's leadership would "review" the monthly housing allowance of 50
million rupiah that set off the protests. Separately, in the city of Makassar, protesters set fire
to a regional council building on Thursday night, killing four people. Analysts said the protests
were the largest since 2019, when students rallied against changes to the criminal code. More
protests are planned in Jakarta next week.
""")

# --- Guyana and Venezuela: shots fired at Guyanese soldiers on the Cuyuni river on Tuesday 10 March.
# Caracas denies and places it in "Guayana Esequiba"; a soldier dies of his wounds two days later ----
add("cuyuni-gdf", "Example Georgetown Chronicle", "2026-03-10", "GDF soldiers wounded after shots fired from Venezuelan side of Cuyuni River", "cuyuni-shooting", """
GEORGETOWN - Two soldiers of the Guyana Defence Force (GDF) were wounded on Tuesday morning when
armed men fired at a GDF boat patrolling the Cuyuni River near Eteringbang, in Region Seven, the
army said. The patrol was taking supplies to a forward operating base when it came under fire from
the Venezuelan bank at about 07:15, the GDF said. The soldiers returned fire. The two wounded, a
corporal and a private, were flown to Georgetown Public Hospital. Chief of Staff Brigadier Michael
Persaud said the attackers were believed to be members of a criminal gang, the "sindicatos", who
operate illegal gold mines on the Venezuelan side. Guyana's foreign ministry said it would raise
the incident with the Venezuelan government and with partners. Venezuela claims the Essequibo
region, about two thirds of Guyana's territory.
""")
# Venezuela's defence ministry the next day: no shots by its forces; "in Guayana Esequiba" and "an
# invented incident". Same happening told by the other side: same incident.
add("cuyuni-caracas", "Example Caracas Agency", "2026-03-11", "Venezuela rejects Guyana's 'invented' account of incident on the Cuyuní", "cuyuni-shooting", """
CARACAS, March 11 - Venezuela's Defence Minister, General Rafael Brito Lugo, on Wednesday rejected
what he called "an invented incident" on the Cuyuní river, saying no unit of the Bolivarian
National Armed Force (FANB) had fired on Guyanese personnel. "The FANB guards the Venezuelan bank
of the Cuyuní and does not respond to provocations," he said on state television. He said the
"so-called incident" had taken place in "the Guayana Esequiba territory", which Venezuela considers
its own, and accused Georgetown and "transnational oil companies" of inventing border
tensions to justify the presence of foreign military advisers. The minister said that patrols of
the Strategic Integral Defence Region of Guayana had been reinforced near the island of Anacoco.
Caracas also summoned Guyana's charge d'affaires to protest against what it called "a campaign of
lies" about the border and repeated its call for direct negotiations under the 1966 Geneva
Agreement.
""")
add("cuyuni-wire", "Example Americas Wire", "2026-03-12", "Guyanese soldier dies after border shooting blamed on Venezuelan gang", "cuyuni-shooting", """
GEORGETOWN, March 12 (Example Americas Wire) - A Guyanese soldier wounded in a shooting on the
Cuyuni River on the border with Venezuela died in hospital on Thursday, the Guyana Defence Force
said, the first death of a soldier in a string of attacks on patrols in the disputed area. Private
Shawn Adams, 24, died of a gunshot wound to the abdomen; a second soldier wounded in Tuesday's
attack was recovering. President's office officials in Georgetown said Guyana would ask the
Caribbean Community and the United States for help. Venezuela has denied that its soldiers were
involved. The International Court of Justice is hearing Guyana's case to confirm its 1899 border;
Venezuela does not recognise the court's jurisdiction. The soldier's body will be flown to his home
village in the Berbice region for burial on Saturday, the army said, and the GDF's chief of staff
said river patrols would continue "with additional protection".
""")

# --- Moscow: Ukrainian drones over the Moscow region on the night of 18-19 October (Monday 19) -------
add("moscow-mayor", "Example Russian State Agency", "2026-10-19", "Moscow mayor: air defence repels drone attack on capital", "moscow-drones", """
MOSCOW, October 19 - Air defence forces repelled an attack by 19 drones flying towards Moscow
overnight, Moscow Mayor Pavel Sedykh said on Monday. "Specialists of the emergency services are
working at the sites where debris fell," he wrote on Telegram between 01:00 and 05:00. Debris
damaged the roofs of two private houses in the Ramensky district of the Moscow region and a car
in Vidnoye, the regional governor said; one woman was slightly injured in Ramenskoye. The federal
air transport agency said restrictions were imposed overnight at Domodedovo, Vnukovo and
Zhukovsky airports, and 48 flights were delayed or diverted to St Petersburg and Kazan. Flights
resumed by 7 a.m. Sedykh said that the city's services were working normally and urged residents
not to publish photographs or videos of air defence at work or of the places where debris fell.
Residents of Ramenskoye posted videos of a glow on the horizon and said they heard several loud
explosions at about half past three.
""")
# The Russian MoD's night summary: 112 drones over nine regions; led by "19 over the Moscow region"
# (its first sentence after the total). A round-up: labelled with its main incident, moscow-drones.
add("moscow-mod", "Example Russian State Agency", "2026-10-19", "Russian air defences destroy 112 Ukrainian drones overnight - MoD", "moscow-drones", """
MOSCOW, October 19 - Russian air defence systems intercepted and destroyed 112 Ukrainian
fixed-wing drones overnight, including 19 over the Moscow region flying towards the capital, the
Defence Ministry said on Monday. The ministry said the drones were destroyed between 20:00 Moscow
time on Sunday and 07:00 on Monday. In addition to the Moscow region, 31 drones were destroyed over
the Bryansk region, 24 over the Kursk region, 17 over the Oryol region, eight over the Tula region
and the rest over the Kaluga, Smolensk, Lipetsk and Ryazan regions. The ministry called the attack
"an attempt by the Kyiv regime to carry out terrorist attacks on facilities on the territory of
the Russian Federation." It did not report damage. Regional governors in Bryansk and Kursk said there were no casualties on
the ground; in the Oryol region a drone damaged a power line, leaving several villages without
electricity for a few hours.
""")
# Ukraine's account: a strike on an oil-pumping station of the Koltsevoy pipeline near Ramenskoye, the
# same night. Same attack told by the attacker: same incident.
add("moscow-ua", "Example Kyiv Daily", "2026-10-19", "Ukraine's drones hit fuel pumping station near Moscow, source says", "moscow-drones", """
KYIV - Ukrainian long-range drones struck an oil products pumping station of the Koltsevoy
pipeline ring around Moscow overnight, near the town of Ramenskoye south-east of the Russian
capital, a source in Ukraine's Security Service (SBU) said on Monday. The station pumps diesel and
jet fuel to airports and military units around Moscow, the source said, and videos from local
residents showed a fire at the site after explosions at about 03:30. "The war is coming back to the
Russians," the source said. The operation involved "several dozen" drones, some of which served to
overload air defences, the source added. Russia's defence ministry said it had destroyed 19 drones
over the Moscow region and did not mention any damage at the pipeline. Moscow's airports were
closed for several hours.
""")

# --- Haiti: the Viv Ansanm gang coalition attacks Mirebalais (Creole: Mibalè, Centre department) on
# Monday 9 November; on Wednesday 11 November the government's task force strikes gang positions in
# Kenscoff / Fermathe with drones, presented as a response. Two incidents --------------------------
add("mirebalais-pnh", "Example Port-au-Prince News", "2026-11-09", "Gangs storm Mirebalais, free prisoners, police say", "mirebalais-attack", """
PORT-AU-PRINCE - Hundreds of gang members of the Viv Ansanm coalition attacked the town of
Mirebalais in the Centre department before dawn on Monday, burning the police station and freeing
about 400 inmates from the civil prison, the Haitian National Police (PNH) said. At least 12
people, among them two police officers, were killed, police spokesman Garry Désir said. The
attackers came from the Croix-des-Bouquets and Cabaret areas along National Road 3 and overran a
police post at the entrance of the town around 04:00. Residents fled on foot towards Lascahobas
and Saut-d'Eau. "The reinforcements did not arrive. We held on for four hours," a police officer
told us by telephone. The gangs also set fire to the town hall and several houses near the market.
""")
add("mirebalais-radio", "Example Radio Kiskeya", "2026-11-10", "Mibalè: town emptied after gang attack, thousands on the roads", "mirebalais-attack", """
Residents of Mibalè (Mirebalais) described scenes of panic on Tuesday, a day after gangs stormed
the town, burned its prison and police station and killed at least 15 people. Thousands of people
crossed the Artibonite river towards Lascahobas and Hinche on foot and on motorcycles. "They
burned my shop and killed my neighbour in front of his children," said a market woman reached in
Lascahobas. The University Hospital of Mirebalais, one of the best equipped in the country, said it
had evacuated its patients to Hinche and suspended services. Local officials said gang members were
still in the town on Tuesday, looting warehouses. Police said reinforcements from Hinche and an
armoured vehicle of the Kenyan-led security mission were on the way, but the road from the capital
remained cut. The mayor, who fled to Hinche, appealed to the government to "not abandon
Mibalè as it abandoned Saut-d'Eau", which gangs overran this year.
""")
add("mirebalais-ocha", "Example Humanitarian Bulletin", "2026-11-11", "Haiti: more than 6,000 displaced after attack on Mirebalais", "mirebalais-attack", """
More than 6,000 people have been displaced from the commune of Mirebalais, in Haiti's Centre
department, since armed groups attacked the town on 9 November, according to an initial count by
the International Organization for Migration and local civil protection. Most are sheltering with
host families in Lascahobas, Savanette and Hinche; about 1,200 are in two schools. The attack left
at least 15 people dead. The regional hospital has suspended its activities. Humanitarian partners
are preparing distributions of water and hygiene kits, but the National Road 3 remains insecure. Partners report that the Mirebalais prison, from which
about 400 detainees escaped, and several schools were burned. Mobile clinics have started
consultations in Lascahobas, where the health centre has received at least 30 wounded. Access to
the town itself remains impossible. Humanitarian flights from Port-au-Prince to Hinche are
planned from Friday. Funding for the response remains below 15 per cent of needs.
""")
# Wednesday: the task force's drone strikes in Kenscoff / Fermathe, announced as the response to
# Mirebalais. An act that answers another is its own incident; its recap sentence does not join them.
add("kenscoff-govt", "Example Port-au-Prince News", "2026-11-11", "Task force drone strikes kill gang members near Kenscoff, government says", "kenscoff-dronestrikes", """
PORT-AU-PRINCE - The government's special task force carried out drone strikes on Wednesday on gang
positions near Fermathe, in the commune of Kenscoff above the capital, killing at least 17 gang
members, Prime Minister's office spokesman Jean-Robert Louis said. He said the strikes targeted a
house used by the leader of the "Grand Ravine" gang and a camp on the road to Furcy. "This is the
answer to the massacre of Mirebalais. There will be others," Louis said. The Viv Ansanm coalition
stormed Mirebalais, in the Centre department, on Monday, killing at least 15 people. Residents of
Fermathe said they had heard at least six explosions from 10 a.m. The gang that controls the
road between Kenscoff and Furcy joined the Viv Ansanm coalition last year and has driven
thousands of people from the hills above the capital. Louis said the strikes were carried out
with the help of a private security contractor, which he did not name.
""")
add("kenscoff-rights", "Example Haiti Rights Network", "2026-11-12", "Kenscoff drone strikes: civilians among the dead, rights group says", "kenscoff-dronestrikes", """
At least three civilians, among them a 12-year-old boy, were killed in Wednesday's drone strikes in
the Fermathe area of Kenscoff, according to information gathered by our network from residents
and a local health centre. The government says 17 gang members were killed. We are not in a
position to verify the number of armed men killed. One of the drones hit a house next to the
Fermathe market where a family was having lunch, residents said. We call on the authorities to
publish the rules under which the task force uses explosive drones in populated areas. Our network
also condemns the attack on Mirebalais by the Viv Ansanm coalition on 9 November. Since March,
our monitors have recorded at least 180 deaths in drone strikes in the metropolitan area, a
third of them people who were not members of gangs.
""")

# --- Tamil Nadu: a fireworks factory blast at Achankulam near Sivakasi (Virudhunagar district) on
# Tuesday 21 July, toll 8 then 11, owner arrested; a second blast at a unit near Sattur in the same
# district on Saturday 25 July: same kind, same district, four days later: its own incident --------
add("sivakasi-local", "Example Madurai Mail", "2026-07-21", "Eight killed in explosion at fireworks unit near Sivakasi", "sivakasi-blast", """
VIRUDHUNAGAR - Eight workers were killed and six injured in an explosion at a private fireworks
manufacturing unit at Achankulam near Sivakasi on Tuesday afternoon. The explosion occurred at
about 2.30 p.m. while workers were mixing chemicals for fancy aerial shells in one of the sheds,
police said, and the fire spread to four more rooms. Fire and rescue personnel from Sivakasi and
Sattur took more than three hours to put out the fire. The injured, three of them with burns
over 60 per cent of their bodies, were admitted to the Sivakasi Government Hospital and later
shifted to the Government Rajaji Hospital in Madurai. The District Collector said the unit held
a licence from the Petroleum and Explosives Safety Organisation for 40 workers but 70 were
employed on the day. The Chief Minister announced a solatium of Rs 3 lakh to the families of the
dead.
""")
add("sivakasi-national", "Example India Newswire", "2026-07-22", "Tamil Nadu firecracker factory blast: death toll rises to 11, owner arrested", "sivakasi-blast", """
CHENNAI, July 22 (Example India Newswire) - The death toll in Tuesday's explosion at a firecracker
factory in Tamil Nadu's Virudhunagar district rose to 11 on Wednesday after three injured workers
died at a hospital in Madurai, police said. Police arrested the owner of the factory, S.
Muthuraman, and its foreman on charges of culpable homicide not amounting to murder and violating
the Explosives Act. Officials said the unit, in a village about eight km from Sivakasi, the centre
of India's fireworks industry, had stored chemicals beyond permitted limits ahead of the Diwali
season. The Prime Minister's Office announced an ex gratia of Rs 2 lakh from the national relief fund
for the next of kin of each deceased. Sivakasi's factories make about 90 per cent of India's
fireworks and employ several hundred thousand people; fatal accidents occur every year.
""")
# A union's statement two days after: it calls the place "the Achankulam unit" and gives no date
# beyond "this week". Same blast, same incident.
add("sivakasi-union", "Example Labour Bulletin", "2026-07-23", "Fireworks workers' union demands safety audit after Achankulam deaths", "sivakasi-blast", """
The Tamil Nadu Fireworks and Match Workers' Union on Thursday demanded an immediate safety audit of
all fireworks units in Virudhunagar district after the deaths of eleven workers at the Achankulam
unit this week. Union secretary K. Ramasamy said most of the dead were women paid by the piece,
and that workers had been made to fill shells under a tree outside the licensed sheds because of
the rush of orders. "Every year we bury our members and every year there is an inquiry," he said.
The union said it would hold a demonstration in front of the Collectorate in Virudhunagar on
Monday, and asked for compensation of Rs 25 lakh for each family and for the licences of units
violating the rules to be cancelled.
""")
# Sattur, Saturday: another unit, another blast; same district, four days later. Its own incident,
# recap sentence on Achankulam notwithstanding.
add("sattur-blast", "Example Madurai Mail", "2026-07-25", "Two killed in blast at fireworks unit near Sattur", "sattur-blast", """
VIRUDHUNAGAR - Two workers were killed and three injured on Saturday in an explosion at a
fireworks unit at Mettamalai near Sattur, the second fatal accident in the district's fireworks
industry in a week. The explosion occurred in a shed where finished crackers were being dried,
police said. Fire tenders from Sattur put out the fire within an hour. The injured were taken to
the Sattur Government Hospital. Officials of the Petroleum and Explosives Safety Organisation
inspected the unit and sealed it. On Tuesday, eleven workers were killed in a blast at a factory
at Achankulam near Sivakasi, and the district administration had since launched inspections of
more than 200 units. Workers at Mettamalai said production had been stepped up ahead of the
festive season.
""")

# --- singletons -----------------------------------------------------------------------------------
add("bamenda-kidnap", "Example Cameroon Tribune Online", "2026-12-02", "Gunmen kidnap school principal and pupils in Bamenda", "bamenda-kidnap", """
BAMENDA - Armed men believed to be Anglophone separatist fighters kidnapped a secondary school
principal and seven pupils in the Nkwen neighbourhood of Bamenda, capital of Cameroon's North-West
region, on Wednesday morning, the regional governor's office said. The gunmen stormed the school
as classes began, fired in the air and took the hostages into the bush towards Bambui, the
officials said. Soldiers were deployed to search the area. The separatists, who are fighting for
an independent state they call Ambazonia, have enforced boycotts of schools in the English-speaking
regions since 2017, saying the French-language education system is imposed on them. The
governor's office said the kidnappers had not yet made contact. Parents gathered outside the
school, which had reopened in September after two years of closure.
""")
add("opec-decision", "Example Energy Markets", "2026-12-03", "OPEC+ keeps output policy unchanged for first quarter", "opec-decision", """
VIENNA - OPEC+ agreed on Thursday to keep its oil output policy unchanged for the first quarter of
next year, delegates said, pausing the increases it began in April to win back market share. Eight
members that made voluntary cuts will keep production at December levels through March, the group
said after an online meeting. Benchmark Brent crude rose 1.2% to $63.40 a barrel after the
announcement. Analysts at Example Capital said the pause reflected concern about a supply surplus
in the first half of the year, when demand is seasonally weak. The group said it would meet again
in early March and could resume or reverse the increases "depending on market conditions". Compensation cuts
by members that overproduced earlier in the year would continue, the statement said.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
