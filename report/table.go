package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwarp"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsfold/compare/internal/escape"
)

// A column is one named column of a table or CSV of items of type T: its
// header and how an item's cell is made.
type column[T any] struct {
	name string
	cell func(T) string
}

// header returns the names of cols.
func header[T any](cols []column[T]) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// row returns the cells of x under cols.
func row[T any](cols []column[T], x T) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.cell(x)
	}
	return out
}

// writeRows writes items as a table under cols, Markdown when md.
func writeRows[T any](w io.Writer, md bool, cols []column[T], items []T) error {
	rows := make([][]string, len(items))
	for i, x := range items {
		rows[i] = row(cols, x)
	}
	return writeTable(w, md, header(cols), rows)
}

// writeCSVRows writes a header row of cols, then a row per item, each cell
// made safe by [csvCell].
func writeCSVRows[T any](w *csv.Writer, cols []column[T], items []T) error {
	if err := w.Write(csvRecord(header(cols))); err != nil {
		return err
	}
	for _, x := range items {
		if err := w.Write(csvRecord(row(cols, x))); err != nil {
			return err
		}
	}
	return nil
}

// csvRecord returns cells made safe for a spreadsheet, in place.
func csvRecord(cells []string) []string {
	for i, c := range cells {
		cells[i] = csvCell(c)
	}
	return cells
}

// plainNumber matches a number as compare writes one (ftoa, strconv.Itoa):
// a spreadsheet reads it as a number, never as a formula.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// csvCell is a CSV cell: a plain number as it is (-0.5 stays a number),
// any other text through [escape.CSV], so that no cell from the data
// starts a formula.
func csvCell(s string) string {
	if plainNumber.MatchString(s) {
		return s
	}
	return escape.CSV(s)
}

// writeTable writes a table of header and rows: every cell escaped (for
// Markdown when md), and on a terminal fitted to the width the writer
// carries (see [widthOf]).
func writeTable(w io.Writer, md bool, header []string, rows [][]string) error {
	esc := escape.Text
	if md {
		esc = escape.Markdown
	}
	header = escapeAll(esc, header)
	for i := range rows {
		rows[i] = escapeAll(esc, rows[i])
	}
	var hidden []string
	if !md && widthOf(w) > 0 {
		cols := choose(widthOf(w), header, rows)
		hidden = hiddenNames(header, cols)
		header = project(header, cols)
		for i := range rows {
			rows[i] = project(rows[i], cols)
		}
		fit(widthOf(w), header, rows)
	}
	t := newTable(w, md)
	t.Header(header)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if len(hidden) > 0 {
		note := fmt.Sprintf("(not shown at %d columns: %s; COLUMNS=0 or --format csv shows every column)",
			widthOf(w), strings.Join(hidden, ", "))
		lines, _ := twwarp.WrapString(note, widthOf(w))
		_, err := fmt.Fprintln(w, strings.Join(lines, "\n"))
		return err
	}
	return nil
}

// project returns the cells of cols.
func project(cells []string, cols []int) []string {
	out := make([]string, len(cols))
	for k, i := range cols {
		out[k] = cells[i]
	}
	return out
}

// hiddenNames returns the names of the columns not in cols, in order.
func hiddenNames(header []string, cols []int) []string {
	var out []string
	for i, h := range header {
		if !slices.Contains(cols, i) {
			out = append(out, h)
		}
	}
	return out
}

func escapeAll(esc func(string) string, cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = esc(c)
	}
	return out
}

// measure returns the display width of each column of header and rows and
// the narrowest it can be: its longest word (in a column name, its longest
// part after an _).
func measure(header []string, rows [][]string) (widths, least []int) {
	n := len(header)
	widths, least = make([]int, n), make([]int, n)
	add := func(cells []string, isHeader bool) {
		for i, c := range cells[:min(n, len(cells))] {
			widths[i] = max(widths[i], twwidth.Width(c))
			for _, word := range strings.Split(c, " ") {
				if isHeader {
					for _, part := range strings.SplitAfter(word, "_") {
						least[i] = max(least[i], twwidth.Width(part))
					}
					continue
				}
				least[i] = max(least[i], twwidth.Width(word))
			}
		}
	}
	add(header, true)
	for _, r := range rows {
		add(r, false)
	}
	return widths, least
}

// boxWidth is the width of a table whose columns are ws wide: "│ " before
// each cell and " │" after the last, 3 a column and 1.
func boxWidth(ws []int) int {
	t := 3*len(ws) + 1
	for _, x := range ws {
		t += x
	}
	return t
}

// droppedFirst lists the columns left out first when a table is too wide:
// framing's group ids, which the variants beside them spell out, and
// dedup's group numbers, which only count the rows (the original and
// copies name a group). An outlet's column of a framing matrix is worth
// more than either.
var droppedFirst = map[string]bool{"group": true}

// keptLast lists the columns left out last when a table is too wide: those
// that name articles, since without them a row cannot be acted on, and
// dedup's kind, without which a group says nothing of how alike it is.
var keptLast = map[string]bool{"id": true, "ids": true, "article": true, "a": true, "b": true, "original": true, "copies": true, "kind": true}

