package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textSeed004 is a real article with curly quotes, headings and "U.S.".
const textSeed004 = "../testdata/seeds/004_fa79ad35558de7c7.txt"

func textReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// textSeeds returns the seed articles, keyed by file name.
func textSeeds(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no seed files in ../testdata/seeds")
	}
	out := make(map[string]string, len(files))
	for _, f := range files {
		out[filepath.Base(f)] = textReadFile(t, f)
	}
	return out
}

// textOfSpans returns the substrings of text that spans cover (nil if none).
func textOfSpans(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// textCheckSpans checks what holds for both tokens and sentences: spans are in
// range, non-empty, ordered and non-overlapping, and for valid UTF-8 input
// they start and end on rune boundaries.
func textCheckSpans(text string, spans []Span) error {
	valid := utf8.ValidString(text)
	prev := int32(0)
	for i, s := range spans {
		if s.Start < prev || s.Start >= s.End || int(s.End) > len(text) {
			return fmt.Errorf("span %d %v: out of range, empty, unordered or overlapping (previous end %d, len %d)", i, s, prev, len(text))
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || int(s.End) < len(text) && !utf8.RuneStart(text[s.End])) {
			return fmt.Errorf("span %d %v: not on UTF-8 boundaries", i, s)
		}
		prev = s.End
	}
	return nil
}

// textCheckSentences checks the SplitSentences contract: the span properties,
// each sentence trimmed and free of line breaks, and only trimmable space
// between (and around) sentences, so no text is lost.
func textCheckSentences(text string, spans []Span) error {
	if err := textCheckSpans(text, spans); err != nil {
		return err
	}
	gap := func(from, to int32) error {
		for _, r := range text[from:to] {
			if !isTrimRune(r) {
				return fmt.Errorf("text %q outside sentences at [%d,%d)", r, from, to)
			}
		}
		return nil
	}
	prev := int32(0)
	for i, s := range spans {
		sent := text[s.Start:s.End]
		first, _ := utf8.DecodeRuneInString(sent)
		last, _ := utf8.DecodeLastRuneInString(sent)
		if isTrimRune(first) || isTrimRune(last) {
			return fmt.Errorf("sentence %d %q is not trimmed", i, sent)
		}
		for j := 0; j < len(sent); j++ {
			if lineBreakLen(sent, j) > 0 {
				return fmt.Errorf("sentence %d %q contains a line break", i, sent)
			}
		}
		if err := gap(prev, s.Start); err != nil {
			return err
		}
		prev = s.End
	}
	return gap(prev, int32(len(text)))
}

// textCheckTokens checks the Tokenize contract and that Normalize holds one
// non-empty word per token, each equal to NormalizeWord of the token.
func textCheckTokens(text string, toks []Span) error {
	if err := textCheckSpans(text, toks); err != nil {
		return err
	}
	valid := utf8.ValidString(text)
	for i, t := range toks {
		tok := text[t.Start:t.End]
		if !hasWordChar(tok) {
			return fmt.Errorf("token %d %q has no letter or digit", i, tok)
		}
		if valid && strings.ContainsFunc(tok, unicode.IsSpace) {
			return fmt.Errorf("token %d %q contains white space", i, tok)
		}
	}
	norm := Normalize(text, toks)
	if len(toks) == 0 {
		if norm != "" {
			return fmt.Errorf("Normalize of no tokens = %q, want empty", norm)
		}
		return nil
	}
	ws := strings.Split(norm, " ")
	if len(ws) != len(toks) {
		return fmt.Errorf("Normalize holds %d words, want %d: %q", len(ws), len(toks), norm)
	}
	for i, w := range ws {
		if w == "" {
			return fmt.Errorf("Normalize word %d is empty: %q", i, norm)
		}
		if nw := NormalizeWord(text[toks[i].Start:toks[i].End]); w != nw {
			return fmt.Errorf("Normalize word %d = %q, NormalizeWord = %q", i, w, nw)
		}
	}
	return nil
}

// TestTextSeedInvariants checks the contracts on every seed article.
func TestTextSeedInvariants(t *testing.T) {
	for name, text := range textSeeds(t) {
		if err := textCheckSentences(text, SplitSentences(text)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if err := textCheckTokens(text, Tokenize(text)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// textPieces are the fragments random texts are built from: terminators,
// abbreviations, quotes, brackets, every kind of space and line break,
// multi-byte letters and a few invalid bytes.
var textPieces = []string{
	"a", "The", "he", "U.S.", "Mr.", "Inc.", "a.m.", "J.", "No.", "5", "3.5", "e.g.",
	".", "!", "?", "?!", "...", "…", " … ", ",", ":", "-", "–", "—",
	"\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "«", "»",
	" ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2028", "\u0085", "\u200b", "\ufeff",
	"é", "Ä", "中", "👍🏽", "\u0301", "\u00ad", "_", "$",
	"\xff", "\xe2\x80", "\xc2",
}

func textRandom(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(40); n > 0; n-- {
		b.WriteString(textPieces[r.IntN(len(textPieces))])
	}
	return b.String()
}

// TestTextProperties checks the contracts on random texts built from tricky
// pieces (a deterministic complement to the fuzz targets).
func TestTextProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		text := textRandom(r)
		if err := textCheckSentences(text, SplitSentences(text)); err != nil {
			t.Fatalf("SplitSentences(%q): %v", text, err)
		}
		if err := textCheckTokens(text, Tokenize(text)); err != nil {
			t.Fatalf("Tokenize(%q): %v", text, err)
		}
	}
}

func textFuzzSeeds(f *testing.F) {
	f.Add("")
	f.Add(`He said "Stop." Then he left. "Why?" he asked.`)
	f.Add("Mr. Smith met the U.S. Army at 9 a.m. The talks… ended?! No. 5\nKey Issues\r\n")
	f.Add("bad \xff\xe2\x80 bytes\u2028and\u00a0spaces\u200b.")
}

// textBenchInput returns the seed articles concatenated as paragraphs.
func textBenchInput(b *testing.B) string {
	b.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seed files: %v", err)
	}
	var parts []string
	for _, f := range files {
		parts = append(parts, textReadFile(b, f))
	}
	return strings.Join(parts, "\n\n")
}
