package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/internal/escape"
)

// Eval is the section of `compare eval`, under "eval": the scores of a
// predicted clustering against gold, and optionally across thresholds.
type Eval struct {
	Of        string      `json:"of"` // events or dedup
	Gold      string      `json:"gold"`
	Threshold float64     `json:"threshold"`
	Scores    EvalScores  `json:"scores"`
	Sweep     []EvalPoint `json:"sweep,omitempty"`
}

// EvalPoint is the scores at one threshold of a sweep.
type EvalPoint struct {
	Threshold float64    `json:"threshold"`
	Scores    EvalScores `json:"scores"`
}

// EvalScores is the JSON view of [eval.Scores].
type EvalScores struct {
	Items             int      `json:"items"`
	PredictedClusters int      `json:"predicted_clusters"`
	GoldClusters      int      `json:"gold_clusters"`
	BCubedPrecision   float64  `json:"bcubed_precision"`
	BCubedRecall      float64  `json:"bcubed_recall"`
	BCubedF1          float64  `json:"bcubed_f1"`
	PairPrecision     float64  `json:"pair_precision"`
	PairRecall        float64  `json:"pair_recall"`
	PairF1            float64  `json:"pair_f1"`
	ARI               float64  `json:"ari"`
	OnlyPredicted     []string `json:"only_predicted,omitempty"`
	OnlyGold          []string `json:"only_gold,omitempty"`
}

// NewEvalScores converts s, rounding figures to 4 places.
func NewEvalScores(s eval.Scores) EvalScores {
	return EvalScores{
		Items: s.Items, PredictedClusters: s.PredictedClusters, GoldClusters: s.GoldClusters,
		BCubedPrecision: round4(s.BCubedPrecision), BCubedRecall: round4(s.BCubedRecall), BCubedF1: round4(s.BCubedF1),
		PairPrecision: round4(s.PairPrecision), PairRecall: round4(s.PairRecall), PairF1: round4(s.PairF1),
		ARI: round4(s.ARI), OnlyPredicted: s.OnlyPredicted, OnlyGold: s.OnlyGold,
	}
}

// points returns the rows of an evaluation: the sweep when there is one,
// else the single run.
func (e *Eval) points() []EvalPoint {
	if len(e.Sweep) == 0 {
		return []EvalPoint{{Threshold: e.Threshold, Scores: e.Scores}}
	}
	return e.Sweep
}

func evalFigure(f func(EvalScores) float64) func(EvalPoint) string {
	return func(p EvalPoint) string { return ftoa(f(p.Scores)) }
}

func evalCount(f func(EvalScores) int) func(EvalPoint) string {
	return func(p EvalPoint) string { return strconv.Itoa(f(p.Scores)) }
}

var evalColumns = []column[EvalPoint]{
	{"threshold", func(p EvalPoint) string { return ftoa(p.Threshold) }},
	{"items", evalCount(func(s EvalScores) int { return s.Items })},
	{"predicted", evalCount(func(s EvalScores) int { return s.PredictedClusters })},
	{"gold", evalCount(func(s EvalScores) int { return s.GoldClusters })},
	{"b3_precision", evalFigure(func(s EvalScores) float64 { return s.BCubedPrecision })},
	{"b3_recall", evalFigure(func(s EvalScores) float64 { return s.BCubedRecall })},
	{"b3_f1", evalFigure(func(s EvalScores) float64 { return s.BCubedF1 })},
	{"pair_precision", evalFigure(func(s EvalScores) float64 { return s.PairPrecision })},
	{"pair_recall", evalFigure(func(s EvalScores) float64 { return s.PairRecall })},
	{"pair_f1", evalFigure(func(s EvalScores) float64 { return s.PairF1 })},
	{"ari", evalFigure(func(s EvalScores) float64 { return s.ARI })},
}

// Table writes what was compared, then the figures.
func (e *Eval) Table(w io.Writer, md bool) error {
	if md {
		fmt.Fprintf(w, "## Evaluation of %s against %s\n\n", e.Of, mdEscape(e.Gold))
	} else {
		fmt.Fprintf(w, "%s against %s\n", e.Of, escape.Text(e.Gold))
	}
	s := e.Scores
	if n := len(s.OnlyPredicted) + len(s.OnlyGold); n > 0 {
		fmt.Fprintf(w, "%d articles not in gold and %d gold ids not in the dump were left out\n", len(s.OnlyPredicted), len(s.OnlyGold))
		if md {
			// A blank line sets the table apart from the note; with no
			// note, the heading's own blank line does.
			fmt.Fprintln(w)
		}
	}
	return writeRows(w, md, evalColumns, e.points())
}

// CSV writes the figures, each row led by what was compared.
func (e *Eval) CSV(w *csv.Writer) error {
	cols := append([]column[EvalPoint]{
		{"of", func(EvalPoint) string { return e.Of }},
		{"gold", func(EvalPoint) string { return e.Gold }},
	}, evalColumns...)
	return writeCSVRows(w, cols, e.points())
}

// JSON adds "eval".
func (e *Eval) JSON(o *Object) error { return o.Add("eval", e) }