// choose returns the columns of a table that a width shows, in order: all
// of them when they fit at their narrowest; else, until the rest fit, the
// columns of numbers go first, rightmost first (eval's last figures,
// framing's least used outlets, inspect's counts), then the columns of
// text, narrowest first (a date before a title; the rightmost first among
// equals), then the columns of keptLast, rightmost first. The first
// column stays, unless it is one of droppedFirst, which goes before all.
// Every row has a cell for each column of header.
func choose(width int, header []string, rows [][]string) []int {
	widths, least := measure(header, rows)
	kept := make([]bool, len(header))
	for i := range kept {
		kept[i] = true
	}
	fits := func() bool {
		var ws []int
		for i, k := range kept {
			if k {
				ws = append(ws, least[i])
			}
		}
		return boxWidth(ws) <= width
	}
	numeric := func(i int) bool {
		for _, r := range rows {
			if r[i] != "" && !plainNumber.MatchString(r[i]) {
				return false
			}
		}
		return true
	}
	var order, text []int // the order columns go in
	if droppedFirst[header[0]] {
		order = append(order, 0)
	}
	for i := len(header) - 1; i > 0; i-- {
		switch {
		case keptLast[header[i]]:
		case numeric(i):
			order = append(order, i)
		default:
			text = append(text, i)
		}
	}
	sort.SliceStable(text, func(a, b int) bool { return widths[text[a]] < widths[text[b]] })
	order = append(order, text...)
	for i := len(header) - 1; i > 0; i-- {
		if keptLast[header[i]] {
			order = append(order, i)
		}
	}
	for _, i := range order {
		if fits() {
			break
		}
		kept[i] = false
	}
	var out []int
	for i, k := range kept {
		if k {
			out = append(out, i)
		}
	}
	return out
}

// fit wraps the cells of a table of header and rows, in place, so that it
// is at most width columns wide. While the table is too wide, the widest
// column that can still shrink loses a column; a column shrinks no
// narrower than its longest word (its longest id, which is never cut), and
// its cells wrap at spaces. Widths are display widths as tablewriter
// measures them (a wide CJK character counts two, a combining mark none).
// A table whose columns at their narrowest are too wide stays too wide
// ([choose] leaves columns out first). Width is more than 0: a table of
// no bound is drawn as it is, and every row has a cell for each column.
func fit(width int, header []string, rows [][]string) {
	n := len(header)
	widths, least := measure(header, rows)
	for total := boxWidth(widths); total > width; total-- {
		k := -1
		for i := range widths {
			if widths[i] > least[i] && (k < 0 || widths[i] > widths[k]) {
				k = i
			}
		}
		if k < 0 {
			break // every column down to its longest word
		}
		widths[k]--
	}
	// A column wrapped at widths[i] may take less (its lines break at
	// spaces): hand what it leaves to the columns that still wrap, until
	// nothing is left over.
	cols := make([][]string, n) // the cells of each column, header first
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r[:min(n, len(r))] {
			cols[i] = append(cols[i], c)
		}
	}
	used := func(i, width int) int {
		u := 0
		for k, c := range cols[i] {
			if w := twwidth.Width(c); w <= width {
				u = max(u, w) // drawn whole, as it is
				continue
			}
			lines, _ := twwarp.WrapString(c, width)
			if k == 0 {
				lines = wrapHeader(c, width)
			}
			for _, l := range lines {
				u = max(u, twwidth.Width(l))
			}
		}
		return u
	}
	full := make([]int, n)
	for i := range full {
		for _, c := range cols[i] {
			full[i] = max(full[i], twwidth.Width(c))
		}
	}
	for range 2 * n {
		spare := 0
		for i := range widths {
			u := used(i, widths[i])
			spare += widths[i] - u
			widths[i] = u
		}
		// The spare goes to the column that still wraps the most and
		// whose lines would grow with it.
		k := -1
		for i := range widths {
			if used(i, widths[i]+spare) > widths[i] && (k < 0 || full[i]-widths[i] > full[k]-widths[k]) {
				k = i
			}
		}
		if spare == 0 || k < 0 {
			break
		}
		widths[k] += spare
	}
	for i, c := range header {
		header[i] = strings.Join(wrapHeader(c, widths[i]), "\n")
	}
	for _, r := range rows {
		for i, c := range r[:min(n, len(r))] {
			if twwidth.Width(c) > widths[i] {
				lines, _ := twwarp.WrapString(c, widths[i])
				r[i] = strings.Join(lines, "\n")
			}
		}
	}
}

// wrapHeader wraps a column name to width at spaces and after
// underscores (b3_precision is b3_ over precision), so that a name is no
// wider than the numbers under it need.
func wrapHeader(h string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Split(h, " ") {
		for pi, part := range strings.SplitAfter(word, "_") {
			sep := "" // a space before a word, none after an _
			if pi == 0 {
				sep = " "
			}
			switch {
			case line == "":
				line = part
			case twwidth.Width(line+sep+part) <= width:
				line += sep + part
			default:
				lines = append(lines, line)
				line = part
			}
		}
	}
	return append(lines, line)
}

func newTable(w io.Writer, md bool) *tablewriter.Table {
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	}
	if md {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	}
	return tablewriter.NewTable(w, opts...)
}

// mdEscape escapes a string from the data for a line of Markdown.
func mdEscape(s string) string { return escape.Markdown(s) }

func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// orEmpty returns xs, or an empty list for nil: JSON writes [] where Go
// has no list.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
