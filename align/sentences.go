package align

import (
	"cmp"
	"slices"
	"sort"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// sentence is what alignment keeps of one sentence.
type sentence struct {
	span   corpus.Span
	tokens []corpus.Span
	title  similarity.Title // the sentence prepared for comparison
	terms  []uint64         // hashes of its content terms, sorted, distinct
}

// sentences prepares the sentences of a (the whole text as one when the
// splitter found none).
func sentences(a *corpus.Article, canon similarity.Canon) []sentence {
	spans := a.Sentences
	if len(spans) == 0 && len(a.Tokens) > 0 {
		spans = []corpus.Span{{Start: 0, End: int32(len(a.Text))}}
	}
	out := make([]sentence, 0, len(spans))
	for _, sp := range spans {
		lo := sort.Search(len(a.Tokens), func(k int) bool { return a.Tokens[k].Start >= sp.Start })
		hi := sort.Search(len(a.Tokens), func(k int) bool { return a.Tokens[k].Start >= sp.End })
		text := a.Text[sp.Start:sp.End]
		s := sentence{span: sp, tokens: a.Tokens[lo:hi], title: similarity.NewTitle(text, canon)}
		for _, t := range a.Tokens[lo:hi] {
			if term, ok := similarity.ContentTerm(corpus.NormalizeWord(a.Text[t.Start:t.End]), canon); ok {
				s.terms = append(s.terms, xxhash.Sum64String(term))
			}
		}
		slices.Sort(s.terms)
		s.terms = slices.Compact(s.terms)
		out = append(out, s)
	}
	return out
}

// matcher computes sentence similarities on demand, only for pairs that
// share a content word (others cannot reach an alignment threshold of 0.5:
// without a shared word only the character half of the measure is left).
type matcher struct {
	a, b         []sentence
	shares       map[[2]int]bool
	memo         map[[2]int]float64
	canon        similarity.Canon
	textA, textB string
}

func newMatcher(a, b []sentence, canon similarity.Canon, textA, textB string) *matcher {
	m := &matcher{a: a, b: b, shares: map[[2]int]bool{}, memo: map[[2]int]float64{}, canon: canon, textA: textA, textB: textB}
	index := map[uint64][]int{}
	for j, s := range b {
		for _, t := range s.terms {
			index[t] = append(index[t], j)
		}
	}
	for i, s := range a {
		for _, t := range s.terms {
			for _, j := range index[t] {
				m.shares[[2]int{i, j}] = true
			}
		}
	}
	return m
}

// sim is the similarity of sentence i of A and j of B.
func (m *matcher) sim(i, j int) float64 {
	k := [2]int{i, j}
	if s, ok := m.memo[k]; ok {
		return s
	}
	s := 0.0
	if m.shares[k] {
		s, _ = m.a[i].title.Similarity(m.b[j].title)
	}
	m.memo[k] = s
	return s
}

// simSpan is the similarity of two byte ranges taken as one sentence each
// (for 1:2 and 2:1 matches).
func (m *matcher) simSpan(a, b corpus.Span) float64 {
	s, _ := similarity.NewTitle(m.textA[a.Start:a.End], m.canon).Similarity(similarity.NewTitle(m.textB[b.Start:b.End], m.canon))
	return s
}

// partial is the lowest similarity of a sentence with one half of a split
// for the split to be tried.
const partial = 0.25

// splitGain is how much a 1:2 or 2:1 match must beat the 1:1 match of the
// same first sentences: a split is claimed only when the second half adds
// real evidence.
const splitGain = 0.1

// alignSentences returns the aligned pairs of a and b, sentences of the
// texts ta and tb: a monotone alignment by dynamic programming, maximising
// the summed similarity of the matches weighted by the sentences they
// cover, then matches out of order (moved sentences) among the sentences
// left over, best first.
func alignSentences(a, b []sentence, ta, tb string, opt Options) []Pair {
	al := &aligner{a: a, b: b, m: newMatcher(a, b, opt.Canon, ta, tb), opt: opt}
	return al.align()
}

// aligner holds one alignment's sentences and similarities.
type aligner struct {
	a, b []sentence
	m    *matcher
	opt  Options
}

// align runs the dynamic programme.
func (al *aligner) align() []Pair {
	a, b, m, min := al.a, al.b, al.m, al.opt.MinSimilarity
	n, k := len(a), len(b)
	type cell struct {
		score  float64
		di, dj int8 // the step that reached this cell
		sim    float64
	}
	dp := make([][]cell, n+1)
	for i := range dp {
		dp[i] = make([]cell, k+1)
	}
	better := func(c *cell, score float64, di, dj int8, sim float64) {
		// Strictly better only: ties keep the earlier choice, so the
		// result is deterministic and prefers skips in A, then B, then 1:1.
		if score > c.score+1e-12 {
			*c = cell{score, di, dj, sim}
		}
	}
	for i := 0; i <= n; i++ {
		for j := 0; j <= k; j++ {
			c := &dp[i][j]
			if i == 0 && j == 0 {
				continue
			}
			*c = cell{score: -1}
			if i > 0 {
				better(c, dp[i-1][j].score, 1, 0, 0)
			}
			if j > 0 {
				better(c, dp[i][j-1].score, 0, 1, 0)
			}
			if i == 0 || j == 0 {
				continue
			}
			s11 := m.sim(i-1, j-1)
			if s11 >= min {
				better(c, dp[i-1][j-1].score+2*s11, 1, 1, s11)
			}
			if j >= 2 && (s11 >= partial || m.sim(i-1, j-2) >= partial) {
				if s := m.simSpan(a[i-1].span, corpus.Span{Start: b[j-2].span.Start, End: b[j-1].span.End}); s >= min && s >= max(s11, m.sim(i-1, j-2))+splitGain {
					better(c, dp[i-1][j-2].score+3*s, 1, 2, s)
				}
			}
			if i >= 2 && (s11 >= partial || m.sim(i-2, j-1) >= partial) {
				if s := m.simSpan(corpus.Span{Start: a[i-2].span.Start, End: a[i-1].span.End}, b[j-1].span); s >= min && s >= max(s11, m.sim(i-2, j-1))+splitGain {
					better(c, dp[i-2][j-1].score+3*s, 2, 1, s)
				}
			}
		}
	}
	var pairs []Pair
	for i, j := n, k; i > 0 || j > 0; {
		c := dp[i][j]
		if c.di > 0 && c.dj > 0 {
			p := Pair{Similarity: round4(c.sim)}
			for x := i - int(c.di); x < i; x++ {
				p.A = append(p.A, x)
			}
			for y := j - int(c.dj); y < j; y++ {
				p.B = append(p.B, y)
			}
			pairs = append(pairs, p)
		}
		i, j = i-int(c.di), j-int(c.dj)
	}
	slices.Reverse(pairs)
	return al.moved(pairs)
}

// moved adds matches among the sentences the monotone alignment left over:
// the best remaining pair first, each sentence once.
func (al *aligner) moved(pairs []Pair) []Pair {
	usedA := make([]bool, len(al.a))
	usedB := make([]bool, len(al.b))
	for _, p := range pairs {
		for _, i := range p.A {
			usedA[i] = true
		}
		for _, j := range p.B {
			usedB[j] = true
		}
	}
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for k := range al.m.shares {
		i, j := k[0], k[1]
		if usedA[i] || usedB[j] {
			continue
		}
		if s := al.m.sim(i, j); s >= al.opt.MinSimilarity {
			cands = append(cands, cand{i, j, s})
		}
	}
	slices.SortFunc(cands, func(x, y cand) int {
		if c := cmp.Compare(y.s, x.s); c != 0 {
			return c
		}
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	for _, c := range cands {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		pairs = append(pairs, Pair{A: []int{c.i}, B: []int{c.j}, Similarity: round4(c.s), Moved: true})
	}
	slices.SortStableFunc(pairs, func(x, y Pair) int { return x.A[0] - y.A[0] })
	return pairs
}

func round4(x float64) float64 { return float64(int64(x*1e4+0.5)) / 1e4 }
