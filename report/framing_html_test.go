package report

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsfold/compare/framing"
)

func TestFramingHTML(t *testing.T) {
	f := &Framing{
		Variants: []FramingVariant{{Group: "kyiv", Source: "lexicon", Weight: 1,
			Terms:    []FramingTerm{{Term: "Kyiv", Label: "ukrainian", Outlets: map[string]int{"UA": 2}}, {Term: "Kiev", Label: "russian", Outlets: map[string]int{"RU": 3}}},
			Evidence: []framing.Example{{Doc: "a1", Outlet: "RU", Sentence: `Kiev <script>alert(1)</script> said.`}}}},
		Distinctive: []FramingDistinctive{{Outlet: "RU", Articles: 3, Terms: []FramingDistinctTerm{{Term: "regime", Z: 4.2, Articles: 3}}}},
		Sourcing:    []FramingSourcing{{Outlet: "RU", Articles: 3, Anonymous: 1, Cited: map[string]int{"TASS": 2}, Verbs: map[string]int{"doubting": 1}}},
		Events:      []FramingEvent{},
	}
	var b bytes.Buffer
	if err := Write(&b, HTML, New(nil, f)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var tables, scripts int
	var cells []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "table":
				tables++
			case "script":
				scripts++
			case "td":
				if n.FirstChild != nil {
					cells = append(cells, n.FirstChild.Data)
				}
			}
			for _, a := range n.Attr {
				if strings.Contains(a.Val, "http") || strings.HasPrefix(a.Val, "//") {
					t.Errorf("external reference %s=%q", a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// The lexicon matrix, distinctive terms and sourcing; no discovered table.
	if tables != 3 || scripts != 0 {
		t.Errorf("%d tables and %d scripts, want 3 and 0", tables, scripts)
	}
	for _, want := range []string{"Kiev", "russian", "3", "regime (4.2)", "TASS 2", "doubting 1"} {
		found := false
		for _, c := range cells {
			found = found || c == want
		}
		if !found {
			t.Errorf("no cell %q in %q", want, cells)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") || strings.Contains(out, "http") {
		t.Error("evidence not escaped, or an external reference")
	}
}
