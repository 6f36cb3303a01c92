package event

import (
	"math"
	"testing"
)

// TestScore: names lift the text evidence by nameWeight of the gap when
// they overlap more, never lower it, and count only when known (>= 0).
func TestScore(t *testing.T) {
	for _, tc := range []struct {
		cosine, names float64
		want          float64
	}{
		{0.5, -1, 0.5},                   // too few names: the text alone
		{0.5, 0.4, 0.5},                  // names under the text do not lower it
		{0.5, 0.5, 0.5},                  // equal: nothing to add
		{0.5, 1, 0.5 + nameWeight*0.5},   // a share of the gap
		{0, 0, 0},                        // names known and none shared
		{0.2, 0.8, 0.2 + nameWeight*0.6}, // a share of the gap
		{1, 1, 1},                        // never past 1
	} {
		if got := Score(tc.cosine, 0, tc.names, false); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Score(cosine %g, names %g) = %g, want %g", tc.cosine, tc.names, got, tc.want)
		}
	}
}

// TestNameOverlap: the share of the smaller set found in the other, or -1
// when either has fewer than minNames (3).
func TestNameOverlap(t *testing.T) {
	for _, tc := range []struct {
		x, y []uint64
		want float64
	}{
		{[]uint64{1, 2}, []uint64{1, 2, 3}, -1},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3, 4, 5, 6}, 1},
		{[]uint64{1, 2, 3, 4, 5, 6}, []uint64{1, 2, 9}, 2.0 / 3},
		{[]uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6, 7, 8}, 0.5},
	} {
		if got := nameOverlap(tc.x, tc.y); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("nameOverlap(%v, %v) = %g, want %g", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestGap: the time between two date spans, 0 when they overlap, the same
// either way round.
func TestGap(t *testing.T) {
	u := func(lo, hi int) unit { return termUnit(lo, hi) }
	for _, tc := range []struct {
		x, y unit
		want int // days
	}{
		{u(0, 0), u(3, 3), 3},
		{u(0, 2), u(3, 5), 1},
		{u(0, 4), u(3, 5), 0},
		{u(0, 9), u(3, 5), 0},
	} {
		for _, swap := range []bool{false, true} {
			x, y := tc.x, tc.y
			if swap {
				x, y = y, x
			}
			if got := gap(&x, &y); got != day(tc.want).Sub(day(0)) {
				t.Errorf("gap(%s–%s, %s–%s) = %s, want %d days", x.lo, x.hi, y.lo, y.hi, got, tc.want)
			}
		}
	}
}
