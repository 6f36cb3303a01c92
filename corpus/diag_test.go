package corpus

import "testing"

// TestDiagnosticKind: numbers standing alone and quoted strings fold, so
// that repeats of one problem read as one kind; the digits of a word
// (UTF-8, U+FFFD) and unquoted words stay.
func TestDiagnosticKind(t *testing.T) {
	for _, c := range []struct{ msg, want string }{
		{"invalid UTF-8 (13 bytes) replaced with U+FFFD", "invalid UTF-8 (N bytes) replaced with U+FFFD"},
		{`duplicate id "x\"y" renamed "x\"y#2"`, `duplicate id "…" renamed "…"`},
		{"row has 3 fields, header has 4", "row has N fields, header has N"},
		{"line of 2,048.5 kB is over the limit", "line of N kB is over the limit"},
		{"12 control characters removed", "N control characters removed"},
		{"same file as a/b.txt (reached twice)", "same file as a/b.txt (reached twice)"},
		{"no date in header, fields or text", "no date in header, fields or text"},
	} {
		if got := (Diagnostic{Severity: Warning, Message: c.msg}).Kind(); got != c.want {
			t.Errorf("Kind of %q = %q, want %q", c.msg, got, c.want)
		}
	}
}
