package similarity

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChooseBands(t *testing.T) {
	got := ChooseBands(0.8, 128)
	if diff := cmp.Diff(Bands{B: 18, R: 7}, got); diff != "" {
		t.Errorf("ChooseBands(0.8, 128) mismatch (-want +got):\n%s", diff)
	}
	// Recall 1.0 above 0.9 is the requirement: at most 1 in 10^4 pairs at
	// exactly J = 0.9 may be missed, fewer above.
	if p := got.Prob(0.9); p <= 0.9999 {
		t.Errorf("%v: P(0.9) = %.6f, want > 0.9999", got, p)
	}
	if p := got.Prob(0.8); p < 0.95 {
		t.Errorf("%v: P(0.8) = %.4f, want >= 0.95", got, p)
	}
	// And candidates are few far below the threshold.
	if p := got.Prob(0.3); p > 0.01 {
		t.Errorf("%v: P(0.3) = %.4f, want <= 0.01", got, p)
	}
	if got := ChooseBands(0.8, 0); got != (Bands{B: 18, R: 7}) {
		t.Errorf("ChooseBands(0.8, 0) = %v, want the bands of K = 128", got)
	}
}

// TestChooseBandsProperties checks, over thresholds and signature sizes,
// that the bands fit the signature, that the weighting puts the S-curve's
// steep part below the threshold (P(t) >= 1/2: misses are the costlier
// error), and that no other banding has a lower weighted cost.
func TestChooseBandsProperties(t *testing.T) {
	for _, k := range []int{16, 64, 128, 200} {
		for _, th := range []float64{0.5, 0.7, 0.8, 0.9, 0.95} {
			b := ChooseBands(th, k)
			if b.B < 1 || b.R < 1 || b.B*b.R > k {
				t.Errorf("ChooseBands(%v, %d) = %v does not fit", th, k, b)
				continue
			}
			if p := b.Prob(th); p < 0.5 {
				t.Errorf("ChooseBands(%v, %d) = %v: P(t) = %.3f < 0.5", th, k, b, p)
			}
			fp, fn := b.Rates(th)
			cost := lshWeightFP*fp + lshWeightFN*fn
			for _, other := range []Bands{{b.B + 1, b.R}, {b.B - 1, b.R}, {b.B, b.R + 1}, {b.B, b.R - 1}, {1, 1}, {k, 1}, {1, k}} {
				if other.B < 1 || other.R < 1 || other.B*other.R > k {
					continue
				}
				ofp, ofn := other.Rates(th)
				if c := lshWeightFP*ofp + lshWeightFN*ofn; c < cost-1e-12 {
					t.Errorf("ChooseBands(%v, %d) = %v costs %.5f, but %v costs %.5f", th, k, b, cost, other, c)
				}
			}
		}
	}
}

func TestProb(t *testing.T) {
	for _, b := range []Bands{{1, 1}, {18, 7}, {16, 8}, {128, 1}, {1, 128}, {3, 40}} {
		if p := b.Prob(0); p != 0 {
			t.Errorf("%v: P(0) = %v, want 0", b, p)
		}
		if p := b.Prob(1); p != 1 {
			t.Errorf("%v: P(1) = %v, want 1", b, p)
		}
		prev := 0.0
		for i := 0; i <= 1000; i++ {
			s := float64(i) / 1000
			p := b.Prob(s)
			if p < prev || p > 1 {
				t.Fatalf("%v: P(%v) = %v after %v: not monotone in [0, 1]", b, s, p, prev)
			}
			prev = p
		}
	}
}

func TestRates(t *testing.T) {
	tests := []struct {
		bands  Bands
		t      float64
		fp, fn float64
	}{
		// P(s) = s.
		{Bands{1, 1}, 0.8, 0.8 * 0.8 / 2, 0.2 * 0.2 / 2},
		{Bands{1, 1}, 0, 0, 0.5},
		{Bands{1, 1}, 1, 0.5, 0},
		// P(s) = s²: FP = t³/3, FN = (1-t) - (1-t³)/3.
		{Bands{1, 2}, 0.5, 0.125 / 3, 0.5 - 0.875/3},
		// P(s) = 1-(1-s)²: FP = t² - t³/3, FN = (1-t)³/3.
		{Bands{2, 1}, 0.5, 0.25 - 0.125/3, 0.125 / 3},
	}
	for _, tt := range tests {
		fp, fn := tt.bands.Rates(tt.t)
		if math.Abs(fp-tt.fp) > 1e-9 || math.Abs(fn-tt.fn) > 1e-9 {
			t.Errorf("%v.Rates(%v) = %.6f, %.6f; want %.6f, %.6f", tt.bands, tt.t, fp, fn, tt.fp, tt.fn)
		}
	}
}

