"""Writes events13.jsonl: the thirteenth battery of invented reports (session 21,
lane events13; `parallax eval incidents --data
testdata/clusters/events13.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2. Only the lead runs it; no rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
50 reports of 20 incidents (18 of two to four reports, 2 singletons; 44
gold pairs; one duplicate pair), mostly conflict news in places and kinds
events..events12 do not use: Russian missiles on the centre of Chernihiv and
drones on a substation near Nizhyn the same night; Ukrainian drones on a
steelworks in Lipetsk; fire between Pakistani and Afghan forces at Torkham on
a Monday and again on the Thursday; RSF drones on the Merowe dam's power
station and on a fuel depot in Atbara the same night; an air strike on a
camp for displaced people near Laiza (Kachin) and the junta's denial; a car
bomb in Jamundi and drones on a police station in Morales (Cauca) by one
dissident front in one week; a CODECO attack on the Plaine Savo camp
(Ituri); protests in Lome and in Sokode the same day; Bangladesh's expulsion
of an Indian diplomat and India's counter-expulsion; Pakistan's release of
Indian fishermen at Wagah and India's release of Pakistani prisoners the
same day; a drone crashing in Romania's Tulcea county; ordinary news: a
reactor blast at a drug factory in Pashamylaram (Telangana); singletons (a
Maoist bomb in Bijapur, an arabica coffee price report).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a hotel
  where commanders of an AFU operational group and foreign mercenaries had
  gathered" against a hotel and a block of flats; "an industrial zone"
  against a steelworks substation; "the Merowe air base" against the dam's
  transformer station; an explosion "at a KIA explosives store" against an
  air strike; "drowned" against "shot"; each border force saying the other
  fired first;
- place names differ by side, language and granularity: Chernihiv /
  Chernigov / "the Chernigov region"; Nizhyn / "the Nizhyn district";
  Lipetsk / Novolipetsk / "the Lipetsk district"; Torkham / Landi Kotal /
  Khyber / Momand Dara / Nangarhar / "the Durand Line"; Merowe / Marawi /
  the Northern State; Atbara / River Nile; Laiza / Mung Lai Hkyet / Waingmaw
  township; Jamundi / Jamundí / Valle del Cauca; Morales / Cauca; Plaine
  Savo / Savo / Djugu / Bahema Badjere / Drodro; Lome / Lomé / Be /
  Adakpame; Sokode / Sokodé / Tchaoudjo; Wagah / Attari / Malir; Plauru /
  Chilia Veche / Tulcea / the Danube Delta; Pashamylaram / Patancheru /
  Sangareddy / "near Hyderabad";
- follow-ups one to four days later (tolls rising in Chernihiv, Laiza,
  Savo, Jamundi, Lome and Pashamylaram, funerals, a blackout's repair
  estimate, a jirga, stranded trucks, families waiting at a harbour, a
  union's demand), denials (the Russian MoD on civilians, the junta on
  Laiza, the URDPC on Savo, the Togolese government on live fire, the
  Russian embassy in Bucharest, each border force at Torkham), and the
  Togolese government's statement in a wire's reported speech and in a
  translation-like English rendering (marked same_statement);
- hard negatives, each its own incident: Chernihiv and Nizhyn the same
  night in one region; Torkham on Monday and on Thursday (same forces,
  same crossing); Merowe and Atbara the same night; Lome and Sokode the same
  day; the expulsion and the counter-expulsion; the car bomb and the drone
  attack of one front in one week; recap paragraphs that tell the older
  incident again; a round-up (a weekly Cauca security brief) labelled with
  its main incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events13.py > testdata/clusters/events13.jsonl
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


# --- Chernihiv (Wednesday 15 April, morning) and Nizhyn (the night before, same region, ~80 km away) ---
add("chernihiv-oda", "Example Kyiv Daily", "2026-04-15", "Russian missiles strike central Chernihiv, 14 killed", "chernihiv-missile", """
CHERNIHIV - Three Russian missiles struck the centre of Chernihiv on Wednesday morning, killing at
least 14 people and wounding 61, the head of the regional military administration, Oleksandr
Kovalchuk, said. One missile hit a hotel near the city's main square, a second an eight-storey
apartment block on Myru Avenue, and the third landed in a park beside a university building.

The missiles were fired from the Bryansk region across the border, about 90 km away, and the air
raid alert sounded less than a minute before the first explosion, Kovalchuk said. "People did not
have time to go down to the shelters," he wrote on Telegram. Among the dead were a nine-year-old
girl and two hotel employees. Rescuers were still searching the ruins of the apartment block,
where the upper floors collapsed, in the evening.

The city council said 42 buildings were damaged, among them a school and the 11th-century
Transfiguration Cathedral, whose windows were blown out. Three days of mourning were declared in
the region. Chernihiv, a city of about 280,000 in northern Ukraine, was besieged in the first weeks
of the full-scale invasion.
""")
# The Russian MoD names no civilian and no street; "a hotel in Chernigov" where commanders met is
# the same strike at the same time as the Ukrainian reports (the other side's account): same incident.
add("chernihiv-rumod", "Example Moscow Wire", "2026-04-15", "Russian forces strike gathering of Ukrainian commanders in Chernigov", "chernihiv-missile", """
MOSCOW - Russian forces on Wednesday carried out a strike with Iskander-M operational-tactical
missiles on a hotel in the city of Chernigov where commanders of an operational group of the Armed
Forces of Ukraine and foreign mercenaries had gathered, the Russian Defence Ministry said in its
daily briefing.

"As a result of the strike, up to 40 servicemen and foreign mercenaries were eliminated, among
them officers of the command staff," the ministry said. It said the strike was a response to
Ukrainian attacks on civilian facilities in the Bryansk and Kursk regions.

The ministry did not mention civilian casualties. Ukrainian officials' reports of dead and wounded
residents could not be verified independently. The ministry said air defence systems had also shot
down 27 Ukrainian drones over Russian regions overnight. Chernigov lies about 60 km from the
border with Russia and Belarus.
""")
# Names the same night's drones on Nizhyn in one sentence; its lead and most of the text are
# Chernihiv: stays with Chernihiv.
add("chernihiv-wire", "Example World Wire", "2026-04-16", "Death toll from Chernihiv missile strike rises to 18", "chernihiv-missile", """
KYIV - The death toll from Wednesday's Russian missile strike on the centre of Chernihiv rose to 18
on Thursday, including two children, after rescuers recovered four more bodies from the collapsed
apartment block, Ukraine's emergency service said. Seventy-three people were wounded, 19 of them
seriously.

