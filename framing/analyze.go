package framing

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/discover"
	"github.com/newsfold/compare/framing/distinctive"
	"github.com/newsfold/compare/framing/sourcing"
	"github.com/newsfold/compare/framing/text"
	"github.com/newsfold/compare/internal/fanout"
)

// Analysis is how the outlets of a dump tell its stories: which variant of
// each lexicon group they use, the variants discovered without a lexicon,
// the terms distinctive of each outlet, their sourcing, and the variants
// within each event.
type Analysis struct {
	Variants    []VariantUse
	Distinctive []distinctive.Outlet
	Sourcing    []sourcing.Outlet
	Events      []EventUse
	// Outlets are the outlets compared, by name: their articles, how many
	// of them are headlines only, and how many use a lexicon variant.
	Outlets []OutletText
	// Unknown is the number of articles of no known outlet
	// (corpus.UnknownOutlet), left out of every comparison (but the
	// per-event tables under [Options.UnknownInEvents]): pooled, they
	// would read as one outlet that does not exist.
	Unknown int
}

// OutletText is what one outlet contributed to the analysis.
type OutletText struct {
	Outlet    string
	Articles  int
	Headlines int // articles that are a title alone
	Matched   int // articles using a variant of a lexicon group
}

// VariantUse is one variant group and how many articles of each outlet use
// each of its variants.
type VariantUse struct {
	Group       string
	Description string
	Kind        string        // spelling, naming, status, verb; "" for discovered
	Weight      float64       // of a lexicon group; the score of a discovered one
	Source      VariantSource // SourceLexicon or SourceDiscovered
	Terms       []TermUse
	Evidence    []Example
	// Since is the lexicon group's [Group.Since]; Before is how many of the
	// articles using the group are dated before it, whose choice of
	// variant its labels do not describe.
	Since  time.Time
	Before int
}

// VariantSource is where a variant group comes from. It is written as its
// string ("lexicon", "discovered") in every output.
type VariantSource string

// Sources of variant groups.
const (
	SourceLexicon    VariantSource = "lexicon"    // a group of the lexicon
	SourceDiscovered VariantSource = "discovered" // found by package discover
)

// TermUse is one variant of a group: its articles by outlet.
type TermUse struct {
	Term    string
	Label   string // the framing it signals; "" for discovered variants
	Outlets map[string]int
}

// EventUse is the variants used within one event.
type EventUse struct {
	ID       string
	Variants []VariantUse
	// Outlets are the event's articles by outlet: the totals the
	// variants' counts are shares of.
	Outlets map[string]int
}

// Differs reports whether two outlets of v differ: some outlet uses a
// label (a variant, when unlabelled) another does not. A group one outlet
// alone uses, or all use alike, says nothing about how they differ; nor do
// "said" and "told", both neutral.
func (v VariantUse) Differs() bool {
	sets := map[string][]string{} // outlet -> labels used
	for _, t := range v.Terms {
		l := t.Label
		if l == "" {
			l = "\x00" + t.Term
		}
		for o, n := range t.Outlets {
			if n > 0 && !slices.Contains(sets[o], l) {
				sets[o] = append(sets[o], l)
			}
		}
	}
	for _, ls := range sets {
		slices.Sort(ls)
	}
	if len(sets) < 2 {
		return false
	}
	var first []string
	for _, o := range slices.Sorted(maps.Keys(sets)) {
		if first == nil {
			first = sets[o]
		} else if !slices.Equal(first, sets[o]) {
			return true
		}
	}
	return false
}

// Options configures Analyze.
type Options struct {
	// Substitutions are word substitutions harvested from aligned
	// sentences of one event (package align), for discovery: an
	// align.Substitution converts to a discover.Substitution.
	Substitutions []discover.Substitution
	Distinctive   distinctive.Options
	Discover      discover.Options
	// EventOrder lists event ids in the order to report them (package
	// event's: the largest first); events not in it follow in order of
	// their first doc.
	EventOrder []string
	// Chrome holds the loader's options: the short sentences repeated
	// across an outlet's stories are learned as chrome by the rule and
	// thresholds its lines were (see text.MarkChrome); zero values take
	// corpus's defaults.
	Chrome  corpus.Options
	Workers int
	// UnknownInEvents reads the articles of no known outlet in the
	// per-event tables (Analysis.Events), pooled as corpus.UnknownOutlet,
	// and still in no dump-wide analysis. Within one event a reader
	// compares the event's articles, named or not, and the unnamed ones'
	// column says what they wrote; across the dump, pooled, they would
	// read as an outlet that does not exist. No chrome is learned for
	// them: they are no outlet to learn it from.
	UnknownInEvents bool
}

