package similarity

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/fanout"
)

// Kind classifies a duplicate edge or group.
type Kind string

const (
	Exact     Kind = "exact"     // identical normalised text
	Near      Kind = "near"      // Jaccard of shingle sets at or above the threshold
	Contained Kind = "contained" // one side's shingles at or above the containment threshold inside the other
	// TitleOnly is an exact match of documents without a body, compared by
	// their titles: the same headline, no body compared. A recurring
	// headline ("What you need to know right now") is one, and says
	// little about the stories under it.
	TitleOnly Kind = "title"
)

// kindRank orders the kinds of a group's edges: a group takes the kind of
// its highest-ranked edge.
var kindRank = map[Kind]int{TitleOnly: 0, Exact: 1, Near: 2, Contained: 3}

// DedupOptions configures a [Deduper]. Zero values take the defaults.
type DedupOptions struct {
	Shingle     int     // words per shingle; default 5
	Hashes      int     // MinHash values per signature; default 128
	Threshold   float64 // Jaccard for a near duplicate; default 0.8
	Containment float64 // share of one side inside the other for a contained copy; default 0.9
	// MinContained is the fewest shingles the contained side of a contained
	// edge may have (default 10): a line or two inside a long article is a
	// quotation, not a copy.
	MinContained int
	Canon        Canon  // spelling variants folded before hashing; nil keeps words as they are
	Seed         uint64 // of the MinHash functions
	// HoldBytes bounds the memory of the shingle sets held for exact
	// verification (default 512 MiB). Past it, sets are dropped after signing
	// and [Deduper.Missing] names the documents to supply again.
	HoldBytes int64
	Workers   int // for verification; default 1
}

func (o *DedupOptions) defaults() {
	if o.Shingle <= 0 {
		o.Shingle = 5
	}
	if o.Hashes <= 0 {
		o.Hashes = 128
	}
	if o.Threshold <= 0 {
		o.Threshold = 0.8
	}
	if o.Containment <= 0 {
		o.Containment = 0.9
	}
	if o.MinContained <= 0 {
		o.MinContained = 10
	}
	if o.HoldBytes <= 0 {
		o.HoldBytes = 512 << 20
	}
	if o.Workers <= 0 {
		o.Workers = 1
	}
}

// Doc is one document to deduplicate. Its words are given in one of three
// forms, tried in this order: Words; Norm; Text with Tokens, the cheapest
// for an article read without normalised text (corpus Options.NoNorm).
type Doc struct {
	ID    string
	Date  time.Time // zero when unknown
	Words []string  // normalised words (corpus.Article.Words)
	// Norm is the normalised words joined by single spaces
	// (corpus.Article.Norm).
	Norm string
	// Text and Tokens are an article's text and word spans; each word is
	// normalised as corpus.Normalize does it.
	Text   string
	Tokens []corpus.Span
	// TitleOnly says that the words are a title, the document having no
	// body (corpus.Article.TitleOnly): its exact matches are of kind
	// [TitleOnly].
	TitleOnly bool
}

// shingles returns the shingle set of a Doc and the key of its text:
// identical word sequences have the same key, whatever form they came in.
func (d *Deduper) shingles(x Doc) ([]uint64, uint64) {
	switch {
	case x.Words != nil:
		return shinglesWords(x.Words, d.opt.Shingle, d.opt.Canon)
	case x.Norm != "":
		return shinglesText(x.Norm, d.opt.Shingle, d.opt.Canon)
	}
	return shinglesTokens(x.Text, x.Tokens, d.opt.Shingle, d.opt.Canon)
}

// Edge is a verified duplicate relation between documents A and B (A < B in
// input order).
type Edge struct {
	A, B int
	Kind Kind
	// Jaccard of the shingle sets; ContainmentAB is the share of A's
	// shingles found in B, ContainmentBA the share of B's found in A.
	Jaccard, ContainmentAB, ContainmentBA float64
}

