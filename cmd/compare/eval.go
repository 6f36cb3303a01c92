package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/event"
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
			Args:  needPaths("eval "+of, "eval"),
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

// sweepEvents and sweepDedup are the thresholds --sweep tries.
var (
	sweepEvents = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7}
	sweepDedup  = []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95}
)

func evalRun(opts *evalOptions) error {
	f := opts.f
	gold, err := readGold(opts.Gold)
	if err != nil {
		return err
	}
	res := &report.Eval{Of: opts.Of, Gold: opts.Gold}
	var dump *corpus.Dump
	if opts.Of == "events" {
		b, d, err := buildEvents(f, opts.Paths, opts.Event)
		if err != nil {
			return err
		}
		dump = d
		score := func(t float64) report.EvalScores {
			pred := eval.Clustering{}
			for _, e := range b.EventsAt(t) {
				for _, m := range e.Members {
					pred[b.ID(m)] = e.ID
				}
			}
			return report.NewEvalScores(eval.Compare(pred, gold))
		}
		res.Threshold = b.Options().Threshold
		res.Scores = score(res.Threshold)
		if opts.Sweep {
			for _, t := range sweepEvents {
				res.Sweep = append(res.Sweep, report.EvalPoint{Threshold: t, Scores: score(t)})
			}
		}
	} else {
		dump, err = f.load(opts.Paths)
		if err != nil {
			return err
		}
		score := func(t float64) report.EvalScores {
			dopt := opts.Dedup
			dopt.Threshold, dopt.Workers = t, f.global.Workers
			dd := similarity.NewDeduper(dopt)
			for i, a := range dump.Articles {
				dd.Add(i, dedupDoc(a))
			}
			pred := eval.Clustering{}
			for i, a := range dump.Articles {
				pred[a.ID] = fmt.Sprintf("a%d", i)
			}
			for k, g := range dd.Groups() {
				for _, m := range g.Members {
					pred[dd.ID(m)] = fmt.Sprintf("g%d", k)
				}
			}
			return report.NewEvalScores(eval.Compare(pred, gold))
		}
		res.Threshold = opts.Dedup.Threshold
		res.Scores = score(res.Threshold)
		if opts.Sweep {
			for _, t := range sweepDedup {
				res.Sweep = append(res.Sweep, report.EvalPoint{Threshold: t, Scores: score(t)})
			}
		}
	}
	if err := report.Write(f.out, f.global.Format, report.New(dump.Diagnostics, res)); err != nil {
		return err
	}
	return f.strict(dump)
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
