package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DiffView configures the terminal view of a diff.
type DiffView struct {
	Width int  // columns; side by side from 100 up, inline below (0 too)
	Color bool // ANSI colours (only on a terminal), beside the marks
	// ChangedOnly leaves out the sentence pairs the same in both (in
	// order, no word changed) from the table, Markdown and HTML views,
	// saying how many; JSON holds them all.
	ChangedOnly bool
}

// sideBySideMin is the narrowest terminal that shows a diff side by side.
const sideBySideMin = 100

// ANSI colours of the terminal view.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// inlineIndent leads the continuation lines of a wrapped inline row.
const inlineIndent = "    "

// writeDiffText renders d for a terminal: a summary, then the title and the
// aligned sentences side by side when v.Width allows, else inline in
// wdiff's notation ([-deleted-]{+inserted+}), then passages, quotes and
// substitutions. Every line is wrapped at spaces to v.Width (a word longer
// than a line stands alone on one). Colour only adds to the marks, which
// stay: a colour-blind reader and a copy of the text still see them.
func writeDiffText(w io.Writer, d *Diff, v DiffView) error {
	width := v.Width
	if width <= 0 {
		width = 80
	}
	// Marks wrap the words; the spacing after them stays outside. In
	// colour each word is painted on its own, so that a line break
	// between two never leaves a colour open.
	mark := func(open, close, code string) func(string) string {
		return func(s string) string {
			t := strings.TrimRight(s, " \t\n")
			if t == "" {
				return s
			}
			m := open + strings.Join(strings.Fields(t), " ") + close
			if v.Color {
				ws := strings.Fields(m)
				for k, x := range ws {
					ws[k] = code + x + ansiReset
				}
				m = strings.Join(ws, " ")
			}
			return m + s[len(t):]
		}
	}
	del, ins := mark("[-", "-]", ansiRed), mark("{+", "+}", ansiGreen)
	para := func(s, indent string) {
		for _, line := range wrapIndent(s, width, indent) {
			fmt.Fprintln(w, line)
		}
	}
	para(fmt.Sprintf("A: %s (%s)", d.A.ID, d.A.Outlet), inlineIndent)
	para(fmt.Sprintf("B: %s (%s)", d.B.ID, d.B.Outlet), inlineIndent)
	s := d.Summary
	para(fmt.Sprintf("%d words shared (%.1f%%), %d only in A, %d only in B", s.SharedWords, s.SharedPercent, s.OnlyAWords, s.OnlyBWords), "")
	para(fmt.Sprintf("%d sentence pairs (%d moved), %d sentences only in A, %d only in B", len(d.Pairs), moved(d), len(d.OnlyA), len(d.OnlyB)), "")
	fmt.Fprintln(w)
	rows, hidden := shownRows(d)
	if width >= sideBySideMin {
		col := (width - 3) / 2
		for _, r := range rows {
			left, right := rowSides(r, del, ins)
			writeColumns(w, left, right, col, rowMarker(r))
		}
	} else {
		for _, r := range rows {
			para(rowMarker(r)+" "+rowInline(r, del, ins), inlineIndent)
		}
	}
	if hidden > 0 {
		para(fmt.Sprintf("(%d unchanged sentence pairs not shown)", hidden), "")
	}
	if len(d.Passages) > 0 {
		fmt.Fprintf(w, "\nshared passages (%d):\n", len(d.Passages))
		for _, p := range d.Passages {
			note := ""
			if p.Boilerplate {
				note = ", boilerplate"
			}
			para(fmt.Sprintf("  %d words%s: “%s”", p.Words, note, p.Text), inlineIndent)
			if p.TextB != "" {
				para(fmt.Sprintf("    B: “%s”", p.TextB), inlineIndent)
			}
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\nquotes (%d):\n", len(d.Quotes))
		for _, q := range d.Quotes {
			who := ""
			if q.Speaker != "" {
				who = " — " + q.Speaker
			}
			para(fmt.Sprintf("  [%s] “%s”%s", q.In, q.Text, who), "       ")
			if q.Altered != "" {
				para(fmt.Sprintf("       B: “%s” (similarity %.2f)", q.Altered, q.Similarity), "       ")
			}
		}
	}
	if len(d.Substitutions) > 0 {
		fmt.Fprintf(w, "\nsubstitutions (%d):\n", len(d.Substitutions))
		for _, sub := range d.Substitutions {
			para(fmt.Sprintf("  %s → %s ×%d", sub.From, sub.To, sub.Count), inlineIndent)
		}
	}
	return nil
}

func moved(d *Diff) int {
	n := 0
	for _, p := range d.Pairs {
		if p.Moved {
			n++
		}
	}
	return n
}

// rowMarker marks a row of the text views: T the titles, = aligned, ~
// moved, < only in A, > only in B.
func rowMarker(r htmlRow) string {
	switch {
	case r.Kind == "title":
		return "T"
	case r.Kind == "a":
		return "<"
	case r.Kind == "b":
		return ">"
	case r.Moved:
		return "~"
	}
	return "="
}

// rowSides returns a row's left and right text, the marked segments (the
// words of one side only) passed through del and ins.
func rowSides(r htmlRow, del, ins func(string) string) (string, string) {
	side := func(segs []htmlSeg, mark func(string) string) string {
		var b strings.Builder
		for _, sg := range segs {
			if sg.Mark || (r.Kind != "pair" && r.Kind != "title") {
				b.WriteString(mark(sg.Text))
			} else {
				b.WriteString(sg.Text)
			}
		}
		return strings.TrimSpace(b.String())
	}
	return side(r.Left, del), side(r.Right, ins)
}

// rowInline returns a row as one line in wdiff's notation, led by its
// sentence numbers (or "title").
func rowInline(r htmlRow, del, ins func(string) string) string {
	left, right := rowSides(r, del, ins)
	switch r.Kind {
	case "a":
		return "A" + strings.TrimPrefix(r.ANums, "s") + ": " + left
	case "b":
		return "B" + strings.TrimPrefix(r.BNums, "s") + ": " + right
	}
	var b strings.Builder
	if r.Kind == "title" {
		b.WriteString("title: ")
	} else {
		fmt.Fprintf(&b, "A%s/B%s (%s): ", strings.TrimPrefix(r.ANums, "s"), strings.TrimPrefix(r.BNums, "s"), r.Sim)
	}
	for k, op := range r.Ops {
		switch op.Op {
		case "equal":
			b.WriteString(op.Text)
		case "delete":
			b.WriteString(del(op.Text))
		case "insert":
			// An insertion right after a deletion with no space between
			// ("[-Bill-]{+Poll+}" at the end of a line) is set apart.
			if k > 0 && r.Ops[k-1].Op == "delete" && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			b.WriteString(ins(op.Text))
		}
	}
	return strings.TrimSpace(b.String())
}

// writeColumns writes left and right wrapped to col columns each, side by
// side, the marker between them. Widths count runes, not ANSI codes.
func writeColumns(w io.Writer, left, right string, col int, marker string) {
	l, r := wrap(left, col), wrap(right, col)
	for k := 0; k < max(len(l), len(r)); k++ {
		var a, b string
		if k < len(l) {
			a = l[k]
		}
		if k < len(r) {
			b = r[k]
		}
		m := marker
		if k > 0 {
			m = " "
		}
		pad := col - visibleLen(a)
		fmt.Fprintf(w, "%s%s %s %s\n", a, strings.Repeat(" ", max(0, pad)), m, b)
	}
}

// wrap breaks s into lines of at most n visible runes at spaces.
func wrap(s string, n int) []string { return wrapIndent(s, n, "") }

// wrapIndent breaks s into lines of at most n visible runes at spaces, the
// first led by the spaces s starts with, the others by indent. A word longer than a line is not
// cut: it stands alone on one.
func wrapIndent(s string, n int, indent string) []string {
	var lines []string
	var cur strings.Builder
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))] // the first line's indent
	cur.WriteString(lead)
	curLen, words := len(lead), 0 // the visible length of the line, and its words
	for _, word := range strings.Fields(s) {
		wl := visibleLen(word)
		if words > 0 && curLen+1+wl > n {
			lines = append(lines, cur.String())
			cur.Reset()
			cur.WriteString(indent)
			curLen, words = visibleLen(indent), 0
		}
		if words > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
		words++
	}
	// The last line holds a word, unless s has none: then it is the only
	// line, blank.
	return append(lines, cur.String())
}

