// Package fuse works across articles: it finds duplicates (exact copies,
// near duplicates, renderings of one statement), groups the articles'
// events into incidents, and assesses each incident: its sides, whether
// only one party is heard, how many independent sources tell it, the
// parties' figures (low/best/high) and where they contradict each other.
//
// The core is incremental: Index.Add takes one analysed document at a time
// and joins it to what is known, as articles arrive in a store. Each
// article is cut into segments, one per incident it reports (its own story,
// and any earlier clash it recalls with a date of its own); a segment joins
// the best-fitting incident among those registered on its days (blocking by
// date) when their texts are similar enough, helped or hindered by their
// places (great-circle distance) and parties. Fuser.Fuse runs an Index
// over a batch and implements pipeline.Fuser.
//
// The Index keeps no document: Add reads what fusion needs and keeps it in
// compact form (features.go), so that a store can feed it a large corpus
// while remaining the only place documents are kept. Changes returns what
// the documents added since its last call changed, for a store to write
// after each batch instead of every incident. With a Cold store (SetCold),
// Compact moves what only articles and incidents of nearby dates read
// (items, stems, profiles, signatures, incident vectors) out of memory,
// packed, and the index reads it back when an older date needs it
// (cold.go): results do not depend on compaction.
//
// The rules that pick one value among several (a party's figure, the best
// estimate, the side a party blames) are stated where they are applied:
// partyValues, estimates, initiator.
package fuse