// Analyze reads docs with the lexicon lx (an empty lexicon leaves discovery
// alone to find variants). Events are the docs' Event ids. Docs of no known
// outlet are counted in Unknown and not read (but in their events' tables
// under [Options.UnknownInEvents]); a discovered variant whose
// terms are all forms of one lexicon group is left out, the group already
// shown.
func Analyze(docs []Doc, lx *Lexicon, opt Options) *Analysis {
	a := &Analysis{}
	// read are the docs read, in order; known are those of a known outlet,
	// the only ones the dump-wide analyses read.
	read := make([]Doc, 0, len(docs))
	var all []int // positions in read of the known docs
	for _, d := range docs {
		if d.Outlet != corpus.UnknownOutlet {
			all = append(all, len(read))
			read = append(read, d)
			continue
		}
		a.Unknown++
		if opt.UnknownInEvents && d.Event != "" {
			read = append(read, d)
		}
	}
	docs = read
	known := docs
	if len(all) < len(docs) {
		known = make([]Doc, len(all))
		for k, i := range all {
			known[k] = docs[i]
		}
	}
	text.MarkChrome(known, opt.Chrome)
	hits := make([][]Hit, len(docs))
	knownHits := hits
	if len(all) < len(docs) {
		knownHits = make([][]Hit, len(all))
		for k, i := range all {
			docs[i].Chrome = known[k].Chrome
		}
	}
	fanout.Each(len(docs), max(1, opt.Workers), func(i int) { hits[i] = lx.MatchDoc(&docs[i]) })
	if len(all) < len(docs) {
		for k, i := range all {
			knownHits[k] = hits[i]
		}
	}
	a.Variants = lexiconUse(docs, hits, lx, all)
	var wg sync.WaitGroup
	wg.Go(func() {
		dopt := opt.Discover
		dopt.Substitutions = opt.Substitutions
		for _, d := range discover.Variants(known, dopt) {
			if !lx.covers(d.Terms) {
				a.Variants = append(a.Variants, discoveredUse(d))
			}
		}
	})
	wg.Go(func() { a.Distinctive = distinctive.Terms(known, opt.Distinctive) })
	a.Sourcing = sourcing.Count(known)
	a.Outlets = outletTexts(known, knownHits)
	wg.Wait()

	// Per event: the lexicon groups its articles use.
	byEvent := map[string][]int{}
	var order []string
	for i, d := range docs {
		if d.Event == "" {
			continue
		}
		if _, ok := byEvent[d.Event]; !ok {
			order = append(order, d.Event)
		}
		byEvent[d.Event] = append(byEvent[d.Event], i)
	}
	rank := make(map[string]int, len(opt.EventOrder))
	for k, id := range opt.EventOrder {
		rank[id] = k + 1
	}
	slices.SortStableFunc(order, func(x, y string) int {
		rx, ry := rank[x], rank[y]
		switch {
		case rx == 0 && ry == 0:
			return 0
		case rx == 0:
			return 1
		case ry == 0:
			return -1
		}
		return rx - ry
	})
	for _, id := range order {
		members := byEvent[id]
		if len(members) < 2 {
			continue
		}
		if vs := lexiconUse(docs, hits, lx, members); len(vs) > 0 {
			e := EventUse{ID: id, Variants: vs, Outlets: map[string]int{}}
			for _, m := range members {
				e.Outlets[docs[m].Outlet]++
			}
			a.Events = append(a.Events, e)
		}
	}
	return a
}

// lexiconUse counts, over the docs numbered in members, the articles of
// each outlet using each variant of each lexicon group, groups in lexicon
// order, only those used; evidence is the first sentence found for each
// of up to two variants.
func lexiconUse(docs []Doc, hits [][]Hit, lx *Lexicon, members []int) []VariantUse {
	type key struct{ group, term string }
	counts := map[key]map[string]int{}
	since := map[string]time.Time{}
	for _, g := range lx.Groups() {
		if !g.Since.IsZero() {
			since[g.ID] = g.Since
		}
	}
	before := map[string]int{} // group -> articles dated before its Since
	examples := map[string][]Example{}
	exampleOf := map[key]bool{}
	for _, i := range members {
		seen := map[key]bool{}
		early := map[string]bool{}
		for _, h := range hits[i] {
			if t, ok := since[h.Group]; ok && !docs[i].Date.IsZero() && docs[i].Date.Before(t) && !early[h.Group] {
				early[h.Group] = true
				before[h.Group]++
			}
			k := key{h.Group, h.Variant}
			if seen[k] {
				continue
			}
			seen[k] = true
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][docs[i].Outlet]++
			if !exampleOf[k] && len(examples[h.Group]) < 2 {
				exampleOf[k] = true
				examples[h.Group] = append(examples[h.Group], Example{Doc: docs[i].ID, Outlet: docs[i].Outlet, Sentence: docs[i].SentenceAt(h.Start)})
			}
		}
	}
	var out []VariantUse
	for _, g := range lx.Groups() {
		u := VariantUse{Group: g.ID, Description: g.Description, Kind: g.Kind, Weight: g.Weight, Source: SourceLexicon, Since: g.Since, Before: before[g.ID]}
		for _, v := range g.Variants {
			if c := counts[key{g.ID, v.Term}]; len(c) > 0 {
				u.Terms = append(u.Terms, TermUse{Term: v.Term, Label: v.Label, Outlets: c})
			}
		}
		if len(u.Terms) == 0 {
			continue
		}
		u.Evidence = examples[g.ID]
		out = append(out, u)
	}
	return out
}

// outletTexts counts each outlet's articles, headlines and articles using
// a lexicon variant, outlets by name.
func outletTexts(docs []Doc, hits [][]Hit) []OutletText {
	by := map[string]*OutletText{}
	for i, d := range docs {
		o := by[d.Outlet]
		if o == nil {
			o = &OutletText{Outlet: d.Outlet}
			by[d.Outlet] = o
		}
		o.Articles++
		if d.Headline {
			o.Headlines++
		}
		if len(hits[i]) > 0 {
			o.Matched++
		}
	}
	out := make([]OutletText, 0, len(by))
	for _, name := range slices.Sorted(maps.Keys(by)) {
		out = append(out, *by[name])
	}
	return out
}

// discoveredUse turns a discovered variant into a group of its own.
func discoveredUse(d discover.Variant) VariantUse {
	u := VariantUse{Group: strings.Join(d.Terms, "/"), Source: SourceDiscovered, Weight: d.Score, Evidence: d.Evidence}
	for _, t := range d.Terms {
		u.Terms = append(u.Terms, TermUse{Term: t, Outlets: d.Outlets[t]})
	}
	return u
}
