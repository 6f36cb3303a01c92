package similarity

import (
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Bands is an LSH banding of a signature: B bands of R consecutive rows
// each, B*R <= K. Two signatures are candidates when all R rows of at least
// one band agree, which for sets of Jaccard similarity s happens with
// probability P(s) = 1-(1-s^R)^B, an S-curve that rises around (1/B)^(1/R).
type Bands struct{ B, R int }

// The weights of the false-positive and false-negative masses in
// [ChooseBands], which documents the choice.
const (
	lshWeightFP = 1.0
	lshWeightFN = 64.0
)

// lshSteps is the number of Simpson intervals for each of the two
// integrals of [Bands.Rates]: the error is below 2e-6 for every banding of
// 128 rows at t = 0.8 (the worst, R = 128, is the steepest curve).
const lshSteps = 256

// ChooseBands picks the bands for a Jaccard threshold t and signatures of
// k values (k < 1 means 128): among all (B, R) with B*R <= k, the one that
// minimises FP + 64·FN, the masses of [Bands.Rates].
//
// A false negative weighs 64 times a false positive (lshWeightFN). A pair above the
// threshold that never becomes a candidate is a duplicate lost for good,
// while a false candidate costs one exact Jaccard of two shingle sets (2 µs
// for 1,000 shingles each, BenchmarkJaccard); and the uniform FP mass
// overstates the false candidates of a real dump, whose pairs mostly lie
// near 0, where P is tiny. 64 is the smallest power of two for which the
// bands of t = 0.8, K = 128 reach P(0.9) > 0.9999, that is recall 1.0 for
// pairs at J >= 0.9 in practice; smaller weights choose 9×13 at weight 1
// (P(0.9) = 0.93), 14×9 at 8 (0.9990), 16×8 at 16 and 32 (0.99988).
//
// ChooseBands(0.8, 128) is 18 bands of 7 rows (126 of the 128 values):
// P(0.5) = 0.132, P(0.7) = 0.787, P(0.8) = 0.9855, P(0.9) = 0.999992, with an
// FP mass of 0.184 and an FN mass of 0.000287. It tries every banding, about
// k·ln k of them, in a few milliseconds of CPU for k = 128.
func ChooseBands(t float64, k int) Bands {
	if k < 1 {
		k = 128
	}
	t = min(max(t, 0), 1)
	best, bestCost := Bands{1, 1}, math.Inf(1)
	var g lshGrid
	for r := 1; r <= k; r++ {
		g.fill(t, r)
		for b := 1; b*r <= k; b++ {
			fp, fn := g.masses(b)
			// Ties (to rounding) go to the first found: fewer rows.
			if cost := lshWeightFP*fp + lshWeightFN*fn; cost < bestCost-1e-15 {
				best, bestCost = Bands{B: b, R: r}, cost
			}
		}
	}
	return best
}

// Prob returns P(s) = 1-(1-s^R)^B, the probability that two sets of Jaccard
// similarity s share at least one band.
func (b Bands) Prob(s float64) float64 {
	// 0 - x rather than -x, so that P(0) is +0, not -0.
	return 0 - math.Expm1(float64(b.B)*math.Log1p(-math.Pow(s, float64(b.R))))
}

// Rates returns the theoretical false-positive mass FP = ∫_0^t P(s) ds and
// false-negative mass FN = ∫_t^1 (1-P(s)) ds of the bands for threshold t,
// the areas of the S-curve on the wrong side of t (by Simpson's rule); t is
// clamped to [0, 1].
func (b Bands) Rates(t float64) (fp, fn float64) {
	var g lshGrid
	g.fill(min(max(t, 0), 1), b.R)
	return g.masses(b.B)
}

// lshGrid holds log(1-s^R) at the Simpson nodes of [0, t] and [t, 1], so
// that the masses of every B for this R cost one exponential per node:
// 1-P(s) = exp(B·log(1-s^R)).
type lshGrid struct {
	lo, hi   [lshSteps + 1]float64
	hLo, hHi float64 // node spacing
}

func (g *lshGrid) fill(t float64, r int) {
	g.hLo, g.hHi = t/lshSteps, (1-t)/lshSteps
	for i := range lshSteps + 1 {
		g.lo[i] = math.Log1p(-math.Pow(float64(i)*g.hLo, float64(r)))
		g.hi[i] = math.Log1p(-math.Pow(t+float64(i)*g.hHi, float64(r)))
	}
}

// masses integrates P over [0, t] and 1-P over [t, 1] for b bands.
func (g *lshGrid) masses(b int) (fp, fn float64) {
	fb := float64(b)
	for i := range lshSteps + 1 {
		w := lshSimpsonWeight(i)
		fp += w * -math.Expm1(fb*g.lo[i])
		fn += w * math.Exp(fb*g.hi[i])
	}
	return fp * g.hLo / 3, fn * g.hHi / 3
}

// lshSimpsonWeight is the composite Simpson weight of node i: 1 4 2 4 … 2 4 1.
func lshSimpsonWeight(i int) float64 {
	switch {
	case i == 0 || i == lshSteps:
		return 1
	case i%2 == 1:
		return 4
	}
	return 2
}

// Index is an LSH index over MinHash signatures: documents are added by a
// dense id (0, 1, 2, … — memory is proportional to the largest id), and
// [Index.Pairs] returns every pair of documents that agree on all rows of
// at least one band.
//
// Each band of a signature is stored as one 64-bit hash of its rows, in
// per-band arrays indexed by id: 8·B bytes per document and nothing else
// (144 MB for a million documents at 18 bands). Add is safe for concurrent
// use: concurrent Adds write disjoint slots, and a lock is taken only to
// grow the arrays, once per 1,024 ids. Each id must be added at most once,
// and Pairs must be called after every Add has returned. Pairs sorts each
// band's keys (by their top bits, then an insertion sort: linear time),
// one band per core; with 18 bands a million documents take under a second
// to add and about a second for Pairs on two cores.
//
// Big buckets. A band key shared by more than 256 documents
// (boilerplate-only texts, a wire story republished hundreds of times) does
// not contribute all its m(m-1)/2 pairs, which would be quadratic: its
// members, in id order, are each paired with the next 16 members only, about
// 16·m pairs. Every member stays connected to the others through candidate
// pairs, and a chain survives up to 15 consecutive members that fail
// verification, so grouping by connected components of the verified pairs
// (union-find) still finds the whole group; a caller that needs every
// verified pair of such a group must compare within the group itself.
// Buckets of up to 256 documents give all their pairs (at most 32,640).
type Index struct {
	bands  Bands
	mu     sync.RWMutex // guards chunks (the slice, not the keys in a chunk)
	chunks []*lshChunk
}

// lshChunk holds the band keys of ids [c·lshChunkSize, (c+1)·lshChunkSize)
// band-major: the key of band b of id c·lshChunkSize+i is keys[b·lshChunkSize+i].
// Key 0 means "no document".
type lshChunk struct{ keys []uint64 }

const lshChunkSize = 1024

// The big-bucket policy of [Index.Pairs].
const (
	lshMaxBucket = 256 // buckets up to this size contribute all their pairs
	lshWindow    = 16  // larger ones pair each id with the next lshWindow
)

// NewIndex returns an empty index that bands signatures by b.
func NewIndex(b Bands) *Index {
	if b.B < 1 || b.R < 1 {
		panic("similarity: NewIndex with empty bands")
	}
	return &Index{bands: b}
}

// Add indexes the signature of document id. It panics if id is negative or
// above math.MaxInt32, or if sig is shorter than B*R. The signature of an
// empty set (see [Signer.Sign]) is not indexed: it is never a candidate.
func (ix *Index) Add(id int, sig []uint32) {
	if id < 0 || id > math.MaxInt32 {
		panic("similarity: Index.Add id out of range")
	}
	nb, r := ix.bands.B, ix.bands.R
	if len(sig) < nb*r {
		panic("similarity: Index.Add signature shorter than B*R")
	}
	if len(sig) > 0 && sig[0] == minhashEmpty {
		return
	}
	c := ix.chunk(id / lshChunkSize)
	off := id % lshChunkSize
	for b := range nb {
		c.keys[b*lshChunkSize+off] = lshBandKey(b, sig[b*r:(b+1)*r])
	}
}

// chunk returns chunk c, allocating it (and those before it) if needed.
func (ix *Index) chunk(c int) *lshChunk {
	ix.mu.RLock()
	if c < len(ix.chunks) && ix.chunks[c] != nil {
		ch := ix.chunks[c]
		ix.mu.RUnlock()
		return ch
	}
	ix.mu.RUnlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for len(ix.chunks) <= c {
		ix.chunks = append(ix.chunks, nil)
	}
	if ix.chunks[c] == nil {
		ix.chunks[c] = &lshChunk{keys: make([]uint64, ix.bands.B*lshChunkSize)}
	}
	return ix.chunks[c]
}

// lshBandKey hashes the rows of band b, two at a time, by a chain of
// bijective mixes; it is never 0, which marks an empty slot.
func lshBandKey(b int, rows []uint32) uint64 {
	h := shingleMix(uint64(b+1) * 0x9e3779b97f4a7c15)
	for len(rows) >= 2 {
		h = shingleMix(h ^ (uint64(rows[0]) | uint64(rows[1])<<32))
		rows = rows[2:]
	}
	if len(rows) == 1 {
		h = shingleMix(h ^ uint64(rows[0]) ^ 1<<63)
	}
	if h == 0 {
		h = 1
	}
	return h
}

// lshEntry is one document's key in one band, for sorting.
type lshEntry struct {
	key uint64
	id  int32
}

// Pairs returns every candidate pair {i, j}, i < j, of documents that share
// a band (subject to the big-bucket policy of [Index]), each once, sorted.
// The result depends only on what was added, not on the order of the Adds
// or on how many goroutines made them. The bands are processed in
// parallel on all cores.
func (ix *Index) Pairs() [][2]int32 {
	ix.mu.RLock()
	chunks := ix.chunks
	ix.mu.RUnlock()

	nb := ix.bands.B
	workers := min(runtime.GOMAXPROCS(0), nb)
	found := make([][]uint64, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var entries, scratch []lshEntry
			var counts []uint32
			var pairs []uint64
			kept := 0
			for {
				b := int(next.Add(1)) - 1
				if b >= nb {
					break
				}
				entries = entries[:0]
				for c, ch := range chunks {
					if ch == nil {
						continue
					}
					base := int32(c * lshChunkSize)
					for i, key := range ch.keys[b*lshChunkSize : (b+1)*lshChunkSize] {
						if key != 0 {
							entries = append(entries, lshEntry{key, base + int32(i)})
						}
					}
				}
				scratch = slices.Grow(scratch[:0], len(entries))[:len(entries)]
				counts = lshSortEntries(entries, scratch, counts)
				pairs = lshBucketPairs(entries, pairs)
				// A pair found in several bands is kept once: compact when
				// the list has doubled, so memory follows distinct pairs.
				if len(pairs) > 1<<16 && len(pairs) >= 2*kept {
					pairs = setDedup(lshRadixSort(pairs))
					kept = len(pairs)
				}
			}
			found[w] = pairs
		})
	}
	wg.Wait()

	total := 0
	for _, p := range found {
		total += len(p)
	}
	all := make([]uint64, 0, total)
	for _, p := range found {
		all = append(all, p...)
	}
	all = setDedup(lshRadixSort(all))
	out := make([][2]int32, len(all))
	for i, p := range all {
		out[i] = [2]int32{int32(p >> 32), int32(uint32(p))}
	}
	return out
}

