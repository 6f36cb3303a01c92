package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsfold/compare/corpus"
)

// TestWindowBoundary: the window is inclusive. The seed articles 002 and
// 004 are dated 15 December and 000 the 16th, a day later: with a window
// of exactly 24 hours the Berlin talks are one event, with a nanosecond
// less 000 is compared with neither.
func TestWindowBoundary(t *testing.T) {
	arts := seeds(t)
	evs, b := group(arts, Options{Window: 24 * time.Hour})
	checkPartition(t, evs, len(arts))
	if got := eventOf(t, evs, b, "000"); len(got.Members) != 3 {
		t.Errorf("--window 24h: 000's event %v, want 000, 002 and 004", ids([]Event{*got}, b))
	}
	evs, b = group(arts, Options{Window: 24*time.Hour - time.Nanosecond})
	if got := eventOf(t, evs, b, "000"); len(got.Members) != 1 {
		t.Errorf("--window 24h less 1ns: 000's event %v, want 000 alone", ids([]Event{*got}, b))
	}
}

// TestWindowBoundaryPair: two copies of one report exactly the window
// apart are one event whichever comes first in the input; a nanosecond
// further apart, two.
func TestWindowBoundaryPair(t *testing.T) {
	arts := seeds(t)
	const w = 48 * time.Hour
	at := func(d time.Duration) time.Time { return day(0).Add(d) }
	for _, tc := range []struct {
		name   string
		second time.Duration
		want   [][]string
	}{
		{"exactly the window", w, [][]string{{"000", "002"}}},
		{"just past it", w + time.Nanosecond, [][]string{{"000"}, {"002"}}},
	} {
		for _, reversed := range []bool{false, true} {
			a, c := withDate(arts[0], "000", at(0)), withDate(arts[2], "002", at(tc.second))
			pair := []*corpus.Article{a, c}
			if reversed {
				pair = []*corpus.Article{c, a}
			}
			evs, b := group(pair, Options{Window: w})
			got := ids(evs, b)
			for _, g := range got {
				slices.Sort(g)
			}
			slices.SortFunc(got, func(x, y []string) int { return strings.Compare(x[0], y[0]) })
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s, reversed %v: events (-want +got):\n%s", tc.name, reversed, diff)
			}
		}
	}
}
