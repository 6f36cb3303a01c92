package similarity

import (
	"math/bits"
	"slices"
)

// Shingle sets are sorted, de-duplicated []uint64, as [Shingles] returns
// them. The functions here merge two of them in one linear pass and never
// allocate; they do not check that their inputs are sorted.

// Intersect returns |a ∩ b| of two sorted de-duplicated sets.
func Intersect(a, b []uint64) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	// A set much smaller than the other (a short article against a long
	// one, as containment asks) is cheaper to search by galloping.
	if len(b)/len(a) >= 32 {
		return setIntersectGallop(a, b)
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		if x == y {
			n++
		}
		if x <= y {
			i++
		}
		if y <= x {
			j++
		}
	}
	return n
}

// setIntersectGallop counts the elements of small found in big by an
// exponential then binary search that resumes where the last one ended.
func setIntersectGallop(small, big []uint64) int {
	n := 0
	for _, x := range small {
		// Gallop: find hi with big[hi-1] < x <= big[hi] (or the end).
		step := 1
		hi := 0
		for hi < len(big) && big[hi] < x {
			hi += step
			step <<= 1
		}
		lo := max(0, hi-step/2)
		hi = min(hi+1, len(big))
		k, found := slices.BinarySearch(big[lo:hi], x)
		if found {
			n++
		}
		big = big[lo+k:]
		if len(big) == 0 {
			break
		}
	}
	return n
}

// Jaccard returns |a∩b|/|a∪b| of two sorted de-duplicated sets, and 0 when
// both are empty: two empty texts share nothing, so they are never near
// duplicates of each other.
func Jaccard(a, b []uint64) float64 {
	inter := Intersect(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// Containment returns |a∩b|/|a| of two sorted de-duplicated sets (how much
// of a is in b), and 0 when a is empty.
func Containment(a, b []uint64) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(Intersect(a, b)) / float64(len(a))
}

// setSortHashes writes the values of src, uniformly distributed 64-bit
// hashes, sorted into dst (len(dst) >= len(src)) in expected linear time,
// and returns dst[:len(src)] and counts (work space) for reuse. One counting
// pass distributes the values by their top bits into about len(src)/2
// buckets, and one insertion sort over the whole array finishes the
// buckets, which hold two values on average; equal values, which repeated
// shingles produce, cost nothing extra. If some bucket is unexpectedly
// large (adversarial input, not hashes), [slices.Sort] is used instead, so
// the worst case stays O(n log n).
func setSortHashes(dst, src []uint64, counts []uint32) ([]uint64, []uint32) {
	n := len(src)
	dst = dst[:n]
	if n < 64 {
		copy(dst, src)
		slices.Sort(dst)
		return dst, counts
	}
	shift := uint(64 - (bits.Len(uint(n)) - 1)) // about n/2 buckets
	nb := 1 << (64 - shift)
	if cap(counts) < nb+1 {
		counts = make([]uint32, nb+1)
	}
	counts = counts[:nb+1]
	clear(counts)
	for _, x := range src {
		counts[x>>shift+1]++
	}
	biggest := uint32(0)
	for i := 1; i <= nb; i++ {
		biggest = max(biggest, counts[i])
		counts[i] += counts[i-1]
	}
	if biggest > 48 {
		copy(dst, src)
		slices.Sort(dst)
		return dst, counts
	}
	for _, x := range src {
		b := x >> shift
		dst[counts[b]] = x
		counts[b]++
	}
	setInsertionSort(dst)
	return dst, counts
}

// setInsertionSort sorts a whose values are at most a few places from
// where they belong.
func setInsertionSort(a []uint64) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && a[j-1] > x {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

// setDedup removes adjacent duplicates from sorted a in place.
func setDedup(a []uint64) []uint64 {
	if len(a) < 2 {
		return a
	}
	w := 1
	for _, x := range a[1:] {
		if x != a[w-1] {
			a[w] = x
			w++
		}
	}
	return a[:w]
}
