"""Writes events18.jsonl: the eighteenth battery of invented reports (session 27, lane coref;
`parallax eval incidents --data testdata/clusters/events18.jsonl` and `eval duplicates`),
written and committed before parallax ran on it.

Ordinary violent and political happenings rather than conflict wire stories, in the manner
of cross-document event coreference: twelve topics, each holding two *different* happenings
of one type (two shootings in one country, two bombings, two nights of riots, two coup
attempts, two mass abductions, two killings of local politicians, two police raids, two
prison breaks, two hijackings at sea, two arrests of militant leaders, two drone attacks of
one war, two hostage takings), each told by two to four reports: wires, local papers,
broadcasters, reports rendered from another language, follow-ups days later with updated
tolls, arrests or releases, two near-duplicate copies made by aggregators and two
renderings of one official statement (same_statement).

What makes it hard: the two happenings of a topic share their type, their vocabulary, often
their country, their parties and some of their officials; they are days or weeks apart;
later reports recall the sister happening in a clause or a paragraph ("two weeks after the
shooting in Tampere"). A report stays with the happening it leads with.

Every person, company, ship, figure and number is invented; states, towns, agencies and
armed groups are real, the happenings are not (where one resembles a real event, its details
differ). No text, topic list or wording is taken from any benchmark.

Licence: CC0 (written by the project).
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


# --- Shootings in Finland: a gunman at a shopping centre in Tampere on Wednesday 3 February
# 2027, and a shooting at a bar in Turku on Friday night 19 February. Same country, same type,
# 16 days apart: two incidents. ---
add("tmp-wire", "Example Nordic Wire", "2027-02-03", "Gunman kills four at Tampere shopping centre", "shooting-tampere-mall", """
TAMPERE, Finland - A gunman opened fire in a shopping centre in the Finnish city of Tampere on
Wednesday afternoon, killing four people and wounding seven before police arrested him, police
said.

The man, 24, entered the centre near the railway station shortly after 3 p.m. and fired at
shoppers on the ground floor with a hunting rifle, police chief Jari Lehtonen told reporters.
Officers reached the scene within four minutes and detained him in a stairwell.

"We have no indication that anyone else was involved," Lehtonen said. The motive was unclear.
Prime Minister Sanna Koivisto called the attack "an unimaginable tragedy".
""")
# An aggregator's copy of the wire: new headline, junk tokens, last sentence dropped.
add("tmp-copy", "Example Aggregator", "2027-02-03", "FOUR DEAD IN FINLAND MALL SHOOTING", "shooting-tampere-mall", """
[ad_1]

TAMPERE, Finland - A gunman opened fire in a shopping centre in the Finnish city of Tampere on
Wednesday afternoon, killing four people and wounding seven before police arrested him, police
said.

The man, 24, entered the centre near the railway station shortly after 3 p.m. and fired at
shoppers on the ground floor with a hunting rifle, police chief Jari Lehtonen told reporters.
Officers reached the scene within four minutes and detained him in a stairwell.

"We have no indication that anyone else was involved," Lehtonen said. The motive was unclear.

Share this: Facebook | X | Email
""", duplicate_of="tmp-wire", duplicate_kind="near_duplicate")
add("tmp-yle", "Example Finnish Broadcasting", "2027-02-04", "Tampere attack: fifth victim dies, suspect held on murder charges", "shooting-tampere-mall", """
A fifth person has died of wounds suffered in Wednesday's attack at the Tampere shopping
centre, the Pirkanmaa hospital district said on Thursday. Six people remain in hospital, two
of them in intensive care.

A court in Pirkanmaa ordered the 24-year-old suspect held on suspicion of five murders and
seven attempted murders. Investigators said he had a licence for the rifle and had written
about the attack in an online forum the night before.

Flags flew at half mast across the country. Hundreds of people left candles at the entrance
of the centre, which will stay closed until Monday.
""")
# Turku, 16 days later. The wire recalls Tampere in a sentence; it stays with Turku.
add("tku-local", "Example Turku Daily", "2027-02-20", "Two killed in shooting at bar near Turku market square", "shooting-turku-bar", """
Two men were killed and three people wounded when a man fired a handgun inside a bar near the
market square in central Turku shortly before midnight on Friday, Southwest Finland police
said on Saturday.

The gunman fled on foot. Police cordoned off several streets of the city centre and asked
residents to stay indoors during the night. Witnesses told the paper that the shooting
followed an argument at the bar counter.

