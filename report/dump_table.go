package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/internal/escape"
	"github.com/newsfold/compare/pipeline"
)

// Table writes the terminal summary of the dump, or its Markdown when md
// is set (see [Dump.markdown]).
//
// The terminal summary is the dump in a few screens: what was read (articles,
// outlets, date span, diagnostics by kind), the largest duplicate groups,
// the lexicon variants on which outlets differ, the quotes that several
// outlets carry, the index of events (largest first), and a compact block
// for each of the first expanded events: its coverage table, the variants
// its outlets differ on and the quotes more than one of its articles carry.
// Every list is bounded (dumpRows, terminalEvents) and says how many more
// the HTML and the JSON hold.
func (d *Dump) Table(w io.Writer, md bool) error {
	v := d.view()
	if md {
		return d.markdown(w, v)
	}
	return d.terminal(w, v)
}

// headLines are the first lines of the summary: what was read, the events
// and what else was found.
func (d *Dump) headLines(v *dumpView) []string {
	s := v.Summary
	read := fmt.Sprintf("%s from %s", plural(s.Articles, "article"), plural(s.Outlets, "outlet"))
	if s.Start != nil {
		read += ", " + event.DateSpan(d.R.Start, d.R.End)
	}
	if s.Republished > 0 {
		read += fmt.Sprintf("; %s republished", thousands(s.Republished))
	}
	evs := fmt.Sprintf("%s: %s of more than one article, %s", plural(s.Events, "event"), thousands(s.Grouped), plural(s.Singletons, "singleton"))
	if s.Expanded > 0 {
		evs += fmt.Sprintf("; %s expanded, largest first", thousands(s.Expanded))
	}
	var found []string
	switch s.DuplicateGroups {
	case 0:
		found = append(found, "no duplicate groups")
	default:
		found = append(found, fmt.Sprintf("%s (%s)", plural(s.DuplicateGroups, "duplicate group"), plural(s.Duplicates, "copy")))
	}
	if s.SharedQuotes == 0 {
		found = append(found, "no quote carried by more than one outlet")
	} else {
		found = append(found, plural(s.SharedQuotes, "quote")+" carried by more than one outlet")
	}
	if s.Diagnostics == 0 {
		found = append(found, "no diagnostics")
	} else {
		found = append(found, fmt.Sprintf("%s of %s", plural(s.Diagnostics, "diagnostic"), plural(len(v.DiagnosticKinds), "kind")))
	}
	out := []string{read, evs, strings.Join(found, "; ")}
	if !d.Generated.IsZero() {
		out = append(out, "generated "+d.Generated.UTC().Format("2006-01-02 15:04:05 UTC"))
	}
	return out
}

// plural is n and noun, in the plural unless n is 1: "1 article", "5
// articles", "2 copies".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		noun = strings.TrimSuffix(noun, "y") + "ies"
	} else {
		noun += "s"
	}
	return fmt.Sprintf("%s %s", thousands(n), noun)
}

var dumpOutletTable = []column[DumpOutlet]{
	{"outlet", func(o DumpOutlet) string { return o.Outlet }},
	{"articles", func(o DumpOutlet) string { return strconv.Itoa(o.Articles) }},
	{"first", func(o DumpOutlet) string { return deref(o.Start) }},
	{"last", func(o DumpOutlet) string { return deref(o.End) }},
	{"republished", func(o DumpOutlet) string { return strconv.Itoa(o.Republished) }},
}

var dumpDiagnosticTable = []column[DumpDiagnosticKind]{
	{"severity", func(k DumpDiagnosticKind) string { return k.Severity }},
	{"count", func(k DumpDiagnosticKind) string { return strconv.Itoa(k.Count) }},
	{"first of the kind", func(k DumpDiagnosticKind) string { return k.Example }},
}

var dumpArticleTable = []column[DumpArticle]{
	{"article", func(a DumpArticle) string { return a.Article }},
	{"outlet", func(a DumpArticle) string { return a.Outlet }},
	{"date", func(a DumpArticle) string { return deref(a.Date) }},
	{"event", func(a DumpArticle) string { return a.Event }},
	{"title", func(a DumpArticle) string { return a.Title }},
}

