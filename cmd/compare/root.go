package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

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
	// progress is the progress line on stderr, nil when stderr is not a
	// terminal or under --quiet.
	progress *progress
}

// globalOptions are the flags every command shares.
type globalOptions struct {
	Format   report.Format
	Outlets  string
	Fields   corpus.FieldMap
	MaxBytes corpus.Size
	Strict   corpus.Severity // "" when --strict is not given
	Workers  int
	Quiet    bool
}

// maxWorkers bounds --workers. Workers parse, clean and score on the CPU,
// so more of them than cores gain nothing, and each holds its batches in
// flight (up to 4 MiB of input and its articles): a typo such as 1000000
// took 5.9 GB before doing any work. 1024 is past the cores of any one
// machine the tool runs on, with room to spare.
const maxWorkers = 1024

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
		Version:       version(debug.ReadBuildInfo()),
	}
	cmd.SetVersionTemplate("compare {{.Version}}\n")
	cmd.SetIn(f.in)
	cmd.SetOut(f.out)
	cmd.SetErr(f.errOut)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &flagError{err} })
	pf := cmd.PersistentFlags()
	pf.Var(&f.global.Format, "format", "output format: table, markdown, json, csv, or html (diff, framing and report)")
	pf.StringVar(&f.global.Outlets, "outlets", "", "`FILE`: CSV rows pattern,outlet naming outlets by id, file name or URL; outlet:NAME,outlet merges two names of one outlet")
	pf.Var(f.global.Fields, "field", "read a role (text, title, date, outlet, url, id) from the named field, e.g. text=body_html; repeatable")
	pf.Var(&f.global.MaxBytes, "max-bytes", "bound on one article's size, in bytes or with a unit (16MiB, 2MB); longer ones are cut or skipped, and reported")
	pf.Var(&f.global.Strict, "strict", "exit 2 when the input produced a diagnostic of severity `LEVEL` (info, warning or error) or graver; give it with =, --strict alone is warning")
	pf.Lookup("strict").NoOptDefVal = string(corpus.Warning)
	pf.IntVar(&f.global.Workers, "workers", runtime.NumCPU(), fmt.Sprintf("number of parallel workers, at most %d", maxWorkers))
	pf.BoolVarP(&f.global.Quiet, "quiet", "q", false, "print no diagnostics, progress or summary on stderr")
	cmd.AddCommand(newCmdInspect(f, nil), newCmdDedup(f, nil), newCmdSimilarity(f, nil), newCmdPairs(f, nil), newCmdEvents(f, nil), newCmdEval(f, nil), newCmdDiff(f, nil), newCmdFraming(f, nil), newCmdReport(f, nil))
	return cmd
}

// addFoldFlag declares --fold, shared by the commands that score texts
// against each other (dedup, similarity, pairs); events, diff and framing
// always fold.
func addFoldFlag(cmd *cobra.Command, fold *bool) {
	cmd.Flags().BoolVar(fold, "fold", true, "fold the lexicon's spelling variants (Kiev/Kyiv, Donbass/Donbas) before comparing; --fold=false keeps them apart")
}

// options turns the global flags into pipeline options, reading the
// outlets manifest.
func (f *factory) options() (pipeline.Options, error) {
	g := f.global
	if g.Workers < 1 || g.Workers > maxWorkers {
		return pipeline.Options{}, flagErrorf("--workers must be at least 1 and at most %d, got %d", maxWorkers, g.Workers)
	}
	if g.MaxBytes < 1 {
		return pipeline.Options{}, flagErrorf("--max-bytes must be at least 1 byte, got %s", g.MaxBytes)
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
	popt := pipeline.Options{Load: opt}
	if p := newProgress(f.errOut); p != nil && !g.Quiet {
		f.progress = p
		popt.Load.Progress, popt.Progress = p.Bytes, p.Stage
	}
	return popt, nil
}

// summary prints what a read read and its diagnostics on stderr, unless
// --quiet.
func (f *factory) summary(in pipeline.Input) {
	f.progress.end()
	if !f.global.Quiet {
		printSummary(f.errOut, in.Diagnostics, count(in.Articles, "article")+" from "+sourcesRead(in.Files, in.Stdin))
	}
}

// sourcesRead says what a read read: "3 files", "standard input", "2 files
// and standard input".
func sourcesRead(files int, stdin bool) string {
	switch {
	case !stdin:
		return count(files, "file")
	case files == 0:
		return "standard input"
	}
	return count(files, "file") + " and standard input"
}

// summaryPair is summary for each read of a pair (none when p is nil).
func (f *factory) summaryPair(p *pipeline.Pair) {
	if p != nil {
		for _, in := range p.Loads {
			f.summary(in)
		}
	}
}

// maxShownDiagnostics bounds the lines of diagnostics printed on stderr,
// one per problem; JSON output carries all of them.
const maxShownDiagnostics = 50

// printSummary prints the diagnostics, one line per problem (see
// report.GroupDiagnostics), and a summary line that starts with what was
// read.
func printSummary(w io.Writer, diags []corpus.Diagnostic, what string) {
	counts := map[corpus.Severity]int{}
	for _, x := range diags {
		counts[x.Severity]++
	}
	groups := report.GroupDiagnostics(diags)
	for i, g := range groups {
		if i < maxShownDiagnostics {
			fmt.Fprintln(w, g)
		}
	}
	if n := len(groups) - maxShownDiagnostics; n > 0 {
		fmt.Fprintf(w, "... and %d more problems (all of them are in --format json)\n", n)
	}
	fmt.Fprintf(w, "compare: %s; %s (%s, %s, %d info)\n", what, count(len(diags), "diagnostic"),
		count(counts[corpus.Error], "error"), count(counts[corpus.Warning], "warning"), counts[corpus.Info])
}

// count is n and noun, plural unless n is 1: "1 article", "5 articles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkFormat rejects a --format the command's sections cannot render
// (see [report.Check]), before any input is read.
func (f *factory) checkFormat(sections ...report.Section) error {
	if err := report.Check(f.global.Format, sections...); err != nil {
		return &flagError{err}
	}
	return nil
}

// render writes a document of the sections and diags in the format
// --format asks for, then returns failed when it is not nil (a run that had
// nothing to work on still writes its output, diagnostics and all), else
// the error --strict asks for.
func (f *factory) render(failed error, diags []corpus.Diagnostic, sections ...report.Section) error {
	doc := report.New(diags, sections...)
	doc.Width = tableWidth(f.out, os.Getenv("COLUMNS"))
	if err := report.Write(f.out, f.global.Format, doc); err != nil {
		return err
	}
	if failed != nil {
		return failed
	}
	return f.strict(diags)
}

// tableWidth is the width tables may take on out: COLUMNS when it is set
// to a number (the user's word wins; 0 for no bound), else the terminal's
// width when out is one, else 0: output to a file or a pipe keeps every
// cell whole, one line a row, so that grep finds a row and a script reads
// it.
func tableWidth(out io.Writer, columns string) int {
	if n, err := strconv.Atoi(strings.TrimSpace(columns)); err == nil && n >= 0 {
		return n
	}
	if file, ok := out.(*os.File); ok && term.IsTerminal(int(file.Fd())) {
		if w, _, err := term.GetSize(int(file.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
}

// strict returns the error --strict asks for when diags holds one at its
// level or graver.
func (f *factory) strict(diags []corpus.Diagnostic) error {
	n := 0
	for _, d := range diags {
		if d.Severity.AtLeast(f.global.Strict) {
			n++
		}
	}
	if n > 0 {
		return &strictError{n: n, level: f.global.Strict}
	}
	return nil
}
