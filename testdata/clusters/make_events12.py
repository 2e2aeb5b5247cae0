"""Writes events12.jsonl: the twelfth battery of invented reports (session 20,
lane events12; `parallax eval incidents --data
testdata/clusters/events12.jsonl`), a held-out measure written and committed
before parallax ran on it, by a helper who did not run parallax and read no
parallax Go source, no measurements, no other lane's brief and nothing of
testdata/heldout2. Only the lead runs it; no rule may be made on it.

Every person, company, figure and number is invented (officials are given
invented names); states, towns, armed groups and institutions are real, the
happenings are not (where one resembles a real event, its details differ).
51 reports of 20 incidents (17 of two to four reports, 3 singletons; 48
gold pairs; one duplicate pair), mostly conflict news in places and kinds
events..events11 do not use: a Russian ballistic missile strike on Poltava
and drones on the Kremenchuk refinery the same night; Ukrainian drones on
the Tuapse refinery; a scuffle between Indian and Chinese troops at Yangtse
(Tawang); a clash on the Lebanese-Syrian border near Hermel; a detainee
exchange between Damascus and the SDF in Aleppo; gunfights between cartel
factions in Culiacan on a Monday and again on the Wednesday; Estonia's
expulsion of a Russian diplomat and Russia's counter-expulsion; a Boko
Haram attack on a Chadian army base on Lake Chad and the army's operation
announced as its answer; two JNIM attacks in northern Benin in one week;
protests over water and power cuts in Antananarivo; an ambush on an Assam
Rifles patrol in Manipur; ordinary news: lightning striking a school in
Uganda's Arua district; singletons (gunmen on a polio team in Bajaur, a
copper producer's output, a museum reopening).

What makes it hard is what makes real coverage hard:
- each side tells the happening in its own words and figures: "a training
  centre where foreign instructors trained AFU specialists" against a
  military institute and a dormitory; "an industrial facility" against a
  refinery; "Indian troops illegally crossed the line" against "PLA troops
  contacted the LAC"; "outlaw gangs" and "Hezbollah militias" against
  clans defending their village; "four aggressors neutralised" against
  seven dead; "96 terrorists neutralised"; 8 soldiers against JNIM's 30;
- place names differ by side, language and granularity: Poltava / "the
  Poltava region"; Kremenchuk / Kremenchug; Tuapse / "the Black Sea coast
  of the Kuban"; Yangtse / the Tawang sector / Arunachal Pradesh /
  "Dongzhang" / "Zangnan"; Hosh al-Sayyed Ali / Hawsh al-Sayed Ali / Hermel
  / "the countryside of al-Qusayr"; Sheikh Maqsoud / Sheikh Maksoud / the
  Castello road; Culiacan / Culiacán / Tierra Blanca; Barkaram / Barka
  Tolorom / the Lac province / Bol; Park W / Point Triple / Karimama /
  Alibori; Tanguieta / Tanguiéta / Atacora; Antananarivo / Tana /
  Analakely; Arua / West Nile / Ayivu; Tengnoupal / the Moreh road;
- follow-ups one to three days later (tolls rising in Poltava, Barkaram
  and Antananarivo and Arua, funerals, a minister's statement to
  parliament, a second crater and a fire put out), denials (Russia's MoD on
  Poltava, Hezbollah on Hermel, the Malagasy government on live fire, the
  Chinese command), the Chinese Western Theatre Command's statement in an
  agency's English and in a translation-like rendering (marked
  same_statement);
- hard negatives, each its own incident: Poltava and Kremenchuk the same
  night in one region; the Culiacan gunfights on Monday and on Wednesday
  (same factions, same neighbourhood); the expulsion and the
  counter-expulsion; the Barkaram attack and the army's answer three days
  later; the two JNIM attacks in one week; recap paragraphs that tell the
  older incident again; round-ups (the Ukrainian Air Force's night
  summary, a weekly Sahel security digest) labelled with their main
  incident.

Gold labels were set by asking, for each pair, whether a news editor
would file the two reports under one happening. Every decision that is not
obvious is a comment beside the report.

Usage: python3 testdata/clusters/make_events12.py > testdata/clusters/events12.jsonl
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


# --- Poltava (Tuesday 8 September) and Kremenchuk (the same night, same region) --------------------
add("poltava-governor", "Example Kyiv Daily", "2026-09-08", "Russian ballistic missiles hit Poltava, at least 34 killed", "poltava-missile", """
POLTAVA - At least 34 people were killed and more than 150 wounded on Tuesday morning when two
Russian ballistic missiles struck a military educational institution and a nearby dormitory in
Poltava, the head of the regional military administration, Volodymyr Hrytsenko, said. The missiles
hit at about 9:10, minutes after the air raid alert sounded, leaving people little time to reach
shelters, he said. One missile destroyed part of a four-storey building of the Military Institute
of Communications on Zinkivska Street; the second hit near a dormitory where students and staff
lived.

"People were running down the stairs when the second missile came," Hrytsenko wrote on Telegram.
Rescuers pulled 11 people alive from the rubble during the day, and the search continued into the
night. Blood donors queued outside the regional hospital.

The president's office said Russia had used Iskander-M missiles launched from the Kursk region, about
200 km away, and called again on partners for more air defence systems. Poltava, a city of about
280,000 in central Ukraine, lies far from the front line and has been struck less often than
Kharkiv or Sumy. Three days of mourning were declared in the region.
""")
# The Russian MoD's version: the same missiles at the same time and place, framed as a hit on "a
# training centre" with "foreign instructors"; it names no civilian victim. Same incident.
# Its closing paragraph names "energy facilities" hit the same night (the Kremenchuk refinery,
# unnamed) and drones downed over Russia in one sentence each; it stays with its lead.
add("poltava-ru-mod", "Example Russian State Agency", "2026-09-08", "Russian MoD: Iskander strike destroys AFU training centre in Poltava", "poltava-missile", """
MOSCOW, September 8 - The Russian armed forces delivered a strike with the Iskander operational-
tactical missile system on a training centre of the Ukrainian armed forces in the city of Poltava
on Tuesday, the Russian Defence Ministry said in its daily bulletin. According to the ministry, the
centre was used to train specialists in electronic warfare and unmanned aerial systems, and
foreign instructors were present at the time of the strike. "As a result of the strike, up to 60
servicemen of the Armed Forces of Ukraine, including foreign instructors, were eliminated," the
statement said.

The ministry said the strike was carried out "in response to the terrorist attacks of the Kyiv
regime" on Russian regions. It did not refer to reports from Ukrainian officials of civilian
deaths. Russian officials have repeatedly said their forces strike only military targets.

The bulletin also listed strikes on "energy facilities supplying the Ukrainian military-industrial
complex" and said air defences had shot down 38 Ukrainian drones over the Bryansk, Kursk and
Belgorod regions overnight.
""")
# The Ukrainian Air Force's morning summary is a round-up: it leads with the two Iskanders on
# Poltava, then gives the night's drones (including those that hit Kremenchuk, unnamed except as
# "an industrial facility in the Poltava region") and the interceptions. Labelled with its main
# incident, poltava-missile.
add("poltava-airforce", "Example Ukrainian Wire", "2026-09-08", "Air Force: Russia launched two Iskanders and 67 drones overnight and in the morning", "poltava-missile", """
KYIV - Russia attacked Ukraine overnight and on Tuesday morning with two Iskander-M ballistic
missiles and 67 Shahed-type attack drones and decoy drones, the Ukrainian Air Force said. The two
ballistic missiles were launched from the Kursk region at Poltava and could not be intercepted,
the Air Force said, adding that the flight time was less than three minutes.

