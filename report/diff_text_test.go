package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestDiffTextViews(t *testing.T) {
	d := sampleDiff()
	render := func(v DiffView) string {
		var b bytes.Buffer
		d.View = v
		if err := d.Table(&b, false); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	plain := render(DiffView{Width: 80})
	if strings.Contains(plain, "\x1b[") {
		t.Error("colour without Color")
	}
	if !strings.Contains(plain, "[-Kiev-]") || !strings.Contains(plain, "{+Kyiv+}") {
		t.Errorf("inline view lacks wdiff marks:\n%s", plain)
	}
	if !strings.Contains(plain, "\n~ ") || !strings.Contains(plain, "\n< ") || !strings.Contains(plain, "\n> ") {
		t.Errorf("inline view lacks the moved, only-A or only-B markers:\n%s", plain)
	}
	// Colour adds to the marks, never replaces them: a colour-blind reader
	// and a copy of the text still see what changed.
	color := render(DiffView{Width: 80, Color: true})
	if !strings.Contains(color, ansiRed+"[-Kiev-]"+ansiReset) || !strings.Contains(color, ansiGreen+"{+Kyiv+}"+ansiReset) {
		t.Errorf("colour view lacks coloured marks:\n%q", color)
	}
	if stripANSI(color) != plain {
		t.Errorf("colour view without its colours differs from the plain view:\n%s\n---\n%s", stripANSI(color), plain)
	}
	if !strings.Contains(plain, "T title: Overnight strike on [-Kiev-] {+Kyiv+}") {
		t.Errorf("no title line:\n%s", plain)
	}
	wide := render(DiffView{Width: 160})
	for _, line := range strings.Split(wide, "\n") {
		if visibleLen(line) > 160 {
			t.Errorf("side-by-side line wider than 160: %q", line)
		}
	}
	if !strings.Contains(wide, " = ") {
		t.Errorf("no side-by-side row:\n%s", wide)
	}
	if again := render(DiffView{Width: 160}); again != wide {
		t.Error("two renders differ")
	}
}

func TestWrap(t *testing.T) {
	lines := wrap("one two three four five six", 9)
	want := []string{"one two", "three", "four five", "six"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("wrap = %q, want %q", lines, want)
	}
	if got := visibleLen(ansiRed + "héllo" + ansiReset); got != 5 {
		t.Errorf("visibleLen = %d, want 5", got)
	}
	// A line of exactly the width is one line.
	if got := wrap("one two", 7); len(got) != 1 {
		t.Errorf("wrap at the width = %q, want one line", got)
	}
	// A sentence of the data may end in a raw escape (the last filter
	// shows it escaped): it counts nothing, and the count ends.
	if got := visibleLen("abc\x1b"); got != 3 {
		t.Errorf("visibleLen of a text ending in ESC = %d, want 3", got)
	}
}

// stripANSI removes the colour codes of the terminal view.
func stripANSI(s string) string {
	return strings.NewReplacer(ansiRed, "", ansiGreen, "", ansiReset, "").Replace(s)
}

// TestDiffTextWraps: every view, plain or in colour, inline or side by
// side, fits its width and breaks lines only between words.
func TestDiffTextWraps(t *testing.T) {
	d := sampleDiff()
	long := "Ukrainian officials said the strikes on the capital damaged power lines, water mains and two hospitals, and that repairs would take at least a week in the eastern districts."
	d.Pairs[0].Diff = append(d.Pairs[0].Diff, DiffOp{Op: "insert", Text: " " + long})
	d.A.Sentences[4] = long
	d.OnlyA = append(d.OnlyA, 4)
	var words []string
	for _, x := range []string{strings.Join(d.A.Sentences, " "), strings.Join(d.B.Sentences, " "), long} {
		words = append(words, strings.Fields(x)...)
	}
	for _, width := range []int{40, 60, 80, 99, 100, 120} {
		for _, color := range []bool{false, true} {
			var b bytes.Buffer
			d.View = DiffView{Width: width, Color: color}
			if err := d.Table(&b, false); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, line := range strings.Split(out, "\n") {
				if n := visibleLen(line); n > width {
					t.Errorf("width %d colour %v: line of %d columns: %q", width, color, n, line)
				}
			}
			// No word split: every word of the text is whole on some line.
			plain := strings.NewReplacer("[-", " ", "-]", " ", "{+", " ", "+}", " ").Replace(stripANSI(out))
			got := map[string]bool{}
			for _, w := range strings.Fields(plain) {
				got[w] = true
			}
			for _, w := range words {
				if !got[w] {
					t.Errorf("width %d colour %v: word %q not whole in the output", width, color, w)
				}
			}
		}
	}
	if got := wrapIndent("  one two three", 9, "    "); strings.Join(got, "|") != "  one two|    three" {
		t.Errorf("wrapIndent = %q", got)
	}
	if got := wrapIndent("a supercalifragilistic b", 8, ""); strings.Join(got, "|") != "a|supercalifragilistic|b" {
		t.Errorf("a word longer than a line: %q", got)
	}
	if got := wrapIndent("supercalifragilistic b", 8, ""); strings.Join(got, "|") != "supercalifragilistic|b" {
		t.Errorf("a first word longer than a line: %q, want no blank line before it", got)
	}
}

// TestDiffChangedOnly: --changed-only leaves out the pairs the same in both,
// says how many, and keeps the title, changed, moved and unmatched rows;
// JSON keeps all.
func TestDiffChangedOnly(t *testing.T) {
	d := sampleDiff()
	d.View = DiffView{Width: 80, ChangedOnly: true}
	var b bytes.Buffer
	if err := d.Table(&b, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, gone := range []string{"The mayor urged residents", "the mayor said."} {
		if strings.Contains(out, "(1.00): "+gone) || strings.Contains(out, "= A1/B2") {
			t.Errorf("unchanged pair %q shown:\n%s", gone, out)
		}
	}
	for _, kept := range []string{"T title:", "= A0/B1", "~ A4/B0", "< A2:", "> B3:", "(2 unchanged sentence pairs not shown)"} {
		if !strings.Contains(out, kept) {
			t.Errorf("changed-only view lacks %q:\n%s", kept, out)
		}
	}
	rows, hidden := shownRows(d)
	if hidden != 2 || len(rows) != 5 {
		t.Errorf("shownRows: %d rows, %d hidden; want 5 and 2", len(rows), hidden)
	}
	var page bytes.Buffer
	if err := d.HTML(&page); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "2 unchanged sentence pairs not shown") || strings.Contains(page.String(), `id="p1"`) {
		t.Error("the page does not leave out the unchanged pairs")
	}
	d.View.ChangedOnly = false
	if rows, hidden := shownRows(d); hidden != 0 || len(rows) != 7 {
		t.Errorf("without ChangedOnly: %d rows, %d hidden", len(rows), hidden)
	}
}
