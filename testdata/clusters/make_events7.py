"""Writes events7.jsonl: the seventh battery of invented reports (session 15,
lane cluster7; `parallax eval incidents --data
testdata/clusters/events7.jsonl`), written and committed before parallax
ran on it, by a helper who read no fusion code and no measurements, as a
held-out measure of how far the session's incident-grouping fixes carry.
Only the lead runs it.

Every person, ship, school and figure is invented; states, towns, armed
groups and institutions are real, the happenings are not. Fourteen
incidents of two to four reports and seven singletons, in eleven
conflicts and of the kinds conflict coverage is made of: a glide-bomb
strike and a drone strike on one city on consecutive days, drone and
missile attacks on ships, a school kidnapping, a market shelled, a drone
attack on a port, firing across a ceasefire line, an air strike on a
village school, protests met with live fire, a prison break, an ambush on
a convoy, soldiers seized by a guerrilla, a border clash.

What makes it hard is what makes real coverage hard:
- the two sides report one happening in their own words: the other
  side's framing ("a temporary deployment point of Ukrainian formations",
  "a training camp of PDF terrorists", "prisoners of war captured in
  combat", "vandals"), their own place names and transliterations
  (Kharkiv/Kharkov, Saltivka/Saltovsky, El Fasher/Al-Fashir/Al Fasher,
  Depayin/Tabayin, Krishna Ghati/Battal sector, Kok-Tash/Golovnoi), and
  their own casualty figures (23 and 31 dead; 87 and "over 120" pupils;
  six soldiers and "dozens"; 300 and 412 inmates);
- follow-ups days later refer back ("Monday's strike", "the attack on
  Tuesday", "last week's abduction", "last weekend's mass escape") with a
  revised toll or a new turn (crew evacuated, pupils escaped, inmates
  recaptured, a vigil);
- paraphrases with synonyms (shelling/bombardment, abducted/seized/taken,
  ambush/complex attack, jailbreak/mass escape);
- quote-only reports that name no place (a father of two abducted girls;
  a teacher of the bombed school);
- hard negatives, each its own incident: a second strike on Kharkiv the
  next day and Ukrainian shelling of Belgorod the same Monday; a tanker
  hit in the Gulf of Aden two days after the Red Sea ship and air strikes
  on Hodeidah between them; a drone attack on Port Sudan the day El Fasher
  is shelled and a UN convoy reaching El Fasher five days later; a junta
  air strike in Rakhine the day of the Sagaing one; a protest in Nampula
  the day of the Maputo one; an ambush in Burkina Faso the day of the
  Malian one; a pipeline bombed in Arauca two days after the soldiers were
  seized there. Several of them recall their sister in a clause ("a day
  after a glide bomb killed seven people").

Three duplicate pairs (copies belong to their original's incident): an
aggregator's near copy of the Kharkiv wire (new upper-case headline, last
sentence dropped, share buttons), an exact copy of the Saint-Marc wire,
and a Malian site's lightly edited copy of the army communique (a lede
line and a footer added).

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening.

Usage: python3 testdata/clusters/make_events7.py > testdata/clusters/events7.jsonl
"""
import json
import re

arts = []
byid = {}


def add(id, outlet, pub, title, incident, text, duplicate_of="", duplicate_kind=""):
    a = {"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
         "text": " ".join(text.split()), "incident": incident, "duplicate_of": duplicate_of,
         "duplicate_kind": duplicate_kind}
    arts.append(a)
    byid[id] = a


def sentences(t):
    return re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", t)


def copy(orig, id, outlet, pub, kind, edit):
    """Adds a copy of article orig made with edit (text, title -> text, title)."""
    o = byid[orig]
    text, title = edit(o["text"], o["title"])
    a = dict(o, id=id, outlet=outlet, published=pub, title=title, text=text,
             duplicate_of=orig, duplicate_kind=kind)
    arts.append(a)
    byid[id] = a


