package framing

import "testing"

// TestPossessiveShortWord: the hit of a one-letter form in its possessive
// ends before the apostrophe, as for longer words ("X's plan": "X").
func TestPossessiveShortWord(t *testing.T) {
	lx, err := ParseLexicon("[[group]]\nid = \"x\"\nkind = \"naming\"\nvariant = [{ term = \"X\" }, { term = \"Y\" }]\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"X's plan", "X’s plan"} {
		hits := lx.Match(s, nil)
		if len(hits) != 1 || hits[0].Start != 0 || hits[0].End != 1 {
			t.Errorf("Match(%q) = %+v, want one hit of X from 0 to 1", s, hits)
		}
	}
}
