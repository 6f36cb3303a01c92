package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
)

// htmlMatrix is an outlet × variant matrix as a page shows it: a row per
// variant, a column per outlet, and the example sentences of its groups.
type htmlMatrix struct {
	Title   string
	Outlets []string
	Rows    [][]string
	Notes   []string
}

// newHTMLMatrix returns the page's view of vm: every outlet a column (a
// page scrolls where a terminal cannot), each group's evidence a note.
func newHTMLMatrix(vm variantMatrix) htmlMatrix {
	m := htmlMatrix{Title: vm.title, Outlets: variantOutlets(vm.groups)}
	m.Rows = matrixRows(vm.groups, m.Outlets, vm.totals, false)
	for _, g := range vm.groups {
		for _, e := range g.Evidence {
			m.Notes = append(m.Notes, fmt.Sprintf("%s — %s (%s): %s", g.Group, e.Outlet, e.Doc, e.Sentence))
		}
	}
	return m
}

// HTML writes the analysis as one self-contained page:
// the outlet × variant matrices (overall, discovered, per event) with their
// evidence, distinctive terms and sourcing. Everything is escaped by
// html/template; there is no script and no external reference.
func (f *Framing) HTML(w io.Writer) error {
	ms := f.matrices()
	page := struct {
		Notes       []string
		Matrices    []htmlMatrix
		Distinctive []FramingDistinctive
		Sourcing    []FramingSourcing
	}{Notes: f.notes(len(ms) - 2), Distinctive: f.Distinctive, Sourcing: f.Sourcing}
	for _, vm := range ms {
		page.Matrices = append(page.Matrices, newHTMLMatrix(vm))
	}
	var buf bytes.Buffer
	if err := framingTemplate.Execute(&buf, page); err != nil {
		return fmt.Errorf("report: rendering framing: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// framingFuncs are the functions [framingFragments] call.
var framingFuncs = template.FuncMap{
	"counts": countList,
	"terms":  distinctTerms,
}

// framingFragments are the parts of the framing page that the report of a
// dump shows too: a matrix (an [htmlMatrix]) with its notes, the
// distinctive terms and the sourcing of the outlets.
const framingFragments = `
{{- define "framing-matrix"}}{{if .Rows}}<table>
<tr><th>group</th><th>variant</th><th>label</th>{{range .Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range .Rows}}<tr>{{range $i, $c := .}}{{if lt $i 3}}<td>{{$c}}</td>{{else}}<td class="n">{{$c}}</td>{{end}}{{end}}</tr>
{{end}}</table>
{{if .Notes}}<ul>{{range .Notes}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{else}}<p>none</p>
{{end}}{{end}}

{{- define "framing-distinctive"}}<table>
<tr><th>outlet</th><th>articles</th><th>terms (z)</th></tr>
{{range .}}<tr><td>{{.Outlet}}</td><td class="n">{{.Articles}}</td><td>{{terms .Terms}}</td></tr>
{{end}}</table>
{{end}}

{{- define "framing-sourcing"}}<table>
<tr><th>outlet</th><th>articles</th><th>named</th><th>anonymous</th><th>cited</th><th>verbs</th></tr>
{{range .}}<tr><td>{{.Outlet}}</td><td class="n">{{.Articles}}</td><td class="n">{{.Named}}</td><td class="n">{{.Anonymous}}</td><td>{{counts .Cited}}</td><td>{{counts .Verbs}}</td></tr>
{{end}}</table>
{{end}}
`

var framingTemplate = template.Must(template.Must(template.New("framing").Funcs(framingFuncs).Parse(framingFragments)).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>compare framing</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.n { text-align: right; }
li { margin: 0.2em 0; color: #444; }
</style>
</head>
<body>
<h1>How each outlet tells the story</h1>
{{if .Notes}}<ul>{{range .Notes}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{range .Matrices}}<h2>{{.Title}}</h2>
{{template "framing-matrix" .}}{{end}}<h2>Distinctive terms</h2>
{{template "framing-distinctive" .Distinctive}}<h2>Sourcing</h2>
{{template "framing-sourcing" .Sourcing}}</body>
</html>
`))