"This is not a random attack on the public," detective inspector Mikko Saarinen said.
""")
add("tku-wire", "Example Nordic Wire", "2027-02-21", "Finnish police arrest suspect in Turku bar shooting", "shooting-turku-bar", """
HELSINKI - Finnish police on Sunday arrested a 31-year-old man suspected of shooting dead two
men in a bar in Turku late on Friday, police said.

The suspect was detained at a summer cottage in Kaarina, east of Turku, after a tip from the
public. Police said he knew one of the victims and that the killings appeared to follow a
dispute over a debt.

The shooting came 16 days after a gunman killed five people at a shopping centre in Tampere,
and has revived a debate over gun licences in a country with one of Europe's highest rates of
firearm ownership.
""")

# --- Bombings in Pakistan: a bomb at the bus terminal in Quetta on Monday 8 March 2027, and a
# suicide bombing at a police station in Peshawar on Wednesday 17 March. Two incidents. ---
add("qta-wire", "Example Asia Wire", "2027-03-08", "Bomb at Quetta bus terminal kills 12", "bomb-quetta-bus", """
QUETTA, Pakistan - A bomb exploded at a crowded bus terminal on Sariab Road in Quetta on Monday
morning, killing at least 12 people and wounding 30, police and hospital officials said.

The device had been planted on a motorcycle parked beside a bus leaving for Karachi, senior
police officer Abdul Rauf Khan said. Most of the dead were passengers waiting to board.

No group immediately claimed the attack. The provincial government of Balochistan declared an
emergency at hospitals in the city.
""")
add("qta-local", "Example Balochistan Post", "2027-03-09", "Quetta blast toll rises to 14; mourners block highway", "bomb-quetta-bus", """
QUETTA - The death toll from Monday's explosion at the Sariab Road bus stand rose to 14 after two
injured passengers died at the Civil Hospital overnight, a hospital spokesman said on Tuesday.

Relatives of the victims blocked the national highway for several hours, demanding
compensation. The provincial home minister said a counter-terrorism team had collected the
remains of the motorcycle used in the attack and that investigators were studying footage
from nearby shops.

Traders kept shops closed in the area as a mark of mourning.
""")
add("psh-wire", "Example Asia Wire", "2027-03-17", "Suicide bomber kills seven police in Peshawar", "bomb-peshawar-police", """
PESHAWAR, Pakistan - A suicide bomber blew himself up at the gate of a police station in
Peshawar on Wednesday, killing seven policemen and a passer-by, police said.

The attacker, on foot, detonated his explosives vest when guards stopped him at the entrance of
the Badaber police station on the southern edge of the city, Capital City Police Officer
Qasim Ali said. Nine people were wounded.

The Pakistani Taliban (TTP) said in a message to reporters that it had carried out the attack.
""")
# The broadcaster recalls the Quetta bombing of the week before in one sentence: stays with
# Peshawar.
add("psh-tv", "Example News Channel", "2027-03-18", "Peshawar police station bombing: toll 10, funeral prayers held", "bomb-peshawar-police", """
Funeral prayers for the policemen killed in Wednesday's suicide attack on the Badaber police
station were held at the police lines in Peshawar on Thursday, attended by the chief minister of
Khyber Pakhtunkhwa. The toll rose to 10, including two passers-by.

The TTP claimed the bombing. Police said the bomber had been dropped nearby by a car that
drove towards the tribal district of Khyber.

It was the second deadly bombing in Pakistan in ten days, after an explosion at a bus terminal
in Quetta killed 14 people last week.
""")

# --- Riots in France: nights of riots in the northern districts of Marseille after a teenager
# was killed by police at a traffic stop (night of Sunday 2 to Monday 3 May 2027), and riots in
# Vaulx-en-Velin near Lyon after a motorcyclist died fleeing the police (night of 14 August).
# Same type, same country, three months apart: two incidents. ---
add("mrs-wire", "Example Europe Wire", "2027-05-03", "Riots in Marseille after teen killed by police", "riots-marseille", """
MARSEILLE, France - Youths set fire to cars and threw fireworks at police in the northern
districts of Marseille overnight, after a 17-year-old was shot dead by a police officer at a
traffic stop on Sunday, authorities said.

Sixty-two people were arrested and 14 officers were slightly injured, the Bouches-du-Rhone
prefecture said on Monday. About 80 vehicles were burned and a school was damaged by fire in the
15th arrondissement.

The officer who fired has been taken into custody, the prosecutor said. The interior minister
called for calm.
""")
add("mrs-local", "Example Provence Daily", "2027-05-03", "Northern districts: a night of violence after the death of Nael", "riots-marseille", """
(Translated from French.) A night of violence shook the northern districts of Marseille, from
La Castellane to Le Merlan, after the death of Nael B., 17, killed by a police shot on Sunday
afternoon during a road check on the boulevard Henri-Barnier.

