package report

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/framing"
	"github.com/newsfold/compare/framing/distinctive"
	"github.com/newsfold/compare/framing/sourcing"
)

// TestFramingNotes: the notes above the matrices say only what applies:
// no unknown outlets, headline-only outlets, unmatched outlets (unless
// every outlet is: the empty matrix says so), late labels or events,
// no note of them.
func TestFramingNotes(t *testing.T) {
	const counts = "counts include headlines: a title is part of what an outlet wrote"
	outlets := func(matched ...int) []FramingOutlet {
		var out []FramingOutlet
		for i, m := range matched {
			out = append(out, FramingOutlet{Outlet: string(rune('A' + i)), Articles: 3, Headlines: 1, Matched: m})
		}
		return out
	}
	tests := []struct {
		name  string
		f     Framing
		shown int
		want  []string
	}{
		{"nothing to add", Framing{Outlets: outlets(1, 2), Variants: []FramingVariant{{Group: "kyiv", Since: "2019-08-14"}}}, 0,
			[]string{counts}},
		{"one outlet of two matched none", Framing{Outlets: outlets(0, 2)}, 0,
			[]string{counts, "no lexicon variant in any article: A (3)"}},
		{"no outlet matched: the empty matrix says so", Framing{Outlets: outlets(0, 0)}, 0,
			[]string{counts}},
		{"ten outlets are named", Framing{Outlets: append(outlets(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), FramingOutlet{Outlet: "K", Articles: 1, Matched: 1})}, 0,
			[]string{counts, "no lexicon variant in any article: A (3), B (3), C (3), D (3), E (3), F (3), G (3), H (3), I (3), J (3)"}},
		{"past ten, how many more", Framing{Outlets: append(outlets(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), FramingOutlet{Outlet: "L", Articles: 1, Matched: 1})}, 0,
			[]string{counts, "no lexicon variant in any article: A (3), B (3), C (3), D (3), E (3), F (3), G (3), H (3), I (3), J (3) and 1 more"}},
		{"one unknown article, one headline-only outlet, one late group, one event",
			Framing{Unknown: 1, Outlets: []FramingOutlet{{Outlet: "RU", Articles: 2, Headlines: 2, Matched: 1}},
				Variants: []FramingVariant{{Group: "kyiv", Since: "2019-08-14", BeforeSince: 1}}, Events: []FramingEvent{{ID: "e1"}}}, 0,
			[]string{counts, "1 articles of no known outlet left out (name their outlets with --outlets FILE)",
				"headlines only, no body text: RU (2)",
				"kyiv: the labels apply from 2019-08-14; 1 of the articles using it are older, when the variants were not yet a choice that signals framing",
				"0 of 1 events read use lexicon variants in which two outlets differ; only those are shown"}},
	}
	for _, tc := range tests {
		if got := tc.f.notes(tc.shown); !slices.Equal(got, tc.want) {
			t.Errorf("%s (-want +got):\n%s", tc.name, cmp.Diff(tc.want, got))
		}
	}
}

// TestShare: a cell is the articles of an outlet as a share of its
// total; one that would round to 0% is "<1%", 0.5% included, since it is
// not none.
func TestShare(t *testing.T) {
	tests := []struct {
		n, total int
		want     string
	}{
		{0, 5, ""},
		{3, 0, "3"},
		{1, 201, "1/201 (<1%)"},
		{1, 200, "1/200 (<1%)"},
		{1, 199, "1/199 (1%)"},
		{1, 3, "1/3 (33%)"},
		{2, 2, "2/2 (100%)"},
	}
	for _, tc := range tests {
		if got := share(tc.n, tc.total); got != tc.want {
			t.Errorf("share(%d, %d) = %q, want %q", tc.n, tc.total, got, tc.want)
		}
	}
}

// TestCountList: counts most first, ties by name, zeros left out.
func TestCountList(t *testing.T) {
	if got, want := countList(map[string]int{"said": 1, "told": 3, "claimed": 0, "added": 3}), "added 3, told 3, said 1"; got != want {
		t.Errorf("countList = %q, want %q", got, want)
	}
}

// TestVariantOutlets: a matrix's columns are its outlets, the most
// articles over every variant first, ties by name.
func TestVariantOutlets(t *testing.T) {
	groups := []FramingVariant{
		{Terms: []FramingTerm{{Outlets: map[string]int{"C": 1, "B": 2}}, {Outlets: map[string]int{"A": 2, "D": 1}}}},
		{Terms: []FramingTerm{{Outlets: map[string]int{"D": 4}}}},
	}
	if got, want := variantOutlets(groups), []string{"D", "A", "B", "C"}; !slices.Equal(got, want) {
		t.Errorf("variantOutlets = %q, want %q", got, want)
	}
}

// matrixOf is a group whose n variants are each used by one of n
// outlets, O1 using its variant in 1 article, O2 in 2, and so on, every
// outlet of 10 articles.
func matrixOf(n int) variantMatrix {
	g := FramingVariant{Group: "g"}
	totals := map[string]int{}
	for i := 1; i <= n; i++ {
		o := "O" + string(rune('0'+i))
		g.Terms = append(g.Terms, FramingTerm{Term: "t" + string(rune('0'+i)), Outlets: map[string]int{o: i}})
		totals[o] = 10
	}
	return variantMatrix{groups: []FramingVariant{g}, totals: totals}
}

