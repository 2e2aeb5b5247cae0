"""Writes probes24.jsonl: invented reports for the duplicate and incident
tests of session 24 (TestProbes24 in internal/fuse; `parallax eval
duplicates --data testdata/clusters/probes24.jsonl` and `eval incidents`).
Every person, unit and number is invented; states, towns, bodies and
armed groups are real. Written before any session-24 fusion change, in the
kind of the duplicate pairs missed on events14 and events15 (a statement
in a wire's reported speech and in a translation-like English rendering),
with no sentence of theirs.

A duplicate pair (`same_statement`) is one statement told twice: its
figures, names and day are the same, its words are not (a translation
writes "nineteen (19) agents of the forces of order", the wire "19 police
officers"; a communique numbers its points, the wire folds two into one).
Negatives: reports of the same incident that are not renderings of one
statement (own reporting that repeats an official figure, the other side's
statement, one ministry's second statement the next day with a new toll).

Cases, each with its label decision:
  nkc-riots     riots in Nouakchott's Arafat district: the interior
                ministry's communique (translation-like, figures in words
                and digits) and a wire relaying it the same day are
                duplicates; a local paper's own account (a hospital's
                figure, residents) and the ministry's second communique the
                next day (toll raised, more arrests) are the same incident
                and no duplicates.
  bda-attack    separatists attack a gendarmerie post near Bamenda: the
                defence ministry's communique in numbered points, rendered
                in English by a daily published the next day, and a wire's
                reported speech of it are duplicates; the separatists' own
                claim (other figures) joins the incident, no duplicate.
  bcp-rate      ordinary news: Paraguay's central bank cuts its rate; the
                monetary committee's statement in translation and the
                wire's report of it are duplicates; an analysts' note the
                same day quoting the new rate is not.
  delft-detain  a bulletin in numbered points: Sri Lanka's navy note on
                fishermen detained off Delft island, in numbered points,
                and the wire's condensed relay: duplicates; India's
                fishermen's association reacting the next day is the same
                incident, no duplicate.

Usage: python3 testdata/clusters/make_probes24.py > testdata/clusters/probes24.jsonl
"""
import json
arts = []
def add(id, outlet, pub, title, incident, text, dup=""):
    arts.append({"id": id, "url": "", "outlet": outlet, "title": title, "published": pub, "language": "en",
                 "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                 "incident": incident, "duplicate_of": dup, "duplicate_kind": "same_statement" if dup else ""})

# --- nkc-riots: a ministry's communique, its relay, own reporting, the next day's communique ---
add("nkc-mint-wire", "Example Sahara Wire", "2026-03-13", "Mauritania says two killed in Nouakchott riots, 63 held", "nkc-riots", """
NOUAKCHOTT - Mauritania's interior ministry said on Friday that two people were killed and 19 police officers were hurt in Thursday's riots in the Arafat district of Nouakchott, and that 63 suspects had been detained.

In a statement carried by the state news agency AMI, the ministry said rioters had set fire to the district's town hall and a fuel station, and that the security forces had acted "with the greatest restraint". It said an inquiry had been opened by the public prosecutor.

Interior minister Mohamed Lemine Ould Sidi said the unrest had been stirred up by "parties seeking to exploit" the price of bread. Opposition parties say at least five people died.
""")
add("nkc-mint-tr", "Example Nouakchott Tribune (English edition)", "2026-03-13", "Press release of the Ministry of the Interior on the events in Arafat", "nkc-riots", """
The Ministry of the Interior and Decentralisation brings to the knowledge of the national opinion that in the evening of Thursday 12 March, bands of vandals indulged in looting and destruction in the moughataa of Arafat, wilaya of Nouakchott-South.

The municipal building and a service station were burned. The defence and security forces intervened with the sole means of maintaining order and with the greatest measure.

The provisional assessment establishes two (02) deaths. Nineteen (19) elements of the security forces sustained injuries. Sixty-three (63) individuals were apprehended.

The Prosecutor of the Republic is seized. The Ministry invites the citizens not to yield to the manipulation of those who instrumentalise the cost of bread.

Nouakchott, 13 March. The Minister of the Interior, Mohamed Lemine Ould Sidi.
""", dup="nkc-mint-wire")
add("nkc-local", "Example Nouakchott Tribune", "2026-03-13", "Arafat counts the cost after a night of anger", "nkc-riots", """
NOUAKCHOTT - Shopkeepers in Arafat swept up glass on Friday after a night of rioting over the price of bread left the district's town hall a blackened shell.

Doctors at the Sheikh Zayed hospital said two young men had died of their wounds and that eleven people were still being treated. Residents said police fired tear gas into side streets until the early hours.

"We cannot feed our children," said Khadijetou, a mother of four who sells vegetables near the Arafat market.
""")
add("nkc-mint-day2", "Example Sahara Wire", "2026-03-14", "Mauritania raises Arafat riot toll to three, detains 81", "nkc-riots", """
NOUAKCHOTT - Mauritania's interior ministry said on Saturday that a third person had died of injuries sustained in Thursday's riots in Nouakchott's Arafat district and that the number of people detained had risen to 81.

The ministry said in a new statement that calm had returned to the district and that the night-time ban on gatherings would be lifted on Sunday. Minister Mohamed Lemine Ould Sidi visited the burned town hall.
""")

# --- bda-attack: a defence communique in numbered points, rendered a day later ---
add("bda-mindef-wire", "Example Central Africa Wire", "2026-05-05", "Cameroon says separatists killed four gendarmes near Bamenda", "bda-attack", """
YAOUNDE - Cameroon's defence ministry said on Tuesday that separatist fighters had killed four gendarmes and wounded seven in an attack on a gendarmerie post at Bambui, near Bamenda, on Monday night.

Ministry spokesman Colonel Serge Atangana said the attackers had arrived on motorbikes and used homemade explosives, and that 12 of them had been "neutralised" in the counter-attack. He said two assault rifles had been seized.

Separatists have fought for an independent state in Cameroon's English-speaking regions since 2017.
""")
add("bda-mindef-tr", "Example Bamenda Herald", "2026-05-06", "Communique of the Ministry of Defence on the attack in Bambui", "bda-attack", """
The Minister Delegate at the Presidency in charge of Defence informs the national and international opinion of the following:

1) In the night of Monday 4 to Tuesday 5 May, a group of terrorists on motorcycles attacked the gendarmerie post of Bambui, in the Tubah subdivision, department of Mezam, with the use of improvised explosive devices.

2) The defence forces reacted with vigour. Twelve (12) assailants were neutralised and two (02) assault weapons recovered.

3) On our side, four (04) gendarmes fell on the field of honour and seven (07) others were wounded, evacuated to the regional hospital of Bamenda.

Yaounde, 5 May. For the Minister, the Head of the Communication Division, Colonel Serge Atangana.
""", dup="bda-mindef-wire")
add("bda-adf", "Example Ambazonia Voice", "2026-05-05", "Restoration forces say they overran Bambui post", "bda-attack", """
The Ambazonia Defence Forces said on Tuesday their fighters had overrun the gendarmerie post at Bambui on Monday night, killing nine soldiers and capturing weapons, and lost only one of their own.

A commander who gave his name as General Ivo said the post had been used to harass villagers in Tubah. The group published photographs of rifles it said it had taken.
""")

# --- bcp-rate: a central bank's statement, its relay, an analysts' note ---
add("bcp-rate-wire", "Example Southern Cone Wire", "2026-06-24", "Paraguay's central bank cuts key rate by 25 basis points", "bcp-rate", """
ASUNCION - Paraguay's central bank cut its benchmark interest rate by 25 basis points to 5.50% on Tuesday, its second cut this year, citing inflation that has stayed close to its 3.5% target.

The bank's monetary policy committee said in a statement that the decision was unanimous and that inflation had eased to 3.7% in May. It said it expected the economy to grow 4.1% this year, helped by a record soybean harvest.

The committee said it would keep watching fuel prices and the exchange rate of the guarani.
""")
add("bcp-rate-tr", "Example Asuncion Daily (English edition)", "2026-06-24", "Statement of the Monetary Policy Committee", "bcp-rate", """
The Monetary Policy Committee (CPM) of the Central Bank of Paraguay (BCP), meeting this Tuesday, resolved by unanimity of its members a reduction of 25 basis points of the monetary policy rate (TPM), which is situated at 5.50% annual.

The year-on-year variation of the consumer price index stood at 3.7% in May, in convergence with the goal of 3.5%. For the present year the Committee estimates an expansion of the product of 4.1%, driven by the historic harvest of soya.

The CPM will remain attentive to the behaviour of the prices of fuels and the quotation of the guarani.
""", dup="bcp-rate-wire")
add("bcp-rate-analysts", "Example Markets Daily", "2026-06-24", "Analysts see one more Paraguay rate cut before year end", "bcp-rate", """
Paraguay's central bank surprised no one on Tuesday by trimming its policy rate to 5.50%, and economists at two local brokerages said they expected one more quarter-point cut by December.

"With inflation at 3.7% and a strong harvest, the bank has room," said Lucia Benitez, chief economist at Cadiem Casa de Bolsa. Others warned that a weaker guarani could slow the easing.
""")

# --- ssa-detain: a navy note in numbered points and the wire's condensed relay ---
add("delft-navy-wire", "Example South Asia Wire", "2026-08-18", "Sri Lanka navy arrests 14 Indian fishermen off Delft", "delft-detain", """
COLOMBO - Sri Lanka's navy said on Tuesday it had arrested 14 Indian fishermen and seized two trawlers for fishing illegally in Sri Lankan waters off Delft island early that day.

The navy said in a note that the fishermen had been brought to the Kankesanthurai harbour and would be handed over to the fisheries inspector in Jaffna for legal action. It said 11 trawlers had been seized so far this year.
""")
add("delft-navy-tr", "Example Jaffna Herald", "2026-08-18", "Navy note on the arrest of Indian fishermen", "delft-detain", """
The Sri Lanka Navy wishes to inform the following:

1. In the early hours of Tuesday 18 August, a navy patrol detected a group of Indian boats engaged in poaching in the island's waters to the north of Delft.

2. Fourteen (14) Indian nationals were taken into custody along with two (02) boats.

3. The suspects were escorted to the Kankesanthurai harbour and will be handed to the Assistant Director of Fisheries, Jaffna, for onward legal proceedings.

4. Since the beginning of the year, eleven (11) Indian boats have been taken into custody.
""", dup="delft-navy-wire")
add("delft-tn-reaction", "Example Chennai Times", "2026-08-19", "Rameswaram fishermen strike after 14 held by Sri Lanka", "delft-detain", """
RAMESWARAM - Fishermen in Rameswaram began an indefinite strike on Wednesday after the Sri Lankan navy arrested 14 of their colleagues off Delft island on Tuesday.

Association leader P. Jesuraja said the boats had been fishing in traditional waters and urged New Delhi to secure the release of the men and their two trawlers.
""")

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
