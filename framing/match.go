package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/english"
)

// Hit is one occurrence of a lexicon variant in a text.
type Hit struct {
	Group      string // group id
	Variant    string // the variant's term
	Label      string // the variant's label
	Start, End int    // byte offsets of the matched form in the text
}

// Match returns the hits of lx in text, whose word tokens are toks
// (corpus.Tokenize(text); nil tokenises text), in order of Start, no two
// overlapping.
//
// The rules:
//
//   - Forms match on word tokens only, never inside a word, comparing
//     tokens normalised as article words are (corpus.NormalizeWord: lower
//     case, typographic apostrophes and dashes folded), so "Kiev" matches
//     "KIEV" but not "Kievan". A variant with case "exact" matches only
//     with the letter case its form is written in: "DPR", not "dpr".
//   - The last word of a form also matches its possessive: "Kiev" matches
//     "Kiev’s" and "Kiev's", and the hit then ends before the apostrophe.
//     No other inflection is implied; list plurals and verb forms as forms.
//   - The words of a multi-word form ("Donetsk People's Republic") may be
//     separated by white space or a hyphen or dash, so "neo-Nazi" matches
//     "neo Nazi", but not by other punctuation or a line break: "Kiev.
//     Regime change" holds no "Kiev regime".
//   - An exception of a variant suppresses a hit whose words lie inside an
//     occurrence of the exception phrase: "Kiev" in "chicken Kiev".
//     Exceptions compare words in any case, and punctuation (or a line
//     break) between their words is ignored: the exception "Odessa Texas"
//     covers "Odessa, Texas".
//   - Hits do not overlap. Scanning from the start, the longest form that
//     matches at a word (and is not suppressed) wins, and the scan goes on
//     after it; so a multi-word form hides the forms inside it, even of
//     other groups: "Vladimir Zelensky" is one naming hit, not also a
//     "Zelensky" spelling hit, and "Donetsk People's Republic" one status
//     hit.
//
// Forms are indexed by their first word, so Match is linear in the number
// of tokens: each token costs one normalisation and one or two map lookups,
// plus a check of the few forms that start with it.
func (lx *Lexicon) Match(text string, toks []corpus.Span) []Hit {
	if lx == nil || len(lx.index) == 0 {
		return nil
	}
	if toks == nil {
		toks = corpus.Tokenize(text)
	}
	return lx.MatchDoc(&Doc{Text: text, Tokens: toks})
}

// MatchDoc is [Lexicon.Match] of the words of d, title and body, with the
// hits at offsets of d.
func (lx *Lexicon) MatchDoc(d *Doc) []Hit {
	if lx == nil || len(lx.index) == 0 {
		return nil
	}
	m := lexMatcher{d: d}
	var hits []Hit
	var key []byte
	for i, n := 0, d.NumTokens(); i < n; {
		key = appendNorm(key[:0], d.Word(i))
		cands := lx.index[string(key)]
		var short []*lexForm // the one-word forms of a possessive
		if hasPossessive(key) {
			short = lx.index[string(key[:len(key)-2])]
		}
		if cands == nil && short == nil {
			i++
			continue
		}
		fm, end := lx.matchAt(&m, i, cands)
		if fm == nil {
			fm, end = lx.matchAt(&m, i, short)
		}
		if fm == nil {
			i++
			continue
		}
		g := &lx.groups[fm.group]
		v := &g.Variants[fm.variant]
		hits = append(hits, Hit{Group: g.ID, Variant: v.Term, Label: v.Label, Start: int(d.Token(i).Start), End: end})
		i += len(fm.toks)
	}
	return hits
}

// matchAt returns the first of cands (longest first) that matches at token
// i and is not suppressed by an exception, and the end offset of its hit.
func (lx *Lexicon) matchAt(m *lexMatcher, i int, cands []*lexForm) (*lexForm, int) {
	for _, fm := range cands {
		if end, ok := m.match(fm, i); ok && !m.excepted(fm, i) {
			return fm, end
		}
	}
	return nil, 0
}

// lexForm is one form of a variant, ready to match.
type lexForm struct {
	group, variant int // indexes into Lexicon.groups and the group's Variants
	toks           []ftok
	exact          bool
	exceptions     []lexException // the variant's exceptions that hold this form
}

// ftok is one word of a form or exception: as written and normalised.
type ftok struct{ raw, norm string }

// lexException is an exception phrase of a form's variant.
type lexException struct {
	norms   []string // its normalised words
	offsets []int    // where the form occurs in it, in words
}

// newForm returns the form f of variant v, the vi-th of group gi.
func newForm(gi, vi int, f string, v Variant) *lexForm {
	fm := &lexForm{group: gi, variant: vi, toks: normTokens(formTokens(f)), exact: v.Case == CaseExact}
	for _, e := range v.Exceptions {
		et := normTokens(formTokens(e))
		if offs := offsetsIn(fm.toks, et); len(offs) > 0 {
			ex := lexException{offsets: offs}
			for _, t := range et {
				ex.norms = append(ex.norms, t.norm)
			}
			fm.exceptions = append(fm.exceptions, ex)
		}
	}
	return fm
}

// key returns the form's normalised words joined by spaces (a normalised
// word holds no space): equal keys are the same phrase to Match.
func (fm *lexForm) key() string {
	var b strings.Builder
	for i, t := range fm.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.norm)
	}
	return b.String()
}

