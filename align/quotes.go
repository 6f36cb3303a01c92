package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/english"
	"github.com/newsfold/compare/similarity"
)

// This file finds the quotations of an article and pairs them across two
// articles.
//
// FindQuotes makes one pass over the text with a small stack of open
// quotation marks. Four kinds pair up, each only with itself: "…", “…”,
// ‘…’ and '…'. A single mark opens only at the start of a word and closes
// only at the end of one, so the apostrophes of "Russia’s" and "don't" are
// never marks. A line break ends the paragraph and drops every quote still
// open, so an unclosed mark never swallows the rest of the text. Quotes
// nest: “He said ‘no deal’ today” gives both the outer quote and the inner
// one, and the quotes found are always either disjoint or properly nested.
// Quotes of a single word (scare quotes such as “difficult”) are kept;
// MatchQuotes decides what they count for.
//
// The speaker comes from a few fixed patterns around the marks, looked
// for within a bounded window, so the whole scan is linear in the text.
//
// MatchQuotes compares the normalised words of two quotes. Identical word
// sequences, and a quote of three or more words found whole inside the
// other (outlets often cut a quote), have similarity 1. Otherwise the
// similarity is the word-level Levenshtein ratio, 1 - edits/max(len), which
// counts one changed word in a five-word quote as 0.8, where bigram
// measures would punish short quotes twice over. It applies only to quotes
// of three or more words on both sides and counts from 0.6.

// Quote is a quoted span of an article's text.
type Quote struct {
	Start, End int    // byte offsets of the quoted words, quote marks excluded
	Text       string // text[Start:End]
	Speaker    string // who said it, when a simple pattern finds one; "" otherwise
}

// Kinds of quotation mark, each closed only by a mark of its own kind.
const (
	markStraight = iota // "…"
	markCurly           // “…”
	markSingle          // ‘…’
	markApos            // '…'
)

// maxQuoteDepth bounds the nesting of open quotes; deeper openers are
// ignored. It keeps the search for a matching opener constant-time.
const maxQuoteDepth = 4

// quoteOpener is an open quotation mark: its kind, the offset of the mark
// and the offset just after it.
type quoteOpener struct{ kind, pos, after int }

// FindQuotes returns the quoted spans of text in order of Start.
//
// A quote's span excludes its marks, surrounding white space and the
// trailing comma of `“…,” said X`; spans without a letter or digit are
// dropped. Nested quotes are all reported: an inner quote follows the
// outer one and lies within it.
//
// Speaker is the run of one to four capitalised words nearest a speech
// verb in `“…,” said X`, `“…,” X said`, `“…,” according to X`,
// `X said: “…”` or `X said that “…”`, without titles ("President Vladimir
// Putin" gives "Vladimir Putin"); a pronoun (`he said`) gives "".
func FindQuotes(text string) []Quote {
	var (
		quotes []Quote
		stack  [maxQuoteDepth]quoteOpener
		depth  int
	)
	find := func(kind int) int {
		for k := depth - 1; k >= 0; k-- {
			if stack[k].kind == kind {
				return k
			}
		}
		return -1
	}
	push := func(kind, pos, after int) {
		if depth < maxQuoteDepth {
			stack[depth] = quoteOpener{kind, pos, after}
			depth++
		}
	}
	// closeAt closes the opener stack[k] with the mark text[i:j],
	// dropping the quotes opened inside it and left unclosed.
	closeAt := func(k, i, j int) {
		o := stack[k]
		depth = k
		if q, ok := newQuote(text, o.pos, o.after, i, j); ok {
			quotes = append(quotes, q)
		}
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		j := i + size
		switch r {
		case '\n', '\r', '\u2029':
			depth = 0 // the paragraph ends: unclosed quotes are dropped
		case '"':
			if k := find(markStraight); k >= 0 {
				closeAt(k, i, j)
			} else if j < len(text) && !isSpaceAt(text, j) {
				push(markStraight, i, j) // a mark before a space is a stray closer
			}
		case '“':
			push(markCurly, i, j)
		case '”':
			if k := find(markCurly); k >= 0 {
				closeAt(k, i, j)
			}
		case '‘':
			if opensWord(text, i, j) {
				push(markSingle, i, j)
			}
		case '\'':
			if k := find(markApos); k >= 0 && closesWord(text, i, j) {
				closeAt(k, i, j)
			} else if opensWord(text, i, j) {
				push(markApos, i, j)
			}
		case '’':
			if k := find(markSingle); k >= 0 && closesWord(text, i, j) {
				closeAt(k, i, j)
			}
		}
		i = j
	}
	slices.SortFunc(quotes, func(x, y Quote) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(y.End, x.End))
	})
	return quotes
}

