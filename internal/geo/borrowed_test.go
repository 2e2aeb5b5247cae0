package geo

import (
	"strings"
	"testing"
)

// TestBorrowedNames checks names that a famous place holds only as an old
// or foreign alternate while towns of some standing bear them as their own
// (see borrowedNames), and that exonyms, transliterations and local names
// still reach their place through alternate names (invented sentences).
// want entries are "surface=CC" or "surface=Name/CC"; not entries
// "surface=CC" that must not be the resolution.
func TestBorrowedNames(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text string
		want []string
		not  []string
	}{
		// An old name of Jerusalem, the Portuguese for Bethlehem: towns
		// called so win when nothing points elsewhere.
		{"Road crews worked overnight in Salem to clear fallen trees.", nil, []string{"Salem=IL"}},
		{"Pilgrims queued for hours in Bethlehem on Tuesday.", []string{"Bethlehem=PS"}, []string{"Bethlehem=BR"}},
		// A city of 600,000 the gazetteer marks as no seat is not
		// outranked by a smaller county seat of its name.
		{"Dockworkers in Vancouver walked off the job on Monday.", []string{"Vancouver=CA"}, nil},
		{"VANCOUVER, Wash. — A bridge lane was closed for repairs.", []string{"VANCOUVER=US"}, nil},
		// Exonyms and transliterations keep their place.
		{"Trains from Kiev to Lviv were delayed by the air alert.", []string{"Kiev=UA", "Lviv=UA"}, nil},
		{"Missiles struck Odessa before dawn, the governor said.", []string{"Odessa=UA"}, []string{"Odessa=US"}},
		{"Shells landed on the outskirts of Istisu, the ministry said.", []string{"Istisu=AM"}, nil},
		{"Workers left Bombay by the thousand after the floods.", []string{"Bombay=IN"}, nil},
		// Russian spellings of Ukrainian cities (supplement names).
		{"Missiles hit Nikolayev and Vinnitsa, the governors said.", []string{"Nikolayev=Mykolayiv/UA", "Vinnitsa=Vinnytsya/UA"}, nil},
		{"Drones were shot down over Khmelnitsky and the Negev.", []string{"Khmelnitsky=UA", "Negev=IL"}, nil},
		// The seat of a division named after it, spelt otherwise than
		// the division's entry; a division word keeps the division.
		{"A drone hit a port terminal in Odessa on Sunday.", []string{"Odessa=Odesa/UA"}, nil},
		{"Power was cut across the Odessa region on Sunday.", []string{"Odessa=Odessa/UA"}, nil},
		{"Air defences were active over Mykolaiv overnight.", []string{"Mykolaiv=Mykolayiv/UA"}, nil},
		// A direction that starts a name the run's later words extend.
		{"Floods closed roads across the West Midlands Combined Authority area.", nil, []string{"West Midlands=ZW", "Midlands=ZW"}},
		{"Rail services in the East Midlands were suspended.", []string{"East Midlands=GB"}, nil},
		// A Soviet name that a smaller Russian town bears as its own.
		{"Fighting went on in the Krasnoarmeysk direction, the agency said.", []string{"Krasnoarmeysk=Pokrovsk/UA"}, nil},
		// A local name: Tyre where the sentence points to Lebanon's
		// war, Sur in Oman otherwise.
		{"Israeli drones struck a car on the coastal road near Sur.", []string{"Sur=LB"}, nil},
		{"Dhow builders in the port of Sur said orders had doubled.", []string{"Sur=OM"}, nil},
		// A division named with the noun where the gazetteer keeps the
		// adjective (Southern Darfur) still holds its towns.
		{"Shelling hit Nyala, South Darfur, and Kutum, North Darfur, on Friday.", []string{"Nyala=Nyala/SD", "Kutum=Kutum/SD"}, nil},
		{"Fighters entered Nyala in South Darfur at dawn.", []string{"Nyala=Nyala/SD"}, nil},
	} {
		got := found(p, c.text, nil)
		has := map[string]bool{}
		for _, g := range got {
			has[g] = true
			surface, rest, _ := strings.Cut(g, "=")
			if i := strings.LastIndexByte(rest, '/'); i >= 0 {
				has[surface+"="+rest[i+1:]] = true
			}
		}
		for _, w := range c.want {
			if !has[w] {
				t.Errorf("%q: want %s, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if has[n] {
				t.Errorf("%q: %s is wrong, got %v", c.text, n, got)
			}
		}
	}
}
