package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/similarity"
)

// HTML writes the report as one self-contained page: a summary with a
// timeline of each outlet's coverage, an index of the events, the
// duplicate groups, the framing of the dump, the quotes outlets share,
// then each expanded event (coverage, similarity heat-map, framing,
// shared passages, quotes, side-by-side diffs) and the single articles.
//
// The page refers to nothing outside itself: style and script are inline,
// the plots are inline SVG, and its Content-Security-Policy allows no
// request and no script but its own (by hash). Every text of the dump goes
// through html/template. The one script fills in a filter of the events by
// outlet; without it the page shows everything. The same report gives the
// same bytes: the time it was made is written only when d.Generated is
// set.
func (d *Dump) HTML(w io.Writer) error {
	if d == nil || d.R == nil || d.R.Result == nil {
		return fmt.Errorf("report: no report to render")
	}
	var buf bytes.Buffer
	p := newDumpPage(d.R)
	if !d.Generated.IsZero() {
		p.Generated = d.Generated.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	if err := dumpTemplate.Execute(&buf, p); err != nil {
		return fmt.Errorf("report: rendering the report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Bounds of the page's lists. The JSON holds every item; the page says how
// many it leaves out, so that a dump of tens of thousands of articles
// still makes a page a browser opens.
const (
	pageIndexEvents = 1000 // events of several articles in the index
	pageSingletons  = 1000 // single articles listed
	pageDupGroups   = 500  // duplicate groups
	pageQuotes      = 200  // quotes shared across the dump
	pagePassages    = 10   // shared passages of one event
	pageEventQuotes = 25   // quotes of one event
)

// dumpPage is the view of a report the template renders.
type dumpPage struct {
	Title       string
	Lede        string
	Facts       []pageFact
	Outlets     []pageOutlet
	Timeline    *svgTimeline
	Diagnostics []pipeline.DiagnosticKind
	Index       []pageIndexRow
	IndexMore   int
	Expanded    int
	Grouped     int
	Expansion   string // which events are expanded, in words
	Singletons  []pageIndexRow
	SingleMore  int
	Dups        []pageDup
	DupsMore    int
	Framing     *pageFraming
	Quotes      []pageSharedQuote
	QuotesMore  int
	Events      []pageEvent
	Bounds      string
	// Generated is when the report was made, "" unless asked for.
	Generated string
}

type pageFact struct {
	Name, Value string
}

type pageOutlet struct {
	Key, Name   string
	Articles    int
	First, Last string
	Republished int
}

// pageIndexRow is an event in the index, or a single article.
type pageIndexRow struct {
	ID       string
	Href     string // the event's section, "" when it is not expanded
	Anchor   bool   // the row is the event's anchor (not expanded)
	Keys     string // its outlets' keys, for the filter
	Articles int
	Outlets  string
	Dates    string
	Headline string
	Label    string
	// A single article's own fields.
	Article     string
	Outlet      string
	Republished bool
}

type pageDup struct {
	Kind     string
	Original []pageRef
	Note     string // why no original is named
	Copies   []pageRef
	Title    string
}

// pageRef is an article named on the page, with a link to where the page
// shows it when it does.
type pageRef struct {
	Href, Label, Title string
}

type pageFraming struct {
	Notes       []string
	Matrices    []pageMatrix
	Distinctive []FramingDistinctive
	Sourcing    []FramingSourcing
}

type pageSharedQuote struct {
	Text, Speaker string
	Articles      []pageRef
}

// newDumpPage builds the view of r.
func newDumpPage(r *pipeline.ReportResult) *dumpPage {
	v := newPageView(r)
	p := &dumpPage{}
	arts := r.Input.Articles
	evs := v.events()
	single := 0
	for _, e := range evs {
		if len(e.Members) == 1 {
			single++
		}
	}
	p.Grouped, p.Expanded = len(evs)-single, len(r.Expanded)
	dups := 0
	if r.Dedup != nil {
		dups = len(r.Dedup.Groups)
	}
	p.Title = fmt.Sprintf("compare report: %s, %s", plural(arts, "article"), plural(len(evs), "event"))
	p.Expansion = "none is expanded"
	switch {
	case p.Expanded == p.Grouped && p.Grouped == 1:
		p.Expansion = "expanded below"
	case p.Expanded == p.Grouped && p.Grouped > 1:
		p.Expansion = "all expanded below"
	case p.Expanded > 0:
		p.Expansion = fmt.Sprintf("the %d largest expanded below", p.Expanded)
	}
	p.Lede = fmt.Sprintf("%s from %s, %s: %s of several articles, %s; %s; %s.",
		plural(arts, "article"), plural(len(r.Outlets), "outlet"), event.DateSpan(r.Start, r.End),
		plural(p.Grouped, "event"), p.Expansion, plural(single, "single article"), plural(dups, "duplicate group"))
	diags := 0
	for _, k := range r.DiagnosticKinds {
		diags += k.Count
	}
	p.Facts = []pageFact{
		{"articles", strconv.Itoa(arts)},
		{"files", strconv.Itoa(r.Input.Files)},
		{"outlets", strconv.Itoa(len(r.Outlets))},
		{"dates", event.DateSpan(r.Start, r.End)},
		{"events of several articles", strconv.Itoa(p.Grouped)},
		{"single articles", strconv.Itoa(single)},
		{"duplicate groups", strconv.Itoa(dups)},
		{"diagnostics", strconv.Itoa(diags)},
	}
	for _, o := range r.Outlets {
		p.Outlets = append(p.Outlets, pageOutlet{Key: v.key[o.Name], Name: o.Name, Articles: o.Articles,
			First: pageDate(o.Start), Last: pageDate(o.End), Republished: o.Republished})
	}
	p.Timeline = newTimeline(r)
	p.Diagnostics = r.DiagnosticKinds

	for _, e := range evs {
		switch {
		case v.listed[e.ID] && len(e.Members) == 1:
			p.Singletons = append(p.Singletons, v.indexRow(e))
		case v.listed[e.ID]:
			p.Index = append(p.Index, v.indexRow(e))
		case len(e.Members) == 1:
			p.SingleMore++
		default:
			p.IndexMore++
		}
	}
	if r.Dedup != nil {
		for _, g := range r.Dedup.Groups {
			if len(p.Dups) == pageDupGroups {
				p.DupsMore++
				continue
			}
			p.Dups = append(p.Dups, v.dup(g))
		}
	}
	p.Framing = v.framing()
	for _, q := range r.Quotes {
		if len(p.Quotes) == pageQuotes {
			p.QuotesMore++
			continue
		}
		sq := pageSharedQuote{Text: q.Text, Speaker: q.Speaker}
		for _, a := range q.Articles {
			sq.Articles = append(sq.Articles, v.ref(a))
		}
		p.Quotes = append(p.Quotes, sq)
	}
	for k := range r.Expanded {
		p.Events = append(p.Events, v.event(&r.Expanded[k]))
	}
	o := r.Options
	p.Bounds = fmt.Sprintf("Expanded: the %d largest events of several articles at most; in each, at most %d articles compared with each other and %d pairs diffed. Listed: at most %d events, %d single articles, %d duplicate groups and %d shared quotes; in an event, %d shared passages and %d quotes. The JSON output holds everything.",
		o.Events, o.Articles, o.Diffs, pageIndexEvents, pageSingletons, pageDupGroups, pageQuotes, pagePassages, pageEventQuotes)
	if o.Events < 0 {
		p.Bounds = strings.Replace(p.Bounds, fmt.Sprintf("the %d largest events of several articles at most", o.Events), "every event of several articles", 1)
	}
	return p
}

// pageView holds what the parts of the page look up: the articles, where
// the page shows each, and the outlets' keys for the filter.
type pageView struct {
	r *pipeline.ReportResult
	// key is each outlet's key: "o1" for the first of r.Outlets.
	key map[string]string
	// anchor is where the page shows each article: its row in an expanded
	// event's coverage table ("a12"), else its event ("e7"), when the page
	// lists it.
	anchor map[int]string
	// expanded are the ids of the expanded events, listed those the page
	// lists: every expanded event, then the first pageIndexEvents of the
	// others of several articles and the first pageSingletons single
	// articles.
	expanded, listed map[string]bool
}

func newPageView(r *pipeline.ReportResult) *pageView {
	v := &pageView{r: r, key: map[string]string{}, anchor: map[int]string{}, expanded: map[string]bool{}, listed: map[string]bool{}}
	for i, o := range r.Outlets {
		v.key[o.Name] = "o" + strconv.Itoa(i+1)
	}
	for _, x := range r.Expanded {
		v.expanded[x.Event.ID] = true
		for _, c := range x.Coverage {
			v.anchor[c.Article] = "a" + strconv.Itoa(c.Article)
		}
	}
	singles, others := 0, 0
	for _, e := range v.events() {
		switch {
		case v.expanded[e.ID]:
		case len(e.Members) == 1:
			singles++
			if singles > pageSingletons {
				continue
			}
		default:
			others++
			if others > pageIndexEvents {
				continue
			}
		}
		v.listed[e.ID] = true
		for _, m := range e.Members {
			if _, ok := v.anchor[m]; !ok {
				v.anchor[m] = e.ID
			}
		}
	}
	return v
}

func (v *pageView) events() []event.Event {
	if v.r.Events == nil {
		return nil
	}
	return v.r.Events.Events
}

// article returns article i, or nil when the report does not hold it.
func (v *pageView) article(i int) *corpus.Article {
	if i < 0 || i >= len(v.r.Dump) {
		return nil
	}
	return v.r.Dump[i]
}

// id names article i.
func (v *pageView) id(i int) string {
	if a := v.article(i); a != nil {
		return a.ID
	}
	if v.r.Dump == nil && v.r.Events != nil && v.r.Events.ID != nil {
		return v.r.Events.ID(i)
	}
	return "#" + strconv.Itoa(i)
}

// ref names article i, "id (outlet)", linking to where the page shows it.
func (v *pageView) ref(i int) pageRef {
	r := pageRef{Label: v.id(i)}
	if a := v.article(i); a != nil {
		r.Label += " (" + a.Outlet + ")"
		r.Title = a.Title
	}
	if an, ok := v.anchor[i]; ok {
		r.Href = "#" + an
	}
	return r
}

// keys returns the filter keys of an event's outlets, space-separated.
func (v *pageView) keys(e *event.Event) string {
	ks := make([]string, 0, len(e.Outlets))
	for _, o := range e.Outlets {
		if k, ok := v.key[o.Outlet]; ok {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// outlets renders an event's outlets, "MENAFN 2, Reuters 1".
func outletCounts(e *event.Event) string {
	parts := make([]string, len(e.Outlets))
	for i, o := range e.Outlets {
		parts[i] = o.Outlet + " " + strconv.Itoa(o.Articles)
	}
	return strings.Join(parts, ", ")
}

func (v *pageView) indexRow(e event.Event) pageIndexRow {
	row := pageIndexRow{ID: e.ID, Keys: v.keys(&e), Articles: len(e.Members), Outlets: outletCounts(&e),
		Dates: event.DateSpan(e.Start, e.End), Headline: e.Headline, Label: e.Label}
	if v.expanded[e.ID] {
		row.Href = "#" + e.ID
	}
	row.Anchor = row.Href == ""
	if len(e.Members) == 1 {
		m := e.Members[0]
		row.Article = v.id(m)
		if a := v.article(m); a != nil {
			row.Outlet, row.Republished = a.Outlet, a.Republished
		}
	}
	return row
}

func (v *pageView) dup(g similarity.Group) pageDup {
	d := pageDup{Kind: string(g.Kind), Note: g.OriginalNote}
	named := g.Members[0]
	if g.Original >= 0 {
		named = g.Original
		d.Original = []pageRef{v.ref(g.Original)}
	}
	for _, m := range g.Members {
		if m != g.Original {
			d.Copies = append(d.Copies, v.ref(m))
		}
	}
	if v.r.Dedup != nil && named < len(v.r.Dedup.Titles) {
		d.Title = v.r.Dedup.Titles[named]
	}
	return d
}

// framing returns the framing of the dump as the framing page shows it,
// without the per-event matrices (each expanded event shows its own).
func (v *pageView) framing() *pageFraming {
	if v.r.Framing == nil || v.r.Framing.Analysis == nil {
		return nil
	}
	f := NewFraming(v.r.Framing.Analysis, v.r.Framing.Labels)
	f.Events = nil
	ms := f.matrices()
	p := &pageFraming{Notes: f.notes(0), Distinctive: f.Distinctive, Sourcing: f.Sourcing}
	for _, m := range ms {
		p.Matrices = append(p.Matrices, newPageMatrix(m))
	}
	return p
}

// pageMatrix is an outlet × variant matrix as the framing page shows it,
// its example sentences apart: the report folds them, as a dump's matrix
// has a few for each group.
type pageMatrix struct {
	M        htmlMatrix
	Title    string
	Examples []string
}

func newPageMatrix(vm variantMatrix) pageMatrix {
	m := pageMatrix{M: newHTMLMatrix(vm)}
	m.Title, m.Examples, m.M.Notes = m.M.Title, m.M.Notes, nil
	return m
}

// pageDate renders a date as the page does, "" for none.
func pageDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}
