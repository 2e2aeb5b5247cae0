"""Writes events8.jsonl: the eighth battery of invented reports (session 16,
lane events8; `parallax eval incidents --data
testdata/clusters/events8.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who read no parallax Go source and no
measurements. Only the lead runs it; no rule may be made on it.

Every person, ship, company figure and number is invented; states, towns,
armed groups and institutions are real, the happenings are not (where one
resembles a real event, its details differ). 51 reports of 22 incidents
(16 of two to four reports, 6 singletons; 44 gold pairs), mostly conflict
news in conflicts and places events..events7 do not use: drones on a
refinery in Saratov (twice in one week), a prisoner exchange and a
repatriation of bodies, Pakistani air strikes in Paktika and the Taliban's
retaliation on the Kurram border, firefights at the Ta Muen Thom temple on
the Thai-Cambodian border (twice) and a landmine at Chong Bok the same day,
expulsion and counter-expulsion of Moldovan and Russian diplomats, two
insurgent attacks in Cabo Delgado in one week, an Israeli raid in the
Quneitra countryside, smugglers' balloons closing Vilnius airport and the
border closure that followed, a protest dispersed in Tbilisi; ordinary
news: a hot-air balloon crash in Cappadocia, and singletons (an ambush in
Michoacan, a measles outbreak, a drone strike in Amhara, a metro opening).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a terrorist
  attack using aircraft-type UAVs" and "an industrial enterprise" for the
  refinery the other side says it hit; "points beyond the hypothetical line"
  for border posts; 38, 41 civilians against "at least 20 militants"; 146
  for 146 against "292 captives"; six, eight dead against "several
  terrorists eliminated";
- place names differ by side and granularity: Ta Muen Thom / Ta Moan Thom,
  Phanom Dong Rak (Surin) / Banteay Ampil (Oddar Meanchey); Chong Bok (Nam
  Yuen, Ubon Ratchathani) / the An Ses area (Choam Ksan, Preah Vihear);
  Kurram / Dand-e-Patan / Dand Patan (Paktia); Jubata al-Khashab / Jubbata
  / "the Mount Hermon area" / "the northern Quneitra countryside"; the
  Zavodskoy district / Saratov / "the Volga"; Medininkai / Kamenny Log;
  Goreme / Nevsehir / Cappadocia / a hospital in Kayseri;
- follow-ups one to three days later (a toll rising to three, to 41, a
  third victim dying in hospital, funerals, a journalist in intensive care,
  hauliers suspending runs), a denial by the other side (Cambodia on the
  mines, Belarus on the balloons, Pakistani officials on civilian deaths,
  Moscow on vote-buying), a translation-like rendering of the Afghan
  defence ministry's statement (marked same_statement);
- hard negatives, each its own incident: the same refinery hit on Monday
  and on Friday; the same temple fought over on Monday and on Thursday; a
  landmine 150 km away the same Monday; an air strike and the retaliation
  four days later; an expulsion and the counter-expulsion three days
  later; a prisoner exchange and a repatriation of bodies two days later;
  a village attack and a truck ambush by one insurgency in one week;
  balloons over an airport and the border closure they provoked; recap
  paragraphs inside reports that tell the older sister again (Monday's
  clash, Tuesday's expulsion, the village attack, a 2024 dispersal, an
  older balloon crash); two round-ups (the Russian MoD's night summary, a
  monitor's weekly digest) that name several happenings and are labelled
  with their main incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events8.py > testdata/clusters/events8.jsonl
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


# --- Saratov: drones on the refinery overnight into Monday 14 September, and again overnight
# --- into Friday 18 September (same attacker, same target, four days apart: two incidents) ----
add("saratov1-ua", "Example Ukrainian Online", "2026-09-14", "General Staff confirms strike on Saratov oil refinery", "saratov-refinery-0914", """
KYIV - Ukraine's Defence Forces struck the Saratov oil refinery in Russia overnight into
Monday, the General Staff of the Armed Forces of Ukraine said in a statement. Explosions and a
large fire were recorded on the territory of the plant, including in the area of the AVT-6
primary processing unit, the statement said. The refinery, on the southern outskirts of
Saratov on the Volga, processes about seven million tonnes of crude a year and is one of the
facilities that supply fuel to the Russian army fighting in Ukraine, it said. The strike was
carried out by units of the Unmanned Systems Forces in coordination with other branches of
the Defence Forces. "The results of the damage are being clarified," the General Staff said,
adding that it would continue to strike "objects that ensure the aggression". A source in the
Unmanned Systems Forces told our outlet that the long-range drones flew more than 600
kilometres to reach the target and that at least four of them hit the site. Residents of
Saratov posted videos on social media showing a column of black smoke over the southern part
of the city at dawn and the sound of anti-aircraft fire during the night.
""")
# The governor never names the refinery ("an industrial enterprise in the Zavodskoy district");
# it is the same night's attack on the same city: the same incident.
add("saratov1-governor", "Example Russian Regional News", "2026-09-14", "Two dead after drone attack on Saratov, governor says", "saratov-refinery-0914", """
SARATOV, September 14. Two people were killed and eight injured as a result of an attack by
Ukrainian unmanned aerial vehicles on Saratov and Engels overnight, Saratov region governor
Viktor Lapshin said on his Telegram channel on Monday morning. According to him, the debris
of downed drones fell on the territory of an industrial enterprise in the Zavodskoy district
of Saratov, causing a fire. Windows were blown out in several residential buildings on
Tankistov Street, and a private house was damaged in Engels. "Among the dead is a 56-year-old
security guard. Eight residents received injuries of varying severity, three of them have
been hospitalised," the governor wrote. Operational services are working at the scene and the
fire has been localised. Lessons at two schools in the Zavodskoy district were moved online
for the day. Temporary restrictions imposed overnight at Saratov's Gagarin airport were lifted
at 07:40 local time. The governor called on residents not to publish photos and videos of the
consequences of the attack or of the work of air defence, which "helps the enemy to adjust
its strikes".
""")
# A round-up of the night over five regions. Its lead and largest item is Saratov (23 of 57
# drones) and the rest are debris reports no other article tells: labelled with its main
# incident, the Saratov attack.
add("saratov1-mod", "Example Russian Agency", "2026-09-14", "Air defence destroys 57 Ukrainian drones over Russian regions overnight", "saratov-refinery-0914", """
MOSCOW, September 14. On-duty air defence systems intercepted and destroyed 57 Ukrainian
fixed-wing unmanned aerial vehicles over the territory of Russian regions overnight, the
Russian Defence Ministry said on Monday. According to the ministry, 23 UAVs were destroyed
over the territory of the Saratov region, 12 over the Volgograd region, nine over the Rostov
region, eight over the Voronezh region and five over the Belgorod region. The drones were
destroyed between 23:00 Moscow time on Sunday and 07:00 on Monday. "An attempt by the Kyiv
regime to carry out a terrorist attack using aircraft-type UAVs against facilities on the
territory of the Russian Federation has been thwarted," the statement said. In the Volgograd
region, the governor said drone debris had fallen near a railway station in the Kotelnikovsky
district, without casualties. In the Rostov region, a power line was damaged in the Kamensky
district and about 300 households were left without electricity for several hours. The
ministry did not comment on reports of a fire at an industrial enterprise in Saratov.
""")
add("saratov1-wire", "Example Europe Wire", "2026-09-15", "Death toll from drone attack on Saratov rises to three; refinery halts main unit", "saratov-refinery-0914", """
MOSCOW, Sept 15 - The death toll from Monday's Ukrainian drone attack on the Russian city of
Saratov has risen to three after a woman injured when debris hit her apartment building died
in hospital, the regional governor said on Tuesday. The Saratov refinery, one of the largest
in the Volga region, halted its main crude distillation unit after the attack, two industry
sources said. The unit accounts for about half of the plant's capacity and could be offline
for up to three weeks, one of the sources said. Ukraine's military said on Monday that its
drones had struck the plant; the governor referred only to "an industrial enterprise" in the
city's Zavodskoy district. Russia's Defence Ministry said 23 drones had been shot down over
the region. Ukraine has stepped up long-range drone attacks on Russian refineries this year,
aiming to cut fuel supplies to the army and export revenue; Kyiv calls them legitimate
military targets, while Moscow calls them terrorism. Wholesale gasoline prices on the St
Petersburg exchange rose 2% on Tuesday.
""")
# Friday: the same refinery, the same attacker, four days later: its own incident. The wire
# tells Monday's attack again in a recap paragraph.
add("saratov2-wire", "Example Europe Wire", "2026-09-18", "Ukrainian drones hit Saratov refinery again, days after deadly strike", "saratov-refinery-0918", """
KYIV, Sept 18 - Ukrainian drones attacked the oil refinery in the Russian city of Saratov for
the second time in a week early on Friday, causing a fire, Ukraine's General Staff said, as
the plant was still repairing damage from the earlier strike. The governor of the Saratov
region said an attack on the city had been repelled and that falling debris had started a
fire at "an industrial facility", which was put out within two hours. No one was hurt, he
said. Russia's Defence Ministry said 18 drones had been destroyed over the region overnight.