// Group is a set of documents joined by verified edges.
type Group struct {
	// Kind is contained when an edge is, else near when an edge is, else
	// exact, else title (every member the same headline without a body).
	Kind    Kind
	Members []int // in input order
	Edges   []Edge
	// Chained is true when some members are linked only through others:
	// their own pair was not verified as a duplicate.
	Chained bool
	// Original is the earliest-dated member, or -1 when that is unknown:
	// OriginalNote then says why (a tie, or no dates).
	Original     int
	OriginalNote string
	// Tied are the members that share the earliest date when that is why
	// Original is -1, in input order; OriginalNote ends with their ids.
	Tied []int
}

// doc is what a Deduper keeps of a document.
type doc struct {
	id       string
	date     time.Time
	n        int      // number of shingles
	exact    uint64   // hash of the normalised text, for exact duplicates
	shingles []uint64 // held for verification; nil when dropped
	sample   []uint32 // top halves of the shingles kept by the containment sample
	added    bool
	title    bool // the words are a title (Doc.TitleOnly)
}

// Deduper finds duplicate groups among documents added one at a time. It
// keeps a MinHash signature per document in an LSH index, a sparse sample of
// shingles for containment, and the exact shingle sets within
// DedupOptions.HoldBytes. Every candidate pair is verified on the exact sets
// before it counts.
//
// Use: Add every document (concurrently if you like), then Missing; supply
// the shingles of the documents it names with Supply (a second pass over the
// input), then Groups.
type Deduper struct {
	opt    DedupOptions
	signer *Signer
	bands  Bands
	index  *Index

	mu   sync.Mutex
	docs []doc
	rep  map[uint64]int // exact key -> the one member of its class that is indexed
	held atomic.Int64

	cands [][2]int // computed by Missing
}

// containSampleRate keeps one shingle in containSampleRate for the
// containment index: consistent across documents (a shingle is kept or not
// by its hash alone), so a copy keeps the same sample as its source. One in
// 8 gives a copy of 40 shingles a 97% chance of the two samples a candidate
// needs.
const containSampleRate = 8

// maxPosting is the most documents a sampled shingle may index before it is
// taken for boilerplate and ignored as evidence of copying.
const maxPosting = 256

// NewDeduper returns a Deduper with the given options.
func NewDeduper(opt DedupOptions) *Deduper {
	opt.defaults()
	b := ChooseBands(opt.Threshold, opt.Hashes)
	return &Deduper{opt: opt, signer: NewSigner(opt.Hashes, opt.Seed), bands: b, index: NewIndex(b), rep: map[uint64]int{}}
}

// Options returns the options in force, defaults filled in.
func (d *Deduper) Options() DedupOptions { return d.opt }

// Bands returns the LSH banding chosen for the threshold.
func (d *Deduper) Bands() Bands { return d.bands }

// Add adds document i (numbered densely from 0 in input order). It is safe
// for concurrent use. A document without words is ignored. Only one member
// of each class of identical texts is signed, sampled and indexed: a text
// copied a thousand times costs one signature and fills no LSH bucket.
func (d *Deduper) Add(i int, x Doc) {
	sh, e := d.shingles(x)
	if len(sh) == 0 {
		return
	}
	d.mu.Lock()
	if i >= len(d.docs) {
		d.docs = append(d.docs, make([]doc, i+1-len(d.docs))...)
	}
	d.docs[i] = doc{id: x.ID, date: x.Date, exact: e, added: true, title: x.TitleOnly}
	_, dup := d.rep[e]
	if !dup {
		d.rep[e] = i
	}
	d.mu.Unlock()
	if dup {
		return
	}
	var sample []uint32
	for _, h := range sh {
		if h%containSampleRate == 0 {
			sample = append(sample, uint32(h>>32))
		}
	}
	d.index.Add(i, d.signer.Sign(sh))
	keep := sh
	if d.held.Add(int64(8*len(sh))) > d.opt.HoldBytes {
		d.held.Add(-int64(8 * len(sh)))
		keep = nil
	}
	d.mu.Lock()
	d.docs[i].n, d.docs[i].shingles, d.docs[i].sample = len(sh), keep, sample
	d.mu.Unlock()
}

