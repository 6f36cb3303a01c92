package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/similarity"
)

// TestPairTable: a row per score with what it measures, "n/a" for the
// title of an article without one, then the shared passages numbered
// from 1 when asked for.
func TestPairTable(t *testing.T) {
	s := ScoresOf(similarity.PairScores{Jaccard: 0.5, ContainmentAB: 0.75, ContainmentBA: 0.25, Estimate: 0.5, Cosine: 0.9, Combined: 0.8})
	p := &Pair{A: Side{ID: "a1", Outlet: "A"}, B: Side{ID: "b1", Outlet: "B"}, Scores: s, Shared: []string{"first passage", "second"}}
	want := `A: a1 (A)
B: b1 (B)
┌────────────────────┬────────┬──────────────────────────────────────────────┐
│       score        │ value  │                   meaning                    │
├────────────────────┼────────┼──────────────────────────────────────────────┤
│ jaccard            │ 0.5000 │ shared word 5-grams over all of them         │
│ containment a in b │ 0.7500 │ share of A's 5-grams found in B              │
│ containment b in a │ 0.2500 │ share of B's 5-grams found in A              │
│ minhash            │ 0.5000 │ MinHash estimate of jaccard                  │
│ cosine             │ 0.9000 │ TF-IDF cosine of content words               │
│ title              │ n/a    │ similarity of the titles                     │
│ combined           │ 0.8000 │ strongest text evidence, lifted by the title │
└────────────────────┴────────┴──────────────────────────────────────────────┘

shared passages (2):
1. first passage
2. second
`
	if got := render(t, Table, New(nil, p)); got != want {
		t.Errorf("(-want +got):\n%s", cmp.Diff(want, got))
	}
	p.Scores = ScoresOf(similarity.PairScores{HasTitle: true, Title: 0.123456})
	p.Shared = nil
	got := render(t, Markdown, New(nil, p))
	if !strings.HasPrefix(got, "## Similarity of a1 and b1\n\n") || !strings.Contains(got, "| title              | 0.1235 |") || strings.Contains(got, "shared passages") {
		t.Errorf("Markdown with a title and no passages:\n%s", got)
	}
}
