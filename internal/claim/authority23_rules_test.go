package claim_test

import "testing"

// TestAuthority23Rules: the forms session 23's de facto lane made
// parallax read (authority.go), with negatives. A story filed from a de
// facto authority's town names its offices bare, and they, "It" after
// them and a titled official speak for the authority; a body a state
// word qualifies keeps the state. In another state's story, a
// separatist's or rebel's title, and a title that names the authority,
// take the story's one authority; a story filed from the parent state's
// capital keeps its bare bodies. A person who spoke with a non-state
// party's side keeps it in his pronouns. Sentences invented.
func TestAuthority23Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a bare ministry in the authority's town",
			"HARGEISA — Clan militias attacked army posts near Erigavo on Sunday, the defence ministry said.",
			"said", "defence ministry", "SOMALILAND", "assert", "-"},
		{"'It' after the authority's ministry",
			"SUKHUMI — Georgian patrols crossed the Inguri near Gali on Sunday, the security service said. It added that two of its officers had been wounded.",
			"added", "It", "ABKHAZIA", "assert", "-"},
		{"a titled official in the authority's town",
			"TSKHINVALI — Georgian posts fired on a village near Dvani overnight, Interior Minister Alan Dzhioev said.",
			"said", "Alan Dzhioev", "SOUTHOSSETIA", "assert", "-"},
		{"a state word keeps the state in the authority's town",
			"TSKHINVALI — Two shepherds were detained near Dvani on Sunday. The Georgian interior ministry said the men had been on Georgian land.",
			"said", "Georgian interior ministry", "GEO", "assert", "-"},
		{"a separatist leader in the parent state's story",
			"CHISINAU — Moldovan police stopped a convoy near Varnita on Sunday. The separatist leader Oleg Rusnac said the convoy carried only grain for Transnistria.",
			"said", "Oleg Rusnac", "TRANSNISTRIA", "assert", "-"},
		{"a rebel spokesman of the story's one authority",
			"TBILISI — Georgian police detained three men near Gali in Abkhazia on Sunday, the interior ministry said. A rebel spokesman claimed the men had been kidnapped.",
			"claimed", "spokesman", "ABKHAZIA", "assert", "-"},
		{"a title that names the authority",
			"MOGADISHU — Fighting broke out near Erigavo on Sunday. A Somaliland spokesman said clan militias had attacked first.",
			"said", "Somaliland spokesman", "SOMALILAND", "assert", "-"},
		{"the parent state's bare ministry in its own capital",
			"TBILISI — Georgian police detained three men near Gali in Abkhazia on Sunday, the interior ministry said.",
			"said", "ministry", "GEO", "assert", "-"},
		{"a pronoun keeps a non-state party's side",
			"MOGADISHU — Fighting broke out near Erigavo on Sunday. A Somaliland spokesman, Ahmed Farah Jama, said clan militias had attacked first. He added that the army would hold its posts.",
			"added", "He", "SOMALILAND", "assert", "-"},
	})
}
