// Package align shows what two articles share and where they differ:
// their sentences aligned (1:1, and 1:2 or 2:1 where an editor split or
// merged one, plus sentences moved out of order), a word diff of every
// aligned pair (github.com/sergi/go-diff), the substitutions those diffs
// hold ("Kiev" → "Kyiv"), the passages both carry, and their quotes.
//
// Sentence similarity is [similarity.Title]'s measure applied to
// sentences: the Dice coefficient of content words and the character
// bigram Sørensen–Dice of github.com/adrg/strutil, averaged, with spelling
// variants folded by a [similarity.Canon]. Word diffs do not fold them:
// a changed spelling is what a reader of a diff wants to see.
package align

import (
	"cmp"
	"slices"
	"sync"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// Options configures a comparison. Zero values take the defaults.
type Options struct {
	// Canon folds spelling variants for sentence similarity and passages.
	Canon similarity.Canon
	// MinSimilarity is the sentence similarity an aligned pair needs
	// (default 0.5).
	MinSimilarity float64
	// Shingle is the words per shingle of shared passages (default
	// [DefaultShingle]), and Gap the most words a passage may skip on
	// either side and go on (default 3).
	Shingle, Gap int
	// Background is the rest of the dump, if any: passages that other
	// articles of A's or B's outlet carry too are marked boilerplate.
	Background []*corpus.Article
	// Cache, when set, keeps what alignment prepares of each article (its
	// sentences, its words and their shingles), so that aligning one
	// article with several others prepares it once. It must serve one
	// Canon and Shingle.
	Cache *Cache
}

// DefaultShingle is the words per shingle of shared passages unless
// Options.Shingle says otherwise: dedup's default too, so that a dump's
// shingles serve both (see [MarkBoilerplate]).
const DefaultShingle = 5

func (o *Options) defaults() {
	if o.MinSimilarity <= 0 {
		o.MinSimilarity = 0.5
	}
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.Gap < 0 {
		o.Gap = 0
	} else if o.Gap == 0 {
		o.Gap = 3
	}
}

// Result is the comparison of two articles A and B.
type Result struct {
	Pairs        []Pair
	OnlyA, OnlyB []int // sentence numbers aligned with nothing
	Passages     []Passage
	QuotesA      []Quote
	QuotesB      []Quote
	SharedQuotes []QuoteMatch
	// Title is the word diff of the titles, nil when neither article has
	// one. A headline is what an outlet wrote too: its words count in the
	// Summary and its substitutions in Substitutions. An article with no
	// body (a headline dump) is compared on its title alone.
	Title []Op
	// Substitutions are counted over the word diffs of the title and of
	// all pairs, most frequent first.
	Substitutions []Substitution
	Summary       Summary
}

// Pair is an alignment of one or two sentences of A with one or two of B.
type Pair struct {
	A, B       []int // sentence numbers, ascending
	Similarity float64
	Moved      bool // matched out of order, outside the monotone alignment
	Diff       []Op
}

// Op is a run of a word diff.
type Op struct {
	Kind OpKind
	Text string // the words with the spacing and punctuation after them
	// B is, for an Equal run, B's own text of the same words when it is
	// written otherwise than Text (case, quotes, hyphens, punctuation;
	// spacing alone does not count); empty when the two read the same.
	B string
}

// OpKind says which side a diff run is from.
type OpKind string

const (
	Equal  OpKind = "equal"
	Delete OpKind = "delete" // only in A
	Insert OpKind = "insert" // only in B
)

// Summary counts words as wdiff -s does, the title's with the body's.
type Summary struct {
	WordsA, WordsB int
	Shared         int // words kept by the diffs of the titles and of aligned pairs
	OnlyA, OnlyB   int // deleted or inserted words, and words of unaligned sentences
}

// Compare aligns articles a and b (their Sentences and Tokens must be
// set, as corpus.Load sets them).
func Compare(a, b *corpus.Article, opt Options) *Result {
	opt.defaults()
	res := &Result{}
	// Passages and quotes need no alignment: they run beside it, as B's
	// sentences are prepared beside A's.
	var wg sync.WaitGroup
	wg.Go(func() {
		res.Passages = passages(a, b, opt)
		res.QuotesA, res.QuotesB = FindQuotes(a.Text), FindQuotes(b.Text)
		res.SharedQuotes = MatchQuotes(res.QuotesA, res.QuotesB, opt.Canon)
	})
	var sb []sentence
	wg.Go(func() { sb = opt.Cache.sentences(b, opt.Canon) })
	sa := opt.Cache.sentences(a, opt.Canon)
	wg.Wait()
	res.Pairs = alignSentences(sa, sb, opt)
	inA := make([]bool, len(sa))
	inB := make([]bool, len(sb))
	for k := range res.Pairs {
		p := &res.Pairs[k]
		for _, i := range p.A {
			inA[i] = true
		}
		for _, j := range p.B {
			inB[j] = true
		}
		p.Diff = wordDiff(body(a), body(b), spanOf(sa, p.A), spanOf(sb, p.B))
	}
	ta, tb := title(a), title(b)
	if len(ta.tokens)+len(tb.tokens) > 0 {
		res.Title = wordDiff(ta, tb, ta.whole(), tb.whole())
	}
	res.Summary.WordsA, res.Summary.WordsB = len(ta.tokens)+len(a.Tokens), len(tb.tokens)+len(b.Tokens)
	for i, ok := range inA {
		if !ok {
			res.OnlyA = append(res.OnlyA, i)
			res.Summary.OnlyA += len(sa[i].tokens)
		}
	}
	for j, ok := range inB {
		if !ok {
			res.OnlyB = append(res.OnlyB, j)
			res.Summary.OnlyB += len(sb[j].tokens)
		}
	}
	subs := map[[2]string]int{}
	diffs := make([][]Op, 0, len(res.Pairs)+1)
	if res.Title != nil {
		diffs = append(diffs, res.Title)
	}
	for _, p := range res.Pairs {
		diffs = append(diffs, p.Diff)
	}
	for _, diff := range diffs {
		for _, op := range diff {
			n := len(corpus.Tokenize(op.Text))
			switch op.Kind {
			case Equal:
				res.Summary.Shared += n
			case Delete:
				res.Summary.OnlyA += n
			case Insert:
				res.Summary.OnlyB += n
			}
		}
		for _, s := range substitutions(diff) {
			subs[s]++
		}
	}
	for k, n := range subs {
		res.Substitutions = append(res.Substitutions, Substitution{From: k[0], To: k[1], Count: n})
	}
	slices.SortFunc(res.Substitutions, func(x, y Substitution) int {
		if c := cmp.Compare(y.Count, x.Count); c != 0 {
			return c
		}
		if c := cmp.Compare(x.From, y.From); c != 0 {
			return c
		}
		return cmp.Compare(x.To, y.To)
	})
	return res
}

// spanOf returns the byte range of the sentences ids of ss.
func spanOf(ss []sentence, ids []int) corpus.Span {
	return corpus.Span{Start: ss[ids[0]].span.Start, End: ss[ids[len(ids)-1]].span.End}
}