Around 80 vehicles were set alight, according to the prefecture, and a primary school was
partly burned. The police made 62 arrests. "We have never seen this since 2005," a resident of
the Castellane estate told us.

The family of the young man called for a silent march on Wednesday.
""")
add("mrs-followup", "Example Europe Wire", "2027-05-05", "Marseille calmer on third night as officer charged", "riots-marseille", """
MARSEILLE - The northern districts of Marseille were calmer on Tuesday night, the third since a
teenager was shot dead by police, with 11 arrests against 62 and 39 on the first two nights,
the prefecture said on Wednesday.

The police officer who fired was charged with voluntary homicide and placed in pre-trial
detention. Thousands of people joined a silent march for the teenager in the 15th
arrondissement.
""")
# Vaulx-en-Velin, three months later. The broadcaster recalls Marseille in a sentence: stays
# with Vaulx-en-Velin.
add("vlx-wire", "Example Europe Wire", "2027-08-15", "Cars burned in Lyon suburb after biker dies fleeing police", "riots-vaulxenvelin", """
LYON, France - Youths burned about 30 cars and attacked a police station with fireworks in
Vaulx-en-Velin, a suburb of Lyon, overnight after a 19-year-old motorcyclist died in a crash
while fleeing a police patrol, the Rhone prefecture said on Sunday.

Nineteen people were arrested. The prosecutor opened an inquiry into the circumstances of the
crash, which happened on Saturday evening at a roundabout in the Mas du Taureau district.
""")
add("vlx-tv", "Example French Broadcaster", "2027-08-15", "Vaulx-en-Velin: night of unrest after fatal crash", "riots-vaulxenvelin", """
(Translated from French.) Vaulx-en-Velin experienced a night of urban violence from Saturday to
Sunday: burned cars, a police station targeted with mortars, the tramway stopped. The unrest
broke out after the death of a young motorcyclist who had refused to stop for a police check.

The mayor called on families to keep their children at home. The government fears a
repetition of the riots that followed the death of a teenager in Marseille in May.
""")

# --- Coup attempts in West Africa: soldiers attack the government palace in Bissau on the
# night of 12 April 2027; gunmen attack a barracks and a prison in Freetown on 26 April. Same
# type, same region, two weeks apart: two incidents. ---
add("bis-wire", "Example Africa Wire", "2027-04-13", "Guinea-Bissau president says coup attempt foiled after palace attack", "coup-bissau", """
DAKAR - Guinea-Bissau's president, Armando Gomes Sanca, said on Tuesday that security forces had
foiled an attempt to overthrow the government after soldiers attacked the government palace in
Bissau overnight, leaving six people dead.

In a statement read on state radio, the presidency said "a group of soldiers of the national
guard" had attacked the palace at about 11 p.m. while the council of ministers was meeting,
and that loyal forces had regained control after five hours of fighting. Four attackers and two
members of the presidential guard were killed, it said. The president and the ministers were
unharmed.

The African Union and ECOWAS condemned the attack.
""")
# The presidency's statement in a translation-like rendering: the same statement as the wire's
# reported speech (same_statement).
add("bis-pres", "Example Lusophone Service", "2027-04-13", "Statement of the Presidency of the Republic of Guinea-Bissau", "coup-bissau", """
(Unofficial translation from Portuguese.) The Presidency of the Republic informs the nation that
on the night of 12 April, at around 23:00, a group of soldiers of the National Guard attacked
the Government Palace in Bissau while the Council of Ministers was in session.

The defence and security forces loyal to the Republic regained control of the situation after
about five hours of combat. Four assailants and two elements of the Presidential Guard lost
their lives. The President of the Republic and the members of the Government are safe.

The Presidency calls on the population to remain calm.
""", duplicate_of="bis-wire", duplicate_kind="same_statement")
add("bis-arrests", "Example Africa Wire", "2027-04-15", "Guinea-Bissau arrests 14 officers after failed coup", "coup-bissau", """
BISSAU - Authorities in Guinea-Bissau have arrested 14 soldiers, among them a colonel of the
national guard, over Monday night's attack on the government palace, the armed forces chief of
staff said on Thursday. Shops and markets in Bissau reopened and the curfew was lifted.

