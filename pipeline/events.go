package pipeline

import (
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/similarity"
)

// EventsResult is the dump's articles grouped into events.
type EventsResult struct {
	Events []event.Event
	// ID names article i. It does not keep the event.Builder alive where
	// the articles are held: what grouping built (vocabulary, candidate
	// graph) is garbage once the events are out, and framing, which runs
	// next, needs the room.
	ID func(i int) string
	// Hidden is the number of events left out for having fewer than
	// [Options.MinArticles] articles.
	Hidden int

	// vocab is the grouping's vocabulary, kept for [Report] only (see
	// [event.Builder.Vocabulary]).
	vocab *similarity.Vocabulary
}

// Grouped returns the number of events of more than one article.
func (r *EventsResult) Grouped() int {
	n := 0
	for _, e := range r.Events {
		if len(e.Members) > 1 {
			n++
		}
	}
	return n
}

// Events groups the articles of the dump at paths into events (see
// [event.Builder]), streaming it: each article is reduced to what grouping
// needs as it is read, on all workers, and not kept.
func Events(paths []string, opt Options) (*Result, error) {
	b, in, err := buildEvents(paths, opt)
	if err != nil {
		return nil, err
	}
	opt.stage(StageEvents)
	r := &EventsResult{Events: b.Events(), ID: b.ID}
	r.hideSmall(opt.MinArticles)
	return &Result{Input: in, Events: r}, nil
}

// hideSmall leaves out the events of fewer than n articles: the tail, as
// events come largest first.
func (r *EventsResult) hideSmall(n int) {
	keep := len(r.Events)
	for keep > 0 && len(r.Events[keep-1].Members) < n {
		keep--
	}
	r.Hidden = len(r.Events) - keep
	r.Events = r.Events[:keep]
}

// buildEvents streams the dump at paths into an event.Builder.
func buildEvents(paths []string, opt Options) (*event.Builder, Input, error) {
	lopt := opt.Load
	lopt.NoSentences, lopt.NoNorm, lopt.Keep = true, true, nil
	b := event.NewBuilder(opt.eventOptions())
	opt.stage(StageLoading)
	in, err := stream(paths, lopt, opt.workers(), nil, b.Add)
	return b, in, err
}
