package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/pipeline"
)

func renderPage(t *testing.T, d *Dump) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.HTML(&b); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("DUMP_HTML_OUT"); p != "" { // for a look in a browser
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// reportOf runs pipeline.Report over paths with its defaults.
func reportOf(t *testing.T, paths ...string) *pipeline.ReportResult {
	t.Helper()
	r, err := pipeline.Report(paths, pipeline.Options{}, pipeline.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// byID returns the element of doc with the id, or nil.
func byID(doc *html.Node, id string) *html.Node {
	for _, e := range elements(doc, "") {
		if v, ok := attr(e, "id"); ok && v == id {
			return e
		}
	}
	return nil
}

func TestDumpHTMLSeeds(t *testing.T) {
	out := renderPage(t, &Dump{R: reportOf(t, "../testdata/seeds")})
	doc := parseHTML(t, out)
	if !bytes.HasPrefix(out, []byte("<!DOCTYPE html>\n")) {
		t.Errorf("page does not start with the doctype: %q", out[:min(len(out), 40)])
	}

	ids := checkLinks(t, doc)
	for _, id := range []string{"main", "summary", "timeline", "events", "duplicates", "framing", "quotes", "singletons", "e1", "e2", "e3", "e1-d1", "filter", "outlet"} {
		if !ids[id] {
			t.Errorf("no element with id %q", id)
		}
	}

	// The Berlin event: its three articles and the variants its outlets
	// differ on.
	e1 := byID(doc, "e1")
	if e1 == nil || e1.Data != "section" {
		t.Fatal("no section e1")
	}
	var rows []string
	for _, tb := range elements(e1, "table") {
		if hasClass(tb, "coverage") {
			for _, tr := range elements(tb, "tr")[1:] {
				rows = append(rows, text(elements(tr, "td")[1]))
			}
		}
	}
	if want := []string{"000_1e9a216f9237e569", "002_b7b859cbb739f493", "004_fa79ad35558de7c7"}; !slices.Equal(rows, want) {
		t.Errorf("coverage of e1: %q, want %q", rows, want)
	}
	cells := texts(elements(e1, "td"))
	// The lexicon names a variant in its full spelling: "Volodymyr
	// Zelenskyy" counts "Volodymyr Zelensky" too.
	for _, want := range []string{"Kiev", "Kyiv", "Donbass", "Donbas", "Vladimir Zelensky", "Volodymyr Zelenskyy"} {
		if !slices.Contains(cells, want) {
			t.Errorf("e1 has no cell %q", want)
		}
	}
	if k, _ := attr(e1, "data-outlets"); k == "" {
		t.Error("e1 names no outlet for the filter")
	}

	// The plots: role="img", a title and a description, drawn marks.
	svgs := elements(doc, "svg")
	if len(svgs) != 2 {
		t.Fatalf("%d plots, want the timeline and e1's heat-map", len(svgs))
	}
	for _, s := range svgs {
		if r, _ := attr(s, "role"); r != "img" {
			t.Errorf("plot %s has role %q", classOf(s), r)
		}
		if len(children(s, "title")) != 1 || len(children(s, "desc")) != 1 || text(children(s, "desc")[0]) == "" {
			t.Errorf("plot %s lacks a title or a description", classOf(s))
		}
	}
	if n := len(elements(svgs[0], "rect")); n == 0 {
		t.Error("the timeline draws no bar")
	}
	if n := len(elements(svgs[1], "rect")); n != 9 {
		t.Errorf("the heat-map of 3 articles has %d cells, want 9", n)
	}

	// 001 is a single article, republished by Occasional Digest.
	e2 := byID(doc, "e2")
	if e2 == nil || !strings.Contains(text(e2), "Occasional Digest (republished)") {
		t.Errorf("single article 001 not shown as republished: %q", text(e2))
	}
	// The filter is a labelled select of every outlet, hidden until the
	// script shows it.
	form := byID(doc, "filter")
	if _, hidden := attr(form, "hidden"); !hidden {
		t.Error("the filter shows without the script")
	}
	if opts := elements(form, "option"); len(opts) != 4 {
		t.Errorf("%d options, want every outlet and the 3 outlets", len(opts))
	}
	if l := elements(form, "label"); len(l) != 1 {
		t.Error("the filter has no label")
	} else if f, _ := attr(l[0], "for"); f != "outlet" {
		t.Errorf("the label is for %q", f)
	}
}

// checkLinks checks that every id of doc is there once and every link is a
// fragment to one of them, and returns the ids.
func checkLinks(t *testing.T, doc *html.Node) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range elements(doc, "") {
		if id, ok := attr(e, "id"); ok {
			if ids[id] {
				t.Errorf("id %q twice", id)
			}
			ids[id] = true
		}
	}
	for _, a := range elements(doc, "a") {
		h, _ := attr(a, "href")
		if !strings.HasPrefix(h, "#") || !ids[h[1:]] {
			t.Errorf("link %q goes to no element of the page", h)
		}
	}
	return ids
}

func classOf(n *html.Node) string { v, _ := attr(n, "class"); return v }

// TestDumpHTMLPolicy checks what makes the page self-contained: one style
// and one script, each allowed by its hash in the page's
// Content-Security-Policy, which allows nothing else, and no element or
// attribute that loads anything.
func TestDumpHTMLPolicy(t *testing.T) {
	out := renderPage(t, &Dump{R: reportOf(t, "../testdata/seeds")})
	doc := parseHTML(t, out)
	var csp string
	for _, m := range elements(doc, "meta") {
		if v, _ := attr(m, "http-equiv"); v == "Content-Security-Policy" {
			csp, _ = attr(m, "content")
		}
	}
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	styles, scripts := elements(doc, "style"), elements(doc, "script")
	if len(styles) != 1 || len(scripts) != 1 {
		t.Fatalf("%d styles and %d scripts, want 1 and 1", len(styles), len(scripts))
	}
	for _, want := range []string{"default-src 'none'", "style-src " + hash(text(styles[0])) + ";", "script-src " + hash(text(scripts[0])) + ";"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the policy %q lacks %q", csp, want)
		}
	}
	for _, e := range elements(doc, "") {
		switch e.Data {
		case "link", "img", "iframe", "object", "embed", "base", "source", "video", "audio", "image", "use", "foreignObject":
			t.Errorf("<%s> element", e.Data)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "style" || a.Key == "xlink:href" {
				t.Errorf("<%s %s=%q>", e.Data, a.Key, a.Val)
			}
		}
	}
	css := strings.ToLower(text(styles[0]))
	if strings.Contains(css, "url(") || strings.Contains(css, "@import") {
		t.Error("the style loads something")
	}
}

func TestDumpHTMLHostile(t *testing.T) {
	out := renderPage(t, &Dump{R: reportOf(t, "testdata/hostile.jsonl")})
	doc := parseHTML(t, out)
	if n := len(elements(doc, "script")); n != 1 {
		t.Errorf("%d scripts, want the page's own", n)
	}
	for _, e := range elements(doc, "") {
		if e.Data == "img" {
			t.Error("an <img> element from the data")
		}
		for _, a := range e.Attr {
			url := a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "formaction"
			if strings.HasPrefix(a.Key, "on") || url && strings.Contains(strings.ToLower(a.Val), "javascript:") {
				t.Errorf("<%s %s=%q>", e.Data, a.Key, a.Val)
			}
		}
	}
	for _, a := range elements(doc, "a") {
		if h, _ := attr(a, "href"); !strings.HasPrefix(h, "#") {
			t.Errorf("a link from the data: %q", h)
		}
	}
	// The strings are shown as text: in the coverage table, the index,
	// the outlets and the diffs.
	page := text(doc)
	for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, `<a href="javascript:alert(1)">Wire</a>`} {
		if strings.Count(page, s) < 3 {
			t.Errorf("%q shown %d times, want it as text in several places", s, strings.Count(page, s))
		}
	}
}

