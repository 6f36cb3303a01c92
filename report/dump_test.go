package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/newsfold/compare/align"
	"github.com/newsfold/compare/corpus"
	"github.com/newsfold/compare/event"
	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/pipeline"
	"github.com/newsfold/compare/similarity"
)

// dumpNames are the ids, outlets and title of the sample dump's articles:
// plain, or hostile (markup, tags, controls, bidi overrides).
type dumpNames struct {
	id      func(event, k int) string
	outlets [3]string
	title   string
}

var (
	plainNames = dumpNames{
		id:      func(e, k int) string { return fmt.Sprintf("%03d_%c", e, 'a'+k) },
		outlets: [3]string{"Kiev Daily", "Kyiv Herald", "Wire Reprints"},
		title:   "Envoys meet on the peace plan",
	}
	hostileNames = dumpNames{
		id: func(e, k int) string {
			return fmt.Sprintf("%d|<b>*x*</details>\x1b[2J_%c", e, 'a'+k)
		},
		outlets: [3]string{"O|ut<i>l</i>", "</summary><script>alert(1)</script>", "Wire\u202eReprints"},
		title:   "T | <summary>x</summary> [click](javascript:alert(1)) `code`",
	}
)

// doc is a as similarity compares it.
func doc(a *corpus.Article) similarity.Doc {
	return similarity.Doc{ID: a.ID, Date: a.Date, Text: a.Text, Tokens: a.Tokens}
}

