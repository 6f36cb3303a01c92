package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestComparedOnTitle: an article with a body is compared on its body, one
// without on its title, whether or not the loader kept Norm.
func TestComparedOnTitle(t *testing.T) {
	jsonl := `{"id":"body","title":"Talks in Berlin","text":"Envoys met in Kyiv on Sunday."}
{"id":"headline","title":"Kiev talks end without a deal"}
`
	for _, noNorm := range []bool{false, true} {
		d, err := Load([]string{"-"}, Options{Stdin: strings.NewReader(jsonl), NoNorm: noNorm})
		if err != nil {
			t.Fatal(err)
		}
		arts := byID(d)
		body, head := arts["body"], arts["headline"]
		if body == nil || head == nil {
			t.Fatalf("articles not loaded: %v", d.Diagnostics)
		}
		if body.TitleOnly() || !head.TitleOnly() {
			t.Errorf("TitleOnly: body %v, headline %v; want false, true", body.TitleOnly(), head.TitleOnly())
		}
		if diff := cmp.Diff([]string{"envoys", "met", "in", "kyiv", "on", "sunday"}, body.ComparedWords()); diff != "" {
			t.Errorf("NoNorm %v: body words (-want +got):\n%s", noNorm, diff)
		}
		if diff := cmp.Diff([]string{"kiev", "talks", "end", "without", "a", "deal"}, head.ComparedWords()); diff != "" {
			t.Errorf("NoNorm %v: headline words (-want +got):\n%s", noNorm, diff)
		}
		text, toks := body.ComparedText()
		if text != body.Text || len(toks) != len(body.Tokens) {
			t.Errorf("body compared on %q (%d tokens), want its text", text, len(toks))
		}
		text, toks = head.ComparedText()
		if text != head.Title || len(toks) != 6 || text[toks[0].Start:toks[0].End] != "Kiev" {
			t.Errorf("headline compared on %q with tokens %v, want its title's six", text, toks)
		}
	}
}
