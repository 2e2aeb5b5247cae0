package actor

// MostNamedSide returns the side counted most often in n, or "" when n
// is empty or two sides share the top count: a story that names two
// parties equally often says nothing about which of them a bare noun
// means. The claim stage (class nouns of groups) and the quantity stage
// (the article's main group) both decide a story's party this way.
func MostNamedSide(n map[string]int) string {
	best, top, tie := "", 0, false
	for side, k := range n {
		switch {
		case k > top:
			best, top, tie = side, k, false
		case k == top:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
