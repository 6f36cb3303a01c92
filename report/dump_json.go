package report

import (
	"time"

	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/pipeline"
)

// DumpSummary is the head of a dump's report, under "summary": what was
// read and what was found, in counts.
type DumpSummary struct {
	Articles int  `json:"articles"`
	Files    int  `json:"files"`
	Stdin    bool `json:"stdin"`
	Outlets  int  `json:"outlets"`
	// Start and End are the earliest and latest article dates, null when
	// no article is dated.
	Start       *string `json:"start"`
	End         *string `json:"end"`
	Republished int     `json:"republished"`
	Events      int     `json:"events"`
	// Grouped are the events of more than one article, Singletons the
	// others, and Expanded the events shown in full under "expanded".
	Grouped    int `json:"grouped"`
	Singletons int `json:"singletons"`
	Expanded   int `json:"expanded"`
	// DuplicateGroups counts the groups of copies of one text, and
	// Duplicates their articles other than the original (or the first).
	DuplicateGroups int `json:"duplicate_groups"`
	Duplicates      int `json:"duplicates"`
	SharedQuotes    int `json:"shared_quotes"`
	Diagnostics     int `json:"diagnostics"`
	// Bounds are the bounds the report was made with (compare report
	// --events, --articles, --diffs); -1 events is every one.
	Bounds DumpBounds `json:"bounds"`
}

// DumpBounds are [pipeline.ReportOptions] with their defaults filled.
type DumpBounds struct {
	Events   int `json:"events"`
	Articles int `json:"articles"`
	Diffs    int `json:"diffs"`
}

// DumpOutlet is one outlet of the dump, under "outlets".
type DumpOutlet struct {
	Outlet      string  `json:"outlet"`
	Articles    int     `json:"articles"`
	Start       *string `json:"start"`
	End         *string `json:"end"`
	Republished int     `json:"republished"`
}

// DumpDay is an outlet's articles on one day, under "timeline".
type DumpDay struct {
	Day      string `json:"day"`
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
}

// DumpDiagnosticKind is one kind of diagnostic of the input, under
// "diagnostic_kinds": its severity, its message with the specifics folded,
// the first of the kind whole, and how many there were.
type DumpDiagnosticKind struct {
	Severity string `json:"severity"`
	Kind     string `json:"kind"`
	Example  string `json:"example"`
	Count    int    `json:"count"`
}

// DumpArticle is an article of the dump named on its own, under
// "republished": its id, outlet, date, title and event.
type DumpArticle struct {
	Article string  `json:"article"`
	Outlet  string  `json:"outlet"`
	Date    *string `json:"date"`
	Title   string  `json:"title"`
	Event   string  `json:"event"`
}

