package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
)

// pageEvent is one expanded event.
type pageEvent struct {
	ID, Label, Headline string
	Dates, Outlets      string
	Keys                string
	Articles            int
	Coverage            []pageCoverage
	NotCompared         int
	Heatmap             *svgHeatmap
	// Framing is the event's matrix of the groups its outlets differ on;
	// FramingNote says why there is none.
	Framing      *pageMatrix
	FramingNote  string
	Passages     []pagePassage
	PassagesMore int
	Quotes       []pageEventQuote
	QuotesMore   int
	Diffs        []pageDiff
}

// pageCoverage is a row of an event's coverage table.
type pageCoverage struct {
	N                  int
	Anchor             string
	ID, Outlet, Date   string
	Title              string
	Words              int
	Shared, Only, Role string
}

type pagePassage struct {
	Words    int
	Articles string
	Text     string
}

type pageEventQuote struct {
	Text, Speaker string
	Carried       string
	Altered       []pageAltered
	Omitted       string
}

type pageAltered struct {
	Who, Text, Sim string
}

// pageDiff is a diffed pair of an event: its anchor, a line that says
// what differs, and the diff's parts.
type pageDiff struct {
	ID, Name, Gist string
	Page           *htmlDiffPage
}

// event builds the view of an expanded event. Its articles are named by
// their row in the coverage table, "#1", "#2", in member order.
func (v *pageView) event(x *pipeline.EventReport) pageEvent {
	e := x.Event
	pe := pageEvent{ID: e.ID, Label: e.Label, Headline: e.Headline, Dates: event.DateSpan(e.Start, e.End),
		Outlets: outletCounts(e), Keys: v.keys(e), Articles: len(e.Members)}
	num := map[int]int{} // article -> row
	for k, c := range x.Coverage {
		num[c.Article] = k + 1
	}
	who := func(i int) string {
		s := "#" + strconv.Itoa(num[i])
		if a := v.article(i); a != nil {
			s += " " + a.Outlet
		}
		return s
	}
	whos := func(is []int) string {
		parts := make([]string, len(is))
		for k, i := range is {
			parts[k] = who(i)
		}
		return strings.Join(parts, ", ")
	}

	for k, c := range x.Coverage {
		row := pageCoverage{N: k + 1, Anchor: "a" + strconv.Itoa(c.Article), ID: v.id(c.Article), Words: c.Words, Shared: "—", Only: "—"}
		if a := v.article(c.Article); a != nil {
			row.Outlet, row.Date, row.Title = a.Outlet, pageDate(a.Date), a.Title
		}
		if c.Shared >= 0 {
			row.Shared = percent(c.Shared)
		}
		if c.Only >= 0 {
			row.Only = strconv.Itoa(c.Only)
		} else {
			pe.NotCompared++
		}
		switch c.Role {
		case pipeline.RoleCopy:
			row.Role = "copy"
			if c.CopyOf >= 0 {
				row.Role = "copy of #" + strconv.Itoa(num[c.CopyOf])
			}
		default:
			row.Role = string(c.Role)
		}
		pe.Coverage = append(pe.Coverage, row)
	}

	var hm []hmArticle
	for _, i := range x.Compared {
		a := hmArticle{N: num[i], ID: v.id(i)}
		if art := v.article(i); art != nil {
			a.Outlet = art.Outlet
		}
		hm = append(hm, a)
	}
	pe.Heatmap = newHeatmap(e.ID+"-hm", e.ID, hm, x.Similarity)

	switch {
	case x.Framing == nil:
		pe.FramingNote = "No article of this event uses a variant of the lexicon, and discovery found none in it."
	default:
		fe := FramingEvent{ID: e.ID, Label: e.Label, Variants: variants(x.Framing.Variants), Outlets: nonNilMap(x.Framing.Outlets)}
		if m, ok := eventMatrix(fe); ok {
			pm := newPageMatrix(m)
			pe.Framing = &pm
		} else {
			pe.FramingNote = "The outlets of this event use the variants they share alike: no two differ."
		}
	}

	for _, ps := range x.Passages {
		if len(pe.Passages) == pagePassages {
			pe.PassagesMore++
			continue
		}
		pe.Passages = append(pe.Passages, pagePassage{Words: ps.Words, Articles: whos(ps.Articles), Text: ps.Text})
	}
	for _, q := range x.Quotes {
		if len(pe.Quotes) == pageEventQuotes {
			pe.QuotesMore++
			continue
		}
		pq := pageEventQuote{Text: q.Text, Speaker: q.Speaker, Carried: whos(q.Carried), Omitted: whos(q.Omitted)}
		for _, a := range q.Altered {
			pq.Altered = append(pq.Altered, pageAltered{Who: who(a.Article), Text: a.Text, Sim: strconv.FormatFloat(a.Similarity, 'f', 2, 64)})
		}
		pe.Quotes = append(pe.Quotes, pq)
	}

	for k, al := range x.Diffs {
		a, b := v.article(al.A), v.article(al.B)
		if a == nil || b == nil || al.Result == nil {
			continue
		}
		id := fmt.Sprintf("%s-d%d", e.ID, k+1)
		dp := diffPage(NewDiff(a, b, al.Result))
		dp.Anchor = id + "-"
		dp.Rows = mergeRuns(dp.Rows)
		pe.Diffs = append(pe.Diffs, pageDiff{ID: id, Name: who(al.A) + " ↔ " + who(al.B), Gist: diffGist(dp), Page: dp})
	}
	return pe
}

// diffGist says in a line what a diffed pair shares and where it differs.
func diffGist(p *htmlDiffPage) string {
	subs := 0
	for _, s := range p.Subs {
		subs += s.Count
	}
	return fmt.Sprintf("%s shared, %s, %d and %d sentences only in one",
		p.Percent, plural(subs, "substitution"), p.OnlyA, p.OnlyB)
}

// mergeRuns joins each run of consecutive sentences only one side has in
// one row: articles that tell a story in their own words have long runs,
// and a row each would double the page's weight in markup. The row keeps
// the id of its first sentence and numbers the run "s3–7".
func mergeRuns(rows []htmlRow) []htmlRow {
	var out []htmlRow
	first, last := -1, -1 // sentence numbers of the run the last row holds
	for _, r := range rows {
		num := -1
		if r.Kind == "a" || r.Kind == "b" {
			num, _ = strconv.Atoi(strings.TrimPrefix(r.ANums+r.BNums, "s")) // one of them is empty
		}
		n := len(out)
		if num >= 0 && n > 0 && out[n-1].Kind == r.Kind && num == last+1 {
			prev := &out[n-1]
			prev.Left = appendRun(prev.Left, r.Left)
			prev.Right = appendRun(prev.Right, r.Right)
			last = num
			nums := "s" + strconv.Itoa(first) + "–" + strconv.Itoa(last)
			if r.Kind == "a" {
				prev.ANums = nums
			} else {
				prev.BNums = nums
			}
			continue
		}
		first, last = num, num
		out = append(out, r)
	}
	return out
}

// appendRun adds the segments of a sentence to those of a run, a space
// between them.
func appendRun(run, next []htmlSeg) []htmlSeg {
	if len(run) > 0 && len(next) > 0 {
		run = append(run, htmlSeg{Text: " "})
	}
	return append(run, next...)
}
