package english

import (
	"strings"
	"unicode/utf8"
)

// IsApostrophe reports whether r is written for an apostrophe: the ASCII
// "'" and "`", the typographic ’ and ‘, and the look-alikes of
// transliteration and careless typing (ʼ ʹ ʻ ʽ ′ ‵ ‚ ‛ ´ ＇). Word
// normalisation (corpus.NormalizeWord) folds exactly these to "'".
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '`',
		'\u2018', // ‘ left single quotation mark
		'\u2019', // ’ right single quotation mark
		'\u201A', // ‚ single low-9 quotation mark
		'\u201B', // ‛ single high-reversed-9 quotation mark
		'\u2032', // ′ prime
		'\u2035', // ‵ reversed prime
		'\u02B9', // ʹ modifier letter prime
		'\u02BB', // ʻ modifier letter turned comma
		'\u02BC', // ʼ modifier letter apostrophe
		'\u02BD', // ʽ modifier letter reversed comma
		'\u00B4', // ´ acute accent
		'\uFF07': // ＇ fullwidth apostrophe
		return true
	}
	return false
}

// FoldApostrophes returns w with every apostrophe (IsApostrophe) written
// "'", so that "O’Connor" and "O'Connor" are one spelling.
func FoldApostrophes(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf && w[i] != '`' {
		i++
	}
	if i == len(w) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if IsApostrophe(r) {
			return '\''
		}
		return r
	}, w)
}

// CutPossessive returns w without its possessive ending, an apostrophe
// (IsApostrophe) and "s" or "S" ("Kiev’s", "Zelenskyy's", "KIEV'S"), and
// true; or w and false when w has no such ending or it is all of w.
func CutPossessive(w string) (stem string, ok bool) {
	n := len(w)
	if n < 3 || w[n-1]|0x20 != 's' { // s or S
		return w, false
	}
	if size := apostropheBefore(w[:n-1]); size > 0 && size < n-1 {
		return w[:n-1-size], true
	}
	return w, false
}

// TrimPossessive returns w without its possessive ending: an apostrophe
// and "s" as CutPossessive takes, or a final apostrophe alone ("envoys'",
// "Kiev’"), unless nothing would be left.
func TrimPossessive(w string) string {
	if len(w) < 2 || !mayEndPossessive[w[len(w)-1]] {
		return w // most words, inlined
	}
	return trimPossessive(w)
}

func trimPossessive(w string) string {
	if stem, ok := CutPossessive(w); ok {
		return stem
	}
	if size := apostropheBefore(w); size > 0 && size < len(w) {
		return w[:len(w)-size]
	}
	return w
}

// mayEndPossessive is whether a byte may end a possessive ending: s, S,
// an ASCII apostrophe or the last byte of another.
var mayEndPossessive = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == 's' || c == 'S' || c == '\'' || c == '`'
	}
	return t
}()

// apostropheBefore returns the length in bytes of the apostrophe ending
// w, 0 if w does not end in one.
func apostropheBefore(w string) int {
	if w == "" {
		return 0
	}
	if c := w[len(w)-1]; c < utf8.RuneSelf {
		if c == '\'' || c == '`' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(w)
	if IsApostrophe(r) {
		return size
	}
	return 0
}