// DumpQuote is a quote that articles of more than one outlet carry, under
// "quotes".
type DumpQuote struct {
	Text     string   `json:"text"`
	Speaker  string   `json:"speaker,omitempty"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
}

// DumpEvent is one expanded event, under "expanded".
type DumpEvent struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Headline string `json:"headline"`
	// Compared are the articles compared with each other, in the order of
	// the rows and columns of Similarity.
	Compared   []string       `json:"compared"`
	Coverage   []DumpCoverage `json:"coverage"`
	Similarity [][]float64    `json:"similarity"`
	// Framing is the variants used within the event, as `compare framing`
	// writes an event; null when the event uses none.
	Framing  *FramingEvent    `json:"framing"`
	Passages []DumpPassage    `json:"passages"`
	Quotes   []DumpEventQuote `json:"quotes"`
	// Diffs are the most informative pairs, each as `compare diff` writes
	// it.
	Diffs []*Diff `json:"diffs"`
}

// DumpCoverage is one article's row of an event's coverage table.
type DumpCoverage struct {
	Article string  `json:"article"`
	Outlet  string  `json:"outlet"`
	Date    *string `json:"date"`
	Title   string  `json:"title"`
	Words   int     `json:"words"`
	// Shared is the share (0 to 1) of its words that the compared articles
	// of other outlets carry too, and Only the number of its sentences no
	// other compared article carries; both null when it was not compared.
	Shared *float64 `json:"shared"`
	Only   *int     `json:"only"`
	// Role is original, copy or republished; left out for none.
	Role   string `json:"role,omitempty"`
	CopyOf string `json:"copy_of,omitempty"`
}

// DumpPassage is a passage several articles of an event carry.
type DumpPassage struct {
	Text     string   `json:"text"`
	Words    int      `json:"words"`
	Articles []string `json:"articles"`
}

// DumpEventQuote is one quote within an event: who carries it as
// written, who alters it, who leaves it out.
type DumpEventQuote struct {
	Text    string             `json:"text"`
	Speaker string             `json:"speaker,omitempty"`
	Carried []string           `json:"carried"`
	Altered []DumpAlteredQuote `json:"altered"`
	Omitted []string           `json:"omitted"`
}

// DumpAlteredQuote is an article's other wording of a quote.
type DumpAlteredQuote struct {
	Article    string  `json:"article"`
	Text       string  `json:"text"`
	Similarity float64 `json:"similarity"`
}

// dumpView is what the JSON, the terminal summary and the Markdown render
// of a dump: the JSON contract's view, sections of the other commands
// included (their keys are the same as theirs).
type dumpView struct {
	Summary         DumpSummary
	Outlets         []DumpOutlet
	Timeline        []DumpDay
	DiagnosticKinds []DumpDiagnosticKind
	Dedup           *Dedup
	Republished     []DumpArticle
	Events          Events
	Framing         *Framing
	Quotes          []DumpQuote
	Expanded        []DumpEvent
}

// view returns the view of d.
func (d *Dump) view() *dumpView {
	r := d.R
	v := &dumpView{Outlets: []DumpOutlet{}, Timeline: []DumpDay{}, DiagnosticKinds: []DumpDiagnosticKind{},
		Dedup: &Dedup{Groups: []DupGroup{}}, Events: Events{}, Framing: NewFraming(&framing.Analysis{}, nil), Quotes: []DumpQuote{}, Expanded: []DumpEvent{}}
	if r.Dedup != nil {
		v.Dedup = NewDedup(r.Dedup.Deduper, r.Dedup.Groups, r.Dedup.About)
	}
	if r.Events != nil {
		v.Events = NewEvents(r.Events.Events, d.id)
	}
	if r.Framing != nil {
		v.Framing = NewFraming(r.Framing.Analysis, r.Framing.Labels)
	}
	for _, o := range r.Outlets {
		v.Outlets = append(v.Outlets, DumpOutlet{Outlet: o.Name, Articles: o.Articles, Start: day(o.Start), End: day(o.End), Republished: o.Republished})
	}
	for _, c := range r.Timeline {
		v.Timeline = append(v.Timeline, DumpDay{Day: c.Day.Format("2006-01-02"), Outlet: c.Outlet, Articles: c.Articles})
	}
	for _, k := range r.DiagnosticKinds {
		v.DiagnosticKinds = append(v.DiagnosticKinds, DumpDiagnosticKind(k))
	}
	event := map[int]string{}
	if r.Events != nil {
		for _, e := range r.Events.Events {
			for _, m := range e.Members {
				event[m] = e.ID
			}
		}
	}
	v.Republished = []DumpArticle{}
	for i, a := range r.Dump {
		if a.Republished {
			v.Republished = append(v.Republished, DumpArticle{Article: a.ID, Outlet: a.Outlet, Date: articleDay(a), Title: a.Title, Event: event[i]})
		}
	}
	for _, q := range r.Quotes {
		v.Quotes = append(v.Quotes, DumpQuote{Text: q.Text, Speaker: q.Speaker, Articles: d.ids(q.Articles), Outlets: d.outletsOf(q.Articles)})
	}
	for i := range r.Expanded {
		v.Expanded = append(v.Expanded, d.event(&r.Expanded[i]))
	}
	v.Summary = d.summary(v)
	return v
}

// summary counts what v holds.
func (d *Dump) summary(v *dumpView) DumpSummary {
	r := d.R
	multi, singles := v.grouped()
	s := DumpSummary{Articles: r.Articles, Files: r.Files, Stdin: r.Stdin, Outlets: len(r.Outlets), Start: day(r.Start), End: day(r.End),
		Events: len(v.Events), Grouped: len(multi), Singletons: singles, Expanded: len(v.Expanded),
		DuplicateGroups: len(v.Dedup.Groups), SharedQuotes: len(v.Quotes), Diagnostics: len(r.Diagnostics),
		Bounds: DumpBounds{Events: r.Options.Events, Articles: r.Options.Articles, Diffs: r.Options.Diffs}}
	for _, o := range r.Outlets {
		s.Republished += o.Republished
	}
	for _, g := range v.Dedup.Groups {
		s.Duplicates += len(g.Articles) - 1
	}
	return s
}

// event returns the view of an expanded event.
func (d *Dump) event(e *pipeline.EventReport) DumpEvent {
	ev := e.Event
	out := DumpEvent{ID: ev.ID, Label: ev.Label, Headline: ev.Headline, Compared: d.ids(e.Compared), Coverage: []DumpCoverage{},
		Similarity: [][]float64{}, Passages: []DumpPassage{}, Quotes: []DumpEventQuote{}, Diffs: []*Diff{}}
	for _, c := range e.Coverage {
		a := d.article(c.Article)
		row := DumpCoverage{Article: a.ID, Outlet: a.Outlet, Date: articleDay(a), Title: a.Title, Words: c.Words, Role: string(c.Role)}
		if c.Shared >= 0 {
			s := round4(c.Shared)
			row.Shared = &s
		}
		if c.Only >= 0 {
			n := c.Only
			row.Only = &n
		}
		if c.CopyOf >= 0 {
			row.CopyOf = d.id(c.CopyOf)
		}
		out.Coverage = append(out.Coverage, row)
	}
	for _, r := range e.Similarity {
		row := make([]float64, len(r))
		for k, x := range r {
			row[k] = round4(x)
		}
		out.Similarity = append(out.Similarity, row)
	}
	if e.Framing != nil {
		out.Framing = &FramingEvent{ID: ev.ID, Label: ev.Label, Variants: variants(e.Framing.Variants), Outlets: nonNilMap(e.Framing.Outlets)}
	}
	for _, p := range e.Passages {
		out.Passages = append(out.Passages, DumpPassage{Text: p.Text, Words: p.Words, Articles: d.ids(p.Articles)})
	}
	for _, q := range e.Quotes {
		dq := DumpEventQuote{Text: q.Text, Speaker: q.Speaker, Carried: d.ids(q.Carried), Altered: []DumpAlteredQuote{}, Omitted: d.ids(q.Omitted)}
		for _, a := range q.Altered {
			dq.Altered = append(dq.Altered, DumpAlteredQuote{Article: d.id(a.Article), Text: a.Text, Similarity: round4(a.Similarity)})
		}
		out.Quotes = append(out.Quotes, dq)
	}
	for _, p := range e.Diffs {
		out.Diffs = append(out.Diffs, NewDiff(d.article(p.A), d.article(p.B), p.Result))
	}
	return out
}

// JSON adds the report's keys: "generated" (only when set), "summary",
// "outlets", "timeline", "diagnostic_kinds", "groups" (as compare dedup
// writes them), "republished", "events" (as compare events), "framing" (an
// object of the keys compare framing writes at the top level), "quotes",
// "expanded".
func (d *Dump) JSON(o *Object) error {
	v := d.view()
	if !d.Generated.IsZero() {
		if err := o.Add("generated", d.Generated.UTC().Format(time.RFC3339)); err != nil {
			return err
		}
	}
	for _, kv := range []struct {
		key string
		val any
	}{{"summary", v.Summary}, {"outlets", v.Outlets}, {"timeline", v.Timeline}, {"diagnostic_kinds", v.DiagnosticKinds}} {
		if err := o.Add(kv.key, kv.val); err != nil {
			return err
		}
	}
	if err := v.Dedup.JSON(o); err != nil {
		return err
	}
	if err := o.Add("republished", v.Republished); err != nil {
		return err
	}
	if err := v.Events.JSON(o); err != nil {
		return err
	}
	for _, kv := range []struct {
		key string
		val any
	}{{"framing", v.Framing}, {"quotes", v.Quotes}, {"expanded", v.Expanded}} {
		if err := o.Add(kv.key, kv.val); err != nil {
			return err
		}
	}
	return nil
}
