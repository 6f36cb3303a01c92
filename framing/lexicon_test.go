package framing

import (
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	canon := DefaultLexicon().Canon()
	for _, tt := range []struct{ in, want string }{
		{"kiev", "kyiv"}, {"kyiv", "kyiv"}, {"donbass", "donbas"}, {"zelensky", "zelenskyy"},
		{"qaddafi", "gaddafi"}, {"vladimir", "vladimir"}, {"berlin", "berlin"},
	} {
		if got := canon(tt.in); got != tt.want {
			t.Errorf("canon(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"[[variant]]\ncanonical = \"a\"\nforms = [\"x\"]\n[[variant]]\ncanonical = \"b\"\nforms = [\"x\"]\n", `"x" is a form of both`},
		{"[[variant]]\nforms = [\"x\"]\n", "no canonical form"},
		{"[[variant]]\ncanonical = \"a\"\nform = [\"x\"]\n", "unknown key"},
		{"[[variant]\n", "lexicon:"},
	} {
		_, err := ParseLexicon(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseLexicon(%q) error = %v, want one containing %q", tt.src, err, tt.want)
		}
	}
}

func TestParseLexiconNormalises(t *testing.T) {
	lx, err := ParseLexicon("[[variant]]\ncanonical = \"Kyiv\"\nforms = [\"KIEV\", \"Kyiv\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.Canon()("kiev"); got != "kyiv" {
		t.Errorf("canon(kiev) = %q, want kyiv (forms normalised like article words)", got)
	}
}

// TestCanonEveryForm checks that the fast rejection never turns away a
// listed form.
func TestCanonEveryForm(t *testing.T) {
	lx := DefaultLexicon()
	canon := lx.Canon()
	for _, v := range lx.Variants {
		for _, f := range append(v.Forms, v.Canonical) {
			if got := canon(f); got != v.Canonical {
				t.Errorf("canon(%q) = %q, want %q", f, got, v.Canonical)
			}
		}
	}
	if got := canon(""); got != "" {
		t.Errorf("canon(\"\") = %q", got)
	}
}
