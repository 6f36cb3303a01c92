package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/eval"
)

// sampleEval is an evaluation of events whose figures round to 4 places,
// with ids only one clustering has.
func sampleEval() *Eval {
	return &Eval{Of: "events", Gold: "gold.csv", Threshold: 0.5, Scores: NewEvalScores(eval.Scores{
		Items: 5, PredictedClusters: 3, GoldClusters: 2, BCubedPrecision: 0.123456, BCubedRecall: 1, BCubedF1: 0.2,
		PairPrecision: 0.5, PairRecall: 0.25, PairF1: 1.0 / 3, ARI: -0.05, OnlyPredicted: []string{"x", "y"}, OnlyGold: []string{"z"}})}
}

// TestEvalTable: what was compared and what was left out, then a row of
// figures, or a row per threshold of a sweep; in CSV each row says what
// was compared.
func TestEvalTable(t *testing.T) {
	e := sampleEval()
	want := `events against gold.csv
2 articles not in gold and 1 gold ids not in the dump were left out
┌───────────┬───────┬───────────┬──────┬──────────────┬───────────┬────────┬────────────────┬─────────────┬─────────┬─────────┐
│ threshold │ items │ predicted │ gold │ b3_precision │ b3_recall │ b3_f1  │ pair_precision │ pair_recall │ pair_f1 │   ari   │
├───────────┼───────┼───────────┼──────┼──────────────┼───────────┼────────┼────────────────┼─────────────┼─────────┼─────────┤
│ 0.5000    │ 5     │ 3         │ 2    │ 0.1235       │ 1.0000    │ 0.2000 │ 0.5000         │ 0.2500      │ 0.3333  │ -0.0500 │
└───────────┴───────┴───────────┴──────┴──────────────┴───────────┴────────┴────────────────┴─────────────┴─────────┴─────────┘
`
	if got := render(t, Table, New(nil, e)); got != want {
		t.Errorf("table (-want +got):\n%s", cmp.Diff(want, got))
	}
	e.Sweep = []EvalPoint{{Threshold: 0.4, Scores: e.Scores}, {Threshold: 0.6, Scores: EvalScores{Items: 5}}}
	e.Scores.OnlyPredicted, e.Scores.OnlyGold = nil, nil
	want = `of,gold,threshold,items,predicted,gold,b3_precision,b3_recall,b3_f1,pair_precision,pair_recall,pair_f1,ari
events,gold.csv,0.4000,5,3,2,0.1235,1.0000,0.2000,0.5000,0.2500,0.3333,-0.0500
events,gold.csv,0.6000,5,0,0,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000
`
	if got := render(t, CSV, New(nil, e)); got != want {
		t.Errorf("CSV of a sweep (-want +got):\n%s", cmp.Diff(want, got))
	}
	md := render(t, Markdown, New(nil, e))
	if !strings.HasPrefix(md, "## Evaluation of events against gold.csv\n\n| threshold |") || strings.Contains(md, "left out") {
		t.Errorf("Markdown, one blank line under the heading:\n%s", md)
	}
	e.Scores.OnlyGold = []string{"z"}
	md = render(t, Markdown, New(nil, e))
	if !strings.HasPrefix(md, "## Evaluation of events against gold.csv\n\n0 articles not in gold and 1 gold ids not in the dump were left out\n\n| threshold |") {
		t.Errorf("Markdown with ids left out:\n%s", md)
	}
}

// TestWriteWidth: the table format fits a document's width, leaving out
// the rightmost figures and naming them under the table; Markdown rows
// stay one line whatever the width.
func TestWriteWidth(t *testing.T) {
	d := New(nil, sampleEval())
	d.Width = 60
	want := `events against gold.csv
2 articles not in gold and 1 gold ids not in the dump were left out
┌───────────┬───────┬───────────┬──────┬──────────────┐
│ threshold │ items │ predicted │ gold │ b3_precision │
├───────────┼───────┼───────────┼──────┼──────────────┤
│ 0.5000    │ 5     │ 3         │ 2    │ 0.1235       │
└───────────┴───────┴───────────┴──────┴──────────────┘
(not shown at 60 columns: b3_recall, b3_f1, pair_precision,
pair_recall, pair_f1, ari; COLUMNS=0 or --format csv shows
every column)
`
	if got := render(t, Table, d); got != want {
		t.Errorf("table at 60 columns (-want +got):\n%s", cmp.Diff(want, got))
	}
	d.Width = 0
	wide := render(t, Markdown, d)
	d.Width = 60
	if got := render(t, Markdown, d); got != wide {
		t.Errorf("Markdown at 60 columns differs from Markdown at no bound (-want +got):\n%s", cmp.Diff(wide, got))
	}
}
