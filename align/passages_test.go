package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// seq returns the words p0 .. p(n-1) of prefix p.
func seq(p string, n int) []string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("%s%d", p, i)
	}
	return ws
}

func cat(parts ...[]string) string {
	var ws []string
	for _, p := range parts {
		ws = append(ws, p...)
	}
	return strings.Join(ws, " ") + "."
}

// passageWords returns the words of each passage, in order.
func passageWords(ps []Passage) []int {
	var out []int
	for _, p := range ps {
		out = append(out, p.Words)
	}
	return out
}

// TestPassageGap: a shared run goes on across up to Gap (default 3) words
// inserted or changed in either text; past it, it is two passages.
func TestPassageGap(t *testing.T) {
	x, y := seq("x", 20), seq("y", 20)
	for _, tc := range []struct {
		name string
		a, b string
		opt  Options
		want []int
	}{
		{"3 words inserted in B", cat(x, y), cat(x, seq("new", 3), y), Options{}, []int{40}},
		{"4 words inserted in B", cat(x, y), cat(x, seq("new", 4), y), Options{}, []int{20, 20}},
		{"3 words inserted in A", cat(x, seq("new", 3), y), cat(x, y), Options{}, []int{43}},
		{"4 words inserted in A", cat(x, seq("new", 4), y), cat(x, y), Options{}, []int{20, 20}},
		{"Gap 4", cat(x, y), cat(x, seq("new", 4), y), Options{Gap: 4}, []int{40}},
		{"Gap -1 is none", cat(x, y), cat(x, seq("new", 1), y), Options{Gap: -1}, []int{20, 20}},
		{"Gap 0 is the default", cat(x, y), cat(x, seq("new", 3), y), Options{Gap: 0}, []int{40}},
		// Longest first, then by place in A.
		{"longest first", cat(seq("s", 6), seq("z", 5), x), cat(x, seq("z", 5), seq("s", 6)), Options{}, []int{20, 6, 5}},
		{"equal length, by place in A", cat(seq("s", 6), seq("z", 9), seq("t", 6)), cat(seq("t", 6), seq("q", 9), seq("s", 6)), Options{}, []int{6, 6}},
		// Fewer than Shingle words shared is no passage.
		{"4 words", cat(seq("s", 4), x), cat(seq("s", 4), y), Options{}, nil},
		{"5 words", cat(seq("s", 5), x), cat(seq("s", 5), y), Options{}, []int{5}},
		{"Shingle 3", cat(seq("s", 4), x), cat(seq("s", 4), y), Options{Shingle: 3}, []int{4}},
	} {
		a, b := bodyArticle("a", tc.a), bodyArticle("b", tc.b)
		ps := Compare(a, b, tc.opt).Passages
		if diff := cmp.Diff(tc.want, passageWords(ps)); diff != "" {
			t.Errorf("%s: passage lengths (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestPassageOffsets: a passage's byte offsets in each text, and the
// order of equal-length passages by their place in A.
func TestPassageOffsets(t *testing.T) {
	a := bodyArticle("a", "one two three four five six. Then seven eight nine ten eleven twelve.")
	b := bodyArticle("b", "Intro words come here. Seven eight nine ten eleven twelve and one two three four five six.")
	ps := Compare(a, b, Options{}).Passages
	var got []string
	for _, p := range ps {
		got = append(got, a.Text[p.AStart:p.AEnd]+" | "+b.Text[p.BStart:p.BEnd])
	}
	want := []string{"one two three four five six | one two three four five six", "seven eight nine ten eleven twelve | Seven eight nine ten eleven twelve"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestBoilerplate: a passage at least 2 other articles of A's or B's
// outlet carry whole is boilerplate; 1 is not enough, nor articles of
// other outlets, nor A and B themselves.
func TestBoilerplate(t *testing.T) {
	x, y := seq("x", 20), seq("y", 20)
	a, b := bodyArticle("a", cat(x, seq("p", 10), y)), bodyArticle("b", cat(x, seq("q", 10), y))
	a.Outlet, b.Outlet = "A", "B"
	other := func(id, outlet string, words []string) *corpus.Article {
		c := bodyArticle(id, cat(seq(id, 10), words, seq(id+"z", 10)))
		c.Outlet = outlet
		return c
	}
	for _, tc := range []struct {
		name string
		bg   []*corpus.Article
		want []bool // x's passage, y's
	}{
		{"two of A's outlet", []*corpus.Article{other("c", "A", x), other("d", "A", x)}, []bool{true, false}},
		{"one of A's, one of B's", []*corpus.Article{other("c", "A", y), other("d", "B", y)}, []bool{false, true}},
		{"one", []*corpus.Article{other("c", "A", x)}, []bool{false, false}},
		{"another outlet", []*corpus.Article{other("c", "C", x), other("d", "C", x)}, []bool{false, false}},
		{"A and B themselves", []*corpus.Article{a, b}, []bool{false, false}},
		{"part of the passage", []*corpus.Article{other("c", "A", x[:15]), other("d", "A", x[:15])}, []bool{false, false}},
	} {
		ps := Compare(a, b, Options{Background: tc.bg}).Passages
		if len(ps) != 2 {
			t.Fatalf("%s: %d passages, want 2", tc.name, len(ps))
		}
		got := []bool{ps[0].Boilerplate, ps[1].Boilerplate}
		if ps[0].AStart > ps[1].AStart {
			got[0], got[1] = got[1], got[0]
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: boilerplate of x's and y's passages (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestPassageRepeated: a phrase one text repeats is one passage, matched
// at its first place; a shorter run inside a longer one is dropped.
func TestPassageRepeated(t *testing.T) {
	p, x, y := seq("p", 8), seq("x", 10), seq("y", 10)
	for _, tc := range []struct {
		name string
		a, b string
		want []int
	}{
		{"B repeats it", cat(p, x), cat(p, y, p), []int{8}},
		{"A repeats it", cat(p, y, p), cat(p, x), []int{8}},
		// p and its first 6 words again: the 6 are inside the 8.
		{"a part of it again", cat(p, x), cat(p, y, p[:6]), []int{8}},
		{"a part of it again in A", cat(p, x, p[:6]), cat(p, y), []int{8}},
	} {
		ps := Compare(bodyArticle("a", tc.a), bodyArticle("b", tc.b), Options{}).Passages
		if diff := cmp.Diff(tc.want, passageWords(ps)); diff != "" {
			t.Errorf("%s: passage lengths (-want +got):\n%s", tc.name, diff)
		}
		if len(ps) > 0 && (ps[0].AStart != 0 || ps[0].BStart != 0) {
			t.Errorf("%s: passage at %d in A, %d in B; want both at 0", tc.name, ps[0].AStart, ps[0].BStart)
		}
	}
}
