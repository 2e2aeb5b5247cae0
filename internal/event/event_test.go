package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/quantity"
	"github.com/parallaxhq/parallax/internal/when"
)

type claimSpec struct {
	span, side, stance string
}

func loadStage(t testing.TB) *Stage {
	t.Helper()
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func analyse(t testing.TB, s *Stage, text, pub string, claims ...claimSpec) *parallax.Document {
	t.Helper()
	doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: pub}, Text: text}
	for i, c := range claims {
		k := strings.Index(text, c.span)
		if k < 0 {
			t.Fatalf("claim %q not in text", c.span)
		}
		st := c.stance
		if st == "" {
			st = parallax.StanceAssert
		}
		doc.Claims = append(doc.Claims, parallax.Claim{ID: fmt.Sprintf("c%d", i+1), Start: k, End: k + len(c.span),
			Speaker: parallax.Speaker{Side: c.side}, Stance: st})
	}
	when.New().Process(doc)
	q, err := quantity.Load()
	if err != nil {
		t.Fatal(err)
	}
	q.Process(doc)
	s.Process(doc)
	return doc
}

// find returns the event triggered at the given word.
// find returns the event with the shortest span that holds word: the one
// that word triggers.
func find(doc *parallax.Document, word string) *parallax.Event {
	var best *parallax.Event
	for i := range doc.Events {
		e := &doc.Events[i]
		if strings.Contains(doc.Text[e.Start:e.End], word) && (best == nil || e.End-e.Start < best.End-best.Start) {
			best = e
		}
	}
	return best
}

func TestTypes(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trigger, typ, cameo string
	}{
		{"Rebels attacked an army base near the town.", "attacked", parallax.EventBattles, "190"},
		{"Government troops shelled the village overnight.", "shelled", parallax.EventExplosions, "194"},
		{"Russian forces attacked Kharkiv with drones and missiles.", "attacked", parallax.EventExplosions, "195"},
		{"An Israeli airstrike hit a building in Gaza.", "airstrike", parallax.EventExplosions, "195"},
		{"Heavy clashes broke out along the line of contact.", "clashes", parallax.EventBattles, "190"},
		{"The army launched a counteroffensive in the south.", "counteroffensive", parallax.EventBattles, "190"},
		{"Militants killed 12 civilians in the market.", "killed", parallax.EventViolenceCivilians, "190"},
		{"Militants killed 12 soldiers at a checkpoint.", "killed", parallax.EventBattles, "190"},
		{"A roadside bomb exploded near the convoy.", "roadside bomb", parallax.EventExplosions, "1833"},
		{"Saboteurs planted mines on the supply roads.", "planted mines", parallax.EventExplosions, "1833"},
		{"Air defences shot down three drones over the capital.", "shot down", parallax.EventStrategic, "190"},
		{"The government declared martial law on Sunday.", "martial law", parallax.EventStrategic, "1724"},
		{"The president announced a partial mobilization.", "mobilization", parallax.EventStrategic, "154"},
		{"Both sides agreed to a ceasefire.", "ceasefire", parallax.EventStrategic, "0871"},
		{"Thousands of people protested in the capital against the war.", "protested", parallax.EventProtests, "141"},
		{"Rioting broke out after the verdict.", "Rioting", parallax.EventRiots, "145"},
		{"Armenia decided to appeal to the CSTO for help.", "appeal", parallax.EventStrategic, "020"},
		{"Police arrested the opposition leader.", "arrested", parallax.EventStrategic, "173"},
		{"Gunmen abducted 20 schoolgirls.", "abducted", parallax.EventViolenceCivilians, "181"},
		{"Turkey demanded an end to the fighting.", "demanded", parallax.EventStrategic, "100"},
		{"Russia launched 84 cruise missiles at Ukrainian cities.", "launched", parallax.EventExplosions, "194"},
		{"Militants fired rockets and drones at the base.", "fired", parallax.EventExplosions, "194"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2022-09-13")
		// Events with arguments in common share words: look for one of the
		// events that span the trigger with the wanted coding.
		var got []string
		ok := false
		for _, e := range doc.Events {
			if strings.Contains(doc.Text[e.Start:e.End], tc.trigger) {
				got = append(got, e.Type+"/"+e.CAMEO)
				ok = ok || (e.Type == tc.typ && e.CAMEO == tc.cameo)
			}
		}
		if !ok {
			t.Errorf("%q: got %v at %q, want %s/%s", tc.text, got, tc.trigger, tc.typ, tc.cameo)
		}
	}
}

