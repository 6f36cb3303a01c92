package similarity

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDedupHoldBytes: a shingle set that fills HoldBytes exactly is held;
// one that does not fit is dropped without taking room from the next.
// Missing names the dropped documents of candidate pairs.
func TestDedupHoldBytes(t *testing.T) {
	a := words(text(20, 200))
	b := slices.Clone(a)
	b[100] = "changed"
	big := words(text(21, 400))
	hold := int64(8 * len(Shingles(a, 5, nil)))
	for _, tc := range []struct {
		name string
		docs []Doc
		want []int
	}{
		{"a fills the budget exactly", []Doc{{ID: "a", Words: a}, {ID: "b", Words: b}}, []int{1}},
		{"big does not fit, a does", []Doc{{ID: "big", Words: big}, {ID: "a", Words: a}, {ID: "b", Words: b}}, []int{2}},
	} {
		d := NewDeduper(DedupOptions{HoldBytes: hold})
		for i, x := range tc.docs {
			d.Add(i, x)
		}
		if diff := cmp.Diff(tc.want, d.Missing()); diff != "" {
			t.Errorf("%s: Missing (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestDeduperShingles: the Deduper gives the shingle set of a document it
// holds, the same as Shingles of its words; nil for one it dropped, until
// it is supplied again; nil for an index it never saw.
func TestDeduperShingles(t *testing.T) {
	a := words(text(20, 200))
	b := slices.Clone(a)
	b[100] = "changed"
	canon := func(w string) string { return w + "!" }
	want := Shingles(a, 5, canon)
	d := NewDeduper(DedupOptions{HoldBytes: int64(8 * len(want)), Canon: canon})
	d.Add(0, Doc{ID: "a", Words: a})
	d.Add(1, Doc{ID: "b", Words: b})
	if diff := cmp.Diff(want, d.Shingles(0)); diff != "" {
		t.Errorf("held a (-Shingles +Deduper):\n%s", diff)
	}
	if got := d.Shingles(1); got != nil {
		t.Errorf("b, past HoldBytes, has %d shingles, want nil", len(got))
	}
	d.Missing()
	d.Supply(1, Doc{ID: "b", Words: b})
	if diff := cmp.Diff(Shingles(b, 5, canon), d.Shingles(1)); diff != "" {
		t.Errorf("b supplied (-Shingles +Deduper):\n%s", diff)
	}
	if d.Shingles(2) != nil || d.Shingles(-1) != nil {
		t.Error("shingles of a document never added")
	}
}

// TestDedupEdgeOrder: a group's edges come sorted by A, then B, exact
// edges among the others.
func TestDedupEdgeOrder(t *testing.T) {
	base := words(text(22, 200))
	v0, v3 := slices.Clone(base), slices.Clone(base)
	v0[50], v3[150] = "changed", "altered"
	groups := dedup(DedupOptions{}, []Doc{{ID: "v0", Words: v0}, {ID: "t1", Words: base}, {ID: "t2", Words: base}, {ID: "v3", Words: v3}})
	if len(groups) != 1 {
		t.Fatalf("want one group, got %+v", groups)
	}
	var got []string
	for _, e := range groups[0].Edges {
		got = append(got, fmt.Sprintf("%d-%d %s", e.A, e.B, e.Kind))
	}
	want := []string{"0-1 near", "0-3 near", "1-2 exact", "1-3 near"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

// TestDedupLargeGroup: every pair of a group of up to 2000 members is
// checked for a chain; a larger group says it is chained.
func TestDedupLargeGroup(t *testing.T) {
	x := words(text(23, 30))
	for _, tc := range []struct {
		n       int
		chained bool
	}{{2000, false}, {2001, true}} {
		docs := make([]Doc, tc.n)
		for i := range docs {
			docs[i] = Doc{ID: fmt.Sprint(i), Words: x}
		}
		groups := dedup(DedupOptions{}, docs)
		if len(groups) != 1 || len(groups[0].Members) != tc.n || groups[0].Chained != tc.chained {
			t.Errorf("%d copies: %d groups, want one of them all with Chained %v", tc.n, len(groups), tc.chained)
		}
	}
}

// TestDedupOriginalUndated: the earliest dated member is the original,
// and the note counts the undated ones.
func TestDedupOriginalUndated(t *testing.T) {
	x := words(text(24, 100))
	groups := dedup(DedupOptions{}, []Doc{{ID: "p", Words: x}, {ID: "q", Date: day("2025-03-02"), Words: x}, {ID: "r", Date: day("2025-03-01"), Words: x}, {ID: "s", Words: x}})
	if len(groups) != 1 || groups[0].Original != 2 || groups[0].OriginalNote != "earliest of the dated members; 2 undated" {
		t.Errorf("got %+v", groups)
	}
}

// TestDedupNothing: no documents, or none with words, make no groups.
func TestDedupNothing(t *testing.T) {
	if g := dedup(DedupOptions{}, nil); len(g) != 0 {
		t.Errorf("no documents: %+v", g)
	}
	if g := dedup(DedupOptions{}, []Doc{{ID: "a"}, {ID: "b", Words: []string{}}}); len(g) != 0 {
		t.Errorf("no words: %+v", g)
	}
}

// extendSampled appends n words to ws, each chosen so that the shingle of
// 5 words it ends is in the containment sample (sampled) or not.
func extendSampled(ws []string, tag string, n int, sampled bool) []string {
	for k := 0; n > 0; k++ {
		next := append(ws, fmt.Sprintf("%s%d", tag, k))
		if len(next) < 5 {
			ws, n = next, n-1
			continue
		}
		h := NGramHashes(next[len(next)-5:], 5)[0]
		if (h%containSampleRate == 0) == sampled {
			ws, n = next, n-1
		}
	}
	return ws
}

// TestDedupContainedBySample: a quotation of 12 shingles inside an article
// 50 times longer is found as contained when its shingles are in the
// containment sample, though their Jaccard is far out of LSH's reach.
func TestDedupContainedBySample(t *testing.T) {
	quote := extendSampled(nil, "q", 16, true) // 12 shingles, all sampled
	article := extendSampled(nil, "a", 300, false)
	article = extendSampled(append(article, quote...), "b", 300, false)
	groups := dedup(DedupOptions{}, []Doc{{ID: "article", Words: article}, {ID: "quote", Words: quote}})
	if len(groups) != 1 || groups[0].Kind != Contained {
		t.Errorf("got %+v, want the quote contained in the article", groups)
	}
}
