package fuse

// Near duplicates are found with MinHash over word 3-shingles, in its
// one-permutation form (Li, Owen and Zhang 2012): each shingle hash goes to
// one of sigBins bins by its low bits and the bin keeps the smallest high
// bits seen. That costs O(1) per shingle instead of O(sigBins), and empty
// bins of short texts are filled from the next non-empty bin (rotation
// densification, Shrivastava and Li 2014) so that estimates stay unbiased.
// Candidate pairs come from locality-sensitive hashing: the signature cut
// into lshBands bands of lshRows bins; two texts sharing one band are
// compared. With 42 bands of 3 rows a pair at Jaccard 0.5 is a candidate
// with probability 0.996, at 0.3 with 0.68, at 0.1 with 0.04.

const (
	shingleWords = 3
	lshRows      = 3
	lshBands     = 42
	sigBins      = lshRows * lshBands
)

// signature is the MinHash signature of a text, with the number of
// shingles it was made of (to estimate containment).
type signature struct {
	Bins     [sigBins]uint32
	Shingles int
}

const emptyBin = ^uint32(0)

// newSignature computes the signature of a sequence of word hashes; ok is
// false when the text has too few words to make a shingle.
func newSignature(words []uint64) (sig signature, ok bool) {
	if len(words) < shingleWords {
		return sig, false
	}
	for i := range sig.Bins {
		sig.Bins[i] = emptyBin
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := mix64(words[i]*0x9e3779b97f4a7c15 ^ mix64(words[i+1]+0x632be59bd9b4e019) ^ mix64(words[i+2]^0x85ebca6b))
		bin := int(h % sigBins)
		v := uint32(h >> 32)
		if v == emptyBin {
			v--
		}
		if v < sig.Bins[bin] {
			sig.Bins[bin] = v
		}
		sig.Shingles++
	}
	// Rotation densification: an empty bin borrows the value of the next
	// bin to its right that a shingle filled, mixed with the distance so
	// that values borrowed from different distances do not collide.
	var filled [sigBins]bool
	for i, v := range sig.Bins {
		filled[i] = v != emptyBin
	}
	for i := range sig.Bins {
		if filled[i] {
			continue
		}
		for d := 1; d < sigBins; d++ {
			if j := (i + d) % sigBins; filled[j] {
				sig.Bins[i] = uint32(mix64(uint64(sig.Bins[j])+uint64(d)*0x9e3779b97f4a7c15) >> 33)
				break
			}
		}
	}
	return sig, true
}

// jaccard estimates the Jaccard similarity of the two shingle sets.
func (s *signature) jaccard(o *signature) float64 {
	eq := 0
	for i := range s.Bins {
		if s.Bins[i] == o.Bins[i] {
			eq++
		}
	}
	return float64(eq) / sigBins
}

// containment estimates the share of the smaller text's shingles found in
// the larger one, from the Jaccard estimate and the set sizes: a truncated
// scraped copy has a low Jaccard but a containment near one.
func (s *signature) containment(o *signature, j float64) float64 {
	small := min(s.Shingles, o.Shingles)
	if small == 0 {
		return 0
	}
	inter := j / (1 + j) * float64(s.Shingles+o.Shingles)
	return min(1, inter/float64(small))
}

// bandKey is the LSH bucket key of band b.
func (s *signature) bandKey(b int) uint64 {
	k := uint64(b+1) * 0x9e3779b97f4a7c15
	for r := 0; r < lshRows; r++ {
		k = mix64(k ^ uint64(s.Bins[b*lshRows+r]))
	}
	return k
}
