package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klauspost/compress/gzip"
)

const pairsFile = `{"id":"same","label":1,"text_1":"Talks in Berlin ended.","text_2":"Talks ended.","title_1":"Berlin"}

{"id":"missing","text_1":"only one side"}
not json
[1, 2]
{"id":"files","a":"SEED","b":"headline.jsonl"}
{"id":"nofile","a":"nope.txt","b":"headline.jsonl"}
{"id":"number","text_1":12,"text_2":"twelve"}
{"id":"object","a":{"path":"x"},"b":"headline.jsonl"}
{"id":"null","text_1":null,"text_2":"x"}
{"id":"nulltitle","text_1":"a b","text_2":"a b","title_1":null,"title_2":true}
{"id":"nulltitle2","text_1":"a b","text_2":"a b","title_1":null}
`

// pairsSummary is what the tests compare of a read: per line, its number,
// echoed keys, the two sides' titles and words and its error.
func pairsSummary(lines []PairLine) []string {
	var out []string
	for _, l := range lines {
		var keys []string
		for _, f := range l.Echo {
			keys = append(keys, f.Key+"="+string(f.Value))
		}
		out = append(out, strings.Join([]string{
			strconv.Itoa(l.Line), strings.Join(keys, ","),
			l.A.Title, strings.Join(first(l.A.Words(), 3), " "),
			l.B.Title, strings.Join(first(l.B.Words(), 3), " "), l.Error,
		}, "|"))
	}
	return out
}

func first(xs []string, n int) []string { return xs[:min(n, len(xs))] }