The United Nations human rights monitoring mission in Ukraine said it was "appalled" by the strike
on a busy city centre during the morning rush. Moscow said it had targeted a meeting of Ukrainian
commanders at a hotel; Ukrainian officials said the hotel housed guests and staff and journalists
who had come to cover the war.

Overnight before the strike, Russian drones had also hit an energy facility in the Nizhyn district
of the same region, cutting power to tens of thousands of homes. President's office officials
again asked Western partners for more Patriot air defence systems, saying the northern regions
were within range of missiles fired from Russian territory with almost no warning.
""")
add("chernihiv-funerals", "Example Chernihiv Courier", "2026-04-17", "Chernihiv buries victims of Wednesday's strike", "chernihiv-missile", """
Chernihiv held funerals on Friday for seven of the people killed in Wednesday's missile strike on
the city centre, among them Sofiia, nine, who died with her grandmother outside the apartment
block on Myru Avenue. Hundreds of people lined the street to the cemetery as the coffins passed.

A 58-year-old man wounded in the strike died in hospital overnight, bringing the death toll to 19,
the regional military administration said. Thirteen people remain in hospital.

Demolition crews began taking down the top floors of the damaged block, which engineers said could
not be saved. Families who lived there have been moved to a dormitory of the polytechnic
university. "I came out to buy bread and when I came back there was no home," said Valentyna, 67,
who lived on the seventh floor. The city has opened a fund for the residents and said repairs to
the cathedral's windows would start next week.
""")
add("nizhyn-energy", "Example Energy Ukraine", "2026-04-15", "Drones hit substation in Chernihiv region, 41,000 without power", "nizhyn-drones", """
Russian attack drones hit a high-voltage substation in the Nizhyn district of the Chernihiv region
overnight, leaving about 41,000 customers without electricity, the regional distribution company
said on Wednesday. Nobody was hurt, but a transformer caught fire and was destroyed.

Ukraine's air force said Russia launched 94 Shahed-type drones overnight, of which 71 were shot
down or jammed; several reached the Chernihiv and Sumy regions. The company said it had switched
part of Nizhyn's hospitals and water pumps to backup lines and expected to restore supply to most
customers within two days, but the transformer would take months to replace.

Attacks on substations in the north have become more frequent this spring, forcing operators to
build concrete shelters around transformers. The Nizhyn substation had been hit once before, in
February, energy company officials said.
""")
# A local report on the Nizhyn outage whose third paragraph recalls the Chernihiv strike of the same
# morning: the lead is the substation, so it stays with Nizhyn.
add("nizhyn-local", "Example Chernihiv Courier", "2026-04-16", "Power partly back in Nizhyn after night drone attack", "nizhyn-drones", """
NIZHYN - Electricians restored power to about 30,000 of the 41,000 homes and businesses cut off by
Tuesday night's drone attack on the substation outside Nizhyn, the town's mayor, Petro Savchenko,
said on Thursday. The rest, mostly in villages of the district, should be reconnected by the
weekend. Water pressure returned in the town centre in the afternoon.

Residents said they heard at least four explosions shortly after 2 a.m. and saw the glow of the
fire from the town. Bakeries worked on generators, and schools moved to online lessons for the day.

Hours after the drones, on Wednesday morning, Russian missiles struck the centre of Chernihiv, 80
km away, killing at least 18 people. Savchenko said Nizhyn had sent two fire crews and blood
donors to the regional capital.
""")

# --- Lipetsk (Tuesday 19 May) ---
# The governor's "industrial zone" with "drone debris" and the SBU source's steelworks substation are
# the same night's attack on the same city: one incident.
add("lipetsk-governor", "Example Moscow Wire", "2026-05-19", "Drone debris sparks fire in Lipetsk industrial zone, governor says", "lipetsk-drones", """
LIPETSK - Debris from Ukrainian drones shot down over Lipetsk early on Tuesday started a fire in an
industrial zone of the city, regional governor Igor Demchenko said. Nobody was hurt, he said, and
the fire was put out by morning.

Air defences destroyed 11 drones over the Lipetsk region, Demchenko wrote on Telegram, and
residents of several streets on the left bank of the Voronezh river were told to stay away from
windows. Two private houses in the Lipetsk district were damaged. A school in the city's
Levoberezhny district held classes remotely.

The Defence Ministry said 64 Ukrainian drones had been destroyed over eight regions overnight,
including the Lipetsk, Voronezh and Tambov regions.

Local Telegram channels posted videos of a glow over the eastern part of the city and said
sirens sounded for about two hours. The regional emergency ministry said 40 firefighters and
12 engines had worked at the site. Traffic on the bridge to the left bank was briefly stopped.
""")
add("lipetsk-sbu", "Example Kyiv Daily", "2026-05-20", "SBU drones hit substation of Novolipetsk steelworks - source", "lipetsk-drones", """
KYIV - Drones of Ukraine's Security Service struck an electrical substation supplying the
Novolipetsk steelworks in Russia's Lipetsk overnight into Tuesday, a source in the SBU told the
Kyiv Daily. The plant, one of Russia's largest steel producers, makes metal used for artillery
shells and armoured vehicles, the source said.

"At least two drones hit the substation and a fire broke out; part of the plant's rolling mills
stopped," the source said. Videos posted by residents showed a large fire near the plant at
night. The governor of the Lipetsk region spoke only of "debris" falling in an industrial zone.

It was the third attack on the plant this year. Lipetsk lies about 400 km from the Ukrainian
border.

Ukraine says such strikes on Russian industry and energy are legitimate because the plants serve the
army. Russia calls them terrorist attacks. The plant's owner did not comment, and shares of the
company were little changed in Moscow trading on Tuesday.
""")

# --- Torkham: Monday 2 March and Thursday 5 March (same two forces, same crossing: two incidents) ---
add("torkham-mon-pk", "Example Peshawar Times", "2026-03-02", "Pakistani, Afghan forces exchange fire at Torkham; border closed", "torkham-clash-mon", """
LANDI KOTAL - Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Monday
afternoon after Afghan forces tried to build a post on a disputed stretch of the border, Pakistani
officials said. One Frontier Corps soldier and two civilians, a truck driver and a porter, were
wounded, said Khyber district's deputy commissioner, Ahmad Jan Wazir.

Mortar shells landed near the customs terminal and the firing lasted about three hours, he said.
Pakistani forces "responded in a befitting manner" to "unprovoked firing from the Afghan side",
the Frontier Corps said. The crossing, the main trade route between the two countries, was
closed, and hundreds of trucks were stuck on the highway through Landi Kotal.

