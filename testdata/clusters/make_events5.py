"""Writes events5.jsonl: a small fifth battery of invented reports of
ordinary news events (TestEventProbes5 in internal/fuse;
`parallax eval incidents --data testdata/clusters/events5.jsonl`), written
after the session-13 fusion changes that events4.jsonl led to, and
committed before parallax ran on it, to measure how far those changes
carry to reports they were not made on.

Every person, company and figure is invented; states, towns and
institutions are real. Seven topics of kinds no earlier battery uses
(avalanches, wildfires, blackouts, hostage stand-offs, doping bans, dam
bursts, zoo escapes), each two sister events of one kind told by two or
three reports: a wire and, a day later, a short local, broadcast or blog
report made mostly of quotes; the second sister of most topics recalls
the first in a clause ("four days after an avalanche buried ..."). Three
singletons close the file. No pair is a duplicate.

Usage: python3 testdata/clusters/make_events5.py > testdata/clusters/events5.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- avalanches: one country, four days apart ----------------------------------
add("aval-soelden-wire", "Example Europe Wire", "2026-01-17", "Avalanche kills three skiers near Soelden", "aval-soelden", """
VIENNA, Jan 17 - An avalanche swept three off-piste skiers to their deaths near the Austrian resort of Soelden in the Oetztal valley on Saturday, police in Tyrol said. A fourth member of the group, a German guide, dug himself out and raised the alarm.
""")
add("aval-soelden-local", "Example Tyrol Paper", "2026-01-18", "'He called us from the snow': rescuers on the Soelden slide", "aval-soelden", """
"The guide called us with his phone from under the snow, and we found him in twelve minutes," said Markus Gstrein of the Oetztal mountain rescue. The three dead, two Dutch men and a Belgian woman, had ignored the closure of the slope, he said. The avalanche warning level was four of five.
""")
add("aval-ischgl-wire", "Example Europe Wire", "2026-01-21", "Avalanche hits hotel annex in Ischgl, two hurt", "aval-ischgl", """
VIENNA, Jan 21 - An avalanche struck the annex of a hotel in the Tyrolean ski resort of Ischgl on Wednesday, injuring two employees, four days after an avalanche killed three skiers near Soelden. About 60 guests were moved to other hotels.
""")
add("aval-ischgl-tv", "Example Austrian Broadcaster", "2026-01-22", "Ischgl hotel staff describe wall of snow", "aval-ischgl", """
"The windows burst and then everything was white," a kitchen worker at the Hotel Silvretta told us. The two injured women were flown to Zams hospital. The mayor of Ischgl said the annex had been built in the 1970s outside the red zone.
""")

# --- wildfires: one state, the same week --------------------------------------------
add("fire-sonoma-wire", "Example Wire", "2025-08-12", "Wildfire forces thousands to flee in Sonoma County", "fire-sonoma", """
SANTA ROSA, Calif. - A fast-moving wildfire burned more than 8,000 acres in Sonoma County on Tuesday and forced about 12,000 people from their homes near Healdsburg, Cal Fire said. Twenty houses were destroyed.
""")
add("fire-sonoma-blog", "Example Wine Blog", "2025-08-13", "Our winery survived the night, barely", "fire-sonoma", """
We watched the flames come over the ridge behind our vines at two in the morning. The crews from Cal Fire held the line at the creek. Our neighbours on Westside Road lost their barn and their house. Thank you to everyone who has written.
""")
add("fire-fresno-wire", "Example Wire", "2025-08-15", "Second California wildfire in a week burns into Fresno foothills", "fire-fresno", """
FRESNO, Calif. - A wildfire spread across 15,000 acres in the foothills east of Fresno on Friday, burning homes in the town of Prather, days after a fire in Sonoma County forced 12,000 people to flee. One firefighter was injured.
""")
add("fire-fresno-local", "Example Central Valley TV", "2025-08-16", "Prather families return to ashes", "fire-fresno", """
"Forty years in that house, and nothing is left but the chimney," said Dolores Ruiz, standing on her lot on Auberry Road on Saturday. The county said 31 homes were lost. The cause is under investigation.
""")

# --- blackouts: one country, a week apart ---------------------------------------------
add("blackout-lisbon-wire", "Example Europe Wire", "2025-11-18", "Power cut plunges Lisbon into darkness for six hours", "blackout-lisbon", """
LISBON, Nov 18 - A failure at a substation left most of Lisbon without electricity for six hours on Tuesday, stopping the metro and trapping people in lifts, the grid operator REN said. Power was restored by late afternoon.
""")
add("blackout-lisbon-paper", "Example Portuguese Paper", "2025-11-19", "Metro passengers walked through tunnels in the dark", "blackout-lisbon", """
Hundreds of metro passengers walked along the tunnels to the nearest stations by the light of their phones on Tuesday, after trains stopped between Marques de Pombal and Saldanha. "Nobody told us anything for an hour," said student Ines Carvalho.
""")
add("blackout-porto-wire", "Example Europe Wire", "2025-11-25", "Porto hit by blackout a week after Lisbon outage", "blackout-porto", """
LISBON, Nov 25 - A blackout cut power to about 400,000 homes in Porto and its suburbs for three hours on Tuesday, the grid operator said, a week after a substation failure darkened Lisbon. REN said a fire at a transformer in Ermesinde was to blame.
""")
add("blackout-porto-paper", "Example Porto Paper", "2025-11-26", "Ermesinde transformer fire under investigation", "blackout-porto", """
Firefighters needed two hours to put out the fire at the Ermesinde transformer station on Tuesday. Residents said they heard a bang before the lights went out across the north of the city.
""")

# --- hostage stand-offs: one country, nearly a week apart ------------------------------------
add("hostage-bank-wire", "Example Europe Wire", "2025-10-03", "Gunman takes hostages in bank in Lyon suburb", "hostage-villeurbanne", """
PARIS, Oct 3 - A man armed with a pistol held four employees hostage in a bank in Villeurbanne, near Lyon, for seven hours on Friday before surrendering to the police tactical unit, prosecutors said. No one was hurt.
""")
add("hostage-bank-local", "Example French Regional Paper", "2025-10-04", "Villeurbanne hostage-taker wanted his debts cancelled", "hostage-villeurbanne", """
The 52-year-old man who held four bank staff at gunpoint on Cours Emile Zola had been refused a loan a week earlier, the prosecutor said on Saturday. "He was calm, almost polite," said one of the freed employees.
""")
add("hostage-school-wire", "Example Europe Wire", "2025-10-09", "Teenager holds classmates hostage in Nantes school", "hostage-nantes", """
PARIS, Oct 9 - A 16-year-old armed with a knife held a teacher and eleven pupils in a classroom of a secondary school in Nantes for two hours on Thursday before negotiators persuaded him to give up, police said, six days after a bank hostage-taking near Lyon.
""")
add("hostage-school-tv", "Example French Broadcaster", "2025-10-10", "Nantes parents demand answers after classroom siege", "hostage-nantes", """
"My son texted me 'I love you' from under his desk," one mother said outside the Lycee Jules Verne on Friday. The education minister said the pupil had been reported for threats in September.
""")

# --- doping bans: one sport, five weeks apart -----------------------------------------------------
add("dope-moreau-wire", "Example Sports Wire", "2025-04-29", "Cyclist Moreau banned for four years over EPO", "dope-moreau", """
LAUSANNE - French cyclist Julien Moreau has been banned for four years after testing positive for EPO during last year's Tour de France, the International Testing Agency said on Tuesday. Moreau, 27, said he would appeal to the Court of Arbitration for Sport.
""")
add("dope-moreau-blog", "Example Cycling Blog", "2025-04-30", "Moreau's ban ends a career that promised much", "dope-moreau", """
Four years. For a rider of 27 that is the end. Julien Moreau's denials never convinced anyone in the peloton, and the ITA's ruling yesterday makes them look sad.
""")
add("dope-keller-wire", "Example Sports Wire", "2025-05-27", "Swiss rider Keller suspended for two years", "dope-keller", """
LAUSANNE - Swiss cyclist Lara Keller was suspended for two years on Tuesday for a banned diuretic found in a sample at the Tour de Romandie, the International Testing Agency said, a month after France's Julien Moreau was banned for four years.
""")
add("dope-keller-paper", "Example Swiss Paper", "2025-05-28", "Keller: 'I never knowingly took anything'", "dope-keller", """
"I never knowingly took anything, and I will prove it," Lara Keller told us in Aigle on Wednesday, a day after her suspension. Her team said it had ended her contract.
""")

# --- dam bursts: one country, two days apart ----------------------------------------------
add("dam-mai-wire", "Example Africa Wire", "2025-05-04", "Dam burst kills 22 in Kenya's Rift Valley", "dam-mai-mahiu", """
NAIROBI, May 4 - A dam burst near Mai Mahiu in Kenya's Rift Valley early on Sunday after days of heavy rain, sweeping away homes and killing at least 22 people, the Kenya Red Cross said. Dozens were missing.
""")
add("dam-mai-paper", "Example Nairobi Paper", "2025-05-05", "Mai Mahiu survivors search mud for relatives", "dam-mai-mahiu", """
"The water came at four in the morning like a train," said Joseph Njoroge, who lost his wife and two daughters. Soldiers and volunteers dug through the mud on Monday as the toll rose to 41.
""")
add("dam-kiambu-wire", "Example Africa Wire", "2025-05-06", "Second dam fails in Kenya, villagers evacuated", "dam-kiambu", """
NAIROBI, May 6 - A small farm dam gave way in Kiambu county on Tuesday, flooding a village and forcing 300 people from their homes, two days after a dam burst killed 41 people near Mai Mahiu. No deaths were reported.
""")
add("dam-kiambu-radio", "Example Kenya Radio", "2025-05-07", "Kiambu farmers count losses after dam failure", "dam-kiambu", """
Farmers in Kiambu on Wednesday said they had lost their maize and their cows when the water from the failed dam ran through the valley. The county government promised them seed.
""")

# --- zoo escapes: two countries, three days apart -------------------------------------------
add("zoo-prague-wire", "Example Europe Wire", "2025-09-23", "Tiger escapes enclosure at Prague Zoo, shot dead", "zoo-prague", """
PRAGUE, Sept 23 - A Sumatran tiger escaped from its enclosure at Prague Zoo on Tuesday and was shot dead by a keeper after it attacked a second keeper, who was taken to hospital, the zoo said. Visitors were locked in buildings for an hour.
""")
add("zoo-prague-paper", "Example Czech Paper", "2025-09-24", "Keeper mauled by tiger out of danger", "zoo-prague", """
The keeper injured by a tiger at Prague Zoo on Tuesday is out of danger after surgery on his arm, the hospital in Bulovka said. The zoo's director said a door had been left unlocked.
""")
add("zoo-bratislava-wire", "Example Europe Wire", "2025-09-26", "Bear escapes from Bratislava zoo, recaptured in forest", "zoo-bratislava", """
BRATISLAVA, Sept 26 - A brown bear escaped from Bratislava Zoo on Friday and was recaptured after four hours in the surrounding forest, three days after a tiger got out at Prague Zoo. Nobody was hurt.
""")
add("zoo-bratislava-tv", "Example Slovak Broadcaster", "2025-09-27", "Bratislava bear 'was only looking for food'", "zoo-bratislava", """
"She was only looking for food, she never attacked anyone," the vet who darted the bear, Peter Kovac, said on Saturday. The zoo in Mlynska dolina reopened.
""")

# --- singletons ---------------------------------------------------------------------------------
add("single-bridge", "Example Local Paper", "2025-06-11", "Footbridge reopens after repairs in Ghent", "single-bridge", """
A footbridge over the Lys in Ghent reopened on Wednesday after eight months of repairs, the city said.
""")
add("single-rate", "Example Finance Wire", "2025-07-17", "Bank of Korea holds rates", "single-rate", """
SEOUL - The Bank of Korea kept its policy rate at 2.5 percent on Thursday, citing a weak won.
""")
add("single-book", "Example Books Site", "2025-03-04", "Novelist announces final volume of trilogy", "single-book", """
The Norwegian novelist Siri Lunde said on Tuesday that the last volume of her Fjord trilogy would come out in October.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
