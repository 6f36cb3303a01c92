package main

import (
	"os"
	"runtime/debug"
	"sync"

	"github.com/spf13/cobra"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/report"
)

// framingOptions are the parsed arguments of `compare framing`.
type framingOptions struct {
	f        *factory
	Paths    []string
	Lexicons []string
	Event    event.Options
}

func newCmdFraming(f *factory, runF func(*framingOptions) error) *cobra.Command {
	opts := &framingOptions{f: f}
	cmd := &cobra.Command{
		Use:   "framing PATH...",
		Short: "Show how each outlet tells the story: variants, distinctive terms, sourcing",
		Long: `framing shows, for the whole dump and for each event, how outlets differ in the
words they choose: an outlet × variant matrix of the lexicon's groups (place
names in their Russian- and Ukrainian-derived spellings, Zelensky's, status
terms such as "Donetsk People's Republic" against "Donetsk region", reporting
verbs by class); spelling variants discovered without a list (close
transliteration skeletons, used by complementary outlets in shared contexts,
and substitutions found in aligned sentences of one event); the terms
distinctive of each outlet (log-odds with an informative Dirichlet prior,
against a permutation baseline); and how each outlet attributes: named and
anonymous sources, agencies cited, reporting verbs.

--lexicon FILE adds a lexicon to the embedded one (a group with the same id
replaces it); --lexicon none starts from nothing, so discovery alone finds
variants. Events are grouped as by 'compare events'.`,
		Example: "  compare framing testdata/seeds\n  compare framing --lexicon none --format json dump.jsonl",
		Args:    needPaths("framing", "framing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEventFlags(&opts.Event); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return framingRun(opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "lexicon file to add (repeatable), or none for discovery alone")
	addEventFlags(cmd, &opts.Event)
	return cmd
}

// maxAlignedPairs bounds the article pairs aligned to harvest
// substitutions: one pair of different outlets per event, from the first
// events. Substitutions are extra evidence for discovery; 500
// aligned pairs give the common ones, in about a second on AllSides.
const maxAlignedPairs = 500

func framingRun(opts *framingOptions) error {
	f := opts.f
	lx, err := framing.LoadLexicons(opts.Lexicons)
	if err != nil {
		return flagErrorf("--lexicon: %v", err)
	}
	canon := lx.Canon()
	softMemoryLimit()
	// Words are normalised when needed, not kept: a large dump's texts are
	// all held here.
	dump, err := f.loadWith(opts.Paths, func(o *corpus.Options) { o.NoNorm = true })
	if err != nil {
		return err
	}
	arts := dump.Articles
	eopt := opts.Event
	eopt.Workers, eopt.Canon = f.global.Workers, canon
	b := event.NewBuilder(eopt)
	fanout.Each(len(arts), f.global.Workers, func(i int) { b.Add(i, arts[i]) })
	evs := b.Events()

	docs := make([]framing.Doc, len(arts))
	for i, a := range arts {
		docs[i] = framing.NewDoc(a)
	}
	labels := map[string]string{}
	var pairs [][2]int
	for _, e := range evs {
		if len(e.Members) < 2 {
			continue
		}
		labels[e.ID] = e.Label
		for _, m := range e.Members {
			docs[m].Event = e.ID
		}
		// The first two articles of different outlets.
	pair:
		for x, i := range e.Members {
			for _, j := range e.Members[x+1:] {
				if arts[i].Outlet != arts[j].Outlet && len(pairs) < maxAlignedPairs {
					pairs = append(pairs, [2]int{i, j})
					break pair
				}
			}
		}
	}
	subs := map[[2]string]int{}
	var mu sync.Mutex
	fanout.Each(len(pairs), f.global.Workers, func(k int) {
		r := align.Compare(arts[pairs[k][0]], arts[pairs[k][1]], align.Options{Canon: canon})
		mu.Lock()
		for _, s := range r.Substitutions {
			subs[[2]string{s.From, s.To}] += s.Count
		}
		mu.Unlock()
	})
	an := framing.Analyze(docs, lx, framing.Options{Substitutions: subs, Workers: f.global.Workers})
	if err := report.Write(f.out, f.global.Format, report.New(dump.Diagnostics, report.NewFraming(an, labels))); err != nil {
		return err
	}
	return f.strict(dump)
}

// framingMemory is the soft memory limit framing asks of the Go runtime
// unless GOMEMLIMIT sets one: it holds the whole dump, events and counts
// at once, and with the default pacing the heap grows to twice what is
// live before it is collected. Past this the collector works harder
// instead (a few percent of time on AllSides).
const framingMemory = 1750 << 20

func softMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(framingMemory)
	}
}
