package align

import (
	"cmp"
	"slices"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// Passage is a run of words both articles carry: byte offsets in each
// text and its length in A's words.
type Passage struct {
	AStart, AEnd, BStart, BEnd int
	Words                      int
	// Boilerplate marks a passage that other articles of the same outlet
	// carry too (see Options.Background): site text, not reuse.
	Boilerplate bool
}

// maxRepeats bounds the places of B one n-gram of A is matched with: a
// phrase repeated more often than that is not what makes a passage.
const maxRepeats = 8

// passages finds the maximal runs of shared word n-grams of a and b (words
// normalised, spelling folded), joined across gaps of up to opt.Gap words
// on both sides, longest first.
func passages(a, b *corpus.Article, opt Options) []Passage {
	n := opt.Shingle
	ga, gb := opt.Cache.grams(a, opt), opt.Cache.grams(b, opt)
	wa, wb, ha, at := ga.words, gb.words, ga.hashes, gb.at
	// Runs of consecutive matches on one diagonal (j - i constant).
	type run struct{ a0, a1, b0, b1 int } // word ranges [a0, a1), [b0, b1)
	open := map[int]*run{}                // diagonal -> the run ending at the previous i
	var runs []*run
	for i, h := range ha {
		for _, j := range at[h] {
			d := j - i
			if r, ok := open[d]; ok && r.a1 == i+n-1 {
				r.a1, r.b1 = i+n, j+n
				continue
			}
			r := &run{i, i + n, j, j + n}
			open[d] = r
			runs = append(runs, r)
		}
	}
	slices.SortFunc(runs, func(x, y *run) int {
		if x.a0 != y.a0 {
			return x.a0 - y.a0
		}
		return x.b0 - y.b0
	})
	// Join a run to the previous one when it goes on after a short gap in
	// both texts (a word changed, inserted or dropped).
	var joined []*run
	for _, r := range runs {
		if k := len(joined) - 1; k >= 0 {
			p := joined[k]
			ga, gb := r.a0-p.a1, r.b0-p.b1
			if ga <= opt.Gap && gb <= opt.Gap && ga >= -n && gb >= -n && r.b0 >= p.b0 {
				p.a1, p.b1 = max(p.a1, r.a1), max(p.b1, r.b1)
				continue
			}
		}
		joined = append(joined, r)
	}
	// A run contained in a longer one (a repeated phrase) is dropped.
	slices.SortStableFunc(joined, func(x, y *run) int { return (y.a1 - y.a0) - (x.a1 - x.a0) })
	var out []Passage
	var kept []*run
	for _, r := range joined {
		// A text shorter than a shingle is one shingle of all its words
		// (see similarity.NGramHashes): its run ends at its last word.
		r.a1, r.b1 = min(r.a1, len(wa)), min(r.b1, len(wb))
		inside := false
		for _, k := range kept {
			if r.a0 >= k.a0 && r.a1 <= k.a1 || r.b0 >= k.b0 && r.b1 <= k.b1 {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		kept = append(kept, r)
		out = append(out, Passage{
			AStart: int(a.Tokens[r.a0].Start), AEnd: int(a.Tokens[r.a1-1].End),
			BStart: int(b.Tokens[r.b0].Start), BEnd: int(b.Tokens[r.b1-1].End),
			Words: r.a1 - r.a0,
		})
	}
	slices.SortStableFunc(out, func(x, y Passage) int {
		if c := cmp.Compare(y.Words, x.Words); c != 0 {
			return c
		}
		return x.AStart - y.AStart
	})
	markBoilerplate(out, a, b, opt)
	return out
}

// grams are an article's words as passages compare them: normalised and
// folded, their n-gram hashes in order, and where each hash stands (at
// most maxRepeats places).
type grams struct {
	words  []string
	hashes []uint64
	at     map[uint64][]int
}

// gramsOf returns the grams of a under opt's Canon and Shingle.
func gramsOf(a *corpus.Article, opt Options) *grams {
	g := &grams{words: canonWords(a, opt.Canon)}
	g.hashes = similarity.NGramHashes(g.words, opt.Shingle)
	g.at = make(map[uint64][]int, len(g.hashes))
	for j, h := range g.hashes {
		if len(g.at[h]) < maxRepeats {
			g.at[h] = append(g.at[h], j)
		}
	}
	return g
}

// canonWords returns an article's words, normalised and folded by canon.
func canonWords(a *corpus.Article, canon similarity.Canon) []string {
	ws := a.Words()
	if canon != nil {
		for i, w := range ws {
			ws[i] = canon(w)
		}
	}
	return ws
}

// tokenIndex returns the index of the token starting at byte off.
func tokenIndex(toks []corpus.Span, off int) int {
	i, _ := slices.BinarySearchFunc(toks, off, func(t corpus.Span, off int) int { return int(t.Start) - off })
	return i
}