The president said the attackers had been "paid by drug traffickers", without giving evidence.
""")
add("frt-wire", "Example Africa Wire", "2027-04-26", "Sierra Leone imposes curfew after attack on Freetown barracks", "coup-freetown", """
FREETOWN - Gunmen attacked the Wilberforce military barracks and the central prison in Freetown
before dawn on Monday, freeing dozens of inmates, and Sierra Leone's government imposed a
nationwide curfew, calling the attack a failed coup attempt.

Information minister Fatmata Conteh said 19 people had been killed, among them 12 soldiers, and
that 13 attackers had been captured. Soldiers patrolled the streets of the capital.
""")
add("frt-local", "Example Freetown Observer", "2027-04-27", "Barracks attack: toll 21 as curfew eased", "coup-freetown", """
FREETOWN - The government said on Tuesday that the number of people killed in Monday's attack
on Wilberforce barracks and the Pademba Road prison had risen to 21. The curfew was reduced to
the hours between 9 p.m. and 6 a.m.

Police published the photographs of 22 escaped inmates and asked the public for help. Former
soldiers were among those arrested, the police said.
""")

# --- Mass abductions in north-west Nigeria: gunmen abduct 28 pupils from a secondary school in
# Zuru, Kebbi State, on Wednesday 9 June 2027; gunmen abduct 14 worshippers from a church in
# Kajuru, Kaduna State, on Sunday 13 June. Two incidents. ---
add("keb-wire", "Example Africa Wire", "2027-06-09", "Gunmen abduct 28 pupils from Nigerian school", "kidnap-zuru-school", """
LAGOS - Gunmen on motorcycles stormed a government secondary school in Zuru in Nigeria's Kebbi
State on Wednesday and abducted 28 pupils, police said.

The attackers shot dead a teacher who tried to stop them and wounded a security guard, Kebbi
police spokesman Nafiu Abubakar said. Soldiers and police were searching the forests around
the town.

Kidnappings for ransom by armed gangs, known locally as bandits, are frequent in the north-west.
""")
add("keb-local", "Example Sokoto Tribune", "2027-06-10", "Zuru school abduction: parents wait for news", "kidnap-zuru-school", """
ZURU - Parents gathered at the Government Secondary School in Zuru on Thursday, a day after armed
bandits took away 28 of their children from the dormitories. The state governor visited the
school and promised that the pupils would be brought back.

The school's principal said the attackers arrived at about 1 p.m. on some 40 motorcycles.
Schools in the Zuru emirate have been closed.
""")
# Released a week later: a follow-up of the same happening.
add("keb-release", "Example Africa Wire", "2027-06-16", "Nigeria: 28 abducted Kebbi pupils freed", "kidnap-zuru-school", """
LAGOS - All 28 pupils abducted from a secondary school in Zuru, in Nigeria's Kebbi State, last
week have been freed, the state government said on Wednesday, without saying whether a ransom
was paid.

The pupils were received by the governor in Birnin Kebbi and taken to hospital for checks.
""")
# Kaduna, four days after Zuru; the local paper recalls the Zuru abduction: stays with Kaduna.
add("kad-wire", "Example Africa Wire", "2027-06-13", "Gunmen kidnap 14 worshippers from church in Nigeria's Kaduna", "kidnap-kajuru-church", """
KADUNA - Gunmen abducted 14 worshippers during a Sunday service at a Baptist church in Kajuru, in
Nigeria's Kaduna State, police said.

The attackers surrounded the church and fired into the air before leading the congregation
away, said Kaduna police spokesman Mansir Hassan. Three people who tried to escape were
wounded.
""")
add("kad-local", "Example Kaduna Herald", "2027-06-14", "Kajuru church attack: pastor among 14 abducted", "kidnap-kajuru-church", """
KAJURU - The pastor of the First Baptist Church in Kajuru is among the 14 people abducted by
bandits during Sunday's service, members of the congregation said on Monday.

Community leaders said the gunmen came from the forest bordering the Kajuru local government
area. The abduction came four days after 28 pupils were taken from a school in Zuru, in
neighbouring Kebbi State.
""")

# --- Killings of local politicians in Mexico: the mayor of Uruapan (Michoacan) shot dead at a
# public event on Monday 6 September 2027; a mayoral candidate shot dead at a rally in
# Chilpancingo (Guerrero) on Saturday 18 September. Two incidents. ---
add("uru-wire", "Example Americas Wire", "2027-09-07", "Mexican mayor shot dead at town festival", "killing-uruapan-mayor", """
MEXICO CITY - The mayor of Uruapan, in Mexico's western state of Michoacan, was shot dead on
Monday night while attending an Independence festival in the city's main square, state
authorities said.

