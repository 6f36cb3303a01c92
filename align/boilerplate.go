package align

import (
	"math/bits"
	"slices"
	"sync/atomic"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// boilerplateMin is how many other articles of the outlet must carry a
// passage for it to be boilerplate.
const boilerplateMin = 2

// Aligned is an alignment and the two articles it aligned.
type Aligned struct {
	A, B   *corpus.Article
	Result *Result
}

// MarkBoilerplate marks the passages of many alignments as
// [Options.Background] marks one's: a passage is boilerplate when at least
// two articles of background, other than the pair's own and of A's or B's
// outlet, carry it whole (its every shingle). Background reads the
// outlet's articles again for each pair; this reads each article of
// background once however many alignments its outlet is in, on workers
// goroutines: what aligning hundreds of pairs of one dump needs. opt's
// Canon and Shingle are those the alignments were made with; every
// passage's mark is set, so marking again with another background
// replaces it.
//
// shingles, when not nil, gives the shingle set of background article i
// when one was made already, as [similarity.TokenShingles] makes it of its
// Text and Tokens with opt's Canon and Shingle (nil to have it made): a
// dump deduplicated with the same shingles need not hash its texts again.
func MarkBoilerplate(rs []Aligned, background []*corpus.Article, shingles func(i int) []uint64, opt Options, workers int) {
	opt.defaults()
	type check struct {
		p        *Passage
		a, b     *corpus.Article
		shingles []uint64
		carriers atomic.Int32
	}
	var checks []*check
	// byOutlet holds the checks of each outlet, also by their first
	// shingle: an article carries a passage only if it holds that one.
	type outletChecks struct {
		all     []*check
		byFirst map[uint64][]*check
	}
	byOutlet := map[string]*outletChecks{}
	add := func(outlet string, c *check) {
		o := byOutlet[outlet]
		if o == nil {
			o = &outletChecks{byFirst: map[uint64][]*check{}}
			byOutlet[outlet] = o
		}
		o.all = append(o.all, c)
		o.byFirst[c.shingles[0]] = append(o.byFirst[c.shingles[0]], c)
	}
	for _, r := range rs {
		if len(r.Result.Passages) == 0 {
			continue
		}
		wa := canonWords(r.A, opt.Canon)
		for k := range r.Result.Passages {
			p := &r.Result.Passages[k]
			lo := tokenIndex(r.A.Tokens, p.AStart)
			c := &check{p: p, a: r.A, b: r.B, shingles: similarity.NGramHashes(wa[lo:lo+p.Words], opt.Shingle)}
			checks = append(checks, c)
			if len(c.shingles) == 0 {
				continue // no words: no passage (never so)
			}
			add(r.A.Outlet, c)
			if r.B.Outlet != r.A.Outlet {
				add(r.B.Outlet, c)
			}
		}
	}
	if len(checks) > 0 {
		fanout.Each(len(background), workers, func(i int) {
			x := background[i]
			o := byOutlet[x.Outlet]
			if o == nil {
				return
			}
			// The same shingles as NGramHashes(canonWords(x)), as a sorted set.
			var set []uint64
			if shingles != nil {
				set = shingles(i)
			}
			if set == nil {
				set = similarity.TokenShingles(x.Text, x.Tokens, opt.Shingle, opt.Canon)
			}
			carries := func(c *check) {
				if x == c.a || x == c.b {
					return
				}
				for _, h := range c.shingles {
					if _, ok := slices.BinarySearch(set, h); !ok {
						return
					}
				}
				c.carriers.Add(1)
			}
			// Few checks: each is looked for in the set. Many: the set's
			// shingles are looked up among their first shingles.
			if len(o.all)*bits.Len(uint(len(set))) < len(set) {
				for _, c := range o.all {
					carries(c)
				}
				return
			}
			for _, first := range set {
				for _, c := range o.byFirst[first] {
					carries(c)
				}
			}
		})
	}
	for _, c := range checks {
		c.p.Boilerplate = c.carriers.Load() >= boilerplateMin
	}
}

// markBoilerplate marks the passages ps of a and b that at least
// boilerplateMin other articles of A's or B's outlet in opt.Background
// carry whole.
func markBoilerplate(ps []Passage, a, b *corpus.Article, opt Options) {
	if len(opt.Background) == 0 || len(ps) == 0 {
		return
	}
	MarkBoilerplate([]Aligned{{A: a, B: b, Result: &Result{Passages: ps}}}, opt.Background, nil, opt, 1)
}
