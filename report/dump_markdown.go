package report

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsfold/compare/internal/escape"
)

// MarkdownLimit is the most bytes the Markdown of a dump takes. GitHub
// holds at most 65,536 characters in a pull-request or issue comment and 1
// MiB in a job summary ($GITHUB_STEP_SUMMARY); a byte is never less than a
// character, so a Markdown report within this bound fits either, with room
// left for a line a workflow adds of its own (a heading, a link to the
// run).
const MarkdownLimit = 64000

// mdReserve is the room kept for the last line, which says what was left
// out.
const mdReserve = 1000

// mdPartBytes bounds each folded part of the whole dump (outlets,
// diagnostics, duplicates, framing, quotes, the events index), so that
// the expanded events, which come after them, keep about half the room
// whatever the dump: on AllSides the dump's parts alone took more than the
// limit, and no event was left.
const mdPartBytes = 5000

// Markdown bounds within the limit: the events of the short summary, the
// passages of an event, the words of a passage, and the examples of a
// variant group.
const (
	mdTopEvents       = 5
	mdPassages        = 5
	mdPassageWords    = 60
	mdExamplesOfGroup = 2
)

// detailsTags are the only HTML the Markdown of a dump writes: its long
// parts fold in <details> sections. [Write] lets exactly these through its
// last filter for a document that folds (see [folder]); every < and > of
// the text inside them is an entity before the tags are added.
var detailsTags = []string{"<details>", "</details>", "<summary>", "</summary>"}

// mdFolds reports that the dump's Markdown folds its parts in <details>.
func (d *Dump) mdFolds() bool { return true }

// htmlEscaper escapes the text of an HTML element: &, < and > (quotes
// need no entity outside an attribute).
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// htmlText is s as the text of an HTML element: controls escaped as
// everywhere, then &, < and > as entities. The <summary> of a <details>
// section is raw HTML to GitHub, where Markdown escapes would show as
// backslashes.
func htmlText(s string) string { return htmlEscaper.Replace(escape.Text(s)) }

// mdDoc is the Markdown of a dump being assembled within [MarkdownLimit]:
// what fits, and the names of what was cut or left out.
type mdDoc struct {
	b    strings.Builder
	left []string
}

// room is how many bytes a part may still take.
func (m *mdDoc) room() int { return MarkdownLimit - mdReserve - m.b.Len() }

// text adds Markdown that must be there (the summary), filtered.
func (m *mdDoc) text(s string) { m.b.WriteString(compactTables(escape.MarkdownLines(s))) }

var (
	tableSpaces = regexp.MustCompile(`  +`)
	tableRule   = regexp.MustCompile(`-{4,}`)
)

// compactTables returns md with the padding of its table rows taken out:
// runs of spaces are one space and the rules under a header three dashes.
// A renderer draws the same table, and a table of long quotes no longer
// pads every row to the longest (half the bytes of an event, measured on
// BASIL dev).
func compactTables(md string) string {
	lines := strings.SplitAfter(md, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			lines[i] = tableRule.ReplaceAllString(tableSpaces.ReplaceAllString(l, " "), "---")
		}
	}
	return strings.Join(lines, "")
}

// fold adds a part folded under summary, and reports whether it went in
// whole. A part of more than most bytes, or more than the room left, is
// cut after its last whole line that fits, and named in the last line;
// when not even a line fits, it is left out and named. most 0 is a part
// that may not be cut: it goes in whole or not at all, and the caller
// names it.
func (m *mdDoc) fold(summary, name string, body []byte, most int) bool {
	open := "<details><summary>" + htmlText(summary) + "</summary>\n\n"
	const cut = "\n*Cut here to stay within the size of a GitHub comment.*\n"
	const closing = "\n</details>\n\n"
	text := compactTables(escape.MarkdownLines(string(body)))
	room := m.room()
	if most > 0 {
		room = min(room, most)
	}
	if len(open)+len(text)+len(closing) <= room {
		m.b.WriteString(open + text + closing)
		return true
	}
	if most == 0 {
		return false
	}
	room -= len(open) + len(cut) + len(closing)
	end := strings.LastIndexByte(text[:max(0, min(room, len(text)))], '\n')
	if end <= 0 {
		m.left = append(m.left, name)
		return false
	}
	m.b.WriteString(open + text[:end+1] + cut + closing)
	m.left = append(m.left, "part of "+name)
	return false
}