// newQuote returns the quote between an opening mark at text[open:after]
// and a closing mark at text[i:j], and false if it holds no word.
func newQuote(text string, open, after, i, j int) (Quote, bool) {
	inner := text[after:i]
	t := strings.TrimLeftFunc(inner, unicode.IsSpace)
	start := after + len(inner) - len(t)
	t = strings.TrimRightFunc(t, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if !strings.ContainsFunc(t, isWordRune) {
		return Quote{}, false
	}
	q := Quote{Start: start, End: start + len(t), Text: t}
	q.Speaker = quoteSpeaker(text, open, j, strings.HasSuffix(t, "."))
	return q, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isSpaceAt reports whether the rune at text[i] is white space.
func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// opensWord reports whether the single mark text[i:j] can open a quote: at
// the start of a word, so not after a letter or digit and before one.
func opensWord(text string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	return (i == 0 || !isWordRune(before)) && j < len(text) && isWordRune(after)
}

// closesWord reports whether the single mark text[i:j] can close a quote:
// at the end of a word, so not after white space nor before a letter or
// digit.
func closesWord(text string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	return i > 0 && !unicode.IsSpace(before) && (j == len(text) || !isWordRune(after))
}

// ---------------------------------------------------------------------------
// Speakers

// speakerWindow bounds how many bytes the speaker patterns look at on
// either side of a quote, and speakerWords how many words.
const (
	speakerWindow = 160
	speakerWords  = 8
)

// quoteSpeaker returns the speaker of the quote whose opening mark starts at
// text[open] and whose closing mark ends at text[closed], or "" if no
// pattern finds one. ended reports that the quote ends with a full stop,
// which ends the sentence, so that nothing after it is looked at.
//
// After the closing mark (and a comma or dash) it takes `said X`,
// `according to X` and `X said`; before the opening mark, `X said: “…”`,
// `X said, “…”` and `X said that “…”`, where up to eight words may stand
// between the verb and the mark (`X wrote on X (formerly Twitter): “…”`).
// "said" stands for any verb of english.IsSpeechVerb.
//
// X is the run of one to four capitalised words nearest the verb: titles
// and other words of speakerTitles ("President", "spokesman", "the", "he")
// and lower-case words end a run, name particles ("von", "al") do not, so
// `said top Kremlin aide Yury Ushakov` and `Kremlin aide Yury Ushakov told
// reporters` give "Yury Ushakov". Pronouns are titles, so `he said` gives
// no speaker: a pronoun names no one without resolving it.
func quoteSpeaker(text string, open, closed int, ended bool) string {
	if !ended {
		if s := speakerAfter(text, closed); s != "" {
			return s
		}
	}
	return speakerBefore(text, open)
}

// qspan is a byte range of a word.
type qspan struct{ s, e int }

func speakerAfter(text string, p int) string {
	limit := min(len(text), p+speakerWindow)
	for p < limit {
		r, size := utf8.DecodeRuneInString(text[p:limit])
		if r != ',' && r != '—' && r != '–' && !isGapSpace(r) {
			break
		}
		p += size
	}
	// The words that follow, separated by spaces only.
	var ws []qspan
	for len(ws) < speakerWords {
		s := skipGap(text, p, limit)
		if len(ws) > 0 && s == p {
			break
		}
		e := speakerWordEnd(text, s, limit)
		if e == s {
			break
		}
		ws = append(ws, qspan{s, e})
		p = e
	}
	if len(ws) == 0 {
		return ""
	}
	first := strings.ToLower(text[ws[0].s:ws[0].e])
	switch {
	case english.IsSpeechVerb(first):
		return nameAfter(text, ws[1:])
	case first == "according" && len(ws) > 1 && strings.ToLower(text[ws[1].s:ws[1].e]) == "to":
		return nameAfter(text, ws[2:])
	}
	for k, w := range ws {
		if k > 0 && english.IsSpeechVerb(strings.ToLower(text[w.s:w.e])) {
			return lastName(text, ws[:k])
		}
		if speakerKind(text[w.s:w.e]) == kindOther {
			break
		}
	}
	return ""
}

// nameAfter returns the name in the words that follow a verb, up to the
// first word that cannot be part of a name phrase.
func nameAfter(text string, ws []qspan) string {
	n := 0
	for n < len(ws) && speakerKind(text[ws[n].s:ws[n].e]) != kindOther {
		n++
	}
	return lastName(text, ws[:n])
}

func speakerBefore(text string, p int) string {
	lo := max(0, p-speakerWindow)
	q := p
	for q > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:q])
		if !isGapSpace(r) {
			break
		}
		q -= size
	}
	if q > lo && (text[q-1] == ':' || text[q-1] == ',') {
		q--
	} else if s, e := prevSpeakerWord(text, q, lo, false); s < e && strings.EqualFold(text[s:e], "that") {
		q = s
	} else {
		return ""
	}
	for range speakerWords {
		s, e := prevSpeakerWord(text, q, lo, true)
		if s == e {
			return ""
		}
		if english.IsSpeechVerb(strings.ToLower(text[s:e])) {
			var ws []qspan
			for q = s; len(ws) < speakerWords; {
				s, e := prevSpeakerWord(text, q, lo, false)
				if s == e || speakerKind(text[s:e]) == kindOther {
					break
				}
				ws = append(ws, qspan{s, e})
				q = s
			}
			slices.Reverse(ws)
			return lastName(text, ws)
		}
		q = s
	}
	return ""
}

