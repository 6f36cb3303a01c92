package discover

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/framing/text"
)

// TestLowerCaseSample: in a corpus of more than lowerSample tokens,
// lower-case words are counted in every k-th doc only (k = tokens /
// lowerSample) and their counts scaled by k: here k = 2, and the two
// turkeys of doc 2 stand for four, more than Turkey's three capitalised
// uses.
func TestLowerCaseSample(t *testing.T) {
	if testing.Short() {
		t.Skip("a corpus of 4 million tokens")
	}
	// Padding: 2·lowerSample one-letter tokens, read as no word.
	n := 2 * lowerSample
	pad := text.Doc{ID: "pad", Outlet: "pad", Text: strings.Repeat("x ", n), Tokens: make([]corpus.Span, n)}
	for i := range pad.Tokens {
		pad.Tokens[i] = corpus.Span{Start: int32(2 * i), End: int32(2*i + 1)}
	}
	pad.Sentences = []corpus.Span{{Start: 0, End: int32(len(pad.Text))}}
	docs := func(recipe string) []text.Doc {
		arts := []art{{"de", "Diplomats gathered in Berlin for another round of talks."}, {"de", "Diplomats gathered in Vienna for more talks."}, {"food", recipe}}
		for i, o := range []struct{ outlet, name string }{{"en1", "Turkey"}, {"en1", "Turkey"}, {"en2", "Turkey"}, {"tr1", "Türkiye"}, {"tr1", "Türkiye"}, {"tr2", "Türkiye"}} {
			arts = append(arts, art{o.outlet, fmt.Sprintf(capitalSentences[i%3], o.name)})
		}
		return append(docsOf(arts), pad)
	}
	if got := Variants(docs("Roast the potatoes and carrots for three hours."), Options{}); !paired(got, "Turkey", "Türkiye") {
		t.Fatalf("Turkey/Türkiye not paired: %v", got)
	}
	if got := Variants(docs("Roast the turkey and then the other turkey for three hours."), Options{}); paired(got, "Turkey", "Türkiye") {
		t.Errorf("turkey twice in a doc read of two: Turkey/Türkiye paired: %v", got)
	}
}
