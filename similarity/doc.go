// Package similarity measures how alike news articles are: word-shingle
// sets with MinHash signatures and LSH banding for near duplicates, exact
// Jaccard and containment to verify every candidate, and topical scores
// (TF-IDF cosine of content words, title similarity) for later stages.
//
// It trades memory for exactness only where it must: signatures and
// shingle samples are small, candidate generation is never all-pairs, and
// every candidate, whether LSH or the containment sample proposed it, is
// verified on the exact shingle sets before it counts. Those sets are held
// within a budget and recomputed past it (see [Deduper]).
package similarity

// Canon maps a normalised word to its canonical form before shingles are
// hashed, so that spelling variants ("kiev", "kyiv") fold together. Nil is
// the identity. It must be safe for concurrent use.
type Canon func(word string) string
