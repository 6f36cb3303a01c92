package main

import (
	"fmt"
	"sync"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/report"
)

// eventsOptions are the parsed arguments of `compare events`.
type eventsOptions struct {
	f     *factory
	Paths []string
	Event event.Options
}

// addEventFlags declares the flags of event grouping, shared with eval.
func addEventFlags(cmd *cobra.Command, o *event.Options) {
	fl := cmd.Flags()
	fl.DurationVar(&o.Window, "window", event.DefaultWindow, "how far apart in time two dated articles may be and still be compared")
	fl.Float64Var(&o.Threshold, "threshold", event.DefaultThreshold, "average similarity two groups of articles need to merge")
	fl.IntVar(&o.Terms, "terms", 20, "top-weighted terms of each article in the candidate index")
	o.Linkage = event.AverageLinkage
	fl.Var(&o.Linkage, "linkage", "clustering: average (linkage) or online (join the best cluster, in date order)")
}

// checkEventFlags validates what addEventFlags declared.
func checkEventFlags(o *event.Options) error {
	switch {
	case o.Window <= 0:
		return flagErrorf("--window must be positive, got %s", o.Window)
	case o.Threshold <= 0 || o.Threshold > 1:
		return flagErrorf("--threshold must be in (0, 1], got %g", o.Threshold)
	case o.Terms < 1:
		return flagErrorf("--terms must be at least 1, got %d", o.Terms)
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
singleton, listed separately in the table. Each event has a label: its
distinctive terms, its date span and its outlets.`,
		Example: "  compare events testdata/seeds\n  compare events --window 48h --format json dump.jsonl.gz",
		Args:    needPaths("events", "events"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEventFlags(&opts.Event); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return eventsRun(opts)
		},
	}
	addEventFlags(cmd, &opts.Event)
	return cmd
}

// buildEvents streams the dump into an event.Builder on all cores.
func buildEvents(f *factory, paths []string, eopt event.Options) (*event.Builder, *corpus.Dump, error) {
	lopt, err := f.loadOptions()
	if err != nil {
		return nil, nil, err
	}
	lopt.NoSentences, lopt.NoNorm = true, true
	eopt.Workers = f.global.Workers
	eopt.Canon = framing.DefaultLexicon().Canon()
	b := event.NewBuilder(eopt)
	dump, n, err := streamArticles(paths, lopt, f.global.Workers, nil, b.Add)
	if err != nil {
		return nil, nil, err
	}
	if !f.global.Quiet {
		printDiagnostics(f.errOut, dump.Diagnostics, n, dump.Files)
	}
	return b, dump, nil
}

func eventsRun(opts *eventsOptions) error {
	f := opts.f
	b, dump, err := buildEvents(f, opts.Paths, opts.Event)
	if err != nil {
		return err
	}
	evs := b.Events()
	if !f.global.Quiet {
		multi := 0
		for _, e := range evs {
			if len(e.Members) > 1 {
				multi++
			}
		}
		fmt.Fprintf(f.errOut, "compare: %d events (%d of more than one article)\n", len(evs), multi)
	}
	if err := report.Write(f.out, f.global.Format, report.New(dump.Diagnostics, report.NewEvents(evs, b.ID))); err != nil {
		return err
	}
	return f.strict(dump)
}

// streamArticles streams the dump at paths into add on workers goroutines,
// numbering the articles densely in input order. visit, when not nil, sees
// each article first, in order, on the reading goroutine. It returns the
// dump's diagnostics and the number of articles; progress, if any, is ended.
func streamArticles(paths []string, lopt corpus.Options, workers int, visit, add func(i int, a *corpus.Article)) (*corpus.Dump, int, error) {
	type job struct {
		i int
		a *corpus.Article
	}
	jobs := make(chan job, 256)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				add(j.i, j.a)
			}
		})
	}
	n := 0
	dump, err := corpus.Stream(paths, lopt, func(a *corpus.Article) error {
		if visit != nil {
			visit(n, a)
		}
		jobs <- job{n, a}
		n++
		return nil
	})
	close(jobs)
	wg.Wait()
	if lopt.Progress != nil {
		lopt.Progress(-1, 0)
	}
	return dump, n, err
}
