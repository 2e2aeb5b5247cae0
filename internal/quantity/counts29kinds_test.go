package quantity

import "testing"

// Session 29 (counts3 lane): kinds of count misses on invented conflict
// wire (testdata/counts29), each with sentences of the lane's own;
// Zorvian (BLR) and Ruritanian (MDA) stand for any two states.

// TestCounts29LostMaterielAfterCount: a bare number lost right after a
// count of materiel ("and lost six", "admits to losing eight") is more of
// that materiel; after people, or as "N of their own", it stays people.
func TestCounts29LostMaterielAfterCount(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"aircraft then own", "Zorvian and Ruritanian troops fought along the river for a week. Zorvian radio said its air force had shot down 30 Ruritanian jets and lost six.",
			[]claimCue{{"its air force had shot down 30 Ruritanian jets and lost six", "said", "BLR"}}, ents,
			[]string{"30 Ruritanian jets|aircraft|30|shot_down|MDA|BLR", "six|aircraft|6|lost|BLR|BLR"}},
		{"tanks then losing", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army says it destroyed 40 Ruritanian tanks and admits to losing eight.",
			[]claimCue{{"it destroyed 40 Ruritanian tanks and admits to losing eight", "says", "BLR"}}, ents,
			[]string{"40 Ruritanian tanks|tank|40|destroyed|MDA|BLR", "eight|tank|8|lost|BLR|BLR"}},
		{"people then own", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said its forces had killed 30 Ruritanian soldiers and lost seven of their own.",
			[]claimCue{{"its forces had killed 30 Ruritanian soldiers and lost seven of their own", "said", "BLR"}}, ents,
			[]string{"30 Ruritanian soldiers|killed|30|killed|MDA|BLR", "seven of their own|killed|7|lost|BLR|BLR"}},
	})
}

// TestCounts29DeadPutAt: "put its own dead at N" is a toll of the teller's
// dead, found though the next clause has a verb of its own.
func TestCounts29DeadPutAt(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"own dead and a clause", "Zorvian and Ruritanian troops fought along the river for a week. The Ruritanian army put its own dead at 96 and said it had killed more than 300 Zorvian soldiers.",
			[]claimCue{{"its own dead at 96 and said it had killed more than 300 Zorvian soldiers", "put", "MDA"}}, ents,
			[]string{"96|killed|96|killed|MDA|MDA", "300 Zorvian soldiers|killed|300|killed|BLR|MDA"}},
		{"its dead", "Zorvian and Ruritanian troops fought along the river for a week. The Ruritanian army puts its dead at 180.",
			[]claimCue{{"its dead at 180", "puts", "MDA"}}, ents,
			[]string{"180|killed|180|killed|MDA|MDA"}},
	})
}

// TestCounts29EachSide: losses whose subject is "both sides" or "each
// side" are no one party's.
func TestCounts29EachSide(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"both sides had lost", "Zorvian troops crossed the river and attacked Ruritanian positions. UN officials said both sides had lost at least 300 men in the fighting.",
			[]claimCue{{"both sides had lost at least 300 men in the fighting", "said", "UNO"}}, ents,
			[]string{"300 men|killed|300|lost||UNO"}},
		{"each side lost", "Zorvian troops crossed the river and attacked Ruritanian positions. Each side lost 40 tanks, analysts said.",
			[]claimCue{{"Each side lost 40 tanks", "said", ""}}, ents,
			[]string{"40 tanks|tank|40|lost||"}},
	})
}

// TestCounts29TableLines: a communique's table of losses, one line a
// figure after a bullet and a label ("- Killed: 650", "- Tanks destroyed:
// 14 T-72"), is a loss list; its own table is told by no one and its
// "enemy" is the enemy of the body its lead names.
func TestCounts29TableLines(t *testing.T) {
	ents := []entitySpec{{"Zorvian Army", "military", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"table", "On 8 August the Zorvian Army drove the Ruritanian occupation forces from the town.\nThe toll of enemy losses is as follows:\n- Killed: 650\n- Prisoners: 147\n- Wounded: 30\n- Tanks destroyed: 14 T-72\n",
			nil, ents,
			[]string{"Killed: 650|killed|650|lost|MDA|", "Prisoners: 147|captured|147|lost|MDA|", "Wounded: 30|wounded|30|lost|MDA|", "Tanks destroyed: 14|tank|14|lost|MDA|"}},
	})
}
