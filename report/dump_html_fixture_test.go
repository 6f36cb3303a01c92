package report

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/pipeline"
)

// fixtureReport runs the pipeline over paths and fills a ReportResult by
// hand: a stand-in for pipeline.Report while it is written, with the
// fields the page reads.
func fixtureReport(t *testing.T, paths ...string) *pipeline.ReportResult {
	t.Helper()
	res, err := pipeline.Run(paths, pipeline.Options{}, pipeline.Stages{Dedup: true, Events: true, Framing: true})
	if err != nil {
		t.Fatal(err)
	}
	r := &pipeline.ReportResult{Result: res, Options: pipeline.ReportOptions{Events: 100, Articles: 8, Diffs: 3}}
	outlets := map[string]*pipeline.ReportOutlet{}
	days := map[time.Time]map[string]int{}
	for _, a := range res.Dump {
		o := outlets[a.Outlet]
		if o == nil {
			o = &pipeline.ReportOutlet{Name: a.Outlet}
			outlets[a.Outlet] = o
		}
		o.Articles++
		if a.Republished {
			o.Republished++
		}
		if !a.Date.IsZero() {
			if o.Start.IsZero() || a.Date.Before(o.Start) {
				o.Start = a.Date
			}
			if a.Date.After(o.End) {
				o.End = a.Date
			}
			if r.Start.IsZero() || a.Date.Before(r.Start) {
				r.Start = a.Date
			}
			if a.Date.After(r.End) {
				r.End = a.Date
			}
			if days[a.Date] == nil {
				days[a.Date] = map[string]int{}
			}
			days[a.Date][a.Outlet]++
		}
	}
	for _, o := range outlets {
		r.Outlets = append(r.Outlets, *o)
	}
	slices.SortFunc(r.Outlets, func(a, b pipeline.ReportOutlet) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return strings.Compare(a.Name, b.Name)
	})
	for d, m := range days {
		for o, n := range m {
			r.Timeline = append(r.Timeline, pipeline.DayCount{Day: d, Outlet: o, Articles: n})
		}
	}
	slices.SortFunc(r.Timeline, func(a, b pipeline.DayCount) int {
		if c := a.Day.Compare(b.Day); c != 0 {
			return c
		}
		return strings.Compare(a.Outlet, b.Outlet)
	})
	for k := range res.Events.Events {
		e := &res.Events.Events[k]
		if len(e.Members) < 2 {
			continue
		}
		x := pipeline.EventReport{Event: e, Compared: e.Members[:min(len(e.Members), 8)]}
		n := len(x.Compared)
		x.Similarity = make([][]float64, n)
		for i := range x.Similarity {
			x.Similarity[i] = make([]float64, n)
			x.Similarity[i][i] = 1
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				a, b := res.Dump[x.Compared[i]], res.Dump[x.Compared[j]]
				al := align.Compare(a, b, align.Options{})
				s := al.Summary
				v := float64(s.Shared) / float64(max(s.WordsA, s.WordsB, 1))
				x.Similarity[i][j], x.Similarity[j][i] = v, v
				if a.Outlet != b.Outlet && len(x.Diffs) < 3 {
					x.Diffs = append(x.Diffs, pipeline.Alignment{Event: e.ID, A: x.Compared[i], B: x.Compared[j], Result: al})
				}
				for _, q := range al.SharedQuotes {
					x.Quotes = append(x.Quotes, pipeline.EventQuote{Text: al.QuotesA[q.A].Text, Speaker: al.QuotesA[q.A].Speaker, Carried: []int{x.Compared[i], x.Compared[j]}})
				}
				for _, p := range al.Passages {
					if len(x.Passages) < 5 {
						x.Passages = append(x.Passages, pipeline.SharedPassage{Text: a.Text[p.AStart:p.AEnd], Words: p.Words, Articles: []int{x.Compared[i], x.Compared[j]}})
					}
				}
			}
		}
		for _, m := range e.Members {
			x.Coverage = append(x.Coverage, pipeline.Coverage{Article: m, Words: len(res.Dump[m].Tokens), Shared: 0.5, Only: 2, CopyOf: -1})
		}
		for _, u := range res.Framing.Analysis.Events {
			if u.ID == e.ID {
				x.Framing = &u
			}
		}
		if x.Framing == nil && k == 0 {
			x.Framing = seedFraming()
		}
		r.Expanded = append(r.Expanded, x)
	}
	if len(res.Dump) == 5 { // the seeds
		r.Quotes = []pipeline.SharedQuote{{Text: "very useful and constructive", Speaker: "Ushakov", Articles: []int{1, 3}}}
	}
	return r
}

// seedFraming is the framing of the seeds' Berlin event, as the lexicon
// reads it: MENAFN's Russian-derived spellings against the other two.
func seedFraming() *framing.EventUse {
	ev := []framing.Example{{Doc: "000", Outlet: "MENAFN", Sentence: "Kiev <b>said</b> so."}}
	return &framing.EventUse{ID: "e1", Outlets: map[string]int{"MENAFN": 1, "unknown": 2}, Variants: []framing.VariantUse{
		{Group: "kyiv", Source: framing.SourceLexicon, Evidence: ev, Terms: []framing.TermUse{{Term: "Kyiv", Label: "ukrainian", Outlets: map[string]int{"unknown": 2}}, {Term: "Kiev", Label: "russian", Outlets: map[string]int{"MENAFN": 1}}}},
		{Group: "donbas", Source: framing.SourceLexicon, Terms: []framing.TermUse{{Term: "Donbas", Label: "ukrainian", Outlets: map[string]int{"unknown": 2}}, {Term: "Donbass", Label: "russian", Outlets: map[string]int{"MENAFN": 1}}}},
		{Group: "volodymyr-zelenskyy", Source: framing.SourceLexicon, Terms: []framing.TermUse{{Term: "Volodymyr Zelensky", Label: "ukrainian", Outlets: map[string]int{"unknown": 2}}, {Term: "Vladimir Zelensky", Label: "russian", Outlets: map[string]int{"MENAFN": 1}}}},
	}}
}
