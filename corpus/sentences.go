package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/internal/english"
)

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
//     (see english.Question).
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
		if n > 0 && english.Question.Is(strings.TrimRight(w, ".")) {
			return true
		}
		if n == 4 || w == "" || !startsSentence(w, 0) || q >= len(text) || text[q] != ' ' {
			return false
		}
		p = q + 1
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
	// Words that precede a name (titles are english.IsTitle, below), and
	// Latin prefixes.
	case "Mt", "Ft",
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
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
		"Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
		"Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash",
		"Wis", "Wyo":
		return abbrTerminal
	}
	switch {
	case english.IsTitle(w): // "Mr", "Gen"
		return abbrPrefix
	case english.IsCalendarAbbrev(w) && !english.HasOtherSense(w): // "Dec", "Tues"; not "Sun", also a word
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
