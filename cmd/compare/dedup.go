package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// dedupOptions are the parsed arguments of `compare dedup`.
type dedupOptions struct {
	f       *factory
	Paths   []string
	Dedup   similarity.DedupOptions
	Explain bool
	Fold    bool
}

// maxHashes bounds --hashes. A signature costs 8 bytes a value for every
// article held, and the estimate's standard error, about 1/sqrt(K), is
// 0.03 at 1024 against 0.09 at the default 128: past 1024 a value more buys
// almost nothing, and a typo of 1000000 would hold 8 MB per article.
const maxHashes = 1024

func newCmdDedup(f *factory, runF func(*dedupOptions) error) *cobra.Command {
	opts := &dedupOptions{f: f}
	cmd := &cobra.Command{
		Use:   "dedup PATH...",
		Short: "Find exact, near and contained duplicates (syndicated and republished copies)",
		Long: `dedup groups the articles that are the same text: exact copies (identical
normalised text), near copies (Jaccard of word 5-gram shingles at or above
--threshold) and contained copies (at least --containment of one article's
shingles inside the other: a trimmed copy, or one wrapped in extra chrome).

Candidates come from MinHash signatures in LSH bands and from a sample of
shingles for containment, never from all pairs; every candidate is verified on
the exact shingle sets. Each group lists its edges with their scores, says when
members are linked only through others (chained), and names the earliest-dated
member as the original, or says why it cannot.

Spelling variants of the lexicon (Kiev/Kyiv, Donbass/Donbas) fold before
anything is compared, so a respelled reprint is a copy; --fold=false keeps them
apart. An article without a body is compared by its title, and its matches are
of kind title: the same headline, no body compared.`,
		Example: "  compare dedup testdata/seeds\n  compare dedup --threshold 0.7 --format json dump.jsonl.gz\n  compare dedup --explain dump.jsonl",
		Args:    needPaths("dedup"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkDedupFlags(&opts.Dedup, "threshold"); err != nil {
				return err
			}
			if d := opts.Dedup; d.HoldBytes < 1 {
				return flagErrorf("--hold must be at least 1 byte, got %s", corpus.Size(d.HoldBytes))
			}
			if err := f.checkFormat(&report.Dedup{}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return dedupRun(opts)
		},
	}
	fl := cmd.Flags()
	addDedupFlags(cmd, &opts.Dedup, "threshold")
	fl.BoolVar(&opts.Explain, "explain", false, "print the LSH bands and their theoretical false-positive and false-negative rates")
	addFoldFlag(cmd, &opts.Fold)
	opts.Dedup.HoldBytes = 512 << 20
	fl.Var((*corpus.Size)(&opts.Dedup.HoldBytes), "hold", "bytes of shingle sets to hold for verification, with a unit if wished (512MiB, 2GB); past it, the input is read a second time")
	return cmd
}

// addDedupFlags declares the flags of duplicate detection, shared with
// report, whose --threshold is events': threshold names the flag of the
// Jaccard threshold.
func addDedupFlags(cmd *cobra.Command, d *similarity.DedupOptions, threshold string) {
	fl := cmd.Flags()
	fl.Float64Var(&d.Threshold, threshold, 0.8, "Jaccard of shingle sets for a near duplicate")
	fl.Float64Var(&d.Containment, "containment", 0.9, "share of one article's shingles inside the other for a contained copy")
	fl.IntVar(&d.Shingle, "shingle", 5, "words per shingle")
	fl.IntVar(&d.Hashes, "hashes", 128, fmt.Sprintf("MinHash values per signature, at most %d", maxHashes))
}

// checkDedupFlags validates what addDedupFlags declared.
func checkDedupFlags(d *similarity.DedupOptions, threshold string) error {
	switch {
	case d.Threshold <= 0 || d.Threshold > 1:
		return flagErrorf("--%s must be in (0, 1], got %g", threshold, d.Threshold)
	case d.Containment <= 0 || d.Containment > 1:
		return flagErrorf("--containment must be in (0, 1], got %g", d.Containment)
	case d.Shingle < 1:
		return flagErrorf("--shingle must be at least 1, got %d", d.Shingle)
	case d.Hashes < 8 || d.Hashes > maxHashes:
		return flagErrorf("--hashes must be at least 8 and at most %d, got %d", maxHashes, d.Hashes)
	}
	return nil
}

func dedupRun(opts *dedupOptions) error {
	f := opts.f
	popt, err := f.options()
	if err != nil {
		return err
	}
	popt.Dedup, popt.NoFold = opts.Dedup, !opts.Fold
	res, err := pipeline.Dedup(opts.Paths, popt)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	out := report.NewDedup(res.Dedup.Deduper, res.Dedup.Groups, res.Dedup.About)
	if opts.Explain {
		out.Explain = report.ExplainDedup(res.Dedup.Deduper)
	}
	return f.render(loaded(res.Input), res.Diagnostics, out)
}
