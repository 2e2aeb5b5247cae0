"""Writes events4.jsonl: the fourth battery of invented reports of ordinary
news events for the incident-grouping test (TestEventProbes4 in
internal/fuse; `parallax eval incidents --data testdata/clusters/events4.jsonl`),
in the style of cross-document event coreference data: many topics, each
with two different events of one kind (sister events), each told by two to
four reports of outlets of different styles and lengths.

Every person, company, product, flight and figure is invented; states,
towns, institutions, courts and awards are real. The expected grouping (the
"incident" labels) was written before parallax ran on the file (session 13).

Twenty topics, none of them a kind used in events.jsonl, events2.jsonl or
events3.jsonl: helicopter crashes, celebrity separations, cash-in-transit
robberies, tornadoes, cyclones, mine explosions, crowd crushes, a literary
prize in two years, rocket launches, sentencings, jailbreaks, mountain
rescues, a tennis title won twice, gas explosions, bus crashes, stock-market
listings, oil spills, shark attacks, record auction sales and mass food
poisoning. The hard cases:
- sisters with the same participants a year or months apart (the Booker
  Prize ceremony, one player's two Australian Open titles, one company's
  failed and successful launch from one site);
- sisters in one country, region or city days apart (two helicopter
  crashes in Nepal, two heists on Gauteng highways, two Mississippi
  tornadoes, two Colombian coal mines, two Peruvian bus crashes, two
  New South Wales shark attacks, two Manhattan auctions two days apart,
  two Maharashtra poisonings);
- reports in the reporter's voice against reports made mostly of quotes
  (a survivor, a relative, an official, a fan), and short roundup items;
- follow-ups days later (victims named, a toll revised, an arrest, an
  inquiry, a first day of trading), which stay in their incident;
- reports that recall the sister event in a clause ("a week after ...");
- two topics without publication dates (cyclones and jailbreaks), where
  one report of each event dates it in its text and the others do not;
- publication dates that differ from the event's day (a weekend event
  reported on Monday, a profile four days later).
Six singletons on unrelated subjects close the file. No pair is a
duplicate.

First run (at cb2d293, before any session-13 fusion change): pairwise
P 0.912 R 0.534 F1 0.674, B-cubed P 0.975 R 0.765 F1 0.857 (58 gold
pairs: 31 right, 27 missed, 3 wrong).

Usage: python3 testdata/clusters/make_events4.py > testdata/clusters/events4.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- helicopter crashes: one country, four weeks apart ------------------------
add("heli-solu-wire", "Example Asia Wire", "2025-07-11", "Helicopter carrying tourists crashes near Everest region, five dead", "heli-solukhumbu", """
KATHMANDU, July 11 - A helicopter carrying four Mexican tourists and a Nepali pilot crashed in the Solukhumbu district on Friday, killing all five people on board, the Civil Aviation Authority of Nepal said.
The Himal Air aircraft lost contact with the control tower about ten minutes after taking off from Lukla for Kathmandu. Villagers found the wreckage on a forested slope near Lamjura pass.
""")
add("heli-solu-paper", "Example Kathmandu Paper", "2025-07-12", "Bad weather likely cause of Lamjura crash, officials say", "heli-solukhumbu", """
Investigators said on Saturday that thick cloud over the Lamjura pass may have caused Friday's crash of a Himal Air helicopter that killed five people.
"The pilot was experienced, he had flown this route hundreds of times," said a company official. The bodies were flown to Kathmandu, where the Mexican embassy was arranging their repatriation. The government formed a five-member commission to investigate.
""")
add("heli-solu-mx", "Example Mexico City Outlet", "2025-07-14", "Family of Guadalajara climbers killed in Nepal asks for answers", "heli-solukhumbu", """
"They had dreamed of seeing Everest for ten years," said Rocio Tapia, whose brother and sister-in-law were among the four Mexicans killed when their helicopter came down in Nepal last week.
The group, all from Guadalajara, had finished a trek to Everest base camp. "Nobody from the company has called us," Tapia said.
""")
add("heli-dolakha-wire", "Example Asia Wire", "2025-08-08", "Rescue helicopter crashes in Nepal's Dolakha, pilot and two medics killed", "heli-dolakha", """
KATHMANDU, Aug 8 - A rescue helicopter crashed in Nepal's Dolakha district on Friday while trying to evacuate an injured villager, killing its pilot and two medical workers, police said.
The Summit Wings helicopter struck power lines while landing in heavy rain near Bigu. It was the second fatal helicopter crash in Nepal in four weeks, after five people died near the Lamjura pass in July.
""")
add("heli-dolakha-paper", "Example Kathmandu Paper", "2025-08-09", "Summit Wings grounded after Bigu crash", "heli-dolakha", """
The Civil Aviation Authority of Nepal on Saturday grounded the two remaining helicopters of Summit Wings after one of them crashed near Bigu in Dolakha, killing three people.
Captain Roshan Gurung, 41, had flown rescue missions for twelve years. Nurses Sabina Thapa and Maya Tamang were also killed.
""")

# --- celebrity separations: two couples, the same week --------------------------
add("split-marlow-tabloid", "Example Celebrity Blog", "2025-05-05", "It's over: Ava Marlow and Theo Brandt split after eight years", "split-marlow-brandt", """
Hollywood's golden couple is no more. Actress Ava Marlow and director Theo Brandt have separated after eight years of marriage, the pair announced in a joint statement on Monday.
"We remain close friends and devoted parents," they wrote on Instagram, asking for privacy for their two children.
""")
add("split-marlow-mag", "Example Entertainment Site", "2025-05-06", "Marlow and Brandt: inside the split", "split-marlow-brandt", """
Friends say Ava Marlow and Theo Brandt had been living apart since the spring, long before Monday's announcement that they were separating.
The couple met on the set of "Glass Harbour" in 2015 and married two years later in Lake Como. Marlow has not filed for divorce, a source close to the actress said.
""")
add("split-marlow-wire", "Example Wire", "2025-05-06", "Actress Marlow, director Brandt separate", "split-marlow-brandt", """
LOS ANGELES - Actress Ava Marlow and her husband, film director Theo Brandt, are separating, their representatives said, ending a marriage of eight years.
""")
add("split-kane-tabloid", "Example Celebrity Blog", "2025-05-08", "Singer Rory Kane and model Lila Varga call off engagement", "split-kane-varga", """
Another celebrity romance bites the dust! Days after Ava Marlow and Theo Brandt announced their separation, singer Rory Kane and model Lila Varga have called off their engagement.
A spokesperson for Kane confirmed the split on Thursday, saying the two had "grown in different directions". The couple got engaged in Paris only last summer.
""")
add("split-kane-music", "Example Music Site", "2025-05-09", "Rory Kane postpones album after break-up", "split-kane-varga", """
Rory Kane has pushed back the release of his fourth album to the autumn, his label said on Friday, a day after the singer and Hungarian model Lila Varga ended their engagement.
"I need time," Kane told fans at a gig in Manchester on Thursday night.
""")

# --- cash-in-transit robberies: one province, three days apart --------------------
add("cit-r21-wire", "Example Africa Wire", "2025-02-18", "Gunmen blow open cash van on Johannesburg highway", "cit-r21", """
JOHANNESBURG, Feb 18 - Heavily armed robbers blew open a cash-in-transit van on the R21 highway near OR Tambo International Airport on Tuesday morning and escaped with an undisclosed sum, police said.
Two security guards were wounded. Witnesses said at least ten men in three cars forced the armoured van off the road before setting off explosives.
""")
add("cit-r21-police", "Example South Africa Police Statement", "2025-02-18", "Police hunt suspects after R21 cash heist", "cit-r21", """
The South African Police Service has launched a manhunt for the suspects involved in a cash-in-transit robbery on the R21 near Kempton Park this morning. Two guards were taken to hospital with gunshot wounds.
"We will not allow criminals to turn our highways into war zones," said Gauteng police commissioner Lieutenant General Thandi Mokoena. Anyone with information is asked to call Crime Stop.
""")
add("cit-r21-later", "Example Johannesburg Paper", "2025-02-21", "Three arrested over R21 van bombing, R4 million still missing", "cit-r21", """
Police arrested three men in Tembisa on Friday in connection with Tuesday's cash-in-transit robbery on the R21, in which robbers made off with about R4 million.
The Hawks said a rifle and a car used in the heist had been recovered.
""")
add("cit-n12-wire", "Example Africa Wire", "2025-02-21", "Second cash van ambush in a week hits Gauteng's N12", "cit-n12", """
JOHANNESBURG, Feb 21 - Robbers ambushed a cash-in-transit van on the N12 near Daveyton east of Johannesburg on Friday, shooting dead one guard, police said, three days after a similar heist on the R21.
The gang fled on foot into a nearby informal settlement, leaving the van burning on the hard shoulder.
""")
add("cit-n12-radio", "Example South Africa Radio", "2025-02-22", "Guard killed in Daveyton heist was father of three", "cit-n12", """
The security guard killed in Friday's cash van robbery on the N12 has been named as Sipho Ndlovu, 44, a father of three from Benoni.
"He always said this job would kill him one day," his wife, Lindiwe, told us. His company, Ironclad Cash Services, said it would pay for the funeral.
""")

# --- tornadoes: one state, six days apart --------------------------------------
add("tornado-tupelo-wire", "Example Wire", "2025-04-07", "Tornado kills four in Tupelo, Mississippi", "tornado-tupelo", """
TUPELO, Miss. - A tornado tore through Tupelo late on Sunday, killing four people, flattening dozens of homes and leaving about 30,000 customers without power, officials said on Monday.
The National Weather Service rated the twister an EF-3 with peak winds of 150 miles per hour.
""")
add("tornado-tupelo-tv", "Example Mississippi TV", "2025-04-07", "'The house lifted off': Tupelo survivors recount Sunday night", "tornado-tupelo", """
"I heard the roar, grabbed the kids and got in the bathtub, and then the roof was gone," said Kendra Willis, standing in what was left of her house on Gloster Street.
"We have never seen anything like this in Lee County," Sheriff Jim Harlan said. Four people died, among them a couple in their eighties.
""")
add("tornado-tupelo-later", "Example Mississippi Paper", "2025-04-10", "Tupelo tornado clean-up could take months, mayor says", "tornado-tupelo", """
Crews have cleared more than 4,000 tons of debris since Sunday's tornado, Tupelo's mayor said on Thursday, and the federal government approved a disaster declaration for Lee County.
""")
add("tornado-hburg-wire", "Example Wire", "2025-04-13", "Tornado hits Hattiesburg, injuring 27", "tornado-hattiesburg", """
HATTIESBURG, Miss. - A tornado struck Hattiesburg on Saturday afternoon, injuring 27 people and damaging the campus of the University of Southern Mississippi, less than a week after a deadly twister in Tupelo.
No deaths were reported. The Weather Service gave it a preliminary EF-2 rating.
""")
add("tornado-hburg-campus", "Example Student Paper", "2025-04-14", "Southern Miss cancels classes after tornado damages dorms", "tornado-hattiesburg", """
The University of Southern Mississippi cancelled classes for the week after Saturday's tornado ripped the roofs off two residence halls. Four students were among the injured.
"It took the trees and the cars in the lot," said freshman Dylan Cross.
""")

# --- cyclones: no publication dates, a month apart ----------------------------
add("cyclone-halima-wire", "Example Africa Wire", "", "Cyclone Halima slams into Madagascar, 11 dead", "cyclone-halima", """
ANTANANARIVO, Feb 4 - Cyclone Halima made landfall near Toamasina on Madagascar's east coast on Tuesday with winds of 185 km per hour, killing 11 people and forcing more than 20,000 to leave their homes, the national disaster office said.
""")
add("cyclone-halima-aid", "Example Aid Agency", "", "Families in Toamasina need shelter after Halima", "cyclone-halima", """
Our teams in Toamasina report that thousands of families lost their homes when Cyclone Halima came ashore. "Entire neighbourhoods of the city are under water," said our country director, Hery Rakoto. We are distributing tarpaulins, water purification tablets and food.
""")
add("cyclone-tomas-wire", "Example Africa Wire", "", "Cyclone Tomas hits central Mozambique", "cyclone-tomas", """
MAPUTO, March 6 - Cyclone Tomas struck the port city of Beira in central Mozambique on Thursday, tearing roofs from houses and killing at least four people, Mozambique's disaster management institute said. Power and telephone lines across Sofala province were down.
""")
add("cyclone-tomas-paper", "Example Mozambique Paper", "", "Beira counts damage as rain keeps falling", "cyclone-tomas", """
Residents of Beira's Munhava district waded through knee-deep water to salvage belongings from houses destroyed by Cyclone Tomas. The city's mayor said schools would stay closed for a week. "We have been through Idai and now this," said fisherman Armando Cossa.
""")

# --- mine explosions: one country, ten days apart --------------------------------
add("mine-sutatausa-wire", "Example Americas Wire", "2025-03-12", "Gas explosion in Colombian coal mine kills nine", "mine-sutatausa", """
BOGOTA, March 12 - A methane explosion at a coal mine in Sutatausa, in Colombia's Cundinamarca province, killed nine miners on Wednesday and trapped three more, the National Mining Agency said.
Rescue teams were trying to reach the trapped men, about 500 metres underground.
""")
add("mine-sutatausa-paper", "Example Bogota Paper", "2025-03-13", "Three trapped Sutatausa miners found dead, toll 12", "mine-sutatausa", """
Rescuers recovered the bodies of the last three miners trapped after Wednesday's explosion at the El Roble mine in Sutatausa, raising the death toll to 12, the governor of Cundinamarca said on Thursday.
The mine had been fined twice last year for poor ventilation.
""")
add("mine-sogamoso-wire", "Example Americas Wire", "2025-03-22", "Five miners killed in blast at Boyaca coal mine", "mine-sogamoso", """
BOGOTA, March 22 - Five miners died in an explosion at a coal mine near Sogamoso in Boyaca province on Saturday, the country's second deadly mine blast in ten days, the National Mining Agency said.
""")
add("mine-sogamoso-radio", "Example Colombia Radio", "2025-03-23", "Sogamoso miners' families gather at pithead", "mine-sogamoso", """
"My son was 19, it was his third week in the mine," said Gloria Pinzon, waiting outside the La Esperanza mine near Sogamoso where five men died on Saturday.
The mine's owner said gas detectors had been working. The labour ministry sent inspectors on Sunday.
""")

# --- crowd crushes: one country, five days apart -------------------------------
add("crush-tirupati-wire", "Example Asia Wire", "2025-01-09", "Six killed in crush at Indian temple token counter", "crush-tirupati", """
HYDERABAD, Jan 9 - Six devotees were killed and dozens injured in a crush at a counter distributing darshan tokens in the temple town of Tirupati in Andhra Pradesh late on Wednesday, officials said.
Thousands had queued overnight for tokens for the Vaikunta Ekadasi festival when a gate was opened.
""")
add("crush-tirupati-paper", "Example Indian Paper", "2025-01-10", "TTD orders inquiry, suspends two officials over token stampede", "crush-tirupati", """
The Tirumala Tirupati Devasthanams suspended two officials on Friday over the stampede at the Bairagipatteda token centre in which six pilgrims died, and Andhra Pradesh's chief minister announced compensation of Rs 25 lakh for each family.
""")
add("crush-delhi-wire", "Example Asia Wire", "2025-01-14", "Stampede at New Delhi railway station kills 11", "crush-delhi", """
NEW DELHI, Jan 14 - At least 11 people were killed in a stampede on a crowded footbridge at New Delhi railway station on Tuesday night as passengers rushed for trains to a religious festival, police said.
""")
add("crush-delhi-tv", "Example Indian TV", "2025-01-15", "'People fell on top of me': survivors of station stampede", "crush-delhi", """
"The announcement changed the platform and everyone ran for the stairs," said Rakesh Kumar, who lost his mother in the crush on the footbridge between platforms 14 and 15.
Railways minister Anil Verma said a high-level committee would report within a week. The death toll rose to 13.
""")
add("crush-delhi-later", "Example Indian Paper", "2025-01-18", "After two stampedes in a week, a hard look at crowd control", "crush-delhi", """
The crush at New Delhi station that killed 13 people on Tuesday was the country's second deadly stampede in a week, after six pilgrims died in Tirupati. Experts say the railway had no plan for the festival crowds. The committee's report, due on Monday, is expected to blame the last-minute change of platform.
""")

# --- a literary prize: two ceremonies a year apart -------------------------------
add("booker2024-wire", "Example Wire", "2024-11-12", "Irish novelist Niamh Corr wins Booker Prize", "booker-2024", """
LONDON - Irish writer Niamh Corr won the Booker Prize for fiction on Tuesday for "The Salt Year", a novel about a family of fishermen on the Aran Islands.
The judges called the book "a quiet masterpiece". Corr receives 50,000 pounds.
""")
add("booker2024-books", "Example Books Site", "2024-11-13", "Niamh Corr's 'The Salt Year': why it won", "booker-2024", """
Niamh Corr was the bookmakers' outsider until the last week, but the chair of the judges said the panel's choice at the Old Billingsgate ceremony was unanimous.
"I wrote it at the kitchen table in Galway," Corr said in her speech. Sales of the novel rose tenfold overnight.
""")
add("booker2025-wire", "Example Wire", "2025-11-11", "Nigerian author Tunde Bakare wins 2025 Booker Prize", "booker-2025", """
LONDON - Nigerian author Tunde Bakare won the 2025 Booker Prize on Monday for "Harmattan", his fourth novel, a year after Ireland's Niamh Corr took the award.
Bakare dedicated the prize to his late mother. The ceremony was held at Old Billingsgate in London.
""")
add("booker2025-paper", "Example Lagos Paper", "2025-11-12", "Lagos celebrates Bakare's Booker triumph", "booker-2025", """
Booksellers in Yaba could not keep "Harmattan" on their shelves on Tuesday after Tunde Bakare became the first Nigerian to win the Booker Prize.
"This belongs to every young writer in this country," Bakare told reporters in London. The president sent his congratulations.
""")
add("booker2025-blog", "Example Literary Blog", "2025-11-14", "Harmattan is a worthy winner, but the shortlist was stronger", "booker-2025", """
I finished Harmattan on the train home from Monday's ceremony, and it deserves the prize: it is bold, funny and cruel. But the judges passed over two braver books on the shortlist.
""")

# --- rocket launches: one company, one site, months apart ---------------------------
add("rocket-fail-wire", "Example Europe Wire", "2025-03-04", "Swedish startup's rocket explodes seconds after lift-off", "rocket-tern-failure", """
KIRUNA, Sweden, March 4 - The first orbital rocket of Swedish startup Tern Aerospace exploded about 40 seconds after lift-off from the Esrange Space Center in northern Sweden on Tuesday, the company said. No one was hurt.
The Tern-1 was carrying two small test satellites.
""")
add("rocket-fail-space", "Example Space Site", "2025-03-05", "Tern-1 anomaly: second stage separation never came", "rocket-tern-failure", """
Tern Aerospace's maiden Tern-1 lost control shortly before stage separation on Tuesday, according to telemetry shown on its webcast, and the flight termination system destroyed the vehicle.
"We learned more in 40 seconds than in two years of tests," chief executive Karin Holm wrote on social media. Debris fell into an unpopulated area.
""")
add("rocket-ok-wire", "Example Europe Wire", "2025-06-19", "Tern Aerospace reaches orbit on second try", "rocket-tern-success", """
KIRUNA, Sweden, June 19 - Tern Aerospace put two satellites into orbit on Thursday with the second launch of its Tern-1 rocket from the Esrange Space Center, three months after its first attempt ended in an explosion.
It is the first orbital launch from continental Europe.
""")
add("rocket-ok-space", "Example Space Site", "2025-06-20", "Tern-1 flight 2: both satellites deployed", "rocket-tern-success", """
Both payloads of the second Tern-1 flight separated on Thursday at an altitude of 510 km, Tern Aerospace confirmed. "Europe now has a way to orbit from its own soil," Karin Holm said in the control room.
""")
add("rocket-ok-paper", "Example Swedish Paper", "2025-06-20", "Kiruna cheers as rocket roars into space", "rocket-tern-success", """
Hundreds of people gathered on the frozen shore of a lake near Esrange at dawn on Thursday to watch the rocket climb into a clear sky. "It was like a second sun," said reindeer herder Nils Blind.
""")

# --- sentencings: one court, six weeks apart -----------------------------------------
add("sentence-oduya-wire", "Example Finance Wire", "2025-09-16", "Crypto lender founder Oduya jailed for 14 years", "sentence-oduya", """
NEW YORK - Marcus Oduya, founder of the collapsed crypto lender Vaultline, was sentenced to 14 years in prison on Tuesday for defrauding customers of $1.8 billion, in Manhattan federal court.
U.S. District Judge Ellen Park said Oduya had shown "no real remorse". He plans to appeal.
""")
add("sentence-oduya-paper", "Example Business Paper", "2025-09-17", "Vaultline victims speak in court before Oduya sentence", "sentence-oduya", """
"I lost my daughter's college fund," retired teacher Debra Lang told the court before Judge Ellen Park sentenced Marcus Oduya on Tuesday.
Prosecutors had asked for 25 years. The defence had argued for five, saying Oduya had meant to repay depositors.
""")
add("sentence-reyes-wire", "Example Finance Wire", "2025-10-28", "Vaultline finance chief Reyes gets three years", "sentence-reyes", """
NEW YORK - Vaultline's former chief financial officer, Sofia Reyes, was sentenced to three years in prison on Tuesday after testifying against the firm's founder, Marcus Oduya, who received 14 years in September.
Judge Ellen Park said Reyes's cooperation had been "extraordinary".
""")
add("sentence-reyes-blog", "Example Legal Blog", "2025-10-29", "Reyes sentence shows what cooperation buys", "sentence-reyes", """
Three years. That is what Sofia Reyes got yesterday in Manhattan, against a guideline range of more than 20, for turning on her old boss. Judge Park made clear she was rewarding the testimony that convicted him.
""")

# --- jailbreaks: no publication dates, two parishes ----------------------------------
add("jail-orleans-wire", "Example Wire", "", "Ten inmates escape New Orleans jail", "jail-orleans", """
NEW ORLEANS - Ten inmates escaped from the Orleans Justice Center early on Friday, May 16, by pulling a toilet from a cell wall and squeezing through the hole, Sheriff Dana Crowe said. Two were caught within hours.
""")
add("jail-orleans-tv", "Example Louisiana TV", "", "Sheriff under fire as manhunt for escaped inmates goes on", "jail-orleans", """
Eight inmates who broke out of the Orleans Justice Center through a hole behind a toilet were still at large on Saturday, and the state attorney general demanded the sheriff's resignation.
"Somebody helped them," Attorney General Lewis Grant said. The FBI joined the search.
""")
add("jail-lafayette-wire", "Example Wire", "", "Three inmates escape Lafayette jail during transfer", "jail-lafayette", """
LAFAYETTE, La. - Three inmates escaped from the Lafayette Parish Correctional Center on Thursday, May 29, overpowering a guard as they were being moved to a van, police said.
""")
add("jail-lafayette-paper", "Example Acadiana Paper", "", "Escaped Lafayette inmate caught hiding in sugarcane field", "jail-lafayette", """
One of the three men who broke out of the Lafayette Parish jail was found hiding in a sugarcane field near Broussard, deputies said. The guard who was attacked was treated for a head wound and released.
""")

# --- mountain rescues: one country, a week apart ----------------------------------------
add("rescue-cairn-bbc", "Example British Broadcaster", "2025-01-20", "Two walkers found alive after two nights in Cairngorms", "rescue-cairngorms", """
Two walkers missing for two nights in the Cairngorms have been found alive, Police Scotland said on Monday.
The men, aged 24 and 27, were spotted by a coastguard helicopter near the Shelter Stone below Cairn Gorm and flown to Raigmore Hospital in Inverness with hypothermia.
""")
add("rescue-cairn-local", "Example Highland Paper", "2025-01-21", "'They did everything right,' says mountain rescue leader", "rescue-cairngorms", """
"They dug a snow hole and stayed put, and that saved their lives," said Calum Fraser of Cairngorm Mountain Rescue Team, whose volunteers searched in winds of 90 mph over the weekend.
The two walkers, from Glasgow, had set out on Saturday morning.
""")
add("rescue-nevis-wire", "Example British Wire", "2025-01-27", "Climber dies, partner rescued on Ben Nevis", "rescue-ben-nevis", """
A climber died and his partner was rescued after they fell on the north face of Ben Nevis on Sunday, Police Scotland said, a week after two walkers were found alive in the Cairngorms.
Lochaber Mountain Rescue Team reached the injured woman after dark.
""")
add("rescue-nevis-local", "Example Highland Paper", "2025-01-28", "Ben Nevis victim named as experienced climber from Fort William", "rescue-ben-nevis", """
The climber who died on Ben Nevis on Sunday has been named as Euan MacLeod, 38, a joiner from Fort William. His climbing partner, who suffered a broken leg, remained in the Belford Hospital on Tuesday.
""")

# --- tennis: one player's two titles a year apart -------------------------------------------
add("tennis2024-wire", "Example Sports Wire", "2024-01-27", "Poland's Zofia Nowak wins first Australian Open title", "tennis-nowak-2024", """
MELBOURNE - Poland's Zofia Nowak won her first Grand Slam title on Saturday, beating American Jade Carter 6-4 7-5 in the Australian Open final at Rod Laver Arena.
""")
add("tennis2024-paper", "Example Polish Paper", "2024-01-28", "Nowak comes home a champion", "tennis-nowak-2024", """
Thousands of fans waited at Warsaw airport on Sunday night to greet Zofia Nowak, the 21-year-old from Lodz who beat Jade Carter in Melbourne for her first major title.
""")
add("tennis2025-wire", "Example Sports Wire", "2025-01-25", "Nowak defends Australian Open crown", "tennis-nowak-2025", """
MELBOURNE - Zofia Nowak defended her Australian Open title on Saturday, beating Japan's Emi Sato 3-6 6-2 6-1 in the final, a year after winning her first major at Melbourne Park.
""")
add("tennis2025-sports", "Example Sports Site", "2025-01-25", "Sato falls short as Nowak storms back", "tennis-nowak-2025", """
Emi Sato was a set and a break up in the first Grand Slam final of her career. Then Zofia Nowak won 12 of the last 15 games. "I told myself it was still a long match," Nowak said.
""")
add("tennis2025-blog", "Example Tennis Blog", "2025-01-27", "Three things we learned from Nowak's second Melbourne title", "tennis-nowak-2025", """
Zofia Nowak is now the first woman since 2013 to win back-to-back titles in Melbourne, and she did it against the hardest-hitting player in the draw.
""")

# --- gas explosions: one country, six days apart -----------------------------------------------
add("gas-lyon-wire", "Example Europe Wire", "2025-01-08", "Gas explosion destroys apartment building in Lyon, three dead", "gas-lyon", """
LYON, France, Jan 8 - A gas explosion destroyed a four-storey apartment building in Lyon's 8th arrondissement early on Wednesday, killing three people and injuring 14, the prefecture said. Firefighters were searching the rubble for two missing residents.
""")
add("gas-lyon-paper", "Example French Paper", "2025-01-09", "Lyon blast: residents had reported smell of gas", "gas-lyon", """
Residents of the building on Rue Marius Berliet told reporters that they had smelled gas the evening before the explosion. The two missing people were found dead on Thursday, bringing the toll to five. Prosecutors opened an investigation for manslaughter.
""")
add("gas-marseille-wire", "Example Europe Wire", "2025-01-14", "Explosion rips through Marseille restaurant", "gas-marseille", """
MARSEILLE, France, Jan 14 - A suspected gas explosion wrecked a restaurant near the Old Port of Marseille on Tuesday evening, injuring eight people, two of them seriously, firefighters said.
The blast came six days after a gas explosion killed five people in Lyon.
""")
add("gas-marseille-local", "Example Provence Paper", "2025-01-15", "Old Port restaurant owner 'devastated'", "gas-marseille", """
"Ten minutes later my whole staff would have been in the kitchen," said Karim Benali, owner of Le Vieux Quai, whose restaurant was destroyed on Tuesday night. A gas bottle in the kitchen is suspected.
""")

# --- bus crashes: one country, five days apart ---------------------------------------------------
add("bus-arequipa-wire", "Example Americas Wire", "2025-11-03", "Bus plunges off road in southern Peru, killing 24", "bus-arequipa", """
LIMA, Nov 3 - A bus carrying 48 passengers fell about 200 metres into a ravine on the Panamericana Sur highway in Peru's Arequipa region early on Monday, killing 24 people, police said.
The bus was travelling from Chala to Arequipa.
""")
add("bus-arequipa-paper", "Example Lima Paper", "2025-11-04", "Driver of Arequipa bus had slept four hours, company says", "bus-arequipa", """
The driver of the bus that crashed near Ocona on Monday had been at the wheel for seven hours after four hours' rest, the operator Transportes Sol del Sur said on Tuesday. The death toll rose to 26.
""")
add("bus-ayacucho-wire", "Example Americas Wire", "2025-11-08", "Eight dead as bus overturns in Peru's Andes", "bus-ayacucho", """
LIMA, Nov 8 - Eight people were killed when a bus overturned on a mountain road in Ayacucho on Saturday, days after 26 died in a crash in Arequipa.
""")
add("bus-ayacucho-radio", "Example Peru Radio", "2025-11-09", "Huanta mourns victims of Saturday's bus crash", "bus-ayacucho", """
Families in Huanta on Sunday buried six of the eight people killed when the bus they were travelling in overturned on the Los Libertadores road. "The brakes failed on the curve," a surviving passenger told our reporter from his hospital bed.
""")

# --- stock-market listings: two companies, the same week --------------------------------------------
add("ipo-fernway-wire", "Example Finance Wire", "2025-09-10", "Fernway shares jump 40% in Nasdaq debut", "ipo-fernway", """
NEW YORK - Shares of payroll software maker Fernway rose 40 percent in their Nasdaq debut on Wednesday, valuing the company at about $9 billion after it raised $700 million in its initial public offering.
""")
add("ipo-fernway-paper", "Example Business Paper", "2025-09-11", "Fernway's founders ring the bell, and get rich", "ipo-fernway", """
Fernway's co-founders, Priya Menon and Jakob Lind, rang the opening bell on Wednesday as their company went public, a stake now worth $2 billion. "It's day one," Menon told staff.
""")
add("ipo-quillo-wire", "Example Finance Wire", "2025-09-12", "Meal-kit firm Quillo prices IPO below range, shares slide", "ipo-quillo", """
NEW YORK - Meal-kit company Quillo fell 12 percent on its first day of trading on Friday after pricing its initial public offering below the expected range, two days after Fernway's strong Nasdaq debut.
""")
add("ipo-quillo-blog", "Example Investing Blog", "2025-09-13", "Why Quillo flopped and Fernway flew", "ipo-quillo", """
The market told Quillo what it thinks of meal kits on Friday: the stock closed at $15.80 against an offer price of $18. Investors want profits, and Quillo has never made one.
""")

# --- oil spills: two countries, a week apart ----------------------------------------------------------
add("spill-talara-wire", "Example Americas Wire", "2025-12-26", "Oil spill fouls beaches in northern Peru", "spill-talara", """
LIMA, Dec 26 - Crude oil from a ruptured undersea pipeline at a refinery terminal in Talara, in Peru's Piura region, has polluted about 20 km of beaches, the environment ministry said on Friday, and fishing was suspended along the coast.
""")
add("spill-talara-ngo", "Example Environmental Group", "2025-12-29", "Talara spill: pelicans and sea lions coated in oil", "spill-talara", """
Our volunteers on the beaches south of Talara have counted more than 60 oiled birds since the spill on Thursday. "The fishermen here live from the sea, and now they cannot go out," said our coordinator, Lucia Ramos.
""")
add("spill-esmeraldas-wire", "Example Americas Wire", "2026-01-03", "Ecuador declares emergency after pipeline spill in Esmeraldas", "spill-esmeraldas", """
QUITO, Jan 3 - Ecuador declared an environmental emergency in Esmeraldas province on Saturday after a landslide ruptured an oil pipeline and crude flowed into the Esmeraldas river, cutting drinking water to 400,000 people.
""")
add("spill-esmeraldas-paper", "Example Quito Paper", "2026-01-05", "Esmeraldas without tap water for third day", "spill-esmeraldas", """
Tanker trucks lined up in Esmeraldas on Monday as the city went a third day without running water after the pipeline rupture upstream. The state oil company said it had contained the leak.
""")

# --- shark attacks: one state, a week apart ------------------------------------------------------------
add("shark-littlebay-wire", "Example Australia Wire", "2025-02-03", "Swimmer killed by shark at Sydney's Little Bay", "shark-little-bay", """
SYDNEY, Feb 3 - A man was killed by a shark while swimming at Little Bay in Sydney's south-east on Monday, police said. Beaches from Bondi to Cronulla were closed.
""")
add("shark-littlebay-local", "Example Sydney Paper", "2025-02-04", "Little Bay victim was a swimming instructor", "shark-little-bay", """
The man killed by a great white shark at Little Bay on Monday was Daniel Sousa, 35, a swimming instructor who swam at the beach every morning, his family said.
"He knew that water better than anyone," said his brother, Mateus.
""")
add("shark-ballina-wire", "Example Australia Wire", "2025-02-10", "Surfer bitten by shark off Ballina", "shark-ballina", """
BALLINA, Australia, Feb 10 - A surfer was taken to hospital with leg injuries after being bitten by a shark at Lighthouse Beach in Ballina, on the New South Wales north coast, on Monday, a week after a fatal attack in Sydney.
""")
add("shark-ballina-tv", "Example Australia TV", "2025-02-11", "'I punched it on the nose': Ballina surfer speaks", "shark-ballina", """
"I felt it grab my leg and I just punched it as hard as I could," said Jack Meyers, 22, from his bed at Lismore Base Hospital, a day after he was attacked at Lighthouse Beach. Surf lifesavers put a tourniquet on his thigh.
""")

# --- record auction sales: one city, two days apart ------------------------------------------------------
add("auction-christies-wire", "Example Wire", "2025-05-14", "Monet haystack painting sells for record $148 million", "auction-christies", """
NEW YORK - A painting from Claude Monet's haystacks series sold for $148 million at Christie's in New York on Tuesday evening, a record for the artist, the auction house said. The buyer was not named.
""")
add("auction-christies-art", "Example Art Site", "2025-05-14", "Twelve minutes of bidding: inside the Monet sale", "auction-christies", """
Four bidders chased the Monet at Rockefeller Center last night before an unnamed buyer on the phone took it at $148 million with fees.
""")
add("auction-sothebys-wire", "Example Wire", "2025-05-16", "Basquiat work fetches $96 million at Sotheby's", "auction-sothebys", """
NEW YORK - A 1982 painting by Jean-Michel Basquiat sold for $96 million at Sotheby's in New York on Thursday, two days after a Monet set a record at Christie's.
""")
add("auction-sothebys-art", "Example Art Site", "2025-05-17", "Sotheby's Basquiat falls short of its record", "auction-sothebys", """
The Basquiat sold at Sotheby's on Thursday night came close to the artist's record, but the room was quieter than at Christie's on Tuesday. "Buyers are choosing carefully," said dealer Martin Kohl.
""")
add("auction-sothebys-paper", "Example New York Paper", "2025-05-18", "Who paid $96 million for the Basquiat?", "auction-sothebys", """
The buyer of the Basquiat painting auctioned at Sotheby's on Thursday was a Japanese collector, Kenji Arata, people familiar with the sale said.
""")

# --- mass food poisoning: one state, three days apart -----------------------------------------------------
add("poison-nanded-wire", "Example Asia Wire", "2025-06-02", "More than 200 fall ill after wedding feast in India", "poison-nanded", """
MUMBAI, June 2 - More than 200 guests at a wedding in a village in Maharashtra's Nanded district fell ill with food poisoning on Sunday night after eating a sweet dish, and 40 were admitted to hospital, officials said.
""")
add("poison-nanded-paper", "Example Indian Paper", "2025-06-03", "Nanded wedding guests recovering, samples sent for testing", "poison-nanded", """
Most of the wedding guests who fell ill at Loha in Nanded district have been discharged, the district health officer said on Tuesday. Samples of the milk used for the basundi were sent to a laboratory in Aurangabad.
""")
add("poison-beed-wire", "Example Asia Wire", "2025-06-05", "Dozens of children sick after school midday meal in India", "poison-beed", """
MUMBAI, June 5 - Sixty-three children fell ill after eating a midday meal at a government school in Maharashtra's Beed district on Thursday, officials said, days after a mass food poisoning at a wedding in Nanded.
""")
add("poison-beed-tv", "Example Indian TV", "2025-06-06", "Lizard found in school meal pot, parents say", "poison-beed", """
"My daughter came home vomiting and crying," said Sunita Jadhav, whose eight-year-old was among the pupils taken to the hospital in Ambajogai. Parents said a lizard had been found in the pot of khichdi. The cook was suspended.
""")

# --- singletons --------------------------------------------------------------------------------------------
add("single-library", "Example Local Paper", "2025-04-03", "New central library opens in Aarhus suburb", "single-library", """
A new public library with a rooftop reading garden opened in the Aarhus suburb of Brabrand on Thursday, the city council said.
""")
add("single-scooter", "Example European Outlet", "2025-08-29", "Madrid bans rental e-scooters", "single-scooter", """
Madrid's city council voted on Friday to ban rental electric scooters from its streets from January, citing safety complaints.
""")
add("single-whale", "Example Science Site", "2025-10-07", "Rare beaked whale filmed off New Zealand", "single-whale", """
Marine biologists have filmed a living spade-toothed whale for the first time, off the coast of New Zealand's South Island, the University of Otago said on Tuesday.
""")
add("single-budget", "Example Finance Wire", "2025-03-26", "Kenya unveils budget with higher fuel levy", "single-budget", """
NAIROBI - Kenya's treasury proposed raising the fuel levy and cutting spending on roads in its budget for the next fiscal year, presented to parliament on Wednesday.
""")
add("single-festival", "Example Music Site", "2025-06-30", "Roskilde festival closes with record crowd", "single-festival", """
The Roskilde Festival in Denmark closed on Sunday after eight days with a record 135,000 visitors, organisers said.
""")
add("single-strike", "Example Wire", "2025-02-06", "Finnish port workers strike over pay", "single-strike", """
HELSINKI - Dockworkers at Finland's main ports walked out on Thursday in a 48-hour strike over pay, halting container traffic at Helsinki and Kotka.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