Of the drones, 48 were shot down or jammed by air defence, mobile fire groups and electronic
warfare units over the Poltava, Kirovohrad, Sumy, Chernihiv, Dnipropetrovsk and Kyiv regions.
Hits by drones were recorded at four locations, including an industrial facility in the Poltava
region, where a fire broke out, the statement said.

Air Force spokesman Yuriy Bondar said Russia was increasingly using ballistic missiles against
cities within 200 km of the border, where warning times are shortest. "Against ballistic
missiles we need Patriot systems, there is no other answer," he said. Most of the drones were
launched from Kursk, Oryol and Primorsko-Akhtarsk, the Air Force said.
""")
# Follow-up two days later: toll revised to 51, funerals. Same incident.
add("poltava-toll", "Example Wire", "2026-09-10", "Death toll from Poltava missile strike rises to 51 as city buries victims", "poltava-missile", """
POLTAVA, Sept 10 - The death toll from Tuesday's Russian ballistic missile strike on a military
institute in the central Ukrainian city of Poltava rose to 51 on Thursday after rescuers finished
clearing the rubble and two wounded people died in hospital, regional officials said. Some 271
people were wounded, 34 of them remained in serious condition.

The first funerals were held on Thursday in Poltava's Alley of Heroes, where hundreds of people
knelt as coffins of cadets and teachers were carried past. Among the dead was a family of three
who lived in the institute's dormitory, officials said.

Ukraine's defence minister ordered an inquiry into why staff and cadets had been gathered in the
building after the air raid alert had sounded, and said commanders would be held responsible if
safety rules were broken. The strike was one of the deadliest single Russian attacks of the year.
Moscow said it had hit a training centre and killed foreign instructors, a claim Kyiv rejected.
""")
# Kremenchuk: drones on the refinery in the same region the same night. Another place (about 100 km
# from Poltava), another weapon, another target: its own incident. The first report names the
# Poltava strike in one sentence; it stays with its lead.
add("kremenchuk-local", "Example Poltava Regional News", "2026-09-08", "Drones set fire to Kremenchuk refinery overnight", "kremenchuk-refinery", """
KREMENCHUK - Russian drones struck the Kremenchuk oil refinery overnight, setting fire to a
processing unit and a tank with fuel oil, the city's military administration head, Oleh
Savchenko, said on Tuesday. Firefighters fought the blaze for six hours, and it was put out by
about 7:30, he said. Two workers of the night shift suffered burns and were taken to hospital.
No one was killed.

Air raid alerts in Kremenchuk lasted from about 1:00 to 4:30, and residents reported at least
eight explosions, some of them from air defence. Debris damaged the roofs of several houses in
the Kriukiv district on the right bank of the Dnipro.

The refinery, Ukraine's largest, has been attacked many times since 2022 and has largely stopped
working, though parts of it continue to store and ship fuel. A few hours later, Russian ballistic
missiles hit the regional centre, Poltava, killing dozens of people.
""")
# The Russian account of the same drones on the same refinery, with the Russian spelling. Same
# incident.
add("kremenchuk-ru", "Example Russian Military Channel Digest", "2026-09-08", "Geran drones hit Kremenchug refinery supplying Ukrainian army", "kremenchuk-refinery", """
Russian Geran-2 drones struck the Kremenchug oil refinery in the Poltava region overnight into
Tuesday, several Russian military bloggers reported, publishing videos of a large fire at the
plant filmed from across the Dnieper. The refinery, according to the bloggers, supplied fuel to
Ukrainian army units on the eastern front and had been partly restored after earlier strikes.
Local residents on social media reported about a dozen explosions in the night.

The Russian Defence Ministry's morning bulletin said "energy facilities supplying the Ukrainian
military-industrial complex" had been hit but did not name the plant. Ukrainian officials said two
refinery workers were injured and that the fire had been put out by morning.

Kremenchug, an industrial city on the Dnieper about 100 km southwest of Poltava, also has a
steel plant and a factory that makes trucks. Ukrainian officials have not said whether the plant
was working at the time of the attack.
""")

# --- Tuapse refinery (night to Monday 18 May) --------------------------------------------------------
add("tuapse-krasnodar", "Example Russian Regional Agency", "2026-05-18", "Drone debris sparks fire at industrial facility in Tuapse", "tuapse-refinery", """
KRASNODAR, May 18 - Debris from a drone fell on the territory of an industrial facility in Tuapse
overnight, causing a fire, the operational headquarters of the Krasnodar Krai said on Monday. The
fire covered an area of about 500 square metres and was put out by 6:40 by more than 120
firefighters and 40 vehicles, the headquarters said. There were no casualties. Windows were
broken in two residential buildings on Sochinskaya Street.

Air defence forces repelled a massive drone attack on the Black Sea coast of the Kuban, the
headquarters said. Residents of Tuapse were asked not to film or publish the work of air defence.
Traffic on the Dzhubga-Sochi highway was briefly restricted near the town. The Russian Defence
Ministry said 44 Ukrainian drones had been destroyed over the Krasnodar Krai and 12 over the Black
Sea overnight.
""")
# The Ukrainian side names the plant the Russian headquarters calls "an industrial facility".
# Same night, same town: same incident.
add("tuapse-ua", "Example Kyiv Daily", "2026-05-18", "Ukrainian drones hit Rosneft refinery in Tuapse, source says", "tuapse-refinery", """
KYIV - Ukrainian long-range drones of the SBU security service struck the Tuapse oil refinery on
Russia's Black Sea coast overnight, a source in the SBU told our newspaper on Monday. The source
said a crude distillation unit and the refinery's marine terminal, where tankers load fuel for
export, were hit, and that a large fire broke out. "Every litre of fuel that does not go to the
Russian army and budget is a gain for us," the source said.

Ukraine's General Staff confirmed that "the Tuapse oil refinery in the Krasnodar region" had been
struck and said the results were being clarified. The refinery, owned by Rosneft, processes about
12 million tonnes of crude a year and mostly exports its output. It has been hit several times
since 2024. Videos posted by residents showed a column of black smoke over the port.
""")
# The next day: the plant's halt and a tanker damaged at the berth, in a trade report. Same incident.
add("tuapse-trade", "Example Energy Markets", "2026-05-19", "Tuapse refinery halts runs after drone strike, tanker loadings suspended", "tuapse-refinery", """
LONDON - Rosneft's Tuapse refinery on the Black Sea has halted crude processing after a Ukrainian
drone attack early on Monday damaged its main distillation unit, two industry sources said on
Tuesday. Loadings of naphtha and fuel oil at the adjacent marine terminal were suspended after a
product tanker moored at berth 3 was damaged by fire, one of the sources said. Repairs could take
at least a month.

