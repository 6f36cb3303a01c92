package align

import (
	"testing"

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