// sampleDump is the report of a dump of n events of three articles each:
// one outlet writes Kiev and Donbass, one Kyiv and Donbas with a sentence
// of its own and the quote altered, and the third reprints the first (a
// duplicate group). Everything the pipeline computes is computed (dedup,
// alignments) or built by hand (events, framing, coverage), so that the
// renderers are tested apart from the pipeline's choices.
func sampleDump(t testing.TB, n int, names dumpNames) *Dump {
	t.Helper()
	var arts []*corpus.Article
	day := time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC)
	for e := range n {
		// Every few words name the event, so that no five words in a row
		// are shared across events: each reprint is a duplicate of its
		// own event's first article only.
		ru := strings.ReplaceAll("Officials of T met in Kiev on Monday T to discuss the T plan. The talks T on Donbass went T on for hours T in the capital. “We made real progress on the main points,” said the envoy. Nothing T was signed T by the evening.", "T", fmt.Sprintf("Topic%d", e))
		ua := strings.ReplaceAll("Officials of T met in Kyiv on Monday T to discuss the T plan. The talks T on Donbas went T on for hours T in the capital. “We made some progress on the main points,” said the envoy. A second round T is planned T for next week T in Geneva.", "T", fmt.Sprintf("Topic%d", e))
		for k, text := range []string{ru, ua, ru} {
			a := &corpus.Article{ID: names.id(e, k), Outlet: names.outlets[k], Title: names.title, Date: day.AddDate(0, 0, k), DateSource: corpus.DateHeader,
				Text: text, Tokens: corpus.Tokenize(text), Sentences: corpus.SplitSentences(text), Republished: k == 2}
			arts = append(arts, a)
		}
	}
	dd := similarity.NewDeduper(similarity.DedupOptions{})
	for i, a := range arts {
		dd.Add(i, doc(a))
	}
	for _, i := range dd.Missing() {
		dd.Supply(i, doc(arts[i]))
	}
	dedup := &pipeline.DedupResult{Deduper: dd, Groups: dd.Groups()}
	for _, a := range arts {
		dedup.Titles, dedup.Outlets = append(dedup.Titles, a.Title), append(dedup.Outlets, a.Outlet)
	}

	kyiv := func(ru, ua int, evidence []framing.Example) framing.VariantUse {
		return framing.VariantUse{Group: "kyiv", Kind: "spelling", Weight: 1, Source: framing.SourceLexicon, Evidence: evidence, Terms: []framing.TermUse{
			{Term: "Kyiv", Label: "ukrainian", Outlets: map[string]int{names.outlets[1]: ua}},
			{Term: "Kiev", Label: "russian", Outlets: map[string]int{names.outlets[0]: ru, names.outlets[2]: ru}},
		}}
	}
	an := &framing.Analysis{Variants: []framing.VariantUse{kyiv(n, n, nil)}, Outlets: []framing.OutletText{
		{Outlet: names.outlets[0], Articles: n, Matched: n}, {Outlet: names.outlets[1], Articles: n, Matched: n}, {Outlet: names.outlets[2], Articles: n, Matched: n}}}

	res := &pipeline.Result{Input: pipeline.Input{Articles: len(arts), Files: 1,
		Diagnostics: []corpus.Diagnostic{{Path: "dump|<x>.jsonl", Line: 3, Severity: corpus.Warning, Message: `duplicate id "a|<b>" renamed "a|<b>#2"`}}},
		Dump: arts, Dedup: dedup, Events: &pipeline.EventsResult{ID: func(i int) string { return arts[i].ID }},
		Framing: &pipeline.FramingResult{Analysis: an, Labels: map[string]string{}}}
	r := &pipeline.ReportResult{Result: res, Options: pipeline.ReportOptions{Events: 100, Articles: 8, Diffs: 3}, Start: day, End: day.AddDate(0, 0, 2),
		DiagnosticKinds: []pipeline.DiagnosticKind{{Severity: "warning", Kind: `duplicate id "…" renamed "…"`, Example: res.Diagnostics[0].String(), Count: 1}}}
	for k, o := range names.outlets {
		r.Outlets = append(r.Outlets, pipeline.ReportOutlet{Name: o, Articles: n, Start: day.AddDate(0, 0, k), End: day.AddDate(0, 0, k), Republished: map[bool]int{true: n}[k == 2]})
		r.Timeline = append(r.Timeline, pipeline.DayCount{Day: day.AddDate(0, 0, k), Outlet: o, Articles: n})
	}
	r.Quotes = []pipeline.SharedQuote{{Text: "We made real progress on the main points", Speaker: "the envoy", Articles: []int{0, 2}}}
	for e := range n {
		m := []int{3 * e, 3*e + 1, 3*e + 2}
		id := fmt.Sprintf("e%d", e+1)
		res.Events.Events = append(res.Events.Events, event.Event{ID: id, Label: fmt.Sprintf("Topic%d Kiev · 15–17 Dec 2025 · %s", e, names.outlets[0]),
			Headline: names.title, Terms: []string{fmt.Sprintf("Topic%d", e)}, Start: day, End: day.AddDate(0, 0, 2), Members: m, Duplicates: [][]int{{m[0], m[2]}},
			Outlets: []event.OutletCount{{Outlet: names.outlets[0], Articles: 1}, {Outlet: names.outlets[1], Articles: 1}, {Outlet: names.outlets[2], Articles: 1}}})
		res.Framing.Labels[id] = res.Events.Events[e].Label
	}
	for e := range n {
		m := res.Events.Events[e].Members
		ab := align.Compare(arts[m[0]], arts[m[1]], align.Options{})
		evidence := []framing.Example{{Doc: arts[m[0]].ID, Outlet: arts[m[0]].Outlet, Sentence: arts[m[0]].Sentence(0)}, {Doc: arts[m[1]].ID, Outlet: arts[m[1]].Outlet, Sentence: arts[m[1]].Sentence(0)}}
		r.Expanded = append(r.Expanded, pipeline.EventReport{
			Event: &res.Events.Events[e], Compared: m[:2],
			Coverage: []pipeline.Coverage{
				{Article: m[0], Words: len(arts[m[0]].Tokens), Shared: 0.8, Only: 1, Role: pipeline.RoleOriginal, CopyOf: -1},
				{Article: m[1], Words: len(arts[m[1]].Tokens), Shared: 0.75, Only: 1, CopyOf: -1},
				{Article: m[2], Words: len(arts[m[2]].Tokens), Shared: -1, Only: -1, Role: pipeline.RoleCopy, CopyOf: m[0]},
			},
			Similarity: [][]float64{{1, 0.71234}, {0.71234, 1}},
			Framing:    &framing.EventUse{ID: res.Events.Events[e].ID, Variants: []framing.VariantUse{kyiv(1, 1, evidence)}, Outlets: map[string]int{names.outlets[0]: 1, names.outlets[1]: 1, names.outlets[2]: 1}},
			Passages:   []pipeline.SharedPassage{{Text: "met in Kiev on Monday to discuss the plan", Words: 9, Articles: m}},
			Quotes: []pipeline.EventQuote{
				{Text: "We made real progress on the main points", Speaker: "the envoy", Carried: []int{m[0], m[2]},
					Altered: []pipeline.AlteredQuote{{Article: m[1], Text: "We made some progress on the main points", Similarity: 0.875}}},
				{Text: "Nothing | <i>quoted</i>", Carried: []int{m[0]}, Omitted: []int{m[1]}},
			},
			Diffs: []pipeline.Alignment{{Event: res.Events.Events[e].ID, A: m[0], B: m[1], Result: ab}},
		})
	}
	return &Dump{R: r}
}

