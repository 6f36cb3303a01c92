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
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
