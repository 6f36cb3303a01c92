// Package pipeline runs compare's stages on one stream of articles — load,
// dedup, events, alignments, framing — and returns their results as values.
// It is what the commands call: one entry point per command ([Dedup],
// [Events], [Framing], [Similarity], [Diff], [Pairs], [EvalEvents],
// [EvalDedup]), and [Run], which runs several stages over one load, for
// reports and checks that need them all. It prints nothing: diagnostics
// come back in [Input], and rendering is the caller's.
//
// Each entry point decides what the load keeps ([corpus.Options] NoNorm,
// NoSentences, Keep), since only it knows what its stages read. [Dedup] and
// [Events] stream: they keep of each article only what their engine needs
// (signatures, counts), so memory is bounded by the dump's size in
// signatures, not in text. [Dedup] pays for that with a second read of the
// input when the shingle sets it must verify outgrow
// [similarity.DedupOptions.HoldBytes] (standard input, which cannot be read
// twice, is held whole). [Run] and [Framing] hold every article, because
// alignment and framing read texts again: they trade memory for reading the
// input once (see [FramingMemory]). A stream also gives up what only a
// whole load can do (chrome learned across an outlet's articles, a year
// inferred from the whole dump's dates; see [corpus.Stream]), so the
// streaming entry points and [Run] may differ on dumps that need those.
package pipeline
