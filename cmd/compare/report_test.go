package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/report"
)

// TestReportExitCodes pins the exit codes of compare report, and that a
// run that fails leaves no file behind: 0 written, 2 for a usage error
// (before anything is read), a runtime error, nothing loaded or a
// diagnostic at the --strict level (the last two still write the report).
func TestReportExitCodes(t *testing.T) {
	tmp := t.TempDir()
	seeds := "../../testdata/seeds"
	tests := []struct {
		name    string
		args    []string
		want    int
		stderr  string
		written string // the file the run leaves, "" for none
	}{
		{"markdown by extension", []string{"report", seeds, "-o", "$TMP/r.md"}, 0, "compare: wrote $TMP/r.md (markdown, ", "r.md"},
		{"json by extension", []string{"report", seeds, "-o", "$TMP/r.JSON"}, 0, "(json, ", "r.JSON"},
		{"html by extension", []string{"report", seeds, "-o", "$TMP/r.htm"}, 0, "(html, ", "r.htm"},
		{"format over extension", []string{"report", "--format", "json", seeds, "-o", "$TMP/r.txt"}, 0, "(json, ", "r.txt"},
		{"unknown extension", []string{"report", seeds, "-o", "$TMP/r.txt"}, 2, `-o $TMP/r.txt: the extension ".txt" names no format of the report (.html, .md, .json); give --format`, ""},
		{"no extension", []string{"report", seeds, "-o", "$TMP/report"}, 2, `the extension "" names no format`, ""},
		{"csv", []string{"report", "--format", "csv", seeds, "-o", "$TMP/r.csv"}, 2, "csv", ""},
		{"no path", []string{"report", "-o", "$TMP/r.md"}, 2, "report: give at least one PATH", ""},
		{"events 0", []string{"report", "--events", "0", seeds}, 2, "--events must be at least 1", ""},
		{"articles 1", []string{"report", "--articles", "1", seeds}, 2, "--articles must be at least 2, or negative for no bound, got 1", ""},
		{"diffs 0", []string{"report", "--diffs", "0", seeds}, 2, "--diffs must be at least 1, or negative for no bound", ""},
		{"no bounds", []string{"report", "--events", "-1", "--articles", "-1", "--diffs", "-1", seeds, "-o", "$TMP/r.json"}, 0, "(json, ", "r.json"},
		{"dedup threshold", []string{"report", "--dedup-threshold", "2", seeds}, 2, "--dedup-threshold must be in (0, 1]", ""},
		{"event threshold", []string{"report", "--threshold", "0", seeds}, 2, "--threshold must be in (0, 1]", ""},
		{"missing path", []string{"report", "no/such/dir", "-o", "$TMP/r.md"}, 2, "no/such/dir", ""},
		{"missing directory", []string{"report", seeds, "-o", "$TMP/no/such/r.md"}, 2, "-o $TMP/no/such/r.md: ", ""},
		{"nothing loaded", []string{"report", "../../testdata/bad/empty.txt", "-o", "$TMP/r.md"}, 2, "no article was loaded", "r.md"},
		{"strict", []string{"report", "--strict", "../../testdata/bad", seeds, "-o", "$TMP/r.json"}, 2, "--strict=warning", "r.json"},
		{"quiet", []string{"report", "-q", seeds, "-o", "$TMP/r.md"}, 0, "", "r.md"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range []string{"r.md", "r.JSON", "r.htm", "r.txt", "r.csv", "r.json", "report"} {
				os.Remove(filepath.Join(tmp, e))
			}
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "$TMP", tmp)
			}
			var out, errOut bytes.Buffer
			if got := run(args, nil, &out, &errOut); got != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", got, tc.want, errOut.String())
			}
			if want := strings.ReplaceAll(tc.stderr, "$TMP", tmp); !strings.Contains(errOut.String(), want) {
				t.Errorf("stderr does not contain %q:\n%s", want, errOut.String())
			}
			if tc.name == "quiet" && errOut.Len() > 0 {
				t.Errorf("stderr under --quiet: %q", errOut.String())
			}
			files, _ := os.ReadDir(tmp)
			var names []string
			for _, f := range files {
				names = append(names, f.Name())
			}
			var want []string
			if tc.written != "" {
				want = []string{tc.written}
			}
			if diff := cmp.Diff(want, names); diff != "" {
				t.Errorf("files left (-want +got):\n%s", diff)
			}
			if tc.written != "" && out.Len() > 0 {
				t.Errorf("-o wrote to stdout too: %.200s", out.String())
			}
		})
	}
}

