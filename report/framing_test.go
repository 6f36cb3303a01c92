package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestFramingTable: cells are shares of each outlet's articles; an event's
// table shows only the groups its outlets differ on, and an event where
// they agree has none; the notes say what was counted and left out.
func TestFramingTable(t *testing.T) {
	kyiv := func(ua, ru int) FramingVariant {
		return FramingVariant{Group: "kyiv", Source: "lexicon", Since: "2019-08-14", BeforeSince: 3,
			Terms: []FramingTerm{{Term: "Kyiv", Label: "ukrainian", Outlets: map[string]int{"UA": ua}}, {Term: "Kiev", Label: "russian", Outlets: map[string]int{"RU": ru}}}}
	}
	said := FramingVariant{Group: "reporting-neutral", Source: "lexicon",
		Terms: []FramingTerm{{Term: "said", Label: "neutral", Outlets: map[string]int{"UA": 1}}, {Term: "told", Label: "neutral", Outlets: map[string]int{"RU": 1}}}}
	f := &Framing{
		Variants: []FramingVariant{kyiv(12, 1)},
		Outlets:  []FramingOutlet{{Outlet: "RU", Articles: 300, Headlines: 300, Matched: 1}, {Outlet: "UA", Articles: 40, Matched: 12}},
		Unknown:  7,
		Events: []FramingEvent{
			{ID: "e1", Label: "talks", Variants: []FramingVariant{kyiv(2, 1), said}, Outlets: map[string]int{"UA": 2, "RU": 4}},
			{ID: "e2", Label: "agree", Variants: []FramingVariant{said}, Outlets: map[string]int{"UA": 1, "RU": 1}},
		},
	}
	var b bytes.Buffer
	if err := f.Table(&b, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"counts include headlines",
		"7 articles of no known outlet left out",
		"headlines only, no body text: RU (300)",
		"kyiv: the labels apply from 2019-08-14; 3 of the articles using it are older",
		"1 of 2 events read use lexicon variants in which two outlets differ",
		"12/40 (30%)", "1/300 (<1%)",
		"Event e1: talks", "2/2 (100%)", "1/4 (25%)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	for _, not := range []string{"Event e2", "reporting-neutral", "unknown"} {
		if strings.Contains(out, not) {
			t.Errorf("%q shown in\n%s", not, out)
		}
	}
}

// TestDistinctTermsNone: an outlet with no distinctive term says so rather
// than leaving its cell blank.
func TestDistinctTermsNone(t *testing.T) {
	if got := distinctTerms(nil); got != "none significant" {
		t.Errorf("no terms: %q", got)
	}
	if got := distinctTerms([]FramingDistinctTerm{{Term: "Kiev", Z: 4.26}, {Term: "Donbass", Z: 2}}); got != "Kiev (4.3), Donbass (2.0)" {
		t.Errorf("two terms: %q", got)
	}
}
