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
	Color bool // ANSI colours (only on a terminal)
}

// sideBySideMin is the narrowest terminal that shows a diff side by side.
const sideBySideMin = 100

// ANSI colours of the terminal view.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// writeDiffText renders d for a terminal: a summary, then the aligned
// sentences side by side when v.Width allows, else inline in wdiff's
// notation ([-deleted-]{+inserted+}), then passages, quotes and
// substitutions.
func writeDiffText(w io.Writer, d *Diff, v DiffView) error {
	paint := func(code, s string) string {
		if !v.Color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	// Marks wrap the words; the spacing after them stays outside.
	mark := func(open, close, code string) func(string) string {
		return func(s string) string {
			t := strings.TrimRight(s, " \t\n")
			if t == "" {
				return s
			}
			if v.Color {
				return paint(code, t) + s[len(t):]
			}
			return open + t + close + s[len(t):]
		}
	}
	del, ins := mark("[-", "-]", ansiRed), mark("{+", "+}", ansiGreen)
	fmt.Fprintf(w, "A: %s (%s)\nB: %s (%s)\n", d.A.ID, d.A.Outlet, d.B.ID, d.B.Outlet)
	s := d.Summary
	fmt.Fprintf(w, "%d words shared (%.1f%%), %d only in A, %d only in B; %d sentence pairs (%d moved), %d sentences only in A, %d only in B\n\n",
		s.SharedWords, s.SharedPercent, s.OnlyAWords, s.OnlyBWords, len(d.Pairs), moved(d), len(d.OnlyA), len(d.OnlyB))
	rows := diffRows(d)
	if v.Width >= sideBySideMin {
		col := (v.Width - 3) / 2
		for _, r := range rows {
			left, right := rowSides(r, del, ins)
			writeColumns(w, left, right, col, rowMarker(r), v.Color)
		}
	} else {
		for _, r := range rows {
			fmt.Fprintf(w, "%s %s\n", rowMarker(r), rowInline(d, r, del, ins))
		}
	}
	if len(d.Passages) > 0 {
		fmt.Fprintf(w, "\nshared passages (%d):\n", len(d.Passages))
		for _, p := range d.Passages {
			note := ""
			if p.Boilerplate {
				note = " (boilerplate)"
			}
			fmt.Fprintf(w, "  %d words at A %d-%d, B %d-%d%s\n", p.Words, p.AStart, p.AEnd, p.BStart, p.BEnd, note)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\nquotes (%d):\n", len(d.Quotes))
		for _, q := range d.Quotes {
			who := ""
			if q.Speaker != "" {
				who = " — " + q.Speaker
			}
			fmt.Fprintf(w, "  [%s] “%s”%s\n", q.In, q.Text, who)
			if q.Altered != "" {
				fmt.Fprintf(w, "       B: “%s” (similarity %.2f)\n", q.Altered, q.Similarity)
			}
		}
	}
	if len(d.Substitutions) > 0 {
		fmt.Fprintf(w, "\nsubstitutions (%d):\n", len(d.Substitutions))
		for _, sub := range d.Substitutions {
			fmt.Fprintf(w, "  %s → %s ×%d\n", sub.From, sub.To, sub.Count)
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

// rowMarker marks a row of the text views: = aligned, ~ moved, < only in
// A, > only in B.
func rowMarker(r htmlRow) string {
	switch {
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
			if sg.Mark || r.Kind != "pair" {
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
// sentence numbers.
func rowInline(d *Diff, r htmlRow, del, ins func(string) string) string {
	left, right := rowSides(r, del, ins)
	switch r.Kind {
	case "a":
		return "A" + strings.TrimPrefix(r.ANums, "s") + ": " + left
	case "b":
		return "B" + strings.TrimPrefix(r.BNums, "s") + ": " + right
	}
	var b strings.Builder
	fmt.Fprintf(&b, "A%s/B%s (%s): ", strings.TrimPrefix(r.ANums, "s"), strings.TrimPrefix(r.BNums, "s"), r.Sim)
	for _, op := range d.Pairs[r.Pair].Diff {
		switch op.Op {
		case "equal":
			b.WriteString(op.Text)
		case "delete":
			b.WriteString(del(op.Text))
		case "insert":
			b.WriteString(ins(op.Text))
		}
	}
	return strings.TrimSpace(b.String())
}

// writeColumns writes left and right wrapped to col columns each, side by
// side, the marker between them. Widths count runes, not ANSI codes.
func writeColumns(w io.Writer, left, right string, col int, marker string, color bool) {
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
func wrap(s string, n int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, word := range strings.Fields(s) {
		wl := visibleLen(word)
		if curLen > 0 && curLen+1+wl > n {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 || len(lines) == 0 {
		lines = append(lines, cur.String())
	}
	return lines
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
	for _, r := range diffRows(d) {
		for _, segs := range [][]htmlSeg{r.Left, r.Right} {
			for k := range segs {
				segs[k].Text = mdEscape(segs[k].Text)
			}
		}
		left, right := rowSides(r, del, ins)
		fmt.Fprintf(w, "| %s | %s | %s |\n", rowMarker(r), strings.ReplaceAll(left, "\n", " "), strings.ReplaceAll(right, "\n", " "))
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
