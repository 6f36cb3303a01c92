package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
)

// TestNewDiff: the section of an alignment names its sentences (an
// article without sentences is its text, one sentence), rounds the share
// of shared words, gives B's text of a passage only where it differs, and
// lists the quotes both carry (B's wording when altered, B's speaker when
// A names none), then those of A alone and of B alone.
func TestNewDiff(t *testing.T) {
	a := &corpus.Article{ID: "a", Outlet: "A", Title: "Talks", Text: "Talks began.\n\nThey  ended.",
		Sentences: []corpus.Span{{Start: 0, End: 12}, {Start: 14, End: 26}}}
	b := &corpus.Article{ID: "b", Outlet: "B", Text: " Talks began and ended. "}
	r := &align.Result{
		Pairs:         []align.Pair{{A: []int{0}, B: []int{0}, Similarity: 0.5, Diff: []align.Op{{Kind: align.Equal, Text: "Talks began"}}}},
		OnlyA:         []int{1},
		Passages:      []align.Passage{{AStart: 0, AEnd: 11, BStart: 1, BEnd: 12, Words: 2}, {AStart: 14, AEnd: 26, BStart: 13, BEnd: 23, Words: 2, Boilerplate: true}},
		QuotesA:       []align.Quote{{Start: 1, Text: "same"}, {Start: 2, Text: "altered", Speaker: "she"}, {Start: 3, Text: "a alone"}},
		QuotesB:       []align.Quote{{Start: 4, Text: "same", Speaker: "he"}, {Start: 5, Text: "changed"}, {Start: 6, Text: "b alone"}},
		SharedQuotes:  []align.QuoteMatch{{A: 0, B: 0, Similarity: 1}, {A: 1, B: 1, Similarity: 0.833333}},
		Substitutions: []align.Substitution{{From: "kiev", To: "kyiv", Count: 2}},
		Summary:       align.Summary{WordsA: 3, WordsB: 4, Shared: 2, OnlyA: 2, OnlyB: 3},
	}
	want := &Diff{
		A:         DiffSide{ID: "a", Outlet: "A", Title: "Talks", Sentences: []string{"Talks began.", "They  ended."}},
		B:         DiffSide{ID: "b", Outlet: "B", Sentences: []string{"Talks began and ended."}},
		TitleDiff: []DiffOp{},
		Summary:   DiffSummary{SharedWords: 2, OnlyAWords: 2, OnlyBWords: 3, SharedPercent: 50},
		Pairs:     []DiffPair{{ASentences: []int{0}, BSentences: []int{0}, Similarity: 0.5, Diff: []DiffOp{{Op: "equal", Text: "Talks began"}}}},
		OnlyA:     []int{1},
		OnlyB:     []int{},
		Passages: []DiffPassage{{Text: "Talks began", AStart: 0, AEnd: 11, BStart: 1, BEnd: 12, Words: 2},
			{Text: "They ended.", TextB: "and ended.", AStart: 14, AEnd: 26, BStart: 13, BEnd: 23, Words: 2, Boilerplate: true}},
		Quotes: []DiffQuote{
			{Text: "same", Speaker: "he", In: "both", Similarity: 1, AStart: ptr(1), BStart: ptr(4)},
			{Text: "altered", Speaker: "she", In: "both", Similarity: 0.8333, AStart: ptr(2), BStart: ptr(5), Altered: "changed"},
			{Text: "a alone", In: "a", AStart: ptr(3)},
			{Text: "b alone", In: "b", BStart: ptr(6)},
		},
		Substitutions: []DiffSub{{From: "kiev", To: "kyiv", Count: 2}},
	}
	if got := NewDiff(a, b, r); !cmp.Equal(want, got) {
		t.Errorf("(-want +got):\n%s", cmp.Diff(want, got))
	}
	// No words on either side: no share, rather than NaN.
	if got := NewDiff(a, b, &align.Result{}).Summary.SharedPercent; got != 0 {
		t.Errorf("shared percent of no words = %v", got)
	}
}

// TestPassageText: a passage's text is its span of the article, spacing
// folded; a span outside the text (an article that changed under the
// alignment) is no text rather than a panic.
func TestPassageText(t *testing.T) {
	x := &corpus.Article{Text: "one\n\ntwo  three"}
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 15, "one two three"},
		{0, 0, ""},
		{15, 15, ""},
		{-1, 3, ""},
		{0, 16, ""},
		{5, 4, ""},
	}
	for _, tc := range tests {
		if got := passageText(x, tc.start, tc.end); got != tc.want {
			t.Errorf("passageText(%d, %d) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
}

// TestSentence: a sentence number outside a side (a hand-made or stale
// Diff) is no text, and the first and last sentences are themselves.
func TestSentence(t *testing.T) {
	s := DiffSide{Sentences: []string{"first", "last"}}
	for i, want := range map[int]string{-1: "", 0: "first", 1: "last", 2: ""} {
		if got := sentence(s, i); got != want {
			t.Errorf("sentence(%d) = %q, want %q", i, got, want)
		}
	}
}
