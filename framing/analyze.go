package framing

import (
	"strings"
	"sync"

	"github.com/newsfold/compare/framing/discover"
	"github.com/newsfold/compare/framing/distinctive"
	"github.com/newsfold/compare/framing/sourcing"
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
}

// Options configures Analyze.
type Options struct {
	// Substitutions are word substitutions harvested from aligned
	// sentences of one event (package align), for discovery: an
	// align.Substitution converts to a discover.Substitution.
	Substitutions []discover.Substitution
	Distinctive   distinctive.Options
	Discover      discover.Options
	Workers       int
}

// Analyze reads docs with the lexicon lx (an empty lexicon leaves discovery
// alone to find variants). Events are the docs' Event ids.
func Analyze(docs []Doc, lx *Lexicon, opt Options) *Analysis {
	a := &Analysis{}
	hits := make([][]Hit, len(docs))
	fanout.Each(len(docs), max(1, opt.Workers), func(i int) { hits[i] = lx.Match(docs[i].Text, docs[i].Tokens) })
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	a.Variants = lexiconUse(docs, hits, lx, all)
	var wg sync.WaitGroup
	wg.Go(func() {
		dopt := opt.Discover
		dopt.Substitutions = opt.Substitutions
		for _, d := range discover.Variants(docs, dopt) {
			a.Variants = append(a.Variants, discoveredUse(d))
		}
	})
	wg.Go(func() { a.Distinctive = distinctive.Terms(docs, opt.Distinctive) })
	a.Sourcing = sourcing.Count(docs)
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
	for _, id := range order {
		members := byEvent[id]
		if len(members) < 2 {
			continue
		}
		if vs := lexiconUse(docs, hits, lx, members); len(vs) > 0 {
			a.Events = append(a.Events, EventUse{ID: id, Variants: vs})
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
	examples := map[string][]Example{}
	exampleOf := map[key]bool{}
	for _, i := range members {
		seen := map[key]bool{}
		for _, h := range hits[i] {
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
		u := VariantUse{Group: g.ID, Description: g.Description, Kind: g.Kind, Weight: g.Weight, Source: SourceLexicon}
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

// discoveredUse turns a discovered variant into a group of its own.
func discoveredUse(d discover.Variant) VariantUse {
	u := VariantUse{Group: strings.Join(d.Terms, "/"), Source: SourceDiscovered, Weight: d.Score, Evidence: d.Evidence}
	for _, t := range d.Terms {
		u.Terms = append(u.Terms, TermUse{Term: t, Outlets: d.Outlets[t]})
	}
	return u
}