On Monday, drones struck the same refinery, killing three people and damaging a primary
processing unit that industry sources said would take weeks to repair. Residential buildings
in the city's Zavodskoy district were damaged in that attack.

Satellite images from a commercial provider taken on Friday afternoon showed smoke over the
storage tank area in the northern part of the refinery compound. It was not clear whether
processing, which had partly resumed on Wednesday, had stopped again. Ukraine's General Staff
said the refinery had been hit "repeatedly" and that the results were being clarified.
""")
add("saratov2-governor", "Example Russian Regional News", "2026-09-18", "Governor: drone attack on Saratov repelled, no casualties", "saratov-refinery-0918", """
SARATOV, September 18. Air defence repelled a massive attack by Ukrainian UAVs on Saratov
overnight into Friday, governor Viktor Lapshin said. "There are no casualties. Debris fell on
the territory of an enterprise in the Zavodskoy district; the resulting fire was quickly
extinguished by firefighters," he wrote on Telegram. Glass was broken in a kindergarten on
Bolshaya Sadovaya Street; its children will attend neighbouring kindergartens until repairs
are completed. The governor thanked the air defence crews and the emergency services.
Restrictions at Gagarin airport were in effect from 02:10 to 06:30, and four flights were
delayed. Residents of Engels reported hearing at least ten explosions from the direction of
the city on the other bank of the Volga. The governor again asked residents not to film the
work of air defence. The city administration said the hot water supply to the Zavodskoy
district, cut off for an inspection of the networks, would be restored by the evening.
""")

# --- a prisoner exchange on Monday 22 June; the repatriation of bodies on Wednesday is a
# --- singleton below -------------------------------------------------------------------------
add("pow-ua", "Example Ukrainian Online", "2026-06-22", "146 Ukrainian defenders return home in new prisoner exchange", "pow-exchange-0622", """
KYIV - 146 Ukrainians have returned home from Russian captivity, the President said on
Monday. Among those released are soldiers of the Armed Forces, the National Guard and the
State Border Guard Service, as well as two civilians. Most of them had been held since 2022,
some since the defence of Mariupol and the Azovstal plant. The youngest is 22, the oldest 61.
The Coordination Headquarters for the Treatment of Prisoners of War said the exchange took
place on the border with Belarus in the Chernihiv region and that the released men had been
taken to a hospital for examination. Several have serious illnesses and wounds that went
untreated in captivity, it said. Photographs published by the headquarters show gaunt men
wrapped in Ukrainian flags stepping off buses. "We are bringing our people home step by step.
Thanks to everyone who helps, in particular the United Arab Emirates," the President wrote.
It is the fourth exchange this year. According to the headquarters, more than 5,800
Ukrainians have been returned since February 2022. Relatives of missing soldiers gathered
outside the hospital with photographs, hoping for news of their sons and husbands.
""")
add("pow-ru", "Example Russian Agency", "2026-06-22", "146 Russian servicemen returned from Kyiv-controlled territory - MoD", "pow-exchange-0622", """
MOSCOW, June 22. As a result of the negotiation process, on June 22, 146 Russian servicemen
were returned from the territory controlled by the Kyiv regime, the Russian Defence Ministry
said. In return, 146 prisoners of war of the Armed Forces of Ukraine were handed over. At
present, the Russian servicemen are on the territory of the Republic of Belarus, where they
are being provided with the necessary psychological and medical assistance. They will then
be transported to the territory of the Russian Federation for treatment and rehabilitation
in medical institutions of the Ministry of Defence. Humanitarian mediation in the return of
the Russian servicemen from captivity was carried out by the United Arab Emirates, the
ministry said. The federal human rights commissioner said that, in addition, eight residents
of the Kursk region who had been taken to Ukrainian territory were brought home in the same
exchange, and thanked the mediators and the relatives who had not lost hope.
""")
# The mediator's statement gives the total of both sides (292) and no date or place: the same
# exchange.
add("pow-uae", "Example Emirati Agency", "2026-06-23", "UAE mediation succeeds in exchange of 292 captives between Russia and Ukraine", "pow-exchange-0622", """
ABU DHABI, 23rd June, 2026 - The United Arab Emirates has succeeded in a new mediation effort
between the Russian Federation and Ukraine, resulting in the exchange of 292 captives from
both sides, bringing the total number of captives released through mediations by the UAE to
4,961. The Ministry of Foreign Affairs expressed its appreciation to the Russian and Ukrainian
sides for their cooperation with the mediation efforts, which reflects the strong friendly
relations between the UAE and both countries. The Ministry affirmed that the success of this
mediation, the nineteenth of its kind since the beginning of the crisis, confirms the status
of the UAE as a trusted mediator between the two parties. The Ministry affirmed that the UAE
will continue its efforts aimed at supporting all initiatives to find a peaceful solution to
the crisis, and at alleviating the humanitarian impacts resulting from it, including on
refugees and captives.
""")

# --- Pakistani air strikes in Barmal, Paktika, on Tuesday night 3 March; the Taliban's
# --- "retaliatory operations" on the Kurram border on Saturday 7 March (strike and
# --- retaliation: two incidents, though the second is announced as the answer to the first) --
add("paktika-afmod", "Example Afghan Agency", "2026-03-04", "MoD: Pakistani airstrikes in Paktika's Barmal kill 38 civilians", "paktika-airstrike", """
KABUL - The Ministry of National Defence of the Islamic Emirate of Afghanistan said Pakistani
military aircraft bombed four locations in Barmal district of Paktika province on Tuesday
night, killing 38 civilians, most of them women and children. In a statement, the ministry's
spokesman, Mawlawi Habibullah Sharafat, said the victims included refugees from Waziristan
who had fled military operations in Pakistan and had been living in the area. Nine others
were wounded, he said. "The Islamic Emirate strongly condemns this barbaric act, considers
it a clear violation of all international principles and a brazen aggression, and states
that the defence of its territory and sovereignty is its legitimate right. This cowardly act
will not go unanswered," the statement said. It added that the Pakistani side should know
that "such arbitrary actions are no solution to any problem". Local residents told our
reporter that the strikes hit homes in the Laman and Murgh Bazar areas at around 10 p.m. and
that people dug through the rubble with their hands until morning.
""")
# A Pakistani paper's rendering of the same statement, translated back from Urdu with one line
# of its own: a same_statement duplicate of paktika-afmod.
add("paktika-afmod-urdu", "Example Pakistani Urdu Daily (English edition)", "2026-03-04", "Afghan Taliban claim 38 killed in Paktika bombing", "paktika-airstrike", """
KABUL / ISLAMABAD: The spokesman of the defence ministry of the Afghan interim government,
Habibullah Sharafat, has claimed that Pakistan carried out aerial bombardment at four places
in the Barmal area of the Paktika province on Tuesday night, as a result of which 38 persons,
majority of them women and children, lost their lives. As per the spokesman, those killed
included refugees from Waziristan, and nine persons were injured. In his statement, he said
that the Islamic Emirate strongly condemns this barbaric act and declares it a clear
violation of international principles and open aggression, and that to defend its land and
sovereignty is its legitimate right. "This cowardly act will not remain unanswered," he
said. He further said that Pakistan should understand that such arbitrary actions are not
the solution of any problem. No reaction has come from the government of Pakistan or from
ISPR so far.
""", "paktika-afmod", "same_statement")
# Pakistani officials deny that civilians were hit; the recap paragraph recalls the December
# 2024 strikes in the same district (an older incident, not in this file).
add("paktika-wire", "Example Asia Wire", "2026-03-04", "Pakistani jets strike suspected militant hideouts in Afghanistan, officials say", "paktika-airstrike", """
ISLAMABAD, March 4 - Pakistani warplanes struck suspected hideouts of the Pakistani Taliban in
Afghanistan's eastern Paktika province overnight, killing at least 20 militants, two Pakistani
security officials said on Wednesday. The officials, who spoke on condition of anonymity
because they were not authorised to talk to the media, said the targets included a training
facility and a communications centre used by commanders of Tehrik-e-Taliban Pakistan (TTP)
behind recent attacks in the border districts. "These were precise strikes on terrorist
infrastructure. There were no civilians there," one of them said, rejecting Taliban accounts
of dozens of civilian deaths. Pakistan's foreign office and military did not officially
confirm the strikes. Afghanistan's Taliban government said 38 civilians, mostly women and
children, were killed in the Barmal district and vowed to respond.