// lowest returns, for each exact key, the first member of its class in
// input order: edges found through whichever member was indexed are named
// by it, so output does not depend on the order of Add calls.
func (d *Deduper) lowest() map[uint64]int {
	low := make(map[uint64]int, len(d.rep))
	for i := range d.docs {
		if !d.docs[i].added {
			continue
		}
		if _, ok := low[d.docs[i].exact]; !ok {
			low[d.docs[i].exact] = i
		}
	}
	return low
}

// Missing computes the candidate pairs and returns, in order, the documents
// taking part in one whose shingles were not held: they must be given again
// with Supply before Groups.
func (d *Deduper) Missing() []int {
	if d.cands == nil {
		d.cands = d.candidates()
	}
	// Candidates are pairs of indexed members, which hold the shingles.
	need := map[int]bool{}
	for _, p := range d.cands {
		for _, i := range p {
			if d.docs[i].shingles == nil {
				need[i] = true
			}
		}
	}
	out := make([]int, 0, len(need))
	for i := range need {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// Supply gives again the words of document i, named by Missing (it reads
// no others), as Add took them. It is safe for concurrent use.
func (d *Deduper) Supply(i int, x Doc) {
	sh, _ := d.shingles(x)
	d.mu.Lock()
	d.docs[i].shingles = sh
	d.mu.Unlock()
}

// candidates returns the pairs to verify: those LSH proposes, those whose
// containment samples overlap enough, and none within an exact class (those
// are grouped by their key).
func (d *Deduper) candidates() [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	add := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		if a == b || d.docs[a].exact == d.docs[b].exact {
			return
		}
		k := [2]int{a, b}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, p := range d.index.Pairs() {
		add(int(p[0]), int(p[1]))
	}
	for _, p := range d.containmentCandidates() {
		add(p[0], p[1])
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// containmentCandidates finds pairs where much of one document's shingle
// sample appears in the other's: half of A's informative samples (at least
// two) found in B makes (A, B) a candidate. Samples shared by more than
// maxPosting documents are boilerplate: they count neither for a pair nor
// in the half it needs. It sorts (shingle, doc) postings and lets each
// document count, in parallel, the documents sharing its samples.
func (d *Deduper) containmentCandidates() [][2]int {
	ps := d.postings()
	key := func(p uint64) uint32 { return uint32(p >> 32) }
	// Only shingles that more than one document samples can pair anything:
	// index their runs, and mark the runs too long to be copies (lo -1).
	type span struct{ lo, hi int32 }
	shared := 0
	for lo := 0; lo < len(ps); {
		hi := lo + 1
		for hi < len(ps) && key(ps[hi]) == key(ps[lo]) {
			hi++
		}
		if hi-lo >= 2 {
			shared++
		}
		lo = hi
	}
	runs := make(map[uint32]span, shared)
	for lo := 0; lo < len(ps); {
		hi := lo + 1
		for hi < len(ps) && key(ps[hi]) == key(ps[lo]) {
			hi++
		}
		switch n := hi - lo; {
		case n > maxPosting:
			runs[key(ps[lo])] = span{-1, -1}
		case n >= 2:
			runs[key(ps[lo])] = span{int32(lo), int32(hi)}
		}
		lo = hi
	}
	// Each goroutine counts into an array over all documents, resetting
	// only the entries it touched: far cheaper than a map per document.
	type counter struct {
		counts  []uint32
		touched []int32
		spans   []span
	}
	var mu sync.Mutex
	var out [][2]int
	fanout.EachWith(len(d.docs), d.opt.Workers, func() *counter {
		return &counter{counts: make([]uint32, len(d.docs))}
	}, func(c *counter, a int) {
		s := d.docs[a].sample
		informative := len(s)
		c.spans = c.spans[:0]
		for _, h := range s {
			sp, ok := runs[h]
			switch {
			case !ok:
			case sp.lo < 0:
				informative--
			default:
				c.spans = append(c.spans, sp)
			}
		}
		need := max(2, int(math.Ceil(0.5*float64(informative))))
		if informative < need || len(c.spans) < need {
			return
		}
		for _, sp := range c.spans {
			for _, p := range ps[sp.lo:sp.hi] {
				b := int32(uint32(p))
				if c.counts[b] == 0 {
					c.touched = append(c.touched, b)
				}
				c.counts[b]++
			}
		}
		var mine [][2]int
		for _, b := range c.touched {
			if int(c.counts[b]) >= need && int(b) != a {
				mine = append(mine, [2]int{a, int(b)})
			}
			c.counts[b] = 0
		}
		c.touched = c.touched[:0]
		if len(mine) > 0 {
			mu.Lock()
			out = append(out, mine...)
			mu.Unlock()
		}
	})
	return out
}

// postings returns the containment samples of all documents as sorted
// postings: 32 bits of the shingle hash over the document number, so they
// sort as plain integers. 32 bits are enough here: a collision only adds a
// candidate, and every candidate is verified. The postings are dealt
// straight into 256 buckets by their top byte, then the buckets are sorted
// on all workers: one array, no copy.
func (d *Deduper) postings() []uint64 {
	var at [257]int
	for i := range d.docs {
		for _, h := range d.docs[i].sample {
			at[h>>24+1]++
		}
	}
	for b := 1; b <= 256; b++ {
		at[b] += at[b-1]
	}
	ps := make([]uint64, at[256])
	next := at
	for i := range d.docs {
		for _, h := range d.docs[i].sample {
			ps[next[h>>24]] = uint64(h)<<32 | uint64(i)
			next[h>>24]++
		}
	}
	fanout.Each(256, d.opt.Workers, func(b int) { slices.Sort(ps[at[b]:at[b+1]]) })
	return ps
}

// Groups verifies the candidates and returns the duplicate groups, in input
// order of their first member. It panics if a document named by Missing
// was not supplied.
func (d *Deduper) Groups() []Group {
	if d.cands == nil {
		d.Missing()
	}
	edges := make([]*Edge, len(d.cands))
	fanout.Each(len(d.cands), d.opt.Workers, func(k int) {
		a, b := d.cands[k][0], d.cands[k][1]
		edges[k] = d.verify(a, b)
	})

	n := len(d.docs)
	uf := newUnionFind(n)
	// Exact classes: identical normalised texts, linked as a star to the
	// first member.
	firstOf := map[uint64]int{}
	var all []Edge
	for i := range d.docs {
		if !d.docs[i].added {
			continue
		}
		if f, ok := firstOf[d.docs[i].exact]; ok {
			uf.union(f, i)
			kind := Exact
			if d.docs[f].title && d.docs[i].title {
				kind = TitleOnly
			}
			all = append(all, Edge{A: f, B: i, Kind: kind, Jaccard: 1, ContainmentAB: 1, ContainmentBA: 1})
		} else {
			firstOf[d.docs[i].exact] = i
		}
	}
	low := d.lowest()
	for _, e := range edges {
		if e == nil {
			continue
		}
		// Name the edge by the first member of each side's exact class.
		e.A, e.B = low[d.docs[e.A].exact], low[d.docs[e.B].exact]
		if e.A > e.B {
			e.A, e.B = e.B, e.A
			e.ContainmentAB, e.ContainmentBA = e.ContainmentBA, e.ContainmentAB
		}
		uf.union(e.A, e.B)
		all = append(all, *e)
	}
	byRoot := map[int]*Group{}
	var groups []*Group
	for i := range d.docs {
		if !d.docs[i].added {
			continue
		}
		r := uf.find(i)
		g := byRoot[r]
		if g == nil {
			g = &Group{}
			byRoot[r] = g
			groups = append(groups, g)
		}
		g.Members = append(g.Members, i)
	}
	for _, e := range all {
		g := byRoot[uf.find(e.A)]
		g.Edges = append(g.Edges, e)
	}
	var out []Group
	for _, g := range groups {
		if len(g.Members) < 2 {
			continue
		}
		sort.Slice(g.Edges, func(i, j int) bool {
			if g.Edges[i].A != g.Edges[j].A {
				return g.Edges[i].A < g.Edges[j].A
			}
			return g.Edges[i].B < g.Edges[j].B
		})
		d.describe(g, low)
		out = append(out, *g)
	}
	return out
}

// verify computes the exact scores of a candidate pair and returns the edge
// when it is a duplicate by either measure, or nil.
func (d *Deduper) verify(a, b int) *Edge {
	x, y := d.docs[a].shingles, d.docs[b].shingles
	if x == nil || y == nil {
		panic(fmt.Sprintf("similarity: shingles of document %d or %d not supplied (see Deduper.Missing)", a, b))
	}
	inter := Intersect(x, y)
	union := len(x) + len(y) - inter
	e := &Edge{A: a, B: b}
	if union > 0 {
		e.Jaccard = float64(inter) / float64(union)
	}
	e.ContainmentAB = float64(inter) / float64(len(x))
	e.ContainmentBA = float64(inter) / float64(len(y))
	inA := e.ContainmentAB >= d.opt.Containment && len(x) >= d.opt.MinContained
	inB := e.ContainmentBA >= d.opt.Containment && len(y) >= d.opt.MinContained
	switch {
	case inA != inB:
		// One side lies inside the other and not the reverse: a trimmed
		// copy, or one wrapped in more text. That says more than near.
		e.Kind = Contained
	case e.Jaccard >= d.opt.Threshold:
		e.Kind = Near
	default:
		return nil
	}
	return e
}

// describe sets a group's kind, chain flag and original. low maps each
// exact key to the member that names its class in edges.
func (d *Deduper) describe(g *Group, low map[uint64]int) {
	g.Kind = TitleOnly
	for _, e := range g.Edges {
		if kindRank[e.Kind] > kindRank[g.Kind] {
			g.Kind = e.Kind
		}
	}
	// Members of one exact class are all linked to each other; other pairs
	// need an edge between their classes, which names each class by its
	// first member.
	linked := map[[2]int]bool{}
	for _, e := range g.Edges {
		linked[[2]int{e.A, e.B}] = true
	}
	m := len(g.Members)
	if m <= 2000 {
	outer:
		for i := 0; i < m; i++ {
			for j := i + 1; j < m; j++ {
				a, b := g.Members[i], g.Members[j]
				ka, kb := low[d.docs[a].exact], low[d.docs[b].exact]
				if ka != kb && !linked[[2]int{min(ka, kb), max(ka, kb)}] {
					g.Chained = true
					break outer
				}
			}
		}
	} else {
		g.Chained = true // too large to be every pair verified: say so
	}

	g.Original = -1
	var earliest time.Time
	var first []int
	undated := 0
	for _, i := range g.Members {
		t := d.docs[i].date
		switch {
		case t.IsZero():
			undated++
		case len(first) == 0 || t.Before(earliest):
			earliest, first = t, []int{i}
		case t.Equal(earliest):
			first = append(first, i)
		}
	}
	switch {
	case len(first) == 0:
		g.OriginalNote = "no member has a date"
	case len(first) > 1:
		ids := make([]string, len(first))
		for k, i := range first {
			ids[k] = d.docs[i].id
		}
		g.OriginalNote = fmt.Sprintf("%d members share the earliest date %s: %s", len(first), earliest.Format("2006-01-02"), strings.Join(ids, ", "))
		g.Tied = first
	default:
		g.Original = first[0]
		if undated > 0 {
			g.OriginalNote = fmt.Sprintf("earliest of the dated members; %d undated", undated)
		}
	}
}

// ID returns the id of document i.
func (d *Deduper) ID(i int) string { return d.docs[i].id }

// Shingles returns the shingle set of document i as it was added (sorted,
// distinct; see [Shingles]) when the Deduper holds it, and nil when it does
// not: dropped past HoldBytes and not supplied again, or of no words. The
// set is the Deduper's own: read it, do not change it. It lets a caller
// that needs the same shingles of the same documents (a report's
// boilerplate) reuse them instead of hashing every text again.
func (d *Deduper) Shingles(i int) []uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i < 0 || i >= len(d.docs) {
		return nil
	}
	return d.docs[i].shingles
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union joins the sets of a and b under the smaller root, so roots are
// deterministic.
func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}