The Krasnodar Krai authorities said on Monday that drone debris had caused a fire at "an
industrial facility" in Tuapse, without naming it. The outage will cut Russia's seaborne exports
of naphtha by about 300,000 tonnes a month, traders estimated. Benchmark Brent crude rose 0.6% on
Tuesday.

Tuapse, which has a capacity of about 240,000 barrels per day, was idled for several months
after a drone strike in 2024. Traders said the halt would raise prices for naphtha in the
Mediterranean, where Russian cargoes are sold to Turkish and Asian buyers.
""")

# --- Yangtse scuffle (Tuesday 20 October) ---------------------------------------------------------
add("yangtse-india", "Example Indian National Daily", "2026-10-21", "Indian, Chinese troops clash at Yangtse in Arunachal's Tawang sector", "yangtse-clash", """
NEW DELHI - Indian and Chinese troops clashed along the Line of Actual Control in the Yangtse area
of the Tawang sector in Arunachal Pradesh on Tuesday, leading to minor injuries to a few
personnel on both sides, the Indian Army said in a statement on Wednesday. "PLA troops contacted
the LAC in the Tawang sector, which was contested by own troops in a firm and resolute manner,"
the statement said. Both sides disengaged from the area immediately afterwards.

Officials said about 250 Chinese soldiers had approached an Indian post on a ridge at a height of
about 17,000 feet, armed with sticks and clubs, and that the face-off lasted for about an hour.
Six Indian soldiers were taken to a military hospital in Guwahati with fractures, a defence
source said; the number of Chinese injured was not known. Commanders of the two sides held a flag
meeting on Wednesday to restore peace and tranquillity, the army said.

The last such clash in the area was in December 2022. India and China agreed in 2024 on
patrolling arrangements in eastern Ladakh but have not settled their disputed border.
""")
# The Chinese command's statement: its own name for the place ("Dongzhang", in "Zangnan"), its own
# framing (the Indian side crossed the line). Same scuffle, same day: same incident.
add("yangtse-wtc", "Example Chinese State Agency", "2026-10-21", "Western Theatre Command: Indian troops illegally crossed the line at Dongzhang", "yangtse-clash", """
CHENGDU, Oct. 21 - A spokesperson for the Western Theatre Command of the Chinese People's
Liberation Army said on Wednesday that on October 20, Chinese border troops on a normal patrol in
the Dongzhang area on the Chinese side of the Line of Actual Control in the eastern section of the
China-India border were obstructed by Indian troops who illegally crossed the line.

The spokesperson, Senior Colonel Zhang Hui, said the Chinese troops' response was professional,
standard and forceful and stabilised the situation on the ground. "At present, the two sides have
disengaged," he said. "We urge the Indian side to strictly control and restrain its frontline
troops and work with China to maintain peace and tranquillity along the border."

China does not recognise Arunachal Pradesh, which it calls Zangnan and claims as part of southern
Tibet.
""")
# A translation-like rendering of the same statement by another outlet: the duplicate pair
# (same_statement).
add("yangtse-wtc-render", "Example Asia Desk", "2026-10-22", "China army says Indian troops 'illegally crossed line' in Dongzhang area", "yangtse-clash", """
The spokesman of the Chinese People's Liberation Army Western Theatre Command, Senior Colonel Zhang
Hui, issued a statement on 21 October. On 20 October, the Chinese frontier defence troops were
carrying out normal patrol in the Dongzhang region on the Chinese side of the China-India border
Actual Control Line in the eastern sector, and were blocked by Indian troops who crossed the line
illegally. The Chinese troops made a professional, standardised and powerful response, and
stabilised the situation on the scene. At present the two sides have already disengaged. "We
request the Indian side to strictly control and restrict the frontline troops, and together with
the Chinese side maintain the peace and tranquillity of the border area," the statement said.
Dongzhang is the Chinese name for the area of the Tawang sector known in India as Yangtse.
""", duplicate_of="yangtse-wtc", duplicate_kind="same_statement")
# Follow-up three days later: the minister's statement to parliament. Same incident.
add("yangtse-minister", "Example Hindi Daily English Edition", "2026-10-23", "Defence minister tells Parliament no Indian soldier seriously hurt in Tawang face-off", "yangtse-clash", """
NEW DELHI - Defence Minister Rakesh Varma told the Lok Sabha on Friday that no Indian soldier had
been killed or seriously injured in Tuesday's face-off with Chinese troops in the Yangtse area of
Arunachal Pradesh's Tawang district, and that the army had prevented the PLA from "unilaterally
changing the status quo" on the LAC. The Chinese troops were forced to return to their positions
by the timely intervention of Indian commanders, he said.

"Our forces are committed to protecting our territorial integrity and will continue to counter
any attempt," Varma said. The issue had been raised with the Chinese side through diplomatic
channels. Opposition members walked out, saying the government had not allowed a debate. They
demanded to know why the army's statement came a day late and whether Chinese troops had built
structures near the post. The Chinese foreign ministry said on Thursday that the situation on the
border was "generally stable".
""")

# --- Hermel border clash (Tuesday 3 March) -------------------------------------------------------
add("hermel-syria", "Example Syrian State Agency", "2026-03-03", "Defence ministry: three soldiers killed by Hezbollah militias on Lebanese border", "hermel-clash", """
DAMASCUS - Three soldiers of the Syrian Arab Army were killed on Tuesday when "Hezbollah militias"
ambushed an army patrol near the border with Lebanon in the western countryside of al-Qusayr, the
Ministry of Defence said in a statement. The patrol was pursuing smugglers of weapons and drugs
when it came under fire from the Lebanese side, the ministry said. The bodies of two soldiers were
taken across the border and were later handed over through the Lebanese army.

Army units responded "with the appropriate weapons" to the sources of fire and shelled the
positions from which the attack was launched, the statement said. The ministry said it would not
allow the border to be used for smuggling and held "the outlaw gangs and their backers"
responsible. Hezbollah has denied any involvement in the incident.
""")
# The Lebanese side of the same clash: its own place names (Hosh al-Sayyed Ali, Hermel), its own
# dead, and Hezbollah's denial. Same day, same border crossing: same incident.
add("hermel-nna", "Example Beirut Daily", "2026-03-03", "Two killed as Syrian shells hit Hosh al-Sayyed Ali near Hermel", "hermel-clash", """
HERMEL - Two Lebanese were killed and five wounded on Tuesday when shells fired from Syria hit the
border village of Hosh al-Sayyed Ali in the Hermel district, the state news agency reported.
Residents said armed clashes broke out in the afternoon after members of local clans confronted
Syrian soldiers who had crossed into a disputed part of the village. The Lebanese army said it
had "responded to the sources of fire" and deployed reinforcements to the border and was in
contact with the Syrian side.

Hezbollah said in a statement it "has no connection to what happened on the border" and that
residents were defending their homes. The village straddles the poorly marked frontier, and its
families hold land on both sides. In February 2025, clashes in the same area between Syrian forces
and clan fighters killed at least ten people on both sides before a ceasefire was agreed by the
two countries' defence ministers.
""")
# Next day: a wire with both sides' tolls and the bodies returned. Same incident. The 2025 recap
# in hermel-nna is not an incident of this battery.
add("hermel-wire", "Example Wire", "2026-03-04", "Lebanon, Syria agree calm after deadly border clash near Hermel", "hermel-clash", """
BEIRUT, March 4 - Lebanon and Syria agreed on Wednesday to restore calm along their northeastern
border after a clash near the village of Hawsh al-Sayed Ali killed three Syrian soldiers and two
Lebanese on Tuesday, officials in both countries said. The Lebanese army handed over the bodies
of two Syrian soldiers at the Jousieh crossing, a Lebanese military source said.

