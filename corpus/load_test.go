package corpus

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func loadT(t *testing.T, opt Options, paths ...string) *Dump {
	t.Helper()
	d, err := Load(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func byID(d *Dump) map[string]*Article {
	m := map[string]*Article{}
	for _, a := range d.Articles {
		m[a.ID] = a
	}
	return m
}

// TestSeeds checks the acceptance criteria of the seed dump.
func TestSeeds(t *testing.T) {
	d := loadT(t, Options{}, "../testdata/seeds")
	if len(d.Articles) != 5 {
		t.Fatalf("got %d articles, want 5 (no article may be lost)", len(d.Articles))
	}
	for _, x := range d.Diagnostics {
		t.Errorf("unexpected diagnostic: %v", x)
	}
	type want struct {
		outlet      string
		republished bool
		date        string
		source      DateSource
		title       string
	}
	wants := map[string]want{
		"000_1e9a216f9237e569": {"MENAFN", false, "2025-12-16", DateHeader, "US refuses to compromise with Ukraine over drafted peace proposal"},
		"001_1c2c2081d55c5b3c": {"Occasional Digest", true, "2025-12-02", DateText, "‘No compromise’ on territory after Ukraine talks with US: Russian official | Russia-Ukraine war News"},
		"002_b7b859cbb739f493": {"unknown", false, "2025-12-15", DateHeader, ""},
		"003_f420ff260f6c388f": {"MENAFN", false, "2025-12-07", DateHeader, "Zelensky Talks with U.S. Envoys about Territory ‘Difficult’"},
		"004_fa79ad35558de7c7": {"unknown", false, "2025-12-15", DateText, ""},
	}
	arts := byID(d)
	for id, w := range wants {
		a := arts[id]
		if a == nil {
			t.Errorf("article %s missing", id)
			continue
		}
		got := want{a.Outlet, a.Republished, a.Date.Format("2006-01-02"), a.DateSource, a.Title}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", id, diff)
		}
		if a.Status == 0 && a.DateSource == DateHeader && id != "002_b7b859cbb739f493" {
			t.Errorf("%s: status number of the header not kept", id)
		}
		for _, chrome := range []string{"Site icon", "Recommended Stories", "list of 3 items", "Source link", "Exit mobile version", "a story for you"} {
			if strings.Contains(a.Text, chrome) {
				t.Errorf("%s: chrome %q survived cleaning", id, chrome)
			}
		}
		if len(a.Tokens) == 0 || len(a.Sentences) == 0 {
			t.Errorf("%s: %d tokens, %d sentences", id, len(a.Tokens), len(a.Sentences))
		}
		if n := len(a.Words()); n != len(a.Tokens) {
			t.Errorf("%s: %d normalised words for %d tokens", id, n, len(a.Tokens))
		}
	}
	if got := arts["002_b7b859cbb739f493"].Text; !strings.HasPrefix(got, "A responsible source familiar with the Berlin talks") {
		t.Errorf("002 body starts %q", got[:60])
	}
	if got := arts["001_1c2c2081d55c5b3c"].Text; !strings.HasPrefix(got, "“No compromise” was reached") {
		t.Errorf("001 body starts %q", got[:60])
	}
	wantChrome := []string{"Site icon Occasional Digest", "Recommended Stories", "list of 3 itemsend of list", "Source link", "Exit mobile version", "Occasional Digest - a story for you"}
	if diff := cmp.Diff(wantChrome, arts["001_1c2c2081d55c5b3c"].Chrome); diff != "" {
		t.Errorf("001: chrome removed (-want +got):\n%s", diff)
	}
	// Nothing of the body but chrome is lost: every other line of 001 is
	// still there.
	raw, _ := os.ReadFile("../testdata/seeds/001_1c2c2081d55c5b3c.txt")
	for line := range strings.SplitSeq(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "‘No compromise’ on territory") {
			continue
		}
		if !strings.Contains(arts["001_1c2c2081d55c5b3c"].Text, line) && !isSeedChrome(line) {
			t.Errorf("001: body line lost: %q", line)
		}
	}
}

func isSeedChrome(line string) bool {
	for _, c := range []string{"Site icon", "Recommended Stories", "list of 3 items", "Source link", "Exit mobile version", "Occasional Digest - a story"} {
		if strings.HasPrefix(line, c) {
			return true
		}
	}
	return false
}