// Kinds of word in a name phrase.
const (
	kindOther    = iota // ends a name phrase
	kindName            // a capitalised word
	kindTitle           // may precede a name: a title, determiner or pronoun
	kindParticle        // may stand inside a name: "von", "al"
)

func speakerKind(w string) int {
	if particles[w] {
		return kindParticle
	}
	r, size := utf8.DecodeRuneInString(w)
	if w == string(r)+"." && unicode.IsUpper(r) {
		return kindName // an initial
	}
	if speakerTitles[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return kindTitle
	}
	if size > 0 && (unicode.IsUpper(r) || unicode.IsTitle(r)) && !isCalendarWord(w) {
		return kindName
	}
	return kindOther
}

// lastName returns the last run of capitalised words in ws, at most four
// of them, with the name particles between them, or "" if there is none.
func lastName(text string, ws []qspan) string {
	end := len(ws) - 1
	for end >= 0 && speakerKind(text[ws[end].s:ws[end].e]) != kindName {
		end--
	}
	if end < 0 {
		return ""
	}
	start, names := end, 1
scan:
	for k := end - 1; k >= 0 && names < 4; k-- {
		switch speakerKind(text[ws[k].s:ws[k].e]) {
		case kindName:
			start, names = k, names+1
		case kindParticle:
		default:
			break scan
		}
	}
	return text[ws[start].s:ws[end].e]
}

func isGapSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }

