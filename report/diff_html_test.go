package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// sampleDiff is a small diff of two reports of one strike: a pair with
// word changes, two unchanged pairs, a closing line B moved to its top, a
// sentence each side alone has, passages, quotes and a substitution.
func sampleDiff() *Diff {
	return &Diff{
		A: DiffSide{ID: "reuters-0142", Outlet: "Reuters", Title: "Overnight strike on Kiev", Sentences: []string{
			"Russian forces struck Kiev overnight, officials said.",
			"The mayor urged residents to stay in shelters.",
			"Power was cut in three districts.",
			`"We will rebuild," the mayor said.`,
			"Reuters contributed reporting.",
		}},
		B: DiffSide{ID: "kyivindependent-0077", Outlet: "Kyiv Independent", Title: "Overnight strike on Kyiv", Sentences: []string{
			"Reuters contributed reporting.",
			"Russian forces struck Kyiv overnight, Ukrainian officials said.",
			"The mayor urged residents to stay in shelters.",
			"Schools will stay closed on Monday.",
			`"We will rebuild," the mayor said.`,
		}},
		TitleDiff: []DiffOp{
			{Op: "equal", Text: "Overnight strike on "},
			{Op: "delete", Text: "Kiev"},
			{Op: "insert", Text: "Kyiv"},
		},
		Summary: DiffSummary{SharedWords: 28, OnlyAWords: 8, OnlyBWords: 9, SharedPercent: 73.7},
		Pairs: []DiffPair{
			{ASentences: []int{0}, BSentences: []int{1}, Similarity: 0.71, Diff: []DiffOp{
				{Op: "equal", Text: "Russian forces struck "},
				{Op: "delete", Text: "Kiev"},
				{Op: "insert", Text: "Kyiv"},
				{Op: "equal", Text: " overnight, "},
				{Op: "insert", Text: "Ukrainian "},
				{Op: "equal", Text: "officials said."},
			}},
			{ASentences: []int{1}, BSentences: []int{2}, Similarity: 1, Diff: []DiffOp{
				{Op: "equal", Text: "The mayor urged residents to stay in shelters."},
			}},
			{ASentences: []int{3}, BSentences: []int{4}, Similarity: 1, Diff: []DiffOp{
				{Op: "equal", Text: `"We will rebuild," the mayor said.`},
			}},
			{ASentences: []int{4}, BSentences: []int{0}, Similarity: 1, Moved: true, Diff: []DiffOp{
				{Op: "equal", Text: "Reuters contributed reporting."},
			}},
		},
		OnlyA: []int{2},
		OnlyB: []int{3},
		Passages: []DiffPassage{
			{Text: "forces struck Kiev overnight, officials said. The mayor urged residents to stay in shelters.",
				TextB: "forces struck Kyiv overnight, Ukrainian officials said. The mayor urged residents to stay in shelters.", AStart: 54, AEnd: 186, BStart: 94, BEnd: 226, Words: 14},
			{Text: "Reuters contributed reporting.", AStart: 221, AEnd: 251, BStart: 0, BEnd: 30, Words: 3, Boilerplate: true},
		},
		Quotes: []DiffQuote{
			{Text: "We will rebuild,", Speaker: "the mayor", In: "both", Similarity: 1, AStart: ptr(188), BStart: ptr(228)},
			{Text: "Stay in the shelters until the all-clear.", Speaker: "the governor", In: "both", Similarity: 0.8,
				AStart: ptr(300), BStart: ptr(310), Altered: "Stay in shelters until the all-clear."},
			{Text: "There was no warning.", In: "b", BStart: ptr(400)},
		},
		Substitutions: []DiffSub{{From: "kiev", To: "kyiv", Count: 1}},
	}
}

func ptr(i int) *int { return &i }

func renderDiff(t *testing.T, d *Diff) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, HTML, New(nil, d)); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func parseHTML(t *testing.T, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	return doc
}

// elements returns the elements under n named tag ("" for all), in
// document order.
func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && (tag == "" || c.Data == tag) {
			out = append(out, c)
		}
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func texts(ns []*html.Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = text(n)
	}
	return out
}

