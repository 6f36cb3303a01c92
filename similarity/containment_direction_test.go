package similarity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// permutations returns every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for k := 0; k <= len(p); k++ {
			q := append(append(append([]int{}, p[:k]...), n-1), p[k:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestContainmentDirection: when a source and a copy wrapping it in more
// text are each in an exact-copy class, the contained edge says the
// source lies inside the copy (ContainmentAB of source-in-copy high, the
// reverse low) whichever member of each class was added first, as under
// parallel Adds; the groups are the same for every order.
func TestContainmentDirection(t *testing.T) {
	src := text(41, 300)
	wrap := text(42, 150) + " " + src + " " + text(43, 150)
	for _, tc := range []struct {
		name string
		docs []Doc
		in   [2]string // the ids of the edge's ends, contained first
	}{
		{"source first", []Doc{
			{ID: "src", Words: words(src)},
			{ID: "wrap", Words: words(wrap)},
			{ID: "src-copy", Words: words(src)},
			{ID: "wrap-copy", Words: words(wrap)},
		}, [2]string{"src", "wrap"}},
		{"copy first", []Doc{
			{ID: "wrap", Words: words(wrap)},
			{ID: "src", Words: words(src)},
			{ID: "wrap-copy", Words: words(wrap)},
			{ID: "src-copy", Words: words(src)},
		}, [2]string{"src", "wrap"}},
	} {
		var want []Group
		for _, order := range permutations(len(tc.docs)) {
			d := NewDeduper(DedupOptions{})
			for _, i := range order {
				d.Add(i, tc.docs[i])
			}
			got := d.Groups()
			if want == nil {
				want = got
			} else if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: adding in order %v (-first order +this):\n%s", tc.name, order, diff)
				continue
			}
			if len(got) != 1 || got[0].Kind != Contained {
				t.Fatalf("%s: groups %+v, want one contained group", tc.name, got)
			}
			// A copy of a verified member is verified: one edge between
			// the classes links every pair, so the group is not chained.
			if got[0].Chained {
				t.Errorf("%s: order %v: a group of two exact classes joined by a verified edge is called chained", tc.name, order)
			}
			for _, e := range got[0].Edges {
				if e.Kind != Contained {
					continue
				}
				a, b := tc.docs[e.A].ID, tc.docs[e.B].ID
				inner, outer := e.ContainmentAB, e.ContainmentBA
				if strings.HasPrefix(a, "wrap") {
					inner, outer = outer, inner
				}
				if inner < 0.99 || outer > 0.6 {
					t.Errorf("%s: order %v: edge %s-%s: containment_ab %.3f, containment_ba %.3f; want the source inside the copy", tc.name, order, a, b, e.ContainmentAB, e.ContainmentBA)
				}
			}
		}
	}
}
