package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// pairsOptions are the parsed arguments of `compare pairs`.
type pairsOptions struct {
	f       *factory
	Path    string
	Shingle int
	Fold    bool
}

func newCmdPairs(f *factory, runF func(*pairsOptions) error) *cobra.Command {
	opts := &pairsOptions{f: f}
	cmd := &cobra.Command{
		Use:   "pairs FILE.jsonl",
		Short: "Score many pairs of texts, one JSON line per pair",
		Long: `pairs scores each line of a JSON Lines file: a pair given as "text_1" and
"text_2" (with "title_1" and "title_2" when there are titles), or as "a" and "b",
paths of article files relative to FILE's folder. Every other field of the line
is echoed, in its order, and "similarity" added: {"jaccard", "containment",
"containment_ab", "containment_ba", "minhash", "cosine", "title", "combined"}.
IDF weights come from all texts of the file; spelling variants of the lexicon
fold first (--fold=false keeps them apart). A line that cannot be scored (a
blank line too) is reported on stderr and output with "similarity": null and
an "error", so output lines match input lines one to one; table and CSV echo
the other fields too. When no line is scored the exit code is 2. Use
--format json for JSON Lines.`,
		Example: "  compare pairs --format json pairs.jsonl > scored.jsonl\n  compare pairs pairs.jsonl",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return flagErrorf("pairs: give one FILE.jsonl (or - for stdin)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			if opts.Shingle < 1 {
				return flagErrorf("--shingle must be at least 1, got %d", opts.Shingle)
			}
			if err := f.checkFormat(report.PairLines(nil)); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return pairsRun(opts)
		},
	}
	cmd.Flags().IntVar(&opts.Shingle, "shingle", 5, "words per shingle")
	addFoldFlag(cmd, &opts.Fold)
	return cmd
}

func pairsRun(opts *pairsOptions) error {
	f, g := opts.f, opts.f.global
	popt := pipeline.Options{Load: corpus.Options{Fields: g.Fields, MaxBytes: g.MaxBytes, Stdin: f.in}}
	popt.Dedup.Shingle, popt.NoFold = opts.Shingle, !opts.Fold
	res, err := pipeline.Pairs(opts.Path, popt)
	if err != nil {
		return err
	}
	if !g.Quiet {
		f.progress.end()
		printSummary(f.errOut, res.Diagnostics, count(len(res.Lines), "pair"))
	}
	var failed error
	if res.Scored() == 0 {
		failed = &emptyError{fmt.Sprintf("%s: no pair was scored (%d lines); see the diagnostics", opts.Path, len(res.Lines))}
	}
	return f.render(failed, res.Diagnostics, report.PairLines(pairLines(res.Lines)))
}

// pairLines are the output lines of scored pairs.
func pairLines(scored []pipeline.ScoredPair) []report.PairLine {
	lines := make([]report.PairLine, len(scored))
	for i, p := range scored {
		lines[i] = report.PairLine{Line: p.Line, Error: p.Error}
		for _, x := range p.Echo {
			lines[i].Echo = append(lines[i].Echo, report.Field{Key: x.Key, Value: x.Value})
		}
		if p.Scores != nil {
			s := report.ScoresOf(*p.Scores)
			lines[i].Scores = &s
		}
	}
	return lines
}
