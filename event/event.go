// Package event groups news articles that report the same real-world event
// ("the Berlin talks", "the Moscow meeting") across outlets.
//
// An article is reduced, as it streams past, to what grouping needs: a
// MinHash signature for duplicates, its content terms with their counts,
// its capitalised names, its title, date and outlet. Copies of one text
// (exact, near and contained duplicates, found by [similarity.Deduper])
// fold into one unit first. Candidate pairs of units come from an inverted
// index on each unit's top-weighted terms, searched only within the time
// window, never from all pairs; each candidate is scored on TF-IDF cosine,
// title similarity and shared names ([Score]), and units are clustered by
// average linkage over that sparse graph (see [cluster] for why).
package event

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// Options configures grouping. Zero values take the defaults.
type Options struct {
	// Window is how far apart in publication time two dated articles may be
	// and still be compared (default 72 hours). An event may last longer
	// than the window through articles in between; articles without a date
	// are compared with all others, but may not bridge two dated groups.
	Window time.Duration
	// Threshold is the average similarity ([Score]) two groups of articles
	// need to merge (default 0.2).
	Threshold float64
	// Terms is how many top-weighted terms of each article enter the
	// inverted index of candidates (default 20).
	Terms int
	// Canon folds spelling variants ("Kiev", "Kyiv") in terms, names and
	// shingles; nil keeps words as they are.
	Canon similarity.Canon
	// Dedup configures the duplicate detection that folds copies first.
	Dedup similarity.DedupOptions
	// Linkage picks the clustering: [AverageLinkage] (default) or
	// [OnlineLinkage] (kept to measure against; see [cluster]).
	Linkage Linkage
	Workers int // default 1
}

// Linkage is how groups of articles are clustered over the similarity
// graph. It is a flag.Value, so a command line can set it.
type Linkage string

const (
	// AverageLinkage repeatedly merges the two groups of highest average
	// similarity while it is at least the threshold.
	AverageLinkage Linkage = "average"
	// OnlineLinkage takes the articles in date order, each joining the
	// group it is most similar to on average if that passes the threshold.
	OnlineLinkage Linkage = "online"
)

// String returns the linkage's name.
func (l *Linkage) String() string { return string(*l) }

// Set accepts "average" or "online".
func (l *Linkage) Set(s string) error {
	switch v := Linkage(s); v {
	case AverageLinkage, OnlineLinkage:
		*l = v
		return nil
	}
	return fmt.Errorf("unknown linkage %q (want average or online)", s)
}

// Type is the flag type name shown in usage.
func (l *Linkage) Type() string { return "linkage" }

// DefaultThreshold is the default of [Options.Threshold].
const DefaultThreshold = 0.2

// DefaultWindow is the default of [Options.Window].
const DefaultWindow = 72 * time.Hour

func (o *Options) defaults() {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Terms <= 0 {
		o.Terms = 20
	}
	if o.Linkage == "" {
		o.Linkage = AverageLinkage
	}
	if o.Workers <= 0 {
		o.Workers = 1
	}
	o.Dedup.Workers = o.Workers
	if o.Dedup.HoldBytes <= 0 {
		o.Dedup.HoldBytes = 1 << 62 // no second pass: the articles are not kept
	}
	if o.Dedup.Canon == nil {
		o.Dedup.Canon = o.Canon
	}
}

// Event is a group of articles reporting one event. A singleton (one
// article no other joined) is an event too.
type Event struct {
	// ID is "e1", "e2", ... in the order events are returned: the most
	// articles first, ties by the first article in input order. It depends
	// only on the input and the options, and numbers the events shown
	// without gaps when only the smallest are hidden.
	ID string
	// Label names the event for a reader: who · where · date span ·
	// outlets, "Zelensky, Witkoff, Jared Kushner · Berlin · 15–16 Dec 2025
	// · MENAFN, unknown (2)"; its distinctive terms stand for who and where
	// when its articles share no name (see docs/events.md#labels).
	Label string
	// Headline is the title of the article that stands for the event: of
	// the unit (an article and its copies) nearest the event's centroid,
	// ties to the earlier; "" when no member has a title.
	Headline string
	// Terms are the event's distinctive terms, in their most common
	// spelling in the articles, heaviest first.
	Terms      []string
	Start, End time.Time // earliest and latest member dates; zero if none is dated
	Outlets    []OutletCount
	Members    []int // article numbers, in input order
	// Duplicates lists the groups of copies folded inside the event, each
	// in input order: a duplicate group ([similarity.Group]), or the part
	// of one whose dated copies are within the window of each other.
	Duplicates [][]int
}

