package corpus

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// tokens.go, normalize.go and sentences.go hold the text primitives computed
// once per article: word tokens, their normalised form and sentence spans.
// All three run over the whole corpus (hundreds of megabytes), so they work
// on byte offsets, keep ASCII fast paths and allocate per call, never per
// token or per rune.
//
// Spans are int32, so texts must be shorter than 2 GiB; the functions panic
// on longer input rather than return wrapped offsets. Input is expected to be
// valid UTF-8 (Article.Text is); invalid bytes never cause a panic or an
// out-of-range span, but where they fall is unspecified.

// checkSpanLen panics if text cannot be addressed by int32 spans.
func checkSpanLen(text string) {
	if len(text) > math.MaxInt32 {
		panic("corpus: text longer than 2 GiB cannot be addressed by Span")
	}
}

// Tokenize returns the word tokens of text as byte spans into text, using Unicode
// word boundaries (UAX #29) from github.com/clipperhouse/uax29/v2/words (already in go.mod).
// Segments that contain no letter or digit (spaces, punctuation, symbols) are dropped.
//
// UAX #29 keeps "Russia’s", "Zelenskyy's", "U.S" (the final dot is its own
// segment), "3.5" and "1,000" whole and splits "28-point" into "28" and
// "point"; each ideograph is its own token. A digit is a decimal digit
// (unicode.IsDigit), so a segment such as "½" alone is dropped. No token
// holds white space (see appendSegment).
//
// Tokenize gives exactly the spans of tokenizeUAX29, the plain loop over the
// uax29 iterator (FuzzTokenizeFast checks this). It finds the segments made
// of ASCII and a few common punctuation runes itself, by the rules in
// wordEndFast and nonWordEndFast, and leaves a segment to the iterator
// whenever a non-ASCII rune may decide where it ends. Segment boundaries are
// exact, not just token boundaries: each segment starts where the
// iterator's would, and since the iterator keeps no state from one segment
// to the next, restarting it at such a boundary gives the segment the
// iterator over all of text would.
func Tokenize(text string) []Span {
	checkSpanLen(text)
	// News prose averages a little under six bytes per token (word plus
	// separator); len/5 avoids regrowing on nearly all articles.
	toks := make([]Span, 0, len(text)/5+1)
	var it *words.Iterator[string]
	n := len(text)
	for p := 0; p < n; {
		f := wbClass[text[p]]
		if f&wbWord != 0 {
			j := p + 1
			for j < n && wbClass[text[j]]&wbWord != 0 {
				j++
			}
			if j < n && wbClass[text[j]]&(wbMidLet|wbMidNum|wbNonASCII) != 0 {
				j = wordEndFast(text, j)
			}
			if j > p {
				if f != wbUnder || hasASCIIAlnum(text[p:j]) {
					toks = append(toks, Span{int32(p), int32(j)})
				}
				p = j
				if p+1 < n && text[p] == ' ' && wbClass[text[p+1]]&wbWord != 0 {
					p++ // the usual separator: a space of its own (WB999)
				}
				continue
			}
		} else if f&(wbSpace|wbLine|wbNonASCII) == 0 && (p+1 == n || text[p+1] < utf8.RuneSelf) {
			p++ // an ASCII rune of its own (WB999), not a token
			continue
		} else if e := nonWordEndFast(text, p, f); e > p {
			p = e // no letter or digit: dropped
			continue
		}
		if it == nil {
			it = words.FromString(text[p:])
		} else {
			it.SetText(text[p:])
		}
		it.Next()
		e := p + it.End()
		toks = appendWordSegment(toks, text, p, e)
		p = e
	}
	return toks
}

// tokenizeUAX29 is the reference implementation of Tokenize: every segment
// comes from the uax29 iterator.
func tokenizeUAX29(text string) []Span {
	checkSpanLen(text)
	toks := make([]Span, 0, len(text)/5+1)
	it := words.FromString(text)
	for it.Next() {
		toks = appendWordSegment(toks, text, it.Start(), it.End())
	}
	return toks
}

