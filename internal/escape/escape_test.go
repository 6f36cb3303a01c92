package escape

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := map[string]string{
		"plain Kyiv – Київ 東京":      "plain Kyiv – Київ 東京",
		"esc\x1b[2Jclear":           `esc\x1b[2Jclear`,
		"osc\x1b]0;title\x07":       `osc\x1b]0;title\x07`,
		"tab\tnl\ncr\r":             `tab\tnl\ncr\r`,
		"del\x7f c1\u0085 \u009b":   `del\x7f c1\x85 \x9b`,
		"rtl\u202egnp.exe\u202c":    `rtl\u202egnp.exe\u202c`,
		"lri\u2066x\u2069 \u202a":   `lri\u2066x\u2069 \u202a`,
		"bad \xff byte":             `bad \xff byte`,
		"zwj \u200d and lrm \u200e": "zwj \u200d and lrm \u200e", // not controls that reorder or move
	}
	for in, want := range tests {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinesKeepsNewlines(t *testing.T) {
	if got, want := Lines("a\nb\x1b[2J\tc\n"), "a\nb\\x1b[2J\\tc\n"; got != want {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}

func TestMarkdown(t *testing.T) {
	got := Markdown("a | b *c* _d_ `e` <script>\x1b [x](javascript:alert(1))")
	want := `a \| b \*c\* \_d\_ ` + "\\`e\\`" + ` &lt;script&gt;\\x1b \[x\](javascript:alert(1))`
	if got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
	if got := MarkdownLines("## <b>x</b>\n"); got != "## &lt;b&gt;x&lt;/b&gt;\n" {
		t.Errorf("MarkdownLines = %q", got)
	}
}

func TestCSV(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"x\")": `'=HYPERLINK("x")`,
		"+1":                "'+1",
		"-2":                "'-2",
		"@SUM(A1)":          "'@SUM(A1)",
		"\tx":               `\tx`, // escaped first, so it no longer starts with a tab
		"a=b":               "a=b",
		"":                  "",
	}
	for in, want := range tests {
		if got := CSV(in); got != want {
			t.Errorf("CSV(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSON(t *testing.T) {
	// What encoding/json leaves raw becomes a JSON escape of the same rune.
	if got, want := JSON("{\"id\": \"rtl\u202ex\x7f\u0085\"}\n"), `{"id": "rtl\u202ex\u007f\u0085"}`+"\n"; got != want {
		t.Errorf("JSON = %q, want %q", got, want)
	}
}

// FuzzEscape: whatever the input, Text leaves no unsafe rune and no
// newline, Lines no unsafe rune but the newline, CSV no leading formula
// character, and JSON of a JSON string is valid JSON of the same string.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "esc\x1b[2J", "\u202e", "=1+2", "\xff", "a\nb\tc", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Text": Text(s), "Lines": Lines(s), "CSV": CSV(s), "Markdown": Markdown(s)} {
			if !utf8.ValidString(out) {
				t.Errorf("%s(%q) = %q: invalid UTF-8", name, s, out)
			}
			for _, r := range out {
				if unsafe(r) && !(name == "Lines" && r == '\n') {
					t.Errorf("%s(%q) = %q holds %U", name, s, out, r)
				}
			}
		}
		if c := CSV(s); c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
			t.Errorf("CSV(%q) = %q starts a formula", s, c)
		}
		raw, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var want, back string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(JSON(string(raw))), &back); err != nil || back != want {
			t.Errorf("JSON(%s) = %s: decodes to %q, %v", raw, JSON(string(raw)), back, err)
		}
	})
}