// TestNewCmdReport checks flag parsing without running: the format from
// the extension, --format over it, and the bounds and flags shared with
// events, dedup and framing.
func TestNewCmdReport(t *testing.T) {
	tests := []struct {
		args   []string
		format report.Format
		check  func(o *reportOptions) bool
	}{
		{[]string{"report", "d.jsonl"}, report.Table, func(o *reportOptions) bool {
			return o.Output == "" && o.Report == pipeline.ReportOptions{Events: pipeline.DefaultReportEvents, Articles: pipeline.DefaultReportArticles, Diffs: pipeline.DefaultReportDiffs} && o.Fold && !o.Timestamp
		}},
		{[]string{"report", "-o", "x.HTM", "d.jsonl"}, report.HTML, nil},
		{[]string{"report", "--output", "x.markdown", "d.jsonl"}, report.Markdown, nil},
		{[]string{"report", "--format", "md", "-o", "x.json", "d.jsonl"}, report.Markdown, nil},
		{[]string{"report", "--format", "json", "d.jsonl"}, report.JSON, nil},
		{[]string{"report", "--events", "-1", "--articles", "4", "--diffs", "1", "--timestamp", "--window", "2d", "--dedup-threshold", "0.7",
			"--shingle", "4", "--fold=false", "--lexicon", "none", "a", "b"}, report.Table, func(o *reportOptions) bool {
			return o.Report == pipeline.ReportOptions{Events: -1, Articles: 4, Diffs: 1} && o.Timestamp && o.Event.Window.Hours() == 48 &&
				o.Dedup.Threshold == 0.7 && o.Dedup.Shingle == 4 && !o.Fold && len(o.Lexicons) == 1 && len(o.Paths) == 2
		}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var got *reportOptions
			f := &factory{}
			root := newCmdRoot(f)
			for _, c := range root.Commands() {
				if c.Name() == "report" {
					root.RemoveCommand(c)
				}
			}
			root.AddCommand(newCmdReport(f, func(o *reportOptions) error { got = o; return nil }))
			root.SetArgs(tc.args)
			if err := root.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.Format != tc.format {
				t.Errorf("format %q, want %q", got.Format, tc.format)
			}
			if tc.check != nil && !tc.check(got) {
				t.Errorf("options not parsed: %+v", got)
			}
		})
	}
}

// writeLargeDump writes a dump of n stories, each told by three outlets
// (one writes Kiev and Donbass, one Kyiv and Donbas, one reprints the
// first), plus singles, as JSON Lines: large enough that its Markdown
// report is cut.
func writeLargeDump(t *testing.T, n int) string {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		const letters = "abcdefghijklmnoprstuvw"
		b := make([]byte, 4+r.IntN(6))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	sentence := func(place string) string {
		ws := []string{strings.ToUpper(word()[:1]) + word()}
		for range 10 + r.IntN(8) {
			ws = append(ws, word())
		}
		ws = append(ws, "in", place, "said", word()+".")
		return strings.Join(ws, " ")
	}
	var b strings.Builder
	line := func(id, outlet, date, title, text string) {
		rec, _ := json.Marshal(map[string]string{"id": id, "outlet": outlet, "date": date, "title": title, "text": text})
		b.Write(rec)
		b.WriteByte('\n')
	}
	for s := range n {
		var ru, ua []string
		for k := range 8 {
			x := sentence("Kiev")
			ru = append(ru, x)
			if k == 7 {
				x = sentence("Kyiv") // a sentence of its own
			}
			ua = append(ua, strings.ReplaceAll(x, "Kiev", "Kyiv"))
		}
		ru = append(ru, "Talks on the Donbass went on.")
		ua = append(ua, "Talks on the Donbas went on.")
		date := fmt.Sprintf("2025-%02d-%02d", 1+s/28%12, 1+s%28)
		title := "Story " + word() + " " + word()
		line(fmt.Sprintf("s%03d-ru", s), "Kiev Daily", date, title, strings.Join(ru, " "))
		line(fmt.Sprintf("s%03d-ua", s), "Kyiv Herald", date, title+" in Kyiv", strings.Join(ua, " "))
		line(fmt.Sprintf("s%03d-wire", s), "Wire Reprints", date, title, strings.Join(ru, " "))
		line(fmt.Sprintf("s%03d-single", s), "Lone Post", date, "Single "+word(), sentence("Paris")+" "+sentence("Rome"))
	}
	path := filepath.Join(t.TempDir(), "large.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReportLarge: on a dump whose events do not all fit, the Markdown
// stays within the size of a GitHub comment and its last line says what
// was left out and how to get it; the JSON and the Markdown are the same
// bytes with 1 and 4 workers.
func TestReportLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a dump of 400 articles")
	}
	dump := writeLargeDump(t, 100)
	dir := t.TempDir()
	outputs := map[string][]byte{}
	for _, workers := range []string{"1", "4"} {
		for _, ext := range []string{"md", "json"} {
			path := filepath.Join(dir, workers+"."+ext)
			var out, errOut bytes.Buffer
			if code := run([]string{"report", "-q", "--workers", workers, dump, "-o", path}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if prev, ok := outputs[ext]; ok && !bytes.Equal(prev, data) {
				t.Errorf("the %s with %s workers differs from 1 worker's", ext, workers)
			}
			outputs[ext] = data
		}
	}
	md := string(outputs["md"])
	if len(md) > 65536 || len(md) > report.MarkdownLimit {
		t.Errorf("Markdown of %d bytes", len(md))
	}
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "**Left out** to stay within 64,000 bytes") || !strings.Contains(last, "the expanded events e") || !strings.HasSuffix(last, "`compare report -o report.html` (or `-o report.json`) writes all of it.") {
		t.Errorf("last line %q", last)
	}
	var doc struct {
		Summary  report.DumpSummary
		Expanded []report.DumpEvent
	}
	if err := json.Unmarshal(outputs["json"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Summary.Articles != 400 || doc.Summary.Expanded != len(doc.Expanded) || doc.Summary.Expanded < 90 {
		t.Errorf("summary %+v", doc.Summary)
	}
	if shown := strings.Count(md, "<summary>e"); shown >= doc.Summary.Expanded {
		t.Errorf("the Markdown shows %d events of %d, none left out", shown, doc.Summary.Expanded)
	}
}