// children returns the element children of n named tag.
func children(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

func TestDiffHTMLStructure(t *testing.T) {
	out := renderDiff(t, sampleDiff())
	doc := parseHTML(t, out)

	if !bytes.HasPrefix(out, []byte("<!DOCTYPE html>\n")) {
		t.Errorf("page does not start with the doctype: %q", out[:min(len(out), 40)])
	}
	if h := elements(doc, "html"); len(h) != 1 {
		t.Fatalf("%d <html> elements", len(h))
	} else if lang, _ := attr(h[0], "lang"); lang != "en" {
		t.Errorf(`<html lang=%q>, want "en"`, lang)
	}
	charset := false
	for _, m := range elements(doc, "meta") {
		if v, ok := attr(m, "charset"); ok && strings.EqualFold(v, "utf-8") {
			charset = true
		}
	}
	if !charset {
		t.Error(`no <meta charset="utf-8">`)
	}
	if ts := elements(doc, "title"); len(ts) != 1 {
		t.Errorf("%d <title> elements", len(ts))
	} else if s := text(ts[0]); !strings.Contains(s, "reuters-0142") || !strings.Contains(s, "kyivindependent-0077") {
		t.Errorf("title %q does not name both articles", s)
	}

	// Header: both articles and the wdiff-like summary.
	header := elements(doc, "header")
	if len(header) != 1 {
		t.Fatalf("%d <header> elements", len(header))
	}
	h := text(header[0])
	for _, want := range []string{"reuters-0142", "Reuters", "Overnight strike on Kiev", "kyivindependent-0077", "Kyiv Independent",
		"shared words: 28", "only in A: 8", "only in B: 9", "73.7%"} {
		if !strings.Contains(h, want) {
			t.Errorf("header lacks %q:\n%s", want, h)
		}
	}

	var align []*html.Node
	for _, tb := range elements(doc, "table") {
		if hasClass(tb, "align") {
			align = append(align, tb)
		}
	}
	if len(align) != 1 {
		t.Fatalf("%d alignment tables, want 1", len(align))
	}
	tbody := elements(align[0], "tbody")
	if len(tbody) != 1 {
		t.Fatalf("%d <tbody> in the alignment table", len(tbody))
	}
	rows := children(tbody[0], "tr")
	var ids []string
	byID := map[string]*html.Node{}
	for _, r := range rows {
		id, _ := attr(r, "id")
		ids = append(ids, id)
		byID[id] = r
		if tds := children(r, "td"); len(tds) != 2 {
			t.Errorf("row %s has %d cells, want 2", id, len(tds))
		}
	}
	// The titles first, pairs in order, the only-B sentence after the
	// pair holding B's sentence before it, the only-A sentence at its
	// place in A.
	if want := []string{"title", "p0", "p1", "b3", "a2", "p2", "p3"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("row ids = %q, want %q", ids, want)
	}

	if got, want := texts(elements(align[0], "del")), []string{"Kiev", "Kiev"}; !reflect.DeepEqual(got, want) {
		t.Errorf("<del> texts = %q, want %q", got, want)
	}
	if got, want := texts(elements(align[0], "ins")), []string{"Kyiv", "Kyiv", "Ukrainian "}; !reflect.DeepEqual(got, want) {
		t.Errorf("<ins> texts = %q, want %q", got, want)
	}
	for _, n := range append(elements(align[0], "del"), elements(align[0], "ins")...) {
		if !hasClass(n, "d") && !hasClass(n, "i") {
			t.Errorf("<%s> %q has no d/i class", n.Data, text(n))
		}
	}
	// The titles and the changed pair read as each article's on its side.
	if r := byID["title"]; r == nil || !hasClass(r, "title") {
		t.Error("no title row")
	} else if tds := children(r, "td"); !strings.HasSuffix(text(tds[0]), "Overnight strike on Kiev") || !strings.HasSuffix(text(tds[1]), "Overnight strike on Kyiv") {
		t.Errorf("title row = %q | %q", text(tds[0]), text(tds[1]))
	}
	if p0 := byID["p0"]; p0 != nil {
		tds := children(p0, "td")
		if l := text(tds[0]); !strings.HasSuffix(l, "Russian forces struck Kiev overnight, officials said.") {
			t.Errorf("left of p0 = %q", l)
		}
		if r := text(tds[1]); !strings.HasSuffix(r, "Russian forces struck Kyiv overnight, Ukrainian officials said.") {
			t.Errorf("right of p0 = %q", r)
		}
	}

	// The moved pair: class, marker and a link to its row; the header
	// links to it too.
	if p3 := byID["p3"]; p3 == nil {
		t.Error("no row p3")
	} else {
		if !hasClass(p3, "moved") {
			t.Error("moved pair p3 has no moved class")
		}
		linked := false
		for _, a := range elements(p3, "a") {
			if href, _ := attr(a, "href"); href == "#p3" && strings.Contains(text(a), "moved") {
				linked = true
			}
		}
		if !linked {
			t.Error(`moved pair p3 has no <a href="#p3">moved</a>`)
		}
	}
	for id, r := range byID {
		if id != "p3" && hasClass(r, "moved") {
			t.Errorf("row %s is marked moved", id)
		}
	}
	headerLink := false
	for _, a := range elements(header[0], "a") {
		if href, _ := attr(a, "href"); href == "#p3" {
			headerLink = true
		}
	}
	if !headerLink {
		t.Error("header does not link the moved pair")
	}

	// Only-A and only-B rows: flagged, with the other side empty.
	for _, c := range []struct {
		id, class, flag, text string
		side                  int
	}{
		{"a2", "only-a", "only in A", "Power was cut in three districts.", 0},
		{"b3", "only-b", "only in B", "Schools will stay closed on Monday.", 1},
	} {
		r := byID[c.id]
		if r == nil {
			t.Errorf("no row %s", c.id)
			continue
		}
		if !hasClass(r, c.class) {
			t.Errorf("row %s lacks class %s", c.id, c.class)
		}
		tds := children(r, "td")
		if got := text(tds[c.side]); !strings.Contains(got, c.flag) || !strings.Contains(got, c.text) {
			t.Errorf("row %s cell = %q, want the flag %q and %q", c.id, got, c.flag, c.text)
		}
		if other := text(tds[1-c.side]); other != "" {
			t.Errorf("row %s: other side = %q, want empty", c.id, other)
		}
	}
	for id, r := range byID {
		if s := text(r); strings.HasPrefix(id, "p") && (strings.Contains(s, "only in A") || strings.Contains(s, "only in B")) {
			t.Errorf("pair row %s is flagged as unmatched: %q", id, s)
		}
	}

	// Sections below.
	section := func(class string) string {
		for _, tb := range elements(doc, "table") {
			if hasClass(tb, class) {
				return text(tb)
			}
		}
		t.Errorf("no table.%s", class)
		return ""
	}
	// Passages by their words (A's, and B's where they differ), not by
	// byte offsets.
	if s := section("passages"); !strings.Contains(s, "forces struck Kiev overnight, officials said. The mayor urged residents to stay in shelters.") ||
		!strings.Contains(s, "forces struck Kyiv overnight, Ukrainian officials said.") || !strings.Contains(s, "Reuters contributed reporting.") ||
		strings.Contains(s, "54–186") || strings.Count(s, "boilerplate") != 1 {
		t.Errorf("passages table = %q", s)
	}
	q := section("quotes")
	for _, want := range []string{"We will rebuild,", "the mayor", "both",
		"Stay in the shelters until the all-clear.", "Stay in shelters until the all-clear.", "only B", "There was no warning."} {
		if !strings.Contains(q, want) {
			t.Errorf("quotes table lacks %q: %q", want, q)
		}
	}
	if s := section("subs"); !strings.Contains(s, "kiev→kyiv1") {
		t.Errorf("substitutions table = %q, want kiev → kyiv 1", s)
	}
}

// TestDiffHTMLEscaping: text of the articles is text, never markup,
// wherever it appears.
func TestDiffHTMLEscaping(t *testing.T) {
	const s1 = `<script>alert(1)</script>`
	const s2 = `"><img src=x onerror=alert(1)>`
	d := &Diff{
		A: DiffSide{ID: "a" + s1, Outlet: s2, Title: s1, Sentences: []string{"Before " + s1 + " after.", "Only " + s2}},
		B: DiffSide{ID: "b" + s2, Outlet: s1, Title: s2, Sentences: []string{"Before " + s2 + " after.", "B " + s1}},
		Pairs: []DiffPair{{ASentences: []int{0}, BSentences: []int{0}, Similarity: 0.5, Diff: []DiffOp{
			{Op: "equal", Text: "Before "}, {Op: "delete", Text: s1}, {Op: "insert", Text: s2}, {Op: "equal", Text: " after."},
		}}},
		OnlyA:         []int{1},
		OnlyB:         []int{1},
		Quotes:        []DiffQuote{{Text: s1, Speaker: s2, In: "both", Similarity: 0.5, Altered: s2}},
		Substitutions: []DiffSub{{From: s1, To: s2, Count: 1}},
	}
	out := renderDiff(t, d)
	if bytes.Contains(bytes.ToLower(out), []byte("<script")) || bytes.Contains(bytes.ToLower(out), []byte("<img")) {
		t.Errorf("raw output carries markup from the articles:\n%s", out)
	}
	doc := parseHTML(t, out)
	if n := elements(doc, "script"); len(n) != 0 {
		t.Errorf("%d <script> elements", len(n))
	}
	if n := elements(doc, "img"); len(n) != 0 {
		t.Errorf("%d <img> elements", len(n))
	}
	for _, e := range elements(doc, "") {
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" {
				t.Errorf("<%s> has attribute %s=%q", e.Data, a.Key, a.Val)
			}
		}
	}
	body := elements(doc, "body")
	if len(body) != 1 {
		t.Fatalf("%d <body> elements", len(body))
	}
	bt := text(body[0])
	for _, want := range []string{"Before " + s1 + " after.", "Before " + s2 + " after.", "Only " + s2, "B " + s1, "a" + s1, "b" + s2} {
		if !strings.Contains(bt, want) {
			t.Errorf("body text lacks %q", want)
		}
	}
	if got := texts(elements(body[0], "del")); len(got) == 0 || got[0] != s1 {
		t.Errorf("<del> texts = %q, want %q first", got, s1)
	}
	if got := texts(elements(body[0], "ins")); len(got) == 0 || got[0] != s2 {
		t.Errorf("<ins> texts = %q, want %q first", got, s2)
	}
	if ts := elements(doc, "title"); len(ts) != 1 || !strings.Contains(text(ts[0]), "a"+s1) {
		t.Errorf("title does not carry the id as text")
	}
}

