package pipeline

import (
	"time"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/internal/fanout"
	"github.com/newsfold/compare/similarity"
)

// ReportOptions bound what [Report] expands. A dump of tens of thousands
// of articles has thousands of events: each is listed, and the largest are
// expanded (coverage, similarity, quotes, diffs), within these bounds.
// Zero values take the defaults; a negative value is no bound.
type ReportOptions struct {
	// Events is how many events of more than one article are expanded,
	// largest first ([DefaultReportEvents]); the others are listed in the
	// index only.
	Events int
	// Articles bounds the articles of one event compared with each other
	// ([DefaultReportArticles]): one per duplicate group (its original; or,
	// when the original is not in the event, the group's first member in
	// it), each outlet's first before any outlet's second, and so on, in
	// input order within each round. Articles past the bound are listed in
	// the coverage table without the shares that need the comparison. Every
	// pair of the compared is aligned: the cost grows with the square of
	// the bound.
	Articles int
	// Diffs is how many pairs of each expanded event are diffed side by
	// side ([DefaultReportDiffs]); see [EventReport.Diffs] for which.
	Diffs int
}

// Defaults of [ReportOptions], chosen on the dumps of docs/benchmarks.md.
//
// Events: AllSides (37,554 articles) has 6,761 events of more than one
// article, most of them two to four articles; the 100 largest hold 15 to
// 56 articles and 1 to 25 outlets (11 at the median), the stories a reader
// opens the report for. Expanding them costs 2,800 alignments, a few
// seconds beside the half minute of the stages (see [Report]), and the
// cost grows with the events expanded; BASIL dev (50 events) and the seeds
// are expanded whole.
//
// Articles: 8 compared articles are 28 aligned pairs per event and an 8×8
// similarity matrix a laptop screen shows whole. In 70 of AllSides' 100
// largest events more than 8 outlets write: each outlet's first article
// comes before any second, so the 8 are 8 outlets. 16 would be 120 pairs,
// four times the cost, for a matrix nobody reads.
//
// Diffs: a side-by-side diff is as long as its two articles. BASIL's
// events are told by three outlets, three pairs: 3 diffs shows every pair
// of them; on AllSides it is 297 diffs in all, the most informative pair
// of an event first.
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
	// first, ties the gravest first, then by kind: a kind is a severity and
	// a message with its specifics (numbers, quoted strings: ids, values)
	// folded by [corpus.Diagnostic.Kind], the rule the terminal groups
	// diagnostics by, so that a thousand `duplicate id "x" renamed "x#2"`
	// read as one kind.
	DiagnosticKinds []DiagnosticKind

	// Expanded are the expanded events, largest first: the first
	// Options.Events of Result.Events.Events that have more than one
	// article.
	Expanded []EventReport
	// Quotes are the quotes that articles of more than one outlet carry,
	// anywhere in the dump (across events too): a quote a singleton shares
	// with another story shows here. A quote is its words as
	// [align.MatchQuotes] compares them (normalised, spellings folded by
	// the lexicon), at least [MinSharedQuoteWords] of them, matched whole
	// (a quote cut or altered is matched within an event, not across the
	// dump). Most outlets first, then most articles, then by first
	// article.
	Quotes []SharedQuote

	dups duplicates // each article's duplicate group, for Role
}

// Role returns the role of article i in the duplicates of the dump, as
// the coverage tables give it (see [Coverage]), and, for a copy, its
// group's original (-1 otherwise): what a listing of articles outside the
// expanded events (a singleton, a duplicate group) shows.
func (r *ReportResult) Role(i int) (role Role, copyOf int) { return r.dups.role(r.Dump, i) }

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
	// Example is the first diagnostic of the kind, whole, as a terminal
	// writes it ([corpus.Diagnostic.String]: path, line, severity, message,
	// control characters shown escaped).
	Example string
	Count   int
}

