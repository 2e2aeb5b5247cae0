"""Writes events.jsonl: invented reports of ordinary news events for the
incident-grouping test (TestEventProbes in internal/fuse; `parallax eval
incidents --data testdata/clusters/events.jsonl`).

Every person, company, ship, product and figure is invented; states, towns,
clubs, institutions and awards are real. The expected grouping (the
"incident" labels) was written before parallax ran on the file.

Each topic holds TWO distinct events of the same kind (sister events), each
told by two to four reports from different outlets, in different words,
published the same day to a week later (some days after: "last week's
quake"); the sisters differ in place, people or date, often all three,
while their texts share the topic's vocabulary. Three topics have no
publication dates (as in collections that keep no metadata); in one of
them a report of each event dates it in its text and the other does not. Four
singletons on unrelated subjects close the file.

Topics: earthquakes (Van / Davao Oriental), shootings (Tulsa supermarket /
Columbus school), arrests (an actor in Los Angeles / a rapper in Atlanta),
deaths (a singer in Madrid / an actor in Stockholm), rehab (a pop singer in
Malibu / an actor in Arizona), launches (a phone in San Francisco / a laptop
in Berlin), transfers (Chelsea / Real Madrid), matches (Arsenal at Anfield
/ Arsenal v Everton three days later), awards (the Nobel in literature /
the Nobel peace prize), hijackings (a tanker off Somalia / a trawler in the
Gulf of Guinea), fires (a Hong Kong tower / a Dhaka warehouse), landslides
(Nepal / Colombia, undated), resignations (a bank chief / an airline chief,
undated), bridge collapses (Kolkata / Peso da Regua: no publication dates,
one report of each dating the collapse in its text).

Usage: python3 testdata/clusters/make_events.py > testdata/clusters/events.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- earthquakes -----------------------------------------------------------
add("quake-van-wire", "Example Wire", "2025-02-11", "Strong earthquake shakes eastern Turkey, buildings collapse", "quake-van", """
ANKARA, Feb 11 - A magnitude 6.1 earthquake struck Turkey's eastern province of Van on Tuesday, toppling at least a dozen buildings and killing nine people, the disaster agency AFAD said.
The quake's epicentre was in the Ercis district on the northern shore of Lake Van at a depth of 10 km, AFAD said. Rescue teams were pulling survivors from the rubble of a collapsed dormitory.
Interior Minister Kemal Oruc said 140 people had been injured and that tents were being sent to villages where homes were damaged.
""")
add("quake-van-daily", "Example Istanbul Daily", "2025-02-12", "Van earthquake death toll climbs to 17 as aftershocks rattle Ercis", "quake-van", """
The number of people killed in Tuesday's earthquake in Van has risen to 17, officials said on Wednesday, as dozens of aftershocks kept residents of Ercis sleeping in their cars.
Search crews recovered four bodies overnight from a six-storey building near the town's bus station. Health officials said 38 of the injured remained in hospital in Van city.
The 6.1-magnitude tremor was felt as far away as Erzurum and across the border in Iran.
""")
add("quake-van-later", "Example Europe Outlet", "2025-02-17", "A week after the Van quake, families in Ercis wait for shelters", "quake-van", """
Six days after the earthquake that killed 17 people around Lake Van, hundreds of families in Ercis are still living in tents pitched on the football pitch.
Last week's magnitude 6.1 quake damaged more than 2,000 homes in the district, according to the governor's office. Engineers have begun inspecting schools before classes resume.
Aid groups said heating and blankets were the most pressing needs as night temperatures fell below freezing.
""")
add("quake-mindanao-wire", "Example Asia Wire", "2025-02-13", "Magnitude 5.8 quake hits southern Philippines", "quake-mindanao", """
MANILA, Feb 13 - An earthquake of magnitude 5.8 jolted the province of Davao Oriental on the Philippine island of Mindanao on Thursday, damaging a church and a hospital and killing two people, officials said.
The Philippine Institute of Volcanology and Seismology said the quake was centred off the coast of Manay at a depth of 23 km. No tsunami warning was issued.
Patients were moved out of the provincial hospital in Mati as a precaution, provincial disaster officer Ramon Acuna said.
""")
add("quake-mindanao-outlet", "Example Manila Outlet", "2025-02-14", "Manay residents count damage after Davao Oriental tremor", "quake-mindanao", """
Residents of Manay in Davao Oriental spent Friday clearing debris after Thursday's tremor cracked the walls of the town's old stone church and brought down part of the public market.
Two people died when a wall collapsed on them, the municipal disaster office said, and 27 were hurt. Phivolcs recorded more than 40 aftershocks.
Classes were suspended across the province while engineers checked school buildings.
""")

# --- shootings ---------------------------------------------------------------
add("shoot-tulsa-wire", "Example Wire", "2025-05-03", "Gunman kills four at Tulsa supermarket", "shoot-tulsa", """
TULSA, Okla. - A gunman opened fire inside a supermarket in east Tulsa on Saturday afternoon, killing four people and wounding three before police shot him dead, authorities said.
Police Chief Darnell Hobbs said the suspect, a 34-year-old man from Broken Arrow, walked into the store with a rifle shortly after 2 p.m. Officers arrived within four minutes.
The motive was not immediately known.
""")
add("shoot-tulsa-local", "Example Oklahoma Paper", "2025-05-04", "Victims of grocery store shooting identified", "shoot-tulsa", """
Tulsa police on Sunday named the four people killed in Saturday's shooting at the Green Basket grocery store on 71st Street, among them a cashier and a retired teacher.
Investigators said the gunman, Curtis Wexley, 34, had been fired from a warehouse job a week earlier. Three wounded shoppers were in stable condition at St. Francis Hospital.
A vigil was held outside the store on Sunday evening.
""")
add("shoot-tulsa-later", "Example National Outlet", "2025-05-08", "Tulsa shooter bought rifle legally days before attack, police say", "shoot-tulsa", """
The man who killed four people at a Tulsa grocery store last weekend bought the rifle he used legally nine days before the attack, police told reporters on Thursday.
Curtis Wexley left a note in his car blaming his former employer, Chief Darnell Hobbs said. The store is expected to reopen next month.
""")
add("shoot-columbus-wire", "Example Wire", "2025-05-06", "Student wounds two in shooting at Ohio high school", "shoot-columbus", """
COLUMBUS, Ohio - A 16-year-old student shot and wounded two classmates at a high school on Columbus's west side on Tuesday morning before being detained by a school resource officer, police said.
The shooting at Westland Ridge High School happened in a hallway between classes. Both victims were taken to Nationwide Children's Hospital with injuries that were not life-threatening.
The school was locked down for three hours while officers searched the building.
""")
add("shoot-columbus-local", "Example Ohio Paper", "2025-05-07", "Teen charged after Westland Ridge school shooting", "shoot-columbus", """
A Columbus teenager was charged as a juvenile on Wednesday with two counts of attempted murder over Tuesday's shooting at Westland Ridge High School.
Prosecutors said the boy brought a handgun taken from a relative's home. Classes were cancelled for the rest of the week and counsellors were made available to students.
""")

# --- arrests -----------------------------------------------------------------
add("arrest-vance-tabloid", "Example Entertainment Site", "2025-03-10", "Actor Dario Vance arrested on suspicion of DUI", "arrest-vance", """
Actor Dario Vance was arrested in Los Angeles early Monday on suspicion of driving under the influence, the Los Angeles Police Department said.
Officers stopped the 41-year-old star of the series "Harbor Lights" after his car was seen weaving across lanes on Sunset Boulevard. He was booked and released on $15,000 bail.
A representative for Vance did not respond to a request for comment.
""")
add("arrest-vance-wire", "Example Wire", "2025-03-11", "'Harbor Lights' actor Vance to face DUI charge", "arrest-vance", """
LOS ANGELES - Dario Vance, who plays a detective in the television drama "Harbor Lights", will be arraigned next month after his arrest for drunk driving in West Hollywood, prosecutors said on Tuesday.
Vance's blood alcohol level was twice the legal limit, according to a police report. His publicist said the actor was "deeply sorry" and would seek help.
""")
add("arrest-moss-tabloid", "Example Music Site", "2025-03-12", "Rapper Kellan Moss arrested on gun charges in Atlanta", "arrest-moss", """
Rapper Kellan Moss was taken into custody in Atlanta on Wednesday on charges of illegal possession of a firearm, Fulton County jail records show.
Police said officers found a loaded handgun in Moss's SUV during a traffic stop in Buckhead. The 27-year-old, whose album "Cold Summer" topped the charts last year, is a convicted felon and may not own a gun.
""")
add("arrest-moss-paper", "Example Georgia Paper", "2025-03-13", "Kellan Moss denied bond after Buckhead traffic stop", "arrest-moss", """
A Fulton County judge on Thursday denied bond to Kellan Moss, the Atlanta rapper arrested a day earlier when police found a pistol in his vehicle.
Moss's lawyer, Regina Tate, said the gun belonged to a friend and that her client would plead not guilty. Moss is due back in court on April 2.
""")

# --- deaths ------------------------------------------------------------------
add("death-ortega-wire", "Example Wire", "2025-06-14", "Spanish singer Marisol Ortega dies at 71", "death-ortega", """
MADRID, June 14 - Marisol Ortega, the Spanish singer whose ballads sold millions of records across Latin America in the 1980s, died in Madrid on Saturday at the age of 71, her family said.
Ortega had been treated for cancer for two years. Prime Minister Pedro Sanchez called her "a voice that accompanied generations".
""")
add("death-ortega-paper", "Example Spanish Paper", "2025-06-15", "Fans gather in Madrid to say farewell to Marisol Ortega", "death-ortega", """
Thousands of fans queued outside the Teatro Real on Sunday to pay their respects to Marisol Ortega, who died on Saturday.
The singer's coffin, covered in white roses, will lie in state until Monday, when a private funeral will be held in her native Cadiz. Her biggest hit, "Luna de Agosto", returned to the top of the streaming charts.
""")
add("death-dahl-wire", "Example Nordic Wire", "2025-06-15", "Swedish actor Henrik Dahl dead at 83", "death-dahl", """
STOCKHOLM - Henrik Dahl, the Swedish actor known for decades of stage work at the Royal Dramatic Theatre and for the crime film "Grey Harbour", has died at 83, his agent said on Sunday.
Dahl died peacefully at his home on Sunday morning after a short illness, the agent said. King Carl XVI Gustaf sent condolences to his family.
""")
add("death-dahl-outlet", "Example Film Magazine", "2025-06-16", "Henrik Dahl, Bergman-era stage giant, remembered", "death-dahl", """
Tributes poured in on Monday for Henrik Dahl, who died a day earlier in Stockholm.
Directors who worked with Dahl recalled an actor who rehearsed in silence and never missed a performance in 51 years at the Dramaten. He is survived by his wife, the set designer Ulla Berg, and two sons.
""")

# --- rehab -------------------------------------------------------------------
add("rehab-lorne-tabloid", "Example Entertainment Site", "2025-08-04", "Pop star Tessa Lorne checks into rehab", "rehab-lorne", """
Pop singer Tessa Lorne has entered a treatment facility in Malibu for alcohol addiction, her spokesperson confirmed on Monday.
The 29-year-old postponed the European leg of her "Glass Heart" tour last week, citing exhaustion. "Tessa is taking the time she needs to get healthy," the statement said.
""")
add("rehab-lorne-music", "Example Music Site", "2025-08-05", "Tessa Lorne cancels tour dates to seek treatment", "rehab-lorne", """
Tessa Lorne's 14 remaining concerts in Europe have been cancelled after the singer went into rehab, her label said on Tuesday, and ticket holders will be refunded.
Lorne, whose single "Paper Boats" was last summer's biggest hit, has spoken openly about drinking in interviews. Friends said she checked into the Malibu clinic over the weekend.
""")
add("rehab-brack-tabloid", "Example Celebrity Blog", "2025-08-06", "Actor Jonah Brack enters rehab in Arizona", "rehab-brack", """
Actor Jonah Brack has checked into a rehabilitation centre in Arizona to be treated for an addiction to painkillers, his manager said on Wednesday.
Brack, 45, star of the action franchise "Iron Canyon", became dependent on pills after back surgery, the manager said. Filming of the franchise's fourth instalment has been delayed.
""")
add("rehab-brack-paper", "Example Film Trade Paper", "2025-08-07", "'Iron Canyon 4' shoot paused as Brack seeks treatment", "rehab-brack", """
The studio behind "Iron Canyon 4" has paused production in New Mexico for at least six weeks after its lead, Jonah Brack, entered a treatment programme in Scottsdale.
A studio spokesperson said the company "fully supports Jonah" and that the film's release date was under review.
""")

# --- product launches --------------------------------------------------------
add("launch-nexa-wire", "Example Tech Wire", "2025-09-09", "Nexa unveils X9 phone with folding screen", "launch-nexa", """
SAN FRANCISCO - Nexa Systems unveiled its first folding smartphone, the X9, at an event in San Francisco on Tuesday, betting that a lower price will win buyers from its rivals.
Chief executive Priya Raman said the X9 would sell for $999 and ship on September 26. The phone's hinge survived 400,000 folds in company tests, she said.
Nexa shares rose 3 percent after the presentation.
""")
add("launch-nexa-blog", "Example Gadget Blog", "2025-09-10", "Hands on with the Nexa X9: a foldable for the rest of us", "launch-nexa", """
We spent an hour with the Nexa X9 after Tuesday's launch, and the $999 foldable feels sturdier than we expected.
The 7.6-inch inner display has barely any crease, and Raman's team has squeezed a 5,000 mAh battery into a phone that weighs 239 grams. Preorders open on Friday.
""")
add("launch-corvid-wire", "Example Tech Wire", "2025-09-12", "Corvid launches Aero laptop at Berlin trade show", "launch-corvid", """
BERLIN - German electronics maker Corvid launched its thinnest laptop, the Aero 14, at the IFA trade show in Berlin on Friday, with a battery it says lasts 22 hours.
Corvid chief executive Matthias Oberle said the Aero would go on sale in Europe in October for 1,299 euros. The company hopes to double its share of the premium laptop market.
""")
add("launch-corvid-blog", "Example Gadget Blog", "2025-09-13", "Corvid Aero 14 first look: long battery, few ports", "launch-corvid", """
Corvid's new Aero 14, shown off at IFA on Friday, is a strikingly thin machine at 11 millimetres, but it has only two USB-C ports.
The battery claim of 22 hours will need testing. At 1,299 euros it undercuts most rivals with the same chip, Oberle told reporters in Berlin.
""")

# --- sports transfers --------------------------------------------------------
add("transfer-brandic-wire", "Example Sports Wire", "2025-07-22", "Chelsea sign Ajax striker Brandic for 45 million", "transfer-brandic", """
Chelsea have signed Croatian striker Luka Brandic from Ajax for a fee of 45 million euros on a six-year contract, the Premier League club said on Tuesday.
The 22-year-old scored 24 goals in the Eredivisie last season. "Chelsea is a dream for me," Brandic told the club's website after his medical in London.
""")
add("transfer-brandic-paper", "Example London Paper", "2025-07-23", "Brandic arrives at Stamford Bridge as Chelsea rebuild attack", "transfer-brandic", """
Luka Brandic was presented at Stamford Bridge on Wednesday, a day after Chelsea completed his move from Amsterdam.
The forward will wear the number nine shirt. Ajax said the deal included a 15 percent sell-on clause.
""")
add("transfer-ferreyra-wire", "Example Sports Wire", "2025-07-24", "Real Madrid land Benfica midfielder Ferreyra", "transfer-ferreyra", """
Real Madrid have agreed a deal worth 60 million euros with Benfica for Argentine midfielder Tomas Ferreyra, the Spanish club announced on Thursday.
Ferreyra, 24, has signed a contract until 2030 and will be unveiled at the Santiago Bernabeu on Saturday. He made 41 appearances for the Lisbon club last season.
""")
add("transfer-ferreyra-paper", "Example Madrid Sports Daily", "2025-07-26", "Ferreyra unveiled: 'I have come to win everything'", "transfer-ferreyra", """
Tomas Ferreyra kissed the badge in front of 20,000 fans at the Bernabeu on Saturday as Real Madrid presented their new midfielder.
"I have come to win everything," the Argentine said. Benfica will receive another 5 million euros in bonuses if Madrid win the Champions League.
""")

# --- matches -----------------------------------------------------------------
add("match-anfield-wire", "Example Sports Wire", "2025-10-19", "Arsenal win at Anfield to go top", "match-anfield", """
Arsenal beat Liverpool 2-1 at Anfield on Sunday to go top of the Premier League, with a late header from Gabriel deciding a tense match.
Mohamed Salah had equalised for the hosts from the penalty spot before the break. Arsenal manager Mikel Arteta said his side "showed character in the hardest place to play".
""")
add("match-anfield-paper", "Example Liverpool Paper", "2025-10-20", "Reds rue missed chances as Gunners snatch win", "match-anfield", """
Liverpool's unbeaten home run ended on Sunday as Arsenal left Merseyside with all three points.
Arne Slot said his team should have been out of sight before half-time. The defeat leaves Liverpool two points behind the leaders.
""")
add("match-everton-wire", "Example Sports Wire", "2025-10-22", "Arsenal held by Everton at the Emirates", "match-everton", """
Arsenal dropped points for the first time in a month as Everton held them to a 1-1 draw at the Emirates Stadium on Wednesday.
Bukayo Saka put the Gunners ahead but Everton levelled through a deflected shot in the 78th minute. Arteta rested four players after Sunday's win at Liverpool.
""")
add("match-everton-paper", "Example Merseyside Outlet", "2025-10-23", "Moyes hails Everton's fighting draw in London", "match-everton", """
David Moyes praised his Everton players for their resilience after they came from behind to draw at Arsenal on Wednesday night.
The Toffees defended deep for most of the second half in north London and were rewarded late on. The point lifts Everton to 11th.
""")

# --- awards ------------------------------------------------------------------
add("nobel-lit-wire", "Example Wire", "2025-10-09", "Hungarian novelist Ilona Farkas wins Nobel Prize in Literature", "nobel-lit", """
STOCKHOLM, Oct 9 - Hungarian novelist Ilona Farkas won the 2025 Nobel Prize in Literature on Thursday for work that the Swedish Academy said "confronts the terror of history with visionary force".
Farkas, 68, is best known for her trilogy set in a village on the Hungarian plain. The prize is worth 11 million Swedish crowns.
""")
add("nobel-lit-paper", "Example Budapest Paper", "2025-10-10", "Budapest celebrates its Nobel laureate", "nobel-lit", """
Bookshops in Budapest sold out of Ilona Farkas's novels within hours of the Swedish Academy's announcement.
Farkas said she learned of the literature prize from a journalist who rang her at her flat. She will receive the award in Stockholm in December.
""")
add("nobel-peace-wire", "Example Wire", "2025-10-10", "Sudanese aid network wins Nobel Peace Prize", "nobel-peace", """
OSLO, Oct 10 - A network of Sudanese volunteer kitchens and clinics won the 2025 Nobel Peace Prize on Friday for keeping civilians alive during the country's war, the Norwegian Nobel Committee said.
Committee chair Jorgen Watne Frydnes said the Emergency Response Rooms had shown "that humanity can be organised from below". The network's coordinator, Amira Osman, said the prize belonged to its volunteers.
""")
add("nobel-peace-outlet", "Example Africa Outlet", "2025-10-11", "Peace prize puts spotlight on Sudan's forgotten war", "nobel-peace", """
Friday's award of the Nobel Peace Prize to Sudan's Emergency Response Rooms drew praise from aid agencies, who said the volunteers had fed millions in Khartoum and Darfur.
Coordinator Amira Osman told reporters in Oslo by video link that she hoped the peace prize would bring funding and a ceasefire.
""")

# --- hijackings --------------------------------------------------------------
add("hijack-somalia-wire", "Example Wire", "2025-11-02", "Pirates hijack tanker off Somalia", "hijack-somalia", """
NAIROBI, Nov 2 - Armed pirates boarded and seized a Malta-flagged chemical tanker off the coast of Somalia on Sunday and were steering it towards the port town of Eyl, the EU naval force Atalanta said.
The Eastern Star, with 21 crew members, was attacked about 300 nautical miles east of Mogadishu by men in two skiffs, the force said. It was the third hijacking off Somalia this year.
""")
add("hijack-somalia-outlet", "Example Maritime News", "2025-11-03", "Eastern Star crew safe, owner says, as warship shadows hijacked tanker", "hijack-somalia", """
The Greek owner of the hijacked tanker Eastern Star said on Monday that all 21 crew were unharmed and that the pirates had made contact.
An Atalanta frigate was shadowing the ship as it anchored off Eyl in Puntland. Shipping experts said a ransom demand was expected within days.
""")
add("hijack-guinea-wire", "Example Wire", "2025-11-04", "Pirates seize fishing trawler in Gulf of Guinea, kidnap crew", "hijack-guinea", """
LAGOS, Nov 4 - Pirates hijacked a fishing trawler off the coast of Sao Tome and Principe in the Gulf of Guinea on Tuesday and kidnapped eight crew members, a maritime security firm said.
The Golden Tide, flagged in Ghana, was boarded 60 nautical miles south of Sao Tome by gunmen who left the rest of the crew on board.
""")
add("hijack-guinea-outlet", "Example Nigeria Paper", "2025-11-05", "Navy searches for kidnapped trawler crew", "hijack-guinea", """
The Nigerian Navy said on Wednesday it had sent a patrol vessel to help search for eight fishermen abducted from the trawler Golden Tide near Sao Tome.
Kidnappings of seafarers in the Gulf of Guinea had fallen in recent years, the International Maritime Bureau said.
""")

# --- fires -------------------------------------------------------------------
add("fire-hk-wire", "Example Asia Wire", "2025-12-01", "Fire rips through Hong Kong residential tower, 12 dead", "fire-hk", """
HONG KONG - A fire tore through a 30-storey residential tower in Hong Kong's Tai Po district on Monday, killing 12 people and injuring 40, the fire department said.
Flames spread up bamboo scaffolding wrapped around the building during renovation work. Firefighters battled the blaze for more than nine hours.
""")
add("fire-hk-paper", "Example Hong Kong Paper", "2025-12-02", "Scaffolding netting under scrutiny after Tai Po blaze", "fire-hk", """
Investigators are examining whether protective netting on bamboo scaffolding helped spread Monday's fire at Wang Fuk Court in Tai Po, which killed 12 residents.
Chief Executive John Lee ordered inspections of all buildings under renovation. Three contractors were arrested on suspicion of manslaughter.
""")
add("fire-hk-later", "Example Europe Outlet", "2025-12-06", "Hong Kong mourns victims of last week's tower fire", "fire-hk", """
Hundreds of people laid flowers outside Wang Fuk Court on Saturday, five days after the blaze that killed 12 people in the Tai Po housing estate.
Residents said fire alarms did not sound. The government has set up a fund for the 300 families left homeless.
""")
add("fire-dhaka-wire", "Example Asia Wire", "2025-12-03", "Warehouse fire in Dhaka kills nine workers", "fire-dhaka", """
DHAKA - A fire at a chemical warehouse in Old Dhaka killed nine workers on Wednesday and sent toxic smoke over the crowded Chawkbazar neighbourhood, fire service officials said.
It took 14 fire engines five hours to bring the blaze under control. The cause of the fire was being investigated.
""")
add("fire-dhaka-paper", "Example Dhaka Paper", "2025-12-04", "Chawkbazar warehouse had no fire licence, officials say", "fire-dhaka", """
The chemical warehouse in Chawkbazar where nine labourers died in Wednesday's fire had been operating without a fire safety licence, officials said on Thursday.
Relatives gathered at Dhaka Medical College to collect the bodies. The owner of the building has gone into hiding.
""")

# --- landslides (undated) ----------------------------------------------------
add("slide-nepal-wire", "Example Asia Wire", "", "Landslide buries village in central Nepal", "slide-nepal", """
KATHMANDU - A landslide triggered by monsoon rains buried a village in Nepal's Sindhupalchok district, killing at least 14 people, police said.
Soldiers and villagers dug through mud with shovels to reach 20 people still missing in Barhabise municipality. The Araniko highway to the Chinese border was blocked.
""")
add("slide-nepal-outlet", "Example Himalayan Paper", "", "Sindhupalchok landslide toll rises as search continues", "slide-nepal", """
The death toll from the landslide in Sindhupalchok rose to 19 after rescuers recovered five more bodies from the debris in Barhabise.
Army helicopters flew the injured to Kathmandu. Officials said the hillside above the village had been cracking for weeks before the rains.
""")
add("slide-colombia-wire", "Example Americas Wire", "", "Landslide kills 11 in Colombia's Antioquia", "slide-colombia", """
MEDELLIN - A landslide swept away homes in the Colombian town of Salgar in Antioquia province after days of heavy rain, killing 11 people, the national disaster agency said.
President Gustavo Petro said rescuers were searching the Liboriana river valley for 15 missing people.
""")
add("slide-colombia-paper", "Example Bogota Paper", "", "Salgar mourns its dead as rescuers search mud", "slide-colombia", """
Rescue teams with dogs searched the mud along the Liboriana river in Salgar, where the landslide destroyed 30 homes and killed 11 residents.
The disaster agency UNGRD said the rains would continue and evacuated two more villages in Antioquia.
""")

# --- resignations (undated) --------------------------------------------------
add("resign-bank-wire", "Example Finance Wire", "", "Nordhaven Bank chief quits after money laundering probe", "resign-bank", """
The chief executive of Nordhaven Bank, Elias Korhonen, resigned after an internal investigation found that the bank's Baltic branch had processed suspicious transfers worth 2 billion euros.
The bank's board named finance director Sanna Lind as interim chief. Nordhaven shares fell 6 percent in Helsinki.
""")
add("resign-bank-paper", "Example Helsinki Paper", "", "Korhonen steps down as Nordhaven scandal widens", "resign-bank", """
Elias Korhonen, who led Nordhaven Bank for eight years, stepped down as the money laundering scandal at its Tallinn branch widened.
Finnish prosecutors said they were examining the bank's compliance controls. Korhonen said he took responsibility for failures on his watch.
""")
add("resign-airline-wire", "Example Finance Wire", "", "SkyArc Airlines CEO resigns after summer of cancellations", "resign-airline", """
SkyArc Airlines chief executive Marco Bellini resigned after a summer in which the carrier cancelled thousands of flights because of staff shortages.
The Milan-based airline's chairman said a search for a successor had begun. SkyArc shares rose 4 percent on the news.
""")
add("resign-airline-paper", "Example Milan Paper", "", "Bellini leaves SkyArc as unions demand new hiring", "resign-airline", """
Marco Bellini's departure from SkyArc came after pilots' and cabin crew unions blamed his cost cuts for the chaos at Malpensa airport this summer.
The unions said the next chief executive must hire 800 staff before the winter schedule.
""")

# --- bridge collapses (no publication dates; one report of each dates the
# collapse in its text, the other does not) -------------------------------
add("bridge-kolkata-wire", "Example Asia Wire", "", "Flyover collapses in Kolkata, crushing vehicles", "bridge-kolkata", """
KOLKATA - A section of a flyover under construction collapsed onto a busy street in north Kolkata on March 14, 2024, crushing a bus and several cars and killing 16 people, police said.
Rescuers used cranes to lift slabs of concrete off the vehicles. The contractor, Ridgeway Infra, said it would cooperate with investigators.
""")
add("bridge-kolkata-paper", "Example Bengal Paper", "", "Ridgeway Infra officials questioned over Kolkata flyover collapse", "bridge-kolkata", """
Police questioned three officials of Ridgeway Infra over the collapse of the half-built flyover in north Kolkata that killed 16 people.
West Bengal's chief minister ordered an audit of every flyover being built in the city. Survivors said cracks had appeared in the pillars weeks before the slab fell.
""")
add("bridge-porto-wire", "Example Europe Outlet", "", "Road bridge over the Douro collapses in northern Portugal", "bridge-porto", """
LISBON - An old road bridge over the Douro river collapsed near the town of Peso da Regua in northern Portugal on the night of Jan. 9, 2025, sending a coach and two cars into the water; seven people died, civil protection officials said.
Divers recovered the bodies overnight. The bridge had been due for repairs, the regional roads authority said.
""")
add("bridge-porto-paper", "Example Porto Paper", "", "Regua bridge had failed inspection, engineers say", "bridge-porto", """
The bridge at Peso da Regua that fell into the Douro, killing seven people in the coach and cars that were crossing it, had failed a safety inspection two years earlier, engineers told a parliamentary committee.
Families of the victims demanded that the regional roads authority's director resign.
""")

# --- singletons ----------------------------------------------------------------
add("single-budget", "Example Wire", "2025-02-12", "Dutch parliament passes budget after all-night session", "single-budget", """
THE HAGUE - The Dutch lower house approved the 2025 budget early on Wednesday after an all-night debate, with three opposition parties backing a deal on housing subsidies.
Finance Minister Eelco Heinen said the agreement kept the deficit below 3 percent of output.
""")
add("single-court", "Example Law Journal", "2025-05-06", "Top court rules on data retention", "single-court", """
The European Court of Justice ruled on Tuesday that national laws requiring telecom companies to store all customers' location data for a year breach EU privacy rules.
The case was brought by a French digital rights group.
""")
add("single-weather", "Example Weather Service", "2025-12-02", "Cold snap to bring snow to the Alps", "single-weather", """
Forecasters expect up to 80 cm of fresh snow in the Swiss and Austrian Alps by the weekend as a cold front moves in from the north.
Ski resorts in Tyrol said they would open a week earlier than planned.
""")
add("single-strike", "Example Wire", "2025-10-20", "Rail workers strike in Belgium", "single-strike", """
BRUSSELS - Rail traffic across Belgium was halted on Monday as train drivers walked out in a dispute over pension reforms, the national railway company SNCB said.
Only one train in five ran on the main lines, and Eurostar cancelled several services to Brussels.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