// renderDump writes d in format f at width.
func renderDump(t *testing.T, d *Dump, f Format, width int) string {
	t.Helper()
	doc := New(d.R.Diagnostics, d)
	doc.Width = width
	var b bytes.Buffer
	if err := Write(&b, f, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDumpJSON: the report's keys, in the order the schema documents; the
// sections of other commands under their keys with their keys; an article
// not compared has null shares; copies name their original; the time is
// there only when set.
func TestDumpJSON(t *testing.T) {
	d := sampleDump(t, 2, plainNames)
	out := renderDump(t, d, JSON, 0)
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var keys []string
	dec := json.NewDecoder(strings.NewReader(out))
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		keys = append(keys, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	want := "schema summary outlets timeline diagnostic_kinds groups republished events framing quotes expanded diagnostics"
	if got := strings.Join(keys, " "); got != want {
		t.Errorf("keys %q, want %q", got, want)
	}
	var v struct {
		Summary     DumpSummary
		Groups      []DupGroup
		Republished []DumpArticle
		Events      []Event
		Framing     map[string]json.RawMessage
		Expanded    []struct {
			ID       string
			Coverage []map[string]any
			Diffs    []map[string]json.RawMessage
			Framing  *FramingEvent
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if s := v.Summary; s.Articles != 6 || s.Outlets != 3 || s.Events != 2 || s.Grouped != 2 || s.Expanded != 2 || s.DuplicateGroups != 2 || s.Duplicates != 2 || s.Republished != 2 || *s.Start != "2025-12-15" || s.Bounds.Articles != 8 {
		t.Errorf("summary %+v", s)
	}
	if len(v.Groups) != 2 || v.Groups[0].Original == nil || *v.Groups[0].Original != "000_a" || len(v.Events) != 2 || v.Events[1].Articles[2] != "001_c" {
		t.Errorf("groups %+v, events %+v", v.Groups, v.Events)
	}
	if r := v.Republished; len(r) != 2 || r[1].Article != "001_c" || r[1].Event != "e2" || r[1].Outlet != "Wire Reprints" || *r[1].Date != "2025-12-17" {
		t.Errorf("republished %+v", r)
	}
	for _, k := range []string{"variants", "distinctive", "sourcing", "events", "outlets", "unknown"} {
		if _, ok := v.Framing[k]; !ok {
			t.Errorf("framing has no %q: %v", k, v.Framing)
		}
	}
	e := v.Expanded[0]
	if c := e.Coverage[2]; c["shared"] != nil || c["only"] != nil || c["role"] != "copy" || c["copy_of"] != "000_a" {
		t.Errorf("the copy's coverage %v", c)
	}
	if c := e.Coverage[1]; c["shared"] != 0.75 || c["only"] != 1.0 || c["role"] != nil {
		t.Errorf("a compared article's coverage %v", c)
	}
	if len(e.Diffs) != 1 || e.Diffs[0]["pairs"] == nil || e.Diffs[0]["substitutions"] == nil {
		t.Errorf("diffs %v", e.Diffs)
	}
	if e.Framing == nil || e.Framing.ID != "e1" || len(e.Framing.Variants[0].Evidence) != 2 {
		t.Errorf("framing %+v", e.Framing)
	}
	if !strings.Contains(out, `"similarity": [`+"\n") || !strings.Contains(out, "0.7123") || strings.Contains(out, "0.71234") {
		t.Errorf("similarity not rounded to 4 places:\n%s", out)
	}

	d.Generated = time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 3600))
	if out := renderDump(t, d, JSON, 0); !strings.Contains(out, `"schema": "compare/v1",`+"\n"+`  "generated": "2026-01-02T02:04:05Z",`) {
		t.Errorf("no generated time in UTC after the schema:\n%.300s", out)
	}
}

// TestDumpTerminal: the summary says what was read and found, shows the
// variant groups on which outlets differ, lists the events and expands
// each; at 80 and 120 columns no line is wider than the terminal.
func TestDumpTerminal(t *testing.T) {
	d := sampleDump(t, 2, plainNames)
	for _, width := range []int{80, 120} {
		out := renderDump(t, d, Table, width)
		for _, want := range []string{
			"6 articles from 3 outlets, 15–17 Dec 2025; 2 republished\n",
			"2 events: 2 of more than one article, 0 singletons; 2 expanded, largest first\n",
			"2 duplicate groups (2 copies); 1 quote carried by more than one outlet; 1",
			"Duplicate groups (2)", "Republished: articles carrying a republisher's chrome (2)", "Framing: variants on which outlets differ (1 of 1",
			"Event e2 (3 articles): Topic1 Kiev", "80%", "variants on which its outlets differ (1):",
			"“We made real progress on the main points” — the envoy",
			"    carried by Kiev Daily, Wire Reprints\n",
			"    altered by Kyiv Herald: “We made some progress on the main points”",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("width %d: no %q in\n%s", width, want, out)
			}
		}
		for _, l := range strings.Split(out, "\n") {
			if w := twwidth.Width(l); w > width {
				t.Errorf("width %d: line %d wide: %q", width, w, l)
			}
		}
	}
}

// TestDumpTerminalBounds: the terminal lists at most dumpRows of each list
// and terminalEvents blocks, and says how many more there are and where.
func TestDumpTerminalBounds(t *testing.T) {
	out := renderDump(t, sampleDump(t, 25, plainNames), Table, 0)
	for _, want := range []string{
		"(and 5 more groups: the JSON and the HTML report hold them all)",
		"(and 5 more events: the JSON and the HTML report hold them all)",
		"(15 more expanded events: the Markdown, JSON and HTML reports hold them",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the summary", want)
		}
	}
	if n := strings.Count(out, "\nEvent e"); n != terminalEvents {
		t.Errorf("%d event blocks, want %d", n, terminalEvents)
	}
}

// pipes counts the | of a Markdown table row that are not escaped.
func pipes(row string) int {
	return strings.Count(row, "|") - strings.Count(row, `\|`)
}

// checkMarkdown fails when md holds HTML but its <details> tags, holds
// unbalanced tags, or a table whose rows have more cells than its header.
func checkMarkdown(t *testing.T, md string) {
	t.Helper()
	if n, m := strings.Count(md, "<details>"), strings.Count(md, "</details>"); n != m || n == 0 {
		t.Errorf("%d <details> and %d </details>", n, m)
	}
	if n, m := strings.Count(md, "<summary>"), strings.Count(md, "</summary>"); n != m || n != strings.Count(md, "<details>") {
		t.Errorf("%d <summary> and %d </summary>", n, m)
	}
	rest := md
	for _, tag := range detailsTags {
		rest = strings.ReplaceAll(rest, tag, "")
	}
	if i := strings.IndexAny(rest, "<>\x1b\u202e"); i >= 0 {
		t.Errorf("raw %q in the Markdown: …%s…", rest[i], rest[max(0, i-60):min(len(rest), i+60)])
	}
	cells := 0
	for _, l := range strings.Split(md, "\n") {
		if !strings.HasPrefix(l, "|") {
			cells = 0
			continue
		}
		if cells == 0 {
			cells = pipes(l)
		} else if pipes(l) != cells {
			t.Errorf("row of %d cell borders under a header of %d: %q", pipes(l), cells, l)
		}
	}
}

// TestDumpMarkdown: a summary first, the long parts folded, each expanded
// event with its coverage, similarity, variants and their examples,
// passages, quotes and the diff of its first pair.
func TestDumpMarkdown(t *testing.T) {
	d := sampleDump(t, 2, plainNames)
	d.R.Expanded[1].Diffs[0].Result = &align.Result{} // a pair that aligns no sentence
	md := renderDump(t, d, Markdown, 0)
	checkMarkdown(t, md)
	for _, want := range []string{
		"## compare report\n\n- 6 articles from 3 outlets",
		"<details><summary>Duplicate groups (2)</summary>\n\n",
		"<details><summary>e1 · 3 articles · Topic0 Kiev · 15–17 Dec 2025 · Kiev Daily</summary>\n\n**Envoys meet on the peace plan**",
		"| 1 000\\_a |", "0.71", "copy of 000\\_a",
		"- kyiv, 000\\_a (Kiev Daily): “Officials of Topic0 met in Kiev on Monday Topic0 to discuss the Topic0 plan.”",
		"- 9 words, 000\\_a 000\\_b 000\\_c: “met in Kiev on Monday to discuss the plan”",
		"#### Diff of 000\\_a (Kiev Daily) and 000\\_b (Kyiv Herald)",
		"1 sentence only in A and 1 only in B, not shown here.",
		"No sentence aligns across the 1 pair diffed (written apart, they share none): the JSON and the HTML report show them side by side.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in\n%s", want, md)
		}
	}
	if strings.Contains(md, "Left out") {
		t.Errorf("a small report says something was left out:\n%s", md)
	}
}

