package similarity

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestChooseBandsEdges: a signature of one value has one banding; every
// row of the signature may make one band (a threshold near 1 wants all of
// them in it); k < 1 means 128.
func TestChooseBandsEdges(t *testing.T) {
	for _, tc := range []struct {
		t    float64
		k    int
		want Bands
	}{
		{0.8, 1, Bands{1, 1}},
		{0.8, 0, Bands{18, 7}},
		{0.99, 4, Bands{1, 4}},
		{1, 16, Bands{1, 16}},
		{0, 16, Bands{16, 1}},
	} {
		if got := ChooseBands(tc.t, tc.k); got != tc.want {
			t.Errorf("ChooseBands(%v, %d) = %v, want %v", tc.t, tc.k, got, tc.want)
		}
	}
}

// TestIndexBands: a pair needs all rows of one band, any band, the first
// as well as the last; it is listed once however many bands it shares.
func TestIndexBands(t *testing.T) {
	for _, tc := range []struct {
		name   string
		bands  Bands
		a, b   []uint32
		paired bool
	}{
		{"only the first band agrees", Bands{3, 1}, []uint32{1, 2, 3}, []uint32{1, 5, 6}, true},
		{"only the second band agrees", Bands{3, 1}, []uint32{1, 2, 3}, []uint32{4, 2, 6}, true},
		{"only the last band agrees", Bands{3, 1}, []uint32{1, 2, 3}, []uint32{4, 5, 3}, true},
		{"no band agrees", Bands{3, 1}, []uint32{1, 2, 3}, []uint32{4, 5, 6}, false},
		// Each of the 4 rows of the band counts, the last two as well.
		{"rows 3 and 4 differ", Bands{1, 4}, []uint32{1, 2, 3, 4}, []uint32{1, 2, 5, 6}, false},
		{"row 4 differs", Bands{1, 4}, []uint32{1, 2, 3, 4}, []uint32{1, 2, 3, 6}, false},
		{"row 1 differs", Bands{1, 4}, []uint32{1, 2, 3, 4}, []uint32{0, 2, 3, 4}, false},
		{"all 4 rows agree", Bands{1, 4}, []uint32{1, 2, 3, 4}, []uint32{1, 2, 3, 4}, true},
		{"every band agrees", Bands{2, 2}, []uint32{1, 2, 3, 4}, []uint32{1, 2, 3, 4}, true},
		{"one band, one row", Bands{1, 1}, []uint32{7}, []uint32{7}, true},
	} {
		ix := NewIndex(tc.bands)
		ix.Add(0, tc.a)
		ix.Add(1, tc.b)
		want := [][2]int32{}
		if tc.paired {
			want = [][2]int32{{0, 1}}
		}
		if diff := cmp.Diff(want, ix.Pairs()); diff != "" {
			t.Errorf("%s: Pairs (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestIndexPanics: the documented panics, and none at the edges allowed.
func TestIndexPanics(t *testing.T) {
	panics := func(f func()) (msg string) {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint(r)
			}
		}()
		f()
		return ""
	}
	sig := []uint32{1, 2, 3, 4}
	for _, tc := range []struct {
		name string
		f    func()
		want string // "" for no panic
	}{
		{"bands 1x1", func() { NewIndex(Bands{1, 1}) }, ""},
		{"no bands", func() { NewIndex(Bands{0, 4}) }, "empty bands"},
		{"no rows", func() { NewIndex(Bands{4, 0}) }, "empty bands"},
		{"id 0", func() { NewIndex(Bands{2, 2}).Add(0, sig) }, ""},
		{"id -1", func() { NewIndex(Bands{2, 2}).Add(-1, sig) }, "id out of range"},
		{"id MaxInt32", func() { NewIndex(Bands{2, 2}).Add(math.MaxInt32, sig) }, ""},
		{"id MaxInt32+1", func() { NewIndex(Bands{2, 2}).Add(math.MaxInt32+1, sig) }, "id out of range"},
		{"signature of B*R", func() { NewIndex(Bands{2, 2}).Add(0, sig) }, ""},
		{"signature shorter than B*R", func() { NewIndex(Bands{2, 2}).Add(0, sig[:3]) }, "shorter than B*R"},
		{"signature longer than B*R", func() { NewIndex(Bands{3, 1}).Add(0, sig) }, ""},
	} {
		got := panics(tc.f)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s: panic %q, want %q", tc.name, got, tc.want)
		}
	}
}