var dumpQuoteTable = []column[DumpQuote]{
	{"quote", func(q DumpQuote) string { return "“" + q.Text + "”" }},
	{"speaker", func(q DumpQuote) string { return q.Speaker }},
	{"outlets", func(q DumpQuote) string { return strings.Join(q.Outlets, ", ") }},
	{"ids", func(q DumpQuote) string { return strings.Join(q.Articles, " ") }},
}

// dumpEventTable is the events index: largest first, singletons last.
var dumpEventTable = []column[Event]{
	{"event", Event.id},
	{"articles", Event.size},
	{"outlets", func(e Event) string { return strconv.Itoa(len(e.Outlets)) }},
	{"label", Event.label},
}

// coverageTable are the columns of an event's coverage table; a narrow
// terminal's leaves out the titles (see terminalCoverage).
var coverageTable = []column[DumpCoverage]{
	{"article", func(c DumpCoverage) string { return c.Article }},
	{"outlet", func(c DumpCoverage) string { return c.Outlet }},
	{"date", func(c DumpCoverage) string { return deref(c.Date) }},
	{"words", func(c DumpCoverage) string { return strconv.Itoa(c.Words) }},
	{"shared", func(c DumpCoverage) string {
		if c.Shared == nil {
			return "–"
		}
		return percent(*c.Shared)
	}},
	{"only", func(c DumpCoverage) string {
		if c.Only == nil {
			return "–"
		}
		return strconv.Itoa(*c.Only)
	}},
	{"role", DumpCoverage.role},
	{"title", func(c DumpCoverage) string { return c.Title }},
}

// minTitle is the narrowest a title column of a terminal's coverage table
// may be: narrower, a title wraps to a word or two a line, and the table is
// clearer without it (the event's headline is above it).
const minTitle = 30

// terminalCoverage returns the columns of the coverage table of e on a
// terminal of width columns (0 for no bound). The titles are there when
// they can be minTitle wide beside the other columns at their widest.
// When even the narrowest of the others are too wide (long ids), the
// columns a reader misses least go first: the dates (the event's are in
// its label), the words, and the roles when no article has one; then
// writeTable's own rule goes on. So the shares that the table is for stay
// when they can: BASIL dev's ids take 44 columns of 80.
func terminalCoverage(e DumpEvent, width int) []column[DumpCoverage] {
	if width <= 0 {
		return coverageTable
	}
	measureCols := func(cols []column[DumpCoverage]) (widths, least []int) {
		rows := make([][]string, len(e.Coverage))
		for i, c := range e.Coverage {
			rows[i] = escapeAll(escape.Text, row(cols, c))
		}
		return measure(header(cols), rows)
	}
	cols := coverageTable[:len(coverageTable)-1]
	if widths, _ := measureCols(cols); boxWidth(append(widths, minTitle)) <= width {
		return coverageTable
	}
	noRole := true
	for _, c := range e.Coverage {
		noRole = noRole && c.role() == ""
	}
	for _, name := range []string{"date", "words", "role"} {
		if _, least := measureCols(cols); boxWidth(least) <= width {
			break
		}
		if name == "role" && !noRole {
			break
		}
		cols = slices.DeleteFunc(slices.Clone(cols), func(c column[DumpCoverage]) bool { return c.name == name })
	}
	return cols
}

// role is the cell of an article's part in its event's duplicates:
// "original", "copy of ID", "republished", "republished, copy of ID" or
// nothing.
func (c DumpCoverage) role() string {
	switch {
	case c.CopyOf == "":
		return c.Role
	case c.Role == string(pipeline.RoleRepublished):
		return "republished, copy of " + c.CopyOf
	}
	return "copy of " + c.CopyOf
}

// more is the line under a list cut at shown of n items, "" when none was
// cut.
func more(shown, n int, what string) string {
	if n <= shown {
		return ""
	}
	return fmt.Sprintf("(and %s more %s: the JSON and the HTML report hold them all)", thousands(n-shown), what)
}

