package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// Side names one article of a pair.
type Side struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
}

// Scores is the JSON contract's view of [similarity.PairScores], the
// "similarity" object of `compare pairs` lines too.
type Scores struct {
	Jaccard       float64  `json:"jaccard"`
	Containment   float64  `json:"containment"` // the larger of the two directions
	ContainmentAB float64  `json:"containment_ab"`
	ContainmentBA float64  `json:"containment_ba"`
	MinHash       float64  `json:"minhash"`
	Cosine        float64  `json:"cosine"`
	Title         *float64 `json:"title"` // null when a title is missing
	Combined      float64  `json:"combined"`
}

// Pair is the result of `compare similarity`.
type Pair struct {
	A      Side     `json:"a"`
	B      Side     `json:"b"`
	Scores Scores   `json:"scores"`
	Shared []string `json:"shared,omitempty"` // with --explain: passages both carry
}

// ScoresOf rounds and names the scores of a pair.
func ScoresOf(s similarity.PairScores) Scores {
	out := Scores{Jaccard: round4(s.Jaccard), Containment: round4(max(s.ContainmentAB, s.ContainmentBA)),
		ContainmentAB: round4(s.ContainmentAB), ContainmentBA: round4(s.ContainmentBA), MinHash: round4(s.Estimate),
		Cosine: round4(s.Cosine), Combined: round4(s.Combined)}
	if s.HasTitle {
		t := round4(s.Title)
		out.Title = &t
	}
	return out
}

// Similarity builds the Result of `compare similarity`.
func Similarity(a, b *corpus.Article, s similarity.PairScores, diags []corpus.Diagnostic) *Result {
	return &Result{Schema: Schema, Diagnostics: diagnostics(diags), Pair: &Pair{
		A:      Side{ID: a.ID, Outlet: a.Outlet, Title: a.Title},
		B:      Side{ID: b.ID, Outlet: b.Outlet, Title: b.Title},
		Scores: ScoresOf(s),
	}}
}

// writePair renders one pair's scores as a two-column table.
func writePair(w io.Writer, p *Pair, md bool) error {
	if md {
		fmt.Fprintf(w, "## Similarity of %s and %s\n\n", mdEscape(p.A.ID), mdEscape(p.B.ID))
	} else {
		fmt.Fprintf(w, "A: %s (%s)\nB: %s (%s)\n", p.A.ID, p.A.Outlet, p.B.ID, p.B.Outlet)
	}
	t := newTable(w, md)
	t.Header("score", "value", "meaning")
	s := p.Scores
	title := "n/a"
	if s.Title != nil {
		title = ftoa(*s.Title)
	}
	rows := [][]string{
		{"jaccard", ftoa(s.Jaccard), "shared word 5-grams over all of them"},
		{"containment a in b", ftoa(s.ContainmentAB), "share of A's 5-grams found in B"},
		{"containment b in a", ftoa(s.ContainmentBA), "share of B's 5-grams found in A"},
		{"minhash", ftoa(s.MinHash), "MinHash estimate of jaccard"},
		{"cosine", ftoa(s.Cosine), "TF-IDF cosine of content words"},
		{"title", title, "similarity of the titles"},
		{"combined", ftoa(s.Combined), "strongest text evidence, lifted by the title"},
	}
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	if len(p.Shared) > 0 {
		fmt.Fprintf(w, "\nshared passages (%d):\n", len(p.Shared))
		for i, s := range p.Shared {
			fmt.Fprintf(w, "%s. %s\n", strconv.Itoa(i+1), s)
		}
	}
	return nil
}