// OutletCount is an outlet and its number of articles in an event.
type OutletCount struct {
	Outlet   string
	Articles int
}

// doc is what grouping keeps of one article.
type doc struct {
	id, outlet string
	headline   string // the title as written, for Event.Headline
	// title is prepared for comparison; empty for a headline-only article,
	// whose title is already its text.
	title    similarity.Title
	date     time.Time
	counts   similarity.Counts
	names    []uint64 // hashes of capitalised names and phrases, sorted, distinct
	surfaces []surface
	label    []mention // the names its event's label chooses from
	added    bool
}

// Builder groups articles into events. Add every article (concurrently if
// you like), then call Events once.
type Builder struct {
	opt   Options
	vocab *similarity.Vocabulary
	dd    *similarity.Deduper

	mu   sync.Mutex
	docs []doc

	once sync.Once // builds what follows on the first call of EventsAt
	g    *graph
	dups map[int][]int
}

// NewBuilder returns an empty Builder.
func NewBuilder(opt Options) *Builder {
	opt.defaults()
	return &Builder{opt: opt, vocab: similarity.NewVocabulary(opt.Canon), dd: similarity.NewDeduper(opt.Dedup)}
}

// Options returns the options in force, defaults filled in.
func (b *Builder) Options() Options { return b.opt }

// Vocabulary returns the document frequencies events are weighed by: every
// article added counts its compared words ([corpus.Article.ComparedWords]:
// the body's, or a headline's), spelling variants folded by Options.Canon.
// It outlives the Builder, for IDF weights of the same dump elsewhere.
func (b *Builder) Vocabulary() *similarity.Vocabulary { return b.vocab }

// Add adds article i (numbered densely from 0 in input order). It keeps
// nothing of the article's text. It is safe for concurrent use.
func (b *Builder) Add(i int, a *corpus.Article) {
	words := a.ComparedWords()
	d := doc{id: a.ID, outlet: a.Outlet, headline: a.Title, date: a.Date, added: true}
	if !a.TitleOnly() {
		d.title = similarity.NewTitle(a.Title, b.opt.Canon)
	}
	dd := similarity.Doc{ID: a.ID, Date: a.Date, Words: words, TitleOnly: a.TitleOnly()}
	if len(words) > 0 {
		b.dd.Add(i, dd)
	}
	d.counts = b.vocab.AddCounts(words)
	d.names, d.surfaces, d.label = b.readNames(a, words)
	b.mu.Lock()
	if i >= len(b.docs) {
		b.docs = append(b.docs, make([]doc, i+1-len(b.docs))...)
	}
	b.docs[i] = d
	b.mu.Unlock()
}

// Events groups the articles added and returns every one of them in
// exactly one event, the events of most articles first, ties in input order
// of their first member (see [Event.ID]). Add no more articles after it.
func (b *Builder) Events() []Event { return b.EventsAt(b.opt.Threshold) }

// EventsAt is Events with another threshold. The similarity graph is built
// once, on the first call, so a sweep over thresholds costs one clustering
// each.
func (b *Builder) EventsAt(threshold float64) []Event {
	b.once.Do(func() {
		var units []unit
		units, b.dups = b.fold()
		b.g = b.graph(units)
	})
	units, dups := b.g.units, b.dups
	opt := b.opt
	opt.Threshold = threshold
	parts := cluster(b.g, opt)
	size := make(map[int]int, len(parts)) // by first unit
	for _, p := range parts {
		for _, u := range p {
			size[p[0]] += len(units[u].members)
		}
	}
	first := func(p []int) int {
		f := units[p[0]].members[0]
		for _, u := range p {
			f = min(f, units[u].members[0])
		}
		return f
	}
	slices.SortFunc(parts, func(x, y []int) int {
		if c := size[y[0]] - size[x[0]]; c != 0 {
			return c
		}
		return first(x) - first(y)
	})
	events := make([]Event, len(parts))
	fanout.Each(len(parts), b.opt.Workers, func(k int) {
		ev := &events[k]
		var vecs []similarity.Vector
		var firsts []int
		for _, u := range parts[k] {
			firsts = append(firsts, units[u].members[0])
			ev.Members = append(ev.Members, units[u].members...)
			if dg, ok := dups[units[u].members[0]]; ok {
				ev.Duplicates = append(ev.Duplicates, dg)
			}
			vecs = append(vecs, units[u].vec)
		}
		slices.Sort(ev.Members)
		slices.SortFunc(ev.Duplicates, func(x, y []int) int { return x[0] - y[0] })
		b.describe(ev, k, vecs, firsts)
	})
	return events
}

// ID returns the id of article i.
func (b *Builder) ID(i int) string { return b.docs[i].id }
