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

// TrimPossessive returns w without its possessive ending, as written by
// hand: an apostrophe, ' or ’, then "s" or "S" ("Kiev’s", "Zelenskyy's",
// "KIEV'S"), or a final apostrophe alone ("envoys'", "Kiev’"); unless
// nothing would be left. The other apostrophes of IsApostrophe do not
// count: in running text ‘ is most often an opening quote, and ´ and ′
// accents and primes. A normalised word holds only "'", so TrimPossessive
// strips its ending too.
func TrimPossessive(w string) string {
	if len(w) < 2 || !mayEndPossessive[w[len(w)-1]] {
		return w // most words, inlined
	}
	return trimPossessive(w)
}

func trimPossessive(w string) string {
	n := len(w)
	if w[n-1]|0x20 == 's' { // s or S
		if a := apostropheEnding(w[:n-1]); a > 0 && a < n-1 {
			return w[:n-1-a]
		}
		return w
	}
	if a := apostropheEnding(w); a > 0 && a < n {
		return w[:n-a]
	}
	return w
}

// mayEndPossessive is whether a byte may end a possessive: s, S, "'" or
// the last byte of ’.
var mayEndPossessive = func() (t [256]bool) {
	t['s'], t['S'], t['\''], t["’"[2]] = true, true, true, true
	return t
}()

// apostropheEnding returns the length in bytes of the ' or ’ ending w, 0 if
// w ends in neither.
func apostropheEnding(w string) int {
	switch {
	case strings.HasSuffix(w, "'"):
		return 1
	case strings.HasSuffix(w, "’"):
		return len("’")
	}
	return 0
}
