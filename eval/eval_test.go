package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmpopts.EquateApprox(0, 1e-9)

// partition builds a Clustering from groups of ids, labelling group k with
// prefix followed by k.
func partition(prefix string, groups ...[]string) Clustering {
	c := make(Clustering)
	for k, g := range groups {
		for _, id := range g {
			c[id] = fmt.Sprint(prefix, k)
		}
	}
	return c
}

func TestCompareHand(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold Clustering
		want       Scores
	}{
		{
			// gold {a,b,c | d,e}, pred {a,b | c,d,e}.
			// B-cubed precision: a,b 2/2; c 1/3; d,e 2/3 each -> (11/3)/5 = 11/15.
			// B-cubed recall: a,b 2/3; c 1/3; d,e 2/2 each -> (11/3)/5 = 11/15.
			// Pairs: predicted {ab, cd, ce, de} = 4, gold {ab, ac, bc, de} = 4,
			// true {ab, de} = 2 -> precision = recall = F1 = 1/2.
			// ARI: N = C(5,2) = 10, index 2, expected 4*4/10 = 1.6,
			// max (4+4)/2 = 4 -> (2-1.6)/(4-1.6) = 1/6.
			name: "symmetric",
			pred: partition("p", []string{"a", "b"}, []string{"c", "d", "e"}),
			gold: partition("g", []string{"a", "b", "c"}, []string{"d", "e"}),
			want: Scores{
				Items: 5, PredictedClusters: 2, GoldClusters: 2,
				BCubedPrecision: 11.0 / 15, BCubedRecall: 11.0 / 15, BCubedF1: 11.0 / 15,
				PairPrecision: 0.5, PairRecall: 0.5, PairF1: 0.5,
				ARI: 1.0 / 6,
			},
		},
		{
			// gold {1..5 | 6,7,8 | 9,10}, pred {1,2,3 | 4,5,6,7 | 8,9,10}.
			// Contingency (rows pred, cols gold): [3 0 0; 2 2 0; 0 1 2],
			// pred sizes 3,4,3, gold sizes 5,3,2, n = 10.
			// B-cubed precision: sum n_ij^2/a_i = 9/3 + 8/4 + 5/3 = 20/3 -> 2/3.
			// B-cubed recall: sum n_ij^2/b_j = 13/5 + 5/3 + 4/2 = 94/15 -> 47/75.
			// B-cubed F1: 2(2/3)(47/75)/(2/3+47/75) = 188/291.
			// Pairs: predicted 3+6+3 = 12, gold 10+3+1 = 14, true 3+1+1+1 = 6
			// -> precision 1/2, recall 3/7, F1 6/13.
			// ARI: N = 45, expected 12*14/45 = 56/15, max 13
			// -> (6-56/15)/(13-56/15) = 34/139. Check with the pair table
			// TP 6, FP 6, FN 8, TN 25: 2(150-48)/(14*33+12*31) = 204/834.
			name: "asymmetric",
			pred: partition("p", []string{"1", "2", "3"}, []string{"4", "5", "6", "7"}, []string{"8", "9", "10"}),
			gold: partition("g", []string{"1", "2", "3", "4", "5"}, []string{"6", "7", "8"}, []string{"9", "10"}),
			want: Scores{
				Items: 10, PredictedClusters: 3, GoldClusters: 3,
				BCubedPrecision: 2.0 / 3, BCubedRecall: 47.0 / 75, BCubedF1: 188.0 / 291,
				PairPrecision: 0.5, PairRecall: 3.0 / 7, PairF1: 6.0 / 13,
				ARI: 34.0 / 139,
			},
		},
		{
			// gold {a,b,c,d}, pred {a,b | c,d}: a pure split.
			// B-cubed precision 1, recall 2/4 per item -> 1/2, F1 2/3.
			// Pairs: predicted 2, gold 6, true 2 -> precision 1, recall 1/3, F1 1/2.
			// ARI: N = 6, expected 2*6/6 = 2 = index, max 4 -> 0.
			name: "split",
			pred: partition("p", []string{"a", "b"}, []string{"c", "d"}),
			gold: partition("g", []string{"a", "b", "c", "d"}),
			want: Scores{
				Items: 4, PredictedClusters: 2, GoldClusters: 1,
				BCubedPrecision: 1, BCubedRecall: 0.5, BCubedF1: 2.0 / 3,
				PairPrecision: 1, PairRecall: 1.0 / 3, PairF1: 0.5,
				ARI: 0,
			},
		},
		{
			// Every item its own predicted cluster, gold {a,b,c | d,e}.
			// B-cubed precision 1; recall a,b,c 1/3, d,e 1/2 -> 2/5; F1 4/7.
			// No predicted pairs: precision 1 by convention, recall 0, F1 0.
			// ARI: A = 0, so expected 0 = index, max 2 -> 0.
			name: "all singletons",
			pred: partition("p", []string{"a"}, []string{"b"}, []string{"c"}, []string{"d"}, []string{"e"}),
			gold: partition("g", []string{"a", "b", "c"}, []string{"d", "e"}),
			want: Scores{
				Items: 5, PredictedClusters: 5, GoldClusters: 2,
				BCubedPrecision: 1, BCubedRecall: 0.4, BCubedF1: 4.0 / 7,
				PairPrecision: 1, PairRecall: 0, PairF1: 0,
				ARI: 0,
			},
		},
		{
			// One predicted cluster, gold {a,b,c | d,e}.
			// B-cubed recall 1; precision a,b,c 3/5, d,e 2/5 -> 13/25;
			// F1 2(13/25)/(38/25) = 13/19.
			// Pairs: predicted 10, gold 4, true 4 -> precision 2/5, recall 1, F1 4/7.
			// ARI: expected 10*4/10 = 4 = index, max 7 -> 0.
			name: "one cluster",
			pred: partition("p", []string{"a", "b", "c", "d", "e"}),
			gold: partition("g", []string{"a", "b", "c"}, []string{"d", "e"}),
			want: Scores{
				Items: 5, PredictedClusters: 1, GoldClusters: 2,
				BCubedPrecision: 13.0 / 25, BCubedRecall: 1, BCubedF1: 13.0 / 19,
				PairPrecision: 0.4, PairRecall: 1, PairF1: 4.0 / 7,
				ARI: 0,
			},
		},
		{
			// Same partition, different label names.
			name: "identical renamed",
			pred: partition("p", []string{"a", "b", "c"}, []string{"d", "e"}, []string{"f"}),
			gold: partition("g", []string{"f"}, []string{"d", "e"}, []string{"c", "a", "b"}),
			want: Scores{
				Items: 6, PredictedClusters: 3, GoldClusters: 3,
				BCubedPrecision: 1, BCubedRecall: 1, BCubedF1: 1,
				PairPrecision: 1, PairRecall: 1, PairF1: 1,
				ARI: 1,
			},
		},
		{
			// Identical all-singleton partitions: no pairs on either side, so
			// pairwise figures are 1 by convention and ARI is 1 by the
			// identical-partition rule.
			name: "identical singletons",
			pred: partition("p", []string{"a"}, []string{"b"}, []string{"c"}),
			gold: partition("g", []string{"c"}, []string{"a"}, []string{"b"}),
			want: Scores{
				Items: 3, PredictedClusters: 3, GoldClusters: 3,
				BCubedPrecision: 1, BCubedRecall: 1, BCubedF1: 1,
				PairPrecision: 1, PairRecall: 1, PairF1: 1,
				ARI: 1,
			},
		},
		{
			// Identical single clusters: max == expected, identical -> ARI 1.
			name: "identical one cluster",
			pred: partition("p", []string{"a", "b", "c"}),
			gold: partition("g", []string{"c", "b", "a"}),
			want: Scores{
				Items: 3, PredictedClusters: 1, GoldClusters: 1,
				BCubedPrecision: 1, BCubedRecall: 1, BCubedF1: 1,
				PairPrecision: 1, PairRecall: 1, PairF1: 1,
				ARI: 1,
			},
		},
		{
			// One item: no pairs, ARI 1 since the partitions agree.
			name: "single item",
			pred: Clustering{"a": "x"},
			gold: Clustering{"a": "y"},
			want: Scores{
				Items: 1, PredictedClusters: 1, GoldClusters: 1,
				BCubedPrecision: 1, BCubedRecall: 1, BCubedF1: 1,
				PairPrecision: 1, PairRecall: 1, PairF1: 1,
				ARI: 1,
			},
		},
		{
			// Only a and b are scored, and they agree; x, z and w, y are
			// listed and ignored, even where they share labels with a and b.
			name: "unmatched items",
			pred: Clustering{"a": "1", "b": "1", "z": "1", "x": "2"},
			gold: Clustering{"a": "g", "b": "g", "y": "h", "w": "g"},
			want: Scores{
				Items: 2, PredictedClusters: 1, GoldClusters: 1,
				BCubedPrecision: 1, BCubedRecall: 1, BCubedF1: 1,
				PairPrecision: 1, PairRecall: 1, PairF1: 1,
				ARI:           1,
				OnlyPredicted: []string{"x", "z"},
				OnlyGold:      []string{"w", "y"},
			},
		},
		{
			// No items in common: every figure 0.
			name: "disjoint",
			pred: Clustering{"b": "1", "a": "1"},
			gold: Clustering{"c": "1"},
			want: Scores{OnlyPredicted: []string{"a", "b"}, OnlyGold: []string{"c"}},
		},
		{
			name: "empty",
			want: Scores{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.pred, tt.gold)
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("Compare mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// naive computes the scores directly from the definitions, looping over
// items and pairs of items.
func naive(pred, gold Clustering) Scores {
	var s Scores
	var ids []string
	for id := range pred {
		if _, ok := gold[id]; ok {
			ids = append(ids, id)
		} else {
			s.OnlyPredicted = append(s.OnlyPredicted, id)
		}
	}
	for id := range gold {
		if _, ok := pred[id]; !ok {
			s.OnlyGold = append(s.OnlyGold, id)
		}
	}
	slices.Sort(s.OnlyPredicted)
	slices.Sort(s.OnlyGold)
	s.Items = len(ids)
	if len(ids) == 0 {
		return s
	}
	predLabels, goldLabels := map[string]bool{}, map[string]bool{}
	for _, id := range ids {
		predLabels[pred[id]] = true
		goldLabels[gold[id]] = true
	}
	s.PredictedClusters, s.GoldClusters = len(predLabels), len(goldLabels)

	n := float64(len(ids))
	for _, i := range ids {
		var inPred, inGold, both float64
		for _, j := range ids {
			p, g := pred[i] == pred[j], gold[i] == gold[j]
			if p {
				inPred++
			}
			if g {
				inGold++
			}
			if p && g {
				both++
			}
		}
		s.BCubedPrecision += both / inPred / n
		s.BCubedRecall += both / inGold / n
	}
	s.BCubedF1 = harmonic(s.BCubedPrecision, s.BCubedRecall)

	var tp, fp, fn, tn float64
	for x := range ids {
		for y := x + 1; y < len(ids); y++ {
			p := pred[ids[x]] == pred[ids[y]]
			g := gold[ids[x]] == gold[ids[y]]
			switch {
			case p && g:
				tp++
			case p:
				fp++
			case g:
				fn++
			default:
				tn++
			}
		}
	}
	s.PairPrecision, s.PairRecall = 1, 1
	if tp+fp > 0 {
		s.PairPrecision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		s.PairRecall = tp / (tp + fn)
	}
	s.PairF1 = harmonic(s.PairPrecision, s.PairRecall)

	den := (tp+fn)*(fn+tn) + (tp+fp)*(fp+tn)
	switch {
	case den != 0:
		s.ARI = 2 * (tp*tn - fn*fp) / den
	case fp == 0 && fn == 0:
		s.ARI = 1
	}
	return s
}

func harmonic(p, r float64) float64 {
	if p == 0 && r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// random returns two clusterings of up to n items with labels drawn from
// k predicted and k gold labels; about one item in ten is missing from
// each side.
func random(rng *rand.Rand, n, k int) (pred, gold Clustering) {
	pred, gold = make(Clustering), make(Clustering)
	for i := range n {
		id := fmt.Sprint("item", i)
		if rng.IntN(10) > 0 {
			pred[id] = fmt.Sprint(rng.IntN(k))
		}
		if rng.IntN(10) > 0 {
			gold[id] = fmt.Sprint(rng.IntN(k))
		}
	}
	return pred, gold
}

func TestCompareNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 5, 20, 50} {
		for _, k := range []int{1, 2, 3, 5, 10, 1000} {
			for trial := range 5 {
				pred, gold := random(rng, n, k)
				want, got := naive(pred, gold), Compare(pred, gold)
				if diff := cmp.Diff(want, got, approx); diff != "" {
					t.Errorf("n=%d k=%d trial %d: Compare mismatch (-naive +got):\n%s", n, k, trial, diff)
				}
			}
		}
	}
}

// TestCompareRefinement checks Compare against naive where one side
// refines the other, including the degenerate ARI cases.
func TestCompareRefinement(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 20 {
		fine := make(Clustering)
		for i := range 40 {
			fine[fmt.Sprint(i)] = fmt.Sprint(rng.IntN(1 + trial))
		}
		coarse := make(Clustering)
		for id, l := range fine {
			coarse[id] = l[:1]
		}
		for _, c := range [][2]Clustering{{fine, coarse}, {coarse, fine}, {fine, fine}} {
			want, got := naive(c[0], c[1]), Compare(c[0], c[1])
			if diff := cmp.Diff(want, got, approx); diff != "" {
				t.Errorf("trial %d: Compare mismatch (-naive +got):\n%s", trial, diff)
			}
		}
		if got := Compare(fine, coarse); got.BCubedPrecision != 1 || got.PairPrecision != 1 {
			t.Errorf("trial %d: refinement precision = %v (B-cubed), %v (pairs), want 1", trial, got.BCubedPrecision, got.PairPrecision)
		}
	}
}

func TestCompareSymmetry(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 30 {
		a, b := random(rng, 50, 1+trial%8)
		ab, ba := Compare(a, b), Compare(b, a)
		want := Scores{
			Items:             ab.Items,
			PredictedClusters: ab.GoldClusters,
			GoldClusters:      ab.PredictedClusters,
			BCubedPrecision:   ab.BCubedRecall,
			BCubedRecall:      ab.BCubedPrecision,
			BCubedF1:          ab.BCubedF1,
			PairPrecision:     ab.PairRecall,
			PairRecall:        ab.PairPrecision,
			PairF1:            ab.PairF1,
			ARI:               ab.ARI,
			OnlyPredicted:     ab.OnlyGold,
			OnlyGold:          ab.OnlyPredicted,
		}
		if diff := cmp.Diff(want, ba, approx); diff != "" {
			t.Errorf("trial %d: Compare(b, a) is not Compare(a, b) mirrored (-want +got):\n%s", trial, diff)
		}
	}
}

// TestCompareLarge checks that pair counts do not overflow and that the
// degenerate ARI cases are detected exactly on many items.
func TestCompareLarge(t *testing.T) {
	const n = 200000
	one, single := make(Clustering, n), make(Clustering, n)
	for i := range n {
		id := fmt.Sprint(i)
		one[id] = "x"
		single[id] = id
	}
	if got := Compare(one, one); got.ARI != 1 || got.PairF1 != 1 {
		t.Errorf("one cluster vs itself: ARI %v, pair F1 %v, want 1, 1", got.ARI, got.PairF1)
	}
	if got := Compare(single, single); got.ARI != 1 || got.PairF1 != 1 {
		t.Errorf("singletons vs themselves: ARI %v, pair F1 %v, want 1, 1", got.ARI, got.PairF1)
	}
	got := Compare(one, single)
	if got.ARI != 0 || got.PairPrecision != 0 || got.PairRecall != 1 {
		t.Errorf("one cluster vs singletons: ARI %v, pair precision %v, recall %v, want 0, 0, 1", got.ARI, got.PairPrecision, got.PairRecall)
	}
	if want := 1.0 / n; got.BCubedPrecision != want {
		t.Errorf("one cluster vs singletons: B-cubed precision %v, want %v", got.BCubedPrecision, want)
	}
}