// TestDumpMarkdownLimit: the Markdown of a large dump stays within
// MarkdownLimit bytes, whole events only, and its last line says what was
// left out and how to get it.
func TestDumpMarkdownLimit(t *testing.T) {
	md := renderDump(t, sampleDump(t, 400, plainNames), Markdown, 0)
	if len(md) > MarkdownLimit {
		t.Errorf("%d bytes, over %d", len(md), MarkdownLimit)
	}
	checkMarkdown(t, md)
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	last := lines[len(lines)-1]
	if !regexp.MustCompile(`^\*\*Left out\*\* to stay within 64,000 bytes \(a GitHub comment holds 65,536 characters\): the expanded events e\d+–e400 \(\d+\)\. ` +
		"`compare report -o report.html` \\(or `-o report.json`\\) writes all of it\\.$").MatchString(last) {
		t.Errorf("last line %q", last)
	}
	if !strings.Contains(md, "(and 380 more events: the JSON and the HTML report hold them all)") {
		t.Errorf("the events index does not say how many more there are")
	}
}

// TestDumpHostile: ids, outlets, titles and diagnostics made of markup,
// tags, controls and bidi overrides reach neither the terminal nor the
// Markdown raw: no control character, no tag of the data, no cell border.
func TestDumpHostile(t *testing.T) {
	d := sampleDump(t, 2, hostileNames)
	for _, width := range []int{0, 80} {
		out := renderDump(t, d, Table, width)
		if strings.ContainsAny(out, "\x1b\u202e") {
			t.Errorf("width %d: a control reached the terminal", width)
		}
		if !strings.Contains(out, `0|<b>*x*</details>\x1b[2J_a`) {
			t.Errorf("width %d: the hostile id is not shown escaped:\n%s", width, out)
		}
	}
	md := renderDump(t, d, Markdown, 0)
	checkMarkdown(t, md)
	for _, want := range []string{
		`0\|&lt;b&gt;\*x\*&lt;/details&gt;\\x1b\[2J\_a`,                                                // in a cell: Markdown escapes
		"<summary>e1 · 3 articles · Topic0 Kiev · 15–17 Dec 2025 · O|ut&lt;i&gt;l&lt;/i&gt;</summary>", // in a summary: HTML's
		"&lt;/summary&gt;&lt;script&gt;",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in\n%s", want, md)
		}
	}
}