Traders said the closure would cost millions of rupees a day. Residents of villages near Torkham
left their homes for Landi Kotal.
""")
# The Taliban's account says Pakistan fired first and names Momand Dara / "the Durand Line": the
# other side of the same exchange of fire, same afternoon, same crossing.
add("torkham-mon-af", "Example Kabul Agency", "2026-03-02", "Pakistani forces fire on Islamic Emirate border guards in Nangarhar", "torkham-clash-mon", """
JALALABAD - Pakistani forces opened fire on border forces of the Islamic Emirate at the Durand
Line in the Torkham area of Nangarhar province on Monday, killing two border guards, the
spokesman for the Nangarhar governor, Qari Zabiullah Hamdard, said.

"Our forces were repairing an old checkpoint on our own soil when the Pakistani side attacked them
with heavy weapons," he said. The Islamic Emirate forces responded and inflicted losses on the
Pakistani side, he said, without giving details. Shells fell in the Momand Dara district, damaging
two houses.

The Islamic Emirate does not recognise the Durand Line as the border. The ministry of defence
called on Pakistan to "refrain from provocative actions" and said the problem should be solved
through talks.
""")
add("torkham-mon-wire", "Example World Wire", "2026-03-03", "Torkham crossing stays shut after deadly border clash", "torkham-clash-mon", """
ISLAMABAD - The Torkham crossing between Pakistan and Afghanistan stayed closed on Tuesday, a day
after border forces of the two countries fought for hours over a disputed checkpoint, leaving more
than 4,000 trucks stranded on both sides.

Afghan officials said two of their border guards were killed on Monday; Pakistan said one soldier
and two civilians were wounded and gave no figure for Afghan losses. Each side said the other fired
first. A jirga of tribal elders from both sides met at the crossing on Tuesday and agreed to a
ceasefire and to meet again on Thursday to discuss reopening.

Trade through Torkham is worth about $1.5 billion a year. Truck drivers waiting in Landi Kotal said
their loads of fruit and vegetables were rotting. Relations between Islamabad and the Taliban
government have soured over attacks by militants Pakistan says operate from Afghan soil.
""")
# Thursday's firing: the same forces at the same crossing three days later, after a ceasefire: its
# own incident. Its second paragraph recalls Monday's clash and toll; the lead is Thursday.
add("torkham-thu-pk", "Example Peshawar Times", "2026-03-05", "Fresh firing erupts at Torkham hours after jirga talks", "torkham-clash-thu", """
LANDI KOTAL - Firing broke out again at the Torkham border crossing on Thursday evening, hours
after a jirga of elders from both sides had agreed on terms to reopen it, wounding two Frontier
Corps soldiers, officials in Khyber district said. The firing stopped after about 40 minutes.

On Monday, Pakistani and Afghan forces fought for three hours over a checkpoint the Afghan side
was building; one soldier and two civilians were wounded on the Pakistani side and Afghan officials
said two of their guards were killed. The crossing has been closed since then.

Officials said Afghan forces fired from the hills above the old customs post; the Afghan side did
not comment on Thursday. Traders' leaders in Peshawar called on both governments to keep trade out
of the dispute.
""")
add("torkham-thu-wire", "Example World Wire", "2026-03-06", "Afghan border guard killed as Torkham clashes resume", "torkham-clash-thu", """
KABUL - One Afghan border guard was killed in Thursday evening's renewed clash at the Torkham
crossing, a Taliban spokesman in Nangarhar said on Friday, blaming Pakistani forces for opening
fire while elders were still meeting. Pakistan said two of its soldiers were wounded and that the
Afghan side fired first.

The clash came three days after the first round of fighting on Monday, in which Afghan officials
said two guards were killed, and dashed hopes of reopening the crossing this week. Pakistan's
foreign office said the border would stay closed "until the security situation allows".

About 5,000 trucks are now stranded, according to the Pakistan-Afghanistan Joint Chamber of
Commerce.

Afghan traders in Jalalabad said prices of flour and cooking oil had risen by a fifth since the
crossing closed. Elders who took part in the talks said they would try again next week, but that
neither army had agreed to stop work on its positions.
""")

# --- Merowe and Atbara (the night of Friday 23 to Saturday 24 January, about 250 km apart) ---
add("merowe-saf", "Example Port Sudan Daily", "2026-01-24", "RSF drones hit Merowe dam power station, army says", "merowe-drones", """
PORT SUDAN - Drones launched by the Rapid Support Forces struck the transformer station of the
Merowe dam in the Northern State before dawn on Saturday, causing a fire and a power cut across
several states, the army spokesman, Brigadier Nabil Abdalla, said. Air defences shot down most of
the drones, he said, but at least two hit the station.

"The militia is targeting the infrastructure that the Sudanese people depend on, after its defeat
on the battlefield," Abdalla said. Nobody was killed, according to the army. Residents of Merowe
town said they heard explosions for about an hour from 4 a.m.

The Merowe dam, on the Nile about 350 km north of Khartoum, is Sudan's largest source of
electricity. It has been attacked several times since the war between the army and the RSF began.
""")
# The RSF says it hit "the Merowe air base" from which army drones take off and denies hitting the
# dam: the other side's account of the same night's attack on the same town, so the same incident.
add("merowe-rsf", "Example Darfur Voice", "2026-01-24", "RSF says it struck army air base in Marawi", "merowe-drones", """
NYALA - The Rapid Support Forces said on Saturday that their drones had struck "the Marawi air
base, from which the army's Turkish drones take off to bomb civilians in Darfur and Kordofan".
An RSF adviser, Mustafa Ibrahim, said in a video statement that the strikes destroyed a hangar and
an air defence radar and that the RSF "does not target civilian facilities".

He accused the army of blaming the RSF for power cuts "caused by its own mismanagement". The army
had said RSF drones hit the transformer station of the Merowe dam, several kilometres from the
airport. The claims could not be verified.

Residents of Marawi contacted by telephone said the explosions they heard came from the direction of
the dam and that the airport was quiet. The army says the RSF has used long-range drones to hit
power stations, fuel depots and airports across the north and east since it lost ground around
Khartoum, and calls the strikes revenge on civilians. The RSF says it strikes only military
targets.
""")
add("merowe-power", "Example Energy Monitor", "2026-01-25", "Sudan blackout after Merowe attack could last weeks", "merowe-drones", """
Power cuts across northern and eastern Sudan could last for weeks after Saturday's drone attack on
the Merowe dam's transformer station, the Sudanese Electricity Holding Company said on Sunday.
Two of the station's main transformers were destroyed by fire, the company said, and the Northern
State, River Nile state and parts of Port Sudan and Omdurman were without grid power.

