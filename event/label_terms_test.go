package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestSharedTerms: an event's terms are those at least two of its
// articles use, scored c/n × c/df: the share of the event using the term
// times the share of the term's articles in the event. A single article
// has none.
func TestSharedTerms(t *testing.T) {
	texts := []string{
		"alpha beta delta gamma omega", // 0, in the event
		"alpha beta delta omega",       // 1, in the event
		"alpha kappa omega",            // 2, in the event
		"beta kappa omega",             // 3
		"beta kappa omega",             // 4
	}
	b := NewBuilder(Options{})
	for i, s := range texts {
		a := &corpus.Article{ID: string(rune('a' + i)), Text: s, Tokens: corpus.Tokenize(s)}
		b.Add(i, a)
	}
	pool := []string{"alpha", "beta", "delta", "gamma", "kappa", "omega"}
	// alpha 3/3 × 3/3 = 1; delta 2/3 × 2/2; omega 3/3 × 3/5; beta 2/3 ×
	// 2/4; kappa 1/3 × 1/3 but used by one only, like gamma.
	want := []string{"alpha", "delta", "omega", "beta"}
	if diff := cmp.Diff(want, b.shared([]int{0, 1, 2}, pool, 6)); diff != "" {
		t.Errorf("terms (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[:2], b.shared([]int{0, 1, 2}, pool, 2)); diff != "" {
		t.Errorf("the first 2 terms (-want +got):\n%s", diff)
	}
	if got := b.shared([]int{0}, pool, 6); got != nil {
		t.Errorf("one article: terms %q, want none", got)
	}
	// In {3, 4}: kappa 2/2 × 2/3, beta 2/2 × 2/4, omega 2/2 × 2/5.
	if diff := cmp.Diff([]string{"kappa", "beta", "omega"}, b.shared([]int{3, 4}, pool, 6)); diff != "" {
		t.Errorf("terms of {3, 4} (-want +got):\n%s", diff)
	}
}
