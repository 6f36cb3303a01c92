package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// framingOptions are the parsed arguments of `compare framing`.
type framingOptions struct {
	f        *factory
	Paths    []string
	Lexicons []string
	Event    event.Options
}

func newCmdFraming(f *factory, runF func(*framingOptions) error) *cobra.Command {
	opts := &framingOptions{f: f}
	cmd := &cobra.Command{
		Use:   "framing PATH...",
		Short: "Show how each outlet tells the story: variants, distinctive terms, sourcing",
		Long: `framing shows, for the whole dump and for each event, how outlets differ in the
words they choose: an outlet × variant matrix of the lexicon's groups (place
names in their Russian- and Ukrainian-derived spellings, Zelensky's, status
terms such as "Donetsk People's Republic" against "Donetsk region", reporting
verbs by class); spelling variants discovered without a list (close
transliteration skeletons, used by complementary outlets in shared contexts,
and substitutions found in aligned sentences of one event); the terms
distinctive of each outlet (log-odds with an informative Dirichlet prior,
against a permutation baseline); and how each outlet attributes: named and
anonymous sources, agencies cited, reporting verbs.

--lexicon FILE adds a lexicon to the embedded one (a group with the same id
replaces it); --lexicon none starts from nothing, so discovery alone finds
variants. Events are grouped as by 'compare events'.`,
		Example: "  compare framing testdata/seeds\n  compare framing --lexicon none --format json dump.jsonl",
		Args:    needPaths("framing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEventFlags(&opts.Event); err != nil {
				return err
			}
			if err := f.checkFormat(&report.Framing{}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return framingRun(opts)
		},
	}
	addLexiconFlag(cmd, &opts.Lexicons)
	addEventFlags(cmd, &opts.Event)
	return cmd
}

// addLexiconFlag declares --lexicon, shared with report.
func addLexiconFlag(cmd *cobra.Command, files *[]string) {
	cmd.Flags().StringArrayVar(files, "lexicon", nil, "lexicon file to add (repeatable), or none for discovery alone")
}

// lexiconOptions returns the run's options with the lexicons of --lexicon
// loaded, for the commands that frame (framing, report).
func lexiconOptions(f *factory, files []string) (pipeline.Options, error) {
	lx, err := framing.LoadLexicons(files)
	if err != nil {
		return pipeline.Options{}, flagErrorf("--lexicon: %v", err)
	}
	popt, err := f.options()
	if err != nil {
		return pipeline.Options{}, err
	}
	popt.Lexicon = lx
	return popt, nil
}

func framingRun(opts *framingOptions) error {
	f := opts.f
	popt, err := lexiconOptions(f, opts.Lexicons)
	if err != nil {
		return err
	}
	popt.Event = opts.Event
	softMemoryLimit(pipeline.FramingMemory)
	res, err := pipeline.Framing(opts.Paths, popt)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	return f.render(loaded(res.Input), res.Diagnostics, report.NewFraming(res.Framing.Analysis, res.Framing.Labels))
}

// softMemoryLimit asks the Go runtime for a soft memory limit of n bytes
// unless GOMEMLIMIT sets one. The limit is process-wide, so the command,
// which owns the process, sets it; the pipeline only knows the figure its
// stages need (pipeline.FramingMemory).
func softMemoryLimit(n int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
	}
}
