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

// joined is the Doc of a as one text (title, blank line, body): what the
// two parts of NewDoc must read as.
func joined(a *corpus.Article) (text string, toks, sents []corpus.Span) {
	title := strings.TrimSpace(a.Title)
	if title == "" || strings.HasPrefix(strings.TrimSpace(a.Text), title) {
		return a.Text, a.Tokens, a.Sentences
	}
	off := int32(len(title) + 2)
	toks = corpus.Tokenize(title)
	for _, t := range a.Tokens {
		toks = append(toks, corpus.Span{Start: t.Start + off, End: t.End + off})
	}
	sents = []corpus.Span{{Start: 0, End: int32(len(title))}}
	for _, s := range a.Sentences {
		sents = append(sents, corpus.Span{Start: s.Start + off, End: s.End + off})
	}
	return title + "\n\n" + a.Text, toks, sents
}

// TestDocParts checks that a Doc of title and shared body reads, word by
// word, sentence by sentence and byte range by byte range, as the joined
// text, and that it shares the article's body.
func TestDocParts(t *testing.T) {
	for _, tc := range []struct{ title, body string }{
		{"Shelling in Kiev", "Nothing more was said. Kyiv said no."},
		{"  Kiev regime’s shells é ", "Donbass — again.\n\nMore."},
		{"Same start", "Same start. Then more."},
		{"", "Body only."},
		{"Headline alone", ""},
		{"!", "Punctuation title."},
	} {
		a := &corpus.Article{Title: tc.title, Text: tc.body}
		a.Tokens, a.Sentences = corpus.Tokenize(a.Text), corpus.SplitSentences(a.Text)
		d := NewDoc(a)
		text, toks, sents := joined(a)
		if d.Len() != len(text) || d.NumTokens() != len(toks) || d.NumSentences() != len(sents) {
			t.Fatalf("%q: Len %d, %d tokens, %d sentences; want %d, %d, %d", tc.title, d.Len(), d.NumTokens(), d.NumSentences(), len(text), len(toks), len(sents))
		}
		for i, sp := range toks {
			if d.Token(i) != sp || d.Word(i) != text[sp.Start:sp.End] {
				t.Errorf("%q: token %d = %v %q, want %v", tc.title, i, d.Token(i), d.Word(i), sp)
			}
		}
		for k, sp := range sents {
			if d.Sentence(k) != sp {
				t.Errorf("%q: sentence %d = %v, want %v", tc.title, k, d.Sentence(k), sp)
			}
		}
		want := Doc{Text: text, Tokens: toks, Sentences: sents}
		for lo := 0; lo <= len(text); lo++ {
			for hi := lo; hi <= len(text); hi++ {
				if got := d.Slice(int32(lo), int32(hi)); got != text[lo:hi] {
					t.Fatalf("%q: Slice(%d, %d) = %q, want %q", tc.title, lo, hi, got, text[lo:hi])
				}
			}
			if got, w := d.SentenceAt(lo), want.SentenceAt(lo); got != w {
				t.Errorf("%q: SentenceAt(%d) = %q, want %q", tc.title, lo, got, w)
			}
		}
		if len(a.Tokens) > 0 && &d.Tokens[0] != &a.Tokens[0] || d.Text != a.Text {
			t.Errorf("%q: the body is not the article's", tc.title)
		}
		if n := len(d.Parts()); (d.Title.Text == "") != (n == 1) {
			t.Errorf("%q: %d parts for title %q", tc.title, n, d.Title.Text)
		}
	}
}
