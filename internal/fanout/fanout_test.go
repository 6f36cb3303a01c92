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

func TestEachWithState(t *testing.T) {
	const n, workers = 10000, 4
	var made atomic.Int32
	type state struct{ calls int }
	var states []*state
	var total atomic.Int64
	done := make(chan *state, workers)
	EachWith(n, workers, func() *state {
		made.Add(1)
		s := &state{}
		done <- s
		return s
	}, func(s *state, i int) {
		s.calls++ // unsynchronised: the race detector fails this if states are shared
		total.Add(int64(i))
	})
	close(done)
	for s := range done {
		states = append(states, s)
	}
	if got := int(made.Load()); got < 1 || got > workers {
		t.Fatalf("%d states made for %d workers", got, workers)
	}
	calls := 0
	for _, s := range states {
		calls += s.calls
	}
	if calls != n || total.Load() != n*(n-1)/2 {
		t.Errorf("calls %d, sum of i %d; want %d and %d", calls, total.Load(), n, n*(n-1)/2)
	}
}
