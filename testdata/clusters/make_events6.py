"""Writes events6.jsonl: the sixth battery of invented reports (session 14,
lane incidents; `parallax eval incidents --data
testdata/clusters/events6.jsonl`), written and committed before parallax
ran on it and before any session-14 fusion change, as the honest measure
of that session's grouping work.

Every person, ship, company and figure is invented; states, towns and
institutions are real. Eight topics, conflict and ordinary news, of kinds
no earlier battery uses (kidnappings of foreigners, drone strikes on
ports, ships grounded in one canal, industrial gas leaks, ambushes on
convoys, whale strandings, tit-for-tat expulsions of diplomats, vehicles
driven into crowds), each two sister events of one kind told by two or
three reports: wires, each side's agencies, papers of the victims'
countries, trade sites, a monitor of armed groups, an NGO, a blog.
Reports of one happening name it in other words ("abducted", "seized",
"the kidnapping"), name its people differently ("the two engineers from
Bergamo", "the Italians"), date it relatively ("last week", "on Monday
night") and place it at another granularity (a town, its region, "northern
Niger"); follow-ups days later (a toll revised, a ransom demand, whales
refloated) stay in it. Sisters share the country, the region, the canal or
the actors a few days apart; the second often recalls the first in a
clause. The ship topic has no publication dates (the texts date it).
Two singletons close the file. No pair is a duplicate.

Usage: python3 testdata/clusters/make_events6.py > testdata/clusters/events6.jsonl
"""
import json
arts = []


def add(id, outlet, pub, title, incident, text):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": " ".join(text.split()), "incident": incident, "duplicate_of": "", "duplicate_kind": ""})


# --- kidnappings of foreigners in Niger, three days apart -------------------------------
add("kidnap-arlit-wire", "Example Africa Wire", "2025-10-07", "Two Italian engineers kidnapped in northern Niger", "kidnap-arlit", """
NIAMEY, Oct 7 - Gunmen on motorbikes abducted two Italian engineers working for a road
contractor near the uranium mining town of Arlit in northern Niger on Monday, a local official
and a security source said. Their driver, a Nigerien, was released after several hours in the
desert. No group has claimed the kidnapping.
""")
add("kidnap-arlit-italy", "Example Italian Daily", "2025-10-08", "Bergamo families wait for news of the men seized in the Sahara", "kidnap-arlit", """
Marco Ferri, 52, and Luca Bonomi, 38, both from Bergamo, were taken by armed men on Monday
afternoon on the road between their camp and the Agadez region's mines, the Farnesina confirmed
on Tuesday. "We have not heard his voice since Sunday night," Ferri's wife said. The foreign
ministry has set up a crisis unit.
""")
add("kidnap-arlit-ransom", "Example Sahel Monitor", "2025-10-11", "Kidnappers of Italians in Niger demand ransom, mediator says", "kidnap-arlit", """
The captors of the two Italians seized near Arlit last week have sent a proof-of-life video
and are asking for a ransom, a Tuareg mediator in Agadez told us on Saturday. He said the men
were being held across the border in Mali by a faction loyal to the Islamic State in the
Sahel.
""")
add("kidnap-tillaberi-wire", "Example Africa Wire", "2025-10-09", "French aid worker abducted in western Niger", "kidnap-tillaberi", """
NIAMEY, Oct 9 - A French woman working for a medical charity was kidnapped from her house in
Ouallam in the Tillaberi region near the border with Mali on Thursday, three days after two
Italian engineers were abducted in the north, security sources said. Her two Nigerien guards
were tied up but unharmed.
""")
add("kidnap-tillaberi-ngo", "Example Charity Statement", "2025-10-10", "Statement on our colleague in Ouallam", "kidnap-tillaberi", """
We are deeply worried about our colleague Claire Dumas, who was taken from our base in
Ouallam on Thursday night. She has worked for us in western Niger since 2021, running our
nutrition clinics. We have suspended our activities in the area and are in contact with the
French and Nigerien authorities.
""")

