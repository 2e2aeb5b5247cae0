package fuse

// witnessAnswered: a party's denial d answers a witness's claim a (a
// speaker of no side: residents, survivors, a doctor; denials' second
// pass) where their words are one matter (sameWords) by two content
// stems or more. One shared stem, a town's name, is what a short denial
// and a short witness line share whatever they say: "there was no
// battle for the town" and "a quiet takeover in the town" agree, and a
// denial that no party's claim backs must meet the witness on more than
// the place.
func witnessAnswered(d, a *claimF) bool {
	return sameWords(d, a) && intersectSorted(d.stems, a.stems) >= 2
}