// lshBucketPairs appends to pairs (as i<<32|j) the pairs of each run of
// equal keys of sorted entries. A run of m <= lshMaxBucket ids gives all
// m(m-1)/2 pairs; a larger one gives each id paired with the next
// lshWindow ids of the run in id order, about m·lshWindow pairs.
func lshBucketPairs(entries []lshEntry, pairs []uint64) []uint64 {
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		run := entries[i:j]
		i = j
		if len(run) < 2 {
			continue
		}
		window := len(run)
		if len(run) > lshMaxBucket {
			window = lshWindow
		}
		for a, ea := range run {
			for _, eb := range run[a+1 : min(len(run), a+1+window)] {
				pairs = append(pairs, uint64(ea.id)<<32|uint64(eb.id))
			}
		}
	}
	return pairs
}

// lshSortEntries sorts e by key, then id, the way setSortHashes sorts
// hashes: one counting pass on the top bits of the keys (uniform hashes)
// into scratch, then one insertion sort, or slices.SortFunc if a bucket is
// unexpectedly large. The sorted entries end in e.
func lshSortEntries(e, scratch []lshEntry, counts []uint32) []uint32 {
	n := len(e)
	if n < 64 {
		slices.SortFunc(e, lshCompare)
		return counts
	}
	shift := uint(64 - (bits.Len(uint(n)) - 1))
	nb := 1 << (64 - shift)
	if cap(counts) < nb+1 {
		counts = make([]uint32, nb+1)
	}
	counts = counts[:nb+1]
	clear(counts)
	for _, x := range e {
		counts[x.key>>shift+1]++
	}
	biggest := uint32(0)
	for i := 1; i <= nb; i++ {
		biggest = max(biggest, counts[i])
		counts[i] += counts[i-1]
	}
	if biggest > 48 {
		// Big buckets are expected here (boilerplate, wire copies): their
		// entries share a key, so the sort is by id within them.
		slices.SortFunc(e, lshCompare)
		return counts
	}
	for _, x := range e {
		b := x.key >> shift
		scratch[counts[b]] = x
		counts[b]++
	}
	copy(e, scratch)
	for i := 1; i < n; i++ {
		x := e[i]
		j := i
		for j > 0 && (e[j-1].key > x.key || e[j-1].key == x.key && e[j-1].id > x.id) {
			e[j] = e[j-1]
			j--
		}
		e[j] = x
	}
	return counts
}

func lshCompare(x, y lshEntry) int {
	switch {
	case x.key < y.key:
		return -1
	case x.key > y.key:
		return 1
	}
	return int(x.id) - int(y.id)
}

// lshRadixSort sorts a by a least-significant-digit radix sort on bytes,
// skipping the bytes on which all values agree (the high bytes of both
// halves of a pair of ids below 2^24 are all zero). It may return a
// different slice than a.
func lshRadixSort(a []uint64) []uint64 {
	if len(a) < 256 {
		slices.Sort(a)
		return a
	}
	var counts [8][256]int
	for _, x := range a {
		for d := range 8 {
			counts[d][byte(x>>(8*d))]++
		}
	}
	buf := make([]uint64, len(a))
	for d := range 8 {
		c := &counts[d]
		if c[byte(a[0]>>(8*d))] == len(a) {
			continue // every value has this byte
		}
		pos := 0
		for i, n := range c {
			c[i] = pos
			pos += n
		}
		shift := 8 * d
		for _, x := range a {
			k := byte(x >> shift)
			buf[c[k]] = x
			c[k]++
		}
		a, buf = buf, a
	}
	return a
}
