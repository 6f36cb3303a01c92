package main

import (
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// diffOptions are the parsed arguments of `compare diff`.
type diffOptions struct {
	f       *factory
	A, B    string
	In      string
	NoColor bool
	Width   int
	// ChangedOnly leaves the unchanged sentence pairs out of the views.
	ChangedOnly bool
}

func newCmdDiff(f *factory, runF func(*diffOptions) error) *cobra.Command {
	opts := &diffOptions{f: f}
	cmd := &cobra.Command{
		Use:   "diff A B",
		Short: "Show what two articles share and where they differ",
		Long: `diff aligns the sentences of two articles (one to one, or one to two where an
editor split or merged a sentence, and sentences moved out of order), diffs the
words of the titles and of every aligned pair, and lists the passages both
carry, the quotes (and which both carry), and the substitutions the word diffs
hold ("Kiev" -> "Kyiv"). An article with no body is compared on its title.

A and B are article files, or ids of two articles of the dump given with --in
(then passages that other articles of the same outlet carry are marked as
boilerplate). The table format is a terminal view: side by side when the
terminal is at least 100 columns wide, inline (wdiff's [-deleted-]{+inserted+})
otherwise, wrapped at words to the width; on a terminal the marks are also in
colour unless --no-color or NO_COLOR is set. --changed-only leaves out the
sentence pairs without a change (table, markdown and html; json holds all).
--format html writes one self-contained page.`,
		Example: "  compare diff a.txt b.txt\n  compare diff --in dump.jsonl --format html id1 id2 > diff.html",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return flagErrorf("diff: give two articles A and B")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			if opts.Width < 0 {
				return flagErrorf("--width must be positive, got %d", opts.Width)
			}
			if err := f.checkFormat(&report.Diff{}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.In, "in", "", "a dump holding the articles named by id")
	cmd.Flags().BoolVar(&opts.NoColor, "no-color", false, "no colour in the terminal view")
	cmd.Flags().IntVar(&opts.Width, "width", 0, "columns of the terminal view (default: the terminal's, else 80)")
	cmd.Flags().BoolVar(&opts.ChangedOnly, "changed-only", false, "leave out the sentence pairs without a change, saying how many")
	return cmd
}

func diffRun(opts *diffOptions) error {
	f := opts.f
	popt, err := f.options()
	if err != nil {
		return err
	}
	res, err := pipeline.Diff(opts.A, opts.B, opts.In, popt)
	f.summaryPair(res.Pair)
	if err != nil {
		return pairError(err)
	}
	diags := res.Diagnostics()
	out := report.NewDiff(res.A, res.B, res.Alignment)
	out.View = diffView(f.out, opts)
	return f.render(nil, diags, out)
}

// diffView is how the terminal view is drawn on out: as wide as --width,
// else COLUMNS, else as the terminal, else 80 columns; in colour on a terminal unless
// --no-color or NO_COLOR says otherwise.
func diffView(out io.Writer, opts *diffOptions) report.DiffView {
	view := report.DiffView{Width: opts.Width, ChangedOnly: opts.ChangedOnly}
	file, ok := out.(*os.File)
	tty := ok && term.IsTerminal(int(file.Fd()))
	if view.Width == 0 {
		view.Width = tableWidth(out, os.Getenv("COLUMNS")) // as tables are drawn
	}
	if view.Width == 0 {
		view.Width = 80
	}
	view.Color = tty && !opts.NoColor && os.Getenv("NO_COLOR") == ""
	return view
}