// TestDiffHTMLSelfContained: nothing on the page refers outside it.
func TestDiffHTMLSelfContained(t *testing.T) {
	d := sampleDiff()
	// Article text with addresses stays text and is no reference.
	d.A.Sentences[1] = "See https://example.com/a and http://example.org/b."
	d.A.Title = "//cdn.example.com/x.js"
	out := renderDiff(t, d)
	doc := parseHTML(t, out)

	ids := map[string]bool{}
	for _, e := range elements(doc, "") {
		if id, ok := attr(e, "id"); ok {
			ids[id] = true
		}
	}
	for _, e := range elements(doc, "") {
		switch e.Data {
		case "script", "link", "img", "iframe", "object", "embed", "base", "source", "video", "audio":
			t.Errorf("<%s> element", e.Data)
		}
		for _, a := range e.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			if strings.Contains(v, "http:") || strings.Contains(v, "https:") || strings.HasPrefix(v, "//") || strings.Contains(v, "url(") {
				t.Errorf("<%s %s=%q> refers outside the page", e.Data, a.Key, a.Val)
			}
			if a.Key == "href" && (!strings.HasPrefix(v, "#") || !ids[a.Val[1:]]) {
				t.Errorf("<%s href=%q> is not a link to an element of the page", e.Data, a.Val)
			}
		}
	}
	styles := elements(doc, "style")
	if len(styles) != 1 {
		t.Errorf("%d <style> elements, want 1", len(styles))
	}
	for _, s := range styles {
		css := strings.ToLower(text(s))
		if strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "//") {
			t.Errorf("style refers outside the page:\n%s", css)
		}
	}

	// The raw page may not hold an address at all: render the sample
	// without the addresses planted above.
	raw := renderDiff(t, sampleDiff())
	for _, s := range []string{"http://", "https://"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("output contains %q", s)
		}
	}
}