func TestArguments(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text    string
		claims  []claimSpec
		trigger string
		init    string
		target  string
		kind    string
		negated bool
		claim   string
	}{
		{"Azerbaijani forces attacked Armenian positions near Jermuk.", nil, "attacked", "AZE", "ARM", "military", false, ""},
		{"Armenian positions were shelled by Azerbaijani artillery.", nil, "shelled", "AZE", "ARM", "military", false, ""},
		{"The Azerbaijani attack on Armenian villages killed two people.", nil, "attack", "AZE", "ARM", "civilian", false, ""},
		{"Armenia says it shot down two Azerbaijani helicopters.", []claimSpec{{"it shot down two Azerbaijani helicopters", "ARM", ""}}, "shot down", "ARM", "AZE", "military", false, "c1"},
		{"Russia did not attack civilian infrastructure, the ministry said.", nil, "attack", "RUS", "", "civilian", true, ""},
		// the subject comes first in its clause: places and subordinate clauses are passed over
		{"In Syria, after talks with Turkey failed, Russian jets bombed rebel positions.", nil, "bombed", "RUS", "", "military", false, ""},
		{"The army said that Ukrainian troops attacked Russian positions in Kursk.", nil, "attacked", "UKR", "RUS", "military", false, ""},
		// a party inside a count is what was hit, not who acted; the
		// owner of the tanks (the counts' owner) is the target
		{"Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks.",
			[]claimSpec{{"it shot down two Azerbaijani helicopters and destroyed three tanks", "ARM", ""}}, "destroyed", "ARM", "AZE", "military", false, "c1"},
		{"Israel denies attacking the hospital.", nil, "attacking", "ISR", "", "civilian", true, ""},
		{"The authorities in Yerevan deny that they were the first to attack the Azerbaijani positions.",
			[]claimSpec{{"they were the first to attack the Azerbaijani positions", "ARM", "deny"}}, "attack", "ARM", "AZE", "military", true, "c1"},
		{"Populated areas and infrastructure are not being targeted.", nil, "targeted", "", "", "civilian", true, ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2022-09-13", tc.claims...)
		e := find(doc, tc.trigger)
		if e == nil {
			t.Errorf("%q: no event at %q", tc.text, tc.trigger)
			continue
		}
		got := fmt.Sprintf("%s>%s/%s neg=%v claim=%s", e.Initiator.Side, e.Target.Side, e.Target.Kind, e.Negated, e.Claim)
		want := fmt.Sprintf("%s>%s/%s neg=%v claim=%s", tc.init, tc.target, tc.kind, tc.negated, tc.claim)
		if got != want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	s := loadStage(t)
	text := "Shelling began early Sunday near the border.\n\n" +
		"The ministry said two soldiers were killed.\n\n" +
		"The previous escalation took place on August 3.\n\n" +
		"Then the separatists reported the death of two contractors.\n\n" +
		"In 1994 a ceasefire was agreed. Fighting resumed later.\n\n" +
		"A statement signed on November 10, 2020 ended the war.\n\n" +
		"Troops attacked again."
	doc := analyse(t, s, text, "2022-09-13")
	for _, tc := range []struct{ trigger, start, prec string }{
		{"Shelling", "2022-09-11", "day"},   // its own date
		{"killed", "2022-09-11", "day"},     // the reference date of the story
		{"death", "2022-08-03", "day"},      // follows the background date
		{"ceasefire", "1994-01-01", "year"}, // its own coarse date
		{"Fighting", "1994-01-01", "year"},  // the paragraph's coarse date
		{"attacked", "2022-08-03", "day"},   // an old precise date does not become the reference
	} {
		e := find(doc, tc.trigger)
		if e == nil {
			t.Errorf("no event at %q", tc.trigger)
			continue
		}
		if e.Date.Start != tc.start || e.Date.Precision != tc.prec {
			t.Errorf("%q: date %s %s, want %s %s", tc.trigger, e.Date.Start, e.Date.Precision, tc.start, tc.prec)
		}
	}
	// Text without paragraph breaks: a coarse date dates the next few
	// sentences, not the rest of the article.
	flat := "Rebels shelled the town on Tuesday. " +
		"An analyst recalled what happened between 2009 and 2012 in the valley. " +
		"Fighting continued there. " +
		"One sentence follows. Another sentence follows. And another one follows. " +
		"Troops attacked the depot."
	doc = analyse(t, s, flat, "2022-09-15")
	for _, tc := range []struct{ trigger, start, prec string }{
		{"shelled", "2022-09-13", "day"},
		{"Fighting", "2009-01-01", "year"}, // the aside's coarse date, one sentence on
		{"attacked", "2022-09-13", "day"},  // out of its reach: the story's date
	} {
		e := find(doc, tc.trigger)
		if e == nil {
			t.Errorf("flat text: no event at %q", tc.trigger)
			continue
		}
		if e.Date.Start != tc.start || e.Date.Precision != tc.prec {
			t.Errorf("flat text: %q: date %s %s, want %s %s", tc.trigger, e.Date.Start, e.Date.Precision, tc.start, tc.prec)
		}
	}
	// With no date in the text, the publication date.
	doc = analyse(t, s, "Troops attacked the town.", "2022-09-13")
	if e := find(doc, "attacked"); e == nil || e.Date.Start != "2022-09-13" || e.Date.Text != "" {
		t.Errorf("publication date: got %+v", doc.Events)
	}
	// With no publication date either, unknown.
	doc = analyse(t, s, "Troops attacked the town.", "")
	if e := find(doc, "attacked"); e == nil || e.Date.Precision != "unknown" {
		t.Errorf("no date: got %+v", doc.Events)
	}
}

func TestCountLinks(t *testing.T) {
	s := loadStage(t)
	doc := analyse(t, s, "Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks.", "2020-09-27",
		claimSpec{"it shot down two Azerbaijani helicopters and destroyed three tanks", "ARM", ""})
	if len(doc.Counts) != 2 {
		t.Fatalf("counts: %+v", doc.Counts)
	}
	for _, c := range doc.Counts {
		var ev *parallax.Event
		for i := range doc.Events {
			if parallax.OptionalID(doc.Events[i].ID) == c.Event {
				ev = &doc.Events[i]
			}
		}
		if ev == nil {
			t.Errorf("count %q: no event", doc.Text[c.Start:c.End])
			continue
		}
		trig := map[string]string{"helicopter": "shot down", "tank": "destroyed"}[c.Item]
		if !strings.Contains(doc.Text[ev.Start:ev.End], trig) {
			t.Errorf("count %q linked to %q", doc.Text[c.Start:c.End], doc.Text[ev.Start:ev.End])
		}
	}
}

func TestPlaces(t *testing.T) {
	s := loadStage(t)
	text := "Troops shelled Jermuk. Talks were held in Geneva."
	doc := &parallax.Document{Article: parallax.Article{Published: "2022-09-13"}, Text: text,
		Places: []parallax.Place{{ID: "p1", Start: 15, End: 21}, {ID: "p2", Start: 42, End: 48}}}
	s.Process(doc)
	e := find(doc, "shelled")
	if e == nil || len(e.Places) != 1 || e.Places[0] != "p1" {
		t.Errorf("places: %+v", doc.Events)
	}
}

// TestParseArguments checks that the parse, where the parser has run, picks
// the subject over a nearer party in a relative clause.
func TestParseArguments(t *testing.T) {
	s := loadStage(t)
	text := "Armenia, which Russia supports, attacked Azerbaijan."
	type tok struct {
		w    string
		head int
		rel  string
		upos string
	}
	toks := []tok{{"Armenia", 7, "nsubj", "PROPN"}, {",", 1, "punct", "PUNCT"}, {"which", 5, "obj", "PRON"},
		{"Russia", 5, "nsubj", "PROPN"}, {"supports", 1, "acl:relcl", "VERB"}, {",", 1, "punct", "PUNCT"},
		{"attacked", 0, "root", "VERB"}, {"Azerbaijan", 7, "obj", "PROPN"}, {".", 7, "punct", "PUNCT"}}
	var tokens []parallax.Token
	off := 0
	for _, tk := range toks {
		k := strings.Index(text[off:], tk.w) + off
		tokens = append(tokens, parallax.Token{Span: parallax.Span{Start: k, End: k + len(tk.w)}, Text: tk.w, Head: tk.head, Rel: tk.rel, UPOS: tk.upos})
		off = k + len(tk.w)
	}
	doc := &parallax.Document{Article: parallax.Article{Published: "2022-09-13"}, Text: text,
		Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: len(text)}, Tokens: tokens}}}
	s.Process(doc)
	e := find(doc, "attacked")
	if e == nil || e.Initiator.Side != "ARM" || e.Target.Side != "AZE" {
		t.Errorf("got %+v", doc.Events)
	}
	// Without the parse, the word patterns pass over the relative clause.
	doc = &parallax.Document{Article: parallax.Article{Published: "2022-09-13"}, Text: text}
	s.Process(doc)
	if e := find(doc, "attacked"); e == nil || e.Initiator.Side != "ARM" {
		t.Errorf("pattern path: got %+v", doc.Events)
	}
}

