package report

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
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
	t := newTable(w, md)
	t.Header(header(cols))
	for _, x := range items {
		if err := appendRow(t, md, row(cols, x)); err != nil {
			return err
		}
	}
	return t.Render()
}

// writeCSVRows writes a header row of cols, then a row per item.
func writeCSVRows[T any](w *csv.Writer, cols []column[T], items []T) error {
	if err := w.Write(header(cols)); err != nil {
		return err
	}
	for _, x := range items {
		if err := w.Write(row(cols, x)); err != nil {
			return err
		}
	}
	return nil
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

// appendRow appends cells to t, escaped for Markdown when md.
func appendRow(t *tablewriter.Table, md bool, cells []string) error {
	if md {
		for i, c := range cells {
			cells[i] = mdEscape(c)
		}
	}
	return t.Append(cells)
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		k++
	}
	return s
}

// mdEscaper escapes what would end a Markdown table cell or start markup.
var mdEscaper = strings.NewReplacer(`|`, `\|`, `\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdEscaper.Replace(s) }

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
