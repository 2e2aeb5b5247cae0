package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// TestAgencyBody: in a state agency's story from home ("ANKARA (AA) -"),
// a named state body the knowledge base gives no state ("the National
// Defense Ministry", "the Gendarmerie General Command") and "the ministry"
// after it speak for the agency's state; a body named in another outlet's
// story does not (there it takes the state of the dateline's city, as any
// state body named without its state: TestStateBodiesWithoutState).
func TestAgencyBody(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, outlet, text, speaker, side string
	}{
		{"Anadolu dateline, ministry", "", "ANKARA (AA) - Turkish drones destroyed four PKK shelters in northern Iraq, the National Defense Ministry said on Monday.", "National Defense Ministry", "TUR"},
		{"Anadolu dateline, the ministry after", "", "ANKARA (AA) - Turkish jets hit 11 PKK targets in northern Iraq on Tuesday. In a written statement, the ministry said the targets were caves and depots.", "ministry", "TUR"},
		{"Anadolu dateline, gendarmerie", "", "ISTANBUL (AA) - Turkish police detained 17 suspects in raids in Istanbul, the Gendarmerie General Command said.", "Gendarmerie General Command", "TUR"},
		{"another outlet", "Reuters", "BAGHDAD, May 4 (Reuters) - Drones struck 3 trucks near Sinjar, the National Defense Ministry said.", "National Defense Ministry", "IRQ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: tc.outlet, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if sameSpeaker(c.Speaker.Text, tc.speaker) {
					if c.Speaker.Side != tc.side {
						t.Errorf("%s: side %q, want %q", c.Speaker.Text, c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no claim of %q in %+v", tc.speaker, doc.Claims)
		})
	}
}

// TestBodyNamedBefore: "the air force", "the border guard" take up the
// sided body named just before whose name ends in the same words; not
// when another body is named between them.
func TestBodyNamedBefore(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, speaker, side string
	}{
		{"air force", "Russia launched 310 drones at Ukraine overnight, the Ukrainian air force said. Air defences downed 290 of them, the air force said on Telegram.", "air force", "UKR"},
		{"navy", "The Iranian navy said it seized a tanker with 2 million litres of fuel in the Gulf. The crew of 11 was detained, the navy said.", "navy", "IRN"},
		{"border guard service", "Ukraine's State Border Guard Service said 40 men were stopped at the Romanian border. Six of them were hurt, the border guard service said.", "border guard service", "UKR"},
		{"another body between", "Rabies kills 300 people a year, according to the World Health Organization. Data from Paws Free Lanka suggest 900 dogs are sold each week, according to the organization.", "organization", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			n := 0
			for _, c := range doc.Claims {
				if sameSpeaker(c.Speaker.Text, tc.speaker) {
					n++
					if c.Speaker.Side != tc.side {
						t.Errorf("%s: side %q, want %q", c.Speaker.Text, c.Speaker.Side, tc.side)
					}
				}
			}
			if n == 0 {
				t.Errorf("no claim of %q in %+v", tc.speaker, doc.Claims)
			}
		})
	}
}

// TestDeFactoAuthorities: the de facto authorities of a breakaway region
// or an unrecognised government are not the state's, though the story's
// state dominates; the speaker keeps "de facto". Since session 23 a
// breakaway title in a story placed in an authority's land takes that
// authority (authority.go: Tiraspol's region is Transnistria), as
// wiregold16 and the knowledge base's rows give it. Since session 30 a
// body placed in the authority's seat ("in Tskhinvali") takes the
// authority (namedauthority.go), as counts28's Stepanakert officials.
func TestDeFactoAuthorities(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"breakaway region", "Georgia's interior ministry said two Georgian farmers were held near Georgia's village of Ergneti. The de facto authorities in Tskhinvali said the farmers had crossed the border.", "said", "de facto authorities", "SOUTHOSSETIA", "assert", "the farmers"},
		{"plain authorities", "Georgia's interior ministry said two Georgian farmers were held near Georgia's village of Ergneti. The authorities in Tbilisi said the farmers would be freed.", "said", "authorities", "GEO", "assert", "the farmers"},
		{"breakaway modifier", "Moldova's government said 30 villages in Moldova lost heating. Breakaway officials in Tiraspol said the gas would not return.", "said", "officials", "TRANSNISTRIA", "assert", "the gas"},
	})
}

// TestSpeakerModifiers: "war", "informed", "diplomatic" stay in the
// unnamed speaker's phrase ("a war monitor", "an informed source").
func TestSpeakerModifiers(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"war monitor", "Clashes near Raqqa killed 19 fighters on Monday, a war monitor said.", "said", "war monitor", "-", "assert", "Clashes"},
		{"diplomatic source", "The talks in Doha will resume on Sunday, a diplomatic source said.", "said", "diplomatic source", "-", "assert", "The talks"},
		{"informed source", "An informed source said 30 trucks had crossed at the Rafah crossing.", "said", "informed source", "-", "assert", "30 trucks"},
	})
}