func TestDiffHTMLDeterministic(t *testing.T) {
	d := sampleDiff()
	before := sampleDiff()
	a, b := renderDiff(t, d), renderDiff(t, d)
	if !bytes.Equal(a, b) {
		t.Error("two renderings of one diff differ")
	}
	if c := renderDiff(t, sampleDiff()); !bytes.Equal(a, c) {
		t.Error("renderings of equal diffs differ")
	}
	if !reflect.DeepEqual(d, before) {
		t.Error("rendering the page changed the diff")
	}
}

func TestDiffHTMLGolden(t *testing.T) {
	got := renderDiff(t, sampleDiff())
	golden := filepath.Join("testdata", "diff.html.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run TestDiffHTMLGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("rendering differs from %s (rerun with -update if intended):\n%s", golden, firstDiff(want, got))
	}
}

// firstDiff describes the first line where got departs from want.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + w + "\ngot  " + g
		}
	}
	return "(no line differs)"
}

// TestDiffRowsPlacement: unmatched sentences land among the pairs.
func TestDiffRowsPlacement(t *testing.T) {
	side := func(n int) DiffSide {
		s := DiffSide{}
		for i := 0; i < n; i++ {
			s.Sentences = append(s.Sentences, "s")
		}
		return s
	}
	tests := []struct {
		name string
		d    Diff
		want []string
	}{
		{"only-B before every pair opens the table; only-A after every pair closes it",
			Diff{A: side(3), B: side(3),
				Pairs: []DiffPair{{ASentences: []int{0}, BSentences: []int{1}}, {ASentences: []int{1}, BSentences: []int{2}}},
				OnlyA: []int{2}, OnlyB: []int{0}},
			[]string{"b0", "p0", "p1", "a2"}},
		{"moved pairs anchor nothing",
			Diff{A: side(3), B: side(4),
				Pairs: []DiffPair{{ASentences: []int{0}, BSentences: []int{0}}, {ASentences: []int{1}, BSentences: []int{2}, Moved: true},
					{ASentences: []int{2}, BSentences: []int{3}}},
				OnlyB: []int{1}},
			[]string{"p0", "b1", "p1", "p2"}},
		{"a split pair, unsorted unmatched sentences",
			Diff{A: side(5), B: side(6),
				Pairs: []DiffPair{{ASentences: []int{1}, BSentences: []int{0, 1}}, {ASentences: []int{3}, BSentences: []int{4}}},
				OnlyA: []int{4, 2, 0}, OnlyB: []int{5, 3, 2}},
			[]string{"a0", "p0", "b2", "b3", "a2", "p1", "b5", "a4"}},
		{"no pairs", Diff{A: side(1), B: side(1), OnlyA: []int{0}, OnlyB: []int{0}}, []string{"b0", "a0"}},
	}
	for _, tc := range tests {
		var got []string
		for _, r := range diffRows(&tc.d) {
			got = append(got, r.ID)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: rows = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDiffHTMLNil(t *testing.T) {
	var buf bytes.Buffer
	if err := (*Diff)(nil).HTML(&buf); err == nil {
		t.Error("HTML of a nil diff succeeded")
	}
	if buf.Len() != 0 {
		t.Errorf("HTML of a nil diff wrote %q", buf.String())
	}
}
