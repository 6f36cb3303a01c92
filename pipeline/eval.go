package pipeline

import (
	"fmt"

	"github.com/newsfold/compare/eval"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/similarity"
)

// EvalResult is how events or duplicate groups score against a gold
// clustering (see [eval.Compare]).
type EvalResult struct {
	Input
	Threshold float64 // the threshold of the options, defaults filled in
	Scores    eval.Scores
	Sweep     []EvalPoint // with a sweep: the scores at each threshold tried
}

// EvalPoint is the scores at one threshold of a sweep.
type EvalPoint struct {
	Threshold float64
	Scores    eval.Scores
}

// EventSweep and DedupSweep are the thresholds a sweep tries: of
// [event.Options.Threshold] and of [similarity.DedupOptions.Threshold].
var (
	EventSweep = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7}
	DedupSweep = []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95}
)

// EvalEvents groups the dump at paths into events as [Events] does and
// scores them against gold, and, with sweep, at each of [EventSweep] too
// (the similarity graph is built once).
func EvalEvents(paths []string, opt Options, gold eval.Clustering, sweep bool) (*EvalResult, error) {
	b, in, err := buildEvents(paths, opt)
	if err != nil {
		return nil, err
	}
	opt.stage(StageScoring)
	score := func(t float64) eval.Scores { return eval.Compare(EventClustering(b.EventsAt(t), b.ID), gold) }
	return evalAt(in, b.Options().Threshold, score, sweep, EventSweep), nil
}

// EvalDedup finds the duplicate groups of the dump at paths, held in
// memory, and scores them against gold, and, with sweep, at each of
// [DedupSweep] too. Every article is an item: one in no group is a cluster
// of its own.
func EvalDedup(paths []string, opt Options, gold eval.Clustering, sweep bool) (*EvalResult, error) {
	lopt := opt.Load
	lopt.NoSentences, lopt.NoNorm, lopt.Keep = true, true, nil
	opt.stage(StageLoading)
	dump, err := load(paths, lopt)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(dump.Articles))
	for i, a := range dump.Articles {
		ids[i] = a.ID
	}
	score := func(t float64) eval.Scores {
		dopt := opt.Dedup
		dopt.Threshold, dopt.Workers = t, opt.workers()
		r, _ := dedupHeld(dump.Articles, dopt, func(Stage) {})
		return eval.Compare(DedupClustering(ids, r.Groups), gold)
	}
	opt.stage(StageScoring)
	return evalAt(inputOf(dump), opt.Dedup.Threshold, score, sweep, DedupSweep), nil
}

// evalAt scores at threshold t, and at each of ts when sweep is set.
func evalAt(in Input, t float64, score func(float64) eval.Scores, sweep bool, ts []float64) *EvalResult {
	res := &EvalResult{Input: in, Threshold: t, Scores: score(t)}
	if sweep {
		for _, t := range ts {
			res.Sweep = append(res.Sweep, EvalPoint{Threshold: t, Scores: score(t)})
		}
	}
	return res
}

// EventClustering is events as a clustering of article ids: each article in
// its event's cluster. id names article i.
func EventClustering(evs []event.Event, id func(i int) string) eval.Clustering {
	c := eval.Clustering{}
	for _, e := range evs {
		for _, m := range e.Members {
			c[id(m)] = e.ID
		}
	}
	return c
}

// DedupClustering is duplicate groups as a clustering of the articles whose
// ids are ids (in input order): the members of a group in its cluster,
// every other article in a cluster of its own.
func DedupClustering(ids []string, groups []similarity.Group) eval.Clustering {
	c := make(eval.Clustering, len(ids))
	for i, id := range ids {
		c[id] = fmt.Sprintf("a%d", i)
	}
	for k, g := range groups {
		for _, m := range g.Members {
			c[ids[m]] = fmt.Sprintf("g%d", k)
		}
	}
	return c
}
