package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// reportOptions are the parsed arguments of `compare report`.
type reportOptions struct {
	f        *factory
	Paths    []string
	Output   string // -o FILE; "" writes to stdout
	Format   report.Format
	Report   pipeline.ReportOptions
	Event    event.Options
	Dedup    similarity.DedupOptions
	Fold     bool
	Lexicons []string
	// Timestamp writes the time of the run into the report.
	Timestamp bool
}

func newCmdReport(f *factory, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{f: f}
	cmd := &cobra.Command{
		Use:   "report PATH... [-o FILE] [--format F]",
		Short: "Write the report of a whole dump: events, duplicates, diffs and framing in one document",
		Long: `report runs every stage on the dump once (one load, one dedup, one event
grouping, framing, and the alignments the largest events need) and writes one
document: a summary (articles, outlets, date span, diagnostics by kind), the
duplicate groups, how outlets frame the stories, the quotes several outlets
carry, the index of events, and each of the largest events expanded — its
coverage table, the variants its outlets differ on, the passages and quotes its
articles share, their similarity, and the diffs of its most informative pairs.

-o FILE writes the report to FILE, in the format its extension names (.html or
.htm, .md or .markdown, .json) unless --format says otherwise; the file is
written whole or not at all. Without -o, a summary for the terminal goes to
stdout (--format json, markdown or html writes those there instead).

The Markdown fits a GitHub comment or job summary: at most 64,000 bytes, the
last line saying what was left out. --events, --articles and --diffs bound what
is expanded; the output is the same bytes for the same input, whatever
--workers, unless --timestamp adds the time of the run.`,
		Example: "  compare report testdata/seeds -o report.html\n  compare report dump.jsonl -o report.md\n  compare report --events 20 dump.jsonl.gz -o report.json",
		Args:    needPaths("report"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEventFlags(&opts.Event); err != nil {
				return err
			}
			if err := checkDedupFlags(&opts.Dedup, "dedup-threshold"); err != nil {
				return err
			}
			r := opts.Report
			switch {
			case r.Events == 0:
				return flagErrorf("--events must be at least 1, or negative to expand every event")
			case r.Articles == 0 || r.Articles == 1:
				return flagErrorf("--articles must be at least 2, or negative for no bound, got %d", r.Articles)
			case r.Diffs == 0:
				return flagErrorf("--diffs must be at least 1, or negative for no bound")
			}
			format, err := reportFormat(opts.Output, f.global.Format, cmd.Flags().Changed("format"))
			if err != nil {
				return err
			}
			opts.Format, f.global.Format = format, format
			if err := f.checkFormat(&report.Dump{}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` (.html, .md or .json) instead of a summary on stdout")
	fl.IntVar(&opts.Report.Events, "events", pipeline.DefaultReportEvents, "expand the N largest events of more than one article; negative expands every one")
	fl.IntVar(&opts.Report.Articles, "articles", pipeline.DefaultReportArticles, "compare at most N articles of an event with each other; negative compares them all")
	fl.IntVar(&opts.Report.Diffs, "diffs", pipeline.DefaultReportDiffs, "diff at most N pairs of each expanded event side by side; negative diffs every pair of different outlets")
	fl.BoolVar(&opts.Timestamp, "timestamp", false, "write the time of the run into the report (which then differs from run to run)")
	addEventFlags(cmd, &opts.Event)
	addDedupFlags(cmd, &opts.Dedup, "dedup-threshold")
	addFoldFlag(cmd, &opts.Fold)
	addLexiconFlag(cmd, &opts.Lexicons)
	return cmd
}

// reportFormat is the format of the report: --format when given, else the
// one the extension of the output file names, else the terminal summary.
// An output file of another extension without --format is a usage error.
func reportFormat(output string, format report.Format, given bool) (report.Format, error) {
	if given {
		return format, nil
	}
	if output == "" {
		return report.Table, nil
	}
	ext := strings.ToLower(filepath.Ext(output))
	switch ext {
	case ".html", ".htm":
		return report.HTML, nil
	case ".md", ".markdown":
		return report.Markdown, nil
	case ".json":
		return report.JSON, nil
	}
	return "", flagErrorf("-o %s: the extension %q names no format of the report (.html, .md, .json); give --format", output, ext)
}

func reportRun(opts *reportOptions) error {
	f := opts.f
	popt, err := lexiconOptions(f, opts.Lexicons)
	if err != nil {
		return err
	}
	popt.Event, popt.Dedup, popt.NoFold = opts.Event, opts.Dedup, !opts.Fold
	softMemoryLimit(pipeline.FramingMemory)
	res, err := pipeline.Report(opts.Paths, popt, opts.Report)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	dump := &report.Dump{R: res}
	if opts.Timestamp {
		dump.Generated = time.Now()
	}
	doc := report.New(res.Diagnostics, dump)
	if opts.Output == "" {
		doc.Width = tableWidth(f.out, os.Getenv("COLUMNS"))
		err = report.Write(f.out, opts.Format, doc)
	} else {
		err = writeReport(f, opts.Output, opts.Format, doc)
	}
	if err != nil {
		return err
	}
	if err := loaded(res.Input); err != nil {
		return err
	}
	return f.strict(res.Diagnostics)
}

// writeReport writes doc in format to the file path, through a temporary
// file in its directory renamed over it once complete: a run that fails
// leaves no part of a report (and the file that was there, if any). It
// says on stderr what it wrote, unless --quiet.
func writeReport(f *factory, path string, format report.Format, doc *report.Document) error {
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n >= 0 {
		doc.Width = n // a table in a file is as wide as COLUMNS says, else unbounded
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	w := &countingWriter{w: bw}
	if err := report.Write(w, format, doc); err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		done = true
		return fmt.Errorf("-o %s: %w", path, err)
	}
	done = true
	if !f.global.Quiet {
		fmt.Fprintf(f.errOut, "compare: wrote %s (%s, %s bytes)\n", path, format, digits(w.n))
	}
	return nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// digits writes n with commas between groups of three digits: 48,213.
func digits(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
