package similarity

import (
	"fmt"
	"testing"
)

// span returns the shingle hashes lo..hi, sorted as shingle sets are.
func span(lo, hi uint64) []uint64 {
	var s []uint64
	for h := lo; h <= hi; h++ {
		s = append(s, h)
	}
	return s
}

func union(sets ...[]uint64) []uint64 {
	var s []uint64
	for _, x := range sets {
		s = append(s, x...)
	}
	return s
}

// TestDedupDefaults: the documented defaults (docs/dedup.md).
func TestDedupDefaults(t *testing.T) {
	o := NewDeduper(DedupOptions{}).Options()
	if o.Shingle != 5 || o.Hashes != 128 || o.Threshold != 0.8 || o.Containment != 0.9 || o.MinContained != 10 || o.HoldBytes != 512<<20 || o.Workers != 1 {
		t.Errorf("defaults %+v, want shingle 5, hashes 128, threshold 0.8, containment 0.9, min contained 10, hold 512 MiB, 1 worker", o)
	}
	set := DedupOptions{Shingle: 3, Hashes: 64, Threshold: 0.7, Containment: 0.95, MinContained: 4, HoldBytes: 9, Workers: 3}
	if o := NewDeduper(set).Options(); fmt.Sprintf("%+v", o) != fmt.Sprintf("%+v", set) {
		t.Errorf("options given %+v came back %+v", set, o)
	}
}

// TestDedupEdges: the thresholds hold at their documented edges: Jaccard
// at or above 0.8 is near, containment at or above 0.9 is contained, and
// the contained side needs at least 10 shingles. Each case sits exactly
// on an edge or one shingle short of it.
func TestDedupEdges(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b []uint64
		want Kind // "" for no edge
	}{
		// 80 shared of 100 in all: Jaccard 0.8; each side 80/90 inside the other.
		{"Jaccard exactly 0.8", span(1, 90), union(span(1, 80), span(91, 100)), Near},
		// 79 shared of 101.
		{"Jaccard just under 0.8", span(1, 90), union(span(1, 79), span(91, 101)), ""},
		// 9 of a's 10 shingles in b, few of b's in a.
		{"containment exactly 0.9, 10 shingles", span(1, 10), union(span(1, 9), span(11, 100)), Contained},
		{"containment exactly 0.9, b inside a", union(span(1, 9), span(11, 100)), span(1, 10), Contained},
		// 8 of 10.
		{"containment 0.8", span(1, 10), union(span(1, 8), span(11, 100)), ""},
		// All 9 of a's shingles in b: a quotation, not a copy.
		{"9 shingles inside", span(1, 9), span(1, 100), ""},
		{"10 shingles inside", span(1, 10), span(1, 100), Contained},
		// Both inside the other at 0.9 and Jaccard 9/11: near, not contained.
		{"each 0.9 inside the other", span(1, 10), union(span(1, 9), span(11, 11)), Near},
	} {
		d := NewDeduper(DedupOptions{})
		d.docs = []doc{{id: "a", shingles: tc.a}, {id: "b", shingles: tc.b}}
		e := d.verify(0, 1)
		var got Kind
		if e != nil {
			got = e.Kind
		}
		if got != tc.want {
			t.Errorf("%s: edge %+v, want kind %q", tc.name, e, tc.want)
		}
	}
}
