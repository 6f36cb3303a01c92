package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// loadBytes loads data as one file of format f.
func loadBytes(data []byte, f format, name string) *Dump {
	return loadWith(data, f, name, Options{Workers: 2})
}

// loadWith loads data as one file of format f with opt.
func loadWith(data []byte, f format, name string, opt Options) *Dump {
	opt.defaults()
	return load([]source{{path: name, format: f, reader: bytes.NewReader(data)}}, nil, opt)
}

// checkArticles asserts what must hold of every article whatever the input:
// valid NFC UTF-8 with LF line endings, tokens and sentences in range and in
// order, one normalised word per token, unique ids.
func checkArticles(t *testing.T, d *Dump) {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range d.Articles {
		if ids[a.ID] {
			t.Fatalf("duplicate id %q", a.ID)
		}
		ids[a.ID] = true
		if a.Text == "" && a.Title == "" {
			t.Fatalf("%s: article with no text and no title", a.ID)
		}
		for _, s := range []string{a.Text, a.Title} {
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsRune(s, '\r') || strings.ContainsRune(s, 0) {
				t.Fatalf("%s: text not clean: %q", a.ID, s)
			}
		}
		prev := int32(0)
		for _, sp := range a.Tokens {
			if sp.Start < prev || sp.End <= sp.Start || int(sp.End) > len(a.Text) {
				t.Fatalf("%s: token %v out of order or range (text %d bytes)", a.ID, sp, len(a.Text))
			}
			prev = sp.End
		}
		if n := len(a.Words()); n != len(a.Tokens) {
			t.Fatalf("%s: %d words for %d tokens; norm %q", a.ID, n, len(a.Tokens), a.Norm)
		}
		prev = 0
		for _, sp := range a.Sentences {
			if sp.Start < prev || sp.End <= sp.Start || int(sp.End) > len(a.Text) {
				t.Fatalf("%s: sentence %v out of order or range", a.ID, sp)
			}
			prev = sp.End
		}
		if a.DateSource == DateNone && !a.Date.IsZero() || a.DateSource != DateNone && a.Date.IsZero() {
			t.Fatalf("%s: date %v with source %q", a.ID, a.Date, a.DateSource)
		}
	}
}

// addFiles seeds a fuzz target with the test fixtures of the given
// extensions.
func addFiles(f *testing.F, exts ...string) {
	for _, dir := range []string{"../testdata/seeds", "../testdata/bad", "../testdata/loaders"} {
		files, _ := os.ReadDir(dir)
		for _, e := range files {
			for _, ext := range exts {
				if strings.HasSuffix(e.Name(), ext) {
					data, err := os.ReadFile(filepath.Join(dir, e.Name()))
					if err == nil {
						f.Add(data)
					}
				}
			}
		}
	}
}

// FuzzTxt: a .txt file yields one article or an error diagnostic saying
// why not, and a non-blank file never yields nothing silently.
func FuzzTxt(f *testing.F) {
	addFiles(f, ".txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		d := loadBytes(data, formatTxt, "f.txt")
		checkArticles(t, d)
		errs := 0
		for _, x := range d.Diagnostics {
			if x.Severity == Error {
				errs++
			}
		}
		if len(d.Articles)+errs != 1 {
			t.Fatalf("%d articles and %d errors for one file: %v", len(d.Articles), errs, d.Diagnostics)
		}
	})
}

// FuzzJSONL: every non-blank line yields exactly one article or one error
// at its line number; nothing is lost silently.
func FuzzJSONL(f *testing.F) {
	addFiles(f, ".jsonl")
	f.Add([]byte("{\"text\":\"a\"}\r\n\n{\"title\":\"b\",\"id\":\"x\"}\n{\"id\":\"x\",\"text\":\"c\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := loadBytes(data, formatJSONL, "f.jsonl")
		checkArticles(t, d)
		head := bytes.TrimPrefix(data[:min(len(data), 8192)], []byte("\ufeff"))
		if len(bytes.TrimSpace(head)) == 0 || bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 || utf16Of(data) != "" {
			return // the whole file is refused (empty or binary) or decoded from UTF-16
		}
		yield := map[int]int{}
		for _, a := range d.Articles {
			yield[a.Line]++
		}
		for _, x := range d.Diagnostics {
			if x.Severity == Error && x.Line > 0 {
				yield[x.Line]++
			}
		}
		for i, line := range bytes.Split(data, []byte("\n")) {
			n := i + 1
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff")) // a BOM is not a record
			}
			blank := len(bytes.TrimSpace(line)) == 0
			if blank && yield[n] != 0 || !blank && yield[n] != 1 {
				t.Fatalf("line %d (%q) yielded %d articles or errors; diagnostics %v", n, line, yield[n], d.Diagnostics)
			}
		}
	})
}

// FuzzCSV: whatever the CSV, articles are clean and come in file order;
// and whatever rows come before it, a plain last row is never swallowed by
// a quote they leave open.
func FuzzCSV(f *testing.F) {
	addFiles(f, ".csv")
	f.Add([]byte("title,text\n\"unterminated,\"x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := loadBytes(data, formatCSV, "f.csv")
		checkArticles(t, d)
		for i := 1; i < len(d.Articles); i++ {
			if d.Articles[i].Line <= d.Articles[i-1].Line {
				t.Fatalf("articles out of file order: lines %d then %d", d.Articles[i-1].Line, d.Articles[i].Line)
			}
		}
		if bytes.IndexByte(data, 0) >= 0 || utf16Of(data) != "" {
			return
		}
		in := append(append([]byte("id,text\n"), data...), "\nsentinel,last row\n"...)
		d = loadBytes(in, formatCSV, "f.csv")
		last := d.Articles[len(d.Articles)-1]
		if last.ID != "sentinel" || last.Text != "last row" {
			t.Fatalf("the last row was swallowed: last article %q %q; diagnostics %v", last.ID, last.Text, d.Diagnostics)
		}
	})
}

// FuzzJSON: a .json file, array, object or wrapper, yields clean articles in
// file order, at lines inside the file, and never more articles than the
// objects it holds.
func FuzzJSON(f *testing.F) {
	addFiles(f, ".json")
	f.Fuzz(func(t *testing.T, data []byte) {
		d := loadWith(data, formatJSON, "f.json", Options{Workers: 2, MaxBytes: 64})
		checkArticles(t, d)
		lines := bytes.Count(data, []byte("\n")) + 1
		for i, a := range d.Articles {
			if a.Line < 1 || a.Line > lines || i > 0 && a.Line < d.Articles[i-1].Line {
				t.Fatalf("article at line %d of %d, after line %d", a.Line, lines, d.Articles[max(i-1, 0)].Line)
			}
		}
		if objects := bytes.Count(data, []byte("{")); len(d.Articles) > objects {
			t.Fatalf("%d articles from %d objects", len(d.Articles), objects)
		}
		for _, x := range d.Diagnostics {
			if x.Line < 0 || x.Line > lines {
				t.Fatalf("diagnostic at line %d of %d: %v", x.Line, lines, x)
			}
		}
	})
}