// appendWordSegment appends the tokens of the word segment text[s:e].
func appendWordSegment(toks []Span, text string, s, e int) []Span {
	if asciiAlnum(text[s]) && asciiOnly(text[s+1:e]) {
		// Fast path: a segment that starts with an ASCII letter or digit
		// is a word, and no UAX #29 rule joins a word with ASCII space.
		return append(toks, Span{int32(s), int32(e)})
	}
	return appendSegment(toks, text, s, e)
}

// Word_Break classes (UAX #29, WordBreakProperty.txt) of bytes, as bit
// flags. An ASCII byte is a rune; ASCII holds no Extend, Format, ZWJ,
// Katakana, Hebrew_Letter, Regional_Indicator or Extended_Pictographic
// rune. A class with no flag is Other, or Double_Quote '"' (which only
// joins Hebrew letters, WB7b, WB7c), or a rune of knownRune that is Other.
const (
	wbLetter = 1 << 0 // ALetter: A-Z a-z
	wbDigit  = 1 << 1 // Numeric: 0-9
	// The mid flags are the flags of the classes they join, shifted by
	// wbMidShift: (mid>>wbMidShift)&prev is the class that must follow.
	wbMidLet   = wbLetter << wbMidShift // joins two letters (WB6, WB7): MidLetter ':' and MidNumLetQ
	wbMidNum   = wbDigit << wbMidShift  // joins two digits (WB11, WB12): MidNum ',' ';' and MidNumLetQ
	wbUnder    = 1 << 4                 // ExtendNumLet: _
	wbSpace    = 1 << 5                 // WSegSpace: ' '
	wbLine     = 1 << 6                 // CR, LF, and Newline: VT FF
	wbNonASCII = 1 << 7                 // a byte of a multi-byte (or invalid) UTF-8 sequence

	wbMidShift  = 2
	wbMidNumLet = wbMidLet | wbMidNum // MidNumLetQ: '.' '\'' ‘ ’
	wbWord      = wbLetter | wbDigit | wbUnder
)

var wbClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = wbNonASCII
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = wbLetter
		case '0' <= c && c <= '9':
			t[c] = wbDigit
		}
	}
	t['_'] = wbUnder
	t[':'] = wbMidLet
	t[','] = wbMidNum
	t[';'] = wbMidNum
	t['.'] = wbMidNumLet
	t['\''] = wbMidNumLet
	t[' '] = wbSpace
	t['\r'] = wbLine
	t['\n'] = wbLine
	t['\v'] = wbLine
	t['\f'] = wbLine
	return t
}()

// knownRune returns the Word_Break class and size of the rune at text[i]
// if it is one of the common punctuation runes of English news that are
// MidNumLet (‘ ’) or Other (– — “ ” …), else size 0.
func knownRune(text string, i int) (class uint8, size int) {
	if i+2 >= len(text) || text[i] != 0xE2 || text[i+1] != 0x80 {
		return 0, 0
	}
	switch text[i+2] {
	case 0x98, 0x99: // ‘ ’
		return wbMidNumLet, 3
	case 0x93, 0x94, 0x9C, 0x9D, 0xA6: // – — “ ” …
		return 0, 3
	}
	return 0, 0
}

