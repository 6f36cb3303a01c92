package report

import "html/template"

// dumpTemplate is the report's page. It calls the diff's fragments
// (diffFragments), framing's (framingFragments) and the plots'
// (svgFragments); the style and script are literal text, hashed into the
// page's Content-Security-Policy.
var dumpTemplate = template.Must(template.Must(template.Must(template.Must(
	template.New("dump").Funcs(framingFuncs).Parse(diffFragments)).Parse(framingFragments)).Parse(svgFragments)).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="` + dumpCSP + `">
<title>{{.Title}}</title>
<style>` + diffPartsCSS + dumpCSS + `</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>compare report</h1>
<p class="lede">{{.Lede}}</p>
{{- if .Generated}}
<p class="muted">Generated {{.Generated}}.</p>
{{- end}}
<nav class="toc" id="contents" aria-label="Contents">
<ul>
<li><a href="#summary">Summary</a></li>
<li><a href="#timeline">Timeline</a></li>
<li><a href="#events">Events</a></li>
<li><a href="#duplicates">Duplicates</a></li>
<li><a href="#framing">Framing</a></li>
<li><a href="#quotes">Shared quotes</a></li>
{{- if .Events}}
<li><a href="#{{(index .Events 0).ID}}">Expanded events</a></li>
{{- end}}
<li><a href="#singletons">Single articles</a></li>
</ul>
</nav>
</header>
<form class="filter" id="filter" hidden>
<div>
<label for="outlet">Show the events an outlet covers:</label>
<select id="outlet" name="outlet">
<option value="">every outlet</option>
{{- range .Outlets}}
<option value="{{.Key}}">{{.Name}} ({{.Articles}})</option>
{{- end}}
</select>
<output id="shown" for="outlet" aria-live="polite"></output>
</div>
</form>
<main id="main" tabindex="-1">

<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<ul class="summary">
{{- range .Facts}}
<li>{{.Name}}: <b>{{.Value}}</b></li>
{{- end}}
</ul>
<h3 id="outlets">Outlets</h3>
{{- if .Outlets}}
<div class="scroll"><table class="outlets">
<thead><tr><th>outlet</th><th class="n">articles</th><th>first</th><th>last</th><th class="n">republished</th></tr></thead>
<tbody>
{{- range .Outlets}}
<tr><td>{{.Name}}</td><td class="n">{{.Articles}}</td><td class="date">{{.First}}</td><td class="date">{{.Last}}</td><td class="n">{{.Republished}}</td></tr>
{{- end}}
</tbody>
</table></div>
<p class="muted">Republished: articles that carry a republisher's site chrome ("Site icon", "Source link").</p>
{{- else}}
<p class="muted">none</p>
{{- end}}
<h3 id="timeline">Coverage over time</h3>
{{- with .Timeline}}
<figure>
{{template "svg-timeline" .}}
<figcaption>{{.Rule}} Point at a bar for its count.</figcaption>
</figure>
{{- else}}
<p class="muted">No article is dated.</p>
{{- end}}
<h3 id="diagnostics">Diagnostics of the input</h3>
{{- if .Diagnostics}}
<div class="scroll"><table class="diagnostics">
<thead><tr><th>severity</th><th>kind</th><th class="n">count</th><th>first of the kind</th></tr></thead>
<tbody>
{{- range .Diagnostics}}
<tr><td>{{.Severity}}</td><td>{{.Kind}}</td><td class="n">{{.Count}}</td><td>{{.Example}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- else}}
<p class="muted">none</p>
{{- end}}
</section>

<section id="events" aria-labelledby="events-h">
<h2 id="events-h">Events</h2>
<p>Events of several articles, largest first: {{.Expansion}}. Single articles are <a href="#singletons">listed at the end</a>.{{if .IndexMore}} {{.IndexMore}} smaller events are left out of this list.{{end}}</p>
{{- if .Index}}
<div class="scroll"><table class="index">
<thead><tr><th>event</th><th class="n">articles</th><th>label</th><th>headline</th><th>dates</th><th>outlets</th></tr></thead>
<tbody>
{{- range .Index}}
<tr{{if .Anchor}} id="{{.ID}}"{{end}} data-outlets="{{.Keys}}"><td>{{if .Href}}<a href="{{.Href}}">{{.ID}}</a>{{else}}{{.ID}}{{end}}</td><td class="n">{{.Articles}}</td><td>{{.Label}}</td><td>{{.Headline}}</td><td>{{.Dates}}</td><td>{{.Outlets}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- else}}
<p class="muted">No event has more than one article.</p>
{{- end}}
</section>

