package ner

import "slices"

// Document context for the second pass (Ratinov & Roth 2009, "non-local
// features"): a first model tags the whole document, then every token gets
// a bit set saying how the first model labelled the same word elsewhere in
// the document, and the second model reads those bits as features. A name
// is often clear in one place ("President Ilham Aliyev") and unclear in
// another ("Aliyev said"), and the second model can carry the label across.
//
// Bits of a token's context code:
//
//	0-3   the same word form is inside an entity of type t elsewhere
//	4-7   t is the type most often given to the word elsewhere
//	8-19  the word is word r (0 first, 1 inside, 2 last) of a multi-word
//	      entity of type t elsewhere: bit 8+3t+r
//	20    the word occurs elsewhere, never inside an entity
//	24-27 the first model's own label for the token, plus one
const (
	ctxSame     = 0
	ctxMajority = 4
	ctxLonger   = 8
	ctxOnlyO    = 20
	ctxBits     = 21 // bits below this one are features
	ctxLabel    = 24
)

// wordStats counts how the first pass labelled one word form in a
// document.
type wordStats struct {
	typed   [len(types)]int32
	roles   [len(types) * 3]int32
	untyped int32
}

// documentContext computes the context codes of a document's tokens from
// the first model's labels.
func documentContext(sents [][]string, labels [][]int) [][]uint32 {
	return new(contextBuffers).codes(sents, labels)
}

// contextBuffers are documentContext's map and slices, which the
// recogniser keeps in its scratch from one document to the next: made
// anew for each document they were about 5 % of the bytes the whole
// analysis allocated.
type contextBuffers struct {
	index map[string]int32
	all   []wordStats
	roles []tokenRole // the tokens' roles, one sentence after the other
	flat  []uint32    // the codes, likewise
	// at is each token's entry in all, likewise: the second pass over
	// the tokens reads it instead of looking each word up again.
	at  []int32
	out [][]uint32
}

// tokenRole is a token's type (-1 outside entities) and its place in a
// multi-word entity (-1 for a one-word entity).
type tokenRole struct{ typ, role int }

// codes is documentContext in b's buffers: the codes it returns are valid
// until the next call.
func (b *contextBuffers) codes(sents [][]string, labels [][]int) [][]uint32 {
	n := 0
	for _, words := range sents {
		n += len(words)
	}
	if b.index == nil {
		b.index = make(map[string]int32, n)
	} else {
		clear(b.index)
	}
	index := b.index
	all := slices.Grow(b.all[:0], n)
	at := slices.Grow(b.at[:0], n)[:n]
	b.at = at
	// get returns the entry of the word at token t (of all the
	// document's tokens) and keeps its place in at.
	get := func(w string, t int) *wordStats {
		k, ok := index[w]
		if !ok {
			k = int32(len(all))
			index[w] = k
			all = append(all, wordStats{})
		}
		at[t] = k
		return &all[k]
	}
	b.roles = slices.Grow(b.roles[:0], n)[:n]
	b.flat = slices.Grow(b.flat[:0], n)[:n]
	roles := make([][]tokenRole, len(sents))
	off := 0
	for si, words := range sents {
		roles[si] = b.roles[off : off+len(words) : off+len(words)]
		off += len(words)
	}
	off = 0
	for si, words := range sents {
		ls := labels[si]
		for i := 0; i < len(words); {
			if ls[i] == 0 {
				roles[si][i] = tokenRole{-1, -1}
				get(words[i], off+i).untyped++
				i++
				continue
			}
			typ := (ls[i] - 1) / 2
			j := i + 1
			for j < len(words) && ls[j] == 2*typ+2 {
				j++
			}
			for k := i; k < j; k++ {
				r := -1
				if j-i > 1 {
					r = 1
					if k == i {
						r = 0
					} else if k == j-1 {
						r = 2
					}
				}
				roles[si][k] = tokenRole{typ, r}
				st := get(words[k], off+k)
				st.typed[typ]++
				if r >= 0 {
					st.roles[3*typ+r]++
				}
			}
			i = j
		}
		off += len(words)
	}
	b.all = all
	out := slices.Grow(b.out[:0], len(sents))[:len(sents)]
	b.out = out
	off = 0
	for si, words := range sents {
		codes := b.flat[off : off+len(words) : off+len(words)]
		wordAt := at[off : off+len(words)]
		off += len(words)
		for i := range words {
			st := &all[wordAt[i]]
			own := roles[si][i]
			var code uint32
			// Counts of the other occurrences: the token's own share taken
			// off.
			typed := st.typed
			rs := st.roles
			untyped := st.untyped
			if own.typ >= 0 {
				typed[own.typ]--
				if own.role >= 0 {
					rs[3*own.typ+own.role]--
				}
			} else {
				untyped--
			}
			best, bestN, total := -1, int32(0), int32(0)
			for t, n := range typed {
				total += n
				if n > 0 {
					code |= 1 << (ctxSame + t)
					if n > bestN {
						best, bestN = t, n
					}
				}
			}
			if best >= 0 {
				code |= 1 << (ctxMajority + best)
			}
			for k, n := range rs {
				if n > 0 {
					code |= 1 << (ctxLonger + k)
				}
			}
			if total == 0 && untyped > 0 {
				code |= 1 << ctxOnlyO
			}
			code |= uint32(labels[si][i]+1) << ctxLabel
			codes[i] = code
		}
		out[si] = codes
	}
	return out
}

// addContext appends the context features of codes to the features in
// base, writing the result into dst.
func addContext(base *sentenceFeatures, codes []uint32, dst *sentenceFeatures) {
	dst.hashes = dst.hashes[:0]
	dst.offs = dst.offs[:0]
	for i := range codes {
		dst.offs = append(dst.offs, len(dst.hashes))
		dst.hashes = append(dst.hashes, base.hashes[base.offs[i]:base.offs[i+1]]...)
		dst.hashes = appendContext(dst.hashes, codes, i)
	}
	dst.offs = append(dst.offs, len(dst.hashes))
}

// contextOnly writes the context features of codes alone into dst.
func contextOnly(codes []uint32, dst *sentenceFeatures) {
	dst.hashes = dst.hashes[:0]
	dst.offs = dst.offs[:0]
	for i := range codes {
		dst.offs = append(dst.offs, len(dst.hashes))
		dst.hashes = appendContext(dst.hashes, codes, i)
	}
	dst.offs = append(dst.offs, len(dst.hashes))
}

// appendContext appends the context features of token i: its context
// bits and the first model's labels around it.
func appendContext(hs []uint64, codes []uint32, i int) []uint64 {
	n := len(codes)
	label := func(i int) int {
		if i < 0 || i >= n {
			return -1
		}
		return int(codes[i]>>ctxLabel) - 1
	}
	code := codes[i]
	for b := 0; b < ctxBits; b++ {
		if code&(1<<b) != 0 {
			hs = append(hs, hashInt(hashStart(fDoc), b))
		}
	}
	l := label(i)
	return append(hs,
		hashInt(hashStart(fFirstLabel), l),
		hashInt(hashInt(hashStart(fFirstLabelPrev), label(i-1)), l),
		hashInt(hashInt(hashStart(fFirstLabelNext), l), label(i+1)))
}