// writeFirst writes the first dumpRows of items as a table under cols,
// Markdown when md, then how many more there are.
func writeFirst[T any](w io.Writer, md bool, cols []column[T], items []T, what string) error {
	if err := writeRows(w, md, cols, firstN(items, dumpRows)); err != nil {
		return err
	}
	l := more(dumpRows, len(items), what)
	switch {
	case l == "":
	case md:
		fmt.Fprintf(w, "\n%s\n", l)
	case widthOf(w) > 0:
		fmt.Fprintln(w, strings.Join(wrapIndent(l, widthOf(w), " "), "\n"))
	default:
		fmt.Fprintln(w, l)
	}
	return nil
}

// firstN returns the first n of xs.
func firstN[T any](xs []T, n int) []T { return xs[:min(n, len(xs))] }

// terminal writes the terminal summary of v.
func (d *Dump) terminal(w io.Writer, v *dumpView) error {
	width := widthOf(w)
	para := func(s, indent string) {
		if width <= 0 {
			fmt.Fprintln(w, s)
			return
		}
		for _, l := range wrapIndent(s, width, indent) {
			fmt.Fprintln(w, l)
		}
	}
	heading := func(s string) { fmt.Fprintln(w); para(s, "  ") }
	note := func(s string) {
		if s != "" {
			para(s, " ")
		}
	}
	for _, l := range d.headLines(v) {
		para(l, "  ")
	}

	heading(fmt.Sprintf("Outlets (%s)", thousands(len(v.Outlets))))
	if err := writeFirst(w, false, dumpOutletTable, v.Outlets, "outlets"); err != nil {
		return err
	}

	if len(v.DiagnosticKinds) > 0 {
		heading(fmt.Sprintf("Diagnostics by kind (%s)", thousands(len(v.DiagnosticKinds))))
		if err := writeFirst(w, false, dumpDiagnosticTable, v.DiagnosticKinds, "kinds"); err != nil {
			return err
		}
	}

	if n := len(v.Dedup.Groups); n > 0 {
		heading(fmt.Sprintf("Duplicate groups (%s)", thousands(n)))
		if err := writeFirst(w, false, dedupTable, v.Dedup.rows(), "groups"); err != nil {
			return err
		}
	}

	if n := len(v.Republished); n > 0 {
		heading(fmt.Sprintf("Republished: articles carrying a republisher's chrome (%s)", thousands(n)))
		if err := writeFirst(w, false, dumpArticleTable, v.Republished, "articles"); err != nil {
			return err
		}
	}

	if err := d.framingSummary(w, v, false, heading, note); err != nil {
		return err
	}

	if n := len(v.Quotes); n > 0 {
		heading(fmt.Sprintf("Quotes carried by more than one outlet (%s)", thousands(n)))
		if err := writeFirst(w, false, dumpQuoteTable, v.Quotes, "quotes"); err != nil {
			return err
		}
	}

	heading(fmt.Sprintf("Events (%s, largest first)", thousands(len(v.Events))))
	if err := writeFirst(w, false, dumpEventTable, []Event(v.Events), "events"); err != nil {
		return err
	}

	for _, e := range firstN(v.Expanded, terminalEvents) {
		if err := d.terminalEvent(w, e, heading, para); err != nil {
			return err
		}
	}
	if n := len(v.Expanded); n > terminalEvents {
		fmt.Fprintln(w)
		note(fmt.Sprintf("(%s more expanded events: the Markdown, JSON and HTML reports hold them: -o report.html)", thousands(n-terminalEvents)))
	}
	return nil
}

// framingSummary writes the variant groups on which outlets differ, over
// the whole dump, with the notes that say what was counted and left out.
func (d *Dump) framingSummary(w io.Writer, v *dumpView, md bool, heading, note func(string)) error {
	f := *v.Framing
	f.Events = nil // each expanded event shows its own
	var differ []FramingVariant
	for _, g := range f.Variants {
		if g.differs() {
			differ = append(differ, g)
		}
	}
	heading(fmt.Sprintf("Framing: variants on which outlets differ (%s of %s groups; articles using each / the outlet's)", thousands(len(differ)), thousands(len(f.Variants))))
	for _, n := range f.notes(0) {
		if md {
			n = "- " + mdEscape(n)
		}
		note(n)
	}
	if md {
		fmt.Fprintln(w)
	}
	totals := map[string]int{}
	for _, o := range f.Outlets {
		totals[o.Outlet] = o.Articles
	}
	return writeMatrix(w, variantMatrix{groups: differ, totals: totals}, md)
}