# --- drone strikes on the ports of the Odesa region, two days apart ----------------------
add("odesa-port-wire", "Example Wire", "2025-11-03", "Russian drones hit Odesa port, two dock workers killed", "odesa-port", """
KYIV, Nov 3 - Russian drones struck the port of Odesa overnight, killing two dock workers and
setting a grain silo ablaze, regional governor Oleh Kiper said on Monday. Ukraine's air force
said it shot down 41 of 58 drones launched overnight across the country.
""")
add("odesa-port-mod", "Example Russian Agency", "2025-11-03", "Russian forces strike port infrastructure used by Ukrainian military", "odesa-port", """
MOSCOW, November 3. The Russian armed forces carried out a group strike with attack drones
on port infrastructure in Odessa used to supply the Ukrainian armed forces with foreign
weapons, the Russian Defence Ministry said on Monday. All targets were hit, it said.
""")
add("odesa-port-grain", "Example Grain Trade Site", "2025-11-05", "Exporters count losses after silo fire at Odesa terminal", "odesa-port", """
A grain terminal hit in the early hours of Monday in Odesa lost about 6,000 tonnes of wheat to
the fire, its owner, Black Sea Grain Logistics, said on Wednesday. Loading resumed at two of
its three berths. The two men killed were crane operators, the company said.
""")
add("izmail-wire", "Example Wire", "2025-11-05", "Drones strike Danube port of Izmail, debris falls in Romania", "izmail", """
KYIV, Nov 5 - Russian drones attacked the Danube port of Izmail in the Odesa region on
Wednesday night, damaging a ferry terminal and wounding three people, two days after a deadly
strike on Odesa port, Ukrainian officials said. Debris fell across the river in Romania.
""")
add("izmail-romania", "Example Romanian Paper", "2025-11-06", "Drone fragments found near Plauru after night attack across Danube", "izmail", """
Fragments of a drone were found on Thursday morning in a field near the village of Plauru in
Tulcea county, the Romanian defence ministry said, after Russian drones hit the Ukrainian port
across the river overnight. Residents said they heard several explosions. Nobody on the
Romanian side was hurt.
""")

# --- ships aground in the Suez Canal, four days apart (no publication dates) -------------
add("suez-maren-wire", "Example Shipping Wire", "", "Container ship runs aground in Suez Canal, traffic halted", "suez-maren", """
ISMAILIA, Egypt - The container ship Maren Star ran aground in the southern section of the
Suez Canal on Tuesday, March 10, after a steering failure, halting traffic in both directions
for nine hours, the Suez Canal Authority said. Tugs refloated the 300-metre vessel by evening.
""")
add("suez-maren-trade", "Example Maritime Trade Site", "", "Maren Star refloated; owners blame rudder fault", "suez-maren", """
The Liberian-flagged boxship Maren Star, which blocked the canal near Suez city on March 10,
has been cleared to continue to Rotterdam after divers inspected its hull at anchor in the
Great Bitter Lake, its Hamburg-based manager said. A queue of 40 ships built up while it was
stuck.
""")
add("suez-dora-wire", "Example Shipping Wire", "", "Bulk carrier grounds in Suez Canal days after container ship", "suez-dora", """
ISMAILIA, Egypt - A bulk carrier loaded with Ukrainian corn, the Dora K, ran aground near
Ismailia on Saturday, March 14, four days after the Maren Star blocked the canal's southern
end, the Suez Canal Authority said. It was refloated within three hours.
""")
add("suez-dora-agency", "Example Egyptian Agency", "", "Canal Authority refloats stranded bulk carrier", "suez-dora", """
Suez Canal Authority chairman Osama Rabie said on March 14 that the authority's tugs had
refloated the Dora K, a Maltese-flagged bulk carrier, at kilometre 51 of the waterway, and that
navigation continued normally.
""")

# --- gas leaks at Indian plants, two days apart ------------------------------------------
add("gas-ludhiana-wire", "Example India Wire", "2025-05-20", "Ammonia leak at Ludhiana cold store kills three", "gas-ludhiana", """
LUDHIANA, May 20 - Three workers died and eleven people were taken to hospital after ammonia
leaked from a pipe at a cold-storage plant in the Focal Point industrial area of Ludhiana on
Tuesday morning, police said. Nearby houses were evacuated.
""")
add("gas-ludhiana-paper", "Example Punjab Daily", "2025-05-21", "Residents of Sherpur describe choking fumes", "gas-ludhiana", """
"My eyes were burning, I carried my son out on my shoulders," said Gurpreet Kaur, who lives
behind the cold store in Sherpur where the gas escaped on Tuesday. The deputy commissioner of
Ludhiana ordered the unit sealed and a magisterial inquiry.
""")
add("gas-ludhiana-toll", "Example India Wire", "2025-05-23", "Toll in Ludhiana ammonia leak rises to four", "gas-ludhiana", """
LUDHIANA, May 23 - A fourth worker died in hospital on Friday, three days after ammonia leaked
from a cold-storage unit in the city's industrial area, doctors at the Dayanand Medical College
said. Two people remain on ventilators.
""")
add("gas-vadodara-wire", "Example India Wire", "2025-05-22", "Chlorine leak at Vadodara water plant, 20 hospitalised", "gas-vadodara", """
VADODARA, May 22 - Chlorine gas leaked from a cylinder at a municipal water treatment plant in
Vadodara on Thursday, sending 20 people to hospital with breathing problems, two days after a
deadly ammonia leak in Ludhiana, fire officials said.
""")
add("gas-vadodara-local", "Example Gujarat Paper", "2025-05-23", "Children among those treated after chlorine escape", "gas-vadodara", """
Six children from a school next to the Nimeta water works were among those treated at SSG
Hospital after chlorine escaped on Thursday, the civic body said. All but two had gone home by
Friday.
""")