<section id="duplicates" aria-labelledby="duplicates-h">
<h2 id="duplicates-h">Duplicate groups</h2>
{{- if .Dups}}
<p>Articles that are the same text: exact, near or contained copies. The original is the earliest dated.{{if .DupsMore}} {{.DupsMore}} more groups are left out.{{end}}</p>
<div class="scroll"><table class="dups">
<thead><tr><th>kind</th><th>original</th><th>copies</th><th>title</th></tr></thead>
<tbody>
{{- range .Dups}}
<tr><td>{{.Kind}}</td><td>{{range .Original}}{{template "ref" .}}{{else}}<span class="muted">{{.Note}}</span>{{end}}</td><td>{{range $i, $r := .Copies}}{{if $i}}, {{end}}{{template "ref" $r}}{{end}}</td><td>{{.Title}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- else}}
<p class="muted">none</p>
{{- end}}
</section>

<section id="framing" aria-labelledby="framing-h">
<h2 id="framing-h">Framing</h2>
{{- with .Framing}}
{{- if .Notes}}
<ul class="muted">
{{- range .Notes}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- range .Matrices}}
<h3>{{.Title}}</h3>
<div class="scroll">{{template "framing-matrix" .M}}</div>
{{- template "examples" .Examples}}
{{- end}}
<h3>Distinctive terms</h3>
<div class="scroll">{{template "framing-distinctive" .Distinctive}}</div>
<h3>Sourcing</h3>
<div class="scroll">{{template "framing-sourcing" .Sourcing}}</div>
{{- else}}
<p class="muted">Framing was not analysed.</p>
{{- end}}
</section>

<section id="quotes" aria-labelledby="quotes-h">
<h2 id="quotes-h">Quotes shared across outlets</h2>
{{- if .Quotes}}
<p>Quotes that articles of more than one outlet carry, across events too, most outlets first.{{if .QuotesMore}} {{.QuotesMore}} more are left out.{{end}}</p>
<div class="scroll"><table class="shared-quotes">
<thead><tr><th>quote</th><th>speaker</th><th>articles</th></tr></thead>
<tbody>
{{- range .Quotes}}
<tr><td class="quote">“{{.Text}}”</td><td>{{.Speaker}}</td><td>{{range $i, $r := .Articles}}{{if $i}}, {{end}}{{template "ref" $r}}{{end}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- else}}
<p class="muted">none</p>
{{- end}}
</section>
{{range .Events}}
{{template "event" .}}
{{- end}}

<section id="singletons" aria-labelledby="singletons-h">
<h2 id="singletons-h">Single articles</h2>
{{- if .Singletons}}
<p>Articles that no other article of the dump reports with them: listed, not expanded.{{if .SingleMore}} {{.SingleMore}} more are left out.{{end}}</p>
<div class="scroll"><table class="singletons">
<thead><tr><th>event</th><th>date</th><th>article</th><th>outlet</th><th>headline</th><th>label</th></tr></thead>
<tbody>
{{- range .Singletons}}
<tr id="{{.ID}}" data-outlets="{{.Keys}}"><td>{{.ID}}</td><td class="date">{{.Dates}}</td><td class="id">{{.Article}}</td><td>{{.Outlet}}{{if .Republished}} <span class="role">(republished)</span>{{end}}</td><td>{{.Headline}}</td><td>{{.Label}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- else}}
<p class="muted">none</p>
{{- end}}
</section>
</main>
<footer>
<p class="muted">{{.Bounds}} Sentence numbers in the diffs (s0, s1, …) count from 0, as in the JSON of <code>compare diff</code>.</p>
</footer>
<script>` + dumpJS + `</script>
</body>
</html>

{{- define "examples"}}
{{- if .}}
<details class="notes"><summary>Example sentences ({{len .}})</summary>
<ul>
{{- range .}}
<li>{{.}}</li>
{{- end}}
</ul>
</details>
{{- end}}
{{- end}}