# --- Kharkiv: a glide bomb on a block of flats on Monday, drones on a substation on Tuesday;
# --- Ukrainian shelling of Belgorod the same Monday is a singleton below -------------------
add("kharkiv-block-wire", "Example Europe Wire", "2026-03-09", "Russian glide bomb kills seven in Kharkiv apartment block", "kharkiv-block", """
KYIV, March 9 - A Russian guided aerial bomb struck a nine-storey apartment block in the
Saltivskyi district of Kharkiv on Monday afternoon, killing seven people, among them a
12-year-old girl, and wounding at least 40, the regional governor said. Rescuers were still
searching the rubble of two collapsed stairwells in the evening. Kharkiv, Ukraine's second
largest city, lies about 30 km from the Russian border and is struck almost daily. "There was
no military target here, only people coming home from work," the city's mayor said on
television.
""")
add("kharkiv-block-ru", "Example Russian Agency", "2026-03-09", "Russian forces hit Ukrainian troop deployment point in Kharkov", "kharkiv-block", """
MOSCOW, March 9. Russian aviation struck a temporary deployment point of Ukrainian armed
formations and foreign mercenaries in the Saltovsky district of Kharkov on Monday, the
Russian Defence Ministry said in its daily briefing. The ministry said the building was used
to house personnel of a unit preparing drone attacks on the Belgorod region. It did not
comment on Ukrainian reports of civilian casualties, which a ministry source described as
"a staged information operation of the Kyiv regime".
""")
add("kharkiv-block-local", "Example Kharkiv News", "2026-03-11", "Death toll of Monday's bombing rises to nine; city mourns", "kharkiv-block", """
The number of people killed when a Russian bomb hit the high-rise on Traktorobudivnykiv
Avenue on Monday has risen to nine after rescuers pulled the bodies of a man and his elderly
mother from the rubble overnight, the State Emergency Service said on Wednesday. The search
operation is over. Twenty-two of the wounded remain in hospital, three in a serious
condition. Wednesday has been declared a day of mourning; flags on city buildings are at half
mast and entertainment events are cancelled. Residents of the surviving stairwells have been
moved to a school gym.
""")
add("kharkiv-grid-wire", "Example Europe Wire", "2026-03-10", "Drones knock out power substation in Kharkiv", "kharkiv-grid", """
KYIV, March 10 - Russian attack drones hit an electrical substation in Kharkiv's
Kholodnohirskyi district before dawn on Tuesday, cutting power to about 100,000 households
and injuring a night-shift worker, officials said, a day after a glide bomb killed seven
people in a residential building in the city's north-east. The regional grid operator said
repair crews had restored supply to hospitals and water pumps by midday. The air force said
it had shot down 26 of 39 drones launched overnight across Ukraine.
""")
add("kharkiv-grid-operator", "Example Ukrainian Energy Site", "2026-03-10", "Operator: substation hit overnight, consumers to get power by evening", "kharkiv-grid", """
The Kharkiv regional distribution company said an overnight drone attack had put one of the
city's main substations out of action, leaving the western districts without electricity
from about 4 a.m. on Tuesday. "Our crews started work while the air-raid alert was still on,"
the company's technical director, Andriy Moroz, said. Rolling outages will apply in the
region until the damaged transformer is replaced, which could take weeks. One employee
suffered shrapnel wounds.
""")
copy("kharkiv-block-wire", "kharkiv-block-copy", "Example News Aggregator", "2026-03-09", "near_duplicate",
     lambda t, h: ("BREAKING: " + h.upper() + "\n\n" + " ".join(sentences(t)[:-1])
                   + "\n\nShare this:\nFacebook\nX\nTelegram", h.upper()))

