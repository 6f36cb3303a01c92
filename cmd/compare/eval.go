package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
	"github.com/newsfold/compare/similarity"
)

// evalOptions are the parsed arguments of `compare eval events|dedup`.
type evalOptions struct {
	f     *factory
	Of    string // events or dedup
	Gold  string
	Paths []string
	Sweep bool
	Event event.Options
	Dedup similarity.DedupOptions
}

func newCmdEval(f *factory, runF func(*evalOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval events|dedup --gold GOLD.csv PATH...",
		Short: "Score events or duplicate groups against a gold clustering",
		Long: `eval compares what compare finds with a gold clustering: a CSV file of rows
id,event (a header row is allowed), each article id with the label of its gold
cluster. It prints B-cubed precision, recall and F1 (per article: how much of
its predicted cluster is in its gold cluster, and the reverse), pairwise
precision, recall and F1 (over pairs of articles), the adjusted Rand index, and
the number of predicted and gold clusters. Only articles in both the dump and
the gold file are scored; the others are counted and listed in JSON.

With --sweep, the same figures at a range of thresholds, to see how stable the
default is.`,
		Example: "  compare eval events --gold basil-dev.gold.csv basil-dev.jsonl\n  compare eval events --sweep --gold gold.csv dump.jsonl\n  compare eval dedup --gold dups.csv dump.jsonl",
	}
	for _, of := range []string{"events", "dedup"} {
		opts := &evalOptions{f: f, Of: of}
		sub := &cobra.Command{
			Use:   of + " --gold GOLD.csv PATH...",
			Short: "Score " + of + " against a gold clustering",
			Args:  needPaths("eval " + of),
			RunE: func(cmd *cobra.Command, args []string) error {
				opts.Paths = args
				if opts.Gold == "" {
					return flagErrorf("eval %s: --gold GOLD.csv is required", of)
				}
				if of == "events" {
					if err := checkEventFlags(&opts.Event); err != nil {
						return err
					}
				} else if d := opts.Dedup; d.Threshold <= 0 || d.Threshold > 1 {
					return flagErrorf("--threshold must be in (0, 1], got %g", d.Threshold)
				}
				if err := f.checkFormat(&report.Eval{}); err != nil {
					return err
				}
				if runF != nil {
					return runF(opts)
				}
				return evalRun(opts)
			},
		}
		sub.Flags().StringVar(&opts.Gold, "gold", "", "CSV file of id,event rows: the gold clustering")
		sub.Flags().BoolVar(&opts.Sweep, "sweep", false, "score at a range of thresholds")
		if of == "events" {
			addEventFlags(sub, &opts.Event)
		} else {
			sub.Flags().Float64Var(&opts.Dedup.Threshold, "threshold", 0.8, "Jaccard of shingle sets for a near duplicate")
		}
		cmd.AddCommand(sub)
	}
	return cmd
}

func evalRun(opts *evalOptions) error {
	f := opts.f
	gold, err := readGold(opts.Gold)
	if err != nil {
		return err
	}
	popt, err := f.options()
	if err != nil {
		return err
	}
	popt.Event, popt.Dedup = opts.Event, opts.Dedup
	evaluate := pipeline.EvalDedup
	if opts.Of == "events" {
		evaluate = pipeline.EvalEvents
	}
	res, err := evaluate(opts.Paths, popt, gold, opts.Sweep)
	if err != nil {
		return err
	}
	f.summary(res.Input)
	failed := loaded(res.Input)
	if failed == nil && res.Scores.Items == 0 {
		failed = &emptyError{fmt.Sprintf("--gold %s: none of its ids is in the dump, so nothing was scored", opts.Gold)}
	}
	return f.render(failed, res.Diagnostics, evalReport(opts, res))
}

// evalReport is the report of an evaluation.
func evalReport(opts *evalOptions, res *pipeline.EvalResult) *report.Eval {
	e := &report.Eval{Of: opts.Of, Gold: opts.Gold, Threshold: res.Threshold, Scores: report.NewEvalScores(res.Scores)}
	for _, p := range res.Sweep {
		e.Sweep = append(e.Sweep, report.EvalPoint{Threshold: p.Threshold, Scores: report.NewEvalScores(p.Scores)})
	}
	return e
}

// readGold reads the gold clustering at path (see eval.ReadClustering).
func readGold(path string) (eval.Clustering, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--gold: %w", err)
	}
	defer file.Close()
	gold, err := eval.ReadClustering(file)
	if err != nil {
		return nil, fmt.Errorf("--gold %s: %w", path, err)
	}
	return gold, nil
}
