// Package corpus turns dumps of news articles into clean [Article] values.
//
// It reads the forms scrapers deliver (seed-style .txt, JSONL, JSON, CSV,
// TSV, each optionally gzip-compressed), repairs what it can, reports what it
// cannot as [Diagnostic] values, removes site chrome, infers missing metadata
// and computes tokens and sentences once so later stages never re-read text.
//
// It trades completeness for boundedness: an article larger than
// [Options.MaxBytes] is truncated or skipped (and reported) rather than held
// whole, and chrome learning removes only what repeats across distinct
// stories of one outlet and is not prose (short lines, the openings of
// lines that vary after them, title affixes), so a rare boilerplate line
// may survive rather than a real sentence being lost.
package corpus

import "time"

// DateSource says where an article's date came from.
type DateSource string

const (
	DateHeader DateSource = "header" // the " date YYYY-MM-DD" first line of a .txt
	DateField  DateSource = "field"  // a date field of a structured record
	DateURL    DateSource = "url"    // a /YYYY/MM/DD/ or YYYY-MM-DD date in the URL's path
	DateText   DateSource = "text"   // inferred from dates written in the body
	DateNone   DateSource = "none"   // not known
)

// OutletSource says which rule set an article's outlet.
type OutletSource string

const (
	OutletField    OutletSource = "field"    // an outlet field of a structured record
	OutletManifest OutletSource = "manifest" // a rule of the outlets manifest ([Options.Outlets])
	OutletURL      OutletSource = "url"      // the host of the article's URL
	OutletMarker   OutletSource = "marker"   // the text: republisher chrome ("Site icon NAME") or a marker ("(MENAFN)", "(AP)")
	OutletNone     OutletSource = "unknown"  // no rule found one: Outlet is [UnknownOutlet]
)

// UnknownOutlet is the Outlet of an article no rule found one for.
const UnknownOutlet = "unknown"

// Span is a half-open byte range [Start, End) into a string.
type Span struct {
	Start, End int32
}

// Article is one cleaned news article.
type Article struct {
	ID          string       // unique within a load: file name, id field, or FILE:LINE
	Outlet      string       // publisher; [UnknownOutlet] when no rule found one
	OutletFrom  OutletSource // which rule set Outlet
	Republished bool         // carries republisher chrome ("Source link", "Site icon")
	Date        time.Time    // publication day (UTC midnight); zero when unknown
	DateSource  DateSource   // where Date came from
	Status      int          // the number on a " date YYYY-MM-DD NNN" header; 0 if none
	Title       string
	URL         string

	Path string // the file the article came from ("-" for stdin)
	Line int    // 1-based line where its record starts

	// Text is the cleaned body in Unicode NFC, kept for display: chrome lines
	// removed, line endings LF, paragraphs separated by blank lines.
	Text string
	// Norm is the normalised form for matching: the words of Text, lower-cased,
	// with quotes and dashes folded, joined by single spaces. It holds exactly
	// len(Tokens) words, in order.
	Norm string
	// Tokens are the word tokens of Text (Unicode word boundaries; punctuation
	// and spaces dropped), as byte spans into Text.
	Tokens []Span
	// Sentences are byte spans into Text.
	Sentences []Span
	// Chrome holds the lines removed from the body as site chrome, as the
	// rules removed them (listed rules, the republisher's tagline, lines
	// learned from the outlet, then lines or line openings learned as its
	// templates): kept because some matter later (a credit line such as "The
	// Associated Press contributed to this report." tells who wrote it).
	Chrome []string
	// TitleChrome holds what was removed from the title as site chrome:
	// the affixes learned from the outlet's titles ("OPINION: ",
	// " « War in Ukraine | Censor.NET"), prefix first.
	TitleChrome []string
	// DateUnread is a header or field date that was given but could not be
	// read, as written ("2025-13-45"); Date then comes from the URL or the
	// text, or is zero. One warning reports both.
	DateUnread string
}

// Words returns the normalised words of the article: substrings of Norm, or,
// when the article was read without it (Options.NoNorm), each token
// normalised afresh.
func (a *Article) Words() []string {
	if a.Norm == "" && len(a.Tokens) > 0 {
		out := make([]string, len(a.Tokens))
		for i, t := range a.Tokens {
			out[i] = NormalizeWord(a.Text[t.Start:t.End])
		}
		return out
	}
	return splitSpaces(a.Norm, len(a.Tokens))
}

// TitleOnly reports whether a has no body, only a title (a headline dump).
// Such an article is compared on its title: this is the one place that rule
// is written; [Article.ComparedText] and [Article.ComparedWords] apply it.
func (a *Article) TitleOnly() bool { return len(a.Tokens) == 0 }

// ComparedText returns the text an article is compared on and its word
// tokens: the body and [Article.Tokens], or the title, tokenised afresh,
// when it has no body ([Article.TitleOnly]).
func (a *Article) ComparedText() (text string, tokens []Span) {
	if a.TitleOnly() {
		return a.Title, Tokenize(a.Title)
	}
	return a.Text, a.Tokens
}

// ComparedWords returns the normalised words of [Article.ComparedText]:
// [Article.Words], or the title's [Words] when it has no body.
func (a *Article) ComparedWords() []string {
	if a.TitleOnly() {
		return Words(a.Title)
	}
	return a.Words()
}

// Words returns the normalised words of any text (a title, a query) as an
// article's are made: [Tokenize], then [Normalize].
func Words(text string) []string {
	toks := Tokenize(text)
	return splitSpaces(Normalize(text, toks), len(toks))
}

// Sentence returns the text of sentence i.
func (a *Article) Sentence(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

func splitSpaces(s string, n int) []string {
	out := make([]string, 0, n)
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
