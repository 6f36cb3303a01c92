package similarity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSetMeasures(t *testing.T) {
	tests := []struct {
		reason                 string
		a, b                   []uint64
		inter                  int
		jaccard, contain, back float64 // back is Containment(b, a)
	}{
		{"both empty", nil, nil, 0, 0, 0, 0},
		{"one empty", nil, []uint64{1, 2}, 0, 0, 0, 0},
		{"identical", []uint64{1, 2, 3}, []uint64{1, 2, 3}, 3, 1, 1, 1},
		{"disjoint", []uint64{1, 3, 5}, []uint64{2, 4, 6}, 0, 0, 0, 0},
		{"half", []uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6}, 2, 2.0 / 6, 0.5, 0.5},
		{"a inside b", []uint64{2, 3}, []uint64{1, 2, 3, 4}, 2, 0.5, 1, 0.5},
		{"extremes", []uint64{0, 1 << 63, 1<<64 - 1}, []uint64{0, 1<<64 - 1}, 2, 2.0 / 3, 2.0 / 3, 1},
		{"gallop hits", []uint64{5, 70, 99}, seq(0, 100), 3, 0.03, 1, 0.03},
		{"gallop misses past the end", []uint64{50, 200, 300}, seq(0, 100), 1, 1.0 / 102, 1.0 / 3, 0.01},
		{"gallop at the edges", []uint64{0, 99}, seq(0, 100), 2, 0.02, 1, 0.02},
		{"gallop finds the second value", []uint64{1}, seq(0, 100), 1, 0.01, 1, 0.01},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if got := Intersect(tt.a, tt.b); got != tt.inter {
				t.Errorf("Intersect = %d, want %d", got, tt.inter)
			}
			if got := Intersect(tt.b, tt.a); got != tt.inter {
				t.Errorf("Intersect (swapped) = %d, want %d", got, tt.inter)
			}
			if got := Jaccard(tt.a, tt.b); !near(got, tt.jaccard) {
				t.Errorf("Jaccard = %v, want %v", got, tt.jaccard)
			}
			if got := Containment(tt.a, tt.b); !near(got, tt.contain) {
				t.Errorf("Containment(a, b) = %v, want %v", got, tt.contain)
			}
			if got := Containment(tt.b, tt.a); !near(got, tt.back) {
				t.Errorf("Containment(b, a) = %v, want %v", got, tt.back)
			}
		})
	}
}

func seq(lo, hi uint64) []uint64 {
	var s []uint64
	for x := lo; x < hi; x++ {
		s = append(s, x)
	}
	return s
}

func near(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }

// TestIntersectRandom checks Intersect, merging and galloping, against a
// map on random sets of many relative sizes.
func TestIntersectRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	randSet := func(n int, universe uint64) []uint64 {
		s := make([]uint64, n)
		for i := range s {
			s[i] = rng.Uint64N(universe)
		}
		slices.Sort(s)
		return slices.Compact(s)
	}
	for range 300 {
		a := randSet(rng.IntN(50), 5000)
		b := randSet(rng.IntN(4000), 5000)
		in := map[uint64]bool{}
		for _, x := range b {
			in[x] = true
		}
		want := 0
		for _, x := range a {
			if in[x] {
				want++
			}
		}
		if got := Intersect(a, b); got != want {
			t.Fatalf("Intersect(%d, %d elements) = %d, want %d", len(a), len(b), got, want)
		}
	}
}

// TestSetSortHashes checks the bucket sort against slices.Sort, including
// inputs that are not uniform (small values, all equal, one big bucket).
func TestSetSortHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	inputs := map[string][]uint64{}
	for _, n := range []int{0, 1, 63, 64, 100, 1000, 4097} {
		uniform := make([]uint64, n)
		small := make([]uint64, n)
		equal := make([]uint64, n)
		for i := range uniform {
			uniform[i] = rng.Uint64()
			small[i] = rng.Uint64N(1 << 20)
			equal[i] = 42
		}
		inputs[fmt.Sprintf("uniform%d", n)] = uniform
		inputs[fmt.Sprintf("small%d", n)] = small
		inputs[fmt.Sprintf("equal%d", n)] = equal
	}
	var counts []uint32
	for name, in := range inputs {
		want := slices.Sorted(slices.Values(in))
		src := slices.Clone(in)
		var got []uint64
		got, counts = setSortHashes(make([]uint64, len(in)), src, counts)
		if !slices.Equal(got, want) {
			t.Errorf("setSortHashes(%s) not sorted", name)
		}
	}
}

func BenchmarkJaccard(b *testing.B) {
	words := seedWords(b, 2000)
	x := Shingles(words[:1004], 5, nil)
	y := Shingles(words[100:1104], 5, nil)
	short := Shingles(words[500:530], 5, nil)
	b.Run("1000x1000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Jaccard(x, y)
		}
	})
	b.Run("26x1000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Containment(short, x)
		}
	})
}

func ExampleJaccard() {
	a := Shingles(strings.Fields("the envoys met in moscow on tuesday"), 2, nil)
	b := Shingles(strings.Fields("the envoys met in berlin on tuesday"), 2, nil)
	fmt.Printf("%d shingles each, %d shared\n", len(a), Intersect(a, b))
	fmt.Printf("Jaccard %.2f, containment %.2f\n", Jaccard(a, b), Containment(a, b))
	// Output:
	// 6 shingles each, 4 shared
	// Jaccard 0.50, containment 0.67
}