A gunman fired seven shots at Mayor Ricardo Villalobos from the crowd before bodyguards killed
him, the Michoacan attorney general's office said. Two bystanders were wounded.

Villalobos had denounced extortion by drug cartels in the avocado region.
""")
add("uru-local", "Example Michoacan Journal", "2027-09-07", "Uruapan mourns its mayor", "killing-uruapan-mayor", """
(Translated from Spanish.) Ricardo Villalobos, municipal president of Uruapan, was murdered last
night in the Plaza Morelos during the festivities of the Grito, in front of hundreds of
families. The aggressor, who was shot down by the mayor's escorts, has not been identified.

The state governor announced that federal forces would take over security in the municipality.
The city council declared three days of mourning.
""")
add("uru-arrests", "Example Americas Wire", "2027-09-09", "Two arrested over killing of Uruapan mayor", "killing-uruapan-mayor", """
MORELIA, Mexico - Prosecutors in Michoacan said on Wednesday they had arrested two men suspected
of helping plan the killing of Uruapan's mayor at a festival on Monday, one of them a former
municipal police officer.

The gunman, killed at the scene, was a 19-year-old from the neighbouring municipality, the state
attorney general said.
""")
# Twelve days later, another state; the broadcaster recalls Uruapan: stays with Chilpancingo.
add("chi-wire", "Example Americas Wire", "2027-09-18", "Mayoral candidate killed at rally in Mexico's Guerrero", "killing-chilpancingo-candidate", """
CHILPANCINGO, Mexico - A candidate for mayor of Chilpancingo, the capital of Mexico's southern
state of Guerrero, was shot dead at a campaign rally on Saturday, the state prosecutor said.

Two men on a motorcycle fired at Alejandra Torres Mena as she greeted supporters in a
neighbourhood market. A campaign aide was wounded.
""")
add("chi-tv", "Example Latin Broadcaster", "2027-09-19", "Guerrero: candidate Alejandra Torres buried", "killing-chilpancingo-candidate", """
Hundreds of supporters accompanied the coffin of Alejandra Torres Mena through Chilpancingo on
Sunday, a day after the mayoral candidate was shot at a campaign event in a market. Her party
suspended its campaign in Guerrero.

Her killing is the second of a local politician in less than two weeks, after the mayor of
Uruapan was shot dead at a festival in Michoacan.
""")

# --- Police raids in Brazil: an operation against drug gangs in the Complexo da Mare, Rio de
# Janeiro, on Tuesday 5 October 2027 (9, then 11 dead); a raid in the Sussuarana neighbourhood
# of Salvador, Bahia, on Wednesday 20 October (6 dead). Two incidents. ---
add("mare-wire", "Example Americas Wire", "2027-10-05", "Nine killed in Rio police raid on Mare favelas", "raid-rio-mare", """
RIO DE JANEIRO - Nine people were killed on Tuesday during a police operation against drug
traffickers in the Complexo da Mare, a group of favelas in northern Rio de Janeiro, police said.

About 400 officers backed by armoured vehicles and helicopters entered the area at dawn to
serve arrest warrants, Rio state military police said. Police said the dead were suspects who
had opened fire. Schools and clinics in the area were closed.
""")
add("mare-local", "Example Rio Journal", "2027-10-06", "Mare operation: deaths rise to 11; residents denounce executions", "raid-rio-mare", """
(Translated from Portuguese.) The number of dead in Tuesday's police operation in the Complexo da
Mare rose to 11, according to the Public Defender's Office. Residents of the Nova Holanda and
Parque Uniao communities said two of the victims were workers on their way to their jobs.

The Rio military police said 15 rifles and 300 kilos of drugs were seized. A human rights group
asked the prosecutor's office to investigate.
""")
add("ssa-wire", "Example Americas Wire", "2027-10-20", "Six killed in police raid in Brazil's Salvador", "raid-salvador-sussuarana", """
SALVADOR, Brazil - Six men were killed in a police raid in the Sussuarana neighbourhood of
Salvador, in Brazil's north-eastern state of Bahia, on Wednesday, state security officials said.

The Bahia Public Security Secretariat said officers had been fired upon when they entered the
neighbourhood to arrest members of a drug gang, and that six suspects were "neutralised". Four
pistols and a rifle were seized, it said.
""")
# The secretariat's statement in a translation-like rendering (same_statement of the wire).
add("ssa-ssp", "Example Bahia Portal", "2027-10-20", "Note from the Public Security Secretariat of Bahia", "raid-salvador-sussuarana", """
(Translated from Portuguese.) The Public Security Secretariat of Bahia (SSP-BA) informs that
during an operation this Wednesday (20) in the Sussuarana neighbourhood, in Salvador, police
teams were received with gunfire when entering the locality to arrest members of a criminal
faction dedicated to drug trafficking.

