package main

import (
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// factory holds what every command shares: the streams and the global
// options.
type factory struct {
	in          io.Reader
	out, errOut io.Writer
	global      globalOptions
}

// globalOptions are the flags every command shares.
type globalOptions struct {
	Format   report.Format
	Outlets  string
	Fields   corpus.FieldMap
	MaxBytes int
	Strict   bool
	Workers  int
	Quiet    bool
}

func newCmdRoot(f *factory) *cobra.Command {
	f.global = globalOptions{Format: report.Table, Fields: corpus.FieldMap{}, Workers: runtime.NumCPU(), MaxBytes: corpus.DefaultMaxBytes}
	cmd := &cobra.Command{
		Use:   "compare",
		Short: "Compare news articles: duplicates, events, differences and framing",
		Long: `compare reads dumps of news articles (.txt, .jsonl, .json, .csv, .tsv, optionally .gz)
and tells which are the same text, which cover the same event, what two articles
share and how each outlet frames a story.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.SetIn(f.in)
	cmd.SetOut(f.out)
	cmd.SetErr(f.errOut)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &flagError{err} })
	pf := cmd.PersistentFlags()
	pf.Var(&f.global.Format, "format", "output format: table, markdown, json, csv, or html (diff and framing)")
	pf.StringVar(&f.global.Outlets, "outlets", "", "`FILE`: CSV rows pattern,outlet naming outlets by id, file name or URL; outlet:NAME,outlet merges two names of one outlet")
	pf.Var(f.global.Fields, "field", "read a role (text, title, date, outlet, url, id) from the named field, e.g. text=body_html; repeatable")
	pf.IntVar(&f.global.MaxBytes, "max-bytes", corpus.DefaultMaxBytes, "bound on one article's size in bytes; longer ones are cut or skipped, and reported")
	pf.BoolVar(&f.global.Strict, "strict", false, "exit 2 when the input produced any diagnostic")
	pf.IntVar(&f.global.Workers, "workers", runtime.NumCPU(), "number of parallel workers")
	pf.BoolVarP(&f.global.Quiet, "quiet", "q", false, "print no diagnostics, progress or summary on stderr")
	cmd.AddCommand(newCmdInspect(f, nil), newCmdDedup(f, nil), newCmdSimilarity(f, nil), newCmdPairs(f, nil), newCmdEvents(f, nil), newCmdEval(f, nil), newCmdDiff(f, nil), newCmdFraming(f, nil))
	return cmd
}

// options turns the global flags into pipeline options, reading the
// outlets manifest.
func (f *factory) options() (pipeline.Options, error) {
	g := f.global
	if g.Workers < 1 {
		return pipeline.Options{}, flagErrorf("--workers must be at least 1, got %d", g.Workers)
	}
	if g.MaxBytes < 1 {
		return pipeline.Options{}, flagErrorf("--max-bytes must be at least 1, got %d", g.MaxBytes)
	}
	opt := corpus.Options{Workers: g.Workers, Fields: g.Fields, MaxBytes: g.MaxBytes, Stdin: f.in}
	if g.Outlets != "" {
		file, err := os.Open(g.Outlets)
		if err != nil {
			return pipeline.Options{}, fmt.Errorf("--outlets: %w", err)
		}
		defer file.Close()
		opt.Outlets, err = corpus.ReadOutlets(file, g.Outlets)
		if err != nil {
			return pipeline.Options{}, fmt.Errorf("--outlets: %w", err)
		}
	}
	if !g.Quiet {
		opt.Progress = newProgress(f.errOut)
	}
	return pipeline.Options{Load: opt}, nil
}

// summary prints what a read read and its diagnostics on stderr, unless
// --quiet.
func (f *factory) summary(in pipeline.Input) {
	if !f.global.Quiet {
		printSummary(f.errOut, in.Diagnostics, fmt.Sprintf("%d articles from %d files", in.Articles, in.Files))
	}
}

// summaryPair is summary for each read of a pair (none when p is nil).
func (f *factory) summaryPair(p *pipeline.Pair) {
	if p != nil {
		for _, in := range p.Loads {
			f.summary(in)
		}
	}
}

// maxShownDiagnostics bounds the diagnostics printed on stderr; JSON output
// carries all of them.
const maxShownDiagnostics = 50

// printSummary prints the first diagnostics and a summary line that starts
// with what was read.
func printSummary(w io.Writer, diags []corpus.Diagnostic, what string) {
	counts := map[corpus.Severity]int{}
	for i, x := range diags {
		counts[x.Severity]++
		if i < maxShownDiagnostics {
			fmt.Fprintln(w, x)
		}
	}
	if n := len(diags) - maxShownDiagnostics; n > 0 {
		fmt.Fprintf(w, "... and %d more diagnostics (all of them are in --format json)\n", n)
	}
	fmt.Fprintf(w, "compare: %s; %d diagnostics (%d errors, %d warnings, %d info)\n",
		what, len(diags), counts[corpus.Error], counts[corpus.Warning], counts[corpus.Info])
}

// render writes a document of the sections and diags in the format
// --format asks for, then returns the error --strict asks for when diags is
// not empty.
func (f *factory) render(diags []corpus.Diagnostic, sections ...report.Section) error {
	if err := report.Write(f.out, f.global.Format, report.New(diags, sections...)); err != nil {
		return err
	}
	return f.strict(diags)
}

// strict returns the error --strict asks for when diags is not empty.
func (f *factory) strict(diags []corpus.Diagnostic) error {
	if f.global.Strict && len(diags) > 0 {
		return &strictError{n: len(diags)}
	}
	return nil
}