func TestDumpHTMLDeterministic(t *testing.T) {
	r := reportOf(t, "../testdata/seeds")
	a, b := renderPage(t, &Dump{R: r}), renderPage(t, &Dump{R: r})
	if !bytes.Equal(a, b) {
		t.Error("two renderings of one report differ")
	}
	for _, workers := range []int{1, 4} {
		r, err := pipeline.Report([]string{"../testdata/seeds"}, pipeline.Options{Load: corpus.Options{Workers: workers}}, pipeline.ReportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c := renderPage(t, &Dump{R: r}); !bytes.Equal(a, c) {
			t.Errorf("a run on %d workers renders otherwise: %s", workers, firstDiff(a, c))
		}
	}
	stamp := regexp.MustCompile(`Generated 20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9:]{8} UTC`)
	if stamp.Match(a) {
		t.Error("the page holds a timestamp")
	}
	d := renderPage(t, &Dump{R: r, Generated: time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 3600))})
	if got := stamp.Find(d); string(got) != "Generated 2026-01-02 02:04:05 UTC" {
		t.Errorf("with Generated set, the page says %q", got)
	}
}

func TestDumpHTMLNil(t *testing.T) {
	for _, d := range []*Dump{nil, {}} {
		if err := d.HTML(&bytes.Buffer{}); err == nil {
			t.Errorf("%v rendered", d)
		}
	}
}

