package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfold/compare/framing"
)

// Framing is the section of `compare framing`, the JSON contract's view of
// a [framing.Analysis]; its fields are at the top level of the document.
type Framing struct {
	Variants    []FramingVariant     `json:"variants"`
	Distinctive []FramingDistinctive `json:"distinctive"`
	Sourcing    []FramingSourcing    `json:"sourcing"`
	Events      []FramingEvent       `json:"events"`
	// Outlets are the outlets compared: articles, headline-only articles
	// and articles using a lexicon variant.
	Outlets []FramingOutlet `json:"outlets"`
	// Unknown is the articles of no known outlet, left out.
	Unknown int `json:"unknown"`
}

// FramingOutlet is what one outlet gave the analysis.
type FramingOutlet struct {
	Outlet    string `json:"outlet"`
	Articles  int    `json:"articles"`
	Headlines int    `json:"headlines"`
	Matched   int    `json:"matched"`
}

// FramingVariant is a variant group with the articles of each outlet using
// each variant.
type FramingVariant struct {
	Group       string            `json:"group"`
	Description string            `json:"description,omitempty"`
	Kind        string            `json:"kind,omitempty"`
	Weight      float64           `json:"weight"`
	Source      string            `json:"source"` // lexicon or discovered
	Terms       []FramingTerm     `json:"terms"`
	Evidence    []framing.Example `json:"evidence"`
	// Since is the day (YYYY-MM-DD) from which the group's labels apply,
	// and BeforeSince the articles using it dated before then.
	Since       string `json:"since,omitempty"`
	BeforeSince int    `json:"before_since,omitempty"`
}

// FramingTerm is one variant: its label and articles by outlet.
type FramingTerm struct {
	Term    string         `json:"term"`
	Label   string         `json:"label,omitempty"`
	Outlets map[string]int `json:"outlets"`
}

// FramingDistinctive is the terms distinctive of one outlet.
type FramingDistinctive struct {
	Outlet   string                `json:"outlet"`
	Articles int                   `json:"articles"`
	Terms    []FramingDistinctTerm `json:"terms"`
}

// FramingDistinctTerm is one distinctive term with its z-score.
type FramingDistinctTerm struct {
	Term     string            `json:"term"`
	Z        float64           `json:"z"`
	Articles int               `json:"articles"`
	Others   int               `json:"others"`
	Examples []framing.Example `json:"examples,omitempty"`
}

// FramingSourcing is how one outlet attributes what it reports.
type FramingSourcing struct {
	Outlet    string            `json:"outlet"`
	Articles  int               `json:"articles"`
	Named     int               `json:"named"`
	Anonymous int               `json:"anonymous"`
	Cited     map[string]int    `json:"cited"`
	Verbs     map[string]int    `json:"verbs"`
	Examples  []framing.Example `json:"examples,omitempty"`
}

// FramingEvent is the variants used within one event.
type FramingEvent struct {
	ID       string           `json:"id"`
	Label    string           `json:"label,omitempty"`
	Variants []FramingVariant `json:"variants"`
	// Outlets are the event's articles by outlet.
	Outlets map[string]int `json:"outlets"`
}

// NewFraming returns the section of an analysis; labels names events by
// id.
func NewFraming(a *framing.Analysis, labels map[string]string) *Framing {
	f := &Framing{Variants: variants(a.Variants), Distinctive: []FramingDistinctive{}, Sourcing: []FramingSourcing{}, Events: []FramingEvent{},
		Outlets: []FramingOutlet{}, Unknown: a.Unknown}
	for _, o := range a.Outlets {
		f.Outlets = append(f.Outlets, FramingOutlet(o))
	}
	for _, o := range a.Distinctive {
		d := FramingDistinctive{Outlet: o.Outlet, Articles: o.Articles, Terms: []FramingDistinctTerm{}}
		for _, t := range o.Terms {
			d.Terms = append(d.Terms, FramingDistinctTerm{Term: t.Term, Z: round4(t.Z), Articles: t.Articles, Others: t.Others, Examples: t.Examples})
		}
		f.Distinctive = append(f.Distinctive, d)
	}
	for _, s := range a.Sourcing {
		f.Sourcing = append(f.Sourcing, FramingSourcing{Outlet: s.Outlet, Articles: s.Articles, Named: s.Named, Anonymous: s.Anonymous,
			Cited: nonNilMap(s.Cited), Verbs: nonNilMap(s.Verbs), Examples: s.Examples})
	}
	for _, e := range a.Events {
		f.Events = append(f.Events, FramingEvent{ID: e.ID, Label: labels[e.ID], Variants: variants(e.Variants), Outlets: nonNilMap(e.Outlets)})
	}
	return f
}

