package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// eventsOptions are the parsed arguments of `compare events`.
type eventsOptions struct {
	f           *factory
	Paths       []string
	Event       event.Options
	MinArticles int
}

// addEventFlags declares the flags of event grouping, shared with eval.
func addEventFlags(cmd *cobra.Command, o *event.Options) {
	fl := cmd.Flags()
	o.Window = event.DefaultWindow
	fl.Var((*corpus.Duration)(&o.Window), "window", "how far apart in time two dated articles may be and still be compared: days (3d) or a Go duration (72h, 90m)")
	fl.Float64Var(&o.Threshold, "threshold", event.DefaultThreshold, "average similarity two groups of articles need to merge")
	fl.IntVar(&o.Terms, "terms", 20, "top-weighted terms of each article in the candidate index")
	o.Linkage = event.AverageLinkage
	fl.Var(&o.Linkage, "linkage", "clustering: average (linkage) or online (join the best cluster, in date order)")
}

// checkEventFlags validates what addEventFlags declared.
func checkEventFlags(o *event.Options) error {
	switch {
	case o.Window <= 0:
		return flagErrorf("--window must be positive, got %s", corpus.Duration(o.Window))
	case o.Threshold <= 0 || o.Threshold > 1:
		return flagErrorf("--threshold must be in (0, 1], got %g", o.Threshold)
	case o.Terms < 1:
		return flagErrorf("--terms must be at least 1, got %d", o.Terms)
	case o.Linkage != "average" && o.Linkage != "online":
		return flagErrorf("--linkage must be average or online, got %q", o.Linkage)
	}
	return nil
}

func newCmdEvents(f *factory, runF func(*eventsOptions) error) *cobra.Command {
	opts := &eventsOptions{f: f}
	cmd := &cobra.Command{
		Use:   "events PATH...",
		Short: "Group the articles that report the same event",
		Long: `events groups articles that report one real-world event, across outlets.
Copies of one text (exact, near and contained duplicates) fold together first;
then articles published within --window of each other are compared on their
weighted content words, titles and capitalised names, candidates coming from an
index of each article's top terms, and grouped by average linkage above
--threshold. Articles without a date may join an event but never bridge two.

Every article is in exactly one event; an article nothing joined is a
singleton, listed separately in the table. Events come largest first and are
numbered e1, e2, ... in that order; --min-articles hides the smaller ones.
Each event has a headline (the title of its most central article) and a label:
its distinctive terms, its date span and its outlets.`,
		Example: "  compare events testdata/seeds\n  compare events --window 48h --format json dump.jsonl.gz",
		Args:    needPaths("events"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEventFlags(&opts.Event); err != nil {
				return err
			}
			if opts.MinArticles < 1 {
				return flagErrorf("--min-articles must be at least 1, got %d", opts.MinArticles)
			}
			if err := f.checkFormat(report.Events(nil)); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return eventsRun(opts)
		},
	}
	addEventFlags(cmd, &opts.Event)
	cmd.Flags().IntVar(&opts.MinArticles, "min-articles", 1, "hide the events of fewer articles (2 hides the singletons)")
	return cmd
}

func eventsRun(opts *eventsOptions) error {
	f := opts.f
	popt, err := f.options()
	if err != nil {
		return err
	}
	popt.Event, popt.MinArticles = opts.Event, opts.MinArticles
	res, err := pipeline.Events(opts.Paths, popt)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	if !f.global.Quiet {
		fmt.Fprintf(f.errOut, "compare: %d events (%d of more than one article)\n", len(res.Events.Events), res.Events.Grouped())
		if h := res.Events.Hidden; h > 0 {
			fmt.Fprintf(f.errOut, "compare: %d events of fewer than %d articles hidden (--min-articles)\n", h, opts.MinArticles)
		}
	}
	return f.render(loaded(res.Input), res.Diagnostics, report.NewEvents(res.Events.Events, res.Events.ID))
}
