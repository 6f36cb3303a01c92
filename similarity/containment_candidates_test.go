package similarity

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// candidatesFor sets the containment samples of documents and returns the
// containment candidates, sorted.
func candidatesFor(samples ...[]uint32) [][2]int { return candidatesWith(2, samples...) }

// candidatesWith is candidatesFor on the given number of workers.
func candidatesWith(workers int, samples ...[]uint32) [][2]int {
	d := NewDeduper(DedupOptions{Workers: workers})
	for _, s := range samples {
		d.docs = append(d.docs, doc{sample: s, added: true})
	}
	got := d.containmentCandidates()
	slices.SortFunc(got, func(x, y [2]int) int {
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return x[1] - y[1]
	})
	return got
}

// TestContainmentCandidates: (A, B) is a candidate when at least half of
// A's informative samples, and at least two, are found in B; a sample more
// than maxPosting documents share is boilerplate and counts for nothing.
func TestContainmentCandidates(t *testing.T) {
	for _, tc := range []struct {
		name    string
		samples [][]uint32
		want    [][2]int
	}{
		{"half of four, both ways", [][]uint32{{1, 2, 3, 4}, {1, 2, 9, 10}}, [][2]int{{0, 1}, {1, 0}}},
		// 2 of 5 is under half (3 needed); 2 of 3 is over.
		{"2 of 5, 2 of 3", [][]uint32{{1, 2, 3, 4, 5}, {1, 2, 9}}, [][2]int{{1, 0}}},
		{"3 of 5", [][]uint32{{1, 2, 3, 4, 5}, {1, 2, 3, 9, 10, 11, 12}}, [][2]int{{0, 1}}},
		// One sample is never enough, even all of it.
		{"1 of 1", [][]uint32{{1}, {1, 5, 6}}, nil},
		{"2 of 2", [][]uint32{{1, 2}, {1, 2, 5, 6, 7, 8}}, [][2]int{{0, 1}}},
		{"nothing shared", [][]uint32{{1, 2}, {3, 4}}, nil},
		{"a document with itself", [][]uint32{{1, 2}}, nil},
		// A's two samples are found, but one in each of two others.
		{"one in B, one in C", [][]uint32{{1, 2}, {1, 5}, {2, 6}}, nil},
	} {
		if diff := cmp.Diff(tc.want, candidatesFor(tc.samples...)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestContainmentCandidatesBoilerplate: samples shared by more than
// maxPosting documents neither pair documents nor count in the half a
// pair needs; at maxPosting they still count.
func TestContainmentCandidatesBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		share int // documents sharing samples 100 and 101
		want  bool
	}{
		{"shared by maxPosting", maxPosting, true},
		{"shared by more", maxPosting + 1, false},
	} {
		samples := make([][]uint32, tc.share)
		for k := range samples {
			samples[k] = []uint32{100, 101, uint32(1000 + k)}
		}
		got := candidatesFor(samples...)
		if (len(got) > 0) != tc.want {
			t.Errorf("%s: %d candidates, want some: %v", tc.name, len(got), tc.want)
		}
	}
	// Boilerplate does not dilute: A's samples 1 and 2 are in B, and its
	// 3 others are boilerplate, so 2 of 2 informative are found.
	samples := [][]uint32{{1, 2, 100, 101, 102}, {1, 2, 7, 8}}
	for k := range maxPosting {
		samples = append(samples, []uint32{100, 101, 102, uint32(1000 + k)})
	}
	got := candidatesFor(samples...)
	if !slices.Contains(got, [2]int{0, 1}) {
		t.Errorf("boilerplate diluted the samples: candidates %v lack (0, 1)", got)
	}
}

// TestContainmentCandidatesCountAfresh: each document counts its shared
// samples from zero. On one worker, A (0) shares one sample with B and one
// with C, which are not candidates; D then shares one with B, which is not
// a candidate either: B's count from A does not carry over to D.
func TestContainmentCandidatesCountAfresh(t *testing.T) {
	got := candidatesWith(1, []uint32{1, 2}, []uint32{1, 5}, []uint32{2, 6}, []uint32{1, 3}, []uint32{3, 4})
	if len(got) != 0 {
		t.Errorf("candidates %v, want none", got)
	}
}