In the confrontation, six suspects were neutralised. Four pistols and one rifle were seized.
The SSP-BA regrets the deaths and reaffirms its commitment to the security of the population.
""", duplicate_of="ssa-wire", duplicate_kind="same_statement")
add("ssa-local", "Example Bahia Daily", "2027-10-21", "Sussuarana: families say sons were not in gang", "raid-salvador-sussuarana", """
SALVADOR - Relatives of two of the six men killed in Wednesday's police raid in Sussuarana said
on Thursday that their sons had no links to drug trafficking and had been shot in a house where
they were sheltering.

The state prosecutor's office opened an investigation. It was the deadliest police action in
Salvador this year.
""")

# --- Prison breaks in Ecuador: 23 inmates escape from the Litoral penitentiary in Guayaquil on
# the night of Tuesday 2 November 2027; 9 inmates escape from the Esmeraldas prison during a riot
# on Wednesday 10 November. Two incidents. ---
add("gye-wire", "Example Americas Wire", "2027-11-03", "23 inmates escape from Ecuador's largest prison", "prisonbreak-guayaquil", """
QUITO - Twenty-three inmates escaped from the Litoral penitentiary in the Ecuadorean port city of
Guayaquil overnight after blowing a hole in a perimeter wall, the prison agency SNAI said on
Wednesday. Two guards were wounded.

Eight of the escaped prisoners had been recaptured by morning, police said. Soldiers and police
set up checkpoints on the roads out of the city.
""")
add("gye-local", "Example Guayaquil Journal", "2027-11-03", "Escape from the Litoral: the wall that fell", "prisonbreak-guayaquil", """
(Translated from Spanish.) At about 1:30 a.m. on Wednesday an explosion opened a breach in the
wall of pavilion 8 of the Litoral penitentiary. Through it, 23 persons deprived of liberty
escaped towards the Via a Daule, according to the SNAI.

Neighbours of the Bastion Popular sector heard gunfire for more than twenty minutes. The police
recaptured eight of the fugitives in the hours that followed.
""")
add("gye-followup", "Example Americas Wire", "2027-11-06", "Ecuador recaptures 15 escaped prisoners, fires prison director", "prisonbreak-guayaquil", """
GUAYAQUIL, Ecuador - Ecuadorean police have recaptured 15 of the 23 inmates who escaped from the
Litoral penitentiary on Wednesday, the interior minister said on Saturday. President Daniel
Moreno dismissed the prison's director.
""")
# A week later, another city; the local report recalls the Guayaquil escape: stays with
# Esmeraldas.
add("esm-wire", "Example Americas Wire", "2027-11-10", "Nine prisoners escape during riot in Ecuador's Esmeraldas", "prisonbreak-esmeraldas", """
QUITO - Nine inmates escaped from the prison in the Ecuadorean city of Esmeraldas during a riot
on Wednesday in which one prisoner was killed, the prison agency SNAI said.

The inmates set fire to mattresses and attacked guards before climbing over the roof of the
visits area, the agency said. Police were searching the city's outskirts.
""")
add("esm-local", "Example Esmeraldas News", "2027-11-11", "Esmeraldas jail: riot and escape of nine", "prisonbreak-esmeraldas", """
(Translated from Spanish.) Nine inmates of the Social Rehabilitation Centre of Esmeraldas remain
at large after Wednesday's riot, in which one inmate died. Two of the fugitives belong to the
Los Lobos gang, the police said.

The escape comes a week after 23 prisoners fled the Litoral penitentiary in Guayaquil.
""")

# --- Hijackings off Somalia: pirates seize the bulk carrier Carina Star about 380 nautical
# miles east of Eyl on Wednesday 20 January 2027; pirates seize an Iranian-flagged fishing dhow
# off Garacad on Sunday 31 January. Two incidents. ---
add("eyl-maritime", "Example Maritime Bulletin", "2027-01-20", "Bulk carrier Carina Star hijacked off Somalia", "hijack-carina-star", """
The Liberia-flagged bulk carrier Carina Star was boarded and hijacked by armed men about 380
nautical miles east of Eyl, Somalia, on Wednesday morning, the UK Maritime Trade Operations
centre (UKMTO) said.

