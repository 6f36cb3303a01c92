package pipeline

import (
	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/framing/discover"
	"github.com/newsfold/compare/internal/fanout"
)

// Stages picks the stages [Run] runs after the load.
type Stages struct {
	Dedup  bool // duplicate groups
	Events bool // events
	// Align aligns, in each event of several outlets, its first two
	// articles of different outlets (at most [MaxAlignedPairs] pairs), and
	// keeps the alignments. Implies Events.
	Align bool
	// Framing analyses how outlets tell the stories: variants, distinctive
	// terms, sourcing. Implies Events, and aligns as Align does for the
	// substitutions discovery reads (the alignments are kept only with
	// Align).
	Framing bool
	// report runs the stages for [Report]: framing reads the articles of
	// no known outlet in each event's tables (a report's events show all
	// their articles; see framing.Options.UnknownInEvents), and the
	// events' vocabulary is kept for the report's similarity scores.
	report bool
}

// Result is what a run found: what it read and the result of each stage
// it ran (nil, or empty, for the others).
type Result struct {
	Input
	// Dump is the articles read, in input order, when the run held them
	// ([Run], [Framing], [Load]); nil when it streamed.
	Dump       []*corpus.Article
	Dedup      *DedupResult
	Events     *EventsResult
	Alignments []Alignment
	Framing    *FramingResult
}

// Alignment is one aligned pair of articles of an event.
type Alignment struct {
	Event  string // the event's ID
	A, B   int    // article numbers, A < B
	Result *align.Result
}

// FramingResult is how the outlets of the dump frame its stories.
type FramingResult struct {
	Analysis *framing.Analysis
	// Labels are the labels of the events of more than one article, by ID:
	// the events the analysis reads per event.
	Labels map[string]string
}

// MaxAlignedPairs bounds the article pairs aligned: one pair of different
// outlets per event, from the first events. For framing, substitutions are
// extra evidence for discovery; 500 aligned pairs give the common ones, in
// about a second on AllSides.
const MaxAlignedPairs = 500

// FramingMemory is the soft memory limit, in bytes, that a process running
// [Framing] (or [Run] with framing) should ask of the Go runtime unless
// GOMEMLIMIT sets one: framing holds the whole dump, events and counts at
// once, and with the default pacing the heap grows to twice what is live
// before it is collected. Past this the collector works harder instead (a
// few percent of time on AllSides). The limit is process-wide, so this
// package does not set it: the command that owns the process does
// (debug.SetMemoryLimit).
const FramingMemory = 1750 << 20

// Framing analyses how the outlets of the dump at paths frame its stories,
// with the lexicon of opt (see [framing.Analyze]); it is [Run] with the
// framing stage, and holds the dump.
func Framing(paths []string, opt Options) (*Result, error) {
	return Run(paths, opt, Stages{Framing: true})
}

// Run loads the dump at paths once, holding its articles, and runs the
// stages st picks on them. Words are normalised when a stage needs them,
// not kept, and sentences are split only for alignment and framing: a
// large dump's texts are all held here.
func Run(paths []string, opt Options, st Stages) (*Result, error) {
	aligned := st.Align || st.Framing
	lopt := opt.Load
	lopt.NoNorm, lopt.NoSentences, lopt.Keep = true, !aligned, nil
	opt.stage(StageLoading)
	dump, err := load(paths, lopt)
	if err != nil {
		return nil, err
	}
	arts := dump.Articles
	res := &Result{Input: inputOf(dump), Dump: arts}
	workers := opt.workers()
	if st.Dedup {
		dopt := opt.dedupOptions()
		var skipped []corpus.Diagnostic
		res.Dedup, skipped = dedupHeld(arts, dopt, opt.stage)
		res.Diagnostics = append(res.Diagnostics, skipped...)
		corpus.SortDiagnostics(res.Diagnostics)
	}
	if !st.Events && !aligned {
		return res, nil
	}
	opt.stage(StageEvents)
	b := event.NewBuilder(opt.eventOptions())
	fanout.Each(len(arts), workers, func(i int) { b.Add(i, arts[i]) })
	res.Events = &EventsResult{Events: b.Events(), ID: func(i int) string { return arts[i].ID }}
	if st.report {
		res.Events.vocab = b.Vocabulary()
	}
	canon := b.Options().Canon // b is dead from here on: see EventsResult.ID
	if !aligned {
		return res, nil
	}
	// Only the substitutions are kept of each alignment unless the
	// alignments are asked for: the heap already holds the whole dump.
	opt.stage(StageAligning)
	pairs := alignedPairs(arts, res.Events.Events)
	subs := make([][]align.Substitution, len(pairs))
	aopt := align.Options{Canon: canon}
	fanout.Each(len(pairs), workers, func(k int) {
		r := align.Compare(arts[pairs[k].A], arts[pairs[k].B], aopt)
		subs[k] = r.Substitutions
		if st.Align {
			pairs[k].Result = r
		}
	})
	if st.Align {
		res.Alignments = pairs
	}
	if st.Framing {
		opt.stage(StageFraming)
		fopt := framing.Options{Substitutions: substitutions(subs), Chrome: opt.Load, Workers: workers, UnknownInEvents: st.report}
		res.Framing = analyzeFraming(arts, res.Events.Events, opt.lexicon(), fopt)
	}
	return res, nil
}

// alignedPairs picks the pairs to align: in each event of several
// articles, the first two of different outlets, up to MaxAlignedPairs.
func alignedPairs(arts []*corpus.Article, evs []event.Event) []Alignment {
	var pairs []Alignment
	for _, e := range evs {
	pair:
		for x, i := range e.Members {
			for _, j := range e.Members[x+1:] {
				if arts[i].Outlet != arts[j].Outlet && len(pairs) < MaxAlignedPairs {
					pairs = append(pairs, Alignment{Event: e.ID, A: i, B: j})
					break pair
				}
			}
		}
	}
	return pairs
}

// substitutions gathers the word substitutions of the aligned pairs, in
// pair order, as framing's discovery reads them: an align.Substitution
// converts to a discover.Substitution, and discovery adds up repeats.
func substitutions(perPair [][]align.Substitution) []discover.Substitution {
	var subs []discover.Substitution
	for _, ss := range perPair {
		for _, s := range ss {
			subs = append(subs, discover.Substitution(s))
		}
	}
	return subs
}

// analyzeFraming analyses arts with the lexicon lx and the options fopt
// (whose EventOrder it sets), each article of an event of several articles
// read as part of it; fopt.Chrome should be the load's options, so that
// chrome sentences are learned with the thresholds the load learned chrome
// lines with.
func analyzeFraming(arts []*corpus.Article, evs []event.Event, lx *framing.Lexicon, fopt framing.Options) *FramingResult {
	docs := make([]framing.Doc, len(arts))
	for i, a := range arts {
		docs[i] = framing.NewDoc(a)
	}
	labels := map[string]string{}
	var order []string
	for _, e := range evs {
		if len(e.Members) < 2 {
			continue
		}
		labels[e.ID] = e.Label
		order = append(order, e.ID)
		for _, m := range e.Members {
			docs[m].Event = e.ID
		}
	}
	fopt.EventOrder = order
	an := framing.Analyze(docs, lx, fopt)
	return &FramingResult{Analysis: an, Labels: labels}
}
