package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestBodyPeopleAfterModifier: a state's body noun used as a modifier
// before "officials", "official" or "sources" names the body's own people
// ("Indian army officials"), who speak for the state even where the
// sentence then names the other state's troops; "army officers" and
// "military officials" were already phrases of the agent dictionary.
// Sentences invented; the first two fail without the rule.
func TestBodyPeopleAfterModifier(t *testing.T) {
	runSideCases(t, []sideCase{
		{name: "army officials", text: "Indian army officials said Pakistani troops fired first.",
			published: "2019-02-27", entity: "Indian army officials", want: "IND"},
		{name: "army official", text: "A Pakistani army official said Indian troops had shelled three villages.",
			published: "2019-02-27", entity: "Pakistani army official", want: "PAK"},
		{name: "government sources", text: "Japanese government sources said the talks would resume.",
			published: "2019-02-27", entity: "Japanese government sources", want: "JPN"},
		// the body noun modifying a thing is no speaker
		{name: "army helicopter", text: "An Indian army helicopter crashed near Poonch.",
			published: "2019-02-27", entity: "Indian army helicopter", want: "?"},
	})
}

// TestOutletHost: an outlet named by a government's host ("GOV.UK", as
// the site's own metadata names it) makes the article that government's
// release, as its address does: "The Foreign Secretary" is the UK's on
// the day. An outlet that is no government's host leaves the title
// unresolved. The first case fails without the rule.
func TestOutletHost(t *testing.T) {
	const text = "The Foreign Secretary said the attack on the port was a clear breach of international law."
	for _, tc := range []struct{ outlet, want string }{
		{"GOV.UK", "GBR"},
		{"example.com", "?"},
	} {
		doc := &parallax.Document{Article: parallax.Article{Published: "2017-03-02", Outlet: tc.outlet}, Text: text}
		New(sharedKB(t)).Process(doc)
		if got := sideOf(doc, "Foreign Secretary", 1); got != tc.want {
			t.Errorf("outlet %q: side %q, want %q (%+v)", tc.outlet, got, tc.want, doc.Entities)
		}
	}
}