Hospitals in Dongola and Atbara were running on generators, and water stations in Port Sudan cut
supply to alternate days. The company said it was routing some power from the Roseires dam but
could cover only about a third of demand. Fuel for generators was scarce and prices doubled in
Port Sudan markets.

The company said engineers had reached the station on Sunday morning after the fire was put out and
that it had asked for transformers from abroad. Previous repairs at Merowe took about a month.
Bakeries in Dongola closed for lack of power, residents said.
""")
# Atbara is a separate attack the same night on another town and target (a fuel depot): its own
# incident; its report names Merowe in a clause.
add("atbara-local", "Example Port Sudan Daily", "2026-01-24", "Drones set fuel depot ablaze in Atbara", "atbara-drones", """
ATBARA - Drones struck a fuel depot on the northern edge of Atbara early on Saturday, setting
several storage tanks on fire and killing a guard, officials in River Nile state said. Thick black
smoke hung over the city through the morning as firefighters and army units fought the blaze.

The state's governor, Mohamed Albadawi, blamed the Rapid Support Forces. The attack came in the
same hours as a drone attack on the power station of the Merowe dam, about 250 km to the
north-west. Residents said they heard anti-aircraft fire from 3:30 a.m.

The depot supplies fuel for the state's power generators and for farms along the Nile.

Civil defence teams evacuated families living near the depot, and the state's health ministry said
four workers were taken to Atbara teaching hospital with burns. Schools in the northern
neighbourhoods were closed for the day.
""")
add("atbara-wire", "Example World Wire", "2026-01-25", "Atbara depot fire put out after 30 hours", "atbara-drones", """
KHARTOUM - Firefighters put out the fire at a fuel depot in Atbara on Sunday, about 30 hours after
it was hit by drones, River Nile state officials said. Seven of the depot's 12 tanks burned. One
guard was killed and four workers were injured.

Officials put the loss at about 9 million litres of diesel and petrol. Queues formed at petrol
stations across the state, and the governor ordered rationing. The army accused the Rapid Support
Forces, which have attacked Atbara, Port Sudan and other cities far from the front with long-range
drones in recent months. The RSF did not comment on the attack on Atbara.

Residents said the smoke could be seen from the town of Ed Damer, about 10 km away. The state
government said it would move part of its fuel stocks to smaller depots outside the city to make
them harder targets.
""")

# --- Laiza camp (night of Tuesday 13 October) ---
add("laiza-kio", "Example Kachin News", "2026-10-14", "Air strike on displacement camp near Laiza kills 29", "laiza-camp-strike", """
LAIZA - A military aircraft bombed the Mung Lai Hkyet camp for displaced people near Laiza late on
Tuesday night, killing at least 29 people, including 11 children, and wounding 56, a spokesman for
the Kachin Independence Organisation, Major Zau Seng, said on Wednesday.

The bomb fell at about 11:30 p.m. on a row of bamboo shelters where about 400 people displaced from
villages of Waingmaw township lived, he said. "There are no soldiers, no weapons in the camp. Only
families," he said. Survivors dug through the ruins with their hands and by torchlight. The
wounded were taken to the hospital in Laiza, which ran out of blood.

The camp lies a few kilometres from Laiza, the headquarters of the Kachin Independence Army near
the border with China.
""")
# The junta denies any air strike and speaks of a blast at "a KIA explosives store in the Laiza area"
# that night: the other side's account of the same explosion, same place and time: same incident.
add("laiza-junta", "Example Naypyitaw Bulletin", "2026-10-15", "No air strike in Laiza area, military spokesman says", "laiza-camp-strike", """
NAY PYI TAW - The military has not carried out any air strike in the Laiza area, Major General
Kyaw Min Oo, a spokesman for the State Security and Peace Commission, said on Wednesday. He said
an explosion on Tuesday night had been caused by explosives and mines stored by the KIA "in a
place where it keeps civilians as a shield".

"The terrorist groups and some media are spreading fabricated news to damage the image of the
Tatmadaw," he told reporters. "No military aircraft flew in the area at that time." He did not
give a number of casualties.

He urged residents to stay away from places used by armed groups and said those responsible would
be "exposed in due course".
""")
add("laiza-un", "Example World Wire", "2026-10-16", "UN condemns deadly attack on Myanmar camp as toll rises to 32", "laiza-camp-strike", """
YANGON - The United Nations on Friday condemned Tuesday night's attack on a camp for displaced
people in northern Myanmar's Kachin State as the death toll rose to 32, with three of the wounded
dying in hospital.

"Attacks on civilians and on displacement sites are prohibited under international humanitarian
law," the UN humanitarian coordinator said. Kachin rebels said an aircraft dropped a bomb on the
camp outside Laiza; the military denied any air strike and said an explosives store had blown up.
A rights group said witnesses heard a jet before the explosion and that fragments found at the
site came from an aircraft bomb.

Funerals for 21 of the dead were held on Thursday at a Baptist church in Laiza. About 1,800 people
have left the camp for villages closer to the Chinese border.
""")

# --- Jamundi car bomb (Monday 8 June) and Morales drone attack (Friday 12 June): one front, one week ---
add("jamundi-police", "Example Cali Herald", "2026-06-08", "Car bomb near Jamundi police station kills three", "jamundi-carbomb", """
JAMUNDI - A car bomb exploded near the police station in Jamundi, south of Cali, on Monday morning,
killing two civilians and a police officer and wounding 22 people, the police commander of the
Valle del Cauca, Colonel Andres Mejia, said. The blast destroyed the front of the station and
shattered windows of shops along the street.

Mejia blamed the Jaime Martinez front of the dissidents of the former FARC known as the Estado Mayor
Central, which operates in the mountains between Jamundi and the Cauca department. "It was a
terrorist attack against a population going to work," he said.

The explosives were hidden in a pickup truck parked about 30 metres from the station. A motorcycle
taxi driver and a street vendor were among the dead.
""")
add("jamundi-wire", "Example World Wire", "2026-06-09", "Colombia's toll from Jamundí bombing rises to four, reward offered", "jamundi-carbomb", """
BOGOTA - The death toll from Monday's car bombing in Jamundí, in Colombia's Valle del Cauca
department, rose to four on Tuesday when a woman wounded in the blast died in a Cali hospital,
officials said. Twenty-one people remain in hospital.

The defence ministry offered a reward of 400 million pesos for information on those responsible,
which the police say were members of a dissident group of the former FARC rebels. President's
office officials called the bombing "an act of barbarism" and said peace talks with the group were
over. The group has not claimed the attack.