Syria's defence ministry blamed Hezbollah for the ambush; the Iran-backed group denied it and
Lebanese officials said the fighting involved local clans. Lebanon's prime minister called his
Syrian counterpart and the two agreed that their armies would coordinate to prevent smuggling,
the prime minister's office said. Residents of the village said shelling stopped overnight but
dozens of families had left for Hermel.
""")

# --- Aleppo detainee exchange (Monday 15 June) ------------------------------------------------------
add("aleppo-sana", "Example Syrian State Agency", "2026-06-15", "Exchange of detainees with SDF completed in Aleppo", "aleppo-exchange", """
ALEPPO - The government completed an exchange of detainees with the Syrian Democratic Forces in
Aleppo on Monday under the agreement signed between the two sides, the Aleppo governorate said.
Buses carrying 62 released persons arrived at the Castello roundabout in the north of the city in
the afternoon, where they were received by their families and officials of the governorate, it
said. In return, the state released 58 persons who had been held on charges related to the SDF.

Governor Hassan al-Sheikh said the exchange was "a step towards the return of all Syrians to the
state" and towards the integration of the SDF's institutions. The committee overseeing the
agreement would continue its work on the remaining files, he said.
""")
# The SDF's account: its own figures (it says it freed 40 and received 95), its own place names
# (Sheikh Maksoud). Same exchange, same day: same incident.
add("aleppo-sdf", "Example Kurdish News Agency", "2026-06-15", "SDF and Damascus swap prisoners in Sheikh Maksoud", "aleppo-exchange", """
ALEPPO - The Syrian Democratic Forces released 40 members of government forces and received 95 of
its fighters and civilians from government prisons on Monday in an exchange carried out at the
entrance of the Sheikh Maksoud neighbourhood in Aleppo, the SDF media centre said. Among those
returned were 11 women and four minors who had been detained at checkpoints in the past year, it
said. Relatives gathered in Sheikh Maksoud and the neighbouring Ashrafieh district waving
pictures of the detainees.

The SDF said the exchange was carried out under the March agreement with Damascus and called for
the release of "hundreds more" held in government prisons. "Today is a day of joy for the families,
but our files are not closed," said Ilham Sheikhmous, a member of the SDF's negotiating committee.
""")
# A monitor's count the next day (137 in all). Same exchange; same incident.
add("aleppo-monitor", "Example War Monitor", "2026-06-16", "Monitor: 137 freed in Aleppo exchange, 200 still held", "aleppo-exchange", """
A Britain-based war monitor said on Tuesday that 137 people had been freed in
Monday's exchange between Damascus and the Kurdish-led Syrian Democratic Forces in Aleppo city,
the largest since the two sides agreed in March to integrate the SDF's institutions into the
state. The monitor said government prisons had released 82 people and the SDF 55.

The exchange took place near the Castello road at the edge of the Kurdish-majority Sheikh Maqsoud
neighbourhood and was overseen by officials of both sides and a US-led coalition liaison officer,
it said. At least 200 people remained held by each side, according to the group, whose figures
differ from those of the two parties.

The group said several of those released by the government had been held for more than two
years without charge, and that at least four showed signs of ill-treatment. Families of missing
people gathered at the handover point hoping for news of relatives whose names were not on the
lists, it said.
""")

# --- Culiacan: Monday 9 November and Wednesday 11 November --------------------------------------
add("culiacan-mon-fiscalia", "Example Mexico News", "2026-11-09", "Seven killed in gunfight in Culiacán's Tierra Blanca", "culiacan-mon", """
CULIACÁN, Sinaloa - Seven people were killed on Monday in a gunfight between armed groups in the
Tierra Blanca neighbourhood of Culiacán, the Sinaloa state prosecutor's office said. Residents
reported bursts of gunfire for nearly 40 minutes from about 6:30 in the morning, as parents were
taking children to school. Investigators found 420 cartridge cases, three burnt vehicles and two
armoured pickups with .50-calibre machine guns at the scene on Calle Río Culiacán.

The prosecutor's office said it was investigating the clash as part of the war between the
"Chapitos" and "Mayos" factions of the Sinaloa cartel, which has killed more than 2,000 people in
the state since September 2024. Schools in the area suspended classes, and the state education
department moved lessons online for the rest of the week.
""")
# The army's version of the same gunfight: it joined it and counts "four aggressors neutralised".
# Same place, same morning: same incident.
add("culiacan-mon-army", "Example Wire", "2026-11-09", "Mexican army says it repelled attack in Culiacán, four gunmen killed", "culiacan-mon", """
MEXICO CITY, Nov 9 - Mexican soldiers repelled an attack by armed civilians in Culiacán on Monday,
killing four "aggressors" and arresting two, the defence ministry said. The soldiers were on patrol
in the city's Tierra Blanca area when they came under fire from gunmen in several vehicles who had
been fighting a rival group, the ministry said. One soldier was wounded.

The ministry said the troops seized eight rifles, a .50-calibre machine gun and 12 magazines. It
did not say who the other three dead reported by state prosecutors were. The federal security
cabinet sent another 300 soldiers to Sinaloa last month. The president's security secretary said on
Monday that the violence in Culiacán was "contained" and that murders in the state had fallen.
""")
# A local paper the next day: victims' names and a toll that includes a bystander; same gunfight.
add("culiacan-mon-local", "Example Sinaloa Weekly", "2026-11-10", "Tierra Blanca counts its dead after Monday's shootout", "culiacan-mon", """
CULIACÁN - Residents of Tierra Blanca on Tuesday swept up glass and counted bullet holes in
their homes after Monday's shootout, which left seven dead, among them a 52-year-old street vendor
who was selling tamales on the corner of Río Culiacán and Río Sinaloa streets. Her son said she had
worked on the same corner for 20 years.

Shops on the main avenue stayed closed on Tuesday, and the few buses that ran took a detour. The
state prosecutor's office identified three of the dead as members of a cell of "Los Chapitos", and
said the army's four dead were among the seven. "We have learned to lie on the floor when we hear
shots," said a teacher at the primary school, which did not reopen.
""")
# Wednesday: the same factions, the same neighbourhood, two days later. Its own incident; the recap
# of Monday's gunfight inside both reports does not move them.
add("culiacan-wed-wire", "Example Wire", "2026-11-11", "New gunfight in Culiacán's Tierra Blanca kills three, two days after deadly clash", "culiacan-wed", """
CULIACÁN, Nov 11 - Three people were killed on Wednesday evening in a new gunfight between rival
cartel cells in Culiacán's Tierra Blanca neighbourhood, two days after seven people died in a
clash in the same area, the Sinaloa prosecutor's office said. The shooting broke out at about
7:00 pm near a car wash on Avenida Obregón and lasted about 15 minutes. Police found two bodies in a
pickup and a third in the street.