// visibleLen counts the runes of s outside ANSI escape sequences.
func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// writeDiffMarkdown renders a diff as Markdown: the summary, a table of the
// aligned sentences with deletions struck through and insertions in bold,
// then substitutions and quotes.
func writeDiffMarkdown(w io.Writer, d *Diff) error {
	fmt.Fprintf(w, "## Diff of %s (%s) and %s (%s)\n\n", mdEscape(d.A.ID), mdEscape(d.A.Outlet), mdEscape(d.B.ID), mdEscape(d.B.Outlet))
	s := d.Summary
	fmt.Fprintf(w, "%d words shared (%.1f%%), %d only in A, %d only in B.\n\n", s.SharedWords, s.SharedPercent, s.OnlyAWords, s.OnlyBWords)
	del := func(x string) string {
		if strings.TrimSpace(x) == "" {
			return x
		}
		return "~~" + strings.TrimSpace(x) + "~~ "
	}
	ins := func(x string) string {
		if strings.TrimSpace(x) == "" {
			return x
		}
		return "**" + strings.TrimSpace(x) + "** "
	}
	fmt.Fprintln(w, "| | A | B |")
	fmt.Fprintln(w, "| --- | --- | --- |")
	rows, hidden := shownRows(d)
	for _, r := range rows {
		for _, segs := range [][]htmlSeg{r.Left, r.Right} {
			for k := range segs {
				segs[k].Text = mdEscape(segs[k].Text)
			}
		}
		left, right := rowSides(r, del, ins)
		fmt.Fprintf(w, "| %s | %s | %s |\n", rowMarker(r), strings.ReplaceAll(left, "\n", " "), strings.ReplaceAll(right, "\n", " "))
	}
	if hidden > 0 {
		fmt.Fprintf(w, "\n%d unchanged sentence pairs not shown.\n", hidden)
	}
	if len(d.Substitutions) > 0 {
		fmt.Fprintf(w, "\n### Substitutions (%d)\n\n| from | to | count |\n| --- | --- | --- |\n", len(d.Substitutions))
		for _, sub := range d.Substitutions {
			fmt.Fprintf(w, "| %s | %s | %d |\n", mdEscape(sub.From), mdEscape(sub.To), sub.Count)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\n### Quotes (%d)\n\n| in | quote | speaker |\n| --- | --- | --- |\n", len(d.Quotes))
		for _, q := range d.Quotes {
			text := mdEscape(q.Text)
			if q.Altered != "" {
				text += " / B: " + mdEscape(q.Altered)
			}
			fmt.Fprintf(w, "| %s | %s | %s |\n", q.In, text, mdEscape(q.Speaker))
		}
	}
	return nil
}
