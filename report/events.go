package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/event"
)

// Event is the JSON contract's view of an [event.Event]: every input
// article is in exactly one event, a singleton being an event of one.
type Event struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Terms    []string `json:"terms"`
	Start    *string  `json:"start"`
	End      *string  `json:"end"`
	Outlets  []string `json:"outlets"`
	Articles []string `json:"articles"`
	// Duplicates are the groups of copies of one text inside the event.
	Duplicates [][]string `json:"duplicates,omitempty"`
}

// Events builds the Result of `compare events`; id names article i.
func Events(evs []event.Event, id func(i int) string, diags []corpus.Diagnostic) *Result {
	r := &Result{Schema: Schema, Events: make([]Event, 0, len(evs)), Diagnostics: diagnostics(diags)}
	ids := func(ms []int) []string {
		out := make([]string, len(ms))
		for k, m := range ms {
			out[k] = id(m)
		}
		return out
	}
	for _, e := range evs {
		out := Event{ID: e.ID, Label: e.Label, Terms: e.Terms, Articles: ids(e.Members), Outlets: []string{}}
		if out.Terms == nil {
			out.Terms = []string{}
		}
		if !e.Start.IsZero() {
			s, t := e.Start.Format("2006-01-02"), e.End.Format("2006-01-02")
			out.Start, out.End = &s, &t
		}
		for _, o := range e.Outlets {
			out.Outlets = append(out.Outlets, o.Outlet)
		}
		for _, d := range e.Duplicates {
			out.Duplicates = append(out.Duplicates, ids(d))
		}
		r.Events = append(r.Events, out)
	}
	return r
}

// Eval is the result of `compare eval`: the scores of a predicted
// clustering against gold, and optionally across thresholds.
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

var evalHeader = []string{"threshold", "items", "predicted", "gold", "b3_precision", "b3_recall", "b3_f1", "pair_precision", "pair_recall", "pair_f1", "ari"}

func evalRow(t float64, s EvalScores) []string {
	return []string{ftoa(t), strconv.Itoa(s.Items), strconv.Itoa(s.PredictedClusters), strconv.Itoa(s.GoldClusters),
		ftoa(s.BCubedPrecision), ftoa(s.BCubedRecall), ftoa(s.BCubedF1), ftoa(s.PairPrecision), ftoa(s.PairRecall), ftoa(s.PairF1), ftoa(s.ARI)}
}

// evalRows returns the rows of an evaluation: the sweep when there is one,
// else the single run.
func (e *Eval) rows() [][]string {
	if len(e.Sweep) == 0 {
		return [][]string{evalRow(e.Threshold, e.Scores)}
	}
	var out [][]string
	for _, p := range e.Sweep {
		out = append(out, evalRow(p.Threshold, p.Scores))
	}
	return out
}

// appendRow appends cells to t, escaped for Markdown when md.
func appendRow(t *tablewriter.Table, md bool, cells []string) error {
	if md {
		mdRow(cells)
	}
	return t.Append(cells)
}

func newTable(w io.Writer, md bool) *tablewriter.Table {
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	}
	if md {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	}
	return tablewriter.NewTable(w, opts...)
}

// writeEval renders an evaluation: what was compared, then the figures.
func writeEval(w io.Writer, e *Eval, md bool) error {
	if md {
		fmt.Fprintf(w, "## Evaluation of %s against %s\n\n", e.Of, mdEscape(e.Gold))
	} else {
		fmt.Fprintf(w, "%s against %s\n", e.Of, e.Gold)
	}
	s := e.Scores
	if n := len(s.OnlyPredicted) + len(s.OnlyGold); n > 0 {
		fmt.Fprintf(w, "%d articles not in gold and %d gold ids not in the dump were left out\n", len(s.OnlyPredicted), len(s.OnlyGold))
	}
	if md {
		fmt.Fprintln(w)
	}
	t := newTable(w, md)
	t.Header(evalHeader)
	for _, row := range e.rows() {
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// writeEvents renders the events of more than one article, then the
// singletons.
func writeEvents(w io.Writer, r *Result, md bool) error {
	var multi, single []Event
	for _, e := range r.Events {
		if len(e.Articles) > 1 {
			multi = append(multi, e)
		} else {
			single = append(single, e)
		}
	}
	if md {
		fmt.Fprintf(w, "## Events (%d of more than one article)\n\n", len(multi))
	}
	if len(multi) == 0 {
		fmt.Fprintln(w, "no event has more than one article")
	} else {
		t := newTable(w, md)
		t.Header("event", "start", "end", "articles", "label", "ids")
		for _, e := range multi {
			ids := strings.Join(e.Articles, " ")
			if !md {
				ids = clip(ids, 60)
			}
			cells := []string{e.ID, deref(e.Start), deref(e.End), strconv.Itoa(len(e.Articles)), e.Label, ids}
			if err := appendRow(t, md, cells); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	if md {
		fmt.Fprintf(w, "## Singletons (%d)\n\n", len(single))
	} else {
		fmt.Fprintf(w, "singletons (%d):\n", len(single))
	}
	if len(single) == 0 {
		return nil
	}
	t := newTable(w, md)
	t.Header("event", "date", "article", "label")
	for _, e := range single {
		cells := []string{e.ID, deref(e.Start), e.Articles[0], e.Label}
		if err := appendRow(t, md, cells); err != nil {
			return err
		}
	}
	return t.Render()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// writeEventsCSV writes one row per article of each event.
func writeEventsCSV(w csvWriter, r *Result) error {
	if err := w.Write([]string{"event", "label", "start", "end", "articles", "article"}); err != nil {
		return err
	}
	for _, e := range r.Events {
		for _, a := range e.Articles {
			if err := w.Write([]string{e.ID, e.Label, deref(e.Start), deref(e.End), strconv.Itoa(len(e.Articles)), a}); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeEvalCSV writes the evaluation rows.
func writeEvalCSV(w csvWriter, e *Eval) error {
	if err := w.Write(append([]string{"of", "gold"}, evalHeader...)); err != nil {
		return err
	}
	for _, row := range e.rows() {
		if err := w.Write(append([]string{e.Of, e.Gold}, row...)); err != nil {
			return err
		}
	}
	return nil
}

// csvWriter is what the CSV writers need of encoding/csv.Writer.
type csvWriter interface{ Write([]string) error }