func TestMergeRuns(t *testing.T) {
	d := sampleDiff()
	d.A.Sentences = append(d.A.Sentences, "Fifth of A.", "Sixth of A.")
	d.OnlyA = []int{2, 5, 6}
	d.B.Sentences = append(d.B.Sentences, "Fifth of B.", "Sixth of B.", "Seventh of B.")
	d.OnlyB = []int{3, 5, 6, 7}
	rows := mergeRuns(diffPage(d).Rows)
	var got []string
	for _, r := range rows {
		var left, right []string
		for _, s := range r.Left {
			left = append(left, s.Text)
		}
		for _, s := range r.Right {
			right = append(right, s.Text)
		}
		got = append(got, r.ID+" "+r.ANums+"|"+r.BNums+" "+strings.Join(left, "")+"|"+strings.Join(right, ""))
	}
	// s2 of A and s3 of B stand alone; A's s5–6 and B's s5–7 are runs,
	// each a row with the id of its first sentence.
	want := []string{
		"title title|title Overnight strike on Kiev|Overnight strike on Kyiv",
		"p0 s0|s1 Russian forces struck Kiev overnight, officials said.|Russian forces struck Kyiv overnight, Ukrainian officials said.",
		"p1 s1|s2 The mayor urged residents to stay in shelters.|The mayor urged residents to stay in shelters.",
		"b3 |s3 |Schools will stay closed on Monday.",
		"a2 s2| Power was cut in three districts.|",
		"p2 s3|s4 \"We will rebuild,\" the mayor said.|\"We will rebuild,\" the mayor said.",
		"b5 |s5–7 |Fifth of B. Sixth of B. Seventh of B.",
		"p3 s4|s0 Reuters contributed reporting.|Reuters contributed reporting.",
		"a5 s5–6| Fifth of A. Sixth of A.|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDumpHTMLBounds checks that the page lists at most its bounds and
// says how many it leaves out.
func TestDumpHTMLBounds(t *testing.T) {
	n := pageSingletons + 3
	evs := []event.Event{{ID: "e1", Members: []int{0, 1}, Outlets: []event.OutletCount{{Outlet: "A", Articles: 1}, {Outlet: "B", Articles: 1}}}}
	for i := range n {
		evs = append(evs, event.Event{ID: "e" + strconv.Itoa(i+2), Members: []int{i + 2}, Outlets: []event.OutletCount{{Outlet: "A", Articles: 1}}})
	}
	x := pipeline.EventReport{Event: &evs[0], Compared: []int{0, 1}}
	for k := range pagePassages + 2 {
		x.Passages = append(x.Passages, pipeline.SharedPassage{Text: "passage " + strconv.Itoa(k), Words: 20 - k, Articles: []int{0, 1}})
	}
	r := &pipeline.ReportResult{
		Result:   &pipeline.Result{Input: pipeline.Input{Articles: n + 2}, Events: &pipeline.EventsResult{Events: evs, ID: func(i int) string { return "art" + strconv.Itoa(i) }}},
		Outlets:  []pipeline.ReportOutlet{{Name: "A", Articles: n + 1}, {Name: "B", Articles: 1}},
		Expanded: []pipeline.EventReport{x},
	}
	r.Quotes = []pipeline.SharedQuote{{Text: "listed", Articles: []int{0, 5}}, {Text: "left out", Articles: []int{pageSingletons + 3}}}
	doc := parseHTML(t, renderPage(t, &Dump{R: r}))
	checkLinks(t, doc)
	var refs []string
	for _, a := range elements(byID(doc, "quotes"), "a") {
		h, _ := attr(a, "href")
		refs = append(refs, h)
	}
	if want := []string{"#e1", "#e5"}; !slices.Equal(refs, want) {
		t.Errorf("the quotes link to %q, want %q: no link to an article the page leaves out", refs, want)
	}
	single := byID(doc, "singletons")
	if rows := elements(single, "tr"); len(rows) != pageSingletons+1 {
		t.Errorf("%d rows of single articles, want the header and %d", len(rows), pageSingletons)
	}
	if !strings.Contains(text(single), "3 more are left out.") {
		t.Error("the single articles left out are not counted")
	}
	e1 := byID(doc, "e1")
	for _, tb := range elements(e1, "table") {
		if hasClass(tb, "passages") && len(elements(tb, "tr")) != pagePassages+1 {
			t.Errorf("%d rows of passages, want the header and %d", len(elements(tb, "tr")), pagePassages)
		}
	}
	if !strings.Contains(text(e1), "2 shorter passages are left out.") {
		t.Error("the passages left out are not counted")
	}
}