# --- ambushes in Burkina Faso, two days apart --------------------------------------------
add("ambush-djibo-army", "Example Africa Wire", "2025-07-15", "Burkina army says 11 soldiers killed in ambush near Djibo", "ambush-djibo", """
OUAGADOUGOU, July 15 - Eleven soldiers were killed when terrorists ambushed a supply convoy
near Djibo in the northern Soum province on Monday, the army general staff said on Tuesday.
It said more than 40 assailants were neutralised in the counter-attack.
""")
add("ambush-djibo-jnim", "Example Jihadism Monitor", "2025-07-16", "JNIM claims convoy attack in Soum", "ambush-djibo", """
Al-Qaeda's Sahel affiliate JNIM said in a statement on Wednesday that its fighters had killed
30 soldiers of the Burkinabe junta and seized four vehicles in an attack on a military convoy
on the road to Djibo at the start of the week. It published photos of weapons it said it took.
""")
add("ambush-djibo-france", "Example French Daily", "2025-07-17", "In Burkina Faso, the blockade of Djibo tightens", "ambush-djibo", """
The convoy that was attacked on Monday was carrying food and fuel to Djibo, a town of some
300,000 people cut off by jihadists for three years, residents told us by telephone. The army
put its losses at eleven dead; the jihadists claimed thirty.
""")
add("ambush-fada-wire", "Example Africa Wire", "2025-07-17", "Gunmen kill eight volunteer fighters in eastern Burkina", "ambush-fada", """
OUAGADOUGOU, July 17 - Gunmen killed eight members of the VDP volunteer militia in an ambush
near Fada N'Gourma in eastern Burkina Faso on Wednesday, local sources said, two days after
eleven soldiers died in an attack on a convoy near Djibo.
""")
add("ambush-fada-local", "Example Burkina Site", "2025-07-18", "Fada N'Gourma mourns its volunteers", "ambush-fada", """
Hundreds of people attended the burial in Fada N'Gourma on Thursday of the eight volunteers
for the defence of the homeland killed the day before on the Pama road. The governor of the
Est region praised their courage.
""")

# --- pilot whale strandings, Tasmania and New Zealand --------------------------------------
add("whales-strahan-abc", "Example Australian Broadcaster", "2026-02-03", "About 150 pilot whales stranded on Tasmania's west coast", "whales-strahan", """
About 150 long-finned pilot whales have stranded on Ocean Beach near Strahan on Tasmania's west
coast, the state's marine conservation programme said on Tuesday. Most of them were still
alive and rescuers were trying to keep them wet.
""")
add("whales-strahan-wire", "Example Wire", "2026-02-04", "Rescuers race to save whales beached in Tasmania", "whales-strahan", """
HOBART, Feb 4 - Rescuers in the Australian state of Tasmania were trying on Wednesday to refloat
dozens of pilot whales that beached near the harbour town of Strahan a day earlier. About 90 of
the animals had died, wildlife officials said.
""")
add("whales-strahan-end", "Example Australian Broadcaster", "2026-02-06", "Forty whales saved at Macquarie Heads, the rest euthanised", "whales-strahan", """
Rescuers refloated 40 pilot whales from the mass stranding near Macquarie Heads and the
survivors that could not be saved were euthanised, ending a three-day operation, incident
controller Brendon Clark said on Friday. The carcasses will be towed out to sea.
""")
add("whales-farewell-nz", "Example New Zealand Paper", "2026-02-05", "Sixty pilot whales beach at Farewell Spit", "whales-farewell", """
About 60 pilot whales stranded at Farewell Spit at the top of the South Island on Thursday, the
Department of Conservation said, and volunteers from Project Jonah were on their way to Golden
Bay.
""")
add("whales-farewell-wire", "Example Wire", "2026-02-06", "New Zealand volunteers refloat stranded whales", "whales-farewell", """
WELLINGTON, Feb 6 - Volunteers refloated 45 of about 60 pilot whales that stranded at Farewell
Spit in New Zealand on Thursday, two days after a mass stranding in Tasmania, the Department of
Conservation said on Friday.
""")

