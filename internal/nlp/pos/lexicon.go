package pos

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// tagPair is one class of the tagger: a universal and a Penn Treebank tag
// predicted together, because neither determines the other in English UD
// ("IN" is ADP or SCONJ, "AUX" is VBZ, VBD, MD...).
type tagPair struct{ UPOS, XPOS string }

// lexicon is what the tagger knows about words besides the weights.
type lexicon struct {
	classes []tagPair
	// nameHash is the hash of "UPOS_XPOS", the previous-tag feature value.
	nameHash []uint64
	// sure maps frequent words that had one class in nearly every training
	// occurrence to it; they skip the perceptron.
	sure map[string]int32
	// amb maps a lower-cased word to its ambiguity class: the XPOS tags it
	// took in training ("NN|VB"), a strong hint for words to the right.
	amb map[string]string
	// clusters maps words to their Brown-style cluster paths (a copy of
	// models/clusters.tsv.gz made at training time, so that the tagger's
	// features do not change when the clusters are rebuilt).
	clusters map[string]string
	lemmas   lemmaTable
	// bidirectional says the model also has right-to-left weights, whose
	// scores are added to the left-to-right ones for the words whose
	// left-to-right margin (best score minus second best) is below
	// recheck; the others keep their left-to-right class, which is nearly
	// always right and saves most of the second pass.
	bidirectional bool
	recheck       float32
}

const lexiconMagic = "# parallax pos lexicon v1"

func (l *lexicon) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, lexiconMagic)
	// The sizes let the reader allocate each map once.
	fmt.Fprintf(bw, "sizes\t%d\t%d\t%d\t%d\t%d\t%d\n", len(l.sure), len(l.amb), len(l.clusters),
		len(l.lemmas.seen), len(l.lemmas.exc), len(l.lemmas.base))
	if l.bidirectional {
		fmt.Fprintf(bw, "directions\t2\t%s\n", strconv.FormatFloat(float64(l.recheck), 'g', -1, 32))
	}
	for _, c := range l.classes {
		fmt.Fprintf(bw, "class\t%s\t%s\n", c.UPOS, c.XPOS)
	}
	for _, k := range sortedKeys(l.sure) {
		fmt.Fprintf(bw, "sure\t%s\t%d\n", k, l.sure[k])
	}
	for _, k := range sortedKeys(l.amb) {
		fmt.Fprintf(bw, "amb\t%s\t%s\n", k, l.amb[k])
	}
	for _, k := range sortedKeys(l.clusters) {
		fmt.Fprintf(bw, "cluster\t%s\t%s\n", k, l.clusters[k])
	}
	for _, k := range sortedLemmaKeys(l.lemmas.seen) {
		fmt.Fprintf(bw, "lemma\t%s\t%s\t%s\n", k.word, k.tag, l.lemmas.seen[k])
	}
	for _, k := range sortedLemmaKeys(l.lemmas.exc) {
		fmt.Fprintf(bw, "exc\t%s\t%s\t%s\n", k.tag, k.word, l.lemmas.exc[k])
	}
	for _, k := range sortedLemmaKeys(l.lemmas.base) {
		fmt.Fprintf(bw, "base\t%s\t%s\n", k.tag, k.word)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedLemmaKeys[V any](m map[lemmaKey]V) []lemmaKey {
	keys := make([]lemmaKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].word != keys[j].word {
			return keys[i].word < keys[j].word
		}
		return keys[i].tag < keys[j].tag
	})
	return keys
}

func readLexicon(r io.Reader) (*lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	l := &lexicon{sure: map[string]int32{}, amb: map[string]string{}, clusters: map[string]string{},
		lemmas: lemmaTable{seen: map[lemmaKey]string{}, exc: map[lemmaKey]string{}, base: map[lemmaKey]struct{}{}}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	var fields [8]string
	for sc.Scan() {
		line++
		t := sc.Text()
		if line == 1 {
			if t != lexiconMagic {
				return nil, fmt.Errorf("line 1: not a pos lexicon")
			}
			continue
		}
		f := splitTabs(t, fields[:0])
		bad := func() error { return fmt.Errorf("line %d: malformed %q entry", line, f[0]) }
		switch f[0] {
		case "sizes":
			if len(f) != 7 || line != 2 {
				return nil, bad()
			}
			var n [6]int
			for i := range n {
				if n[i], err = strconv.Atoi(f[i+1]); err != nil || n[i] < 0 || n[i] > 1<<24 {
					return nil, bad()
				}
			}
			l.sure, l.amb, l.clusters = make(map[string]int32, n[0]), make(map[string]string, n[1]), make(map[string]string, n[2])
			l.lemmas.seen, l.lemmas.exc, l.lemmas.base = make(map[lemmaKey]string, n[3]), make(map[lemmaKey]string, n[4]), make(map[lemmaKey]struct{}, n[5])
		case "directions":
			if len(f) != 3 || f[1] != "2" {
				return nil, bad()
			}
			r, err := strconv.ParseFloat(f[2], 32)
			if err != nil || r < 0 {
				return nil, bad()
			}
			l.bidirectional, l.recheck = true, float32(r)
		case "class":
			if len(f) != 3 {
				return nil, bad()
			}
			l.classes = append(l.classes, tagPair{f[1], f[2]})
		case "sure":
			if len(f) != 3 {
				return nil, bad()
			}
			c, err := strconv.Atoi(f[2])
			if err != nil || c < 0 || c >= len(l.classes) {
				return nil, bad()
			}
			l.sure[f[1]] = int32(c)
		case "amb":
			if len(f) != 3 {
				return nil, bad()
			}
			l.amb[f[1]] = f[2]
		case "cluster":
			if len(f) != 3 {
				return nil, bad()
			}
			l.clusters[f[1]] = f[2]
		case "lemma", "exc":
			if len(f) != 4 {
				return nil, bad()
			}
			if f[0] == "exc" {
				l.lemmas.exc[lemmaKey{f[2], f[1]}] = f[3]
			} else {
				l.lemmas.seen[lemmaKey{f[1], f[2]}] = f[3]
			}
		case "base":
			if len(f) != 3 {
				return nil, bad()
			}
			l.lemmas.base[lemmaKey{f[2], f[1]}] = struct{}{}
		default:
			return nil, fmt.Errorf("line %d: unknown entry %q", line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(l.classes) == 0 {
		return nil, fmt.Errorf("no classes")
	}
	l.setNames()
	return l, nil
}

// cluster is the cluster path of w, looked up as written and then
// lower-cased (a sentence-initial "Troops" finds "troops"); "" if unknown.
func (l *lexicon) cluster(w, lower string) string {
	if p, ok := l.clusters[w]; ok {
		return p
	}
	return l.clusters[lower]
}

func (l *lexicon) setNames() {
	l.nameHash = make([]uint64, len(l.classes))
	for i, c := range l.classes {
		l.nameHash[i] = perceptron.StrHash(c.UPOS + "_" + c.XPOS)
	}
}

// splitTabs splits s at tabs into dst (whose room it reuses), so that
// reading a lexicon line does not allocate.
func splitTabs(s string, dst []string) []string {
	for {
		f, rest, ok := strings.Cut(s, "\t")
		dst = append(dst, f)
		if !ok {
			return dst
		}
		s = rest
	}
}
