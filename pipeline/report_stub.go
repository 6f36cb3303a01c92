package pipeline

// A stand-in for calc's Report, in the cli branch only, so that the command
// and its end-to-end tests run before calc's lands; it is replaced by it.

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing"
)

// Report runs every stage on the dump at paths and expands its largest
// events within ro (a stand-in: see the file comment).
func Report(paths []string, opt Options, ro ReportOptions) (*ReportResult, error) {
	if ro.Events == 0 {
		ro.Events = DefaultReportEvents
	}
	if ro.Articles == 0 {
		ro.Articles = DefaultReportArticles
	}
	if ro.Diffs == 0 {
		ro.Diffs = DefaultReportDiffs
	}
	res, err := Run(paths, opt, Stages{Dedup: true, Events: true, Framing: true})
	if err != nil {
		return nil, err
	}
	rr := &ReportResult{Result: res, Options: ro}
	arts := res.Dump
	outlets := map[string]*ReportOutlet{}
	days := map[DayCount]int{}
	for _, a := range arts {
		o := outlets[a.Outlet]
		if o == nil {
			o = &ReportOutlet{Name: a.Outlet}
			outlets[a.Outlet] = o
		}
		o.Articles++
		if a.Republished {
			o.Republished++
		}
		if a.DateSource == corpus.DateNone {
			continue
		}
		d := a.Date.UTC().Truncate(24 * time.Hour)
		if o.Start.IsZero() || d.Before(o.Start) {
			o.Start = d
		}
		if d.After(o.End) {
			o.End = d
		}
		if rr.Start.IsZero() || d.Before(rr.Start) {
			rr.Start = d
		}
		if d.After(rr.End) {
			rr.End = d
		}
		days[DayCount{Day: d, Outlet: a.Outlet}]++
	}
	for _, o := range outlets {
		rr.Outlets = append(rr.Outlets, *o)
	}
	slices.SortFunc(rr.Outlets, func(x, y ReportOutlet) int {
		return cmp.Or(y.Articles-x.Articles, strings.Compare(x.Name, y.Name))
	})
	for k, n := range days {
		k.Articles = n
		rr.Timeline = append(rr.Timeline, k)
	}
	slices.SortFunc(rr.Timeline, func(x, y DayCount) int {
		return cmp.Or(x.Day.Compare(y.Day), strings.Compare(x.Outlet, y.Outlet))
	})
	kinds := map[string]int{}
	for _, d := range res.Diagnostics {
		k := string(d.Severity) + "\x00" + d.Message
		if i, ok := kinds[k]; ok {
			rr.DiagnosticKinds[i].Count++
			continue
		}
		kinds[k] = len(rr.DiagnosticKinds)
		rr.DiagnosticKinds = append(rr.DiagnosticKinds, DiagnosticKind{Severity: string(d.Severity), Kind: d.Message, Example: d.String(), Count: 1})
	}
	canon := opt.lexicon().Canon()
	role, copyOf := map[int]Role{}, map[int]int{}
	for _, g := range res.Dedup.Groups {
		orig := g.Original
		if orig < 0 {
			orig = g.Members[0]
		}
		role[orig] = RoleOriginal
		for _, m := range g.Members {
			if m != orig {
				role[m], copyOf[m] = RoleCopy, orig
			}
		}
	}
	for i := range res.Events.Events {
		e := &res.Events.Events[i]
		if len(e.Members) < 2 || (ro.Events >= 0 && len(rr.Expanded) >= ro.Events) {
			continue
		}
		er := EventReport{Event: e, Compared: e.Members[:min(len(e.Members), ro.Articles)]}
		n := len(er.Compared)
		er.Similarity = make([][]float64, n)
		shared, only := make([]int, n), make([]int, n)
		for x := range n {
			er.Similarity[x] = make([]float64, n)
			er.Similarity[x][x] = 1
			only[x] = len(arts[er.Compared[x]].Sentences)
		}
		var pairs []Alignment
		for x := range n {
			for y := x + 1; y < n; y++ {
				a, b := arts[er.Compared[x]], arts[er.Compared[y]]
				r := align.Compare(a, b, align.Options{Canon: canon})
				s := r.Summary
				sim := float64(s.Shared) / float64(max(1, max(s.WordsA, s.WordsB)))
				er.Similarity[x][y], er.Similarity[y][x] = sim, sim
				only[x], only[y] = min(only[x], len(r.OnlyA)), min(only[y], len(r.OnlyB))
				shared[x], shared[y] = max(shared[x], s.Shared), max(shared[y], s.Shared)
				if a.Outlet != b.Outlet {
					pairs = append(pairs, Alignment{Event: e.ID, A: er.Compared[x], B: er.Compared[y], Result: r})
				}
				for _, m := range r.SharedQuotes {
					q := r.QuotesA[m.A]
					er.Quotes = append(er.Quotes, EventQuote{Text: q.Text, Speaker: q.Speaker, Carried: []int{er.Compared[x], er.Compared[y]}})
				}
				for _, p := range r.Passages {
					er.Passages = append(er.Passages, SharedPassage{Text: strings.Join(strings.Fields(a.Text[p.AStart:p.AEnd]), " "), Words: p.Words, Articles: []int{er.Compared[x], er.Compared[y]}})
				}
			}
		}
		for k, m := range e.Members {
			c := Coverage{Article: m, Words: len(arts[m].Tokens), Shared: -1, Only: -1, CopyOf: -1}
			if k < n {
				c.Shared = min(1, float64(shared[k])/float64(max(1, c.Words)))
				c.Only = only[k]
			}
			if arts[m].Republished {
				c.Role = RoleRepublished
			}
			if r, ok := role[m]; ok {
				c.Role = r
			}
			if o, ok := copyOf[m]; ok {
				c.CopyOf = o
			}
			er.Coverage = append(er.Coverage, c)
		}
		slices.SortStableFunc(pairs, func(p, q Alignment) int {
			score := func(a Alignment) int {
				return len(a.Result.Substitutions) + len(a.Result.OnlyA) + len(a.Result.OnlyB)
			}
			return score(q) - score(p)
		})
		er.Diffs = pairs[:min(len(pairs), ro.Diffs)]
		slices.SortStableFunc(er.Passages, func(p, q SharedPassage) int { return q.Words - p.Words })
		if res.Framing != nil {
			for _, u := range res.Framing.Analysis.Events {
				if u.ID == e.ID {
					er.Framing = &framing.EventUse{ID: u.ID, Variants: u.Variants, Outlets: u.Outlets}
				}
			}
		}
		rr.Expanded = append(rr.Expanded, er)
	}
	return rr, nil
}
