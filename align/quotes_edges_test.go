package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuoteEdges holds the boundary cases of quote detection and speaker
// attribution: nesting deeper than the stack, a single mark inside a word,
// the comma or dash between a quote and its speaker.
func TestQuoteEdges(t *testing.T) {
	type q = textSpeaker
	deep := strings.Repeat("“a ", maxQuoteDepth+1) + "b" + strings.Repeat("”", maxQuoteDepth+1)
	tests := []struct {
		name, text string
		want       []q
	}{
		// The fifth opener is not pushed: four quotes, the last closer
		// finds no opener left.
		{"deeper than the stack", deep,
			[]q{{"a “a “a “a “a b”””", ""}, {"a “a “a “a b””", ""}, {"a “a “a b”", ""}, {"a “a b", ""}}},
		{"single mark inside a word", `rock‘abc’ end`, nil},
		{"X said, “…”", `Ushakov said, “We will win.”`,
			[]q{{"We will win.", "Ushakov"}}},
		{"X said:“…” without a space", `Ushakov said:“We will win.”`,
			[]q{{"We will win.", "Ushakov"}}},
		{"nine words before the verb", `“We will win,” One Two Three Four Five Six Seven Eight said.`,
			[]q{{"We will win", ""}}},
		{"five capitalised words", `“We will win,” said Aaa Bbb Ccc Ddd Eee.`,
			[]q{{"We will win", "Bbb Ccc Ddd Eee"}}},
		{"text ends with the speaker", `“We will win,” said Ushakov`,
			[]q{{"We will win", "Ushakov"}}},
		{"initials before the verb", `J. D. Vance said: “We will win.”`,
			[]q{{"We will win.", "J. D. Vance"}}},
		{"hyphenated name before the verb", `Jean-Pierre Raffarin said, “We will win.”`,
			[]q{{"We will win.", "Jean-Pierre Raffarin"}}},
		{"hyphenated name after the verb", `“We will win,” said Jean-Pierre Raffarin.`,
			[]q{{"We will win", "Jean-Pierre Raffarin"}}},
		{"comma after the closing mark", `“We will win”, said Ushakov.`,
			[]q{{"We will win", "Ushakov"}}},
		{"dash after the closing mark", `“We will win” — said Ushakov.`,
			[]q{{"We will win", "Ushakov"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFindQuotes(t, tt.text, tt.want) })
	}
}

// TestMatchQuotesThresholds puts quotes exactly at MatchQuotes' thresholds:
// three words contained in a longer quote, and a word ratio of exactly 0.6.
func TestMatchQuotesThresholds(t *testing.T) {
	quote := func(s string) []Quote { return []Quote{{End: len(s), Text: s}} }
	tests := []struct {
		name string
		a, b string
		want []QuoteMatch
	}{
		{"three words contained", "we will win", "he said we will win today",
			[]QuoteMatch{{A: 0, B: 0, Similarity: 1}}},
		{"two words contained", "will win", "he said we will win today", nil},
		{"ratio exactly 0.6", "one two three four five", "one two three six seven",
			[]QuoteMatch{{A: 0, B: 0, Similarity: 0.6}}},
		{"ratio below 0.6", "one two three four five", "one two eight six seven", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MatchQuotes(quote(tt.a), quote(tt.b), nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MatchQuotes(%q, %q) mismatch (-want +got):\n%s", tt.a, tt.b, diff)
			}
		})
	}
}
