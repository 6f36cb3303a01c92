package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/internal/escape"
)

// TestFit: a table drawn at a width fits it (in display width: a CJK
// character counts two, a combining mark none), its lines are aligned (all
// of one width), ids stay whole, and the columns that cannot fit are
// named under the table.
func TestFit(t *testing.T) {
	header := []string{"id", "outlet", "title"}
	rows := [][]string{
		{"004_fa79ad35558de7c7", "MENAFN", "US refuses to compromise with Ukraine over drafted peace proposal"},
		{"東京_001", "朝日新聞", "東京で会議が開かれた 東京で会議が開かれた 東京で会議が開かれた"},
		{"cafe\u0301_002", "Le Monde", "Cafe\u0301 re\u0301sume\u0301 de\u0301ja\u0300 vu, encore une fois, et encore"},
	}
	for _, width := range []int{40, 60, 80} {
		var buf bytes.Buffer
		s := &sink{width: width}
		copied := make([][]string, len(rows))
		for i := range rows {
			copied[i] = append([]string(nil), rows[i]...)
		}
		if err := writeTable(s, false, header, copied); err != nil {
			t.Fatal(err)
		}
		buf.Write(s.Bytes())
		out := buf.String()
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		box := twwidth.Width(lines[0])
		for _, l := range lines {
			if w := twwidth.Width(l); w > width {
				t.Errorf("width %d: line %q is %d wide", width, l, w)
			} else if w != box && strings.ContainsAny(l[:3], "┌│├└") {
				t.Errorf("width %d: line %q is %d wide, the box %d: not aligned", width, l, w, box)
			}
		}
		for _, r := range rows {
			if !strings.Contains(out, r[0]) {
				t.Errorf("width %d: id %q is not whole in\n%s", width, r[0], out)
			}
		}
		if width == 40 && !strings.Contains(out, "(not shown at 40 columns: outlet, title;") {
			t.Errorf("width 40: the outlet and title columns are not said to be left out:\n%s", out)
		}
		if width == 80 && !strings.Contains(out, "東京で会議が開かれた") {
			t.Errorf("width 80: the CJK title is missing:\n%s", out)
		}
	}
}

// TestFitLeavesNarrowTables: a table that fits is drawn as it is, and a
// column that wraps hands the width it does not use to the others.
func TestFitLeavesNarrowTables(t *testing.T) {
	header := []string{"id", "label"}
	rows := [][]string{{"a b", "one two three"}}
	if fit(80, header, rows); rows[0][1] != "one two three" || rows[0][0] != "a b" {
		t.Errorf("fit(80) changed a narrow table: %q", rows)
	}
	// 37 columns: 7 of borders and 30 for the cells. Both columns shrink
	// to 15; the ids then wrap one a line (10 wide), and the label takes
	// the 5 columns they leave.
	header = []string{"label", "ids"}
	rows = [][]string{{"aaaa bbbb cccc dddd eeee ffff", "0123456789 0123456789"}}
	fit(37, header, rows)
	if want := []string{"aaaa bbbb cccc dddd\neeee ffff", "0123456789\n0123456789"}; rows[0][0] != want[0] || rows[0][1] != want[1] {
		t.Errorf("fit(37) = %q, want %q", rows[0], want)
	}
}

// TestChoose: a table too wide for its narrowest columns loses its columns
// of numbers first (rightmost first), then its text (narrowest first), and
// keeps the first column and the ids.
func TestChoose(t *testing.T) {
	const id = "basil-005a2961-0c2e-4575-8eec-770ba52a08e0_1"
	header := []string{"event", "start", "end", "articles", "label", "ids"}
	rows := [][]string{{"e1", "2011-04-07", "2011-04-07", "3", "certificate Hawaii · 7 Apr 2011", id + " " + id}}
	if got, want := choose(80, header, rows), []int{0, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("choose(80) = %v, want %v (event, label, ids)", got, want)
	}
	if got := choose(200, header, rows); len(got) != len(header) {
		t.Errorf("choose(200) = %v, want every column", got)
	}
	header = []string{"threshold", "items", "b3_f1", "pair_f1", "ari"}
	rows = [][]string{{"0.2000", "5", "1.0000", "-0.5000", "1.0000"}}
	if got, want := choose(40, header, rows), []int{0, 1, 2, 3}; !slices.Equal(got, want) {
		t.Errorf("choose(40) = %v, want %v (the rightmost figure goes)", got, want)
	}
	// A framing matrix keeps every outlet; its group ids go first, and a
	// dedup table keeps its kind before its title.
	header = []string{"group", "variant", "label", "MENAFN", "Occasional Digest"}
	rows = [][]string{{"special-military-operation", "Ukraine conflict", "ukrainian-official", "1/2 (50%)", "1/1 (100%)"}}
	if got, want := choose(80, header, rows), []int{1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("choose(80) of a matrix = %v, want %v (every outlet)", got, want)
	}
	header = []string{"group", "kind", "original", "copies", "outlet", "title"}
	rows = [][]string{{"1", "contained", "? 2 members share the earliest date 2025-12-02", id + " stdin", "Occasional Digest", "‘No compromise’ on territory after Ukraine talks with US: Russian official | Russia-Ukraine war News"}}
	if got := choose(80, header, rows); !slices.Contains(got, 1) || !slices.Contains(got, 3) {
		t.Errorf("choose(80) of dedup = %v, want kind and copies kept", got)
	}
}

func TestMarkdownEscape(t *testing.T) {
	got := mdEscape("a | b *c* _d_ `e` <script>")
	want := `a \| b \*c\* \_d\_ ` + "\\`e\\`" + ` &lt;script&gt;`
	if got != want {
		t.Errorf("mdEscape = %q, want %q", got, want)
	}
}

// TestJSONEnvelope: diagnostics are always a list, sections a command does
// not produce are left out, and dates unknown are null.
func TestJSONEnvelope(t *testing.T) {
	d := &corpus.Dump{Articles: []*corpus.Article{{ID: "x", Outlet: "unknown", DateSource: corpus.DateNone}}}
	var buf bytes.Buffer
	if err := Write(&buf, JSON, New(d.Diagnostics, NewArticles(d.Articles))); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"schema": "compare/v1"`, `"diagnostics": []`, `"date": null`, `"date_source": "none"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	for _, absent := range []string{`"groups"`, `"pair"`, `"explain"`} {
		if strings.Contains(out, absent) {
			t.Errorf("output has %s, which inspect does not produce:\n%s", absent, out)
		}
	}
}

func TestFormatSet(t *testing.T) {
	var f Format
	for in, want := range map[string]Format{"md": Markdown, "JSON": JSON, " csv ": CSV, "table": Table} {
		if err := f.Set(in); err != nil || f != want {
			t.Errorf("Set(%q) = %v, %q; want %q", in, err, f, want)
		}
	}
	if err := f.Set("xml"); err == nil {
		t.Error("Set(xml) accepted")
	}
}

// TestEscapeKeepingColours: on a colour terminal the diff's own colours
// pass, and an escape sequence of the data is still shown escaped.
func TestEscapeKeepingColours(t *testing.T) {
	in := ansiRed + "deleted" + ansiReset + " id\x1b[2J\u202e " + ansiGreen + "added" + ansiReset + "\n"
	want := ansiRed + "deleted" + ansiReset + ` id\x1b[2J\u202e ` + ansiGreen + "added" + ansiReset + "\n"
	if got := escapeKeeping(in, escape.Lines, ansiRed, ansiGreen, ansiReset); got != want {
		t.Errorf("escapeKeeping = %q, want %q", got, want)
	}
}