Pakistan says the TTP operates from Afghan soil, a charge the Taliban deny. In December 2024,
Pakistani air strikes in the same district killed dozens of people, according to the
Taliban, and Afghan forces then attacked Pakistani border posts. Islamabad blames the TTP for
a string of attacks on soldiers and police in Khyber Pakhtunkhwa since the start of the year.
""")
add("paktika-funerals", "Example Afghan News Site", "2026-03-05", "Funerals held in Barmal as toll from Pakistani strikes rises to 41", "paktika-airstrike", """
Hundreds of people attended funerals on Thursday in Laman village, in Paktika's Barmal
district, for the victims of Pakistani air strikes on Tuesday night, as local officials said
the death toll had risen to 41 after three wounded children died at the provincial hospital
in Sharana. Men from surrounding villages dug a row of graves on a hillside above the
village. "My brother, his wife and their four children are under this earth. Were they the
Taliban? They were farmers," said one mourner, Gul Rahman. The UN Assistance Mission in
Afghanistan said it had received credible reports that civilians, including women and
children, were among the dead, and called for an independent investigation. Taliban
officials took journalists to the site, where one house had been reduced to rubble and the
walls of a madrassa had collapsed. Pakistan has not officially commented; its security
officials say the strikes targeted Pakistani Taliban militants. Pakistan's charge d'affaires
in Kabul was summoned to the Afghan foreign ministry on Wednesday and handed a protest note.
""")
add("kurram-afmod", "Example Afghan Agency", "2026-03-07", "Islamic Emirate forces target points beyond the 'hypothetical line'", "kurram-retaliation", """
KABUL - Forces of the Islamic Emirate carried out retaliatory operations on Saturday against
several points beyond the hypothetical line which served as centres and hideouts of malicious
elements and their supporters, from where attacks on Afghanistan had been organised, the
Ministry of National Defence said. The ministry's spokesman, Mawlawi Habibullah Sharafat,
said the operations were carried out in response to the bombardment of Paktika by the
Pakistani military regime and were concluded by midday. "Several posts were destroyed and the
enemy suffered heavy losses," he said, without giving figures. Local officials in Paktia said
three members of the Islamic Emirate's forces were martyred and seven were wounded in the
fighting in the Dand Patan district, and that some families in border villages had moved to
safer areas. The Islamic Emirate, the spokesman said, does not want tension with any
neighbour, but will respond to any aggression against its soil. Afghan authorities do not
recognise the Durand Line, which they call a hypothetical line, as the border.
""")
add("kurram-ispr", "Example Pakistani English Daily", "2026-03-07", "Afghan Taliban attack on border posts in Kurram repulsed: ISPR", "kurram-retaliation", """
RAWALPINDI: Security forces effectively responded to unprovoked firing by the Afghan Taliban
on Pakistani border posts in the Kurram district on Saturday and inflicted heavy losses on
them, the Inter-Services Public Relations (ISPR) said. According to the military's media
wing, the Afghan Taliban used heavy weapons, including mortars, in the attack, which began in
the early hours in the Borki and Kharlachi sectors. Between 15 and 20 Afghan Taliban were
killed and several of their posts destroyed, the ISPR said, while one soldier, Naik Sher
Zaman, embraced martyrdom and 11 were injured. "Pakistan's armed forces are fully capable of
defending the country's territorial integrity and will give a befitting response to any
aggression," the statement said. Residents of villages near the Kharlachi crossing said
families had moved towards Parachinar. The crossing was closed to traffic.

Tensions have risen since Pakistani jets struck what officials called militant hideouts in
Afghanistan's Paktika province on Tuesday night; the Taliban said 38 civilians were killed
and vowed to respond.
""")
add("kurram-wire", "Example Asia Wire", "2026-03-08", "Pakistani and Afghan forces clash along border after air strikes", "kurram-retaliation", """
ISLAMABAD/KABUL, March 8 - Pakistani and Afghan Taliban forces exchanged heavy fire along
their border on Saturday in what Kabul called retaliation for Pakistani air strikes earlier
in the week, with both sides claiming to have inflicted heavy losses. The fighting centred on
the Kurram district of Pakistan's Khyber Pakhtunkhwa province and, across the border, the
Dand-e-Patan district of Afghanistan's Paktia province, residents said. Pakistan's military
said one soldier was killed and up to 20 Taliban fighters; Taliban officials said three of
their fighters died. Neither account could be independently verified.

On Tuesday night, Pakistani jets bombed the Barmal district of Paktika province, about 150 km
to the south. The Taliban said 41 civilians, including women and children, were killed;
Pakistani security officials said militants were the targets.

