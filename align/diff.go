package align

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/newsfold/compare/corpus"
)

// side is a text and its word tokens: an article's body or its title.
type side struct {
	text   string
	tokens []corpus.Span
}

func body(a *corpus.Article) side { return side{a.Text, a.Tokens} }

func title(a *corpus.Article) side { return side{a.Title, corpus.Tokenize(a.Title)} }

// whole is the span of all of s.
func (s side) whole() corpus.Span { return corpus.Span{Start: 0, End: int32(len(s.text))} }

// wordDiff diffs the words of a's text in span sa against b's in sb. Each
// distinct normalised word is mapped to one rune and the rune strings are
// diffed by DiffMainRunes with no time limit, so the diff is minimal and
// the same on every run; case and typographic quotes do not count as
// changes, spelling does.
func wordDiff(a, b side, sa, sb corpus.Span) []Op {
	ta, tb := tokensIn(a.tokens, sa), tokensIn(b.tokens, sb)
	codes := map[string]rune{}
	next := rune(0x100)
	encode := func(text string, toks []corpus.Span) []rune {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			w := corpus.NormalizeWord(text[t.Start:t.End])
			r, ok := codes[w]
			if !ok {
				r = next
				codes[w] = r
				next++
				if next == 0xD800 { // no surrogates
					next = 0xE000
				}
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a.text, ta), encode(b.text, tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	ba, bb := bounds(ta, sa), bounds(tb, sb)
	var ops []Op
	x, y := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			op := Op{Kind: Equal, Text: a.text[ba[x]:ba[x+n]]}
			if tb := b.text[bb[y]:bb[y+n]]; !sameSpaced(op.Text, tb) {
				op.B = tb
			}
			ops = append(ops, op)
			x += n
			y += n
		case diffmatchpatch.DiffDelete:
			ops = append(ops, Op{Kind: Delete, Text: a.text[ba[x]:ba[x+n]]})
			x += n
		case diffmatchpatch.DiffInsert:
			ops = append(ops, Op{Kind: Insert, Text: b.text[bb[y]:bb[y+n]]})
			y += n
		}
	}
	return ops
}

// sameSpaced says whether a and b are the same text but for the amount
// and kind of white space between their words.
func sameSpaced(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return slices.Equal(fa, fb)
}

// tokensIn returns the tokens starting inside span.
func tokensIn(toks []corpus.Span, span corpus.Span) []corpus.Span {
	lo := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= span.Start })
	hi := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= span.End })
	return toks[lo:hi]
}

// bounds returns where each token's run of text begins: token k owns the
// text from its start to the next token's start (its trailing spacing and
// punctuation), the first one also what precedes it in the span, the last
// one what follows it.
func bounds(toks []corpus.Span, span corpus.Span) []int32 {
	out := make([]int32, len(toks)+1)
	for k, t := range toks {
		out[k] = t.Start
	}
	if len(toks) > 0 {
		out[0] = span.Start
	}
	out[len(toks)] = span.End
	return out
}

// Substitution is a run of words of A replaced by a run of B in a word
// diff, counted over all aligned pairs.
type Substitution struct {
	From, To string // the words as A and B write them, single-spaced
	Count    int
}

// maxSubstitution is the most words either side of a substitution may
// have: past it, a delete next to an insert is a rewrite, not a change of
// words.
const maxSubstitution = 4

// substitutions returns the substitutions of one diff: a delete next to an
// insert, each of 1 to maxSubstitution words. The words are joined by
// single spaces, punctuation dropped; pairs equal but for case are not
// substitutions.
func substitutions(ops []Op) [][2]string {
	var out [][2]string
	for k := 0; k+1 < len(ops); k++ {
		x, y := ops[k], ops[k+1]
		if x.Kind == Insert && y.Kind == Delete {
			x, y = y, x
		}
		if x.Kind != Delete || y.Kind != Insert {
			continue
		}
		from, to := words(x.Text), words(y.Text)
		if from == "" || to == "" || strings.EqualFold(from, to) ||
			strings.Count(from, " ") >= maxSubstitution || strings.Count(to, " ") >= maxSubstitution {
			continue
		}
		out = append(out, [2]string{from, to})
		k++
	}
	return out
}

// words returns the words of s joined by single spaces.
func words(s string) string {
	toks := corpus.Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = s[t.Start:t.End]
	}
	return strings.Join(parts, " ")
}
