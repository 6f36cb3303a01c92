package align

import (
	"sort"

	"github.com/newsfold/compare/corpus"
)

// Kept reports which words of a and b the alignment r of a and b keeps:
// the words of the equal runs of the word diffs of the titles and of the
// aligned pairs, those Summary.Shared counts. A side's words are its
// title's (corpus.Tokenize) then its body's Tokens, as Summary.WordsA and
// WordsB count them, so len(ka) is WordsA. a and b must be the articles r
// compared, unchanged.
func (r *Result) Kept(a, b *corpus.Article) (ka, kb []bool) {
	ta, tb := title(a), title(b)
	ka = make([]bool, len(ta.tokens)+len(a.Tokens))
	kb = make([]bool, len(tb.tokens)+len(b.Tokens))
	if r.Title != nil {
		keep(r.Title, ta, tb, ta.whole(), tb.whole(), ka, kb)
	}
	bodyA, bodyB := ka[len(ta.tokens):], kb[len(tb.tokens):]
	sa, sb := sentenceSpans(a), sentenceSpans(b)
	for _, p := range r.Pairs {
		keep(p.Diff, body(a), body(b), spanOfSpans(sa, p.A), spanOfSpans(sb, p.B), bodyA, bodyB)
	}
	return ka, kb
}

// spanOfSpans returns the byte range of the sentences ids of spans.
func spanOfSpans(spans []corpus.Span, ids []int) corpus.Span {
	return corpus.Span{Start: spans[ids[0]].Start, End: spans[ids[len(ids)-1]].End}
}

// keep sets, in ka and kb (by token of a and b), the words the equal runs
// of ops keep, ops the word diff of a's text in span sa against b's in sb.
// Each run is a's (or, inserted, b's) text from the start of a token to the
// start of the one after its last (see bounds), so its length in bytes
// tells how many tokens it holds; an equal run holds as many of b's.
func keep(ops []Op, a, b side, sa, sb corpus.Span, ka, kb []bool) {
	first := func(toks []corpus.Span, sp corpus.Span) int {
		return sort.Search(len(toks), func(k int) bool { return toks[k].Start >= sp.Start })
	}
	offA, offB := first(a.tokens, sa), first(b.tokens, sb)
	ba, bb := bounds(tokensIn(a.tokens, sa), sa), bounds(tokensIn(b.tokens, sb), sb)
	// count returns how many tokens the run of n bytes from token x holds.
	count := func(bs []int32, x, n int) int {
		end := bs[x] + int32(n)
		return sort.Search(len(bs)-x, func(k int) bool { return bs[x+k] >= end })
	}
	x, y := 0, 0
	for _, op := range ops {
		switch op.Kind {
		case Equal:
			n := count(ba, x, len(op.Text))
			for k := range n {
				ka[offA+x+k], kb[offB+y+k] = true, true
			}
			x, y = x+n, y+n
		case Delete:
			x += count(ba, x, len(op.Text))
		case Insert:
			y += count(bb, y, len(op.Text))
		}
	}
}
