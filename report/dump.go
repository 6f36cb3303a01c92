package report

import (
	"slices"
	"strconv"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/pipeline"
)

// Dump is the report of a whole dump, `compare report`: a summary, the
// duplicate groups, the framing of the dump, and each expanded event
// (coverage, framing, passages, quotes, similarity, diffs). It renders as
// a terminal summary, Markdown for a pull request, the compare/v1 JSON and
// one self-contained HTML page.
//
// The terminal summary and the Markdown are bounded, whatever the size of
// the dump: they show the largest of each list and say how many more the
// JSON and the HTML page hold; the Markdown stays within [MarkdownLimit]
// bytes, the size of a GitHub comment.
type Dump struct {
	R *pipeline.ReportResult
	// Generated is when the report was made, written when it is set
	// (compare report --timestamp). Zero leaves it out, so that the same
	// input gives the same bytes.
	Generated time.Time
}

// The bounds of the terminal summary and of the Markdown on the dump's
// lists: past them a line says how many more the JSON and the HTML hold.
const (
	// dumpRows is the most rows of a table of the whole dump (outlets,
	// diagnostic kinds, duplicate groups, shared quotes, events).
	dumpRows = 20
	// terminalEvents is the most expanded events the terminal summary
	// shows a block of; a screenful each, ten is already a long scroll.
	terminalEvents = 10
)

// article returns article i of the dump.
func (d *Dump) article(i int) *corpus.Article { return d.R.Dump[i] }

// id returns the id of article i.
func (d *Dump) id(i int) string { return d.R.Dump[i].ID }

// ids returns the ids of articles ns.
func (d *Dump) ids(ns []int) []string {
	out := make([]string, len(ns))
	for k, n := range ns {
		out[k] = d.id(n)
	}
	return out
}

// day is t as YYYY-MM-DD, or nil when t is zero (no date).
func day(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format("2006-01-02")
	return &s
}

// articleDay is the date of a as YYYY-MM-DD, nil when it has none.
func articleDay(a *corpus.Article) *string {
	if a.DateSource == corpus.DateNone {
		return nil
	}
	return day(a.Date)
}

// percent renders a share in [0, 1] as "62%", "<1%" for a share that would
// round to none but is not, and "–" for a negative share (not measured).
func percent(x float64) string {
	switch {
	case x < 0:
		return "–"
	case x > 0 && x < 0.005:
		return "<1%"
	}
	return strconv.FormatFloat(100*x, 'f', 0, 64) + "%"
}

// grouped returns the events of more than one article and the number of
// singletons.
func (v *dumpView) grouped() (multi []Event, singles int) {
	for _, e := range v.Events {
		if len(e.Articles) > 1 {
			multi = append(multi, e)
		} else {
			singles++
		}
	}
	return multi, singles
}

// outletsOf returns the distinct outlets of articles ns, in order of first
// appearance.
func (d *Dump) outletsOf(ns []int) []string {
	var out []string
	for _, n := range ns {
		if o := d.article(n).Outlet; !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}