The ship, carrying steel from China to Mombasa with 21 crew, was approached by two skiffs that
had been launched from a larger vessel, UKMTO said. The ship's manager said contact with the
crew had been lost.
""")
add("eyl-navfor", "Example Defence News", "2027-01-21", "EU naval force shadows hijacked Carina Star towards Somali coast", "hijack-carina-star", """
The European Union's naval force Operation Atalanta said on Thursday that one of its frigates was
shadowing the hijacked bulk carrier Carina Star, which was heading west towards the Somali coast
with an estimated eight pirates on board.

The force said the 21 crew members were believed to be unharmed and that it was in contact with
the flag state and the shipowner.
""")
add("eyl-ransom", "Example Maritime Bulletin", "2027-01-23", "Pirates anchor Carina Star off Eyl, demand ransom", "hijack-carina-star", """
Pirates holding the bulk carrier Carina Star have anchored the ship off Eyl in Somalia's Puntland
region and demanded a ransom, local elders said on Saturday. The EU naval force said the crew
were safe.
""")
# The dhow, eleven days later, another stretch of coast; the Somali outlet recalls the Carina
# Star in a paragraph: stays with the dhow.
add("gar-wire", "Example Africa Wire", "2027-01-31", "Pirates seize Iranian fishing dhow off Somalia", "hijack-garacad-dhow", """
MOGADISHU - Armed men seized an Iranian-flagged fishing dhow with 11 crew off Garacad on Somalia's
central coast on Sunday, local officials and the EU naval force said.

The pirates were believed to want to use the dhow as a mother ship to attack larger vessels,
the force said.
""")
add("gar-local", "Example Somali Radio", "2027-02-01", "Garacad: fishing boat taken by gunmen", "hijack-garacad-dhow", """
(Translated from Somali.) Gunmen in two small boats took over a foreign fishing vessel near
Garacad on Sunday, residents of the town told our correspondent. The vessel and its crew were
taken north along the coast.

Last week pirates hijacked the cargo ship Carina Star, which is now held near Eyl. Elders say
the gangs have returned because foreign navies have fewer ships in the area.
""")

# --- Arrests of Islamic State leaders in Iraq: the Counter-Terrorism Service arrests the
# group's "wali" of Kirkuk in the Hawija district on Monday 22 March 2027; the intelligence
# service arrests an Islamic State finance official near Rutba, Anbar, on Sunday 4 April. Two
# incidents. ---
add("krk-wire", "Example Middle East Wire", "2027-03-22", "Iraq arrests Islamic State's Kirkuk leader", "arrest-kirkuk-wali", """
BAGHDAD - Iraqi counter-terrorism forces arrested the Islamic State group's leader for Kirkuk
province in a night raid in the Hawija district, the Counter-Terrorism Service said on Monday.

The man, whom it did not name, was responsible for attacks on army posts and on villagers in
the Hamrin mountains, the service said. Two of his aides were also detained.
""")
add("krk-ina", "Example Iraqi News Agency", "2027-03-22", "CTS captures so-called wali of Kirkuk", "arrest-kirkuk-wali", """
The Counter-Terrorism Service announced on Monday the arrest of the so-called wali of Kirkuk of
the Daesh terrorist gangs in a qualitative operation in the Hawija district, based on accurate
intelligence. The service said the terrorist had planned several attacks against the security
forces and citizens.
""")
add("anb-wire", "Example Middle East Wire", "2027-04-04", "Iraq says it captured Islamic State finance official in Anbar", "arrest-anbar-finance", """
BAGHDAD - Iraq's National Intelligence Service said on Sunday it had arrested a senior Islamic
State official in charge of the group's finances in western Iraq, in an operation near Rutba in
Anbar province.

The official had moved money to fighters in Syria, the service said.
""")
add("anb-local", "Example Anbar Today", "2027-04-05", "Rutba: intelligence service arrests Daesh money man", "arrest-anbar-finance", """
RUTBA - Residents of Rutba said security forces surrounded a farm south of the town before dawn
on Sunday and took away a man in his forties. The National Intelligence Service later said he
managed the funds of Daesh in the western desert.
""")

# --- Drone attacks in Sudan's war: drones strike a fuel depot near Port Sudan airport early on
# Wednesday 14 May 2027; drones strike Kassala airport on Monday 19 May. Two incidents. ---
add("pzu-wire", "Example Africa Wire", "2027-05-14", "Drones hit fuel depot near Port Sudan airport", "drone-portsudan", """
PORT SUDAN - Drones struck a fuel depot next to the airport of Port Sudan early on Wednesday,
setting it on fire, Sudan's army said, blaming the paramilitary Rapid Support Forces (RSF).

