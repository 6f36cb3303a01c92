package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
)

// TestGroupDiagnostics: one line per problem, not per record. Diagnostics
// of one severity whose messages differ only in numbers and quoted strings
// are one problem; the line names the first, how many more, and where (the
// first few places, the rest left to JSON); a lone diagnostic is printed as
// it is.
func TestGroupDiagnostics(t *testing.T) {
	var diags []corpus.Diagnostic
	for i := range 2712 {
		diags = append(diags, corpus.Diagnostic{Path: "ruwa.jsonl", Line: 3 + 4*i, Severity: corpus.Warning, Message: "no date in header, fields or text"})
	}
	diags = append(diags,
		corpus.Diagnostic{Path: "a.jsonl", Line: 2, Severity: corpus.Warning, Message: `duplicate id "x" renamed "x#2"`},
		corpus.Diagnostic{Path: "a.jsonl", Line: 9, Severity: corpus.Warning, Message: `duplicate id "y" renamed "y#2"`},
		corpus.Diagnostic{Path: "b.txt", Line: 4, Severity: corpus.Info, Message: "invalid UTF-8 (2 bytes) replaced with U+FFFD"},
		corpus.Diagnostic{Path: "c.jsonl", Line: 7, Severity: corpus.Info, Message: "invalid UTF-8 (13 bytes) replaced with U+FFFD"},
		corpus.Diagnostic{Path: "c.jsonl", Line: 8, Severity: corpus.Info, Message: "invalid UTF-16 (2 bytes) replaced with U+FFFD"},
		corpus.Diagnostic{Path: "d.txt", Severity: corpus.Error, Message: "empty file; skipped"},
		corpus.Diagnostic{Path: "e.txt", Severity: corpus.Warning, Message: "empty file; skipped"}, // another severity: another problem
	)
	groups := GroupDiagnostics(diags)
	var lines []string
	total := 0
	for _, g := range groups {
		lines = append(lines, g.String())
		total += len(g.Members)
	}
	want := []string{
		"ruwa.jsonl:3: warning: no date in header, fields or text (and 2,711 more: lines 7, 11, 15, 19, 23, 27, 31, 35, …; all in --format json)",
		`a.jsonl:2: warning: duplicate id "x" renamed "x#2" (and 1 more like it: line 9)`,
		"b.txt:4: info: invalid UTF-8 (2 bytes) replaced with U+FFFD (and 1 more like it: c.jsonl:7)",
		"c.jsonl:8: info: invalid UTF-16 (2 bytes) replaced with U+FFFD",
		"d.txt: error: empty file; skipped",
		"e.txt: warning: empty file; skipped",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("grouped:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if total != len(diags) {
		t.Errorf("groups hold %d diagnostics of %d", total, len(diags))
	}
	if !groups[0].Same || groups[1].Same {
		t.Errorf("Same: %v %v, want true false", groups[0].Same, groups[1].Same)
	}
	if got := GroupDiagnostics(nil); len(got) != 0 {
		t.Errorf("no diagnostics: %d groups", len(got))
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 2712: "2,712", 1234567: "1,234,567", -1234: "-1,234", -123: "-123"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	// A group in many files names file and line of each of the first.
	var many []corpus.Diagnostic
	for i := range 20 {
		many = append(many, corpus.Diagnostic{Path: fmt.Sprintf("d/%02d.txt", i), Line: 1, Severity: corpus.Warning, Message: "no date in header, fields or text"})
	}
	if got := GroupDiagnostics(many)[0].String(); got != "d/00.txt:1: warning: no date in header, fields or text (and 19 more: d/01.txt:1, d/02.txt:1, d/03.txt:1, d/04.txt:1, d/05.txt:1, d/06.txt:1, d/07.txt:1, d/08.txt:1, …; all in --format json)" {
		t.Errorf("many files: %s", got)
	}
}
