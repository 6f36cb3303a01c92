package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestMostCommon: the form most articles use, ties to the smaller string,
// the default when there is none.
func TestMostCommon(t *testing.T) {
	for _, tc := range []struct {
		forms map[string]int
		def   string
		want  string
	}{
		{map[string]int{"Kyiv": 3, "Kiev": 2}, "kyiv", "Kyiv"},
		{map[string]int{"Kiev": 3, "Kyiv": 2}, "kyiv", "Kiev"},
		{map[string]int{"Kyiv": 2, "Kiev": 2, "KYIV": 2}, "kyiv", "KYIV"},
		{map[string]int{"b": 1}, "a", "b"},
		{nil, "kyiv", "kyiv"},
	} {
		for range 10 { // map order
			if got := mostCommon(tc.forms, tc.def); got != tc.want {
				t.Errorf("mostCommon(%v, %q) = %q, want %q", tc.forms, tc.def, got, tc.want)
				break
			}
		}
	}
}

// TestOutletOrderInEvent: an event's outlets by name, case folded first,
// "unknown" last, each with its articles.
func TestOutletOrderInEvent(t *testing.T) {
	arts := seeds(t)
	var copies []*corpus.Article
	for k, o := range []string{"unknown", "bbc", "AP", "BBC", "ap", "unknown", "Zeit"} {
		c := withDate(arts[0], string(rune('a'+k)), day(0))
		c.Outlet = o
		copies = append(copies, c)
	}
	evs, _ := group(copies, Options{})
	if len(evs) != 1 {
		t.Fatalf("%d events, want the copies in one", len(evs))
	}
	want := []OutletCount{{"AP", 1}, {"ap", 1}, {"BBC", 1}, {"bbc", 1}, {"Zeit", 1}, {"unknown", 2}}
	for range 5 {
		evs, _ = group(copies, Options{})
		if diff := cmp.Diff(want, evs[0].Outlets); diff != "" {
			t.Fatalf("outlets (-want +got):\n%s", diff)
		}
	}
}
