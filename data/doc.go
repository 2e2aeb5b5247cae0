// Package data embeds the hand-kept data files of parallax: lexicons and the
// actor knowledge base, edited as text and reviewed like code. Each file set
// has its own Go file here with its embed directive; sources and licences are
// in NOTICE.
package data
