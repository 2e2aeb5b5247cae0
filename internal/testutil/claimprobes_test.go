package testutil

import (
	"reflect"
	"testing"

	"github.com/parallaxhq/parallax"
)

func TestParseClaimProbes(t *testing.T) {
	text := "# battery\n\n## zz-one\nDATE: 2031-02-03\nOUTLET: Example Post\n\nThe Ruritanian army said it held Velmar.\n# a note\n> said | army | RUR | assert\n= Velmar | Velmar | \n"
	got := ParseClaimProbes(text)
	if len(got) != 1 {
		t.Fatalf("got %d probes, want 1", len(got))
	}
	p := got[0]
	want := parallax.Article{ID: "zz-one", Language: "en", Published: "2031-02-03", Outlet: "Example Post", Body: "The Ruritanian army said it held Velmar.\n"}
	if !reflect.DeepEqual(p.Article, want) {
		t.Errorf("article %+v, want %+v", p.Article, want)
	}
	if wc := []ProbeClaim{{"said", "army", "RUR", "assert", "", ""}}; !reflect.DeepEqual(p.Claims, wc) {
		t.Errorf("claims %+v, want %+v", p.Claims, wc)
	}
	if we := []ProbeEntity{{"Velmar", "Velmar", ""}}; !reflect.DeepEqual(p.Entities, we) {
		t.Errorf("entities %+v, want %+v", p.Entities, we)
	}
}

func TestClaimProbeMisses(t *testing.T) {
	claim := func(cue, speaker, side, stance string) parallax.Claim {
		c := parallax.Claim{Stance: stance}
		c.Cue.Text, c.Speaker.Text, c.Speaker.Side = cue, speaker, side
		return c
	}
	pa := ClaimProbe{
		Article:  parallax.Article{ID: "a"},
		Claims:   []ProbeClaim{{Cue: "said", Speaker: "army", Side: "RUR", Stance: "assert"}, {Cue: "denied", Speaker: "rebels", Side: "REB", Stance: "deny"}, {Cue: "told", Speaker: "mayor"}},
		Entities: []ProbeEntity{{"Velmar", "Velmar", ""}, {"Osk", "Osk", ""}},
	}
	r := parallax.Report{
		// the second "said" is right in full and is preferred over the first
		Claims:   []parallax.Claim{claim("said", "the army", "", "assert"), claim("said", "army", "RUR", "assert"), claim("denied", "rebels", "RUR", "deny")},
		Entities: []parallax.Entity{{Text: "Velmar", Actor: "Velmar"}, {Text: "Osk", Actor: "Oskland", Side: "OSK"}},
	}
	failed := map[string]string{}
	items := ClaimProbeMisses(pa, r, failed)
	if items != 6 {
		t.Errorf("items = %d, want 6", items)
	}
	want := map[string]string{
		"a: > denied | rebels":     "got denied | rebels | RUR | deny |  | ",
		"a: > told | mayor":        "missing",
		"a: extra said | the army": "got said | the army |  | assert |  |  in ",
		"a: = Osk":                 "got Oskland | OSK",
	}
	if !reflect.DeepEqual(failed, want) {
		t.Errorf("failed = %q, want %q", failed, want)
	}
}

func TestCheckKnownFailures(t *testing.T) {
	r := &recorder{TB: t}
	CheckKnownFailures(r, map[string]string{"a": "missing", "b": "got x"}, map[string]string{"b": "why", "c": "why"}, "list")
	want := []string{"a: missing", "c: listed as known but passes now; remove it from list"}
	if !reflect.DeepEqual(r.errs, want) {
		t.Errorf("errors %q, want %q", r.errs, want)
	}
}