// lshSigs returns n random signatures of k values.
func lshSigs(rng *rand.Rand, n, k int) [][]uint32 {
	sigs := make([][]uint32, n)
	for i := range sigs {
		sigs[i] = make([]uint32, k)
		for j := range sigs[i] {
			sigs[i][j] = rng.Uint32N(minhashEmpty)
		}
	}
	return sigs
}

// lshNearCopy returns sig with the given rows replaced by fresh values.
func lshNearCopy(rng *rand.Rand, sig []uint32, rows []int) []uint32 {
	c := slices.Clone(sig)
	for _, r := range rows {
		c[r] = rng.Uint32N(minhashEmpty)
	}
	return c
}

func TestIndexPairs(t *testing.T) {
	bands := Bands{B: 18, R: 7}
	rng := rand.New(rand.NewPCG(11, 12))
	sigs := lshSigs(rng, 300, 128)
	var want [][2]int32
	for i := range 50 {
		// 10 changed rows touch at most 10 of the 18 bands: still a pair.
		rows := rng.Perm(128)[:10]
		sigs = append(sigs, lshNearCopy(rng, sigs[i], rows))
		want = append(want, [2]int32{int32(i), int32(len(sigs) - 1)})
	}
	for i := 50; i < 60; i++ {
		// One changed row in every band: never a pair.
		var rows []int
		for b := range bands.B {
			rows = append(rows, b*bands.R+rng.IntN(bands.R))
		}
		sigs = append(sigs, lshNearCopy(rng, sigs[i], rows))
	}
	// Three identical signatures: three pairs.
	sigs = append(sigs, sigs[60], sigs[60])
	want = append(want, [2]int32{60, int32(len(sigs) - 2)}, [2]int32{60, int32(len(sigs) - 1)}, [2]int32{int32(len(sigs) - 2), int32(len(sigs) - 1)})
	// The empty set's signature is never a candidate, even with itself.
	empty := NewSigner(128, 1).Sign(nil)
	sigs = append(sigs, empty, empty)
	slices.SortFunc(want, func(a, b [2]int32) int { return cmp2(a, b) })

	ix := NewIndex(bands)
	for id, sig := range sigs {
		ix.Add(id, sig)
	}
	if diff := cmp.Diff(want, ix.Pairs()); diff != "" {
		t.Errorf("Pairs mismatch (-want +got):\n%s", diff)
	}
}

func cmp2(a, b [2]int32) int {
	if a[0] != b[0] {
		return int(a[0] - b[0])
	}
	return int(a[1] - b[1])
}

// TestIndexShingles runs the whole chain on seed text: an article and a
// copy with a sentence changed are candidates, different articles are not.
func TestIndexShingles(t *testing.T) {
	words := seedWords(t, 2062)
	edited := slices.Clone(words[:700])
	edited[300], edited[301], edited[302] = "the", "talks", "resumed"
	docs := [][]string{words[:700], words[700:1400], edited, words[1400:]}
	signer := NewSigner(128, 1)
	ix := NewIndex(ChooseBands(0.8, signer.k))
	for id, d := range docs {
		ix.Add(id, signer.Sign(Shingles(d, 5, nil)))
	}
	if j := Jaccard(Shingles(docs[0], 5, nil), Shingles(docs[2], 5, nil)); j < 0.9 {
		t.Fatalf("edited copy has Jaccard %.3f, want >= 0.9", j)
	}
	if diff := cmp.Diff([][2]int32{{0, 2}}, ix.Pairs()); diff != "" {
		t.Errorf("Pairs mismatch (-want +got):\n%s", diff)
	}
}

// lshCorpus returns n signatures of which about a tenth are near copies
// (a few changed rows) of an earlier one, and one group of 40 identical.
func lshCorpus(n int, seed uint64) [][]uint32 {
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	sigs := lshSigs(rng, n, 128)
	for i := range sigs {
		if i > 0 && rng.IntN(10) == 0 {
			sigs[i] = lshNearCopy(rng, sigs[rng.IntN(i)], rng.Perm(128)[:rng.IntN(30)])
		}
	}
	for i := n / 2; i < n/2+40 && i < n; i++ {
		sigs[i] = sigs[n/2]
	}
	return sigs
}

// lshAddAll adds sigs to ix from workers goroutines in the order of perm.
func lshAddAll(ix *Index, sigs [][]uint32, perm []int, workers int) {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(perm); i += workers {
				ix.Add(perm[i], sigs[perm[i]])
			}
		})
	}
	wg.Wait()
}

