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
	// terms are the hashes of its content terms, or of all its words when
	// it has no content term, sorted, distinct.
	terms []uint64
}

// sentenceSpans returns the sentences of a as they are aligned: its
// Sentences, or its whole text as one when the splitter found none.
func sentenceSpans(a *corpus.Article) []corpus.Span {
	if len(a.Sentences) == 0 && len(a.Tokens) > 0 {
		return []corpus.Span{{Start: 0, End: int32(len(a.Text))}}
	}
	return a.Sentences
}

// sentences prepares the sentences of a (the whole text as one when the
// splitter found none).
func sentences(a *corpus.Article, canon similarity.Canon) []sentence {
	spans := sentenceSpans(a)
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
		// A sentence of stop words only ("What?", "Not yet.") is known by
		// all its words, as [similarity.Title] compares it: with no terms
		// it would share none and never be compared, not even with itself.
		if len(s.terms) == 0 {
			for _, t := range a.Tokens[lo:hi] {
				s.terms = append(s.terms, xxhash.Sum64String(corpus.NormalizeWord(a.Text[t.Start:t.End])))
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
// Similarities are kept in a dense matrix, computed at most once.
type matcher struct {
	a, b   []sentence
	shares []bool    // len(a)×len(b): the pair shares a content word
	memo   []float32 // len(a)×len(b): the similarity, or -1 until computed
	// joinedA[i] is sentences i and i+1 of A taken as one, made when a
	// split first needs it (joinedB for B's); nil until then.
	joinedA, joinedB []*similarity.Title
}

func newMatcher(a, b []sentence) *matcher {
	m := &matcher{a: a, b: b, shares: make([]bool, len(a)*len(b)), memo: make([]float32, len(a)*len(b))}
	for k := range m.memo {
		m.memo[k] = -1
	}
	index := map[uint64][]int{}
	for j, s := range b {
		for _, t := range s.terms {
			index[t] = append(index[t], j)
		}
	}
	for i, s := range a {
		row := m.shares[i*len(b) : (i+1)*len(b)]
		for _, t := range s.terms {
			for _, j := range index[t] {
				row[j] = true
			}
		}
	}
	return m
}

// sim is the similarity of sentence i of A and j of B.
func (m *matcher) sim(i, j int) float64 {
	k := i*len(m.b) + j
	if s := m.memo[k]; s >= 0 {
		return float64(s)
	}
	s := 0.0
	if m.shares[k] && termDice(m.a[i].terms, m.b[j].terms) >= minTermDice {
		s, _ = m.a[i].title.Similarity(m.b[j].title)
	}
	m.memo[k] = float32(s)
	return float64(float32(s))
}

// simSplit is the similarity of sentence i of A with sentences j and j+1
// of B taken as one (a 1:2 match), or, when aTwo, of sentences i and i+1 of
// A with sentence j of B (2:1).
func (m *matcher) simSplit(i, j int, aTwo bool) float64 {
	var s float64
	if aTwo {
		s, _ = joined(&m.joinedA, m.a, i).Similarity(m.b[j].title)
	} else {
		s, _ = m.a[i].title.Similarity(*joined(&m.joinedB, m.b, j))
	}
	return s
}

// joined returns sentences k and k+1 of ss taken as one, from memo when
// it holds them: a split is tried for many sentences of the other side.
func joined(memo *[]*similarity.Title, ss []sentence, k int) *similarity.Title {
	if *memo == nil {
		*memo = make([]*similarity.Title, len(ss))
	}
	if (*memo)[k] == nil {
		t := similarity.JoinTitles(ss[k].title, ss[k+1].title)
		(*memo)[k] = &t
	}
	return (*memo)[k]
}

// minTermDice is the overlap of content words (Dice) below which two
// sentences are not compared: they would need nearly the same characters
// in other words to reach even the split threshold, and in two long
// articles on one subject almost every pair shares a word or two.
const minTermDice = 0.15

// termDice is the Dice coefficient of two sorted sets of term hashes.
func termDice(x, y []uint64) float64 {
	if len(x)+len(y) == 0 {
		return 0
	}
	return 2 * float64(similarity.Intersect(x, y)) / float64(len(x)+len(y))
}

// partial is the lowest similarity of a sentence with one half of a split
// for the split to be tried.
const partial = 0.25

// splitGain is how much a 1:2 or 2:1 match must beat the 1:1 match of the
// same first sentences: a split is claimed only when the second half adds
// real evidence.
const splitGain = 0.1

// alignSentences returns the aligned pairs of sentences a and b: a monotone alignment by dynamic programming, maximising
// the summed similarity of the matches weighted by the sentences they
// cover, then matches out of order (moved sentences) among the sentences
// left over, best first.
func alignSentences(a, b []sentence, opt Options) []Pair {
	al := &aligner{a: a, b: b, m: newMatcher(a, b), opt: opt}
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
			// A split is tried only when the sentence partly matches both
			// halves.
			if j >= 2 && s11 >= partial && m.sim(i-1, j-2) >= partial {
				if s := m.simSplit(i-1, j-2, false); s >= min && s >= max(s11, m.sim(i-1, j-2))+splitGain {
					better(c, dp[i-1][j-2].score+3*s, 1, 2, s)
				}
			}
			if i >= 2 && s11 >= partial && m.sim(i-2, j-1) >= partial {
				if s := m.simSplit(i-2, j-1, true); s >= min && s >= max(s11, m.sim(i-2, j-1))+splitGain {
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
	for k, ok := range al.m.shares {
		i, j := k/len(al.b), k%len(al.b)
		if !ok || usedA[i] || usedB[j] {
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