The clashes subsided by Saturday evening, residents said. China's foreign ministry urged both
neighbours to exercise restraint and resolve their differences through dialogue, and the
United Nations said it was concerned about the safety of civilians on both sides.
""")

# --- the Thai-Cambodian border: a firefight at the Ta Muen Thom temple on Monday 11 May, a
# --- landmine at Chong Bok, 150 km east, the same Monday, and a second firefight at the temple
# --- on Thursday 14 May (same sides, same place, three days apart: two incidents) ------------
add("tamuen1-thai", "Example Thai English Daily", "2026-05-11", "Two rangers hurt in border shootout near Ta Muen Thom temple", "tamuen-clash-0511", """
SURIN - Two Thai rangers were wounded on Monday morning when Cambodian soldiers opened fire on
a Thai patrol near the Prasat Ta Muen Thom temple in Phanom Dong Rak district, the Second Army
Area said. The exchange of small-arms fire and rocket-propelled grenades lasted about 20
minutes, starting at around 8.20am, after Cambodian troops approached a Thai position near the
temple's northern staircase and refused to withdraw, the army's spokesman, Col Pakorn Sriwong,
said. Both wounded rangers were taken to Phanom Dong Rak hospital and later transferred to
Surin; one suffered shrapnel injuries to the leg. The army said it had responded "in
accordance with the rules of engagement" and lodged a protest through the Regional Border
Committee. Villagers in Ban Nong Khana were moved to a temporary shelter at a school. The
temple complex, a cluster of Khmer-era ruins on the border, is claimed by both countries, and
soldiers from both sides have long been stationed around it.
""")
add("tamuen1-khm", "Example Cambodian Agency", "2026-05-11", "Thai troops open fire at Cambodian positions at Ta Moan Thom temple: MND", "tamuen-clash-0511", """
PHNOM PENH, May 11 - Thai soldiers opened fire first on Cambodian troops stationed in the Ta
Moan Thom temple area in Oddar Meanchey province's Banteay Ampil district at around 8:15 a.m.
today, Ministry of National Defence spokeswoman Lt. Gen. Sok Chanthy said. She said Cambodian
forces had only exercised their right to self-defence in response to the armed incursion of
Thai troops into Cambodian territory, and that no Cambodian soldiers were hurt. "Cambodia
remains committed to resolving the border issue by peaceful means in line with international
law," she said, rejecting the Thai army's version of events as distorted. The spokeswoman
said the Thai side had recently reinforced its troops and dug new trenches in the area in
violation of earlier agreements between local commanders. Prasat Ta Moan Thom is one of a
group of three ancient temples on the border. The ministry said Cambodia would raise the
incident at the next meeting of the General Border Committee and called on Thailand to
withdraw its reinforcements.
""")
# Names the Chong Bok mine in one sentence; its lead and body are the temple firefight.
add("tamuen1-wire", "Example Asia Wire", "2026-05-12", "Thailand, Cambodia trade blame for border firefight at disputed temple", "tamuen-clash-0511", """
BANGKOK, May 12 - Thailand and Cambodia accused each other on Tuesday of starting a firefight
near a disputed ancient temple on their border that wounded two Thai soldiers, the latest in
a series of skirmishes that have strained ties between the neighbours. The clash on Monday
morning near Ta Muen Thom temple, which Cambodia calls Ta Moan Thom, lasted about 20 minutes,
according to Thailand's army, which said Cambodian troops fired first. Cambodia's defence
ministry said Thai troops had fired first and its soldiers had acted in self-defence.
Thailand's foreign ministry summoned the Cambodian ambassador in Bangkok on Tuesday to lodge
a protest.

Separately, a Thai soldier lost a leg when he stepped on a landmine on Monday while on patrol
in Ubon Ratchathani province, about 150 km to the east; Thailand said the mine had been newly
laid, which Phnom Penh denied.

The two countries have disputed parts of their 817-km land border for decades, much of it
drawn by French colonial-era maps, and troops on both sides are stationed around several
temples along it.
""")
add("chongbok-thai", "Example Thai English Daily", "2026-05-11", "Soldier loses leg in mine blast at Chong Bok", "chongbok-mine", """
UBON RATCHATHANI - A Thai soldier lost his right leg below the knee when he stepped on a
landmine during a patrol in the Chong Bok area of Nam Yuen district on Monday afternoon, the
army said. Pvt Somchai Thongdee, 21, was airlifted to Fort Sapphasitthiprasong hospital in
the provincial capital, where his condition was described as stable. The Second Army Area
said three more mines, of the PMN-2 type, had been found nearby along a path that its troops
patrol regularly, and that they appeared to have been laid recently rather than left over
from past conflicts. "This is a deliberate violation of the Ottawa Convention," a spokesman
said, adding that the mines had been found on the Thai side of the border. The army's
de-mining unit has closed the path and will survey the surrounding area. It was the third
mine blast in the Chong Bok area this year. The provincial governor visited the soldier in
hospital and said the government would file a complaint with the convention's secretariat.
""")
# The other side's denial, placing the blast in "the An Ses area" of Preah Vihear.
add("chongbok-khm", "Example Cambodian Agency", "2026-05-12", "Cambodia rejects Thai allegation of new landmines", "chongbok-mine", """
PHNOM PENH - Cambodia on Tuesday categorically rejected as baseless Thailand's accusation that
Cambodian troops had laid new anti-personnel mines along the border, after a Thai soldier was
injured by a mine on Monday. The Cambodian Mine Action and Victim Assistance Authority said
the incident had taken place in the An Ses area, which it said lies in Choam Ksan district of
Preah Vihear province, on Cambodian territory, and that the area is still contaminated with
mines left from decades of civil war. "Cambodia, as a state party to the Ottawa Convention,
has never used and will never use new landmines," the authority's first vice president, Ly
Sovann, said, adding that the Thai soldiers had entered Cambodian territory without
coordination. He called for a joint survey of the site with international observers. Since
1992, Cambodian deminers have cleared more than 3,000 square kilometres of land, the
authority said.
""")
# Thursday: the same two armies at the same temple three days later: its own incident. The
# Thai report retells Monday's firefight in a recap paragraph.
add("tamuen2-thai", "Example Thai English Daily", "2026-05-14", "Shots exchanged again at Ta Muen Thom; temple closed to visitors", "tamuen-clash-0514", """
SURIN - Thai and Cambodian soldiers exchanged fire again near Prasat Ta Muen Thom early on
Thursday, the Second Army Area said. The shooting began at about 5.40am and lasted around ten
minutes; no Thai soldiers were hurt. The army said Cambodian troops had fired assault rifles
at a Thai observation post east of the temple and the Thai side had returned fire. The army
has closed the temple to visitors until further notice.

On Monday, two rangers were wounded in a 20-minute exchange of small-arms fire and
rocket-propelled grenades near the temple. Both countries blamed each other for that clash,
and Thailand's foreign ministry summoned the Cambodian ambassador.

