package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/escape"
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

// Pair is the section of `compare similarity`, under "pair": the scores of
// two articles.
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

// NewPair returns the section of the scores s of a and b.
func NewPair(a, b *corpus.Article, s similarity.PairScores) *Pair {
	return &Pair{
		A:      Side{ID: a.ID, Outlet: a.Outlet, Title: a.Title},
		B:      Side{ID: b.ID, Outlet: b.Outlet, Title: b.Title},
		Scores: ScoresOf(s),
	}
}

// scoreColumns are the columns of scores, named as in the JSON; no scores
// or no title make an empty cell.
var scoreColumns = []column[*Scores]{
	{"jaccard", scoreCell(func(s *Scores) float64 { return s.Jaccard })},
	{"containment", scoreCell(func(s *Scores) float64 { return s.Containment })},
	{"containment_ab", scoreCell(func(s *Scores) float64 { return s.ContainmentAB })},
	{"containment_ba", scoreCell(func(s *Scores) float64 { return s.ContainmentBA })},
	{"minhash", scoreCell(func(s *Scores) float64 { return s.MinHash })},
	{"cosine", scoreCell(func(s *Scores) float64 { return s.Cosine })},
	{"title", func(s *Scores) string {
		if s == nil || s.Title == nil {
			return ""
		}
		return ftoa(*s.Title)
	}},
	{"combined", scoreCell(func(s *Scores) float64 { return s.Combined })},
}

func scoreCell(f func(*Scores) float64) func(*Scores) string {
	return func(s *Scores) string {
		if s == nil {
			return ""
		}
		return ftoa(f(s))
	}
}

// scoreColumn returns the score column named.
func scoreColumn(name string) column[*Scores] {
	i := slices.IndexFunc(scoreColumns, func(c column[*Scores]) bool { return c.name == name })
	if i < 0 {
		panic("report: no score column " + name)
	}
	return scoreColumns[i]
}

// scoresOf returns the score columns named, in that order, as columns of
// items whose scores of returns.
func scoresOf[T any](of func(T) *Scores, names ...string) []column[T] {
	out := make([]column[T], len(names))
	for i, n := range names {
		cell := scoreColumn(n).cell
		out[i] = column[T]{n, func(x T) string { return cell(of(x)) }}
	}
	return out
}

var pairCSV = append([]column[*Pair]{
	{"a", func(p *Pair) string { return p.A.ID }},
	{"b", func(p *Pair) string { return p.B.ID }},
}, scoresOf(func(p *Pair) *Scores { return &p.Scores },
	"jaccard", "containment_ab", "containment_ba", "minhash", "cosine", "title", "combined")...)

// scoreRow is a row of the table of one pair: a score, its value and what
// it measures.
type scoreRow struct{ label, value, meaning string }

var scoreRowColumns = []column[scoreRow]{
	{"score", func(r scoreRow) string { return r.label }},
	{"value", func(r scoreRow) string { return r.value }},
	{"meaning", func(r scoreRow) string { return r.meaning }},
}

// pairMeanings are the rows of the table of one pair, by score column.
var pairMeanings = []struct{ column, label, meaning string }{
	{"jaccard", "jaccard", "shared word 5-grams over all of them"},
	{"containment_ab", "containment a in b", "share of A's 5-grams found in B"},
	{"containment_ba", "containment b in a", "share of B's 5-grams found in A"},
	{"minhash", "minhash", "MinHash estimate of jaccard"},
	{"cosine", "cosine", "TF-IDF cosine of content words"},
	{"title", "title", "similarity of the titles"},
	{"combined", "combined", "strongest text evidence, lifted by the title"},
}

// Table writes the scores as rows of a score, its value and its meaning,
// then the shared passages when there are any.
func (p *Pair) Table(w io.Writer, md bool) error {
	if md {
		fmt.Fprintf(w, "## Similarity of %s and %s\n\n", mdEscape(p.A.ID), mdEscape(p.B.ID))
	} else {
		fmt.Fprintf(w, "A: %s (%s)\nB: %s (%s)\n", escape.Text(p.A.ID), escape.Text(p.A.Outlet), escape.Text(p.B.ID), escape.Text(p.B.Outlet))
	}
	rows := make([]scoreRow, len(pairMeanings))
	for i, m := range pairMeanings {
		value := scoreColumn(m.column).cell(&p.Scores)
		if value == "" {
			value = "n/a" // no title
		}
		rows[i] = scoreRow{m.label, value, m.meaning}
	}
	if err := writeRows(w, md, scoreRowColumns, rows); err != nil {
		return err
	}
	if len(p.Shared) > 0 {
		fmt.Fprintf(w, "\nshared passages (%d):\n", len(p.Shared))
		for i, s := range p.Shared {
			fmt.Fprintf(w, "%d. %s\n", i+1, s)
		}
	}
	return nil
}

// CSV writes a header and one row of the scores.
func (p *Pair) CSV(w *csv.Writer) error { return writeCSVRows(w, pairCSV, []*Pair{p}) }

// JSON adds "pair".
func (p *Pair) JSON(o *Object) error { return o.Add("pair", p) }
