package report

import (
	"slices"
	"strings"
	"testing"
)

// TestChooseOrder: which columns a width too narrow leaves out, and in
// which order, at the boundaries of the rule [choose] documents.
func TestChooseOrder(t *testing.T) {
	tests := []struct {
		name   string
		width  int
		header []string
		row    []string
		want   []int
	}{
		{"of two texts as wide, the rightmost goes", 14,
			[]string{"id", "x", "y"}, []string{"a", "ppp", "qqq"}, []int{0, 1}},
		{"the narrower text goes first", 14,
			[]string{"id", "x", "y"}, []string{"a", "pp", "qqq"}, []int{0, 2}},
		{"figures go before text", 15,
			[]string{"id", "label", "n"}, []string{"a", "label", "12"}, []int{0, 1}},
		{"the ids go last, rightmost first", 14,
			[]string{"event", "a", "b"}, []string{"e1", "xx", "yy"}, []int{0, 1}},
		{"the first column stays, even when it alone is too wide", 5,
			[]string{"id", "ids"}, []string{"abcdef", "ghijkl"}, []int{0}},
		{"a framing matrix's group ids go first", 24,
			[]string{"group", "variant", "RU"}, []string{"kyiv", "Kyiv", "1/2 (50%)"}, []int{1, 2}},
		{"every column when they fit", 29,
			[]string{"id", "label", "n"}, []string{"a", "label", "12"}, []int{0, 1, 2}},
	}
	for _, tc := range tests {
		if got := choose(tc.width, tc.header, [][]string{tc.row}); !slices.Equal(got, tc.want) {
			t.Errorf("%s: choose(%d) = %v, want %v", tc.name, tc.width, got, tc.want)
		}
	}
}

// TestFitCases: how [fit] wraps the cells of a table, at the boundaries
// of its rule: the widest column that can shrink gives a column, the
// leftmost of two as wide, never a column below its longest word; what a
// wrapped column leaves over goes to a column that still wraps and grows
// with it.
func TestFitCases(t *testing.T) {
	tests := []struct {
		name   string
		width  int
		header []string
		row    []string
		want   []string // the row after fit
		head   []string // the header after fit, when it wraps
	}{
		{"a table exactly the width is left whole", 13,
			[]string{"label"}, []string{"aaaa bbbb"}, []string{"aaaa bbbb"}, nil},
		{"one column too wide wraps", 12,
			[]string{"label"}, []string{"aaaa bbbb"}, []string{"aaaa\nbbbb"}, nil},
		{"the column that can shrink does, beside a wider id", 29,
			[]string{"label", "id"}, []string{"aa bb cc", "0123456789abcdef"}, []string{"aa bb\ncc", "0123456789abcdef"}, nil},
		{"the widest column shrinks first", 26,
			[]string{"x", "y"}, []string{"aaaa bbbb cccc", "dd ee ff"}, []string{"aaaa bbbb\ncccc", "dd ee ff"}, nil},
		{"of two as wide, the leftmost shrinks", 24,
			[]string{"x", "y"}, []string{"aaaa bbbb", "cccc dddd"}, []string{"aaaa\nbbbb", "cccc dddd"}, nil},
		// 10 of borders and 41 for the cells: the label and the ids
		// shrink to 20 each; the label then wraps at 19 and the ids at
		// 10, and the 11 columns they leave go to the ids, which wrap the
		// most (11 short of whole, the label 10) and grow whole with them.
		{"the spare goes to the column that still wraps the most", 51,
			[]string{"label", "ids", "n"}, []string{"aaaa bbbb cccc dddd eeee ffff", "0123456789 0123456789", "1"},
			[]string{"aaaa bbbb cccc dddd\neeee ffff", "0123456789 0123456789", "1"}, nil},
		{"an id at its longest word does not shrink, though widest", 27,
			[]string{"id", "x"}, []string{"0123456789abcdef", "aa bb"}, []string{"0123456789abcdef", "aa\nbb"}, nil},
		// The spare goes to a column that grows with it, not to one whose
		// long word keeps it as wide (the 814 column).
		{"the spare goes to a column that grows with it", 29,
			[]string{"pair_f1", "b3_precision"}, []string{"814 settlement", "ceasefire"}, []string{"814\nsettlement", "ceasefire"}, nil},
		{"the spare goes to the column furthest from whole, the first too", 38,
			[]string{"title", "ids"}, []string{"Kyiv talks ceasefires guarantees", "001_e6207 002_c8119"},
			[]string{"Kyiv talks ceasefires\nguarantees", "001_e6207\n002_c8119"}, nil},
		{"of two columns as far from whole, the leftmost takes the spare", 52,
			[]string{"id", "group", "kind"}, []string{"on Saturday midnight", "Ukraine  Donbass", "Berlin  Saturday  talks"},
			[]string{"on Saturday midnight", "Ukraine\nDonbass", "Berlin Saturday\ntalks"}, nil},
	}
	for _, tc := range tests {
		row, header := slices.Clone(tc.row), slices.Clone(tc.header)
		fit(tc.width, header, [][]string{row})
		if !slices.Equal(row, tc.want) {
			t.Errorf("%s: fit(%d) = %q, want %q", tc.name, tc.width, row, tc.want)
		}
		if tc.head == nil {
			tc.head = tc.header
		}
		if !slices.Equal(header, tc.head) {
			t.Errorf("%s: fit(%d) header %q, want %q", tc.name, tc.width, header, tc.head)
		}
	}
}

// TestFitHeader: a column name wraps after an underscore, so that the
// numbers under b3_precision need not be 12 wide.
func TestFitHeader(t *testing.T) {
	header := []string{"b3_precision"}
	fit(13, header, [][]string{{"1.0000"}})
	if header[0] != "b3_\nprecision" {
		t.Errorf("header %q, want b3_ over precision", header[0])
	}
	tests := []struct {
		h     string
		width int
		want  []string
	}{
		{"b3_f1", 5, []string{"b3_f1"}},
		{"b3_f1", 4, []string{"b3_", "f1"}},
		{"terms (z)", 9, []string{"terms (z)"}},
		{"terms (z)", 8, []string{"terms", "(z)"}},
		{"a_b c_d", 7, []string{"a_b c_d"}},
		{"a_b c_d", 5, []string{"a_b", "c_d"}},
	}
	for _, tc := range tests {
		if got := wrapHeader(tc.h, tc.width); !slices.Equal(got, tc.want) {
			t.Errorf("wrapHeader(%q, %d) = %q, want %q", tc.h, tc.width, got, tc.want)
		}
	}
}

// TestWriteTableFits: a table that fits its width is drawn whole, with no
// note of columns left out.
func TestWriteTableFits(t *testing.T) {
	s := &sink{width: 80}
	if err := writeTable(s, false, []string{"id", "title"}, [][]string{{"a1", "Talks in Berlin"}}); err != nil {
		t.Fatal(err)
	}
	if out := s.String(); strings.Contains(out, "not shown") || !strings.Contains(out, "│ a1 │ Talks in Berlin │") {
		t.Errorf("table at 80 columns:\n%s", out)
	}
}

// TestFitKeepsSpacing: a cell that fits its column is drawn as it is, its
// spaces too; only a cell that wraps is set with single spaces.
func TestFitKeepsSpacing(t *testing.T) {
	header := []string{"title", "label"}
	rows := [][]string{{"Talks  in", "a b c d e f g h i j k"}}
	fit(30, header, rows)
	if want := []string{"Talks  in", "a b c d e f g\nh i j k"}; !slices.Equal(rows[0], want) {
		t.Errorf("fit(30) = %q, want %q", rows[0], want)
	}
}
