package eval

import "slices"

// Clustering maps an item id to its cluster label.
type Clustering map[string]string

// Scores are the agreement figures of a predicted clustering with a gold one.
type Scores struct {
	Items             int // items scored: those in both clusterings
	PredictedClusters int // clusters of the predicted clustering, over the scored items
	GoldClusters      int // the same for gold

	BCubedPrecision, BCubedRecall, BCubedF1 float64
	PairPrecision, PairRecall, PairF1       float64
	ARI                                     float64 // adjusted Rand index

	OnlyPredicted, OnlyGold []string // ids in one clustering and not the other, sorted
}

// Compare scores pred against gold over the items present in both.
// Items present in only one are listed in OnlyPredicted or OnlyGold and
// left out of every figure. See the package documentation for the
// definitions and conventions.
func Compare(pred, gold Clustering) Scores {
	var s Scores
	cells := make(map[[2]string]int64) // (pred label, gold label) -> items
	rows := make(map[string]int64)     // pred label -> items
	cols := make(map[string]int64)     // gold label -> items
	for id, p := range pred {
		g, ok := gold[id]
		if !ok {
			s.OnlyPredicted = append(s.OnlyPredicted, id)
			continue
		}
		cells[[2]string{p, g}]++
		rows[p]++
		cols[g]++
	}
	for id := range gold {
		if _, ok := pred[id]; !ok {
			s.OnlyGold = append(s.OnlyGold, id)
		}
	}
	slices.Sort(s.OnlyPredicted)
	slices.Sort(s.OnlyGold)

	n := int64(len(pred) - len(s.OnlyPredicted))
	s.Items = int(n)
	s.PredictedClusters = len(rows)
	s.GoldClusters = len(cols)
	if n == 0 {
		return s
	}

	// B-cubed: item i in cell (p, g) has precision n_pg/a_p and recall
	// n_pg/b_g, and there are n_pg such items, so the sums are
	// Σ_p (Σ_g n_pg²)/a_p and Σ_g (Σ_p n_pg²)/b_g. Summing the squares in
	// integers first keeps rounding to one division per cluster.
	// Pairwise: pairs within a cell are true positives, pairs within a
	// row predicted positives, pairs within a column gold positives.
	rowSq := make(map[string]int64, len(rows))
	colSq := make(map[string]int64, len(cols))
	var tp, predPos, goldPos int64
	for k, c := range cells {
		rowSq[k[0]] += c * c
		colSq[k[1]] += c * c
		tp += pairs(c)
	}
	var bp, br float64
	for p, a := range rows {
		bp += float64(rowSq[p]) / float64(a)
		predPos += pairs(a)
	}
	for g, b := range cols {
		br += float64(colSq[g]) / float64(b)
		goldPos += pairs(b)
	}

	s.BCubedPrecision = bp / float64(n)
	s.BCubedRecall = br / float64(n)
	s.BCubedF1 = f1(s.BCubedPrecision, s.BCubedRecall)

	s.PairPrecision, s.PairRecall = 1, 1
	if predPos > 0 {
		s.PairPrecision = float64(tp) / float64(predPos)
	}
	if goldPos > 0 {
		s.PairRecall = float64(tp) / float64(goldPos)
	}
	s.PairF1 = f1(s.PairPrecision, s.PairRecall)

	// max - expected = (A(N-B) + B(N-A)) / 2N, with A, B <= N, is zero
	// exactly when N == 0, A == B == 0 or A == B == N; test that in
	// integers rather than comparing floats.
	all := pairs(n)
	if all == 0 || predPos == goldPos && (predPos == 0 || predPos == all) {
		if len(cells) == len(rows) && len(cells) == len(cols) {
			s.ARI = 1
		}
		return s
	}
	expected := float64(predPos) * float64(goldPos) / float64(all)
	maximum := float64(predPos+goldPos) / 2
	s.ARI = (float64(tp) - expected) / (maximum - expected)
	return s
}

// pairs returns the number of unordered pairs of k items.
func pairs(k int64) int64 { return k * (k - 1) / 2 }

// f1 returns the harmonic mean of p and r, or 0 if both are 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
