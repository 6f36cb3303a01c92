package report

import (
	"fmt"
	"math"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// DupGroup is the JSON contract's view of a [similarity.Group].
type DupGroup struct {
	Kind         similarity.Kind `json:"kind"`
	Articles     []string        `json:"articles"`
	Original     *string         `json:"original"`
	OriginalNote string          `json:"original_note,omitempty"`
	Chained      bool            `json:"chained"`
	Edges        []DupEdge       `json:"edges"`
}

// DupEdge is one verified duplicate relation; containment_ab is the share of
// a's shingles found in b.
type DupEdge struct {
	A             string          `json:"a"`
	B             string          `json:"b"`
	Kind          similarity.Kind `json:"kind"`
	Jaccard       float64         `json:"jaccard"`
	ContainmentAB float64         `json:"containment_ab"`
	ContainmentBA float64         `json:"containment_ba"`
}

// Explain describes the LSH banding behind a dedup run.
type Explain struct {
	Hashes    int     `json:"hashes"`
	Bands     int     `json:"bands"`
	Rows      int     `json:"rows"`
	Threshold float64 `json:"threshold"`
	// FalsePositive and FalseNegative are the theoretical probability
	// masses of the banding's S-curve below and above the threshold.
	FalsePositive float64   `json:"false_positive"`
	FalseNegative float64   `json:"false_negative"`
	Curve         []CurvePt `json:"curve"`
}

// CurvePt is the probability that a pair of Jaccard similarity S becomes a
// candidate.
type CurvePt struct {
	S float64 `json:"s"`
	P float64 `json:"p"`
}

// Dedup builds the Result of `compare dedup`.
func Dedup(dd *similarity.Deduper, groups []similarity.Group, diags []corpus.Diagnostic) *Result {
	r := &Result{Schema: Schema, Groups: make([]DupGroup, 0, len(groups)), Diagnostics: diagnostics(diags)}
	for _, g := range groups {
		out := DupGroup{Kind: g.Kind, Chained: g.Chained, OriginalNote: g.OriginalNote}
		for _, m := range g.Members {
			out.Articles = append(out.Articles, dd.ID(m))
		}
		if g.Original >= 0 {
			id := dd.ID(g.Original)
			out.Original = &id
		}
		for _, e := range g.Edges {
			out.Edges = append(out.Edges, DupEdge{A: dd.ID(e.A), B: dd.ID(e.B), Kind: e.Kind,
				Jaccard: round4(e.Jaccard), ContainmentAB: round4(e.ContainmentAB), ContainmentBA: round4(e.ContainmentBA)})
		}
		r.Groups = append(r.Groups, out)
	}
	return r
}

// ExplainDedup describes the banding a Deduper uses.
func ExplainDedup(dd *similarity.Deduper) *Explain {
	o, b := dd.Options(), dd.Bands()
	fp, fn := b.Rates(o.Threshold)
	e := &Explain{Hashes: o.Hashes, Bands: b.B, Rows: b.R, Threshold: o.Threshold, FalsePositive: round4(fp), FalseNegative: round4(fn)}
	for _, s := range []float64{0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95} {
		e.Curve = append(e.Curve, CurvePt{S: s, P: round4(b.Prob(s))})
	}
	return e
}

func (e *Explain) lines() []string {
	out := []string{
		fmt.Sprintf("LSH: %d MinHash values in %d bands of %d rows, threshold %.2f", e.Hashes, e.Bands, e.Rows, e.Threshold),
		fmt.Sprintf("theoretical false-positive mass %.4f, false-negative mass %.4f", e.FalsePositive, e.FalseNegative),
	}
	for _, p := range e.Curve {
		out = append(out, fmt.Sprintf("  P(candidate | Jaccard %.2f) = %.4f", p.S, p.P))
	}
	return append(out, "every candidate is then verified on exact shingle sets")
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
