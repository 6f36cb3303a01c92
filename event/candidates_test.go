package event

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// candidatesOf returns the candidates of unit a among units, sorted.
func candidatesOf(units []unit, a int, w time.Duration) []int32 {
	ix := newTermIndex(units)
	sc := &scratch{shared: make([]uint8, len(units))}
	sc.gather(units, ix, a, w)
	got := slices.Clone(sc.keep(units, a))
	slices.Sort(got)
	for _, n := range sc.shared {
		if n != 0 {
			panic("keep left counts behind")
		}
	}
	return got
}

// termUnit is a unit with top terms, dated from day lo to day hi (undated
// when lo is negative).
func termUnit(lo, hi int, top ...uint64) unit {
	u := unit{top: top}
	if lo >= 0 {
		u.lo, u.hi, u.dated = day(lo), day(hi), 1
	}
	return u
}

// TestCandidates: a unit is compared with the later units that share two
// of its top terms (one, when either has only one) and whose dates come
// within the window of its own, or that are undated.
func TestCandidates(t *testing.T) {
	const w = 48 * time.Hour
	for _, tc := range []struct {
		name  string
		units []unit
		a     int
		want  []int32
	}{
		{"two shared terms", []unit{termUnit(0, 0, 1, 2, 3), termUnit(0, 0, 1, 2, 9), termUnit(0, 0, 1, 8, 9)}, 0, []int32{1}},
		{"one term each", []unit{termUnit(0, 0, 1), termUnit(0, 0, 1, 2), termUnit(0, 0, 2)}, 0, []int32{1}},
		{"only later units", []unit{termUnit(0, 0, 1, 2), termUnit(0, 0, 1, 2), termUnit(0, 0, 1, 2)}, 1, []int32{2}},
		{"undated ones always", []unit{termUnit(0, 0, 1, 2), termUnit(-1, 0, 1, 2), termUnit(30, 30, 1, 2)}, 0, []int32{1}},
		{"an undated unit, every date", []unit{termUnit(-1, 0, 1, 2), termUnit(0, 0, 1, 2), termUnit(30, 30, 1, 2)}, 0, []int32{1, 2}},
		// From unit 2 (day 5) only later units count: unit 3 ended 4
		// days before it.
		{"earlier units and a span too far back", []unit{termUnit(0, 0, 7), termUnit(1, 4, 1, 2), termUnit(5, 5, 1, 2), termUnit(0, 1, 1, 2)}, 2, nil},
		// Unit 1 began 4 days before unit 0 but ran until a day before it.
		{"a span reaching forward", []unit{termUnit(5, 5, 1, 2), termUnit(1, 4, 1, 2), termUnit(0, 1, 1, 2)}, 0, []int32{1}},
		{"a later unit spanning back to a", []unit{termUnit(0, 0, 1, 2), termUnit(2, 9, 1, 2), termUnit(3, 9, 1, 2)}, 0, []int32{1}},
	} {
		if diff := cmp.Diff(tc.want, candidatesOf(tc.units, tc.a, w)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestCandidatesSpanWindow: the index looks back by the window and the
// longest span, so a unit that began long before but ran until near a's
// date is found.
func TestCandidatesSpanWindow(t *testing.T) {
	units := []unit{termUnit(10, 10, 1, 2), termUnit(0, 9, 1, 2), termUnit(0, 1, 1, 2), termUnit(12, 12, 1, 2), termUnit(13, 13, 1, 2)}
	// From unit 0 (day 10), later units: 1 (days 0-9, 1 day away), 2
	// (days 0-1, 9 days), 3 (day 12, 2 days), 4 (day 13, 3 days).
	if diff := cmp.Diff([]int32{1, 3}, candidatesOf(units, 0, 48*time.Hour)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCandidatesMost: past maxCandidates, those sharing the most top
// terms, ties to the lowest numbers.
func TestCandidatesMost(t *testing.T) {
	units := []unit{termUnit(0, 0, 1, 2, 3)}
	for k := range maxCandidates + 10 {
		top := []uint64{1, 2}
		if k%10 == 9 {
			top = []uint64{1, 2, 3} // shares three
		}
		units = append(units, termUnit(0, 0, top...))
	}
	var want []int32
	for c := 1; c < len(units); c++ {
		if c%10 == 0 {
			want = append(want, int32(c))
		}
	}
	for c := 1; len(want) < maxCandidates; c++ {
		if c%10 != 0 {
			want = append(want, int32(c))
		}
	}
	slices.Sort(want)
	if diff := cmp.Diff(want, candidatesOf(units, 0, 48*time.Hour)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCandidatesScan: a term in more than maxScan dated units scans the
// maxScan nearest a's date; with exactly maxScan, all of them.
func TestCandidatesScan(t *testing.T) {
	for _, n := range []int{maxScan, maxScan + 100} {
		// Unit 0 is the latest; units 1..n-1 are earlier, one minute
		// apart, latest last: the nearest are the highest numbers.
		units := []unit{termUnit(20, 20, 1, 2)}
		for k := 1; k < n; k++ {
			u := termUnit(0, 0, 1, 2)
			u.lo = day(10).Add(time.Duration(k) * time.Minute)
			u.hi = u.lo
			units = append(units, u)
		}
		ix := newTermIndex(units)
		sc := &scratch{shared: make([]uint8, len(units))}
		sc.gather(units, ix, 0, 30*24*time.Hour)
		lowest := slices.Min(sc.touched)
		wantLowest := int32(1)
		if n > maxScan {
			wantLowest = int32(n - maxScan/2) // the maxScan/2 before a
		}
		if len(sc.touched) == 0 || lowest != wantLowest {
			t.Errorf("%d units: %d gathered, the lowest %d; want the lowest %d", n, len(sc.touched), lowest, wantLowest)
		}
	}
}
