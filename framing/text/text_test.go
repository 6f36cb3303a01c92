package text

import (
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
)

func TestSentenceAt(t *testing.T) {
	s := "Talks in Kiev went on. Kyiv said no."
	d := Doc{Text: s, Sentences: corpus.SplitSentences(s)}
	for off, want := range map[int]string{0: "Talks in Kiev went on.", 9: "Talks in Kiev went on.", 24: "Kyiv said no."} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %q, want %q", off, got, want)
		}
	}
	// Without sentences: the text around, cut on rune boundaries.
	long := strings.Repeat("é", 200)
	d = Doc{Text: long}
	if got := d.SentenceAt(200); !strings.HasPrefix(got, "é") || len(got) < 240 {
		t.Errorf("SentenceAt without sentences = %q", got)
	}
}

func TestPhraseGap(t *testing.T) {
	for gap, want := range map[string]bool{" ": true, "-": true, " \t- ": true, "": true, ", ": false, "\n": false, " — ": false} {
		if got := PhraseGap(gap); got != want {
			t.Errorf("PhraseGap(%q) = %v", gap, got)
		}
	}
}