District officials in Phanom Dong Rak said about 300 villagers from three villages had moved
to evacuation centres on Thursday morning, and schools in the area were closed. Col Pakorn
Sriwong said Thai troops remained in their positions and would "not give up one centimetre".
""")
add("tamuen2-khm", "Example Cambodian Agency", "2026-05-14", "Thai soldiers again fire at Cambodian troops at Ta Moan Thom, MND says", "tamuen-clash-0514", """
PHNOM PENH, May 14 - Thai soldiers again opened fire on Cambodian positions at the Ta Moan
Thom temple in Oddar Meanchey province this morning, in a repeat of the provocation earlier
this week, Ministry of National Defence spokeswoman Lt. Gen. Sok Chanthy said. Cambodian
troops responded to defend the sovereignty and territorial integrity of the Kingdom, she
said, and no Cambodian soldiers were hurt. The spokeswoman said it was the fourth violation of
Cambodian territory by Thai forces this month and that Cambodia would send a letter to the
President of the United Nations Security Council describing the incidents. "Cambodia does not
want war, but we will not allow anyone to take our land," she said. The ministry called on
the Thai side to respect the agreements reached by the Regional Border Committee and to stop
actions that could escalate the situation along the border.
""")

# --- Moldova expels three Russian diplomats on Tuesday 6 October; Russia expels three Moldovan
# --- diplomats in response on Friday 9 October (tit for tat: two incidents) -----------------
add("mdexpel-wire", "Example Europe Wire", "2026-10-06", "Moldova expels three Russian diplomats over alleged vote-buying scheme", "md-expels-ru", """
CHISINAU, Oct 6 - Moldova declared three Russian embassy employees persona non grata on
Tuesday, accusing them of helping to finance a network that paid voters to back pro-Russian
candidates ahead of local elections in November, and gave them 72 hours to leave the country.
The foreign ministry summoned Russia's ambassador to hand him the decision. Police said last
week they had searched more than 40 addresses and detained nine people suspected of
distributing money to voters through bank cards issued by a Russian bank. "Interference in
our elections is an attack on our sovereignty, and it has consequences," the foreign minister
told reporters. The Russian embassy called the decision "unfriendly" and "groundless" and said
Moscow would respond. Moldova, a former Soviet republic of 2.4 million people wedged between
Ukraine and Romania, is a candidate for membership of the European Union, and its government
has repeatedly accused Moscow of trying to destabilise it.
""")
# The ministry's own communique, in the stiff wording of a translated statement.
add("mdexpel-mfa", "Example Moldovan Agency", "2026-10-06", "MFAEI declares three employees of the Russian Embassy persona non grata", "md-expels-ru", """
CHISINAU, 6 October. The Ministry of Foreign Affairs and European Integration informs that
today, 6 October 2026, the Ambassador of the Russian Federation in Chisinau was convoked to
the headquarters of the Ministry, where a note verbale was handed to him by which three
employees of the Embassy of the Russian Federation are declared persona non grata. The
decision was taken on the basis of information provided by the competent authorities
regarding actions incompatible with the diplomatic status, aimed at destabilising the
internal situation in the Republic of Moldova and at interfering in the electoral process.
The persons concerned are to leave the territory of the Republic of Moldova within 72 hours.
The Ministry reiterates that the Republic of Moldova remains open to a dialogue based on
respect for its sovereignty and territorial integrity and on the norms of international law,
and calls on the Russian side to cease any actions of interference in the internal affairs
of our state.
""")
# Moscow's reaction the next day ("will not go unanswered") is part of the expulsion story;
# the counter-expulsion it announces is the next incident.
add("mdexpel-ru", "Example Russian Agency", "2026-10-07", "Moscow vows response to Chisinau's 'hostile step'", "md-expels-ru", """
MOSCOW, October 7. Russia will respond to the expulsion of three employees of the Russian
Embassy from Moldova, the official representative of the Russian Foreign Ministry said on
Wednesday. "The decision of the Moldovan authorities is another hostile step in the line of
consistently destroying bilateral relations. It will not go unanswered," she said at a
briefing. She rejected the accusations of interference in the elections as absurd and said
the Moldovan authorities, "on the instructions of their Brussels curators", were looking for
external enemies to justify their own failures in the economy. The Russian ambassador in
Chisinau was summoned to the Moldovan Foreign Ministry on Tuesday and handed a note declaring
the three diplomats persona non grata. According to the diplomat, the employees and their
families will leave Moldova within the established time frame. She added that Moscow had
drawn the appropriate conclusions.
""")
add("mdcounter-ru", "Example Russian Agency", "2026-10-09", "Russia expels three Moldovan diplomats in response", "ru-expels-md", """
MOSCOW, October 9. The Russian Foreign Ministry on Friday summoned the Ambassador of Moldova
in Moscow and handed him a note declaring three employees of the Moldovan Embassy persona non
grata, the ministry said in a statement. "This step is a response to the unfounded expulsion
of three employees of the Russian diplomatic mission from Chisinau on October 6," the
statement said. The diplomats have been given five days to leave Russia. The ambassador was
told that the Moldovan leadership bears full responsibility for the degradation of bilateral
relations and that any further unfriendly actions would receive a firm and proportionate
response. The statement said that Chisinau's "Russophobic course" ran against the interests of
the Moldovan people, hundreds of thousands of whom live and work in Russia. The ministry did
not name the expelled diplomats.
""")
add("mdcounter-md", "Example Moldovan News Site", "2026-10-10", "Chisinau 'regrets' Moscow's expulsion of Moldovan diplomats", "ru-expels-md", """
CHISINAU - The Moldovan foreign ministry said on Saturday that it regretted Russia's
"unjustified" decision to expel three Moldovan diplomats and that the embassy in Moscow would
continue to provide consular services to Moldovan citizens in Russia. After the departure of
the three, the embassy will be left with five diplomats. A ministry spokesman said the work of
the consular section, which issues documents to tens of thousands of Moldovans working in
Russia, would not be interrupted.

On Tuesday, Moldova declared three Russian embassy employees persona non grata, accusing them
of involvement in a scheme to pay voters ahead of the November local elections. Police say
the network, coordinated from Moscow, paid more than 12,000 people through cards issued by a
Russian bank.

Moldova has expelled Russian diplomats several times since 2022, and Moscow has each time
responded in kind. Political analysts in Chisinau said they expected the row to intensify
before the vote.
""")

# --- Cabo Delgado: insurgents attack Chai village (Macomia) on Tuesday 4 August and trucks on
# --- the N380 near Metoro (Ancuabe) on Friday 7 August: one insurgency, one week, two incidents
add("chai-radio", "Example Mozambican Radio", "2026-08-05", "Insurgents kill seven, burn homes in Macomia village", "cabo-chai-attack", """
PEMBA - Seven civilians were killed and more than forty houses burned when armed insurgents
attacked the village of Chai, in Macomia district, on Tuesday night, local sources told our
correspondent. The attackers, about thirty men, some of them in military uniforms, arrived at
about 9 p.m. from the direction of the Messalo river and went from house to house, residents
said. Most of the villagers fled into the bush and walked through the night to Macomia town.
Among the dead is the village secretary. "We heard shots and then we saw the fire. We took the
children and ran. We left everything," said a woman who reached Macomia on Wednesday morning
with five children. The Defence and Security Forces arrived in Chai the next morning, after
the attackers had left. The district administrator confirmed "an incursion by terrorists"
but did not give figures. Hundreds of displaced people are sheltering at a school and a
church in Macomia town.
""")
add("chai-wire", "Example Africa Wire", "2026-08-06", "Islamic State claims attack on Christians in northern Mozambique", "cabo-chai-attack", """
JOHANNESBURG, Aug 6 - Islamic State claimed on Wednesday that its fighters had killed nine
Christians and burned dozens of homes in a village in Mozambique's northern Cabo Delgado
province, in an attack that local sources said took place on Tuesday night. The group's Amaq
news agency published photographs of burning huts and said the attack took place "in the
Macomia area". Local sources told a community radio station that seven people were killed in
Chai village. Mozambique's defence ministry did not respond to a request for comment. Islamic
State-linked insurgents have waged an insurgency in the gas-rich province since 2017, killing
more than 6,000 people and displacing about a million, according to monitoring groups. Rwandan
troops deployed in 2021 helped the Mozambican army recapture key towns, but attacks on
villages and roads have continued, and TotalEnergies has yet to restart its suspended
liquefied natural gas project near Palma.
""")
# A weekly digest: the Chai attack leads and takes most of it, Friday's truck ambush and two
# minor events are told too. Labelled with its main incident, the Chai attack.
add("cabo-weekly", "Example Conflict Monitor", "2026-08-10", "Cabo Delgado weekly: 3-9 August", "cabo-chai-attack", """
The deadliest event of the week was the attack on Chai, in Macomia district, on the night of
4 August. Insurgents killed at least seven civilians, including the village secretary, and
burned 43 homes, according to local sources; Islamic State claimed nine dead. About 1,200
people fled to Macomia town. The attackers appear to have crossed the Messalo river from the
north and returned the same way, and government forces did not reach the village until the
next morning.

