package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/internal/english"
)

// emptyWord stands in for a token that normalises to nothing (an empty span,
// or one holding only white space or invisible format characters), so that
// the word count still equals the token count. Tokenize never yields such a
// token, and "_" alone is never a Tokenize token, so it matches no real word.
const emptyWord = "_"

// Normalize returns the normalised form of the tokens of text: each token
// lower-cased (Unicode-aware), with typographic apostrophes/quotes (’ ‘ ʼ ′ ` etc.) folded to ASCII ',
// and dashes/hyphens (‐ ‑ ‒ – — ― − etc.) folded to '-', the tokens joined by single ASCII spaces.
// It must hold exactly len(toks) space-separated words (no token may contain a space after normalisation).
//
// To keep that invariant for any spans, white space, control characters and
// invisible format characters (soft hyphen, zero-width joiners, BOM; Unicode
// category Cf) are removed from words, and a word left empty is written as
// "_". Invalid UTF-8 bytes become U+FFFD. Lower-casing is per rune
// (unicode.ToLower), so a final Σ becomes σ, not ς.
func Normalize(text string, toks []Span) string {
	if len(toks) == 0 {
		return ""
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += int(t.End - t.Start)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeNormalized(&b, text[t.Start:t.End])
	}
	return b.String()
}

// NormalizeWord returns the normalised form of one word, as Normalize does it (used by later stages
// to normalise query terms the same way).
//
// NormalizeWord(w) == Normalize(w, []Span{{0, int32(len(w))}}); in
// particular a word that normalises to nothing (such as "") yields "_". A word
// that is already normal is returned without allocating.
func NormalizeWord(w string) string {
	if len(w) > 0 && isNormalASCII(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	writeNormalized(&b, w)
	return b.String()
}

// asciiFold maps each ASCII byte to its normal form; 0 means drop it (white
// space and control characters).
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = 0
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + ('a' - 'A')
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// isNormalASCII reports whether w is ASCII that normalisation leaves as is.
func isNormalASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || asciiFold[c] != c {
			return false
		}
	}
	return true
}

// writeNormalized writes the normalised form of the word w to b. Runs of
// bytes that need no change are copied with one WriteString.
func writeNormalized(b *strings.Builder, w string) {
	before := b.Len()
	run := 0 // start of the pending unchanged run
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			f := asciiFold[c]
			if f == c {
				i++
				continue
			}
			b.WriteString(w[run:i])
			if f != 0 {
				b.WriteByte(f)
			}
			i++
			run = i
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		f := foldRune(r)
		if f == r && size > 1 {
			i += size // unchanged
			continue
		}
		b.WriteString(w[run:i])
		if f >= 0 {
			b.WriteRune(f) // invalid bytes become U+FFFD
		}
		i += size
		run = i
	}
	b.WriteString(w[run:])
	if b.Len() == before {
		b.WriteString(emptyWord)
	}
}

// foldRune returns the normalised form of the non-ASCII rune r, or -1 if r
// is to be dropped.
func foldRune(r rune) rune {
	if english.IsApostrophe(r) { // ’ ‘ ʼ ′ ´ ＇ …
		return '\''
	}
	switch r {
	case '\u2212', // − minus sign
		'\u2796', // ➖ heavy minus sign
		'\u207B', // ⁻ superscript minus
		'\u208B': // ₋ subscript minus
		return '-'
	}
	switch {
	case unicode.Is(unicode.Pd, r): // ‐ ‑ ‒ – — ― ⸺ ﹣ － …
		return '-'
	case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r):
		return -1
	}
	return unicode.ToLower(r)
}