On Monday morning, gunmen of the Chapitos and Mayos factions fought in Tierra Blanca for almost 40
minutes, and soldiers who intervened killed four of them. The state governor said on Wednesday
that patrols in the neighbourhood would be reinforced by the National Guard.

The state prosecutor's office said it had not yet identified the dead and did not know whether
the gunmen belonged to the same cells. Residents said the National Guard arrived about half an
hour after the shooting stopped.
""")
add("culiacan-wed-local", "Example Sinaloa Weekly", "2026-11-12", "'Not again': Tierra Blanca hit by second shootout in a week", "culiacan-wed", """
CULIACÁN - For the second time this week, residents of Tierra Blanca hid in their bathrooms on
Wednesday night as gunmen fought in the street, this time outside a car wash on Avenida Obregón.
Three men died: two were in a white pickup riddled with bullets, the third lay beside it, the
prosecutor's office said. None of the dead has been identified. No soldiers were involved, the
office said.

"On Monday it was the morning, now it's the night. There is no safe hour," said a shopkeeper who
asked not to be named. The state's security council said the two clashes were linked to the same
dispute over a drug-selling point in the neighbourhood. Schools in Tierra Blanca, which had planned
to reopen on Thursday, stayed closed.
""")

# --- Estonia's expulsion (Tuesday 10 February) and Russia's counter-expulsion (Friday 13 February) ----
add("estonia-mfa", "Example Baltic News Service", "2026-02-10", "Estonia expels Russian embassy counsellor over sabotage plot", "estonia-expels-russian", """
TALLINN - Estonia declared a counsellor at the Russian embassy in Tallinn persona non grata on
Tuesday and ordered him to leave the country within five days, the foreign ministry said. The
diplomat, Alexei Voronov, had "directly and actively undermined Estonia's constitutional order and
security", the ministry said, and had been involved in recruiting people to damage Estonian
infrastructure on behalf of Russian intelligence.

Foreign Minister Liina Tamm said Russia's chargé d'affaires had been summoned and handed a note.
"We will not tolerate the use of diplomatic cover for hostile activities," she said. The Internal
Security Service said in January it had detained two men suspected of planning to set fire to a
railway depot in Tapa on orders from Russia.
""")
add("estonia-wire", "Example Wire", "2026-02-10", "Estonia orders Russian diplomat out, cites sabotage links", "estonia-expels-russian", """
TALLINN, Feb 10 - Estonia on Tuesday ordered a Russian diplomat to leave, accusing him of links to
a plan to sabotage a railway depot, the latest in a series of expulsions between Moscow and the
Baltic states. The foreign ministry in Tallinn gave the embassy counsellor five days to leave.
Russia's embassy said it had not received an explanation and called the decision "another
hostile step", adding that Moscow would respond. Russia's embassy in Tallinn has been reduced to
about a dozen staff since 2022, and Estonia has no ambassador in Moscow.

The expelled counsellor, Alexei Voronov, had worked at the embassy since 2023, according to the
diplomatic list. Estonia's Internal Security Service said last month it had detained two men
suspected of planning an arson attack on a railway depot in Tapa on orders from Russian
intelligence, and that they had been paid in cryptocurrency. Estonian officials said the
counsellor had been in contact with the men's handlers.
""")
# Moscow's reaction the next day promises an answer; it answers this expulsion and is filed with it
# (the counter-expulsion itself three days later is the next incident).
add("estonia-ru-reaction", "Example Russian State Agency", "2026-02-11", "Sokolova: Tallinn's expulsion of diplomat will not go unanswered", "estonia-expels-russian", """
MOSCOW, February 11 - The expulsion of a Russian diplomat from Estonia is "a provocative and
unfounded step" that will not go unanswered, Russian Foreign Ministry spokeswoman Irina Sokolova
said on Wednesday. Tallinn's accusations against the counsellor of the Russian embassy were "an
invention of the Estonian special services, who see Russian saboteurs everywhere", she said at a
briefing.

"The Estonian authorities are consistently destroying what remains of bilateral relations.
Our response will follow," Sokolova said. The Estonian foreign ministry had on Tuesday declared the
diplomat persona non grata and given him five days to leave.

Sokolova said Estonia was "following the line of its Western curators" and that the Russian
diplomat had worked "strictly within the framework of the Vienna Convention". She did not say
when or how Moscow would respond. Relations between Russia and the Baltic states have been at
their lowest point since independence, and both sides have cut their embassies to a minimum.
""")
# The counter-expulsion: a new act by the other side three days later. Its own incident; its recap
# of Tuesday's expulsion does not move it.
add("russia-expels-estonian", "Example Russian State Agency", "2026-02-13", "Russia expels Estonian diplomat in response to Tallinn's move", "russia-expels-estonian", """
MOSCOW, February 13 - Russia has declared a diplomat of the Estonian embassy in Moscow persona non
grata, the Russian Foreign Ministry said on Friday. Estonia's chargé d'affaires, Kristjan Aru, was
summoned to the ministry and handed a note of protest, the ministry said. The diplomat, a second
secretary, must leave Russia within seven days.

The ministry said the step was a response to the "unfriendly and unfounded" expulsion of a Russian
embassy counsellor from Tallinn on February 10. "Any further hostile actions by Tallinn will
receive an adequate response," it said.

The Estonian embassy in Moscow, which has had no ambassador since 2023, now has fewer than ten
diplomats. The ministry accused Tallinn of "Russophobic hysteria" and of persecuting Russian
speakers in Estonia. The Estonian diplomat was not named in the statement. Estonia's foreign
ministry said it would comment after receiving the note.
""")
# Estonia's reaction the next day answers the counter-expulsion; filed with it.
add("russia-expels-ee-reaction", "Example Baltic News Service", "2026-02-14", "Tallinn calls Moscow's expulsion of Estonian diplomat unjustified", "russia-expels-estonian", """
TALLINN - Estonia's foreign ministry said on Saturday that Russia's expulsion of an Estonian
diplomat from Moscow on Friday was "unjustified" and "a purely retaliatory step", and that the
diplomat, a second secretary at the embassy, had done nothing beyond normal diplomatic work. The
embassy in Moscow would continue to work with reduced staff, Foreign Minister Liina Tamm said.

"We expelled a Russian officer who was organising sabotage. Russia expelled a diplomat who was
issuing visas," Tamm told public broadcaster ERR. Earlier this week Tallinn ordered a counsellor at
the Russian embassy to leave, accusing him of recruiting saboteurs. Latvia and Lithuania said they
stood with Estonia.

Tamm said Estonia did not plan a further response for now and would coordinate any further
steps with its allies in the European Union and NATO. The Russian note gave the Estonian
diplomat seven days to leave.
""")

# --- Barkaram attack (night to Monday 6 July) and the army's answer (from Thursday 9 July) ----------
add("barkaram-army", "Example Chad Press Agency", "2026-07-06", "Boko Haram attack on army base in Lac province kills 17 soldiers", "barkaram-attack", """
N'DJAMENA - Seventeen Chadian soldiers were killed and 21 wounded when Boko Haram fighters attacked
an army base on the island of Barkaram in the Lac province overnight into Monday, the army
spokesman, General Issakha Ali Brahim, said. The attackers arrived in dozens of canoes at about
1:00 and overran part of the base before reinforcements from Bol pushed them back after three
hours of fighting, he said. "Several dozen terrorists" were killed, and boats and weapons were
seized.

