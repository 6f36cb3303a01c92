package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// HTML writes d as one self-contained HTML page.
//
// The page has no script and refers to nothing outside itself: the style
// is inline and the only links are fragments (#p3) to rows of the page.
// Every text of the articles goes through html/template, so it is always
// escaped. The same Diff gives the same bytes.
//
// The alignment is a two-column table, A on the left and B on the right,
// in the order of d.Pairs. Sentences only A has sit among the pairs at
// their place in A; a sentence only B has follows the (in-order) pair
// whose last B sentence precedes it, or opens the table when none does.
func (d *Diff) HTML(w io.Writer) error {
	if d == nil {
		return fmt.Errorf("report: no diff to render")
	}
	var buf bytes.Buffer
	if err := diffTemplate.Execute(&buf, diffPage(d)); err != nil {
		return fmt.Errorf("report: rendering the diff: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// htmlSeg is a run of text in one cell; Mark is set for words only this
// side has (deleted from A, inserted in B).
type htmlSeg struct {
	Text string
	Mark bool
}

// htmlRow is one row of the alignment table.
type htmlRow struct {
	ID    string // fragment id: title, p{pair index}, a{sentence}, b{sentence}
	Kind  string // "title", "pair", "a" (only in A), "b" (only in B)
	Class string
	Ops   []DiffOp // the word diff of a title or pair row
	Moved bool
	ANums string // A's sentence numbers, "" for a row of B only
	BNums string
	Sim   string
	Left  []htmlSeg
	Right []htmlSeg
}

type htmlMoved struct {
	ID, ANums, BNums string
}

type htmlQuote struct {
	Where   string
	Speaker string
	Text    string
	Altered string // B's wording when it differs from A's (Text)
	Sim     string
}

type htmlPassage struct {
	N           int
	Words       int
	Text, TextB string // A's wording, and B's when it differs
	Boilerplate bool
}

type htmlDiffPage struct {
	// Anchor prefixes the ids of the rows and the links to them: "" on the
	// diff's own page, "e1-d2-" on the report of a dump.
	Anchor    string
	A, B      DiffSide
	Summary   DiffSummary
	Percent   string
	Rows      []htmlRow
	Hidden    int // unchanged pairs left out (DiffView.ChangedOnly)
	Moved     []htmlMoved
	Passages  []htmlPassage
	Quotes    []htmlQuote
	Subs      []DiffSub
	PairCount int
	OnlyA     int
	OnlyB     int
}

// diffPage builds the view of d the template renders; it leaves d as is.
func diffPage(d *Diff) *htmlDiffPage {
	p := &htmlDiffPage{
		A: d.A, B: d.B, Summary: d.Summary,
		Percent:   strconv.FormatFloat(d.Summary.SharedPercent, 'f', 1, 64) + "%",
		PairCount: len(d.Pairs), OnlyA: len(d.OnlyA), OnlyB: len(d.OnlyB),
	}
	p.Rows, p.Hidden = shownRows(d)
	for i, pr := range d.Pairs {
		if pr.Moved {
			p.Moved = append(p.Moved, htmlMoved{ID: "p" + strconv.Itoa(i), ANums: sentNums(pr.ASentences), BNums: sentNums(pr.BSentences)})
		}
	}
	for i, ps := range d.Passages {
		p.Passages = append(p.Passages, htmlPassage{N: i + 1, Words: ps.Words, Text: ps.Text, TextB: ps.TextB, Boilerplate: ps.Boilerplate})
	}
	for _, q := range d.Quotes {
		hq := htmlQuote{Speaker: q.Speaker, Text: q.Text}
		switch q.In {
		case "both":
			hq.Where = "both"
			hq.Sim = strconv.FormatFloat(q.Similarity, 'f', 2, 64)
			if q.Altered != "" && q.Altered != q.Text {
				hq.Altered = q.Altered
			}
		case "a":
			hq.Where = "only A"
		case "b":
			hq.Where = "only B"
		default:
			hq.Where = q.In
		}
		p.Quotes = append(p.Quotes, hq)
	}
	p.Subs = d.Substitutions
	return p
}

// diffRows interleaves the pairs with the unmatched sentences of each side.
func diffRows(d *Diff) []htmlRow {
	onlyA := sortedCopy(d.OnlyA)
	onlyB := sortedCopy(d.OnlyB)

	// Anchor each only-B sentence to the in-order pair whose last B
	// sentence is the latest one before it; -1 opens the table. Moved
	// pairs are out of B's order, so they anchor nothing.
	after := map[int][]int{}
	for _, j := range onlyB {
		anchor, best := -1, -1
		for i, pr := range d.Pairs {
			if pr.Moved || len(pr.BSentences) == 0 {
				continue
			}
			if m := slices.Max(pr.BSentences); m < j && m >= best {
				anchor, best = i, m
			}
		}
		after[anchor] = append(after[anchor], j)
	}

	var rows []htmlRow
	if len(d.TitleDiff) > 0 {
		r := htmlRow{ID: "title", Kind: "title", Class: "title", Ops: d.TitleDiff, ANums: "title", BNums: "title"}
		r.Left, r.Right = opSegs(d.TitleDiff)
		rows = append(rows, r)
	}
	addB := func(anchor int) {
		for _, j := range after[anchor] {
			rows = append(rows, htmlRow{ID: "b" + strconv.Itoa(j), Kind: "b", Class: "only-b",
				BNums: sentNums([]int{j}), Right: []htmlSeg{{Text: sentence(d.B, j)}}})
		}
	}
	k := 0 // next only-A sentence to place
	addA := func(before int, all bool) {
		for ; k < len(onlyA) && (all || onlyA[k] < before); k++ {
			j := onlyA[k]
			rows = append(rows, htmlRow{ID: "a" + strconv.Itoa(j), Kind: "a", Class: "only-a",
				ANums: sentNums([]int{j}), Left: []htmlSeg{{Text: sentence(d.A, j)}}})
		}
	}

	addB(-1)
	for i, pr := range d.Pairs {
		if len(pr.ASentences) > 0 {
			addA(slices.Min(pr.ASentences), false)
		}
		r := htmlRow{ID: "p" + strconv.Itoa(i), Kind: "pair", Class: "pair", Ops: pr.Diff, Moved: pr.Moved,
			ANums: sentNums(pr.ASentences), BNums: sentNums(pr.BSentences),
			Sim: strconv.FormatFloat(pr.Similarity, 'f', 2, 64)}
		if pr.Moved {
			r.Class = "pair moved"
		}
		r.Left, r.Right = pairSegs(d, pr)
		rows = append(rows, r)
		addB(i)
	}
	addA(0, true)
	return rows
}

// pairSegs splits a pair's word diff into its two sides: kept words on
// both, deleted ones marked on the left, inserted ones on the right. A
// pair without a diff shows its sentences as they are.
func pairSegs(d *Diff, pr DiffPair) (left, right []htmlSeg) {
	if len(pr.Diff) == 0 {
		return []htmlSeg{{Text: sentences(d.A, pr.ASentences)}}, []htmlSeg{{Text: sentences(d.B, pr.BSentences)}}
	}
	return opSegs(pr.Diff)
}

// shownRows are the rows the views show: all of them, or, with
// d.View.ChangedOnly, those with a change (a title always), with the
// number of unchanged sentence pairs left out.
func shownRows(d *Diff) (rows []htmlRow, hidden int) {
	for _, r := range diffRows(d) {
		if d.View.ChangedOnly && r.unchanged() {
			hidden++
			continue
		}
		rows = append(rows, r)
	}
	return rows, hidden
}

// unchanged says whether r is a pair of sentences the same but for case
// and spacing, in order.
func (r htmlRow) unchanged() bool {
	if r.Kind != "pair" || r.Moved {
		return false
	}
	for _, op := range r.Ops {
		if op.Op != "equal" {
			return false
		}
	}
	return true
}

// opSegs splits a word diff into its two sides.
func opSegs(ops []DiffOp) (left, right []htmlSeg) {
	for _, op := range ops {
		switch op.Op {
		case "delete":
			left = append(left, htmlSeg{Text: op.Text, Mark: true})
		case "insert":
			right = append(right, htmlSeg{Text: op.Text, Mark: true})
		default: // "equal": each side in its own writing
			left = append(left, htmlSeg{Text: op.Text})
			b := op.Text
			if op.B != "" {
				b = op.B
			}
			right = append(right, htmlSeg{Text: b})
		}
	}
	return left, right
}

func sentence(s DiffSide, i int) string {
	if i < 0 || i >= len(s.Sentences) {
		return ""
	}
	return s.Sentences[i]
}

func sentences(s DiffSide, is []int) string {
	parts := make([]string, 0, len(is))
	for _, i := range is {
		parts = append(parts, sentence(s, i))
	}
	return strings.Join(parts, " ")
}

// sentNums names sentences as the JSON numbers them: "s3", "s3+4".
func sentNums(is []int) string {
	if len(is) == 0 {
		return ""
	}
	parts := make([]string, len(is))
	for k, i := range is {
		parts[k] = strconv.Itoa(i)
	}
	return "s" + strings.Join(parts, "+")
}

func sortedCopy(xs []int) []int {
	out := append([]int(nil), xs...)
	sort.Ints(out)
	return out
}

// diffCSS is the style of a diff's page: its frame, then the style of the
// parts (diffPartsCSS) that the report of a dump shows too.
const diffCSS = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; max-width: 90em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.35em; margin: 0 0 .6em; }
h2 { font-size: 1.1em; margin: 1.6em 0 .5em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
` + diffPartsCSS

// diffPartsCSS styles the parts of [diffFragments].
const diffPartsCSS = `table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; }
th { background: #f6f8fa; font-weight: 600; }
.articles td, .articles th, .list td, .list th { border: 1px solid #d0d7de; }
.summary { display: flex; flex-wrap: wrap; gap: .5em 1.5em; margin: .8em 0; padding: 0; list-style: none; }
.summary b { font-variant-numeric: tabular-nums; }
table.align { width: 100%; table-layout: fixed; }
table.align col { width: 50%; }
table.align td { border-top: 1px solid #d0d7de; overflow-wrap: anywhere; }
table.align td.a { border-right: 1px solid #d0d7de; }
del.d { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
ins.i { background: #ccffd8; color: #055d20; text-decoration: underline; }
tr.moved td { background: #fff8c5; }
tr.title td { font-weight: 600; background: #f6f8fa; }
tr.only-a td.a { background: #fff0ee; }
tr.only-b td.b { background: #eefbf1; }
td.empty { background: #f6f8fa; }
.n { color: #59636e; font-size: .8em; margin-right: .4em; font-variant-numeric: tabular-nums; }
.flag { font-size: .75em; font-weight: 600; padding: 0 .35em; border-radius: .3em; margin-right: .4em; white-space: nowrap; }
.flag.fa { background: #ffd7d5; color: #82071e; }
.flag.fb { background: #ccffd8; color: #055d20; }
a.mv { background: #f1e05a; color: #3b2300; text-decoration: none; }
.bp { color: #59636e; font-style: italic; }
.alt { display: block; }
.list td:first-child { white-space: nowrap; }
.muted { color: #59636e; }
`

// diffFragments are the parts of a diff's page that the page of a whole
// dump's report shows for each diffed pair too: the two articles, the
// counts, the sentence table, passages, quotes and substitutions. Each is
// called with an [htmlDiffPage], whose Anchor prefixes every id and link,
// so that several diffs can share one page.
const diffFragments = `
{{- define "diff-articles"}}<table class="articles">
<tr><th></th><th>id</th><th>outlet</th><th>title</th><th>sentences</th></tr>
<tr><th>A</th><td>{{.A.ID}}</td><td>{{.A.Outlet}}</td><td>{{.A.Title}}</td><td>{{len .A.Sentences}}</td></tr>
<tr><th>B</th><td>{{.B.ID}}</td><td>{{.B.Outlet}}</td><td>{{.B.Title}}</td><td>{{len .B.Sentences}}</td></tr>
</table>
<ul class="summary">
<li>shared words: <b>{{.Summary.SharedWords}}</b></li>
<li>only in A: <b>{{.Summary.OnlyAWords}}</b></li>
<li>only in B: <b>{{.Summary.OnlyBWords}}</b></li>
<li>shared: <b>{{.Percent}}</b> of the longer article</li>
<li>aligned pairs: <b>{{.PairCount}}</b></li>
<li>sentences only in A: <b>{{.OnlyA}}</b></li>
<li>sentences only in B: <b>{{.OnlyB}}</b></li>
</ul>
{{- if .Moved}}
<p class="moved-list">Moved (matched out of order):{{range .Moved}} <a href="#{{$.Anchor}}{{.ID}}">A {{.ANums}} ↔ B {{.BNums}}</a>{{end}}</p>
{{- end}}
{{- end}}

{{- define "diff-sentences"}}<table class="align">
<colgroup><col><col></colgroup>
<thead><tr><th>A: {{.A.ID}}</th><th>B: {{.B.ID}}</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr id="{{$.Anchor}}{{.ID}}" class="{{.Class}}">
{{- if eq .Kind "b"}}<td class="a empty"></td>
{{- else}}<td class="a"><span class="n">{{.ANums}}</span>
{{- if eq .Kind "a"}}<span class="flag fa">only in A</span>{{end}}
{{- if .Moved}}<a class="mv flag" href="#{{$.Anchor}}{{.ID}}" title="matched out of order">moved</a>{{end}}
{{- range .Left}}{{if .Mark}}<del class="d">{{.Text}}</del>{{else}}{{.Text}}{{end}}{{end}}</td>
{{- end}}
{{- if eq .Kind "a"}}<td class="b empty"></td>
{{- else}}<td class="b"><span class="n">{{.BNums}}{{if .Sim}} · {{.Sim}}{{end}}</span>
{{- if eq .Kind "b"}}<span class="flag fb">only in B</span>{{end}}
{{- range .Right}}{{if .Mark}}<ins class="i">{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</td>
{{- end}}</tr>
{{- end}}
</tbody>
</table>
{{- if .Hidden}}
<p class="muted">{{.Hidden}} unchanged sentence pairs not shown.</p>
{{- end}}
{{- end}}

{{- define "diff-passages"}}
{{- if .Passages}}
<table class="list passages">
<tr><th>#</th><th>words</th><th>passage (A's words, and B's where they differ)</th></tr>
{{- range .Passages}}
<tr><td>{{.N}}</td><td>{{.Words}}</td><td>
{{- if .Boilerplate}}<span class="bp flag">boilerplate</span>{{end}}
{{- if .TextB}}<span class="alt"><span class="n">A</span>{{.Text}}</span><span class="alt"><span class="n">B</span>{{.TextB}}</span>
{{- else}}{{.Text}}{{end}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="muted">none</p>
{{- end}}
{{- end}}

{{- define "diff-quotes"}}
{{- if .Quotes}}
<table class="list quotes">
<tr><th>in</th><th>speaker</th><th>quote</th><th>similarity</th></tr>
{{- range .Quotes}}
<tr><td>{{.Where}}</td><td>{{.Speaker}}</td><td>
{{- if .Altered}}<span class="alt"><span class="n">A</span>{{.Text}}</span><span class="alt"><span class="n">B</span>{{.Altered}}</span>
{{- else}}{{.Text}}{{end}}</td><td>{{.Sim}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="muted">none</p>
{{- end}}
{{- end}}

{{- define "diff-substitutions"}}
{{- if .Subs}}
<table class="list subs">
<tr><th>A</th><th></th><th>B</th><th>times</th></tr>
{{- range .Subs}}
<tr><td><del class="d">{{.From}}</del></td><td>→</td><td><ins class="i">{{.To}}</ins></td><td>{{.Count}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="muted">none</p>
{{- end}}
{{- end}}
`

var diffTemplate = template.Must(template.Must(template.New("diff").Parse(diffFragments)).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>compare diff: {{.A.ID}} vs {{.B.ID}}</title>
<style>` + diffCSS + `</style>
</head>
<body>
<header>
<h1>compare diff</h1>
{{template "diff-articles" .}}
</header>
<main>
<h2>Sentences</h2>
{{template "diff-sentences" .}}

<h2>Shared passages</h2>
{{- template "diff-passages" .}}

<h2>Quotes</h2>
{{- template "diff-quotes" .}}

<h2>Substitutions</h2>
{{- template "diff-substitutions" .}}
</main>
<footer>
<p class="muted">Sentence numbers (s0, s1, …) count from 0, as in the JSON of <code>compare diff</code>.</p>
</footer>
</body>
</html>
`))