// TestTargetsFromCounts checks that the owner of what an event hits is its
// target, that a party named only as that owner is not its initiator, and
// that a count in another clause changes nothing.
func TestTargetsFromCounts(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, word           string
		initiator, target    string
		claimSpan, claimSide string
	}{
		{"Coalition aircraft destroyed 14 ISIL tanks near Palmyra.", "destroyed", "", "ISIS", "", ""},
		{"Ukraine said its forces shot down 28 Russian drones overnight.", "shot down", "UKR", "RUS", "its forces shot down 28 Russian drones overnight", "UKR"},
		{"The army launched a counterattack after 12 Malian soldiers were killed by the rebels.", "counterattack", "", "", "", ""},
	}
	for _, tc := range tests {
		var claims []claimSpec
		if tc.claimSpan != "" {
			claims = append(claims, claimSpec{tc.claimSpan, tc.claimSide, ""})
		}
		doc := analyse(t, s, tc.text, "2024-05-01", claims...)
		ev := find(doc, tc.word)
		if ev == nil {
			t.Errorf("%s: no event at %q", tc.text, tc.word)
			continue
		}
		if ev.Initiator.Side != tc.initiator || ev.Target.Side != tc.target {
			t.Errorf("%s: initiator %q target %q, want %q %q", tc.text, ev.Initiator.Side, ev.Target.Side, tc.initiator, tc.target)
		}
	}
}

// TestAccidents checks that deaths in accidents and disasters are no
// violent event, while an attack in the same words still is.
func TestAccidents(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		text  string
		event bool
		word  string // where the event is
	}{
		{"Over 345 pilgrims have been killed in a stampede near Mecca.", false, "kill"},
		{"A crane collapse in the Grand Mosque killed 107 people.", false, "kill"},
		{"Floods killed 40 people in the province last week.", false, "kill"},
		// the killing is the attack's outcome: one event, the attack
		{"A rocket attack during the storm killed 12 people.", true, "attack"},
		{"Gunmen killed 12 villagers in the province.", true, "kill"},
	} {
		doc := analyse(t, s, tc.text, "2024-05-01")
		if got := find(doc, tc.word) != nil; got != tc.event {
			t.Errorf("%s: event %v, want %v", tc.text, got, tc.event)
		}
	}
}
