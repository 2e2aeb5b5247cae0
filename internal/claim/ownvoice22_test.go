package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// ownvoice22Known are the session-22 own-voice battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass. Kinds: see the battery's header.
var ownvoice22Known = map[string]string{
	"mm-rcss-council-own-outlet: extra said | The Restoration Council of Shan State":         "got said | The Restoration Council of Shan State | SSA | assert | Shan State Army (the '(RCSS)' after the name is no part of the speaker's span, so the 'RCSS' line takes no claim; 'council' takes 'The council')",
	"cd-adf-officials-of: > said | Antony Mualushayi":                                        "got said | Antony Mualushayi |  | assert | Antony Mualushayi",
	"cf-seleka-coalition-sources: > said | Sources":                                          "got said | Sources |  | assert | ",
	"eh-polisario-negative-un-spokesman: extra calls for | UN":                               "got calls for | UN | UNO | assert | United Nations",
	"eh-polisario-quoting-enemy: extra admits | Occupation army":                             "got admits | Occupation army | MAR | assert | ",
	"et-onlf-own-outlet-sources: > claimed | regional administration":                        "got claimed | regional administration |  | assert | ",
	"et-onlf-own-outlet-sources: > said | Ogaden sources":                                    "got said | Ogaden sources |  | assert | ",
	"in-maoist-spokesperson-for: > said | He":                                                "missing",
	"in-maoist-spokesperson-for: extra claim | Maoists":                                      "got claim | Maoists |  | assert | ",
	"in-nscn-council-head-noun: > rejected | NSCN-IM":                                        "missing",
	"in-nscn-council-head-noun: > rejects | NSCN-IM":                                         "got rejects | NSCN-IM |  | assert | ",
	"in-nscn-council-head-noun: > said | council":                                            "got said | council |  | assert | ",
	"in-nscn-council-head-noun: > told | V Horam":                                            "got told | V Horam |  | assert | V Horam",
	"in-nscn-council-head-noun: extra rejected | The National Socialist Council of Nagaland": "got rejected | National Socialist Council of Nagaland |  | assert | National Socialist Council of Nagaland",
	"in-ulfa-defined: > said | ULFA-I":                                                       "missing",
	"in-ulfa-defined: extra said | The United Liberation Front of Asom-Independent":          "got said | United Liberation Front of Asom-Independent | ULFAI | assert | United Liberation Front of Asom-Independent",
	"iq-pjak-defined-commander: > said | Siamand Moini":                                      "got said | Siamand Moini |  | assert | Siamand Moini",
	"iq-pjak-official-of-he: > denied | official":                                            "missing",
	"iq-pjak-official-of-he: > denies | PJAK":                                                "got denies | PJAK |  | deny | PJAK",
	"iq-pjak-official-of-he: > said | He":                                                    "missing",
	"iq-pjak-official-of-he: extra denied | PJAK":                                            "got denied | PJAK |  | deny | PJAK",
	"ir-jaish-al-adl-own-statement: extra claims | Jaish al-Adl":                             "got claims | Jaish al-Adl | JAISHALADL | assert | Jaish al-Adl",
	"ml-cma-coalition: > said | CMA":                                                         "missing",
	"ml-cma-coalition: extra said | The Coordination of Azawad Movements":                    "got said | Azawad Movements | CMA | assert | Azawad Movements",
	"ml-cma-spokesman-of-coalition: > accused | He":                                          "got accused | He |  | assert | Mohamed Elmehdi Ag Attaher",
	"ml-cma-spokesman-of-coalition: > said | Mohamed Elmehdi Ag Attaher":                     "got said | Mohamed Elmehdi Ag Attaher |  | assert | Mohamed Elmehdi Ag Attaher",
	"ml-jnim-channel: extra claims | JNIM":                                                   "got claims | JNIM | JNIM | assert | Jama'at Nasr al-Islam wal Muslimin",
	"ml-jnim-own-communique-we: > said | communiqu\u00e9":                                    "got said | communiqu\u00e9 |  | assert | ",
	"mm-aa-own-outlet-we: > said | it":                                                       "got said | it | MMR | assert | Myanmar Armed Forces",
	"mm-kia-negative-parliament: > urged | Members":                                          "missing",
	"mm-kia-negative-parliament: extra urge | Lawmakers":                                     "got urge | Lawmakers | MMR | assert | ",
	"mm-kia-sources-in-the-army: > told | KIA officer":                                       "got told | KIA officer | KIA | deny | ",
	"mm-rcss-council-own-outlet: > said | RCSS":                                              "missing",
	"mm-rcss-negative-state-council: > said | RCSS":                                          "missing",
	"mm-rcss-negative-state-council: > said | council":                                       "got said | council |  | assert | ",
	"mm-rcss-negative-state-council: extra said | The Restoration Council of Shan State":     "got said | Restoration Council of Shan State | SSA | assert | Shan State Army",
	"sd-srf-coalition-members: > said | SRF":                                                 "missing",
	"sd-srf-coalition-members: extra said | The Sudan Revolutionary Front":                   "got said | Sudan Revolutionary Front |  | assert | Sudan Revolutionary Front",
	"sd-srf-negative-government-sources: > said | rebels":                                    "got said | rebels |  | assert | ",
	"so-onlf-negative-enemy-quoted-in-own-outlet: > claimed | Abdi Farah":                    "got claimed | Abdi Farah |  | assert | Abdi Farah",
	"so-onlf-negative-enemy-quoted-in-own-outlet: > said | ONLF":                             "missing",
	"so-onlf-negative-enemy-quoted-in-own-outlet: extra said | The front":                    "got said | The front | ONLF | deny | Ogaden National Liberation Front",
	"tr-pkk-media-office: > said | media office":                                             "got said | media office |  | assert | ",
	"tr-pkk-negative-pro-government-site: > said | website":                                  "got said | website |  | assert | ",
	"tr-pkk-own-outlet-hpg-we: > said | HPG":                                                 "got said | HPG press centre |  | assert | ",
	"tr-pkk-own-outlet-hpg-we: > said | press centre":                                        "missing",
	"tr-pkk-own-outlet-hpg-we: extra said | The People's Defence Forces":                     "got said | People's Defence Forces | TUR | assert | People's Defence Forces",
	"tr-pkk-pro-website: > claimed | website":                                                "got claimed | website |  | assert | ",
	"tr-pkk-pro-website: > denied | ministry":                                                "got denied | ministry | IRQ | deny | ",
	"tr-pkk-pro-website: > said | defence ministry":                                          "got said | defence ministry | IRQ | assert | ",
}

// TestOwnVoice22Probes runs the whole pipeline on the session-22 battery
// of non-state parties speaking for themselves
// (testdata/probes/ownvoice22.txt): a party's own outlet and communiqué,
// titles of a group, its media and websites, sources in it, defined short
// names and their head nouns, coalitions, and the negatives.
func TestOwnVoice22Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/ownvoice22.txt"))
	testutil.CheckKnownFailures(t, failed, ownvoice22Known, "ownvoice22Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(ownvoice22Known))
}
