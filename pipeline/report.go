package pipeline

import (
	"time"

	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
)

// ReportOptions bound what [Report] expands. A dump of tens of thousands
// of articles has thousands of events: each is listed, and the largest are
// expanded (coverage, similarity, quotes, diffs), within these bounds.
// Zero values take the defaults.
type ReportOptions struct {
	// Events is how many events of more than one article are expanded,
	// largest first ([DefaultReportEvents]); the others are listed in the
	// index only. Negative expands every one.
	Events int
	// Articles bounds the articles of one event compared with each other
	// ([DefaultReportArticles]): one per duplicate group (its original, or
	// its first member), each outlet's first before any outlet's second, in
	// input order within that. Articles past the bound are listed in the
	// coverage table without the shares that need the comparison.
	Articles int
	// Diffs is how many pairs of each expanded event are diffed side by
	// side ([DefaultReportDiffs]); see [EventReport.Diffs] for which.
	Diffs int
}

// Defaults of [ReportOptions].
const (
	DefaultReportEvents   = 100
	DefaultReportArticles = 8
	DefaultReportDiffs    = 3
)

// ReportResult is a whole dump's report: what [Run] found with every stage
// (load, dedup, events, framing), and what [Report] adds per event.
type ReportResult struct {
	*Result // Dump, Dedup, Events, Framing (Alignments unused)

	// Options are the bounds the report was made with, defaults filled.
	Options ReportOptions

	// Start and End are the earliest and latest article dates; zero when
	// no article is dated.
	Start, End time.Time
	// Outlets are the outlets of the dump, most articles first, ties by
	// name.
	Outlets []ReportOutlet
	// Timeline is each outlet's articles per day, dated articles only,
	// by day then outlet.
	Timeline []DayCount
	// DiagnosticKinds counts the diagnostics of the input by kind, most
	// first: a kind is a severity and a message with its specifics (the
	// numbers, quoted values, ids) folded, so that a thousand "line N: no
	// text" read as one kind.
	DiagnosticKinds []DiagnosticKind

	// Expanded are the expanded events, largest first: the first
	// Options.Events of Result.Events.Events that have more than one
	// article.
	Expanded []EventReport
	// Quotes are the quotes that articles of more than one outlet carry,
	// anywhere in the dump (across events too), most outlets first: a
	// quote a singleton shares with another story shows here.
	Quotes []SharedQuote
}

// ReportOutlet is one outlet of a dump.
type ReportOutlet struct {
	Name        string
	Articles    int
	Start, End  time.Time // its first and last dates; zero when none is dated
	Republished int       // articles carrying republisher chrome
}

// DayCount is how many articles an outlet published on a day.
type DayCount struct {
	Day      time.Time // UTC midnight
	Outlet   string
	Articles int
}

// DiagnosticKind is a kind of diagnostic and how many of it the input had.
type DiagnosticKind struct {
	Severity string
	Kind     string // the message with its specifics folded
	Example  string // the first diagnostic of the kind, whole
	Count    int
}

// EventReport is one expanded event.
type EventReport struct {
	// Event is the event, as [Result.Events] holds it.
	Event *event.Event
	// Compared are the article numbers compared with each other (see
	// [ReportOptions.Articles]), in the order of the Similarity matrix.
	Compared []int
	// Coverage has a row per member of the event, in member order.
	Coverage []Coverage
	// Similarity is the combined similarity (similarity.Combine) of each
	// pair of Compared, Compared order; 1 on the diagonal.
	Similarity [][]float64
	// Framing is the variants used within the event (nil when the event
	// uses none), with example sentences in its Evidence.
	Framing *framing.EventUse
	// Passages are the passages that compared articles of different
	// outlets share, longest first.
	Passages []SharedPassage
	// Quotes are the quotes of the compared articles, each once, with who
	// carries it as written, who alters it and who leaves it out; quotes
	// carried by more articles first.
	Quotes []EventQuote
	// Diffs are the side-by-side diffs of the event's most informative
	// pairs: pairs of Compared of different outlets, most substitutions
	// plus unaligned sentences first, ties by input order; at most
	// Options.Diffs.
	Diffs []Alignment
}

// Role is an article's part in the duplicates of its event.
type Role string

// Roles of [Coverage].
const (
	RoleOriginal    Role = "original"    // the earliest of a duplicate group
	RoleCopy        Role = "copy"        // a later copy of a duplicate group
	RoleRepublished Role = "republished" // carries republisher chrome
	RoleNone        Role = ""            // none of those
)

// Coverage is one article's row in its event's coverage table.
type Coverage struct {
	Article int // article number
	Words   int
	// Shared is the share of its words that the compared articles of other
	// outlets carry too (the aligned pairs' kept words); -1 when the
	// article was not compared.
	Shared float64
	// Only is the number of its sentences no other compared article
	// carries; -1 when it was not compared.
	Only int
	Role Role
	// CopyOf is the original (or first member) of its duplicate group for
	// a copy; -1 otherwise.
	CopyOf int
}

// SharedPassage is a run of words several articles of an event carry.
type SharedPassage struct {
	Text     string // as the first article writes it
	Words    int
	Articles []int // article numbers, input order
}

// EventQuote is one quote within an event.
type EventQuote struct {
	Text    string // as the first article carrying it writes it
	Speaker string // "" when no pattern found one
	Carried []int  // articles carrying it word for word (after normalisation)
	Altered []AlteredQuote
	Omitted []int // compared articles that carry neither
}

// AlteredQuote is a quote an article carries with other words.
type AlteredQuote struct {
	Article    int
	Text       string
	Similarity float64 // align.QuoteMatch's
}

// SharedQuote is a quote that articles of more than one outlet carry.
type SharedQuote struct {
	Text     string
	Speaker  string
	Articles []int // article numbers, input order
}
