// Package fanout runs an indexed loop on several goroutines: [Each] over a
// known number of items, [Pool] over items that arrive one at a time (a
// stream of articles). It trades order for throughput: calls run in no
// particular order, so callers write results by index.
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

// Pool runs f on items handed to it one at a time, on a fixed number of
// goroutines, numbering them densely in the order they were added. It is
// [Each] for a stream whose length is not known in advance: a bounded
// queue holds the items in flight, so a producer faster than the workers
// waits rather than holding the stream in memory.
type Pool[T any] struct {
	jobs chan poolJob[T]
	wg   sync.WaitGroup
	n    int
}

type poolJob[T any] struct {
	i int
	x T
}

// poolQueue is how many items may wait for a worker.
const poolQueue = 256

// NewPool starts workers goroutines (at least one) calling f(i, x) for
// each item x added, i its number.
func NewPool[T any](workers int, f func(i int, x T)) *Pool[T] {
	p := &Pool[T]{jobs: make(chan poolJob[T], poolQueue)}
	for range max(1, workers) {
		p.wg.Go(func() {
			for j := range p.jobs {
				f(j.i, j.x)
			}
		})
	}
	return p
}

// Add hands x to the workers as item number i, the number of items added
// before it, and returns i. It blocks while the queue is full. Call it
// from one goroutine, and not after Wait.
func (p *Pool[T]) Add(x T) (i int) {
	i = p.n
	p.jobs <- poolJob[T]{i, x}
	p.n++
	return i
}

// Wait says no more items come, returns when every call of f has, and
// returns the number of items added.
func (p *Pool[T]) Wait() int {
	close(p.jobs)
	p.wg.Wait()
	return p.n
}