// TestBadInput loads each file of the bad-input corpus and checks the
// diagnostics it yields and the articles it keeps.
func TestBadInput(t *testing.T) {
	type diag struct {
		Line     int
		Severity Severity
		Message  string // a substring of the message
	}
	tests := []struct {
		file     string
		articles int
		diags    []diag
	}{
		{"empty.txt", 0, []diag{{0, Error, "empty file"}}},
		{"blank.txt", 0, []diag{{0, Error, "only white space"}}},
		{"binary.txt", 0, []diag{{3, Error, "binary file"}}},
		{"invalid-utf8.txt", 1, []diag{{4, Info, "invalid UTF-8 (2 bytes) replaced"}}},
		{"crlf.txt", 1, []diag{{1, Info, "CRLF"}}},
		{"header-only.txt", 0, []diag{{1, Error, "header but no body"}}},
		{"bad-header-date.txt", 1, []diag{{1, Warning, `date "2025-13-45" not understood; no date in the URL or text either`}}},
		{"no-date.txt", 1, []diag{{1, Warning, "no date in header, fields or text"}}},
		{"mixed.jsonl", 4, []diag{
			{2, Error, "line is not JSON"},
			{5, Error, "not an object (array)"},
			{6, Error, "no text and no title"},
			{7, Info, "invalid UTF-8"},
			{8, Warning, `date "sometime soon" not understood; no date in the URL or text either`},
		}},
		{"dup-ids.jsonl", 3, []diag{{2, Warning, `duplicate id "x" renamed "x#2"`}, {3, Warning, `duplicate id "x" renamed "x#3"`}}},
		{"truncated.jsonl.gz", 9, []diag{{0, Error, "truncated"}, {10, Error, "line is not JSON"}}},
		{"not-gzip.jsonl.gz", 0, []diag{{0, Error, "not a valid gzip file"}}},
		{"notes.pdf", 0, []diag{{0, Error, `unknown file type ".pdf"`}}},
		{"ragged.csv", 3, []diag{{3, Warning, "no date"}, {3, Warning, "row has 3 fields, header has 4"}, {4, Warning, "row has 5 fields, header has 4"}}},
		{"no-text-column.csv", 0, []diag{{1, Error, "no text or title column"}}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("../testdata/bad", tc.file)
			d := loadT(t, Options{}, path)
			if len(d.Articles) != tc.articles {
				t.Errorf("got %d articles, want %d", len(d.Articles), tc.articles)
			}
			var got []diag
			for i, x := range d.Diagnostics {
				if x.Path != path {
					t.Errorf("diagnostic %d names %q, want %q", i, x.Path, path)
				}
				m := x.Message
				if i < len(tc.diags) && strings.Contains(m, tc.diags[i].Message) {
					m = tc.diags[i].Message
				}
				got = append(got, diag{x.Line, x.Severity, m})
			}
			if diff := cmp.Diff(tc.diags, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBigArticle feeds a 200 MB single article on standard input: it is cut
// to MaxBytes and reported, and memory stays bounded by MaxBytes, not by the
// input.
func TestBigArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200 MB")
	}
	const size = 200 << 20
	r := io.MultiReader(strings.NewReader(" date 2025-12-15\n"), io.LimitReader(repeatReader("The talks went on through the night. "), size))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := loadT(t, Options{Stdin: r, MaxBytes: 4 << 20}, "-")
	runtime.ReadMemStats(&after)
	if len(d.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(d.Articles))
	}
	if n := len(d.Articles[0].Text); n > 4<<20 {
		t.Errorf("text of %d bytes kept, want at most %d", n, 4<<20)
	}
	if len(d.Diagnostics) != 1 || !strings.Contains(d.Diagnostics[0].Message, "cut to the first 4.0 MiB") || !strings.Contains(d.Diagnostics[0].Message, "200.0 MiB") {
		t.Errorf("diagnostics: %v", d.Diagnostics)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 120<<20 {
		t.Errorf("allocated %d MiB for a 200 MiB input cut at 4 MiB: memory is not bounded", alloc>>20)
	}
}

// TestLongJSONLLine skips a JSONL line over the limit, with its line
// number, and keeps the records around it.
func TestLongJSONLLine(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("word ", 1000) + `"}`
	in := `{"id":"a","text":"before","date":"2025-01-01"}` + "\n" + long + "\n" + `{"id":"b","text":"after","date":"2025-01-01"}` + "\n"
	d := loadT(t, Options{Stdin: strings.NewReader(in), MaxBytes: 1000}, "-")
	if got := len(d.Articles); got != 2 {
		t.Errorf("got %d articles, want 2", got)
	}
	want := []Diagnostic{{Path: "-", Line: 2, Severity: Error, Message: "line of 4.9 KiB is over the limit of 1000 bytes (--max-bytes); skipped"}}
	if diff := cmp.Diff(want, d.Diagnostics); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

// TestStdinSniff reads standard input as JSONL, JSON or text by its first
// character, and gzip by its magic number.
func TestStdinSniff(t *testing.T) {
	tests := []struct{ name, in, wantID string }{
		{"jsonl", `{"id":"j","text":"x","date":"2025-01-01"}` + "\n", "j"},
		{"json", `[{"id":"a","text":"x","date":"2025-01-01"}]`, "a"},
		{"txt", " date 2025-01-01 200\nA text file body.\n", "stdin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := loadT(t, Options{Stdin: strings.NewReader(tc.in)}, "-")
			if len(d.Articles) != 1 || d.Articles[0].ID != tc.wantID {
				t.Fatalf("articles %v, diagnostics %v", d.Articles, d.Diagnostics)
			}
		})
	}
}

// TestOutletOrder checks the order of the outlet rules: field, manifest,
// URL host, in-text marker, unknown.
// checkOutlets loads the JSON lines in with the manifest rules and fails
// unless each article's "outlet (source)", by id, is as in want.
func checkOutlets(t *testing.T, in string, rules []OutletRule, want map[string]string) {
	t.Helper()
	d := loadT(t, Options{Stdin: strings.NewReader(in), Outlets: rules}, "-")
	got := map[string]string{}
	for _, a := range d.Articles {
		got[a.ID] = a.Outlet + " (" + string(a.OutletFrom) + ")"
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestOutletOrder(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"f","outlet":"Field Outlet","url":"https://www.bbc.co.uk/x","text":"(Reuters) - x","date":"2025-01-01"}`,
		`{"id":"m1","url":"https://www.bbc.co.uk/x","text":"(Reuters) - x","date":"2025-01-01"}`,
		`{"id":"u","url":"https://www.bbc.co.uk/news/1","text":"(Reuters) - x","date":"2025-01-01"}`,
		`{"id":"r","text":"KYIV, Ukraine (AP) — x","date":"2025-01-01"}`,
		`{"id":"p","text":"(Updated) Not an outlet marker.","date":"2025-01-01"}`,
		`{"id":"d","source_domain":"www.example.com","text":"x","date":"2025-01-01"}`,
	}, "\n")
	checkOutlets(t, in, []OutletRule{{Pattern: "m?", Outlet: "Manifest Outlet"}}, map[string]string{
		"f":  "Field Outlet (field)",
		"m1": "Manifest Outlet (manifest)",
		"u":  "bbc.co.uk (url)",
		"r":  "AP (marker)",
		"p":  "unknown (unknown)",
		"d":  "example.com (field)",
	})
}

// TestOutletAlias: an `outlet:NAME` row merges the names a field, a URL or
// a marker gives one outlet; it names no article by pattern.
func TestOutletAlias(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","outlet":"FOX","text":"x","date":"2025-01-01"}`,
		`{"id":"b","outlet":"Fox  News","text":"x","date":"2025-01-01"}`,
		`{"id":"c","outlet":"fox","text":"x","date":"2025-01-01"}`,
		`{"id":"d","url":"https://www.foxnews.com/x","text":"x","date":"2025-01-01"}`,
		`{"id":"outlet:FOX","text":"x","date":"2025-01-01"}`,
	}, "\n")
	rules, err := ReadOutlets(strings.NewReader("outlet:FOX,Fox News\noutlet:foxnews.com,Fox News\n"), "m.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkOutlets(t, in, rules, map[string]string{
		"a":          "Fox News (field)",
		"b":          "Fox News (field)",
		"c":          "Fox News (field)",
		"d":          "Fox News (url)",
		"outlet:FOX": "unknown (unknown)",
	})
	if _, err := ReadOutlets(strings.NewReader("outlet: ,X\n"), "bad.csv"); err == nil || !strings.Contains(err.Error(), "bad.csv:1") {
		t.Errorf("an alias of no name: want an error naming bad.csv:1, got %v", err)
	}
}

