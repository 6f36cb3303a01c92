package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuoteWords: a quote's words are normalised (case, typographic
// marks) and, with a canon, folded, as MatchQuotes compares them.
func TestQuoteWords(t *testing.T) {
	q := Quote{Text: "Very Useful, and ‘constructive’ in Kiev"}
	if diff := cmp.Diff([]string{"very", "useful", "and", "constructive", "in", "kiev"}, q.Words(nil)); diff != "" {
		t.Errorf("no canon (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"very", "useful", "and", "constructive", "in", "kyiv"}, q.Words(opt.Canon)); diff != "" {
		t.Errorf("lexicon canon (-want +got):\n%s", diff)
	}
}
