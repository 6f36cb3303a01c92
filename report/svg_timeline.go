package report

import (
	"fmt"
	"strconv"
	"time"

	"github.com/newsfold/compare/pipeline"
)

// The timeline's rules. A bar is the articles of one outlet in one bin: a
// day, a week (Monday to Sunday), a month or a year, the finest of these
// that cuts the dump's dates into at most timelineBins bins, so that a bar
// stays wide enough to see and to point at. A row is an outlet: the
// timelineOutlets outlets with the most articles each have one, and the
// others share a last row (when there is one outlet
// more, it gets its own row rather than a row of "others" of one). Above
// them a row sums every outlet, on a scale of its own; the outlets' rows
// share one scale, so that their bars compare. A row's label ends with its
// dated articles: "Reuters (40)", "12 other outlets (85)".
const (
	timelineBins    = 150
	timelineOutlets = 8
)

// Geometry of the timeline, in the units of its viewBox (one unit is a
// CSS pixel at the plot's natural width).
const (
	tlWidth    = 960
	tlLabelW   = 190 // the outlets' names, right-aligned before the plot
	tlTotalH   = 44
	tlRowH     = 22
	tlGap      = 6
	tlTop      = 8
	tlAxisH    = 30
	tlMaxTicks = 8
	tlLabelLen = 28 // characters of an outlet's name before "…"
)

// binUnit is the span of one bar of the timeline.
type binUnit int

const (
	binDay binUnit = iota
	binWeek
	binMonth
	binYear
)

func (u binUnit) String() string {
	return [...]string{"day", "week", "month", "year"}[u]
}