On 7 August, insurgents attacked a convoy of trucks on the N380 near Metoro, in Ancuabe
district, killing two drivers and burning five vehicles. Hauliers suspended runs on the road.

In smaller events, a group of about ten insurgents was seen near Mucojo on 6 August, and
fishermen reported being stopped and questioned by armed men on the coast north of Pangane.

Assessment: the Chai attack fits a pattern of raids on villages that supply the coastal
markets. The attack at Metoro, about 80 km to the south, suggests that a second group is
operating along the main road to Pemba.
""")
add("n380-paper", "Example Mozambican Daily", "2026-08-08", "Insurgents torch five trucks on N380, two drivers killed", "cabo-n380-trucks", """
PEMBA - Two truck drivers were killed and five trucks set on fire when armed men attacked a
convoy on the N380 road near Metoro, in Ancuabe district, on Friday morning, police and
transport operators said. The trucks, carrying maize flour, cement and fuel to Pemba and
Montepuez, were stopped at a makeshift roadblock of logs at about 10 a.m. Witnesses said the
attackers ordered the drivers out, shot two who tried to flee and set the vehicles alight. A
third driver was wounded and taken to the Pemba provincial hospital. The road was closed for
several hours while the Defence and Security Forces searched the area. A police spokesman in
Cabo Delgado described the attackers as "terrorists" and said a patrol had found their
tracks leading north. The N380 is the main road linking the provincial capital with the
districts of the north and with Montepuez, where ruby mining is concentrated.
""")
# The trade site retells Tuesday's Chai attack in a recap paragraph.
add("n380-trade", "Example Southern Africa Trade Site", "2026-08-08", "Hauliers suspend Cabo Delgado runs after N380 ambush", "cabo-n380-trucks", """
The association of road transport operators in northern Mozambique said on Friday it had
told members to suspend all runs on the N380 road in Cabo Delgado after gunmen attacked a
convoy near Metoro, killing two drivers, one of them a Malawian national, and burning five
trucks. "Our drivers are not soldiers. Until the government guarantees escorts, we will not
send them," the association's chairman, Armando Cossa, said. Freight rates on the Nacala-Pemba
corridor have risen by a third this year as insurers add war-risk premiums.

Earlier in the week, insurgents killed seven people and burned dozens of homes in Chai
village in Macomia district, about 80 km further north, an attack claimed by Islamic State.

