package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsfold/compare/corpus"
)

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"Zelensky Talks with U.S. Envoys", 10, "Zelensky…"},
		{"‘No compromise’ on territory", 5, "‘No…"}, // no space before the ellipsis
	}
	for _, tc := range tests {
		if got := clip(tc.in, tc.n); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
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
