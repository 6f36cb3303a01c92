package event

import (
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// unit is one article, or a group of copies of one text folded together;
// it stands for its members in the graph with their number as weight.
type unit struct {
	members []int // article numbers, ascending
	rep     int   // the member whose terms, names and title stand for the unit
	lo, hi  time.Time
	dated   float64 // members with a date
	vec     similarity.Vector
	top     []uint64
}

// fold turns the duplicate groups into units, one per run of each group
// that the window allows (see windowed) and one per other article, in input
// order of their first member. It returns the runs of more than one member
// by first member too: the copies folded.
func (b *Builder) fold() ([]unit, map[int][]int) {
	groups := b.dd.Groups() // every shingle set is held (see NewBuilder): none to supply
	b.dd = nil              // its shingle sets are the largest thing held, and done with
	var runs [][]int
	runOf := map[int]int{}
	dups := map[int][]int{}
	for _, g := range groups {
		for _, r := range b.windowed(g.Members) {
			for _, m := range r {
				runOf[m] = len(runs)
			}
			runs = append(runs, r)
			if len(r) > 1 {
				dups[r[0]] = r
			}
		}
	}
	var units []unit
	for i := range b.docs {
		if !b.docs[i].added {
			continue
		}
		members := []int{i}
		if k, ok := runOf[i]; ok {
			if runs[k][0] != i {
				continue
			}
			members = runs[k]
		}
		u := unit{members: members, rep: members[0]}
		for _, m := range members {
			d := &b.docs[m]
			if d.counts.Len() > b.docs[u.rep].counts.Len() {
				u.rep = m // the fullest copy speaks for the group
			}
			if d.date.IsZero() {
				continue
			}
			u.dated++
			if u.lo.IsZero() || d.date.Before(u.lo) {
				u.lo = d.date
			}
			if d.date.After(u.hi) {
				u.hi = d.date
			}
		}
		units = append(units, u)
	}
	return units, dups
}

// windowed splits the members of a duplicate group into runs within which
// every two dated members are at most the window apart: in date order, a
// member more than the window after the first of its run starts the next
// run. Copies stand for each other in the graph, so a group folded whole
// would carry one member's date to all: a headline that recurs every week
// would span months, and any report of those months would be within its
// window. Undated members join the earliest run. Each run is in input
// order; runs are in date order.
func (b *Builder) windowed(members []int) [][]int {
	var dated, undated []int
	for _, m := range members {
		if b.docs[m].date.IsZero() {
			undated = append(undated, m)
		} else {
			dated = append(dated, m)
		}
	}
	slices.SortStableFunc(dated, func(x, y int) int { return b.docs[x].date.Compare(b.docs[y].date) })
	var runs [][]int
	var start time.Time
	for _, m := range dated {
		if d := b.docs[m].date; len(runs) == 0 || d.Sub(start) > b.opt.Window {
			runs, start = append(runs, nil), d
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], m)
	}
	if len(runs) == 0 {
		runs = append(runs, nil)
	}
	runs[0] = append(runs[0], undated...)
	for _, r := range runs {
		slices.Sort(r)
	}
	return runs
}

// edge is a scored candidate pair of units, a < b.
type edge struct {
	a, b int32
	s    float32
}

// graph is the sparse similarity graph of the units.
type graph struct {
	units []unit
	edges []edge // sorted by (a, b)
}

// edgeFloor is the lowest score kept as an edge. Below it a pair counts as
// 0 in every average: at the default threshold such pairs cannot tip a
// merge, and they would fill memory on a large dump.
const edgeFloor = 0.05

// maxScan bounds the postings one term may contribute to one unit's
// candidates: a term in thousands of articles of the same few days
// ("ukraine" in a war's first week) says little about which of them match;
// the nearest in time are scanned.
const maxScan = 2000

// maxCandidates bounds the units one unit is scored against (each pair
// once, from its first unit): in a busy news week an article shares two
// top terms with hundreds of others, and those sharing the most are the
// ones that can be the same event.
const maxCandidates = 64

// minShared is the number of top terms two units must share to be
// compared (fewer when one has fewer terms): one shared word ("Trump",
// "Ukraine") says little about an event; two say it is worth scoring.
const minShared = 2

