package corpus

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"
)

// diagsOf lists diagnostics as "LINE SEVERITY MESSAGE" for comparison.
func diagsOf(d *Dump) []string {
	var out []string
	for _, x := range d.Diagnostics {
		if x.Message == "no date in header, fields or text" {
			continue
		}
		out = append(out, fmt.Sprintf("%d %s %s", x.Line, x.Severity, x.Message))
	}
	return out
}

func idsOf(d *Dump) []string {
	var out []string
	for _, a := range d.Articles {
		out = append(out, a.ID)
	}
	return out
}

// TestSymlinks: links inside a dump folder are followed; a dangling link,
// a link cycle and a link to an ancestor directory are each reported with
// their path, and a file reached twice is read once and said so.
func TestSymlinks(t *testing.T) {
	root := t.TempDir()
	dump := filepath.Join(root, "dump")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Skipf("cannot make the fixture (symbolic links unsupported?): %v", err)
		}
	}
	must(os.MkdirAll(filepath.Join(dump, "sub"), 0o755))
	must(os.MkdirAll(filepath.Join(root, "annex"), 0o755))
	must(os.WriteFile(filepath.Join(root, "annex", "obj.jsonl"), []byte(`{"id":"annexed","text":"kept in the annex"}`+"\n"), 0o644))
	must(os.WriteFile(filepath.Join(dump, "a.jsonl"), []byte(`{"id":"a","text":"alpha"}`+"\n"), 0o644))
	must(os.Symlink("../annex/obj.jsonl", filepath.Join(dump, "annexed.jsonl"))) // git-annex style file link
	must(os.Symlink("../annex", filepath.Join(dump, "store")))                   // a linked folder
	must(os.Symlink("a.jsonl", filepath.Join(dump, "b.jsonl")))                  // the same file twice
	must(os.Symlink("nowhere.jsonl", filepath.Join(dump, "dangling.jsonl")))
	must(os.Symlink("c2.jsonl", filepath.Join(dump, "c1.jsonl")))
	must(os.Symlink("c1.jsonl", filepath.Join(dump, "c2.jsonl")))
	must(os.Symlink("..", filepath.Join(dump, "sub", "up")))
	d := loadT(t, Options{}, dump)
	if diff := cmp.Diff([]string{"a", "annexed"}, idsOf(d)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	var got []string
	for _, x := range d.Diagnostics {
		if x.Message != "no date in header, fields or text" {
			got = append(got, strings.TrimPrefix(x.Path, dump)+": "+string(x.Severity)+": "+x.Message)
		}
	}
	want := []string{
		"/b.jsonl: info: same file as " + filepath.Join(dump, "a.jsonl") + " (reached twice, through a symbolic link or a second path); read once",
		"/c1.jsonl: error: symbolic link cycle (through c2.jsonl); skipped",
		"/c2.jsonl: error: symbolic link cycle (through c1.jsonl); skipped",
		"/dangling.jsonl: error: dangling symbolic link (its target nowhere.jsonl does not exist); skipped",
		"/store/obj.jsonl: info: same file as " + filepath.Join(dump, "annexed.jsonl") + " (reached twice, through a symbolic link or a second path); read once",
		"/sub/up: error: symbolic link to .., a directory it is inside (a loop); skipped",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// TestCSVOpenQuote: a quoted field left open never swallows the rows after
// it: it is read again from its opening line, which a warning names, and
// every row comes out, whichever way the open quote shows.
func TestCSVOpenQuote(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ids      []string
		diags    []string
	}{
		{"reaches the end", "id,text\n1,fine\n2,\"open quote\n3,three\n4,four\n",
			[]string{"1", "2", "3", "4"},
			[]string{`3 warning quoted field opened here is never closed (it reaches the end of the file); read again from this line with that quote as a plain character`}},
		{"stray quote later", "id,text\n1,\"open, quote\n2,\"x\" said\n3,three\n",
			[]string{"1", "2", "3"},
			[]string{`2 warning quoted field opened here is never closed (a stray quote on line 3); read again from this line with that quote as a plain character`,
				`2 warning row has 3 fields, header has 2`,
				// `"x" said` is itself a quote that never closes.
				`3 warning quoted field opened here is never closed (it reaches the end of the file); read again from this line with that quote as a plain character`}},
		{"closed but the row is ragged", "id,text,title\n1,\"open,t\n2,b,c\"\n3,c,t\n",
			[]string{"1", "2", "3"},
			[]string{`2 warning quoted field opened here is never closed (its row would have 2 fields, the header has 3); read again from this line with that quote as a plain character`}},
		{"a real multi-line field stays", "id,text\n1,\"one\ntwo \"\"q\"\"\"\n2,two\n",
			[]string{"1", "2"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := loadBytes([]byte(tc.in), formatCSV, "f.csv")
			if diff := cmp.Diff(tc.ids, idsOf(d)); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.diags, diagsOf(d)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEncodings: a UTF-8 byte order mark costs no record, in a file or on
// standard input, and UTF-16 in either byte order, with or without a mark,
// is decoded with an info diagnostic rather than refused as binary.
func TestEncodings(t *testing.T) {
	jsonl := "{\"id\":\"first\",\"text\":\"Kyiv said — “yes”.\"}\n{\"id\":\"second\",\"text\":\"two\"}\n"
	utf16 := func(e unicode.Endianness, bom unicode.BOMPolicy) []byte {
		b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(jsonl))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		name string
		data []byte
		note string
	}{
		{"utf-8 bom", append([]byte("\ufeff"), jsonl...), ""},
		{"utf-16le bom", utf16(unicode.LittleEndian, unicode.UseBOM), "UTF-16 LE text decoded to UTF-8"},
		{"utf-16be bom", utf16(unicode.BigEndian, unicode.UseBOM), "UTF-16 BE text decoded to UTF-8"},
		{"utf-16le no bom", utf16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16 LE text decoded to UTF-8"},
		{"utf-16be no bom", utf16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16 BE text decoded to UTF-8"},
	} {
		for _, stdin := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s stdin=%v", tc.name, stdin), func(t *testing.T) {
				var d *Dump
				if stdin {
					d = loadT(t, Options{Stdin: bytes.NewReader(tc.data)}, "-")
				} else {
					d = loadBytes(tc.data, formatJSONL, "f.jsonl")
				}
				if diff := cmp.Diff([]string{"first", "second"}, idsOf(d)); diff != "" {
					t.Fatalf("articles (-want +got):\n%s\ndiagnostics %v", diff, d.Diagnostics)
				}
				if got := d.Articles[0].Text; got != "Kyiv said — “yes”." {
					t.Errorf("text %q", got)
				}
				var want []string
				if tc.note != "" {
					want = []string{"0 info " + tc.note}
				}
				if diff := cmp.Diff(want, diagsOf(d)); diff != "" {
					t.Errorf("diagnostics (-want +got):\n%s", diff)
				}
			})
		}
	}
	// A binary file is still refused as one.
	d := loadBytes([]byte("PK\x03\x04\x00\x00\x08\x00\xff\x10\x00\x00"), formatTxt, "f.txt")
	if len(d.Articles) != 0 || len(d.Diagnostics) != 1 || !strings.Contains(d.Diagnostics[0].Message, "binary") {
		t.Errorf("binary file: %v", d.Diagnostics)
	}
}

// TestJSONTypes: a field of a role whose value has the wrong JSON type is
// reported with its line and name, and not taken for the role.
func TestJSONTypes(t *testing.T) {
	for _, tc := range []struct {
		rec, id, text, diag string
	}{
		{`{"id":"a","title":"T","text":{"html":"<p>x</p>"}}`, "a", "", `warning field "text" is an object, which gives no text; ignored`},
		{`{"id":"a","text":12345}`, "a", "", `warning field "text" is the number 12345, which gives no text; ignored`},
		{`{"id":"a","text":"body","title":true}`, "a", "body", `warning field "title" is the boolean true, which gives no title; ignored`},
		{`{"id":{"$oid":"5f1"},"text":"body"}`, "f.jsonl:2", "body", `warning field "id" is an object, which gives no id; ignored`},
		{`{"id":"a","text":"body","date":{"$date":1}}`, "a", "body", `warning field "date" is an object, which gives no date; ignored`},
		{`{"id":"a","text":["p1",{"x":1}]}`, "a", "", `warning field "text" is an array of other than strings, which gives no text; ignored`},
		{`{"id":"a","text":"body","source":false}`, "a", "body", `warning field "source" is the boolean false, which gives no outlet; ignored`},
		// A wrong type in a less preferred field than the one taken says nothing.
		{`{"id":"a","text":"body","content":{"x":1}}`, "a", "body", ""},
		// Numbers are fine as ids and dates, null everywhere.
		{`{"id":7,"text":"body","date":1700000000,"title":null}`, "7", "body", ""},
	} {
		t.Run(tc.rec, func(t *testing.T) {
			d := loadBytes([]byte("\n"+tc.rec+"\n"), formatJSONL, "f.jsonl")
			var got []string
			for _, x := range d.Diagnostics {
				if x.Severity == Warning && strings.HasPrefix(x.Message, "field ") {
					if x.Line != 2 || x.Path != "f.jsonl" {
						t.Errorf("diagnostic at %s:%d, want f.jsonl:2", x.Path, x.Line)
					}
					got = append(got, string(x.Severity)+" "+x.Message)
				}
			}
			var want []string
			if tc.diag != "" {
				want = []string{tc.diag}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s\nall: %v", diff, d.Diagnostics)
			}
			if tc.text == "" {
				if len(d.Articles) == 1 && d.Articles[0].Text != "" {
					t.Errorf("text %q taken from a wrong type", d.Articles[0].Text)
				}
				return
			}
			if len(d.Articles) != 1 || d.Articles[0].ID != tc.id || d.Articles[0].Text != tc.text {
				t.Errorf("articles %v, want one with id %q and text %q", idsOf(d), tc.id, tc.text)
			}
		})
	}
}

// TestJSONWrapper: a .json file that wraps its records in an API response
// is read through the wrapper, with each record's line; a JSONL line that
// is such a wrapper is explained rather than called a record without text.
func TestJSONWrapper(t *testing.T) {
	for _, key := range []string{"articles", "data", "items", "results"} {
		in := `{"status": "ok", "totalResults": 2,` + "\n" + ` "` + key + `": [` + "\n" +
			`  {"title": "One", "content": "first", "url": "https://a.example/1"},` + "\n" +
			`  {"title": "Two", "content": "second", "url": "https://b.example/2"}` + "\n" + `]}` + "\n"
		d := loadBytes([]byte(in), formatJSON, "news.json")
		var lines []int
		for _, a := range d.Articles {
			lines = append(lines, a.Line)
		}
		if diff := cmp.Diff([]int{3, 4}, lines); diff != "" {
			t.Errorf("%s: article lines (-want +got):\n%s\n%v", key, diff, d.Diagnostics)
		}
		want := []string{`1 info records read from the array in field "` + key + `" of the top-level object (an API response wrapper)`}
		if diff := cmp.Diff(want, diagsOf(d)); diff != "" {
			t.Errorf("%s: diagnostics (-want +got):\n%s", key, diff)
		}
	}
	// An article with a list under one of those names is no wrapper.
	for _, in := range []string{
		`{"id":"one","title":"An article","items":[{"name":"a list"}]}`,
		`{"id":"one","text":"An article","data":["tags","here"]}`,
	} {
		d := loadBytes([]byte(in), formatJSON, "one.json")
		if diff := cmp.Diff([]string{"one"}, idsOf(d)); diff != "" {
			t.Errorf("%s: articles (-want +got):\n%s\n%v", in, diff, d.Diagnostics)
		}
	}
	d := loadBytes([]byte(`{"status":"ok","articles":[{"title":"a"},{"title":"b"}]}`+"\n"), formatJSONL, "news.jsonl")
	want := []string{`1 error line is an object wrapping 2 records in field "articles" (an API response), not one article; save it as a .json file to read them; skipped`}
	if diff := cmp.Diff(want, diagsOf(d)); diff != "" {
		t.Errorf("JSONL wrapper: diagnostics (-want +got):\n%s", diff)
	}
}

// TestMaxBytesBound: --max-bytes is the bound itself for every structured
// format: a record of exactly N bytes is read, one of N+1 skipped with an
// error quoting N.
func TestMaxBytesBound(t *testing.T) {
	const n = 100
	jsonRec := func(size int) string { return `{"text":"` + strings.Repeat("x", size-11) + `"}` }
	for _, tc := range []struct {
		name string
		f    format
		wrap func(rec string) string
		rec  func(size int) string
	}{
		{"jsonl", formatJSONL, func(r string) string { return r + "\n" }, jsonRec},
		{"jsonl crlf", formatJSONL, func(r string) string { return r + "\r\n" }, func(size int) string { return jsonRec(size-1) + "\r" }},
		{"json array", formatJSON, func(r string) string { return "[\n" + r + "\n]\n" }, jsonRec},
		{"json object", formatJSON, func(r string) string { return r + "\n" }, jsonRec},
		{"json wrapper", formatJSON, func(r string) string { return `{"articles": [` + "\n" + r + "\n]}\n" }, jsonRec},
		{"csv", formatCSV, func(r string) string { return "text\n" + r + "\n" }, func(size int) string { return strings.Repeat("x", size) }},
		{"csv quoted", formatCSV, func(r string) string { return "text\n" + r + "\n" }, func(size int) string {
			return `"` + strings.Repeat("x\n", (size-2)/2) + strings.Repeat("x", size%2) + `"`
		}},
		{"tsv", formatTSV, func(r string) string { return "text\n" + r + "\n" }, func(size int) string { return strings.Repeat("x", size) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, size := range []int{n, n + 1} {
				rec := tc.rec(size)
				if len(rec) != size {
					t.Fatalf("record of %d bytes, want %d", len(rec), size)
				}
				d := loadWith([]byte(tc.wrap(rec)), tc.f, "f", Options{MaxBytes: Size(len(tc.rec(n)))})
				var errs []string
				for _, x := range d.Diagnostics {
					if x.Severity == Error {
						errs = append(errs, x.Message)
					}
				}
				if size == n && (len(d.Articles) != 1 || len(errs) != 0) {
					t.Errorf("record of %d bytes, the bound: %d articles, errors %v", size, len(d.Articles), errs)
				}
				if size > n && (len(d.Articles) != 0 || len(errs) != 1 || !strings.Contains(errs[0], fmt.Sprintf("over the limit of %d bytes (--max-bytes)", len(tc.rec(n))))) {
					t.Errorf("record of %d bytes, over the bound: %d articles, errors %v", size, len(d.Articles), errs)
				}
			}
		})
	}
}

// TestHugeRecordMemory: a single JSON array element or CSV row far over
// --max-bytes is skipped without being held.
func TestHugeRecordMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 64 MiB twice")
	}
	const huge = 64 << 20
	body := repeatReader("word ")
	for _, tc := range []struct {
		name   string
		f      format
		before string
		after  string
	}{
		{"json element", formatJSON, `[{"id":"a","text":"small"},{"id":"big","text":"`, `"},{"id":"b","text":"small"}]`},
		{"csv row", formatCSV, "id,text\na,small\nbig,\"", "\"\nb,small\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := io.MultiReader(strings.NewReader(tc.before), io.LimitReader(body, huge), strings.NewReader(tc.after))
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			opt := Options{Workers: 2, MaxBytes: 1 << 20}
			opt.defaults()
			d := load([]source{{path: "f", format: tc.f, reader: in}}, nil, opt)
			runtime.ReadMemStats(&after)
			if diff := cmp.Diff([]string{"a", "b"}, idsOf(d)); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if got := diagsOf(d); len(got) != 1 || !strings.Contains(got[0], "error") || !strings.Contains(got[0], "over the limit of 1.0 MiB (--max-bytes); skipped") {
				t.Errorf("diagnostics %v", got)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 24<<20 {
				t.Errorf("allocated %d MiB to skip a 64 MiB record: it was held", alloc>>20)
			}
		})
	}
}