The wounded were evacuated by helicopter to N'Djamena. The spokesman said the attack would "not go
unpunished". The islands and marshes of Lake Chad, where Chad, Niger, Nigeria and Cameroon meet,
have been a refuge for Boko Haram and the rival Islamic State West Africa Province for more than a
decade.
""")
# A wire the next day with a revised toll (21 soldiers); it calls the place by a transliteration
# ("Barka Tolorom") and by the district, Bol. Same attack.
add("barkaram-wire", "Example Wire", "2026-07-07", "Toll in Chad army base attack rises to 21, sources say", "barkaram-attack", """
N'DJAMENA, July 7 - The number of Chadian soldiers killed in a jihadist attack on a military
position on Lake Chad rose to 21 on Tuesday after four wounded died in hospital, security
sources said. The attack, on a base on the island of Barka Tolorom in the Bol area, began in the
early hours of Monday and lasted several hours.

A local official said Boko Haram's Bakura faction, which operates from islands on the Nigerian and
Nigerien sides of the lake, carried out the raid. The group did not claim it. Residents of nearby
fishing villages said they had fled to Bol. The president visited the wounded at the army hospital in N'Djamena
on Monday evening and vowed to hunt down the attackers.
""")
# Funerals two days after. Same incident. Its closing recap of an attack at Barkaram in October
# 2024 (not an incident of this battery) does not move it.
add("barkaram-funerals", "Example Sahel Daily", "2026-07-08", "Chad buries soldiers killed on Lake Chad island", "barkaram-attack", """
N'DJAMENA - Chad held a military funeral on Wednesday for the soldiers killed in Monday's Boko
Haram attack on the Barkaram base on Lake Chad, at the headquarters of the general staff in
N'Djamena. The president laid wreaths before the coffins, draped in the national
flag, as families wept. Officials gave the toll as 21 dead.

"Our soldiers fell defending the nation on the shores of the lake. They will be avenged," the
chief of staff said in a eulogy. In October 2024, more than 40 soldiers were killed in an attack
on a base at Barkaram, after which Chad launched a months-long offensive on the lake's islands.

The coffins were then taken to the families' home regions for burial. The army said the wounded
were recovering in N'Djamena and that two of them had been flown to Cairo for treatment. Soldiers'
widows will receive a pension and the state will pay for their children's schooling, the defence
ministry said.
""")
# The army's operation announced as the answer, from Thursday: another act, by the other side,
# days later and on other islands. Its own incident, though both reports retell the Barkaram attack.
add("chad-op-army", "Example Chad Press Agency", "2026-07-10", "Army says 96 terrorists neutralised in Lake Chad operation", "chad-lake-operation", """
N'DJAMENA - The Chadian army said on Friday it had "neutralised" 96 Boko Haram fighters and
destroyed five camps in an operation on islands of Lake Chad launched on Thursday in response to
Monday's attack on the Barkaram base. Air strikes and ground troops targeted hideouts on the
islands of Kaiga Kindjiria and Tchoukoutalia, the army spokesman said, and 40 boats and two
stocks of fuel were destroyed. Three soldiers were wounded.

The operation, named "Lake Shield", would continue "until the last terrorist is hunted down", the
spokesman said. He did not give a figure for civilians.

The spokesman said the army had also freed 12 women and children held by the group on
Tchoukoutalia, and that the operation involved special forces, the air force and the navy's river
units. Chadian troops have fought Boko Haram on the lake since 2015, and the army has launched
several offensives after deadly attacks on its bases. "The lake will not be a sanctuary," the
spokesman said.
""")
add("chad-op-wire", "Example Wire", "2026-07-11", "Chad pounds Lake Chad islands after base attack; residents report civilian deaths", "chad-lake-operation", """
N'DJAMENA, July 11 - Chadian warplanes and ground troops pounded islands in Lake Chad for a second
day on Friday, the army said, in an offensive that followed an attack on an army base that killed
21 soldiers earlier in the week. The army said 96 militants had been killed. Two residents of the
island of Kaiga, reached by telephone, said fishermen and their families had also been killed when
bombs hit a fishing camp, and that dozens had fled by canoe towards Niger. Their accounts could not
be independently verified. The army did not respond to questions about civilian casualties.

Chadian troops have repeatedly launched offensives on the islands after attacks on their bases,
and rights groups have accused the army of failing to distinguish between fighters and the
fishermen and herders who live among them. The army said it was taking all precautions to spare
civilians and that the fishing camps served as supply points for the militants.
""")

# --- Northern Benin: Park W attack (Tuesday 21 April) and the roadside bomb (Friday 24 April) -------
add("parkw-gov", "Example Benin Daily", "2026-04-21", "Eight soldiers killed in attack on army post in Park W", "benin-parkw-attack", """
COTONOU - Eight Beninese soldiers were killed on Tuesday when jihadists attacked an army post near
Point Triple in the W National Park, in the commune of Karimama in the north, government spokesman
Armand Dossou said. Soldiers repelled the attack after two hours of fighting, and "several
assailants" were killed, he said. Four soldiers were wounded and taken to Kandi.

Point Triple, where the borders of Benin, Niger and Burkina Faso meet, has been the site of
repeated attacks on Beninese forces since 2022. The government did not name the attackers, but
security sources blamed the al-Qaeda-linked group JNIM. The army has some 3,000 soldiers deployed
in the north under Operation Mirador.

The government announced a national day of mourning and said the bodies would be brought to
Parakou. "The enemy will find us standing," Dossou told reporters after a meeting of the security
council.
""")
# JNIM's claim, relayed by a monitor: its own toll (30) and its own name for the site. Same attack.
add("parkw-jnim", "Example Jihadism Monitor", "2026-04-22", "JNIM claims attack on Beninese army post near tri-border area", "benin-parkw-attack", """
The al-Qaeda affiliate Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed on Wednesday to have
killed 30 Beninese soldiers in an attack on a military post "in the Alibori region, near the
border triangle" on Tuesday, in a statement released through its az-Zallaqa media foundation.
The statement said the group seized two armoured vehicles, motorcycles and a quantity of weapons
and ammunition, and published 14 photographs of bodies and of the seized equipment.

The claimed toll is far above the eight dead announced by the Beninese government. JNIM has
stepped up attacks in northern Benin and Togo as it expands southwards from Burkina Faso.

The photographs could not be independently verified, but one of them showed a Beninese army
armoured vehicle with its registration number visible. JNIM also claimed an attack on a Togolese
army post in the Savanes region earlier in the month. The group often inflates the tolls of its
attacks, analysts say, while governments in the region often play them down.
""")
add("parkw-wire", "Example Wire", "2026-04-22", "Benin buries soldiers as jihadist attacks spread in north", "benin-parkw-attack", """
KANDI, Benin, April 22 - Soldiers and officials gathered in Kandi on Wednesday to pay tribute to
the eight soldiers killed in Tuesday's attack on a post in the W park, as fears grew in northern
Benin about the spread of jihadist violence. The post near Karimama was overrun for about two hours
before reinforcements arrived, a security source said, adding that the attackers came on
motorcycles from Niger. JNIM said it killed 30 soldiers, a figure the government rejected as
propaganda. The government has promised to recruit 5,000 more soldiers.