// terminalEvent writes the compact block of an expanded event: its
// heading, headline, coverage table, the variants its outlets differ on,
// and the quotes more than one of its articles carry.
func (d *Dump) terminalEvent(w io.Writer, e DumpEvent, heading func(string), para func(s, indent string)) error {
	heading(fmt.Sprintf("Event %s (%s): %s", e.ID, plural(len(e.Coverage), "article"), e.Label))
	if e.Headline != "" {
		para("“"+e.Headline+"”", " ")
	}
	if err := writeRows(w, false, terminalCoverage(e, widthOf(w)), e.Coverage); err != nil {
		return err
	}
	differ := e.differing()
	if len(differ) > 0 {
		para(fmt.Sprintf("variants on which its outlets differ (%d):", len(differ)), "  ")
		if err := writeMatrix(w, variantMatrix{groups: differ, totals: e.Framing.Outlets}, false); err != nil {
			return err
		}
	} else {
		para("no lexicon variant on which its outlets differ", "  ")
	}
	shared, single := e.sharedQuotes()
	if len(shared) > 0 {
		para(fmt.Sprintf("quotes carried by more than one article (%s of %s):", thousands(len(shared)), thousands(len(shared)+single)), "  ")
		for _, q := range firstN(shared, terminalQuotes) {
			para("  "+quoteLine(q), "    ")
			for _, l := range quoteWho(q, e) {
				para("    "+l, "      ")
			}
		}
		if n := len(shared) - terminalQuotes; n > 0 {
			para(fmt.Sprintf("  (and %d more: the Markdown, JSON and HTML reports hold them)", n), "    ")
		}
	} else {
		para(fmt.Sprintf("no quote carried by more than one article (of %s)", thousands(single)), "  ")
	}
	return nil
}

// differing returns the variant groups on which the event's outlets
// differ.
func (e DumpEvent) differing() []FramingVariant {
	if e.Framing == nil {
		return nil
	}
	var out []FramingVariant
	for _, g := range e.Framing.Variants {
		if g.differs() {
			out = append(out, g)
		}
	}
	return out
}

// sharedQuotes returns the quotes of the event that more than one article
// carries (as written or altered), and how many only one carries.
func (e DumpEvent) sharedQuotes() (shared []DumpEventQuote, single int) {
	for _, q := range e.Quotes {
		if len(q.Carried)+len(q.Altered) > 1 {
			shared = append(shared, q)
		} else {
			single++
		}
	}
	return shared, single
}

// quoteLine is a quote and its speaker: “…” — Speaker.
func quoteLine(q DumpEventQuote) string {
	s := "“" + q.Text + "”"
	if q.Speaker != "" {
		s += " — " + q.Speaker
	}
	return s
}

// quoteWho says who carries a quote, who alters it (how) and who leaves it
// out, a line each.
func quoteWho(q DumpEventQuote, e DumpEvent) []string {
	// An article is named by its outlet when no other of the event has
	// that outlet (its id is in the coverage table), else by id and outlet.
	name := func(id string) string {
		outlet, n := "", 0
		for _, c := range e.Coverage {
			if c.Article == id {
				outlet = c.Outlet
			}
		}
		for _, c := range e.Coverage {
			if c.Outlet == outlet {
				n++
			}
		}
		switch {
		case n == 1:
			return outlet
		case n > 1:
			return id + " (" + outlet + ")"
		}
		return id
	}
	names := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = name(id)
		}
		return strings.Join(out, ", ")
	}
	var lines []string
	if len(q.Carried) > 0 {
		lines = append(lines, "carried by "+names(q.Carried))
	}
	for _, a := range q.Altered {
		lines = append(lines, fmt.Sprintf("altered by %s: “%s” (%.2f)", name(a.Article), a.Text, a.Similarity))
	}
	if len(q.Omitted) > 0 {
		lines = append(lines, "left out by "+names(q.Omitted))
	}
	return lines
}