func TestReadPairs(t *testing.T) {
	// Side a of line 6 is an absolute path, side b one relative to the
	// pairs file: a headline without a body.
	seed, err := filepath.Abs("../testdata/seeds/000_1e9a216f9237e569.txt")
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Replace(pairsFile, "SEED", seed, 1)
	dir := t.TempDir()
	plain := filepath.Join(dir, "pairs.jsonl")
	gz := filepath.Join(dir, "pairs.JSONL.GZ")
	if err := os.WriteFile(plain, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "headline.jsonl"), []byte(`{"id":"h","title":"Kiev talks end without a deal"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(input))
	zw.Close()
	if err := os.WriteFile(gz, zipped.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`1|id="same",label=1|Berlin|talks in berlin||talks ended|`,
		`2||||||line is blank; not scored`,
		`3|id="missing"|||||line has neither "text_1" and "text_2" nor "a" and "b"; not scored`,
		`4||||||line is not JSON; not scored`,
		`5||||||line is not a JSON object; not scored`,
		`6|id="files",a=` + strconv.Quote(seed) + `,b="headline.jsonl"|US refuses to compromise with Ukraine over drafted peace proposal|menafn negotiators from|Kiev talks end without a deal|kiev talks end|`,
		`7|id="nofile",a="nope.txt",b="headline.jsonl"|||||"nope.txt" is not a file holding one article; not scored`,
		`8|id="number"|||||"text_1" is the number 12, not a string; not scored`,
		`9|id="object",a={"path":"x"},b="headline.jsonl"|||||"a" is an object, not a string; not scored`,
		`10|id="null"|||||"text_1" is null, not a string; not scored`,
		`11|id="nulltitle"|||||"title_2" is the boolean true, not a string; not scored`,
		`12|id="nulltitle2"||a b||a b|`,
	}
	for _, path := range []string{plain, gz} {
		lines, diags, err := ReadPairs(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, pairsSummary(lines)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
		var got []string
		for _, d := range diags {
			got = append(got, d.String())
		}
		wantDiags := []string{
			path + `:2: error: line is blank; not scored`,
			path + `:3: error: line has neither "text_1" and "text_2" nor "a" and "b"; not scored`,
			path + `:4: error: line is not JSON; not scored`,
			path + `:5: error: line is not a JSON object; not scored`,
			path + `:7: error: "nope.txt" is not a file holding one article; not scored`,
			path + `:8: error: "text_1" is the number 12, not a string; not scored`,
			path + `:9: error: "a" is an object, not a string; not scored`,
			path + `:10: error: "text_1" is null, not a string; not scored`,
			path + `:11: error: "title_2" is the boolean true, not a string; not scored`,
		}
		if diff := cmp.Diff(wantDiags, got); diff != "" {
			t.Errorf("%s diagnostics (-want +got):\n%s", path, diff)
		}
	}
	// The headline is compared on its title's words (checked above).
	lines, _, _ := ReadPairs(plain, Options{})
	if b := lines[5].B; b.Article == nil || !b.Article.TitleOnly() {
		t.Errorf("side b of line 6 is not the headline article: %+v", b)
	}

	// Standard input: gzip is recognised by its magic number, and relative
	// paths start from the working folder (where headline.jsonl is not).
	for _, in := range [][]byte{[]byte(input), zipped.Bytes()} {
		lines, _, err := ReadPairs("-", Options{Stdin: bytes.NewReader(in)})
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) != 12 || lines[0].A.Text != "Talks in Berlin ended." || !strings.Contains(lines[5].Error, `"headline.jsonl" is not a file`) {
			t.Errorf("stdin: %q", pairsSummary(lines))
		}
	}
}

func TestReadPairsLimits(t *testing.T) {
	long := `{"id":"long","text_1":"` + strings.Repeat("word ", 40) + `","text_2":"x"}` + "\n" + `{"text_1":"a","text_2":"b"}`
	lines, diags, err := ReadPairs("-", Options{Stdin: strings.NewReader(long), MaxBytes: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || lines[0].Error == "" || lines[1].Error != "" || lines[1].Line != 2 {
		t.Fatalf("a line over twice MaxBytes is not kept as an unscored line: %+v", lines)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "over the limit of 100 bytes") {
		t.Errorf("diagnostics %v", diags)
	}

	if _, _, err := ReadPairs("no/such.jsonl", Options{}); err == nil || !strings.Contains(err.Error(), "no/such.jsonl") {
		t.Errorf("missing file: error %v", err)
	}
	if _, _, err := ReadPairs("-", Options{}); err == nil {
		t.Error("no standard input: no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl.gz")
	os.WriteFile(bad, []byte("this is not a gzip file at all\n"), 0o644)
	if _, _, err := ReadPairs(bad, Options{}); err == nil || !strings.Contains(err.Error(), "bad.jsonl.gz: gzip: invalid header") {
		t.Errorf("bad gzip: error %v", err)
	}
}

// FuzzReadPairs: whatever the input, a pairs file yields one PairLine per
// input line, numbered in order, each either scored (no error, as many
// diagnostics as errors) or with an error.
func FuzzReadPairs(f *testing.F) {
	f.Add(pairsFile)
	f.Add("\n\n")
	f.Add(`{"text_1":"a","text_2":"b"}`)
	f.Add(`{"text_1":12,"text_2":{"x":1},"title_1":null}` + "\r\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		lines, diags, err := ReadPairs("-", Options{Stdin: strings.NewReader(in), MaxBytes: 64})
		if err != nil {
			return // not gzip after a gzip magic number, and such
		}
		want := strings.Count(in, "\n")
		if in != "" && !strings.HasSuffix(in, "\n") {
			want++
		}
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			return // gzip: lines are those of the decompressed stream
		}
		if len(lines) != want {
			t.Fatalf("%d lines out of %d input lines", len(lines), want)
		}
		errs := 0
		for i, l := range lines {
			if l.Line != i+1 {
				t.Fatalf("line %d numbered %d", i+1, l.Line)
			}
			if l.Error != "" {
				errs++
			}
		}
		if errs != len(diags) {
			t.Fatalf("%d lines with an error, %d diagnostics", errs, len(diags))
		}
	})
}