Jamundí, a town of about 150,000 people, lies on the route from Cali to the Cauca mountains, where
dissident fronts and the ELN fight over coca and illegal gold mining.
""")
# A weekly round-up published after the Morales attack: two paragraphs on Jamundi (its lead and most
# of the text), one on Morales. Labelled with its main incident, Jamundi.
add("cauca-weekly", "Example Andes Security Brief", "2026-06-13", "Week in review: car bomb in Jamundí, drone attacks in Cauca", "jamundi-carbomb", """
The week's deadliest attack in south-western Colombia was Monday's car bombing outside the police
station in Jamundí, Valle del Cauca, which killed four people, among them a police officer, and
wounded more than 20. Authorities attribute it to the Jaime Martínez front of the Estado Mayor
Central dissidents; the government has ended talks with the group and offered a reward.

The bomb, about 40 kg of explosives in a pickup, was the first car bomb in an urban area of the
Valle del Cauca this year. Police arrested a man on Thursday suspected of having driven the truck
into town.

On Friday the same front attacked the police station in Morales, Cauca, with explosive-laden
drones, wounding two police officers and a child, according to the Cauca governor's office.

Outlook: further attacks on police stations along the Pan-American highway are likely.
""")
add("morales-local", "Example Popayan Daily", "2026-06-12", "Drones attack police station in Morales, Cauca", "morales-attack", """
MORALES - Dissidents attacked the police station in Morales, in Colombia's Cauca department, with
drones carrying explosives on Friday, wounding two police officers and a 10-year-old boy, the
Cauca governor's office said. Three explosive charges were dropped on the station and a fourth hit
the roof of a house across the street.

The governor's office blamed the Jaime Martínez front of the Estado Mayor Central. Police said the
drones were launched from a hill outside the town and that officers fired at them. Schools closed
for the day.

Residents said they heard a buzzing sound before the first explosion at about 7 a.m., when officers
were changing shifts. The boy was hit by shrapnel in his leg while walking to school with his
mother and was taken to the hospital in Popayán. The station, which has been attacked several times
this year, is surrounded by sandbags and metal nets. The mayor asked for more troops and said the
town's 30 police officers could not defend it against drones.
""")
add("morales-wire", "Example World Wire", "2026-06-13", "Drone attack on Colombian police station wounds three", "morales-attack", """
POPAYAN - A drone attack on a police station in the town of Morales in south-western Colombia
wounded two police officers and a child on Friday, officials said, four days after a car bomb
blamed on the same dissident group killed four people in Jamundí, about 60 km to the north.

The army said armed groups in Cauca had carried out more than 200 drone attacks this year. The
governor asked the national government for anti-drone systems for the department's police
stations. The boy was taken to hospital in Popayán with shrapnel wounds and was in stable
condition.

The Jaime Martínez front did not claim the attack. Police officials said the group had bought
commercial drones in Cali and fitted them with grenades and home-made charges, and that stopping
them required jamming equipment that most rural stations do not have.
""")

# --- Plaine Savo (night of Tuesday 11 August, Djugu territory, Ituri) ---
add("savo-army", "Example Bunia Radio", "2026-08-12", "CODECO militiamen kill 23 in attack on Savo camp", "savo-camp-attack", """
BUNIA - CODECO militiamen attacked the Plaine Savo camp for displaced people in Djugu territory on
Tuesday night, killing 23 people, among them women and children, the army spokesman in Ituri,
Lieutenant Jules Ngongo, said on Wednesday. The attackers, armed with guns and machetes, burned
dozens of shelters before soldiers drove them off.

"The army pursued the assailants into the hills; two militiamen were neutralised," Ngongo said.
About 20,000 people live in the camp, which lies near a UN peacekeeping base, most of them Hema
displaced from villages burned in earlier attacks.

Survivors said the attack began at about 9 p.m. and lasted more than an hour before troops arrived.
The army said it had reinforced its positions around the camp and that the wounded were taken to
the general hospital in Bunia and to the hospital in Drodro. Provincial authorities declared
three days of mourning in Djugu territory.
""")
add("savo-ngo", "Example Humanitarian News", "2026-08-13", "Hospital overwhelmed after attack on Congo displacement site", "savo-camp-attack", """
A medical charity said on Thursday it had treated 34 people wounded in Tuesday night's attack on the
Savo displacement site in Ituri province, eastern Congo, many with machete wounds, at the Drodro
hospital. Local civil society leaders in the Bahema Badjere chiefdom said they had counted 41
dead, higher than the army's figure of 23.

"Children arrived with wounds to the head and arms," a nurse said. About 3,000 people fled the site
for the peacekeepers' base and for Bule. The charity called for better protection of camps, which
have been attacked repeatedly in Djugu territory.

The charity said it had sent a surgical team from Bunia and that supplies of blood and antibiotics
were running low. Aid agencies suspended food distributions at the site for two days. The
provincial government, run by the military under a state of siege, promised an inquiry into how
the attackers reached the camp.
""")
# The URDPC (CODECO's political wing) denies its men were there and blames another militia: a denial
# of the same attack: same incident.
add("savo-codeco", "Example Kinshasa Wire", "2026-08-14", "CODECO wing denies role in Savo killings as victims are buried", "savo-camp-attack", """
BUNIA - The political wing of the CODECO militia, the URDPC, on Friday denied that its fighters
attacked the Savo camp in Ituri on Tuesday night and blamed "uncontrolled elements" and rival
militias seeking to wreck a peace process. A spokesman said the group "has no interest in killing
civilians".

Hema community leaders rejected the denial. Funerals for 38 victims were held on Thursday at a
mass grave near Bule, attended by the provincial governor, who promised more troops. The army
has put the death toll at 23; local leaders say it is 41.

CODECO, which claims to defend Lendu farmers, has been blamed for many of the deadliest attacks on
displacement camps in Ituri in recent years. It signed a ceasefire with the army last year that
has repeatedly broken down. The United Nations mission said it had increased patrols around the
site and opened a human rights investigation.
""")

# --- Lome and Sokode (Thursday 5 November, about 340 km apart) ---
# The Lome wire names Sokode in one sentence; its lead is Lome: stays with Lome.
add("lome-wire", "Example World Wire", "2026-11-05", "Togo police fire tear gas, live rounds at Lomé protesters; three dead", "lome-protests", """
LOME - Security forces fired tear gas and live rounds to break up protests in Lomé on Thursday
against a constitutional change that lets the president stay in power without term limits,
killing at least three people, the opposition Citizens' Front said. Protesters burned tyres and
blocked roads in the Bè and Adakpamé neighbourhoods from early morning.

"Our young people were shot in the streets of Bè," a Front spokeswoman, Essi Amegah, said.
Witnesses said soldiers chased protesters into the lagoon district. Shops and markets stayed
closed, and internet access was slowed in the afternoon.