// EventReport is one expanded event.
//
// "Different outlets" are articles of different Outlet names; an article
// of no known outlet (corpus.UnknownOutlet) counts as an outlet of its own,
// since it may be any publisher's: what it shares with another article is
// not known to be one outlet's own text.
type EventReport struct {
	// Event is the event, as [Result.Events] holds it.
	Event *event.Event
	// Compared are the article numbers compared with each other (see
	// [ReportOptions.Articles]), in the order of the Similarity matrix.
	Compared []int
	// Coverage has a row per member of the event, in member order.
	Coverage []Coverage
	// Similarity is the combined similarity (similarity.Combine) of each
	// pair of Compared, Compared order; 1 on the diagonal. It is what
	// similarity.ComparePair gives, as `compare similarity` scores a pair,
	// with the IDF weights of the dump as events weighs it
	// (event.Builder.Vocabulary): every article's compared words, so a
	// headline-only article counts by its title, and spellings folded by
	// the lexicon even under NoFold.
	Similarity [][]float64
	// Framing is the variants used within the event (nil when the event
	// uses none), with example sentences in its Evidence. Unlike the dump's
	// analysis, it reads the event's articles of no known outlet too,
	// pooled under corpus.UnknownOutlet (framing.Options.UnknownInEvents).
	Framing *framing.EventUse
	// Passages are the passages that compared articles of different
	// outlets share (align.Result.Passages), but boilerplate (marked as
	// align.Options.Background marks it, with the whole dump for
	// background), merged across pairs: the two places of a passage are
	// one, and two places in one article are one when they overlap over at
	// least half the shorter. Longest first, then by articles, then by
	// place.
	Passages []SharedPassage
	// Quotes are the quotes of the compared articles, each once, with who
	// carries it as written, who alters it and who leaves it out (by
	// align.MatchQuotes, pair by pair, taken from the first article that
	// writes it); quotes carried by more articles first, then in input
	// order.
	Quotes []EventQuote
	// Diffs are the side-by-side diffs of the event's most informative
	// pairs: pairs of Compared of different outlets, most substitutions
	// (align.Result.Substitutions, each counted as often as it occurs)
	// plus unaligned sentences (OnlyA and OnlyB) first, ties by input order
	// (of A, then of B); at most Options.Diffs. Their passages are marked
	// boilerplate as Passages are.
	Diffs []Alignment
}

// Role is an article's part in the duplicates of the dump (Result.Dedup)
// and its republication: copy for a member of a duplicate group other than
// its original, whatever its chrome (the group names what it copies);
// else republished when it carries republisher chrome
// (corpus.Article.Republished); else original for a group's original;
// else none.
type Role string

// Roles of [Coverage] and [ReportResult.Role].
const (
	// RoleOriginal is a duplicate group's original: its earliest-dated
	// member (similarity.Group.Original), or its first member when no date
	// tells (a tie, or no dates).
	RoleOriginal    Role = "original"
	RoleCopy        Role = "copy"        // another member of a duplicate group
	RoleRepublished Role = "republished" // carries republisher chrome
	RoleNone        Role = ""            // none of those
)

// Coverage is one article's row in its event's coverage table.
type Coverage struct {
	Article int // article number
	// Words are its title's and body's words, as align counts them
	// (align.Summary.WordsA).
	Words int
	// Shared is the share of its words that the compared articles of other
	// outlets carry too: those the word diffs of its alignments with them
	// keep (align.Result.Kept), counted once however many keep them; -1
	// when the article was not compared.
	Shared float64
	// Only is the number of its sentences no other compared article
	// carries (of any outlet: aligned with none of them); -1 when it was
	// not compared.
	Only int
	Role Role
	// CopyOf is, for a copy, its duplicate group's original; -1 otherwise.
	CopyOf int
}

// SharedPassage is a run of words several articles of an event carry.
type SharedPassage struct {
	// Text is the first article's, from the start of the passage's first
	// place there to the end of its last.
	Text     string
	Words    int   // of Text
	Articles []int // article numbers, input order
}

// EventQuote is one quote within an event.
type EventQuote struct {
	Text    string // as the first article carrying it writes it
	Speaker string // the first a pattern found; "" when none did
	// Carried are the articles carrying it word for word: the same words
	// after normalisation and spelling folds, or, for three words or more,
	// cut from a longer quote (align.MatchQuotes' similarity 1).
	Carried []int
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
	Text     string // as the first article writes it
	Speaker  string // the first a pattern found; "" when none did
	Articles []int  // article numbers, input order
}