func nonNilMap(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

func variants(vs []framing.VariantUse) []FramingVariant {
	out := []FramingVariant{}
	for _, v := range vs {
		fv := FramingVariant{Group: v.Group, Description: v.Description, Kind: v.Kind, Weight: round4(v.Weight), Source: string(v.Source), Evidence: orEmpty(v.Evidence), BeforeSince: v.Before}
		if !v.Since.IsZero() {
			fv.Since = v.Since.Format("2006-01-02")
		}
		for _, t := range v.Terms {
			fv.Terms = append(fv.Terms, FramingTerm{Term: t.Term, Label: t.Label, Outlets: nonNilMap(t.Outlets)})
		}
		out = append(out, fv)
	}
	return out
}

// JSON adds the fields of the analysis at the top level: "variants",
// "distinctive", "sourcing", "events".
func (f *Framing) JSON(o *Object) error { return o.AddFields(f) }

// differs reports whether two outlets use v differently (see
// [framing.VariantUse.Differs]).
func (v FramingVariant) differs() bool {
	u := framing.VariantUse{}
	for _, t := range v.Terms {
		u.Terms = append(u.Terms, framing.TermUse{Term: t.Term, Label: t.Label, Outlets: t.Outlets})
	}
	return u.Differs()
}

// variantMatrix is one outlet × variant table: its title, groups, and each
// outlet's articles, which the counts are shares of.
type variantMatrix struct {
	title  string
	groups []FramingVariant
	totals map[string]int
}

// matrices returns the tables shown: the lexicon's and the discovered
// variants over the dump, then, for each event where two outlets differ,
// the groups they differ on.
func (f *Framing) matrices() []variantMatrix {
	totals := map[string]int{}
	for _, o := range f.Outlets {
		totals[o.Outlet] = o.Articles
	}
	lex, disc := f.bySource()
	out := []variantMatrix{
		{fmt.Sprintf("Variants by outlet: %d lexicon groups (articles using each / the outlet's)", len(lex)), lex, totals},
		{fmt.Sprintf("Discovered variants (%d, not in the lexicon)", len(disc)), disc, totals},
	}
	for _, e := range f.Events {
		if m, ok := eventMatrix(e); ok {
			out = append(out, m)
		}
	}
	return out
}

// eventMatrix returns the matrix of an event: the groups in which two of
// its outlets differ, the counts shares of the event's articles by outlet;
// ok is false when they differ in none.
func eventMatrix(e FramingEvent) (m variantMatrix, ok bool) {
	var differ []FramingVariant
	for _, v := range e.Variants {
		if v.differs() {
			differ = append(differ, v)
		}
	}
	return variantMatrix{fmt.Sprintf("Event %s: %s", e.ID, e.Label), differ, e.Outlets}, len(differ) > 0
}

// notes say what the counts include and what was left out or gave
// nothing: unknown outlets, outlets of headlines only, outlets no lexicon
// variant matched (unless none matched: the empty matrix says so), groups
// whose labels postdate articles, and how many events are shown.
func (f *Framing) notes(shown int) []string {
	out := []string{"counts include headlines: a title is part of what an outlet wrote"}
	if f.Unknown > 0 {
		out = append(out, fmt.Sprintf("%d articles of no known outlet left out (name their outlets with --outlets FILE)", f.Unknown))
	}
	var heads, none []string
	for _, o := range f.Outlets {
		if o.Headlines == o.Articles {
			heads = append(heads, fmt.Sprintf("%s (%d)", o.Outlet, o.Articles))
		}
		if o.Matched == 0 {
			none = append(none, fmt.Sprintf("%s (%d)", o.Outlet, o.Articles))
		}
	}
	if len(heads) > 0 {
		out = append(out, "headlines only, no body text: "+nameList(heads))
	}
	if len(none) > 0 && len(none) < len(f.Outlets) {
		out = append(out, "no lexicon variant in any article: "+nameList(none))
	}
	for _, v := range f.Variants {
		if v.BeforeSince > 0 {
			out = append(out, fmt.Sprintf("%s: the labels apply from %s; %d of the articles using it are older, when the variants were not yet a choice that signals framing", v.Group, v.Since, v.BeforeSince))
		}
	}
	if n := len(f.Events); n > 0 {
		out = append(out, fmt.Sprintf("%d of %d events read use lexicon variants in which two outlets differ; only those are shown", shown, n))
	}
	return out
}

// noteNames is the most outlets a note names before "and N more".
const noteNames = 10

func nameList(names []string) string {
	if len(names) <= noteNames {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:noteNames], ", ") + fmt.Sprintf(" and %d more", len(names)-noteNames)
}

