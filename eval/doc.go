// Package eval scores a predicted clustering of items against a gold one.
//
// A clustering assigns each item id a cluster label; only the grouping
// matters, not the label names. [Compare] scores the items present in both
// clusterings and lists the rest.
//
// Three families of figures are given, because each answers a different
// question and each can be flattered by a degenerate clustering that the
// others catch.
//
// B-cubed (Bagga and Baldwin 1998, in the form of Amigó et al. 2009) is
// item-centred. For an item i, let pred(i) and gold(i) be the scored items
// in its predicted and gold clusters, i included. Its precision is the share
// of pred(i) that is also in gold(i), its recall the share of gold(i) that is
// also in pred(i). The figures are the means over items, and F1 is the
// harmonic mean of the two means. Every item weighs the same, so a large
// cluster counts in proportion to its size, not to the square of it.
//
// Pairwise figures are pair-centred. A pair of distinct items is a predicted
// positive if both items share a predicted cluster, and a gold positive if
// they share a gold cluster. Precision is the share of predicted positives
// that are gold positives, recall the share of gold positives that are
// predicted positives. When there are no predicted positives, precision is 1
// (nothing was claimed, so nothing was wrong); when there are no gold
// positives, recall is 1. The number of pairs grows with the square of
// cluster size, so these figures are dominated by the largest clusters.
//
// The adjusted Rand index (Hubert and Arabie 1985) is the pairwise agreement
// corrected for chance: 1 for identical partitions, about 0 for a random one
// with the same cluster sizes, and possibly negative. It is symmetric and
// does not reward the trivial all-singletons or one-cluster answers, which
// score well on one of precision and recall. When the index is undefined
// because its maximum equals its expected value (fewer than two items, or
// both clusterings all singletons, or both a single cluster), it is 1 if the
// two clusterings are the same partition and 0 otherwise.
//
// With no scored items, every figure is 0.
//
// All figures are computed from the contingency table of predicted against
// gold labels, in time linear in the number of items and the number of
// distinct label pairs, never over all pairs of items.
package eval
