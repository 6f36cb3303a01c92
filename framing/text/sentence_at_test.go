package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfold/compare/corpus"
)

// TestSentenceAtBetween: a sentence's span ends before the space after it,
// so the offset of that space is held by no sentence and the text around it
// is returned, not the sentence before.
func TestSentenceAtBetween(t *testing.T) {
	s := "Talks went on. Kyiv said no."
	d := Doc{Text: s, Sentences: corpus.SplitSentences(s)}
	end := int(d.Sentences[0].End)
	if got := d.SentenceAt(end - 1); got != "Talks went on." {
		t.Errorf("SentenceAt(%d), the full stop = %q, want the first sentence", end-1, got)
	}
	if got := d.SentenceAt(end); got != s {
		t.Errorf("SentenceAt(%d), the space between = %q, want the text around, %q", end, got, s)
	}
}

// TestSentenceAtRunes: without sentences, the text around an offset is cut
// on rune boundaries (valid UTF-8), 120 bytes either side widened to whole
// runes, in a body after a title as in a body alone, whatever the width of
// the runes.
func TestSentenceAtRunes(t *testing.T) {
	for _, tc := range []struct{ title, body string }{
		{"", strings.Repeat("é", 200)},
		{"", strings.Repeat("€", 200)},
		{"", strings.Repeat("a", 600)},
		{"Ti", strings.Repeat("€", 200)}, // the body 4 bytes on: not a multiple of 3
		{"Title", strings.Repeat("é", 99) + strings.Repeat("€", 100)},
	} {
		d := Doc{Text: tc.body}
		if tc.title != "" {
			d.Title = Part{Text: tc.title, Tokens: corpus.Tokenize(tc.title), Sentences: []corpus.Span{{Start: 0, End: int32(len(tc.title))}}}
		}
		off := int(d.bodyOff())
		for at := off + 120; at+120 <= d.Len(); at++ {
			got := d.SentenceAt(at)
			if !utf8.ValidString(got) || !strings.Contains(tc.body, got) || len(got) < 240 || len(got) > 244 {
				t.Fatalf("title %q, body of %d bytes: SentenceAt(%d) = %d bytes, valid UTF-8 %v, want a run of the body of 240 bytes and the rest of the runes cut",
					tc.title, len(tc.body), at, len(got), utf8.ValidString(got))
			}
		}
	}
}
