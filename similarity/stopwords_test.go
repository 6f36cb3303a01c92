package similarity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfold/compare/corpus"
)

// topicalKyiv is a Canon folding the Russian-style spellings of the seed dump
// into the Ukrainian ones, and dropping one word entirely.
func topicalKyiv(w string) string {
	switch w {
	case "kiev":
		return "kyiv"
	case "donbass":
		return "donbas"
	case "zelensky":
		return "zelenskyy"
	case "menafn":
		return ""
	}
	return w
}

func TestTopicalTerm(t *testing.T) {
	type result struct {
		Term string
		OK   bool
	}
	tests := []struct {
		reason string
		word   string
		canon  Canon
		want   result
	}{
		{"content word", "ceasefire", nil, result{"ceasefire", true}},
		{"article", "the", nil, result{}},
		{"pronoun", "they", nil, result{}},
		{"contraction listed whole", "don't", nil, result{}},
		{"contraction of a pronoun", "they're", nil, result{}},
		{"attribution verb", "said", nil, result{}},
		{"won is a verb in news, not a stop word", "won", nil, result{"won", true}},
		{"us stays: it is also the country", "us", nil, result{"us", true}},
		{"possessive stripped", "russia's", nil, result{"russia", true}},
		{"plural possessive stripped", "envoys'", nil, result{"envoys", true}},
		{"possessive of a stop word", "it's", nil, result{}},
		{"possessive leaving a stop word", "one's", nil, result{"one", true}},
		{"year", "2025", nil, result{}},
		{"number with separators", "1,000", nil, result{}},
		{"decimal", "3.5", nil, result{}},
		{"one letter", "x", nil, result{}},
		{"one non-ASCII letter", "é", nil, result{}},
		{"two letters", "eu", nil, result{"eu", true}},
		{"letters and digits", "covid-19", nil, result{"covid-19", true}},
		{"initialism", "u.s", nil, result{"u.s", true}},
		{"Cyrillic", "киев", nil, result{"киев", true}},
		// The ends of the ASCII letter ranges, each the only letter.
		{"only letter a", "a9", nil, result{"a9", true}},
		{"only letter z", "z9", nil, result{"z9", true}},
		{"only letter A", "A9", nil, result{"A9", true}},
		{"only letter Z", "Z9", nil, result{"Z9", true}},
		{"backquote is before a", "`9", nil, result{}},
		{"brace is after z", "{9", nil, result{}},
		{"at sign is before A", "@9", nil, result{}},
		{"bracket is after Z", "[9", nil, result{}},
		{"empty-word marker", "_", nil, result{}},
		{"empty", "", nil, result{}},
		{"canon folds", "kiev", topicalKyiv, result{"kyiv", true}},
		{"canon after possessive", "zelensky's", topicalKyiv, result{"zelenskyy", true}},
		{"canon leaves others", "kyiv", topicalKyiv, result{"kyiv", true}},
		{"canon drops", "menafn", topicalKyiv, result{}},
		{"stop word before canon", "the", func(string) string { return "x" }, result{}},
	}
	for _, tt := range tests {
		term, ok := topicalTerm(tt.word, tt.canon)
		if diff := cmp.Diff(tt.want, result{term, ok}); diff != "" {
			t.Errorf("%s: topicalTerm(%q) mismatch (-want +got):\n%s", tt.reason, tt.word, diff)
		}
	}
}

// TestStopListWellFormed checks the embedded list: every entry is a
// normalised word that tokenisation keeps whole, listed once, and the set
// holds them all.
func TestStopListWellFormed(t *testing.T) {
	seen := map[string]bool{}
	n := 0
	for line := range strings.Lines(topicalStopText) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		n++
		if seen[w] {
			t.Errorf("%q listed twice", w)
		}
		seen[w] = true
		if got := corpus.NormalizeWord(w); got != w {
			t.Errorf("%q is not normalised (want %q)", w, got)
		}
		if toks := corpus.Tokenize(w); len(toks) != 1 || int(toks[0].End) != len(w) {
			t.Errorf("%q is not one token: %v", w, toks)
		}
		if !topicalIsStop(w) {
			t.Errorf("%q not in the set", w)
		}
	}
	if n != topicalStopWords.len() || n < 150 {
		t.Errorf("%d listed words, %d in the set; want the same, at least 150", n, topicalStopWords.len())
	}
}

// TestStopSetMisses checks words near the stop words (a letter off, a
// prefix, a suffix, other case) are not taken for them.
func TestStopSetMisses(t *testing.T) {
	s := newStopSet([]string{"the", "a", "of", "would", "ourselves"})
	for _, w := range []string{"the", "a", "of", "would", "ourselves"} {
		if !s.has(w) {
			t.Errorf("has(%q) = false", w)
		}
	}
	for _, w := range []string{"", "th", "tha", "thee", "The", "b", "off", "o", "could", "ourselve", "ourselvez", "berlin"} {
		if s.has(w) {
			t.Errorf("has(%q) = true", w)
		}
	}
}