Protests were also reported in Sokodé in the centre of the country. The government did not comment
on the toll on Thursday.

The constitutional change, adopted by parliament last year, turned Togo into a parliamentary system
in which the head of government is elected by deputies and has no term limit. Opponents say it
allows the ruling family, in power since 1967, to stay indefinitely.
""")
# The government's statement in a wire's reported speech, and a translation-like rendering of the same
# statement (the battery's duplicate pair, same_statement). Both Lome.
add("lome-govt-wire", "Example West Africa Wire", "2026-11-06", "Togo says seven bodies found in Lomé lagoons, denies live fire", "lome-protests", """
LOME - Togo's government said on Friday that seven bodies had been recovered from lagoons and
waterways in Lomé after Thursday's unrest and that the victims had drowned, denying that security
forces had used live ammunition. Government spokesman Komi Agbeko said in a statement read on
state television that the security forces had acted "with restraint" against "violent groups"
that set up barricades.

Agbeko said 61 people had been arrested and that a judicial inquiry had been opened into the
deaths. He said some of the dead had been "pushed into the water by the organisers of the
disorder". The opposition says protesters were shot and that some drowned while fleeing soldiers.

The statement did not mention the protests in other towns. It called on parents to keep their
children away from "those who send them to their deaths" and said those who called for the
protests on social media would be prosecuted.
""")
add("lome-govt-tr", "Example Lome Daily (English edition)", "2026-11-06", "Communique of the Government following the events of 5 November", "lome-protests", """
The Government informs the national and international opinion that, following the acts of
vandalism and disorder which occurred on Thursday 5 November in certain neighbourhoods of Lomé,
seven (07) bodies were recovered from the lagoons and waterways of the capital. The first
findings establish that the victims died by drowning.

The Government affirms that the defence and security forces intervened with restraint and
professionalism and did not make use of live ammunition against the violent groups who erected
barricades. Sixty-one (61) persons were arrested. Some victims were pushed into the water by the
organisers of the disorder.

A judicial inquiry has been opened to establish the responsibilities. The Government presents its
condolences to the bereaved families and calls the population to calm.

For the Government, the Minister of Communication, Spokesman, Komi AGBEKO
""", duplicate_of="lome-govt-wire", duplicate_kind="same_statement")
add("lome-funerals", "Example Accra Observer", "2026-11-08", "Lomé mourns protest dead as rights groups demand inquiry", "lome-protests", """
ACCRA - Hundreds of people gathered in Lomé's Bè neighbourhood on Sunday for the funerals of four of
the seven people who died during Thursday's protests, as rights groups called for an independent
inquiry into the deaths. Two of the dead, brothers aged 17 and 21, had gunshot wounds, their
family said, contradicting the government's statement that the victims drowned.

Amnesty International said it had verified videos showing soldiers firing towards protesters in
Adakpamé. Opposition leaders called for three days of "dead city" in the capital next week. West
African regional bloc ECOWAS urged restraint on all sides.

The bodies of the brothers were laid out in a church in Bè before burial. Mourners sang songs of the
2017 protests and a heavy police presence kept watch from the main road. The government has said
an inquiry is under way and that the seven victims drowned. Families of three others said they
had not yet been given the bodies.
""")
add("sokode-local", "Example Lome Daily (English edition)", "2026-11-05", "One dead as protest turns violent in Sokodé", "sokode-protest", """
SOKODE - One young man was killed and several people injured when gendarmes dispersed a protest in
Sokodé, the main town of the Central region, on Thursday, local officials said. Protesters threw
stones at the gendarmerie and burned the office of the ruling party in the Tchaoudjo prefecture,
the prefect, Abdou-Razak Tchassanti, said.

Gendarmes used tear gas, and the prefect said an inquiry would establish how the young man, a
motorcycle taxi driver, died. Sokodé, about 340 km north of Lomé, was a centre of opposition
protests in 2017.

Shops and the central market closed early, and residents said gunfire could be heard in the
Komah neighbourhood in the afternoon. The regional hospital said it received six injured people,
two with gunshot wounds. Protesters said they were marching peacefully when gendarmes blocked the
road to the town centre. The prefect called on parents to keep their children at home and said
calm had returned by evening.
""")
add("sokode-wire", "Example World Wire", "2026-11-06", "Togo town buries protester as unrest spreads north", "sokode-protest", """
LOME - Residents of Sokodé buried a 24-year-old motorcycle taxi driver on Friday who was killed when
gendarmes broke up a protest in the central Togolese town on Thursday, the same day as deadlier
protests in the capital, Lomé. His family said he was shot in the chest.

Shops in Sokodé stayed closed on Friday and gendarmes patrolled the central market. A curfew was
imposed in the Tchaoudjo prefecture from 8 p.m. to 6 a.m.

Local officials said three gendarmes were injured by stones and that 12 people had been arrested.
Opposition leaders in Sokodé said the young man was not part of the protest and was taking a
passenger home when he was shot. The gendarmerie said it would investigate. Residents said most
young men had left the town for surrounding villages for fear of arrests. Sokodé, the country's
second city, is a stronghold of the opposition.
""")

# --- Bangladesh expels an Indian diplomat (Tuesday 17 February); India counter-expels (Friday 20) ---
add("dhaka-expels-bd", "Example Dacca Post", "2026-02-17", "Bangladesh declares Indian diplomat persona non grata", "dhaka-expels", """
DHAKA - Bangladesh on Tuesday declared a counsellor at the Indian High Commission in Dhaka persona
non grata and gave him 48 hours to leave the country, accusing him of "activities incompatible
with his diplomatic status", the foreign ministry said. Foreign ministry spokesman Rafiqul Hasan
said the diplomat had met leaders of a banned organisation and tried to obtain documents on the
border force.

The Indian acting high commissioner was summoned to the ministry in Segunbagicha to receive the
decision. Relations between Dhaka and New Delhi have been strained over border killings and the
sharing of river waters.

Hasan said Bangladesh wanted good relations with all its neighbours but would not allow any
foreign diplomat to interfere in its internal affairs. He declined to name the banned
organisation or to say how the diplomat's contacts had been discovered. It is the first expulsion
of an Indian diplomat by Bangladesh in more than a decade, according to former officials.
""")
# India's "regret" and reserved right to respond the day after the expulsion stays with the expulsion.
add("dhaka-expels-in", "Example New Delhi Times", "2026-02-18", "India rejects Dhaka's charges against expelled diplomat", "dhaka-expels", """
NEW DELHI - India on Wednesday rejected as "baseless and motivated" the charges Bangladesh made
against a counsellor of its High Commission in Dhaka, who was expelled on Tuesday, and said it
"reserves the right to respond appropriately". External affairs ministry spokesperson Anita Rao
said the diplomat had "always acted within the norms of diplomatic conduct".