// bySource returns the variant groups from the lexicon and the discovered
// ones, each in order.
func (f *Framing) bySource() (lex, disc []FramingVariant) {
	for _, v := range f.Variants {
		if v.Source == string(framing.SourceDiscovered) {
			disc = append(disc, v)
		} else {
			lex = append(lex, v)
		}
	}
	return lex, disc
}

// matrixOutlets is the most outlet columns a terminal matrix shows.
const matrixOutlets = 8

// Table writes the analysis as tables: the outlet × variant matrix,
// discovered variants, distinctive terms, sourcing, then each event's
// matrix.
func (f *Framing) Table(w io.Writer, md bool) error {
	heading := func(s string) {
		if md {
			fmt.Fprintf(w, "\n## %s\n\n", s)
		} else {
			fmt.Fprintf(w, "\n%s\n", s)
		}
	}
	ms := f.matrices()
	for _, n := range f.notes(len(ms) - 2) {
		if md {
			n = "- " + n
		}
		fmt.Fprintln(w, n)
	}
	for _, m := range ms[:2] {
		heading(m.title)
		if err := writeMatrix(w, m, md); err != nil {
			return err
		}
	}
	heading(fmt.Sprintf("Distinctive terms (%d outlets)", len(f.Distinctive)))
	if err := writeRows(w, md, distinctiveTable, f.Distinctive); err != nil {
		return err
	}
	heading(fmt.Sprintf("Sourcing (%d outlets)", len(f.Sourcing)))
	if err := writeRows(w, md, sourcingTable, f.Sourcing); err != nil {
		return err
	}
	for _, m := range ms[2:] {
		heading(m.title)
		if err := writeMatrix(w, m, md); err != nil {
			return err
		}
	}
	return nil
}

var distinctiveTable = []column[FramingDistinctive]{
	{"outlet", func(d FramingDistinctive) string { return d.Outlet }},
	{"articles", func(d FramingDistinctive) string { return strconv.Itoa(d.Articles) }},
	{"terms (z)", func(d FramingDistinctive) string { return distinctTerms(d.Terms) }},
}

var sourcingTable = []column[FramingSourcing]{
	{"outlet", func(s FramingSourcing) string { return s.Outlet }},
	{"articles", func(s FramingSourcing) string { return strconv.Itoa(s.Articles) }},
	{"named", func(s FramingSourcing) string { return strconv.Itoa(s.Named) }},
	{"anonymous", func(s FramingSourcing) string { return strconv.Itoa(s.Anonymous) }},
	{"cited", func(s FramingSourcing) string { return countList(s.Cited) }},
	{"verbs", func(s FramingSourcing) string { return countList(s.Verbs) }},
}

// distinctTerms renders distinctive terms as "term (z), …", or says that
// none passed the test (with few articles, none can).
func distinctTerms(ts []FramingDistinctTerm) string {
	if len(ts) == 0 {
		return "none significant"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s (%.1f)", t.Term, t.Z)
	}
	return strings.Join(parts, ", ")
}

// countList renders counts as "a 3, b 1", most first, zeros left out.
func countList(m map[string]int) string {
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(x, y string) int { return m[y] - m[x] })
	var parts []string
	for _, k := range keys {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
		}
	}
	return strings.Join(parts, ", ")
}

// variantOutlets returns the outlets using any variant of groups, the most
// articles first, ties by name: the columns of a matrix.
func variantOutlets(groups []FramingVariant) []string {
	total := map[string]int{}
	for _, g := range groups {
		for _, t := range g.Terms {
			for o, n := range t.Outlets {
				total[o] += n
			}
		}
	}
	outlets := slices.Sorted(maps.Keys(total))
	slices.SortStableFunc(outlets, func(x, y string) int { return total[y] - total[x] })
	return outlets
}

