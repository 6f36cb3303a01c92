package report

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// The plots of the report's page are inline SVG drawn here, in Go, and
// written by html/template like the rest of the page: every label and
// tooltip is escaped, and the page needs no script to show them. A plot
// is role="img" with a <title> and a <desc> that say what it shows in
// words; each mark has a <title> of its own (the tooltip) with its value.
// Colours come from the page's style (classes, not fill attributes), so
// that they follow dark mode and print; a cell's shade is its
// fill-opacity.

// svgNum renders a coordinate to one decimal, without trailing zeros: the
// same plot gives the same bytes.
func svgNum(x float64) string {
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}

// svgLabel shortens a label to at most n characters, ending it with "…"
// when cut; the full text goes in the mark's tooltip.
func svgLabel(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// svgFragments draw the plots: "svg-timeline" an [svgTimeline],
// "svg-heatmap" an [svgHeatmap].
const svgFragments = `
{{- define "svg-timeline"}}<svg class="plot timeline" viewBox="0 0 {{.W}} {{.H}}" width="{{.W}}" height="{{.H}}" role="img" aria-labelledby="{{.ID}}-t {{.ID}}-d">
<title id="{{.ID}}-t">{{.Title}}</title>
<desc id="{{.ID}}-d">{{.Desc}}</desc>
{{- range .Rows}}
<g class="row{{if .Total}} total{{end}}">
<text class="lbl" x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="end">{{.Label}}<title>{{.Full}}</title></text>
<line class="base" x1="{{$.X0}}" x2="{{$.X1}}" y1="{{.Base}}" y2="{{.Base}}"/>
{{- range .Bars}}
<rect class="bar" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}"><title>{{.Tip}}</title></rect>
{{- end}}
</g>
{{- end}}
<g class="axis">
{{- range .Ticks}}
<line x1="{{.X}}" x2="{{.X}}" y1="{{$.AxisY}}" y2="{{.Y2}}"/><text x="{{.X}}" y="{{.TextY}}" text-anchor="middle">{{.Label}}</text>
{{- end}}
</g>
</svg>
{{- end}}

{{- define "svg-heatmap"}}<svg class="plot heatmap" viewBox="0 0 {{.W}} {{.H}}" width="{{.W}}" height="{{.H}}" role="img" aria-labelledby="{{.ID}}-t {{.ID}}-d">
<title id="{{.ID}}-t">{{.Title}}</title>
<desc id="{{.ID}}-d">{{.Desc}}</desc>
<text class="axt" x="{{.AxisX}}" y="12" text-anchor="middle">{{.XTitle}}</text>
{{- range .Cols}}
<text class="lbl" x="{{.X}}" y="{{.Y}}" text-anchor="middle">{{.Label}}<title>{{.Full}}</title></text>
{{- end}}
{{- range .RowLabels}}
<text class="lbl" x="{{.X}}" y="{{.Y}}" text-anchor="end">{{.Label}}<title>{{.Full}}</title></text>
{{- end}}
{{- range .Cells}}
<g><rect class="cell" x="{{.X}}" y="{{.Y}}" width="{{$.Cell}}" height="{{$.Cell}}" fill-opacity="{{.Opacity}}"/><text class="v{{if .Dark}} hi{{end}}" x="{{.TX}}" y="{{.TY}}" text-anchor="middle">{{.Text}}</text><title>{{.Tip}}</title></g>
{{- end}}
</svg>
{{- end}}
`