// markdown writes the Markdown of v: a short summary, then the dump's
// parts and each expanded event folded in <details> sections, within
// [MarkdownLimit] bytes, the last line saying what did not fit.
func (d *Dump) markdown(w io.Writer, v *dumpView) error {
	var m mdDoc
	var head bytes.Buffer
	fmt.Fprintf(&head, "## compare report\n\n")
	for _, l := range d.headLines(v) {
		fmt.Fprintf(&head, "- %s\n", mdEscape(l))
	}
	multi, _ := v.grouped()
	if len(multi) > 0 {
		fmt.Fprintf(&head, "\n**Largest events**\n\n")
		if err := writeRows(&head, true, dumpEventTable, firstN(multi, mdTopEvents)); err != nil {
			return err
		}
	}
	fmt.Fprintln(&head)
	m.text(head.String())

	type part struct {
		summary, name string
		render        func(w io.Writer) error
	}
	parts := []part{
		{fmt.Sprintf("Outlets (%s)", thousands(len(v.Outlets))), "the outlets", func(w io.Writer) error {
			return writeFirst(w, true, dumpOutletTable, v.Outlets, "outlets")
		}},
	}
	if n := len(v.DiagnosticKinds); n > 0 {
		parts = append(parts, part{fmt.Sprintf("Diagnostics: %s of %s", plural(v.Summary.Diagnostics, "diagnostic"), plural(n, "kind")), "the diagnostics", func(w io.Writer) error {
			return writeFirst(w, true, dumpDiagnosticTable, v.DiagnosticKinds, "kinds")
		}})
	}
	if n := len(v.Dedup.Groups); n > 0 {
		parts = append(parts, part{fmt.Sprintf("Duplicate groups (%s)", thousands(n)), "the duplicate groups", func(w io.Writer) error {
			return writeFirst(w, true, dedupTable, v.Dedup.rows(), "groups")
		}})
	}
	if n := len(v.Republished); n > 0 {
		parts = append(parts, part{fmt.Sprintf("Republished: articles carrying a republisher's chrome (%s)", thousands(n)), "the republished articles", func(w io.Writer) error {
			return writeFirst(w, true, dumpArticleTable, v.Republished, "articles")
		}})
	}
	parts = append(parts, part{"Framing: variants, distinctive terms, sourcing", "the framing", func(w io.Writer) error {
		return d.mdFraming(w, v)
	}})
	if n := len(v.Quotes); n > 0 {
		parts = append(parts, part{fmt.Sprintf("Quotes carried by more than one outlet (%s)", thousands(n)), "the quotes", func(w io.Writer) error {
			return writeFirst(w, true, dumpQuoteTable, v.Quotes, "quotes")
		}})
	}
	parts = append(parts, part{fmt.Sprintf("All events (%s, largest first)", thousands(len(v.Events))), "the events index", func(w io.Writer) error {
		return writeFirst(w, true, dumpEventTable, []Event(v.Events), "events")
	}})
	for _, p := range parts {
		var b bytes.Buffer
		if err := p.render(&b); err != nil {
			return err
		}
		m.fold(p.summary, p.name, b.Bytes(), mdPartBytes)
	}

	if len(v.Expanded) > 0 {
		m.text("### Events\n\n")
	}
	for k, e := range v.Expanded {
		var b bytes.Buffer
		if err := d.mdEvent(&b, e); err != nil {
			return err
		}
		summary := fmt.Sprintf("%s · %s · %s", e.ID, plural(len(e.Coverage), "article"), e.Label)
		if !m.fold(summary, "", b.Bytes(), 0) {
			rest := v.Expanded[k:]
			names := rest[0].ID
			if len(rest) > 1 {
				names += "–" + rest[len(rest)-1].ID
			}
			m.left = append(m.left, fmt.Sprintf("the expanded events %s (%s)", names, thousands(len(rest))))
			break
		}
	}
	if len(m.left) > 0 {
		m.text(fmt.Sprintf("**Left out** to stay within %s bytes (a GitHub comment holds 65,536 characters): %s. "+
			"`compare report -o report.html` (or `-o report.json`) writes all of it.\n", thousands(MarkdownLimit), strings.Join(m.left, ", ")))
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

// mdFraming writes the framing of the whole dump: the notes, the variant
// groups on which outlets differ, the discovered variants, and the
// distinctive terms and sourcing of the outlets with the most articles.
func (d *Dump) mdFraming(w io.Writer, v *dumpView) error {
	heading := func(s string) { fmt.Fprintf(w, "\n**%s**\n\n", mdEscape(s)) }
	note := func(s string) { fmt.Fprintln(w, s) }
	if err := d.framingSummary(w, v, true, heading, note); err != nil {
		return err
	}
	f := v.Framing
	_, disc := f.bySource()
	heading(fmt.Sprintf("Discovered variants (%s, not in the lexicon)", thousands(len(disc))))
	totals := map[string]int{}
	for _, o := range f.Outlets {
		totals[o.Outlet] = o.Articles
	}
	if err := writeMatrix(w, variantMatrix{groups: firstN(disc, dumpRows), totals: totals}, true); err != nil {
		return err
	}
	if l := more(dumpRows, len(disc), "discovered groups"); l != "" {
		fmt.Fprintf(w, "\n%s\n", l)
	}
	heading(fmt.Sprintf("Distinctive terms (%s outlets)", thousands(len(f.Distinctive))))
	if err := writeFirst(w, true, distinctiveTable, f.Distinctive, "outlets"); err != nil {
		return err
	}
	heading(fmt.Sprintf("Sourcing (%s outlets)", thousands(len(f.Sourcing))))
	if err := writeFirst(w, true, sourcingTable, f.Sourcing, "outlets"); err != nil {
		return err
	}
	return nil
}

// mdEvent writes an expanded event: its headline, coverage table,
// similarity matrix, the variants its outlets differ on with example
// sentences, the passages and quotes its articles share, and the diff of
// its most informative pair that aligns sentences (its changed sentences);
// the other diffs are in the JSON and the HTML.
func (d *Dump) mdEvent(w io.Writer, e DumpEvent) error {
	if e.Headline != "" {
		fmt.Fprintf(w, "**%s**\n\n", mdEscape(e.Headline))
	}
	if err := writeRows(w, true, coverageTable, e.Coverage); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nshared: the share of its words that compared articles of other outlets carry; only: its sentences no other compared article carries; – when not compared.")

	if len(e.Compared) > 1 {
		fmt.Fprintf(w, "\n**Similarity** of the compared articles\n\n")
		header := []string{"article"}
		for k := range e.Compared {
			header = append(header, strconv.Itoa(k+1))
		}
		var rows [][]string
		for k, id := range e.Compared {
			row := []string{fmt.Sprintf("%d %s", k+1, id)}
			for _, x := range e.Similarity[k] {
				row = append(row, strconv.FormatFloat(x, 'f', 2, 64))
			}
			rows = append(rows, row)
		}
		if err := writeTable(w, true, header, rows); err != nil {
			return err
		}
	}

	if differ := e.differing(); len(differ) > 0 {
		fmt.Fprintf(w, "\n**Variants on which its outlets differ** (%d)\n\n", len(differ))
		if err := writeMatrix(w, variantMatrix{groups: differ, totals: e.Framing.Outlets}, true); err != nil {
			return err
		}
		fmt.Fprintln(w)
		for _, g := range differ {
			for _, x := range firstN(g.Evidence, mdExamplesOfGroup) {
				fmt.Fprintf(w, "- %s, %s (%s): “%s”\n", mdEscape(g.Group), mdEscape(x.Doc), mdEscape(x.Outlet), mdEscape(x.Sentence))
			}
		}
	} else {
		fmt.Fprintln(w, "\nNo lexicon variant on which its outlets differ.")
	}

	if n := len(e.Passages); n > 0 {
		fmt.Fprintf(w, "\n**Shared passages** (%d, longest first)\n\n", n)
		for _, p := range firstN(e.Passages, mdPassages) {
			fmt.Fprintf(w, "- %d words, %s: “%s”\n", p.Words, mdEscape(strings.Join(p.Articles, " ")), mdEscape(firstWords(p.Text, mdPassageWords)))
		}
		if l := more(mdPassages, n, "passages"); l != "" {
			fmt.Fprintf(w, "\n%s\n", l)
		}
	}

	if shared, single := e.sharedQuotes(); len(shared) > 0 {
		fmt.Fprintf(w, "\n**Quotes carried by more than one article** (%s of %s)\n\n", thousands(len(shared)), thousands(len(shared)+single))
		if err := writeRows(w, true, eventQuoteTable, shared); err != nil {
			return err
		}
	} else if single > 0 {
		fmt.Fprintf(w, "\nNo quote carried by more than one article (of %s).\n", thousands(single))
	}

	// The diff of the most informative pair that aligns sentences: its
	// changed sentence pairs and substitutions. The quotes of the event
	// are above, and the sentences only one side carries (all of them, for
	// two reports written apart) are counted.
	var diff *Diff
	for _, d := range e.Diffs {
		if len(d.Pairs) > 0 {
			diff = d
			break
		}
	}
	switch {
	case diff != nil:
		view := *diff
		onlyA, onlyB := len(view.OnlyA), len(view.OnlyB)
		view.Quotes, view.OnlyA, view.OnlyB = nil, nil, nil
		view.View = DiffView{ChangedOnly: true}
		var b bytes.Buffer
		if err := view.Table(&b, true); err != nil {
			return err
		}
		fmt.Fprintln(w)
		w.Write(demoteHeadings(b.Bytes()))
		if onlyA+onlyB > 0 {
			fmt.Fprintf(w, "\n%s only in A and %d only in B, not shown here.\n", plural(onlyA, "sentence"), onlyB)
		}
		if n := len(e.Diffs) - 1; n > 0 {
			fmt.Fprintf(w, "\n%s of other pairs in the JSON and the HTML report.\n", plural(n, "more diff"))
		}
	case len(e.Diffs) > 0:
		fmt.Fprintf(w, "\nNo sentence aligns across the %s diffed (written apart, they share none): the JSON and the HTML report show them side by side.\n", plural(len(e.Diffs), "pair"))
	}
	return nil
}

// eventQuoteTable are the columns of an event's quotes in Markdown.
var eventQuoteTable = []column[DumpEventQuote]{
	{"quote", func(q DumpEventQuote) string { return "“" + q.Text + "”" }},
	{"speaker", func(q DumpEventQuote) string { return q.Speaker }},
	{"carried by", func(q DumpEventQuote) string { return strings.Join(q.Carried, " ") }},
	{"altered by", func(q DumpEventQuote) string {
		var out []string
		for _, a := range q.Altered {
			out = append(out, fmt.Sprintf("%s: “%s”", a.Article, a.Text))
		}
		return strings.Join(out, "; ")
	}},
	{"left out by", func(q DumpEventQuote) string { return strings.Join(q.Omitted, " ") }},
}

// firstWords returns the first n words of s, and "…" when there were more.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// demoteHeadings makes the headings of an embedded section (a diff's ## and
// ###) two levels lower, under the event that holds them.
func demoteHeadings(md []byte) []byte {
	lines := bytes.SplitAfter(md, []byte("\n"))
	for i, l := range lines {
		if bytes.HasPrefix(l, []byte("#")) {
			lines[i] = append([]byte("##"), l...)
		}
	}
	return bytes.Join(lines, nil)
}