// skipGap returns the offset of the first rune at or after p, before limit,
// that is not a space or tab.
func skipGap(text string, p, limit int) int {
	for p < limit {
		r, size := utf8.DecodeRuneInString(text[p:limit])
		if !isGapSpace(r) {
			break
		}
		p += size
	}
	return p
}

// speakerWordEnd returns the end of the word at text[p:limit], or p if no
// word starts there. A word is letters, digits and marks, joined by inner
// apostrophes, hyphens and dots ("Putin’s", "al-Sisi", "U.S"); an
// abbreviation of abbrevTitle or an initial keeps its final dot ("Mr.",
// "J.").
func speakerWordEnd(text string, p, limit int) int {
	e := p
	for e < limit {
		r, size := utf8.DecodeRuneInString(text[e:limit])
		if isWordRune(r) || unicode.IsMark(r) {
			e += size
			continue
		}
		if e > p && isJoiner(r) && e+size < limit {
			if next, _ := utf8.DecodeRuneInString(text[e+size : limit]); isWordRune(next) {
				e += size
				continue
			}
		}
		break
	}
	if e > p && e < limit && text[e] == '.' && isAbbrev(text[p:e]) {
		e++
	}
	return e
}

// prevSpeakerWord returns the word that ends before p, not before lo,
// skipping spaces and, if punct, the punctuation that may stand inside a
// clause (, : ( ) – —). It returns s == e if there is none.
func prevSpeakerWord(text string, p, lo int, punct bool) (s, e int) {
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:p])
		if !isGapSpace(r) && !(punct && strings.ContainsRune(",:()–—", r)) {
			break
		}
		p -= size
	}
	e = p
	if p > lo && text[p-1] == '.' {
		if s = wordStart(text, p-1, lo); s < p-1 && isAbbrev(text[s:p-1]) {
			return s, e
		}
		return p, p
	}
	return wordStart(text, p, lo), e
}

// wordStart returns the start of the word that ends at text[p], as
// speakerWordEnd delimits words, or p if there is none.
func wordStart(text string, p, lo int) int {
	s := p
	for s > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:s])
		if isWordRune(r) || unicode.IsMark(r) {
			s -= size
			continue
		}
		if s < p && isJoiner(r) && s-size > lo {
			if prev, _ := utf8.DecodeLastRuneInString(text[lo : s-size]); isWordRune(prev) {
				s -= size
				continue
			}
		}
		break
	}
	return s
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

// isAbbrev reports whether w, without its dot, is an initial or a title
// abbreviation that keeps its dot ("J.", "Mr.", "Gen."), or "St" (Saint,
// Street), which keeps it too but is no title: it stays in a name
// ("St. Clair").
func isAbbrev(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r) || english.IsTitle(w) || w == "St"
}

// isCalendarWord reports whether w is a capitalised month or day that
// follows a speaker without being part of the name (`said Ushakov
// Tuesday`): not "May", which is also a surname (english.HasOtherSense).
func isCalendarWord(w string) bool { return english.IsCalendarName(w) && !english.HasOtherSense(w) }

// speakerTitles are the lower-cased words that may precede a name but are
// not part of it: the roles of english.IsRole ("president", "aide"), the
// titles of english.IsTitle, lower-cased, and determiners and pronouns.
var speakerTitles = func() map[string]bool {
	m := setOf("the", "a", "an",
		"he", "she", "they", "we", "i", "it", "you")
	for _, t := range english.Roles() {
		m[t] = true
	}
	for _, t := range english.Titles() {
		m[strings.ToLower(t)] = true
	}
	return m
}()

var particles = setOf("von", "van", "der", "den", "de", "del", "della", "di",
	"da", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "dos")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ---------------------------------------------------------------------------
// Matching

// QuoteMatch is a quote both articles carry.
type QuoteMatch struct {
	A, B       int     // indices into the two quote lists
	Similarity float64 // 1 for the same words (after normalisation and canon), less when altered
}

// Thresholds of MatchQuotes.
const (
	minQuoteWords      = 3   // words both quotes need for a fuzzy or contained match
	minQuoteSimilarity = 0.6 // word Levenshtein ratio a fuzzy match needs
)