// TestMarkdownFold: a part that fits goes in whole, folded; one that does
// not is cut after its last whole line that fits, closed and named, or,
// when it may not be cut or not even a line fits, left out whole.
func TestMarkdownFold(t *testing.T) {
	body := []byte(strings.Repeat("| a <b> | 1 |\n", 200)) // 2,800 bytes, 4,000 escaped
	var m mdDoc
	if !m.fold("Small <one>", "the small part", body[:28], mdPartBytes) {
		t.Fatal("a small part did not fit")
	}
	if got := m.b.String(); got != "<details><summary>Small &lt;one&gt;</summary>\n\n| a &lt;b&gt; | 1 |\n| a &lt;b&gt; | 1 |\n\n</details>\n\n" {
		t.Errorf("folded part %q", got)
	}
	m.b.WriteString(strings.Repeat("x", m.room()-1500)) // 1,500 bytes left
	before := m.b.Len()
	if m.fold("Whole", "the whole part", body, 0) || m.b.Len() != before || len(m.left) != 0 {
		t.Errorf("a part that may not be cut went in, or was named (%v)", m.left)
	}
	if m.fold("Cut", "the cut part", body, mdPartBytes) {
		t.Fatal("a part of 4,000 bytes went in whole in 1,500")
	}
	added := m.b.String()[before:]
	if !strings.HasPrefix(added, "<details><summary>Cut</summary>\n\n| a &lt;b&gt; | 1 |\n") ||
		!strings.HasSuffix(added, "| 1 |\n\n*Cut here to stay within the size of a GitHub comment.*\n\n</details>\n\n") || len(added) > 1500 {
		t.Errorf("cut part (%d bytes):\n%s", len(added), added)
	}
	if len(m.left) != 1 || m.left[0] != "part of the cut part" {
		t.Errorf("left %q", m.left)
	}
	var big mdDoc // a part over mdPartBytes is cut though there is room
	if big.fold("Big", "the big part", []byte(strings.Repeat("| a | 1 |\n", 1000)), mdPartBytes) || big.b.Len() > mdPartBytes || big.left[0] != "part of the big part" {
		t.Errorf("a part of 10,000 bytes: %d bytes written, left %q", big.b.Len(), big.left)
	}
	m.b.WriteString(strings.Repeat("x", m.room()-10))
	if m.fold("None", "the last part", body, mdPartBytes) || len(m.left) != 2 || m.left[1] != "the last part" {
		t.Errorf("a part of which no line fits: left %q", m.left)
	}
}

