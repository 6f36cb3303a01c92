package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsfold/compare/corpus"
)

// TestUnsplitArticle: an article a caller built with tokens but no
// sentences is taken as one sentence, and one with neither has none.
func TestUnsplitArticle(t *testing.T) {
	unsplit := func(text string) *corpus.Article {
		return &corpus.Article{ID: "x", Text: text, Tokens: corpus.Tokenize(text)}
	}
	tests := []struct {
		name         string
		text         string
		pairs, onlyA int
	}{
		{"words, no sentence", "The talks in Geneva ended without a deal", 1, 0},
		{"no word", "...", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(unsplit(tt.text), unsplit(tt.text), Options{})
			if len(r.Pairs) != tt.pairs || len(r.OnlyA) != tt.onlyA || len(r.OnlyB) != tt.onlyA {
				t.Errorf("Compare(%q, itself): %d pairs, only A %v, only B %v; want %d pairs, %d only in each",
					tt.text, len(r.Pairs), r.OnlyA, r.OnlyB, tt.pairs, tt.onlyA)
			}
		})
	}
}

// TestMovedSentenceOrder: a sentence moved from the start of A to the end
// of B is listed at its place in A, before the pairs the monotone
// alignment found, and identical sentences have a similarity of exactly 1,
// enough for a MinSimilarity of 1.
func TestMovedSentenceOrder(t *testing.T) {
	const (
		x = "Heavy rain flooded the northern valley overnight."
		p = "Ministers met in Geneva to discuss the ceasefire."
		q = "The central bank raised interest rates again."
	)
	a := article("a", "", x+" "+p+" "+q)
	b := article("b", "", p+" "+q+" "+x)
	want := []Pair{
		{A: []int{0}, B: []int{2}, Similarity: 1, Moved: true},
		{A: []int{1}, B: []int{0}, Similarity: 1},
		{A: []int{2}, B: []int{1}, Similarity: 1},
	}
	// A MinSimilarity of 1 is met by identical sentences, moved or not.
	for _, minSim := range []float64{0, 1} {
		got := Compare(a, b, Options{MinSimilarity: minSim}).Pairs
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Pair{}, "Diff")); diff != "" {
			t.Errorf("MinSimilarity %v: pairs mismatch (-want +got):\n%s", minSim, diff)
		}
	}
}

// TestMergedSentences: two sentences of A that B merged into one are one
// 2:1 pair, and one sentence of A that B split in two a 1:2 pair, the
// other pairs staying 1:1.
func TestMergedSentences(t *testing.T) {
	const (
		one = "The envoys met in Berlin on Monday and they agreed to meet again in Moscow next week after long talks. The weather was cold."
		two = "The envoys met in Berlin on Monday. They agreed to meet again in Moscow next week after long talks. The weather was cold."
	)
	tests := []struct {
		name string
		a, b string
		want []Pair
	}{
		{"merged", two, one, []Pair{{A: []int{0, 1}, B: []int{0}}, {A: []int{2}, B: []int{1}}}},
		{"split", one, two, []Pair{{A: []int{0}, B: []int{0, 1}}, {A: []int{1}, B: []int{2}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(article("a", "Peace talks.", tt.a), article("b", "Peace talks.", tt.b), Options{}).Pairs
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(Pair{}, "Diff", "Similarity")); diff != "" {
				t.Errorf("pairs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