The W park, a UNESCO World Heritage Site that straddles the borders of Benin, Niger and Burkina
Faso, has become a base for jihadists since 2019. Park rangers have withdrawn from large parts of
it. Benin's army has lost more than 100 soldiers in the north since the first attacks in 2021,
according to a tally by analysts. The funeral procession passed through Kandi's main square, where
residents lined the road.
""")
# Friday: a roadside bomb on a police vehicle near Tanguieta, 200 km away: a second attack by the
# same group in the same week, its own incident. The wire recalls Tuesday's attack in a clause.
add("tanguieta-wire", "Example Wire", "2026-04-24", "Roadside bomb kills four police officers in northwest Benin", "benin-tanguieta-ied", """
COTONOU, April 24 - Four police officers were killed on Friday when their vehicle hit a roadside
bomb on the road between Tanguiéta and Batia in the Atacora department of northwest Benin, a
police source said. Two other officers were wounded. The vehicle was escorting a team of park
rangers to the Pendjari National Park.

The blast came three days after jihadists killed eight soldiers at an army post in the W park in
the northeast. No group claimed the bombing, but JNIM has used improvised explosive devices in the
Pendjari area since 2022.

The Pendjari and W parks, which together form one of the largest protected areas in West
Africa, have been largely closed to tourists since two French visitors were kidnapped in 2019. The
government said the security forces would step up patrols on the roads of the Atacora
department.
""")
add("tanguieta-local", "Example Benin Daily", "2026-04-25", "Tanguieta mourns police killed by explosive device", "benin-tanguieta-ied", """
TANGUIETA - Shops closed in Tanguieta on Saturday as the town mourned four police officers killed
on Friday by an explosive device hidden under the road to Batia, about 15 kilometres from the town.
The officers, aged between 26 and 41, were from the Tanguieta police station. The Atacora prefect
said the device had been buried in the dirt track overnight, and that a second device was found
and defused 300 metres further on. Traffic to the Pendjari park was suspended.

Relatives of the dead gathered at the police station, where the flag flew at half-mast. "My
brother had asked to be transferred to the south," said the sister of one of the officers. The
mayor asked the government to pave the road to Batia, saying bombs were easily hidden in its dirt
surface. No group has claimed the attack. Residents said jihadists had been seen in villages near
the park in recent weeks, demanding that men grow beards.
""")
# A weekly digest is a round-up: three paragraphs on Tuesday's Park W attack, one on the Tanguieta
# bomb, one on Togo. Labelled with its main incident, benin-parkw-attack.
add("sahel-digest", "Example Sahel Security Digest", "2026-04-26", "Weekly: Deadliest attack of the year on Benin's army", "benin-parkw-attack", """
This week's main event was Tuesday's attack on the Beninese army post near Point Triple in the W
National Park, the deadliest on Benin's forces this year. The government confirmed eight soldiers
killed and four wounded; JNIM, in its claim, said it killed 30 and published photographs of
seized armoured vehicles.

Our sources in Karimama describe a coordinated assault by about 100 fighters on motorcycles, who
approached from the Niger side of the park before dawn and withdrew with equipment after two hours.
The post had been reinforced only a month earlier.

The attack fits a pattern of JNIM pushing into the border parks of Benin, where the group levies
taxes on herders and poachers and recruits among local communities who feel neglected by Cotonou.

On Friday, a roadside bomb killed four police officers near Tanguiéta in Atacora. In Togo's Savanes
region, the army reported two attacks on posts with no casualties.
""")

# --- Antananarivo protests (Monday 24 August) -------------------------------------------------------
add("tana-wire", "Example Wire", "2026-08-24", "Police fire tear gas as Madagascar protests over power cuts turn deadly", "antananarivo-protest", """
ANTANANARIVO, Aug 24 - At least two people were killed on Monday when police fired tear gas and
shots to disperse thousands of protesters in Madagascar's capital who were demonstrating against
daily water and power cuts, hospital sources said. Protesters, many of them students, gathered in
the Analakely district and tried to march on the Place du 13 Mai, where police blocked the road.
Some protesters burned tyres and looted shops on Avenue de l'Indépendance.

The state utility Jirama has been cutting power for up to 12 hours a day in parts of the capital.
The government imposed a curfew in the city from 7 pm to 5 am. "We are tired of living in the dark
without water," said a 23-year-old law student.
""")
# The government's version: it denies live fire and blames looters. Same day, same protest.
add("tana-gov", "Example Madagascar Daily", "2026-08-25", "Government denies police used live ammunition in Tana", "antananarivo-protest", """
ANTANANARIVO - The government on Tuesday denied that security forces had used live ammunition
against demonstrators in the capital on Monday, and said the two people who died had been killed
"in the course of looting". Communication minister Hery Rakotomalala said 34 members of the
security forces were injured and 112 people were arrested for vandalism and looting in Analakely
and Behoririka.

"The right to demonstrate is guaranteed, but not the right to destroy," he said. The minister said
the water and power company's director general had been dismissed and that emergency generators
would be installed in Tana's hospitals. Student unions called for a new march on Thursday.

The minister said the security forces had used only tear gas and rubber bullets and that an
investigation had been opened into the two deaths. Opposition parties accused the government of
lying and said several of the wounded had bullet wounds. The curfew in the capital would remain in
force until further notice, he said.
""")
# Follow-up three days later: the UN's toll (five), funerals. Same incident. Its closing paragraph
# names Thursday's students dispersed in Ankatso in one sentence, a happening no other report tells;
# the report stays with its lead.
add("tana-un", "Example Africa Wire", "2026-08-27", "UN says five killed in Madagascar protest crackdown; first funerals held", "antananarivo-protest", """
GENEVA/ANTANANARIVO - At least five people were killed and 47 wounded when security forces
dispersed Monday's protests in Antananarivo, the UN human rights office said on Thursday, citing
hospital and local sources, and called for an independent investigation into "the unnecessary and
disproportionate use of force". Three of the dead had gunshot wounds, it said.

On Thursday families in Antananarivo buried two of the victims, a 19-year-old student and a
motorcycle taxi driver, as hundreds of people walked behind the coffins through the Anosy
district chanting "justice". The government has said no live rounds were fired.

The protests, led by a youth movement organised on social media, began over water and power
cuts but have turned into a broader movement against the government. Police used tear gas on
Thursday to disperse several hundred students who had gathered near the university in Ankatso. The
government has promised that Jirama will restore supply in the capital within a month.
""")

# --- Lightning at a school in Arua (Tuesday 24 March) ------------------------------------------------
add("arua-police", "Example Uganda Daily", "2026-03-24", "Lightning kills eight pupils at Arua primary school", "arua-lightning", """
ARUA - Eight pupils were killed and 36 injured when lightning struck a classroom block at Oluko
Primary School in Ayivu division, Arua city, during a heavy downpour on Tuesday afternoon, police
said. West Nile regional police spokesperson Josephine Angucia said the pupils, aged between 9 and
14, were in a Primary Five lesson when the lightning struck at about 3:30 pm. The injured were
taken to Arua Regional Referral Hospital.