func TestReadOutlets(t *testing.T) {
	rules, err := ReadOutlets(strings.NewReader("pattern,outlet\n# comment\n*tass.com*,TASS\nrt.com, RT\n"), "m.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []OutletRule{{"*tass.com*", "TASS"}, {"rt.com", "RT"}}
	if diff := cmp.Diff(want, rules); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := ReadOutlets(strings.NewReader("only-one-field\n"), "bad.csv"); err == nil || !strings.Contains(err.Error(), "bad.csv:1") {
		t.Errorf("want an error naming bad.csv:1, got %v", err)
	}
}

func TestFieldOverride(t *testing.T) {
	in := `{"id":"a","text":"the wrong field","body_html":"the right field","date":"2025-01-01"}`
	fm := FieldMap{}
	if err := fm.Set("text=body_html"); err != nil {
		t.Fatal(err)
	}
	if err := fm.Set("bogus=x"); err == nil {
		t.Error("unknown role accepted")
	}
	d := loadT(t, Options{Stdin: strings.NewReader(in), Fields: fm}, "-")
	if len(d.Articles) != 1 || d.Articles[0].Text != "the right field" {
		t.Fatalf("got %+v", d.Articles)
	}
}

func TestHostAndURLDate(t *testing.T) {
	hosts := map[string]string{
		"https://www.bbc.co.uk/news/1": "bbc.co.uk",
		"http://m.example.com/a":       "example.com",
		"www.tass.com/x":               "tass.com",
		"not a url":                    "",
		"":                             "",
	}
	for in, want := range hosts {
		if got := hostOutlet(in); got != want {
			t.Errorf("hostOutlet(%q) = %q, want %q", in, got, want)
		}
	}
	dates := map[string]string{
		"http://www.nytimes.com/2016/09/20/nyregion/x.html":          "2016-09-20",
		"https://www.reuters.com/world/europe/moscow-2025-12-04/":    "",
		"https://example.com/news/2025-12-04/story":                  "2025-12-04",
		"https://example.com/20251204/story":                         "2025-12-04",
		"https://example.com/2025/13/04/impossible":                  "",
		"https://example.com/archive/1234567/not-a-date-either.html": "",
	}
	for in, want := range dates {
		got := ""
		if d, ok := urlDate(in); ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestChromeLearning removes lines repeated across an outlet's articles
// but keeps the headings of one story copied several times.
func TestChromeLearning(t *testing.T) {
	var lines []string
	for i := range 20 {
		lines = append(lines, fmt.Sprintf(`{"id":"n%d","outlet":"Example News","date":"2025-01-01","text":"Sign up for our newsletter\n\nStory %d happened on a day of the week with its own details number %d.\n\nRead more at Example News"}`, i, i, i*7))
	}
	for i := range 5 {
		lines = append(lines, fmt.Sprintf(`{"id":"c%d","outlet":"Example News","date":"2025-01-01","text":"Key Issues Remain\n\nThe same syndicated paragraph appears in every copy of this story, word for word.\n\nCopy %d"}`, i, i))
	}
	d := loadT(t, Options{Stdin: strings.NewReader(strings.Join(lines, "\n"))}, "-")
	for _, a := range d.Articles {
		if strings.Contains(a.Text, "Sign up") || strings.Contains(a.Text, "Read more at") {
			t.Errorf("%s: learned chrome survived: %q", a.ID, a.Text)
		}
		if want := []string{"Sign up for our newsletter", "Read more at Example News"}; strings.HasPrefix(a.ID, "n") && !cmp.Equal(a.Chrome, want) {
			t.Errorf("%s: chrome %q, want %q", a.ID, a.Chrome, want)
		}
		if strings.HasPrefix(a.ID, "c") && !strings.HasPrefix(a.Text, "Key Issues Remain") {
			t.Errorf("%s: a heading of a story copied 5 times was taken for chrome: %q", a.ID, a.Text)
		}
	}
}

// TestDeterministic loads the same input many times with different worker
// counts and expects the same result every time.
func TestDeterministic(t *testing.T) {
	paths := []string{"../testdata/seeds", "../testdata/bad", "../testdata/loaders"}
	first := loadT(t, Options{Workers: 1}, paths...)
	for i := range 10 {
		got := loadT(t, Options{Workers: 1 + i%4*3}, paths...)
		if diff := cmp.Diff(first, got); diff != "" {
			t.Fatalf("run %d differs (-first +got):\n%s", i, diff)
		}
	}
}

// goldenArticle is the view of an article the loader golden files hold.
type goldenArticle struct {
	ID, Outlet  string
	OutletFrom  OutletSource
	Republished bool
	Date        string
	DateSource  DateSource
	Status      int
	Title, URL  string
	Line        int
	Chrome      []string
	Text        string
	Words       []string
	Sentences   []string
}

// TestLoaders compares what each loader makes of its fixture in
// testdata/loaders with the golden file beside it (refresh with -update).
func TestLoaders(t *testing.T) {
	files, _ := filepath.Glob("../testdata/loaders/*")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			d := loadT(t, Options{}, f)
			var out struct {
				Articles    []goldenArticle
				Diagnostics []Diagnostic
			}
			for _, a := range d.Articles {
				g := goldenArticle{ID: a.ID, Outlet: a.Outlet, OutletFrom: a.OutletFrom, Republished: a.Republished,
					DateSource: a.DateSource, Status: a.Status, Title: a.Title, URL: a.URL, Line: a.Line, Chrome: a.Chrome,
					Text: a.Text, Words: a.Words()}
				if a.DateSource != DateNone {
					g.Date = a.Date.Format("2006-01-02")
				}
				for i := range a.Sentences {
					g.Sentences = append(g.Sentences, a.Sentence(i))
				}
				out.Articles = append(out.Articles, g)
			}
			out.Diagnostics = d.Diagnostics
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := f + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
	if n < 8 {
		t.Errorf("found %d loader fixtures, want at least 8", n)
	}
}

// TestStream hands over the same articles as Load, in the same order, when
// no chrome is learned from the dump, and stops at the callback's error.
func TestStream(t *testing.T) {
	paths := []string{"../testdata/seeds", "../testdata/bad", "../testdata/loaders"}
	want := loadT(t, Options{}, paths...)
	var got []*Article
	d, err := Stream(paths, Options{Workers: 3}, func(a *Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Articles, got); diff != "" {
		t.Errorf("articles (-load +stream):\n%s", diff)
	}
	if diff := cmp.Diff(want.Diagnostics, d.Diagnostics); diff != "" {
		t.Errorf("diagnostics (-load +stream):\n%s", diff)
	}
	stop := fmt.Errorf("enough")
	n := 0
	_, err = Stream(paths, Options{}, func(a *Article) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("after an error from fn: err %v, %d calls; want %v, 3", err, n, stop)
	}
}

// TestKeep passes over the records Keep refuses, unparsed and unreported.
func TestKeep(t *testing.T) {
	paths := []string{"../testdata/bad/mixed.jsonl", "../testdata/seeds"}
	var got []string
	keep := func(path string, line int) bool {
		return strings.HasSuffix(path, "002_b7b859cbb739f493.txt") || strings.HasSuffix(path, "mixed.jsonl") && (line == 4 || line == 2)
	}
	d, err := Stream(paths, Options{Keep: keep}, func(a *Article) error {
		got = append(got, a.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a2", "002_b7b859cbb739f493"}, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	// Line 2 is not JSON: kept, so reported; the refused bad lines are not.
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Line != 2 {
		t.Errorf("diagnostics: %v", d.Diagnostics)
	}
}

// TestNoNorm: without the normalised text, Words gives the same words.
func TestNoNorm(t *testing.T) {
	want := loadT(t, Options{}, "../testdata/seeds")
	got := loadT(t, Options{NoNorm: true}, "../testdata/seeds")
	for i, a := range got.Articles {
		if a.Norm != "" {
			t.Fatalf("%s: Norm kept", a.ID)
		}
		if diff := cmp.Diff(want.Articles[i].Words(), a.Words()); diff != "" {
			t.Errorf("%s: words (-with Norm +without):\n%s", a.ID, diff)
		}
	}
}

// TestOneDateWarning: a header or field date that cannot be read and what
// the article was dated by instead (or nothing) are one warning, not two.
func TestOneDateWarning(t *testing.T) {
	tests := []struct {
		line, want string
		source     DateSource
	}{
		{`{"id":"a","date":"sometime soon","text":"Talks ended on 15 December 2025 in Berlin after two days."}`,
			`date "sometime soon" not understood; dated 2025-12-15 from the text`, DateText},
		{`{"id":"b","date":"sometime soon","url":"https://example.com/2025/12/14/talks","text":"Talks ended in Berlin."}`,
			`date "sometime soon" not understood; dated 2025-12-14 from the url`, DateURL},
		{`{"id":"c","date":"sometime soon","text":"Talks ended in Berlin."}`,
			`date "sometime soon" not understood; no date in the URL or text either`, DateNone},
		{`{"id":"d","text":"Talks ended in Berlin."}`, `no date in header, fields or text`, DateNone},
	}
	for _, tc := range tests {
		d := loadBytes([]byte(tc.line+"\n"), formatJSONL, "x.jsonl")
		if len(d.Articles) != 1 {
			t.Fatalf("%s: %d articles", tc.line, len(d.Articles))
		}
		var msgs []string
		for _, x := range d.Diagnostics {
			msgs = append(msgs, x.Message)
		}
		if len(msgs) != 1 || msgs[0] != tc.want {
			t.Errorf("%s:\n got %q\nwant [%q]", tc.line, msgs, tc.want)
		}
		if got := d.Articles[0].DateSource; got != tc.source {
			t.Errorf("%s: date source %q, want %q", tc.line, got, tc.source)
		}
	}
}