{{- define "ref"}}{{if .Href}}<a href="{{.Href}}" title="{{.Title}}">{{.Label}}</a>{{else}}<span title="{{.Title}}">{{.Label}}</span>{{end}}{{end}}

{{- define "event"}}
<section class="event" id="{{.ID}}" data-outlets="{{.Keys}}" aria-labelledby="{{.ID}}-h">
<h2 id="{{.ID}}-h"><span class="eid">{{.ID}}</span>{{.Label}}</h2>
<p class="meta">{{.Headline}} · {{.Articles}} articles · {{.Dates}} · {{.Outlets}}</p>
<h3 id="{{.ID}}-coverage">Coverage</h3>
<div class="scroll"><table class="coverage">
<thead><tr><th class="n">#</th><th>article</th><th>outlet</th><th>date</th><th>title</th><th class="n">words</th><th class="n">shared</th><th class="n">sentences only it has</th><th>role</th></tr></thead>
<tbody>
{{- range .Coverage}}
<tr id="{{.Anchor}}"><td class="n">{{.N}}</td><td class="id">{{.ID}}</td><td>{{.Outlet}}</td><td class="date">{{.Date}}</td><td>{{.Title}}</td><td class="n">{{.Words}}</td><td class="n">{{.Shared}}</td><td class="n">{{.Only}}</td><td class="role">{{.Role}}</td></tr>
{{- end}}
</tbody>
</table></div>
<p class="muted">Shared: the share of an article's words that the compared articles of other outlets carry too. Sentences only it has: those no other compared article carries.{{if .NotCompared}} — marks the {{.NotCompared}} articles not compared with the others.{{end}}</p>
{{- with .Heatmap}}
<h3 id="{{$.ID}}-similarity">Similarity</h3>
<figure>
{{template "svg-heatmap" .}}
<figcaption>The combined similarity of each pair of compared articles, 0 to 1; point at a cell for the pair.</figcaption>
</figure>
{{- end}}
<h3 id="{{.ID}}-framing">Framing</h3>
{{- with .Framing}}
<div class="scroll">{{template "framing-matrix" .M}}</div>
{{- template "examples" .Examples}}
{{- else}}
<p class="muted">{{.FramingNote}}</p>
{{- end}}
<h3 id="{{.ID}}-passages">Shared passages</h3>
{{- if .Passages}}
<div class="scroll"><table class="passages">
<thead><tr><th class="n">words</th><th>articles</th><th>passage</th></tr></thead>
<tbody>
{{- range .Passages}}
<tr><td class="n">{{.Words}}</td><td>{{.Articles}}</td><td>{{.Text}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- if .PassagesMore}}
<p class="muted">{{.PassagesMore}} shorter passages are left out.</p>
{{- end}}
{{- else}}
<p class="muted">none</p>
{{- end}}
<h3 id="{{.ID}}-quotes">Quotes</h3>
{{- if .Quotes}}
<div class="scroll"><table class="quotes">
<thead><tr><th>quote</th><th>speaker</th><th>carried as written by</th><th>altered by</th><th>left out by</th></tr></thead>
<tbody>
{{- range .Quotes}}
<tr><td class="quote">“{{.Text}}”</td><td>{{.Speaker}}</td><td>{{.Carried}}</td><td>{{range .Altered}}<span class="alt">{{.Who}} ({{.Sim}}): “{{.Text}}”</span>{{end}}</td><td>{{.Omitted}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- if .QuotesMore}}
<p class="muted">{{.QuotesMore}} more quotes are left out.</p>
{{- end}}
{{- else}}
<p class="muted">none</p>
{{- end}}
<h3 id="{{.ID}}-diffs">Side-by-side diffs</h3>
{{- if .Diffs}}
<p class="muted">The pairs of different outlets with the most substitutions and sentences only one of them has; open one to read it.</p>
{{- range .Diffs}}
<details class="diff" id="{{.ID}}">
<summary>{{.Name}}: {{.Gist}}</summary>
{{template "diff-articles" .Page}}
<h4>Substitutions</h4>
{{- template "diff-substitutions" .Page}}
<h4>Sentences</h4>
{{template "diff-sentences" .Page}}
</details>
{{- end}}
{{- else}}
<p class="muted">No pair of different outlets to diff.</p>
{{- end}}
</section>
{{- end}}
`))