# --- a bulk carrier hit in the Red Sea on Tuesday, a tanker in the Gulf of Aden on Thursday;
# --- the air strikes on Hodeidah on Wednesday are a singleton below --------------------------
add("redsea-advisory", "Example Maritime Security Bulletin", "2026-04-14", "Incident 052: vessel struck 48 NM west of Hodeidah", "redsea-carrier", """
The master of a merchant vessel reported that at 0640 UTC on Tuesday the ship was struck by
an unknown projectile on the starboard side, 48 nautical miles west of Hodeidah, Yemen, causing
a fire in the accommodation block. A second projectile landed in the water close to the
vessel. The crew are reported safe and are fighting the fire. The vessel is proceeding to its
next port of call. Authorities are investigating. Vessels transiting the southern Red Sea are
advised to exercise caution and report any suspicious activity.
""")
add("redsea-houthi", "Example Yemeni Channel", "2026-04-14", "Naval forces target ship that violated ban on Israeli ports", "redsea-carrier", """
SANAA - The naval forces of the Yemeni armed forces targeted the ship KARINA STAR in the Red
Sea with a number of drones and a ballistic missile on Tuesday morning, the armed forces'
spokesman said in a televised statement. The ship belongs to a company that violated the
decision banning entry to the ports of occupied Palestine, he said, and the hit was "accurate
and direct". He warned all companies dealing with the enemy's ports that their ships would
remain legitimate targets wherever they were.
""")
add("redsea-manager", "Example Shipping Daily", "2026-04-15", "Karina Star managers say crew safe after attack off Yemen", "redsea-carrier", """
Piraeus-based Halcyon Bulk, manager of the Liberia-flagged bulker Karina Star, said on
Wednesday that all 21 seafarers on board, 19 Filipinos and two Greeks, were unhurt after the
ship was hit in the southern Red Sea on Tuesday while carrying 62,000 tonnes of fertiliser
from Aqaba to Mombasa. The fire in the superstructure was put out after several hours. The
company denied any link with Israel and said the ship had last called at an Israeli port
under previous owners in 2021.
""")
add("redsea-evacuated", "Example Europe Wire", "2026-04-17", "Crew abandon bulk carrier hit by Houthis as fire returns", "redsea-carrier", """
DUBAI, April 17 - The crew of the Karina Star, the bulk carrier struck off Yemen in the
attack on Tuesday, abandoned ship on Friday after the fire reignited and the engine room
flooded, and were picked up by a passing container ship, the manager said. The vessel, which
was drifting about 60 nautical miles off the Yemeni coast, is at risk of sinking, and a
salvage tug has been sent from Djibouti. European naval officers said the fertiliser cargo
posed a pollution risk.
""")
add("aden-tanker-risk", "Example Maritime Risk Consultancy", "2026-04-16", "Panama-flagged tanker hit by drone south-east of Aden", "aden-tanker", """
A Panama-flagged product tanker was struck by an uncrewed aerial vehicle at about 2115 local
time on Thursday, 92 nautical miles south-east of Aden, in the Gulf of Aden, our analysts
assess. The vessel reported minor damage to the bow and no casualties, and continued its
passage towards the Bab al-Mandab. The tanker was assessed to have called at an Israeli port
within the previous twelve months, which matches the group's published targeting criteria.
""")
add("aden-tanker-wire", "Example Gulf Wire", "2026-04-16", "Tanker damaged in drone attack in Gulf of Aden", "aden-tanker", """
DUBAI, April 16 - A tanker named Sea Orchid was damaged by a drone in the Gulf of Aden on
Thursday evening, two days after Yemen's Houthis hit a bulk carrier in the Red Sea, maritime
security sources said. None of the 24 crew was hurt. The Houthis did not immediately claim
the attack. The ship's Singapore-based operator said it was sailing from Sohar to Suez with
a cargo of diesel.
""")

# --- a school kidnapping in southern Kaduna ---------------------------------------------------
add("kaduna-school-wire", "Example Africa Wire", "2026-02-05", "Gunmen abduct 87 pupils from school in northwest Nigeria", "kaduna-school", """
ABUJA, Feb 5 - Gunmen on motorcycles abducted 87 pupils and two teachers from a government
secondary school in Kauru, in southern Kaduna state, on Thursday morning, police said. The
attackers stormed the school shortly after 7 a.m., firing into the air, and marched the
children into the bush. A police spokesman said soldiers and police were combing the forest
with local vigilantes. No group has claimed responsibility; kidnapping for ransom by armed
gangs, known locally as bandits, is common in the region. A community leader put the number
taken at more than 120.
""")
add("kaduna-school-father", "Example Nigerian Daily", "2026-02-06", "'They were at assembly': a father waits", "kaduna-school", """
"They came when the children were standing at assembly. My two girls were in the front row,"
said Ibrahim Audu, a farmer, sitting outside the principal's office on Friday, a day after
the attack. "The men were shouting, 'Move! Move!' and shooting. A boy who ran away told me
he saw my elder daughter carrying her sister's bag." Audu said nobody had called the families
yet. "We do not know who took them or what they want. The government must bring them home.
We sold our cows last year for the other ransom; we have nothing left to sell."
""")
add("kaduna-school-escape", "Example Africa Wire", "2026-02-12", "Twenty-one Nigerian pupils escape kidnappers", "kaduna-school", """
KADUNA, Feb 12 - Twenty-one of the pupils seized from a school in Kauru last week escaped
from their captors and walked for two days before reaching an army post, Kaduna state's
commissioner for internal security said on Thursday. They were being treated in hospital for
exhaustion. The commissioner said 66 pupils and both teachers were still being held, and
denied that any ransom had been paid. Parents said last week's abduction was the third in
the district in a year.
""")