// start returns the first day of the bin holding t (a UTC midnight).
func (u binUnit) start(t time.Time) time.Time {
	y, m, d := t.Date()
	switch u {
	case binWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
	case binMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case binYear:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// next returns the first day of the bin after the one starting at t.
func (u binUnit) next(t time.Time) time.Time {
	switch u {
	case binWeek:
		return t.AddDate(0, 0, 7)
	case binMonth:
		return t.AddDate(0, 1, 0)
	case binYear:
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 0, 1)
}

// bins returns the first days of the bins from first to last, inclusive.
func (u binUnit) bins(first, last time.Time) []time.Time {
	var out []time.Time
	for t := u.start(first); !t.After(last); t = u.next(t) {
		out = append(out, t)
	}
	return out
}

// label names the bin starting at t in a tick or a tooltip.
func (u binUnit) label(t time.Time) string {
	switch u {
	case binMonth:
		return t.Format("Jan 2006")
	case binYear:
		return t.Format("2006")
	}
	return t.Format("2 Jan 2006")
}

// tip names the bin starting at t in a sentence: "on 2 Dec 2025", "in the
// week of 1 Dec 2025".
func (u binUnit) tip(t time.Time) string {
	switch u {
	case binWeek:
		return "in the week of " + u.label(t)
	case binDay:
		return "on " + u.label(t)
	}
	return "in " + u.label(t)
}

// timelineUnit returns the finest unit that cuts first..last into at most
// timelineBins bins.
func timelineUnit(first, last time.Time) binUnit {
	for _, u := range []binUnit{binDay, binWeek, binMonth} {
		if len(u.bins(first, last)) <= timelineBins {
			return u
		}
	}
	return binYear
}

// svgTimeline is the timeline as [svgFragments] draw it.
type svgTimeline struct {
	ID, Title, Desc string
	W, H            int
	X0, X1          string // the plot's left and right edges
	AxisY           string
	Rows            []svgTLRow
	Ticks           []svgTick
	// Unit is the span of a bar, and Rule the sentence that says how the
	// bins and rows were chosen, for the page's caption.
	Unit, Rule string
}

type svgTLRow struct {
	Label, Full    string
	LabelX, LabelY string
	Base           string // the row's baseline
	Total          bool
	Bars           []svgBar
}

type svgBar struct {
	X, Y, W, H string
	Tip        string
}

type svgTick struct {
	X, Y2, TextY string
	Label        string
}

// tlSeries is one row of the timeline before it is drawn.
type tlSeries struct {
	name     string // as the tooltips say it
	label    string // as the row's label says it
	articles int
	counts   []int // by bin
}

// newTimeline draws the articles per bin of each outlet of r, or returns
// nil when no article is dated.
func newTimeline(r *pipeline.ReportResult) *svgTimeline {
	if len(r.Timeline) == 0 {
		return nil
	}
	first, last := r.Timeline[0].Day, r.Timeline[0].Day
	for _, c := range r.Timeline {
		if c.Day.Before(first) {
			first = c.Day
		}
		if c.Day.After(last) {
			last = c.Day
		}
	}
	unit := timelineUnit(first, last)
	starts := unit.bins(first, last)
	binOf := func(day time.Time) int {
		s := unit.start(day)
		lo, hi := 0, len(starts)
		for lo < hi { // the bin whose start is s
			m := (lo + hi) / 2
			if starts[m].Before(s) {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}

	// Rows: the top outlets, then the others summed.
	shown := len(r.Outlets)
	if shown > timelineOutlets+1 {
		shown = timelineOutlets
	}
	row := map[string]int{}
	var series []tlSeries
	for i, o := range r.Outlets {
		if i < shown {
			row[o.Name] = len(series)
			name := o.Name
			series = append(series, tlSeries{name: name, label: name, articles: o.Articles, counts: make([]int, len(starts))})
		}
	}
	other := -1
	if shown < len(r.Outlets) {
		other = len(series)
		n := len(r.Outlets) - shown
		label := fmt.Sprintf("%d other outlets", n)
		series = append(series, tlSeries{name: "the " + label, label: label, counts: make([]int, len(starts))})
	}
	total := tlSeries{name: "all outlets", label: "all outlets", counts: make([]int, len(starts))}
	for _, c := range r.Timeline {
		b := binOf(c.Day)
		total.counts[b] += c.Articles
		total.articles += c.Articles
		k, ok := row[c.Outlet]
		if !ok {
			k = other
		}
		if k >= 0 {
			series[k].counts[b] += c.Articles
			if k == other {
				series[k].articles += c.Articles
			}
		}
	}

	tl := &svgTimeline{ID: "timeline", W: tlWidth, Unit: unit.String()}
	x0, x1 := float64(tlLabelW), float64(tlWidth-40) // room for the last tick's label
	tl.X0, tl.X1 = svgNum(x0), svgNum(x1)
	step := (x1 - x0) / float64(len(starts))
	gap := 0.0
	if step >= 4 {
		gap = 1
	}
	maxOf := func(ss []tlSeries) int {
		m := 0
		for _, s := range ss {
			for _, n := range s.counts {
				m = max(m, n)
			}
		}
		return m
	}
	outletMax := maxOf(series)
	y := float64(tlTop)
	draw := func(s tlSeries, h float64, top int, isTotal bool) {
		base := y + h
		r := svgTLRow{Label: svgLabel(s.label, tlLabelLen) + " (" + strconv.Itoa(s.articles) + ")", Full: fmt.Sprintf("%s: %d dated articles", s.name, s.articles),
			LabelX: svgNum(x0 - 8), LabelY: svgNum(base - 4), Base: svgNum(base), Total: isTotal}
		for b, n := range s.counts {
			if n == 0 {
				continue
			}
			bh := max(h*float64(n)/float64(top), 1.5)
			r.Bars = append(r.Bars, svgBar{X: svgNum(x0 + float64(b)*step), Y: svgNum(base - bh), W: svgNum(max(step-gap, 0.8)), H: svgNum(bh),
				Tip: fmt.Sprintf("%s, %s: %s", s.name, unit.tip(starts[b]), plural(n, "article"))})
		}
		tl.Rows = append(tl.Rows, r)
		y = base + tlGap
	}
	multi := len(series) > 1
	if multi {
		draw(total, tlTotalH, maxOf([]tlSeries{total}), true)
	}
	for _, s := range series {
		draw(s, tlRowH, outletMax, false)
	}
	tl.AxisY = svgNum(y)
	every := (len(starts) + tlMaxTicks - 1) / tlMaxTicks
	for b := 0; b < len(starts); b += every {
		x := x0 + (float64(b)+0.5)*step
		tl.Ticks = append(tl.Ticks, svgTick{X: svgNum(x), Y2: svgNum(y + 4), TextY: svgNum(y + 17), Label: unit.label(starts[b])})
	}
	tl.H = int(y) + tlAxisH - 8

	// Words for those who cannot see it.
	tl.Title = fmt.Sprintf("Articles per %s by outlet, %s to %s", unit, unit.label(starts[0]), unit.label(starts[len(starts)-1]))
	peak, peakAt := 0, 0
	for b, n := range total.counts {
		if n > peak {
			peak, peakAt = n, b
		}
	}
	rows := fmt.Sprintf("%d outlets, a row each", len(r.Outlets))
	if other >= 0 {
		rows = fmt.Sprintf("the %d outlets with the most articles, a row each, and the other %d summed in a last row", shown, len(r.Outlets)-shown)
	}
	if multi {
		rows = "a first row sums every outlet; then " + rows
	}
	tl.Desc = fmt.Sprintf("Bars of dated articles per %s, %d %ss from %s to %s: %s. The busiest %s is %s, with %s; the outlets' rows share one scale, whose tallest bar is %s.",
		unit, len(starts), unit, unit.label(starts[0]), unit.label(starts[len(starts)-1]), rows, unit, unit.label(starts[peakAt]), plural(peak, "article"), plural(outletMax, "article"))
	tl.Rule = fmt.Sprintf("A bar is a %s: the finest of day, week (Monday to Sunday), month and year that cuts the span into at most %d bars. Each of the %d outlets with the most articles has a row, and the others share a last one (one outlet left over keeps its own). Undated articles are not drawn.",
		unit, timelineBins, timelineOutlets)
	return tl
}
