package corpus

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// This file holds the text primitives computed once per article: word
// tokens, their normalised form and sentence spans. All three run over the
// whole corpus (hundreds of megabytes), so they work on byte offsets, keep
// ASCII fast paths and allocate per call, never per token or per rune.
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

// ---------------------------------------------------------------------------
// Tokens

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

// ---------------------------------------------------------------------------
// Normalisation

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
	switch r {
	case '\u2018', // ‘ left single quotation mark
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
		return '\''
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

// ---------------------------------------------------------------------------
// Sentences

// SplitSentences returns the sentences of an English text as byte spans into text,
// trimmed of surrounding white space, never empty, in order, non-overlapping.
//
// The rules, tuned for news prose:
//
//   - A line break (LF, CR, VT, FF, NEL, U+2028, U+2029) always ends a
//     sentence, so headings and paragraphs stand alone.
//   - A run of terminators (. ! ? …, e.g. "?!" or "..."), then optional
//     closing quotes or brackets (" ' ” ’ » › ) ] }), then horizontal white
//     space, then a sentence start ends a sentence. A sentence start is an
//     upper-case or caseless letter, a decimal digit or a currency sign,
//     possibly behind opening quotes or brackets (" ' “ ‘ „ « ‹ ( [ { ¿ ¡).
//     So `"Why?" he asked.` is one sentence and `He said "Stop." Then he
//     left.` two.
//   - A quoted question, exclamation or trailing-off ("?" "!" "…" before a
//     closing quote) followed by up to four capitalised words and a speech
//     verb does not end the sentence: `“Why?” Trump asked.` is one sentence
//     (see isSpeechVerb).
//   - An ellipsis that stands alone after white space ("the plan … Ukraine")
//     marks an omission, not an end.
//   - A single "." after an abbreviation is judged by the abbreviation's kind
//     (see abbrevKind):
//     prefixes that precede a name or a word (Mr. Dr. Gen. Sen. Gov. Lt. Col.
//     Prof. vs. e.g. i.e. ...) never end a sentence;
//     number prefixes (No. Vol. pp. Art. ...) do not end one before a digit
//     ("No. 10"), but do otherwise ("The answer was No. Then ...");
//     abbreviations that can end a sentence (U.S. U.K. and other dotted
//     initialisms, a.m. p.m., Inc. Corp. Ltd. Co. Jr. Sr. St. etc., months
//     such as Jan. Sept. Dec., state names such as Calif., single-letter
//     initials such as "J.") end one only when the next word is a common
//     sentence starter (The, He, She, It, They, We, But, In, A, This, ...;
//     see isStarter). Thus "the U.S. Army", "9 a.m. Monday", "St.
//     Petersburg" and "J. Smith" stay whole, while "flew to the U.S. The
//     talks" and "at 9 a.m. The meeting" split. The price is that a sentence
//     ending in such an abbreviation and followed by a name ("talks with the
//     U.S. Zelensky said") is not split; for news, where "U.S." is far more
//     often followed by a name or noun than ending a sentence, that is the
//     better error. A digit ("the U.S. 10-year yield") or a following
//     single-letter initial ("J. A. Smith") never splits.
//   - A number or single letter with a dot at the very start of a sentence
//     ("1. First item") is a list marker, not a sentence.
func SplitSentences(text string) []Span {
	checkSpanLen(text)
	out := make([]Span, 0, len(text)/80+1)
	start := 0 // start of the current sentence, untrimmed
	for i := 0; i < len(text); {
		if !sentenceByte[text[i]] {
			i++
			continue
		}
		if n := lineBreakLen(text, i); n > 0 {
			out = appendSentence(out, text, start, i)
			i += n
			start = i
			continue
		}
		if terminatorLen(text, i) > 0 {
			end, next, ok := sentenceEnd(text, start, i)
			if ok {
				out = appendSentence(out, text, start, end)
				start = end
			}
			i = next
			continue
		}
		i++
	}
	return appendSentence(out, text, start, len(text))
}

// sentenceByte marks the bytes that may begin a terminator or a line break.
var sentenceByte = [256]bool{
	'.': true, '!': true, '?': true,
	'\n': true, '\r': true, '\v': true, '\f': true,
	0xC2: true, // NEL U+0085
	0xE2: true, // … U+2026, U+2028, U+2029
}

// lineBreakLen returns the length of the line break at text[i:], or 0.
func lineBreakLen(text string, i int) int {
	switch text[i] {
	case '\n', '\r', '\v', '\f':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// terminatorLen returns the length of the sentence terminator at text[i:],
// or 0.
func terminatorLen(text string, i int) int {
	switch text[i] {
	case '.', '!', '?':
		return 1
	case 0xE2:
		if strings.HasPrefix(text[i:], "…") {
			return len("…")
		}
	}
	return 0
}

// sentenceEnd examines the terminator at text[i], inside the sentence that
// starts at start. If it ends the sentence, ok is true and end is the offset
// just past the terminators and closing quotes. next is where scanning
// resumes; it is always > i.
func sentenceEnd(text string, start, i int) (end, next int, ok bool) {
	j := i
	dots, others := 0, 0
	ellipsis := false
	for j < len(text) {
		switch c := text[j]; {
		case c == '.':
			dots++
			j++
			continue
		case c == '!' || c == '?':
			others++
			j++
			continue
		case c == 0xE2 && strings.HasPrefix(text[j:], "…"):
			ellipsis = true
			j += len("…")
			continue
		}
		break
	}
	k := skipRunes(text, j, isCloser)
	m := k
	for m < len(text) {
		if text[m] == ' ' || text[m] == '\t' {
			m++
			continue
		}
		if lineBreakLen(text, m) > 0 {
			break
		}
		r, size := utf8.DecodeRuneInString(text[m:])
		if !unicode.IsSpace(r) {
			break
		}
		m += size
	}
	if m == k || m == len(text) || lineBreakLen(text, m) > 0 {
		// No space after it, or the end of the line or text: a line break
		// or the end ends the sentence anyway.
		return 0, m, false
	}
	if !startsSentence(text, m) {
		return 0, m, false
	}
	if (ellipsis || dots > 1) && others == 0 && (i == start || isSpaceBefore(text, i)) {
		return 0, m, false // " … " marks an omission
	}
	if dots == 1 && others == 0 && !ellipsis && !dotEnds(text, start, i, m) {
		return 0, m, false
	}
	if (others > 0 || ellipsis || dots > 1) && k > j && speechFollows(text, m) {
		return 0, m, false // “Why?” Trump asked.
	}
	return k, m, true
}

// speechFollows reports whether text[m:] is one to four capitalised words
// and then a speech verb, as after a quoted question or exclamation:
// `“Why?” Trump asked.`, `“Go!” Lt. Gen. Smith said.`
func speechFollows(text string, m int) bool {
	p := m
	for n := 0; n <= 4; n++ {
		q := p
		for q < len(text) {
			c := text[q]
			if c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.' || c == '\'' || c == '-' {
					q++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[q:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '’' {
				break
			}
			q += size
		}
		w := text[p:q]
		if n > 0 && isSpeechVerb(strings.TrimRight(w, ".")) {
			return true
		}
		if n == 4 || w == "" || !startsSentence(w, 0) || q >= len(text) || text[q] != ' ' {
			return false
		}
		p = q + 1
	}
	return false
}

func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "added", "adds", "told", "tells",
		"wrote", "writes", "replied", "replies", "responded", "continued",
		"explained", "insisted", "stressed", "noted", "declared", "warned",
		"exclaimed", "shouted", "yelled", "cried", "tweeted", "posted",
		"recalled", "argued", "claimed", "demanded", "wondered", "quipped":
		return true
	}
	return false
}

// isSpaceBefore reports whether the rune before text[i] is white space.
func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// startsSentence reports whether text[m:] looks like the start of a sentence.
func startsSentence(text string, m int) bool {
	p := skipRunes(text, m, isOpener)
	if p == len(text) {
		return false
	}
	c := text[p]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '$'
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsLetter(r) && !unicode.IsLower(r) || unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
}

// skipRunes returns the offset of the first rune at or after i that is not in
// the set.
func skipRunes(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// Kinds of abbreviation, by what they say about a following sentence break.
const (
	abbrNone     = iota // not an abbreviation: the dot ends the sentence
	abbrPrefix          // precedes a name or word: never ends a sentence
	abbrNumber          // precedes a number: ends a sentence unless a digit follows
	abbrTerminal        // may end a sentence: ends one only before a starter word
)

// maxWordBytes bounds the backward scan for the word before a dot; longer
// "words" (URLs, junk) are not abbreviations.
const maxWordBytes = 32

// dotEnds decides whether the single "." at text[dot] ends the sentence that
// starts at start, given that a sentence start follows at text[next].
func dotEnds(text string, start, dot, next int) bool {
	ws := dot
	for ws > start {
		r, size := rune(text[ws-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[:ws])
		}
		if unicode.IsSpace(r) {
			break
		}
		ws -= size
		if dot-ws > maxWordBytes {
			return true
		}
	}
	w := text[ws:dot]
	for len(w) > 0 {
		r, size := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w = w[size:]
	}
	if w == "" {
		return true
	}
	if isListMarker(w) && strings.TrimLeftFunc(text[start:ws], unicode.IsSpace) == "" {
		return false
	}
	switch abbrevKind(w) {
	case abbrPrefix:
		return false
	case abbrNumber:
		return !startsWithDigit(text[skipRunes(text, next, isOpener):])
	case abbrTerminal:
		return nextIsStarter(text, next)
	}
	return true
}

// isListMarker reports whether w is an enumerator such as "1", "12" or "a".
func isListMarker(w string) bool {
	if len(w) == 1 && ('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z') {
		return true
	}
	if len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func startsWithDigit(s string) bool {
	return s != "" && '0' <= s[0] && s[0] <= '9'
}

// nextIsStarter reports whether the word at text[m:] (behind any opening
// quotes) is a common sentence starter. A single letter followed by a dot is
// an initial ("J. R. R. Tolkien"), never a starter.
func nextIsStarter(text string, m int) bool {
	p := skipRunes(text, m, isOpener)
	q := p
	for q < len(text) {
		c := text[q]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				q++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[q:])
		if !unicode.IsLetter(r) {
			break
		}
		q += size
	}
	w := text[p:q]
	if q < len(text) && text[q] == '.' && utf8.RuneCountInString(w) == 1 {
		return false
	}
	return isStarter(w)
}

// abbrevKind classifies w, the word before a ".", without the dot and
// without leading punctuation. Matching is case-sensitive: "No." is an
// abbreviation, "no." is not.
func abbrevKind(w string) int {
	if strings.IndexByte(w, '.') >= 0 {
		switch w {
		case "e.g", "i.e", "E.g", "I.e":
			return abbrPrefix
		}
		if isInitialism(w) {
			return abbrTerminal // U.S, U.K, E.U, a.m, p.m, Ph.D, D.C, N.Y
		}
		return abbrNone // example.com, 3.5
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return abbrTerminal // an initial: "J." in "J. Smith"; or "Plan B."
	}
	switch w {
	// Titles and words that precede a name, and Latin prefixes.
	case "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt",
		"Cpl", "Pfc", "Spc", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
		"Pres", "Supt", "Insp", "Det", "Atty", "Rev", "Fr", "Msgr", "Hon", "Amb",
		"Mt", "Ft", "Gens", "Lts", "Cols",
		"vs", "v", "cf", "viz", "approx", "Approx", "ca":
		return abbrPrefix
	// Abbreviations that precede a number.
	case "No", "Nos", "Nr", "Vol", "Vols", "vol", "vols", "pp", "p", "Fig",
		"Figs", "fig", "Art", "Ch", "ch", "Sec", "sec", "Para", "para", "Ex":
		return abbrNumber
	// Abbreviations that may end a sentence.
	case "Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "Bros", "Assn", "Dept",
		"Jr", "Sr", "St", "Ste", "Ave", "Blvd", "Rd", "Hwy",
		"etc", "al",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
		"Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
		"Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash",
		"Wis", "Wyo":
		return abbrTerminal
	}
	return abbrNone
}

// isInitialism reports whether w is dotted letters such as "U.S", "a.m" or
// "Ph.D": parts of one to three letters separated by single dots.
func isInitialism(w string) bool {
	n := 0 // letters in the current part
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			n = 0
		case unicode.IsLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// isStarter reports whether w is a word that commonly begins a sentence but
// rarely continues a name or title after an abbreviation such as "U.S.".
func isStarter(w string) bool {
	switch w {
	case "The", "A", "An", "This", "That", "These", "Those", "There", "Their",
		"They", "He", "She", "It", "Its", "His", "Her", "We", "Our", "You",
		"Your", "I", "My", "But", "And", "Or", "Nor", "So", "Yet", "Also",
		"However", "Meanwhile", "Moreover", "Still", "Thus", "Therefore",
		"Instead", "Indeed", "Now", "Then", "Earlier", "Later", "In", "On",
		"At", "As", "For", "From", "With", "Without", "After", "Before",
		"During", "Since", "While", "When", "Where", "What", "Which", "Who",
		"Why", "How", "If", "Although", "Though", "Because", "Despite",
		"According", "Some", "Many", "Most", "Several", "Each", "Both", "All",
		"Any", "Such", "Other", "Others", "Here", "Under", "By":
		return true
	}
	return false
}

// appendSentence appends text[s:e], trimmed, to out if anything is left.
func appendSentence(out []Span, text string, s, e int) []Span {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			s++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !isTrimRune(r) {
			break
		}
		s += size
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrimRune(r) {
			break
		}
		e -= size
	}
	if s < e {
		out = append(out, Span{int32(s), int32(e)})
	}
	return out
}

func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// isTrimRune reports whether r is trimmed from sentence edges: white space
// and the invisible zero-width space, word joiner and byte order mark.
func isTrimRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\u2060' || r == '\uFEFF'
}
