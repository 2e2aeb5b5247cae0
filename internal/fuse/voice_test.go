package fuse

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// voiceDoc is a document whose first line is title, with an entity of
// side for each of ents (its text, found in the title) and one sentence
// per line.
func voiceDoc(title string, ents map[string]string) *parallax.Document {
	text := title + "\nThe body of the text follows here."
	d := &parallax.Document{Article: parallax.Article{ID: "v", Published: "2024-05-02"}, Text: text}
	d.Sentences = []parallax.Sentence{{Span: parallax.Span{Start: 0, End: len(title)}},
		{Span: parallax.Span{Start: len(title) + 1, End: len(text)}}}
	for name, side := range ents {
		k := strings.Index(title, name)
		kind := parallax.KindGovernment
		if side == "person" {
			kind, side = parallax.KindPerson, "XXX"
		}
		d.Entities = append(d.Entities, parallax.Entity{Start: k, End: k + len(name), Text: name, Kind: kind, Side: side})
	}
	return d
}

// TestIssuerSide: the side of the party that issues a document in its
// own name is the last sided body of the issuer's name in a title that
// opens with an issued document's noun; a report, a transcript, a
// person's name or a body named after the name ends give none.
func TestIssuerSide(t *testing.T) {
	for _, tc := range []struct {
		title string
		ents  map[string]string
		want  string
	}{
		{"Communiqué of the General Staff of the Valdorian Armed Forces on the attack at Kesh", map[string]string{"Valdorian Armed Forces": "VAL"}, "VAL"},
		{"Statement of the Ministry of Information of Ostria on the border fighting", map[string]string{"Ministry of Information": "VAL", "Ostria": "OST"}, "OST"},
		{"Press release by the Army of Ostria: repelled attack", map[string]string{"Army of Ostria": "OST"}, "OST"},
		{"Ostria says Valdorian troops attacked its posts", map[string]string{"Ostria": "OST"}, ""},
		{"Press conference of the Ostrian defence minister on the clash", map[string]string{"Ostrian defence minister": "OST"}, ""},
		{"Statement of Jan Kovar on the attack on Valdoria", map[string]string{"Jan Kovar": "person", "Valdoria": "VAL"}, ""},
		{"Statement of the Kesh Rights Watch on the killings", map[string]string{}, ""},
	} {
		if got := issuerSide(voiceDoc(tc.title, tc.ents)); got != tc.want {
			t.Errorf("%q: issuer %q, want %q", tc.title, got, tc.want)
		}
	}
	// An issuer's name with no sided entity takes the side its text gives
	// it where it speaks again; a short speaker ("the army") does not
	// name it.
	for _, tc := range []struct {
		speaker, side, want string
	}{
		{"General Command of the Army", "OST", "OST"},
		{"General Command", "OST", "OST"},
		{"the army", "OST", ""},
		{"Valdorian ministry", "VAL", ""},
	} {
		d := voiceDoc("Statement of the General Command of the Army on the attack at Kesh", nil)
		d.Claims = []parallax.Claim{{Speaker: parallax.Speaker{Text: tc.speaker, Side: tc.side}}}
		if got := issuerSide(d); got != tc.want {
			t.Errorf("speaker %q: issuer %q, want %q", tc.speaker, got, tc.want)
		}
	}
}

// TestIssuedVoiceIsTheIssuers: an act and a figure told in an issued
// document's own voice are its issuer's word against the other party's:
// Valdoria's communiqué says Ostria attacked and gives the Ostrian dead;
// Ostria's spokesman blames Valdoria and gives its own dead. The same
// words in a report's own voice are no one's.
func TestIssuedVoiceIsTheIssuers(t *testing.T) {
	for _, issued := range []bool{true, false} {
		title := "Communiqué of the General Staff of the Valdorian Armed Forces on the aggression at Kesh"
		if !issued {
			title = "Fighting at Kesh between the Valdorian Armed Forces and Ostria"
		}
		v := voiceDoc(title, map[string]string{"Valdorian Armed Forces": "VAL"})
		v.Article.ID = "val"
		v.Events = []parallax.Event{{ID: "val:v1", Type: parallax.EventBattles, Initiator: parallax.EventActor{Side: "OST"},
			Target: parallax.EventTarget{Side: "VAL", Kind: "military"}, Date: parallax.DateRange{Start: "2024-05-01", End: "2024-05-01", Precision: "day"}}}
		n := 30
		v.Counts = []parallax.Count{{ID: "val:n1", Item: "killed", N: &n, Owner: "OST", Event: "val:v1"}}
		o := &parallax.Document{Article: parallax.Article{ID: "ost", Published: "2024-05-02"}, Text: "Ostrian spokesman said Valdorian units attacked first and four Ostrian soldiers died."}
		o.Claims = []parallax.Claim{{ID: "ost:c1", Start: 0, End: len(o.Text), Stance: parallax.StanceAssert, Speaker: parallax.Speaker{Text: "Ostrian spokesman", Side: "OST"}}}
		o.Events = []parallax.Event{{ID: "ost:v1", Claim: "ost:c1", Type: parallax.EventBattles, Initiator: parallax.EventActor{Side: "VAL"},
			Target: parallax.EventTarget{Side: "OST", Kind: "military"}, Date: parallax.DateRange{Start: "2024-05-01", End: "2024-05-01", Precision: "day"}}}
		four := 4
		o.Counts = []parallax.Count{{ID: "ost:n1", Claim: "ost:c1", Item: "killed", N: &four, Owner: "OST", ClaimedBy: "OST", Event: "ost:v1"}}
		for _, d := range []*parallax.Document{v, o} {
			id := d.Article.ID
			d.Places = []parallax.Place{{ID: id + ":p1", Article: id, Name: "Kesh", Text: "Kesh", Lat: 41.2, Lon: 44.8, Feature: "P.PPL", Country: "XX"}}
			d.Events[0].Places = []string{id + ":p1"}
		}
		incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{v, o})
		var got []string
		for _, inc := range incs {
			for _, c := range inc.Contradictions {
				got = append(got, c.Kind+" "+strings.Join(c.Between, ","))
				for _, val := range c.Values {
					if val.Claims == nil {
						t.Errorf("issued %v: %s value of %s has null claims", issued, c.Kind, val.Side)
					}
				}
			}
		}
		want := "initiator OST,VAL count OST,VAL"
		if !issued {
			want = ""
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("issued %v: contradictions %q, want %q", issued, g, want)
		}
	}
}
