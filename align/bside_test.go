package align

import (
	"strings"
	"testing"
)

// TestEqualRunKeepsBsWriting: words the diff calls equal though B writes
// them otherwise (case, hyphens, punctuation, quotes) carry B's own text,
// so B's side of a diff shows what B wrote; spacing alone is not a
// difference, and runs written alike carry nothing.
func TestEqualRunKeepsBsWriting(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		wantB      []string // B of each equal run, in order
	}{
		{"same", "Troops left Kiev on Tuesday.", "Troops left Kiev on Tuesday.", []string{""}},
		{"spacing", "Troops left Kiev on Tuesday.", "Troops  left\nKiev on Tuesday.", []string{""}},
		{"case and comma", "Troops left Kiev on Tuesday after talks.", "Troops LEFT kiev on Tuesday, after talks.", []string{"Troops LEFT kiev on Tuesday, after talks."}},
		{"hyphens", "His son-in-law flew to Moscow.", "His son in law flew to Berlin.", []string{"His son in law flew to "}},
		{"quotes", "He called it \u201cpeace\u201d today.", "He called it \"peace\" today.", []string{"He called it \"peace\" today."}},
	} {
		a, b := article("a", "", c.a), article("b", "", c.b)
		ops := wordDiff(body(a), body(b), body(a).whole(), body(b).whole())
		var got []string
		var rebuiltB strings.Builder
		for _, op := range ops {
			switch op.Kind {
			case Equal:
				got = append(got, op.B)
				if op.B != "" {
					rebuiltB.WriteString(op.B)
				} else {
					rebuiltB.WriteString(op.Text)
				}
			case Insert:
				rebuiltB.WriteString(op.Text)
			case Delete:
				if op.B != "" {
					t.Errorf("%s: delete run %q carries B text %q", c.name, op.Text, op.B)
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(c.wantB, "|") {
			t.Errorf("%s: equal runs' B = %q, want %q (ops %+v)", c.name, got, c.wantB, ops)
		}
		// B's side rebuilt from the ops reads as B, but for spacing.
		if !sameSpaced(rebuiltB.String(), c.b) {
			t.Errorf("%s: B's side rebuilt as %q, want %q", c.name, rebuiltB.String(), c.b)
		}
	}
}