# --- El Fasher's market shelled on Saturday; Port Sudan's fuel depot hit by drones the same
# --- day (its own incident); a UN convoy reaches El Fasher five days later (a singleton) ---
add("fasher-market-army", "Example Sudanese Agency", "2026-05-09", "Rebel militia shells El Fasher market, killing 23 civilians", "fasher-market", """
EL FASHER, May 9 - The terrorist Rapid Support Forces militia shelled the central livestock
market in El Fasher with heavy artillery on Saturday morning, killing 23 civilians and
wounding dozens, the Sixth Infantry Division said in a statement. The division said the
militia had deliberately targeted shoppers and traders, "in a new crime added to its record
against the people of Darfur". Its forces responded to the sources of fire east of the city.
""")
add("fasher-market-rsf", "Example RSF Media Office", "2026-05-09", "RSF denies targeting civilians in Al-Fashir", "fasher-market", """
The Rapid Support Forces categorically deny the false allegations spread by the Port Sudan
authorities about the targeting of a market in Al-Fashir on Saturday. Our forces do not
target civilians. The loss of life in the market area is the result of the indiscriminate
bombardment by the army's warplanes and of the army and its allied militias placing their
weapons among the population. We call for an independent investigation.
""")
add("fasher-market-doctors", "Example Darfur Monitor", "2026-05-10", "Toll from Al Fasher market bombardment rises to 31", "fasher-market", """
At least 31 people were killed and more than 70 wounded when shells fell on the crowded
livestock market in Al Fasher on Saturday, a network of local doctors said on Sunday, raising
its earlier toll. Most of the victims were traders and women buying food. The doctors said
the only functioning hospital in the city had run out of blood bags and surgical supplies.
Residents said the rounds came from the eastern edge of the city, where the paramilitaries
have their positions.
""")
add("portsudan-depot-wire", "Example Africa Wire", "2026-05-09", "Drones strike fuel depot in Port Sudan", "portsudan-depot", """
PORT SUDAN, May 9 - Drones struck a fuel storage depot near the southern port of Port Sudan
before dawn on Saturday, starting a fire that sent black smoke over the Red Sea city, the
seat of Sudan's army-backed government, witnesses and officials said. There were no reports
of casualties. The army blamed the Rapid Support Forces, which did not comment. Port Sudan
had been largely spared the fighting until drone attacks began last year.
""")
add("portsudan-depot-gov", "Example Sudanese Ministry Statement", "2026-05-09", "Statement on the attack on fuel facilities", "portsudan-depot", """
The Ministry of Culture and Information announces that the terrorist militia launched a
number of strategic drones at dawn today, Saturday, against the fuel depots of the southern
port. Air defences intercepted most of them and one caused a fire that civil defence teams
brought under control. This cowardly attack on civilian infrastructure that serves the
people will not break the will of the Sudanese. The supply of fuel to the states is not
affected.
""")

