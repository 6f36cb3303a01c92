package event

import "testing"

// TestJoins: a space, a hyphen or a no-break space keeps two capitalised
// words in one name; anything else ends it.
func TestJoins(t *testing.T) {
	for gap, want := range map[string]bool{
		"": true, " ": true, "-": true, "\u00a0": true, " - ": true,
		", ": false, ".": false, "\n": false, " / ": false, "'": false,
	} {
		if got := joins(gap); got != want {
			t.Errorf("joins(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestOpensSentence: where a word opens a sentence.
func TestOpensSentence(t *testing.T) {
	for before, want := range map[string]bool{
		"": true, "  ": true, "end.\n": true, "said. ": true, "why? ": true, "now! ": true,
		"note: ": true, "“": true, "\"": true, "(": true, "— ": true, "the ": false, "Berlin, ": false,
	} {
		if got := opensSentence(before); got != want {
			t.Errorf("opensSentence(%q) = %v, want %v", before, got, want)
		}
	}
}
