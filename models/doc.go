// Package models embeds the model and index files that parallax builds from
// open data with cmd/parallax-train (taggers, parser, entity recogniser,
// word clusters, gazetteer index). Each artifact has its own file here with
// its embed directive; sources and licences are in NOTICE.
package models
