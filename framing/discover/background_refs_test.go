package discover

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
)

// TestBackgroundNearest: the background of a pair is the mean cosine of
// a's vector with the ten names nearest b in occurrences (other
// skeletons), nearest by the difference of occurrences, the rarer first
// on a tie; each reference here has a cosine of its own with a, so that
// the mean tells which ten were taken.
func TestBackgroundNearest(t *testing.T) {
	x := vector{{0, 1}}
	mk := func(n int, cons string, i int) *spelling {
		s := &spelling{cons: cons, occs: make([]occ, n)}
		s.ctx[0] = vector{{0, 1}, {int32(100 + i), float64(i) / 4}} // cosine 1/sqrt(1+(i/4)²) with x
		return s
	}
	// want is the rule stated plainly: the ten nearest to n, the rarer
	// first on a tie, mean cosine with x.
	want := func(refs []*spelling, n int, a, b *spelling) float64 {
		var cands []*spelling
		for _, r := range refs {
			if r.cons != a.cons && r.cons != b.cons {
				cands = append(cands, r)
			}
		}
		if len(cands) < references {
			return 0
		}
		dist := func(r *spelling) int { return max(len(r.occs)-n, n-len(r.occs)) }
		slices.SortStableFunc(cands, func(p, q *spelling) int {
			return cmp.Or(cmp.Compare(dist(p), dist(q)), cmp.Compare(len(p.occs), len(q.occs)))
		})
		sum := 0.0
		for _, r := range cands[:references] {
			sum += cosine(x, r.ctx[0])
		}
		return sum / references
	}
	for _, tt := range []struct {
		name string
		n    int   // occurrences of b
		occs []int // of the references
	}{
		// Near above, far below: 39 and 41 to 48 and 30, not 60 or 20.
		{"above and below", 40, []int{2, 3, 5, 10, 20, 30, 39, 41, 42, 43, 44, 45, 46, 47, 48, 60, 70}},
		// Near below, far above.
		{"mostly below", 40, []int{32, 33, 34, 35, 36, 37, 38, 39, 41, 50, 60, 70, 80}},
		// A tie for the tenth: 30 (below) goes before 50 (above).
		{"tie for the tenth", 40, []int{30, 34, 35, 36, 37, 38, 39, 41, 42, 43, 50, 90}},
		// All below b: the walk goes down to the rarest.
		{"all below, exactly ten", 100, []int{5, 10, 15, 20, 25, 30, 35, 40, 45, 50}},
		{"all above, exactly ten", 1, []int{5, 10, 15, 20, 25, 30, 35, 40, 45, 50}},
		{"nine: no background", 40, []int{30, 34, 35, 36, 37, 38, 39, 41, 42}},
	} {
		var refs []*spelling
		for i, n := range tt.occs {
			refs = append(refs, mk(n, fmt.Sprint("r", i), i+1))
		}
		a, b := mk(tt.n, "kv", 0), mk(tt.n, "kv", 0)
		refs = append(refs, a, b, mk(tt.n+1, "kv", 99)) // a's skeleton: never a reference
		slices.SortFunc(refs, func(p, q *spelling) int { return cmp.Compare(len(p.occs), len(q.occs)) })
		w := want(refs, tt.n, a, b)
		if got := background(x, nil, a, b, refs, 0, nil); !near(got, w, 1e-12) {
			t.Errorf("%s: background %v, want %v", tt.name, got, w)
		}
		if tt.name != "nine: no background" && w == 0 {
			t.Errorf("%s: want 0", tt.name)
		}
	}
}
