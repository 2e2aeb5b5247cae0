package parse

// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root
// at the end of the buffer (Ballesteros & Nivre 2013), which lets the
// parser leave the root decision to the end and makes a single root easy
// to enforce. Words are 0..n-1; the root is n.
//
//	SHIFT      push b0
//	LEFT(l)    s0 ← b0 with label l, pop s0
//	RIGHT(l)   s1 → s0 with label l, pop s0
//
// Transition numbers: 0 is SHIFT, 1+2l is LEFT(l), 2+2l is RIGHT(l).

const (
	shift = 0
	none  = -1
)

func isLeft(tr int) bool  { return tr > 0 && tr%2 == 1 }
func isRight(tr int) bool { return tr > 0 && tr%2 == 0 }
func label(tr int) int    { return (tr - 1) / 2 }

// config is a parser configuration.
type config struct {
	n      int
	stack  []int
	b      int   // front of the buffer; n is the root
	heads  []int // -1 until attached; n for the root
	rels   []int
	lc1    []int // leftmost child, none if none
	lc2    []int // second leftmost
	rc1    []int // rightmost child
	rc2    []int
	nLeft  []int
	nRight []int
}

func (c *config) reset(n int) {
	c.n = n
	c.stack = c.stack[:0]
	c.b = 0
	c.heads = fill(c.heads, n+1, none)
	c.rels = fill(c.rels, n+1, none)
	c.lc1 = fill(c.lc1, n+1, none)
	c.lc2 = fill(c.lc2, n+1, none)
	c.rc1 = fill(c.rc1, n+1, none)
	c.rc2 = fill(c.rc2, n+1, none)
	c.nLeft = fill(c.nLeft, n+1, 0)
	c.nRight = fill(c.nRight, n+1, 0)
}

func fill(s []int, n, v int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func (c *config) terminal() bool { return len(c.stack) == 0 && c.b == c.n }

func (c *config) s(i int) int {
	if i < len(c.stack) {
		return c.stack[len(c.stack)-1-i]
	}
	return none
}

func (c *config) canShift() bool { return c.b < c.n }

// canLeft: the root takes a dependent only when it is the last word left,
// so every sentence gets exactly one root.
func (c *config) canLeft() bool {
	return len(c.stack) >= 1 && (c.b < c.n || len(c.stack) == 1)
}

func (c *config) canRight() bool { return len(c.stack) >= 2 }

func (c *config) valid(tr int) bool {
	switch {
	case tr == shift:
		return c.canShift()
	case isLeft(tr):
		return c.canLeft()
	default:
		return c.canRight()
	}
}

func (c *config) apply(tr int) {
	switch {
	case tr == shift:
		c.stack = append(c.stack, c.b)
		c.b++
	case isLeft(tr):
		d := c.s(0)
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(c.b, d, label(tr))
	default:
		d, h := c.s(0), c.s(1)
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(h, d, label(tr))
	}
}

func (c *config) attach(h, d, l int) {
	c.heads[d], c.rels[d] = h, l
	if d < h {
		c.nLeft[h]++
		if c.lc1[h] == none || d < c.lc1[h] {
			c.lc2[h] = c.lc1[h]
			c.lc1[h] = d
		} else if c.lc2[h] == none || d < c.lc2[h] {
			c.lc2[h] = d
		}
	} else {
		c.nRight[h]++
		if c.rc1[h] == none || d > c.rc1[h] {
			c.rc2[h] = c.rc1[h]
			c.rc1[h] = d
		} else if c.rc2[h] == none || d > c.rc2[h] {
			c.rc2[h] = d
		}
	}
}

// cost is the number of gold arcs that transition tr makes unreachable
// (the dynamic oracle of Goldberg & Nivre 2013 for arc-hybrid), plus one
// for a wrong label on a gold arc. goldHead uses n for the root.
func (c *config) cost(tr int, goldHead, goldRel []int) int {
	switch {
	case tr == shift:
		return c.shiftCost(goldHead)
	case isLeft(tr):
		k := c.leftCost(goldHead)
		if goldHead[c.s(0)] == c.b && goldRel[c.s(0)] != label(tr) {
			k++
		}
		return k
	default:
		k := c.rightCost(goldHead)
		if goldHead[c.s(0)] == c.s(1) && goldRel[c.s(0)] != label(tr) {
			k++
		}
		return k
	}
}

// shiftCost: b0 can no longer take a head deeper in the stack than s0, nor
// any dependent on the stack.
func (c *config) shiftCost(goldHead []int) int {
	b := c.b
	cost := 0
	for _, k := range c.stack {
		if goldHead[k] == b {
			cost++
		}
	}
	if h := goldHead[b]; h != c.s(0) && c.onStack(h) {
		cost++
	}
	return cost
}

// leftCost: s0 loses its dependents in the buffer and a head that is s1
// or in the buffer beyond b0.
func (c *config) leftCost(goldHead []int) int {
	s0 := c.s(0)
	cost := c.depsInBuffer(s0, goldHead)
	if h := goldHead[s0]; h != c.b && (h == c.s(1) || h >= c.b) {
		cost++
	}
	return cost
}

// rightCost: s0 loses its dependents in the buffer and a head in the
// buffer.
func (c *config) rightCost(goldHead []int) int {
	s0 := c.s(0)
	cost := c.depsInBuffer(s0, goldHead)
	if goldHead[s0] >= c.b {
		cost++
	}
	return cost
}

func (c *config) depsInBuffer(w int, goldHead []int) int {
	n := 0
	for d := c.b; d < c.n; d++ {
		if goldHead[d] == w {
			n++
		}
	}
	return n
}

func (c *config) onStack(w int) bool {
	if w < 0 || w >= c.n {
		return false
	}
	for _, k := range c.stack {
		if k == w {
			return true
		}
	}
	return false
}