# --- firing across the Line of Control on Wednesday night, told by both armies -------------
add("loc-poonch-india", "Example Indian Daily", "2026-06-18", "Two soldiers killed as Pakistan violates ceasefire in Poonch", "loc-poonch", """
JAMMU, June 18 - Two Indian Army soldiers were killed when Pakistani troops opened
unprovoked fire with small arms and mortars on forward posts in the Krishna Ghati sector of
Poonch district along the Line of Control on Wednesday night, a defence spokesman said on
Thursday. "Our troops retaliated strongly and effectively," he said. The exchange lasted
about three hours. Residents of villages near the LoC spent the night in community bunkers.
""")
add("loc-poonch-pakistan", "Example Pakistani Daily", "2026-06-18", "Three civilians martyred in Indian firing along LoC", "loc-poonch", """
RAWALPINDI - Indian troops resorted to unprovoked ceasefire violation along the Line of
Control in the Battal sector on the night of June 17, deliberately targeting the civilian
population, the military's media wing said on Thursday. Three civilians, including a woman,
were martyred and five were injured in the village of Dabsi. Pakistan Army troops responded
befittingly, destroying Indian posts and inflicting heavy losses, it said.
""")
add("loc-poonch-wire", "Example Asia Wire", "2026-06-18", "India, Pakistan trade fire in Kashmir, five dead", "loc-poonch", """
SRINAGAR/ISLAMABAD, June 18 - Indian and Pakistani troops exchanged fire across the
de facto border in disputed Kashmir overnight, killing two Indian soldiers and three
Pakistani civilians, officials on both sides said on Thursday, in the deadliest violation of
a ceasefire agreement this year. Each side said the other fired first. The firing was
concentrated where India's Poonch district faces Pakistan-administered Kashmir.
""")

# --- a junta air strike on a village school in Sagaing on Friday (one in Rakhine the same day
# --- is a singleton below) --------------------------------------------------------------------
add("sagaing-school-exile", "Example Myanmar Exile Media", "2026-07-10", "Junta airstrike on village school kills 20, mostly children", "sagaing-school", """
A military jet dropped two bombs on a school in Let Yet Kone village, Depayin township,
Sagaing region, on Friday morning, killing at least 20 people, 17 of them children aged
between 7 and 14, local resistance officials and residents said. The school was run by the
township's administration under the National Unity Government. Villagers said there were no
resistance fighters in the village at the time. Depayin has been a stronghold of the
People's Defence Forces since the 2021 coup.
""")
add("sagaing-school-junta", "Example Myanmar State Newspaper", "2026-07-10", "Security forces conduct operation against PDF terrorists in Tabayin Township", "sagaing-school", """
NAY PYI TAW, 10 July - Security forces on Friday conducted an area clearance operation
against a training camp of the PDF terrorist group in Letyetkone village, Tabayin Township,
Sagaing Region, according to the True News Information Team. The terrorists had been using
the village as a base to launch drone attacks on administrative offices. Some media outlets
are fabricating news that civilians were killed in order to tarnish the image of the
Tatmadaw, the statement said.
""")
add("sagaing-school-teacher", "Example Asia Rights Monitor", "2026-07-12", "'Seventeen of my students': a teacher's account", "sagaing-school", """
"We heard the jet twice. The first time it turned away, so the children went back to their
desks," said a teacher, who asked that her name not be used, two days after Friday's attack.
"The second time the roof fell in. I was at the door and the blast threw me into the yard.
Seventeen of my students are dead. The youngest was seven. We buried them the same evening
under the trees because we were afraid the plane would come back."
""")

# --- police fire on protesters in Maputo on Thursday (Nampula the same day: a singleton) ----
add("maputo-protest-wire", "Example Africa Wire", "2026-08-20", "Mozambique police fire on protesters in Maputo, four dead", "maputo-protest", """
MAPUTO, Aug 20 - Mozambican police fired tear gas and live rounds at thousands of protesters
in the capital on Thursday, killing at least four people, witnesses and a hospital source
said, as demonstrations over a fuel price rise turned violent. Protesters blocked roads with
burning tyres on Eduardo Mondlane Avenue and in the suburb of Magoanine. Shops were looted
in the city centre.
""")
add("maputo-protest-rights", "Example Rights Watch", "2026-08-21", "Mozambique: Investigate killings of protesters", "maputo-protest", """
Mozambique's police used excessive and lethal force against largely peaceful demonstrators
in Maputo on August 20, killing at least nine people, among them a 15-year-old boy, and
wounding dozens, our researchers found. Witnesses described officers of the Rapid
Intervention Unit firing AK-47 rifles at people who were fleeing. "Police cannot shoot at
protesters simply because they block a road," said our Southern Africa director, Thandiwe
Nkosi. The authorities should open an independent investigation.
""")
add("maputo-protest-police", "Example Mozambican Radio", "2026-08-20", "PRM says order restored in capital, 120 detained", "maputo-protest", """
The Police of the Republic of Mozambique said on Thursday evening that order had been
restored in the city of Maputo after groups of vandals barricaded roads, burned vehicles and
looted shops during the day. A police spokesman said two officers were injured by stones and
120 people were detained. He denied that officers had used live ammunition against
demonstrators and said deaths reported on social media were being verified.
""")