The diplomat returned to New Delhi on Wednesday morning. India regretted that Dhaka had not raised
its concerns through the usual channels, Rao said.

Officials in New Delhi said the government was studying its options. Opposition parties in India
called for a firm response, and one former high commissioner to Dhaka said India should "not
let this pass". Trade across the land border continued normally on Wednesday, customs officials
at Petrapole said.
""")
# The counter-expulsion is its own act three days later (tit-for-tat: a separate incident); its
# second paragraph recalls Dhaka's expulsion.
add("delhi-expels-in", "Example New Delhi Times", "2026-02-20", "India expels Bangladeshi diplomat in tit-for-tat move", "delhi-expels", """
NEW DELHI - India on Friday declared a counsellor at the Bangladesh High Commission in New Delhi
persona non grata and asked him to leave within 48 hours, the external affairs ministry said,
three days after Dhaka expelled an Indian diplomat.

Bangladesh had accused the Indian counsellor of meeting a banned group and seeking documents on
its border force; India called those charges baseless. The Bangladeshi acting high commissioner
was summoned to South Block on Friday afternoon to be told of the decision. The ministry gave no
reason for the expulsion.

Officials said privately that the decision was a response to Dhaka's move. The Bangladeshi
counsellor had been in New Delhi for two years and handled consular matters, including visas for
patients travelling to Indian hospitals. The ministry said visa services at the High Commission
would not be affected.
""")
# Dhaka's "unjustified" the day after the counter-expulsion stays with the counter-expulsion.
add("delhi-expels-bd", "Example Dacca Post", "2026-02-21", "Dhaka calls India's expulsion of its diplomat 'unjustified'", "delhi-expels", """
DHAKA - Bangladesh's foreign ministry on Saturday called India's expulsion of a counsellor of its
High Commission in New Delhi "unjustified and regrettable" and said it would not take further
steps "for now". The diplomat, who handled consular affairs, will return to Dhaka on Sunday.

Foreign adviser's office officials said the two countries should "not let the relationship be
held hostage" and proposed a meeting of foreign secretaries next month.

The ministry said the expelled counsellor had done "nothing but his duty". Bangladeshi newspapers
described the Indian decision as tit-for-tat for the expulsion of an Indian diplomat from Dhaka
on Tuesday. Former diplomats said both sides appeared keen to stop the dispute from spreading to
trade and visas, and noted that neither government had recalled its acting high commissioner.
""")

# --- Wagah / Attari (Monday 20 July): Pakistan frees Indian fishermen, India frees Pakistani prisoners
# the same day at the same crossing under the same arrangement: one incident (an exchange), though
# each side's paper tells mostly its own half and its own figures (24, 22 fishermen, 14).
add("wagah-pk", "Example Lahore Post", "2026-07-20", "Pakistan frees 24 Indian prisoners at Wagah", "wagah-release", """
LAHORE - Pakistan on Monday released 24 Indian prisoners, 22 of them fishermen, and handed them over
to Indian authorities at the Wagah border, the foreign office said. The fishermen had been held in
Karachi's Malir jail after they were arrested for fishing in Pakistani waters off Sindh, some of
them for more than four years.

The Edhi Foundation paid for their journey from Karachi to Lahore. The same day India was to
release 14 Pakistani prisoners, the foreign office said, under an agreement reached by the two
countries' officials last month. Pakistan said 180 Indian fishermen remain in its jails.

Officials said the men had been given new clothes and cash for the journey. Several of them had
relatives among fishermen still held in Karachi. Pakistan and India exchange lists of each
other's prisoners twice a year, on 1 January and 1 July.
""")
add("wagah-in", "Example Punjab Herald", "2026-07-20", "22 Indian fishermen return home via Attari", "wagah-release", """
AMRITSAR - Twenty-two fishermen from Gujarat and Diu crossed back into India at the Attari-Wagah
border on Monday evening after years in Pakistani jails, officials said. Most come from villages of
Gir Somnath district and were seized by Pakistan's Maritime Security Agency near the sea border in
2021 and 2022.

India released 14 Pakistani prisoners who had completed their sentences, among them three
fishermen, at the same crossing earlier in the day, a protocol officer at Attari said. The
returning men will undergo medical checks in Amritsar before travelling to Gujarat by train.

Families waiting in Gujarat said the men had written letters from jail every few months. One of
the fishermen, aged 62, said he had been arrested with his son, who is still in Malir jail. Indian
officials said about 200 Indian fishermen remain in Pakistani custody.
""")
add("wagah-wire", "Example World Wire", "2026-07-21", "Families welcome fishermen freed by Pakistan", "wagah-release", """
VERAVAL - Families gathered at the fishing harbour of Veraval in India's Gujarat state on Tuesday to
wait for 22 fishermen released by Pakistan on Monday, in an exchange at the land border in which
India freed 14 Pakistani prisoners. In all 38 people crossed the border, officials of both
countries said.

Fishermen's unions said the men's boats, seized with them, were still in Pakistan. Hundreds of
fishermen from both countries are arrested each year near the poorly marked sea border off the
Sir Creek estuary.

One of the freed men, Ramesh Solanki, 45, said he had spent four years in a Karachi jail and that his
father had died while he was away. Gujarat's fisheries department said each returning fisherman
would receive a payment to help restart work. Fishermen's leaders urged both governments to free
the remaining prisoners and return the boats, many of which have rotted in Pakistani harbours.
""")

# --- Tulcea (night of Tuesday 8 to Wednesday 9 September) ---
add("tulcea-mod", "Example Bucharest Herald", "2026-09-09", "Drone crashes in Romania's Tulcea county during Russian attack on Ukraine", "tulcea-drone", """
BUCHAREST - A drone crashed and exploded in a field near the village of Plauru in Romania's Tulcea
county early on Wednesday, during a Russian attack on Ukrainian ports across the Danube, the
Romanian defence ministry said. Nobody was hurt. Two Romanian F-16 jets were scrambled and
residents of the Danube Delta received alert messages from 1:40 a.m.

"This is a new and serious violation of Romanian airspace," the ministry said, adding that the
drone had come from the direction of Ukraine's Odesa region. Army experts were examining the
fragments, found in a crater about 3 metres wide. The foreign ministry summoned the Russian
ambassador.

