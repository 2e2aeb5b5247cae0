// Package wordcluster holds hierarchical word clusters in the style of Brown
// et al. (1992): every known word has a bit-string path in a binary tree of
// classes, and words with a long common prefix occur in similar contexts.
// Taggers use prefixes of the path (lengths 4, 6, 10, 20) as features, which
// lets them generalise from words seen in training to words seen only in the
// unlabelled text the clusters were computed from.
//
// The clusters are built by Build (exchange clustering of word bigrams, then
// agglomerative merging of the classes into a tree) and shipped as an
// embedded file read by Load.
package wordcluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax/models"
)

// Clusters maps words to their bit-string paths. It is read-only after
// loading and safe for concurrent use.
type Clusters struct {
	paths map[string]string
}

// Load reads the clusters embedded in the models package.
func Load() (*Clusters, error) {
	c, err := Read(bytes.NewReader(models.Clusters))
	if err != nil {
		return nil, fmt.Errorf("wordcluster: embedded models/clusters.tsv.gz: %w", err)
	}
	return c, nil
}

// Read parses a gzip-compressed file of "path<TAB>word" lines.
func Read(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	c := &Clusters{paths: make(map[string]string, 1<<15)}
	// Paths repeat for every word of a class: intern them so that the map
	// holds one string per class.
	intern := map[string]string{}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok || path == "" || word == "" || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("line %d: want PATH<TAB>WORD with a path of 0s and 1s", line)
		}
		p, seen := intern[path]
		if !seen {
			p = strings.Clone(path)
			intern[p] = p
		}
		c.paths[word] = p
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Write writes the clusters as Read expects them, sorted by path then word.
func (c *Clusters) Write(w io.Writer) error {
	words := make([]string, 0, len(c.paths))
	for w := range c.paths {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		pi, pj := c.paths[words[i]], c.paths[words[j]]
		if pi != pj {
			return pi < pj
		}
		return words[i] < words[j]
	})
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, word := range words {
		bw.WriteString(c.paths[word])
		bw.WriteByte('\t')
		bw.WriteString(word)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Path returns the bit-string path of word, or "" when the word is unknown.
// A word unknown in its own case is looked up lower-cased, so that a
// sentence-initial "Troops" finds "troops".
func (c *Clusters) Path(word string) string {
	if c == nil {
		return ""
	}
	if p, ok := c.paths[word]; ok {
		return p
	}
	if p, ok := c.paths[strings.ToLower(word)]; ok {
		return p
	}
	return ""
}

// Known reports whether word itself, in this exact case, has a path.
func (c *Clusters) Known(word string) bool {
	if c == nil {
		return false
	}
	_, ok := c.paths[word]
	return ok
}

// Len is the number of words with a path.
func (c *Clusters) Len() int { return len(c.paths) }

// Prefix returns the first n bits of path, or the whole path when it is
// shorter.
func Prefix(path string, n int) string {
	if len(path) > n {
		return path[:n]
	}
	return path
}
