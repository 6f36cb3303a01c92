package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestPairsStrictExitCodes: pairs reads stdin with "-"; --strict turns a
// line it cannot score into exit 2 (the scores still written), and leaves a
// clean file at 0.
func TestPairsStrictExitCodes(t *testing.T) {
	const good = `{"id":"same","text_1":"The talks in Berlin ended.","text_2":"The talks in Berlin ended."}`
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		want  int
	}{
		{"strict, a bad line", []string{"pairs", "--strict", "-"}, good + "\nnot json\n", 2},
		{"a bad line, not strict", []string{"pairs", "-"}, good + "\nnot json\n", 0},
		{"strict, clean", []string{"pairs", "--strict", "-"}, good + "\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(append(tc.args, "--format", "csv"), strings.NewReader(tc.stdin), &out, &errOut); got != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", got, tc.want, errOut.String())
			}
			if !strings.Contains(out.String(), "1.0000") {
				t.Errorf("the good line's score is missing:\n%s", out.String())
			}
		})
	}
}