// share renders n articles of total as "12/40 (30%)", "" for none; a share
// that would round to 0% is "<1%", as it is not none (%.0f rounds 0.5 to
// even: 0).
func share(n, total int) string {
	if n == 0 {
		return ""
	}
	if total <= 0 {
		return strconv.Itoa(n)
	}
	p := 100 * float64(n) / float64(total)
	if p <= 0.5 {
		return fmt.Sprintf("%d/%d (<1%%)", n, total)
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", n, total, p)
}

// matrixRows returns a row per variant: its group (on the group's first
// variant), term and label, then the articles of each of outlets as a
// share of its total ("" for none) and, with others, those of every other
// outlet summed.
func matrixRows(groups []FramingVariant, outlets []string, totals map[string]int, others bool) [][]string {
	restTotal := 0
	for o, n := range totals {
		if !slices.Contains(outlets, o) {
			restTotal += n
		}
	}
	var rows [][]string
	for _, g := range groups {
		for k, term := range g.Terms {
			group := ""
			if k == 0 {
				group = g.Group
			}
			cells := []string{group, term.Term, term.Label}
			rest := 0
			for o, n := range term.Outlets {
				if !slices.Contains(outlets, o) {
					rest += n
				}
			}
			for _, o := range outlets {
				cells = append(cells, share(term.Outlets[o], totals[o]))
			}
			if others {
				cells = append(cells, share(rest, restTotal))
			}
			rows = append(rows, cells)
		}
	}
	return rows
}

// writeMatrix renders variant groups as an outlet × variant matrix: a row
// per variant, a column per outlet (the most used first), cells the
// articles using it of the outlet's.
func writeMatrix(w io.Writer, m variantMatrix, md bool) error {
	groups := m.groups
	if len(groups) == 0 {
		fmt.Fprintln(w, "none")
		return nil
	}
	outlets := variantOutlets(groups)
	more := 0
	if len(outlets) > matrixOutlets {
		more = len(outlets) - matrixOutlets
		outlets = outlets[:matrixOutlets]
	}
	header := append([]string{"group", "variant", "label"}, outlets...)
	if more > 0 {
		header = append(header, fmt.Sprintf("+%d outlets", more))
	}
	return writeTable(w, md, header, matrixRows(groups, outlets, m.totals, more > 0))
}

// framingRow is a row of the CSV: a variant's articles in one outlet
// (overall or in an event), or a distinctive term of an outlet.
type framingRow struct {
	section, event, group, source, term, label, outlet string
	articles, total                                    int
	z                                                  string
}

var framingCSV = []column[framingRow]{
	{"section", func(r framingRow) string { return r.section }},
	{"event", func(r framingRow) string { return r.event }},
	{"group", func(r framingRow) string { return r.group }},
	{"source", func(r framingRow) string { return r.source }},
	{"term", func(r framingRow) string { return r.term }},
	{"label", func(r framingRow) string { return r.label }},
	{"outlet", func(r framingRow) string { return r.outlet }},
	{"articles", func(r framingRow) string { return strconv.Itoa(r.articles) }},
	{"z", func(r framingRow) string { return r.z }},
	{"outlet_articles", func(r framingRow) string { return strconv.Itoa(r.total) }},
}

// CSV writes a row per variant and outlet (overall and per event), then a
// row per distinctive term; outlet_articles is the outlet's articles (in
// the event, for an event's row), which articles is a share of.
func (f *Framing) CSV(w *csv.Writer) error {
	var rows []framingRow
	totals := map[string]int{}
	for _, o := range f.Outlets {
		totals[o.Outlet] = o.Articles
	}
	add := func(event string, vs []FramingVariant, totals map[string]int) {
		for _, v := range vs {
			for _, t := range v.Terms {
				for _, o := range slices.Sorted(maps.Keys(t.Outlets)) {
					rows = append(rows, framingRow{section: "variant", event: event, group: v.Group, source: v.Source,
						term: t.Term, label: t.Label, outlet: o, articles: t.Outlets[o], total: totals[o]})
				}
			}
		}
	}
	add("", f.Variants, totals)
	for _, e := range f.Events {
		add(e.ID, e.Variants, e.Outlets)
	}
	for _, d := range f.Distinctive {
		for _, t := range d.Terms {
			rows = append(rows, framingRow{section: "distinctive", term: t.Term, outlet: d.Outlet, articles: t.Articles, total: d.Articles, z: ftoa(t.Z)})
		}
	}
	return writeCSVRows(w, framingCSV, rows)
}
