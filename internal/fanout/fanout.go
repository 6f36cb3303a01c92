// Package fanout runs an indexed loop on several goroutines. It trades
// order for throughput: f(i) calls run in no particular order, so callers
// write results by index.
package fanout

import (
	"sync"
	"sync/atomic"
)

// Each calls f(i) for every i in [0, n) on the given number of goroutines
// (at least one) and returns when all calls have.
func Each(n, workers int, f func(i int)) {
	EachWith(n, workers, func() struct{} { return struct{}{} }, func(_ struct{}, i int) { f(i) })
}

// EachWith is Each with state of each goroutine's own: newState is called
// once per goroutine, and its result is passed to every f that goroutine
// runs (scratch space that would cost too much to allocate per call).
func EachWith[S any](n, workers int, newState func() S, f func(s S, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			s := newState()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(s, i)
			}
		})
	}
	wg.Wait()
}