// TestWriteMatrix: a matrix shows up to 8 outlets, the most used first;
// past 8 a last column sums the others (of their articles together), and
// the group is named on its first variant only.
func TestWriteMatrix(t *testing.T) {
	tests := []struct {
		outlets      int
		header, row1 string
	}{
		{8, "│ group │ variant │ label │     O8     │     O7     │     O6     │     O5     │     O4     │     O3     │     O2     │     O1     │",
			"│ g     │ t1      │       │            │            │            │            │            │            │            │ 1/10 (10%) │"},
		{9, "│ group │ variant │ label │     O9     │     O8     │     O7     │     O6     │     O5     │     O4     │     O3     │     O2     │ +1 outlets │",
			"│ g     │ t1      │       │            │            │            │            │            │            │            │            │ 1/10 (10%) │"},
	}
	for _, tc := range tests {
		var b strings.Builder
		if err := writeMatrix(&b, matrixOf(tc.outlets), false); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		if len(lines) != tc.outlets+5 || lines[1] != tc.header || lines[3] != tc.row1 || !strings.HasPrefix(lines[4], "│       │ t2 ") {
			t.Errorf("%d outlets:\n%s", tc.outlets, b.String())
		}
	}
	var b strings.Builder
	writeMatrix(&b, variantMatrix{}, false)
	if got := b.String(); got != "none\n" {
		t.Errorf("no groups: %q", got)
	}
}

// TestNewFraming: the section of an analysis rounds its figures to 4
// places, writes a day as YYYY-MM-DD, names events by their labels, and
// writes {} where the analysis has no map.
func TestNewFraming(t *testing.T) {
	kyiv := framing.VariantUse{Group: "kyiv", Kind: "spelling", Weight: 0.123456, Source: framing.SourceLexicon,
		Since: time.Date(2019, 8, 14, 0, 0, 0, 0, time.UTC), Before: 2,
		Terms: []framing.TermUse{{Term: "Kyiv", Label: "ukrainian", Outlets: map[string]int{"UA": 2}}, {Term: "Kiev", Label: "russian"}}}
	a := &framing.Analysis{
		Variants:    []framing.VariantUse{kyiv, {Group: "regime|government", Weight: 3.5, Source: framing.SourceDiscovered}},
		Distinctive: []distinctive.Outlet{{Outlet: "RU", Articles: 3, Terms: []distinctive.Term{{Term: "regime", Z: 2.345678, Articles: 3}}}},
		Sourcing:    []sourcing.Outlet{{Outlet: "RU", Articles: 3, Named: 1}},
		Events:      []framing.EventUse{{ID: "e1", Variants: []framing.VariantUse{kyiv}}},
		Outlets:     []framing.OutletText{{Outlet: "RU", Articles: 3, Matched: 1}},
		Unknown:     4,
	}
	f := NewFraming(a, map[string]string{"e1": "Berlin talks"})
	v := f.Variants[0]
	if v.Weight != 0.1235 || v.Since != "2019-08-14" || v.BeforeSince != 2 || v.Source != "lexicon" || f.Variants[1].Since != "" {
		t.Errorf("variants %+v", f.Variants)
	}
	if v.Terms[1].Outlets == nil || f.Sourcing[0].Cited == nil || f.Sourcing[0].Verbs == nil || f.Events[0].Outlets == nil {
		t.Error("a nil map is not {}")
	}
	if z := f.Distinctive[0].Terms[0].Z; z != 2.3457 {
		t.Errorf("z %v, want 2.3457", z)
	}
	if f.Events[0].Label != "Berlin talks" || f.Unknown != 4 || f.Outlets[0] != (FramingOutlet{Outlet: "RU", Articles: 3, Matched: 1}) {
		t.Errorf("section %+v", f)
	}
	if out := render(t, JSON, New(nil, f)); !strings.Contains(out, `"cited": {}`) || !strings.Contains(out, `"outlets": {}`) {
		t.Errorf("JSON without {}:\n%s", out)
	}
}

// TestFramingTableSections: the discovered variants have a table of their
// own, every event whose outlets differ has its matrix, and in Markdown
// the notes are a list.
func TestFramingTableSections(t *testing.T) {
	differ := FramingVariant{Group: "kyiv", Source: "lexicon",
		Terms: []FramingTerm{{Term: "Kyiv", Outlets: map[string]int{"UA": 1}}, {Term: "Kiev", Outlets: map[string]int{"RU": 1}}}}
	found := FramingVariant{Group: "regime|government", Source: "discovered",
		Terms: []FramingTerm{{Term: "regime", Outlets: map[string]int{"RU": 2}}, {Term: "government", Outlets: map[string]int{"UA": 2}}}}
	f := &Framing{
		Variants: []FramingVariant{differ, found},
		Outlets:  []FramingOutlet{{Outlet: "RU", Articles: 2, Matched: 1}, {Outlet: "UA", Articles: 2, Matched: 1}},
		Events: []FramingEvent{
			{ID: "e1", Label: "talks", Variants: []FramingVariant{differ}, Outlets: map[string]int{"UA": 1, "RU": 1}},
			{ID: "e2", Label: "call", Variants: []FramingVariant{differ}, Outlets: map[string]int{"UA": 1, "RU": 1}},
		},
	}
	md := render(t, Markdown, New(nil, f))
	for _, want := range []string{
		"- counts include headlines",
		"- 2 of 2 events read use lexicon variants",
		"## Variants by outlet: 1 lexicon groups",
		"## Discovered variants (1, not in the lexicon)\n\n|",
		"regime\\|government",
		"## Event e1: talks", "## Event e2: call",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in\n%s", want, md)
		}
	}
	lex := md[strings.Index(md, "## Variants by outlet"):strings.Index(md, "## Discovered")]
	if strings.Contains(lex, "regime") {
		t.Errorf("a discovered group in the lexicon's matrix:\n%s", lex)
	}
	page := render(t, HTML, New(nil, f))
	if !strings.Contains(page, "2 of 2 events read use lexicon variants") {
		t.Errorf("the page does not say how many events it shows:\n%s", page)
	}
}