Flights were suspended. There were no immediate reports of casualties. The city on the Red Sea
has been the seat of the army-backed government since the war began.
""")
add("pzu-army", "Example Sudan Agency", "2027-05-14", "Army: air defences down drones over Port Sudan", "drone-portsudan", """
The spokesman of the Sudanese Armed Forces said on Wednesday that air defences had shot down
several drones launched by the "rebel militia" over Port Sudan at dawn, and that one drone had
hit a fuel storage facility near the airport. Civil defence teams were fighting the fire.
""")
add("pzu-followup", "Example Africa Wire", "2027-05-16", "Port Sudan fire put out, flights resume", "drone-portsudan", """
PORT SUDAN - The fire at the fuel depot near Port Sudan airport hit by drones on Wednesday was
put out on Friday, and flights resumed, the civil aviation authority said. Fuel prices in the
city doubled.
""")
add("kas-wire", "Example Africa Wire", "2027-05-19", "Drone attack on Kassala airport kills one", "drone-kassala", """
KASSALA, Sudan - Drones attacked the airport of Kassala in eastern Sudan on Monday, killing a
guard and damaging the runway, a local official said. The army blamed the RSF.
""")
add("kas-local", "Example Sudan Tribune", "2027-05-20", "Kassala: second city in east hit by drones", "drone-kassala", """
KASSALA - Residents of Kassala said they heard explosions at the airport at dawn on Monday. A
security guard was killed and the runway was damaged, the state governor said.

It was the first attack on Kassala since the war began, five days after drones set a fuel depot
near Port Sudan airport on fire.
""")

# --- Hostage takings in the Low Countries: a man holds three people hostage in a cafe in
# Rotterdam on Thursday 8 July 2027; a man takes two employees hostage in a post office in
# Antwerp on Thursday 29 July. Two incidents. ---
add("rtm-wire", "Example Benelux Wire", "2027-07-08", "Rotterdam hostage taker arrested, three hostages freed", "hostage-rotterdam-cafe", """
ROTTERDAM, Netherlands - Dutch police arrested a man who had held three people hostage in a cafe
in central Rotterdam for five hours on Thursday, and all the hostages were freed unharmed,
police said.

The man, 38, entered the cafe near the Blaak market at about 10 a.m. and said he was armed with
a knife and explosives. Police evacuated the surrounding streets. He gave himself up after
negotiations; police found no explosives.
""")
# An aggregator's copy of the wire (near duplicate).
add("rtm-copy", "Example Aggregator", "2027-07-08", "Hostage drama in Rotterdam ends", "hostage-rotterdam-cafe", """
ROTTERDAM, Netherlands - Dutch police arrested a man who had held three people hostage in a cafe
in central Rotterdam for five hours on Thursday, and all the hostages were freed unharmed,
police said.

The man, 38, entered the cafe near the Blaak market at about 10 a.m. and said he was armed with
a knife and explosives. Police evacuated the surrounding streets.

Related: Read more news from the Netherlands
""", duplicate_of="rtm-wire", duplicate_kind="near_duplicate")
add("rtm-tv", "Example Dutch Broadcaster", "2027-07-08", "Hostage taking in Rotterdam cafe: what we know", "hostage-rotterdam-cafe", """
(Translated from Dutch.) The hostage taking in a cafe on the Binnenrotte in Rotterdam is over.
The perpetrator, a 38-year-old man from Schiedam, surrendered at around three o'clock. The three
hostages, two employees and a customer, are unharmed.

According to the police, the man had psychological problems and demanded to speak with a
journalist. The mayor of Rotterdam thanked the negotiators.
""")
add("ant-wire", "Example Benelux Wire", "2027-07-29", "Belgian police storm Antwerp post office, end hostage taking", "hostage-antwerp-post", """
ANTWERP, Belgium - Belgian police stormed a post office in the Borgerhout district of Antwerp on
Thursday and freed two employees held hostage by a man armed with a handgun, wounding him, the
prosecutor's office said.

The siege lasted about three hours. The man, 45, had demanded money and a car.
""")
add("ant-local", "Example Antwerp Gazette", "2027-07-30", "Borgerhout: hostage taker in post office was known to police", "hostage-antwerp-post", """
(Translated from Dutch.) The man who took two employees of the post office on the Turnhoutsebaan
in Borgerhout hostage on Thursday had been convicted of armed robbery before, the Antwerp
prosecutor's office said on Friday. He is in hospital with a gunshot wound in the leg.

Three weeks ago a hostage taking in a Rotterdam cafe ended without injuries.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
