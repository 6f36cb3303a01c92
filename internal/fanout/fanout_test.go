package fanout

import (
	"sync/atomic"
	"testing"
)

func TestEach(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {1000, 1}, {1000, 7}, {5, 0}} {
		seen := make([]atomic.Int32, tc.n)
		Each(tc.n, tc.workers, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Errorf("n=%d workers=%d: f(%d) called %d times", tc.n, tc.workers, i, got)
			}
		}
	}
}
