// Package setjoin finds every pair of sets whose Jaccard similarity is at
// least a threshold, exactly: a prefix-filtering similarity join in the
// AllPairs/PPJoin family (Bayardo, Ma and Srikant 2007; Xiao et al. 2008).
//
// Tokens are ranked by ascending document frequency, so each set begins with
// its rarest tokens. Two sets x, y with J(x, y) >= t share at least
// ceil(t·max(|x|, |y|)) tokens, hence share a token among the first
// |x| - ceil(t|x|) + 1 of x and of y (the prefixes). Sets are taken in order
// of size; each probes an inverted index of the prefixes of the sets before
// it, keeping those of size at least t|x| (the size filter), and every
// candidate is verified by a merge of the two sorted sets.
//
// It is the reference, so it trades memory and some speed for exactness: it
// holds every set (as 32-bit ranks) and uses no positional or suffix filter,
// no sampling and no hashing beyond the tokens it is given.
package setjoin

import (
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/newsfold/compare/internal/fanout"
)

// Sets is a collection of sets prepared for joining: each set's tokens
// replaced by their rank in the global order (ascending document frequency,
// ties by token value) and sorted by it.
type Sets struct {
	ranks [][]int32
}

// Pair is two sets, A < B by index, with their overlap and Jaccard
// similarity.
type Pair struct {
	A, B    int
	Overlap int
	Jaccard float64
}

// New prepares sets, each a sorted slice of distinct tokens (as
// similarity.Shingles returns), using the given number of goroutines
// (<= 0: all cores). Empty sets are kept, and never join.
func New(sets [][]uint64, workers int) *Sets {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	uniq, df := frequencies(sets, workers)

	// rank: counting sort of the distinct tokens by document frequency;
	// tokens of equal frequency keep their (ascending) token order.
	maxDF := int32(0)
	for _, f := range df {
		maxDF = max(maxDF, f)
	}
	start := make([]int32, maxDF+2)
	for _, f := range df {
		start[f+1]++
	}
	for f := 1; f < len(start); f++ {
		start[f] += start[f-1]
	}
	rank := make([]int32, len(uniq))
	for u, f := range df {
		rank[u] = start[f]
		start[f]++
	}
	df = nil

	lookup := newLookup(uniq)
	s := &Sets{ranks: make([][]int32, len(sets))}
	fanout.Each(len(sets), workers, func(i int) {
		r := make([]int32, len(sets[i]))
		for k, h := range sets[i] {
			r[k] = rank[lookup.find(h)]
		}
		slices.Sort(r)
		s.ranks[i] = r
	})
	return s
}

// Size returns the number of tokens of set i.
func (s *Sets) Size(i int) int { return len(s.ranks[i]) }

// Overlap returns the number of tokens sets a and b share.
func (s *Sets) Overlap(a, b int) int { return overlap(s.ranks[a], s.ranks[b]) }

// Jaccard returns the Jaccard similarity of sets a and b (0 when both are
// empty).
func (s *Sets) Jaccard(a, b int) float64 {
	o := s.Overlap(a, b)
	u := len(s.ranks[a]) + len(s.ranks[b]) - o
	if u == 0 {
		return 0
	}
	return float64(o) / float64(u)
}

// eps keeps the float bounds on the safe side: a bound a hair too loose only
// adds candidates, one too tight would lose pairs.
const eps = 1e-9

// minOverlap is the fewest tokens a set of size n shares with any set it
// joins at threshold t: ceil(t·n), at least 1.
func minOverlap(t float64, n int) int {
	return max(1, int(math.Ceil(t*float64(n)-eps)))
}