// formTokens returns the words of a form or exception phrase, split as
// article text is (corpus.Tokenize): "Ivano-Frankivsk" is two words,
// "People's" one, and the final apostrophe of "Rus'" is dropped.
func formTokens(s string) []string {
	spans := corpus.Tokenize(s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// formJoined reports whether the words of the form f are joined as Match
// requires (see joinsWords), so that f can match at all.
func formJoined(f string) bool {
	spans := corpus.Tokenize(f)
	for i := 1; i < len(spans); i++ {
		if !joinsWords(f[spans[i-1].End:spans[i].Start]) {
			return false
		}
	}
	return true
}

// normTokens pairs each word with its normalised form.
func normTokens(raw []string) []ftok {
	out := make([]ftok, len(raw))
	for i, r := range raw {
		out[i] = ftok{raw: r, norm: corpus.NormalizeWord(r)}
	}
	return out
}

// offsetsIn returns the offsets at which the words f occur in the words e,
// compared normalised.
func offsetsIn(f, e []ftok) []int {
	var offs []int
	for k := 0; k+len(f) <= len(e); k++ {
		ok := true
		for j := range f {
			if e[k+j].norm != f[j].norm {
				ok = false
				break
			}
		}
		if ok {
			offs = append(offs, k)
		}
	}
	return offs
}

// lexMatcher holds the text being matched and a buffer for normalising
// its tokens without allocating.
type lexMatcher struct {
	d   *Doc
	buf []byte
}

// norm returns token i normalised, in a buffer valid until the next call.
func (m *lexMatcher) norm(i int) []byte {
	m.buf = appendNorm(m.buf[:0], m.d.Word(i))
	return m.buf
}

// match reports whether fm matches the tokens from i, and the end offset
// of the hit (before a possessive ending).
func (m *lexMatcher) match(fm *lexForm, i int) (int, bool) {
	n := len(fm.toks)
	if i+n > m.d.NumTokens() {
		return 0, false
	}
	end := int(m.d.Token(i + n - 1).End)
	for j, ft := range fm.toks {
		sp := m.d.Token(i + j)
		if j > 0 && !joinsWords(m.d.Slice(m.d.Token(i+j-1).End, sp.Start)) {
			return 0, false
		}
		t := m.norm(i + j)
		tokEnd := int(sp.End)
		if string(t) != ft.norm {
			if j < n-1 || !isPossessiveOf(t, ft.norm) {
				return 0, false
			}
			tokEnd = int(sp.Start) + possessiveCut(m.d.Slice(sp.Start, sp.End), 0, tokEnd-int(sp.Start))
			end = tokEnd
		}
		if fm.exact && !sameCase(m.d.Slice(sp.Start, int32(tokEnd)), ft.raw) {
			return 0, false
		}
	}
	return end, true
}

// excepted reports whether the match of fm at token i lies inside an
// occurrence of one of its exceptions.
func (m *lexMatcher) excepted(fm *lexForm, i int) bool {
	for _, ex := range fm.exceptions {
		for _, off := range ex.offsets {
			s := i - off
			if s < 0 || s+len(ex.norms) > m.d.NumTokens() {
				continue
			}
			ok := true
			for k, w := range ex.norms {
				if t := m.norm(s + k); string(t) != w && (k < len(ex.norms)-1 || !isPossessiveOf(t, w)) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// joinsWords reports whether gap, the text between two tokens, may
// separate two words of a form: white space other than a line break,
// hyphens and dashes, and invisible format characters.
func joinsWords(gap string) bool {
	for _, r := range gap {
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			return false
		case unicode.IsSpace(r), r == '-', r == '\u2212', unicode.Is(unicode.Pd, r), unicode.Is(unicode.Cf, r):
		default:
			return false
		}
	}
	return true
}

// hasPossessive reports whether the normalised word w ends in "'s" after
// something else.
func hasPossessive(w []byte) bool {
	return len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's'
}

// isPossessiveOf reports whether the normalised word t is w + "'s".
func isPossessiveOf(t []byte, w string) bool {
	return len(t) == len(w)+2 && hasPossessive(t) && string(t[:len(w)]) == w
}

// possessiveCut returns the end of the token text[start:end] without its
// possessive ending, or end if the ending is not plainly there. The
// ending is s after any apostrophe that normalisation folds to "'"
// (english.IsApostrophe), so that the cut agrees with hasPossessive:
// "Kiev‘s" loses its "‘s" here, though english.TrimPossessive, which
// reads words as written, keeps it.
func possessiveCut(text string, start, end int) int {
	if end-start < 3 || (text[end-1] != 's' && text[end-1] != 'S') {
		return end
	}
	r, size := utf8.DecodeLastRuneInString(text[start : end-1])
	if !english.IsApostrophe(r) {
		return end
	}
	if cut := end - 1 - size; cut > start {
		return cut
	}
	return end
}

// sameCase reports whether the letters of a and b agree in case, one by
// one; a and b normalise alike, so their letters correspond.
func sameCase(a, b string) bool {
	for {
		ra, rb := rune(-1), rune(-1)
		for a != "" {
			r, size := utf8.DecodeRuneInString(a)
			a = a[size:]
			if unicode.IsLetter(r) {
				ra = r
				break
			}
		}
		for b != "" {
			r, size := utf8.DecodeRuneInString(b)
			b = b[size:]
			if unicode.IsLetter(r) {
				rb = r
				break
			}
		}
		if ra < 0 || rb < 0 {
			return ra == rb
		}
		if unicode.IsUpper(ra) != unicode.IsUpper(rb) {
			return false
		}
	}
}

// appendNorm appends the normalised form of the word w to b: as
// corpus.NormalizeWord, without allocating for ASCII words.
func appendNorm(b []byte, w string) []byte {
	n0 := len(b)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(b[:n0], corpus.NormalizeWord(w)...)
		case c <= ' ' || c == 0x7f:
			// dropped
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '`':
			b = append(b, '\'')
		default:
			b = append(b, c)
		}
	}
	if len(b) == n0 {
		return append(b, corpus.NormalizeWord("")...)
	}
	return b
}