// graph weighs the units' terms, finds candidate pairs through an inverted
// index of their top terms within the window, and scores them.
func (b *Builder) graph(units []unit) *graph {
	fanout.Each(len(units), b.opt.Workers, func(k int) {
		u := &units[k]
		u.vec = b.vocab.Weigh(b.docs[u.rep].counts)
		u.top = b.vocab.IndexTerms(u.vec, b.opt.Terms)
	})
	ix := newTermIndex(units)
	var mu sync.Mutex
	var edges []edge
	fanout.EachWith(len(units), b.opt.Workers, func() *scratch {
		return &scratch{shared: make([]uint8, len(units))}
	}, func(sc *scratch, a int) {
		sc.gather(units, ix, a, b.opt.Window)
		var mine []edge
		for _, c := range sc.keep(units, a) {
			if s := b.score(&units[a], &units[c]); s >= edgeFloor {
				mine = append(mine, edge{int32(a), c, float32(s)})
			}
		}
		if len(mine) > 0 {
			mu.Lock()
			edges = append(edges, mine...)
			mu.Unlock()
		}
	})
	slices.SortFunc(edges, func(x, y edge) int {
		if x.a != y.a {
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	return &graph{units: units, edges: edges}
}

// termIndex is the inverted index of the units' top terms.
type termIndex struct {
	postings map[uint64]*postings
	maxSpan  time.Duration // the longest date span of a unit
}

// postings are the units holding one top term: dated ones by first date,
// then undated ones.
type postings struct{ dated, undated []int32 }

// newTermIndex indexes the top terms of units.
func newTermIndex(units []unit) *termIndex {
	ix := &termIndex{postings: map[uint64]*postings{}}
	for k := range units {
		u := &units[k]
		ix.maxSpan = max(ix.maxSpan, u.hi.Sub(u.lo))
		for _, t := range u.top {
			p := ix.postings[t]
			if p == nil {
				p = &postings{}
				ix.postings[t] = p
			}
			if u.lo.IsZero() {
				p.undated = append(p.undated, int32(k))
			} else {
				p.dated = append(p.dated, int32(k))
			}
		}
	}
	for _, p := range ix.postings {
		slices.SortStableFunc(p.dated, func(x, y int32) int { return units[x].lo.Compare(units[y].lo) })
	}
	return ix
}

// scratch is one worker's state while it finds the candidates of a unit.
type scratch struct {
	shared  []uint8 // top terms shared with the unit at hand
	touched []int32
}

// gather counts in sc.shared the top terms unit a shares with each unit
// after it that the window allows (every unit, when either is undated),
// scanning at most maxScan postings of each term; sc.touched lists the
// units counted.
func (sc *scratch) gather(units []unit, ix *termIndex, a int, w time.Duration) {
	ua := &units[a]
	visit := func(c int32) {
		if int(c) <= a {
			return
		}
		if sc.shared[c] == 0 {
			sc.touched = append(sc.touched, c)
		}
		sc.shared[c]++
	}
	for _, t := range ua.top {
		p := ix.postings[t]
		for _, c := range p.undated[:min(len(p.undated), maxScan)] {
			visit(c)
		}
		if ua.lo.IsZero() {
			for _, c := range p.dated[:min(len(p.dated), maxScan)] {
				visit(c)
			}
			continue
		}
		// Dated units whose span may come within the window of a's.
		from := sort.Search(len(p.dated), func(i int) bool { return !units[p.dated[i]].lo.Before(ua.lo.Add(-w - ix.maxSpan)) })
		to := sort.Search(len(p.dated), func(i int) bool { return units[p.dated[i]].lo.After(ua.hi.Add(w)) })
		if to-from > maxScan {
			// Keep the maxScan nearest a's date: centre the slice on it.
			mid := sort.Search(len(p.dated), func(i int) bool { return !units[p.dated[i]].lo.Before(ua.lo) })
			from = max(from, mid-maxScan/2)
			to = min(to, from+maxScan)
		}
		for _, c := range p.dated[from:to] {
			if gap(ua, &units[c]) <= w {
				visit(c)
			}
		}
	}
}

// keep returns the candidates gathered for unit a that share enough top
// terms with it; past maxCandidates, those sharing the most (ties to the
// nearest in input order). It leaves sc ready for the next unit; the slice
// it returns is valid until then.
func (sc *scratch) keep(units []unit, a int) []int32 {
	ua := &units[a]
	cands := sc.touched[:0]
	for _, c := range sc.touched {
		if int(sc.shared[c]) >= min(minShared, len(ua.top), len(units[c].top)) {
			cands = append(cands, c)
		} else {
			sc.shared[c] = 0
		}
	}
	if len(cands) > maxCandidates {
		slices.SortFunc(cands, func(x, y int32) int {
			if sc.shared[x] != sc.shared[y] {
				return int(sc.shared[y]) - int(sc.shared[x])
			}
			return int(x - y)
		})
		for _, c := range cands[maxCandidates:] {
			sc.shared[c] = 0
		}
		cands = cands[:maxCandidates]
	}
	for _, c := range cands {
		sc.shared[c] = 0
	}
	sc.touched = sc.touched[:0]
	return cands
}

// gap is the time between the date spans of two dated units: 0 when they
// overlap.
func gap(x, y *unit) time.Duration {
	switch {
	case y.lo.After(x.hi):
		return y.lo.Sub(x.hi)
	case x.lo.After(y.hi):
		return x.lo.Sub(y.hi)
	}
	return 0
}

// score is the similarity of two units: see [Score].
func (b *Builder) score(x, y *unit) float64 {
	dx, dy := &b.docs[x.rep], &b.docs[y.rep]
	title, hasTitle := dx.title.Similarity(dy.title)
	return Score(similarity.Cosine(x.vec, y.vec), title, nameOverlap(dx.names, dy.names), hasTitle)
}

// nameOverlap is the share of the smaller name set found in the other
// (the overlap coefficient), or -1 when either has fewer than minNames.
func nameOverlap(x, y []uint64) float64 {
	if min(len(x), len(y)) < minNames {
		return -1
	}
	return float64(similarity.Intersect(x, y)) / float64(min(len(x), len(y)))
}

// minNames is the fewest names an article needs for name overlap to count.
const minNames = 3

// Score combines the evidence that two articles report one event: the
// cosine of their TF-IDF vectors, the similarity of their titles
// ([similarity.TitleSimilarity]) and the overlap of their capitalised
// names (-1 when either has too few to tell). See the constants for why
// this form.
func Score(cosine, title, names float64, hasTitle bool) float64 {
	s := similarity.Combine(0, 0, cosine, title, hasTitle, true)
	if names >= 0 && names > s {
		s += nameWeight * (names - s)
	}
	return math.Min(1, s)
}

// nameWeight is the share of the gap between the text evidence and a higher
// name overlap that names add, as a title lifts the score in
// [similarity.Combine]: two reports of one event name the same people and
// places even when they share few other words.
const nameWeight = 0.3
