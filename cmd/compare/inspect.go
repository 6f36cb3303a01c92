package main

import (
	"github.com/spf13/cobra"

	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// inspectOptions are the parsed arguments of `compare inspect`.
type inspectOptions struct {
	f     *factory
	Paths []string
}

// newCmdInspect builds `compare inspect`. It only parses and validates; the
// work is done by runF, inspectRun unless a test injects another.
func newCmdInspect(f *factory, runF func(*inspectOptions) error) *cobra.Command {
	opts := &inspectOptions{f: f}
	return &cobra.Command{
		Use:   "inspect PATH...",
		Short: "Load a dump and list its articles with their metadata and diagnostics",
		Long: `inspect loads a dump, cleans it, and lists every article with its outlet, date
(and where each came from), title, word and sentence counts; every skipped or
repaired input is reported as a diagnostic with its file and line.`,
		Example: "  compare inspect testdata/seeds\n  compare inspect --format json dump.jsonl.gz\n  cat dump.jsonl | compare inspect -",
		Args:    needPaths("inspect"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := f.checkFormat(report.Articles(nil)); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return inspectRun(opts)
		},
	}
}

func inspectRun(opts *inspectOptions) error {
	f := opts.f
	popt, err := f.options()
	if err != nil {
		return err
	}
	res, err := pipeline.Load(opts.Paths, popt)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	return f.render(loaded(res.Input), res.Diagnostics, report.NewArticles(res.Dump))
}
