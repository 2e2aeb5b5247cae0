package data

import (
	"slices"
	"testing"
)

func TestOrgs(t *testing.T) {
	orgs, err := Orgs()
	if err != nil {
		t.Fatal(err)
	}
	find := func(name string) *Org {
		for i := range orgs {
			if orgs[i].Name == name {
				return &orgs[i]
			}
		}
		return nil
	}
	for _, c := range []struct {
		name, kind, side, alias string
	}{
		{"Hamas", "group", "HAMAS", ""},
		{"March 23 Movement", "group", "M23", "M23 rebels"},
		{"New People's Army", "group", "NPA", "NPA rebels"},
	} {
		o := find(c.name)
		if o == nil {
			t.Errorf("%s: not read", c.name)
			continue
		}
		if o.Kind != c.kind || o.Side != c.side {
			t.Errorf("%s: kind %q side %q, want %q %q", c.name, o.Kind, o.Side, c.kind, c.side)
		}
		if c.alias != "" && !slices.Contains(o.Aliases, c.alias) {
			t.Errorf("%s: aliases %q lack %q", c.name, o.Aliases, c.alias)
		}
	}
	if o := find("New People's Army"); o != nil && !slices.Contains(o.Context, "Philippines") {
		t.Errorf("New People's Army: context %q lacks Philippines", o.Context)
	}
	for _, o := range orgs {
		if o.Name == "" || o.Name[0] == '#' {
			t.Errorf("comment or empty row read as %+v", o)
		}
		if slices.Contains(o.Aliases, "") || slices.Contains(o.Context, "") {
			t.Errorf("%s: empty alias or context word", o.Name)
		}
	}
}

func TestSplitBars(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a| b |", []string{"a", "b"}},
		{"|", nil},
	} {
		if got := splitBars(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitBars(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