The school, like many in the region, had no lightning arrester, Angucia said. Parents rushed to
the school as news spread, and some pupils were carried to the hospital on motorcycles.

The district health officer said eight of the injured were in critical condition with burns and
that the hospital had appealed for blood donors. The Uganda National Meteorological Authority had
warned of heavy thunderstorms across West Nile this week. Police asked schools in the area to keep
children indoors, away from windows and metal roofs, during storms.
""")
add("arua-wire", "Example Wire", "2026-03-25", "Lightning strike on Ugandan school kills 10 children", "arua-lightning", """
KAMPALA, March 25 - The number of children killed by a lightning strike on a primary school in
northwestern Uganda's West Nile region rose to ten on Wednesday after two injured pupils died in
hospital, officials said. About 30 others were still being treated for burns. The strike hit a
classroom during a storm on Tuesday. The education ministry said it would make lightning
conductors compulsory for all schools. Uganda has one of the highest rates of lightning strikes in
the world; in 2011, 18 pupils were killed by lightning at a school in Kiryandongo.

Police said the school, in Arua's Ayivu division, had a metal roof and no lightning
protection. Lightning kills dozens of people in Uganda every year, most of them in the rainy
seasons between March and May and September and November. Local leaders in West Nile appealed for
help to build safer classrooms, saying many schools were built without any inspection.
""")
# Funerals two days later; the school named by another spelling (Oluku). Same incident.
add("arua-funerals", "Example West Nile FM", "2026-03-26", "Arua buries pupils killed by lightning at Oluku", "arua-lightning", """
ARUA - Hundreds of mourners gathered on Thursday at the grounds of Oluku Primary School for a joint
requiem service for the ten pupils killed by lightning on Tuesday. The state minister for primary
education, who attended, handed each family five million shillings for burial costs and promised
that the government would fit all schools in West Nile with lightning arresters before the end of
the rainy season. The school will remain closed for two weeks. "We sent our children to learn, not
to die," said a father who lost his 11-year-old daughter.

Pupils in school uniform sang hymns as the small coffins were carried past, and several parents
collapsed and had to be helped away. The bodies were then taken to their home villages in Ayivu and
Terego for burial. The head teacher said counsellors would work with the surviving pupils, many of
whom were still too frightened to return to classrooms when it rains.
""")

# --- Manipur ambush (Monday 7 December) --------------------------------------------------------------
add("manipur-army", "Example Indian National Daily", "2026-12-07", "Two Assam Rifles soldiers killed in ambush in Manipur's Tengnoupal", "manipur-ambush", """
IMPHAL - Two Assam Rifles personnel were killed and four injured when militants ambushed a patrol
on the Imphal-Moreh road in Manipur's Tengnoupal district on Monday morning, the Spear Corps of the
Indian Army said. The militants opened fire from a hill on the patrol's vehicles near the village
of Khudengthabi, about 20 km from the Myanmar border town of Moreh, and fled towards the border
after the troops returned fire.

Reinforcements launched a search operation in the area. The injured were airlifted to Imphal. No
group claimed responsibility, but security officials suspected a Meitei insurgent group that has
camps across the border in Myanmar.

The ambush was the deadliest on security forces in Manipur in several months. The state has been
under a heavy security deployment since ethnic violence between Meitei and Kuki-Zo communities
broke out in May 2023, killing more than 250 people. The Moreh road passes through Kuki-Zo majority
hills and is patrolled by the Assam Rifles.
""")
# The state police's statement the next day names the spot by the road, not the village, and gives
# a second wounded count. Same ambush.
add("manipur-police", "Example Northeast Daily", "2026-12-08", "Manipur police arrest two after Moreh road ambush", "manipur-ambush", """
IMPHAL - Manipur police said on Tuesday they had arrested two men suspected of helping militants
who ambushed an Assam Rifles patrol on the Imphal-Moreh highway on Monday, killing two soldiers.
Five soldiers were wounded, one critically, police said. The suspects were picked up from a village
in the Chandel area and a rifle and a radio set were seized. Police said the attackers, between
eight and ten, had crossed back into Myanmar's Sagaing region. The Moreh road, the main route for
India's trade with Myanmar, was closed to traffic for several hours.

A senior police officer said the militants had carried out the attack with assault rifles and had
planted an improvised explosive device that failed to go off. The Chief Minister condemned the
ambush and announced compensation of 10 lakh rupees for the families of the two soldiers. Traffic
resumed in the evening under escort.
""")

# --- singletons ---------------------------------------------------------------------------------------
add("bajaur-polio", "Example Pakistan Daily", "2026-01-19", "Gunmen kill police escort of polio team in Bajaur", "bajaur-polio", """
KHAR - Gunmen on a motorcycle shot dead a police constable escorting a polio vaccination team in the
Mamund tehsil of Bajaur district in Khyber Pakhtunkhwa on Monday, police said. The two vaccinators,
both women, were unhurt. The attackers fled. The district administration suspended the
vaccination campaign in Mamund for three days. Pakistan is one of two countries where polio is
still endemic, and militants have attacked vaccination teams, accusing them of spying.

Police said the constable, 35, had been posted to the vaccination campaign for the third time.
Security forces cordoned off the area and began a search for the attackers. No group has claimed
the attack. The campaign, which aims to vaccinate more than 300,000 children under five in the
district, continued in Bajaur's other tehsils, officials said. Health workers' unions demanded
better protection, saying teams were often escorted by a single policeman.
""")
add("copper-output", "Example Mining Weekly", "2026-01-20", "Chilean copper producer's output falls 6% on lower ore grades", "copper-output", """
SANTIAGO - Chile's largest private copper miner said on Tuesday its output fell 6% last year to
1.21 million tonnes, hurt by lower ore grades at its biggest mine and a two-week stoppage after a
landslide at a tailings dam in August. The company expects production of 1.15 million to 1.25
million tonnes this year. Its shares fell 2.3% in Santiago. Copper prices on the London Metal
Exchange were near $11,000 a tonne on Tuesday, close to record highs, as supply disruptions at
mines in several countries tightened the market.

The company said costs rose 8% as it paid more for energy and water from a desalination plant.
It plans to invest $2.4 billion this year, mostly in extending the life of its biggest mine, and
said it would decide on a new concentrator by the end of the year. Chile produced about 5.3
million tonnes of copper last year, roughly a quarter of world supply.
""")
add("museum-reopens", "Example Culture Review", "2026-12-08", "Provincial museum reopens after five-year renovation", "museum-reopens", """
The regional museum in the city reopened on Tuesday after a five-year renovation that cost 48
million euros, with a new glass gallery in its courtyard and a restored collection of medieval
altarpieces. The museum's director said about 1,200 objects, a third of them never shown before,
were now on display. Admission will be free on Sundays until the end of February. The renovation
ran two years late after the discovery of a Gothic cellar under the building, which is now part of
the visit.

Visitors queued from early morning, and the museum said more than 4,000 people came on the first
day. The new galleries also house a collection of textiles and a room devoted to the city's
history under occupation in the Second World War. The regional government, which owns the
building, paid most of the bill, with the rest from European funds.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
