package claim

import (
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// analyzeAt runs the actor and claim stages on text published at url.
func analyzeAt(t *testing.T, text, url string) *parallax.Document {
	t.Helper()
	stageOnce.Do(func() { actorSt, stageErr = actor.NewStage() })
	if stageErr != nil {
		t.Fatal(stageErr)
	}
	doc := &parallax.Document{Article: parallax.Article{URL: url, Published: "2025-03-14"}, Text: text}
	actorSt.Process(doc)
	New().Process(doc)
	return doc
}

// TestPublisherVoice: in a government's own release the publishing
// state's narration is not a claim, the people it reports stay claims,
// and "We urge" with no state speaking lately is the publisher's. The
// same text on a news site keeps the state's statement as a claim.
func TestPublisherVoice(t *testing.T) {
	const text = "The United States strongly condemns the attack on the market in Kabul. " +
		"Secretary Kerry said the attackers must be brought to justice."
	cues := func(doc *parallax.Document) map[string]string {
		m := map[string]string{}
		for _, c := range doc.Claims {
			m[c.Cue.Text] = c.Speaker.Side
		}
		return m
	}
	rel := cues(analyzeAt(t, text, "https://www.state.gov/r/pa/prs/ps/2016/05/1.htm"))
	if _, ok := rel["condemns"]; ok {
		t.Errorf("release: the publisher's own 'condemns' is a claim: %v", rel)
	}
	if _, ok := rel["said"]; !ok {
		t.Errorf("release: Kerry's claim is lost: %v", rel)
	}
	news := cues(analyzeAt(t, text, "https://www.example-news.com/world/1"))
	if news["condemns"] != "USA" {
		t.Errorf("news site: want the United States' claim, got %v", news)
	}
	other := cues(analyzeAt(t, "Russia strongly condemns the new sanctions on its banks.", "https://www.state.gov/r/pa/prs/ps/2016/05/2.htm"))
	if _, ok := other["condemns"]; !ok {
		t.Errorf("release: another state's statement must stay a claim: %v", other)
	}

	const we = "Fighting continued in the north of the country on Monday. Several villages were shelled overnight. " +
		"Thousands of families fled their homes. Aid convoys were delayed at checkpoints. Hospitals reported shortages of blood. " +
		"Schools in the region closed. We urge all parties to return to the negotiating table immediately."
	if got := cues(analyzeAt(t, we, "https://www.state.gov/r/pa/prs/ps/2016/05/3.htm")); got["urge"] != "USA" {
		t.Errorf("release: 'We urge' should be the publisher's, got %v", got)
	}
	if got := cues(analyzeAt(t, we, "https://www.example-news.com/world/2")); got["urge"] != "" {
		t.Errorf("news site: 'We urge' has no state to speak for, got %v", got)
	}
}

func TestGovHost(t *testing.T) {
	for url, want := range map[string]bool{
		"https://www.state.gov/r/pa/prs/ps/2016/05/257627.htm": true,
		"http://www.centcom.mil/MEDIA/PRESS-RELEASES/1":        true,
		"https://www.gov.uk/government/news/foreign-secretary": true,
		"https://www.mod.gov.il/en/press":                      true,
		"https://www.voanews.com/a/is-in-sahel/8009027.html":   false,
		"https://governance-watch.org/gov/report":              false,
		"not a url": false,
		"https://www.nytimes.com/2024/01/01/world/gov-shutdown.html": false,
	} {
		if got := govHost(url); got != want {
			t.Errorf("govHost(%q) = %v, want %v", url, got, want)
		}
	}
}