# --- a prison break in Saint-Marc, Haiti -------------------------------------------------------
add("stmarc-prison-wire", "Example Americas Wire", "2026-09-13", "Hundreds escape as gangs storm Haitian prison", "stmarc-prison", """
PORT-AU-PRINCE, Sept 13 - Armed gangs attacked the civil prison in the Haitian coastal town
of Saint-Marc late on Saturday, freeing about 300 inmates, a prison official and local radio
said. The attackers, who arrived in pick-up trucks, exchanged fire with guards for more than
an hour before breaking through the main gate. At least two guards were wounded. It was the
third mass jailbreak in Haiti in two years. Residents said escaped inmates were seen heading
towards the Artibonite valley.
""")
add("stmarc-prison-police", "Example Haitian Police Statement", "2026-09-13", "Communique on the attack on the St-Marc prison", "stmarc-prison", """
The National Police of Haiti informs the population that armed bandits attacked the prison of
St-Marc on the night of 12 to 13 September. Police units responded and the situation is
under control. According to a first count, 412 detainees escaped. Three police officers
were injured. The PNH asks any person with information on the whereabouts of the escaped
detainees to call the 114 number, and warns that anyone sheltering them will be prosecuted.
""")
add("stmarc-prison-recaptured", "Example Americas Wire", "2026-09-19", "Haiti recaptures 45 inmates after mass escape", "stmarc-prison", """
PORT-AU-PRINCE, Sept 19 - Haitian police have recaptured 45 of the inmates who broke out of
the prison in Saint-Marc last weekend, and three were killed in shoot-outs, the police
spokesman said on Saturday. Among those still at large are two gang leaders who had been
awaiting trial for the killing of a magistrate. The justice minister said he had ordered an
inquiry into how the attackers knew the guard shift had been halved.
""")
copy("stmarc-prison-wire", "stmarc-prison-copy", "Example Caribbean Aggregator", "2026-09-13", "exact",
     lambda t, h: (t, h))

# --- an ambush on a convoy in central Mali on Sunday (one in Burkina Faso the same day: a
# --- singleton) -------------------------------------------------------------------------------
add("boni-ambush-army", "Example Malian Army Communique", "2026-09-28", "Communique of the General Staff of the Armed Forces", "boni-ambush", """
BAMAKO - On Sunday 27 September 2026, a FAMa logistics convoy was the target of a complex
attack combining improvised explosive devices and direct fire between Boni and Hombori. The
reaction of our forces was vigorous. The provisional toll is as follows: on the friendly
side, six killed and eleven wounded; on the enemy side, eighteen terrorists neutralised and
motorbikes and weapons recovered. Reconnaissance and strike aircraft were engaged. The
General Staff presents its condolences to the families of the fallen.
""")
add("boni-ambush-jnim", "Example Jihadist Monitor", "2026-09-28", "JNIM claims deadly ambush on Gao road", "boni-ambush", """
Al-Qaeda's Sahel affiliate JNIM claimed on Monday to have killed "dozens" of Malian soldiers
and Russian Africa Corps fighters in an ambush on a military supply column on the road
between Douentza and Gao, in a statement released through its az-Zallaqa media outlet. The
group posted photographs of burnt-out trucks and said it had seized two armoured vehicles,
rifles and ammunition. The claim could not be independently verified.
""")
add("boni-ambush-wire", "Example Africa Wire", "2026-09-28", "At least 12 Malian soldiers killed in central Mali ambush - sources", "boni-ambush", """
BAMAKO, Sept 28 - At least 12 Malian soldiers were killed when Islamist militants ambushed an
army convoy carrying fuel and food on the national road in central Mali on Sunday, two
security sources and a local official said, double the army's own toll. The convoy was
heading to the garrison at Hombori when a roadside bomb hit the lead vehicle. One of the
sources said Russian contractors travelling with the convoy were among the wounded.
""")
copy("boni-ambush-army", "boni-ambush-copy", "Example Malian News Site", "2026-09-28", "near_duplicate",
     lambda t, h: ("Here is the full text of the communique of the General Staff published on Monday. "
                   + t + " Copyright 2026 Example Malian News Site. Reproduction prohibited.",
                   "Attack between Boni and Hombori: the FAMa toll"))

