package parse

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A parser may be trained without some of the feature templates, so that
// it looks fewer features up per transition (the parser's time is spent
// waiting on those look-ups). The templates it leaves out are stored with
// its labels (a line "# drop N N ..."), and every feature function drops
// them from what it appends, so that training and parsing read the same
// features.

// The feature lists: what features and each part function append, and
// each group's features (groupFeatures).
const (
	listFull = iota
	listStackWord
	listStackS1
	listStackS0
	listBufferWord
	listBufferChild
	listMixed
	listGroup // + group number
	numLists  = listGroup + numGroups
)

// listTemplates gives the template of each feature a list appends, in
// order (TestTemplateLists checks them against the hashes).
var listTemplates = func() [numLists][]int {
	var l [numLists][]int
	l[listFull] = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
		20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
		40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
		60, 61, 62, 63, 64, 65, 66, 67,
		70, 71, 72, 73, 74, 75,
		80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
		100, 101, 102, 103, 104, 105, 106, 107, 108, 109}
	l[listStackWord] = []int{1, 3, 4, 6, 29, 30, 31, 32, 67}
	l[listStackS1] = []int{48, 50}
	l[listStackS0] = []int{47, 49, 70, 72, 105, 106}
	l[listBufferWord] = []int{7, 9, 10, 12, 13}
	l[listBufferChild] = []int{74, 107}
	l[listMixed] = []int{16, 20, 21, 22, 23, 24, 25, 26, 41, 42, 44, 45, 46, 51, 52, 53, 60, 61, 62, 63, 64, 65, 108, 109}
	l[listGroup+groupStackTags] = []int{0, 2, 5, 15, 28, 43, 66}
	l[listGroup+groupBufferTags] = []int{8, 11, 14, 27, 40}
	l[listGroup+groupS1] = []int{89, 90, 91, 104}
	for _, g := range []int{groupS0Left, groupS0Right, groupB0Left} {
		l[listGroup+g] = childGroupTemplates[g][:]
	}
	return l
}()

// selection is the parser's choice of templates.
type selection struct {
	drop []int // the templates left out, ascending
	// keep lists, for each feature list that loses features, the
	// positions it keeps; nil keeps all.
	keep [numLists][]int
	// atoms masks the atoms of each group's key (all bits of those
	// its kept features read, none of the others); masked tells whether
	// any atom is masked out.
	atoms  [numGroups]groupKey
	masked [numGroups]bool
}

func newSelection(drop []int) (selection, error) {
	var s selection
	known := map[int]bool{}
	for _, t := range listTemplates[listFull] {
		known[t] = true
	}
	dropped := map[int]bool{}
	for _, t := range drop {
		if !known[t] {
			return s, fmt.Errorf("parse: no feature template %d", t)
		}
		dropped[t] = true
	}
	for t := range dropped {
		s.drop = append(s.drop, t)
	}
	slices.Sort(s.drop)
	for l, ts := range listTemplates {
		var keep []int
		for i, t := range ts {
			if !dropped[t] {
				keep = append(keep, i)
			}
		}
		if len(keep) < len(ts) {
			if keep == nil {
				keep = []int{}
			}
			s.keep[l] = keep
		}
	}
	for g := range numGroups {
		for i, t := range listTemplates[listGroup+g] {
			if !dropped[t] {
				for _, a := range groupAtoms[g][i] {
					s.atoms[g][a] = ^uint64(0)
				}
			}
		}
		for a := range len(s.atoms[g]) {
			used := false
			for _, as := range groupAtoms[g] {
				used = used || slices.Contains(as, a)
			}
			if used && s.atoms[g][a] == 0 {
				s.masked[g] = true
			}
		}
	}
	return s, nil
}

// filter removes from dst[start:], which list l appended, the features
// of the templates the parser leaves out.
func (p *Parser) filter(dst []uint64, start, l int) []uint64 {
	keep := p.sel.keep[l]
	if keep == nil {
		return dst
	}
	out := dst[:start]
	for _, i := range keep {
		out = append(out, dst[start+i])
	}
	return out
}

const dropPrefix = "# drop"

// dropLine is the label file's line that records the templates left out
// ("" when none is).
func (s *selection) dropLine() string {
	if len(s.drop) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(dropPrefix)
	for _, t := range s.drop {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(t))
	}
	return b.String()
}

func parseDropLine(line string) ([]int, error) {
	var ts []int
	for _, f := range strings.Fields(strings.TrimPrefix(line, dropPrefix)) {
		t, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("parse: bad template %q in %q", f, line)
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// Templates lists the feature templates the parser reads.
func (p *Parser) Templates() []int {
	var ts []int
	for _, t := range listTemplates[listFull] {
		if !slices.Contains(p.sel.drop, t) {
			ts = append(ts, t)
		}
	}
	return ts
}

// WithoutTemplates returns the parser with the same weights that leaves
// out the templates of drop as well as its own: a template's share in
// its accuracy, measured without retraining.
func (p *Parser) WithoutTemplates(drop []int) (*Parser, error) {
	sel, err := newSelection(append(slices.Clone(p.sel.drop), drop...))
	if err != nil {
		return nil, err
	}
	return newParser(p.model, p.labels, sel), nil
}
