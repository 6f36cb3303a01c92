package setjoin

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bruteForce compares every pair.
func bruteForce(sets [][]uint64, t float64) []Pair {
	var out []Pair
	for a := range sets {
		for b := a + 1; b < len(sets); b++ {
			if len(sets[a]) == 0 || len(sets[b]) == 0 {
				continue
			}
			o := 0
			for _, h := range sets[a] {
				if _, ok := slices.BinarySearch(sets[b], h); ok {
					o++
				}
			}
			j := float64(o) / float64(len(sets[a])+len(sets[b])-o)
			if j >= t {
				out = append(out, Pair{A: a, B: b, Overlap: o, Jaccard: j})
			}
		}
	}
	return out
}

// synthetic returns sets shaped like shingle sets of a dump with copies:
// bases drawn from a Zipf-skewed universe (so frequencies vary), edited
// copies of them (tokens dropped and added), exact copies, subsets, and a
// few empty and one-token sets.
func synthetic(seed uint64, n int) [][]uint64 {
	r := rand.New(rand.NewPCG(seed, 1))
	zipf := rand.NewZipf(r, 1.1, 4, 1<<20)
	token := func() uint64 {
		// Spread the small Zipf values over the 64-bit space, as hashes are.
		return (zipf.Uint64() + 1) * 0x9E3779B97F4A7C15
	}
	norm := func(s []uint64) []uint64 {
		slices.Sort(s)
		return slices.Compact(s)
	}
	var sets [][]uint64
	for len(sets) < n {
		switch k := r.IntN(10); {
		case k == 0:
			sets = append(sets, nil)
		case k == 1:
			sets = append(sets, []uint64{token()})
		case k <= 5 || len(sets) < 3:
			s := make([]uint64, 1+r.IntN(60))
			for i := range s {
				s[i] = token()
			}
			sets = append(sets, norm(s))
		default:
			src := sets[r.IntN(len(sets))]
			c := slices.Clone(src)
			switch r.IntN(3) {
			case 0: // exact copy
			case 1: // edited: drop and add a few
				for range r.IntN(4) {
					if len(c) > 0 {
						i := r.IntN(len(c))
						c = slices.Delete(c, i, i+1)
					}
				}
				for range r.IntN(4) {
					c = append(c, token())
				}
			case 2: // subset
				c = c[:len(c)*(5+r.IntN(6))/10]
			}
			sets = append(sets, norm(c))
		}
	}
	return sets
}

func TestJoinMatchesBruteForce(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		sets := synthetic(seed, 600)
		s := New(sets, 2)
		for _, th := range []float64{0.1, 0.3, 0.5, 0.75, 0.8, 0.9, 0.95, 1} {
			t.Run(fmt.Sprintf("seed%d/t%.2f", seed, th), func(t *testing.T) {
				want := bruteForce(sets, th)
				got := s.Join(th, 2)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Join(%g) differs from brute force (-want +got):\n%s", th, diff)
				}
				if th == 0.9 && len(want) == 0 {
					t.Errorf("synthetic sets give no pair at 0.9: the test tests nothing")
				}
			})
		}
	}
}

// TestJoinBoundary pins pairs exactly at the threshold (9/10 at t = 0.9)
// and one token under it, where a float bound too tight would lose them.
func TestJoinBoundary(t *testing.T) {
	seq := func(from, to uint64) []uint64 {
		var s []uint64
		for h := from; h < to; h++ {
			s = append(s, h*0x9E3779B97F4A7C15)
		}
		slices.Sort(s)
		return s
	}
	sets := [][]uint64{
		seq(0, 10),    // 0
		seq(0, 9),     // 1: J(0,1) = 9/10
		seq(100, 120), // 2
		seq(101, 120), // 3: J(2,3) = 19/20
		seq(200, 300), // 4
		seq(201, 300), // 5: J(4,5) = 99/100
		seq(210, 300), // 6: J(4,6) = 90/100 = 0.9, J(5,6) = 90/99
	}
	got := New(sets, 1).Join(0.9, 1)
	want := bruteForce(sets, 0.9)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(got) != 5 {
		t.Errorf("got %d pairs at 0.9, want 5 (0-1, 2-3, 4-5, 4-6, 5-6)", len(got))
	}
}

func TestOverlapAndJaccard(t *testing.T) {
	sets := [][]uint64{{1, 2, 3, 4}, {3, 4, 5}, nil}
	s := New(sets, 1)
	if o := s.Overlap(0, 1); o != 2 {
		t.Errorf("Overlap = %d, want 2", o)
	}
	if j := s.Jaccard(0, 1); j != 2.0/5 {
		t.Errorf("Jaccard = %g, want 0.4", j)
	}
	if j := s.Jaccard(2, 2); j != 0 {
		t.Errorf("Jaccard of empty sets = %g, want 0", j)
	}
}

func BenchmarkJoin(b *testing.B) {
	sets := synthetic(7, 20000)
	b.ReportAllocs()
	for b.Loop() {
		New(sets, 0).Join(0.9, 0)
	}
}