// Join returns every pair of non-empty sets with Jaccard similarity at least
// t (0 < t <= 1), sorted by A then B, computed on the given number of
// goroutines (<= 0: all cores). Jaccard is compared as float64(overlap) /
// float64(union) >= t.
func (s *Sets) Join(t float64, workers int) []Pair {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if !(t > 0 && t <= 1) {
		panic("setjoin: threshold must be in (0, 1]")
	}
	// ord: the non-empty sets by ascending size, then index.
	var ord []int32
	for i, r := range s.ranks {
		if len(r) > 0 {
			ord = append(ord, int32(i))
		}
	}
	slices.SortFunc(ord, func(a, b int32) int {
		if d := len(s.ranks[a]) - len(s.ranks[b]); d != 0 {
			return d
		}
		return int(a - b)
	})
	size := make([]int32, len(ord)) // size of ord[k], non-decreasing in k
	for k, i := range ord {
		size[k] = int32(len(s.ranks[i]))
	}
	prefix := func(k int) []int32 {
		r := s.ranks[ord[k]]
		return r[:len(r)-minOverlap(t, len(r))+1]
	}

	// Inverted index of the prefixes, as one array (CSR): the postings of
	// token r are post[head[r]:head[r+1]], positions in ord, ascending.
	maxRank := int32(-1)
	for k := range ord {
		for _, r := range prefix(k) {
			maxRank = max(maxRank, r)
		}
	}
	head := make([]int32, maxRank+2)
	for k := range ord {
		for _, r := range prefix(k) {
			head[r+1]++
		}
	}
	for r := 1; r < len(head); r++ {
		head[r] += head[r-1]
	}
	post := make([]int32, head[len(head)-1])
	fill := slices.Clone(head[:len(head)-1])
	for k := range ord {
		for _, r := range prefix(k) {
			post[fill[r]] = int32(k)
			fill[r]++
		}
	}

	var mu sync.Mutex
	var out []Pair
	var next atomic.Int64
	var wg sync.WaitGroup
	const chunk = 64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen := make([]int32, len(ord)) // seen[j] == k+1: j already a candidate of k
			var mine []Pair
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= len(ord) {
					break
				}
				for k := lo; k < min(lo+chunk, len(ord)); k++ {
					x := s.ranks[ord[k]]
					minSize := int32(math.Ceil(t*float64(len(x)) - eps))
					for _, r := range prefix(k) {
						ps := post[head[r]:head[r+1]]
						// Earlier sets only, largest first, down to the size filter.
						end, _ := slices.BinarySearch(ps, int32(k))
						for p := end - 1; p >= 0; p-- {
							j := ps[p]
							if size[j] < minSize {
								break
							}
							if seen[j] == int32(k+1) {
								continue
							}
							seen[j] = int32(k + 1)
							y := s.ranks[ord[j]]
							o := overlap(x, y)
							jac := float64(o) / float64(len(x)+len(y)-o)
							if jac >= t {
								a, b := int(ord[k]), int(ord[j])
								if a > b {
									a, b = b, a
								}
								mine = append(mine, Pair{A: a, B: b, Overlap: o, Jaccard: jac})
							}
						}
					}
				}
			}
			mu.Lock()
			out = append(out, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.SortFunc(out, func(p, q Pair) int {
		if p.A != q.A {
			return p.A - q.A
		}
		return p.B - q.B
	})
	return out
}

// overlap counts the common elements of two ascending slices.
func overlap(x, y []int32) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// frequencies returns the distinct tokens of all sets, ascending, and the
// number of sets holding each. It buckets tokens by their top bits and sorts
// the buckets in parallel.
func frequencies(sets [][]uint64, workers int) (uniq []uint64, df []int32) {
	const bits = 10
	var count [1 << bits]int
	total := 0
	for _, s := range sets {
		for _, h := range s {
			count[h>>(64-bits)]++
		}
		total += len(s)
	}
	var at [1<<bits + 1]int
	for b := range count {
		at[b+1] = at[b] + count[b]
	}
	all := make([]uint64, total)
	fill := at
	for _, s := range sets {
		for _, h := range s {
			b := h >> (64 - bits)
			all[fill[b]] = h
			fill[b]++
		}
	}
	fanout.Each(1<<bits, workers, func(b int) { slices.Sort(all[at[b]:at[b+1]]) })
	// Each set holds a token at most once, so a run's length is its
	// document frequency. Compact in place.
	n := 0
	df = make([]int32, 0, total/2)
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j] == all[i] {
			j++
		}
		all[n] = all[i]
		df = append(df, int32(j-i))
		n++
		i = j
	}
	return slices.Clip(all[:n]), df
}

// lookup finds a token's index in the sorted distinct tokens: a table of
// where each value of the top bits begins, then a binary search in the
// small run it points to.
type lookup struct {
	uniq []uint64
	at   []int32
	bits uint
}

func newLookup(uniq []uint64) *lookup {
	bits := uint(1)
	for bits < 26 && 1<<bits < len(uniq)/8 {
		bits++
	}
	l := &lookup{uniq: uniq, at: make([]int32, 1<<bits+1), bits: bits}
	for _, h := range uniq {
		l.at[h>>(64-bits)+1]++
	}
	for b := 1; b < len(l.at); b++ {
		l.at[b] += l.at[b-1]
	}
	return l
}

// find returns the index of h, which must be present.
func (l *lookup) find(h uint64) int {
	b := h >> (64 - l.bits)
	lo, hi := int(l.at[b]), int(l.at[b+1])
	i, ok := slices.BinarySearch(l.uniq[lo:hi], h)
	if !ok {
		panic("setjoin: token not indexed")
	}
	return lo + i
}