Logistics firms serving the Montepuez ruby mine and aid agencies said they were reviewing
their movements. The World Food Programme said a planned food distribution in Ancuabe would
be delayed by at least a week.
""")

# --- an Israeli raid on Jubata al-Khashab, in the Quneitra countryside, before dawn on
# --- Thursday 16 July ------------------------------------------------------------------------
# The army names no village ("the area of Mount Hermon", "southern Syria") and no civilian
# dead; the same night and operation: one incident.
add("quneitra-idf", "Example Israeli Daily", "2026-07-16", "Three soldiers wounded in southern Syria raid, IDF says", "quneitra-raid", """
Three IDF reservists were wounded, one of them seriously, when gunmen opened fire on troops
during an overnight operation to detain terror suspects in southern Syria, the military said
on Thursday. According to the army, forces of the 210th Bashan Division entered a village in
the area of Mount Hermon to arrest suspects belonging to a terror organisation who were
planning attacks against Israeli civilians and troops. During the operation, armed men opened
fire on the force, which returned fire and, with the help of an aircraft, "eliminated several
terrorists". Two suspects were detained and taken to Israel for questioning. The wounded
soldiers were evacuated by helicopter to Rambam hospital in Haifa. The army has kept troops
in the buffer zone on the Syrian side of the Golan Heights and on the Syrian side of Mount
Hermon since December 2024, saying it will not allow hostile forces to establish themselves
near the border.
""")
add("quneitra-sana", "Example Syrian Agency", "2026-07-16", "Six civilians killed in Israeli occupation incursion into Quneitra countryside", "quneitra-raid", """
Quneitra, SANA - Six civilians were killed and several others were injured at dawn on
Thursday in an incursion by an Israeli occupation force into the village of Jubata
al-Khashab in the northern countryside of Quneitra province. SANA's reporter said a force of
occupation troops backed by tanks and drones stormed the village at around 3 a.m., raided a
number of houses and arrested two young men, before opening fire on residents who gathered to
confront them. A drone then struck a house on the edge of the village. The Ministry of Foreign
Affairs and Expatriates condemned in the strongest terms the criminal attack, describing it
as a flagrant violation of the sovereignty of the Syrian Arab Republic and of the 1974
Disengagement Agreement, and called on the Security Council to shoulder its responsibilities
and put an end to the repeated Israeli aggressions on Syrian territory.
""")
add("quneitra-funerals", "Example Europe Wire", "2026-07-17", "Syrians bury dead after Israeli raid near Golan", "quneitra-raid", """
JUBBATA AL-KHASHAB, Syria, July 17 - Hundreds of mourners attended funerals on Friday for
eight people killed in an Israeli raid on this village near the Golan Heights, chanting
against Israel as the bodies were carried to the cemetery. The Syrian Observatory for Human
Rights, a Britain-based war monitor, said those killed in Thursday's raid included three
local men who had taken up arms against the Israeli troops and five civilians, among them a
teenage boy; Syrian state media put the civilian toll at six. Israel's military said three of
its soldiers were wounded when gunmen opened fire on them during an operation to arrest
suspects, and that it had killed "several terrorists". Residents showed journalists a house
whose roof had collapsed after a drone strike. "They came at night, broke down the doors and
took my nephew. Then the shooting started," said a farmer, Abu Khaled. Israeli forces have
carried out frequent raids in the Quneitra countryside since the fall of Bashar al-Assad in
December 2024.
""")

# --- smugglers' balloons close Vilnius airport on Friday night 6 November; the border closure
# --- on Monday 9 November, announced as the answer, is a singleton below ---------------------
add("balloons-wire", "Example Europe Wire", "2026-11-07", "Vilnius airport shut for hours as balloons drift in from Belarus", "vilnius-balloons", """
VILNIUS, Nov 7 - Lithuania's main airport in Vilnius halted traffic for almost five hours late
on Friday after dozens of balloons that authorities said had been launched from Belarus by
cigarette smugglers entered its airspace, the airport operator said on Saturday. Thirty-two
flights were diverted to Riga and Kaunas or delayed, affecting about 4,800 passengers, the
operator said. The airspace was closed at 20:15 and reopened shortly before 01:00. The state
border guard service said it had recovered 58 balloons carrying a total of about 21,000 packs
of Belarusian cigarettes in the Vilnius and Salcininkai districts by Saturday afternoon. It
is the fourth time this autumn that balloons have disrupted flights at the airport, which
lies about 30 km from the Belarusian border. Lithuanian officials have accused the government
of Alexander Lukashenko of doing nothing to stop the launches, and have threatened to close
the border if they continue.
""")
add("balloons-lt", "Example Lithuanian Broadcaster", "2026-11-07", "Interior minister: balloon incursions are a hybrid attack by the Lukashenko regime", "vilnius-balloons", """
Interior Minister Ruta Vaitkiene said on Saturday that the balloons which forced the closure
of Vilnius airport on Friday evening were "a hybrid attack" and that Minsk was deliberately
allowing smugglers to launch them. "Radar detected more than 110 objects. This cannot happen
without the knowledge of the Belarusian regime," she told the broadcaster after a meeting of
the national security commission. The minister said the government would decide on Monday
on "concrete and painful measures", including the closure of the two remaining border
crossings with Belarus. Border guards detained two men in the Salcininkai district suspected
of receiving cigarette packs dropped by the balloons, which carry GPS trackers so that
smugglers can locate the cargo. Airlines operating from Vilnius said the disruptions were
costing them tens of thousands of euros each time, and the airport said it was testing a new
radar system to track small balloons.
""")
# The Belarusian denial: the same incident.
add("balloons-by", "Example Belarusian State Agency", "2026-11-08", "Border committee: no balloon launches from Belarus registered", "vilnius-balloons", """
MINSK, 8 November. No launches of balloons from the territory of Belarus were registered on
the night of 6 to 7 November, the State Border Committee of Belarus said in a statement on
Sunday, commenting on the claims of the Lithuanian side about the closure of Vilnius airport.
"The statements of the Lithuanian side are groundless and are aimed at justifying its own
militarisation and at searching for a pretext for new restrictive measures on the border,
which will hit the citizens of Lithuania first of all," the committee said. It said that
Belarusian border guards had not received any information from Lithuanian colleagues through
the established channels of cooperation and were ready to examine any evidence. The committee
recalled that cigarette smuggling was a crime under Belarusian law and that the Belarusian
side had detained dozens of smugglers this year, while the demand for cheap cigarettes came
from the European Union.
""")

# --- Tbilisi: a protest outside parliament dispersed in the night of 25 to 26 April -----------
add("tbilisi-wire", "Example Europe Wire", "2026-04-26", "Georgian police disperse Tbilisi protest with water cannon, dozens held", "tbilisi-protest", """
TBILISI, April 26 - Georgian riot police used water cannon and pepper spray early on Sunday to
break up thousands of protesters outside parliament in Tbilisi who were demonstrating against
a new law that allows a state regulator to suspend broadcasters for "biased coverage", and
detained at least 38 people. The protest began on Saturday evening on Rustaveli Avenue, the
capital's main thoroughfare, and grew after opposition leaders called on supporters to block
the entrance to parliament before Monday's final vote on the bill. Shortly after 1 a.m.,
police moved in, pushing the crowd towards Freedom Square and chasing protesters into side
streets. Several journalists were among those hurt, media groups said. The government says
the law is needed to fight disinformation; critics say it is modelled on Russian legislation
and aimed at silencing the opposition channels. The European Union urged the authorities to
respect freedom of assembly and to release those detained for peaceful protest.
""")
add("tbilisi-mia", "Example Georgian Government Site", "2026-04-26", "Statement of the Ministry of Internal Affairs", "tbilisi-protest", """
The Ministry of Internal Affairs of Georgia informs the public that on 25 April, during the
rally held on Shota Rustaveli Avenue, the participants of the rally repeatedly committed
violent actions against law enforcement officers, including throwing pyrotechnics, stones and
other objects, and attempted to block the entrance to the building of the Parliament of
Georgia. Despite repeated calls by the law enforcement officers to observe the law, the
participants continued their illegal actions. Accordingly, the police took measures provided
for by the law to restore public order. In total, 41 persons were detained for administrative
offences under Article 166 (petty hooliganism) and Article 173 (disobedience to the lawful
demand of a police officer) of the Code of Administrative Offences, and two persons were
arrested under criminal procedure for group violence. As a result of the violent actions of
the participants of the rally, nine police officers were injured. Investigation is ongoing.
""")
# A follow-up a day later; its recap paragraph recalls the dispersals of late 2024 (an older
# incident, not in this file).
add("tbilisi-followup", "Example Georgian Opposition TV", "2026-04-27", "Cameraman beaten at Rustaveli dispersal remains in intensive care", "tbilisi-protest", """
Our cameraman Levan Gelashvili, who was beaten by riot police during the dispersal of the
rally outside parliament in the early hours of Sunday, remains in intensive care at a Tbilisi
clinic with a fractured skull, doctors said on Monday. Colleagues who were with him said
masked officers knocked him to the ground on Chichinadze Street and kicked him after he
refused to stop filming. Representatives of the Public Defender visited detainees on Sunday
and Monday; 19 of the 43 people detained told them they had been beaten during or after
their arrest, the Public Defender's office said, calling on the prosecutor's office to
investigate. Courts on Monday began hearing the administrative cases.

The dispersal recalled the protests of late 2024, when police broke up rallies on Rustaveli
Avenue night after night for two weeks after the government suspended talks on joining the
European Union, detaining more than 400 people, many of whom said they were beaten.

Parliament is due to vote on the broadcasting law on Monday evening.
""")

# --- a hot-air balloon crash near Goreme, Cappadocia, on Tuesday 20 October -----------------
add("balloon-agency", "Example Turkish Agency", "2026-10-20", "Hot-air balloon makes hard landing in Nevsehir: 2 dead, 11 injured", "cappadocia-balloon", """
NEVSEHIR - Two tourists lost their lives and 11 people were injured when a hot-air balloon
carrying 20 passengers made a hard landing in the Kizilcukur valley near Goreme on Tuesday
morning, the Nevsehir governor's office said. The balloon, belonging to a company based in
Goreme, took off at around 6.30 a.m. and was caught by a sudden gust of wind as it descended
to land at about 7.40 a.m., the statement said. The basket struck the ground and was dragged
for about 50 metres. The injured, including the pilot, were taken to hospitals in Nevsehir
and Kayseri by ambulance and helicopter. The governor's office said the weather conditions
had been within permitted limits at take-off. The Nevsehir Chief Public Prosecutor's Office
launched an investigation, and the Directorate General of Civil Aviation suspended the
company's flights. All balloon flights in the region were cancelled for the rest of the day
because of the wind.
""")
# Recap paragraph about an older crash near Urgup two years earlier (not in this file).
add("balloon-wire", "Example Europe Wire", "2026-10-20", "Two Brazilian tourists killed in Turkey balloon crash", "cappadocia-balloon", """
ISTANBUL, Oct 20 - Two Brazilian tourists were killed and 11 other people injured when a
hot-air balloon crashed in Turkey's Cappadocia region on Tuesday morning, local officials and
Brazil's foreign ministry said. The balloon hit the ground hard while trying to land in a
valley near the town of Goreme after a sudden gust of wind, the regional governor's office
said. Brazil's foreign ministry said the dead were a man and a woman from the southern state
of Parana travelling with a church group, and that the consulate in Istanbul was assisting
the injured.

