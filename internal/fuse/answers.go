package fuse

// answersIncident reports whether incident a holds an answer to incident
// b: the main segment of a report that tells its story as an answer ("in
// response to", "in retaliation for", reciprocity: segment.answer),
// dated after b ended, with parties in common. Such a segment joined no
// incident of b (answers); a is another happening, the counter-move.
func (ix *Index) answersIncident(a, b int32) bool {
	in, other := &ix.incs[a], &ix.incs[b]
	if other.end == noDay {
		return false
	}
	for _, t := range in.segs {
		if sg := &ix.segs[t]; sg.answer && sg.start != noDay && sg.start > other.end {
			ix.warm(a) // the sides may be compacted (cold.go)
			ix.warm(b)
			return partyOverlap(in.sides, in.sideW, other.sides, other.sideW) > 0
		}
	}
	return false
}

// answerApart reports whether one of incidents r and o holds an answer to
// the other (answersIncident): a third report that fits both (a reply to
// the counter-move, which names the first move too) does not make the
// move and the answer one.
func (ix *Index) answerApart(r, o int32) bool {
	return ix.answersIncident(r, o) || ix.answersIncident(o, r)
}
