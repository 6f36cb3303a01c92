package main

import (
	"github.com/spf13/cobra"

	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// similarityOptions are the parsed arguments of `compare similarity`.
type similarityOptions struct {
	f       *factory
	A, B    string
	In      string
	Shingle int
	Explain bool
	Fold    bool
}

func newCmdSimilarity(f *factory, runF func(*similarityOptions) error) *cobra.Command {
	opts := &similarityOptions{f: f}
	cmd := &cobra.Command{
		Use:   "similarity A B",
		Short: "Every similarity score of one pair of articles",
		Long: `similarity scores one pair: Jaccard of word shingles, containment both ways,
the MinHash estimate, TF-IDF cosine of content words, title similarity and a
combined score. A and B are two files holding one article each, or two ids of
articles in the dump given with --in (whose articles then also supply the IDF
weights). --explain lists the passages the two share.`,
		Example: "  compare similarity a.txt b.txt\n  compare similarity --in dump.jsonl --explain id1 id2",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return flagErrorf("similarity: give two articles, A and B")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			if opts.Shingle < 1 {
				return flagErrorf("--shingle must be at least 1, got %d", opts.Shingle)
			}
			if err := f.checkFormat(&report.Pair{}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return similarityRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.In, "in", "", "a dump holding the articles named by id")
	cmd.Flags().IntVar(&opts.Shingle, "shingle", 5, "words per shingle")
	addFoldFlag(cmd, &opts.Fold)
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "list the passages the two articles share")
	return cmd
}

func similarityRun(opts *similarityOptions) error {
	f := opts.f
	popt, err := f.options()
	if err != nil {
		return err
	}
	popt.Dedup.Shingle, popt.NoFold = opts.Shingle, !opts.Fold
	res, err := pipeline.Similarity(opts.A, opts.B, opts.In, popt)
	f.summaryPair(res.Pair)
	if err != nil {
		return pairError(err)
	}
	diags := res.Diagnostics()
	out := report.NewPair(res.A, res.B, res.Scores)
	if opts.Explain {
		out.Shared = res.Shared
	}
	return f.render(nil, diags, out)
}