Cappadocia, famous for its fairy chimney rock formations, is one of the world's most popular
places for balloon rides, with up to 150 balloons taking off at dawn on busy days. Two years
ago, a balloon struck a rock formation near Urgup, killing a Spanish tourist and injuring
four.

Turkish authorities tightened rules on wind limits and pilot rest after that accident.
Tourism operators said on Tuesday that the sector carried more than 700,000 passengers last
year.
""")
add("balloon-brazil", "Example Brazilian Daily (English edition)", "2026-10-21", "Third victim of Cappadocia balloon accident dies in Kayseri hospital", "cappadocia-balloon", """
SAO PAULO - A 64-year-old woman from Curitiba who was injured in Tuesday's hot-air balloon
accident in Turkey died on Wednesday in a hospital in Kayseri, raising the number of dead to
three, the Ministry of Foreign Affairs said. Her husband, 67, was among the two people who
died at the scene. The couple were part of a group of 14 parishioners from a Curitiba church
on a pilgrimage to Turkey and Greece. The ministry said the consulate-general in Istanbul was
arranging the repatriation of the bodies and that four Brazilians remained in hospital, one
of them in intensive care. The parish priest, who stayed on the ground on the day of the
flight, said by telephone from Nevsehir that the group had hesitated to go up because of the
cold. "It was the dream of their life," he said. The governor of Parana declared three days
of official mourning.
""")

# --- singletons ------------------------------------------------------------------------------
# Two days after the exchange and recalling it in its last sentence: another happening of
# another kind (bodies, not prisoners), its own incident.
add("bodies-ua", "Example Ukrainian Online", "2026-06-24", "Ukraine receives bodies of 1,000 fallen defenders", "bodies-repatriation-0624", """
KYIV - The bodies of 1,000 people who, according to the Russian side, are Ukrainian servicemen
were returned to Ukraine on Wednesday, the Coordination Headquarters for the Treatment of
Prisoners of War said. Russia received the bodies of 24 of its soldiers. The repatriation was
carried out with the participation of the Ministry of Internal Affairs, the Security Service,
the armed forces and the International Committee of the Red Cross. Forensic experts will now
identify the remains, which will take months; relatives of missing soldiers are asked to
provide DNA samples at regional police departments. Most of the bodies were recovered in the
Donetsk and Zaporizhzhia directions, the headquarters said. It was the fifth repatriation of
bodies this year. The repatriation came two days after 146 Ukrainian prisoners of war returned
home in an exchange mediated by the United Arab Emirates.
""")
# Announced as the answer to the balloons, three days later: its own incident (tit for tat).
add("border-closure", "Example Europe Wire", "2026-11-09", "Lithuania closes border crossings with Belarus over balloon incursions", "lt-border-closure", """
VILNIUS, Nov 9 - Lithuania closed its two remaining border crossings with Belarus on Monday for
at least a month in response to the smugglers' balloons that have repeatedly shut Vilnius
airport, the government said. The Medininkai and Salcininkai checkpoints, known on the
Belarusian side as Kamenny Log and Benyakoni, will remain open only for diplomats, EU
citizens returning home and humanitarian cargo, the interior minister said. About 1,500
trucks were queuing on both sides of the border on Monday afternoon, hauliers' associations
said, and Lithuanian companies with lorries in Belarus asked the government for help to bring
them back. "The regime in Minsk understands only one language," the prime minister said. The
Belarusian foreign ministry called the closure "a hostile and senseless step" and said Minsk
would take "adequate measures". The closure came three days after balloons carrying
cigarettes forced the airport to halt flights for almost five hours.
""")
add("michoacan-ambush", "Example Mexican Daily (English edition)", "2026-01-15", "Four National Guard members killed in ambush in Michoacan", "michoacan-ambush", """
MORELIA - Four members of the National Guard were killed and three wounded on Thursday when
gunmen ambushed their patrol on a rural road near Apatzingan, in the western state of
Michoacan, the state security secretariat said. The attackers detonated an improvised
explosive device as the two vehicles passed a bridge and then opened fire from the hills on
both sides of the road, officials said. Soldiers and state police sent as reinforcements
found abandoned vehicles and spent cartridges but made no arrests. Officials did not say who
was responsible, but the area, in the Tierra Caliente region, is disputed between the Jalisco
New Generation Cartel and local criminal groups, which have used drones and mines against
rivals and security forces. The federal security cabinet said it would send 300 more troops
to the region. Lime growers in the area have staged protests this year against extortion by
the cartels.
""")
add("alberta-measles", "Example Canadian Broadcaster", "2026-02-12", "Measles outbreak declared in southern Alberta", "alberta-measles", """
Alberta's chief medical officer of health declared a measles outbreak in the province's south
zone on Thursday after 14 cases were confirmed in the past three weeks, most of them in
children who had not been vaccinated. Three children have been admitted to hospital in
Lethbridge, one of them to intensive care, Alberta Health Services said. Officials published
a list of places where people may have been exposed, including two schools, a hockey arena
and a grocery store in Taber, and urged anyone born after 1970 who had not received two doses
of the vaccine to get immunised. Vaccination clinics in the south zone will extend their
hours from Monday. Measles is one of the most contagious diseases; it spreads through the air
and can cause pneumonia and brain swelling. Vaccination rates among two-year-olds in parts of
the south zone have fallen below 70 per cent, compared with the 95 per cent needed to prevent
outbreaks.
""")
add("amhara-drone", "Example Africa Wire", "2026-08-24", "Drone strike on minibus kills 11 in Ethiopia's Amhara region, residents say", "amhara-drone", """
ADDIS ABABA, Aug 24 - A drone strike hit a minibus on a road in Ethiopia's Amhara region on
Monday, killing 11 passengers, including two children, residents and a health worker said.
The strike took place near the town of Dangila, in the Awi zone, as the minibus was travelling
to a market, the residents said by telephone. "The vehicle was burned. We could only
recognise some of them by their clothes," said a resident who helped to bury the dead. The
federal government and the army did not respond to requests for comment. Federal forces have
been fighting Fano, an ethnic Amhara militia, since August 2023, and rights groups have
documented dozens of drone strikes in the region that have killed civilians. The government
says it targets only armed groups. Telephone and internet services in much of the region have
been restricted for months, making it hard to verify reports.
""")
add("lima-metro", "Example Latin American Business Daily", "2026-03-28", "Lima opens first stretch of Metro Line 2", "lima-metro", """
LIMA - Peru opened the first full stretch of Lima's Metro Line 2 on Saturday, an underground
line that runs east to west across the capital and is expected to carry about 200,000
passengers a day once fully running. The section opened covers 12 stations between Ate, in
the east, and the historic centre. Trains will run free of charge for the first two weeks. The
line, built by an international consortium under a public-private partnership, has been
delayed by more than a decade by land acquisition disputes, archaeological finds and
contractual arbitration, and its cost has risen to more than 5.6 billion dollars. Lima, a
city of more than 10 million people, has only one other metro line, an elevated route
opened in 2011. Commuters on Saturday said the journey from Ate to the centre, which can take
two hours by bus, took 25 minutes. The remaining stations towards Callao are due to open by
2028.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