// MatchQuotes pairs quotes of a and b that are the same or nearly the same
// (fuzzy), each quote at most once, best matches first, result sorted by A.
//
// Quotes are compared as words: corpus.Tokenize, corpus.NormalizeWord,
// then canon unless it is nil. The same words match with Similarity 1
// whatever their number. A quote of three or more words found as a
// contiguous run of the other's words also has Similarity 1. Otherwise two
// quotes of three or more words match if their word-level Levenshtein ratio
// (1 - edits/longer length) is at least 0.6. Pairs are taken greedily by
// descending similarity, ties by A index, then B index.
func MatchQuotes(a, b []Quote, canon similarity.Canon) []QuoteMatch {
	wa, wb := quoteWords(a, canon), quoteWords(b, canon)
	var cands []QuoteMatch
	for i := range wa {
		for j := range wb {
			if s := quoteSimilarity(wa[i], wb[j]); s > 0 {
				cands = append(cands, QuoteMatch{A: i, B: j, Similarity: s})
			}
		}
	}
	slices.SortFunc(cands, func(x, y QuoteMatch) int {
		return cmp.Or(cmp.Compare(y.Similarity, x.Similarity), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	var out []QuoteMatch
	for _, c := range cands {
		if !usedA[c.A] && !usedB[c.B] {
			usedA[c.A], usedB[c.B] = true, true
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(x, y QuoteMatch) int { return cmp.Compare(x.A, y.A) })
	return out
}

// normQuote is a quote's normalised words, and the same words joined with
// a space before and after each ("␣w1␣w2␣"), so that a contiguous run of
// words is a substring.
type normQuote struct {
	words  []string
	joined string
}

func quoteWords(qs []Quote, canon similarity.Canon) []normQuote {
	out := make([]normQuote, len(qs))
	for i, q := range qs {
		words := q.Words(canon)
		out[i] = normQuote{words, " " + strings.Join(words, " ") + " "}
	}
	return out
}

// Words returns the words of q as [MatchQuotes] compares them:
// corpus.Tokenize, corpus.NormalizeWord, then canon unless it is nil.
func (q Quote) Words(canon similarity.Canon) []string {
	toks := corpus.Tokenize(q.Text)
	words := make([]string, len(toks))
	for k, t := range toks {
		words[k] = corpus.NormalizeWord(q.Text[t.Start:t.End])
		if canon != nil {
			words[k] = canon(words[k])
		}
	}
	return words
}

// quoteSimilarity returns the similarity of two quotes, or 0 if they do not
// match.
func quoteSimilarity(x, y normQuote) float64 {
	if len(x.words) == 0 || len(y.words) == 0 {
		return 0
	}
	if x.joined == y.joined {
		return 1
	}
	if len(x.words) > len(y.words) {
		x, y = y, x
	}
	if len(x.words) < minQuoteWords {
		return 0
	}
	if strings.Contains(y.joined, x.joined) {
		return 1
	}
	if s := wordRatio(x.words, y.words); s >= minQuoteSimilarity {
		return s
	}
	return 0
}

// wordRatio returns 1 - d/max(len(a), len(b)) for the word-level
// Levenshtein distance d of a and b, or 0 when it is surely below
// minQuoteSimilarity: d is at least the longer length minus the words the
// two have in common, which is cheap to count.
//
// It is its own Levenshtein, not strutil's (metrics.Levenshtein, used on
// characters elsewhere): it edits words, not runes, and is bounded, giving
// up before the quadratic table when the ratio cannot reach the threshold.
func wordRatio(a, b []string) float64 {
	n := max(len(a), len(b))
	count := make(map[string]int, len(a))
	for _, w := range a {
		count[w]++
	}
	common := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if float64(common) < minQuoteSimilarity*float64(n) {
		return 0
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(b)])/float64(n)
}