# --- six soldiers seized by the ELN in Arauca on Sunday (a pipeline bombed there on Tuesday:
# --- a singleton) -----------------------------------------------------------------------------
add("arauca-soldiers-army", "Example Colombian Daily", "2026-10-19", "ELN kidnaps six soldiers in Arauca, army says", "arauca-soldiers", """
BOGOTA, Oct 19 - Fighters of the National Liberation Army (ELN) kidnapped six soldiers of the
army's 18th Brigade in a rural area of the municipality of Tame, in the eastern department of
Arauca, on Sunday, the army said. The soldiers, a sergeant and five professional soldiers,
were on patrol near a bridge when they were surrounded by about forty guerrillas. The defence
minister called the kidnapping "a crime against humanity that ends any talk of dialogue".
""")
add("arauca-soldiers-eln", "Example Guerrilla Communique", "2026-10-19", "Eastern War Front: on the military captured in combat", "arauca-soldiers", """
The Eastern War Front Manuel Vasquez Castano informs the public that on 18 October our units
captured six members of the official army in combat in the rural area of Tame, after they
entered territory under our control to carry out operations against the community. They are
prisoners of war, they are in good health and will be treated according to international
humanitarian law. We propose to hand them over to a humanitarian commission with the Church
and the International Committee of the Red Cross.
""")
add("arauca-soldiers-families", "Example Colombian Radio", "2026-10-21", "Families of soldiers held by the ELN hold vigil in Arauca", "arauca-soldiers", """
Relatives of the six soldiers taken by guerrillas on Sunday held a candlelit vigil outside
the cathedral in the city of Arauca on Wednesday, asking the ELN to free them without
conditions. "My son is 19. He joined the army to help us, not to be a bargaining chip," said
Marleny Rojas, the mother of one of the soldiers. The bishop of Arauca said the Church was
ready to mediate. The army said it had suspended offensive operations in the area to protect
the hostages' lives.
""")

# --- a clash on the Kyrgyz-Tajik border on Thursday, told by both border services ------------
add("batken-clash-kg", "Example Kyrgyz Agency", "2026-06-04", "Tajik forces open fire on Kyrgyz border guards in Batken", "batken-clash", """
BISHKEK, June 4 - Tajik servicemen opened fire on a Kyrgyz border detachment near the village
of Kok-Tash in Batken district on Thursday and later used mortars, wounding two Kyrgyz
border guards, the Border Service of Kyrgyzstan said. The incident began with a dispute over
the installation of surveillance cameras at a water distribution point. Residents of
neighbouring villages were moved away from the border. Kyrgyzstan has demanded explanations
from Dushanbe.
""")
add("batken-clash-tj", "Example Tajik Agency", "2026-06-04", "Kyrgyz side provokes armed incident at Golovnoi water intake", "batken-clash", """
DUSHANBE, 4 June - Servicemen of the Kyrgyz border service provoked an armed incident at the
Golovnoi water intake near the village of Chorkuh in Isfara district on Thursday, firing on
Tajik border guards and civilians, the Border Troops of the State Committee for National
Security said. One Tajik border guard was killed and three civilians were wounded. The
Tajik side took measures to stop the provocation.
""")
add("batken-clash-wire", "Example Central Asia Wire", "2026-06-05", "One dead as Kyrgyz, Tajik border guards trade fire", "batken-clash", """
ALMATY, June 5 - Kyrgyz and Tajik border guards exchanged gunfire and mortar rounds on
Thursday at a disputed water facility on their border in the Fergana Valley, leaving one
Tajik guard dead and at least five people wounded, officials on both sides said. Each
blamed the other. Talks between regional governors on Friday agreed to pull troops back to
their positions. About a third of the 970 km border is not demarcated, and clashes over water
and roads flare almost every year.
""")

