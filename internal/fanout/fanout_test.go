package fanout

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
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

// TestPool: every item added is seen once, under the number Add returned,
// numbers dense from 0 in order of adding, whatever the number of workers.
func TestPool(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {1000, 1}, {1000, 7}, {5, 0}} {
		seen := make([]atomic.Int32, tc.n)
		p := NewPool(tc.workers, func(i int, x int) {
			if x != 10*i {
				t.Errorf("item %d is %d, want %d", i, x, 10*i)
			}
			seen[i].Add(1)
		})
		for k := range tc.n {
			if i := p.Add(10 * k); i != k {
				t.Errorf("Add returned %d for item %d", i, k)
			}
		}
		if got := p.Wait(); got != tc.n {
			t.Errorf("Wait returned %d, want %d", got, tc.n)
		}
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Errorf("n=%d workers=%d: f(%d) called %d times", tc.n, tc.workers, i, got)
			}
		}
	}
}

// TestPoolConcurrent: with several workers, calls of f overlap (the pool
// is not one goroutine in disguise).
func TestPoolConcurrent(t *testing.T) {
	const workers = 3
	var running, most atomic.Int32
	release := make(chan struct{})
	p := NewPool(workers, func(int, struct{}) {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		<-release
		running.Add(-1)
	})
	for range workers {
		p.Add(struct{}{})
	}
	for deadline := time.Now().Add(5 * time.Second); most.Load() < workers && time.Now().Before(deadline); {
		runtime.Gosched()
	}
	close(release)
	p.Wait()
	if got := most.Load(); got != workers {
		t.Errorf("at most %d calls ran at once, want %d", got, workers)
	}
}
