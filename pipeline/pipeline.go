package pipeline

import (
	"runtime"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// Options configures a run. The zero value reads with corpus's defaults and
// runs every stage with its own.
type Options struct {
	// Load says how the input is read: workers, field map, outlets, size
	// bound, standard input. Its NoSentences, NoNorm and Keep are set by
	// each entry point as its stages need, whatever they hold here.
	//
	// Load.Progress, when set, is called as corpus calls it while the input
	// is read, and then once with done = -1 when that read is over, so that
	// a progress bar can be cleared before the stages run.
	Load corpus.Options
	// Dedup configures duplicate detection, and the shingles of similarity
	// and pairs. Its Workers is Load's and its Canon the lexicon's, unless
	// NoFold.
	Dedup similarity.DedupOptions
	// Event configures event grouping. Its Workers is Load's and its Canon
	// the lexicon's.
	Event event.Options
	// Lexicon is the lexicon of variant terms framing reads; its Canon folds
	// spelling variants ("Kiev", "Kyiv") in events and alignments. Nil is
	// [framing.DefaultLexicon].
	Lexicon *framing.Lexicon
	// NoFold keeps spelling variants apart in dedup, similarity and pairs,
	// which otherwise fold them by the lexicon as events do: a reprint
	// respelled Kiev → Kyiv is then a different text.
	NoFold bool

	// MinArticles hides, in [Events], the events of fewer articles (0 or 1
	// shows them all). Events come largest first, so what is hidden is the
	// tail and the ids shown stay e1, e2, ... without gaps.
	MinArticles int

	// Progress, when set, is called as each stage of a run starts, from
	// the goroutine that called the run, in the order the stages run: a
	// progress display names the stage under way. Each entry point starts
	// with [StageLoading].
	Progress func(Stage)
}

// Stage is a step of a run, named for a progress display.
type Stage string

// The stages, in the order a run may pass them.
const (
	StageLoading   Stage = "loading"          // reading the input (streamed runs prepare each article as it is read)
	StageRereading Stage = "reading again"    // dedup: the articles whose shingles were not held
	StageShingling Stage = "shingling"        // dedup of a held dump: shingles and signatures
	StageVerifying Stage = "verifying"        // dedup: candidate pairs verified and grouped
	StageEvents    Stage = "grouping events"  // events: the similarity graph and its clusters
	StageAligning  Stage = "aligning"         // diff, and events of several outlets under framing
	StageFraming   Stage = "framing"          // framing's analyses
	StageScoring   Stage = "scoring"          // eval, similarity and pairs: scores
	StageExpanding Stage = "expanding events" // report: the largest events compared article by article
)

// stage tells o.Progress that s starts.
func (o *Options) stage(s Stage) {
	if o.Progress != nil {
		o.Progress(s)
	}
}

// workers is the number of goroutines of the load and of every stage.
func (o *Options) workers() int {
	if o.Load.Workers > 0 {
		return o.Load.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o *Options) lexicon() *framing.Lexicon {
	if o.Lexicon == nil {
		return framing.DefaultLexicon()
	}
	return o.Lexicon
}

// dedupOptions are the options of duplicate detection and of the pair
// scores, with the run's workers and, unless NoFold, the lexicon's spelling
// variants.
func (o *Options) dedupOptions() similarity.DedupOptions {
	d := o.Dedup
	d.Workers, d.Canon = o.workers(), nil
	if !o.NoFold {
		d.Canon = o.lexicon().Canon()
	}
	return d
}

// eventOptions are the options of event grouping, with the run's workers
// and the lexicon's spelling variants.
func (o *Options) eventOptions() event.Options {
	e := o.Event
	e.Workers, e.Canon = o.workers(), o.lexicon().Canon()
	return e
}

// Input is what a run read: the diagnostics of the input (and of the
// stages, such as an article dedup cannot compare), sorted by position, and
// how many articles it read from how many files (and whether from
// standard input).
type Input struct {
	Diagnostics     []corpus.Diagnostic
	Articles, Files int
	Stdin           bool
}

// endProgress tells the progress callback that a read is over.
func endProgress(o corpus.Options) {
	if o.Progress != nil {
		o.Progress(-1, 0)
	}
}

// inputOf is what the read of d read.
func inputOf(d *corpus.Dump) Input {
	return Input{Diagnostics: d.Diagnostics, Articles: len(d.Articles), Files: d.Files, Stdin: d.Stdin}
}

// load reads paths whole.
func load(paths []string, lopt corpus.Options) (*corpus.Dump, error) {
	d, err := corpus.Load(paths, lopt)
	endProgress(lopt)
	return d, err
}

// Load reads the dump at paths whole, with everything an article has
// (normalised words, sentences), and runs no stage: what a listing of the
// articles shows.
func Load(paths []string, opt Options) (*Result, error) {
	lopt := opt.Load
	lopt.NoNorm, lopt.NoSentences, lopt.Keep = false, false, nil
	opt.stage(StageLoading)
	d, err := load(paths, lopt)
	if err != nil {
		return nil, err
	}
	return &Result{Input: inputOf(d), Dump: d.Articles}, nil
}

// stream streams the dump at paths into add on workers goroutines,
// numbering the articles densely in input order. visit, when not nil, sees
// each article first, in order, on the reading goroutine. It returns what
// was read, with the diagnostics of the input.
func stream(paths []string, lopt corpus.Options, workers int, visit, add func(i int, a *corpus.Article)) (Input, error) {
	pool := fanout.NewPool(workers, add)
	n := 0
	dump, err := corpus.Stream(paths, lopt, func(a *corpus.Article) error {
		if visit != nil {
			visit(n, a)
		}
		pool.Add(a)
		n++
		return nil
	})
	pool.Wait()
	endProgress(lopt)
	if err != nil {
		return Input{}, err
	}
	return Input{Diagnostics: dump.Diagnostics, Articles: n, Files: dump.Files, Stdin: dump.Stdin}, nil
}