// wordEndFast returns the end of the word segment in which text[j-1] is
// an ASCII letter, digit or '_' and text[j] is not, or -1 if a non-ASCII
// rune other than those of knownRune may decide it.
//
// It applies WB5-WB13b as the uax29 iterator does: letters, digits and '_'
// join each other (WB5, WB8-WB10, WB13a, WB13b); a MidLetter ':' joins two
// letters (WB6, WB7), a MidNum ',' ';' two digits (WB11, WB12), and a
// MidNumLetQ (full stop, apostrophe, ‘, ’) either pair. The runes on both
// sides of the mid rune must be such a pair themselves, so "a.1", "1:2",
// "a_.b" and "a..b" break before the mid rune. The rune after a mid rune or
// after the word could be Extend, Format or ZWJ, which joins (WB4) and
// which the WB6 and WB12 look-ahead skips, so any non-ASCII rune there but
// those of knownRune (none of which is such a rune) defers to the
// iterator. Anything else breaks the word (WB999).
func wordEndFast(text string, j int) int {
	for j < len(text) {
		g, size := wbClass[text[j]], 1
		if g&wbWord != 0 {
			j++
			continue
		}
		if g&wbNonASCII != 0 {
			if g, size = knownRune(text, j); size == 0 {
				return -1
			}
		}
		// text[j-1] is an ASCII letter, digit or '_'.
		need := g >> wbMidShift & wbClass[text[j-1]] & (wbLetter | wbDigit)
		if need != 0 && j+size < len(text) {
			h := wbClass[text[j+size]]
			if h&need != 0 {
				j += size + 1
				continue
			}
			if h&wbNonASCII != 0 {
				if _, known := knownRune(text, j+size); known == 0 {
					return -1
				}
			}
		}
		break
	}
	return j
}

// nonWordEndFast returns the end of the segment that starts at the
// boundary p with the byte text[p] of class f, not a letter, digit or '_',
// or p if a non-ASCII rune other than those of knownRune may decide it. The
// segment holds no letter or digit.
//
// It applies the rules as the uax29 iterator does: CR LF is one segment
// (WB3), a line break ends a segment whatever follows, even Extend (WB3a,
// WB3b); a run of spaces is one segment (WB3d); every other ASCII rune and
// the runes of knownRune stand alone unless Extend, Format or ZWJ follow
// (WB4), or a WSegSpace follows a space (WB3d), so a non-ASCII rune after
// the segment defers to the iterator unless knownRune knows it.
func nonWordEndFast(text string, p int, f uint8) int {
	j := p + 1
	switch {
	case f&wbNonASCII != 0:
		_, size := knownRune(text, p)
		if size == 0 {
			return p
		}
		j = p + size
	case f&wbLine != 0:
		if text[p] == '\r' && j < len(text) && text[j] == '\n' {
			j++
		}
		return j
	case f&wbSpace != 0:
		for j < len(text) && text[j] == ' ' {
			j++
		}
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		if _, size := knownRune(text, j); size == 0 {
			return p
		}
	}
	return j
}

func hasASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiAlnum(s[i]) {
			return true
		}
	}
	return false
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendSegment appends the word segment text[s:e] to toks if it holds a
// letter or digit. UAX #29 joins letters and digits across U+202F NARROW
// NO-BREAK SPACE (ExtendNumLet), which some sites use as a word or digit
// group separator; such a segment is split at its white space, so that
// "10\u202f000" gives the same tokens as "10 000" and no token holds white
// space.
func appendSegment(toks []Span, text string, s, e int) []Span {
	word, space := false, false
	for i := s; i < e; {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiAlnum(c) {
				word = true
			} else if asciiSpace(c) {
				space = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) {
			space = true
		} else if !word && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			word = true
		}
		i += size
	}
	switch {
	case !word:
		return toks
	case space:
		return appendSplit(toks, text, s, e)
	}
	return append(toks, Span{int32(s), int32(e)})
}

// appendSplit appends the pieces of text[s:e] between white space that hold
// a letter or digit.
func appendSplit(toks []Span, text string, s, e int) []Span {
	p := s // start of the current piece
	for i := s; i < e; {
		r, size := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) {
			if hasWordChar(text[p:i]) {
				toks = append(toks, Span{int32(p), int32(i)})
			}
			p = i + size
		}
		i += size
	}
	if hasWordChar(text[p:e]) {
		toks = append(toks, Span{int32(p), int32(e)})
	}
	return toks
}

// hasWordChar reports whether seg contains a letter or a decimal digit.
func hasWordChar(seg string) bool {
	for i := 0; i < len(seg); {
		c := seg[i]
		if c < utf8.RuneSelf {
			if asciiAlnum(c) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(seg[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
