package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsfold/compare/pipeline"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestTimelineUnit(t *testing.T) {
	for _, c := range []struct {
		first, last string
		want        binUnit
		bins        int
		reason      string
	}{
		{"2025-12-02", "2025-12-02", binDay, 1, "one day"},
		{"2025-12-02", "2025-12-16", binDay, 15, "the seeds: two weeks, a bar a day"},
		{"2025-01-01", "2025-05-30", binDay, 150, "150 days is the most bars"},
		{"2025-01-01", "2025-05-31", binWeek, 22, "151 days: weeks, Monday 30 Dec 2024 to Monday 26 May"},
		{"2023-01-02", "2025-11-16", binWeek, 150, "150 weeks"},
		{"2010-02-20", "2014-12-19", binMonth, 59, "BASIL: five years, months"},
		{"1990-01-01", "2025-12-31", binYear, 36, "36 years"},
	} {
		first, last := date(c.first), date(c.last)
		u := timelineUnit(first, last)
		if u != c.want || len(u.bins(first, last)) != c.bins {
			t.Errorf("%s (%s to %s): %d bars of a %s, want %d of a %s", c.reason, c.first, c.last, len(u.bins(first, last)), u, c.bins, c.want)
		}
	}
	// A week starts on Monday.
	if got := binWeek.start(date("2025-12-07")); !got.Equal(date("2025-12-01")) {
		t.Errorf("the week of Sunday 7 Dec 2025 starts %s", got.Format(time.DateOnly))
	}
	if got := binWeek.start(date("2025-12-08")); !got.Equal(date("2025-12-08")) {
		t.Errorf("the week of Monday 8 Dec 2025 starts %s", got.Format(time.DateOnly))
	}
}

// timelineReport is a report of n outlets, outlet k having k+1 articles on
// each of days days from 1 Mar 2025.
func timelineReport(n, days int) *pipeline.ReportResult {
	r := &pipeline.ReportResult{Result: &pipeline.Result{}}
	for k := n - 1; k >= 0; k-- {
		name := fmt.Sprintf("outlet %02d", k)
		r.Outlets = append(r.Outlets, pipeline.ReportOutlet{Name: name, Articles: (k + 1) * days})
	}
	for d := range days {
		for k := range n {
			r.Timeline = append(r.Timeline, pipeline.DayCount{Day: date("2025-03-01").AddDate(0, 0, d), Outlet: fmt.Sprintf("outlet %02d", k), Articles: k + 1})
		}
	}
	return r
}

func TestTimelineRows(t *testing.T) {
	for _, c := range []struct {
		outlets int
		labels  []string
	}{
		{1, []string{"outlet 00 (2)"}},
		{2, []string{"all outlets (6)", "outlet 01 (4)", "outlet 00 (2)"}},
		{9, []string{"all outlets (90)", "outlet 08 (18)", "outlet 07 (16)", "outlet 06 (14)", "outlet 05 (12)", "outlet 04 (10)", "outlet 03 (8)", "outlet 02 (6)", "outlet 01 (4)", "outlet 00 (2)"}},
		{12, []string{"all outlets (156)", "outlet 11 (24)", "outlet 10 (22)", "outlet 09 (20)", "outlet 08 (18)", "outlet 07 (16)", "outlet 06 (14)", "outlet 05 (12)", "outlet 04 (10)", "4 other outlets (20)"}},
	} {
		tl := newTimeline(timelineReport(c.outlets, 2))
		var labels []string
		for _, r := range tl.Rows {
			labels = append(labels, r.Label)
		}
		if strings.Join(labels, "|") != strings.Join(c.labels, "|") {
			t.Errorf("%d outlets: rows %q, want %q", c.outlets, labels, c.labels)
		}
	}
	tl := newTimeline(timelineReport(12, 2))
	// Two days: a bar each, in every row; the other outlets' bar says
	// how many articles it sums.
	for _, r := range tl.Rows {
		if len(r.Bars) != 2 {
			t.Errorf("row %q has %d bars, want 2", r.Label, len(r.Bars))
		}
	}
	if got, want := tl.Rows[len(tl.Rows)-1].Bars[1].Tip, "the 4 other outlets, on 2 Mar 2025: 10 articles"; got != want {
		t.Errorf("tooltip %q, want %q", got, want)
	}
	if got := tl.Rows[1].Bars[0].H; got != svgNum(tlRowH) {
		t.Errorf("the tallest outlet bar is %s high, want the row's %d", got, tlRowH)
	}
	if !strings.Contains(tl.Desc, "the 8 outlets with the most articles, a row each, and the other 4 summed") {
		t.Errorf("description %q does not say how rows were chosen", tl.Desc)
	}
	if newTimeline(&pipeline.ReportResult{Result: &pipeline.Result{}}) != nil {
		t.Error("a timeline of no dated article")
	}
}

func TestHeatmap(t *testing.T) {
	arts := []hmArticle{{1, "a", "Reuters"}, {2, "b<script>", "AP"}, {3, "c", "Very Long Outlet Name Of Many Words"}}
	sim := [][]float64{{1, 0.25, 0.8}, {0.25, 1, 0}, {0.8, 0, 1}}
	h := newHeatmap("e1-hm", "e1", arts, sim)
	if len(h.Cells) != 9 {
		t.Fatalf("%d cells, want 9", len(h.Cells))
	}
	// Row-major; the value written in the cell, its shade its opacity.
	for k, want := range []struct{ text, opacity string }{{"1", "1.00"}, {"0.25", "0.29"}, {"0.80", "0.81"}, {"0.25", "0.29"}, {"1", "1.00"}, {"0.00", "0.06"}} {
		if c := h.Cells[k]; c.Text != want.text || c.Opacity != want.opacity {
			t.Errorf("cell %d: %q at opacity %s, want %q at %s", k, c.Text, c.Opacity, want.text, want.opacity)
		}
	}
	if got, want := h.Cells[2].Tip, "#1 Reuters and #3 Very Long Outlet Name Of Many Words: 0.80"; got != want {
		t.Errorf("tooltip %q, want %q", got, want)
	}
	if got := h.RowLabels[2].Label; got != "#3 Very Long Outlet N…" {
		t.Errorf("long label %q", got)
	}
	if !strings.Contains(h.Desc, "The most similar pair is #1 and #3, at 0.80.") {
		t.Errorf("description %q does not name the most similar pair", h.Desc)
	}
	var b bytes.Buffer
	if err := dumpTemplate.ExecuteTemplate(&b, "svg-heatmap", h); err != nil {
		t.Fatal(err)
	}
	doc := parseHTML(t, b.Bytes())
	if n := len(elements(doc, "rect")); n != 9 {
		t.Errorf("%d rects drawn, want 9", n)
	}
	if strings.Contains(b.String(), "b<script>") || !strings.Contains(b.String(), "b&lt;script&gt;") {
		t.Error("an id not escaped in the plot")
	}
	for _, n := range [][][]float64{nil, {{1}}} {
		if newHeatmap("x", "e", arts[:len(n)], n) != nil {
			t.Errorf("a heat-map of %d articles", len(n))
		}
	}
}