Residents of Plauru, a village of a few dozen houses on the Danube opposite the Ukrainian town of
Izmail, have been sent text alerts many times since Russia began attacking Ukraine's Danube ports.
Some said they had built shelters in their cellars.
""")
# The embassy denies the drone is Russian and calls the report a provocation: a denial of the same
# crash: same incident.
add("tulcea-ru", "Example Moscow Wire", "2026-09-10", "Russian embassy in Bucharest rejects 'unfounded' drone claims", "tulcea-drone", """
MOSCOW - The Russian embassy in Bucharest on Thursday rejected as "unfounded" Romanian accusations
that a Russian drone crashed in the Tulcea region, saying Bucharest had provided no evidence. "Any
attempts to attribute so-called debris to the Russian Federation without investigation are a
provocation aimed at escalating tension," the embassy said.

The embassy said the ambassador had told the Romanian foreign ministry that Russian forces "do
not strike targets on the territory of NATO countries". It did not mention the overnight strikes
on Ukrainian ports on the Danube.

Romania's foreign ministry had said on Wednesday that the Russian ambassador was summoned over "a
new violation of Romanian airspace" and the crash of a drone in Tulcea county. Russian officials
have rejected similar accusations in the past, saying no evidence was presented. A Russian senator
said NATO countries were "looking for a pretext" to bring their air defences closer to Russia's
borders.
""")
add("tulcea-wire", "Example World Wire", "2026-09-10", "NATO says drone fragments found in Romania were Russian", "tulcea-drone", """
BRUSSELS - Fragments of a drone that crashed in eastern Romania on Wednesday were of a Russian
Geran-2 drone, Romania's defence minister said on Thursday, as NATO called the incursion
"reckless". The drone came down near the village of Plauru, in the Chilia Veche commune of Tulcea
county, across the Danube from the Ukrainian port of Izmail, which was attacked the same night.

NATO's spokesperson said allies were in close contact with Romania and that the alliance would
increase air patrols over the Black Sea area. It was the sixth time this year that drone debris
has been found on Romanian soil. Moscow denied the drone was Russian.

Romania's parliament passed a law this year allowing the army to shoot down drones that violate
its airspace, but officials said the drone had crashed before jets could engage it.
""")

# --- Pashamylaram (Thursday 3 December), ordinary news ---
add("pash-police", "Example Hyderabad Chronicle", "2026-12-03", "14 killed in reactor blast at pharma unit in Pashamylaram", "pashamylaram-blast", """
SANGAREDDY - At least 14 workers were killed and 31 injured when a reactor exploded at a
pharmaceutical plant in the Pashamylaram industrial area near Patancheru on Thursday morning,
Sangareddy police said. The blast brought down part of a three-storey production block and set off
a fire that burned for several hours.

About 90 workers were on the morning shift. Fire engines from Patancheru and Hyderabad fought the
blaze while disaster response teams searched the debris. The injured were taken to hospitals in
Patancheru and Hyderabad, some with severe burns.

The plant belongs to Auron Labs, which makes ingredients for antibiotics. The company said it was
"deeply saddened" and would cooperate with the inquiry.

Relatives of workers gathered outside the plant's gates, asking for news of missing family members.
Officials said the toll could rise as several workers were unaccounted for.
""")
add("pash-wire", "Example World Wire", "2026-12-04", "Death toll in Indian drug factory blast rises to 27", "pashamylaram-blast", """
HYDERABAD - The death toll from Thursday's explosion at a drug ingredient factory near Hyderabad
rose to 27 on Friday as rescuers recovered more bodies from the collapsed building, officials in
Telangana state said. Eleven workers were still missing.

The state's chief minister visited the site in Sangareddy district and announced compensation of
1 million rupees for each dead worker's family. Police registered a case against the company's
management for negligence. Officials said a drying unit may have overheated. Many of the workers
were migrants from Bihar and Odisha.

Rescuers used heavy machinery to lift slabs of the collapsed block, and forensic teams were trying
to identify bodies burned beyond recognition with DNA tests. Relatives waited at the state-run
hospital in Patancheru for news of the missing. The Pashamylaram industrial area, about 40 km from
Hyderabad, houses dozens of pharmaceutical and chemical plants, and workers' groups say accidents
are common.
""")
add("pash-union", "Example Labour Line", "2026-12-07", "Union demands safety audit after Telangana factory blast kills 31", "pashamylaram-blast", """
A federation of chemical workers' unions on Monday demanded a safety audit of all pharmaceutical
plants in Telangana after last week's blast at the Auron Labs factory in Pashamylaram, whose death
toll reached 31 over the weekend. Six workers are still missing.

Bodies of workers from Bihar and Odisha were flown home on Sunday, and funerals were held in their
villages. The union said the plant's reactor had not been inspected for two years. The factories
department suspended the plant's licence pending the inquiry.

The company said it would pay an additional 2 million rupees to each family and cover the medical
costs of the injured, 19 of whom remain in hospital. Police arrested the plant's production
manager on Saturday. Workers from other plants in the industrial area held a candlelight vigil
outside the factory gates on Sunday evening.
""")

# --- singletons ---
add("bijapur-ied", "Example Raipur Times", "2026-01-06", "Eight killed as Maoists blow up security vehicle in Bijapur", "single-bijapur-ied", """
RAIPUR - Maoist rebels blew up a vehicle carrying members of the District Reserve Guard with a
roadside bomb in Chhattisgarh's Bijapur district on Tuesday, killing seven personnel and their
driver, police said. The vehicle was returning from an operation in the forests of the
Abujhmarh region when the bomb, estimated at 60 kg, exploded on the Kutru-Bedre road.

The blast left a crater several metres deep. Police said reinforcements had been sent and a search
for the attackers was under way. It was the deadliest attack on security forces in the state in two
years. The government has set a deadline to end the Maoist insurgency next year.

The dead personnel were local recruits, several of them former rebels who had surrendered.
""")
add("coffee-price", "Example Commodities Daily", "2026-07-01", "Arabica coffee jumps 5% on frost damage in Brazil", "single-coffee-price", """
Arabica coffee futures rose 5% in New York on Wednesday, their biggest daily gain in three months,
after frost hit coffee areas in southern Minas Gerais over the weekend. The September contract
settled at $3.41 a pound.

Agronomists said the frost damaged leaves in about 4% of the region's coffee area and could cut
next year's crop. Robusta futures in London rose 2%. Brazil is the world's largest producer of
arabica, and exporters said farmers were holding back sales as prices climbed.

Traders said speculative funds had bought heavily after weather forecasts showed another cold front
could reach Brazil next week. Roasters in Europe said retail prices would probably rise again in
the autumn. Colombian arabica also rose on the news, and Vietnamese exporters said buyers were
asking about robusta for delivery in the autumn.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
