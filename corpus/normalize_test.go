package corpus

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", ""},
		{"case and apostrophes", "Russia’s WAR, Zelenskyy's Team", "russia's war zelenskyy's team"},
		{"initialisms", "the U.S. and Ukraine–U.S. talks", "the u.s and ukraine u.s talks"},
		{"unicode case", "ÉCOLE Straße İstanbul ΣΟΦΙΑ Ǆemal", "école straße istanbul σοφια ǆemal"},
		{"left quote inside word", "rock ‘n’ roll", "rock n roll"},
		{"modifier apostrophe", "Hawaiʻi ʼokina", "hawai'i 'okina"},
		{"soft hyphen removed", "co\u00adoperate", "cooperate"},
		{"numbers", "1,000 and 3.5", "1,000 and 3.5"},
		{"CJK", "中国 Ünited", "中 国 ünited"},
		{"single spaces", "  a \n\n b\t\tc  ", "a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			if diff := cmp.Diff(tt.want, Normalize(tt.text, toks)); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			if err := textCheckTokens(tt.text, toks); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestNormalizeArbitrarySpans checks that the word count invariant holds even
// for spans Tokenize would never produce.
func TestNormalizeArbitrarySpans(t *testing.T) {
	text := "A b\u00a0c\t\u200b—’"
	toks := []Span{{0, 0}, {0, 6}, {6, 10}, {10, 13}, {13, 16}, {0, int32(len(text))}}
	want := "_ abc _ - ' abc-'"
	if diff := cmp.Diff(want, Normalize(text, toks)); diff != "" {
		t.Errorf("Normalize mismatch (-want +got):\n%s", diff)
	}
}

func TestNormalizeWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"already", "already"},
		{"Russia’s", "russia's"},
		{"‘quoted’", "'quoted'"},
		{"`tick´", "'tick'"},
		{"5′", "5'"},
		{"Ukraine–U.S.", "ukraine-u.s."},
		{"—", "-"},
		{"‐‑‒–—―−﹣－", "---------"},
		{"−5", "-5"},
		{"ABC", "abc"},
		{"ÀÉÎ", "àéî"},
		{"co\u00adoperate", "cooperate"},
		{"zero\u200dwidth\ufeff", "zerowidth"},
		{"new york", "newyork"},
		{"", "_"},
		{" \u00ad", "_"},
		{"bad\xffbyte", "bad\ufffdbyte"},
	}
	for _, tt := range tests {
		if got := NormalizeWord(tt.in); got != tt.want {
			t.Errorf("NormalizeWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Normalize(tt.in, []Span{{0, int32(len(tt.in))}}); got != tt.want {
			t.Errorf("Normalize(%q, whole) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { NormalizeWord("already") }); n != 0 {
		t.Errorf("NormalizeWord of a normal ASCII word allocates %v times, want 0", n)
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := textBenchInput(b)
	toks := Tokenize(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text, toks)
	}
}
