package align

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// TestMarkBoilerplate: marking many alignments at once gives each passage
// the mark Options.Background gives it pair by pair, whatever the workers,
// and replaces a mark set before; shingle sets given are read instead of
// the texts.
func TestMarkBoilerplate(t *testing.T) {
	x, y, z := seq("x", 20), seq("y", 20), seq("z", 20)
	art := func(id, outlet string, parts ...[]string) *corpus.Article {
		a := bodyArticle(id, cat(parts...))
		a.Outlet = outlet
		return a
	}
	a := art("a", "A", x, seq("p", 10), y, seq("r", 10), z)
	b := art("b", "B", x, seq("q", 10), y, seq("s", 10), z)
	c := art("c", "C", x, seq("t", 10), z)
	dump := []*corpus.Article{
		a, b, c,
		art("a1", "A", seq("a1", 5), x, seq("a1z", 5)), art("a2", "A", x),
		art("b1", "B", y, seq("b1", 5)), art("c1", "C", z), art("c2", "C", seq("c2", 3), z, seq("c2z", 3)),
	}
	pairs := [][2]*corpus.Article{{a, b}, {a, c}, {b, c}}
	// want: the marks of each pair aligned with the dump as background.
	var want [][]bool
	for _, p := range pairs {
		want = append(want, marks(Compare(p[0], p[1], Options{Background: dump}).Passages))
	}
	if diff := cmp.Diff([][]bool{{true, false, false}, {true, true}, {false, true}}, want); diff != "" {
		t.Fatalf("pair by pair, marks of the passages by place in A (-want +got):\n%s", diff)
	}
	made := func(i int) []uint64 { return similarity.TokenShingles(dump[i].Text, dump[i].Tokens, 5, nil) }
	none := func(i int) []uint64 { return []uint64{} } // no article carries anything
	for _, tc := range []struct {
		name     string
		shingles func(i int) []uint64
		workers  int
		want     [][]bool
	}{
		{"1 worker", nil, 1, want},
		{"4 workers", nil, 4, want},
		{"shingles given", made, 2, want},
		{"shingles given empty", none, 2, [][]bool{{false, false, false}, {false, false}, {false, false}}},
	} {
		var rs []Aligned
		for _, p := range pairs {
			r := Compare(p[0], p[1], Options{})
			for k := range r.Passages {
				r.Passages[k].Boilerplate = true // replaced
			}
			rs = append(rs, Aligned{A: p[0], B: p[1], Result: r})
		}
		MarkBoilerplate(rs, dump, tc.shingles, Options{}, tc.workers)
		var got [][]bool
		for _, r := range rs {
			got = append(got, marks(r.Result.Passages))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: marked at once (-want +got):\n%s", tc.name, diff)
		}
	}
}

// marks returns the Boilerplate marks of ps in order of place in A.
func marks(ps []Passage) []bool {
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(x, y Passage) int { return x.AStart - y.AStart })
	out := make([]bool, len(ps))
	for i, p := range ps {
		out[i] = p.Boilerplate
	}
	return out
}
