package wordcluster

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Options control Build.
type Options struct {
	Classes  int // number of leaf classes (256 is usual)
	MinCount int // words seen fewer times are left out
	Rounds   int // exchange passes over the vocabulary
}

// Stats describe a build, for the training log.
type Stats struct {
	Tokens, Vocabulary int
	// Objective is the average log-likelihood term of the class bigram
	// model after each exchange round (higher is better).
	Objective []float64
}

// Build clusters the words of sents. It is deterministic: words are
// visited by decreasing frequency (ties by spelling).
//
// Method: exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney
// 1998) maximises the likelihood of a class bigram model, moving one word
// at a time to the class that most improves it; each move is evaluated in
// time proportional to the word's distinct neighbours. The leaf classes are
// then merged bottom-up, each time joining the two whose union loses least
// likelihood, as Brown et al. do; the merge tree gives the bit strings.
// This costs O(rounds · bigram types · classes) plus O(classes⁴) for the
// tree, a few seconds on a million-word corpus, where full Brown
// clustering over the whole vocabulary would need hours.
func Build(sents [][]string, o Options) (*Clusters, Stats) {
	if o.Classes < 2 {
		o.Classes = 2
	}
	if o.MinCount < 1 {
		o.MinCount = 1
	}
	counts := map[string]int{}
	total := 0
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			total++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= o.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if counts[vocab[i]] != counts[vocab[j]] {
			return counts[vocab[i]] > counts[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	// Word ids: 0 stands for every rare word and for sentence boundaries,
	// so that the context counts stay complete; it has its own fixed class.
	id := make(map[string]int, len(vocab))
	for i, w := range vocab {
		id[w] = i + 1
	}
	nw := len(vocab) + 1
	C := o.Classes
	if C > len(vocab) {
		C = len(vocab)
	}
	st := Stats{Tokens: total, Vocabulary: len(vocab)}
	if C < 1 {
		return &Clusters{paths: map[string]string{}}, st
	}

	// Bigram lists per word: right neighbours and left neighbours.
	type pair struct{ a, b int32 }
	bigrams := map[pair]int{}
	for _, s := range sents {
		prev := 0
		for _, w := range s {
			cur := id[w]
			bigrams[pair{int32(prev), int32(cur)}]++
			prev = cur
		}
		bigrams[pair{int32(prev), 0}]++
	}
	type nb struct {
		w int32
		n int
	}
	right := make([][]nb, nw)
	left := make([][]nb, nw)
	for p, n := range bigrams {
		right[p.a] = append(right[p.a], nb{p.b, n})
		left[p.b] = append(left[p.b], nb{p.a, n})
	}
	for i := range right {
		sort.Slice(right[i], func(x, y int) bool { return right[i][x].w < right[i][y].w })
		sort.Slice(left[i], func(x, y int) bool { return left[i][x].w < left[i][y].w })
	}

	// Class C is reserved for word 0 (rare words and boundaries).
	K := C + 1
	class := make([]int, nw)
	class[0] = C
	for i := 1; i < nw; i++ {
		class[i] = (i - 1) % C
	}
	N := make([]float64, K*K) // N[a*K+b]: bigrams with class a then class b
	nl := make([]float64, K)  // class as left member
	nr := make([]float64, K)  // class as right member
	for p, n := range bigrams {
		a, b := class[p.a], class[p.b]
		N[a*K+b] += float64(n)
		nl[a] += float64(n)
		nr[b] += float64(n)
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	objective := func() float64 {
		s := 0.0
		for _, x := range N {
			s += f(x)
		}
		for k := 0; k < K; k++ {
			s -= f(nl[k]) + f(nr[k])
		}
		return s / float64(len(bigrams)+1)
	}

	lc := make([]float64, K) // bigrams (v, w) by the class of v
	rc := make([]float64, K) // bigrams (w, v) by the class of v
	var touchedL, touchedR []int
	for round := 0; round < o.Rounds; round++ {
		moved := 0
		for w := 1; w < nw; w++ {
			a := class[w]
			self := 0.0
			wl, wr := 0.0, 0.0 // occurrences of w as left and right member
			touchedL, touchedR = touchedL[:0], touchedR[:0]
			for _, x := range right[w] {
				wl += float64(x.n)
				if int(x.w) == w {
					self = float64(x.n)
					continue
				}
				c := class[x.w]
				if rc[c] == 0 {
					touchedR = append(touchedR, c)
				}
				rc[c] += float64(x.n)
			}
			for _, x := range left[w] {
				wr += float64(x.n)
				if int(x.w) == w {
					continue
				}
				c := class[x.w]
				if lc[c] == 0 {
					touchedL = append(touchedL, c)
				}
				lc[c] += float64(x.n)
			}
			// Take w out of class a.
			for _, c := range touchedR {
				N[a*K+c] -= rc[c]
			}
			for _, c := range touchedL {
				N[c*K+a] -= lc[c]
			}
			N[a*K+a] -= self
			nl[a] -= wl
			nr[a] -= wr
			// Gain of putting w into class k.
			gain := func(k int) float64 {
				g := 0.0
				for _, c := range touchedR {
					if c != k {
						x := N[k*K+c]
						g += f(x+rc[c]) - f(x)
					}
				}
				for _, c := range touchedL {
					if c != k {
						x := N[c*K+k]
						g += f(x+lc[c]) - f(x)
					}
				}
				x := N[k*K+k]
				g += f(x+rc[k]+lc[k]+self) - f(x)
				g -= f(nl[k]+wl) - f(nl[k])
				g -= f(nr[k]+wr) - f(nr[k])
				return g
			}
			best, bestGain := a, gain(a)
			for k := 0; k < C; k++ {
				if k == a {
					continue
				}
				if g := gain(k); g > bestGain+1e-9 {
					best, bestGain = k, g
				}
			}
			// Put w into the best class.
			b := best
			for _, c := range touchedR {
				N[b*K+c] += rc[c]
			}
			for _, c := range touchedL {
				N[c*K+b] += lc[c]
			}
			N[b*K+b] += self
			nl[b] += wl
			nr[b] += wr
			if b != a {
				class[w] = b
				moved++
			}
			for _, c := range touchedR {
				rc[c] = 0
			}
			for _, c := range touchedL {
				lc[c] = 0
			}
		}
		st.Objective = append(st.Objective, objective())
		if moved == 0 {
			break
		}
	}

	// Agglomerative merging of the C leaf classes (class C, the rare-word
	// class, takes no part but stays in the counts).
	alive := make([]bool, K)
	for k := 0; k < C; k++ {
		alive[k] = true
	}
	paths := make([]string, K) // bits gathered from the root down, reversed later
	members := make([][]int, K)
	for k := 0; k < C; k++ {
		members[k] = []int{k}
	}
	loss := func(a, b int) float64 {
		// Likelihood change when a and b become one class.
		d := 0.0
		for c := 0; c < K; c++ {
			if c == a || c == b {
				continue
			}
			x, y := N[a*K+c], N[b*K+c]
			d += f(x+y) - f(x) - f(y)
			x, y = N[c*K+a], N[c*K+b]
			d += f(x+y) - f(x) - f(y)
		}
		aa, ab, ba, bb := N[a*K+a], N[a*K+b], N[b*K+a], N[b*K+b]
		d += f(aa+ab+ba+bb) - f(aa) - f(ab) - f(ba) - f(bb)
		d -= f(nl[a]+nl[b]) - f(nl[a]) - f(nl[b])
		d -= f(nr[a]+nr[b]) - f(nr[a]) - f(nr[b])
		return d
	}
	// Only classes that received words take part.
	live := []int{}
	for k := 0; k < C; k++ {
		if nl[k]+nr[k] > 0 {
			live = append(live, k)
		} else {
			alive[k] = false
		}
	}
	for len(live) > 1 {
		ba, bb, bestD := -1, -1, math.Inf(-1)
		for i := 0; i < len(live); i++ {
			for j := i + 1; j < len(live); j++ {
				if d := loss(live[i], live[j]); d > bestD {
					ba, bb, bestD = live[i], live[j], d
				}
			}
		}
		// Merge bb into ba; ba's members get bit 0, bb's bit 1.
		for _, m := range members[ba] {
			paths[m] += "0"
		}
		for _, m := range members[bb] {
			paths[m] += "1"
		}
		members[ba] = append(members[ba], members[bb]...)
		members[bb] = nil
		for c := 0; c < K; c++ {
			N[ba*K+c] += N[bb*K+c]
			N[bb*K+c] = 0
		}
		for c := 0; c < K; c++ {
			N[c*K+ba] += N[c*K+bb]
			N[c*K+bb] = 0
		}
		nl[ba] += nl[bb]
		nr[ba] += nr[bb]
		nl[bb], nr[bb] = 0, 0
		alive[bb] = false
		for i, k := range live {
			if k == bb {
				live = append(live[:i], live[i+1:]...)
				break
			}
		}
	}
	out := &Clusters{paths: make(map[string]string, len(vocab))}
	for k := 0; k < C; k++ {
		paths[k] = reverse(paths[k])
		if paths[k] == "" {
			paths[k] = "0"
		}
	}
	for i, w := range vocab {
		out.paths[w] = paths[class[i+1]]
	}
	return out, st
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// Tokenize splits running text into words and punctuation roughly as the
// Penn/UD treebanks do (clitics "'s", "n't" apart; hyphens, inner periods
// and apostrophes kept inside words), for counting contexts.
func Tokenize(text string) []string {
	var out []string
	for _, field := range splitSpace(text) {
		out = appendTokens(out, field)
	}
	return out
}

func splitSpace(s string) []string {
	var f []string
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				f = append(f, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		f = append(f, s[start:])
	}
	return f
}

func appendTokens(out []string, w string) []string {
	// Leading punctuation.
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		out = append(out, w[:n])
		w = w[n:]
	}
	// Trailing punctuation, kept to be appended after the word.
	var tail []string
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		// An abbreviation's final period stays ("U.S.", "Gen.") when the
		// word has an inner period or is one capitalised short word.
		if r == '.' && len(tail) == 0 && isAbbrev(w[:len(w)-n]) {
			break
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		lw := len(w)
		switch {
		case lw > 3 && (w[lw-3:] == "n't" || w[lw-3:] == "N'T"):
			out = append(out, w[:lw-3], w[lw-3:])
		case lw > 2 && (w[lw-2:] == "'s" || w[lw-2:] == "'S" || w[lw-2:] == "'m" || w[lw-2:] == "'d"):
			out = append(out, w[:lw-2], w[lw-2:])
		case lw > 3 && (w[lw-3:] == "'re" || w[lw-3:] == "'ve" || w[lw-3:] == "'ll"):
			out = append(out, w[:lw-3], w[lw-3:])
		default:
			out = append(out, w)
		}
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

func isAbbrev(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(w) <= 3 && !allUpper(w)
}

func allUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