// TestIndexDeterministic adds the same signatures in 20 different orders
// from several goroutines and expects the same pairs every time.
func TestIndexDeterministic(t *testing.T) {
	sigs := lshCorpus(5000, 1)
	bands := ChooseBands(0.8, 128)
	var first [][2]int32
	rng := rand.New(rand.NewPCG(13, 14))
	for run := range 20 {
		ix := NewIndex(bands)
		lshAddAll(ix, sigs, rng.Perm(len(sigs)), 4)
		got := ix.Pairs()
		if run == 0 {
			first = got
			if len(got) < 500 {
				t.Fatalf("only %d pairs: the corpus has more near copies", len(got))
			}
			continue
		}
		if diff := cmp.Diff(first, got); diff != "" {
			t.Fatalf("run %d: Pairs differ from run 0 (-first +got):\n%s", run, diff)
		}
	}
}

// TestIndexBigBucket checks the policy for buckets above lshMaxBucket
// documents: each id is paired with the next lshWindow ids of the bucket,
// which keeps all of them connected, instead of all m(m-1)/2 pairs.
func TestIndexBigBucket(t *testing.T) {
	tests := []struct {
		reason string
		m      int
		want   int
	}{
		{"small bucket: all pairs", 10, 45},
		{"largest bucket with all pairs", lshMaxBucket, lshMaxBucket * (lshMaxBucket - 1) / 2},
		{"one more: windowed", lshMaxBucket + 1, lshWindow*(lshMaxBucket+1-lshWindow) + lshWindow*(lshWindow-1)/2},
		{"boilerplate", 5000, lshWindow*(5000-lshWindow) + lshWindow*(lshWindow-1)/2},
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			sig := lshSigs(rng, 1, 128)[0]
			others := lshSigs(rng, 100, 128)
			ix := NewIndex(Bands{B: 18, R: 7})
			// The bucket's members are interleaved with unrelated ids.
			for i := range tt.m {
				ix.Add(2*i, sig)
			}
			for i, o := range others {
				ix.Add(2*i+1, o)
			}
			pairs := ix.Pairs()
			if len(pairs) != tt.want {
				t.Errorf("%d identical signatures give %d pairs, want %d", tt.m, len(pairs), tt.want)
			}
			parent := make([]int32, 2*tt.m)
			for i := range parent {
				parent[i] = int32(i)
			}
			find := func(x int32) int32 {
				for parent[x] != x {
					parent[x] = parent[parent[x]]
					x = parent[x]
				}
				return x
			}
			for _, p := range pairs {
				if p[0]%2 != 0 || p[1]%2 != 0 || p[0] >= p[1] {
					t.Fatalf("pair %v is not two members in order", p)
				}
				parent[find(p[0])] = find(p[1])
			}
			for i := 2; i < 2*tt.m; i += 2 {
				if find(int32(i)) != find(0) {
					t.Fatalf("member %d is not connected to member 0", i)
				}
			}
		})
	}
}

func TestIndexEmpty(t *testing.T) {
	ix := NewIndex(Bands{B: 4, R: 2})
	if got := ix.Pairs(); len(got) != 0 {
		t.Errorf("Pairs of an empty index = %v, want none", got)
	}
	sig := []uint32{1, 2, 3, 4, 5, 6, 7, 8}
	ix.Add(100000, sig) // sparse ids cost memory, not correctness
	ix.Add(3, sig)
	if diff := cmp.Diff([][2]int32{{3, 100000}}, ix.Pairs()); diff != "" {
		t.Errorf("Pairs mismatch (-want +got):\n%s", diff)
	}
}

// BenchmarkIndex adds synthetic signatures (a tenth near copies) from
// GOMAXPROCS goroutines and computes the pairs, at two corpus sizes.
func BenchmarkIndex(b *testing.B) {
	bands := ChooseBands(0.8, 128)
	for _, n := range []int{10000, 100000} {
		sigs := lshCorpus(n, 2)
		perm := make([]int, n)
		for i := range perm {
			perm[i] = i
		}
		b.Run(fmt.Sprintf("%ddocs", n), func(b *testing.B) {
			b.ReportAllocs()
			var pairs int
			for b.Loop() {
				ix := NewIndex(bands)
				lshAddAll(ix, sigs, perm, runtime.GOMAXPROCS(0))
				pairs = len(ix.Pairs())
			}
			b.ReportMetric(float64(pairs), "pairs")
		})
	}
}

func ExampleChooseBands() {
	b := ChooseBands(0.8, 128)
	fp, fn := b.Rates(0.8)
	fmt.Printf("%d bands of %d rows\n", b.B, b.R)
	fmt.Printf("P(0.5) %.4f  P(0.8) %.4f  P(0.9) %.6f\n", b.Prob(0.5), b.Prob(0.8), b.Prob(0.9))
	fmt.Printf("FP mass %.4f  FN mass %.6f\n", fp, fn)
	// Output:
	// 18 bands of 7 rows
	// P(0.5) 0.1317  P(0.8) 0.9855  P(0.9) 0.999992
	// FP mass 0.1841  FN mass 0.000287
}
