package framing

import "testing"

// FuzzParseLexicon: any input gives a lexicon or an error, never a panic,
// and a lexicon's Canon maps every listed form to its canonical spelling.
func FuzzParseLexicon(f *testing.F) {
	f.Add(defaultLexicon)
	f.Add("[[variant]]\ncanonical = \"Kyiv\"\nforms = [\"KIEV\", \"\"]\n")
	f.Fuzz(func(t *testing.T, src string) {
		lx, err := ParseLexicon(src)
		if err != nil {
			return
		}
		canon := lx.Canon()
		for _, v := range lx.Variants {
			for _, form := range v.Forms {
				if got := canon(form); got != v.Canonical {
					t.Fatalf("canon(%q) = %q, want %q", form, got, v.Canonical)
				}
			}
		}
	})
}
