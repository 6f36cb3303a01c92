package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsfold/compare/event"
)

// Event is the JSON contract's view of an [event.Event]: every input
// article is in exactly one event, a singleton being an event of one.
type Event struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	// Headline is the title of the article that stands for the event.
	Headline string   `json:"headline"`
	Terms    []string `json:"terms"`
	Start    *string  `json:"start"`
	End      *string  `json:"end"`
	Outlets  []string `json:"outlets"`
	Articles []string `json:"articles"`
	// Duplicates are the groups of copies of one text inside the event.
	Duplicates [][]string `json:"duplicates,omitempty"`
}

// Events is the section of `compare events`, under "events".
type Events []Event

// NewEvents returns the section of evs; id names article i.
func NewEvents(evs []event.Event, id func(i int) string) Events {
	out := make(Events, 0, len(evs))
	ids := func(ms []int) []string {
		out := make([]string, len(ms))
		for k, m := range ms {
			out[k] = id(m)
		}
		return out
	}
	for _, e := range evs {
		ev := Event{ID: e.ID, Label: e.Label, Headline: e.Headline, Terms: orEmpty(e.Terms), Articles: ids(e.Members), Outlets: []string{}}
		if !e.Start.IsZero() {
			s, t := e.Start.Format("2006-01-02"), e.End.Format("2006-01-02")
			ev.Start, ev.End = &s, &t
		}
		for _, o := range e.Outlets {
			ev.Outlets = append(ev.Outlets, o.Outlet)
		}
		for _, d := range e.Duplicates {
			ev.Duplicates = append(ev.Duplicates, ids(d))
		}
		out = append(out, ev)
	}
	return out
}

// The cells of an event that more than one view shows.
func (e Event) id() string       { return e.ID }
func (e Event) label() string    { return e.Label }
func (e Event) headline() string { return e.Headline }
func (e Event) start() string    { return deref(e.Start) }
func (e Event) end() string      { return deref(e.End) }
func (e Event) size() string     { return strconv.Itoa(len(e.Articles)) }

// eventsTable returns the columns of the events of more than one article,
// largest first: size, headline, label (terms, dates, outlets) and ids.
var eventsTable = []column[Event]{
	{"event", Event.id}, {"articles", Event.size}, {"headline", Event.headline},
	{"label", Event.label}, {"ids", func(e Event) string { return strings.Join(e.Articles, " ") }},
}

var singletonTable = []column[Event]{
	{"event", Event.id},
	{"date", Event.start},
	{"article", func(e Event) string { return e.Articles[0] }},
	{"headline", Event.headline},
	{"label", Event.label},
}

// eventArticle is a CSV row: one article of an event.
type eventArticle struct {
	Event
	article string
}

var eventsCSV = []column[eventArticle]{
	{"event", func(r eventArticle) string { return r.id() }},
	{"label", func(r eventArticle) string { return r.label() }},
	{"start", func(r eventArticle) string { return r.start() }},
	{"end", func(r eventArticle) string { return r.end() }},
	{"articles", func(r eventArticle) string { return r.size() }},
	{"headline", func(r eventArticle) string { return r.headline() }},
	{"article", func(r eventArticle) string { return r.article }},
}

// Table writes the events of more than one article, then the singletons
// when there are any.
func (es Events) Table(w io.Writer, md bool) error {
	var multi, single []Event
	for _, e := range es {
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
	} else if err := writeRows(w, md, eventsTable, multi); err != nil {
		return err
	}
	if len(single) == 0 { // none, or hidden by --min-articles: no empty heading
		return nil
	}
	fmt.Fprintln(w)
	if md {
		fmt.Fprintf(w, "## Singletons (%d)\n\n", len(single))
	} else {
		fmt.Fprintf(w, "singletons (%d):\n", len(single))
	}
	return writeRows(w, md, singletonTable, single)
}

// CSV writes a row per article of each event.
func (es Events) CSV(w *csv.Writer) error {
	var rows []eventArticle
	for _, e := range es {
		for _, a := range e.Articles {
			rows = append(rows, eventArticle{e, a})
		}
	}
	return writeCSVRows(w, eventsCSV, rows)
}

// JSON adds "events".
func (es Events) JSON(o *Object) error {
	return o.Add("events", orEmpty([]Event(es)))
}
