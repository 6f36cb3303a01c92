package pipeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/similarity"
)

// This file fills the dump-wide parts of a report: the date span, the
// outlets and their timeline, the diagnostics by kind, and the quotes
// shared across outlets.

// MinSharedQuoteWords is the fewest words a quote needs to count among the
// quotes a dump's outlets share ([ReportResult.Quotes]). Short quotes are
// words and phrases every outlet puts in quotation marks. Of AllSides'
// quotes that more than one outlet carries, 5,221 are one word ("no" in
// 78 outlets, "yes" in 63, "racist", "hoax"), 5,415 two ("fake news",
// "witch hunt", "deep state") and 2,501 three ("Black lives matter",
// "Medicare for All", "Meet the Press"): labels, slogans and show titles,
// shared because everyone names them, not because anyone quoted someone.
// From four words on (7,694 quotes) statements come in ("very fine people
// on both sides", "I alone can fix it"); four is also the length of the
// seeds' "very useful and constructive", which 001 and 003 share. Slogans
// of four words and more remain ("Make America Great Again", in 56
// outlets, comes first): no count of words tells them from a statement.
const MinSharedQuoteWords = 4

// summarise fills the dump-wide counts of r: its date span, its outlets,
// their timeline and the diagnostics by kind.
func (r *ReportResult) summarise() {
	type outletDay struct {
		day    time.Time
		outlet string
	}
	outlets := map[string]*ReportOutlet{}
	days := map[outletDay]int{}
	for _, a := range r.Dump {
		o := outlets[a.Outlet]
		if o == nil {
			o = &ReportOutlet{Name: a.Outlet}
			outlets[a.Outlet] = o
		}
		o.Articles++
		if a.Republished {
			o.Republished++
		}
		if a.Date.IsZero() {
			continue
		}
		o.Start, o.End = spanWith(o.Start, o.End, a.Date)
		r.Start, r.End = spanWith(r.Start, r.End, a.Date)
		days[outletDay{a.Date.UTC().Truncate(24 * time.Hour), a.Outlet}]++
	}
	for _, o := range outlets {
		r.Outlets = append(r.Outlets, *o)
	}
	slices.SortFunc(r.Outlets, func(x, y ReportOutlet) int {
		return cmp.Or(cmp.Compare(y.Articles, x.Articles), cmp.Compare(x.Name, y.Name))
	})
	for k, n := range days {
		r.Timeline = append(r.Timeline, DayCount{Day: k.day, Outlet: k.outlet, Articles: n})
	}
	slices.SortFunc(r.Timeline, func(x, y DayCount) int {
		return cmp.Or(x.Day.Compare(y.Day), cmp.Compare(x.Outlet, y.Outlet))
	})
	r.DiagnosticKinds = diagnosticKinds(r.Diagnostics)
}

// spanWith widens the span [start, end] to hold t; a zero start is an
// empty span.
func spanWith(start, end, t time.Time) (time.Time, time.Time) {
	if start.IsZero() || t.Before(start) {
		start = t
	}
	if end.IsZero() || t.After(end) {
		end = t
	}
	return start, end
}

// diagnosticKinds counts diags by severity and [corpus.Diagnostic.Kind]:
// most first, ties the gravest first, then by kind. A kind's Example is
// its first diagnostic, as a terminal writes it (path, line, severity,
// message).
func diagnosticKinds(diags []corpus.Diagnostic) []DiagnosticKind {
	index := map[[2]string]int{}
	var out []DiagnosticKind
	for _, d := range diags {
		key := [2]string{string(d.Severity), d.Kind()}
		k, ok := index[key]
		if !ok {
			k = len(out)
			index[key] = k
			out = append(out, DiagnosticKind{Severity: key[0], Kind: key[1], Example: d.String()})
		}
		out[k].Count++
	}
	rank := func(s string) int { return slices.Index(corpus.Severities, corpus.Severity(s)) }
	slices.SortStableFunc(out, func(x, y DiagnosticKind) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(rank(y.Severity), rank(x.Severity)), cmp.Compare(x.Kind, y.Kind))
	})
	return out
}

// articleQuote is a quote of an article, as the dump-wide search keeps it.
type articleQuote struct {
	// key is the hash of its words as MatchQuotes compares them: two
	// distinct quotes of a dump of n share one with probability about
	// n²/2⁶⁵, a few in a billion for AllSides' 300,000.
	key           uint64
	text, speaker string
}

// dumpQuotes returns the quotes of an article that the dump-wide search
// reads: those of at least MinSharedQuoteWords words, each once.
func dumpQuotes(a *corpus.Article, canon similarity.Canon) []articleQuote {
	var out []articleQuote
	for _, q := range align.FindQuotes(a.Text) {
		ws := q.Words(canon)
		if len(ws) < MinSharedQuoteWords {
			continue
		}
		key := xxhash.Sum64String(strings.Join(ws, " "))
		if !slices.ContainsFunc(out, func(x articleQuote) bool { return x.key == key }) {
			out = append(out, articleQuote{key, q.Text, q.Speaker})
		}
	}
	return out
}

// sharedQuotes returns the quotes that articles of more than one outlet
// carry, perArticle holding each article's quotes (see dumpQuotes): the
// same words after normalisation and the lexicon's spelling folds, as
// [align.MatchQuotes] finds identical quotes (a quote cut or altered by
// one outlet is matched within an event, not across the dump: that needs
// every pair of quotes compared). Text is the first article's, Speaker the
// first found; most outlets first, then most articles, then by first
// article. outletKey tells the outlets apart.
func sharedQuotes(perArticle [][]articleQuote, outletKey func(i int) string) []SharedQuote {
	type entry struct {
		q       SharedQuote
		outlets map[string]bool
	}
	index := map[uint64]*entry{}
	var order []*entry
	for i, qs := range perArticle {
		for _, q := range qs {
			e := index[q.key]
			if e == nil {
				e = &entry{q: SharedQuote{Text: q.text}, outlets: map[string]bool{}}
				index[q.key] = e
				order = append(order, e)
			}
			if e.q.Speaker == "" {
				e.q.Speaker = q.speaker
			}
			e.q.Articles = append(e.q.Articles, i)
			e.outlets[outletKey(i)] = true
		}
	}
	var kept []*entry
	for _, e := range order {
		if len(e.outlets) > 1 {
			kept = append(kept, e)
		}
	}
	slices.SortStableFunc(kept, func(x, y *entry) int {
		return cmp.Or(cmp.Compare(len(y.outlets), len(x.outlets)), cmp.Compare(len(y.q.Articles), len(x.q.Articles)))
	})
	out := make([]SharedQuote, len(kept))
	for k, e := range kept {
		out[k] = e.q
	}
	return out
}

// outletKeys returns each article's outlet as the report tells outlets
// apart: its name, or, for an article of no known outlet, a key of its
// own. An unnamed article may be of any publisher, so what it shares with
// another is not known to be one outlet's own text.
func outletKeys(arts []*corpus.Article) func(i int) string {
	return func(i int) string {
		if o := arts[i].Outlet; o != corpus.UnknownOutlet {
			return o
		}
		return "\x00" + strconv.Itoa(i)
	}
}