// TestCompactTables: the padding of table rows goes, other lines stay.
func TestCompactTables(t *testing.T) {
	in := "|  a   |   b |\n|:-----|:----|\n| x  y | 1   |\ntext  with  spaces\n"
	want := "| a | b |\n|:---|:---|\n| x y | 1 |\ntext  with  spaces\n"
	if got := compactTables(in); got != want {
		t.Errorf("compactTables = %q, want %q", got, want)
	}
}

// TestCoverageRole: the role cell names the original of a copy, also of a
// republished one.
func TestCoverageRole(t *testing.T) {
	for _, tc := range []struct {
		c    DumpCoverage
		want string
	}{
		{DumpCoverage{}, ""},
		{DumpCoverage{Role: "original"}, "original"},
		{DumpCoverage{Role: "republished"}, "republished"},
		{DumpCoverage{Role: "copy", CopyOf: "a"}, "copy of a"},
		{DumpCoverage{Role: "republished", CopyOf: "a"}, "republished, copy of a"},
	} {
		if got := tc.c.role(); got != tc.want {
			t.Errorf("role of %+v = %q, want %q", tc.c, got, tc.want)
		}
	}
}

// TestTerminalCoverage: the coverage table of a terminal keeps the titles
// when they have room; with ids too long for all the columns, the dates,
// the words and the empty roles go before the shares.
func TestTerminalCoverage(t *testing.T) {
	share, only := 0.31, 18
	e := DumpEvent{}
	for k := range 3 {
		e.Coverage = append(e.Coverage, DumpCoverage{Article: fmt.Sprintf("basil-005a2961-0c2e-4575-8eec-770ba52a08e0_%d", k), Outlet: "New York Times",
			Date: new(string), Title: "Donald Trump Signals He Has Investigators Looking", Words: 575, Shared: &share, Only: &only})
	}
	names := func(width int) string { return strings.Join(header(terminalCoverage(e, width)), " ") }
	for _, tc := range []struct {
		width int
		want  string
	}{
		{0, "article outlet date words shared only role title"},
		{200, "article outlet date words shared only role title"},
		{120, "article outlet date words shared only role"},
		{90, "article outlet words shared only role"},
		{80, "article outlet shared only role"},
		{76, "article outlet shared only"},
	} {
		if got := names(tc.width); got != tc.want {
			t.Errorf("width %d: columns %q, want %q", tc.width, got, tc.want)
		}
	}
	e.Coverage[1].Role = "original"
	if got := names(76); got != "article outlet shared only role" {
		t.Errorf("a role to show: columns %q", got)
	}
}