# --- singletons: hard negatives of the incidents above ----------------------------------------
add("belgorod-shelling", "Example Russian Agency", "2026-03-09", "Two killed as Ukrainian forces shell Belgorod", "belgorod-shelling", """
BELGOROD, March 9. Two civilians were killed and four wounded when Ukrainian armed formations
shelled the city of Belgorod with multiple rocket launchers on Monday evening, the regional
governor said. A shopping centre and several cars were damaged in the city centre. The
Russian Defence Ministry said air defence systems had shot down ten Vampire rockets over the
region. Schools in the border districts will teach online for the rest of the week.
""")
add("hodeidah-airstrikes", "Example Gulf Wire", "2026-04-15", "US warplanes strike Houthi targets around Hodeidah", "hodeidah-airstrikes", """
DUBAI, April 15 - US warplanes struck radar sites and drone storage facilities around the
Yemeni port of Hodeidah overnight, the US military said on Wednesday, a day after the Houthis
hit a bulk carrier in the Red Sea. Houthi-run television said six raids targeted the port and
the Ras Issa fuel terminal and that two port workers were wounded.
""")
add("fasher-convoy", "Example UN News Service", "2026-05-14", "First UN aid convoy in months reaches El Fasher", "fasher-convoy", """
A convoy of 18 trucks carrying food, medicines and surgical kits reached El Fasher in North
Darfur on Thursday, the first UN delivery to the besieged city since January, the World Food
Programme said, five days after shelling killed dozens of people in a market in the city.
The convoy took eleven days to travel from the Chadian border. "It is a drop in the ocean,"
said the agency's country director.
""")
add("rakhine-airstrike", "Example Myanmar Exile Media", "2026-07-10", "Airstrike hits hospital in Kyauktaw, AA says", "rakhine-airstrike", """
A junta airstrike hit the township hospital in Kyauktaw, Rakhine State, on Friday afternoon,
killing four patients and a nurse, the Arakan Army said. The hospital has been run by the
Arakan Army's administration since it took the town last year. A resident said a fighter jet
fired rockets at the building twice. The junta, which accuses the Arakan Army of using
hospitals as bases, made no comment.
""")
add("nampula-protest", "Example Mozambican Radio", "2026-08-20", "Tear gas in Nampula as fuel protest spreads north", "nampula-protest", """
Police fired tear gas to disperse hundreds of young men who burned tyres and blocked the main
road into Nampula on Thursday, in protests against the rise in fuel prices. One protester
died in hospital after being hit by a rubber bullet, a local journalist said. Minibus taxis
stayed off the streets and schools were closed in the northern city.
""")
add("djibo-ambush", "Example Africa Wire", "2026-09-28", "Gunmen kill 15 militiamen in northern Burkina Faso ambush", "djibo-ambush", """
OUAGADOUGOU, Sept 28 - Gunmen ambushed a convoy escorted by pro-government militiamen near
Djibo in northern Burkina Faso on Sunday, killing 15 members of the Volunteers for the
Defence of the Homeland, two security sources said. The convoy was bringing food to the town,
which has been under a jihadist blockade for years. No group claimed the attack. The army
said aircraft had struck the attackers as they withdrew.
""")
add("arauca-pipeline", "Example Colombian Daily", "2026-10-20", "Explosion damages Cano Limon pipeline in Arauca", "arauca-pipeline", """
BOGOTA, Oct 20 - An explosive charge damaged the Cano Limon-Covenas oil pipeline in the
municipality of Saravena, in Arauca, on Tuesday, spilling crude into a stream, the state oil
company said, two days after ELN guerrillas seized six soldiers in the same department. The
army blamed the ELN, which has bombed the pipeline dozens of times. Pumping was suspended.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