# --- expulsions of diplomats, Poland and Belarus two days apart ----------------------------
add("expel-warsaw-wire", "Example Europe Wire", "2025-09-09", "Poland expels four Belarusian diplomats over sabotage plot", "expel-warsaw", """
WARSAW, Sept 9 - Poland ordered four Belarusian diplomats to leave the country within 72 hours
on Tuesday, saying they had helped recruit people to set fire to warehouses, Foreign Minister
Radoslaw Sikorski said.
""")
add("expel-warsaw-tv", "Example Polish Broadcaster", "2025-09-09", "Sikorski: Minsk diplomats declared persona non grata", "expel-warsaw", """
Four employees of the Belarusian embassy in Warsaw were declared persona non grata on Tuesday,
the foreign ministry's spokesman said. The internal security agency had linked them to an arson
attempt at a logistics centre near Lodz in August.
""")
add("expel-minsk-wire", "Example Europe Wire", "2025-09-11", "Belarus expels three Polish diplomats in tit-for-tat move", "expel-minsk", """
MINSK, Sept 11 - Belarus expelled three Polish diplomats on Thursday, two days after Warsaw
ordered four Belarusian embassy staff out over an alleged sabotage plot, the Belarusian
foreign ministry said.
""")
add("expel-minsk-belta", "Example Belarusian Agency", "2025-09-11", "Minsk responds to unfriendly steps of Warsaw", "expel-minsk", """
MINSK, 11 September. Three employees of the Polish embassy have been declared persona non grata
and must leave Belarus within 48 hours, Foreign Ministry spokesman Ruslan Varankov said on
Thursday, calling it a response to the unfriendly and groundless actions of the Polish side.
""")

# --- vehicles driven into crowds, Leipzig and Lille ----------------------------------------
add("ramming-leipzig-wire", "Example Europe Wire", "2025-12-13", "Car ploughs into Leipzig Christmas market, two dead", "ramming-leipzig", """
BERLIN, Dec 13 - A car drove into a crowd at the Christmas market in the centre of Leipzig on
Saturday evening, killing two people and injuring about 30, police said. The driver, a
41-year-old German man, was detained at the scene.
""")
add("ramming-leipzig-paper", "Example German Paper", "2025-12-14", "What we know about the driver Jens K.", "ramming-leipzig", """
Jens K., the man who drove his SUV into shoppers on the market square on Saturday, had been
treated for psychiatric illness and had no links to extremist groups, Saxony's interior
minister said on Sunday. A woman of 67 and a boy of nine died.
""")
add("ramming-leipzig-followup", "Example Europe Wire", "2025-12-16", "Prosecutors charge Leipzig market driver with murder", "ramming-leipzig", """
DRESDEN, Dec 16 - Prosecutors said on Tuesday they had opened a murder case against the driver
of the car that ploughed into shoppers at Leipzig's Christmas market at the weekend, and that
the number of injured had risen to 34.
""")
add("ramming-lille-wire", "Example Europe Wire", "2025-12-15", "Van hits pedestrians in Lille, five hurt", "ramming-lille", """
PARIS, Dec 15 - A delivery van mounted the pavement and hit pedestrians in the centre of Lille
on Monday, injuring five, two days after the deadly attack on a Christmas market in Leipzig.
Police said the driver had apparently lost control and there was no sign of a deliberate act.
""")
add("ramming-lille-local", "Example Northern France Paper", "2025-12-16", "Rue Faidherbe: the driver had a seizure, says prosecutor", "ramming-lille", """
The driver of the van that struck five people on the rue Faidherbe on Monday had suffered an
epileptic seizure at the wheel, the Lille prosecutor said on Tuesday. Two of the injured remain
in hospital.
""")

# --- singletons -----------------------------------------------------------------------------
add("single-rate", "Example Finance Wire", "2025-06-19", "Chile's central bank cuts rate", "single-rate", """
SANTIAGO - Chile's central bank cut its policy rate by a quarter point to 4.75 percent on
Thursday, citing slowing inflation.
""")
add("single-tunnel", "Example Nordic Paper", "2025-08-28", "Norway opens undersea road tunnel", "single-tunnel", """
The king opened a 14-kilometre undersea road tunnel between Stavanger and Tau on Thursday, cutting
the trip by forty minutes.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
