package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestSizeAndBoundFlags: sizes take units, --window takes days, and
// --workers and --hashes refuse a typo's value with a usage error (exit 2)
// before any work, where they used to take gigabytes.
func TestSizeAndBoundFlags(t *testing.T) {
	seeds := "../../testdata/seeds"
	tests := []struct {
		name   string
		args   []string
		want   int
		stderr string
	}{
		{"max-bytes with a unit", []string{"inspect", "--max-bytes", "16MiB", seeds}, 0, "5 articles"},
		{"max-bytes decimal unit cuts", []string{"inspect", "--max-bytes", "2kB", seeds}, 0, "cut to the first"},
		{"max-bytes not a size", []string{"inspect", "--max-bytes", "16 parsecs", seeds}, 2, `size "16 parsecs"`},
		{"max-bytes zero", []string{"inspect", "--max-bytes", "0", seeds}, 2, "--max-bytes must be at least 1 byte"},
		{"workers typo", []string{"inspect", "--workers", "1000000", seeds}, 2, "--workers must be at least 1 and at most 1024, got 1000000"},
		{"workers at the bound", []string{"inspect", "--workers", "1024", seeds}, 0, "5 articles"},
		{"hashes typo", []string{"dedup", "--hashes", "1000000", seeds}, 2, "--hashes must be at least 8 and at most 1024"},
		{"hashes at the bound", []string{"dedup", "--hashes", "1024", seeds}, 0, ""},
		{"hold with a unit", []string{"dedup", "--hold", "512MiB", seeds}, 0, ""},
		{"hold not a size", []string{"dedup", "--hold", "lots", seeds}, 2, `size "lots"`},
		{"window in days", []string{"events", "--window", "3d", seeds}, 0, ""},
		{"window days and hours", []string{"events", "--window", "2d12h", seeds}, 0, ""},
		{"window zero days", []string{"events", "--window", "0d", seeds}, 2, "--window must be positive, got 0s"},
		{"window not a duration", []string{"events", "--window", "3 weeks", seeds}, 2, `duration "3 weeks"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := run(tc.args, strings.NewReader(""), &out, &errOut)
			if got != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", got, tc.want, errOut.String())
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, errOut.String())
			}
		})
	}
}
