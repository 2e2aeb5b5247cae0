"""Writes events2.jsonl: the second battery of invented reports of ordinary
news events for the incident-grouping test (TestEventProbes2 in
internal/fuse; `parallax eval incidents --data testdata/clusters/events2.jsonl`).

Every person, company, product, flight and figure is invented; states, towns,
clubs, institutions and awards are real. The expected grouping (the
"incident" labels) was written before parallax ran on the file.

Eighteen topics, none of them in events.jsonl, each holding TWO distinct
events of one kind (sister events) told by two to four reports from
different outlets (wire, tabloid, local paper, trade site, blog), with
different headlines and lengths, published the same day to a week later
("Monday's runway excursion", "last week's quake"). The hard cases: sisters
in the same country or city days apart (two Cardinal Air incidents, two
Texas shootings, two Miami arrests, two Bayern signings, two Premier League
sackings, two Belgian museum thefts), or a year apart with the same
participants (a singer's two rehab stays, two Grammy ceremonies, two
Chilean quakes), sisters whose participants are people, companies or teams,
sisters told apart by their numbers (magnitude 6.1 against 7.0, three
killed against six), later reports that recall the sister event in a
sentence, and one undated topic (floods in Brazil) where one report of each
event dates it in its text. Six singletons on unrelated subjects close the
file.

Usage: python3 testdata/clusters/make_events2.py > testdata/clusters/events2.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- plane incidents: one airline, one country, eight days apart -----------
add("plane-halifax-wire", "Example Wire", "2025-01-13", "Cardinal Air jet skids off runway in Halifax", "plane-halifax", """
HALIFAX, Nova Scotia, Jan 13 - A Cardinal Air jet carrying 74 passengers skidded off a snow-covered runway at Halifax Stanfield International Airport on Monday after landing from Toronto, the airline said. Four people suffered minor injuries.
Flight 512 came to rest in deep snow about 40 metres from the runway's edge, and passengers were taken to the terminal by bus. The Transportation Safety Board of Canada said it was sending investigators.
""")
add("plane-halifax-local", "Example Nova Scotia Paper", "2025-01-14", "Passengers describe 'terrifying' slide at Stanfield", "plane-halifax", """
Passengers on the Cardinal Air flight that slid off the runway at Stanfield on Monday evening said the plane shook violently before tipping into a snowbank.
"We could see nothing but white out the window," said Dartmouth nurse Helen Gaudet, who was returning from a conference in Toronto. The airport reopened its main runway on Tuesday morning after crews towed the aircraft away.
""")
add("plane-halifax-blog", "Example Aviation Blog", "2025-01-17", "What we know about Monday's Cardinal Air runway excursion", "plane-halifax", """
Early data from Monday's runway excursion in Halifax suggest that Cardinal Air flight 512 touched down well past the usual point on a runway that had been ploughed less than an hour before. The TSB has recovered both flight recorders from the Embraer 195.
Braking reports from earlier arrivals described the runway as "medium to poor". Four of the 74 passengers were treated for minor injuries.
""")
add("plane-winnipeg-wire", "Example Wire", "2025-01-21", "Cardinal Air flight returns to Winnipeg after engine fire", "plane-winnipeg", """
WINNIPEG, Manitoba, Jan 21 - A Cardinal Air flight bound for Vancouver returned to Winnipeg's airport on Tuesday after one of its engines caught fire shortly after take-off, and its 112 passengers were evacuated down emergency slides, the airline said.
Nine people were treated for minor injuries suffered on the slides. Flight 208 was in the air for 17 minutes.
""")
add("plane-winnipeg-blog", "Example Aviation Blog", "2025-01-22", "Cardinal Air's second bad week: engine fire over Winnipeg", "plane-winnipeg", """
Eight days after one of its jets slid off the runway in Halifax, Cardinal Air had another incident on Tuesday: flight 208, an Airbus A220, shut down its left engine after a fire warning on climb out of Winnipeg and landed back on runway 36.
Airport firefighters put out the fire on the ground. The carrier says the two events are unrelated. Transport Canada has asked the airline for its engine maintenance records.
""")
add("plane-winnipeg-tabloid", "Example Celebrity Blog", "2025-01-24", "'I thought we were going to die': Winnipeg jet passenger speaks", "plane-winnipeg", """
A mother of two who slid down the emergency chute of the burning Cardinal Air plane in Winnipeg this week says she will never fly again.
Marlee Dufresne, 38, said smoke filled the cabin within seconds of the bang. "People were screaming and climbing over seats," she said.
""")

# --- earthquakes: one country, a year apart, magnitudes 6.1 and 7.0 ---------
add("quake-coquimbo-wire", "Example Americas Wire", "2024-06-10", "Magnitude 6.1 quake kills three in northern Chile", "quake-coquimbo", """
SANTIAGO, June 10 - A magnitude 6.1 earthquake struck Chile's Coquimbo region on Monday, killing three people and knocking out power to thousands of homes in La Serena and Coquimbo, the disaster agency Senapred said.
The quake was centred 30 km south of Coquimbo at a depth of 45 km. The navy said there was no risk of a tsunami.
""")
add("quake-coquimbo-paper", "Example Santiago Paper", "2024-06-11", "Coquimbo counts the cost of Monday's tremor", "quake-coquimbo", """
Adobe houses in the old centre of Coquimbo bore the worst of Monday's earthquake, which killed three people, two of them an elderly couple whose roof fell in.
Regional governor Paula Ibarra said 240 homes were uninhabitable. Schools in La Serena stayed closed on Tuesday.
""")
add("quake-antofagasta-wire", "Example Americas Wire", "2025-06-12", "Magnitude 7.0 earthquake hits Chile's north, tsunami alert lifted", "quake-antofagasta", """
SANTIAGO, June 12 - A powerful magnitude 7.0 earthquake struck off the coast of northern Chile on Thursday, killing at least five people in the city of Antofagasta and prompting the evacuation of coastal areas, the disaster agency Senapred said.
The tsunami warning was lifted two hours later. The quake was centred 60 km west of Antofagasta at a depth of 28 km.
""")
add("quake-antofagasta-outlet", "Example Europe Outlet", "2025-06-13", "Copper mines halt work after Antofagasta quake", "quake-antofagasta", """
Several copper mines in the Antofagasta region suspended work on Friday to inspect their installations after Thursday's earthquake, which killed five people.
The port of Mejillones was also closed. President Gabriel Boric flew to the region and declared a zone of catastrophe.
""")
add("quake-antofagasta-later", "Example Santiago Paper", "2025-06-18", "A week on, Antofagasta families still sleep outdoors", "quake-antofagasta", """
Six days after last week's magnitude 7.0 quake, hundreds of families in the hills above Antofagasta are still sleeping in tents, afraid to return to cracked houses.
The death toll rose to six on Tuesday. It was the strongest earthquake in Chile since a magnitude 6.1 tremor killed three people in Coquimbo a year ago.
""")

# --- shootings: one state, a week apart, three killed and six killed -----
add("shoot-lubbock-wire", "Example Wire", "2025-04-12", "Three killed in shooting at Lubbock bar", "shoot-lubbock", """
LUBBOCK, Texas - A man opened fire inside a crowded bar near Texas Tech University early Saturday, killing three people and wounding five, police said. The suspect was arrested in the parking lot.
Police identified him as Travis Holm, 29, who had been thrown out of the bar an hour earlier after an argument.
""")
add("shoot-lubbock-local", "Example Texas Paper", "2025-04-13", "Lubbock mourns three killed at Broadway bar", "shoot-lubbock", """
Two of the three people killed at the Red Lantern bar on Broadway early Saturday were students, Texas Tech said on Sunday. Five wounded patrons were still in University Medical Center.
Travis Holm was charged with three counts of murder and held on a bond of $3 million.
""")
add("shoot-houston-wire", "Example Wire", "2025-04-19", "Six killed as gunfire erupts at Houston music festival", "shoot-houston", """
HOUSTON - Two gunmen opened fire at an outdoor music festival in Houston's Third Ward on Saturday evening, killing six people and wounding 21, Police Chief Lena Morales said.
Thousands of festivalgoers ran for cover as shots rang out near the main stage at Emancipation Park. Police were searching for both suspects.
""")
add("shoot-houston-national", "Example National Outlet", "2025-04-20", "Police arrest teenager after Houston festival shooting", "shoot-houston", """
Houston police on Sunday arrested a 17-year-old in connection with the shooting at a Third Ward music festival that killed six people, and said a second suspect was still at large.
Investigators believe the shooting began as a fight between two groups. Of the 21 wounded, four were in critical condition.
""")
add("shoot-houston-later", "Example Texas Paper", "2025-04-24", "Festival shooting reopens gun debate in Austin", "shoot-houston", """
Last weekend's shooting at a Houston music festival, in which six people died, has pushed gun safety back onto the agenda of the Texas legislature, a week after three people were killed at a Lubbock bar.
Democratic lawmakers called for a hearing on Thursday. Houston police said they had identified the second gunman.
""")

# --- arrests: one city, three days apart ---------------------------------
add("arrest-ferro-tabloid", "Example Entertainment Site", "2025-03-17", "Reality star Bianca Ferro arrested at Miami airport", "arrest-ferro", """
Reality TV star Bianca Ferro was arrested at Miami International Airport on Monday as she got off a flight from Milan, on charges of failing to pay nearly $2 million in taxes.
The 36-year-old, who stars in "Palm Island Wives", was taken to a federal detention centre in downtown Miami.
""")
add("arrest-ferro-wire", "Example Wire", "2025-03-18", "TV personality Ferro charged with tax evasion", "arrest-ferro", """
MIAMI - Bianca Ferro, star of a popular reality show, appeared before a federal magistrate on Tuesday on six counts of tax evasion, a day after her arrest at the airport.
Prosecutors say she hid income from endorsements in accounts in Switzerland. She was released on a $500,000 bond and surrendered her passport.
""")
add("arrest-okafor-sports", "Example Sports Site", "2025-03-20", "Heat guard Jalen Okafor arrested after nightclub fight", "arrest-okafor", """
Miami Heat guard Jalen Okafor was arrested early Thursday and charged with battery after a fight at a South Beach nightclub, Miami Beach police said.
A bouncer told officers that Okafor, 25, punched him when he was asked to leave. The Heat said they were aware of the incident.
""")
add("arrest-okafor-local", "Example Florida Paper", "2025-03-21", "Okafor released, Heat suspend guard for two games", "arrest-okafor", """
Jalen Okafor was released from the Miami-Dade jail on Thursday afternoon after posting bond, and the Heat suspended him for two games without pay on Friday.
His lawyer said the player had acted in self-defence and that video from the club on Collins Avenue would clear him.
""")
add("arrest-okafor-tabloid", "Example Celebrity Blog", "2025-03-22", "Inside Jalen Okafor's wild night on Collins Avenue", "arrest-okafor", """
Jalen Okafor had been partying for hours with friends before the scuffle that ended with the basketball star in handcuffs, witnesses tell us.
One club-goer said the trouble started over a table. Okafor was booked on one count of battery.
""")

# --- rehab: the same singer, a year apart -----------------------------------
add("rehab2024-tabloid", "Example Entertainment Site", "2024-06-19", "Corinne Vale enters rehab in Utah", "rehab-vale-2024", """
Country singer Corinne Vale has checked into a treatment centre in Utah for alcohol abuse, her publicist confirmed on Wednesday.
The 31-year-old cancelled three summer festival dates. "Corinne is grateful for the love of her fans," the statement said.
""")
add("rehab2024-music", "Example Music Site", "2024-06-20", "Vale pulls out of festivals to seek treatment", "rehab-vale-2024", """
Corinne Vale will miss her headline slots at three festivals this summer after entering a rehab programme near Park City, organisers said on Thursday. Her label said the singer expected to complete a 30-day programme.
""")
add("rehab2025-tabloid", "Example Entertainment Site", "2025-06-23", "Corinne Vale back in rehab after Las Vegas collapse", "rehab-vale-2025", """
Corinne Vale has entered a clinic in Malibu for treatment of an addiction to prescription painkillers, two days after she collapsed on stage in Las Vegas, her representative said on Monday.
The singer was taken to hospital on Saturday midway through a concert at the Colosseum.
""")
add("rehab2025-wire", "Example Wire", "2025-06-24", "Country star Vale cancels residency, enters treatment", "rehab-vale-2025", """
LOS ANGELES - Country singer Corinne Vale has cancelled the remaining 18 shows of her Las Vegas residency and entered a treatment facility in California, her management said on Tuesday.
Vale, 32, collapsed on stage on Saturday. Ticket holders will be refunded.
""")
add("rehab2025-blog", "Example Celebrity Blog", "2025-06-27", "Corinne Vale's second rehab stay in a year: what went wrong", "rehab-vale-2025", """
This week's news that Corinne Vale is in a Malibu clinic is her second stay in rehab in a year. Last June the singer spent 30 days at a Utah facility for alcohol abuse, and she told interviewers in the autumn that she was sober.
Friends say the pressure of the Las Vegas residency and a back injury led her to painkillers.
""")

# --- signings: one club, eight days apart --------------------------------
add("sign-aasen-wire", "Example Sports Wire", "2025-07-07", "Bayern sign Salzburg defender Aasen", "sign-aasen", """
Bayern Munich have signed Norwegian centre back Sindre Aasen from Red Bull Salzburg for 30 million euros, the German champions said on Monday. The 21-year-old signed a five-year contract after passing a medical in Munich.
""")
add("sign-aasen-paper", "Example Munich Paper", "2025-07-08", "Aasen the first piece of Bayern's new defence", "sign-aasen", """
Sindre Aasen, presented at Saebener Strasse on Tuesday, is meant to replace the departed Dayot Upamecano, sporting director Max Eberl said.
The Norwegian said he had grown up watching Bayern. Salzburg keep a 10 percent sell-on clause.
""")
add("sign-mori-wire", "Example Sports Wire", "2025-07-15", "Bayern land Freiburg winger Mori for 42 million", "sign-mori", """
Bayern Munich signed Japanese winger Kaito Mori from Freiburg on Tuesday for a fee of 42 million euros, their second major signing of the summer after defender Sindre Aasen.
Mori, 24, scored 11 goals and made 9 assists in the Bundesliga last season. He has agreed a contract until 2030.
""")
add("sign-mori-blog", "Example Football Blog", "2025-07-16", "Why Kaito Mori is the winger Bayern needed", "sign-mori", """
Kaito Mori's pace down the right made him Freiburg's most dangerous player, and Bayern paid a club record for a Freiburg sale to get him.
Expect him to start the opening game against Leipzig.
""")
add("sign-mori-paper", "Example Freiburg Paper", "2025-07-16", "Freiburg cash in on Mori", "sign-mori", """
SC Freiburg confirmed on Wednesday that they had sold Kaito Mori to Bayern, a day after the Munich club announced the deal. The money will be spent on two forwards, coach Julian Schuster said.
""")

# --- awards: one ceremony, a year apart ---------------------------------
add("grammy2024-wire", "Example Wire", "2024-02-05", "Noa Reyes wins album of the year at Grammys", "grammy-2024", """
LOS ANGELES, Feb 4 - Singer-songwriter Noa Reyes won album of the year at the Grammy Awards on Sunday for "Blue Hour", capping a night in which she took home four trophies at the Crypto.com Arena.
Rapper Dex Kamara won best new artist. The show was hosted by comedian Trevor Noah for the fourth year.
""")
add("grammy2024-music", "Example Music Site", "2024-02-05", "Grammys 2024: Reyes sweeps, Kamara breaks through", "grammy-2024", """
Noa Reyes's "Blue Hour" took album of the year in Los Angeles on Sunday night, and Dex Kamara beat five rivals to best new artist. Reyes thanked her grandmother in Spanish from the stage.
""")
add("grammy2025-wire", "Example Wire", "2025-02-03", "Band Hollow Pines take album of the year at Grammys", "grammy-2025", """
LOS ANGELES, Feb 2 - Indie band Hollow Pines won album of the year at the Grammy Awards on Sunday for "Salt Roads", while singer Ivy Marchetti took song of the year, at a ceremony that raised money for victims of the Los Angeles wildfires.
The awards were presented at the Crypto.com Arena. Noa Reyes, last year's big winner, performed with Marchetti.
""")
add("grammy2025-tabloid", "Example Entertainment Site", "2025-02-03", "The best and worst looks from the 2025 Grammys red carpet", "grammy-2025", """
From Ivy Marchetti's gold gown to the matching suits of Hollow Pines, the stars brought glamour to Sunday's Grammy Awards in Los Angeles. Host Trevor Noah wore a velvet jacket.
""")
add("grammy2025-paper", "Example Los Angeles Paper", "2025-02-04", "Grammys raise $9 million for fire relief", "grammy-2025", """
Sunday's Grammy Awards raised more than $9 million for families who lost homes in last month's wildfires, the Recording Academy said on Monday. Album of the year went to Hollow Pines.
""")

# --- product launches: one company, five weeks apart ----------------------
add("launch-band-wire", "Example Tech Wire", "2025-09-09", "Lumio unveils Band 3 smartwatch with blood pressure alerts", "launch-band", """
AUSTIN, Texas - Wearables maker Lumio unveiled its Band 3 smartwatch at an event in Austin on Tuesday, adding blood pressure alerts that the company says are cleared by U.S. regulators.
Chief executive Dana Whitlock said the watch would cost $349 and go on sale on September 19.
""")
add("launch-band-blog", "Example Gadget Blog", "2025-09-10", "Lumio Band 3 hands-on: the blood pressure watch", "launch-band", """
We tried the Lumio Band 3 after Tuesday's launch. The new sensor takes a reading in 30 seconds, and the battery is rated for six days. At $349 it costs $50 more than the Band 2.
""")
add("launch-page-wire", "Example Tech Wire", "2025-10-15", "Lumio moves into e-readers with the Page", "launch-page", """
AUSTIN, Texas - Lumio, best known for its smartwatches, launched its first e-reader on Wednesday, the Lumio Page, with a colour screen and a price of $179, taking on Amazon's Kindle.
Chief executive Dana Whitlock said the Page would ship in November in the United States and Britain.
""")
add("launch-page-blog", "Example Gadget Blog", "2025-10-16", "Lumio Page first look: colour e-ink for $179", "launch-page", """
The Lumio Page, announced on Wednesday, has a 7-inch colour e-ink display and weighs 180 grams. Lumio says the battery lasts five weeks.
""")
add("launch-page-paper", "Example Texas Paper", "2025-10-18", "Austin's Lumio bets on books", "launch-page", """
Five weeks after launching its Band 3 watch, Austin-based Lumio is betting that readers will pay for colour. The company's new e-reader, the Page, goes on sale in November.
Whitlock said the company would hire 200 people at its Austin headquarters next year.
""")

# --- layoffs: two firms, one week ------------------------------------------
add("layoff-vantrix-wire", "Example Finance Wire", "2025-11-04", "Vantrix to cut 1,200 jobs as cloud growth slows", "layoff-vantrix", """
Seattle-based software company Vantrix said on Tuesday it would cut 1,200 jobs, about 8 percent of its workforce, as growth in its cloud business slowed. Chief executive Owen Prescott said most cuts would fall in sales and marketing.
""")
add("layoff-vantrix-paper", "Example Seattle Paper", "2025-11-05", "Vantrix layoffs hit Bellevue campus", "layoff-vantrix", """
About 500 of the 1,200 jobs Vantrix is cutting are at its Bellevue campus, the company told state officials on Wednesday. Employees will get 16 weeks of severance pay.
""")
add("layoff-orbel-wire", "Example Finance Wire", "2025-11-06", "Orbel Software cuts 400 jobs in Dublin", "layoff-orbel", """
DUBLIN - Orbel Software will cut 400 jobs at its European headquarters in Dublin, the payroll software maker said on Thursday, blaming weak demand from small businesses.
Ireland's enterprise minister said the government would help staff find new work.
""")
add("layoff-orbel-paper", "Example Irish Paper", "2025-11-07", "Orbel staff learned of job losses by email", "layoff-orbel", """
Staff at Orbel Software's office on Sir John Rogerson's Quay learned by email on Thursday morning that 400 of the 1,100 jobs there would go. Unions said the company had given no warning.
""")

# --- acquisitions: one sector, two days apart -------------------------------
add("deal-bioneva-wire", "Example Finance Wire", "2025-02-03", "Kessler Pharma to buy Bioneva for $4.2 billion", "deal-bioneva", """
NEW YORK - Kessler Pharma agreed on Monday to buy Bioneva, a biotech company developing treatments for rare liver diseases, for $4.2 billion in cash, or $38 a share.
Kessler chief executive Martin Hale said the deal would close in the second quarter. Bioneva shares jumped 61 percent.
""")
add("deal-bioneva-trade", "Example Pharma Trade Site", "2025-02-04", "Kessler's Bioneva bet: what the buyer gets", "deal-bioneva", """
Kessler's $4.2 billion takeover of Bioneva gives it a late-stage drug for primary biliary cholangitis that analysts think could sell $1 billion a year. Bioneva's 240 staff in Cambridge, Massachusetts will join Kessler's rare disease unit.
""")
add("deal-corvasc-wire", "Example Finance Wire", "2025-02-05", "Altamed agrees $1.1 billion deal for heart device maker Corvasc", "deal-corvasc", """
Medical device group Altamed said on Wednesday it would buy Corvasc, which makes implantable heart pumps, for $1.1 billion, its third acquisition in a year.
Corvasc shareholders will receive $22 a share. Altamed chief executive Sofia Brandt said the deal needed approval from regulators in the United States and Europe.
""")
add("deal-corvasc-paper", "Example Minnesota Paper", "2025-02-06", "Corvasc sale to Altamed leaves Minneapolis jobs in doubt", "deal-corvasc", """
Corvasc's 600 employees in Minneapolis do not know whether their jobs will survive the company's sale to Altamed, announced on Wednesday. Altamed already runs a heart device plant in Ireland.
""")

# --- floods (no publication dates; one report of each dates it in its text)
add("flood-portoalegre-wire", "Example Americas Wire", "", "Floods kill eight in southern Brazil", "flood-portoalegre", """
PORTO ALEGRE, Brazil - Floods caused by days of torrential rain killed eight people in Brazil's Rio Grande do Sul state on May 2, 2025, and forced 20,000 from their homes as the Guaiba river burst its banks, state officials said.
Governor Eduardo Leite asked the federal government for help.
""")
add("flood-portoalegre-paper", "Example Brazil Paper", "", "Porto Alegre streets under water as Guaiba rises", "flood-portoalegre", """
Boats replaced buses in the centre of Porto Alegre as the Guaiba river rose to its highest level in a year. Eight people died in the state and shelters were full.
""")
add("flood-recife-wire", "Example Americas Wire", "", "Floods and mudslides kill 14 in Recife", "flood-recife", """
RECIFE, Brazil - Floods and mudslides killed 14 people in and around Recife in Brazil's northeastern state of Pernambuco on May 17, 2025, after a month's rain fell in a day, officials said.
Most victims were buried when hillsides collapsed onto homes in Jaboatao dos Guararapes.
""")
add("flood-recife-paper", "Example Pernambuco Paper", "", "Jaboatao buries its dead after hillside collapse", "flood-recife", """
Families in Jaboatao dos Guararapes buried relatives killed when the hillside above their homes gave way in the rain. The toll in greater Recife stood at 14. The state government declared an emergency in 12 municipalities.
""")

# --- train derailments: one country, five days apart ------------------------
add("derail-ohio-wire", "Example Wire", "2025-03-02", "Freight train carrying chemicals derails in Ohio, town evacuated", "derail-ohio", """
LIMA, Ohio - About 30 cars of a freight train derailed near Lima in western Ohio on Sunday, and residents within a mile were told to leave after a tank car carrying vinyl chloride began to leak, officials said. No one was hurt.
The train, operated by Norfolk Southern, was travelling from Chicago to Pennsylvania.
""")
add("derail-ohio-local", "Example Ohio Paper", "2025-03-03", "Lima residents wait to return home after derailment", "derail-ohio", """
Some 2,000 residents of south Lima spent a second night in shelters on Monday as crews worked to stop a leak from a derailed tank car. The Environmental Protection Agency said air readings were normal outside the evacuation zone.
""")
add("derail-montana-wire", "Example Wire", "2025-03-07", "Amtrak train derails in Montana, three dead", "derail-montana", """
WHITEFISH, Montana - Three people were killed and 48 injured when eight cars of an Amtrak passenger train derailed near Whitefish in northwest Montana on Friday, officials said.
The Empire Builder was travelling from Chicago to Seattle with 141 passengers and 16 crew.
""")
add("derail-montana-national", "Example National Outlet", "2025-03-08", "NTSB investigators arrive at Montana derailment site", "derail-montana", """
Federal investigators began examining the track on Saturday where an Amtrak train derailed in Montana, killing three people, a week after a freight derailment forced evacuations in Ohio.
Passengers described cars rolling onto their sides in the snow.
""")
add("derail-montana-later", "Example Montana Paper", "2025-03-13", "Whitefish hospital staff recall night of the derailment", "derail-montana", """
Nurses at North Valley Hospital worked through the night after last Friday's derailment, treating 31 of the injured. The NTSB said a broken rail was being examined.
""")

# --- ferry sinkings: one country, ten days apart ---------------------------
add("ferry-bali-wire", "Example Asia Wire", "2025-07-03", "Ferry sinks in Bali Strait, four dead and dozens missing", "ferry-bali", """
JAKARTA, July 3 - A ferry carrying 65 people and 22 vehicles sank in the Bali Strait late on Wednesday shortly after leaving the port of Ketapang in East Java, killing at least four people, Indonesia's search and rescue agency said. Thirty people were missing.
""")
add("ferry-bali-outlet", "Example Indonesia Outlet", "2025-07-05", "Hope fades for Bali Strait ferry missing", "ferry-bali", """
Rescuers searching the Bali Strait found two more bodies on Saturday, raising the toll from Wednesday's sinking of the KMP Tunu Pratama to six, with 28 still missing. Survivors said the ferry listed sharply in high waves.
""")
add("ferry-ternate-wire", "Example Asia Wire", "2025-07-13", "Speedboat capsizes off Ternate, seven dead", "ferry-ternate", """
JAKARTA, July 13 - A passenger speedboat capsized in high waves off Ternate in Indonesia's North Maluku province on Sunday, killing seven people, the search and rescue agency said. Nineteen passengers were rescued.
""")
add("ferry-ternate-outlet", "Example Indonesia Outlet", "2025-07-14", "Ternate boat was overloaded, police say", "ferry-ternate", """
The speedboat that capsized off Ternate on Sunday was carrying 26 passengers, six more than allowed, North Maluku police said on Monday. The captain has been detained.
""")

# --- manager sackings: one league, one weekend ------------------------------
add("sack-westham-wire", "Example Sports Wire", "2025-10-26", "West Ham sack Lindqvist after fifth straight defeat", "sack-westham", """
West Ham United sacked manager Pieter Lindqvist on Sunday after a 3-0 home defeat by Brentford left the club in the Premier League relegation zone. The Swede had been in charge for 14 months.
""")
add("sack-westham-paper", "Example London Paper", "2025-10-27", "Lindqvist out: where it went wrong at the London Stadium", "sack-westham", """
Pieter Lindqvist's reign at West Ham ended after five defeats in a row, the last of them in front of empty seats at the London Stadium. Coach Kevin Nolan will take charge of the team against Fulham.
""")
add("sack-wolves-wire", "Example Sports Wire", "2025-10-27", "Wolves dismiss Tavares, second Premier League sacking in two days", "sack-wolves", """
Wolverhampton Wanderers dismissed head coach Rui Tavares on Monday with the club bottom of the Premier League without a win, a day after West Ham sacked Pieter Lindqvist.
Wolves lost 2-1 at Everton on Saturday. The Portuguese coach was appointed in March.
""")
add("sack-wolves-paper", "Example Midlands Paper", "2025-10-28", "Molineux waits for new boss after Tavares exit", "sack-wolves", """
Wolves are expected to name a new head coach within a week after parting with Rui Tavares. Under-21 coach James Collins will take the team to Molineux against Burnley on Saturday.
""")

# --- museum thefts: one country, eight days apart ---------------------------
add("heist-ghent-wire", "Example Europe Outlet", "2025-09-18", "Medieval manuscripts stolen from Ghent museum", "heist-ghent", """
BRUSSELS - Thieves broke into a museum in Ghent overnight and stole four illuminated manuscripts from the 14th century worth an estimated 3 million euros, Belgian police said on Thursday.
The burglars entered the STAM city museum through a skylight and disabled an alarm.
""")
add("heist-ghent-paper", "Example Flemish Paper", "2025-09-19", "STAM theft: police study camera images", "heist-ghent", """
Ghent police are studying camera images of two men seen near the STAM museum on the night four manuscripts were taken. The city's mayor called the theft a blow to Ghent's heritage.
""")
add("heist-antwerp-wire", "Example Europe Outlet", "2025-09-26", "Diamond jewellery stolen from Antwerp museum in raid", "heist-antwerp", """
BRUSSELS - Three masked men smashed display cases at the DIVA diamond museum in Antwerp on Friday morning and escaped on scooters with jewellery worth about 10 million euros, police said. It was the second museum theft in Belgium in eight days.
""")
add("heist-antwerp-paper", "Example Antwerp Paper", "2025-09-27", "DIVA raid took less than four minutes", "heist-antwerp", """
The thieves who robbed the DIVA museum on Friday were inside for less than four minutes, Antwerp police said on Saturday. A guard was slightly hurt. The museum will stay closed for a week.
""")
add("heist-antwerp-later", "Example Europe Outlet", "2025-10-02", "Belgium reviews museum security after two thefts", "heist-antwerp", """
Belgium's culture ministers ordered a review of museum security on Thursday, six days after last Friday's raid on Antwerp's diamond museum and two weeks after manuscripts were stolen in Ghent.
Police said two men had been arrested over the Antwerp robbery.
""")

# --- strikes: one country, three weeks apart -------------------------------
add("strike-doctors-wire", "Example Africa Outlet", "2025-03-03", "Kenyan doctors begin nationwide strike over pay", "strike-doctors", """
NAIROBI - Doctors in Kenya's public hospitals went on strike on Monday over unpaid wages and a delayed pay deal, leaving patients stranded at Kenyatta National Hospital and county clinics, the doctors' union said.
Union secretary general Davji Atellah said the strike would go on until the government paid.
""")
add("strike-doctors-paper", "Example Nairobi Paper", "2025-03-05", "Patients turned away as doctors' strike enters third day", "strike-doctors", """
Hospitals in Mombasa and Kisumu turned away patients on Wednesday as the doctors' strike entered its third day. Health officials said talks with the union would resume on Friday.
""")
add("strike-teachers-wire", "Example Africa Outlet", "2025-03-24", "Kenyan teachers walk out, closing schools", "strike-teachers", """
NAIROBI - Public school teachers in Kenya began a nationwide strike on Monday, closing thousands of schools, after the government failed to hire 20,000 interns on permanent terms, the teachers' union KNUT said.
""")
add("strike-teachers-paper", "Example Nairobi Paper", "2025-03-25", "Parents keep children home as KNUT strike bites", "strike-teachers", """
Classrooms in Nairobi and Nakuru stood empty on Tuesday on the second day of the teachers' strike. Education officials said the union's demands would cost 9 billion shillings.
""")

# --- cyberattacks: one country, three days apart -------------------------
add("cyber-medilink-wire", "Example Wire", "2025-06-02", "Ransomware attack disrupts London hospitals' blood tests", "cyber-medilink", """
LONDON - A ransomware attack on Medilink Diagnostics, which processes blood tests for hospitals in south London, has forced doctors to postpone operations, the National Health Service said on Monday.
A Russian-speaking criminal group claimed the attack.
""")
add("cyber-medilink-paper", "Example London Paper", "2025-06-03", "Medilink hackers demand $40 million", "cyber-medilink", """
The gang behind the attack on Medilink Diagnostics is demanding $40 million, according to a message seen by this newspaper. Guy's and St Thomas' hospitals have cancelled 800 appointments.
""")
add("cyber-harwood-wire", "Example Wire", "2025-06-05", "Retailer Harwood & Finch halts online orders after cyberattack", "cyber-harwood", """
LONDON - British department store chain Harwood & Finch suspended online orders on Thursday after a cyberattack hit its payment systems, the company said. Customer card data may have been stolen.
""")
add("cyber-harwood-blog", "Example Security Blog", "2025-06-06", "Harwood & Finch breach: the second big UK attack this week", "cyber-harwood", """
Days after the Medilink ransomware attack on London hospitals, Harwood & Finch has become the latest British target. The retailer says its stores are trading normally but its website has been down since Thursday.
""")

# --- volcanoes: one island, two days apart ---------------------------------
add("volcano-etna-wire", "Example Europe Outlet", "2025-02-16", "Etna eruption closes Catania airport", "volcano-etna", """
ROME - Mount Etna erupted on Sunday, sending a column of ash 8 km into the sky and forcing the closure of Catania airport in Sicily, Italy's volcanology institute INGV said.
Lava flowed down the volcano's uninhabited southern flank.
""")
add("volcano-etna-paper", "Example Sicily Paper", "2025-02-17", "Ash covers Catania as flights resume", "volcano-etna", """
Residents of Catania swept black ash from balconies and cars on Monday as the airport reopened after Sunday's eruption of Etna. Forty flights were cancelled.
""")
add("volcano-stromboli-wire", "Example Europe Outlet", "2025-02-18", "Stromboli eruption prompts evacuation of hikers", "volcano-stromboli", """
ROME - An explosive eruption on Stromboli, off Sicily's north coast, sent a pyroclastic flow down to the sea on Tuesday, and the civil protection agency raised the alert level to red, two days after an eruption of Etna.
About 60 hikers were brought down from the volcano's slopes. No one was hurt.
""")
add("volcano-stromboli-paper", "Example Sicily Paper", "2025-02-19", "Stromboli islanders on alert after red warning", "volcano-stromboli", """
The 500 residents of Stromboli were told on Wednesday to be ready to leave if the volcano's activity increased. Ferries from Milazzo were suspended.
""")

# --- singletons ----------------------------------------------------------------
add("single-rates", "Example Finance Wire", "2025-06-05", "European Central Bank cuts rates again", "single-rates", """
FRANKFURT - The European Central Bank cut its deposit rate by a quarter point to 2 percent on Thursday, its eighth cut in a year, as inflation in the euro zone fell below its target.
""")
add("single-marathon", "Example Sports Wire", "2025-04-21", "Kenyan runner wins Boston Marathon", "single-marathon", """
BOSTON - Kenya's Peter Kiprono won the Boston Marathon on Monday in 2 hours 5 minutes, pulling away from the leaders on Heartbreak Hill.
""")
add("single-zoo", "Example Local Paper", "2025-07-08", "Panda cub born at Berlin Zoo", "single-zoo", """
A giant panda gave birth to a cub at Berlin Zoo on Tuesday, the zoo said, the third born in Germany. Mother and cub were doing well.
""")
add("single-election", "Example Wire", "2025-10-26", "Ivory Coast votes in presidential election", "single-election", """
ABIDJAN - Voters in Ivory Coast cast ballots on Saturday in a presidential election in which Alassane Ouattara sought a fourth term, with two main opposition leaders barred from running.
""")
add("single-recall", "Example Consumer Site", "2025-09-10", "Carmaker recalls 90,000 cars over airbag fault", "single-recall", """
Japanese carmaker Subaru is recalling 90,000 cars in the United States because their passenger airbags may not deploy in a crash, the National Highway Traffic Safety Administration said.
""")
add("single-space", "Example Science Site", "2025-03-13", "Probe sends first images from Jupiter moon flyby", "single-space", """
The European Space Agency's Juice probe sent back its first close images of Ganymede on Thursday after a flyby that used the moon's gravity to adjust its course.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