// withDefaults fills the zero bounds of o with the defaults.
func (o ReportOptions) withDefaults() ReportOptions {
	if o.Events == 0 {
		o.Events = DefaultReportEvents
	}
	if o.Articles == 0 {
		o.Articles = DefaultReportArticles
	}
	if o.Diffs == 0 {
		o.Diffs = DefaultReportDiffs
	}
	return o
}

// Report reads the dump at paths once and runs dedup, events and framing
// on it, as [Run] does, then reports on it: the dump's outlets, timeline,
// diagnostics and shared quotes, and the largest events expanded within
// the bounds of ro (see [ReportResult]). The events are expanded on opt's
// workers, each on one; the result is the same whatever their number.
//
// What it adds to the stages is bounded by ro, not by the dump, but for
// one more scan of every article for its quotes: for each expanded event,
// the alignments of every pair of its compared articles and their
// similarity scores; for the dump, the outlets' boilerplate among the
// passages found ([align.MarkBoilerplate]), read from the shingle sets
// dedup made. It reuses what the stages made rather than make it again:
// dedup's duplicate groups and shingles, events' IDF weights, framing's
// tables of each event.
func Report(paths []string, opt Options, ro ReportOptions) (*ReportResult, error) {
	ro = ro.withDefaults()
	res, err := Run(paths, opt, Stages{Dedup: true, Events: true, Framing: true, report: true})
	if err != nil {
		return nil, err
	}
	opt.stage(StageExpanding)
	arts := res.Dump
	r := &ReportResult{Result: res, Options: ro, dups: duplicatesOf(len(arts), res.Dedup.Groups)}
	r.summarise()
	workers := opt.workers()
	c := &reportContext{
		arts:   arts,
		outlet: outletKeys(arts),
		dups:   r.dups,
		ro:     ro,
		aopt:   align.Options{Canon: opt.lexicon().Canon()},
	}

	var expanded []*event.Event
	for k := range res.Events.Events {
		e := &res.Events.Events[k]
		if len(e.Members) > 1 && (ro.Events < 0 || len(expanded) < ro.Events) {
			expanded = append(expanded, e)
		}
	}
	work := make([]*eventWork, len(expanded))
	fanout.Each(len(expanded), workers, func(k int) { work[k] = compareEvent(c, expanded[k]) })

	quotes := make([][]articleQuote, len(arts))
	fanout.Each(len(arts), workers, func(i int) { quotes[i] = dumpQuotes(arts[i], c.aopt.Canon) })
	r.Quotes = sharedQuotes(quotes, c.outlet)

	var aligned []align.Aligned
	for _, w := range work {
		for _, p := range w.pairs {
			if len(p.r.Passages) > 0 {
				aligned = append(aligned, align.Aligned{A: arts[w.rep.Compared[p.x]], B: arts[w.rep.Compared[p.y]], Result: p.r})
			}
		}
	}
	align.MarkBoilerplate(aligned, arts, heldShingles(res.Dedup.Deduper, arts, c.aopt), c.aopt, workers)

	vocab, dopt := res.Events.vocab, opt.dedupOptions()
	res.Events.vocab = nil
	fanout.Each(len(work), workers, func(k int) { finishEvent(c, work[k], vocab, dopt) })
	uses := map[string]*framing.EventUse{}
	for k := range res.Framing.Analysis.Events {
		u := &res.Framing.Analysis.Events[k]
		uses[u.ID] = u
	}
	r.Expanded = make([]EventReport, len(work))
	for k, w := range work {
		w.rep.Framing = uses[w.rep.Event.ID]
		r.Expanded[k] = w.rep
	}
	return r, nil
}

// heldShingles returns the shingle sets dedup made of the articles when
// they are the ones alignment's boilerplate reads (see
// [align.MarkBoilerplate]): of the same words (the body: not a
// headline-only article's, whose title dedup shingled), the same size and
// the same spelling folds (the lexicon's, unless NoFold). Nil when they
// are not.
func heldShingles(dd *similarity.Deduper, arts []*corpus.Article, aopt align.Options) func(i int) []uint64 {
	do := dd.Options()
	shingle := aopt.Shingle
	if shingle <= 0 {
		shingle = align.DefaultShingle
	}
	if do.Shingle != shingle || do.Canon == nil {
		return nil
	}
	return func(i int) []uint64 {
		if arts[i].TitleOnly() {
			return nil
		}
		return dd.Shingles(i)
	}
}
